"""Calendar import (spec: meetings): the Outlook, Google and Apple corpus, re-import, matching,
`rapport import FILE.ics` and `status --json`'s meetings to log, as a person would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal.domain import meetings as dm
from journal.services import meetings
from journal.services.calendar_file import CalendarError, read_calendar
from journal.store.db import open_journal
from tests.helpers import client, interaction
from tests.indicator_journal import moscow  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parent.parent
CALENDARS = ROOT / "tests" / "fixtures" / "calendars"
NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)
pytestmark = pytest.mark.usefixtures("moscow")  # local days are Moscow days
OUTLOOK_UID = (
    "040000008200E00074C5B7101A82E00800000000A0F1B5C3E21DDB01000000000000000010000000D1E6C0A5C34F9C4E8A7E9F0B1C2D3E4F"
)


def occurrences(name: str) -> list[dm.Occurrence]:
    return read_calendar((CALENDARS / name).read_bytes(), NOW).occurrences


def test_outlook_weekly_series_keeps_its_zone_across_the_dst_change():
    series = sorted((o for o in occurrences("outlook.ics") if o.uid == OUTLOOK_UID), key=lambda o: dm.utc(o.start))
    keys = [dm.meeting_key(o.uid, o.start).split("@")[1] for o in series]
    # 10:00 in Berlin is 08:00 UTC before 25 October and 09:00 after; 10 November is excluded;
    # 17 November moved to Thursday 19 November 15:30
    assert keys[:5] == ["20261006T080000Z", "20261013T080000Z", "20261020T080000Z", "20261027T090000Z",
                        "20261103T090000Z"]  # fmt: skip
    assert "20261110T090000Z" not in keys and "20261117T090000Z" not in keys
    assert "20261119T143000Z" in keys
    moved = next(o for o in series if dm.meeting_key(o.uid, o.start).endswith("20261119T143000Z"))
    assert moved.title == "Northwind weekly status (moved to Thursday)"
    assert len(series) == 11  # COUNT=12 less the excluded one


def test_google_utc_times_recurrence_and_owner():
    found = read_calendar((CALENDARS / "google.ics").read_bytes(), NOW)
    assert found.owner == {"alex.morgan@rapport.example"}  # X-WR-CALNAME
    daily = [o for o in found.occurrences if o.uid.startswith("7kukuq")]
    assert sorted(dm.meeting_key(o.uid, o.start)[-16:] for o in daily) == [
        "20261123T070000Z", "20261124T070000Z", "20261126T110000Z", "20261127T070000Z"]  # fmt: skip
    declined = next(o for o in found.occurrences if o.title == "Contoso pricing review")
    assert dm.skip_reason(declined, found.owner) == "declined"
    alone = next(o for o in found.occurrences if o.title == "Focus time")
    assert dm.skip_reason(alone, found.owner) == "alone"
    no_name = next(o for o in found.occurrences if o.title == "Contoso: contract renewal")
    assert dm.Attendee(None, "purchasing@contoso.example") in no_name.attendees  # no CN


def test_apple_floating_time_is_local_and_cyrillic_folded_lines_read_whole():
    found = {o.title: o for o in occurrences("apple.ics")}
    floating = found["встреча в студии «весна»: итоги года"]
    assert floating.start.tzinfo is None
    assert dm.meeting_key(floating.uid, floating.start).endswith("@20261126T140000Z")  # 17:00 in Moscow
    lunch = found["Обед с Ольгой Смирновой"]
    assert lunch.location == "Кафе «Пушкин», Тверской бульвар, 26А"
    assert found["День рождения Ольги"].all_day
    titles = {o.title for o in occurrences("outlook.ics")}
    assert "Созвон с ёлкой: новогодняя кампания, баннеры и посадочные страницы" in titles


def test_matching_by_email_then_name_in_any_alphabet():
    clients = [
        dm.ClientRef("c1", "Irina Petrova", "irina.petrova@northwind.example"),
        dm.ClientRef("c2", "Ёлка"),
        dm.ClientRef("c3", "Весна"),
        dm.ClientRef("c4", "Daniel Weber"),
        dm.ClientRef("c5", "Anna"),
        dm.ClientRef("c6", "Anna"),
        dm.ClientRef("c7", "Ольга Смирнова"),
    ]
    matcher = dm.ClientMatcher(clients)
    assert matcher.match("Status", [dm.Attendee("Someone", "Irina.Petrova@Northwind.EXAMPLE")]) == "c1"
    assert matcher.match("созвон с ЕЛКА про баннеры", []) == "c2"  # ё = е, any case
    assert matcher.match("встреча в студии «весна»", []) == "c3"
    assert matcher.match("Pricing", [dm.Attendee("Daniel Weber (Contoso)", None)]) == "c4"
    assert matcher.match("Вёснушки", []) is None  # whole words only
    assert matcher.match("обед с ёлкой", []) == "c2"  # a Russian name in another case
    assert matcher.match("Обед с Ольгой Смирновой", []) == "c7"
    assert matcher.match("ольга", []) is None  # a part of a name is not the name
    assert matcher.match("Anna and the team", []) is None  # two clients equally named: the user picks
    assert matcher.match("Lunch", [dm.Attendee("Nobody", "x@y.example")]) is None


def import_and_status(data: Path, *files: Path, as_of: str = "2026-11-27", env: dict | None = None):
    env = {**os.environ, "TZ": "Europe/Moscow", **(env or {})}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "journal", "--data-dir", str(data), "import", str(f)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )  # fmt: skip
        for f in files
    ]
    status = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(data), "status", "--as-of", as_of, "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert status.returncode == 0, status.stderr
    return runs, [a for a in json.loads(status.stdout)["attention"] if a["kind"] == "meeting"]


def test_the_command_lists_meetings_to_log_and_a_second_import_changes_nothing(tmp_path):
    data = tmp_path / "data"
    journal = open_journal(data)
    irina = client(journal, "Irina Petrova", email="irina.petrova@northwind.example")
    vesna = client(journal, "Весна")
    journal.close()
    files = [CALENDARS / "outlook.ics", CALENDARS / "google.ics", CALENDARS / "apple.ics"]
    runs, listed = import_and_status(data, *files)
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    assert "added 12" in runs[0].stdout and "skipped 3" in runs[0].stdout
    got = [(a["id"].rsplit("@", 1)[1], a["client_id"], a["due"]) for a in listed]
    assert got == [
        ("20261123T070000Z", None, "2026-11-23"),  # Google daily, UTC
        ("20261124T090000Z", irina.id, "2026-11-24"),  # Outlook weekly, by e-mail
        ("20261124T070000Z", None, "2026-11-24"),
        ("20261125T090000Z", None, "2026-11-25"),  # Apple, TZID Europe/Moscow
        ("20261126T140000Z", vesna.id, "2026-11-26"),  # floating, by a lower-case name in a Russian title
        ("20261126T110000Z", None, "2026-11-26"),  # the moved occurrence
        ("20261127T120000Z", None, "2026-11-27"),
        ("20261127T070000Z", None, "2026-11-27"),
        ("20261127T080000Z", None, "2026-11-27"),
    ]
    before = (data / "rapport.sqlite3").read_bytes()
    again, listed_again = import_and_status(data, *files)
    assert all("added 0, updated 0, removed 0" in r.stdout for r in again), [r.stdout for r in again]
    assert listed_again == listed
    assert "Log the meeting: Northwind weekly status" in [a["text"] for a in listed]
    assert before  # the journal exists; the rows are the same as before (checked through status above)


def test_a_vanished_or_cancelled_occurrence_is_dropped_unless_logged(tmp_path, journal):
    text = (CALENDARS / "google.ics").read_text(encoding="utf-8")
    path = tmp_path / "cal.ics"
    path.write_text(text, encoding="utf-8")
    maria = client(journal, "Мария Соколова")
    counts = meetings.import_calendar(journal, path, now=NOW)
    assert counts.added == 5
    keep = next(r for r in meetings.to_log(journal, date(2026, 11, 27)) if r.key.endswith("20261124T070000Z"))
    logged = interaction(journal, maria.id, "2026-11-24T10:00:00+03:00", "Daily check")
    assert meetings.link(journal, keep.key, logged.id, maria.id)
    # the series is cancelled and the renewal vanishes from the file
    text = text.replace("STATUS:CONFIRMED\nSUMMARY:Запуск: ежедневная", "STATUS:CANCELLED\nSUMMARY:Запуск: ежедневная")
    text = text.replace("UID:5f5f5f5f5f5f@google.com", "UID:another@google.com").replace(
        "SUMMARY:Contoso: contract renewal", "SUMMARY:Contoso: renewal (new invite)"
    )
    path.write_text(text, encoding="utf-8")
    counts = meetings.import_calendar(journal, path, now=NOW)
    assert (counts.added, counts.removed) == (1, 3)  # 2 daily occurrences and the old renewal; the logged one stays
    assert meetings.get(journal, keep.key).interaction_id == logged.id
    assert meetings.of_interaction(journal, logged.id).key == keep.key


def test_a_dismissed_meeting_stays_dismissed_after_a_re_import(tmp_path, journal):
    path = CALENDARS / "apple.ics"
    meetings.import_calendar(journal, path, now=NOW)
    first = meetings.to_log(journal, date(2026, 11, 27))[0]
    assert meetings.dismiss(journal, first.key)
    meetings.import_calendar(journal, path, now=NOW)
    assert first.key not in [r.key for r in meetings.to_log(journal, date(2026, 11, 27))]


def test_a_meeting_later_today_is_not_yet_to_log(journal):
    meetings.import_calendar(journal, CALENDARS / "apple.ics", now=NOW)
    day = date(2026, 11, 26)  # the floating meeting is 17:00–18:00 local that day
    noon = datetime(2026, 11, 26, 12).astimezone().timestamp()
    evening = datetime(2026, 11, 26, 19).astimezone().timestamp()
    assert not [r for r in meetings.to_log(journal, day, now=noon) if "весна" in r.title]
    assert [r for r in meetings.to_log(journal, day, now=evening) if "весна" in r.title]


@pytest.mark.parametrize(
    "content, says",
    [
        (b"this is not a calendar\n", "line 1"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261126T170000\r\nEND:VCALENDAR\r\n", "line 5"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "2026"),
        # a duration where a start belongs (icalendar reads it as a timedelta)
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:P1D\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "P1D"),
        (b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe\r\nEND:VCALENDAR\r\n", "UTF-8"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", "never closed"),
    ],
)
def test_a_broken_file_exits_2_and_writes_nothing(tmp_path, content, says):
    data = tmp_path / "data"
    journal = open_journal(data)
    meetings.import_calendar(journal, CALENDARS / "apple.ics", now=NOW)
    journal.close()
    broken = tmp_path / "broken.ics"
    broken.write_bytes(content)
    run = subprocess.run([sys.executable, "-m", "journal", "--data-dir", str(data), "import", str(broken)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 2
    assert says in run.stderr and "nothing was imported" in run.stderr and "Traceback" not in run.stderr
    journal = open_journal(data)
    assert len(meetings.to_log(journal, date(2026, 11, 27))) == 2  # as it was
    journal.close()


def test_read_calendar_raises_for_a_series_it_cannot_expand():
    bad = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nDTSTART:20261126T170000Z\r\n"
           b"RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip
    with pytest.raises(CalendarError):
        read_calendar(bad, NOW)
