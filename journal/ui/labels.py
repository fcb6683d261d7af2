"""The words the window shows for the journal's codes: entry kinds, pressure kinds, responses, channels.

Translated at call time (`QCoreApplication.translate`), so a language switch shows the new
words as soon as the views repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_KINDS = {
    "interaction": QT_TRANSLATE_NOOP("Labels", "Interaction"),
    "gratitude": QT_TRANSLATE_NOOP("Labels", "Gratitude"),
    "lesson": QT_TRANSLATE_NOOP("Labels", "Lesson"),
    "incident": QT_TRANSLATE_NOOP("Labels", "Incident"),
    "checkin": QT_TRANSLATE_NOOP("Labels", "Check-in"),
}
_PRESSURE = {
    "free_work": QT_TRANSLATE_NOOP("Labels", "free work"),
    "discount": QT_TRANSLATE_NOOP("Labels", "discount"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "deadline"),
    "threat": QT_TRANSLATE_NOOP("Labels", "threat"),
    "disrespect": QT_TRANSLATE_NOOP("Labels", "disrespect"),
    "other": QT_TRANSLATE_NOOP("Labels", "other pressure"),
}
_RESPONSES = {
    "conceded": QT_TRANSLATE_NOOP("Labels", "conceded"),
    "negotiated": QT_TRANSLATE_NOOP("Labels", "negotiated"),
    "held": QT_TRANSLATE_NOOP("Labels", "held"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
}
_CHANNELS = {
    "call": QT_TRANSLATE_NOOP("Labels", "call"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "meeting"),
    "email": QT_TRANSLATE_NOOP("Labels", "email"),
    "message": QT_TRANSLATE_NOOP("Labels", "message"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
# A glyph per kind, drawn beside the word (shapes, not colour, tell kinds apart).
KIND_GLYPHS = {"interaction": "●", "gratitude": "♥", "lesson": "★", "incident": "▲", "checkin": "◆"}


def _tr(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Labels", table[code]) if code in table else code


def kind(code: str) -> str:
    return _tr(_KINDS, code)


def pressure_kind(code: str) -> str:
    return _tr(_PRESSURE, code)


def response(code: str) -> str:
    return _tr(_RESPONSES, code)


def channel(code: str) -> str:
    return _tr(_CHANNELS, code)


def pressure_mark(kind_code: str, response_code: str) -> str:
    """'discount: conceded' in the current language."""
    return (
        QCoreApplication.translate("Labels", "%1: %2")
        .replace("%1", pressure_kind(kind_code))
        .replace("%2", response(response_code))
    )
