"""Fixtures for the main window's tests: app settings in a temp folder, a small journal, a window."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

from journal import i18n
from journal.services import capture
from journal.store.db import Journal
from journal.ui.app_settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path, qapp) -> AppSettings:  # noqa: ANN001
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    i18n.install("en")
    yield AppSettings()
    i18n.install("en")


def add_interaction(journal: Journal, client_id: str, summary: str, when: datetime, **extra) -> str:  # noqa: ANN003
    data = {"client_id": client_id, "occurred_at": when.astimezone().isoformat(timespec="seconds"), "summary": summary}
    data.update(extra)
    return capture.save(journal, "interaction", data).id


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Two clients, four interactions over three days (one with a conceded discount), a gratitude note."""
    irina = capture.save(journal, "client", {"name": "Ирина Петрова", "company": "ООО Вектор"}).id
    dan = capture.save(journal, "client", {"name": "Daniel Brooks"}).id
    now = datetime.now().replace(hour=12, minute=0, second=0, microsecond=0)
    add_interaction(
        journal,
        irina,
        "Просит скидку 70%",
        now - timedelta(hours=1),
        pressure=[{"kind": "discount", "response": "conceded", "discount_pct": 70}],
        tags=["pricing"],
    )
    add_interaction(journal, irina, "Согласовали баннеры", now - timedelta(days=1))
    add_interaction(
        journal, dan, "Quarterly planning meeting", now - timedelta(days=2), notes="We talked about **budget**"
    )
    add_interaction(
        journal,
        dan,
        "Asked for a free extra deck",
        now - timedelta(days=2, hours=2),
        pressure=[{"kind": "free_work", "response": "held"}],
    )
    capture.save(
        journal,
        "gratitude",
        {"written_on": now.date().isoformat(), "to_client_id": dan, "text": "Thanked Daniel for his patience"},
    )
    return journal


@pytest.fixture
def window(filled: Journal, settings: AppSettings, qtbot):  # noqa: ANN001, ANN201
    from journal.ui.window.main_window import MainWindow

    win = MainWindow(filled, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.started)  # the rest of the window is built after the first paint
    yield win
    settle()


def settle() -> None:
    """Let the pages' background workers finish and deliver while their widgets still exist."""
    QThreadPool.globalInstance().waitForDone(20_000)
    QCoreApplication.processEvents()


def open_new_interaction(win, qtbot):  # noqa: ANN001, ANN201
    """Ctrl+N in the window, as a person presses it; returns the interaction editor, active."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = win._editors[-1]
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor
