"""File → Export… driven as a person would: pick a scope and format, type a path, export, cancel."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressDialog

from journal.services import capture
from journal.ui.dialogs.export import ExportDialog
from tests.report_fixtures import TODAY, at, fill_small


@pytest.fixture
def dialog(qtbot, journal):
    fill_small(journal)
    shown = ExportDialog(journal, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def type_path(qtbot, dialog, path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def choose_scope(dialog, text: str) -> None:
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findText(text))


def test_client_pdf_export_and_the_offer_to_open_it(qtbot, dialog, tmp_path):
    choose_scope(dialog, "One client")
    dialog.client_box.setCurrentIndex(dialog.client_box.findText("Ирина Петрова"))
    target = tmp_path / "irina.pdf"
    type_path(qtbot, dialog, target)
    assert dialog.export_button.isEnabled() and dialog.message.text() == ""
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Просила" in text and "Quarterly planning" not in text
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert str(target) in dialog.message.text() and dialog.open_button.isVisible()


def test_json_export_of_a_period(qtbot, dialog, tmp_path):
    choose_scope(dialog, "A period")
    dialog.format_group.button(1).click()
    dialog.date_from.setDate(QDate(2026, 11, 3))  # 20 days before TODAY: the old Acme call is in
    target = tmp_path / "period.json"
    type_path(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["interactions"]) == 3


def test_weekly_review_is_pdf_only(dialog):
    dialog.format_group.button(2).click()
    choose_scope(dialog, "Weekly review (last 7 days)")
    assert dialog.format_key() == "pdf"
    assert not dialog.format_group.button(1).isEnabled() and not dialog.format_group.button(2).isEnabled()
    assert dialog.path_edit.text().endswith(".pdf")


def test_a_period_that_ends_before_it_starts_is_refused_beside_the_fields(qtbot, dialog, tmp_path):
    choose_scope(dialog, "A period")
    type_path(qtbot, dialog, tmp_path / "p.pdf")
    dialog.date_from.setFocus()
    dialog.date_from.setDate(dialog.date_to.date().addDays(3))
    assert "starts after it ends" in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_a_wrong_extension_or_missing_folder_is_refused(qtbot, dialog, tmp_path):
    type_path(qtbot, dialog, tmp_path / "x.txt")
    assert ".pdf" in dialog.message.text() and not dialog.export_button.isEnabled()
    type_path(qtbot, dialog, tmp_path / "missing" / "x.pdf")
    assert "does not exist" in dialog.message.text() and not dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot, journal, tmp_path):
    ids = fill_small(journal)
    notes = " ".join(["длинная заметка about a long meeting"] * 60)
    for n in range(300):
        capture.save(
            journal,
            "interaction",
            {
                "client_id": ids["acme"],
                "occurred_at": at(TODAY - timedelta(days=n % 30)),
                "summary": f"Call {n}",
                "notes": notes,
            },
        )
    dialog = ExportDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "out"
    folder.mkdir()
    type_path(qtbot, dialog, folder / "all.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(type(dialog.export_button))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert "cancelled" in dialog.message.text()
    assert list(folder.iterdir()) == []
    assert not dialog.open_button.isVisible()


def test_file_export_opens_the_dialog_over_the_window(qtbot, journal):
    from PySide6.QtWidgets import QMainWindow

    from journal.ui.dialogs.export import show_export_dialog

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = show_export_dialog(journal, window)
    assert dialog.isVisible() and dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton)


def test_closing_the_dialog_hands_the_heap_back_to_the_collector(qtbot, journal):
    import gc

    dialog = ExportDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert gc.get_freeze_count() > 0  # settled while the dialog is open
    dialog.close()
    assert gc.get_freeze_count() == 0
