"""What issue-5's pages share: hearing about journal writes, announcing their own, refreshing lazily.

MainWindow (issue-4-window) has `journal_changed`, emitted after any write; a page passed the
window as parent listens to it and refreshes when next shown rather than while hidden. A page
that writes announces it through the window, or refreshes itself when it stands alone. When
the language changes (Settings switches it live) a page rebuilds its body once, in the new words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def listen_to_journal(page: QWidget, parent: QWidget | None, refresh: Callable[[], None]) -> None:
    """Call `refresh` after any journal write: now when the page is visible, else when it is next shown."""
    signal = getattr(parent, "journal_changed", None)
    if signal is None:
        return

    def changed() -> None:
        if page.isVisible():
            refresh()
        else:
            page.setProperty("stale", True)

    signal.connect(changed)


def refresh_if_stale(page: QWidget, refresh: Callable[[], None]) -> None:
    """For showEvent: refresh once when a write happened while the page was hidden."""
    if page.property("stale"):
        page.setProperty("stale", False)
        refresh()


def announce_change(widget: QWidget, fallback: Callable[[], None]) -> None:
    """Tell the window the journal changed (every page refreshes); alone, just run `fallback`."""
    signal = getattr(widget.window(), "journal_changed", None)
    if signal is not None:
        signal.emit()
    else:
        fallback()


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def show_field_error(label: QLabel, text: str) -> None:
    """A message beside a field: a warning sign and words, in a red readable on light and dark."""
    colour = "#ff8a80" if is_dark(label) else "#b3261e"
    label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    label.setText("\u26a0 " + text)
    label.show()


def rebuild_later(page: QWidget, rebuild: Callable[[], None]) -> None:
    """Run `rebuild` once after a burst of LanguageChange events (one per installed catalogue)."""
    if page.property("rebuild_pending"):
        return
    page.setProperty("rebuild_pending", True)

    def run() -> None:
        page.setProperty("rebuild_pending", False)
        rebuild()

    QTimer.singleShot(0, page, run)  # dropped if the page is gone by then


def replace_body(layout: QVBoxLayout, old: QWidget | None, new: QWidget) -> QWidget:
    """Put `new` where `old` was in the page's outer layout; returns `new`."""
    if old is not None:
        layout.removeWidget(old)
        old.hide()  # gone at once, not only when the deferred delete runs
        old.deleteLater()
    layout.addWidget(new)
    return new
