"""A unit or assets bought with no name of their own (session 13, issue 13): "X bought
Y's cement business", "Y sold its insurance arm to X". The gold format counts them as
acquisitions with an acquirer and a seller and no target, so kg publishes them, and its
shapes accept an acquisition with a target, or with an acquirer and a seller.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal, EntityRef, Span, has_required_roles
from tests.test_background_deals import deals, parties

EV = Span(0, 10, "evidence")
A, B = EntityRef("org", "Acme"), EntityRef("org", "Beta")


def test_an_acquisition_needs_a_target_or_both_sides() -> None:
    assert has_required_roles(Deal("Acquisition", (("acquirer", A), ("seller", B)), EV))
    assert has_required_roles(Deal("Acquisition", (("target", B),), EV))
    assert not has_required_roles(Deal("Acquisition", (("acquirer", A),), EV))
    assert not has_required_roles(Deal("Acquisition", (("seller", B),), EV))


UNITS = [
    ("en", "Corvane Industries sold its frozen-meals division to Halden Partners for "
           "$300 million.", "Halden Partners", "Corvane Industries"),
    ("en", "Halden Partners bought the Asian tyre business of Corvane Industries last "
           "year.", "Halden Partners", "Corvane Industries"),
    ("es", "El grupo Ferralia ha vendido su negocio de seguros a Mutua Cantábrica por 90 "
           "millones de euros.", "Mutua Cantábrica", "Ferralia"),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "acquirer", "seller"), UNITS)
def test_a_unit_sold_is_an_acquisition_from_its_seller(
    lang: str, text: str, acquirer: str, seller: str, request: pytest.FixtureRequest
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {acquirer}
    assert parties(deal, "seller") == {seller}
    assert not parties(deal, "target")
