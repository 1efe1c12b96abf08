"""One sense per discourse: a name keeps one label in the whole article, its short
forms take the label of the full name, and its unlabelled mentions are found."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from kg.doc import span_text, token_flags, token_lowers
from kg.entities.context import _P_CONTEXT, _P_MODEL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.longform import first_word_mentions, opens_one_org, places_named
from kg.entities.resolve import _core_word, _org_short_forms
from kg.entities.runs import _sentence_initial_false, _shouted_word, _texts
from kg.entities.sports import _dateline
from kg.entities.words import GENERIC_HEAD, LOCATIVES
from kg.iri import fold


def _one_sense(
    kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool], texts: list[str]
) -> list[_Cand]:
    """Give a name one label in the whole article, and find its unlabelled mentions.

    A label from a cue beats the model's; among model labels the majority wins.
    A single word that shortens a known organisation ("Cerebras" for "Cerebras
    Systems") or a known person ("Altman") takes its label.
    """
    label_of, cued = _labels(doc, chosen, _places(kn, doc, chosen))
    short, surnames = _short_forms(kn, doc, label_of, texts)
    cued_orgs = [t for t, lab in cued.items() if lab == "ORG"]
    org_names = [t for t, lab in label_of.items() if lab == "ORG"]
    placed = places_named(doc, texts)
    cores = {w for o in org_names if fold(o.split()[0]) in GENERIC_HEAD
             for w in _core_word(o.split()[1:], kn.generic_word)}
    for text in list(label_of):
        if text in cued and cued[text] == "PER" and short.get(text) == "ORG" and \
                " " in text and text.split()[0] not in kn.given_names and any(
                    o.endswith(" " + text) for o in cued_orgs):
            # Two words that end an organisation a cue found ("Sierra Madre" of
            # "Vehículos Sierra Madre") name it, whatever a person's cue read there.
            label_of[text] = "ORG"
            continue
        if text in cued:
            continue
        if text in short and label_of[text] != short[text] and \
                not (text in placed and text in cores):
            # (the one word of "Grupo Tamboril Alimentos" the article also puts after
            # "en"/"in" is the place it is named after: ``_core_word``)
            label_of[text] = short[text]
        elif label_of[text] != "ORG" and any(text.startswith(o + " ") for o in cued_orgs):
            # "Telefónica Argentina" beside the organisation "Telefónica".
            label_of[text] = "ORG"
        elif label_of[text] != "ORG" and " " not in text and text not in placed and \
                opens_one_org(kn, text, org_names):
            label_of[text] = "ORG"  # "Virelda" after "Virelda Photonics"
    chosen = [_without_opening_article(kn, doc, c, label_of) for c in chosen]
    chosen = _inside_short_names(doc, chosen, caps, texts, short)
    extra = _unlabelled_mentions(kn, doc, chosen, caps, texts, label_of, short)
    extra += first_word_mentions(kn, doc, [*chosen, *extra], caps, texts)
    out = []
    for c in chosen:
        text = span_text(doc, c.start, c.end)
        label = label_of[text]
        if text in surnames and text not in cued and c.priority == _P_MODEL and \
                not (c.start > 0 and doc[c.start - 1].lower_ in LOCATIVES):
            out.append(c.retyped("PER", c.priority, "one_sense:surname"))
        else:
            out.append(c.retyped(label, c.priority, "one_sense"))
    out = _shouted_names(kn, doc, [*out, *extra], label_of, short)
    out = _title_case_names(kn, doc, out)
    # A dateline's place is the place, whatever the club of its name is elsewhere
    # ("Roma, 23 may (EFE)" above "el Roma ganó").
    out = [c.retyped("LOC", c.priority, "one_sense:dateline")
           if c.label == "ORG" and c.priority <= _P_CONTEXT and _dateline(doc, c) else c
           for c in out]
    return sorted(out, key=lambda c: c.start)


# A name before a figure in a line of names and figures is taken for a team
# (``lines._table_candidates``), a guess that the name's use elsewhere in the article
# outweighs: in a scoreboard "Halloran 10-0-43-2" is the bowler "K. Halloran".
_TABLE_GUESS = ("line:results_table",)


_ROMAN = re.compile(r"[IVXLCDM]+")


def _places(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> frozenset[str]:
    """The Spanish article's names that are places: countries and their regions, and
    the cities GeoNames knows ("Bogotá", "Rosario")."""
    if kn.lang != "es":
        return frozenset()
    names = {span_text(doc, c.start, c.end) for c in chosen}
    # Only the article's own names: a union with all the places known would copy
    # thousands of them per article, and only these names are ever asked.
    return frozenset(name for name in names if name in kn.places or is_city(name))


def _labels(
    doc: Doc, chosen: list[_Cand], places: frozenset[str] = frozenset()
) -> tuple[dict[str, str], dict[str, str]]:
    """Each name's label (a cue's, or the majority of the model's) and the names a cue
    labelled (a results line's guess is no cue: ``_TABLE_GUESS``). On a tie a known
    place (``places``) stays a place: "Bogotá" once a place and once, by metonymy, an
    organisation is the city."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    cued: dict[str, str] = {}
    best: dict[str, tuple[int, bool]] = {}
    for c in chosen:
        text = span_text(doc, c.start, c.end)
        votes[text][c.label] += 1
        rank = (c.priority, c.label == "ORG")
        if c.priority > _P_MODEL and rank > best.get(text, (-1, False)) and \
                c.rules != _TABLE_GUESS:
            cued[text] = c.label
            best[text] = rank
    for text in _traded_facilities(doc, chosen, cued):
        cued[text] = "ORG"
    label_of: dict[str, str] = {}
    for text, counter in votes.items():
        if text in cued:
            label_of[text] = cued[text]
        else:
            order = {"ORG": 3, "PER": 2, "LOC": 1, "MISC": 0}
            if text in places:
                order = {**order, "LOC": 4}
            label_of[text] = max(counter, key=lambda lab: (counter[lab], order[lab]))
    return label_of, cued


# The rules that read a name as a company by the deal it stands in (bought, sold,
# merged, invested in: ``kg.entities.cues``, ``kg.entities.retype``,
# ``kg.entities.standing``), and the cues that read a name as a place by the facility's
# or the place's head word before it ("la planta Valdora", "Lake Winslow").
_DEAL_FRAMES = frozenset({
    "cue:deal_object", "cue:deal_subject", "cue:sold_to", "cue:stake_of", "cue:deal_noun",
    "cue:deal_noun_subject", "company:reads_as_company", "company:deal_partner",
    "company:headline_deal"})
_HEADED_PLACES = frozenset({"cue:facility", "cue:place_head"})


def _traded_facilities(doc: Doc, chosen: list[_Cand], cued: dict[str, str]) -> set[str]:
    """The names a head word's cue types a place (a facility, "la planta Valdora") that a
    deal's frame types an organisation at another mention ("la compra de Valdora"): what
    is bought, sold or merged is a business, and the facility named as it is the
    business's, so the organisation wins for every mention, whatever the cues' ranks."""
    places = {span_text(doc, c.start, c.end) for c in chosen
              if c.label == "LOC" and c.rules and set(c.rules) <= _HEADED_PLACES}
    return {text for c in chosen if c.label == "ORG" and _DEAL_FRAMES & set(c.rules)
            and (text := span_text(doc, c.start, c.end)) in places
            and cued.get(text) == "LOC"}


def _short_forms(
    kn: Knowledge, doc: Doc, label_of: dict[str, str], texts: list[str]
) -> tuple[dict[str, str], set[str]]:
    """The short forms of the article's organisations and people, with their label, and
    the surnames that are also places."""
    # Short forms: "Cerebras" of the organisation "Cerebras Systems", "Altman" and
    # "Dario" of the person "Dario Altman". Organisations first: "Hess" of "Hess
    # Corporation" is the company even when "John Hess" is in the same article.
    short: dict[str, str] = {}
    for text, label in label_of.items():
        words = text.split()
        if len(words) < 2:
            continue
        if label == "ORG":
            for form in _org_short_forms(words, kn.generic_word, kn.lang or ""):
                if kn.lang == "en" and form in kn.places:
                    continue  # "California" of "California Avocado Commission"
                short.setdefault(form, "ORG")
    # A surname that is also a place ("Alejandro Toledo" ... "Toledo afirmó") is the
    # person when alone, except after a preposition of place ("en Toledo").
    surnames: set[str] = set()
    for text, label in label_of.items():
        words = text.split()
        if label == "PER" and len(words) >= 2:
            middle = (words[1],) if len(words) == 3 else ()
            for form in (words[-1], words[0], *middle):
                if form not in kn.places and form[:1].isupper():
                    short.setdefault(form, "PER")
            last = words[-1]
            # Not "Juan Bosco de Mérida", where the place is where he is from.
            if last in kn.places and last not in kn.countries and \
                    last[:1].isupper() and len(last) > 2 and not last.isupper() and \
                    words[-2].lower() not in ("de", "of", "from"):
                surnames.add(last)
    # A place the article names as one ("en Mérida") is no surname in it.
    if surnames:
        surnames -= {
            w for i, w in enumerate(texts) if i > 0 and w in surnames
            and doc[i - 1].lower_ in LOCATIVES
        }
    return short, surnames


def _unlabelled_mentions(
    kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool], texts: list[str],
    label_of: dict[str, str], short: dict[str, str],
) -> list[_Cand]:
    """Unlabelled mentions of organisation and person names: "Cerebras" after
    "Cerebras Systems, una startup", "Tiger Woods" the second time."""
    wanted: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for text, label in [*label_of.items(), *short.items()]:
        if label in ("ORG", "PER"):
            parts = tuple(text.split())
            wanted[parts[0]].append(parts)
    taken = [False] * len(doc)
    for c in chosen:
        for i in range(c.start, c.end):
            taken[i] = True
    extra: list[_Cand] = []
    if not wanted:
        return extra
    for i, word in enumerate(texts):
        if word not in wanted or taken[i] or not caps[i] or _ROMAN.fullmatch(word):
            continue  # (a numeral alone, "XIII" of "Alfonso XIII", names nothing)
        tok = doc[i]
        for parts in sorted(wanted[word], key=len, reverse=True):
            e = i + len(parts)
            if e <= len(doc) and tuple(texts[i:e]) == parts and \
                    not any(taken[i:e]) and (e == len(doc) or not caps[e]) and \
                    (i == 0 or not caps[i - 1] or _opening_article(kn, doc, i - 1)) and \
                    not _sentence_initial_false(doc, i, kn.stop_words):
                label = label_of.get(" ".join(parts)) or short[" ".join(parts)]
                if label == "PER" and e - i == 1 and tok.text in kn.places and \
                        i > 0 and doc[i - 1].lower_ in LOCATIVES:
                    break
                extra.append(_Cand(i, e, label, _P_CONTEXT, ("one_sense:mention",)))
                for k in range(i, e):
                    taken[k] = True
                break
    return extra


def _inside_short_names(
    doc: Doc, chosen: list[_Cand], caps: list[bool], texts: list[str], short: dict[str, str],
) -> list[_Cand]:
    """ "Scottish Leisure, which runs ..." after "Scottish Leisure Partners": words the
    model took for other kinds of name ("Scottish" a nationality, "Leisure" a person)
    inside a run of capitalised words that spells a short form of one of the article's
    organisations give way to that organisation, whose mention ``_unlabelled_mentions``
    then finds (English; apart17). A run that holds an organisation, or runs on into
    more capitalised words, is left alone."""
    forms = [tuple(t.split()) for t, lab in short.items() if lab == "ORG" and " " in t]
    if doc.lang_ != "en" or not forms:
        return chosen
    firsts = {f[0] for f in forms}
    drop: set[int] = set()
    for i, word in enumerate(texts):
        if word not in firsts or not caps[i] or (i > 0 and caps[i - 1]):
            continue
        for parts in forms:
            e = i + len(parts)
            if tuple(texts[i:e]) != parts or (e < len(doc) and caps[e]):
                continue
            inside = [k for k, c in enumerate(chosen) if c.start < e and c.end > i]
            if inside and all(
                i <= chosen[k].start and chosen[k].end <= e and chosen[k].priority == _P_MODEL
                and chosen[k].label != "ORG" for k in inside
            ):
                drop.update(inside)
    return [c for k, c in enumerate(chosen) if k not in drop]


def _without_opening_article(
    kn: Knowledge, doc: Doc, c: _Cand, label_of: dict[str, str]
) -> _Cand:
    """A model's name run into the article that opens the sentence ("El JNE" of "El
    JNE decidirá mañana") is the article's name after it, where that is one."""
    if c.priority != _P_MODEL or c.end - c.start < 2 or not _opening_article(kn, doc, c.start):
        return c
    label = label_of.get(span_text(doc, c.start + 1, c.end))
    if label not in ("ORG", "PER"):
        return c
    return _Cand(c.start + 1, c.end, label, c.priority, (*c.rules, "one_sense:article"))


def _opening_article(kn: Knowledge, doc: Doc, k: int) -> bool:
    """A function word capitalised only because it opens the sentence ("El" of "El
    JNE decidirá"): no part of the name after it."""
    return bool(doc[k].is_sent_start) and doc[k].lower_ in kn.stop_words and \
        doc[k].text[1:].islower()


def _shouted_names(
    kn: Knowledge, doc: Doc, cands: list[_Cand], label_of: dict[str, str],
    short: dict[str, str],
) -> list[_Cand]:
    """Names of the article written in capitals in a headline ("SHEARER NAMED
    CAPTAIN" after "Alan Shearer") take the label they have in the article; a
    model entity in capitals around them gives way. A name is read there when the
    word after it is no capitalised word or, for an English person, a common word of
    the headline ("NAMED", "TO", "TAKES"): not the first word of a longer name in
    capitals (a team's "MAJOR LEAGUE" shouted beside "Major League Baseball" is left
    alone)."""
    known: dict[tuple[str, ...], str] = {}
    for text, label in [*short.items(), *label_of.items()]:
        if label in ("PER", "ORG", "LOC") and not text.isupper():
            known[tuple(w.lower() for w in text.split())] = label
    if not known:
        return cands
    longest = max(len(k) for k in known)
    firsts = {k[0] for k in known if k}  # a name's first word, that opens a key
    owner = {i: c for c in cands for i in range(c.start, c.end)}
    found: list[_Cand] = []
    n = len(doc)
    texts, lowers, alpha = _texts(doc), token_lowers(doc), token_flags(doc, "alpha")
    i = 0
    while i < n:
        if not (texts[i].isupper() and len(texts[i]) > 1 and alpha[i]) or \
                lowers[i] not in firsts:
            i += 1
            continue
        for size in range(min(longest, n - i), 0, -1):
            key = tuple(lowers[i:i + size])
            if key not in known or not all(texts[k].isupper() for k in range(i, i + size)):
                continue
            hits = {id(owner[k]): owner[k] for k in range(i, i + size) if k in owner}
            after = texts[i + size] if i + size < n else ""
            if all(h.priority == _P_MODEL for h in hits.values()) and \
                    (not after.isupper() or not after.isalpha() or hits
                     or (kn.lang == "en" and known[key] == "PER"
                         and _shouted_word(kn, after))):
                found.append(_Cand(i, i + size, known[key], _P_CONTEXT, ("one_sense:shouted",)))
                i += size - 1
            break
        i += 1
    if not found:
        return cands
    taken = {i for c in found for i in range(c.start, c.end)}
    kept = [c for c in cands if not any(i in taken for i in range(c.start, c.end))]
    return [*kept, *found]


def _title_case_lines(kn: Knowledge, doc: Doc) -> list[tuple[int, int]]:
    """The token range of the headline, the article's first line, when it is written
    in title case: every word of four letters or more capitalised (two such words at
    least), not all in capitals. Later lines in title case are as often tables and
    results ("Leeds United 2 Kent Rovers 1") as subheadings, and are left alone."""
    n = len(doc)
    start = 0
    while start < n and doc[start].is_space:
        start += 1
    texts, alpha = _texts(doc), token_flags(doc, "alpha")  # (no Token per word)
    end = start
    while end < n and "\n" not in texts[end]:
        end += 1
    words = [texts[k] for k in range(start, end) if alpha[k] and len(texts[k]) >= 4]
    if end < n and len(words) >= 2 and all(w[0].isupper() for w in words) and \
            not all(w.isupper() for w in words):
        return [(start, end)]
    return []


def _title_case_names(kn: Knowledge, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Names in a headline in title case ("Orvane Earnings: Buying Tarvik Is Smart"):
    every word is capitalised, so the model runs a name into the common words after
    it. A name there that opens with a name the running text gives and goes on with
    common words only ("Orvane Earnings", "ORVL Gains Control") is cut back to that
    name, with the label the running text gives it."""
    lines = _title_case_lines(kn, doc)
    if not lines:
        return cands
    in_line = {i for s, e in lines for i in range(s, e)}
    known: dict[tuple[str, ...], str] = {}
    for c in cands:
        if c.start not in in_line and c.label in ("ORG", "PER"):
            words = [t.text for t in doc[c.start:c.end]]
            known.setdefault(tuple(words), c.label)
            if c.label == "ORG":  # "Orvane" of "Orvane Inc."
                for form in _org_short_forms(words):
                    known.setdefault(tuple(form.split()), "ORG")
    out: list[_Cand] = []
    for c in cands:
        if c.start in in_line and c.end - c.start >= 2 and c.priority <= _P_CONTEXT:
            words = [t.text for t in doc[c.start:c.end]]
            for k in range(len(words) - 1, 0, -1):
                label = known.get(tuple(words[:k]))
                if label is not None and all(
                    t.lower_ in kn.stop_words or kn.is_common(t.text)
                    or fold(t.lemma_) in kn.verbs for t in doc[c.start + k:c.end]
                ):
                    c = _Cand(c.start, c.start + k, label, _P_CONTEXT,
                              (*c.rules, "one_sense:title_case"))
                    break
        out.append(c)
    return out
