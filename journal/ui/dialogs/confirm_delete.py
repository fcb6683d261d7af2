"""The question before a delete: it names what will go ("Delete the interaction with Олег Тихонов on
21 November?"), has a real title and Delete / Cancel buttons, and gives the keyboard back to where
it was asked from.

Enter confirms (the delete can be undone with Ctrl+Z); Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.domain import records as r
from journal.services import capture, formats
from journal.store.db import Journal


class DeleteQuestion(QObject):
    """The words of the question (catalogue context "DeleteQuestion")."""

    def title(self, kind: str) -> str:
        return self.tr("Delete a client") if kind == "client" else self.tr("Delete an entry")

    def question(self, journal: Journal, kind: str, record: Any) -> str:
        if isinstance(record, r.Client):
            return self.tr("Delete %1 and all their interactions and incidents?").replace("%1", record.name)
        if isinstance(record, r.Interaction):
            client = capture.get(journal, "client", record.client_id)
            text = self.tr("Delete the interaction with %1 on %2?").replace("%1", client.name if client else "—")
            return text.replace("%2", formats.day_in_year(record.occurred_at))
        if isinstance(record, r.Incident):
            return self.tr("Delete the incident «%1»?").replace("%1", record.title)
        if isinstance(record, r.GratitudeNote):
            return self.tr("Delete the gratitude note of %1?").replace("%1", formats.day_in_year(record.written_on))
        if isinstance(record, r.Lesson):
            return self.tr("Delete the lesson of %1?").replace("%1", formats.day_in_year(record.written_on))
        if isinstance(record, r.CheckIn):
            return self.tr("Delete the check-in of %1?").replace("%1", formats.day_in_year(record.taken_on))
        return self.tr("Delete this entry?")

    def buttons(self) -> tuple[str, str]:
        return self.tr("Delete"), self.tr("Cancel")

    def detail(self, record: Any) -> str:
        summary = getattr(record, "summary", "") or getattr(record, "lesson", "") or getattr(record, "text", "")
        undo = self.tr("You can undo this with Ctrl+Z while Rapport is open.")
        return f"«{summary}»\n\n{undo}" if summary and not isinstance(record, r.Client) else undo


def ask(
    parent: QWidget, journal: Journal, kind: str, entity_id: str, delete: Callable[[], None], back_to: QWidget | None
) -> QMessageBox:
    """Open the question (window-modal); `delete()` on Delete; focus returns to `back_to` either way."""
    words = DeleteQuestion()
    record = capture.get(journal, kind, entity_id)
    box = QMessageBox(
        QMessageBox.Icon.Question, words.title(kind), words.question(journal, kind, record), parent=parent
    )
    box.setInformativeText(words.detail(record))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    delete_text, cancel_text = words.buttons()
    box.button(QMessageBox.StandardButton.Yes).setText(delete_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(cancel_text)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("confirm_delete")
    box.accepted.connect(delete)
    if back_to is not None:
        box.finished.connect(lambda _result: back_to.setFocus())
    box.finished.connect(box.deleteLater)
    box.open()
    return box
