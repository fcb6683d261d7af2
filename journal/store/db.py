"""Opening the journal: the engine and its pragmas, migrations at start, online backups.

`open_journal(folder)` is the only way in. It creates the file readable by the owner only,
sets WAL, foreign keys, a busy timeout and `synchronous=FULL` on every connection, and
brings the schema to this version's head: an older journal is first backed up with SQLite's
online backup API, then migrated with Alembic; a journal from a newer Rapport is refused and
left untouched. Writes go through `Journal.write()`, one transaction each, begun with
`BEGIN IMMEDIATE` so a writer takes the write lock before it reads and waits its turn (up to
`BUSY_TIMEOUT_MS`) instead of failing when another commit lands first; reads stay deferred.
A writer still locked out after that raises `JournalBusy`.
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

if TYPE_CHECKING:  # SQLAlchemy is imported on first use, so the window can paint before paying for it
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

# Every revision this version knows, oldest first; the last is the head.
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 30000  # a writer waits this long for another writer before JournalBusy


class JournalError(Exception):
    """A journal that cannot be opened or used; the message is for the user."""


class NewerJournalError(JournalError):
    pass


class NoJournalError(JournalError):
    """A read-only command found no journal in the folder (and created none)."""


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


def _begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE) else "BEGIN")


def make_engine(db_file: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{db_file}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)
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


def stored_revision(db_file: Path) -> str | None:
    """The Alembic revision written in the file, or None for a new (empty) journal.

    A file with tables but no revision (the version table missing or empty) is not a journal
    this Rapport can migrate: JournalError, and the file is left as it is.
    """
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise JournalError(f"{db_file} cannot be opened ({exc}).") from exc
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
        if not row or not isinstance(row[0], str):
            raise JournalError(f"{db_file} is not a Rapport journal or is damaged (no schema version).")
        return row[0]
    except sqlite3.DatabaseError as exc:
        raise JournalError(f"{db_file} is not a Rapport journal or is damaged ({exc}).") from exc
    finally:
        con.close()


def online_backup(source: Path, target: Path) -> Path:
    """Copy a live journal consistently into `target` (0600) with SQLite's backup API.

    The copy goes to a fresh temporary file beside the target, is synced and passes
    `quick_check`, and only then replaces the target (`journal.atomic`); on failure nothing is
    left behind and atomic.NotWritten says why (a full disk among them).
    """
    paths.ensure_private_dir(target.parent)
    with atomic.replacing(target, verify=atomic.passes_quick_check) as tmp:
        src = (
            sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            if not os.access(source, os.W_OK)
            else sqlite3.connect(source)
        )
        dst = sqlite3.connect(tmp)
        try:
            src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
    return target


def _migrate(db_file: Path, revision: str | None) -> None:
    from alembic import command
    from alembic.config import Config

    if revision is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        online_backup(db_file, paths.backups_dir(db_file.parent) / f"before-migration-{revision}-{stamp}.sqlite3")
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.attributes["db_file"] = db_file
    command.upgrade(config, "head")


class Journal:
    """An open journal: one engine, and short sessions for each unit of work."""

    def __init__(self, folder: Path, engine: Engine | None = None):
        self.folder = folder
        self.file = paths.journal_path(folder)
        self._engine = engine
        self._writer: Engine | None = None
        # Keyed by OS thread id, not threading.local: a Qt pool thread gets a fresh Python thread
        # state for each task, so a threading.local would open (and keep) a connection per task.
        self._readers: dict[int, sqlite3.Connection] = {}

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (plain sqlite3 reads never need it)."""
        if self._engine is None:
            self._engine = make_engine(self.file)
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
        con = sqlite3.connect(self.file, check_same_thread=False)
        _configure(con, None)
        return con

    def reader(self) -> sqlite3.Connection:
        """This thread's plain sqlite3 connection for fast read-only queries (kept open)."""
        key = threading.get_ident()
        con = self._readers.get(key)
        if con is None:
            con = self._readers[key] = self.raw()
        return con

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


def open_journal(folder: Path, *, create: bool = True) -> Journal:
    """Open (creating or migrating as needed) the journal in `folder`.

    With `create=False` (the read-only commands) a folder without a journal raises
    NoJournalError and nothing is created.
    """
    db_file = paths.journal_path(folder)
    if not create and not db_file.is_file():
        raise NoJournalError(f"There is no journal in {folder}.")
    paths.ensure_private_dir(folder)
    create_private_file(db_file)
    revision = stored_revision(db_file)
    if revision is not None and revision not in REVISIONS:
        raise NewerJournalError(
            f"The journal in {folder} was written by a newer version of Rapport (schema {revision}). "
            "Install the newer version to open it; this one has left it untouched."
        )
    if revision != HEAD:
        _migrate(db_file, revision)
    return Journal(folder)
