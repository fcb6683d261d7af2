"""The journal's log: `logs/rapport.log` in the data folder, rotated, readable by the owner only.

`setup(folder)` points the standard `logging` module's "rapport" logger at the file (1 MB a
file, three old ones kept; each file created 0600 in a 0700 folder) and returns its path, or
None where the folder cannot hold a log (it does not exist, or is read-only: then nothing is
created). The command line logs what ran and how it ended; the app also routes Qt's own
messages here (`install_qt_handler`). A person's own mistake is one line; a failure carries its
traceback.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG = logging.getLogger("rapport")
MAX_BYTES = 1_000_000
KEEP = 3
_current: Path | None = None


class _PrivateRotatingHandler(RotatingFileHandler):
    """A rotating file handler whose files are created 0600 whatever the umask."""

    def _open(self):  # noqa: ANN202 - the stdlib's signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors="backslashreplace")  # argv may hold undecodable bytes


def log_file(folder: Path) -> Path:
    return Path(folder) / "logs" / "rapport.log"


def setup(folder: Path) -> Path | None:
    """Log into the data folder's log file; None (and nothing created) where that cannot be."""
    global _current
    folder = Path(folder)
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return None
    target = log_file(folder)
    if _current == target:
        return target
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        handler = _PrivateRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
    for old in list(LOG.handlers):
        LOG.removeHandler(old)
        old.close()
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
    _current = target
    return target


def current() -> Path | None:
    """The log file in use, if any."""
    return _current


def install_qt_handler() -> None:
    """Qt's warnings and errors go to the log too (a windowed app has no console to show them)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }  # fmt: skip

    def handler(kind, _context, message: str) -> None:  # noqa: ANN001 - Qt's types
        LOG.log(levels.get(kind, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)
