"""A small journal with two clients (one Russian), pressure, gratitude, a lesson and a check-in."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from journal.services import capture
from journal.store.db import Journal

TODAY = date(2026, 11, 23)


def at(day: date, hour: int = 10) -> str:
    return datetime(day.year, day.month, day.day, hour, 30).astimezone().isoformat()


def fill_small(journal: Journal, today: date = TODAY) -> dict[str, str]:
    """Entries across the last three weeks; returns the two clients' ids."""
    irina = capture.save(journal, "client", {"name": "Ирина Петрова", "company": "ООО Вектор", "tags": ["retail"]})
    acme = capture.save(journal, "client", {"name": "Acme Widgets", "company": "Acme Inc."})
    capture.save(
        journal,
        "interaction",
        {
            "client_id": irina.id,
            "occurred_at": at(today - timedelta(days=2), 14),
            "channel": "call",
            "summary": "Просила баннеры бесплатно",
            "notes": "Сказала, что это **пять минут** работы.\n\n- баннеры\n- <script>alert(1)</script>",
            "mood": -1,
            "pressure": [{"kind": "free_work", "response": "conceded", "unpaid_hours": 3.5}],
        },
    )
    capture.save(
        journal,
        "interaction",
        {
            "client_id": acme.id,
            "occurred_at": at(today - timedelta(days=1), 11),
            "channel": "meeting",
            "summary": "Quarterly planning with Acme",
            "notes": "Agreed the *roadmap*.",
            "pressure": [{"kind": "discount", "response": "held", "discount_pct": 20, "note": "wanted 70% off"}],
        },
    )
    capture.save(
        journal,
        "interaction",
        {
            "client_id": acme.id,
            "occurred_at": at(today - timedelta(days=15), 9),
            "summary": "Old Acme call about invoices",
        },
    )
    capture.save(
        journal,
        "gratitude",
        {
            "written_on": (today - timedelta(days=1)).isoformat(),
            "to_client_id": irina.id,
            "text": "Спасибо Ирине за быстрое согласование",
            "expressed": True,
        },
    )
    capture.save(
        journal,
        "lesson",
        {
            "written_on": today.isoformat(),
            "what_happened": "Gave in on banners",
            "lesson": "Quote first",
            "next_time": "Send the estimate",
        },
    )
    capture.save(
        journal, "checkin", {"taken_on": today.isoformat(), "answers": [50, 75, 50, 75, 25, None], "note": "tired"}
    )
    return {"irina": irina.id, "acme": acme.id}
