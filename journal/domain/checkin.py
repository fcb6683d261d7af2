"""The weekly check-in: the six client-related burnout questions, their answer scales, the score.

The items are the client-related burnout scale of the Copenhagen Burnout Inventory
(Kristensen et al., 2005). Answers score 100, 75, 50, 25, 0 in the order of the scale's
words; the score is the mean of the answered items, none with fewer than 3 answered
(Rapport's rule). This is a self-check, not a diagnosis.

Russian: the questions and answer words below are marked for the translation catalogue
(context "Checkin" in `resources/translations/indicators_ru.ts`). The Russian there is a
careful translation made for Rapport that follows the meaning of each item rather than its
words; it is NOT the wording of the validated R-CBI (Seisembekov et al., 2025). Code shows
them through `journal/services/text.py` (`question_text`, `scale_words`).
"""

from __future__ import annotations

from journal.domain.indicators import MIN_ANSWERED, checkin_score
from journal.domain.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Checkin"

QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Checkin", "Do you find it hard to work with clients?"),
    QT_TRANSLATE_NOOP("Checkin", "Do you find it frustrating to work with clients?"),
    QT_TRANSLATE_NOOP("Checkin", "Does it drain your energy to work with clients?"),
    QT_TRANSLATE_NOOP("Checkin", "Do you feel that you give more than you get back when you work with clients?"),
    QT_TRANSLATE_NOOP("Checkin", "Are you tired of working with clients?"),
    QT_TRANSLATE_NOOP("Checkin", "Do you sometimes wonder how long you will be able to continue working with clients?"),
)

# Words of each scale in score order: 100, 75, 50, 25, 0.
SCALE_DEGREE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Checkin", "To a very high degree"),
    QT_TRANSLATE_NOOP("Checkin", "To a high degree"),
    QT_TRANSLATE_NOOP("Checkin", "Somewhat"),
    QT_TRANSLATE_NOOP("Checkin", "To a low degree"),
    QT_TRANSLATE_NOOP("Checkin", "To a very low degree"),
)
SCALE_FREQUENCY: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Checkin", "Always"),
    QT_TRANSLATE_NOOP("Checkin", "Often"),
    QT_TRANSLATE_NOOP("Checkin", "Sometimes"),
    QT_TRANSLATE_NOOP("Checkin", "Seldom"),
    QT_TRANSLATE_NOOP("Checkin", "Never/almost never"),
)
SCALES: dict[str, tuple[str, ...]] = {"degree": SCALE_DEGREE, "frequency": SCALE_FREQUENCY}
SCALE_SCORES: tuple[int, ...] = (100, 75, 50, 25, 0)
QUESTION_SCALES: tuple[str, ...] = ("degree", "degree", "degree", "degree", "frequency", "frequency")

__all__ = [
    "CONTEXT",
    "MIN_ANSWERED",
    "QUESTIONS",
    "QUESTION_SCALES",
    "SCALES",
    "SCALE_DEGREE",
    "SCALE_FREQUENCY",
    "SCALE_SCORES",
    "choices",
    "score",
]


def choices(question: int) -> tuple[tuple[str, int], ...]:
    """(English word, score) pairs for question `question` (0-based), highest score first."""
    return tuple(zip(SCALES[QUESTION_SCALES[question]], SCALE_SCORES, strict=True))


def score(answers: tuple[int | None, ...]) -> float | None:
    """Mean of the answered items (0–100); None with fewer than 3 answered."""
    return checkin_score(tuple(answers))
