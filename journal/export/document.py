"""The PDF's rich text in order: `chunks(report, scope_title, generated)` yields it in small pieces.

A cover (scope, period, summary table), then either the weekly review's sections
(`journal.export.weekly`) or the entries grouped by day (`journal.export.report_html`), under
the client's heading in the client scope. Both builders sit below this module, so neither
imports the other to assemble a document.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from html import escape

from journal.export import weekly
from journal.export.report_html import PAGE_BREAK, MarkdownConverter, cover, day_chunks
from journal.services.report import Report


def chunks(report: Report, scope_title: str, generated: date) -> Iterator[str]:
    """The whole document as HTML pieces, in order (the weekly review's sections come from `weekly`)."""
    markdown = MarkdownConverter()
    if report.scope.kind == "weekly":  # short enough to begin on the cover's page
        yield cover(report, scope_title, generated)
        yield weekly.build(report, markdown)
        return
    yield cover(report, scope_title, generated) + PAGE_BREAK
    if report.client is not None:
        yield f"<h1>{escape(report.client.name)}</h1>"
    yield from day_chunks(report, markdown, show_client=report.client is None)
