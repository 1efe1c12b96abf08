"""The antecedent chooser's precision guards (session 45) and the chooser's view of
each ``apart`` miss in ``bench/deal_causes.py --detail``.

A deal word leaves no role for an earlier company when it tells a price alone ("The
group will pay $40 million"), a kind of business or a list of deals (a bare plural
"acquisitions"), when a name kg did not take for a party holds its other argument
("Hilaturas Moncayo compró Viveros Tajo" with "Viveros Tajo" unread), or when a
definite deal noun tells again a deal the rules found before ("The acquisition was
advised by ..."). A person never takes the role of what is bought or funded. Each
test writes its own short article with a hand-made parse, and checks what the guard
removes and what it leaves."""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc

from kg.antecedent import AntecedentChooser, choices
from kg.facts import Deal, EntityRef, Span
from tests.test_s20_apart2 import READER, Row, lede_then_deal, parsed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import deal_causes  # noqa: E402

from train.deal_scorer import Document, GoldDeal  # noqa: E402

LEDE: list[Row] = [
    # "Kestrel Foods reported record sales ."
    ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
    ("reported", 2, "ROOT", "report", "VERB"), ("record", 4, "amod", "record", "ADJ"),
    ("sales", 2, "dobj", "sale", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
]
N = len(LEDE)


def pairs(doc: Doc) -> set[tuple[tuple[str, str], ...]]:
    return {tuple((role, ref.name) for role, ref in c.roles) for c in choices(doc)}


# --------------------------------------------------------------------------- price only


def paying(for_it: bool) -> Doc:
    # "Kestrel Foods reported record sales . Orvane Labs will pay 40 million [for it] ."
    rows: list[Row] = [
        ("Orvane", N + 1, "compound", "Orvane", "PROPN"), ("Labs", N + 3, "nsubj", "Labs", "PROPN"),
        ("will", N + 3, "aux", "will", "AUX"), ("pay", N + 3, "ROOT", "pay", "VERB"),
        ("40", N + 5, "compound", "40", "NUM"), ("million", N + 3, "dobj", "million", "NUM"),
    ]
    if for_it:
        rows += [("for", N + 3, "prep", "for", "ADP"), ("it", N + 6, "pobj", "it", "PRON")]
    rows.append((".", N + 3, "punct", ".", "PUNCT"))
    return parsed([*LEDE, *rows], [("org", "Kestrel Foods"), ("org", "Orvane Labs")])


def test_a_price_paid_for_nothing_named_asks_for_no_antecedent() -> None:
    doc = paying(for_it=False)
    assert choices(doc) == []
    AntecedentChooser(model=READER)(doc)
    assert doc._.kg_deals == []


def test_paying_for_something_still_asks_who_was_bought() -> None:
    assert (("acquirer", "Orvane Labs"), ("target", "Kestrel Foods")) in pairs(paying(True))


# --------------------------------------------------------------------------- a person


def person_lede(spanish: bool) -> Doc:
    # "Marta Quiroga reported record sales . Orvane Labs bought the dairy ."
    # "Marta Quiroga presentó resultados . Lácteos Ordal compró la quesería ."
    if spanish:
        rows: list[Row] = [
            ("Marta", 2, "nsubj", "Marta", "PROPN"), ("Quiroga", 0, "flat", "Quiroga", "PROPN"),
            ("presentó", 2, "ROOT", "presentar", "VERB"),
            ("resultados", 2, "obj", "resultado", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
            ("Lácteos", 7, "nsubj", "Lácteos", "PROPN"), ("Ordal", 5, "flat", "Ordal", "PROPN"),
            ("compró", 7, "ROOT", "comprar", "VERB"), ("la", 9, "det", "el", "DET"),
            ("quesería", 7, "obj", "quesería", "NOUN"), (".", 7, "punct", ".", "PUNCT"),
        ]
        return parsed(rows, [("person", "Marta Quiroga"), ("org", "Lácteos Ordal")], lang="es")
    rows = [
        ("Marta", 1, "compound", "Marta", "PROPN"), ("Quiroga", 2, "nsubj", "Quiroga", "PROPN"),
        *LEDE[2:],
        ("Orvane", N + 1, "compound", "Orvane", "PROPN"), ("Labs", N + 2, "nsubj", "Labs", "PROPN"),
        ("bought", N + 2, "ROOT", "buy", "VERB"), ("the", N + 4, "det", "the", "DET"),
        ("dairy", N + 2, "dobj", "dairy", "NOUN"), (".", N + 2, "punct", ".", "PUNCT"),
    ]
    return parsed(rows, [("person", "Marta Quiroga"), ("org", "Orvane Labs")])


def test_a_person_named_before_may_buy_but_is_never_bought() -> None:
    for spanish, buyer in ((False, "Orvane Labs"), (True, "Lácteos Ordal")):
        found = pairs(person_lede(spanish))
        assert found == {(("acquirer", "Marta Quiroga"), ("target", buyer))}


# --------------------------------------------------------------------------- bare plural


def acquisitions(plural: bool) -> Doc:
    # "Kestrel Foods reported record sales . Orvane Labs made acquisitions ." against
    # "... Orvane Labs made an acquisition ."
    rows: list[Row] = [
        ("Orvane", N + 1, "compound", "Orvane", "PROPN"), ("Labs", N + 2, "nsubj", "Labs", "PROPN"),
        ("made", N + 2, "ROOT", "make", "VERB"),
    ]
    if not plural:
        rows.append(("an", N + 4, "det", "an", "DET"))
    at = len(rows) + N
    rows += [("acquisitions" if plural else "acquisition", N + 2, "dobj", "acquisition", "NOUN"),
             (".", N + 2, "punct", ".", "PUNCT")]
    doc = parsed([*LEDE, *rows], [("org", "Kestrel Foods"), ("org", "Orvane Labs")])
    doc[at].set_morph("Number=Plur" if plural else "Number=Sing")
    return doc


def test_a_bare_plural_deal_noun_tells_a_kind_of_business_not_one_deal() -> None:
    assert choices(acquisitions(plural=True)) == []
    assert {c.antecedent[1].name for c in choices(acquisitions(plural=False))} == {
        "Kestrel Foods"}


# --------------------------------------------------------------------------- slot held


def spanish_purchase(name_unread: bool) -> Doc:
    # "Textiles Albarracín presentó resultados . Hilaturas Moncayo compró Viveros Tajo ."
    # (Viveros Tajo not an entity) against "... compró la fábrica ."
    obj: list[Row] = [("Viveros", 7, "obj", "Viveros", "PROPN"),
                      ("Tajo", 8, "flat", "Tajo", "PROPN")]
    if not name_unread:
        obj = [("la", 9, "det", "el", "DET"), ("fábrica", 7, "obj", "fábrica", "NOUN")]
    return parsed([
        ("Textiles", 2, "nsubj", "Textiles", "PROPN"),
        ("Albarracín", 0, "flat", "Albarracín", "PROPN"),
        ("presentó", 2, "ROOT", "presentar", "VERB"), ("resultados", 2, "obj", "resultado", "NOUN"),
        (".", 2, "punct", ".", "PUNCT"), ("Hilaturas", 7, "nsubj", "Hilaturas", "PROPN"),
        ("Moncayo", 5, "flat", "Moncayo", "PROPN"), ("compró", 7, "ROOT", "comprar", "VERB"),
        *obj, (".", 7, "punct", ".", "PUNCT"),
    ], [("org", "Textiles Albarracín"), ("org", "Hilaturas Moncayo")], lang="es")


def test_a_name_kg_left_unread_holds_the_slot_an_antecedent_would_take() -> None:
    assert choices(spanish_purchase(name_unread=True)) == []
    found = pairs(spanish_purchase(name_unread=False))
    assert (("acquirer", "Hilaturas Moncayo"), ("target", "Textiles Albarracín")) in found


# --------------------------------------------------------------------------- retold deal


def retold(of_target: bool, rule_deal: bool) -> Doc:
    # "Kestrel Foods bought Orvane Labs . The acquisition was advised by Harlow Advisory ."
    # or "... The acquisition of Brenna Mills was completed .", with or without the
    # rules' deal of the first sentence
    rows: list[Row] = [
        ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
        ("bought", 2, "ROOT", "buy", "VERB"), ("Orvane", 4, "compound", "Orvane", "PROPN"),
        ("Labs", 2, "dobj", "Labs", "PROPN"), (".", 2, "punct", ".", "PUNCT"),
        ("The", 7, "det", "the", "DET"),
    ]
    names = [("org", "Kestrel Foods"), ("org", "Orvane Labs")]
    if of_target:
        rows += [("acquisition", 12, "nsubjpass", "acquisition", "NOUN"),
                 ("of", 7, "prep", "of", "ADP"), ("Brenna", 10, "compound", "Brenna", "PROPN"),
                 ("Mills", 8, "pobj", "Mills", "PROPN"), ("was", 12, "auxpass", "be", "AUX"),
                 ("completed", 12, "ROOT", "complete", "VERB"), (".", 12, "punct", ".", "PUNCT")]
        names.append(("org", "Brenna Mills"))
    else:
        rows += [("acquisition", 9, "nsubjpass", "acquisition", "NOUN"),
                 ("was", 9, "auxpass", "be", "AUX"), ("advised", 9, "ROOT", "advise", "VERB"),
                 ("by", 9, "agent", "by", "ADP"), ("Harlow", 12, "compound", "Harlow", "PROPN"),
                 ("Advisory", 10, "pobj", "Advisory", "PROPN"), (".", 9, "punct", ".", "PUNCT")]
        names.append(("org", "Harlow Advisory"))
    told = Deal(type="Acquisition", roles=(
        ("acquirer", EntityRef("org", "Kestrel Foods")),
        ("target", EntityRef("org", "Orvane Labs"))),
        evidence=(Span(0, 33, "Kestrel Foods bought Orvane Labs ."),))
    deals = [told] if rule_deal else []
    return parsed(rows, names, deals=deals)


def test_a_definite_deal_noun_retells_the_deal_the_rules_found_before() -> None:
    assert choices(retold(of_target=False, rule_deal=True)) == []
    assert choices(retold(of_target=False, rule_deal=False)) != []


def test_a_definite_deal_noun_that_names_its_target_is_a_deal_of_its_own() -> None:
    found = {c.named[1].ref.name for c in choices(retold(of_target=True, rule_deal=True))}
    assert found == {"Brenna Mills"}


# --------------------------------------------------------------------------- diagnostic


def _document(doc: Doc, pair: tuple[str, str]) -> Document:
    entities = {e.ref: e for e in doc._.kg_entities}
    roles = [("acquirer", lambda e, n=pair[0]: e.name == n),
             ("target", lambda e, n=pair[1]: e.name == n)]
    return Document("t", doc, [GoldDeal(roles)], entities)


def test_the_chooser_view_of_an_apart_miss_counts_the_gold_partner_rank() -> None:
    document = _document(lede_then_deal(), ("Kestrel Foods", "Orvane Labs"))
    view = deal_causes.ChooserView.of(document)
    verdict = view.verdict(document.gold[0], deal_causes.sentence_index(document))
    assert verdict.startswith("gold party rank 1, p ")


def test_the_chooser_view_says_a_precision_guard_left_the_sentence_unread() -> None:
    document = _document(acquisitions(plural=True), ("Kestrel Foods", "Orvane Labs"))
    counts = deal_causes.apart_detail(document, ["Acquisition"])
    assert counts["chooser: one-party sentence not read (a precision guard)"] == 1


def series_round() -> Doc:
    # "Kestrel Foods reported record sales . Orvane Labs led the Series C round ."
    return parsed([*LEDE,
        ("Orvane", N + 1, "compound", "Orvane", "PROPN"), ("Labs", N + 2, "nsubj", "Labs", "PROPN"),
        ("led", N + 2, "ROOT", "lead", "VERB"), ("the", N + 6, "det", "the", "DET"),
        ("Series", N + 6, "compound", "Series", "PROPN"), ("C", N + 4, "npadvmod", "C", "PROPN"),
        ("round", N + 2, "dobj", "round", "NOUN"), (".", N + 2, "punct", ".", "PUNCT"),
    ], [("org", "Kestrel Foods"), ("org", "Orvane Labs")])


def test_a_name_of_the_kind_of_deal_holds_no_slot() -> None:
    found = pairs(series_round())
    assert (("investor", "Orvane Labs"), ("investee", "Kestrel Foods")) in found
