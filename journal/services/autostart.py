""""Start Rapport when I log in": written and removed by the app, per user, on each platform.

- Linux (and other XDG desktops): `~/.config/autostart/rapport.desktop` ($XDG_CONFIG_HOME).
- macOS: a LaunchAgent, `~/Library/LaunchAgents/app.rapport.Rapport.plist`, RunAtLoad.
- Windows: the value "Rapport" under HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run (winreg, only imported there; tests give their own `Registry`).

The command starts the app as it was started now (the bundle's executable, or this Python
with `-m journal`) with `--tray`, so a login start waits in the tray. Files are written
whole or not at all (a temporary file beside, flushed, synced, renamed).
"""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from journal.services.files import atomic_target

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = "Rapport"
AGENT_LABEL = "app.rapport.Rapport"


def command() -> list[str]:
    """How to start this Rapport again: the frozen executable, or python -m journal."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--tray"]
    return [sys.executable, "-m", "journal", "--tray"]


class Registry(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """HKCU\\...\\Run through winreg (Windows only: each method says so first, which tells the
    type checker too; `mypy --platform win32` checks the winreg calls)."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise ModuleNotFoundError("winreg exists only on Windows")
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_READ) as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except OSError:
            return None

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise ModuleNotFoundError("winreg exists only on Windows")
        import winreg  # noqa: PLC0415

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise ModuleNotFoundError("winreg exists only on Windows")
        import winreg  # noqa: PLC0415

        try:
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if tmp.read_bytes() != data:
            raise OSError(f"{path} could not be written")


def desktop_file(home: Path | None = None) -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str((home or Path.home()) / ".config")
    return Path(config) / "autostart" / "rapport.desktop"


def launch_agent(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"


def desktop_entry(argv: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]", "Type=Application", "Name=Rapport",
        "Comment=A journal of client relationships that warns you early of burnout",
        f"Exec={shlex.join(argv)}", "Icon=rapport", "Terminal=false",
        "X-GNOME-Autostart-enabled=true", "Hidden=false", "",
    ])  # fmt: skip


def agent_plist(argv: Sequence[str]) -> bytes:
    return plistlib.dumps({"Label": AGENT_LABEL, "ProgramArguments": list(argv), "RunAtLoad": True,
                           "ProcessType": "Interactive"})  # fmt: skip


def windows_command(argv: Sequence[str]) -> str:
    return subprocess.list2cmdline(list(argv))


class Autostart:
    """Enable, disable and read "start at login" for one platform ("linux", "darwin", "win32")."""

    def __init__(self, platform: str | None = None, home: Path | None = None, registry: Registry | None = None):
        self.platform = platform or sys.platform
        self.home = home
        self._registry = registry

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = WindowsRunKey()
        return self._registry

    def is_enabled(self) -> bool:
        if self.platform == "win32":
            return bool(self.registry.get(VALUE_NAME))
        if self.platform == "darwin":
            return launch_agent(self.home).exists()
        path = desktop_file(self.home)
        return path.exists() and "Hidden=true" not in path.read_text(encoding="utf-8", errors="replace")

    def set_enabled(self, enabled: bool, argv: Sequence[str] | None = None) -> None:
        argv = list(argv or command())
        if self.platform == "win32":
            if enabled:
                self.registry.set(VALUE_NAME, windows_command(argv))
            else:
                self.registry.delete(VALUE_NAME)
        elif self.platform == "darwin":
            path = launch_agent(self.home)
            _write(path, agent_plist(argv)) if enabled else path.unlink(missing_ok=True)
        else:
            path = desktop_file(self.home)
            _write(path, desktop_entry(argv).encode()) if enabled else path.unlink(missing_ok=True)
