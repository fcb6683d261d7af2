"""JSON interchange: lossless round trip, idempotent import, every error with its path, no partial write."""

from __future__ import annotations

import contextlib
import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.domain.validation import InvalidInput
from journal.services import interchange
from journal.services.interchange import Scope
from journal.store.db import open_journal

DOC = {
    "format": "rapport-journal",
    "version": 2,
    "exported_at": "2026-11-23T09:00:00+03:00",
    "clients": [
        {"id": "c1", "name": "Ирина Петрова", "company": "ООО Вектор", "email": None, "phone": None, "notes": "",
         "tags": ["retail", "vip"], "stay_in_touch_days": 30, "archived": False, "created_at": "2026-01-10T10:00:00+03:00"},
        {"id": "c2", "name": "Sarah Collins", "company": "Northwind", "email": "s@example.com", "phone": "+44 1",
         "notes": "prefers email", "tags": [], "stay_in_touch_days": None, "archived": True,
         "created_at": "2026-02-01T08:00:00-05:00"},
    ],
    "interactions": [
        {"id": "i1", "client_id": "c1", "occurred_at": "2026-11-20T14:30:00+03:00", "channel": "call",
         "summary": "Asked for extra banners for free", "notes": "# Notes\n- *five minutes*", "mood": -1,
         "follow_up_on": "2026-11-27", "follow_up_done": False, "tags": ["banners"],
         "pressure": [
             {"id": "p1", "kind": "free_work", "response": "conceded", "unpaid_hours": 3.5, "discount_pct": None, "note": ""},
             {"id": "p2", "kind": "discount", "response": "held", "unpaid_hours": 0.0, "discount_pct": 70.0, "note": "70%!"},
         ],
         "signs": [{"id": "s1", "kind": "thanked", "note": "Loved the new banners"},
                   {"id": "s2", "kind": "referral", "note": ""}],
         "follow_up_done_on": None},
        {"id": "i2", "client_id": "c2", "occurred_at": "2026-11-21T09:00:00-05:00", "channel": "email",
         "summary": "Renewal", "notes": "", "mood": 2, "follow_up_on": "2026-11-22", "follow_up_done": True, "tags": [],
         "pressure": [], "signs": [], "follow_up_done_on": "2026-11-23"},
    ],
    "gratitude": [
        {"id": "g1", "written_on": "2026-11-21", "to_client_id": "c1", "to_name": None, "text": "Спасибо!", "expressed": True},
        {"id": "g2", "written_on": "2026-11-22", "to_client_id": None, "to_name": None, "text": "To life", "expressed": False},
    ],
    "lessons": [
        {"id": "l1", "written_on": "2026-11-21", "interaction_id": "i1", "incident_id": "x1", "what_happened": "gave in",
         "lesson": "estimate first", "next_time": "send the estimate", "tags": ["scope"]},
    ],
    "incidents": [
        {"id": "x1", "client_id": "c1", "opened_on": "2026-11-20", "title": "Late delivery",
         "steps": {"listen": "a", "acknowledge": "b", "own": "c", "solve": "d", "follow_up": "e", "learn": "f"},
         "follow_up_on": "2026-11-25", "resolved_on": None},
    ],
    "checkins": [{"id": "k1", "taken_on": "2026-11-22", "answers": [50, 75, 50, 75, 25, None], "note": "tired"}],
    "settings": {"hourly_rate": 3000, "currency": "₽", "concession_rate_amber": 0.4, "concession_rate_red": 0.7,
                 "pressure_per_week_amber": 2.0, "pressure_per_week_red": 4.0, "unpaid_hours_per_week_amber": 2.0,
                 "unpaid_hours_per_week_red": 5.0, "client_burnout_score_amber": 50, "client_burnout_score_red": 75},
}  # fmt: skip


def _without_stamp(doc):
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_full_export_then_import_into_an_empty_journal_is_the_same_journal(journal, tmp_path):
    interchange.import_document(journal, copy.deepcopy(DOC))
    exported = interchange.document(journal)
    assert _without_stamp(exported) == _without_stamp(DOC)
    path = tmp_path / "out.json"
    interchange.export_json(journal, path)
    other = open_journal(tmp_path / "other")
    interchange.import_json(other, path)
    assert _without_stamp(interchange.document(other)) == _without_stamp(DOC)


def test_import_is_idempotent_and_updates_in_place(journal):
    interchange.import_document(journal, copy.deepcopy(DOC))
    changed = copy.deepcopy(DOC)
    changed["interactions"][0]["summary"] = "Edited"
    changed["interactions"][0]["pressure"] = changed["interactions"][0]["pressure"][:1]
    interchange.import_document(journal, changed)
    interchange.import_document(journal, changed)
    again = interchange.document(journal)
    assert len(again["interactions"]) == 2 and len(again["clients"]) == 2
    assert again["interactions"][0]["summary"] == "Edited"
    assert len(again["interactions"][0]["pressure"]) == 1


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["interactions"][0]["pressure"][0].update(kind="bribe"),
         "interactions[0].pressure[0].kind: 'bribe' is not one of free_work, discount, deadline, threat, disrespect, other"),
        (lambda d: d["interactions"][0].update(occurred_at="2026-11-20T14:30:00"), "interactions[0].occurred_at:"),
        (lambda d: d.update(surprise=1), "surprise: is not a known field"),
        (lambda d: d["clients"][0].update(nickname="x"), "clients[0].nickname: is not a known field"),
        (lambda d: d["interactions"][1].update(client_id="nobody"), "interactions[1].client_id: 'nobody' does not refer"),
        (lambda d: d["gratitude"][0].update(to_name="Both"), "gratitude[0].to_name: give either"),
        (lambda d: d["checkins"][0].update(answers=[1, 2]), "checkins[0].answers: must be a list of 6"),
        (lambda d: d["checkins"][0]["answers"].__setitem__(0, 60), "checkins[0].answers[0]: '60' is not one of"),
        (lambda d: d["clients"][1].update(id="c1"), "clients[1].id: 'c1' appears twice"),
        (lambda d: d["clients"][0].update(id="x" * 65), "clients[0].id: must be a non-empty string"),
        (lambda d: d["interactions"][0].update(mood=3), "interactions[0].mood: must be between -2 and 2"),
        (lambda d: d["clients"][0].update(tags=[""]), "clients[0].tags[0]: must be 1–50 characters"),
        (lambda d: d.update(version=3), "version: version 3 is not supported"),
        (lambda d: d["interactions"][0]["signs"][0].update(kind="hug"),
         "interactions[0].signs[0].kind: 'hug' is not one of accepted_no, paid_extra, referral, joint_win, thanked, other"),
        (lambda d: d["interactions"][0]["signs"][0].update(note="x" * 2001), "interactions[0].signs[0].note: must be 0–2000"),
        (lambda d: d["interactions"][0]["signs"][1].update(id="s1"), "interactions[0].signs[1].id: 's1' appears twice"),
        (lambda d: d["interactions"][0].update(follow_up_done_on="2026-11-27"),
         "interactions[0].follow_up_done_on: must be null unless follow_up_done is true"),
        (lambda d: d["interactions"][1].update(follow_up_done_on="2026-11-20"),
         "interactions[1].follow_up_done_on: '2026-11-20' is before the interaction's day (2026-11-21)"),
        (lambda d: d["settings"].update(hourly_rate=-1), "settings.hourly_rate: must be between 0 and 1000000"),
        (lambda d: d["settings"].update(currency="roubles!!!"), "settings.currency: must be 0–8 characters"),
        (lambda d: d["settings"].update(mood="good"), "settings.mood: is not a known field"),
        (lambda d: d["settings"].update(concession_rate_amber=0.9), "settings.concession_rate_red: must be greater than 0.9"),
        (lambda d: d.update(version=1), "settings: is not a known field"),
    ],
)  # fmt: skip
def test_every_error_is_reported_with_its_path_and_nothing_is_written(journal, mutate, message):
    doc = copy.deepcopy(DOC)
    mutate(doc)
    with pytest.raises(InvalidInput) as caught:
        interchange.import_document(journal, doc)
    assert any(p.english().startswith(message) for p in caught.value.problems), [
        p.english() for p in caught.value.problems
    ]
    left = _without_stamp(interchange.document(journal))
    assert left.pop("settings")["hourly_rate"] is None
    assert left == {"format": "rapport-journal", "version": 2} | {
        s: [] for s in ("clients", "interactions", "gratitude", "lessons", "incidents", "checkins")
    }


def test_references_may_point_into_the_journal(journal):
    interchange.import_document(journal, copy.deepcopy(DOC))
    more = {"format": "rapport-journal", "version": 1,
            "interactions": [{"id": "i9", "client_id": "c2", "occurred_at": "2026-11-22T10:00:00+00:00", "summary": "Hi"}]}  # fmt: skip
    assert interchange.import_document(journal, more)["interactions"] == 1


def test_a_client_scope_holds_only_that_client(journal):
    interchange.import_document(journal, copy.deepcopy(DOC))
    doc = interchange.document(journal, Scope(client_id="c2"))
    assert [c["id"] for c in doc["clients"]] == ["c2"]
    assert [i["id"] for i in doc["interactions"]] == ["i2"]
    assert doc["lessons"] == [] and doc["incidents"] == [] and doc["checkins"] == []


def test_bad_files_are_clear_errors(journal, tmp_path):
    surrogate = json.dumps(DOC).replace("Sarah Collins", "\\ud800").encode()
    for name, content in [
        ("a.json", b"{not json"),
        ("b.json", b"\xff\xfe\x00"),
        ("c.json", b"[" * 100000),
        ("d.json", surrogate),
    ]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(InvalidInput):
            interchange.import_json(journal, path)


def _mangle(doc, data):
    """Replace one value somewhere in the document with a hostile one."""
    targets = []

    def walk(node):
        if isinstance(node, dict):
            for key in node:
                targets.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for i in range(len(node)):
                targets.append((node, i))
                walk(node[i])

    walk(doc)
    container, key = data.draw(st.sampled_from(targets))
    hostile = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=80),
        st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    )  # fmt: skip
    container[key] = data.draw(hostile)


@given(st.data())
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_hostile_documents_either_import_whole_or_change_nothing(journal, data):
    before = _without_stamp(interchange.document(journal))
    doc = copy.deepcopy(DOC)
    for _ in range(data.draw(st.integers(1, 3))):
        _mangle(doc, data)
    try:
        interchange.import_document(journal, doc)
    except InvalidInput as exc:
        assert exc.problems and all(p.english() for p in exc.problems)
        assert _without_stamp(interchange.document(journal)) == before


@given(
    st.recursive(
        st.none() | st.booleans() | st.floats() | st.text(max_size=10),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=20,
    )
)
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_random_json_never_escapes_as_an_exception(journal, value):
    with contextlib.suppress(InvalidInput):
        interchange.import_document(journal, value)
    assert interchange.document(journal)["clients"] == []


def test_export_to_json_is_utf8_and_readable(journal, tmp_path):
    interchange.import_document(journal, copy.deepcopy(DOC))
    path = tmp_path / "x.json"
    interchange.export_json(journal, path)
    assert "Ирина Петрова" in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "rapport-journal"
