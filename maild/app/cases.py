"""The case a mail belongs to, and what that case already holds: the facts a plan is made from.

Before triage: the case the mail follows up (In-Reply-To / References naming
one of its mails or replies, or its reference in the subject from a party to
it) and what its earlier mails established (`Prior`: a follow-up need not
send again what was sent before). After triage, once the reply the verdict
calls for is known: the earlier replies the reply policy weighs (`History`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from maild.app.ports import CaseStore
from maild.core.case_memory import prior_from_verdicts, signatories
from maild.core.model import Prior, Verdict
from maild.core.parse import parse_mail
from maild.core.plan import History, Thread
from maild.core.policy import TriagePolicy
from maild.core.rawmail import CASE_REF, header_bytes, may_refer_to_a_case
from maild.core.reply import ReplyPlan
from maild.core.ruleset import RuleSet
from maild.core.sender import automated_reason


@dataclass(frozen=True, slots=True)
class Context:
    """What the store says about a mail before its triage. Two contexts that compare equal give
    the same verdict, so a verdict computed ahead is kept only while its context is unchanged."""

    thread: Thread
    prior: Prior | None
    old: bool = False


OLD = Context(Thread(), None, old=True)  # old mail follows no case: it is only recorded


class Cases:
    """Case lookups for one mailbox."""

    def __init__(self, store: CaseStore, rules: RuleSet, policy: TriagePolicy, mailbox: str) -> None:
        self.store, self.rules, self.policy, self.mailbox = store, rules, policy, mailbox
        self._facts: dict[bytes, tuple[str, list[str], list[str]]] = {}

    def context(self, raw: bytes, old: bool) -> Context:
        if old:
            return OLD
        thread, request_type, verdicts = self.thread(raw)
        prior = prior_from_verdicts(request_type, verdicts) if thread.case_id is not None else None
        return Context(thread, prior)

    def thread(self, raw: bytes) -> tuple[Thread, str, list[dict[str, Any]]]:
        """The open case this mail follows up (its request type and its mails' verdicts), or why
        it must not join the case it names; Thread() when it follows none.

        A mail may name two cases (an old thread's Message-ID, another case's reference in
        its subject): it joins the first that is open and that its sender is a party to.
        A party wrote in the case, was written to, or signed one of its mails (the officer
        behind a generic mailbox writing from their own ID).
        """
        sender, ids, refs = self._thread_facts(raw)
        if not sender:
            return Thread(), "", []
        stranger = ""
        for case in self.store.find_thread_cases(self.mailbox, ids, refs):
            if case.status in ("closed", "abandoned"):
                continue
            verdicts = self.store.case_verdicts(case.id)
            if self.store.is_party(case.id, sender) or sender.lower() in signatories(verdicts):
                return Thread(case.id, case.status), case.request_type, verdicts
            stranger = stranger or f"the mail refers to case {case.ref}, whose sender is someone else; not joined"
        return Thread(stranger=stranger), "", []

    def prior(self, case_id: int | None, request_type: str) -> Prior | None:
        """What the case's mails established so far (maild.core.case_memory)."""
        if case_id is None:
            return None
        return prior_from_verdicts(request_type, self.store.case_verdicts(case_id))

    def history(self, verdict: Verdict, thread: Thread, reply: ReplyPlan | None, daily_cap: int,
                now: dt.datetime) -> History:
        """The earlier replies the reply policy weighs (maild.core.plan), looked up only when a
        reply is called for: nothing to weigh otherwise."""
        if reply is None:
            return History()
        thread_last = twin_last = None
        twin: Any = None
        if thread.case_id is not None:
            thread_last = self.store.last_reply_of_case(thread.case_id, reply.kind)
        elif not thread.stranger and verdict.sender:
            twin = self.store.open_case_of(self.mailbox, verdict.sender, verdict.request_type)
            if twin is not None:
                twin_last = self.store.last_reply_of_case(twin.id, reply.kind)
        sent = self.store.replies_since(reply.recipient, now - dt.timedelta(days=1)) if daily_cap else 0
        return History(thread_last, twin.id if twin is not None else None, twin_last, sent)

    def _thread_facts(self, raw: bytes) -> tuple[str, list[str], list[str]]:
        """(sender, thread Message-IDs, case references) from the header block; '' for a robot.

        Asked twice per mail (when its triage is launched ahead, and when it is recorded):
        the header parse is kept for the batch, the case lookups are not.
        """
        head = header_bytes(raw)
        if not may_refer_to_a_case(head):
            return "", [], []  # nothing to look a case up by: no need to parse the header
        cache = self._facts
        if head not in cache:
            if len(cache) > 256:
                cache.clear()
            parsed = parse_mail(head, self.policy, self.rules.quoting)
            sender = parsed.sender.email if parsed.sender else ""
            if sender and automated_reason(parsed, self.rules.senders, self.policy):
                sender = ""
            cache[head] = (sender, [i for i in (parsed.in_reply_to, *parsed.references) if i],
                           CASE_REF.findall(parsed.subject))
        return cache[head]
