"""The package's shape: imports go one way, from the CLI down to the stages.

Read from the source (``ast``), so these tests need nothing imported or built. An *import*
here is every ``import x`` and ``from x import y`` statement in a module: at module level,
inside a function (lazy imports of heavy libraries count), and under ``if TYPE_CHECKING:``
(type-only imports count too: a cycle there is still a tangle a reader has to follow). A
package is a module (its ``__init__``). That Python runs a package's ``__init__`` before
any module inside it is not counted as an import of the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "contrast"

ORCHESTRATION = frozenset(
    {"contrast", "contrast.__main__", "contrast.cli", "contrast.watch", "contrast.pipeline", "contrast.plan", "contrast.stages",
     "contrast.cache", "contrast.codecs", "contrast.outputs", "contrast.sources", "contrast.scaffold", "contrast.engine",
     "contrast.engine.work", "contrast.engine.local", "contrast.engine.cluster", "contrast.engine.corpus"}
)
"""Modules that run or store stages: only each other import them (the stages never do)."""


@cache
def modules() -> dict[str, Path]:
    """Every module of the package: dotted name → file."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("contrast", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported(name: str) -> Iterator[tuple[str, int, list[str]]]:
    """(module imported, line, names taken from it) for each import statement of module ``name``."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, []
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules():  # `from contrast.report import svg` imports the module svg
                    yield submodule, node.lineno, []
                else:
                    yield base, node.lineno, [alias.name]


@cache
def import_graph() -> dict[str, frozenset[str]]:
    """module → the package's modules it imports."""
    return {
        name: frozenset(target for target, _, _ in imported(name) if target in modules() and target != name)
        for name in modules()
    }


def cycles(graph: dict[str, frozenset[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as a path to read."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_lazy_and_type_only_imports() -> None:
    graph = import_graph()
    assert "contrast.report.documents" in graph["contrast.pipeline"]  # imported inside _render
    assert "contrast.claims" in graph["contrast.analysis"]  # imported under TYPE_CHECKING
    assert "contrast.report.svg" in graph["contrast.report.briefing.charts"]


def test_cycles_are_found() -> None:
    graph = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset({"a"})}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": frozenset({"b"}), "b": frozenset()}) == []


def test_no_import_cycle_inside_the_package() -> None:
    found = cycles(import_graph())
    described = [
        " ; ".join(f"{a} → {', '.join(sorted(import_graph()[a] & set(component)))}" for a in component)
        for component in found
    ]
    assert not found, "import cycles:\n" + "\n".join(described)


def test_stages_and_report_never_import_the_orchestration() -> None:
    graph = import_graph()
    wrong = {
        (name, target)
        for name, targets in graph.items()
        if name not in ORCHESTRATION
        for target in targets & ORCHESTRATION
    }
    assert not wrong, f"imports up into the orchestration: {sorted(wrong)}"


def test_no_private_name_is_imported_from_another_module() -> None:
    private = [
        f"{name}:{line} imports {', '.join(names)} from {target}"
        for name in modules()
        for target, line, names in imported(name)
        if target.startswith("contrast") and any(n.startswith("_") and not n.startswith("__") for n in names)
    ]
    assert not private, "\n".join(private)
