"""The Journal page's detail pane: the selected entry in full, with Edit and Delete.

The page hands it the selected `TimelineEntry`; the pane reads the whole record once through
`journal.services.capture.get` (a selection, not a paint) and shows it as rich text: plain
fields escaped, the user's Markdown notes rendered. Its buttons ask the window to edit or
delete, so the same undoable paths serve the menu, the keyboard and this pane.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from journal.domain import checkin
from journal.domain import records as r
from journal.domain.records import TimelineEntry
from journal.services import formats, vocabulary
from journal.store.db import Journal
from journal.ui import labels, theme
from journal.ui.widgets.meetings_to_log import calendar_origin


def markdown_html(text: str) -> str:
    """The user's Markdown as an HTML fragment (Qt's CommonMark reader; raw HTML is not trusted)."""
    doc = QTextDocument()
    doc.setMarkdown(html.escape(text, quote=False).replace("&gt;", ">"))
    body = doc.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    return body[body.find(">", start) + 1 : end] if start >= 0 and end > start else html.escape(text)


class DetailPane(QWidget):
    """Shows one entry; asks for edits and deletes through signals."""

    edit_requested = Signal(str, str)  # kind, id
    delete_requested = Signal(str, str)  # kind, id

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self._entry: TimelineEntry | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_entry(None)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.browser.setAccessibleName(self.tr("Selected entry"))
        self.empty.setText(self.tr("Select an entry to see it here. Double-click or press Enter to edit it."))
        if self._entry is not None:
            self.show_entry(self._entry)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def entry(self) -> TimelineEntry | None:
        return self._entry

    def show_entry(self, entry: TimelineEntry | None) -> None:
        self._entry = entry
        record = None
        if entry is not None:
            from journal.services import capture  # SQLAlchemy: only once something is selected

            record = capture.get(self._journal, entry.kind, entry.id)
        has = record is not None
        self.browser.setVisible(has)
        self.empty.setVisible(not has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.browser.setHtml(self.entry_html(entry, record) if entry is not None and has else "")

    def _edit(self) -> None:
        if self._entry:
            self.edit_requested.emit(self._entry.kind, self._entry.id)

    def _delete(self) -> None:
        if self._entry:
            self.delete_requested.emit(self._entry.kind, self._entry.id)

    # -- rendering --------------------------------------------------------------------------
    def _row(self, label: str, value: Any) -> str:
        if value in (None, "", ()):
            return ""
        return f"<tr><td style='padding-right:12px'><i>{html.escape(label)}</i></td><td>{html.escape(str(value))}</td></tr>"

    def _date(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return formats.moment(value)
        return formats.day(value)

    def entry_html(self, entry: TimelineEntry, record: Any) -> str:
        """The entry as HTML for the pane."""
        title = html.escape(entry.title or vocabulary.entry_kind(entry.kind))
        head = f"<p><b>{html.escape(vocabulary.entry_kind(entry.kind))}</b></p><h3>{title}</h3>"
        rows: list[str] = [self._row(self.tr("Client"), entry.client_name)]
        body = ""
        if isinstance(record, r.Interaction):
            mood = "" if record.mood is None else vocabulary.mood(record.mood)  # "+2 · great", as the editor says
            rows += [
                self._row(self.tr("When"), self._date(record.occurred_at)),
                self._row(self.tr("Channel"), vocabulary.channel(record.channel)),
                self._row(self.tr("How it felt"), mood),
                self._row(self.tr("Follow up on"), self._date(record.follow_up_on)),
                self._row(self.tr("Tags"), ", ".join(record.tags)),
                self._row(*calendar_origin(self._journal, record.id)),  # issue 14: logged from a calendar meeting
            ]
            if record.pressure:
                items = "".join(f"<li>{html.escape(self._pressure(p))}</li>" for p in record.pressure)
                heading = html.escape(self.tr("Pressure"))
                body += f"<p><b>{heading}</b></p><ul>{items}</ul>"
            signs = getattr(record, "signs", ())
            if signs:
                items = "".join(f"<li>{self._sign(s)}</li>" for s in signs)
                heading = html.escape(self.tr("Good signs"))
                body += f"<p><b>{heading}</b></p><ul>{items}</ul>"
            body += markdown_html(record.notes) if record.notes else ""
        elif isinstance(record, r.GratitudeNote):
            rows += [
                self._row(self.tr("Date"), self._date(record.written_on)),
                self._row(self.tr("To"), record.to_name),
                self._row(self.tr("Expressed"), self.tr("yes") if record.expressed else self.tr("not yet")),
            ]
            body += f"<p>{html.escape(record.text)}</p>"
        elif isinstance(record, r.Lesson):
            rows += [
                self._row(self.tr("Date"), self._date(record.written_on)),
                self._row(self.tr("Tags"), ", ".join(record.tags)),
            ]
            for label, text in (
                (self.tr("What happened"), record.what_happened),
                (self.tr("What was the lesson"), record.lesson),
                (self.tr("What I'll do next time"), record.next_time),
            ):
                if text:
                    body += f"<p><b>{html.escape(label)}</b></p>{markdown_html(text)}"
        elif isinstance(record, r.Incident):
            rows += [
                self._row(self.tr("Opened"), self._date(record.opened_on)),
                self._row(self.tr("Follow up on"), self._date(record.follow_up_on)),
                self._row(self.tr("Resolved"), self._date(record.resolved_on) or self.tr("not yet")),
            ]
        elif isinstance(record, r.CheckIn):
            answered = [a for a in record.answers if a is not None]
            score = checkin.score(tuple(record.answers))
            rows += [
                self._row(self.tr("Date"), self._date(record.taken_on)),
                self._row(
                    self.tr("Score"),
                    self.tr("%1 of 100").replace("%1", formats.score(score)) if score is not None else "",
                ),
                self._row(self.tr("Answers"), f"{len(answered)} / {len(record.answers)}"),
            ]
            body += markdown_html(record.note) if record.note else ""
        table = f"<table>{''.join(rows)}</table>"
        return head + table + body

    def _pressure(self, p: r.PressureEvent) -> str:
        text = vocabulary.pressure_mark(p.kind, p.response)
        if p.unpaid_hours:
            text += " — " + self.tr("%1 unpaid hours").replace("%1", formats.hour_count(p.unpaid_hours))
        if p.discount_pct is not None:
            text += " — " + self.tr("discount %1%").replace("%1", formats.number(p.discount_pct, 1))
        if p.note:
            text += f" — {p.note}"
        return text

    def _sign(self, sign: Any) -> str:
        """One good sign as HTML: a teal ✔, its kind, and its note."""
        glyph = f"<span style='color:{theme.good_sign_color().name()}'>{labels.GOOD_SIGN_GLYPH}</span>"
        text = f"{glyph} {html.escape(vocabulary.good_sign(sign.kind))}"
        return f"{text} — {html.escape(sign.note)}" if sign.note else text
