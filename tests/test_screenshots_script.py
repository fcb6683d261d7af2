"""scripts/screenshots.py as a person runs it: a page at the size, language and theme asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent


def test_the_script_renders_today_of_an_empty_journal_in_russian_dark(tmp_path, qapp):
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "scripts/screenshots.py", str(out), "--only", "today,dialog-welcome", "--sizes", "1180x760",
         "--langs", "ru", "--themes", "dark", "--journals", "empty"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(out / "empty-1180x760-ru-dark" / "today.png"))
    assert (image.width(), image.height()) == (1180, 760)
    assert image.pixelColor(600, 400).lightness() < 100  # dark
    assert (out / "empty-1180x760-ru-dark" / "dialog-welcome.png").stat().st_size > 2000
