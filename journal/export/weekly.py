"""The weekly review's sections: level and reasons, the trend chart, pressure and its cost,
gratitude, lessons, and what needs attention.

The level, reasons, trend and reminders come from the indicators' `Status` carried by the
report (branch issue-3); their sentences from `journal.services.text`. Where the build has no
indicators, the section says so plainly instead of inventing numbers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from journal.domain import records as r
from journal.domain.indicators import Reminder
from journal.export.report_html import (
    CHART_MARK,
    MarkdownConverter,
    day_month,
    h2,
    lesson_html,
    number,
    para,
)
from journal.services import vocabulary
from journal.services.report import Report

translate = QCoreApplication.translate


def _gap(text: str) -> str:
    return f'<table class="gap" width="100%" cellspacing="0"><tr><td><b>{escape(text)}</b></td></tr></table>'


def level_section(report: Report) -> str:
    """The level worded as a risk, the headline, the reasons (money with a rate), promises kept,
    what the unpaid hours cost and the self-check note: what `status` says, in the same words."""
    title = h2(translate("PdfExport", "Burnout risk"))
    status = report.status
    if status is None:  # only the weekly review has a level, and it always has one
        return ""
    from journal.services import story_text

    parts = [title, f"<p><b>{escape(story_text.risk_text(status.level))}</b></p>"]
    parts.append(para(story_text.headline_text(status)))
    if status.reasons:
        items = "".join(f"<li>{escape(story_text.reason_text(s, status.rate))}</li>" for s in status.reasons)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(para(translate("PdfExport", "No signal is at amber or red.")))
    parts.append(para(story_text.promises_text(status.promises)))
    hours = next((s.basis for s in status.signals if s.name == "unpaid_hours_per_week"), 0)
    if hours and not any(s.name == "unpaid_hours_per_week" for s in status.reasons):  # a reason says it already
        caption = translate("PdfExport", "What bending cost in the last 28 days.")
        cost = story_text.cost_text(float(hours), status.rate)
        parts.append(f"<p><b>{escape(caption)}</b> {escape(cost)}</p>")
    note = translate(
        "PdfExport",
        "The pressure signals are Rapport's own heuristics; the check-in is a self-check, not a diagnosis.",
    )
    parts.append(f'<p class="meta">{escape(note)}</p>')
    return "\n".join(parts)


def trend_section(report: Report) -> str:
    title = h2(translate("PdfExport", "The last 12 weeks"))
    if report.status is None:
        return title + _gap(translate("PdfExport", "The trend chart needs the burnout indicators."))
    return title + f"<p>{CHART_MARK}</p>"


def _pressure_section(report: Report) -> str:
    title = h2(translate("PdfExport", "Pressure this week and what it cost"))
    header = [
        translate("PdfExport", "Day"),
        translate("PdfExport", "Client"),
        translate("PdfExport", "Push"),
        translate("PdfExport", "Response"),
        translate("PdfExport", "Hours unpaid"),
        translate("PdfExport", "Discount"),
        translate("PdfExport", "Note"),
    ]
    rows = []
    for item in report.entries:
        rec = item.record
        if not isinstance(rec, r.Interaction):
            continue
        for event in rec.pressure:
            cells = [
                day_month(item.entry.day),
                item.entry.client_name or "",
                vocabulary.pressure_kind(event.kind),
                vocabulary.lower_first(vocabulary.response(event.response)),
                number(event.unpaid_hours) if event.unpaid_hours else "—",
                f"{number(event.discount_pct)}%" if event.discount_pct is not None else "—",
                event.note or rec.summary,
            ]
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    if not rows:
        return title + para(translate("PdfExport", "No pressure this week."))
    widths = (8, 13, 15, 13, 11, 11, 29)  # per cent: the note gets the room
    head = "<tr>" + "".join(f'<th width="{w}%">{escape(h)}</th>' for h, w in zip(header, widths, strict=True)) + "</tr>"
    t = report.totals
    total = (
        translate("PdfExport", "In total: %1 pushes, %2 conceded, %3 unpaid hours.")
        .replace("%1", number(t.pressure_events))
        .replace("%2", number(t.conceded))
        .replace("%3", number(t.unpaid_hours))
    )
    table = f'<table class="grid" width="100%" cellspacing="0"><thead>{head}</thead>{"".join(rows)}</table>'
    return title + table + f"<p><b>{escape(total)}</b></p>"


def _gratitude_section(report: Report) -> str:
    title = h2(translate("PdfExport", "Gratitude"))
    items = []
    for item in report.entries:
        rec = item.record
        if isinstance(rec, r.GratitudeNote):
            to = rec.to_name or item.entry.client_name or ""
            prefix = f"{day_month(rec.written_on)}" + (f" → {to}" if to else "")
            items.append(f"<li><b>{escape(prefix)}:</b> {escape(rec.text)}</li>")
    if not items:
        return title + para(translate("PdfExport", "No gratitude noted this week."))
    return title + f"<ul>{''.join(items)}</ul>"


def _lessons_section(report: Report) -> str:
    title = h2(translate("PdfExport", "Lessons"))
    found = [item.record for item in report.entries if isinstance(item.record, r.Lesson)]
    if not found:
        return title + para(translate("PdfExport", "No lessons written this week."))
    return title + "\n".join(lesson_html(lesson) for lesson in found)


def _attention_section(report: Report) -> str:
    title = h2(translate("PdfExport", "What needs attention"))
    status = report.status
    if status is None:
        return title + _gap(translate("PdfExport", "The reminders need the burnout indicators."))
    if not status.attention:
        return title + para(translate("PdfExport", "Nothing needs attention."))

    items = "".join(f"<li>{attention_line(reminder)}</li>" for reminder in status.attention)
    return title + f"<ul>{items}</ul>"


def attention_line(reminder: Reminder) -> str:
    """One reminder, naming its client first ("Олег Тихонов: Follow up: … · due 28 Nov")."""
    from journal.services import formats, text

    line = escape(text.reminder_text(reminder))
    who = reminder.client_name or ""
    if who and who not in text.reminder_text(reminder):
        line = f"<b>{escape(who)}:</b> {line}"
    if reminder.due is not None and reminder.kind in ("follow_up", "incident"):
        due = translate("PdfExport", "due %1").replace("%1", formats.short_day(reminder.due))
        line += f' <span class="muted">· {escape(due)}</span>'
    return line


def build(report: Report, markdown: MarkdownConverter) -> str:
    del markdown  # the weekly sections hold no Markdown notes
    return "\n".join(
        (
            level_section(report),
            trend_section(report),
            _pressure_section(report),
            _gratitude_section(report),
            _lessons_section(report),
            _attention_section(report),
        )
    )
