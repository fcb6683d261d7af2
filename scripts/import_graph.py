"""Print how the `journal` package's modules import each other, and find import cycles.

Every `import journal.…` and `from journal… import …` counts, wherever it stands: at the top,
inside a function, or under `if TYPE_CHECKING:` (a cycle hidden in a function is still a cycle
for a reader). `from journal.export import labels` is an import of the submodule
`journal.export.labels`; `from journal.ui.editors import open_editor` is an import of the
package `journal.ui.editors` itself.

    python scripts/import_graph.py            # each module and the journal modules it imports
    python scripts/import_graph.py --cycles   # only the cycles; exit 1 when there is one
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_names(package_dir: Path) -> dict[str, Path]:
    """Dotted module name → file, for every `.py` file under the package folder."""
    names: dict[str, Path] = {}
    base = package_dir.parent
    for file in sorted(package_dir.rglob("*.py")):
        parts = list(file.relative_to(base).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = file
    return names


def _resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    parts = module.split(".")
    if not is_package:
        parts.pop()
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    return ".".join([*parts, target] if target else parts)


def imports_of(module: str, file: Path, known: Iterable[str]) -> set[str]:
    """The modules of the package that `module` imports, anywhere in its file."""
    known = set(known)
    root = module.split(".")[0]
    is_package = file.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == root:
                    found.add(_nearest_known(alias.name, known))
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                source = _resolve_relative(module, is_package, node.level, node.module)
            if source.split(".")[0] != root:
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in known else _nearest_known(source, known))
    found.discard(module)
    return found


def _nearest_known(name: str, known: set[str]) -> str:
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports."""
    names = module_names(package_dir)
    return {module: imports_of(module, file, names) for module, file in names.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted, in name order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative Tarjan: a frame is (node, iterator over its successors)
        work = [(start, iter(sorted(graph.get(start, ()))))]
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
                    work.append((successor, iter(sorted(graph.get(successor, ())))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", action="store_true", help="print only the import cycles; exit 1 if any")
    parser.add_argument("--package", type=Path, default=ROOT / "journal", help="the package folder (default: journal/)")
    args = parser.parse_args(argv)
    graph = import_graph(args.package)
    if not args.cycles:
        for module in sorted(graph):
            print(module)
            for imported in sorted(graph[module]):
                print(f"    {imported}")
    found = cycles(graph)
    for group in found:
        inner = {m: sorted(graph[m] & set(group)) for m in group}
        print("cycle: " + "; ".join(f"{m} -> {', '.join(targets)}" for m, targets in inner.items()))
    if args.cycles and not found:
        print(f"no import cycles among {len(graph)} modules")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
