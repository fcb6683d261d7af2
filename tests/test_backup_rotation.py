"""Automatic backups: once a day, verified, rotated to 7 daily + 8 weekly, and a restore that saves a
journal whose file was damaged."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from journal import paths
from journal.services import backup, capture
from journal.store.db import open_journal
from tests.report_fixtures import fill_small


def test_one_automatic_backup_a_day(journal):
    fill_small(journal)
    day = date(2026, 11, 23)
    first = backup.auto_backup(journal.folder, day)
    assert first is not None and first.is_file()
    assert backup.auto_backup(journal.folder, day) is None  # the app quits the same day: nothing new
    assert backup.auto_backup(journal.folder, day + timedelta(days=1)) is not None
    listed = backup.list_backups(journal.folder)
    assert [info.kind for info in listed] == ["auto", "auto"]
    assert {info.day for info in listed} == {day, day + timedelta(days=1)}
    assert backup.check(journal.folder) == [] and backup.problems_in(first) == []


def test_no_journal_yet_means_no_backup(tmp_path):
    assert backup.auto_backup(tmp_path / "empty", date(2026, 1, 1)) is None


def test_rotation_over_sixty_days_keeps_the_last_seven_days_and_eight_weekly(journal):
    capture.save(journal, "client", {"name": "Ирина Петрова"})
    start = date(2026, 9, 1)  # a Tuesday
    for n in range(60):
        assert backup.auto_backup(journal.folder, start + timedelta(days=n)) is not None
    last = start + timedelta(days=59)  # 2026-10-30, a Friday
    assert last == date(2026, 10, 30)
    daily = {last - timedelta(days=n) for n in range(7)}  # 24 … 30 October
    # The newest backup of each of the 8 newest ISO weeks: this week's is today's, then each Sunday.
    weekly = {last} | {date(2026, 10, 25) - timedelta(weeks=n) for n in range(7)}
    assert weekly == {
        date(2026, 10, 30), date(2026, 10, 25), date(2026, 10, 18), date(2026, 10, 11),
        date(2026, 10, 4), date(2026, 9, 27), date(2026, 9, 20), date(2026, 9, 13),
    }  # fmt: skip
    assert set(backup.auto_days(journal.folder)) == daily | weekly
    assert len(list(paths.backups_dir(journal.folder).glob("rapport-auto-*"))) == 13  # 25 and 30 October count in both


def test_rotation_with_days_missed_keeps_the_newest_seven_backups():
    days = [date(2026, 3, 1) + timedelta(days=3 * n) for n in range(20)]  # the app opened every third day
    kept = backup.kept_days(days)
    assert set(sorted(days)[-7:]) <= kept
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) == 8  # and nothing older than the eighth newest week
    assert min(kept).isocalendar()[:2] == sorted({d.isocalendar()[:2] for d in days})[-8]


def test_rotation_leaves_manual_and_safety_backups_alone(journal):
    capture.save(journal, "client", {"name": "Acme"})
    manual = backup.backup(journal.folder)
    for n in range(30):
        backup.auto_backup(journal.folder, date(2026, 1, 1) + timedelta(days=n))
    assert manual.is_file()
    assert "manual" in {info.kind for info in backup.list_backups(journal.folder)}


def test_a_backup_that_fails_its_check_is_deleted_and_reported(journal, monkeypatch):
    capture.save(journal, "client", {"name": "Acme"})

    def broken_copy(source: Path, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
        return target

    monkeypatch.setattr(backup, "online_backup", broken_copy)
    with pytest.raises(backup.BackupError, match="did not pass its check"):
        backup.auto_backup(journal.folder, date(2026, 11, 23))
    assert backup.list_backups(journal.folder) == []


def test_a_damaged_journal_is_restored_from_the_last_backup(tmp_path):
    folder = tmp_path / "data"
    journal = open_journal(folder)
    ids = fill_small(journal)
    backup.auto_backup(folder, date(2026, 11, 22))
    capture.save(journal, "client", {"name": "Written after the backup"})
    journal.close()

    live = paths.journal_path(folder)
    raw = bytearray(live.read_bytes())
    raw[4096:] = b"\xde\xad\xbe\xef" * ((len(raw) - 4096) // 4)  # every page after the first overwritten
    live.write_bytes(bytes(raw))
    assert backup.check(folder) != []

    newest = backup.list_backups(folder)[0]
    assert newest.kind == "auto"
    safety = backup.restore(folder, newest.path)  # what Settings' Restore button calls
    assert safety is not None and safety.is_file()  # the damaged file is kept, byte for byte
    assert safety.read_bytes() == bytes(raw)
    assert backup.check(folder) == []

    reopened = open_journal(folder)
    try:
        names = {c.name for c in capture.list_clients(reopened)}
        assert names == {"Ирина Петрова", "Acme Widgets"}
        assert capture.get(reopened, "client", ids["irina"]).company == "ООО Вектор"
    finally:
        reopened.close()
