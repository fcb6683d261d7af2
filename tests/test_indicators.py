"""The signals and the level of spec/indicators.md, pinned with hand-computed journals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.domain.indicators import Thresholds
from journal.services import indicators
from tests.indicator_journal import (
    AS_OF,
    checkin,
    client,
    days_ago,
    event,
    interaction,
    local,
    moscow,  # noqa: F401 - fixture
    pushes,
    use_zone,
)

pytestmark = pytest.mark.usefixtures("moscow")


def signal(status, name):
    return next(s for s in status.signals if s.name == name)


# ---- thresholds: at, just below, just above ------------------------------------------------


@pytest.mark.parametrize(
    ("conceded", "level", "value"),
    [
        (9, "green", 0.45),  # just below amber 0.50
        (10, "amber", 0.50),  # at amber
        (11, "amber", 0.55),  # just above amber
        (14, "amber", 0.70),  # just below red 0.75
        (15, "red", 0.75),  # at red
        (16, "red", 0.80),  # just above red
    ],
)
def test_concession_rate_boundaries(journal, conceded, level, value):
    client(journal)
    interaction(journal, days_ago(3), *pushes(conceded=conceded, held=20 - conceded))
    s = signal(indicators.status(journal, AS_OF), "concession_rate")
    assert (s.value, s.level, s.basis) == (pytest.approx(value), level, 20)
    assert s.numbers == {"conceded": conceded, "decided": 20}


@pytest.mark.parametrize(
    ("events", "level"),
    [(7, "green"), (8, "amber"), (9, "amber"), (15, "amber"), (16, "red"), (17, "red")],
)
def test_pressure_per_week_boundaries(journal, events, level):
    client(journal)
    interaction(journal, days_ago(1), *pushes(held=events))
    s = signal(indicators.status(journal, AS_OF), "pressure_per_week")
    assert (s.value, s.level, s.basis) == (events / 4, level, events)


@pytest.mark.parametrize(
    ("hours", "level"),
    [(7.75, "green"), (8.0, "amber"), (8.25, "amber"), (19.75, "amber"), (20.0, "red"), (20.25, "red")],
)
def test_unpaid_hours_per_week_boundaries(journal, hours, level):
    client(journal)
    # split over two events in two interactions so the sum is what is compared
    interaction(journal, days_ago(2), event(response="conceded", hours=hours - 0.5))
    interaction(journal, days_ago(20), event(response="negotiated", hours=0.5))
    s = signal(indicators.status(journal, AS_OF), "unpaid_hours_per_week")
    assert (s.value, s.level, s.basis) == (hours / 4, level, hours)


def test_unpaid_hours_sum_of_tenths_reaches_the_threshold(journal):
    client(journal)
    interaction(journal, days_ago(2), *[event(hours=0.1)] * 80)  # 80 × 0.1 = 8.0 h, 2.0 a week
    assert signal(indicators.status(journal, AS_OF), "unpaid_hours_per_week").level == "amber"


@pytest.mark.parametrize(
    ("answers", "score", "level"),
    [
        ([50, 50, 50, 50, 50, 25], 275 / 6, "green"),  # just below amber 50
        ([50, 50, 50, 50, 50, 50], 50.0, "amber"),  # at amber
        ([75, 50, 50, 50, 50, 50], 325 / 6, "amber"),  # just above amber
        ([75, 75, 75, 75, 75, 50], 425 / 6, "amber"),  # just below red 75
        ([75, 75, 75, 75, 75, 75], 75.0, "red"),  # at red
        ([100, 75, 75, 75, 75, 75], 475 / 6, "red"),  # just above red
    ],
)
def test_client_burnout_score_boundaries(journal, answers, score, level):
    checkin(journal, days_ago(1), answers)
    s = signal(indicators.status(journal, AS_OF), "client_burnout_score")
    assert (s.value, s.level, s.basis) == (pytest.approx(score), level, 6)


# ---- the window -------------------------------------------------------------------------------


def test_window_first_and_last_local_day_are_inside(journal):
    client(journal)
    first = AS_OF - timedelta(days=27)
    interaction(journal, local(first, 0, 0, 0), event(response="held"))  # first second of the first day
    interaction(journal, local(AS_OF, 23, 59, 59), event(response="held"))  # last second of as_of
    interaction(journal, local(first - timedelta(days=1), 23, 59, 59), event(response="held"))  # day before
    interaction(journal, local(AS_OF + timedelta(days=1), 0, 0, 0), event(response="held"))  # day after
    s = indicators.status(journal, AS_OF)
    assert signal(s, "pressure_per_week").basis == 2


def test_window_uses_the_local_date_not_the_offset_in_the_text(journal):
    client(journal)
    first = AS_OF - timedelta(days=27)
    # 23:30 UTC the day before the window = 02:30 Moscow time on its first day: inside
    interaction(journal, f"{(first - timedelta(days=1)).isoformat()}T23:30:00+00:00", event(response="held"))
    # 22:30 on as_of in UTC+0 = 01:30 Moscow time the next day: outside
    interaction(journal, f"{AS_OF.isoformat()}T22:30:00+00:00", event(response="held"))
    assert signal(indicators.status(journal, AS_OF), "pressure_per_week").basis == 1


def test_window_across_a_daylight_saving_change(journal, monkeypatch):
    use_zone(monkeypatch, "America/New_York")  # clocks go back on 2026-11-01
    as_of = date(2026, 11, 10)
    client(journal)
    interaction(journal, local(as_of - timedelta(days=27), 0, 30), event(response="held"))  # 2026-10-14, EDT
    interaction(journal, local(as_of - timedelta(days=28), 23, 30), event(response="held"))  # outside
    interaction(journal, local(as_of, 23, 30), event(response="held"))  # EST, inside
    assert signal(indicators.status(journal, as_of), "pressure_per_week").basis == 2


def test_checkin_belongs_by_its_date(journal):
    checkin(journal, AS_OF - timedelta(days=28), [100] * 6)  # the day before the window
    status = indicators.status(journal, AS_OF)
    assert status.level == "unknown"
    checkin(journal, AS_OF - timedelta(days=27), [0] * 6)  # first day
    status = indicators.status(journal, AS_OF)
    assert (status.level, signal(status, "client_burnout_score").value) == ("green", 0.0)


def test_later_entries_do_not_count_for_an_earlier_as_of(journal):
    client(journal)
    interaction(journal, AS_OF, *pushes(conceded=4))
    assert indicators.status(journal, AS_OF - timedelta(days=1)).level == "unknown"


# ---- pending, too few decided, check-in items -------------------------------------------------


def test_pending_events_count_as_pushes_not_as_decided(journal):
    client(journal)
    interaction(journal, days_ago(5), *pushes(conceded=3, held=1, pending=6))
    s = indicators.status(journal, AS_OF)
    rate = signal(s, "concession_rate")
    assert (rate.value, rate.basis, rate.level) == (0.75, 4, "red")
    assert signal(s, "pressure_per_week").basis == 10


def test_fewer_than_four_decided_leaves_concession_rate_unknown(journal):
    client(journal)
    interaction(journal, days_ago(5), *pushes(conceded=3, pending=4))
    s = indicators.status(journal, AS_OF)
    rate = signal(s, "concession_rate")
    assert (rate.value, rate.level, rate.basis) == (None, "unknown", 3)
    assert s.level == "green"  # 7 events = 1.75 a week; the unknown signal does not raise the level
    assert s.reasons == ()


def test_checkin_with_two_answers_has_no_score(journal):
    checkin(journal, days_ago(1), [100, 100, None, None, None, None])
    s = indicators.status(journal, AS_OF)
    burnout = signal(s, "client_burnout_score")
    assert (burnout.value, burnout.level, burnout.basis) == (None, "unknown", 0)
    assert s.level == "green"  # a check-in is data: the other signals are green


def test_checkin_with_three_answers_scores_their_mean(journal):
    checkin(journal, days_ago(1), [100, None, 75, None, 50, None])
    burnout = signal(indicators.status(journal, AS_OF), "client_burnout_score")
    assert (burnout.value, burnout.level, burnout.basis) == (75.0, "red", 3)


def test_latest_checkin_with_three_answers_wins_over_a_later_one_with_two(journal):
    checkin(journal, days_ago(10), [0, 0, 0, 0, 0, 0])
    checkin(journal, days_ago(3), [100, 100, 100, None, None, None])
    checkin(journal, days_ago(1), [100, 100, None, None, None, None])
    burnout = signal(indicators.status(journal, AS_OF), "client_burnout_score")
    assert (burnout.value, burnout.basis) == (100.0, 3)


# ---- the level -------------------------------------------------------------------------------------


def test_empty_journal_is_unknown(journal):
    s = indicators.status(journal, AS_OF)
    assert s.level == "unknown"
    assert s.reasons == ()
    assert [(x.name, x.value, x.level) for x in s.signals] == [
        ("concession_rate", None, "unknown"),
        ("pressure_per_week", 0.0, "green"),
        ("unpaid_hours_per_week", 0.0, "green"),
        ("client_burnout_score", None, "unknown"),
    ]
    assert (s.clients, s.window_days, len(s.trend)) == ((), 28, 12)


def test_journal_with_only_a_checkin(journal):
    checkin(journal, days_ago(2), [100, 75, 75, 75, 75, 75])
    s = indicators.status(journal, AS_OF)
    assert s.level == "red"
    assert [r.name for r in s.reasons] == ["client_burnout_score"]
    assert [r.kind for r in s.attention] == []  # checked in 2 days ago


def test_interaction_without_pressure_is_green(journal):
    client(journal)
    interaction(journal, days_ago(1))
    assert indicators.status(journal, AS_OF).level == "green"


def test_reasons_red_first_then_amber_in_spec_order(journal):
    client(journal)
    # concession 3/4 = red; 16 events = 4/week red; 8 h = 2/week amber; score 50 amber
    interaction(journal, days_ago(1), *pushes(conceded=3, held=1, pending=12), event(response="pending", hours=8))
    checkin(journal, days_ago(1), [50] * 6)
    s = indicators.status(journal, AS_OF)
    assert s.level == "red"
    assert [(r.name, r.level) for r in s.reasons] == [
        ("concession_rate", "red"),
        ("pressure_per_week", "red"),
        ("unpaid_hours_per_week", "amber"),
        ("client_burnout_score", "amber"),
    ]


# ---- saved thresholds ------------------------------------------------------------------------------


def test_status_uses_saved_thresholds(journal):
    client(journal)
    interaction(journal, days_ago(1), *pushes(held=4))  # 1 a week
    assert indicators.status(journal, AS_OF).level == "green"
    indicators.save_thresholds(journal, Thresholds(pressure_per_week=(0.5, 1.0)))
    s = indicators.status(journal, AS_OF)
    assert (s.level, signal(s, "pressure_per_week").amber, signal(s, "pressure_per_week").red) == ("red", 0.5, 1.0)
    assert indicators.load_thresholds(journal) == Thresholds(pressure_per_week=(0.5, 1.0))


def test_default_thresholds_come_from_the_spec(journal):
    assert indicators.load_thresholds(journal) == Thresholds(
        concession_rate=(0.5, 0.75),
        pressure_per_week=(2.0, 4.0),
        unpaid_hours_per_week=(2.0, 5.0),
        client_burnout_score=(50, 75),
    )
