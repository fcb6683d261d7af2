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
# What a client did that a partner does (spec: indicators, *Good signs*), in the spec's order.
_GOOD_SIGNS = {
    "accepted_no": QT_TRANSLATE_NOOP("Labels", "accepted a no"),
    "paid_extra": QT_TRANSLATE_NOOP("Labels", "paid for extra"),
    "referral": QT_TRANSLATE_NOOP("Labels", "referred you"),
    "joint_win": QT_TRANSLATE_NOOP("Labels", "joint win"),
    "thanked": QT_TRANSLATE_NOOP("Labels", "thanked you"),
    "other": QT_TRANSLATE_NOOP("Labels", "good sign"),
}
_GOOD_SIGN_HINTS = {
    "accepted_no": QT_TRANSLATE_NOOP("Labels", "Accepted a “no”, an estimate or a price as quoted"),
    "paid_extra": QT_TRANSLATE_NOOP("Labels", "Paid for extra work or a rush instead of asking for it free"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Recommended you or introduced someone"),
    "joint_win": QT_TRANSLATE_NOOP("Labels", "A success you made together"),
    "thanked": QT_TRANSLATE_NOOP("Labels", "Thanked or praised you"),
    "other": QT_TRANSLATE_NOOP("Labels", "Something else a partner does"),
}
GOOD_SIGN_KINDS = tuple(_GOOD_SIGNS)
GOOD_SIGN_GLYPH = "✔"  # drawn in the good signs' own outline shape, never colour alone
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


def good_sign(code: str) -> str:
    """The good sign's short word, as the timeline shows it: 'thanked you'."""
    return _tr(_GOOD_SIGNS, code)


def good_sign_title(code: str) -> str:
    """The good sign's word starting with a capital, for buttons and lists: 'Thanked you'."""
    word = good_sign(code)
    return word[:1].upper() + word[1:]


def good_sign_button(code: str) -> str:
    """The word on the good sign's «+ Good sign» button: its title, or 'Other' for the catch-all."""
    return QCoreApplication.translate("Labels", "Other") if code == "other" else good_sign_title(code)


def good_sign_hint(code: str) -> str:
    """What the good sign means, in one plain sentence (tooltips)."""
    return _tr(_GOOD_SIGN_HINTS, code)


def pressure_mark(kind_code: str, response_code: str) -> str:
    """'discount: conceded' in the current language."""
    return (
        QCoreApplication.translate("Labels", "%1: %2")
        .replace("%1", pressure_kind(kind_code))
        .replace("%2", response(response_code))
    )
