"""Issue 10's sentences in both languages: plurals for 1, 2, 5, 11, 21, 22, 25, money through QLocale,
the risk wording, and the settings service's checks."""

from __future__ import annotations

from datetime import date

import pytest

from journal.domain import indicators as ind
from journal.domain.story import HoldingEffect, Span
from journal.domain.validation import InvalidInput
from journal.services import journal_settings, story_text, text

COUNTS = (1, 2, 5, 11, 21, 22, 25)
RU_PROMISES = {
    1: "вы вовремя сдержали 1 обещание из 30.",
    2: "вы вовремя сдержали 2 обещания из 30.",
    5: "вы вовремя сдержали 5 обещаний из 30.",
    11: "вы вовремя сдержали 11 обещаний из 30.",
    21: "вы вовремя сдержали 21 обещание из 30.",
    22: "вы вовремя сдержали 22 обещания из 30.",
    25: "вы вовремя сдержали 25 обещаний из 30.",
}
RU_SIGNS = {1: "1 добрый знак", 2: "2 добрых знака", 5: "5 добрых знаков", 11: "11 добрых знаков",
            21: "21 добрый знак", 22: "22 добрых знака", 25: "25 добрых знаков"}  # fmt: skip


@pytest.fixture
def english(qapp):
    text.use_language("en")
    yield
    text.use_language("en")


@pytest.fixture
def russian(qapp):
    text.use_language("ru")
    yield
    text.use_language("en")


@pytest.mark.parametrize("n", COUNTS)
def test_promises_kept_plural_in_english(english, n):
    said = story_text.promises_text(ind.Promises(30, n))
    assert said == f"You kept {n} of 30 promises on time in the last 28 days."


@pytest.mark.parametrize("n", COUNTS)
def test_promises_kept_plural_in_russian(russian, n):
    assert story_text.promises_text(ind.Promises(30, n)) == "За последние 28 дней " + RU_PROMISES[n]


def test_too_few_promises_say_so_in_both_languages(qapp):
    text.use_language("en")
    assert story_text.promises_text(ind.Promises(1, 1)) == (
        "1 promise to clients fell due in the last 28 days: too few to give a figure."
    )
    assert story_text.promises_text(ind.Promises(2, 0)).startswith("2 promises to clients fell due")
    assert story_text.promises_text(ind.Promises(0, 0)) == "No promises to clients fell due in the last 28 days."
    text.use_language("ru")
    assert story_text.promises_text(ind.Promises(2, 1)).startswith("За последние 28 дней подошёл срок 2 обещаний")
    text.use_language("en")


@pytest.mark.parametrize("n", COUNTS)
def test_good_signs_plural_in_the_status_report(qapp, n):
    from journal.services.status_report import StatusReport

    status = ind.build_status(
        date(2026, 11, 23), ind.Thresholds(), ind.WindowCounts(), [ind.ClientCounts("c", "Ann", n, 0, 0, 0, 0.0, good_signs=n)],
        [], {},
    )  # fmt: skip
    text.use_language("en")
    line = StatusReport().clients(status)[1]
    noun = "interaction" if n == 1 else "interactions"
    sign = "good sign" if n == 1 else "good signs"
    assert line == f"  • Ann — Partnership: {n} {noun}, {n} {sign}"
    text.use_language("ru")
    assert StatusReport().clients(status)[1].endswith(RU_SIGNS[n])
    text.use_language("en")


def test_money_follows_the_locale(qapp):
    text.use_language("ru")
    assert story_text.money(67500, "₽") == "67\xa0500\xa0₽"
    assert (
        story_text.cost_text(22.5, ind.Rate(3000, "₽"))
        == "Неоплаченных часов: 22,5 — это около 67\xa0500\xa0₽ вашего времени."
    )
    text.use_language("en")
    assert story_text.money(1250, "$") == "$1,250"
    assert story_text.money(1250.5, "$") == "$1,250.50"
    assert story_text.cost_text(22.5, ind.Rate(None, "$")) == "22.5 h unpaid."


def test_the_level_is_worded_as_a_risk(qapp):
    text.use_language("ru")
    assert story_text.risk_text("red") == "Риск выгорания: красный"
    text.use_language("en")
    assert story_text.risk_text("red") == "Burnout risk: red"


def test_the_holding_figure_says_which_way_it_went(qapp):
    text.use_language("en")
    before = Span(date(2026, 1, 1), date(2026, 3, 31), 10, 6)
    after = Span(date(2026, 4, 2), date(2026, 6, 30), 8, 2)
    said = story_text.holding_text(HoldingEffect(date(2026, 4, 1), before, after))
    assert said == "After you first held the line, this client pushed less: 0.25 pushes per interaction, down from 0.6."


def test_the_unpaid_hours_reason_adds_the_cost_only_with_a_rate(qapp):
    text.use_language("en")
    sig = ind.signals(ind.WindowCounts(interactions=3, pressure=3, unpaid_hours=22.5), ind.Thresholds())[2]
    assert story_text.reason_text(sig) == text.reason_text(sig)
    with_rate = story_text.reason_text(sig, ind.Rate(3000, "₽"))
    assert with_rate == text.reason_text(sig) + " That is about ₽67,500 of your time."


def test_hourly_rate_and_currency_are_checked_and_kept(journal, qapp):
    text.use_language("ru")
    assert journal_settings.load_rate(journal) == ind.Rate(None, "₽")  # the default follows the language
    assert journal_settings.save_rate(journal, 2500.5, "EUR") == ind.Rate(2500.5, "EUR")
    with pytest.raises(InvalidInput) as caught:
        journal_settings.save_rate(journal, 2_000_000, "too long a label")
    assert [p.path for p in caught.value.problems] == ["hourly_rate", "currency"]
    assert journal_settings.load_rate(journal) == ind.Rate(2500.5, "EUR")  # nothing changed
    journal_settings.save_rate(journal, None, "")
    assert journal_settings.load_rate(journal) == ind.Rate(None, "")
    text.use_language("en")
