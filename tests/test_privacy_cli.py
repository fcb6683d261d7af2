"""`rapport encrypt / decrypt / passphrase` and every command on an encrypted journal (`spec/privacy.md`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.services import privacy
from journal.store import keys
from journal.store.db import SQLITE_HEADER, is_encrypted
from tests.privacy_journal import counts, fill, readable, snapshot
from tests.test_cli import rapport

CODE = re.compile(r"^Recovery code: ([A-HJKMNP-Z2-9]{4}(?:-[A-HJKMNP-Z2-9]{4}){5})$", re.MULTILINE)


def _encrypt(folder: Path, passphrase: str = "first passphrase", *extra: str) -> str:
    done = rapport("--data-dir", str(folder), "encrypt", *extra, env={"RAPPORT_NEW_PASSPHRASE": passphrase})
    assert done.returncode == 0, done.stderr
    match = CODE.search(done.stdout)
    assert match, done.stdout
    return match.group(1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    fill(data)
    return data


def test_encrypt_prints_the_recovery_code_and_every_command_works_with_the_passphrase(folder: Path, tmp_path: Path):
    before = counts(folder)
    _encrypt(folder)
    assert not (folder / "rapport.sqlite3").read_bytes().startswith(SQLITE_HEADER)
    ok = {"RAPPORT_PASSPHRASE": "first passphrase"}
    base = ("--data-dir", str(folder))
    status = rapport(*base, "status", "--json", env=ok)
    assert status.returncode == 0, status.stderr
    assert '"Анна Секретова"' in status.stdout
    exported = tmp_path / "out.json"
    assert rapport(*base, "export", str(exported), env=ok).returncode == 0
    assert "Zanzibar Holdings" in exported.read_text(encoding="utf-8")  # an export is what the user asks for: plain
    assert rapport(*base, "export", str(tmp_path / "out.csv"), env=ok).returncode == 0
    assert rapport(*base, "check", env=ok).returncode == 0
    assert rapport(*base, "backup", env=ok).returncode == 0
    again = rapport(*base, "import", str(exported), env=ok)
    assert again.returncode == 0, again.stderr
    assert counts(folder, privacy.unlock(folder / "rapport.sqlite3", "first passphrase")) == before


def test_without_a_passphrase_or_with_a_wrong_one_the_command_exits_2_and_writes_nothing(folder: Path, tmp_path: Path):
    _encrypt(folder)
    before = snapshot(folder)
    base = ("--data-dir", str(folder))
    missing = rapport(*base, "status")
    assert missing.returncode == 2
    assert "RAPPORT_PASSPHRASE" in missing.stderr and "Traceback" not in missing.stderr
    wrong = {"RAPPORT_PASSPHRASE": "not the passphrase", "RAPPORT_NEW_PASSPHRASE": "another passphrase"}
    backup = next(folder.glob("backups/*.sqlite3"))
    for command in (
        ["status"], ["check"], ["backup"], ["import", str(tmp_path / "none.json")], ["export", str(tmp_path / "x.json")],
        ["decrypt"], ["passphrase"], ["demo"], ["restore", str(backup)],
    ):  # fmt: skip
        if command[0] == "import":
            (tmp_path / "none.json").write_text("{}", encoding="utf-8")
        result = rapport(*base, *command, env=wrong)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
    assert snapshot(folder) == before  # byte for byte
    assert not (tmp_path / "x.json").exists()


def test_a_passphrase_given_for_a_plain_journal_is_ignored(folder: Path):
    result = rapport("--data-dir", str(folder), "status", env={"RAPPORT_PASSPHRASE": "whatever"})
    assert result.returncode == 0, result.stderr
    assert not keys.keys_path(folder).exists()


def test_a_forgotten_passphrase_and_the_recovery_code_get_the_journal_back(folder: Path):
    before = counts(folder)
    code = _encrypt(folder)
    base = ("--data-dir", str(folder))
    reset = rapport(
        *base, "passphrase", "--recovery-code", code.lower(), env={"RAPPORT_NEW_PASSPHRASE": "brand new one"}
    )
    assert reset.returncode == 0, reset.stderr
    assert rapport(*base, "status", env={"RAPPORT_PASSPHRASE": "first passphrase"}).returncode == 2
    assert rapport(*base, "status", env={"RAPPORT_PASSPHRASE": "brand new one"}).returncode == 0
    assert counts(folder, privacy.unlock(folder / "rapport.sqlite3", "brand new one")) == before
    bad = rapport(*base, "passphrase", "--recovery-code", "AAAA-BBBB", env={"RAPPORT_NEW_PASSPHRASE": "x" * 10})
    assert bad.returncode == 2 and "24" in bad.stderr


def test_changing_the_passphrase_only_rewraps_the_key(folder: Path):
    _encrypt(folder)
    journal_bytes = (folder / "rapport.sqlite3").read_bytes()
    base = ("--data-dir", str(folder))
    changed = rapport(
        *base,
        "passphrase",
        env={"RAPPORT_PASSPHRASE": "first passphrase", "RAPPORT_NEW_PASSPHRASE": "second passphrase"},
    )
    assert changed.returncode == 0, changed.stderr
    assert (folder / "rapport.sqlite3").read_bytes() == journal_bytes
    assert rapport(*base, "status", env={"RAPPORT_PASSPHRASE": "second passphrase"}).returncode == 0
    short = rapport(
        *base, "passphrase", env={"RAPPORT_PASSPHRASE": "second passphrase", "RAPPORT_NEW_PASSPHRASE": "short"}
    )
    assert short.returncode == 2 and "at least 8" in short.stderr


def test_decrypt_gives_back_a_plain_journal_with_every_record(folder: Path):
    before = counts(folder)
    _encrypt(folder)
    done = rapport("--data-dir", str(folder), "decrypt", env={"RAPPORT_PASSPHRASE": "first passphrase"})
    assert done.returncode == 0, done.stderr
    assert (folder / "rapport.sqlite3").read_bytes().startswith(SQLITE_HEADER)
    assert not keys.keys_path(folder).exists()
    assert counts(folder) == before
    assert rapport("--data-dir", str(folder), "decrypt").returncode == 2  # not encrypted any more


def test_encrypting_offers_to_delete_the_plain_backups(folder: Path):
    assert rapport("--data-dir", str(folder), "backup").returncode == 0
    done = rapport("--data-dir", str(folder), "encrypt", env={"RAPPORT_NEW_PASSPHRASE": "first passphrase"})
    assert "2 unencrypted backup(s) remain" in done.stdout  # the one just made and the one taken before
    assert len(privacy.plain_backups(folder)) == 2
    assert rapport("--data-dir", str(folder), "encrypt", env={"RAPPORT_NEW_PASSPHRASE": "x" * 9}).returncode == 2


def test_with_encryption_on_nothing_confidential_is_readable_in_the_data_folder(folder: Path):
    assert readable(folder)  # the test can fail: plain, the words are all there
    _encrypt(folder, "first passphrase", "--delete-plain-backups")
    key = privacy.unlock(folder / "rapport.sqlite3", "first passphrase")
    from journal.services import backup, drafts
    from journal.store.db import open_journal

    journal = open_journal(folder, key)
    fill(folder, key, extra=" 2")  # writes while another connection keeps the write-ahead log alive
    drafts.save_draft(journal, "open-draft", "interaction", {"summary": "moonlight discount"})
    assert Path(f"{journal.file}-wal").stat().st_size > 0
    backup.backup(folder, key=key)
    from datetime import date

    backup.auto_backup(folder, date.today(), key=key)
    assert readable(folder) == []  # journal, -wal, -shm, backups and their keys, drafts inside the journal
    journal.close()
    assert readable(folder) == []
    assert len(list(folder.glob("backups/*.sqlite3"))) == 2  # the plain one taken before was deleted as asked
    assert counts(folder, key)["client"] == 2  # and everything is there behind the key


def test_an_encrypted_backup_opens_with_the_passphrase_of_its_day(folder: Path):
    code = _encrypt(folder, "first passphrase")
    base = ("--data-dir", str(folder))
    made = rapport(*base, "backup", env={"RAPPORT_PASSPHRASE": "first passphrase"})
    backup_file = Path(made.stdout.strip().split(" to ", 1)[1].rstrip("."))
    assert keys.sidecar(backup_file).is_file()
    env = {"RAPPORT_PASSPHRASE": "first passphrase", "RAPPORT_NEW_PASSPHRASE": "second passphrase"}
    assert rapport(*base, "passphrase", env=env).returncode == 0
    fill(folder, privacy.unlock(folder / "rapport.sqlite3", "second passphrase"), extra=" later")
    wrong = rapport(*base, "restore", str(backup_file), env={"RAPPORT_PASSPHRASE": "second passphrase"})
    assert wrong.returncode == 2 and "wrong passphrase" in wrong.stderr
    keys_now = keys.keys_path(folder).read_bytes()
    restored = rapport(*base, "restore", str(backup_file), env={"RAPPORT_PASSPHRASE": "first passphrase"})
    assert restored.returncode == 0, restored.stderr
    # the records come back; the journal keeps the passphrase of today (a changed one never returns)
    assert keys.keys_path(folder).read_bytes() == keys_now
    assert rapport(*base, "status", env={"RAPPORT_PASSPHRASE": "first passphrase"}).returncode == 2
    assert rapport(*base, "status", env={"RAPPORT_PASSPHRASE": "second passphrase"}).returncode == 0
    by_code = rapport(*base, "restore", str(backup_file), "--recovery-code", code)
    assert by_code.returncode == 0, by_code.stderr
    key = privacy.unlock(folder / "rapport.sqlite3", "second passphrase")
    assert counts(folder, key)["client"] == 1  # as the backup was: the later client is gone
    assert rapport(*base, "check", env={"RAPPORT_PASSPHRASE": "second passphrase"}).returncode == 0


def test_a_restore_keeps_the_journals_encryption_whichever_the_backup(folder: Path):
    base = ("--data-dir", str(folder))
    plain_backup = Path(rapport(*base, "backup").stdout.strip().split(" to ", 1)[1].rstrip("."))
    _encrypt(folder, "first passphrase")
    secret = {"RAPPORT_PASSPHRASE": "first passphrase"}
    fill(folder, privacy.unlock(folder / "rapport.sqlite3", "first passphrase"), extra=" later")
    restored = rapport(*base, "restore", str(plain_backup), env=secret)
    assert restored.returncode == 0, restored.stderr
    assert is_encrypted(folder / "rapport.sqlite3")
    assert [name for name, _secret in readable(folder) if not name.startswith("backups/")] == []  # but the plain backup
    key = privacy.unlock(folder / "rapport.sqlite3", "first passphrase")
    assert counts(folder, key)["client"] == 1
    encrypted_backup = Path(rapport(*base, "backup", env=secret).stdout.strip().split(" to ", 1)[1].rstrip("."))
    assert rapport(*base, "decrypt", env=secret).returncode == 0
    fill(folder, extra=" plain")
    restored = rapport(*base, "restore", str(encrypted_backup), env=secret)
    assert restored.returncode == 0, restored.stderr
    assert "stays unencrypted" in restored.stdout
    assert not is_encrypted(folder / "rapport.sqlite3") and not keys.keys_path(folder).exists()
    assert counts(folder)["client"] == 1
    assert rapport(*base, "check").returncode == 0
