"""The journal timeline: pages of entries, newest first, with filters and full-text search.

Pages are keyset-paginated on the indexed `(ts, rowid)` of `entry`, so the hundredth page
costs what the first does. Search text is never handed to FTS5 as syntax: it is cut into
words, each becomes a quoted prefix term, and the hits are listed newest first (not by
rank, which costs far more on a common word), each with a snippet around the matched words.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from journal.domain.records import TimelineEntry
from journal.store.db import Journal

PAGE_SIZE = 50
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


def _where(flt: TimelineFilter) -> tuple[list[str], list[Any]]:
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
        clauses.append("e.rowid IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
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
    clauses, params = _where(flt)
    if after is not None:
        clauses.append("(e.ts, e.rowid) < (?, ?)")
        params += list(after)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT e.rowid, e.kind, e.entity_id, e.ts, e.day, e.client_id, c.name, e.pressure, e.title "
        f"FROM entry e LEFT JOIN client c ON c.id = e.client_id {where} "
        "ORDER BY e.ts DESC, e.rowid DESC LIMIT ?"
    )
    con = journal.reader()
    found = con.execute(sql, [*params, limit]).fetchall()
    snippets = _snippets(con, flt.text, [row[0] for row in found])
    return [
        TimelineEntry(
            kind=kind,
            id=entity_id,
            when=datetime.fromtimestamp(ts).astimezone(),
            day=date.fromisoformat(day),
            client_id=client_id,
            client_name=client_name,
            title=title,
            pressure=_pressure(pressure),
            snippet=snippets.get(rowid),
            cursor=(ts, rowid),
        )  # fmt: skip
        for rowid, kind, entity_id, ts, day, client_id, client_name, pressure, title in found
    ]


def _snippets(con: Any, text: str, rowids: list[int]) -> dict[int, str]:
    query = fts_query(text)
    if not query or not rowids:
        return {}
    marks = f"snippet(entry_fts, 0, '{MARK_START}', '{MARK_END}', '…', 12)"
    sql = f"SELECT rowid, {marks} FROM entry_fts WHERE entry_fts MATCH ? AND rowid IN ({', '.join('?' * len(rowids))})"
    return dict(con.execute(sql, [query, *rowids]).fetchall())


def count(journal: Journal, flt: TimelineFilter = TimelineFilter()) -> int:
    clauses, params = _where(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return journal.reader().execute(f"SELECT count(*) FROM entry e {where}", params).fetchone()[0]


def snippet_html(snippet: str) -> str:
    """A snippet as HTML with the matched words in bold, everything else escaped."""
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
