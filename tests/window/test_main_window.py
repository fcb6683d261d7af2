"""The main window shell driven by keyboard and mouse: pages, search, filters, detail, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.ui.widgets.timeline_delegate import split_marks
from journal.ui.widgets.timeline_model import DayRole, EntryRole
from journal.ui.window.main_window import MainWindow
from tests.window.conftest import settle


def rows(win: MainWindow) -> list[str]:
    model = win.journal_page.model
    return [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def entry_titles(win: MainWindow) -> list[str]:
    model = win.journal_page.model
    return [e.title for r in range(model.rowCount()) if (e := model.entry_at(r)) is not None]


def test_timeline_newest_first_grouped_by_day_with_pressure_marks(window, qtbot):
    model = window.journal_page.model
    assert model.index(0).data(DayRole) is not None  # a day header first
    assert rows(window)[0].startswith("Today, ")
    assert entry_titles(window)[:2] == ["Thanked Daniel for his patience", "Просит скидку 70%"]
    headers = [r for r in range(model.rowCount()) if model.index(r).data(DayRole) is not None]
    assert len(headers) == 3
    assert "Discount: conceded" in rows(window)[model.row_of("interaction", model.entry_at(2).id)]
    qtbot.waitUntil(lambda: window.count_label.text() == "5 entries")


def test_sidebar_shortcuts_and_last_page_remembered(window, filled, settings, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["clients"]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_page() == "insights"
    window.resize(window.width(), 517)
    window.journal_page.splitter.setSizes([500, 300])
    saved_state = window.journal_page.splitter.saveState()
    window.close()
    again = MainWindow(filled, settings)
    qtbot.addWidget(again)
    assert again.current_page() == "insights"
    assert again.height() == 517
    again.show()
    assert again.journal_page.splitter.saveState() == saved_state
    qtbot.waitUntil(lambda: again.started)
    settle()


def test_search_as_you_type_highlights_matches(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "budg")
    qtbot.waitUntil(lambda: window.journal_page.model.filter.text == "budg")
    assert entry_titles(window) == ["Quarterly planning meeting"]
    entry = window.journal_page.model.entry_at(1)
    assert "\x02budget\x03" in entry.snippet  # the matched word is marked for the delegate
    assert split_marks(entry.snippet)[-1] == ("budget", True) or ("budget", True) in split_marks(entry.snippet)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 found")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.journal_page.model.filter.text == "")
    assert len(entry_titles(window)) == 5


def test_search_for_nothing_says_so(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search, "zzzqqq")
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 0)
    assert window.journal_page.empty.isVisible()
    assert "Nothing matches" in window.journal_page.empty.text()


def test_filters_pressure_only_kind_and_client(window, qtbot):
    page = window.journal_page
    qtbot.mouseClick(page.filters.pressure_only, Qt.MouseButton.LeftButton)
    assert entry_titles(window) == ["Просит скидку 70%", "Asked for a free extra deck"]
    qtbot.mouseClick(page.filters.clear, Qt.MouseButton.LeftButton)
    assert len(entry_titles(window)) == 5
    page.filters.kind.setFocus()
    qtbot.keyClicks(page.filters.kind, "Gr")  # type-ahead in the combo picks "Gratitude"
    assert entry_titles(window) == ["Thanked Daniel for his patience"]
    page.filters.reset()
    page.filters.client.setCurrentIndex(page.filters.client.findText("Daniel Brooks"))
    assert set(entry_titles(window)) == {"Thanked Daniel for his patience", "Quarterly planning meeting",
                                         "Asked for a free extra deck"}  # fmt: skip
    page.filters.reset()
    page.filters.tag.setCurrentIndex(page.filters.tag.findText("pricing"))
    assert entry_titles(window) == ["Просит скидку 70%"]


def test_selection_shows_detail_pane(window, qtbot):
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Journal, focus in the list
    assert page.view.hasFocus()
    assert page.selected_entry().title == "Thanked Daniel for his patience"  # the first entry, not its day
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    entry = page.selected_entry()
    assert entry is not None and entry.title == "Просит скидку 70%"
    html = page.detail.browser.toPlainText()
    assert "Ирина Петрова" in html and "Discount: conceded" in html
    page.select("interaction", next(e.id for r in range(page.model.rowCount()) if (e := page.model.entry_at(r))
                                    and e.title.startswith("Quarterly")))  # fmt: skip
    assert "budget" in page.detail.browser.toPlainText()


def test_delete_asks_once_and_ctrl_z_undoes(window, filled, qtbot):
    page = window.journal_page
    window.show_page("journal", focus=True)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    doomed = page.selected_entry()
    assert doomed.title == "Просит скидку 70%"
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = window.findChild(QMessageBox, "confirm_delete")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Просит скидку 70%" not in entry_titles(window))  # deleted on a worker
    qtbot.waitUntil(lambda: window.count_label.text() == "4 entries")
    assert "undo" in window.statusBar().currentMessage()
    window.activateWindow()  # the question has gone: the main window has the keyboard again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Просит скидку 70%" in entry_titles(window)
    restored = page.model.entry_at(page.model.row_of("interaction", doomed.id))
    assert restored.pressure == (("discount", "conceded"),)


def test_delete_cancelled_keeps_the_entry(window, qtbot):
    page = window.journal_page
    window.show_page("journal", focus=True)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "confirm_delete")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(entry_titles(window)) == 5
    assert not window.undo_stack.canUndo()


def test_show_journal_applies_a_filter_from_another_page(window):
    from journal.services.timeline import TimelineFilter

    window.show_page("today")
    window.show_journal(TimelineFilter(pressure_only=True))
    assert window.current_page() == "journal"
    assert window.journal_page.filters.pressure_only.isChecked()
    assert len(entry_titles(window)) == 2


def test_controls_have_accessible_names(window):
    for widget in (window.search, window.sidebar, window.journal_page.view, window.journal_page.filters.client,
                   window.journal_page.filters.kind, window.journal_page.filters.pressure_only,
                   window.journal_page.detail.edit_button):  # fmt: skip
        assert widget.accessibleName(), widget
    row_text = window.journal_page.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert row_text.startswith("Gratitude")
    assert window.journal_page.model.index(1).data(EntryRole).kind == "gratitude"


def test_keyboard_only_focus_order_and_search_from_any_page(window, qtbot):
    window.show_page("settings")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "journal" and window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)
    assert window.sidebar.hasFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert window.journal_page.filters.client.hasFocus()
    filters = window.journal_page.filters
    for expected in (filters.kind, filters.tag, filters.pressure_only, filters.date_from, filters.date_to,
                     filters.clear, window.journal_page.view):  # fmt: skip
        for _ in range(4):  # Tab steps through a date field's day, month and year before leaving it
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is expected:
                break
        assert QApplication.focusWidget() is expected
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.journal_page.view.hasFocus()
    assert window.journal_page.selected_entry() is not None
    for menu in (window.actions_.file_menu, window.actions_.entry_menu, window.actions_.view_menu):
        assert "&" in menu.title()  # Alt+letter opens every menu
        for act in menu.actions():
            assert act.isSeparator() or act.shortcut().toString() or "&" in act.text(), act.text()


def test_the_daily_backup_is_made_once_when_the_window_starts_and_quits(window, filled, qtbot):  # noqa: ANN001
    from journal.services import backup

    qtbot.waitUntil(lambda: window.started)
    qtbot.waitUntil(lambda: len(backup.list_backups(filled.folder)) == 1, timeout=5000)
    window.close()
    assert len(backup.list_backups(filled.folder)) == 1  # at most one a day
