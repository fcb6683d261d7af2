"""Writers wait their turn (issue 12, item 2): concurrent imports and first opens all succeed.

Black-box: several `python -m journal` processes at once against one real journal file. A write
begins IMMEDIATE and waits up to the busy timeout, so none fails with "database is locked".
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from journal.store.db import JournalBusy, open_journal
from tests.test_cli import ROOT

INTERACTIONS = 1500


def _doc(prefix: str, interactions: int) -> dict:
    return {
        "format": "rapport-journal",
        "version": 1,
        "clients": [{"id": f"{prefix}-c", "name": f"Клиент {prefix}", "created_at": "2026-01-10T10:00:00+03:00"}],
        "interactions": [
            {
                "id": f"{prefix}-i{n}",
                "client_id": f"{prefix}-c",
                "occurred_at": "2026-11-20T14:30:00+03:00",
                "summary": f"Звонок {n}",
                "pressure": [{"kind": "free_work", "response": "conceded", "unpaid_hours": 1}],
            }
            for n in range(interactions)
        ],
    }


def _start(folder: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "journal", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out + err


def test_two_imports_at_once_both_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_journal(folder).close()
    files = []
    for prefix in ("a", "b"):
        path = tmp_path / f"{prefix}.json"
        path.write_text(json.dumps(_doc(prefix, INTERACTIONS), ensure_ascii=False), encoding="utf-8")
        files.append(path)
    running = [_start(folder, "import", str(path)) for path in files]
    results = [_finish(p) for p in running]
    for code, text in results:
        assert code == 0, text
        assert "locked" not in text and "Traceback" not in text
    con = sqlite3.connect(folder / "rapport.sqlite3")
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] == 2 * INTERACTIONS
    con.close()


def test_three_first_opens_of_a_new_folder_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    files = []
    for prefix in ("x", "y", "z"):
        path = tmp_path / f"{prefix}.json"
        path.write_text(json.dumps(_doc(prefix, 3), ensure_ascii=False), encoding="utf-8")
        files.append(path)
    running = [_start(folder, "import", str(path)) for path in files]
    for code, text in (_finish(p) for p in running):
        assert code == 0, text
    check = _finish(_start(folder, "check"))
    assert check[0] == 0, check[1]


def test_a_first_open_waits_while_another_one_migrates_then_finds_it_done(tmp_path: Path) -> None:
    """Two first opens of one new folder: the second waits for the first's migration lock, then
    reads the revision again and migrates nothing (before the lock, both saw an empty file and
    both migrated it: "expected to match one row when updating 0001 to 0002")."""
    from journal.store import app_lock

    folder = tmp_path / "new"
    folder.mkdir()
    opener = "import sys, pathlib; from journal.store.db import open_journal; open_journal(pathlib.Path(sys.argv[1])).close()"
    with app_lock.one_at_a_time(folder):  # this process is migrating
        second = subprocess.Popen(
            [sys.executable, "-c", opener, str(folder)], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        with contextlib.suppress(subprocess.TimeoutExpired):
            second.wait(timeout=8)
        assert second.poll() is None, "the second open did not wait for the migration lock"
        from journal.store import db

        db._migrate(folder / "rapport.sqlite3", None)
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert not list((folder / "backups").glob("before-migration-*")), "the second open migrated again"
    check = _finish(_start(folder, "check"))
    assert check[0] == 0, check[1]


def test_a_writer_locked_out_past_the_timeout_gets_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    from journal.services import capture
    from journal.store import db

    folder = tmp_path / "data"
    journal = open_journal(folder)
    blocker = sqlite3.connect(folder / "rapport.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    journal.close()
    journal = open_journal(folder)
    try:
        raised: list[BaseException] = []

        def save() -> None:
            try:
                capture.save(journal, "client", {"name": "Ирина"})
            except BaseException as exc:  # noqa: BLE001 - the test inspects it
                raised.append(exc)

        worker = threading.Thread(target=save)
        worker.start()
        worker.join(30)
        assert raised and isinstance(raised[0], JournalBusy), raised
        assert "busy" in str(raised[0])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        journal.close()
    journal = open_journal(folder)
    try:
        assert capture.save(journal, "client", {"name": "Ирина"}).id  # once the lock is gone, it saves
    finally:
        journal.close()


def test_a_write_begins_immediate_and_a_read_stays_deferred(journal) -> None:
    from sqlalchemy import event
    from sqlmodel import text

    seen: list[str] = []
    event.listen(journal.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    with journal.read() as session:
        session.execute(text("SELECT 1"))
    with journal.write() as session:
        session.execute(text("SELECT 1"))
    assert "BEGIN" in seen and "BEGIN IMMEDIATE" in seen
    assert seen.index("BEGIN") < seen.index("BEGIN IMMEDIATE")
