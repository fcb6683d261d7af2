"""The weekly check-in: questions, scales, the score rule, saving at most one per day, history."""

from __future__ import annotations

from datetime import date

import pytest

from journal.domain import checkin
from journal.domain.indicators import Thresholds
from journal.domain.validation import InvalidInput
from journal.services import capture, indicators
from tests.indicator_journal import checkin as add_checkin


def test_six_questions_two_scales_in_score_order():
    assert len(checkin.QUESTIONS) == 6
    assert checkin.QUESTIONS[0] == "Do you find it hard to work with clients?"
    assert checkin.QUESTION_SCALES == ("degree",) * 4 + ("frequency",) * 2
    assert checkin.SCALE_SCORES == (100, 75, 50, 25, 0)
    assert checkin.choices(0)[0] == ("To a very high degree", 100)
    assert checkin.choices(5)[-1] == ("Never/almost never", 0)
    assert len(checkin.SCALE_DEGREE) == len(checkin.SCALE_FREQUENCY) == 5


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ((None,) * 6, None),
        ((100, 100, None, None, None, None), None),  # two answered: no score
        ((100, 50, 0, None, None, None), 50.0),  # three answered: their mean
        ((100, 75, 75, 75, 75, 75), 475 / 6),
        ((0,) * 6, 0.0),
    ],
)
def test_score_is_the_mean_of_at_least_three_answered(answers, expected):
    assert checkin.score(answers) == (pytest.approx(expected) if expected is not None else None)


def test_save_checkin_then_a_second_that_day_is_refused(journal):
    first = indicators.save_checkin(journal, date(2026, 11, 20), (75, 75, 50, 50, 25, 25), note="Tired")
    with pytest.raises(indicators.CheckinExists) as raised:
        indicators.save_checkin(journal, date(2026, 11, 20), (0,) * 6)
    assert raised.value.existing.id == first.id
    assert raised.value.existing.answers == (75, 75, 50, 50, 25, 25)
    assert capture.count(journal, "checkin") == 1
    assert capture.get(journal, "checkin", first.id).note == "Tired"


def test_replace_keeps_one_checkin_that_day(journal):
    first = indicators.save_checkin(journal, date(2026, 11, 20), (75,) * 6)
    second = indicators.save_checkin(journal, date(2026, 11, 20), (0, 0, 0, None, None, None), replace=True)
    assert second.id == first.id
    assert capture.count(journal, "checkin") == 1
    assert capture.get(journal, "checkin", first.id).answers == (0, 0, 0, None, None, None)


def test_replace_also_tidies_duplicates_from_an_import(journal):
    add_checkin(journal, date(2026, 11, 20), [50] * 6)
    add_checkin(journal, date(2026, 11, 20), [25] * 6)
    indicators.save_checkin(journal, date(2026, 11, 20), (100,) * 6, replace=True)
    assert capture.count(journal, "checkin") == 1


def test_another_day_is_a_new_checkin(journal):
    indicators.save_checkin(journal, date(2026, 11, 20), (75,) * 6)
    indicators.save_checkin(journal, date(2026, 11, 27), (25,) * 6)
    assert capture.count(journal, "checkin") == 2


@pytest.mark.parametrize("answers", [(10, 0, 0, 0, 0, 0), (0, 0, 0), ("high", 0, 0, 0, 0, 0)])
def test_invalid_answers_are_refused_and_nothing_is_written(journal, answers):
    with pytest.raises(InvalidInput):
        indicators.save_checkin(journal, date(2026, 11, 20), answers)
    assert capture.count(journal, "checkin") == 0


def test_history_oldest_first_with_scores(journal):
    indicators.save_checkin(journal, date(2026, 11, 27), (100, 100, None, None, None, None))
    indicators.save_checkin(journal, date(2026, 11, 13), (50,) * 6)
    indicators.save_checkin(journal, date(2026, 11, 20), (100, 50, 0, None, None, None))
    assert indicators.checkin_history(journal) == [
        (date(2026, 11, 13), 50.0),
        (date(2026, 11, 20), 50.0),
        (date(2026, 11, 27), None),
    ]


# ---- thresholds are saved in the journal -------------------------------------------------------


def test_thresholds_round_trip(journal):
    chosen = Thresholds((0.4, 0.6), (1.0, 3.0), (1.5, 4.0), (40, 70))
    indicators.save_thresholds(journal, chosen)
    assert indicators.load_thresholds(journal) == chosen


@pytest.mark.parametrize(
    ("thresholds", "path", "code"),
    [
        (Thresholds(concession_rate=(0.75, 0.75)), "thresholds.concession_rate.red", "above"),
        (Thresholds(pressure_per_week=(5.0, 4.0)), "thresholds.pressure_per_week.red", "above"),
        (Thresholds(concession_rate=(0.5, 1.5)), "thresholds.concession_rate.red", "range"),
        (Thresholds(client_burnout_score=(0, 75)), "thresholds.client_burnout_score.amber", "range"),
        (Thresholds(unpaid_hours_per_week=(2.0, "5")), "thresholds.unpaid_hours_per_week.red", "type"),
    ],
)
def test_bad_thresholds_are_refused_and_the_saved_ones_kept(journal, thresholds, path, code):
    saved = Thresholds(pressure_per_week=(1.0, 3.0))
    indicators.save_thresholds(journal, saved)
    with pytest.raises(InvalidInput) as raised:
        indicators.save_thresholds(journal, thresholds)
    assert [(p.path, p.code) for p in raised.value.problems] == [(path, code)]
    assert indicators.load_thresholds(journal) == saved


def test_a_damaged_saved_threshold_falls_back_to_the_default(journal):
    from journal.store import models as m

    with journal.write() as session:
        session.add(
            m.Setting(key="thresholds", value='{"concession_rate": [0.9, 0.2], "pressure_per_week": [1.0, 2.0]}')
        )
    assert indicators.load_thresholds(journal) == Thresholds(pressure_per_week=(1.0, 2.0))
