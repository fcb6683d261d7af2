"""The wrapped data key (`journal.store.keys`): passphrase, recovery code, rewrap, the file on disk."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from journal.store import keys


def test_the_passphrase_and_the_recovery_code_both_unwrap_the_same_data_key():
    data_key, code, wraps = keys.create("correct horse")
    assert len(data_key) == 32
    assert wraps.unlock("correct horse") == data_key
    assert wraps.unlock_with_recovery_code(code) == data_key


def test_a_wrong_passphrase_or_recovery_code_is_refused():
    _key, code, wraps = keys.create("correct horse")
    with pytest.raises(keys.WrongSecret):
        wraps.unlock("Correct horse")
    other = keys.new_recovery_code()
    assert other != code
    with pytest.raises(keys.WrongSecret):
        wraps.unlock_with_recovery_code(other)


def test_the_recovery_code_has_six_groups_of_four_without_look_alikes():
    codes = [keys.new_recovery_code() for _ in range(50)]
    for code in codes:
        groups = code.split("-")
        assert [len(g) for g in groups] == [4] * 6
        assert not set("".join(groups)) & set("0O1IL")
    assert len(set(codes)) == 50


def test_the_recovery_code_is_read_forgivingly_but_not_guessed():
    _key, code, wraps = keys.create("pass phrase")
    typed = code.lower().replace("-", " ")
    assert wraps.unlock_with_recovery_code(f"  {typed} ") == wraps.unlock("pass phrase")
    for bad in ("", code[:-1], code.replace(code[0], "0")):
        with pytest.raises(keys.BadRecoveryCode):
            keys.normalise_recovery_code(bad)


def test_a_new_passphrase_rewraps_the_same_key_and_keeps_the_recovery_code():
    data_key, code, wraps = keys.create("old passphrase")
    changed = wraps.with_passphrase(data_key, "new passphrase")
    assert changed.unlock("new passphrase") == data_key
    with pytest.raises(keys.WrongSecret):
        changed.unlock("old passphrase")
    assert changed.unlock_with_recovery_code(code) == data_key
    assert changed.by_recovery == wraps.by_recovery


def test_the_key_file_is_json_private_and_holds_no_secret(tmp_path: Path):
    data_key, code, wraps = keys.create("a passphrase")
    path = keys.save(tmp_path / keys.KEYS_FILE, wraps)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    body = json.loads(text)
    assert body["passphrase"]["kdf"]["name"] == "argon2id"
    assert body["passphrase"]["kdf"]["memory_kib"] == 1024  # the test suite's setting, stored with the wrap
    for secret in ("a passphrase", code, data_key.hex()):
        assert secret not in text
    assert keys.load(path).unlock("a passphrase") == data_key
    assert [p.name for p in tmp_path.iterdir()] == [keys.KEYS_FILE]  # no temporary file left


def test_without_the_test_setting_the_kdf_uses_128_mib(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(keys.ENV_TEST_MEMORY)
    _key, _code, wraps = keys.create("slow but sure")
    assert wraps.by_passphrase["kdf"] | {"salt": None} == {
        "name": "argon2id", "salt": None, "iterations": 3, "lanes": 1, "memory_kib": 128 * 1024,
    }  # fmt: skip


def test_a_damaged_key_file_is_a_clear_error(tmp_path: Path):
    path = tmp_path / keys.KEYS_FILE
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(keys.KeysError, match="damaged"):
        keys.load(path)
    with pytest.raises(keys.KeysError, match="missing"):
        keys.load(tmp_path / "nowhere.keys")
