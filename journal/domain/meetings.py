"""Meetings from a calendar (spec: meetings): which occurrences to keep, their keys, their clients.

Pure rules over values the calendar reader has already taken out of the file: an occurrence
is kept unless it is all-day, cancelled, declined by the calendar's owner, or has no attendee
but the owner; it is matched to a client by an attendee's e-mail (case-insensitive), else by
the client's name appearing, as whole words, in the title or in an attendee's name (any
alphabet, ё = е). No Qt, no SQL, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

TO_LOG_DAYS = 7  # meetings that ended in the 7 days ending on as_of
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Attendee:
    name: str | None
    email: str | None
    declined: bool = False


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a calendar event as the file gives it (times already resolved)."""

    uid: str
    start: datetime  # aware (its own zone or UTC), or naive for a floating time
    end: datetime
    title: str
    location: str = ""
    attendees: tuple[Attendee, ...] = ()
    organizer: Attendee | None = None
    all_day: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class ClientRef:
    id: str
    name: str
    email: str | None = None
    archived: bool = False
    tokens: tuple[str, ...] = field(default=(), compare=False)


def fold(text: str) -> str:
    """Case-insensitive in any alphabet, ё = е."""
    return text.casefold().replace("ё", "е")


class CalendarError(Exception):
    """The file is not a calendar Rapport can read; `line` is where (1-based), when known."""

    def __init__(self, template: str, line: int | None = None, **params: str):
        self.template, self.line, self.params = template, line, params
        reason = template.format(**params)
        super().__init__(f"line {line}: {reason}" if line else reason)


@lru_cache(maxsize=8192)  # client names and titles repeat: matching thousands of meetings
def words(text: str) -> tuple[str, ...]:
    """The text's words, folded; a Russian word by its stem, so that a name matches in any case
    ending ("встреча с ромашкой" names «Ромашка», "обед с Ольгой Смирновой" names Ольга Смирнова)."""
    return tuple(stem(w) for w in _WORD.findall(fold(text)))


_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ую",
            "а", "я", "о", "е", "ы", "и", "у", "ю", "й", "ь")  # fmt: skip
_CYRILLIC = re.compile(r"[а-я]")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A folded Russian word less its case ending (stems of at least 3 letters); others as they are."""
    if len(word) < 4 or not _CYRILLIC.match(word):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def utc(moment: datetime) -> datetime:
    """The moment in UTC; a floating (naive) time is the computer's local time."""
    return moment.astimezone(UTC)


def meeting_key(uid: str, start: datetime) -> str:
    """`UID@YYYYMMDDTHHMMSSZ`: the event's UID and the occurrence's start in UTC."""
    return f"{uid}@{utc(start).strftime('%Y%m%dT%H%M%SZ')}"


def local_day(moment: datetime) -> date:
    """The computer's local day of a moment (floating times are local already)."""
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def _address(email: str | None) -> str | None:
    return email.strip().casefold() if email and email.strip() else None


def infer_owner(events: Iterable[tuple[str, Sequence[Attendee], Attendee | None]]) -> set[str]:
    """The calendar owner's address when the file does not say: the one address that is among the
    people of every event with attendees (at least 3 events), as an exported calendar's owner is."""
    common: set[str] | None = None
    seen = 0
    for _uid, attendees, organizer in events:
        if not attendees:
            continue
        people = {a for a in (_address(p.email) for p in (*attendees, organizer) if p) if a}
        common = people if common is None else common & people
        seen += 1
    return common if common is not None and seen >= 3 and len(common) == 1 else set()


def others(occurrence: Occurrence, owner: set[str]) -> tuple[Attendee, ...]:
    """The attendees other than the calendar's owner (the organizer stands for the owner when
    the owner is not known)."""
    me = owner or {a for a in [_address(occurrence.organizer.email if occurrence.organizer else None)] if a}
    return tuple(a for a in occurrence.attendees if _address(a.email) not in me or _address(a.email) is None)


def skip_reason(occurrence: Occurrence, owner: set[str]) -> str | None:
    """Why an occurrence is not a meeting to log: all_day, cancelled, declined, alone; None to keep."""
    if occurrence.all_day:
        return "all_day"
    if occurrence.cancelled:
        return "cancelled"
    if any(a.declined and _address(a.email) in owner for a in occurrence.attendees):
        return "declined"
    if not others(occurrence, owner):
        return "alone"
    return None


class ClientMatcher:
    """Finds the client of a meeting among many quickly (names indexed by their first word)."""

    def __init__(self, clients: Iterable[ClientRef]):
        self.by_email: dict[str, list[ClientRef]] = {}
        self.by_first_word: dict[str, list[ClientRef]] = {}
        for client in clients:
            address = _address(client.email)
            if address:
                self.by_email.setdefault(address, []).append(client)
            tokens = words(client.name)
            if tokens:
                self.by_first_word.setdefault(tokens[0], []).append(
                    ClientRef(client.id, client.name, client.email, client.archived, tokens)
                )

    def match(self, title: str, attendees: Sequence[Attendee]) -> str | None:
        """The client's id, or None when nothing matches or two clients match equally well."""
        for attendee in attendees:
            address = _address(attendee.email)
            if address and address in self.by_email:
                return _best(self.by_email[address], by_length=False)
        found: list[ClientRef] = []
        for text in (title, *(a.name or "" for a in attendees)):
            found += self._named_in(words(text))
        return _best(found, by_length=True)

    def _named_in(self, tokens: tuple[str, ...]) -> list[ClientRef]:
        found = []
        for i, token in enumerate(tokens):
            for client in self.by_first_word.get(token, ()):
                if tokens[i : i + len(client.tokens)] == client.tokens:
                    found.append(client)
        return found


def _best(candidates: list[ClientRef], *, by_length: bool) -> str | None:
    """One client: the active over the archived, the longest name; None when still a tie."""
    distinct = {c.id: c for c in candidates}
    if not distinct:
        return None
    ranked = sorted(distinct.values(), key=lambda c: (c.archived, -len(c.tokens) if by_length else 0))
    top = ranked[0]
    rank = (top.archived, -len(top.tokens) if by_length else 0)
    ties = [c for c in ranked if (c.archived, -len(c.tokens) if by_length else 0) == rank]
    return top.id if len(ties) == 1 else None


def to_log_window(as_of: date) -> tuple[date, date]:
    """The local days whose meetings are to log on `as_of`: the 7 days ending on it."""
    return as_of - timedelta(days=TO_LOG_DAYS - 1), as_of


def to_log_span(as_of: date) -> tuple[int, int]:
    """[start, end) UTC epochs of those days in the computer's zone (DST-aware)."""
    first, last = to_log_window(as_of)
    return tuple(int(datetime.combine(d, datetime.min.time()).astimezone().timestamp())
                 for d in (first, last + timedelta(days=1)))  # type: ignore[return-value]  # fmt: skip
