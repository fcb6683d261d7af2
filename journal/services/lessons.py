"""Bringing back past lessons: one a day, a different one each day, the same one all day.

`lesson_of_the_day(journal, day)` picks among lessons written before `day` by the day's
ordinal modulo their count (ordered by date and id), so it needs no stored state and every
lesson comes round in turn. Returns a frozen record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import col, select

from journal.domain.records import Lesson
from journal.services import rows
from journal.store import models as m
from journal.store.db import Journal


def lesson_of_the_day(journal: Journal, day: date) -> Lesson | None:
    """One lesson written before `day` (with some text in it), chosen by the date; None if there is none."""
    has_text = (m.Lesson.lesson != "") | (m.Lesson.what_happened != "") | (m.Lesson.next_time != "")
    earlier = (m.Lesson.written_on < day.isoformat()) & has_text
    with journal.read() as session:
        total = session.exec(select(func.count()).select_from(m.Lesson).where(earlier)).one()
        if not total:
            return None
        row = session.exec(
            select(m.Lesson)
            .where(earlier)
            .order_by(col(m.Lesson.written_on), col(m.Lesson.id))
            .offset(day.toordinal() % total)
        ).first()
        if row is None:  # a lesson deleted by another writer between the count and the read
            return None
        return rows.lesson_record(row, rows.get_tags(session, "lesson", row.id))
