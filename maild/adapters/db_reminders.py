"""The reminders in the database: the cases' reminder state, and each due item queued once.

Every reminder, final notice and digest has a unique key (maild.core.reminders);
the row under that key is written with the mail in one transaction, so a
second sweep, a second process or a restart never queues one twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Audit, Case, Mail, Outbound, Reminder
from maild.core.records import NewReply
from maild.core.reminders import CaseState, Due
from maild.core.times import aware


class ReminderRows(Connected):
    """The Store's part for the reminder sweep."""

    def reminder_states(self, mailbox: str | None = None) -> list[CaseState]:
        with self.session() as s:
            query = select(Case).where(Case.status.in_(("waiting", "acknowledged")))
            if mailbox is not None:
                query = query.where(Case.mailbox == mailbox)
            rows = s.scalars(query)
            return [CaseState(c.id, c.ref or "", c.status, aware(c.waiting_since), c.reminders_sent or 0,
                              aware(c.acknowledged_at), aware(c.last_reminder_at)) for c in rows]

    def last_digest_at(self, mailbox: str | None = None) -> dt.datetime | None:
        with self.session() as s:
            query = select(func.max(Reminder.created_at)).where(Reminder.kind == "digest")
            if mailbox is not None:
                query = query.where(Reminder.key.like(f"digest:%:{mailbox}:%"))
            return aware(s.scalar(query))

    def queue_reminder(self, due: Due, reply: NewReply | None, now: dt.datetime) -> bool:
        """Record one due item with its mail, once: False when its key was already queued.

        Also False when the case moved on since the sweep read it (a pass answered it,
        an operator closed it): a reminder or final notice is only queued for a case
        still waiting with the reminders the sweep saw.
        """
        try:
            with self.session() as s:
                if due.case_id and due.kind in ("remind", "abandon") and not _still_waiting(s, due, now):
                    return False
                outbound = None
                if reply is not None:
                    outbound = Outbound(mail_id=None, case_id=due.case_id, kind=reply.kind,
                                        message_id=reply.message_id, recipient=reply.recipient,
                                        subject=reply.subject, body=reply.body, created_at=now, next_attempt_at=now)
                    s.add(outbound)
                    s.flush()
                s.add(Reminder(key=due.key, kind=due.kind, case_id=due.case_id, seq=due.seq, due_at=due.at,
                               created_at=now, outbound_id=outbound.id if outbound else None))
                s.add(Audit(event=f"{due.kind}_queued", case_id=due.case_id,
                            outbound_id=outbound.id if outbound else None,
                            detail={"key": due.key, "cases": list(due.cases)}))
                s.flush()
            return True
        except IntegrityError:
            return False

    def case_thread(self, case_id: int) -> tuple[Case | None, list[str], dict[str, Any]]:
        """The case, the Message-IDs of its thread (oldest first) and its latest verdict."""
        with self.session() as s:
            case = s.get(Case, case_id)
            mails = list(s.scalars(select(Mail).where(Mail.case_id == case_id).order_by(Mail.id)))
            replies = list(s.scalars(select(Outbound.message_id).where(Outbound.case_id == case_id)
                                     .order_by(Outbound.id)))
            ids = [m.message_id for m in mails if m.message_id] + replies
            verdict = next((m.verdict for m in reversed(mails) if m.verdict and m.action), {}) or {}
            return case, ids, verdict

    def cases_by_id(self, ids: list[int]) -> list[Case]:
        with self.session() as s:
            return list(s.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id)))


def _still_waiting(s: Session, due: Due, now: dt.datetime) -> bool:
    """Move the case on for this reminder or final notice, only if it is as the sweep saw it."""
    sent = due.seq - 1 if due.kind == "remind" else due.seq
    values: dict[str, Any] = ({"reminders_sent": due.seq, "last_reminder_at": now} if due.kind == "remind"
                              else {"status": "abandoned", "closed_at": now})
    result = s.execute(update(Case).where(Case.id == due.case_id, Case.status == "waiting",
                                          Case.reminders_sent == sent).values(**values))
    return bool(result.rowcount)
