"""The first schema: every entity, tags, settings, drafts, and the timeline with its FTS5 index.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

from journal.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The schema as it stood at this revision, frozen here so later model changes cannot alter it.
TABLES = [
    "CREATE TABLE checkin ( id VARCHAR NOT NULL, taken_on VARCHAR NOT NULL, answer_1 INTEGER, answer_2 INTEGER, answer_3 INTEGER, answer_4 INTEGER, answer_5 INTEGER, answer_6 INTEGER, note VARCHAR NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id) )",
    "CREATE INDEX ix_checkin_taken_on ON checkin (taken_on)",
    "CREATE TABLE client ( id VARCHAR NOT NULL, name VARCHAR NOT NULL, name_fold VARCHAR NOT NULL, company VARCHAR NOT NULL, email VARCHAR, phone VARCHAR, notes VARCHAR NOT NULL, stay_in_touch_days INTEGER, archived BOOLEAN NOT NULL, created_at VARCHAR NOT NULL, created_ts INTEGER NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id) )",
    "CREATE INDEX ix_client_name_fold ON client (name_fold)",
    "CREATE TABLE draft ( id VARCHAR NOT NULL, kind VARCHAR NOT NULL, entity_id VARCHAR, payload VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id) )",
    'CREATE TABLE setting ( "key" VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY ("key") )',
    "CREATE TABLE tag ( owner_kind VARCHAR NOT NULL, owner_id VARCHAR NOT NULL, position INTEGER NOT NULL, name VARCHAR NOT NULL, PRIMARY KEY (owner_kind, owner_id, position) )",
    "CREATE INDEX ix_tag_name ON tag (name, owner_kind)",
    "CREATE TABLE gratitude_note ( id VARCHAR NOT NULL, written_on VARCHAR NOT NULL, to_client_id VARCHAR, to_name VARCHAR, text VARCHAR NOT NULL, expressed BOOLEAN NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(to_client_id) REFERENCES client (id) ON DELETE SET NULL )",
    "CREATE INDEX ix_gratitude_note_to_client_id ON gratitude_note (to_client_id)",
    "CREATE INDEX ix_gratitude_note_written_on ON gratitude_note (written_on)",
    "CREATE TABLE incident ( id VARCHAR NOT NULL, client_id VARCHAR NOT NULL, opened_on VARCHAR NOT NULL, title VARCHAR NOT NULL, step_listen VARCHAR NOT NULL, step_acknowledge VARCHAR NOT NULL, step_own VARCHAR NOT NULL, step_solve VARCHAR NOT NULL, step_follow_up VARCHAR NOT NULL, step_learn VARCHAR NOT NULL, follow_up_on VARCHAR, resolved_on VARCHAR, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_incident_client_id ON incident (client_id)",
    "CREATE INDEX ix_incident_follow_up_on ON incident (follow_up_on)",
    "CREATE INDEX ix_incident_opened_on ON incident (opened_on)",
    "CREATE TABLE interaction ( id VARCHAR NOT NULL, client_id VARCHAR NOT NULL, occurred_at VARCHAR NOT NULL, occurred_ts INTEGER NOT NULL, channel VARCHAR NOT NULL, summary VARCHAR NOT NULL, notes VARCHAR NOT NULL, mood INTEGER, follow_up_on VARCHAR, follow_up_done BOOLEAN NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_interaction_client_ts ON interaction (client_id, occurred_ts)",
    "CREATE INDEX ix_interaction_follow_up_on ON interaction (follow_up_on)",
    "CREATE INDEX ix_interaction_occurred_ts ON interaction (occurred_ts)",
    "CREATE TABLE lesson ( id VARCHAR NOT NULL, written_on VARCHAR NOT NULL, interaction_id VARCHAR, incident_id VARCHAR, what_happened VARCHAR NOT NULL, lesson VARCHAR NOT NULL, next_time VARCHAR NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(interaction_id) REFERENCES interaction (id) ON DELETE SET NULL, FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE SET NULL )",
    "CREATE INDEX ix_lesson_incident_id ON lesson (incident_id)",
    "CREATE INDEX ix_lesson_interaction_id ON lesson (interaction_id)",
    "CREATE INDEX ix_lesson_written_on ON lesson (written_on)",
    "CREATE TABLE pressure_event ( id VARCHAR NOT NULL, interaction_id VARCHAR NOT NULL, position INTEGER NOT NULL, kind VARCHAR NOT NULL, response VARCHAR NOT NULL, unpaid_hours FLOAT NOT NULL, discount_pct FLOAT, note VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(interaction_id) REFERENCES interaction (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_pressure_event_interaction_id ON pressure_event (interaction_id)",
    "CREATE INDEX ix_pressure_event_kind ON pressure_event (kind)",
    "CREATE INDEX ix_pressure_event_response ON pressure_event (response)",
]


def upgrade() -> None:
    for statement in TABLES + schema.create_statements():
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Rapport journals are never downgraded; restore a backup instead.")
