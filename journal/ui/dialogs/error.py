""" "Something went wrong. Your journal is safe.": what a person sees when Rapport itself failed.

Shown (never modal, so the window stays usable) for an exception nobody caught (the app's
`sys.excepthook`) and for a background task that failed unexpectedly. "Copy details" puts the
traceback on the clipboard; "Open the log" opens `logs/rapport.log`, where it is also written.
Every write is one transaction, so what was saved before the failure is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ErrorDialog(QDialog):
    """The failure, with its details to copy and the log to open."""

    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.log = log
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message = QLabel(self.tr("Something went wrong. Your journal is safe."))
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button = QPushButton(self.tr("&Open the log"))
        self.log_button.clicked.connect(self.open_log)
        self.log_button.setEnabled(log is not None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.resize(560, 320)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def open_log(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log)))
