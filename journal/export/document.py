"""The PDF's rich text in order: `chunks(report, scope_title, generated)` yields it in small pieces.

A cover (scope, period, summary table), then either the weekly review's sections
(`journal.export.weekly`) or the entries grouped by day (`journal.export.report_html`), under
the client's heading in the client scope. Both builders sit below this module, so neither
imports the other to assemble a document.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from journal.export import weekly
from journal.export.client_story import story_html
from journal.export.report_html import MarkdownConverter, cover, day_chunks
from journal.services.report import Report


def chunks(report: Report, scope_title: str, generated: date) -> Iterator[str]:
    """The whole document as HTML pieces, in order (the weekly review's sections come from `weekly`).

    Every export opens with its picture on the first page: the weekly review, a period and the
    whole journal with the burnout level, its reasons and the 12-week chart; a client's export
    with the client's story (label and why, the 90 days, twelve months, what is open). The
    entries follow at once: no page is left mostly blank.
    """
    markdown = MarkdownConverter()
    if report.scope.kind == "weekly":  # short enough to begin on the cover's page
        yield cover(report, scope_title, generated)
        yield weekly.build(report, markdown)
        return
    if report.client is not None:
        story = story_html(report.story) if report.story is not None else ""
        yield cover(report, scope_title, generated, story)
    else:
        picture = weekly.level_section(report) + weekly.trend_section(report)
        yield cover(report, scope_title, generated, picture)
    yield from day_chunks(report, markdown, show_client=report.client is None)
