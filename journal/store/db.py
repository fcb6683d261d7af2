"""Opening the journal: the engine and its pragmas, migrations at start, online backups.

`open_journal(folder)` is the only way in. It creates the file readable by the owner only,
sets WAL, foreign keys, a busy timeout and `synchronous=FULL` on every connection, and
brings the schema to this version's head: an older journal is first backed up with SQLite's
online backup API, then migrated with Alembic; a journal from a newer Rapport is refused and
left untouched. Writes go through `Journal.write()`, one transaction each.

Every connection comes from `journal.store.connection.connect(file, key)` (plain `sqlite3`, or
`sqlcipher3` with the data key of an encrypted journal, `spec/privacy.md`); an encrypted
journal's engine uses SQLAlchemy's `sqlite+pysqlcipher` dialect, which sends the raw key first.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal import paths
from journal.store.connection import SQLITE_HEADER, connect, database_errors, is_encrypted, key_pragma

__all__ = ["SQLITE_HEADER", "connect", "database_errors", "is_encrypted", "key_pragma"]  # re-exported: the factory

if TYPE_CHECKING:  # SQLAlchemy is imported on first use, so the window can paint before paying for it
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

# Every revision this version knows, oldest first; the last is the head.
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000


class JournalError(Exception):
    """A journal that cannot be opened or used; the message is for the user."""


class NewerJournalError(JournalError):
    pass


class LockedJournalError(JournalError):
    """The journal is encrypted and no data key was given."""


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun explicitly below
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    connection.exec_driver_sql("BEGIN")


def engine_url(db_file: Path, key: bytes | None = None) -> object:
    """The SQLAlchemy URL: `sqlite:///file`, or `sqlite+pysqlcipher` whose dialect sends the raw key first."""
    from sqlalchemy.engine import URL

    if key is None:
        return URL.create("sqlite", database=str(db_file))
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_file))


def make_engine(db_file: Path, key: bytes | None = None) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # the same pool for both: the pysqlcipher dialect would otherwise pick one connection per thread
    engine = create_engine(engine_url(db_file, key), connect_args={"check_same_thread": False}, poolclass=QueuePool)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    return engine


def create_private_file(db_file: Path) -> None:
    """Create an empty file with mode 0600 so SQLite (and its -wal/-shm) inherit it."""
    if not db_file.exists():
        fd = os.open(db_file, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(db_file, 0o600)


def stored_revision(db_file: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision written in the file, or None for a new (empty) journal."""
    con = connect(f"file:{db_file}?mode=ro", key, uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except database_errors() as exc:
        raise JournalError(f"{db_file} is not a Rapport journal or is damaged ({exc}).") from exc
    finally:
        con.close()


def online_backup(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy a live journal consistently into `target` (0600), from a connection with no open write.

    An encrypted journal's copy is encrypted with the same data key."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    src = connect(source, key)
    dst = connect(tmp, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    return target


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

    def __init__(self, folder: Path, engine: Engine | None = None, key: bytes | None = None):
        self.folder = folder
        self.file = paths.journal_path(folder)
        self.key = key  # the data key of an encrypted journal, None for a plain one
        self._engine = engine
        # Keyed by OS thread id, not threading.local: a Qt pool thread gets a fresh Python thread
        # state for each task, so a threading.local would open (and keep) a connection per task.
        self._readers: dict[int, sqlite3.Connection] = {}

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (plain sqlite3 reads never need it)."""
        if self._engine is None:
            self._engine = make_engine(self.file, self.key)
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def raw(self) -> sqlite3.Connection:
        """A new plain sqlite3 connection with the journal's pragmas; the caller closes it."""
        con = connect(self.file, self.key, check_same_thread=False)
        _configure(con, None)
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
        self.close()
        self.key = key
        self._engine = None

    def close(self) -> None:
        for con in self._readers.values():
            con.close()
        self._readers.clear()
        if self._engine is not None:
            self._engine.dispose()


def open_journal(folder: Path, key: bytes | None = None) -> Journal:
    """Open (creating or migrating as needed) the journal in `folder`.

    An encrypted journal needs its data key (`journal.store.keys`); a key given for a plain
    journal is ignored. A swap of encryption interrupted by a crash is finished or undone first.
    """
    from journal.store import cipher

    paths.ensure_private_dir(folder)
    db_file = paths.journal_path(folder)
    cipher.recover(folder)
    if not is_encrypted(db_file):
        key = None
    elif not (folder / "rapport.keys").is_file():
        raise JournalError(f"{db_file} is not a Rapport journal or is damaged (or its rapport.keys is missing).")
    elif key is None:
        raise LockedJournalError(f"The journal in {folder} is encrypted; its passphrase is needed.")
    create_private_file(db_file)
    revision = stored_revision(db_file, key)
    if revision is not None and revision not in REVISIONS:
        raise NewerJournalError(
            f"The journal in {folder} was written by a newer version of Rapport (schema {revision}). "
            "Install the newer version to open it; this one has left it untouched."
        )
    if revision != HEAD:
        _migrate(db_file, revision, key)
    return Journal(folder, key=key)
