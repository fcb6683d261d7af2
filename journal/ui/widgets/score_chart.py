"""Check-in scores over time: a small line chart on 0–100 with the high (50) and red (75) lines named.

`paint_scores(painter, rect, history, colors)` draws on any paint device; `score_geometry`
says where each scored check-in's point goes (tested); `ScoreChart` is the Insights widget,
with a check-in's date and score on hover. Colours and number format come from `chart.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from journal.export.chart import ChartColors, axis_number, default_metrics, translate
from journal.services import formats


@dataclass(frozen=True)
class ScoreGeometry:
    plot: QRectF
    points: tuple[QPointF, ...]  # one per scored check-in, oldest first


def score_geometry(
    rect: QRectF, history: Sequence[tuple[date, float | None]], metrics: QFontMetricsF | None = None
) -> ScoreGeometry:
    """Points for each scored check-in: x by date across the span, y by score on 0–100."""
    fm = default_metrics(metrics)
    line = fm.height()
    left = fm.horizontalAdvance("100") + line * 0.8
    plot = QRectF(rect.left() + left, rect.top() + line, rect.width() - left - line, rect.height() - line * 2.8)
    scored = [(day, value) for day, value in history if value is not None]
    if not scored:
        return ScoreGeometry(plot, ())
    first, last = scored[0][0], scored[-1][0]
    span = max((last - first).days, 1)
    points = []
    for day, value in scored:
        x = plot.center().x() if first == last else plot.left() + plot.width() * (day - first).days / span
        points.append(QPointF(x, plot.bottom() - plot.height() * value / 100))
    return ScoreGeometry(plot, tuple(points))


def paint_scores(
    painter: QPainter, rect: QRectF, history: Sequence[tuple[date, float | None]], colors: ChartColors
) -> ScoreGeometry:
    """Draw check-in scores over time, with the high (50) and red (75) lines named (no lines, just
    "No check-ins yet", before the first check-in: thresholds over nothing read as a verdict)."""
    fm = QFontMetricsF(painter.font(), painter.device())
    geo = score_geometry(rect, history, fm)
    plot, line = geo.plot, fm.height()
    scored = [(day, value) for day, value in history if value is not None]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not scored:
        painter.setPen(colors.text)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, translate("Chart", "No check-ins yet"))
        painter.restore()
        return geo
    for value in (0, 25, 50, 75, 100):
        y = plot.bottom() - plot.height() * value / 100
        painter.setPen(QPen(colors.conceded if value in (50, 75) else colors.grid, 0, Qt.PenStyle.DashLine
                            if value in (50, 75) else Qt.PenStyle.SolidLine))  # fmt: skip
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colors.text)
        label = axis_number(value)
        painter.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - line * 0.3, y + fm.ascent() / 2.6), label)
    names = {50: translate("Chart", "high"), 75: translate("Chart", "red")}
    for value, name in names.items():
        y = plot.bottom() - plot.height() * value / 100
        painter.drawText(QPointF(plot.right() - fm.horizontalAdvance(name) - line * 0.2, y - line * 0.2), name)
    painter.setPen(QPen(colors.unpaid, max(line * 0.12, 1.5)))
    for a, b in zip(geo.points, geo.points[1:], strict=False):
        painter.drawLine(a, b)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.unpaid)
    for point in geo.points:
        painter.drawEllipse(point, line * 0.22, line * 0.22)
    painter.setPen(colors.text)
    for (day, _), x in ((scored[0], geo.points[0].x()), (scored[-1], geo.points[-1].x())):
        label = formats.short_day(day)
        x = min(max(x - fm.horizontalAdvance(label) / 2, plot.left()), plot.right() - fm.horizontalAdvance(label))
        painter.drawText(QPointF(x, plot.bottom() + fm.ascent() + line * 0.3), label)
    painter.restore()
    return geo


class ScoreChart(QWidget):
    """Check-in scores over time on screen; hovering a point shows its date and score."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.history: tuple[tuple[date, float | None], ...] = ()
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Check-in scores over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 200)

    def set_history(self, history: Sequence[tuple[date, float | None]]) -> None:
        self.history = tuple(history)
        self.update()

    def _rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_scores(painter, self._rect(), self.history, ChartColors.for_palette(self.palette()))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            geo = score_geometry(self._rect(), self.history, QFontMetricsF(self.font()))
            scored = [(d, v) for d, v in self.history if v is not None]
            near = [i for i, p in enumerate(geo.points) if abs(p.x() - event.pos().x()) < 8]
            if near:
                day, value = scored[near[0]]
                text = self.tr("%1: score %2").replace("%1", formats.day(day))
                QToolTip.showText(event.globalPos(), text.replace("%2", axis_number(round(value))), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
