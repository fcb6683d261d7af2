"""Capture services: per-field validation, nothing written on failure, delete and undo."""

from __future__ import annotations

import pytest

from journal.domain.validation import InvalidInput
from journal.services import capture, timeline
from tests.helpers import client, interaction


def test_a_bad_interaction_names_every_field_and_writes_nothing(journal):
    c = client(journal)
    with pytest.raises(InvalidInput) as caught:
        capture.save(journal, "interaction", {"client_id": c.id, "summary": "  ", "occurred_at": "yesterday",
                                              "pressure": [{"kind": "free_work", "unpaid_hours": -1}]})  # fmt: skip
    paths = {p.path for p in caught.value.problems}
    assert paths == {"summary", "occurred_at", "pressure[0].unpaid_hours"}
    assert capture.count(journal, "interaction") == 0


def test_a_reference_to_a_missing_client_is_refused(journal):
    with pytest.raises(InvalidInput, match="client_id: 'ghost' does not refer to a client"):
        capture.save(
            journal, "interaction", {"client_id": "ghost", "summary": "x", "occurred_at": "2026-11-20T10:00:00+00:00"}
        )


def test_update_in_place_keeps_the_id(journal):
    c = client(journal, "Олег Тихонов", stay_in_touch_days=14)
    updated = capture.save(journal, "client", {"id": c.id, "name": "Олег Тихонов", "company": "Альфа"})
    assert updated.id == c.id and updated.company == "Альфа" and updated.created_at == c.created_at
    assert capture.count(journal, "client") == 1


def test_deleting_a_client_takes_its_entries_and_undo_brings_all_back(journal):
    c = client(journal)
    item = interaction(
        journal, c.id, "2026-11-20T10:00:00+03:00", "Call", pressure=[{"kind": "discount", "response": "held"}]
    )
    capture.save(journal, "lesson", {"written_on": "2026-11-21", "interaction_id": item.id, "lesson": "x"})
    capture.save(journal, "gratitude", {"written_on": "2026-11-21", "to_client_id": c.id, "text": "thanks"})
    before = [(e.kind, e.id) for e in timeline.page(journal)]
    removed = capture.delete(journal, "client", c.id)
    assert sorted(e.kind for e in timeline.page(journal)) == ["gratitude", "lesson"]
    assert capture.get(journal, "gratitude", removed["gratitude"][0]["id"]).to_client_id is None
    capture.undo_delete(journal, removed)
    assert sorted((e.kind, e.id) for e in timeline.page(journal)) == sorted(before)
    assert capture.get(journal, "lesson", removed["lessons"][0]["id"]).interaction_id == item.id
    assert capture.get(journal, "interaction", item.id).pressure[0].response == "held"


def test_client_lookup_ignores_case_in_cyrillic(journal):
    client(journal, "Ирина Петрова", company="ООО Вектор")
    client(journal, "Sarah Collins")
    assert [c.name for c in capture.list_clients(journal, "ирина")] == ["Ирина Петрова"]
    assert [c.name for c in capture.list_clients(journal, "вектор")] == ["Ирина Петрова"]
    assert [c.name for c in capture.find_client(journal, "ИРИНА ПЕТРОВА")] == ["Ирина Петрова"]
    assert capture.find_client(journal, "Ирина") == []


def test_archived_clients_are_hidden_unless_asked(journal):
    c = client(journal)
    capture.set_archived(journal, c.id, True)
    assert capture.list_clients(journal) == []
    assert [x.id for x in capture.list_clients(journal, include_archived=True)] == [c.id]


def test_deleting_a_client_with_300_interactions_is_a_few_batched_statements_and_undo_gives_all_back(journal):
    from sqlalchemy import event

    from journal.services import interchange

    doc = {
        "format": "rapport-journal",
        "version": 2,
        "clients": [{"id": "c", "name": "Олег Тихонов", "created_at": "2025-01-01T10:00:00+03:00", "tags": ["vip"]}],
        "interactions": [
            {
                "id": f"i{n}",
                "client_id": "c",
                "occurred_at": f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}T10:00:00+03:00",
                "summary": f"Звонок {n}",
                "tags": ["a", "b"],
                "pressure": [{"kind": "free_work", "response": "conceded", "unpaid_hours": 1}],
                "signs": [{"kind": "thanked"}],
            }
            for n in range(300)
        ],
        "lessons": [
            {"id": f"l{n}", "interaction_id": f"i{n}", "written_on": "2026-05-01", "lesson": "урок"} for n in range(5)
        ],
        "gratitude": [{"id": "g", "to_client_id": "c", "written_on": "2026-05-01", "text": "спасибо"}],
    }
    interchange.import_document(journal, doc)
    before = interchange.document(journal)
    statements: list[str] = []

    def count(_conn, _cursor, sql, *_):  # noqa: ANN001, ANN002
        statements.append(sql)

    event.listen(journal.engine, "before_cursor_execute", count)
    removed = capture.delete(journal, "client", "c")
    event.remove(journal.engine, "before_cursor_execute", count)
    assert {k: len(v) for k, v in removed.items()} == {"clients": 1, "interactions": 300, "gratitude": 1, "lessons": 5}
    assert len(statements) <= 25, len(statements)  # was 1,221: one set of queries per entry
    assert timeline.count(journal, timeline.TimelineFilter()) == 6  # the lessons and the note stay, unlinked
    capture.undo_delete(journal, removed)
    after = interchange.document(journal)
    assert after["interactions"] == before["interactions"] and after["lessons"] == before["lessons"]
    assert after["clients"] == before["clients"] and after["gratitude"] == before["gratitude"]
