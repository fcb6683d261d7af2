"""Today's "Meetings to log", driven as a person would: "Log how it went" through to a saved,
linked interaction in a few keys, and "Didn't happen"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from journal.services import capture, meetings
from journal.ui.editors.interaction import InteractionEditor
from journal.ui.pages.today import TodayPage
from tests.helpers import client

EVENT = """BEGIN:VEVENT
UID:{uid}
DTSTART:{start:%Y%m%dT%H%M%SZ}
DTEND:{end:%Y%m%dT%H%M%SZ}
SUMMARY:{title}
ORGANIZER;CN=Alex Morgan:mailto:alex@rapport.example
ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:alex@rapport.example
ATTENDEE;CN={who};PARTSTAT=ACCEPTED:mailto:{email}
END:VEVENT
"""


def calendar(folder: Path, *events: tuple[str, str, str, str, int]) -> Path:
    """A calendar of meetings that ended `hours_ago` (uid, title, attendee, e-mail, hours_ago)."""
    now = datetime.now(UTC).replace(microsecond=0)
    body = "".join(
        EVENT.format(
            uid=uid,
            title=title,
            who=who,
            email=email,
            start=now - timedelta(hours=ago + 1),
            end=now - timedelta(hours=ago),
        )  # fmt: skip
        for uid, title, who, email, ago in events
    )
    path = folder / "work.ics"
    path.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\n{body}END:VCALENDAR\n".replace("\n", "\r\n"), encoding="utf-8")
    return path


def opened_editor(qtbot) -> InteractionEditor:
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InteractionEditor) and w.isVisible())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def open_today(qtbot, journal) -> TodayPage:
    page = TodayPage(journal)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        page.resize(1100, 900)
        page.show()
    return page


def test_log_how_it_went_saves_a_linked_interaction_in_a_few_keys(qtbot, journal, tmp_path):
    irina = client(journal, "Irina Petrova", email="irina@northwind.example")
    path = calendar(tmp_path, ("m1", "Northwind weekly status", "Irina Petrova", "irina@northwind.example", 2),
                    ("m2", "Lunch with Daniel", "Daniel Weber", "d.weber@contoso.example", 3))  # fmt: skip
    meetings.import_calendar(journal, path)
    page = open_today(qtbot, journal)
    assert page.meetings.isVisible()
    assert page.meetings.heading.text() == "Meetings to log (2)"
    assert [r.title.text() for r in page.meetings.rows] == ["Lunch with Daniel", "Northwind weekly status"]
    row = page.meetings.rows[1]
    assert "Irina Petrova" in row.detail.text()
    assert "no client matched" in page.meetings.rows[0].detail.text()

    qtbot.mouseClick(row.log, Qt.MouseButton.LeftButton)
    editor = opened_editor(qtbot)
    assert editor.client.text() == "Irina Petrova"
    assert editor.summary.text() == "Northwind weekly status"
    assert editor.channel.currentData() == "meeting"
    assert editor.mood.hasFocus()  # only how it felt (and any push) remains
    qtbot.keyClick(editor.mood, Qt.Key.Key_End)  # the best mood, in one key
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.keyClick(editor.mood, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m.title for m in meetings.to_log(journal, page.day())] == ["Lunch with Daniel"]
    assert [r.title.text() for r in page.meetings.rows] == ["Lunch with Daniel"]
    logged = [m for m in _all(journal) if m.interaction_id]
    assert len(logged) == 1 and logged[0].uid == "m1"
    interaction = capture.get(journal, "interaction", logged[0].interaction_id)
    assert (interaction.client_id, interaction.channel, interaction.summary) == (irina.id, "meeting", logged[0].title)
    assert interaction.mood is not None
    start = datetime.fromisoformat(logged[0].starts_at)
    assert interaction.occurred_at == start
    assert meetings.of_interaction(journal, interaction.id).key == logged[0].key


def _all(journal) -> list:
    """Every meeting row, logged, dismissed or not."""
    with journal.read() as session:
        keys = [k for (k,) in session.execute(text("SELECT key FROM meeting ORDER BY key"))]
    return [meetings.get(journal, k) for k in keys]


def test_an_unmatched_meeting_offers_the_attendee_as_the_client(qtbot, journal, tmp_path):
    path = calendar(tmp_path, ("m2", "Lunch", "Daniel Weber", "d.weber@contoso.example", 3))
    meetings.import_calendar(journal, path)
    page = open_today(qtbot, journal)
    qtbot.mouseClick(page.meetings.rows[0].log, Qt.MouseButton.LeftButton)
    editor = opened_editor(qtbot)
    assert editor.client.text() == "Daniel Weber" and editor.client.hasFocus()
    assert editor.client_hint.text() == "New client «Daniel Weber» will be created"
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.keyClick(editor.client, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [meeting] = _all(journal)
    assert meeting.interaction_id and meeting.client_id
    assert capture.get(journal, "client", meeting.client_id).name == "Daniel Weber"
    assert not page.meetings.isVisible()


def test_didnt_happen_dismisses_and_a_re_import_does_not_bring_it_back(qtbot, journal, tmp_path):
    path = calendar(tmp_path, ("m3", "Call that was skipped", "Olga", "olga@vesna.example", 5))
    meetings.import_calendar(journal, path)
    page = open_today(qtbot, journal)
    with qtbot.waitSignal(page.status_ready, timeout=10000):
        qtbot.mouseClick(page.meetings.rows[0].dismiss, Qt.MouseButton.LeftButton)
    assert not page.meetings.isVisible() and page.meetings.rows == []
    meetings.import_calendar(journal, path)
    assert meetings.to_log(journal, page.day()) == []
    [meeting] = _all(journal)
    assert meeting.dismissed and meeting.interaction_id is None
