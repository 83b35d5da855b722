"""The reminder sweep: what maild.core.reminders says is due, written as letters and queued once each.

The time logic is pure (maild.core.reminders). This reads the cases' state,
writes each reminder, final notice and digest (maild.app.letters), queues it
under its unique key, so a second sweep, a second process or a restart
never sends it twice, and sends the outbox.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from maild import logs
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import Clock, ReminderStore
from maild.config import Settings
from maild.core.message import can_write_to
from maild.core.records import NewReply
from maild.core.reminders import Due, ReminderPolicy, due_items, upcoming
from maild.core.times import aware, shown


class Reminders:
    """Reminders, final notices and digests of one mailbox."""

    def __init__(self, store: ReminderStore, letters: Letters, outbox: Outbox, settings: Settings, clock: Clock,
                 mailbox: str) -> None:
        self.store, self.letters, self.outbox = store, letters, outbox
        self.settings, self.clock, self.mailbox = settings, clock, mailbox

    def sweep(self) -> int:
        """Queue every reminder, final notice and digest due now (each once), then send."""
        now = self.clock()
        items = due_items(self.store.reminder_states(self.mailbox), now, self.settings.reminder_policy(),
                          self.store.last_digest_at(self.mailbox))
        queued = 0
        for item in items:
            if item.kind == "digest":
                pairs = [(_keyed(item, self.mailbox, mail), mail) for mail in self._digest(item, now)]
            else:
                mail = self._reminder(item, now)
                pairs = [(item, mail)] if mail is not None else []
            for due, mail in pairs:
                if self.store.queue_reminder(due, mail, now):
                    queued += 1
                    logs.event(f"{item.kind}_queued", case=item.case_id or "-", key=due.key)
        self.outbox.send_due()
        return queued

    def _reminder(self, item: Due, now: dt.datetime) -> NewReply | None:
        case, thread, verdict = self.store.case_thread(item.case_id or 0)
        if case is None or not can_write_to(case.sender):
            return None
        cap = int(self.settings.section("replies")["per_sender_daily_cap"])
        if cap and self.store.replies_since(case.sender, now - dt.timedelta(days=1)) >= cap:
            return None
        kind = "reminder" if item.kind == "remind" else "abandoned"
        return self.letters.reminder(kind, item.key, case, thread, verdict, item.seq)

    def _digest(self, item: Due, now: dt.datetime) -> list[NewReply]:
        rows = [{"ref": c.ref, "request_type": c.request_type, "subject": c.subject,
                 "acknowledged_at": aware(c.acknowledged_at),
                 "age_hours": int((now - (aware(c.acknowledged_at) or now)).total_seconds() // 3600)}
                for c in self.store.cases_by_id(list(item.cases))]
        return [self.letters.digest(item.key, operator, rows)
                for operator in self.settings.section("replies")["operators"]]


def due_list(store: ReminderStore, policy: ReminderPolicy, zone: dt.tzinfo, now: dt.datetime) -> list[dict[str, Any]]:
    """What the next runs will send, and the moment each will really leave (working time only),
    shown in the office's zone with the zone named (`maild cases --due`)."""
    states = store.reminder_states()
    refs = {c.case_id: c.ref for c in states}
    return [{"case": refs.get(i.case_id or 0, "-"), "kind": i.kind, "at": i.at.isoformat(),
             "leaves": shown(i.at, zone), "due_now": i.at <= now}
            for i in upcoming(states, now, policy, store.last_digest_at())]


def _keyed(item: Due, mailbox: str, mail: NewReply) -> Due:
    """A digest goes to each operator once: one key per (day, mailbox, operator)."""
    return Due(item.at, item.kind, f"{item.key}:{mailbox}:{mail.recipient.lower()}", item.case_id, item.seq,
               item.cases)
