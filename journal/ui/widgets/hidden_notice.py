"""The status bar's word after a save the filters hide: "Saved — hidden by the filters · Show it".

A new entry that the Journal's filters leave out would seem lost; the notice says it is saved
and offers the way to it. `announce(kind, id)` shows it for a while; "Show it" emits
`show_requested(kind, id)`, and the window clears the filters and selects the entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal.ui.widgets.heading import HALF

SHOWN_MS = 15000


class HiddenNotice(QWidget):
    show_requested = Signal(str, str)  # kind, id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: tuple[str, str] | None = None
        self.label = QLabel(self)
        self.button = QPushButton(self)
        self.button.setFlat(True)
        self.button.clicked.connect(self._show_it)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(HALF)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Saved — hidden by the filters ·"))
        self.button.setText(self.tr("Show it"))
        self.button.setAccessibleName(self.tr("Show the saved entry: clear the filters"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def announce(self, kind: str, entity_id: str) -> None:
        self.entry = (kind, entity_id)
        self.show()
        self.timer.start()

    def _show_it(self) -> None:
        self.hide()
        if self.entry is not None:
            self.show_requested.emit(*self.entry)
