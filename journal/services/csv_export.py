"""A flat CSV of the timeline, for reading in a spreadsheet, not for import.

One row per entry, newest first, UTF-8 with a byte-order mark so spreadsheet programs read
Cyrillic. An interaction's pressure events are `kind:response` and its good signs `kind` or
`kind: note`, each joined with "; ". Written to a temporary file and renamed, so a failed or
cancelled export leaves nothing behind.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal.domain.records import unpaid_hours
from journal.services.files import Cancelled, atomic_target
from journal.services.interchange import Progress, Scope, load_records, select_scope
from journal.store.db import Journal

CSV_COLUMNS = (
    "kind", "id", "date", "time", "client", "summary", "channel", "mood", "pressure", "signs", "unpaid_hours",
    "discount_pct", "follow_up_on", "tags", "text",
)  # fmt: skip


def _row(**values: Any) -> tuple[Any, ...]:
    return tuple(values.get(column, "") for column in CSV_COLUMNS)


def _csv_rows(records: dict[str, list[Any]]) -> list[tuple[Any, ...]]:
    names = {c.id: c.name for c in records["clients"]}
    out: list[tuple[Any, ...]] = []
    for i in records["interactions"]:
        local = i.occurred_at.astimezone()
        hours = unpaid_hours(i.pressure)
        out.append(_row(
            kind="interaction", id=i.id, date=local.date().isoformat(), time=local.strftime("%H:%M"),
            client=names.get(i.client_id, ""), summary=i.summary, channel=i.channel,
            mood="" if i.mood is None else i.mood,
            pressure="; ".join(f"{p.kind}:{p.response}" for p in i.pressure),
            signs="; ".join(f"{g.kind}: {g.note}" if g.note else g.kind for g in i.signs),
            unpaid_hours=f"{hours:g}" if i.pressure else "",
            discount_pct="; ".join(f"{p.discount_pct:g}" for p in i.pressure if p.discount_pct is not None),
            follow_up_on=i.follow_up_on or "", tags="; ".join(i.tags), text=i.notes,
        ))  # fmt: skip
    for g in records["gratitude"]:
        to = names.get(g.to_client_id or "", g.to_name or "")
        out.append(_row(kind="gratitude", id=g.id, date=g.written_on.isoformat(), client=to, summary=g.text))
    for x in records["lessons"]:
        text = "\n".join(t for t in (x.what_happened, x.lesson, x.next_time) if t)
        out.append(
            _row(
                kind="lesson",
                id=x.id,
                date=x.written_on.isoformat(),
                summary=x.lesson,
                tags="; ".join(x.tags),
                text=text,
            )
        )
    for x in records["incidents"]:
        steps = "\n".join(f"{k}: {v}" for k, v in x.steps.items() if v)
        out.append(_row(
            kind="incident", id=x.id, date=x.opened_on.isoformat(), client=names.get(x.client_id, ""), summary=x.title,
            follow_up_on=x.follow_up_on or "", text=steps,
        ))  # fmt: skip
    for k in records["checkins"]:
        answers = ", ".join("" if a is None else str(a) for a in k.answers)
        out.append(_row(kind="checkin", id=k.id, date=k.taken_on.isoformat(), summary=answers, text=k.note))
    out.sort(key=lambda row: (row[2], row[3]), reverse=True)
    return out


def export_csv(
    journal: Journal, path: Path, scope: Scope | None = None, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:  # fmt: skip
    records = select_scope(load_records(journal), scope or Scope())
    table = _csv_rows(records)
    if cancelled and cancelled():
        raise Cancelled
    with atomic_target(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(table)
    if progress:
        progress(1, 1)
    return {"rows": len(table)}
