"""The send step: the outbox sent row by row, each reply at most once; alerts to the operators.

A reply is claimed (pending -> sending, committed) before it is handed over,
and its outcome recorded after: sent; pending again later (a temporary
refusal, maild.core.retry); failed (a permanent one, or too many attempts);
or uncertain when the connection broke after the message was handed over,
since it may have been delivered. An uncertain reply is never sent again
blindly: its copy in `[mailbox] sent_folder` settles it, or an operator.
Any worker may send any due reply: the claims keep two from sending one.

Reminders, final notices and digests keep the office's hours: one claimed
outside working time (a retry that fell due before the day's start, on a
Sunday or on a holiday) goes back to pending until the next start of a working day ([reminders]
workday_start, office time). A reply to a mail, an alert or an operator's
letter goes at once.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from maild import logs
from maild.app.letters import Letters
from maild.app.ports import Clock, Inbox, Meter, OutboxStore, Sender
from maild.app.report import PassReport
from maild.config import Settings
from maild.core.reminders import next_working_time
from maild.core.retry import after_failure
from maild.errors import SendError
from maild.runtime.faults import checkpoint


OFFICE_HOURS_KINDS = ("reminder", "abandoned", "digest")  # what leaves only in working time


class Outbox:
    """The outbox of one mailbox's worker."""

    def __init__(self, store: OutboxStore, sender: Sender, inbox: Inbox, letters: Letters, settings: Settings,
                 clock: Clock, metrics: Meter) -> None:
        self.store, self.sender, self.inbox, self.letters = store, sender, inbox, letters
        self.settings, self.clock, self.metrics = settings, clock, metrics

    def startup(self) -> None:
        """Once per process: replies a dead process left in 'sending' become 'uncertain'."""
        count = self.store.sending_to_uncertain(self._stale_claims())
        if count:
            logs.event("replies_uncertain", logging.WARNING, count=count)

    def send_due(self, report: PassReport | None = None) -> None:
        """Hand over every reply due now, on one connection, and record each outcome."""
        report = report or PassReport()
        smtp = self.settings.section("smtp")
        if self.store.shared:
            self.store.sending_to_uncertain(self._stale_claims())
        skipped: set[int] = set()
        try:
            while True:
                row = self.store.claim_next_reply(self.clock(), skipped)
                if row is None:
                    return
                self._send_one(row, smtp, report, skipped)
        finally:
            self.sender.close()  # one SMTP connection for all the replies due now

    def _send_one(self, row: Any, smtp: Any, report: PassReport, skipped: set[int]) -> None:
        """Hand one claimed reply over and record the outcome."""
        if row.kind == "reminder" and not self._still_waiting(row.case_id):
            self.store.finish_reply(row.id, "cancelled", "the case no longer waits on its sender")
            return
        held = self._held_until(row.kind)
        if held is not None:
            skipped.add(row.id)
            self.store.finish_reply(row.id, "pending", "held until the working day starts", held)
            return
        checkpoint("after_claim")
        try:
            self.sender.send("", row.recipient, row.body)
        except SendError as exc:
            skipped.add(row.id)  # retried at its next attempt time, not again in this sweep
            self._not_sent(row.id, row.attempts, exc, smtp)
            report.failed_sends += 1
            report.deferred += not exc.permanent
            self.metrics.reply(self.inbox.name, row.kind, "uncertain" if exc.uncertain else "failed")
            return
        checkpoint("after_send")
        self.store.finish_reply(row.id, "sent")
        self.metrics.reply(self.inbox.name, row.kind, "sent")
        checkpoint("after_mark_sent")
        report.sent += 1
        logs.event("reply_sent", kind=row.kind, outbound=row.id)

    def _not_sent(self, outbound_id: int, attempts: int, exc: SendError, smtp: Any) -> None:
        outcome = after_failure(attempts, permanent=exc.permanent, uncertain=exc.uncertain,
                                max_attempts=int(smtp["max_attempts"]), retry_seconds=float(smtp["retry_seconds"]),
                                now=self.clock())
        self.store.finish_reply(outbound_id, outcome.status, str(exc), outcome.retry_at)
        logs.event("reply_not_sent", logging.WARNING, outbound=outbound_id, attempts=attempts,
                   permanent=exc.permanent, uncertain=exc.uncertain)

    def _held_until(self, kind: str) -> dt.datetime | None:
        """When a reminder, final notice or digest may leave, if not now (the office's calendar)."""
        if kind not in OFFICE_HOURS_KINDS:
            return None
        now = self.clock()
        start = next_working_time(now, self.settings.reminder_policy())
        return start if start > now else None

    def _still_waiting(self, case_id: int | None) -> bool:
        case = self.store.get_case(case_id) if case_id else None
        return case is not None and case.status == "waiting"

    def _stale_claims(self) -> dt.datetime | None:
        """Claims older than this belong to a dead worker (None: every claim does, when one
        process owns the database). Measured by the real clock, as the claims are stamped."""
        if not self.store.shared:
            return None
        grace = 2 * float(self.settings.section("smtp")["timeout"]) + 60
        return dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=grace)

    def reconcile(self) -> int:
        """Settle uncertain replies from the copies the MTA filed in [mailbox] sent_folder.

        The mbsync way: a reply whose connection broke after DATA may or may not have
        been delivered; its copy (same Message-ID, same SMTP transaction) in the sent
        folder says it was. Not found, it stays uncertain for an operator: never resent.
        """
        mailbox = self.settings.section("mailbox")
        folder = str(mailbox["sent_folder"])
        if not folder:
            return 0
        since = self.clock() - dt.timedelta(days=float(mailbox["reconcile_days"]))
        rows = self.store.uncertain_replies(since)
        if not rows:
            return 0
        found = self.inbox.find_message_ids(folder, [m for _, m in rows])
        settled = sum(1 for i, m in rows if m in found and self.store.reconcile_reply(i, folder))
        if settled:
            logs.event("replies_reconciled", count=settled, still_uncertain=len(rows) - settled)
        return settled

    def polling_failed(self, error: str) -> None:
        """After a failed pass: the operators are alerted once, when it has lasted long enough."""
        alert_after = float(self.settings.section("daemon")["alert_after"])
        if self.store.poll_failed(self.inbox.name, self.clock(), error, alert_after):
            self.alert_operators("down", f"polling has failed for {alert_after:.0f} s or more: {error[:300]}")

    def alert_operators(self, what: str, detail: str) -> None:
        operators = self.settings.section("replies")["operators"]
        for operator in operators:
            self.store.queue_reply(self.letters.alert(what, detail, operator), self.clock())
        logs.event("operators_alerted", logging.WARNING, mailbox=self.inbox.name, what=what,
                   operators=len(operators))
