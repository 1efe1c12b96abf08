"""The deal network: organisations and people who are parties as nodes, deals as
edges; and its export as GraphML (Gephi, yEd, networkx) or DOT (Graphviz).

Each deal is one edge, from its first buyers'-side party (acquirer, buyer,
investor, first partner) to its first sellers'-side party (target, seller,
investee, second partner); a deal with a single known party is a loop on it. Any
further party joins the deal by a ``co-party`` link, so that every party of a deal
is a node and every deal is exactly one ``deal`` edge. A node's ``money`` is the
sum of the amounts of its deals (exact values or bounds, currencies added as told:
a measure of size, not an accounting).
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import InputError
from kg.report.model import BUY_SIDE, SELL_SIDE, Report

# Colours by deal type (Okabe–Ito, readable by colour-blind readers) and line
# styles by status, shared by the pages, the legend and the exports.
TYPE_COLOURS = {
    "Acquisition": "#D55E00",
    "Merger": "#CC79A7",
    "Investment": "#0072B2",
    "PurchaseAgreement": "#009E73",
    "Partnership": "#E69F00",
    "Valuation": "#56B4E9",
    "Deal": "#777777",
}
STATUS_STYLES = {
    "Rumoured": "dotted",
    "InNegotiation": "dashed",
    "Announced": "solid",
    "Completed": "solid",
    "Cancelled": "dotted",
}


@dataclass
class Node:
    id: str  # the entity IRI
    key: str
    kind: str  # "org" or "person"
    label: str
    money: Decimal = Decimal(0)
    degree: int = 0


@dataclass
class Edge:
    id: str  # the deal IRI
    key: str
    source: str
    target: str
    kind: str  # "deal" or "co-party"
    type: str
    status: str | None
    amount: Decimal | None
    currency: str | None


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def build_network(report: Report) -> Network:
    """The deal network of a report."""
    network = Network()
    for deal in report.deals.values():
        parties = [p for _, p in deal.parties if p in report.entities]
        if not parties:
            continue
        for party in parties:
            if party not in network.nodes:
                entity = report.entities[party]
                network.nodes[party] = Node(party, entity.key, entity.kind, entity.name)
        buy = [p for r, p in deal.parties if r in BUY_SIDE and p in network.nodes]
        sell = [p for r, p in deal.parties if r in SELL_SIDE and p in network.nodes]
        others = [p for p in parties if p not in buy and p not in sell]
        source = (buy or others or sell)[0]
        rest = [p for p in (sell + others + buy) if p != source]
        target = rest[0] if rest else source
        magnitude = deal.amount.magnitude if deal.amount else None
        status = report.current_status(deal)
        currency = deal.amount.currency if deal.amount else None
        network.edges.append(Edge(deal.iri, deal.key, source, target, "deal", deal.type,
                                  status, magnitude, currency))
        for extra in (p for p in parties if p not in (source, target)):
            network.edges.append(Edge(f"{deal.iri}#{network.nodes[extra].key}", deal.key,
                                      extra, source, "co-party", deal.type, status, None, None))
        for party in set(parties):
            node = network.nodes[party]
            node.degree += 1
            if magnitude is not None:
                node.money += magnitude
    return network


# --- export ----------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def to_graphml(network: Network) -> bytes:
    """The network as GraphML, with node and edge attributes declared as keys."""
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    keys = [
        ("n_label", "node", "label", "string"), ("n_kind", "node", "kind", "string"),
        ("n_money", "node", "money", "double"), ("n_degree", "node", "degree", "int"),
        ("e_kind", "edge", "kind", "string"), ("e_type", "edge", "type", "string"),
        ("e_status", "edge", "status", "string"), ("e_amount", "edge", "amount", "double"),
        ("e_currency", "edge", "currency", "string"), ("e_deal", "edge", "deal", "string"),
        ("e_colour", "edge", "color", "string"),
    ]
    for key_id, domain, name, kind in keys:
        ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {
            "id": key_id, "for": domain, "attr.name": name, "attr.type": kind,
        })
    graph = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph",
                          {"id": "deals", "edgedefault": "directed"})

    def data(parent: ET.Element, key: str, value: object) -> None:
        if value is not None:
            ET.SubElement(parent, f"{{{_GRAPHML_NS}}}data", {"key": key}).text = str(value)

    for node in network.nodes.values():
        element = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}node", {"id": node.id})
        data(element, "n_label", node.label)
        data(element, "n_kind", node.kind)
        data(element, "n_money", node.money)
        data(element, "n_degree", node.degree)
    for edge in network.edges:
        element = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}edge", {
            "id": edge.id, "source": edge.source, "target": edge.target,
        })
        data(element, "e_kind", edge.kind)
        data(element, "e_type", edge.type)
        data(element, "e_status", edge.status)
        data(element, "e_amount", edge.amount)
        data(element, "e_currency", edge.currency)
        data(element, "e_deal", edge.id.split("#", 1)[0])
        data(element, "e_colour", TYPE_COLOURS.get(edge.type))
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def _dot_id(text: str) -> str:
    # A DOT quoted string: backslashes and quotes escaped, newlines as \n.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(network: Network) -> bytes:
    """The network as a Graphviz DOT digraph: nodes labelled, edges coloured by
    deal type and styled by status."""
    lines = ["digraph deals {", "  node [shape=ellipse, fontname=\"Helvetica\"];"]
    for node in network.nodes.values():
        shape = "box" if node.kind == "person" else "ellipse"
        lines.append(
            f"  {_dot_id(node.id)} [label={_dot_id(node.label)}, shape={shape}, "
            f"money={_dot_id(str(node.money))}, degree={node.degree}];"
        )
    for edge in network.edges:
        style = STATUS_STYLES.get(edge.status or "", "solid")
        if edge.kind == "co-party":
            style = "dotted"
        attrs = [
            f"label={_dot_id(edge.type)}",
            f"color={_dot_id(TYPE_COLOURS.get(edge.type, '#777777'))}",
            f"style={style}",
            f"kind={_dot_id(edge.kind)}",
            f"deal={_dot_id(edge.id.split('#', 1)[0])}",
        ]
        if edge.status:
            attrs.append(f"status={_dot_id(edge.status)}")
        if edge.amount is not None:
            attrs.append(f"amount={_dot_id(str(edge.amount))}")
        if edge.currency:
            attrs.append(f"currency={_dot_id(edge.currency)}")
        lines.append(f"  {_dot_id(edge.source)} -> {_dot_id(edge.target)} [{', '.join(attrs)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_network(network: Network, path: Path) -> None:
    """Write the network to ``path`` as GraphML (``.graphml``) or DOT (``.dot``/``.gv``),
    atomically."""
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        payload = to_graphml(network)
    elif suffix in (".dot", ".gv"):
        payload = to_dot(network)
    else:
        raise InputError(
            f"{path}: write the network as .graphml or .dot, not {suffix or 'no extension'!r}"
        )
    write_atomic(path, payload)


def write_atomic(path: Path, payload: bytes) -> None:
    """Write bytes to a temporary file beside ``path``, then rename it into place."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{path}: the folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
