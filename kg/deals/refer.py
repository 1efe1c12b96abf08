"""What an argument that names no entity refers to: a relative or personal pronoun
("que", "it"), a definite description ("la startup", "the lender"), or the
unexpressed subject of an infinitive or participle. The rules follow the discourse:
a subject continues the subject of the sentences before (centering), a description
means the article's topic or the company last introduced with the same noun.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.agree import (
    disagreeing,
    funds_apart,
    last_sentence_fit,
    public_bodies_apart,
    raisers_apart,
)
from kg.deals.centering import newcomer_on_clitic, newcomer_on_description
from kg.deals.context import Context, organisations_of
from kg.deals.discourse import embedded_subject, quoted, subject_owner
from kg.deals.first_person import (
    FIRST_PLURAL,
    asked_ustedes,
    asked_you,
    clitic_us,
    first_person,
    unsaid_we,
    verb_in_deal,
    voice,
)
from kg.deals.longform import apposed_name, the_parties
from kg.deals.mention import Mention
from kg.deals.namesake import namesake_before
from kg.deals.pairs import both_named, pair_named_before, subject_pair_before
from kg.deals.syntax import feat, is_another, is_definite, is_verbal, subjects
from kg.deals.words import (
    ASSET_NOUNS,
    AWARDEE_NOUNS,
    BACKREF_NOUNS,
    CAPITAL_NOUNS,
    COMPANY_NOUNS,
    DESCRIPTORS,
    GENERIC_COMPANY_NOUNS,
    INTENTION,
    LEAD_VERBS,
    NEW_WORDS,
    NOT_COMPANY_SUBJECTS,
    OFFICER_TITLES,
    ORGAN_NOUNS,
    PERSON_ROLES,
    STAKE_NOUNS,
    SUBJ_DEPS,
    UNIT_NOUNS,
)
from kg.doc import doc_lang, word_positions
from kg.entities.words import SPEECH_VERBS
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# "comprador" → acquirer (deals.toml [role_nouns]); participles that make a company
# noun the target of a deal ("la empresa adquirida")
ROLE_NOUNS = LEXICON.table("role_nouns")
BOUGHT_PARTICIPLES = LEXICON.words("bought_participles")
# English verbs of coming next whose subject may follow them ("Then came X")
_PRESENTING = LEXICON.words("presentational_verbs_en")
# "the parent company of X", "la matriz de X": a relation anchored to a named company
_ANCHORED = LEXICON.words("anchored_relation_nouns")

# The relative pronouns that open a clause on a name ("X, which bought ...", "X, que compró")
RELATIVE_PRONOUNS = frozenset({"que", "which", "who", "quien", "cual", "that"})
_PERSONAL = ("it", "they", "ella", "él", "ellos")


def resolve_np(
    ctx: Context, tok: Token, exclude: set[EntityRef], generic: bool = True
) -> list[EntityRef]:
    """Entities for an argument: named directly, through a relative pronoun, or a
    common noun for a company named before ("la startup")."""
    company = officer_of(ctx, tok)
    if company:
        return company
    issuer = notice_issuer(ctx, tok)
    if issuer is not None and issuer not in exclude:
        return [issuer]
    refs = ctx.np_entities(tok) or _apposition_before(ctx, tok)
    if refs:
        return refs
    told = role_anaphor(ctx, tok, exclude)
    if told is not None:
        return [told]
    if role_left_open(ctx, tok):
        return []
    organ = _organ_of_pronoun(ctx, tok, exclude)
    if organ:
        return organ
    if tok.pos_ == "PRON" and tok.lower_ in RELATIVE_PRONOUNS:
        clause = tok.head
        if clause.dep_ in ("acl", "relcl", "acl:relcl", "advcl") and clause.head != clause:
            return (
                _apposed_name(ctx, clause) or resolve_np(ctx, clause.head, exclude)
                or named_before_comma(ctx, tok)
            )
        return []
    if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
        return _pronoun(ctx, tok, exclude)
    if tok.pos_ == "PRON" and (tok.lower_ in FIRST_PLURAL or clitic_us(tok)):
        spoken = first_person(ctx, tok, exclude)
        return spoken if spoken is not None else _article_voice(ctx, tok.i, exclude)
    if tok.pos_ == "PRON" and asked_you(ctx, tok):
        return _article_voice(ctx, tok.i, exclude)  # the interviewee's company
    pair = both_named(ctx, tok) or the_parties(ctx, tok) or pair_named_before(ctx, tok)
    if pair:
        # both sides or neither: one of them already has a role in the clause
        return [] if any(x in exclude for x in pair) else pair
    namesake = namesake_before(ctx, tok, exclude)  # "la panificadora" (kg.deals.namesake)
    if namesake is not None:
        return [_trade_just_named(ctx, tok, namesake, exclude)]
    lemma = tok.lemma_.lower()
    if generic and _is_description(tok, lemma) and not anchored_relation(ctx, tok):
        return _description(ctx, tok, lemma, exclude)
    return []


# The common nouns an exchange announcement capitalises for its issuer ("The Company
# has today completed …", "La Sociedad comunica …", "La Emisora informa …").
_ISSUER_TERMS = LEXICON.words("issuer_terms")
# How many lines open a notice: its heading, where it names its issuer.
_HEADING_LINES = 4


def notice_issuer(ctx: Context, tok: Token) -> EntityRef | None:
    """The issuer a stock-exchange announcement's defined term stands for: "The
    Company has today completed the acquisition of Y" under a heading that names the
    issuer alone on a line ("X plc" / "Acquisition of Y"), or in an issuer's field
    ("Emisora: X, S.A.B. de C.V." / "La Emisora informa que …"). The term is a
    capitalised common noun after its article ("the Company", "la Sociedad"), read
    only in a text that opens with such a heading (before any sentence), and not where
    the text defines the term itself in quotes."""
    if tok.lower_ not in _ISSUER_TERMS or not tok.text[:1].isupper() or not any(
        c.dep_ == "det" and c.i == tok.i - 1 for c in tok.children
    ) or _defined_in_quotes(ctx, tok.lower_):
        return None
    line: list[int] = []
    lines = 0
    for t in ctx.doc[: ctx.sents[ctx.sent_index(tok.i)].start]:
        if not t.is_space:
            line.append(t.i)
        if "\n" in t.text or "\n" in t.whitespace_:
            found = _heading_name(ctx, line)
            if found is not None:
                return found
            if line and ctx.doc[line[-1]].text == "." and any(
                    ctx.doc[i].pos_ in ("VERB", "AUX") for i in line):
                return _alone_before_term(ctx, tok)  # a sentence: the heading is over
            lines += bool(line)
            line = []
            if lines >= _HEADING_LINES:
                return _alone_before_term(ctx, tok)
    return None


# How many lines a document's front page may run before it names its issuer.
_FRONT_LINES = 12


def _alone_before_term(ctx: Context, tok: Token) -> EntityRef | None:
    """The issuer of a document whose front page opens with a legend before the heading
    ("THIS PAPER MATTERS ... If you are unsure what to do, ask your adviser. /
    Hollinsby Group plc / Proposed acquisition of Y"): the one company named alone on a
    line of its first lines, before the defined term is first used; none when two
    companies are so named (apart16)."""
    doc = ctx.doc
    first = next((k for k in range(1, tok.i + 1) if doc[k].lower_ == tok.lower_
                  and doc[k].text[:1].isupper() and doc[k - 1].pos_ == "DET"), tok.i)
    found: set[EntityRef] = set()
    line: list[int] = []
    lines = 0
    for t in doc[:first]:
        if not t.is_space:
            line.append(t.i)
        if "\n" in t.text or "\n" in t.whitespace_:
            named = _heading_name(ctx, line)
            if named is not None:
                found.add(named)
            lines += bool(line)
            line = []
            if lines >= _FRONT_LINES:
                break
    return found.pop() if len(found) == 1 else None


def _defined_in_quotes(ctx: Context, term: str) -> bool:
    """Whether the text defines the term itself, in quotes after a name ('X Bhd ("KBOS"
    or the "Company")', 'X S.A. (la "Emisora")'): then it is that name's, whoever the
    heading names (a letter's adviser on its letterhead)."""
    doc = ctx.doc
    return any(doc[k].lower_ == term and doc[k - 1].text in _QUOTES
               for k in range(1, len(doc)))


_QUOTES = frozenset({'"', "“", "«", "'", "‘"})


def _heading_name(ctx: Context, line: list[int]) -> EntityRef | None:
    """The company a heading line names alone ("Hollinsby Group plc"), or in an
    issuer's field ("Emisora: X", "Issuer: X")."""
    if line and ctx.doc[line[0]].lower_ in _ISSUER_TERMS and len(line) > 2 and \
            ctx.doc[line[1]].text == ":":
        line = line[2:]
    refs = {ctx.tok_ent.get(i) for i in line}
    if not line or None in refs or len(refs) != 1:
        return None
    ref = refs.pop()
    return ref if ref is not None and ref.kind == "org" else None


def anchored_relation(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` heads a description that relates a company to one it names ("the
    parent company of X", "the owner of X", "la matriz de X", "la sociedad dueña de X"):
    it stands for X's parent, whom the article has yet to name, and never for the
    company named before it (an apposition naming it was asked first)."""
    words = {tok.lemma_.lower(), tok.lower_} | {
        c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
    }
    if not words & _ANCHORED:
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(ctx.np_entities(o) for o in child.children if o.dep_ == "pobj"):
                return True
        elif child.dep_ in ("nmod", "amod") and child.i > tok.i:
            # "la matriz de X"; "la sociedad dueña de X" (the adjective governs "de X")
            named = child if child.dep_ == "nmod" else next(
                (g for g in child.children if g.dep_ == "nmod"), None)
            if named is not None and any(c.lower_ == "de" for c in named.children) and \
                    ctx.np_entities(named):
                return True
    return False


def _trade_just_named(
    ctx: Context, tok: Token, namesake: EntityRef, exclude: set[EntityRef]
) -> EntityRef:
    """ "Brisota Labs raised $40 million from Harwick Tiger Fund. ... Sable Peak Capital's
    managing director will join the board. The fund, which ...": a description that opens
    its sentence right after the one company of its trade the sentence before names is
    that company (``last_sentence_fit``: "Capital" says a fund), not an earlier one whose
    name only ends in the description's noun (English; apart17)."""
    if ctx.lang != "en":
        return namesake
    si = ctx.sent_index(tok.i)
    last = ctx.sents[si - 1] if si > 0 else None
    if last is None or any(r == namesake for i, r in ctx.mention_starts
                           if last.start <= i < tok.i):
        return namesake
    before = {r for i, r in ctx.mention_starts if i < tok.i and r not in exclude}
    return last_sentence_fit(ctx, tok, before) or namesake


def _description(
    ctx: Context, tok: Token, lemma: str, exclude: set[EntityRef]
) -> list[EntityRef]:
    """The company a definite description stands for (``resolve_np``)."""
    # "La compañía" as a subject continues the subject of the sentences before
    # it; elsewhere it is the company named last. Never one the article describes
    # otherwise ("the insurer" is not "the asset manager X").
    exclude = exclude | _relativised(ctx, tok)
    before = {r for i, r in ctx.mention_starts if i < tok.i and r not in exclude}
    exclude = exclude | disagreeing(ctx, tok, before) | funds_apart(ctx, tok, before) \
        | public_bodies_apart(tok, before) | raisers_apart(ctx, tok, before)
    # (a generic head as the subject, "la empresa", "the company", continues the
    # subject before: "X, una empresa de ..." said in passing does not make X what
    # a later "la empresa" means)
    subject = tok.dep_ in SUBJ_DEPS
    generic = subject and lemma in GENERIC_COMPANY_NOUNS
    ref = subject_possessor(ctx, tok, exclude) if lemma in GENERIC_COMPANY_NOUNS else None
    ref = ref or (main_clause_company(ctx, tok, exclude) if generic else None)
    ref = ref or (previous_subject(ctx, tok, exclude) if generic else None)
    ref = ref or described_as(ctx, lemma, tok.i, exclude)
    if ref is None and lemma in GENERIC_COMPANY_NOUNS and part_of_description(tok):
        ref = named_in_sentence(ctx, tok, before - exclude) or owned_company(
            ctx, tok, before - exclude)
    if ref is None and lemma in GENERIC_COMPANY_NOUNS and traded_theme(tok):
        ref = owned_company(ctx, tok, before - exclude)
    if ref is None and generic:
        # no company is the subject of the sentences just before: "the company"
        # as a subject is the story's center, the company its lede tells of
        ref = _lede_center(ctx, tok, exclude)
    ref = ref or last_sentence_fit(ctx, tok, before - exclude)
    if ref is None and subject and not generic:  # (a generic one was asked first)
        ref = previous_subject(ctx, tok, exclude)
    ref = ref or topic_before(ctx, tok.i, exclude)
    return [ref] if ref else []


def part_of_description(tok: Token) -> bool:
    """Whether ``tok`` is the company a part is of: "30 per cent of the company", "a
    25% stake in the group", "el 30 % de la empresa", "el 12 % del capital de la
    sociedad" (a capital or a stake is a part too), "una participación en la compañía"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in"):
        part = tok.head.head
    elif tok.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in ("de", "del", "en") for c in tok.children
    ):
        part = tok.head
    else:
        return False
    return part.like_num or part.text.endswith("%") or any(
        w in STAKE_NOUNS or w in CAPITAL_NOUNS for w in (part.lower_, part.lemma_.lower())
    )


# English verbs of buying and selling, whose object is what changes hands.
_TRADE_VERBS_EN = frozenset(
    w for key in ("acquire_v", "sell_v") for w in LEXICON.triggers()["en"][key])


def traded_theme(tok: Token) -> bool:
    """Whether ``tok`` is what an English verb of buying or selling says changes hands:
    "talks to sell the company to Y ended", "Y agreed to buy the group". The
    company sold is one whose ownership the story follows (``owned_company``: the one
    last told as bought), not the buyer named most often before it (apart16)."""
    verb = tok.head
    return tok.dep_ == "dobj" and doc_lang(tok.doc) == "en" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in _TRADE_VERBS_EN and is_definite(tok) and not any(
            c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children)


def named_in_sentence(ctx: Context, tok: Token, candidates: set[EntityRef]) -> EntityRef | None:
    """The company named last before ``tok`` in its own sentence, of ``candidates``:
    what a part of "the company" is of when its sentence names one ("X, a rival of Y,
    bought 9% of the company": Y, the buyer being no candidate)."""
    own = ctx.sents[ctx.sent_index(tok.i)]
    near = [r for i, r in ctx.mention_starts if own.start <= i < tok.i and r in candidates
            and r.kind == "org" and r not in ctx.reporters and r not in ctx.venues]
    return near[-1] if near else None


# The roles of a deal that change a company's owners, and those of its new owners.
_OWNED_ROLES = frozenset({"target", "investee"})
_OWNER_ROLES = frozenset({"acquirer", "investor", "buyer"})


def owned_company(
    ctx: Context, tok: Token, candidates: set[EntityRef]
) -> EntityRef | None:
    """The company a part described as "of the company" is of, or an offer its owners
    answer is for: the one whose ownership the story follows, not the one named most
    often in a paragraph of background (a customer, a rival, a lender). That is the
    company the lede is about (``lede_subject``), when the story has settled on it
    (named twice) and told it as no buyer; else the company last told as bought or
    invested in ("A report faults how Y bought 51% of Z ... W agreed to buy 10% of the
    company": Z); else the lede's company."""
    lede = lede_subject(ctx)
    if lede not in candidates:
        lede = None
    told = ctx.told_parties
    if lede is not None and all(r != lede for role, r in told if role in _OWNER_ROLES) and \
            sum(1 for i, r in ctx.mention_starts if r == lede and i < tok.i) >= 2:
        return lede
    owned = [r for role, r in reversed(told) if role in _OWNED_ROLES
             and r in candidates and r.kind == "org"]
    return owned[0] if owned else lede


def named_before_comma(ctx: Context, rel: Token) -> list[EntityRef]:
    """ "No es la primera compra de X, que en 2022 absorbió a Y": a relative pronoun
    right after a comma opens a non-restrictive clause about the name just before the
    comma, wherever the parser hung the clause (here on "compra")."""
    comma = rel.i - 1
    if comma < 1 or rel.doc[comma].text != "," or comma in ctx.tok_ent:
        return []
    ref = ctx.tok_ent.get(comma - 1)
    return [ref] if ref is not None else []


# Possessive pronouns that can stand for a company ("its board", "su consejo").
_COMPANY_POSSESSIVES = frozenset({"its", "their", "su", "sus"})


def _organ_of_pronoun(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "The company said its board had agreed to merge with Y", "Its shareholders
    voted to merge with Y", "su consejo aprobó la fusión": a company's own organ,
    owned through a possessive pronoun, acts for the company the pronoun stands for:
    the subject of the verb above (the one that says it), else the subject of the
    sentence before (centering), else the company named last."""
    if tok.lemma_.lower() not in ORGAN_NOUNS:
        return []
    poss = next(
        (c for c in tok.children
         if c.lower_ in _COMPANY_POSSESSIVES and (c.dep_ == "poss" or "Yes" in feat(c, "Poss"))),
        None,
    )
    if poss is None:
        return []
    verb = tok.head
    upper = governing_subject(ctx, verb.head, exclude) if verb.head.i != verb.i else []
    upper = [x for x in upper if x.kind == "org"]
    if upper:
        return upper
    ref = previous_subject(ctx, tok, exclude) if tok.dep_ in SUBJ_DEPS else None
    ref = ref or ctx.salient_before(tok.i, exclude)
    return [ref] if ref is not None and ref.kind == "org" else []


def role_anaphor(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "The buyer will pay £150m", "la compradora también ha adquirido ...", "The
    target sold its rail arm ...", "la empresa adquirida": a definite noun that names
    a party by its role in a deal, with no name of its own, is the party that held
    that role in the latest deal told (in the three sentences before), unless two
    deals gave it to different parties (``role_left_open``). A noun for the company
    a contract went to is the seller of the supply deal told (``awardee_anaphor``)."""
    awardee = awardee_anaphor(ctx, tok, exclude)
    if awardee is not None:
        return awardee
    role = _role_of_noun(tok)
    if role is None or not is_definite(tok) or "Plur" in feat(tok, "Number"):
        return None
    if any(c.dep_ in ("appos", "flat", "compound", "poss", "cop") for c in tok.children):
        return None  # "the buyer, X", "price target", "X es el comprador"
    if tok.head.lemma_.lower() == "be" and tok.head.i != tok.i:
        return None  # "The buyer is X": kg.deals.roles.role_named
    told = ctx.told_roles.get(role)
    if told is None or ctx.sent_index(tok.i) - told[0] > 3 or told[1] in exclude:
        return None
    return None if role_left_open(ctx, tok) else told[1]


def names_awardee(tok: Token) -> bool:
    """Whether ``tok`` is a noun for the company a contract went to ("la adjudicataria",
    "the contractor"; ``awardee_nouns``), which ``awardee_anaphor`` resolves."""
    return tok.lower_ in AWARDEE_NOUNS or tok.lemma_.lower() in AWARDEE_NOUNS


def awardee_anaphor(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "El consorcio vial Norvale ganó la obra del puerto. La adjudicataria, comprada
    por Grupo Alcesa en 2021, contratará a 40 personas", "Orvane Rail will buy 200
    carriages from Tillworth Works. Brisk bought a stake in the contractor": a definite noun
    for the company a contract went to (``awardee_nouns``: "la adjudicataria", "the
    contractor"), with no name or complement of its own, is the seller of the supply
    or award agreement told in the three sentences before (refer:awardee-anaphor). Not
    a plural ("los contratistas"), one anchored by a "de"/"of" phrase ("el
    concesionario de la marca", "the contractor for the port": someone else's), nor one
    the sentence names ("the contractor, Tillworth Civil")."""
    if not names_awardee(tok):
        return None
    if tok.pos_ not in ("NOUN", "ADJ") or not is_definite(tok) or "Plur" in feat(tok, "Number"):
        return None
    if any(c.dep_ in ("appos", "flat", "compound", "poss", "cop", "prep", "nmod")
           for c in tok.children):
        return None
    told = ctx.told_awardee
    if told is None or ctx.sent_index(tok.i) - told[0] > 3 or told[1] in exclude:
        return None
    return told[1]


def role_left_open(ctx: Context, tok: Token) -> bool:
    """A role noun that two deals told in the three sentences before give to different
    parties ("X bought Y in May and Z bought W in June. The buyer ..."): it names
    neither, and no other company either (it is no description of one)."""
    role = _role_of_noun(tok)
    told = ctx.told_roles.get(role) if role is not None else None
    rival = ctx.earlier_roles.get(role) if role is not None else None
    si = ctx.sent_index(tok.i)
    return told is not None and rival is not None and si - rival[0] <= 3 and rival[0] < told[0]


def _role_of_noun(tok: Token) -> str | None:
    """The role a noun names: "comprador" → acquirer; "the new owner", "la nueva
    propietaria" (``unanchored_new_owner``) → acquirer; a company noun with a
    participle of buying ("la empresa adquirida", "the acquired company") → target;
    one with a modifier of a role ("la empresa compradora", "la sociedad vendedora",
    "the acquiring company") → that role."""
    role = ROLE_NOUNS.get(tok.lower_) or ROLE_NOUNS.get(tok.lemma_.lower())
    if role is not None:
        return role if tok.pos_ in ("NOUN", "ADJ") else None
    if unanchored_new_owner(tok):
        return "acquirer"
    if tok.lemma_.lower() not in COMPANY_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ not in ("amod", "acl"):
            continue
        if c.lower_ in _ROLE_MODIFIERS:  # (before "acquiring", a participle too)
            return "seller" if c.lower_ == "selling" else "acquirer"
        if "Part" in feat(c, "VerbForm") and (
            c.lemma_.lower() in BOUGHT_PARTICIPLES or c.lower_ in BOUGHT_PARTICIPLES
        ):
            return "target"
        if c.lower_ in ROLE_NOUNS and ROLE_NOUNS[c.lower_] in ("acquirer", "seller"):
            return ROLE_NOUNS[c.lower_]  # "la empresa compradora"
    return None


_ROLE_MODIFIERS = LEXICON.words("role_modifiers")


# "owner", "dueño", "propietaria": the owner nouns that tell a change of hands with "new"
OWNER_TRIGGERS = frozenset(
    w for kinds in LEXICON.triggers().values() for w in kinds.get("owner_n", ())
)


def unanchored_new_owner(tok: Token) -> bool:
    """ "The new owner is X", "La nueva propietaria es X", "a contract signed with the
    new owner", after a sale told before: a new owner of nothing named is the buyer of
    the deal just told, as "the buyer" is ("Y's new owner is X", "el nuevo dueño de Y"
    name what is owned: ``kg.deals.possession``)."""
    return (
        tok.lemma_.lower() in OWNER_TRIGGERS or tok.lower_ in OWNER_TRIGGERS
    ) and is_definite(tok) and any(
        c.dep_ == "amod" and c.lower_ in NEW_WORDS for c in tok.children
    ) and not any(
        c.dep_ in ("poss", "prep", "nmod") for c in tok.children
    )


# Verbs whose simple present tells a state (a holding), not a habit.
_STATE_VERBS = frozenset({"own", "hold", "have", "control", "count"})


def _apposed_name(ctx: Context, clause: Token) -> list[EntityRef]:
    """ "X, the Singapore hedge fund that has held 4.2% of Y": a relative clause on a
    noun in apposition to a name is about the name, however long the name and its
    description (English; session 17, helper endeals). Not a habit that describes
    the kind of company ("X, a crossover fund that typically invests before IPOs": a
    simple present of an event verb tells what such funds do, no deal); a present of
    intention with its infinitive is one company's plan, no habit ("X, a Danish fund,
    which wants to take a stake in Y": session 35, unread5)."""
    noun = clause.head
    if ctx.lang != "en" or noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "pobj" and noun.i not in ctx.tok_ent and _owners_noun(noun) \
            and clause.lemma_.lower() in _STATE_VERBS:
        # "X, the investment arm of the Reyes family, which owns 17 per cent of Y": the
        # clause after the apposition's "of" complement, which names no company, is
        # about the name the apposition describes (the vehicle holds the stake)
        noun = noun.head.head
        if noun.dep_ != "appos" or noun.pos_ != "NOUN":
            return []
    elif noun.dep_ != "appos":
        return []
    if clause.tag_ in ("VBZ", "VBP") and clause.lemma_.lower() not in _STATE_VERBS \
            and not _intends(clause):
        return []
    name = noun.head
    return ctx.np_entities(name) if name.i in ctx.tok_ent else []


def _intends(verb: Token) -> bool:
    """ "wants to take", "plans to buy": a verb of intention with its infinitive."""
    return verb.lemma_.lower() in INTENTION and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children
    )


def _owners_noun(noun: Token) -> bool:
    """ "the investment arm of the Dunne family": a noun after the "of" of an
    apposition's head, whose head is what belongs to it."""
    prep = noun.head
    return prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.dep_ == "appos"


def _apposition_before(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "Tellwright, the UK's largest estate agency, has agreed to be bought by X": a
    subject noun phrase that opens after "Name ," at the start of its sentence is that
    name's apposition, though the parser made the noun the subject and hung the name
    elsewhere."""
    if tok.dep_ not in SUBJ_DEPS or tok.pos_ != "NOUN":
        return []
    left = tok.left_edge.i
    sent_start = ctx.sents[ctx.sent_index(tok.i)].start
    if left < sent_start + 2 or ctx.doc[left - 1].text != ",":
        return []
    ref = ctx.tok_ent.get(left - 2)
    if ref is None or any(ctx.tok_ent.get(i) != ref for i in range(sent_start, left - 1)):
        return []
    return [ref]


def officer_of(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "El consejero delegado de X, Y, ...", "Y, presidente de X, ...": an officer
    acts for the company; the company is the party, not the person."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        if t.lemma_.lower() in OFFICER_TITLES or t.lower_ in OFFICER_TITLES:
            orgs = [r for r in ctx.nested_entities(t) if r.kind == "org"]
            if orgs:
                return orgs[:1]
    return []


def _pronoun(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    verb = tok.head
    owner = _owner_of_relativised(ctx, tok, exclude)
    if owner:
        return owner
    possessor = deal_possessor(ctx, verb, exclude) if tok.dep_ in SUBJ_DEPS else None
    if possessor is not None:
        return [possessor]
    bound = governing_subject(ctx, verb.head, set()) if verb.head != verb else []
    if tok.lower_ == "it":
        # "it" is never a person: "X's chief executive Y said it was ..."
        bound = [r for r in bound if r.kind == "org"]
    if bound:
        # "X and Y said they were ending their agreement": bound by the subject of
        # the verb above, the pronoun means it even when the reading has it already
        # (then it adds no one), never a name told before.
        return [r for r in bound if r not in exclude]
    agent = _event_agent(ctx, verb, exclude)
    if agent:
        return agent
    same_sentence = same_sentence_center(ctx, tok, exclude) if tok.lower_ == "it" else []
    if same_sentence:
        return same_sentence
    pair = subject_pair_before(ctx, tok)  # "A and B ... On Friday they agreed to merge"
    if pair:
        return [r for r in pair if r not in exclude]
    # A subject pronoun continues the subject of the sentence before (centering),
    # else it means the organisation named last.
    ref = previous_subject(ctx, tok, exclude) if tok.dep_ in SUBJ_DEPS else None
    ref = ref or ctx.salient_before(tok.i, exclude)
    return [ref] if ref else []


# The marks that close a clause a later one, in the same sentence, goes on from
_CLAUSE_BREAKS = frozenset({":", ";", "-", "–", "—"})
# The subordinators of a clause that sets one company against another ("While X cut
# jobs, it hired"): no antecedent there
_CONTRASTIVE = frozenset({"while", "whereas", "unlike", "mientras"})


def same_sentence_center(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "The lender has been a busy buyer: it bought Y in 2019", "After X listed its
    shares, it bought Y", "Shares of X rose after it agreed to buy Y": a subject "it"
    whose own sentence, before it, tells of one company as the subject of a clause it
    goes on from (a clause before a colon, semicolon or dash, a preposed adverbial
    clause, or, for "it" in an adverbial clause, the main clause whose subject that
    company owns) means that company: the nearest center, before any subject of the
    sentences before it (refer:same-sentence-center). The parser may hang the clause
    before a colon under the pronoun's verb as its complement; a clause of reported
    speech ("X is cheap, it said") has no such mark before the pronoun and is left
    alone."""
    if tok.dep_ not in SUBJ_DEPS:
        return []
    verb = tok.head
    found = preposed_center(ctx, verb, tok.i, exclude)
    if found is None and verb.dep_ == "advcl" and verb.head.i < tok.i:
        return _owner_of_subject(ctx, verb.head, tok, exclude)
    return found or []


def preposed_center(
    ctx: Context, verb: Token, limit: int, exclude: set[EntityRef]
) -> list[EntityRef] | None:
    """The company a clause of ``verb`` that ends before token ``limit`` tells of as
    its subject: a preposed adverbial clause ("Desde que X salió a bolsa, ha comprado
    Y"), or a clause before a colon, semicolon or dash that the parser hung under
    ``verb``; ``None`` when there is no such clause (an empty list when there is one
    but it names no single company, or sets one against another: "While X ...")."""
    doc = verb.doc
    for clause in verb.children:
        if clause.i > limit or clause.right_edge.i >= limit or not is_verbal(clause):
            continue
        if clause.dep_ == "advcl":
            if any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONTRASTIVE
                   for c in clause.children):
                return []
        elif clause.dep_ not in ("ccomp", "parataxis") or not any(
                t.text in _CLAUSE_BREAKS for t in doc[clause.right_edge.i + 1 : limit]):
            continue
        return _center_of(ctx, clause, exclude)
    return None


def _center_of(ctx: Context, clause: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The company the subject of ``clause`` names, when the clause names no other."""
    said = [s for s in subjects(clause) if s.pos_ != "PRON"]
    # (a pronoun subject there is no center of its own: "X is cheap, it said; it
    # ..."; and a clause that names another company, "X met Y this year: it ...",
    # leaves the choice to salience)
    if not said or _names_beside(ctx, clause, said):
        return []
    refs = [r for s in said for r in resolve_np(ctx, s, exclude)]
    return [r for r in refs if r.kind == "org" and r not in exclude
            and r not in ctx.reporters][:1]


def _owner_of_subject(
    ctx: Context, main: Token, tok: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """ "X's shares rose after it agreed to buy Y", "Shares of X fell as it ...": the one
    company that owns the subject of the main clause, named before the pronoun."""
    for s in subjects(main):
        if ctx.np_entities(s):
            return []
        owners = [x for c in s.children if c.dep_ == "poss" for x in ctx.np_entities(c)]
        owners += [x for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" for x in ctx.np_entities(o)]
        orgs = {x for x in owners if x.kind == "org"}
        if len(orgs) == 1 and s.right_edge.i < tok.i:
            ref = orgs.pop()
            return [] if ref in exclude or ref in ctx.reporters else [ref]
    return []


def _names_beside(ctx: Context, clause: Token, said: list[Token]) -> bool:
    """Whether ``clause`` names a company outside its subjects ``said``."""
    inside = {t.i for s in said for t in s.subtree}
    return any(
        ref.kind == "org" and clause.left_edge.i <= i <= clause.right_edge.i
        and i not in inside
        for i, ref in ctx.mention_starts
    )


def deal_possessor(ctx: Context, verb: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "It was Y's third deal this year, after it bought Z", "It is Y's biggest
    acquisition since it took over W": the possessor of a deal noun is the deal's
    agent, and when that noun is what a copular clause says its subject is, a pronoun
    subject of the clause's adverbial clause continues that agent, not the copula's
    subject (the thing bought, which pays for nothing)."""
    main = verb.head
    if verb.dep_ != "advcl" or main.lemma_.lower() not in ("be", "ser"):
        return None
    for noun in main.children:
        if noun.dep_ not in ("attr", "acomp") or noun.lemma_.lower() not in BACKREF_NOUNS:
            continue
        owners = [x for c in noun.children if c.dep_ == "poss"
                  for x in ctx.np_entities(c) if x.kind == "org"]
        if len(owners) == 1 and owners[0] not in exclude:
            return owners[0]
    return None


def _owner_of_relativised(
    ctx: Context, tok: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """ "Corrib's cheese business, which it later sold to Y": "it" as the subject of a
    relative clause on a noun a company owns ("X's business") is that company
    (English)."""
    verb = tok.head
    if ctx.lang != "en" or tok.lower_ != "it" or tok.dep_ not in SUBJ_DEPS \
            or verb.dep_ not in ("relcl", "acl:relcl"):
        return []
    return [x for c in verb.head.children if c.dep_ == "poss"
            for x in ctx.np_entities(c) if x.kind == "org" and x not in exclude][:1]


def _event_agent(ctx: Context, verb: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "X's purchase of Y comes after they bought Z": a pronoun in a clause under a verb
    whose subject is a deal (an event, not a party) means that deal's agent, its
    possessor, as with any event noun ("the team's win came after they scored")."""
    head = next((t for t in verb.ancestors if is_verbal(t)), None)
    if head is None:
        return []
    return [
        x for s in subjects(head) if s.i in ctx.by_token
        for c in s.children if c.dep_ == "poss"
        for x in ctx.np_entities(c) if x not in exclude
    ] or _ranked_agent(ctx, head, exclude)


def _deal_agent(ctx: Context, subject: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "X's purchase of Y closed on Friday. The company ...", "The acquisition is X's
    largest. The company ...": a deal as the subject of the sentence before is told of
    its agent, the company a later description continues (English)."""
    if ctx.lang != "en" or subject.i not in ctx.by_token:
        return []
    return [
        x for c in subject.children if c.dep_ == "poss"
        for x in ctx.np_entities(c) if x.kind == "org" and x not in exclude
    ][:1] or _ranked_agent(ctx, subject.head, exclude)


def _ranked_agent(ctx: Context, head: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "The acquisition is X's largest since it bought Y": a deal said to be a
    company's largest (first, third ...) has that company for agent, and a pronoun in
    the clause of time under it means the same company (English); so does "It is X's
    second purchase after it paid $5m for Y", the deal told by the predicate noun."""
    if ctx.lang != "en" or head.lemma_.lower() != "be":
        return []
    attrs = [a for a in head.children if a.dep_ == "attr"]
    if not any(s.i in ctx.by_token or _deal_pronoun(ctx, s, attrs) for s in subjects(head)):
        return []
    return [
        x for a in attrs
        for c in a.children if c.dep_ == "poss"
        for x in ctx.np_entities(c) if x.kind == "org" and x not in exclude
    ][:1]


def _deal_pronoun(ctx: Context, subject: Token, attrs: list[Token]) -> bool:
    """ "It is X's second purchase", "This is X's third deal this year": a pronoun
    subject said to be a deal (the predicate noun a deal trigger) stands for that deal
    (session 17, helper endeals)."""
    return subject.lower_ in ("it", "this", "that") and any(a.i in ctx.by_token for a in attrs)


def _is_description(tok: Token, lemma: str) -> bool:
    """A singular definite noun that can stand for a company: "la startup", "the
    lender", or a definite subject that is neither a deal, a source nor a title."""
    return (
        (lemma in COMPANY_NOUNS or tok.lower_ in DESCRIPTORS
         or (tok.dep_ in SUBJ_DEPS and tok.pos_ == "NOUN"
             and lemma not in NOT_COMPANY_SUBJECTS and tok.lower_ not in PERSON_ROLES))
        and "Plur" not in feat(tok, "Number")
        and is_definite(tok)
        and not any(c.dep_ == "poss" for c in tok.children)
    )


def described_as(
    ctx: Context, lemma: str, tok_i: int, exclude: set[EntityRef]
) -> EntityRef | None:
    """The latest organisation introduced with the same head noun: "el fondo" after
    "el fondo Cumbre Capital" or "Cumbre Capital, un fondo ..."."""
    doc = ctx.doc
    for start, ref in reversed(ctx.mention_starts):
        if start >= tok_i or ref.kind != "org" or ref in exclude or ref in ctx.reporters:
            continue
        before = doc[max(0, start - 3) : start]
        after = doc[start : min(len(doc), start + 8)]
        # (an apposition "one of the Ns" runs longer: "one of Asia's largest funds")
        one_of = doc[start : min(len(doc), start + 20)]
        if any(t.lemma_.lower() == lemma and _introduces(t, start) for t in before) or any(
            t.lemma_.lower() == lemma and t.dep_ == "appos" for t in after
        ) or any(
            t.lemma_.lower() == lemma and (one := _one_of_the(t)) is not None
            and ctx.tok_ent.get(one.head.i) == ref
            for t in one_of
        ) or (lemma not in GENERIC_COMPANY_NOUNS and _speaker_described(ctx, start, ref, lemma)):
            return ref
    return None


def _speaker_described(ctx: Context, start: int, ref: EntityRef, lemma: str) -> bool:
    """ "Kiona Seafoods will open a second canning line, the cannery said on Tuesday",
    "X cerró la compra de Y, informó la conservera": a definite description as the
    subject of a speech verb that reports the clause whose subject the name at
    ``start`` is describes that company (the wire's attribution convention), and so
    introduces it with its noun as an apposition would (``refer:described-speaker``):
    a later "the cannery" is X. Only a trade noun: "the company said" tells nothing of
    which company a later "the company" is (the caller asks)."""
    doc = ctx.doc
    end = start
    while end + 1 < len(doc) and ctx.tok_ent.get(end + 1) == ref:
        end += 1
    head = next((t for t in doc[start : end + 1] if not start <= t.head.i <= end), None)
    if head is None or head.dep_ not in SUBJ_DEPS:
        return False
    verb = head.head
    for speech in (verb.head, *verb.children):
        if speech.i <= end or speech.lemma_.lower() not in SPEECH_VERBS:
            continue
        linked = (speech == verb.head and verb.dep_ in ("ccomp", "parataxis")) or (
            speech.head == verb and speech.dep_ in ("parataxis", "advcl", "ccomp"))
        if linked and any(s.lemma_.lower() == lemma and is_definite(s)
                          for s in subjects(speech)):
            return True
    return False


# What may stand between a noun and the name it introduces ("el fondo británico X",
# "the Dutch lender X"); a preposition or a verb between them starts another phrase
# ("informó la aerolínea a la Bolsa X": the airline is not the exchange).
_INTRODUCING_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _introduces(noun: Token, start: int) -> bool:
    """Whether ``noun`` heads the phrase that names the entity at ``start``: only
    determiners and modifiers stand between them."""
    return all(t.pos_ in _INTRODUCING_POS for t in noun.doc[noun.i + 1 : start])


def _in_dateline(ctx: Context, sent: SpacySpan, ref: EntityRef) -> bool:
    """ "MADRID, 2 dic (Telepress) - ...": the agency in a dateline's brackets."""
    return any(
        ref == x and sent.start < start and ctx.doc[start - 1].text == "("
        for start, x in ctx.mention_starts if sent.start <= start < sent.end
    )


def _one_of_the(noun: Token) -> Token | None:
    """ "X, one of the Gulf's largest sovereign wealth funds", "Y, una de las mayores
    gestoras": an apposition "one of the Ns" describes X as an N. Returns "one"."""
    prep = noun.head
    one = prep.head
    if prep.lower_ in ("of", "de") and one.lower_ in ("one", "uno", "una") \
            and one.dep_ == "appos":
        return one
    # Spanish attaches "de las Ns" to "una" by its case marker
    if noun.dep_ == "nmod" and prep.lower_ in ("uno", "una") and prep.dep_ == "appos":
        return prep
    return None


def topic_before(
    ctx: Context, tok_i: int, exclude: set[EntityRef], lede: bool = False
) -> EntityRef | None:
    """The discourse topic before token ``tok_i``: the organisation named most often
    so far (the latest of equals). A definite description ("la fintech", "the
    lender") refers to the topic more often than to the last name mentioned.

    With ``lede``, for a deal noun with no agent ("helped by the purchase of X"), the
    company the lede is about (``lede_subject``) counts once more once the story has
    come back to it, and wins a tie: news names its topic in the headline, which the
    body does not repeat. (A description, "the company", "the trust", is left to
    recency among equals: measured on session 18's sets, the lede helped it as often
    as it hurt.)"""
    counts: dict[EntityRef, int] = {}
    for start, ref in ctx.mention_starts:
        if start >= tok_i:
            break
        if ref.kind == "org" and ref not in exclude and ref not in ctx.reporters:
            counts[ref] = counts.get(ref, 0) + 1
    if not counts:
        return None
    top = lede_subject(ctx) if lede else None
    if top is not None and counts.get(top, 0) >= 2:
        counts[top] += 1
    best = max(counts.values())
    if top is not None and counts.get(top, 0) >= 3 and counts[top] == best:
        return top
    return ctx.salient_before(tok_i, exclude | {r for r, n in counts.items() if n < best})


def dropped_we(ctx: Context, verb: Token, exclude: set[EntityRef]) -> list[EntityRef] | None:
    """The organisation a Spanish verb's unsaid "nosotros" speaks for ("Firmamos una
    alianza con Y", ``kg.deals.first_person.unsaid_we``), as "we" would: the speaker's,
    else the article's own voice; None when the verb's subject is no unsaid "we"."""
    if not unsaid_we(verb):
        # ("¿Por qué compraron Y?": the interviewee's company, addressed as "ustedes")
        return _article_voice(ctx, verb.i, exclude) if asked_ustedes(ctx, verb) else None
    if not verb_in_deal(ctx, verb):
        return []  # "Creemos que la venta de Y ...": what "we" weighs is no deal of ours
    spoken = voice(ctx, verb, exclude)
    return spoken if spoken is not None else _article_voice(ctx, verb.i, exclude)


# The first person plural possessives: "our shareholder", "nuestro accionista",
# "accionista nuestro".
FIRST_PLURAL_POSSESSIVES = frozenset({"our", "nuestro", "nuestra", "nuestros", "nuestras"})


def our_voice(ctx: Context, poss: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The organisation a first person plural possessive speaks for ("X has been our
    shareholder since 2022", "X es accionista nuestro"), as "we" would: the speaker's,
    else the article's own voice (session 26, apart8)."""
    spoken = voice(ctx, poss, exclude)
    return spoken if spoken is not None else _article_voice(ctx, poss.i, exclude)


def _article_voice(ctx: Context, i: int, exclude: set[EntityRef]) -> list[EntityRef]:
    """Whose "we" it is with no speaker near (``kg.deals.first_person``): the organisation
    the text's frame signs (``kg.deals.frame``), else the interviewee's its standfirst
    introduces (``introduced_speaker``), else the company the lede tells of, else the
    discourse topic before token ``i`` (an interview's answers, a company's own
    newsletter). A text speaks with one voice: once its "we" is known,
    every later "we" no speaker claims is the same organisation ("En marzo vendimos
    nuestro 40 % de X ... Firmamos también una carta de intención con la que
    compraríamos Y": the fund both times, not the company named last)."""
    if ctx.voice is not None:
        return [ctx.voice] if ctx.voice not in exclude else []
    # (the organisation the text's signature names, kg.deals.frame, and the
    # interviewee's its standfirst introduces, speak before its lede's subject)
    topic = ctx.frame_voice or introduced_speaker(ctx, standfirst=True) or (
        lede_subject(ctx) or introduced_speaker(ctx, standfirst=False))
    if topic is None or topic in exclude or topic in ctx.not_parties:
        # (the outlet whose lede presents the text, "X publica la carta de Y", is not
        # its voice)
        topic = topic_before(ctx, i, exclude | ctx.not_parties, lede=True)
    if topic is None or topic in ctx.not_parties:
        return []
    ctx.voice = topic
    return [topic]


def introduced_speaker(ctx: Context, standfirst: bool) -> EntityRef | None:
    """The organisation of the one person the text's first sentence introduces with a
    role in it ("Nessa Halloran, chief executive of Halloran Freight, on the deals that
    reshaped the haulier"; "This week's guest is Lena Fernsby, co-founder of Fernsby
    Audio"): an interview's, whose "we" the answers say. With ``standfirst``, only a
    first sentence with no verb at its root, which outranks the lede's subject (it
    tells no story; ``_article_voice``). None when it names no person or several, or a
    person with no organisation or more than one."""
    if not ctx.sents or (standfirst and is_verbal(ctx.sents[0].root)):
        return None
    first = ctx.sents[0]
    people = {ref for i, ref in ctx.tok_ent.items()
              if first.start <= i < first.end and ref.kind == "person"}
    if len(people) != 1:
        return None
    orgs = organisations_of(ctx, list(people))
    return orgs[0] if len(orgs) == 1 else None


def lede_subject(ctx: Context, reported: bool = False) -> EntityRef | None:
    """The company the article's lede is about: the main subject of one of its first
    two sentences that name a company ("CINCINNATI - X Inc. reported ...", "La
    salmonera X completó ...", "X, la remesadora de Doral, tendrá dueños brasileños"),
    or the company that owns that subject ("El consejo de Y rechazó la oferta de X":
    Y); a caption, a credit or a dateline (no verb at its root) tells no story. Among
    companies named as often before a description, the reader takes the one the
    story opened with (the inverted pyramid of news writing).

    With ``reported``, for a description or an unsaid subject that goes on with the
    story, a lede that names its source after the story is about the subject of the
    clause it reports (``_reported_first``)."""
    naming = [
        sent for sent in ctx.sents[:6]
        if is_verbal(sent.root) and any(sent.start <= start < sent.end and ref.kind == "org"
               for start, ref in ctx.mention_starts)
    ]
    for sent in naming[:2]:
        told = _reported_first(sent.root) if reported else []
        for s in (*subjects(sent.root), *told):
            orgs = [x for x in ctx.np_entities(s) if x.kind == "org"
                    and not _in_dateline(ctx, sent, x) and x not in ctx.reporters]
            if orgs:
                return orgs[0]
        owner = subject_owner(ctx, sent, set())
        if owner is not None:
            return owner
    return None


def _reported_first(root: Token) -> list[Token]:
    """ "X cerró una ronda de 6 millones, informó la empresa", "X agreed to buy Y, the
    company said": a lede that tells its story first and its source after it, in a
    verb of saying at the root; the story's subject is that of the clause reported
    before the root (apart18). Only when the root's own subject follows it and points
    back to a company ("la empresa", "the company"), as the source of a company's own
    news does; a person quoted after the story is left to the other rules."""
    if not any(s.i > root.i and s.pos_ != "PRON" and _points_back(s) for s in subjects(root)):
        return []
    told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and is_verbal(c)]
    return subjects(told[0]) if told else []


# Subject nouns that stand for a company's stock ("Shares of X fell", "X shares rose").
_SHARE_WORDS = frozenset({"share", "shares", "stock", "stocks"})


def main_clause_company(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "Shares of X sank after the company said ...", "X rose 3% after the group
    agreed to ...": a generic description that is the subject of an adverbial clause
    (or of a clause under one) means the company the main clause is about, named
    earlier in the same sentence (its subject, or the company whose shares are its
    subject), before any subject of the sentences before (English)."""
    if ctx.lang != "en":
        return None
    clause = _adverbial_clause(tok)
    if clause is None:
        return None
    main = clause.head
    for s in subjects(main):
        if s.i > tok.i:
            continue
        refs = ctx.np_entities(s)
        if not refs and s.lemma_.lower() in _SHARE_WORDS:
            refs = ctx.nested_entities(s)
        orgs = [x for x in refs if x.kind == "org" and x not in exclude]
        if len(orgs) == 1:
            return orgs[0]
    return None


def subject_possessor(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "X's largest customer, Y, signed a supply contract with the company", "X's
    chief executive said the company would ...": a generic description after a
    subject that is a company's relation or member ("X's customer", "X's board")
    means that company, the one the sentence is about; the subject itself (Y, the
    customer) is another party (English)."""
    if ctx.lang != "en":
        return None
    root = ctx.sents[ctx.sent_index(tok.i)].root
    for s in subjects(root):
        if s.i >= tok.i or s.left_edge.i <= tok.i <= s.right_edge.i:
            continue
        owners = [x for c in s.children if c.dep_ == "poss"
                  for x in ctx.np_entities(c) if x.kind == "org"]
        if len(owners) == 1 and owners[0] not in exclude and s.i not in ctx.tok_ent:
            return owners[0]
    return None


def speaker_company(ctx: Context, person: Token) -> list[EntityRef]:
    """ "..., said Jo Smith, a partner at X. The firm ...": a person told as a member of
    a company ("a partner at X", "chief executive of X") stands, as a subject a later
    description continues, for that company (English)."""
    if ctx.lang != "en":
        return []
    return [
        x for a in person.children if a.dep_ == "appos" and _member_title(a)
        for prep, arg in ctx.prep_args(a) if prep in ("at", "of")
        for x in ctx.np_entities(arg) if x.kind == "org"
    ][:1]


def _organ_owner(ctx: Context, subject: Token) -> list[EntityRef]:
    """ "Sahyadri's board approved the sale of a plant. Last year, the company ...": a
    company's own organ named with its owner ("X's board", "X's shareholders") as a
    subject stands for the company, as the subject a later description continues
    (English)."""
    if ctx.lang != "en" or subject.lemma_.lower() not in ORGAN_NOUNS:
        return []
    return [x for c in subject.children if c.dep_ == "poss"
            for x in ctx.np_entities(c) if x.kind == "org"][:1]


# Titles of those who act for their company (not "an analyst at X", who only comments).
_MEMBER_TITLES = OFFICER_TITLES | {"partner", "founder", "co-founder", "chair", "head", "owner"}


def _member_title(noun: Token) -> bool:
    """ "a partner at X", "chief executive of X", "the managing director of X"."""
    return noun.pos_ == "NOUN" and any(
        t.lower_ in _MEMBER_TITLES or t.lemma_.lower() in _MEMBER_TITLES
        for t in (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod")))
    )


def _adverbial_clause(tok: Token) -> Token | None:
    """The adverbial clause (a verb) that ``tok``, a subject, is in: its own verb, or
    one it is the subject of a complement of ("after the company said it would ..."),
    never past a relative clause or a noun."""
    verb = tok.head
    while verb.head.i != verb.i and is_verbal(verb):
        if verb.dep_ == "advcl":
            return verb
        if verb.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
        verb = verb.head
    return None


def unsaid_subject(
    ctx: Context, verb: Token, tok: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """ "X lanzó en mayo una oferta por Y. El lunes retiró la oferta": a finite verb
    whose subject is left unsaid (sujeto tácito) continues the subject of the sentence
    before ``tok``'s (centering, ``previous_subject``); [] when it has a subject or is
    no finite form."""
    if "Fin" not in feat(verb, "VerbForm") or subjects(verb):
        return []
    ref = previous_subject(ctx, tok, exclude)
    return [ref] if ref is not None else []


def previous_subject(
    ctx: Context, tok: Token, exclude: set[EntityRef], depth: int = 0
) -> EntityRef | None:
    """The organisation that is the subject of the nearest sentence before ``tok``'s
    (within three sentences); a subject that is itself a description or a pronoun
    ("the company said ...") is resolved the same way, two steps back at most."""
    si = ctx.sent_index(tok.i)
    # (a paragraph break the parser made a sentence of is no sentence)
    before = list(islice((p for p in range(si - 1, -1, -1)
                          if not ctx.sents[p].text.isspace()), 3))
    described = depth == 0 and tok.pos_ == "NOUN"
    for prev in before:
        for s in _sentence_subjects(ctx.sents[prev].root):
            refs = ctx.np_entities(s)
            if refs and described and (
                    newcomer_on_clitic(s) or newcomer_on_description(s, ctx.np_entities)):
                # (the pronoun or description keeps the center: refer:newcomer-on-*)
                ref = previous_subject(ctx, s, exclude, depth + 1)
                if ref is not None and ref not in refs:
                    return ref
            if refs and all(x.kind == "person" for x in refs):
                refs = speaker_company(ctx, s)
            if not refs:
                refs = _organ_owner(ctx, s) or _deal_agent(ctx, s, exclude)
            if not refs and depth < 2 and _points_back(s):
                ref = previous_subject(ctx, s, exclude, depth + 1) or _lede_described(
                    ctx, s, exclude)
                refs = [ref] if ref is not None else []
            for ref in refs:
                if ref.kind == "org" and ref not in exclude and ref not in ctx.reporters:
                    return ref
        # (no company is the main subject: the company a clause below is about is the
        # center before any sentence further back, kg.deals.discourse)
        ref = (embedded_subject(ctx, ctx.sents[prev], exclude)
               or subject_owner(ctx, ctx.sents[prev], exclude)) if prev == before[0] else None
        if ref is not None:
            return ref
    if before and _unsaid_main_subject(ctx.sents[before[0]]):
        # (its subject unsaid and none told before it, that sentence goes on with the
        # company the story opened with, named before it)
        ref = lede_subject(ctx, reported=True)
        start = ctx.sents[before[0]].start
        if ref is not None and ref not in exclude and any(
                i < start and r == ref for i, r in ctx.mention_starts):
            return ref
    return None


def _unsaid_main_subject(sent: SpacySpan) -> bool:
    """ "X compró Z. Nada de esto es nuevo para la casa. En 2021 se hizo con una
    planta y abrió su capital al fondo Y. La firma cuenta también con un contrato
    ...": a Spanish main verb in the third person whose subject is left unsaid (sujeto
    tácito), as are those of the verbs coordinated with it, continues the center before
    it (centering); when no subject of the sentences before names it, that center is
    the company the story opened with (``lede_subject``), not the fund named last
    (apart18). A first person ("Firmamos") is the speaker's voice, a verb with a
    subject of its own says who it is, and a heading ("Nueva apuesta por el litio", no
    full stop) is no clause that goes on with anyone."""
    root = sent.root
    if doc_lang(root.doc) != "es" or root.pos_ not in ("VERB", "AUX"):
        return False
    if not sent.text.rstrip().endswith("."):
        return False
    if "Fin" not in feat(root, "VerbForm") or feat(root, "Person") not in ([], ["3"]):
        return False
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and is_verbal(c))]
    return not any(subjects(v) for v in verbs)


def _lede_described(ctx: Context, subject: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "La empresa facturó 17 millones. En 2023 absorbió a Y": a generic description
    as the subject before ("la empresa", "the company") that no subject further back
    resolves means the company the story opened with (``lede_subject``), not the one
    named last (often a fund or a bank named in passing)."""
    if subject.pos_ == "PRON" or subject.lemma_.lower() not in GENERIC_COMPANY_NOUNS:
        return None
    ref = lede_subject(ctx)
    return ref if ref is not None and ref not in exclude else None


def _lede_center(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "X reported ... About half of the growth came from Y ... 'Y is running ahead',
    the chief executive said. The company has also sold a plant": a
    generic description as a subject, with no company the subject of the three
    sentences before, continues the center of the story, the company its lede is
    about (``lede_subject``), not the one named most since (centering: the
    backward-looking center falls back to the discourse's topic). Not when the
    sentence just before names a company outside quotation marks ("La OPA se lanzó en
    un momento delicado para Y, que ...": Y is the one just spoken of), nor when its own
    sentence names one before it."""
    si = ctx.sent_index(tok.i)
    own = ctx.sents[si]
    if any(own.start <= i < tok.i and r.kind == "org" and r not in ctx.reporters
           for i, r in ctx.mention_starts):
        return None  # "X signed a deed with Y, under which the firm ...": Y is nearer
    prev = next((p for p in range(si - 1, -1, -1) if not ctx.sents[p].text.isspace()), None)
    if prev is not None:
        sent = ctx.sents[prev]
        if any(sent.start <= i < sent.end and r.kind == "org" and r not in ctx.reporters
               and not quoted(ctx.doc[i], sent) for i, r in ctx.mention_starts):
            return None
    ref = lede_subject(ctx, reported=True)
    return ref if ref is not None and ref not in exclude else None


def _relativised(ctx: Context, tok: Token) -> set[EntityRef]:
    """ "X, la fabricante de cal en la que la cementera tomó un 60 %", "Y, which the
    group bought": inside a relative clause the relative pronoun stands for the noun
    the clause hangs on; a description that is another argument of the clause is
    someone else."""
    clause = tok.head
    while clause.dep_ not in ("acl", "relcl", "acl:relcl") and clause.head.i != clause.i \
            and not is_verbal(clause):
        clause = clause.head
    if clause.dep_ not in ("acl", "relcl", "acl:relcl") or clause.head.i == clause.i:
        return set()
    if not any(t.lower_ in _PREPOSED_RELATIVES and t.i != tok.i for t in clause.children):
        return set()
    return set(ctx.np_entities(apposed_name(clause.head)))


def _sentence_subjects(root: Token) -> list[Token]:
    """The subjects a later dropped subject may continue: the main verb's, then those
    of the clauses coordinated with it ("Las ventas cayeron y la compañía tuvo que
    parar un horno"; "Sales fell and the company closed a kiln"): when the main
    clause's subject is no company, the company a coordinated clause is about is the
    one the reader has in mind."""
    conjoined: list[Token] = []
    heads = [root]
    while heads:  # (the parser may chain them: "y la compañía tuvo que parar")
        heads = [c for h in heads for c in h.children if c.dep_ == "conj" and is_verbal(c)]
        conjoined += heads
    return [s for c in (root, *conjoined) for s in subjects(c) if not _presented(s, c)]


def _presented(subject: Token, verb: Token) -> bool:
    """ "In 2019 X bought Y. Two years later came Z, a business that X picked up": an
    English subject put after a verb of coming next (presentational inversion) is the
    new thing the sentence brings in, not what the discourse is about (centering: the
    center stays)."""
    return subject.i > verb.i and doc_lang(subject.doc) == "en" \
        and verb.lemma_.lower() in _PRESENTING


def _points_back(tok: Token) -> bool:
    """ "the company", "la entidad", "it": a subject that points back."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    lemma = tok.lemma_.lower()
    return (lemma in COMPANY_NOUNS or tok.lower_ in DESCRIPTORS) and is_definite(tok)


def governing_subject(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The subject of the nearest verb that governs ``tok`` (climbing through
    infinitives, participles and clauses whose subject is unexpressed)."""
    cur = tok
    seen = 0
    while seen < 8:
        seen += 1
        if is_verbal(cur) or cur.dep_ == "ROOT":
            subj = subjects(cur)
            we = None if subj else dropped_we(ctx, cur, exclude)
            if we is not None:
                return we
            if subj:
                refs: list[EntityRef] = []
                for s in subj:
                    refs.extend(r for r in resolve_np(ctx, s, exclude) if r not in refs)
                return [r for r in refs if r not in exclude]
            if cur.dep_ in ("acl", "relcl", "acl:relcl") and cur.pos_ == "ADJ":
                return []
            if cur.dep_ == "acl" and "Inf" in feat(cur, "VerbForm"):
                # "Telefónica, a punto de cerrar la venta de X": the name the
                # infinitive clause describes is its subject.
                refs = [r for r in ctx.np_entities(cur.head) if r not in exclude]
                if refs:
                    return refs
        if cur.head == cur:
            break
        cur = cur.head
    return []


def bound_to_name(ctx: Context, tok: Token) -> bool:
    """ "Tillworth Capital said it now owns 7 per cent of the explorer", "Tillworth
    Capital filed a notice disclosing that it holds 7 per cent": a subject "it" or
    "they" of a clause under a verb whose own subject is a company named there is bound
    by that subject (refer:bound-pronoun), and the clause names its subject as surely
    as the name would. Not the pronoun of a main clause (it goes on from the sentences
    before), nor one under a subject that is a description or a person ("the company
    said it ...", "its chief executive said it ...": no company named)."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they") or tok.dep_ not in SUBJ_DEPS:
        return False
    cur = tok.head
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        said = subjects(cur) if is_verbal(cur) else []
        if said:
            refs = [x for s in said for x in ctx.np_entities(s)]
            return bool(refs) and all(x.kind == "org" for x in refs)
    return False


# -- what a pronoun object stands for (English) -------------------------------------

_OBJECT_RELATIVES = ("which", "that", "whom", "que", "cual")
# Salience of a candidate antecedent by its grammatical role (after Lappin and Leass
# 1994): subjects before objects before prepositional complements. A predicate noun
# ("is the owner of Y") names its subject again and is no candidate.
_NOT_REFERENTS = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
})
_ROLE_WEIGHT = {"nsubj": 80, "nsubjpass": 80, "dobj": 50, "pobj": 40, "dative": 40}


_PREPOSED_RELATIVES = frozenset({"que", "cual", "cuales", "quien", "quienes", "which", "whom"})


def relative_after_preposition(ctx: Context, arg: Token) -> list[EntityRef]:
    """ "Y, con la que X cerró un acuerdo", "Y, with which X signed a supply deal", "Y,
    with whom X has partnered": a relative pronoun after a preposition stands for the
    noun its clause hangs on (the clause's "con"/"with" party is that noun)."""
    if arg.lower_ not in _PREPOSED_RELATIVES:
        return []
    clause = arg.head if arg.head.dep_ != "prep" else arg.head.head
    if clause.dep_ not in ("relcl", "acl:relcl", "acl") or clause.head == clause:
        return []
    raiser = _round_of_lead(ctx, clause.head)
    if raiser is not None:
        return raiser
    return ctx.np_entities(apposed_name(clause.head))


def _round_of_lead(ctx: Context, name: Token) -> list[EntityRef] | None:
    """ "Tidewell closed a $40 million round led by Quillon Ventures, in which Mardle
    Capital also invested"; "una ronda de 40 millones liderada por Quillon Ventures, en
    la que también ha invertido Mardle Capital": a clause opened by a preposition and a
    relative pronoun that the parser hangs on the lead named as a round's agent ("led
    by X", "liderada por X") tells of the round, not of its lead: the pronoun stands
    for the company that raised the round, the subject of the clause that tells it
    (none when unnamed). A clause on a noun set beside the lead is about that noun
    ("liderada por X, fondo en el que invirtió Y en 2019": the fund X). None when the
    name is no round's lead ("a consortium led by X, in which Y took part")."""
    lead = name.head.head if name.head.dep_ == "agent" else name.head
    if name.pos_ != "PROPN" or (
        lead.lemma_.lower() not in LEAD_VERBS and lead.lower_ not in LEAD_VERBS
    ):
        return None
    up = list(lead.ancestors)
    told = next((t for t in up if t.pos_ in ("VERB", "AUX")), None)
    if told is None or not any(ctx.by_token.get(t.i) == "round_n" for t in up[: up.index(told)]):
        return None  # "a consortium led by X, in which Y took part": no round
    return [x for s in subjects(told) for x in ctx.np_entities(s)]


def object_antecedent(ctx: Context, obj: Token, exclude: set[EntityRef]) -> Token | None:
    """The noun an object pronoun stands for: the head noun a relative clause hangs
    on ("Y, which X acquired"), or for "it" the most salient singular noun of its
    sentence and the one before (role weight, the nearer sentence first; a noun
    inside another noun's complement weighs less; never a phrase that holds the
    pronoun), skipping the clause's own subject
    (``exclude``: a plain pronoun is never bound by its local subject). None for any
    other word, and when the best candidate is not a noun at all."""
    lower = obj.lower_
    if lower in _OBJECT_RELATIVES:
        clause = obj.head
        # the Spanish parser hangs a relative clause as "acl" ("Y, que X compró")
        relative = ("relcl", "acl:relcl", "acl") if obj.pos_ == "PRON" else ("relcl", "acl:relcl")
        if clause.dep_ in relative and clause.head != clause:
            return _name_described(ctx, apposed_name(clause.head))
        return _name_before_comma(ctx, obj) if obj.pos_ == "PRON" else None
    if lower != "it":
        return None
    si = ctx.sent_index(obj.i)
    start = ctx.sents[si - 1].start if si > 0 else ctx.sents[si].start
    local = _local_subjects(obj.head)
    # (a phrase never stands for itself: "30 per cent of it" is no antecedent of "it",
    # the i-within-i condition)
    containing = {a.i for a in obj.ancestors}
    best: tuple[int, int, Token] | None = None
    for t in ctx.doc[start : obj.i]:
        weight = _ROLE_WEIGHT.get(t.dep_)
        if weight is None or t.pos_ not in ("NOUN", "PROPN") or t.i in local | containing:
            continue
        refs = ctx.np_entities(t)
        if not refs and (t.pos_ == "PROPN" or t.ent_type_ in _NOT_REFERENTS):
            continue  # "on Monday", "in May": a name that is no entity is no antecedent
        if not refs and "Plur" in feat(t, "Number"):
            continue  # a name may look plural ("Systems"); a common noun may not
        if refs and all(r in exclude for r in refs):
            continue
        if t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN"):
            weight -= 10  # "shares of X": embedded in another noun phrase
        score = weight + (100 if t.i >= ctx.sents[si].start else 50)
        if best is None or (score, t.i) >= best[:2]:
            best = (score, t.i, t)
    return best[2] if best is not None else None


def company_of_part(ctx: Context, it: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The company "it" stands for in a part held or bought ("X, which holds 30 per
    cent of it"): free in its clause (binding theory, principle B), so never the holder
    or buyer (``exclude``), but the most salient company before it
    (``object_antecedent``). None when a plant, a unit or another thing held in parts
    is named in between ("X built the plant. Y holds 30 per cent of it"): the pronoun
    may as well stand for it."""
    ante = object_antecedent(ctx, it, exclude)
    if ante is None:
        return []
    if any(t.lemma_.lower() in ASSET_NOUNS | UNIT_NOUNS and "Plur" not in feat(t, "Number")
           and not ctx.np_entities(t) for t in ctx.doc[ante.i + 1 : it.i]):
        return []
    return [x for x in ctx.np_entities(ante) if x.kind == "org" and x not in exclude][:1]


def _name_described(ctx: Context, noun: Token) -> Token:
    """The name a relative clause's head noun describes, where the parser lost the
    apposition: "Y, the Charlotte, North Carolina, snack maker that X bought" (an
    apposition of a place that is itself in apposition to the name), "Y, la naviera
    gallega que X compró" (the description right after "Y ," hung elsewhere)."""
    if ctx.np_entities(noun):
        return noun
    if noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.pos_ in ("NOUN", "ADJ") and noun.dep_ != "appos":
        left = noun.left_edge  # (the parser may hang the comma on the noun itself)
        before = _name_before_comma(ctx, left.nbor() if left.text == "," else left)
        if before is not None:
            return before
    return noun


def _name_before_comma(ctx: Context, tok: Token) -> Token | None:
    """The last token of a name right before the comma before ``tok`` ("Y, que X
    compró", "Y, la naviera que X compró"), or None."""
    comma = tok.i - 1
    if comma < 1 or tok.doc[comma].text != "," or (comma - 1) not in ctx.tok_ent:
        return None
    return tok.doc[comma - 1]


def _local_subjects(verb: Token) -> set[int]:
    """The subjects a pronoun object of ``verb`` may not refer to: the verb's own, and
    those of the verbs it shares its subject with ("agreed to buy it", "bought X
    and sold it")."""
    found: set[int] = set()
    cur = verb
    for _ in range(4):
        found.update(s.i for s in subjects(cur))
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            break
        cur = cur.head
    return found


def another_deal_announced(sent: SpacySpan, ms: list[Mention]) -> None:
    """A sentence that announces another deal before telling it ("La firma tiene
    además abierta otra operación: negocia con Y la venta de una cartera", "In another
    deal, ... the purchase of ..."): a definite deal noun after the announcement ("la
    venta") is that other deal, never one told before: it is marked distinct, and
    merging gives its sum to no earlier deal (kg.deals.merge)."""
    if not any(m.backref for m in ms):
        return  # nothing it could mark: the sentence need not be read
    doc = sent.doc
    another = next((i for i in word_positions(doc, BACKREF_NOUNS, start=sent.start, end=sent.end)
                    if is_another(doc[i])), None)
    if another is None:
        return
    for m in ms:
        if m.backref and m.trigger > another:
            m.distinct = True
            m.rules.append("refer:another-deal")
