"""Main window benchmark on a 100,000-interaction journal: start-up, scrolling, search as you type, memory.

Run: `python tests/bench/bench_window.py` (offscreen Qt unless QT_QPA_PLATFORM is set).

- start-up: process start → main window shown and the timeline's first page painted, in a fresh
  process each time, interleaved with a bare PySide6 window (QMainWindow + label) for the ratio;
- scrolling: Page Down from the top of the timeline to the very last entry (pages fetched on
  demand); the largest gap between two painted frames;
- search as you type: keys sent to the search field at typing speed; from the last key to the
  first paint of the list showing the results;
- peak RSS of the process that scrolled all 100,000 entries in.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.common import BIG, big_journal, median  # noqa: E402

CHILD_APP = r"""
import os, sys, time
from PySide6.QtCore import QObject, QEvent, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["rapport"])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from pathlib import Path
from journal.store.db import open_journal
from journal.ui import theme
from journal.ui.app_settings import AppSettings
from journal.ui.window.main_window import MainWindow
theme.apply(app, "light")
window = MainWindow(open_journal(Path(sys.argv[1])), AppSettings(), daily_backup=False)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.journal_page.model.rowCount():
            window.journal_page.view.viewportEvent(event)  # paint now, then stop the clock
            print(time.time(), flush=True)
            os._exit(0)
        return False
spy = Painted()
window.journal_page.view.viewport().installEventFilter(spy)
window.show()
app.exec()
"""

CHILD_BARE = r"""
import os, time
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            label.event(event)  # paint now, then stop the clock
            print(time.time(), flush=True)
            os._exit(0)
        return False
spy = Painted()
label.installEventFilter(spy)
window.resize(1180, 760)
window.show()
app.exec()
"""


def start_time(code: str, *args: str) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1]) - started


def bench_startup(folder: Path, runs: int = 5) -> tuple[float, float]:
    config = ROOT / "tests" / "bench" / "out" / "window-config"
    ours, bare = [], []
    start_time(CHILD_APP, str(folder), str(config))  # warm the file cache once
    for _ in range(runs):
        ours.append(start_time(CHILD_APP, str(folder), str(config)))
        bare.append(start_time(CHILD_BARE))
    return median(ours), median(bare)


def in_process(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThreadPool
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder.parent / "window-config-2"))
    from journal.store.db import open_journal
    from journal.ui import theme
    from journal.ui.app_settings import AppSettings
    from journal.ui.window.main_window import MainWindow

    theme.apply(app, "light")
    window = MainWindow(open_journal(folder), AppSettings(), daily_backup=False)
    window.resize(1180, 760)
    window.show_page("journal")
    window.show()
    view = window.journal_page.view
    frames: list[float] = []

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, ANN202
            if event.type() == QEvent.Type.Paint:
                frames.append(time.perf_counter())
            return False

    spy = Painted()
    view.viewport().installEventFilter(spy)
    for _ in range(20):
        app.processEvents()
    results: dict[str, float] = {}
    results["rss after start MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # search as you type: one key every 120 ms; from the last key to the first paint of its results
    model = window.journal_page.model
    resets: list[tuple[float, str]] = []
    model.modelReset.connect(lambda: resets.append((time.perf_counter(), model.filter.text)))
    for word in ("deck", "скидк", "banner", "интеграц", "a", "с", "the"):
        window.search.clear()
        window.journal_page.set_search_text("")
        window.journal_page.apply_filter()
        app.processEvents()
        window.search.setFocus()
        frames.clear()
        resets.clear()
        for ch in word:
            last_key = time.perf_counter()
            QApplication.sendEvent(
                window.search, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
            )
            while time.perf_counter() - last_key < 0.12:
                app.processEvents()
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline and not (
            any(text == word for _, text in resets) and frames and frames[-1] > max(t for t, _ in resets)
        ):
            app.processEvents()
        shown = [t for t, text in resets if text == word]
        painted = [f for f in frames if shown and f >= shown[0]]
        results[f"search '{word}'"] = painted[0] - last_key if painted else float("nan")
        results[f"found '{word}'"] = model.entry_count()
        results[f"rss after '{word}' MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["rss after search MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.search.clear()
    window.journal_page.set_search_text("")
    window.journal_page.apply_filter()
    app.processEvents()
    # scroll top to bottom by pages
    view.setFocus()
    view.scrollToTop()
    app.processEvents()
    frames.clear()
    bar = view.verticalScrollBar()
    model = window.journal_page.model
    pages = 0
    started = time.perf_counter()
    while True:
        before = bar.value()
        bar.setValue(before + bar.pageStep())
        view.viewport().repaint()  # paint now, as a person's Page Down would be shown
        app.processEvents()
        pages += 1
        if bar.value() == before and not model.canFetchMore():
            break
    results["scroll seconds"] = time.perf_counter() - started
    gaps = [b - a for a, b in zip(frames, frames[1:], strict=False)]
    results["pages"] = pages
    results["rows"] = model.entry_count()
    results["max frame gap"] = max(gaps)
    results["p99 frame gap"] = sorted(gaps)[int(len(gaps) * 0.99)]
    results["peak rss MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    QThreadPool.globalInstance().waitForDone()
    window.close()
    return results


def main() -> int:
    folder = big_journal(BIG)
    ours, bare = bench_startup(folder)
    print(f"start-up to first page painted: {ours * 1000:.0f} ms; bare PySide6 window: {bare * 1000:.0f} ms; "
          f"ratio {ours / bare:.2f}×")  # fmt: skip
    for name, value in in_process(folder).items():
        timed = name.startswith("search") or "gap" in name
        print(f"{name}: {value * 1000:.1f} ms" if timed else f"{name}: {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
