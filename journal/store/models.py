"""SQLModel tables: how the journal's entities are laid out in SQLite.

Date-times keep the text the user or the file gave (with its UTC offset, for a lossless round
trip) beside a UTC epoch (`*_ts`) that the timeline and the indicators index and compare.
Dates are ISO text (`YYYY-MM-DD`), which sorts and compares correctly as text. The timeline
(`entry`) and its full-text index (`entry_fts`) are kept by triggers; see `store/schema.py`.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, text
from sqlmodel import Field, SQLModel


def _fk(target: str, on_delete: str, *, nullable: bool, index: bool = True) -> Column[str]:
    return Column(String, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=index)


class Client(SQLModel, table=True):
    __tablename__ = "client"
    id: str = Field(primary_key=True)
    name: str
    name_fold: str = Field(index=True)
    company: str = ""
    email: str | None = None
    phone: str | None = None
    notes: str = ""
    stay_in_touch_days: int | None = None
    archived: bool = False
    created_at: str
    created_ts: int
    updated_at: str


class Interaction(SQLModel, table=True):
    __tablename__ = "interaction"
    __table_args__ = (
        Index("ix_interaction_client_ts", "client_id", "occurred_ts"),
        # the open follow-ups only (migration 0002), for the reminders
        Index("ix_interaction_follow_up_open", "follow_up_on", sqlite_where=text("follow_up_done = 0")),
    )
    id: str = Field(primary_key=True)
    client_id: str = Field(sa_column=_fk("client.id", "CASCADE", nullable=False, index=False))
    occurred_at: str
    occurred_ts: int = Field(index=True)
    channel: str = "other"
    summary: str
    notes: str = ""
    mood: int | None = None
    follow_up_on: str | None = Field(default=None, index=True)
    follow_up_done: bool = False
    # the day the follow-up was marked done (migration 0003); None when unknown (before 0003, version 1 files)
    follow_up_done_on: str | None = None
    created_at: str
    updated_at: str


class PressureEvent(SQLModel, table=True):
    __tablename__ = "pressure_event"
    id: str = Field(primary_key=True)
    interaction_id: str = Field(sa_column=_fk("interaction.id", "CASCADE", nullable=False))
    position: int = 0
    kind: str = Field(index=True)
    response: str = Field(default="pending", index=True)
    unpaid_hours: float = 0.0
    discount_pct: float | None = None
    note: str = ""


class GoodSign(SQLModel, table=True):
    """What the client did that a partner does, recorded inside an interaction (migration 0003)."""

    __tablename__ = "good_sign"
    id: str = Field(primary_key=True)
    interaction_id: str = Field(sa_column=_fk("interaction.id", "CASCADE", nullable=False))
    position: int = 0
    kind: str = Field(index=True)
    note: str = ""


class GratitudeNote(SQLModel, table=True):
    __tablename__ = "gratitude_note"
    id: str = Field(primary_key=True)
    written_on: str = Field(index=True)
    to_client_id: str | None = Field(default=None, sa_column=_fk("client.id", "SET NULL", nullable=True))
    to_name: str | None = None
    text: str
    expressed: bool = False
    created_at: str
    updated_at: str


class Incident(SQLModel, table=True):
    __tablename__ = "incident"
    id: str = Field(primary_key=True)
    client_id: str = Field(sa_column=_fk("client.id", "CASCADE", nullable=False))
    opened_on: str = Field(index=True)
    title: str
    step_listen: str = ""
    step_acknowledge: str = ""
    step_own: str = ""
    step_solve: str = ""
    step_follow_up: str = ""
    step_learn: str = ""
    follow_up_on: str | None = Field(default=None, index=True)
    resolved_on: str | None = None
    created_at: str
    updated_at: str


class Lesson(SQLModel, table=True):
    __tablename__ = "lesson"
    id: str = Field(primary_key=True)
    written_on: str = Field(index=True)
    interaction_id: str | None = Field(default=None, sa_column=_fk("interaction.id", "SET NULL", nullable=True))
    incident_id: str | None = Field(default=None, sa_column=_fk("incident.id", "SET NULL", nullable=True))
    what_happened: str = ""
    lesson: str = ""
    next_time: str = ""
    created_at: str
    updated_at: str


class CheckIn(SQLModel, table=True):
    __tablename__ = "checkin"
    id: str = Field(primary_key=True)
    taken_on: str = Field(index=True)
    answer_1: int | None = None
    answer_2: int | None = None
    answer_3: int | None = None
    answer_4: int | None = None
    answer_5: int | None = None
    answer_6: int | None = None
    note: str = ""
    created_at: str
    updated_at: str


class Tag(SQLModel, table=True):
    """A tag on a client, interaction or lesson; `position` keeps the order the user gave."""

    __tablename__ = "tag"
    __table_args__ = (Index("ix_tag_name", "name", "owner_kind"),)
    owner_kind: str = Field(primary_key=True)
    owner_id: str = Field(primary_key=True)
    position: int = Field(primary_key=True)
    name: str


class Setting(SQLModel, table=True):
    """A value that belongs to the journal (such as indicator thresholds), as JSON text."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str


class Draft(SQLModel, table=True):
    """What an open editor holds, saved as the user types, so a crash loses nothing."""

    __tablename__ = "draft"
    id: str = Field(primary_key=True)
    kind: str
    entity_id: str | None = None
    payload: str
    updated_at: str


class Meeting(SQLModel, table=True):
    """One occurrence of a calendar event, waiting to be logged (migration 0004).

    `key` is the event's UID, `@`, and its start in UTC (`YYYYMMDDTHHMMSSZ`), so every
    occurrence of a recurring event has its own row. A logged meeting points at its interaction;
    a dismissed one ("Didn't happen") is kept so that a re-import does not bring it back.
    """

    __tablename__ = "meeting"
    key: str = Field(primary_key=True)
    uid: str
    starts_at: str
    starts_ts: int
    ends_at: str
    ends_ts: int = Field(index=True)
    title: str
    location: str = ""
    attendees: str = "[]"  # JSON list of {"name": str | null, "email": str | null}
    client_id: str | None = Field(default=None, sa_column=_fk("client.id", "SET NULL", nullable=True))
    interaction_id: str | None = Field(default=None, sa_column=_fk("interaction.id", "SET NULL", nullable=True))
    dismissed: bool = False
    source: str = ""
    updated_at: str
