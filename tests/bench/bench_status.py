"""Status benchmark: `indicators.status` on the 100,000-interaction journal beside plain sqlite3.

Run from the repository root: `python tests/bench/bench_status.py [--size N]` (the first run
builds the cached journal with the demo generator). Rapport and plain sqlite3 are timed in
turn, call after call, so load on a shared machine hits both alike. The plain side is what a developer would write by
hand with `sqlite3`: the same numbers (window totals, the latest scored check-in, per-client
90-day figures, per-week trend, reminders) as raw tuples, local days through SQLite's
'localtime', no records, no thresholds, no sentences. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as `python tests/bench/bench_status.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import paths  # noqa: E402
from journal.services import indicators, status_report, text  # noqa: E402
from journal.store.db import open_journal  # noqa: E402
from tests.bench.common import BIG, Row, big_journal, markdown, measure, measure_pair, median  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LOCAL_DAY = "date(i.occurred_ts, 'unixepoch', 'localtime')"
WINDOW_TS = "i.occurred_ts >= CAST(strftime('%s', ?, 'utc') AS INTEGER) AND i.occurred_ts < CAST(strftime('%s', ?, 'utc') AS INTEGER)"


def plain_status(con: sqlite3.Connection, as_of: date) -> tuple:
    """The status numbers in plain sqlite3, written the straightforward way."""
    first, end = (as_of - timedelta(days=27)).isoformat(), (as_of + timedelta(days=1)).isoformat()
    since90 = (as_of - timedelta(days=89)).isoformat()
    monday = as_of - timedelta(days=as_of.weekday()) - timedelta(weeks=11)
    window = con.execute(
        "SELECT count(DISTINCT i.id), count(p.id), sum(p.response IN ('conceded','negotiated','held')), "
        "sum(p.response = 'conceded'), total(p.unpaid_hours) FROM interaction i "
        f"LEFT JOIN pressure_event p ON p.interaction_id = i.id WHERE {WINDOW_TS}",
        (first, end),
    ).fetchone()
    checkins = con.execute(
        "SELECT * FROM checkin WHERE taken_on BETWEEN ? AND ? ORDER BY taken_on DESC", (first, as_of.isoformat())
    ).fetchall()
    clients = con.execute(
        "SELECT c.id, c.name, count(DISTINCT i.id), count(p.id), sum(p.response IN ('conceded','negotiated','held')), "
        "sum(p.response = 'conceded'), total(p.unpaid_hours) FROM interaction i JOIN client c ON c.id = i.client_id "
        f"LEFT JOIN pressure_event p ON p.interaction_id = i.id WHERE {WINDOW_TS} GROUP BY c.id",
        (since90, end),
    ).fetchall()
    weeks = con.execute(
        f"SELECT (julianday({LOCAL_DAY}) - julianday(?)) / 7 AS w, count(DISTINCT i.id), count(p.id), "
        "sum(p.response = 'conceded'), total(p.unpaid_hours) FROM interaction i "
        f"LEFT JOIN pressure_event p ON p.interaction_id = i.id WHERE {WINDOW_TS} GROUP BY w",
        (monday.isoformat(), monday.isoformat(), end),
    ).fetchall()
    gratitude = con.execute(
        "SELECT written_on, count(*) FROM gratitude_note WHERE written_on BETWEEN ? AND ? GROUP BY written_on",
        (monday.isoformat(), as_of.isoformat()),
    ).fetchall()
    follow_ups = con.execute(
        "SELECT i.id, i.client_id, c.name, i.follow_up_on, i.summary FROM interaction i JOIN client c "
        "ON c.id = i.client_id WHERE i.follow_up_on <= ? AND i.follow_up_done = 0",
        (as_of.isoformat(),),
    ).fetchall()
    cadence = con.execute(
        "SELECT c.id, c.stay_in_touch_days, c.created_ts, max(i.occurred_ts) FROM client c "
        "LEFT JOIN interaction i ON i.client_id = c.id AND i.occurred_ts < CAST(strftime('%s', ?, 'utc') AS INTEGER) "
        "WHERE c.archived = 0 AND c.stay_in_touch_days IS NOT NULL GROUP BY c.id",
        (end,),
    ).fetchall()
    incidents = con.execute(
        "SELECT id, client_id, follow_up_on, title FROM incident WHERE resolved_on IS NULL AND follow_up_on <= ?",
        (as_of.isoformat(),),
    ).fetchall()
    last_checkin = con.execute("SELECT max(taken_on) FROM checkin WHERE taken_on <= ?", (as_of.isoformat(),)).fetchone()
    return window, checkins, clients, weeks, gratitude, follow_ups, cadence, incidents, last_checkin


def _cold_status(folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(folder), "status", "--json"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def bench_status(folder: Path) -> list[Row]:
    as_of = date.today()
    journal = open_journal(folder)
    con = sqlite3.connect(paths.journal_path(folder))
    try:
        ours = indicators.status(journal, as_of)
        plain = plain_status(con, as_of)
        # the same numbers, or the comparison means nothing
        assert plain[0][1] == next(s for s in ours.signals if s.name == "pressure_per_week").basis
        assert len(plain[2]) == len(ours.clients)
        assert len(plain[5]) == sum(1 for r in ours.attention if r.kind == "follow_up")
        ours_t, plain_t = measure_pair(
            lambda: indicators.status(journal, as_of), lambda: plain_status(con, as_of), 20, 3
        )
        status_ms, plain_ms = median(ours_t), median(plain_t)
        text.use_language("en")
        json_ms = median(measure(lambda: status_report.status_json(journal, as_of), 10, warmup=2))
        cold = median(measure(lambda: _cold_status(folder), 3, warmup=1))
    finally:
        con.close()
        journal.close()
    return [
        Row("status (signals, labels, trend, reminders)", status_ms, plain_ms, "≤ 150 ms", status_ms <= 0.150),
        Row(f"status as JSON, with sentences ({len(ours.attention)} reminders)", json_ms, plain_ms, "", None),
        Row("`rapport status --json` in a new process", cold, None, "", None),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description="Rapport's status beside plain sqlite3")
    parser.add_argument("--size", type=int, default=BIG, help="interactions in the journal (default 100,000)")
    rows = bench_status(big_journal(parser.parse_args(argv).size))
    print(markdown(rows))
    return rows


if __name__ == "__main__":
    main()
