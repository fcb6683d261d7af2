"""At start, offer to restore what editors were holding when the app last stopped without saving.

`offer_restore(journal, parent)` asks once per unsaved draft (Restore / Discard / Later) and
reopens the editor with the draft's content; "Later" keeps the draft for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.services import formats, vocabulary
from journal.services.drafts import DraftRecord, discard_draft, pending_drafts
from journal.store.db import Journal
from journal.ui.editors import EDITORS, open_editor
from journal.ui.editors.base import EditorDialog

translate = QCoreApplication.translate


def _question(draft: DraftRecord, parent: QWidget | None) -> str:
    """Ask about one draft; returns "restore", "discard" or "later"."""
    when = formats.moment(draft.updated_at)
    title = str(draft.payload.get("title") or "").strip()
    box = QMessageBox(QMessageBox.Icon.Question, translate("Drafts", "Restore unsaved work?"), "", parent=parent)
    text = translate("Drafts", "An unsaved %1 was kept at %2.").replace("%1", vocabulary.record(draft.kind))
    text = text.replace("%2", when)
    if title:
        text += "\n«" + title + "»"
    box.setText(text)
    box.setInformativeText(translate("Drafts", "Restore it to go on editing?"))
    restore = box.addButton(translate("Drafts", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Drafts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("Drafts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


def offer_restore(journal: Journal, parent: QWidget | None = None) -> list[EditorDialog]:
    """Ask about each draft left in the journal; returns the editors reopened."""
    opened: list[EditorDialog] = []
    for draft in pending_drafts(journal):
        if draft.kind not in EDITORS:
            continue
        answer = _question(draft, parent)
        if answer == "discard":
            discard_draft(journal, draft.id)
        elif answer == "restore":
            state = draft.payload.get("state")
            try:
                editor = open_editor(
                    journal, draft.kind, draft.entity_id, parent=parent, draft_id=draft.id, state=state or {}
                )
            except (KeyError, TypeError, ValueError):  # a draft from another version: open it blank
                editor = open_editor(journal, draft.kind, draft.entity_id, parent=parent, draft_id=draft.id)
            opened.append(editor)
    return opened
