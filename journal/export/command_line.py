"""`rapport export FILE.pdf [--from] [--to] [--client] [--weekly]`: the PDF face of the command line.

`journal/cli.py` parses the arguments and hands a `.pdf` target here; this module turns them
into a report scope, writes the PDF with `journal.export.pdf`, and reports bad usage as the
command line's UserError (exit 2, `journal/cli_errors.py`). Qt is imported only when a PDF is really made, so the
command's start stays quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from journal.store.db import Journal


def weekly_help() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ExportCli", "the weekly review of the last 7 days (PDF only)")


def weekly_misuse() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ExportCli", "--weekly makes a PDF: give a FILE ending in .pdf")


class OpenJournal(Protocol):
    """The command line's way to open the journal (`journal.cli._open`)."""

    def __call__(self, args: argparse.Namespace, *, create: bool = True) -> Journal: ...


def export_pdf_command(
    args: argparse.Namespace,
    target: Path,
    open_journal: OpenJournal,
    choose_scope: Callable[[argparse.Namespace, Any], Any],
) -> int:
    """Write the PDF the arguments ask for; returns the exit status (raises the CLI's errors)."""
    from PySide6.QtCore import QCoreApplication

    from journal.atomic import NotWritten
    from journal.cli_errors import OK, OperationFailed, UserError
    from journal.export.pdf import export_pdf
    from journal.services import report

    if args.weekly and (args.date_from or args.date_to or args.client):
        raise UserError(
            QCoreApplication.translate(
                "ExportCli", "--weekly covers the last 7 days: leave out --from, --to and --client"
            )
        )
    if not target.parent.is_dir():
        raise UserError(
            QCoreApplication.translate("ExportCli", "{folder}: no such folder").format(folder=target.parent)
        )
    journal = open_journal(args, create=False)  # a read-only command creates no journal
    try:
        chosen = choose_scope(args, journal)
        if args.weekly:
            scope = report.Scope("weekly")
        elif chosen.client_id:
            scope = report.Scope("client", chosen.date_from, chosen.date_to, chosen.client_id)
        elif chosen.date_from or chosen.date_to:
            scope = report.Scope("range", chosen.date_from, chosen.date_to)
        else:
            scope = report.Scope()
        result = export_pdf(journal, target, scope)
    except NotWritten:
        raise  # worded by the command line's one handler
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OperationFailed(
            QCoreApplication.translate("ExportCli", "could not write {file}: {reason}").format(
                file=target, reason=reason
            )
        ) from exc
    finally:
        journal.close()
    done = QCoreApplication.translate("ExportCli", "Wrote {file} (pages: {pages}).")
    print(done.format(file=target, pages=result.pages))
    return OK
