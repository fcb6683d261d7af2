"""Writing a file so that it appears whole and verified, or not at all.

`replacing(target, verify=...)` yields a fresh temporary path made by `tempfile.mkstemp` in the
target's folder (created with O_EXCL and mode 0600, so a planted link cannot redirect it and an
export is readable by its owner only). When the block ends the file is flushed to the disk
(`fsync`), checked by `verify` (a PDF ends with %%EOF, a backup passes `quick_check`), and only
then renamed over the target, and the folder is synced so the rename survives a power cut. On any
failure the temporary file is removed and the target is left as it was. A write that failed for
want of space raises `NotWritten` with `full=True` and the bytes still free, so callers can say
"The disk is full: 0 bytes free in …". Every layer may use it (it imports nothing of Rapport).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class NotWritten(OSError):
    """A file that could not be written whole; the target was left as it was."""

    def __init__(self, target: Path, reason: str, *, full: bool = False, free: int | None = None):
        super().__init__(errno.ENOSPC if full else errno.EIO, f"{target}: {reason}")
        self.target = Path(target)
        self.reason = reason
        self.full = full
        self.free = free

    @property
    def folder(self) -> Path:
        return self.target.parent


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def is_full(exc: BaseException) -> bool:
    """True when the error means the disk (or the user's quota) is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(exc, sqlite3.Error) and "full" in str(exc).lower()


def not_written(target: Path, exc: BaseException) -> NotWritten:
    """The NotWritten that describes `exc`, raised while writing `target`."""
    folder = Path(target).parent
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    free = free_bytes(folder)
    return NotWritten(target, reason, full=is_full(exc) or free == 0, free=free)


def temporary_beside(target: Path) -> Path:
    """A new empty file (0600, O_EXCL) in the target's folder, for a writer that needs a path."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(name)


@contextmanager
def replacing(target: Path, verify: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces `target` once synced and verified.

    `verify(path)` raises (any exception) when the written file is not whole.
    """
    target = Path(target)
    try:
        tmp = temporary_beside(target)
    except OSError as exc:
        raise not_written(target, exc) from exc
    try:
        yield tmp
        _fsync(tmp)
        if verify is not None:
            verify(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except NotWritten:
        raise
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise not_written(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def ends_with_eof(path: Path) -> None:
    """A PDF's verification: the file ends with %%EOF (a truncated one does not)."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 32))
        tail = handle.read()
    if size == 0 or b"%%EOF" not in tail:
        raise ValueError("the PDF was not written completely")


def passes_quick_check(path: Path) -> None:
    """A journal copy's verification: SQLite's quick_check says ok."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = [row[0] for row in con.execute("PRAGMA quick_check")]
    finally:
        con.close()
    if result != ["ok"]:
        raise ValueError(f"the copy did not pass its check: {'; '.join(result[:3])}")
