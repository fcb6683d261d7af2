"""The tray icon and its menu driven as a person would, closing to the tray, and "Start Rapport
when I log in": for real on Linux (the autostart file), and by what is written on macOS
(the LaunchAgent plist) and Windows (the Run key's value)."""

from __future__ import annotations

import configparser
import plistlib
import shlex
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from journal.domain.notifications import Counts, Notice
from journal.services.autostart import AGENT_LABEL, Autostart, command
from journal.ui.app_settings import AppSettings
from journal.ui.tray import Tray
from journal.ui.window.main_window import MainWindow
from journal.ui.window.reminders import attach


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "rapport.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, journal, app_settings):
    win = MainWindow(journal, app_settings, daily_backup=False)  # closed below, after "quitting" is set
    reminders = attach(win, tray=True, clock=lambda: datetime(2026, 11, 24, 8, 0))
    win.show()
    qtbot.waitExposed(win)
    yield win
    reminders.quitting = True
    reminders.tray.hide()
    win.close()
    win.deleteLater()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def menu_texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def test_the_tray_menu_opens_editors_today_and_quits(qtbot, window, monkeypatch):
    tray = window.reminders.tray
    assert menu_texts(tray) == ["Open Rapport", "New interaction…", "New gratitude note…", "Meetings to log",
                                "Quit Rapport"]  # fmt: skip
    qtbot.waitUntil(
        lambda: tray.icon.toolTip().startswith("Rapport: 1 thing to attend to"), timeout=10000
    )  # the check-in
    before = len(window._editors)
    tray.interaction_action.trigger()
    assert len(window._editors) == before + 1 and window._editors[-1].kind == "interaction"
    tray.gratitude_action.trigger()
    assert window._editors[-1].kind == "gratitude"
    for editor in list(window._editors):
        editor._dirty = False
        editor.close()
    window.hide()
    tray.meetings_action.trigger()
    assert window.isVisible() and window.current_page() == "today"
    quit_called = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quit_called.append(True))
    tray.quit_action.trigger()
    assert quit_called and not window.isVisible()


def test_closing_the_window_keeps_it_in_the_tray_once_chosen(qtbot, window, app_settings, monkeypatch):
    asked = []
    monkeypatch.setattr(window.reminders, "ask_keep_running", lambda: asked.append(1) or True)
    window.close()
    assert asked == [1] and app_settings.keep_in_tray is True
    assert not window.isVisible()  # hidden, still running
    window.reminders.tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert asked == [1]  # asked once
    app_settings.keep_in_tray = False
    quit_called = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quit_called.append(True))
    window.show()
    window.close()
    assert quit_called  # "quit when closed" quits


def test_a_clicked_notice_opens_today_at_its_item(qtbot, window):
    from journal.domain.indicators import Reminder

    window.hide()
    first = Reminder("checkin", None, None, None, None, "", None)
    title, body = window.reminders.tray.show_notice(Notice("due", Counts(checkin=1), first))
    assert title == "Rapport: needs attention" and body == "the weekly check-in"
    window.reminders.tray.icon.messageClicked.emit()
    assert window.isVisible() and window.current_page() == "today"


def test_start_at_login_on_linux_for_real(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    login = Autostart("linux")
    assert not login.is_enabled()
    login.set_enabled(True)
    path = tmp_path / "config" / "autostart" / "rapport.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    assert entry["Desktop Entry"]["Type"] == "Application"
    assert shlex.split(entry["Desktop Entry"]["Exec"]) == command()
    assert command()[-1] == "--tray"
    assert login.is_enabled()
    login.set_enabled(False)
    assert not path.exists() and not login.is_enabled()


def test_start_at_login_on_macos_writes_a_launch_agent(tmp_path):
    login = Autostart("darwin", home=tmp_path)
    login.set_enabled(True, ["/Applications/Rapport.app/Contents/MacOS/Rapport", "--tray"])
    path = tmp_path / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"] == ["/Applications/Rapport.app/Contents/MacOS/Rapport", "--tray"]
    assert agent["RunAtLoad"] is True and agent["Label"] == AGENT_LABEL
    login.set_enabled(False)
    assert not path.exists()


class FakeRunKey:
    def __init__(self):
        self.values: dict[str, str] = {}

    def get(self, name):
        return self.values.get(name)

    def set(self, name, value):
        self.values[name] = value

    def delete(self, name):
        self.values.pop(name, None)


def test_start_at_login_on_windows_writes_the_run_value(tmp_path):
    key = FakeRunKey()
    login = Autostart("win32", registry=key)
    login.set_enabled(True, [r"C:\Program Files\Rapport\Rapport.exe", "--tray"])
    assert key.values == {"Rapport": r'"C:\Program Files\Rapport\Rapport.exe" --tray'}
    assert login.is_enabled()
    login.set_enabled(False)
    assert key.values == {} and not login.is_enabled()
