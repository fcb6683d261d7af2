"""Today, driven as a person would: the level card and its reasons, acting on every reminder, gratitude."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from journal.services import capture, incidents, indicators
from journal.ui.pages.incidents import IncidentsPage
from journal.ui.pages.today import TodayPage
from tests import today_journal as tj


def open_today(qtbot, journal) -> TodayPage:
    page = TodayPage(journal)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.resize(1100, 900)
        page.show()
    return page


def acted(qtbot, page: TodayPage, button) -> None:
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_of(page: TodayPage, kind: str):
    [row] = [r for r in page.attention.rows if r.reminder.kind == kind]
    return row


def test_level_card_is_red_with_the_right_reason_on_a_bending_month(qtbot, journal) -> None:
    tj.bending_month(journal)
    page = open_today(qtbot, journal)
    assert page.card.word.text() == "Red"
    assert page.card.reason_texts()[0] == "\u25a0 You conceded 6 of 8 pushes in the last 28 days (red from 75%)."
    assert page.card.reason_texts()[1].startswith("\u25b2 Clients pushed you 8 times in the last 28 days, 2 a week")
    assert "Concession rate: 75%" in page.card.figures.text()
    # a reason opens the journal filtered to the events it counts
    with qtbot.waitSignal(page.journal_requested) as asked:
        qtbot.mouseClick(page.card.reason_rows[0][1], Qt.MouseButton.LeftButton)
    flt = asked.args[0]
    assert flt.pressure_only and flt.date_to == date.today() and flt.date_from == date.today() - timedelta(days=27)


def test_level_card_is_green_on_a_calm_month(qtbot, journal) -> None:
    tj.calm_month(journal)
    page = open_today(qtbot, journal)
    assert page.card.word.text() == "Green"
    assert page.card.reason_texts() == []
    assert page.card.headline.text() == "No warning signs in the last 28 days."
    assert (
        page.card.figures.text()
        == "Pressure events per week: 0.25 · Unpaid hours per week: 0 h · Client-related burnout (check-in): 13"
    )


def test_empty_journal_says_not_enough_data(qtbot, journal) -> None:
    page = open_today(qtbot, journal)
    assert page.card.word.text() == "Not enough data yet"
    assert page.attention.kinds() == ["checkin"]
    assert page.chart.weeks and len(page.chart.weeks) == 12


def test_acting_on_each_reminder_kind_removes_it(qtbot, journal) -> None:
    ids = tj.every_reminder(journal)
    page = open_today(qtbot, journal)
    assert sorted(page.attention.kinds()) == ["checkin", "follow_up", "incident", "stay_in_touch"]

    acted(qtbot, page, row_of(page, "follow_up").action)  # Mark done
    assert "follow_up" not in page.attention.kinds()
    assert capture.get(journal, "interaction", ids["follow_up"]).follow_up_done

    qtbot.mouseClick(row_of(page, "checkin").action, Qt.MouseButton.LeftButton)  # Take the check-in
    dialog = page.checkin_dialog
    for group in dialog.groups:
        qtbot.mouseClick(group.buttons()[3], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "checkin" not in page.attention.kinds()
    assert indicators.checkin_history(journal) == [(date.today(), 25.0)]

    # Open the incident: the Incidents page shows it; resolving it there clears the reminder.
    incidents_page = IncidentsPage(journal)
    qtbot.addWidget(incidents_page)
    page.incident_requested.connect(incidents_page.open_incident)
    incidents_page.form.saved.connect(lambda _id: page.refresh())
    qtbot.mouseClick(row_of(page, "incident").action, Qt.MouseButton.LeftButton)
    assert incidents_page.form.incident_id == ids["incident"]
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.mouseClick(incidents_page.form.resolve_button, Qt.MouseButton.LeftButton)
    assert "incident" not in page.attention.kinds()
    assert incidents.list_incidents(journal)[0].incident.resolved_on == date.today()

    # Log a contact: Today asks for the interaction editor preset with the client.
    with qtbot.waitSignal(page.contact_requested) as asked:
        qtbot.mouseClick(row_of(page, "stay_in_touch").action, Qt.MouseButton.LeftButton)
    assert asked.args == [ids["stay_in_touch"]]
    tj.interaction(journal, ids["stay_in_touch"], 0)  # what saving that editor writes
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.refresh()
    assert page.attention.kinds() == []
    assert page.attention.empty.isVisible()


@pytest.mark.parametrize("kind", ["follow_up", "stay_in_touch", "incident", "checkin"])
def test_snoozing_any_reminder_hides_it_for_a_week(qtbot, journal, kind: str) -> None:
    tj.every_reminder(journal)
    page = open_today(qtbot, journal)
    acted(qtbot, page, row_of(page, kind).snooze)
    assert kind not in page.attention.kinds() and len(page.attention.rows) == 3 == len(page.attention.reminders)
    page.as_of = date.today() + timedelta(days=7)  # a week later it is back
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.refresh()
    assert kind in page.attention.kinds()


def test_gratitude_prompt_saves_a_note_in_one_line(qtbot, journal) -> None:
    page = open_today(qtbot, journal)
    qtbot.mouseClick(page.gratitude_save, Qt.MouseButton.LeftButton)
    assert "grateful" in page.gratitude_message.text()
    assert capture.count(journal, "gratitude") == 0
    qtbot.keyClicks(page.gratitude, "Irina, for the quick sign-off")
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.keyClick(page.gratitude, Qt.Key.Key_Return)
    assert capture.count(journal, "gratitude") == 1 and page.gratitude.text() == ""
    assert page.data.status.trend[-1].gratitude == 1
    assert page.gratitude_message.text() == "Saved. If you can, tell them too."


def test_a_past_lesson_comes_back_a_different_one_each_day(qtbot, journal) -> None:
    for i in range(3):
        capture.save(
            journal,
            "lesson",
            {"written_on": (date.today() - timedelta(days=10 + i)).isoformat(), "lesson": f"Lesson {i}"},
        )
    page = open_today(qtbot, journal)
    shown = {}
    for offset in range(3):
        page.as_of = date.today() + timedelta(days=offset)
        with qtbot.waitSignal(page.status_ready, timeout=10000):
            page.refresh()
        shown[offset] = page.data.lesson.lesson
        assert shown[offset] in page.lesson_label.text()
    assert sorted(shown.values()) == ["Lesson 0", "Lesson 1", "Lesson 2"]


def test_trend_chart_has_twelve_points_per_series_for_a_known_journal(qtbot, journal) -> None:
    tj.bending_month(journal)  # 8 pushes over the last 23 days, 6 conceded
    page = open_today(qtbot, journal)
    weeks = page.chart.weeks
    assert len(weeks) == 12 and weeks[-1].start <= date.today() < weeks[-1].start + timedelta(days=7)
    assert sum(w.pressure for w in weeks) == 8 and sum(w.conceded for w in weeks) == 6
    geo = page.chart.chart_geometry()
    for series in (geo.pressure_bars, geo.conceded_bars, geo.unpaid_points, geo.gratitude_points):
        assert len(series) == 12
    for week, bar in zip(weeks, geo.pressure_bars, strict=True):
        assert bar.height() == pytest.approx(geo.plot.height() * week.pressure / geo.count_max)
    assert all(bar.height() == 0 for bar in geo.pressure_bars[:7])  # nothing before the month
