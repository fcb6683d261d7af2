"""Nothing typed is lost: after a crash, a fresh window over the same folder offers the draft back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.store.db import open_journal
from journal.ui.window.main_window import MainWindow
from tests.window.conftest import settle

pytest.importorskip("journal.ui.editors.drafts", reason="draft restore arrives with the editors branch")


def click_when_asked(qtbot, button_text: str) -> None:  # noqa: ANN001
    """Answer the modal question that is about to appear, as a person would, by clicking a button."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_draft_is_offered_after_a_crash(window, filled, settings, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window._editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.client, "Acme Ltd")
    qtbot.keyClicks(editor.summary, "Half-written call notes")
    qtbot.waitUntil(lambda: editor.draft_status.text() != "", timeout=5000)  # the draft is in the journal
    # The app dies here: no save, no cancel. The next start opens the same folder afresh.
    fresh_journal = open_journal(filled.folder)
    fresh = MainWindow(fresh_journal, settings)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitUntil(lambda: fresh.started)
    click_when_asked(qtbot, "Restore")
    reopened = fresh.restore_drafts()
    assert len(reopened) == 1
    restored = reopened[0]
    assert restored.summary.text() == "Half-written call notes"
    assert restored.client.text() == "Acme Ltd"
    restored.activateWindow()
    qtbot.waitUntil(restored.isActiveWindow)
    with qtbot.waitSignal(restored.saved):
        qtbot.keyClick(restored.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    titles = [
        e.title for r in range(fresh.journal_page.model.rowCount()) if (e := fresh.journal_page.model.entry_at(r))
    ]
    assert "Half-written call notes" in titles
    editor._dirty = False  # the crashed window's editor: nothing left to ask about at teardown
    settle()
    fresh.close()
    fresh_journal.close()
