"""`rapport search TEXT [--limit N] [--json]` (spec/cli.md): the window's search, run as a person runs it.

Every test runs `rapport` as a subprocess on a real journal made here; the words are in English
and in Russian (case, «ё» and word endings), the hits are the ones the Journal page lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal.services import capture, timeline
from journal.store.db import open_journal
from tests.helpers import client, interaction
from tests.test_cli import ROOT, rapport

PASSPHRASE = "a long enough passphrase"


def make_journal(folder: Path) -> dict[str, str]:
    """Two clients, interactions on four days, a gratitude note and a lesson; returns ids by name."""
    journal = open_journal(folder)
    try:
        irina = client(journal, "Ирина Петрова")
        emma = client(journal, "Emma Wilson")
        ids = {
            "banners_old": interaction(journal, irina.id, "2026-10-02T10:00:00+03:00", "Баннеры к распродаже",
                                       notes="Попросила ещё три баннера бесплатно").id,
            "tree": interaction(journal, irina.id, "2026-11-05T12:00:00+03:00", "Ёлка в офисе",
                                notes="Макет ёлки для новогодней рассылки").id,
            "banners_new": interaction(journal, irina.id, "2026-11-20T16:00:00+03:00", "Снова баннеры",
                                       notes="Правки к баннерам до пятницы").id,
            "free_work": interaction(journal, emma.id, "2026-11-18T09:30:00+00:00", "Extra landing page",
                                     notes="Asked for a free landing page on top of the banners").id,
        }  # fmt: skip
        ids["thanks"] = capture.save(
            journal, "gratitude", {"written_on": "2026-11-21", "text": "Emma thanked us for the banners"}
        ).id
        ids["lesson"] = capture.save(
            journal,
            "lesson",
            {"written_on": "2026-11-22", "what_happened": "Бесплатная работа «на пять минут»",
             "lesson": "Сначала смета", "next_time": "Письмо с суммой до начала работы"},
        ).id  # fmt: skip
    finally:
        journal.close()
    return ids


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ids(folder: Path) -> dict[str, str]:
    return make_journal(folder)


def search(folder: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return rapport("--data-dir", str(folder), "search", *args, env=env)


def as_json(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_hits_newest_first_with_every_field_of_the_spec(folder, ids):
    found = as_json(search(folder, "banners", "--json"))
    assert found["query"] == "banners"
    assert [h["id"] for h in found["hits"]] == [ids["thanks"], ids["free_work"]]  # newest first
    assert set(found["hits"][0]) == {"kind", "id", "day", "client", "summary", "snippet"}
    note, work = found["hits"]
    assert (note["kind"], note["day"], note["client"]) == ("gratitude", "2026-11-21", None)
    snippet = work.pop("snippet")  # the window's snippet, plain: twelve words around the match
    assert work == {
        "kind": "interaction",
        "id": ids["free_work"],
        "day": "2026-11-18",
        "client": "Emma Wilson",
        "summary": "Extra landing page",
    }
    assert snippet.endswith("Asked for a free landing page on top of the banners") and "\x02" not in snippet


def test_russian_words_match_in_any_case_with_yo_folded_and_by_their_start(folder, ids):
    plural = as_json(search(folder, "БАННЕР", "--json"))  # a prefix, in capitals: баннеры, баннера, баннерам
    assert [h["id"] for h in plural["hits"]] == [ids["banners_new"], ids["banners_old"]]
    assert plural["hits"][0]["client"] == "Ирина Петрова" and plural["hits"][0]["summary"] == "Снова баннеры"
    assert "баннерам" in plural["hits"][0]["snippet"]
    for typed in ("елка", "ёлка", "Ёлки"):
        assert [h["id"] for h in as_json(search(folder, typed, "--json"))["hits"]] == [ids["tree"]], typed
    both = as_json(search(folder, "бесплатн пять", "--json"))  # every word must be there
    assert [h["id"] for h in both["hits"]] == [ids["lesson"]]


def test_the_hits_are_the_windows_search_in_the_same_order(folder, ids):
    journal = open_journal(folder)
    try:
        window = [e.id for e in timeline.page(journal, timeline.TimelineFilter(text="баннер б"))]
    finally:
        journal.close()
    assert len(window) >= 2
    assert [h["id"] for h in as_json(search(folder, "баннер б", "--json"))["hits"]] == window


def test_text_form_is_one_hit_a_line_in_the_interface_language(folder, ids):
    english = search(folder, "banners", "--lang", "en")
    assert english.returncode == 0, english.stderr
    lines = english.stdout.splitlines()
    assert len(lines) == 2
    assert (
        lines[0].startswith("21 Nov") and "Gratitude note" in lines[0] and "Emma thanked us for the banners" in lines[0]
    )
    assert lines[1].startswith("18 Nov") and "Interaction · Emma Wilson · Extra landing page" in lines[1]
    assert "\x1b[" not in english.stdout and "\x02" not in english.stdout  # a pipe gets no marks
    russian = search(folder, "баннер", "--lang", "ru")
    assert russian.returncode == 0, russian.stderr
    first, second = russian.stdout.splitlines()
    assert first.startswith("20 нояб.") and "Взаимодействие · Ирина Петрова · Снова баннеры — " in first
    assert "2 окт." in second and "Баннеры к распродаже" in second


def test_limit_keeps_the_newest(folder, ids):
    found = as_json(search(folder, "баннер", "--limit", "1", "--json"))
    assert [h["id"] for h in found["hits"]] == [ids["banners_new"]]
    text = search(folder, "баннер", "--limit", "1")
    assert len(text.stdout.splitlines()) == 1


def test_nothing_found_is_no_line_and_a_word_on_stderr(folder, ids):
    result = search(folder, "асфальт", "--lang", "ru")
    assert result.returncode == 0 and result.stdout == ""
    assert "«асфальт»" in result.stderr
    assert as_json(search(folder, "asphalt", "--json")) == {"query": "asphalt", "hits": []}


@pytest.mark.parametrize("limit", ["0", "-3", "abc", "1001", "2.5"])
def test_a_bad_limit_exits_2_with_a_message(folder, ids, limit):
    result = search(folder, "banners", f"--limit={limit}")
    assert result.returncode == 2
    assert "--limit" in result.stderr and limit in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_text_without_a_word_exits_2(folder, ids):
    result = search(folder, "!!! …", "--lang", "en")
    assert result.returncode == 2 and "no word to search for" in result.stderr and "Traceback" not in result.stderr


def test_search_writes_nothing_to_the_journal(folder, ids):
    journal_file = folder / "rapport.sqlite3"
    before = hashlib.sha256(journal_file.read_bytes()).hexdigest()
    assert search(folder, "баннер").returncode == 0
    assert search(folder, "banners", "--json").returncode == 0
    assert hashlib.sha256(journal_file.read_bytes()).hexdigest() == before


def test_a_folder_without_a_journal_exits_1_naming_it_and_stays_absent(tmp_path):
    folder = tmp_path / "nothing here"
    for args in (("баннер",), ("banners", "--json")):
        result = search(folder, *args)
        assert result.returncode == 1, result.stderr
        assert str(folder) in result.stderr and "Traceback" not in result.stderr
    assert not folder.exists()


def test_an_encrypted_journal_is_searched_with_its_passphrase(folder, ids):
    done = rapport("--data-dir", str(folder), "encrypt", env={"RAPPORT_NEW_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    found = as_json(search(folder, "ёлка", "--json", env={"RAPPORT_PASSPHRASE": PASSPHRASE}))
    assert [h["id"] for h in found["hits"]] == [ids["tree"]]
    missing = search(folder, "ёлка")
    assert missing.returncode == 2 and "RAPPORT_PASSPHRASE" in missing.stderr and missing.stdout == ""
    wrong = search(folder, "ёлка", env={"RAPPORT_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr and wrong.stdout == ""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_on_a_terminal_the_matched_words_are_bold(folder, ids):
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "journal", "--data-dir", str(folder), "search", "landing", "--lang", "en"],
            stdout=follower, stderr=subprocess.PIPE, cwd=ROOT, timeout=120,
        )  # fmt: skip
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end is closed: everything has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert "a free \x1b[1mlanding\x1b[0m page" in shown.decode("utf-8")
