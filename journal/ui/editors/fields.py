"""Input widgets the editors share: client type-ahead, tags with completion, Markdown with a
preview, an optional date, and numbers read the way the user's locale writes them.

Matching of names is Qt's own (QCompleter, case-insensitive, Cyrillic included) over the list
`capture.list_clients` returns; nothing here asks SQLite to compare text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from journal.domain.records import Client
from journal.ui.qt_dates import pydate, qdate


def fold(text: str) -> str:
    return text.strip().casefold().replace("ё", "е")


def parse_number(text: str) -> Any:
    """None for an empty field, a number when the text is one (locale or C style), else the text itself."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", ".").replace("\u00a0", ""))
        except ValueError:
            return text  # the validator names the problem
    return int(value) if float(value).is_integer() else value


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 6)


class ClientField(QLineEdit):
    """A client chosen by typing part of the name (or company); unknown names mean a new client."""

    def __init__(self, clients: list[Client], parent: QWidget | None = None):
        super().__init__(parent)
        self._by_label: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        active = []
        names = [c.name for c in clients]
        for client in clients:
            label = client.name
            if names.count(client.name) > 1 and client.company:
                label = f"{client.name} ({client.company})"
            self._by_label[fold(label)] = client.id
            self._labels[client.id] = label
            if not client.archived:
                active.append(label)
        completer = QCompleter(QStringListModel(active, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def client_id(self) -> str | None:
        return self._by_label.get(fold(self.text()))

    def set_client_id(self, client_id: str | None) -> None:
        self.setText(self._labels.get(client_id or "", ""))


class TagsField(QLineEdit):
    """Comma-separated tags; the tag being typed completes from those already in the journal."""

    def __init__(self, known: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._completer = QCompleter(QStringListModel(known, self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._insert)  # type: ignore[index]  # PySide6's stub: no overloaded signals
        self.textEdited.connect(self._complete)

    def _current(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _complete(self) -> None:
        prefix = self._current()
        if not prefix:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()  # None only before the completer has a widget
        if popup is not None:
            popup.hide()

    def _insert(self, tag: str) -> None:
        head = self.text()[: self.cursorPosition()].rsplit(",", 1)
        before = head[0] + ", " if len(head) > 1 else ""
        self.setText(f"{before}{tag}, ")
        self.textEdited.emit(self.text())

    def tags(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        self.setText(", ".join(tags))


class MarkdownField(QTabWidget):
    """Notes in Markdown: a plain editor and a rendered preview tab."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(True)
        self.addTab(self.editor, self.tr("Write"))
        self.addTab(self.preview, self.tr("Preview"))
        self.editor.textChanged.connect(self.changed)
        self.currentChanged.connect(self._render)
        self.setFocusProxy(self.editor)

    def _render(self, index: int) -> None:
        if index == 1:
            self.preview.setMarkdown(self.editor.toPlainText())

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)


class OptionalDate(QWidget):
    """A date that may be left out: a check box that enables the date."""

    changed = Signal()

    def __init__(self, caption: str, default: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(caption, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> str | None:
        return pydate(self.edit.date()).isoformat() if self.check.isChecked() else None

    def set_value(self, value: str | None) -> None:
        self.check.setChecked(value is not None)
        if value:
            self.edit.setDate(qdate(date.fromisoformat(value)))
