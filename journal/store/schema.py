"""The timeline table, its FTS5 index and the triggers that keep both in step with the entities.

Every interaction, gratitude note, lesson, incident and check-in has one row in `entry`:
when it sorts, which local day it belongs to, its client, its pressure marks, its good-sign
marks, a title, and the folded text of every text field (`body`). `entry_fts` indexes `body` (unicode61 with
diacritics removed; «ё» folded to «е» here because unicode61 does not). Triggers refresh an
entity's row whenever it, its pressure events, its good signs or its tags change, so no code path can forget.
"""

from __future__ import annotations


def fold_sql(expr: str) -> str:
    return f"replace(replace({expr}, 'ё', 'е'), 'Ё', 'Е')"


def _tags(kind: str, owner: str) -> str:
    return f"coalesce((SELECT group_concat(name, ' ') FROM tag WHERE owner_kind = '{kind}' AND owner_id = {owner}), '')"


def _end_of_day(column: str) -> str:
    # Date-only entries sort at the end of their local day, above that day's interactions.
    return f"CAST(strftime('%s', {column} || ' 23:59:59', 'utc') AS INTEGER)"


# For each timeline kind: its table and the SELECT list of
# (ts, day, client_id, pressure, signs, title, body) over alias `e`.
# Migrations never call this module: each one holds the literal DDL it ran (0001, 0003).
ENTRY_SOURCES: dict[str, tuple[str, str]] = {
    "interaction": (
        "interaction",
        "e.occurred_ts, date(e.occurred_ts, 'unixepoch', 'localtime'), e.client_id, "
        "(SELECT group_concat(kind || ':' || response, ',') FROM "
        "(SELECT kind, response FROM pressure_event WHERE interaction_id = e.id ORDER BY position)), "
        "(SELECT group_concat(kind, ',') FROM (SELECT kind FROM good_sign WHERE interaction_id = e.id ORDER BY position)), "
        "e.summary, "
        + fold_sql(
            "e.summary || ' ' || e.notes || ' ' || coalesce((SELECT group_concat(note, ' ') "
            "FROM pressure_event WHERE interaction_id = e.id), '') || ' ' || coalesce((SELECT group_concat(note, ' ') "
            "FROM good_sign WHERE interaction_id = e.id), '') || ' ' || " + _tags("interaction", "e.id")
        ),
    ),
    "gratitude": (
        "gratitude_note",
        f"{_end_of_day('e.written_on')}, e.written_on, e.to_client_id, NULL, NULL, e.text, "
        + fold_sql("e.text || ' ' || coalesce(e.to_name, '')"),
    ),
    "lesson": (
        "lesson",
        f"{_end_of_day('e.written_on')}, e.written_on, "
        "coalesce((SELECT client_id FROM interaction WHERE id = e.interaction_id), "
        "(SELECT client_id FROM incident WHERE id = e.incident_id)), NULL, NULL, "
        "coalesce(nullif(e.lesson, ''), nullif(e.what_happened, ''), e.next_time), "
        + fold_sql("e.what_happened || ' ' || e.lesson || ' ' || e.next_time || ' ' || " + _tags("lesson", "e.id")),
    ),
    "incident": (
        "incident",
        f"{_end_of_day('e.opened_on')}, e.opened_on, e.client_id, NULL, NULL, e.title, "
        + fold_sql(
            "e.title || ' ' || e.step_listen || ' ' || e.step_acknowledge || ' ' || e.step_own || ' ' "
            "|| e.step_solve || ' ' || e.step_follow_up || ' ' || e.step_learn"
        ),
    ),
    "checkin": (
        "checkin",
        f"{_end_of_day('e.taken_on')}, e.taken_on, NULL, NULL, NULL, '', " + fold_sql("e.note"),
    ),
}


def _refresh(kind: str, id_expr: str) -> str:
    table, select = ENTRY_SOURCES[kind]
    return (
        f"DELETE FROM entry WHERE kind = '{kind}' AND entity_id = {id_expr}; "
        f"INSERT INTO entry (kind, entity_id, ts, day, client_id, pressure, signs, title, body) "
        f"SELECT '{kind}', e.id, {select} FROM {table} e WHERE e.id = {id_expr};"
    )


def _drop(kind: str, id_expr: str) -> str:
    return f"DELETE FROM entry WHERE kind = '{kind}' AND entity_id = {id_expr};"


def create_statements() -> list[str]:
    """DDL for `entry`, `entry_fts` and every trigger, in the order it must run."""
    statements = [
        "CREATE TABLE entry (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
        "ts INTEGER NOT NULL, day TEXT NOT NULL, client_id TEXT, pressure TEXT, title TEXT NOT NULL, "
        "body TEXT NOT NULL, signs TEXT, UNIQUE (kind, entity_id))",
        "CREATE INDEX ix_entry_ts ON entry (ts, rowid)",
        "CREATE INDEX ix_entry_client_ts ON entry (client_id, ts, rowid)",
        "CREATE INDEX ix_entry_kind_ts ON entry (kind, ts, rowid)",
        "CREATE INDEX ix_entry_pressure_ts ON entry (ts, rowid) WHERE pressure IS NOT NULL",
        "CREATE VIRTUAL TABLE entry_fts USING fts5(body, content='entry', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER entry_ai AFTER INSERT ON entry BEGIN "
        "INSERT INTO entry_fts (rowid, body) VALUES (new.rowid, new.body); END",
        "CREATE TRIGGER entry_ad AFTER DELETE ON entry BEGIN "
        "INSERT INTO entry_fts (entry_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END",
    ]
    for kind, (table, _) in ENTRY_SOURCES.items():
        statements += [
            f"CREATE TRIGGER {table}_entry_ai AFTER INSERT ON {table} BEGIN {_refresh(kind, 'new.id')} END",
            f"CREATE TRIGGER {table}_entry_au AFTER UPDATE ON {table} BEGIN "
            f"{_drop(kind, 'old.id')} {_refresh(kind, 'new.id')} END",
            f"CREATE TRIGGER {table}_entry_ad AFTER DELETE ON {table} BEGIN {_drop(kind, 'old.id')} END",
        ]
    statements += [
        "CREATE TRIGGER pressure_entry_ai AFTER INSERT ON pressure_event BEGIN "
        f"{_refresh('interaction', 'new.interaction_id')} END",
        "CREATE TRIGGER pressure_entry_au AFTER UPDATE ON pressure_event BEGIN "
        f"{_refresh('interaction', 'old.interaction_id')} {_refresh('interaction', 'new.interaction_id')} END",
        "CREATE TRIGGER pressure_entry_ad AFTER DELETE ON pressure_event BEGIN "
        f"{_refresh('interaction', 'old.interaction_id')} END",
    ]
    statements += [
        "CREATE TRIGGER good_sign_entry_ai AFTER INSERT ON good_sign BEGIN "
        f"{_refresh('interaction', 'new.interaction_id')} END",
        "CREATE TRIGGER good_sign_entry_au AFTER UPDATE ON good_sign BEGIN "
        f"{_refresh('interaction', 'old.interaction_id')} {_refresh('interaction', 'new.interaction_id')} END",
        "CREATE TRIGGER good_sign_entry_ad AFTER DELETE ON good_sign BEGIN "
        f"{_refresh('interaction', 'old.interaction_id')} END",
    ]
    for kind in ("interaction", "lesson"):
        for event, row in (("INSERT", "new"), ("DELETE", "old")):
            statements.append(
                f"CREATE TRIGGER tag_{kind}_{event.lower()} AFTER {event} ON tag "
                f"WHEN {row}.owner_kind = '{kind}' BEGIN {_refresh(kind, f'{row}.owner_id')} END"
            )
    return statements
