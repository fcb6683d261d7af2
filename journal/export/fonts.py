"""The bundled font and the paper size: what makes a PDF read the same on every computer.

`family()` registers DejaVu Sans (regular and bold, Cyrillic included, licence beside it in
`resources/fonts/`) with Qt once and returns its family name, so the PDF embeds it whatever
the system has. `page_size()` picks Letter where the system locale measures in US units and
A4 everywhere else.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase, QPageSize

from journal import paths

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
_lock = threading.Lock()
_family: str | None = None


def family() -> str:
    """The bundled family's name, registering its files on first use (safe from any thread)."""
    global _family
    with _lock:
        if _family is None:
            names: list[str] = []
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
                if font_id >= 0:
                    names += QFontDatabase.applicationFontFamilies(font_id)
            _family = names[0] if names else FALLBACK_FAMILY
        return _family


def page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter for US-measuring locales (US, Liberia, Myanmar, Canada too), A4 otherwise."""
    locale = locale or QLocale.system()
    letter_territories = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem or locale.territory() in (
        letter_territories
    ):
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4
