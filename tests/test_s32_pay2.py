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

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _one(nlp: Language, text: str) -> Deal:
    deals = _deals(nlp, text)
    assert len(deals) == 1, deals
    return deals[0]


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


# -- paying out for a company --------------------------------------------------------


def test_desembolsar_por_a_company_buys_it(es: Language) -> None:
    d = _one(es, "Grupo Arlanza desembolsó 60 millones de dólares por Viñedos del Duratón.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Grupo Arlanza"), ("target", "Viñedos del Duratón")}
    assert d.amount is not None and d.amount.value == 60_000_000
    assert d.status == "Completed"


def test_abonar_por_a_company_buys_it(es: Language) -> None:
    d = _one(es, "La gestora Inversiones Tormes abonó 45 millones de euros por Hoteles Sil.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Inversiones Tormes"), ("target", "Hoteles Sil")}


def test_the_preterite_is_a_past_whatever_the_tagger_read(es: Language) -> None:
    from kg.deals.conjugation import preterite

    assert {"desembolsó", "desembolsaron", "abonó"} <= preterite("desembolsar") | preterite(
        "abonar"
    )
    assert "desembolsamos" not in preterite("desembolsar")  # the present's too
    doc = es("Grupo Arlanza desembolsó 60 millones de dólares por Viñedos del Duratón.")
    verb = next(t for t in doc if t.lower_ == "desembolsó")
    assert verb.morph.get("Tense") == ["Past"] and verb.morph.get("Mood") == ["Ind"]


def test_paying_out_wages_or_a_fine_buys_nothing(es: Language) -> None:
    assert _deals(es, "Tecnologías Bierzo desembolsó 5 millones de euros en salarios.") == []
    assert _deals(es, "Tecnologías Bierzo abonó una multa de 5 millones a la CNMV.") == []


def test_paying_out_to_someone_for_nothing_named_is_no_purchase(es: Language) -> None:
    # a refund to a customer: a verb of paying out buys only what it pays for
    assert _deals(es, "Afilados Tormes abonó a Cuchillería Sil los 24.000 euros del envío.") \
        == []


def test_shelling_and_forking_out_for_a_company_buys_it(en: Language) -> None:
    for verb in ("shelled", "forked"):
        d = _one(en, f"Harlow Capital {verb} out $300 million for Brindle Robotics.")
        assert d.type == "Acquisition", verb
        assert _roles(d) == {("acquirer", "Harlow Capital"), ("target", "Brindle Robotics")}
        assert d.amount is not None and d.amount.value == 300_000_000


def test_spending_on_a_company_buys_it(en: Language) -> None:
    d = _one(en, "Harlow Capital spent $300 million on Brindle Robotics.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Harlow Capital"), ("target", "Brindle Robotics")}


def test_spending_on_an_activity_or_a_plant_buys_no_company(en: Language) -> None:
    assert _deals(en, "Harlow Capital spent $30 million on marketing.") == []
    assert _deals(en, "Harlow Capital spent $30 million on a new plant in Ohio.") == []


def test_spending_time_on_a_company_buys_nothing(en: Language) -> None:
    # a verb of paying out pays only a sum
    assert _deals(en, "Harlow Capital spent two years on Brindle Robotics.") == []


# -- putting money into a company -----------------------------------------------------


def test_money_sunk_into_a_company_is_an_investment(en: Language) -> None:
    d = _one(en, "Harlow Capital sank $15 million into Brindle Robotics.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Harlow Capital"), ("investee", "Brindle Robotics")}
    assert d.amount is not None and d.amount.value == 15_000_000


def test_money_sunk_into_a_warehouse_is_no_deal(en: Language) -> None:
    assert _deals(en, "Harlow Capital sank $15 million into a new warehouse.") == []


def test_money_committed_to_a_company_is_an_investment(en: Language) -> None:
    d = _one(en, "Harlow Capital has committed $15 million to Kestrel Labs.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Harlow Capital"), ("investee", "Kestrel Labs")}


def test_money_committed_to_a_buyback_is_no_deal(en: Language) -> None:
    assert _deals(en, "Harlow Capital committed $15 million to its share buyback programme.") \
        == []


# -- the round the money goes into ----------------------------------------------------


def test_money_invested_in_a_company_s_round(en: Language) -> None:
    for text in (
        "Harlow Capital invested $15 million in Kestrel Labs's seed round.",
        "Harlow Capital put $15 million into Kestrel Labs's seed round.",
        "Harlow Capital committed $15 million to Kestrel Labs's seed round.",
    ):
        d = _one(en, text)
        assert d.type == "Investment", text
        assert _roles(d) == {("investor", "Harlow Capital"), ("investee", "Kestrel Labs")}, text
        assert d.amount is not None and d.amount.value == 15_000_000, text


def test_joining_a_round_whose_possessor_hangs_on_its_compound(en: Language) -> None:
    d = _one(en, "Harlow Capital participated in Kestrel Labs's seed round.")
    assert _roles(d) == {("investor", "Harlow Capital"), ("investee", "Kestrel Labs")}


def test_money_invested_in_a_spanish_round_de(es: Language) -> None:
    for text in (
        "Fondo Pisuerga invirtió 2 millones de euros en la ronda de Tecnologías Bierzo.",
        "Fondo Pisuerga aportó 2 millones de euros a la ronda de Tecnologías Bierzo.",
    ):
        d = _one(es, text)
        assert _roles(d) == {
            ("investor", "Fondo Pisuerga"), ("investee", "Tecnologías Bierzo")
        }, text


def test_a_round_put_on_hold_or_spent_is_no_investment_in_it(en: Language) -> None:
    assert _deals(en, "Harlow Capital put Kestrel Labs's seed round on hold.") == []
    assert _deals(en, "Kestrel Labs will invest the proceeds of its seed round in new hires.") \
        == []


# -- the name money is put into ------------------------------------------------------


def test_a_name_money_is_put_into_is_a_company(en: Language, es: Language) -> None:
    text = "Harlow Capital put $2 million into Kopi Nusantara."
    assert _labels(en, text)["Kopi Nusantara"] == "ORG"
    d = _one(en, text)
    assert _roles(d) == {("investor", "Harlow Capital"), ("investee", "Kopi Nusantara")}
    assert _labels(es, "Fondo Pisuerga metió 3 millones de euros en Rodalia.")["Rodalia"] \
        == "ORG"


def test_a_known_place_money_is_poured_into_stays_a_place(en: Language, es: Language) -> None:
    assert _labels(en, "Harlow Capital poured $5 million into Wellington.")["Wellington"] \
        == "LOC"
    assert _labels(es, "Fondo Pisuerga metió 3 millones de euros en Valencia.")["Valencia"] \
        == "LOC"
    assert _deals(en, "Harlow Capital poured $5 million into Wellington.") == []
