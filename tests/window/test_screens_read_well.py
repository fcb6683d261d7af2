"""Screens that read well, in English and Russian, as a person sees them in the window.

Clients: every column as wide as its words (headers and cells), Name and Company no longer
two thirds of the table. Incidents: the page opens on the open incident, a long title elided
with the whole of it in the tooltip, Resolve idle in a blank form. The detail pane names
values as the editors do and gives a check-in's score. An empty journal: the first start
opens on Today with its first steps, Insights says "not enough data" for every signal, and
the check-in chart draws no threshold lines over "No check-ins yet".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journal import i18n
from journal.app import Launcher
from journal.export.chart import ChartColors
from journal.services import capture
from journal.ui.widgets.score_chart import paint_scores
from journal.ui.window.actions import PAGE_KEYS
from tests.window.conftest import add_interaction, settle

LONG_TITLE = "Missed the delivery date for the printed catalogue and the banners of the autumn campaign"


def switch(qtbot, lang: str) -> None:  # noqa: ANN001
    i18n.install(lang)
    qtbot.wait(80)  # pages rebuild once after the burst of LanguageChange events
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_client_columns_fit_their_words_in_both_languages(window, qtbot, lang):
    switch(qtbot, lang)
    window.resize(1180, 760)
    window.show_page("clients")
    page = window.pages["clients"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.wait(50)
    table, header = page.table, page.table.horizontalHeader()
    metrics = header.fontMetrics()
    last = page.model.columnCount() - 1
    for column in range(page.model.columnCount()):
        words = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(words) + 8 <= header.sectionSize(column), (lang, words)
        for row in range(page.model.rowCount()):
            shown = page.model.index(row, column).data() or ""
            assert table.fontMetrics().horizontalAdvance(shown) + 6 <= header.sectionSize(column), (lang, shown)
    if lang == "ru":
        assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Последний контакт"
    width = table.viewport().width()
    assert header.sectionSize(0) + header.sectionSize(1) < width * 0.5
    assert sum(header.sectionSize(c) for c in range(last + 1)) <= width + 1  # nothing off to the right


def test_the_incidents_page_opens_on_the_open_incident(filled, settings, qtbot):
    [irina] = [c for c in capture.list_clients(filled) if c.name == "Ирина Петрова"]
    opened = (date.today() - timedelta(days=3)).isoformat()
    incident = capture.save(filled, "incident", {"client_id": irina.id, "opened_on": opened, "title": LONG_TITLE}).id
    from journal.ui.window.main_window import MainWindow

    win = MainWindow(filled, settings)
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    qtbot.waitUntil(lambda: win.started)
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+4: Incidents
    page = win.pages["incidents"]
    assert win.current_page() == "incidents"
    form = page.form
    assert form.incident_id == incident
    assert form.heading.text() == "Open incident" and form.title.text() == LONG_TITLE
    assert form.resolve_button.isEnabled()
    [row] = [r for r in page.rows() if r.text(0) == LONG_TITLE]
    assert row.toolTip(0) == LONG_TITLE
    column = page.tree.columnWidth(0)
    assert page.tree.fontMetrics().horizontalAdvance(LONG_TITLE) > column  # elided, not pushing the others out
    assert page.tree.textElideMode() == Qt.TextElideMode.ElideRight
    assert page.tree.columnWidth(1) >= page.tree.fontMetrics().horizontalAdvance("Ирина Петрова")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # a blank form has nothing to resolve
    assert form.heading.text() == "New incident" and not form.resolve_button.isEnabled()
    qtbot.keyClicks(form.title, "Wrong invoice")
    assert form.resolve_button.isEnabled()
    win.journal_changed.emit()  # a refresh does not take the new form away
    qtbot.wait(50)
    assert form.heading.text() == "New incident" and form.title.text() == "Wrong invoice"
    settle()


@pytest.mark.parametrize(
    ("lang", "felt", "channel", "score"),
    [("en", "+2 · great", "Call", "65 of 100"), ("ru", "+2 · отлично", "Звонок", "65 из 100")],
)
def test_the_detail_pane_says_what_the_editor_says(window, filled, qtbot, lang, felt, channel, score):
    [dan] = [c for c in capture.list_clients(filled) if c.name == "Daniel Brooks"]
    call = add_interaction(filled, dan.id, "Warm renewal talk", datetime.now() - timedelta(minutes=5),
                           mood=2, channel="call")  # fmt: skip
    check = capture.save(
        filled, "checkin", {"taken_on": date.today().isoformat(), "answers": [50, 75, 50, 75, 75, None]}
    )
    window.journal_changed.emit()
    switch(qtbot, lang)
    page = window.journal_page
    window.show_page("journal")
    qtbot.waitUntil(lambda: page.select("interaction", call))
    shown = page.detail.browser.toPlainText()
    assert felt in shown and channel in shown, shown
    lines = [line.strip() for line in shown.splitlines()]
    assert "2" not in lines and "call" not in lines and "+2" not in lines
    qtbot.waitUntil(lambda: page.select("checkin", check.id))
    shown = page.detail.browser.toPlainText()
    assert score in shown, shown


def conceded_pixels(history) -> int:  # noqa: ANN001
    """How many pixels of the threshold lines' colour a drawing of the check-in chart has."""
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    colors = ChartColors.light()
    paint_scores(painter, QRectF(0, 0, 600, 300), history, colors)
    painter.end()
    wanted = colors.conceded

    def near(pixel: QColor) -> bool:  # antialiased: close to the colour, not exactly it
        return (
            abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) + abs(pixel.blue() - wanted.blue())
            < 90
        )

    return sum(1 for x in range(0, 600, 2) for y in range(300) if near(image.pixelColor(x, y)))


def test_no_threshold_lines_over_no_check_ins_yet(qapp):
    assert conceded_pixels([]) == 0
    assert conceded_pixels([(date(2026, 11, 1), 60.0), (date(2026, 11, 8), 70.0)]) > 100


def click_page(win, qtbot, key: str) -> None:  # noqa: ANN001
    """A click on the page's name in the sidebar."""
    item = win.sidebar.item(PAGE_KEYS.index(key))
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=win.sidebar.visualItemRect(item).center())
    assert win.current_page() == key


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_start_empty_opens_on_today_and_insights_says_not_enough_data(settings, tmp_path: Path, qtbot, lang):
    settings.language = lang
    i18n.install(lang)
    launcher = Launcher(settings, tmp_path / "mine")
    welcome = launcher.start()
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.empty_button, Qt.MouseButton.LeftButton)
    win = launcher.window
    qtbot.waitUntil(lambda: win.started)
    assert win.current_page() == "today"
    today = win.pages["today"]
    qtbot.waitUntil(lambda: today.data is not None)
    qtbot.waitUntil(lambda: today.empty_state.isVisible())
    assert not today.chart.isVisible()
    expected = {"en": ("Getting started", "Log an interaction…"), "ru": ("С чего начать", "Записать взаимодействие…")}
    assert (today.chart_heading.text(), today.first_interaction.text()) == expected[lang]
    qtbot.mouseClick(today.first_interaction, Qt.MouseButton.LeftButton)
    [editor] = win._editors
    assert editor.isVisible()
    editor.reject()
    click_page(win, qtbot, "insights")
    insights = win.pages["insights"]
    qtbot.waitUntil(lambda: insights.data is not None)
    levels = [insights.signals_table.item(row, 1).text() for row in range(insights.signals_table.rowCount())]
    unknown = {"en": "Not enough data yet", "ru": "Пока мало данных"}[lang]
    assert levels == [unknown] * 4
    assert not any(level in ("Green", "Зелёный") for level in levels)
    assert insights.clients_empty.isVisible() and not insights.clients.isVisible()
    click_page(win, qtbot, "clients")
    clients = win.pages["clients"]
    assert clients.empty.isVisible() and not clients.table.isVisible()
    assert clients.empty.text().startswith({"en": "No clients yet.", "ru": "Клиентов пока нет."}[lang])
    settle()
    win.close()
    win.journal.close()
    i18n.install("en")
