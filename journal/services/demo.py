"""The sample journal: a realistic, reproducible journal of an account manager, at any size.

`fill(journal, months, seed)` writes about a dozen clients (from `demo_texts.CAST`) with
interactions, pushes and how they were answered, follow-ups, gratitude notes, lessons, two
incidents and weekly check-ins over the `months` ending on `today`. The same seed and `today`
give the same journal. Some clients bend the manager (free work, discount squeezes, "needed
yesterday", mostly conceded), some are partnerships (few pushes, none conceded), the rest sit
in between. By construction the last 28 days hold interactions, at least one client is bending
and one a partnership over the last 90 days, and some follow-ups, a cadence and an incident
are due. `size=N` (or `fill_interactions`) makes exactly N interactions, for the benchmarks.

There is one write path, built for bulk: rows go in with `executemany` on the journal's plain
connection, in one transaction (cancel rolls everything back), with foreign keys checked at
commit; the store's triggers keep the timeline and the search index in step as for any write.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

from journal.services.demo_plan import Plan
from journal.store.db import Journal, JournalError

BATCH = 2000
ENTITY_TABLES = ("client", "interaction", "gratitude_note", "lesson", "incident", "checkin")


class NotEmptyError(JournalError):
    """The demo fills only an empty journal."""


class Cancelled(Exception):  # noqa: N818 - the name says what happened
    """The fill was cancelled; nothing was written."""


def is_empty(journal: Journal) -> bool:
    """True when the journal holds no client and no entry of any kind."""
    con = journal.raw()
    try:
        return _empty(con)
    finally:
        con.close()


def _empty(con: Any) -> bool:
    return not any(con.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in ENTITY_TABLES)


def fill_interactions(
    journal: Journal,
    count: int,
    seed: int = 0,
    today: date | None = None,
    progress: Callable[[int, int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Exactly `count` interactions (and the rest of a journal) spread over ten years."""
    return fill(journal, months=120, seed=seed, progress=progress, cancel=cancel, today=today, size=count)


def fill(
    journal: Journal,
    months: int = 6,
    seed: int = 0,
    progress: Callable[[int, int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
    size: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Fill an empty journal with sample data; returns how many records of each kind were written.

    `progress(done, total)` is called between batches and `cancel()` (or `cancelled()`, the name
    `ui.workers.Worker` passes) is checked there; a cancel raises `Cancelled` and writes nothing.
    Raises `NotEmptyError` when the journal already has entries.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    stop = cancel or cancelled
    if not is_empty(journal):
        raise NotEmptyError(
            f"The journal in {journal.folder} already has entries; the demo fills only an empty journal. "
            "Choose another data folder (--data-dir)."
        )
    plan = Plan(random.Random(seed), today or date.today(), months, size)
    return _write(journal, plan, progress, stop)


INSERTS = {
    "client": "INSERT INTO client (id, name, name_fold, company, email, phone, notes, stay_in_touch_days, "
    "archived, created_at, created_ts, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "tag": "INSERT INTO tag (owner_kind, owner_id, position, name) VALUES (?,?,?,?)",
    "pressure_event": "INSERT INTO pressure_event (id, interaction_id, position, kind, response, unpaid_hours, "
    "discount_pct, note) VALUES (?,?,?,?,?,?,?,?)",
    "interaction": "INSERT INTO interaction (id, client_id, occurred_at, occurred_ts, channel, summary, notes, mood, "
    "follow_up_on, follow_up_done, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "gratitude_note": "INSERT INTO gratitude_note (id, written_on, to_client_id, to_name, text, expressed, "
    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
    "incident": "INSERT INTO incident (id, client_id, opened_on, title, step_listen, step_acknowledge, step_own, "
    "step_solve, step_follow_up, step_learn, follow_up_on, resolved_on, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "lesson": "INSERT INTO lesson (id, written_on, interaction_id, incident_id, what_happened, lesson, next_time, "
    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "checkin": "INSERT INTO checkin (id, taken_on, answer_1, answer_2, answer_3, answer_4, answer_5, answer_6, note, "
    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
}


def _write(
    journal: Journal, plan: Plan, progress: Callable[[int, int], Any] | None, stop: Callable[[], bool] | None
) -> dict[str, int]:
    """All of the plan in one transaction. Children go in before their interaction (foreign keys are
    deferred to the commit) so each interaction's timeline row is built once, not once per child."""
    others = len(plan.clients) + len(plan.gratitude) + len(plan.lessons) + len(plan.incidents) + len(plan.checkins)
    total, done = len(plan.interactions) + others, 0
    tags_of: dict[str, list[tuple]] = {}
    for row in plan.tags:
        tags_of.setdefault(row[1], []).append(row)
    pressure_of: dict[str, list[tuple]] = {}
    for row in plan.pressure:
        pressure_of.setdefault(row[1], []).append(row)
    con = journal.raw()
    try:
        con.execute("BEGIN IMMEDIATE")
        if not _empty(con):
            raise NotEmptyError(
                f"The journal in {journal.folder} already has entries; the demo fills only an empty journal."
            )
        con.execute("PRAGMA defer_foreign_keys = ON")
        con.executemany(INSERTS["client"], plan.clients)
        con.executemany(INSERTS["tag"], [row for c in plan.clients for row in tags_of.get(c[0], ())])
        for first in range(0, len(plan.interactions), BATCH):
            if stop is not None and stop():
                raise Cancelled()
            batch = plan.interactions[first : first + BATCH]
            con.executemany(INSERTS["tag"], [row for i in batch for row in tags_of.get(i[0], ())])
            con.executemany(INSERTS["pressure_event"], [row for i in batch for row in pressure_of.get(i[0], ())])
            con.executemany(INSERTS["interaction"], batch)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        if stop is not None and stop():
            raise Cancelled()
        con.executemany(INSERTS["gratitude_note"], plan.gratitude)
        con.executemany(INSERTS["incident"], plan.incidents)
        con.executemany(INSERTS["tag"], [row for lesson in plan.lessons for row in tags_of.get(lesson[0], ())])
        con.executemany(INSERTS["lesson"], plan.lessons)
        con.executemany(INSERTS["checkin"], plan.checkins)
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    if progress is not None:
        progress(total, total)
    return {
        "clients": len(plan.clients),
        "interactions": len(plan.interactions),
        "pressure_events": len(plan.pressure),
        "gratitude": len(plan.gratitude),
        "lessons": len(plan.lessons),
        "incidents": len(plan.incidents),
        "checkins": len(plan.checkins),
    }
