"""Fine-tune the ``ner`` of a language's stock spaCy model on CoNLL's development file.

    python train/ner.py --lang es --conll ../shared/data/ner/esp.testa \
        --rehearse ../shared/eval/dev/*_es_*.txt examples/es_*.txt
    python train/ner.py --lang en --conll ../shared/data/ner/eng.testa \
        --rehearse ../shared/data/relations/sentivent_en_deal_docs.jsonl

(``make train-ner`` runs both.) Writes ``models/ner-<pipeline>-<version>.npz`` and a
``.json`` record beside it, which ``kg.tuned_ner`` loads after the stock model.

What it does, and why:

- Only the layers above the hash embeddings move (``kg.tuned_ner.FROZEN_LAYERS``):
  the tables keep what the model learnt about words from its large corpus, and the
  shipped file stays small.
- The CoNLL documents are split by a hash of their first sentence: one in five is
  held out, never trained on, and chooses the epoch (best mean F1 of ORG and PER).
  ``testb`` is never read.
- Against forgetting, every epoch mixes in *rehearsal* examples: paragraphs of
  unlabelled news (``--rehearse``) labelled by the stock model itself, so the tuned
  model keeps answering as the stock one where CoNLL says nothing. How far the tuned
  model still agrees with the stock one on held-out rehearsal paragraphs is reported.
- English: CoNLL's ORG and PER become OntoNotes' ORG and PERSON; a CoNLL LOC or MISC
  keeps the stock label when the stock span has the same bounds and a matching type
  (GPE/LOC/FAC, NORP/EVENT/...), else its tokens are left unannotated (the two
  schemes do not map one to one); the stock model's numeric entities (DATE, MONEY,
  CARDINAL...) outside CoNLL's spans are kept, as CoNLL does not annotate them.
- Seeds are fixed (``--seed``); the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from thinc.api import Adam

from kg.conll import Sentence, group_documents, read_conll
from kg.entities import LABEL_MAP
from kg.nlp import DEFAULT_MODELS, load_model, pipeline_id
from kg.tuned_ner import (
    COMPONENT,
    FROZEN_LAYERS,
    save_ner_weights,
    trainable_params,
    weights_stem,
)

SCORED = ("ORG", "PER")
# CoNLL label -> the model's label, per language (Spanish uses CoNLL's own).
TO_MODEL = {"es": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
            "en": {"PER": "PERSON", "ORG": "ORG"}}
Span = tuple[int, int, str]
# --freeze: the layers of the ner's model kept as the stock model has them.
FREEZE = {"embed": tuple(sorted(FROZEN_LAYERS)),
          "encoder": tuple(sorted(FROZEN_LAYERS | {"maxout", "layernorm"}))}


@dataclass(frozen=True)
class Settings:
    lang: str
    conll: Path
    rehearse: tuple[Path, ...] = ()
    out: Path = Path("models")
    model: str | None = None
    seed: int = 0
    epochs: int = 8
    batch: int = 16
    learn_rate: float = 0.001
    dropout: float = 0.1
    rehearsal_share: float = 0.3  # rehearsal examples per CoNLL example, each epoch
    holdout_every: int = 5  # one document in N is held out
    frozen: tuple[str, ...] = tuple(sorted(FROZEN_LAYERS))
    anchor: float = 0.0  # after each step, pull the tuned layers this share back to stock


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # noqa: T201 (a script's progress)


def held_out(document: Sequence[Sentence], every: int) -> bool:
    """Whether a CoNLL document is held out: a hash of its first sentence's tokens."""
    key = " ".join(document[0].tokens).encode("utf-8")
    return int(hashlib.md5(key).hexdigest(), 16) % every == 0


def dev_half_a(folder: Path, lang: str) -> list[Path]:
    """The articles of the studied half of a dev folder in one language: ``<id>.txt``
    with ``int(md5(id), 16) % 2 == 0`` and ``_<lang>_`` in the id (never half B)."""
    return [
        path for path in sorted(folder.glob(f"*_{lang}_*.txt"))
        if int(hashlib.md5(path.stem.encode("utf-8")).hexdigest(), 16) % 2 == 0
    ]


def rehearsal_texts(paths: Iterable[Path]) -> list[str]:
    """Paragraphs of unlabelled text: ``.txt`` files, and ``.jsonl`` files whose lines
    carry a ``text`` field; split at line breaks, short lines dropped."""
    paragraphs: list[str] = []
    for path in sorted(set(paths)):
        raw = path.read_text(encoding="utf-8")
        texts = (
            [json.loads(line).get("text", "") for line in raw.splitlines() if line.strip()]
            if path.suffix == ".jsonl" else [raw]
        )
        for text in texts:
            paragraphs.extend(p.strip() for p in text.splitlines() if len(p.split()) >= 6)
    return paragraphs


def stock_spans(nlp: Language, doc: Doc) -> list[Span]:
    """The stock model's entities on a fresh copy of ``doc``'s words."""
    copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    copy = nlp.get_pipe(COMPONENT)(copy)
    return [(e.start, e.end, e.label_) for e in copy.ents]


def biluo(n: int, spans: Iterable[Span], missing: Iterable[int] = ()) -> list[str]:
    """BILUO tags of ``n`` tokens; ``missing`` tokens are ``-`` (not annotated).

    >>> biluo(4, [(0, 2, "ORG")], [3])
    ['B-ORG', 'L-ORG', 'O', '-']
    """
    tags = ["O"] * n
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"U-{label}"
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end - 1):
            tags[i] = f"I-{label}"
        tags[end - 1] = f"L-{label}"
    for i in missing:
        tags[i] = "-"
    return tags


def conll_tags(lang: str, sentence: Sentence, stock: Sequence[Span]) -> list[str]:
    """Training tags of a CoNLL sentence for the model's label scheme (module docstring)."""
    n = len(sentence.tokens)
    mapping = TO_MODEL[lang]
    spans: list[Span] = []
    missing: set[int] = set()
    for start, end, label in sorted(sentence.spans):
        if label in mapping:
            spans.append((start, end, mapping[label]))
            continue
        same = [s for s in stock if s[:2] == (start, end) and LABEL_MAP.get(s[2]) == label]
        if same:
            spans.append(same[0])
        else:
            missing.update(range(start, end))
    taken = set(missing) | {i for s, e, _ in spans for i in range(s, e)}
    for start, end, label in stock:
        if LABEL_MAP.get(label) is None and not taken & set(range(start, end)):
            spans.append((start, end, label))
            taken.update(range(start, end))
    return biluo(n, spans, missing)


def sentence_doc(nlp: Language, sentence: Sentence) -> Doc:
    return Doc(nlp.vocab, words=list(sentence.tokens))


def conll_examples(nlp: Language, lang: str, sentences: Iterable[Sentence]) -> list[Example]:
    examples = []
    for sentence in sentences:
        doc = sentence_doc(nlp, sentence)
        stock = stock_spans(nlp, doc) if lang != "es" else []
        examples.append(Example.from_dict(doc, {"entities": conll_tags(lang, sentence, stock)}))
    return examples


def rehearsal_examples(nlp: Language, paragraphs: Iterable[str]) -> list[Example]:
    examples = []
    for paragraph in paragraphs:
        doc = nlp.make_doc(paragraph)
        tags = biluo(len(doc), stock_spans(nlp, doc))
        examples.append(Example.from_dict(doc, {"entities": tags}))
    return examples


def f1(gold: set[Any], predicted: set[Any]) -> float:
    hits = len(gold & predicted)
    return 2 * hits / (len(gold) + len(predicted)) if gold or predicted else 1.0


def score_holdout(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, float]:
    """F1 per scored CoNLL label of the ``ner`` alone on the held-out sentences."""
    ner = nlp.get_pipe(COMPONENT)
    gold: dict[str, set[tuple[int, int, int]]] = {label: set() for label in SCORED}
    found: dict[str, set[tuple[int, int, int]]] = {label: set() for label in SCORED}
    docs = ner.pipe(sentence_doc(nlp, s) for s in sentences)
    for k, (sentence, doc) in enumerate(zip(sentences, docs, strict=True)):
        for start, end, label in sentence.spans:
            if label in gold:
                gold[label].add((k, start, end))
        for ent in doc.ents:
            mapped = LABEL_MAP.get(ent.label_)
            if mapped in found:
                found[mapped].add((k, ent.start, ent.end))
    return {label: round(float(f1(gold[label], found[label])), 4) for label in SCORED}


def agreement(nlp: Language, examples: Sequence[Example]) -> float:
    """F1 of the tuned ``ner`` against the stock labels of rehearsal paragraphs."""
    ner = nlp.get_pipe(COMPONENT)
    gold: set[tuple[int, int, int, str]] = set()
    found: set[tuple[int, int, int, str]] = set()
    docs = ner.pipe(Doc(nlp.vocab, words=[t.text for t in ex.reference]) for ex in examples)
    for k, (example, doc) in enumerate(zip(examples, docs, strict=True)):
        gold.update((k, e.start, e.end, e.label_) for e in example.reference.ents)
        found.update((k, e.start, e.end, e.label_) for e in doc.ents)
    return round(float(f1(gold, found)), 4)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(settings: Settings) -> dict[str, Any]:
    """Train, keep the best epoch on the held-out documents, write the weights."""
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        nlp = load_model(settings.model or DEFAULT_MODELS[settings.lang])
    ner = nlp.get_pipe(COMPONENT)
    documents = group_documents(read_conll(settings.conll))
    train_sents = [s for d in documents if not held_out(d, settings.holdout_every) for s in d]
    hold_sents = [s for d in documents if held_out(d, settings.holdout_every) for s in d]
    if not train_sents or not hold_sents:
        raise SystemExit(f"{settings.conll}: too few documents to hold one in "
                         f"{settings.holdout_every} out")
    examples = conll_examples(nlp, settings.lang, train_sents)
    paragraphs = rehearsal_texts(settings.rehearse)
    rng.shuffle(paragraphs)
    cut = len(paragraphs) // 5
    rehearse = rehearsal_examples(nlp, paragraphs[cut:])
    rehearse_held = rehearsal_examples(nlp, paragraphs[:cut])
    # Rehearsal paragraphs are drawn anew each epoch, with repeats when there are few.
    per_epoch = round(settings.rehearsal_share * len(examples)) if rehearse else 0
    log(f"{settings.conll.name}: {len(train_sents)} sentences to train on, "
        f"{len(hold_sents)} held out; {len(rehearse)} rehearsal paragraphs "
        f"({per_epoch} per epoch), {len(rehearse_held)} held out")

    frozen = [(node, name, node.get_param(name).copy())
              for node in ner.model.walk() if node.name in settings.frozen
              for name in node.param_names if node.has_param(name)]
    start = [(node, name, node.get_param(name).copy())
             for _, node, name in trainable_params(ner.model, settings.frozen)]
    optimizer = Adam(settings.learn_rate, grad_clip=1.0, use_averages=False)
    before = score_holdout(nlp, hold_sents)
    history: list[dict[str, Any]] = [{"epoch": 0, "holdout": before,
                                      "agreement": agreement(nlp, rehearse_held)}]
    log(f"epoch 0: holdout {before}, agreement {history[0]['agreement']}")
    best_score, best_epoch = sum(before.values()), 0
    best = ner.to_bytes(exclude=["vocab"])
    for epoch in range(1, settings.epochs + 1):
        started = time.perf_counter()
        batch_pool = examples + (
            rng.sample(rehearse, per_epoch) if per_epoch <= len(rehearse)
            else rng.choices(rehearse, k=per_epoch)
        )
        rng.shuffle(batch_pool)
        losses: dict[str, float] = {}
        for batch in minibatch(batch_pool, size=settings.batch):
            ner.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
            for node, name, value in frozen:  # the optimizer moved them: put them back
                node.set_param(name, value.copy())
            if settings.anchor:
                for node, name, value in start:
                    param = node.get_param(name)
                    node.set_param(name, param - settings.anchor * (param - value))
        scores = score_holdout(nlp, hold_sents)
        agrees = agreement(nlp, rehearse_held)
        history.append({"epoch": epoch, "holdout": scores, "agreement": agrees,
                        "loss": round(float(losses.get(COMPONENT, 0.0)), 2)})
        log(f"epoch {epoch}: holdout {scores}, agreement {agrees}, "
            f"loss {losses.get(COMPONENT, 0.0):.1f} ({time.perf_counter() - started:.0f} s)")
        if sum(scores.values()) > best_score:
            best_score, best_epoch = sum(scores.values()), epoch
            best = ner.to_bytes(exclude=["vocab"])
    ner.from_bytes(best, exclude=["vocab"])
    name, version = pipeline_id(nlp)
    info = {
        "model": name,
        "model_version": version,
        "component": COMPONENT,
        "frozen_layers": sorted(settings.frozen),
        "trained_on": {"file": settings.conll.name, "sha256": digest(settings.conll),
                       "sentences": len(train_sents), "held_out_sentences": len(hold_sents),
                       "held_out": f"documents whose first sentence's md5 % "
                                   f"{settings.holdout_every} == 0"},
        "rehearsal": {"files": sorted(p.name for p in set(settings.rehearse)),
                      "paragraphs": len(rehearse), "held_out_paragraphs": len(rehearse_held),
                      "per_epoch": per_epoch},
        "settings": {"seed": settings.seed, "epochs": settings.epochs, "batch": settings.batch,
                     "learn_rate": settings.learn_rate, "dropout": settings.dropout,
                     "rehearsal_share": settings.rehearsal_share, "anchor": settings.anchor},
        "best_epoch": best_epoch,
        "history": history,
    }
    out = settings.out / f"{weights_stem(nlp)}.npz"
    info["sha256"] = save_ner_weights(nlp, out, info, settings.frozen)
    log(f"best epoch {best_epoch}: {history[best_epoch]['holdout']}; wrote {out} "
        f"({out.stat().st_size / 1e6:.1f} MB)")
    return info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=sorted(DEFAULT_MODELS), required=True)
    parser.add_argument("--conll", type=Path, required=True,
                        help="CoNLL development file (testa); never testb")
    parser.add_argument("--rehearse", type=Path, nargs="*", default=[],
                        help="unlabelled texts (.txt, or .jsonl with a text field)")
    parser.add_argument("--rehearse-dev", type=Path, metavar="DIR",
                        help="also rehearse on the studied half (md5 rule) of this dev folder")
    parser.add_argument("--out", type=Path, default=Path("models"))
    parser.add_argument("--model", help="stock pipeline (default: kg's for the language)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--learn-rate", type=float, default=Settings.learn_rate)
    parser.add_argument("--freeze", choices=["embed", "encoder"], default="embed",
                        help="layers kept as stock: the hash embeddings, or also the encoder")
    parser.add_argument("--anchor", type=float, default=Settings.anchor,
                        help="after each step, pull the tuned layers this share back to stock")
    parser.add_argument("--rehearsal-share", type=float, default=Settings.rehearsal_share,
                        help="rehearsal paragraphs per CoNLL sentence, each epoch")
    args = parser.parse_args(argv)
    if "testb" in args.conll.name:
        parser.error("testb is for reporting only; train on testa")
    if args.rehearse_dev is not None:
        args.rehearse = [*args.rehearse, *dev_half_a(args.rehearse_dev, args.lang)]
    for path in [args.conll, *args.rehearse]:
        if not path.is_file():
            parser.error(f"{path}: no such file")
    settings = Settings(lang=args.lang, conll=args.conll, rehearse=tuple(args.rehearse),
                        out=args.out, model=args.model, seed=args.seed, epochs=args.epochs,
                        learn_rate=args.learn_rate, rehearsal_share=args.rehearsal_share,
                        anchor=args.anchor,
                        frozen=FREEZE[args.freeze])
    train(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
