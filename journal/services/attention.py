"""What needs attention on a day, as Today, `status`, the tray and the notifications all see it.

One function, `due(journal, day)`: the status (its reminders come from
`services.indicators.reminders`, meetings to log included) less what was snoozed. Callers run
it on a worker; the window never waits for it.
"""

from __future__ import annotations

from datetime import date

from journal.domain.indicators import Reminder, Status
from journal.services import indicators, indicators_snooze
from journal.store.db import Journal


def due(journal: Journal, day: date) -> tuple[Status, tuple[Reminder, ...]]:
    """The status on `day` and its reminders less the snoozed ones, oldest due first."""
    status = indicators.status(journal, day)
    return status, tuple(indicators_snooze.visible(status.attention, indicators_snooze.snoozed(journal, day)))
