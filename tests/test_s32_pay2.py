"""Session 32, helper pay2 (issue #13): verbs of spending or putting money that tell a
purchase or an investment. Every sentence is invented.

- "X desembolsó / abonó 60 millones por Y": the press's verbs of paying out pay as
  "pagar" does (lexicon pay_v); a form only the preterite has ("desembolsó") is a past
  indicative whatever the tagger read (``kg.deals.conjugation._restore_preterite``), so
  the purchase is done. "desembolsó 5 millones en salarios", a fine paid and a refund
  ("abonó a Y los 24.000 euros del envío": a verb of paying out buys only what it pays
  for, ``kg.deals.frames._paid``) are none.
- "X shelled out / forked out $300 million for Y" (only with the particle:
  ``kg.deals.frames._paid_out``), "X spent $300 million on Y" (its "on" is what it pays
  for: ``kg.deals.frames._paid_args``), only with a sum as object; "spent $30 million on
  marketing" and "spent two years on Y" are none.
- "X sank $15 million into Y": the sum the parser reads as an adverbial noun phrase is
  still the money moved (``kg.deals.frames._money_into_company``); "sank $15 million
  into a new warehouse" is none.
- "X committed $15 million to Y": money pledged to a named company is an investment
  (lexicon invest_v, money_into_verbs); "committed $15 million to its share buyback
  programme" is none.
- "X invested $15 million in Y's seed round", "put $15 million into Y's seed round",
  "invirtió 2 millones en la ronda de Y", "participated in Y's seed round": the company
  whose round the money goes into is the investee, the verb's subject the investor
  (``kg.deals.roles._joins_round``, lexicon round_money_verbs; the possessor the parser
  hangs on the round's compound is read too); "put Y's seed round on hold" is none.
- "X put $2 million into Kopi Nusantara": the name a verb of putting money in sends its
  sum into is a company, where the model read a place (``kg.entities.cues.money_into``);
  a place the lists know stays one ("poured $5 million into Wellington").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

# A deal read, as (type, status, {(role, name)}, amount's value).
Read = tuple[str, str, frozenset[tuple[str, str]], Decimal | None]


def _read(nlp: Language, text: str) -> list[Read]:
    return [
        (d.type, d.status, frozenset((role, ref.name) for role, ref in d.roles),
         d.amount.value if d.amount is not None else None)
        for d in nlp(text)._.kg_deals
    ]


def _deal(type_: str, status: str, amount: float | None, **roles: str) -> list[Read]:
    """The one deal expected: ``investor="X"`` gives the role ``investor`` to X."""
    value = None if amount is None else Decimal(amount).quantize(Decimal(1))
    return [(type_, status, frozenset(roles.items()), value)]


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


# -- paying out for a company --------------------------------------------------------


def test_desembolsar_por_a_company_buys_it(es: Language) -> None:
    assert _read(es, "Grupo Arlanza desembolsó 60 millones de dólares por Viñedos del Duratón.") \
        == _deal("Acquisition", "Completed", 60e6, acquirer="Grupo Arlanza",
                 target="Viñedos del Duratón")


def test_abonar_por_a_company_buys_it(es: Language) -> None:
    assert _read(es, "La gestora Inversiones Tormes abonó 45 millones de euros por Hoteles Sil.") \
        == _deal("Acquisition", "Completed", 45e6, acquirer="Inversiones Tormes",
                 target="Hoteles Sil")


def test_the_preterite_is_a_past_whatever_the_tagger_read(es: Language) -> None:
    from kg.deals.conjugation import preterite

    assert {"desembolsó", "desembolsaron", "abonó"} <= preterite("desembolsar") | preterite(
        "abonar"
    )
    assert "desembolsamos" not in preterite("desembolsar")  # the present's too
    doc = es("Grupo Arlanza desembolsó 60 millones de dólares por Viñedos del Duratón.")
    verb = next(t for t in doc if t.lower_ == "desembolsó")
    assert verb.morph.get("Tense") == ["Past"] and verb.morph.get("Mood") == ["Ind"]


def test_shelling_and_forking_out_or_spending_on_a_company_buys_it(en: Language) -> None:
    for words in ("shelled out", "forked out", "spent"):
        prep = "on" if words == "spent" else "for"
        assert _read(en, f"Harlow Capital {words} $300 million {prep} Brindle Robotics.") \
            == _deal("Acquisition", "Completed", 300e6, acquirer="Harlow Capital",
                     target="Brindle Robotics"), words


# -- putting money into a company -----------------------------------------------------


def test_money_sunk_or_committed_into_a_company_is_an_investment(en: Language) -> None:
    assert _read(en, "Harlow Capital sank $15 million into Brindle Robotics.") == _deal(
        "Investment", "Completed", 15e6, investor="Harlow Capital", investee="Brindle Robotics"
    )
    assert _read(en, "Harlow Capital has committed $15 million to Kestrel Labs.") == _deal(
        "Investment", "Completed", 15e6, investor="Harlow Capital", investee="Kestrel Labs"
    )


# -- the round the money goes into ----------------------------------------------------


def test_money_invested_in_a_company_s_round(en: Language) -> None:
    for text in (
        "Harlow Capital invested $15 million in Kestrel Labs's seed round.",
        "Harlow Capital put $15 million into Kestrel Labs's seed round.",
        "Harlow Capital committed $15 million to Kestrel Labs's seed round.",
    ):
        ((type_, _, roles, value),) = _read(en, text)
        assert (type_, roles, value) == (
            "Investment",
            {("investor", "Harlow Capital"), ("investee", "Kestrel Labs")},
            15_000_000,
        ), text


def test_joining_a_round_whose_possessor_hangs_on_its_compound(en: Language) -> None:
    assert _read(en, "Harlow Capital participated in Kestrel Labs's seed round.") == _deal(
        "Investment", "Completed", None, investor="Harlow Capital", investee="Kestrel Labs"
    )


def test_money_invested_in_a_spanish_round_de(es: Language) -> None:
    for verb, prep in (("invirtió", "en"), ("aportó", "a")):
        text = f"Fondo Pisuerga {verb} 2 millones de euros {prep} la ronda de Tecnologías Bierzo."
        assert _read(es, text) == _deal(
            "Investment", "Completed", 2e6, investor="Fondo Pisuerga",
            investee="Tecnologías Bierzo",
        ), text


# -- the name money is put into ------------------------------------------------------


def test_a_name_money_is_put_into_is_a_company(en: Language, es: Language) -> None:
    text = "Harlow Capital put $2 million into Kopi Nusantara."
    assert _labels(en, text)["Kopi Nusantara"] == "ORG"
    assert _read(en, text) == _deal(
        "Investment", "Completed", 2e6, investor="Harlow Capital", investee="Kopi Nusantara"
    )
    assert _labels(es, "Fondo Pisuerga metió 3 millones de euros en Rodalia.")["Rodalia"] \
        == "ORG"


def test_a_known_place_money_is_poured_into_stays_a_place(en: Language, es: Language) -> None:
    text = "Harlow Capital poured $5 million into Wellington."
    assert _labels(en, text)["Wellington"] == "LOC"
    assert _read(en, text) == []
    assert _labels(es, "Fondo Pisuerga metió 3 millones de euros en Valencia.")["Valencia"] \
        == "LOC"


# -- near-misses: no deal ------------------------------------------------------------

NEAR_MISSES = [
    ("es", "Tecnologías Bierzo desembolsó 5 millones de euros en salarios."),
    ("es", "Tecnologías Bierzo abonó una multa de 5 millones a la CNMV."),
    # a verb of paying out buys only what it pays for, not a payee alone (a refund)
    ("es", "Afilados Tormes abonó a Cuchillería Sil los 24.000 euros del envío."),
    ("en", "Harlow Capital spent $30 million on marketing."),
    ("en", "Harlow Capital spent $30 million on a new plant in Ohio."),
    # a verb of paying out pays only a sum
    ("en", "Harlow Capital spent two years on Brindle Robotics."),
    ("en", "Harlow Capital sank $15 million into a new warehouse."),
    ("en", "Harlow Capital committed $15 million to its share buyback programme."),
    # a round that is no destination of money
    ("en", "Harlow Capital put Kestrel Labs's seed round on hold."),
    ("en", "Kestrel Labs will invest the proceeds of its seed round in new hires."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_a_near_miss_reads_no_deal(lang: str, text: str, es: Language, en: Language) -> None:
    assert _read(es if lang == "es" else en, text) == []
