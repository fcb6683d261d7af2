"""The words a printed report uses for the journal's codes (channels, pressure kinds, responses, kinds).

Each is looked up at call time through Qt's translation catalogue (context "ExportLabels"), so
a report comes out in the interface language in force, on any thread, without a display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def channel(code: str) -> str:
    names = {
        "call": translate("ExportLabels", "Call"),
        "meeting": translate("ExportLabels", "Meeting"),
        "email": translate("ExportLabels", "Email"),
        "message": translate("ExportLabels", "Message"),
        "other": translate("ExportLabels", "Other"),
    }
    return names.get(code, code)


def pressure_kind(code: str) -> str:
    names = {
        "free_work": translate("ExportLabels", "Free work"),
        "discount": translate("ExportLabels", "Discount"),
        "deadline": translate("ExportLabels", "Impossible deadline"),
        "threat": translate("ExportLabels", "Threat"),
        "disrespect": translate("ExportLabels", "Disrespect"),
        "other": translate("ExportLabels", "Other push"),
    }
    return names.get(code, code)


def response(code: str) -> str:
    names = {
        "conceded": translate("ExportLabels", "conceded"),
        "negotiated": translate("ExportLabels", "negotiated"),
        "held": translate("ExportLabels", "held"),
        "pending": translate("ExportLabels", "pending"),
    }
    return names.get(code, code)


def incident_step(code: str) -> str:
    names = {
        "listen": translate("ExportLabels", "1. Listen actively"),
        "acknowledge": translate("ExportLabels", "2. Acknowledge the feelings"),
        "own": translate("ExportLabels", "3. Take personal responsibility"),
        "solve": translate("ExportLabels", "4. Offer a solution"),
        "follow_up": translate("ExportLabels", "5. Follow up personally"),
        "learn": translate("ExportLabels", "6. Learn and improve"),
    }
    return names.get(code, code)


def mood(value: int | None) -> str:
    names = {
        -2: translate("ExportLabels", "very hard"),
        -1: translate("ExportLabels", "hard"),
        0: translate("ExportLabels", "neutral"),
        1: translate("ExportLabels", "good"),
        2: translate("ExportLabels", "very good"),
    }
    return names.get(value, "") if value is not None else ""
