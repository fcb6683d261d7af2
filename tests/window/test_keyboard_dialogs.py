"""Keyboard and dialogs (issue 11), each as a person does it: Tab, Enter, Escape, Delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox

from journal import i18n
from journal.services import formats, indicators
from journal.ui.dialogs.checkin import CheckinDialog
from journal.ui.dialogs.export import ExportDialog
from journal.ui.editors import open_editor


def focused():
    return QApplication.focusWidget()


def tab(qtbot, backwards: bool = False) -> None:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)


def close(dialog) -> None:
    """Close an editor without its "Discard changes?" question (what was typed is not the point here)."""
    dialog._dirty = False
    dialog.reject()


def active(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("kind", ["interaction", "gratitude", "lesson"])
def test_a_date_field_is_one_tab_stop_and_typing_goes_on_into_the_next_field(window, qtbot, kind):
    dialog = active(qtbot, open_editor(window.journal, kind, parent=window))
    [date_field] = [w for w in dialog.findChildren(QDateTimeEdit) if w.isVisible()][:1]
    date_field.setFocus()
    qtbot.waitUntil(date_field.hasFocus)
    before = date_field.dateTime()
    tab(qtbot)
    after_date = focused()
    assert after_date is not date_field and not date_field.isAncestorOf(after_date)
    assert date_field.dateTime() == before  # nothing typed into its other sections
    tab(qtbot, backwards=True)
    assert focused() is date_field
    dialog.reject()


def test_tab_order_in_the_interaction_editor_follows_the_layout(window, qtbot):
    dialog = active(qtbot, open_editor(window.journal, "interaction", parent=window))
    dialog.client.setFocus()
    qtbot.waitUntil(dialog.client.hasFocus)
    order = [dialog.client, dialog.when, dialog.channel, dialog.summary]
    seen = [focused()]
    for _ in range(len(order) - 1):
        tab(qtbot)
        seen.append(focused())
    assert seen == order
    qtbot.keyClicks(dialog.summary, "Asked for a rush job")
    tab(qtbot)
    assert dialog.summary.text() == "Asked for a rush job"  # moving on keeps what was typed
    tops = []
    widget = dialog.client
    for _ in range(12):
        tops.append(widget.mapTo(dialog, widget.rect().topLeft()).y())
        tab(qtbot)
        widget = focused()
        if widget is dialog.save_button or not dialog.form.parentWidget().isAncestorOf(widget):
            break
    assert tops == sorted(tops), tops  # each stop at or below the one before
    close(dialog)


def test_enter_saves_the_check_in(qtbot, journal):
    dialog = active(qtbot, CheckinDialog(journal, today=date(2026, 11, 23)))
    for group in dialog.groups[:3]:
        qtbot.mouseClick(group.buttons()[2], Qt.MouseButton.LeftButton)  # the focus is on an answer now
    assert isinstance(focused().parent(), type(dialog.groups[0].buttons()[0].parent()))
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert indicators.checkin_history(journal)


def test_enter_exports_and_the_next_export_starts_in_the_same_folder(qtbot, journal, tmp_path):
    dialog = active(qtbot, ExportDialog(journal))
    target = tmp_path / "exports" / "journal.json"
    target.parent.mkdir()
    dialog.format_group.button(1).click()
    dialog.path_edit.setFocus()
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    assert dialog.export_button.isEnabled(), dialog.message.text()
    assert dialog.export_button.isDefault() and dialog.path_edit.hasFocus()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert target.exists()
    qtbot.waitUntil(lambda: dialog.worker is None)
    dialog.close()
    again = active(qtbot, ExportDialog(journal))
    assert again.path_edit.text().startswith(str(target.parent))


def test_save_is_disabled_on_an_empty_lesson(window, qtbot):
    dialog = active(qtbot, open_editor(window.journal, "lesson", parent=window))
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+Enter saved nothing
    qtbot.keyClicks(dialog.lesson, "Quote the rush fee up front")
    assert dialog.save_button.isEnabled()
    dialog.lesson.selectAll()
    qtbot.keyClick(dialog.lesson, Qt.Key.Key_Delete)
    assert not dialog.save_button.isEnabled()
    close(dialog)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_delete_question_names_the_entry_and_gives_the_keyboard_back(window, qtbot, lang):
    i18n.install(lang)
    try:
        page = window.journal_page
        window.show_page("journal", focus=True)
        qtbot.keyClick(page.view, Qt.Key.Key_Down)
        entry = page.selected_entry()
        assert entry.title == "Просит скидку 70%"
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
        box = window.findChild(QMessageBox, "confirm_delete")
        day = formats.day_in_year(entry.when)
        if lang == "en":
            assert box.text() == f"Delete the interaction with Ирина Петрова on {day}?"
            assert box.windowTitle() == "Delete an entry"
            assert [
                box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
            ] == [
                "Delete",
                "Cancel",
            ]
        else:
            assert box.text() == f"Удалить взаимодействие с клиентом «Ирина Петрова» от {day}?"
            assert box.windowTitle() == "Удаление записи"
            assert box.button(QMessageBox.StandardButton.Yes).text() == "Удалить"
        assert "Просит скидку 70%" in box.informativeText()
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible())
        assert page.view.hasFocus() and page.selected_entry().id == entry.id
    finally:
        i18n.install("en")


def test_the_found_count_shows_on_the_journal_page_only(window, qtbot):
    window.show_page("journal")
    qtbot.waitUntil(lambda: window.count_label.text() == "5 entries")
    assert window.count_label.isVisible()
    for key in ("today", "clients", "incidents", "insights", "settings"):
        window.show_page(key)
        assert not window.count_label.isVisible(), key
    window.show_page("journal")
    assert window.count_label.isVisible()
