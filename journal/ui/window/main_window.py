"""The main window: sidebar, page stack, search field, menus, status bar, and undoable deletes.

It owns navigation between pages (`show_page`), the one search field (Ctrl+F) that filters the
Journal page as you type, opening editors (`open_editor`, delegating to `journal.ui.editors`),
deleting with a single confirmation and undo (Ctrl+Z) through its `undo_stack`, and telling
every page when the journal changed (`journal_changed`). Size, splitters and the last page
are remembered in the app settings.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journal.services import backup, capture, timeline
from journal.services.timeline import TimelineFilter
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings
from journal.ui.pages.journal import JournalPage
from journal.ui.widgets.after_trouble import AfterTroubleBar
from journal.ui.window.actions import PAGE_KEYS, WindowActions
from journal.ui.window.undo import DeleteCommand
from journal.ui.workers import Worker

if TYPE_CHECKING:
    from journal.ui.editors.base import EditorDialog


class _Pages(dict):
    """The window's pages by key; a page not built yet is built on first use."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        page = self._build(key)
        self[key] = page
        return page


def _clients_page(journal: Journal, window: MainWindow) -> QWidget:
    from journal.ui.pages.clients import ClientsPage

    return ClientsPage(journal, window)


class _FirstPaint(QObject):
    """Calls the window's `finish_start` once the timeline has been painted for the first time."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._window.finish_start)
        return False


class MainWindow(QMainWindow):
    """Rapport's main window over one open journal."""

    journal_changed = Signal()  # after any write to the journal
    reminders: QObject  # the tray, notifications and calendar (journal.ui.window.reminders.attach)
    leave_sample_requested = Signal()  # the user wants their own journal instead of the sample

    def __init__(self, journal: Journal, settings: AppSettings, *, sample: bool = False, daily_backup: bool = True):
        super().__init__()
        self.journal = journal
        self.settings = settings
        self.daily_backup = daily_backup  # off for the self-test, which must leave a data folder as it was
        self.sample = sample
        self.undo_stack = QUndoStack(self)
        self._count_generation = 0
        self._count_workers: list[Worker] = []
        # One long-lived counting thread: the journal keeps one reader connection per thread, so
        # short-lived pool threads would each leave a connection (and its cache) behind.
        self._count_pool = QThreadPool(self)
        self._count_pool.setMaxThreadCount(1)
        self._count_pool.setExpiryTimeout(-1)
        self._editors: list[QWidget] = []
        self.setObjectName("main_window")
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = _Pages(self._build_page)
        for key in PAGE_KEYS:
            self.stack.addWidget(QWidget(self.stack))  # a slot; the page is built when first needed
            item = QListWidgetItem(self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.pages["journal"] = self._build_page("journal")
        self.started = False  # the other pages and lists are built once the first page is painted
        self.sidebar.setSpacing(2)
        self.sidebar.setMinimumWidth(140)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 6px 8px; }")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.after_trouble = AfterTroubleBar(journal, self.open_editor, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.after_trouble)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.addToolBar(self.toolbar)
        self.actions_ = WindowActions(self, self)
        for act in (self.actions_.new_interaction, self.actions_.new_gratitude, self.actions_.new_lesson):
            self.toolbar.addAction(act)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(120)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.count_label)
        from journal.ui.widgets.hidden_notice import HiddenNotice

        self.hidden_notice = HiddenNotice(self)
        self.hidden_notice.show_requested.connect(self.show_hidden_entry)
        self.statusBar().addWidget(self.hidden_notice, 1)
        self.actions_.leave_sample.setVisible(sample)
        self.read_only_label: QLabel | None = None
        if journal.read_only:
            self._go_read_only()
        self.journal_page.edit_requested.connect(self.open_editor)
        self.journal_page.delete_requested.connect(self.confirm_delete)
        self.journal_page.filter_applied.connect(self._update_count)
        self.journal_page.model.modelReset.connect(self._update_count)
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._search_return)
        self.sidebar.currentRowChanged.connect(lambda row: self.show_page(PAGE_KEYS[row]) if row >= 0 else None)
        self.journal_changed.connect(self.journal_page.refresh)
        self.journal_changed.connect(self._update_count)
        self.setTabOrder(self.search, self.sidebar)
        self.setTabOrder(self.sidebar, self.journal_page.filters.client)
        self.retranslate()
        self.apply_icons()
        self._restore_state()
        from journal.ui.window.idle_lock import IdleLock  # issue-13: lock after N idle minutes (off by default)

        self.idle_lock = IdleLock(self, settings.lock_after_minutes)

    # -- pages -------------------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        """Construct one page and put it in its slot of the stack."""
        journal = self.journal
        if key == "journal":
            page: QWidget = JournalPage(journal, self)
        elif key == "today":
            from journal.ui.pages.today import TodayPage

            page = TodayPage(journal, self)
        elif key == "clients":
            page = _clients_page(journal, self)
        elif key == "incidents":
            from journal.ui.pages.incidents import IncidentsPage

            page = IncidentsPage(journal, self)
            page.form.resolved.connect(self.after_trouble.incident_resolved)
        elif key == "insights":
            from journal.ui.pages.insights import InsightsPage

            page = InsightsPage(journal, self)
        else:
            from journal.ui.pages.settings import SettingsPage

            page = SettingsPage(journal, self.settings, self)
        index = PAGE_KEYS.index(key)
        slot = self.stack.widget(index)  # the placeholder put there in __init__
        was_current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        if slot is not None:
            self.stack.removeWidget(slot)
            slot.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(index)
        return page

    def finish_start(self) -> None:
        """After the first paint: the remaining pages, the filter lists, the entry count."""
        if self.started:
            return
        self.started = True
        self.journal_page.filters.reload_lists()
        for key in PAGE_KEYS:
            self.pages[key]  # noqa: B018 - builds the page
        self._update_count()
        if self.daily_backup:
            from journal.ui.pages.backups_panel import start_auto_backup  # after the first paint, not before

            worker = start_auto_backup(self.journal.folder, date.today(), self.journal.key)
            worker.signals.failed.connect(self._backup_failed)

    def _backup_failed(self, reason: str) -> None:
        message = self.tr("The daily backup failed: %1").replace("%1", reason)
        self.statusBar().showMessage(message, 15000)

    @property
    def journal_page(self) -> JournalPage:
        return self.pages["journal"]  # type: ignore[return-value]

    def page_title(self, key: str) -> str:
        return {
            "today": self.tr("Today"),
            "journal": self.tr("Journal"),
            "clients": self.tr("Clients"),
            "incidents": self.tr("Incidents"),
            "insights": self.tr("Insights"),
            "settings": self.tr("Settings"),
        }[key]

    def current_page(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def show_page(self, key: str, *, focus: bool = False) -> None:
        """Show one page (keyed as in `self.pages`) and select it in the sidebar."""
        if key not in PAGE_KEYS:
            key = "journal"
        self.stack.setCurrentWidget(self.pages[key])
        row = PAGE_KEYS.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        self.settings.last_page = key
        self.count_label.setVisible(key == "journal")  # "17 found" is about the Journal's list only
        if focus:
            if key == "journal":
                self.journal_page.focus_list()
            else:
                self.pages[key].setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.pages[key].focusNextChild()

    def show_journal(self, flt: TimelineFilter) -> None:
        """The Journal page showing exactly this filter (used by other pages' "see the entries")."""
        self.search.setText(flt.text)
        self.show_page("journal")
        self.journal_page.set_filter(flt)

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_page("journal")
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_edited(self, text: str) -> None:
        if self.current_page() != "journal":
            self.show_page("journal")
        self.journal_page.set_search_text(text)

    def _search_return(self) -> None:
        self.journal_page.apply_filter()
        self.journal_page.focus_list()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            self.journal_page.set_search_text("")
            return
        super().keyPressEvent(event)

    def _update_count(self) -> None:
        """Count what the Journal shows, on a worker: a search over 100,000 entries must not wait for it."""
        flt = self.journal_page.model.filter
        self._count_generation += 1
        generation, journal = self._count_generation, self.journal
        worker = Worker(lambda progress, cancelled: timeline.count(journal, flt))
        worker.signals.result.connect(lambda total: self._show_count(total, flt, generation))
        worker.signals.finished.connect(lambda w=worker: self._count_workers.remove(w))
        self._count_workers.append(worker)
        self._count_pool.start(worker)

    def _show_count(self, total: int, flt: TimelineFilter, generation: int) -> None:
        if generation != self._count_generation or not shiboken6.isValid(self.count_label):
            return  # a newer filter is being counted, or the window was closed while counting
        text = QLocale().toString(total)
        english_one = total == 1 and QLocale().language() != QLocale.Language.Russian
        if flt == TimelineFilter():
            label = self.tr("1 entry") if english_one else self.tr("%n entries", "", total)
        else:
            label = self.tr("%n found", "", total)
        self.count_label.setText(label.replace(str(total), text))

    # -- editing -----------------------------------------------------------------------------
    def _go_read_only(self) -> None:
        """A journal that cannot be written: say so for good, and offer no way to change it."""
        a = self.actions_
        for act in (a.import_file, a.new_interaction, a.new_gratitude, a.new_lesson, a.new_client, a.edit, a.delete,
                    a.undo, a.redo):  # fmt: skip
            act.setEnabled(False)
        self.read_only_label = QLabel(self.tr("Read-only: changes are not saved"), self)
        self.read_only_label.setObjectName("read_only")
        self.statusBar().addPermanentWidget(self.read_only_label)

    def open_editor(
        self, kind: str, entity_id: str | None = None, preset: dict[str, Any] | None = None
    ) -> QWidget | None:
        """Open the editor for a kind (new when no id); returns the dialog, or None if unavailable."""
        if self.journal.read_only:
            self.statusBar().showMessage(self.tr("Read-only: changes are not saved"), 5000)
            return None
        if kind == "incident" and entity_id is not None:  # incidents are worked through on their own page
            self.show_page("incidents")
            self.pages["incidents"].open_incident(entity_id)  # type: ignore[attr-defined]
            return None
        from journal.ui.editors import open_editor

        try:
            dialog = open_editor(self.journal, kind, entity_id, preset, self)
        except (KeyError, ValueError):
            self.statusBar().showMessage(self.tr("This kind of entry cannot be edited here."), 5000)
            return None
        dialog.saved.connect(self._saved)
        if hasattr(dialog, "lesson_requested"):  # «What was the lesson?» opens a lesson editor of its own
            dialog.lesson_requested.connect(lambda _id, d=dialog: d.lesson_editor.saved.connect(self._saved))
        dialog.finished.connect(lambda _r, d=dialog: self._editors.remove(d) if d in self._editors else None)
        self._editors.append(dialog)
        return dialog

    def restore_drafts(self) -> list[EditorDialog]:
        """Offer each draft an editor left unsaved (after a crash or a forced quit); returns the editors reopened."""
        from journal.ui.editors.drafts import offer_restore

        editors = offer_restore(self.journal, self)
        for dialog in editors:
            dialog.saved.connect(self._saved)
            self._editors.append(dialog)
        return editors

    def _saved(self, kind: str, entity_id: str) -> None:
        self.journal_changed.emit()
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        if kind != "client":
            shown = self.journal_page.select(kind, entity_id)
            if not shown and self.journal_page.current_filter() != TimelineFilter():
                self.statusBar().clearMessage()  # a message would cover the notice, which says "Saved" itself
                self.hidden_notice.announce(kind, entity_id)  # "Saved — hidden by the filters · Show it"
        self.after_trouble.consider(kind, entity_id)

    def show_hidden_entry(self, kind: str, entity_id: str) -> None:
        """ "Show it": no filters, no search, the Journal with the entry selected."""
        self.search.clear()
        self.show_journal(TimelineFilter())
        self.journal_page.select(kind, entity_id)
        self.journal_page.focus_list()

    def edit_selected(self) -> None:
        page = self.pages[self.current_page()]
        entry = self.journal_page.selected_entry() if page is self.journal_page else None
        if entry is not None:
            self.open_editor(entry.kind, entry.id)

    def delete_selected(self) -> None:
        if self.current_page() == "journal":
            entry = self.journal_page.selected_entry()
            if entry is not None:
                self.confirm_delete(entry.kind, entry.id)

    def confirm_delete(self, kind: str, entity_id: str) -> QMessageBox:
        """Ask once, naming what will go, then delete through the undo stack."""
        from journal.ui.dialogs import confirm_delete

        back_to = self.journal_page.view if self.current_page() == "journal" else self.stack.currentWidget()
        return confirm_delete.ask(
            self, self.journal, kind, entity_id, lambda: self.delete_entry(kind, entity_id), back_to
        )

    def delete_entry(self, kind: str, entity_id: str) -> None:
        """Delete now, undoably (no question asked)."""
        if self.journal.read_only:
            self.statusBar().showMessage(self.tr("Read-only: changes are not saved"), 5000)
            return
        row = self.journal_page.view.currentIndex().row()
        journal = self.journal
        # a client with hundreds of entries: the delete (a few batched statements) runs on a worker
        worker = Worker(lambda progress, cancelled: capture.delete(journal, kind, entity_id))
        worker.signals.result.connect(lambda removed: self._deleted(kind, entity_id, removed, row))
        worker.signals.failed.connect(
            lambda text: self.statusBar().showMessage(self.tr("Could not delete: %1").replace("%1", text), 8000)
        )
        worker.signals.finished.connect(lambda w=worker: self._count_workers.remove(w))
        self._count_workers.append(worker)
        self.statusBar().showMessage(self.tr("Deleting…"))
        worker.start()

    def _deleted(self, kind: str, entity_id: str, removed: dict[str, list[dict[str, Any]]], row: int) -> None:
        if not shiboken6.isValid(self.journal_page):
            return  # the window closed while the worker deleted
        self.undo_stack.push(DeleteCommand(self.journal, kind, entity_id, self.journal_changed.emit, removed))
        self.statusBar().showMessage(self.tr("Deleted. Press Ctrl+Z to undo."), 8000)
        model = self.journal_page.model
        for candidate in (row, row - 1, row + 1, row - 2):
            if model.entry_at(candidate) is not None:
                self.journal_page.view.setCurrentIndex(model.index(candidate))
                break

    # -- file --------------------------------------------------------------------------------
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a journal"), "", self.tr("Rapport journal (*.json)")
        )
        if path:
            self.show_page("settings")
            self.pages["settings"].run_import(path)  # type: ignore[attr-defined]

    def export_file(self) -> None:
        from journal.ui.dialogs.export import ExportDialog

        dialog = ExportDialog(self.journal, self)
        dialog.open()

    def backup_now(self) -> None:
        self.pages["settings"].backup_now()  # type: ignore[attr-defined]

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            self.tr("Rapport keeps a journal of your client work and warns you early, with reasons, of burnout."),
        )

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal.folder)))

    # -- language, state ---------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Sample journal — Rapport") if self.sample else self.tr("Rapport")
        self.setWindowTitle(title)
        for row, key in enumerate(PAGE_KEYS):
            item = self.sidebar.item(row)
            item.setText(self.page_title(key))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.search.setPlaceholderText(self.tr("Search the journal (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.toolbar.setWindowTitle(self.tr("Capture"))
        self.actions_.retranslate()
        if self.count_label.text():
            self._update_count()

    def apply_icons(self) -> None:
        """The sidebar's and the capture actions' icons, in the colours of the palette in force."""
        from journal.ui import icons

        palette = self.palette()
        for row, key in enumerate(PAGE_KEYS):
            self.sidebar.item(row).setIcon(icons.icon(key, palette))
        a = self.actions_
        for act, name in ((a.new_interaction, "interaction"), (a.new_gratitude, "gratitude"), (a.new_lesson, "lesson"),
                          (a.new_client, "client-new"), (a.export_file, "export")):  # fmt: skip
            act.setIcon(icons.icon(name, palette))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_icons()  # a theme switch: the outlines follow the text colour
        super().changeEvent(event)

    def _restore_state(self) -> None:
        geometry = self.settings.geometry("main_window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        for splitter in (self.splitter, self.journal_page.splitter):
            state = self.settings.geometry(splitter.objectName())
            if state is not None:
                splitter.restoreState(state)
        if self.settings.geometry("main_splitter") is None:
            self.splitter.setSizes([170, 1000])
        if self.settings.geometry("journal_splitter") is None:
            self.journal_page.splitter.setSizes([640, 360])
        self.show_page(self.settings.last_page)
        self._first_paint = _FirstPaint(self)
        self.journal_page.view.viewport().installEventFilter(self._first_paint)
        QTimer.singleShot(800, self.finish_start)  # in case the journal page is not the one shown

    def save_state(self) -> None:
        self.settings.set_geometry("main_window", self.saveGeometry())
        for splitter in (self.splitter, self.journal_page.splitter):
            self.settings.set_geometry(splitter.objectName(), splitter.saveState())
        self.settings.last_page = self.current_page()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self._count_pool.waitForDone(2000)
        # At most one a day, at start or quit; a failure leaves the journal untouched, and the
        # next start tries again and says so.
        if self.daily_backup:
            with suppress(backup.BackupError):
                backup.auto_backup(self.journal.folder, date.today(), self.journal.key)
        super().closeEvent(event)
