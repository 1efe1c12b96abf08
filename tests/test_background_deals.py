"""Deals told in background material rather than in the main clause (session 10), each
rule on sentences written for these tests: a timeline with the verb said once (one deal
per dated target, ``parties:dated-targets``); a deal noun placed before its clause's
event ("after its purchase of Y", "un año después de la adquisición"), which is done
(``status:Completed<-prior-event``); a deal in a relative clause or a participle on a
company, whose status the main clause does not set; a takeover in a clause of time
whose target is only described ("since X took over the company"), the company the main
clause is about (``parties:main-subject-described``). The inventory these came from is
tests/data/constructions/bg.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def parties(deal: Deal, role: str) -> set[str]:
    return {ref.name for r, ref in deal.roles if r == role}


def with_target(found: list[Deal], name: str) -> Deal:
    (deal,) = [d for d in found if name in parties(d, "target")]
    return deal


# -- a timeline with the verb said once: one deal per dated target ---------------------

def test_an_english_timeline_is_one_takeover_per_dated_target(en: Language) -> None:
    found = deals(en, "Harbour Dental grew by buying rivals: in 2020 Harbour Dental acquired "
                      "Molar One; in 2022, Crestline Dental Labs; and this year, Pinewood Clinics, "
                      "for $90 million.")
    for target in ("Molar One", "Crestline Dental Labs", "Pinewood Clinics"):
        deal = with_target(found, target)
        assert parties(deal, "target") == {target}
        assert parties(deal, "acquirer") == {"Harbour Dental"}
    assert with_target(found, "Pinewood Clinics").amount is not None
    assert with_target(found, "Molar One").amount is None


def test_a_spanish_timeline_is_one_takeover_per_dated_target(es: Language) -> None:
    found = deals(es, "Grupo Tamarindo ha crecido con compras: en 2020 compró Panaderías "
                      "Solano; en 2022, Harinas del Valle, y este año, Dulces Norteños, por "
                      "30 millones de euros.")
    targets = [parties(d, "target") for d in found if d.type == "Acquisition"]
    assert {"Harinas del Valle"} in targets and {"Dulces Norteños"} in targets
    assert with_target(found, "Dulces Norteños").amount is not None
    assert with_target(found, "Harinas del Valle").amount is None


def test_targets_with_no_time_between_them_stay_one_deal(en: Language) -> None:
    found = deals(en, "Acme Corp bought Zenith Labs and Orbit Systems for $50 million in 2020.")
    assert len(found) == 1
    assert parties(found[0], "target") == {"Zenith Labs", "Orbit Systems"}


# -- a deal noun before its clause's event is done -------------------------------------

@pytest.mark.parametrize("lang, text, target", [
    ("es", "Frutas Lozano cerrará dos plantas, un año después de la adquisición de la "
           "empresa Zumos Ebro por el grupo Agrival.", "Zumos Ebro"),
    ("es", "Tras la compra de Cafés Orduña por Grupo Montañés, la tostadora abrió tres "
           "tiendas.", "Cafés Orduña"),
    ("en", "Pelican Air named a new chairman on Monday, following its $300 million "
           "purchase of Gullwing Airways last year.", "Gullwing Airways"),
])
def test_a_deal_told_before_its_clause_event_is_completed(
        es: Language, en: Language, lang: str, text: str, target: str) -> None:
    deal = with_target(deals(es if lang == "es" else en, text), target)
    assert deal.status == "Completed"
    assert any(r.startswith("status:Completed<-prior-event") for r in deal.rules)


def test_a_merger_after_which_the_group_will_grow_is_not_done(es: Language) -> None:
    found = deals(es, "Tras la fusión de Banco Norteño y Banco Sureste, el grupo tendrá "
                      "9.000 empleados.")
    assert found and all(d.status != "Completed" for d in found)


# -- a deal in a relative clause or participle: the main clause does not set it ----------

@pytest.mark.parametrize("lang, text", [
    ("en", "Brightwater Coffee, which is backed by Kestrel Ridge Partners, plans to open "
           "40 shops next year."),
    ("es", "Harinas Delmar, que fue adquirida por Grupo Harinero en 2021, prevé abrir dos "
           "plantas."),
    ("en", "Brightwater Coffee, backed by Kestrel Ridge Partners, plans to open 40 shops "
           "next year."),
])
def test_a_deal_in_a_clause_on_a_company_keeps_its_own_status(
        es: Language, en: Language, lang: str, text: str) -> None:
    found = deals(es if lang == "es" else en, text)
    assert found
    assert all(d.status == "Completed" for d in found)


# -- a described target in a clause of time is the main clause's subject ----------------

@pytest.mark.parametrize("lang, text, acquirer, target", [
    ("es", "Aceros Quilla duplicó su producción desde que el grupo Cobrex tomó el control "
           "de la empresa en 2023.", "Cobrex", "Aceros Quilla"),
    ("en", "Redwing Tools will close a plant, its first closure since Halvorsen Group took "
           "over the company in 2021.", "Halvorsen Group", "Redwing Tools"),
    ("en", "Redwing Tools will move its headquarters to Texas, 18 months after the power "
           "tool maker was acquired by Halvorsen Group.", "Halvorsen Group", "Redwing Tools"),
])
def test_a_described_target_in_a_clause_of_time_is_the_main_subject(
        es: Language, en: Language, lang: str, text: str, acquirer: str, target: str) -> None:
    deal = with_target(deals(es if lang == "es" else en, text), target)
    assert acquirer in parties(deal, "acquirer")


def test_the_taker_of_control_is_not_read_as_the_company_described(es: Language) -> None:
    deal = with_target(deals(es, "Aceros Quilla duplicó su producción desde que el grupo "
                                 "Cobrex tomó el control de la empresa en 2023."), "Aceros Quilla")
    assert parties(deal, "acquirer") == {"Cobrex"}
    assert "parties:main-subject-described" in deal.rules


def test_a_named_target_in_a_clause_of_time_is_not_the_main_subject(en: Language) -> None:
    found = deals(en, "Redwing Tools will close a plant, months after Halvorsen Group took "
                      "over Brisk Saws.")
    assert [parties(d, "target") for d in found] == [{"Brisk Saws"}]


# -- a named backer is an investment of its own, apart from a round told beside it ------

def test_a_spanish_backer_is_an_investor(es: Language) -> None:
    (deal,) = deals(es, "La cadena Lavatex, respaldada por Fondo Caimán, ha abierto su "
                        "segunda planta en Monterrey.")
    assert deal.type == "Investment" and deal.status == "Completed"
    assert parties(deal, "investor") == {"Fondo Caimán"}
    assert parties(deal, "investee") == {"Lavatex"}


@pytest.mark.parametrize("lang, text, backer, lead", [
    ("es", "La fintech Cobaltia, respaldada por Nopalera Capital, ha levantado 8 millones de "
           "dólares en una ronda liderada por Fondo Quetzal.", "Nopalera Capital",
     "Fondo Quetzal"),
    ("en", "Quillmate, a tutoring startup backed by Harbor Lane Capital, has raised $12 "
           "million in a round led by Sorrel Ventures.", "Harbor Lane Capital",
     "Sorrel Ventures"),
])
def test_a_backer_beside_a_round_is_apart_from_it(
        es: Language, en: Language, lang: str, text: str, backer: str, lead: str) -> None:
    found = deals(es if lang == "es" else en, text)
    (backing,) = [d for d in found if backer in parties(d, "investor")]
    (round_,) = [d for d in found if lead in parties(d, "investor")]
    assert backing is not round_
    assert backing.amount is None and round_.amount is not None
    assert "parties:backer-apart" in backing.rules


# -- a deal in a clause on a company takes no figure of the main clause ------------------

def test_a_figure_of_the_main_clause_is_no_price_of_a_background_takeover(
        en: Language) -> None:
    found = deals(en, "Redwing Tools, acquired by Halvorsen Group in 2019, will build a "
                      "$300 million plant in Ohio.")
    deal = with_target(found, "Redwing Tools")
    assert deal.amount is None


def test_a_figure_inside_the_background_clause_is_its_price(es: Language) -> None:
    found = deals(es, "Harinas Delmar, que fue adquirida por Grupo Harinero en 2021 por 90 "
                      "millones de euros, prevé abrir dos plantas.")
    deal = with_target(found, "Harinas Delmar")
    assert deal.amount is not None and deal.amount.value == 90_000_000
