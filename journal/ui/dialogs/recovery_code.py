"""The recovery code, shown once when encryption is turned on: Copy, Save to file…, Print…, and a
confirmation that the user has it before the dialog can close.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.store import keys


class RecoveryCodeDialog(QDialog):
    """Shows `code`; closes only once "I have kept the recovery code" is ticked."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.setObjectName("recovery_code_dialog")
        self.setWindowTitle(self.tr("Your recovery code"))
        intro = QLabel(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your journal. "
                "It is shown only now: copy it, save it or print it, and keep it somewhere safe, away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton(self.tr("&Copy"), self)
        self.copy.setObjectName("copy_code")
        self.save = QPushButton(self.tr("&Save to file…"), self)
        self.save.setObjectName("save_code")
        self.print_ = QPushButton(self.tr("&Print…"), self)
        self.print_.setObjectName("print_code")
        self.copy.clicked.connect(self.copy_code)
        self.save.clicked.connect(self.ask_save)
        self.print_.clicked.connect(self.print_code)
        row = QHBoxLayout()
        for button in (self.copy, self.save, self.print_):
            row.addWidget(button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("code_status")
        self.kept = QCheckBox(self.tr("I have &kept the recovery code somewhere safe"), self)
        self.kept.setObjectName("kept")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:  # Esc or the title bar's close: only once the user has the code
        if self.kept.isChecked():
            super().reject()

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status.setText(self.tr("Copied."))

    def text(self) -> str:
        return self.tr("Rapport recovery code") + f"\n\n{self.code}\n"

    def save_to(self, path: Path) -> None:
        """Write the code to `path` (atomically, readable by the owner only)."""
        keys.write_atomically(Path(path), self.text())
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def ask_save(self) -> None:
        start = os.path.join(os.path.expanduser("~"), self.tr("Rapport recovery code") + ".txt")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery code"), start, "*.txt")
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                self.status.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or str(exc)))

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self.text())
            document.print_(printer)
            self.status.setText(self.tr("Sent to the printer."))
