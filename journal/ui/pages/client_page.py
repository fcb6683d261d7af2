"""A client's own page, the one a manager opens before a call: the story first, then the history.

From the top: the client's name and contacts; the relationship label and what it means (a
drifting client is said kindly, with «Log a contact» beside it); the figures of the last 90
days (interactions, pushes conceded / negotiated / held, unpaid hours and what they cost,
good signs, promises kept, mean mood); twelve months of pushes by response with the mean mood
(the chart the client's PDF draws too); whether holding the line changed anything, shown only
with enough data; the open promises and incidents; then every entry, newest first. The story is
counted on a worker thread (`services.client_story`), so a large journal never stalls the page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.domain.records import Client
from journal.export.client_story import figures_html, label_html, open_html, words
from journal.services import capture, formats, timeline, vocabulary
from journal.services.client_story import ClientStory, client_story
from journal.services.story_text import holding_text
from journal.services.text import settle_plural
from journal.store.db import Journal
from journal.ui import labels
from journal.ui.host import WindowHost
from journal.ui.pages.support import rebuild_later
from journal.ui.widgets.client_chart import ClientChart
from journal.ui.widgets.heading import heading
from journal.ui.workers import Worker

HISTORY_PAGE = 100


def open_editor(widget: QWidget, journal: Journal, kind: str, entity_id: str | None, preset: dict | None = None):  # noqa: ANN201
    """Through the main window when there is one (it refreshes every page after a save)."""
    window = widget.window()
    if hasattr(window, "open_editor"):
        return window.open_editor(kind, entity_id, preset)
    from journal.ui.editors import open_editor as open_dialog

    return open_dialog(journal, kind, entity_id, preset, widget)


class ClientView(QWidget):
    """One client: their story, then their history newest first, and what can be done with them."""

    back = Signal()
    story_ready = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.client: Client | None = None
        self.story: ClientStory | None = None
        self.history_cursor: tuple[int, int] | None = None  # where the history's next page starts
        self._workers: set[Worker] = set()
        self._generation = 0
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.log_button = QPushButton()
        for button in (self.back_button, self.edit_button, self.archive_button, self.log_button):
            bar.addWidget(button)
        bar.addStretch()
        outer.addLayout(bar)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        label_row = QHBoxLayout()
        self.label_line = QLabel()
        self.label_line.setWordWrap(True)
        self.label_line.setTextFormat(Qt.TextFormat.RichText)
        self.contact_button = QPushButton()
        self.contact_button.hide()
        label_row.addWidget(self.label_line, 1)
        label_row.addWidget(self.contact_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(label_row)
        self.figures_heading = heading("", 1.1)
        layout.addWidget(self.figures_heading)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.chart_heading = heading("", 1.1)
        layout.addWidget(self.chart_heading)
        self.chart = ClientChart()
        layout.addWidget(self.chart)
        self.holding = QLabel()
        self.holding.setWordWrap(True)
        layout.addWidget(self.holding)
        self.open_heading = heading("", 1.1)
        layout.addWidget(self.open_heading)
        self.open_items = QLabel()
        self.open_items.setWordWrap(True)
        self.open_items.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.open_items)
        self.history_label = heading("", 1.1)
        layout.addWidget(self.history_label)
        self.history = QListWidget()
        self.history.setMinimumHeight(260)
        self.history_label.setBuddy(self.history)
        layout.addWidget(self.history, 1)
        self.more = QPushButton()
        layout.addWidget(self.more)
        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(self.edit)
        self.log_button.clicked.connect(self.log_interaction)
        self.contact_button.clicked.connect(self.log_interaction)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.more.clicked.connect(self.load_more)
        self.history.itemActivated.connect(self.open_entry)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All clients"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.log_button.setText(self.tr("&Log an interaction…"))
        self.contact_button.setText(self.tr("Log a contact"))
        self.figures_heading.setText(words.span_heading())
        self.chart_heading.setText(words.chart_heading())
        self.open_heading.setText(words.open_heading())
        self.history_label.setText(self.tr("History"))
        self.history.setAccessibleName(self.tr("History with this client"))
        self.more.setText(self.tr("Show older entries"))
        if self.client is not None:
            self.show_client(self.client.id)  # details, dates, kinds and the story in the new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            rebuild_later(self, self.retranslate)
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def edit(self) -> None:
        if self.client is None:  # no client shown (it was deleted)
            return
        client_id = self.client.id
        dialog = open_editor(self, self.journal, "client", client_id)
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.show_client(client_id))

    def log_interaction(self) -> QWidget | None:
        if self.client is None:
            return None
        client_id = self.client.id
        dialog = open_editor(self, self.journal, "interaction", None, {"client_id": client_id})
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.show_client(client_id))
        return dialog

    def open_entry(self, item: QListWidgetItem) -> None:
        kind, entity_id = item.data(Qt.ItemDataRole.UserRole)
        open_editor(self, self.journal, kind, entity_id)

    def toggle_archived(self) -> None:
        if self.client is None:
            return
        client_id = self.client.id
        capture.set_archived(self.journal, client_id, not self.client.archived)
        window = self.window()
        if isinstance(window, WindowHost):
            window.journal_changed.emit()
        self.show_client(client_id)

    # -- showing ---------------------------------------------------------------------------
    def show_client(self, client_id: str) -> None:
        self.client = capture.get(self.journal, "client", client_id)
        if self.client is None:
            self.back.emit()
            return
        c = self.client
        self.title.setText(f"<h2>{escape(c.name)}</h2>{escape(c.company)}")
        lines = [value for value in (c.email, c.phone) if value]
        if c.stay_in_touch_days:
            days = c.stay_in_touch_days
            lines.append(settle_plural(self.tr("Stay in touch every %n day(s)", "", days), days))
        if c.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(c.tags)))
        if c.notes:
            lines.append(c.notes)
        self.details.setText("\n".join(lines))
        self.archive_button.setText(self.tr("Unarchive") if c.archived else self.tr("Archive"))
        self.history.clear()
        self.history_cursor = None
        self.load_more()
        self._count_story(client_id)

    def _count_story(self, client_id: str) -> None:
        self._generation += 1
        generation = self._generation
        worker = Worker(client_story, self.journal, client_id)
        worker.signals.result.connect(lambda story: self._story_ready(story, generation))
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        worker.start()

    def _story_ready(self, story: ClientStory, generation: int) -> None:
        if generation != self._generation or self.client is None or story.client_id != self.client.id:
            return
        self.show_story(story)
        self.story_ready.emit()

    def show_story(self, story: ClientStory) -> None:
        self.story = story
        self.label_line.setText(label_html(story))
        self.contact_button.setVisible(story.label == "drifting")
        self.figures.setText(figures_html(story))
        self.chart.set_months(story.months)
        self.holding.setText(holding_text(story.holding) if story.holding is not None else "")
        self.holding.setVisible(story.holding is not None)
        self.open_items.setText(open_html(story))

    def load_more(self) -> None:
        if self.client is None:
            return
        flt = timeline.TimelineFilter(client_id=self.client.id)
        entries = timeline.page(self.journal, flt, self.history_cursor, HISTORY_PAGE)
        for entry in entries:
            when = formats.short_moment(entry.when) if entry.kind == "interaction" else formats.short_day(entry.day)
            marks = "".join(f" · {vocabulary.pressure_mark(kind, response)}" for kind, response in entry.pressure)
            marks += "".join(
                f" · {labels.GOOD_SIGN_GLYPH} {vocabulary.lower_first(vocabulary.good_sign(code))}"
                for code in entry.signs
            )
            item = QListWidgetItem(f"{when} · {vocabulary.entry_kind(entry.kind)} · {entry.title}{marks}")
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
            self.history.addItem(item)
        if entries:
            self.history_cursor = entries[-1].cursor
        self.more.setVisible(len(entries) == HISTORY_PAGE)
