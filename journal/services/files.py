"""Writing a file so that it either appears whole or not at all, and saying why it did not.

`atomic_target(path, verify=...)` yields a temporary path beside the target (a unique
`mkstemp` file, 0600); when the block ends without an exception the file is synced, verified
and renamed over the target, otherwise it is removed and the target is left as it was (see
`journal.atomic`). Exports use it, so a cancelled or failed export leaves nothing behind.
`write_failure_text(exc)` is the one wording of a failed write ("The disk is full: …").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from journal.atomic import NotWritten, replacing


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it."""


@contextmanager
def atomic_target(path: Path, verify: Callable[[Path], None] | None = None) -> Iterator[Path]:
    with replacing(Path(path), verify) as tmp:
        yield tmp


def write_failure_text(exc: NotWritten) -> str:
    """What the person reads when a file could not be written (nothing was half-written)."""
    translate = QCoreApplication.translate
    if exc.full:
        free = QLocale().formattedDataSize(exc.free or 0) if exc.free else translate("Files", "0 bytes")
        return translate("Files", "The disk is full: {free} free in {folder}. Nothing was written to {file}.").format(
            free=free, folder=exc.folder, file=exc.target.name
        )
    return translate("Files", "{file} could not be written ({reason}); nothing was changed there.").format(
        file=exc.target, reason=exc.reason
    )
