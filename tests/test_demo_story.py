"""The demo journal rings true (issue 10, item 9): believable arcs, and none of the defects a native reader found."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from journal.services import capture, demo, indicators, interchange
from journal.store.db import Journal

TODAY = date(2026, 11, 23)


@pytest.fixture
def records(journal: Journal) -> dict:
    demo.fill(journal, months=6, seed=0, today=TODAY)
    return interchange.load_records(journal)


def test_each_kind_of_client_has_its_arc(journal: Journal, records: dict) -> None:
    labels = {c.name: c.label for c in indicators.status(journal, TODAY).clients}
    assert labels["Ирина Петрова"] == labels["Daniel Brooks"] == "bending"
    for partner in ("Sarah Collins", "Анна Соколова", "Emma Wilson", "Елена Смирнова"):
        assert labels[partner] == "partnership", partner
    assert labels["Michael Turner"] == "steady"
    assert labels["Мария Кузнецова"] == labels["James Harper"] == "drifting"
    assert "Павел Николаев" not in labels  # archived, silent for 100 days
    oleg = capture.find_client(journal, "Олег Тихонов")[0]
    effect = indicators.holding_effect(journal, oleg.id, TODAY)
    assert effect is not None and effect.after.rate < effect.before.rate / 2  # holding the line helped
    partners = {c.id for c in records["clients"] if c.name in ("Sarah Collins", "Анна Соколова")}
    bending = {c.id for c in records["clients"] if c.name in ("Ирина Петрова", "Daniel Brooks")}
    signs = Counter(i.client_id for i in records["interactions"] for _ in i.signs)
    assert sum(signs[c] for c in partners) > 5 * max(1, sum(signs[c] for c in bending))


def test_no_summary_dominates_and_channels_match_the_words(records: dict) -> None:
    interactions = records["interactions"]
    common, times = Counter(i.summary for i in interactions).most_common(1)[0]
    assert times <= len(interactions) * 0.04, common
    said = {"Call": "call", "Созвон": "call", "Sent": "email", "Отправила": "email", "Meeting": "meeting",
            "Встреча": "meeting", "Planning meeting": "meeting", "Messages": "message", "Переписка": "message"}  # fmt: skip
    for i in interactions:
        for start, channel in said.items():
            if i.summary.startswith(start + " ") or i.summary.startswith(start + ":"):
                assert i.channel == channel, (i.summary, i.channel)
    for i in interactions:
        if any(p.kind == "free_work" for p in i.pressure):
            assert not re.search("invoice|contract|price list|счёт|договор|прайс", i.summary), i.summary


def test_no_gendered_guesses_and_no_repeated_client_notes(records: dict) -> None:
    texts = [i.notes for i in records["interactions"]] + [p.note for i in records["interactions"] for p in i.pressure]
    assert not any("(а)" in text for text in texts)
    women = {c.id for c in records["clients"] if c.name in ("Мария Кузнецова", "Ирина Петрова")}
    rude = [
        p.note for i in records["interactions"] if i.client_id in women for p in i.pressure if p.kind == "disrespect"
    ]
    assert all(note.startswith("Перебивала") for note in rude)
    notes = [c.notes for c in records["clients"]]
    assert len(set(notes)) == len(notes) and all(notes)


def test_thank_yous_that_say_they_were_said_are_saved_as_said(records: dict) -> None:
    for note in records["gratitude"]:
        if re.match("Thanked|Told|Поблагодарила|Сказала", note.text):
            assert note.expressed, note.text


def test_lessons_vary_and_discounts_move_only_when_given(records: dict) -> None:
    lessons = Counter(x.lesson for x in records["lessons"] if x.incident_id is None)
    assert lessons.most_common(1)[0][1] <= 2, lessons.most_common(3)
    by_client: dict[str, list[float]] = {}
    for i in records["interactions"]:  # oldest first
        for p in i.pressure:
            if p.discount_pct is not None:
                assert p.discount_pct == int(p.discount_pct) and 0 < p.discount_pct <= 50
                if p.response == "conceded":
                    by_client.setdefault(i.client_id, []).append(p.discount_pct)
    assert by_client and all(values == sorted(values) for values in by_client.values())
