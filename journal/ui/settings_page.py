"""The Settings page: language, theme, indicator thresholds, the data folder, backup and restore.

Language and theme take effect at once (the new catalogue is installed and every widget
retranslates itself on `QEvent.LanguageChange`). Thresholds are the journal's own (saved in it
through `journal.services.indicators`), checked before saving with the message beside them.
Backups run in a worker so the window never waits.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import i18n
from journal.store.db import Journal
from journal.ui import theme
from journal.ui.app_settings import AppSettings
from journal.ui.backups_panel import BackupsPanel  # issue-6
from journal.ui.page_support import announce_change  # issue-6
from journal.ui.workers import Worker

try:  # indicators arrive with issue-3
    from journal.services import indicators
except ImportError:  # pragma: no cover - depends on merge order
    indicators = None  # type: ignore[assignment]


class SettingsPage(QScrollArea):
    """Preferences of the app and of the open journal."""

    def __init__(self, journal: Journal, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal, self._settings = journal, settings
        self._workers: list[Worker] = []
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        self.language = QComboBox(body)
        self.language.setObjectName("language")
        self.theme = QComboBox(body)
        self.theme.setObjectName("theme")
        self.app_group = QGroupBox(body)
        form = QFormLayout(self.app_group)
        self.language_label, self.theme_label = QLabel(body), QLabel(body)
        self.language_label.setBuddy(self.language)
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        self.thresholds_group = QGroupBox(body)
        self.threshold_form = QFormLayout(self.thresholds_group)
        self.threshold_fields: dict[str, tuple[QLabel, QDoubleSpinBox, QDoubleSpinBox]] = {}
        self.threshold_error = QLabel(body)
        self.threshold_error.setWordWrap(True)
        self.save_thresholds = QPushButton(body)
        self._build_thresholds()
        self.data_group = QGroupBox(body)
        data = QVBoxLayout(self.data_group)
        self.folder_label = QLabel(body)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(self.folder_label.textInteractionFlags().TextSelectableByMouse)
        self.open_folder = QPushButton(body)
        self.backup_button = QPushButton(body)
        self.restore_button = QPushButton(body)
        self.backup_status = QLabel(body)
        self.backup_status.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.open_folder, self.backup_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        data.addWidget(self.folder_label)
        data.addLayout(row)
        data.addWidget(self.backup_status)
        # issue-6: the list of backups, each restorable after a confirmation
        self.backups = BackupsPanel(journal, body, backup_button=False)
        self.backups.restored.connect(lambda _path: announce_change(self, lambda: None))
        data.addWidget(self.backups)
        # end issue-6
        layout = QVBoxLayout(body)
        for group in (self.app_group, self.thresholds_group, self.data_group):
            layout.addWidget(group)
        layout.addStretch(1)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.open_folder.clicked.connect(self._open_folder)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self._restore)
        self.save_thresholds.clicked.connect(self._save_thresholds)

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for combo, items, current in (
            (self.language, (("system", self.tr("System")), ("en", "English"), ("ru", "Русский")), self._settings.language),
            (
                self.theme,
                (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))),
                self._settings.theme,
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.app_group.setTitle(self.tr("Appearance"))
        self.language_label.setText(self.tr("&Language"))
        self.theme_label.setText(self.tr("&Theme"))
        self.language.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.thresholds_group.setTitle(self.tr("Warning thresholds (amber, red)"))
        names = {
            "concession_rate": self.tr("Share of pushes conceded"),
            "pressure_per_week": self.tr("Pushes per week"),
            "unpaid_hours_per_week": self.tr("Unpaid hours per week"),
            "client_burnout_score": self.tr("Check-in burnout score"),
        }
        for name, (label, amber, red) in self.threshold_fields.items():
            label.setText(names.get(name, name.replace("_", " ")))
            amber.setAccessibleName(self.tr("%1, amber from").replace("%1", label.text()))
            red.setAccessibleName(self.tr("%1, red from").replace("%1", label.text()))
        self.save_thresholds.setText(self.tr("Save thresholds"))
        if indicators is None:
            self.threshold_error.setText(self.tr("Thresholds can be set once the indicators are available."))
        self.data_group.setTitle(self.tr("Data"))
        self.folder_label.setText(self.tr("Your journal is kept in %1").replace("%1", str(self._journal.folder)))
        self.open_folder.setText(self.tr("&Open data folder"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- appearance ----------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self._settings.language = code
        i18n.install(code)  # every widget gets LanguageChange and retranslates itself

    def _theme_chosen(self) -> None:
        code = self.theme.currentData()
        self._settings.theme = code
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, code)

    # -- thresholds ----------------------------------------------------------------------------
    def _build_thresholds(self) -> None:
        if indicators is None:
            self.threshold_form.addRow(self.threshold_error)
            self.save_thresholds.hide()
            return
        current = indicators.load_thresholds(self._journal)
        for f in fields(current):
            amber_value, red_value = getattr(current, f.name)
            percent = f.name == "concession_rate"
            boxes = []
            for value in (amber_value, red_value):
                box = QDoubleSpinBox(self)
                box.setDecimals(0 if percent else 1)
                box.setRange(0, 100 if percent else 1000)
                box.setSuffix(" %" if percent else "")
                box.setValue(value * 100 if percent else value)
                boxes.append(box)
            label = QLabel(self)
            row = QHBoxLayout()
            row.addWidget(boxes[0])
            row.addWidget(boxes[1])
            self.threshold_form.addRow(label, row)
            self.threshold_fields[f.name] = (label, boxes[0], boxes[1])
        self.threshold_form.addRow(self.threshold_error)
        self.threshold_form.addRow(self.save_thresholds)

    def _save_thresholds(self) -> None:
        from journal.domain.validation import InvalidInput

        values: dict[str, Any] = {}
        for name, (_label, amber, red) in self.threshold_fields.items():
            scale = 100 if name == "concession_rate" else 1
            values[name] = (amber.value() / scale, red.value() / scale)
        current = indicators.load_thresholds(self._journal)
        try:
            indicators.save_thresholds(self._journal, type(current)(**values))
        except InvalidInput as exc:
            self.threshold_error.setText(self._problem_text(exc))
            return
        self.threshold_error.setText(self.tr("Saved."))
        self.window().journal_changed.emit()  # type: ignore[attr-defined]

    def _problem_text(self, exc: Any) -> str:
        try:
            from journal.services.text import problem_text
        except ImportError:
            return "; ".join(p.english() if hasattr(p, "english") else str(p) for p in exc.problems)
        return "; ".join(problem_text(p) for p in exc.problems)

    # -- data --------------------------------------------------------------------------------
    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._journal.folder)))

    def _start(self, worker: Worker, done) -> None:  # noqa: ANN001
        self._workers.append(worker)
        worker.signals.result.connect(done)
        worker.signals.failed.connect(lambda text: self.backup_status.setText(self.tr("Failed: %1").replace("%1", text)))
        worker.signals.finished.connect(lambda w=worker: self._workers.remove(w) if w in self._workers else None)
        worker.start()

    def backup_now(self) -> None:
        try:
            from journal.services import backup
        except ImportError:
            self.backup_status.setText(self.tr("Backups are not available in this build."))
            return
        self.backup_status.setText(self.tr("Backing up…"))
        folder = self._journal.folder
        worker = Worker(lambda progress, cancelled: backup.backup_now(folder))
        self._start(worker, lambda path: self.backup_status.setText(self.tr("Backed up to %1").replace("%1", str(path))))

    def _restore(self) -> None:
        try:
            from journal.services import backup
        except ImportError:
            self.backup_status.setText(self.tr("Backups are not available in this build."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(self._journal.folder), "*.sqlite3")
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr("Replace the journal with this backup? The current journal is backed up first."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            backup.restore(self._journal.folder, path)
            self.window().journal_changed.emit()  # type: ignore[attr-defined]

    def run_import(self, interchange: Any, path: str) -> None:
        folder = self._journal.folder
        self.backup_status.setText(self.tr("Importing…"))
        worker = Worker(lambda progress, cancelled: interchange.import_file(folder, path))
        self._start(worker, lambda _r: (self.backup_status.setText(self.tr("Imported.")), self.window().journal_changed.emit()))
