"""The window on a damaged journal and on a read-only one (issue 12, items 6 and 7).

A damaged journal opens the "This journal is damaged" screen, which offers the newest sound
backup with its entry count and restores it on a worker (the damaged file kept whole), then
opens the window. A read-only journal opens the window with "Read-only: changes are not saved"
and no way to add, edit or delete.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from journal.app import Launcher
from journal.services import backup, capture
from journal.store.db import open_journal
from journal.ui.dialogs.damaged import DamagedDialog


def _journal_with_backup(folder: Path) -> Path:
    journal = open_journal(folder)
    try:
        client = capture.save(journal, "client", {"name": "Ирина Петрова"})
        for n in range(3):
            capture.save(journal, "interaction", {"client_id": client.id, "summary": f"Звонок {n}",
                         "occurred_at": "2026-11-20T14:30:00+03:00"})  # fmt: skip
    finally:
        journal.close()
    return backup.backup(folder)


def test_a_damaged_journal_offers_its_backup_and_restores_it(tmp_path: Path, settings, qtbot) -> None:
    folder = tmp_path / "data"
    _journal_with_backup(folder)
    journal_file = folder / "rapport.sqlite3"
    data = bytearray(journal_file.read_bytes())
    data[0:100] = b"\0" * 100
    journal_file.write_bytes(bytes(data))
    launcher = Launcher(settings, folder, first_run=False)
    shown = launcher.start()
    assert isinstance(shown, DamagedDialog)
    qtbot.addWidget(shown)
    assert shown.windowTitle() == "This journal is damaged"
    assert "3 entries" in shown.offer.text() and shown.restore_button.isEnabled()
    qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    qtbot.addWidget(launcher.window)
    assert not launcher.window.journal.read_only
    kept = list(folder.glob("rapport-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    launcher.window.close()
    launcher.window.journal.close(every_thread=True)
    launcher.lock.release()


def test_a_read_only_journal_says_so_and_offers_no_editing(tmp_path: Path, settings, qtbot) -> None:
    folder = tmp_path / "data"
    _journal_with_backup(folder)
    os.chmod(folder / "rapport.sqlite3", 0o400)
    launcher = Launcher(settings, folder, first_run=False)
    window = launcher.start()
    qtbot.addWidget(window)
    assert window.journal.read_only
    assert window.read_only_label is not None and window.read_only_label.text() == "Read-only: changes are not saved"
    assert not window.actions_.new_interaction.isEnabled() and not window.actions_.delete.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.open_editor("interaction") is None
    window.close()
    window.journal.close(every_thread=True)
    launcher.lock.release()
