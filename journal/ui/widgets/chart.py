"""The 12-week trend chart on screen: the drawing of `journal/export/chart.py` in a widget,
with each week's values on hover."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journal.export.chart import ChartColors, TrendGeometry, WeekLike, paint_trend, trend_geometry, week_tooltip


class TrendChart(QWidget):
    """The 12-week trend on screen; hovering a week shows its values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks: tuple[WeekLike, ...] = ()
        self.hovered: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("12-week trend"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 260)

    def set_weeks(self, weeks: Sequence[WeekLike]) -> None:
        self.weeks = tuple(weeks)
        self.update()

    def chart_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def chart_geometry(self) -> TrendGeometry:
        """The geometry the widget draws with at its current size and font."""
        return trend_geometry(self.chart_rect(), self.weeks, QFontMetricsF(self.font(), self))

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_trend(painter, self.chart_rect(), self.weeks, ChartColors.for_palette(self.palette()), self.hovered)
        painter.end()

    def week_at(self, pos: QPointF) -> int | None:
        return self.chart_geometry().week_at(pos)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        index = self.week_at(event.position())
        if index != self.hovered:
            self.hovered = index
            self.update()

    def leaveEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        self.hovered = None
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.week_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), week_tooltip(self.weeks[index]), self)
            return True
        return super().event(event)
