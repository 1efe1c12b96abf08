"""Session 30, the lead's change (issue #13).

- A contract or an order won from a named client, the parser hanging the source on the
  verb ("X won the contract from Y", "X obtuvo del Ayuntamiento de Y el contrato"), has
  its argument as "the contract from Y" has it: a definite deal noun so told is no bare
  reference back (``kg.deals.roles._signed_with_named``), and its winner supplies it.
"""

from __future__ import annotations

from spacy.language import Language


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
