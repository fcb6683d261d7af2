"""Turning encryption on or off: rewrite, prove, swap, and finish or undo a swap a crash cut short.

`rewrite(folder, old_key, new_key)` copies the journal with SQLCipher's `sqlcipher_export`
into `rapport.sqlite3.swapping` beside it (encrypted under `new_key`, or plain when it is
None), holding the journal's write lock so nothing written meanwhile is lost, and proves the
copy: `PRAGMA cipher_integrity_check` (encrypted), `PRAGMA integrity_check`, and the record
count of every table equal to the original's. `swap(folder, op)` then writes the marker
`rapport.swap` (atomically): from that moment the new file is the journal. It removes the old
journal's (checkpointed, empty) `-wal`/`-shm`, renames the new file over the old one, puts the
new wrapped keys in place (encrypt) or removes them (decrypt), and removes the marker last.

`recover(folder)`, called by `open_journal` before anything else, finishes a swap whose marker
exists (every step is idempotent) and otherwise deletes what an interrupted rewrite left
behind, so the original, never touched, stays the journal. A kill at any moment therefore
leaves the old journal with its keys or the new one with its keys, whole.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal import paths
from journal.store import keys
from journal.store.connection import connect, database_errors, is_encrypted, key_pragma

MARKER = "rapport.swap"
STAGING_SUFFIX = ".swapping"


class RewriteError(Exception):
    """The new copy could not be made or did not prove sound; the journal was left as it was."""


def staging_path(folder: Path) -> Path:
    journal = paths.journal_path(folder)
    return journal.with_name(journal.name + STAGING_SUFFIX)


def new_keys_path(folder: Path) -> Path:
    return keys.keys_path(folder).with_name(keys.KEYS_FILE + STAGING_SUFFIX)


def _cipher_connect(db_file: Path, key: bytes | None) -> sqlite3.Connection:
    """A sqlcipher3 connection (it reads plain files too when no key is set)."""
    from sqlcipher3 import dbapi2

    con: sqlite3.Connection = dbapi2.connect(str(db_file), isolation_level=None)  # sqlite3's DB-API
    if key is not None:
        con.execute(key_pragma(key))
    return con


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """The number of rows of every table (search index and its shadow tables included)."""
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def opens(db_file: Path, key: bytes) -> bool:
    """True when `key` decrypts the encrypted file `db_file` (its schema can be read)."""
    try:
        con = connect(f"file:{db_file}?mode=ro", key, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except database_errors():
        return False
    return True


def problems(db_file: Path, key: bytes | None, expected: dict[str, int] | None = None) -> list[str]:
    """What is wrong with a journal file opened with `key`: cipher pages, integrity, record counts."""
    found: list[str] = []
    if is_encrypted(db_file) != (key is not None):
        return [f"{db_file.name} is {'encrypted' if key is None else 'not encrypted'}"]
    try:
        con = connect(db_file, key)
        try:
            if key is not None:
                found += [f"cipher: {row}" for row in con.execute("PRAGMA cipher_integrity_check").fetchall()[:5]]
            result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                found += [f"integrity: {line}" for line in result[:5]]
            if expected is not None:
                counts = table_counts(con)
                if counts != expected:
                    wrong = sorted(
                        name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name)
                    )
                    found.append(f"record counts differ in {', '.join(wrong[:5])}")
        finally:
            con.close()
    except database_errors() as exc:
        found.append(f"{db_file.name} cannot be read: {exc}")
    return found


def rewrite(
    folder: Path,
    old_key: bytes | None,
    new_key: bytes | None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the journal, re-encrypted under `new_key` (None: plain), into the staging file and prove it."""
    journal = paths.journal_path(folder)
    target = staging_path(folder)
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    con = _cipher_connect(journal, old_key)
    try:
        if cancelled is not None:
            con.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
        con.execute("PRAGMA busy_timeout = 30000")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target_key = f"\"x'{new_key.hex()}'\"" if new_key is not None else "''"
        con.execute(f"ATTACH DATABASE ? AS swap KEY {target_key}", (str(target),))
        con.execute("BEGIN IMMEDIATE")  # no write may slip in between the copy and the swap
        expected = table_counts(con)
        con.execute("SELECT sqlcipher_export('swap')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA swap.user_version = {int(version)}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE swap")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except database_errors() as exc:
        con.close()
        target.unlink(missing_ok=True)
        raise RewriteError(str(exc)) from exc
    con.close()
    _fsync_file(target)
    bad = problems(target, new_key, expected)
    if bad:
        target.unlink(missing_ok=True)
        raise RewriteError("; ".join(bad))
    return target


def export_copy(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write a closed journal file (a backup) into the new file `target`, encrypted under
    `target_key` (None: plain), and prove it (as `rewrite` does); raises RewriteError."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    con = _cipher_connect(source, source_key)
    try:
        sealed = f"\"x'{target_key.hex()}'\"" if target_key is not None else "''"
        con.execute(f"ATTACH DATABASE ? AS copy KEY {sealed}", (str(target),))
        expected = table_counts(con)
        con.execute("SELECT sqlcipher_export('copy')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA copy.user_version = {int(version)}")
        con.execute("DETACH DATABASE copy")
    except database_errors() as exc:
        raise RewriteError(str(exc)) from exc
    finally:
        con.close()
    _fsync_file(target)
    bad = problems(target, target_key, expected)
    if bad:
        raise RewriteError("; ".join(bad))


def swap(folder: Path, op: str) -> None:
    """Make the proven staging file the journal (`op`: "encrypt" or "decrypt"); see the module docstring."""
    if op not in ("encrypt", "decrypt"):
        raise ValueError(op)
    keys.write_atomically(folder / MARKER, json.dumps({"op": op}) + "\n")
    _finish(folder, op)


def _finish(folder: Path, op: str) -> None:
    journal = paths.journal_path(folder)
    staged = staging_path(folder)
    if staged.exists():
        for suffix in ("-wal", "-shm"):
            Path(f"{journal}{suffix}").unlink(missing_ok=True)
        os.replace(staged, journal)
        keys.fsync_dir(folder)
    if op == "encrypt":
        if new_keys_path(folder).exists():
            os.replace(new_keys_path(folder), keys.keys_path(folder))
    else:
        keys.keys_path(folder).unlink(missing_ok=True)
    keys.fsync_dir(folder)
    (folder / MARKER).unlink(missing_ok=True)
    keys.fsync_dir(folder)


def recover(folder: Path) -> str | None:
    """Finish or undo an interrupted swap; returns "finished", "undone" or None (nothing to do)."""
    if not folder.is_dir():
        return None
    marker = folder / MARKER
    done: str | None = None
    if marker.exists():
        try:
            op = json.loads(marker.read_text(encoding="utf-8"))["op"]
        except (ValueError, KeyError, TypeError):
            op = None
        if op not in ("encrypt", "decrypt"):  # never seen (the marker is written atomically): judge by the files
            staged = staging_path(folder)
            op = "encrypt" if is_encrypted(staged if staged.exists() else paths.journal_path(folder)) else "decrypt"
        _finish(folder, op)
        done = "finished"
    for leftover in (staging_path(folder), new_keys_path(folder)):
        if leftover.exists():
            leftover.unlink()
            done = done or "undone"
    for temporary in folder.glob(".rapport.*.tmp"):  # an atomic write cut short before its rename
        temporary.unlink(missing_ok=True)
    if done:
        keys.fsync_dir(folder)
    return done
