"""Reading an iCalendar file (RFC 5545) as Outlook, Google Calendar and Apple Calendar export it.

Gives every occurrence of every event as a `domain.meetings.Occurrence`, times in their own
zone (TZID with its VTIMEZONE, Windows zone names included; UTC; floating = naive, i.e.
local). Recurring series (RRULE, RDATE, EXDATE, moved occurrences with RECURRENCE-ID) are
expanded by `recurring-ical-events` over `icalendar`, which also applies Google's
X-WR-TIMEZONE. Single events, the bulk of a real export, take a fast path: the file's
content lines are split here once, and their values are read with icalendar's own value
types, because icalendar's full parse costs about a millisecond an event and a year of
meetings must import in well under two seconds. A file that is not iCalendar raises
`CalendarError` naming the line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
from icalendar.prop import vDDDTypes, vDuration
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from journal.domain.meetings import Attendee, CalendarError, Occurrence

_NAME = r"[A-Za-z0-9-]+"
_PARAM = re.compile(rf';({_NAME})=((?:"[^"]*"|[^";:\r\n])*)')
_FOLD = re.compile(r"\r?\n[ \t]")
_BAD_LINE = re.compile(rf"^(?![ \t]|\r?$)(?!{_NAME}[;:]).*$", re.M)
_EDGE = re.compile(r"^(BEGIN|END):[ \t]*([^\r\n]*?)[ \t]*\r?$", re.M | re.I)
_ALARM = re.compile(r"^BEGIN:VALARM\b.*?^END:VALARM[^\n]*\n?", re.M | re.S | re.I)
NEEDED = "UID|DTSTART|DTEND|DURATION|RRULE|RDATE|EXDATE|RECURRENCE-ID|SUMMARY|LOCATION|STATUS|ATTENDEE|ORGANIZER"
_PROP = re.compile(rf'^({NEEDED})((?:;{_NAME}=(?:"[^"]*"|[^";:\r\n])*)*):([^\r\n]*)', re.M | re.I)
_HEADER = re.compile(r"^(X-WR-CALNAME|X-WR-TIMEZONE|VERSION|PRODID):([^\r\n]*)", re.M | re.I)
RECURRENCE = ("RRULE", "RDATE", "RECURRENCE-ID")
HORIZON = timedelta(days=366)  # recurring series are expanded this far past now (or the file's last event)
_FAR_PAST = datetime(1900, 1, 1)


@dataclass
class _Block:
    """One VEVENT: the first value of each property Rapport reads, its attendees, and those lines."""

    line: int
    text: str
    props: dict[str, tuple[dict[str, str], str]] = field(default_factory=dict)
    attendees: list[tuple[dict[str, str], str]] = field(default_factory=list)

    def first(self, name: str) -> tuple[dict[str, str], str] | None:
        return self.props.get(name)

    def has(self, name: str) -> bool:
        return name in self.props


@dataclass
class CalendarContents:
    occurrences: list[Occurrence]
    owner: set[str]  # addresses the file names as its owner's (Google's X-WR-CALNAME)
    events: int  # VEVENT components read


def _params(text: str) -> dict[str, str]:
    if not text:
        return {}
    return {k.upper(): v[1:-1] if v[:1] == '"' and v[-1:] == '"' else v for k, v in _PARAM.findall(text)}


def _line_of(original: str, unfolded: str, offset: int) -> int:
    """The physical line of the file where the unfolded text's `offset` lies (for messages)."""
    start = unfolded.rfind("\n", 0, offset) + 1
    probe = unfolded[start : start + 40].rstrip("\r")
    where = original.find(probe) if probe else -1
    return original.count("\n", 0, where) + 1 if where >= 0 else unfolded.count("\n", 0, offset) + 1


def _components(original: str, text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each component directly inside VCALENDAR; the nesting is checked."""
    stack: list[str] = []
    found: list[tuple[str, int, int]] = []
    opened = 0
    for edge in _EDGE.finditer(text):
        verb, kind = edge.group(1).upper(), edge.group(2).upper()
        if verb == "BEGIN":
            if not stack and kind != "VCALENDAR":
                raise CalendarError(
                    "the file does not begin with BEGIN:VCALENDAR", _line_of(original, text, edge.start())
                )
            stack.append(kind)
            if len(stack) == 2:
                opened = edge.end()
            continue
        if not stack or stack[-1] != kind:
            where = _line_of(original, text, edge.start())
            raise CalendarError(
                "END:{end} does not close BEGIN:{begin}", where, end=kind, begin=stack[-1] if stack else "…"
            )
        stack.pop()
        if len(stack) == 1:
            found.append((kind, opened, edge.start()))
    if stack:
        raise CalendarError("BEGIN:{kind} is never closed (the file is cut short?)", kind=stack[-1])
    return found


def _split(data: bytes) -> tuple[dict[str, str], list[str], list[_Block]]:
    """The calendar's own properties, its VTIMEZONE texts and its events' blocks."""
    try:
        original = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CalendarError("the file is not UTF-8 text", data[: exc.start].count(b"\n") + 1) from None
    text = _FOLD.sub("", original)
    bad = _BAD_LINE.search(text)
    if bad is not None:
        raise CalendarError("this is not an iCalendar content line", _line_of(original, text, bad.start()))
    parts = _components(original, text)
    if not parts and not _EDGE.search(text):
        raise CalendarError("the file holds no calendar")
    header: dict[str, str] = {}
    zones: list[str] = []
    blocks: list[_Block] = []
    outside = 0
    for kind, start, end in parts:
        if kind == "VTIMEZONE":
            zones.append(f"BEGIN:VTIMEZONE\r\n{text[start:end].strip()}\r\nEND:VTIMEZONE")
        elif kind == "VEVENT":
            body = text[start:end]
            if "VALARM" in body.upper():
                body = _ALARM.sub("", body)
            block = _Block(start, "")
            found = _PROP.findall(body)
            block.text = "\r\n".join(f"{name}{params}:{value}" for name, params, value in found)
            for name, params, value in found:
                name = name.upper()
                if name == "ATTENDEE":
                    block.attendees.append((_params(params), value))
                elif name not in block.props:
                    block.props[name] = (_params(params), value)
            blocks.append(block)
        for name, value in _HEADER.findall(text, outside, start):
            header.setdefault(name.upper(), value.strip())
        outside = end
    for name, value in _HEADER.findall(text, outside):
        header.setdefault(name.upper(), value.strip())
    newlines = [m.start() for m in re.finditer("\n", text)]
    for block in blocks:  # offsets into line numbers (of the unfolded text), for messages
        block.line = bisect.bisect_left(newlines, block.line) + 1
    return header, zones, blocks


def _iana(tzid: str) -> tzinfo | None:
    """The IANA zone a TZID names (an IANA name, or a Windows one as Outlook writes), if any."""
    name = WINDOWS_TO_OLSON.get(tzid.strip('"'), tzid.strip('"'))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _zones(header: dict[str, str], zones: list[str]) -> dict[str, tzinfo]:
    """Every VTIMEZONE of the file as a tzinfo, by its TZID: the IANA zone it names when there is
    one (as calendar apps do; and it is a hundred times quicker than evaluating the VTIMEZONE's
    rules for each time), else the VTIMEZONE itself, which icalendar builds."""
    if not zones:
        return {}
    try:
        calendar = icalendar.Calendar.from_ical("\r\n".join(["BEGIN:VCALENDAR", *zones, "END:VCALENDAR"]))
        return {
            str(z["TZID"]): _iana(str(z["TZID"])) or z.to_tz()
            for z in calendar.walk("VTIMEZONE")
            if isinstance(z, icalendar.Timezone)
        }
    except (ValueError, KeyError) as exc:
        raise CalendarError("a time zone definition cannot be read ({detail})", detail=str(exc)) from None


def _quick(moment: date | datetime) -> date | datetime:
    """A time in a VTIMEZONE-built zone moved to the IANA zone of the same name, when there is one."""
    if not isinstance(moment, datetime) or moment.tzinfo is None or isinstance(moment.tzinfo, ZoneInfo):
        return moment
    zone = moment.tzinfo
    name = getattr(zone, "_tzid", None) or str(zone)
    better = _IANA_CACHE.get(name)
    if better is None and name not in _IANA_CACHE:
        better = _IANA_CACHE[name] = _iana(name)
    return moment.replace(tzinfo=better) if better is not None else moment


_IANA_CACHE: dict[str, tzinfo | None] = {}


def _zone(zones: dict[str, tzinfo], tzid: str | None) -> tzinfo | None:
    if not tzid:
        return None
    return zones.get(tzid) or tzp.timezone(tzid)


def _moment(prop: tuple[dict[str, str], str], zones: dict[str, tzinfo], line: int) -> date | datetime:
    params, value = prop
    moment: object
    try:
        moment = vDDDTypes.from_ical(value.strip())
    except ValueError:
        moment = None
    if not isinstance(moment, date):  # nor a duration, a time of day or a period that DDD also reads
        raise CalendarError("'{value}' is not a date or time", line, value=value)
    if isinstance(moment, datetime) and moment.tzinfo is None:
        zone = _zone(zones, params.get("TZID"))
        if zone is not None:
            moment = moment.replace(tzinfo=zone)
    return moment


def _person(value: str, params: dict[str, str], partstat: bool = True) -> Attendee | None:
    if params.get("CUTYPE", "").upper() in ("RESOURCE", "ROOM"):
        return None
    address = value.strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    email = (params.get("EMAIL") or address).strip() or None
    name = (params.get("CN") or "").strip() or None
    if name and email and name.casefold() == email.casefold():
        name = None  # Google writes the address as the name when it knows none
    declined = partstat and params.get("PARTSTAT", "").upper() == "DECLINED"
    return Attendee(name, email if email and "@" in email else None, declined)


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _text(value: str) -> str:
    """A TEXT value with RFC 5545's escapes undone (\\, \\; \\n \\\\)."""
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _single(block: _Block, zones: dict[str, tzinfo]) -> Occurrence | None:
    """The one occurrence of an event that does not recur (fast path)."""
    uid, start = block.first("UID"), block.first("DTSTART")
    if uid is None or start is None:
        return None
    begins = _moment(start, zones, block.line)
    end = block.first("DTEND")
    if end is not None:
        ends = _moment(end, zones, block.line)
    elif (duration := block.first("DURATION")) is not None:
        length: object
        try:
            length = vDuration.from_ical(duration[1].strip())
        except ValueError:
            length = None
        if not isinstance(length, timedelta):
            raise CalendarError("'{value}' is not a duration", block.line, value=duration[1])
        ends = begins + length
    else:
        ends = begins
    summary, location, status = block.first("SUMMARY"), block.first("LOCATION"), block.first("STATUS")
    organizer = block.first("ORGANIZER")
    attendees = [_person(v, p) for p, v in block.attendees]
    return _occurrence(
        uid[1].strip(),
        begins,
        ends,
        _text(summary[1]) if summary else "",
        _text(location[1]) if location else "",
        tuple(a for a in attendees if a),
        _person(organizer[1], organizer[0], partstat=False) if organizer else None,
        (status[1].strip().upper() if status else "") == "CANCELLED",
    )


def _occurrence(
    uid: str,
    begins: date | datetime,
    ends: date | datetime,
    title: str,
    location: str,
    attendees: tuple[Attendee, ...],
    organizer: Attendee | None,
    cancelled: bool,
) -> Occurrence:
    begins, ends = _quick(begins), _quick(ends)
    all_day = not isinstance(begins, datetime)
    start = begins if isinstance(begins, datetime) else datetime.combine(begins, datetime.min.time())
    end = ends if isinstance(ends, datetime) else datetime.combine(ends, datetime.min.time())
    if (end.tzinfo is None) != (start.tzinfo is None):
        end = end.replace(tzinfo=start.tzinfo)
    return Occurrence(uid, start, max(end, start), title, location, attendees, organizer, all_day, cancelled)


def _from_component(event: icalendar.Event, start: date | datetime, end: date | datetime) -> Occurrence:
    """One occurrence of a recurring series: its source component, at `start`…`end`."""

    def person(prop: icalendar.vCalAddress, partstat: bool = True) -> Attendee | None:
        return _person(str(prop), {k.upper(): str(v) for k, v in prop.params.items()}, partstat)

    found = event.get("ATTENDEE", [])
    found = found if isinstance(found, list) else [found]
    organizer = event.get("ORGANIZER")
    return _occurrence(
        str(event.get("UID", "")).strip(),
        start,
        end,
        str(event.get("SUMMARY", "")).strip(),
        str(event.get("LOCATION", "")).strip(),
        tuple(a for a in (person(p) for p in found) if a),
        person(organizer, partstat=False) if organizer is not None else None,
        str(event.get("STATUS", "")).upper() == "CANCELLED",
    )


def _series(query: recurring_ical_events.CalendarQuery, until: datetime) -> list[Occurrence]:
    """Every occurrence up to `until`. recurring-ical-events copies a component for each
    occurrence it returns, which is most of its cost; where its occurrence objects are at hand,
    each source component is read once and only the times differ."""
    occurrences = getattr(query, "_occurrences_between", None)
    if occurrences is None:  # another version: the public, copying way
        return [_from_component(e, e["DTSTART"].dt, e["DTEND"].dt if "DTEND" in e else e["DTSTART"].dt)
                for e in query.between(_FAR_PAST, until) if "DTSTART" in e]  # fmt: skip
    found: list[Occurrence] = []
    read: dict[int, Occurrence] = {}
    for occurrence in occurrences(query.to_datetime(_FAR_PAST), query.to_datetime(until)):
        source = getattr(getattr(occurrence, "_adapter", None), "_component", None)
        if source is None:
            found.append(_from_component(occurrence.as_component(False), occurrence.start, occurrence.end))
            continue
        first = read.get(id(source))
        if first is None:
            first = read[id(source)] = _from_component(source, occurrence.start, occurrence.end)
            found.append(first)
        else:
            found.append(_occurrence(first.uid, occurrence.start, occurrence.end, first.title, first.location,
                                     first.attendees, first.organizer, first.cancelled))  # fmt: skip
    return found


def _expand(header: dict[str, str], zones: list[str], blocks: list[_Block], until: datetime) -> list[Occurrence]:
    if not blocks:
        return []
    own = [f"{k}:{v}" for k, v in header.items() if k in ("VERSION", "PRODID", "X-WR-TIMEZONE")]
    body = [f"BEGIN:VEVENT\r\n{b.text.strip()}\r\nEND:VEVENT" for b in blocks]
    try:
        calendar = icalendar.Calendar.from_ical("\r\n".join(["BEGIN:VCALENDAR", *own, *zones, *body, "END:VCALENDAR"]))
        return _series(recurring_ical_events.of(calendar), until)
    except (ValueError, KeyError, TypeError) as exc:
        raise CalendarError("a recurring event cannot be read ({detail})", blocks[0].line, detail=str(exc)) from None


def read_calendar(data: bytes, now: datetime) -> CalendarContents:
    """Every occurrence in the file: single events, and recurring ones up to a year past `now`
    (or past the file's last event, when that is later)."""
    header, zones, blocks = _split(data)
    tz = _zones(header, zones)
    recurring_uids = {uid[1].strip() for b in blocks if (uid := b.first("UID")) and any(map(b.has, RECURRENCE))}
    occurrences: list[Occurrence] = []
    series: list[_Block] = []
    for block in blocks:
        uid = block.first("UID")
        if uid is not None and uid[1].strip() in recurring_uids:
            series.append(block)
        elif (single := _single(block, tz)) is not None:
            occurrences.append(single)
    latest = max((o.start.replace(tzinfo=None) for o in occurrences), default=now.replace(tzinfo=None))
    occurrences += _expand(header, zones, series, max(latest, now.replace(tzinfo=None)) + HORIZON)
    name = header.get("X-WR-CALNAME", "").strip()
    owner = {name.casefold()} if "@" in name and " " not in name else set()
    return CalendarContents(occurrences, owner, len(blocks))
