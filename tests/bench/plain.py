"""Import and export: Rapport's interchange service beside a hand-written json + sqlite3 version.

The plain versions do the same file work without Rapport's layers: the export selects every
table and dumps the same JSON shape; the import loads the file and inserts every row with
`executemany` (children before parents, foreign keys deferred, as a careful hand-written
import would), with no validation. Both import into a fresh, empty journal each time.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from journal import paths
from journal.services import demo, interchange
from journal.store.db import open_journal
from tests.bench.common import OUT, Row, fresh_folder, measure, median

IMPORT_SIZE = 10_000
STEPS = ("listen", "acknowledge", "own", "solve", "follow_up", "learn")


def plain_export(db_file: Path, target: Path) -> None:
    con = sqlite3.connect(db_file)
    try:
        tags: dict[tuple[str, str], list[str]] = defaultdict(list)
        for kind, owner, name in con.execute("SELECT owner_kind, owner_id, name FROM tag ORDER BY owner_id, position"):
            tags[(kind, owner)].append(name)
        pressure: dict[str, list[dict]] = defaultdict(list)
        for pid, owner, kind, response, hours, pct, note in con.execute(
            "SELECT id, interaction_id, kind, response, unpaid_hours, discount_pct, note FROM pressure_event "
            "ORDER BY interaction_id, position"
        ):
            pressure[owner].append(
                {
                    "id": pid,
                    "kind": kind,
                    "response": response,
                    "unpaid_hours": hours,
                    "discount_pct": pct,
                    "note": note,
                }
            )
        doc = {
            "format": "rapport-journal", "version": 1, "exported_at": datetime.now().astimezone().isoformat(),
            "clients": [
                {"id": i, "name": n, "company": co, "email": e, "phone": ph, "notes": no,
                 "tags": tags[("client", i)], "stay_in_touch_days": s, "archived": bool(a), "created_at": c}
                for i, n, co, e, ph, no, s, a, c in con.execute(
                    "SELECT id, name, company, email, phone, notes, stay_in_touch_days, archived, created_at FROM client")
            ],
            "interactions": [
                {"id": i, "client_id": c, "occurred_at": o, "channel": ch, "summary": s, "notes": no, "mood": mo,
                 "follow_up_on": f, "follow_up_done": bool(d), "tags": tags[("interaction", i)], "pressure": pressure[i]}
                for i, c, o, ch, s, no, mo, f, d in con.execute(
                    "SELECT id, client_id, occurred_at, channel, summary, notes, mood, follow_up_on, follow_up_done "
                    "FROM interaction ORDER BY occurred_ts")
            ],
            "gratitude": [
                {"id": i, "written_on": w, "to_client_id": c, "to_name": n, "text": t, "expressed": bool(e)}
                for i, w, c, n, t, e in con.execute(
                    "SELECT id, written_on, to_client_id, to_name, text, expressed FROM gratitude_note ORDER BY written_on")
            ],
            "lessons": [
                {"id": i, "written_on": w, "interaction_id": ii, "incident_id": x, "what_happened": wh, "lesson": le,
                 "next_time": nt, "tags": tags[("lesson", i)]}
                for i, w, ii, x, wh, le, nt in con.execute(
                    "SELECT id, written_on, interaction_id, incident_id, what_happened, lesson, next_time FROM lesson "
                    "ORDER BY written_on")
            ],
            "incidents": [
                {"id": row[0], "client_id": row[1], "opened_on": row[2], "title": row[3],
                 "steps": dict(zip(STEPS, row[4:10], strict=True)), "follow_up_on": row[10], "resolved_on": row[11]}
                for row in con.execute(
                    "SELECT id, client_id, opened_on, title, step_listen, step_acknowledge, step_own, step_solve, "
                    "step_follow_up, step_learn, follow_up_on, resolved_on FROM incident ORDER BY opened_on")
            ],
            "checkins": [
                {"id": row[0], "taken_on": row[1], "answers": list(row[2:8]), "note": row[8]}
                for row in con.execute(
                    "SELECT id, taken_on, answer_1, answer_2, answer_3, answer_4, answer_5, answer_6, note FROM checkin "
                    "ORDER BY taken_on")
            ],
        }  # fmt: skip
    finally:
        con.close()
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def plain_import(db_file: Path, source: Path) -> None:
    doc = json.loads(source.read_text(encoding="utf-8"))
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    con = sqlite3.connect(db_file, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN")
        con.execute("PRAGMA defer_foreign_keys = ON")
        tag_rows = [("client", c["id"], p, t) for c in doc["clients"] for p, t in enumerate(c["tags"])]
        con.executemany(
            "INSERT INTO client (id, name, name_fold, company, email, phone, notes, stay_in_touch_days, archived, "
            "created_at, created_ts, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c["id"], c["name"], c["name"].casefold(), c["company"], c["email"], c["phone"], c["notes"],
              c["stay_in_touch_days"], c["archived"], c["created_at"],
              int(datetime.fromisoformat(c["created_at"]).timestamp()), now) for c in doc["clients"]],
        )  # fmt: skip
        items = doc["interactions"]
        con.executemany(
            "INSERT INTO pressure_event (id, interaction_id, position, kind, response, unpaid_hours, discount_pct, "
            "note) VALUES (?,?,?,?,?,?,?,?)",
            [(p["id"], i["id"], n, p["kind"], p["response"], p["unpaid_hours"], p["discount_pct"], p["note"])
             for i in items for n, p in enumerate(i["pressure"])],
        )  # fmt: skip
        tag_rows += [("interaction", i["id"], p, t) for i in items for p, t in enumerate(i["tags"])]
        tag_rows += [("lesson", x["id"], p, t) for x in doc["lessons"] for p, t in enumerate(x["tags"])]
        con.executemany("INSERT INTO tag (owner_kind, owner_id, position, name) VALUES (?,?,?,?)", tag_rows)
        con.executemany(
            "INSERT INTO interaction (id, client_id, occurred_at, occurred_ts, channel, summary, notes, mood, "
            "follow_up_on, follow_up_done, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(i["id"], i["client_id"], i["occurred_at"], int(datetime.fromisoformat(i["occurred_at"]).timestamp()),
              i["channel"], i["summary"], i["notes"], i["mood"], i["follow_up_on"], i["follow_up_done"], now, now)
             for i in items],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO incident (id, client_id, opened_on, title, step_listen, step_acknowledge, step_own, "
            "step_solve, step_follow_up, step_learn, follow_up_on, resolved_on, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(x["id"], x["client_id"], x["opened_on"], x["title"], *(x["steps"][s] for s in STEPS),
              x["follow_up_on"], x["resolved_on"], now, now) for x in doc["incidents"]],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO gratitude_note (id, written_on, to_client_id, to_name, text, expressed, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?)",
            [(g["id"], g["written_on"], g["to_client_id"], g["to_name"], g["text"], g["expressed"], now, now)
             for g in doc["gratitude"]],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO lesson (id, written_on, interaction_id, incident_id, what_happened, lesson, next_time, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [(x["id"], x["written_on"], x["interaction_id"], x["incident_id"], x["what_happened"], x["lesson"],
              x["next_time"], now, now) for x in doc["lessons"]],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO checkin (id, taken_on, answer_1, answer_2, answer_3, answer_4, answer_5, answer_6, note, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(k["id"], k["taken_on"], *k["answers"], k["note"], now, now) for k in doc["checkins"]],
        )  # fmt: skip
        con.execute("COMMIT")
    finally:
        con.close()


def import_file() -> tuple[Path, dict[str, int]]:
    """A JSON export of a demo journal with IMPORT_SIZE interactions (cached under out/)."""
    target = OUT / f"import-{IMPORT_SIZE}.json"
    counts_file = target.with_suffix(".counts.json")
    if not counts_file.exists():
        journal = open_journal(fresh_folder(f"journal-{IMPORT_SIZE}"))
        try:
            demo.fill_interactions(journal, IMPORT_SIZE, seed=1)
            counts = interchange.export_json(journal, target)
        finally:
            journal.close()
        counts_file.write_text(json.dumps(counts))
    return target, json.loads(counts_file.read_text())


def bench_interchange(folder: Path) -> list[Row]:
    source, counts = import_file()
    runs = iter(range(1000))

    def fresh() -> Path:
        empty = fresh_folder(f"import-target-{next(runs)}")
        open_journal(empty).close()
        return empty

    def ours_import() -> None:
        journal = open_journal(fresh())
        try:
            interchange.import_json(journal, source)
        finally:
            journal.close()

    def plain_import_once() -> None:
        plain_import(paths.journal_path(fresh()), source)

    # Each timing includes making the empty target journal (a few ms), for both sides alike.
    ours_in = median(measure(ours_import, 3, warmup=0))
    theirs_in = median(measure(plain_import_once, 3, warmup=0))
    for n in range(next(runs)):
        fresh_folder(f"import-target-{n}")
    journal = open_journal(folder)
    try:
        ours_out = median(measure(lambda: interchange.export_json(journal, OUT / "export.json"), 3, warmup=0))
    finally:
        journal.close()
    theirs_out = median(measure(lambda: plain_export(paths.journal_path(folder), OUT / "export-plain.json"), 3, 0))
    records = sum(counts.values())
    label = f"import JSON: {counts['interactions']:,} interactions ({records:,} records)"
    return [
        Row(label, ours_in, theirs_in, "≤ 5 s", ours_in <= 5.0),
        Row("export the whole journal to JSON (100,000 interactions)", ours_out, theirs_out, "", None),
    ]
