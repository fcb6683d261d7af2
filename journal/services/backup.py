"""Backups, restore and the integrity check: the same code for the command line and the app.

A backup is SQLite's online backup of the live journal (consistent while the app writes),
created readable by the owner only and verified with `PRAGMA integrity_check` before it
counts. A restore verifies the chosen file, backs up the current journal first, then
replaces it. `check` reports every problem it finds; an empty list means the journal is sound.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from journal import paths
from journal.store.db import REVISIONS, online_backup


class BackupError(Exception):
    """A backup or restore that could not be done; the message is for the user."""


def default_target(folder: Path, label: str = "manual") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return paths.backups_dir(folder) / f"rapport-{label}-{stamp}.sqlite3"


def problems_in(db_file: Path) -> list[str]:
    """What is wrong with a journal file: integrity, references, search index, schema version."""
    if not db_file.is_file():
        return [f"{db_file} does not exist"]
    try:
        con = sqlite3.connect(db_file)  # read-write: FTS5's integrity-check is refused on a read-only one
    except sqlite3.Error as exc:
        return [f"{db_file} cannot be opened: {exc}"]
    found: list[str] = []
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            found += [f"integrity: {line}" for line in result[:20]]
        for row in con.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            found.append(f"reference: {row[0]} row {row[1]} points to a missing {row[2]}")
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if not version or version[0] not in REVISIONS:
            found.append(f"schema: unknown version {version[0] if version else None}")
        try:
            con.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            found.append(f"search index: {exc}")
    except sqlite3.DatabaseError as exc:
        found.append(f"not a sound Rapport journal: {exc}")
    finally:
        con.close()
    return found


def check(folder: Path) -> list[str]:
    return problems_in(paths.journal_path(folder))


def backup(folder: Path, target: Path | None = None, label: str = "manual") -> Path:
    """A verified online backup of the journal in `folder`; returns where it went."""
    source = paths.journal_path(folder)
    if not source.is_file():
        raise BackupError(f"There is no journal in {folder} to back up.")
    target = Path(target) if target else default_target(folder, label)
    if target.resolve() == source.resolve():
        raise BackupError("A backup cannot replace the journal itself.")
    try:
        online_backup(source, target)
    except sqlite3.Error as exc:
        raise BackupError(f"The backup failed: {exc}") from exc
    bad = problems_in(target)
    if bad:
        target.unlink(missing_ok=True)
        raise BackupError("The backup did not pass its check and was removed: " + "; ".join(bad[:3]))
    return target


def restore(folder: Path, source: Path) -> Path | None:
    """Replace the journal with `source` after checking it and backing up the current one.

    The caller must have closed the journal. Returns the safety backup of the old journal
    (None when there was none).
    """
    source = Path(source)
    bad = problems_in(source)
    if bad:
        raise BackupError(f"{source} is not a sound Rapport backup: " + "; ".join(bad[:3]))
    live = paths.journal_path(folder)
    safety = None
    if live.exists():
        safety = default_target(folder, "before-restore")
        try:
            backup(folder, safety, "before-restore")
        except BackupError:
            # The live journal is damaged: keep the file as it is, byte for byte.
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(live, safety)
            os.chmod(safety, 0o600)
    paths.ensure_private_dir(folder)
    staging = live.with_name(live.name + ".restoring")
    staging.unlink(missing_ok=True)
    online_backup(source, staging)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    os.replace(staging, live)
    return safety
