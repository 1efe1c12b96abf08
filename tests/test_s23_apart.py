"""Session 23, apart5: holders whose company is told in another sentence.

A part held with no company named ("El fondo Z, que posee un 6 %, tampoco aceptó")
is a part of the company a takeover story is about: the target of the first takeover
the article tells, when it is also the settled topic (kg.deals.tacit,
``parties:part-of-target``), as well as the company of the lede."""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


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
