"""The words the editors show for the journal's codes: channels, pressure kinds, responses, moods,
and the sentence for a validation problem.

Codes stay English in the journal; these functions give the user's language (through Qt's
translation catalogue, context "Labels"). `problem_message` is the one place a `Problem` becomes
the text shown beside a field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.domain.validation import ENGLISH, Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_names() -> dict[str, str]:
    return {
        "call": _t("Call"),
        "meeting": _t("Meeting"),
        "email": _t("Email"),
        "message": _t("Message"),
        "other": _t("Other"),
    }


def pressure_kind_names() -> dict[str, str]:
    return {
        "free_work": _t("Free work"),
        "discount": _t("Discount"),
        "deadline": _t("Impossible deadline"),
        "threat": _t("Threat"),
        "disrespect": _t("Disrespect"),
        "other": _t("Other"),
    }


def response_names() -> dict[str, str]:
    return {
        "conceded": _t("I gave in"),
        "negotiated": _t("Negotiated"),
        "held": _t("Held my ground"),
        "pending": _t("Not decided yet"),
    }


def mood_names() -> dict[int | None, str]:
    return {
        None: _t("Not noted"),
        -2: _t("−2 · awful"),
        -1: _t("−1 · bad"),
        0: _t("0 · neutral"),
        1: _t("+1 · good"),
        2: _t("+2 · great"),
    }


def kind_names() -> dict[str, str]:
    return {
        "client": _t("client"),
        "interaction": _t("interaction"),
        "gratitude": _t("gratitude note"),
        "lesson": _t("lesson"),
    }


def problem_message(problem: Problem) -> str:
    """The sentence for one problem, without its path (the field it sits beside says where)."""
    try:
        from journal.services.text import problem_text  # branch issue-3
    except ImportError:
        return ENGLISH.get(problem.code, problem.code).format(**dict(problem.params))
    text = problem_text(problem)
    prefix = f"{problem.path}: "
    return text[len(prefix) :] if problem.path and text.startswith(prefix) else text
