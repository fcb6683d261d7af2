"""Full-text search and the paged timeline: Cyrillic folding, hostile input, newest first, paging."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.services import capture
from journal.services.timeline import MARK_END, MARK_START, TimelineFilter, count, fts_query, page, snippet_html
from tests.helpers import client, interaction


def test_cyrillic_prefix_and_case_and_yo(journal):
    c = client(journal)
    interaction(journal, c.id, "2026-11-20T10:00:00+03:00", "Позвонил Клиенту про ёлочные игрушки")
    interaction(journal, c.id, "2026-11-21T10:00:00+03:00", "Nothing relevant")
    assert count(journal, TimelineFilter(text="клиент")) == 1
    assert count(journal, TimelineFilter(text="КЛИЕНТУ")) == 1
    assert count(journal, TimelineFilter(text="елочные")) == 1
    assert count(journal, TimelineFilter(text="ёлочн")) == 1
    hit = page(journal, TimelineFilter(text="клиент"))[0]
    assert f"{MARK_START}Клиенту{MARK_END}" in hit.snippet
    assert "<b>Клиенту</b>" in snippet_html(hit.snippet)


def test_every_text_field_is_searchable(journal):
    c = client(journal, "Sarah Collins")
    interaction(
        journal, c.id, "2026-11-20T10:00:00+00:00", "Kickoff", notes="**budget** talk", tags=["northwind"],
        pressure=[{"kind": "discount", "response": "held", "note": "wanted seventy percent"}],
    )  # fmt: skip
    capture.save(journal, "gratitude", {"written_on": "2026-11-20", "text": "Thanks for patience", "to_name": "Marta"})
    capture.save(
        journal, "lesson", {"written_on": "2026-11-20", "what_happened": "scope creep", "next_time": "estimate"}
    )
    capture.save(
        journal,
        "incident",
        {"client_id": c.id, "opened_on": "2026-11-19", "title": "Late", "steps": {"own": "apologised"}},
    )
    capture.save(journal, "checkin", {"taken_on": "2026-11-18", "answers": [50] * 6, "note": "exhausted"})
    for word, kind in [("budget", "interaction"), ("northwind", "interaction"), ("seventy", "interaction"),
                       ("marta", "gratitude"), ("creep", "lesson"), ("apologised", "incident"), ("exhausted", "checkin")]:  # fmt: skip
        hits = page(journal, TimelineFilter(text=word))
        assert [h.kind for h in hits] == [kind], word


def test_edits_and_deletes_keep_the_index_in_step(journal):
    c = client(journal)
    item = interaction(journal, c.id, "2026-11-20T10:00:00+03:00", "первое слово")
    capture.save(journal, "interaction", {**_json(item), "summary": "второе слово"})
    assert count(journal, TimelineFilter(text="первое")) == 0
    assert count(journal, TimelineFilter(text="второе")) == 1
    capture.delete(journal, "interaction", item.id)
    assert count(journal, TimelineFilter(text="слово")) == 0


def _json(record):
    from journal.domain.interchange import to_json

    return to_json(record)


def test_hits_and_pages_are_newest_first_without_gaps(journal):
    c = client(journal)
    for n in range(130):
        interaction(journal, c.id, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00+00:00", f"deal {n}")
    seen, cursor = [], None
    while True:
        batch = page(journal, TimelineFilter(text="deal"), after=cursor, limit=50)
        if not batch:
            break
        seen += batch
        cursor = batch[-1].cursor
    assert len(seen) == 130 == len({e.id for e in seen})
    times = [e.when for e in seen]
    assert times == sorted(times, reverse=True)


def test_filters_combine(journal):
    a, b = client(journal, "A"), client(journal, "B")
    interaction(journal, a.id, "2026-11-01T10:00:00+00:00", "a calm", tags=["x"])
    interaction(journal, a.id, "2026-11-10T10:00:00+00:00", "a pushed", pressure=[{"kind": "deadline"}])
    interaction(journal, b.id, "2026-11-10T10:00:00+00:00", "b pushed", pressure=[{"kind": "threat"}])
    capture.save(journal, "gratitude", {"written_on": "2026-11-05", "text": "thanks", "to_client_id": a.id})
    assert count(journal, TimelineFilter(client_id=a.id)) == 3
    assert count(journal, TimelineFilter(client_id=a.id, pressure_only=True)) == 1
    assert count(journal, TimelineFilter(kinds=("gratitude",))) == 1
    assert count(journal, TimelineFilter(tag="x")) == 1
    from datetime import date

    assert count(journal, TimelineFilter(date_from=date(2026, 11, 2), date_to=date(2026, 11, 9))) == 1
    entry = page(journal, TimelineFilter(client_id=b.id))[0]
    assert entry.pressure == (("threat", "pending"),) and entry.client_name == "B"


@given(st.text(max_size=60))
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_any_typed_text_is_a_safe_query(journal, text):
    page(journal, TimelineFilter(text=text))  # never raises
    query = fts_query(text)
    assert query is None or all(part.startswith('"') and part.endswith('"*') for part in query.split(" "))


def test_hostile_queries_do_not_raise(journal):
    c = client(journal)
    interaction(journal, c.id, "2026-11-20T10:00:00+03:00", "near the end")
    for text in [
        '"',
        "NEAR(",
        "near(a b)",
        "*",
        "-",
        "a -b",
        "'; DROP TABLE client; --",
        "OR",
        "AND NOT",
        "((",
        "^",
        "{x}:y",
    ]:
        page(journal, TimelineFilter(text=text))
    assert count(journal, TimelineFilter(text="NEAR(")) == 1
