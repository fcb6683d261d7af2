"""Nothing is lost: a writer killed with SIGKILL at random moments keeps every entry whose save returned.

Each round starts `tests/crash_writer.py` on a journal, kills it (SIGKILL) at a random moment,
runs `python -m journal --data-dir DIR check`, and looks up every entry the writer reported as
saved. Two journals take turns so that one's check runs while the other's writer works.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.services import capture
from journal.store.db import open_journal

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _kill_at_random(folder: Path, seed: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Run the writer, kill it at a random moment; the entries it reported saved as (kind, id, summary)."""
    writer = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(folder), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=_env(), cwd=ROOT,
    )  # fmt: skip
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.6))  # sometimes while it starts or opens the journal
    else:
        first = writer.stdout.readline()  # it is saving now
        assert first, writer.stderr.read()
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        return _saved(first + rest)
    writer.send_signal(signal.SIGKILL)
    out, _ = writer.communicate(timeout=30)
    return _saved(out)


def _saved(out: str) -> list[tuple[str, str, str]]:
    lines = out.split("\n")[:-1]  # a line cut short by the kill has no newline and was not reported
    return [tuple(line.split(" ", 2)) for line in lines]  # type: ignore[misc]


def _check(folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "journal", "--data-dir", str(folder), "check"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_env(), cwd=ROOT,
    )  # fmt: skip


def _assert_all_there(folder: Path, check: subprocess.Popen, saved: list[tuple[str, str, str]], label: str) -> None:
    out, _ = check.communicate(timeout=60)
    assert check.returncode == 0, f"{label}: check failed: {out}"
    journal = open_journal(folder)
    try:
        for kind, entity_id, summary in saved:
            record = capture.get(journal, kind, entity_id)
            assert record is not None, f"{label}: {kind} {entity_id} was saved but is gone"
            if kind == "interaction":
                assert record.summary == summary and len(record.pressure) in (0, 2), label
    finally:
        journal.close()


def test_every_saved_entry_survives_sigkill(tmp_path: Path) -> None:
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder in folders:
        open_journal(folder).close()  # created and migrated before the first kill
    previous = None
    total = 0
    for round_no in range(ROUNDS):
        folder = folders[round_no % 2]
        saved = _kill_at_random(folder, round_no, rng)
        total += len(saved)
        if previous is not None:
            _assert_all_there(*previous)
        previous = (folder, _check(folder), saved, f"seed {seed}, round {round_no}")
    _assert_all_there(*previous)
    assert total > ROUNDS  # the kills did land while entries were being saved
