"""A client's twelve months on screen: the drawing of `journal/export/client_chart.py` in a widget,
with each month's values on hover."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journal.export.chart import ChartColors
from journal.export.client_chart import MonthLike, client_chart_geometry, month_tooltip, paint_client_chart


class ClientChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: tuple[MonthLike, ...] = ()
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Pushes by response and mean mood, last 12 months"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 240)

    def set_months(self, months: Sequence[MonthLike]) -> None:
        self.months = tuple(months)
        self.update()

    def chart_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_client_chart(painter, self.chart_rect(), self.months, ChartColors.for_palette(self.palette()))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.months and isinstance(event, QHelpEvent):
            geo = client_chart_geometry(self.chart_rect(), self.months, QFontMetricsF(self.font(), self))
            index = next((i for i, s in enumerate(geo.slots) if s.contains(QPointF(event.pos()))), None)
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), month_tooltip(self.months[index]), self)
            return True
        return super().event(event)
