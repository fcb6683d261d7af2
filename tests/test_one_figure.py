"""One figure, one sum: the unpaid hours of the last 28 days read the same in status, the PDF's
summary, the clients' rows, the CSV export and each client's story."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta

import pytest

from journal.services import capture, client_story, csv_export, indicators, journal_settings
from journal.services.interchange import Scope as FileScope
from journal.services.report import Scope, gather, totals
from tests.helpers import client

HOURS = (0.25, 1.5, 2, 0, 3.75)  # quarter hours sum exactly in binary, so equality is fair


def _when(days_ago: int) -> str:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(11)).astimezone().isoformat()


def test_the_unpaid_hours_are_one_sum_everywhere(journal, qapp, tmp_path):
    irina, oleg = client(journal, "Ирина").id, client(journal, "Олег").id
    for n, hours in enumerate(HOURS):
        capture.save(journal, "interaction", {
            "client_id": irina if n % 2 else oleg, "occurred_at": _when(2 + 4 * n), "summary": f"Звонок {n}",
            "pressure": [{"kind": "free_work", "response": "conceded", "unpaid_hours": hours},
                         {"kind": "deadline", "response": "held"}],
        })  # fmt: skip
    expected = sum(HOURS)
    journal_settings.save_rate(journal, 10, "$")  # so that status gives the cost too
    status = indicators.status(journal, date.today())
    [signal] = [s for s in status.signals if s.name == "unpaid_hours_per_week"]
    assert signal.basis == pytest.approx(expected, abs=0) and status.cost.unpaid_hours == expected
    period = Scope("range", date.today() - timedelta(days=27), date.today())
    assert totals(gather(journal, period).entries).unpaid_hours == expected
    assert sum(c.unpaid_hours for c in status.clients) == expected
    path = tmp_path / "all.csv"
    csv_export.export_csv(journal, path, FileScope())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        column = [row["unpaid_hours"] for row in csv.DictReader(handle) if row["kind"] == "interaction"]
    assert sum(float(v) for v in column if v) == expected
    stories = [client_story.client_story(journal, cid, date.today()) for cid in (irina, oleg)]
    assert sum(s.unpaid_hours for s in stories) == expected
