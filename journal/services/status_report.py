"""`rapport status`: the burnout status as the JSON object of `spec/cli.md`, or a short report.

Both faces come from `services.indicators.status` and the sentences of `services.text`, so
the command line says what the window says. `status_json` gives exactly the spec's keys;
`status_text` gives the level, its reasons, the three most bending clients and what needs
attention, in the interface language (`lang` overrides it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from journal.domain.indicators import ClientRelation, Status
from journal.services import formats, indicators, text, vocabulary
from journal.store.db import Journal

MOST_BENDING = 3
ATTENTION_SHOWN = 10


def _value(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if isinstance(value, int) else value


def as_json(status: Status) -> dict[str, Any]:
    """The `status --json` object for a computed status (reasons in the installed language)."""
    return {
        "as_of": status.as_of.isoformat(),
        "window_days": status.window_days,
        "level": status.level,
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
        "reasons": [text.reason_text(s) for s in status.reasons],
        "clients": [
            {
                "id": c.id,
                "name": c.name,
                "label": c.label,
                "interactions": c.interactions,
                "pressure_events": c.pressure_events,
                "concession_rate": c.concession_rate,
                "unpaid_hours": c.unpaid_hours,
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


def most_bending(status: Status, limit: int = MOST_BENDING) -> list[ClientRelation]:
    """Bending clients, the highest share conceded first, then the most pressure, then name."""
    bending = [c for c in status.clients if c.label == "bending"]
    bending.sort(key=lambda c: (-(c.concession_rate or 0), -c.pressure_events, c.name.casefold(), c.id))
    return bending[:limit]


class StatusReport(QObject):
    """The readable report's headings and lines (catalogue context "StatusReport")."""

    def _day(self, day: date) -> str:
        return formats.short_day(day)

    def render(self, status: Status) -> str:
        day = formats.day(status.as_of)
        lines = [
            self.tr("Burnout risk on {day}: {level}").format(
                day=day, level=vocabulary.lower_first(vocabulary.level(status.level))
            )
        ]
        if status.level == "unknown":
            lines.append(self.tr("Nothing was recorded in the last 28 days, so there is nothing to judge yet."))
        elif status.reasons:
            lines += [self.tr("Why:")] + [f"  • {text.reason_text(s)}" for s in status.reasons]
        else:
            lines.append(self.tr("Every signal is green."))
        lines.append("")
        lines.append(self.tr("Signals:"))
        for s in status.signals:
            level = f" ({text.level_text(s.level)})" if s.level != "unknown" else ""
            lines.append(f"  {text.signal_name_text(s.name)}: {self.shown(s.name, s.value)}{level}")
        lines.append("")
        bending = most_bending(status)
        if bending:
            lines.append(self.tr("Clients bending you most (last 90 days):"))
            for c in bending:
                line = self.tr("{name}: conceded {rate} of decided pushes, %n pushes in all", "", c.pressure_events)
                lines.append("  • " + line.format(name=c.name, rate=text.percent(c.concession_rate or 0)))
        else:
            lines.append(self.tr("No client is bending you (last 90 days)."))
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

    def shown(self, name: str, value: float | None) -> str:
        return text.signal_value_text(name, value)


def as_text(status: Status) -> str:
    """The short readable report for a computed status (in the installed language)."""
    return StatusReport().render(status)


def status_text(journal: Journal, as_of: date | None = None, lang: str | None = None) -> str:
    """Compute the status and give the short readable report."""
    text.use_language(lang)
    return as_text(indicators.status(journal, as_of))
