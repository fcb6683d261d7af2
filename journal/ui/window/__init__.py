"""The main window: its frame and sidebar, its actions and menus, and undo."""
