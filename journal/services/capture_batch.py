"""Saving several related entries at once, all or nothing: an interaction with the client it names.

The interaction editor may create its client on the fly; both must be written in one
transaction, so a failed interaction never leaves a stray client behind. The rules are those of
`capture.save`: each dict is read by its kind's validator, references may name a record saved in
the same call, and any problem raises `InvalidInput` with nothing written.
"""

from __future__ import annotations

from typing import Any

from journal.domain.validation import InvalidInput, Problem
from journal.services import capture
from journal.store.db import Journal


def save_together(journal: Journal, items: list[tuple[str, dict[str, Any], str]]) -> list[Any]:
    """Validate and write `(kind, data, path)` items in order, in one transaction; returns their records."""
    problems: list[Problem] = []
    records: list[tuple[str, Any, str]] = []
    for kind, data, path in items:
        reader = capture.KINDS[kind].read
        records.append((kind, reader(data, path, problems), path))
    if problems:
        raise InvalidInput(problems)
    pending: dict[str, set[str]] = {}
    for kind, record, _ in records:
        pending.setdefault(kind, set()).add(record.id)
    with journal.write() as session:
        for kind, record, path in records:
            problems += capture.check_references(session, kind, record, path, pending)
        if problems:
            raise InvalidInput(problems)
        for (kind, record, _), (_, data, _) in zip(records, items, strict=True):
            capture.KINDS[kind].write(
                session, [capture.as_edited(session, kind, record, data)]
            )  # the writers take a batch since main moved
    return [capture.get(journal, kind, record.id) for kind, record, _ in records]
