"""A client's story beyond the labels: did holding the line change anything?

`holding_effect` compares how often a client pushed per interaction in the 90 days before the
manager first held the line with them (the day of the first `held` response) and in the 90
days after. The day itself belongs to neither span: its held push is the turning point, not
evidence either way. "Enough data" (Rapport's rule; the spec leaves it open) is at least
`MIN_INTERACTIONS` interactions in each span and at least `MIN_DAYS_AFTER` days elapsed after
the turning point by `as_of`; below that the figure is not shown, since two or three
interactions say nothing about a habit. The after span is cut at `as_of` while the 90 days are
not over. Pure Python: the services count, this module decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

SPAN_DAYS = 90
MIN_INTERACTIONS = 5  # in each span
MIN_DAYS_AFTER = 30  # days elapsed after the first held push


@dataclass(frozen=True)
class Span:
    """Interactions and pushes of one client over local days `first`…`last`, both included."""

    first: date
    last: date
    interactions: int = 0
    pushes: int = 0

    @property
    def rate(self) -> float:
        """Pushes per interaction (0 without interactions)."""
        return self.pushes / self.interactions if self.interactions else 0.0


@dataclass(frozen=True)
class HoldingEffect:
    """Pushes per interaction before and after the first held push; `change` < 0 means fewer pushes."""

    first_held: date
    before: Span
    after: Span

    @property
    def change(self) -> float:
        return self.after.rate - self.before.rate


def spans(first_held: date, as_of: date) -> tuple[Span, Span]:
    """The empty before and after spans around the day of the first held push."""
    before = Span(first_held - timedelta(days=SPAN_DAYS), first_held - timedelta(days=1))
    after = Span(first_held + timedelta(days=1), min(as_of, first_held + timedelta(days=SPAN_DAYS)))
    return before, after


def holding_effect(first_held: date | None, before: Span, after: Span, as_of: date) -> HoldingEffect | None:
    """The comparison, or None when there is not enough data to say anything."""
    if first_held is None or first_held >= as_of:
        return None
    if (as_of - first_held).days < MIN_DAYS_AFTER:
        return None
    if before.interactions < MIN_INTERACTIONS or after.interactions < MIN_INTERACTIONS:
        return None
    return HoldingEffect(first_held, before, after)
