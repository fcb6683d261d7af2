"""`status` counts with SQL over indexes: no query walks a whole table of entries."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from journal.services import demo, indicators
from journal.store.db import Journal

# Tables that grow with the journal; `client` is small and may be scanned.
GROWING = ("interaction", "pressure_event", "good_sign", "checkin", "gratitude_note", "incident", "lesson", "entry")


def test_every_status_query_searches_an_index(journal: Journal) -> None:
    demo.fill(journal, months=3, seed=4, today=date(2026, 11, 23))
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        statements.append((statement, parameters))

    event.listen(journal.engine, "before_cursor_execute", record)
    try:
        indicators.status(journal, date(2026, 11, 23))
    finally:
        event.remove(journal.engine, "before_cursor_execute", record)
    selects = [(s, p) for s, p in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 10
    con = journal.raw()
    plans: list[str] = []
    try:
        for statement, parameters in selects:
            plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            plans += plan
            aliases = {"i": "interaction", "p": "pressure_event", "n": "incident", "g": "good_sign"}
            for step in plan:
                if step.startswith("SCAN "):
                    table = step.split()[1]
                    assert aliases.get(table, table) not in GROWING, (statement, plan)
    finally:
        con.close()
    # open follow-ups come from their own partial index, not a walk over every follow-up ever set
    assert any("ix_interaction_follow_up_open" in step for step in plans)
