"""SIGKILL during encrypt, decrypt and passphrase changes: the shared loop of the test and the soak script."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from journal.services import privacy
from journal.store.db import open_journal  # runs the same recovery as the next start
from tests.privacy_crasher import PASSPHRASES
from tests.privacy_journal import counts, fill

ROOT = Path(__file__).resolve().parent.parent


def prepare(folder: Path) -> dict[str, int]:
    from journal.services import demo

    journal = open_journal(folder)
    demo.fill(journal, months=3, seed=7)  # a few hundred records, so a rewrite takes a while
    journal.close()
    fill(folder)
    return counts(folder)


def state_now(folder: Path) -> tuple[str, bytes | None]:
    """What the journal is after the kill (opening finishes or undoes the swap first)."""
    if not privacy.is_journal_encrypted(folder):
        return "plain", None
    for candidate in PASSPHRASES:
        try:
            return candidate, privacy.unlock(folder / "rapport.sqlite3", candidate)
        except privacy.WrongSecret:
            continue
    raise AssertionError("the journal is encrypted but none of the passphrases opens it")


def kill_once(folder: Path, state: str, rng: random.Random, expected: dict[str, int]) -> tuple[str, bool]:
    """One run of the crasher killed at a random moment; returns the state after it and whether a change was cut."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "privacy_crasher.py"), str(folder), state, str(rng.randrange(10**6))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    time.sleep(rng.uniform(0.5, 1.8))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    lines = [line.split("\t") for line in out.splitlines() if line]
    assert lines, f"the crasher never began: {err[-2000:]}"
    last = lines[-1]
    allowed = {last[1]} if last[0] == "end" else {last[1], last[2]}
    found, key = state_now(folder)
    assert found in allowed, f"after the kill the journal is {found!r}, expected one of {allowed} ({last})"
    assert counts(folder, key) == expected, f"records changed after a kill during {last}"
    return found, last[0] == "begin"


def run(folder: Path, kills: int, seed: int) -> int:
    """`kills` SIGKILLs; returns how many landed in the middle of a change."""
    rng = random.Random(seed)
    expected = prepare(folder)
    state = "plain"
    cut = 0
    for _ in range(kills):
        state, mid = kill_once(folder, state, rng, expected)
        cut += mid
    return cut
