"""Reason, reminder and validation sentences in English and Russian, through the real catalogue."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from journal import paths
from journal.domain import checkin
from journal.domain.indicators import Reminder, Signal
from journal.domain.validation import ENGLISH, Problem
from journal.services import text


@pytest.fixture
def english(qapp):
    text.use_language("en")
    yield


@pytest.fixture
def russian(qapp):
    assert text.use_language("ru") == "ru"
    yield
    text.use_language("en")


def concession(conceded: int, decided: int, level: str = "red") -> Signal:
    return Signal(
        "concession_rate", conceded / decided, level, 0.5, 0.75, decided, {"conceded": conceded, "decided": decided}
    )


def pressure(events: int, level: str = "amber") -> Signal:
    return Signal("pressure_per_week", events / 4, level, 2.0, 4.0, events, {"events": events, "days": 28})


def stay(days: int) -> Reminder:
    return Reminder("stay_in_touch", "c7", "c7", "Олег Тихонов", date(2026, 11, 1), "Олег Тихонов", days)


def test_english_reason_with_its_numbers(english):
    assert text.reason_text(concession(6, 8)) == "You conceded 6 of 8 pushes in the last 28 days (red from 75%)."
    assert text.reason_text(concession(3, 5, "amber")) == (
        "You conceded 3 of 5 pushes in the last 28 days (amber from 50%)."
    )
    assert (
        text.reason_text(pressure(9))
        == "Clients pushed you 9 times in the last 28 days, 2.25 a week (amber from 2 a week)."
    )
    assert text.reason_text(pressure(1)).startswith("Clients pushed you once in the last 28 days, 0.25 a week")
    unpaid = Signal("unpaid_hours_per_week", 5.125, "red", 2.0, 5.0, 20.5, {"hours": 20.5, "days": 28})
    assert (
        text.reason_text(unpaid) == "You worked 20.5 h unpaid in the last 28 days, 5.1 h a week (red from 5 h a week)."
    )
    score = Signal("client_burnout_score", 325 / 6, "amber", 50, 75, 6, {"score": 325 / 6, "answered": 6})
    assert (
        text.reason_text(score) == "Your latest check-in scores 54 of 100 for client-related burnout (amber from 50)."
    )


def test_russian_reason_matches_the_spec(russian):
    assert text.reason_text(concession(6, 8)) == (
        "За последние 28 дней вы уступили в 6 случаях из 8 (красный уровень — от 75%)."
    )


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "в 1 случае"),
        (3, "в 3 случаях"),
        (5, "в 5 случаях"),
        (11, "в 11 случаях"),
        (21, "в 21 случае"),
        (22, "в 22 случаях"),
    ],
)
def test_russian_concession_plurals(russian, n, words):
    assert f"уступили {words} из 40 " in text.reason_text(concession(n, 40))


@pytest.mark.parametrize(("n", "word"), [(2, "дважды"), (5, "5 раз"), (21, "21 раз"), (24, "24 раза")])
def test_russian_pressure_plurals(russian, n, word):
    assert f"давили на вас {word} —" in text.reason_text(pressure(n))


def test_russian_pressure_once_and_decimal_comma(russian):
    assert text.reason_text(pressure(1)) == (
        "За последние 28 дней клиенты надавили на вас один раз — 0,25 в неделю (жёлтый уровень — от 2 в неделю)."
    )


@pytest.mark.parametrize(
    ("days", "tail"), [(1, "1 день"), (3, "3 дня"), (52, "52 дня"), (5, "5 дней"), (21, "21 день")]
)
def test_russian_reminder_plurals(russian, days, tail):
    assert text.reminder_text(stay(days)) == f"Олег Тихонов: нет связи уже {tail}"


def test_english_reminders(english):
    follow = Reminder("follow_up", "i1", "c1", "Ирина", date(2026, 11, 20), "Asked for extra banners for free", 3)
    assert text.reminder_text(follow) == "Follow up: Asked for extra banners for free"
    assert text.reminder_text(stay(52)) == "No contact with Олег Тихонов for 52 days"
    incident = Reminder("incident", "n1", "c1", "Ирина", date(2026, 11, 20), "Wrong invoice", 3)
    assert text.reminder_text(incident) == "Incident follow-up due: Wrong invoice"
    assert (
        text.reminder_text(Reminder("checkin", None, None, None, None, "", None)) == "Take your first weekly check-in"
    )
    due = Reminder("checkin", "k1", None, None, date(2026, 11, 23), "", 9)
    assert text.reminder_text(due) == "Weekly check-in due (the last one was 9 days ago)"


def test_russian_checkin_reminder(russian):
    due = Reminder("checkin", "k1", None, None, date(2026, 11, 23), "", 7)
    assert text.reminder_text(due) == "Пора пройти еженедельную самопроверку (последняя была 7 дней назад)"


def test_level_and_label_words(english):
    assert [text.level_text(x) for x in ("green", "amber", "red", "unknown")] == [
        "Green",
        "Amber",
        "Red",
        "Not enough data yet",
    ]
    assert [text.label_text(x) for x in ("bending", "watch", "partnership")] == ["Bending", "Watch", "Partnership"]


def test_level_and_label_words_in_russian(russian):
    assert text.level_text("amber") == "Жёлтый"
    assert text.level_text("unknown") == "Пока мало данных"
    assert text.label_text("bending") == "Прогиб"
    assert text.label_text("partnership") == "Партнёрство"
    assert text.signal_name_text("concession_rate") == "Доля уступок"


def test_checkin_questions_in_russian(russian):
    assert text.question_text(0) == "Трудно ли вам работать с клиентами?"
    assert text.scale_words(0)[0] == "В очень большой степени"
    assert text.scale_words(5) == ("Всегда", "Часто", "Иногда", "Редко", "Никогда или почти никогда")
    assert all(text.question_text(i) != checkin.QUESTIONS[i] for i in range(6))


def _sample(code: str) -> Problem:
    names = {name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name}
    values = {"low": 1, "high": 3650, "expected": "a whole number or null", "kind": "client"}
    return Problem("clients[0].x", code, tuple((n, values.get(n, "zz")) for n in sorted(names)))


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_problem_code_has_english_words(english, code):
    problem = _sample(code)
    assert text.problem_text(problem) == problem.english().replace("3650", "3,650")


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_problem_code_has_russian_words(russian, code):
    problem = _sample(code)
    said = text.problem_text(problem)
    assert said.startswith("clients[0].x: ")
    assert said != problem.english()
    assert "{" not in said
    assert re.search("[а-яё]", said)


def test_russian_problem_with_numbers(russian):
    problem = Problem("clients[0].stay_in_touch_days", "range", (("low", 1), ("high", 3650)))
    assert text.problem_text(problem) == "clients[0].stay_in_touch_days: должно быть от 1 до 3\u00a0650"
    assert text.problem_message(Problem("", "type", (("expected", "a whole number"),))) == "должно быть: целое число"


def test_catalogue_is_complete_with_three_russian_plural_forms():
    messages = [
        message
        for name in ("indicators_ru.ts", "vocabulary_ru.ts")
        for message in ET.parse(paths.resource("translations", name)).getroot().iter("message")
    ]
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 3 and all("%n" in f for f in forms), message.find("source").text
        else:
            assert translation.text, message.find("source").text
    assert paths.resource("translations", "indicators_ru.qm").stat().st_size > 1000
