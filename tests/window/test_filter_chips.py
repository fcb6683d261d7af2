"""Filters a person can see: "Show the events" leaves chips above the timeline, each removable,
with "Clear"; a new entry the filters hide is announced with "Show it"; "N found" is the
Journal's alone. English and Russian."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journal import i18n
from journal.services import capture
from tests.window.conftest import add_interaction, settle
from tests.window.test_capture_e2e import open_by_shortcut, save_with_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bending(window, filled, qtbot):  # noqa: ANN001, ANN201
    """Four more conceded pushes this week: Today has reasons, each with "Show the events"."""
    [irina] = [c for c in capture.list_clients(filled) if c.name == "Ирина Петрова"]
    for n in range(4):
        add_interaction(filled, irina.id, f"Ещё бесплатно {n}", datetime.now() - timedelta(days=n + 1, hours=2),
                        pressure=[{"kind": "free_work", "response": "conceded", "unpaid_hours": 2}])  # fmt: skip
    window.journal_changed.emit()
    return window


def show_the_events(win, qtbot):  # noqa: ANN001, ANN201
    qtbot.keyClick(win, Qt.Key.Key_1, CTRL)
    today = win.pages["today"]
    qtbot.waitUntil(lambda: today.data is not None and bool(today.card.reason_rows), timeout=20000)
    qtbot.mouseClick(today.card.reason_rows[0][1], Qt.MouseButton.LeftButton)
    assert win.current_page() == "journal"
    return win.journal_page


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Kind: Interaction", "Pressure only", "From ", "To "]),
        ("ru", ["Вид: Взаимодействие", "Только давление", "От ", "До "]),
    ],
)
def test_show_the_events_leaves_removable_chips(bending, qtbot, lang, words):
    if lang == "ru":
        i18n.install("ru")
        qtbot.wait(80)
    page = show_the_events(bending, qtbot)
    chips = page.chips
    assert chips.isVisible()
    shown = chips.texts()
    assert len(shown) == 4
    for text, start in zip(shown, words, strict=True):
        assert text.startswith(start), shown
    assert chips.clear.text() == ("Clear" if lang == "en" else "Сбросить")
    pushed = page.model.entry_count()
    qtbot.mouseClick(chips.chips["pressure_only"], Qt.MouseButton.LeftButton)  # ✕ on "Pressure only"
    assert "pressure_only" not in chips.chips and len(chips.texts()) == 3
    assert not page.filters.pressure_only.isChecked()
    assert page.model.entry_count() > pushed
    qtbot.mouseClick(chips.clear, Qt.MouseButton.LeftButton)
    assert not chips.isVisible()
    assert page.model.entry_count() == 9  # the five of the journal and the four pushes
    i18n.install("en")


def test_a_new_entry_the_filters_hide_is_announced_with_show_it(bending, qtbot):
    page = show_the_events(bending, qtbot)
    editor = open_by_shortcut(bending, qtbot, Qt.Key.Key_G)  # a gratitude note: not an interaction with pressure
    qtbot.keyClicks(editor.text, "Thanks to the print shop")
    save_with_keyboard(editor, qtbot, editor.text)
    notice = bending.hidden_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text() == "Saved — hidden by the filters ·" and notice.button.text() == "Show it"
    assert all(
        page.model.entry_at(r) is None or page.model.entry_at(r).title != "Thanks to the print shop"
        for r in range(page.model.rowCount())
    )
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and not page.chips.isVisible()
    entry = page.selected_entry()
    assert entry is not None and entry.title == "Thanks to the print shop"
    settle()


def test_a_save_the_filters_keep_says_saved_only(bending, qtbot):
    show_the_events(bending, qtbot)
    editor = open_by_shortcut(bending, qtbot, Qt.Key.Key_G)
    bending.journal_page.chips.cleared.emit()
    qtbot.keyClicks(editor.text, "Thanks again")
    save_with_keyboard(editor, qtbot, editor.text)
    assert not bending.hidden_notice.isVisible()
    assert bending.journal_page.selected_entry().title == "Thanks again"


def test_the_found_count_belongs_to_the_journal_page(bending, qtbot):
    page = show_the_events(bending, qtbot)
    label = bending.count_label
    qtbot.waitUntil(lambda: label.text().endswith("found"))
    assert label.isVisible()
    for key, name in ((Qt.Key.Key_1, "today"), (Qt.Key.Key_3, "clients"), (Qt.Key.Key_5, "insights")):
        qtbot.keyClick(bending, key, CTRL)
        assert bending.current_page() == name and not label.isVisible()
    qtbot.keyClick(bending, Qt.Key.Key_2, CTRL)
    assert label.isVisible() and page.chips.isVisible()
