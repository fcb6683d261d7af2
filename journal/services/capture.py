"""Creating, reading, updating and deleting journal entries: the use cases behind every editor.

Input is the JSON shape of `spec/interchange.md` (a dict), validated by the same rules as an
import; a record that breaks them raises `InvalidInput` with every problem, and nothing is
written. Each save or delete is one transaction. `delete` returns the deleted records as an
interchange document, which `undo_delete` writes back (ids and all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func
from sqlmodel import Session, col, select

from journal.domain import records as r
from journal.domain.interchange import to_json
from journal.domain.validation import (
    READERS,
    InvalidInput,
    Problem,
    read_checkin,
    read_client,
    read_gratitude,
    read_incident,
    read_interaction,
    read_lesson,
    validated,
)
from journal.services import rows
from journal.store import models as m
from journal.store.db import Journal


class Kind(NamedTuple):
    """How one kind of record is named in a file, stored, validated and written."""

    section: str  # its section in the interchange file
    table: Any  # its SQLModel table (each has an `id`)
    read: Callable[[Any, str, list[Problem]], Any]  # validation: JSON → a record, problems collected
    write: Callable[[Session, list[Any]], None]  # upsert a batch of records in the caller's transaction


# kind → Kind, parents before the children that refer to them
KINDS: dict[str, Kind] = {
    "client": Kind("clients", m.Client, read_client, rows.put_clients),
    "interaction": Kind("interactions", m.Interaction, read_interaction, rows.put_interactions),
    "incident": Kind("incidents", m.Incident, read_incident, rows.put_incidents),
    "gratitude": Kind("gratitude", m.GratitudeNote, read_gratitude, rows.put_gratitude),
    "lesson": Kind("lessons", m.Lesson, read_lesson, rows.put_lessons),
    "checkin": Kind("checkins", m.CheckIn, read_checkin, rows.put_checkins),
}

BATCH = 500

# (field, the kind it must name) per kind
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "interaction": (("client_id", "client"),),
    "gratitude": (("to_client_id", "client"),),
    "lesson": (("interaction_id", "interaction"), ("incident_id", "incident")),
    "incident": (("client_id", "client"),),
}


def exists(session: Session, kind: str, entity_id: str) -> bool:
    return session.get(KINDS[kind].table, entity_id) is not None


def check_references(
    session: Session, kind: str, record: Any, path: str, pending: dict[str, set[str]]
) -> list[Problem]:
    """Problems for references that name neither a record being written nor one in the journal."""
    problems = []
    for field, target in REFERENCES.get(kind, ()):
        value = getattr(record, field)
        if value is None or value in pending.get(target, ()) or exists(session, target, value):
            continue
        where = f"{path}.{field}" if path else field
        problems.append(Problem(where, "reference", (("value", value), ("kind", target))))
    return problems


def load(session: Session, kind: str, entity_id: str) -> Any:
    """The whole record of one entity, or None."""
    found = load_many(session, kind, [entity_id])
    return found[0] if found else None


def _by_interaction(session: Session, table: Any, ids: list[str]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for start in range(0, len(ids), BATCH):
        for row in session.exec(select(table).where(table.interaction_id.in_(ids[start : start + BATCH]))):
            grouped.setdefault(row.interaction_id, []).append(row)
    return grouped


def load_many(session: Session, kind: str, entity_ids: list[str]) -> list[Any]:
    """The whole records of many entities of one kind, in the order asked, those that exist;
    a few statements per 500 entities (the rows, their tags, pressure events and good signs)."""
    table = KINDS[kind].table
    found: dict[str, Any] = {}
    for start in range(0, len(entity_ids), BATCH):
        for row in session.exec(select(table).where(table.id.in_(entity_ids[start : start + BATCH]))):
            found[row.id] = row
    ids = [i for i in dict.fromkeys(entity_ids) if i in found]
    tags = rows.tags_of(session, kind, ids) if kind in ("client", "interaction", "lesson") else {}
    if kind == "interaction":
        pressure = _by_interaction(session, m.PressureEvent, ids)
        signs = _by_interaction(session, m.GoodSign, ids)
        return [rows.interaction_record(found[i], pressure.get(i, []), tags.get(i, ()), signs.get(i, [])) for i in ids]
    if kind == "client":
        return [rows.client_record(found[i], tags.get(i, ())) for i in ids]
    if kind == "lesson":
        return [rows.lesson_record(found[i], tags.get(i, ())) for i in ids]
    builders: dict[str, Callable[[Any], Any]] = {
        "gratitude": rows.gratitude_record, "incident": rows.incident_record, "checkin": rows.checkin_record,
    }  # fmt: skip
    build = builders[kind]
    return [build(found[i]) for i in ids]


def get(journal: Journal, kind: str, entity_id: str) -> Any:
    with journal.read() as session:
        return load(session, kind, entity_id)


def as_edited(session: Session, kind: str, record: Any, data: dict[str, Any]) -> Any:
    """An editor's record, completed from what is stored: an interaction whose follow-up is marked
    done now gets today's local date as `follow_up_done_on` (kept while it stays done, cleared when
    undone), unless the payload gives the day itself."""
    if kind != "interaction":
        return record
    row = session.get(m.Interaction, record.id)
    changes: dict[str, Any] = {}
    if "follow_up_done_on" not in data:
        if not record.follow_up_done:
            changes["follow_up_done_on"] = None
        elif row is not None and row.follow_up_done:
            changes["follow_up_done_on"] = date.fromisoformat(row.follow_up_done_on) if row.follow_up_done_on else None
        else:
            changes["follow_up_done_on"] = date.today()
    return replace(record, **changes)


def save(journal: Journal, kind: str, data: dict[str, Any]) -> Any:
    """Validate and write one entity (new when it has no `id`, else updated in place)."""
    record = validated(KINDS[kind].read, data)
    with journal.write() as session:
        problems = check_references(session, kind, record, "", {})
        if problems:
            raise InvalidInput(problems)
        KINDS[kind].write(session, [as_edited(session, kind, record, data)])
    return get(journal, kind, record.id)


def _dependents(session: Session, kind: str, entity_id: str) -> dict[str, list[Any]]:
    """Everything a delete of this entity removes (its cascade), as records by section."""
    found: dict[str, list[Any]] = {k.section: [] for k in KINDS.values()}
    found[KINDS[kind].section] += load_many(session, kind, [entity_id])
    if kind == "client":
        for table, child in ((m.Interaction, "interaction"), (m.Incident, "incident")):
            ids = list(session.exec(select(col(table.id)).where(col(table.client_id) == entity_id)).all())
            found[KINDS[child].section] += load_many(session, child, ids)
    # References set to NULL by the delete are restored with the records that held them.
    interaction_ids = [i.id for i in found["interactions"]] + ([entity_id] if kind == "interaction" else [])
    incident_ids = [i.id for i in found["incidents"]] + ([entity_id] if kind == "incident" else [])
    lesson_ids: list[str] = []
    for column, ids in ((col(m.Lesson.interaction_id), interaction_ids), (col(m.Lesson.incident_id), incident_ids)):
        for start in range(0, len(ids), BATCH):
            lesson_ids += session.exec(select(m.Lesson.id).where(column.in_(ids[start : start + BATCH]))).all()
    found["lessons"] += load_many(session, "lesson", [i for i in dict.fromkeys(lesson_ids) if i != entity_id])
    if kind == "client":
        notes = session.exec(select(m.GratitudeNote.id).where(m.GratitudeNote.to_client_id == entity_id)).all()
        found["gratitude"] += load_many(session, "gratitude", list(notes))
    return found


def delete(journal: Journal, kind: str, entity_id: str) -> dict[str, list[dict[str, Any]]]:
    """Delete one entity (and what cascades from it); returns what `undo_delete` needs."""
    with journal.write() as session:
        if not exists(session, kind, entity_id):
            return {}
        removed = _dependents(session, kind, entity_id)
        session.delete(session.get(KINDS[kind].table, entity_id))
    return {section: [to_json(rec) for rec in recs] for section, recs in removed.items() if recs}


def undo_delete(journal: Journal, removed: dict[str, list[dict[str, Any]]]) -> None:
    """Write back what `delete` returned, in one transaction, ids unchanged."""
    problems: list[Problem] = []
    records = {
        section: [READERS[section](item, section, problems) for item in items] for section, items in removed.items()
    }
    if problems:
        raise InvalidInput(problems)
    with journal.write() as session:
        write_sections(session, records)


def write_sections(
    session: Session, sections: dict[str, list[Any]], progress: Callable[[int], None] | None = None
) -> None:
    """Upsert validated records, parents before children, reporting how many are written."""
    done = 0
    for kind in KINDS.values():
        records = sections.get(kind.section, [])
        for start in range(0, len(records), BATCH):
            batch = records[start : start + BATCH]
            kind.write(session, batch)
            done += len(batch)
            if progress:
                progress(done)


def _set_flag(journal: Journal, model: type, entity_id: str, field: str, value: bool) -> None:
    with journal.write() as session:
        row = session.get(model, entity_id)
        if row is not None:
            setattr(row, field, value)
            row.updated_at = rows.now_text()
            session.add(row)


def set_follow_up_done(journal: Journal, interaction_id: str, done: bool = True) -> None:
    """Mark a follow-up done (on today's local date) or not done (the day is cleared)."""
    with journal.write() as session:
        row = session.get(m.Interaction, interaction_id)
        if row is None or bool(row.follow_up_done) == done:
            return
        row.follow_up_done = done
        row.follow_up_done_on = date.today().isoformat() if done else None
        row.updated_at = rows.now_text()
        session.add(row)


def set_expressed(journal: Journal, note_id: str, expressed: bool = True) -> None:
    """A gratitude note was said to the person ("I told them"), or not."""
    _set_flag(journal, m.GratitudeNote, note_id, "expressed", expressed)


def set_archived(journal: Journal, client_id: str, archived: bool) -> None:
    _set_flag(journal, m.Client, client_id, "archived", archived)


def list_clients(journal: Journal, text: str = "", include_archived: bool = False) -> list[r.Client]:
    """Clients sorted by name, matched on name or company case-insensitively (Cyrillic too)."""
    needle = rows.fold(text.strip())
    with journal.read() as session:
        query = select(m.Client).order_by(m.Client.name_fold)
        if not include_archived:
            query = query.where(m.Client.archived == False)  # noqa: E712 - SQL comparison
        found = session.exec(query).all()
        tags = _all_tags(session, "client")
        return [
            rows.client_record(row, tags.get(row.id, ()))
            for row in found
            if not needle or needle in row.name_fold or needle in rows.fold(row.company)
        ]


def _all_tags(session: Session, kind: str) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {}
    for owner, name in session.exec(
        select(m.Tag.owner_id, m.Tag.name)
        .where(m.Tag.owner_kind == kind)
        .order_by(col(m.Tag.owner_id), col(m.Tag.position))
    ):
        result.setdefault(owner, []).append(name)
    return {k: tuple(v) for k, v in result.items()}


def find_client(journal: Journal, id_or_name: str) -> list[r.Client]:
    """Clients whose id is exactly this, else whose name equals it ignoring case (Cyrillic too)."""
    with journal.read() as session:
        row = session.get(m.Client, id_or_name)
        if row is not None:
            return [rows.client_record(row, rows.get_tags(session, "client", row.id))]
        found = session.exec(select(m.Client).where(m.Client.name_fold == rows.fold(id_or_name.strip()))).all()
        return [rows.client_record(c, rows.get_tags(session, "client", c.id)) for c in found]


def last_contacts(journal: Journal) -> dict[str, int]:
    """Each client's latest interaction time (UTC epoch seconds)."""
    with journal.read() as session:
        return dict(
            session.exec(
                select(m.Interaction.client_id, func.max(m.Interaction.occurred_ts)).group_by(m.Interaction.client_id)
            ).all()
        )


def all_tags(journal: Journal) -> list[str]:
    """Every tag used in the journal, sorted, for filters and completion."""
    with journal.read() as session:
        return sorted(set(session.exec(select(m.Tag.name).distinct()).all()), key=rows.fold)


def count(journal: Journal, kind: str) -> int:
    with journal.read() as session:
        return session.exec(select(func.count()).select_from(KINDS[kind].table)).one()
