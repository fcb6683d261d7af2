"""The timeline's two search plans (walk the index for a common word, sort the hits for a rare one) agree."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from journal.services import capture, demo, timeline
from journal.store.db import Journal

WORDS = ["договор", "минут", "report", "outcome", "итог", "Ирин", "пять минут", "scope", "границы", "nothing-here"]


def _all_pages(journal: Journal, flt: timeline.TimelineFilter, limit: int = 50) -> list[timeline.TimelineEntry]:
    entries: list[timeline.TimelineEntry] = []
    after = None
    while True:
        page = timeline.page(journal, flt, after=after, limit=limit)
        entries += page
        if len(page) < limit:
            return entries
        after = page[-1].cursor


@pytest.fixture
def filled(journal: Journal) -> Journal:
    demo.fill(journal, months=4, seed=9, today=date(2026, 11, 23))
    return journal


@pytest.mark.parametrize("word", WORDS)
def test_both_plans_list_the_same_hits_newest_first_with_snippets(
    filled: Journal, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    irina = capture.find_client(filled, "Ирина Петрова")[0].id
    for flt in (timeline.TimelineFilter(text=word), timeline.TimelineFilter(text=word, client_id=irina)):
        monkeypatch.setattr(timeline, "BROAD_SEARCH", 10**9)
        sorted_hits = _all_pages(filled, flt, limit=20)
        monkeypatch.setattr(timeline, "BROAD_SEARCH", 0)
        walked_hits = _all_pages(filled, flt, limit=20)
        assert walked_hits == sorted_hits
        assert len(sorted_hits) == timeline.count(filled, flt)
        keys = [e.cursor for e in sorted_hits]
        assert keys == sorted(keys, reverse=True)
        assert all(e.snippet and timeline.MARK_START in e.snippet for e in sorted_hits)
    if word != "nothing-here":
        assert timeline.count(filled, timeline.TimelineFilter(text=word)) > 0


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch):
    """The process's local time zone set to one with daylight saving (SQLite's 'localtime' follows it)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_page_times_are_the_local_times_of_the_entries_across_a_clock_change(new_york: None, journal: Journal) -> None:
    demo.fill(journal, months=2, seed=9, today=date(2026, 11, 23))  # US clocks went back on 1 November
    entries = _all_pages(journal, timeline.TimelineFilter(kinds=("interaction",)))
    assert {e.when.utcoffset().total_seconds() for e in entries} == {-4 * 3600, -5 * 3600}
    for entry in entries:
        assert entry.when == datetime.fromtimestamp(entry.cursor[0]).astimezone()
        assert entry.when.utcoffset() == datetime.fromtimestamp(entry.cursor[0]).astimezone().utcoffset()
        assert entry.day == entry.when.date()
        assert capture.get(journal, "interaction", entry.id).occurred_at == entry.when
