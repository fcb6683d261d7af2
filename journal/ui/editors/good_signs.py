"""Good signs typed inline in the interaction editor: what the client did that a partner does.

Capture is as quick as a pressure event's: the «+ Good sign» row holds one button per kind
(accepted a no, paid for extra, referred you, joint win, thanked you, other); a click (or Space
on the focused button) adds a row of that kind with its optional note focused, so "they
thanked me for the banners" is one click and a few words. Each row keeps its id when the
interaction is edited, so a sign is changed in place, not replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.services import vocabulary
from journal.ui import labels, theme
from journal.ui.editors.row_list import EditableRow, RowList
from journal.ui.widgets.flow_layout import FlowLayout


class GoodSignRow(EditableRow):
    """One good sign: its kind, an optional note, and a remove button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("signs", parent)
        self.sign_id: str | None = None
        self.mark = QLabel(labels.GOOD_SIGN_GLYPH, self)
        self.mark.setStyleSheet(f"color: {theme.good_sign_color().name()}; font-weight: bold;")
        self.kind = QComboBox(self)
        for code in vocabulary.codes("good_sign"):
            self.kind.addItem(vocabulary.good_sign(code), code)
            self.kind.setItemData(self.kind.count() - 1, vocabulary.good_sign_hint(code), 3)  # Qt.ToolTipRole
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What did they do? (optional)"))
        grid = QGridLayout(self)
        grid.addWidget(self.mark, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.note, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.slot.label, 1, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.note.textEdited.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.kind.setToolTip(vocabulary.good_sign_hint(self.kind.currentData()))
        self.changed.emit()

    def number(self, position: int) -> None:
        """Name the row's controls for assistive technology by its position in the list."""
        names = {
            self.kind: self.tr("Good sign %1: kind"),
            self.note: self.tr("Good sign %1: note"),
            self.remove: self.tr("Remove good sign %1"),
        }
        self.name_controls(position, names)

    def load(self, data: dict[str, Any]) -> None:
        self.sign_id = data.get("id")
        if data.get("kind") in vocabulary.codes("good_sign"):
            self.kind.setCurrentIndex(vocabulary.codes("good_sign").index(data["kind"]))
        self.note.setText(data.get("note") or "")

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.currentData(), "note": self.note.text().strip()}
        if self.sign_id:
            data["id"] = self.sign_id
        return data

    def state(self) -> dict[str, Any]:
        return {"id": self.sign_id, "kind": self.kind.currentData(), "note": self.note.text()}

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.note, self.remove]


class GoodSignList(RowList):
    """The interaction's good signs, and the «+ Good sign» row with one button per kind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(self.tr("+ Good sign:"), self)
        self.buttons: dict[str, QToolButton] = {}
        bar = FlowLayout(spacing=4)
        bar.addWidget(self.caption)
        for code in vocabulary.codes("good_sign"):
            button = QToolButton(self)
            button.setText(vocabulary.good_sign(code))
            button.setToolTip(vocabulary.good_sign_hint(code))
            button.setAccessibleName(self.tr("Add a good sign: %1").replace("%1", vocabulary.good_sign(code)))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, kind=code: self.add_row({"kind": kind}, focus=True))
            self.buttons[code] = button
            bar.addWidget(button)
        first = self.buttons[vocabulary.codes("good_sign")[0]]
        self.caption.setBuddy(first)
        self.caption.setMinimumHeight(first.sizeHint().height())  # level with the buttons it introduces
        self.setFocusProxy(first)  # the form's «Good signs» mnemonic lands on the first button
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        layout.addLayout(bar)

    def add_row(self, data: dict[str, Any], *, focus: bool = False, state: dict[str, Any] | None = None) -> GoodSignRow:
        row = GoodSignRow(self)
        row.load(state if state is not None else data)
        self.insert(row)
        if focus:
            row.note.setFocus()
        return row

    def focus_after_removal(self, row: GoodSignRow, position: int) -> None:
        following = self.rows[min(position, len(self.rows) - 1)].note if self.rows else None
        (following or self.buttons[row.kind.currentData()]).setFocus()

    def focus_chain(self) -> list[QWidget]:
        return self.row_focus_chain() + list(self.buttons.values())
