"""Settings → Calendar and Settings → Reminders: the calendar file, the tray, the notifications.

Calendar: the file re-read at start and every hour (Choose…, Stop reading it, Read now) and
what the last reading said. Reminders: "Keep running in the tray when the window is closed",
"Start Rapport when I log in", notifications on or off, the time of day they may start, and
the weekday of the weekly review. Each change is saved at once; the window's reminders
(`window/reminders.py`) read the settings when they act.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal.services.autostart import Autostart
from journal.ui.app_settings import AppSettings
from journal.ui.tray import keep_in_tray_default


class CalendarGroup(QGroupBox):
    """The calendar file and what its last reading said."""

    file_chosen = Signal(str)  # the path, or "" when reading stopped
    read_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.choose = QPushButton(self)
        self.stop = QPushButton(self)
        self.read_now = QPushButton(self)
        row = QHBoxLayout()
        for button in (self.choose, self.read_now, self.stop):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.choose.clicked.connect(self.choose_file)
        self.stop.clicked.connect(lambda: self.set_file(""))
        self.read_now.clicked.connect(self.read_requested.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Calendar"))
        name = self.settings.calendar_file
        self.file_label.setText(
            self.tr("Meetings are read from {file} at start and every hour. Nothing is sent anywhere.").format(file=name)
            if name
            else self.tr("Name a calendar file (.ics) exported from Outlook, Google Calendar or Apple Calendar, and "
                         "its meetings become meetings to log on Today. Nothing is sent anywhere.")
        )  # fmt: skip
        self.choose.setText(self.tr("Choose a calendar file…"))
        self.read_now.setText(self.tr("Read it now"))
        self.stop.setText(self.tr("Stop reading it"))
        self.read_now.setEnabled(bool(name))
        self.stop.setEnabled(bool(name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a calendar file"), "", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.settings.calendar_file = path
        self.status.clear()
        self.retranslate()
        self.file_chosen.emit(path)

    def show_result(self, counts) -> None:  # noqa: ANN001 - services.meetings.ImportCounts or None
        if counts is None:
            self.status.setText(self.tr("Read: the file has not changed."))
            return
        self.status.setText(
            self.tr("Read: {added} new, {updated} changed, {removed} removed, {skipped} skipped.").format(
                added=counts.added, updated=counts.updated, removed=counts.removed, skipped=counts.skipped
            )
        )

    def show_problem(self, message: str) -> None:
        self.status.setText(message)


DAYS = range(7)


class RemindersGroup(QGroupBox):
    """The tray, start at login, and the notifications' time and weekday."""

    changed = Signal()

    def __init__(self, settings: AppSettings, autostart: Autostart | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.autostart = autostart or Autostart()
        self.keep = QCheckBox(self)
        self.login = QCheckBox(self)
        self.notices = QCheckBox(self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.weekly = QComboBox(self)
        self.login_error = QLabel(self)
        self.login_error.setWordWrap(True)
        self.login_error.hide()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a time is short
        self.time_label, self.weekly_label = QLabel(self), QLabel(self)
        self.time_label.setBuddy(self.time)
        self.weekly_label.setBuddy(self.weekly)
        self.form.addRow(self.keep)
        self.form.addRow(self.login)
        self.form.addRow(self.login_error)
        self.form.addRow(self.notices)
        self.form.addRow(self.time_label, self.time)
        self.form.addRow(self.weekly_label, self.weekly)
        self.load()
        self.keep.toggled.connect(self._keep)
        self.login.toggled.connect(self._login)
        self.notices.toggled.connect(self._notices)
        self.time.timeChanged.connect(self._time)
        self.weekly.currentIndexChanged.connect(self._weekly)
        self.retranslate()

    def load(self) -> None:
        keep = self.settings.keep_in_tray
        self.keep.setChecked(keep_in_tray_default() if keep is None else keep)
        self.login.setChecked(self.autostart.is_enabled())
        self.notices.setChecked(self.settings.notices_enabled)
        self.time.setTime(QTime.fromString(self.settings.notice_time, "HH:mm"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reminders"))
        self.keep.setText(self.tr("&Keep running in the tray when the window is closed"))
        self.login.setText(self.tr("&Start Rapport when I log in"))
        self.notices.setText(self.tr("Show &notifications of what needs attention"))
        self.time_label.setText(self.tr("Notif&y from"))
        self.weekly_label.setText(self.tr("&Weekly review on"))
        self.weekly.blockSignals(True)
        self.weekly.clear()
        self.weekly.addItem(self.tr("Never"), -1)
        for day in DAYS:
            self.weekly.addItem(QLocale().dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.weekly.setCurrentIndex(max(0, self.weekly.findData(self.settings.weekly_day)))
        self.weekly.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _keep(self, on: bool) -> None:
        self.settings.keep_in_tray = on
        self.changed.emit()

    def _login(self, on: bool) -> None:
        try:
            self.autostart.set_enabled(on)
            self.login_error.hide()
        except OSError as exc:
            self.login_error.setText(self.tr("Could not change the start at login: {reason}").format(reason=exc))
            self.login_error.show()
            self.login.blockSignals(True)
            self.login.setChecked(self.autostart.is_enabled())
            self.login.blockSignals(False)
        self.changed.emit()

    def _notices(self, on: bool) -> None:
        self.settings.notices_enabled = on
        self.time.setEnabled(on)
        self.weekly.setEnabled(on)
        self.changed.emit()

    def _time(self, value: QTime) -> None:
        self.settings.notice_time = value.toString("HH:mm")
        self.changed.emit()

    def _weekly(self, _index: int) -> None:
        self.settings.weekly_day = int(self.weekly.currentData())
        self.changed.emit()
