"""The Clients page: every client with their relationship label (its meaning on hover), unpaid
hours of the last 90 days and what they cost, last contact and cadence; a client's own page
(`client_page.py`) one click away.

The list is read once per change of the journal and filtered in memory as you type (names
are matched case-insensitively, Cyrillic included). Relationship labels come from the
indicators, computed on a worker thread so a large journal never stalls the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.domain.indicators import ClientRelation
from journal.domain.records import Client
from journal.export.client_story import label_with_mark
from journal.services import capture, formats, indicators
from journal.services.rows import fold
from journal.services.story_text import label_explained_text, money
from journal.services.text import number, settle_plural
from journal.store.db import Journal
from journal.ui.pages.client_page import ClientView, open_editor
from journal.ui.pages.support import rebuild_later
from journal.ui.widgets.heading import SPACE, page_margins
from journal.ui.workers import Worker

COL_NAME, COL_COMPANY, COL_LABEL, COL_UNPAID, COL_LAST, COL_CADENCE = range(6)


@dataclass(frozen=True)
class ClientRow:
    client: Client
    last_contact: date | None
    relation: ClientRelation | None  # the 90-day row of the indicators; None until counted, or without one
    currency: str = ""

    @property
    def label(self) -> str | None:
        return self.relation.label if self.relation else None


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
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Relationship"),
                self.tr("Unpaid, 90 days"),
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
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LABEL and row.label:
            return label_explained_text(row.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_UNPAID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NAME:
            return row.client.name + (self.tr(" (archived)") if row.client.archived else "")
        if column == COL_COMPANY:
            return row.client.company
        if column == COL_LABEL:
            return label_with_mark(row.label) if row.label else ""
        if column == COL_UNPAID:
            return self.unpaid(row)
        if column == COL_LAST:
            if row.last_contact is None:
                return self.tr("never")
            return formats.short_day(row.last_contact)
        days = row.client.stay_in_touch_days
        return settle_plural(self.tr("every %n day(s)", "", days), days) if days else ""

    def unpaid(self, row: ClientRow) -> str:
        """'7.5 h · 22 500 ₽' (the money only with an hourly rate); empty without pushes or a row."""
        relation = row.relation
        if relation is None or not relation.unpaid_hours:
            return ""
        hours = self.tr("%1 h").replace("%1", number(relation.unpaid_hours, 1))
        return hours if relation.cost is None else f"{hours} · {money(relation.cost, row.currency)}"


def _relations(journal: Journal, progress=None, cancelled=None) -> tuple[dict[str, ClientRelation], str]:  # noqa: ANN001
    status = indicators.status(journal)
    return {row.id: row for row in status.clients}, status.rate.currency


class ClientsPage(QWidget):
    """The list of clients and, one click away, a client's own page."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.all_rows: list[ClientRow] = []
        self.relations: dict[str, ClientRelation] = {}
        self.currency = ""
        self._workers: set[Worker] = set()  # kept alive until they finish
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        page_margins(layout)
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
        # every column as wide as its words (header included) in the language in force; the last
        # one takes what is left, so no header is clipped and names do not take the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
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
        self.empty.setText(
            self.tr(
                "No clients yet. Add one with New client…, or just log an interaction: a new name creates the client."
            )
        )

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
                c,
                datetime.fromtimestamp(contacts[c.id]).date() if c.id in contacts else None,
                self.relations.get(c.id),
                self.currency,
            )
            for c in clients
        ]
        self.apply_filter()
        worker = Worker(_relations, self.journal)
        worker.signals.result.connect(self._relations_ready)
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        worker.start()
        if self.stack.currentWidget() is self.view and self.view.client is not None:
            self.view.show_client(self.view.client.id)

    @property
    def labels(self) -> dict[str, str]:
        """Client id → relationship label, for the clients that have one."""
        return {client_id: relation.label for client_id, relation in self.relations.items()}

    def _relations_ready(self, found: tuple[dict[str, ClientRelation], str]) -> None:
        self.relations, self.currency = found
        self.all_rows = [
            ClientRow(r.client, r.last_contact, self.relations.get(r.client.id), self.currency) for r in self.all_rows
        ]
        self.apply_filter()

    def apply_filter(self) -> None:
        needle = fold(self.search.text().strip())
        shown = [r for r in self.all_rows if needle in fold(r.client.name) or needle in fold(r.client.company)]
        self.model.set_rows(shown)
        none_at_all = not self.all_rows and not needle
        self.table.setVisible(not none_at_all)
        self.empty.setVisible(none_at_all)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its widest words, header included, plus 16 px of air."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, header.sectionSize(column) + 2 * SPACE)

    def open_client(self, client_id: str) -> None:
        self.view.show_client(client_id)
        self.stack.setCurrentWidget(self.view)
        self.view.history.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    def new_client(self) -> None:
        dialog = open_editor(self, self.journal, "client", None)
        if dialog is not None:
            dialog.saved.connect(lambda *_: self.refresh())
