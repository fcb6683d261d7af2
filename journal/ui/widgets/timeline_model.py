"""The Journal page's item model: the timeline, newest first, fetched a page at a time, grouped by day.

Rows are held in a list: a `date` for each day header and, for each entry, its
`TimelineEntry` fields as a plain tuple. A plain tuple of strings, numbers and dates is
untracked by the garbage collector, so 100,000 loaded rows add about 2 ms to a full collection
instead of about 40 ms (dataclass instances are scanned one by one), with no change to the
collector for the rest of the app. Nothing in `data()` touches the database; `fetchMore()` asks
`journal.services.timeline.page` for the next keyset page, so a journal of 100,000 entries
costs what its visible pages cost. Changing the filter (or a write to the journal) resets the
model and starts again from the newest entry.
"""

from __future__ import annotations

import dataclasses
import operator
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from journal.domain.records import TimelineEntry
from journal.services import formats, timeline, vocabulary
from journal.services.timeline import TimelineFilter
from journal.store.db import Journal
from journal.ui.qt_dates import qtime

EntryRole = Qt.ItemDataRole.UserRole + 1  # the TimelineEntry, or None on a day header
DayRole = Qt.ItemDataRole.UserRole + 2  # the date of a day header, or None on an entry
TimeRole = Qt.ItemDataRole.UserRole + 3  # "14:30" for interactions, "" for date-only entries
MatchRole = Qt.ItemDataRole.UserRole + 4  # the search snippet (marks around matched words), or None

Index = QModelIndex | QPersistentModelIndex
Packed = tuple[Any, ...]  # a TimelineEntry's fields, in order
_FIELDS = [f.name for f in dataclasses.fields(TimelineEntry)]
_pack = operator.attrgetter(*_FIELDS)
_KIND_AT, _ID_AT, _DAY_AT = (_FIELDS.index(name) for name in ("kind", "id", "day"))


def day_title(day: date, today: date | None = None) -> str:
    """'Today, Monday 23 November 2026' in the current language."""
    today = today or date.today()
    locale = QLocale()
    text = formats.weekday(day)
    text = text[:1].upper() + text[1:]  # «суббота, …» starts a heading: «Суббота, …»
    inner = text[:1].lower() + text[1:] if locale.language() == QLocale.Language.Russian else text
    if day == today:
        return QCoreApplication.translate("TimelineModel", "Today, %1").replace("%1", inner)
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("TimelineModel", "Yesterday, %1").replace("%1", inner)
    return text


class TimelineModel(QAbstractListModel):
    """Day headers and timeline entries for one filter, loaded on demand."""

    loaded = Signal()  # a page arrived (or the model was reset to a new filter)

    def __init__(self, journal: Journal, page_size: int = 200, parent=None):
        super().__init__(parent)
        self._journal = journal
        self._page_size = page_size
        self._filter = TimelineFilter()
        self._rows: list[Packed | date] = []
        self._cursor: tuple[int, int] | None = None
        self._exhausted = False
        self._time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)

    # -- filter and refresh ----------------------------------------------------------------
    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, flt: TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Start again from the newest entry (after a write, or a new filter); `keep` rows pre-loaded."""
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, False
        self._time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self._append(timeline.page(self._journal, self._filter, limit=max(self._page_size, keep)))
        self.endResetModel()
        self.loaded.emit()

    def _last_day(self) -> date | None:
        last = self._rows[-1] if self._rows else None
        return last[_DAY_AT] if isinstance(last, tuple) else None

    def _append(self, entries: list[TimelineEntry]) -> list[Packed | date]:
        if len(entries) < self._page_size:
            self._exhausted = True
        if entries:
            self._cursor = entries[-1].cursor
        last_day = self._last_day()
        added: list[Packed | date] = []
        for entry in entries:
            if entry.day != last_day:
                added.append(entry.day)
                last_day = entry.day
            added.append(_pack(entry))
        self._rows.extend(added)
        return added

    # -- lazy loading ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or self._exhausted:
            return
        entries = timeline.page(self._journal, self._filter, after=self._cursor, limit=self._page_size)
        if not entries:
            self._exhausted = True
            return
        last_day = self._last_day()
        new_rows = len(entries) + len({e.day for e in entries} - {last_day})
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + new_rows - 1)
        self._append(entries)
        self.endInsertRows()
        self.loaded.emit()

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def entry_at(self, row: int) -> TimelineEntry | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return TimelineEntry(*item) if isinstance(item, tuple) else None

    def entry_count(self) -> int:
        """Entries loaded so far (day headers not counted)."""
        return sum(1 for item in self._rows if isinstance(item, tuple))

    def row_of(self, kind: str, entity_id: str) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, tuple) and item[_KIND_AT] == kind and item[_ID_AT] == entity_id:
                return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], tuple):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, tuple):
            item = TimelineEntry(*row)
            if role == EntryRole:
                return item
            if role == TimeRole:
                return self._time(item)
            if role == MatchRole:
                return item.snippet
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.describe(item)
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.title or None
            return None
        if role == DayRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return day_title(row)
        return None

    def _time(self, entry: TimelineEntry) -> str:
        if entry.kind != "interaction":
            return ""
        return QLocale().toString(qtime(entry.when.time()), self._time_format)

    def describe(self, entry: TimelineEntry) -> str:
        """The row in words, for screen readers and tests: kind, time, client, summary, pressure, good signs."""
        parts = [vocabulary.entry_kind(entry.kind), self._time(entry), entry.client_name or "", entry.title]
        parts += [vocabulary.pressure_mark(k, r) for k, r in entry.pressure]
        parts += [vocabulary.lower_first(vocabulary.good_sign(code)) for code in entry.signs]
        return " · ".join(p for p in parts if p)
