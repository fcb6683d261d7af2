"""Hand-built journals for the indicator tests: clients, interactions with pressure, check-ins.

Everything goes through `journal.services.capture.save`, as the editors do. Times are local
to a fixed time zone (`moscow` fixture: UTC+3, no DST) so the expected window days are the
same on every machine.
"""

from __future__ import annotations

import itertools
import os
import time
from datetime import date, datetime, timedelta

import pytest

from journal.services import capture
from journal.store.db import Journal

AS_OF = date(2026, 11, 23)  # a Monday
_ids = itertools.count(1)


@pytest.fixture
def moscow(monkeypatch: pytest.MonkeyPatch):
    """Local time is Europe/Moscow for the test (Python and SQLite both follow TZ)."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def use_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


def local(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> str:
    """ISO date-time of a local wall-clock moment, with the local offset."""
    return datetime(day.year, day.month, day.day, hour, minute, second).astimezone().isoformat()


def days_ago(n: int, as_of: date = AS_OF) -> date:
    return as_of - timedelta(days=n)


def client(journal: Journal, cid: str = "c1", name: str = "Ирина Петрова", **extra) -> str:
    data = {"id": cid, "name": name, "created_at": local(date(2026, 1, 1), 9)}
    data.update(extra)
    capture.save(journal, "client", data)
    return cid


def event(kind: str = "free_work", response: str = "conceded", hours: float = 0.0) -> dict:
    return {"kind": kind, "response": response, "unpaid_hours": hours}


def interaction(
    journal: Journal,
    when: str | date,
    *events: dict,
    client_id: str = "c1",
    summary: str | None = None,
    **extra,
) -> str:
    """One interaction at `when` (a date means local noon) holding `events`."""
    iid = f"i{next(_ids)}"
    data = {
        "id": iid,
        "client_id": client_id,
        "occurred_at": local(when) if isinstance(when, date) else when,
        "summary": summary or f"Call {iid}",
        "pressure": [dict(e, id=f"{iid}-p{n}") for n, e in enumerate(events)],
    }
    data.update(extra)
    capture.save(journal, "interaction", data)
    return iid


def pushes(conceded: int = 0, negotiated: int = 0, held: int = 0, pending: int = 0) -> list[dict]:
    return (
        [event(response="conceded")] * conceded
        + [event(response="negotiated")] * negotiated
        + [event(response="held")] * held
        + [event(response="pending")] * pending
    )


def checkin(journal: Journal, day: date, answers: list[int | None], cid: str | None = None) -> str:
    data = {"taken_on": day.isoformat(), "answers": answers}
    if cid:
        data["id"] = cid
    return capture.save(journal, "checkin", data).id


def zone_name() -> str:
    return os.environ.get("TZ", "")
