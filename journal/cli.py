"""The `rapport` command (`spec/cli.md`): opens the app, or runs a subcommand headless.

Exit status: 0 success; 1 the operation failed; 2 bad usage or bad input. A user's mistake
gets a message that says what and where, never a traceback. Messages go through Qt's
translation catalogue, so they follow the interface language.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal import __version__, paths
from journal.atomic import NotWritten
from journal.cli_errors import BAD_INPUT, FAILED, OK, OperationFailed, UserError
from journal.export.command_line import weekly_help, weekly_misuse  # issue-6

if TYPE_CHECKING:
    from journal.store.db import Journal

SHOWN_PROBLEMS = 50  # an import lists at most this many problems, then "and N more"
SUBCOMMANDS = (
    "import", "export", "status", "search", "backup", "restore", "check", "demo", "encrypt", "decrypt", "passphrase",
)  # fmt: skip


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate, imported late so `--version` and the app's start do not pay for it here."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def _day(value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not a date (YYYY-MM-DD)").format(value=value)
        ) from None


def _open(args: argparse.Namespace, *, create: bool = True) -> Journal:
    """The journal of the data folder; `create=False` for the read-only commands, which create nothing."""
    from journal.cli_privacy import data_key
    from journal.store.db import DamagedJournalError, JournalError, NewerJournalError, NoJournalError, open_journal

    folder = paths.data_dir(args.data_dir)
    if folder.exists() and not folder.is_dir():
        raise UserError(translate("cli", "--data-dir {folder}: this is a file, not a folder").format(folder=folder))
    key = data_key(folder)  # None for a plain journal; a missing or wrong passphrase is exit 2
    try:
        return open_journal(folder, key, create=create)
    except NoJournalError:
        raise OperationFailed(
            translate("cli", "there is no journal in {folder} (nothing was created there)").format(folder=folder)
        ) from None
    except DamagedJournalError as exc:
        raise OperationFailed(_damaged_text(folder, exc)) from None
    except NewerJournalError:
        raise OperationFailed(
            translate(
                "cli",
                "the journal in {folder} was written by a newer version of Rapport; install that version to open it (the journal was left untouched)",
            ).format(folder=folder)
        ) from None
    except JournalError as exc:  # not damaged: it cannot be read now (a full disk, permissions)
        from journal.atomic import free_bytes
        from journal.services.files import write_failure_text

        if free_bytes(folder) == 0:
            raise OperationFailed(
                write_failure_text(NotWritten(paths.journal_path(folder), "", full=True, free=0))
            ) from None
        raise OperationFailed(
            translate("cli", "could not open {file}: {reason}").format(file=paths.journal_path(folder), reason=exc)
        ) from None


def _damaged_text(folder: Path, exc) -> str:  # noqa: ANN001 - DamagedJournalError
    """The journal is damaged: nothing was written; the newest sound backup and how to restore it."""
    from journal.services import backup

    said = translate("cli", "the journal {file} is damaged ({detail}); nothing was written to it.").format(
        file=exc.file, detail=exc.detail
    )
    found = backup.newest_sound(folder)
    if found is None:
        return (
            said
            + " "
            + translate("cli", "There is no sound backup in {folder}.").format(folder=paths.backups_dir(folder))
        )
    entries = found.entries  # lupdate reads a plain name as the count, not an attribute
    advice = translate("cli", "The newest sound backup is {file} ({made}, %n entries); bring it back with: rapport restore '{file}'", None, entries)  # fmt: skip
    advice = advice.format(file=found.path, made=found.made_at.strftime("%Y-%m-%d %H:%M"))
    return said + " " + advice


def _scope(args: argparse.Namespace, journal) -> object:  # noqa: ANN001
    from journal.domain.validation import is_encodable
    from journal.services import capture
    from journal.services.interchange import Scope

    client_id = None
    if args.client and not is_encodable(args.client):
        raise UserError(translate("cli", "--client: the value is not valid text in this system's encoding"))
    if args.client:
        found = capture.find_client(journal, args.client)
        if not found:
            raise UserError(
                translate("cli", "--client: no client has the id or name '{value}'").format(value=args.client)
            )
        if len(found) > 1:
            ids = ", ".join(c.id for c in found)
            raise UserError(
                translate("cli", "--client: several clients are named '{value}'; give one id: {ids}").format(
                    value=args.client, ids=ids
                )
            )
        client_id = found[0].id
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError(
            translate("cli", "--from {start} is after --to {end}").format(start=args.date_from, end=args.date_to)
        )
    return Scope(client_id=client_id, date_from=args.date_from, date_to=args.date_to)


def cmd_import(args: argparse.Namespace) -> int:
    from journal.domain.interchange import document_settings
    from journal.domain.validation import InvalidInput
    from journal.services import interchange

    source = Path(args.file)
    if not source.is_file():
        raise UserError(translate("cli", "{file}: no such file").format(file=source))
    if source.suffix.lower() in (".ics", ".ical", ".ifb", ".icalendar"):
        return _import_calendar(args, source)
    try:
        doc = interchange.read_file(source)
        sections = interchange.read_sections(doc)  # before the journal is touched
        journal = _open(args)
        try:
            counts = interchange.import_sections(journal, sections, settings=document_settings(doc))
        finally:
            journal.close()
    except InvalidInput as exc:
        _report_problems(source, exc.problems)
    print(translate("cli", "Imported {summary}.").format(summary=_counts(counts)))
    return OK


def _report_problems(source: Path, problems: list) -> None:
    """The first SHOWN_PROBLEMS problems a line each, then "and N more"; raises UserError."""
    from journal.services.text import problem_text, settle_plural

    for problem in problems[:SHOWN_PROBLEMS]:
        print(f"{source}: {problem_text(problem)}", file=sys.stderr)
    count = len(problems)
    if count > SHOWN_PROBLEMS:
        hidden = count - SHOWN_PROBLEMS
        more = settle_plural(translate("cli", "and %n more problem(s)", None, hidden), hidden)
        print(f"{source}: {more}", file=sys.stderr)
    summary = translate("cli", "nothing was imported: the file has %n problem(s)", None, count)
    raise UserError(settle_plural(summary, count))


def _import_calendar(args: argparse.Namespace, source: Path) -> int:
    """`rapport import FILE.ics`: meetings to log from a calendar file (spec: meetings)."""
    from journal.services import meetings
    from journal.services.text import calendar_problem_text

    journal = _open(args)
    try:
        counts = meetings.import_calendar(journal, source)
    except meetings.CalendarError as exc:
        raise UserError(
            translate("cli", "{file}: {problem}; nothing was imported").format(
                file=source, problem=calendar_problem_text(exc)
            )
        ) from None
    finally:
        journal.close()
    print(
        translate(
            "cli",
            "Imported meetings from {file}: added {added}, updated {updated}, removed {removed}, unchanged {unchanged}; "
            "skipped {skipped} (all-day, cancelled, declined or with nobody else).",
        ).format(file=source, **counts.__dict__)
    )
    return OK


def _counts(counts: dict[str, int]) -> str:
    from journal.services import vocabulary

    return ", ".join(f"{vocabulary.section(key)}: {value}" for key, value in counts.items())


def cmd_export(args: argparse.Namespace) -> int:
    from journal.services import csv_export, interchange

    target = Path(args.file)
    suffix = target.suffix.lower()
    writers: dict[str, Callable] = {".json": interchange.export_json, ".csv": csv_export.export_csv}
    if args.lang:
        from journal import i18n

        i18n.install(args.lang)
    if suffix == ".pdf":  # issue-6: PDF export
        from journal.export import command_line

        return command_line.export_pdf_command(args, target, _open, _scope)
    if args.weekly:
        raise UserError(weekly_misuse())  # issue-6
    if suffix not in writers:
        raise UserError(translate("cli", "{file}: the file name must end in .pdf, .json or .csv").format(file=target))
    if not target.parent.is_dir():
        raise UserError(translate("cli", "{folder}: no such folder").format(folder=target.parent))
    journal = _open(args, create=False)
    try:
        counts = writers[suffix](journal, target, _scope(args, journal))
    except NotWritten:
        raise  # worded by the command line's one handler
    except OSError as exc:
        raise OperationFailed(
            translate("cli", "could not write {file}: {reason}").format(file=target, reason=exc.strerror or exc)
        ) from exc
    finally:
        journal.close()
    print(translate("cli", "Exported {summary} to {file}.").format(summary=_counts(counts), file=target))
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    from journal.services import backup

    folder = paths.data_dir(args.data_dir)
    journal = _open(args)  # migrates an older journal first, so the backup is of this version
    journal.close()
    try:
        target = backup.backup(folder, Path(args.file) if args.file else None, force=args.force, key=journal.key)
    except backup.NotABackup as exc:
        raise UserError(str(exc)) from exc
    except backup.BackupError as exc:
        raise OperationFailed(str(exc)) from exc
    print(translate("cli", "Backed up the journal to {file}.").format(file=target))
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    from journal.services import backup
    from journal.store import app_lock

    source = Path(args.file)
    if not source.is_file():
        raise UserError(translate("cli", "{file}: no such file").format(file=source))
    folder = paths.data_dir(args.data_dir)
    if app_lock.is_open(folder):
        raise OperationFailed(translate("cli", "Rapport is open: close it or restore from its Settings"))
    from journal.cli_privacy import restore_keys
    from journal.store.connection import is_encrypted

    key, source_key = restore_keys(folder, source, args.recovery_code)
    try:
        safety = backup.restore(folder, source, key=key, source_key=source_key)
    except backup.NotSound as exc:
        raise UserError(str(exc)) from exc
    except backup.BackupError as exc:
        raise OperationFailed(str(exc)) from exc
    if safety:
        print(translate("cli", "The journal as it was is kept in {file}.").format(file=safety))
    print(translate("cli", "Restored the journal from {file}.").format(file=source))
    if source_key is not None and not is_encrypted(paths.journal_path(folder)):
        print(translate("cli", "The journal stays unencrypted, as it was; 'rapport encrypt' protects it."))
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    from journal.services import backup

    folder = paths.data_dir(args.data_dir)
    journal = _open(args, create=False)
    journal.close()
    problems = backup.check(folder, journal.key)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        count = len(problems)
        raise OperationFailed(
            translate("cli", "the journal in {folder} has %n problem(s)", None, count).format(folder=folder)
        )
    print(translate("cli", "The journal in {folder} is sound.").format(folder=folder))
    return OK


def cmd_demo(args: argparse.Namespace) -> int:
    from journal.services import demo

    journal = _open(args)
    try:
        if not demo.is_empty(journal):
            raise UserError(
                translate("cli", "the journal in {folder} is not empty; demo fills only an empty journal").format(
                    folder=journal.folder
                )
            )
        counts = demo.fill(journal, months=args.months, seed=args.seed)
    finally:
        journal.close()
    print(translate("cli", "Filled the journal with sample data: {summary}.").format(summary=_counts(counts)))
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    import json

    from journal.services import status_report

    journal = _open(args, create=False)
    try:
        if args.json:
            report = status_report.status_json(journal, args.as_of, args.lang)
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(status_report.status_text(journal, args.as_of, args.lang))
    finally:
        journal.close()
    return OK


def cmd_search(args: argparse.Namespace) -> int:
    import json

    from journal.domain.validation import is_encodable
    from journal.services import search_report

    if not is_encodable(args.text):
        raise UserError(translate("cli", "TEXT: the value is not valid text in this system's encoding"))
    if not search_report.has_words(args.text):
        raise UserError(translate("cli", "'{text}' has no word to search for").format(text=args.text))
    journal = _open(args, create=False)
    try:
        if args.json:
            print(json.dumps(search_report.search_json(journal, args.text, args.limit), ensure_ascii=False, indent=2))
            return OK
        lines = search_report.search_lines(journal, args.text, args.limit, args.lang, bold=sys.stdout.isatty())
    finally:
        journal.close()
    for found in lines:
        print(found)
    if not lines:
        print(translate("cli", "Nothing in the journal matches '{text}'.").format(text=args.text), file=sys.stderr)
    return OK


def _limit(value: str) -> int:
    from journal.services.search_report import MAX_LIMIT

    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not a number of hits from 1 to {most}").format(value=value, most=MAX_LIMIT)
        )
    return int(value)


def _months(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 240:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not a number of months from 1 to 240").format(value=value)
        )
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport", description=translate("cli", "Rapport: a journal of client relationships.")
    )
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    data_dir_help = translate("cli", "the data folder (default: $RAPPORT_DATA_DIR, else the user data folder)")
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    # a diagnostic for CI and support (journal/selftest.py), hence not in the help
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(  # issue 14: how "Start Rapport when I log in" starts it
        "--tray", action="store_true", help=translate("cli", "start in the tray, without opening the window")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
        p.set_defaults(handler=handler)
        return p

    p = command(
        "import",
        cmd_import,
        translate("cli", "add or update records from a JSON file, or meetings from a calendar (.ics)"),
    )
    p.add_argument("file", metavar="FILE.json|FILE.ics")
    p = command("export", cmd_export, translate("cli", "export to FILE (.pdf, .json or .csv)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="date_from", type=_day, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_day, metavar="DATE")
    p.add_argument("--client", metavar="ID_OR_NAME")
    p.add_argument("--weekly", action="store_true", help=weekly_help())  # issue-6
    p.add_argument("--lang", choices=("en", "ru"))  # else the language chosen in Settings
    p = command("status", cmd_status, translate("cli", "the burnout level and its signals"))
    p.add_argument("--as-of", dest="as_of", type=_day, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "ru"))
    p = command(
        "search", cmd_search, translate("cli", "full-text search, newest first, the same search as the window's")
    )
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=_limit, default=20, metavar="N", help=translate("cli", "at most N hits (20)"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "ru"))
    p = command("backup", cmd_backup, translate("cli", "a consistent copy of the journal"))
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument(
        "--force", action="store_true", help=translate("cli", "replace FILE even if it is not a Rapport backup")
    )
    p = command("restore", cmd_restore, translate("cli", "replace the journal with a backup"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-code", metavar="CODE")  # an encrypted backup whose passphrase is forgotten
    command("check", cmd_check, translate("cli", "integrity check; exit 0 when sound"))
    p = command("demo", cmd_demo, translate("cli", "fill an empty journal with sample data"))
    p.add_argument("--months", type=_months, default=6)
    p.add_argument("--seed", type=int, default=0)
    from journal.cli_privacy import add_commands

    add_commands(command)
    return parser


def _install_language(gui: bool = False) -> None:
    from PySide6.QtCore import QCoreApplication

    from journal import i18n

    if QCoreApplication.instance() is None:
        if gui:  # issue-6: a PDF needs fonts, so a QGuiApplication; offscreen where there is no display
            import os

            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not os.environ.get("DISPLAY", os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            QGuiApplication(["rapport"])
        else:
            QCoreApplication(["rapport"])
    i18n.install(i18n.saved_language())  # the language chosen in Settings; a command's --lang overrides it


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if any(arg in SUBCOMMANDS for arg in argv):
        wants_pdf = "export" in argv and any(a.lower().endswith(".pdf") for a in argv)  # issue-6
        _install_language(gui=wants_pdf)  # the app installs its own when it starts
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from journal import selftest

        return selftest.run(paths.data_dir(args.data_dir) if args.data_dir else None)
    if args.command is None:
        from journal import app, display

        blocked = display.problem()
        if blocked is not None:
            _install_language()
            print(f"rapport: {display.sentence(blocked)}", file=sys.stderr)
            return FAILED

        return app.run(paths.data_dir(args.data_dir) if args.data_dir else None, in_tray=args.tray)
    code, said, details = FAILED, "", None
    try:
        code = _run(args)
    except UserError as exc:
        said, code = str(exc), BAD_INPUT
        print(f"rapport {args.command}: {exc}", file=sys.stderr)
    except OperationFailed as exc:
        said, code = str(exc), FAILED
        print(f"rapport {args.command}: {exc}", file=sys.stderr)
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away (`rapport status --json | head`): end quietly
        said, code = "output pipe closed", OK
    except Exception as exc:  # noqa: BLE001 - a bug: one sentence here, the traceback in the log
        import traceback

        details = traceback.format_exc()
        said, code = f"{type(exc).__name__}: {exc}", FAILED
        log = _log_run(args, argv, code, said, details)
        where = log if log else translate("cli", "(no log: the data folder cannot hold one)")
        print(
            f"rapport {args.command}: "
            + translate("cli", "something went wrong ({error}); your journal is safe. The details are in {log}").format(
                error=said[:200], log=where
            ),
            file=sys.stderr,
        )
        return code
    _log_run(args, argv, code, said, details)
    return code


def _log_run(args: argparse.Namespace, argv: list[str], code: int, said: str, details: str | None):  # noqa: ANN202
    """One line for what ran and how it ended (with the traceback of a failure); the log's path."""
    from journal import logs

    target = logs.setup(paths.data_dir(args.data_dir))
    if target is None:
        return None
    line = f"rapport {' '.join(argv)} -> exit {code}" + (f": {said[:500]}" if said else "")
    if details:
        logs.LOG.error("%s\n%s", line, details)
    elif code:
        logs.LOG.warning("%s", line)
    else:
        logs.LOG.info("%s", line)
    return target


def _run(args: argparse.Namespace) -> int:
    """The subcommand, with the journal's own failures turned into messages."""
    from journal.store.db import JournalBusy, ReadOnlyJournal

    try:
        code = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler's reach
        return code
    except NotWritten as exc:
        from journal.services.files import write_failure_text

        raise OperationFailed(write_failure_text(exc)) from None
    except ReadOnlyJournal:
        raise OperationFailed(
            translate("cli", "the journal in {folder} is read-only: nothing was changed").format(
                folder=paths.data_dir(args.data_dir)
            )
        ) from None
    except JournalBusy:
        raise OperationFailed(
            translate(
                "cli",
                "another program kept the journal busy for 30 seconds, so nothing was saved; try again when it has finished",
            )
        ) from None


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain about the pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
