"""What Today does with a meeting to log: "Log how it went" and "Didn't happen".

"Log how it went" opens the interaction editor filled with the meeting's client, start,
channel `meeting` and title as summary, with the keyboard on "How it felt" (or on the
client, when no client matched: the first attendee's name is offered, which makes a new
client unless one is picked); saving links the meeting to the interaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from journal.services import capture, meetings
from journal.store.db import Journal
from journal.store.meetings import MeetingRow


def open_log_editor(journal: Journal, row: MeetingRow, window: QWidget | None, on_saved) -> QWidget | None:  # noqa: ANN001
    """The interaction editor for the meeting; `on_saved()` after it was saved and linked."""
    preset = meetings.interaction_preset(row)
    if window is not None and hasattr(window, "open_editor"):
        editor = window.open_editor("interaction", preset=preset)
    else:
        from journal.ui.editors import open_editor

        editor = open_editor(journal, "interaction", None, preset, window)
    if editor is None:
        return None
    if not row.client_id:
        names = [a.name for a in meetings.attendees(row) if a.name]
        if names:
            editor.client.setText(names[0])
        editor.client.setFocus()
        editor.client.selectAll()
    else:
        editor.mood.setFocus()

    def saved(kind: str, interaction_id: str) -> None:
        if kind != "interaction":
            return
        record = capture.get(journal, "interaction", interaction_id)
        if record is not None:
            meetings.link(journal, row.key, interaction_id, record.client_id)
        on_saved()

    editor.saved.connect(saved)
    return editor
