"""The clockwork behind the tray: what is due, checked on a worker every minute, and the notices.

`Notifier.check()` computes what needs attention with `services.attention.due` (the one
function Today uses) on a worker, updates the tray's count, and asks `domain.notifications`
whether to speak now; the clock is injectable (`clock()` returns the local time), so tests
step through 8:59, 9:00, 9:30 and the next day. What was said is kept in the app's settings,
so a restart does not repeat a notice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from journal.domain.notifications import Notice, NoticeSettings, NoticeState, decide
from journal.services import attention
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings
from journal.ui.workers import Worker

STATE_KEY = "notify/state"
EVERY_MS = 60_000


def load_state(settings: AppSettings) -> NoticeState:
    try:
        raw = json.loads(settings.json_value(STATE_KEY) or "{}")
        return NoticeState(
            datetime.fromisoformat(raw["last_shown"]) if raw.get("last_shown") else None,
            date.fromisoformat(raw["last_weekly"]) if raw.get("last_weekly") else None,
            tuple(str(k) for k in raw.get("announced", [])),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return NoticeState()


def save_state(settings: AppSettings, state: NoticeState) -> None:
    settings.set_json_value(STATE_KEY, json.dumps({
        "last_shown": state.last_shown.isoformat() if state.last_shown else None,
        "last_weekly": state.last_weekly.isoformat() if state.last_weekly else None,
        "announced": list(state.announced),
    }))  # fmt: skip


def notice_settings(settings: AppSettings) -> NoticeSettings:
    hours, minutes = (int(p) for p in settings.notice_time.split(":"))
    weekly = settings.weekly_day
    return NoticeSettings(settings.notices_enabled, time(hours, minutes), max(weekly, 0), weekly >= 0)


def periodic(owner: QObject, msecs: int, slot: Callable[[], object]) -> QTimer:
    """A timer (not started) that calls `slot` every `msecs`, owned by `owner`."""
    timer = QTimer(owner)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer


def due_at(journal: Journal, now: datetime, **_worker: object) -> tuple:
    """On the worker: the moment asked about, and what is due on its day."""
    return now, attention.due(journal, now.date())


class Notifier(QObject):
    """Checks what is due every minute (and on request) and shows a notice when the rules say so."""

    checked = Signal(object, object)  # (the reminders due, the Notice shown or None)
    shown = Signal(object, str, str)  # Notice, title, text

    def __init__(
        self,
        journal: Journal,
        settings: AppSettings,
        show: Callable[[Notice, int | None], tuple[str, str]] | None = None,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.journal, self.settings, self.clock, self.show = journal, settings, clock, show
        self.due: tuple = ()
        self.running: set[Worker] = set()
        self.timer = periodic(self, EVERY_MS, self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> Worker:
        worker = Worker(due_at, self.journal, self.clock())
        worker.signals.result.connect(self._arrived)  # a bound method: gone with this object
        worker.signals.finished.connect(lambda w=worker: self.running.discard(w))
        self.running.add(worker)
        worker.start()
        return worker

    def _arrived(self, found: Any) -> None:
        now, (status, due) = found
        self.due = due
        current = status.trend[-1] if status.trend else None
        week = (current.interactions, current.pressure, current.conceded) if current else (0, 0, 0)
        notice, state = decide(now, due, notice_settings(self.settings), load_state(self.settings), week)
        if notice is not None:
            save_state(self.settings, state)
            days = min((r.days for r in due if r.kind == "stay_in_touch" and r.days), default=None)
            if self.show is not None:
                title, body = self.show(notice, days)
                self.shown.emit(notice, title, body)
        self.checked.emit(due, notice)
