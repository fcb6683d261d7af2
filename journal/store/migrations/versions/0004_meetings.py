"""Meetings to log: occurrences read from a calendar file (spec: meetings).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = [
    "CREATE TABLE meeting ( key VARCHAR NOT NULL, uid VARCHAR NOT NULL, starts_at VARCHAR NOT NULL, "
    "starts_ts INTEGER NOT NULL, ends_at VARCHAR NOT NULL, ends_ts INTEGER NOT NULL, title VARCHAR NOT NULL, "
    "location VARCHAR NOT NULL, attendees VARCHAR NOT NULL, client_id VARCHAR, interaction_id VARCHAR, "
    "dismissed BOOLEAN NOT NULL, source VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (key), "
    "FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE SET NULL, "
    "FOREIGN KEY(interaction_id) REFERENCES interaction (id) ON DELETE SET NULL )",
    "CREATE INDEX ix_meeting_client_id ON meeting (client_id)",
    "CREATE INDEX ix_meeting_ends_ts ON meeting (ends_ts)",
    "CREATE INDEX ix_meeting_interaction_id ON meeting (interaction_id)",
]


def upgrade() -> None:
    for statement in TABLES:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Rapport journals are never downgraded; restore a backup instead.")
