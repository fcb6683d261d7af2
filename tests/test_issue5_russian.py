"""Today, Incidents and the chart in Russian: the catalogue is complete and plurals agree with numbers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal import i18n
from journal.export.chart import week_tooltip
from journal.services import capture
from journal.ui.pages.incidents import IncidentsPage
from journal.ui.pages.today import TodayPage
from tests import today_journal as tj
from tests.test_chart import known_weeks


@pytest.fixture
def russian(qapp):
    i18n.install("ru")
    yield
    i18n.install("en")


def test_today_in_russian(qtbot, journal, russian) -> None:
    tj.bending_month(journal)
    page = TodayPage(journal)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.show()
    assert page.card.word.text() == "Красный"
    assert page.gratitude.accessibleName() == "Кому вы благодарны сегодня?"
    assert page.card.reason_texts()[0].startswith("\u25a0 За последние 28 дней вы уступили в 6 случаях из 8")
    assert page.attention.empty.text() == "Сейчас ничего не требует внимания."


def test_incident_ages_and_chart_plurals_in_russian(qtbot, journal, russian) -> None:
    client = capture.save(journal, "client", {"name": "Вектор"})
    for days, title in ((1, "Один"), (3, "Три"), (5, "Пять"), (21, "Двадцать один")):
        opened = (date.today() - timedelta(days=days)).isoformat()
        capture.save(journal, "incident", {"client_id": client.id, "opened_on": opened, "title": title})
    page = IncidentsPage(journal)
    qtbot.addWidget(page)
    ages = {row.text(0): row.text(2) for row in page.rows()}
    assert ages == {
        "Один": "открыт 1 день",
        "Три": "открыт 3 дня",
        "Пять": "открыт 5 дней",
        "Двадцать один": "открыт 21 день",
    }
    assert page.tree.topLevelItem(0).text(0) == "Открытые (4)"
    lines = week_tooltip(known_weeks()[8]).splitlines()
    assert lines[1:] == ["8 случаев давления", "уступили: 6", "Неоплаченных часов: 4", "1 благодарность"]


def test_switching_language_live_rebuilds_the_pages_and_keeps_unsaved_notes(qtbot, journal, qapp) -> None:
    i18n.install("en")
    tj.bending_month(journal)
    today, incidents = TodayPage(journal), IncidentsPage(journal)
    for page in (today, incidents):
        qtbot.addWidget(page)
    with qtbot.waitSignal(today.status_ready, timeout=10000):
        today.show()
    incidents.show()
    qtbot.keyClicks(incidents.form.title, "Unsaved title")
    qtbot.keyClicks(incidents.form.notes["listen"], "heard them out")
    try:
        i18n.install("ru")
        qtbot.waitUntil(lambda: today.card.word.text() == "Красный")
        qtbot.waitUntil(lambda: incidents.form.heading.text() == "Новый инцидент")
        assert today.title.text() == "Сегодня"
        assert incidents.form.title.text() == "Unsaved title"
        assert incidents.form.notes["listen"].toPlainText() == "heard them out"
        assert incidents.form.progress_text.text() == "Шагов с заметками: 1 из 6"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: today.card.word.text() == "Red")
