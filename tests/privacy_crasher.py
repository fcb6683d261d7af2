"""Encrypt, change the passphrase and decrypt, forever, until killed (tests/test_privacy_kill.py).

`python tests/privacy_crasher.py DATA_DIR STATE SEED`: STATE is `plain` or the passphrase in
force. Before each change it prints `begin FROM TO` and after it `end TO` (flushed), so the
test knows which two states the journal may be in when the kill lands.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from journal.services import privacy

PASSPHRASES = ("alpha passphrase", "bravo passphrase", "charlie passphrase")


def main(folder: Path, state: str, seed: int) -> None:
    rng = random.Random(seed)
    journal = folder / "rapport.sqlite3"
    while True:
        if state == "plain":
            target = rng.choice(PASSPHRASES)
            print("begin", "plain", target, sep="\t", flush=True)
            privacy.encrypt(folder, target)
        elif rng.random() < 0.5:
            target = rng.choice([p for p in PASSPHRASES if p != state])
            print("begin", state, target, sep="\t", flush=True)
            privacy.change_passphrase(folder, privacy.unlock(journal, state), target)
        else:
            target = "plain"
            print("begin", state, target, sep="\t", flush=True)
            privacy.decrypt(folder, privacy.unlock(journal, state))
        print("end", target, sep="\t", flush=True)
        state = target


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
