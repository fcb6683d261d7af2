"""The words of the desktop notifications, in the interface language, with correct plurals.

"3 follow-ups due today · 1 client you have not contacted in 30 days · 2 meetings to log";
"Your week: 9 interactions, 3 pushes, 1 conceded · Open the review".
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from journal.domain.notifications import Notice
from journal.services.text import settle_plural


class NoticeText(QObject):
    """Catalogue context "NoticeText"."""

    def title(self, notice: Notice) -> str:
        return self.tr("Rapport: your week") if notice.kind == "weekly" else self.tr("Rapport: needs attention")

    def parts(self, notice: Notice, days: int | None = None) -> list[str]:
        c = notice.counts
        parts = []
        if c.follow_ups:
            parts.append(settle_plural(self.tr("%n follow-up(s) due", "", c.follow_ups), c.follow_ups))
        if c.stay_in_touch:
            if days:
                parts.append(
                    settle_plural(
                        self.tr("%n client(s) you have not contacted in {days} days", "", c.stay_in_touch),
                        c.stay_in_touch,
                    ).format(days=days)
                )
            else:
                parts.append(
                    settle_plural(self.tr("%n client(s) to get in touch with", "", c.stay_in_touch), c.stay_in_touch)
                )
        if c.meetings:
            parts.append(settle_plural(self.tr("%n meeting(s) to log", "", c.meetings), c.meetings))
        if c.incidents:
            parts.append(settle_plural(self.tr("%n incident follow-up(s) due", "", c.incidents), c.incidents))
        if c.thanks:
            parts.append(settle_plural(self.tr("%n thank-you(s) not yet said", "", c.thanks), c.thanks))
        if c.checkin:
            parts.append(self.tr("the weekly check-in"))
        return parts

    def body(self, notice: Notice, days: int | None = None) -> str:
        if notice.kind == "weekly":
            interactions, pushes, conceded = notice.week or (0, 0, 0)
            week = self.tr("Your week: {interactions}, {pushes}, {conceded}").format(
                interactions=settle_plural(self.tr("%n interaction(s)", "", interactions), interactions),
                pushes=settle_plural(self.tr("%n push(es)", "", pushes), pushes),
                conceded=settle_plural(self.tr("%n conceded", "", conceded), conceded),
            )
            parts = [week]
            if notice.counts.checkin:
                parts.append(self.tr("Time for the weekly check-in"))
            parts.append(self.tr("Open the review"))
            return " · ".join(parts)
        return " · ".join(self.parts(notice, days)) or self.tr("Nothing needs attention")

    def tooltip(self, total: int) -> str:
        if not total:
            return self.tr("Rapport: nothing needs attention")
        return settle_plural(self.tr("Rapport: %n thing(s) to attend to", "", total), total)


def notice_title(notice: Notice) -> str:
    return NoticeText().title(notice)


def notice_body(notice: Notice, days: int | None = None) -> str:
    return NoticeText().body(notice, days)


def tray_tooltip(total: int) -> str:
    return NoticeText().tooltip(total)
