"""The Settings page: language, theme, indicator thresholds, the data folder, backup and restore.

Language and theme take effect at once (the new catalogue is installed and every widget
retranslates itself on `QEvent.LanguageChange`). Thresholds are the journal's own (saved in it
through `journal.services.indicators`), checked before saving with the message beside them.
Backups run in a worker so the window never waits.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import i18n
from journal.services import indicators, vocabulary
from journal.store.db import Journal
from journal.ui import theme
from journal.ui.app_settings import AppSettings
from journal.ui.host import WindowHost
from journal.ui.pages.backups_panel import BackupsPanel
from journal.ui.widgets.heading import page_margins
from journal.ui.widgets.heading import title as page_title
from journal.ui.widgets.rate_settings import RateSettings
from journal.ui.workers import Worker


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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for combo in (self.language, self.theme):
            combo.setMinimumContentsLength(16)
        self.language_label, self.theme_label = QLabel(body), QLabel(body)
        self.language_label.setBuddy(self.language)
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        self.thresholds_group = QGroupBox(body)
        self.threshold_form = QFormLayout(self.thresholds_group)
        self.threshold_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.threshold_fields: dict[str, tuple[QLabel, QDoubleSpinBox, QDoubleSpinBox]] = {}
        self.threshold_error = QLabel(body)
        self.threshold_error.setWordWrap(True)
        self.save_thresholds = QPushButton(body)
        self._build_thresholds()
        self.rate = RateSettings(journal, body)
        self.rate.saved.connect(self._journal_changed)
        self.data_group = QGroupBox(body)
        data = QVBoxLayout(self.data_group)
        self.folder_label = QLabel(body)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(self.folder_label.textInteractionFlags().TextSelectableByMouse)
        self.open_folder = QPushButton(body)
        self.import_status = QLabel(body)
        row = QHBoxLayout()
        row.addWidget(self.open_folder)
        row.addWidget(self.import_status, 1)
        data.addWidget(self.folder_label)
        data.addLayout(row)
        # issue-6: the backups list (Back up now, Restore…)
        self.backups = BackupsPanel(journal, body)
        self.backups.restored.connect(lambda _path: self._journal_changed())
        data.addWidget(self.backups)
        from journal.ui.pages.privacy import PrivacyPanel  # issue-13: Settings → Privacy
        from journal.ui.pages.settings_calendar import CalendarGroup, RemindersGroup  # issue 14

        self.privacy = PrivacyPanel(journal, settings, body)
        self.privacy.changed.connect(self._journal_changed)
        self.calendar_group, self.reminders_group = CalendarGroup(settings, body), RemindersGroup(settings, None, body)
        layout = QVBoxLayout(body)
        page_margins(layout)
        self.title = page_title("")
        layout.addWidget(self.title)
        groups = (self.app_group, self.thresholds_group, self.rate, self.calendar_group, self.reminders_group)
        for group in (*groups, self.data_group, self.privacy):
            layout.addWidget(group)
        layout.addStretch(1)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.open_folder.clicked.connect(self._open_folder)
        self.save_thresholds.clicked.connect(self._save_thresholds)

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for combo, items, current in (
            (
                self.language,
                (("system", self.tr("System")), ("en", "English"), ("ru", "Русский")),
                self._settings.language,
            ),
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
        for name, (label, amber, red) in self.threshold_fields.items():
            label.setText(vocabulary.signal(name))
            label.setToolTip(vocabulary.signal_hint(name))
            amber.setAccessibleName(self.tr("%1, amber from").replace("%1", label.text()))
            red.setAccessibleName(self.tr("%1, red from").replace("%1", label.text()))
        self.save_thresholds.setText(self.tr("Save thresholds"))
        self.data_group.setTitle(self.tr("Data"))
        self.folder_label.setText(self.tr("Your journal is kept in %1").replace("%1", str(self._journal.folder)))
        self.open_folder.setText(self.tr("&Open data folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))

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
                box.setMinimumWidth(110)
                boxes.append(box)
            label = QLabel(self)
            row = QHBoxLayout()
            row.addWidget(boxes[0])
            row.addWidget(boxes[1])
            row.addStretch(1)
            self.threshold_form.addRow(label, row)
            self.threshold_fields[f.name] = (label, boxes[0], boxes[1])
        self.threshold_form.addRow(self.threshold_error)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_thresholds)
        save_row.addStretch(1)
        self.threshold_form.addRow(save_row)

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
        self._journal_changed()

    def _journal_changed(self) -> None:
        """Tell the window, which refreshes every page."""
        window = self.window()
        if isinstance(window, WindowHost):
            window.journal_changed.emit()

    def _problem_text(self, exc: Any) -> str:
        from journal.services.text import problem_text

        return "; ".join(problem_text(p) for p in exc.problems)

    # -- data --------------------------------------------------------------------------------
    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._journal.folder)))

    def backup_now(self) -> None:
        self.backups.backup_now()

    def run_import(self, path: str) -> None:
        """Import a JSON journal file in a worker; the window refreshes when it is in."""
        from journal.services import interchange

        self.import_status.setText(self.tr("Importing…"))
        worker = Worker(interchange.import_json, self._journal, Path(path))
        self._workers.append(worker)
        worker.signals.result.connect(self._imported)
        worker.signals.failed.connect(
            lambda text: self.import_status.setText(self.tr("Import failed: %1").replace("%1", text))
        )
        worker.signals.finished.connect(lambda w=worker: self._workers.remove(w) if w in self._workers else None)
        worker.start()

    def _imported(self, counts: dict) -> None:
        self.import_status.setText(self.tr("Imported %n records.", "", sum(counts.values())))
        self._journal_changed()
