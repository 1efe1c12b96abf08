"""Session 32, helper firstperson (issue #13): deals told in the first person, the
speaker known from the document's frame (inventory tests/data/constructions/firstperson).

- A letter's signature after its closing formula ("Yours sincerely, / A / Chairman, X
  plc", "Un saludo cordial, / X"), a signature line ("Firmado: A, presidenta de X") and
  a press release's boilerplate heading ("About X", "Sobre X") name the organisation
  whose "we" the text says, when they name exactly one (``kg.deals.frame``); a manager
  that signs a fund's letter speaks for the fund the text introduces.
- A page the organisation publishes itself (its ``outlet`` a name with a legal form or
  an organisation's head noun, "Forjas Lezama, S.L.", "Municipalidad de X") is its own
  voice and no outlet reporting others' deals; a newspaper's name stays a reporter.
- An interview's standfirst that introduces one person with a role ("A, chief
  executive of X, on ...") makes X the voice of the answers'
  ``kg.deals.refer.introduced_speaker``).
- A subject gerund or a Spanish subject infinitive whose clause says "we" ("Buying Y
  was the best decision we made", "Comprar Y fue lo mejor que hicimos") is done by the
  text's own voice when no speaker is near (``kg.deals.controller.speakers_side``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.deals.frame import frame_speaker
from kg.extract import article_doc
from kg.facts import Article, Deal


def _deals(nlp: Language, text: str, publisher: str | None = None) -> list[Deal]:
    article = Article(id="fp-test", text=text, lang=nlp.lang, publisher=publisher)
    return list(nlp(article_doc(nlp, article))._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _parties(deals: list[Deal]) -> set[str]:
    return {ref.name for d in deals for _, ref in d.roles}


# -- the signature -------------------------------------------------------------------


def test_the_company_that_signs_a_letter_is_its_we(en: Language) -> None:
    text = ("Dear shareholders,\n\n"
            "It was a year of growth. In May we acquired Penrith Glassworks for £12 million.\n\n"
            "Yours sincerely,\nMorag Deans\nChair, Ellwood Ceramics plc\n")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("acquirer", "Ellwood Ceramics"), ("target", "Penrith Glassworks")}


def test_a_customer_letter_signed_by_the_company_sells(en: Language) -> None:
    text = ("Dear customers,\n\n"
            "After thirty years, we have sold our garden centres to Fernleigh Retail.\n\n"
            "With thanks,\nThe team at Brockwood Home Group\n")
    deals = _deals(en, text)
    assert ("seller", "Brockwood Home Group") in set().union(*map(_roles, deals))


def test_una_carta_firmada_por_la_empresa_es_su_nosotros(es: Language) -> None:
    text = ("Querido cliente:\n\n"
            "Después de treinta años, hemos vendido nuestras ferreterías a Suministros "
            "Moncayo.\n\n"
            "Un saludo cordial,\nFerreterías Albarracín\n")
    deals = _deals(es, text)
    assert ("seller", "Ferreterías Albarracín") in set().union(*map(_roles, deals))


def test_the_boilerplate_about_heading_names_the_releases_we(en: Language) -> None:
    text = ("DUBLIN, March 3, 2026 -- Today we completed our acquisition of Lindqvist "
            "Optics for $85 million.\n\nLindqvist Optics makes lenses for microscopes.\n\n"
            "About Harcourt Medical Systems\n"
            "Harcourt Medical Systems makes eye-care devices and is based in Dublin.\n")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("acquirer", "Harcourt Medical Systems"),
                            ("target", "Lindqvist Optics")}


def test_a_manager_that_signs_a_funds_letter_speaks_for_the_fund(es: Language) -> None:
    text = ("Extractos de la carta enviada a los inversionistas del fondo Cóndor "
            "Capital II.\n\n"
            "Estimados inversionistas:\n\n"
            "En mayo firmamos un acuerdo para adquirir el 70% de Molinos Huaura.\n\n"
            "Saludos cordiales,\nVicuña Partners S.A.\n")
    deals = _deals(es, text)
    parties = _parties(deals)
    assert "Cóndor Capital II" in parties and "Vicuña Partners" not in parties


def test_a_signature_that_names_a_person_only_names_no_voice(en: Language) -> None:
    doc = en("Dear guests,\n\nWe signed a new contract with Atoll Wings.\n\n"
             "Warm regards from the jetty,\nMariam Shareef\nGeneral Manager\n")
    assert frame_speaker(doc, doc._.kg_entities) is None


def test_a_signature_that_names_two_companies_names_no_voice(en: Language) -> None:
    doc = en("Dear partners,\n\nWe sold our stake in Kelso Tiles.\n\n"
             "Sincerely,\nHarlaw Capital and Dunbar Ventures\n")
    assert frame_speaker(doc, doc._.kg_entities) is None


def test_a_subheading_on_a_deal_is_no_about_boilerplate(es: Language) -> None:
    doc = es("Hemos cerrado un buen año.\n\nSobre la compra de Lácteos Bulnes\n"
             "La operación se cerró en marzo.\n")
    assert frame_speaker(doc, doc._.kg_entities) is None


# -- the outlet that publishes its own text ---------------------------------------------


def test_a_municipality_publishing_its_speech_is_its_we(es: Language) -> None:
    text = ("Discurso de la alcaldesa Rosa Mamani ante el Concejo de la Municipalidad de "
            "Santa Lucía de Chuquibamba.\n\n"
            "Vecinos: este año firmamos un convenio con la Cooperativa Agraria Los Andes "
            "por 3 millones de soles.\n")
    deals = _deals(es, text, publisher="Municipalidad de Santa Lucía de Chuquibamba")
    assert [_roles(d) for d in deals] == [{
        ("partner", "Municipalidad de Santa Lucía de Chuquibamba"),
        ("partner", "Cooperativa Agraria Los Andes"),
    }]


def test_minutes_published_by_the_company_are_its_own(en: Language) -> None:
    text = ("MINUTES OF THE ANNUAL GENERAL MEETING\n\n"
            "The Chair welcomed the members of Tolland Looms Ltd and reported that we had "
            "completed the purchase of Keswick Yarns for £2 million in March.\n")
    deals = _deals(en, text, publisher="Tolland Looms Ltd")
    assert [_roles(d) for d in deals] == [{("acquirer", "Tolland Looms"),
                                           ("target", "Keswick Yarns")}]


def test_a_newspaper_named_in_the_body_stays_a_reporter(es: Language) -> None:
    text = ("La minera Cerro Blanco compró la planta de Fundiciones Ilo, según supo "
            "Diario del Sur.\n")
    deals = _deals(es, text, publisher="Diario del Sur")
    assert "Diario del Sur" not in _parties(deals)


# -- an interview's standfirst ----------------------------------------------------------


def test_the_interviewee_introduced_in_the_standfirst_speaks_the_answers(en: Language) -> None:
    text = ("Fiona Garside, chief executive of Garside Haulage, on a year of deals.\n\n"
            "Who are your rivals?\n\n"
            "Selkirk Freight is the big one. Selkirk Freight runs 400 trucks.\n\n"
            "What was the big move?\n\n"
            "We bought Ribblesdale Tankers in June for £7 million.\n")
    deals = _deals(en, text)
    assert [_roles(d) for d in deals] == [{("acquirer", "Garside Haulage"),
                                           ("target", "Ribblesdale Tankers")}]


def test_a_standfirst_that_tells_a_story_introduces_no_interviewee(en: Language) -> None:
    text = ("Fiona Garside, chief executive of Garside Haulage, resigned on Monday.\n\n"
            "Selkirk Freight is the big one. Selkirk Freight runs 400 trucks.\n\n"
            "We bought Ribblesdale Tankers in June for £7 million.\n")
    deals = _deals(en, text)
    assert ("acquirer", "Garside Haulage") not in set().union(set(), *map(_roles, deals))


# -- a subject gerund or infinitive controlled by "we" ----------------------------------


def test_a_subject_gerund_with_we_is_the_texts_voice(en: Language) -> None:
    text = ("Fiona Garside, chief executive of Garside Haulage, on a year of deals.\n\n"
            "How did the takeover go?\n\n"
            "Buying Ribblesdale Tankers in 2024 was the best decision we made.\n")
    deals = _deals(en, text)
    assert [_roles(d) for d in deals] == [{("acquirer", "Garside Haulage"),
                                           ("target", "Ribblesdale Tankers")}]


def test_un_infinitivo_sujeto_con_nosotros_es_la_voz_del_texto(es: Language) -> None:
    text = ("Lorena Vidal, consejera delegada de Quesos Tresviso, sobre un año de compras.\n\n"
            "¿Qué salió bien?\n\n"
            "Sin duda, comprar Lácteos Bulnes en 2024 fue lo mejor que hicimos.\n")
    deals = _deals(es, text)
    assert [_roles(d) for d in deals] == [{("acquirer", "Quesos Tresviso"),
                                           ("target", "Lácteos Bulnes")}]


def test_a_subject_gerund_without_we_takes_no_voice(en: Language) -> None:
    text = ("Fiona Garside, chief executive of Garside Haulage, on a year of deals.\n\n"
            "Buying Ribblesdale Tankers would have been a mistake for anyone, the analyst "
            "said.\n")
    deals = _deals(en, text)
    assert ("acquirer", "Garside Haulage") not in set().union(set(), *map(_roles, deals))

