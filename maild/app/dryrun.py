"""`--dry-run`: a pass that prints each mail's plan and records, files and sends nothing.

The same pass as a live one (maild.app.intake), with this in place of
maild.app.apply: what a live pass would do is printed, one line a mail, in
words (templates/dry_run/: the plan's action as the live pass records it,
after the reply policy, never the verdict's when the two differ; the reply
it queues or why none goes; the folder). A mail before the cut-off is said
to be recorded and filed with no reply, with no action it would not take.
When the cut-off keeps replies from mail (all of it on a first run with
cutoff = "first-run"), it says so, with the cut-off in the office's zone,
since that is what surprises.

What the dry run cannot see: a live pass records each mail before it plans
the next, so a second mail of the same pass that repeats the first finds the
first's case; the dry run records nothing, so it plans that mail on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from contextlib import AbstractContextManager
from typing import Any

from maild.app.ports import MailRef, Renderer
from maild.app.report import PassReport, summary, unread
from maild.core.plan import Arrival, MailPlan, SidePlan
from maild.core.times import shown
from maild.core.watermark import Start


def _note(plan: MailPlan) -> str:
    """Why the reply policy kept a reply back (the note of the plan's 'decided' audit row)."""
    return next((str(detail.get("note") or "") for event, detail in plan.audit if event == "decided"), "")


class DryRun:
    """The acts of a dry run: a line printed per plan, in the words of templates/dry_run/."""

    def __init__(self, renderer: Renderer, zone: dt.tzinfo) -> None:
        self.renderer = renderer
        self.zone = zone
        self.cutoff: Start | None = None
        self.old = 0

    def _print(self, template: str, **context: Any) -> None:
        print(self.renderer.render(f"dry_run/{template}.txt.j2", **context).strip())

    def reconcile(self) -> int:
        return 0

    def started(self, uidvalidity: int, start: Start) -> None:
        self.cutoff = start

    def batch(self) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None:
        return None

    def decided(self, ref: MailRef, mail: Arrival, plan: MailPlan, report: PassReport) -> None:
        self.old += plan.old
        self._print("mail", v=plan.verdict, plan={
            "uid": ref.uid, "action": plan.action, "reply": plan.reply.kind if plan.reply else "",
            "folder": plan.folder, "old": plan.old, "case": plan.case_id is not None, "note": _note(plan)})
        report.add(summary(ref.uid, plan.verdict, plan.action, "", plan.reply, plan.old))

    def oversize(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        self._print("oversize", uid=ref.uid, size=ref.size, told=plan.notice is not None)
        report.add(unread(ref.uid, "", "oversize" if plan.notice else ""))

    def failed(self, ref: MailRef, plan: SidePlan, report: PassReport) -> None:
        self._print("failed", uid=ref.uid, error=plan.mail.error, folder=plan.folder)
        report.add(unread(ref.uid, "", "", plan.mail.error))

    def finish(self, uidvalidity: int, last_uid: int, left: int, report: PassReport) -> None:
        if self.old and self.cutoff is not None:
            self._print("cutoff", old=self.old, since=shown(self.cutoff.cutoff, self.zone),
                        first=self.cutoff.first)

    def send_due(self, report: PassReport) -> None:
        return None
