"""The interaction editor: who, when, how, what happened, how it felt, and how the client pushed.

The client is typed (completing from the journal's clients); a name no client has means a new
client, created with the interaction in one transaction. «What was the lesson?» opens a lesson
editor linked to this interaction (saving the interaction first when it is new).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from journal.domain.records import CHANNELS
from journal.domain.validation import new_id
from journal.services import capture, vocabulary
from journal.ui.editors.base import EditorDialog, Item, Slot
from journal.ui.editors.fields import ClientField, MarkdownField, OptionalDate, TagsField
from journal.ui.editors.good_signs import GoodSignList
from journal.ui.editors.notes import LessonEditor
from journal.ui.editors.pressure import PressureList
from journal.ui.qt_dates import pydatetime, qdatetime


def _local(moment: datetime) -> QDateTime:
    return qdatetime(moment.astimezone().replace(tzinfo=None))


class InteractionEditor(EditorDialog):
    kind = "interaction"
    lesson_requested = Signal(str)  # interaction id, after «What was the lesson?»

    def build(self) -> None:
        self.setWindowTitle(self.tr("Interaction"))
        self.resize(640, 720)
        self._new_client_id = new_id()
        self._original_when: tuple[str, QDateTime] | None = None
        self._follow_up_done = False
        self._follow_up_done_on: str | None = None
        self.client = ClientField(capture.list_clients(self.journal, include_archived=True), self)
        self.client.setPlaceholderText(self.tr("Type a name; a new name creates a client"))
        self.client_hint = QLabel(self)
        self.client_hint.hide()
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.channel = QComboBox(self)
        for code, name in vocabulary.names("channel").items():
            self.channel.addItem(name, code)
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("What happened, in one line"))
        self.notes = MarkdownField(self)
        self.notes.setMinimumHeight(120)
        self.mood = QComboBox(self)
        for value in (None, *vocabulary.codes("mood")):
            self.mood.addItem(vocabulary.mood(value), value)
        self.follow_up = OptionalDate(self.tr("Follow up on"), date.today() + timedelta(days=7), self)
        self.tags = TagsField(capture.all_tags(self.journal), self)
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.pressure = PressureList(self)
        self.signs = GoodSignList(self)
        self.lesson_button = QPushButton(self.tr("What was the lesson?…"), self)
        self.lesson_button.setAutoDefault(False)
        self.lesson_button.setToolTip(self.tr("Write down a lesson linked to this interaction"))
        self.lesson_button.clicked.connect(self.write_lesson)

        client_slot = self.add_row(self.tr("&Client"), self.client, "client_id", "client")
        holder = client_slot.label.parentWidget()  # the label's own row, made by add_row
        row_layout = holder.layout() if holder is not None else None
        if row_layout is not None:
            row_layout.addWidget(self.client_hint)
        when_slot = self.add_row(self.tr("&When"), self.when, "occurred_at")
        channel_slot = self.add_row(self.tr("C&hannel"), self.channel, "channel")
        summary_slot = self.add_row(self.tr("&Summary"), self.summary, "summary")
        notes_slot = self.add_row(self.tr("&Notes (Markdown)"), self.notes, "notes")
        self.notes.editor.setAccessibleName(self.tr("Notes (Markdown)"))
        mood_slot = self.add_row(self.tr("How it &felt"), self.mood, "mood")
        follow_slot = self.add_row(self.tr("F&ollow-up"), self.follow_up, "follow_up_on")
        self.follow_up.check.setAccessibleName(self.tr("Follow up"))
        self.follow_up.edit.setAccessibleName(self.tr("Follow-up date"))
        tags_slot = self.add_row(self.tr("&Tags"), self.tags, "tags")
        self.add_row(self.tr("&Pressure"), self.pressure)
        self.add_row(self.tr("&Good signs"), self.signs)
        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.lesson_button)
        lesson_row.addStretch(1)
        self.form.addRow("", lesson_row)

        self.watch(self.client.textChanged, client_slot)
        self.client.textChanged.connect(self._client_hint)
        self.watch(self.when.dateTimeChanged, when_slot)
        self.watch(self.channel.currentIndexChanged, channel_slot)
        self.watch(self.summary.textChanged, summary_slot)
        self.watch(self.notes.changed, notes_slot)
        self.watch(self.mood.currentIndexChanged, mood_slot)
        self.watch(self.follow_up.changed, follow_slot)
        self.watch(self.tags.textChanged, tags_slot)
        self.watch(self.pressure.changed)
        self.pressure.changed.connect(self._order_tabs)
        self.watch(self.signs.changed)
        self.signs.changed.connect(self._order_tabs)
        self._order_tabs()
        self.client.setFocus()

    def _order_tabs(self) -> None:
        self.set_tab_order(
            [
                self.client, self.when, self.channel, self.summary, self.notes.editor, self.mood,
                self.follow_up.check, self.follow_up.edit, self.tags, *self.pressure.focus_chain(),
                *self.signs.focus_chain(), self.lesson_button,
            ]
        )  # fmt: skip

    def _client_hint(self) -> None:
        name = self.client.text().strip()
        new = bool(name) and self.client.client_id() is None
        self.client_hint.setText(self.tr("New client «%1» will be created").replace("%1", name) if new else "")
        self.client_hint.setVisible(new)

    def extra_slots(self) -> list[Slot]:
        return [row.slot for row in self.pressure.rows] + [row.slot for row in self.signs.rows]

    def load_json(self, data: dict[str, Any]) -> None:
        self.client.set_client_id(data.get("client_id"))
        if data.get("occurred_at"):
            shown = _local(datetime.fromisoformat(data["occurred_at"]))
            self.when.setDateTime(shown)
            self._original_when = (data["occurred_at"], self.when.dateTime())
        if data.get("channel") in CHANNELS:
            self.channel.setCurrentIndex(CHANNELS.index(data["channel"]))
        self.summary.setText(data.get("summary", ""))
        self.notes.set_text(data.get("notes", ""))
        self.mood.setCurrentIndex(max(0, self.mood.findData(data.get("mood"))))
        self.follow_up.set_value(data.get("follow_up_on"))
        self._follow_up_done = bool(data.get("follow_up_done"))
        self._follow_up_done_on = data.get("follow_up_done_on")
        self.tags.set_tags(data.get("tags", []))
        self.pressure.clear()
        for event in data.get("pressure", []):
            self.pressure.add_row(event)
        self.signs.clear()
        for sign in data.get("signs", []):
            self.signs.add_row(sign)
        if self.entity_id:
            self.setWindowTitle(self.tr("Edit interaction"))

    def _occurred_at(self) -> str:
        if self._original_when and self._original_when[1] == self.when.dateTime():
            return self._original_when[0]
        return pydatetime(self.when.dateTime()).astimezone().isoformat(timespec="seconds")

    def collect(self) -> list[Item]:
        items: list[Item] = []
        client_id = self.client.client_id()
        name = self.client.text().strip()
        if client_id is None and name:
            client_id = self._new_client_id
            items.append(("client", {"id": client_id, "name": name}, "client"))
        data: dict[str, Any] = {
            "occurred_at": self._occurred_at(),
            "channel": self.channel.currentData(),
            "summary": self.summary.text(),
            "notes": self.notes.text(),
            "mood": self.mood.currentData(),
            "follow_up_on": self.follow_up.value(),
            "follow_up_done": self._follow_up_done,
            "tags": self.tags.tags(),
            "pressure": self.pressure.data(),
        }
        if self._follow_up_done and self._follow_up_done_on:  # the day a promise was kept stays kept
            data["follow_up_done_on"] = self._follow_up_done_on
        if self.signs.rows:  # absent means none (interchange v2 default), so v1 readers are unaffected
            data["signs"] = self.signs.data()
        if client_id:
            data["client_id"] = client_id
        if self.entity_id:
            data["id"] = self.entity_id
        items.append(("interaction", data, ""))
        return items

    def state(self) -> dict[str, Any]:
        return {
            "client": self.client.text(),
            "when": self._occurred_at(),
            "channel": self.channel.currentData(),
            "summary": self.summary.text(),
            "notes": self.notes.text(),
            "mood": self.mood.currentData(),
            "follow_up_on": self.follow_up.value(),
            "follow_up_done": self._follow_up_done,
            "follow_up_done_on": self._follow_up_done_on,
            "tags": self.tags.text(),
            "pressure": [row.state() for row in self.pressure.rows],
            "signs": [row.state() for row in self.signs.rows],
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.load_json(
            {
                key: state.get(key)
                for key in (
                    "channel",
                    "summary",
                    "notes",
                    "mood",
                    "follow_up_on",
                    "follow_up_done",
                    "follow_up_done_on",
                )
                if state.get(key) is not None
            }
        )
        self.client.setText(state.get("client", ""))
        if state.get("when"):
            self.when.setDateTime(_local(datetime.fromisoformat(state["when"])))
        self.tags.setText(state.get("tags", ""))
        self.pressure.clear()
        for row in state.get("pressure", []):
            self.pressure.add_row({}, state=row)
        self.signs.clear()
        for row in state.get("signs", []):
            self.signs.add_row({}, state=row)

    def draft_title(self) -> str:
        return self.summary.text().strip() or self.client.text().strip()

    def write_lesson(self) -> QWidget | None:
        """Open a lesson editor about this interaction, saving the interaction first if needed."""
        if self.is_dirty() or not self.entity_id:
            parent = self.parentWidget()
            if not self.save():
                return None
        else:
            parent = self.parentWidget()
            self.accept()
        editor = LessonEditor(self.journal, None, {"interaction_id": self.entity_id}, parent).present()
        self.lesson_requested.emit(self.entity_id or "")
        self.lesson_editor = editor
        return editor
