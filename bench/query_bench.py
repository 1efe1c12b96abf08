"""Query time on a graph of ≥ 1 million triples: kg's store (pyoxigraph) against
rdflib's SPARQL engine, in one run.

    python bench/query_bench.py                 # 1,000,000 triples
    python bench/query_bench.py --triples 200000 --skip-rdflib-query biggest-deals

Generates a synthetic graph shaped exactly like kg's output (docs/GRAPH.md:
articles, NIF sentences and mentions, organisations, people and memberships,
amounts, deals with roles, status and evidence; one named graph per article),
writes it as N-Quads, loads it into kg's on-disk store (``kg.store.load``) and into
an rdflib ``Dataset``, then runs canned queries from ``queries/`` on both with the
same parameter bindings, checks that both give the same number of rows, and prints
load times, query times and the ratio. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.query import get_query, run_canned  # noqa: E402
from kg.store import load  # noqa: E402
from kg.vocab import DEAL, ID, NIF, ORG, PROV, RDF, SCHEMA, SKOS, XSD  # noqa: E402

N = ox.NamedNode
L = ox.Literal
DEAL_TYPES = [("Acquisition", "acquirer", "target"), ("Investment", "investor", "investee"),
              ("PurchaseAgreement", "buyer", "seller"), ("Partnership", "partner", "partner")]
STATUSES = ["Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled"]
CURRENCIES = ["EUR", "USD", "GBP"]
ROLES = ["CEO", "CFO", "chairman", "founder", "director"]


def _h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _t(name: object) -> N:
    return N(str(name))


def _int(value: int) -> L:
    return L(str(value), datatype=_t(XSD.nonNegativeInteger))


def generate(target: int, seed: int = 7) -> Iterator[ox.Quad]:
    """Quads of synthetic articles until ``target`` triples; each article its own graph."""
    rng = random.Random(seed)
    orgs = [f"Company {i:04d}" for i in range(2000)]
    people = [f"Person {i:04d}" for i in range(600)]
    run = _t(ID[f"run/{_h('bench')}"])
    emitted = 0
    article_no = 0
    article = _t(ID["article/none"])
    while emitted < target:
        article_no += 1
        article = _t(ID[f"article/bench-{article_no:06d}"])
        triples = article_triples(rng, f"bench-{article_no:06d}", orgs, people, run)
        for s, p, o in triples:
            yield ox.Quad(s, p, o, article)
        emitted += len(triples)
    # The run, once (kg repeats it in every article's graph; once is enough here).
    software = _t(ID["software/kg-0.1.0"])
    for s, p, o in [(run, RDF.type, _t(PROV.Activity)),
                    (run, PROV.wasAssociatedWith, software),
                    (software, RDF.type, _t(PROV.SoftwareAgent)),
                    (software, SCHEMA.name, L("kg"))]:
        yield ox.Quad(s, _t(p), o, article)


Triple = tuple[N, N, "N | L"]


def article_triples(
    rng: random.Random, aid: str, orgs: list[str], people: list[str], run: N
) -> list[Triple]:
    """One article as kg writes it: ~190 triples."""
    out: list[Triple] = []
    a = _t(ID[f"article/{aid}"])

    def add(s: N, p: object, o: N | L) -> None:
        out.append((s, _t(p), o))

    add(a, RDF.type, _t(SCHEMA.NewsArticle))
    add(a, SCHEMA.identifier, L(aid))
    add(a, SCHEMA.inLanguage, L(rng.choice(["es", "en"])))
    add(a, SCHEMA.datePublished, L(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                  datatype=_t(XSD.date)))
    add(a, SCHEMA.headline, L(f"Headline of {aid}", language="en"))
    add(a, PROV.wasGeneratedBy, run)
    length = 2000
    ctx = N(f"{a.value}#char=0,{length}")
    add(ctx, RDF.type, _t(NIF.Context))
    add(ctx, NIF.beginIndex, _int(0))
    add(ctx, NIF.endIndex, _int(length))
    add(ctx, NIF.sourceUrl, a)
    sentences = []
    for i in range(5):
        b, e = i * 400, i * 400 + 390
        s = N(f"{a.value}#char={b},{e}")
        sentences.append((s, b))
        for cls in (NIF.String, NIF.RFC5147String, NIF.Sentence):
            add(s, RDF.type, _t(cls))
        add(s, NIF.beginIndex, _int(b))
        add(s, NIF.endIndex, _int(e))
        add(s, NIF.anchorOf, L(f"Sentence {i} of {aid}."))
        add(s, NIF.referenceContext, ctx)

    def mention(sentence: int, offset: int, text: str) -> N:
        s, base = sentences[sentence]
        b = base + offset
        m = N(f"{a.value}#char={b},{b + len(text)}")
        add(m, RDF.type, _t(NIF.String))
        add(m, RDF.type, _t(NIF.RFC5147String))
        add(m, NIF.beginIndex, _int(b))
        add(m, NIF.endIndex, _int(b + len(text)))
        add(m, NIF.anchorOf, L(text))
        add(m, NIF.referenceContext, ctx)
        add(m, NIF.sentence, s)
        return m

    # Popular companies appear far more often, as in real news.
    names: list[str] = []
    while len(names) < 6:
        name = orgs[min(int(rng.paretovariate(1.2)) - 1, len(orgs) - 1)]
        if len(names) >= 3 and name in names:
            name = rng.choice(orgs)
        if name not in names:
            names.append(name)
    org_nodes = []
    for j, name in enumerate(names):
        o = _t(ID[f"org/{name.lower().replace(' ', '-')}"])
        org_nodes.append(o)
        add(o, RDF.type, _t(SCHEMA.Organization))
        add(o, SCHEMA.name, L(name))
        add(o, DEAL.evidence, mention(j % 5, 10 + 40 * (j // 5), name))
        add(a, SCHEMA.mentions, o)
    person_name = rng.choice(people)
    p = _t(ID[f"person/{person_name.lower().replace(' ', '-')}"])
    add(p, RDF.type, _t(SCHEMA.Person))
    add(p, SCHEMA.name, L(person_name))
    add(p, DEAL.evidence, mention(4, 100, person_name))
    add(a, SCHEMA.mentions, p)
    title = rng.choice(ROLES)
    membership = _t(ID[f"membership/{_h(person_name + names[0] + title)}"])
    role = _t(ID[f"role/{title.lower()}"])
    add(membership, RDF.type, _t(ORG.Membership))
    add(membership, ORG.member, p)
    add(membership, ORG.organization, org_nodes[0])
    add(membership, ORG.role, role)
    add(membership, DEAL.evidence, mention(4, 80, f"{title} {person_name}"))
    add(role, RDF.type, _t(ORG.Role))
    add(role, SKOS.prefLabel, L(title, language="en"))
    for k in range(2):
        kind, first_role, second_role = rng.choice(DEAL_TYPES)
        one, two = org_nodes[2 * k], org_nodes[2 * k + 1]
        d = _t(ID[f"deal/{_h(kind + one.value + two.value + aid)}"])
        add(d, RDF.type, _t(DEAL.Deal))
        add(d, RDF.type, _t(DEAL[kind]))
        add(d, DEAL[first_role], one)
        add(d, DEAL[second_role], two)
        add(d, DEAL.party, one)
        add(d, DEAL.party, two)
        add(d, DEAL.status, _t(DEAL[rng.choice(STATUSES)]))
        add(d, DEAL.evidence, sentences[k][0])
        add(d, PROV.wasDerivedFrom, a)
        add(d, PROV.wasGeneratedBy, run)
        add(a, SCHEMA.mentions, d)
        amount = _t(ID[f"amount/{_h(aid + str(k))}"])
        value = rng.randint(1, 5000) * 1_000_000
        add(amount, RDF.type, _t(SCHEMA.MonetaryAmount))
        add(amount, SCHEMA.currency, L(rng.choice(CURRENCIES)))
        add(amount, SCHEMA.value, L(str(value), datatype=_t(XSD.decimal)))
        add(amount, DEAL.surfaceForm, L(f"{value // 1_000_000} million", language="en"))
        add(amount, DEAL.evidence, mention(k, 200, f"{value // 1_000_000} million"))
        add(d, DEAL.amount, amount)
        add(a, SCHEMA.mentions, amount)
    return out


QUERIES = [
    ("deals-of-organization", {"org": "Company 0003"}),
    ("people-and-roles", {}),
    ("biggest-deals", {"currency": "GBP"}),
]


def rdflib_bindings(store: ox.Store, name: str, params: dict[str, str]) -> dict[str, object]:
    """The same terms kg binds, as rdflib terms (names are resolved by kg, once)."""
    from rdflib import Literal

    from kg.query import bind_params

    terms = bind_params(get_query(name), params, store)
    out: dict[str, object] = {}
    for key, term in terms.items():
        out[key] = URIRef(term.value) if isinstance(term, ox.NamedNode) else Literal(term.value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-rdflib-query", action="append", default=[], metavar="NAME")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        nq = Path(tmp) / "graph.nq"
        started = time.perf_counter()
        ox.serialize(generate(args.triples, args.seed), str(nq), ox.RdfFormat.N_QUADS)
        triples = sum(1 for _ in nq.open("rb"))
        print(f"generated {triples:,} triples ({nq.stat().st_size / 1e6:.0f} MB N-Quads) "
              f"in {time.perf_counter() - started:.1f}s")

        store_dir = Path(tmp) / "store"
        started = time.perf_counter()
        summary = load([nq], store_dir)
        ox_load = time.perf_counter() - started
        print(f"kg store (pyoxigraph, on disk): loaded {summary.graphs:,} article graphs "
              f"in {ox_load:.1f}s")

        started = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(str(nq), format="nquads")
        rdf_load = time.perf_counter() - started
        print(f"rdflib Dataset (memory): loaded {len(dataset):,} triples in {rdf_load:.1f}s")
        print()

        kg_store = ox.Store.read_only(str(store_dir))
        print(f"{'query':<24}{'rows':>8}{'kg store':>12}{'rdflib':>12}{'ratio':>9}")
        for name, params in QUERIES:
            started = time.perf_counter()
            result = run_canned(name, params, store=kg_store)
            ox_rows = sum(1 for _ in result.rows())
            ox_time = time.perf_counter() - started
            if name in args.skip_rdflib_query:
                print(f"{name:<24}{ox_rows:>8}{ox_time:>11.3f}s{'skipped':>12}")
                continue
            bindings = rdflib_bindings(kg_store, name, params)
            started = time.perf_counter()
            rdf_rows = len(list(dataset.query(get_query(name).text, initBindings=bindings)))
            rdf_time = time.perf_counter() - started
            check = "" if rdf_rows == ox_rows else f"  (rdflib: {rdf_rows} rows!)"
            print(f"{name:<24}{ox_rows:>8}{ox_time:>11.3f}s{rdf_time:>11.3f}s"
                  f"{rdf_time / ox_time:>8.0f}x{check}")
        print(f"{'load':<24}{'':>8}{ox_load:>11.1f}s{rdf_load:>11.1f}s{rdf_load / ox_load:>8.1f}x")


if __name__ == "__main__":
    main()
