"""Insights, driven as a person would: signals with thresholds, the sortable client table, looking back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from journal.services import indicators
from journal.ui.pages.insights import InsightsPage
from journal.ui.widgets.client_table import COL_NAME, COL_PRESSURE
from tests import today_journal as tj


def open_insights(qtbot, journal) -> InsightsPage:
    page = InsightsPage(journal)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.resize(1100, 1000)
        page.show()
    return page


def cells(page: InsightsPage, row: int) -> list[str]:
    return [page.signals_table.item(row, c).text() for c in range(page.signals_table.columnCount())]


def column(page: InsightsPage, col: int) -> list[str]:
    return [page.clients.model().index(r, col).data() for r in range(page.clients.model().rowCount())]


def test_signals_clients_and_looking_back(qtbot, journal) -> None:
    tj.bending_month(journal)
    partner = tj.calm_month(journal)
    indicators.save_checkin(journal, date.today() - timedelta(days=20), (100, 75, 75, 50, 50, 75))
    page = open_insights(qtbot, journal)
    assert page.level_label.text() == "Burnout risk: amber"
    assert cells(page, 0) == ["Concession rate", "Amber", "66.7%", "50%", "75%", "9 decided pushes"]
    assert cells(page, 1) == [
        "Pressure events per week",
        "Amber",
        "2.25 a week",
        "2 a week",
        "4 a week",
        "9 pushes in 28 days",
    ]
    assert cells(page, 2)[:3] == ["Unpaid hours per week", "Green", "0 h a week"]
    assert cells(page, 3) == ["Client-related burnout (check-in)", "Green", "25", "50", "75", "6 answered questions"]

    # sorted by relationship first: bending before steady (no good sign yet, so not partnership)
    assert column(page, COL_NAME) == ["Vector LLC", "Partner Ltd"]
    assert column(page, 1) == ["▼ Bending", "● Steady"]
    tip = page.clients.model().index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Nothing conceded and little pressure, but no good sign recorded yet."
    legend = page.legend.text()
    for word in ("▼ Bending", "◇ Drifting", "◆ Watch", "● Steady", "▲ Partnership", "It happens"):
        assert word in legend
    header = page.clients.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(COL_PRESSURE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    first = column(page, COL_PRESSURE)
    assert sorted(first) == ["1", "8"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert column(page, COL_PRESSURE) == list(reversed(first))

    # double-clicking a client asks for their page
    row = column(page, COL_NAME).index("Partner Ltd")
    rect = page.clients.visualRect(page.clients.model().index(row, COL_NAME))
    qtbot.mouseClick(page.clients.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.client_requested) as asked:
        QTest.mouseDClick(page.clients.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [partner]

    # the check-in chart has every check-in so far; the note says what is heuristic and what is validated
    assert [s for _, s in page.scores.history] == [(100 + 75 + 75 + 50 + 50 + 75) / 6, 12.5, 25.0]
    assert "Rapport's own heuristics" in page.about.text() and "Copenhagen Burnout Inventory" in page.about.text()

    # looking back 60 days: nothing in that window yet
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.as_of.setDate(QDate.currentDate().addDays(-60))
    assert page.level_label.text() == "Burnout risk: not enough data yet"
    assert page.clients.model().rowCount() == 0 and page.scores.history == ()


def test_what_bending_cost_is_said_in_hours_then_in_money_once_a_rate_is_set(qtbot, journal) -> None:
    from journal import i18n
    from journal.services import capture, journal_settings
    from tests.helpers import client

    i18n.install("en")  # money as an English interface writes it
    cid = client(journal, "Ирина").id
    for days in (3, 10):
        when = (date.today() - timedelta(days=days)).isoformat() + "T11:00:00+03:00"
        capture.save(journal, "interaction", {"client_id": cid, "occurred_at": when, "summary": "Ещё пять минут",
                                              "pressure": [{"kind": "free_work", "response": "conceded",
                                                            "unpaid_hours": 2.5}]})  # fmt: skip
    page = open_insights(qtbot, journal)
    assert page.cost.isVisible()
    assert page.cost.text() == (
        "<b>What bending cost in the last 28 days.</b> 5 h unpaid. Your hourly rate in Settings turns this into money."
    )
    journal_settings.save_rate(journal, 40, "$")
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.refresh()
    assert page.cost.text() == "<b>What bending cost in the last 28 days.</b> 5 h unpaid, about $200 of your time."
