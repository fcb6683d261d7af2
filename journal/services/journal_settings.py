"""The journal's own settings: the hourly rate and its currency, and all settings for the file format.

They live in the journal's `setting` table (JSON values), so they travel with the journal:
`hourly_rate` (a number, or absent/null for "no rate") and `currency` (text up to 8
characters). Without a saved currency the default follows the locale: ₽ when the interface is
Russian, the system locale's currency symbol otherwise. The thresholds are kept by
`services.indicators` (the "thresholds" row); `services.interchange` moves every setting in and
out of a file under the names of `journal.domain.journal_settings`.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QLocale
from sqlmodel import Session

from journal.domain import indicators as ind
from journal.domain.journal_settings import read_settings
from journal.domain.validation import InvalidInput, Problem
from journal.store import models as m
from journal.store.db import Journal

RATE_KEY = "hourly_rate"
CURRENCY_KEY = "currency"


def default_currency() -> str:
    """₽ for a Russian interface; the system locale's currency symbol otherwise."""
    if QLocale().language() == QLocale.Language.Russian:
        return "₽"
    return QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)


def _saved(session: Session, key: str) -> Any:
    row = session.get(m.Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def put(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(m.Setting, key) or m.Setting(key=key, value=text)
    row.value = text
    session.add(row)


def rate_in(session: Session) -> ind.Rate:
    """The saved rate (a bad or missing value means none) and the currency (saved, else the default)."""
    rate = _saved(session, RATE_KEY)
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1_000_000:
        rate = None
    currency = _saved(session, CURRENCY_KEY)
    if not isinstance(currency, str) or len(currency) > 8:
        currency = default_currency()
    return ind.Rate(rate, currency)


def load_rate(journal: Journal) -> ind.Rate:
    """The journal's hourly rate and currency."""
    with journal.read() as session:
        return rate_in(session)


def save_rate(journal: Journal, hourly_rate: float | None, currency: str) -> ind.Rate:
    """Validate (rate 0–1,000,000 or None, currency up to 8 characters) and save both in one
    transaction; raises InvalidInput with the paths `hourly_rate` / `currency`."""
    problems: list[Problem] = []
    found = read_settings({RATE_KEY: hourly_rate, CURRENCY_KEY: currency}, "", problems)
    if problems:
        raise InvalidInput(problems)
    with journal.write() as session:
        put(session, RATE_KEY, found[RATE_KEY])
        put(session, CURRENCY_KEY, found[CURRENCY_KEY])
        return rate_in(session)
