"""Alembic environment: runs the journal's migrations on the file `store/db.py` hands it.

Foreign keys are switched off (outside any transaction) while a migration runs, because
batch mode rebuilds a parent table and `ON DELETE CASCADE` would otherwise empty its
children; `PRAGMA foreign_key_check` then proves nothing was left dangling.
"""

from __future__ import annotations

import sqlite3

from alembic import context
from sqlalchemy import create_engine, event
from sqlmodel import SQLModel

import journal.store.models  # noqa: F401 - defines the tables in SQLModel.metadata
from journal.store.db import engine_url

config = context.config
db_file = config.attributes["db_file"]
key = config.attributes.get("key")  # the data key of an encrypted journal


def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    # the busy timeout first: setting WAL on a new file already needs the lock other first opens may hold
    for pragma in ("busy_timeout = 30000", "foreign_keys = OFF", "journal_mode = WAL", "synchronous = FULL"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def run_migrations_online() -> None:
    engine = create_engine(engine_url(db_file, key))
    event.listen(engine, "connect", _connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise sqlite3.IntegrityError(f"migration left dangling references: {dangling[:5]}")
    finally:
        engine.dispose()


run_migrations_online()
