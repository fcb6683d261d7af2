"""Capturing each kind of entry with the editors, as a person types and clicks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.services import capture, timeline
from tests.ui.person import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def irina(journal):
    return capture.save(journal, "client", {"name": "Ирина Петрова", "company": "ООО Вектор"})


def test_pushed_i_gave_in_two_hours_is_three_clicks(qtbot, open_ed, journal, irina):
    editor = open_ed("interaction")
    type_text(qtbot, editor.client, "ири")
    popup = editor.client.completer().popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Ирина Петрова"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.client.text() == "Ирина Петрова"
    type_text(qtbot, editor.summary, "Asked for extra banners for free")

    qtbot.mouseClick(editor.pressure.quick_add, LEFT)  # 1
    row = editor.pressure.rows[0]
    assert QApplication.focusWidget() is row.hours
    assert row.response.currentText() == "I gave in"
    qtbot.mouseClick(row.quick[1], LEFT)  # 2: «2 h»
    assert row.hours.text() == "2"
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)  # 3

    assert saved.args[0] == "interaction"
    item = capture.get(journal, "interaction", saved.args[1])
    assert item.client_id == irina.id
    assert item.summary == "Asked for extra banners for free"
    assert [(p.kind, p.response, p.unpaid_hours) for p in item.pressure] == [("free_work", "conceded", 2.0)]
    assert not editor.isVisible()


def test_a_new_name_creates_the_client_with_the_interaction(qtbot, open_ed, journal, irina):
    editor = open_ed("interaction")
    type_text(qtbot, editor.client, "Олег Смирнов")
    assert editor.client_hint.isVisible()
    assert "Олег Смирнов" in editor.client_hint.text()
    type_text(qtbot, editor.summary, "Первый звонок")
    editor.channel.setCurrentIndex(editor.channel.findText("Meeting"))
    type_text(qtbot, editor.tags, "retail, q4")
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    oleg = capture.find_client(journal, "олег смирнов")
    assert len(oleg) == 1
    assert capture.count(journal, "client") == 2
    (entry,) = timeline.page(journal)
    item = capture.get(journal, "interaction", entry.id)
    assert (item.client_id, item.channel, item.tags) == (oleg[0].id, "meeting", ("retail", "q4"))


def test_gratitude_saved_with_ctrl_enter(qtbot, open_ed, journal, irina):
    editor = open_ed("gratitude")
    type_text(qtbot, editor.to, "Ирина Петрова")
    type_text(qtbot, editor.text, "Thanked Irina for the quick sign-off")
    qtbot.mouseClick(editor.expressed, LEFT)
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note = capture.get(journal, "gratitude", saved.args[1])
    assert (note.to_client_id, note.to_name, note.expressed) == (irina.id, None, True)
    assert note.text == "Thanked Irina for the quick sign-off"
    assert note.written_on == date.today()


def test_gratitude_to_a_free_name(qtbot, open_ed, journal):
    editor = open_ed("gratitude")
    type_text(qtbot, editor.to, "Мама")
    type_text(qtbot, editor.text, "За поддержку")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    note = capture.get(journal, "gratitude", saved.args[1])
    assert (note.to_client_id, note.to_name) == (None, "Мама")


def test_client_saved_with_cadence_and_tags(qtbot, open_ed, journal):
    editor = open_ed("client")
    type_text(qtbot, editor.name, "Анна Ким")
    type_text(qtbot, editor.company, "Лето")
    editor.cadence.selectAll()
    type_text(qtbot, editor.cadence, "30")
    type_text(qtbot, editor.tags, "retail")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)
    client = capture.get(journal, "client", saved.args[1])
    assert (client.name, client.company, client.stay_in_touch_days, client.tags) == (
        "Анна Ким",
        "Лето",
        30,
        ("retail",),
    )


def test_lesson_from_an_interaction_is_linked_to_it(qtbot, open_ed, journal, irina):
    item = capture.save(
        journal,
        "interaction",
        {"client_id": irina.id, "occurred_at": "2026-11-20T14:30:00+03:00", "summary": "Demanded 70% off"},
    )
    editor = open_ed("interaction", entity_id=item.id)
    assert editor.summary.text() == "Demanded 70% off"
    qtbot.mouseClick(editor.lesson_button, LEFT)
    lesson_editor = editor.lesson_editor
    qtbot.addWidget(lesson_editor)
    assert lesson_editor.isVisible()
    assert "Demanded 70% off" in lesson_editor.about.text()
    type_text(qtbot, lesson_editor.lesson, "Say the price of extra work before doing it")
    with qtbot.waitSignal(lesson_editor.saved) as saved:
        qtbot.mouseClick(lesson_editor.save_button, LEFT)
    lesson = capture.get(journal, "lesson", saved.args[1])
    assert lesson.interaction_id == item.id
    assert lesson.lesson == "Say the price of extra work before doing it"
    assert capture.get(journal, "interaction", item.id).occurred_at.isoformat() == "2026-11-20T14:30:00+03:00"


def test_editing_keeps_pressure_and_removes_a_row(qtbot, open_ed, journal, irina):
    item = capture.save(
        journal,
        "interaction",
        {
            "client_id": irina.id,
            "occurred_at": "2026-11-20T14:30:00+03:00",
            "summary": "Pushed twice",
            "pressure": [{"kind": "discount", "response": "held", "discount_pct": 70}, {"kind": "deadline"}],
        },
    )
    editor = open_ed("interaction", entity_id=item.id)
    assert [r.kind.currentText() for r in editor.pressure.rows] == ["Discount", "Impossible deadline"]
    assert editor.pressure.rows[0].discount.text() == "70"
    qtbot.mouseClick(editor.pressure.rows[1].remove, LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = capture.get(journal, "interaction", item.id)
    assert [(p.id, p.kind, p.discount_pct) for p in saved.pressure] == [(item.pressure[0].id, "discount", 70)]


def test_markdown_preview_renders_the_notes(qtbot, open_ed, journal):
    editor = open_ed("interaction")
    type_text(qtbot, editor.notes.editor, "Needs **three** banners")
    editor.notes.setCurrentIndex(1)
    assert editor.notes.preview.toPlainText() == "Needs three banners"
