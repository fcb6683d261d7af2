"""One style per kind of date and number, in the interface language (through the default QLocale).

- a day in words, for sentences and headings: "3 December 2026" / «3 декабря 2026 г.» (`day`),
  with the weekday for a page's heading (`weekday`), without the year inside this year
  (`day_in_year`: "21 November" / «21 ноября»);
- a short day, for lists and tables: "21 Nov" / «21 нояб.», the year added outside this year
  (`short_day`);
- a time of day in the locale's short form (`time`), a moment as day and time (`moment`,
  `short_moment`);
- numbers without trailing zeros (`number`), and one rounding per figure, used by every face
  (window, PDF, `status`): hours to one decimal (`hours`), a check-in score to a whole number
  (`score`), a share as a percentage to one decimal (`percent`).

`journal.i18n.install` sets the default QLocale with the language, so these follow a switch at
once. The date patterns are in the catalogue (context "Formats"), so Russian adds «г.».
Never the locale's numeric short date (11/4/26).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from datetime import time as clock
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from journal.domain.translatable import QT_TRANSLATE_NOOP

DAY = QT_TRANSLATE_NOOP("Formats", "d MMMM yyyy")
WEEKDAY = QT_TRANSLATE_NOOP("Formats", "dddd, d MMMM yyyy")
DAY_IN_YEAR = QT_TRANSLATE_NOOP("Formats", "d MMMM")
SHORT_DAY = QT_TRANSLATE_NOOP("Formats", "d MMM")
SHORT_DAY_YEAR = QT_TRANSLATE_NOOP("Formats", "d MMM yyyy")
DAY_AND_TIME = QT_TRANSLATE_NOOP("Formats", "%1, %2")
HOURS = QT_TRANSLATE_NOOP("Formats", "%1 h")


def _pattern(source: str) -> str:
    return QCoreApplication.translate("Formats", source)


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


def _as_day(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    return value


def day(value: date | datetime) -> str:
    """'3 December 2026' / «3 декабря 2026 г.»"""
    return QLocale().toString(_qdate(_as_day(value)), _pattern(DAY))


def weekday(value: date | datetime) -> str:
    """'Thursday, 3 December 2026' / «четверг, 3 декабря 2026 г.» — a page's or a group's heading."""
    return QLocale().toString(_qdate(_as_day(value)), _pattern(WEEKDAY))


def day_in_year(value: date | datetime, today: date | None = None) -> str:
    """'21 November' inside the current year, else as `day`."""
    shown = _as_day(value)
    if shown.year == (today or date.today()).year:
        return QLocale().toString(_qdate(shown), _pattern(DAY_IN_YEAR))
    return day(shown)


def short_day(value: date | datetime, today: date | None = None) -> str:
    """'21 Nov' / «21 нояб.» inside the current year, '21 Nov 2025' outside it."""
    shown = _as_day(value)
    pattern = SHORT_DAY if shown.year == (today or date.today()).year else SHORT_DAY_YEAR
    return QLocale().toString(_qdate(shown), _pattern(pattern))


def time(value: datetime | clock) -> str:
    """The time of day in the locale's short form: '14:30' / '2:30 PM'."""
    if isinstance(value, datetime) and value.tzinfo:
        value = value.astimezone()
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def moment(value: datetime) -> str:
    """'3 December 2026, 14:30' (local time)."""
    return _pattern(DAY_AND_TIME).replace("%1", day(value)).replace("%2", time(value))


def short_moment(value: datetime) -> str:
    """'21 Nov, 14:30' for a list."""
    return _pattern(DAY_AND_TIME).replace("%1", short_day(value)).replace("%2", time(value))


def qt_moment(value: QDateTime) -> str:
    """`moment` for a QDateTime (from a widget)."""
    return moment(cast(datetime, value.toPython()))  # PySide6 types toPython() as object


def number(value: float, decimals: int = 2) -> str:
    """A number in the locale's form, without trailing zeros: 0,875 / 2 / 1.25 / 12 345,5."""
    locale = QLocale()
    try:
        whole = float(value).is_integer()
    except OverflowError:  # an integer beyond any float (a hostile import's value): its digits, cut
        text = str(value)
        return text if len(text) <= 24 else f"{text[:20]}…"
    if whole and abs(value) < 2**63:
        return locale.toString(int(value))
    if whole:  # beyond a 64-bit integer (QLocale's limit): the exponent form
        return locale.toString(float(value), "g", 6)
    shown = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in shown:
        shown = shown.rstrip("0").rstrip(point)
    return shown


def hour_count(value: float) -> str:
    """Hours as a bare number, to one decimal: '5.6' / «5,6»."""
    return number(value, 1)


def hours(value: float) -> str:
    """Hours with their unit, to one decimal: '5.6 h' / «5,6 ч»."""
    return _pattern(HOURS).replace("%1", hour_count(value))


def score(value: float) -> str:
    """A check-in score, 0–100, to a whole number: '71'."""
    return QLocale().toString(math.floor(value + 0.5))  # half up: 62.5 → 63, as a person rounds


def percent_number(fraction: float) -> str:
    """0.667 → '66.7' (the number of a percentage, to one decimal)."""
    return number(fraction * 100, 1)
