"""Session 31, helper owners (issue #13): a change of owner told as who is what, second
round (inventory tests/data/constructions/owners).

- A holder dated as standing ("es el accionista mayoritario de Y desde hace dos
  décadas", "has owned 30% of Y for 20 years", "a shareholder since its founding") is
  who owns a company, no deal (``kg.deals.standing``); a span of weeks or a month still
  dates a change.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a standing holder -----------------------------------------------------------------


def test_a_holder_for_decades_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(es, "Inversiones Tolhuaca es el accionista mayoritario de Viñas Curicó "
                          "desde hace dos décadas.")
    assert not _deals(es, "Inversiones Tolhuaca, accionista de Viñas Curicó desde hace 20 "
                          "años, presentó sus resultados.")
    assert not _deals(en, "Pellow Trust has been the largest shareholder of Corran Foods for "
                          "decades.")


def test_a_stake_held_for_years_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(es, "Grupo Alcudia posee el 30 % de Conservas Benicarló desde hace una "
                          "década.")
    assert not _deals(en, "Pellow Trust has owned 30% of Corran Foods for 20 years.")
    assert not _deals(en, "Pellow Trust, a shareholder in Corran Foods since its founding, "
                          "backed the plan.")


def test_a_holder_since_weeks_or_a_month_is_still_a_deal(es: Language, en: Language) -> None:
    (deal,) = _deals(es, "Grupo Alcudia posee el 30 % de Conservas Benicarló desde hace dos "
                         "semanas.")
    assert _roles(deal) == {("investor", "Grupo Alcudia"), ("investee", "Conservas Benicarló")}
    (deal,) = _deals(en, "Pellow Trust has been the largest shareholder of Corran Foods since "
                         "March.")
    assert _roles(deal) == {("investor", "Pellow Trust"), ("investee", "Corran Foods")}
