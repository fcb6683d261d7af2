"""The sample journal: realistic, reproducible, valid, and shaped as issue 3's indicators need."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta

import pytest

from journal.domain.interchange import to_json
from journal.domain.validation import READERS
from journal.services import capture, demo, interchange, timeline
from journal.store.db import Journal, open_journal

SECTION_KIND = {
    "clients": ("client", "client"),
    "interactions": ("interaction", "interaction"),
    "gratitude": ("gratitude", "gratitude_note"),
    "lessons": ("lesson", "lesson"),
    "incidents": ("incident", "incident"),
    "checkins": ("checkin", "checkin"),
}


def _rows(journal: Journal, sql: str, *params: object) -> list[tuple]:
    con = journal.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _labels_over_90_days(journal: Journal, today: date) -> dict[str, tuple[int, int, int, int]]:
    """Per client with interactions in the 90 days: (interactions, pushes, decided, conceded)."""
    since = (today - timedelta(days=89)).isoformat()
    local_day = "date(i.occurred_ts, 'unixepoch', 'localtime')"
    found = _rows(
        journal,
        f"SELECT c.name, count(DISTINCT i.id), count(p.id), "
        f"sum(p.response IN ('conceded', 'negotiated', 'held')), sum(p.response = 'conceded') "
        f"FROM client c JOIN interaction i ON i.client_id = c.id LEFT JOIN pressure_event p ON p.interaction_id = i.id "
        f"WHERE {local_day} BETWEEN ? AND ? GROUP BY c.id",
        since,
        today.isoformat(),
    )
    return {name: (n, pushes, decided or 0, conceded or 0) for name, n, pushes, decided, conceded in found}


def test_default_demo_has_a_bending_client_a_partnership_and_a_known_level(journal: Journal) -> None:
    today = date.today()
    counts = demo.fill(journal)
    assert counts["clients"] >= 10 and counts["interactions"] > 200
    labels = _labels_over_90_days(journal, today)
    bending = [name for name, (_, _, decided, conceded) in labels.items() if decided >= 2 and conceded / decided >= 0.5]
    partners = [name for name, (n, pushes, _, conceded) in labels.items() if conceded == 0 and pushes <= n / 4]
    assert "Ирина Петрова" in bending and "Daniel Brooks" in bending
    assert "Sarah Collins" in partners and "Анна Соколова" in partners
    since = (today - timedelta(days=27)).isoformat()
    recent = _rows(
        journal,
        "SELECT count(*) FROM interaction WHERE date(occurred_ts, 'unixepoch', 'localtime') BETWEEN ? AND ?",
        since,
        today.isoformat(),
    )[0][0]
    assert recent >= 10
    latest = _rows(journal, "SELECT max(occurred_ts) FROM interaction")[0][0]
    assert latest < time.time()  # nothing in the future


@pytest.mark.parametrize("seed", [1, 7, 2026])
def test_the_guarantees_hold_for_any_seed_and_a_short_journal(journal: Journal, seed: int) -> None:
    today = date(2026, 3, 29)  # a Sunday in the week Europe changes its clocks
    demo.fill(journal, months=1, seed=seed, today=today)
    labels = _labels_over_90_days(journal, today)
    assert any(d >= 2 and c / d >= 0.5 for _, _, d, c in labels.values())
    assert any(c == 0 and p <= n / 4 for n, p, _, c in labels.values())
    assert all(day <= today.isoformat() for (day,) in _rows(journal, "SELECT day FROM entry"))


def test_it_pushes_in_both_languages_the_way_the_design_describes(journal: Journal) -> None:
    demo.fill(journal, seed=3)
    summaries = [s for (s,) in _rows(journal, "SELECT summary FROM interaction")]
    assert any(re.search("[а-яё]", s) for s in summaries) and any(re.fullmatch(r"[ -~]+", s) for s in summaries)
    kinds = {k for (k,) in _rows(journal, "SELECT DISTINCT kind FROM pressure_event")}
    assert {"free_work", "discount", "deadline"} <= kinds
    responses = {k for (k,) in _rows(journal, "SELECT DISTINCT response FROM pressure_event")}
    assert {"conceded", "negotiated", "held"} <= responses
    notes = " ".join(n for (n,) in _rows(journal, "SELECT notes FROM interaction"))
    assert "пять минут работы" in notes and "five minutes of work" in notes and "needed it yesterday" in notes
    assert _rows(journal, "SELECT count(*) FROM pressure_event WHERE unpaid_hours > 0")[0][0] > 0
    assert _rows(journal, "SELECT count(*) FROM pressure_event WHERE discount_pct >= 50")[0][0] > 0
    assert _rows(journal, "SELECT count(*) FROM lesson WHERE interaction_id IS NOT NULL")[0][0] > 0
    assert _rows(journal, "SELECT count(*) FROM gratitude_note WHERE to_client_id IS NULL")[0][0] > 0


def test_some_things_need_attention_today(journal: Journal) -> None:
    today = date(2026, 11, 23)
    demo.fill(journal, today=today)
    day = today.isoformat()
    assert _rows(journal, "SELECT count(*) FROM interaction WHERE follow_up_on <= ? AND NOT follow_up_done", day)[0][0]
    assert _rows(journal, "SELECT count(*) FROM interaction WHERE follow_up_on > ?", day)[0][0]
    open_incidents = _rows(journal, "SELECT follow_up_on, step_learn FROM incident WHERE resolved_on IS NULL")
    assert len(open_incidents) == 1 and open_incidents[0][0] <= day and open_incidents[0][1] == ""
    assert _rows(journal, "SELECT count(*) FROM incident WHERE resolved_on IS NOT NULL")[0][0] == 1
    overdue = _rows(
        journal,
        "SELECT c.name FROM client c JOIN interaction i ON i.client_id = c.id WHERE NOT c.archived "
        "AND c.stay_in_touch_days IS NOT NULL GROUP BY c.id "
        "HAVING julianday(?) - julianday(max(date(i.occurred_ts, 'unixepoch', 'localtime'))) > c.stay_in_touch_days",
        day,
    )
    assert {"James Harper", "Мария Кузнецова"} <= {name for (name,) in overdue}
    checkins = _rows(journal, "SELECT taken_on, answer_1, answer_2, answer_3 FROM checkin ORDER BY taken_on DESC")
    assert checkins[0][0] == (today - timedelta(days=8)).isoformat()  # so a check-in is due
    assert len(checkins) >= 24 and all(a in (None, 0, 25, 50, 75, 100) for row in checkins for a in row[1:])


def test_every_record_reads_back_through_the_interchange_rules(journal: Journal) -> None:
    demo.fill(journal, months=2, seed=5)
    for section, (kind, table) in SECTION_KIND.items():
        ids = [i for (i,) in _rows(journal, f"SELECT id FROM {table}")]
        assert ids, section
        for entity_id in ids:
            record = capture.get(journal, kind, entity_id)
            problems: list = []
            again = READERS[section](to_json(record), section, problems)
            assert problems == [] and again == record


def test_the_timeline_and_search_index_every_entry(journal: Journal) -> None:
    counts = demo.fill(journal, seed=2)
    entries = sum(counts[s] for s in ("interactions", "gratitude", "lessons", "incidents", "checkins"))
    assert timeline.count(journal) == entries
    hits = timeline.page(journal, timeline.TimelineFilter(text="пять минут"))
    assert hits and all(hit.snippet for hit in hits)
    irina = capture.find_client(journal, "ирина петрова")[0]
    page = timeline.page(journal, timeline.TimelineFilter(client_id=irina.id, pressure_only=True))
    assert page and all(e.client_id == irina.id and e.pressure for e in page)


def test_same_seed_same_journal_other_seed_another(tmp_path) -> None:
    def snapshot(folder: str, seed: int) -> dict:
        opened = open_journal(tmp_path / folder)
        try:
            demo.fill(opened, months=3, seed=seed, today=date(2026, 11, 23))
            document = interchange.document(opened)
            del document["exported_at"]
            return document
        finally:
            opened.close()

    first = snapshot("a", 11)
    assert snapshot("b", 11) == first
    assert snapshot("c", 12) != first


def test_size_gives_exactly_that_many_interactions_over_ten_years(journal: Journal) -> None:
    today = date(2026, 11, 23)
    counts = demo.fill_interactions(journal, 1234, seed=4, today=today)
    assert counts["interactions"] == 1234
    first, last = _rows(journal, "SELECT min(occurred_ts), max(occurred_ts) FROM interaction")[0]
    assert (last - first) / 86400 > 365 * 9
    assert _rows(journal, "SELECT max(day) FROM entry")[0][0] <= today.isoformat()
    assert _rows(journal, "SELECT count(*) FROM checkin")[0][0] > 500


def test_it_refuses_a_journal_that_is_not_empty(journal: Journal) -> None:
    assert demo.is_empty(journal)
    capture.save(journal, "client", {"name": "Existing client"})
    assert not demo.is_empty(journal)
    with pytest.raises(demo.NotEmptyError, match="already has entries"):
        demo.fill(journal)
    assert capture.count(journal, "client") == 1 and capture.count(journal, "interaction") == 0


def test_cancel_writes_nothing_and_progress_reaches_the_end(journal: Journal) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(demo.Cancelled):
        demo.fill_interactions(journal, 5000, progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 1)
    assert seen and demo.is_empty(journal) and timeline.count(journal) == 0
    with pytest.raises(demo.Cancelled):  # the keyword ui.workers.Worker passes
        demo.fill(journal, cancelled=lambda: True)
    assert demo.is_empty(journal)
    seen.clear()
    demo.fill(journal, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
