"""Session 30, helper copular (issue #13): deals told as facts about who is what
(inventory tests/data/constructions/copular).

- "Grupo X es desde marzo propietaria de Y", "Y's owner since January is X": an owner
  whose ownership is dated by a month or a day with no year became one this year, a
  change of owner (``kg.deals.possession._owner_since_recent``); "desde 1990", "since
  2001" date a standing owner (no deal).
- "Y pasa a ser filial de X", "Y ha pasado a ser propiedad de X": a company that comes
  to be the subsidiary or the property of another changes hands, as "pasa a formar parte
  de X" does (``kg.deals.possession._whole_joined``); "Y es filial de X" says who owns
  it (no deal).
- "Y's new owner is X", "Y's owner since January is X": an owner noun that is the
  subject of a copula is named by the predicate (the acquirer); its possessor is the
  company owned (``kg.deals.possession.owner_predicate``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- an owner since a month or a day -------------------------------------------------


def test_propietaria_desde_un_mes(es: Language) -> None:
    (deal,) = _deals(es, "Grupo Larrasa es desde abril propietaria de Hoteles Sotavento.")
    assert _roles(deal) == {("acquirer", "Grupo Larrasa"), ("target", "Hoteles Sotavento")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_owner_since_a_month(en: Language) -> None:
    (deal,) = _deals(en, "Halbrook Dental has been the owner of Pinegate Clinics since March.")
    assert _roles(deal) == {("acquirer", "Halbrook Dental"), ("target", "Pinegate Clinics")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_an_owner_since_a_year_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(es, "Grupo Larrasa es desde 1995 propietaria de Hoteles Sotavento.")
    assert not _deals(en, "Halbrook Dental has been the owner of Pinegate Clinics since 1998.")


# -- coming to be a subsidiary or a property -----------------------------------------


def test_pasa_a_ser_filial(es: Language) -> None:
    (deal,) = _deals(es, "Cárnicas Mondoñedo pasa a ser filial de Grupo Ortigal.")
    assert _roles(deal) == {("acquirer", "Grupo Ortigal"), ("target", "Cárnicas Mondoñedo")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_ha_pasado_a_ser_propiedad(es: Language) -> None:
    (deal,) = _deals(es, "Editorial Bruma ha pasado a ser propiedad de Grupo Comunicación Faro.")
    assert _roles(deal) == {("acquirer", "Grupo Comunicación Faro"), ("target", "Editorial Bruma")}


def test_es_filial_is_no_deal(es: Language) -> None:
    assert not _deals(es, "Cárnicas Mondoñedo es filial de Grupo Ortigal desde 1987.")


# -- an owner noun as the subject of a copula ----------------------------------------


def test_the_new_owner_named_by_the_predicate(en: Language) -> None:
    (deal,) = _deals(en, "Tamsin Bakeries' new owner is Corbridge Foods.")
    assert _roles(deal) == {("acquirer", "Corbridge Foods"), ("target", "Tamsin Bakeries")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_the_owner_since_a_month_named_by_the_predicate(en: Language) -> None:
    (deal,) = _deals(en, "Wexcombe Tiles' owner since February is Alderton Partners.")
    assert _roles(deal) == {("acquirer", "Alderton Partners"), ("target", "Wexcombe Tiles")}


def test_a_standing_owner_named_by_the_predicate_is_no_deal(en: Language) -> None:
    assert not _deals(en, "Wexcombe Tiles' owner is Alderton Partners.")
    assert not _deals(en, "Wexcombe Tiles' owner since 1994 is Alderton Partners.")
