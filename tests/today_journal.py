"""Hand-built journals for the Today and Insights tests: a bending month, a calm month, every reminder."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from journal.services import capture, indicators


def ago(days: int, hour: int = 11) -> str:
    moment = datetime.now().astimezone().replace(hour=hour, minute=0, second=0, microsecond=0) - timedelta(days=days)
    return moment.isoformat()


def interaction(journal, client_id: str, days: int, responses=(), hours: float = 0.0, **extra):
    pressure = [{"kind": "free_work", "response": r, "unpaid_hours": hours} for r in responses]
    data = {"client_id": client_id, "occurred_at": ago(days), "summary": f"Call {days} days ago", "pressure": pressure}
    return capture.save(journal, "interaction", data | extra)


def bending_month(journal) -> str:
    """Six of eight pushes conceded in the last 28 days (red), 2 pushes a week (amber); the client id."""
    client = capture.save(journal, "client", {"name": "Vector LLC"})
    for i, response in enumerate(["conceded"] * 6 + ["held"] * 2):
        interaction(journal, client.id, 2 + i * 3, [response])
    indicators.save_checkin(journal, date.today(), (25, 25, 25, 25, 25, 25))
    return client.id


def calm_month(journal) -> str:
    client = capture.save(journal, "client", {"name": "Partner Ltd"})
    for days in (1, 6, 12, 20):
        interaction(journal, client.id, days)
    interaction(journal, client.id, 9, ["held"])
    indicators.save_checkin(journal, date.today() - timedelta(days=2), (25, 0, 25, 0, 25, 0))
    return client.id


def every_reminder(journal) -> dict[str, str]:
    """One reminder of each kind due today; kind → the id the reminder carries."""
    client = capture.save(journal, "client", {"name": "Ирина Петрова"})
    due = interaction(journal, client.id, 3, follow_up_on=(date.today() - timedelta(days=1)).isoformat())
    quiet = capture.save(journal, "client", {"name": "Quiet Co", "stay_in_touch_days": 14, "created_at": ago(40)})
    incident = capture.save(
        journal,
        "incident",
        {"client_id": client.id, "opened_on": (date.today() - timedelta(days=4)).isoformat(), "title": "Late banners",
         "follow_up_on": date.today().isoformat()},
    )  # fmt: skip
    return {"follow_up": due.id, "stay_in_touch": quiet.id, "incident": incident.id, "checkin": ""}
