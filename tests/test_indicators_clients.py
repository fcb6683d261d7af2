"""Client labels over 90 days and the 12-week trend (spec/indicators.md)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.services import capture, indicators
from tests.indicator_journal import (
    AS_OF,
    client,
    days_ago,
    event,
    interaction,
    local,
    moscow,  # noqa: F401 - fixture
    pushes,
)

pytestmark = pytest.mark.usefixtures("moscow")


def labels(journal, as_of=AS_OF):
    return {c.id: c.label for c in indicators.status(journal, as_of).clients}


def test_two_decided_half_conceded_is_bending(journal):
    client(journal)
    interaction(journal, days_ago(40), *pushes(conceded=1, held=1))
    assert labels(journal) == {"c1": "bending"}


def test_one_decided_conceded_is_watch_not_bending(journal):
    client(journal)
    interaction(journal, days_ago(40), *pushes(conceded=1, pending=3))
    assert labels(journal) == {"c1": "watch"}


def test_just_under_half_conceded_is_watch(journal):
    client(journal)
    interaction(journal, days_ago(40), *pushes(conceded=2, negotiated=3))
    assert labels(journal) == {"c1": "watch"}


def test_pressure_at_a_quarter_without_concession_and_a_good_sign_is_partnership(journal):
    client(journal)
    interaction(journal, days_ago(3), event(response="held"))
    for n in range(3):
        interaction(journal, days_ago(10 + n))
    assert labels(journal) == {"c1": "steady"}  # no good sign yet
    interaction(journal, days_ago(20), signs=[{"kind": "paid_extra"}])
    assert labels(journal) == {"c1": "partnership"}


def test_pressure_above_a_quarter_is_watch(journal):
    client(journal)
    interaction(journal, days_ago(3), event(response="held"))
    interaction(journal, days_ago(4), event(response="negotiated"))
    interaction(journal, days_ago(5))
    interaction(journal, days_ago(6))
    assert labels(journal) == {"c1": "watch"}


def test_ninety_day_span_first_day_in_day_before_out(journal):
    client(journal, "c1", "Anna")
    client(journal, "c2", "Boris")
    interaction(journal, local(AS_OF - timedelta(days=89), 0, 0, 1), client_id="c1")
    interaction(journal, local(AS_OF - timedelta(days=90), 23, 59, 59), client_id="c2")
    assert labels(journal) == {"c1": "steady"}


def test_client_row_figures_and_sort_order(journal):
    client(journal, "p", "Zoya")
    client(journal, "w", "Yan")
    client(journal, "b2", "Boris")
    client(journal, "b1", "anna")
    client(journal, "idle", "Idle")
    interaction(journal, days_ago(2), client_id="p")
    interaction(
        journal,
        days_ago(2),
        event("discount", "conceded", 1.5),
        event("discount", "conceded"),
        event("deadline", "held", 2.0),
        client_id="b1",
    )
    interaction(journal, days_ago(3), client_id="b1")
    interaction(journal, days_ago(2), *pushes(conceded=1, held=1), client_id="b2")
    interaction(journal, days_ago(2), event(response="pending"), client_id="w")
    rows = indicators.status(journal, AS_OF).clients
    assert [(c.id, c.label) for c in rows] == [
        ("b1", "bending"),
        ("b2", "bending"),
        ("w", "watch"),
        ("p", "steady"),
    ]
    b1 = rows[0]
    assert (b1.name, b1.interactions, b1.pressure_events, b1.concession_rate, b1.unpaid_hours) == (
        "anna",
        2,
        3,
        0.67,
        3.5,
    )
    assert b1.discounts_conceded == 2
    assert rows[2].concession_rate is None  # nothing decided


def test_archived_client_still_gets_a_label(journal):
    client(journal, archived=True)
    interaction(journal, days_ago(2))
    assert labels(journal) == {"c1": "steady"}


# ---- trend -----------------------------------------------------------------------------------------


def test_trend_is_twelve_iso_weeks_ending_with_as_of_week(journal):
    as_of = date(2026, 11, 25)  # a Wednesday
    weeks = indicators.status(journal, as_of).trend
    assert len(weeks) == 12
    assert weeks[-1].start == date(2026, 11, 23)
    assert weeks[0].start == date(2026, 9, 7)
    assert all(w.start.weekday() == 0 for w in weeks)
    assert [w.start for w in weeks] == sorted(w.start for w in weeks)


def test_trend_counts_each_week(journal):
    as_of = date(2026, 11, 25)
    client(journal)
    interaction(journal, local(date(2026, 9, 7), 0, 0, 1), event(response="conceded", hours=2))  # first second
    interaction(journal, local(date(2026, 9, 6), 23, 59, 59), event(response="conceded"))  # before
    interaction(journal, local(date(2026, 11, 22), 23, 59), *pushes(conceded=1, held=2))  # Sunday: week 11
    interaction(journal, local(date(2026, 11, 23), 0, 1))  # Monday of as_of's week
    interaction(journal, local(date(2026, 11, 26), 9))  # after as_of: not yet
    capture.save(journal, "gratitude", {"written_on": "2026-11-24", "text": "Thanks, Irina"})
    capture.save(journal, "gratitude", {"written_on": "2026-11-25", "text": "Thank you for the patience"})
    weeks = indicators.status(journal, as_of).trend
    first, eleventh, last = weeks[0], weeks[10], weeks[11]
    assert (first.interactions, first.pressure, first.conceded, first.unpaid_hours) == (1, 1, 1, 2.0)
    assert (eleventh.interactions, eleventh.pressure, eleventh.conceded) == (1, 3, 1)
    assert (last.interactions, last.pressure, last.gratitude) == (1, 0, 2)
    assert sum(w.interactions for w in weeks) == 3
