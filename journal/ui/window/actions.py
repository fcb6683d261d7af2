"""The main window's actions, menus and shortcuts, in one place so they are named and translated together.

Every command of the window is a QAction here (with its shortcut and accessible text), put in
the menu bar and, for capture, in the toolbar; keyboard users reach all of them through the
menus (Alt+letter) or the shortcuts. `retranslate()` renames everything after a language switch.

The actions know the window only through `WindowCommands`, the commands they trigger, so this
module does not import the main window (which builds them).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

PAGE_KEYS = ("today", "journal", "clients", "incidents", "insights", "settings")


class WindowCommands(Protocol):
    """What the window's actions trigger (the main window provides all of it)."""

    undo_stack: QUndoStack
    leave_sample_requested: SignalInstance

    def import_file(self) -> None: ...
    def export_file(self) -> None: ...
    def backup_now(self) -> None: ...
    def close(self) -> bool: ...
    def open_editor(
        self, kind: str, entity_id: str | None = None, preset: dict[str, Any] | None = None
    ) -> QWidget | None: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def focus_search(self) -> None: ...
    def show_page(self, key: str, *, focus: bool = False) -> None: ...
    def about(self) -> None: ...
    def page_title(self, key: str) -> str: ...


class WindowActions(QObject):
    """QActions of the main window and the menus that hold them."""

    def __init__(self, window: QMainWindow, commands: WindowCommands):
        super().__init__(window)
        self.commands = commands
        w, c = window, commands

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

        self.import_file = action(None, c.import_file, "import")
        self.export_file = action("Ctrl+Shift+E", c.export_file, "export")  # issue-6
        self.backup_now = action(None, c.backup_now, "backup_now")
        self.leave_sample = action(None, c.leave_sample_requested.emit, "leave_sample")
        self.quit = action(QKeySequence.StandardKey.Quit, c.close, "quit")
        self.new_interaction = action("Ctrl+N", lambda: c.open_editor("interaction"), "new_interaction")
        self.new_gratitude = action("Ctrl+G", lambda: c.open_editor("gratitude"), "new_gratitude")
        self.new_lesson = action("Ctrl+L", lambda: c.open_editor("lesson"), "new_lesson")
        self.new_client = action("Ctrl+Shift+N", lambda: c.open_editor("client"), "new_client")
        self.edit = action("Ctrl+E", c.edit_selected, "edit")
        self.delete = action(QKeySequence.StandardKey.Delete, c.delete_selected, "delete")
        self.undo = c.undo_stack.createUndoAction(w)
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = c.undo_stack.createRedoAction(w)
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.find = action(QKeySequence.StandardKey.Find, c.focus_search, "find")
        self.pages = {
            key: action(f"Ctrl+{n}", lambda _=False, k=key: c.show_page(k, focus=True), f"page_{key}")
            for n, key in enumerate(PAGE_KEYS, start=1)
        }
        self.about = action(None, c.about, "about")
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
            act.setText(self.commands.page_title(key))
