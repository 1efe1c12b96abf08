"""Check heldout3's gold files against docs/GOLD-FORMAT.md, without kg.

    python tests/data/heldout3/check_gold.py            # errors, then a summary line
    python tests/data/heldout3/check_gold.py --words    # also list capitalised words of
                                                        # each body left unannotated

Checks: valid JSON; the id is the file name; `lang` agrees with the `# lang:` header;
every organisation/person name and alias, and every amount's `text`, occurs in the body;
currencies are ISO-like codes; every amount has `value`, `min` or `max`; deal types,
statuses and role names are the format's; role fillers are annotated names; each deal's
amount and valuation is one of the article's amounts; bodies have 250-600 words.
Exit code 1 when any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"Acquisition", "Merger", "Investment", "PurchaseAgreement", "Partnership", "Valuation"}
STATUSES = {"Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled"}
ROLES = {"acquirer", "target", "seller", "buyer", "investor", "investee", "partner"}
NUMBERS = ("value", "min", "max")


def read_article(path: Path) -> tuple[dict[str, str], str]:
    header: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("# "):
        key, _, value = lines[i][2:].partition(":")
        header[key.strip()] = value.strip()
        i += 1
    return header, "\n".join(lines[i:]).strip()


def numbers(amount: dict[str, object]) -> tuple[object, ...]:
    return (amount.get("currency"),) + tuple(amount.get(k) for k in NUMBERS)


def check(gold_path: Path, show_words: bool) -> list[str]:
    errors: list[str] = []
    stem = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(stem + ".txt")
    if not txt.exists():
        return [f"{gold_path.name}: no {txt.name}"]
    header, body = read_article(txt)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{gold_path.name}: invalid JSON: {exc}"]

    def err(msg: str) -> None:
        errors.append(f"{gold_path.name}: {msg}")

    if gold.get("id") != stem:
        err(f"id {gold.get('id')!r} is not the file name")
    if gold.get("lang") != header.get("lang"):
        err(f"lang {gold.get('lang')!r} differs from the header's {header.get('lang')!r}")
    words = len(body.split())
    if not 250 <= words <= 600:
        err(f"body has {words} words")
    names: set[str] = set()
    for kind, label in (("organizations", "organisation"), ("people", "person")):
        for item in gold.get(kind, []):
            names.add(item["name"])
            for name in [item["name"], *item.get("aliases", [])]:
                if name not in body:
                    err(f"{label} {name!r} not in body")
    amounts = gold.get("amounts", [])
    for amount in amounts:
        if not re.fullmatch(r"[A-Z]{3}", str(amount.get("currency"))):
            err(f"amount {amount} has no ISO currency")
        if not any(isinstance(amount.get(k), int | float) for k in NUMBERS):
            err(f"amount {amount} has no value, min or max")
        if "text" in amount and amount["text"] not in body:
            err(f"amount text {amount['text']!r} not in body")
    known = {numbers(a) for a in amounts}
    for deal in gold.get("deals", []):
        if deal.get("type") not in TYPES:
            err(f"deal type {deal.get('type')!r}")
        if deal.get("status") not in STATUSES:
            err(f"deal status {deal.get('status')!r}")
        roles = deal.get("roles", {})
        if not roles:
            err(f"deal {deal} has no roles")
        for role, fillers in roles.items():
            if role not in ROLES:
                err(f"role {role!r}")
            for filler in fillers:
                if filler not in names:
                    err(f"role filler {filler!r} is not an annotated name")
        for key in ("amount", "valuation"):
            if key in deal and numbers(deal[key]) not in known:
                err(f"deal {key} {deal[key]} is not one of the amounts")
    if show_words:
        covered = " ".join(
            [
                n
                for item in gold.get("organizations", []) + gold.get("people", [])
                for n in [item["name"], *item.get("aliases", [])]
            ]
        )
        caps = sorted(set(re.findall(r"\b[A-ZÁÉÍÓÚÑ][\w&'-]+", body)) - set(covered.split()))
        print(f"{stem}: {' '.join(caps)}")
    return errors


def main() -> int:
    show_words = "--words" in sys.argv
    golds = sorted(HERE.glob("*.gold.json"))
    errors = [e for g in golds for e in check(g, show_words)]
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
