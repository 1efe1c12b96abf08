"""Session 30, helper voices (issue #13): deals told through someone's voice.

- A Spanish verb of telling with an addressee ("informó a la Bolsa Mexicana de Valores
  que adquirió Y", "comunicó a la CNMV que ha adquirido Y"): the "que" clause the
  parser hangs on the addressee is what is told; its subject is the teller, not the
  regulator (``kg.deals.syntax.told_clause``), and the teller is a party, no source.
- "'Our acquisition of Y ...,' said Z, chief executive of X": a deal noun whose
  possessor is "our" is the speaker's company's (``parties:our-deal``).
- An interview's question: "Why did you buy Y?", "—¿Por qué compraron Y?" says "you" /
  "ustedes" to the interviewee, whose company made the deal
  (``kg.deals.first_person.asked_you``, ``asked_ustedes``); a dialogue dash is no
  subject (``kg.deals.syntax.subjects``).
- "clearing the way for the deal to close this month": a for-to infinitive of
  completion is still to come (Announced).
- "X might push for a sale of the company": the subject of a verb of urging is no
  party (``kg.deals.syntax.urged_by``).
- "Arlo Hospitality": a trade word that closes a company's name, never a person's;
  "Simon Hale, finance director of X": a department's title links the speaker to X.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- told to a regulator ------------------------------------------------------------


def test_what_a_company_tells_the_exchange_it_bought_is_its_purchase(es: Language) -> None:
    (deal,) = _deals(es, "Cadena Comercial Sonora informó a la Bolsa Mexicana de Valores "
                         "que adquirió el 100% de Farmacias Yaqui por 450 millones de pesos.")
    assert _roles(deal) == {("acquirer", "Cadena Comercial Sonora"),
                            ("target", "Farmacias Yaqui")}
    assert deal.status == "Completed"
    assert deal.amount is not None and deal.amount.value == 450_000_000


def test_a_perfect_told_to_the_regulator_is_read_too(es: Language) -> None:
    (deal,) = _deals(es, "Inmobiliaria Tormes comunicó a la CNMV que ha adquirido Hoteles "
                         "Gredos por 20 millones de euros.")
    assert _roles(deal) == {("acquirer", "Inmobiliaria Tormes"), ("target", "Hoteles Gredos")}


def test_a_relative_clause_after_a_comma_still_describes_the_addressee(es: Language) -> None:
    (deal,) = _deals(es, "Grupo Arrecife informó a Banco Sur, que compró Hoteles Nube en "
                         "2019, de su plan.")
    assert _roles(deal) == {("acquirer", "Banco Sur"), ("target", "Hoteles Nube")}


# -- "our" deal -----------------------------------------------------------------------


def test_our_purchase_is_the_speakers_company(en: Language) -> None:
    (deal,) = _deals(en, '"Our purchase of Bellamy Tiles was a mistake," said Rona Hale, '
                         "chief executive of Carrick Homes.")
    assert _roles(deal) == {("acquirer", "Carrick Homes"), ("target", "Bellamy Tiles")}


def test_a_purchase_by_another_company_is_not_the_speakers(en: Language) -> None:
    deals = _deals(en, '"The purchase of Bellamy Tiles by Norcott Group was a mistake," said '
                       "Rona Hale, chief executive of Carrick Homes.")
    assert all(("acquirer", "Carrick Homes") not in _roles(d) for d in deals)


# -- an interview's questions ----------------------------------------------------------


def test_you_in_an_interview_question_is_the_interviewees_company(en: Language) -> None:
    text = ("Interview: Harwood Industries chief on the Tennant deal\n"
            "Alice Moran has run Harwood Industries since 2020.\n"
            "Why did you buy Tennant Valves?\n"
            "We needed a foundry. We closed the deal in May, for $40 million.\n")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("acquirer", "Harwood Industries"), ("target", "Tennant Valves")}


def test_you_outside_a_question_is_no_party(en: Language) -> None:
    assert _deals(en, "Harwood Industries makes pumps. If you buy Tennant Valves shares now, "
                      "you may lose money.") == []


def test_ustedes_in_a_spanish_interview_question_is_the_interviewees_company(
    es: Language,
) -> None:
    text = ("Entrevista a Rosa Beltrán, presidenta de Conservas Ribadeo\n"
            "—¿Por qué compraron Pescados Cíes?\n"
            "—Necesitábamos una lonja propia. Cerramos la compra en mayo por 8 millones "
            "de euros.\n")
    deals = _deals(es, text)
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Conservas Ribadeo"), ("target", "Pescados Cíes")}
    ]


def test_a_third_person_plural_outside_a_question_is_not_ustedes(es: Language) -> None:
    text = ("Entrevista a Rosa Beltrán, presidenta de Conservas Ribadeo\n"
            "—En 2019 compraron Pescados Cíes unos inversores gallegos.\n")
    assert all(("acquirer", "Conservas Ribadeo") not in _roles(d) for d in _deals(es, text))


# -- for the deal to close -----------------------------------------------------------


def test_a_completion_in_a_for_to_infinitive_is_still_to_come(en: Language) -> None:
    (deal,) = _deals(en, "The Federal Communications Commission approved Strand Media's "
                         "$1.1 billion purchase of Cobbett Radio on Thursday, clearing the "
                         "way for the deal to close this month.")
    assert deal.status == "Announced"


def test_a_completion_told_before_the_for_phrase_is_done(en: Language) -> None:
    (deal,) = _deals(en, "Harlow Foods completed its purchase of Ember Mills, clearing the "
                         "way for a new plant.")
    assert deal.status == "Completed"


# -- who urges a deal -----------------------------------------------------------------


def test_who_pushes_for_a_sale_is_not_its_seller(en: Language) -> None:
    deals = _deals(en, "Pickering Asset Management disclosed a 7.2% stake in Yardley "
                       "Chemicals on Tuesday, and said it might push for a sale of the company.")
    assert [d.type for d in deals] == ["Investment"]


def test_who_pushes_ahead_with_its_sale_still_sells(en: Language) -> None:
    (deal,) = _deals(en, "Holloway Partners pushed ahead with its sale of Grantley Foods.")
    assert ("seller", "Holloway Partners") in _roles(deal)


# -- names and titles ------------------------------------------------------------------


def test_hospitality_closes_a_company_name_not_a_persons(en: Language) -> None:
    doc = en("Kilbride Leisure sold the chain to Arlo Hospitality.")
    kinds = {e.name: e.kind for e in doc._.kg_entities}
    assert kinds["Arlo Hospitality"] == "org"


def test_a_finance_director_speaks_for_the_company(en: Language) -> None:
    (deal,) = _deals(en, '"We bought Penrose Cafés last year," said Simon Hale, the finance '
                         "director of Kilbride Leisure.")
    assert _roles(deal) == {("acquirer", "Kilbride Leisure"), ("target", "Penrose Cafés")}
