"""`QT_TRANSLATE_NOOP` without Qt: marks a string for the catalogue and returns it, typed as `str`.

lupdate finds the calls by name; the text is translated later, where it is shown
(`QCoreApplication.translate(context, text)`). PySide6's own is typed as returning `object`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translation catalogue under `context`; returns it unchanged."""
    return text
