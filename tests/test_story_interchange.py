"""Interchange version 2 (spec/interchange.md), promises' days, and the CSV's good signs, on real journals."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from journal.domain.indicators import Reminder
from journal.services import capture, indicators, indicators_snooze, interchange
from journal.store.db import open_journal

ROOT = Path(__file__).resolve().parent.parent


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "journal", "--data-dir", str(folder), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ), encoding="utf-8")


def _without_stamp(path: Path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


def test_demo_export_import_export_is_identical_settings_included(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert _run(first, "demo", "--months", "4", "--seed", "3").returncode == 0
    journal = open_journal(first)
    try:
        from journal.domain.indicators import Thresholds
        from journal.services import journal_settings

        journal_settings.save_rate(journal, 2750.5, "€")
        indicators.save_thresholds(journal, Thresholds(concession_rate=(0.4, 0.7)))
    finally:
        journal.close()
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _run(first, "export", str(one)).returncode == 0
    assert _run(second, "import", str(one)).returncode == 0
    assert _run(second, "export", str(two)).returncode == 0
    doc = _without_stamp(one)
    assert doc == _without_stamp(two)
    assert doc["version"] == 2
    assert doc["settings"]["hourly_rate"] == 2750.5 and doc["settings"]["currency"] == "€"
    assert (doc["settings"]["concession_rate_amber"], doc["settings"]["concession_rate_red"]) == (0.4, 0.7)
    assert any(i["signs"] for i in doc["interactions"])
    assert any(i["follow_up_done_on"] for i in doc["interactions"])


def test_a_version_1_file_still_imports_and_takes_the_defaults(tmp_path):
    v1 = {
        "format": "rapport-journal", "version": 1,
        "clients": [{"id": "c1", "name": "Олег"}],
        "interactions": [{"id": "i1", "client_id": "c1", "occurred_at": "2026-11-20T10:00:00+03:00",
                          "summary": "Call", "follow_up_on": "2026-11-21", "follow_up_done": True}],
    }  # fmt: skip
    source = tmp_path / "v1.json"
    source.write_text(json.dumps(v1, ensure_ascii=False), encoding="utf-8")
    done = _run(tmp_path / "d", "import", str(source))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out.json"
    assert _run(tmp_path / "d", "export", str(out)).returncode == 0
    (interaction,) = json.loads(out.read_text(encoding="utf-8"))["interactions"]
    assert (interaction["signs"], interaction["follow_up_done"], interaction["follow_up_done_on"]) == ([], True, None)


def test_a_higher_version_is_refused_naming_it_in_both_languages(tmp_path):
    source = tmp_path / "v3.json"
    source.write_text(json.dumps({"format": "rapport-journal", "version": 3}), encoding="utf-8")
    en = _run(tmp_path / "d", "import", str(source))
    assert en.returncode == 2
    assert "version: version 3 is not supported (this Rapport reads versions 1 and 2)" in en.stderr
    bad_sign = {
        "format": "rapport-journal", "version": 2, "clients": [{"id": "c1", "name": "A"}],
        "interactions": [{"id": f"i{n}", "client_id": "c1", "occurred_at": "2026-11-20T10:00:00+03:00",
                          "summary": "x", "signs": [{"kind": "hug"}] if n == 3 else []} for n in range(4)],
    }  # fmt: skip
    source.write_text(json.dumps(bad_sign), encoding="utf-8")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": "ru"}
    ru = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(tmp_path / "d"), "import", str(source)],
        capture_output=True, text=True, cwd=ROOT, env=env, encoding="utf-8",
    )  # fmt: skip
    assert ru.returncode == 2
    assert "interactions[3].signs[0].kind: " in ru.stderr and "hug" in ru.stderr
    after = _run(tmp_path / "d", "export", str(tmp_path / "after.json"))
    assert after.returncode == 1 and "there is no journal" in after.stderr  # refused before anything was made


def test_marking_a_follow_up_done_records_the_day_and_undoing_clears_it(journal):
    capture.save(journal, "client", {"id": "c1", "name": "Anna"})
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    capture.save(journal, "interaction", {"id": "i1", "client_id": "c1", "summary": "Call",
                                          "occurred_at": f"{yesterday}T10:00:00+00:00", "follow_up_on": yesterday})  # fmt: skip
    capture.set_follow_up_done(journal, "i1", True)
    assert capture.get(journal, "interaction", "i1").follow_up_done_on == date.today()
    capture.set_follow_up_done(journal, "i1", False)
    assert capture.get(journal, "interaction", "i1").follow_up_done_on is None
    # the editor's way: a payload that marks it done without a day gets today; saving again keeps that day
    data = capture.get(journal, "interaction", "i1")
    payload = interchange.to_json(data) | {"follow_up_done": True}
    payload.pop("follow_up_done_on")
    assert capture.save(journal, "interaction", payload).follow_up_done_on == date.today()
    payload["summary"] = "Call (edited)"
    assert capture.save(journal, "interaction", payload).follow_up_done_on == date.today()
    payload["follow_up_done"] = False
    assert capture.save(journal, "interaction", payload).follow_up_done_on is None


def test_snoozing_a_promise_never_moves_the_promised_day(journal):
    capture.save(journal, "client", {"id": "c1", "name": "Anna"})
    capture.save(journal, "interaction", {"id": "i1", "client_id": "c1", "summary": "Call",
                                          "occurred_at": "2026-11-10T10:00:00+03:00", "follow_up_on": "2026-11-20"})  # fmt: skip
    as_of = date(2026, 11, 23)
    (reminder,) = [r for r in indicators.status(journal, as_of).attention if r.kind == "follow_up"]
    assert isinstance(reminder, Reminder)
    indicators_snooze.snooze(journal, reminder, as_of)
    assert capture.get(journal, "interaction", "i1").follow_up_on == date(2026, 11, 20)
    assert indicators.status(journal, as_of).promises.due == 1  # still due, still not kept


def test_csv_carries_the_good_signs(journal, tmp_path):
    from journal.services import csv_export

    capture.save(journal, "client", {"id": "c1", "name": "Анна"})
    capture.save(journal, "interaction", {
        "id": "i1", "client_id": "c1", "summary": "Созвон", "occurred_at": "2026-11-10T10:00:00+03:00",
        "signs": [{"kind": "thanked", "note": "Спасибо за макеты"}, {"kind": "referral"}],
    })  # fmt: skip
    path = tmp_path / "out.csv"
    csv_export.export_csv(journal, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["signs"] == "thanked: Спасибо за макеты; referral"
