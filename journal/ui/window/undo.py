"""Undoable commands on the journal, for the window's QUndoStack.

A delete keeps what `journal.services.capture.delete` returned (the entry and everything that
went with it) so that undo writes it back with the same ids. Both directions tell the window
the journal changed, so every page refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journal.services import vocabulary
from journal.store.db import Journal


class DeleteCommand(QUndoCommand):
    """Delete one entry (or client); undo puts it back exactly."""

    def __init__(
        self,
        journal: Journal,
        kind: str,
        entity_id: str,
        changed: Callable[[], None],
        done: dict[str, list[dict[str, Any]]] | None = None,
    ):
        """`done`: what a delete already made (on a worker) returned; the first redo then only tells."""
        super().__init__(
            QCoreApplication.translate("DeleteCommand", "Delete %1").replace("%1", vocabulary.record(kind))
        )
        self._journal, self.kind, self.entity_id = journal, kind, entity_id
        self._changed = changed
        self._removed: dict[str, list[dict[str, Any]]] = done or {}
        self._already_done = done is not None

    def redo(self) -> None:
        from journal.services import capture

        if self._already_done:
            self._already_done = False
        else:
            self._removed = capture.delete(self._journal, self.kind, self.entity_id)
        self._changed()

    def undo(self) -> None:
        from journal.services import capture

        if self._removed:
            capture.undo_delete(self._journal, self._removed)
        self._changed()
