"""The Journal page: filters, the day-grouped timeline, and the detail pane of the selected entry.

Search text arrives from the window's search field through `set_search_text`; it is debounced
(a short pause after the last keystroke) before the model is reset to the new filter, so
typing stays smooth on a journal of 100,000 entries. Enter or a double-click on an entry asks
the window to edit it; Delete goes through the window's undoable delete.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from journal.domain.records import TimelineEntry
from journal.services.timeline import TimelineFilter
from journal.store.db import Journal
from journal.ui.widgets.detail_pane import DetailPane
from journal.ui.widgets.filter_bar import FilterBar
from journal.ui.widgets.filter_chips import FilterChips
from journal.ui.widgets.heading import page_margins
from journal.ui.widgets.timeline_delegate import TimelineDelegate, row_height
from journal.ui.widgets.timeline_model import EntryRole, TimelineModel

SEARCH_DELAY_MS = 40  # long enough to coalesce a burst of keys, short enough to feel instant


class TimelineView(QTableView):
    """The list of rows; the keyboard steps over day headers onto entries, Enter opens the current one.

    A one-column table rather than a QListView: its fixed-height rows take new pages in constant
    time, where QListView lays every row out again on each insert (slow at 100,000 rows).
    """

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if not index.isValid() or index.data(EntryRole) is not None:
            return index
        up = action in (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp)
        step = -1 if up else 1
        row = index.row() + step
        while 0 <= row < model.rowCount():
            if model.index(row, 0).data(EntryRole) is not None:
                return model.index(row, 0)
            row += step
        row = index.row() - step  # nothing further that way: the nearest entry the other way
        return model.index(row, 0) if 0 <= row < model.rowCount() else index


class JournalPage(QWidget):
    """The timeline with its filters and detail pane."""

    edit_requested = Signal(str, str)  # kind, id
    delete_requested = Signal(str, str)  # kind, id
    filter_applied = Signal()  # the list now shows the current filter and search

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self._text = ""
        self.filters = FilterBar(journal, self)
        self.model = TimelineModel(journal, parent=self)
        self.view = TimelineView(self)
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.view.fontMetrics()))
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.detail = DetailPane(journal, self)
        self.chips = FilterChips(self._client_name, self)
        self.chips.removed.connect(self.remove_filter)
        self.chips.cleared.connect(lambda: self.set_filter(TimelineFilter(text=self._text)))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chips)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journal_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.filters.changed.connect(self.apply_filter)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.open_requested.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.delete_requested.connect(self.delete_requested)
        self.model.modelReset.connect(self._after_reset)
        self.setTabOrder(self.filters.clear, self.view)
        self.setTabOrder(self.view, self.detail.browser)
        self.retranslate()
        self.model.reload()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Journal timeline"))
        self._update_empty()
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> TimelineFilter:
        return self.filters.current(TimelineFilter(text=self._text))

    def set_search_text(self, text: str) -> None:
        """Search as you type: the list follows after a short pause."""
        self._text = text
        self._search_timer.start()

    def set_filter(self, flt: TimelineFilter) -> None:
        """Show exactly this filter (its search text included)."""
        self._text = flt.text
        self.filters.set_filter(flt)  # emits changed → apply_filter

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)
        self.chips.show_filter(flt)
        self.filter_applied.emit()

    def remove_filter(self, field: str) -> None:
        """A chip's ✕: that one filter back to its default, the others kept."""
        self.set_filter(replace(self.current_filter(), **{field: getattr(TimelineFilter(), field)}))

    def _client_name(self, client_id: str) -> str:
        combo = self.filters.client
        index = combo.findData(client_id)
        if index >= 0:
            return combo.itemText(index)
        from journal.services import capture

        client = capture.get(self._journal, "client", client_id)
        return client.name if client is not None else "?"

    def refresh(self) -> None:
        """Reload after the journal changed, keeping the selected entry when it still exists."""
        selected = self.selected_entry()
        self.filters.reload_lists()
        self.model.reload(keep=min(self.model.rowCount(), 2000))
        if selected is not None:
            self.select(selected.kind, selected.id)

    def _after_reset(self) -> None:
        self._update_empty()
        self.detail.show_entry(None)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            if self.current_filter() == TimelineFilter():
                self.empty.setText(self.tr("Your journal is empty. Press Ctrl+N to write down your first interaction."))
            else:
                self.empty.setText(self.tr("Nothing matches. Change the search or clear the filters."))
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)

    # -- selection ---------------------------------------------------------------------------
    def selected_entry(self) -> TimelineEntry | None:
        index = self.view.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    def select(self, kind: str, entity_id: str) -> bool:
        row = self.model.row_of(kind, entity_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    def focus_list(self) -> None:
        """Put the keyboard in the list, on the first entry when nothing is selected."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_entry() is None:
            for row in range(min(self.model.rowCount(), 3)):
                if self.model.entry_at(row) is not None:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    break

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(EntryRole) if current.isValid() else None
        self.detail.show_entry(entry)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if entry is not None:
            self.edit_requested.emit(entry.kind, entry.id)
