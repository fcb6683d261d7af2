"""Today benchmark: switching to Today on the 100,000-interaction journal, against the 300 ms budget.

Run from the repository root: `python -m tests.bench.bench_today` (the first run builds the
cached journal). The real MainWindow is shown on the Journal page; each round writes a
gratitude note (so Today's numbers change), switches to Today with `show_page`, and times
(1) until Today is painted, with its previous numbers, and (2) until the fresh numbers from
the worker are on screen. Meanwhile a 1 ms timer on the GUI thread records the longest gap
between its ticks: how long the window ever stopped answering. Prints a Markdown table.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal import paths  # noqa: E402
from journal.services import capture, indicators  # noqa: E402
from journal.store.db import online_backup, open_journal  # noqa: E402
from journal.ui.app_settings import AppSettings  # noqa: E402
from journal.ui.window.main_window import MainWindow  # noqa: E402
from tests.bench.common import Row, big_journal, fresh_folder, markdown, measure, median, ms, p95  # noqa: E402

ROUNDS = 15
BUDGET = 0.300


class PaintWatch(QObject):
    """Notes the time of the last paint of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    app = QApplication.instance() or QApplication([])
    cached = big_journal()
    folder = fresh_folder("today-bench")  # a copy: the rounds write to it
    online_backup(paths.journal_path(cached), paths.journal_path(folder))
    journal = open_journal(folder)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="bench-today-"))
    window = MainWindow(journal, AppSettings(), daily_backup=False)
    today = window.pages["today"]
    window.resize(1280, 900)
    window.show()
    watch = PaintWatch()
    today.card.installEventFilter(watch)
    ready: list[float] = []
    today.status_ready.connect(lambda _d: ready.append(time.perf_counter()))
    gaps: list[float] = []
    last_tick = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last_tick[0])
        last_tick[0] = now

    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)

    def wait(condition, limit: float = 30.0) -> None:  # noqa: ANN001
        end = time.perf_counter() + limit
        while not condition() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)

    wait(lambda: ready)  # the first computation, at construction
    painted, numbers = [], []
    for _ in range(ROUNDS):
        window.show_page("journal")
        wait(lambda: False, 0.3)
        capture.save(journal, "gratitude", {"written_on": date.today().isoformat(), "text": "bench"})
        window.journal_changed.emit()  # a write while Today is hidden: it refreshes when shown
        ready.clear()
        watch.painted_at = 0.0
        ticker.start()
        last_tick[0] = start = time.perf_counter()
        window.show_page("today")
        wait(lambda: watch.painted_at > 0)
        painted.append(watch.painted_at - start)
        wait(lambda: ready and watch.painted_at > ready[0])
        numbers.append(watch.painted_at - start)
        ticker.stop()
    status_alone = measure(lambda: indicators.status(journal), repeat=5)
    rows = [
        Row("Today painted after switching (median)", median(painted), None, "< 300 ms", median(painted) < BUDGET),
        Row("Today painted after switching (p95)", p95(painted), None, "< 300 ms", p95(painted) < BUDGET),
        Row(
            "fresh numbers on screen after switching (median)",
            median(numbers),
            None,
            "< 300 ms",
            median(numbers) < BUDGET,
        ),
        Row("fresh numbers on screen after switching (p95)", p95(numbers), None, "< 300 ms", p95(numbers) < BUDGET),
        Row("indicators.status alone, in the worker (median)", median(status_alone), None),
        Row("longest GUI-thread stall while Today switches and refreshes", max(gaps), None),
    ]
    print(f"Today on a copy of {cached.name}, {ROUNDS} switches\n")
    print(markdown(rows))
    print(f"\nlongest stall {ms(max(gaps))}")
    journal.close()


if __name__ == "__main__":
    main()
