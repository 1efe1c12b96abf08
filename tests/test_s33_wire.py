"""Session 33, helper wire (issue #13): short wire news as agencies write it (inventory
tests/data/constructions/wire).

- A round's letter and its full stop before a capitalised word end the sentence ("...
  led a $20 million Series B. Vaultmere, founded by ..."): the letter is no
  abbreviation (``kg.nlp.sentence_starts``); "Series B. funding" and a letter after
  another word stay the parser's call.
- "The round triples Coralbay's valuation from 2023, when Wexford led a $20 million
  Series A": a round told in a "when" clause on a year gone by, beside the round
  referred back, is an earlier round of the same company (``told_earlier``,
  ``earlier_round`` in ``kg.deals.component``), not one more investor of this one; "The
  round, which Wexford also joined ..." still is. The subject of "led a $25 million
  Series A" leads the round even when the parser hangs the round on its figure
  (``kg.deals.roles._joins_round``).
- "an all-share merger that will create a company worth about $5 billion", "una fusión
  que creará un grupo valorado en ...": the size of the company a deal creates is no
  price (``kg.deals.attach._created_company_size``); "bought Y for $5 billion, creating a
  company with 4,000 stores" keeps its price.
- "Y pertenece al fondo X, que la compró en 2019 por 30 millones": the object pronoun of
  a relative clause whose pronoun is its subject takes up the subject of the clause it
  hangs on (``kg.deals.coordinated.clitic_in_relative``); "que lo anunció ayer" is no
  deal, "que compró Lumbre" buys Lumbre.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from kg.facts import Deal
from kg.nlp import sentence_starts, split_dashes


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _presets(lang: str, text: str) -> dict[str, bool | None]:
    nlp = spacy.blank(lang)
    split_dashes(nlp)
    doc = sentence_starts(nlp.make_doc(text))
    return {t.text: t.is_sent_start for t in doc if not t.is_space}


# -- a round's letter closes its sentence ------------------------------------------------


def test_a_round_letter_and_stop_end_the_sentence() -> None:
    found = _presets("en", "Kelda led a $20 million Series B. Vaultmere, founded in 2019, grew.")
    assert found["Vaultmere"] is True
    found = _presets("es", "Kelda lideró una ronda Serie A. Vaultmere, fundada en 2019, creció.")
    assert found["Vaultmere"] is True


def test_a_letter_elsewhere_is_left_to_the_parser() -> None:
    assert _presets("en", "Kelda led a Series B. funding push.")["funding"] is None
    assert _presets("en", "It is rich in vitamin B. Kelda sells it.")["Kelda"] is None


def test_the_next_sentence_keeps_its_own_subject(en: Language) -> None:
    text = (
        "Coralbay raised $80 million in a round led by Tern Growth. The round more than "
        "doubles Coralbay's valuation from 2024, when Larchfield Ventures led a $35 million "
        "Series B. Coralbay, founded by Ann Kerr, will hire engineers."
    )
    sents = [s.text.strip() for s in en(text).sents]
    assert sents[-1] == "Coralbay, founded by Ann Kerr, will hire engineers."


# -- an earlier round in a "when" clause ---------------------------------------------------


def test_a_round_when_a_year_is_an_earlier_round(en: Language) -> None:
    deals = _deals(en, (
        "Coralbay has raised $80 million in a Series B round led by Tern Capital. The round "
        "more than triples Coralbay's valuation from 2023, when Wexford Partners led a $20 "
        "million Series A."
    ))
    by_amount = {int(d.amount.value): _roles(d) for d in deals if d.amount is not None}
    assert by_amount == {
        80_000_000: {("investor", "Tern Capital"), ("investee", "Coralbay")},
        20_000_000: {("investor", "Wexford Partners"), ("investee", "Coralbay")},
    }


def test_a_lettered_round_hung_on_its_figure_keeps_its_leader(en: Language) -> None:
    deals = _deals(en, (
        "Harrowby Labs raised $60 million in a round led by Quillon Growth. The round more "
        "than doubles Harrowby's valuation from 2024, when Stallard Ventures led a $25 "
        "million Series A."
    ))
    earlier = [d for d in deals if d.amount is not None and d.amount.value == 25_000_000]
    assert [_roles(d) for d in earlier] == [
        {("investor", "Stallard Ventures"), ("investee", "Harrowby Labs")}]


def test_an_investor_joining_this_round_still_joins_it(en: Language) -> None:
    (deal,) = _deals(en, (
        "Coralbay has raised $80 million in a Series B round led by Tern Capital. The round, "
        "which Wexford Partners also joined when it closed last week, triples its valuation."
    ))
    assert ("investor", "Wexford Partners") in _roles(deal)


# -- the size of a company a deal creates --------------------------------------------------


def test_a_created_company_worth_is_no_price(en: Language) -> None:
    (deal,) = _deals(en, (
        "Mossgate and Pellow Foods agreed to combine in an all-share merger that will create "
        "a company worth about $5 billion."
    ))
    assert deal.type == "Merger" and deal.amount is None


def test_a_price_beside_a_created_company_stays(en: Language) -> None:
    (deal,) = _deals(en, (
        "Mossgate agreed to buy Pellow Foods for $5 billion, creating a company with 4,000 "
        "stores."
    ))
    assert deal.amount is not None and deal.amount.value == 5_000_000_000


# -- an object pronoun in a relative clause ------------------------------------------------


def test_clitic_of_a_relative_is_the_owned_company(es: Language) -> None:
    for text in (
        "Tornasol pertenece desde 2019 al fondo Brezo Capital, que la compró entonces por "
        "30 millones de euros.",
        "La cadena Tornasol pertenece al fondo Brezo Capital, que la adquirió en 2019 por 30 "
        "millones de euros.",
    ):
        (deal,) = _deals(es, text)
        assert _roles(deal) == {("acquirer", "Brezo Capital"), ("target", "Tornasol")}
        assert deal.status == "Completed"


def test_clitic_of_a_relative_sold_on(es: Language) -> None:
    text = "Tornasol perteneció a Brezo Capital, que la vendió en 2022 a Grupo Vireo."
    (deal,) = _deals(es, text)
    assert _roles(deal) == {
        ("acquirer", "Grupo Vireo"), ("seller", "Brezo Capital"), ("target", "Tornasol")}


def test_a_relative_with_no_deal_or_its_own_object(es: Language) -> None:
    assert _deals(es, "Tornasol pertenece al fondo Brezo Capital, que lo anunció ayer.") == []
    (deal,) = _deals(es, "Tornasol trabaja con el fondo Brezo Capital, que compró Lumbre en 2019.")
    assert _roles(deal) == {("acquirer", "Brezo Capital"), ("target", "Lumbre")}
