"""Every sentence the indicators, reminders and validation show, in the interface language.

The domain hands over data (a signal with its numbers, a reminder, a problem code); this
module is the one place that turns it into words, through Qt's translation catalogue, with
`%n` for plurals, so Russian says «в 1 случае», «в 3 случаях», «в 5 случаях». The window and
the command line both call it. The words live in three small QObject classes whose names are
the catalogue contexts (`Indicators`, `Reminders`, `Problems`): lupdate recognises `%n`
plurals reliably only in `self.tr(text, "", n)`. Numbers go through the default QLocale,
which `journal.i18n.install` sets with the language. No display is needed, only a
QCoreApplication for the translators (`use_language`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from journal import i18n
from journal.domain import checkin
from journal.domain.indicators import Reminder, Signal
from journal.domain.validation import ENGLISH, Problem
from journal.services import formats, vocabulary

_app: list[QCoreApplication] = []  # keeps a QCoreApplication made here alive


def use_language(lang: str | None) -> str:
    """Make sure a QCoreApplication exists and install `lang` (None: keep what is in force)."""
    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication([]))
        return i18n.install(lang)
    if lang is not None:
        return i18n.install(lang)
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


number = formats.number  # kept for callers; the one number style is in `formats`


class Indicators(QObject):
    """Words for percentages, thresholds and reasons (catalogue context "Indicators")."""

    def percent(self, fraction: float) -> str:
        return self.tr("{number}%").format(number=number(fraction * 100, 1))

    def threshold_note(self, signal: Signal, threshold: str) -> str:
        if signal.level == "red":
            return self.tr("(red from {threshold})").format(threshold=threshold)
        return self.tr("(amber from {threshold})").format(threshold=threshold)

    def reason(self, signal: Signal) -> str:
        at = signal.red if signal.level == "red" else signal.amber
        n = signal.numbers
        value = number(signal.value or 0)
        if signal.name == "concession_rate":
            sentence = self.tr(
                "You conceded %n of {decided} pushes in the last 28 days {threshold}.", "", n["conceded"]
            )
            return sentence.format(
                decided=number(n["decided"]), threshold=self.threshold_note(signal, self.percent(at))
            )
        if signal.name == "pressure_per_week":
            note = self.threshold_note(signal, self.tr("{number} a week").format(number=number(at)))
            if n["events"] == 1:
                sentence = self.tr("Clients pushed you once in the last 28 days, {per_week} a week {threshold}.")
            elif n["events"] == 2:
                sentence = self.tr("Clients pushed you twice in the last 28 days, {per_week} a week {threshold}.")
            else:
                sentence = self.tr(
                    "Clients pushed you %n times in the last 28 days, {per_week} a week {threshold}.", "", n["events"]
                )
            return sentence.format(per_week=value, threshold=note)
        if signal.name == "unpaid_hours_per_week":
            note = self.threshold_note(signal, self.tr("{number} h a week").format(number=number(at)))
            sentence = self.tr("You worked {hours} h unpaid in the last 28 days, {per_week} h a week {threshold}.")
            per_week = formats.hour_count(signal.value or 0)
            return sentence.format(hours=formats.hour_count(n["hours"]), per_week=per_week, threshold=note)
        sentence = self.tr("Your latest check-in scores {score} of 100 for client-related burnout {threshold}.")
        return sentence.format(
            score=formats.score(signal.value or 0), threshold=self.threshold_note(signal, number(at))
        )

    def value(self, name: str, value: float | None) -> str:
        """A signal's value as every face shows it: '66.7%', '2.25', '5.6 h', '71', or 'not enough data'."""
        if value is None:
            return self.tr("not enough data")
        if name == "concession_rate":
            return self.percent(value)
        if name == "unpaid_hours_per_week":
            return formats.hours(value)
        if name == "client_burnout_score":
            return formats.score(value)
        return number(value)


class Reminders(QObject):
    """Words for what needs attention (catalogue context "Reminders")."""

    def line(self, reminder: Reminder) -> str:
        if reminder.kind == "follow_up":
            return self.tr("Follow up: {summary}").format(summary=reminder.subject)
        if reminder.kind == "stay_in_touch":
            sentence = self.tr("No contact with {name} for %n days", "", reminder.days or 0)
            return sentence.format(name=reminder.client_name or reminder.subject)
        if reminder.kind == "incident":
            return self.tr("Incident follow-up due: {title}").format(title=reminder.subject)
        if reminder.kind == "thank":
            if reminder.client_name:
                return self.tr("Say thank you to {name}: {text}").format(
                    name=reminder.client_name, text=reminder.subject
                )
            return self.tr("Say thank you: {text}").format(text=reminder.subject)
        if reminder.kind == "meeting":
            return self.tr("Log the meeting: {title}").format(title=reminder.subject)
        if reminder.days is None:
            return self.tr("Take your first weekly check-in")
        return self.tr("Weekly check-in due (the last one was %n days ago)", "", reminder.days)


class Problems(QObject):
    """Validation messages (catalogue context "Problems"), one per code of `validation.ENGLISH`."""

    def expected(self, value: str) -> str:
        words = {
            "text": self.tr("text"),
            "text or null": self.tr("text or null"),
            "true or false": self.tr("true or false"),
            "a number": self.tr("a number"),
            "a number or null": self.tr("a number or null"),
            "a whole number": self.tr("a whole number"),
            "a whole number or null": self.tr("a whole number or null"),
            "a list of tags": self.tr("a list of tags"),
            "a list": self.tr("a list"),
        }
        return words.get(value, value)

    def template(self, code: str) -> str:
        templates = {
            "required": self.tr("is required"),
            "unknown_field": self.tr("is not a known field"),
            "type": self.tr("must be {expected}"),
            "length": self.tr("must be {low}–{high} characters"),
            "range": self.tr("must be between {low} and {high}"),
            "choice": self.tr("'{value}' is not one of {choices}"),
            "datetime": self.tr("'{value}' is not a date-time with a UTC offset (like 2026-11-20T14:30:00+03:00)"),
            "date": self.tr("'{value}' is not a date (YYYY-MM-DD)"),
            "year": self.tr("'{value}' is outside the years {low}–{high}"),
            "unreadable": self.tr("the file cannot be read ({detail})"),
            "id": self.tr("must be a non-empty string of at most 64 characters"),
            "both_recipients": self.tr("give either to_client_id or to_name, not both"),
            "answers": self.tr("must be a list of 6 answers"),
            "score": self.tr("'{value}' is not one of 0, 25, 50, 75, 100 or null"),
            "reference": self.tr("'{value}' does not refer to a {kind} in the file or the journal"),
            "duplicate_id": self.tr("'{value}' appears twice"),
            "format": self.tr("this is not a Rapport journal file (format must be 'rapport-journal')"),
            "version": self.tr("version {value} is not supported (this Rapport reads versions 1 and 2)"),
            "done_on_not_done": self.tr("must be null unless follow_up_done is true"),
            "done_on_early": self.tr("'{value}' is before the interaction's day ({day})"),
            "json": self.tr("the file is not valid JSON ({detail})"),
            "not_object": self.tr("must be an object"),
            "encoding": self.tr("contains characters that are not valid text (a lone UTF-16 surrogate)"),
            "above": self.tr("must be greater than {value}"),
        }
        return templates.get(code, ENGLISH.get(code, code))


_indicators = Indicators()
_reminders = Reminders()
_problems = Problems()


def percent(fraction: float) -> str:
    """0.75 → '75%' in the interface language."""
    return _indicators.percent(fraction)


# The names of levels, labels and signals live in `vocabulary`; these keep older callers working.
level_text = vocabulary.level
label_text = vocabulary.label
signal_name_text = vocabulary.signal


def signal_value_text(name: str, value: float | None) -> str:
    """A signal's value, rounded the same way in the window, the PDF and `status`."""
    return _indicators.value(name, value)


def reason_text(signal: Signal) -> str:
    """One sentence with the numbers behind an amber or red signal."""
    return _indicators.reason(signal)


def reminder_text(reminder: Reminder) -> str:
    """A short line for what needs attention."""
    return _reminders.line(reminder)


def question_text(index: int) -> str:
    """Check-in question `index` (0-based) in the interface language."""
    return QCoreApplication.translate(checkin.CONTEXT, checkin.QUESTIONS[index])


def scale_words(index: int) -> tuple[str, ...]:
    """The five answer words for question `index`, in score order 100 … 0."""
    words = checkin.SCALES[checkin.QUESTION_SCALES[index]]
    return tuple(QCoreApplication.translate(checkin.CONTEXT, word) for word in words)


def problem_message(problem: Problem) -> str:
    """The message alone (for beside a field): 'must be between 1 and 3650'."""
    params = {}
    for key, value in problem.params:
        if key == "expected":
            params[key] = _problems.expected(str(value))
        elif key == "kind":
            params[key] = vocabulary.record(str(value))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            params[key] = number(value)
        else:
            params[key] = value
    try:
        return _problems.template(problem.code).format(**params)
    except (KeyError, IndexError):
        return problem.english()


def problem_text(problem: Problem) -> str:
    """'path: message' (just the message when the problem has no path), translated."""
    message = problem_message(problem)
    return f"{problem.path}: {message}" if problem.path else message


_ES = re.compile(r"\((e?s)\)")


def settle_plural(text: str, n: int) -> str:
    """Resolve English "(s)"/"(es)" markers for a count of `n` (a translation has none): Qt picks
    Russian plural forms from the catalogue, while English runs on the source text."""
    return _ES.sub("" if abs(n) == 1 else r"\1", text)


class CalendarProblems(QObject):
    """Why a calendar file cannot be read (catalogue context "CalendarProblems")."""

    def text(self, template: str, line: int | None, params: dict[str, str]) -> str:
        words = {
            "the file is not UTF-8 text": self.tr("the file is not UTF-8 text"),
            "this is not an iCalendar content line": self.tr("this is not an iCalendar content line"),
            "the file does not begin with BEGIN:VCALENDAR": self.tr("the file does not begin with BEGIN:VCALENDAR"),
            "the file holds no calendar": self.tr("the file holds no calendar"),
            "END:{end} does not close BEGIN:{begin}": self.tr("END:{end} does not close BEGIN:{begin}"),
            "BEGIN:{kind} is never closed (the file is cut short?)": self.tr(
                "BEGIN:{kind} is never closed (the file is cut short?)"
            ),
            "a time zone definition cannot be read ({detail})": self.tr(
                "a time zone definition cannot be read ({detail})"
            ),
            "'{value}' is not a date or time": self.tr("'{value}' is not a date or time"),
            "'{value}' is not a duration": self.tr("'{value}' is not a duration"),
            "a recurring event cannot be read ({detail})": self.tr("a recurring event cannot be read ({detail})"),
            "the file cannot be read ({detail})": self.tr("the file cannot be read ({detail})"),
        }
        said = words.get(template, template).format(**params)
        return self.tr("line {line}: {problem}").format(line=line, problem=said) if line else said


def calendar_problem_text(error: Exception) -> str:
    """A CalendarError in the interface language."""
    template = getattr(error, "template", str(error))
    return CalendarProblems().text(template, getattr(error, "line", None), getattr(error, "params", {}))
