"""PDF export with Qt's own stack: a QTextDocument laid out at the body's height, painted page by
page onto a QPdfWriter with a running header (the scope) and a footer ("Page N of M").

`export_pdf(journal, path, scope)` gathers the scope through `journal.services.report`, builds
the rich text (`document`: `report_html`, `weekly`), draws the weekly review's trend chart as vector
graphics through `journal.export.chart.paint_trend` (the same code the Today page uses), and
writes to a temporary file beside `path` that is renamed only when the export succeeded: a
cancelled or failed export leaves nothing. It uses no widget and no pixmap, so it runs on a
worker thread; it needs a QGuiApplication to exist (the app's, or the command line's).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from journal.atomic import ends_with_eof
from journal.export import document, fonts, pagination, report_html
from journal.export.client_story import CLIENT_CHART_MARK
from journal.services.files import Cancelled, atomic_target
from journal.services.report import Report, Scope, gather
from journal.store.db import Journal

translate = QCoreApplication.translate

RESOLUTION = 96  # device units per inch: CSS pixels, so Markdown's px margins read as meant
MARGINS_MM = (18.0, 22.0, 18.0, 20.0)  # left, top, right, bottom; header and footer sit in them
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CLIENT_CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
CHART_HEIGHT_MM = 62.0
BODY_PT = 10
# insertHtml merges a piece's first block into the block at the cursor (losing its block format):
# an empty paragraph first takes that merge, so every heading keeps its own block and margins.
LEAD_IN = '<p style="margin: 0; font-size: 1pt;">&#8203;</p>'


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    bytes: int


def scope_title(report: Report) -> str:
    kind = report.scope.kind
    if kind == "weekly":
        return translate("PdfExport", "Weekly review")
    if kind == "client":
        name = report.client.name if report.client else "?"
        return translate("PdfExport", "Client: %1").replace("%1", name)
    if kind == "range":
        return translate("PdfExport", "Journal for a period")
    return translate("PdfExport", "Whole journal")


def _let_others_run() -> None:
    """Hand the interpreter to the window's thread between pages: a run of short Qt calls, each
    releasing and retaking the GIL, can otherwise keep it from the GUI thread for 100 ms and more."""
    time.sleep(0)


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


class TrendChartObject(QPyTextObject):
    """Draws the 12-week trend where the document holds the chart's object character."""

    def __init__(self, weeks: tuple[Any, ...], size: QSizeF, family: str):
        super().__init__()
        self.weeks, self.size, self.family = weeks, size, family

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802 - Qt API
        return self.size

    def drawObject(  # noqa: N802 - Qt API
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        from journal.export.chart import ChartColors, paint_trend  # one chart code path for screen and PDF

        painter.save()
        painter.setFont(QFont(self.family, 8))
        paint_trend(painter, QRectF(rect), self.weeks, ChartColors.light())  # paper is light whatever the theme
        painter.restore()


class ClientChartObject(TrendChartObject):
    """Draws a client's twelve months (the chart of the client's page) where its mark was."""

    def drawObject(  # noqa: N802 - Qt API
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        from journal.export.chart import ChartColors
        from journal.export.client_chart import paint_client_chart  # the same drawing as on screen

        painter.save()
        painter.setFont(QFont(self.family, 8))
        paint_client_chart(painter, QRectF(rect), self.weeks, ChartColors.light())
        painter.restore()


def _insert_chart(
    doc: QTextDocument, handler: QObject, mark: str = report_html.CHART_MARK, object_type: int = CHART_OBJECT
) -> None:
    cursor = doc.find(mark)
    if cursor.isNull():
        return
    doc.documentLayout().registerHandler(object_type, handler)
    fmt = QTextCharFormat()
    fmt.setObjectType(object_type)
    cursor.insertText("\ufffc", fmt)


def _draw_frame(painter: QPainter, body: QRectF, title: str, period: str, number: int, total: int, family: str) -> None:
    """The running header (scope left, period right, a rule) and the footer "Page N of M"."""
    painter.save()
    painter.setPen(QColor("#555555"))
    painter.setFont(QFont(family, 8))
    header = QRectF(body.left(), _mm(8), body.width(), body.top() - _mm(11))
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
    painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, period)
    painter.setPen(QPen(QColor("#999999"), 0.6))
    y = body.top() - _mm(2.5)
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
    painter.setPen(QColor("#555555"))
    footer = QRectF(body.left(), body.bottom() + _mm(5), body.width(), _mm(8))
    text = translate("PdfExport", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
    painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
    painter.restore()


def export_pdf(
    journal: Journal,
    path: str | os.PathLike[str],
    scope: Scope,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
    page_size: QPageSize.PageSizeId | None = None,
) -> PdfResult:
    """Write the scope's report to `path`; raises Cancelled (and leaves no file) when cancelled."""
    target = Path(path)
    today = today or date.today()

    def step(done: int, total: int) -> None:
        if progress:
            progress(done, total)

    def check() -> None:
        if cancelled and cancelled():
            raise Cancelled

    report = gather(journal, scope, today, lambda d, t: step(d * 20 // max(t, 1), 100), cancelled)
    title, period = scope_title(report), report_html.period_text(report)
    family = fonts.family()
    with atomic_target(target, verify=ends_with_eof) as tmp:
        pages = _write(tmp, report, today, title, period, family, page_size, step, check)
    return PdfResult(target, pages, target.stat().st_size)


def _write(
    tmp: Path,
    report: Report,
    today: date,
    title: str,
    period: str,
    family: str,
    page_size: QPageSize.PageSizeId | None,
    step: Callable[[int, int], None],
    check: Callable[[], None],
) -> int:
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION)
    writer.setCreator("Rapport")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size or fonts.page_size()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    page_rect = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION))
    left, top, right, bottom = (_mm(v) for v in MARGINS_MM)
    body = page_rect.adjusted(left, top, -right, -bottom)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(family, BODY_PT))
    doc.setDefaultStyleSheet(report_html.STYLE)
    doc.setPageSize(body.size())
    # The document grows a few entries at a time: each step lays out only what it added, so no
    # single call holds the interpreter long enough to stall the window's thread.
    chart = None
    if report.status is not None:
        chart = TrendChartObject(tuple(report.status.trend), QSizeF(body.width(), _mm(CHART_HEIGHT_MM)), family)
    client_chart = None
    if report.story is not None:
        size = QSizeF(body.width(), _mm(CHART_HEIGHT_MM))
        client_chart = ClientChartObject(tuple(report.story.months), size, family)
    cursor = QTextCursor(doc)
    pieces = max(1, len(report.entries) // report_html.CHUNK_ENTRIES)
    for done, piece in enumerate(document.chunks(report, title, today), 1):
        check()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        first = cursor.block()
        cursor.insertHtml(LEAD_IN + piece)
        if chart is not None and report_html.CHART_MARK in piece:
            _insert_chart(doc, chart)
        if client_chart is not None and CLIENT_CHART_MARK in piece:
            _insert_chart(doc, client_chart, CLIENT_CHART_MARK, CLIENT_CHART_OBJECT)
        pagination.keep_together(doc, first, body.height())
        _let_others_run()
        if done % 10 == 0:
            step(20 + 40 * min(done, pieces) // pieces, 100)
    check()
    pages = doc.pageCount()
    step(60, 100)

    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(f"cannot write {tmp}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in range(pages):
            check()
            if index:
                writer.newPage()
            _draw_frame(painter, body, title, period, index + 1, pages, family)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            step(60 + 40 * (index + 1) // pages, 100)
            _let_others_run()
    finally:
        painter.end()
    return pages
