"""Kill tests (`spec/privacy.md`): SIGKILL at random moments while encrypting, changing the
passphrase and decrypting; afterwards the journal opens, plain or with the passphrase of one
side of the change, with every record. (The soak script `tests/bench/soak_privacy.py` does 100+.)"""

from __future__ import annotations

import random
from pathlib import Path

from tests.privacy_kill import run

KILLS = 20


def test_every_record_survives_sigkill_during_encryption_changes(tmp_path: Path):
    seed = random.randrange(10**6)
    cut = run(tmp_path / "data", KILLS, seed)
    assert cut >= KILLS // 2, f"seed {seed}: only {cut} kills landed inside a change"
