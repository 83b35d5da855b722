"""The mail pass: fetch -> triage -> plan -> record -> file -> send, for one mailbox.

New mail (above the UID watermark) is fetched in batches without setting
\\Seen. For each mail: its case is looked up (maild.app.cases), it is
triaged (maild.app.triage), and maild.core.plan says what to record, which
reply to queue and where to file it. Then `act` carries the plan out: in a
live pass maild.app.apply records it in one transaction (maild.app.record),
files the mail (maild.app.filing) and, once the batch is done, sends the
outbox (maild.app.outbox); in a dry run maild.app.dryrun prints it. A crash
at any point leaves a state the next pass resumes from without a second
reply: a recorded mail is only re-filed, a reply found in "sending" becomes
"uncertain" and is never sent again blindly.

One mail that fails in any way is recorded for review with its reason and
the pass goes on: it never blocks the mail behind it.
"""

from __future__ import annotations

import logging
import traceback
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from maild import logs
from maild.app.cases import Cases, Context
from maild.app.filing import Filing
from maild.app.ports import Clock, Inbox, IntakeStore, LeaseHolder, MailRef
from maild.app.report import PassReport
from maild.app.triage import Triage
from maild.config import Settings
from maild.core.plan import Arrival, MailPlan, PlanSettings, SidePlan, arrival, oversize_key, plan_failure
from maild.core.plan import plan_mail, plan_oversize, wanted_reply
from maild.core.watermark import Saved, Start, is_old, start
from maild.errors import LeaseLost, MailboxError
from maild.runtime.faults import checkpoint


class Act(Protocol):
    """What a pass does with its plans: maild.app.apply.Apply, or the dry run's printout."""

    def reconcile(self) -> int: ...
    def started(self, uidvalidity: int, start: Start) -> None: ...
    def batch(self) -> AbstractContextManager[None]: ...
    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None: ...
    def decided(self, ref: MailRef, mail: Arrival, plan: MailPlan, report: PassReport) -> None: ...
    def oversize(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None: ...
    def failed(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None: ...
    def finish(self, uidvalidity: int, last_uid: int, left: int, report: PassReport) -> None: ...
    def send_due(self, report: PassReport) -> None: ...


@dataclass
class Pass:
    """One pass's state: where it started, its settings, what it found and did."""

    uidvalidity: int
    start: Start
    settings: PlanSettings
    report: PassReport = field(default_factory=PassReport)
    known: set[str] = field(default_factory=set)  # the batch's dedupe keys already recorded


class Intake:
    """One mailbox's pass over its new mail."""

    def __init__(self, inbox: Inbox, store: IntakeStore, cases: Cases, triage: Triage, filing: Filing, act: Act,
                 lease: LeaseHolder, settings: Settings, clock: Clock) -> None:
        self.inbox, self.store, self.cases, self.triage, self.filing = inbox, store, cases, triage, filing
        self.act, self.lease, self.settings, self.clock = act, lease, settings, clock

    def run(self) -> PassReport:
        if not self.lease.hold():
            report = PassReport(standby=True)
            self.act.send_due(report)  # replies are claimed row by row: any worker may send them
            return report
        uidvalidity = self.inbox.connect()
        reconciled = self.act.reconcile()
        current = Pass(uidvalidity, self._start(uidvalidity), self.plan_settings())
        current.report.reconciled = reconciled
        refs = self.inbox.pending(current.start.last_uid)
        if refs:
            self.triage.prestart()  # before the first fetch makes this process large
        size = int(self.settings.section("mailbox")["batch"])
        for first in range(0, len(refs), size):
            self._batch(refs[first:first + size], current)
        left = max(0, len(refs) - current.report.decided_count)
        self.act.finish(uidvalidity, current.start.last_uid, left, current.report)
        return current.report

    def plan_settings(self) -> PlanSettings:
        """This pass's settings for its plans (read once per pass)."""
        box, replies = self.settings.section("mailbox"), self.settings.section("replies")
        return PlanSettings(self.inbox.name, self.settings.helpdesk_domain(), self.cases.policy.own_addresses,
                            float(replies["repeat_window_hours"]), int(replies["per_sender_daily_cap"]),
                            bool(box["keep_raw"]), self.filing.folders(), int(box["max_size"]))

    def _start(self, uidvalidity: int) -> Start:
        state = self.store.mailbox_state(self.inbox.name)
        saved = Saved(state.uidvalidity, state.last_uid, state.cutoff) if state is not None else None
        begin = start(saved, uidvalidity, str(self.settings.section("mailbox")["cutoff"]), self.clock())
        if begin.renumbered is not None:
            logs.event("uidvalidity_changed", logging.WARNING, mailbox=self.inbox.name, old=begin.renumbered,
                       new=uidvalidity)
        self.act.started(uidvalidity, begin)
        return begin

    def _batch(self, refs: list[MailRef], current: Pass) -> None:
        raws = self.inbox.fetch([r.uid for r in refs if r.size <= current.settings.max_size])
        checkpoint("after_fetch")
        mails = {uid: arrival(current.uidvalidity, uid, raw) for uid, raw in raws.items()}
        # Keys already recorded, in one query: a mail not among them needs no lookup of its own
        # (a mail recorded meanwhile by someone else is still refused by the unique key).
        current.known = self.store.known_keys(self.inbox.name, [m.key for m in mails.values()])
        try:
            with self.act.batch():
                for index, ref in enumerate(refs):
                    self.triage.work_ahead(refs[index + 1:], mails, lambda r, m: self._context(r, m, current))
                    self._one(ref, mails.get(ref.uid), current)
            checkpoint("after_file")
        finally:
            self.triage.cancel_ahead()

    def _one(self, ref: MailRef, mail: Arrival | None, current: Pass) -> None:
        try:
            if not self.lease.hold():
                raise LeaseLost(f"the lease on {self.inbox.name} was taken over")
            if ref.size > current.settings.max_size:
                self._oversize(ref, current)
            elif mail is not None:
                self._decide(ref, mail, current)
            else:
                logs.event("mail_vanished", logging.WARNING, uid=ref.uid)
        except (LeaseLost, MailboxError, *self.store.transient_errors):
            # Another worker owns the mailbox now, or the server or the database is
            # gone: stop the pass; the mail stays unmarked and is retried, not failed.
            raise
        except Exception as exc:  # one mail's failure must never block the next one
            self._failed(ref, mail.raw if mail is not None else b"", exc, current)

    def _decide(self, ref: MailRef, mail: Arrival, current: Pass) -> None:
        """One mail, top to bottom: its case, its verdict, its plan, then the act."""
        existing = self.store.find_mail(self.inbox.name, mail.key) if mail.key in current.known else None
        if existing is not None:
            self.triage.discard(ref.uid)
            self.act.existing(existing, ref.uid, mail.uidvalidity)
            logs.event("mail_already_decided", uid=ref.uid, mail=existing.id)
            return
        context = self._context(ref, mail, current)
        verdict = self.triage.verdict(ref.uid, mail.raw, context)
        now = self.clock()
        reply = wanted_reply(verdict, mail, context.thread, context.old, current.settings)
        history = self.cases.history(verdict, context.thread, reply, current.settings.daily_cap, now)
        plan = plan_mail(verdict, mail, context.thread, context.old, reply, history, current.settings, now)
        self.act.decided(ref, mail, plan, current.report)

    def _context(self, ref: MailRef, mail: Arrival, current: Pass) -> Context:
        return self.cases.context(mail.raw, is_old(ref.internaldate, current.start.cutoff))

    def _oversize(self, ref: MailRef, current: Pass) -> None:
        """A mail above [mailbox] max_size: only its header is read, and it goes to review."""
        head = self.inbox.fetch_headers(ref.uid)
        header = self.triage.header(head)
        if self.store.find_mail(self.inbox.name, oversize_key(ref.uid, ref.size, head, header.message_id)) is None:
            plan = plan_oversize(current.uidvalidity, ref.uid, ref.size, head, header, current.settings)
            self.act.oversize(ref, plan, current.report)

    def _failed(self, ref: MailRef, raw: bytes, exc: Exception, current: Pass) -> None:
        """Record a mail whose handling failed, for review with its reason."""
        reason = f"{type(exc).__name__}: {exc}"[:500]
        logs.event("mail_failed", logging.ERROR, uid=ref.uid, error=type(exc).__name__,
                   where=traceback.extract_tb(exc.__traceback__)[-1].name if exc.__traceback__ else "-")
        self.act.failed(ref, plan_failure(current.uidvalidity, ref.uid, bytes(raw or b""), reason, current.settings),
                        current.report)
