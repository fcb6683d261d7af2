"""Today's "Meetings to log": calendar meetings of the last 7 days not yet logged or dismissed.

One row per meeting, oldest first: its title, when (in the interface language), who, and two
buttons: "Log how it went" (the interaction editor, filled in) and "Didn't happen". The
widget only says what was asked (`log_requested(row)`, `dismiss_requested(row)`); TodayPage
does it. It hides itself when there is nothing to log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.ui.qt_dates import qdate, qtime
from journal.ui.widgets.heading import heading

if TYPE_CHECKING:  # SQLAlchemy is imported on first use (the detail pane imports this module early)
    from journal.store.db import Journal
    from journal.store.meetings import MeetingRow


class MeetingRowWidget(QFrame):
    """One meeting: title, "Tue 24 Nov, 10:00–10:30 · Irina Petrova", and its two actions."""

    def __init__(self, row: MeetingRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(row.title or self.tr("(no title)"))
        self.title.setWordWrap(True)
        self.detail = QLabel(self.detail_text())
        self.detail.setWordWrap(True)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        self.log = QPushButton(self.tr("Log how it went"))
        self.log.setAccessibleName(f"{self.log.text()}: {self.title.text()}")
        self.dismiss = QPushButton(self.tr("Didn't happen"))
        self.dismiss.setFlat(True)
        self.dismiss.setAccessibleName(f"{self.dismiss.text()}: {self.title.text()}")
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        layout.addWidget(self.log)
        layout.addWidget(self.dismiss)

    def when_text(self) -> str:
        start = datetime.fromisoformat(self.row.starts_at).astimezone()
        end = datetime.fromisoformat(self.row.ends_at).astimezone()
        locale = QLocale()
        day = locale.toString(qdate(start.date()), "ddd d MMM")
        times = f"{locale.toString(qtime(start.time()), QLocale.FormatType.ShortFormat)}–"
        times += locale.toString(qtime(end.time()), QLocale.FormatType.ShortFormat)
        return f"{day}, {times}"

    def detail_text(self) -> str:
        from journal.services import meetings

        who = self.row.client_name
        if not who:
            people = [a.name or a.email or "" for a in meetings.attendees(self.row)]
            shown = ", ".join(p for p in people[:3] if p)
            who = self.tr("with {people} · no client matched").format(people=shown) if shown else ""
        return " · ".join(part for part in (self.when_text(), who) if part)


class MeetingsToLog(QWidget):
    """The heading and the rows; hidden when there is nothing to log."""

    log_requested = Signal(object)  # MeetingRow
    dismiss_requested = Signal(object)  # MeetingRow

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.meetings: tuple[MeetingRow, ...] = ()
        self.rows: list[MeetingRowWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(self.tr("Meetings to log"))
        self.layout_.addWidget(self.heading)
        self.setVisible(False)

    def set_meetings(self, found: Sequence[MeetingRow]) -> None:
        if tuple(found) == self.meetings and (self.rows or not found):
            return
        self.meetings = tuple(found)
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for meeting in self.meetings:
            widget = MeetingRowWidget(meeting, self)
            widget.log.clicked.connect(lambda _=False, m=meeting: self.log_requested.emit(m))
            widget.dismiss.clicked.connect(lambda _=False, m=meeting: self.dismiss_requested.emit(m))
            self.layout_.addWidget(widget)
            self.rows.append(widget)
        self.heading.setText(self.tr("Meetings to log (%n)", "", len(self.meetings)))
        self.setVisible(bool(self.meetings))

    def row_of(self, key: str) -> MeetingRowWidget | None:
        return next((r for r in self.rows if r.row.key == key), None)


class CalendarOrigin(QObject):
    """How an interaction's page says it was logged from a calendar meeting."""

    def row(self, journal: Journal, interaction_id: str) -> tuple[str, str | None]:
        from journal.services import meetings

        meeting = meetings.of_interaction(journal, interaction_id)
        if meeting is None:
            return self.tr("From the calendar"), None
        start = datetime.fromisoformat(meeting.starts_at).astimezone()
        when = QLocale().toString(qdate(start.date()), QLocale.FormatType.LongFormat)
        return self.tr("From the calendar"), self.tr("«{title}», {day}").format(title=meeting.title, day=when)


def calendar_origin(journal: Journal, interaction_id: str) -> tuple[str, str | None]:
    """(label, value) for the detail pane; the value is None when it was not logged from a meeting."""
    return CalendarOrigin().row(journal, interaction_id)
