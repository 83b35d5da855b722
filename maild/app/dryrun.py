"""`--dry-run`: a pass that prints each mail's plan and records, files and sends nothing.

The same pass as a live one (maild.app.intake), with this in place of
maild.app.apply: what a live pass would do is printed, one line a mail, in
words; and when the cut-off keeps replies from mail (all of it on a first
run with cutoff = "first-run"), it says so, since that is what surprises.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from typing import Any

from maild.app.ports import MailRef
from maild.app.report import PassReport, summary
from maild.core.plan import Arrival, MailPlan, SidePlan
from maild.core.watermark import Start


# What each reply is, as a sentence says it.
REPLIES = {"acknowledge": "an acknowledgement with the case reference",
           "request_missing": "a request for what is missing",
           "redirect": "the contact of the right helpdesk",
           "oversize": "a notice that the mail is too large"}


def reply_words(kind: str) -> str:
    return REPLIES.get(kind, f"a {kind} reply")


class DryRun:
    """The acts of a dry run: a line printed per plan."""

    def __init__(self) -> None:
        self.cutoff: Start | None = None
        self.old = 0

    def reconcile(self) -> int:
        return 0

    def started(self, uidvalidity: int, start: Start) -> None:
        self.cutoff = start

    def batch(self) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None:
        return None

    def decided(self, ref: MailRef, mail: Arrival, plan: MailPlan, report: PassReport) -> None:
        verdict = plan.verdict
        where = f"file it in {plan.folder}" if plan.folder else "leave it in the mailbox"
        if plan.old:
            self.old += 1
            what = f"older than the cut-off: would record it and {where}, with no reply"
        elif plan.reply:
            what = f"would send {reply_words(plan.reply.kind)} and {where}"
        else:
            what = f"would send no reply and {where}"
        print(f"mail {ref.uid}: {verdict.request_type}, {verdict.sender_kind} sender -> {plan.action}; {what}")
        report.add(summary(ref.uid, verdict, plan.action, "", plan.reply, plan.old))

    def oversize(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        told = "tell the sender the size limit" if plan.notice else "tell no one (an automated sender)"
        print(f"mail {ref.uid}: too large ({ref.size} bytes): would put it to review and {told}")

    def failed(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        return None

    def finish(self, uidvalidity: int, last_uid: int, left: int, report: PassReport) -> None:
        if self.old and self.cutoff is not None:
            since = f" ({self.cutoff.cutoff:%Y-%m-%d %H:%M} UTC)" if self.cutoff.cutoff else ""
            first = (" This is the first run: [mailbox] cutoff fixes that moment now, so the mail already"
                     " in the mailbox is filed and never answered.") if self.cutoff.first else ""
            print(f"{self.old} mail(s) arrived before the cut-off{since} and would get no reply.{first} "
                  "To answer them, set [mailbox] cutoff to an earlier date, or to \"none\", before the first run.")

    def send_due(self, report: PassReport) -> None:
        return None
