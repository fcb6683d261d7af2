"""Notifications with a fake clock: nothing at 8:59, one at 9:00, none again that hour, none on a
day with nothing new, the weekly one on its weekday, the off switch; and the words, in both
languages, with their plurals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QSettings

from journal.domain.indicators import Reminder
from journal.domain.notifications import Counts, Notice, NoticeSettings, NoticeState, decide
from journal.services import text
from journal.services.notice_text import notice_body
from journal.ui.app_settings import AppSettings
from journal.ui.notifier import Notifier
from tests.helpers import client, interaction

DAY = date(2026, 11, 24)  # a Tuesday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def follow_up(n: int, due: date = DAY) -> Reminder:
    return Reminder("follow_up", f"i{n}", "c1", "Irina", due, f"Banners {n}", 0)


def test_the_daily_rules_step_by_step():
    settings, state = NoticeSettings(), NoticeState()
    due = [follow_up(1), follow_up(2)]
    notice, state = decide(at(8, 59), due, settings, state)
    assert notice is None  # nothing before 9:00
    notice, state = decide(at(9, 0), due, settings, state)
    assert notice is not None and notice.kind == "due" and notice.counts.follow_ups == 2
    assert notice.first == due[0]  # a click opens Today at this one
    more = [*due, follow_up(3)]
    notice, state = decide(at(9, 30), more, settings, state)
    assert notice is None  # never more than one an hour, even with something new
    notice, state = decide(at(10, 0), more, settings, state)
    assert notice is not None and notice.counts.follow_ups == 3  # the new one, after the hour
    notice, state = decide(at(11, 0), more, settings, state)
    assert notice is None  # nothing new since
    next_day = DAY + timedelta(days=1)
    notice, state = decide(at(9, 0, next_day), more, settings, state)
    assert notice is None  # a day with nothing new: no notice
    notice, _ = decide(at(9, 5, next_day), [*more, follow_up(4, next_day)], settings, state)
    assert notice is not None


def test_the_off_switch_and_a_later_time():
    due = [follow_up(1)]
    assert decide(at(12), due, NoticeSettings(enabled=False), NoticeState())[0] is None
    assert decide(at(9, 30), due, NoticeSettings(daily_at=time(10)), NoticeState())[0] is None
    assert decide(at(10), due, NoticeSettings(daily_at=time(10)), NoticeState())[0] is not None


def test_the_weekly_notice_comes_once_on_its_weekday():
    settings = NoticeSettings(weekly_day=DAY.weekday())
    notice, state = decide(at(9), [], settings, NoticeState(), (9, 3, 1))
    assert notice is not None and notice.kind == "weekly" and notice.week == (9, 3, 1)
    notice, state = decide(at(11), [], settings, state, (9, 3, 1))
    assert notice is None
    assert decide(at(9, 0, DAY + timedelta(days=1)), [], settings, state)[0] is None


def test_the_words_and_plurals_in_both_languages(qapp):
    notice = Notice("due", Counts(follow_ups=3, stay_in_touch=1, meetings=2))
    weekly = Notice("weekly", Counts(), None, (9, 3, 1))
    try:
        text.use_language("en")
        assert notice_body(notice, 30) == (
            "3 follow-ups due · 1 client you have not contacted in 30 days · 2 meetings to log"
        )
        assert notice_body(Notice("due", Counts(follow_ups=1, meetings=1))) == "1 follow-up due · 1 meeting to log"
        assert notice_body(weekly) == "Your week: 9 interactions, 3 pushes, 1 conceded · Open the review"
        text.use_language("ru")
        assert notice_body(notice, 30) == (
            "3 обещанных контакта ждут · 1 клиент без связи больше 30 дн. · 2 встречи ждут записи"
        )
        assert notice_body(Notice("due", Counts(follow_ups=5, stay_in_touch=2, meetings=21))) == (
            "5 обещанных контактов ждут · 2 клиентам пора написать · 21 встреча ждёт записи"
        )
        assert notice_body(weekly) == "Ваша неделя: 9 контактов, 3 случая давления, 1 уступка · Открыть обзор"
    finally:
        text.use_language("en")


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "rapport.ini"), QSettings.Format.IniFormat))


def test_the_notifier_computes_what_is_due_on_a_worker_and_speaks_by_the_fake_clock(qtbot, journal, app_settings):
    irina = client(journal, "Irina Petrova")
    today = date.today()
    interaction(journal, irina.id, f"{today - timedelta(days=3)}T10:00:00+00:00", "Banners",
                follow_up_on=(today - timedelta(days=1)).isoformat())  # fmt: skip
    app_settings.weekly_day = -1
    clock = {"now": datetime.combine(today, time(8, 59))}
    shown: list[tuple[str, str]] = []

    def show(notice: Notice, days: int | None) -> tuple[str, str]:
        shown.append((notice.kind, notice_body(notice, days)))
        return "Rapport", shown[-1][1]

    notifier = Notifier(journal, app_settings, show, lambda: clock["now"])

    def check() -> Notice | None:
        with qtbot.waitSignal(notifier.checked, timeout=10000) as got:
            notifier.check()
        return got.args[1]

    assert check() is None and shown == []  # 8:59
    clock["now"] = datetime.combine(today, time(9, 0))
    assert check() is not None
    assert shown[0][0] == "due" and "1 follow-up due" in shown[0][1] and "check-in" in shown[0][1]
    clock["now"] = datetime.combine(today, time(9, 40))
    assert check() is None  # none again that hour
    # a restarted app remembers what was said
    again = Notifier(journal, app_settings, show, lambda: datetime.combine(today, time(11)))
    with qtbot.waitSignal(again.checked, timeout=10000) as got:
        again.check()
    assert got.args[1] is None and len(shown) == 1


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_reminder_time_and_weekday_fields_are_as_wide_as_what_they_hold(qtbot, app_settings, lang):
    """On a wide Settings page the time field is not stretched across the window."""
    from journal import i18n
    from journal.ui.pages.settings_calendar import RemindersGroup

    class NoAutostart:
        def is_enabled(self) -> bool:
            return False

    i18n.install(lang)
    try:
        group = RemindersGroup(app_settings, NoAutostart())
        qtbot.addWidget(group)
        group.resize(1200, 300)
        group.show()
        qtbot.waitExposed(group)
        assert group.time.width() <= group.time.sizeHint().width() + 8 < 200
        longest = max(group.weekly.itemText(i) for i in range(group.weekly.count()))
        assert (
            group.weekly.width() < 400 and group.weekly.fontMetrics().horizontalAdvance(longest) < group.weekly.width()
        )
    finally:
        i18n.install("en")
