"""The passphrase dialog: unlock an encrypted journal (at start, after an idle lock) or a backup.

The passphrase is checked on a worker (Argon2id takes about half a second), never on the GUI
thread. A wrong one says so beside the field and lets the user try again; nothing is written
before the journal is unlocked. "Forgot it? Use the recovery code" switches to the recovery
code; for the journal it then asks for a new passphrase and sets it (`rapport passphrase
--recovery-code`), for a backup the code alone opens it. `unlocked(key, passphrase)` carries the
data key and the passphrase in force (empty after a recovery for a backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.services import privacy
from journal.ui.dialogs.export import error_style, keep_until_finished
from journal.ui.workers import Worker

MIN_LENGTH = 8


def _open(file, secret, recovery, new_passphrase, progress, cancelled):  # noqa: ANN001, ANN202 - Worker's convention
    """("ok", key) or ("wrong", reason): a wrong secret is an answer, not a failure."""
    try:
        key = privacy.unlock_with_recovery_code(file, secret) if recovery else privacy.unlock(file, secret)
    except privacy.BadRecoveryCode:
        return "bad-code", None
    except privacy.WrongSecret:
        return "wrong", None
    if new_passphrase:
        privacy.change_passphrase(file.parent, key, new_passphrase)
    return "ok", key


def passphrase_problem(first: str, second: str) -> str:
    """What is wrong with a new passphrase typed twice ('' when it is fine)."""
    if len(first) < MIN_LENGTH:
        return QCoreApplication.translate("Privacy", "Use at least %n characters.", "", MIN_LENGTH)
    if first != second:
        return QCoreApplication.translate("Privacy", "The two passphrases differ.")
    return ""


class UnlockDialog(QDialog):
    """Asks for the passphrase of `file` (the journal, or a backup with `backup=True`)."""

    unlocked = Signal(bytes, str)

    def __init__(self, file: Path, parent: QWidget | None = None, *, backup: bool = False, remember: bool = False):
        super().__init__(parent)
        self.file, self.is_backup = Path(file), backup
        self.worker: Worker | None = None
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock the backup") if backup else self.tr("Unlock the journal"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if backup:
            self.intro.setText(
                self.tr("This backup is encrypted. Enter the passphrase that was in force when it was made.")
            )
        else:
            self.intro.setText(self.tr("Your journal is protected by a passphrase."))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(self)
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = QLineEdit(self)
        self.new_passphrase.setObjectName("new_passphrase")
        self.again = QLineEdit(self)
        self.again.setObjectName("new_passphrase_again")
        for field in (self.new_passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("unlock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self))
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("remember")
        self.remember.setToolTip(
            self.tr("Keeps the passphrase in the system's keychain, so Rapport opens without asking.")
        )
        self.remember.setVisible(remember)
        self.forgot = QPushButton(self.tr("&Forgot it? Use the recovery code"), self)
        self.forgot.setObjectName("forgot")
        self.forgot.setFlat(True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.clicked.connect(self.use_recovery_code)
        self.form = QFormLayout()
        self.passphrase_label = QLabel(self.tr("&Passphrase:"), self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.code_label = QLabel(self.tr("Recovery &code:"), self)
        self.code_label.setBuddy(self.code)
        self.new_label = QLabel(self.tr("&New passphrase:"), self)
        self.new_label.setBuddy(self.new_passphrase)
        self.again_label = QLabel(self.tr("&Again:"), self)
        self.again_label.setBuddy(self.again)
        for label, field in (
            (self.passphrase_label, self.passphrase),
            (self.code_label, self.code),
            (self.new_label, self.new_passphrase),
            (self.again_label, self.again),
        ):
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.recovering = False
        self._show_mode()
        self.setMinimumWidth(460)

    def _show_mode(self) -> None:
        for widget in (self.passphrase_label, self.passphrase):
            widget.setVisible(not self.recovering)
        for widget in (self.code_label, self.code):
            widget.setVisible(self.recovering)
        for widget in (self.new_label, self.new_passphrase, self.again_label, self.again):
            widget.setVisible(self.recovering and not self.is_backup)
        self.forgot.setVisible(not self.recovering)
        self.error.clear()
        (self.code if self.recovering else self.passphrase).setFocus()

    def use_recovery_code(self) -> None:
        self.recovering = True
        if not self.is_backup:
            self.intro.setText(self.tr("Enter your recovery code and choose a new passphrase."))
        self._show_mode()

    def try_unlock(self) -> None:
        if self.worker is not None:
            return
        new = ""
        if self.recovering:
            secret = self.code.text()
            if not self.is_backup:
                problem = passphrase_problem(self.new_passphrase.text(), self.again.text())
                if problem:
                    self._say(problem, self.new_passphrase)
                    return
                new = self.new_passphrase.text()
        else:
            secret = self.passphrase.text()
            if not secret:
                self._say(self.tr("Enter the passphrase."), self.passphrase)
                return
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Unlocking…"))
        self.unlock_button.setEnabled(False)
        self.worker = Worker(_open, self.file, secret, self.recovering, new)
        self.worker.signals.result.connect(self._answered)
        self.worker.signals.failed.connect(lambda detail: self._say(detail, self.passphrase))
        self.worker.signals.finished.connect(self._finished)
        keep_until_finished(self.worker)
        self.worker.start()

    def _finished(self) -> None:
        self.worker = None
        self.unlock_button.setEnabled(True)

    def _answered(self, answer: tuple) -> None:
        outcome, key = answer
        if outcome == "bad-code":
            self._say(
                self.tr("A recovery code has 24 letters and digits, like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX."), self.code
            )
        elif outcome == "wrong" and self.recovering:
            self._say(self.tr("That recovery code does not open it. Check it and try again."), self.code)
        elif outcome == "wrong":
            self._say(self.tr("That passphrase is not the right one. Try again."), self.passphrase)
        else:
            passphrase = self.new_passphrase.text() if self.recovering else self.passphrase.text()
            self.unlocked.emit(key, "" if (self.recovering and self.is_backup) else passphrase)
            self.accept()

    def _say(self, text: str, field: QLineEdit) -> None:
        self.error.setStyleSheet(error_style(self))
        self.error.setText(text)
        field.setFocus()
        field.selectAll()
