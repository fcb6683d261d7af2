"""Insights: every signal with its value, threshold and basis; clients; check-in scores; as of any day.

The signals table shows each of the four signals of `spec/indicators.md` with its level (word
and icon), value, amber and red thresholds and what it rests on. The per-client table sorts
on any column (QSortFilterProxyModel over `ClientTableModel`); double-clicking a client asks
for their page. The check-in chart shows scores up to the chosen day. "About these numbers"
says which parts are Rapport's own heuristics and which is validated. Numbers are computed in
a `Worker`, as on Today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.domain.indicators import LABELS, Status
from journal.domain.indicators import Signal as IndicatorSignal
from journal.export.client_story import label_with_mark
from journal.services import formats, indicators, story_text, text, vocabulary
from journal.services.text import settle_plural
from journal.store.db import Journal
from journal.ui.host import WindowHost
from journal.ui.pages.support import is_dark, listen_to_journal, rebuild_later, refresh_if_stale, replace_body
from journal.ui.widgets.client_table import COL_LABEL, ID_ROLE, SORT_ROLE, ClientTableModel
from journal.ui.widgets.heading import heading, page_margins
from journal.ui.widgets.heading import title as page_title
from journal.ui.widgets.levels import level_icon
from journal.ui.widgets.one_stop import one_tab_stop
from journal.ui.widgets.score_chart import ScoreChart
from journal.ui.workers import Worker


@dataclass(frozen=True)
class InsightsData:
    status: Status
    history: tuple[tuple[date, float | None], ...]  # check-ins up to as_of


def compute_insights(journal: Journal, as_of: date, **_worker: Any) -> InsightsData:
    history = tuple((d, s) for d, s in indicators.checkin_history(journal) if d <= as_of)
    return InsightsData(indicators.status(journal, as_of), history)


class InsightsPage(QWidget):
    """All signals, the per-client table, check-in history and the note on what the numbers are."""

    status_ready = Signal(object)  # InsightsData
    client_requested = Signal(str)  # client id: show their page

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.data: InsightsData | None = None
        self.generation = 0
        self.running: set[Worker] = set()
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self._build(QDate.currentDate())
        self._connect_window(parent)
        listen_to_journal(self, parent, self.refresh)
        self.refresh()

    def _build(self, as_of: QDate) -> None:
        """Every widget of the page, in the language in force (again after a language change)."""
        title = page_title(self.tr("Insights"))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        one_tab_stop(self.as_of)
        self.as_of.setDate(as_of)
        self.as_of.setMaximumDate(QDate.currentDate().addYears(1))
        self.as_of.setAccessibleName(self.tr("As of"))
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.as_of.setDate(QDate.currentDate()))
        self.level_label = QLabel()
        bold = self.level_label.font()
        bold.setBold(True)
        self.level_label.setFont(bold)
        self.level_icon = QLabel()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("As of:")))
        header.addWidget(self.as_of)
        header.addWidget(today)

        self.signals_table = QTableWidget(0, 6)
        self.signals_table.setHorizontalHeaderLabels(
            [self.tr("Signal"), self.tr("Level"), self.tr("Value"), self.tr("Amber from"), self.tr("Red from"),
             self.tr("Based on")]
        )  # fmt: skip
        self._table_look(self.signals_table)
        self.signals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.model = ClientTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.clients = QTableView()
        self.clients.setModel(self.proxy)
        self.clients.setSortingEnabled(True)
        self.clients.sortByColumn(COL_LABEL, Qt.SortOrder.AscendingOrder)
        self.clients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients.doubleClicked.connect(self._client_double_clicked)
        self._table_look(self.clients)
        self.clients.horizontalHeader().setStretchLastSection(True)  # columns fit their words (`_show`)
        self.clients_empty = QLabel(self.tr("No client had an interaction in the 90 days up to that day."))
        self.clients_empty.setWordWrap(True)
        self.clients_empty.hide()
        self.clients_note = QLabel(
            self.tr("Clients with interactions in the 90 days up to that day. Double-click one to open it.")
        )
        self.clients_note.setWordWrap(True)
        self.legend = QLabel(self.legend_html())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.promises = QLabel()
        self.promises.setWordWrap(True)
        self.cost = QLabel()
        self.cost.setWordWrap(True)

        self.scores = ScoreChart()
        self.about = QLabel(self.about_text())
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        about_frame = QFrame()
        about_frame.setFrameShape(QFrame.Shape.StyledPanel)
        about_layout = QVBoxLayout(about_frame)
        about_layout.addWidget(heading(self.tr("About these numbers")))
        about_layout.addWidget(self.about)

        content = QWidget()
        layout = QVBoxLayout(content)
        page_margins(layout)
        layout.addLayout(header)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_icon)
        level_row.addWidget(self.level_label, 1)
        layout.addLayout(level_row)
        layout.addWidget(heading(self.tr("Signals over the last 28 days")))
        layout.addWidget(self.signals_table)
        layout.addWidget(self.cost)
        layout.addWidget(heading(self.tr("Promises to clients")))
        layout.addWidget(self.promises)
        layout.addWidget(heading(self.tr("Clients")))
        layout.addWidget(self.clients_note)
        layout.addWidget(self.clients)
        layout.addWidget(self.clients_empty)
        layout.addWidget(self.legend)
        layout.addWidget(heading(self.tr("Check-in score over time")))
        layout.addWidget(self.scores)
        layout.addWidget(about_frame)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.body = replace_body(self.outer, self.body, scroll)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.body is not None:
            rebuild_later(self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._build(self.as_of.date())
        if self.data is not None:
            self._show(self.data, self.generation)

    @staticmethod
    def _table_look(table: QTableView) -> None:
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    @staticmethod
    def _fit_height(table: QTableView, rows: int, scroll_bar: bool = False) -> None:
        """As tall as `rows` rows (the page scrolls, not the table, for a handful of rows), and room for
        the horizontal scroll bar where the columns can be wider than the page (the clients' nine)."""
        row_height = table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + rows * row_height + 2 * table.frameWidth()
        table.setFixedHeight(height + (table.horizontalScrollBar().sizeHint().height() if scroll_bar else 0))

    def _connect_window(self, window: QWidget | None) -> None:
        if not isinstance(window, WindowHost):
            return

        def open_client(client_id: str) -> None:
            window.show_page("clients")
            page = window.pages.get("clients")
            for name in ("open_client", "show_client"):
                if hasattr(page, name):
                    getattr(page, name)(client_id)
                    return

        self.client_requested.connect(open_client)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        refresh_if_stale(self, self.refresh)
        super().showEvent(event)

    def legend_html(self) -> str:
        """What each relationship label means, with its shape: the table's legend."""
        rows = "".join(
            f"<tr><td style='padding-right:10px'><b>{escape(label_with_mark(label))}</b></td>"
            f"<td>{escape(story_text.label_explained_text(label))}</td></tr>"
            for label in LABELS
        )
        return f"<table>{rows}</table>"

    def about_text(self) -> str:
        return (
            "<p>"
            + "</p><p>".join(
                (
                    self.tr(
                        "The concession rate, pressure per week and unpaid hours per week, and their thresholds, are "
                        "Rapport's own heuristics, drawn from the three forms of bending to clients: free work, ever "
                        "bigger discounts and impossible deadlines. No validated norm exists for them; treat them as a "
                        "mirror, not a measurement. You can change the thresholds in Settings."
                    ),
                    self.tr(
                        "The check-in is the one validated part: the client-related burnout scale of the Copenhagen "
                        "Burnout Inventory (Kristensen et al., 2005). Its authors call a score of 50 or more high; the "
                        "red line at 75 is Rapport's own. It is a self-check, not a diagnosis."
                    ),
                    self.tr("For scale: UK workers who did unpaid overtime in 2023 averaged 7.2 hours a week (TUC)."),
                )
            )
            + "</p>"
        )

    # -- data --------------------------------------------------------------------------------

    def day(self) -> date:
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        self.generation += 1
        worker = Worker(compute_insights, self.journal, self.day())
        worker.signals.result.connect(lambda data, g=self.generation: self._show(data, g))
        worker.signals.failed.connect(self.level_label.setText)
        worker.signals.finished.connect(lambda w=worker: self.running.discard(w))
        self.running.add(worker)
        worker.start()

    def _show(self, data: InsightsData, generation: int) -> None:
        if generation != self.generation or not shiboken6.isValid(self.level_label):
            return  # superseded, or the page was closed while its worker ran
        self.data = data
        status = data.status
        self.level_label.setText(vocabulary.level_risk(status.level))  # as Today, status and the PDF word it
        self.level_icon.setPixmap(level_icon(status.level, is_dark(self)).pixmap(20, 20))
        self.signals_table.setRowCount(len(status.signals))
        no_data = status.level == "unknown"  # nothing in the window: no signal can be green
        for row, signal in enumerate(status.signals):
            for column, value in enumerate(self.signal_cells(signal, no_data)):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setIcon(level_icon("unknown" if no_data else signal.level, is_dark(self)))
                if 2 <= column <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.signals_table.setItem(row, column, item)
        self._fit_height(self.signals_table, self.signals_table.rowCount())
        self.model.set_clients(status.clients, status.rate.currency)
        self.promises.setText(story_text.promises_text(status.promises))
        hours = sum(s.basis for s in status.signals if s.name == "unpaid_hours_per_week")
        cost = story_text.cost_text(hours, status.rate)
        if status.rate.hourly_rate is None:
            cost += " " + self.tr("Your hourly rate in Settings turns this into money.")
        caption = self.tr("What bending cost in the last 28 days.")
        self.cost.setText(f"<b>{escape(caption)}</b> {escape(cost)}" if hours else "")
        self.cost.setVisible(bool(hours))
        self._fit_height(self.clients, min(max(self.model.rowCount(), 1), 15), scroll_bar=True)
        has_clients = self.model.rowCount() > 0
        for widget in (self.clients, self.clients_note, self.legend):
            widget.setVisible(has_clients)
        self.clients_empty.setVisible(not has_clients)
        self.scores.set_history(data.history)
        self.status_ready.emit(data)

    def signal_cells(self, signal: IndicatorSignal, no_data: bool = False) -> list[str]:
        """Name, level, value, amber from, red from, basis — as shown; with `no_data` (nothing logged
        in the window) the level and value say "not enough data", never a green zero."""

        def shown(value: float | None) -> str:
            figure = text.signal_value_text(signal.name, value)
            if value is not None and signal.name in ("pressure_per_week", "unpaid_hours_per_week"):
                return self.tr("%1 a week").replace("%1", figure)
            return figure

        n = round(signal.basis)
        if signal.name == "concession_rate":
            basis = settle_plural(self.tr("%n decided push(es)", "", n), n)
        elif signal.name == "pressure_per_week":
            basis = settle_plural(self.tr("%n push(es) in 28 days", "", n), n)
        elif signal.name == "unpaid_hours_per_week":
            basis = self.tr("%1 unpaid hours in 28 days").replace("%1", formats.hour_count(signal.basis))
        else:
            basis = settle_plural(self.tr("%n answered question(s)", "", n), n)
        return [
            text.signal_name_text(signal.name),
            text.level_text("unknown" if no_data else signal.level),
            shown(None if no_data else signal.value),
            shown(signal.amber),
            shown(signal.red),
            basis,
        ]

    def _client_double_clicked(self, index) -> None:  # noqa: ANN001 - QModelIndex
        client_id = self.proxy.data(index, ID_ROLE)
        if client_id:
            self.client_requested.emit(client_id)
