"""The check-in dialog, answered with its buttons: the right score saved and explained; replacing asks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal.services import indicators
from journal.ui.dialogs.checkin import CheckinDialog

DAY = date(2026, 11, 23)


def answer(qtbot, dialog: CheckinDialog, words: list[str]) -> None:
    for group, word in zip(dialog.groups, words, strict=True):
        [button] = [b for b in group.buttons() if b.text() == word]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, journal) -> CheckinDialog:
    dialog = CheckinDialog(journal, today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_full_check_in_saves_the_right_score_and_says_what_it_means(qtbot, journal) -> None:
    dialog = open_dialog(qtbot, journal)
    assert not dialog.save_button.isEnabled()
    assert "self-check, not a diagnosis" in dialog.disclaimer.text()
    answer(
        qtbot,
        dialog,
        ["To a very high degree", "To a high degree", "Somewhat", "To a low degree", "Never/almost never", "Often"],
    )
    assert dialog.counter.text() == "Answered: 6 of 6"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(day, score)] = indicators.checkin_history(journal)
    assert day == DAY and score == pytest.approx((100 + 75 + 50 + 25 + 0 + 75) / 6)
    text = dialog.result_label.text()
    assert dialog.result_label.isVisible()
    assert text.startswith("Your score is 54 of 100: high client-related burnout (amber from 50).")
    assert "talk to someone you trust, see a doctor, and tell your manager" in text
    assert dialog.close_button.text() == "Close"


def test_three_answers_are_enough_and_a_low_score_says_so(qtbot, journal) -> None:
    dialog = open_dialog(qtbot, journal)
    for group, word in zip(dialog.groups[:2], ["To a low degree", "To a very low degree"], strict=True):
        [button] = [b for b in group.buttons() if b.text() == word]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    [seldom] = [b for b in dialog.groups[4].buttons() if b.text() == "Seldom"]
    qtbot.mouseClick(seldom, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert indicators.checkin_history(journal)[0][1] == pytest.approx(50 / 3)
    assert dialog.result_label.text().startswith("Your score is 17 of 100: below")
    assert "see a doctor" not in dialog.result_label.text()


@pytest.mark.parametrize("replace", [True, False])
def test_a_second_check_in_the_same_day_asks_before_replacing(qtbot, journal, replace: bool) -> None:
    indicators.save_checkin(journal, DAY, (0, 0, 0, 0, 0, 0))
    dialog = open_dialog(qtbot, journal)
    answer(qtbot, dialog, ["To a very high degree"] * 4 + ["Always"] * 2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.replace_box
    assert box is not None and box.isVisible() and "score 0" in box.text()
    choice = QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No
    qtbot.mouseClick(box.button(choice), Qt.MouseButton.LeftButton)
    history = indicators.checkin_history(journal)
    assert history == [(DAY, 100.0 if replace else 0.0)]
    assert dialog.result_label.isVisible() is replace
