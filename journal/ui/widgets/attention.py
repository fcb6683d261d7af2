"""Today's "Needs attention" list: one row per reminder, with its action right there and a snooze.

Each reminder kind has its own action: a follow-up is marked done, an overdue client gets a
contact logged, an incident is opened, a due check-in is taken, an unsaid thank-you is marked
said («I told them»); any of them can be snoozed for a week. A promise's snooze says «Remind me
in a week»: it hides the reminder and never moves the day that was promised, and its words
must not suggest the client was told of a new date. The widget only says what was asked (`acted(action, reminder)`); TodayPage does it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.domain.indicators import Reminder
from journal.services import formats, text
from journal.ui.widgets.heading import HALF, SPACE, caption


def short_date(day: date) -> str:
    """'21 Jun' this year, '21 Jun 2025' otherwise, in the interface language."""
    return formats.short_day(day)


ACTIONS = {
    "follow_up": "done",
    "stay_in_touch": "contact",
    "incident": "incident",
    "checkin": "checkin",
    "thank": "told",
}


class ReminderRow(QFrame):
    """One reminder: its sentence, when it was due, its action and "Snooze a week"."""

    def __init__(self, reminder: Reminder, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminder = reminder
        self.setFrameShape(QFrame.Shape.StyledPanel)
        words = {
            "follow_up": self.tr("Mark done"),
            "stay_in_touch": self.tr("Log a contact"),
            "incident": self.tr("Open the incident"),
            "checkin": self.tr("Take the check-in"),
            "thank": self.tr("I told them"),
        }
        self.label = QLabel(text.reminder_text(reminder))
        self.label.setWordWrap(True)
        detail = self.detail_text()
        self.detail = QLabel(detail)
        caption(self.detail)
        self.detail.setWordWrap(True)  # narrows with the row instead of pushing the buttons out of view
        self.action = QPushButton(words[reminder.kind])
        self.action.setAccessibleName(f"{words[reminder.kind]}: {self.label.text()}")
        self.snooze = QPushButton(
            self.tr("Remind me in a week") if reminder.kind == "follow_up" else self.tr("Snooze a week")
        )
        self.snooze.setFlat(True)
        self.snooze.setAccessibleName(f"{self.snooze.text()}: {self.label.text()}")
        # the sentence has the row's whole width; the date and the buttons share the line under it
        layout = QGridLayout(self)
        layout.setContentsMargins(SPACE, HALF, SPACE, HALF)
        layout.setHorizontalSpacing(SPACE)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.label, 0, 0, 1, 3)
        layout.addWidget(self.detail, 1, 0)
        layout.addWidget(self.action, 1, 1)
        layout.addWidget(self.snooze, 1, 2)
        layout.setColumnStretch(0, 1)

    def detail_text(self) -> str:
        r = self.reminder
        parts = []
        if r.client_name and r.kind in ("follow_up", "incident"):
            parts.append(r.client_name)
        if r.due is not None and r.kind in ("follow_up", "incident"):
            parts.append(self.tr("due %1").replace("%1", short_date(r.due)))
        return " · ".join(parts)


class AttentionList(QWidget):
    """The reminders, oldest due first; rows are made only for the few shown (a journal may hold
    thousands of due follow-ups), more on request. `acted(action, reminder)` when a button is pressed."""

    acted = Signal(str, object)
    FIRST = 5
    STEP = 20

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminders: tuple[Reminder, ...] = ()
        self.rows: list[ReminderRow] = []
        self.shown = self.FIRST
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Nothing needs attention now."))
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.clicked.connect(lambda: self._show(self.shown + self.STEP))
        self.fewer = QPushButton(self.tr("Show fewer"))
        self.fewer.setFlat(True)
        self.fewer.clicked.connect(lambda: self._show(self.FIRST))
        buttons = QHBoxLayout()
        buttons.addWidget(self.more)
        buttons.addWidget(self.fewer)
        buttons.addStretch(1)
        self.layout_.addWidget(self.empty)
        self.layout_.addLayout(buttons)

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        if tuple(reminders) == self.reminders and (self.rows or not reminders):
            return  # unchanged: keep the rows (and the keyboard focus in them)
        self.reminders = tuple(reminders)
        self._show(self.shown)

    def _show(self, count: int) -> None:
        self.shown = max(count, self.FIRST)
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for reminder in self.reminders[: self.shown]:
            row = ReminderRow(reminder, self)
            row.action.clicked.connect(lambda _=False, r=reminder: self.acted.emit(ACTIONS[r.kind], r))
            row.snooze.clicked.connect(lambda _=False, r=reminder: self.acted.emit("snooze", r))
            self.layout_.insertWidget(len(self.rows), row)
            self.rows.append(row)
        left = len(self.reminders) - len(self.rows)
        self.empty.setVisible(not self.reminders)
        self.more.setVisible(left > 0)
        self.more.setText(
            self.tr("Show more (%1 of %2 shown)")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(len(self.reminders)))
        )
        self.fewer.setVisible(len(self.rows) > self.FIRST)

    def kinds(self) -> list[str]:
        """The kinds of every reminder listed, shown or not yet."""
        return [reminder.kind for reminder in self.reminders]
