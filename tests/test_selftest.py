"""`rapport --self-test` (journal/selftest.py): passes on a whole installation, says what broke otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from journal import selftest
from journal.cli import main
from journal.services import capture, timeline
from journal.store.db import open_journal


def test_run_on_a_temporary_journal_passes_every_check() -> None:
    out = io.StringIO()

    assert selftest.run(None, out=out) == 0

    lines = out.getvalue().splitlines()
    for name, _check in selftest.CHECKS:
        assert any(line.startswith(f"ok   {name}:") for line in lines), (name, lines)
    assert "passed" in lines[-1]


def test_run_on_a_given_data_folder_leaves_its_journal_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    journal = open_journal(folder)
    capture.save(journal, "client", {"id": "c1", "name": "Олег Тихонов"})
    journal.close()
    files_before = sorted(p.name for p in folder.iterdir())

    assert selftest.run(folder, out=io.StringIO()) == 0

    assert sorted(p.name for p in folder.iterdir()) == files_before

    journal = open_journal(folder)
    try:
        assert [c.name for c in capture.list_clients(journal)] == ["Олег Тихонов"]
        assert capture.count(journal, "interaction") == 0
    finally:
        journal.close()


def test_a_broken_search_fails_the_run_names_the_check_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline, "page", lambda *args, **kwargs: [])
    out = io.StringIO()

    assert selftest.run(tmp_path / "mine", out=out) == 1

    text = out.getvalue()
    assert "ok   entry:" in text
    assert "FAIL search:" in text
    assert "ok   pdf" not in text  # stops at the first failure
    assert "FAILED" in text.splitlines()[-1]
    journal = open_journal(tmp_path / "mine")
    try:
        assert capture.count(journal, "client") == 0  # the entry it wrote is gone again
    finally:
        journal.close()


def test_command_line_flag_runs_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "--self-test"]) == 0

    printed = capsys.readouterr().out
    assert "ok   entry:" in printed
    assert str(tmp_path / "data") in printed
