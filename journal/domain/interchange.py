"""Records to the JSON shapes of `spec/interchange.md` (version 2), and back through validation.

`to_json(record)` gives exactly the spec's fields, so an export read back by
`journal.domain.validation` is the same record. Reading a whole document (top-level keys,
format, version, ids unique within the file, the journal's `settings`) is `read_document`.
Versions 1 and 2 are read; a version 1 file is a version 2 file without `signs`,
`follow_up_done_on` and `settings`, so those keys in a version 1 file are unknown fields.
"""

from __future__ import annotations

from typing import Any

from journal.domain import records as r
from journal.domain.journal_settings import read_settings
from journal.domain.validation import READERS, Problem

FORMAT = "rapport-journal"
VERSION = 2
READ_VERSIONS = (1, 2)
SECTIONS = ("clients", "interactions", "gratitude", "lessons", "incidents", "checkins")
TOP_LEVEL = ("format", "version", "exported_at", *SECTIONS, "settings")
V2_ONLY = {"top": ("settings",), "interaction": ("signs", "follow_up_done_on")}


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def to_json(record: Any) -> dict[str, Any]:
    if isinstance(record, r.Client):
        return {
            "id": record.id, "name": record.name, "company": record.company, "email": record.email,
            "phone": record.phone, "notes": record.notes, "tags": list(record.tags),
            "stay_in_touch_days": record.stay_in_touch_days, "archived": record.archived,
            "created_at": record.created_at.isoformat() if record.created_at else None,
        }  # fmt: skip
    if isinstance(record, r.Interaction):
        return {
            "id": record.id, "client_id": record.client_id, "occurred_at": record.occurred_at.isoformat(),
            "channel": record.channel, "summary": record.summary, "notes": record.notes, "mood": record.mood,
            "follow_up_on": _day(record.follow_up_on), "follow_up_done": record.follow_up_done,
            "tags": list(record.tags),
            "pressure": [
                {"id": p.id, "kind": p.kind, "response": p.response, "unpaid_hours": p.unpaid_hours,
                 "discount_pct": p.discount_pct, "note": p.note}
                for p in record.pressure
            ],
            "signs": [{"id": g.id, "kind": g.kind, "note": g.note} for g in record.signs],
            "follow_up_done_on": _day(record.follow_up_done_on),
        }  # fmt: skip
    if isinstance(record, r.GratitudeNote):
        return {
            "id": record.id, "written_on": _day(record.written_on), "to_client_id": record.to_client_id,
            "to_name": record.to_name, "text": record.text, "expressed": record.expressed,
        }  # fmt: skip
    if isinstance(record, r.Lesson):
        return {
            "id": record.id, "written_on": _day(record.written_on), "interaction_id": record.interaction_id,
            "incident_id": record.incident_id, "what_happened": record.what_happened, "lesson": record.lesson,
            "next_time": record.next_time, "tags": list(record.tags),
        }  # fmt: skip
    if isinstance(record, r.Incident):
        return {
            "id": record.id, "client_id": record.client_id, "opened_on": _day(record.opened_on),
            "title": record.title, "steps": {s: record.steps.get(s, "") for s in r.INCIDENT_STEPS},
            "follow_up_on": _day(record.follow_up_on), "resolved_on": _day(record.resolved_on),
        }  # fmt: skip
    if isinstance(record, r.CheckIn):
        return {
            "id": record.id,
            "taken_on": _day(record.taken_on),
            "answers": list(record.answers),
            "note": record.note,
        }
    raise TypeError(f"not a journal record: {type(record).__name__}")


def _version_problems(document: dict[str, Any], version: Any) -> list[Problem]:
    if isinstance(version, bool) or version not in READ_VERSIONS:
        return [Problem("version", "version", (("value", version),))]
    if version != 1:
        return []
    problems = [Problem(key, "unknown_field") for key in V2_ONLY["top"] if key in document]
    items = document.get("interactions")
    for i, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            problems += [
                Problem(f"interactions[{i}].{k}", "unknown_field") for k in V2_ONLY["interaction"] if k in item
            ]
    return problems


def read_document(document: Any) -> tuple[dict[str, list[Any]], list[Problem]]:
    """Validate a whole interchange document (its settings too); every problem is reported with its path."""
    problems: list[Problem] = []
    sections: dict[str, list[Any]] = {name: [] for name in SECTIONS}
    if not isinstance(document, dict):
        return sections, [Problem("", "not_object")]
    for key in document:
        if key not in TOP_LEVEL:
            problems.append(Problem(str(key), "unknown_field"))
    if document.get("format") != FORMAT:
        problems.append(Problem("format", "format"))
    problems += _version_problems(document, document.get("version"))
    for name in SECTIONS:
        items = document.get(name, [])
        if not isinstance(items, list):
            problems.append(Problem(name, "type", (("expected", "a list"),)))
            continue
        reader = READERS[name]
        seen: set[str] = set()
        for i, item in enumerate(items):
            record = reader(item, f"{name}[{i}]", problems)
            if isinstance(item, dict) and "id" not in item:
                problems.append(Problem(f"{name}[{i}].id", "required"))
            if record.id in seen:
                problems.append(Problem(f"{name}[{i}].id", "duplicate_id", (("value", record.id),)))
            seen.add(record.id)
            sections[name].append(record)
    for child in ("pressure", "signs"):
        child_ids: set[str] = set()
        for i, interaction in enumerate(sections["interactions"]):
            for j, item in enumerate(getattr(interaction, child)):
                if item.id in child_ids:
                    problems.append(
                        Problem(f"interactions[{i}].{child}[{j}].id", "duplicate_id", (("value", item.id),))
                    )
                child_ids.add(item.id)
    if "settings" in document:
        read_settings(document["settings"], "settings", problems)
    return sections, problems


def document_settings(document: dict[str, Any]) -> dict[str, Any]:
    """The settings a document already read without problems holds (only the keys it holds)."""
    if "settings" not in document:
        return {}
    return read_settings(document["settings"], "settings", [])
