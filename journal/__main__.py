"""`python -m journal`: the same entry point as the `rapport` command."""

import sys

from journal.cli import main

sys.exit(main())
