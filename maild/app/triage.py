"""The triage step of the mail pass: a verdict for each mail, in limited worker processes.

triage() parses what the internet sends, so with `[triage] sandbox` (the
default) it runs in long-lived worker processes under CPU, memory and time
limits (maild.runtime.sandbox): a bomb costs one verdict, not the daemon.
While one mail is recorded, filed and answered, `sandbox_parallel` workers
already triage the next ones, so the second core works while the first
waits on I/O. A verdict computed ahead is used only if the mail's case
context is still the one it was computed with.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from maild.app.cases import Context
from maild.app.ports import Clock, MailRef, Meter
from maild.core.auth import authentication
from maild.core.decide import triage
from maild.core.model import Prior, Verdict
from maild.core.parse import parse_mail
from maild.core.plan import Arrival, Header
from maild.core.policy import TriagePolicy
from maild.core.ruleset import RuleSet
from maild.core.sender import automated_reason
from maild.errors import MaildError

# Starts the worker pool: (function, arguments every call shares) -> a pool (maild.runtime.sandbox).
StartWorkers = Callable[[Callable[..., Any], tuple[Any, ...]], Any]


class Triage:
    """Verdicts for one mailbox's mails, in the sandbox's workers when it is configured."""

    def __init__(self, rules: RuleSet, policy: TriagePolicy, config: Mapping[str, Any], clock: Clock,
                 metrics: Meter, mailbox: str, start_workers: StartWorkers) -> None:
        self.rules, self.policy, self.config, self.clock = rules, policy, config, clock
        self.metrics, self.mailbox, self.start_workers = metrics, mailbox, start_workers
        self._pool: Any = None
        self._ahead: dict[int, tuple[Any, Context]] = {}

    @staticmethod
    def prepare() -> None:
        """Once per process: refuse to run without defusedxml, and import the parsers here, so
        that forked workers share them instead of importing them each."""
        from openpyxl.xml import DEFUSEDXML

        import openpyxl  # noqa: F401
        import pypdf  # noqa: F401

        if not DEFUSEDXML:
            raise MaildError("defusedxml is not importable: maild will not open spreadsheets without it "
                             "(pip install defusedxml)")

    @property
    def sandboxed(self) -> bool:
        return bool(self.config["sandbox"])

    def prestart(self) -> None:
        """Fork the workers now, before the first fetch makes this process large."""
        if self.sandboxed:
            self._workers().prestart()

    def verdict(self, uid: int, raw: bytes, context: Context) -> Verdict:
        """The mail's verdict: the one computed ahead if its context is unchanged, else now."""
        started = time.perf_counter()
        ahead = self._ahead.pop(uid, None)
        if ahead is not None and ahead[1] == context:
            verdict: Verdict = ahead[0].result()
        else:
            if ahead is not None:
                ahead[0].cancel()  # the case changed since it was launched: decide again
            verdict = self._now(raw, context.prior)
        self.metrics.triaged(self.mailbox, time.perf_counter() - started)
        return verdict

    def work_ahead(self, upcoming: Sequence[MailRef], mails: Mapping[int, Arrival],
                   context_of: Callable[[MailRef, Arrival], Context]) -> None:
        """Keep `sandbox_parallel` workers busy with the next mails of the batch."""
        if not self.sandboxed:
            return
        for ref in upcoming:
            if len(self._ahead) >= int(self.config["sandbox_parallel"]):
                return
            if ref.uid in self._ahead or ref.uid not in mails:
                continue
            mail = mails[ref.uid]
            context = context_of(ref, mail)
            self._ahead[ref.uid] = (self._workers().submit(mail.raw, self.clock().date(), context.prior), context)

    def discard(self, uid: int) -> None:
        """The mail needs no verdict (it was decided before): stop the work done ahead on it."""
        ahead = self._ahead.pop(uid, None)
        if ahead is not None:
            ahead[0].cancel()

    def cancel_ahead(self) -> None:
        for job, _ in self._ahead.values():
            job.cancel()
        self._ahead = {}

    def close(self) -> None:
        """Stop the workers (they also stop by themselves when this process ends)."""
        self.cancel_ahead()
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def header(self, head: bytes) -> Header:
        """What a header block alone says (for a mail too large to download)."""
        parsed = parse_mail(head, self.policy, self.rules.quoting)
        robot = bool(automated_reason(parsed, self.rules.senders, self.policy))
        return Header(parsed.message_id, parsed.sender.email if parsed.sender else "", parsed.subject, robot,
                      authentication(parsed, self.policy))

    def _now(self, raw: bytes, prior: Prior | None) -> Verdict:
        if not self.sandboxed:
            return triage(raw, self.rules, self.policy, self.clock().date(), prior)
        return self._workers().submit(raw, self.clock().date(), prior).result()  # type: ignore[no-any-return]

    def _workers(self) -> Any:
        """The workers, forked on first use (after the rules are loaded, which they share)."""
        if self._pool is None:
            self._pool = self.start_workers(_pooled_triage, (self.rules, self.policy))
        return self._pool


def _pooled_triage(rules: RuleSet, policy: TriagePolicy, raw: bytes, day: dt.date, prior: Prior | None) -> Verdict:
    """triage() with the arguments a pooled worker inherits (rules, policy) first."""
    return triage(raw, rules, policy, day, prior)
