"""Restore under live writers, the open app, damaged journals (issue 12, items 1 and 7).

Black-box: `python -m journal` against real files, a real writer process saving while the
restore runs, and journals damaged on disk the way a bad sector or a stray copy would.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from journal.services import backup, capture
from journal.store.app_lock import AppLock
from journal.store.db import open_journal
from tests.test_cli import ROOT, rapport


def _filled(folder: Path, clients: int = 3) -> None:
    journal = open_journal(folder)
    try:
        for n in range(clients):
            client = capture.save(journal, "client", {"name": f"Клиент {n}"})
            capture.save(
                journal, "interaction",
                {"client_id": client.id, "occurred_at": "2026-11-20T14:30:00+03:00", "summary": f"Звонок {n}"},
            )  # fmt: skip
    finally:
        journal.close()


def _saved_ids(folder: Path) -> set[str]:
    con = sqlite3.connect(f"file:{folder / 'rapport.sqlite3'}?mode=ro", uri=True)
    try:
        tables = ("client", "interaction", "gratitude_note", "lesson")
        return {row[0] for table in tables for row in con.execute(f"SELECT id FROM {table}")}
    finally:
        con.close()


def test_saves_acknowledged_after_a_restore_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _filled(folder)
    writer = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(folder), "7", "interactions"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    lines: list[tuple[float, str]] = []

    def read() -> None:
        for line in writer.stdout:
            lines.append((time.monotonic(), line.rstrip("\n")))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while len(lines) < 10:
        time.sleep(0.05)
        assert writer.poll() is None, writer.stderr.read()
    copy = backup.backup(folder, tmp_path / "copy.sqlite3")  # holds the writer's client, taken while it saves
    result = rapport("--data-dir", str(folder), "restore", str(copy))
    restored_at = time.monotonic()
    assert result.returncode == 0, result.stderr
    while not [t for t, _ in lines if t > restored_at + 0.5][20:]:
        time.sleep(0.05)
        assert writer.poll() is None, writer.stderr.read()
    writer.kill()
    writer.wait()
    reader.join(10)
    after = [line.split(" ", 2)[1] for t, line in lines if t > restored_at + 0.5 and " " in line]  # not a cut line
    kept = _saved_ids(folder)
    lost = [entity for entity in after if entity not in kept]
    assert len(after) > 20 and lost == [], f"{len(lost)} of {len(after)} saves after the restore are gone"
    assert rapport("--data-dir", str(folder), "check").returncode == 0
    assert not list(folder.glob("*.restoring")) and not list(folder.glob(".*.tmp"))


def test_restore_refuses_while_the_app_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _filled(folder)
    copy = backup.backup(folder, tmp_path / "copy.sqlite3")
    lock = AppLock(folder)
    assert lock.acquire()
    try:
        result = rapport("--data-dir", str(folder), "restore", str(copy))
        assert result.returncode == 1 and "Rapport is open: close it or restore from its Settings" in result.stderr
    finally:
        lock.release()
    assert rapport("--data-dir", str(folder), "restore", str(copy)).returncode == 0


def test_encryption_and_the_passphrase_refuse_while_the_app_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _filled(folder)
    env = {"RAPPORT_PASSPHRASE": "first passphrase", "RAPPORT_NEW_PASSPHRASE": "first passphrase"}
    lock = AppLock(folder)
    assert lock.acquire()
    try:
        before = (folder / "rapport.sqlite3").read_bytes()
        result = rapport("--data-dir", str(folder), "encrypt", env=env)
        assert result.returncode == 1 and "Rapport is open" in result.stderr, result.stderr
        assert (folder / "rapport.sqlite3").read_bytes() == before and not (folder / "rapport.keys").exists()
    finally:
        lock.release()
    assert rapport("--data-dir", str(folder), "encrypt", env=env).returncode == 0
    assert lock.acquire()
    try:
        for command in ("decrypt", "passphrase"):
            result = rapport("--data-dir", str(folder), command, env=env)
            assert result.returncode == 1 and "Rapport is open" in result.stderr, (command, result.stderr)
    finally:
        lock.release()


def test_an_encrypted_restore_keeps_saves_made_on_a_connection_left_open(tmp_path: Path) -> None:
    from journal.services import privacy

    folder = tmp_path / "data"
    _filled(folder)
    privacy.encrypt(folder, "first passphrase")
    key = privacy.unlock(folder / "rapport.sqlite3", "first passphrase")
    copy = backup.backup(folder, key=key)
    journal = open_journal(folder, key)  # a writer that is not told about the restore
    try:
        capture.save(journal, "client", {"name": "Позже"})
        backup.restore(folder, copy, key=key, source_key=key)
        later = capture.save(journal, "client", {"name": "После восстановления"})
    finally:
        journal.close(every_thread=True)
    journal = open_journal(folder, key)
    try:
        names = {row[0] for row in journal.raw().execute("SELECT name FROM client")}
    finally:
        journal.close()
    assert later.name in names and "Позже" not in names and len(names) == 4
    assert not Path(f"{folder / 'rapport.sqlite3'}.swapping").exists()
    assert backup.check(folder, key) == []


def test_restore_accepts_a_read_only_backup(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _filled(folder)
    copy = backup.backup(folder, tmp_path / "copy.sqlite3")
    os.chmod(copy, 0o400)
    result = rapport("--data-dir", str(folder), "restore", str(copy))
    assert result.returncode == 0, result.stderr


def _damage(file: Path, where: str) -> None:
    data = bytearray(file.read_bytes())
    if where == "header":
        data[0:100] = b"\x00" * 100
    else:  # the middle pages: the tables' and indexes' own pages
        for page in range(2, len(data) // 4096 - 1):
            data[page * 4096 + 8 : page * 4096 + 200] = os.urandom(192)
    file.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_damaged_journal_is_never_written_and_its_backup_is_named(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "data"
    _filled(folder, clients=40)
    good = backup.backup(folder)
    journal_file = folder / "rapport.sqlite3"
    _damage(journal_file, where)
    before = journal_file.read_bytes()
    doc = tmp_path / "doc.json"
    doc.write_text(
        '{"format": "rapport-journal", "version": 1, "clients": [{"id": "x", "name": "X"}]}', encoding="utf-8"
    )
    for args in (("status",), ("check",), ("export", str(tmp_path / "x.json")), ("export", str(tmp_path / "x.csv")),
                 ("import", str(doc)), ("backup",), ("demo",)):  # fmt: skip
        result = rapport("--data-dir", str(folder), *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert "damaged" in result.stderr and str(good) in result.stderr and "rapport restore" in result.stderr, args
    assert journal_file.read_bytes() == before
    result = rapport("--data-dir", str(folder), "restore", str(good))
    assert result.returncode == 0, result.stderr
    kept = list(folder.glob("rapport-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == before
    assert rapport("--data-dir", str(folder), "check").returncode == 0
    assert len(_saved_ids(folder)) == 80  # 40 clients, 40 interactions
