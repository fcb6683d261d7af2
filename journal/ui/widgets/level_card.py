"""The burnout level card on Today: icon, word and colour for the level, the reasons with their figures.

Every amber or red signal gets its sentence (from `journal.services.text`, numbers included)
and a "Show the events" button that asks for the journal filtered to what it counts; below,
the four signals' figures in one line, so a green level is explained too. Colour is never the
only signal: the word and the icon's shape say the level on their own. The card is calm: a
panel in the palette's own colours with a band of the level's colour down its left edge, the
icon and the word; the words inside are in the ordinary text colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from journal.domain.indicators import Signal as IndicatorSignal
from journal.domain.indicators import Status
from journal.services import story_text, text
from journal.ui import theme
from journal.ui.widgets.heading import HALF, SECTION, SPACE, caption
from journal.ui.widgets.levels import level_colors, level_pixmap

BAND = 6  # the level's colour down the card's left edge
ICON = 32


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
        self.icon.setFixedSize(QSize(ICON, ICON))
        self.word = QLabel()
        font = self.word.font()
        font.setPointSizeF(font.pointSizeF() * SECTION * 1.15)
        font.setBold(True)
        self.word.setFont(font)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        head = QHBoxLayout()
        head.setSpacing(SPACE)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.word, 1)
        self.reasons_box = QVBoxLayout()
        self.reasons_box.setSpacing(HALF)
        self.figures = caption(QLabel())
        self.figures.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.advice_toggle = QToolButton()  # what to try folds away, so the card leaves room for the lists
        self.advice_toggle.setObjectName("adviceToggle")
        self.advice_toggle.setCheckable(True)
        self.advice_toggle.setAutoRaise(True)
        self.advice_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advice_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advice_toggle.toggled.connect(self._advice_toggled)
        self.advice_count = 0
        self.self_check = caption(QLabel(), italic=True)
        self.self_check.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BAND + 2 * SPACE, SPACE + HALF, 2 * SPACE, SPACE + HALF)
        layout.setSpacing(SPACE)
        layout.addLayout(head)
        layout.addWidget(self.headline)
        layout.addLayout(self.reasons_box)
        layout.addWidget(self.figures)
        layout.addWidget(self.advice_toggle)
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
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
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
        self.advice_count = len(advice)
        self.advice_toggle.setVisible(bool(advice))
        self._advice_toggled(self.advice_toggle.isChecked())
        self.self_check.setText(story_text.self_check_text())
        self.apply_colors()

    def _advice_toggled(self, shown: bool) -> None:
        self.advice_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.advice_toggle.setText(self.tr("What to try (%n)", "", self.advice_count))
        self.advice.setVisible(shown and self.advice_count > 0)

    def reason_texts(self) -> list[str]:
        return [label.text() for label, _ in self.reason_rows]

    def apply_colors(self) -> None:
        """The icon and the band in the level's colour for the theme in force; the rest is the palette's."""
        dark = theme.is_dark()
        self.setProperty("styled_as", f"{self.level}/{dark}")
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(level_pixmap(self.level, ICON, dark, ratio))
        self.update()

    def accent(self):  # noqa: ANN201 - QColor
        return level_colors(self.level, theme.is_dark()).accent

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        """A panel in the palette's base colour, a thin edge, and the level's band on the left."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        outline = QPainterPath()
        outline.addRoundedRect(box, SPACE - 2, SPACE - 2)
        painter.fillPath(outline, self.palette().color(QPalette.ColorRole.Base))
        painter.setClipPath(outline)
        painter.fillRect(QRectF(box.left(), box.top(), BAND, box.height()), self.accent())
        painter.setClipping(False)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(outline)
        painter.end()
