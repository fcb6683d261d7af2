"""The command line's exit statuses and the two errors a command raises (`spec/cli.md`).

A module of its own, below both `journal/cli.py` and the commands it hands work to (such as
`journal/export/command_line.py`), so that neither imports the other to report a failure.
"""

from __future__ import annotations

OK, FAILED, BAD_INPUT = 0, 1, 2


class UserError(Exception):
    """Bad usage or bad input: reported on stderr, exit status 2."""


class OperationFailed(Exception):
    """The operation could not be done: reported on stderr, exit status 1."""
