"""Session 30, the lead's change (issue #13).

- A contract or an order won from a named client, the parser hanging the source on the
  verb ("X won the contract from Y", "X obtuvo del Ayuntamiento de Y el contrato"), has
  its argument as "the contract from Y" has it: a definite deal noun so told is no bare
  reference back (``kg.deals.roles._signed_with_named``), and its winner supplies it.
- A trigger word of two senses is read in its second sense when the first sense's
  frame reads no deal (``kg.deals.component.readings``): "X picked up Y" takes a company
  over, "X picked Y to supply the pumps" chooses a supplier; "X contracted Y to build
  two ferries" (the verb of the noun "contract") chooses one too.
- "X ultima la compra de Y" is in talks: the small Spanish model leaves the present
  "ultima" as its own lemma (the adjective "última"), so the lexicon's talks words list
  the form beside the infinitive.
"""

from __future__ import annotations

from spacy.language import Language

from kg.deals.component import readings


def _contracts(nlp: Language, text: str) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(f"{role}={ref.name}" for role, ref in d.roles))
        for d in nlp(text)._.kg_deals if d.type == "PurchaseAgreement"
    ]


def test_a_contract_won_from_a_client_named_on_the_verb(en: Language, es: Language) -> None:
    assert _contracts(en, "Hallam Civil won the contract from Dunmore County Council on "
                          "Monday.") == [("buyer=Dunmore County Council", "seller=Hallam Civil")]
    assert _contracts(es, "Obras Larraun obtuvo del Ayuntamiento de Tudela el contrato.") == [
        ("buyer=Ayuntamiento de Tudela", "seller=Obras Larraun")
    ]
    assert _contracts(es, "Limpiezas Oroz ganó del Consorcio de Aguas de Olite el contrato de "
                          "depuración.") == [
        ("buyer=Consorcio de Aguas de Olite", "seller=Limpiezas Oroz")
    ]


def test_a_contract_won_with_no_client_named_on_the_verb_stays_a_reference_back(
    en: Language,
) -> None:
    # the client is no argument of the verb here: the contract may be one told before
    assert _contracts(en, "Hallam Civil won the contract, a source from Dunmore County "
                          "Council said.") == []
    assert _contracts(en, "Hallam Civil won the contract from rivals.") == []


# -- a word of two senses ------------------------------------------------------------


def _deals(nlp: Language, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (d.type, tuple(sorted(f"{role}={ref.name}" for role, ref in d.roles)))
        for d in nlp(text)._.kg_deals
    ]


def test_picking_a_supplier_is_read_after_the_takeover_sense_finds_nothing(
    en: Language,
) -> None:
    assert _deals(en, "Lisnagh Group picked Tolland Systems to supply the pumps for its "
                      "new plant.") == [
        ("PurchaseAgreement", ("buyer=Lisnagh Group", "seller=Tolland Systems"))
    ]
    # the first sense still wins where it reads a deal
    assert _deals(en, "Brannock Foods picked up Ellery Technologies for $30 million.") == [
        ("Acquisition", ("acquirer=Brannock Foods", "target=Ellery Technologies"))
    ]


def test_contracting_a_company_to_do_work_buys_the_work(en: Language) -> None:
    assert _deals(en, "Corrib Holdings contracted Wexmoor Engineering to build two hybrid "
                      "ferries.") == [
        ("PurchaseAgreement", ("buyer=Corrib", "seller=Wexmoor Engineering"))
    ]
    assert _deals(en, "Wexmoor Engineering was contracted by Corrib Holdings to build the "
                      "ferries.") == [
        ("PurchaseAgreement", ("buyer=Corrib", "seller=Wexmoor Engineering"))
    ]


def test_no_second_sense_where_nothing_is_chosen_or_contracted(en: Language) -> None:
    assert _deals(en, "Lisnagh Group picked a new chairman, Alan Reece.") == []
    assert _deals(en, "Demand for steel contracted sharply, Tolland Systems said.") == []


def test_readings_keep_the_word_s_part_of_speech(en: Language) -> None:
    doc = en("Corrib Holdings signed the contract. Corrib Holdings contracted Wexmoor "
             "Engineering to build it.")
    noun = next(t for t in doc if t.lower_ == "contract")
    verb = next(t for t in doc if t.lower_ == "contracted")
    assert readings("agreement_n", noun, "en") == ["agreement_n"]
    assert readings("agreement_n", verb, "en") == ["agreement_n", "choose_v"]


# -- "ultima" -------------------------------------------------------------------------


def test_the_present_ultima_is_a_deal_being_finalised(es: Language) -> None:
    deals = es("Grupo Berrocal ultima la compra de Lácteos Ainsa.")._.kg_deals
    assert [(d.type, d.status) for d in deals] == [("Acquisition", "InNegotiation")]
    # the adjective "última" is no talks word
    deals = es("Grupo Berrocal compró Lácteos Ainsa en la última semana de marzo.")._.kg_deals
    assert [(d.type, d.status) for d in deals] == [("Acquisition", "Completed")]
