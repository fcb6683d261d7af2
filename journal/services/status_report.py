"""`rapport status`: the burnout status as the JSON object of `spec/cli.md`, or a short report.

Both faces come from `services.indicators.status` and the sentences of `services.text` and
`services.story_text`, so the command line says what the window says. `status_json` gives
exactly the spec's keys; `status_text` gives the risk level and its headline, the reasons, the
advice for amber or red, the self-check note, promises kept, the cost of unpaid hours, the
clients by relationship and what needs attention, in the interface language (`lang` overrides it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from journal.domain.indicators import Status
from journal.services import formats, indicators, story_text, text
from journal.store.db import Journal

ATTENTION_SHOWN = 10
CLIENTS_SHOWN = 12


def _value(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if isinstance(value, int) else value


def _whole(value: float | None) -> float | int | None:
    """Money and rates as the spec shows them: 10500, not 10500.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def as_json(status: Status) -> dict[str, Any]:
    """The `status --json` object for a computed status (reasons in the installed language)."""
    return {
        "as_of": status.as_of.isoformat(),
        "window_days": status.window_days,
        "level": status.level,
        "headline": story_text.headline_text(status),
        "signals": [
            {
                "name": s.name,
                "value": s.value,
                "level": s.level,
                "amber": _value(s.amber),
                "red": _value(s.red),
                "basis": _value(s.basis),
            }
            for s in status.signals
        ],
        "reasons": [story_text.reason_text(s, status.rate) for s in status.reasons],
        "promises": {"due": status.promises.due, "kept": status.promises.kept, "value": status.promises.value},
        "cost": None
        if status.cost is None
        else {
            "unpaid_hours": status.cost.unpaid_hours,
            "hourly_rate": _whole(status.cost.hourly_rate),
            "currency": status.cost.currency,
            "amount": _whole(status.cost.amount),
        },
        "clients": [
            {
                "id": c.id,
                "name": c.name,
                "label": c.label,
                "interactions": c.interactions,
                "pressure_events": c.pressure_events,
                "concession_rate": c.concession_rate,
                "unpaid_hours": c.unpaid_hours,
                "good_signs": c.good_signs,
                "mood": c.mood,
                "cost": _whole(c.cost),
            }
            for c in status.clients
        ],
        "attention": [
            {
                "kind": r.kind,
                "id": r.id,
                "client_id": r.client_id,
                "due": r.due.isoformat() if r.due else None,
                "text": text.reminder_text(r),
            }
            for r in status.attention
        ],
    }


def status_json(journal: Journal, as_of: date | None = None, lang: str | None = None) -> dict[str, Any]:
    """Compute the status and give it as the spec's JSON object.

    A given `lang` is installed for the whole process (the command line's `--lang`); the window,
    which has its language already, calls `as_json(indicators.status(...))` instead.
    """
    text.use_language(lang)
    return as_json(indicators.status(journal, as_of))


class StatusReport(QObject):
    """The readable report's headings and lines (catalogue context "StatusReport")."""

    def _day(self, day: date) -> str:
        return formats.short_day(day)

    def render(self, status: Status) -> str:
        day = formats.day(status.as_of)
        lines = [self.tr("{risk} ({day})").format(risk=story_text.risk_text(status.level), day=day)]
        lines.append(story_text.headline_text(status))
        if status.reasons:
            lines += [self.tr("Why:")] + [f"  • {story_text.reason_text(s, status.rate)}" for s in status.reasons]
        advice = story_text.advice_texts(status)
        if advice:
            lines += [self.tr("What could help:")] + [f"  • {line}" for line in advice]
        lines.append(story_text.self_check_text())
        lines.append("")
        lines.append(self.tr("Signals:"))
        for s in status.signals:
            level = f" ({text.level_text(s.level)})" if s.level != "unknown" else ""
            lines.append(f"  {text.signal_name_text(s.name)}: {self.shown(s.name, s.value)}{level}")
        lines.append("")
        lines.append(story_text.promises_text(status.promises))
        hours = next(s.basis for s in status.signals if s.name == "unpaid_hours_per_week")
        lines.append(self.tr("Last 28 days:") + " " + story_text.cost_text(float(hours), status.rate))
        lines.append("")
        lines += self.clients(status)
        lines.append("")
        if status.attention:
            lines.append(self.tr("Needs attention:"))
            for r in status.attention[:ATTENTION_SHOWN]:
                due = self._day(r.due) if r.due else "—"
                lines.append(f"  • {due}  {text.reminder_text(r)}")
            hidden = len(status.attention) - ATTENTION_SHOWN
            if hidden > 0:
                lines.append("  " + self.tr("…and %n more", "", hidden))
        else:
            lines.append(self.tr("Nothing needs attention."))
        return "\n".join(lines) + "\n"

    def clients(self, status: Status) -> list[str]:
        if not status.clients:
            return [self.tr("No client was in touch in the last 90 days.")]
        lines = [self.tr("Clients (last 90 days):")]
        for c in status.clients[:CLIENTS_SHOWN]:
            parts = [text.settle_plural(self.tr("%n interaction(s)", "", c.interactions), c.interactions)]
            if c.pressure_events:
                parts.append(text.settle_plural(self.tr("%n push(es)", "", c.pressure_events), c.pressure_events))
            if c.concession_rate is not None:
                parts.append(self.tr("{rate} conceded").format(rate=text.percent(c.concession_rate)))
            if c.good_signs:
                parts.append(text.settle_plural(self.tr("%n good sign(s)", "", c.good_signs), c.good_signs))
            if c.cost:
                parts.append(story_text.money(c.cost, status.rate.currency))
            lines.append(f"  • {c.name} — {text.label_text(c.label)}: " + ", ".join(parts))
        hidden = len(status.clients) - CLIENTS_SHOWN
        if hidden > 0:
            lines.append("  " + self.tr("…and %n more", "", hidden))
        return lines

    def shown(self, name: str, value: float | None) -> str:
        return text.signal_value_text(name, value)


def as_text(status: Status) -> str:
    """The short readable report for a computed status (in the installed language)."""
    return StatusReport().render(status)


def status_text(journal: Journal, as_of: date | None = None, lang: str | None = None) -> str:
    """Compute the status and give the short readable report."""
    text.use_language(lang)
    return as_text(indicators.status(journal, as_of))
