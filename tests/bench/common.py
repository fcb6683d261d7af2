"""What every benchmark shares: timing (median, p95), a Markdown table, and a cached big journal.

The 100,000-interaction journal is built once with the demo generator into
`tests/bench/out/journal-<N>-seed<S>/` (git-ignored) and reused by later runs; a folder
without its `built.json` marker (an interrupted build) is thrown away and built again.
"""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.services import demo
from journal.store.db import open_journal

OUT = Path(__file__).resolve().parent / "out"
BIG = 100_000


def measure(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds per call of `fn`, `repeat` times after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - start)
    return timings


def measure_pair(
    ours: Callable[[], Any], theirs: Callable[[], Any], repeat: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Both functions timed in turn, call after call, so a busy moment on a shared machine hits both alike."""
    for _ in range(warmup):
        ours()
        theirs()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for fn, timings in ((ours, a), (theirs, b)):
            start = time.perf_counter()
            fn()
            timings.append(time.perf_counter() - start)
    return a, b


def median(timings: Sequence[float]) -> float:
    return statistics.median(timings)


def p95(timings: Sequence[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(timings)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def ms(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


@dataclass(frozen=True)
class Row:
    """One line of the results: Rapport's time beside plain sqlite3's on the same file, same run."""

    operation: str
    rapport: float
    plain: float | None
    target: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.rapport / self.plain if self.plain else None


def markdown(rows: Sequence[Row]) -> str:
    lines = [
        "| operation | Rapport | plain sqlite3 | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        plain = ms(row.plain) if row.plain is not None else "–"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "–"
        met = {True: "yes", False: "**no**", None: ""}[row.met]
        lines.append(f"| {row.operation} | {ms(row.rapport)} | {plain} | {ratio} | {row.target} | {met} |")
    return "\n".join(lines)


def big_journal(size: int = BIG, seed: int = 0) -> Path:
    """The folder of a journal with `size` demo interactions over ten years, built once and cached."""
    folder = OUT / f"journal-{size}-seed{seed}"
    marker = folder / "built.json"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    journal = open_journal(folder)
    try:
        start = time.perf_counter()
        counts = demo.fill_interactions(journal, size, seed=seed)
        took = time.perf_counter() - start
    finally:
        journal.close()
    marker.write_text(json.dumps({"counts": counts, "build_seconds": round(took, 1)}, indent=1))
    print(f"built {folder.name} in {took:.1f} s: {counts}")
    return folder


def fresh_folder(name: str) -> Path:
    folder = OUT / name
    shutil.rmtree(folder, ignore_errors=True)
    return folder
