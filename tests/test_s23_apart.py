"""Session 23, apart5: holders whose company is told in another sentence.

A part held with no company named ("La gestora Z, que posee un 6 %, sigue sin decidir")
is a part of the company a takeover story is about: the target of the first takeover
the article tells, when it is also the settled topic (kg.deals.tacit,
``parties:part-of-target``), as well as the company of the lede."""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


CEMENT = ("Cementos Orbaneja", "Calizas del Jalón", "Inversiones Tudela", "Moncayo Capital")
BID = ("Calizas del Jalón recibió una OPA de la mexicana Cementos Orbaneja, que paga 12 euros "
       "por título. El plazo de aceptación acaba en febrero. Inversiones Tudela, dueña "
       "del 41% de Calizas del Jalón, ya ha vendido sus acciones. ")


def test_a_bare_part_in_a_takeover_story_is_the_targets(es: Language) -> None:
    text = BID + "La gestora Moncayo Capital, que posee un 6%, sigue sin decidir."
    held = ("Investment", {"investor": {"Moncayo Capital"}, "investee": {"Calizas del Jalón"}})
    assert held in found(es, text, CEMENT)


def test_a_bare_part_with_the_bidder_leading_is_the_targets(es: Language) -> None:
    text = ("La mexicana Cementos Orbaneja ha decidido extender su OPA por Calizas del Jalón. "
            "El plazo acaba en febrero y Calizas del Jalón guarda silencio. "
            "La gestora Moncayo Capital, que posee un 6%, sigue sin decidir.")
    held = ("Investment", {"investor": {"Moncayo Capital"}, "investee": {"Calizas del Jalón"}})
    assert held in found(es, text, CEMENT)


def test_a_bare_part_after_a_takeover_told_in_background_is_no_holding(es: Language) -> None:
    # the takeover of another company, told in passing, does not make the story its own
    text = ("La mexicana Cementos Orbaneja presentó sus cuentas del semestre. Cementos "
            "Orbaneja ganó 45 millones. En 2021 se quedó con Calizas del Jalón. Inversiones "
            "Tudela, que posee un 6%, declinó hacer comentarios.")
    assert all(parties.get("investee") != {"Calizas del Jalón"}
               for kind, parties in found(es, text, CEMENT) if kind == "Investment")
