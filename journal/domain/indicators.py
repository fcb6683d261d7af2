"""The burnout indicators of `spec/indicators.md` as pure functions over numbers already counted.

The services count (with SQL) what happened in the window, per client and per week; this
module turns those counts into signals with levels, the overall level, the headline's driver
and the reasons (as data: the sentences are made in `journal/services/text.py`), the five
relationship labels, promises kept, the cost of unpaid hours, the 12-week trend and the list
of what needs attention. No Qt, no SQL, no clock: `as_of` is always given. The client's own
story (did holding the line help) is in `journal/domain/story.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

LEVELS = ("unknown", "green", "amber", "red")
LABELS = ("bending", "drifting", "watch", "steady", "partnership")  # also the order of the rows
SIGNAL_NAMES = ("concession_rate", "pressure_per_week", "unpaid_hours_per_week", "client_burnout_score")
REMINDER_KINDS = ("follow_up", "stay_in_touch", "incident", "checkin", "thank", "meeting")
WINDOW_DAYS = 28
WEEKS_IN_WINDOW = WINDOW_DAYS / 7
CLIENT_DAYS = 90
TREND_WEEKS = 12
CHECKIN_EVERY_DAYS = 7
THANK_DAYS = 14  # an unsaid thank-you is a reminder for the 14 days ending on as_of
MIN_PROMISES = 3  # promises kept is unknown with fewer due
HEADLINE_DRIVERS = ("pressure", "checkin", "both")
PRESSURE_SIGNALS = ("concession_rate", "pressure_per_week", "unpaid_hours_per_week")
MIN_DECIDED = 4  # concession_rate is unknown with fewer decided events
MIN_ANSWERED = 3  # a check-in scores only with at least this many answered items
BENDING_MIN_DECIDED = 2
# Sums of float hours can land a hair off a threshold (0.1 + 0.2); compare with this slack.
EPSILON = 1e-9


@dataclass(frozen=True)
class Thresholds:
    """(amber from, red from) per signal; defaults from the spec."""

    concession_rate: tuple[float, float] = (0.50, 0.75)
    pressure_per_week: tuple[float, float] = (2.0, 4.0)
    unpaid_hours_per_week: tuple[float, float] = (2.0, 5.0)
    client_burnout_score: tuple[float, float] = (50, 75)

    def of(self, name: str) -> tuple[float, float]:
        pair: tuple[float, float] = getattr(self, name)  # one of the fields above, named by SIGNAL_NAMES
        return pair


# Sane bounds for a threshold the user sets: (lowest, highest) allowed.
THRESHOLD_BOUNDS: dict[str, tuple[float, float]] = {
    "concession_rate": (0.01, 1.0),
    "pressure_per_week": (0.25, 100.0),
    "unpaid_hours_per_week": (0.25, 168.0),
    "client_burnout_score": (1.0, 100.0),
}


@dataclass(frozen=True)
class Signal:
    name: str
    value: float | None
    level: str
    amber: float
    red: float
    basis: float
    numbers: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)


@dataclass(frozen=True)
class ClientRelation:
    """One row of the clients' relationship table (the 90 days ending on `as_of`)."""

    id: str
    name: str
    label: str
    interactions: int
    pressure_events: int
    concession_rate: float | None
    unpaid_hours: float
    discounts_conceded: int = 0
    good_signs: int = 0
    mood: float | None = None  # mean mood, rounded to 2 places; None when no interaction had one
    cost: float | None = None  # unpaid hours × hourly rate, rounded to 2 places; None without a rate


@dataclass(frozen=True)
class Promises:
    """Follow-ups due in the window and how many were kept on time; `value` None with fewer than 3 due."""

    due: int = 0
    kept: int = 0

    @property
    def value(self) -> float | None:
        return self.kept / self.due if self.due >= MIN_PROMISES else None


@dataclass(frozen=True)
class Cost:
    """What the window's unpaid hours cost at the journal's hourly rate."""

    unpaid_hours: float
    hourly_rate: float
    currency: str
    amount: float


@dataclass(frozen=True)
class Rate:
    """The journal's hourly rate (None: not set) and its currency label."""

    hourly_rate: float | None = None
    currency: str = ""


@dataclass(frozen=True)
class Reminder:
    kind: str
    id: str | None
    client_id: str | None
    client_name: str | None
    due: date | None
    subject: str
    days: int | None


@dataclass(frozen=True)
class Week:
    start: date
    interactions: int = 0
    pressure: int = 0
    conceded: int = 0
    unpaid_hours: float = 0.0
    gratitude: int = 0


@dataclass(frozen=True)
class Status:
    as_of: date
    window_days: int
    level: str
    signals: tuple[Signal, ...]
    reasons: tuple[Signal, ...]
    clients: tuple[ClientRelation, ...]
    attention: tuple[Reminder, ...]
    trend: tuple[Week, ...]
    promises: Promises = Promises()
    cost: Cost | None = None
    headline: str | None = None  # what drives an amber or red level: pressure, checkin or both
    rate: Rate = Rate()


@dataclass(frozen=True)
class WindowCounts:
    """What the services count over the 28-day window."""

    interactions: int = 0
    pressure: int = 0
    decided: int = 0
    conceded: int = 0
    unpaid_hours: float = 0.0
    checkins: int = 0
    # answers of the latest check-in in the window with at least MIN_ANSWERED answered
    checkin_answers: tuple[int | None, ...] | None = None


@dataclass(frozen=True)
class ClientCounts:
    """What the services count per client over the 90-day span."""

    id: str
    name: str
    interactions: int
    pressure: int
    decided: int
    conceded: int
    unpaid_hours: float
    discounts_conceded: int = 0
    good_signs: int = 0
    mood: float | None = None  # mean mood of its interactions with a mood
    archived: bool = False
    drifting: bool = False  # not archived and its stay-in-touch reminder is due on as_of


def window(as_of: date, days: int = WINDOW_DAYS) -> tuple[date, date]:
    """First and last local day of the `days` ending on `as_of`, both included."""
    return as_of - timedelta(days=days - 1), as_of


def trend_start(as_of: date) -> date:
    """Monday of the first of the 12 ISO weeks ending with the week that holds `as_of`."""
    return as_of - timedelta(days=as_of.weekday()) - timedelta(weeks=TREND_WEEKS - 1)


def level_of(value: float | None, amber: float, red: float) -> str:
    """At or above red: red; at or above amber: amber; else green; None: unknown."""
    if value is None:
        return "unknown"
    if value >= red - EPSILON:
        return "red"
    if value >= amber - EPSILON:
        return "amber"
    return "green"


def _signal(name: str, value: float | None, th: Thresholds, basis: float, numbers: dict[str, Any]) -> Signal:
    amber, red = th.of(name)
    return Signal(name, value, level_of(value, amber, red), amber, red, basis, numbers)


def answered(answers: tuple[int | None, ...]) -> int:
    return sum(1 for a in answers if a is not None)


def checkin_score(answers: tuple[int | None, ...]) -> float | None:
    """Mean of the answered items; None with fewer than MIN_ANSWERED answered."""
    given = [a for a in answers if a is not None]
    if len(given) < MIN_ANSWERED:
        return None
    return sum(given) / len(given)


def signals(counts: WindowCounts, th: Thresholds) -> tuple[Signal, ...]:
    """The four signals, in the spec's order."""
    rate = counts.conceded / counts.decided if counts.decided >= MIN_DECIDED else None
    answers = counts.checkin_answers
    score = checkin_score(answers) if answers is not None else None
    given = answered(answers) if answers is not None and score is not None else 0
    return (
        _signal("concession_rate", rate, th, counts.decided, {"conceded": counts.conceded, "decided": counts.decided}),
        _signal(
            "pressure_per_week",
            counts.pressure / WEEKS_IN_WINDOW,
            th,
            counts.pressure,
            {"events": counts.pressure, "days": WINDOW_DAYS},
        ),
        _signal(
            "unpaid_hours_per_week",
            counts.unpaid_hours / WEEKS_IN_WINDOW,
            th,
            counts.unpaid_hours,
            {"hours": counts.unpaid_hours, "days": WINDOW_DAYS},
        ),
        _signal("client_burnout_score", score, th, given, {"score": score, "answered": given}),
    )


def overall_level(sigs: tuple[Signal, ...], has_data: bool) -> str:
    """unknown without data in the window, else the highest level among known signals."""
    if not has_data:
        return "unknown"
    known = [LEVELS.index(s.level) for s in sigs if s.level != "unknown"]
    return LEVELS[max(known)] if known else "unknown"


def reasons(sigs: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """Signals at amber or red: red first, then amber, each in the spec's order."""
    return tuple(s for s in sigs if s.level == "red") + tuple(s for s in sigs if s.level == "amber")


def client_label(
    decided: int, conceded: int, pressure: int, interactions: int, good_signs: int = 0, drifting: bool = False
) -> str:
    """The first rule that applies over the 90-day span: bending, drifting, partnership, steady, watch."""
    if decided >= BENDING_MIN_DECIDED and conceded * 2 >= decided:
        return "bending"
    if drifting:
        return "drifting"
    if conceded == 0 and pressure * 4 <= interactions:
        return "partnership" if good_signs > 0 else "steady"
    return "watch"


def money(hours: float, rate: float) -> float:
    """Unpaid hours × rate, rounded to 2 places."""
    return round(hours * rate, 2)


def client_relations(rows: list[ClientCounts], rate: Rate = Rate()) -> tuple[ClientRelation, ...]:
    """One row per client with an interaction in the span or a drifting cadence, sorted by label, then name."""
    out = [
        ClientRelation(
            id=c.id,
            name=c.name,
            label=client_label(c.decided, c.conceded, c.pressure, c.interactions, c.good_signs, c.drifting),
            interactions=c.interactions,
            pressure_events=c.pressure,
            concession_rate=round(c.conceded / c.decided, 2) if c.decided else None,
            unpaid_hours=c.unpaid_hours,
            discounts_conceded=c.discounts_conceded,
            good_signs=c.good_signs,
            mood=round(c.mood, 2) if c.mood is not None else None,
            cost=money(c.unpaid_hours, rate.hourly_rate) if rate.hourly_rate is not None else None,
        )
        for c in rows
        if c.interactions > 0 or c.drifting
    ]
    return tuple(sorted(out, key=lambda c: (LABELS.index(c.label), c.name.casefold(), c.id)))


def promise_kept(follow_up_on: date, done: bool, done_on: date | None) -> bool:
    """Kept when marked done on or before the promised day; done without a known day counts as kept."""
    return done and (done_on is None or done_on <= follow_up_on)


def promises(found: list[tuple[date, bool, date | None]]) -> Promises:
    """(follow_up_on, done, done_on) of the follow-ups due in the window → kept of due."""
    return Promises(len(found), sum(1 for due, done, on in found if promise_kept(due, done, on)))


def cost(unpaid_hours: float, rate: Rate) -> Cost | None:
    """The window's unpaid hours in money; None when no rate is set."""
    if rate.hourly_rate is None:
        return None
    return Cost(unpaid_hours, rate.hourly_rate, rate.currency, money(unpaid_hours, rate.hourly_rate))


def headline_driver(level: str, sigs: tuple[Signal, ...]) -> str | None:
    """What the signals at the level's colour are: pressure, checkin or both (None below amber)."""
    if level not in ("amber", "red"):
        return None
    at = {s.name for s in sigs if s.level == level}
    pressure = bool(at & set(PRESSURE_SIGNALS))
    checkin = "client_burnout_score" in at
    if pressure and checkin:
        return "both"
    return "checkin" if checkin else "pressure"


def thank_reminder(as_of: date, note_id: str, written_on: date, text: str, client_id: str | None,
                   name: str | None) -> Reminder | None:  # fmt: skip
    """An unsaid thank-you written in the 14 days ending on `as_of`; due on the day it was written."""
    age = (as_of - written_on).days
    if not 0 <= age < THANK_DAYS:
        return None
    return Reminder("thank", note_id, client_id, name, written_on, text, age)


def trend(as_of: date, per_week: dict[date, Week]) -> tuple[Week, ...]:
    """The 12 weeks (Monday starts) ending with `as_of`'s week, oldest first; empty weeks as zeros."""
    first = trend_start(as_of)
    starts = [first + timedelta(weeks=i) for i in range(TREND_WEEKS)]
    return tuple(per_week.get(s, Week(s)) for s in starts)


def stay_in_touch_reminder(as_of: date, client_id: str, name: str, last_contact: date, cadence: int) -> Reminder | None:
    """Due when the last contact (or creation) is more than `cadence` days before `as_of`."""
    days = (as_of - last_contact).days
    if days <= cadence:
        return None
    return Reminder("stay_in_touch", client_id, client_id, name, last_contact + timedelta(days=cadence), name, days)


def checkin_reminder(as_of: date, latest_id: str | None, latest_on: date | None) -> Reminder | None:
    """Due when no check-in was taken in the 7 days ending on `as_of`."""
    if latest_on is not None and (as_of - latest_on).days < CHECKIN_EVERY_DAYS:
        return None
    if latest_on is None:
        return Reminder("checkin", None, None, None, None, "", None)
    return Reminder(
        "checkin", latest_id, None, None, latest_on + timedelta(days=CHECKIN_EVERY_DAYS), "", (as_of - latest_on).days
    )


def order_reminders(items: list[Reminder]) -> tuple[Reminder, ...]:
    """Oldest due first, undated last; ties by kind, then subject and id, so the order is stable."""
    return tuple(
        sorted(
            items,
            key=lambda r: (
                r.due is None,
                r.due or date.min,
                REMINDER_KINDS.index(r.kind),
                r.subject.casefold(),
                r.id or "",
            ),
        )
    )


def build_status(
    as_of: date,
    th: Thresholds,
    counts: WindowCounts,
    clients: list[ClientCounts],
    attention: list[Reminder],
    per_week: dict[date, Week],
    kept: Promises = Promises(),
    rate: Rate = Rate(),
) -> Status:
    """Assemble the whole status from the counted numbers."""
    sigs = signals(counts, th)
    level = overall_level(sigs, counts.interactions > 0 or counts.checkins > 0)
    return Status(
        as_of=as_of,
        window_days=WINDOW_DAYS,
        level=level,
        signals=sigs,
        reasons=reasons(sigs) if level != "unknown" else (),
        clients=client_relations(clients, rate),
        attention=order_reminders(attention),
        trend=trend(as_of, per_week),
        promises=kept,
        cost=cost(counts.unpaid_hours, rate),
        headline=headline_driver(level, sigs),
        rate=rate,
    )


def validate_thresholds(th: Thresholds) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, code, params) for each threshold out of bounds or not amber < red."""
    problems: list[tuple[str, str, dict[str, Any]]] = []
    for name in SIGNAL_NAMES:
        low, high = THRESHOLD_BOUNDS[name]
        amber, red = th.of(name)
        sound = True
        for which, value in (("amber", amber), ("red", red)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                problems.append((f"thresholds.{name}.{which}", "type", {"expected": "a number"}))
                sound = False
            elif not low <= value <= high:
                problems.append((f"thresholds.{name}.{which}", "range", {"low": low, "high": high}))
                sound = False
        if sound and not amber < red:
            problems.append((f"thresholds.{name}.red", "above", {"value": amber}))
    return problems
