"""Fixtures for the editor tests: open an editor as the app would, and let it close quietly after."""

from __future__ import annotations

import pytest
import shiboken6

from journal.ui.editors import open_editor


@pytest.fixture
def open_ed(qtbot, journal):
    """`open_ed(kind, **kwargs)` shows an editor; unsaved changes are dropped at the end without asking."""
    opened = []

    def opener(kind, *, on=None, **kwargs):
        editor = open_editor(on or journal, kind, **kwargs)
        qtbot.addWidget(editor)
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield opener
    for editor in opened + [getattr(e, "lesson_editor", None) for e in opened]:
        if editor is not None and shiboken6.isValid(editor):
            editor._dirty = False
