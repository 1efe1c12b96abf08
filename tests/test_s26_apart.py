"""Session 26, apart8: the writer's short name for a company whose name carries its
trade in the plural.

"Kelso Grain Mills Company" is later "the mill"; "Harrow Lake Resorts Ltd" is later
"the resort": the description's noun is the singular of the name's head
(kg.deals.namesake). Before this, the
description went to the subject of the sentence before or to the company named last.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.namesake import _last_word, _plural

pytestmark = pytest.mark.model  # the ``en`` pipeline comes from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    out = []
    for deal in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in deal.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((deal.type, roles))
    return out


def _parties(found: list[tuple[str, dict[str, set[str]]]], kind: str) -> set[str]:
    return {name for k, roles in found if k == kind for names in roles.values() for name in names}


@pytest.mark.parametrize("word, plural", [
    ("mill", "mills"), ("refinery", "refineries"), ("business", "businesses"),
    ("bay", "bays"), ("resort", "resorts"),
])
def test_the_plural_a_name_writes_its_trade_in(word: str, plural: str) -> None:
    assert _plural(word) == plural


def test_company_after_the_trade_word_is_the_legal_form() -> None:
    assert _last_word("Kelso Grain Mills Company") == "mills"
    assert _last_word("Acme Company") == ""  # one word left: no trade word


def test_the_singular_of_a_plural_trade_name_is_that_company(en: Language) -> None:
    text = ("The state sold 51 per cent of Kelso Grain Mills Company to Fenwick Foods Ltd "
            "in March. After the takeover the mill agreed a supply contract with "
            "Brightwater Oil Trading covering 4,000 tonnes each year.")
    found = _deals(en, text)
    supply = _parties(found, "PurchaseAgreement")
    assert supply == {"Kelso Grain Mills", "Brightwater Oil Trading"}


def test_the_company_alone_still_means_the_story_s_company(en: Language) -> None:
    # no trade word before "company": the namesake rule leaves it to the others
    text = ("Ostrava Steel Mills Ltd buys scrap from Pell Metals. Marrick Holdings agreed to "
            "buy Dunmore Bakeries for $80 million. The company said the deal would close "
            "in May.")
    found = _deals(en, text)
    bought = [roles for kind, roles in found if kind == "Acquisition"]
    assert bought and all("Ostrava Steel Mills" not in names
                          for roles in bought for names in roles.values())


# -- "our shareholder": a holder noun owned by the first person plural ---------------
#
# "X has been our shareholder since 2022", "X es accionista nuestro", "Nuestro mayor
# accionista es X": the company held is the one the text speaks for, as "we" is read
# (the speaker's company, else the article's own voice; kg.deals.refer.our_voice in
# kg.deals.roles._holder_of_possessor).

def _investments(found: list[tuple[str, dict[str, set[str]]]]) -> list[dict[str, set[str]]]:
    return [roles for kind, roles in found if kind == "Investment"]


@pytest.mark.parametrize("said", [
    "Fondo Cóndor Andino es accionista nuestro desde hace tres años.",
    "Fondo Cóndor Andino es nuestro accionista desde hace tres años.",
])
def test_our_shareholder_in_a_transcript_is_the_speaker_s_company(
        es: Language, said: str) -> None:
    text = ("Transcripción de la rueda de prensa de Rodrigo Peralta, director general de "
            f"Grupo Itapé.\n\nPERALTA: {said}")
    assert {"investor": {"Fondo Cóndor Andino"}, "investee": {"Grupo Itapé"}} in \
        _investments(_deals(es, text))


def test_our_largest_shareholder_in_a_letter_is_the_letter_s_company(es: Language) -> None:
    text = ("Carta de Grupo Itapé a sus clientes.\n\nEstimados clientes: este año abrimos "
            "tres tiendas. Nuestro mayor accionista es Fondo Cóndor Andino.")
    assert {"investor": {"Fondo Cóndor Andino"}, "investee": {"Grupo Itapé"}} in \
        _investments(_deals(es, text))


def test_our_shareholder_said_by_a_chief_executive_is_her_company(en: Language) -> None:
    text = ('Brackwater Foods said on Monday its sales rose 8%. Brackwater Foods chief '
            'executive Ana Ross said: "Tarn Valley Capital has been our shareholder since '
            '2021, with 15%."')
    assert {"investor": {"Tarn Valley Capital"}, "investee": {"Brackwater Foods"}} in \
        _investments(_deals(en, text))


def test_a_third_person_possessive_is_left_to_its_antecedent(es: Language) -> None:
    # "su accionista" is the company the clause is about, not the text's voice
    text = ("Carta de Grupo Itapé a sus clientes.\n\nLa cadena Almacenes Tarumá abrió dos "
            "tiendas. Fondo Cóndor Andino es su accionista con un quinto del capital.")
    investees = [r.get("investee") for r in _investments(_deals(es, text))]
    assert {"Grupo Itapé"} not in investees


# -- "the biggest holder": a ranked holder noun with no company of its own -----------
#
# "Who owns Corran Water Services? The biggest shareholder is Ashby Ridge Capital":
# a relational noun ranked among a company's holders, with no possessor or "of"-
# complement, is anchored by the discourse (bridging) to the settled topic before it
# (kg.deals.roles._holder_of_topic).

def test_the_biggest_shareholder_after_a_question_is_the_topic_s(en: Language) -> None:
    text = ("Corran Water Services trucks and recycles water for drillers. Last week Corran "
            "Water Services agreed to merge with Tellick Oil. Who owns Corran Water "
            "Services? The biggest shareholder is Ashby Ridge Capital, with about 40%.")
    assert {"investor": {"Ashby Ridge Capital"}, "investee": {"Corran Water Services"}} in \
        _investments(_deals(en, text))


def test_a_fund_said_to_be_the_largest_shareholder_holds_the_topic(en: Language) -> None:
    text = ("Corran Water Services trucks and recycles water for drillers. Corran Water "
            "Services had revenue of $38 million. Ashby Ridge Capital is the largest "
            "shareholder, with about 40%.")
    assert {"investor": {"Ashby Ridge Capital"}, "investee": {"Corran Water Services"}} in \
        _investments(_deals(en, text))


def test_el_mayor_accionista_is_the_topic_s(es: Language) -> None:
    text = ("Lácteos Tambo Alto elabora quesos en Tandil. Lácteos Tambo Alto facturó 40 "
            "millones en 2025. El mayor accionista es el fondo Pampa Verde Capital, con el "
            "35 %.")
    assert {"investor": {"Pampa Verde Capital"}, "investee": {"Lácteos Tambo Alto"}} in \
        _investments(_deals(es, text))


def test_an_unranked_or_anchored_holder_is_left_alone(en: Language) -> None:
    # no ranking word: "a shareholder" says nothing of whose; an unsettled topic neither
    text = ("Tellick Oil agreed to buy Corran Water Services for $140 million. Ashby Ridge "
            "Capital is a shareholder, with 4%.")
    assert not any(r.get("investor") == {"Ashby Ridge Capital"}
                   for r in _investments(_deals(en, text)))


def test_the_biggest_holder_is_a_shareholder_a_licence_holder_none(en: Language) -> None:
    # the bare "holder" is read as a shareholder only when ranked (frames._ranked_holder)
    asked = ("Corran Water Services trucks and recycles water for drillers. Last week Corran "
             "Water Services agreed to merge with Tellick Oil. Who owns Corran Water "
             "Services? The biggest holder is Ashby Ridge Capital, with about 40%.")
    assert {"investor": {"Ashby Ridge Capital"}, "investee": {"Corran Water Services"}} in \
        _investments(_deals(en, asked))
    licence = ("Tellick Oil agreed to buy Corran Water Services. Ashby Ridge Capital, a "
               "holder of drilling licences, backed the deal.")
    assert not _investments(_deals(en, licence))
