"""The main window's actions, menus and shortcuts, in one place so they are named and translated together.

Every command of the window is a QAction here (with its shortcut and accessible text), put in
the menu bar and, for capture, in the toolbar; keyboard users reach all of them through the
menus (Alt+letter) or the shortcuts. `retranslate()` renames everything after a language switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from journal.ui.window.main_window import MainWindow

PAGE_KEYS = ("today", "journal", "clients", "incidents", "insights", "settings")


class WindowActions(QObject):
    """QActions of the main window and the menus that hold them."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        w = window

        def action(shortcut: QKeySequence.StandardKey | str | None, slot, name: str) -> QAction:  # noqa: ANN001
            act = QAction(w)
            act.setObjectName(name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)  # every binding of the platform (e.g. Ctrl+Y and Ctrl+Shift+Z)
            elif shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            w.addAction(act)
            return act

        self.import_file = action(None, w.import_file, "import")
        self.export_file = action("Ctrl+Shift+E", w.export_file, "export")  # issue-6
        self.backup_now = action(None, w.backup_now, "backup_now")
        self.leave_sample = action(None, w.leave_sample_requested.emit, "leave_sample")
        self.quit = action(QKeySequence.StandardKey.Quit, w.close, "quit")
        self.new_interaction = action("Ctrl+N", lambda: w.open_editor("interaction"), "new_interaction")
        self.new_gratitude = action("Ctrl+G", lambda: w.open_editor("gratitude"), "new_gratitude")
        self.new_lesson = action("Ctrl+L", lambda: w.open_editor("lesson"), "new_lesson")
        self.new_client = action("Ctrl+Shift+N", lambda: w.open_editor("client"), "new_client")
        self.edit = action("Ctrl+E", w.edit_selected, "edit")
        self.delete = action(QKeySequence.StandardKey.Delete, w.delete_selected, "delete")
        self.undo = w.undo_stack.createUndoAction(w)
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = w.undo_stack.createRedoAction(w)
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.find = action(QKeySequence.StandardKey.Find, w.focus_search, "find")
        self.pages = {
            key: action(f"Ctrl+{n}", lambda _=False, k=key: w.show_page(k, focus=True), f"page_{key}")
            for n, key in enumerate(PAGE_KEYS, start=1)
        }
        self.about = action(None, w.about, "about")
        bar = w.menuBar()
        self.file_menu = QMenu(w)
        self.file_menu.addAction(self.import_file)
        self.file_menu.addAction(self.export_file)  # issue-6
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_now)
        self.file_menu.addAction(self.leave_sample)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.entry_menu = QMenu(w)
        for act in (self.new_interaction, self.new_gratitude, self.new_lesson, self.new_client):
            self.entry_menu.addAction(act)
        self.entry_menu.addSeparator()
        for act in (self.edit, self.delete, self.undo, self.redo):
            self.entry_menu.addAction(act)
        self.view_menu = QMenu(w)
        self.view_menu.addAction(self.find)
        self.view_menu.addSeparator()
        for act in self.pages.values():
            self.view_menu.addAction(act)
        self.help_menu = QMenu(w)
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.entry_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        self.delete.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.entry_menu.setTitle(self.tr("&Entry"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_file.setText(self.tr("&Import…"))
        self.export_file.setText(self.tr("&Export…"))
        self.backup_now.setText(self.tr("&Back up now"))
        self.leave_sample.setText(self.tr("&Leave the sample journal"))
        self.quit.setText(self.tr("&Quit"))
        self.new_interaction.setText(self.tr("New &interaction…"))
        self.new_gratitude.setText(self.tr("New &gratitude note…"))
        self.new_lesson.setText(self.tr("New &lesson…"))
        self.new_client.setText(self.tr("New &client…"))
        self.edit.setText(self.tr("&Edit selected…"))
        self.delete.setText(self.tr("&Delete selected"))
        self.find.setText(self.tr("&Search the journal"))
        self.about.setText(self.tr("&About Rapport"))
        for key, act in self.pages.items():
            act.setText(self.window.page_title(key))
