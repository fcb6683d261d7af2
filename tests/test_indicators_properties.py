"""Property tests (hypothesis) of the indicator rules, on the pure rules and on real journals."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.domain import indicators as ind
from journal.domain.records import PRESSURE_KINDS, RESPONSES
from journal.services import indicators
from journal.store.db import open_journal
from tests.indicator_journal import checkin, client, event, interaction, local

EVENTS = st.lists(
    st.tuples(st.sampled_from(PRESSURE_KINDS), st.sampled_from(RESPONSES), st.sampled_from([0, 0.25, 0.5, 1.5, 3])),
    max_size=14,
)
ANSWERS = st.lists(st.one_of(st.none(), st.sampled_from([0, 25, 50, 75, 100])), min_size=6, max_size=6)
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def counts(draw) -> ind.WindowCounts:
    decided = draw(st.integers(0, 40))
    conceded = draw(st.integers(0, decided))
    pending = draw(st.integers(0, 20))
    answers = draw(st.one_of(st.none(), ANSWERS))
    if answers is not None and ind.answered(tuple(answers)) < ind.MIN_ANSWERED:
        answers = None
    return ind.WindowCounts(
        interactions=draw(st.integers(1, 60)),
        pressure=decided + pending,
        decided=decided,
        conceded=conceded,
        unpaid_hours=draw(st.floats(0, 100, allow_nan=False)),
        checkins=1 if answers else draw(st.integers(0, 2)),
        checkin_answers=tuple(answers) if answers else None,
    )


@st.composite
def thresholds(draw) -> ind.Thresholds:
    pairs = {}
    for name in ind.SIGNAL_NAMES:
        low, high = ind.THRESHOLD_BOUNDS[name]
        amber = draw(st.floats(low, high, exclude_max=True, allow_nan=False))
        red = draw(st.floats(amber, high, exclude_min=True, allow_nan=False))
        pairs[name] = (amber, red)
    return ind.Thresholds(**pairs)


# ---- the pure rules ------------------------------------------------------------------------------


@given(counts(), thresholds())
def test_level_is_the_highest_known_signal_level(c, th):
    sigs = ind.signals(c, th)
    known = [s.level for s in sigs if s.level != "unknown"]
    assert ind.overall_level(sigs, True) == max(known, key=ind.LEVELS.index)
    assert ind.overall_level(sigs, False) == "unknown"


@given(counts(), thresholds())
def test_adding_a_conceded_event_never_lowers_concession_rate(c, th):
    more = ind.WindowCounts(
        c.interactions, c.pressure + 1, c.decided + 1, c.conceded + 1, c.unpaid_hours, c.checkins, c.checkin_answers
    )
    before, after = ind.signals(c, th)[0], ind.signals(more, th)[0]
    if before.value is not None:
        assert after.value >= before.value
        assert ind.LEVELS.index(after.level) >= ind.LEVELS.index(before.level)


@given(counts(), thresholds())
def test_reasons_are_the_amber_and_red_signals_red_first(c, th):
    sigs = ind.signals(c, th)
    reasons = ind.reasons(sigs)
    assert {s.name for s in reasons} == {s.name for s in sigs if s.level in ("amber", "red")}
    levels = [s.level for s in reasons]
    assert levels == sorted(levels, key=lambda level: level != "red")


@given(
    st.integers(0, 10),
    st.integers(0, 10),
    st.integers(0, 10),
    st.integers(1, 20),
    st.integers(0, 3),
    st.booleans(),
)
def test_client_label_rules(conceded, other_decided, pending, interactions, good_signs, drifting):
    decided = conceded + other_decided
    label = ind.client_label(decided, conceded, decided + pending, interactions, good_signs, drifting)
    if decided >= 2 and conceded / decided >= 0.5:
        assert label == "bending"
    elif drifting:
        assert label == "drifting"
    elif conceded == 0 and (decided + pending) <= interactions / 4:
        assert label == ("partnership" if good_signs else "steady")
    else:
        assert label == "watch"


# ---- real journals ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One journal for many examples: each example writes to its own far-apart 28 days."""
    journal = open_journal(tmp_path_factory.mktemp("properties"))
    client(journal)
    yield journal, itertools.count()
    journal.close()


def _as_of(counter) -> date:
    return date(2000, 1, 31) + timedelta(days=100 * next(counter))


def _fill(journal, as_of: date, events, answers=None) -> None:
    for n, (kind, response, hours) in enumerate(events):
        interaction(journal, local(as_of - timedelta(days=n % 28), 10), event(kind, response, hours))
    if answers is not None:
        checkin(journal, as_of - timedelta(days=3), answers)


def _signal(status, name):
    return next(s for s in status.signals if s.name == name)


@SLOW
@given(EVENTS, st.sampled_from([0, 1, 2]))
def test_journal_adding_a_conceded_event_never_lowers_concession_rate(shared, events, day):
    journal, counter = shared
    as_of = _as_of(counter)
    _fill(journal, as_of, events)
    before = _signal(indicators.status(journal, as_of), "concession_rate")
    interaction(journal, local(as_of - timedelta(days=day), 15), event("discount", "conceded"))
    after = _signal(indicators.status(journal, as_of), "concession_rate")
    if before.value is not None:
        assert after.value >= before.value
    assert after.basis == before.basis + 1


@SLOW
@given(EVENTS, st.sampled_from(PRESSURE_KINDS), st.sampled_from(RESPONSES))
def test_journal_adding_any_pressure_event_never_lowers_pressure_per_week(shared, events, kind, response):
    journal, counter = shared
    as_of = _as_of(counter)
    _fill(journal, as_of, events)
    before = _signal(indicators.status(journal, as_of), "pressure_per_week")
    interaction(journal, local(as_of - timedelta(days=27), 0, 5), event(kind, response))
    after = _signal(indicators.status(journal, as_of), "pressure_per_week")
    assert after.value >= before.value
    assert after.value == before.value + 0.25


@SLOW
@given(EVENTS, st.one_of(st.none(), ANSWERS))
def test_journal_level_is_the_highest_known_signal_and_repeatable(shared, events, answers):
    journal, counter = shared
    as_of = _as_of(counter)
    _fill(journal, as_of, events, answers)
    status = indicators.status(journal, as_of)
    known = [s.level for s in status.signals if s.level != "unknown"]
    if events or answers is not None:
        assert status.level == max(known, key=ind.LEVELS.index)
    else:
        assert status.level == "unknown"
    assert indicators.status(journal, as_of) == status  # same journal, same as_of: same result
