"""File → Export… and the backups list as they appear in the main window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from journal.services import backup
from journal.ui.app_settings import AppSettings
from journal.ui.dialogs.export import ExportDialog
from journal.ui.window.main_window import MainWindow
from tests.report_fixtures import fill_small


@pytest.fixture
def windows():
    """Windows made by a test are deleted after it, so a later test's language switch never reaches them."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_window(qtbot, journal, tmp_path, windows):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings, daily_backup=False)  # these tests count the backups they make
    windows.append(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_file_menu_opens_the_export_dialog(qtbot, journal, tmp_path, windows):
    fill_small(journal)
    window = make_window(qtbot, journal, tmp_path, windows)
    actions = [a for a in window.actions_.file_menu.actions() if a.objectName() == "export"]
    assert len(actions) == 1 and actions[0].text() == "&Export…"
    qtbot.keyClick(
        window.focusWidget() or window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None and window.findChild(ExportDialog).isVisible())
    dialog = window.findChild(ExportDialog)
    assert dialog.client_box.findText("Ирина Петрова") >= 0
    dialog.close()


def test_settings_lists_backups_and_picks_up_new_ones(qtbot, journal, tmp_path, windows):
    fill_small(journal)
    backup.auto_backup(journal.folder, date(2026, 11, 22))
    window = make_window(qtbot, journal, tmp_path, windows)
    window.show_page("settings")
    panel = window.pages["settings"].backups
    assert panel.isVisible() and panel.tree.topLevelItemCount() == 1
    backup.backup(journal.folder)  # e.g. from the command line while the app runs
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2)


def test_file_back_up_now_shows_in_the_settings_list(qtbot, journal, tmp_path, windows):
    fill_small(journal)
    window = make_window(qtbot, journal, tmp_path, windows)
    window.show_page("settings")
    panel = window.pages["settings"].backups
    backup_action = next(a for a in window.actions_.file_menu.actions() if a.objectName() == "backup_now")
    backup_action.trigger()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=20000)
    assert panel.tree.topLevelItem(0).text(1) == "Made by you"
