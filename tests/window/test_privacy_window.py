"""Encryption in the window: the passphrase dialog at start, Settings → Privacy, the recovery code,
the export dialog's warning and the idle lock, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal import paths
from journal.app import Launcher
from journal.services import privacy
from journal.services.drafts import pending_drafts
from journal.store.db import is_encrypted
from tests.memory_keyring import MemoryKeyring
from tests.privacy_journal import counts, fill, readable, snapshot
from tests.window.conftest import settle

PASS = "long enough passphrase"


@pytest.fixture
def memory_keychain():
    previous = keyring.get_keyring()
    chain = MemoryKeyring()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(previous)


@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    fill(folder, draft=False)
    done = privacy.encrypt(folder, PASS)
    privacy.delete_backups(privacy.plain_backups(folder))
    return folder, done.recovery_code


def _close(launcher: Launcher) -> None:
    settle()
    if launcher.window is not None:
        launcher.window.close()
        launcher.window.journal.close()


def _unlock(qtbot, dialog, text: str) -> None:  # noqa: ANN001
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_a_wrong_passphrase_says_so_writes_nothing_and_the_right_one_opens(settings, encrypted, qtbot):
    folder, _code = encrypted
    before = snapshot(folder)
    launcher = Launcher(settings, folder, first_run=False)
    dialog = launcher.start()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "unlock_dialog" and launcher.window is None
    _unlock(qtbot, dialog, "not it at all")
    qtbot.waitUntil(lambda: "not the right one" in dialog.error.text(), timeout=60_000)
    assert dialog.isVisible() and launcher.window is None
    assert snapshot(folder) == before  # nothing written before the journal is unlocked
    _unlock(qtbot, dialog, PASS)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=60_000)
    window = launcher.window
    qtbot.waitUntil(lambda: window.started)
    assert window.journal.key is not None
    assert window.journal_page.model.entry_count() >= 2
    _close(launcher)


def test_forgot_it_the_recovery_code_sets_a_new_passphrase_and_opens(settings, encrypted, qtbot):
    folder, code = encrypted
    launcher = Launcher(settings, folder, first_run=False)
    dialog = launcher.start()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton)
    assert dialog.code.isVisible() and not dialog.passphrase.isVisible()
    qtbot.keyClicks(dialog.code, code.lower())
    qtbot.keyClicks(dialog.new_passphrase, "a brand new one")
    qtbot.keyClicks(dialog.again, "a brand new two")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "a brand new one")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=60_000)
    qtbot.waitUntil(lambda: launcher.window.started)
    _close(launcher)
    assert privacy.unlock(paths.journal_path(folder), "a brand new one")
    with pytest.raises(privacy.WrongSecret):
        privacy.unlock(paths.journal_path(folder), PASS)


def test_remember_on_this_computer_opens_without_asking_next_time(settings, encrypted, qtbot, memory_keychain):
    folder, _code = encrypted
    launcher = Launcher(settings, folder, first_run=False)
    dialog = launcher.start()
    qtbot.addWidget(dialog)
    assert dialog.remember.isVisible()
    qtbot.waitExposed(dialog)
    dialog.remember.setFocus()
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    assert dialog.remember.isChecked()
    _unlock(qtbot, dialog, PASS)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=60_000)
    qtbot.waitUntil(lambda: launcher.window.started)
    _close(launcher)
    assert memory_keychain.kept == {("Rapport", str(folder)): PASS}
    again = Launcher(settings, folder, first_run=False)
    shown = again.start()
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: again.window is not None, timeout=60_000)  # no typing: the keychain had it
    qtbot.waitUntil(lambda: again.window.started)
    _close(again)


def _privacy_panel(window):  # noqa: ANN001, ANN202
    window.show_page("settings")
    return window.pages["settings"].privacy


def test_turning_encryption_on_in_settings_shows_the_code_once_and_offers_to_delete_plain_backups(
    window, qtbot, tmp_path
):  # noqa: ANN001
    folder = window.journal.folder
    before = counts(folder)
    panel = _privacy_panel(window)
    assert panel.turn_on.isVisible() and not panel.turn_off.isVisible()
    assert "including us" in panel.explanation.text() and "exports" in panel.explanation.text()
    qtbot.mouseClick(panel.turn_on, Qt.MouseButton.LeftButton)
    ask = panel.dialog
    assert "unlocked" in ask.explanation.text()  # what it does not protect against, where it is turned on
    qtbot.keyClicks(ask.first, "short")
    qtbot.keyClicks(ask.second, "short")
    qtbot.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    assert "at least 8" in ask.error.text() and ask.isVisible()
    ask.first.clear()
    ask.second.clear()
    qtbot.keyClicks(ask.first, PASS)
    qtbot.keyClicks(ask.second, PASS)
    qtbot.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not ask and panel.dialog is not None, timeout=60_000)
    code_dialog = panel.dialog
    code = code_dialog.code_label.text()
    assert len(code) == 29 and code.count("-") == 5
    assert not code_dialog.done_button.isEnabled()
    qtbot.mouseClick(code_dialog.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == code
    code_dialog.save_to(tmp_path / "code.txt")
    assert code in (tmp_path / "code.txt").read_text(encoding="utf-8")
    qtbot.keyClick(code_dialog, Qt.Key.Key_Escape)
    assert code_dialog.isVisible()  # not before the user says they have it
    qtbot.mouseClick(code_dialog.kept, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(code_dialog.done_button, Qt.MouseButton.LeftButton)
    box = panel.dialog
    plain = len(privacy.plain_backups(folder))  # the daily one and the one taken before encrypting
    assert plain >= 1 and isinstance(box, QMessageBox)
    assert box.text() == f"Also delete the {plain} unencrypted backups? (Recommended)"
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert privacy.plain_backups(folder) == []
    assert is_encrypted(paths.journal_path(folder)) and window.journal.key is not None
    assert panel.turn_off.isVisible() and "is encrypted" in panel.state.text()
    assert privacy.unlock_with_recovery_code(paths.journal_path(folder), code) == window.journal.key
    window.journal_changed.emit()
    settle()
    assert window.journal_page.model.entry_count() >= 5  # the window goes on reading the encrypted journal
    assert counts(folder, window.journal.key) == before
    settle()
    assert [hit for hit in readable(folder) if "backups" not in hit[0]] == []


def test_change_the_passphrase_then_turn_encryption_off_in_settings(window, qtbot):  # noqa: ANN001
    folder = window.journal.folder
    window.journal.close()
    window.journal.use_key(privacy.encrypt(folder, PASS).key)
    panel = _privacy_panel(window)
    panel.retranslate()
    qtbot.mouseClick(panel.change, Qt.MouseButton.LeftButton)
    current = panel.dialog
    qtbot.keyClicks(current.passphrase, "wrong wrong")
    qtbot.mouseClick(current.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not the right one" in current.error.text(), timeout=60_000)
    current.passphrase.clear()
    qtbot.keyClicks(current.passphrase, PASS)
    qtbot.mouseClick(current.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not current, timeout=60_000)
    new = panel.dialog
    qtbot.keyClicks(new.first, "the second passphrase")
    qtbot.keyClicks(new.second, "the second passphrase")
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was changed" in panel.message.text(), timeout=60_000)
    assert privacy.unlock(paths.journal_path(folder), "the second passphrase") == window.journal.key
    qtbot.mouseClick(panel.turn_off, Qt.MouseButton.LeftButton)
    ask = panel.dialog
    qtbot.keyClicks(ask.passphrase, "the second passphrase")
    qtbot.mouseClick(ask.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no longer encrypted" in panel.message.text(), timeout=60_000)
    assert not is_encrypted(paths.journal_path(folder)) and window.journal.key is None
    assert panel.turn_on.isVisible()
    window.journal_changed.emit()
    settle()
    assert window.journal_page.model.entry_count() >= 5


def test_the_export_dialog_says_exports_are_plain(window, qtbot):  # noqa: ANN001
    from journal.ui.dialogs.export import ExportDialog

    dialog = ExportDialog(window.journal, window)
    qtbot.addWidget(dialog)
    assert "plain file" in dialog.plain_note.text()
    window.journal.close()
    window.journal.use_key(privacy.encrypt(window.journal.folder, PASS).key)
    encrypted_dialog = ExportDialog(window.journal, window)
    qtbot.addWidget(encrypted_dialog)
    assert "encrypted, but an export is a plain file" in encrypted_dialog.plain_note.text()


def test_the_idle_lock_hides_the_window_drops_the_key_and_unlocks(window, qtbot, settings):  # noqa: ANN001
    assert settings.lock_after_minutes == 0 and not window.idle_lock.timer.isActive()  # off by default
    folder = window.journal.folder
    window.journal.close()
    window.journal.use_key(privacy.encrypt(folder, PASS).key)
    panel = _privacy_panel(window)
    panel.retranslate()
    panel.lock_after.setValue(5)
    assert settings.lock_after_minutes == 5 and window.idle_lock.timer.isActive()
    window.idle_lock.timer.timeout.emit()  # five idle minutes, without waiting for them
    assert not window.isVisible() and window.journal.key is None
    lock = window.idle_lock.dialog
    assert lock.isVisible()
    _unlock(qtbot, lock, "not this one")
    qtbot.waitUntil(lambda: "not the right one" in lock.error.text(), timeout=60_000)
    assert not window.isVisible()
    _unlock(qtbot, lock, PASS)
    qtbot.waitUntil(lambda: window.isVisible(), timeout=60_000)
    assert window.journal.key is not None and not window.idle_lock.locked
    window.journal_changed.emit()
    settle()
    assert window.journal_page.model.entry_count() >= 5


def test_the_idle_lock_keeps_what_an_open_editor_holds_even_when_the_unlock_is_cancelled(window, qtbot, settings):  # noqa: ANN001
    folder = window.journal.folder
    window.journal.close()
    key = privacy.encrypt(folder, PASS).key
    window.journal.use_key(key)
    _privacy_panel(window).lock_after.setValue(5)
    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window._editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.summary, "Typed just before the lock")  # within the draft delay: not yet kept
    asked: list[str] = []

    def refuse_questions() -> None:  # a question here would mean the editor asks about discarding
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.reject()

    timer = QTimer()
    timer.timeout.connect(refuse_questions)
    timer.start(20)
    window.idle_lock.timer.timeout.emit()
    assert window.journal.key is None and not editor.isVisible()
    window.idle_lock.dialog.reject()  # Cancel on the lock: the app quits
    settle()
    timer.stop()
    assert asked == []
    window.journal.use_key(key)
    kept = [d for d in pending_drafts(window.journal) if d.kind == editor.kind]
    assert [d.payload["state"]["summary"] for d in kept] == ["Typed just before the lock"]
