"""The backups list in Settings: every backup with its kind, time and size, and Restore after a
confirmation.

A restore runs `journal.services.backup.restore` (the same code as `rapport restore`) on a
worker thread: the current journal is backed up first, then the backup is copied into it through
SQLite's backup API, so the window's open connections stay valid and read the restored journal
next (nothing written meanwhile is lost). `restored` tells the window to refresh.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal import paths
from journal.services import backup, formats
from journal.store.db import Journal
from journal.ui.dialogs.export import error_style, keep_until_finished
from journal.ui.workers import Worker


def _auto_backup(folder, today, key, progress, cancelled):  # noqa: ANN001, ANN202 - Worker's calling convention
    return backup.auto_backup(folder, today, key)


def start_auto_backup(folder: Path, today: date, key: bytes | None = None) -> Worker:
    """The daily backup when the app starts, on the thread pool (connect `signals.failed` to show
    a message). When the app quits, call `backup.auto_backup(folder, today)` directly instead."""
    worker = Worker(_auto_backup, folder, today, key)
    keep_until_finished(worker)
    worker.start()
    return worker


def _restore(folder, source, key, source_key, progress, cancelled):  # noqa: ANN001, ANN202 - Worker's convention
    return backup.restore(folder, source, key=key, source_key=source_key)


class BackupsPanel(QWidget):
    """A list of backups, newest first, with Back up now and Restore…."""

    restored = Signal(str)  # the backup restored from

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.worker: Worker | None = None
        self.confirm: QMessageBox | None = None
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.ask_restore)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setBuddy(self.tree)
        layout.addWidget(self.title)
        self.retranslate()
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # Backups made elsewhere (Back up now, the daily one, the command line) appear by themselves.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.addPath(str(self.journal.folder))
        backups = paths.backups_dir(self.journal.folder)
        if backups.is_dir():
            self.watcher.addPath(str(backups))
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.refresh()

    def retranslate(self) -> None:
        """Every text of the panel in the interface language; the list's dates and kinds too."""
        self.tree.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.title.setText(self.tr("Backups (one a day, kept: the last 7 days and 8 weeks)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.tree.topLevelItemCount():
                self.refresh()
        super().changeEvent(event)

    def _folder_changed(self, _path: str) -> None:
        backups = str(paths.backups_dir(self.journal.folder))
        if backups not in self.watcher.directories() and paths.backups_dir(self.journal.folder).is_dir():
            self.watcher.addPath(backups)
        QTimer.singleShot(200, self._refresh_keep_message)

    def _refresh_keep_message(self) -> None:
        message, style = self.message.text(), self.message.styleSheet()
        self.refresh()
        self.message.setText(message)
        self.message.setStyleSheet(style)

    def kind_text(self, kind: str) -> str:
        return {
            "auto": self.tr("Daily"),
            "manual": self.tr("Made by you"),
            "before-restore": self.tr("Before a restore"),
            "before-migration": self.tr("Before an upgrade"),
        }.get(kind, self.tr("Other"))

    def refresh(self) -> None:
        self.tree.clear()
        locale = QLocale()
        for info in backup.list_backups(self.journal.folder):
            item = QTreeWidgetItem(
                [
                    formats.short_moment(info.made_at),
                    self.kind_text(info.kind),
                    locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.tree.currentItem() is not None and self.worker is None)

    def selected_path(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def backup_now(self) -> None:
        try:
            made = backup.backup(self.journal.folder, key=self.journal.key)
        except backup.BackupError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("Backed up to %1").replace("%1", str(made)))

    def ask_restore(self) -> None:
        path = self.selected_path()
        item = self.tree.currentItem()
        if path is None or item is None:
            return
        self.confirm = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the journal with the backup made %1? The journal as it is now is backed up first, "
                "so this can be undone by restoring that backup."
            ).replace("%1", item.text(0)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.accepted.connect(lambda: self.restore(path))
        self.confirm.open()

    def restore(self, path: str) -> None:
        """Restore `path` on a worker (after the user confirmed); an encrypted backup first asks for
        the passphrase (or recovery code) in force when it was made."""
        from journal.store.db import is_encrypted

        if is_encrypted(Path(path)):
            from journal.ui.dialogs.passphrase import UnlockDialog

            self.unlock = UnlockDialog(Path(path), self, backup=True)
            self.unlock.unlocked.connect(lambda key: self._restore_with(path, key))
            self.unlock.open()
            return
        self._restore_with(path, None)

    def _restore_with(self, path: str, source_key: bytes | None) -> None:
        live_key = self.journal.key
        self.journal.close()  # no connection of ours holds the old file while it is replaced
        self.worker = Worker(_restore, self.journal.folder, path, live_key, source_key)
        self.worker.signals.result.connect(lambda safety: self._restored(path, safety))
        self.worker.signals.failed.connect(lambda detail: self._say(detail, error=True))
        self.worker.signals.finished.connect(self._restore_finished)
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self._say(self.tr("Restoring…"))
        keep_until_finished(self.worker)
        self.worker.start()

    def _restored(self, path: str, safety: object) -> None:
        # Nothing to reopen: the backup was copied into the live journal (its key unchanged), so every
        # open connection, the pages' workers' included, reads the restored journal from its next query.
        text = self.tr("Restored. The journal as it was is kept in %1").replace("%1", str(safety or "—"))
        self._say(text)
        self.restored.emit(path)

    def _restore_finished(self) -> None:
        self.worker = None
        self.backup_button.setEnabled(True)
        self._refresh_keep_message()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self) if error else "")
        self.message.setText(("\u26a0 " if error else "") + text)
