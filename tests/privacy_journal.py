"""A small journal full of confidential words, for the encryption tests."""

from __future__ import annotations

from pathlib import Path

from journal.services import capture, drafts
from journal.store import cipher
from journal.store.db import open_journal

SECRETS = ("Секретова", "Zanzibar Holdings", "асфальтовый каток", "moonlight discount", "Благодарю за терпение")


def fill(folder: Path, key: bytes | None = None, extra: str = "", draft: bool = True) -> None:
    journal = open_journal(folder, key)
    try:
        client = capture.save(journal, "client", {"name": f"Анна Секретова{extra}", "company": "Zanzibar Holdings"})
        capture.save(
            journal,
            "interaction",
            {"client_id": client.id, "occurred_at": "2026-11-20T14:30:00+03:00", "summary": f"Просит асфальтовый каток{extra}",
             "notes": "a moonlight discount, again", "pressure": [{"kind": "discount", "response": "conceded"}]},
        )  # fmt: skip
        capture.save(journal, "gratitude", {"written_on": "2026-11-21", "text": "Благодарю за терпение"})
        if draft:  # (the window would ask at start whether to restore it)
            drafts.save_draft(journal, f"draft{extra}", "interaction", {"summary": "Zanzibar Holdings draft"})
    finally:
        journal.close()


def counts(folder: Path, key: bytes | None = None) -> dict[str, int]:
    journal = open_journal(folder, key)
    try:
        every = cipher.table_counts(journal.raw())
    finally:
        journal.close()
    return {name: n for name, n in every.items() if not name.startswith("entry_fts_")}  # not the index's segments


def readable(folder: Path) -> list[tuple[str, str]]:
    """(file, secret) for every secret whose bytes appear in any file under `folder`."""
    found = []
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            data = file.read_bytes()
            found += [(str(file.relative_to(folder)), s) for s in SECRETS if s.encode("utf-8") in data]
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` byte for byte, but the log of commands run (logs/rapport.log)."""
    return {
        str(f.relative_to(folder)): f.read_bytes()
        for f in sorted(folder.rglob("*"))
        if f.is_file() and f.relative_to(folder).parts[0] != "logs"
    }
