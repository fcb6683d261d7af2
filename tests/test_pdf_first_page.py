"""What a PDF opens with, and in which language: the burnout picture on page 1 of the whole journal
and of a period, the client's story on page 1 of a client's export (never a page mostly blank),
the weekly review's reminders naming their client, and the language chosen in Settings unless
`export --lang` says otherwise (the command line as a user runs it; the dialog as a person uses it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from journal import i18n
from journal.export.pdf import export_pdf
from journal.services import capture, demo, indicators, story_text, text
from journal.services.report import Scope

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)


def pages_of(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())) for p in PdfReader(path).pages]


@pytest.fixture
def sample(journal):
    demo.fill(journal, months=6, seed=0, today=TODAY)
    return journal


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def test_the_whole_journal_opens_with_the_level_its_reasons_and_the_chart(sample, english, tmp_path):
    path = tmp_path / "all.pdf"
    export_pdf(sample, path, Scope(), today=TODAY)
    first = pages_of(path)[0]
    status = indicators.status(sample, TODAY)
    assert status.level in ("amber", "red") and status.reasons
    assert story_text.risk_text(status.level) in first  # "Burnout risk: amber", as Today and status word it
    assert " ".join(story_text.headline_text(status).split()) in first
    for signal in status.reasons:  # each reason's sentence, as Today words it
        assert " ".join(text.reason_text(signal).split())[:40] in first
    assert "The last 12 weeks" in first and "Pressure events" in first  # the chart's legend
    assert first.index("Burnout risk") < first.index("Summary")


def test_a_period_opens_with_the_picture_as_of_its_end(sample, english, tmp_path):
    path = tmp_path / "period.pdf"
    export_pdf(sample, path, Scope("range", date(2026, 7, 1), date(2026, 9, 30)), today=TODAY)
    first = pages_of(path)[0]
    assert "Burnout risk" in first and "The last 12 weeks" in first
    assert "29 Sep" in first or "28 Sep" in first or "22 Sep" in first  # the chart ends with the period


def test_a_client_export_opens_with_the_story_and_fills_its_first_page(sample, english, tmp_path):
    [oleg] = [c for c in capture.list_clients(sample) if c.name == "Олег Тихонов"]
    path = tmp_path / "oleg.pdf"
    export_pdf(sample, path, Scope("client", None, None, oleg.id), today=TODAY)
    pages = pages_of(path)
    first = pages[0]
    assert "Client: Олег Тихонов" in first
    assert "The last 90 days" in first and "Pushes and mood, month by month" in first and "Still open" in first
    assert first.index("The last 90 days") < first.index("Summary")
    # the entries begin on page 1 or 2, and page 1 carries a full page of words
    assert len(first) > 900, len(first)
    assert any("PRESSURE" in p for p in pages[:2])


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_weekly_review_names_the_client_on_each_reminder(sample, qapp, tmp_path, lang):
    i18n.install(lang)
    try:
        path = tmp_path / "weekly.pdf"
        export_pdf(sample, path, Scope("weekly"), today=TODAY)
        text = " ".join(pages_of(path))
    finally:
        i18n.install("en")
    heading = "What needs attention" if lang == "en" else "Что требует внимания"
    assert heading in text
    attention = text[text.index(heading) :]
    status = indicators.status(sample, TODAY)
    named = [r for r in status.attention if r.client_name]
    assert len(named) >= 3
    for reminder in named:
        assert reminder.client_name in attention, reminder
    follow_ups = [r for r in named if r.kind == "follow_up"]
    assert follow_ups
    for reminder in follow_ups:
        assert f"{reminder.client_name}: " in attention


def rapport(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journal", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180
    )


def test_export_uses_the_language_of_settings_and_lang_overrides_it(tmp_path):
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    folder = tmp_path / "data"
    assert rapport("--data-dir", str(folder), "demo", "--months", "2", env=env).returncode == 0
    english = tmp_path / "en.pdf"
    assert rapport("--data-dir", str(folder), "export", str(english), "--weekly", env=env).returncode == 0
    assert "Weekly review" in pages_of(english)[0]
    ini = Path(env["XDG_CONFIG_HOME"]) / "Rapport" / "Rapport.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[ui]\nlanguage=ru\n", encoding="utf-8")  # what Settings → Language → Russian writes
    russian = tmp_path / "ru.pdf"
    done = rapport("--data-dir", str(folder), "export", str(russian), "--weekly", env=env)
    assert done.returncode == 0, done.stderr
    first = pages_of(russian)[0]
    assert "Недельный обзор" in first and "Weekly review" not in first
    assert "Записан" in done.stdout and "страниц" in done.stdout, done.stdout
    forced = tmp_path / "forced.pdf"
    done = rapport("--data-dir", str(folder), "export", str(forced), "--weekly", "--lang", "en", env=env)
    assert done.returncode == 0, done.stderr
    assert "Weekly review" in pages_of(forced)[0]
    assert "Wrote" in done.stdout


def test_the_export_dialog_writes_in_the_language_of_the_window(qtbot, sample, qapp, tmp_path):
    from journal.ui.dialogs.export import ExportDialog

    i18n.install("ru")
    try:
        dialog = ExportDialog(sample, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("weekly"))
        assert dialog.scope_box.currentText() == "Недельный обзор (последние 7 дней)"
        target = tmp_path / "weekly.pdf"
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.worker is None)
    finally:
        i18n.install("en")
    first = pages_of(target)[0]
    assert "Недельный обзор" in first and "Риск выгорания" in first
