"""The six-step guided form for one incident: a hint and a note per step, progress, follow-up, lesson.

The steps are the ones a conflict is resolved by in person: listen actively, acknowledge the
feelings, take personal responsibility, offer a solution fitted to this client, follow up
personally, learn and improve. Step 5's follow-up date becomes a reminder on Today; step 6's
note is saved as a Lesson linked to the incident. Writes go through `journal.services.capture`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain.records import INCIDENT_STEPS, Incident
from journal.domain.validation import InvalidInput
from journal.services import capture, formats, incidents, text, vocabulary
from journal.store.db import Journal
from journal.ui.pages.support import show_field_error
from journal.ui.widgets.heading import SECTION
from journal.ui.widgets.one_stop import one_tab_stop


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class IncidentForm(QWidget):
    """Create or continue one incident, a step at a time; `saved(id)` after every successful save."""

    saved = Signal(str)
    resolved = Signal(str)  # the incident's id, when Resolve saved it as resolved

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.incident_id: str | None = None
        self.lesson_id: str | None = None
        self.resolved_on: date | None = None
        self.notes: dict[str, QPlainTextEdit] = {}
        self.step_buttons: list[QToolButton] = []

        self.heading = QLabel()
        self.heading.setObjectName("incidentHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * SECTION)
        font.setBold(True)
        self.heading.setFont(font)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What went wrong, in a few words"))
        self.title_error = QLabel()
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.client.model(), self.client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.client.setCompleter(completer)
        self.client_error = QLabel()
        for label in (self.title_error, self.client_error):
            label.setObjectName("fieldError")
            label.hide()
        self.opened = QDateEdit()
        self.opened.setCalendarPopup(True)
        one_tab_stop(self.opened)
        self.opened.setDate(QDate.currentDate())

        fields = QFormLayout()
        fields.addRow(self.tr("Title:"), self.title)
        fields.addRow("", self.title_error)
        fields.addRow(self.tr("Client:"), self.client)
        fields.addRow("", self.client_error)
        fields.addRow(self.tr("Opened on:"), self.opened)

        self.progress_text = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, len(INCIDENT_STEPS))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        step_row = QHBoxLayout()
        for index, _step in enumerate(INCIDENT_STEPS):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, i=index: self.go_to(i))
            self.step_buttons.append(button)
            step_row.addWidget(button)
        step_row.addStretch(1)

        self.pages = QStackedWidget()
        for index, step in enumerate(INCIDENT_STEPS):
            self.pages.addWidget(self._step_page(index, step))

        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.back.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.title.textChanged.connect(lambda _text: self._update_resolvable())
        buttons = QHBoxLayout()
        for widget in (self.back, self.next):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.resolve_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addLayout(step_row)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.title.textChanged.connect(lambda: self.title_error.hide())
        self.client.currentTextChanged.connect(lambda: self.client_error.hide())
        self.reload_clients()
        self.new_incident()

    # -- building ---------------------------------------------------------------------------

    def step_names(self) -> list[tuple[str, str]]:
        """(name, one-line hint) per step, in order."""
        return [(vocabulary.incident_step(step), vocabulary.incident_step_hint(step)) for step in INCIDENT_STEPS]

    def _step_page(self, index: int, step: str) -> QWidget:
        name, hint = self.step_names()[index]
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        title = QLabel(
            self.tr("Step %1 of %2: %3").replace("%1", str(index + 1)).replace("%2", "6").replace("%3", name)
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        hint_label.setObjectName("stepHint")
        note = QPlainTextEdit()
        note.setPlaceholderText(self.tr("Notes for this step"))
        note.setAccessibleName(name)
        note.textChanged.connect(self._update_progress)
        self.notes[step] = note
        layout.addWidget(title)
        layout.addWidget(hint_label)
        if step == "learn":
            note.setPlaceholderText(self.tr("The lesson: what did this teach you?"))
        layout.addWidget(note, 1)
        if step == "follow_up":
            row = QHBoxLayout()
            self.follow_up_set = QCheckBox(self.tr("Remind me to follow up on"))
            self.follow_up = QDateEdit()
            self.follow_up.setCalendarPopup(True)
            one_tab_stop(self.follow_up)
            self.follow_up.setEnabled(False)
            self.follow_up_set.toggled.connect(self.follow_up.setEnabled)
            row.addWidget(self.follow_up_set)
            row.addWidget(self.follow_up)
            row.addStretch(1)
            layout.addLayout(row)
        if step == "learn":
            self.next_time = QLineEdit()
            self.next_time.setPlaceholderText(self.tr("What I will do next time"))
            layout.addWidget(self.next_time)
            explain = QLabel(
                self.tr("Saving keeps this as a lesson linked to the incident; Today brings lessons back.")
            )
            explain.setWordWrap(True)
            layout.addWidget(explain)
        return page

    # -- state ------------------------------------------------------------------------------

    def reload_clients(self) -> None:
        current = self.client_id()
        self.client.blockSignals(True)
        self.client.clear()
        for client in capture.list_clients(self.journal):
            self.client.addItem(client.name, client.id)
        self.client.setCurrentIndex(-1)
        self.client.blockSignals(False)
        if current:
            self.client.setCurrentIndex(self.client.findData(current))

    def client_id(self) -> str | None:
        index = self.client.findText(self.client.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.client.itemData(index) if index >= 0 else None

    def new_incident(self, client_id: str | None = None) -> None:
        self.incident_id = self.lesson_id = self.resolved_on = None
        self.title.clear()
        self.client.setCurrentIndex(self.client.findData(client_id) if client_id else -1)
        if not client_id:
            self.client.setEditText("")
        self.opened.setDate(QDate.currentDate())
        for note in self.notes.values():
            note.clear()
        self.follow_up_set.setChecked(False)
        self.follow_up.setDate(QDate.currentDate().addDays(7))
        self.next_time.clear()
        self.status.clear()
        self.go_to(0)
        self._update_header()

    def load(self, incident: Incident) -> None:
        self.new_incident()
        self.incident_id = incident.id
        self.resolved_on = incident.resolved_on
        self.title.setText(incident.title)
        self.client.setCurrentIndex(self.client.findData(incident.client_id))
        self.opened.setDate(_qdate(incident.opened_on))
        for step, note in self.notes.items():
            note.setPlainText(incident.steps.get(step, ""))
        self.follow_up_set.setChecked(incident.follow_up_on is not None)
        if incident.follow_up_on:
            self.follow_up.setDate(_qdate(incident.follow_up_on))
        lesson = incidents.lesson_for(self.journal, incident.id)
        if lesson is not None:
            self.lesson_id = lesson.id
            self.next_time.setText(lesson.next_time)
            if not incident.steps.get("learn"):
                self.notes["learn"].setPlainText(lesson.lesson)
        done = self.steps_done()
        self.go_to(min(done, len(INCIDENT_STEPS) - 1) if incident.resolved_on is None else 0)
        self._update_header()

    def snapshot(self) -> dict[str, Any]:
        """Everything the form holds, saved or not (to rebuild it in another language)."""
        return {
            "incident_id": self.incident_id,
            "lesson_id": self.lesson_id,
            "resolved_on": self.resolved_on,
            "title": self.title.text(),
            "client": self.client.currentText(),
            "opened": self.opened.date(),
            "notes": {step: note.toPlainText() for step, note in self.notes.items()},
            "follow_up_set": self.follow_up_set.isChecked(),
            "follow_up": self.follow_up.date(),
            "next_time": self.next_time.text(),
            "step": self.pages.currentIndex(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.incident_id, self.lesson_id, self.resolved_on = (
            state["incident_id"],
            state["lesson_id"],
            state["resolved_on"],
        )
        self.title.setText(state["title"])
        self.client.setEditText(state["client"])
        self.client.setCurrentIndex(self.client.findText(state["client"], Qt.MatchFlag.MatchFixedString))
        self.opened.setDate(state["opened"])
        for step, note in self.notes.items():
            note.setPlainText(state["notes"][step])
        self.follow_up_set.setChecked(state["follow_up_set"])
        self.follow_up.setDate(state["follow_up"])
        self.next_time.setText(state["next_time"])
        self.go_to(state["step"])
        self._update_header()

    def steps_done(self) -> int:
        return sum(1 for note in self.notes.values() if note.toPlainText().strip())

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(INCIDENT_STEPS) - 1))
        self.pages.setCurrentIndex(index)
        self.step_buttons[index].setChecked(True)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(INCIDENT_STEPS) - 1)
        self.notes[INCIDENT_STEPS[index]].setFocus()

    def _update_progress(self) -> None:
        done = self.steps_done()
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("Steps with notes: %1 of %2").replace("%1", str(done)).replace("%2", "6"))
        for index, ((name, _hint), step) in enumerate(zip(self.step_names(), INCIDENT_STEPS, strict=True)):
            mark = "\u2713 " if self.notes[step].toPlainText().strip() else ""
            self.step_buttons[index].setText(f"{mark}{index + 1}")
            self.step_buttons[index].setToolTip(name)

    def _update_header(self) -> None:
        if self.incident_id is None:
            self.heading.setText(self.tr("New incident"))
        elif self.resolved_on is not None:
            when = formats.day(self.resolved_on)
            self.heading.setText(self.tr("Resolved incident (resolved on %1)").replace("%1", when))
        else:
            self.heading.setText(self.tr("Open incident"))
        self.resolve_button.setText(self.tr("Reopen") if self.resolved_on else self.tr("Resolve"))
        self._update_resolvable()
        self._update_progress()

    def _update_resolvable(self) -> None:
        """Nothing to resolve in a blank form: Resolve waits for a saved incident or a title."""
        self.resolve_button.setEnabled(self.incident_id is not None or bool(self.title.text().strip()))

    def is_blank(self) -> bool:
        """A new incident with nothing typed into it yet."""
        typed = self.title.text().strip() or self.client.currentText().strip() or self.steps_done()
        return self.incident_id is None and not typed

    # -- saving -----------------------------------------------------------------------------

    def _data(self) -> dict[str, Any] | None:
        """The incident in interchange shape, or None after showing what is missing beside the field."""
        title, client_id = self.title.text().strip(), self.client_id()
        if not title:
            show_field_error(self.title_error, self.tr("Give the incident a title."))
        if client_id is None:
            show_field_error(self.client_error, self.tr("Choose a client from the list."))
        if not title or client_id is None:
            return None
        data: dict[str, Any] = {
            "client_id": client_id,
            "opened_on": _pydate(self.opened.date()).isoformat(),
            "title": title,
            "steps": {step: note.toPlainText() for step, note in self.notes.items()},
            "follow_up_on": _pydate(self.follow_up.date()).isoformat() if self.follow_up_set.isChecked() else None,
            "resolved_on": self.resolved_on.isoformat() if self.resolved_on else None,
        }
        if self.incident_id:
            data["id"] = self.incident_id
        return data

    def save(self) -> str | None:
        """Save the incident (and its lesson when step 6 has one); returns its id, or None if invalid."""
        data = self._data()
        if data is None:
            return None
        try:
            saved = capture.save(self.journal, "incident", data)
            self.incident_id = saved.id
            lesson_text = self.notes["learn"].toPlainText().strip()
            if lesson_text:
                lesson: dict[str, Any] = {
                    "written_on": date.today().isoformat(),
                    "incident_id": saved.id,
                    "what_happened": saved.title,
                    "lesson": lesson_text,
                    "next_time": self.next_time.text().strip(),
                }
                if self.lesson_id:
                    lesson["id"] = self.lesson_id
                    lesson["written_on"] = capture.get(self.journal, "lesson", self.lesson_id).written_on.isoformat()
                self.lesson_id = capture.save(self.journal, "lesson", lesson).id
        except InvalidInput as exc:
            self.status.setText("; ".join(text.problem_text(p) for p in exc.problems))
            return None
        parts = [self.tr("Saved.")]
        if lesson_text:
            parts.append(self.tr("The lesson is kept in the journal."))
        if saved.follow_up_on and saved.resolved_on is None:
            day = formats.day(saved.follow_up_on)
            parts.append(self.tr("Today will remind you to follow up on %1.").replace("%1", day))
        self.status.setText(" ".join(parts))
        self._update_header()
        self.saved.emit(saved.id)
        return saved.id

    def toggle_resolved(self) -> None:
        previous = self.resolved_on
        self.resolved_on = None if previous else date.today()
        if self.save() is None:
            self.resolved_on = previous
            self._update_header()
        elif self.resolved_on is not None and self.incident_id:
            self.resolved.emit(self.incident_id)
