"""Backups, restore and the integrity check: the same code for the command line and the app.

A backup is SQLite's online backup of the live journal (consistent while the app writes),
created readable by the owner only and verified with `PRAGMA integrity_check` before it
counts. A restore verifies the chosen file, backs up the current journal first, then copies
the backup into the live journal through SQLite's backup API (`restore`). `check` reports every problem it finds; an empty list means the journal is sound.
`auto_backup(folder, today)` makes at most one automatic backup a day and rotates them (the
last 7 daily and 8 weekly kept); `list_backups` is what Settings shows.

An encrypted journal (`spec/privacy.md`) passes its data key as `key`: its backups are
encrypted with the same key and carry the wrapped keys in force in a `<backup>.keys` sidecar,
so each opens on its own with the passphrase (or recovery code) of the day it was made. A
restore keeps the journal's encryption and passphrase as they are now.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal import paths
from journal.atomic import NotWritten, free_bytes, is_full
from journal.services.files import write_failure_text
from journal.store import cipher, keys
from journal.store.db import (
    REVISIONS,
    DamagedJournalError,
    JournalError,
    connect,
    damage_in,
    database_errors,
    is_encrypted,
    online_backup,
    read_only_uri,
    stored_revision,
    swap_into,
    writable,
)

translate = QCoreApplication.translate


class BackupError(Exception):
    """A backup or restore that could not be done; the message is for the user."""


def default_target(folder: Path, label: str = "manual") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return paths.ensure_backups_dir(folder) / f"rapport-{label}-{stamp}.sqlite3"


def problems_in(db_file: Path, key: bytes | None = None, *, quick: bool = False) -> list[str]:
    """What is wrong with a journal file: integrity, references, search index, schema version.

    `quick` runs SQLite's quick_check and the schema version only. A file that cannot be written
    (read-only, on a read-only mount) is checked on a private copy, since FTS5's integrity check
    needs a writable database. An encrypted file is checked with its data key `key`.
    """
    if not db_file.is_file():
        return [f"{db_file} does not exist"]
    if not quick and not writable(db_file):
        with tempfile.TemporaryDirectory(prefix="rapport-check-") as scratch:
            copy = Path(scratch) / "copy.sqlite3"
            try:
                src = connect(read_only_uri(db_file), key, uri=True)
                dst = connect(copy, key)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
                    src.close()
            except database_errors() as exc:
                return [f"not a sound Rapport journal: {exc}"]
            return problems_in(copy, key)
    found = cipher.problems(db_file, key) if key is not None and not quick else []  # the cipher pages
    if found:
        return found
    try:
        # read-write for the full check: FTS5's integrity-check is refused on a read-only connection
        con = connect(read_only_uri(db_file), key, uri=True) if quick else connect(db_file, key)
    except database_errors() as exc:
        return [f"{db_file} cannot be opened: {exc}"]
    try:
        result = [row[0] for row in con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        if result != ["ok"]:
            found += [f"integrity: {line}" for line in result[:20]]
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if not version or version[0] not in REVISIONS:
            found.append(f"schema: unknown version {version[0] if version else None}")
        if not quick:
            for row in con.execute("PRAGMA foreign_key_check").fetchall()[:20]:
                found.append(f"reference: {row[0]} row {row[1]} points to a missing {row[2]}")
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
    failures: tuple[type[Exception], ...] = (*database_errors(), keys.KeysError)
    try:
        if key is not None:
            keys.copy_sidecar(folder, target)  # first: an encrypted backup never exists without its keys
            online_backup(source, target, key)
        else:
            online_backup(source, target)
    except NotWritten as exc:
        raise BackupError(write_failure_text(exc)) from exc
    except failures as exc:
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


class NotSound(BackupError):
    """The file offered for a restore is not a sound Rapport backup (bad input)."""


def restore(folder: Path, source: Path, key: bytes | None = None, source_key: bytes | None = None) -> Path | None:
    """Bring back the journal from `source`; returns where the journal as it was is kept (or None).

    `key` is the live journal's data key, `source_key` the backup's (unwrapped from its sidecar
    with the passphrase or recovery code of its day); None for a plain file. The source is
    checked first (a read-only file is fine). A sound live journal is backed up, then
    overwritten in place through SQLite's backup API: one write transaction on the live file,
    so connections that stay open (the window's readers, a writer waiting its turn) see the
    restored journal on their next transaction and nothing committed after it is lost; its -wal
    and -shm are never deleted. The journal keeps its encryption and its passphrase (rapport.keys
    is not touched): an encrypted backup's records are written under the journal's key, a plain
    backup's records into an encrypted journal are encrypted, an encrypted backup restored into
    a plain journal comes in plain. If anything fails (a full disk among them) the live journal
    is left as it was.

    A damaged live journal is moved aside whole, as `rapport-damaged-<time>.sqlite3` beside it,
    and the backup takes its place whole with its own keys (as into an empty folder); so does an
    encrypted journal whose key is not known (`key` None: nobody can have it open), kept whole
    with its keys as `backups/rapport-before-restore-<time>.sqlite3`. Those swaps go through
    `journal.store.cipher`'s marker, so a kill leaves the journal with the keys that open it.
    """
    source = Path(source)
    bad = problems_in(source, source_key)
    if bad:
        detail = "; ".join(bad[:3])
        raise NotSound(
            translate("Backup", "{file} is not a sound Rapport backup: {detail}").format(file=source, detail=detail)
        )
    live = paths.journal_path(folder)
    paths.ensure_private_dir(folder)
    cipher.recover(folder)  # a swap a crash cut short is finished or undone first
    failures: tuple[type[Exception], ...] = (*database_errors(), cipher.RewriteError, keys.KeysError)
    try:
        if not live.exists():
            _install_whole(folder, source, source_key)
            return None
        if is_damaged(live, key):
            kept = set_damaged_aside(folder, live.with_name(f"rapport-damaged-{_stamp()}.sqlite3"))
            _install_whole(folder, source, source_key)
            return kept
        if is_encrypted(live) and key is None:
            # Nobody can have this journal open (its key is not known here): the journal as it was
            # is set aside whole with its keys, and the backup comes in whole with its own keys.
            kept = set_damaged_aside(folder, default_target(folder, "before-restore"))
            _install_whole(folder, source, source_key)
            return kept
        safety = backup(folder, default_target(folder, "before-restore"), "before-restore", key=key)
        _copy_into_live(folder, source, source_key, key)
    except NotWritten as exc:
        raise BackupError(write_failure_text(exc)) from exc
    except failures as exc:
        if (isinstance(exc, database_errors()) and is_full(exc)) or free_bytes(folder) == 0:
            raise BackupError(write_failure_text(NotWritten(live, str(exc), full=True, free=0))) from exc
        raise BackupError(translate("Backup", "The restore failed: {reason}").format(reason=exc)) from exc
    return safety


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _copy_into_live(folder: Path, source: Path, source_key: bytes | None, key: bytes | None) -> None:
    """The backup's records into the live journal through the backup API, under the journal's own key."""
    live = paths.journal_path(folder)
    if (source_key is None) == (key is None):  # SQLCipher re-encrypts pages, but never to or from plain
        swap_into(source, live, key, source_key)
        return
    fd, name = tempfile.mkstemp(prefix=".rapport.", suffix=".tmp", dir=folder)  # swept by cipher.recover
    os.close(fd)
    staged = Path(name)
    try:
        staged.unlink()
        cipher.export_copy(source, source_key, staged, key)
        swap_into(staged, live, key, key)
    finally:
        staged.unlink(missing_ok=True)


def _install_whole(folder: Path, source: Path, source_key: bytes | None) -> None:
    """The backup becomes the journal, whole with its own keys, where no journal is open (none, or
    set aside): a verified copy staged beside it, then swapped in under the marker."""
    staging = cipher.staging_path(folder)
    staging.unlink(missing_ok=True)
    online_backup(source, staging, source_key)
    if source_key is not None:
        keys.save(cipher.new_keys_path(folder), keys.load(keys.sidecar(source)))
    cipher.swap(folder, "encrypt" if source_key is not None else "decrypt")


def is_damaged(live: Path, key: bytes | None = None) -> bool:
    """Damaged for sure (not merely unreadable now, as on a full disk or a read-only mount)."""
    if is_encrypted(live) and key is None:
        return not keys.keys_path(live.parent).is_file()  # not SQLite, and no keys that could open it
    try:
        stored_revision(live, key)
    except DamagedJournalError:
        return True
    except JournalError:
        return False
    return damage_in(live, key) is not None


def set_damaged_aside(folder: Path, kept: Path) -> Path:
    """Move the journal (with its -wal and -shm, and a copy of its keys) to `kept` whole; returns `kept`."""
    live = paths.journal_path(folder)
    if keys.keys_path(folder).is_file():
        keys.copy_sidecar(folder, kept)  # first: an encrypted file is never without its keys
    for suffix in ("-wal", "-shm"):
        side = Path(f"{live}{suffix}")
        if side.exists():
            os.replace(side, f"{kept}{suffix}")
    os.replace(live, kept)
    keys.fsync_dir(folder)
    return kept


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


@dataclass(frozen=True)
class SoundBackup:
    """The backup a damaged journal is offered: where, when, and how many entries it holds."""

    path: Path
    made_at: datetime
    entries: int


def newest_sound(folder: Path, key: bytes | None = None) -> SoundBackup | None:
    """The newest backup in the backups folder that passes its check, or None.

    An encrypted backup counts only when it opens with `key` (the journal's data key, which its
    own backups share); without a key only plain backups are looked at.
    """
    for info in list_backups(folder):
        backup_key = key if is_encrypted(info.path) else None
        if (backup_key is None and is_encrypted(info.path)) or problems_in(info.path, backup_key, quick=True):
            continue
        try:
            con = connect(read_only_uri(info.path), backup_key, uri=True)
            try:
                entries = con.execute("SELECT count(*) FROM entry").fetchone()[0]
            finally:
                con.close()
        except database_errors():
            continue
        return SoundBackup(info.path, info.made_at, entries)
    return None
