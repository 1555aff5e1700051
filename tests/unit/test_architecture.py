"""The layering rules of docs/architecture.md, checked on the source so they stay true.

The checks read the code with `ast` and import nothing, so they run without Qt
and without a database:

* the core (`sosmed_desktop/`) never imports PySide6;
* in `ui/`, only the operations module and the task runner open units of work
  or start background tasks (`ctx.uow()`, `run_task(`);
* import cycles among the modules of `ui/` and `sosmed_desktop/` are only the
  known ones below;
* modules over 500 lines are only the known ones below.

The known lists may only shrink: a cycle that is gone or a module that became
short fails the test until it is struck off the list, so the list always tells
today's truth.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("sosmed_desktop", "ui")
MAX_LINES = 500

KNOWN_CYCLES: dict[frozenset[str], str] = {
    frozenset(
        {
            "sosmed_desktop.db.models",
            "sosmed_desktop.db.models_editorial",
            "sosmed_desktop.db.models_live",
            "sosmed_desktop.db.models_media",
            "sosmed_desktop.db.models_results",
            "sosmed_desktop.db.models_team",
        }
    ): "the ORM's own mappings: the feature modules extend `models.Base`, and `models` "
    "imports them at its end so that the metadata is complete whoever imports it",
}
"""Import cycles allowed today, each with the reason it exists."""

KNOWN_LONG_MODULES: frozenset[str] = frozenset()
"""Modules over `MAX_LINES` lines today, to be split; no new one may join them."""

RUNNERS = frozenset({"ui/operations.py", "ui/tasks.py"})
"""The only ui modules that open units of work or start background tasks themselves."""


def _sources() -> Iterator[tuple[str, Path]]:
    """Every module of the product as (dotted name, path)."""
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports run when the module is imported: not in functions or TYPE_CHECKING."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                yield from _top_level_imports(node.body)
            yield from _top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from _top_level_imports(block)
            for handler in node.handlers:
                yield from _top_level_imports(handler.body)


def _import_graph() -> dict[str, set[str]]:
    """Module → the product modules its top-level imports load.

    ``from a import b`` points at the module ``a.b`` when there is one, else at
    ``a``.  Parent packages are left out: their ``__init__`` files are empty.
    """
    paths = dict(_sources())
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        targets: set[str] = set()
        for node in _top_level_imports(_tree(path).body):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in paths)
                continue
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                if child in paths:
                    targets.add(child)
                elif base in paths:
                    targets.add(base)
        targets.discard(name)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in graph:
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.add(frozenset(component))
    return found


def test_the_core_never_imports_qt() -> None:
    offenders = []
    for _name, path in _sources():
        if not _rel(path).startswith("sosmed_desktop/"):
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                modules = [node.module or ""]
            else:
                continue
            offenders += [
                f"{_rel(path)}:{node.lineno} imports {module}"
                for module in modules
                if module.split(".")[0] in {"PySide6", "shiboken6"}
            ]
    assert offenders == [], "the core must stay Qt-free:\n" + "\n".join(offenders)


def test_ui_runs_operations_only_through_the_operations_module() -> None:
    offenders = []
    for _name, path in _sources():
        rel = _rel(path)
        if not rel.startswith("ui/") or rel in RUNNERS:
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in {"uow", "run_task"}:
                    offenders.append(f"{rel}:{node.lineno} calls {called}()")
            elif (
                isinstance(node, ast.ImportFrom)
                and node.module == "ui.tasks"
                and any(alias.name == "run_task" for alias in node.names)
            ):
                offenders.append(f"{rel}:{node.lineno} imports run_task")
    assert offenders == [], "ui/ runs work through bench.ops:\n" + "\n".join(offenders)


def test_import_cycles_are_only_the_known_ones() -> None:
    cycles = _cycles(_import_graph())
    new = [sorted(cycle) for cycle in cycles - KNOWN_CYCLES.keys()]
    gone = [sorted(cycle) for cycle in KNOWN_CYCLES.keys() - cycles]
    assert new == [], f"new import cycle(s); break them (or import inside a function): {new}"
    assert gone == [], f"cycle(s) no longer there; strike them off KNOWN_CYCLES: {gone}"


def test_the_cycle_finder_sees_a_cycle_and_skips_what_runs_later() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == {frozenset({"a", "b", "c"})}
    module = ast.parse(
        "import x\n"
        "if TYPE_CHECKING:\n    import hidden\n"
        "try:\n    import y\nexcept ImportError:\n    import z\n"
        "def later():\n    import inner\n"
    )
    names = [alias.name for node in _top_level_imports(module.body) for alias in node.names]
    assert names == ["x", "y", "z"]


def test_long_modules_are_only_the_known_ones() -> None:
    lengths = {
        _rel(path): len(path.read_text(encoding="utf-8").splitlines()) for _n, path in _sources()
    }
    long = {rel for rel, lines in lengths.items() if lines > MAX_LINES}
    new = sorted(f"{rel} ({lengths[rel]} lines)" for rel in long - KNOWN_LONG_MODULES)
    shrunk = sorted(KNOWN_LONG_MODULES - long)
    assert new == [], f"modules over {MAX_LINES} lines; split them: {new}"
    assert shrunk == [], f"no longer over {MAX_LINES} lines; strike off the list: {shrunk}"
