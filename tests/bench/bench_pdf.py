"""PDF benchmark: 1,000 entries of about 300 words (Russian and English, Markdown) to PDF, and how
long the GUI thread goes without running while the app exports on its worker.

Run from the repository root: `python -m tests.bench.bench_pdf`. Prints a Markdown table with
the export time (median of 3), pages and size, and the longest gap between ticks of a 5 ms
QTimer on the GUI thread while File → Export… runs. Exits 1 when a budget is missed
(≤ 5 s for the export, ≤ 50 ms for the longest gap).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.export.pdf import export_pdf  # noqa: E402
from journal.services import interchange  # noqa: E402
from journal.services.report import Scope  # noqa: E402
from journal.store.db import open_journal  # noqa: E402
from journal.ui.dialogs.export import ExportDialog  # noqa: E402

ENTRIES = 1000
WORDS = 300
EXPORT_BUDGET_S = 5.0
GAP_BUDGET_MS = 50.0
_WORDS_TEXT = (
    "клиент скидка срочно бесплатно договор счёт встреча баннер отчёт проект сроки бюджет просьба "
    "client discount urgent free contract invoice meeting banner report project deadline budget request "
    "партнёрство доверие благодарность урок partnership trust gratitude lesson"
)
VOCABULARY = _WORDS_TEXT.split()


def note(rng: random.Random) -> str:
    words = [rng.choice(VOCABULARY) for _ in range(WORDS)]
    words[3] = f"**{words[3]}**"
    body = " ".join(words[:150]) + "\n\n- " + " ".join(words[150:200]) + "\n- " + " ".join(words[200:])
    return body


def document(rng: random.Random) -> dict:
    start = datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    clients = [
        {"id": f"c{n}", "name": name} for n, name in enumerate(("Ирина Петрова", "Acme", "Олег Тихонов", "Globex"))
    ]
    interactions = []
    for n in range(ENTRIES):
        pressure = []
        if n % 4 == 0:
            pressure = [{"id": f"p{n}", "kind": "free_work", "response": "conceded", "unpaid_hours": 2}]
        interactions.append(
            {
                "id": f"i{n}",
                "client_id": f"c{n % 4}",
                "occurred_at": (start + timedelta(hours=7 * n)).isoformat(),
                "summary": f"Встреча {n}: {rng.choice(VOCABULARY)} {rng.choice(VOCABULARY)}",
                "notes": note(rng),
                "pressure": pressure,
            }
        )
    return {
        "format": "rapport-journal",
        "version": 1,
        "exported_at": start.isoformat(),
        "clients": clients,
        "interactions": interactions,
    }


def longest_gap_during_app_export(journal, target: Path) -> tuple[float, float]:  # noqa: ANN001
    """(longest gap between GUI ticks in ms, export wall time in s) for an export started from the dialog."""
    app = QApplication.instance() or QApplication([])
    dialog = ExportDialog(journal)
    dialog.show()
    dialog.path_edit.setText(str(target))
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    started = time.perf_counter()
    dialog.start()
    while dialog.worker is not None:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    dialog.close()
    if not target.exists():
        raise SystemExit(f"the export from the dialog failed: {dialog.message.text()}")
    return max(gaps[1:] or [0.0]), elapsed


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        journal = open_journal(folder / "data")
        interchange.import_document(journal, document(random.Random(1)))
        out = folder / "all.pdf"
        timings, result = [], None
        for _ in range(3):
            started = time.perf_counter()
            result = export_pdf(journal, out, Scope())
            timings.append(time.perf_counter() - started)
        export_s = statistics.median(timings)
        gap_ms, app_s = longest_gap_during_app_export(journal, folder / "from-app.pdf")
        journal.close()
    del app
    ok_export, ok_gap = export_s <= EXPORT_BUDGET_S, gap_ms <= GAP_BUDGET_MS
    print("| operation | measured | budget | met |")
    print("|---|---|---|---|")
    print(
        f"| PDF of {ENTRIES:,} entries × ~{WORDS} words (median of 3) | {export_s:.2f} s, {result.pages:,} pages, "
        f"{result.bytes / 1e6:.1f} MB | ≤ {EXPORT_BUDGET_S:.0f} s | {'yes' if ok_export else 'NO'} |"
    )
    print(
        f"| longest GUI-thread gap during File → Export… (5 ms timer; export took {app_s:.2f} s) | {gap_ms:.1f} ms "
        f"| ≤ {GAP_BUDGET_MS:.0f} ms | {'yes' if ok_gap else 'NO'} |"
    )
    return 0 if ok_export and ok_gap else 1


if __name__ == "__main__":
    sys.exit(main())
