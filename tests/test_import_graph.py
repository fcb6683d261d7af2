"""The package has no import cycles, counting imports inside functions and under TYPE_CHECKING.

`scripts/import_graph.py` draws the graph; these tests run it on the real package and on a small
package made to hold a cycle, so the check itself is shown to catch one.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "import_graph.py"


def _script():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_journal_package_has_no_import_cycle():
    done = subprocess.run([sys.executable, str(SCRIPT), "--cycles"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no import cycles among" in done.stdout


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    pkg = tmp_path / "demo"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from demo.sub.leaf import thing\n")
    (pkg / "sub" / "leaf.py").write_text("def thing():\n    from demo.sub import other\n    return other\n")
    (pkg / "top.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from demo import low\n")
    (pkg / "low.py").write_text("from . import top\n")
    (pkg / "alone.py").write_text("import demo.low\nfrom demo.sub import leaf\n")
    script = _script()
    graph = script.import_graph(pkg)
    assert graph["demo.alone"] == {"demo.low", "demo.sub.leaf"}
    assert script.cycles(graph) == [["demo.low", "demo.top"], ["demo.sub", "demo.sub.leaf"]]
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--cycles", "--package", str(pkg)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "cycle: demo.low -> demo.top; demo.top -> demo.low" in done.stdout


ROOMS_BELOW = {
    "domain": {"domain"},
    "store": {"store", "domain", "top"},
    "services": {"services", "store", "domain", "top"},
    "export": {"export", "services", "store", "domain", "top"},
    "ui": {"ui", "export", "services", "store", "domain", "top"},
}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ROOMS_BELOW else "top"


def test_each_room_imports_only_the_rooms_below_it_and_domain_knows_no_qt_or_sql():
    import ast

    graph = _script().import_graph(ROOT / "journal")
    upwards = {
        module: sorted(d for d in deps if _room(d) not in ROOMS_BELOW[_room(module)])
        for module, deps in graph.items()
        if _room(module) != "top"
    }
    assert {m: d for m, d in upwards.items() if d} == {}
    outside = []
    for file in (ROOT / "journal" / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            outside += [f"{file.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "sqlalchemy", "sqlmodel")]
    assert outside == []
