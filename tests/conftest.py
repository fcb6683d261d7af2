"""Test setup: Qt offscreen before any Qt import, and every journal and setting in a temp folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# An unknown code raises instead of showing "Unknown (code)", here and in every command run.
os.environ["RAPPORT_STRICT_VOCABULARY"] = "1"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.store.db import Journal, open_journal  # noqa: E402

# One QApplication for the whole run, made before any test: code that needs only Qt's
# translations makes a bare QCoreApplication when there is none (services.text.use_language),
# and a widget made after that aborts the process, whatever order the tests run in.
QT_APP = QApplication.instance() or QApplication(["rapport-tests"])


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's data folder or settings."""
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # keys made by tests use 1 MiB for Argon2id instead of 128 MiB (opening reads the file's own parameters)
    monkeypatch.setenv("RAPPORT_KDF_MEMORY_KIB", "1024")
    for name in ("RAPPORT_PASSPHRASE", "RAPPORT_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    opened = open_journal(tmp_path / "data")
    yield opened
    opened.close()
