"""Settings apply at once: a language switch retranslates every page, a theme switch restyles every page.

Driven through the Settings page's combo boxes with the keyboard. After each switch, every page
is visited and every text a person can read there (labels, buttons, group titles, tabs, headers,
combo items, placeholders) is compared with the catalogues: no English text that has a Russian
translation may remain after switching to Russian, and no Russian one after switching back.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from journal import paths
from journal.services import formats
from journal.ui.pages.clients import COL_LAST
from tests.window.test_settings_language import choose

PAGES = ("today", "journal", "clients", "incidents", "insights", "settings")
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
MNEMONIC = re.compile(r"&(?!&)")


def catalogue() -> dict[str, str]:
    """English source → Russian, for every finished message that the Russian changes."""
    found: dict[str, str] = {}
    for ts in paths.resource("translations").glob("*_ru.ts"):
        for message in ET.parse(ts).iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            russian = translation.text or "" if translation is not None else ""
            if "%" in source or "{" in source or not CYRILLIC.search(russian) or len(source) < 3:
                continue
            found[MNEMONIC.sub("", source)] = MNEMONIC.sub("", russian)
    return found


def readable_texts(root: QWidget) -> list[str]:
    """What a person can read in `root` now: only widgets that are shown."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(count)]
    return [MNEMONIC.sub("", t).strip() for t in texts if t and t.strip()]


def left_over(window, qtbot, words: set[str]) -> dict[str, list[str]]:  # noqa: ANN001
    found = {}
    for key in PAGES:
        window.show_page(key)
        qtbot.wait(30)
        page_words = [t for t in readable_texts(window.pages[key]) if t in words]
        if page_words:
            found[key] = sorted(set(page_words))
    return found


def test_a_language_switch_retranslates_every_page_at_once(window, settings, qtbot):
    english_to_russian = catalogue()
    for key in PAGES:  # every page built and shown once in English
        window.show_page(key)
    qtbot.wait(50)
    page = window.pages["settings"]
    window.show_page("settings")
    choose(page.language, qtbot, "ru")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Журнал")
    remaining = left_over(window, qtbot, set(english_to_russian))
    assert remaining == {}, "\n".join(f"{k}: {v}" for k, v in remaining.items())
    # the level as a risk, as Today, status and the PDF say it
    assert window.pages["insights"].level_label.text().startswith("Риск выгорания")
    today = window.pages["today"]
    assert today.date_label.text() == formats.weekday(today.day())  # dates re-formatted: «…, 3 декабря 2026 г.»
    assert today.date_label.text().endswith(" г.")
    clients = window.pages["clients"].model
    days = [clients.index(row, COL_LAST).data() for row in range(clients.rowCount())]
    assert days and all(CYRILLIC.search(d) for d in days), days
    assert window.statusBar().currentMessage() == "" or CYRILLIC.search(window.statusBar().currentMessage())
    backups = window.pages["settings"].backups
    assert CYRILLIC.search(" ".join(readable_texts(backups)))

    window.show_page("settings")
    choose(page.language, qtbot, "en")
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Journal")
    assert left_over(window, qtbot, set(english_to_russian.values()) - set(english_to_russian)) == {}


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_a_theme_switch_restyles_every_page_at_once(window, settings, qtbot, scheme):
    page = window.pages["settings"]
    window.show_page("settings")
    first = "light" if scheme == "dark" else "dark"
    choose(page.theme, qtbot, first)
    choose(page.theme, qtbot, scheme)
    qtbot.wait(50)
    wanted_dark = scheme == "dark"

    def dark(widget: QWidget, role=QPalette.ColorRole.Window) -> bool:  # noqa: ANN001
        return widget.palette().color(role).lightness() < 128

    assert dark(window.sidebar, QPalette.ColorRole.Base) == wanted_dark
    assert dark(window.sidebar.viewport(), QPalette.ColorRole.Base) == wanted_dark
    for key in PAGES:
        window.show_page(key)
        qtbot.wait(30)
        shown = window.pages[key]
        assert dark(shown) == wanted_dark, key
        grabbed = shown.grab().toImage()
        corner = grabbed.pixelColor(2, 2)
        assert (corner.lightness() < 128) == wanted_dark, (key, corner.name())
    card = window.pages["today"].card
    window.show_page("today")
    qtbot.wait(30)
    image = card.grab().toImage()
    middle = image.pixelColor(image.width() - 8, image.height() // 2)
    assert (middle.lightness() < 128) == wanted_dark, middle.name()
