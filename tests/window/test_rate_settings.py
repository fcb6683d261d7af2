"""Settings → «Your hourly rate» and its currency: checked as you type, said beside the field, saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal.services import journal_settings


def rate_panel(window):  # noqa: ANN001, ANN201
    window.show_page("settings")
    return window.pages["settings"].rate


def test_a_bad_rate_is_said_beside_the_field_and_cannot_be_saved(window, filled, qtbot):
    panel = rate_panel(window)
    panel.rate.clear()
    qtbot.keyClicks(panel.rate, "lots")
    assert panel.rate_error.isVisible() and "⚠" in panel.rate_error.text()
    assert not panel.save_button.isEnabled()
    panel.rate.clear()
    qtbot.keyClicks(panel.rate, "-5")
    assert panel.rate_error.isVisible() and not panel.save_button.isEnabled()
    panel.currency.clear()
    qtbot.keyClicks(panel.currency, "ROUBLES-RU")  # more than 8 characters
    assert panel.currency_error.isVisible()
    assert journal_settings.load_rate(filled).hourly_rate is None  # nothing was saved


def test_a_good_rate_is_saved_and_shows_its_money(window, filled, qtbot):
    panel = rate_panel(window)
    panel.rate.clear()
    qtbot.keyClicks(panel.rate, "3,000")
    panel.currency.clear()
    qtbot.keyClicks(panel.currency, "$")
    assert not panel.rate_error.isVisible() and panel.save_button.isEnabled()
    assert panel.example.text() == "For example, 10 unpaid hours cost about $30,000."
    qtbot.keyClick(panel.rate, Qt.Key.Key_Return)
    saved = journal_settings.load_rate(filled)
    assert (saved.hourly_rate, saved.currency) == (3000, "$")
    assert panel.status.text() == "Saved."
    panel.rate.clear()  # an empty rate means none: hours only
    qtbot.keyClick(panel.rate, Qt.Key.Key_Return)
    assert journal_settings.load_rate(filled).hourly_rate is None
