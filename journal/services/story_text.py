"""The relationship story in words: headline, risk, advice, promises kept, cost, labels explained.

Every sentence of issue 10 that the command line, the PDF and the window share, in the
interface language (catalogue context "Story"), with `%n` plurals so Russian says «1 обещание»,
«2 обещания», «5 обещаний». Money goes through QLocale (`67 500 ₽`, `$1,250`). The headline
follows `spec/indicators.md` *The headline*: it names only what drives the level, so it never
contradicts the figures beside it. Pure wording: the numbers come from `domain/indicators`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from journal.domain.indicators import Promises, Rate, Signal, Status
from journal.domain.story import HoldingEffect
from journal.services import text, vocabulary


def money(amount: float, currency: str) -> str:
    """An amount with its currency label in the locale's form: '67 500 ₽', '$1,250', '1 250,50 ₽'."""
    decimals = 0 if float(amount).is_integer() else 2
    if currency:
        return QLocale().toCurrencyString(float(amount), currency, decimals)
    return QLocale().toString(float(amount), "f", decimals)


class Story(QObject):
    """Words for the story figures (catalogue context "Story")."""

    def headline(self, status: Status) -> str:
        if status.level == "unknown":
            return self.tr("Nothing in the last 28 days yet: log your client interactions, or take the check-in.")
        if status.headline == "pressure":
            return self.tr("Clients are pushing you hard enough to wear you out.")
        if status.headline == "checkin":
            return self.tr("Your check-in answers are in the range the scale's authors call high.")
        if status.headline == "both":
            return self.tr("Clients' pressure and your own answers both point to strain.")
        return self.tr("No warning signs in the last 28 days.")

    def self_check(self) -> str:
        return self.tr(
            "This is a self-check, not a diagnosis: the pressure signals are Rapport's own rules of thumb, "
            "and the check-in is a questionnaire, not a medical test."
        )

    def advice(self, status: Status) -> list[str]:
        """What to try at amber; red adds talking to someone; a high check-in adds the doctor, softly."""
        if status.level not in ("amber", "red"):
            return []
        lines = []
        if status.headline in ("pressure", "both"):
            lines.append(
                self.tr(
                    "On the next request for free work or a discount, try holding the line: name the price or the date."
                )
            )
        lines.append(self.tr("Take the check-in again in a week to see whether this lasts."))
        if status.level == "red":
            lines.append(self.tr("Talk it over with someone you trust: a colleague, your manager or a friend."))
        score = next((s for s in status.signals if s.name == "client_burnout_score"), None)
        if score is not None and score.level in ("amber", "red"):
            lines.append(
                self.tr(
                    "If answers like these stay high for weeks, or you feel exhausted most days, "
                    "consider talking to a doctor or an occupational health service."
                )
            )
        return lines

    def promises(self, kept: Promises) -> str:
        if kept.value is None:
            if kept.due == 0:
                return self.tr("No promises to clients fell due in the last 28 days.")
            sentence = self.tr(
                "%n promise(s) to clients fell due in the last 28 days: too few to give a figure.", "", kept.due
            )
            return text.settle_plural(sentence, kept.due)
        sentence = self.tr("You kept %n of {due} promises on time in the last 28 days.", "", kept.kept)
        return sentence.format(due=text.number(kept.due))

    def cost(self, hours: float, rate: Rate) -> str:
        """'22.5 h unpaid, about 67,500 ₽ of your time.'; without a rate, just the hours."""
        if rate.hourly_rate is None:
            return self.tr("{hours} h unpaid.").format(hours=text.number(hours, 1))
        amount = money(round(hours * rate.hourly_rate, 2), rate.currency)
        return self.tr("{hours} h unpaid, about {amount} of your time.").format(
            hours=text.number(hours, 1), amount=amount
        )

    def cost_of_hours(self, hours: float, rate: Rate) -> str:
        amount = money(round(hours * rate.hourly_rate, 2), rate.currency) if rate.hourly_rate is not None else ""
        return self.tr("That is about {amount} of your time.").format(amount=amount)

    def holding(self, effect: HoldingEffect) -> str:
        before = text.number(effect.before.rate, 2)
        after = text.number(effect.after.rate, 2)
        if effect.change < 0:
            sentence = self.tr(
                "After you first held the line, this client pushed less: {after} pushes per interaction, down from {before}."
            )
        elif effect.change > 0:
            sentence = self.tr(
                "After you first held the line, this client pushed more: {after} pushes per interaction, up from {before}."
            )
        else:
            sentence = self.tr(
                "After you first held the line, this client pushed as often as before: {after} pushes per interaction."
            )
        return sentence.format(before=before, after=after)


_story = Story()

# The level worded as a risk and each label explained are names of codes: they live in `vocabulary`.
risk_text = vocabulary.level_risk
label_explained_text = vocabulary.label_explanation


def headline_text(status: Status) -> str:
    """The sentence under the level, naming only what drives it."""
    return _story.headline(status)


def self_check_text() -> str:
    return _story.self_check()


def advice_texts(status: Status) -> list[str]:
    return _story.advice(status)


def promises_text(kept: Promises) -> str:
    return _story.promises(kept)


def cost_text(hours: float, rate: Rate) -> str:
    return _story.cost(hours, rate)


def holding_text(effect: HoldingEffect) -> str:
    return _story.holding(effect)


def reason_text(signal: Signal, rate: Rate | None = None) -> str:
    """The signal's reason; the unpaid-hours one also says what the hours cost when a rate is set."""
    sentence = text.reason_text(signal)
    if signal.name == "unpaid_hours_per_week" and rate is not None and rate.hourly_rate is not None:
        sentence += " " + _story.cost_of_hours(float(signal.numbers.get("hours", 0.0)), rate)
    return sentence
