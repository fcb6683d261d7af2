"""The words the editors show for the journal's codes: channels, pressure kinds, responses, moods,
and the sentence for a validation problem.

Codes stay English in the journal; these functions give the user's language (through Qt's
translation catalogue, context "EditorLabels"). `problem_message` is the one place a `Problem` becomes
the text shown beside a field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.domain.validation import Problem
from journal.services import text

translate = QCoreApplication.translate


def channel_names() -> dict[str, str]:
    return {
        "call": translate("EditorLabels", "Call"),
        "meeting": translate("EditorLabels", "Meeting"),
        "email": translate("EditorLabels", "Email"),
        "message": translate("EditorLabels", "Message"),
        "other": translate("EditorLabels", "Other"),
    }


def pressure_kind_names() -> dict[str, str]:
    return {
        "free_work": translate("EditorLabels", "Free work"),
        "discount": translate("EditorLabels", "Discount"),
        "deadline": translate("EditorLabels", "Impossible deadline"),
        "threat": translate("EditorLabels", "Threat"),
        "disrespect": translate("EditorLabels", "Disrespect"),
        "other": translate("EditorLabels", "Other"),
    }


def response_names() -> dict[str, str]:
    return {
        "conceded": translate("EditorLabels", "I gave in"),
        "negotiated": translate("EditorLabels", "Negotiated"),
        "held": translate("EditorLabels", "Held my ground"),
        "pending": translate("EditorLabels", "Not decided yet"),
    }


def mood_names() -> dict[int | None, str]:
    return {
        None: translate("EditorLabels", "Not noted"),
        -2: translate("EditorLabels", "−2 · awful"),
        -1: translate("EditorLabels", "−1 · bad"),
        0: translate("EditorLabels", "0 · neutral"),
        1: translate("EditorLabels", "+1 · good"),
        2: translate("EditorLabels", "+2 · great"),
    }


def kind_names() -> dict[str, str]:
    return {
        "client": translate("EditorLabels", "client"),
        "interaction": translate("EditorLabels", "interaction"),
        "gratitude": translate("EditorLabels", "gratitude note"),
        "lesson": translate("EditorLabels", "lesson"),
    }


def problem_message(problem: Problem) -> str:
    """The sentence for one problem, without its path (the field it sits beside says where)."""
    return text.problem_message(problem)
