"""What a person does in tests: type any text (Cyrillic too) and answer message boxes by clicking.

`QTest.keyClicks` aborts on characters outside Latin-1, so non-ASCII characters are sent as
key events carrying their text, exactly what a keyboard with a Russian layout produces.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def answer_next_box(qtbot, button_text: str, seen: list[str] | None = None) -> None:
    """When the next message box appears, record its text in `seen` and click `button_text`."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if button.text() == button_text:
                    if seen is not None:
                        seen.append(box.text())
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                    return
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
