"""Moving records in and out of the store: record → table rows, rows → frozen record.

Every service that writes or reads whole entities goes through these functions, so capture,
import and export agree on every field. `put_*` upserts within the caller's transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, delete, select

from journal.domain import records as r
from journal.store import models as m


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


def _set_tags(session: Session, kind: str, owner_id: str, tags: tuple[str, ...]) -> None:
    session.exec(delete(m.Tag).where(m.Tag.owner_kind == kind, m.Tag.owner_id == owner_id))
    for position, name in enumerate(tags):
        session.add(m.Tag(owner_kind=kind, owner_id=owner_id, position=position, name=name))


def get_tags(session: Session, kind: str, owner_id: str) -> tuple[str, ...]:
    rows = session.exec(
        select(m.Tag.name).where(m.Tag.owner_kind == kind, m.Tag.owner_id == owner_id).order_by(m.Tag.position)
    ).all()
    return tuple(rows)


def _upsert(session: Session, model: type, values: dict) -> None:
    row = session.get(model, values["id"])
    stamp = now_text()
    if row is None:
        if "created_at" in model.model_fields and "created_at" not in values:
            values["created_at"] = stamp
        if "updated_at" in model.model_fields:
            values["updated_at"] = stamp
        session.add(model(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
        if "updated_at" in model.model_fields:
            row.updated_at = stamp
        session.add(row)
    session.flush()


def put_client(session: Session, client: r.Client) -> None:
    created = client.created_at or datetime.now().astimezone()
    existing = session.get(m.Client, client.id)
    if existing is not None and client.created_at is None:
        created = datetime.fromisoformat(existing.created_at)
    _upsert(
        session,
        m.Client,
        dict(
            id=client.id, name=client.name, name_fold=fold(client.name), company=client.company,
            email=client.email, phone=client.phone, notes=client.notes,
            stay_in_touch_days=client.stay_in_touch_days, archived=client.archived,
            created_at=created.isoformat(), created_ts=epoch(created),
        ),
    )  # fmt: skip
    _set_tags(session, "client", client.id, client.tags)


def put_interaction(session: Session, item: r.Interaction) -> None:
    _upsert(
        session,
        m.Interaction,
        dict(
            id=item.id, client_id=item.client_id, occurred_at=item.occurred_at.isoformat(),
            occurred_ts=epoch(item.occurred_at), channel=item.channel, summary=item.summary,
            notes=item.notes, mood=item.mood, follow_up_on=_day(item.follow_up_on),
            follow_up_done=item.follow_up_done,
        ),
    )  # fmt: skip
    keep = [p.id for p in item.pressure]
    session.exec(
        delete(m.PressureEvent).where(m.PressureEvent.interaction_id == item.id, m.PressureEvent.id.not_in(keep))
    )
    for position, event in enumerate(item.pressure):
        other = session.get(m.PressureEvent, event.id)
        if other is not None and other.interaction_id != item.id:
            session.delete(other)
            session.flush()
        _upsert(
            session,
            m.PressureEvent,
            dict(
                id=event.id, interaction_id=item.id, position=position, kind=event.kind,
                response=event.response, unpaid_hours=event.unpaid_hours,
                discount_pct=event.discount_pct, note=event.note,
            ),
        )  # fmt: skip
    _set_tags(session, "interaction", item.id, item.tags)


def put_gratitude(session: Session, note: r.GratitudeNote) -> None:
    _upsert(
        session,
        m.GratitudeNote,
        dict(
            id=note.id, written_on=_day(note.written_on), to_client_id=note.to_client_id,
            to_name=note.to_name, text=note.text, expressed=note.expressed,
        ),
    )  # fmt: skip


def put_lesson(session: Session, lesson: r.Lesson) -> None:
    _upsert(
        session,
        m.Lesson,
        dict(
            id=lesson.id, written_on=_day(lesson.written_on), interaction_id=lesson.interaction_id,
            incident_id=lesson.incident_id, what_happened=lesson.what_happened,
            lesson=lesson.lesson, next_time=lesson.next_time,
        ),
    )  # fmt: skip
    _set_tags(session, "lesson", lesson.id, lesson.tags)


def put_incident(session: Session, incident: r.Incident) -> None:
    values = dict(
        id=incident.id, client_id=incident.client_id, opened_on=_day(incident.opened_on),
        title=incident.title, follow_up_on=_day(incident.follow_up_on),
        resolved_on=_day(incident.resolved_on),
    )  # fmt: skip
    for step in r.INCIDENT_STEPS:
        values[f"step_{step}"] = incident.steps.get(step, "")
    _upsert(session, m.Incident, values)


def put_checkin(session: Session, checkin: r.CheckIn) -> None:
    values = dict(id=checkin.id, taken_on=_day(checkin.taken_on), note=checkin.note)
    for i, answer in enumerate(checkin.answers, start=1):
        values[f"answer_{i}"] = answer
    _upsert(session, m.CheckIn, values)


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


def interaction_record(row: m.Interaction, pressure: list[m.PressureEvent], tags: tuple[str, ...]) -> r.Interaction:
    return r.Interaction(
        id=row.id, client_id=row.client_id, occurred_at=datetime.fromisoformat(row.occurred_at),
        summary=row.summary, channel=row.channel, notes=row.notes, mood=row.mood,
        follow_up_on=_parse_day(row.follow_up_on), follow_up_done=bool(row.follow_up_done),
        tags=tags, pressure=tuple(pressure_record(p) for p in sorted(pressure, key=lambda p: p.position)),
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
