"""Soak: 100 (or N) SIGKILLs at random moments during encrypt, passphrase change and decrypt.

`python -m tests.bench.soak_privacy [N] [SEED]` from the repository. After each kill the journal
must open, plain or with the passphrase of one side of the change, with every record.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.privacy_kill import run


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else random.randrange(10**6)
    os.environ.setdefault("RAPPORT_KDF_MEMORY_KIB", "1024")
    with tempfile.TemporaryDirectory(prefix="rapport-soak-privacy-") as scratch:
        started = time.perf_counter()
        cut = run(Path(scratch) / "data", kills, seed)
        took = time.perf_counter() - started
    print(f"{kills} SIGKILLs (seed {seed}), {cut} inside a change: every record kept each time ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
