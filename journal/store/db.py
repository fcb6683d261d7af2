"""Opening the journal: the engine and its pragmas, migrations at start, online backups.

`open_journal(folder)` is the only way in. It creates the file readable by the owner only,
sets WAL, foreign keys, a busy timeout and `synchronous=FULL` on every connection, and
brings the schema to this version's head: an older journal is first backed up with SQLite's
online backup API, then migrated with Alembic; a journal from a newer Rapport is refused and
left untouched. Writes go through `Journal.write()`, one transaction each, begun with
`BEGIN IMMEDIATE` so a writer takes the write lock before it reads and waits its turn (up to
`BUSY_TIMEOUT_MS`) instead of failing when another commit lands first; reads stay deferred.
A writer still locked out after that raises `JournalBusy`.

Every connection comes from `journal.store.connection.connect(file, key)` (plain `sqlite3`, or
`sqlcipher3` with the data key of an encrypted journal, `spec/privacy.md`); an encrypted
journal's engine uses SQLAlchemy's `sqlite+pysqlcipher` dialect, which sends the raw key first.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal import atomic, paths
from journal.store.connection import SQLITE_HEADER, connect, database_errors, is_encrypted, key_pragma

__all__ = ["SQLITE_HEADER", "connect", "database_errors", "is_encrypted", "key_pragma"]  # re-exported: the factory

if TYPE_CHECKING:  # SQLAlchemy is imported on first use, so the window can paint before paying for it
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlmodel import Session

# Every revision this version knows, oldest first; the last is the head.
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 30000  # a writer waits this long for another writer before JournalBusy


class JournalError(Exception):
    """A journal that cannot be opened or used; the message is for the user."""


class NewerJournalError(JournalError):
    pass


class LockedJournalError(JournalError):
    """The journal is encrypted and no data key was given."""


class NoJournalError(JournalError):
    """A read-only command found no journal in the folder (and created none)."""


class DamagedJournalError(JournalError):
    """The journal file is damaged: it is never written to; only a restore replaces it."""

    def __init__(self, db_file: Path, detail: str):
        super().__init__(f"{db_file} is damaged ({detail}).")
        self.file = db_file
        self.detail = detail


class ReadOnlyJournal(JournalError):
    """A write to a journal that was opened read-only (a read-only file, folder or mount)."""


class JournalBusy(JournalError):
    """Another writer held the journal for longer than the busy timeout."""


WRITE = "rapport_write"  # the execution option that makes a transaction begin IMMEDIATE


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy" (raw or wrapped by SQLAlchemy)."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun explicitly below
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE) else "BEGIN")


def read_only_uri(db_file: Path) -> str:
    """The URI that opens a journal read-only; `immutable` where nobody can write the folder."""
    immutable = "&immutable=1" if not os.access(db_file.parent, os.W_OK) else ""
    return f"{Path(db_file).resolve().as_uri()}?mode=ro{immutable}"


def _connect(db_file: Path, read_only: bool, key: bytes | None = None) -> sqlite3.Connection:
    if read_only:
        return connect(read_only_uri(db_file), key, uri=True, check_same_thread=False)
    return connect(db_file, key, check_same_thread=False)


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def engine_url(db_file: Path, key: bytes | None = None) -> URL:
    """The SQLAlchemy URL: `sqlite:///file`, or `sqlite+pysqlcipher` whose dialect sends the raw key first."""
    from sqlalchemy.engine import URL

    if key is None:
        return URL.create("sqlite", database=str(db_file))
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_file))


def make_engine(db_file: Path, key: bytes | None = None, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # Connections come from the one factory (read-only ones by URI); QueuePool for both drivers:
    # otherwise "sqlite://" would choose the in-memory SingletonThreadPool, whose dispose() closes
    # other threads' connections under them, and pysqlcipher one connection per thread.
    engine = create_engine(
        engine_url(db_file, key), creator=lambda: _connect(db_file, read_only, key), poolclass=QueuePool
    )
    event.listen(engine, "connect", _configure_read_only if read_only else _configure)
    event.listen(engine, "begin", _begin)
    return engine


def create_private_file(db_file: Path) -> None:
    """Create an empty file with mode 0600 so SQLite (and its -wal/-shm) inherit it.

    An existing journal is never made more writable: a regular file of ours only loses the
    group's and others' bits (a 0400 journal stays 0400), and a symlink's target is left alone.
    """
    if not db_file.exists() and not db_file.is_symlink():
        try:
            os.close(os.open(db_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return
        except FileExistsError:
            pass  # another first open made it a moment ago
    if db_file.is_symlink() or not hasattr(os, "getuid"):
        return
    info = db_file.stat()
    if info.st_uid == os.getuid() and info.st_mode & 0o077:
        with suppress(OSError):  # a read-only mount: opened read-only below
            os.chmod(db_file, info.st_mode & 0o700)


NOT_DAMAGE = ("unable to open", "disk i/o", "readonly", "locked", "busy", "full", "out of memory")


def stored_revision(db_file: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision written in the file, or None for a new (empty) journal.

    A file with tables but no revision (the version table missing or empty), or that SQLite
    finds malformed, is damaged: DamagedJournalError, and the file is left as it is. A file that
    merely cannot be read now (permissions, a full disk) is a plain JournalError.
    """
    con = connect(read_only_uri(db_file), key, uri=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
        if not row or not isinstance(row[0], str):
            raise DamagedJournalError(db_file, "no schema version")
        return row[0]
    except database_errors() as exc:
        if any(words in str(exc).lower() for words in NOT_DAMAGE):
            raise JournalError(f"{db_file} cannot be read now ({exc}).") from exc
        raise DamagedJournalError(db_file, str(exc)) from exc
    finally:
        con.close()


def _quick_check(path: Path, key: bytes) -> None:
    """An encrypted copy's verification: its pages decrypt and SQLite's quick_check says ok."""
    con = connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        result = [row[0] for row in con.execute("PRAGMA quick_check")]
    finally:
        con.close()
    if result != ["ok"]:
        raise ValueError(f"the copy did not pass its check: {'; '.join(result[:3])}")


def online_backup(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy a live journal consistently into `target` (0600) with SQLite's backup API.

    The copy goes to a fresh temporary file beside the target, is synced and passes
    `quick_check`, and only then replaces the target (`journal.atomic`); on failure nothing is
    left behind and atomic.NotWritten says why (a full disk among them). An encrypted journal's
    copy is encrypted with the same data key.
    """
    paths.ensure_private_dir(target.parent)
    verify = atomic.passes_quick_check if key is None else (lambda file: _quick_check(file, key))
    with atomic.replacing(target, verify=verify) as tmp:
        src = (
            connect(f"file:{source}?mode=ro", key, uri=True) if not os.access(source, os.W_OK) else connect(source, key)
        )
        dst = connect(tmp, key)
        try:
            src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
    return target


def swap_into(source: Path, live: Path, key: bytes | None = None, source_key: bytes | None = None) -> None:
    """Overwrite the live journal with `source` through SQLite's backup API, in one write
    transaction on the live file: open connections stay valid and see the new content next,
    a writer waits its turn (busy timeout), and a failure (a full disk) rolls back whole.

    Both files are plain, or both encrypted: the source opens with `source_key`, the live
    journal with its own `key`, and SQLCipher writes every page under the live journal's key.
    """
    src = connect(read_only_uri(source), source_key, uri=True)
    dst = connect(live, key, isolation_level=None)
    try:
        _configure(dst, None)
        src.backup(dst)
        result = [row[0] for row in dst.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise sqlite3.DatabaseError(f"the restored journal did not pass its check: {result[:3]}")
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()


def _migrate(db_file: Path, revision: str | None, key: bytes | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    if revision is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups_dir(db_file.parent) / f"before-migration-{revision}-{stamp}.sqlite3"
        online_backup(db_file, target, key)
        if key is not None:
            from journal.store import keys

            keys.copy_sidecar(db_file.parent, target)
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.attributes["db_file"] = db_file
    config.attributes["key"] = key
    command.upgrade(config, "head")


class Journal:
    """An open journal: one engine, and short sessions for each unit of work."""

    def __init__(
        self, folder: Path, engine: Engine | None = None, key: bytes | None = None, *, read_only: bool = False
    ):
        self.folder = folder
        self.file = paths.journal_path(folder)
        self.key = key  # the data key of an encrypted journal, None for a plain one
        self.read_only = read_only  # a read-only file, folder or mount: reads work, writes raise
        self._engine = engine
        self._writer: Engine | None = None
        # Keyed by OS thread id, not threading.local: a Qt pool thread gets a fresh Python thread
        # state for each task, so a threading.local would open (and keep) a connection per task.
        self._readers: dict[int, sqlite3.Connection] = {}

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (plain sqlite3 reads never need it)."""
        if self._engine is None:
            self._engine = make_engine(self.file, self.key, self.read_only)
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction, begun IMMEDIATE: committed when the block ends, rolled back if it raises.

        Raises JournalBusy when another writer kept the journal locked past the busy timeout.
        """
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        if self.read_only:
            raise ReadOnlyJournal(f"{self.file} is read-only: changes are not saved.")
        if self._writer is None:
            self._writer = self.engine.execution_options(**{WRITE: True})
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            if is_locked(exc):
                raise JournalBusy(busy_message(self.file)) from exc
            raise

    def raw(self) -> sqlite3.Connection:
        """A new plain sqlite3 connection with the journal's pragmas; the caller closes it."""
        con = _connect(self.file, self.read_only, self.key)
        (_configure_read_only if self.read_only else _configure)(con, None)
        return con

    def reader(self) -> sqlite3.Connection:
        """This thread's plain sqlite3 connection for fast read-only queries (kept open)."""
        key = threading.get_ident()
        con = self._readers.get(key)
        if con is None:
            con = self._readers[key] = self.raw()
        return con

    def use_key(self, key: bytes | None) -> None:
        """After the file was swapped (encrypted, decrypted, restored): close, and open with `key` from now on."""
        self.close(every_thread=True)
        self.key = key
        self._engine = None
        self._writer = None

    def close(self, *, every_thread: bool = False) -> None:
        """Close this thread's reader and the engine's pool.

        Other threads' readers may be in use, so they are closed only with `every_thread=True`,
        which the caller may pass once those threads are idle (the thread pools waited for).
        """
        own = self._readers.pop(threading.get_ident(), None)
        if own is not None:
            own.close()
        if every_thread:
            for con in self._readers.values():
                con.close()
            self._readers.clear()
        if self._engine is not None:
            self._engine.dispose()


def busy_message(db_file: Path) -> str:
    seconds = BUSY_TIMEOUT_MS // 1000
    return f"Another program kept {db_file} busy for {seconds} s, so nothing was saved; try again when it has finished."


def writable(db_file: Path) -> bool:
    """Can this journal be written: the owner's write bit set, file and folder writable, mount too?"""
    try:
        mode = db_file.stat().st_mode
    except OSError:
        return os.access(db_file.parent, os.W_OK)
    return bool(mode & 0o200) and os.access(db_file, os.W_OK) and os.access(db_file.parent, os.W_OK)


def damage_in(db_file: Path, key: bytes | None = None) -> str | None:
    """Why the journal file is damaged (SQLite's quick_check, read-only), or None when sound."""
    try:
        con = connect(read_only_uri(db_file), key, uri=True)
    except database_errors():
        return None  # cannot be opened at all: not evidence of damage (permissions, a full disk)
    try:
        result = [row[0] for row in con.execute("PRAGMA quick_check")]
    except database_errors() as exc:
        return None if any(words in str(exc).lower() for words in NOT_DAMAGE) else str(exc)
    finally:
        con.close()
    return None if result == ["ok"] else "; ".join(result[:3])


def open_journal(folder: Path, key: bytes | None = None, *, create: bool = True) -> Journal:
    """Open (creating or migrating as needed) the journal in `folder`.

    With `create=False` (the read-only commands) a folder without a journal raises
    NoJournalError and nothing is created. An encrypted journal needs its data key
    (`journal.store.keys`); a key given for a plain journal is ignored. A swap of encryption
    interrupted by a crash is finished or undone first. A journal that cannot be written (a
    0400 file, a read-only folder or mount, someone else's file) opens read-only
    (`Journal.read_only`). A damaged journal raises DamagedJournalError and is left exactly as
    it is.
    """
    from journal.store import cipher

    db_file = paths.journal_path(folder)
    cipher.recover(folder)
    if not create and not db_file.is_file():
        raise NoJournalError(f"There is no journal in {folder}.")
    read_only = db_file.is_file() and not writable(db_file)
    if not is_encrypted(db_file):
        key = None
    elif not (folder / "rapport.keys").is_file():  # not SQLite, and no keys that could make it so
        raise DamagedJournalError(db_file, "not a SQLite file, and no rapport.keys beside it")
    elif key is None:
        raise LockedJournalError(f"The journal in {folder} is encrypted; its passphrase is needed.")
    if not read_only:
        paths.ensure_private_dir(folder)
        create_private_file(db_file)
    revision = stored_revision(db_file, key)
    if revision is not None and revision not in REVISIONS:
        raise NewerJournalError(
            f"The journal in {folder} was written by a newer version of Rapport (schema {revision}). "
            "Install the newer version to open it; this one has left it untouched."
        )
    if revision is not None:
        damage = damage_in(db_file, key)
        if damage:
            raise DamagedJournalError(db_file, damage)
    if revision != HEAD:
        if read_only:
            raise JournalError(f"{db_file} is read-only and needs upgrading for this version of Rapport.")
        from journal.store import app_lock

        try:
            with app_lock.one_at_a_time(folder):
                revision = stored_revision(db_file, key)  # another first open may have migrated meanwhile
                if revision != HEAD:
                    _migrate(db_file, revision, key)
        except TimeoutError as exc:
            raise JournalError(f"The journal in {folder} could not be upgraded now: {exc}.") from exc
    return Journal(folder, key=key, read_only=read_only)
