"""Rapport in the system tray: an icon with the count of what needs attention, and its menu.

The menu: Open Rapport, New interaction…, New gratitude note…, Meetings to log, Quit. The
icon is the app's own with the count painted on it (and in the tooltip), so a glance at the
panel says whether anything waits. Desktop notifications go through `show_notice`
(`QSystemTrayIcon.showMessage`, the platform's notification centre); clicking one emits
`notice_clicked` with the notice. The tray only says what was asked (`open_requested`,
`editor_requested(kind)`, `meetings_requested`, `quit_requested`); `window/reminders.py`
does it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from journal import paths
from journal.domain.notifications import Notice
from journal.services.notice_text import notice_body, notice_title, tray_tooltip

SIZE = 64


def keep_in_tray_default() -> bool:
    """Off on macOS, where the Dock icon serves; on elsewhere."""
    return sys.platform != "darwin"


def app_icon() -> QIcon:
    for name in ("rapport-256.png", "rapport.svg"):
        path = paths.resource("icons", name)
        if path.exists():
            return QIcon(str(path))
    return QIcon()


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app's icon with `count` in a red disc at its top right (none when 0; 99+ past 99)."""
    pixmap = base.pixmap(SIZE, SIZE) if not base.isNull() else QPixmap(SIZE, SIZE)
    if base.isNull():
        pixmap.fill(QColor("#2f6f8f"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(SIZE - 38, 0, 38, 38)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22 if count < 10 else 17)
    painter.setFont(font)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The tray icon, its menu, its count, and the notices it shows."""

    open_requested = Signal()
    editor_requested = Signal(str)  # "interaction" or "gratitude"
    meetings_requested = Signal()
    quit_requested = Signal()
    notice_clicked = Signal(object)  # the Notice last shown

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.base_icon = app_icon()
        self.count = 0
        self.last_notice: Notice | None = None
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.interaction_action = QAction(self.menu)
        self.gratitude_action = QAction(self.menu)
        self.meetings_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.interaction_action)
        self.menu.addAction(self.gratitude_action)
        self.menu.addAction(self.meetings_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_requested.emit)
        self.interaction_action.triggered.connect(lambda: self.editor_requested.emit("interaction"))
        self.gratitude_action.triggered.connect(lambda: self.editor_requested.emit("gratitude"))
        self.meetings_action.triggered.connect(self.meetings_requested.emit)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(lambda: self.notice_clicked.emit(self.last_notice))
        self.menu.installEventFilter(self)
        self.meetings = 0
        self.retranslate()
        self.set_count(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open Rapport"))
        self.interaction_action.setText(self.tr("New interaction…"))
        self.gratitude_action.setText(self.tr("New gratitude note…"))
        self.meetings_action.setText(self.meetings_text())
        self.quit_action.setText(self.tr("Quit Rapport"))
        self.icon.setToolTip(tray_tooltip(self.count))

    def meetings_text(self) -> str:
        if self.meetings:
            return self.tr("Meetings to log (%n)", "", self.meetings)
        return self.tr("Meetings to log")

    def set_count(self, total: int, meetings: int = 0) -> None:
        """What needs attention: the badge, the tooltip and the meetings item follow it."""
        self.count, self.meetings = total, meetings
        self.icon.setIcon(badge_icon(self.base_icon, total))
        self.icon.setToolTip(tray_tooltip(total))
        self.meetings_action.setText(self.meetings_text())

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_notice(self, notice: Notice, days: int | None = None, msecs: int = 15000) -> tuple[str, str]:
        """Show a notification; returns its title and text (what the person reads)."""
        self.last_notice = notice
        title, body = notice_title(notice), notice_body(notice, days)
        self.icon.showMessage(title, body, badge_icon(self.base_icon, self.count), msecs)
        return title, body

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
