"""Session 44, helper entity44 (issue #13): a name the model calls a place or a person
that a merger's or an alliance's "con" / "with" hangs from its verb or noun (words
between), that is the agent of a passive verb of taking over, the "con" complement of
"hacerse con" / "quedarse con", or the "de" complement of "el capital", is a company
(rule ``company:deal_partner``, ``kg.entities.standing.deal_partner``); so is a name
beside a headline's "compra" with a name on its other side ("X compra Y":
``company:headline_deal``). A known city stays a place; a place in no such frame ("el
alcalde de Madrid", "la capital de X", "the Paris office") too. A name a deal's frame
makes a company in one mention is one in all, though a facility's noun heads another ("la
compra de X ... la planta X": ``kg.entities.sense._traded_facilities``). Sentences
written for these tests, names invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.facts import Entity

RULE = "company:deal_partner"


def _entities(nlp: Language, text: str, name: str, label: str) -> list[Entity]:
    """kg's entities of ``text`` with the model's ``label`` forced over ``name`` (so that
    the test does not hang on what the small model happens to call it)."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("kg_entities"):]):
        doc: Doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        SpacySpan(doc, span.start, span.end, label=label)]
    doc = nlp.get_pipe("kg_entities")(doc)
    return list(doc._.kg_entities)


def _kind(nlp: Language, text: str, name: str, label: str = "LOC") -> tuple[str, tuple[str, ...]]:
    found = [e for e in _entities(nlp, text, name, label) if name in (e.name, *e.aliases)]
    return (found[0].kind, tuple(found[0].rules)) if found else ("nothing", ())


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Industrias Brixo se fusiona con su vecina Valdora.",
    "Industrias Brixo se fusionó en 2010 con Valdora.",
    "La fusión en 2024 con Valdora dio a Industrias Brixo acceso a Francia.",
    "Monteverde Sur fue adquirida en 2019 por Valdora.",
    "Industrias Brixo cerró una alianza estratégica con Valdora para vender en Asia.",
    "Industrias Brixo se hace con Valdora",
    "Industrias Brixo se quedará con Valdora por 20 millones de euros.",
    "Industrias Brixo entra en el capital de Valdora.",
])
def test_spanish_place_in_a_merger_or_agent_slot_is_a_company(es: Language, text: str) -> None:
    kind, rules = _kind(es, text, "Valdora")
    assert kind == "org" and RULE in rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("Brixo Foods merged with its neighbour Valdora in 2010.", "GPE"),
    ("Brixo Foods merged with its neighbour Valdora in 2010.", "PERSON"),
    ("Brixo Foods was bought last year by Valdora.", "GPE"),
    ("Brixo Foods formed a strategic partnership with Valdora to sell in Asia.", "GPE"),
])
def test_english_place_in_a_merger_or_agent_slot_is_a_company(
        en: Language, text: str, label: str) -> None:
    kind, rules = _kind(en, text, "Valdora", label)
    assert kind == "org" and RULE in rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # a known city keeps its place, even in the frame
    ("Industrias Brixo se fusionó con Madrid en una sola red.", "Madrid"),
    # "por" of price or of place, no passive of taking over
    ("Industrias Brixo vendió su planta de Valdora por 20 millones.", "Valdora"),
    ("El alcalde de Madrid visitó la fábrica de Industrias Brixo.", "Madrid"),
    # "la capital de X" is a city, not a company's equity ("el capital de X")
    ("La capital de Valdora acoge la feria del mueble.", "Valdora"),
    ("Industrias Brixo cerró una alianza con Madrid para el transporte.", "Madrid"),
    # no name before "compra": the noun, no headline's verb
    ("Tras la compra Valdora anunció un expediente de regulación de empleo.", "Valdora"),
    ("Industrias Brixo compra naranjas en Valdora.", "Valdora"),
    # "de" and a capital after it: the model may have cut a firm's name short
    ("Industrias Brixo se hizo con Olmedo de La Ribera por 14 millones de euros.", "Olmedo"),
])
def test_spanish_place_outside_the_frame_stays_a_place(es: Language, text: str,
                                                       name: str) -> None:
    kind, rules = _kind(es, text, name)
    assert kind != "org" and RULE not in rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Madrid's mayor said Brixo Foods would open an office there.", "Madrid"),
    ("Brixo Foods opened the Paris office in March.", "Paris"),
    ("Brixo Foods merged its two plants in Paris last year.", "Paris"),
    ("The bakery was built in 1990 by Valdora.", "Valdora"),
])
def test_english_place_outside_the_frame_stays_a_place(en: Language, text: str,
                                                       name: str) -> None:
    kind, rules = _kind(en, text, name, "GPE")
    assert kind != "org" and RULE not in rules


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Valdora compra Industrias Brixo",
    "Industrias Brixo compra Valdora por 20 millones",
    "El grupo Industrias Brixo compra Valdora",
])
def test_a_spanish_headlines_buyer_and_bought_are_companies(es: Language, text: str) -> None:
    """"X compra Y": the tagger reads "compra" as a noun or an adjective, so no
    parse-based cue reads the place the model saw as the buyer or the bought."""
    kind, rules = _kind(es, text, "Valdora")
    assert kind == "org" and "company:headline_deal" in rules


@pytest.mark.model
def test_the_merger_with_a_place_named_company_is_read(es: Language) -> None:
    """End to end: the partner the model took for a place is the merger's party."""
    doc = es("Industrias Brixo se fusionó en 2010 con Valdora, según la empresa.")
    deals = [(d.type, sorted(ref.name for _, ref in d.roles)) for d in doc._.kg_deals]
    assert ("Merger", ["Industrias Brixo", "Valdora"]) in deals



# -- one sense: a facility's name that a deal makes a company's -----------------------------


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


@pytest.mark.model
def test_a_bought_name_a_facility_noun_also_heads_is_a_company(es: Language) -> None:
    """"la compra de Valdora" (a deal's frame) and "la planta Valdora" (a facility's
    head, a stronger cue): what is bought is a business, so the organisation wins for
    every mention, and the deal is read (one sense used to make both a place)."""
    text = "Industrias Brixo ultima la compra de Valdora. La planta Valdora emplea a 300 personas."
    assert _kinds(es, text).get("Valdora") == "org"
    doc = es(text)
    deals = [(d.type, sorted(ref.name for _, ref in d.roles)) for d in doc._.kg_deals]
    assert ("Acquisition", ["Industrias Brixo", "Valdora"]) in deals


@pytest.mark.model
def test_a_facility_bought_by_its_noun_stays_a_place(es: Language) -> None:
    """No mention of the bare name stands in a deal's frame: the facility stays one."""
    text = "Industrias Brixo compró la planta Valdora. La planta Valdora emplea a 300 personas."
    assert _kinds(es, text).get("Valdora") != "org"
