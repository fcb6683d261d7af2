"""Where things live: the data folder, the journal file, backups, and bundled resources.

The data folder comes from `--data-dir`, else `RAPPORT_DATA_DIR`, else platformdirs' user data
folder for "Rapport". `resource()` is the one way to find a file under `resources/`, whether
Rapport runs from a source checkout, an installed wheel, or a frozen PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Rapport"
JOURNAL_FILE = "rapport.sqlite3"
ENV_DATA_DIR = "RAPPORT_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder in force: the override, else the environment, else the platform's."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def demo_data_dir() -> Path:
    """The sample journal's own folder, never the real journal's."""
    return Path(user_data_dir(APP_NAME, appauthor=False)).parent / f"{APP_NAME} Sample"


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL_FILE


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder readable by the owner only (0700 on POSIX)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def ensure_backups_dir(folder: Path) -> Path:
    """The backups folder, created or tightened to the owner only: it holds whole journals."""
    backups = ensure_private_dir(backups_dir(folder))
    if not backups.is_symlink() and hasattr(os, "getuid") and backups.stat().st_uid == os.getuid():
        os.chmod(backups, 0o700)
    return backups


def resources_root() -> Path:
    """The `resources/` folder: bundle, installed wheel, or source checkout, in that order."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "store" / "migrations"
