"""Session 32, helper names5 (issue #13): people's names of every culture, and
companies the model typed places.

- Given names of West, East and Southern Africa, Southeast, South and East Asia, the
  Gulf and indigenous Latin America (``gazetteer/given_names_global.txt``): a name that
  opens with one is a person's ("Chukwudi Okonkwo said", "Thandeka Dlamini, founder
  of"), where the small models read an organisation or a place.
- A role only a person holds in apposition (``person_only_roles``: founder,
  entrepreneur, businessman, fundador, empresario ...), after an article, adjectives
  and an English nationality word, makes the name before it a person over the model's
  organisation and the cues of a deal's parties ("Sutrisno, an Indonesian angel
  investor, put ..."; ``kg.entities.people.relative_or_role``); "investor" alone, which
  a fund is too, does not.
- A Chinese name as Singapore, Malaysia and Hong Kong write it, family name first and a
  given name of two syllables as two words ("Ng Siew Lan, fundadora de ..."): one
  person's name where the model reads the given name alone
  (``kg.entities.people.chinese_name``); a longer name ("Tan Tock Seng Hospital") or a
  title-case headline ("Lim Buys Stake") is none.
- A verb that moves money ("put", "pump", "sink", "meter", "poner": money_into_verbs)
  and the name after its sum's "into" / "en" is a company, even where the model read a
  place no list knows ("put $2 million into Kopi Nusantara"; ``kg.entities.cues.
  money_into``); a known place stays one, and no sum reads nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: str(e.kind.value if hasattr(e.kind, "value") else e.kind).lower()
            for e in nlp(text)._.kg_entities}


def _kind(nlp: Language, text: str, name: str) -> tuple[str, dict[str, str]]:
    """The kind of the entity named ``name`` or by its short form ("Orvane")."""
    kinds = _kinds(nlp, text)
    return next((k for n, k in kinds.items() if name == n or name.startswith(n + " ")),
                ""), kinds


def _person(nlp: Language, text: str, name: str) -> None:
    kinds = _kinds(nlp, text)
    assert kinds.get(name, "").endswith("person"), kinds


def _org(nlp: Language, text: str, name: str) -> None:
    kind, kinds = _kind(nlp, text, name)
    assert kind.endswith("org"), kinds


# -- given names of more cultures ------------------------------------------------------


def test_given_names_of_more_cultures_open_a_person(en: Language, es: Language) -> None:
    _person(en, "Chukwudi Okonkwo said Ibeto Capital would acquire Nuvara Farms.",
            "Chukwudi Okonkwo")
    _person(en, "Sizwe Ndlovu said Brixa Foods had bought Ocala Mills.", "Sizwe Ndlovu")
    _person(es, "Somsak Rattanakul dijo que Kraiton Holdings comprará Pelladon Systems.",
            "Somsak Rattanakul")


# -- a role only a person holds --------------------------------------------------------


# (language, sentence, the person's name)
_ROLE_APPOSITIONS = [
    ("en", "Prasetyo, an Indonesian angel investor, put $2 million into Lumbung Digital.",
     "Prasetyo"),
    ("en", "Lamin Ceesay, a Gambian entrepreneur, invested $3 million in Brinva Foods.",
     "Lamin Ceesay"),
]


@pytest.mark.parametrize(("lang", "text", "name"), _ROLE_APPOSITIONS)
def test_person_only_role_in_apposition(lang: str, text: str, name: str,
                                        request: pytest.FixtureRequest) -> None:
    _person(request.getfixturevalue(lang), text, name)


def test_investor_alone_is_left_to_the_model(en: Language) -> None:
    # a fund is an investor too: "investor" alone makes no person
    _org(en, "Orvane Capital, a Gulf investor, bought Pelladon Systems.", "Orvane Capital")


def test_company_word_keeps_an_organisation(en: Language) -> None:
    # a company's word in the name: the founder of a prize may be a company
    _org(en, "Orvane Holdings, founder of the Kestrel Prize, bought Pelladon Systems.",
         "Orvane Holdings")


# -- Chinese names, family name first ------------------------------------------------


_CHINESE_NAMES = [
    ("es", "Ng Siew Lan, fundadora de Brinva Pay, dijo que la empresa levantó 5 millones.",
     "Ng Siew Lan"),
    ("es", "Tan Wei Ming, consejero delegado de Orvane Logistics, dijo que la empresa "
           "compraría Pelladon Systems.", "Tan Wei Ming"),
]


@pytest.mark.parametrize(("lang", "text", "name"), _CHINESE_NAMES)
def test_chinese_name_family_name_first(lang: str, text: str, name: str,
                                        request: pytest.FixtureRequest) -> None:
    _person(request.getfixturevalue(lang), text, name)


def test_chinese_family_name_in_a_longer_name_or_headline(en: Language) -> None:
    _org(en, "Patients at Tan Tock Seng Hospital were moved to Brinva Care.",
         "Tan Tock Seng Hospital")
    kinds = _kinds(en, "Lim Buys Stake In Orvane")
    assert "Lim Buys Stake" not in kinds, kinds


# -- money put into a company ----------------------------------------------------------


def test_money_put_into_a_company(en: Language, es: Language) -> None:
    _org(en, "Helmark Ventures put $2 million into Kopi Borneo.", "Kopi Borneo")
    _org(en, "Brisa Capital pumped $5 million into Andes Nutrition.", "Andes Nutrition")
    _org(es, "Brisa Capital metió 3 millones de euros en Navimar Austral.", "Navimar Austral")
    _org(es, "Brisa Capital puso 3 millones de euros en Patagonia Fría.", "Patagonia Fría")


def test_money_put_into_a_known_place_stays_a_place(en: Language) -> None:
    kinds = _kinds(en, "Helmark Ventures put $2 million into Ohio.")
    assert "Ohio" not in kinds, kinds
    kinds = _kinds(en, "Helmark Ventures put Lumbung Digital up for sale.")
    assert kinds.get("Lumbung Digital", "org").lower().endswith("org"), kinds
