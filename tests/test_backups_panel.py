"""Settings' backups list: what it shows, and a restore confirmed by the user that saves a damaged journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal import paths
from journal.services import backup, capture
from journal.ui.pages.backups_panel import BackupsPanel
from tests.report_fixtures import fill_small


def test_lists_backups_newest_first_and_backs_up_on_demand(qtbot, journal):
    fill_small(journal)
    backup.auto_backup(journal.folder, date(2026, 11, 22))
    panel = BackupsPanel(journal)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.tree.topLevelItemCount() == 1 and panel.tree.topLevelItem(0).text(1) == "Daily"
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.tree.topLevelItemCount() == 2
    assert panel.tree.topLevelItem(0).text(1) == "Made by you"
    assert "Backed up to" in panel.message.text()


def test_restore_after_confirming_brings_back_a_damaged_journal(qtbot, journal):
    ids = fill_small(journal)
    backup.auto_backup(journal.folder, date(2026, 11, 22))
    panel = BackupsPanel(journal)
    qtbot.addWidget(panel)
    panel.show()
    journal.close()
    live = paths.journal_path(journal.folder)
    raw = bytearray(live.read_bytes())
    raw[4096:] = b"\x00garbage" * ((len(raw) - 4096) // 8)
    live.write_bytes(bytes(raw))
    assert backup.check(journal.folder) != []

    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    box = panel.confirm
    assert box is not None and box.isVisible() and "backed up first" in box.text()
    restore = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(panel.restored, timeout=20000):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.worker is None)
    assert "Restored" in panel.message.text()
    assert backup.check(journal.folder) == []
    assert capture.get(journal, "client", ids["irina"]).name == "Ирина Петрова"  # the open journal reads it
    kept = list(journal.folder.glob("rapport-damaged-*.sqlite3"))  # the damaged file, kept whole beside it
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(raw)
    assert "rapport-damaged-" in panel.message.text()


def test_cancelling_the_confirmation_changes_nothing(qtbot, journal):
    fill_small(journal)
    backup.auto_backup(journal.folder, date(2026, 11, 22))
    capture.save(journal, "client", {"name": "After the backup"})
    panel = BackupsPanel(journal)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    panel.confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert panel.worker is None
    assert "After the backup" in {c.name for c in capture.list_clients(journal)}


def test_the_daily_backup_at_start_runs_on_a_worker_once_a_day(qtbot, journal):
    from journal.ui.dialogs import export as export_dialog
    from journal.ui.pages.backups_panel import start_auto_backup

    fill_small(journal)
    day = date(2026, 11, 23)
    for _ in range(2):  # the app started twice the same day
        worker = start_auto_backup(journal.folder, day)
        qtbot.waitUntil(lambda w=worker: w not in export_dialog._running, timeout=20000)
    assert [info.day for info in backup.list_backups(journal.folder)] == [day]
