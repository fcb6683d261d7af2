"""The soak of tests/bench/soak.py, short: 20 SIGKILLs across saves (two writers at once),
imports, restores, backups and migrations lose no acknowledged write and corrupt nothing."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from tests.bench.soak import soak

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def test_twenty_kills_lose_nothing(tmp_path: Path) -> None:
    seed = random.randrange(10**6)
    figures = soak(20, tmp_path, seed)
    assert figures.kills >= 20 and figures.acknowledged > 0
    assert (figures.losses, figures.corruptions) == (0, 0), f"seed {seed}: {figures.line()}: {figures.problems}"
