"""The Journal page's filter bar: client, kind, date range, tag and "pressure only".

It owns the controls and turns them into a `TimelineFilter` (without the search text, which
the window's search field supplies). `changed` fires whenever a control changes; the lists
of clients and tags are refreshed from the services when the journal changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.domain.records import ENTRY_KINDS
from journal.services import vocabulary
from journal.services.timeline import TimelineFilter
from journal.store.db import Journal
from journal.ui.qt_dates import pydate, qdate
from journal.ui.widgets.one_stop import one_tab_stop

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields, shown as "any"


class FilterDateEdit(QDateEdit):
    """A date field where Tab leaves the field (not step through day, month, year) as in the rest of the bar."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class FilterBar(QWidget):
    """Filters for the timeline; `current()` gives them as a TimelineFilter."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self.client = QComboBox(self)
        self.client.setMinimumContentsLength(10)
        self.client.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind = QComboBox(self)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.tag = QComboBox(self)
        self.tag.setMinimumContentsLength(6)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pressure_only = QCheckBox(self)
        self.clear = QPushButton(self)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.client, self.kind, self.tag):
            first.addWidget(widget, 1)
        first.addWidget(self.pressure_only)
        for field in (self.from_label, self.date_from, self.to_label, self.date_to):
            second.addWidget(field)
        second.addStretch(1)
        second.addWidget(self.clear)
        layout.addLayout(first)
        layout.addLayout(second)
        for combo, text in ((self.client, self.tr("All clients")), (self.tag, self.tr("All tags"))):
            combo.addItem(text, None)
        self.retranslate()
        for combo in (self.client, self.kind, self.tag):
            combo.currentIndexChanged.connect(self.changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.pressure_only.toggled.connect(self.changed)
        self.clear.clicked.connect(self.reset)
        order = (self.client, self.kind, self.tag, self.pressure_only, self.date_from, self.date_to, self.clear)
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)  # as laid out: first row, then second

    def _date_edit(self) -> QDateEdit:
        edit = FilterDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        one_tab_stop(edit)
        return edit

    def retranslate(self) -> None:
        kind = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for code in ENTRY_KINDS:
            self.kind.addItem(vocabulary.entry_kind(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        if self.client.count():
            self.client.setItemText(0, self.tr("All clients"))
        if self.tag.count():
            self.tag.setItemText(0, self.tr("All tags"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self.from_label.setText(self.tr("F&rom"))
        self.to_label.setText(self.tr("T&o"))
        self.pressure_only.setText(self.tr("&Pressure only"))
        self.clear.setText(self.tr("Clear filters"))
        self.client.setAccessibleName(self.tr("Filter by client"))
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.pressure_only.setAccessibleName(self.tr("Show only entries with pressure"))
        self.clear.setAccessibleName(self.tr("Clear all filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_lists(self) -> None:
        """Refresh the client and tag choices, keeping what is selected."""
        from journal.services import capture  # SQLAlchemy: only once the window is up

        for combo, all_text, items in (
            (self.client, self.tr("All clients"), [(c.name, c.id) for c in capture.list_clients(self._journal)]),
            (self.tag, self.tr("All tags"), [(t, t) for t in capture.all_tags(self._journal)]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        return None if edit.date() == NO_DATE else pydate(edit.date())

    def current(self, base: TimelineFilter = TimelineFilter()) -> TimelineFilter:  # noqa: B008 - frozen
        kind = self.kind.currentData()
        return replace(
            base,
            client_id=self.client.currentData(),
            kinds=(kind,) if kind else (),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            tag=self.tag.currentData(),
            pressure_only=self.pressure_only.isChecked(),
        )

    def set_filter(self, flt: TimelineFilter) -> None:
        """Show a filter (e.g. from the Insights page) without firing `changed` per control."""
        self.blockSignals(True)
        try:
            if flt.client_id and self.client.findData(flt.client_id) < 0:
                self.reload_lists()
            self.client.setCurrentIndex(max(0, self.client.findData(flt.client_id)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(flt.kinds[0] if len(flt.kinds) == 1 else None)))
            self.date_from.setDate(qdate(flt.date_from) if flt.date_from else NO_DATE)
            self.date_to.setDate(qdate(flt.date_to) if flt.date_to else NO_DATE)
            self.tag.setCurrentIndex(max(0, self.tag.findData(flt.tag)))
            self.pressure_only.setChecked(flt.pressure_only)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        self.set_filter(TimelineFilter())
