"""What the pages and the window's helpers ask of the main window, as a protocol.

`journal.ui.window.main_window.MainWindow` builds the pages and the helpers, so they cannot
import it; they check `isinstance(widget.window(), WindowHost)` instead of guessing with
`hasattr`, and the type checker follows the calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from journal.services.timeline import TimelineFilter
    from journal.store.db import Journal


@runtime_checkable
class WindowHost(Protocol):
    journal: Journal
    pages: dict[str, QWidget]

    @property
    def journal_changed(self) -> SignalInstance: ...

    def show_page(self, key: str, *, focus: bool = False) -> None: ...

    def show_journal(self, flt: TimelineFilter) -> None: ...

    def open_editor(
        self, kind: str, entity_id: str | None = None, preset: dict[str, Any] | None = None
    ) -> QWidget | None: ...
