"""Dates and numbers: one style per kind in both languages, one rounding per figure on every face."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.services import formats, indicators, status_report, text
from journal.ui.dialogs.checkin import CheckinDialog
from journal.ui.widgets.level_card import signal_figure
from tests.helpers import client, interaction

ROOT = Path(__file__).resolve().parent.parent
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
TODAY = date.today()


@pytest.fixture(params=["en", "ru"])
def lang(request, qapp):
    text.use_language(request.param)
    yield request.param
    text.use_language("en")


def test_one_style_per_kind_of_date(lang):
    this_year, last_year = date(TODAY.year, 11, 21), date(TODAY.year - 1, 11, 21)
    at = datetime(TODAY.year, 12, 3, 14, 30)
    if lang == "en":
        assert formats.day(date(2026, 12, 3)) == "3 December 2026"
        assert formats.weekday(date(2026, 12, 3)) == "Thursday, 3 December 2026"
        assert formats.short_day(this_year) == "21 Nov"
        assert formats.short_day(last_year) == f"21 Nov {TODAY.year - 1}"
        assert formats.day_in_year(this_year) == "21 November"
        assert formats.time(at).replace("\u202f", " ") == "2:30 PM"
        assert formats.moment(at) == f"3 December {TODAY.year}, {formats.time(at)}"
    else:
        assert formats.day(date(2026, 12, 3)) == "3 декабря 2026 г."
        assert formats.weekday(date(2026, 12, 3)) == "четверг, 3 декабря 2026 г."
        assert formats.short_day(this_year) == "21 нояб."
        assert formats.short_day(last_year) == f"21 нояб. {TODAY.year - 1} г."
        assert formats.day_in_year(this_year) == "21 ноября"
        assert formats.moment(at) == f"3 декабря {TODAY.year} г., 14:30"


def test_one_rounding_per_figure(lang):
    point = "." if lang == "en" else ","
    assert formats.hours(5.625) in (f"5{point}6 h", f"5{point}6 ч")
    assert formats.hours(3) in ("3 h", "3 ч")
    assert formats.score(70.83) == "71" and formats.score(62.5) == "63"
    assert formats.number(12345.5, 1).replace("\u00a0", " ") in ("12,345.5", "12 345,5")


def _pushed_journal(journal, hours: float) -> None:
    c = client(journal)
    when = (datetime.now().astimezone() - timedelta(days=3)).isoformat(timespec="seconds")
    pressure = [{"kind": "free_work", "response": "conceded", "unpaid_hours": hours}]
    interaction(journal, c.id, when, "Extra banners for free", pressure=pressure)


def test_unpaid_hours_read_the_same_in_the_reason_the_figures_and_status(journal, lang):
    _pushed_journal(journal, 22.5)  # 5.625 h a week
    status = indicators.status(journal)
    [unpaid] = [s for s in status.signals if s.name == "unpaid_hours_per_week"]
    shown = "5.6" if lang == "en" else "5,6"
    reason = text.reason_text(unpaid)
    assert f"{shown} " in reason and "5.63" not in reason and "5,63" not in reason
    assert signal_figure(unpaid).endswith(f": {shown} {'h' if lang == 'en' else 'ч'}")
    report = status_report.as_text(status)
    assert f"{text.signal_name_text('unpaid_hours_per_week')}: {shown} " in report


def test_the_check_in_score_reads_the_same_in_the_dialog_the_reason_and_status(qtbot, journal):
    text.use_language("en")
    answers = (100, 75, 75, 50, 50, 75)  # mean 70.83
    dialog = CheckinDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    words = ["To a very high degree", "To a high degree", "To a high degree", "Somewhat", "Sometimes", "Often"]
    for group, word in zip(dialog.groups, words, strict=True):
        [button] = [b for b in group.buttons() if b.text() == word]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert indicators.checkin_history(journal)[0][1] == pytest.approx(sum(answers) / 6)
    assert dialog.result_label.text().startswith("Your score is 71 of 100")
    status = indicators.status(journal)
    [score] = [s for s in status.signals if s.name == "client_burnout_score"]
    assert "scores 71 of 100" in text.reason_text(score)
    assert "Client-related burnout (check-in): 71 (Amber)" in status_report.as_text(status)
    assert signal_figure(score) == "Client-related burnout (check-in): 71"


@pytest.mark.parametrize("lang_code", ["en", "ru"])
def test_status_never_prints_a_numeric_date(qapp, tmp_path, journal, lang_code):
    c = client(journal, stay_in_touch_days=7, created_at="2026-01-05T10:00:00+03:00")
    when = (datetime.now().astimezone() - timedelta(days=20)).isoformat(timespec="seconds")
    interaction(journal, c.id, when, "Renewal", follow_up_on=(TODAY - timedelta(days=2)).isoformat())
    journal.close()
    out = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(tmp_path / "data"), "status", "--lang", lang_code],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert not NUMERIC_DATE.findall(out), out
    due = TODAY - timedelta(days=2)
    text.use_language(lang_code)
    try:
        assert formats.short_day(due) in out and formats.day(TODAY) in out
    finally:
        text.use_language("en")
