"""Can the window open here? A one-sentence answer instead of Qt's abort.

On Linux Qt needs a display (X11 or Wayland) and, for X11, a few xcb libraries that minimal
systems lack (`libxcb-cursor0`, `libxcb-icccm4`, `libxcb-keysyms1`); without them Qt aborts
with a long plugin message. `problem()` says in one sentence what is missing (None when the
window can open), and `sentence()` words it, so `rapport` exits 1 with that sentence. Elsewhere it always answers None.
"""

from __future__ import annotations

import ctypes
import os
import sys

XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
APT_LINE = "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def problem() -> tuple[str, ...] | None:
    """What keeps the window from opening: () for no display, else the missing libraries; None when nothing.

    Imports no Qt: the app's QApplication must be the first Qt application object.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: chosen on purpose
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return ()
    missing = tuple(name for name in XCB_LIBRARIES if not _loads(name))
    return missing or None


def sentence(missing: tuple[str, ...]) -> str:
    """The one sentence for `problem()`'s answer (a QCoreApplication must exist)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if not missing:
        return translate(
            "Display",
            "Rapport's window needs a graphical display and there is none here (DISPLAY is not set); "
            "the commands work without one: rapport --help",
        )
    return translate(
        "Display", "Rapport's window needs system libraries that are missing ({names}); install them with: {line}"
    ).format(names=", ".join(missing), line=APT_LINE)
