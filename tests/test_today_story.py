"""Today's words for promises and thank-yous: «Remind me in a week» never moves the promised day,
«I told them» marks the thank-you said."""

from __future__ import annotations

from datetime import date, timedelta

from journal.services import capture
from tests import today_journal as tj
from tests.test_today_page import acted, open_today, row_of


def test_a_promise_is_snoozed_with_remind_me_in_a_week_and_keeps_its_day(qtbot, journal) -> None:
    ids = tj.every_reminder(journal)
    promised = capture.get(journal, "interaction", ids["follow_up"]).follow_up_on
    page = open_today(qtbot, journal)
    button = row_of(page, "follow_up").snooze
    assert button.text() == "Remind me in a week"
    assert row_of(page, "incident").snooze.text() == "Snooze a week"  # only promises say it so
    acted(qtbot, page, button)
    assert "follow_up" not in page.attention.kinds()
    kept = capture.get(journal, "interaction", ids["follow_up"])
    assert kept.follow_up_on == promised == date.today() - timedelta(days=1)  # the day promised stays
    assert not kept.follow_up_done
