"""Import and export: the JSON interchange format (lossless) and a flat CSV of the timeline.

JSON follows `spec/interchange.md`: an import reads and checks the whole file first (every
problem reported with its path), then writes everything in one transaction, updating records
whose id exists; an export read back into an empty journal gives the same journal. The CSV is
in `services/csv_export.py`. Both write to a temporary file and rename it, so a failed or
cancelled export leaves nothing behind. A full export also carries the journal's settings
(`domain/journal_settings.py` names them); an import sets those the file holds.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from journal.domain import indicators as ind
from journal.domain.interchange import FORMAT, SECTIONS, VERSION, document_settings, read_document, to_json
from journal.domain.journal_settings import threshold_settings, with_thresholds
from journal.domain.validation import InvalidInput, Problem
from journal.services import indicators, journal_settings, rows
from journal.services.capture import check_references, write_sections
from journal.services.files import Cancelled, atomic_target
from journal.store.db import Journal

Progress = Callable[[int, int], None]

SECTION_KIND = {
    "clients": "client",
    "interactions": "interaction",
    "gratitude": "gratitude",
    "lessons": "lesson",
    "incidents": "incident",
    "checkins": "checkin",
}


@dataclass(frozen=True)
class Scope:
    """What an export covers: everything, one client, and/or a range of local dates."""

    client_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def holds(self, day: date) -> bool:
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


def _namespace(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> SimpleNamespace:
    return SimpleNamespace(**{column[0]: value for column, value in zip(cursor.description, row, strict=True)})


def _tags_by_owner(con: sqlite3.Connection, kind: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    query = "SELECT owner_id, name FROM tag WHERE owner_kind = ? ORDER BY owner_id, position"
    for row in con.execute(query, (kind,)):
        found[row.owner_id].append(row.name)
    return {owner: tuple(names) for owner, names in found.items()}


def load_records(journal: Journal) -> dict[str, list[Any]]:
    """Every record in the journal, by interchange section: one plain query per table, in one
    read transaction (a consistent snapshot), without ORM objects (a tenth of the time)."""
    con = journal.raw()
    con.row_factory = _namespace
    try:
        con.execute("BEGIN")
        pressure: dict[str, list[Any]] = defaultdict(list)
        for event in con.execute("SELECT * FROM pressure_event"):
            pressure[event.interaction_id].append(event)
        signs: dict[str, list[Any]] = defaultdict(list)
        for sign in con.execute("SELECT * FROM good_sign"):
            signs[sign.interaction_id].append(sign)
        client_tags = _tags_by_owner(con, "client")
        interaction_tags = _tags_by_owner(con, "interaction")
        lesson_tags = _tags_by_owner(con, "lesson")
        return {
            "clients": [rows.client_record(c, client_tags.get(c.id, ())) for c in con.execute("SELECT * FROM client")],
            "interactions": [
                rows.interaction_record(i, pressure.get(i.id, []), interaction_tags.get(i.id, ()), signs.get(i.id, []))
                for i in con.execute("SELECT * FROM interaction ORDER BY occurred_ts")
            ],
            "gratitude": [
                rows.gratitude_record(g) for g in con.execute("SELECT * FROM gratitude_note ORDER BY written_on")
            ],
            "lessons": [
                rows.lesson_record(x, lesson_tags.get(x.id, ()))
                for x in con.execute("SELECT * FROM lesson ORDER BY written_on")
            ],
            "incidents": [rows.incident_record(x) for x in con.execute("SELECT * FROM incident ORDER BY opened_on")],
            "checkins": [rows.checkin_record(x) for x in con.execute("SELECT * FROM checkin ORDER BY taken_on")],
        }
    finally:
        con.close()


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def select_scope(records: dict[str, list[Any]], scope: Scope) -> dict[str, list[Any]]:
    """The records a scoped export holds, plus whatever they refer to, so the file imports cleanly."""
    if scope == Scope():
        return records
    cid = scope.client_id

    def mine(client_id: str | None) -> bool:
        return cid is None or client_id == cid

    interactions = {
        i.id: i for i in records["interactions"] if mine(i.client_id) and scope.holds(_local_day(i.occurred_at))
    }
    incidents = {x.id: x for x in records["incidents"] if mine(x.client_id) and scope.holds(x.opened_on)}
    all_interactions = {i.id: i for i in records["interactions"]}
    all_incidents = {x.id: x for x in records["incidents"]}
    lessons = []
    for lesson in records["lessons"]:
        linked = all_interactions.get(lesson.interaction_id) or all_incidents.get(lesson.incident_id)
        if not scope.holds(lesson.written_on) or (cid and (linked is None or linked.client_id != cid)):
            continue
        lessons.append(lesson)
        if lesson.interaction_id in all_interactions:
            interactions.setdefault(lesson.interaction_id, all_interactions[lesson.interaction_id])
        if lesson.incident_id in all_incidents:
            incidents.setdefault(lesson.incident_id, all_incidents[lesson.incident_id])
    gratitude = [
        g for g in records["gratitude"] if (cid is None or g.to_client_id == cid) and scope.holds(g.written_on)
    ]
    checkins = [k for k in records["checkins"] if cid is None and scope.holds(k.taken_on)]
    wanted = {i.client_id for i in interactions.values()} | {x.client_id for x in incidents.values()}
    wanted |= {g.to_client_id for g in gratitude if g.to_client_id}
    if cid:
        wanted.add(cid)
    return {
        "clients": [c for c in records["clients"] if cid is None or c.id in wanted],
        "interactions": sorted(interactions.values(), key=lambda i: i.occurred_at),
        "gratitude": gratitude,
        "lessons": lessons,
        "incidents": sorted(incidents.values(), key=lambda x: x.opened_on),
        "checkins": checkins,
    }


def document(journal: Journal, scope: Scope = Scope()) -> dict[str, Any]:
    """The journal (or the scope's part of it) as an interchange document."""
    records = select_scope(load_records(journal), scope)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    for section in SECTIONS:
        doc[section] = [to_json(record) for record in records[section]]
    if scope == Scope():  # a client's or a period's file does not carry this journal's settings
        doc["settings"] = export_settings(journal)
    return doc


def export_settings(journal: Journal) -> dict[str, Any]:
    """Every setting that belongs to the journal, under the file's names."""
    with journal.read() as session:
        rate = journal_settings.rate_in(session)
        thresholds = indicators.thresholds_in(session)
    return {"hourly_rate": rate.hourly_rate, "currency": rate.currency, **threshold_settings(thresholds)}


def _settings_problems(session: Any, settings: dict[str, Any]) -> list[Problem]:
    """The file's thresholds beside the journal's: amber must stay below red."""
    merged = with_thresholds(indicators.thresholds_in(session), settings)
    return [
        Problem("settings." + path.split(".", 1)[1].replace(".", "_"), code, tuple(params.items()))
        for path, code, params in ind.validate_thresholds(merged)
    ]


def _import_settings(session: Any, settings: dict[str, Any]) -> None:
    """Set what the file holds; a value the journal already has is left as it is stored, so
    importing a journal's own export changes nothing (a default stays a default)."""
    rate = journal_settings.rate_in(session)
    current = {"hourly_rate": rate.hourly_rate, "currency": rate.currency}
    for key in ("hourly_rate", "currency"):
        if key in settings and settings[key] != current[key]:
            journal_settings.put(session, key, settings[key])
    thresholds = indicators.thresholds_in(session)
    chosen = with_thresholds(thresholds, settings)
    if chosen != thresholds:
        indicators.put_thresholds(session, chosen)


def export_json(
    journal: Journal, path: Path, scope: Scope = Scope(), progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:  # fmt: skip
    doc = document(journal, scope)
    if cancelled and cancelled():
        raise Cancelled
    with atomic_target(path) as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    if progress:
        progress(1, 1)
    return {section: len(doc[section]) for section in SECTIONS}


def read_file(path: Path) -> Any:
    """The parsed JSON of `path`; every way it can fail is an InvalidInput with one problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput([Problem("", "json", (("detail", f"not UTF-8 text: {exc.reason}"),))]) from None
    except OSError as exc:
        raise InvalidInput([Problem("", "unreadable", (("detail", exc.strerror or type(exc).__name__),))]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            [Problem("", "json", (("detail", f"line {exc.lineno}, column {exc.colno}: {exc.msg}"),))]
        ) from None
    except RecursionError:
        raise InvalidInput([Problem("", "json", (("detail", "nested too deeply"),))]) from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InvalidInput([Problem("", "json", (("detail", str(exc).split(":")[0]),))]) from None


def read_sections(doc: Any) -> dict[str, list[Any]]:
    """The document's records by section once every rule of the format holds (else InvalidInput)."""
    sections, problems = read_document(doc)
    if problems:
        raise InvalidInput(problems)
    return sections


def import_sections(
    journal: Journal,
    sections: dict[str, list[Any]],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, int]:
    """Write checked sections (and the file's journal settings) in one IMMEDIATE transaction (all
    or nothing), references first."""
    pending = {SECTION_KIND[s]: {rec.id for rec in sections[s]} for s in SECTIONS}
    settings = settings or {}
    problems: list[Problem] = []
    with journal.write() as session:
        for section in SECTIONS:
            kind = SECTION_KIND[section]
            for i, record in enumerate(sections[section]):
                problems += check_references(session, kind, record, f"{section}[{i}]", pending)
        problems += _settings_problems(session, settings)
        if problems:
            raise InvalidInput(problems)
        _import_settings(session, settings)
        total = sum(len(v) for v in sections.values())

        def written(done: int) -> None:
            if cancelled and cancelled():
                raise Cancelled
            if progress:
                progress(done, total)

        write_sections(session, sections, written)
    return {section: len(sections[section]) for section in SECTIONS}


def import_document(
    journal: Journal, doc: Any, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> dict[str, int]:
    """Check the whole document, then write all of it in one transaction (or nothing)."""
    return import_sections(journal, read_sections(doc), progress, cancelled, document_settings(doc))


def import_json(
    journal: Journal, path: Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> dict[str, int]:
    return import_document(journal, read_file(path), progress, cancelled)
