"""The chart module: known weeks give known bar heights and points, on a widget and on a PDF page alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter

from journal.export.chart import ChartColors, nice_max, paint_trend, trend_geometry, week_tooltip
from journal.ui.widgets.chart import TrendChart
from journal.ui.widgets.score_chart import ScoreChart, score_geometry


@dataclass(frozen=True)
class W:
    start: date
    interactions: int = 0
    pressure: int = 0
    conceded: int = 0
    unpaid_hours: float = 0.0
    gratitude: int = 0


PRESSURE = (0, 1, 2, 3, 4, 5, 6, 7, 8, 2, 1, 0)
CONCEDED = (0, 0, 1, 2, 4, 2, 3, 5, 6, 1, 0, 0)
HOURS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 0.0, 1.0)
GRATITUDE = (1, 0, 2, 0, 0, 1, 3, 0, 1, 2, 4, 1)


def known_weeks() -> list[W]:
    monday = date(2026, 9, 7)
    return [
        W(monday + timedelta(weeks=i), 5, p, c, h, g)
        for i, (p, c, h, g) in enumerate(zip(PRESSURE, CONCEDED, HOURS, GRATITUDE, strict=True))
    ]


def test_nice_axis_maximum() -> None:
    assert nice_max(8) == (8, 2)
    assert nice_max(5.0) == (6, 2)
    assert nice_max(0) == (4, 1)
    assert nice_max(37) == (40, 10)


def test_known_weeks_give_known_bar_heights_and_points(qapp) -> None:
    geo = trend_geometry(QRectF(0, 0, 800, 300), known_weeks())
    assert len(geo.pressure_bars) == len(geo.conceded_bars) == len(geo.unpaid_points) == len(geo.gratitude_points) == 12
    assert geo.count_max == 8 and geo.hours_max == 8
    h = geo.plot.height()
    assert [round(b.height(), 6) for b in geo.pressure_bars] == [round(h * p / 8, 6) for p in PRESSURE]
    assert [round(b.height(), 6) for b in geo.conceded_bars] == [round(h * c / 8, 6) for c in CONCEDED]
    assert geo.pressure_bars[8].top() == pytest.approx(geo.plot.top())  # the busiest week fills the plot
    assert all(b.bottom() == pytest.approx(geo.plot.bottom()) for b in geo.pressure_bars + geo.conceded_bars)
    assert [p.y() for p in geo.unpaid_points] == pytest.approx([geo.plot.bottom() - h * v / 8 for v in HOURS])
    assert [p.y() for p in geo.gratitude_points] == pytest.approx([geo.plot.bottom() - h * g / 8 for g in GRATITUDE])
    xs = [p.x() for p in geo.unpaid_points]
    assert xs == sorted(xs) and geo.plot.left() < xs[0] and xs[-1] < geo.plot.right()
    # bars of one week sit side by side inside their week's slot
    for slot, a, b in zip(geo.slots, geo.pressure_bars, geo.conceded_bars, strict=True):
        assert slot.contains(a.center()) or a.height() == 0
        assert a.right() <= b.left()


def test_paint_trend_draws_into_an_image_and_a_pdf_without_a_widget(qapp, tmp_path) -> None:
    image = QImage(900, 320, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    geo = paint_trend(painter, QRectF(0, 0, 900, 320), known_weeks(), ChartColors.light())
    painter.end()
    tallest = geo.pressure_bars[8]
    assert image.pixelColor(tallest.center().toPoint()) == ChartColors.light().pressure
    assert image.pixelColor(geo.pressure_bars[0].center().toPoint()).name() != ChartColors.light().pressure.name()

    writer = QPdfWriter(str(tmp_path / "trend.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    rect = QRectF(0, 0, writer.width(), writer.height() / 3)
    pdf_geo = paint_trend(painter, rect, known_weeks(), ChartColors.light())
    painter.end()
    assert len(pdf_geo.pressure_bars) == 12 and pdf_geo.count_max == 8
    assert (tmp_path / "trend.pdf").read_bytes().startswith(b"%PDF")


def test_trend_widget_shows_the_hovered_weeks_values(qtbot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.set_weeks(known_weeks())
    chart.show()
    qtbot.waitExposed(chart)
    geo = chart.chart_geometry()
    assert len(geo.pressure_bars) == 12 and len(geo.unpaid_points) == 12 and len(geo.gratitude_points) == 12
    assert chart.week_at(geo.slots[8].center()) == 8
    assert chart.week_at(QPointF(1, 1)) is None
    text = week_tooltip(chart.weeks[8])
    assert (
        "8 pressure events" in text
        and "6 conceded" in text
        and "Unpaid hours: 4\n" in text
        and "1 gratitude note" in text
    )
    qtbot.mouseMove(chart, geo.slots[3].center().toPoint())
    qtbot.waitUntil(lambda: chart.hovered == 3)
    assert not chart.grab().isNull()


def test_score_points_follow_the_scores(qtbot) -> None:
    history = [
        (date(2026, 10, 1), 25.0),
        (date(2026, 10, 8), None),
        (date(2026, 10, 15), 75.0),
        (date(2026, 10, 31), 50.0),
    ]
    geo = score_geometry(QRectF(0, 0, 400, 200), history)
    assert len(geo.points) == 3
    assert [p.y() for p in geo.points] == pytest.approx(
        [geo.plot.bottom() - geo.plot.height() * s / 100 for s in (25, 75, 50)]
    )
    assert geo.points[0].x() == pytest.approx(geo.plot.left()) and geo.points[-1].x() == pytest.approx(geo.plot.right())
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_history(history)
    chart.resize(400, 200)
    assert not chart.grab().isNull()
