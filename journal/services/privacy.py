"""Private by choice (`spec/privacy.md`): unlock, encrypt, decrypt and change the passphrase.

The same functions serve `rapport encrypt/decrypt/passphrase` and Settings → Privacy. Each
one that rewrites the journal needs it closed (no open `Journal`), backs it up first, and
swaps the new file in only once it is proven (`journal.store.cipher`). Changing the
passphrase only rewraps the data key in `rapport.keys` (one atomic write). A wrong
passphrase or recovery code raises `WrongSecret` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journal import paths
from journal.store import cipher, keys
from journal.store.db import is_encrypted
from journal.store.keys import BadRecoveryCode, KeysError, WrongSecret

__all__ = [
    "BadRecoveryCode",
    "KeysError",
    "WrongSecret",
    "Encrypted",
    "is_journal_encrypted",
    "unlock",
    "unlock_with_recovery_code",
    "encrypt",
    "decrypt",
    "change_passphrase",
    "plain_backups",
    "delete_backups",
]

Progress = Callable[[int, int], None]
STEPS = 4  # backup, rewrite and proof, swap, done


class Cancelled(Exception):
    """The user cancelled before the swap; the journal is as it was."""


@dataclass(frozen=True)
class Encrypted:
    """What `encrypt` hands back: the data key now in force and the recovery code to show once."""

    key: bytes
    recovery_code: str
    backup: Path | None


def is_journal_encrypted(folder: Path) -> bool:
    """True for an encrypted journal with its keys (a file that is neither is damaged: opening says so)."""
    cipher.recover(folder)
    return is_encrypted(paths.journal_path(folder)) and keys.keys_path(folder).is_file()


def _key_file(file: Path) -> keys.KeyFile:
    """The wrapped keys of a journal (`rapport.keys`) or of a backup (its sidecar)."""
    if file.name == paths.JOURNAL_FILE:
        return keys.load(keys.keys_path(file.parent))
    return keys.load(keys.sidecar(file))


def unlock(file: Path, passphrase: str) -> bytes:
    """The data key of the encrypted journal or backup `file`; raises WrongSecret."""
    return _key_file(file).unlock(passphrase)


def unlock_with_recovery_code(file: Path, code: str) -> bytes:
    """The data key from the recovery code; raises BadRecoveryCode or WrongSecret."""
    return _key_file(file).unlock_with_recovery_code(code)


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, STEPS)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


def _backup_before(folder: Path, key: bytes | None, label: str) -> Path | None:
    from journal.services import backup

    if not paths.journal_path(folder).is_file():
        return None
    return backup.backup(folder, None, label, key=key)


def encrypt(
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Encrypted:
    """Encrypt the plain journal in `folder` under a new data key wrapped by `passphrase`."""
    from journal.store.db import open_journal

    cipher.recover(folder)
    if is_encrypted(paths.journal_path(folder)):
        raise KeysError("the journal is already encrypted")
    open_journal(folder).close()  # created or migrated first, so what is encrypted is this version's
    _step(progress, 0)
    made = _backup_before(folder, None, "before-encrypt")
    _check(cancelled)
    _step(progress, 1)
    data_key, code, wraps = keys.create(passphrase)
    try:
        cipher.rewrite(folder, None, data_key, cancelled)
        _check(cancelled)
        keys.save(cipher.new_keys_path(folder), wraps)
    except BaseException:
        cipher.recover(folder)  # nothing swapped yet: removes the staged copy and keys
        raise
    _step(progress, 2)
    cipher.swap(folder, "encrypt")
    _step(progress, STEPS)
    return Encrypted(key=data_key, recovery_code=code, backup=made)


def decrypt(
    folder: Path,
    key: bytes,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Give the journal back as plain SQLite; returns the (encrypted) backup taken before."""
    cipher.recover(folder)
    _step(progress, 0)
    made = _backup_before(folder, key, "before-decrypt")
    _check(cancelled)
    _step(progress, 1)
    try:
        cipher.rewrite(folder, key, None, cancelled)
        _check(cancelled)
    except BaseException:
        cipher.recover(folder)
        raise
    _step(progress, 2)
    cipher.swap(folder, "decrypt")
    _step(progress, STEPS)
    return made


def change_passphrase(folder: Path, key: bytes, new_passphrase: str) -> None:
    """Rewrap the data key under `new_passphrase`; the recovery code stays the same."""
    path = keys.keys_path(folder)
    keys.save(path, keys.load(path).with_passphrase(key, new_passphrase))


def plain_backups(folder: Path) -> list[Path]:
    """The backups in the backups folder that are not encrypted (they would leak the journal)."""
    folder_of_backups = paths.backups_dir(folder)
    if not folder_of_backups.is_dir():
        return []
    return sorted(
        file
        for file in folder_of_backups.iterdir()
        if file.is_file() and file.suffix == ".sqlite3" and file.stat().st_size and not is_encrypted(file)
    )


def delete_backups(files: list[Path]) -> int:
    for file in files:
        file.unlink(missing_ok=True)
        keys.sidecar(file).unlink(missing_ok=True)
    return len(files)


# --- "Remember on this computer": the passphrase in the system's keychain (`keyring`) ---

KEYRING_SERVICE = "Rapport"


def remembered_passphrase(folder: Path) -> str | None:
    """The passphrase kept for this journal in the system's keychain, or None (also when there is no keychain)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(folder))
    except Exception:  # noqa: BLE001 - no usable keychain is the same as nothing remembered
        return None


def remember(folder: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keychain; False when the system has none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(folder), passphrase)
    except Exception:  # noqa: BLE001 - said to the user as "could not remember"
        return False
    return True


def forget(folder: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, str(folder))
    except Exception:  # noqa: BLE001, S110 - nothing was remembered, or no keychain
        pass
