"""Good signs in the window: typed with the keyboard in the interaction editor, marked on the timeline
with their own shape and colour, listed in the detail pane, and kept in drafts."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from journal.services import capture
from journal.store import models as m
from journal.ui import theme
from journal.ui.editors import EditorDialog
from journal.ui.window.main_window import MainWindow
from tests.window.conftest import add_interaction, open_new_interaction

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def teal_pixels(win: MainWindow, row: int) -> int:
    """How many pixels of the good-sign teal the timeline paints in one row."""
    view = win.journal_page.view
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab(rect).toImage()
    teal = theme.good_sign_color()
    found = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            pixel = QColor(image.pixel(QPoint(x, y)))
            if abs(pixel.red() - teal.red()) + abs(pixel.green() - teal.green()) + abs(pixel.blue() - teal.blue()) < 40:
                found += 1
    return found


def row_of(win: MainWindow, title: str) -> int:
    model = win.journal_page.model
    return next(r for r in range(model.rowCount()) if (e := model.entry_at(r)) and e.title == title)


def test_a_good_sign_has_its_own_mark_on_the_timeline(window, filled, qtbot):
    dan = next(c for c in capture.list_clients(filled) if c.name == "Daniel Brooks")
    with_sign = add_interaction(
        filled, dan.id, "Signed off the estimate as quoted", datetime.now() - timedelta(minutes=5)
    )
    with filled.write() as session:
        session.add(m.GoodSign(id="s-1", interaction_id=with_sign, position=0, kind="accepted_no", note="No haggling"))
    window.journal_changed.emit()
    page = window.journal_page
    signed = row_of(window, "Signed off the estimate as quoted")
    entry = page.model.entry_at(signed)
    assert entry.signs == ("accepted_no",)
    assert "accepted a no" in page.model.describe(entry)
    plain = row_of(window, "Согласовали баннеры")
    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(plain, 0))
    qtbot.wait(10)
    assert teal_pixels(window, signed) > 20  # the mark is drawn
    assert teal_pixels(window, plain) == 0  # and only where there is a sign


def add_thanked_sign_by_keyboard(editor: EditorDialog, qtbot, note: str) -> None:  # noqa: ANN001
    """Alt+G lands on the first «+ Good sign» button; Tab walks the kinds; Space adds one; type the note."""
    qtbot.keyClick(editor.summary, Qt.Key.Key_G, ALT)
    assert editor.focusWidget() is editor.signs.buttons["accepted_no"]
    for _ in range(4):  # accepted a no → paid for extra → referred you → joint win → thanked you
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.signs.buttons["thanked"]
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Space)
    assert [row.kind.currentData() for row in editor.signs.rows] == ["thanked"]
    assert editor.focusWidget() is editor.signs.rows[0].note  # ready for the optional note
    qtbot.keyClicks(editor.focusWidget(), note)


def test_a_draft_keeps_its_good_signs(window, filled, qtbot):
    editor = open_new_interaction(window, qtbot)
    qtbot.keyClicks(editor.client, "Daniel Brooks")
    qtbot.keyClicks(editor.summary, "Half-written")
    add_thanked_sign_by_keyboard(editor, qtbot, "For the banners")
    state = editor.state()
    again = type(editor)(filled, None, None, window, state=state)
    qtbot.addWidget(again)
    assert [(r.kind.currentData(), r.note.text()) for r in again.signs.rows] == [("thanked", "For the banners")]
    editor._dirty = again._dirty = False
