"""Snoozed reminders: "not this week" for one item of what needs attention, kept in the journal.

Snoozes live in the journal's `setting` table under "snoozed_reminders" as JSON
`{"<kind>:<id>": "YYYY-MM-DD"}` (hidden until that day, exclusive), so they travel with the
journal, not with one computer's settings. Each snooze is one transaction, which also drops
snoozes that have run out. `visible` filters a status's reminders by them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta

from journal.domain.indicators import Reminder
from journal.store import models as m
from journal.store.db import Journal

SNOOZE_KEY = "snoozed_reminders"
SNOOZE_DAYS = 7


def reminder_key(reminder: Reminder) -> str:
    return f"{reminder.kind}:{reminder.id or ''}"


def _parse(value: str | None) -> dict[str, date]:
    try:
        raw = json.loads(value) if value else {}
        return {str(k): date.fromisoformat(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
    except (ValueError, TypeError, AttributeError):
        return {}


def snoozed(journal: Journal, as_of: date) -> dict[str, date]:
    """Reminder key → the day it comes back, for snoozes still running on `as_of`."""
    with journal.read() as session:
        row = session.get(m.Setting, SNOOZE_KEY)
        found = _parse(row.value if row else None)
    return {key: until for key, until in found.items() if until > as_of}


def snooze(journal: Journal, reminder: Reminder, as_of: date, days: int = SNOOZE_DAYS) -> date:
    """Hide this reminder until `as_of + days`; returns that day. One transaction."""
    until = as_of + timedelta(days=days)
    with journal.write() as session:
        row = session.get(m.Setting, SNOOZE_KEY)
        found = {k: v for k, v in _parse(row.value if row else None).items() if v > as_of}
        found[reminder_key(reminder)] = until
        value = json.dumps({k: v.isoformat() for k, v in sorted(found.items())})
        row = row or m.Setting(key=SNOOZE_KEY, value=value)
        row.value = value
        session.add(row)
    return until


def visible(reminders: Iterable[Reminder], snoozes: dict[str, date]) -> tuple[Reminder, ...]:
    """The reminders not snoozed."""
    return tuple(r for r in reminders if reminder_key(r) not in snoozes)
