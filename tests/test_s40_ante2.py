"""The antecedent chooser's candidate filters (session 40): a source of the sentence
("Acme said", "según Acme", "according to Acme") and a person who holds a title in a
company (an officer) stand outside the deal a sentence tells, so neither is the party
a deal word names nor an antecedent proposed for the role it leaves; a company that
reported something (no verb of saying) or a person with no title stays a candidate."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.antecedent import AntecedentChooser, Article, choices, is_source
from kg.facts import Role, Span
from tests.test_s20_apart2 import (
    READER,
    Row,
    lede_then_deal,
    parsed,
    synthetic_set,
    training_script,
)


def _second(n: int, root: int = 2) -> list[Row]:
    # ". The company bought Orvane Labs ." after n tokens (the first tree's root at root).
    return [
        (".", root, "punct", ".", "PUNCT"), ("The", n + 2, "det", "the", "DET"),
        ("company", n + 3, "nsubj", "company", "NOUN"), ("bought", n + 3, "ROOT", "buy", "VERB"),
        ("Orvane", n + 5, "compound", "Orvane", "PROPN"), ("Labs", n + 3, "dobj", "Labs", "PROPN"),
        (".", n + 3, "punct", ".", "PUNCT"),
    ]


def source_lede(verb: str, lemma: str) -> Doc:
    # "Harlow Advisory said demand slowed . The company bought Orvane Labs ." (said)
    # "Harlow Advisory reported demand slowed . ..." (reported: no verb of saying)
    first: list[Row] = [
        ("Harlow", 1, "compound", "Harlow", "PROPN"), ("Advisory", 2, "nsubj", "Advisory", "PROPN"),
        (verb, 2, "ROOT", lemma, "VERB"), ("demand", 4, "nsubj", "demand", "NOUN"),
        ("slowed", 2, "ccomp", "slow", "VERB"),
    ]
    return parsed([*first, *_second(len(first))],
                  [("org", "Harlow Advisory"), ("org", "Orvane Labs")])


def test_a_company_named_before_only_as_a_source_is_no_antecedent() -> None:
    doc = source_lede("said", "say")
    assert choices(doc) == []
    AntecedentChooser(model=READER)(doc)
    assert doc._.kg_deals == []


def test_a_company_that_reported_something_stays_a_candidate() -> None:
    doc = source_lede("reported", "report")
    assert {c.antecedent[1].name for c in choices(doc)} == {"Harlow Advisory"}


def named_source(spanish: bool) -> Doc:
    # "Kestrel Foods reported record sales . According to Harlow Advisory the company
    # bought the mill ." / "Según Harlow Advisory , ..."
    first: list[Row] = [
        ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
        ("reported", 2, "ROOT", "report", "VERB"), ("record", 4, "amod", "record", "ADJ"),
        ("sales", 2, "dobj", "sale", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
    ]
    n = len(first)
    if spanish:  # Según Harlow Advisory la compañía compró la fábrica .
        rows: list[Row] = [
            ("Según", n + 2, "case", "según", "ADP"),
            ("Harlow", n + 2, "compound", "Harlow", "PROPN"),
            ("Advisory", n + 6, "obl", "Advisory", "PROPN"), ("la", n + 4, "det", "el", "DET"),
            ("compañía", n + 6, "nsubj", "compañía", "NOUN"), (",", n + 6, "punct", ",", "PUNCT"),
            ("compró", n + 6, "ROOT", "comprar", "VERB"), ("la", n + 8, "det", "el", "DET"),
            ("fábrica", n + 6, "obj", "fábrica", "NOUN"), (".", n + 6, "punct", ".", "PUNCT"),
        ]
    else:  # According to Harlow Advisory the company bought the mill .
        rows = [
            ("According", n + 6, "prep", "accord", "VERB"), ("to", n, "prep", "to", "ADP"),
            ("Harlow", n + 3, "compound", "Harlow", "PROPN"),
            ("Advisory", n + 1, "pobj", "Advisory", "PROPN"),
            ("the", n + 5, "det", "the", "DET"), ("company", n + 6, "nsubj", "company", "NOUN"),
            ("bought", n + 6, "ROOT", "buy", "VERB"), ("the", n + 8, "det", "the", "DET"),
            ("mill", n + 6, "dobj", "mill", "NOUN"), (".", n + 6, "punct", ".", "PUNCT"),
        ]
    return parsed([*first, *rows], [("org", "Kestrel Foods"), ("org", "Harlow Advisory")],
                  lang="es" if spanish else "en")


def test_a_source_is_not_the_party_a_deal_word_names() -> None:
    for spanish in (False, True):
        assert choices(named_source(spanish)) == [], spanish


def test_is_source_reads_the_subject_of_a_verb_of_saying_only() -> None:
    said, reported = source_lede("said", "say"), source_lede("reported", "report")
    assert is_source(said[1]) and not is_source(reported[1])


def officer_lede(titled: bool) -> Doc:
    # "Mara Quill of Kestrel Foods spoke on Monday . The company bought Orvane Labs ."
    first: list[Row] = [
        ("Mara", 1, "compound", "Mara", "PROPN"), ("Quill", 5, "nsubj", "Quill", "PROPN"),
        ("of", 1, "prep", "of", "ADP"), ("Kestrel", 4, "compound", "Kestrel", "PROPN"),
        ("Foods", 2, "pobj", "Foods", "PROPN"), ("spoke", 5, "ROOT", "speak", "VERB"),
    ]
    doc = parsed([*first, *_second(len(first), root=5)],
                 [("person", "Mara Quill"), ("org", "Kestrel Foods"), ("org", "Orvane Labs")])
    if titled:
        person, company = (e.ref for e in doc._.kg_entities[:2])
        doc._.kg_roles = [Role(person, company, "chief executive", Span(0, 10, "Mara Quill"))]
    return doc


def test_an_officer_is_never_an_antecedent() -> None:
    names = {c.antecedent[1].name for c in choices(officer_lede(titled=True))}
    assert names == {"Kestrel Foods"}


def test_a_person_with_no_title_stays_a_candidate() -> None:
    names = {c.antecedent[1].name for c in choices(officer_lede(titled=False))}
    assert names == {"Kestrel Foods", "Mara Quill"}


def test_the_lede_buyer_is_still_proposed() -> None:
    doc = lede_then_deal()
    assert {c.antecedent[1].name for c in choices(doc, Article.of(doc))} == {"Kestrel Foods"}


def test_the_trainer_shows_its_out_of_fold_proposals_right_or_wrong() -> None:
    script = training_script()
    documents, samples = synthetic_set(script, 10)
    scored, base = script.proposals(documents, samples, [0.9 if s.label else 0.1
                                                         for s in samples])
    assert base == (0, 0, 10) and [(p, good) for p, good, _ in scored] == [(0.9, True)] * 10
    logs: list[str] = []
    script.show(documents, samples, 10.0, 2, logs.append)
    assert len(logs) == 2 and all(" doc" in line and "[buy]" in line for line in logs)
    assert "acquirer=Kestrel Foods, target=Orvane Labs" in logs[0]


def speaker_of(company_after: str) -> Doc:
    # "Kestrel Foods reported record sales . The company bought the mill , said Ana
    # Ruiz of Harlow Advisory ." ("of"), or "... , said Ana Ruiz beside Harlow
    # Advisory ." (a preposition that ties no speaker to a company)
    first: list[Row] = [
        ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
        ("reported", 2, "ROOT", "report", "VERB"), ("record", 4, "amod", "record", "ADJ"),
        ("sales", 2, "dobj", "sale", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
    ]
    n = len(first)
    rows: list[Row] = [
        ("The", n + 1, "det", "the", "DET"), ("company", n + 2, "nsubj", "company", "NOUN"),
        ("bought", n + 6, "ccomp", "buy", "VERB"), ("the", n + 4, "det", "the", "DET"),
        ("mill", n + 2, "dobj", "mill", "NOUN"), (",", n + 6, "punct", ",", "PUNCT"),
        ("said", n + 6, "ROOT", "say", "VERB"), ("Ana", n + 8, "compound", "Ana", "PROPN"),
        ("Ruiz", n + 6, "nsubj", "Ruiz", "PROPN"),
        (company_after, n + 8, "prep", company_after, "ADP"),
        ("Harlow", n + 11, "compound", "Harlow", "PROPN"),
        ("Advisory", n + 9, "pobj", "Advisory", "PROPN"), (".", n + 6, "punct", ".", "PUNCT"),
    ]
    return parsed([*first, *rows], [("org", "Kestrel Foods"), ("org", "Harlow Advisory")])


def test_the_company_a_speaker_speaks_from_is_a_source() -> None:
    assert choices(speaker_of("of")) == []


def test_a_company_beside_a_speaker_is_not_taken_for_its_employer() -> None:
    found = choices(speaker_of("beside"))
    assert {c.named[1].ref.name for c in found} == {"Harlow Advisory"}


def test_a_name_in_apposition_to_the_subject_of_a_verb_of_saying_is_a_source() -> None:
    # "Kestrel Foods reported record sales . The company bought the mill , its adviser ,
    # Harlow Advisory , said ."
    first: list[Row] = [
        ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
        ("reported", 2, "ROOT", "report", "VERB"), ("record", 4, "amod", "record", "ADJ"),
        ("sales", 2, "dobj", "sale", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
    ]
    n = len(first)
    rows: list[Row] = [
        ("The", n + 1, "det", "the", "DET"), ("company", n + 2, "nsubj", "company", "NOUN"),
        ("bought", n + 12, "ccomp", "buy", "VERB"), ("the", n + 4, "det", "the", "DET"),
        ("mill", n + 2, "dobj", "mill", "NOUN"), (",", n + 12, "punct", ",", "PUNCT"),
        ("its", n + 7, "poss", "its", "PRON"), ("adviser", n + 12, "nsubj", "adviser", "NOUN"),
        (",", n + 7, "punct", ",", "PUNCT"), ("Harlow", n + 10, "compound", "Harlow", "PROPN"),
        ("Advisory", n + 7, "appos", "Advisory", "PROPN"), (",", n + 7, "punct", ",", "PUNCT"),
        ("said", n + 12, "ROOT", "say", "VERB"), (".", n + 12, "punct", ".", "PUNCT"),
    ]
    doc = parsed([*first, *rows], [("org", "Kestrel Foods"), ("org", "Harlow Advisory")])
    assert choices(doc) == []
