"""Errors that somebody sees (issue 12, item 9): the log, and the dialog for Rapport's own failures.

Every command line run appends what ran and how it ended to `logs/rapport.log` (0600, in a 0700
folder); a person's mistake is one line. A background task that fails unexpectedly is logged
with its traceback and shows "Something went wrong. Your journal is safe." with its details.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal.store.db import open_journal
from tests.test_cli import rapport


def test_every_run_is_logged_privately_with_how_it_ended(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_journal(folder).close()
    assert rapport("--data-dir", str(folder), "status").returncode == 0
    assert rapport("--data-dir", str(folder), "export", str(tmp_path / "nowhere" / "x.json")).returncode == 2
    log = folder / "logs" / "rapport.log"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2, lines  # the mistake is one line, no traceback
    assert lines[0].endswith("status -> exit 0") and "INFO" in lines[0]
    assert "-> exit 2: " in lines[1] and "no such folder" in lines[1]
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_a_read_only_command_on_no_journal_creates_no_log(tmp_path: Path) -> None:
    assert rapport("--data-dir", str(tmp_path / "none"), "status").returncode == 1
    assert not (tmp_path / "none").exists()


def test_an_unexpected_failure_in_the_background_shows_the_dialog(tmp_path: Path, settings, qtbot) -> None:
    from journal import app
    from journal.ui.dialogs.error import ErrorDialog
    from journal.ui.workers import Worker

    folder = tmp_path / "data"
    open_journal(folder).close()
    launcher = app.Launcher(settings, folder, first_run=False)
    hook = sys.excepthook
    try:
        app.watch_for_failures(launcher)

        def broken(progress, cancelled):  # noqa: ANN001, ANN202, ARG001
            raise RuntimeError("a bug in Rapport")

        worker = Worker(broken)
        with qtbot.waitSignal(worker.signals.finished, timeout=10000):
            worker.start()
        qtbot.waitUntil(
            lambda: any(isinstance(w, ErrorDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible())
        assert dialog.message.text() == "Something went wrong. Your journal is safe."
        assert "RuntimeError: a bug in Rapport" in dialog.details
        dialog.copy_details()
        assert "a bug in Rapport" in QApplication.clipboard().text()
        assert dialog.log_button.isEnabled()
        assert "a bug in Rapport" in (folder / "logs" / "rapport.log").read_text(encoding="utf-8")
        dialog.close()
    finally:
        sys.excepthook = hook
        from journal.ui.workers import crashes

        crashes.crashed.disconnect()
