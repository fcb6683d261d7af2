"""The filters in force, as chips above the timeline: each says what it keeps, and ✕ takes it away.

"Show the events" on Today or Insights sets several filters at once (a kind, "pressure only",
a date range); without the chips a person sees a shorter list and does not know why. One chip
per filter that differs from the default, then "Clear", which removes them all. The row hides
itself when nothing is filtered. `removed(field)` names the TimelineFilter field to reset;
`cleared()` asks for no filter at all (the search text stays, it has its own field).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from journal.services import formats, vocabulary
from journal.services.timeline import TimelineFilter
from journal.ui.widgets.flow_layout import FlowLayout
from journal.ui.widgets.heading import HALF


class FilterChips(QWidget):
    """A row of removable chips for the filters in force, and "Clear"."""

    removed = Signal(str)  # the TimelineFilter field to set back to its default
    cleared = Signal()

    def __init__(self, client_name: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._client_name = client_name
        self._filter = TimelineFilter()
        self.chips: dict[str, QToolButton] = {}
        self.layout_ = FlowLayout(self, spacing=HALF)
        self.label = QLabel(self)
        self.clear = QToolButton(self)
        self.clear.setAutoRaise(True)
        self.clear.clicked.connect(self.cleared)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Filtered:"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear all filters"))
        self.show_filter(self._filter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def words(self, flt: TimelineFilter) -> dict[str, str]:
        """Field → what its chip says, for the fields that filter."""
        found: dict[str, str] = {}
        if flt.client_id:
            found["client_id"] = self.tr("Client: %1").replace("%1", self._client_name(flt.client_id))
        if flt.kinds:
            kinds = ", ".join(vocabulary.entry_kind(k) for k in flt.kinds)
            found["kinds"] = self.tr("Kind: %1").replace("%1", kinds)
        if flt.pressure_only:
            found["pressure_only"] = self.tr("Pressure only")
        if flt.date_from:
            found["date_from"] = self.tr("From %1").replace("%1", formats.short_day(flt.date_from))
        if flt.date_to:
            found["date_to"] = self.tr("To %1").replace("%1", formats.short_day(flt.date_to))
        if flt.tag:
            found["tag"] = self.tr("Tag: %1").replace("%1", "#" + flt.tag)
        return found

    def show_filter(self, flt: TimelineFilter) -> None:
        """One chip per filter in force (the search text is shown in its own field)."""
        self._filter = flt
        while self.layout_.count():
            self.layout_.takeAt(0)
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        words = self.words(flt)
        self.layout_.addWidget(self.label)
        for field, text in words.items():
            chip = QToolButton(self)
            chip.setText(f"{text}  \u2715")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove the filter: %1").replace("%1", text))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, f=field: self.removed.emit(f))
            self.layout_.addWidget(chip)
            self.chips[field] = chip
        self.layout_.addWidget(self.clear)
        self.setVisible(bool(words))

    def texts(self) -> list[str]:
        """What the chips say, without their ✕ (for tests and screen readers)."""
        return [chip.text().removesuffix("  \u2715") for chip in self.chips.values()]
