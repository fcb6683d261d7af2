"""Small helpers for the words on issue-5's pages: English plurals for untranslated `%n` strings.

Qt picks Russian plural forms from the `.qm`; English runs on the source text, so a source
written as "%n pressure event(s)" is settled here: "(s)" becomes "s" unless the count is one.
"""

from __future__ import annotations

import re

_ES = re.compile(r"\((e?s)\)")


def settle_plural(text: str, n: int) -> str:
    """Resolve English "(s)"/"(es)" markers for a count of `n` (translated text has none)."""
    return _ES.sub("" if abs(n) == 1 else r"\1", text)
