"""A report as rich text: the HTML subset QTextDocument lays out for the PDF.

The pieces `journal.export.document` puts together: a cover (scope, period, summary table) and
the entries grouped by day (under the client's heading in the client scope); the weekly
review's sections (`journal.export.weekly`) build on the helpers here. Every piece of user text is escaped; Markdown notes go through
QTextDocument's own Markdown reader with raw HTML switched off, and only the body of the HTML
it produces is kept (images dropped: a note must not pull files into a PDF). `CHART_MARK`
stands where the trend chart is drawn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument

from journal.domain import records as r
from journal.services import formats, vocabulary
from journal.services.report import Report, ReportEntry

translate = QCoreApplication.translate

CHART_MARK = "@@RAPPORT_TREND_CHART@@"
CHUNK_ENTRIES = 5  # entries per piece of HTML handed to the document at once
PAGE_BREAK = '<p style="page-break-after: always; margin: 0;"></p>'
STYLE = """
h1 { font-size: 20pt; font-weight: 700; margin-bottom: 6px; }
h2 { font-size: 13pt; font-weight: 700; margin-top: 16px; margin-bottom: 4px; color: #1f3a5f; }
h3 { font-size: 11pt; font-weight: 700; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #555555; font-size: 8.5pt; }
.muted { color: #666666; }
table.summary { border-collapse: collapse; }
table.summary td { padding: 3px 10px 3px 4px; border-bottom: 1px solid #cccccc; }
td.num { text-align: right; }
table.pressure { background-color: #fbeaea; border: 1px solid #b03030; margin-top: 2px; margin-bottom: 6px; }
table.pressure td { padding: 2px 6px; }
table.grid { border-collapse: collapse; margin-top: 4px; }
table.grid th { background-color: #e8edf3; text-align: left; padding: 3px 4px; font-weight: 700; font-size: 9pt; }
table.grid td { padding: 3px 4px; border-bottom: 1px solid #dddddd; font-size: 9pt; }
.gap { color: #7a4b00; background-color: #fff4df; }
"""

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class MarkdownConverter:
    """Markdown → HTML fragment with one reused QTextDocument (not shared between threads)."""

    def __init__(self) -> None:
        self._doc = QTextDocument()

    def __call__(self, text: str) -> str:
        if not text.strip():
            return ""
        self._doc.clear()
        self._doc.setMarkdown(text, _MARKDOWN)
        found = _BODY.search(self._doc.toHtml())
        return _IMG.sub("", found.group(1)) if found else escape(text)


def h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def day_text(day: date) -> str:
    return formats.day(day)


def short_day(day: date) -> str:
    return formats.short_day(day)


def day_month(day: date) -> str:
    return formats.short_day(day)


def time_text(moment: datetime) -> str:
    return formats.time(moment)


def number(value: float, decimals: int = 1) -> str:
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def period_text(report: Report) -> str:
    if report.first_day is None and report.last_day is None:
        return translate("PdfExport", "No entries")
    first = day_text(report.first_day) if report.first_day else "…"
    last = day_text(report.last_day) if report.last_day else "…"
    return translate("PdfExport", "%1 – %2").replace("%1", first).replace("%2", last)


def _summary_rows(report: Report) -> list[tuple[str, str]]:
    t = report.totals
    return [
        (vocabulary.upper_first(vocabulary.section("interactions")), number(t.interactions)),
        (translate("PdfExport", "Pressure events"), number(t.pressure_events)),
        (translate("PdfExport", "Conceded"), number(t.conceded)),
        (translate("PdfExport", "Unpaid hours"), number(t.unpaid_hours)),
        (vocabulary.upper_first(vocabulary.section("gratitude")), number(t.gratitude)),
        (vocabulary.upper_first(vocabulary.section("lessons")), number(t.lessons)),
        (vocabulary.upper_first(vocabulary.section("incidents")), number(t.incidents)),
        (vocabulary.upper_first(vocabulary.section("checkins")), number(t.checkins)),
    ]


def cover(report: Report, scope_title: str, generated: date, picture: str = "") -> str:
    """Title, period and (for a client) who they are; then `picture` (the burnout picture or the
    client's story), then the summary and, for the whole journal or a period, the table by client."""
    parts = [f"<h1>{escape(scope_title)}</h1>", f"<p><b>{escape(period_text(report))}</b></p>"]
    client = report.client
    if client is not None:
        details = [client.company, client.email or "", client.phone or "", ", ".join(client.tags)]
        parts.append(f"<p>{escape(' · '.join(d for d in details if d))}</p>")
        if client.notes.strip():
            parts.append(MarkdownConverter()(client.notes))
    generated_text = translate("PdfExport", "Made with Rapport on %1").replace("%1", day_text(generated))
    parts.append(f'<p class="meta">{escape(generated_text)}</p>')
    if picture:
        parts.append(picture)
    parts.append(h2(translate("PdfExport", "Summary")))
    rows = "".join(
        f'<tr><td>{escape(name)}</td><td class="num">{escape(value)}</td></tr>' for name, value in _summary_rows(report)
    )
    parts.append(f'<table class="summary" cellspacing="0">{rows}</table>')
    if report.client is None and report.scope.kind != "weekly":
        parts.append(clients_table(report))
    return "\n".join(parts)


def clients_table(report: Report) -> str:
    """Per client in the scope: interactions, pushes, conceded and unpaid hours, most pushed first."""
    counts: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    for item in report.entries:
        rec = item.record
        if not isinstance(rec, r.Interaction):
            continue
        row = counts.setdefault(rec.client_id, [0, 0, 0, 0.0])
        names[rec.client_id] = item.entry.client_name or ""
        row[0] += 1
        row[1] += len(rec.pressure)
        row[2] += r.conceded_count(rec.pressure)
        row[3] += r.unpaid_hours(rec.pressure)
    if not counts:
        return ""
    header = (
        translate("PdfExport", "Client"),
        translate("PdfExport", "Interactions"),
        translate("PdfExport", "Pressure events"),
        translate("PdfExport", "Conceded"),
        translate("PdfExport", "Unpaid hours"),
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][1], names[kv[0]].casefold()))
    body = "".join(
        f"<tr><td>{escape(names[cid])}</td>" + "".join(f'<td class="num">{number(v)}</td>' for v in row) + "</tr>"
        for cid, row in ordered
    )
    title = h2(translate("PdfExport", "By client"))
    return f'{title}<table class="grid" cellspacing="0"><thead><tr>{head}</tr></thead>{body}</table>'


def _pressure_table(interaction: r.Interaction) -> str:
    heading = escape(translate("PdfExport", "⚑ PRESSURE"))
    lines = []
    for event in interaction.pressure:
        cost = []
        if event.unpaid_hours:
            cost.append(translate("PdfExport", "%1 h unpaid").replace("%1", number(event.unpaid_hours)))
        if event.discount_pct is not None:
            cost.append(translate("PdfExport", "%1% discount").replace("%1", number(event.discount_pct)))
        response = vocabulary.lower_first(vocabulary.response(event.response))
        text = f"<b>{escape(vocabulary.pressure_kind(event.kind))}</b> — {escape(response)}"
        if cost:
            text += f" · {escape(', '.join(cost))}"
        if event.note:
            text += f" · <i>{escape(event.note)}</i>"
        lines.append(text)
    body = "<br/>".join(lines)
    return f'<table class="pressure" width="100%" cellspacing="0"><tr><td><b>{heading}</b><br/>{body}</td></tr></table>'


def _tags(tags: tuple[str, ...]) -> str:
    return f' <span class="muted">{escape(" ".join("#" + t for t in tags))}</span>' if tags else ""


def entry_html(item: ReportEntry, markdown: MarkdownConverter, show_client: bool) -> str:
    rec: Any = item.record
    entry = item.entry
    who = f" · {escape(entry.client_name)}" if show_client and entry.client_name else ""
    if isinstance(rec, r.Interaction):
        head = f"{time_text(entry.when)} · {escape(vocabulary.channel(rec.channel))}{who}"
        parts = [f"<h3>{head} — {escape(rec.summary)}</h3>"]
        meta = []
        if rec.mood is not None:
            meta.append(translate("PdfExport", "Felt: %1").replace("%1", vocabulary.mood(rec.mood)))
        if rec.follow_up_on:
            state = translate("PdfExport", "done") if rec.follow_up_done else translate("PdfExport", "open")
            meta.append(
                translate("PdfExport", "Follow up on %1 (%2)")
                .replace("%1", short_day(rec.follow_up_on))
                .replace("%2", state)
            )
        if meta or rec.tags:
            parts.append(f'<p class="meta">{escape(" · ".join(meta))}{_tags(rec.tags)}</p>')
        parts.append(markdown(rec.notes))
        if rec.pressure:
            parts.append(_pressure_table(rec))
        return "\n".join(parts)
    if isinstance(rec, r.GratitudeNote):
        to = rec.to_name or entry.client_name or ""
        expressed = translate("PdfExport", "expressed") if rec.expressed else translate("PdfExport", "felt")
        title = vocabulary.entry_kind("gratitude")
        if to:
            title += f" → {to}"
        return f'<h3>{escape(title)} <span class="muted">({escape(expressed)})</span></h3><p>{escape(rec.text)}</p>'
    if isinstance(rec, r.Lesson):
        return lesson_html(rec, who)
    if isinstance(rec, r.Incident):
        head = vocabulary.entry_kind("incident")
        parts = [f"<h3>{escape(head)}{who} — {escape(rec.title)}</h3>"]
        for step in r.INCIDENT_STEPS:
            if rec.steps.get(step, "").strip():
                name = vocabulary.numbered_incident_step(step)
                parts.append(f"<p><b>{escape(name)}:</b> {escape(rec.steps[step])}</p>")
        if rec.resolved_on:
            resolved = translate("PdfExport", "Resolved on %1").replace("%1", short_day(rec.resolved_on))
            parts.append(f'<p class="meta">{escape(resolved)}</p>')
        return "\n".join(parts)
    if isinstance(rec, r.CheckIn):
        answered = [a for a in rec.answers if a is not None]
        score = number(sum(answered) / len(answered)) if len(answered) >= 3 else "—"
        text = translate("PdfExport", "Check-in: score %1 of 100").replace("%1", score)
        note = f"<p>{escape(rec.note)}</p>" if rec.note else ""
        return f"<h3>{escape(text)}</h3>{note}"
    return ""


def lesson_html(rec: r.Lesson, who: str = "") -> str:
    head = translate("PdfExport", "Lesson")
    parts = [f"<h3>{escape(head)}{who}</h3>"]
    for name, value in (
        (translate("PdfExport", "What happened"), rec.what_happened),
        (translate("PdfExport", "The lesson"), rec.lesson),
        (translate("PdfExport", "Next time"), rec.next_time),
    ):
        if value.strip():
            parts.append(f"<p><b>{escape(name)}:</b> {escape(value)}</p>")
    return "\n".join(parts) + _tags(rec.tags)


def day_chunks(report: Report, markdown: MarkdownConverter, show_client: bool = True) -> Iterator[str]:
    """The entries grouped by day, a few entries a piece, so the layout proceeds in small steps."""
    current: date | None = None
    piece: list[str] = []
    for item in report.entries:
        if item.entry.day != current or len(piece) >= CHUNK_ENTRIES:
            if piece:
                yield "\n".join(piece)
                piece = []
            if item.entry.day != current:
                current = item.entry.day
                piece.append(f"<h2>{escape(day_text(current))}</h2>")
        piece.append(entry_html(item, markdown, show_client))
    if piece:
        yield "\n".join(piece)
    if not report.entries:
        yield para(translate("PdfExport", "No entries in this period."))
