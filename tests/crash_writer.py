"""A journal writer for tests/test_crash_safety.py: saves entries until it is killed.

`python tests/crash_writer.py DATA_DIR SEED` opens the journal in DATA_DIR and saves, through
`journal.services.capture`, a client and then interactions (with pushes and tags), gratitude
notes and lessons, forever (`… SEED interactions`: interactions only). After each save returns it prints `KIND ID SUMMARY` and flushes,
so every line the test reads names an entry the journal promised to keep.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from journal.services import capture
from journal.store.db import open_journal


def main(folder: Path, seed: int, only_interactions: bool = False) -> None:
    rng = random.Random(seed)
    journal = open_journal(folder)
    client = capture.save(journal, "client", {"name": f"Клиент {seed}", "tags": ["crash"]})
    print("client", client.id, client.name, flush=True)
    n = 0
    while True:
        n += 1
        summary = f"Запись {seed}-{n}: «это же пять минут работы»"
        push = {"kind": rng.choice(["free_work", "discount"]), "response": "conceded", "unpaid_hours": 1.5}
        saved = capture.save(
            journal,
            "interaction",
            {"client_id": client.id, "occurred_at": "2026-11-20T14:30:00+03:00", "summary": summary,
             "notes": "x" * rng.randint(0, 4000), "tags": ["срочно", "crash"], "pressure": [push, push] if n % 3 else []},
        )  # fmt: skip
        print("interaction", saved.id, summary, flush=True)
        if only_interactions:  # nothing that refers back to an entry a restore may take away
            continue
        if n % 4 == 0:
            note = capture.save(journal, "gratitude", {"written_on": "2026-11-21", "text": f"Спасибо {n}"})
            print("gratitude", note.id, note.text, flush=True)
        if n % 5 == 0:
            lesson = capture.save(journal, "lesson", {"written_on": "2026-11-21", "interaction_id": saved.id})
            print("lesson", lesson.id, "", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:] == ["interactions"])
