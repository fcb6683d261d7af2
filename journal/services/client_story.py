"""A client's story for the page a manager opens before a call, and for the client's PDF.

`client_story(journal, client_id, as_of)` gathers: the relationship label (the one the Clients
list shows, from `services.indicators.status`), the figures of the 90 days ending on `as_of`
(interactions, pushes conceded / negotiated / held, unpaid hours and their cost, good signs,
promises kept, mean mood), twelve months of pushes by response with the mean mood (for the
chart), whether holding the line changed anything (`services.indicators.holding_effect`, None
without enough data), and the open promises and incidents. Read on a worker thread: it opens
the thread's own reader connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from journal.domain import indicators as ind
from journal.domain.story import HoldingEffect
from journal.services import indicators, journal_settings
from journal.store import client_story as q
from journal.store.db import Journal

SPAN_DAYS = ind.CLIENT_DAYS
MONTHS = 12


@dataclass(frozen=True)
class MonthPushes:
    """One calendar month: the client's pushes by response, and the mean mood (None without one)."""

    start: date
    conceded: int = 0
    negotiated: int = 0
    held: int = 0
    pending: int = 0
    mood: float | None = None

    @property
    def pushes(self) -> int:
        return self.conceded + self.negotiated + self.held + self.pending


@dataclass(frozen=True)
class OpenPromise:
    interaction_id: str
    summary: str
    due: date


@dataclass(frozen=True)
class OpenIncident:
    incident_id: str
    title: str
    opened_on: date
    follow_up_on: date | None


@dataclass(frozen=True)
class ClientStory:
    client_id: str
    as_of: date
    label: str | None  # None: no interaction in the 90 days and not drifting
    interactions: int
    conceded: int
    negotiated: int
    held: int
    pending: int
    unpaid_hours: float
    good_signs: int
    mood: float | None
    promises: ind.Promises
    rate: ind.Rate
    months: tuple[MonthPushes, ...]
    holding: HoldingEffect | None
    open_promises: tuple[OpenPromise, ...] = field(default_factory=tuple)
    open_incidents: tuple[OpenIncident, ...] = field(default_factory=tuple)

    @property
    def cost(self) -> float | None:
        return ind.money(self.unpaid_hours, self.rate.hourly_rate) if self.rate.hourly_rate is not None else None


def _ts(day: date) -> int:
    return int(datetime.combine(day, time()).astimezone().timestamp())


def month_starts(as_of: date, months: int = MONTHS) -> list[date]:
    """The first days of the `months` calendar months ending with `as_of`'s, oldest first."""
    year, month = as_of.year, as_of.month
    starts = []
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _months(con: Any, client_id: str, as_of: date) -> tuple[MonthPushes, ...]:
    starts = month_starts(as_of)
    pushes, moods = q.monthly(con, client_id, _ts(starts[0]), _ts(as_of + timedelta(days=1)))
    counts: dict[str, dict[str, int]] = {}
    for month, response, n in pushes:
        counts.setdefault(month, {})[response] = n
    mood = dict(moods)
    out = []
    for start in starts:
        key = start.strftime("%Y-%m")
        found = counts.get(key, {})
        out.append(
            MonthPushes(
                start,
                found.get("conceded", 0),
                found.get("negotiated", 0),
                found.get("held", 0),
                found.get("pending", 0),
                round(mood[key], 2) if key in mood else None,
            )
        )
    return tuple(out)


def client_story(journal: Journal, client_id: str, as_of: date | None = None, **_worker: Any) -> ClientStory:
    """Everything the client's page shows, counted once."""
    as_of = as_of or date.today()
    first = as_of - timedelta(days=SPAN_DAYS - 1)
    con = journal.reader()
    totals = q.span_totals(con, client_id, _ts(first), _ts(as_of + timedelta(days=1)))
    due = q.promises_due(con, client_id, first.isoformat(), as_of.isoformat())
    kept = ind.promises(
        [(date.fromisoformat(d), bool(done), date.fromisoformat(on) if on else None) for d, done, on in due]
    )
    status = indicators.status(journal, as_of)
    label = next((row.label for row in status.clients if row.id == client_id), None)
    responses = totals["responses"]
    mood = totals["mood"]
    return ClientStory(
        client_id=client_id,
        as_of=as_of,
        label=label,
        interactions=totals["interactions"],
        conceded=responses.get("conceded", 0),
        negotiated=responses.get("negotiated", 0),
        held=responses.get("held", 0),
        pending=responses.get("pending", 0),
        unpaid_hours=float(totals["hours"]),
        good_signs=totals["signs"],
        mood=round(mood, 2) if mood is not None else None,
        promises=kept,
        rate=journal_settings.load_rate(journal),
        months=_months(con, client_id, as_of),
        holding=indicators.holding_effect(journal, client_id, as_of),
        open_promises=tuple(
            OpenPromise(i, summary, date.fromisoformat(day)) for i, summary, day in q.open_promises(con, client_id)
        ),
        open_incidents=tuple(
            OpenIncident(i, title, date.fromisoformat(opened), date.fromisoformat(follow) if follow else None)
            for i, title, opened, follow in q.open_incidents(con, client_id)
        ),
    )
