"""Lock after N idle minutes (Settings → Privacy; off by default, only for an encrypted journal).

Any key press, click or wheel in the app restarts the countdown. When it runs out, every open
editor writes its draft, every window of the app is hidden behind the passphrase dialog and the
journal's data key is dropped (its connections closed); the right passphrase brings the windows
back as they were, and Cancel quits with the drafts kept for the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from journal import paths
from journal.ui.host import WindowHost

if TYPE_CHECKING:
    from journal.store.db import Journal
    from journal.ui.dialogs.passphrase import UnlockDialog

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Watches the app's input for `window` (a MainWindow) and locks it when idle."""

    def __init__(self, window: QWidget, minutes: int = 0):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.hidden: list[QWidget] = []
        self.dialog: UnlockDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.timer.stop()
        if self.minutes:
            self.timer.start(self.minutes * 60_000)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.minutes and not self.locked:
            self.timer.start(self.minutes * 60_000)
        return False

    def lock(self) -> None:
        if not isinstance(self.window, WindowHost):
            return
        journal = self.window.journal
        if self.locked or journal.key is None:
            return
        from journal.ui.dialogs.passphrase import UnlockDialog
        from journal.ui.editors.base import EditorDialog

        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            if isinstance(widget, EditorDialog):
                widget.keep_draft_for_lock()  # written while the key is still there
            widget.hide()
        journal.use_key(None)  # drop the key and every connection that holds it
        dialog = self.dialog = UnlockDialog(paths.journal_path(journal.folder), None)
        dialog.setObjectName("idle_unlock")
        dialog.intro.setText(QCoreApplication.translate("Privacy", "Rapport locked itself after a while without use."))
        dialog.unlocked.connect(lambda key, _passphrase: self._unlocked(journal, key))
        dialog.rejected.connect(self._gave_up)
        dialog.show()

    def _unlocked(self, journal: Journal, key: bytes) -> None:
        journal.use_key(key)
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        self.dialog = None
        self.set_minutes(self.minutes)

    def _gave_up(self) -> None:
        """Cancel on the lock dialog quits: the content stays hidden and the key stays dropped.

        An open editor closes without asking; its draft, written at the lock, is offered at the next start.
        """
        from journal.ui.editors.base import EditorDialog

        self.dialog = None
        for widget in self.hidden:
            if isinstance(widget, EditorDialog):
                widget.close_keeping_draft()
            else:
                widget.close()
        self.hidden = []
