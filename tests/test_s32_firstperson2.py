"""Session 32, helper firstperson2 (issue #13): first-person deals the parser breaks,
the speaker known from the text's frame (a letter signed by the company).

- A company's name after a Spanish verb in the first person plural is its object,
  not its subject ("En abril compramos Viñedos del Duratón"; a name is in the third
  person): ``kg.deals.syntax._named_after_we``; "compramos los españoles más coches"
  (a group the speaker is in) and a singular "compraría X el 30 %" keep their subject.
- "Suscribimos el 30 % de Y": subscribing a part of a company takes a stake, as
  "tomar" does (lexicon take_v "suscribir"); "suscribió un convenio" stays a signing.
- "En abril compramos Y", "vendimos Y a Z": the first person plural of the preterite
  that the tagger reads as a present tells a takeover done (``kg.deals.status._we_did``);
  "compraremos Y" does not.
- "X nos invirtió 3 millones", "X invested $5 million in us", "X nos compró": the
  first person plural as an object is the text's voice
  (``kg.deals.first_person.object_us``); "nos hicimos con", "nos asociamos" are
  reflexive, and "X nos vendió su planta" a dative.
- "Firmamos un convenio con Y" opening a sentence and tagged as a name: the first
  person plural of a verb of signing (``kg.deals.first_person.opening_we``); a surname
  ("Ramos Consultores") is none. (Also "Seguimos negociando ..." so tagged was tried:
  a false deal on a closed half.)
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.syntax import direct_objects, subjects
from kg.extract import article_doc
from kg.facts import Article, Deal

pytestmark = pytest.mark.model  # the ``es``/``en`` pipelines come from conftest.py

_LETTER_ES = "Estimados accionistas:\n\n{}\n\nAtentamente,\nMarta Lozano, presidenta de {}\n"
_LETTER_EN = "Dear shareholders,\n\n{}\n\nYours sincerely,\nMarta Lowe\nChair, {}\n"


def _deals(nlp: Language, text: str) -> list[Deal]:
    article = Article(id="fp2-test", text=text, lang=nlp.lang)
    return list(nlp(article_doc(nlp, article))._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _all_roles(deals: list[Deal]) -> set[tuple[str, str]]:
    return set().union(set(), *map(_roles, deals))


# -- a name after "compramos" is its object ---------------------------------------------


@pytest.mark.parametrize("sentence, verb, name", [
    ("En abril compramos Viñedos del Duratón por 12 millones de euros.", "compramos",
     "Viñedos"),
    ("En 2023 adquirimos Transportes Olmedo.", "adquirimos", "Transportes"),
    ("Este año vendimos Lácteos Bulnes a Quesos Tresviso.", "vendimos", "Lácteos"),
])
def test_a_name_after_a_first_plural_verb_is_its_object(
    es: Language, sentence: str, verb: str, name: str
) -> None:
    doc = es(sentence)
    v = next(t for t in doc if t.lower_ == verb)
    assert not subjects(v)
    assert name in {t.text for t in direct_objects(v)}


def test_the_name_bought_in_a_signed_letter(es: Language) -> None:
    text = _LETTER_ES.format("En abril compramos Viñedos del Duratón por 12 millones de "
                             "euros.", "Bodegas Riaza")
    (deal,) = _deals(es, text)
    assert _roles(deal) == {("acquirer", "Bodegas Riaza"), ("target", "Viñedos del Duratón")}
    assert deal.status == "Completed"


@pytest.mark.parametrize("sentence, verb, subject", [
    # a group the speaker is in ("los españoles compramos"), after the verb
    ("Este año compramos los españoles más coches que nunca.", "compramos", "españoles"),
    # a verb in the third person keeps the name after it as its subject
    ("En 2023 adquirió Transportes Olmedo la naviera Fletes Tormes.", "adquirió",
     "transportes"),
])
def test_a_subject_that_agrees_stays_after_the_verb(
    es: Language, sentence: str, verb: str, subject: str
) -> None:
    doc = es(sentence)
    v = next(t for t in doc if t.lower_ == verb)
    assert subject not in {t.lower_ for t in direct_objects(v)}


# -- "suscribimos el 30 % de Y" ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "En agosto suscribimos el 30% de Frutícola Maipo.",
    "En agosto suscribimos por US$ 6,5 millones el 30% de Frutícola Maipo.",
])
def test_a_part_subscribed_is_a_stake_taken(es: Language, sentence: str) -> None:
    deals = _deals(es, _LETTER_ES.format(sentence, "Bodegas Riaza"))
    assert [_roles(d) for d in deals] == [{("investor", "Bodegas Riaza"),
                                           ("investee", "Frutícola Maipo")}]


def test_a_convenio_subscribed_stays_a_partnership(es: Language) -> None:
    deals = _deals(es, "La Municipalidad de Tarma suscribió un convenio con la Cooperativa "
                       "Agraria Tormes por 3 millones de soles.")
    assert [d.type for d in deals] == ["Partnership"]


# -- the first person plural of the preterite ---------------------------------------------


def test_we_sold_is_a_sale_done(es: Language) -> None:
    text = _LETTER_ES.format("Este año vendimos Lácteos Bulnes a Quesos Tresviso.",
                             "Bodegas Riaza")
    (deal,) = _deals(es, text)
    assert ("seller", "Bodegas Riaza") in _roles(deal) and deal.status == "Completed"


@pytest.mark.parametrize("sentence, verb, done", [
    ("En abril compramos Transportes Olmedo.", "compramos", True),
    ("En abril vendimos Transportes Olmedo.", "vendimos", True),
    ("Ahora vendemos Transportes Olmedo.", "vendemos", False),
    ("Quizá compremos Transportes Olmedo.", "compremos", False),
    ("En abril compró Transportes Olmedo.", "compró", False),
])
def test_only_the_first_plural_of_the_preterite_tells_we_did(
    es: Language, sentence: str, verb: str, done: bool
) -> None:
    from kg.deals.status import _we_did

    doc = es(sentence)
    assert _we_did(next(t for t in doc if t.lower_ == verb)) is done


# -- "nos" and "us" as the object ---------------------------------------------------------


@pytest.mark.parametrize("sentence, role", [
    ("En 2024 Inversiones Altair nos invirtió 5 millones de euros.", "investee"),
    ("En 2024 Inversiones Altair invirtió en nosotros 5 millones de euros.", "investee"),
    ("En 2024 Inversiones Altair nos compró por 5 millones de euros.", "target"),
])
def test_nos_is_the_letters_company(es: Language, sentence: str, role: str) -> None:
    deals = _deals(es, _LETTER_ES.format(sentence, "Bodegas Riaza"))
    assert (role, "Bodegas Riaza") in _all_roles(deals)


def test_invested_in_us_is_the_letters_company(en: Language) -> None:
    text = _LETTER_EN.format("In 2024 Altair Capital invested £5 million in us.",
                             "Riaza Foods plc")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("investor", "Altair Capital"), ("investee", "Riaza Foods")}


def test_nos_beside_another_object_is_no_company_sold(es: Language) -> None:
    text = _LETTER_ES.format("En 2024 Inversiones Altair nos vendió su planta de Soria.",
                             "Bodegas Riaza")
    assert ("target", "Bodegas Riaza") not in _all_roles(_deals(es, text))


@pytest.mark.parametrize("sentence", [
    "En 2024 nos hicimos con Transportes Olmedo por 5 millones de euros.",
    "En 2024 nos asociamos con Transportes Olmedo.",
])
def test_reflexive_nos_is_no_object(es: Language, sentence: str) -> None:
    deals = _deals(es, _LETTER_ES.format(sentence, "Bodegas Riaza"))
    assert not {("target", "Bodegas Riaza"), ("investee", "Bodegas Riaza")} & _all_roles(deals)


# -- a first person plural opening a sentence, tagged as a name ---------------------------


def test_firmamos_after_a_colon_line_signs(es: Language) -> None:
    text = ("Vecinas y vecinos: este año cumplimos.\n\n"
            "Firmamos un convenio con la Cooperativa Agraria Tormes por 3 millones de "
            "euros.\n\nAtentamente,\nMunicipalidad de Tarma\n")
    deals = _deals(es, text)
    assert [_roles(d) for d in deals] == [{("partner", "Municipalidad de Tarma"),
                                           ("partner", "Cooperativa Agraria Tormes")}]


def test_a_surname_opening_a_sentence_is_no_verb(es: Language) -> None:
    from kg.deals.first_person import opening_we

    doc = es("Ramos Consultores asesoró a Vidrios Olmedo en la compra de Envases Tormes.")
    assert opening_we(doc[0]) is None
