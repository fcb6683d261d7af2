"""The command line as a user runs it: exit codes, messages, no tracebacks, the data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_interchange import DOC

ROOT = Path(__file__).resolve().parent.parent


def rapport(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "journal", *args], capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120
    )


@pytest.fixture
def doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    return path


def test_version():
    from journal import __version__

    result = rapport("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"rapport {__version__}"


def test_import_export_round_trip_through_the_command(tmp_path, doc_file):
    data = str(tmp_path / "d")
    assert rapport("--data-dir", data, "import", str(doc_file)).returncode == 0
    out = tmp_path / "out.json"
    result = rapport("--data-dir", data, "export", str(out))
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["clients"] == DOC["clients"] and exported["interactions"] == DOC["interactions"]


def test_environment_variable_names_the_data_folder(tmp_path, doc_file):
    data = tmp_path / "from-env"
    assert rapport("import", str(doc_file), env={"RAPPORT_DATA_DIR": str(data)}).returncode == 0
    assert (data / "rapport.sqlite3").is_file()


def test_a_bad_file_exits_2_with_the_path_of_each_problem_and_writes_nothing(tmp_path, doc_file):
    bad = json.loads(doc_file.read_text(encoding="utf-8"))
    bad["interactions"][0]["pressure"][0]["kind"] = "bribe"
    bad["clients"][0]["name"] = ""
    doc_file.write_text(json.dumps(bad), encoding="utf-8")
    data = str(tmp_path / "d")
    result = rapport("--data-dir", data, "import", str(doc_file))
    assert result.returncode == 2
    assert "interactions[0].pressure[0].kind: 'bribe' is not one of" in result.stderr
    assert "clients[0].name:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d").exists()  # the file is checked before a journal is made or opened


@pytest.mark.parametrize(
    "args",
    [
        ("import", "/no/such/file.json"),
        ("export", "out.txt"),
        ("export", "out.pdf", "--weekly", "--from", "2026-05-01"),  # issue-6: PDF export exists now
        ("export", "x.json", "--from", "2026-02-30"),
        ("export", "x.json", "--client", "Nobody"),
        ("export", "x.json", "--from", "2026-05-01", "--to", "2026-04-01"),
        ("restore", "/no/such/backup.sqlite3"),
        ("demo", "--months", "0"),
        ("frobnicate",),
    ],
)
def test_user_mistakes_exit_2_without_a_traceback(tmp_path, args):
    from journal.store.db import open_journal

    open_journal(tmp_path / "d").close()  # read-only commands need a journal to get as far as their arguments
    result = rapport("--data-dir", str(tmp_path / "d"), *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() and "Traceback" not in result.stderr


def test_export_csv_for_one_client_by_name(tmp_path, doc_file):
    data = str(tmp_path / "d")
    rapport("--data-dir", data, "import", str(doc_file))
    out = tmp_path / "c.csv"
    result = rapport("--data-dir", data, "export", str(out), "--client", "ирина петрова")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "Asked for extra banners for free" in text and "Renewal" not in text


def test_backup_restore_check(tmp_path, doc_file):
    data = tmp_path / "d"
    rapport("--data-dir", str(data), "import", str(doc_file))
    copy = tmp_path / "copy.sqlite3"
    assert rapport("--data-dir", str(data), "backup", str(copy)).returncode == 0
    assert rapport("--data-dir", str(data), "check").returncode == 0
    other = tmp_path / "other"
    result = rapport("--data-dir", str(other), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "o.json"
    rapport("--data-dir", str(other), "export", str(out))
    assert len(json.loads(out.read_text(encoding="utf-8"))["interactions"]) == 2


def test_check_fails_on_a_damaged_journal(tmp_path, doc_file):
    data = tmp_path / "d"
    rapport("--data-dir", str(data), "import", str(doc_file))
    import sqlite3

    con = sqlite3.connect(data / "rapport.sqlite3")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM client WHERE id = 'c1'")
    con.commit()
    con.close()
    result = rapport("--data-dir", str(data), "check")
    assert result.returncode == 1 and "reference" in result.stderr
