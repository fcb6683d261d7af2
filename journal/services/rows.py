"""Moving records in and out of the store: records → table rows, rows → frozen records.

Every service that writes or reads whole entities goes through these functions, so capture,
import and export agree on every field. `put_*` upserts a list of records within the caller's
transaction, with one `executemany` per table (the store's triggers keep the timeline and
its search index in step).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from journal.domain import records as r
from journal.store import models as m
from journal.store.connection import session_connection


def now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def fold(text: str) -> str:
    """Case- and «ё»-insensitive form for matching names (SQLite's lower() knows only ASCII)."""
    return text.casefold().replace("ё", "е")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def _con(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, inside its transaction: bulk writes skip the ORM."""
    return session_connection(session)


def _upsert(session: Session, table: str, rows: list[dict[str, Any]], keep: tuple[str, ...] = ("created_at",)) -> None:
    """Insert rows, or update those whose id exists (keeping `keep` columns), with one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id" and c not in keep)
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )
    _con(session).executemany(sql, rows)


def _set_tags(session: Session, kind: str, owned: list[tuple[str, tuple[str, ...]]]) -> None:
    con = _con(session)
    con.executemany("DELETE FROM tag WHERE owner_kind = ? AND owner_id = ?", [(kind, owner) for owner, _ in owned])
    con.executemany(
        "INSERT INTO tag (owner_kind, owner_id, position, name) VALUES (?, ?, ?, ?)",
        [(kind, owner, position, name) for owner, tags in owned for position, name in enumerate(tags)],
    )


def get_tags(session: Session, kind: str, owner_id: str) -> tuple[str, ...]:
    rows = session.exec(
        select(m.Tag.name).where(m.Tag.owner_kind == kind, m.Tag.owner_id == owner_id).order_by(col(m.Tag.position))
    ).all()
    return tuple(rows)


def tags_of(session: Session, kind: str, owner_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The tags of many owners of one kind, in one statement per 500 owners."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(owner_ids), 500):
        chunk = owner_ids[start : start + 500]
        query = (
            select(m.Tag.owner_id, m.Tag.name)
            .where(m.Tag.owner_kind == kind, col(m.Tag.owner_id).in_(chunk))
            .order_by(col(m.Tag.owner_id), col(m.Tag.position))
        )
        for owner, name in session.exec(query):
            found.setdefault(owner, []).append(name)
    return {owner: tuple(names) for owner, names in found.items()}


def _stamped(values: dict[str, Any], stamp: str) -> dict[str, Any]:
    return {**values, "created_at": stamp, "updated_at": stamp}


def put_clients(session: Session, clients: list[r.Client]) -> None:
    stamp = now_text()
    given: list[dict[str, Any]] = []
    unknown: list[dict[str, Any]] = []
    for client in clients:
        created = client.created_at or datetime.now().astimezone()
        row = dict(
            id=client.id, name=client.name, name_fold=fold(client.name), company=client.company,
            email=client.email, phone=client.phone, notes=client.notes,
            stay_in_touch_days=client.stay_in_touch_days, archived=client.archived,
            created_at=created.isoformat(), created_ts=epoch(created), updated_at=stamp,
        )  # fmt: skip
        (given if client.created_at else unknown).append(row)
    _upsert(session, "client", given, keep=())
    _upsert(session, "client", unknown, keep=("created_at", "created_ts"))
    _set_tags(session, "client", [(c.id, c.tags) for c in clients])


def _pressure_row(e: r.PressureEvent) -> dict[str, Any]:
    return dict(kind=e.kind, response=e.response, unpaid_hours=e.unpaid_hours, discount_pct=e.discount_pct, note=e.note)


def _sign_row(g: r.GoodSign) -> dict[str, Any]:
    return dict(kind=g.kind, note=g.note)


def _put_children(session: Session, items: list[r.Interaction], table: str, attr: str, row: Any) -> None:
    """An interaction's pressure events or good signs: those no longer in it go; an id met under
    another interaction moves here; the rest are upserted in order."""
    con = _con(session)
    con.executemany(
        f"DELETE FROM {table} WHERE interaction_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
        [(item.id, json.dumps([c.id for c in getattr(item, attr)])) for item in items],
    )
    children = [(item.id, position, c) for item in items for position, c in enumerate(getattr(item, attr))]
    con.executemany(
        f"DELETE FROM {table} WHERE id = ? AND interaction_id <> ?", [(c.id, owner) for owner, _, c in children]
    )
    _upsert(
        session,
        table,
        [dict(id=c.id, interaction_id=owner, position=position, **row(c)) for owner, position, c in children],
        keep=(),
    )


def put_interactions(session: Session, items: list[r.Interaction]) -> None:
    con = _con(session)
    # Children first, parents last: the parent's trigger then builds its timeline row once,
    # instead of once more for every pressure event and tag. References are checked at commit.
    con.execute("PRAGMA defer_foreign_keys = ON")
    _put_children(session, items, "pressure_event", "pressure", _pressure_row)
    _put_children(session, items, "good_sign", "signs", _sign_row)
    _set_tags(session, "interaction", [(item.id, item.tags) for item in items])
    stamp = now_text()
    _upsert(
        session,
        "interaction",
        [
            _stamped(dict(
                id=item.id, client_id=item.client_id, occurred_at=item.occurred_at.isoformat(),
                occurred_ts=epoch(item.occurred_at), channel=item.channel, summary=item.summary,
                notes=item.notes, mood=item.mood, follow_up_on=_day(item.follow_up_on),
                follow_up_done=item.follow_up_done, follow_up_done_on=_day(item.follow_up_done_on),
            ), stamp)
            for item in items
        ],
    )  # fmt: skip


def put_gratitude(session: Session, notes: list[r.GratitudeNote]) -> None:
    stamp = now_text()
    _upsert(
        session,
        "gratitude_note",
        [
            _stamped(dict(
                id=note.id, written_on=_day(note.written_on), to_client_id=note.to_client_id,
                to_name=note.to_name, text=note.text, expressed=note.expressed,
            ), stamp)
            for note in notes
        ],
    )  # fmt: skip


def put_lessons(session: Session, lessons: list[r.Lesson]) -> None:
    _set_tags(session, "lesson", [(lesson.id, lesson.tags) for lesson in lessons])
    stamp = now_text()
    _upsert(
        session,
        "lesson",
        [
            _stamped(dict(
                id=lesson.id, written_on=_day(lesson.written_on), interaction_id=lesson.interaction_id,
                incident_id=lesson.incident_id, what_happened=lesson.what_happened,
                lesson=lesson.lesson, next_time=lesson.next_time,
            ), stamp)
            for lesson in lessons
        ],
    )  # fmt: skip


def put_incidents(session: Session, incidents: list[r.Incident]) -> None:
    stamp = now_text()
    rows = []
    for incident in incidents:
        values = dict(
            id=incident.id, client_id=incident.client_id, opened_on=_day(incident.opened_on),
            title=incident.title, follow_up_on=_day(incident.follow_up_on),
            resolved_on=_day(incident.resolved_on),
        )  # fmt: skip
        for step in r.INCIDENT_STEPS:
            values[f"step_{step}"] = incident.steps.get(step, "")
        rows.append(_stamped(values, stamp))
    _upsert(session, "incident", rows)


def put_checkins(session: Session, checkins: list[r.CheckIn]) -> None:
    stamp = now_text()
    rows = []
    for checkin in checkins:
        values: dict[str, Any] = dict(id=checkin.id, taken_on=_day(checkin.taken_on), note=checkin.note)
        for i, answer in enumerate(checkin.answers, start=1):
            values[f"answer_{i}"] = answer
        rows.append(_stamped(values, stamp))
    _upsert(session, "checkin", rows)


def client_record(row: m.Client, tags: tuple[str, ...]) -> r.Client:
    return r.Client(
        id=row.id, name=row.name, company=row.company, email=row.email, phone=row.phone,
        notes=row.notes, tags=tags, stay_in_touch_days=row.stay_in_touch_days,
        archived=bool(row.archived), created_at=datetime.fromisoformat(row.created_at),
    )  # fmt: skip


def pressure_record(row: m.PressureEvent) -> r.PressureEvent:
    return r.PressureEvent(
        id=row.id, kind=row.kind, response=row.response, unpaid_hours=row.unpaid_hours,
        discount_pct=row.discount_pct, note=row.note,
    )  # fmt: skip


def sign_record(row: m.GoodSign) -> r.GoodSign:
    return r.GoodSign(id=row.id, kind=row.kind, note=row.note)


def interaction_record(
    row: m.Interaction, pressure: list[m.PressureEvent], tags: tuple[str, ...], signs: Sequence[m.GoodSign] = ()
) -> r.Interaction:
    return r.Interaction(
        id=row.id, client_id=row.client_id, occurred_at=datetime.fromisoformat(row.occurred_at),
        summary=row.summary, channel=row.channel, notes=row.notes, mood=row.mood,
        follow_up_on=_parse_day(row.follow_up_on), follow_up_done=bool(row.follow_up_done),
        tags=tags, pressure=tuple(pressure_record(p) for p in sorted(pressure, key=lambda p: p.position)),
        signs=tuple(sign_record(g) for g in sorted(signs, key=lambda g: g.position)),
        follow_up_done_on=_parse_day(row.follow_up_done_on),
    )  # fmt: skip


def gratitude_record(row: m.GratitudeNote) -> r.GratitudeNote:
    return r.GratitudeNote(
        id=row.id, written_on=date.fromisoformat(row.written_on), text=row.text,
        to_client_id=row.to_client_id, to_name=row.to_name, expressed=bool(row.expressed),
    )  # fmt: skip


def lesson_record(row: m.Lesson, tags: tuple[str, ...]) -> r.Lesson:
    return r.Lesson(
        id=row.id, written_on=date.fromisoformat(row.written_on), interaction_id=row.interaction_id,
        incident_id=row.incident_id, what_happened=row.what_happened, lesson=row.lesson,
        next_time=row.next_time, tags=tags,
    )  # fmt: skip


def incident_record(row: m.Incident) -> r.Incident:
    return r.Incident(
        id=row.id, client_id=row.client_id, opened_on=date.fromisoformat(row.opened_on), title=row.title,
        steps={step: getattr(row, f"step_{step}") for step in r.INCIDENT_STEPS},
        follow_up_on=_parse_day(row.follow_up_on), resolved_on=_parse_day(row.resolved_on),
    )  # fmt: skip


def checkin_record(row: m.CheckIn) -> r.CheckIn:
    return r.CheckIn(
        id=row.id, taken_on=date.fromisoformat(row.taken_on),
        answers=tuple(getattr(row, f"answer_{i}") for i in range(1, 7)), note=row.note,
    )  # fmt: skip
