"""Regression: PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call.

After enough calls None's count reaches zero and the interpreter crashes far from the cause;
pyproject.toml keeps PySide6 below 6.12 on Python 3.11 for this. From Python 3.12 None is
immortal (PEP 683): its count no longer moves, so the bug cannot hurt and cannot be seen there.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer

CALLS = 100_000


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its reference count never falls"
)
@pytest.mark.parametrize(
    "void_call",
    [
        pytest.param(lambda obj, timer, i: obj.setObjectName("entry"), id="QObject.setObjectName"),
        pytest.param(lambda obj, timer, i: timer.setInterval(i % 1000), id="QTimer.setInterval"),
        pytest.param(lambda obj, timer, i: timer.setParent(obj if i % 2 else None), id="QObject.setParent"),
    ],
)
def test_void_qt_calls_do_not_drop_references_to_none(void_call) -> None:  # noqa: ANN001
    obj, timer = QObject(), QTimer()
    before = sys.getrefcount(None)

    for i in range(CALLS):
        void_call(obj, timer, i)

    after = sys.getrefcount(None)
    # a binding that decrefs None once per call would have taken it down by CALLS;
    # the slack only absorbs unrelated references the interpreter takes or drops meanwhile
    assert after > before - 1000, f"None lost {before - after:,} references over {CALLS:,} void calls"
