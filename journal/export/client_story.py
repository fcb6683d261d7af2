"""A client's story in words, for the client's own page and the client's PDF alike.

`figure_rows(story)` gives the last 90 days' figures as (what, value) pairs; `open_items(story)`
the open promises and incidents as sentences; `story_html(story)` the PDF's section (label and
why, the figures, the twelve-month chart's mark, whether holding the line helped, what is open).
The window's page (`ui/pages/client_page.py`) lays out the same words with widgets, so screen
and paper never disagree. Catalogue context "ClientStory".
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject

from journal.services import formats, vocabulary
from journal.services.story_text import holding_text, label_explained_text, money
from journal.services.text import label_text, number

CLIENT_CHART_MARK = "@@RAPPORT_CLIENT_CHART@@"
LABEL_MARK = {"bending": "\u25bc", "drifting": "\u25c7", "watch": "\u25c6", "steady": "\u25cf", "partnership": "\u25b2"}


def label_with_mark(label: str) -> str:
    """'▲ Partnership': the label's shape (never colour alone) and its word."""
    return f"{LABEL_MARK.get(label, '')} {label_text(label)}"


class ClientStoryWords(QObject):
    def no_label(self) -> str:
        return self.tr("No interactions in the last 90 days, so no relationship label.")

    def span_heading(self) -> str:
        return self.tr("The last 90 days")

    def chart_heading(self) -> str:
        return self.tr("Pushes and mood, month by month")

    def open_heading(self) -> str:
        return self.tr("Still open")

    def responses(self, s: Any) -> str:
        """'conceded: 8, compromise: 0, held firm: 0' — each response by its one name."""
        counts = (("conceded", s.conceded), ("negotiated", s.negotiated), ("held", s.held))
        return ", ".join(
            self.tr("%1: %2").replace("%1", vocabulary.lower_first(vocabulary.response(c))).replace("%2", number(n))
            for c, n in counts
        )

    def figure_rows(self, s: Any) -> list[tuple[str, str]]:
        pushes = s.conceded + s.negotiated + s.held + s.pending
        return [
            (self.tr("Interactions"), number(s.interactions)),
            (self.tr("Pushes"), self.tr("%1 (%2)").replace("%1", number(pushes)).replace("%2", self.responses(s))),
            (self.tr("Unpaid hours"), self.hours(s)),
            (self.tr("Good signs"), number(s.good_signs)),
            (self.tr("Promises kept"), self.promises(s)),
            (self.tr("Mean mood"), self.mood(s.mood)),
        ]

    def hours(self, s: Any) -> str:
        hours = self.tr("%1 h").replace("%1", number(s.unpaid_hours, 1))
        if s.cost is None or not s.unpaid_hours:
            return hours
        return self.tr("%1, about %2").replace("%1", hours).replace("%2", money(s.cost, s.rate.currency))

    def promises(self, s: Any) -> str:
        if s.promises.due == 0:
            return self.tr("none fell due")
        return self.tr("%n of %1 kept on time", "", s.promises.kept).replace("%1", number(s.promises.due))

    def mood(self, mood: float | None) -> str:
        if mood is None:
            return self.tr("not noted")
        shown = number(mood, 2)
        return ("+" + shown if mood > 0 else shown).replace("-", "−")

    def open_items(self, s: Any) -> list[str]:
        items = []
        for promise in s.open_promises:
            day = formats.short_day(promise.due)
            items.append(self.tr("Promise due %1: %2").replace("%1", day).replace("%2", promise.summary))
        for incident in s.open_incidents:
            day = formats.short_day(incident.opened_on)
            items.append(self.tr("Incident opened %1: %2").replace("%1", day).replace("%2", incident.title))
        return items

    def nothing_open(self) -> str:
        return self.tr("No open promises or incidents.")


words = ClientStoryWords()


def label_html(s: Any) -> str:
    if s.label is None:
        return escape(words.no_label())
    return f"<b>{escape(label_with_mark(s.label))}</b> — {escape(label_explained_text(s.label))}"


def figures_html(s: Any) -> str:
    cells = "".join(
        f"<tr><td style='padding-right:16px'>{escape(name)}</td><td><b>{escape(value)}</b></td></tr>"
        for name, value in words.figure_rows(s)
    )
    return f"<table>{cells}</table>"


def open_html(s: Any) -> str:
    items = words.open_items(s)
    if not items:
        return escape(words.nothing_open())
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def story_html(s: Any) -> str:
    """The client's story as the PDF's first section, with the chart's mark where it goes."""
    parts = [
        f"<p>{label_html(s)}</p>",
        f"<h2>{escape(words.span_heading())}</h2>",
        figures_html(s),
        f"<h2>{escape(words.chart_heading())}</h2>",
        f"<p>{CLIENT_CHART_MARK}</p>",
    ]
    if s.holding is not None:
        parts.append(f"<p>{escape(holding_text(s.holding))}</p>")
    parts += [f"<h2>{escape(words.open_heading())}</h2>", open_html(s)]
    return "\n".join(parts)
