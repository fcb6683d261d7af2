"""`rapport export FILE.pdf` as a user runs it: the scopes, the weekly review, and bad input (exit 2)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_interchange import DOC

ROOT = Path(__file__).resolve().parent.parent


def rapport(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    env.pop("DISPLAY", None)  # headless, as on a server
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "journal", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )


def text_of(path: Path) -> str:
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "d"
    assert rapport("--data-dir", str(folder), "import", str(doc)).returncode == 0
    return folder


def test_pdf_for_one_client_by_name_without_a_display(data, tmp_path):
    out = tmp_path / "client.pdf"
    result = rapport("--data-dir", str(data), "export", str(out), "--client", "ирина петрова")
    assert result.returncode == 0, result.stderr
    assert "page" in result.stdout and str(out) in result.stdout
    text = text_of(out)
    assert "Client: Ирина Петрова" in text and "Asked for extra banners for free" in text
    assert "Page 1 of" in text


def test_weekly_review_pdf(data, tmp_path):
    out = tmp_path / "weekly.pdf"
    result = rapport("--data-dir", str(data), "export", str(out), "--weekly")
    assert result.returncode == 0, result.stderr
    assert "Weekly review" in text_of(out)


@pytest.mark.parametrize(
    "extra",
    [
        ("--weekly", "--client", "Ирина Петрова"),
        ("--from", "2026-13-01"),
        ("--client", "Nobody at all"),
        ("--from", "2026-05-01", "--to", "2026-04-01"),
    ],
)
def test_bad_pdf_requests_exit_2_and_write_nothing(data, tmp_path, extra):
    out = tmp_path / "bad.pdf"
    result = rapport("--data-dir", str(data), "export", str(out), *extra)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert not out.exists()


def test_weekly_with_a_json_file_is_refused(data, tmp_path):
    result = rapport("--data-dir", str(data), "export", str(tmp_path / "x.json"), "--weekly")
    assert result.returncode == 2 and "--weekly" in result.stderr


def test_pdf_into_a_missing_folder_exits_2(data, tmp_path):
    result = rapport("--data-dir", str(data), "export", str(tmp_path / "no" / "such" / "x.pdf"))
    assert result.returncode == 2 and "no such folder" in result.stderr
