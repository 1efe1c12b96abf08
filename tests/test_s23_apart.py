"""Session 23, apart5: holders whose company is told in another sentence.

A Spanish holder noun with "su" that is the subject of its clause and names its
holder in apposition ("Su accionista minoritario, el fondo Z, ya anunció ...") is a
holder of the company "su" stands for: the subject of the sentences before
(centering), as "Its largest shareholder, Z, said ..." already is in English
(kg.deals.roles, ``parties:holder-of-possessor``), when Z is a company. "Su" on an
object ("notificó a su accionista, Z") stays bound by the verb's subject, and is not
read this way.

A part held with no company named ("El fondo Z, que posee un 6 %, tampoco aceptó")
is a part of the company a takeover story is about: the target of the first takeover
the article tells, when it is also the settled topic (kg.deals.tacit,
``parties:part-of-target``), as well as the company of the lede."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FRUIT = ("Frutas Tambo", "Huerto Andino", "Bahía Agro")
LEDE = ("La cusqueña Frutas Tambo firmó una carta de intención con la chilena Huerto "
        "Andino. Frutas Tambo facturó 210 millones de soles el año pasado. ")


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


@pytest.mark.parametrize("holder", [
    "Su accionista minoritario, el fondo Bahía Agro, ya anunció que vendería en las "
    "mismas condiciones.",
    "Su principal accionista, Bahía Agro, dijo que no tiene prisa por vender.",
])
def test_su_holder_as_subject_is_the_subject_before(es: Language, holder: str) -> None:
    held = ("Investment", {"investor": {"Bahía Agro"}, "investee": {"Frutas Tambo"}})
    assert held in found(es, LEDE + holder, FRUIT)


def test_su_holder_without_a_name_in_apposition_is_no_holding(es: Language) -> None:
    text = LEDE + "Su accionista minoritario ya anunció que vendería."
    assert all("Bahía Agro" not in parties.get("investor", set())
               for _, parties in found(es, text, FRUIT))


def test_su_holder_who_is_a_person_is_left_alone(es: Language) -> None:
    # a founder's or officer's own part says who owns the company
    text = LEDE + ("Su principal accionista, el empresario Julián Orbegoso Tapia, dijo que "
                   "no tiene prisa por vender.")
    assert all(kind != "Investment" for kind, _ in found(es, text, FRUIT))


def test_su_holder_as_object_is_left_to_the_verbs_subject(es: Language) -> None:
    text = ("Frutas Tambo publicó sus cuentas. El regulador notificó a su accionista, "
            "Bahía Agro, una multa.")
    assert all(parties.get("investor") != {"Bahía Agro"} for _, parties in
               found(es, text, FRUIT))


SALMON = ("Lachs Nordvik", "Salmones Quilén", "Inversiones Paredes", "Maullín Capital")
BID = ("Salmones Quilén recibió una OPA de la noruega Lachs Nordvik, que ofrece 1.900 pesos "
       "por acción. La oferta vence el 18 de diciembre. Inversiones Paredes, que "
       "controla el 38% de Salmones Quilén, aceptó la oferta. ")


def test_a_bare_part_in_a_takeover_story_is_the_targets(es: Language) -> None:
    text = BID + "El fondo de inversión Maullín Capital, que posee un 6%, tampoco aceptó."
    held = ("Investment", {"investor": {"Maullín Capital"}, "investee": {"Salmones Quilén"}})
    assert held in found(es, text, SALMON)


def test_a_bare_part_with_the_bidder_leading_is_the_targets(es: Language) -> None:
    text = ("La noruega Lachs Nordvik decidió prorrogar su OPA por Salmones Quilén. "
            "La oferta vence el 18 de diciembre y Salmones Quilén no ha opinado. "
            "El fondo de inversión Maullín Capital, que posee un 6%, tampoco aceptó.")
    held = ("Investment", {"investor": {"Maullín Capital"}, "investee": {"Salmones Quilén"}})
    assert held in found(es, text, SALMON)


def test_a_bare_part_after_a_takeover_told_in_background_is_no_holding(es: Language) -> None:
    # the takeover of another company, told in passing, does not make the story its own
    text = ("La noruega Lachs Nordvik presentó sus resultados trimestrales. Lachs Nordvik "
            "ganó 30 millones. En 2022 se quedó con Salmones Quilén. Inversiones Paredes, "
            "que posee un 6%, no quiso opinar.")
    assert all(parties.get("investee") != {"Salmones Quilén"}
               for kind, parties in found(es, text, SALMON) if kind == "Investment")
