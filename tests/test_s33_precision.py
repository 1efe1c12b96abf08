"""Session 33, helper precision (issue #13): false deals with a stray party or a wrong
pair, fixed as typing constraints and one reference rule.

- A legal form written short after a determiner refers back to a company by its form
  ("accionista único de la SAC", "the LLC's members"): no name of its own, so no party
  (``kg.entities.retype.bare_legal_form``); "Textiles Andahuaylas SAC" keeps its name.
- A name that ends in a day of the week names a day ("Black Friday", "Cyber Monday"),
  not a company (``kg.entities.retype.day_name``); "Sunday Fresh Kitchens" is a company.
- A venue's name ("Coliseo Cubierto de Tunja", "Polideportivo Municipal") is a place,
  as "Estadio Nacional" is (lexicon ``not_company_heads``); a description after it
  ("el departamento") is no reference to it.
- "It was Y's third deal this year, after it bought Z": the pronoun of the adverbial
  clause continues the possessor of the deal noun the copula predicates, Y, not the
  subject told before (``kg.deals.refer.deal_possessor``); "It was a busy year for the
  group after it bought Z" keeps the subject told before.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _parties(nlp: Language, text: str) -> set[str]:
    return {ref.name for d in _deals(nlp, text) for _, ref in d.roles}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "ORG"}


# -- a legal form alone ----------------------------------------------------------------


def test_legal_form_after_determiner_is_no_party(es: Language, en: Language) -> None:
    text = ("La transacción fue acordada con Inversiones Riquelme Soto, accionista único "
            "de la SAC.")
    assert "SAC" not in _orgs(es, text)
    assert "SAC" not in _parties(es, text)
    assert "LLC" not in _orgs(en, "Brenner Quarry said the LLC's two members agreed.")


def test_legal_form_after_a_name_stays(es: Language) -> None:
    deals = _deals(es, "Inversiones Riquelme Soto es accionista único de Textiles "
                       "Andahuaylas SAC.")
    assert any(("investor", "Inversiones Riquelme Soto") in _roles(d) for d in deals)
    assert any(r == "investee" and "Andahuaylas" in n for d in deals for r, n in _roles(d))


# -- a day's name ----------------------------------------------------------------------


def test_day_names_are_no_merger(en: Language) -> None:
    text = ("Cyber Monday has merged with Black Friday into a week-long sales event, and "
            "Hobart retailers are going hard.")
    assert not _deals(en, text)
    assert not {"Cyber Monday", "Black Friday"} & _orgs(en, text)


def test_company_named_with_a_day_first_stays(en: Language) -> None:
    deals = _deals(en, "Palmer Foods merged with Sunday Fresh Kitchens.")
    assert any({n for _, n in _roles(d)} == {"Palmer Foods", "Sunday Fresh Kitchens"}
               for d in deals)


# -- a venue ---------------------------------------------------------------------------


def test_venue_is_no_investor(es: Language) -> None:
    text = ("La gobernación inauguró el Coliseo Cubierto de Tunja. El departamento tenía "
            "el 38% de Cementos del Sáchica desde los años setenta.")
    assert not any("Coliseo" in n for n in _parties(es, text))
    assert not any("Coliseo" in n for n in _orgs(es, text))


def test_named_holder_stays(es: Language) -> None:
    deals = _deals(es, "Inversiones Tunja tenía el 38% de Cementos del Sáchica desde los "
                       "años setenta.")
    assert any(_roles(d) == {("investor", "Inversiones Tunja"),
                             ("investee", "Cementos del Sáchica")} for d in deals)


# -- the possessor of a deal noun ------------------------------------------------------


def test_pronoun_after_possessed_deal_noun(en: Language) -> None:
    deals = _deals(en, "Pelican Media bought Harbour Songs last week. It was Harlow "
                       "Group's third deal this year, after it bought Kemble Foods in March.")
    kemble = [d for d in deals if ("target", "Kemble Foods") in _roles(d)]
    assert kemble and all(("acquirer", "Harlow Group") in _roles(d) for d in kemble)


def test_pronoun_after_plain_predicate_keeps_subject(en: Language) -> None:
    deals = _deals(en, "Pelican Media bought Harbour Songs last week. It was a busy year "
                       "for the group after it bought Kemble Foods in March.")
    kemble = [d for d in deals if ("target", "Kemble Foods") in _roles(d)]
    assert kemble and all(("acquirer", "Pelican Media") in _roles(d) for d in kemble)
