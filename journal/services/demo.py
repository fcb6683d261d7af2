"""The sample journal: a realistic, reproducible journal of an account manager, at any size.

`fill(journal, months, seed)` writes about a dozen clients (from `demo_texts.CAST`) with
interactions, pushes and how they were answered, follow-ups, gratitude notes, lessons, two
incidents and weekly check-ins over the `months` ending on `today`. The same seed and `today`
give the same journal. Some clients bend the manager (free work, discount squeezes, "needed
yesterday", mostly conceded), some are partnerships (few pushes, none conceded), the rest sit
in between. By construction the last 28 days hold interactions, at least one client is bending
and one a partnership over the last 90 days, and some follow-ups, a cadence and an incident
are due. `size=N` (or `fill_interactions`) makes exactly N interactions, for the benchmarks.

The records are written as an import writes them: `capture.write_sections` (the bulk writers of
`services/rows.py`, one `executemany` per table and batch) in one `journal.write()` transaction,
so a cancel rolls everything back; the store's triggers keep the timeline and search index in
step. 100,000 interactions take about 25 s on a 2-core laptop-class machine.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import text

from journal.services.capture import write_sections
from journal.services.demo_plan import Plan
from journal.services.files import Cancelled
from journal.store.db import Journal, JournalError

__all__ = ["Cancelled", "NotEmptyError", "fill", "fill_interactions", "is_empty"]
ENTITY_TABLES = ("client", "interaction", "gratitude_note", "lesson", "incident", "checkin")


class NotEmptyError(JournalError):
    """The demo fills only an empty journal."""


def is_empty(journal: Journal) -> bool:
    """True when the journal holds no client and no entry of any kind."""
    with journal.read() as session:
        return _empty(session)


def _empty(session: Any) -> bool:
    return not any(session.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() for table in ENTITY_TABLES)


def fill_interactions(
    journal: Journal,
    count: int,
    seed: int = 0,
    today: date | None = None,
    progress: Callable[[int, int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Exactly `count` interactions (and the rest of a journal) spread over ten years."""
    return fill(journal, months=120, seed=seed, progress=progress, cancel=cancel, today=today, size=count)


def fill(
    journal: Journal,
    months: int = 6,
    seed: int = 0,
    progress: Callable[[int, int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
    size: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Fill an empty journal with sample data; returns how many records of each section were written.

    `progress(done, total)` is called between batches and `cancel()` (or `cancelled()`, the name
    `ui.workers.Worker` passes) is checked there; a cancel raises `Cancelled` and writes nothing.
    Raises `NotEmptyError` when the journal already has entries.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    stop = cancel or cancelled
    if not is_empty(journal):
        raise NotEmptyError(
            f"The journal in {journal.folder} already has entries; the demo fills only an empty journal. "
            "Choose another data folder (--data-dir)."
        )
    plan = Plan(random.Random(seed), today or date.today(), months, size)
    sections = plan.sections()
    total = sum(len(records) for records in sections.values())

    def written(done: int) -> None:
        if stop is not None and stop():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    with journal.write() as session:
        if not _empty(session):  # checked again inside the transaction
            raise NotEmptyError(f"The journal in {journal.folder} already has entries.")
        written(0)
        write_sections(session, sections, written)
    return {section: len(records) for section, records in sections.items()}
