"""Session 33, helper nonpersons (issue #13): names typed as people that are not people
(inventory tests/data/constructions/nonpersons).

- A company named again in full where its first word opens the sentence (a headline
  "Marlowe Estates buys ..." over "Marlowe Estates has bought ...") does not make its
  last word a surname standing alone (``kg.entities.retype._stands_alone``): "Marlowe
  Estates" ends with a common noun and reads as a company; "Vardakis said" still keeps
  "Leila Vardakis" a person.
- Working craft are vessels too ("the tug Mary Ellen Doyle", "el remolcador Carmen
  Alcaide", lexicon ``vessel_words``), and a ship keeps its sense in the whole article
  ("el Carmen Alcaide seguirá operando"; ``retype._vessel_named``); "La presidenta,
  Carmen Alcaide," is a person.
- "the Lucy Grant copper mine": a name after "the" and before a site noun names the
  site (``retype.the_named``, lexicon ``site_nouns``); "the Ann Kerr era" keeps its
  person.
- "a dairy near St John", "in St John's": a saint's title after a preposition of place
  opens a place (``retype.locative_person``); "said Ann St John" is a person.
- Spanish "en los valles de X", "la comarca de X": the place noun says what the name is
  (``retype.place_of_place_noun``); "el pueblo de Ana López" keeps her.
- A letter's closing formula on its own line ("Atentamente,", "Sincerely,") names
  nobody (``retype.closing_formula``); a name on a line of its own stays.
- "por WhatsApp", "via LinkedIn": one word with an inner capital after a preposition of
  a medium is an app (``retype.medium_name``); "por McKinley" is no app.
"""

from __future__ import annotations

from spacy.language import Language

from kg.entities.context import _P_MODEL, _Cand


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


def _people(nlp: Language, text: str) -> set[str]:
    return {name for name, kind in _kinds(nlp, text).items() if kind == "person"}


def _retyped(nlp: Language, text: str, name: str, rule_name: str) -> list[_Cand] | None:
    """What the retype rule ``rule_name`` makes of ``name`` in ``text``, taken as the
    model's person (the small model labels these only in some contexts)."""
    from kg.entities import retype

    pipe = nlp.get_pipe("kg_entities")
    doc = nlp(text)
    words = [t.text for t in doc]
    size = len(name.split())
    start = next(i for i in range(len(words)) if " ".join(words[i:i + size]) == name)
    c = _Cand(start, start + size, "PER", _P_MODEL, ("ner:PER",))
    names = retype._Names(pipe.knowledge, doc, [c], pipe._caps(doc))
    out: list[_Cand] | None = getattr(retype, rule_name)(names, c)
    return out


# -- a company written again in full at a sentence's start ----------------------------


def test_headline_repeat_keeps_company(en: Language) -> None:
    text = "Marlowe Estates buys Halden Properties\nMarlowe Estates has bought Halden Properties."
    assert _kinds(en, text).get("Marlowe Estates") == "org"


def test_headline_repeat_keeps_investee(en: Language) -> None:
    text = ("Bluefin Payments raises money\nBluefin Payments has raised $25 million from "
            "Crestline Ventures.")
    assert "Bluefin Payments" not in _people(en, text)


def test_surname_alone_keeps_person(en: Language) -> None:
    text = ("Leila Vardakis joins Corvane\nLeila Vardakis has joined Corvane as chair. "
            "Vardakis said the board was pleased.")
    assert "Leila Vardakis" in _people(en, text)


# -- working craft --------------------------------------------------------------------


def test_tug_is_no_person(en: Language) -> None:
    text = ("Granton's fleet includes the tug Mary Ellen Doyle, said its managing director, "
            "Callum Strachan. Strachan said the Mary Ellen Doyle would move to Aberdeen.")
    assert _people(en, text) == {"Callum Strachan"}


def test_tug_later_without_noun_is_no_person(es: Language) -> None:
    text = ("Naviera Cantábrica ha comprado Remolques del Sella, cuya flota incluye el "
            "remolcador Carmen Alcaide. La consejera delegada, Oihane Zubizarreta, dijo que "
            "el Carmen Alcaide seguirá operando en el puerto de Gijón.")
    assert "Carmen Alcaide" not in _people(es, text)


def test_person_of_the_same_name_stays(es: Language) -> None:
    text = ("El armador vendió el buque a Naviera Sur. La presidenta, Carmen Alcaide, dijo "
            "que el acuerdo se cerró ayer.")
    assert "Carmen Alcaide" in _people(es, text)


# -- a site named like a person -------------------------------------------------------


def test_mine_is_no_person(en: Language) -> None:
    text = ("Copperline Resources will buy Dunmore Mining, owner of the Lucy Grant copper "
            "mine. The Lucy Grant mine produced 40,000 tonnes last year.")
    assert "Lucy Grant" not in _people(en, text)


def test_era_keeps_person(en: Language) -> None:
    text = "The Ann Kerr era ended when the fund sold its stake. Ann Kerr said so."
    assert "Ann Kerr" in _people(en, text)


# -- a saint's place -------------------------------------------------------------------


def test_saint_after_near_is_a_place(en: Language) -> None:
    text = "Kestrel Foods bought a dairy near St John for $3 million."
    assert "St John" not in _people(en, text)


def test_saint_surname_keeps_person(en: Language) -> None:
    text = "Kestrel Foods bought Falmer Rum last year, said Ann St John."
    assert "Ann St John" in _people(en, text)


# -- a place noun and "de" ------------------------------------------------------------


def test_valleys_of_is_a_place(es: Language) -> None:
    found = _retyped(es, "No descartamos nuevas compras en los valles de Tabuyo.", "Tabuyo",
                     "place_of_place_noun")
    assert found is not None and found[0].label == "LOC"


def test_village_of_a_given_name_is_not_retyped(es: Language) -> None:
    assert _retyped(es, "Tiene su sede en el pueblo de Ana López.", "Ana López",
                    "place_of_place_noun") is None


# -- a closing formula ------------------------------------------------------------------


def test_closing_formula_names_nobody(es: Language) -> None:
    text = "Compramos Bodegas Lurín este año.\n\nAtentamente,\n\nMarcelo Quispe Arandia"
    assert _retyped(es, text, "Atentamente", "closing_formula") == []


def test_english_closing_formula(en: Language) -> None:
    text = "We bought Halden Mills this year.\n\nSincerely,\n\nGeoffrey Haworth"
    assert _retyped(en, text, "Sincerely", "closing_formula") == []


def test_name_on_its_own_line_stays(es: Language) -> None:
    text = "Compramos Bodegas Lurín este año.\n\nMarcelo,\n\ngracias por todo."
    assert _retyped(es, text, "Marcelo", "closing_formula") is None


# -- an app after a preposition of a medium ----------------------------------------------


def test_app_after_por(es: Language) -> None:
    found = _retyped(es, "Envía tus preguntas por WhatsApp al 680 000 412.", "WhatsApp",
                     "medium_name")
    assert found is not None and found[0].label == "MISC"


def test_app_after_via(en: Language) -> None:
    found = _retyped(en, "Half its customers order via TikTok now.", "TikTok", "medium_name")
    assert found is not None and found[0].label == "MISC"


def test_surname_prefix_after_por_is_no_app(es: Language) -> None:
    assert _retyped(es, "Lácteos Tormo fue comprada por McKinley.", "McKinley",
                    "medium_name") is None


def test_person_after_por_stays(es: Language) -> None:
    assert "Ana López" in _people(es, "Lácteos Tormo fue comprada por Ana López.")

