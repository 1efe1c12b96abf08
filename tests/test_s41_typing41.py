"""Session 41, helper typing41 (issue #13): names typed by the noun right before them
(``kg.entities.apposed``), learned from the CoNLL development files (testa).

- "her assistant Milo Barley", "Dunmore scrum-half Kit Fallow": a name the model
  read as a person's stays a person's after a noun of a role only a person has, though
  its last word is also a common noun that reads it as a company's
  (``person:role_apposed``). A trade a firm plies too ("the broker ...") is no such
  noun, and a company reading with no role noun before the name is left alone. So
  does a name the model alone read as an organisation's ("her assistant Tin Oo Htein").
- "la agencia de modelos Carla Benítez", "the law firm Harold Gaines": a name only a
  given name made a person's is the firm's after a noun of a kind of firm
  (``company:firm_kind_before``); not the subject of a relative clause with no pronoun
  ("the company Harold Gaines founded in 1990"), nor a person's signature ("la firma
  de ...") or a person with a title.
- "the shareholders of Harold Gaines", "la cotización de Carla Benítez": so is such a
  name that owns what only a company has (``company:listed_owner``); not what a
  person holds too ("Harold Gaines's shares in ...") or does ("las acciones de ...").
"""

from __future__ import annotations

from spacy.language import Language


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


# -- person:role_apposed ----------------------------------------------------------------

def test_role_noun_keeps_a_person_whose_surname_is_a_noun(en: Language) -> None:
    kinds = _kinds(en, "Dunmore scrum-half Kit Fallow scored twice before the break.")
    assert kinds.get("Kit Fallow") == "person"


def test_assistant_keeps_a_person_whose_surname_is_a_noun(en: Language) -> None:
    kinds = _kinds(en, "Her assistant Milo Barley flew to the capital on Friday.")
    assert kinds.get("Milo Barley") == "person"


def test_role_noun_makes_a_model_organisation_a_person(en: Language) -> None:
    kinds = _kinds(en, "Among those held was Daw Hla's assistant Tin Oo Htein.")
    assert kinds.get("Tin Oo Htein") == "person"


def test_partner_is_no_persons_role(en: Language) -> None:
    kinds = _kinds(en, "Among those held was the envoy's partner Tin Oo Htein.")
    assert kinds.get("Tin Oo Htein") != "person"


def test_no_role_noun_leaves_the_company_reading(en: Language) -> None:
    kinds = _kinds(en, "Baltica Freight said on Tuesday it would add two ships.")
    assert kinds.get("Baltica Freight") == "org"


# -- company:firm_kind_before -----------------------------------------------------------

def test_agency_of_a_trade_before_a_person_shaped_name(es: Language) -> None:
    kinds = _kinds(es, "La agencia de modelos Carla Benítez abrirá una oficina en Lima "
                       "el próximo año, según explicó su portavoz.")
    assert kinds.get("Carla Benítez") == "org"


def test_firm_noun_before_a_person_shaped_name(en: Language) -> None:
    kinds = _kinds(en, "The law firm Harold Gaines won the contract to advise the "
                       "city council.")
    assert kinds.get("Harold Gaines") == "org"


def test_person_founding_the_firm_stays_a_person(en: Language) -> None:
    kinds = _kinds(en, "The company Harold Gaines founded in 1990 was sold last week.")
    assert kinds.get("Harold Gaines") == "person"


def test_signature_of_a_person_stays_a_person(es: Language) -> None:
    kinds = _kinds(es, "La firma de Carla Benítez aparece al pie del contrato.")
    assert kinds.get("Carla Benítez") == "person"


def test_titled_person_after_a_firm_stays_a_person(en: Language) -> None:
    kinds = _kinds(en, "The firm's founder Harold Gaines won the contract.")
    assert kinds.get("Harold Gaines") == "person"


# -- company:listed_owner ---------------------------------------------------------------

def test_shareholders_of_a_person_shaped_name(en: Language) -> None:
    kinds = _kinds(en, "The shareholders of Harold Gaines voted for the merger on Friday.")
    assert kinds.get("Harold Gaines") == "org"


def test_share_price_of_a_person_shaped_name(es: Language) -> None:
    kinds = _kinds(es, "La cotización de Carla Benítez cayó un 3% en la bolsa de Lima.")
    assert kinds.get("Carla Benítez") == "org"


def test_shares_a_person_holds_stay_a_persons(en: Language) -> None:
    kinds = _kinds(en, "Harold Gaines's shares in Keldon Mining were sold last year.")
    assert kinds.get("Harold Gaines") == "person"


def test_deeds_of_a_person_stay_a_persons(es: Language) -> None:
    kinds = _kinds(es, "Las acciones de Carla Benítez en favor de los vecinos fueron "
                       "premiadas.")
    assert kinds.get("Carla Benítez") == "person"


def test_subsidiary_apposition_makes_an_english_name_a_company(en: Language) -> None:
    kinds = _kinds(en, "Harold Gaines, a subsidiary of Keldon Mining, closed two plants.")
    assert kinds.get("Harold Gaines") == "org"


def test_subsidiary_apposition_makes_a_person_shaped_name_a_company(es: Language) -> None:
    kinds = _kinds(es, "Marcos Tellado, filial de Minera Keldon, vendió dos hoteles.")
    assert kinds.get("Marcos Tellado") == "org"


def test_kin_apposition_leaves_a_person(es: Language) -> None:
    kinds = _kinds(es, "Marcos Tellado, hijo de Ramón Tellado, vendió dos hoteles.")
    assert kinds.get("Marcos Tellado") == "person"


def test_director_apposition_leaves_a_person(en: Language) -> None:
    kinds = _kinds(en, "Harold Gaines, a director of Keldon Mining, closed two plants.")
    assert kinds.get("Harold Gaines") == "person"
