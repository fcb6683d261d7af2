"""Long work off the GUI thread: a QRunnable with named signals and a cooperative cancel flag.

`Worker(fn, *args)` runs `fn(*args, progress=..., cancelled=...)` on the global QThreadPool.
`fn` reports with `progress(done, total)` and checks `cancelled()` between steps; whatever
it returns arrives in `signals.result`, an exception in `signals.failed` (as text), and
`signals.finished` always comes last. The function opens its own journal connection.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from journal.atomic import NotWritten
from journal.domain.validation import InvalidInput
from journal.logs import LOG
from journal.services.files import write_failure_text
from journal.services.text import problem_text, settle_plural

SHOWN_PROBLEMS = 5  # a worker's failure lists this many problems of bad input, then counts the rest


def failure_text(exc: BaseException) -> str:
    """What the owner shows for a failed task: a full disk, the first problems of bad input, or the error."""
    if isinstance(exc, NotWritten):
        return write_failure_text(exc)
    if isinstance(exc, InvalidInput):
        shown = [problem_text(p) for p in exc.problems[:SHOWN_PROBLEMS]]
        hidden = len(exc.problems) - len(shown)
        if hidden > 0:
            more = QCoreApplication.translate("Worker", "and %n more problem(s)", None, hidden)
            shown.append(settle_plural(more, hidden))
        return "; ".join(shown)
    return str(exc) or type(exc).__name__


class Crashes(QObject):
    """Where unexpected failures of background work are announced (the app shows the error dialog)."""

    crashed = Signal(str)  # the traceback


crashes = Crashes()


def expected(exc: BaseException) -> bool:
    """A failure its owner words for the person (bad input, a full disk, a locked or damaged journal)."""
    from journal.services.backup import BackupError
    from journal.services.files import Cancelled
    from journal.store.db import JournalError

    return isinstance(exc, InvalidInput | NotWritten | BackupError | JournalError | Cancelled | OSError)


class WorkerSignals(QObject):
    progress = Signal(int, int)
    result = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it while its signals are connected
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            value = self._fn(
                *self._args, progress=self.signals.progress.emit, cancelled=self.is_cancelled, **self._kwargs
            )
        except Exception as exc:  # noqa: BLE001 - reported to the user by the owner
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                detail = failure_text(exc)
                if expected(exc):
                    LOG.warning("background task failed: %s", detail)
                else:
                    details = traceback.format_exc()
                    LOG.error("background task failed\n%s", details)
                    crashes.crashed.emit(details)
                self.signals.failed.emit(detail)
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
