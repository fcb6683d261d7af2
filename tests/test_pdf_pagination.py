"""A long PDF never cuts a table row or a pressure box in two, and a long table repeats its header.

Read back with pypdf as a reader would: every pressure box (its "PRESSURE" heading and each
push's words) sits on one page; every row of the by-client table (a client name long enough to
wrap over three lines, and the row's figures) sits on one page; and each page that carries
rows of that table carries its header too.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.export.pdf import export_pdf
from journal.services import capture
from journal.services.report import Scope

TODAY = date(2026, 11, 23)
CLIENTS = 70
PUSHES = ("free_work", "discount", "deadline")


def at(day: date, hour: int) -> str:
    return datetime(day.year, day.month, day.day, hour, 0).astimezone().isoformat()


def long_name(i: int) -> str:
    return f"Startname{i:03d} Holding of the north-western regional branches and partners Endname{i:03d}"


@pytest.fixture
def long_journal(journal):
    for i in range(CLIENTS):
        client = capture.save(journal, "client", {"name": long_name(i)}).id
        day = TODAY - timedelta(days=i % 40)
        pressure = [
            {"kind": kind, "response": "conceded", "unpaid_hours": 1.5, "note": f"Quote{i:03d}x{n} it is five minutes"}
            for n, kind in enumerate(PUSHES)
        ]
        capture.save(
            journal,
            "interaction",
            {
                "client_id": client,
                "occurred_at": at(day, 9 + i % 8),
                "summary": f"Summary{i:03d}",
                "pressure": pressure,
            },
        )
    return journal


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def pages_with(pages: list[str], word: str) -> set[int]:
    return {n for n, text in enumerate(pages) if word in text}


def test_no_pressure_box_and_no_table_row_splits_across_pages(long_journal, qapp, tmp_path):
    path = tmp_path / "long.pdf"
    result = export_pdf(long_journal, path, Scope(), today=TODAY)
    pages = page_texts(path)
    assert result.pages == len(pages) >= 6
    # every pressure box whole: its heading's page holds each of its three pushes
    for i in range(CLIENTS):
        found = [pages_with(pages, f"Quote{i:03d}x{n}") for n in range(len(PUSHES))]
        assert all(len(f) == 1 for f in found), (i, found)
        assert len(set.union(*found)) == 1, f"the pressure box of Summary{i:03d} is split: pages {found}"
    # every row of the by-client table whole; the table runs over more than one page
    table_pages: set[int] = set()
    for i in range(CLIENTS):
        start = pages_with(pages, f"Startname{i:03d}")
        end = pages_with(pages, f"Endname{i:03d}")
        # the name is in the table and above its interaction; the table's copy comes first
        first_start, first_end = min(start), min(end)
        assert first_start == first_end, f"row {i} of the by-client table is split: pages {first_start}, {first_end}"
        table_pages.add(first_start)
    assert len(table_pages) >= 2, "the test needs the table to run over a page break"
    for n in table_pages:
        assert "Client Interactions Pressure events Conceded Unpaid hours" in pages[n], f"no header on page {n + 1}"


def test_a_short_pressure_box_at_a_page_foot_moves_whole_to_the_next_page(long_journal, qapp, tmp_path):
    """The same check on the client's export, where the boxes fall at other places of the page."""
    clients = capture.list_clients(long_journal)
    path = tmp_path / "client.pdf"
    export_pdf(long_journal, path, Scope("client", None, None, clients[0].id), today=TODAY)
    pages = page_texts(path)
    i = int(clients[0].name[9:12])
    found = [pages_with(pages, f"Quote{i:03d}x{n}") for n in range(len(PUSHES))]
    assert len(set.union(*found)) == 1
