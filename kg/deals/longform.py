"""Constructions of long, multi-deal articles that the frames' first readings miss.

Long articles tell their side deals in passing, with the parser's least sure
attachments: the seller of a shop network ("la compra de 25 tiendas de la francesa
X"), the supplier of an order whose arguments hang on the light verb ("firmó un
pedido por 20 aviones con el fabricante X"), a takeover verb with a fused clitic
("intentó quedarse con el 40 % de X"), the partner of a memorandum of understanding
("a memorandum of understanding with X"), a company bought named in apposition to
the relative clause's noun ("Pillbox Direct, an online pharmacy that Medora acquired").
Each function here is one such
construction, called from the frame that owns the trigger (``kg.deals.frames``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import feat, is_definite, is_passive, is_verbal, subjects
from kg.deals.words import (
    ENTER_NOUNS,
    FACILITY_NOUNS,
    OBJ_DEPS,
    OPERATOR_PARTICIPLES,
    PAIR_NOUNS,
    PAIR_WORDS,
    PREMISES_NOUNS,
    SIDE_NOUNS,
    STAKE_NOUNS,
    UNDERSTANDING_NOUNS,
)
from kg.facts import EntityRef


def fused_reflexive(tok: Token) -> bool:
    """ "intentó quedarse con X", "haciéndose con X": the reflexive clitic written on
    the verb form itself, where the parser gives it no token of its own ("quedarse",
    "hacerse", "haciéndose"; not "quedar", "hace")."""
    form = tok.lower_
    return (
        tok.pos_ in ("VERB", "AUX")
        and form != tok.lemma_.lower()
        and form.endswith("se")
        and form[:-2].endswith(("r", "ndo"))
    )


def company_or_stake(ctx: Context, arg: Token) -> bool:
    """ "quedarse con Y", "quedarse con el 40 % de Y": what a fused-clitic takeover verb
    takes is a named company or a part of one, not "quedarse con la duda" nor "hacerse
    con el contrato" (a contract won)."""
    if ctx.np_entities(arg):
        return True
    words = {t.lower_ for t in arg.subtree} | {arg.lemma_.lower()}
    return bool(ctx.nested_entities(arg)) and (
        bool(words & STAKE_NOUNS) or any(w.endswith("%") for w in words)
    )


def goods_owner(ctx: Context, goods: Token) -> list[EntityRef]:
    """ "la compra de 25 tiendas de la francesa X": the company whose goods or premises
    are bought ("de X" on the goods) sells them. Only goods in the plural (a singular
    "una parte de X" is a part of the company itself), and only Spanish "de": an
    English "of" after goods is their kind ("40 tonnes of copper")."""
    if "Plur" not in feat(goods, "Number"):
        return []  # "una parte de X", "el resto de X": a part of the company itself
    return [
        x
        for prep, arg in ctx.prep_args(goods)
        if prep == "de" and arg.pos_ != "PRON"
        for x in ctx.np_entities(arg)
        if x.kind == "org"
    ]


def light_verb_args(ctx: Context, tok: Token) -> list[tuple[str, Token]]:
    """ "firmó un pedido por 20 aviones con X": the complements of an order noun that
    the parser hung on the verb the noun is the object of."""
    if tok.dep_ not in OBJ_DEPS or not is_verbal(tok.head):
        return []
    return list(ctx.prep_args(tok.head))


def entry_args(ctx: Context, tok: Token) -> list[tuple[str, Token]]:
    """ "anunció su entrada con un 35 % en el capital de Y", "completó su entrada en Y
    con un 20 %": the complements of the entry noun ("entrada", "desembarco") that the parser hung
    on the verb the noun is the object of, those after the noun only ("en 2020 cerró
    su entrada" keeps its date on the verb). Only a noun with its determiner: the bare
    noun of "X da entrada a Y en su capital" is the idiom of letting in
    (kg.deals.market), whose complements are the verb's."""
    if tok.lemma_.lower() not in ENTER_NOUNS or not any(c.dep_ == "det" for c in tok.children):
        return []
    return [(p, a) for p, a in light_verb_args(ctx, tok) if a.i > tok.i and p in ("en", "a", "con")]


def order_goods(ctx: Context, tok: Token) -> list[Token]:
    """What an order noun orders: its "de" / "por" complement ("un pedido de 12
    trenes", "un pedido en firme por 12 aviones", where "en firme" comes first and the
    parser gives the goods both cases), on the noun or on its light verb."""
    return [
        arg for _, arg in (*ctx.prep_args(tok), *light_verb_args(ctx, tok))
        if _case_words(arg) & {"de", "por"}
    ]


def _case_words(arg: Token) -> set[str]:
    """The words of a noun's case marker, with those fixed to it ("en firme por")."""
    return {
        w.lower_
        for c in arg.children if c.dep_ == "case"
        for w in (c, *(f for f in c.children if f.dep_ == "fixed"))
    }


def _give_role(
    ctx: Context,
    m: Mention,
    args: Iterable[tuple[str, Token]],
    preps: tuple[str, ...],
    role: str,
    rule: str,
    *,
    orgs_only: bool,
) -> None:
    """Give ``role`` to each party named by an argument whose preposition is one of
    ``preps`` (never a pronoun) and that has no role in ``m`` yet, recording ``rule``."""
    for prep, arg in args:
        if prep not in preps or arg.pos_ == "PRON":
            continue
        for x in ctx.np_entities(arg):
            if (x.kind == "org" or not orgs_only) and x not in m.parties():
                m.add_role(role, x)
                m.rules.append(rule)


def order_supplier(ctx: Context, m: Mention, tok: Token) -> None:
    """ "firmó un pedido en firme por 12 aviones con el fabricante X", "un encargo de
    20 trenes con X": the supplier an order is placed with ("con", which the parser
    hangs on the noun, on its light verb or on the goods) sells
    (parties:order-supplier)."""
    args = [*ctx.prep_args(tok), *light_verb_args(ctx, tok)]
    for g in order_goods(ctx, tok):
        args += [*ctx.prep_args(g), *(a for c in g.children if c.dep_ == "appos"
                                      for a in ctx.prep_args(c))]
    _give_role(ctx, m, args, ("con",), "seller", "parties:order-supplier", orgs_only=True)


def understanding_partner(ctx: Context, m: Mention, tok: Token) -> None:
    """ "signed a memorandum of understanding with X", "un memorando de entendimiento
    con X": the parser hangs the partner on "understanding" / "entendimiento", the
    memorandum's own complement (parties:understanding-with)."""
    if tok.lemma_.lower() not in UNDERSTANDING_NOUNS and tok.lower_ not in UNDERSTANDING_NOUNS:
        return
    for prep, inner in ctx.prep_args(tok):
        if prep not in ("of", "de"):
            continue
        _give_role(ctx, m, ctx.prep_args(inner), ("with", "con"), "partner",
                   "parties:understanding-with", orgs_only=False)


def apposed_name(noun: Token) -> Token:
    """ "Pillbox Direct, an online pharmacy that Medora acquired": a relative clause
    hung on a common noun in apposition to a name is about the name; the name's head
    token stands for the antecedent (recorded as parties:pronoun-object)."""
    head = noun.head
    # (the Spanish tagger takes a nominalised adjective for an adjective: "Y, la
    # chocolatera riojana que X compró", "la generadora que controla X")
    nominal = noun.pos_ == "NOUN" or (
        noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children)
    )
    if (
        nominal
        and noun.dep_ == "appos"
        and head.i < noun.i
        and head.pos_ == "PROPN"
    ):
        return head
    named = copular_name(noun) if nominal else None
    return named if named is not None else noun


def copular_name(noun: Token) -> Token | None:
    """ "Pillbox Direct is the pharmacy that Medora bought", "Pillbox Direct es la farmacia
    que Medora compró", "The pharmacy Medora bought is Pillbox Direct": a description
    that a copula equates with a name (subject and predicate of "be" / "ser") stands
    for that name, as an apposition does (parties:copular-name). None for a noun that
    no copula equates with a name."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        other = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif noun.dep_ == "nsubj" and head.lemma_ == "be":
        other = [c for c in head.children if c.dep_ == "attr"]
    elif any(c.dep_ == "cop" and c.lemma_ == "ser" for c in noun.children):
        other = [c for c in noun.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "nsubj" and any(c.dep_ == "cop" and c.lemma_ == "ser"
                                      for c in head.children):
        other = [head]
    else:
        return None
    return other[0] if len(other) == 1 and other[0].pos_ == "PROPN" else None


def seller_in_goods(ctx: Context, m: Mention, tok: Token) -> None:
    """ "signed an agreement to buy the output of a 200-megawatt solar farm from X":
    goods bought from a supplier, whose "from" the parser hangs low, inside the goods'
    own "of" complement; the one it names sells (parties:seller-in-goods). Only when
    the purchase is of goods and names no seller yet."""
    if m.type != "PurchaseAgreement" or any(role == "seller" for role, _ in m.roles):
        return
    for obj in (c for c in tok.children if c.dep_ in OBJ_DEPS):
        for inner in (a for p, a in ctx.prep_args(obj) if p == "of"):
            _give_role(ctx, m, ctx.prep_args(inner), ("from",), "seller",
                       "parties:seller-in-goods", orgs_only=True)


def facility_owner_sells(ctx: Context, m: Mention, tok: Token) -> None:
    """ "un acuerdo para comprarle electricidad al parque solar de Y", "to buy power
    from the wind farm of Y": goods bought from a plant that names no company itself;
    the plant stands for its owner, named with "de" / "of", who sells
    (parties:facility-owner-sells). Only when the purchase is of goods and names no
    seller yet."""
    if m.type != "PurchaseAgreement" or any(role == "seller" for role, _ in m.roles):
        return
    for prep, arg in ctx.prep_args(tok):
        if prep not in ("a", "from") or ctx.np_entities(arg):
            continue
        if arg.lemma_.lower() in FACILITY_NOUNS or arg.lower_ in FACILITY_NOUNS:
            _give_role(ctx, m, ctx.prep_args(arg), ("de", "of"), "seller",
                       "parties:facility-owner-sells", orgs_only=True)
            for participle in _operated(arg):
                _give_role(ctx, m, ctx.prep_args(participle), ("by", "por"), "seller",
                           "parties:facility-operator-sells", orgs_only=True)


def premises_owner_buys(ctx: Context, m: Mention, tok: Token) -> None:
    """ "abastecerá de cacahuate a la planta de Jalisco de Y", "surte de pan a los
    hoteles de Y", "supplies flour to Y's bakeries": goods supplied to premises that
    name no company themselves go to their owner, named with "de" / "of" or a
    possessive, who buys (parties:premises-owner-buys). Only for a supply that names no
    buyer yet."""
    if m.type != "PurchaseAgreement" or any(role == "buyer" for role, _ in m.roles):
        return
    for prep, arg in ctx.prep_args(tok):
        if prep not in ("a", "to") or ctx.np_entities(arg) or not _premises(arg):
            continue
        owners = [
            x for p, a in ctx.prep_args(arg) if p in ("de", "of")
            for x in ctx.np_entities(a) or ctx.nested_entities(a)
        ] + [x for c in arg.children if c.dep_ == "poss" for x in ctx.np_entities(c)]
        for x in owners:
            if x.kind == "org" and x not in m.parties():
                m.add_role("buyer", x)
                m.rules.append("parties:premises-owner-buys")


def _premises(tok: Token) -> bool:
    """A plant, a mill or a company's premises ("la planta", "los hoteles", "its
    stores")."""
    return any(w in FACILITY_NOUNS or w in PREMISES_NOUNS for w in (tok.lemma_.lower(), tok.lower_))


def _operated(facility: Token) -> Iterator[Token]:
    """The participles that name who runs a plant ("the biomass plant operated by Y",
    "la planta de biomasa vecina, gestionada por Y"), on the plant or, after a comma,
    hung by the parser on a noun before it ("a deal to buy steam from the plant next
    door, run by Y")."""
    edge = facility.right_edge.i
    for t in facility.doc[facility.i + 1: min(edge + 3, len(facility.doc))]:
        if t.lemma_.lower() not in OPERATOR_PARTICIPLES and t.lower_ not in OPERATOR_PARTICIPLES:
            continue
        after_comma = t.i == edge + 2 and t.doc[edge + 1].text == ","
        if (t.head.i == facility.i and t.dep_ in ("acl", "amod")) or (
            t.dep_ == "acl" and (t.i == edge + 1 or after_comma)
        ):
            yield t


def active_backing(ctx: Context, tok: Token) -> bool:
    """ "The fund has previously backed fintech firm Paysure and logistics startup
    Cargolite": "back" in the active voice tells an investment only when what is
    backed is a named company (not "backed the plan", "backed the offer"), and its
    subject is an organisation or stands for one (not a person voting)."""
    if tok.lemma_.lower() != "back" or is_passive(tok) or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    if not objs or not all(
        any(x.kind == "org" for x in ctx.np_entities(o)) for o in objs
    ):
        return False
    return any(
        s.pos_ != "PRON" or s.lower_ in ("it", "which", "that")
        for s in subjects(tok)
    ) and not any(x.kind == "person" for s in subjects(tok) for x in ctx.np_entities(s))


def the_parties(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "Las partes también firmaron un memorando", "Ambas empresas crearán una
    sociedad conjunta", "the two companies will also work together": a plural
    description of the two sides means the two parties of the deal told last."""
    if tok.pos_ != "NOUN" or "Plur" not in feat(tok, "Number") or len(ctx.told_pair) != 2:
        return []
    lemma = tok.lemma_.lower()
    if lemma not in PAIR_NOUNS and tok.lower_ not in PAIR_NOUNS:
        return []
    counted = any(c.lower_ in PAIR_WORDS for c in tok.children)
    sides = tok.lower_ in SIDE_NOUNS and is_definite(tok)
    return list(ctx.told_pair) if counted or sides else []


def remember_pair(ctx: Context, mentions: list[Mention]) -> None:
    """Keep the two parties of the sentence's last deal with exactly two, for
    ``the_parties``, and each role's latest holder, for role anaphors ("the buyer"),
    with the seller of a supply deal for "la adjudicataria" (refer:awardee-anaphor)."""
    for m in mentions:
        for role, ref in m.roles:
            before = ctx.told_roles.get(role)
            if before is not None and before[1] != ref:
                ctx.earlier_roles[role] = before
            ctx.told_roles[role] = (m.sent, ref)
            ctx.told_parties.append((role, ref))
            if role == "target" and ctx.story_target is None:
                ctx.story_target = ref
            if role == "seller" and m.type == "PurchaseAgreement":
                ctx.told_awardee = (m.sent, ref)
    for m in reversed(mentions):
        refs = [x for _, x in m.roles]
        if len(refs) == 2 and all(x.kind == "org" for x in refs):
            ctx.told_pair = refs
            return
