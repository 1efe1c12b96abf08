"""Deal status (session 14) on sentences written for four classes of stage words:

- a deal left without force or declared void is cancelled: "quedó sin efecto", "dejó sin
  validez", "declaró nula", "null and void" (``cancelled-predicate``, ``void_nouns`` and
  ``cancelled_states`` in lexicon/deals.toml);
- a Spanish preterite the lemmatizer leaves as it is ("bloqueó") is read as its verb
  (``status._lemma``), so that a regulator or a court that blocked a deal cancels it;
- a deal noun that "after" (taken by the parser for a preposition) puts before the main
  event, whose own verb, left without subject, ends it ("after its sale fell through"),
  is cancelled (``subject-left-behind``);
- a deal said to be complete by a copula and its predicate is done ("the merger is
  complete", "la compra ya está cerrada"), unless the copula is future, expected or
  negated ("will be complete", "is expected to be complete", "aún no está cerrada")
  (``completed`` via ``_completed_predicate``, ``completion-state``,
  ``completion-expected``).

The organisations are given by hand, so that a miss of the entity component does not
hide what the status rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals import STATUS_RULES
from tests.test_deals import deals

pytestmark = pytest.mark.model

ES = ("Arcadia", "Velia")
EN = ("Harborline", "Quillon")


def status_of(nlp: Language, text: str, names: tuple[str, ...]) -> tuple[str, str]:
    """(status, the status rule's cue) of the one deal of ``text``."""
    (deal,) = deals(nlp, text, names)
    return deal.status, next(r for r in deal.rules if r.startswith("status:"))


def _nlp(es: Language, en: Language, lang: str) -> tuple[Language, tuple[str, str]]:
    return (es, ES) if lang == "es" else (en, EN)


def test_the_completion_state_rule_comes_before_the_completion_words() -> None:
    names = [r.name for r in STATUS_RULES]
    assert names.index("completion-state") < names.index("completion-negated")
    assert names.index("completion-state") < names.index("completed")


# -- a deal left without force, declared void -------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("es", "La compra de Velia por Arcadia quedó sin efecto después de que las partes "
           "no acordaran el precio."),
    ("es", "La fusión entre Arcadia y Velia ha quedado sin efecto tras la negativa de "
           "los accionistas."),
    ("es", "Arcadia dejó sin efecto la adquisición de Velia anunciada en marzo."),
    ("es", "El consejo de Velia dejó sin validez la venta de la compañía a Arcadia."),
    ("es", "El juez declaró nula la compra de Velia por Arcadia."),
    ("en", "The judge declared the merger of Harborline and Quillon null and void."),
    ("en", "The court ruled that Harborline's purchase of Quillon was void."),
])
def test_a_deal_left_without_force_is_cancelled(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names)[0] == "Cancelled"


def test_an_effect_on_something_else_does_not_void_the_deal(es: Language) -> None:
    # "sin efectos sobre el empleo": the noun bears on something, the deal stands
    text = "La compra de Velia por Arcadia quedó cerrada sin efectos sobre el empleo."
    assert status_of(es, text, ES)[0] == "Completed"


# -- a preterite the lemmatizer leaves as it is ----------------------------------------


@pytest.mark.parametrize("text", [
    "Un tribunal de Madrid bloqueó la compra de Velia por parte de Arcadia.",
    "En 2021, la autoridad de competencia bloqueó la fusión de Arcadia y Velia.",
])
def test_a_deal_a_court_or_regulator_blocked_is_cancelled(es: Language, text: str) -> None:
    assert status_of(es, text, ES) == ("Cancelled", "status:Cancelled<-bloquear")


@pytest.mark.parametrize("text,status", [
    ("Arcadia compró Velia en 2019.", "Completed"),
    ("Arcadia anunció la compra de Velia.", "Announced"),
])
def test_preterites_the_lemmatizer_knows_keep_their_reading(
    es: Language, text: str, status: str
) -> None:
    assert status_of(es, text, ES)[0] == status


# -- a deal said to be complete by its copula -------------------------------------------


@pytest.mark.parametrize("lang,text,status", [
    ("en", "The merger of Harborline and Quillon is complete.", "Completed"),
    ("en", "Harborline's acquisition of Quillon is now complete, the company said.",
     "Completed"),
    ("es", "La compra de Velia por Arcadia ya está cerrada.", "Completed"),
    ("es", "La fusión de Arcadia y Velia está completada desde abril.", "Completed"),
    # still to come: future, expected, negated, or a time clause
    ("en", "Harborline's acquisition of Quillon will be complete by March.", "Announced"),
    ("en", "Harborline's acquisition of Quillon is expected to be complete by March.",
     "Announced"),
    ("en", "Harborline's acquisition of Quillon is not yet complete.", "Announced"),
    ("en", "Once the purchase of Quillon by Harborline is complete, the group will list.",
     "Announced"),
    ("es", "La compra de Velia por Arcadia todavía no está cerrada.", "Announced"),
    ("es", "La compra de Velia por Arcadia estará cerrada en marzo.", "Announced"),
])
def test_a_deal_said_complete_by_its_copula(
    es: Language, en: Language, lang: str, text: str, status: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names)[0] == status


# -- "after" taken for a preposition: the deal noun's own verb left without subject -----


@pytest.mark.parametrize("text", [
    "Quillon shut down after its proposed sale to Harborline fell through last year.",
    "Quillon hired a new chief executive after its sale to Harborline fell through.",
    "Quillon cut jobs after its proposed merger with Harborline collapsed.",
    "Quillon closed two plants after its sale to Harborline was abandoned.",
])
def test_a_deal_that_fell_through_before_the_main_event_is_cancelled(
    en: Language, text: str
) -> None:
    assert status_of(en, text, EN)[0] == "Cancelled"


@pytest.mark.parametrize("text", [
    "Quillon hired a new chief executive after its sale to Harborline went through.",
    "After its purchase by Harborline in 2019, Quillon doubled its sales.",
])
def test_a_deal_done_before_the_main_event_stays_done(en: Language, text: str) -> None:
    assert status_of(en, text, EN)[0] == "Completed"
