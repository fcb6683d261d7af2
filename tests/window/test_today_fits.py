"""Today fits its window: the chart in view and no page scroll bar from 1024×700 to 1920×1080.

On the sample journal (a red level with four reasons and a dozen reminders), in English and
Russian: the chart lies wholly inside the page's visible area at the default 1180×760 and at
1024×700, the page has nothing to scroll, and it is the attention list that scrolls instead.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt

from journal import i18n
from journal.services import demo
from tests.window.conftest import settle


@pytest.fixture
def sample_window(journal, settings, qtbot):  # noqa: ANN001, ANN201
    demo.fill(journal, months=6, seed=0, today=date.today())
    from journal.ui.window.main_window import MainWindow

    settings.last_page = "today"
    win = MainWindow(journal, settings, sample=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.started)
    page = win.pages["today"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    yield win
    settle()


def shown_at(win, qtbot, size: tuple[int, int], lang: str):  # noqa: ANN001, ANN201
    if lang != "en":
        i18n.install(lang)
        qtbot.waitUntil(lambda: win.pages["today"].title.text() == "Сегодня")  # rebuilt in the new words
    win.show_page("today")
    win.resize(*size)
    page = win.pages["today"]

    def laid_out() -> bool:
        viewport, content = page.page_scroll.viewport(), page.page_scroll.widget()
        return (
            page.data is not None
            and page.chart.isVisible()
            and viewport.width() > size[0] - 320
            and content.size() == viewport.size()
        )

    qtbot.waitUntil(laid_out, timeout=20000)
    qtbot.wait(50)
    return page


def visible_rect(page, widget) -> QRect:  # noqa: ANN001
    """Where `widget` is drawn inside the page's viewport."""
    viewport = page.page_scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return QRect(top_left, widget.size())


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1180, 760), (1024, 700)])
def test_the_chart_is_in_view_and_the_page_does_not_scroll(sample_window, qtbot, size, lang):
    page = shown_at(sample_window, qtbot, size, lang)
    assert sample_window.size().width() == size[0]
    assert page.card.word.text() == ("Burnout risk: red" if lang == "en" else "Риск выгорания: красный")
    viewport = page.page_scroll.viewport().rect()
    chart = visible_rect(page, page.chart)
    assert viewport.contains(chart), (chart, viewport)
    assert chart.height() >= 160 and chart.width() >= 280, chart
    assert page.page_scroll.verticalScrollBar().maximum() == 0, "the page itself scrolls"
    assert not page.page_scroll.verticalScrollBar().isVisible()
    # all the reminders shown: the list scrolls, the page still does not
    lists = page.lists
    assert viewport.contains(visible_rect(page, lists))
    more = page.attention.more
    assert more.isVisible() and len(page.attention.reminders) > 10
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.attention.rows) == len(page.attention.reminders))
    qtbot.waitUntil(lambda: lists.verticalScrollBar().maximum() > 0)
    assert page.page_scroll.verticalScrollBar().maximum() == 0
    assert viewport.contains(visible_rect(page, page.chart))
    qtbot.wait(50)
    bar = lists.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end, the last reminder comes into view
    last = page.attention.rows[-1]

    def last_in_view() -> bool:
        seen = QRect(last.mapTo(lists.viewport(), last.rect().topLeft()), last.size())
        return lists.viewport().rect().contains(seen)

    qtbot.waitUntil(last_in_view)


def test_the_chart_and_the_lists_share_the_height_as_the_window_grows(sample_window, qtbot):
    small = shown_at(sample_window, qtbot, (1024, 700), "en")
    small_chart, small_lists = small.chart.height(), small.lists.height()
    big = shown_at(sample_window, qtbot, (1920, 1080), "en")
    assert big.page_scroll.verticalScrollBar().maximum() == 0
    assert big.chart.height() > small_chart + 150
    assert big.lists.height() > small_lists + 150
    assert big.page_scroll.viewport().rect().contains(visible_rect(big, big.chart))


def test_what_to_try_folds_out_with_a_click(sample_window, qtbot):
    page = shown_at(sample_window, qtbot, (1180, 760), "en")
    toggle = page.card.advice_toggle
    assert toggle.isVisible() and toggle.text().startswith("What to try (")
    assert not page.card.advice.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert page.card.advice.isVisible()
    assert "→" in page.card.advice.text()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not page.card.advice.isVisible()
