"""Deal status (session 17, status2): a partnership or joint venture its partners end
is cancelled (``partnership-ended`` in kg.deals.status, ``partnership_end`` in
lexicon/deals.toml): "dissolved their joint venture", "pusieron fin a su alianza",
"... are parting ways"; "put an end to" / "poner fin a" ends any deal; a definite
partnership noun with no party of its own whose end is told ("the partners dissolved the
venture") refers back to the partnership told before and ends it
(``frames._partnership_ended_back``).

The organisations are given by hand, so that a miss of the entity component does not
hide what the status rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals import STATUS_RULES
from tests.test_deals import deals

pytestmark = pytest.mark.model

EN = ("Harborline", "Quillon")
ES = ("Arcadia", "Velia")


def _only(nlp: Language, text: str, names: tuple[str, ...]) -> tuple[str, str, list[str]]:
    (deal,) = deals(nlp, text, names)
    return deal.type, deal.status, list(deal.rules)


def test_the_rule_comes_right_after_the_cancelled_words() -> None:
    names = [r.name for r in STATUS_RULES]
    assert names.index("partnership-ended") == names.index("cancelled") + 1


@pytest.mark.parametrize("text", [
    "Harborline and Quillon have dissolved their joint venture in Peru.",
    "Harborline and Quillon put an end to their partnership on Monday.",
    "Quillon and Harborline ended their logistics alliance after three years.",
    "Harborline and Quillon signed a partnership in 2020. The partners ended the "
    "alliance this week.",
    "Harborline and Quillon set up a venture in Lima in 2019. This week the partners "
    "dissolved the venture.",
])
def test_english_partnership_ended_is_cancelled(en: Language, text: str) -> None:
    type_, status, _ = _only(en, text, EN)
    assert (type_, status) == ("Partnership", "Cancelled")


@pytest.mark.parametrize("text", [
    "Arcadia y Velia pusieron fin a su alianza tras seis años.",
    "Arcadia y Velia firmaron una alianza en 2019. Ahora las dos compañías pusieron "
    "fin a su alianza.",
    "Arcadia y Velia constituyeron una sociedad conjunta en 2017. En octubre los socios "
    "liquidaron la sociedad conjunta.",
])
def test_spanish_partnership_ended_is_cancelled(es: Language, text: str) -> None:
    type_, status, _ = _only(es, text, ES)
    assert (type_, status) == ("Partnership", "Cancelled")


def test_an_end_put_to_a_purchase_cancels_it(es: Language) -> None:
    text = "Arcadia puso fin a la compra de Velia tras el veto del regulador."
    type_, status, _ = _only(es, text, ES)
    assert (type_, status) == ("Acquisition", "Cancelled")


@pytest.mark.parametrize("text", [
    "Harborline and Quillon did not end their partnership.",
    "Harborline ended the year with a new partnership with Quillon.",
])
def test_a_partnership_not_ended_stays_done(en: Language, text: str) -> None:
    type_, status, _ = _only(en, text, EN)
    assert (type_, status) == ("Partnership", "Completed")


def test_a_venture_ended_with_no_partnership_told_ends_no_other_deal(en: Language) -> None:
    text = ("Harborline bought Quillon in May for $40 million. Separately, the partners "
            "dissolved the venture in June.")
    type_, status, _ = _only(en, text, EN)
    assert (type_, status) == ("Acquisition", "Completed")
