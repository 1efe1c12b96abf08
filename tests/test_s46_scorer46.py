"""Session 46 (helper scorer46): the learned deal scorer's precision guards and labels.

- scorer:joint-modifier, scorer:sought-contract, scorer:raised-what,
  scorer:damages-paid (``kg.deal_scorer.not_a_deal``): a deal word that tells no deal
  of its own gives no candidate;
- scorer:no-party-bodies (``kg.deal_scorer.no_party_bodies``): regulators, courts,
  exchanges, lenders are no candidate parties;
- scorer:person-not-bought (``kg.deal_scorer.person_bought``): a person is never what a
  candidate buys or funds;
- labels:partner-sides (``train/deal_scorer.py``): a partnership candidate is taught as
  a deal only by a gold deal with partners (or from a merging word).

Every sentence is written for these tests, about invented companies.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.deal_scorer import candidates, person_bought
from kg.facts import Entity
from tests.test_s45_scorer45 import (
    ENTITIES,
    KESTRA,
    NORVALE,
    candidate,
    doc_of,
    gold,
    training_script,
)


def triggers(doc: Doc) -> set[str]:
    """The words of the doc that give candidates."""
    return {doc[c.trigger].lower_ for c in candidates(doc)}


def names(doc: Doc) -> set[str]:
    return {ref.name for c in candidates(doc) for ref in c.pair}


# --------------------------------------------------------------------- not_a_deal


@pytest.mark.parametrize(("lang", "text", "word"), [
    # scorer:joint-modifier
    ("en", "Harwick Logistics and Pellam Freight issued a joint statement on Monday about "
     "the strike.", "joint"),
    ("es", "En conjunto, Grupo Alcesa y Conservas Brisamar emplean a 900 personas.",
     "conjunto"),
    # scorer:sought-contract (the contract and the bid for it)
    ("en", "Harwick Logistics is preparing a bid for the new depot contract with Pellam "
     "Freight.", "contract"),
    ("en", "Harwick Logistics is preparing a bid for the new depot contract with Pellam "
     "Freight.", "bid"),
    ("es", "Obras Alcesa y otras dos constructoras pujan por el contrato de limpieza de "
     "Conservas Brisamar.", "contrato"),
    # scorer:damages-paid
    ("en", "Harwick Logistics agreed to pay damages to Pellam Freight over the spill.",
     "pay"),
    # scorer:raised-what
    ("en", "Harwick Logistics closed its best quarter on record, helped by orders from "
     "Pellam Freight.", "closed"),
    ("es", "Las acciones de Grupo Alcesa y de Conservas Brisamar cerraron con ligeras "
     "subidas.", "cerraron"),
])
def test_a_deal_word_that_tells_no_deal_gives_no_candidate(lang: str, text: str,
                                                           word: str) -> None:
    doc = doc_of(text, lang)
    assert len({e.ref for e in doc._.kg_entities}) >= 2  # two parties to pair
    assert word not in triggers(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    # on a company noun "joint" stays a deal word
    ("en", "Harwick Logistics and Pellam Freight formed a joint company to run the port of "
     "Tromsø.", "joint"),
    # "en alianza con" names its partner: no adverbial of manner
    ("es", "Conservas Brisamar vende sus latas en Francia en alianza con Grupo Alcesa.",
     "alianza"),
    # a bid for a company, and a price paid for goods
    ("en", "Harwick Logistics made a bid for Pellam Freight last week.", "bid"),
    ("en", "Harwick Logistics paid $3 million to Pellam Freight for forty trucks.", "paid"),
    # a round closed, with its money
    ("en", "Harwick Logistics closed a $20 million round led by Pellam Capital.", "closed"),
    ("es", "Grupo Alcesa cerró una ronda de 8 millones de euros con el fondo Brisamar "
     "Capital.", "cerró"),
])
def test_a_deal_word_that_tells_a_deal_still_gives_candidates(lang: str, text: str,
                                                              word: str) -> None:
    assert word in triggers(doc_of(text, lang))


# --------------------------------------------------------------------- parties


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("en", "The Tarsian Competition Commission approved the purchase of Pellam Freight by "
     "Harwick Logistics.", "Tarsian Competition Commission"),
    ("es", "La Comisión Nacional de la Competencia de Tarsia investiga la alianza de Grupo "
     "Alcesa con Conservas Brisamar.", "Comisión Nacional de la Competencia de Tarsia"),
])
def test_a_regulator_is_no_candidate_party(lang: str, text: str, body: str) -> None:
    doc = doc_of(text, lang)
    assert body in {e.name for e in doc._.kg_entities}  # found, left out of candidates only
    assert names(doc) and body not in names(doc)


MARTA, PELLAM = Entity("person", "Marta Quell"), Entity("org", "Pellam Freight")


def test_a_person_is_never_bought_but_may_buy() -> None:
    bought = candidate("acquire", ("acquirer", PELLAM.ref), ("target", MARTA.ref),
                       "Acquisition")
    buyer = candidate("acquire", ("acquirer", MARTA.ref), ("target", PELLAM.ref),
                      "Acquisition")
    assert person_bought(bought) and not person_bought(buyer)
    doc = doc_of("Marta Quell, who founded Pellam Freight, said Harwick Logistics would buy "
                 "the depot.")
    assert not any(person_bought(c) for c in candidates(doc))
    assert any(ref.name == "Marta Quell" for c in candidates(doc) for ref in c.pair)


# --------------------------------------------------------------------- labels


def test_a_supply_contract_teaches_no_partnership() -> None:
    label = training_script().label
    supply = gold("PurchaseAgreement", {"buyer": "Norvale", "seller": "Kestra Foods"})
    partners = candidate("agreement", ("partner", NORVALE.ref), ("partner", KESTRA.ref),
                         "Partnership")
    assert label(partners, supply, ENTITIES, (0, 40)) == 0  # 1 before (any side)
    together = gold("Partnership", {"partner": ["Norvale", "Kestra Foods"]})
    assert label(partners, together, ENTITIES, (0, 40)) == 1


def test_a_merging_word_still_reads_a_takeover_as_a_merger() -> None:
    label = training_script().label
    taken = gold("Acquisition", {"acquirer": "Norvale", "target": "Kestra Foods"})
    merger = candidate("merge", ("partner", NORVALE.ref), ("partner", KESTRA.ref), "Merger")
    assert label(merger, taken, ENTITIES, (0, 40)) == 1
    agreed = candidate("agreement", ("partner", NORVALE.ref), ("partner", KESTRA.ref),
                       "Partnership")
    assert label(agreed, taken, ENTITIES, (0, 40)) == 0


def test_a_word_of_agreement_gives_a_purchase_reading_beside_the_partnership() -> None:
    doc = doc_of("Harwick Logistics signed a three-year supply contract with Pellam Freight "
                 "in Tromsø.")
    types = {(c.type, c.first[0]) for c in candidates(doc) if doc[c.trigger].lower_ == "contract"}
    assert {("Partnership", "partner"), ("PurchaseAgreement", "buyer")} <= types
