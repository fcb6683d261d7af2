"""The Clients page: search in any case and alphabet, a client's page, archive, labels."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from journal.ui.pages.clients import ClientsPage
from tests.helpers import client, interaction
from tests.unicode_keys import type_text


def test_search_finds_cyrillic_names_in_any_case_and_a_client_page_shows_history(qtbot, journal):
    irina = client(journal, "Ирина Петрова", company="ООО Вектор", stay_in_touch_days=30)
    client(journal, "Sarah Collins", company="Northwind")
    interaction(journal, irina.id, "2026-11-20T10:00:00+03:00", "Banners for free",
                pressure=[{"kind": "free_work", "response": "conceded"}])  # fmt: skip
    page = ClientsPage(journal)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    type_text(page.search, "ирина")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Ирина Петрова"
    assert page.model.index(0, 5).data() == "every 30 days"
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.view
    assert "Ирина Петрова" in page.view.title.text()
    assert page.view.history.count() == 1 and "Banners for free" in page.view.history.item(0).text()


def test_archiving_hides_the_client_until_archived_ones_are_shown(qtbot, journal):
    client(journal, "Ирина Петрова")
    page = ClientsPage(journal)
    qtbot.addWidget(page)
    page.open_client(page.model.rows[0].client.id)
    qtbot.mouseClick(page.view.archive_button, Qt.MouseButton.LeftButton)
    assert page.view.archive_button.text() == "Unarchive"
    qtbot.mouseClick(page.view.back_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1 and "archived" in page.model.index(0, 0).data()


def test_relationship_labels_arrive_from_the_indicators(qtbot, journal):
    bender = client(journal, "Bender")
    for n in range(3):
        day = date.today() - timedelta(days=n + 1)
        interaction(journal, bender.id, f"{day.isoformat()}T10:00:00+00:00", f"push {n}",
                    pressure=[{"kind": "discount", "response": "conceded"}])  # fmt: skip
    page = ClientsPage(journal)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() != "")
    assert page.model.index(0, 2).data() == "▼ Bending"
    assert "half or more" in page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
