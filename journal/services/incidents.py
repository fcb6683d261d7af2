"""Reading incidents for the Incidents page: every incident with its client's name, and its lesson.

Writes go through `journal.services.capture.save` ("incident", "lesson"); this module only
lists, returning frozen records. Open incidents come first (oldest opened first, they have
waited longest), then resolved ones (most recently resolved first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from journal.domain import records as r
from journal.services import rows
from journal.store import models as m
from journal.store.db import Journal


@dataclass(frozen=True)
class IncidentItem:
    incident: r.Incident
    client_name: str

    @property
    def is_open(self) -> bool:
        return self.incident.resolved_on is None

    def age_days(self, today: date) -> int:
        """Days open so far, or days it took to resolve."""
        end = self.incident.resolved_on or today
        return max((end - self.incident.opened_on).days, 0)


def list_incidents(journal: Journal) -> list[IncidentItem]:
    with journal.read() as session:
        found = session.exec(
            select(m.Incident, m.Client.name).join(m.Client, col(m.Client.id) == col(m.Incident.client_id))
        ).all()
        items = [IncidentItem(rows.incident_record(row), name) for row, name in found]
    open_items = sorted((i for i in items if i.is_open), key=lambda i: (i.incident.opened_on, i.incident.title))
    closed = [(i.incident.resolved_on, i) for i in items if i.incident.resolved_on is not None]
    closed.sort(key=lambda pair: pair[0], reverse=True)
    return open_items + [i for _, i in closed]


def lesson_for(journal: Journal, incident_id: str) -> r.Lesson | None:
    """The lesson written at step 6 of this incident (the latest, if several)."""
    with journal.read() as session:
        row = session.exec(
            select(m.Lesson).where(m.Lesson.incident_id == incident_id).order_by(col(m.Lesson.written_on).desc())
        ).first()
        return rows.lesson_record(row, rows.get_tags(session, "lesson", row.id)) if row else None
