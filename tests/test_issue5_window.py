"""Today, Incidents and Insights inside the main window: reasons open the journal, reminders open pages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from journal import i18n
from journal.services import capture
from journal.ui.app_settings import AppSettings
from journal.ui.window.main_window import MainWindow
from tests import today_journal as tj


@pytest.fixture
def window(tmp_path: Path, qtbot, journal):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    i18n.install("en")
    tj.bending_month(journal)
    ids = tj.every_reminder(journal)
    win = MainWindow(journal, AppSettings())
    qtbot.addWidget(win)
    today = win.pages["today"]
    with qtbot.waitSignal(today.status_ready, timeout=10000):
        win.resize(1280, 900)
        win.show()
        win.show_page("today")
    win.ids = ids
    return win


def test_a_reason_opens_the_journal_filtered_to_its_events(qtbot, window) -> None:
    today = window.pages["today"]
    assert today.card.word.text() == "Burnout risk: red"
    qtbot.mouseClick(today.card.reason_rows[0][1], Qt.MouseButton.LeftButton)
    assert window.current_page() == "journal"
    flt = window.journal_page.model.filter
    assert flt.pressure_only and flt.date_from == date.today() - timedelta(days=27) and flt.date_to == date.today()


def test_open_the_incident_from_today_then_resolve_it_there(qtbot, window) -> None:
    today = window.pages["today"]
    [row] = [r for r in today.attention.rows if r.reminder.kind == "incident"]
    qtbot.mouseClick(row.action, Qt.MouseButton.LeftButton)
    assert window.current_page() == "incidents"
    form = window.pages["incidents"].form
    assert form.incident_id == window.ids["incident"] and form.title.text() == "Late banners"
    with qtbot.waitSignal(window.journal_changed):
        qtbot.mouseClick(form.resolve_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(today.status_ready, timeout=10000):
        window.show_page("today")  # Today was hidden when the journal changed: it refreshes on showing
    assert "incident" not in today.attention.kinds()


def test_writes_from_today_reach_every_page(qtbot, window) -> None:
    today = window.pages["today"]
    [row] = [r for r in today.attention.rows if r.reminder.kind == "follow_up"]
    with qtbot.waitSignal(window.journal_changed), qtbot.waitSignal(today.status_ready, timeout=10000):
        qtbot.mouseClick(row.action, Qt.MouseButton.LeftButton)
    assert "follow_up" not in today.attention.kinds()
    assert capture.get(window.journal, "interaction", window.ids["follow_up"]).follow_up_done
    insights = window.pages["insights"]
    with qtbot.waitSignal(insights.status_ready, timeout=10000):
        window.show_page("insights")
    assert insights.level_label.text() == "Burnout risk: red"


def test_log_a_contact_opens_the_interaction_editor_preset_with_the_client(qtbot, window) -> None:
    today = window.pages["today"]
    [row] = [r for r in today.attention.rows if r.reminder.kind == "stay_in_touch"]
    qtbot.mouseClick(row.action, Qt.MouseButton.LeftButton)
    editor = window._editors[-1]
    assert editor.client.text() == "Quiet Co"
    qtbot.keyClicks(editor.summary, "Checked in on the spring campaign")
    with qtbot.waitSignal(window.journal_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    if window.current_page() != "today":  # the window may show the new entry in the journal
        with qtbot.waitSignal(today.status_ready, timeout=10000):
            window.show_page("today")
    else:
        qtbot.waitUntil(lambda: "stay_in_touch" not in today.attention.kinds())
    assert "stay_in_touch" not in today.attention.kinds()
