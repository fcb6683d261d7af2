"""What a printed report holds: the entries of a scope as whole records, its period and its totals.

A `Scope` names what the user chose to export (the whole journal, a date range, one client, or
the weekly review of the 7 days ending on `as_of`). `gather(journal, scope)` reads the timeline
for it and loads the entries' full records in batches (a few queries per batch, never one per
entry), oldest first, so the exporters (PDF today) never touch the store. The weekly review also carries the indicators' `Status`.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from journal.domain import records as r
from journal.services import capture, timeline
from journal.services.files import Cancelled
from journal.store.db import Journal

SCOPES = ("all", "range", "client", "weekly")
BATCH = 50  # entries read per step: a few queries each, short enough not to stall the GUI thread
WEEKLY_DAYS = 7


@dataclass(frozen=True)
class Scope:
    kind: str = "all"  # all | range | client | weekly
    date_from: date | None = None
    date_to: date | None = None
    client_id: str | None = None
    as_of: date | None = None  # the weekly review's last day (today when None)

    def filter(self, today: date) -> timeline.TimelineFilter:
        """The timeline filter that selects exactly this scope's entries."""
        if self.kind == "weekly":
            end = self.as_of or today
            return timeline.TimelineFilter(date_from=end - timedelta(days=WEEKLY_DAYS - 1), date_to=end)
        if self.kind == "client":
            return timeline.TimelineFilter(client_id=self.client_id, date_from=self.date_from, date_to=self.date_to)
        if self.kind == "range":
            return timeline.TimelineFilter(date_from=self.date_from, date_to=self.date_to)
        return timeline.TimelineFilter()


@dataclass(frozen=True)
class ReportEntry:
    """One entry of the report: where it sits in the timeline and its whole record."""

    entry: r.TimelineEntry
    record: Any  # Interaction | GratitudeNote | Lesson | Incident | CheckIn


@dataclass(frozen=True)
class Totals:
    interactions: int = 0
    pressure_events: int = 0
    conceded: int = 0
    unpaid_hours: float = 0.0
    gratitude: int = 0
    lessons: int = 0
    incidents: int = 0
    checkins: int = 0


@dataclass(frozen=True)
class Report:
    scope: Scope
    first_day: date | None  # the period asked for, else the first and last entry's days
    last_day: date | None
    entries: tuple[ReportEntry, ...]  # oldest first
    totals: Totals
    client: r.Client | None = None  # the client scope's client
    client_names: dict[str, str] = field(default_factory=dict)
    status: Any = None  # journal.domain.indicators.Status at the period's end (None for a client's report)
    story: Any = None  # journal.services.client_story.ClientStory for a client's report


def load_batch(session: Session, batch: list[r.TimelineEntry]) -> dict[tuple[str, str], Any]:
    """The whole records of a batch of timeline entries, a few queries per kind (not per entry)."""
    ids: dict[str, list[str]] = defaultdict(list)
    for entry in batch:
        ids[entry.kind].append(entry.id)
    return {(kind, rec.id): rec for kind, wanted in ids.items() for rec in capture.load_many(session, kind, wanted)}


def totals(entries: tuple[ReportEntry, ...]) -> Totals:
    counts = {kind: 0 for kind in r.ENTRY_KINDS}
    pressure = conceded = 0
    hours = 0.0
    for item in entries:
        counts[item.entry.kind] += 1
        if isinstance(item.record, r.Interaction):
            pressure += len(item.record.pressure)
            conceded += r.conceded_count(item.record.pressure)
            hours += r.unpaid_hours(item.record.pressure)
    return Totals(
        interactions=counts["interaction"],
        pressure_events=pressure,
        conceded=conceded,
        unpaid_hours=hours,
        gratitude=counts["gratitude"],
        lessons=counts["lesson"],
        incidents=counts["incident"],
        checkins=counts["checkin"],
    )


def _status(journal: Journal, as_of: date) -> Any:
    from journal.services import indicators

    return indicators.status(journal, as_of)


def gather(
    journal: Journal,
    scope: Scope,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Every entry of the scope with its record, oldest first; raises Cancelled when asked to stop."""
    today = today or date.today()
    flt = scope.filter(today)
    total = timeline.count(journal, flt)
    found: list[r.TimelineEntry] = []
    cursor = None
    while True:
        if cancelled and cancelled():
            raise Cancelled
        batch = timeline.page(journal, flt, after=cursor, limit=500)
        found += batch
        if len(batch) < 500:
            break
        cursor = batch[-1].cursor
    found.reverse()
    entries: list[ReportEntry] = []
    with journal.read() as session:
        for start in range(0, len(found), BATCH):
            batch = found[start : start + BATCH]
            loaded = load_batch(session, batch)
            entries += [ReportEntry(e, loaded[(e.kind, e.id)]) for e in batch if (e.kind, e.id) in loaded]
            if cancelled and cancelled():
                raise Cancelled
            if progress:
                progress(start + len(batch), total)
            time.sleep(0)  # let the window's thread take the interpreter between batches
    if progress:
        progress(total, total)
    client_names = {c.id: c.name for c in capture.list_clients(journal, include_archived=True)}
    client = capture.get(journal, "client", scope.client_id) if scope.kind == "client" and scope.client_id else None
    first, last = flt.date_from, flt.date_to
    if entries:
        first = first or entries[0].entry.day
        last = last or entries[-1].entry.day
    # the burnout picture as of the period's end: the weekly review, a period and the whole journal open with it
    status: Any = None
    if scope.kind == "weekly":
        status = _status(journal, scope.as_of or today)
    elif scope.kind != "client":
        status = _status(journal, min(flt.date_to or today, today))
    result = tuple(entries)
    story = None
    if client is not None:
        from journal.services.client_story import client_story  # only a client's report needs it

        story = client_story(journal, client.id, min(flt.date_to or today, today))
    return Report(scope, first, last, result, totals(result), client, client_names, status, story)
