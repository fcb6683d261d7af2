"""Is the window open on this journal? A lock file the running app holds.

The app takes `AppLock(folder)` when its window opens a journal and drops it when the window
closes (the OS drops it too if the app is killed). `rapport restore` asks `is_open(folder)` and
refuses while the window is open ("Rapport is open: close it or restore from its Settings"):
the window restores from its own Settings, where it stops its own work first. POSIX `flock`,
Windows `msvcrt.locking`; the file itself (`rapport.lock`, empty) is never a sign of anything.

`one_at_a_time(folder)` is a short critical section across processes on the same lock
mechanism (`rapport.migrate.lock`): first opens of a new folder migrate one after another.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_FILE = "rapport.lock"
MIGRATE_LOCK_FILE = "rapport.migrate.lock"

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


@contextlib.contextmanager
def one_at_a_time(folder: Path, timeout_s: float = 60.0) -> Iterator[None]:
    """Hold the folder's migration lock for the `with` block, waiting up to `timeout_s` for it.

    A folder that cannot hold the lock file (read-only) is not locked: nothing can migrate there.
    """
    try:
        fd = os.open(Path(folder) / MIGRATE_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise TimeoutError(f"another Rapport kept {folder} busy for {timeout_s:.0f} s")
            time.sleep(0.05)
        yield
    finally:
        os.close(fd)
