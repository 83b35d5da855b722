"""`--dry-run`: a pass that prints each mail's plan and records, files and sends nothing.

The same pass as a live one (maild.app.intake), with this in place of
maild.app.apply: what a live pass would do is printed, one line a mail.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from typing import Any

from maild.app.ports import MailRef
from maild.app.report import PassReport, summary
from maild.core.plan import Arrival, MailPlan, SidePlan
from maild.core.watermark import Start


class DryRun:
    """The acts of a dry run: a line printed per plan."""

    def reconcile(self) -> int:
        return 0

    def started(self, uidvalidity: int, start: Start) -> None:
        return None

    def batch(self) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None:
        return None

    def decided(self, ref: MailRef, mail: Arrival, plan: MailPlan, report: PassReport) -> None:
        verdict = plan.verdict
        reply = f"would send a {plan.reply.kind} reply" if plan.reply else "would send nothing"
        print(f"uid {ref.uid}: {verdict.sender_kind} / {verdict.request_type} -> {plan.action}; {reply}; "
              f"would file in {plan.folder or '(stays)'}")
        report.add(summary(ref.uid, verdict, plan.action, "", plan.reply, plan.old))

    def oversize(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        print(f"uid {ref.uid}: too large ({ref.size} bytes): would file for review and notify the sender")

    def failed(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        return None

    def finish(self, uidvalidity: int, last_uid: int, left: int, report: PassReport) -> None:
        return None

    def send_due(self, report: PassReport) -> None:
        return None
