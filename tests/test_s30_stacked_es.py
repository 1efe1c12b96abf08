"""Session 30, stacked-es (issue #13): Spanish deals with two or three news distortions
in one sentence (the inventory tests/data/constructions/stacked_es).

- After a fronted phrase and its comma, a name (or "la gallega X") set off before the
  verb is the clause's subject, which the small parser hangs on the fronted phrase's
  last noun; with it, the name the parser took for a subject after the verb is the
  object; and it is the first of two subjects joined by "y" when the parser kept only
  the second (kg.deals.syntax._subject_hung_on_fronted_phrase).
- A participle of completion set off after the deal noun's complements, which the
  parser hangs on the last name, describes the noun when it agrees with it: "La compra
  de Y por X, cerrada en 2019, …" is done (kg.deals.status._hung_on_complement).
- "Cafetalera" opens a company's name as the other trade adjectives do
  (lexicon/entities.toml [opening_heads]).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` pipeline comes from conftest.py


def deals(nlp: Language, text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Each deal's type, status and sorted (role, name) pairs."""
    return [(d.type, d.status, sorted((r, x.name) for r, x in d.roles))
            for d in nlp(text)._.kg_deals]


# -- the subject after a fronted phrase ---------------------------------------------------


@pytest.mark.parametrize(("text", "deal"), [
    # a description and a name ("la navarra X") hung on the fronted phrase's noun
    ("Tras el fracaso de las negociaciones amistosas, la navarra Conservas Arga, presidida "
     "por Pilar Goñi, presentó el pasado 3 de junio una OPA hostil sobre Congelados Ega por "
     "150 millones de euros.",
     ("Acquisition", "Announced", [("acquirer", "Conservas Arga"),
                                   ("target", "Congelados Ega")])),
    # a name hung on the fronted phrase, an inciso after it
    ("Tras varios intentos fallidos, Holding Cautín, a través de su filial Energía Malleco, "
     "compró el 35 % de Eléctrica Traiguén, que abastece a la región, por 70 millones de "
     "dólares.",
     ("Investment", "Completed", [("investee", "Eléctrica Traiguén"),
                                  ("investor", "Holding Cautín")])),
    # after a connective, an apposition on the name
    ("De esta forma, Corporación Huaral, la matriz de varias agroexportadoras, compró "
     "Frutícola Huacho por unos 80 millones de soles.",
     ("Acquisition", "Completed", [("acquirer", "Corporación Huaral"),
                                   ("target", "Frutícola Huacho")])),
    # the first of two partners joined by "y", a relative clause on it
    ("Para ganar tamaño frente a las grandes cadenas, Cooperativa Vinícola del Bierzo, que "
     "agrupa a 600 viticultores, y Bodegas Valdeorras Altas se fusionarán antes de final de "
     "año.",
     ("Merger", "Announced", [("partner", "Bodegas Valdeorras Altas"),
                              ("partner", "Cooperativa Vinícola del Bierzo")])),
])
def test_a_name_set_off_after_a_fronted_phrase_is_the_subject(
    es: Language, text: str, deal: tuple[str, str, list[tuple[str, str]]]
) -> None:
    assert deals(es, text) == [deal]


def test_a_name_in_a_fronted_phrase_is_no_subject_of_a_verb_in_the_first_person(
    es: Language
) -> None:
    """ "compramos": the verb's ending says who acts; the owner named is not it."""
    text = "Tras meses de negociaciones con su dueño, Grupo Nalón, compramos Hilados Sella."
    assert all(("acquirer", "Grupo Nalón") not in roles for _, _, roles in deals(es, text))


# -- a participle of completion after the deal noun's complements -------------------------


@pytest.mark.parametrize("text", [
    "La compra de Hilaturas Candás por Textil Pravia, cerrada en 2020 por 12 millones de "
    "euros, sigue en los tribunales.",
    "La compra de Hilaturas Candás por Textil Pravia, culminada en 2020, sigue en los "
    "tribunales.",
])
def test_a_completion_participle_after_the_names_tells_the_deal_done(
    es: Language, text: str
) -> None:
    assert [status for _, status, _ in deals(es, text)] == ["Completed"]


def test_a_participle_that_agrees_with_the_name_only_says_nothing_of_the_deal(
    es: Language
) -> None:
    """ "cerrado" agrees with "Grupo Pravia", not with "la compra": the group closed."""
    text = ("La compra de Hilaturas Candás por Grupo Pravia, cerrado en 2020 por quiebra, "
            "sigue en los tribunales.")
    assert [status for _, status, _ in deals(es, text)] == ["Announced"]


# -- "Cafetalera" opens a company's name --------------------------------------------------


def test_a_coffee_company_after_a_fronted_date_and_an_apposition(es: Language) -> None:
    text = ("En concreto, el pasado 20 de septiembre, Huancaya Capital Partners, el fondo de "
            "capital privado con sede en Lima, se hizo con el 18 % de Cafetalera Pangoa por "
            "unos 30 millones de soles.")
    assert deals(es, text) == [
        ("Investment", "Completed", [("investee", "Cafetalera Pangoa"),
                                     ("investor", "Huancaya Capital Partners")])
    ]
