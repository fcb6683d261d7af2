"""A list of editable rows inside an editor (pressure events, good signs): added, removed, numbered.

Subclasses create their rows and say where focus goes; this keeps the rows in order, tells each
its position (so assistive technology names it "Pressure 2: note"), and gives their data and
their part of the tab order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from journal.ui.editors.base import Slot, error_label


class EditableRow(QFrame):
    """One row of a `RowList`: a framed panel with a Remove button and a line for its problems."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, section: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.slot = Slot((section,), error_label(self))

    def name_controls(self, position: int, names: dict[QWidget, str]) -> None:
        """Point the problem line at this row and name its controls ("… %1 …") by its position."""
        self.slot.paths = (f"{self.section}[{position}]",)
        for widget, name in names.items():
            widget.setAccessibleName(name.replace("%1", str(position + 1)))


class RowList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)

    def insert(self, row: Any) -> Any:
        """Put a new row at the end and connect it (it has `changed` and `remove_requested`)."""
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._renumber()
        self.changed.emit()
        return row

    def remove_row(self, row: Any) -> None:
        position = self.rows.index(row)
        self._take(row)
        self._renumber()
        self.changed.emit()
        self.focus_after_removal(row, position)

    def focus_after_removal(self, row: Any, position: int) -> None:
        raise NotImplementedError

    def _take(self, row: Any) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.deleteLater()

    def clear(self) -> None:
        for row in list(self.rows):
            self._take(row)

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows):
            row.number(position)

    def data(self) -> list[dict[str, Any]]:
        return [row.data() for row in self.rows]

    def row_focus_chain(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_chain()]
