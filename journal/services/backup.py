"""Backups, restore and the integrity check: the same code for the command line and the app.

A backup is SQLite's online backup of the live journal (consistent while the app writes),
created readable by the owner only and verified with `PRAGMA integrity_check` before it
counts. A restore verifies the chosen file, backs up the current journal first, then
replaces it. `check` reports every problem it finds; an empty list means the journal is sound.
`auto_backup(folder, today)` makes at most one automatic backup a day and rotates them (the
last 7 daily and 8 weekly kept); `list_backups` is what Settings shows.

An encrypted journal (`spec/privacy.md`) passes its data key as `key`: its backups are
encrypted with the same key and carry the wrapped keys in force in a `<backup>.keys` sidecar,
so each opens on its own with the passphrase (or recovery code) of the day it was made.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal import paths
from journal.atomic import NotWritten
from journal.services.files import write_failure_text
from journal.store import cipher, keys
from journal.store.db import REVISIONS, connect, database_errors, is_encrypted, online_backup

translate = QCoreApplication.translate


class BackupError(Exception):
    """A backup or restore that could not be done; the message is for the user."""


def default_target(folder: Path, label: str = "manual") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return paths.ensure_backups_dir(folder) / f"rapport-{label}-{stamp}.sqlite3"


def problems_in(db_file: Path, key: bytes | None = None) -> list[str]:
    """What is wrong with a journal file: integrity, references, search index, schema version."""
    if not db_file.is_file():
        return [f"{db_file} does not exist"]
    found = cipher.problems(db_file, key) if key is not None else []  # the cipher pages
    if found:
        return found
    try:
        con = connect(db_file, key)  # read-write: FTS5's integrity-check is refused on a read-only one
    except database_errors() as exc:
        return [f"{db_file} cannot be opened: {exc}"]
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
        except database_errors() as exc:
            found.append(f"search index: {exc}")
    except database_errors() as exc:
        found.append(f"not a sound Rapport journal: {exc}")
    finally:
        con.close()
    return found


def check(folder: Path, key: bytes | None = None) -> list[str]:
    return problems_in(paths.journal_path(folder), key)


class NotABackup(BackupError):
    """The chosen target exists and is not a Rapport backup: it is left alone unless forced."""


def is_rapport_file(path: Path) -> bool:
    """True when `path` is a SQLite file with Rapport's schema-version table (a journal or backup),
    or an encrypted one with its keys beside it."""
    if is_encrypted(path):
        return keys.sidecar(path).is_file() or path.name == paths.JOURNAL_FILE
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return bool(row) and row[0] in REVISIONS
    except sqlite3.Error:
        return False
    finally:
        con.close()


def backup(
    folder: Path, target: Path | None = None, label: str = "manual", *, force: bool = False, key: bytes | None = None
) -> Path:
    """A verified online backup of the journal in `folder` (encrypted with `key`); returns where it went.

    An existing `target` that is not a Rapport journal or backup is refused (NotABackup) unless
    `force`; the copy replaces the target only once it is whole and checked.
    """
    source = paths.journal_path(folder)
    if not source.is_file():
        raise BackupError(translate("Backup", "There is no journal in {folder} to back up.").format(folder=folder))
    target = Path(target) if target else default_target(folder, label)
    if target.resolve() == source.resolve():
        raise BackupError(translate("Backup", "A backup cannot replace the journal itself."))
    if target.exists() and not force and not is_rapport_file(target):
        raise NotABackup(
            translate(
                "Backup", "{file} exists and is not a Rapport backup; choose another name, or add --force to replace it"
            ).format(file=target)
        )
    try:
        if key is not None:
            keys.copy_sidecar(folder, target)  # first: an encrypted backup never exists without its keys
            online_backup(source, target, key)
        else:
            online_backup(source, target)
    except NotWritten as exc:
        raise BackupError(write_failure_text(exc)) from exc
    except (*database_errors(), keys.KeysError) as exc:
        raise BackupError(translate("Backup", "The backup failed: {reason}").format(reason=exc)) from exc
    bad = problems_in(target, key)
    if bad:
        target.unlink(missing_ok=True)
        keys.sidecar(target).unlink(missing_ok=True)
        detail = "; ".join(bad[:3])
        raise BackupError(
            translate("Backup", "The backup did not pass its check and was removed: {detail}").format(detail=detail)
        )
    return target


def restore(folder: Path, source: Path, key: bytes | None = None, source_key: bytes | None = None) -> Path | None:
    """Replace the journal with `source` after checking it and backing up the current one.

    The caller must have closed the journal. `key` is the live journal's data key, `source_key`
    the backup's (from its sidecar, when it is encrypted); the backup's wrapped keys come in with
    it, in one swap (`journal.store.cipher`). Returns the safety backup of the old journal (None
    when there was none).
    """
    source = Path(source)
    bad = problems_in(source, source_key)
    if bad:
        detail = "; ".join(bad[:3])
        raise BackupError(
            translate("Backup", "{file} is not a sound Rapport backup: {detail}").format(file=source, detail=detail)
        )
    live = paths.journal_path(folder)
    safety = None
    if live.exists():
        safety = default_target(folder, "before-restore")
        try:
            backup(folder, safety, "before-restore", key=key)
        except BackupError:
            # The live journal is damaged: keep the file as it is, byte for byte.
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(live, safety)
            os.chmod(safety, 0o600)
            if keys.keys_path(folder).exists():  # an encrypted journal copied as it is keeps its keys beside it
                keys.copy_sidecar(folder, safety)
    paths.ensure_private_dir(folder)
    cipher.recover(folder)
    staging = cipher.staging_path(folder)
    staging.unlink(missing_ok=True)
    online_backup(source, staging, source_key)
    if source_key is not None:
        keys.save(cipher.new_keys_path(folder), keys.load(keys.sidecar(source)))
    cipher.swap(folder, "encrypt" if source_key is not None else "decrypt")
    return safety


# --- Automatic daily backups, rotation and the list Settings shows (issue-6) ---

AUTO_LABEL = "auto"
_AUTO_LOCK = threading.Lock()
KEEP_DAILY = 7
KEEP_WEEKLY = 8
_AUTO_NAME = re.compile(r"^rapport-auto-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_KIND = re.compile(r"^(?:rapport-)?(auto|manual|before-restore|before-migration)")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as Settings lists it."""

    path: Path
    kind: str  # auto | manual | before-restore | before-migration | other
    made_at: datetime  # local time the file was written
    size: int
    day: date | None = None  # the day an automatic backup stands for


def auto_target(folder: Path, day: date) -> Path:
    return paths.ensure_backups_dir(folder) / f"rapport-auto-{day.isoformat()}.sqlite3"


def auto_days(folder: Path) -> list[date]:
    """The days that have an automatic backup, oldest first."""
    found = []
    backups = paths.backups_dir(folder)
    if backups.is_dir():
        for file in backups.iterdir():
            match = _AUTO_NAME.match(file.name)
            if match:
                found.append(date.fromisoformat(match.group(1)))
    return sorted(found)


def kept_days(days: list[date], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> set[date]:
    """The rotation rule: the newest `keep_daily` days, plus the newest day of each of the newest
    `keep_weekly` ISO weeks that have a backup."""
    ordered = sorted(set(days), reverse=True)
    kept = set(ordered[:keep_daily])
    weeks: dict[tuple[int, int], date] = {}
    for day in ordered:  # newest first, so the first day seen in a week is its newest
        weeks.setdefault(day.isocalendar()[:2], day)
    kept |= set(sorted(weeks.values(), reverse=True)[:keep_weekly])
    return kept


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns what was deleted."""
    days = auto_days(folder)
    keep = kept_days(days)
    removed = []
    for day in days:
        if day not in keep:
            target = auto_target(folder, day)
            target.unlink(missing_ok=True)
            keys.sidecar(target).unlink(missing_ok=True)
            removed.append(target)
    return removed


def auto_backup(folder: Path, today: date, key: bytes | None = None) -> Path | None:
    """At most one automatic backup a day (the app calls this when it starts and when it quits).

    Returns the new backup, or None when today's exists already or there is no journal yet.
    Raises BackupError when the backup failed or did not pass its check (it is then deleted).
    Calls are serialised: the one at quit may come while the one at start is still copying.
    """
    with _AUTO_LOCK:
        return _auto_backup(folder, today, key)


def _auto_backup(folder: Path, today: date, key: bytes | None) -> Path | None:
    if not paths.journal_path(folder).is_file() or auto_target(folder, today).exists():
        return None
    made = backup(folder, auto_target(folder, today), AUTO_LABEL, key=key)
    rotate(folder)
    return made


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in the journal's backups folder, newest first."""
    backups = paths.backups_dir(folder)
    if not backups.is_dir():
        return []
    found = []
    for file in backups.iterdir():
        if not file.is_file() or file.suffix != ".sqlite3":
            continue
        stat = file.stat()
        kind_match = _KIND.match(file.name)
        day_match = _AUTO_NAME.match(file.name)
        found.append(
            BackupInfo(
                path=file,
                kind=kind_match.group(1) if kind_match else "other",
                made_at=datetime.fromtimestamp(stat.st_mtime),
                size=stat.st_size,
                day=date.fromisoformat(day_match.group(1)) if day_match else None,
            )
        )
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)
