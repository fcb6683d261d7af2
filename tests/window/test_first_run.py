"""First run both ways (empty journal, sample journal in its own folder) and what later runs open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal import paths
from journal.app import Launcher
from journal.services import capture


def close_all(launcher: Launcher) -> None:
    if launcher.window is not None:
        launcher.window.close()
        launcher.window.journal.close()


def test_first_run_empty_journal(settings, tmp_path: Path, qtbot):
    folder = tmp_path / "mine"
    launcher = Launcher(settings, folder)
    welcome = launcher.start()
    qtbot.addWidget(welcome)
    assert welcome.objectName() == "welcome" and welcome.isVisible()
    assert welcome.empty_button.accessibleName()
    qtbot.mouseClick(welcome.empty_button, Qt.MouseButton.LeftButton)
    window = launcher.window
    assert window is not None and window.windowTitle() == "Rapport"
    assert paths.journal_path(folder).exists()
    assert window.journal_page.model.rowCount() == 0
    assert "Ctrl+N" in window.journal_page.empty.text()
    assert settings.welcome_done and not settings.demo_mode
    close_all(launcher)
    again = Launcher(settings, folder).start()  # second start: no welcome, straight to the window
    assert again.objectName() == "main_window"
    again.close()
    again.journal.close()


def test_first_run_sample_journal_is_kept_apart(settings, tmp_path: Path, qtbot):
    mine = tmp_path / "mine"
    launcher = Launcher(settings, None)
    launcher.data_dir = mine
    welcome = launcher.start()
    qtbot.addWidget(welcome)
    with qtbot.waitSignal(welcome.chosen, timeout=60_000):
        qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
    window = launcher.window
    assert window.windowTitle() == "Sample journal — Rapport"
    assert window.journal.folder == paths.demo_data_dir()
    assert window.journal_page.model.entry_count() > 20
    assert not paths.journal_path(mine).exists()  # the real journal was never touched
    assert settings.demo_mode
    assert window.actions_.leave_sample.isVisible()
    # next start goes back to the sample; leaving it opens the user's own, empty journal
    close_all(launcher)
    launcher = Launcher(settings, None)
    launcher.data_dir = mine
    window = launcher.start()
    assert window.windowTitle() == "Sample journal — Rapport"
    window.actions_.leave_sample.trigger()
    own = launcher.window
    assert own is not window and own.windowTitle() == "Rapport"
    assert own.journal.folder == mine and capture.count(own.journal, "interaction") == 0
    assert not settings.demo_mode
    close_all(launcher)
