"""Soak: SIGKILL Rapport at random moments of saves, imports, restores, backups and migrations.

`python tests/bench/soak.py [--kills 200] [--seed S]` (not part of the default run; the default
suite runs `soak(20)` from tests/test_soak.py). Each round picks an operation and kills it:

- save: two writers (`tests/crash_writer.py`) at once on the same journal, both killed;
- import: `rapport import` of a fresh file of records, killed (all of it or none may be there);
- backup: `rapport backup`, killed (no backup that fails its check may be left under a real name);
- restore: `rapport restore` of a backup taken earlier, killed (the journal is the old one or
  the restored one, whole);
- migration: a copy of the 0.1.0 journal opened (`rapport check`), killed, then opened again.

After each round `rapport check` must pass and every write acknowledged so far must be there.
It prints kills, acknowledged writes, losses and corruptions (the README quotes the figures).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "journal-0.1.0.sqlite3"
TABLES = ("client", "interaction", "gratitude_note", "lesson")


@dataclass
class Figures:
    kills: int = 0
    acknowledged: int = 0
    losses: int = 0
    corruptions: int = 0
    rounds: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        ops = ", ".join(f"{k} {v}" for k, v in sorted(self.rounds.items()))
        return (
            f"kills: {self.kills}, acknowledged writes: {self.acknowledged}, losses: {self.losses}, "
            f"corruptions: {self.corruptions} (rounds: {ops})"
        )


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _rapport(folder: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "journal", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env(),
    )  # fmt: skip


def _ids(db_file: Path) -> set[str]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return {row[0] for table in TABLES for row in con.execute(f"SELECT id FROM {table}")}
    finally:
        con.close()


def _kill_later(process: subprocess.Popen, rng: random.Random, longest: float) -> bool:
    """SIGKILL after a random delay; True when it was killed (False: it had already ended)."""
    time.sleep(rng.uniform(0.0, longest))
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


class Soak:
    def __init__(self, home: Path, rng: random.Random):
        self.home, self.rng = home, rng
        self.folder = home / "data"
        self.expected: set[str] = set()  # every write acknowledged (and not undone by an acknowledged restore)
        self.figures = Figures()
        self.backups: list[tuple[Path, set[str]]] = []
        self.round = 0

    def run(self, kills: int) -> Figures:
        from journal.store.db import open_journal

        open_journal(self.folder).close()
        while self.figures.kills < kills:
            self.round += 1
            op = self.rng.choice(["save", "save", "import_", "backup", "restore", "migration"])
            if op == "restore" and not self.backups:
                op = "backup"
            name = op.rstrip("_")
            self.figures.rounds[name] = self.figures.rounds.get(name, 0) + 1
            getattr(self, op)()
            self.verify(name)
        return self.figures

    # -- operations ------------------------------------------------------------------------
    def save(self) -> None:
        writers = [
            subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(self.folder), str(self.round * 10 + n)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=_env(),
            )  # fmt: skip
            for n in range(2)
        ]
        firsts = ["", ""]
        if self.rng.random() < 0.15:
            time.sleep(self.rng.uniform(0.0, 0.8))  # sometimes while they start and open the journal
        else:
            firsts = [writer.stdout.readline() for writer in writers]  # both are saving now
            time.sleep(self.rng.uniform(0.0, 0.6))
        for writer in writers:
            writer.send_signal(signal.SIGKILL)
        for writer, first in zip(writers, firsts, strict=True):
            rest, _ = writer.communicate(timeout=60)
            out = first + rest
            self.figures.kills += 1
            lines = out.split("\n")[:-1]  # a line cut by the kill has no newline: not acknowledged
            saved = {line.split(" ", 2)[1] for line in lines}
            self.expected |= saved
            self.figures.acknowledged += len(saved)

    def import_(self) -> None:
        prefix = f"r{self.round}"
        doc = {
            "format": "rapport-journal", "version": 1,
            "clients": [{"id": f"{prefix}-c", "name": f"Импорт {prefix}"}],
            "interactions": [
                {"id": f"{prefix}-i{n}", "client_id": f"{prefix}-c", "occurred_at": "2026-11-20T14:30:00+03:00",
                 "summary": f"Звонок {n}"}
                for n in range(self.rng.randint(50, 1500))
            ],
        }  # fmt: skip
        source = self.home / "import.json"
        source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        ids = {f"{prefix}-c"} | {i["id"] for i in doc["interactions"]}
        process = _rapport(self.folder, "import", str(source))
        killed = _kill_later(process, self.rng, 4.0)
        self.figures.kills += killed
        there = ids & _ids(self.folder / "rapport.sqlite3")
        if there and there != ids:
            self.corrupt(f"round {self.round}: a killed import left {len(there)} of {len(ids)} records")
        if not killed and process.returncode == 0:
            self.expected |= ids
            self.figures.acknowledged += len(ids)
        elif there == ids:
            self.expected |= ids  # it committed just before the kill

    def backup(self) -> None:
        from journal.services import backup

        if self.rng.random() < 0.3 or not self.backups:  # a known backup to restore later, made whole
            made = backup.backup(self.folder)
            self.backups.append((made, _ids(made)))
        process = _rapport(self.folder, "backup")
        self.figures.kills += _kill_later(process, self.rng, 1.0)
        for file in (self.folder / "backups").glob("rapport-*.sqlite3"):
            if backup.problems_in(file, quick=True):
                self.corrupt(f"round {self.round}: {file.name} is named as a backup but fails its check")

    def restore(self) -> None:
        source, ids = self.rng.choice(self.backups)
        process = _rapport(self.folder, "restore", str(source))
        killed = _kill_later(process, self.rng, 1.5)
        self.figures.kills += killed
        now = _ids(self.folder / "rapport.sqlite3")
        if not killed and process.returncode == 0:
            self.expected = set(ids)
        elif self.expected <= now:
            pass  # killed before the swap: the journal as it was
        elif ids <= now:
            self.expected = set(ids)  # the swap committed just before the kill
        else:
            self.corrupt(f"round {self.round}: after a killed restore the journal is neither the old nor the backup")

    def migration(self) -> None:
        folder = self.home / f"old-{self.round}"
        folder.mkdir()
        shutil.copy2(FIXTURE, folder / "rapport.sqlite3")
        wanted = _ids(folder / "rapport.sqlite3")
        process = _rapport(folder, "check")
        self.figures.kills += _kill_later(process, self.rng, 2.0)
        again = _rapport(folder, "check")
        out, err = again.communicate(timeout=300)
        if again.returncode != 0:
            self.corrupt(f"round {self.round}: a killed migration left a journal that does not open: {err.strip()}")
        elif not wanted <= _ids(folder / "rapport.sqlite3"):
            self.figures.losses += len(wanted - _ids(folder / "rapport.sqlite3"))
            self.figures.problems.append(f"round {self.round}: a killed migration lost records")
        shutil.rmtree(folder, ignore_errors=True)

    # -- checks ----------------------------------------------------------------------------
    def verify(self, op: str) -> None:
        check = _rapport(self.folder, "check")
        out, err = check.communicate(timeout=300)
        if check.returncode != 0:
            self.corrupt(f"round {self.round} ({op}): check failed: {(out + err).strip()[:300]}")
            return
        missing = self.expected - _ids(self.folder / "rapport.sqlite3")
        if missing:
            self.figures.losses += len(missing)
            self.figures.problems.append(f"round {self.round} ({op}): {len(missing)} acknowledged writes are gone")
            self.expected -= missing

    def corrupt(self, text: str) -> None:
        self.figures.corruptions += 1
        self.figures.problems.append(text)


def soak(kills: int, home: Path, seed: int) -> Figures:
    return Soak(home, random.Random(seed)).run(kills)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=random.randrange(10**6))
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rapport-soak-") as home:
        figures = soak(args.kills, Path(home), args.seed)
    print(f"seed {args.seed}: {figures.line()} in {time.monotonic() - started:.0f} s")
    for problem in figures.problems:
        print("  " + problem)
    sys.exit(1 if figures.losses or figures.corruptions else 0)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
