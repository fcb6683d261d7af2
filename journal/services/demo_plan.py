"""The sample journal's content: every row of it, drawn from a seeded random generator.

`Plan(rng, today, months, size)` decides, without touching the journal, each client, interaction,
push and its answer, good sign, follow-up, gratitude note, lesson, incident and check-in of the
demo, as the frozen records of `journal.domain.records` that the store's writers take. Anchors
make the promises of `journal.services.demo` hold for any seed: bending clients concede in the
last 2, 9, 23 and 47 days; partnerships have calm contacts then, each with a good sign, and at
most a quarter of their interactions carry a push in the last 90 days. The "improving" client
bends until a turning day (about 45% of the span ago), when the manager first holds the line;
after it the client pushes far less, so "did holding the line help" has something to show.
Each client keeps one discount that only moves when the manager gives way, channels match
what the summary says, and each lesson is used once before any repeats.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from journal.domain import records as r
from journal.services import demo_texts as t

DAYS_PER_MONTH = 30.4375
INTERACTIONS_PER_DAY = 3.0  # all clients together, when no size is given


class Plan:
    """Every record of the sample journal, by interchange section."""

    def __init__(self, rng: random.Random, today: date, months: int, size: int | None):
        self.rng, self.today = rng, today
        self.start = today - timedelta(days=round(months * DAYS_PER_MONTH) - 1)
        self.span = (today - self.start).days + 1
        self.clients: list[r.Client] = []
        self.interactions: list[r.Interaction] = []
        self.gratitude: list[r.GratitudeNote] = []
        self.lessons: list[r.Lesson] = []
        self.incidents: list[r.Incident] = []
        self.checkins: list[r.CheckIn] = []
        self.conceded: list[tuple[str, str, date, str]] = []  # (interaction, lang, day, kind) for lessons
        self.turning = today - timedelta(days=max(40, round(self.span * 0.45)))  # the improving client's first "held"
        self.discount: dict[str, int] = {}  # each client's current discount, per cent
        total = size if size is not None else round(self.span * INTERACTIONS_PER_DAY * 5 / 7)
        ids = [self.new_id() for _ in t.CAST]
        for persona, client_id, n in zip(t.CAST, ids, _shares(total, [p.weight for p in t.CAST]), strict=True):
            self._client(persona, client_id)
            self._interactions(persona, client_id, n)
        self._gratitude(ids)
        self._incidents(ids)
        self._lessons()
        self._checkins()

    def sections(self) -> dict[str, list[Any]]:
        return {
            "clients": self.clients, "interactions": self.interactions, "gratitude": self.gratitude,
            "lessons": self.lessons, "incidents": self.incidents, "checkins": self.checkins,
        }  # fmt: skip

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def lang(self, persona: t.Persona) -> str:
        return self.rng.choice(("ru", "en")) if persona.lang == "mix" else persona.lang

    def _client(self, p: t.Persona, client_id: str) -> None:
        created = _local(self.start - timedelta(days=self.rng.randint(10, 200)), time(10, 0))
        notes = p.notes
        self.clients.append(
            r.Client(id=client_id, name=p.name, company=p.company, email=p.email, phone=p.phone, notes=notes,
                     tags=p.tags, stay_in_touch_days=p.stay_in_touch_days, archived=p.archived, created_at=created)
        )  # fmt: skip

    def _days(self, p: t.Persona, n: int) -> list[tuple[date, str]]:
        """`n` days with a role each: anchors (what the spec's examples need) first, then random workdays."""
        anchors: list[tuple[int, str]] = []
        if p.style == "bending":
            anchors = [(2, "concede"), (9, "concede_follow_up"), (23, "concede"), (47, "concede")]
        elif p.style == "partner":
            anchors = [(4, "calm"), (16, "calm"), (33, "calm"), (60, "calm")]
        elif p.style == "improving":
            anchors = [((self.today - self.turning).days, "turn")]
        elif not p.silent_days:
            anchors = [(6, "any")]
        chosen = [(self.today - timedelta(days=ago), role) for ago, role in anchors if ago < self.span][:n]
        last = self.today - timedelta(days=max(1, p.silent_days))  # nothing later today than now
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
        self.tally = [0, 0]  # this client's conceded and decided pushes in the 90 days ending today
        self.discount[client_id] = rng.choice((5, 10, 10, 15))
        for day, role in days:
            lang = self.lang(p)
            pushes = 0
            rate = p.pressure_rate
            if p.style == "improving" and day > self.turning:
                rate = p.pressure_rate / 6
            if role.startswith("concede") or role == "turn":
                pushes = 1
            elif role == "any" and rng.random() < rate:
                pushes = 2 if p.style == "bending" and rng.random() < 0.15 else 1
            if p.style in ("partner", "steady") and pushes and day >= recent:
                pushes = 1 if push_budget > 0 else 0
                push_budget -= pushes
            self._interaction(p, client_id, day, role, lang, pushes)

    def _values(self, p: t.Persona, client_id: str, day: date, lang: str) -> dict[str, Any]:
        rng = self.rng
        topic, topic_acc = rng.choice(t.TOPICS[lang])
        first = p.name.split()[0]
        pct = self.discount[client_id]
        return {"topic": topic, "topic_acc": topic_acc, "topic_dat": t.DATIVE.get(topic, topic), "first": first,
                "pct": pct, "pct2": min(50, pct + 10), "quarter": (day.month - 1) // 3 + 1,
                "a": "а" if p.gender == "f" else "", "day": (day + timedelta(days=rng.randint(3, 14))).isoformat()}  # fmt: skip

    def _interaction(self, p: t.Persona, client_id: str, day: date, role: str, lang: str, pushes: int) -> None:
        rng = self.rng
        interaction_id = self.new_id()
        moment = _local(day, time(rng.randint(9, 18), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))))
        values = self._values(p, client_id, day, lang)
        mood: int | None
        if pushes:
            kinds = [self._kind(p, client_id) for _ in range(pushes)]
            summary, _, channel = rng.choice(t.PUSHES[lang][kinds[0]])
            lines, events = [], []
            for kind in kinds:
                response = self._response(p, day, role)
                _, quote, _ = rng.choice(t.PUSHES[lang][kind])
                if kind == "discount":
                    outcome = t.DISCOUNT_OUTCOMES[lang][response].format(**values)
                else:
                    outcome = rng.choice(t.OUTCOMES[lang][response])
                lines.append(f"{quote.format(**values)}\n\n**{'Итог' if lang == 'ru' else 'Outcome'}:** {outcome}")
                events.append(self._push(client_id, kind, response, values, quote))
                if response == "conceded":
                    self.conceded.append((interaction_id, lang, day, kind))
            notes = "\n\n".join(lines)
            calm = p.style == "partner" or (p.style == "improving" and day >= self.turning)
            mood = rng.choice((-1, 0, 1)) if calm else rng.choice((-2, -2, -1, -1, 0))
        else:
            events = []
            summary, notes, channel = rng.choice(t.ROUTINE[lang])
            notes = notes.format(**values)
            moods = {"bending": (-1, 0, 0, 1), "watch": (-1, 0, 1, 1), "partner": (1, 1, 2, 2), "steady": (0, 1, 1),
                     "improving": (-1, 0, 0, 1) if day < self.turning else (0, 1, 1, 2)}[p.style]  # fmt: skip
            mood = rng.choice(moods) if rng.random() > 0.1 else None
        summary = summary.format(**values)
        summary = summary[0].upper() + summary[1:]
        follow_up, done = self._follow_up(day, role)
        done_on = None
        if done and follow_up is not None:  # most promises kept on the day, some a day or two late
            done_on = min(self.today, follow_up + timedelta(days=rng.choice((0, 0, 0, -1, 1, 2))))
            done_on = max(done_on, day)
        tags = tuple(rng.sample(t.INTERACTION_TAGS[lang], rng.randint(1, 2))) if rng.random() < 0.25 else ()
        self.interactions.append(
            r.Interaction(id=interaction_id, client_id=client_id, occurred_at=moment, summary=summary,
                          channel=channel, notes=notes, mood=mood, follow_up_on=follow_up, follow_up_done=done,
                          tags=tags, pressure=tuple(events), signs=self._signs(p, day, role, lang, events),
                          follow_up_done_on=done_on)
        )  # fmt: skip

    def _kind(self, p: t.Persona, client_id: str) -> str:
        """A push this client favours; no more discount talk once the discount is at its ceiling."""
        kinds = [k for k in p.kinds if k != "discount" or self.discount[client_id] < 50] or ["threat"]
        return self.rng.choice(kinds)

    def _signs(
        self, p: t.Persona, day: date, role: str, lang: str, events: list[r.PressureEvent]
    ) -> tuple[r.GoodSign, ...]:
        """Partners earn good signs (every calm anchor has one); the improving client starts to after
        the turning day; bending clients almost never."""
        rng = self.rng
        chance = {"partner": 0.3, "improving": 0.12 if day > self.turning else 0.0, "watch": 0.04, "bending": 0.01}
        if not (role == "calm" or rng.random() < chance.get(p.style, 0.0)):
            return ()
        kinds = t.SIGN_KINDS if not events else ("accepted_no",)  # a push answered calmly, or simply good work
        kind = rng.choice(kinds)
        return (r.GoodSign(self.new_id(), kind, rng.choice(t.SIGNS[lang][kind]) if rng.random() < 0.8 else ""),)

    def _response(self, p: t.Persona, day: date, role: str) -> str:
        rng = self.rng
        if role == "turn":
            return "held"
        if p.style == "improving":
            if day < self.turning:
                return "conceded" if rng.random() < p.concede else "negotiated"
            return "held" if rng.random() < 0.7 else "negotiated"
        if (self.today - day).days < 7 and not role.startswith("concede") and rng.random() < 0.3:
            return "pending"
        response = "conceded" if role.startswith("concede") or rng.random() < p.concede else "?"
        if day >= self.today - timedelta(days=89):
            conceded, decided = self.tally
            # A bending client stays bending: over the 90 days at least half of the decided pushes are conceded.
            if response == "?" and p.style == "bending" and conceded < (decided + 1) / 2:
                response = "conceded"
            self.tally = [conceded + (response == "conceded"), decided + 1]
        return response if response != "?" else rng.choice(("negotiated", "held"))

    def _push(self, client_id: str, kind: str, response: str, values: dict[str, Any], quote: str) -> r.PressureEvent:
        rng = self.rng
        hours, discount = 0.0, None
        if kind in ("free_work", "deadline", "other") and response in ("conceded", "negotiated"):
            hours = rng.choice((0.5, 1.0, 1.5, 2.0, 3.0, 4.0))
            hours = hours if response == "conceded" else hours / 2
        if kind == "discount":
            pct, pct2 = values["pct"], values["pct2"]
            discount = float({"conceded": pct2, "negotiated": (pct + pct2) // 2}.get(response, pct))
            if response in ("conceded", "negotiated"):
                self.discount[client_id] = int(discount)  # the discount only moves when the manager gives way
        return r.PressureEvent(
            id=self.new_id(), kind=kind, response=response, unpaid_hours=hours, discount_pct=discount,
            note=quote.format(**values),
        )  # fmt: skip

    def _follow_up(self, day: date, role: str) -> tuple[date | None, bool]:
        rng = self.rng
        if role == "concede_follow_up":
            return self.today - timedelta(days=2), False
        if role == "calm" and (self.today - day).days < 7:
            return day + timedelta(days=7), False  # a promise still ahead
        if rng.random() > 0.3:
            return None, False
        due = day + timedelta(days=rng.randint(1, 10))
        if due < self.today - timedelta(days=14):
            return due, True  # old promises were kept; only the last fortnight's may still be open
        return due, due < self.today and rng.random() < 0.6

    def _gratitude(self, ids: list[str]) -> None:
        rng = self.rng
        people = [(p, i) for p, i in zip(t.CAST, ids, strict=True) if not p.archived]
        weights = [3 if p.style == "partner" else 1 for p, _ in people]
        for _ in range(max(2, self.span // 5)):
            day = self.start + timedelta(days=rng.randrange(self.span))
            if rng.random() < 0.7:
                p, client_id = rng.choices(people, weights=weights)[0]
                lang = self.lang(p)
                first = p.name.split()[0]
                words, said = rng.choice(t.GRATITUDE[lang])
                text = words.format(first=first, first_acc=t.ACCUSATIVE.get(first, first),
                                    first_dat=t.DATIVE_NAMES.get(first, first))  # fmt: skip
                to_name = None
            else:
                client_id = None
                to_name, text, said = rng.choice(t.GRATITUDE_OTHERS)
            self.gratitude.append(
                r.GratitudeNote(
                    id=self.new_id(),
                    written_on=day,
                    text=text,
                    to_client_id=client_id,
                    to_name=to_name,
                    expressed=said if said is not None else rng.random() < 0.6,
                )
            )

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
            steps = dict(spec["steps"])
            self.incidents.append(
                r.Incident(
                    id=incident_id,
                    client_id=client_id,
                    opened_on=opened,
                    title=spec["title"],
                    steps=steps,
                    follow_up_on=follow_up,
                    resolved_on=resolved,
                )
            )
            if resolved is not None:
                self.lessons.append(
                    r.Lesson(id=self.new_id(), written_on=resolved, incident_id=incident_id,
                             what_happened=spec["title"], lesson=spec["lesson"], next_time=spec["next_time"],
                             tags=("инцидент",))
                )  # fmt: skip

    def _lessons(self) -> None:
        rng = self.rng
        unused: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for _ in range(max(2, self.span // 15)):
            linked = rng.random() < 0.6 and self.conceded
            if linked:
                interaction_id, lang, day, kind = rng.choice(self.conceded)
                day = min(self.today, day + timedelta(days=rng.randint(0, 2)))
            else:
                interaction_id, lang, kind = None, rng.choice(("ru", "en")), rng.choice(list(t.LESSON_GROUP))
                day = self.start + timedelta(days=rng.randrange(self.span))
            group = (lang, t.LESSON_GROUP[kind])
            if not unused.get(group):  # each lesson once, in a shuffled order, before any repeats
                unused[group] = rng.sample(t.LESSONS[lang][group[1]], len(t.LESSONS[lang][group[1]]))
            what, lesson, next_time = unused[group].pop()
            tags = ("границы" if lang == "ru" else "boundaries",)
            self.lessons.append(
                r.Lesson(id=self.new_id(), written_on=day, interaction_id=interaction_id, what_happened=what,
                         lesson=lesson, next_time=next_time, tags=tags)
            )  # fmt: skip

    def _checkins(self) -> None:
        rng = self.rng
        day = self.today - timedelta(days=8)  # the last one 8 days ago: a check-in is due today
        while day >= self.start:
            strain = 35 + 30 * (day - self.start).days / self.span
            answers = []
            for _ in range(6):
                value = min(100, max(0, round((strain + rng.gauss(0, 18)) / 25) * 25))
                answers.append(None if rng.random() < 0.05 else value)
            self.checkins.append(
                r.CheckIn(id=self.new_id(), taken_on=day, answers=tuple(answers), note=rng.choice(t.CHECKIN_NOTES))
            )
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
