"""File → Export…: choose what (whole journal, a period, one client, the weekly review) and how
(PDF, JSON, CSV), then export on a worker thread with a progress dialog that can cancel.

The exporters write to a temporary file and rename it when done, so Cancel or a failure leaves
no file. When the export is done, the dialog says where it went and offers to open it.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.services import capture, csv_export, interchange, report
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings
from journal.ui.qt_dates import pydate
from journal.ui.widgets.one_stop import one_tab_stop_everywhere
from journal.ui.workers import Worker

FORMATS = ("pdf", "json", "csv")
_running: set[Worker] = set()  # workers still on the pool outlive a dialog closed meanwhile


def settle_heap() -> None:
    """Collect garbage now and move what survives out of the collector's sight (gc.freeze).

    An export allocates many objects on its worker; a full collection there walks the whole
    heap (Qt wrappers, SQLAlchemy, the window) while holding the interpreter, which stalled the
    GUI thread for 70-90 ms in the benchmark. Done when the dialog opens, the later collections
    see only new objects (about 20 ms at most); `release_heap` hands them back when it closes.
    """
    gc.collect()
    gc.freeze()


def release_heap() -> None:
    """Undo `settle_heap`: what was frozen can be collected again once it becomes garbage."""
    gc.unfreeze()


def keep_until_finished(worker: Worker) -> None:
    """Hold a reference to `worker` until its `finished` signal (the pool does not own it)."""
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))


def show_export_dialog(journal: Journal, parent: QWidget) -> ExportDialog:
    """File → Export…: a window-modal dialog that deletes itself when closed."""
    dialog = ExportDialog(journal, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def error_style(widget: QWidget) -> str:
    """A red that reads on the light and the dark palette (the message also starts with ⚠)."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return f"color: {'#ff8a80' if dark else '#b3261e'}; font-weight: bold;"


SCOPES = ("all", "range", "client", "weekly")


def _run_pdf(journal: Journal, path: Path, scope: report.Scope, progress, cancelled):  # noqa: ANN001, ANN202
    from journal.export.pdf import export_pdf

    return export_pdf(journal, path, scope, progress=progress, cancelled=cancelled)


class ExportDialog(QDialog):
    """Scope, format and file; Export runs the exporter on the thread pool."""

    exported = Signal(str)  # the file written

    def __init__(self, journal: Journal, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.journal = journal
        self.today = today or date.today()
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)  # room for a whole path
        settle_heap()
        self._build()
        self._scope_changed()

    # --- building ---

    def _build(self) -> None:
        form = QFormLayout()
        self.scope_box = QComboBox()
        for key, text in zip(
            SCOPES,
            (
                self.tr("Whole journal"),
                self.tr("A period"),
                self.tr("One client"),
                self.tr("Weekly review (last 7 days)"),
            ),
            strict=True,
        ):
            self.scope_box.addItem(text, key)
        form.addRow(self.tr("&What:"), self.scope_box)

        self.date_from = QDateEdit(QDate(self.today.year, self.today.month, 1))
        self.date_to = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._validate)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.dates_row = QWidget()
        self.dates_row.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Period:"), self.dates_row)
        self._buddy(form, self.dates_row, self.date_from)

        self.client_box = QComboBox()
        for client in capture.list_clients(self.journal, include_archived=True):
            self.client_box.addItem(client.name, client.id)
        form.addRow(self.tr("&Client:"), self.client_box)

        self.format_group = QButtonGroup(self)
        formats = QHBoxLayout()
        for index, text in enumerate(("PDF", "JSON", "CSV")):
            button = QRadioButton(text)
            self.format_group.addButton(button, index)
            formats.addWidget(button)
        formats.addStretch()
        self.format_group.button(0).setChecked(True)
        self.format_group.idToggled.connect(lambda *_: self._format_changed())
        form.addRow(self.tr("Format:"), formats)

        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._validate)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)  # Enter exports, wherever the focus is; it never opens the chooser
        choose.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(choose)
        form.addRow(self.tr("&Save to:"), where)
        self._buddy(form, where, self.path_edit)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_result)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        self.plain_note = QLabel()  # issue-13: exports are never encrypted
        self.plain_note.setObjectName("plain_note")
        self.plain_note.setWordWrap(True)
        if self.journal.key is not None:
            self.plain_note.setText(
                self.tr("The journal is encrypted, but an export is a plain file: anyone who gets it can read it.")
            )
        else:
            self.plain_note.setText(self.tr("An export is a plain file: anyone who gets it can read it."))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.plain_note)
        layout.addWidget(self.message)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        self.client_box.currentIndexChanged.connect(self._suggest_path)
        one_tab_stop_everywhere(self)
        for push in self.findChildren(QPushButton):  # Enter exports, whichever field has the focus
            push.setAutoDefault(push is self.export_button)

    @staticmethod
    def _buddy(form: QFormLayout, field: QWidget | QLayout, buddy: QWidget) -> None:
        """The row's label (its mnemonic) moves the focus to `buddy`."""
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(buddy)

    # --- state ---

    def scope_key(self) -> str:
        return self.scope_box.currentData()

    def format_key(self) -> str:
        return FORMATS[self.format_group.checkedId()]

    def _scope_changed(self) -> None:
        key = self.scope_key()
        self.dates_row.setEnabled(key == "range")
        self.client_box.setEnabled(key == "client")
        for index in (1, 2):  # the weekly review is a PDF only
            self.format_group.button(index).setEnabled(key != "weekly")
        if key == "weekly":
            self.format_group.button(0).setChecked(True)
        self._suggest_path()

    def _format_changed(self) -> None:
        self._suggest_path()

    def _suggest_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        remembered = AppSettings().export_folder
        if remembered and Path(remembered).is_dir():
            folder = remembered
        current = self.path_edit.text().strip()
        if current:
            folder = str(Path(current).parent)
        name = {"all": "rapport", "range": "rapport-period", "client": "rapport-client", "weekly": "rapport-weekly"}
        stem = f"{name[self.scope_key()]}-{self.today.isoformat()}"
        self.path_edit.setText(str(Path(folder) / f"{stem}.{self.format_key()}"))

    def _choose_path(self) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "json": self.tr("JSON (*.json)"), "csv": self.tr("CSV (*.csv)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), filters[self.format_key()]
        )
        if chosen:
            self.path_edit.setText(chosen)

    def problem(self) -> str:
        """What stops the export, in words for the message beside the fields ("" when nothing)."""
        if self.scope_key() == "range" and self.date_from.date() > self.date_to.date():
            return self.tr("The period starts after it ends.")
        if self.scope_key() == "client" and self.client_box.currentData() is None:
            return self.tr("There is no client to export yet.")
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the file.")
        path = Path(text)
        if path.suffix.lower() != f".{self.format_key()}":
            return self.tr("The file name must end in .%1.").replace("%1", self.format_key())
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(not problem and self.worker is None)
        self.message.setStyleSheet(error_style(self) if problem else "")
        self.message.setText(f"\u26a0 {problem}" if problem else "")
        if problem:
            self.open_button.hide()

    # --- running ---

    def scope(self) -> report.Scope:
        key = self.scope_key()
        start, end = pydate(self.date_from.date()), pydate(self.date_to.date())
        if key == "range":
            return report.Scope("range", date_from=start, date_to=end)
        if key == "client":
            return report.Scope("client", client_id=self.client_box.currentData())
        if key == "weekly":
            return report.Scope("weekly", as_of=self.today)
        return report.Scope()

    def start(self) -> None:
        self._validate()
        if not self.export_button.isEnabled():
            return
        path = Path(self.path_edit.text().strip())
        scope = self.scope()
        if self.format_key() == "pdf":
            self.worker = Worker(_run_pdf, self.journal, path, scope)
        else:
            flat = interchange.Scope(client_id=scope.client_id, date_from=scope.date_from, date_to=scope.date_to)
            writer = interchange.export_json if self.format_key() == "json" else csv_export.export_csv
            self.worker = Worker(writer, self.journal, path, flat)
        self.target = path
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.worker.cancel)
        signals = self.worker.signals
        signals.progress.connect(self._progress)
        signals.result.connect(self._done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        signals.finished.connect(self._finished)
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.message.setText("")
        self.progress.show()
        keep_until_finished(self.worker)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(min(99, done * 100 // total))

    def _done(self, _value: object) -> None:
        self.written = self.target
        AppSettings().export_folder = str(Path(self.target).parent)  # the next export starts there
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved to %1").replace("%1", str(self.target)))
        self.open_button.show()
        self.exported.emit(str(self.target))

    def _failed(self, detail: str) -> None:
        self.message.setStyleSheet(error_style(self))
        self.message.setText("\u26a0 " + self.tr("The export failed: %1").replace("%1", detail))

    def _cancelled(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Export cancelled; no file was written."))

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        self._validate_keep_message()

    def _validate_keep_message(self) -> None:
        self.export_button.setEnabled(not self.problem())

    def open_result(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        release_heap()
