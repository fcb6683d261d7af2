"""The PDF as a reader sees it: its text (pypdf), its pages and paper, and no file when cancelled."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from journal.export import fonts
from journal.export.pdf import export_pdf
from journal.export.report_html import day_text
from journal.services import capture
from journal.services.files import Cancelled
from journal.services.report import Scope
from tests.report_fixtures import TODAY, at, fill_small


def pdf_text(path: Path) -> list[str]:
    """Each page's text as a reader would search it: ligatures unfolded, any run of white space as one space."""
    pages = [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(path).pages]
    return [re.sub(r"\s+", " ", page) for page in pages]


@pytest.fixture
def ids(journal, qapp):
    return fill_small(journal)


def test_whole_journal_has_every_entry_cyrillic_included_and_page_n_of_m(journal, ids, tmp_path):
    out = tmp_path / "all.pdf"
    result = export_pdf(journal, out, Scope(), today=TODAY)
    pages = pdf_text(out)
    assert result.pages == len(pages) >= 2
    text = "\n".join(pages)
    for expected in (
        "Просила баннеры бесплатно",
        "Quarterly planning with Acme",
        "Old Acme call about invoices",
        "Спасибо Ирине за быстрое согласование",
        "Quote first",
        "Ирина Петрова",
    ):
        assert expected in text
    # Markdown rendered (no asterisks left), raw HTML in a note shown as text, not obeyed.
    assert "пять минут" in text and "**" not in text
    assert "<script>alert(1)</script>" in text
    assert "Summary" in pages[0] and "By client" in pages[0]  # the cover: scope, period, totals
    period = f"{day_text(TODAY - timedelta(days=15))} – {day_text(TODAY)}"  # the first and last entry's days
    assert period in pages[0]
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Whole journal" in page  # the running header names the scope on every page


def test_pressure_events_are_marked_with_their_cost(journal, ids, tmp_path):
    out = tmp_path / "all.pdf"
    export_pdf(journal, out, Scope(), today=TODAY)
    text = "\n".join(pdf_text(out))
    assert text.count("PRESSURE") == 2
    assert "3.5 h unpaid" in text and "20% discount" in text and "wanted 70% off" in text


def test_client_scope_holds_that_client_only(journal, ids, tmp_path):
    out = tmp_path / "client.pdf"
    export_pdf(journal, out, Scope("client", client_id=ids["irina"]), today=TODAY)
    text = "\n".join(pdf_text(out))
    assert "Client: Ирина Петрова" in text
    assert "Просила баннеры бесплатно" in text and "Спасибо Ирине" in text
    for other in ("Acme", "Quarterly planning", "Old Acme call", "wanted 70% off"):
        assert other not in text


def test_date_range_scope_leaves_out_entries_outside_it(journal, ids, tmp_path):
    out = tmp_path / "range.pdf"
    scope = Scope("range", date_from=TODAY - timedelta(days=20), date_to=TODAY - timedelta(days=10))
    export_pdf(journal, out, scope, today=TODAY)
    text = "\n".join(pdf_text(out))
    assert "Old Acme call about invoices" in text
    assert "Quarterly planning" not in text and "Просила баннеры" not in text
    assert "Journal for a period" in text


def test_weekly_review_covers_the_last_seven_days(journal, ids, tmp_path):
    capture.save(
        journal,
        "interaction",
        {
            "client_id": ids["acme"],
            "occurred_at": at(TODAY - timedelta(days=8)),
            "summary": "Too old for the week",
            "pressure": [{"kind": "threat", "note": "eight days ago"}],
        },
    )
    out = tmp_path / "weekly.pdf"
    export_pdf(journal, out, Scope("weekly", as_of=TODAY), today=TODAY)
    text = "\n".join(pdf_text(out))
    assert "Weekly review" in text
    assert "Pressure this week and what it cost" in text
    assert "wanted 70% off" in text and "Просила баннеры бесплатно" in text
    assert "eight days ago" not in text
    assert "Спасибо Ирине за быстрое согласование" in text and "Quote first" in text
    assert "What needs attention" in text


def test_a_cancelled_export_leaves_no_file_wherever_it_stops(journal, ids, tmp_path):
    asked = []
    export_pdf(journal, tmp_path / "full.pdf", Scope(), cancelled=lambda: asked.append(1) and False, today=TODAY)
    assert len(asked) >= 4  # gathering, building, laying out, and each page
    out = tmp_path / "out" / "cancelled.pdf"
    out.parent.mkdir()
    for stop_at in range(len(asked)):
        calls = iter(range(len(asked) + 1))
        with pytest.raises(Cancelled):
            export_pdf(journal, out, Scope(), cancelled=lambda s=stop_at, c=calls: next(c) >= s, today=TODAY)
        assert list(out.parent.iterdir()) == []


def test_a_failed_export_leaves_no_file_and_keeps_an_older_one(journal, ids, tmp_path):
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the previous report")

    def progress(done: int, total: int) -> None:
        if done >= 60:
            raise OSError("disk full")

    with pytest.raises(OSError):
        export_pdf(journal, out, Scope(), progress=progress, today=TODAY)
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]
    assert out.read_bytes() == b"the previous report"


def test_many_entries_run_over_many_pages_each_numbered(journal, ids, tmp_path):
    words = " ".join(["слово word"] * 150)
    for n in range(40):
        capture.save(
            journal,
            "interaction",
            {
                "client_id": ids["acme"],
                "occurred_at": at(TODAY - timedelta(days=n % 9)),
                "summary": f"Entry {n}",
                "notes": words,
            },
        )
    out = tmp_path / "long.pdf"
    result = export_pdf(journal, out, Scope(), today=TODAY)
    pages = pdf_text(out)
    assert result.pages == len(pages) > 5
    numbers = [re.search(r"Page (\d+) of (\d+)", page).groups() for page in pages]
    assert numbers == [(str(n), str(len(pages))) for n in range(1, len(pages) + 1)]
    text = "\n".join(pages)
    assert all(f"Entry {n} " in text for n in range(40))


def test_paper_follows_the_locale(journal, ids, tmp_path):
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    ru = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert fonts.page_size(us) == QPageSize.PageSizeId.Letter
    assert fonts.page_size(ru) == QPageSize.PageSizeId.A4
    out = tmp_path / "letter.pdf"
    export_pdf(journal, out, Scope(), today=TODAY, page_size=QPageSize.PageSizeId.Letter)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_bundled_font_is_embedded(journal, ids, tmp_path):
    out = tmp_path / "all.pdf"
    export_pdf(journal, out, Scope(), today=TODAY)
    reader = PdfReader(out)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            names.add(str(descriptor["/BaseFont"]))
    assert any("DejaVuSans" in name for name in names), names


def test_no_day_heading_is_left_alone_at_the_foot_of_a_page(journal, ids, tmp_path):
    for n in range(60):
        capture.save(
            journal,
            "interaction",
            {
                "client_id": ids["acme"],
                "occurred_at": at(TODAY - timedelta(days=20 + n)),
                "summary": f"Short call {n}",
                "notes": "A few words. " * (n % 7 * 8 + 1),
            },
        )
    out = tmp_path / "long.pdf"
    export_pdf(journal, out, Scope(), today=TODAY)
    reader = PdfReader(out)
    days = {day_text(TODAY - timedelta(days=d)) for d in range(90)}
    for page in reader.pages[1:-1]:
        lines = [line.strip() for line in unicodedata.normalize("NFKC", page.extract_text()).splitlines()]
        last = re.sub(r"\s+", " ", [line for line in lines if line][-1])
        assert last not in days, f"a day heading ends a page: {last}"


def test_the_pdf_speaks_the_interface_language(journal, ids, tmp_path, qapp):
    from journal import i18n

    i18n.install("ru")
    try:
        out = tmp_path / "weekly.pdf"
        export_pdf(journal, out, Scope("weekly", as_of=TODAY), today=TODAY)
    finally:
        i18n.install("en")
    pages = pdf_text(out)
    text = " ".join(pages)
    assert "Недельный обзор" in text and "Давление за неделю и его цена" in text
    assert all(f"Страница {n} из {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert "Бесплатная работа" in text  # the push's kind in Russian


def test_a_place_that_cannot_be_written_is_an_error_not_a_silent_empty_file(journal, ids, tmp_path):
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x")
    with pytest.raises(OSError):
        export_pdf(journal, not_a_folder / "x.pdf", Scope(), today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "plain-file"]


def test_weekly_review_draws_the_trend_as_vector_graphics(journal, ids, tmp_path):
    from journal.export.chart import week_label

    out = tmp_path / "weekly.pdf"
    export_pdf(journal, out, Scope("weekly", as_of=TODAY), today=TODAY)
    text = " ".join(pdf_text(out))
    monday = TODAY - timedelta(days=TODAY.weekday())
    for weeks_back in (0, 11):  # the first and the last of the 12 weeks are labelled
        assert week_label(monday - timedelta(weeks=weeks_back)) in text
    for page in PdfReader(out).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert all(x.get_object().get("/Subtype") != "/Image" for x in xobjects.values())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_weekly_review_says_what_status_says_risk_headline_promises_and_money(journal, ids, tmp_path, lang):
    from journal import i18n
    from journal.services import indicators, journal_settings, story_text

    journal_settings.save_rate(journal, 3000, "₽")
    i18n.install(lang)
    try:
        status = indicators.status(journal, TODAY)
        out = tmp_path / "weekly.pdf"
        export_pdf(journal, out, Scope("weekly", as_of=TODAY), today=TODAY)
        text = " ".join(" ".join(pdf_text(out)).split())
        expected = [story_text.risk_text(status.level), story_text.headline_text(status)]
        expected.append(story_text.promises_text(status.promises))
        expected += [story_text.reason_text(s, status.rate) for s in status.reasons]
        for sentence in expected:
            assert " ".join(sentence.split()) in text, sentence
        assert "₽" in text  # the unpaid hours in money, with the rate set
        assert ("About" in text or "about" in text) if lang == "en" else "около" in text
    finally:
        i18n.install("en")
