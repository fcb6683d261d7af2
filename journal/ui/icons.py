"""The interface's icons: small SVG outlines in `resources/icons/ui/`, painted in the palette's colour.

`icon(name, palette)` reads `<name>.svg` once, puts the palette's text colour where the drawing
says `currentColor`, and renders it at the usual sizes, so an icon reads in the light and the
dark theme alike; call it again after a palette change (`MainWindow` does for its sidebar and
toolbar). `NAMES` lists the set; their licence is in the folder's LICENSE.txt.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journal import paths

NAMES = (
    "today",
    "journal",
    "clients",
    "incidents",
    "insights",
    "settings",
    "interaction",
    "gratitude",
    "lesson",
    "client-new",
    "export",
    "snooze",
)
SIZES = (16, 20, 24, 32, 48)


@cache
def _svg(name: str) -> str:
    return paths.resource("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """The icon `name` drawn in `color`, `size` device-independent pixels square."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color.name()).encode("utf-8")))
    image = QPixmap(round(size * ratio), round(size * ratio))
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon(name: str, palette: QPalette) -> QIcon:
    """`name` in the palette's text colour, and greyed for a disabled control."""
    found = QIcon()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for size in SIZES:
        found.addPixmap(pixmap(name, size, normal, 2.0), QIcon.Mode.Normal)
        found.addPixmap(pixmap(name, size, disabled, 2.0), QIcon.Mode.Disabled)
    return found
