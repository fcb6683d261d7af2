"""What a printed report holds: the entries of a scope as whole records, its period and its totals.

A `Scope` names what the user chose to export (the whole journal, a date range, one client, or
the weekly review of the 7 days ending on `as_of`). `gather(journal, scope)` reads the timeline
for it and loads each entry's full record in one read session, oldest first, so the exporters
(PDF today) never touch the store. The weekly review also carries the indicators' `Status`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from journal.domain import records as r
from journal.services import capture, interchange, timeline
from journal.services.files import Cancelled
from journal.store.db import Journal

SCOPES = ("all", "range", "client", "weekly")
BULK_FROM = 300  # entries from which the whole journal is read in bulk rather than entry by entry
SECTION_KIND = interchange.SECTION_KIND
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
    status: Any = None  # journal.domain.indicators.Status for the weekly review (None when unavailable)


def totals(entries: tuple[ReportEntry, ...]) -> Totals:
    counts = {kind: 0 for kind in r.ENTRY_KINDS}
    pressure = conceded = 0
    hours = 0.0
    for item in entries:
        counts[item.entry.kind] += 1
        if isinstance(item.record, r.Interaction):
            pressure += len(item.record.pressure)
            conceded += sum(1 for event in item.record.pressure if event.response == "conceded")
            hours += sum(event.unpaid_hours for event in item.record.pressure)
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


def _weekly_status(journal: Journal, as_of: date) -> Any:
    try:
        from journal.services import indicators  # branch issue-3
    except ImportError:
        return None
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
    if len(found) > BULK_FROM:  # one bulk read beats a few queries per entry
        by_key = {
            (SECTION_KIND[section], record.id): record
            for section, records in interchange.load_records(journal).items()
            for record in records
        }
        entries = [ReportEntry(e, by_key[(e.kind, e.id)]) for e in found if (e.kind, e.id) in by_key]
    else:
        with journal.read() as session:
            for done, entry in enumerate(found, 1):
                record = capture.load(session, entry.kind, entry.id)
                if record is not None:
                    entries.append(ReportEntry(entry, record))
                if done % 50 == 0 and progress:
                    progress(done, total)
    if cancelled and cancelled():
        raise Cancelled
    if progress:
        progress(total, total)
    client_names = {c.id: c.name for c in capture.list_clients(journal, include_archived=True)}
    client = capture.get(journal, "client", scope.client_id) if scope.kind == "client" and scope.client_id else None
    first, last = flt.date_from, flt.date_to
    if entries:
        first = first or entries[0].entry.day
        last = last or entries[-1].entry.day
    status = _weekly_status(journal, flt.date_to) if scope.kind == "weekly" else None
    result = tuple(entries)
    return Report(scope, first, last, result, totals(result), client, client_names, status)
