"""The gratitude note and lesson editors: short texts with a date.

A gratitude note goes to a client (typed, completing from the journal), to anyone by name, or
to nobody in particular. A lesson records what happened, what was the lesson and what to do next
time; opened from an interaction it is linked to it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QPlainTextEdit

from journal.services import capture
from journal.ui.editors.base import EditorDialog, Item
from journal.ui.editors.fields import ClientField, TagsField
from journal.ui.qt_dates import pydate, qdate


def _date_edit(parent: EditorDialog) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    return edit


def _text_edit(parent: EditorDialog, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(70)
    return edit


class GratitudeEditor(EditorDialog):
    kind = "gratitude"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Gratitude note"))
        self.resize(520, 380)
        self.written_on = _date_edit(self)
        self.to = ClientField(capture.list_clients(self.journal, include_archived=True), self)
        self.to.setPlaceholderText(self.tr("A client, anyone by name, or leave empty"))
        self.text = _text_edit(self, self.tr("What are you grateful for?"))
        self.expressed = QCheckBox(self.tr("Thanked them already"), self)
        rows = (
            (self.tr("&Date"), self.written_on, ("written_on",), self.written_on.dateChanged),
            (self.tr("&To"), self.to, ("to_client_id", "to_name"), self.to.textChanged),
            (self.tr("&Gratitude"), self.text, ("text",), self.text.textChanged),
            (self.tr("&Expressed"), self.expressed, ("expressed",), self.expressed.toggled),
        )
        for caption, widget, paths, signal in rows:
            self.watch(signal, self.add_row(caption, widget, *paths))
        self.set_tab_order([row[1] for row in rows])
        self.text.setFocus()

    def load_json(self, data: dict[str, Any]) -> None:
        if data.get("written_on"):
            self.written_on.setDate(qdate(date.fromisoformat(data["written_on"])))
        if data.get("to_client_id"):
            self.to.set_client_id(data["to_client_id"])
        else:
            self.to.setText(data.get("to_name") or "")
        self.text.setPlainText(data.get("text", ""))
        self.expressed.setChecked(bool(data.get("expressed")))
        if self.entity_id:
            self.setWindowTitle(self.tr("Edit gratitude note"))

    def collect(self) -> list[Item]:
        client_id = self.to.client_id()
        data: dict[str, Any] = {
            "written_on": pydate(self.written_on.date()).isoformat(),
            "to_client_id": client_id,
            "to_name": None if client_id else (self.to.text().strip() or None),
            "text": self.text.toPlainText(),
            "expressed": self.expressed.isChecked(),
        }
        if self.entity_id:
            data["id"] = self.entity_id
        return [("gratitude", data, "")]

    def state(self) -> dict[str, Any]:
        data = self.collect()[0][1]
        data["to_text"] = self.to.text()
        return data

    def set_state(self, state: dict[str, Any]) -> None:
        self.load_json(state)
        self.to.setText(state.get("to_text", ""))

    def draft_title(self) -> str:
        return self.text.toPlainText().strip()[:60]


class LessonEditor(EditorDialog):
    kind = "lesson"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Lesson"))
        self.resize(560, 520)
        self._links: dict[str, Any] = {}
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.hide()
        self.form.addRow(self.about)
        self.written_on = _date_edit(self)
        self.what_happened = _text_edit(self, self.tr("What happened?"))
        self.lesson = _text_edit(self, self.tr("What was the lesson?"))
        self.next_time = _text_edit(self, self.tr("What will I do next time?"))
        self.tags = TagsField(capture.all_tags(self.journal), self)
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        rows = (
            (self.tr("&Date"), self.written_on, "written_on", self.written_on.dateChanged),
            (self.tr("What &happened"), self.what_happened, "what_happened", self.what_happened.textChanged),
            (self.tr("The &lesson"), self.lesson, "lesson", self.lesson.textChanged),
            (self.tr("&Next time"), self.next_time, "next_time", self.next_time.textChanged),
            (self.tr("&Tags"), self.tags, "tags", self.tags.textChanged),
        )
        for caption, widget, path, signal in rows:
            self.watch(signal, self.add_row(caption, widget, path))
        self.set_tab_order([row[1] for row in rows])
        self.lesson.setFocus()

    def is_blank(self) -> bool:
        """A lesson with none of its three texts written is nothing to keep."""
        return not any(w.toPlainText().strip() for w in (self.what_happened, self.lesson, self.next_time))

    def load_json(self, data: dict[str, Any]) -> None:
        self._links = {key: data.get(key) for key in ("interaction_id", "incident_id")}
        if data.get("written_on"):
            self.written_on.setDate(qdate(date.fromisoformat(data["written_on"])))
        self.what_happened.setPlainText(data.get("what_happened", ""))
        self.lesson.setPlainText(data.get("lesson", ""))
        self.next_time.setPlainText(data.get("next_time", ""))
        self.tags.set_tags(data.get("tags", []))
        interaction = (
            capture.get(self.journal, "interaction", self._links["interaction_id"])
            if self._links["interaction_id"]
            else None
        )
        if interaction is not None:
            self.about.setText(self.tr("About the interaction: «%1»").replace("%1", interaction.summary))
            self.about.show()
            if not self.what_happened.toPlainText():
                self.what_happened.setPlainText(interaction.summary)
        if self.entity_id:
            self.setWindowTitle(self.tr("Edit lesson"))

    def collect(self) -> list[Item]:
        data: dict[str, Any] = {
            **self._links,
            "written_on": pydate(self.written_on.date()).isoformat(),
            "what_happened": self.what_happened.toPlainText(),
            "lesson": self.lesson.toPlainText(),
            "next_time": self.next_time.toPlainText(),
            "tags": self.tags.tags(),
        }
        if self.entity_id:
            data["id"] = self.entity_id
        return [("lesson", data, "")]

    def state(self) -> dict[str, Any]:
        data = self.collect()[0][1]
        data["tags_text"] = self.tags.text()
        return data

    def set_state(self, state: dict[str, Any]) -> None:
        self.load_json(state)
        self.tags.setText(state.get("tags_text", ""))

    def draft_title(self) -> str:
        return (self.lesson.toPlainText() or self.what_happened.toPlainText()).strip()[:60]
