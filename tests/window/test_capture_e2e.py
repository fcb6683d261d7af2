"""End to end through the window: capture each kind by shortcut and typing, edit, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal.services import capture
from journal.ui.editors import EditorDialog
from journal.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def titles(win: MainWindow) -> list[str]:
    model = win.journal_page.model
    return [e.title for r in range(model.rowCount()) if (e := model.entry_at(r)) is not None]


def open_by_shortcut(win: MainWindow, qtbot, key: Qt.Key, modifiers=CTRL) -> EditorDialog:  # noqa: ANN001
    before = len(win._editors)
    qtbot.keyClick(win, key, modifiers)
    assert len(win._editors) == before + 1, "the shortcut opened no editor"
    editor = win._editors[-1]
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def save_with_keyboard(editor: EditorDialog, qtbot, focus) -> None:  # noqa: ANN001
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)


def test_ctrl_n_captures_an_interaction_with_a_new_client(window, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(editor.client, "Acme Ltd")
    qtbot.keyClicks(editor.summary, "Asked for free banners")
    assert editor.save_button.isEnabled()
    save_with_keyboard(editor, qtbot, editor.summary)
    assert titles(window)[1] == "Asked for free banners" or "Asked for free banners" in titles(window)
    entry = window.journal_page.selected_entry()
    assert entry.title == "Asked for free banners" and entry.client_name == "Acme Ltd"
    qtbot.waitUntil(lambda: window.count_label.text() == "6 entries")
    assert "Acme Ltd" in [
        window.journal_page.filters.client.itemText(i) for i in range(window.journal_page.filters.client.count())
    ]


def test_save_stays_disabled_until_valid(window, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(editor.summary, "No client yet")
    assert not editor.save_button.isEnabled() or not editor.save()
    assert "No client yet" not in titles(window)


def test_ctrl_g_captures_a_gratitude_note(window, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_G)
    qtbot.keyClicks(editor.text, "Thanks to the support team")
    save_with_keyboard(editor, qtbot, editor.text)
    assert "Thanks to the support team" in titles(window)
    assert window.journal_page.selected_entry().kind == "gratitude"


def test_ctrl_l_captures_a_lesson(window, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_L)
    qtbot.keyClicks(editor.lesson, "Agree the scope in writing")
    save_with_keyboard(editor, qtbot, editor.lesson)
    assert "Agree the scope in writing" in titles(window)


def test_new_client_from_the_entry_menu_shortcut(window, filled, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.name, "Zeta Corp")
    save_with_keyboard(editor, qtbot, editor.name)
    assert "Zeta Corp" in [c.name for c in capture.list_clients(filled)]
    combo = window.journal_page.filters.client
    assert combo.findText("Zeta Corp") >= 0


def test_enter_edits_the_selected_entry(window, qtbot):
    page = window.journal_page
    window.show_page("journal", focus=True)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # the interaction «Просит скидку 70%»
    entry = page.selected_entry()
    before = len(window._editors)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert len(window._editors) == before + 1
    editor = window._editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.summary.text() == entry.title
    editor.summary.selectAll()
    qtbot.keyClicks(editor.summary, "Discount talk, held firm")
    save_with_keyboard(editor, qtbot, editor.summary)
    assert "Discount talk, held firm" in titles(window)
    assert page.selected_entry().id == entry.id
    assert page.selected_entry().pressure == (("discount", "conceded"),)  # the rest kept


def test_double_click_edits(window, qtbot):
    page = window.journal_page
    row = page.model.row_of("gratitude", page.model.entry_at(1).id)
    rect = page.view.visualRect(page.model.index(row))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert window._editors and window._editors[-1].kind == "gratitude"


def test_capture_then_delete_then_undo(window, qtbot):
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_G)
    qtbot.keyClicks(editor.text, "Short lived note")
    save_with_keyboard(editor, qtbot, editor.text)
    page = window.journal_page
    assert page.selected_entry().title == "Short lived note"
    window.activateWindow()  # the editor has closed: back in the main window
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = window.findChild(QMessageBox, "confirm_delete")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)  # Enter confirms
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Short lived note" not in titles(window))  # deleted on a worker
    window.activateWindow()  # the question has gone: the main window has the keyboard again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert "Short lived note" in titles(window)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo deletes again
    assert "Short lived note" not in titles(window)


def test_the_common_case_pushed_gave_in_two_hours_shows_its_mark(window, qtbot):
    """«The client pushed, I gave in, it cost 2 hours»: quick-add, then the 2 h button, then Save."""
    editor = open_by_shortcut(window, qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(editor.client, "Daniel Brooks")
    qtbot.keyClicks(editor.summary, "Wanted a landing page for free")
    qtbot.mouseClick(editor.pressure.quick_add, Qt.MouseButton.LeftButton)
    two_hours = next(b for b in editor.pressure.rows[0].quick if b.text().startswith("2"))
    qtbot.mouseClick(two_hours, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    entry = window.journal_page.selected_entry()
    assert entry.title == "Wanted a landing page for free" and entry.client_name == "Daniel Brooks"
    assert entry.pressure == (("free_work", "conceded"),)
    row_text = window.journal_page.model.describe(entry)
    assert "Free work: conceded" in row_text
    assert "2 unpaid hours" in window.journal_page.detail.browser.toPlainText()
    qtbot.mouseClick(window.journal_page.filters.pressure_only, Qt.MouseButton.LeftButton)
    assert "Wanted a landing page for free" in titles(window)


def test_enter_on_an_incident_opens_it_on_the_incidents_page(window, filled, qtbot):
    client = capture.list_clients(filled)[0]
    incident = capture.save(
        filled, "incident", {"client_id": client.id, "opened_on": "2026-11-02", "title": "Late delivery"}
    )
    window.journal_changed.emit()
    page = window.journal_page
    assert page.select("incident", incident.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.current_page() == "incidents"
