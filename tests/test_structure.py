"""The module structure: stages import only from earlier stages (read from the
source with ``ast``, function-level imports included, type-only imports not), the
import graph has no cycle, and no document is cited that the repository lacks."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"

# The stages, in order: a module may import from its own stage and earlier ones.
# A module belongs to the stage of the longest prefix listed (kg.publish.files →
# "kg.publish"; a package kg.deals/ → "kg.deals").
STAGES: list[tuple[str, ...]] = [
    # foundations: the facts, errors, names and data files every stage uses
    ("kg", "kg.facts", "kg.errors", "kg.vocab", "kg.iri", "kg.resources", "kg.triples",
     "kg.ldcontext", "kg.lexicon", "kg.origin", "kg.ontology", "kg.geonames", "kg.logistic",
     "kg.settings"),
    ("kg.ingest",),  # files → articles
    ("kg.tuned_ner",),  # weights the nlp stage loads
    ("kg.nlp", "kg.doc"),
    ("kg.entities",),
    ("kg.money",),
    ("kg.deals", "kg.deal_scorer", "kg.antecedent", "kg.corroborate"),
    ("kg.extract",),
    ("kg.consolidate",),
    ("kg.graph", "kg.rdfio"),
    ("kg.validate", "kg.shacl"),
    ("kg.publish", "kg.store", "kg.server", "kg.query", "kg.report"),
    ("kg.runtime", "kg.pipeline", "kg.parallel", "kg.incremental", "kg.run", "kg.shard"),
    # evaluation runs the pipeline and scores what it publishes
    ("kg.evaluate", "kg.eval_events", "kg.conll", "kg.provenance"),
    ("kg.cli", "kg.__main__"),
]

# Known imports from a later stage that another change removes; listed here so the
# test says so instead of failing, and fails (as an unexpected pass does not) only
# when a new one appears.
KNOWN: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> int:
    best, stage = -1, -1
    for index, prefixes in enumerate(STAGES):
        for prefix in prefixes:
            # "kg" is the package's own __init__ only, not a prefix of every module.
            inside = prefix != "kg" and module.startswith(prefix + ".")
            if (module == prefix or inside) and len(prefix) > best:
                best, stage = len(prefix), index
    assert stage >= 0, f"{module} is in no stage: add it to STAGES"
    return stage


def _type_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(module: str) -> set[str]:
    """The kg modules ``module`` imports at run time (anywhere in its code)."""
    found: set[str] = set()
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_only(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1],
                                 *([base] if base else [])])
            if base.split(".")[0] == "kg":
                for alias in node.names:
                    # `from kg import iri` imports the module kg.iri.
                    name = f"{base}.{alias.name}"
                    found.add(name if name in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    found.discard(module)
    return found


def later_imports(module: str) -> list[str]:
    own = stage_of(module)
    return sorted(name for name in imports(module) if stage_of(name) > own)


def _marks(module: str) -> list[pytest.MarkDecorator]:
    for prefix, reason in KNOWN.items():
        if module == prefix or module.startswith(prefix + "."):
            return [pytest.mark.xfail(reason=reason, strict=False)]
    return []


@pytest.mark.parametrize(
    "module", [pytest.param(m, marks=_marks(m)) for m in sorted(MODULES)]
)
def test_no_import_from_a_later_stage(module: str) -> None:
    assert later_imports(module) == [], (
        f"{module} (stage {stage_of(module)}) imports from later stages"
    )


def test_every_module_has_a_stage() -> None:
    for module in MODULES:
        stage_of(module)
    with pytest.raises(AssertionError, match="kg.newstage is in no stage"):
        stage_of("kg.newstage")


def test_the_import_graph_has_no_cycle() -> None:
    graph = {module: imports(module) & set(MODULES) for module in MODULES}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = path[path.index(module):] + [module]
            raise AssertionError("import cycle: " + " → ".join(cycle))
        if module in done:
            return
        for name in sorted(graph[module]):
            visit(name, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_the_checker_sees_function_level_imports() -> None:
    # kg.pipeline imports kg.validate inside a function: still a dependency.
    assert "kg.validate" in imports("kg.pipeline")
    # kg/__init__.py names everything under TYPE_CHECKING only: no dependency.
    assert imports("kg") == set()


CITED = re.compile(r"(?<![\w/])((?:[\w.-]+/)*)([A-Z][A-Z-]+\.md)\b")


def test_every_document_cited_is_in_the_repository() -> None:
    sources = [
        *PACKAGE.rglob("*.py"), *(ROOT / "shapes").glob("*.ttl"), *(ROOT / "tests").glob("*.py"),
        *(ROOT / "queries").glob("*.rq"), ROOT / "README.md", *(ROOT / "docs").glob("*.md"),
    ]
    missing = set()
    for path in sources:
        for folder, name in CITED.findall(path.read_text(encoding="utf-8")):
            # A bare name may be in the repository's root, docs/ or the citing folder.
            places = [ROOT / folder] if folder else [ROOT, ROOT / "docs", path.parent]
            if not any((place / name).is_file() for place in places):
                missing.add(f"{path.relative_to(ROOT)}: {folder}{name}")
    assert not missing, sorted(missing)


def test_doc_extensions_are_registered_in_one_place() -> None:
    """``Doc.set_extension`` is called by ``kg.doc`` only; every component reads them
    from there, whichever component a caller imports first."""
    callers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "kg").rglob("*.py")
        if "set_extension(" in path.read_text("utf-8")
    )
    assert callers == ["kg/doc.py"]
    code = (
        "from spacy.tokens import Doc\n"
        "import kg.deals\n"
        "from kg.doc import EXTENSIONS\n"
        "print(all(Doc.has_extension(name) for name in EXTENSIONS))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
