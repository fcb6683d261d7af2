"""The type scale and the spacing grid every page uses: title, section, body, caption; 8 px steps.

`title()` names a page, `heading()` a section of it, body text is the style's own font and
`caption()` makes a label the small print beside a figure or under a list. Margins and spacing
are multiples of `SPACE` (8 px), `HALF` (4 px) only inside a row.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout

SPACE = 8
HALF = 4
TITLE = 1.5
SECTION = 1.15
CAPTION = 0.9


def _scaled(label: QLabel, scale: float, bold: bool) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def title(text: str) -> QLabel:
    """A page's name, at the top left of the page."""
    return _scaled(QLabel(text), TITLE, True)


def heading(text: str, scale: float = SECTION) -> QLabel:
    """A section's name inside a page."""
    return _scaled(QLabel(text), scale, True)


def caption(label: QLabel, italic: bool = False) -> QLabel:
    """Small print: a date under a row, a note under a figure (changes `label` and returns it)."""
    _scaled(label, CAPTION, False)
    if italic:
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
    return label


def page_margins(layout: QLayout) -> None:
    """A page's margins and spacing on the grid: 16 px around, 8 px between."""
    layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
    layout.setSpacing(SPACE)
