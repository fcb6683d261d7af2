"""The settings that belong to a journal (not to one computer), as the interchange file names them.

A journal holds its indicator thresholds, its hourly rate and the rate's currency label. In a
version 2 file they are one flat `settings` object:

- `hourly_rate`: a number 0–1,000,000, or null (no rate: no money figures);
- `currency`: text of 0–8 characters (`₽`, `$`, `EUR`);
- the thresholds, two numbers per signal of `spec/indicators.md`, named `<signal>_amber` and
  `<signal>_red`: `concession_rate_amber`, `concession_rate_red`, `pressure_per_week_amber`,
  `pressure_per_week_red`, `unpaid_hours_per_week_amber`, `unpaid_hours_per_week_red`,
  `client_burnout_score_amber`, `client_burnout_score_red`.

`read_settings` checks such an object (every problem with its path, as the other readers do)
and returns only the keys it holds, so an import sets those and leaves the rest alone.
"""

from __future__ import annotations

from typing import Any

from journal.domain.indicators import SIGNAL_NAMES, THRESHOLD_BOUNDS, Thresholds
from journal.domain.validation import Problem, _Reader

MAX_RATE = 1_000_000
MAX_CURRENCY = 8
THRESHOLD_KEYS = tuple(f"{name}_{which}" for name in SIGNAL_NAMES for which in ("amber", "red"))
SETTING_KEYS = ("hourly_rate", "currency", *THRESHOLD_KEYS)


def threshold_settings(th: Thresholds) -> dict[str, float]:
    """The thresholds under their file names."""
    out: dict[str, float] = {}
    for name in SIGNAL_NAMES:
        amber, red = th.of(name)
        out[f"{name}_amber"], out[f"{name}_red"] = amber, red
    return out


def with_thresholds(th: Thresholds, settings: dict[str, Any]) -> Thresholds:
    """`th` with the thresholds that `settings` holds put in."""
    chosen = {}
    for name in SIGNAL_NAMES:
        amber, red = th.of(name)
        chosen[name] = (settings.get(f"{name}_amber", amber), settings.get(f"{name}_red", red))
    return Thresholds(**chosen)


def read_settings(data: Any, path: str, problems: list[Problem]) -> dict[str, Any]:
    """The settings an object holds, checked; unknown keys and bad values are problems."""
    r = _Reader(data, path, problems, SETTING_KEYS)
    found: dict[str, Any] = {}
    if "hourly_rate" in r.data:
        found["hourly_rate"] = r.number("hourly_rate", 0, MAX_RATE, nullable=True)
    if "currency" in r.data:
        found["currency"] = r.text("currency", high=MAX_CURRENCY, trim=True)
    for name in SIGNAL_NAMES:
        low, high = THRESHOLD_BOUNDS[name]
        for which in ("amber", "red"):
            key = f"{name}_{which}"
            if key in r.data:
                found[key] = r.number(key, low, high, required=True)
    return found
