"""The per-client table model for Insights: one row per client with interactions in the last 90 days.

Rows are the frozen `ClientRelation` records of a status (no database call in `data()`);
columns are the `COL_*` constants. Display text goes through QLocale and the catalogue; the
`SORT_ROLE` gives numbers (and the label's severity) so a QSortFilterProxyModel sorts right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from journal.domain.indicators import ClientRelation
from journal.services import text, vocabulary

COL_NAME, COL_LABEL, COL_INTERACTIONS, COL_PRESSURE, COL_RATE, COL_HOURS, COL_DISCOUNTS = range(7)
translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ORDER = {"bending": 0, "watch": 1, "partnership": 2}
LABEL_MARK = {"bending": "\u25bc", "watch": "\u25c6", "partnership": "\u25b2"}  # shape, not colour alone


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self.clients: list[ClientRelation] = []

    def set_clients(self, clients: Sequence[ClientRelation]) -> None:
        self.beginResetModel()
        self.clients = list(clients)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.clients)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("ClientTable", "Client"),
            translate("ClientTable", "Relationship"),
            translate("ClientTable", "Interactions"),
            translate("ClientTable", "Pressure events"),
            vocabulary.signal("concession_rate"),
            translate("ClientTable", "Unpaid hours"),
            translate("ClientTable", "Discounts conceded"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.clients[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return c.id
        if role == SORT_ROLE:
            return (
                c.name.casefold(),
                LABEL_ORDER.get(c.label, 3),
                c.interactions,
                c.pressure_events,
                -1.0 if c.concession_rate is None else c.concession_rate,
                c.unpaid_hours,
                c.discounts_conceded,
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return c.name
            if column == COL_LABEL:
                return f"{LABEL_MARK.get(c.label, '')} {text.label_text(c.label)}"
            if column == COL_RATE:
                return "—" if c.concession_rate is None else text.percent(c.concession_rate)
            if column == COL_HOURS:
                return text.number(c.unpaid_hours, 1)
            return text.number(
                (c.interactions, c.pressure_events, c.discounts_conceded)[column - 2 if column < 5 else 2]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_INTERACTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LABEL:
            return vocabulary.label_explanation(c.label)
        return None
