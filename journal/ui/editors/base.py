"""What every editor dialog does: validate as you type, keep a draft, save, and cancel safely.

A subclass builds its rows with `add_row`, says how widgets become the interchange shape
(`collect`), how a record fills them (`load_json`) and how a draft is kept (`state` /
`set_state`). The base runs the domain's readers on every change, shows each problem beside the
field its path names, enables Save only when there are none, writes a draft ~500 ms after typing
stops, saves with Ctrl+Enter / Ctrl+S, and asks before Esc throws changes away.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain.interchange import to_json
from journal.domain.validation import InvalidInput, Problem, new_id
from journal.services import capture, drafts, text
from journal.services.capture_batch import save_together
from journal.store.db import Journal
from journal.ui.widgets.one_stop import one_tab_stop_everywhere

DRAFT_DELAY_MS = 500
Item = tuple[str, dict[str, Any], str]  # (kind, interchange dict, path of its problems)


class Slot:
    """Where the problems of some paths are shown, and whether the user has touched that field yet."""

    def __init__(self, paths: tuple[str, ...], label: QLabel):
        self.paths = paths
        self.label = label
        self.touched = False

    def matches(self, path: str) -> bool:
        return any(path == key or path.startswith((key + ".", key + "[")) for key in self.paths)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_problems(label: QLabel, messages: list[str]) -> None:
    """Set an error label's text (a warning sign, not colour alone, marks it) and show or hide it."""
    dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b00020'};")
    label.setText("\n".join(f"⚠ {m}" for m in dict.fromkeys(messages)))
    label.setAccessibleName(label.text())
    label.setVisible(bool(messages))


class EditorDialog(QDialog):
    """Base of the client, interaction, gratitude and lesson editors."""

    saved = Signal(str, str)  # kind, id
    kind = ""

    def __init__(
        self,
        journal: Journal,
        entity_id: str | None = None,
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        draft_id: str | None = None,
        state: dict[str, Any] | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.entity_id = entity_id
        self.draft_id = draft_id or new_id()
        self.problems: list[Problem] = []
        self._slots: list[Slot] = []
        self._dirty = False
        self._loading = True
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = error_label(self)
        self.draft_status = QLabel(self)
        self.draft_status.setAccessibleName(self.tr("Draft status"))
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.draft_status)
        layout.addWidget(self.buttons)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.build()
        one_tab_stop_everywhere(self)  # a date or time field is one Tab stop
        data: dict[str, Any] = {}
        if entity_id:
            record = capture.get(journal, self.kind, entity_id)
            data = to_json(record) if record is not None else {}
        data.update(preset or {})
        self.load_json(data)
        if state:
            self.set_state(state)
            self._dirty = True
            for slot in self._slots:
                slot.touched = True
        self._loading = False
        self.validate()

    # -- for subclasses -------------------------------------------------------------------------
    def present(self) -> EditorDialog:
        """Show the editor in front, with the keyboard focus, and return it."""
        self.show()
        self.raise_()
        self.activateWindow()
        return self

    def build(self) -> None:
        raise NotImplementedError

    def load_json(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def collect(self) -> list[Item]:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def draft_title(self) -> str:
        return ""

    def extra_slots(self) -> list[Slot]:
        """Slots that come and go (such as pressure rows), in addition to the fixed ones."""
        return []

    def add_row(self, caption: str, widget: QWidget, *paths: str) -> Slot:
        """A captioned form row with an error line under the field for the problems at `paths`."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        slot = Slot(paths, error_label(box))
        column.addWidget(slot.label)
        label = QLabel(caption, self)
        buddy = widget
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            # a row of its own widgets (pressure events, good signs): Alt+letter goes to its first one
            focusable = (w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            buddy = next(focusable, widget)
        label.setBuddy(buddy)
        widget.setAccessibleName(caption.replace("&", ""))
        self.form.addRow(label, box)
        if paths:
            self._slots.append(slot)
        return slot

    def watch(self, signal: Any, slot: Slot | None = None) -> None:
        """Treat every emission of `signal` as an edit of the field behind `slot`."""
        signal.connect(lambda *_: self.changed(slot))

    def changed(self, slot: Slot | None = None) -> None:
        if self._loading:
            return
        if slot is not None:
            slot.touched = True
        self._dirty = True
        self.validate()
        self._draft_timer.start()

    def set_tab_order(self, widgets: list[QWidget]) -> None:
        chain = [w for w in widgets if w is not None] + [self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- validation ---------------------------------------------------------------------------
    def validate(self) -> list[Problem]:
        problems: list[Problem] = []
        for kind, data, path in self.collect():
            capture.KINDS[kind].read(data, path, problems)
        self.problems = problems
        self._show()
        return problems

    def _show(self) -> None:
        slots = self._slots + self.extra_slots()
        shown: set[int] = set()
        for slot in slots:
            mine = [i for i, p in enumerate(self.problems) if slot.matches(p.path)]
            shown.update(mine)
            show_problems(slot.label, [text.problem_message(self.problems[i]) for i in mine] if slot.touched else [])
        rest = [p for i, p in enumerate(self.problems) if i not in shown]
        touched = any(slot.touched for slot in slots)
        show_problems(self.general_error, [p.english() for p in rest] if touched else [])
        self.save_button.setEnabled(not self.problems and not self.is_blank())

    def is_blank(self) -> bool:
        """True while there is nothing worth saving (an editor whose fields are all optional says when)."""
        return False

    def touch_all(self) -> None:
        for slot in self._slots + self.extra_slots():
            slot.touched = True
        self._show()

    # -- saving, drafts, cancel ---------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Write the entry (and any client created on the fly); close when it worked."""
        if self.validate():
            self.touch_all()
            return False
        if self.is_blank():
            return False
        try:
            records = save_together(self.journal, self.collect())
        except InvalidInput as exc:
            self.problems = exc.problems
            self.touch_all()
            return False
        except Exception as exc:  # noqa: BLE001 - a disk or database failure, told to the user
            show_problems(self.general_error, [self.tr("Could not save: %1").replace("%1", str(exc))])
            return False
        self.entity_id = records[-1].id
        self._draft_timer.stop()
        self._forget_draft()
        self._dirty = False
        self.saved.emit(self.kind, self.entity_id)
        self.accept()
        return True

    def save_draft_now(self) -> None:
        if not self._dirty:
            return
        payload = {"state": self.state(), "title": self.draft_title()}
        try:
            drafts.save_draft(self.journal, self.draft_id, self.kind, payload, self.entity_id)
        except Exception:  # noqa: BLE001 - a draft is a safety net; typing goes on regardless
            self.draft_status.setText(self.tr("Could not keep a draft"))
            return
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.draft_status.setText(self.tr("Draft kept at %1").replace("%1", when))

    def keep_draft_for_lock(self) -> None:
        """Write what the editor holds as a draft now, before the idle lock drops the journal's key."""
        self._draft_timer.stop()
        self.save_draft_now()

    def close_keeping_draft(self) -> None:
        """Close without a question and without forgetting the draft (offered again at the next start)."""
        self._draft_timer.stop()
        self._dirty = False
        super().reject()

    def _forget_draft(self) -> None:
        with contextlib.suppress(Exception):  # a stale draft is offered again at the next start
            drafts.discard_draft(self.journal, self.draft_id)

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"), "", parent=self)
        box.setText(self.tr("You have changed this entry. Close without saving?"))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        self._draft_timer.stop()
        self._forget_draft()
        self._dirty = False
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self.parent() is not None:
            self.deleteLater()


EditorFactory = Callable[..., EditorDialog]
