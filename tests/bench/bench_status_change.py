"""`status` now beside `status` at an earlier commit, on the same 100,000-interaction journal, same run.

Issue 10 asks that `status` stay within 1.5× of its time before the relationship story
(labels, good signs, promises, cost, headline). This checks the earlier code out into a
temporary worktree (`git worktree add --detach`), then times `indicators.status` in a child
process for each side in turn, round after round, so load on a shared machine hits both
alike. Run from the repository root:

    python tests/bench/bench_status_change.py --before 36eadbe [--size N] [--rounds 3]

Prints a Markdown table of medians and the ratio now ÷ before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as `python tests/bench/bench_status_change.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import BIG, big_journal, median, ms  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# Run in a child process with the checkout under test first on sys.path.
CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from journal.services import indicators
from journal.store.db import open_journal
journal = open_journal(Path(sys.argv[2]))
as_of = date.today()
for _ in range(3):
    indicators.status(journal, as_of)
timings = []
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    indicators.status(journal, as_of)
    timings.append(time.perf_counter() - start)
journal.close()
print(json.dumps(timings))
"""


def timed(checkout: Path, folder: Path, calls: int) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(checkout), str(folder), str(calls)],
        cwd=checkout,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.splitlines()[-1])


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description="status now beside status at an earlier commit")
    parser.add_argument("--before", required=True, help="the commit to compare with")
    parser.add_argument("--size", type=int, default=BIG)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=10)
    args = parser.parse_args(argv)
    folder = big_journal(args.size)
    with tempfile.TemporaryDirectory(prefix="rapport-before-") as tmp:
        before_root = Path(tmp) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(before_root), args.before], cwd=ROOT, check=True)
        try:
            now: list[float] = []
            before: list[float] = []
            for _ in range(args.rounds):
                before += timed(before_root, folder, args.calls)
                now += timed(ROOT, folder, args.calls)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before_root)], cwd=ROOT, check=True)
    ratio = median(now) / median(before)
    print("| `indicators.status`, 100,000 interactions | now | before | ratio | target | met |")
    print("|---|---:|---:|---:|---|---|")
    met = "yes" if ratio <= 1.5 else "**no**"
    print(f"| median of {len(now)} | {ms(median(now))} | {ms(median(before))} | {ratio:.2f}× | ≤ 1.5× | {met} |")
    return ratio


if __name__ == "__main__":
    main()
