"""Date and time fields are one Tab stop: Tab leaves the field instead of walking its sections.

`QDateTimeEdit` (and `QDateEdit`) move Tab from day to month to year before leaving, so a person who
types a date and presses Tab types the next field's words into the date. `one_tab_stop(edit)` makes
Tab and Shift+Tab go to the next or previous field at once; the sections are still reached with the
arrow keys, by typing the separators, or with the calendar popup. `one_tab_stop_everywhere(root)`
does it for every date and time field under `root`. Both also give the field a date a person
cannot misread ("4 Dec 2026", «4 дек. 2026»), never the locale's short "12/4/26".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class _OneStop(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
        target = _neighbour(watched, forward)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def _neighbour(widget: QWidget, forward: bool) -> QWidget | None:
    """The next (or previous) widget in the focus chain that Tab would stop at."""
    candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    while candidate is not None and candidate is not widget:
        inside = widget.isAncestorOf(candidate)
        reachable = candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
        if not inside and reachable and candidate.isEnabled() and candidate.focusProxy() is None:
            return candidate
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
    return None


_filter = _OneStop()


def readable_format(edit: QDateTimeEdit) -> None:
    """A four-digit year and the month in words, in the field's own language ("4 Dec 2026 6:36 PM")."""
    shown = edit.displayFormat()
    if "yyyy" in shown or "yy" not in shown:
        return  # a format chosen on purpose
    day = "d MMM yyyy"
    if edit.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask:
        edit.setDisplayFormat(f"{day}  {edit.locale().timeFormat(QLocale.FormatType.ShortFormat)}")
    else:
        edit.setDisplayFormat(day)


def one_tab_stop(edit: QDateTimeEdit) -> None:
    edit.installEventFilter(_filter)
    readable_format(edit)


def one_tab_stop_everywhere(root: QWidget) -> None:
    for edit in root.findChildren(QDateTimeEdit):
        one_tab_stop(edit)
