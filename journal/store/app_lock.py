"""Is the window open on this journal? A lock file the running app holds.

The app takes `AppLock(folder)` when its window opens a journal and drops it when the window
closes (the OS drops it too if the app is killed). `rapport restore` asks `is_open(folder)` and
refuses while the window is open ("Rapport is open: close it or restore from its Settings"):
the window restores from its own Settings, where it stops its own work first. POSIX `flock`,
Windows `msvcrt.locking`; the file itself (`rapport.lock`, empty) is never a sign of anything.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_FILE = "rapport.lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class AppLock:
    """Held by the running app for one data folder (released on `release()` or at exit)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another app holds it, or the folder is read-only (then no lock)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def is_open(folder: Path) -> bool:
    """True while a running Rapport app holds the folder's lock."""
    path = Path(folder) / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)  # a lock taken just to test is dropped with the descriptor
