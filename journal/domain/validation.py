"""The rules of `spec/interchange.md` for every entity, applied to JSON-shaped dicts.

One validator per entity turns a dict (from a file, or from an editor) into a record, or
collects every problem as a `Problem`: where it is (`interactions[3].pressure[0].kind`), a
message code and its parameters. Codes become sentences in `journal/services/text.py`, so
the command line and the window say the same thing in the user's language.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from journal.domain.records import (
    CHANNELS,
    CHECKIN_SCORES,
    INCIDENT_STEPS,
    PRESSURE_KINDS,
    RESPONSES,
    SIGN_KINDS,
    CheckIn,
    Client,
    GoodSign,
    GratitudeNote,
    Incident,
    Interaction,
    Lesson,
    PressureEvent,
)

MAX_TEXT = 1_000_000
MAX_ID = 64
MAX_SIGN_NOTE = 2000
# Every date and moment must fall in these years, in UTC and in local time alike: every part
# of Rapport (the window, the timeline's local days, CSV and PDF) can show them.
YEAR_LOW, YEAR_HIGH = 1900, 2200
CUT = 80  # a value quoted in a message is cut to this many characters


@dataclass(frozen=True)
class Problem:
    path: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        # A message never echoes a 10 MB value or a 5,000-digit number whole.
        object.__setattr__(self, "path", cut(self.path, 3 * CUT))
        quoted = tuple((k, v if _small_number(v) or v is None else cut(v)) for k, v in self.params)
        object.__setattr__(self, "params", quoted)

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)

    def english(self) -> str:
        return (
            f"{self.path}: {ENGLISH[self.code].format(**dict(self.params))}"
            if self.path
            else (ENGLISH[self.code].format(**dict(self.params)))
        )


class InvalidInput(ValueError):
    """Raised by services when input breaks the rules; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.english() for p in problems[:20]))


ENGLISH = {
    "required": "is required",
    "unknown_field": "is not a known field",
    "type": "must be {expected}",
    "length": "must be {low}–{high} characters",
    "range": "must be between {low} and {high}",
    "choice": "'{value}' is not one of {choices}",
    "datetime": "'{value}' is not a date-time with a UTC offset (like 2026-11-20T14:30:00+03:00)",
    "date": "'{value}' is not a date (YYYY-MM-DD)",
    "id": "must be a non-empty string of at most 64 characters",
    "both_recipients": "give either to_client_id or to_name, not both",
    "answers": "must be a list of 6 answers",
    "score": "'{value}' is not one of 0, 25, 50, 75, 100 or null",
    "reference": "'{value}' does not refer to a {kind} in the file or the journal",
    "duplicate_id": "'{value}' appears twice",
    "format": "this is not a Rapport journal file (format must be 'rapport-journal')",
    "version": "version {value} is not supported (this Rapport reads versions 1 and 2)",
    "done_on_not_done": "must be null unless follow_up_done is true",
    "done_on_early": "'{value}' is before the interaction's day ({day})",
    "json": "the file is not valid JSON ({detail})",
    "not_object": "must be an object",
    "encoding": "contains characters that are not valid text (a lone UTF-16 surrogate)",
    "above": "must be greater than {value}",
    "year": "'{value}' is outside the years {low}–{high}",
    "unreadable": "the file cannot be read ({detail})",
}


def cut(value: Any, limit: int = CUT) -> str:
    """A value as a message quotes it: at most `limit` characters, a huge number by its size."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        return f"<a number of {len(str(abs(value))) if value.bit_length() < 14_000 else 'over 4,000'} digits>"
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def _small_number(value: Any) -> bool:
    return isinstance(value, float) or (isinstance(value, int) and value.bit_length() <= 256)  # bool included


def in_years(moment: date) -> bool:
    return YEAR_LOW <= moment.year <= YEAR_HIGH


def is_encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def new_id() -> str:
    return str(uuid.uuid4())


class _Reader:
    """Reads one dict field by field, recording problems instead of raising."""

    def __init__(self, data: Any, path: str, problems: list[Problem], known: tuple[str, ...]):
        self.path = path
        self.problems = problems
        if not isinstance(data, dict):
            self.fail("", "not_object")
            data = {}
        self.data = data
        for key in data:
            if key not in known:
                self.fail(str(key), "unknown_field")

    def where(self, key: str) -> str:
        if not key:
            return self.path
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(self.where(key), code, tuple(params.items())))

    def _get(self, key: str, default: Any, required: bool) -> tuple[bool, Any]:
        if key not in self.data:
            if required:
                self.fail(key, "required")
            return False, default
        return True, self.data[key]

    def id(self, key: str = "id", *, required: bool = False, nullable: bool = False) -> Any:
        present, value = self._get(key, None, required)
        if not present or (value is None and nullable):
            return new_id() if key == "id" and not required else value
        if not isinstance(value, str) or not value or len(value) > MAX_ID or not is_encodable(value):
            self.fail(key, "id")
            return None
        return value

    def text(
        self,
        key: str,
        *,
        default: str | None = "",
        low: int = 0,
        high: int = MAX_TEXT,
        required: bool = False,
        nullable: bool = False,
        trim: bool = False,
    ) -> Any:
        present, value = self._get(key, default, required)
        if not present:
            return value
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.fail(key, "type", expected="text" + (" or null" if nullable else ""))
            return default
        checked = value.strip() if trim else value
        if not is_encodable(checked):
            self.fail(key, "encoding")
            return default
        if not low <= len(checked) <= high:
            self.fail(key, "length", low=low, high=high)
        return checked

    def boolean(self, key: str, default: bool = False) -> bool:
        present, value = self._get(key, default, False)
        if present and not isinstance(value, bool):
            self.fail(key, "type", expected="true or false")
            return default
        return bool(value)

    def number(
        self,
        key: str,
        low: float,
        high: float,
        *,
        default: Any = None,
        nullable: bool = False,
        integer: bool = False,
        required: bool = False,
    ) -> Any:
        present, value = self._get(key, default, required)
        if not present or (value is None and nullable):
            return value
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type or (isinstance(value, float) and not math.isfinite(value)):
            expected = "a whole number" if integer else "a number"
            self.fail(key, "type", expected=expected + (" or null" if nullable else ""))
            return default
        if not low <= value <= high:
            self.fail(key, "range", low=low, high=high)
            return default
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> Any:
        present, value = self._get(key, default, default is None)
        if present and value not in choices:
            self.fail(key, "choice", value=value, choices=", ".join(choices))
            return default or choices[0]
        return value

    def day(self, key: str, *, required: bool = False, nullable: bool = True) -> date | None:
        present, value = self._get(key, None, required)
        if not present or (value is None and nullable):
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            parsed = date.fromisoformat(value)
        except ValueError:
            self.fail(key, "date", value=value)
            return None
        if not in_years(parsed):
            self.fail(key, "year", value=value, low=str(YEAR_LOW), high=str(YEAR_HIGH))  # years are not grouped
            return None
        return parsed

    def moment(self, key: str, *, required: bool = False) -> datetime | None:
        present, value = self._get(key, None, required)
        if not present:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value)
            if parsed.utcoffset() is None:
                raise ValueError
        except (ValueError, OverflowError):
            self.fail(key, "datetime", value=value)
            return None
        try:
            sound = in_years(parsed.astimezone(UTC)) and in_years(parsed.astimezone())
        except (ValueError, OverflowError):  # so far out that it has no UTC or local time
            sound = False
        if not sound:
            self.fail(key, "year", value=value, low=str(YEAR_LOW), high=str(YEAR_HIGH))  # years are not grouped
            return None
        return parsed

    def tags(self, key: str = "tags") -> tuple[str, ...]:
        present, value = self._get(key, [], False)
        if not present:
            return ()
        if not isinstance(value, list):
            self.fail(key, "type", expected="a list of tags")
            return ()
        tags = []
        for i, tag in enumerate(value):
            if not isinstance(tag, str):
                self.problems.append(Problem(f"{self.where(key)}[{i}]", "type", (("expected", "text"),)))
            elif not is_encodable(tag):
                self.problems.append(Problem(f"{self.where(key)}[{i}]", "encoding"))
            elif not 1 <= len(tag.strip()) <= 50:
                self.problems.append(Problem(f"{self.where(key)}[{i}]", "length", (("low", 1), ("high", 50))))
            else:
                tags.append(tag.strip())
        return tuple(tags)


CLIENT_FIELDS = (
    "id", "name", "company", "email", "phone", "notes", "tags", "stay_in_touch_days", "archived",
    "created_at",
)  # fmt: skip


def read_client(data: Any, path: str, problems: list[Problem]) -> Client:
    r = _Reader(data, path, problems, CLIENT_FIELDS)
    return Client(
        id=r.id(),
        name=r.text("name", low=1, high=200, required=True, trim=True) or "",
        company=r.text("company", high=200) or "",
        email=r.text("email", default=None, high=320, nullable=True),
        phone=r.text("phone", default=None, high=100, nullable=True),
        notes=r.text("notes") or "",
        tags=r.tags(),
        stay_in_touch_days=r.number("stay_in_touch_days", 1, 3650, nullable=True, integer=True),
        archived=r.boolean("archived"),
        created_at=r.moment("created_at"),
    )


PRESSURE_FIELDS = ("id", "kind", "response", "unpaid_hours", "discount_pct", "note")


def read_pressure(data: Any, path: str, problems: list[Problem]) -> PressureEvent:
    r = _Reader(data, path, problems, PRESSURE_FIELDS)
    return PressureEvent(
        id=r.id(),
        kind=r.choice("kind", PRESSURE_KINDS),
        response=r.choice("response", RESPONSES, "pending"),
        unpaid_hours=float(r.number("unpaid_hours", 0, 1000, default=0) or 0),
        discount_pct=r.number("discount_pct", 0, 100, nullable=True),
        note=r.text("note") or "",
    )


SIGN_FIELDS = ("id", "kind", "note")


def read_sign(data: Any, path: str, problems: list[Problem]) -> GoodSign:
    r = _Reader(data, path, problems, SIGN_FIELDS)
    return GoodSign(id=r.id(), kind=r.choice("kind", SIGN_KINDS), note=r.text("note", high=MAX_SIGN_NOTE) or "")


INTERACTION_FIELDS = (
    "id", "client_id", "occurred_at", "channel", "summary", "notes", "mood", "follow_up_on",
    "follow_up_done", "tags", "pressure", "signs", "follow_up_done_on",
)  # fmt: skip


def _items(r: _Reader, key: str, reader: Callable[[Any, str, list[Problem]], Any]) -> tuple[Any, ...]:
    raw = r.data.get(key, [])
    if not isinstance(raw, list):
        r.fail(key, "type", expected="a list")
        return ()
    return tuple(reader(item, f"{r.where(key)}[{i}]", r.problems) for i, item in enumerate(raw))


def read_interaction(data: Any, path: str, problems: list[Problem]) -> Interaction:
    r = _Reader(data, path, problems, INTERACTION_FIELDS)
    pressure = _items(r, "pressure", read_pressure)
    signs = _items(r, "signs", read_sign)
    record = Interaction(
        id=r.id(),
        client_id=r.id("client_id", required=True) or "",
        occurred_at=r.moment("occurred_at", required=True) or datetime.min,
        channel=r.choice("channel", CHANNELS, "other"),
        summary=r.text("summary", low=1, high=500, required=True, trim=True) or "",
        notes=r.text("notes") or "",
        mood=r.number("mood", -2, 2, nullable=True, integer=True),
        follow_up_on=r.day("follow_up_on"),
        follow_up_done=r.boolean("follow_up_done"),
        tags=r.tags(),
        pressure=pressure,
        signs=signs,
        follow_up_done_on=r.day("follow_up_done_on"),
    )
    done_on, day = record.follow_up_done_on, record.occurred_at.date()
    if done_on is not None and not record.follow_up_done:
        r.fail("follow_up_done_on", "done_on_not_done")
    elif done_on is not None and record.occurred_at != datetime.min and done_on < day:
        r.fail("follow_up_done_on", "done_on_early", value=done_on.isoformat(), day=day.isoformat())
    return record


GRATITUDE_FIELDS = ("id", "written_on", "to_client_id", "to_name", "text", "expressed")


def read_gratitude(data: Any, path: str, problems: list[Problem]) -> GratitudeNote:
    r = _Reader(data, path, problems, GRATITUDE_FIELDS)
    note = GratitudeNote(
        id=r.id(),
        written_on=r.day("written_on", required=True, nullable=False) or date.min,
        to_client_id=r.id("to_client_id", nullable=True),
        to_name=r.text("to_name", default=None, low=1, high=200, nullable=True, trim=True),
        text=r.text("text", low=1, high=MAX_TEXT, required=True, trim=True) or "",
        expressed=r.boolean("expressed"),
    )
    if note.to_client_id is not None and note.to_name is not None:
        r.fail("to_name", "both_recipients")
    return note


LESSON_FIELDS = (
    "id", "written_on", "interaction_id", "incident_id", "what_happened", "lesson", "next_time",
    "tags",
)  # fmt: skip


def read_lesson(data: Any, path: str, problems: list[Problem]) -> Lesson:
    r = _Reader(data, path, problems, LESSON_FIELDS)
    return Lesson(
        id=r.id(),
        written_on=r.day("written_on", required=True, nullable=False) or date.min,
        interaction_id=r.id("interaction_id", nullable=True),
        incident_id=r.id("incident_id", nullable=True),
        what_happened=r.text("what_happened") or "",
        lesson=r.text("lesson") or "",
        next_time=r.text("next_time") or "",
        tags=r.tags(),
    )


INCIDENT_FIELDS = ("id", "client_id", "opened_on", "title", "steps", "follow_up_on", "resolved_on")


def read_incident(data: Any, path: str, problems: list[Problem]) -> Incident:
    r = _Reader(data, path, problems, INCIDENT_FIELDS)
    steps_reader = _Reader(r.data.get("steps", {}), r.where("steps"), problems, INCIDENT_STEPS)
    steps = {step: steps_reader.text(step) or "" for step in INCIDENT_STEPS}
    return Incident(
        id=r.id(),
        client_id=r.id("client_id", required=True) or "",
        opened_on=r.day("opened_on", required=True, nullable=False) or date.min,
        title=r.text("title", low=1, high=500, required=True, trim=True) or "",
        steps=steps,
        follow_up_on=r.day("follow_up_on"),
        resolved_on=r.day("resolved_on"),
    )


CHECKIN_FIELDS = ("id", "taken_on", "answers", "note")


def read_checkin(data: Any, path: str, problems: list[Problem]) -> CheckIn:
    r = _Reader(data, path, problems, CHECKIN_FIELDS)
    raw = r.data.get("answers")
    answers: list[int | None] = [None] * 6
    if "answers" not in r.data:
        r.fail("answers", "required")
    elif not isinstance(raw, list) or len(raw) != 6:
        r.fail("answers", "answers")
    else:
        for i, value in enumerate(raw):
            if value is None or (type(value) is int and value in CHECKIN_SCORES):
                answers[i] = value
            else:
                problems.append(Problem(f"{r.where('answers')}[{i}]", "score", (("value", value),)))
    return CheckIn(
        id=r.id(),
        taken_on=r.day("taken_on", required=True, nullable=False) or date.min,
        answers=tuple(answers),
        note=r.text("note") or "",
    )


READERS: dict[str, Callable[[Any, str, list[Problem]], Any]] = {
    "clients": read_client,
    "interactions": read_interaction,
    "gratitude": read_gratitude,
    "lessons": read_lesson,
    "incidents": read_incident,
    "checkins": read_checkin,
}


T = TypeVar("T")


def validated(reader: Callable[[Any, str, list[Problem]], T], data: Any, path: str = "") -> T:
    """Read one record or raise `InvalidInput` with every problem in it."""
    problems: list[Problem] = []
    record = reader(data, path, problems)
    if problems:
        raise InvalidInput(problems)
    return record
