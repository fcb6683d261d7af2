"""Issue 10's boundaries, from spec/indicators.md and spec/cli.md, through `python -m journal status --json`.

The journal is written as a version 2 interchange file and imported with `python -m journal
import`, so what is checked is what a user's own file would give. Every expected figure below
was worked out by hand from the spec (local time Europe/Moscow, as_of 2026-11-23):

- the window is 2026-10-27…2026-11-23; the 90 days are 2026-08-26…2026-11-23;
- Cora's cadence of 30 days lapsed yesterday (last contact 31 days ago): drifting, reminded;
- Dmitry's last contact is exactly 30 days ago: not lapsed, so steady;
- Anna is archived with a lapsed cadence: her row stays (she was in touch in the 90 days) but
  she is neither drifting nor reminded;
- Emma's good sign is on the first day of the 90 (00:00:01): partnership; Fyodor's is one
  second before it (23:59:59 the day before): not counted, so steady;
- Galina's promises: one done on its day (kept), one done a day late (not kept), one done with
  no known day (kept), one not done (due, reminded), one due a day before the window (ignored):
  2 of 4;
- thank-yous not said: 13 days old (reminded), 14 days old (not); an expressed one (not);
- the only amber-or-red signal is the check-in (83.3 ≥ 75): red, and the headline names the
  check-in alone;
- the hourly rate is 2,000 ₽: 3.5 unpaid hours in the window cost 7,000.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-23"


def _at(day: str, clock: str = "12:00:00") -> str:
    return f"{day}T{clock}+03:00"


def _client(cid: str, name: str, **extra) -> dict:
    return {"id": cid, "name": name, "created_at": _at("2026-01-01", "09:00:00"), **extra}


def _meet(iid: str, cid: str, when: str, **extra) -> dict:
    return {"id": iid, "client_id": cid, "occurred_at": when, "summary": extra.pop("summary", f"Call {iid}"), **extra}


def _push(pid: str, kind: str, response: str, hours: float = 0.0) -> dict:
    return {"id": pid, "kind": kind, "response": response, "unpaid_hours": hours}


DOC = {
    "format": "rapport-journal",
    "version": 2,
    "clients": [
        _client("a", "Anna Archived", archived=True, stay_in_touch_days=10),
        _client("b", "Boris Bending"),
        _client("c", "Cora Cadence", stay_in_touch_days=30),
        _client("d", "Dmitry Edge", stay_in_touch_days=30),
        _client("e", "Emma Partner"),
        _client("f", "Fyodor Outside"),
        _client("g", "Galina Promises"),
    ],
    "interactions": [
        _meet("a1", "a", _at("2026-10-14"), mood=1),
        _meet("b1", "b", _at("2026-11-18"), mood=-2,
              pressure=[_push("b1p1", "free_work", "conceded", 2.0), _push("b1p2", "discount", "held")]),
        _meet("b2", "b", _at("2026-11-20"), mood=-1, pressure=[_push("b2p1", "free_work", "conceded", 1.5)]),
        _meet("c1", "c", _at("2026-10-23")),
        _meet("d1", "d", _at("2026-10-24")),
        _meet("e1", "e", _at("2026-08-26", "00:00:01"), signs=[{"id": "e1s", "kind": "thanked", "note": "Loved it"}]),
        _meet("e2", "e", _at("2026-11-13")),
        _meet("f1", "f", _at("2026-08-25", "23:59:59"), signs=[{"id": "f1s", "kind": "referral", "note": ""}]),
        _meet("f2", "f", _at("2026-11-16")),
        _meet("g1", "g", _at("2026-11-03"), follow_up_on="2026-11-08", follow_up_done=True,
              follow_up_done_on="2026-11-08"),
        _meet("g2", "g", _at("2026-11-03"), follow_up_on="2026-11-11", follow_up_done=True,
              follow_up_done_on="2026-11-12"),
        _meet("g3", "g", _at("2026-11-03"), follow_up_on="2026-11-14", follow_up_done=True),
        _meet("g4", "g", _at("2026-11-17"), follow_up_on="2026-11-20", summary="Send the revised estimate"),
        _meet("g5", "g", _at("2026-10-14"), follow_up_on="2026-10-26", follow_up_done=True,
              follow_up_done_on="2026-10-30"),
    ],
    "gratitude": [
        {"id": "t13", "written_on": "2026-11-10", "to_client_id": "g", "text": "Thanks for the patience"},
        {"id": "t14", "written_on": "2026-11-09", "to_client_id": "g", "text": "Thanks for the quick reply"},
        {"id": "tok", "written_on": "2026-11-21", "to_name": "Alex", "text": "Thanks for covering", "expressed": True},
    ],
    "checkins": [{"id": "k1", "taken_on": "2026-11-21", "answers": [100, 75, 75, 100, 75, 75]}],
    "settings": {"hourly_rate": 2000, "currency": "₽"},
}  # fmt: skip


def _row(cid, name, label, interactions, pressure=0, rate=None, hours=0.0, signs=0, mood=None, cost=0):
    return {"id": cid, "name": name, "label": label, "interactions": interactions, "pressure_events": pressure,
            "concession_rate": rate, "unpaid_hours": hours, "good_signs": signs, "mood": mood, "cost": cost}  # fmt: skip


CLIENTS = [
    _row("b", "Boris Bending", "bending", 2, 3, 0.67, 3.5, mood=-1.5, cost=7000),
    _row("c", "Cora Cadence", "drifting", 1),
    _row("a", "Anna Archived", "steady", 1, mood=1),
    _row("d", "Dmitry Edge", "steady", 1),
    _row("f", "Fyodor Outside", "steady", 1),
    _row("g", "Galina Promises", "steady", 5),
    _row("e", "Emma Partner", "partnership", 2, signs=1),
]
SIGNALS = [
    {"name": "concession_rate", "value": None, "level": "unknown", "amber": 0.5, "red": 0.75, "basis": 3},
    {"name": "pressure_per_week", "value": 0.75, "level": "green", "amber": 2.0, "red": 4.0, "basis": 3},
    {"name": "unpaid_hours_per_week", "value": 0.875, "level": "green", "amber": 2.0, "red": 5.0, "basis": 3.5},
    {"name": "client_burnout_score", "value": 500 / 6, "level": "red", "amber": 50, "red": 75, "basis": 6},
]
WORDS = {
    "en": {
        "headline": "Your check-in answers are in the range the scale's authors call high.",
        "reasons": ["Your latest check-in scores 83 of 100 for client-related burnout (red from 75)."],
        "attention": [
            "Say thank you to Galina Promises: Thanks for the patience",
            "Follow up: Send the revised estimate",
            "No contact with Cora Cadence for 31 days",
        ],
    },
    "ru": {
        "headline": "Ваши ответы в самопроверке — в диапазоне, который авторы шкалы называют высоким.",
        "reasons": None,  # checked below: Russian words, the same numbers
        "attention": [
            "Поблагодарить вслух — Galina Promises: Thanks for the patience",
            "Связаться снова: Send the revised estimate",
            "Cora Cadence: нет связи уже 31 день",
        ],
    },
}


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TZ": "Europe/Moscow"}
    command = [sys.executable, "-m", "journal", "--data-dir", str(folder), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("story")
    source = base / "boundaries.json"
    source.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    done = _run(base / "data", "import", str(source))
    assert done.returncode == 0, done.stderr
    return base / "data"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_status_json_gives_the_spec_figures_at_every_boundary(folder, lang):
    done = _run(folder, "status", "--as-of", AS_OF, "--json", "--lang", lang)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert list(report) == ["as_of", "window_days", "level", "headline", "signals", "reasons", "promises",
                            "cost", "clients", "attention"]  # fmt: skip
    assert (report["as_of"], report["window_days"], report["level"]) == (AS_OF, 28, "red")
    assert report["signals"] == SIGNALS
    assert report["promises"] == {"due": 4, "kept": 2, "value": 0.5}
    assert report["cost"] == {"unpaid_hours": 3.5, "hourly_rate": 2000, "currency": "₽", "amount": 7000}
    assert report["clients"] == CLIENTS
    assert [(a["kind"], a["id"], a["client_id"], a["due"]) for a in report["attention"]] == [
        ("thank", "t13", "g", "2026-11-10"),
        ("follow_up", "g4", "g", "2026-11-20"),
        ("stay_in_touch", "c", "c", "2026-11-22"),
    ]
    words = WORDS[lang]
    assert report["headline"] == words["headline"]
    assert [a["text"] for a in report["attention"]] == words["attention"]
    if lang == "en":
        assert report["reasons"] == words["reasons"]
    else:
        assert len(report["reasons"]) == 1 and "83 из 100" in report["reasons"][0] and "красный" in report["reasons"][0]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_status_text_words_the_level_as_a_risk_with_red_advice(folder, lang):
    done = _run(folder, "status", "--as-of", AS_OF, "--lang", lang)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    if lang == "en":
        assert out.startswith("Burnout risk: red (23 November 2026)\n" + WORDS["en"]["headline"] + "\n")
        assert "This is a self-check, not a diagnosis" in out
        assert "Talk it over with someone you trust" in out  # red adds it
        assert "consider talking to a doctor" in out  # the check-in is high
        assert "holding the line" not in out  # pressure does not drive the level
        assert "You kept 2 of 4 promises on time in the last 28 days." in out
        assert "Last 28 days: 3.5 h unpaid, about ₽7,000 of your time." in out
        assert "  • Cora Cadence — Drifting: 1 interaction" in out
    else:
        assert out.startswith("Риск выгорания: красный (23 ноября 2026 г.)\n" + WORDS["ru"]["headline"] + "\n")
        assert "Это лишь самопроверка, а не диагноз" in out
        assert "Обсудите это с тем, кому доверяете" in out
        assert "За последние 28 дней вы вовремя сдержали 2 обещания из 4." in out
        assert "около 7\xa0000\xa0₽ вашего времени" in out
        assert "  • Emma Partner — Партнёрство: 2 контакта, 1 добрый знак" in out


def _pressure_journal(folder: Path, conceded: int, held: int) -> None:
    responses = ["conceded"] * conceded + ["held"] * held
    doc = {
        "format": "rapport-journal", "version": 2,
        "clients": [_client("b", "Boris Bending")],
        "interactions": [
            _meet(f"i{n}", "b", _at(f"2026-11-{10 + n:02d}"), pressure=[_push(f"p{n}", "free_work", response)])
            for n, response in enumerate(responses)
        ],
    }  # fmt: skip
    source = folder.parent / f"{folder.name}.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert _run(folder, "import", str(source)).returncode == 0


def test_amber_and_red_from_pressure_give_different_advice_and_no_doctor(tmp_path):
    _pressure_journal(tmp_path / "amber", conceded=3, held=5)  # 2 pushes a week: amber; 37.5% conceded: green
    _pressure_journal(tmp_path / "red", conceded=9, held=0)  # everything conceded: red
    for name, level in (("amber", "amber"), ("red", "red")):
        report = json.loads(_run(tmp_path / name, "status", "--as-of", AS_OF, "--json", "--lang", "en").stdout)
        assert report["level"] == level
        assert report["headline"] == "Clients are pushing you hard enough to wear you out."
        assert report["cost"] is None and report["clients"][0]["cost"] is None  # no hourly rate set
    amber = _run(tmp_path / "amber", "status", "--as-of", AS_OF, "--lang", "en").stdout
    red = _run(tmp_path / "red", "status", "--as-of", AS_OF, "--lang", "en").stdout
    assert amber.startswith("Burnout risk: amber") and red.startswith("Burnout risk: red")
    for out in (amber, red):
        assert "try holding the line" in out and "Take the check-in again in a week" in out
        assert "doctor" not in out  # no check-in, so nothing about doctors
    assert "Talk it over with someone you trust" in red and "Talk it over" not in amber
