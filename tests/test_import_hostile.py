"""Hostile and random files at `rapport import` (issue 12, items 3 and 4).

Every file ends in exit 0 (and then status, check, the timeline and every export work on the
result) or exit 2 (and the journal is byte for byte as it was), never a traceback. Named cases
from the fuzzing that found the bugs run as subprocesses; Hypothesis drives the command in
process (the same `cli.main`) to afford hundreds of files.
"""

from __future__ import annotations

import contextlib
import copy
import json
import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal import cli
from journal.store.db import open_journal
from tests.test_cli import rapport
from tests.test_interchange import DOC


def _journal_bytes(folder: Path) -> bytes:
    db_file = folder / "rapport.sqlite3"
    wal = folder / "rapport.sqlite3-wal"
    return db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _mutated(path: tuple, value: object) -> dict:
    return _mutated_in(copy.deepcopy(DOC), path, value)


NAMED = {
    "year 1 with +23:59": (("interactions", 0, "occurred_at"), "0001-01-01T00:00:00+23:59"),
    "year 9999 with -23:59": (("interactions", 0, "occurred_at"), "9999-12-31T23:59:59-23:59"),
    "year 1899": (("clients", 0, "created_at"), "1899-12-31T23:00:00+00:00"),
    "a day in year 1": (("gratitude", 0, "written_on"), "0001-01-01"),
    "a day in 2201": (("incidents", 0, "opened_on"), "2201-01-01"),
    "400-digit hours": (("interactions", 0, "pressure", 0, "unpaid_hours"), 10**400),
    "-1e308 hours": (("interactions", 0, "pressure", 0, "unpaid_hours"), -1e308),
    "huge mood": (("interactions", 0, "mood"), -(10**1000)),
    "a 10 MB channel": (("interactions", 0, "channel"), "x" * 10_000_000),
    "a huge version": (("version",), 10**4000),
}


@pytest.mark.parametrize("case", list(NAMED))
def test_a_hostile_value_exits_2_with_a_short_message(tmp_path: Path, case: str) -> None:
    path, value = NAMED[case]
    folder = tmp_path / "data"
    open_journal(folder).close()
    before = _journal_bytes(folder)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_mutated(path, value)), encoding="utf-8")
    result = rapport("--data-dir", str(folder), "import", str(source))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr) < 1000
    assert ".".join(str(p) for p in path[:1]) in result.stderr
    assert _journal_bytes(folder) == before


def test_an_integer_over_4300_digits_and_an_unreadable_file(tmp_path: Path) -> None:
    source = tmp_path / "digits.json"
    source.write_text(json.dumps(DOC)[:-1] + ', "extra": ' + "7" * 5000 + "}", encoding="utf-8")
    result = rapport("--data-dir", str(tmp_path / "d"), "import", str(source))
    assert result.returncode == 2 and "Traceback" not in result.stderr and len(result.stderr) < 500
    assert not (tmp_path / "d").exists()  # a bad file creates no journal
    folder_not_file = tmp_path / "a-folder.json"
    folder_not_file.mkdir()
    result = rapport("--data-dir", str(tmp_path / "d"), "import", str(folder_not_file))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_twenty_thousand_bad_records_list_fifty_problems_then_the_rest_counted(tmp_path: Path) -> None:
    doc = copy.deepcopy(DOC)
    doc["interactions"] = [
        {"id": f"n{i}", "client_id": "c1", "occurred_at": "bad", "summary": "s"} for i in range(20_000)
    ]
    source = tmp_path / "many.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    result = rapport("--data-dir", str(tmp_path / "d"), "import", str(source))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 52, lines[-3:]
    assert lines[-2].endswith("and 19950 more problems") and "20000 problems" in lines[-1]


def test_a_client_argument_that_is_not_text(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.test_cli import ROOT

    open_journal(tmp_path / "d").close()
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(tmp_path / "d"), "export", str(tmp_path / "x.csv"),
         "--client", os.fsdecode(b"\xff")],
        capture_output=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2 and b"Traceback" not in result.stderr and b"--client" in result.stderr


@pytest.mark.parametrize("damage", ["no version table", "an empty version table"])
def test_a_file_without_a_schema_version_is_refused_untouched(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "d"
    open_journal(folder).close()
    con = sqlite3.connect(folder / "rapport.sqlite3")
    con.execute("DROP TABLE alembic_version" if damage == "no version table" else "DELETE FROM alembic_version")
    con.commit()
    con.close()
    before = _journal_bytes(folder)
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(DOC), encoding="utf-8")
    for args in (("import", str(source)), ("status",), ("check",)):
        result = rapport("--data-dir", str(folder), *args)
        assert result.returncode == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert _journal_bytes(folder) == before


# -- property tests: random and hostile values anywhere in a file ------------------------------

HOSTILE_TEXT = st.sampled_from([
    "", " ", "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "1900-01-01T00:00:00+14:00",
    "2200-12-31T23:59:59-12:00", "2026-02-30", "2026-11-20T14:30:00", "NaN", "\u0000", "\ud800", "ё" * 600,
    "c1", "i1", "x1", "conceded", "free_work", "call", "null",
])  # fmt: skip
HOSTILE_NUMBER = st.one_of(
    st.integers(), st.integers(min_value=10**300, max_value=10**1200), st.sampled_from([-1e308, 1e308, 5e-324, -0.0]),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip
LEAF = st.one_of(st.none(), st.booleans(), HOSTILE_NUMBER, HOSTILE_TEXT, st.text(max_size=30))
VALUE = st.recursive(LEAF, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)  # fmt: skip


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


PATHS = _paths(DOC)


@pytest.fixture(scope="module")
def hostile_home():
    folder = Path(tempfile.mkdtemp(prefix="rapport-hostile-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    changes=st.lists(st.tuples(st.sampled_from(PATHS), VALUE), min_size=1, max_size=3), whole=st.booleans(), other=VALUE
)
def test_any_file_imports_whole_or_not_at_all(hostile_home, capsys, qapp, changes, whole, other) -> None:  # noqa: ARG001
    folder = hostile_home / "data"
    if not folder.exists():
        open_journal(folder).close()
    doc: object = other if whole and not isinstance(other, dict) else copy.deepcopy(DOC)
    for path, value in changes:
        if isinstance(doc, dict):
            with contextlib.suppress(KeyError, IndexError, TypeError):
                doc = _mutated_in(doc, path, value)
    source = hostile_home / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    _import_then_use(capsys, folder, source)


def _import_then_use(capsys, folder: Path, source: Path) -> None:
    """Import `source`: exit 2 leaves the journal byte for byte; exit 0 leaves one every command can use."""
    before = _journal_bytes(folder)
    code, _, err = _run(capsys, "--data-dir", str(folder), "import", str(source))
    assert code in (0, 2), err
    event(f"exit {code}")
    if code == 2:
        assert _journal_bytes(folder) == before
        return
    assert _run(capsys, "--data-dir", str(folder), "check")[0] == 0
    assert _run(capsys, "--data-dir", str(folder), "status", "--json")[0] == 0
    assert _run(capsys, "--data-dir", str(folder), "status", "--as-of", date.today().isoformat())[0] == 0
    for name in ("out.json", "out.csv", "out.pdf"):
        result = _run(capsys, "--data-dir", str(folder), "export", str(folder.parent / f"{folder.name}-{name}"))
        assert result[0] == 0, (name, result[2])
    from journal.services import timeline

    journal = open_journal(folder)
    try:
        timeline.page(journal, limit=500)
    finally:
        journal.close()


def _mutated_in(doc: dict, path: tuple, value: object) -> dict:
    target: object = doc
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return doc


OFFSET = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@st.composite
def _moment(draw) -> str:
    from datetime import datetime, timedelta, timezone

    offset = timezone(timedelta(minutes=draw(OFFSET)))
    moment = draw(st.datetimes(min_value=datetime(1899, 12, 30), max_value=datetime(2201, 1, 2)))
    return moment.replace(tzinfo=offset).isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    occurred_at=_moment(), created_at=_moment(), summary=TEXT, notes=TEXT, name=TEXT,
    hours=st.floats(min_value=0, max_value=1000), discount=st.one_of(st.none(), st.floats(min_value=0, max_value=100)),
    day=st.dates(min_value=date(1899, 12, 31), max_value=date(2200, 12, 31)), mood=st.integers(-2, 2),
)  # fmt: skip
def test_edge_values_that_pass_work_everywhere(
    hostile_home,
    capsys,
    qapp,
    occurred_at,
    created_at,
    summary,
    notes,
    name,
    hours,
    discount,
    day,
    mood,  # noqa: ARG001
) -> None:
    folder = hostile_home / "edge"
    if not folder.exists():
        open_journal(folder).close()
    doc = copy.deepcopy(DOC)
    first = doc["interactions"][0]
    first.update(occurred_at=occurred_at, summary=summary, notes=notes, mood=mood, follow_up_on=day.isoformat())
    first["pressure"][0].update(unpaid_hours=hours, discount_pct=discount)
    doc["clients"][0].update(created_at=created_at, name=name)
    doc["gratitude"][0]["written_on"] = day.isoformat()
    source = hostile_home / "edge.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _import_then_use(capsys, folder, source)
