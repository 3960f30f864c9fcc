"""The package's import graph: no module imports itself back, and the stages import in one direction.

``make lint`` runs this file. Imports are read from the source (``ast``), including imports made
only for type checking, so a cycle cannot hide behind ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the generator modules it imports (``from pkg import sub`` counts as importing ``pkg.sub``)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "generator":
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    graph[name].add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name.split(".")[0] == "generator")
        graph[name].discard(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# What each part of the package may import besides itself: the pipeline reads top to bottom.
LAYERS = {
    "generator.text": set(),
    "generator.errors": set(),
    "generator.yamlio": set(),
    "generator.knowledge": {"generator.text", "generator.errors", "generator.yamlio"},
    "generator.read": {"generator.knowledge", "generator.text", "generator.errors", "generator.yamlio"},
    "generator.article": {"generator.knowledge", "generator.read", "generator.text", "generator.errors",
                          "generator.yamlio"},
    "generator.corpus": {"generator.article", "generator.knowledge", "generator.read", "generator.settings",
                         "generator.text", "generator.errors"},
    "generator.render": {"generator.article", "generator.corpus", "generator.knowledge", "generator.read",
                         "generator.settings", "generator.text", "generator.errors"},
}


def _part(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_stages_import_downwards_only() -> None:
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if _part(module) in LAYERS
        for target in targets
        if _part(target) != _part(module) and _part(target) not in LAYERS[_part(module)]
    )
    assert wrong == []
