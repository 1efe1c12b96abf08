#!/usr/bin/env python3
"""Stand-alone checker for the heldout23 gold files (no kg imports; adapted from heldout22's).

Checks, for every <id>.txt / <id>.gold.json pair in this directory:
  - the .txt has '# key: value' header lines (source, lang, title, date, outlet;
    currency_note for the eight Latin American and Caribbean outlets (Querétaro, Zacatecas,
    Entre Ríos, Maule, Lambayeque, Risaralda, Paysandú, the Cibao) and for all ten English ones
    (Kentucky, Lincolnshire, Galway, Hawke's Bay, KwaZulu-Natal, Kano, Nakuru, Kumasi, Gujarat,
    the Okanagan), where "$", "US$", "mdp", "S/", "RD$", "R"/"cents", "₦", "KSh", "GH₵",
    "Rs"/"crore"/"lakh", "£"/"p" or "€" is local or needs saying), a blank line, then the body;
  - the gold file is valid JSON with the expected keys, id = file stem, lang = header lang;
  - every organisation/person name and alias, and every amount text, occurs verbatim in the body;
  - amounts carry an ISO-like currency and a value or min/max; no duplicate amounts;
    the first number in an amount's text, read with either decimal convention, equals a
    gold number up to a scale (cents/pence, units, thousands, lakh, millions, crore,
    billions, 10^12);
  - deals use the allowed types, statuses and role names; every role filler is a listed
    organisation/person name or alias; every deal amount/valuation is among the amounts;
  - body word counts, reported with the length class (short 150-220, medium 280-360,
    long 480-560 words; anything else is a problem).
Exit status 1 if any problem is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Acquisition", "Merger", "Investment", "PurchaseAgreement", "Partnership", "Valuation"}
STATUSES = {"Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled"}
ROLES = {"acquirer", "target", "seller", "buyer", "investor", "investee", "partner"}
GOLD_KEYS = {"id", "lang", "organizations", "people", "amounts", "deals", "notes"}
# local "$", "US$", "mdp", "S/", "RD$", "R"/"c", "₦", "KSh", "GH₵", "Rs"/"crore"/"lakh", "£"/"p"
NEEDS_NOTE = ("h23_es03", "h23_es04", "h23_es05", "h23_es06", "h23_es07", "h23_es08", "h23_es09",
              "h23_es10", "h23_en")


def parse_txt(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    header, i = {}, 0
    while i < len(lines) and lines[i].startswith("# "):
        k, _, v = lines[i][2:].partition(":")
        header[k.strip()] = v.strip()
        i += 1
    ok_blank = i < len(lines) and lines[i] == ""
    body = "\n".join(lines[i + 1:]) if ok_blank else "\n".join(lines[i:])
    return header, body, ok_blank


def nums(a):
    return tuple(a.get(k) for k in ("value", "min", "max"))


SCALES = (0.01, 1, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)  # 1e5 lakh, 1e7 crore, 1e9 arba


def readings(text):
    """The first number in text, read as '1.250,5' and as '1,250.5' (both when ambiguous)."""
    m = re.search(r"\d[\d.,]*", text)
    if not m:
        return []
    raw = m.group(0).rstrip(".,")
    out = []
    for thou, dec in ((".", ","), (",", ".")):
        try:
            out.append(float(raw.replace(thou, "").replace(dec, ".")))
        except ValueError:
            pass
    return out


def plausible(a):
    golds = [x for x in nums(a) if x is not None]
    return any(abs(g - r * k) <= 0.01 * abs(g) for g in golds for r in readings(a.get("text", ""))
               for k in SCALES)


def check(stem):
    errs = []
    header, body, ok_blank = parse_txt(os.path.join(HERE, stem + ".txt"))
    if not ok_blank:
        errs.append("no blank line after header")
    for k in ("source", "lang", "title", "date", "outlet"):
        if k not in header:
            errs.append(f"header lacks '{k}'")
    if stem.startswith(NEEDS_NOTE) and "currency_note" not in header:
        errs.append("header lacks currency_note")
    try:
        g = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    except Exception as e:  # invalid JSON
        return [f"invalid JSON: {e}"], len(body.split())
    if set(g) != GOLD_KEYS:
        errs.append(f"gold keys {sorted(set(g) ^ GOLD_KEYS)} differ")
    if g.get("id") != stem:
        errs.append(f"id {g.get('id')!r} != {stem!r}")
    if g.get("lang") != header.get("lang"):
        errs.append("lang differs from header")
    if not str(g.get("notes", "")).strip():
        errs.append("empty notes")

    names = set()
    for kind in ("organizations", "people"):
        for ent in g.get(kind, []):
            for n in [ent["name"]] + ent.get("aliases", []):
                if n in names:
                    errs.append(f"name/alias listed twice: {n!r}")
                names.add(n)
                if n not in body:
                    errs.append(f"{kind[:-1]} name not in body: {n!r}")
            extra = set(ent) - {"name", "aliases"}
            if extra:
                errs.append(f"unexpected keys {extra} in {ent['name']!r}")

    amount_keys = set()
    for a in g.get("amounts", []):
        if a.get("text", "") not in body:
            errs.append(f"amount text not in body: {a.get('text')!r}")
        if not re.fullmatch(r"[A-Z]{3}", a.get("currency", "")):
            errs.append(f"bad currency in {a.get('text')!r}")
        if all(x is None for x in nums(a)):
            errs.append(f"amount without value/min/max: {a.get('text')!r}")
        if not plausible(a):
            errs.append(f"amount number does not match its text: {a.get('text')!r}")
        key = (a.get("currency"),) + nums(a)
        if key in amount_keys:
            errs.append(f"duplicate amount {key}")
        amount_keys.add(key)

    for j, d in enumerate(g.get("deals", [])):
        tag = f"deal {j} ({d.get('type')})"
        if d.get("type") not in TYPES:
            errs.append(f"{tag}: bad type")
        if d.get("status") not in STATUSES:
            errs.append(f"{tag}: bad status {d.get('status')!r}")
        roles = d.get("roles", {})
        if not roles:
            errs.append(f"{tag}: no roles")
        parties = 0
        for r, fillers in roles.items():
            if r not in ROLES:
                errs.append(f"{tag}: bad role {r!r}")
            for f in fillers:
                parties += 1
                if f not in names:
                    errs.append(f"{tag}: role filler {f!r} not among orgs/people")
        if parties < 2:
            errs.append(f"{tag}: fewer than two parties")
        for k in ("amount", "valuation"):
            if k in d:
                key = (d[k].get("currency"),) + nums(d[k])
                if key not in amount_keys:
                    errs.append(f"{tag}: {k} {key} not among amounts")
        extra = set(d) - {"type", "status", "roles", "amount", "valuation"}
        if extra:
            errs.append(f"{tag}: unexpected keys {extra}")
    return errs, len(body.split())


def length_class(n):
    if 150 <= n <= 220:
        return "short"
    if 280 <= n <= 360:
        return "medium"
    if 480 <= n <= 560:
        return "long"
    return "OUT-OF-RANGE"


def main():
    stems = sorted(f[:-4] for f in os.listdir(HERE) if f.startswith("h23_") and f.endswith(".txt"))
    bad = 0
    for stem in stems:
        if not os.path.exists(os.path.join(HERE, stem + ".gold.json")):
            print(f"{stem}: missing gold file")
            bad += 1
            continue
        errs, words = check(stem)
        print(f"{stem}: {words} words ({length_class(words)})" + ("" if errs else " OK"))
        for e in errs:
            print("   -", e)
        bad += bool(errs) or length_class(words) == "OUT-OF-RANGE"
    print(f"{len(stems)} articles, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
