"""The burnout level card on Today: icon, word and colour for the level, the reasons with their figures.

Every amber or red signal gets its sentence (from `journal.services.text`, numbers included)
and a "Show the events" button that asks for the journal filtered to what it counts; below,
the four signals' figures in one line, so a green level is explained too. Colour is never the
only signal: the word and the icon's shape say the level on their own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.domain.indicators import Signal as IndicatorSignal
from journal.domain.indicators import Status
from journal.services import story_text, text
from journal.ui import theme
from journal.ui.widgets.levels import level_colors, level_pixmap


def signal_figure(signal: IndicatorSignal) -> str:
    """'Concession rate: 75%' style figure for any signal, 'unknown' when it has no value."""
    name = text.signal_name_text(signal.name)
    value = text.signal_value_text(signal.name, signal.value)
    return f"{name}: {value}"


class LevelCard(QFrame):
    """The level in word, icon and colour, with the reasons; `reason_clicked(signal)` asks to see events."""

    reason_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelCard")
        self.level = "unknown"
        self.reason_rows: list[tuple[QLabel, QPushButton]] = []
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(56, 56))
        self.word = QLabel()
        font = self.word.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.word.setFont(font)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        head_words = QVBoxLayout()
        head_words.addWidget(self.word)
        head_words.addWidget(self.headline)
        head = QHBoxLayout()
        head.addWidget(self.icon)
        head.addLayout(head_words, 1)
        self.reasons_box = QVBoxLayout()
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.self_check = QLabel()
        self.self_check.setWordWrap(True)
        small = self.self_check.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        small.setItalic(True)
        self.self_check.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(head)
        layout.addLayout(self.reasons_box)
        layout.addWidget(self.figures)
        layout.addWidget(self.advice)
        layout.addWidget(self.self_check)
        self.word.setText(self.tr("Working out your level…"))

    def set_status(self, status: Status) -> None:
        self.level = status.level
        self.word.setText(story_text.risk_text(status.level))  # a risk, not a verdict
        self.headline.setText(story_text.headline_text(status))  # names only what drives the level
        for label, _button in self.reason_rows:
            holder = label.parentWidget()  # the row's holder, made below
            if holder is not None:
                self.reasons_box.removeWidget(holder)
                holder.deleteLater()
        self.reason_rows = []
        for signal in status.reasons:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            mark = "\u25b2 " if signal.level == "amber" else "\u25a0 "  # shape per level, not colour alone
            label = QLabel(mark + story_text.reason_text(signal, status.rate))
            label.setWordWrap(True)
            button = QPushButton(self.tr("Show the events"))
            button.setAccessibleName(self.tr("Show the events behind: %1").replace("%1", label.text()))
            button.clicked.connect(lambda _=False, s=signal: self.reason_clicked.emit(s))
            row.addWidget(label, 1)
            row.addWidget(button)
            self.reasons_box.addWidget(holder)
            self.reason_rows.append((label, button))
        known = [s for s in status.signals if s.value is not None]
        self.figures.setText(" · ".join(signal_figure(s) for s in known))
        self.figures.setVisible(bool(known) and status.level != "unknown")
        advice = story_text.advice_texts(status)
        self.advice.setText("\n".join(f"→ {line}" for line in advice))
        self.advice.setVisible(bool(advice))
        self.self_check.setText(story_text.self_check_text())
        self.apply_colors()

    def reason_texts(self) -> list[str]:
        return [label.text() for label, _ in self.reason_rows]

    def apply_colors(self) -> None:
        dark = theme.is_dark()  # the application's palette: the card's own follows its style sheet
        if self.property("styled_as") == f"{self.level}/{dark}":
            return  # a style sheet re-polishes every child: only when the look changes
        self.setProperty("styled_as", f"{self.level}/{dark}")
        colors = level_colors(self.level, dark)
        self.setStyleSheet(
            f"#levelCard {{ background: {colors.background.name()}; border: 2px solid {colors.accent.name()};"
            f" border-radius: 8px; }} #levelCard QLabel {{ color: {colors.text.name()}; background: transparent; }}"
        )
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(level_pixmap(self.level, 56, dark, ratio))
