"""Small builders for hand-made journals in tests."""

from __future__ import annotations

from typing import Any

from journal.services import capture
from journal.store.db import Journal


def client(journal: Journal, name: str = "Ирина Петрова", **fields: Any):
    return capture.save(journal, "client", {"name": name, **fields})


def interaction(journal: Journal, client_id: str, when: str, summary: str = "Call", **fields: Any):
    return capture.save(
        journal, "interaction", {"client_id": client_id, "occurred_at": when, "summary": summary, **fields}
    )
