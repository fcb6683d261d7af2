"""Reminders that reach the person outside the window, attached to the main window.

`attach(window)` gives the window: File → Import calendar…; the calendar file of Settings →
Calendar re-read at start and every hour; the tray icon with its count and menu (where the
platform has a tray); notifications; and "keep running in the tray when the window is
closed" (asked once, the first time the window is closed with a tray at hand). Quit from
the menu or the tray quits for real.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSystemTrayIcon

from journal.domain.notifications import Notice
from journal.services import meetings
from journal.services.text import calendar_problem_text
from journal.ui.calendar_watch import CalendarWatch
from journal.ui.notifier import Notifier
from journal.ui.tray import Tray, keep_in_tray_default
from journal.ui.workers import Worker

if TYPE_CHECKING:
    from journal.ui.window.main_window import MainWindow


class WindowReminders(QObject):
    """Everything of issue 14 the main window carries; `window.reminders` is this."""

    def __init__(self, window: MainWindow, *, tray: bool | None = None, clock: Callable[[], datetime] | None = None):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.journal = window.journal
        self.quitting = False
        self.asked_dialog: QMessageBox | None = None
        self.running: set[Worker] = set()
        has_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray = Tray(self) if has_tray else None
        self.notifier = Notifier(self.journal, self.settings, self.tray.show_notice if self.tray else None,
                                 clock or datetime.now, self)  # fmt: skip
        self.watch = CalendarWatch(self.journal, self.settings, self)
        self.import_action = QAction(window)
        self.import_action.setObjectName("import_calendar")
        self.import_action.triggered.connect(self.choose_calendar)
        actions = getattr(window, "actions_", None)
        if actions is not None:
            actions.file_menu.insertAction(actions.export_file, self.import_action)
            actions.quit.triggered.disconnect()
            actions.quit.triggered.connect(self.quit)
        if self.tray is not None:
            self.tray.open_requested.connect(self.open_window)
            self.tray.editor_requested.connect(self.new_entry)
            self.tray.meetings_requested.connect(lambda: self.open_window(focus=("meeting", None)))
            self.tray.quit_requested.connect(self.quit)
            self.tray.notice_clicked.connect(self.notice_clicked)
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)
        self.notifier.checked.connect(self._counted)
        self.watch.imported.connect(lambda _c: self.journal_changed())
        self.watch.problem.connect(lambda text: window.statusBar().showMessage(text, 20000))
        if hasattr(window, "journal_changed"):
            window.journal_changed.connect(self.notifier.check)
        window.installEventFilter(self)
        self.retranslate()

    def start(self) -> None:
        self.notifier.start()
        self.watch.start()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import &calendar…"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if obj is self.window and event.type() == QEvent.Type.Close and not self.quitting:
            return self._close_to_tray(event)  # type: ignore[arg-type]
        return False

    # -- closing -----------------------------------------------------------------------------
    def keep_running(self) -> bool:
        keep = self.settings.keep_in_tray
        return keep_in_tray_default() if keep is None else keep

    def _close_to_tray(self, event: QCloseEvent) -> bool:
        if self.tray is None:
            return False
        if self.settings.keep_in_tray is None:
            self.settings.keep_in_tray = self.ask_keep_running()
        if not self.keep_running():
            self.quit()
            event.ignore()  # quit() closes the window itself
            return True
        event.ignore()
        self.window.save_state() if hasattr(self.window, "save_state") else None
        self.window.hide()
        return True

    def ask_keep_running(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep Rapport running?"),
                          self.tr("Keep Rapport running in the tray when the window is closed, so reminders "
                                  "reach you? You can change this in Settings → Reminders."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)  # fmt: skip
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Keep running"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Quit when closed"))
        box.setDefaultButton(
            QMessageBox.StandardButton.Yes if keep_in_tray_default() else QMessageBox.StandardButton.No
        )
        self.asked_dialog = box
        return box.exec() == QMessageBox.StandardButton.Yes

    def quit(self) -> None:
        """Quit for real: the window closes (its backup and state as usual), the tray goes."""
        self.quitting = True
        self.notifier.timer.stop()
        self.watch.timer.stop()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
            QApplication.quit()

    # -- opening -----------------------------------------------------------------------------
    def open_window(self, focus: tuple[str, str | None] | None = None) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if focus is not None:
            from journal.ui.pages.today import TodayPage

            self.window.show_page("today")
            page = self.window.pages.get("today")
            if isinstance(page, TodayPage):
                QTimer.singleShot(0, lambda: page.focus_item(*focus))

    def new_entry(self, kind: str) -> None:
        self.open_window()
        self.window.open_editor(kind)

    def notice_clicked(self, notice: Notice | None) -> None:
        if notice is not None and notice.kind == "weekly":
            self.open_window()
            self.window.show_page("insights")
        elif notice is not None and notice.first is not None:
            self.open_window(focus=(notice.first.kind, notice.first.id))
        else:
            self.open_window(focus=("", None))

    def _counted(self, due: tuple, _notice: object) -> None:
        if self.tray is not None:
            self.tray.set_count(len(due), sum(1 for r in due if r.kind == "meeting"))

    def journal_changed(self) -> None:
        if hasattr(self.window, "journal_changed"):
            self.window.journal_changed.emit()

    # -- calendar ----------------------------------------------------------------------------
    def choose_calendar(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a calendar"), "", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.import_calendar(Path(path))

    def import_calendar(self, path: Path) -> Worker:
        """File → Import calendar…: on a worker; the status bar says how it went."""
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Reading {file}…").format(file=path.name))
        worker = Worker(import_on_worker, self.journal, path)
        worker.signals.result.connect(lambda found, p=path: self._imported(p, found))
        worker.signals.failed.connect(lambda text: bar.showMessage(text, 20000))
        worker.signals.finished.connect(lambda w=worker: self.running.discard(w))
        self.running.add(worker)
        worker.start()
        return worker

    def _imported(self, path: Path, found: tuple) -> None:
        bar = self.window.statusBar()
        if found[0] == "problem":
            bar.showMessage(
                self.tr("{file} was not imported: {problem}").format(file=path.name, problem=found[1]), 30000
            )
            return
        counts = found[1]
        bar.showMessage(
            self.tr("Meetings from {file}: {added} new, {updated} changed, {removed} removed.").format(
                file=path.name, added=counts.added, updated=counts.updated, removed=counts.removed
            ),
            15000,
        )
        self.journal_changed()


def import_on_worker(journal, path: Path, **_worker: object) -> tuple:  # noqa: ANN001 - Journal
    try:
        return ("read", meetings.import_calendar(journal, path))
    except meetings.CalendarError as exc:
        return ("problem", calendar_problem_text(exc))


def attach(
    window: MainWindow, *, tray: bool | None = None, clock: Callable[[], datetime] | None = None
) -> WindowReminders:
    reminders = WindowReminders(window, tray=tray, clock=clock)
    window.reminders = reminders
    reminders.start()
    return reminders
