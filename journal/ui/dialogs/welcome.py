"""The first-run welcome: start an empty journal, or explore a sample journal.

The sample lives in its own folder (`journal.paths.demo_data_dir()`), never in the real
journal's, and is filled by `journal.services.demo.fill` on a worker thread with progress,
so the dialog stays responsive. `chosen` tells the app which journal to open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from journal import paths
from journal.services import demo
from journal.store.db import open_journal
from journal.ui.workers import Worker


def fill_sample(folder: Path, progress, cancelled) -> Path:  # noqa: ANN001 - Worker's calling convention
    """Open (creating) the sample journal in `folder` and fill it when it is empty."""
    journal = open_journal(folder)
    try:
        if demo.is_empty(journal):
            demo.fill(journal, months=6, progress=progress, cancelled=cancelled)
    finally:
        journal.close()
    return folder


class WelcomeDialog(QDialog):
    """Two choices; `chosen(kind, folder)` with kind "empty" or "sample"."""

    chosen = Signal(str, Path)

    def __init__(self, data_folder: Path, parent: QWidget | None = None, sample_folder: Path | None = None):
        super().__init__(parent)
        self._data_folder = data_folder
        self._sample_folder = sample_folder or paths.demo_data_dir()
        self.worker: Worker | None = None
        self.setObjectName("welcome")
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("start_empty")
        self.sample_button = QPushButton(self)
        self.sample_button.setObjectName("start_sample")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.sample_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(self._empty)
        self.sample_button.clicked.connect(self._sample)
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Rapport"))
        self.title.setText(self.tr("Welcome to Rapport"))
        self.text.setText(
            self.tr(
                "Rapport keeps a short record of each client interaction, the thanks you give and get, and the "
                "lessons you draw, and warns you early when clients push you too often. Everything stays on "
                "this computer."
            )
        )
        self.empty_button.setText(self.tr("Start an &empty journal"))
        self.sample_button.setText(self.tr("Explore a &sample journal"))
        self.empty_button.setAccessibleName(self.tr("Start an empty journal"))
        self.sample_button.setAccessibleName(self.tr("Explore a sample journal, kept apart from your own"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _empty(self) -> None:
        self.chosen.emit("empty", self._data_folder)
        self.accept()

    def _sample(self) -> None:
        self.empty_button.setEnabled(False)
        self.sample_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the sample journal…"))
        self.worker = Worker(fill_sample, self._sample_folder)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.result.connect(self._sample_ready)
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _sample_ready(self, folder: Path) -> None:
        self.chosen.emit("sample", folder)
        self.accept()

    def _failed(self, text: str) -> None:
        self.progress.hide()
        self.empty_button.setEnabled(True)
        self.sample_button.setEnabled(True)
        self.status.setText(self.tr("The sample journal could not be written: %1").replace("%1", text))

    def reject(self) -> None:
        if self.worker is not None and not self.empty_button.isEnabled():
            self.worker.cancel()
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape and self.worker is not None:
            self.worker.cancel()
        super().keyPressEvent(event)
