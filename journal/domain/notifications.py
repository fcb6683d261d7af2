"""When Rapport speaks up outside its window: the rules of the daily and weekly notifications.

Pure: given the moment (`now`, from an injectable clock), what is due (the reminders Today
shows) and what was said before (`NoticeState`), `decide` says which notice to show, if any:

- nothing before the chosen time of day (default 9:00), and nothing when switched off;
- never more than one an hour;
- on the chosen weekday, once, the weekly check-in and review ("Your week: …");
- otherwise, once something is due that no notice has mentioned yet, the summary of what is
  due ("3 follow-ups due today · 1 client … · 2 meetings to log"); a day with nothing new
  brings nothing.

No Qt, no clock, no I/O; the sentences are made in `services/text` (the UI's catalogue).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from journal.domain.indicators import Reminder

MIN_GAP = timedelta(hours=1)
REMEMBERED = 500  # items already announced that are kept (the oldest are forgotten first)


@dataclass(frozen=True)
class NoticeSettings:
    enabled: bool = True
    daily_at: time = time(9, 0)
    weekly_day: int = 4  # Monday = 0 … Sunday = 6; Friday by default
    weekly_enabled: bool = True


@dataclass(frozen=True)
class NoticeState:
    """What earlier notices said (kept in the app's settings between runs)."""

    last_shown: datetime | None = None
    last_weekly: date | None = None
    announced: tuple[str, ...] = ()  # item keys "kind:id" already mentioned


@dataclass(frozen=True)
class Counts:
    follow_ups: int = 0
    stay_in_touch: int = 0
    incidents: int = 0
    meetings: int = 0
    checkin: int = 0
    thanks: int = 0

    def total(self) -> int:
        return self.follow_ups + self.stay_in_touch + self.incidents + self.meetings + self.checkin + self.thanks


@dataclass(frozen=True)
class Notice:
    kind: str  # "due" or "weekly"
    counts: Counts = field(default_factory=Counts)
    first: Reminder | None = None  # the item a click opens Today at
    week: tuple[int, int, int] | None = None  # interactions, pushes, conceded (weekly)


def item_key(reminder: Reminder) -> str:
    return f"{reminder.kind}:{reminder.id or ''}:{reminder.due.isoformat() if reminder.due else ''}"


def count(due: Iterable[Reminder]) -> Counts:
    by_kind: dict[str, int] = {}
    for r in due:
        by_kind[r.kind] = by_kind.get(r.kind, 0) + 1
    return Counts(by_kind.get("follow_up", 0), by_kind.get("stay_in_touch", 0), by_kind.get("incident", 0),
                  by_kind.get("meeting", 0), by_kind.get("checkin", 0), by_kind.get("thank", 0))  # fmt: skip


def decide(
    now: datetime,
    due: Sequence[Reminder],
    settings: NoticeSettings,
    state: NoticeState,
    week: tuple[int, int, int] | None = None,
) -> tuple[Notice | None, NoticeState]:
    """The notice to show at `now`, if any, and the state after it."""
    if not settings.enabled or now.time() < settings.daily_at:
        return None, state
    if state.last_shown is not None and now - state.last_shown < MIN_GAP:
        return None, state
    today = now.date()
    if settings.weekly_enabled and now.weekday() == settings.weekly_day and state.last_weekly != today:
        notice = Notice("weekly", count(due), None, week or (0, 0, 0))
        return notice, replace(state, last_shown=now, last_weekly=today)
    said = set(state.announced)
    new = [r for r in due if item_key(r) not in said]
    if not new:
        return None, state
    keys = [item_key(r) for r in due]
    remembered = tuple(dict.fromkeys([*state.announced, *keys]))[-REMEMBERED:]
    return Notice("due", count(due), new[0]), replace(state, last_shown=now, announced=remembered)
