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


def test_thousands_of_loaded_rows_stay_out_of_the_garbage_collectors_way(journal):
    """Rows are kept as plain tuples, which the collector untracks: loading 6,000 entries neither
    freezes the whole process's heap (gc.freeze) nor leaves thousands of objects to scan."""
    import gc

    from journal.services import interchange

    doc = {
        "format": "rapport-journal",
        "version": 2,
        "clients": [{"id": "c", "name": "Ирина", "created_at": "2025-01-01T10:00:00+03:00"}],
        "interactions": [
            {
                "id": f"i{n}",
                "client_id": "c",
                "occurred_at": f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}T{8 + n % 10:02d}:{n % 60:02d}:00+03:00",
                "summary": f"Звонок {n}",
                "pressure": [{"kind": "free_work", "response": "conceded", "unpaid_hours": 1}],
                "signs": [{"kind": "thanked"}],
            }
            for n in range(6000)
        ],
    }
    interchange.import_document(journal, doc)
    gc.collect()
    frozen_before = gc.get_freeze_count()
    model = TimelineModel(journal, page_size=6000)
    model.reload()
    assert model.entry_count() == 6000
    assert gc.get_freeze_count() == frozen_before
    gc.collect()
    gc.collect()  # a tuple is untracked once the tuples inside it are (the first pass may meet it first)
    tracked = [model._rows[row] for row in range(model.rowCount()) if gc.is_tracked(model._rows[row])]
    assert not tracked, [(type(v).__name__, gc.is_tracked(v)) for v in tracked[0]]
    first = model.entry_at(1)  # row 0 is the newest day's header
    assert first is not None and first.client_name == "Ирина" and first.signs == ("thanked",)
    assert model.row_of(first.kind, first.id) == 1
