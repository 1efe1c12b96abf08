"""Session 31, the lead's change (issue #13).

- English "'d" contracts both "would" and "had": before a bare verb it is the modal
  ("it'd buy Y"), before a past form the pluperfect ("it'd agreed to buy Y", "they'd
  sold it"), which hedges nothing (``kg.deals.status.Cue.hedge_aux``). A reported "'d"
  ("X said it'd buy Y") is the parties' own word, as a reported "would" is
  (``_reported_would``).
"""

from __future__ import annotations

from spacy.language import Language


def _statuses(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(d.type, d.status) for d in nlp(text)._.kg_deals]


def test_contracted_had_before_a_past_form_hedges_nothing(en: Language) -> None:
    assert _statuses(en, "Dakota Ridge Energy said it'd agreed to buy Prairie Salt "
                         "Services.") == [("Acquisition", "Announced")]
    assert _statuses(en, "Dakota Ridge Energy said it\u2019d agreed to buy Prairie Salt "
                         "Services.") == [("Acquisition", "Announced")]


def test_a_reported_contracted_would_is_the_parties_word(en: Language) -> None:
    assert _statuses(en, "Dakota Ridge Energy said it'd buy Prairie Salt Services for "
                         "$40 million.") == [("Acquisition", "Announced")]


def test_contracted_would_unreported_still_hedges(en: Language) -> None:
    # near miss: no one reports it; "'d" before a bare verb is a conditional, typed with
    # a straight or a curly apostrophe
    for d in ("'d", "\u2019d"):
        assert _statuses(en, f"Halberd Capital has no plan, but it{d} buy Prairie Salt "
                             "Services if the price fell.") == [("Acquisition", "Rumoured")]
