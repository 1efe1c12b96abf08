"""Session 40, helper alias (issue #13): names a company is given once and then used
alone.

- "Banco Lechero de Ostravia ... el Lechero": a place closing a long name in its "de"
  complement says where the body is, and the press drops it with the head, so the one
  distinctive word left is the company (``kg.entities.resolve._less_place_complement``,
  read by ``resolve:short_form_within``). Two such names holding the word ("Banco
  Lechero de Uruguay", "Banco Lechero de Chile") leave it alone. The one word after a
  bank's generic head may be a common adjective ("el Cafetero"): the press names the
  bank by it (``_headed_adjective``).
- "Corporación Navarra Minera ... la Navarra": the Spanish article the press puts
  before a company's distinctive word is no word of its name (``_named_within``); a
  known place with its article ("La Rioja") is still no short form.
- "Textiles Berrizal (Textizal)": a word in brackets after a company's name that opens
  as its first word opens and closes as its last word closes is a short name blended
  from it (``kg.entities.cues._blended_name``, read as ``cue:acronym_definition``
  reads a word-like acronym), so its later uses are the company. A word in brackets
  that is no such blend ("(Textura)", a place) is not.
- "Kellaway Holdings, known as Kellaway Agri, ...", "Brandle Foods Ltd, trading as
  Greenbite", "Corvane Energy (formerly Halder Oil)", "Servicios Portuarios del
  Estrecho, conocida como Portuaria Sur", "antes llamado ...": a naming phrase after a
  company's full name gives it another name, and each later use of that name alone is
  the company (``kg.entities.naming``, ``cue:naming_phrase``; the phrases are
  ``naming_phrases`` in ``lexicon/entities.toml``). Not after a person's name ("Robert
  Hale, known as Bob") or a thing's ("the enzyme, known as KR-12").
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


def _roles(nlp: Language, text: str) -> list[set[tuple[str, str]]]:
    return [{(role, ref.name) for role, ref in d.roles} for d in nlp(text)._.kg_deals]


# -- a head and a distinctive word, less the place of the "de" complement --------------

_LECHERO = ("El Banco Lechero de Uruguay anunció el lunes la compra de la financiera "
            "Crédito Arazá por 40 millones de dólares. Con la operación, el Lechero suma "
            "30.000 clientes.")


def test_distinctive_word_of_a_name_closed_by_its_place(es: Language) -> None:
    orgs = _orgs(es, _LECHERO)
    assert "Lechero" in orgs["Banco Lechero de Uruguay"]
    assert "Lechero" not in orgs


def test_sector_adjective_after_a_bank_head(es: Language) -> None:
    text = ("El Banco Cafetero de Uruguay compró la financiera Crédito Arazá. Con la "
            "operación, el Cafetero suma 30.000 clientes.")
    assert "Cafetero" in _orgs(es, text)["Banco Cafetero de Uruguay"]


def test_distinctive_word_two_names_share_stays_apart(es: Language) -> None:
    text = ("El Banco Lechero de Uruguay y el Banco Lechero de Chile firmaron una alianza "
            "el lunes. El Lechero aportará dos millones de dólares.")
    orgs = _orgs(es, text)
    assert "Lechero" not in orgs.get("Banco Lechero de Uruguay", ())
    assert "Lechero" not in orgs.get("Banco Lechero de Chile", ())


def test_distinctive_word_after_an_article(es: Language) -> None:
    text = ("Corporación Navarra Minera cerró la compra de la empresa Áridos Lerín por 12 "
            "millones de euros. La Navarra financiará la operación con deuda.")
    orgs = _orgs(es, text)
    assert "La Navarra" in orgs["Corporación Navarra Minera"]


def test_place_with_its_article_is_no_short_form(es: Language) -> None:
    text = ("Corporación Rioja Minera cerró la compra de la empresa Áridos Lerín. La Rioja "
            "aprobó la operación el lunes.")
    assert not any("La Rioja" in a for a in _orgs(es, text).values())


# -- a short name blended from the long one, in brackets ---------------------------------

_TEXTIZAL = ("La firma Textiles Berrizal ({short}) cerró la venta de su planta de Lugo. "
             "{short} vendió la planta a la empresa Hilados Oma por 3 millones de euros.")


def test_blended_short_name_in_brackets(es: Language) -> None:
    text = _TEXTIZAL.format(short="Textizal")
    assert "Textizal" in _orgs(es, text)["Textiles Berrizal"]
    assert any(("seller", "Textiles Berrizal") in roles for roles in _roles(es, text))


def test_bracketed_word_that_is_no_blend(es: Language) -> None:
    orgs = _orgs(es, _TEXTIZAL.format(short="Textura"))
    assert "Textura" not in orgs.get("Textiles Berrizal", ())


# -- a naming phrase after the full name ------------------------------------------------


def test_known_as_gives_the_company_another_name(en: Language) -> None:
    text = ("Kellaway Holdings, known as Kellaway Agri, agreed to buy the grain trader "
            "Mosson Farms for $20 million. Kellaway Agri said the deal closed on Friday.")
    orgs = {name: aliases for name, aliases in _orgs(en, text).items() if "Kellaway" in name}
    assert len(orgs) == 1
    assert "Kellaway Agri" in next(iter(orgs.values())) + tuple(orgs)


def test_trading_as_and_formerly(en: Language) -> None:
    text = ("Brandle Foods Ltd, trading as Greenbite, agreed to buy Tolsey Bakers. Greenbite "
            "will pay $5 million. Corvane Energy (formerly Halder Oil) sold its pipeline "
            "unit to Brisk Midstream.")
    orgs = _orgs(en, text)
    assert "Greenbite" in orgs["Brandle Foods"]
    assert "Halder Oil" in orgs["Corvane Energy"]


def test_conocida_como_and_antes_llamado(es: Language) -> None:
    text = ("Servicios Portuarios del Estrecho, conocida como Portuaria Sur, compró la "
            "naviera Olas Azules. Portuaria Sur pagó 8 millones de euros. Grupo Ramírez "
            "Herrera, antes llamado Herrera Foods, vendió la firma Panes Oma.")
    orgs = _orgs(es, text)
    assert "Portuaria Sur" in orgs["Servicios Portuarios del Estrecho"]
    assert "Herrera Foods" in orgs["Grupo Ramírez Herrera"]


def test_naming_phrase_after_a_person_or_a_thing(en: Language) -> None:
    text = ("Robert Hale, known as Bob, sold his shares in Tolsey Bakers. The enzyme, known "
            "as KR-12, is made by Brisk Labs.")
    orgs = _orgs(en, text)
    assert "Bob" not in orgs and not any("Bob" in a for a in orgs.values())
    assert not any("Robert Hale" in a for a in orgs.values())
