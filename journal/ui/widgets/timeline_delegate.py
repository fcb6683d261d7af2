"""How a timeline row looks: a day header, or an entry in two lines with its kind, client and marks.

Line one: time (interactions), the kind's glyph and word in the kind's colour, the client in
bold, and on the right one boxed mark per pressure event with its response ("discount:
conceded"), then one mark per good sign ("✔ thanked you") in a pill with round ends, tinted
teal: a shape and a glyph as well as a colour, so it never reads as a pressure mark. Line two: the summary, or while searching the snippet with the matched words in
bold on a highlight. Every row has the same height, so the view lays out 100,000 rows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.domain.records import TimelineEntry
from journal.services import vocabulary
from journal.services.timeline import MARK_END, MARK_START
from journal.ui import theme
from journal.ui.labels import GOOD_SIGN_GLYPH, KIND_GLYPHS
from journal.ui.widgets.timeline_model import DayRole, EntryRole, MatchRole, TimeRole

PAD = 8


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """('text', matched?) pieces of a snippet whose matches sit between MARK_START and MARK_END."""
    pieces: list[tuple[str, bool]] = []
    for chunk in snippet.split(MARK_START):
        if MARK_END in chunk:
            hit, rest = chunk.split(MARK_END, 1)
            pieces.append((hit, True))
            if rest:
                pieces.append((rest, False))
        elif chunk:
            pieces.append((chunk, False))
    return pieces


def row_height(fm: QFontMetrics) -> int:
    """Every row's height (entries and day headers alike): two lines of text and some air."""
    return 2 * fm.height() + 3 * PAD // 2 + 4


def good_sign_text(code: str) -> str:
    return f"{GOOD_SIGN_GLYPH} {vocabulary.lower_first(vocabulary.good_sign(code))}"


def paint_good_sign(
    painter: QPainter, fm: QFontMetrics, code: str, right: int, line: QRect, color: QColor | None, limit: int
) -> QRect | None:
    """One good-sign mark ending at `right`: a round-ended pill, lightly filled, a ✔ and the sign's word.

    `color` overrides the teal (on a selected row); returns the mark's box, or None when it would
    start left of `limit`.
    """
    text = good_sign_text(code)
    w = fm.horizontalAdvance(text) + PAD + PAD // 2
    box = QRect(right - w, line.top(), w, line.height())
    if box.left() < limit:
        return None
    ink = QColor(color) if color is not None else theme.good_sign_color()
    fill = QColor(ink)
    fill.setAlphaF(0.16)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(ink)
    painter.setBrush(fill)
    radius = (box.height() - 1) / 2
    painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), radius, radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return box


class TimelineDelegate(QStyledItemDelegate):
    """Paints timeline rows; the model supplies plain records, nothing here reads the journal."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, row_height(option.fontMetrics))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        try:
            day = index.data(DayRole)
            if day is not None:
                self._paint_day(painter, option, index.data(Qt.ItemDataRole.DisplayRole))
            else:
                self._paint_entry(painter, option, index)
        finally:
            painter.restore()

    def _paint_day(self, painter: QPainter, option: QStyleOptionViewItem, title: str) -> None:
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        painter.setFont(font)
        fm = QFontMetrics(font)
        rect = option.rect.adjusted(PAD, 0, -PAD, -PAD // 2)
        painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
        text_rect = QRect(rect.left(), rect.bottom() - fm.height() - 2, rect.width(), fm.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        line = QColor(option.palette.color(QPalette.ColorRole.Mid))
        painter.setPen(line)
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        entry: TimelineEntry = index.data(EntryRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        fm = QFontMetrics(opt.font)
        line_h = fm.height()
        rect = opt.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        top = QRect(rect.left(), rect.top() + 1, rect.width(), line_h)
        bottom = QRect(rect.left() + 4 * PAD, top.bottom() + 2, rect.width() - 4 * PAD, line_h)
        x = top.left()
        # time
        painter.setFont(opt.font)
        painter.setPen(text_color)
        time_w = self._time_width(fm, opt.font.key())
        painter.drawText(QRect(x, top.top(), time_w, line_h), Qt.AlignmentFlag.AlignLeft, index.data(TimeRole) or "")
        x += time_w + PAD // 2
        # kind glyph + word
        kind_text = f"{KIND_GLYPHS.get(entry.kind, '•')} {vocabulary.entry_kind(entry.kind)}"
        painter.setPen(text_color if selected else theme.kind_color(entry.kind))
        kind_w = self._kind_width(fm, opt.font.key())
        painter.drawText(QRect(x, top.top(), kind_w, line_h), Qt.AlignmentFlag.AlignLeft, kind_text)
        x += kind_w + PAD
        # pressure marks, right-aligned
        right = self._paint_marks(painter, opt, entry, top, selected, text_color)
        # client
        if entry.client_name:
            bold = QFont(opt.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_color)
            bfm = QFontMetrics(bold)
            name = bfm.elidedText(entry.client_name, Qt.TextElideMode.ElideRight, max(0, right - x - PAD))
            painter.drawText(QRect(x, top.top(), right - x, line_h), Qt.AlignmentFlag.AlignLeft, name)
        # summary or snippet
        painter.setFont(opt.font)
        snippet = index.data(MatchRole)
        if snippet:
            self._paint_snippet(painter, opt, snippet, bottom, text_color, selected)
        else:
            muted = QColor(text_color)
            if not selected:
                muted.setAlphaF(0.85)
            painter.setPen(muted)
            summary = fm.elidedText(" ".join(entry.title.split()), Qt.TextElideMode.ElideRight, bottom.width())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, summary)

    def _time_width(self, fm: QFontMetrics, font_key: str) -> int:
        """Room for the widest time in this locale ("11:59 PM", "23:59"), cached."""
        locale = QLocale()
        key = (font_key, locale.name())
        cache = self.__dict__.setdefault("_time_widths", {})
        if key not in cache:
            fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
            cache[key] = max(fm.horizontalAdvance(locale.toString(QTime(h, 59), fmt)) for h in (10, 11, 22, 23)) + PAD
        return cache[key]

    def _kind_width(self, fm: QFontMetrics, font_key: str) -> int:
        """The kind column's width: the widest kind word in this font and language (cached)."""
        key = (font_key, vocabulary.entry_kind("interaction"))
        cache = self.__dict__.setdefault("_kind_widths", {})
        if key not in cache:
            cache[key] = (
                max(fm.horizontalAdvance(f"{g} {vocabulary.entry_kind(k)}") for k, g in KIND_GLYPHS.items()) + PAD
            )
        return cache[key]

    def _paint_marks(self, painter, opt, entry: TimelineEntry, top: QRect, selected: bool, text_color) -> int:  # noqa: ANN001
        small = QFont(opt.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        sfm = QFontMetrics(small)
        painter.setFont(small)
        right = top.right()
        half = top.left() + top.width() // 2
        for kind, response in reversed(entry.pressure):
            text = vocabulary.pressure_mark(kind, response)
            w = sfm.horizontalAdvance(text) + PAD
            box = QRect(right - w, top.top(), w, top.height())
            if box.left() < half:
                break  # no room left: the detail pane lists them all
            color = text_color if selected else theme.pressure_color(response)
            painter.setPen(color)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 4, 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            right = box.left() - PAD // 2
        for code in reversed(entry.signs):
            sign_box = paint_good_sign(painter, sfm, code, right, top, text_color if selected else None, half)
            if sign_box is None:
                break
            right = sign_box.left() - PAD // 2
        painter.setFont(opt.font)
        return right

    def _paint_snippet(self, painter, opt, snippet: str, rect: QRect, text_color, selected: bool) -> None:  # noqa: ANN001
        bold = QFont(opt.font)
        bold.setBold(True)
        x, limit = rect.left(), rect.right()
        highlight = QColor(opt.palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlphaF(0.28)
        ellipsis_w = QFontMetrics(opt.font).horizontalAdvance("…")
        for text, matched in split_marks(" ".join(snippet.split())):
            font = bold if matched else opt.font
            fm = QFontMetrics(font)
            width = fm.horizontalAdvance(text)
            if x + width > limit:
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, limit - x))
                width = fm.horizontalAdvance(text)
            if not text:
                break
            box = QRect(x, rect.top(), width, rect.height())
            if matched and not selected:
                painter.fillRect(box, highlight)
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text)
            x += width
            if x >= limit - ellipsis_w:
                break
