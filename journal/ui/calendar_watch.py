"""The calendar file named in Settings → Calendar, re-read at start and every hour on a worker.

An unchanged file costs a stat (size and modification time), then at most a hash; a changed
one is imported (`services.meetings.reread_if_changed`). An unreadable or broken file is
reported once (`problem`), not every hour: the same problem again says nothing until the
file has been read well in between.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journal.services import meetings
from journal.services.text import calendar_problem_text
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings
from journal.ui.notifier import periodic
from journal.ui.workers import Worker

SIGNATURE_KEY = "calendar/signature"
PROBLEM_KEY = "calendar/problem"
EVERY_MS = 60 * 60 * 1000


def reread(journal: Journal, path: Path, last: meetings.Signature | None, **_worker: object) -> tuple:
    """On the worker: ("read", signature, counts or None), or ("problem", message)."""
    try:
        return ("read", *meetings.reread_if_changed(journal, path, last))
    except meetings.CalendarError as exc:
        return ("problem", f"{path}: {calendar_problem_text(exc)}")


class CalendarWatch(QObject):
    imported = Signal(object)  # ImportCounts, after a changed file was read
    unchanged = Signal()
    problem = Signal(str)  # once per distinct problem

    def __init__(self, journal: Journal, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.journal, self.settings = journal, settings
        self.running: set[Worker] = set()
        self.timer = periodic(self, EVERY_MS, self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def signature(self) -> meetings.Signature | None:
        try:
            raw = json.loads(self.settings.json_value(SIGNATURE_KEY) or "null")
            return meetings.Signature(**raw) if raw else None
        except (ValueError, TypeError):
            return None

    def check(self) -> Worker | None:
        """Re-read the file if one is named; None when none is."""
        name = self.settings.calendar_file
        if not name:
            return None
        path = Path(name)
        worker = Worker(reread, self.journal, path, self.signature())
        worker.signals.result.connect(self._read)
        worker.signals.failed.connect(self._report)
        worker.signals.finished.connect(lambda w=worker: self.running.discard(w))
        self.running.add(worker)
        worker.start()
        return worker

    def forget(self) -> None:
        """A new file was chosen: read it whole next time, and report its problems afresh."""
        self.settings.set_json_value(SIGNATURE_KEY, "")
        self.settings.set_json_value(PROBLEM_KEY, "")

    def _read(self, found: tuple) -> None:
        if found[0] == "problem":
            self._report(found[1])
            return
        _, signature, counts = found
        self.settings.set_json_value(SIGNATURE_KEY, json.dumps(signature.__dict__))
        self.settings.set_json_value(PROBLEM_KEY, "")
        if counts is None:
            self.unchanged.emit()
        else:
            self.imported.emit(counts)

    def _report(self, message: str) -> None:
        if message != self.settings.json_value(PROBLEM_KEY):
            self.settings.set_json_value(PROBLEM_KEY, message)
            self.problem.emit(message)
