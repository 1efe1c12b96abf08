"""What the tuned NER weights cost: the ``ner`` component alone, stock then tuned, on
the same sentences (best of a few repeats, so other load on the machine counts less).

    python bench/ner_cost.py ../shared/data/ner/esp.testa --lang es --sentences 300

The tuned weights have the stock architecture, so the cost should not move; this
checks it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spacy.tokens import Doc

from kg.conll import read_conll
from kg.nlp import DEFAULT_MODELS, load_model
from kg.tuned_ner import apply_tuned_ner


def best_seconds(nlp_docs: list[list[str]], lang: str, tuned: bool, repeats: int) -> float:
    nlp = load_model(DEFAULT_MODELS[lang])
    if tuned and apply_tuned_ner(nlp) is None:
        raise SystemExit(f"no tuned NER weights ship for {DEFAULT_MODELS[lang]}")
    ner = nlp.get_pipe("ner")
    best = float("inf")
    for _ in range(repeats):
        docs = [Doc(nlp.vocab, words=words) for words in nlp_docs]
        started = time.perf_counter()
        for _doc in ner.pipe(docs, batch_size=64):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("conll", type=Path)
    parser.add_argument("--lang", choices=sorted(DEFAULT_MODELS), required=True)
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    words = [list(s.tokens) for s in read_conll(args.conll)[: args.sentences]]
    tokens = sum(len(w) for w in words)
    for tuned in (False, True):
        seconds = best_seconds(words, args.lang, tuned, args.repeats)
        print(f"{args.lang} {'tuned' if tuned else 'stock'}: {len(words)} sentences, "
              f"{tokens} tokens, ner {seconds * 1000:.0f} ms ({tokens / seconds:,.0f} tokens/s)")


if __name__ == "__main__":
    main()
