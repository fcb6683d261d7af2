"""Encryption's cost: the same work on an encrypted copy of the 100,000-interaction journal beside
the plain journal, in the same run, interleaved call after call (`spec/privacy.md`, "Cost").

Run: `python tests/bench/bench_privacy.py` from the repository (the first run builds the cached
plain journal, then encrypts a copy of it with the real key derivation). Rows, each encrypted
beside plain, target ≤ 1.3×:

- timeline page: one client's newest 50 entries (`services.timeline.page`), median of 300;
- search p95: 50 common words through the window's search (`timeline.page` with text), p95;
- status: `status_report.status_json` on the whole journal, median of 7;
- first paint: a fresh process from start to the main window's first painted timeline page, median
  of 5, with the data key handed in (the passphrase's Argon2id, about 0.5 s, is reported apart:
  it is paid once, while the passphrase dialog shows).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from journal import paths  # noqa: E402
from journal.services import capture, privacy, status_report, timeline  # noqa: E402
from journal.store.db import open_journal  # noqa: E402
from tests.bench.bench_store import common_words  # noqa: E402
from tests.bench.common import OUT, Row, big_journal, markdown, measure, measure_pair, median, p95  # noqa: E402

PASSPHRASE = "benchmark passphrase"
TARGET = "≤ 1.3× plain"

CHILD = r"""
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
key = bytes.fromhex(sys.argv[3]) if len(sys.argv) > 3 else None
window = MainWindow(open_journal(Path(sys.argv[1]), key), AppSettings(), daily_backup=False)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.journal_page.model.rowCount():
            window.journal_page.view.viewportEvent(event)
            print(time.time(), flush=True)
            os._exit(0)
        return False
spy = Painted()
window.journal_page.view.viewport().installEventFilter(spy)
window.show()
app.exec()
"""


def encrypted_copy(plain: Path) -> Path:
    folder = OUT / f"{plain.name}-encrypted"
    marker = folder / "built.json"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    con = sqlite3.connect(paths.journal_path(plain))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy2(paths.journal_path(plain), paths.journal_path(folder))
    start = time.perf_counter()
    privacy.encrypt(folder, PASSPHRASE)
    took = time.perf_counter() - start
    shutil.rmtree(paths.backups_dir(folder), ignore_errors=True)
    marker.write_text(json.dumps({"encrypt_seconds": round(took, 1)}))
    print(f"encrypted a copy in {took:.1f} s")
    return folder


def first_paint(folder: Path, key: bytes | None) -> float:
    args = [sys.executable, "-c", CHILD, str(folder), str(OUT / "privacy-window-config")]
    if key is not None:
        args.append(key.hex())
    started = time.time()
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1]) - started


def main() -> int:
    plain_folder = big_journal()
    enc_folder = encrypted_copy(plain_folder)
    unlock = measure(lambda: privacy.unlock(paths.journal_path(enc_folder), PASSPHRASE), 3, 0)
    key = privacy.unlock(paths.journal_path(enc_folder), PASSPHRASE)
    plain, enc = open_journal(plain_folder), open_journal(enc_folder, key)
    rows = []
    try:
        client_id = capture.find_client(plain, "Ирина Петрова")[0].id
        flt = timeline.TimelineFilter(client_id=client_id)
        a, b = measure_pair(lambda: timeline.page(enc, flt), lambda: timeline.page(plain, flt), 300, 10)
        rows.append(
            Row("timeline page (one client, 50 rows)", median(a), median(b), TARGET, median(a) <= 1.3 * median(b))
        )
        words = common_words(plain.raw())
        ours, theirs = [], []
        for word in words:
            text_filter = timeline.TimelineFilter(text=word)
            x, y = measure_pair(
                lambda f=text_filter: timeline.page(enc, f), lambda f=text_filter: timeline.page(plain, f), 1, 1
            )
            ours += x
            theirs += y
        rows.append(
            Row(f"search p95 ({len(words)} words)", p95(ours), p95(theirs), TARGET, p95(ours) <= 1.3 * p95(theirs))
        )
        a, b = measure_pair(lambda: status_report.status_json(enc), lambda: status_report.status_json(plain), 7, 1)
        rows.append(Row("status (whole journal)", median(a), median(b), TARGET, median(a) <= 1.3 * median(b)))
    finally:
        plain.close()
        enc.close()
    first_paint(enc_folder, key)  # warm the file cache
    first_paint(plain_folder, None)
    a, b = [], []
    for _ in range(5):
        a.append(first_paint(enc_folder, key))
        b.append(first_paint(plain_folder, None))
    rows.append(Row("window first paint (fresh process)", median(a), median(b), TARGET, median(a) <= 1.3 * median(b)))
    print("Encrypted journal beside the plain one (the 'plain sqlite3' column is the plain journal through Rapport):")
    print(markdown(rows))
    print(f"\nunlock (Argon2id of the passphrase, once per start): median {median(unlock) * 1000:.0f} ms")
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
