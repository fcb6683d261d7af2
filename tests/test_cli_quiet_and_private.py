"""The command line creates nothing it should not, ends quietly, and keeps what it writes private.

Issue 12, items 8 and 10: read-only commands on a folder with no journal; a closed pipe;
exports 0600 and backups/ 0700; no leftover temporary files; `backup FILE` over an unrelated
file; a symlinked journal's target left as it was; no display.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal.store.db import open_journal
from tests.test_cli import ROOT, rapport


@pytest.mark.parametrize(
    "args",
    [
        ("status",),
        ("status", "--json"),
        ("check",),
        ("search", "баннер"),
        ("search", "banners", "--json"),
        ("export", "OUT.json"),
        ("export", "OUT.csv"),
        ("export", "OUT.pdf"),
    ],
)
def test_read_only_commands_on_a_folder_without_a_journal_create_nothing(tmp_path: Path, args) -> None:
    folder = tmp_path / "nothing here"
    args = tuple(str(tmp_path / a) if a.startswith("OUT") else a for a in args)
    result = rapport("--data-dir", str(folder), *args)
    assert result.returncode == 1, result.stderr
    assert str(folder) in result.stderr and "Traceback" not in result.stderr
    assert not folder.exists()
    assert not list(tmp_path.glob("OUT*"))


def test_data_dir_pointing_at_a_file_is_bad_input(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine", encoding="utf-8")
    for args in (("status",), ("check",), ("backup",), ("demo",)):
        result = rapport("--data-dir", str(file), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "is a file" in result.stderr and "Traceback" not in result.stderr
    assert file.read_text(encoding="utf-8") == "mine"


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert rapport("--data-dir", str(folder), "demo", "--months", "2").returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already gone
    process = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(folder), "status", "--json"],
        stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    os.close(write_end)
    assert process.stderr == ""
    assert process.returncode == 0


def test_exports_are_private_and_leave_no_temporary_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert rapport("--data-dir", str(folder), "demo", "--months", "1").returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    for name in ("all.json", "all.csv", "all.pdf"):
        result = subprocess.run(
            ["sh", "-c", 'umask 022 && exec "$0" -m journal --data-dir "$1" export "$2"', sys.executable,
             str(folder), str(out / name)],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    assert sorted(p.name for p in out.iterdir()) == ["all.csv", "all.json", "all.pdf"]
    assert (out / "all.pdf").read_bytes().rstrip().endswith(b"%%EOF")


def test_backups_folder_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_journal(folder).close()
    (folder / "backups").mkdir(mode=0o755, exist_ok=True)
    os.chmod(folder / "backups", 0o755)
    assert rapport("--data-dir", str(folder), "backup").returncode == 0
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    names = [p.name for p in (folder / "backups").iterdir()]
    assert len(names) == 1 and names[0].startswith("rapport-manual-") and names[0].endswith(".sqlite3")


def test_backup_refuses_to_replace_an_unrelated_file_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_journal(folder).close()
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    result = rapport("--data-dir", str(folder), "backup", str(notes))
    assert result.returncode == 2 and "--force" in result.stderr and "Traceback" not in result.stderr
    assert notes.read_text(encoding="utf-8") == "my notes"
    copy = tmp_path / "copy.sqlite3"
    assert rapport("--data-dir", str(folder), "backup", str(copy)).returncode == 0
    assert rapport("--data-dir", str(folder), "backup", str(copy)).returncode == 0  # a backup may be replaced
    assert rapport("--data-dir", str(folder), "backup", str(notes), "--force").returncode == 0
    assert notes.read_bytes().startswith(b"SQLite format 3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "data", "notes.txt"]


def test_a_symlinked_journal_keeps_its_targets_mode(tmp_path: Path) -> None:
    real = tmp_path / "real"
    open_journal(real).close()
    os.chmod(real / "rapport.sqlite3", 0o640)
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "rapport.sqlite3").symlink_to(real / "rapport.sqlite3")
    assert rapport("--data-dir", str(linked), "check").returncode == 0
    assert stat.S_IMODE((real / "rapport.sqlite3").stat().st_mode) == 0o640


def test_a_read_only_journal_is_not_made_writable(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_journal(folder).close()
    os.chmod(folder / "rapport.sqlite3", 0o400)
    rapport("--data-dir", str(folder), "check")
    assert stat.S_IMODE((folder / "rapport.sqlite3").stat().st_mode) == 0o400


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_the_app_without_a_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "display" in lines[0], result.stderr
    assert not (tmp_path / "d").exists()
