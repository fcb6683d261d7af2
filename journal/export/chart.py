"""Rapport's charts, drawn with QPainter onto any paint device: the 12-week trend and check-in scores.

It lives under export/ because the PDF draws it too, and export/ sits below ui/; the on-screen
widget around it is `journal/ui/widgets/chart.py`.

One code path: `paint_trend(painter, rect, weeks, colors)` draws the trend (bars for pressure
events and conceded events, a line for unpaid hours on its own axis, gratitude notes as a
second line) with axes, labels and a legend, on a widget or on the PDF export's QPdfWriter
alike; `TrendChart` is the on-screen widget around it, with each week's values on hover.
The geometry is computed apart from the drawing (`trend_geometry`) so tests can check bar
heights and points; `journal/ui/widgets/score_chart.py` reuses the colours for check-in scores. We draw our own rather than use QtCharts: QtCharts is deprecated since
Qt 6.10, needs PySide6-Addons (about 4 MB more in the installer), and its successor Qt Graphs
pulls in Qt Quick (tens of MB); two small charts do not justify either.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from journal.services import formats
from journal.services.text import settle_plural

translate = QCoreApplication.translate


class WeekLike(Protocol):
    """What the trend needs of a week (journal.domain.indicators.Week has it)."""

    @property
    def start(self) -> date: ...
    @property
    def pressure(self) -> int: ...
    @property
    def conceded(self) -> int: ...
    @property
    def unpaid_hours(self) -> float: ...
    @property
    def gratitude(self) -> int: ...


@dataclass(frozen=True)
class ChartColors:
    text: QColor
    grid: QColor
    pressure: QColor
    conceded: QColor
    unpaid: QColor
    gratitude: QColor
    highlight: QColor

    @classmethod
    def light(cls) -> ChartColors:
        return cls(
            QColor("#202124"), QColor("#d0d4da"), QColor("#e39a3b"), QColor("#c0392b"), QColor("#1f5fbf"),
            QColor("#2e8b57"), QColor(31, 95, 191, 28),
        )  # fmt: skip

    @classmethod
    def dark(cls) -> ChartColors:
        return cls(
            QColor("#e8eaed"), QColor("#4a4f57"), QColor("#f0b060"), QColor("#ff6b5e"), QColor("#7fb2ff"),
            QColor("#5fd38d"), QColor(127, 178, 255, 40),
        )  # fmt: skip

    @classmethod
    def for_palette(cls, palette: QPalette) -> ChartColors:
        """Series colours readable on this palette's window colour; text and grid from the palette."""
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        base = cls.dark() if dark else cls.light()
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        return ChartColors(
            palette.color(QPalette.ColorRole.WindowText), grid, base.pressure, base.conceded, base.unpaid,
            base.gratitude, base.highlight,
        )  # fmt: skip


def nice_step(raw: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at least `raw`."""
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw - 1e-12)


def nice_max(value: float, ticks: int = 4, floor: float = 4) -> tuple[float, float]:
    """(axis maximum, tick step): the step 1, 2 or 5 × 10ⁿ that covers `value` in at most `ticks` steps."""
    value = max(value, floor)
    step = nice_step(value / ticks)
    return math.ceil(value / step - 1e-9) * step, step


def axis_number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)


@dataclass(frozen=True)
class TrendGeometry:
    plot: QRectF
    slots: tuple[QRectF, ...]  # one per week, the hover area
    pressure_bars: tuple[QRectF, ...]
    conceded_bars: tuple[QRectF, ...]
    unpaid_points: tuple[QPointF, ...]
    gratitude_points: tuple[QPointF, ...]
    count_max: float
    count_step: float
    hours_max: float
    hours_step: float
    legend_top: float

    def week_at(self, pos: QPointF) -> int | None:
        return next((i for i, slot in enumerate(self.slots) if slot.contains(pos)), None)


def default_metrics(metrics: QFontMetricsF | None) -> QFontMetricsF:
    return metrics if metrics is not None else QFontMetricsF(QFont())


def trend_geometry(rect: QRectF, weeks: Sequence[WeekLike], metrics: QFontMetricsF | None = None) -> TrendGeometry:
    """Where every bar and point of the trend goes inside `rect` (no drawing)."""
    fm = default_metrics(metrics)
    line = fm.height()
    count_max, count_step = nice_max(max((max(w.pressure, w.conceded, w.gratitude) for w in weeks), default=0))
    steps = round(count_max / count_step)  # the hours axis shares the grid lines, with its own nice step
    hours_step = nice_step(max(max((w.unpaid_hours for w in weeks), default=0), 4) / steps)
    hours_max = hours_step * steps
    left = fm.horizontalAdvance(axis_number(count_max)) + line * 0.8
    right = fm.horizontalAdvance(axis_number(hours_max)) + line * 0.8
    top = line * 1.6 * _legend_rows(rect.width(), fm) + line * 1.6
    plot = QRectF(rect.left() + left, rect.top() + top, rect.width() - left - right, rect.height() - top - line * 1.6)
    n = max(len(weeks), 1)
    width = plot.width() / n
    slots: list[QRectF] = []
    pressure: list[QRectF] = []
    conceded: list[QRectF] = []
    unpaid: list[QPointF] = []
    gratitude: list[QPointF] = []
    for i, week in enumerate(weeks):
        x = plot.left() + i * width
        slots.append(QRectF(x, plot.top(), width, plot.height()))
        bar = width * 0.3
        for value, offset, out in ((week.pressure, 0.18, pressure), (week.conceded, 0.52, conceded)):
            height = plot.height() * value / count_max
            out.append(QRectF(x + width * offset, plot.bottom() - height, bar, height))
        centre = x + width / 2
        unpaid.append(QPointF(centre, plot.bottom() - plot.height() * week.unpaid_hours / hours_max))
        gratitude.append(QPointF(centre, plot.bottom() - plot.height() * week.gratitude / count_max))
    return TrendGeometry(
        plot, tuple(slots), tuple(pressure), tuple(conceded), tuple(unpaid), tuple(gratitude),
        count_max, count_step, hours_max, hours_step, rect.top(),
    )  # fmt: skip


def _legend_items() -> list[str]:
    return [
        translate("Chart", "Pressure events"),
        translate("Chart", "Conceded"),
        translate("Chart", "Unpaid hours"),
        translate("Chart", "Gratitude notes"),
    ]


def _legend_rows(width: float, fm: QFontMetricsF) -> int:
    total = sum(fm.horizontalAdvance(text) + fm.height() * 3.0 for text in _legend_items())
    return 1 if total <= width else 2


def _draw_marker(painter: QPainter, kind: str, centre: QPointF, size: float, colors: ChartColors) -> None:
    half = size / 2
    box = QRectF(centre.x() - half, centre.y() - half, size, size)
    if kind == "pressure":
        painter.fillRect(box, colors.pressure)
    elif kind == "conceded":
        painter.fillRect(box, colors.conceded)
        painter.fillRect(box, QBrush(colors.text, Qt.BrushStyle.BDiagPattern))
    elif kind == "unpaid":
        painter.setPen(QPen(colors.unpaid, size / 4))
        painter.drawLine(QPointF(box.left() - half, centre.y()), QPointF(box.right() + half, centre.y()))
        painter.fillRect(box.adjusted(size / 5, size / 5, -size / 5, -size / 5), colors.unpaid)
    else:
        painter.setPen(QPen(colors.gratitude, size / 4, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(box.left() - half, centre.y()), QPointF(box.right() + half, centre.y()))
        painter.setBrush(colors.gratitude)
        painter.drawEllipse(centre, size / 3, size / 3)


def _draw_legend(painter: QPainter, rect: QRectF, fm: QFontMetricsF, colors: ChartColors) -> None:
    line = fm.height()
    x, y = rect.left(), rect.top()
    rows = _legend_rows(rect.width(), fm)
    for index, (kind, text) in enumerate(
        zip(("pressure", "conceded", "unpaid", "gratitude"), _legend_items(), strict=True)
    ):
        if rows == 2 and index == 2:
            x, y = rect.left(), y + line * 1.6
        painter.save()
        _draw_marker(painter, kind, QPointF(x + line * 0.9, y + line * 0.6), line * 0.7, colors)
        painter.restore()
        painter.setPen(colors.text)
        painter.drawText(QPointF(x + line * 2.0, y + fm.ascent() + line * 0.1), text)
        x += fm.horizontalAdvance(text) + line * 3.0


def week_label(start: date) -> str:
    return QLocale().toString(QDate(start.year, start.month, start.day), "d MMM").rstrip(".")


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    weeks: Sequence[WeekLike],
    colors: ChartColors,
    highlight: int | None = None,
) -> TrendGeometry:
    """Draw the trend into `rect` with the painter's current font; returns the geometry it used."""
    fm = QFontMetricsF(painter.font(), painter.device())
    geo = trend_geometry(rect, weeks, fm)
    plot, line = geo.plot, fm.height()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_legend(painter, rect, fm, colors)
    if highlight is not None and 0 <= highlight < len(geo.slots):
        painter.fillRect(geo.slots[highlight], colors.highlight)
    # grid and both axes' labels
    steps = round(geo.count_max / geo.count_step)
    for i in range(steps + 1):
        y = plot.bottom() - plot.height() * i / steps
        painter.setPen(QPen(colors.grid, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colors.text)
        label = axis_number(geo.count_step * i)
        painter.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - line * 0.3, y + fm.ascent() / 2.6), label)
        hours = axis_number(geo.hours_max * i / steps)
        painter.drawText(QPointF(plot.right() + line * 0.3, y + fm.ascent() / 2.6), hours)
    unit_y = plot.top() - line * 0.7
    painter.drawText(QPointF(rect.left(), unit_y), translate("Chart", "events"))
    hours_unit = translate("Chart", "hours")
    painter.drawText(QPointF(rect.right() - fm.horizontalAdvance(hours_unit), unit_y), hours_unit)
    # x labels: every week if they fit, else every other one, else every third or fourth
    widest = max((fm.horizontalAdvance(week_label(w.start)) for w in weeks), default=0)
    slot = geo.slots[0].width() if geo.slots else widest
    every = next((n for n in (1, 2, 3, 4) if widest + line * 0.6 <= slot * n), 6)
    for i, week in enumerate(weeks):
        if (len(weeks) - 1 - i) % every:
            continue
        label = week_label(week.start)
        centre = geo.slots[i].center().x()
        painter.drawText(
            QPointF(centre - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + line * 0.3), label
        )
    # bars
    for bar in geo.pressure_bars:
        painter.fillRect(bar, colors.pressure)
    for bar in geo.conceded_bars:
        painter.fillRect(bar, colors.conceded)
        painter.fillRect(bar, QBrush(colors.text, Qt.BrushStyle.BDiagPattern))
    # lines
    marker = max(line * 0.35, 3.0)
    for points, color, style, square in (
        (geo.unpaid_points, colors.unpaid, Qt.PenStyle.SolidLine, True),
        (geo.gratitude_points, colors.gratitude, Qt.PenStyle.DashLine, False),
    ):
        if not points:
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(color, max(line * 0.12, 1.5), style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for point in points:
            if square:
                painter.drawRect(QRectF(point.x() - marker / 2, point.y() - marker / 2, marker, marker))
            else:
                painter.drawEllipse(point, marker / 2, marker / 2)
    painter.setPen(QPen(colors.text, 0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()
    return geo


class Chart(QObject):
    """The chart's counted words (catalogue context "Chart"); lupdate finds `%n` plurals in `self.tr` only."""

    def week_lines(self, week: WeekLike) -> list[str]:
        return [
            self.tr("Week of %1").replace("%1", formats.day(week.start)),
            settle_plural(self.tr("%n pressure event(s)", "", week.pressure), week.pressure),
            settle_plural(self.tr("%n conceded", "", week.conceded), week.conceded),
            self.tr("Unpaid hours: %1").replace("%1", formats.hour_count(week.unpaid_hours)),
            settle_plural(self.tr("%n gratitude note(s)", "", week.gratitude), week.gratitude),
        ]


_words = Chart()


def week_tooltip(week: WeekLike) -> str:
    """The values of one week, as the hover shows them."""
    return "\n".join(_words.week_lines(week))
