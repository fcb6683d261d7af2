"""Writing a file so that it either appears whole or not at all.

`atomic_target(path)` yields a temporary path beside the target; when the block ends without
an exception the temporary file replaces the target, otherwise it is removed. Exports use it,
so a cancelled or failed export leaves no partial file behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it."""


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
