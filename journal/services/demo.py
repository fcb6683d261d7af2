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
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from journal.services import demo_texts as t
from journal.services.rows import fold
from journal.store.db import Journal, JournalError

BATCH = 2000
DAYS_PER_MONTH = 30.4375
INTERACTIONS_PER_DAY = 3.0  # all clients together, when no size is given
CHANNEL_WEIGHTS = {"call": 35, "email": 25, "message": 20, "meeting": 15, "other": 5}
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
    plan = _Plan(random.Random(seed), today or date.today(), months, size)
    return _write(journal, plan, progress, stop)


class _Plan:
    """Every row of the sample journal, as tuples in the tables' column order."""

    def __init__(self, rng: random.Random, today: date, months: int, size: int | None):
        self.rng, self.today = rng, today
        self.start = today - timedelta(days=round(months * DAYS_PER_MONTH) - 1)
        self.span = (today - self.start).days + 1
        self.clients: list[tuple] = []
        self.tags: list[tuple] = []
        self.interactions: list[tuple] = []
        self.pressure: list[tuple] = []
        self.gratitude: list[tuple] = []
        self.lessons: list[tuple] = []
        self.incidents: list[tuple] = []
        self.checkins: list[tuple] = []
        self.conceded: list[tuple[str, str, date, str]] = []  # (interaction, lang, day, kind) for lessons
        total = size if size is not None else round(self.span * INTERACTIONS_PER_DAY * 5 / 7)
        ids = [self.new_id() for _ in t.CAST]
        for persona, client_id, n in zip(t.CAST, ids, _shares(total, [p.weight for p in t.CAST]), strict=True):
            self._client(persona, client_id)
            self._interactions(persona, client_id, n)
        self._gratitude(ids)
        self._incidents(ids)
        self._lessons()
        self._checkins()

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def lang(self, persona: t.Persona) -> str:
        return self.rng.choice(("ru", "en")) if persona.lang == "mix" else persona.lang

    def _client(self, p: t.Persona, client_id: str) -> None:
        created = _local(self.start - timedelta(days=self.rng.randint(10, 200)), time(10, 0))
        stamp = created.isoformat()
        notes = f"{p.company}. " + ("Ключевой клиент." if p.lang == "ru" else "Account since the spring.")
        self.clients.append(
            (client_id, p.name, fold(p.name), p.company, p.email, p.phone, notes, p.stay_in_touch_days,
             p.archived, stamp, int(created.timestamp()), stamp)
        )  # fmt: skip
        self.tags += [("client", client_id, i, tag) for i, tag in enumerate(p.tags)]

    def _days(self, p: t.Persona, n: int) -> list[tuple[date, str]]:
        """`n` days with a role each: anchors (what the spec's examples need) first, then random workdays."""
        anchors: list[tuple[int, str]] = []
        if p.style == "bending":
            anchors = [(2, "concede"), (9, "concede_follow_up"), (23, "concede"), (47, "concede")]
        elif p.style == "partner":
            anchors = [(4, "calm"), (16, "calm"), (33, "calm"), (60, "calm")]
        elif not p.silent_days:
            anchors = [(6, "any")]
        chosen = [(self.today - timedelta(days=ago), role) for ago, role in anchors if ago < self.span][:n]
        last = self.today - timedelta(days=p.silent_days)
        active = max(1, (last - self.start).days + 1)
        while len(chosen) < n:
            day = self.start + timedelta(days=self.rng.randrange(active))
            if day.weekday() < 5 or self.rng.random() < 0.1:
                chosen.append((day, "any"))
        return sorted(chosen)

    def _interactions(self, p: t.Persona, client_id: str, n: int) -> None:
        rng = self.rng
        recent = self.today - timedelta(days=89)
        days = self._days(p, n)
        # A partnership keeps pushes to at most a quarter of its interactions in any 90 days ending today.
        push_budget = sum(1 for day, _ in days if day >= recent) // 4
        for day, role in days:
            lang = self.lang(p)
            pushes = 0
            if role.startswith("concede"):
                pushes = 2 if rng.random() < 0.25 else 1
            elif role == "any" and rng.random() < p.pressure_rate:
                pushes = 2 if p.style == "bending" and rng.random() < 0.15 else 1
            if p.style == "partner" and pushes and day >= recent:
                pushes = 1 if push_budget > 0 else 0
                push_budget -= pushes
            self._interaction(p, client_id, day, role, lang, pushes)

    def _interaction(self, p: t.Persona, client_id: str, day: date, role: str, lang: str, pushes: int) -> None:
        rng = self.rng
        interaction_id = self.new_id()
        moment = _local(day, time(rng.randint(9, 18), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))))
        topic, topic_acc = rng.choice(t.TOPICS[lang])
        first = p.name.split()[0]
        pct = rng.choice((10, 15, 20, 30, 40, 50))
        values = {"topic": topic, "topic_acc": topic_acc, "first": first, "pct": pct, "pct2": min(90, pct + rng.choice((10, 15, 20))),
                  "day": (day + timedelta(days=rng.randint(3, 14))).isoformat()}  # fmt: skip
        if pushes:
            kinds = [rng.choice(p.kinds) for _ in range(pushes)]
            summary, _ = rng.choice(t.PUSHES[lang][kinds[0]])
            lines = []
            for position, kind in enumerate(kinds):
                response = self._response(p, day, role)
                _, quote = rng.choice(t.PUSHES[lang][kind])
                outcome = rng.choice(t.OUTCOMES[lang][response])
                lines.append(f"{quote.format(**values)}\n\n**{'Итог' if lang == 'ru' else 'Outcome'}:** {outcome}")
                self.pressure.append(self._push(interaction_id, position, kind, response, values, quote))
                if response == "conceded":
                    self.conceded.append((interaction_id, lang, day, kind))
            notes = "\n\n".join(lines)
            mood = rng.choice((-2, -2, -1, -1, 0)) if p.style != "partner" else rng.choice((-1, 0, 1))
        else:
            summary, notes = rng.choice(t.ROUTINE[lang])
            notes = notes.format(**values)
            mood = {"bending": (-1, 0, 0, 1), "watch": (-1, 0, 1, 1), "partner": (1, 1, 2, 2)}[p.style]
            mood = rng.choice(mood) if rng.random() > 0.1 else None
        summary = summary.format(**values)
        summary = summary[0].upper() + summary[1:]
        follow_up, done = self._follow_up(day, role)
        channel = rng.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
        stamp = moment.isoformat()
        self.interactions.append(
            (interaction_id, client_id, stamp, int(moment.timestamp()), channel, summary, notes, mood,
             follow_up, done, stamp, stamp)
        )  # fmt: skip
        if rng.random() < 0.25:
            names = rng.sample(t.INTERACTION_TAGS[lang], rng.randint(1, 2))
            self.tags += [("interaction", interaction_id, i, name) for i, name in enumerate(names)]

    def _response(self, p: t.Persona, day: date, role: str) -> str:
        rng = self.rng
        if role.startswith("concede"):
            return "conceded"
        if (self.today - day).days < 7 and rng.random() < 0.3:
            return "pending"
        if rng.random() < p.concede:
            return "conceded"
        return rng.choice(("negotiated", "held"))

    def _push(self, interaction_id: str, position: int, kind: str, response: str, values: dict, quote: str) -> tuple:
        rng = self.rng
        hours, discount = 0.0, None
        if kind in ("free_work", "deadline", "other") and response in ("conceded", "negotiated"):
            hours = rng.choice((0.5, 1.0, 1.5, 2.0, 3.0, 4.0))
            hours = hours if response == "conceded" else hours / 2
        if kind == "discount":
            pct, pct2 = values["pct"], values["pct2"]
            discount = {"conceded": pct2, "negotiated": (pct + pct2) / 2}.get(response, float(pct))
        return (self.new_id(), interaction_id, position, kind, response, hours, discount, quote.format(**values))

    def _follow_up(self, day: date, role: str) -> tuple[str | None, bool]:
        rng = self.rng
        if role == "concede_follow_up":
            return (self.today - timedelta(days=2)).isoformat(), False
        if rng.random() > 0.3:
            return None, False
        due = day + timedelta(days=rng.randint(1, 10))
        done = due <= self.today - timedelta(days=4) and rng.random() < 0.95
        return due.isoformat(), done

    def _gratitude(self, ids: list[str]) -> None:
        rng = self.rng
        people = [(p, i) for p, i in zip(t.CAST, ids, strict=True) if not p.archived]
        weights = [3 if p.style == "partner" else 1 for p, _ in people]
        for _ in range(max(2, self.span // 5)):
            day = self.start + timedelta(days=rng.randrange(self.span))
            if rng.random() < 0.7:
                p, client_id = rng.choices(people, weights=weights)[0]
                lang = self.lang(p)
                text, to_name = rng.choice(t.GRATITUDE[lang]).format(first=p.name.split()[0]), None
            else:
                client_id = None
                to_name, text = rng.choice(t.GRATITUDE_OTHERS)
            stamp = _local(day, time(20, 0)).isoformat()
            self.gratitude.append((self.new_id(), day.isoformat(), client_id, to_name, text, rng.random() < 0.6,
                                   stamp, stamp))  # fmt: skip

    def _incidents(self, ids: list[str]) -> None:
        resolved_open = max(0, min(self.span - 1, 70))
        for spec, client_id, ago, resolved_after in (
            (t.INCIDENTS[0], ids[0], resolved_open, 12),
            (t.INCIDENTS[1], ids[2], min(self.span - 1, 6), None),
        ):
            opened = self.today - timedelta(days=ago)
            follow_up = opened + timedelta(days=5 if resolved_after else max(0, ago - 1))
            resolved = opened + timedelta(days=resolved_after) if resolved_after else None
            if resolved is not None and resolved > self.today:
                resolved = self.today
            incident_id = self.new_id()
            stamp = _local(opened, time(18, 0)).isoformat()
            steps = spec["steps"]
            self.incidents.append(
                (incident_id, client_id, opened.isoformat(), spec["title"], steps["listen"], steps["acknowledge"],
                 steps["own"], steps["solve"], steps["follow_up"], steps["learn"], follow_up.isoformat(),
                 resolved.isoformat() if resolved else None, stamp, stamp)
            )  # fmt: skip
            if resolved is not None:
                self.lessons.append(
                    (self.new_id(), resolved.isoformat(), None, incident_id, spec["title"], steps["learn"],
                     steps["learn"], stamp, stamp)
                )  # fmt: skip
                self.tags.append(("lesson", self.lessons[-1][0], 0, "инцидент"))

    def _lessons(self) -> None:
        rng = self.rng
        index = {"free_work": 0, "other": 0, "discount": 1, "threat": 1, "deadline": 2, "disrespect": 2}
        for _ in range(max(2, self.span // 15)):
            linked = rng.random() < 0.6 and self.conceded
            if linked:
                interaction_id, lang, day, kind = rng.choice(self.conceded)
                day = min(self.today, day + timedelta(days=rng.randint(0, 2)))
            else:
                interaction_id, lang, kind = None, rng.choice(("ru", "en")), rng.choice(list(index))
                day = self.start + timedelta(days=rng.randrange(self.span))
            what, lesson, next_time = t.LESSONS[lang][index[kind]]
            stamp = _local(day, time(21, 0)).isoformat()
            lesson_id = self.new_id()
            self.lessons.append(
                (lesson_id, day.isoformat(), interaction_id, None, what, lesson, next_time, stamp, stamp)
            )
            self.tags.append(("lesson", lesson_id, 0, "границы" if lang == "ru" else "boundaries"))

    def _checkins(self) -> None:
        rng = self.rng
        day = self.today - timedelta(days=8)  # the last one 8 days ago: a check-in is due today
        while day >= self.start:
            strain = 35 + 30 * (day - self.start).days / self.span
            answers = []
            for _ in range(6):
                value = min(100, max(0, round((strain + rng.gauss(0, 18)) / 25) * 25))
                answers.append(None if rng.random() < 0.05 else value)
            stamp = _local(day, time(19, 0)).isoformat()
            self.checkins.append((self.new_id(), day.isoformat(), *answers, rng.choice(t.CHECKIN_NOTES), stamp, stamp))
            day -= timedelta(days=7)


def _shares(total: int, weights: list[float]) -> list[int]:
    """`total` split by `weights` into whole numbers that add up exactly (largest remainder)."""
    raw = [total * w / sum(weights) for w in weights]
    counts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone()


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
    journal: Journal, plan: _Plan, progress: Callable[[int, int], Any] | None, stop: Callable[[], bool] | None
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
