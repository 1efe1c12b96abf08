"""The CoNLL reader and span-level NER scores (kg.conll), and ``kg eval ner``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.cli.eval import eval_command, guess_lang
from kg.conll import (
    NerScores,
    Sentence,
    decode_tags,
    document_doc,
    document_text,
    evaluate_ner,
    graph_mentions,
    group_documents,
    is_dateline,
    mentions_to_spans,
    parse_conll,
    predicted_spans,
    read_conll,
    sentence_entities,
)
from kg.errors import InputError

DATA = Path(__file__).parent / "data" / "eval" / "conll"


# --------------------------------------------------------------------------- tags


def test_iob1_opens_spans_with_i_and_splits_with_b() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]
    assert decode_tags(tags) == {(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_iob2_spans() -> None:
    tags = ["B-ORG", "I-ORG", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-MISC"]
    assert decode_tags(tags) == {(0, 2, "ORG"), (3, 4, "LOC"), (4, 6, "LOC"), (7, 8, "MISC")}


def test_the_same_entities_in_iob1_and_iob2_decode_alike() -> None:
    iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-ORG"]
    iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-ORG"]
    assert decode_tags(iob1) == decode_tags(iob2)


# --------------------------------------------------------------------------- reader


def test_two_column_iob2_file() -> None:
    sentences = read_conll(DATA / "esp.mini")
    assert [len(s.tokens) for s in sentences] == [8, 11]
    assert sentences[0].tokens[:2] == ("Ana", "Gil")
    assert sentences[1].spans == {(1, 3, "ORG"), (4, 5, "ORG"), (6, 7, "LOC")}


def test_four_column_iob1_file_with_docstart() -> None:
    sentences = read_conll(DATA / "eng.mini")
    assert len(sentences) == 2  # -DOCSTART- lines are no sentences
    assert sentences[0].spans == {(0, 2, "PER"), (3, 5, "ORG"), (6, 7, "LOC")}
    assert sentences[1].tokens[-2:] == ("Monday", ".")


def test_three_columns_and_a_docstart_without_blank_line() -> None:
    lines = [
        "-DOCSTART- -X- O", "Lima NP B-LOC", "-DOCSTART- -X- O", "Kappa NP B-ORG", "SA NP I-ORG"
    ]
    sentences = list(parse_conll(lines))
    assert sentences == [
        Sentence(("Lima",), frozenset({(0, 1, "LOC")})),
        Sentence(("Kappa", "SA"), frozenset({(0, 2, "ORG")})),
    ]


def test_latin1_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "esp.latin1"
    path.write_bytes("Caribeño B-ORG\n".encode("latin-1"))
    assert read_conll(path)[0].tokens == ("Caribeño",)


@pytest.mark.parametrize(
    ("line", "problem"), [("Lima", "columns"), ("Lima NP X-LOC", "IOB tag"), ("Lima B-", "IOB")]
)
def test_bad_lines_name_the_line(line: str, problem: str) -> None:
    with pytest.raises(InputError, match=rf"<conll>:2: .*{problem}"):
        list(parse_conll(["Ana B-PER", line]))


# --------------------------------------------------------------------------- scores


def test_scores_per_label_and_micro() -> None:
    scores = NerScores()
    gold = frozenset({(0, 2, "PER"), (3, 5, "ORG"), (6, 7, "LOC")})
    predicted = frozenset({(0, 2, "PER"), (3, 4, "ORG"), (6, 7, "MISC")})
    scores.add(gold, predicted)
    assert (scores.labels["PER"].tp, scores.labels["PER"].fp, scores.labels["PER"].fn) == (1, 0, 0)
    assert (scores.labels["ORG"].tp, scores.labels["ORG"].fp, scores.labels["ORG"].fn) == (0, 1, 1)
    assert scores.labels["MISC"].fp == 1 and scores.labels["LOC"].fn == 1
    micro = scores.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert micro.f1 == pytest.approx(1 / 3)


def test_ontonotes_labels_are_mapped_and_others_dropped() -> None:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Tom", "Reed", "of", "Lumen", "in", "Boston", "on", "Monday"])
    doc.ents = [
        Span(doc, 0, 2, "PERSON"), Span(doc, 3, 4, "ORG"), Span(doc, 5, 6, "GPE"),
        Span(doc, 7, 8, "DATE"),
    ]
    assert predicted_spans(doc) == {(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "LOC")}


def test_conll_labels_pass_unchanged() -> None:
    nlp = spacy.blank("es")
    doc = Doc(nlp.vocab, words=["Ana", "en", "Lima", "con", "Kappa", "Copa"])
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 2, 3, "LOC"), Span(doc, 4, 5, "ORG"),
                Span(doc, 5, 6, "MISC")]
    assert predicted_spans(doc) == {(0, 1, "PER"), (2, 3, "LOC"), (4, 5, "ORG"), (5, 6, "MISC")}


@Language.component("test_relabel_gpe_org")
def _relabel(doc: Doc) -> Doc:
    """Stands in for a kg component: turns a wrong LOC ("Lumen") into an ORG."""
    doc.ents = [
        Span(doc, e.start, e.end, "ORG") if e.text == "Lumen" else e for e in doc.ents
    ]
    return doc


def test_baseline_and_kg_systems_from_one_run() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "PERSON", "pattern": "Tom Reed"},
        {"label": "GPE", "pattern": "Lumen"},
        {"label": "GPE", "pattern": "Boston"},
    ])
    nlp.add_pipe("test_relabel_gpe_org")
    sentences = read_conll(DATA / "eng.mini")
    progress: list[int] = []
    result = evaluate_ner(
        sentences, nlp, kg_components=["test_relabel_gpe_org"], baseline=True,
        batch_size=1, on_progress=progress.append,
    )
    assert progress == [1, 2]
    assert result.pipelines == {
        "baseline": ["entity_ruler"], "kg": ["entity_ruler", "test_relabel_gpe_org"]}
    stock, kg = result.systems["baseline"], result.systems["kg"]
    # Both "Lumen" are wrong LOCs in the stock run; relabelled, the one that is a whole
    # gold ORG (sentence 2) is right and the one inside "Harbor Lumen" still wrong.
    assert (stock.labels["LOC"].fp, kg.labels["LOC"].fp) == (2, 0)
    assert (stock.labels["ORG"].tp, kg.labels["ORG"].tp) == (0, 1)
    assert (stock.labels["ORG"].fp, kg.labels["ORG"].fp) == (0, 1)
    assert stock.labels["PER"].tp == kg.labels["PER"].tp == 1
    assert json.loads(result.to_json())["systems"]["kg"]["micro"]["tp"] == 3


def test_without_kg_components_the_stock_pipeline_is_scored() -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("entity_ruler").add_patterns(  # type: ignore[attr-defined]
        [{"label": "LOC", "pattern": "Valencia"}]
    )
    result = evaluate_ner(read_conll(DATA / "esp.mini"), nlp)
    assert list(result.systems) == ["baseline"]
    assert result.systems["baseline"].labels["LOC"].tp == 1


# --------------------------------------------------------------------------- CLI


@pytest.mark.parametrize(
    ("name", "lang"), [("esp.testb", "es"), ("eng.testa", "en"), ("news.conll", None)]
)
def test_language_guessed_from_the_file_name(name: str, lang: str | None) -> None:
    assert guess_lang(Path(name)) == lang


def test_ner_without_a_language_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "news.conll"
    path.write_text("Lima B-LOC\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["ner", "--conll", str(path)])
    assert result.exit_code == 2
    assert "--lang" in result.output


@pytest.mark.model
def test_ner_command_prints_kg_and_baseline() -> None:
    result = CliRunner().invoke(
        eval_command,
        ["ner", "--conll", str(DATA / "esp.mini"), "--view", "ents", "--baseline"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "label" in line)
    assert header.split() == [
        "label", "kg", "P", "kg", "R", "kg", "F1", "baseline", "P", "baseline", "R",
        "baseline", "F1", "gold"]
    gold_column = {line.split()[0]: line.split()[-1] for line in result.output.splitlines()
                   if line.split() and line.split()[0] in ("PER", "ORG", "LOC", "micro")}
    assert gold_column == {"PER": "1", "ORG": "3", "LOC": "2", "micro": "6"}


@pytest.mark.model
def test_ner_command_json_with_limit() -> None:
    result = CliRunner().invoke(
        eval_command,
        ["ner", "--conll", str(DATA / "eng.mini"), "--view", "ents", "--json", "--limit", "1"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["sentences"] == 1 and payload["lang"] == "en"
    assert list(payload["systems"]) == ["kg"]
    micro = payload["systems"]["kg"]["micro"]
    assert micro["tp"] + micro["fn"] == 3  # the gold spans of the first sentence


# --------------------------------------------------------------------------- documents

TWO_DOCUMENTS = """-DOCSTART- -X- -X- O

Ruth NNP I-NP I-PER
Okafor NNP I-NP I-PER
joined VBD I-VP O
Vantor NNP I-NP I-ORG
. . O O

Okafor NNP I-NP I-PER
spoke VBD I-VP O
. . O O

-DOCSTART- -X- -X- O

Okafor NNP I-NP I-LOC
is VBZ I-VP O
a DT I-NP O
town NN I-NP O
. . O O
"""


def test_docstart_lines_group_sentences_into_documents() -> None:
    sentences = list(parse_conll(TWO_DOCUMENTS.splitlines()))
    assert [s.starts_document for s in sentences] == [True, False, True]
    documents = group_documents(sentences)
    assert [len(d) for d in documents] == [2, 1]
    assert documents[0][1].spans == {(0, 1, "PER")}


def test_a_news_agency_dateline_starts_a_document() -> None:
    lines = [
        "Lima B-LOC", ", O", "3 O", "jun O", "( O", "EFE B-ORG", ") O", ". O", "",
        "Ana B-PER", "Gil I-PER", "habló O", ". O", "",
        "Gil B-PER", "sigue O", ". O", "",
        "Quito B-LOC", "( O", "EFECOM B-ORG", ") O", ". O", "",
        "Sube O", "el O", "PP B-ORG", ". O",
    ]
    documents = group_documents(list(parse_conll(lines)))
    assert [len(d) for d in documents] == [3, 2]
    assert is_dateline("Londres , 23 may ( EFECOM ) .".split())
    assert not is_dateline("la reunión del Partido Popular ( PP ) .".split())
    assert not is_dateline("subió un 3 % ( EFE )".split()[:-1])


def test_without_markers_every_sentence_is_a_document() -> None:
    sentences = read_conll(DATA / "esp.mini")
    assert [len(d) for d in group_documents(sentences)] == [1, 1]


def test_document_doc_keeps_gold_tokens_and_sentence_starts() -> None:
    nlp = spacy.blank("en")
    document = group_documents(list(parse_conll(TWO_DOCUMENTS.splitlines())))[0]
    doc, offsets = document_doc(nlp, document)
    assert offsets == [0, 6]
    assert [t.text for t in doc] == ["Ruth", "Okafor", "joined", "Vantor", ".", "\n",
                                     "Okafor", "spoke", "."]
    assert [t.i for t in doc if t.is_sent_start] == [0, 6]
    # A predicted span across the boundary is cut into one piece per sentence.
    doc.ents = [Span(doc, 3, 7, "ORG")]
    assert sentence_entities(doc, document, offsets) == [
        frozenset({(3, 5, "ORG")}), frozenset({(0, 1, "ORG")})]


@Language.component("test_surname_from_document")
def _surname(doc: Doc) -> Doc:
    """Stands in for kg's entity component: a word alone that ends a person's name
    elsewhere in the Doc is that person."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    doc.ents = [
        Span(doc, e.start, e.end, "PERSON") if len(e) == 1 and e.text in surnames else e
        for e in doc.ents
    ]
    return doc


def _okafor_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([  # type: ignore[attr-defined]
        {"label": "PERSON", "pattern": "Ruth Okafor"},
        {"label": "GPE", "pattern": "Okafor"},
        {"label": "ORG", "pattern": "Vantor"},
    ])
    nlp.add_pipe("test_surname_from_document")
    return nlp


def test_a_surname_alone_is_resolved_by_its_document(tmp_path: Path) -> None:
    path = tmp_path / "eng.two"
    path.write_text(TWO_DOCUMENTS, encoding="utf-8")
    sentences = read_conll(path)
    nlp = _okafor_pipeline()
    kg = ["test_surname_from_document"]
    per_document = evaluate_ner(sentences, nlp, kg_components=kg, baseline=True)
    per_sentence = evaluate_ner(sentences, nlp, kg_components=kg, by_sentence=True)
    assert (per_document.documents, per_sentence.documents) == (2, 3)
    # In its document "Okafor" follows "Ruth Okafor"; read alone it stays a place.
    assert per_document.systems["kg"].labels["PER"].tp == 2
    assert per_sentence.systems["kg"].labels["PER"].tp == 1
    # The other document's "Okafor" is a town: its sentence is not in the first Doc.
    assert per_document.systems["kg"].labels["LOC"].tp == 1
    assert per_document.systems["baseline"].labels["PER"].tp == 1


@pytest.mark.model
def test_kg_resolves_a_surname_in_a_spanish_document(tmp_path: Path) -> None:
    lines = [
        "Lima , 3 jun ( EFE ) .", "",
        "El ministro Ramiro Toledo visitó la planta de Brivana .", "",
        "Toledo afirmó que la venta sigue .",
    ]
    gold = {"Lima": "B-LOC", "EFE": "B-ORG", "Ramiro": "B-PER", "Toledo": "I-PER",
            "Brivana": "B-ORG"}
    rows = []
    for line in lines:
        for number, word in enumerate(line.split()):
            # "Toledo" opening a sentence is a person alone, not the end of a name.
            tag = "B-PER" if word == "Toledo" and number == 0 else gold.get(word, "O")
            rows.append(f"{word} {tag}")
        if not line:
            rows.append("")
    path = tmp_path / "esp.docs"
    path.write_text("\n".join(rows), encoding="utf-8")
    result = CliRunner().invoke(
        eval_command, ["ner", "--conll", str(path), "--json", "--view", "ents"],
        catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert (payload["sentences"], payload["documents"]) == (3, 1)
    assert payload["systems"]["kg"]["labels"]["PER"]["tp"] == 2
    alone = CliRunner().invoke(
        eval_command, ["ner", "--conll", str(path), "--json", "--view", "ents", "--by-sentence"],
        catch_exceptions=False)
    assert json.loads(alone.stdout)["documents"] == 3


# --------------------------------------------------------------------------- graph view


def _sentence(text: str) -> Sentence:
    return Sentence(tuple(text.split()), frozenset())


def test_document_text_spaces_punctuation_as_running_text() -> None:
    document = [
        _sentence('Madrid , 23 may ( EFE ) .'),
        _sentence('El " Grupo Sur " ganó un 5 % y $ 3 .'),
    ]
    text, offsets = document_text(document)
    assert text == 'Madrid, 23 may (EFE).\nEl "Grupo Sur" ganó un 5% y $3.'
    for sentence, spans in zip(document, offsets, strict=True):
        assert [text[a:b] for a, b in spans] == list(sentence.tokens)


def test_document_text_with_one_space_between_tokens() -> None:
    text, offsets = document_text([_sentence("Lima ( EFE ) ."), _sentence("Sí .")],
                                  natural=False)
    assert text == "Lima ( EFE ) .\nSí ."
    assert offsets[1] == [(15, 17), (18, 19)]


def test_mentions_map_onto_gold_tokens_of_their_sentence() -> None:
    _text, offsets = document_text([_sentence("Ana Gil vende Kappa ."),
                                    _sentence("Kappa sube .")])
    # "Ana Gil" and "Kappa" (sentence 1), "Kappa" (sentence 2), "Gil" alone, and a
    # mention cutting a token ("appa") or running across the line break.
    mentions = [(0, 7, "PER"), (14, 19, "ORG"), (21, 26, "ORG"), (4, 7, "PER"),
                (15, 19, "ORG"), (14, 26, "ORG")]
    spans, misaligned = mentions_to_spans(mentions, offsets)
    assert spans == [frozenset({(0, 2, "PER"), (1, 2, "PER"), (3, 4, "ORG")}),
                     frozenset({(0, 1, "ORG")})]
    assert misaligned == {"ORG": 2}


def test_graph_mentions_are_the_evidence_of_organisations_and_people() -> None:
    import datetime as dt

    from kg.facts import Article, Entity, Facts, Span
    from kg.graph import RunInfo, build_graph

    text = "Ana Gil dirige Kappa. Kappa crece."
    facts = Facts(
        Article(id="a1", text=text, lang="es"),
        entities=(
            Entity("person", "Ana Gil", mentions=(Span(0, 7, "Ana Gil"),)),
            Entity("org", "Kappa", mentions=(Span(15, 20, "Kappa"), Span(22, 27, "Kappa"))),
        ),
        sentences=(Span(0, 21, text[:21]), Span(22, 34, text[22:])),
    )
    graph = build_graph(facts, RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "0"))
    assert graph_mentions(graph) == {(0, 7, "PER"), (15, 20, "ORG"), (22, 27, "ORG")}


def test_baseline_needs_the_ents_view() -> None:
    result = CliRunner().invoke(
        eval_command, ["ner", "--conll", str(DATA / "esp.mini"), "--baseline"])
    assert result.exit_code == 2
    assert "--view ents" in result.output


@pytest.mark.model
def test_ner_command_scores_the_published_graph_by_default() -> None:
    result = CliRunner().invoke(
        eval_command, ["ner", "--conll", str(DATA / "eng.mini"), "--json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["view"] == "graph" and payload["refused"] == []
    labels = payload["systems"]["kg"]["labels"]
    assert set(labels) == {"PER", "ORG"}  # LOC and MISC are not published
    # Gold: Tom Reed (PER), Harbor Lumen, Kestrel Ventures, Lumen (ORG).
    assert labels["PER"]["tp"] + labels["PER"]["fn"] == 1
    assert labels["ORG"]["tp"] + labels["ORG"]["fn"] == 3
    table = CliRunner().invoke(
        eval_command, ["ner", "--conll", str(DATA / "eng.mini")], catch_exceptions=False)
    rows = [line.split()[0] for line in table.output.splitlines() if line.split()]
    assert "ORG" in rows and "PER" in rows and "LOC" not in rows
    assert "the published graph" in table.output
