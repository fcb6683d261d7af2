"""`rapport status [--as-of DATE] [--json] [--lang en|ru]` as spec/cli.md shows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal import cli
from journal.services import demo, text
from journal.store.db import open_journal
from tests.indicator_journal import client, event, interaction, local, moscow  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-23"

EXPECTED = {
    "as_of": "2026-11-23",
    "window_days": 28,
    "level": "amber",
    "signals": [
        {"name": "concession_rate", "value": 0.6, "level": "amber", "amber": 0.5, "red": 0.75, "basis": 5},
        {"name": "pressure_per_week", "value": 1.25, "level": "green", "amber": 2.0, "red": 4.0, "basis": 5},
        {"name": "unpaid_hours_per_week", "value": 0.875, "level": "green", "amber": 2.0, "red": 5.0, "basis": 3.5},
        {"name": "client_burnout_score", "value": None, "level": "unknown", "amber": 50, "red": 75, "basis": 0},
    ],
    "reasons": ["You conceded 3 of 5 pushes in the last 28 days (amber from 50%)."],
    "clients": [
        {"id": "c2", "name": "Anna Berg", "label": "bending", "interactions": 1,
         "pressure_events": 2, "concession_rate": 0.5, "unpaid_hours": 0.0},
        {"id": "c1", "name": "Ирина Петрова", "label": "bending", "interactions": 4,
         "pressure_events": 3, "concession_rate": 0.67, "unpaid_hours": 3.5},
        {"id": "c3", "name": "Emma Wilson", "label": "partnership", "interactions": 1,
         "pressure_events": 0, "concession_rate": None, "unpaid_hours": 0.0},
    ],
    "attention": [
        {"kind": "stay_in_touch", "id": "c7", "client_id": "c7", "due": "2026-11-01",
         "text": "No contact with Олег Тихонов for 52 days"},
        {"kind": "follow_up", "id": "i1", "client_id": "c1", "due": "2026-11-20",
         "text": "Follow up: Asked for extra banners for free"},
        {"kind": "checkin", "id": None, "client_id": None, "due": None, "text": "Take your first weekly check-in"},
    ],
}  # fmt: skip


def build(folder: Path) -> None:
    """The journal behind EXPECTED, computed by hand (local time: Europe/Moscow)."""
    journal = open_journal(folder)
    try:
        day = date.fromisoformat(AS_OF)
        client(journal, "c1", "Ирина Петрова")
        client(journal, "c2", "Anna Berg")
        client(journal, "c3", "Emma Wilson")
        client(journal, "c7", "Олег Тихонов", stay_in_touch_days=30, created_at=local(date(2026, 10, 2), 9))
        interaction(
            journal,
            day - timedelta(days=10),
            event("free_work", "conceded", 2.0),
            summary="Asked for extra banners for free",
            follow_up_on="2026-11-20",
            id="i1",
        )
        interaction(journal, day - timedelta(days=5), event("discount", "conceded", 1.5), event("deadline", "held"))
        interaction(journal, day - timedelta(days=40))
        interaction(journal, day - timedelta(days=60))
        interaction(
            journal,
            day - timedelta(days=2),
            event("discount", "conceded"),
            event("threat", "negotiated"),
            client_id="c2",
        )
        interaction(journal, day - timedelta(days=1), client_id="c3")
    finally:
        journal.close()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, moscow, qapp) -> Path:  # noqa: F811
    folder = tmp_path / "status-data"
    build(folder)
    yield folder
    text.use_language("en")


def test_json_is_exactly_the_spec_shape(data, capsys):
    code, out, err = run(capsys, "--data-dir", str(data), "status", "--as-of", AS_OF, "--json", "--lang", "en")
    assert (code, err) == (0, "")
    assert json.loads(out) == EXPECTED


def test_json_reasons_and_attention_in_russian(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "status", "--as-of", AS_OF, "--json", "--lang", "ru")
    report = json.loads(out)
    assert code == 0
    assert report["reasons"] == ["За последние 28 дней вы уступили в 3 случаях из 5 (жёлтый уровень — от 50%)."]
    assert report["attention"][0]["text"] == "Олег Тихонов: нет связи уже 52 дня"
    assert report["signals"] == EXPECTED["signals"]  # numbers and names do not change with the language


def test_text_report_in_english(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "status", "--as-of", AS_OF, "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "Burnout risk on 23 November 2026: amber"
    assert "  • You conceded 3 of 5 pushes in the last 28 days (amber from 50%)." in out
    assert "  Unpaid hours per week: 0.9 h (Green)" in out
    assert "  Client-related burnout (check-in): not enough data\n" in out
    bending = out.split("Clients bending you most (last 90 days):\n")[1].split("\n\n")[0].splitlines()
    assert bending == [
        "  • Ирина Петрова: conceded 67% of decided pushes, 3 pushes in all",
        "  • Anna Berg: conceded 50% of decided pushes, 2 pushes in all",
    ]
    assert "Needs attention:" in out and "No contact with Олег Тихонов for 52 days" in out


def test_text_report_in_russian(data, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data), "status", "--as-of", AS_OF, "--lang", "ru")
    assert code == 0
    assert out.splitlines()[0] == "Риск выгорания на 23 ноября 2026 г.: жёлтый"
    assert "вы уступили в 3 случаях из 5" in out
    assert "Требует внимания:" in out and "Связаться снова: Asked for extra banners for free" in out


def test_empty_journal_says_not_enough_data(tmp_path, capsys, qapp):
    from journal.store.db import open_journal

    open_journal(tmp_path / "empty").close()  # status creates no journal (issue 12, item 8)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "empty"), "status", "--json", "--lang", "en")
    report = json.loads(out)
    assert (code, report["level"], report["reasons"], report["clients"]) == (0, "unknown", [], [])
    assert report["as_of"] == date.today().isoformat()


@pytest.mark.parametrize("bad", ["2026-02-30", "23.11.2026", "2026-1-5", "soon"])
def test_a_bad_date_exits_2_with_a_message(tmp_path, capsys, qapp, bad):
    with pytest.raises(SystemExit) as raised:
        cli.main(["--data-dir", str(tmp_path / "d"), "status", "--as-of", bad])
    _, err = capsys.readouterr()
    assert raised.value.code == 2
    assert f"'{bad}' is not a date (YYYY-MM-DD)" in err
    assert "Traceback" not in err


def test_the_command_in_a_new_process(tmp_path):
    folder = tmp_path / "proc"
    env = {**os.environ, "TZ": "Europe/Moscow"}
    subprocess.run(
        [sys.executable, "-c", f"from tests.test_status_cli import build; import pathlib; build(pathlib.Path({str(folder)!r}))"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    args = [sys.executable, "-m", "journal", "--data-dir", str(folder), "status"]
    done = subprocess.run(
        [*args, "--as-of", AS_OF, "--json", "--lang", "en"], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == EXPECTED
    bad = subprocess.run([*args, "--as-of", "2026-13-01"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert bad.returncode == 2 and "'2026-13-01' is not a date" in bad.stderr and "Traceback" not in bad.stderr
    lang = subprocess.run([*args, "--lang", "de"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert lang.returncode == 2 and "--lang" in lang.stderr


def test_demo_journal_has_bending_and_partnership_and_a_level(tmp_path, capsys, qapp):
    folder = tmp_path / "demo"
    journal = open_journal(folder)
    try:
        demo.fill(journal, months=6, seed=0)
    finally:
        journal.close()
    code, out, _ = run(capsys, "--data-dir", str(folder), "status", "--json", "--lang", "en")
    report = json.loads(out)
    labels = {c["label"] for c in report["clients"]}
    assert code == 0
    assert {"bending", "partnership"} <= labels
    assert report["level"] in ("green", "amber", "red")
