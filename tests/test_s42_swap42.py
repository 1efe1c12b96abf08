"""Session 42, helper swap42 (issue #13): companies published as people, measured on
REFinD's English filings (``bench/refind.py``).

- The object of a verb of joining an employer is the employer when an employment's
  particulars follow it: "as" and the role, "from" and the former employer, "in" and a
  year, or the comma before the main clause after a gerund of time ("Before joining X,
  Mr. Y worked ..."): ``company:joined_employer`` in ``kg.entities.apposed``; the verbs
  are ``employer_join_verbs`` in ``lexicon/entities.toml``. A person joined "in" an act
  or "on" a stage stays a person.
- A firm's noun and "of" before a name ("the law firm of Carla Benton") make it the
  firm's, a partnership named after its partners: ``company:firm_of``
  (``firm_of_nouns``). "The company of her father" is no such frame.
- A name an initial typed ("K Tarvel") owning what only a company has ("the
  shareholders of K Tarvel") is a company's, as one a given name typed was; "the sole
  shareholder of X" makes X a company too (``listed_company_nouns_of``), though "X, a
  shareholder of ..." may be a person.
- A word of an honorific written whole ("Premier", "Princess", "King") opening a name
  closed by a company word ("Premier Tarn Solutions") opens the company's name, as it
  opens "Premier Foods": ``company:honorific_opened`` in
  ``kg.entities.people.title_before``. "Mr." and the forms of address open none.
- The vehicles of a takeover named by their place in the structure ("Tarvel Bidco",
  "Station Holdco", "Orvell Topco") close a company's name (``org_tails``).
- "Sarl", the Luxembourg and Swiss form written in mixed case, is a legal form.
"""

from __future__ import annotations

from spacy.language import Language


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


def test_a_name_joined_before_the_main_clause_is_the_employer(en: Language) -> None:
    kinds = _kinds(en, "Before joining Hadley Voss, Mr. Teague spent six years as a "
                       "geologist with Corvane Energy.")
    assert kinds.get("Hadley Voss") == "org"
    assert kinds.get("Teague") == "person"


def test_a_name_joined_in_a_year_as_a_role_is_the_employer(en: Language) -> None:
    kinds = _kinds(en, "Ms. Avery joined Hadley Voss in 2012 as a senior analyst.")
    assert kinds.get("Hadley Voss") == "org"


def test_a_person_joined_in_an_act_stays_a_person(en: Language) -> None:
    kinds = _kinds(en, "Senator Kemp joined Tom Ridley in calling for a vote on the "
                       "budget.")
    assert kinds.get("Tom Ridley") == "person"


def test_a_name_after_a_firm_and_of_is_the_firm(en: Language) -> None:
    kinds = _kinds(en, "Before politics Ms. Okafor spent six years at the law firm of "
                       "Carla Benton in Tulsa.")
    assert kinds.get("Carla Benton") == "org"


def test_a_name_after_the_company_of_stays_a_person(en: Language) -> None:
    kinds = _kinds(en, "He kept the company of Carla Benton during the long trial.")
    assert kinds.get("Carla Benton") == "person"


def test_a_name_an_initial_typed_owning_shareholders_is_a_company(en: Language) -> None:
    kinds = _kinds(en, "The dispute held up the transfer of stock to the minority "
                       "shareholders of K Tarvel for a year.")
    assert kinds.get("K Tarvel") == "org"


def test_a_name_an_initial_typed_that_is_a_shareholder_stays_a_person(
        en: Language) -> None:
    kinds = _kinds(en, "J. Harland, a shareholder of Brenwick Foods, voted against the "
                       "plan.")
    assert kinds.get("J. Harland") == "person"


def test_a_luxembourg_form_in_mixed_case_closes_the_name(en: Language) -> None:
    doc = en("Orvell agreed to buy fertiliser from Vasco Nitrogen Trading Sarl under a "
             "five-year contract.")
    mentions = {m.text for e in doc._.kg_entities if e.kind == "org" for m in e.mentions}
    assert "Vasco Nitrogen Trading Sarl" in mentions


def test_an_honorific_word_opening_a_company_name_is_the_company(en: Language) -> None:
    kinds = _kinds(en, "Premier Tarn Solutions, a maker of payment cards, was bought by "
                       "Orvell last year.")
    assert kinds.get("Premier Tarn Solutions") == "org"
    assert "Tarn Solutions" not in kinds


def test_an_honorific_before_a_person_stays_a_title(en: Language) -> None:
    kinds = _kinds(en, "Senator Tom Ridley visited the Orvell Capital office on Monday.")
    assert kinds.get("Tom Ridley") == "person"


def test_an_abbreviated_honorific_opens_no_company(en: Language) -> None:
    kinds = _kinds(en, "Mr. Velora Trading declined to comment on the offer.")
    assert "Mr. Velora Trading" not in kinds


def test_a_title_before_a_department_opens_no_company(en: Language) -> None:
    kinds = _kinds(en, "Ann Tolley is Vice President Enterprise Risk Management of "
                       "Hadley Foods.")
    assert "President Enterprise Risk Management" not in kinds


def test_a_bid_vehicle_named_by_its_place_in_the_structure_is_a_company(
        en: Language) -> None:
    kinds = _kinds(en, "Tarvel Bidco will pay 410 pence a share for Hadley Foods.")
    assert kinds.get("Tarvel Bidco") == "org"
