"""The Clients page: every client with their relationship label, last contact and cadence, and a
page per client with details, history, edit and archive.

The list is read once per change of the journal and filtered in memory as you type (names
are matched case-insensitively, Cyrillic included). Relationship labels come from the
indicators, computed on a worker thread so a large journal never stalls the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.domain.records import Client
from journal.services import capture, formats, indicators, timeline, vocabulary
from journal.services.rows import fold
from journal.services.text import label_text, settle_plural
from journal.store.db import Journal
from journal.ui.pages.support import rebuild_later
from journal.ui.workers import Worker

COL_NAME, COL_COMPANY, COL_LABEL, COL_LAST, COL_CADENCE = range(5)
HISTORY_PAGE = 100


@dataclass(frozen=True)
class ClientRow:
    client: Client
    last_contact: date | None
    label: str | None


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ClientRow] = []

    def set_rows(self, rows: list[ClientRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Relationship"),
                self.tr("Last contact"),
                self.tr("Cadence"),
            )
            return names[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.client.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return row.client.name + (self.tr(" (archived)") if row.client.archived else "")
        if column == COL_COMPANY:
            return row.client.company
        if column == COL_LABEL:
            return label_text(row.label) if row.label else ""
        if column == COL_LAST:
            if row.last_contact is None:
                return self.tr("never")
            return formats.short_day(row.last_contact)
        days = row.client.stay_in_touch_days
        return settle_plural(self.tr("every %n day(s)", "", days), days) if days else ""


def _labels(journal: Journal, progress=None, cancelled=None) -> dict[str, str]:  # noqa: ANN001 - worker signature
    return {row.id: row.label for row in indicators.status(journal).clients}


def _open_editor(widget: QWidget, journal: Journal, kind: str, entity_id: str | None, preset: dict | None = None):  # noqa: ANN202
    """Through the main window when there is one (it refreshes every page after a save)."""
    window = widget.window()
    if hasattr(window, "open_editor"):
        return window.open_editor(kind, entity_id, preset)
    from journal.ui.editors import open_editor

    return open_editor(journal, kind, entity_id, preset, widget)


class ClientView(QWidget):
    """One client: details, history newest first, and what can be done with them."""

    back = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.client: Client | None = None
        self.cursor: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.log_button = QPushButton()
        for button in (self.back_button, self.edit_button, self.archive_button, self.log_button):
            bar.addWidget(button)
        bar.addStretch()
        layout.addLayout(bar)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.history_label = QLabel()
        layout.addWidget(self.history_label)
        self.history = QListWidget()
        self.history_label.setBuddy(self.history)
        layout.addWidget(self.history, 1)
        self.more = QPushButton()
        layout.addWidget(self.more)
        self.retranslate()
        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(self.edit)
        self.log_button.clicked.connect(self.log_interaction)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.more.clicked.connect(self.load_more)
        self.history.itemActivated.connect(self.open_entry)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All clients"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.log_button.setText(self.tr("&Log an interaction…"))
        self.history_label.setText(self.tr("History"))
        self.history.setAccessibleName(self.tr("History with this client"))
        self.more.setText(self.tr("Show older entries"))
        if self.client is not None:
            self.show_client(self.client.id)  # details, dates and kinds in the new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            rebuild_later(self, self.retranslate)
        super().changeEvent(event)

    def edit(self) -> None:
        dialog = _open_editor(self, self.journal, "client", self.client.id)
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.show_client(self.client.id))

    def log_interaction(self) -> None:
        dialog = _open_editor(self, self.journal, "interaction", None, {"client_id": self.client.id})
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.show_client(self.client.id))

    def open_entry(self, item: QListWidgetItem) -> None:
        kind, entity_id = item.data(Qt.ItemDataRole.UserRole)
        _open_editor(self, self.journal, kind, entity_id)

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
        self.cursor = None
        self.load_more()

    def load_more(self) -> None:
        flt = timeline.TimelineFilter(client_id=self.client.id)
        entries = timeline.page(self.journal, flt, self.cursor, HISTORY_PAGE)
        for entry in entries:
            when = formats.short_moment(entry.when) if entry.kind == "interaction" else formats.short_day(entry.day)
            marks = "".join(f" · {vocabulary.pressure_mark(kind, response)}" for kind, response in entry.pressure)
            item = QListWidgetItem(f"{when} · {vocabulary.entry_kind(entry.kind)} · {entry.title}{marks}")
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
            self.history.addItem(item)
        if entries:
            self.cursor = entries[-1].cursor
        self.more.setVisible(len(entries) == HISTORY_PAGE)

    def toggle_archived(self) -> None:
        capture.set_archived(self.journal, self.client.id, not self.client.archived)
        window = self.window()
        if hasattr(window, "journal_changed"):
            window.journal_changed.emit()
        self.show_client(self.client.id)


class ClientsPage(QWidget):
    """The list of clients and, one click away, a client's own page."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.all_rows: list[ClientRow] = []
        self.labels: dict[str, str] = {}
        self._workers: set[Worker] = set()  # kept alive until they finish
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox()
        self.new_button = QPushButton()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.model = ClientTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.stack.addWidget(list_page)
        self.view = ClientView(journal)
        self.stack.addWidget(self.view)

        self.search.textChanged.connect(self.apply_filter)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_client)
        self.table.activated.connect(lambda index: self.open_client(index.data(Qt.ItemDataRole.UserRole)))
        self.view.back.connect(self.show_list)
        self.retranslate()
        if parent is not None and hasattr(parent, "journal_changed"):
            parent.journal_changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search clients by name or company"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("&New client…"))
        self.table.setAccessibleName(self.tr("Clients"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            rebuild_later(self, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.apply_filter()  # labels, dates and cadences in the new language

    def refresh(self) -> None:
        """Re-read the clients (after any change to the journal); labels follow on a worker."""
        contacts = capture.last_contacts(self.journal)
        clients = capture.list_clients(self.journal, include_archived=self.show_archived.isChecked())
        self.all_rows = [
            ClientRow(
                c, datetime.fromtimestamp(contacts[c.id]).date() if c.id in contacts else None, self.labels.get(c.id)
            )
            for c in clients
        ]
        self.apply_filter()
        worker = Worker(_labels, self.journal)
        worker.signals.result.connect(self._labels_ready)
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        worker.start()
        if self.stack.currentWidget() is self.view and self.view.client is not None:
            self.view.show_client(self.view.client.id)

    def _labels_ready(self, found: dict[str, str]) -> None:
        self.labels = found
        self.all_rows = [ClientRow(r.client, r.last_contact, found.get(r.client.id)) for r in self.all_rows]
        self.apply_filter()

    def apply_filter(self) -> None:
        needle = fold(self.search.text().strip())
        shown = [r for r in self.all_rows if needle in fold(r.client.name) or needle in fold(r.client.company)]
        self.model.set_rows(shown)

    def open_client(self, client_id: str) -> None:
        self.view.show_client(client_id)
        self.stack.setCurrentWidget(self.view)
        self.view.history.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    def new_client(self) -> None:
        dialog = _open_editor(self, self.journal, "client", None)
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.refresh())
