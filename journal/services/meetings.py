"""Meetings to log (spec: meetings): importing a calendar file, what is to log, dismissing, linking.

`import_calendar` reads the whole file first (nothing is written when it is broken), keeps
the occurrences the rules of `domain.meetings` keep, matches their clients, and writes the
difference in one transaction: new occurrences added, changed ones updated (a logged or
dismissed one stays so), vanished or cancelled ones dropped unless logged. Importing the same
file twice changes nothing. `to_log` is the one definition of the meetings to log on a day;
the reminders (Today, `status`, the tray and its notifications) all come through it.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from journal.domain import meetings as dm
from journal.domain.indicators import Reminder
from journal.domain.meetings import CalendarError
from journal.services.rows import now_text
from journal.store import meetings as store
from journal.store.db import Journal
from journal.store.meetings import MeetingRow

__all__ = ["CalendarError", "ImportCounts", "import_calendar", "to_log", "reminders", "dismiss", "link"]


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0  # all-day, cancelled, declined, or with nobody else

    def as_dict(self) -> dict[str, int]:
        return {"meetings added": self.added, "meetings updated": self.updated, "meetings removed": self.removed,
                "unchanged": self.unchanged, "skipped": self.skipped}  # fmt: skip


def source_of(path: Path) -> str:
    return str(path.expanduser().resolve())


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CalendarError("the file cannot be read ({detail})", detail=str(exc.strerror or exc)) from None


def _row(o: dm.Occurrence, others: tuple[dm.Attendee, ...], client_id: str | None, source: str) -> dict[str, Any]:
    start, end = o.start, o.end
    return {
        "key": dm.meeting_key(o.uid, start),
        "uid": o.uid,
        "starts_at": start.isoformat(),
        "starts_ts": int(start.timestamp()),
        "ends_at": end.isoformat(),
        "ends_ts": int(end.timestamp()),
        "title": o.title,
        "location": o.location,
        "attendees": json.dumps([{"name": a.name, "email": a.email} for a in others], ensure_ascii=False),
        "client_id": client_id,
        "interaction_id": None,
        "dismissed": False,
        "source": source,
    }


def import_calendar(
    journal: Journal, path: Path, owner: set[str] | None = None, now: datetime | None = None, data: bytes | None = None
) -> ImportCounts:
    """Read `path` (or its `data`, already read) and bring its meetings into the journal;
    CalendarError leaves the journal as it was."""
    from journal.services.calendar_file import read_calendar  # icalendar only when a calendar is read

    data = read_file(path) if data is None else data
    contents = read_calendar(data, now or datetime.now().astimezone())
    me = {a.casefold() for a in (owner or set())} | contents.owner
    if not me:
        me = dm.infer_owner((o.uid, o.attendees, o.organizer) for o in contents.occurrences)
    source = source_of(path)
    with journal.read() as session:
        matcher = dm.ClientMatcher(dm.ClientRef(*c) for c in store.clients(session))
    wanted: dict[str, dict[str, Any]] = {}
    skipped = 0
    for occurrence in contents.occurrences:
        if dm.skip_reason(occurrence, me) is not None:
            skipped += 1
            continue
        others = dm.others(occurrence, me)
        row = _row(occurrence, others, matcher.match(occurrence.title, others), source)
        wanted[row["key"]] = row
    with journal.write() as session:
        return _apply(session, source, wanted, skipped)


def _apply(session: Session, source: str, wanted: dict[str, dict[str, Any]], skipped: int) -> ImportCounts:
    stamp = now_text()
    known = store.of_source_or_keys(session, source, wanted)
    inserts, updates, unchanged = [], [], 0
    for key, row in wanted.items():
        before = known.get(key)
        if before is None:
            inserts.append({**row, "updated_at": stamp})
            continue
        if before.interaction_id is not None:
            row["client_id"] = before.client_id  # logged: its client is the interaction's
        if all(getattr(before, c) == row[c] for c in store.CONTENT) and before.source == source:
            unchanged += 1
        else:
            updates.append({**row, "updated_at": stamp})
    gone = [k for k, r in known.items() if k not in wanted and r.source == source and r.interaction_id is None]
    store.insert(session, inserts)
    store.update(session, updates)
    store.delete(session, gone)
    return ImportCounts(len(inserts), len(updates), len(gone), unchanged, skipped)


@dataclass(frozen=True)
class Signature:
    """What a calendar file was when last read: size and modification time, then its hash."""

    size: int
    mtime_ns: int
    sha256: str


def reread_if_changed(
    journal: Journal, path: Path, last: Signature | None, **_worker: object
) -> tuple[Signature, ImportCounts | None]:
    """The hourly re-read: nothing when the size and modification time are as before (a stat),
    nor when the content hashes the same; else an import. CalendarError when unreadable."""
    try:
        info = path.stat()
    except OSError as exc:
        raise CalendarError("the file cannot be read ({detail})", detail=str(exc.strerror or exc)) from None
    if last is not None and (info.st_size, info.st_mtime_ns) == (last.size, last.mtime_ns):
        return last, None
    data = read_file(path)
    signature = Signature(len(data), info.st_mtime_ns, hashlib.sha256(data).hexdigest())
    if last is not None and signature.sha256 == last.sha256:
        return signature, None
    return signature, import_calendar(journal, path, data=data)


# ---- what is to log ---------------------------------------------------------------------------


def to_log_in(session: Session, as_of: date, now: float | None = None) -> list[MeetingRow]:
    """Meetings that ended in the 7 days ending on `as_of` (and before now: a meeting later today
    is not yet to log), neither logged nor dismissed, oldest first."""
    lo, hi = dm.to_log_span(as_of)
    return store.ended_between(session, lo, min(hi, int(now if now is not None else time.time()) + 1))


def to_log(journal: Journal, as_of: date, now: float | None = None) -> list[MeetingRow]:
    with journal.read() as session:
        return to_log_in(session, as_of, now)


def local_day(row: MeetingRow) -> date:
    return dm.local_day(datetime.fromisoformat(row.starts_at))


def reminders(session: Session, as_of: date, now: float | None = None) -> list[Reminder]:
    """The meetings to log as reminders of kind `meeting` (id the key, due the local day)."""
    return [
        Reminder("meeting", r.key, r.client_id, r.client_name, local_day(r), r.title, (as_of - local_day(r)).days)
        for r in to_log_in(session, as_of, now)
    ]


# ---- acting on one ----------------------------------------------------------------------------


def get(journal: Journal, key: str) -> MeetingRow | None:
    with journal.read() as session:
        return store.get(session, key)


def of_interaction(journal: Journal, interaction_id: str) -> MeetingRow | None:
    """The calendar meeting an interaction was logged from, if any."""
    with journal.read() as session:
        return store.of_interaction(session, interaction_id)


def dismiss(journal: Journal, key: str, dismissed: bool = True) -> bool:
    """ "Didn't happen": kept, so a re-import does not bring it back; False when it is gone."""
    with journal.write() as session:
        return store.set_dismissed(session, key, dismissed, now_text()) > 0


def link(journal: Journal, key: str, interaction_id: str, client_id: str) -> bool:
    """The meeting was logged as this interaction."""
    with journal.write() as session:
        return store.link(session, key, interaction_id, client_id, now_text()) > 0


def attendees(row: MeetingRow) -> list[dm.Attendee]:
    try:
        return [dm.Attendee(a.get("name"), a.get("email")) for a in json.loads(row.attendees)]
    except (ValueError, AttributeError):
        return []


def interaction_preset(row: MeetingRow) -> dict[str, Any]:
    """What the interaction editor is filled with: client, time (local), channel, summary."""
    start = datetime.fromisoformat(row.starts_at)
    start = start.astimezone()  # a floating time is local already
    preset = {"occurred_at": start.isoformat(timespec="seconds"), "channel": "meeting", "summary": row.title}
    if row.client_id:
        preset["client_id"] = row.client_id
    return preset
