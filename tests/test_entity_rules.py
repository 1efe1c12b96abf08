"""kg.entities as named rules: the entity lexicon as data, the cue lists and how they
run, each cue alone on hand-made ``Doc``s, and the rule ids each entity carries
(``Entity.rules``).

The first tests are pure Python; the cue tests build ``Doc``s by hand (words, parts of
speech, sentence starts, the model's entities) with a blank pipeline, so no statistical
model is needed. Every text here is written for these tests.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import kg.entities  # noqa: F401  (registers the "kg_entities" factory)
from kg.entities import cues, people, words
from kg.entities.component import KgEntities
from kg.entities.context import (
    _P_CONTEXT,
    _P_HEAD,
    _P_LEGAL,
    _P_MODEL,
    _P_PERSON,
    Knowledge,
    _Cand,
)
from kg.entities.cues import ALL, ORG_CUES, Ctx, Cue, run_cues
from kg.entities.people import PERSON_CUES
from kg.entities.retype import RETYPE_RULES
from kg.entities.runs import _texts
from kg.lexicon import LEXICON
from kg.resources import data_dir

# --- the lexicon --------------------------------------------------------------------------


def _toml(name: str) -> dict[str, object]:
    with (data_dir("lexicon") / name).open("rb") as handle:
        return tomllib.load(handle)


def test_entity_word_lists_are_read_from_the_lexicon_file() -> None:
    data = _toml("entities.toml")
    listed = data["words"]
    assert isinstance(listed, dict)
    assert words.DESCRIPTORS == frozenset(listed["descriptors"])
    assert words.LEGAL_FORMS == frozenset(listed["legal_forms"])
    assert words.APPOSITION_ROLES == words.PERSON_ROLES | frozenset(listed["apposition_roles"])
    # Order matters where the rules read a list in order.
    assert words.INTERNAL_BODIES[0] == ("Board", "of", "Directors")
    assert words.ROLE_TITLES[:4] == ("ceo", "cfo", "coo", "cto")
    assert words.DEAL_NOUNS["opa"] == ("sobre", "de")


def test_no_entity_word_list_repeats_a_deal_list() -> None:
    """One lexicon: a list that says the same words as a deal list reads that one."""
    deals = _toml("deals.toml")
    triggers = deals["triggers"]
    assert isinstance(triggers, dict)
    deal_lists: dict[str, frozenset[str]] = {}
    for lang, kinds in triggers.items():
        for kind, listed in kinds.items():
            deal_lists[f"triggers.{lang}.{kind}"] = frozenset(listed)
    kinds = {kind for by_kind in triggers.values() for kind in by_kind}
    for kind in kinds:
        deal_lists[f"triggers.*.{kind}"] = frozenset(
            w for by_kind in triggers.values() for w in by_kind.get(kind, ())
        )
    for section in ("status", "words"):
        for name, listed in deals[section].items():  # type: ignore[attr-defined]
            deal_lists[f"{section}.{name}"] = frozenset(listed)
    entity = _toml("entities.toml")
    for name, listed in entity["words"].items():  # type: ignore[attr-defined]
        same = [key for key, other in deal_lists.items() if other == frozenset(listed)]
        assert not same, f"entities.toml [words] {name} repeats deals.toml {same}"


def test_the_deal_lexicon_keeps_its_own_lists() -> None:
    # The entity lexicon is another file: deals.toml's keys are not touched.
    assert "stake" in LEXICON.words("stake_nouns")
    assert LEXICON.path.name == "deals.toml"


def test_a_missing_entity_list_names_the_file(tmp_path: Path) -> None:
    from kg.entities.words import EntityLexicon
    from kg.errors import ConfigError

    path = tmp_path / "entities.toml"
    path.write_text("[words]\nlegal_forms = ['SA']\n", encoding="utf-8")
    lexicon = EntityLexicon(path)
    assert lexicon.words("legal_forms") == frozenset({"SA"})
    with pytest.raises(ConfigError, match=r"entities\.toml: no \[sequences\] role_titles"):
        lexicon.sequence("role_titles")


# --- the rule lists ------------------------------------------------------------------------


@pytest.mark.parametrize("table", [ORG_CUES, PERSON_CUES], ids=["org", "person"])
def test_cue_ids_are_unique_and_skips_name_later_cues(table: tuple[Cue, ...]) -> None:
    rules = [cue.rule for cue in table]
    assert len(set(rules)) == len(rules)
    assert all(rule.startswith("cue:") for rule in rules)
    for index, cue in enumerate(table):
        if cue.skips != ALL:
            assert set(cue.skips) <= set(rules[index + 1:]), cue.rule


def test_retyping_rules_run_in_their_documented_order() -> None:
    names = [rule.__name__ for rule in RETYPE_RULES]
    assert names[0] == "owner_split"  # a name split in two is retyped no further
    assert names.index("country") < names.index("demonym")
    assert names[-1] == "unintroduced"  # the convention is the last resort


def test_run_cues_stamps_rule_ids_and_honours_skips() -> None:
    def found(label: str) -> cues.Found:
        return [_Cand(0, 1, label, _P_CONTEXT)]

    table = (
        Cue("cue:first", lambda x, i: found("ORG"), skips=("cue:second",)),
        Cue("cue:second", lambda x, i: found("PER")),
        Cue("cue:absent", lambda x, i: None, skips=ALL),
        Cue("cue:third", lambda x, i: found("LOC"), skips=ALL),
        Cue("cue:fourth", lambda x, i: found("MISC")),
    )
    out: list[_Cand] = []
    run_cues(table, None, 0, out)  # type: ignore[arg-type]  (the cues read no context)
    assert [(c.label, c.rules) for c in out] == [
        ("ORG", ("cue:first",)), ("LOC", ("cue:third",)),
    ]


def test_retyped_adds_the_rule_only_when_the_label_changes() -> None:
    model = _Cand(2, 4, "PER", _P_MODEL, ("ner:PERSON",))
    assert model.retyped("ORG", _P_CONTEXT, "retype:x").rules == ("ner:PERSON", "retype:x")
    assert model.retyped("PER", _P_CONTEXT, "retype:x").rules == ("ner:PERSON",)
    # Rules are provenance, not identity: two candidates of one span and label are equal.
    assert model == _Cand(2, 4, "PER", _P_MODEL)


# --- each cue alone, on hand-made Docs -----------------------------------------------------


@pytest.fixture(scope="module")
def blank() -> dict[str, Language]:
    """Blank Spanish and English pipelines with the kg_entities component alone."""
    pipes = {lang: spacy.blank(lang) for lang in ("es", "en")}
    for nlp in pipes.values():
        nlp.add_pipe("kg_entities")
    return pipes


@pytest.fixture(scope="module")
def es(blank: dict[str, Language]) -> Language:
    return blank["es"]


@pytest.fixture(scope="module")
def en(blank: dict[str, Language]) -> Language:
    return blank["en"]


def _doc(
    nlp: Language, words_: Sequence[str], pos: Sequence[str],
    ents: Sequence[tuple[int, int, str]] = (),
) -> Doc:
    """A Doc of ``words_`` with their parts of speech, one sentence, and the model's
    entities as (start, end, label)."""
    doc = Doc(nlp.vocab, words=list(words_), pos=list(pos),
              sent_starts=[i == 0 for i in range(len(words_))])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _ctx(nlp: Language, doc: Doc, model: list[_Cand] | None = None) -> Ctx:
    component = nlp.get_pipe("kg_entities")
    assert isinstance(component, KgEntities)
    return Ctx(doc, component._caps(doc), _texts(doc), component.knowledge, model or [], [])


def _spans(doc: Doc, found: cues.Found) -> list[tuple[str, str, int]]:
    assert found is not None
    return [(doc[c.start:c.end].text, c.label, c.priority) for c in found]


def test_legal_form_cue_reads_the_name_before_it(es: Language) -> None:
    doc = _doc(es, ["Compró", "Vantiva", "Redes", ",", "S.A.", "ayer"],
               ["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "ADV"])
    x = _ctx(es, doc)
    assert _spans(doc, cues.legal_form(x, 4)) == [("Vantiva Redes , S.A.", "ORG", _P_LEGAL)]
    assert cues.legal_form(x, 1) is None  # not a legal form: the cue does not apply


def test_org_head_gives_way_to_an_institution_word_alone(es: Language) -> None:
    doc = _doc(es, ["Ayer", "el", "Gobierno", "aprobó", "la", "ley"],
               ["ADV", "DET", "PROPN", "VERB", "DET", "NOUN"])
    x = _ctx(es, doc)
    assert cues.org_head(x, 2) is None  # "Gobierno" alone opens no longer name
    assert _spans(doc, cues.institution(x, 2)) == [("Gobierno", "ORG", _P_HEAD)]
    out: list[_Cand] = []
    run_cues(ORG_CUES, x, 2, out)
    assert [c.rules for c in out] == [("cue:institution",)]


def test_descriptor_cue_skips_an_adjective(es: Language) -> None:
    doc = _doc(es, ["la", "tecnológica", "gallega", "Brumalia", "creció"],
               ["DET", "NOUN", "ADJ", "PROPN", "VERB"])
    x = _ctx(es, doc)
    assert _spans(doc, cues.descriptor(x, 1)) == [("Brumalia", "ORG", _P_CONTEXT)]


def test_seat_cue_reads_a_place_before_based(en: Language) -> None:
    doc = Doc(en.vocab, words=["the", "Leeds", "-", "based", "Corvane", "grew"],
              spaces=[True, False, False, True, True, False],
              pos=["DET", "PROPN", "PUNCT", "VERB", "PROPN", "VERB"],
              sent_starts=[True, False, False, False, False, False])
    x = _ctx(en, doc)
    # the place before "-based", and the company based there after it
    assert _spans(doc, cues.seat(x, 3)) == [("Leeds", "LOC", _P_CONTEXT),
                                            ("Corvane", "ORG", _P_CONTEXT)]


def test_ticker_cue_pairs_the_symbol_with_the_name(en: Language) -> None:
    doc = _doc(en, ["Pellion", "Corp", "(", "NYSE", ":", "PLN", ")", "rose"],
               ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    x = _ctx(en, doc)
    # the listed name (no model here: nobody read it), the exchange, the symbol
    assert _spans(doc, cues.ticker(x, 2)) == [
        ("Pellion Corp", "ORG", 1), ("NYSE", "ORG", 5), ("PLN", "ORG", 5)]
    assert x.pairs == [("Pellion Corp", "PLN")]


def test_round_name_needs_a_sentence_about_money(es: Language) -> None:
    funding = _doc(es, ["cerró", "una", "Serie", "B", "de", "ronda"],
                   ["VERB", "DET", "PROPN", "PROPN", "ADP", "NOUN"])
    football = _doc(es, ["juega", "en", "la", "Serie", "B"],
                    ["VERB", "ADP", "DET", "PROPN", "PROPN"])
    assert _spans(funding, cues.round_name(_ctx(es, funding), 2)) == [("Serie B", "MISC", 6)]
    assert cues.round_name(_ctx(es, football), 3) is None


def test_copula_cue_reads_the_subject_of_is_a_firm(en: Language) -> None:
    doc = _doc(en, ["Tessaly", "is", "a", "small", "firm"],
               ["PROPN", "AUX", "DET", "ADJ", "NOUN"])
    x = _ctx(en, doc)
    assert _spans(doc, cues.copula(x, 1)) == [("Tessaly", "ORG", _P_CONTEXT)]


def test_title_before_a_name_ends_the_person_cues_of_that_token(es: Language) -> None:
    doc = _doc(es, ["el", "ministro", "Aurelio", "Pastrana", "habló"],
               ["DET", "NOUN", "PROPN", "PROPN", "VERB"])
    x = _ctx(es, doc)
    out: list[_Cand] = []
    run_cues(PERSON_CUES, x, 1, out)
    assert [(doc[c.start:c.end].text, c.rules) for c in out] == [
        ("Aurelio Pastrana", ("cue:title_before",)),
    ]


def test_age_cue_reads_a_person(en: Language) -> None:
    doc = _doc(en, ["Marlowe", ",", "52", ",", "resigned"],
               ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB"])
    # an age is a person's cue (it outranks the organisation context cues)
    assert _spans(doc, people.age(_ctx(en, doc), 0)) == [("Marlowe", "PER", _P_PERSON)]


# --- rule ids on the entities --------------------------------------------------------------


def test_entities_carry_the_rules_that_typed_their_mentions(es: Language) -> None:
    doc = _doc(
        es,
        ["Vantiva", "Redes", "SA", "compró", "Telefónica", "y", "Brumalia", "."],
        ["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"],
        ents=[(6, 7, "ORG")],
    )
    doc = es.get_pipe("kg_entities")(doc)
    rules = {e.name: e.rules for e in doc._.kg_entities}
    assert rules["Vantiva Redes"] == ("cue:legal_form",)
    assert rules["Telefónica"][0] == "gazetteer"
    assert rules["Brumalia"][0] == "ner:ORG"


def test_a_retyped_mention_keeps_its_source_and_the_rule_that_retyped_it(
    es: Language,
) -> None:
    knowledge = Knowledge(es, frozenset())
    doc = _doc(es, ["Vieron", "a", "Perú", "."], ["VERB", "ADP", "PROPN", "PUNCT"])
    from kg.entities.retype import _retype

    model = _Cand(2, 3, "ORG", _P_MODEL, ("ner:ORG",))
    component = es.get_pipe("kg_entities")
    assert isinstance(component, KgEntities)
    (out,) = _retype(knowledge, doc, [model], component._caps(doc))
    assert (out.label, out.rules) == ("LOC", ("ner:ORG", "retype:country"))


def test_the_cue_prefilter_is_the_union_of_the_cue_keys() -> None:
    """A token opens no cue unless one of them is keyed on its text, lower case or
    lemma (or it is a demonym, for the government cue): the prefilter is built from the
    cue table, so a new cue cannot be silently skipped."""
    keyed = [cue for cue in ORG_CUES if cue.on]
    assert all(cue.on in ("text", "lower", "lemma") and cue.words for cue in keyed)
    assert [cue.rule for cue in ORG_CUES if not cue.on] == ["cue:government"]
    assert cues._CUE_LEMMAS == (
        words.DEAL_VERBS | words.RAISE_VERBS | words.SIGNING_VERBS | words.MONEY_INTO_VERBS
        | words.SELLING_VERBS
    )
    assert {",", "("} | words.LEGAL_FORMS <= cues._CUE_TEXTS
    assert words.DESCRIPTORS | frozenset(words.DEAL_NOUNS) <= cues._CUE_LOWERS


def test_a_keyed_cue_does_not_run_off_its_words(es: Language) -> None:
    doc = _doc(es, ["Ayer", "Vantiva", "SA", "creció"], ["ADV", "PROPN", "PROPN", "VERB"])
    x = _ctx(es, doc)
    seen: list[int] = []

    def spy(x: Ctx, i: int) -> cues.Found:
        seen.append(i)
        return None

    table = (Cue("cue:spy", spy, (), "text", words.LEGAL_FORMS),)
    for i in range(len(doc)):
        run_cues(table, x, i, [])
    assert seen == [2]
