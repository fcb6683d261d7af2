"""The journal's entities as plain, frozen Python records.

These are what services hand to the UI, the command line, the exporters and the indicator
rules: no session, no Qt, no SQL behind them. Field names follow `spec/interchange.md`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

CHANNELS = ("call", "meeting", "email", "message", "other")
PRESSURE_KINDS = ("free_work", "discount", "deadline", "threat", "disrespect", "other")
RESPONSES = ("conceded", "negotiated", "held", "pending")
DECIDED_RESPONSES = ("conceded", "negotiated", "held")
SIGN_KINDS = ("accepted_no", "paid_extra", "referral", "joint_win", "thanked", "other")
INCIDENT_STEPS = ("listen", "acknowledge", "own", "solve", "follow_up", "learn")
CHECKIN_SCORES = (0, 25, 50, 75, 100)
ENTRY_KINDS = ("interaction", "gratitude", "lesson", "incident", "checkin")


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    company: str = ""
    email: str | None = None
    phone: str | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    stay_in_touch_days: int | None = None
    archived: bool = False
    created_at: datetime | None = None


@dataclass(frozen=True)
class PressureEvent:
    id: str
    kind: str
    response: str = "pending"
    unpaid_hours: float = 0.0
    discount_pct: float | None = None
    note: str = ""

    @property
    def decided(self) -> bool:
        return self.response in DECIDED_RESPONSES


# The unpaid hours of pressure events, summed one way for every report, export and count; the SQL
# aggregates over many rows use the same sum as `UNPAID_HOURS_SQL` (p: the pressure_event table).
UNPAID_HOURS_SQL = "coalesce(sum(p.unpaid_hours), 0.0)"


def unpaid_hours(events: Iterable[PressureEvent]) -> float:
    """The unpaid hours of these pressure events (0.0 for none)."""
    return float(sum(event.unpaid_hours for event in events))


def conceded_count(events: Iterable[PressureEvent]) -> int:
    return sum(1 for event in events if event.response == "conceded")


@dataclass(frozen=True)
class GoodSign:
    """What the client did that a partner does, recorded inside an interaction."""

    id: str
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Interaction:
    id: str
    client_id: str
    occurred_at: datetime
    summary: str
    channel: str = "other"
    notes: str = ""
    mood: int | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False
    tags: tuple[str, ...] = ()
    pressure: tuple[PressureEvent, ...] = ()
    signs: tuple[GoodSign, ...] = ()
    follow_up_done_on: date | None = None  # None: not done, or done on a day nobody knows (kept)


@dataclass(frozen=True)
class GratitudeNote:
    id: str
    written_on: date
    text: str
    to_client_id: str | None = None
    to_name: str | None = None
    expressed: bool = False


@dataclass(frozen=True)
class Lesson:
    id: str
    written_on: date
    interaction_id: str | None = None
    incident_id: str | None = None
    what_happened: str = ""
    lesson: str = ""
    next_time: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Incident:
    id: str
    client_id: str
    opened_on: date
    title: str
    steps: dict[str, str] = field(default_factory=lambda: {s: "" for s in INCIDENT_STEPS})
    follow_up_on: date | None = None
    resolved_on: date | None = None

    def __hash__(self) -> int:
        return hash(self.id)


@dataclass(frozen=True)
class CheckIn:
    id: str
    taken_on: date
    answers: tuple[int | None, ...]
    note: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the journal timeline: enough to list it, not the whole record."""

    kind: str
    id: str
    when: datetime
    day: date
    client_id: str | None
    client_name: str | None
    title: str
    pressure: tuple[tuple[str, str], ...] = ()  # (kind, response) per pressure event
    snippet: str | None = None
    cursor: tuple[int, int] = (0, 0)  # opaque keyset position for the next page
    signs: tuple[str, ...] = ()  # the kind of each good sign, in order
