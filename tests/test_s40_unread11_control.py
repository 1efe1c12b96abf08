"""Session 40, helper unread11 (issue #13): control of a company said by a description
(sentences written for these tests, names invented).

- "X firmó una carta de intención con Y, que evalúa adquirir el control de la empresa",
  "X confirmed talks with Y, which hopes to acquire a majority of the firm": control or
  most of a company said by a definite description is control of the company the
  description means, as a part of it is (``kg.deals.roles.object_kind``,
  parties:control-of-described); never of the buyer itself.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- control of a described company ----------------------------------------------------


def test_control_of_the_company_es(es: Language) -> None:
    deals = _deals(es, "Viñas Tolhuaca firmó una carta de intención con Grupo Quelén, que "
                       "evalúa adquirir el control de la empresa.")
    assert any(_roles(d) == {("acquirer", "Grupo Quelén"), ("target", "Viñas Tolhuaca")}
               for d in deals)


def test_majority_of_the_company_en(en: Language) -> None:
    deals = _deals(en, "Ashby Foods confirmed talks with Brenford Capital, which hopes to "
                       "acquire a majority of the firm.")
    assert any(_roles(d) == {("acquirer", "Brenford Capital"), ("target", "Ashby Foods")}
               for d in deals)


def test_control_of_the_company_with_no_other_is_none(es: Language) -> None:
    assert _deals(es, "Grupo Quelén evalúa adquirir el control de la empresa.") == []
