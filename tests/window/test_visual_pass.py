"""The visual pass as a person sees it: icons on the sidebar and the capture actions that follow the
theme, a calm level card (a band of colour, not a tinted box), dates nobody can misread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from journal import paths
from journal.ui import icons, theme
from journal.ui.editors import open_editor
from journal.ui.widgets.levels import level_colors
from journal.ui.window.actions import PAGE_KEYS


def test_the_icon_set_is_complete_readable_and_licensed(qapp):
    folder = paths.resource("icons", "ui")
    assert sorted(p.stem for p in folder.glob("*.svg")) == sorted(icons.NAMES)
    assert "MIT" in (folder / "LICENSE.txt").read_text(encoding="utf-8")
    for name in icons.NAMES:
        svg = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert "currentColor" in svg
        assert QSvgRenderer(QByteArray(svg.encode())).isValid(), name


def ink(icon_, size: int = 20) -> QColor:  # noqa: ANN001
    """The darkest-or-lightest drawn pixel of an icon: the colour it is drawn in."""
    image = icon_.pixmap(QSize(size, size)).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c for c in drawn if c.alpha() > 200]
    assert drawn, "the icon draws nothing"
    return drawn[len(drawn) // 2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_sidebar_and_capture_icons_follow_the_theme(window, qtbot, scheme):
    theme.apply(QApplication.instance(), scheme)
    qtbot.wait(50)
    try:
        for row, _key in enumerate(PAGE_KEYS):
            found = window.sidebar.item(row).icon()
            assert not found.isNull()
            assert (ink(found).lightness() > 128) == (scheme == "dark"), (scheme, row)
        for act in (window.actions_.new_interaction, window.actions_.new_gratitude, window.actions_.new_lesson):
            assert not act.icon().isNull()
            assert (ink(act.icon()).lightness() > 128) == (scheme == "dark")
            button = window.toolbar.widgetForAction(act)
            assert button.text() and not button.icon().isNull()  # the word and the icon, side by side
    finally:
        theme.apply(QApplication.instance(), "light")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_level_card_is_a_band_of_colour_on_a_plain_panel(window, qtbot, scheme):
    theme.apply(QApplication.instance(), scheme)
    try:
        window.show_page("today")
        page = window.pages["today"]
        qtbot.waitUntil(lambda: page.data is not None)
        qtbot.wait(50)
        card = page.card
        image = card.grab().toImage()
        dark = scheme == "dark"
        base = card.palette().color(QPalette.ColorRole.Base)
        middle = image.pixelColor(image.width() // 2, image.height() - 6)
        assert abs(middle.lightness() - base.lightness()) < 12, (middle.name(), base.name())
        assert middle != level_colors(card.level, dark).background  # not the old tinted box
        band = image.pixelColor(3, image.height() // 2)
        accent = level_colors(card.level, dark).accent
        assert (
            abs(band.red() - accent.red()) + abs(band.green() - accent.green()) + abs(band.blue() - accent.blue()) < 40
        )
        assert card.word.palette().color(card.word.foregroundRole()) == card.palette().color(
            QPalette.ColorRole.WindowText
        )
    finally:
        theme.apply(QApplication.instance(), "light")


def test_date_fields_show_the_month_in_words_and_four_digit_years(window, qtbot):
    dialog = open_editor(window.journal, "interaction", parent=window)
    qtbot.addWidget(dialog)
    for edit in dialog.findChildren(QDateTimeEdit):
        shown = edit.text()
        assert "/" not in shown and str(edit.date().year()) in shown, shown
    assert date.today().strftime("%b") in dialog.when.text()
    dialog.reject()
