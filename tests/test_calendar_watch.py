"""Settings → Calendar's file, re-read on a worker: unchanged costs nothing, a change is imported,
a broken file is reported once, not every hour."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from journal.ui.app_settings import AppSettings
from journal.ui.calendar_watch import CalendarWatch
from journal.ui.pages.settings_calendar import CalendarGroup

CALENDARS = Path(__file__).resolve().parent / "fixtures" / "calendars"


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "rapport.ini"), QSettings.Format.IniFormat))


def test_the_hourly_re_read(qtbot, journal, app_settings, tmp_path):
    path = tmp_path / "work.ics"
    shutil.copy(CALENDARS / "apple.ics", path)
    group = CalendarGroup(app_settings)
    qtbot.addWidget(group)
    group.set_file(str(path))
    assert str(path) in group.file_label.text() and group.read_now.isEnabled()
    watch = CalendarWatch(journal, app_settings)
    watch.problem.connect(group.show_problem)
    watch.imported.connect(group.show_result)
    with qtbot.waitSignal(watch.imported, timeout=10000) as got:
        watch.check()
    assert got.args[0].added == 2
    assert group.status.text() == "Read: 2 new, 0 changed, 0 removed, 2 skipped."
    with qtbot.waitSignal(watch.unchanged, timeout=10000):
        watch.check()  # the hour after: same size and time, nothing read
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n")  # broken
    problems = []
    watch.problem.connect(problems.append)
    for _ in range(3):
        worker = watch.check()
        qtbot.waitUntil(lambda w=worker: w not in watch.running, timeout=10000)
    assert len(problems) == 1 and "never closed" in problems[0]  # once, not every hour
    assert "never closed" in group.status.text()
    shutil.copy(CALENDARS / "apple.ics", path)
    with qtbot.waitSignal(watch.unchanged, timeout=10000):
        watch.check()  # read well again: the same content as imported (its hash), nothing to do
    problems.clear()
    path.write_bytes(b"not a calendar")
    with qtbot.waitSignal(watch.problem, timeout=10000):
        watch.check()  # a new problem after a good reading is reported again
    group.set_file("")
    assert watch.check() is None and not group.read_now.isEnabled()
