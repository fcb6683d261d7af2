"""Settings → Privacy: turn encryption on or off, change the passphrase, remember it, lock when idle.

Turning it on says what encryption protects against and what it does not, asks for a passphrase
twice, then encrypts on a worker with progress (the journal is closed meanwhile; the window stays
responsive behind a window-modal progress dialog), shows the recovery code once, and offers to
delete the unencrypted backups. Turning it off and changing the passphrase first ask for the
passphrase in force. "Remember on this computer" keeps it in the system's keychain.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import paths
from journal.services import privacy
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings
from journal.ui.dialogs.export import error_style, keep_until_finished
from journal.ui.dialogs.new_passphrase import NewPassphraseDialog, protection_text
from journal.ui.dialogs.passphrase import UnlockDialog
from journal.ui.dialogs.recovery_code import RecoveryCodeDialog
from journal.ui.workers import Worker


def _encrypt(folder, passphrase, progress, cancelled):  # noqa: ANN001, ANN202 - Worker's calling convention
    return privacy.encrypt(folder, passphrase, progress, cancelled)


def _decrypt(folder, key, progress, cancelled):  # noqa: ANN001, ANN202
    return privacy.decrypt(folder, key, progress, cancelled)


def _rewrap(folder, key, passphrase, progress, cancelled):  # noqa: ANN001, ANN202
    privacy.change_passphrase(folder, key, passphrase)
    return passphrase


class PrivacyPanel(QGroupBox):
    """The Privacy group of the Settings page."""

    changed = Signal()  # encryption turned on or off, or the journal's key changed

    def __init__(self, journal: Journal, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self.settings = journal, settings
        self.setObjectName("privacy")
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QWidget | None = None
        self.state = QLabel(self)
        self.state.setObjectName("privacy_state")
        self.state.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.turn_on = QPushButton(self)
        self.turn_on.setObjectName("encrypt")
        self.change = QPushButton(self)
        self.change.setObjectName("change_passphrase")
        self.turn_off = QPushButton(self)
        self.turn_off.setObjectName("decrypt")
        self.remember = QCheckBox(self)
        self.remember.setObjectName("remember_passphrase")
        self.lock_label = QLabel(self)
        self.lock_after = QSpinBox(self)
        self.lock_after.setObjectName("lock_after")
        self.lock_after.setRange(0, 240)
        self.lock_after.setValue(settings.lock_after_minutes)
        self.lock_label.setBuddy(self.lock_after)
        self.message = QLabel(self)
        self.message.setObjectName("privacy_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.turn_on, self.change, self.turn_off):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_label)
        lock_row.addWidget(self.lock_after)
        lock_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.remember)
        layout.addLayout(lock_row)
        layout.addWidget(self.message)
        self.turn_on.clicked.connect(self.ask_encrypt)
        self.change.clicked.connect(self.ask_change)
        self.turn_off.clicked.connect(self.ask_decrypt)
        self.remember.clicked.connect(self._remember_clicked)
        self.lock_after.valueChanged.connect(self._lock_changed)
        self.retranslate()

    # -- text and state ---------------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self.journal.key is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Privacy"))
        if self.encrypted:
            self.state.setText(
                self.tr("The journal is encrypted: it opens only with your passphrase or recovery code.")
            )
        else:
            self.state.setText(self.tr("The journal is not encrypted: anyone who can read its files can read it."))
        self.explanation.setText(protection_text())
        self.turn_on.setText(self.tr("En&crypt the journal…"))
        self.change.setText(self.tr("Change &passphrase…"))
        self.turn_off.setText(self.tr("T&urn encryption off…"))
        self.remember.setText(self.tr("Re&member the passphrase on this computer"))
        self.remember.setToolTip(self.tr("Kept in the system's keychain, so Rapport opens without asking."))
        self.lock_label.setText(self.tr("Lock after i&dle minutes:"))
        self.lock_after.setSpecialValueText(self.tr("Never"))
        self.lock_after.setSuffix(self.tr(" min"))
        self._sync()

    def _sync(self) -> None:
        busy = self.worker is not None
        self.turn_on.setVisible(not self.encrypted)
        for widget in (self.change, self.turn_off, self.remember, self.lock_label, self.lock_after):
            widget.setVisible(self.encrypted)
        for widget in (self.turn_on, self.change, self.turn_off, self.remember):
            widget.setEnabled(not busy)
        self.remember.setChecked(self.encrypted and self.settings.remember_passphrase)  # the keychain is slow to ask

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self) if error else "")
        self.message.setText(("\u26a0 " if error else "") + text)

    # -- long work on a worker, behind a window-modal progress dialog ----------------------------
    def _run(self, title: str, fn, *args, done=None) -> None:  # noqa: ANN001
        self.progress = QProgressDialog(title, "", 0, privacy.STEPS, self.window())
        self.progress.setObjectName("privacy_progress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.journal.close()  # no connection of ours holds the file while it is rewritten
        self.worker = Worker(fn, self.journal.folder, *args)
        self.worker.signals.progress.connect(self._progressed)
        self.worker.signals.result.connect(done)
        self.worker.signals.failed.connect(
            lambda detail: self._say(self.tr("Nothing was changed: %1").replace("%1", detail), error=True)
        )
        self.worker.signals.finished.connect(self._finished)
        keep_until_finished(self.worker)
        self._sync()
        self.worker.start()

    def _progressed(self, step: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(step)

    def _finished(self) -> None:
        self.worker = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.retranslate()

    # -- turn on ------------------------------------------------------------------------------
    def ask_encrypt(self) -> None:
        dialog = NewPassphraseDialog(self.window(), turning_on=True)
        dialog.chosen.connect(self.encrypt)
        self.dialog = dialog
        dialog.open()

    def encrypt(self, passphrase: str) -> None:
        self._run(self.tr("Encrypting the journal…"), _encrypt, passphrase, done=self._encrypted)

    def _encrypted(self, result: privacy.Encrypted) -> None:
        self.journal.use_key(result.key)
        self._say(self.tr("The journal is now encrypted."))
        self.changed.emit()
        code = RecoveryCodeDialog(result.recovery_code, self.window())
        code.accepted.connect(self.offer_plain_backups)
        self.dialog = code
        code.open()

    def offer_plain_backups(self) -> QMessageBox | None:
        plain = privacy.plain_backups(self.journal.folder)
        if not plain:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unencrypted backups"),
            self.tr("Also delete the %n unencrypted backups? (Recommended)", "", len(plain)),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setInformativeText(self.tr("They were made before encryption was turned on, and anyone can read them."))
        delete = box.addButton(self.tr("&Delete them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(delete)
        box.setObjectName("plain_backups")
        box.accepted.connect(lambda: self._delete_plain(plain))
        self.dialog = box
        box.open()
        return box

    def _delete_plain(self, plain: list) -> None:
        count = privacy.delete_backups(plain)
        self._say(self.tr("Deleted %n unencrypted backups.", "", count))

    # -- change the passphrase ---------------------------------------------------------------------
    def _ask_current(self, then) -> None:  # noqa: ANN001 - called with (key, passphrase)
        dialog = UnlockDialog(paths.journal_path(self.journal.folder), self.window())
        dialog.intro.setText(self.tr("Enter the passphrase in force now."))
        dialog.unlocked.connect(then)
        self.dialog = dialog
        dialog.open()

    def ask_change(self) -> None:
        self._ask_current(lambda key, _old: self._ask_new(key))

    def _ask_new(self, key: bytes) -> None:
        dialog = NewPassphraseDialog(self.window(), turning_on=False)
        dialog.chosen.connect(
            lambda passphrase: self._run(
                self.tr("Changing the passphrase…"), _rewrap, key, passphrase, done=self._changed
            )
        )
        self.dialog = dialog
        dialog.open()

    def _changed(self, passphrase: str) -> None:
        if self.settings.remember_passphrase:
            privacy.remember(self.journal.folder, passphrase)
        self._say(self.tr("The passphrase was changed. The recovery code stays the same."))

    # -- turn off ------------------------------------------------------------------------------
    def ask_decrypt(self) -> None:
        self._ask_current(lambda key, _passphrase: self.decrypt(key))

    def decrypt(self, key: bytes) -> None:
        self._run(self.tr("Decrypting the journal…"), _decrypt, key, done=self._decrypted)

    def _decrypted(self, made: object) -> None:
        self.journal.use_key(None)
        if self.settings.remember_passphrase:
            privacy.forget(self.journal.folder)
            self.settings.remember_passphrase = False
        self._say(self.tr("The journal is no longer encrypted. The encrypted backups still need the passphrase."))
        self.changed.emit()

    # -- remember, idle lock -----------------------------------------------------------------------
    def _remember_clicked(self, checked: bool) -> None:
        if not checked:
            privacy.forget(self.journal.folder)
            self.settings.remember_passphrase = False
            self._say(self.tr("The passphrase is no longer kept on this computer."))
            return
        self.remember.setChecked(False)
        self._ask_current(lambda _key, passphrase: self._remember(passphrase))

    def _remember(self, passphrase: str) -> None:
        if privacy.remember(self.journal.folder, passphrase):
            self.settings.remember_passphrase = True
            self._say(self.tr("The passphrase is kept in this computer's keychain."))
        else:
            self._say(self.tr("This computer has no keychain Rapport can use."), error=True)
        self._sync()

    def _lock_changed(self, minutes: int) -> None:
        self.settings.lock_after_minutes = minutes
        window = self.window()
        if hasattr(window, "idle_lock"):
            window.idle_lock.set_minutes(minutes)
