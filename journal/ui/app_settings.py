"""The app's own settings (not the journal's): language, theme, window geometry, last page, first run.

Kept with QSettings in an INI file under the platform's user configuration folder, so tests
point it at a temporary folder with `QSettings.setPath`. Values are read and written through
typed properties; nothing else in the UI touches QSettings directly.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from journal import i18n
from journal.paths import APP_NAME

LANGUAGES = ("system", "en", "ru")
THEMES = ("system", "light", "dark")


class AppSettings:
    """Typed access to the user's application settings."""

    def __init__(self, store: QSettings | None = None):
        self._s = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)

    def _text(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._s.value(key, default)
        value = str(value) if value is not None else default
        return value if allowed is None or value in allowed else default

    def _flag(self, key: str) -> bool:
        return str(self._s.value(key, "false")).lower() in ("true", "1")

    @property
    def language(self) -> str:
        return self._text(i18n.SETTING, "system", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue(i18n.SETTING, value if value in LANGUAGES else "system")

    @property
    def theme(self) -> str:
        return self._text("ui/theme", "system", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def export_folder(self) -> str:
        """The folder the last export went to ("" before the first)."""
        return self._text("export/folder", "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._s.setValue("export/folder", value)

    @property
    def last_page(self) -> str:
        return self._text("window/last_page", "journal")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._s.setValue("window/last_page", value)

    @property
    def welcome_done(self) -> bool:
        return self._flag("start/welcome_done")

    @welcome_done.setter
    def welcome_done(self, value: bool) -> None:
        self._s.setValue("start/welcome_done", bool(value))

    @property
    def demo_mode(self) -> bool:
        return self._flag("start/demo_mode")

    @demo_mode.setter
    def demo_mode(self, value: bool) -> None:
        self._s.setValue("start/demo_mode", bool(value))

    # -- reminders outside the window (issue 14: tray, notifications, calendar file) ------------
    @property
    def keep_in_tray(self) -> bool | None:
        """Keep running in the tray when the window is closed; None until the person was asked."""
        value = self._s.value("tray/keep_running")
        return None if value is None else str(value).lower() in ("true", "1")

    @keep_in_tray.setter
    def keep_in_tray(self, value: bool | None) -> None:
        if value is None:
            self._s.remove("tray/keep_running")
        else:
            self._s.setValue("tray/keep_running", bool(value))

    @property
    def notices_enabled(self) -> bool:
        return str(self._s.value("notify/enabled", "true")).lower() in ("true", "1")

    @notices_enabled.setter
    def notices_enabled(self, value: bool) -> None:
        self._s.setValue("notify/enabled", bool(value))

    @property
    def notice_time(self) -> str:
        """The time of day notifications may start, "HH:MM" (default 09:00)."""
        value = self._text("notify/daily_at", "09:00")
        return value if len(value) == 5 and value[2] == ":" and value.replace(":", "").isdigit() else "09:00"

    @notice_time.setter
    def notice_time(self, value: str) -> None:
        self._s.setValue("notify/daily_at", value)

    @property
    def weekly_day(self) -> int:
        """The weekday of the weekly notification, Monday = 0 (default Friday); -1 when off."""
        try:
            value = int(str(self._s.value("notify/weekly_day", 4)))
        except ValueError:
            return 4
        return value if -1 <= value <= 6 else 4

    @weekly_day.setter
    def weekly_day(self, value: int) -> None:
        self._s.setValue("notify/weekly_day", int(value))

    def json_value(self, key: str) -> str:
        """A JSON text kept by the reminders (notification state, calendar file signature)."""
        return self._text(key, "")

    def set_json_value(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    @property
    def calendar_file(self) -> str:
        return self._text("calendar/file", "")

    @calendar_file.setter
    def calendar_file(self, value: str) -> None:
        self._s.setValue("calendar/file", value)

    @property
    def lock_after_minutes(self) -> int:
        """Lock an encrypted journal after this many idle minutes; 0 (the default) never."""
        value = str(self._s.value("privacy/lock_after_minutes", "0"))
        return int(value) if value.isdigit() else 0

    @lock_after_minutes.setter
    def lock_after_minutes(self, value: int) -> None:
        self._s.setValue("privacy/lock_after_minutes", max(0, int(value)))

    @property
    def remember_passphrase(self) -> bool:
        """The user ticked "Remember on this computer" (the passphrase itself is in the keychain only)."""
        return self._flag("privacy/remember_passphrase")

    @remember_passphrase.setter
    def remember_passphrase(self, value: bool) -> None:
        self._s.setValue("privacy/remember_passphrase", bool(value))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._s.sync()
