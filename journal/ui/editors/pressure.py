"""Pressure events typed inline in the interaction editor: one row each, added and removed at will.

"The client pushed, I gave in, it cost two hours" is three clicks: «+ Free work: conceded» adds a
row already set to free work / I gave in with the hours field focused, «2 h» fills the hours,
and Save. Hours and discounts are typed as the locale writes numbers; what is not a number is
passed on as text so the validator says so beside the row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain.records import PRESSURE_KINDS, RESPONSES
from journal.services import vocabulary
from journal.ui.editors.fields import format_number, parse_number
from journal.ui.editors.row_list import EditableRow, RowList

QUICK_HOURS = (1, 2, 4)


class PressureRow(EditableRow):
    """One pressure event: kind, response, unpaid hours, discount %, note, and a remove button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("pressure", parent)
        self.event_id: str | None = None
        self.kind = QComboBox(self)
        for code, name in vocabulary.names("pressure_kind").items():
            self.kind.addItem(name, code)
        self.response = QComboBox(self)
        for code, name in vocabulary.names("response").items():
            self.response.addItem(name, code)
        self.response.setCurrentIndex(RESPONSES.index("pending"))
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText("0")
        self.hours.setMaximumWidth(90)
        self.quick = []
        for hours in QUICK_HOURS:
            button = QToolButton(self)
            button.setText(self.tr("%1 h").replace("%1", QLocale().toString(hours)))
            button.setAccessibleName(self.tr("%1 unpaid hours").replace("%1", QLocale().toString(hours)))
            button.clicked.connect(lambda _=False, h=hours: self.set_hours(h))
            self.quick.append(button)
        self.discount = QLineEdit(self)
        self.discount.setPlaceholderText("—")
        self.discount.setMaximumWidth(90)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What did they ask for?"))
        self._captions: list[QLabel] = []
        grid = QGridLayout(self)
        grid.addWidget(self._caption(self.tr("Kind of pressure"), self.kind), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self._caption(self.tr("My response"), self.response), 0, 2)
        grid.addWidget(self.response, 0, 3, 1, 2)
        grid.addWidget(self._caption(self.tr("Unpaid hours"), self.hours), 1, 0)
        hours_box = QHBoxLayout()
        hours_box.addWidget(self.hours)
        for button in self.quick:
            hours_box.addWidget(button)
        hours_box.addStretch(1)
        grid.addLayout(hours_box, 1, 1)
        grid.addWidget(self._caption(self.tr("Discount %"), self.discount), 1, 2)
        grid.addWidget(self.discount, 1, 3)
        grid.addWidget(self._caption(self.tr("Note"), self.note), 2, 0)
        grid.addWidget(self.note, 2, 1, 1, 3)
        grid.addWidget(self.remove, 2, 4)
        grid.addWidget(self.slot.label, 3, 0, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for signal in (
            self.kind.currentIndexChanged,
            self.response.currentIndexChanged,
            self.hours.textEdited,
            self.discount.textEdited,
            self.note.textEdited,
        ):
            signal.connect(self.changed)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        self._captions.append(label)
        return label

    def set_hours(self, hours: float) -> None:
        self.hours.setText(QLocale().toString(hours))
        self.changed.emit()

    def number(self, position: int) -> None:
        """Name the row's controls for assistive technology by its position in the list."""
        names = {
            self.kind: self.tr("Pressure %1: kind"),
            self.response: self.tr("Pressure %1: my response"),
            self.hours: self.tr("Pressure %1: unpaid hours"),
            self.discount: self.tr("Pressure %1: discount %"),
            self.note: self.tr("Pressure %1: note"),
            self.remove: self.tr("Remove pressure %1"),
        }
        self.name_controls(position, names)

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.currentData(), "response": self.response.currentData()}
        if self.event_id:
            data["id"] = self.event_id
        hours = parse_number(self.hours.text())
        if hours is not None:
            data["unpaid_hours"] = hours
        data["discount_pct"] = parse_number(self.discount.text())
        data["note"] = self.note.text()
        return data

    def load(self, data: dict[str, Any]) -> None:
        self.event_id = data.get("id")
        if data.get("kind") in PRESSURE_KINDS:
            self.kind.setCurrentIndex(PRESSURE_KINDS.index(data["kind"]))
        if data.get("response") in RESPONSES:
            self.response.setCurrentIndex(RESPONSES.index(data["response"]))
        hours = data.get("unpaid_hours")
        self.hours.setText("" if not hours else format_number(hours))
        self.discount.setText(format_number(data.get("discount_pct")))
        self.note.setText(data.get("note") or "")

    def state(self) -> dict[str, Any]:
        return {
            "id": self.event_id,
            "kind": self.kind.currentData(),
            "response": self.response.currentData(),
            "hours": self.hours.text(),
            "discount": self.discount.text(),
            "note": self.note.text(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.load({"id": state.get("id"), "kind": state.get("kind"), "response": state.get("response")})
        self.hours.setText(state.get("hours", ""))
        self.discount.setText(state.get("discount", ""))
        self.note.setText(state.get("note", ""))

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.response, self.hours, *self.quick, self.discount, self.note, self.remove]


class PressureList(RowList):
    """The interaction's pressure events, with a one-click «+ Free work: conceded» row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.quick_add = QPushButton("+ " + vocabulary.pressure_mark("free_work", "conceded"), self)
        self.quick_add.setToolTip(self.tr("Add a pressure event: free work, conceded; then give the hours"))
        self.add = QPushButton(self.tr("+ Other pressure"), self)
        for button in (self.quick_add, self.add):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().lstrip("+ "))
        self.quick_add.clicked.connect(lambda: self.add_row({"kind": "free_work", "response": "conceded"}, focus=True))
        self.add.clicked.connect(lambda: self.add_row({}, focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.quick_add)
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        layout.addLayout(buttons)

    def add_row(self, data: dict[str, Any], *, focus: bool = False, state: dict[str, Any] | None = None) -> PressureRow:
        row = PressureRow(self)
        if state is not None:
            row.set_state(state)
        else:
            row.load(data)
        self.insert(row)
        if focus:
            (row.hours if data.get("kind") else row.kind).setFocus()
        return row

    def focus_after_removal(self, row: PressureRow, position: int) -> None:
        (self.rows[-1].note if self.rows else self.quick_add).setFocus()

    def focus_chain(self) -> list[QWidget]:
        return self.row_focus_chain() + [self.quick_add, self.add]
