"""Screenshots of every page, editor and dialog, to look at before calling a screen done.

`python scripts/screenshots.py [OUT_DIR]` (default /tmp/rapport-screens) renders, offscreen with
`QWidget.grab()`, the main window's pages, the editors and the dialogs at 1180×760 and 1440×900,
in English and Russian, light and dark, on the sample journal and on an empty one, into
OUT_DIR/<journal>-<size>-<lang>-<theme>/<name>.png. `--only today,insights` limits the pages,
`--sizes 1180x760`, `--langs en`, `--themes light` and `--journals sample` limit the rest.
Each combination runs in its own process (a fresh QApplication, settings and journal).
`--docs` writes the README's set into docs/screenshots/ instead.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1180x760", "1440x900")
PAGES = ("today", "today-advice", "journal", "journal-filtered", "clients", "client-page", "incidents", "insights",
         "settings")  # fmt: skip
EDITORS = ("interaction", "gratitude", "lesson", "client")
DIALOGS = ("checkin", "export", "delete", "welcome", "about")
# The README's set: (file name, journal, size, language, theme, what)
DOCS = (
    ("today.png", "sample", "1440x900", "en", "light", "today"),
    ("today-ru-dark.png", "sample", "1180x760", "ru", "dark", "today"),
    ("journal.png", "sample", "1180x760", "en", "light", "journal-filtered"),
    ("clients.png", "sample", "1180x760", "en", "light", "clients"),
    ("client-page.png", "sample", "1180x760", "en", "light", "client-page"),
    ("client-page-ru-dark.png", "sample", "1180x760", "ru", "dark", "client-page"),
    ("today-risk.png", "sample", "1180x760", "en", "light", "today-advice"),
    ("today-risk-ru-dark.png", "sample", "1180x760", "ru", "dark", "today-advice"),
    ("insights.png", "sample", "1180x760", "en", "light", "insights"),
    ("today-empty.png", "empty", "1180x760", "en", "light", "today"),
)


def settle(app, rounds: int = 30) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(5000)
        app.processEvents()


def make_journal(kind: str, folder: Path, today: date):  # noqa: ANN201
    from journal.services import demo
    from journal.store.db import open_journal

    journal = open_journal(folder)
    if kind == "sample":
        demo.fill(journal, months=6, seed=0, today=today)
    return journal


def shoot(job: dict) -> None:
    """Inside one process: one journal, size, language and theme; every screen asked for."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal import i18n
    from journal.ui import theme
    from journal.ui.app_settings import AppSettings

    tmp = Path(job["tmp"])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    app = QApplication(["rapport"])
    app.setApplicationName("Rapport")
    settings = AppSettings()
    settings.language = job["lang"]
    settings.theme = job["theme"]
    settings.welcome_done = True
    i18n.install(job["lang"])
    theme.apply(app, job["theme"])
    out = Path(job["out"])
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in job["size"].split("x"))
    journal = make_journal(job["journal"], tmp / "data", date.today())

    from journal.ui.window.main_window import MainWindow

    window = MainWindow(journal, settings, sample=job["journal"] != "empty")
    window.resize(width, height)
    window.show()
    settle(app)
    window.finish_start()
    settle(app)
    wanted = set(job["only"])

    def save(widget, name: str) -> None:  # noqa: ANN001
        settle(app)
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", flush=True)

    for page in PAGES:
        if page not in wanted:
            continue
        if page == "client-page":
            clients = window.pages["clients"]
            window.show_page("clients")
            settle(app)
            rows = clients.model.rows
            if not rows:
                continue
            bending = [r for r in rows if r.label == "bending"]
            clients.open_client((bending or rows)[0].client.id)
        elif page == "today-advice":  # the card with "What to try" folded out
            window.show_page("today")
            settle(app)
            card = window.pages["today"].card
            if not card.advice_toggle.isVisible():
                continue
            card.advice_toggle.setChecked(True)
        elif page == "journal-filtered":  # as "Show the events" leaves it: chips above the timeline
            today = window.pages["today"]
            window.show_page("today")
            settle(app)
            if not today.card.reason_rows:
                continue
            today.card.reason_rows[0][1].click()
            settle(app)
            entry = next((e for r in range(40) if (e := window.journal_page.model.entry_at(r)) is not None), None)
            if entry is not None:
                window.journal_page.select(entry.kind, entry.id)
        else:
            window.show_page(page)
        settle(app)
        save(window, page)
    for kind in EDITORS:
        if f"editor-{kind}" not in wanted and "editors" not in wanted:
            continue
        window.show_page("journal")
        dialog = window.open_editor(kind)
        if dialog is None:
            continue
        dialog.show()
        settle(app)
        save(dialog, f"editor-{kind}")
        dialog.reject()
    for name in DIALOGS:
        if f"dialog-{name}" not in wanted and "dialogs" not in wanted:
            continue
        dialog = open_dialog(name, window, journal)
        if dialog is None:
            continue
        settle(app)
        save(dialog, f"dialog-{name}")
        dialog.close()
    if "pdf-weekly" in wanted:
        pdf_page(journal, job["lang"], out / "pdf-weekly.png", tmp)
    window.close()
    journal.close()


def open_dialog(name: str, window, journal):  # noqa: ANN001, ANN201
    if name == "checkin":
        today = window.pages["today"]
        return today.open_checkin()
    if name == "export":
        from journal.ui.dialogs.export import ExportDialog

        dialog = ExportDialog(journal, window)
        dialog.show()
        return dialog
    if name == "delete":
        window.show_page("journal")
        model = window.journal_page.model
        entry = next((e for r in range(model.rowCount()) if (e := model.entry_at(r)) is not None), None)
        if entry is None:
            return None
        return window.confirm_delete(entry.kind, entry.id)
    if name == "welcome":
        from journal.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(tmp_folder(journal))
        dialog.show()
        return dialog
    if name == "about":
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            window.tr("About Rapport"),
            window.tr("Rapport keeps a journal of your client work and warns you early, with reasons, of burnout."),
            parent=window,
        )
        box.show()
        return box
    return None


def tmp_folder(journal) -> Path:  # noqa: ANN001
    return Path(journal.folder).parent / "welcome"


def pdf_page(journal, lang: str, png: Path, tmp: Path) -> None:  # noqa: ANN001
    """The weekly review's first page, as pdftoppm renders it."""
    env = {**os.environ, "RAPPORT_DATA_DIR": str(journal.folder)}
    pdf = tmp / "weekly.pdf"
    subprocess.run([sys.executable, "-m", "journal", "export", str(pdf), "--weekly", "--lang", lang], env=env,
                   check=True, capture_output=True)  # fmt: skip
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(png.with_suffix(""))], check=True)  # fmt: skip
    print(png, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/rapport-screens")
    parser.add_argument("--only", default=",".join((*PAGES, "editors", "dialogs")))
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--langs", default="en,ru")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--journals", default="sample,empty")
    parser.add_argument("--docs", action="store_true", help="write the README's set into docs/screenshots/")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        shoot(json.loads(args.job))
        return
    jobs = []
    if args.docs:
        docs = ROOT / "docs" / "screenshots"
        for name, kind, size, lang, scheme, what in DOCS:
            jobs.append(({"journal": kind, "size": size, "lang": lang, "theme": scheme, "only": [what]},
                         docs, name, what))  # fmt: skip
        jobs.append(({"journal": "sample", "size": "1180x760", "lang": "en", "theme": "light",
                      "only": ["pdf-weekly"]}, docs, "pdf-weekly.png", "pdf-weekly"))  # fmt: skip
    else:
        for kind in args.journals.split(","):
            for size in args.sizes.split(","):
                for lang in args.langs.split(","):
                    for scheme in args.themes.split(","):
                        job = {"journal": kind, "size": size, "lang": lang, "theme": scheme,
                               "only": args.only.split(",")}  # fmt: skip
                        jobs.append((job, Path(args.out) / f"{kind}-{size}-{lang}-{scheme}", None, None))
    for job, out, rename, what in jobs:
        with tempfile.TemporaryDirectory(prefix="rapport-shot-") as tmp:
            target = Path(tmp) / "out" if rename else out
            job = {**job, "tmp": tmp, "out": str(target)}
            (Path(tmp) / "home").mkdir()
            env = {**os.environ, "RAPPORT_DATA_DIR": str(Path(tmp) / "data"), "HOME": str(Path(tmp) / "home"),
                   "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "RAPPORT_KDF_MEMORY_KIB": "1024"}  # fmt: skip
            subprocess.run([sys.executable, __file__, "--job", json.dumps(job)], env=env, check=True)
            if rename:
                out.mkdir(parents=True, exist_ok=True)
                (target / f"{what}.png").replace(out / rename)
                print(out / rename)


if __name__ == "__main__":
    main()
