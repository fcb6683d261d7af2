"""After trouble, two small next steps: a bar in the main window that offers them without blocking.

Saving an interaction with a conceded push or a mood of −2, or resolving an incident, shows the
bar (spec: indicators, *Reminders*): «Thank someone?» opens a gratitude note addressed to that
client (change it to anyone), «What was the lesson?» opens a lesson linked to the interaction
or the incident. The bar never takes focus (it is shown, not activated, and its buttons take
focus only when clicked or tabbed to), so typing elsewhere goes on undisturbed; it goes away by
itself after a while, waits while the pointer rests on it, and closes with its × button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QEnterEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from journal.domain import records as r
from journal.services import capture
from journal.store.db import Journal

HIDE_AFTER_MS = 30_000

OpenEditor = Callable[[str, str | None, dict[str, Any] | None], Any]


def after_trouble(record: Any) -> bool:
    """Whether saving this interaction was trouble: a conceded push, or a mood of −2."""
    if not isinstance(record, r.Interaction):
        return False
    return record.mood == -2 or any(p.response == "conceded" for p in record.pressure)


class AfterTroubleBar(QFrame):
    """The non-modal «Thank someone? / What was the lesson?» bar."""

    hide_after_ms = HIDE_AFTER_MS

    def __init__(self, journal: Journal, open_editor: OpenEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self._open_editor = open_editor
        self.setObjectName("after_trouble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.client_id: str | None = None
        self.lesson_preset: dict[str, str] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.thank_button = QPushButton(self)
        self.lesson_button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        for button in (self.thank_button, self.lesson_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never pulls focus from typing
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.thank_button.clicked.connect(self.thank)
        self.lesson_button.clicked.connect(self.write_lesson)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.thank_button)
        layout.addWidget(self.lesson_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._subject = ""
        self._kind = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.thank_button.setText(self.tr("Thank someone?"))
        self.thank_button.setToolTip(self.tr("Write a gratitude note: to this client, or to anyone"))
        self.lesson_button.setText(self.tr("What was the lesson?"))
        self.lesson_button.setToolTip(self.tr("Write down a lesson linked to what happened"))
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the next steps"))
        if self._kind == "incident":
            self.message.setText(self.tr("«%1» is resolved. Two small next steps:").replace("%1", self._subject))
        elif self._kind:
            self.message.setText(self.tr("A hard moment with %1. Two small next steps:").replace("%1", self._subject))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- when to offer -----------------------------------------------------------------------
    def consider(self, kind: str, entity_id: str) -> bool:
        """After a save: offer the next steps when it was trouble; returns whether the bar shows."""
        if kind != "interaction":
            return False
        record = capture.get(self.journal, "interaction", entity_id)
        if not after_trouble(record):
            return False
        client = capture.get(self.journal, "client", record.client_id)
        self._offer("interaction", client.name if client else "", record.client_id, {"interaction_id": record.id})
        return True

    def incident_resolved(self, incident_id: str) -> None:
        incident = capture.get(self.journal, "incident", incident_id)
        if incident is not None and incident.resolved_on is not None:
            self._offer("incident", incident.title, incident.client_id, {"incident_id": incident.id})

    def _offer(self, kind: str, subject: str, client_id: str | None, lesson_preset: dict[str, str]) -> None:
        self._kind, self._subject = kind, subject
        self.client_id, self.lesson_preset = client_id, lesson_preset
        self.retranslate()
        self._tint()
        self.show()  # shown, never activated or focused
        self._timer.start(self.hide_after_ms)

    def _tint(self) -> None:
        """A light wash of the highlight colour and a line under it: seen, but quieter than a warning."""
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        wash = QColor(accent)
        wash.setAlphaF(0.18)
        rgba = f"rgba({wash.red()}, {wash.green()}, {wash.blue()}, {wash.alphaF():.2f})"
        self.setStyleSheet(
            f"QFrame#after_trouble {{ background: {rgba}; border: none; border-bottom: 1px solid {accent.name()}; }}"
        )

    # -- the two steps -----------------------------------------------------------------------
    def thank(self) -> Any:
        self.dismiss()
        return self._open_editor("gratitude", None, {"to_client_id": self.client_id} if self.client_id else None)

    def write_lesson(self) -> Any:
        self.dismiss()
        return self._open_editor("lesson", None, dict(self.lesson_preset))

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    # -- waiting while the pointer rests on it -----------------------------------------------
    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.isVisible():
            self._timer.start(self.hide_after_ms)
        super().leaveEvent(event)
