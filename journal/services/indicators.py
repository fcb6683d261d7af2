"""Counting what the indicators need, with SQL aggregates, and handing it to `domain/indicators`.

Windows are local days (the computer's time zone) turned here into UTC epoch ranges on the
indexed `interaction.occurred_ts`, so every count is an index range scan and nothing but
totals crosses into Python. Also owns the saved thresholds (the `setting` row "thresholds",
JSON) and saving a check-in (at most one per day).
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from journal.domain import indicators as ind
from journal.domain.records import CheckIn
from journal.domain.validation import InvalidInput, Problem, read_checkin, validated
from journal.services import meetings, rows
from journal.store import models as m
from journal.store.db import Journal

THRESHOLDS_KEY = "thresholds"
_DECIDED = "p.response IN ('conceded', 'negotiated', 'held')"
_CONCEDED = "p.response = 'conceded'"


class CheckinExists(Exception):
    """A check-in was already taken that day; `existing` is it (ask before replacing)."""

    def __init__(self, existing: CheckIn):
        self.existing = existing
        super().__init__(f"A check-in was already taken on {existing.taken_on.isoformat()}.")


def midnight_ts(day: date) -> int:
    """UTC epoch of the local midnight that starts `day` (DST-aware)."""
    return int(datetime.combine(day, time()).astimezone().timestamp())


def day_range(first: date, last: date) -> tuple[int, int]:
    """[start, end) epochs covering local days `first`…`last`, both included."""
    return midnight_ts(first), midnight_ts(last + timedelta(days=1))


def _local_day(ts: int) -> date:
    return datetime.fromtimestamp(ts).date()


# ---- thresholds ---------------------------------------------------------------------------


def load_thresholds(journal: Journal) -> ind.Thresholds:
    """The saved thresholds; defaults for any missing or unreadable entry."""
    with journal.read() as session:
        return _thresholds(session)


def _thresholds(session: Session) -> ind.Thresholds:
    row = session.get(m.Setting, THRESHOLDS_KEY)
    defaults = ind.Thresholds()
    if row is None:
        return defaults
    try:
        saved = json.loads(row.value)
    except ValueError:
        return defaults
    chosen: dict[str, tuple[float, float]] = {}
    for f in fields(ind.Thresholds):
        pair = saved.get(f.name) if isinstance(saved, dict) else None
        if isinstance(pair, list) and len(pair) == 2:
            candidate = ind.Thresholds(**{f.name: (pair[0], pair[1])})
            if not [p for p in ind.validate_thresholds(candidate) if f".{f.name}." in p[0]]:
                chosen[f.name] = (pair[0], pair[1])
    return ind.Thresholds(**chosen)


def save_thresholds(journal: Journal, thresholds: ind.Thresholds) -> None:
    """Validate (each within bounds, amber < red) and save in one transaction; else InvalidInput."""
    problems = [
        Problem(path, code, tuple(params.items())) for path, code, params in ind.validate_thresholds(thresholds)
    ]
    if problems:
        raise InvalidInput(problems)
    value = json.dumps({f.name: list(getattr(thresholds, f.name)) for f in fields(ind.Thresholds)})
    with journal.write() as session:
        row = session.get(m.Setting, THRESHOLDS_KEY) or m.Setting(key=THRESHOLDS_KEY, value=value)
        row.value = value
        session.add(row)


# ---- check-ins ----------------------------------------------------------------------------


def save_checkin(journal: Journal, taken_on: date, answers: tuple, note: str = "", replace: bool = False) -> CheckIn:
    """Save the day's check-in; raises CheckinExists when one exists that day and not `replace`."""
    record = validated(read_checkin, {"taken_on": taken_on.isoformat(), "answers": list(answers), "note": note})
    with journal.write() as session:
        existing = session.exec(
            select(m.CheckIn).where(m.CheckIn.taken_on == taken_on.isoformat()).order_by(m.CheckIn.created_at)
        ).all()
        if existing and not replace:
            raise CheckinExists(rows.checkin_record(existing[0]))
        if existing:
            for extra in existing[1:]:
                session.delete(extra)
            record = CheckIn(existing[0].id, record.taken_on, record.answers, record.note)
        rows.put_checkins(session, [record])
    return record


def checkin_history(journal: Journal) -> list[tuple[date, float | None]]:
    """(taken_on, score) for every check-in, oldest first."""
    cols = ", ".join(f"answer_{i}" for i in range(1, 7))
    with journal.read() as session:
        found = session.execute(text(f"SELECT taken_on, {cols} FROM checkin ORDER BY taken_on, created_at")).all()
    return [(date.fromisoformat(r[0]), ind.checkin_score(tuple(r[1:]))) for r in found]


# ---- status -------------------------------------------------------------------------------


def status(journal: Journal, as_of: date | None = None) -> ind.Status:
    """Level, signals, reasons, client labels, reminders and trend as of `as_of` (default today)."""
    as_of = as_of or date.today()
    with journal.read() as session:
        th = _thresholds(session)
        counts = window_counts(session, as_of)
        clients = client_counts(session, as_of)
        attention = reminders(session, as_of)
        weeks = week_counts(session, as_of)
    return ind.build_status(as_of, th, counts, clients, attention, weeks)


def _one(session: Session, sql: str, **params: Any) -> Any:
    return session.execute(text(sql), params).one()


def _pressure_totals(session: Session, lo: int, hi: int) -> tuple[int, int, int, float]:
    found = _one(
        session,
        f"SELECT count(*), coalesce(sum({_DECIDED}), 0), coalesce(sum({_CONCEDED}), 0), "
        "coalesce(sum(p.unpaid_hours), 0.0) FROM interaction i JOIN pressure_event p ON p.interaction_id = i.id "
        "WHERE i.occurred_ts >= :lo AND i.occurred_ts < :hi",
        lo=lo,
        hi=hi,
    )
    return int(found[0]), int(found[1]), int(found[2]), float(found[3])


def window_counts(session: Session, as_of: date) -> ind.WindowCounts:
    first, last = ind.window(as_of)
    lo, hi = day_range(first, last)
    (interactions,) = _one(
        session, "SELECT count(*) FROM interaction WHERE occurred_ts >= :lo AND occurred_ts < :hi", lo=lo, hi=hi
    )
    pressure, decided, conceded, hours = _pressure_totals(session, lo, hi)
    cols = ", ".join(f"answer_{i}" for i in range(1, 7))
    checkins = session.execute(
        text(
            f"SELECT {cols} FROM checkin WHERE taken_on >= :first AND taken_on <= :last "
            "ORDER BY taken_on DESC, updated_at DESC, id DESC"
        ),
        {"first": first.isoformat(), "last": last.isoformat()},
    ).all()
    scored = next((tuple(r) for r in checkins if ind.answered(tuple(r)) >= ind.MIN_ANSWERED), None)
    return ind.WindowCounts(interactions, pressure, decided, conceded, hours, len(checkins), scored)


def client_counts(session: Session, as_of: date) -> list[ind.ClientCounts]:
    first, last = ind.window(as_of, ind.CLIENT_DAYS)
    lo, hi = day_range(first, last)
    found = session.execute(
        text(
            "SELECT c.id, c.name, count(DISTINCT i.id), count(p.id), coalesce(sum(" + _DECIDED + "), 0), "
            "coalesce(sum(" + _CONCEDED + "), 0), coalesce(sum(p.unpaid_hours), 0.0), "
            "coalesce(sum(" + _CONCEDED + " AND p.kind = 'discount'), 0) "
            "FROM interaction i JOIN client c ON c.id = i.client_id "
            "LEFT JOIN pressure_event p ON p.interaction_id = i.id "
            "WHERE i.occurred_ts >= :lo AND i.occurred_ts < :hi GROUP BY c.id"
        ),
        {"lo": lo, "hi": hi},
    ).all()
    return [ind.ClientCounts(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), float(r[6]), int(r[7])) for r in found]


def week_counts(session: Session, as_of: date) -> dict[date, ind.Week]:
    """Per ISO week of the trend: interactions, pressure, conceded, unpaid hours, gratitude (up to `as_of`)."""
    first = ind.trend_start(as_of)
    starts = [first + timedelta(weeks=i) for i in range(ind.TREND_WEEKS)]
    bounds = [midnight_ts(s) for s in starts]
    lo, hi = bounds[0], midnight_ts(as_of + timedelta(days=1))
    bucket = "CASE " + " ".join(f"WHEN i.occurred_ts < {b} THEN {n}" for n, b in enumerate(bounds[1:])) + " ELSE 11 END"
    where = "WHERE i.occurred_ts >= :lo AND i.occurred_ts < :hi"
    per: dict[int, list] = {n: [0, 0, 0, 0.0, 0] for n in range(ind.TREND_WEEKS)}
    for n, count in session.execute(
        text(f"SELECT {bucket} AS w, count(*) FROM interaction i {where} GROUP BY w"), {"lo": lo, "hi": hi}
    ):
        per[n][0] = count
    for n, pressure, conceded, hours in session.execute(
        text(
            f"SELECT {bucket} AS w, count(*), coalesce(sum({_CONCEDED}), 0), coalesce(sum(p.unpaid_hours), 0.0) "
            f"FROM interaction i JOIN pressure_event p ON p.interaction_id = i.id {where} GROUP BY w"
        ),
        {"lo": lo, "hi": hi},
    ):
        per[n][1:4] = [pressure, int(conceded), float(hours)]
    for written_on, count in session.execute(
        text(
            "SELECT written_on, count(*) FROM gratitude_note WHERE written_on >= :first AND written_on <= :last "
            "GROUP BY written_on"
        ),
        {"first": first.isoformat(), "last": as_of.isoformat()},
    ):
        per[(date.fromisoformat(written_on) - first).days // 7][4] += count
    return {starts[n]: ind.Week(starts[n], *values) for n, values in per.items()}


def reminders(session: Session, as_of: date) -> list[ind.Reminder]:
    """Follow-ups due, stay-in-touch cadences overdue, incident follow-ups due, a check-in due."""
    day = as_of.isoformat()
    found: list[ind.Reminder] = []
    for iid, cid, name, due, summary in session.execute(
        text(
            "SELECT i.id, i.client_id, c.name, i.follow_up_on, i.summary FROM interaction i "
            "JOIN client c ON c.id = i.client_id WHERE i.follow_up_on <= :day AND i.follow_up_done = 0"
        ),
        {"day": day},
    ):
        due_on = date.fromisoformat(due)
        found.append(ind.Reminder("follow_up", iid, cid, name, due_on, summary, (as_of - due_on).days))
    hi = midnight_ts(as_of + timedelta(days=1))
    for cid, name, cadence, created_ts, last_ts in session.execute(
        text(
            "SELECT c.id, c.name, c.stay_in_touch_days, c.created_ts, "
            "(SELECT max(i.occurred_ts) FROM interaction i WHERE i.client_id = c.id AND i.occurred_ts < :hi) "
            "FROM client c WHERE c.archived = 0 AND c.stay_in_touch_days IS NOT NULL AND c.created_ts < :hi"
        ),
        {"hi": hi},
    ):
        last = _local_day(last_ts if last_ts is not None else created_ts)
        overdue = ind.stay_in_touch_reminder(as_of, cid, name, last, cadence)
        if overdue is not None:
            found.append(overdue)
    for nid, cid, name, due, title in session.execute(
        text(
            "SELECT n.id, n.client_id, c.name, n.follow_up_on, n.title FROM incident n "
            "JOIN client c ON c.id = n.client_id WHERE n.follow_up_on <= :day AND n.opened_on <= :day "
            "AND (n.resolved_on IS NULL OR n.resolved_on > :day)"
        ),
        {"day": day},
    ):
        due_on = date.fromisoformat(due)
        found.append(ind.Reminder("incident", nid, cid, name, due_on, title, (as_of - due_on).days))
    latest = session.execute(
        text(
            "SELECT id, taken_on FROM checkin WHERE taken_on = "
            "(SELECT max(taken_on) FROM checkin WHERE taken_on <= :day) ORDER BY updated_at DESC, id DESC LIMIT 1"
        ),
        {"day": day},
    ).first()
    due_checkin = ind.checkin_reminder(
        as_of, latest[0] if latest else None, date.fromisoformat(latest[1]) if latest else None
    )
    if due_checkin is not None:
        found.append(due_checkin)
    found += meetings.reminders(session, as_of)  # meetings to log (spec: meetings)
    return found
