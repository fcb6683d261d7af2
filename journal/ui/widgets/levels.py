"""How a burnout level looks: colours readable in light and dark themes, and an icon per level.

Colour is never the only signal: each level has its own icon shape (a circle with a tick for
green, a triangle with "!" for amber, an octagon with "×" for red, a circle with "?" when
there is not enough data) and is always shown with its word. Icons are drawn with QPainter,
so they are crisp at any size and need no image files.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, pi, sin

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF


@dataclass(frozen=True)
class LevelColors:
    background: QColor  # the card's tint
    text: QColor  # words on the tint
    accent: QColor  # the icon and the card's edge


_LIGHT = {
    "green": ("#e6f4ea", "#0d5a2a", "#1e8e3e"),
    "amber": ("#fef3d6", "#6b4500", "#d08c00"),
    "red": ("#fce8e6", "#8c1010", "#c5221f"),
    "unknown": ("#eef0f2", "#3c4043", "#6f7378"),
}
_DARK = {
    "green": ("#12361f", "#b5ebc5", "#5bc27a"),
    "amber": ("#3f3000", "#ffe08a", "#f2b33d"),
    "red": ("#4a1614", "#ffb4ab", "#f26b5f"),
    "unknown": ("#2d2f33", "#e3e5e8", "#9aa0a6"),
}


def level_colors(level: str, dark: bool = False) -> LevelColors:
    background, text, accent = (_DARK if dark else _LIGHT).get(level, (_DARK if dark else _LIGHT)["unknown"])
    return LevelColors(QColor(background), QColor(text), QColor(accent))


def _polygon(centre: QPointF, radius: float, sides: int, start: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                centre.x() + radius * cos(start + 2 * pi * i / sides),
                centre.y() + radius * sin(start + 2 * pi * i / sides),
            )
            for i in range(sides)
        ]
    )


def paint_level_icon(painter: QPainter, rect: QRectF, level: str, dark: bool = False) -> None:
    """Draw the level's icon (shape and mark) into `rect`."""
    colors = level_colors(level, dark)
    size = min(rect.width(), rect.height())
    centre = rect.center()
    radius = size * 0.46
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.accent)
    if level == "amber":
        shape = _polygon(QPointF(centre.x(), centre.y() + size * 0.08), radius * 1.05, 3, -pi / 2)
        painter.drawPolygon(shape)
    elif level == "red":
        painter.drawPolygon(_polygon(centre, radius, 8, pi / 8))
    else:
        painter.drawEllipse(centre, radius, radius)
    mark = QColor("#1f1f1f") if level == "amber" else QColor("#ffffff")
    pen = QPen(mark, size * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = size
    x, y = centre.x(), centre.y()
    if level == "green":
        painter.drawPolyline(
            QPolygonF(
                [QPointF(x - s * 0.2, y), QPointF(x - s * 0.05, y + s * 0.15), QPointF(x + s * 0.22, y - s * 0.14)]
            )
        )
    elif level == "red":
        d = s * 0.15
        painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
        painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(int(s * 0.5), 6))
        painter.setFont(font)
        painter.setPen(mark)
        box = QRectF(rect)
        if level == "amber":
            box.translate(0, s * 0.1)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!" if level == "amber" else "?")
    painter.restore()


def level_pixmap(level: str, size: int, dark: bool = False, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_level_icon(painter, QRectF(0, 0, size, size), level, dark)
    painter.end()
    return pixmap


def level_icon(level: str, dark: bool = False) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(level_pixmap(level, size, dark))
    return icon
