"""Editors for journal entries: `open_editor(journal, kind, ...)` shows the right dialog.

Each editor is a non-modal QDialog that validates as you type, keeps a draft in the journal and
emits `saved(kind, id)` after writing. Kinds: client, interaction, gratitude, lesson.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from journal.store.db import Journal
from journal.ui.editors.base import EditorDialog
from journal.ui.editors.client import ClientEditor
from journal.ui.editors.interaction import InteractionEditor
from journal.ui.editors.notes import GratitudeEditor, LessonEditor

EDITORS: dict[str, type[EditorDialog]] = {
    "client": ClientEditor,
    "interaction": InteractionEditor,
    "gratitude": GratitudeEditor,
    "lesson": LessonEditor,
}

__all__ = ["EDITORS", "EditorDialog", "open_editor"]


def open_editor(
    journal: Journal,
    kind: str,
    entity_id: str | None = None,
    preset: dict[str, Any] | None = None,
    parent: QWidget | None = None,
    *,
    draft_id: str | None = None,
    state: dict[str, Any] | None = None,
) -> EditorDialog:
    """Create and show the editor for `kind` (a new entry, or `entity_id`), preset with interchange fields."""
    return EDITORS[kind](journal, entity_id, preset, parent, draft_id=draft_id, state=state).present()
