"""Today, the page the app opens on: the burnout level and why, what needs attention, the trend.

Also a one-line gratitude prompt and one past lesson brought back (a different one each day).
The indicators are computed off the GUI thread by a `Worker` (its own sessions), so the page
shows at once and fills in when the numbers arrive; a newer refresh supersedes an older one.
What the page cannot do itself it asks for with signals, which MainWindow (issue-4-window)
connects when it is the parent: the journal filtered to a reason's events, the interaction
editor preset with a client, an incident on the Incidents page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.domain.indicators import Reminder, Status
from journal.domain.indicators import Signal as IndicatorSignal
from journal.domain.records import Lesson
from journal.domain.validation import InvalidInput
from journal.services import attention, capture, formats, indicators_snooze, lessons, meetings, text
from journal.services.timeline import TimelineFilter
from journal.store.db import Journal
from journal.ui.dialogs.checkin import CheckinDialog
from journal.ui.host import WindowHost
from journal.ui.pages.support import (
    announce_change,
    listen_to_journal,
    rebuild_later,
    refresh_if_stale,
    replace_body,
    show_field_error,
)
from journal.ui.widgets.attention import AttentionList
from journal.ui.widgets.chart import TrendChart
from journal.ui.widgets.level_card import LevelCard
from journal.ui.widgets.meetings_to_log import MeetingsToLog
from journal.ui.workers import Worker


@dataclass(frozen=True)
class TodayData:
    status: Status
    attention: tuple[Reminder, ...]  # the status's reminders less the snoozed ones
    lesson: Lesson | None
    meetings: tuple = ()  # meetings to log (store.meetings.MeetingRow), oldest first


def compute_today(journal: Journal, day: date, **_worker: Any) -> TodayData:
    """Everything Today shows, read in the worker's own sessions."""
    status, visible = attention.due(journal, day)  # the one function Today, status and the tray use
    visible = tuple(r for r in visible if r.kind != "meeting")  # meetings to log have their own widget
    to_log = tuple(meetings.to_log(journal, day))
    return TodayData(status, visible, lessons.lesson_of_the_day(journal, day), to_log)


def reason_filter(signal: IndicatorSignal, status: Status) -> TimelineFilter:
    """The journal entries a reason counts: the window's pressure events, or its check-ins."""
    first = status.as_of - timedelta(days=status.window_days - 1)
    if signal.name == "client_burnout_score":
        return TimelineFilter(kinds=("checkin",), date_from=first, date_to=status.as_of)
    return TimelineFilter(kinds=("interaction",), pressure_only=True, date_from=first, date_to=status.as_of)


def _heading(text_: str) -> QLabel:
    label = QLabel(text_)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


class TodayPage(QWidget):
    """The level card, needs attention, the 12-week trend, the gratitude prompt, a past lesson."""

    status_ready = Signal(object)  # TodayData, after each refresh
    journal_requested = Signal(object)  # TimelineFilter
    contact_requested = Signal(str)  # client id: log an interaction with them
    incident_requested = Signal(str)  # incident id

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.as_of: date | None = None  # None: today's date at each refresh
        self.data: TodayData | None = None
        self.worker: Worker | None = None
        self.running: set[Worker] = set()  # kept alive until finished (the pool does not own them)
        self.generation = 0
        self.checkin_dialog: CheckinDialog | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self._build()
        self._connect_window(parent)
        listen_to_journal(self, parent, self.refresh)
        self.refresh()

    def _build(self) -> None:
        """Every widget of the page, in the language in force (again after a language change)."""
        self.title = QLabel(self.tr("Today"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.card = LevelCard()
        self.card.reason_clicked.connect(self._reason_clicked)
        self.attention = AttentionList()
        self.attention.acted.connect(self.act)
        self.meetings = MeetingsToLog()  # meetings to log: its own widget (journal/ui/widgets/meetings_to_log.py)
        self.meetings.log_requested.connect(self.log_meeting)
        self.meetings.dismiss_requested.connect(self.dismiss_meeting)
        self.chart = TrendChart()
        self.chart.setMinimumHeight(250)
        self.chart.setMaximumHeight(340)

        self.gratitude = QLineEdit()
        self.gratitude.setPlaceholderText(self.tr("Irina, for signing off the layout so quickly"))
        self.gratitude.setAccessibleName(self.tr("Who are you grateful to today?"))
        self.gratitude.returnPressed.connect(self.save_gratitude)
        self.gratitude_save = QPushButton(self.tr("Save"))
        self.gratitude_save.clicked.connect(self.save_gratitude)
        self.gratitude_message = QLabel()
        self.gratitude_message.setWordWrap(True)
        self.gratitude.textEdited.connect(lambda: self.gratitude_message.clear())
        self.lesson_label = QLabel()
        self.lesson_label.setWordWrap(True)
        self.lesson_label.setTextFormat(Qt.TextFormat.RichText)
        self.lesson_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(_heading(self.tr("Who are you grateful to today?")))
        row = QHBoxLayout()
        row.addWidget(self.gratitude, 1)
        row.addWidget(self.gratitude_save)
        side_layout.addLayout(row)
        side_layout.addWidget(self.gratitude_message)
        side_layout.addSpacing(8)
        side_layout.addWidget(_heading(self.tr("A lesson you learned")))
        side_layout.addWidget(self.lesson_label, 1)

        content = QWidget()
        grid = QGridLayout(content)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.date_label)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.card, 1, 0)
        grid.addWidget(side, 1, 1)
        grid.addWidget(self.meetings, 2, 0, 1, 2)
        grid.addWidget(_heading(self.tr("Needs attention")), 3, 0, 1, 2)
        grid.addWidget(self.attention, 4, 0, 1, 2)
        grid.addWidget(_heading(self.tr("The last 12 weeks")), 5, 0, 1, 2)
        grid.addWidget(self.chart, 6, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(7, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.body = replace_body(self.outer, self.body, scroll)
        self.date_label.setText(formats.weekday(self.day()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.body is not None:
            rebuild_later(self, self._retranslate)
        elif event.type() == QEvent.Type.PaletteChange and self.body is not None:
            self.card.apply_colors()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._build()
        if self.data is not None:
            self._show(self.data, self.generation, force=True)

    # -- window ------------------------------------------------------------------------------

    def _connect_window(self, window: QWidget | None) -> None:
        """Route requests to MainWindow when it is the parent."""
        if not isinstance(window, WindowHost):
            return
        self.journal_requested.connect(lambda flt: window.show_journal(flt))
        self.contact_requested.connect(
            lambda client_id: window.open_editor("interaction", preset={"client_id": client_id})
        )

        def open_incident(incident_id: str) -> None:
            window.show_page("incidents")
            page = window.pages.get("incidents")
            if hasattr(page, "open_incident"):
                page.open_incident(incident_id)

        self.incident_requested.connect(open_incident)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        refresh_if_stale(self, self.refresh)
        super().showEvent(event)

    # -- data --------------------------------------------------------------------------------

    def day(self) -> date:
        return self.as_of or date.today()

    def refresh(self) -> None:
        """Recompute off the GUI thread; the newest request wins."""
        self.generation += 1
        generation = self.generation
        if self.worker is not None:
            self.worker.cancel()
        self.date_label.setText(formats.weekday(self.day()))
        worker = Worker(compute_today, self.journal, self.day())
        worker.signals.result.connect(lambda data, g=generation: self._show(data, g))
        worker.signals.failed.connect(lambda message: self.card.headline.setText(message))
        worker.signals.finished.connect(lambda w=worker: self.running.discard(w))
        self.worker = worker
        self.running.add(worker)
        worker.start()

    def _show(self, data: TodayData, generation: int, force: bool = False) -> None:
        if generation != self.generation:
            return
        if data == self.data and not force:  # nothing changed: no relayout, no repaint
            self.status_ready.emit(data)
            return
        self.data = data
        self.card.set_status(data.status)
        self.attention.set_reminders(data.attention)
        self.meetings.set_meetings(data.meetings)
        self.chart.set_weeks(data.status.trend)
        self.lesson_label.setText(self.lesson_html(data.lesson))
        self.status_ready.emit(data)

    def lesson_html(self, lesson: Lesson | None) -> str:
        if lesson is None:
            return self.tr("Lessons you write after trouble come back here, a different one each day.")
        parts = [
            f"<i>{html.escape(formats.day(lesson.written_on))}</i>",
        ]
        for heading, body in (
            (self.tr("What happened"), lesson.what_happened),
            (self.tr("The lesson"), lesson.lesson),
            (self.tr("Next time"), lesson.next_time),
        ):
            if body.strip():
                parts.append(f"<b>{html.escape(heading)}:</b> {html.escape(body.strip())}")
        return "<br>".join(parts)

    # -- actions -----------------------------------------------------------------------------

    def _reason_clicked(self, signal: IndicatorSignal) -> None:
        if self.data is not None:
            self.journal_requested.emit(reason_filter(signal, self.data.status))

    def act(self, action: str, reminder: Reminder) -> None:
        """Do what a reminder's button asks."""
        if action == "snooze":
            indicators_snooze.snooze(self.journal, reminder, self.day())
            announce_change(self, self.refresh)
        elif action == "done" and reminder.id:
            capture.set_follow_up_done(self.journal, reminder.id, True)
            announce_change(self, self.refresh)
        elif action == "contact" and reminder.client_id:
            self.contact_requested.emit(reminder.client_id)
        elif action == "incident" and reminder.id:
            self.incident_requested.emit(reminder.id)
        elif action == "checkin":
            self.open_checkin()
        elif action == "told" and reminder.id:
            capture.set_expressed(self.journal, reminder.id, True)
            announce_change(self, self.refresh)

    def log_meeting(self, row) -> QWidget | None:  # noqa: ANN001 - store.meetings.MeetingRow
        """ "Log how it went": the interaction editor, filled in; saving links the meeting."""
        from journal.ui.pages.today_meetings import open_log_editor

        return open_log_editor(self.journal, row, self.window(), lambda: announce_change(self, self.refresh))

    def focus_item(self, kind: str, item_id: str | None) -> None:
        """Bring one item into view with the keyboard on its button (a notification was clicked)."""
        if kind == "meeting":
            rows = self.meetings.rows
            meeting = self.meetings.row_of(item_id) if item_id else (rows[0] if rows else None)
            if meeting is not None:
                meeting.log.setFocus()
            return
        for row in self.attention.rows:
            if row.reminder.kind == kind and (item_id is None or row.reminder.id == item_id):
                row.action.setFocus()
                return

    def dismiss_meeting(self, row) -> None:  # noqa: ANN001 - store.meetings.MeetingRow
        """ "Didn't happen"."""
        meetings.dismiss(self.journal, row.key)
        announce_change(self, self.refresh)

    def open_checkin(self) -> CheckinDialog:
        dialog = CheckinDialog(self.journal, self, today=self.day())
        dialog.saved.connect(lambda _id: announce_change(self, self.refresh))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.checkin_dialog = dialog
        dialog.open()
        return dialog

    def save_gratitude(self) -> None:
        note = self.gratitude.text().strip()
        if not note:
            show_field_error(self.gratitude_message, self.tr("Write who you are grateful to, and for what."))
            return
        try:
            capture.save(self.journal, "gratitude", {"written_on": self.day().isoformat(), "text": note})
        except InvalidInput as exc:
            show_field_error(self.gratitude_message, "; ".join(text.problem_message(p) for p in exc.problems))
            return
        self.gratitude.clear()
        self.gratitude_message.setStyleSheet("")
        self.gratitude_message.setText(self.tr("Saved. If you can, tell them too."))
        announce_change(self, self.refresh)
