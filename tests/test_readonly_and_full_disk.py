"""Read-only journals and a full disk (issue 12, items 5 and 6), on real filesystems.

A 0400 journal, and (as root) a read-only mount and a small full tmpfs mounted by the test:
reading commands work, writing ones say why and change nothing, nothing is half-written, and
a full disk is never called a damaged journal.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from journal.services import capture
from journal.store.db import open_journal
from tests.test_cli import rapport

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None
needs_root = pytest.mark.skipif(not AS_ROOT, reason="mounting a tmpfs needs root (run the suite as root to test it)")


def _filled(folder: Path) -> None:
    journal = open_journal(folder)
    try:
        client = capture.save(journal, "client", {"name": "Ирина Петрова"})
        for n in range(30):
            capture.save(journal, "interaction", {"client_id": client.id, "summary": f"Звонок {n}",
                         "occurred_at": "2026-11-20T14:30:00+03:00", "notes": "слово " * 200})  # fmt: skip
    finally:
        journal.close()


@pytest.fixture
def tmpfs(tmp_path: Path):
    if not AS_ROOT:
        pytest.skip("mounting a tmpfs needs root (run the suite as root to test it)")
    point = tmp_path / "mnt"
    point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace').strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def _reading_commands_work(folder: Path, out: Path) -> None:
    for args in (("status",), ("status", "--json"), ("check",), ("export", str(out / "r.json")),
                 ("export", str(out / "r.csv")), ("export", str(out / "r.pdf"))):  # fmt: skip
        result = rapport("--data-dir", str(folder), *args)
        assert result.returncode == 0, (args, result.stderr)


def test_a_0400_journal_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _filled(folder)
    journal_file = folder / "rapport.sqlite3"
    os.chmod(journal_file, 0o400)
    before = journal_file.read_bytes()
    _reading_commands_work(folder, tmp_path)
    doc = tmp_path / "doc.json"
    doc.write_text('{"format": "rapport-journal", "version": 1, "clients": [{"id": "x", "name": "X"}]}', "utf-8")
    result = rapport("--data-dir", str(folder), "import", str(doc))
    assert result.returncode == 1 and "read-only" in result.stderr and "Traceback" not in result.stderr
    assert journal_file.read_bytes() == before
    assert stat.S_IMODE(journal_file.stat().st_mode) == 0o400
    journal = open_journal(folder)
    try:
        assert journal.read_only
    finally:
        journal.close()


@needs_root
def test_a_journal_on_a_read_only_mount(tmpfs: Path, tmp_path: Path) -> None:
    folder = tmpfs / "data"
    _filled(folder)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    _reading_commands_work(folder, tmp_path)
    doc = tmp_path / "doc.json"
    doc.write_text('{"format": "rapport-journal", "version": 1, "clients": [{"id": "x", "name": "X"}]}', "utf-8")
    result = rapport("--data-dir", str(folder), "import", str(doc))
    assert result.returncode == 1 and "read-only" in result.stderr and "Traceback" not in result.stderr
    assert "damaged" not in result.stderr


def _fill(point: Path) -> None:
    """Fill the filesystem to its last byte."""
    fd = os.open(point / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 1 << 10, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError:
                    break
    finally:
        os.close(fd)


@needs_root
def test_a_full_disk_says_so_and_leaves_nothing_half_written(tmpfs: Path) -> None:
    folder = tmpfs / "data"
    _filled(folder)
    good_pdf = tmpfs / "report.pdf"
    assert rapport("--data-dir", str(folder), "export", str(good_pdf)).returncode == 0
    pdf_before = good_pdf.read_bytes()
    copy = tmpfs / "copy.sqlite3"
    assert rapport("--data-dir", str(folder), "backup", str(copy)).returncode == 0
    journal_before = (folder / "rapport.sqlite3").read_bytes()
    _fill(tmpfs)
    assert shutil.disk_usage(tmpfs).free == 0
    listing = sorted(p.name for p in tmpfs.rglob("*"))
    for args in (("export", str(good_pdf)), ("export", str(tmpfs / "new.json")), ("backup",), ("restore", str(copy))):
        result = rapport("--data-dir", str(folder), *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "The disk is full: 0 bytes free in" in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr and "damaged" not in result.stderr
    assert good_pdf.read_bytes() == pdf_before
    added = {p for p in tmpfs.rglob("*") if p.name not in listing}
    # no temporary or half-written file left: only SQLite's own -wal/-shm and an empty backups folder
    assert all(p.name.endswith(("-wal", "-shm")) or (p.is_dir() and not any(p.iterdir())) for p in added), added
    assert (folder / "rapport.sqlite3").read_bytes() == journal_before
    result = rapport("--data-dir", str(folder), "check")  # a full disk is not a damaged journal
    assert "damaged" not in result.stderr and (result.returncode == 0 or "The disk is full" in result.stderr)
    (tmpfs / "filler").unlink()
    assert rapport("--data-dir", str(folder), "restore", str(copy)).returncode == 0
