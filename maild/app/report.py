"""What one pass did, for the command line and the tests: counts, and the first mails' summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from maild.core.model import Verdict
from maild.core.reply import ReplyPlan

# A pass keeps the summary of at most this many mails (a backlog of 100,000 must not hold
# 100,000 dictionaries); the counts cover every mail.
SUMMARIES_KEPT = 1000


@dataclass
class PassReport:
    """What one pass did, for the command line and the tests."""

    decided: list[dict[str, Any]] = field(default_factory=list)  # the first SUMMARIES_KEPT mails
    sent: int = 0
    failed_sends: int = 0
    deferred: int = 0  # of failed_sends, those the SMTP server may take later (it was out of reach)
    refiled: int = 0
    reconciled: int = 0
    standby: bool = False
    actions: Counter[str] = field(default_factory=Counter)

    def add(self, summary: dict[str, Any]) -> None:
        self.actions[summary["action"]] += 1
        if len(self.decided) < SUMMARIES_KEPT:
            self.decided.append(summary)

    @property
    def decided_count(self) -> int:
        return sum(self.actions.values())

    def count(self, action: str) -> int:
        return self.actions[action]

    def merge(self, other: PassReport) -> None:
        """Another mailbox's pass added to this total."""
        self.decided += other.decided[:max(0, SUMMARIES_KEPT - len(self.decided))]
        self.actions.update(other.actions)
        self.sent += other.sent
        self.failed_sends += other.failed_sends
        self.deferred += other.deferred
        self.refiled += other.refiled
        self.reconciled += other.reconciled


def summary(uid: int, verdict: Verdict, action: str, case_ref: str, reply: ReplyPlan | None,
            old: bool) -> dict[str, Any]:
    """One decided mail as the report lists it."""
    return {"uid": uid, "action": action, "request_type": verdict.request_type, "sender_kind": verdict.sender_kind,
            "case": case_ref, "reply": reply.kind if reply else "", "missing": list(verdict.missing), "old": old,
            "subject": verdict.subject}


def unread(uid: int, case_ref: str, reply: str, error: str = "") -> dict[str, Any]:
    """A mail recorded for review without a verdict (too large, or its handling failed)."""
    entry = {"uid": uid, "action": "review", "request_type": "unknown", "sender_kind": "", "case": case_ref,
             "reply": reply, "missing": [], "old": False}
    if error:
        entry["error"] = error
    return entry
