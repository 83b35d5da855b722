"""The record step of the mail pass: a plan written down in one transaction, before any move or send.

The mail, its verdict, its case, the reply it calls for (with its Message-ID
fixed now) and the audit rows are committed together with the UID
watermark, and only while this worker still holds the mailbox's lease. The
reply is written from the case's reference, which a new case gets inside
that transaction: the store hands the reference back (`rows.mail()`) and the
reply is built and queued before the commit (`rows.finish()`). A mail
recorded meanwhile by another pass is refused by its unique key: None.
"""

from __future__ import annotations

from collections.abc import Callable

from maild.app.letters import Letters
from maild.app.ports import Clock, LeaseHolder, RecordStore
from maild.core.plan import Arrival, MailPlan, SidePlan
from maild.core.records import NewReply, Recorded
from maild.errors import AlreadyRecorded


class Record:
    """Writes the plans of one mailbox's mails."""

    def __init__(self, store: RecordStore, letters: Letters, lease: LeaseHolder, clock: Clock) -> None:
        self.store, self.letters, self.lease, self.clock = store, letters, lease, clock

    def mail(self, plan: MailPlan, mail: Arrival) -> Recorded | None:
        """A decided mail with its case and reply; None when another pass recorded it first."""
        try:
            with self.store.recording(plan.mail.mailbox, self.lease.token, self.clock()) as rows:
                case = rows.mail(plan.mail, plan.case_id, plan.open_case, replied=plan.reply is not None)
                reply = None
                if plan.reply is not None:
                    reply = self.letters.reply(plan.reply, plan.verdict, case.case_ref, mail.raw)
                return rows.finish(reply, plan.audit, (mail.uidvalidity, mail.uid))
        except AlreadyRecorded:
            return None

    def side(self, plan: SidePlan, notice: Callable[[str], NewReply] | None = None) -> Recorded | None:
        """A mail without a verdict (too large, or failed), with its notice to the sender if any,
        written (like a reply) from the reference of the case it opens."""
        new = plan.mail
        try:
            with self.store.recording(new.mailbox, self.lease.token, self.clock()) as rows:
                case = rows.mail(new, None, plan.open_case, replied=notice is not None)
                letter = notice(case.case_ref) if notice is not None else None
                return rows.finish(letter, plan.audit, (new.uidvalidity, new.uid))
        except AlreadyRecorded:
            return None
