"""The desktop app's entry point: `run(data_dir)` starts Qt, the language and theme, and the window.

On the first run (no journal yet and the welcome never done) a welcome offers an empty
journal or a sample one in its own folder; afterwards the app opens the journal it used last
(the sample keeps "Sample journal" in the title bar until the user leaves it from the File
menu). `Launcher` holds what is open, so tests drive the same path without `exec()`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journal import i18n, paths
from journal.store.app_lock import AppLock
from journal.store.db import DamagedJournalError, JournalError, open_journal
from journal.ui import theme
from journal.ui.app_settings import AppSettings

if TYPE_CHECKING:  # the screens are imported when shown
    from journal.ui.dialogs.damaged import DamagedDialog
    from journal.ui.dialogs.passphrase import UnlockDialog
    from journal.ui.dialogs.welcome import WelcomeDialog
    from journal.ui.window.main_window import MainWindow
    from journal.ui.window.reminders import WindowReminders


class Launcher(QObject):
    """Opens the welcome or the main window, and switches between the sample and the real journal."""

    def __init__(self, settings: AppSettings, data_dir: Path | None = None, first_run: bool | None = None):
        super().__init__()
        self.settings = settings
        self.explicit = data_dir is not None
        self.data_dir = data_dir or paths.data_dir()
        self.first_run = first_run
        self.window: MainWindow | None = None
        self.reminders: WindowReminders | None = None  # the window's tray, notifications and calendar
        self.welcome: WelcomeDialog | None = None
        self.unlock: UnlockDialog | None = None
        self.error: str | None = None
        self._retired: list[QWidget] = []
        self.lock: AppLock | None = None
        self.damaged: DamagedDialog | None = None  # the damaged-journal screen, when shown
        self.in_tray = False  # started at login: wait in the tray when there is one
        self.show_failure: Callable[[str], None] | None = None  # set by watch_for_failures

    def is_first_run(self) -> bool:
        if self.first_run is not None:
            return self.first_run
        return not self.settings.welcome_done and not paths.journal_path(self.data_dir).exists()

    def start(self) -> QWidget | None:
        """Show the welcome or the window; returns what was shown (None when the journal cannot open)."""
        if self.is_first_run():
            from journal.ui.dialogs.welcome import WelcomeDialog

            welcome = self.welcome = WelcomeDialog(self.data_dir)
            welcome.chosen.connect(self._chosen)
            welcome.show()
            return welcome
        sample = self.settings.demo_mode and not self.explicit
        return self.open_window(paths.demo_data_dir() if sample else self.data_dir, sample=sample)

    def _chosen(self, kind: str, folder: Path) -> None:
        self.settings.welcome_done = True
        self.settings.demo_mode = kind == "sample"
        self.settings.last_page = "today"  # a first start opens on Today, empty or sample
        self.open_window(folder, sample=kind == "sample")

    def open_window(self, folder: Path, *, sample: bool = False) -> QWidget | None:
        """The window over the journal in `folder`; an encrypted one first shows the passphrase dialog
        (returned instead), nothing written before it is unlocked (issue-13)."""
        from journal.services import privacy

        if privacy.is_journal_encrypted(folder):
            return self._ask_passphrase(folder, sample)
        return self._open_window(folder, None, sample=sample)

    def _ask_passphrase(self, folder: Path, sample: bool) -> QWidget:
        from journal.services import privacy
        from journal.ui.dialogs.passphrase import UnlockDialog

        unlock = self.unlock = UnlockDialog(paths.journal_path(folder), None, remember=True)
        remembered = privacy.remembered_passphrase(folder) if self.settings.remember_passphrase else None

        def unlocked(key: bytes, passphrase: str) -> None:
            if unlock.remember.isChecked() and passphrase:
                self.settings.remember_passphrase = privacy.remember(folder, passphrase)
            elif not unlock.remember.isChecked() and self.settings.remember_passphrase:
                privacy.forget(folder)
                self.settings.remember_passphrase = False
            self._open_window(folder, key, sample=sample)

        unlock.unlocked.connect(unlocked)
        unlock.show()
        if remembered:
            unlock.remember.setChecked(True)
            unlock.passphrase.setText(remembered)
            unlock.try_unlock()
        return unlock

    def _open_window(self, folder: Path, key: bytes | None, *, sample: bool = False) -> QWidget | None:
        from journal.ui.window.main_window import MainWindow

        try:
            journal = open_journal(folder, key)
        except DamagedJournalError as exc:
            self.error = str(exc)
            return self.show_damaged(folder, exc.detail, key)
        except JournalError as exc:
            self.error = str(exc)
            QMessageBox.critical(None, QCoreApplication.translate("Launcher", "Rapport"), str(exc))
            return None
        self.hold(folder)
        old, old_reminders = self.window, self.reminders
        window = self.window = MainWindow(journal, self.settings, sample=sample)
        window.leave_sample_requested.connect(self.leave_sample)
        from journal.ui.window.reminders import attach  # issue 14: tray, notifications, calendar file

        reminders = self.reminders = attach(window)
        if not (self.in_tray and reminders.tray is not None):
            window.show()
        if old_reminders is not None:
            old_reminders.quitting = True  # a sample journal left: really close, not to the tray
            if old_reminders.tray is not None:
                old_reminders.tray.hide()
        if old is not None:
            old.close()
            self._retired.append(old)  # kept until its pages' background work has reported
        QTimer.singleShot(0, self._offer_drafts)
        return window

    def hold(self, folder: Path) -> None:
        """Hold the folder's app lock while the window is open on it (`rapport restore` asks)."""
        if self.lock is not None:
            self.lock.release()
        self.lock = AppLock(folder)
        self.lock.acquire()  # a read-only folder cannot be locked, and cannot be restored into either

    def show_damaged(self, folder: Path, detail: str, key: bytes | None = None) -> QWidget:
        """The damaged-journal screen instead of the window; it reopens the journal once restored."""
        from journal.ui.dialogs.damaged import DamagedDialog

        damaged = self.damaged = DamagedDialog(folder, detail, key)
        damaged.restored.connect(lambda chosen: self.open_window(chosen))
        damaged.other_chosen.connect(lambda chosen: self.open_window(chosen))
        damaged.show()
        return damaged

    def _offer_drafts(self) -> None:
        if self.window is not None:
            self.window.restore_drafts()

    def leave_sample(self) -> None:
        self.settings.demo_mode = False
        self.open_window(self.data_dir, sample=False)


def watch_for_failures(launcher: Launcher) -> None:
    """Log into the data folder, route Qt's messages there, and show every unexpected failure
    (uncaught in a slot, or in background work) as "Something went wrong. Your journal is safe."."""
    import traceback

    from journal import logs
    from journal.ui.workers import crashes

    logs.setup(launcher.data_dir)
    logs.install_qt_handler()
    logs.LOG.info("the app started on %s", launcher.data_dir)
    shown: list[QWidget] = []

    def show(details: str) -> None:
        from journal.ui.dialogs.error import ErrorDialog

        dialog = ErrorDialog(details, logs.current(), launcher.window)
        dialog.finished.connect(lambda _r, d=dialog: shown.remove(d) if d in shown else None)
        shown.append(dialog)
        dialog.open()

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
        details = "".join(traceback.format_exception(kind, value, tb))
        logs.LOG.error("uncaught exception\n%s", details)
        show(details)

    sys.excepthook = excepthook
    crashes.crashed.connect(show)
    launcher.show_failure = show


def run(data_dir: Path | None = None, *, first_run: bool | None = None, in_tray: bool = False) -> int:
    """Start the desktop app over `data_dir` (default: the platform's data folder)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    settings = AppSettings()
    i18n.install(settings.language)
    theme.apply(app, settings.theme)
    launcher = Launcher(settings, data_dir, first_run)
    watch_for_failures(launcher)
    launcher.in_tray = in_tray
    if launcher.start() is None:
        return 1
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # background work finishes before its journal closes
    if launcher.window is not None:
        launcher.window.journal.close(every_thread=True)
    if launcher.lock is not None:
        launcher.lock.release()
    return code
