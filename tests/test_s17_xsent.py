"""Deals told across sentences (session 17, helper xsent): the discourse center a
later sentence continues (kg.deals.discourse, centering). Sentences written for these
tests, with invented companies.

A subject left unsaid ("En 2022 adquirió X"), a description ("The firm bought X")
or a pronoun ("In 2022 it acquired X") continues the company the sentence just
before tells as the subject of a clause below its main one (a reported clause, a
cleft, a clause of belief) when its main subject is no company; only then is a
sentence further back asked. The main clause's company still comes first, and a
company told in a clause below the main one two sentences back does not beat the
subject of an earlier main clause.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def acquirer_of(found: list, target: str) -> set[str]:
    (deal,) = [d for d in found if target in parties(d, "target")]
    return parties(deal, "acquirer")


CONTINUED_EN = [
    # a reported clause: the main subject is the person who told it
    "Harlan Mutual said on Monday that it had hired advisers.\n\n"
    "Tessaro Foods, which makes frozen pastries, plans to expand in Canada, chief "
    "executive Mara Quill told analysts on a call. The company already owns Pellow "
    "Bakeries, which it bought in 2022.",
    # a clause of belief
    "Harlan Mutual said on Monday that it had hired advisers.\n\n"
    "Analysts expect that Tessaro Foods will keep growing through purchases. In 2022 it "
    "acquired Pellow Bakeries for $120 million.",
    # sources said ...
    "Ridley Capital reported higher profit on Monday.\n\n"
    "People familiar with the matter said Tessaro Foods is weighing a bid for a rival. "
    "The firm bought Pellow Bakeries last year for $90 million.",
]


@pytest.mark.parametrize("text", CONTINUED_EN)
def test_a_pronoun_or_description_continues_the_company_of_a_clause_below(
    en: Language, text: str
) -> None:
    assert acquirer_of(deals(en, text), "Pellow Bakeries") == {"Tessaro Foods"}


CONTINUED_ES = [
    # a cleft: "No es la primera vez que X ..."
    "El banco Arenal Capital ha contratado asesores para la operación.\n\n"
    "No es la primera vez que Conservas Miramar crece a golpe de compras. En 2022 "
    "adquirió la envasadora gallega Envasados Brétema S.A. por 85 millones de euros.",
    # a reported clause with a description as the next subject
    "El fondo Arenal Capital publicó resultados el lunes.\n\n"
    "Según fuentes del sector, la gallega Conservas Miramar prepara nuevas compras en "
    "Portugal, explicó su presidenta, Lucía Varela. La empresa adquirió en 2021 la "
    "envasadora Envasados Brétema S.A. por 40 millones de euros.",
    # a clause of belief, then a dropped subject
    "El fondo Arenal Capital publicó resultados el lunes.\n\n"
    "Los analistas creen que Conservas Miramar seguirá creciendo con compras. En 2023 "
    "adquirió la envasadora Envasados Brétema S.A. por 60 millones de euros.",
]


@pytest.mark.parametrize("text", CONTINUED_ES)
def test_a_dropped_subject_continues_the_company_of_a_clause_below(
    es: Language, text: str
) -> None:
    assert acquirer_of(deals(es, text), "Envasados Brétema") == {"Conservas Miramar"}


def test_the_main_clause_company_comes_before_one_in_a_clause_below(en: Language) -> None:
    text = ("Tessaro Foods said analysts expect Harlan Mutual to keep buying. In 2022 it "
            "acquired Pellow Bakeries for $120 million.")
    assert acquirer_of(deals(en, text), "Pellow Bakeries") == {"Tessaro Foods"}


def test_a_clause_below_two_sentences_back_is_not_the_center(es: Language) -> None:
    text = ("Arenal Capital cerró el trimestre con beneficios. Los analistas creen que "
            "Conservas Miramar seguirá creciendo. Los mercados cerraron al alza. En 2022 "
            "adquirió la envasadora Envasados Brétema S.A. por 85 millones de euros.")
    assert "Conservas Miramar" not in acquirer_of(deals(es, text), "Envasados Brétema")


def test_a_company_noun_as_the_main_subject_keeps_the_center(en: Language) -> None:
    # "the companies" is the center: "the bank" is the bank among them, not the
    # subject of the clause they reported
    text = ("Orvane Software has agreed to sell a minority stake to Castlereagh Bank, the "
            "companies said on Monday. The bank will pay $45 million for the 12% holding.")
    (deal,) = deals(en, text)
    assert parties(deal, "investor") == {"Castlereagh Bank"}
    assert deal.amount is not None and deal.amount.value == 45_000_000


def test_words_quoted_are_the_speakers_not_the_center(en: Language) -> None:
    # the quote is about a unit; "the company" is still the one the story is about
    text = ("Tessaro Foods reported higher profit on Monday, helped by Pellow Bakeries, the "
            "bakery chain it bought in March.\n\n"
            '"Pellow Bakeries is running ahead of our plan," chief executive Mara Quill told '
            "analysts. The company also sold its frozen pizza unit to Quorn Atlas for $40 "
            "million.")
    (sale,) = [d for d in deals(en, text) if "Quorn Atlas" in parties(d, "acquirer")]
    assert parties(sale, "seller") == {"Tessaro Foods"}


CONDITIONS = [
    ("en", "Tessaro Foods reported higher profit on Monday.\n\nTraders said the shares could "
           "rise further if Quorn Atlas makes a bid. The company bought Pellow Bakeries last "
           "year for $90 million.", "Pellow Bakeries", "Tessaro Foods"),
    ("es", "Conservas Miramar publicó resultados el lunes.\n\nLos analistas creen que las "
           "acciones subirán si Arenal Capital lanza una oferta. La empresa adquirió en 2023 "
           "la envasadora Envasados Brétema S.A. por 60 millones de euros.",
     "Envasados Brétema", "Conservas Miramar"),
]


@pytest.mark.parametrize(("lang", "text", "target", "buyer"), CONDITIONS)
def test_a_company_in_a_condition_is_not_the_center(
    en: Language, es: Language, lang: str, text: str, target: str, buyer: str
) -> None:
    nlp = en if lang == "en" else es
    assert acquirer_of(deals(nlp, text), target) == {buyer}


# -- the owner of the subject --------------------------------------------------------

OWNED_SUBJECT = [
    ("en", "Ridley Capital reported higher profit on Monday.\n\nThe shares of Tessaro Foods "
           "rose 6% after its results. The company bought Pellow Bakeries last year for $90 "
           "million.", "Pellow Bakeries", "Tessaro Foods"),
    ("en", "Ridley Capital reported higher profit on Monday.\n\nTessaro Foods's chief "
           "executive, Mara Quill, has promised more growth. In 2022 it bought Pellow "
           "Bakeries for $90 million.", "Pellow Bakeries", "Tessaro Foods"),
    ("es", "El fondo Arenal Capital publicó resultados el lunes.\n\nNo es el primer intento "
           "de Conservas Miramar de crecer fuera de Galicia. En 2023 adquirió la envasadora "
           "Envasados Brétema S.A. por 60 millones de euros.",
     "Envasados Brétema", "Conservas Miramar"),
    ("es", "El fondo Arenal Capital publicó resultados el lunes.\n\nLas acciones de "
           "Conservas Miramar subieron un 4% tras la noticia. La empresa adquirió en 2023 la "
           "envasadora Envasados Brétema S.A. por 60 millones de euros.",
     "Envasados Brétema", "Conservas Miramar"),
]


@pytest.mark.parametrize(("lang", "text", "target", "buyer"), OWNED_SUBJECT)
def test_the_owner_of_the_subject_before_is_the_center(
    en: Language, es: Language, lang: str, text: str, target: str, buyer: str
) -> None:
    nlp = en if lang == "en" else es
    assert acquirer_of(deals(nlp, text), target) == {buyer}


def test_a_merger_negotiated_by_the_company_that_owns_the_subject_before(
    es: Language,
) -> None:
    text = ("El fondo Arenal Capital publicó resultados el lunes.\n\nNo es el primer intento "
            "de Conservas Miramar de crecer con compras. En 2023 la empresa negoció una fusión "
            "con Envasados Brétema S.A., pero las conversaciones se rompieron.")
    (deal,) = deals(es, text)
    assert parties(deal, "partner") == {"Conservas Miramar", "Envasados Brétema"}


def test_a_company_after_another_preposition_owns_no_subject(en: Language) -> None:
    text = ("Tessaro Foods reported higher profit on Monday.\n\nAnalysts at Quorn Atlas raised "
            "their forecasts. The company bought Pellow Bakeries last year for $90 million.")
    assert acquirer_of(deals(en, text), "Pellow Bakeries") == {"Tessaro Foods"}
