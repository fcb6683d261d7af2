"""The SQL behind a client's own page: counts over a span, per month, and what is still open.

Plain sqlite3 over the thread's reader connection (`Journal.reader()`), each query on the
client's indexed `(client_id, occurred_ts)`. Days are local days (the interaction's `occurred_ts`
read with 'localtime'), as everywhere in the indicators. The service
(`journal/services/client_story.py`) turns these rows into the page's figures.
"""

from __future__ import annotations

from typing import Any

from journal.domain.records import UNPAID_HOURS_SQL

_IN_SPAN = "i.client_id = :client AND i.occurred_ts >= :lo AND i.occurred_ts < :hi"


def span_totals(con: Any, client_id: str, lo: int, hi: int) -> dict[str, Any]:
    """Interactions, mean mood, pushes by response, unpaid hours and good signs in [lo, hi)."""
    params = {"client": client_id, "lo": lo, "hi": hi}
    interactions, mood = con.execute(
        f"SELECT count(*), avg(i.mood) FROM interaction i WHERE {_IN_SPAN}", params
    ).fetchone()
    responses = dict(
        con.execute(
            f"SELECT p.response, count(*) FROM pressure_event p JOIN interaction i ON i.id = p.interaction_id "
            f"WHERE {_IN_SPAN} GROUP BY p.response",
            params,
        ).fetchall()
    )
    hours = con.execute(
        f"SELECT {UNPAID_HOURS_SQL} FROM pressure_event p JOIN interaction i ON i.id = p.interaction_id "
        f"WHERE {_IN_SPAN}",
        params,
    ).fetchone()[0]
    signs = con.execute(
        f"SELECT count(*) FROM good_sign g JOIN interaction i ON i.id = g.interaction_id WHERE {_IN_SPAN}", params
    ).fetchone()[0]
    return {"interactions": interactions, "mood": mood, "responses": responses, "hours": hours, "signs": signs}


def monthly(con: Any, client_id: str, lo: int, hi: int) -> tuple[list[tuple[str, str, int]], list[tuple[str, float]]]:
    """('YYYY-MM', response, pushes) and ('YYYY-MM', mean mood) for the client's months in [lo, hi)."""
    params = {"client": client_id, "lo": lo, "hi": hi}
    month = "strftime('%Y-%m', i.occurred_ts, 'unixepoch', 'localtime')"
    pushes = con.execute(
        f"SELECT {month}, p.response, count(*) FROM pressure_event p JOIN interaction i ON i.id = p.interaction_id "
        f"WHERE {_IN_SPAN} GROUP BY 1, 2",
        params,
    ).fetchall()
    moods = con.execute(
        f"SELECT {month}, avg(i.mood) FROM interaction i WHERE {_IN_SPAN} AND i.mood IS NOT NULL GROUP BY 1", params
    ).fetchall()
    return pushes, moods


def promises_due(con: Any, client_id: str, first: str, last: str) -> list[tuple[str, int, str | None]]:
    """(follow_up_on, done, follow_up_done_on) of the client's follow-ups promised for days first…last."""
    rows: list[tuple[str, int, str | None]] = con.execute(
        "SELECT follow_up_on, follow_up_done, follow_up_done_on FROM interaction "
        "WHERE client_id = ? AND follow_up_on BETWEEN ? AND ?",
        (client_id, first, last),
    ).fetchall()
    return rows


def open_promises(con: Any, client_id: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(interaction id, summary, follow_up_on) of follow-ups not done yet, the earliest first."""
    rows: list[tuple[str, str, str]] = con.execute(
        "SELECT id, summary, follow_up_on FROM interaction "
        "WHERE client_id = ? AND follow_up_on IS NOT NULL AND follow_up_done = 0 ORDER BY follow_up_on LIMIT ?",
        (client_id, limit),
    ).fetchall()
    return rows


def open_incidents(con: Any, client_id: str) -> list[tuple[str, str, str, str | None]]:
    """(incident id, title, opened_on, follow_up_on) of the client's incidents not resolved, oldest first."""
    rows: list[tuple[str, str, str, str | None]] = con.execute(
        "SELECT id, title, opened_on, follow_up_on FROM incident WHERE client_id = ? AND resolved_on IS NULL "
        "ORDER BY opened_on",
        (client_id,),
    ).fetchall()
    return rows
