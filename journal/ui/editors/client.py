"""The client editor: name, company, contacts, notes, tags and how often to stay in touch."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from journal.services import capture
from journal.ui.editors.base import EditorDialog, Item
from journal.ui.editors.fields import TagsField


class ClientEditor(EditorDialog):
    kind = "client"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Client"))
        self.resize(520, 480)
        self._kept: dict[str, Any] = {}
        self.name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.cadence = QSpinBox(self)
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("no reminder"))
        self.cadence.setSuffix(self.tr(" days"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.tags = TagsField(capture.all_tags(self.journal), self)
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        rows = (
            (self.tr("&Name"), self.name, "name", self.name.textChanged),
            (self.tr("C&ompany"), self.company, "company", self.company.textChanged),
            (self.tr("&Email"), self.email, "email", self.email.textChanged),
            (self.tr("&Phone"), self.phone, "phone", self.phone.textChanged),
            (self.tr("Stay in &touch every"), self.cadence, "stay_in_touch_days", self.cadence.valueChanged),
            (self.tr("Note&s"), self.notes, "notes", self.notes.textChanged),
            (self.tr("T&ags"), self.tags, "tags", self.tags.textChanged),
        )
        for caption, widget, path, signal in rows:
            self.watch(signal, self.add_row(caption, widget, path))
        self.set_tab_order([row[1] for row in rows])
        self.name.setFocus()

    def load_json(self, data: dict[str, Any]) -> None:
        self._kept = {key: data[key] for key in ("archived", "created_at") if key in data}
        self.name.setText(data.get("name", ""))
        self.company.setText(data.get("company", ""))
        self.email.setText(data.get("email") or "")
        self.phone.setText(data.get("phone") or "")
        self.cadence.setValue(data.get("stay_in_touch_days") or 0)
        self.notes.setPlainText(data.get("notes", ""))
        self.tags.set_tags(data.get("tags", []))
        if self.entity_id:
            self.setWindowTitle(self.tr("Edit client"))

    def collect(self) -> list[Item]:
        data: dict[str, Any] = {
            **self._kept,
            "name": self.name.text(),
            "company": self.company.text().strip(),
            "email": self.email.text().strip() or None,
            "phone": self.phone.text().strip() or None,
            "stay_in_touch_days": self.cadence.value() or None,
            "notes": self.notes.toPlainText(),
            "tags": self.tags.tags(),
        }
        if self.entity_id:
            data["id"] = self.entity_id
        return [("client", data, "")]

    def state(self) -> dict[str, Any]:
        data = self.collect()[0][1]
        data["tags_text"] = self.tags.text()
        return data

    def set_state(self, state: dict[str, Any]) -> None:
        self.load_json(state)
        self.tags.setText(state.get("tags_text", ""))

    def draft_title(self) -> str:
        return self.name.text().strip()
