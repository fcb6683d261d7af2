"""The journal's keys (`spec/privacy.md`): a random data key, stored only wrapped.

An encrypted journal is encrypted by SQLCipher with a random 256-bit data key. That key is
kept in `rapport.keys` beside the journal (and in a `<backup>.keys` sidecar beside each
backup) wrapped twice with AES-256-GCM: once under a key derived from the passphrase and once
under a key derived from the recovery code, each with Argon2id (memory-hard; the parameters
and the salt are stored with each wrap, so older files keep opening when the defaults change).

Argon2id with 128 MiB, 3 passes, 1 lane takes about 0.5 s on the development machine
(0.61 s measured with both cores busy). `RAPPORT_KDF_MEMORY_KIB` lowers the memory for keys
created by the test suite only; opening always uses what the file says.

The recovery code is 24 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
shown in groups of four: `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX` (about 119 bits).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEYS_FILE = "rapport.keys"
FORMAT = 1
DATA_KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RECOVERY_LENGTH = 24
GROUP = 4
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 1
ENV_TEST_MEMORY = "RAPPORT_KDF_MEMORY_KIB"


class KeysError(Exception):
    """A key file that cannot be used; the message is for the user."""


class WrongSecret(KeysError):
    """The passphrase or recovery code does not unwrap the data key."""


class BadRecoveryCode(KeysError):
    """Text that cannot be a recovery code (wrong length or characters)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _memory_kib() -> int:
    value = os.environ.get(ENV_TEST_MEMORY, "")
    return max(64, int(value)) if value.isdigit() else DEFAULT_MEMORY_KIB


def _derive(secret: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if kdf.get("name") != "argon2id":
        raise KeysError(f"unknown key derivation {kdf.get('name')!r}")
    return Argon2id(
        salt=_unb64(kdf["salt"]),
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(secret.encode("utf-8"))


def _wrap(data_key: bytes, secret: str, purpose: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = {
        "name": "argon2id",
        "salt": _b64(secrets.token_bytes(16)),
        "iterations": DEFAULT_ITERATIONS,
        "lanes": DEFAULT_LANES,
        "memory_kib": _memory_kib(),
    }
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, kdf)).encrypt(nonce, data_key, purpose.encode("ascii"))
    return {"kdf": kdf, "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unwrap(wrap: dict[str, Any], secret: str, purpose: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(secret, wrap["kdf"])).decrypt(
            _unb64(wrap["nonce"]), _unb64(wrap["wrapped"]), purpose.encode("ascii")
        )
    except InvalidTag:
        raise WrongSecret(purpose) from None
    except (KeyError, ValueError, TypeError) as exc:
        raise KeysError(f"the key file is damaged ({exc})") from exc
    return key


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(raw)


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise_recovery_code(text: str) -> str:
    """The code as stored: upper case, groups joined by dashes; raises BadRecoveryCode."""
    raw = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(raw) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in raw):
        raise BadRecoveryCode(text)
    return format_recovery_code(raw)


@dataclass(frozen=True)
class KeyFile:
    """The wrapped data key, as stored in `rapport.keys` or a backup's sidecar."""

    by_passphrase: dict[str, Any]
    by_recovery: dict[str, Any]

    def to_json(self) -> str:
        body = {"format": FORMAT, "cipher": "sqlcipher4-raw-key", "passphrase": self.by_passphrase}
        body["recovery_code"] = self.by_recovery
        return json.dumps(body, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            body = json.loads(text)
            if body.get("format") != FORMAT:
                raise KeysError(f"unknown key file format {body.get('format')!r}")
            return cls(by_passphrase=body["passphrase"], by_recovery=body["recovery_code"])
        except (ValueError, KeyError, AttributeError, TypeError) as exc:
            raise KeysError(f"the key file is damaged ({exc})") from exc

    def unlock(self, passphrase: str) -> bytes:
        """The data key; raises WrongSecret for a wrong passphrase."""
        return _unwrap(self.by_passphrase, passphrase, "passphrase")

    def unlock_with_recovery_code(self, code: str) -> bytes:
        return _unwrap(self.by_recovery, normalise_recovery_code(code), "recovery")

    def with_passphrase(self, data_key: bytes, passphrase: str) -> KeyFile:
        """The same data key and recovery code under a new passphrase (nothing else changes)."""
        return KeyFile(by_passphrase=_wrap(data_key, passphrase, "passphrase"), by_recovery=self.by_recovery)


def create(passphrase: str) -> tuple[bytes, str, KeyFile]:
    """A new data key, its recovery code, and both wraps."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    code = new_recovery_code()
    wraps = KeyFile(
        by_passphrase=_wrap(data_key, passphrase, "passphrase"), by_recovery=_wrap(data_key, code, "recovery")
    )
    return data_key, code, wraps


def keys_path(folder: Path) -> Path:
    return folder / KEYS_FILE


def sidecar(file: Path) -> Path:
    """Where a backup's wrapped keys live: `<backup>.keys`."""
    return file.with_name(file.name + ".keys")


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: Path, text: str, check: object = None) -> Path:
    """Write `text` to a temporary file in the same folder (0600), flush, fsync, check it reads back
    (`check(text_read)` returns True), rename it over `path`, and fsync the folder."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        read_back = tmp.read_text(encoding="utf-8")
        if read_back != text or (callable(check) and not check(read_back)):
            raise KeysError(f"{path.name} did not read back as written")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def save(path: Path, keys: KeyFile) -> Path:
    """Write the wrapped keys atomically (see `write_atomically`), checked to parse back equal."""
    return write_atomically(path, keys.to_json(), lambda text: KeyFile.from_json(text) == keys)


def load(path: Path) -> KeyFile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeysError(f"{path} is missing") from None
    return KeyFile.from_json(text)


def copy_sidecar(folder: Path, backup_file: Path) -> Path:
    """Give a backup of the encrypted journal in `folder` the wrapped keys in force now."""
    return save(sidecar(backup_file), load(keys_path(folder)))
