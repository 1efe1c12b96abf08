"""Session 46, unread46: a Spanish relative "que" read as the object of a verb of
buying or selling (kg.deals.relative_object, parties:relative-object).

The small Spanish parser makes "que" the subject of its clause's verb. When the noun
it stands for is a part of a business ("su fábrica", "su red de fibra"), or another
name is the verb's subject, "que" is what is bought or sold: the seller left unsaid is
the subject of the clause the noun is in, and "a Y" names the other side.

English "bought Y from Z" with "from Z" hung by the parser on the name Y: the seller is
the verb's (kg.deals.seller_named, parties:from-on-bought-name).

Spanish verbs of giving and enabling ("dar", "otorgar", "conceder", "permitir") join
the English ones of ``benefit_verbs``: "da a X el control de Y" (parties:control-given),
"la compra de Y permitirá a X ..." (parties:event-recipient).

A raise told by a verb takes its investors from "with participation from X" hung on the
verb or the round it governs, as a round noun does; "take part" / "tomar parte" in a
round is to join it (kg.deals.roles).

Each sentence below is written for the test, about invented companies.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es``/``en`` pipelines come from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]], tuple[str, ...]]]:
    out = []
    for deal in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in deal.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((deal.type, roles, deal.rules))
    return out


# -- what is sold is a part of a business: the seller is the clause's subject ------------

@pytest.mark.parametrize("text, seller, buyer", [
    # a factory sold, the seller the subject of the clause the factory is in
    ("Hilados Moncayo anunció el cierre de su fábrica de Tarazona, que venderá a "
     "Norvale Ibérica por 12 millones de euros.", "Hilados Moncayo", "Norvale Ibérica"),
    # the clause hung on the last word of the phrase ("en Jaén"): the network is sold
    ("Telecom Brava se desprende de su red de fibra en Jaén, que venderá a Norvale "
     "Ibérica por 40 millones de euros.", "Telecom Brava", "Norvale Ibérica"),
])
def test_a_part_of_a_business_sold_in_a_relative_clause(
    es: Language, text: str, seller: str, buyer: str
) -> None:
    found = _deals(es, text)
    assert len(found) == 1
    kind, roles, rules = found[0]
    assert kind == "Acquisition"
    assert roles == {"seller": {seller}, "acquirer": {buyer}}
    assert "parties:relative-object" in rules


def test_a_plant_bought_from_a_company_in_a_relative_clause(es: Language) -> None:
    # "a Y" after a verb of buying whose object is "que" is the one bought from, not
    # a company bought (Spanish "a" before a definite object)
    found = _deals(es, "Grupo Alcesa cerró la fábrica de Soria, que compró en 2010 a "
                       "Norvale Ibérica.")
    assert [(k, r) for k, r, _ in found] == [
        ("Acquisition", {"acquirer": {"Grupo Alcesa"}, "seller": {"Norvale Ibérica"}})]


def test_the_name_after_the_verb_is_its_subject_when_a_plant_is_sold(es: Language) -> None:
    # the parser makes the buyer the object: a plant buys nothing, so it is the subject
    found = _deals(es, "La planta de envases de Teruel, que compró Norvale Ibérica a Grupo "
                       "Alcesa en 2021, cerrará en junio.")
    assert [(k, r) for k, r, _ in found] == [
        ("Acquisition", {"acquirer": {"Norvale Ibérica"}, "seller": {"Grupo Alcesa"}})]


def test_another_named_subject_makes_que_the_company_sold(es: Language) -> None:
    found = _deals(es, "Grupo Alcesa, empresa que Fondo Sierra vendió en 2015 a Norvale "
                       "Ibérica, abrirá una planta.")
    assert len(found) == 1
    kind, roles, rules = found[0]
    assert kind == "Acquisition"
    assert roles == {"target": {"Grupo Alcesa"}, "acquirer": {"Norvale Ibérica"},
                     "seller": {"Fondo Sierra"}}
    assert "parties:relative-object" in rules


# -- negatives -------------------------------------------------------------------------

def test_que_with_an_object_of_its_own_is_the_seller(es: Language) -> None:
    found = _deals(es, "Grupo Alcesa, que vendió su planta a Norvale Ibérica en 2015, "
                       "abrirá otra en Lleida.")
    assert [(k, r) for k, r, _ in found] == [
        ("Acquisition", {"seller": {"Grupo Alcesa"}, "acquirer": {"Norvale Ibérica"}})]
    assert not any("parties:relative-object" in rules for *_, rules in found)


def test_a_company_noun_with_no_other_subject_is_left_unread(es: Language) -> None:
    # "empresa que vendió a Y": "a Y" may be the company sold, or whom it sold to
    assert _deals(es, "Grupo Alcesa, empresa que vendió en 2015 a Norvale Ibérica, "
                      "abrirá una planta.") == []


def test_a_plant_that_makes_goods_for_a_client_is_no_sale(es: Language) -> None:
    assert _deals(es, "Grupo Alcesa amplió su planta de Cuenca, que produce conservas "
                      "para Norvale Ibérica.") == []


def test_a_sale_denied_in_the_relative_clause_is_no_deal(es: Language) -> None:
    assert _deals(es, "Grupo Alcesa mantiene su planta de Cuenca, que no venderá a "
                      "Norvale Ibérica, según su consejero delegado.") == []


def test_a_sale_that_may_happen_is_rumoured(es: Language) -> None:
    doc = es("Grupo Alcesa mantiene abierta su planta de Cuenca, que podría vender a "
             "Norvale Ibérica el próximo año.")
    assert [(d.type, d.status) for d in doc._.kg_deals] == [("Acquisition", "Rumoured")]


# -- English: "from Y" hung on the name bought (parties:from-on-bought-name) ------------

def test_the_seller_hung_on_the_name_bought_is_the_verbs(en: Language) -> None:
    # the parser hangs "from Brightwater Estates" on "Kestrel Farm", not on "bought"
    found = _deals(en, "Norvale Homes has bought Kestrel Farm from Brightwater Estates for "
                       "$9 million and will build 30 houses there.")
    assert len(found) == 1
    kind, roles, rules = found[0]
    assert kind == "Acquisition"
    assert roles == {"acquirer": {"Norvale Homes"}, "target": {"Kestrel Farm"},
                     "seller": {"Brightwater Estates"}}
    assert "parties:from-on-bought-name" in rules


@pytest.mark.parametrize("text", [
    # a description beside the name says where it came from, not who sold it
    "Norvale Resources bought Kestrel Labs, a spin-off from Brightwater Foods, for "
    "$9 million.",
    # a place names no party
    "Norvale Resources bought Kestrel Labs from Texas for $9 million.",
])
def test_no_seller_from_a_description_or_a_place(en: Language, text: str) -> None:
    found = _deals(en, text)
    assert [(k, r) for k, r, _ in found] == [
        ("Acquisition", {"acquirer": {"Norvale Resources"}, "target": {"Kestrel Labs"}})]


@pytest.mark.parametrize("verb", ["compró", "vendió"])
def test_a_subsidiary_may_buy_or_sell_itself(es: Language, verb: str) -> None:
    # "su filial, que compró a Y": the subsidiary may have bought Y; left unread
    assert _deals(es, f"Grupo Alcesa tiene una filial, que {verb} a Norvale Ibérica "
                      "en 2019.") == []


# -- Spanish verbs of giving and enabling (lexicon benefit_verbs) -----------------------

@pytest.mark.parametrize("text, rule", [
    # control given to a company: it takes the company over (parties:control-given)
    ("El pacto otorga a Norvale Ibérica el control de Conservas Tajuña.",
     "parties:control-given"),
    # a deal noun the subject of "permitir": its recipient is the buyer
    ("La compra de Conservas Tajuña permitirá a Norvale Ibérica duplicar su producción.",
     "parties:event-recipient"),
])
def test_the_one_given_control_or_enabled_by_a_purchase_buys(
    es: Language, text: str, rule: str
) -> None:
    found = _deals(es, text)
    assert len(found) == 1
    kind, roles, rules = found[0]
    assert kind == "Acquisition"
    assert roles == {"acquirer": {"Norvale Ibérica"}, "target": {"Conservas Tajuña"}}
    assert rule in rules


def test_a_licence_granted_is_no_deal(es: Language) -> None:
    assert _deals(es, "El regulador concedió a Norvale Ibérica una licencia para operar "
                      "en Perú.") == []


def test_control_given_to_clients_is_no_deal(es: Language) -> None:
    assert _deals(es, "Grupo Alcesa da a sus clientes el control de sus pedidos.") == []


# -- English rounds: "with participation from X" on the verb; "take part in" -----------

@pytest.mark.parametrize("text", [
    # hung on the verb of raising, not on a round noun
    "Kestrel Labs raised $20 million with participation from Norvale Capital.",
    # hung on the round the closing verb governs
    "Kestrel Labs closed a funding round with participation from Norvale Capital.",
])
def test_participation_from_an_investor_in_a_raise(en: Language, text: str) -> None:
    found = _deals(en, text)
    assert [(k, r) for k, r, _ in found] == [
        ("Investment", {"investee": {"Kestrel Labs"}, "investor": {"Norvale Capital"}})]


def test_participation_in_something_else_the_money_funds_is_no_investor(
    en: Language
) -> None:
    # another verb between: the plant was built with it, the raise names no investor
    assert _deals(en, "Kestrel Labs raised $20 million to fund a plant built with "
                      "participation from Norvale Capital.") == []


@pytest.mark.parametrize("lang, text, investee", [
    ("en", "Norvale Capital took part in a $20 million round for Kestrel Labs.",
     "Kestrel Labs"),
    # (the Spanish parse makes "parte" a compound of the verb; without the rule the
    # round's "de" company was read as its investor)
    ("es", "Norvale Capital tomó parte en la ronda de 20 millones de euros de Conservas "
           "Tajuña.", "Conservas Tajuña"),
])
def test_taking_part_in_a_round_is_investing(
    en: Language, es: Language, lang: str, text: str, investee: str
) -> None:
    found = _deals(en if lang == "en" else es, text)
    assert [(k, r) for k, r, _ in found] == [
        ("Investment", {"investee": {investee}, "investor": {"Norvale Capital"}})]


def test_taking_part_in_a_meeting_is_no_deal(es: Language) -> None:
    assert _deals(es, "Norvale Capital tomó parte en la junta de Conservas Tajuña.") == []
