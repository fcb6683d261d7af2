"""The "This journal is damaged" screen: shown instead of the window when the journal is damaged.

Rapport never writes to a damaged journal. The screen names the file, offers the newest sound
backup (its date and entry count) to restore, "Open another journal…" and "Show the file". A
restore runs on a worker (the screen stays responsive), keeps the damaged file whole as
`rapport-damaged-<time>.sqlite3` beside it, and then `restored` asks the launcher to open the
journal again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal import paths
from journal.services import backup, formats
from journal.store.connection import is_encrypted
from journal.ui.workers import Worker


def _restore(folder, source, key, progress, cancelled):  # noqa: ANN001, ANN202 - Worker's calling convention
    return backup.restore(folder, source, key=key, source_key=key if is_encrypted(source) else None)


class DamagedDialog(QDialog):
    """What to do about a damaged journal in `folder`."""

    restored = Signal(object)  # the folder, once its journal was restored
    other_chosen = Signal(object)  # another data folder to open

    def __init__(self, folder: Path, detail: str, key: bytes | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.key = key  # an encrypted journal's data key: its backups are encrypted with it
        self.worker: Worker | None = None
        self.found = backup.newest_sound(folder, key)
        self.setWindowTitle(self.tr("This journal is damaged"))
        title = QLabel("<h2>" + self.tr("This journal is damaged") + "</h2>")
        file = paths.journal_path(folder)
        self.explain = QLabel(
            self.tr("Rapport found damage in %1 and has not written to it (%2).").replace("%1", str(file))
            .replace("%2", detail[:200])
        )  # fmt: skip
        self.explain.setWordWrap(True)
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.clicked.connect(self.restore)
        self.other_button = QPushButton(self.tr("&Open another journal…"))
        self.other_button.clicked.connect(self.open_other)
        self.show_button = QPushButton(self.tr("&Show the file"))
        self.show_button.clicked.connect(self.show_file)
        close = QPushButton(self.tr("&Quit"))
        close.clicked.connect(self.reject)
        if self.found is None:
            self.offer.setText(self.tr("There is no sound backup in the backups folder."))
            self.restore_button.setEnabled(False)
        else:
            made = formats.moment(self.found.made_at)
            self.offer.setText(
                self.tr("The newest sound backup is from %1 and holds %n entries.", "", self.found.entries).replace(
                    "%1", made
                )
            )
            self.restore_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.other_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (title, self.explain, self.offer, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def restore(self) -> None:
        if self.found is None or self.worker is not None:
            return
        self.restore_button.setEnabled(False)
        self.message.setText(self.tr("Restoring…"))
        self.worker = Worker(_restore, self.folder, self.found.path, self.key)
        self.worker.signals.result.connect(self._restored)
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()

    def _restored(self, kept: object) -> None:
        self.message.setText(self.tr("Restored. The damaged file is kept as %1").replace("%1", str(kept or "—")))
        self.restored.emit(self.folder)
        self.accept()

    def _failed(self, detail: str) -> None:
        self.worker = None
        self.restore_button.setEnabled(True)
        self.message.setText("\u26a0 " + self.tr("The restore failed: %1").replace("%1", detail))

    def open_other(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open another journal"), str(self.folder.parent))
        if chosen:
            self.other_chosen.emit(Path(chosen))
            self.accept()

    def show_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
