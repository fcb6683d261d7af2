"""The client's PDF carries the story of the client's page: label and why, 90-day figures, the chart, what is open."""

from __future__ import annotations

from tests.test_client_story_page import known_journal
from tests.test_export_cli import rapport, text_of


def test_rapport_export_client_pdf_tells_the_story(journal, tmp_path):
    known_journal(journal)
    journal.close()
    out = tmp_path / "irina.pdf"
    done = rapport("--data-dir", str(journal.folder), "export", str(out), "--client", "Ирина Петрова")
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "◆ Watch — Some concessions or frequent pushes, though not bending" in text
    assert "The last 90 days" in text and "Interactions 4" in text
    assert "Pushes 3 (conceded: 1, compromise: 1, held firm: 1)" in text
    assert "Promises kept 1 of 2 kept on time" in text
    assert "Pushes and mood, month by month" in text and "Mean mood" in text  # the chart's legend is drawn
    assert "Incident opened" in text and "Late banners" in text
    assert text.index("Still open") < text.index("Banners for free")  # the story first, then the entries
