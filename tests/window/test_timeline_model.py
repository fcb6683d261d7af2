"""The timeline model: pages fetched on demand as the view scrolls, day headers, no reads in data()."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from journal.services import timeline
from journal.ui.pages.journal import TimelineView
from journal.ui.widgets.timeline_delegate import TimelineDelegate, row_height
from journal.ui.widgets.timeline_model import DayRole, TimelineModel, day_title


def test_pages_arrive_as_the_view_scrolls(filled, qtbot, monkeypatch):
    model = TimelineModel(filled, page_size=2)
    model.reload()
    assert model.entry_count() == 2 and model.canFetchMore()
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TimelineDelegate(view))
    view.verticalHeader().setDefaultSectionSize(row_height(view.fontMetrics()))
    view.resize(400, 3 * row_height(view.fontMetrics()))
    view.show()
    qtbot.waitExposed(view)
    calls = []
    real_page = timeline.page
    monkeypatch.setattr(timeline, "page", lambda *a, **k: calls.append(k.get("after")) or real_page(*a, **k))
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: not model.canFetchMore())
    assert model.entry_count() == 5
    assert calls and all(after is not None for after in calls)  # each later page continues from a cursor
    calls.clear()
    for row in range(model.rowCount()):  # painting and reading rows never goes back to the journal
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    view.viewport().repaint()
    assert calls == []
    headers = [model.index(r, 0).data(DayRole) for r in range(model.rowCount())]
    days = [d for d in headers if d is not None]
    assert days == sorted(days, reverse=True) and len(days) == len(set(days)) == 3


def test_day_titles():
    today = date(2026, 11, 23)
    assert day_title(today, today).startswith("Today, ")
    assert day_title(today - timedelta(days=1), today).startswith("Yesterday, ")
    assert day_title(today - timedelta(days=2), today) == "Saturday, 21 November 2026"


def test_date_range_filter(window, qtbot):
    filters = window.journal_page.filters
    two_days_ago = date.today() - timedelta(days=2)
    filters.date_to.setDate(QDate(two_days_ago))
    titles = [
        e.title for r in range(window.journal_page.model.rowCount()) if (e := window.journal_page.model.entry_at(r))
    ]
    assert titles == ["Quarterly planning meeting", "Asked for a free extra deck"]
    filters.date_from.setDate(QDate(date.today() - timedelta(days=1)))  # from after to: nothing
    assert window.journal_page.model.rowCount() == 0
    assert "Nothing matches" in window.journal_page.empty.text()
    qtbot.mouseClick(filters.clear, Qt.MouseButton.LeftButton)
    assert window.journal_page.model.entry_count() == 5
