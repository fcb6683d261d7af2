"""The store: pragmas, private files, migrations with a backup first, newer journals refused."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal import paths
from journal.services import capture
from journal.store import db


def test_pragmas_are_set_on_every_connection(journal):
    con = journal.raw()
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert con.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
    with journal.read() as session:
        row = session.connection().exec_driver_sql("PRAGMA foreign_keys").fetchone()
        assert row[0] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_journal_and_backups_are_private(journal):
    from journal.services import backup

    capture.save(journal, "client", {"name": "Ирина"})
    assert journal.file.stat().st_mode & 0o777 == 0o600
    copy = backup.backup(journal.folder)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert journal.folder.stat().st_mode & 0o077 == 0


def test_reopening_a_current_journal_does_not_migrate_or_back_up(journal):
    journal.close()
    again = db.open_journal(journal.folder)
    assert not paths.backups_dir(journal.folder).exists()
    again.close()


def test_a_journal_from_a_newer_rapport_is_refused_and_untouched(journal):
    capture.save(journal, "client", {"name": "Олег"})
    journal.close()
    con = sqlite3.connect(journal.file)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = hashlib.sha256(journal.file.read_bytes()).hexdigest()
    with pytest.raises(db.NewerJournalError, match="newer version of Rapport"):
        db.open_journal(journal.folder)
    assert hashlib.sha256(journal.file.read_bytes()).hexdigest() == before


REBUILD_CLIENT = '''
"""Test-only revision: rebuild the client table in batch mode, as a real migration would."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("client", recreate="always") as batch:
        batch.add_column(sa.Column("website", sa.String(), nullable=True))
'''


def test_migration_backs_up_first_and_keeps_children(journal, tmp_path, monkeypatch):
    client = capture.save(journal, "client", {"name": "Ирина Петрова"})
    for n in range(2):
        capture.save(
            journal,
            "interaction",
            {"client_id": client.id, "occurred_at": f"2026-11-2{n}T10:00:00+03:00", "summary": f"Call {n}",
             "pressure": [{"kind": "discount", "response": "conceded"}]},
        )  # fmt: skip
    journal.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts)
    (scripts / "versions" / "0099_rebuild_client.py").write_text(REBUILD_CLIENT.replace("{head}", db.HEAD))
    monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)
    head = db.HEAD
    monkeypatch.setattr(db, "REVISIONS", (*db.REVISIONS, "0099"))
    monkeypatch.setattr(db, "HEAD", "0099")

    migrated = db.open_journal(journal.folder)

    con = migrated.raw()
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0099"
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM pressure_event").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM entry WHERE kind = 'interaction'").fetchone()[0] == 2
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    backups = list(paths.backups_dir(journal.folder).glob(f"before-migration-{head}-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT count(*) FROM interaction").fetchone()[0] == 2
    migrated.close()


def test_not_a_journal_is_a_clear_error(tmp_path: Path):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / paths.JOURNAL_FILE).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(db.DamagedJournalError, match="is damaged"):
        db.open_journal(folder)


def test_head_matches_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == db.HEAD
    assert [rev.revision for rev in reversed(list(script.walk_revisions()))] == list(db.REVISIONS)
