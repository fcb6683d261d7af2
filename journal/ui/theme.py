"""The look: Fusion style with Qt's own light or dark palette, following the system by default.

`apply(app, "system"|"light"|"dark")` sets the colour scheme through
`QStyleHints.setColorScheme` (Qt ≥ 6.8), so "system" keeps following the desktop's setting
as it changes. `kind_color()` gives the accent of each timeline kind, readable in both schemes
(it always goes with the kind's word, never alone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

_KIND_COLORS = {
    "interaction": "#3b7dd8",
    "gratitude": "#2e9e5b",
    "lesson": "#b07d12",
    "incident": "#d0453a",
    "checkin": "#8a5cc7",
}


def apply(app: QApplication, theme: str) -> None:
    """Fusion plus the chosen colour scheme ("system" follows the desktop)."""
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    hints = QGuiApplication.styleHints()
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Dark and hints.colorScheme() != Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())  # the platform cannot switch (e.g. offscreen): paint it ourselves
    elif wanted == Qt.ColorScheme.Light and hints.colorScheme() == Qt.ColorScheme.Dark:
        app.setPalette(QPalette(QColor("#efefef")))  # a dark desktop that will not lighten for us
    else:
        app.setPalette(QPalette())  # no palette of our own: the style follows the desktop as it changes
    restyle(app)
    if not app.property("restyles_on_scheme_change"):
        app.setProperty("restyles_on_scheme_change", True)
        hints.colorSchemeChanged.connect(lambda _scheme: restyle(app))


def restyle(app: QApplication) -> None:
    """Widgets with a style sheet of their own keep the palette they were polished with (the
    sidebar stayed white in the dark): set each sheet again so it is polished with the new palette."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    """A dark palette for platforms whose theme cannot be told to go dark."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2e"),
        (roles.WindowText, "#e8e8ea"),
        (roles.Base, "#1f1f22"),
        (roles.AlternateBase, "#29292d"),
        (roles.ToolTipBase, "#3a3a3e"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.PlaceholderText, "#8c8c92"),
        (roles.Text, "#e8e8ea"),
        (roles.Button, "#353539"),
        (roles.ButtonText, "#e8e8ea"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#4a4a4f"),
        (roles.Midlight, "#3e3e43"),
        (roles.Mid, "#2f2f33"),
        (roles.Dark, "#1a1a1c"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#3d6fb6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7fb0ff"),
        (roles.LinkVisited, "#b99cff"),
    ):
        pal.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a80"))
    return pal


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_color(kind: str) -> QColor:
    color = QColor(_KIND_COLORS.get(kind, "#777777"))
    return color.lighter(135) if is_dark() else color


def pressure_color(response: str) -> QColor:
    """Conceded stands out most; held is calm. Always drawn with the response's word."""
    colors = {"conceded": "#d0453a", "negotiated": "#c98a14", "held": "#2e9e5b", "pending": "#808080"}
    color = QColor(colors.get(response, "#808080"))
    return color.lighter(135) if is_dark() else color


def good_sign_color() -> QColor:
    """The good signs' teal: apart from the pressure responses' red, amber and green, drawn with a ✔ and a word."""
    color = QColor("#0f8289")
    return color.lighter(150) if is_dark() else color
