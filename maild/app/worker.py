"""A worker: one mailbox's jobs put together (by maild.bootstrap), and what is done with them.

The daemon runs a worker's passes and sweeps, the commands and the web
console use its review, the tests and the benchmarks drive it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from maild.app.cases import Cases
from maild.app.intake import Intake
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import Clock, Inbox, LeaseHolder, Sender
from maild.app.reminders import Reminders
from maild.app.report import PassReport
from maild.app.review import Review
from maild.app.triage import Triage
from maild.config import Settings


@dataclass
class Worker:
    """One mailbox: its mail pass, outbox, reminders and review, over one store, mailbox and sender."""

    settings: Settings
    store: Any  # maild.adapters.db.Store, which is every store port of maild.app.ports
    inbox: Inbox
    sender: Sender
    clock: Clock
    lease: LeaseHolder
    cases: Cases
    triage: Triage
    letters: Letters
    outbox: Outbox
    intake: Intake
    reminders: Reminders
    review: Review

    def startup(self) -> None:
        """Once per process: the triage parsers are ready, and replies a dead process left in
        'sending' are 'uncertain' (never sent again blindly)."""
        self.triage.prepare()
        self.outbox.startup()

    def run_pass(self) -> PassReport:
        """One pass over the mailbox's new mail, then the outbox."""
        return self.intake.run()

    def send_due(self, report: PassReport | None = None) -> None:
        self.outbox.send_due(report)

    def sweep_reminders(self) -> int:
        """Queue every reminder, final notice and digest due now (each once), then send."""
        return self.reminders.sweep()

    def polling_failed(self, error: str) -> None:
        """After a failed pass: the operators are alerted once it has lasted long enough."""
        self.outbox.polling_failed(error)

    def release(self) -> None:
        """At the end of the work: stop the triage workers and give the lease back."""
        self.triage.close()
        self.lease.release()
