"""`rapport search`: the window's full-text search (`services.timeline.page` with the typed text),
newest first, as the JSON object of `spec/cli.md` or as one line a hit.

There is no second search here: the words become the same quoted prefix terms, the hits come in
the same order with the same FTS5 snippets as in the Journal page's list. Only the snippet's
marks differ: the window makes the matched words bold, the JSON has plain text, and the text form
makes them bold only on a terminal.
"""

from __future__ import annotations

from typing import Any

from journal.domain.records import TimelineEntry
from journal.services import formats, text, timeline, vocabulary
from journal.store.db import Journal

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def has_words(query: str) -> bool:
    """Whether the text holds a word to search for (only punctuation finds nothing, as in the window)."""
    return timeline.fts_query(query) is not None


def hits(journal: Journal, query: str, limit: int = DEFAULT_LIMIT) -> list[TimelineEntry]:
    """The newest `limit` entries that hold every word of `query` (as prefixes), newest first."""
    return timeline.page(journal, timeline.TimelineFilter(text=query), limit=limit)


def as_json(query: str, found: list[TimelineEntry]) -> dict[str, Any]:
    return {
        "query": query,
        "hits": [
            {
                "kind": entry.kind,
                "id": entry.id,
                "day": entry.day.isoformat(),
                "client": entry.client_name,
                "summary": entry.title,
                "snippet": timeline.snippet_text(entry.snippet or ""),
            }
            for entry in found
        ],
    }


def line(entry: TimelineEntry, bold: bool = False) -> str:
    """'21 Nov · Interaction · Ирина Петрова · Summary — …the snippet…' on one line."""
    parts = [formats.short_day(entry.day), vocabulary.entry_kind(entry.kind)]
    if entry.client_name:
        parts.append(" ".join(entry.client_name.split()))
    parts.append(" ".join(entry.title.split()))
    shown = " · ".join(parts)
    snippet = timeline.snippet_text(entry.snippet or "", *((BOLD, PLAIN) if bold else ()))
    return f"{shown} — {snippet}" if snippet else shown


def search_json(journal: Journal, query: str, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    return as_json(query, hits(journal, query, limit))


def search_lines(journal: Journal, query: str, limit: int = DEFAULT_LIMIT, lang: str | None = None, *,
                 bold: bool = False) -> list[str]:  # fmt: skip
    """One line a hit, in the interface language (`lang` overrides it)."""
    text.use_language(lang)
    return [line(entry, bold) for entry in hits(journal, query, limit)]
