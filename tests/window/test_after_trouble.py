"""After trouble, the window offers «Thank someone?» and «What was the lesson?» without taking focus."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.services import capture
from tests.window.conftest import open_new_interaction

CTRL = Qt.KeyboardModifier.ControlModifier


def client_id(journal, name: str) -> str:  # noqa: ANN001
    return next(c.id for c in capture.list_clients(journal) if c.name == name)


def test_saving_a_conceded_push_offers_the_next_steps_without_taking_focus(window, filled, qtbot):
    bar = window.after_trouble
    assert not bar.isVisible()
    editor = open_new_interaction(window, qtbot)
    qtbot.keyClicks(editor.client, "Daniel Brooks")
    qtbot.keyClicks(editor.summary, "Another free landing page")
    qtbot.mouseClick(editor.pressure.quick_add, Qt.MouseButton.LeftButton)  # free work, I gave in
    typing = window.open_editor("interaction")  # meanwhile the manager types in a second editor
    assert typing is not editor
    typing.activateWindow()
    qtbot.waitUntil(typing.isActiveWindow)
    qtbot.mouseClick(typing.summary, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(typing.summary, "Half a")
    assert QApplication.focusWidget() is typing.summary
    with qtbot.waitSignal(editor.saved):
        editor.save()  # the first one is saved (as its Save button would)
    assert bar.isVisible()
    assert "Daniel Brooks" in bar.message.text()
    assert QApplication.focusWidget() is typing.summary  # the bar took nothing
    assert QApplication.activeWindow() is typing
    assert not bar.isAncestorOf(window.focusWidget())  # not even the main window's own focus
    qtbot.keyClicks(QApplication.focusWidget(), " sentence")
    assert typing.summary.text() == "Half a sentence"
    typing._dirty = False

    qtbot.mouseClick(bar.thank_button, Qt.MouseButton.LeftButton)
    note = window._editors[-1]
    assert note.kind == "gratitude" and note.to.text() == "Daniel Brooks"  # addressed to that client
    assert not bar.isVisible()


def test_the_lesson_step_links_the_lesson_to_the_interaction(window, filled, qtbot):
    bar = window.after_trouble
    editor = open_new_interaction(window, qtbot)
    qtbot.keyClicks(editor.client, "Daniel Brooks")
    qtbot.keyClicks(editor.summary, "Shouted at me on the call")
    editor.mood.setCurrentIndex(editor.mood.findData(-2))
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.summary, Qt.Key.Key_Return, CTRL)
    assert bar.isVisible()
    saved_id = editor.entity_id
    qtbot.mouseClick(bar.lesson_button, Qt.MouseButton.LeftButton)
    lesson = window._editors[-1]
    qtbot.keyClicks(lesson.lesson, "Agree the agenda before the call")
    with qtbot.waitSignal(lesson.saved):
        lesson.save()
    assert capture.get(filled, "lesson", lesson.entity_id).interaction_id == saved_id


def test_no_offer_after_an_ordinary_interaction_and_it_goes_away_by_itself(window, filled, qtbot):
    bar = window.after_trouble
    editor = open_new_interaction(window, qtbot)
    qtbot.keyClicks(editor.client, "Daniel Brooks")
    qtbot.keyClicks(editor.summary, "Friendly catch-up")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.summary, Qt.Key.Key_Return, CTRL)
    assert not bar.isVisible()
    bar.hide_after_ms = 50
    dan = client_id(filled, "Daniel Brooks")
    saved = capture.save(
        filled,
        "interaction",
        {
            "client_id": dan,
            "occurred_at": (datetime.now() - timedelta(hours=1)).astimezone().isoformat(timespec="seconds"),
            "summary": "Rush job, unpaid",
            "pressure": [{"kind": "deadline", "response": "conceded"}],
        },
    )
    assert bar.consider("interaction", saved.id)
    assert bar.isVisible()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)


def test_resolving_an_incident_offers_the_next_steps(window, filled, qtbot):
    incident = capture.save(
        filled,
        "incident",
        {
            "client_id": client_id(filled, "Ирина Петрова"),
            "opened_on": date.today().isoformat(),
            "title": "Late banners",
        },
    )
    window.show_page("incidents")
    page = window.pages["incidents"]
    page.open_incident(incident.id)
    qtbot.mouseClick(page.form.resolve_button, Qt.MouseButton.LeftButton)
    bar = window.after_trouble
    assert bar.isVisible() and "Late banners" in bar.message.text()
    qtbot.mouseClick(bar.lesson_button, Qt.MouseButton.LeftButton)
    lesson = window._editors[-1]
    qtbot.keyClicks(lesson.lesson, "Send the schedule on Monday")
    with qtbot.waitSignal(lesson.saved):
        lesson.save()
    assert capture.get(filled, "lesson", lesson.entity_id).incident_id == incident.id
