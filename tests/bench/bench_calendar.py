"""Calendar benchmark: importing a 5,000-event file, and the hourly re-read of an unchanged one.

Run from the repository root: `python tests/bench/bench_calendar.py [--events N]`. The file is
made by `tests/fixtures/calendars/make_large.py` (Outlook-shaped: a VTIMEZONE with DST, a
tenth weekly series with EXDATE, UTC and zoned times, all-day and cancelled events) into
`tests/bench/out/`. The import (read, expand, match, write into a fresh journal) is timed
beside the straightforward way of only reading the same file with the libraries
(`icalendar.Calendar.from_ical` + `recurring_ical_events ... between`, nothing written); the
re-read of an unchanged file beside a bare `os.stat`. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # run as `python tests/bench/bench_calendar.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402

from journal.services import meetings  # noqa: E402
from journal.store.db import open_journal  # noqa: E402
from tests.bench.common import OUT, Row, markdown, measure, median  # noqa: E402
from tests.fixtures.calendars.make_large import write  # noqa: E402

IMPORT_TARGET = 2.0
REREAD_TARGET = 0.050


def library_read(path: Path) -> int:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return len(recurring_ical_events.of(calendar).between(datetime(1900, 1, 1), datetime(2028, 1, 1)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = write(OUT / f"calendar-{args.events}.ics", args.events)
    runs = {"n": 0}

    def fresh_import() -> meetings.ImportCounts:
        runs["n"] += 1
        folder = OUT / f"calendar-journal-{runs['n']}"
        shutil.rmtree(folder, ignore_errors=True)
        journal = open_journal(folder)
        try:
            return meetings.import_calendar(journal, path)
        finally:
            journal.close()
            shutil.rmtree(folder, ignore_errors=True)

    counts = fresh_import()
    imports = measure(fresh_import, args.repeat, warmup=0)
    library = measure(lambda: library_read(path), max(1, args.repeat // 2), warmup=0)

    folder = OUT / "calendar-journal-reread"
    shutil.rmtree(folder, ignore_errors=True)
    journal = open_journal(folder)
    signature, _ = meetings.reread_if_changed(journal, path, None)
    rereads = measure(lambda: meetings.reread_if_changed(journal, path, signature), 50)
    stats = measure(lambda: os.stat(path), 50)
    os.utime(path)  # touched, same content: the hash decides
    touched = measure(lambda: meetings.reread_if_changed(journal, path, signature), 5)
    journal.close()
    shutil.rmtree(folder, ignore_errors=True)

    size = path.stat().st_size / 1e6
    print(f"{args.events} events ({size:.1f} MB), {counts.added} meetings to log kept, {counts.skipped} skipped")
    rows = [
        Row(f"import {args.events} events into a new journal (vs the libraries' read alone)", median(imports),
            median(library), f"≤ {IMPORT_TARGET:.0f} s", median(imports) <= IMPORT_TARGET),
        Row("hourly re-read, unchanged file (vs os.stat)", median(rereads), median(stats),
            f"≤ {REREAD_TARGET * 1000:.0f} ms", median(rereads) <= REREAD_TARGET),
        Row("hourly re-read, touched but same content (hash)", median(touched), None,
            f"≤ {REREAD_TARGET * 1000:.0f} ms", median(touched) <= REREAD_TARGET),
    ]  # fmt: skip
    print(markdown(rows).replace("plain sqlite3", "baseline"))


if __name__ == "__main__":
    main()
