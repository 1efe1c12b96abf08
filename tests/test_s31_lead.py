"""Session 31, the lead's change (issue #13).

- English "'d" contracts both "would" and "had": before a bare verb it is the modal
  ("it'd buy Y"), before a past form the pluperfect ("it'd agreed to buy Y", "they'd
  sold it"), which hedges nothing (``kg.deals.status.Cue.hedge_aux``). A reported "'d"
  ("X said it'd buy Y") is the parties' own word, as a reported "would" is
  (``_reported_would``).
- An act of bidding that is the complement of a verb that calls a deal off ("descartó
  lanzar una oferta por Y", "ruled out launching a bid for Y") is Cancelled, as "ruled
  out a bid for Y" is (``kg.deals.status._called_off_act``).
- A "would" that commentators report ("analysts said a merger of X and Y would make
  sense") is their conjecture, not the parties' word (``_reported_would``; lexicon
  ``commentator_nouns``).
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


# -- a bid called off before it was made ---------------------------------------------


def test_an_act_of_bidding_called_off_is_cancelled(en: Language, es: Language) -> None:
    assert _statuses(es, "Aceros Norte descartó lanzar una oferta por Metales Colby.") == [
        ("Acquisition", "Cancelled")
    ]
    assert _statuses(en, "Aceros Norte ruled out launching a bid for Metales Colby.") == [
        ("Acquisition", "Cancelled")
    ]


def test_an_act_of_bidding_beside_a_verb_of_dropping_is_not(en: Language, es: Language) -> None:
    # near misses: the gerund after a comma is another clause; a verb of deciding
    assert _statuses(en, "Aceros Norte dropped its objections, launching a bid for Metales "
                         "Colby.") == [("Acquisition", "Announced")]
    assert _statuses(es, "Aceros Norte decidió lanzar una oferta por Metales Colby.") == [
        ("Acquisition", "Announced")
    ]


# -- a "would" reported by commentators -----------------------------------------------


def test_a_would_reported_by_commentators_stays_a_conjecture(en: Language) -> None:
    assert _statuses(en, "Analysts said a merger of Thornbury Foods and Calder Mills would "
                         "make sense.") == [("Merger", "Rumoured")]


def test_a_would_reported_by_a_party_is_its_word(en: Language) -> None:
    # near miss: the company itself says it
    assert _statuses(en, "Thornbury Foods said it would buy Calder Mills for $40 "
                         "million.") == [("Acquisition", "Announced")]
