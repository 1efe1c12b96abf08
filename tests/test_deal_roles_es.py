"""Deal parties and their roles on Spanish news sentences written for these tests: the
direction of a deal, parties in another clause or sentence, consortia and companions,
nominal and headline frames, and the names that are not parties (kg.deals.roles,
kg.deals.linear, kg.deals.refer, kg.deals.context). The organisations are given by
hand, so that an entity miss does not hide what the deal rules do."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.deals.context import dateline_sources
from kg.facts import Deal, Entity, Span

pytestmark = pytest.mark.model


NAMES = (
    "Telefónica", "Ibercom", "Repsol", "Netmedia", "Ardian", "KKR", "Cinven", "Goldman Sachs",
    "Uría Menéndez", "EFE", "Kibo Ventures", "Aurelia Foods", "Grupo Brisa",
)



def _org(text: str, name: str) -> Entity | None:
    spans = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            spans.append(Span(start, end, name))
        start = text.find(name, start + 1)
    return Entity("org", name, mentions=tuple(spans)) if spans else None


def deals_among(nlp: Language, text: str, names: tuple[str, ...]) -> list[Deal]:
    """The deals of ``text``, with the organisations of ``names`` given by hand (whole
    words only) and the people the pipeline finds."""
    doc = nlp.make_doc(text)
    for pipe_name, proc in nlp.pipeline:
        doc = proc(doc)
        if pipe_name == "kg_entities":
            people = [e for e in doc._.kg_entities if e.kind == "person"]
            orgs = [e for e in (_org(text, n) for n in names) if e is not None]
            doc._.kg_entities = orgs + people
    found: list[Deal] = doc._.kg_deals
    return found


def deals(nlp: Language, text: str) -> list[Deal]:
    """``deals_among`` the organisations of ``NAMES``."""
    return deals_among(nlp, text, NAMES)


def roles(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


def one(nlp: Language, text: str) -> tuple[str, dict[str, set[str]]]:
    (deal,) = deals(nlp, text)
    return deal.type, roles(deal)


# -- headlines and ledes in the present tense (kg.deals.linear) -------------------------


def test_a_headline_present_tense_verb_the_parser_tags_a_noun_is_the_verb(es: Language) -> None:
    assert one(es, "Telefónica compra Ibercom por 500 millones de euros") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


def test_a_headline_verb_keeps_its_seller_after_the_object(es: Language) -> None:
    assert one(es, "Telefónica compra Ibercom a Repsol por 500 millones") == (
        "Acquisition",
        {"acquirer": {"Telefónica"}, "target": {"Ibercom"}, "seller": {"Repsol"}},
    )


def test_the_noun_compra_with_its_article_stays_a_noun(es: Language) -> None:
    assert one(es, "Telefónica cierra la compra de Ibercom por 500 millones de euros.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


# -- arguments the parser hangs on the name before them ----------------------------------


def test_the_buyer_hung_on_the_sold_unit_is_the_acquirer(es: Language) -> None:
    assert one(es, "Repsol ha vendido su filial Ibercom a Telefónica.") == (
        "Acquisition",
        {"seller": {"Repsol"}, "target": {"Ibercom"}, "acquirer": {"Telefónica"}},
    )


def test_a_bid_of_x_on_y_is_read_forwards(es: Language) -> None:
    assert one(es, "La OPA de Telefónica sobre Ibercom fue aceptada por el 90 % del capital.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


def test_the_seller_of_a_nominal_purchase_after_the_target(es: Language) -> None:
    _, found = one(es, "Telefónica ha cerrado la compra de Ibercom a Repsol por 500 millones.")
    assert found == {"acquirer": {"Telefónica"}, "target": {"Ibercom"}, "seller": {"Repsol"}}


def test_a_whole_company_bought_as_a_percentage_without_preposition(es: Language) -> None:
    assert one(es, "Telefónica ha adquirido el 100 % de Ibercom.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


def test_a_minority_percentage_bought_is_an_investment(es: Language) -> None:
    assert one(es, "Telefónica compra el 20 % de Ibercom") == (
        "Investment", {"investor": {"Telefónica"}, "investee": {"Ibercom"}}
    )


def test_a_stake_sold_to_a_buyer_gives_one_investment(es: Language) -> None:
    assert one(es, "Repsol vendió su participación del 30 % en Ibercom a Telefónica.") == (
        "Investment",
        {"seller": {"Repsol"}, "investee": {"Ibercom"}, "investor": {"Telefónica"}},
    )


# -- parties in another clause or sentence ------------------------------------------------


def test_a_company_reporting_its_own_purchase_is_the_acquirer(es: Language) -> None:
    assert one(es, "Telefónica informó de que ha adquirido el 100 % de Ibercom.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


def test_a_dropped_subject_with_the_object_parsed_as_subject(es: Language) -> None:
    text = (
        "Telefónica ha cerrado varias compras este año. "
        "En marzo adquirió Ibercom por 500 millones de euros."
    )
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})


def test_the_one_a_seller_agrees_with_is_the_buyer(es: Language) -> None:
    _, found = one(es, "Repsol ha acordado con Telefónica la venta de Ibercom por 500 millones.")
    assert found == {"seller": {"Repsol"}, "target": {"Ibercom"}, "acquirer": {"Telefónica"}}


def test_the_one_a_buyer_negotiates_with_is_the_seller(es: Language) -> None:
    _, found = one(es, "Telefónica negocia con Repsol la compra de Ibercom.")
    assert found == {"acquirer": {"Telefónica"}, "target": {"Ibercom"}, "seller": {"Repsol"}}


# -- consortia and companions ---------------------------------------------------------------


def test_every_member_of_a_consortium_is_an_acquirer(es: Language) -> None:
    text = "Un consorcio formado por Ardian, KKR y Cinven compró Ibercom por 2.000 millones."
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Ardian", "KKR", "Cinven"}, "target": {"Ibercom"}}
    )


@pytest.mark.parametrize("text", [
    "KKR, junto a Cinven, ha comprado Ibercom.",
    "KKR ha comprado Ibercom junto con Cinven por 2.000 millones de euros.",
])
def test_a_companion_of_the_buyer_buys_too(es: Language, text: str) -> None:
    assert one(es, text) == ("Acquisition", {"acquirer": {"KKR", "Cinven"}, "target": {"Ibercom"}})


# -- nominal frames -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "KKR entra en el capital de Ibercom",
    "La entrada de KKR en el capital de Ibercom se produjo en mayo.",
])
def test_entering_a_company_s_capital_is_an_investment(es: Language, text: str) -> None:
    assert one(es, text) == ("Investment", {"investor": {"KKR"}, "investee": {"Ibercom"}})


def test_entering_a_market_is_no_deal(es: Language) -> None:
    assert deals(es, "La entrada de Telefónica en el mercado brasileño se produjo en mayo.") == []


def test_keeping_a_company_is_taking_it_over(es: Language) -> None:
    assert one(es, "Telefónica se queda con Ibercom por 500 millones") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


# -- names that are not parties ---------------------------------------------------------------


def test_an_officer_announcing_a_purchase_speaks_for_the_company(es: Language) -> None:
    text = (
        "El consejero delegado de Telefónica, José María Ortega, anunció la compra de Ibercom."
    )
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})


# -- bids -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "KKR ha presentado una oferta de 500 millones de euros por Ibercom.",
    "KKR ha lanzado una oferta pública de adquisición sobre el 100 % de Ibercom.",
    "KKR ha lanzado una opa sobre el 100 % de Ibercom.",
    "Telefónica ha recibido una oferta de KKR por Ibercom.",
])
def test_an_offer_for_a_company_is_a_bid_by_its_maker(es: Language, text: str) -> None:
    assert one(es, text) == ("Acquisition", {"acquirer": {"KKR"}, "target": {"Ibercom"}})


def test_an_offer_of_products_is_no_deal(es: Language) -> None:
    assert deals(es, "Telefónica ha lanzado una oferta de fibra para sus clientes.") == []


def test_a_deal_noun_under_a_verb_with_a_dropped_subject(es: Language) -> None:
    text = (
        "Telefónica ha presentado un plan estratégico. "
        "Además, ha cerrado la compra de Ibercom por 500 millones de euros."
    )
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})


@pytest.mark.parametrize(("text", "source"), [
    ("SEVILLA, 4 (NOTICIAS SUR) KKR ha comprado Ibercom.", "SUR"),
    ("SEVILLA (Noticias Sur) - KKR ha comprado Ibercom.", "Noticias Sur"),
    ("Titular\n\nLONDON, May 3 (Wire One) - KKR bought Ibercom.", "Wire One"),
])
def test_the_source_of_a_dateline_is_never_a_party(text: str, source: str) -> None:
    doc = spacy.blank("es")(text)
    names = [_org(text, n) for n in (source, "KKR", "Ibercom")]
    found = dateline_sources(doc, [e for e in names if e is not None])
    assert {ref.name for ref in found} == {source}


def test_a_bracketed_name_inside_a_sentence_is_no_dateline() -> None:
    text = "KKR ha comprado Ibercom (Grupo Brisa) por 500 millones."
    doc = spacy.blank("es")(text)
    names = [_org(text, n) for n in ("Grupo Brisa", "KKR", "Ibercom")]
    assert dateline_sources(doc, [e for e in names if e is not None]) == set()


def test_an_adviser_is_not_the_buyer_the_one_advised_is(es: Language) -> None:
    assert one(es, "Goldman Sachs ha asesorado a Telefónica en la compra de Ibercom.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


def test_an_adviser_is_not_the_seller(es: Language) -> None:
    _, found = one(es, "Uría Menéndez ha asesorado a Repsol en la venta de Ibercom a KKR.")
    assert found == {"seller": {"Repsol"}, "target": {"Ibercom"}, "acquirer": {"KKR"}}


def test_advisers_named_after_the_deal_take_no_part(es: Language) -> None:
    text = (
        "Telefónica compró Ibercom por 500 millones de euros, asesorada por Goldman Sachs "
        "y Uría Menéndez."
    )
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})


# -- rounds: who takes part ------------------------------------------------------------------


def test_investors_taking_part_in_a_round_with_its_leader(es: Language) -> None:
    text = (
        "Ibercom cerró una ronda de 20 millones de euros liderada por Kibo Ventures, "
        "con la participación de Ardian y Cinven."
    )
    assert one(es, text) == (
        "Investment", {"investee": {"Ibercom"}, "investor": {"Kibo Ventures", "Ardian", "Cinven"}}
    )


def test_the_subjects_of_taking_part_in_a_round_are_one_round_s_investors(
    es: Language,
) -> None:
    assert one(es, "Ardian y Cinven participaron en la ronda de Ibercom.") == (
        "Investment", {"investee": {"Ibercom"}, "investor": {"Ardian", "Cinven"}}
    )


def test_the_leader_of_a_round_and_those_in_a_relative_clause(es: Language) -> None:
    text = (
        "Kibo Ventures lideró la ronda de 20 millones de euros en Ibercom, en la que también "
        "participaron Ardian y Cinven."
    )
    assert one(es, text) == (
        "Investment", {"investee": {"Ibercom"}, "investor": {"Kibo Ventures", "Ardian", "Cinven"}}
    )


# -- the object marked with "a" ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "La estadounidense Telefónica compró a la mexicana Ibercom por 225 millones de dólares.",
    "Telefónica absorberá a Ibercom.",
])
def test_an_object_marked_with_a_is_the_target(es: Language, text: str) -> None:
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})


@pytest.mark.parametrize("text", [
    "Telefónica adquirió a Repsol el 100 % de Ibercom.",
    "Telefónica compró Ibercom a Repsol.",
])
def test_beside_an_object_a_marks_the_seller(es: Language, text: str) -> None:
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}, "seller": {"Repsol"}}
    )


def test_buying_the_whole_of_a_company_is_taking_it_over(es: Language) -> None:
    assert one(es, "Telefónica adquirió la totalidad de Ibercom.") == (
        "Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}}
    )


# -- the seller told beside the target --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "KKR ha comprado Ibercom, filial de Repsol, por 500 millones de euros.",
    "Ibercom, propiedad de Repsol, fue adquirida por KKR.",
])
def test_the_owner_of_the_company_bought_is_the_seller(es: Language, text: str) -> None:
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"KKR"}, "target": {"Ibercom"}, "seller": {"Repsol"}}
    )


def test_a_buyer_named_by_its_role_in_the_next_sentence(es: Language) -> None:
    deal = deals(es, "Repsol ha acordado la venta de Ibercom. El comprador es KKR.")[0]
    assert roles(deal) == {"seller": {"Repsol"}, "target": {"Ibercom"}, "acquirer": {"KKR"}}
    assert "parties:role-noun" in deal.rules


# -- headlines without a verb ----------------------------------------------------------------


def test_a_nominal_headline_with_its_buyer(es: Language) -> None:
    assert one(es, "Venta de Ibercom a KKR por 500 millones") == (
        "Acquisition", {"acquirer": {"KKR"}, "target": {"Ibercom"}}
    )


def test_the_name_an_infinitive_clause_describes_is_its_subject(es: Language) -> None:
    _, found = one(es, "Telefónica y Repsol, a punto de cerrar la venta de Ibercom a KKR")
    assert found == {"seller": {"Telefónica", "Repsol"}, "target": {"Ibercom"}, "acquirer": {"KKR"}}


def test_a_headline_verb_the_parser_takes_for_part_of_the_name(es: Language) -> None:
    assert one(es, "Repsol culmina la venta de Ibercom a KKR") == (
        "Acquisition", {"seller": {"Repsol"}, "target": {"Ibercom"}, "acquirer": {"KKR"}}
    )


def test_a_purchase_without_agent_is_the_previous_sentence_subject_s(es: Language) -> None:
    text = (
        "Telefónica anunció ayer sus resultados trimestrales. "
        "La compra de Ibercom, cerrada en marzo, aportó 50 millones de euros."
    )
    assert one(es, text) == ("Acquisition", {"acquirer": {"Telefónica"}, "target": {"Ibercom"}})
