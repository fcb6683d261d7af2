"""The one name, in English and in Russian, of every code the journal keeps.

Entry kinds, pressure kinds, responses, channels, moods, relationship labels, signals, good-sign
kinds, incident steps and levels are stored as English codes (`free_work`, `conceded`, `watch`);
this module is the only place that turns a code into words a person reads. The window, the
editors, the PDF, the CSV and the command line all ask it, so a thing has one name everywhere.
Where a short form and a long form are both needed (a level as a word and as a risk, an incident
step as a tab and as a heading, a good sign as a chip and as a hint), they sit side by side.

The names are marked with `QT_TRANSLATE_NOOP` under one catalogue context, "Vocabulary"
(`resources/translations/vocabulary_ru.ts`), and translated when asked (`QCoreApplication.
translate`), so a language switch takes effect at the next call. An unknown code never shows
itself silently: it raises `UnknownCode` when `RAPPORT_STRICT_VOCABULARY` is set (the tests set it,
for the window and for every command they run), and otherwise gives a visible "Unknown (code)".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from journal.domain.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"
STRICT_VARIABLE = "RAPPORT_STRICT_VOCABULARY"
log = logging.getLogger(__name__)


class UnknownCode(KeyError):
    """A code that has no name here (only raised when the strict switch is on)."""


# -- entry kinds ------------------------------------------------------------------------------
ENTRY_KINDS = {
    "interaction": QT_TRANSLATE_NOOP("Vocabulary", "Interaction"),
    "gratitude": QT_TRANSLATE_NOOP("Vocabulary", "Gratitude note"),
    "lesson": QT_TRANSLATE_NOOP("Vocabulary", "Lesson"),
    "incident": QT_TRANSLATE_NOOP("Vocabulary", "Incident"),
    "checkin": QT_TRANSLATE_NOOP("Vocabulary", "Check-in"),
}
# The same things inside a sentence ("an unsaved interaction", "refers to a client").
RECORDS = {
    "client": QT_TRANSLATE_NOOP("Vocabulary", "client"),
    "interaction": QT_TRANSLATE_NOOP("Vocabulary", "interaction"),
    "gratitude": QT_TRANSLATE_NOOP("Vocabulary", "gratitude note"),
    "lesson": QT_TRANSLATE_NOOP("Vocabulary", "lesson"),
    "incident": QT_TRANSLATE_NOOP("Vocabulary", "incident"),
    "checkin": QT_TRANSLATE_NOOP("Vocabulary", "check-in"),
}
# Sections of a journal file or an export, as in "Imported clients: 3, interactions: 12".
SECTIONS = {
    "clients": QT_TRANSLATE_NOOP("Vocabulary", "clients"),
    "interactions": QT_TRANSLATE_NOOP("Vocabulary", "interactions"),
    "gratitude": QT_TRANSLATE_NOOP("Vocabulary", "gratitude notes"),
    "lessons": QT_TRANSLATE_NOOP("Vocabulary", "lessons"),
    "incidents": QT_TRANSLATE_NOOP("Vocabulary", "incidents"),
    "checkins": QT_TRANSLATE_NOOP("Vocabulary", "check-ins"),
    "meetings": QT_TRANSLATE_NOOP("Vocabulary", "meetings"),
    "rows": QT_TRANSLATE_NOOP("Vocabulary", "rows"),
}

# -- an interaction's parts -------------------------------------------------------------------
CHANNELS = {
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
PRESSURE_KINDS = {
    "free_work": QT_TRANSLATE_NOOP("Vocabulary", "Free work"),
    "discount": QT_TRANSLATE_NOOP("Vocabulary", "Discount"),
    "deadline": QT_TRANSLATE_NOOP("Vocabulary", "Impossible deadline"),
    "threat": QT_TRANSLATE_NOOP("Vocabulary", "Threat"),
    "disrespect": QT_TRANSLATE_NOOP("Vocabulary", "Disrespect"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other pressure"),
}
RESPONSES = {
    "conceded": QT_TRANSLATE_NOOP("Vocabulary", "Conceded"),
    "negotiated": QT_TRANSLATE_NOOP("Vocabulary", "Compromise"),
    "held": QT_TRANSLATE_NOOP("Vocabulary", "Held firm"),
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Not decided"),
}
MOODS = {
    -2: QT_TRANSLATE_NOOP("Vocabulary", "−2 · awful"),
    -1: QT_TRANSLATE_NOOP("Vocabulary", "−1 · bad"),
    0: QT_TRANSLATE_NOOP("Vocabulary", "0 · neutral"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "+1 · good"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "+2 · great"),
}
MOOD_NOT_NOTED = QT_TRANSLATE_NOOP("Vocabulary", "Not noted")
GOOD_SIGNS = {
    "accepted_no": QT_TRANSLATE_NOOP("Vocabulary", "Accepted a no"),
    "paid_extra": QT_TRANSLATE_NOOP("Vocabulary", "Paid for extra work"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    "joint_win": QT_TRANSLATE_NOOP("Vocabulary", "Joint win"),
    "thanked": QT_TRANSLATE_NOOP("Vocabulary", "Thanked you"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other good sign"),
}
GOOD_SIGN_HINTS = {
    "accepted_no": QT_TRANSLATE_NOOP("Vocabulary", "Accepted a no, an estimate or a price as quoted"),
    "paid_extra": QT_TRANSLATE_NOOP("Vocabulary", "Paid for extra work or a rush instead of asking for it free"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Recommended you or introduced someone"),
    "joint_win": QT_TRANSLATE_NOOP("Vocabulary", "A success you made together"),
    "thanked": QT_TRANSLATE_NOOP("Vocabulary", "Thanked or praised you"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Something else a partner does"),
}

# -- incidents --------------------------------------------------------------------------------
INCIDENT_STEPS = {
    "listen": QT_TRANSLATE_NOOP("Vocabulary", "Listen actively"),
    "acknowledge": QT_TRANSLATE_NOOP("Vocabulary", "Acknowledge the feelings"),
    "own": QT_TRANSLATE_NOOP("Vocabulary", "Take personal responsibility"),
    "solve": QT_TRANSLATE_NOOP("Vocabulary", "Offer a solution fitted to this client"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow up personally"),
    "learn": QT_TRANSLATE_NOOP("Vocabulary", "Learn and improve"),
}
INCIDENT_STEP_HINTS = {
    "listen": QT_TRANSLATE_NOOP(
        "Vocabulary", "Let the client say everything; repeat it back in their words before you answer."
    ),
    "acknowledge": QT_TRANSLATE_NOOP(
        "Vocabulary", "Name what they feel (\u201cI see this is frustrating\u201d) before any defence."
    ),
    "own": QT_TRANSLATE_NOOP(
        "Vocabulary", "Say what you will personally do about it; blame no colleague and no process."
    ),
    "solve": QT_TRANSLATE_NOOP(
        "Vocabulary", "Propose the fix this client needs, not the standard one, and agree on it."
    ),
    "follow_up": QT_TRANSLATE_NOOP(
        "Vocabulary", "Set a day to check that the fix worked, and keep it: words must match deeds."
    ),
    "learn": QT_TRANSLATE_NOOP("Vocabulary", "What was the lesson? What will you change so it does not happen again?"),
}

# -- indicators -------------------------------------------------------------------------------
LEVELS = {
    "green": QT_TRANSLATE_NOOP("Vocabulary", "Green"),
    "amber": QT_TRANSLATE_NOOP("Vocabulary", "Amber"),
    "red": QT_TRANSLATE_NOOP("Vocabulary", "Red"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Not enough data yet"),
}
LEVEL_RISKS = {
    "green": QT_TRANSLATE_NOOP("Vocabulary", "Burnout risk: green"),
    "amber": QT_TRANSLATE_NOOP("Vocabulary", "Burnout risk: amber"),
    "red": QT_TRANSLATE_NOOP("Vocabulary", "Burnout risk: red"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Burnout risk: not enough data yet"),
}
SIGNALS = {
    "concession_rate": QT_TRANSLATE_NOOP("Vocabulary", "Concession rate"),
    "pressure_per_week": QT_TRANSLATE_NOOP("Vocabulary", "Pressure events per week"),
    "unpaid_hours_per_week": QT_TRANSLATE_NOOP("Vocabulary", "Unpaid hours per week"),
    "client_burnout_score": QT_TRANSLATE_NOOP("Vocabulary", "Client-related burnout (check-in)"),
}
SIGNAL_HINTS = {
    "concession_rate": QT_TRANSLATE_NOOP("Vocabulary", "Of the pushes you decided, the share you conceded"),
    "pressure_per_week": QT_TRANSLATE_NOOP("Vocabulary", "How often clients pushed you, on average a week"),
    "unpaid_hours_per_week": QT_TRANSLATE_NOOP("Vocabulary", "Hours you worked for free, on average a week"),
    "client_burnout_score": QT_TRANSLATE_NOOP(
        "Vocabulary", "Your latest weekly check-in, 0–100; 50 or more is what the scale's authors call high"
    ),
}
LABELS = {
    "bending": QT_TRANSLATE_NOOP("Vocabulary", "Bending"),
    "drifting": QT_TRANSLATE_NOOP("Vocabulary", "Drifting"),
    "watch": QT_TRANSLATE_NOOP("Vocabulary", "Watch"),
    "steady": QT_TRANSLATE_NOOP("Vocabulary", "Steady"),
    "partnership": QT_TRANSLATE_NOOP("Vocabulary", "Partnership"),
}
LABEL_EXPLANATIONS = {
    "bending": QT_TRANSLATE_NOOP(
        "Vocabulary", "The client pushes and you give in: half or more of at least 2 decided pushes in 90 days."
    ),
    "drifting": QT_TRANSLATE_NOOP(
        "Vocabulary",
        "You have been out of touch longer than you meant to. It happens: a short call or note brings it back.",
    ),
    "watch": QT_TRANSLATE_NOOP(
        "Vocabulary", "Some concessions or frequent pushes, though not bending: worth keeping an eye on."
    ),
    "steady": QT_TRANSLATE_NOOP("Vocabulary", "Nothing conceded and little pressure, but no good sign recorded yet."),
    "partnership": QT_TRANSLATE_NOOP(
        "Vocabulary", "Nothing conceded, little pressure, and the client has shown good signs."
    ),
}

GROUPS: dict[str, Mapping[Any, str]] = {
    "entry_kind": ENTRY_KINDS,
    "record": RECORDS,
    "section": SECTIONS,
    "channel": CHANNELS,
    "pressure_kind": PRESSURE_KINDS,
    "response": RESPONSES,
    "mood": MOODS,
    "good_sign": GOOD_SIGNS,
    "good_sign_hint": GOOD_SIGN_HINTS,
    "incident_step": INCIDENT_STEPS,
    "incident_step_hint": INCIDENT_STEP_HINTS,
    "level": LEVELS,
    "level_risk": LEVEL_RISKS,
    "signal": SIGNALS,
    "signal_hint": SIGNAL_HINTS,
    "label": LABELS,
    "label_explanation": LABEL_EXPLANATIONS,
}


def strict() -> bool:
    return os.environ.get(STRICT_VARIABLE, "") not in ("", "0")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def name(group: str, code: object) -> str:
    """The name of `code` in `group` (a key of GROUPS), in the interface language."""
    table = GROUPS[group]
    source = table.get(code)
    if source is not None:
        return _tr(source)
    if strict():
        raise UnknownCode(f"{group}: no name for {code!r}")
    log.warning("vocabulary: no %s named %r", group, code)
    return _tr(QT_TRANSLATE_NOOP("Vocabulary", "Unknown (%1)")).replace("%1", str(code))


def codes(group: str) -> tuple[Any, ...]:
    """Every code `group` names, in the order the product lists them."""
    return tuple(GROUPS[group])


def names(group: str) -> dict[Any, str]:
    """code → name for a whole group, in order (for a combo box)."""
    return {code: name(group, code) for code in GROUPS[group]}


# -- the names by what they name (what callers use) -------------------------------------------
def entry_kind(code: str) -> str:
    """Interaction, Gratitude note, Lesson, Incident, Check-in."""
    return name("entry_kind", code)


def record(code: str) -> str:
    """The same inside a sentence: client, interaction, gratitude note, …"""
    return name("record", code)


def section(code: str) -> str:
    """clients, interactions, gratitude notes, … (a count's name)."""
    return name("section", code)


def channel(code: str) -> str:
    return name("channel", code)


def pressure_kind(code: str) -> str:
    return name("pressure_kind", code)


def response(code: str) -> str:
    """Conceded / Compromise / Held firm / Not decided — «Уступка / Компромисс / Без уступок / Не решено»."""
    return name("response", code)


def pressure_mark(kind: str, response_code: str) -> str:
    """'Discount: conceded' — a pressure event in a list or a line of text."""
    return (
        _tr(QT_TRANSLATE_NOOP("Vocabulary", "%1: %2"))
        .replace("%1", pressure_kind(kind))
        .replace("%2", lower_first(response(response_code)))
    )


def mood(value: int | None) -> str:
    """'+2 · great'; 'Not noted' for no mood."""
    if value is None:
        return _tr(MOOD_NOT_NOTED)
    return name("mood", value)


def good_sign(code: str) -> str:
    return name("good_sign", code)


def good_sign_hint(code: str) -> str:
    return name("good_sign_hint", code)


def incident_step(code: str) -> str:
    """'Listen actively'."""
    return name("incident_step", code)


def numbered_incident_step(code: str) -> str:
    """'1. Listen actively' (a heading in a printed incident)."""
    number = list(INCIDENT_STEPS).index(code) + 1 if code in INCIDENT_STEPS else 0
    step = incident_step(code)
    return f"{number}. {step}" if number else step


def incident_step_hint(code: str) -> str:
    return name("incident_step_hint", code)


def level(code: str) -> str:
    """Green / Amber / Red / Not enough data yet."""
    return name("level", code)


def level_risk(code: str) -> str:
    """'Burnout risk: red' — «Риск выгорания: красный»."""
    return name("level_risk", code)


def signal(code: str) -> str:
    """A signal's name: Concession rate, Pressure events per week, …"""
    return name("signal", code)


def signal_hint(code: str) -> str:
    return name("signal_hint", code)


def label(code: str) -> str:
    """A client's relationship label: Bending, Drifting, Watch, Steady, Partnership."""
    return name("label", code)


def label_explanation(code: str) -> str:
    """One plain sentence on what the label means."""
    return name("label_explanation", code)


def lower_first(words: str) -> str:
    """'Conceded' → 'conceded' for the middle of a line (names here are never acronyms)."""
    return words[:1].lower() + words[1:]


def upper_first(words: str) -> str:
    """'gratitude notes' → 'Gratitude notes' for a heading or the start of a line."""
    return words[:1].upper() + words[1:]
