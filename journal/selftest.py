"""`rapport --self-test`: proves an installed (or frozen) Rapport is whole, in a few seconds.

On a temporary journal (or the data folder given) it starts Qt offscreen, opens the main
window, writes an entry and reads it back, finds it with full-text search (SQLite's FTS5),
loads the Russian translation (Qt's own `qtbase_ru.qm` and Rapport's catalogues), and exports
the client's PDF report in Russian with the bundled font (until the PDF export is merged: a
page of Cyrillic text). Each check prints one line; the first failure stops the run, exit 1.
Run against a PyInstaller bundle it shows that Qt's plugins, translations, fonts, the Alembic
migration scripts and FTS5 all made it into the bundle. Entries it writes into a real journal
are deleted again before it exits.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import journal
from journal import i18n, paths

CYRILLIC_SAMPLE = "Рапорт: проверка сборки — журнал клиентов"


@dataclass
class _State:
    """What one check hands on to the next."""

    folder: Path  # the journal's
    scratch: Path  # settings and the PDF: always a temporary folder
    app: Any = None
    journal: Any = None
    window: Any = None
    token: str = field(default_factory=lambda: f"selftest{uuid.uuid4().hex[:10]}")
    client_id: str | None = None
    interaction_id: str | None = None


def _qt(state: _State) -> str:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "rapport"])
    state.app = app  # keep it alive for the whole run
    return f"Qt {qVersion()}, platform {app.platformName()}"


def _journal(state: _State) -> str:
    from journal.store import db

    state.journal = db.open_journal(state.folder)
    revision = db.stored_revision(state.journal.file)
    if revision != db.HEAD:
        raise AssertionError(f"schema at {revision}, expected {db.HEAD}")
    return f"{state.journal.file} at schema {revision} (migrations from {paths.migrations_dir()})"


@contextmanager
def _quiet_offscreen() -> Iterator[None]:
    """Drop the offscreen platform's one harmless warning about window size hints; pass on the rest."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _window(state: _State) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal.ui.app_settings import AppSettings
    from journal.ui.window.main_window import MainWindow

    # the window's settings go to the self-test's folder, never the user's
    settings = AppSettings(QSettings(str(state.scratch / "settings.ini"), QSettings.Format.IniFormat))
    state.window = MainWindow(state.journal, settings, daily_backup=False)
    kind = f"MainWindow {state.window.windowTitle()!r}"
    state.window.resize(1000, 700)
    with _quiet_offscreen():
        state.window.show()
        QApplication.processEvents()
    if not state.window.isVisible():
        raise AssertionError("the main window did not show")
    return kind


def _entry(state: _State) -> str:
    from journal.services import capture

    client = capture.save(state.journal, "client", {"name": "Ирина Петрова (self-test)", "company": "ООО Вектор"})
    state.client_id = client.id
    summary = f"Просила баннеры бесплатно {state.token}"
    occurred = datetime.now().astimezone().replace(microsecond=0).isoformat()
    saved = capture.save(
        state.journal,
        "interaction",
        {"client_id": client.id, "occurred_at": occurred, "channel": "call", "summary": summary, "mood": -1},
    )
    state.interaction_id = saved.id
    back = capture.get(state.journal, "interaction", saved.id)
    if back is None or back.summary != summary or back.client_id != client.id:
        raise AssertionError(f"read back {back!r}")
    return f"interaction {saved.id} written and read back"


def _search(state: _State) -> str:
    from journal.services import timeline

    found = timeline.page(state.journal, timeline.TimelineFilter(text=state.token), limit=5)
    ids = [entry.id for entry in found]
    if state.interaction_id not in ids:
        raise AssertionError(f"full-text search for {state.token!r} found {ids}")
    return f"full-text search (FTS5) found it among {len(ids)} hit(s)"


def _translation(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication

    i18n.install("ru")
    count = i18n.installed_count()
    if count < 1:
        raise AssertionError("no translation catalogue loaded for Russian")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel == "Cancel":
        raise AssertionError("Qt's qtbase_ru.qm did not load (Cancel is untranslated)")
    ours = len(list(paths.resource("translations").glob("*_ru.qm")))
    if count < ours + 1:
        raise AssertionError(f"{count} catalogue(s) installed; expected Qt's and Rapport's {ours}")
    return f"{count} catalogue(s) installed, {ours} of Rapport's own; Qt says {cancel!r}"


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) if data.startswith(b"%PDF-") else 0


def _pdf(state: _State) -> str:
    from journal.export import fonts
    from journal.export.pdf import export_pdf
    from journal.services.report import Scope

    target = state.scratch / f"{state.token}.pdf"
    result = export_pdf(state.journal, target, Scope(kind="client", client_id=state.client_id))
    data = target.read_bytes()
    missing = [name for name in fonts.FONT_FILES if not paths.resource("fonts", name).is_file()]
    if missing:
        raise AssertionError(f"{', '.join(missing)} missing from {paths.resource('fonts')}")
    family = fonts.family()
    pages = _pdf_pages(data)
    if pages < 1 or pages != result.pages:
        raise AssertionError(f"a PDF of {len(data)} bytes with {pages} page(s); the export said {result.pages}")
    if family.replace(" ", "").encode() not in data:
        raise AssertionError(f"the font {family!r} is not embedded in the PDF")
    return f"the client's report: {pages} page(s), {len(data):,} bytes, font {family!r} embedded"


def _close(state: _State) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from journal.services import capture

    if state.client_id is not None:
        capture.delete(state.journal, "client", state.client_id)  # cascades to the interaction
        state.client_id = None
    if state.window is not None:
        state.window.close()
        state.window.deleteLater()
        state.window = None
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    state.journal.close()
    state.journal = None
    i18n.install("en")
    return "window closed, self-test entries deleted, journal closed"


def _privacy(state: _State) -> str:
    """SQLCipher, Argon2id and AES-GCM made it in: a scratch journal is created, encrypted, reopened
    with its passphrase (and searched), and decrypted with every record (issue-13)."""
    from journal.services import capture, privacy, timeline
    from journal.store import db

    folder = state.scratch / "encrypted"
    journal = db.open_journal(folder)
    client = capture.save(journal, "client", {"name": "Секретова"})
    capture.save(journal, "interaction", {"client_id": client.id, "occurred_at": "2026-11-20T14:30:00+03:00",
                                          "summary": f"{state.token} зашифровано"})  # fmt: skip
    journal.close()
    before = os.environ.get("RAPPORT_KDF_MEMORY_KIB")
    os.environ["RAPPORT_KDF_MEMORY_KIB"] = "8192"  # the same Argon2id, less memory: a self-test is quick
    try:
        done = privacy.encrypt(folder, "self-test passphrase")
    finally:
        if before is None:
            os.environ.pop("RAPPORT_KDF_MEMORY_KIB", None)
        else:
            os.environ["RAPPORT_KDF_MEMORY_KIB"] = before
    if state.token.encode() in paths.journal_path(folder).read_bytes():
        raise AssertionError("the encrypted journal shows its text")
    key = privacy.unlock(paths.journal_path(folder), "self-test passphrase")
    if privacy.unlock_with_recovery_code(paths.journal_path(folder), done.recovery_code) != key:
        raise AssertionError("the recovery code does not give the same key")
    journal = db.open_journal(folder, key)
    hits = timeline.page(journal, timeline.TimelineFilter(text=state.token))
    journal.close()
    if len(hits) != 1:
        raise AssertionError(f"search in the encrypted journal found {len(hits)} entries, expected 1")
    privacy.decrypt(folder, key)
    journal = db.open_journal(folder)
    found = len(timeline.page(journal, timeline.TimelineFilter(text=state.token)))
    journal.close()
    if found != 1 or db.is_encrypted(paths.journal_path(folder)):
        raise AssertionError("decrypting did not give the plain journal back")
    return "created, encrypted (SQLCipher, Argon2id + AES-GCM), reopened, searched, decrypted"


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("qt", _qt),
    ("journal", _journal),
    ("window", _window),
    ("entry", _entry),
    ("search", _search),
    ("translation", _translation),
    ("pdf", _pdf),
    ("privacy", _privacy),
    ("close", _close),
)


def _clean_up_after_failure(state: _State) -> None:
    """Leave a real journal as it was, as far as the failure allows."""
    try:
        if state.journal is not None and state.client_id is not None:
            from journal.services import capture

            capture.delete(state.journal, "client", state.client_id)
    except Exception:  # noqa: BLE001 - the first failure is the one reported
        traceback.print_exc(file=sys.stderr)
    finally:
        if state.window is not None:
            state.window.close()
        if state.journal is not None:
            state.journal.close()


def _run_checks(folder: Path, scratch: Path, out: TextIO) -> int:
    state = _State(folder=folder, scratch=scratch)
    for name, check in CHECKS:
        try:
            detail = check(state)
        except Exception as exc:  # the report is the point: say which check broke and why
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
            traceback.print_exc(file=sys.stderr)
            _clean_up_after_failure(state)
            return 1
        print(f"ok   {name}: {detail}", file=out)
    return 0


def run(data_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check on `data_dir` (a temporary journal when None); 0 when all pass, else 1."""
    out = out or sys.stdout
    started = time.perf_counter()
    print(
        f"Rapport {journal.__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'})", file=out
    )
    with tempfile.TemporaryDirectory(prefix="rapport-selftest-") as tmp:
        folder = Path(data_dir) if data_dir is not None else Path(tmp) / "journal"
        status = _run_checks(folder, Path(tmp), out)
    verdict = "passed" if status == 0 else "FAILED"
    print(f"self-test {verdict} in {time.perf_counter() - started:.2f} s", file=out)
    return status
