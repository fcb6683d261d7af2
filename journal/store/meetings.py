"""The `meeting` table's queries: meetings read from a calendar, waiting to be logged.

Written in bulk (a year of meetings in one transaction, with executemany), read by the
range of their end (`ix_meeting_ends_ts`) for what is to log, and by key for one meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Row, text
from sqlmodel import Session

from journal.store.connection import session_connection

COLUMNS = ("key", "uid", "starts_at", "starts_ts", "ends_at", "ends_ts", "title", "location", "attendees",
           "client_id", "interaction_id", "dismissed", "source", "updated_at")  # fmt: skip
CONTENT = ("uid", "starts_at", "starts_ts", "ends_at", "ends_ts", "title", "location", "attendees", "client_id")


@dataclass(frozen=True)
class MeetingRow:
    key: str
    uid: str
    starts_at: str
    starts_ts: int
    ends_at: str
    ends_ts: int
    title: str
    location: str
    attendees: str
    client_id: str | None
    interaction_id: str | None
    dismissed: bool
    source: str
    updated_at: str
    client_name: str | None = None


_SELECT = (
    f"SELECT {', '.join('m.' + c for c in COLUMNS)}, c.name FROM meeting m LEFT JOIN client c ON c.id = m.client_id"
)


def _row(found: Row[Any]) -> MeetingRow:
    values = list(found)
    values[11] = bool(values[11])
    return MeetingRow(*values)


def clients(session: Session) -> list[tuple[str, str, str | None, bool]]:
    """(id, name, email, archived) of every client, for matching."""
    found = session.execute(text("SELECT id, name, email, archived FROM client")).all()
    return [(r[0], r[1], r[2], bool(r[3])) for r in found]


def of_source_or_keys(session: Session, source: str, keys: Iterable[str]) -> dict[str, MeetingRow]:
    """The meetings read before from `source`, and any others with one of `keys`."""
    found = {r.key: r for r in map(_row, session.execute(text(f"{_SELECT} WHERE m.source = :s"), {"s": source}))}
    wanted = [k for k in keys if k not in found]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join(f":k{i}" for i in range(len(chunk)))
        params = {f"k{i}": k for i, k in enumerate(chunk)}
        found.update(
            (r.key, r) for r in map(_row, session.execute(text(f"{_SELECT} WHERE m.key IN ({marks})"), params))
        )
    return found


def insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Many rows in one executemany on the transaction's own sqlite3 connection (a year of
    meetings: SQLAlchemy's per-row parameter handling would cost more than SQLite's writes)."""
    if rows:
        names = ", ".join(COLUMNS)
        marks = ", ".join("?" for _ in COLUMNS)
        cursor = session_connection(session).cursor()
        cursor.executemany(
            f"INSERT INTO meeting ({names}) VALUES ({marks})", [tuple(r[c] for c in COLUMNS) for r in rows]
        )


def update(session: Session, rows: list[dict[str, Any]]) -> None:
    """Rewrite what the calendar says (never `dismissed` or `interaction_id`)."""
    if rows:
        sets = ", ".join(f"{c} = :{c}" for c in (*CONTENT, "source", "updated_at"))
        session.execute(text(f"UPDATE meeting SET {sets} WHERE key = :key"), rows)


def delete(session: Session, keys: list[str]) -> None:
    if keys:
        session.execute(text("DELETE FROM meeting WHERE key = :key"), [{"key": k} for k in keys])


def ended_between(session: Session, lo_ts: int, hi_ts: int) -> list[MeetingRow]:
    """Meetings that ended in [lo_ts, hi_ts), neither logged nor dismissed, oldest first."""
    found = session.execute(
        text(
            f"{_SELECT} WHERE m.ends_ts >= :lo AND m.ends_ts < :hi AND m.interaction_id IS NULL "
            "AND m.dismissed = 0 ORDER BY m.starts_ts, m.key"
        ),
        {"lo": lo_ts, "hi": hi_ts},
    )
    return [_row(r) for r in found]


def get(session: Session, key: str) -> MeetingRow | None:
    found = session.execute(text(f"{_SELECT} WHERE m.key = :key"), {"key": key}).first()
    return _row(found) if found else None


def of_interaction(session: Session, interaction_id: str) -> MeetingRow | None:
    found = session.execute(text(f"{_SELECT} WHERE m.interaction_id = :i"), {"i": interaction_id}).first()
    return _row(found) if found else None


def set_dismissed(session: Session, key: str, dismissed: bool, updated_at: str) -> int:
    result = session.execute(
        text("UPDATE meeting SET dismissed = :d, updated_at = :u WHERE key = :key"),
        {"d": dismissed, "u": updated_at, "key": key},
    )
    return cast(CursorResult[Any], result).rowcount  # a DML statement's result; Session.execute says only Result


def link(session: Session, key: str, interaction_id: str, client_id: str, updated_at: str) -> int:
    result = session.execute(
        text("UPDATE meeting SET interaction_id = :i, client_id = :c, updated_at = :u WHERE key = :key"),
        {"i": interaction_id, "c": client_id, "u": updated_at, "key": key},
    )
    return cast(CursorResult[Any], result).rowcount  # a DML statement's result; Session.execute says only Result


def count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM meeting")).scalar_one())
