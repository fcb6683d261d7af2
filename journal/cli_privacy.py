"""The command line's side of encryption (`spec/privacy.md`, `spec/cli.md`).

`data_key(folder)` gives the key every command opens an encrypted journal with: the
passphrase from `RAPPORT_PASSPHRASE`, else asked on the terminal without echo; neither, or a
wrong one, is the user's mistake (exit 2) and nothing is written. For a plain journal it is
None and any passphrase given is ignored. `rapport encrypt`, `decrypt` and `passphrase` are
here; a new passphrase comes from `RAPPORT_NEW_PASSPHRASE`, else is asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from journal import paths
from journal.cli_errors import OperationFailed, UserError

ENV_PASSPHRASE = "RAPPORT_PASSPHRASE"
ENV_NEW_PASSPHRASE = "RAPPORT_NEW_PASSPHRASE"
MIN_LENGTH = 8


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def _errors() -> tuple[type[Exception], type[Exception]]:
    return UserError, OperationFailed


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        raise _errors()[0](translate("PrivacyCli", "no passphrase was given")) from None


def passphrase(folder: Path) -> str:
    """The passphrase in force: the environment, else the terminal; else UserError."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given:
        return given
    if not _interactive():
        raise _errors()[0](
            translate(
                "PrivacyCli",
                "the journal in {folder} is encrypted: give its passphrase in RAPPORT_PASSPHRASE or run in a terminal",
            ).format(folder=folder)
        )
    return _ask(translate("PrivacyCli", "Passphrase: "))


def new_passphrase() -> str:
    """A new passphrase: `RAPPORT_NEW_PASSPHRASE`, else asked twice on the terminal."""
    user_error = _errors()[0]
    chosen = os.environ.get(ENV_NEW_PASSPHRASE)
    if chosen is None:
        if not _interactive():
            raise user_error(
                translate("PrivacyCli", "give the new passphrase in RAPPORT_NEW_PASSPHRASE or run in a terminal")
            )
        chosen = _ask(translate("PrivacyCli", "New passphrase: "))
        if _ask(translate("PrivacyCli", "New passphrase again: ")) != chosen:
            raise user_error(translate("PrivacyCli", "the two passphrases differ; nothing was changed"))
    if len(chosen) < MIN_LENGTH:
        raise user_error(
            translate(
                "PrivacyCli",
                "the new passphrase is too short: use at least %n characters; nothing was changed",
                None,
                MIN_LENGTH,
            )
        )
    return chosen


def unlock_file(file: Path, secret: str, recovery: bool = False) -> bytes:
    """The data key of `file` (the journal or a backup); a wrong secret is UserError."""
    from journal.services import privacy

    user_error, failed = _errors()
    try:
        if recovery:
            return privacy.unlock_with_recovery_code(file, secret)
        return privacy.unlock(file, secret)
    except privacy.BadRecoveryCode:
        raise user_error(
            translate(
                "PrivacyCli",
                "--recovery-code: a recovery code has 24 letters and digits, like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
            )
        ) from None
    except privacy.WrongSecret:
        if recovery:
            raise user_error(
                translate("PrivacyCli", "the recovery code does not open {file}; nothing was changed").format(file=file)
            ) from None
        raise user_error(
            translate("PrivacyCli", "wrong passphrase for {file}; nothing was changed").format(file=file)
        ) from None
    except privacy.KeysError as exc:
        raise failed(
            translate("PrivacyCli", "the keys of {file} cannot be read ({reason})").format(file=file, reason=exc)
        ) from None


def data_key(folder: Path) -> bytes | None:
    """The data key of the journal in `folder`, or None when it is plain."""
    from journal.services import privacy

    if not privacy.is_journal_encrypted(folder):
        return None
    return unlock_file(paths.journal_path(folder), passphrase(folder))


def refuse_while_open(folder: Path) -> None:
    """Encryption and the passphrase change only with the window closed (it holds `rapport.lock`)."""
    from journal.store import app_lock

    if app_lock.is_open(folder):
        raise _errors()[1](translate("PrivacyCli", "Rapport is open: close it or use its Settings → Privacy"))


def _rewriting(action, failure: str):  # noqa: ANN001, ANN202 - runs encrypt or decrypt
    """Run a rewrite; any failure left the journal as it was (`journal.store.cipher`): exit 1 with why."""
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - reported with its reason
        raise _errors()[1](failure.format(reason=exc)) from exc


def cmd_encrypt(args: argparse.Namespace) -> int:
    from journal.services import privacy

    user_error, failed = _errors()
    folder = paths.data_dir(args.data_dir)
    refuse_while_open(folder)
    if privacy.is_journal_encrypted(folder):
        raise user_error(
            translate("PrivacyCli", "the journal in {folder} is already encrypted; see 'rapport passphrase'").format(
                folder=folder
            )
        )
    chosen = new_passphrase()
    failure = translate("PrivacyCli", "the journal could not be encrypted and was left as it was: {reason}")
    done = _rewriting(lambda: privacy.encrypt(folder, chosen), failure)
    print(translate("PrivacyCli", "The journal in {folder} is now encrypted.").format(folder=folder))
    print(f"Recovery code: {done.recovery_code}")
    print(
        translate(
            "PrivacyCli",
            "Keep the recovery code somewhere safe: with it you can set a new passphrase if you forget yours. Without the passphrase or the recovery code nobody can open the journal, including us.",
        )
    )
    _offer_plain_backups(folder, args.delete_plain_backups)
    return 0


def _offer_plain_backups(folder: Path, delete: bool) -> None:
    from journal.services import privacy

    plain = privacy.plain_backups(folder)
    if not plain:
        return
    count = len(plain)
    if not delete and _interactive():
        answer = (
            input(
                translate("PrivacyCli", "Also delete the %n unencrypted backup(s)? (Recommended) [Y/n] ", None, count)
            )
            .strip()
            .lower()
        )
        delete = answer in ("", "y", "yes", "д", "да")
    if delete:
        privacy.delete_backups(plain)
        print(translate("PrivacyCli", "Deleted %n unencrypted backup(s).", None, count))
    else:
        print(
            translate(
                "PrivacyCli",
                "%n unencrypted backup(s) remain in {folder}: they can still be read without the passphrase.",
                None,
                count,
            ).format(folder=paths.backups_dir(folder))
        )


def cmd_decrypt(args: argparse.Namespace) -> int:
    from journal.services import privacy

    user_error, failed = _errors()
    folder = paths.data_dir(args.data_dir)
    refuse_while_open(folder)
    key = data_key(folder)  # None when the journal is not encrypted (asked before any passphrase)
    if key is None:
        raise user_error(translate("PrivacyCli", "the journal in {folder} is not encrypted").format(folder=folder))
    failure = translate("PrivacyCli", "the journal could not be decrypted and was left as it was: {reason}")
    made = _rewriting(lambda: privacy.decrypt(folder, key), failure)
    print(translate("PrivacyCli", "The journal in {folder} is no longer encrypted.").format(folder=folder))
    if made:
        print(translate("PrivacyCli", "The encrypted journal as it was is kept in {file}.").format(file=made))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from journal.services import privacy

    user_error, _failed = _errors()
    folder = paths.data_dir(args.data_dir)
    refuse_while_open(folder)
    if not privacy.is_journal_encrypted(folder):
        raise user_error(
            translate("PrivacyCli", "the journal in {folder} is not encrypted; see 'rapport encrypt'").format(
                folder=folder
            )
        )
    file = paths.journal_path(folder)
    if args.recovery_code:
        key = unlock_file(file, args.recovery_code, recovery=True)
    else:
        key = unlock_file(file, passphrase(folder))
    privacy.change_passphrase(folder, key, new_passphrase())
    print(translate("PrivacyCli", "The passphrase of the journal in {folder} was changed.").format(folder=folder))
    return 0


def add_commands(command) -> None:  # noqa: ANN001 - cli.build_parser's `command` helper
    p = command("encrypt", cmd_encrypt, translate("PrivacyCli", "protect the journal with a passphrase"))
    p.add_argument(
        "--delete-plain-backups",
        action="store_true",
        help=translate("PrivacyCli", "also delete the unencrypted backups without asking"),
    )
    command("decrypt", cmd_decrypt, translate("PrivacyCli", "remove the passphrase"))
    p = command(
        "passphrase",
        cmd_passphrase,
        translate("PrivacyCli", "change the passphrase, or set a new one with the recovery code"),
    )
    p.add_argument("--recovery-code", metavar="CODE")


def restore_keys(folder: Path, source: Path, recovery_code: str | None = None) -> tuple[bytes | None, bytes | None]:
    """The keys `rapport restore` needs: the live journal's and the backup's.

    An encrypted backup opens with the passphrase (or recovery code) in force when it was made.
    The live journal's key is tried with the same secret, then the backup's data key itself
    (a passphrase changed since rewraps the same key); when neither fits (or the journal is plain)
    it is None, and the journal as it was is kept whole with its keys (`backup.restore`). A plain
    backup comes into an encrypted journal only with the journal's own passphrase."""
    from journal.services import privacy
    from journal.store import cipher, keys
    from journal.store.db import is_encrypted

    _user_error, failed = _errors()
    if not is_encrypted(source):
        # a plain backup over an encrypted journal turns encryption off: only with the journal's passphrase
        return data_key(folder), None
    if not keys.sidecar(source).is_file():
        raise failed(
            translate("PrivacyCli", "{file} is encrypted but its keys ({keys}) are not beside it").format(
                file=source, keys=keys.sidecar(source)
            )
        )
    secret = recovery_code or passphrase(folder)
    source_key = unlock_file(source, secret, recovery=bool(recovery_code))
    live_key = None
    if privacy.is_journal_encrypted(folder):
        try:
            live_key = (
                privacy.unlock_with_recovery_code(paths.journal_path(folder), secret)
                if recovery_code
                else privacy.unlock(paths.journal_path(folder), secret)
            )
        except privacy.KeysError:
            live_key = source_key if cipher.opens(paths.journal_path(folder), source_key) else None
    return live_key, source_key
