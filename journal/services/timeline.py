"""The journal timeline: pages of entries, newest first, with filters and full-text search.

Pages are keyset-paginated on the indexed `(ts, rowid)` of `entry`, so the hundredth page
costs what the first does. Search text is never handed to FTS5 as syntax: it is cut into
words, each becomes a quoted prefix term, and the hits are listed newest first (not by
rank, which costs far more on a common word), each with a snippet around the matched words.

Two measured costs shape the queries (tests/bench/bench_store.py, 100,000 interactions): a word
found in thousands of entries is listed fastest by walking the timeline index newest first and
keeping the hits (the planner would otherwise fetch and sort every hit: 23 ms instead of 4 ms),
while a rare word is fastest the other way round, so a capped count of the hits picks the plan.
Snippets are made in one FTS5 pass over the page's rowid range (asking per rowid re-reads a
prefix term's whole doclist each time: 100 ms for a page). Queries use the thread's kept-open
reader connection (`Journal.reader()`), not a new connection per page (1.3 ms → 0.3 ms).
"""

from __future__ import annotations

import html
import json
import re
import time as _time
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from journal.domain.records import TimelineEntry
from journal.store.db import Journal

PAGE_SIZE = 50
BROAD_SEARCH = 2000  # hits above which a search walks the timeline index instead of sorting its hits
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class TimelineFilter:
    client_id: str | None = None
    kinds: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    pressure_only: bool = False
    text: str = ""


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for whatever the user typed: every word as a quoted prefix, all required."""
    words = _WORD.findall(text.replace("ё", "е").replace("Ё", "Е"))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words[:16])


def local_midnight_ts(day: date) -> int:
    return int(datetime.combine(day, time()).astimezone().timestamp())


def _broad(con: Any, text: str) -> bool:
    query = fts_query(text)
    if not query:
        return False
    sql = "SELECT count(*) FROM (SELECT 1 FROM entry_fts WHERE entry_fts MATCH ? LIMIT ?)"
    found: int = con.execute(sql, (query, BROAD_SEARCH + 1)).fetchone()[0]
    return found > BROAD_SEARCH


def _where(flt: TimelineFilter, walk_index: bool = False) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.client_id:
        clauses.append("e.client_id = ?")
        params.append(flt.client_id)
    if flt.kinds:
        clauses.append(f"e.kind IN ({', '.join('?' * len(flt.kinds))})")
        params += list(flt.kinds)
    if flt.date_from:
        clauses.append("e.ts >= ?")
        params.append(local_midnight_ts(flt.date_from))
    if flt.date_to:
        clauses.append("e.ts < ?")
        params.append(local_midnight_ts(flt.date_to + timedelta(days=1)))
    if flt.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM tag t WHERE t.owner_kind = e.kind AND t.owner_id = e.entity_id AND t.name = ?)"
        )
        params.append(flt.tag)
    if flt.pressure_only:
        clauses.append("e.pressure IS NOT NULL")
    query = fts_query(flt.text)
    if flt.text.strip() and query is None:
        clauses.append("0")  # only punctuation typed: nothing can match
    elif query:
        # `+` keeps the planner from driving the query by the hits: it walks the (ts, rowid) index instead.
        column = "+e.rowid" if walk_index else "e.rowid"
        clauses.append(f"{column} IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
        params.append(query)
    return clauses, params


def _pressure(value: str | None) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    return tuple(tuple(item.split(":", 1)) for item in value.split(","))  # type: ignore[misc]


def page(
    journal: Journal,
    flt: TimelineFilter = TimelineFilter(),
    after: tuple[int, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[TimelineEntry]:
    """Up to `limit` entries older than the cursor `after` (the last entry's `cursor`)."""
    con = journal.reader()
    clauses, params = _where(flt, walk_index=_broad(con, flt.text))
    if after is not None:
        clauses.append("(e.ts, e.rowid) < (?, ?)")
        params += list(after)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT e.rowid, e.kind, e.entity_id, e.ts, e.day, e.client_id, c.name, e.pressure, e.title, e.signs "
        f"FROM entry e LEFT JOIN client c ON c.id = e.client_id {where} "
        "ORDER BY e.ts DESC, e.rowid DESC LIMIT ?"
    )
    found = con.execute(sql, [*params, limit]).fetchall()
    snippets = _snippets(con, flt.text, [row[0] for row in found])
    return [
        TimelineEntry(
            kind,
            entity_id,
            _local_time(ts),
            date.fromisoformat(day),
            client_id,
            client_name,
            title,
            _pressure(pressure) if pressure else (),
            snippets.get(rowid),
            (ts, rowid),
            tuple(signs.split(",")) if signs else (),
        )  # fmt: skip
        for rowid, kind, entity_id, ts, day, client_id, client_name, pressure, title, signs in found
    ]


_OFFSETS: dict[int, timezone] = {}


def _local_time(ts: int) -> datetime:
    """`datetime.fromtimestamp(ts).astimezone()`, a third cheaper: a page builds fifty of them."""
    offset = _time.localtime(ts).tm_gmtoff
    zone = _OFFSETS.get(offset)
    if zone is None:
        zone = _OFFSETS.setdefault(offset, timezone(timedelta(seconds=offset)))
    return datetime.fromtimestamp(ts, zone)


def _snippets(con: Any, text: str, rowids: list[int]) -> dict[int, str]:
    """Snippets for these hits in one FTS5 pass: the rowid range goes to FTS5, the exact set is a filter."""
    query = fts_query(text)
    if not query or not rowids:
        return {}
    marks = f"snippet(entry_fts, 0, '{MARK_START}', '{MARK_END}', '…', 12)"
    sql = (
        f"SELECT rowid, {marks} FROM entry_fts WHERE entry_fts MATCH ? AND rowid BETWEEN ? AND ? "
        "AND +rowid IN (SELECT value FROM json_each(?))"
    )
    return dict(con.execute(sql, (query, min(rowids), max(rowids), json.dumps(rowids))).fetchall())


def count(journal: Journal, flt: TimelineFilter = TimelineFilter()) -> int:
    clauses, params = _where(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    found: int = journal.reader().execute(f"SELECT count(*) FROM entry e {where}", params).fetchone()[0]
    return found


def snippet_text(snippet: str, start: str = "", end: str = "") -> str:
    """A snippet as plain text on one line, the matched words between `start` and `end`."""
    return " ".join(snippet.replace(MARK_START, start).replace(MARK_END, end).split())


def snippet_html(snippet: str) -> str:
    """A snippet as HTML with the matched words in bold, everything else escaped."""
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
