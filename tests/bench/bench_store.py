"""Store benchmark: each operation through Rapport beside the same work in plain sqlite3, same file, same run.

Run from the repository root: `python tests/bench/bench_store.py [--size N]` (the first run
builds the cached 100,000-interaction journal with the demo generator, about 20 s). Prints a Markdown table
of medians (search: p50 and p95 over 50 different common words) with the ratio to plain sqlite3
and the issue's targets.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as `python tests/bench/bench_store.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import paths  # noqa: E402
from journal.services import capture, timeline  # noqa: E402
from journal.store.db import open_journal  # noqa: E402
from tests.bench import plain  # noqa: E402
from tests.bench.common import BIG, Row, big_journal, markdown, measure, measure_pair, median, p95  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PAGE_SQL = (
    "SELECT e.rowid, e.kind, e.entity_id, e.ts, e.day, e.client_id, c.name, e.pressure, e.title "
    "FROM entry e LEFT JOIN client c ON c.id = e.client_id WHERE e.client_id = ? "
    "ORDER BY e.ts DESC, e.rowid DESC LIMIT 50"
)
# The plain query a developer would write first; it lists the hits but makes no snippets (Rapport does).
SEARCH_SQL = (
    "SELECT e.rowid, e.kind, e.entity_id, e.ts, e.day, e.client_id, e.pressure, e.title "
    "FROM entry_fts JOIN entry e ON e.rowid = entry_fts.rowid WHERE entry_fts MATCH ? "
    "ORDER BY e.ts DESC, e.rowid DESC LIMIT 50"
)


def common_words(con: sqlite3.Connection, count: int = 50) -> list[str]:
    """The `count` words found in the most entries (at least 4 letters), from FTS5's own vocabulary."""
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, entry_fts, row)")
    found = con.execute("SELECT term FROM temp.vocab WHERE length(term) >= 4 ORDER BY doc DESC LIMIT 200").fetchall()
    return [term for (term,) in found if term.isalpha()][:count]


def bench_timeline(folder: Path, con: sqlite3.Connection) -> list[Row]:
    journal = open_journal(folder)
    try:
        client_id = capture.find_client(journal, "Ирина Петрова")[0].id
        flt = timeline.TimelineFilter(client_id=client_id)
        assert len(timeline.page(journal, flt)) == 50
        ours, theirs = map(
            median,
            measure_pair(
                lambda: timeline.page(journal, flt), lambda: con.execute(PAGE_SQL, (client_id,)).fetchall(), 300, 10
            ),
        )
    finally:
        journal.close()
    ok = ours <= 0.020 and ours <= 3 * theirs
    return [Row("timeline page (50 newest, one client)", ours, theirs, "≤ 20 ms, ≤ 3×", ok)]


def bench_search(folder: Path, con: sqlite3.Connection) -> list[Row]:
    journal = open_journal(folder)
    try:
        words = common_words(con)
        ours, theirs = [], []
        for word in words:
            flt = timeline.TimelineFilter(text=word)
            query = timeline.fts_query(word)
            a, b = measure_pair(
                lambda flt=flt: timeline.page(journal, flt), lambda q=query: con.execute(SEARCH_SQL, (q,)).fetchall(), 5
            )
            ours.append(median(a))
            theirs.append(median(b))
    finally:
        journal.close()
    ok50 = median(ours) <= 3 * median(theirs)
    ok95 = p95(ours) <= 0.050 and p95(ours) <= 3 * p95(theirs)
    return [
        Row(f"search, common word, p50 of {len(words)}", median(ours), median(theirs), "≤ 3×", ok50),
        Row(f"search, common word, p95 of {len(words)}", p95(ours), p95(theirs), "≤ 50 ms, ≤ 3×", ok95),
    ]


def bench_start(folder: Path) -> list[Row]:
    file = paths.journal_path(folder)

    def plain_start() -> None:
        con = sqlite3.connect(file)
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("SELECT version_num FROM alembic_version").fetchone()
        con.close()

    ours, theirs = map(median, measure_pair(lambda: open_journal(folder).close(), plain_start, 20))
    cold_ours = median(
        measure(
            lambda: _python(
                f"import pathlib; from journal.store.db import open_journal; open_journal(pathlib.Path({str(folder)!r}))"
            ),
            5,
        )
    )
    cold_plain = median(
        measure(lambda: _python(f"import sqlite3; sqlite3.connect({str(file)!r}).execute('SELECT 1')"), 5)
    )
    return [
        Row("journal start (open + migration check)", ours, theirs, "≤ 300 ms", ours <= 0.300),
        Row("journal start in a new Python process", cold_ours, cold_plain, "", None),
    ]


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description="Rapport's store beside plain sqlite3")
    parser.add_argument("--size", type=int, default=BIG, help="interactions in the journal (default 100,000)")
    folder = big_journal(parser.parse_args(argv).size)
    con = sqlite3.connect(paths.journal_path(folder))
    rows = bench_timeline(folder, con) + bench_search(folder, con)
    con.close()
    rows += plain.bench_interchange(folder)
    rows += bench_start(folder)
    print(markdown(rows))
    return rows


if __name__ == "__main__":
    main()
