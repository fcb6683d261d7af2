"""Drafts: what an open editor holds, kept in the journal as the user types so a crash loses nothing.

A draft is identified by the editor that writes it (a UUID chosen when the editor opens), names
the kind of entry and, when editing, the entity; its payload is the editor's own state as JSON.
`save_draft` replaces the previous payload, `discard_draft` removes it when the editor saves or is
cancelled, and `pending_drafts` lists what is left after a crash, oldest first. One transaction each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import select

from journal.store import models as m
from journal.store.db import Journal


@dataclass(frozen=True)
class DraftRecord:
    id: str
    kind: str
    entity_id: str | None
    updated_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def save_draft(
    journal: Journal, draft_id: str, kind: str, payload: dict[str, Any], entity_id: str | None = None
) -> None:
    """Create or replace the draft `draft_id`."""
    text = json.dumps(payload, ensure_ascii=False)
    with journal.write() as session:
        row = session.get(m.Draft, draft_id)
        if row is None:
            row = m.Draft(id=draft_id, kind=kind, entity_id=entity_id, payload=text, updated_at=_now())
        else:
            row.kind, row.entity_id, row.payload, row.updated_at = kind, entity_id, text, _now()
        session.add(row)


def discard_draft(journal: Journal, draft_id: str) -> None:
    """Forget a draft (no error when there is none)."""
    with journal.write() as session:
        row = session.get(m.Draft, draft_id)
        if row is not None:
            session.delete(row)


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def pending_drafts(journal: Journal) -> list[DraftRecord]:
    """Every draft left in the journal, oldest first."""
    with journal.read() as session:
        found = session.exec(select(m.Draft).order_by(m.Draft.updated_at)).all()
        return [
            DraftRecord(
                id=row.id,
                kind=row.kind,
                entity_id=row.entity_id,
                updated_at=datetime.fromisoformat(row.updated_at),
                payload=_payload(row.payload),
            )
            for row in found
        ]
