"""A client's twelve months on one chart: pushes by response as stacked bars, the mean mood as a line.

Drawn with QPainter onto any paint device, so the client's page (`ui/widgets/client_chart.py`)
and the client's PDF draw the same picture. It shares the trend chart's colours, axis steps
and numbers (`journal/export/chart.py`); each response has a shape of its own as well as a
colour (held plain, negotiated dotted, conceded hatched, pending outlined), and the mood line
has diamond markers on its own −2…+2 axis, with gaps where a month has no mood.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from journal.export.chart import ChartColors, axis_number, nice_max
from journal.services import vocabulary

translate = QCoreApplication.translate
RESPONSES = ("held", "negotiated", "conceded", "pending")  # bottom to top


class MonthLike(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def conceded(self) -> int: ...
    @property
    def negotiated(self) -> int: ...
    @property
    def held(self) -> int: ...
    @property
    def pending(self) -> int: ...
    @property
    def mood(self) -> float | None: ...


@dataclass(frozen=True)
class ClientChartGeometry:
    plot: QRectF
    slots: tuple[QRectF, ...]
    bars: tuple[tuple[tuple[str, QRectF], ...], ...]  # per month, (response, segment) bottom to top
    mood_points: tuple[QPointF | None, ...]
    count_max: float
    count_step: float


def response_color(response: str, colors: ChartColors) -> QColor:
    return {
        "held": colors.gratitude,
        "negotiated": colors.pressure,
        "conceded": colors.conceded,
        "pending": colors.grid,
    }[response]


def legend_items() -> list[tuple[str, str]]:
    """The responses by their one name (`services.vocabulary`), then the mood line."""
    codes = ("held", "negotiated", "conceded", "pending")
    return [(code, vocabulary.response(code)) for code in codes] + [("mood", translate("ClientChart", "Mean mood"))]


def month_label(start: date) -> str:
    """'Jan', «янв»: the month's own short name (not the genitive «мая» of a date)."""
    return QLocale().standaloneMonthName(start.month, QLocale.FormatType.ShortFormat).rstrip(".")


def client_chart_geometry(rect: QRectF, months: Sequence[MonthLike], fm: QFontMetricsF) -> ClientChartGeometry:
    line = fm.height()
    count_max, count_step = nice_max(max((_total(m) for m in months), default=0))
    left = fm.horizontalAdvance(axis_number(count_max)) + line * 0.8
    right = fm.horizontalAdvance("−2") + line * 0.8
    top = line * 1.6 * _legend_rows(rect.width(), fm) + line * 1.6
    plot = QRectF(rect.left() + left, rect.top() + top, rect.width() - left - right, rect.height() - top - line * 1.6)
    width = plot.width() / max(len(months), 1)
    slots: list[QRectF] = []
    bars: list[tuple[tuple[str, QRectF], ...]] = []
    mood: list[QPointF | None] = []
    for i, month in enumerate(months):
        x = plot.left() + i * width
        slots.append(QRectF(x, plot.top(), width, plot.height()))
        bottom, segments = plot.bottom(), []
        for response in RESPONSES:
            height = plot.height() * getattr(month, response) / count_max
            if height > 0:
                segments.append((response, QRectF(x + width * 0.22, bottom - height, width * 0.56, height)))
            bottom -= height
        bars.append(tuple(segments))
        if month.mood is None:
            mood.append(None)
        else:
            mood.append(QPointF(x + width / 2, plot.bottom() - plot.height() * (month.mood + 2) / 4))
    return ClientChartGeometry(plot, tuple(slots), tuple(bars), tuple(mood), count_max, count_step)


def _total(month: MonthLike) -> int:
    return month.held + month.negotiated + month.conceded + month.pending


def _legend_rows(width: float, fm: QFontMetricsF) -> int:
    total = sum(fm.horizontalAdvance(text) + fm.height() * 3.0 for _, text in legend_items())
    return 1 if total <= width else 2


def _fill(painter: QPainter, box: QRectF, response: str, colors: ChartColors) -> None:
    """A segment in its colour and its own texture, so the responses differ without colour too."""
    color = response_color(response, colors)
    if response == "pending":
        painter.setPen(QPen(colors.text, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        return
    painter.fillRect(box, color)
    if response == "conceded":
        painter.fillRect(box, QBrush(colors.text, Qt.BrushStyle.BDiagPattern))
    elif response == "negotiated":
        painter.fillRect(box, QBrush(colors.text, Qt.BrushStyle.Dense6Pattern))


def _diamond(centre: QPointF, size: float) -> QPolygonF:
    half = size / 2
    return QPolygonF(
        [centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half), centre + QPointF(-half, 0)]
    )


def _draw_legend(painter: QPainter, rect: QRectF, fm: QFontMetricsF, colors: ChartColors) -> None:
    line = fm.height()
    x, y = rect.left(), rect.top()
    rows = _legend_rows(rect.width(), fm)
    for index, (kind, text) in enumerate(legend_items()):
        if rows == 2 and index == 3:
            x, y = rect.left(), y + line * 1.6
        size = line * 0.7
        centre = QPointF(x + line * 0.9, y + line * 0.6)
        painter.save()
        if kind == "mood":
            painter.setPen(QPen(colors.unpaid, max(line * 0.12, 1.5)))
            painter.drawLine(centre - QPointF(size, 0), centre + QPointF(size, 0))
            painter.setBrush(colors.unpaid)
            painter.drawPolygon(_diamond(centre, size))
        else:
            _fill(painter, QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size), kind, colors)
        painter.restore()
        painter.setPen(colors.text)
        painter.drawText(QPointF(x + line * 2.0, y + fm.ascent() + line * 0.1), text)
        x += fm.horizontalAdvance(text) + line * 3.0


def paint_client_chart(
    painter: QPainter, rect: QRectF, months: Sequence[MonthLike], colors: ChartColors
) -> ClientChartGeometry:
    """Draw the twelve months into `rect` with the painter's current font; returns the geometry used."""
    fm = QFontMetricsF(painter.font(), painter.device())
    geo = client_chart_geometry(rect, months, fm)
    plot, line = geo.plot, fm.height()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_legend(painter, rect, fm, colors)
    steps = round(geo.count_max / geo.count_step)
    for i in range(steps + 1):
        y = plot.bottom() - plot.height() * i / steps
        painter.setPen(QPen(colors.grid, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colors.text)
        label = axis_number(geo.count_step * i)
        painter.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - line * 0.3, y + fm.ascent() / 2.6), label)
    for mood in (-2, 0, 2):
        y = plot.bottom() - plot.height() * (mood + 2) / 4
        label = QLocale().toString(mood) if mood <= 0 else f"+{mood}"
        painter.drawText(QPointF(plot.right() + line * 0.3, y + fm.ascent() / 2.6), label.replace("-", "−"))
    unit_y = plot.top() - line * 0.7
    painter.drawText(QPointF(rect.left(), unit_y), translate("ClientChart", "pushes"))
    mood_unit = translate("ClientChart", "mood")
    painter.drawText(QPointF(rect.right() - fm.horizontalAdvance(mood_unit), unit_y), mood_unit)
    for slot, month in zip(geo.slots, months, strict=False):
        label = month_label(month.start)
        painter.drawText(
            QPointF(slot.center().x() - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + line * 0.3),
            label,
        )
    for segments in geo.bars:
        for response, box in segments:
            _fill(painter, box, response, colors)
    pen = QPen(colors.unpaid, max(line * 0.12, 1.5))
    path: QPainterPath | None = None
    for point in geo.mood_points:  # a gap where a month has no mood
        if point is None:
            _stroke(painter, path, pen)
            path = None
            continue
        if path is None:
            path = QPainterPath(point)
        else:
            path.lineTo(point)
    _stroke(painter, path, pen)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.unpaid)
    for point in geo.mood_points:
        if point is not None:
            painter.drawPolygon(_diamond(point, max(line * 0.5, 5.0)))
    painter.setPen(QPen(colors.text, 0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()
    return geo


def _stroke(painter: QPainter, path: QPainterPath | None, pen: QPen) -> None:
    if path is not None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def month_tooltip(month: MonthLike) -> str:
    """One month's values, as the hover on the page shows them."""
    locale = QLocale()
    name = locale.standaloneMonthName(month.start.month, QLocale.FormatType.LongFormat)
    lines = [f"{name[:1].upper()}{name[1:]} {month.start.year}"]
    for kind, text in legend_items()[:4]:
        lines.append(f"{text}: {locale.toString(getattr(month, kind))}")
    if month.mood is not None:
        lines.append(f"{legend_items()[4][1]}: {locale.toString(month.mood, 'f', 2)}")
    return "\n".join(lines)
