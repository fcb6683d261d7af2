"""Choosing a passphrase: to turn encryption on (with what it protects against, and what not) or to change it.

The passphrase is typed twice; a problem (too short, the two differ) shows beside the fields
and the dialog stays open. `chosen(passphrase)` is emitted when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.ui.dialogs.export import error_style
from journal.ui.dialogs.passphrase import passphrase_problem


def protection_text() -> str:
    """What encryption protects against and what it does not (said where it is turned on)."""
    return QCoreApplication.translate(
        "Privacy",
        "<p>Encryption protects the journal, its backups and drafts on disk: a lost or stolen laptop, "
        "a synced folder or a backup disk gives nothing away.</p>"
        "<p>It does not protect against someone using this computer while the journal is unlocked, "
        "and exports (PDF, JSON, CSV) are plain files.</p>"
        "<p><b>Without the passphrase or the recovery code the journal cannot be opened by anyone, "
        "including us.</b></p>",
    )


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice; `turning_on` adds what encryption does and does not do."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, turning_on: bool = True):
        super().__init__(parent)
        self.setObjectName("new_passphrase_dialog")
        self.setWindowTitle(self.tr("Encrypt the journal") if turning_on else self.tr("Change the passphrase"))
        self.explanation = QLabel(self)
        self.explanation.setObjectName("protection")
        self.explanation.setWordWrap(True)
        self.explanation.setText(protection_text() if turning_on else "")
        self.explanation.setVisible(turning_on)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        first_label = QLabel(self.tr("&New passphrase:"), self)
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Again:"), self)
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        self.error = QLabel(self)
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        text = self.tr("&Encrypt") if turning_on else self.tr("&Change passphrase")
        self.ok = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirm_passphrase")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.first.setFocus()

    def confirm(self) -> None:
        problem = passphrase_problem(self.first.text(), self.second.text())
        if problem:
            self.error.setText(problem)
            self.first.setFocus()
            return
        self.chosen.emit(self.first.text())
        self.accept()
