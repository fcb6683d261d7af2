"""The one connection factory: plain journals through `sqlite3`, encrypted ones through `sqlcipher3`.

A plain journal uses the standard `sqlite3` module, so nothing changes for users who never turn
encryption on. An encrypted journal (`spec/privacy.md`) is opened with `sqlcipher3` and its raw
256-bit data key (`PRAGMA key = "x'…'"`, before any other statement: no passphrase KDF per
connection). `journal.store.db` builds its engine and connections from here.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(db_file: Path) -> bool:
    """True when the file exists, is not empty and is not plain SQLite (SQLCipher pages look random)."""
    try:
        with open(db_file, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors either driver may raise (sqlcipher3's only once it has been loaded)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(db_file: Path | str, key: bytes | None = None, **kwargs: Any) -> sqlite3.Connection:
    """A DB-API connection to a journal file: plain `sqlite3`, or `sqlcipher3` keyed with the data key."""
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(db_file, **kwargs)
        return plain
    from sqlcipher3 import dbapi2

    con: sqlite3.Connection = dbapi2.connect(str(db_file), **kwargs)  # the same DB-API as sqlite3's
    con.execute(key_pragma(key))  # before any other statement
    return con


def session_connection(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, inside its transaction (for bulk writes that skip the ORM)."""
    driver = session.connection().connection.driver_connection
    if driver is None:  # SQLAlchemy's pool has invalidated the connection under the transaction
        raise sqlite3.OperationalError("the journal's connection was closed under the transaction")
    con: sqlite3.Connection = driver
    return con
