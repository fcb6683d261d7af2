"""Settings page: language switches at once (Russian), theme switches light/dark, thresholds saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journal.services import indicators


def choose(combo, qtbot, data: str) -> None:  # noqa: ANN001
    """Pick an item with the keyboard, as a person would: focus, then arrow keys until it is chosen."""
    combo.setFocus()
    target = combo.findData(data)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_switching_to_russian_retranslates_the_window_at_once(window, settings, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["settings"]
    assert window.sidebar.item(1).text() == "Journal"
    choose(page.language, qtbot, "ru")
    assert settings.language == "ru"
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Журнал")  # LanguageChange is delivered by the loop
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.journal_page.filters.pressure_only.text() == "Только дав&ление"
    assert window.search.placeholderText() == "Поиск по журналу (Ctrl+F)"
    qtbot.waitUntil(lambda: window.count_label.text() == "5 записей")
    first_row = window.journal_page.model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert first_row.startswith("Сегодня, ")
    assert "Скидка: уступка" in window.journal_page.model.describe(window.journal_page.model.entry_at(2))
    choose(page.language, qtbot, "en")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Journal")


def test_theme_dark_and_light(window, settings, qtbot):
    page = window.pages["settings"]
    window.show_page("settings")
    choose(page.theme, qtbot, "dark")
    assert settings.theme == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    choose(page.theme, qtbot, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_thresholds_are_saved_in_the_journal(window, filled, qtbot):
    page = window.pages["settings"]
    _label, amber, red = page.threshold_fields["pressure_per_week"]
    amber.setFocus()
    amber.selectAll()
    qtbot.keyClicks(amber, "3")
    qtbot.mouseClick(page.save_thresholds, Qt.MouseButton.LeftButton)
    assert indicators.load_thresholds(filled).pressure_per_week[0] == 3.0
    red.selectAll()
    qtbot.keyClicks(red, "1")  # red below amber: refused, with the reason beside the fields
    qtbot.mouseClick(page.save_thresholds, Qt.MouseButton.LeftButton)
    assert indicators.load_thresholds(filled).pressure_per_week == (3.0, 4.0)
    assert page.threshold_error.text() and page.threshold_error.text() != "Saved."
