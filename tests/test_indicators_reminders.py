"""What needs attention on as_of: follow-ups, stay-in-touch cadences, incidents, the check-in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.services import capture, indicators
from tests.indicator_journal import (
    AS_OF,
    checkin,
    client,
    days_ago,
    interaction,
    local,
    moscow,  # noqa: F401 - fixture
)

pytestmark = pytest.mark.usefixtures("moscow")


def attention(journal, as_of=AS_OF, kind=None):
    items = indicators.status(journal, as_of).attention
    return [r for r in items if kind is None or r.kind == kind]


def test_follow_up_due_today_or_earlier_and_not_done(journal):
    client(journal)
    due = interaction(journal, days_ago(5), summary="Asked for extra banners for free", follow_up_on="2026-11-20")
    interaction(journal, days_ago(5), follow_up_on=AS_OF.isoformat(), summary="Today")
    interaction(journal, days_ago(5), follow_up_on="2026-11-24", summary="Tomorrow")
    done = interaction(journal, days_ago(5), follow_up_on="2026-11-19", summary="Done")
    capture.set_follow_up_done(journal, done)
    found = attention(journal, kind="follow_up")
    assert [(r.subject, r.due) for r in found] == [
        ("Asked for extra banners for free", date(2026, 11, 20)),
        ("Today", AS_OF),
    ]
    assert (found[0].id, found[0].client_id, found[0].client_name, found[0].days) == (due, "c1", "Ирина Петрова", 3)


def test_stay_in_touch_overdue_after_more_than_cadence_days(journal):
    client(journal, "on_time", "On time", stay_in_touch_days=7)
    client(journal, "late", "Late", stay_in_touch_days=7)
    interaction(journal, days_ago(7), client_id="on_time")  # exactly 7 days: not yet
    interaction(journal, days_ago(8), client_id="late")
    found = attention(journal, kind="stay_in_touch")
    assert [(r.id, r.client_id, r.due, r.days) for r in found] == [("late", "late", days_ago(1), 8)]


def test_stay_in_touch_uses_the_last_interaction_up_to_as_of(journal):
    client(journal, stay_in_touch_days=10)
    interaction(journal, days_ago(30))
    interaction(journal, AS_OF + timedelta(days=1))  # after as_of: does not count
    found = attention(journal, kind="stay_in_touch")
    assert [(r.due, r.days) for r in found] == [(days_ago(20), 30)]


def test_stay_in_touch_without_interactions_counts_from_creation(journal):
    client(journal, "new", "New", stay_in_touch_days=14, created_at=local(days_ago(15), 10))
    client(journal, "newer", "Newer", stay_in_touch_days=14, created_at=local(days_ago(14), 10))
    client(journal, "future", "Future", stay_in_touch_days=1, created_at=local(AS_OF + timedelta(days=2), 10))
    client(journal, "none", "No cadence", created_at=local(days_ago(300), 10))
    found = attention(journal, kind="stay_in_touch")
    assert [(r.id, r.due, r.days) for r in found] == [("new", days_ago(1), 15)]


def test_archived_clients_need_no_contact(journal):
    client(journal, stay_in_touch_days=7, archived=True, created_at=local(days_ago(100)))
    assert attention(journal, kind="stay_in_touch") == []


def test_open_incident_with_follow_up_due(journal):
    client(journal)
    base = {"client_id": "c1", "opened_on": days_ago(10).isoformat()}
    capture.save(journal, "incident", {**base, "id": "due", "title": "Wrong invoice", "follow_up_on": "2026-11-21"})
    capture.save(journal, "incident", {**base, "id": "later", "title": "Later", "follow_up_on": "2026-11-30"})
    capture.save(
        journal,
        "incident",
        {**base, "id": "resolved", "title": "Resolved", "follow_up_on": "2026-11-20", "resolved_on": "2026-11-22"},
    )
    capture.save(journal, "incident", {**base, "id": "no_date", "title": "No follow-up date"})
    found = attention(journal, kind="incident")
    assert [(r.id, r.subject, r.due, r.client_name) for r in found] == [
        ("due", "Wrong invoice", date(2026, 11, 21), "Ирина Петрова")
    ]
    # before it was resolved, the resolved one was still open
    assert [r.id for r in attention(journal, date(2026, 11, 21), kind="incident")] == ["resolved", "due"]


def test_checkin_due_when_none_ever(journal):
    found = attention(journal, kind="checkin")
    assert [(r.id, r.due, r.days) for r in found] == [(None, None, None)]


def test_checkin_not_due_within_seven_days(journal):
    checkin(journal, days_ago(6), [50] * 6)
    assert attention(journal, kind="checkin") == []


def test_checkin_due_seven_days_after_the_last(journal):
    old = checkin(journal, days_ago(30), [50] * 6)
    last = checkin(journal, days_ago(7), [50] * 6)
    assert old != last
    found = attention(journal, kind="checkin")
    assert [(r.id, r.due, r.days) for r in found] == [(last, AS_OF, 7)]


def test_attention_is_oldest_due_first_undated_last(journal):
    client(journal, stay_in_touch_days=30, created_at=local(days_ago(100)))
    interaction(journal, days_ago(40), follow_up_on="2026-11-01", summary="Old promise")
    interaction(journal, days_ago(40), follow_up_on="2026-11-22", summary="Recent promise")
    kinds = [(r.kind, r.due) for r in attention(journal)]
    assert kinds == [
        ("follow_up", date(2026, 11, 1)),
        ("stay_in_touch", days_ago(10)),
        ("follow_up", date(2026, 11, 22)),
        ("checkin", None),
    ]
