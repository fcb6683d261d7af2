"""A client's own page tells its story: the label and why, the 90 days' figures, the chart, what is open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from journal import i18n
from journal.services import capture, journal_settings
from journal.ui.pages.clients import ClientsPage
from tests.helpers import client


@pytest.fixture(autouse=True)
def _english(qapp):  # noqa: ANN001
    i18n.install("en")  # numbers and money as an English interface writes them
    yield
    i18n.install("en")


def at(days_ago: int, hour: int = 11) -> str:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour)).astimezone().isoformat()


def day(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat()


def known_journal(journal) -> str:  # noqa: ANN001
    """Ирина: four interactions in the 90 days and one just outside, with every kind of figure."""
    irina = client(journal, "Ирина Петрова").id
    add = lambda **f: capture.save(journal, "interaction", {"client_id": irina, **f})  # noqa: E731
    add(
        occurred_at=at(30),
        summary="Banners for free",
        mood=-1,
        pressure=[
            {"kind": "free_work", "response": "conceded", "unpaid_hours": 2.5},
            {"kind": "discount", "response": "negotiated", "discount_pct": 10},
        ],
        follow_up_on=day(25),
        follow_up_done=True,
        follow_up_done_on=day(25),
    )  # kept on the day
    add(
        occurred_at=at(20),
        summary="Asked for a rush",
        mood=1,
        pressure=[{"kind": "deadline", "response": "held"}],
        follow_up_on=day(15),
        follow_up_done=True,
        follow_up_done_on=day(14),
    )  # a day late
    add(
        occurred_at=at(10),
        summary="Loved the campaign",
        mood=2,
        signs=[{"kind": "thanked", "note": "Said it was our best"}, {"kind": "referral", "note": ""}],
    )
    add(occurred_at=at(2), summary="Call: next quarter", follow_up_on=day(-3))  # open promise
    add(occurred_at=at(95), summary="Old push", mood=-2, pressure=[{"kind": "threat", "response": "conceded"}])
    capture.save(journal, "incident", {"client_id": irina, "opened_on": day(4), "title": "Late banners"})
    journal_settings.save_rate(journal, 3000, "₽")
    return irina


def open_page(qtbot, journal) -> ClientsPage:  # noqa: ANN001
    page = ClientsPage(journal)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.view.story_ready, timeout=20000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return page


def test_the_figures_of_the_last_90_days_for_a_known_journal(qtbot, journal):
    known_journal(journal)
    view = open_page(qtbot, journal).view
    figures = view.figures.text()
    assert "Interactions</td><td><b>4</b>" in figures  # the one 95 days ago is outside
    assert "3 (conceded: 1, compromise: 1, held firm: 1)" in figures
    assert "2.5 h, about ₽7,500" in figures  # QLocale puts the symbol where the language does
    assert "Good signs</td><td><b>2</b>" in figures
    assert "1 of 2 kept on time" in figures  # the late one is not kept; the open one is not due yet
    assert "Mean mood</td><td><b>+0.67</b>" in figures
    assert view.label_line.text().startswith("<b>◆ Watch</b>")
    assert not view.contact_button.isVisible()
    assert "Promise due" in view.open_items.text() and "Call: next quarter" in view.open_items.text()
    assert "Late banners" in view.open_items.text()
    months = view.chart.months
    assert len(months) == 12 and months[-1].start == date.today().replace(day=1)
    assert sum(m.conceded for m in months) == 2 and sum(m.held for m in months) == 1  # 12 months hold the old one
    assert not view.holding.isVisible()  # one held push and a few interactions: not enough to say


def test_a_drifting_client_is_said_kindly_with_log_a_contact(qtbot, journal):
    quiet = client(journal, "Quiet Co", stay_in_touch_days=14,
                   created_at=datetime.now().astimezone().replace(microsecond=0).isoformat())  # fmt: skip
    capture.save(journal, "interaction", {"client_id": quiet.id, "occurred_at": at(40), "summary": "Kick-off"})
    view = open_page(qtbot, journal).view
    assert view.label_line.text().startswith("<b>◇ Drifting</b>")
    assert "It happens" in view.label_line.text()
    assert view.contact_button.isVisible()
    editor = view.log_interaction()
    assert editor.client.text() == "Quiet Co"
    editor._dirty = False
    editor.reject()


def test_the_pushes_and_the_chart_legend_name_each_response_as_everywhere_else_in_russian(qtbot, journal):
    from journal.export.client_chart import legend_items

    known_journal(journal)
    i18n.install("ru")
    view = open_page(qtbot, journal).view
    assert "3 (уступка: 1, компромисс: 1, без уступок: 1)" in view.figures.text()
    assert [name for _, name in legend_items()][:4] == ["Без уступок", "Компромисс", "Уступка", "Не решено"]
