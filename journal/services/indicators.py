"""Counting what the indicators need, with SQL aggregates, and handing it to `domain/indicators`.

Windows are local days (the computer's time zone) turned here into UTC epoch ranges on the
indexed `interaction.occurred_ts`, so every count is an index range scan and nothing but
totals crosses into Python: the signals, each client's 90 days (pushes, good signs, mood),
promises kept, the reminders (thank-yous included) and the trend. Also owns the saved
thresholds (the `setting` row "thresholds", JSON) and saving a check-in (at most one per day).
The client's story ("did holding the line help") is `holding_effect`.
"""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from journal.domain import indicators as ind
from journal.domain import story
from journal.domain.records import UNPAID_HOURS_SQL, CheckIn
from journal.domain.validation import InvalidInput, Problem, read_checkin, validated
from journal.services import journal_settings, meetings, rows
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
        return thresholds_in(session)


def thresholds_in(session: Session) -> ind.Thresholds:
    """The saved thresholds, read within the caller's transaction."""
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
    with journal.write() as session:
        put_thresholds(session, thresholds)


def put_thresholds(session: Session, thresholds: ind.Thresholds) -> None:
    """Write thresholds (already checked) within the caller's transaction."""
    value = json.dumps({f.name: list(getattr(thresholds, f.name)) for f in fields(ind.Thresholds)})
    row = session.get(m.Setting, THRESHOLDS_KEY) or m.Setting(key=THRESHOLDS_KEY, value=value)
    row.value = value
    session.add(row)


# ---- check-ins ----------------------------------------------------------------------------


def save_checkin(
    journal: Journal, taken_on: date, answers: tuple[int | None, ...], note: str = "", replace: bool = False
) -> CheckIn:
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
        th = thresholds_in(session)
        rate = journal_settings.rate_in(session)
        counts = window_counts(session, as_of)
        attention = reminders(session, as_of)
        drifting = {r.client_id for r in attention if r.kind == "stay_in_touch" and r.client_id is not None}
        clients = client_counts(session, as_of, drifting)
        weeks = week_counts(session, as_of)
        kept = promise_counts(session, as_of)
    return ind.build_status(as_of, th, counts, clients, attention, weeks, kept, rate)


def _one(session: Session, sql: str, **params: Any) -> Any:
    return session.execute(text(sql), params).one()


def _pressure_totals(session: Session, lo: int, hi: int) -> tuple[int, int, int, float]:
    found = _one(
        session,
        f"SELECT count(*), coalesce(sum({_DECIDED}), 0), coalesce(sum({_CONCEDED}), 0), "
        f"{UNPAID_HOURS_SQL} FROM interaction i JOIN pressure_event p ON p.interaction_id = i.id "
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


def client_counts(session: Session, as_of: date, drifting: AbstractSet[str] = frozenset()) -> list[ind.ClientCounts]:
    """Per client over the 90 days: interactions, mean mood, pushes by response, unpaid hours,
    good signs; plus a zero row for each drifting client without an interaction in the span."""
    first, last = ind.window(as_of, ind.CLIENT_DAYS)
    lo, hi = day_range(first, last)
    span = {"lo": lo, "hi": hi}
    in_span = "i.occurred_ts >= :lo AND i.occurred_ts < :hi"
    pushes = {
        r[0]: r[1:]
        for r in session.execute(
            text(
                "SELECT i.client_id, count(*), coalesce(sum("
                + _DECIDED
                + "), 0), coalesce(sum("
                + _CONCEDED
                + "), 0), "
                + UNPAID_HOURS_SQL
                + ", coalesce(sum("
                + _CONCEDED
                + " AND p.kind = 'discount'), 0) "
                f"FROM interaction i CROSS JOIN pressure_event p ON p.interaction_id = i.id WHERE {in_span} GROUP BY +i.client_id"
            ),
            span,
        )
    }
    signs = dict(
        session.execute(
            text(
                "SELECT i.client_id, count(*) FROM interaction i CROSS JOIN good_sign g ON g.interaction_id = i.id "
                f"WHERE {in_span} GROUP BY +i.client_id"
            ),
            span,
        ).all()
    )
    found = session.execute(
        text(f"SELECT i.client_id, count(*), avg(i.mood) FROM interaction i WHERE {in_span} GROUP BY +i.client_id"),
        span,
    ).all()
    # the clients' names in one read, not a join per interaction (clients are few, interactions many)
    clients = {r[0]: (r[1], r[2]) for r in session.execute(text("SELECT id, name, archived FROM client"))}
    out = []
    for cid, interactions, mood in found:
        if cid not in clients:
            continue
        name, archived = clients[cid]
        pressure, decided, conceded, hours, discounts = pushes.get(cid, (0, 0, 0, 0.0, 0))
        out.append(
            ind.ClientCounts(
                cid, name, interactions, pressure, int(decided), int(conceded), float(hours), int(discounts),
                good_signs=signs.get(cid, 0), mood=mood, archived=bool(archived), drifting=cid in drifting,
            )
        )  # fmt: skip
    quiet = drifting - {row[0] for row in found}
    for cid in quiet:
        client = session.get(m.Client, cid)
        if client is not None:
            out.append(ind.ClientCounts(cid, client.name, 0, 0, 0, 0, 0.0, drifting=True))
    return out


def promise_counts(session: Session, as_of: date) -> ind.Promises:
    """Follow-ups due in the 28-day window (by `follow_up_on`) and how many were kept on time."""
    first, last = ind.window(as_of)
    found = session.execute(
        text(
            "SELECT follow_up_on, follow_up_done, follow_up_done_on FROM interaction "
            "WHERE follow_up_on >= :first AND follow_up_on <= :last"
        ),
        {"first": first.isoformat(), "last": last.isoformat()},
    ).all()
    return ind.promises(
        [(date.fromisoformat(due), bool(done), date.fromisoformat(on) if on else None) for due, done, on in found]
    )


def week_counts(session: Session, as_of: date) -> dict[date, ind.Week]:
    """Per ISO week of the trend: interactions, pressure, conceded, unpaid hours, gratitude (up to `as_of`)."""
    first = ind.trend_start(as_of)
    starts = [first + timedelta(weeks=i) for i in range(ind.TREND_WEEKS)]
    bounds = [midnight_ts(s) for s in starts]
    lo, hi = bounds[0], midnight_ts(as_of + timedelta(days=1))
    bucket = "CASE " + " ".join(f"WHEN i.occurred_ts < {b} THEN {n}" for n, b in enumerate(bounds[1:])) + " ELSE 11 END"
    where = "WHERE i.occurred_ts >= :lo AND i.occurred_ts < :hi"
    per = {n: ind.Week(start) for n, start in enumerate(starts)}
    for n, count in session.execute(
        text(f"SELECT {bucket} AS w, count(*) FROM interaction i {where} GROUP BY w"), {"lo": lo, "hi": hi}
    ):
        per[n] = replace(per[n], interactions=count)
    for n, pressure, conceded, hours in session.execute(
        text(
            f"SELECT {bucket} AS w, count(*), coalesce(sum({_CONCEDED}), 0), {UNPAID_HOURS_SQL} "
            f"FROM interaction i JOIN pressure_event p ON p.interaction_id = i.id {where} GROUP BY w"
        ),
        {"lo": lo, "hi": hi},
    ):
        per[n] = replace(per[n], pressure=pressure, conceded=int(conceded), unpaid_hours=float(hours))
    for written_on, count in session.execute(
        text(
            "SELECT written_on, count(*) FROM gratitude_note WHERE written_on >= :first AND written_on <= :last "
            "GROUP BY written_on"
        ),
        {"first": first.isoformat(), "last": as_of.isoformat()},
    ):
        n = (date.fromisoformat(written_on) - first).days // 7
        per[n] = replace(per[n], gratitude=per[n].gratitude + count)
    return {week.start: week for week in per.values()}


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
    found += thank_reminders(session, as_of)
    found += meetings.reminders(session, as_of)  # meetings to log (spec: meetings)
    return found


def thank_reminders(session: Session, as_of: date) -> list[ind.Reminder]:
    """Gratitude notes not yet said, written in the 14 days ending on `as_of`."""
    first, _ = ind.window(as_of, ind.THANK_DAYS)
    found = []
    for nid, written_on, note, cid, client_name, to_name in session.execute(
        text(
            "SELECT g.id, g.written_on, g.text, g.to_client_id, c.name, g.to_name FROM gratitude_note g "
            "LEFT JOIN client c ON c.id = g.to_client_id "
            "WHERE g.expressed = 0 AND g.written_on >= :first AND g.written_on <= :last"
        ),
        {"first": first.isoformat(), "last": as_of.isoformat()},
    ):
        reminder = ind.thank_reminder(as_of, nid, date.fromisoformat(written_on), note, cid, client_name or to_name)
        if reminder is not None:
            found.append(reminder)
    return found


# ---- a client's story -----------------------------------------------------------------------


def holding_effect(journal: Journal, client_id: str, as_of: date | None = None) -> story.HoldingEffect | None:
    """Pushes per interaction in the 90 days before and after the client's first `held` push, or
    None without enough data (`domain/story.py` says what enough is)."""
    as_of = as_of or date.today()
    hi = midnight_ts(as_of + timedelta(days=1))
    with journal.read() as session:
        (first_ts,) = _one(
            session,
            "SELECT min(i.occurred_ts) FROM interaction i CROSS JOIN pressure_event p ON p.interaction_id = i.id "
            "WHERE i.client_id = :cid AND p.response = 'held' AND i.occurred_ts < :hi",
            cid=client_id,
            hi=hi,
        )
        if first_ts is None:
            return None
        first_held = _local_day(first_ts)
        counted = []
        for span in story.spans(first_held, as_of):
            lo, end = day_range(span.first, span.last)
            interactions, pushes = _one(
                session,
                "SELECT count(*), coalesce(sum((SELECT count(*) FROM pressure_event p WHERE p.interaction_id = i.id)), 0) "
                "FROM interaction i WHERE i.client_id = :cid AND i.occurred_ts >= :lo AND i.occurred_ts < :hi",
                cid=client_id,
                lo=lo,
                hi=end,
            )
            counted.append(story.Span(span.first, span.last, int(interactions), int(pushes)))
    return story.holding_effect(first_held, counted[0], counted[1], as_of)
