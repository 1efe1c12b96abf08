"""Span-level NER scores of a spaCy pipeline on a CoNLL file (CoNLL-2002/2003).

The reader takes the token from the first column and the tag from the last one, so
the 2-column (``token tag``), 3-column (CoNLL-2002: ``token pos tag``) and 4-column
(CoNLL-2003: ``token pos chunk tag``) layouts all read the same way. ``-DOCSTART-``
lines and blank lines end a sentence. Tags are decoded with conlleval's rule, which
reads IOB1 and IOB2 alike: ``B-X`` always opens a span, ``I-X`` continues a span of
type X and opens one after anything else.

The pipeline is run over ``Doc`` objects built from the gold tokens, so that
tokenisation cannot move a boundary; predicted labels are mapped onto the CoNLL ones
(PER, ORG, LOC, MISC) and the rest (dates, money, numbers) dropped.

By default each *document* is one ``Doc``, as kg reads a real article, so that what
the article says once (a full name, a label) can help elsewhere in it. Documents are
found with :func:`group_documents`: CoNLL-2003 marks them with ``-DOCSTART-`` lines;
CoNLL-2002 Spanish has no markers, but every EFE article opens with a dateline
sentence (``Madrid , 23 may ( EFE ) .``, a place, a date and a news agency in
brackets), which starts a new document; a file with neither marker has one document
per sentence. In a document's ``Doc`` the sentences are separated by a line break
token (as paragraphs are in an article) and the gold boundaries are preset as
``is_sent_start``, which spaCy's parser keeps; spans are still scored per sentence,
and a predicted span that runs across a boundary is cut at it.

Two views are scored:

- ``graph`` (:func:`evaluate_ner_graph`, what ``kg eval ner`` reports by default):
  what kg *publishes*. Each document's gold tokens are joined into an article text
  (:func:`document_text`: sentences on their own lines, no space before closing
  punctuation, as news is written), the article goes through kg's whole pipeline
  and the SHACL gate exactly as ``kg extract`` runs it, and the evidence mentions
  (``deal:evidence`` → ``nif:beginIndex``/``nif:endIndex``) of its
  ``schema:Organization`` and ``schema:Person`` nodes are mapped back onto the gold
  tokens: ORG and PER spans. A mention whose ends fall inside a token, or that runs
  across sentences, can match no gold span and counts as a false positive; an
  article the gate refuses publishes nothing, so all its gold spans are missed.
  LOC and MISC are not published and not scored.
- ``ents`` (:func:`evaluate_ner`): the ``Doc.ents`` of kg's pipeline run on the gold
  tokens, all four labels, optionally beside the stock pipeline (``baseline``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.entities import LABEL_MAP
from kg.errors import InputError
from kg.evaluate import Counts
from kg.facts import Article

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.nlp import Pipelines

CONLL_LABELS = ("PER", "ORG", "LOC", "MISC")
# The labels kg publishes as graph nodes: schema:Person and schema:Organization.
GRAPH_LABELS = ("PER", "ORG")

# Predicted label -> CoNLL label: the same folding kg's entity component applies
# (OntoNotes labels of English pipelines in, CoNLL labels unchanged, others dropped).

Spans = frozenset[tuple[int, int, str]]  # (first token, end token exclusive, label)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a CoNLL file: its tokens and gold entity spans (token offsets).

    ``starts_document`` is set on the first sentence after a ``-DOCSTART-`` line.
    """

    tokens: tuple[str, ...]
    spans: Spans
    starts_document: bool = field(default=False, compare=False)


def decode_tags(tags: Sequence[str]) -> Spans:
    """Entity spans of an IOB1 or IOB2 tag sequence.

    >>> sorted(decode_tags(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]))
    [(0, 2, 'PER'), (2, 3, 'PER'), (4, 5, 'LOC')]
    """
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):  # a final "O" closes the last span
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.add((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return frozenset(spans)


def read_conll(path: Path) -> list[Sentence]:
    """Read a CoNLL NER file into sentences.

    >>> read_conll(Path("esp.testb"))[0].tokens[:2]  # doctest: +SKIP
    ('La', 'Coruña')
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        # The original CoNLL-2002 distribution is Latin-1.
        lines = path.read_text(encoding="latin-1").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read the CoNLL file ({err})") from err
    return list(parse_conll(lines, str(path)))


def parse_conll(lines: Iterable[str], source: str = "<conll>") -> Iterator[Sentence]:
    """Sentences of CoNLL lines (see :func:`read_conll`)."""
    tokens: list[str] = []
    tags: list[str] = []
    new_document = False

    def flush() -> Iterator[Sentence]:
        nonlocal new_document
        if tokens:
            yield Sentence(tuple(tokens), decode_tags(tags), new_document)
            new_document = False
        tokens.clear()
        tags.clear()

    for number, line in enumerate(lines, 1):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            yield from flush()
            new_document = new_document or bool(fields)
            continue
        if len(fields) < 2:
            raise InputError(
                f"{source}:{number}: expected 'token ... tag' columns, got {line!r}"
            )
        tag = fields[-1]
        if tag != "O" and (tag[:2] not in ("B-", "I-") or len(tag) < 3):
            raise InputError(f"{source}:{number}: {tag!r} is not an IOB tag (O, B-X, I-X)")
        tokens.append(fields[0])
        tags.append(tag)
    yield from flush()


# News agencies that sign a dateline ("Madrid , 23 may ( EFE ) ."). EFECOM is EFE's
# business desk.
AGENCIES = frozenset({
    "EFE", "Efe", "EFECOM", "AFP", "AP", "DPA", "ANSA", "Reuters", "REUTERS", "Xinhua",
    "XINHUA", "UPI", "Europa Press", "Colpisa", "COLPISA", "Servimedia", "SERVIMEDIA",
    "Notimex", "NOTIMEX", "Prensa Latina", "Bloomberg",
})


def is_dateline(tokens: Sequence[str]) -> bool:
    """Whether a sentence is a news agency's dateline, which opens an article:
    ``<place> , <day> <month> ( EFE ) .`` or ``<place> ( EFE ) .`` (a headline may
    come first in the same sentence). The sentence ends with the agency in brackets,
    optionally followed by a full stop, and a capitalised word or a date comes right
    before the brackets.

    >>> is_dateline("Londres , 23 may ( EFECOM ) .".split())
    True
    >>> is_dateline("la reunión del Partido Popular ( PP ) .".split())
    False
    """
    words = list(tokens)
    if words and words[-1] == ".":
        words.pop()
    if len(words) < 4 or words[-1] != ")":
        return False
    try:
        opening = len(words) - 1 - words[::-1].index("(")
    except ValueError:
        return False
    agency = " ".join(words[opening + 1:-1])
    if agency not in AGENCIES or opening == 0:
        return False
    before = words[opening - 1]
    return before[:1].isupper() or before.isalpha() and opening >= 2 and \
        any(c.isdigit() for c in words[opening - 2])


def group_documents(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """The documents of a CoNLL file, in order (see the module docstring).

    ``-DOCSTART-`` lines win when the file has any; otherwise a dateline sentence
    (:func:`is_dateline`) starts a document; otherwise every sentence is one.
    """
    if any(s.starts_document for s in sentences):
        starts = [s.starts_document for s in sentences]
    else:
        starts = [is_dateline(s.tokens) for s in sentences]
        if not any(starts):
            return [[s] for s in sentences]
    documents: list[list[Sentence]] = []
    for sentence, start in zip(sentences, starts, strict=True):
        if start or not documents:
            documents.append([])
        documents[-1].append(sentence)
    return documents


# Span counts per label are scored exactly like the fact kinds of ``kg eval``.
LabelCounts = Counts


@dataclass
class NerScores:
    """Span-level counts per CoNLL label; ``micro`` sums them."""

    labels: dict[str, LabelCounts] = field(
        default_factory=lambda: {label: LabelCounts() for label in CONLL_LABELS}
    )

    @property
    def micro(self) -> LabelCounts:
        total = LabelCounts()
        for counts in self.labels.values():
            total.add(counts)
        return total

    def add(self, gold: Spans, predicted: Spans) -> None:
        for label, counts in self.labels.items():
            g = {s for s in gold if s[2] == label}
            p = {s for s in predicted if s[2] == label}
            counts.tp += len(g & p)
            counts.fp += len(p - g)
            counts.fn += len(g - p)

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": {label: c.to_dict() for label, c in self.labels.items()},
            "micro": self.micro.to_dict(),
        }


@dataclass
class NerEvaluation:
    """Scores of one or more systems (``kg``, ``baseline``) on the same sentences,
    read as ``documents`` Docs."""

    file: str
    sentences: int
    documents: int
    pipelines: dict[str, list[str]]  # system -> component names it ran
    systems: dict[str, NerScores]
    seconds: float = 0.0
    view: str = "ents"  # "graph": the published graph; "ents": Doc.ents on gold tokens
    refused: list[str] = field(default_factory=list)  # documents the SHACL gate refused

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "view": self.view,
            "sentences": self.sentences,
            "documents": self.documents,
            "refused": self.refused,
            "seconds": round(self.seconds, 2),
            "pipelines": self.pipelines,
            "systems": {name: s.to_dict() for name, s in self.systems.items()},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def predicted_spans(doc: Doc, label_map: Mapping[str, str] = LABEL_MAP) -> Spans:
    """The doc's entities as CoNLL spans; labels outside the map are dropped."""
    return frozenset(
        (ent.start, ent.end, label_map[ent.label_])
        for ent in doc.ents
        if ent.label_ in label_map
    )


def _sentence_batches(
    documents: Sequence[list[Sentence]], size: int
) -> Iterator[list[list[Sentence]]]:
    """Documents in batches of about ``size`` sentences (a long document is one batch)."""
    batch: list[list[Sentence]] = []
    count = 0
    for document in documents:
        batch.append(document)
        count += len(document)
        if count >= size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


def document_doc(nlp: Language, document: Sequence[Sentence]) -> tuple[Doc, list[int]]:
    """A ``Doc`` of the gold tokens of a document's sentences and where each sentence
    starts in it.

    A line-break token separates two sentences, as paragraphs are separated in an
    article (kg reads a line as a unit, e.g. a results table); each sentence's first
    token is preset as a sentence start and every other token as none, which the
    parser keeps.
    """
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | int | None] = []
    offsets: list[int] = []
    for number, sentence in enumerate(document):
        if number:
            words.append("\n")
            spaces.append(False)
            sent_starts.append(False)
        offsets.append(len(words))
        words += sentence.tokens
        spaces += [True] * (len(sentence.tokens) - 1) + [False]
        sent_starts += [True] + [False] * (len(sentence.tokens) - 1)
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts), offsets


def sentence_entities(
    doc: Doc, document: Sequence[Sentence], offsets: Sequence[int],
    label_map: Mapping[str, str] = LABEL_MAP,
) -> list[Spans]:
    """The doc's entities as CoNLL spans of each sentence (offsets within the sentence).

    A span running across sentences is cut at the boundaries: each piece is scored in
    its sentence (and is wrong there unless that piece alone is a gold entity).
    """
    found: list[set[tuple[int, int, str]]] = [set() for _ in document]
    bounds = [(o, o + len(s.tokens)) for o, s in zip(offsets, document, strict=True)]
    for ent in doc.ents:
        label = label_map.get(ent.label_)
        if label is None:
            continue
        for number, (first, end) in enumerate(bounds):
            start, stop = max(ent.start, first), min(ent.end, end)
            if start < stop:
                found[number].add((start - first, stop - first, label))
    return [frozenset(spans) for spans in found]


def evaluate_ner(
    sentences: Sequence[Sentence],
    nlp: Language,
    *,
    kg_components: Sequence[str] = (),
    baseline: bool = False,
    by_sentence: bool = False,
    batch_size: int = 256,
    on_progress: Callable[[int], None] | None = None,
    source: str = "",
) -> NerEvaluation:
    """Score a pipeline's entities against CoNLL sentences.

    The sentences are read as documents (:func:`group_documents`), one ``Doc`` each;
    with ``by_sentence`` every sentence is its own ``Doc``. ``kg_components`` names
    the components kg added after the model's own; their entities are scored as
    ``kg``. The model's components run batched (``nlp.pipe``) first; with ``baseline``
    (or when there are no kg components) the stock entities are scored there as
    ``baseline``, before kg's components run on the same docs, so both systems come
    from one run on the same Docs and the model runs once. ``on_progress`` receives
    the number of sentences done after each batch.

    >>> evaluate_ner(read_conll(path), nlp, baseline=True)  # doctest: +SKIP
    """
    started = time.perf_counter()
    names = list(nlp.pipe_names)
    stock = [name for name in names if name not in kg_components]
    # A kg component placed before a model component (kg's line-break rule, before
    # the parser) can only run in the shared pass, so the baseline runs it too. On
    # these Docs the sentence boundaries are already preset, so it changes nothing.
    last_stock = max((names.index(name) for name in stock), default=-1)
    early = [name for name in kg_components if names.index(name) < last_stock]
    late = [name for name in kg_components if name not in early]
    stock = [name for name in names if name in stock or name in early]
    systems: dict[str, NerScores] = {}
    pipelines: dict[str, list[str]] = {}
    if baseline or not kg_components:
        systems["baseline"] = NerScores()
        pipelines["baseline"] = stock
    if kg_components:
        systems["kg"] = NerScores()
        pipelines["kg"] = names
    documents = [[s] for s in sentences] if by_sentence else group_documents(sentences)
    done = 0
    for batch in _sentence_batches(documents, batch_size):
        built = [document_doc(nlp, document) for document in batch]
        # nlp.pipe accepts Docs: the tokenizer is skipped, the gold tokens stay.
        docs = nlp.pipe((doc for doc, _ in built), disable=late, batch_size=batch_size)
        for document, (_, offsets), doc in zip(batch, built, docs, strict=True):
            gold = [s.spans for s in document]
            if "baseline" in systems:
                for g, p in zip(gold, sentence_entities(doc, document, offsets), strict=True):
                    systems["baseline"].add(g, p)
            if kg_components:
                for name in late:
                    doc = nlp.get_pipe(name)(doc)
                for g, p in zip(gold, sentence_entities(doc, document, offsets), strict=True):
                    systems["kg"].add(g, p)
            done += len(document)
        if on_progress is not None:
            on_progress(done)
    return NerEvaluation(
        file=source,
        sentences=len(sentences),
        documents=len(documents),
        pipelines=pipelines,
        systems=systems,
        seconds=time.perf_counter() - started,
    )


# --------------------------------------------------------------------------- graph view

# Tokens written against the word before them / after them, as running text has them
# ("Madrid , 23 may ( EFE ) ." → "Madrid, 23 may (EFE).").
_NO_SPACE_BEFORE = frozenset({
    ",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "...", "'s", "'S", "n't", "'re",
    "'ve", "'ll", "'d", "'m", "''",
})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "``", "¿", "¡", "$", "US$"})

TokenOffsets = list[tuple[int, int]]  # (start, end) of each token in the text


def document_text(
    document: Sequence[Sentence], *, natural: bool = True
) -> tuple[str, list[TokenOffsets]]:
    """The article text of a document's gold tokens and each token's character span.

    Each sentence is a line. With ``natural`` (the default) punctuation is written as
    news writes it (no space before ``,`` ``)`` ``%`` ``'s``, none after ``(`` ``$``;
    a straight double quote opens and closes in turn); otherwise tokens are separated
    by one space.

    >>> document_text([Sentence(("Lima", "(", "EFE", ")", "."), frozenset())])[0]
    'Lima (EFE).'
    """
    parts: list[str] = []
    offsets: list[TokenOffsets] = []
    length = 0
    for number, sentence in enumerate(document):
        if number:
            parts.append("\n")
            length += 1
        spans: TokenOffsets = []
        glue = True  # no space before the first token of a line
        quote_open = False
        for token in sentence.tokens:
            attach = glue or natural and (
                token in _NO_SPACE_BEFORE or token == '"' and quote_open
            )
            if not attach:
                parts.append(" ")
                length += 1
            spans.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            glue = natural and (token in _NO_SPACE_AFTER or token == '"' and not quote_open)
            if token == '"':
                quote_open = not quote_open
        offsets.append(spans)
    return "".join(parts), offsets


def graph_mentions(graph: Graph) -> set[tuple[int, int, str]]:
    """(begin, end, label) of every evidence mention of the graph's organisations (ORG)
    and people (PER), read from the published triples.

    >>> graph_mentions(build_graph(facts, run))  # doctest: +SKIP
    {(0, 6, 'ORG')}
    """
    from rdflib import Literal

    from kg.vocab import DEAL, NIF, RDF, SCHEMA

    found: set[tuple[int, int, str]] = set()
    for kind, label in ((SCHEMA.Organization, "ORG"), (SCHEMA.Person, "PER")):
        for node in graph.subjects(RDF.type, kind):
            for mention in graph.objects(node, DEAL.evidence):
                begin = graph.value(mention, NIF.beginIndex)
                end = graph.value(mention, NIF.endIndex)
                if isinstance(begin, Literal) and isinstance(end, Literal):
                    found.add((int(begin.toPython()), int(end.toPython()), label))
    return found


def mentions_to_spans(
    mentions: Iterable[tuple[int, int, str]], offsets: Sequence[TokenOffsets]
) -> tuple[list[Spans], dict[str, int]]:
    """Char mentions as token spans of each sentence, and per label how many mentions
    fit no token boundaries (their ends inside a token, or across sentences): those
    can match no gold span.

    >>> mentions_to_spans([(0, 4, "ORG"), (1, 4, "PER")], [[(0, 4), (5, 8)]])
    ([frozenset({(0, 1, 'ORG')})], {'PER': 1})
    """
    spans: list[set[tuple[int, int, str]]] = [set() for _ in offsets]
    misaligned: dict[str, int] = {}
    starts = [{start: i for i, (start, _) in enumerate(s)} for s in offsets]
    ends = [{end: i for i, (_, end) in enumerate(s)} for s in offsets]
    for begin, end, label in sorted(mentions):
        for number, sentence in enumerate(offsets):
            if sentence and sentence[0][0] <= begin < sentence[-1][1]:
                first, last = starts[number].get(begin), ends[number].get(end)
                if first is not None and last is not None and first <= last:
                    spans[number].add((first, last + 1, label))
                    break
                misaligned[label] = misaligned.get(label, 0) + 1
                break
        else:
            misaligned[label] = misaligned.get(label, 0) + 1
    return [frozenset(s) for s in spans], misaligned


def evaluate_ner_graph(
    sentences: Sequence[Sentence],
    pipelines: Pipelines,
    lang: str,
    *,
    by_sentence: bool = False,
    natural: bool = True,
    batch_size: int = 32,
    on_progress: Callable[[int], None] | None = None,
    source: str = "",
) -> NerEvaluation:
    """Score the organisations and people kg publishes against CoNLL ORG and PER spans
    (the ``graph`` view of the module docstring).

    Every document (every sentence with ``by_sentence``) is an article of language
    ``lang``; the articles run through ``kg.pipeline.process`` with kg's shapes, as
    ``kg extract`` runs them. The result's ``refused`` lists the documents whose
    graph did not conform.

    >>> evaluate_ner_graph(read_conll(path), Pipelines(), "es")  # doctest: +SKIP
    """
    from kg.graph import make_run
    from kg.nlp import pipeline_id
    from kg.pipeline import process
    from kg.validate import load_shapes

    started = time.perf_counter()
    documents = [[s] for s in sentences] if by_sentence else group_documents(sentences)
    name = Path(source).name or "conll"
    texts: dict[str, tuple[list[Sentence], list[TokenOffsets]]] = {}
    articles = []
    for number, document in enumerate(documents, 1):
        text, offsets = document_text(document, natural=natural)
        article_id = f"{name}-{number:05d}"
        texts[article_id] = (document, offsets)
        articles.append(Article(id=article_id, text=text, lang=lang))
    scores = NerScores({label: LabelCounts() for label in GRAPH_LABELS})
    refused: list[str] = []
    published: dict[str, set[tuple[int, int, str]]] = {}

    done = 0
    for result in process(
        articles, pipelines, run=make_run(), shapes=load_shapes(), batch_size=batch_size
    ):
        if result.failed is not None:
            raise result.failed
        if result.graph is None:  # refused by the shapes
            refused.append(result.article.id)
            continue
        published[result.article.id] = graph_mentions(result.graph)
        done += len(texts[result.article.id][0])
        if on_progress is not None and len(published) % batch_size == 0:
            on_progress(done)
    for article_id, (document, offsets) in texts.items():
        spans, misaligned = mentions_to_spans(published.get(article_id, ()), offsets)
        for sentence, predicted in zip(document, spans, strict=True):
            scores.add(sentence.spans, predicted)
        for label, count in misaligned.items():
            scores.labels[label].fp += count
    if on_progress is not None:
        on_progress(len(sentences))
    nlp = pipelines.get(lang)
    used, version = pipeline_id(nlp)
    return NerEvaluation(
        file=source,
        sentences=len(sentences),
        documents=len(documents),
        pipelines={"kg": [f"{used} {version}", *nlp.pipe_names]},
        systems={"kg": scores},
        seconds=time.perf_counter() - started,
        view="graph",
        refused=refused,
    )
