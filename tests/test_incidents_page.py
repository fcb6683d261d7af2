"""The Incidents page, driven as a person would: the six steps, a follow-up, the lesson, resolving."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from journal.domain.records import INCIDENT_STEPS
from journal.services import capture, incidents
from journal.ui.pages.incidents import IncidentsPage
from tests.unicode_keys import type_text


def make_page(qtbot, journal) -> IncidentsPage:
    page = IncidentsPage(journal)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_full_walk_through_creates_the_lesson_and_the_follow_up(qtbot, journal) -> None:
    client = capture.save(journal, "client", {"name": "Ирина Петрова"})
    page = make_page(qtbot, journal)
    form = page.form
    assert form.heading.text() == "New incident"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.title, "Late delivery of banners")
    type_text(form.client.lineEdit(), "ирина петрова")  # case-insensitive, Cyrillic
    for index, step in enumerate(INCIDENT_STEPS):
        assert form.pages.currentIndex() == index
        qtbot.keyClicks(form.notes[step], f"note for {step}")
        if step == "follow_up":
            qtbot.mouseClick(form.follow_up_set, Qt.MouseButton.LeftButton)
            assert form.follow_up.isEnabled()
            form.follow_up.setDate(form.follow_up.date().currentDate())
        if step == "learn":
            qtbot.keyClicks(form.next_time, "Confirm the print date in writing")
            assert not form.next.isEnabled()
        else:
            qtbot.mouseClick(form.next, Qt.MouseButton.LeftButton)
    assert form.progress.value() == 6
    assert form.progress_text.text() == "Steps with notes: 6 of 6"
    assert all(b.text().startswith("\u2713") for b in form.step_buttons)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert "Today will remind you to follow up" in form.status.text()
    [item] = incidents.list_incidents(journal)
    assert item.incident.client_id == client.id and item.incident.follow_up_on == date.today()
    assert item.incident.steps["acknowledge"] == "note for acknowledge"
    lesson = incidents.lesson_for(journal, item.incident.id)
    assert lesson is not None and lesson.lesson == "note for learn"
    assert (
        lesson.next_time == "Confirm the print date in writing" and lesson.what_happened == "Late delivery of banners"
    )
    rows = page.rows()
    assert [r.text(0) for r in rows] == ["Late delivery of banners"]
    assert rows[0].text(2) == "opened today · follow-up due"
    assert page.tree.topLevelItem(0).text(0) == "Open (1)"

    # saving again updates the same lesson, never a second one
    qtbot.keyClicks(form.notes["learn"], " and more")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert capture.count(journal, "lesson") == 1
    assert incidents.lesson_for(journal, item.incident.id).lesson == "note for learn and more"

    qtbot.mouseClick(form.resolve_button, Qt.MouseButton.LeftButton)
    assert incidents.list_incidents(journal)[0].incident.resolved_on == date.today()
    assert page.tree.topLevelItem(1).text(0) == "Resolved (1)"
    assert page.rows()[0].text(2) == "resolved the same day"
    assert form.resolve_button.text() == "Reopen"


def test_missing_title_and_client_are_said_beside_the_fields(qtbot, journal) -> None:
    page = make_page(qtbot, journal)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.form.title_error.isVisible() and "title" in page.form.title_error.text()
    assert page.form.client_error.isVisible() and "client" in page.form.client_error.text()
    assert capture.count(journal, "incident") == 0


def test_list_shows_age_and_opening_an_incident_loads_its_steps(qtbot, journal) -> None:
    client = capture.save(journal, "client", {"name": "Vector LLC"})
    old = capture.save(
        journal,
        "incident",
        {"client_id": client.id, "opened_on": (date.today() - timedelta(days=5)).isoformat(), "title": "Wrong invoice",
         "steps": {"listen": "heard them out"}},
    )  # fmt: skip
    capture.save(
        journal,
        "incident",
        {"client_id": client.id, "opened_on": (date.today() - timedelta(days=9)).isoformat(), "title": "Missed call",
         "resolved_on": (date.today() - timedelta(days=6)).isoformat()},
    )  # fmt: skip
    page = make_page(qtbot, journal)
    assert [(r.text(0), r.text(2)) for r in page.rows()] == [
        ("Wrong invoice", "open 5 days"),
        ("Missed call", "resolved in 3 days"),
    ]
    page.open_incident(old.id)
    assert page.form.title.text() == "Wrong invoice" and page.form.client.currentText() == "Vector LLC"
    assert page.form.notes["listen"].toPlainText() == "heard them out"
    assert page.form.pages.currentIndex() == 1  # continues at the first step without notes
    assert page.form.progress_text.text() == "Steps with notes: 1 of 6"
