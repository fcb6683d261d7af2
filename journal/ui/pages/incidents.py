"""The Incidents page: open and resolved incidents with their age, beside the six-step guided form.

Open incidents are listed first (those waiting longest on top, a due follow-up said in words),
then resolved ones with how long they took. Selecting one loads it into `IncidentForm`;
"New incident" starts a blank one. Reads through `journal.services.incidents`, writes through
the form (`journal.services.capture`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.services import incidents
from journal.services.incidents import IncidentItem
from journal.services.text import settle_plural
from journal.store.db import Journal
from journal.ui.pages.incident_form import IncidentForm
from journal.ui.pages.support import announce_change, listen_to_journal, rebuild_later, refresh_if_stale, replace_body
from journal.ui.widgets.heading import SPACE, page_margins
from journal.ui.widgets.heading import title as page_title

ID_ROLE = Qt.ItemDataRole.UserRole


class IncidentsPage(QWidget):
    """Incidents listed by state and age; the selected one (or a new one) in the guided form."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.items: list[IncidentItem] = []
        self.chose_new = False  # "New incident" was pressed: a refresh must not swap the blank form away
        self.outer = QVBoxLayout(self)
        page_margins(self.outer)
        self.body: QWidget | None = None
        self._build()
        listen_to_journal(self, parent, self.refresh)
        self.refresh()

    def _build(self) -> None:
        """Every widget of the page, in the language in force (again after a language change)."""
        title = page_title(self.tr("Incidents"))
        self.new_button = QPushButton(self.tr("New incident"))
        self.new_button.clicked.connect(self.start_new)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Incident"), self.tr("Client"), self.tr("Age")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setMinimumSectionSize(60)
        self.tree.setMinimumWidth(380)
        self.tree.setRootIsDecorated(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Incidents"))
        self.tree.currentItemChanged.connect(self._selected)
        self.empty = QLabel(
            self.tr("No incidents yet. When a client is upset, open one and work through the six steps.")
        )
        self.empty.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty)

        self.form = IncidentForm(self.journal)
        self.form.saved.connect(self._form_saved)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 520])
        self.body = replace_body(self.outer, self.body, splitter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.body is not None:
            rebuild_later(self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Rebuild in the new words, keeping whatever the form holds (saved or not)."""
        state = self.form.snapshot()
        self._build()
        self.refresh()
        self.form.restore(state)
        if state["incident_id"]:
            self.tree.blockSignals(True)
            self.select(state["incident_id"])
            self.tree.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        refresh_if_stale(self, self.refresh)
        super().showEvent(event)

    def age_text(self, item: IncidentItem, today: date) -> str:
        days = item.age_days(today)
        if item.is_open:
            text = self.tr("opened today") if days == 0 else settle_plural(self.tr("open %n day(s)", "", days), days)
            follow_up = item.incident.follow_up_on
            if follow_up is not None and follow_up <= today:
                text += " · " + self.tr("follow-up due")
            return text
        if days == 0:
            return self.tr("resolved the same day")
        return settle_plural(self.tr("resolved in %n day(s)", "", days), days)

    def refresh(self) -> None:
        """Reload the list (keeping the selection) and the form's client list."""
        current = self.form.incident_id
        self.items = incidents.list_incidents(self.journal)
        today = date.today()
        self.tree.blockSignals(True)
        self.tree.clear()
        open_count = sum(1 for i in self.items if i.is_open)
        groups = {
            True: QTreeWidgetItem([self.tr("Open (%1)").replace("%1", str(open_count))]),
            False: QTreeWidgetItem([self.tr("Resolved (%1)").replace("%1", str(len(self.items) - open_count))]),
        }
        for group in groups.values():
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        for item in self.items:
            row = QTreeWidgetItem([item.incident.title, item.client_name, self.age_text(item, today)])
            row.setData(0, ID_ROLE, item.incident.id)
            for column in range(3):
                row.setToolTip(column, row.text(column))
            groups[item.is_open].addChild(row)
        self.tree.expandAll()
        for column, widest in ((1, 160), (2, 190)):  # the title takes the rest, elided, whole in its tooltip
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column) + SPACE, widest))
        self.tree.blockSignals(False)
        self.empty.setVisible(not self.items)
        self.form.reload_clients()
        if current:
            self.select(current)
        elif (
            self.form.is_blank() and not self.chose_new
        ):  # the page opens on the incident waiting longest, not a blank form
            waiting = next((row for row in self.rows() if self._is_open(row)), None)
            if waiting is not None:
                self.tree.setCurrentItem(waiting)

    def _is_open(self, row: QTreeWidgetItem) -> bool:
        item = next((i for i in self.items if i.incident.id == row.data(0, ID_ROLE)), None)
        return item is not None and item.is_open

    def rows(self) -> list[QTreeWidgetItem]:
        """Every incident row, in the order shown."""
        found: list[QTreeWidgetItem] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                found += [row for i in range(group.childCount()) if (row := group.child(i)) is not None]
        return found

    def select(self, incident_id: str) -> bool:
        for row in self.rows():
            if row.data(0, ID_ROLE) == incident_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def open_incident(self, incident_id: str) -> None:
        """Show this incident in the form (used by Today's "Open the incident")."""
        if not self.select(incident_id):
            self.refresh()
            self.select(incident_id)

    def start_new(self, client_id: str | None = None) -> None:
        self.chose_new = True
        self.tree.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes None (no current item); the stub not
        self.form.new_incident(client_id if isinstance(client_id, str) else None)
        self.form.title.setFocus()

    def _selected(self, row: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        incident_id = row.data(0, ID_ROLE) if row is not None else None
        if not incident_id:
            return
        item = next((i for i in self.items if i.incident.id == incident_id), None)
        if item is not None and item.incident.id != self.form.incident_id:
            self.chose_new = False
            self.form.load(item.incident)

    def _form_saved(self, _incident_id: str) -> None:
        announce_change(self, self.refresh)
