"""A live pass's acts: each plan recorded, its mail filed, and at the end the outbox sent.

maild.app.intake decides; this does what it decided, in the order the
crash tests pin: the record is committed before the mail is moved, and the
mail is moved (with its batch) before any reply goes out. maild.app.dryrun
is the same interface for `--dry-run`, which prints instead.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from typing import Any

from maild import logs
from maild.app.filing import Filing
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import ApplyStore, Clock, Meter, MailRef
from maild.app.record import Record
from maild.app.report import PassReport, summary, unread
from maild.config import Settings
from maild.core.dsn import read_diagnostic
from maild.core.plan import Arrival, MailPlan, SidePlan
from maild.core.records import NewReply
from maild.core.watermark import Start
from maild.errors import LeaseLost
from maild.runtime.faults import checkpoint


class Apply:
    """The acts of one mailbox's live pass."""

    def __init__(self, store: ApplyStore, record: Record, filing: Filing, outbox: Outbox, letters: Letters,
                 settings: Settings, clock: Clock, metrics: Meter, mailbox: str) -> None:
        self.store, self.record, self.filing, self.outbox, self.letters = store, record, filing, outbox, letters
        self.settings, self.clock, self.metrics, self.mailbox = settings, clock, metrics, mailbox

    def reconcile(self) -> int:
        return self.outbox.reconcile()

    def started(self, uidvalidity: int, start: Start) -> None:
        """Save where the mailbox's passes start: its cut-off when first seen, its new UIDVALIDITY."""
        if start.first:
            self.store.save_mailbox_state(self.mailbox, uidvalidity, 0, start.cutoff)
        elif start.renumbered is not None:
            self.store.save_mailbox_state(self.mailbox, uidvalidity, 0)

    def batch(self) -> AbstractContextManager[None]:
        return self.filing.batch()

    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None:
        self.filing.existing(mail, uid, uidvalidity)

    def decided(self, ref: MailRef, mail: Arrival, plan: MailPlan, report: PassReport) -> None:
        """Record the plan, then file the mail (the reply goes out with the outbox)."""
        recorded = self.record.mail(plan, mail)
        if recorded is None:  # another pass recorded it first
            return
        bounced = plan.bounce_of and self.store.reply_bounced(plan.bounce_of, recorded.mail_id,
                                                               read_diagnostic(mail.raw))
        if bounced:
            logs.event("reply_bounced", logging.WARNING, mail=recorded.mail_id)  # its case goes to review
        checkpoint("after_record")
        self.filing.file(recorded.mail_id, ref.uid, plan.folder)
        verdict = plan.verdict
        report.add(summary(ref.uid, verdict, plan.action, recorded.case_ref, plan.reply, plan.old))
        self.metrics.mail(self.mailbox, verdict.request_type, plan.action)
        logs.event("mail_decided", uid=ref.uid, case=recorded.case_ref or "-", action=plan.action,
                   request_type=verdict.request_type, sender_kind=verdict.sender_kind, folder=plan.folder or "-")

    def oversize(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        notice, write = plan.notice, None
        if notice is not None:
            def write(case_ref: str) -> NewReply:
                return self.letters.oversize(notice, plan.mail.subject, ref.size, plan.mail.message_id, case_ref)
        recorded = self.record.side(plan, write)
        if recorded:
            self.filing.file(recorded.mail_id, ref.uid, plan.folder)
            report.add(unread(ref.uid, recorded.case_ref, "oversize" if notice else ""))
        logs.event("mail_oversize", logging.WARNING, uid=ref.uid, size=ref.size,
                   limit=self.settings.section("mailbox")["max_size"])

    def failed(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        """Never raises but for a lost lease: a store that fails too leaves the mail unmarked."""
        try:
            recorded = self.record.side(plan)
            if recorded:
                self.filing.file(recorded.mail_id, ref.uid, plan.folder)
            report.add(unread(ref.uid, "", "", plan.mail.error))
        except LeaseLost:
            raise
        except Exception as second:  # the store itself failed: the mail stays in the mailbox, unmarked
            logs.event("mail_failed_unrecorded", logging.ERROR, uid=ref.uid, error=type(second).__name__)

    def finish(self, uidvalidity: int, last_uid: int, left: int, report: PassReport) -> None:
        """After the batches: re-file what did not move, note a good pass, send the outbox."""
        report.refiled = self.filing.refile(uidvalidity, last_uid)
        if self.store.poll_succeeded(self.mailbox, self.clock(), left):
            self.outbox.alert_operators("recovered", "polling works again")
        self.outbox.send_due(report)
        if self.metrics.enabled:
            self.metrics.pass_done(self.mailbox, left, self.store.pending_replies())

    def send_due(self, report: PassReport) -> None:
        self.outbox.send_due(report)
