"""Session 40, helper unread11 (issue #13): a deal word and both parties in one
sentence, the parties hung in another clause (sentences written for these tests, names
invented).

- "Norvik Foods said the purchase of Delmar Mills would close in May", "Alimentos Norvik
  espera que la compra de Molinos Delmar se cierre en mayo": a takeover noun that names
  what it takes but not who, as the subject of the complement clause of a verb of saying
  or of expecting completion, is the deal of that verb's subject, one organisation
  (``kg.deals.roles.teller_agent``, parties:teller-agent). Not a supervisor ("the
  Competition Commission said the purchase of Y raised concerns"), not a deal whose
  agent is named ("by X"), not people ("analysts at X said ...").
- "Ashby Foods welcomed Brenford Capital as a new investor", "brought in Y as a minority
  shareholder", "Alimentos Ashby incorporó a Y como accionista minoritario", "sumó a Y
  como nuevo inversor": a company that admits another as a holder counts it among its
  holders, as "counts Y as a shareholder" does (``kg.deals.holders``,
  parties:counted-holder). "welcomed Y as a customer" counts none.
- A description a copula equates with a name stands for the name, as an apposition
  does: "Delmar Mills is the bakery that Norvik Foods bought", "The bakery that Norvik
  Foods bought is Delmar Mills" (``kg.deals.longform.copular_name``, read by
  ``apposed_name``, parties:pronoun-object).
- "Y, la harinera que X adquirió en 2020": the small Spanish tagger may take the
  relative "que" for a conjunction; with the clause's subject said between it and the
  verb, the clause is an object relative and the noun it is on (or the name it stands
  for) was bought (``kg.deals.gapped._que_read_as_conjunction``,
  parties:relative-object-target). A subject after the verb ("la harinera que compró
  X") is ambiguous and stays as parsed.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- the teller of a takeover told in its complement clause -----------------------------


def test_teller_of_the_purchase_is_its_buyer_en(en: Language) -> None:
    deals = _deals(en, "Norvik Foods said the purchase of Delmar Mills would close in May.")
    assert any(_roles(d) == {("acquirer", "Norvik Foods"), ("target", "Delmar Mills")}
               for d in deals)


def test_expecter_of_the_purchase_is_its_buyer_es(es: Language) -> None:
    deals = _deals(es, "Alimentos Norvik espera que la compra de Molinos Delmar se cierre "
                       "en mayo.")
    assert any(_roles(d) == {("acquirer", "Alimentos Norvik"), ("target", "Molinos Delmar")}
               for d in deals)


def test_supervisor_telling_of_the_purchase_is_no_buyer(en: Language) -> None:
    deals = _deals(en, "The Competition Commission said the purchase of Delmar Mills "
                       "raised concerns.")
    assert not any(("acquirer", "Competition Commission") in _roles(d) for d in deals)


def test_teller_of_a_purchase_with_its_buyer_named(en: Language) -> None:
    deals = _deals(en, "Brill Securities said the purchase of Delmar Mills by Norvik Foods "
                       "was overpriced.")
    assert not any(("acquirer", "Brill Securities") in _roles(d) for d in deals)


# -- a holder admitted ------------------------------------------------------------------


def test_welcomed_as_investor_en(en: Language) -> None:
    deals = _deals(en, "Ashby Foods welcomed Brenford Capital as a new investor.")
    assert any(_roles(d) == {("investor", "Brenford Capital"), ("investee", "Ashby Foods")}
               for d in deals)


def test_incorporated_as_shareholder_es(es: Language) -> None:
    deals = _deals(es, "Alimentos Ashby incorporó a Brenford Capital como accionista "
                       "minoritario.")
    assert any(_roles(d) == {("investor", "Brenford Capital"),
                             ("investee", "Alimentos Ashby")} for d in deals)


def test_welcomed_as_customer_is_no_holder(en: Language) -> None:
    assert _deals(en, "Ashby Foods welcomed Brenford Capital as a customer.") == []


# -- a description equated with a name by a copula ----------------------------------


def test_name_is_the_bakery_bought(en: Language) -> None:
    deals = _deals(en, "Delmar Mills is the bakery that Norvik Foods bought in 2020.")
    assert any(_roles(d) == {("acquirer", "Norvik Foods"), ("target", "Delmar Mills")}
               for d in deals)


def test_bakery_bought_is_the_name(en: Language) -> None:
    deals = _deals(en, "The bakery that Norvik Foods bought in 2020 is Delmar Mills.")
    assert any(_roles(d) == {("acquirer", "Norvik Foods"), ("target", "Delmar Mills")}
               for d in deals)


def test_bakery_bought_with_no_name_is_no_target(en: Language) -> None:
    deals = _deals(en, "The bakery that Norvik Foods bought in 2020 is profitable.")
    assert not any(("target", "Norvik Foods") in _roles(d) for d in deals)


# -- a Spanish object relative whose "que" was tagged a conjunction ----------------------


def test_que_tagged_conjunction_object_relative(es: Language) -> None:
    deals = _deals(es, "Molinos Delmar, la harinera que Alimentos Norvik adquirió en 2020, "
                       "cerró su planta de Soria.")
    assert any(_roles(d) == {("acquirer", "Alimentos Norvik"), ("target", "Molinos Delmar")}
               for d in deals)


def test_complement_clause_of_a_noun_is_no_relative(es: Language) -> None:
    deals = _deals(es, "Molinos Delmar desmintió la noticia de que Alimentos Norvik "
                       "adquirió la harinera.")
    assert not any(("target", "Molinos Delmar") in _roles(d) for d in deals)
