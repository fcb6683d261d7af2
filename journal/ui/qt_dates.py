"""Python dates and times to Qt's and back, typed.

PySide6 converts `date`, `time` and `datetime` itself, but its type stubs accept only Qt's
own types and say that `toPython()` returns `object`; these say what happens.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive (local) datetime as a local QDateTime."""
    return QDateTime(qdate(moment.date()), qtime(moment.time()))


def pydate(value: QDate) -> date:
    return cast(date, value.toPython())  # PySide6's stub says object


def pydatetime(value: QDateTime) -> datetime:
    return cast(datetime, value.toPython())  # PySide6's stub says object
