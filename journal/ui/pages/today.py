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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
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
from journal.ui.widgets.heading import HALF, SPACE, heading, page_margins, title
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
        """Every widget of the page, in the language in force (again after a language change).

        Two columns share the height, so the page itself never scrolls from 1024×700 up: on the
        left the level card and, under it, what needs attention (that list scrolls); on the
        right the 12-week chart (it takes the height that is left), the gratitude prompt and
        the lesson.
        """
        self.title = title(self.tr("Today"))
        self.date_label = QLabel()
        self.card = LevelCard()
        self.card.reason_clicked.connect(self._reason_clicked)
        self.attention = AttentionList()
        self.attention.acted.connect(self.act)
        self.meetings = MeetingsToLog()  # meetings to log: its own widget (journal/ui/widgets/meetings_to_log.py)
        self.meetings.log_requested.connect(self.log_meeting)
        self.meetings.dismiss_requested.connect(self.dismiss_meeting)
        self.chart = TrendChart()
        self.chart.setMinimumHeight(160)
        self.empty_state = self._empty_state()
        self.chart_stack = QStackedWidget()  # the chart, or a first step while the journal is empty
        self.chart_stack.addWidget(self.chart)
        self.chart_stack.addWidget(self.empty_state)

        self.gratitude = QLineEdit()
        self.gratitude.setPlaceholderText(self.tr("Irina, for signing off the layout so quickly"))
        self.gratitude.setAccessibleName(self.tr("Who are you grateful to today?"))
        self.gratitude.returnPressed.connect(self.save_gratitude)
        self.gratitude_save = QPushButton(self.tr("Save"))
        self.gratitude_save.clicked.connect(self.save_gratitude)
        self.gratitude_message = QLabel()
        self.gratitude_message.setWordWrap(True)
        self.gratitude_message.hide()
        self.gratitude.textEdited.connect(lambda: self.gratitude_message.hide())
        self.lesson_label = QLabel()
        self.lesson_label.setWordWrap(True)
        self.lesson_label.setTextFormat(Qt.TextFormat.RichText)
        self.lesson_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, HALF, 0)
        lists_layout.setSpacing(SPACE)
        lists_layout.addWidget(self.meetings)
        lists_layout.addWidget(self.attention)
        lists_layout.addStretch(1)
        self.lists = QScrollArea()  # the attention list scrolls, not the page
        self.lists.setObjectName("todayLists")
        self.lists.setWidgetResizable(True)
        self.lists.setFrameShape(QFrame.Shape.NoFrame)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.setWidget(lists)
        self.lists.setMinimumHeight(96)

        left = QVBoxLayout()
        left.setSpacing(SPACE)
        left.addWidget(self.card)
        left.addWidget(heading(self.tr("Needs attention")))
        left.addWidget(self.lists, 1)

        gratitude_row = QHBoxLayout()
        gratitude_row.setSpacing(SPACE)
        gratitude_row.addWidget(self.gratitude, 1)
        gratitude_row.addWidget(self.gratitude_save)
        right = QVBoxLayout()
        right.setSpacing(SPACE)
        self.chart_heading = heading(self.tr("The last 12 weeks"))
        right.addWidget(self.chart_heading)
        right.addWidget(self.chart_stack, 1)
        right.addSpacing(SPACE)
        right.addWidget(heading(self.tr("Who are you grateful to today?")))
        right.addLayout(gratitude_row)
        right.addWidget(self.gratitude_message)
        right.addSpacing(SPACE)
        right.addWidget(heading(self.tr("A lesson you learned")))
        right.addWidget(self.lesson_label)

        content = QWidget()
        column = QVBoxLayout(content)
        page_margins(column)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.date_label)
        column.addLayout(header)
        columns = QHBoxLayout()
        columns.setSpacing(3 * SPACE)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        column.addLayout(columns, 1)
        self.page_scroll = QScrollArea()  # only for a window far smaller than 1024×700
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(content)
        self.body = replace_body(self.outer, self.body, self.page_scroll)
        self.date_label.setText(formats.weekday(self.day()))

    def _empty_state(self) -> QFrame:
        """What an empty journal shows where the chart will be: what to do first, one click away."""
        frame = QFrame()
        frame.setObjectName("todayEmpty")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
        layout.setSpacing(SPACE)
        words = QLabel(
            self.tr(
                "Your journal is empty, and that is a fine start. Log the next call, meeting or email with a"
                " client as it happens (Ctrl+N): a few words are enough. Your level, the reminders and this"
                " chart grow from what you write."
            )
        )
        words.setWordWrap(True)
        self.first_interaction = QPushButton(self.tr("Log an interaction…"))
        self.first_interaction.setDefault(True)
        self.first_client = QPushButton(self.tr("Add a client…"))
        self.first_interaction.clicked.connect(lambda: self._open_window_editor("interaction"))
        self.first_client.clicked.connect(lambda: self._open_window_editor("client"))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE)
        buttons.addWidget(self.first_interaction)
        buttons.addWidget(self.first_client)
        buttons.addStretch(1)
        layout.addWidget(words)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    def _open_window_editor(self, kind: str) -> None:
        window = self.window()
        if hasattr(window, "open_editor"):
            window.open_editor(kind)

    def is_empty(self) -> bool:
        """Nothing logged in the 12 weeks: the page shows its first steps instead of a flat chart."""
        data = self.data
        if data is None or data.status.level != "unknown":
            return False
        return not any(w.interactions or w.pressure or w.gratitude for w in data.status.trend)

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
        empty = self.is_empty()
        self.chart_stack.setCurrentWidget(self.empty_state if empty else self.chart)
        self.chart_heading.setText(self.tr("Getting started") if empty else self.tr("The last 12 weeks"))
        self.lesson_label.setText(self.lesson_html(data.lesson))
        self.status_ready.emit(data)

    def lesson_html(self, lesson: Lesson | None) -> str:
        if lesson is None:
            return self.tr("Lessons you write after trouble come back here, a different one each day.")
        parts = [
            f"<i>{html.escape(formats.day(lesson.written_on))}</i>",
        ]
        for name, body in (
            (self.tr("What happened"), lesson.what_happened),
            (self.tr("The lesson"), lesson.lesson),
            (self.tr("Next time"), lesson.next_time),
        ):
            if body.strip():
                parts.append(f"<b>{html.escape(name)}:</b> {html.escape(body.strip())}")
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
        self.gratitude_message.show()
        announce_change(self, self.refresh)
