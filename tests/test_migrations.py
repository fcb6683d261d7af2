"""Migrations: frozen DDL, the live schema in step with them, and a journal written by release 0.1.0."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from journal.store import schema
from journal.store.db import HEAD, open_journal

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "journal-0.1.0.sqlite3"
TABLES = ("client", "interaction", "pressure_event", "gratitude_note", "lesson", "incident", "checkin", "tag",
          "setting", "draft", "entry")  # fmt: skip


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _triggers(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    finally:
        con.close()


def test_migrations_do_not_import_the_live_schema():
    for migration in (ROOT / "journal" / "store" / "migrations" / "versions").glob("0*.py"):
        text = migration.read_text(encoding="utf-8")
        assert "journal.store" not in text, f"{migration.name} must hold literal DDL, not call live code"


def test_a_new_journal_has_the_triggers_of_the_live_schema(tmp_path):
    journal = open_journal(tmp_path)
    journal.close()
    expected = {s.split()[2]: s for s in schema.create_statements() if s.startswith("CREATE TRIGGER")}
    assert _triggers(tmp_path / "rapport.sqlite3") == expected


def test_a_journal_from_release_0_1_0_opens_backed_up_migrated_and_whole(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "rapport.sqlite3")
    before = _counts(tmp_path / "rapport.sqlite3")
    assert before["interaction"] > 200 and before["draft"] == 1 and before["setting"] >= 1

    journal = open_journal(tmp_path)
    journal.close()

    con = sqlite3.connect(tmp_path / "rapport.sqlite3")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    con.close()
    assert _counts(tmp_path / "rapport.sqlite3") == before
    backups = list((tmp_path / "backups").glob("before-migration-0002-*.sqlite3"))
    assert len(backups) == 1 and _counts(backups[0]) == before
    assert _triggers(tmp_path / "rapport.sqlite3") == {
        s.split()[2]: s for s in schema.create_statements() if s.startswith("CREATE TRIGGER")
    }
    check = subprocess.run([sys.executable, "-m", "journal", "--data-dir", str(tmp_path), "check"],
                           capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr


def test_search_finds_the_old_entries_after_the_migration(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "rapport.sqlite3")
    open_journal(tmp_path).close()
    con = sqlite3.connect(tmp_path / "rapport.sqlite3")
    rows = con.execute("SELECT count(*) FROM entry_fts").fetchone()[0]
    entries = con.execute("SELECT count(*) FROM entry").fetchone()[0]
    integrity = con.execute("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')").fetchall()
    con.close()
    assert rows == entries and integrity == []


def test_0001_runs_exactly_the_ddl_release_0_1_0_wrote():
    import ast
    import re

    source = (ROOT / "journal" / "store" / "migrations" / "versions" / "0001_initial.py").read_text(encoding="utf-8")
    frozen = [
        statement
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("TABLES", "TIMELINE")
        for statement in ast.literal_eval(node.value)
    ]
    con = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    written = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    con.close()
    names = [re.match(r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX|TRIGGER) (\w+)", s).group(1) for s in frozen]
    assert len(frozen) > 50
    assert {n: " ".join(written[n].split()) for n in names} == {
        n: " ".join(s.split()) for n, s in zip(names, frozen, strict=True)
    }
