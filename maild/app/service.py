"""The imperative shell around triage: one pass over the mailbox and the outbox.

For each new mail: fetch it (no \\Seen), triage it, and record in ONE
transaction the mail, its verdict, its case, the reply it calls for (with a
Message-ID fixed now) and the audit rows, advancing the UID watermark; then
file the mail on the server; then send what the outbox holds. A crash at any
point leaves a state the next pass resumes from without a second reply: a
recorded mail is only re-filed, a reply found in "sending" becomes
"uncertain" and is never re-sent blindly.

One mail that fails in any way is recorded for review with its reason and
the pass goes on: it never blocks the mail behind it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import socket
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

from maild import logs
from maild.runtime.faults import checkpoint
from maild.runtime.metrics import Metrics
from maild.adapters.db import TRANSIENT_DB_ERRORS, LeaseLost, NewMail, NewReply, Store
from maild.adapters.db_schema import Case, Mail
from maild.config import Settings
from maild.core.decide import triage
from maild.core.model import Details, Prior, Verdict
from maild.core.rawmail import CASE_REF, header_bytes, is_own_reply, may_refer_to_a_case, message_id, references
from maild.core.reply import ReplyPlan, notice_plan, plan_reply
from maild.core.ruleset import RuleSet
from maild.core.sender import automated_reason
from maild.core.parse import parse_mail
from maild.errors import MailboxError, MaildError, SendError
from maild.app.ports import Inbox, MailRef, Sender
from maild.adapters.templates import render
from maild.core.message import build_message

CASE_STATUS = {"acknowledge": "acknowledged", "request_missing": "waiting", "redirect": "redirected",
               "review": "review"}


# A pass keeps the summary of at most this many mails (a backlog of 100,000 must not hold
# 100,000 dictionaries); the counts cover every mail.
SUMMARIES_KEPT = 1000


@dataclass
class PassReport:
    """What one pass did, for the command line and the tests."""

    decided: list[dict[str, Any]] = field(default_factory=list)  # the first SUMMARIES_KEPT mails
    sent: int = 0
    failed_sends: int = 0
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
        self.refiled += other.refiled
        self.reconciled += other.reconciled


def _dedupe_key(raw: bytes, sha: str = "") -> str:
    """A mail's identity in the store: its Message-ID, else the hash of its bytes."""
    return message_id(raw) or f"sha256:{sha or hashlib.sha256(raw).hexdigest()}"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Service:
    """One mailbox's pass: decide new mail, file it, send the replies."""

    def __init__(self, settings: Settings, rules: RuleSet, store: Store, inbox: Inbox, sender: Sender,
                 clock: Callable[[], dt.datetime] = utcnow, dry_run: bool = False,
                 metrics: Metrics | None = None) -> None:
        self.metrics = metrics or Metrics(False)
        self.settings, self.rules, self.store = settings, rules, store
        self.inbox, self.sender, self.dry_run = inbox, sender, dry_run
        # Always UTC: SQLite keeps no zone, so every stored time must be in one.
        self.clock = lambda: clock().astimezone(dt.timezone.utc)
        self.policy = settings.triage_policy()
        self.mailbox = settings.section("mailbox")
        self.replies = settings.section("replies")
        self.uidvalidity = 0
        # Per batch: triage children working ahead, dedupe keys already recorded; header facts.
        self._ahead: dict[int, tuple[Any, tuple[Any, ...]]] = {}
        self._known: set[str] | None = None
        self._facts: dict[bytes, tuple[str, list[str], list[str]]] = {}
        self._pool: Any = None
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lease: tuple[str, int] | None = None
        self.lease_until = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

    # -- the pass --------------------------------------------------------------------------------

    def startup(self) -> None:
        """Once per process: refuse to run without defusedxml; 'sending' replies become 'uncertain'."""
        from openpyxl.xml import DEFUSEDXML

        import openpyxl  # noqa: F401  imported once here, so forked triage children share it
        import pypdf  # noqa: F401

        if not DEFUSEDXML:
            raise MaildError("defusedxml is not importable: maild will not open spreadsheets without it "
                             "(pip install defusedxml)")
        count = self.store.sending_to_uncertain(self._stale_claims())
        if count:
            logs.event("replies_uncertain", logging.WARNING, count=count)

    def hold_lease(self) -> bool:
        """Take or renew this mailbox's lease (renewed at half its length); False while another holds it."""
        seconds = float(self.settings.section("daemon")["lease_seconds"])
        now = self.clock()
        if self.lease is not None and self.lease_until - now > dt.timedelta(seconds=seconds / 2):
            return True
        exclusive = self.store.engine.url.get_backend_name() == "sqlite"  # the process lock is held
        epoch = self.store.acquire_lease(self.inbox.name, self.worker, seconds, now, force=exclusive)
        if epoch is None:
            if self.lease is not None:  # held it until now: say so once, whatever noticed it
                logs.event("lease_lost", logging.WARNING, mailbox=self.inbox.name, epoch=self.lease[1])
            self.lease = None
            return False
        if self.lease is None or self.lease[1] != epoch:
            logs.event("lease_held", mailbox=self.inbox.name, epoch=epoch)
        self.lease, self.lease_until = (self.worker, epoch), now + dt.timedelta(seconds=seconds)
        return True

    def release(self) -> None:
        """At the end of the work: give the lease back and stop the triage workers."""
        self.close()
        if self.lease is not None:
            self.store.release_lease(self.inbox.name, *self.lease)
            self.lease = None

    def run_pass(self) -> PassReport:
        report = PassReport()
        if not self.dry_run and not self.hold_lease():
            report.standby = True
            self.send_due(report)  # replies are claimed row by row: any worker may send them
            return report
        self.uidvalidity = self.inbox.connect()
        if not self.dry_run:
            report.reconciled = self.reconcile_uncertain()
        last_uid, cutoff = self._watermark()
        refs = self.inbox.pending(last_uid)
        if refs and self.settings.section("triage")["sandbox"] and not self.dry_run:
            self._workers().prestart()  # before the first fetch makes this process large
        batch = int(self.mailbox["batch"])
        for start in range(0, len(refs), batch):
            self._batch(refs[start:start + batch], cutoff, report)
        if not self.dry_run:
            report.refiled = self._refile(last_uid)
            left = max(0, len(refs) - report.decided_count)
            if self.store.poll_succeeded(self.inbox.name, self.clock(), left):
                self.alert_operators("recovered", "polling works again")
            self.send_due(report)
            if self.metrics.enabled:
                self.metrics.pass_done(self.inbox.name, left, self.store.pending_replies())
        return report

    def reconcile_uncertain(self) -> int:
        """Settle uncertain replies from the copies the MTA filed in [mailbox] sent_folder.

        The mbsync way: a reply whose connection broke after DATA may or may not have
        been delivered; its copy (same Message-ID, same SMTP transaction) in the sent
        folder says it was. Not found, it stays uncertain for an operator: never resent.
        """
        folder = str(self.mailbox["sent_folder"])
        if not folder:
            return 0
        since = self.clock() - dt.timedelta(days=float(self.mailbox["reconcile_days"]))
        rows = self.store.uncertain_replies(since)
        if not rows:
            return 0
        found = self.inbox.find_message_ids(folder, [m for _, m in rows])
        settled = sum(1 for i, m in rows if m in found and self.store.reconcile_reply(i, folder))
        if settled:
            logs.event("replies_reconciled", count=settled, still_uncertain=len(rows) - settled)
        return settled

    def polling_failed(self, error: str) -> None:
        """Called by the daemon after a failed pass: alerts the operators once."""
        alert_after = float(self.settings.section("daemon")["alert_after"])
        if self.store.poll_failed(self.inbox.name, self.clock(), error, alert_after):
            self.alert_operators("down", f"polling has failed for {alert_after:.0f} s or more: {error[:300]}")

    def alert_operators(self, what: str, detail: str) -> None:
        from email.utils import make_msgid

        for operator in self.replies["operators"]:
            text = render("reply/alert.txt.j2", self.settings.paths.templates, mailbox=self.inbox.name,
                          what=what, detail=detail, helpdesk=self._helpdesk())
            alert_id = make_msgid(idstring=f"maild.alert.{what}", domain=self._domain())
            subject, body = build_message(text, sender=self._from(), recipient=operator, message_id=alert_id,
                                          in_reply_to="", references=(), date=format_datetime(self.clock()))
            self.store.queue_notice(f"alert_{what}", alert_id, operator, subject, body, self.clock())
        logs.event("operators_alerted", logging.WARNING, mailbox=self.inbox.name, what=what,
                   operators=len(self.replies["operators"]))

    def _watermark(self) -> tuple[int, dt.datetime | None]:
        name = self.inbox.name
        state = self.store.mailbox_state(name)
        if state is None:
            cutoff = self._first_cutoff()
            if not self.dry_run:
                self.store.save_mailbox_state(name, self.uidvalidity, 0, cutoff)
            return 0, cutoff
        if state.cutoff is not None and state.cutoff.tzinfo is None:
            state.cutoff = state.cutoff.replace(tzinfo=dt.timezone.utc)  # SQLite keeps no zone
        if state.uidvalidity != self.uidvalidity:
            logs.event("uidvalidity_changed", logging.WARNING, mailbox=name, old=state.uidvalidity,
                       new=self.uidvalidity)
            if not self.dry_run:
                self.store.save_mailbox_state(name, self.uidvalidity, 0)
            return 0, state.cutoff
        return state.last_uid, state.cutoff

    def _first_cutoff(self) -> dt.datetime | None:
        """Mail older than this is recorded and filed without a reply (first connection)."""
        value = str(self.mailbox["cutoff"]).strip().lower()
        if value in ("", "none", "never"):
            return None
        if value == "first-run":
            return self.clock()
        try:
            day = dt.datetime.fromisoformat(value)
        except ValueError:
            return self.clock()
        return day if day.tzinfo else day.replace(tzinfo=dt.timezone.utc)

    def _batch(self, refs: list[MailRef], cutoff: dt.datetime | None, report: PassReport) -> None:
        limit = int(self.mailbox["max_size"])
        raws = self.inbox.fetch([r.uid for r in refs if r.size <= limit])
        checkpoint("after_fetch")
        # Keys already recorded, in one query: a mail not among them needs no lookup of its own
        # (a mail recorded meanwhile by someone else is still refused by the unique key).
        self._known = self.store.known_keys(
            self.inbox.name, [_dedupe_key(raw) for raw in raws.values()])
        self._ahead = {}
        self._to_file: list[tuple[int, int, str]] | None = []
        try:
            for index, ref in enumerate(refs):
                self._launch_ahead(refs[index + 1:], raws, cutoff)
                try:
                    if not self.dry_run and not self.hold_lease():
                        raise LeaseLost(f"the lease on {self.inbox.name} was taken over")
                    if ref.size > limit:
                        self._oversize(ref, report)
                    elif ref.uid in raws:
                        self._one(ref, raws[ref.uid], cutoff, report)
                    else:
                        logs.event("mail_vanished", logging.WARNING, uid=ref.uid)
                except (LeaseLost, MailboxError, *TRANSIENT_DB_ERRORS):
                    # Another worker owns the mailbox now, or the server or the database is
                    # gone: stop the pass; the mail stays unmarked and is retried, not failed.
                    raise
                except Exception as exc:  # one mail's failure must never block the next one
                    self._failed(ref, raws.get(ref.uid, b""), exc, report)
            self._flush_files()
            checkpoint("after_file")
        finally:
            self._to_file, self._known = None, None
            for child, _ in self._ahead.values():
                child.cancel()
            self._ahead = {}

    def _launch_ahead(self, upcoming: list[MailRef], raws: dict[int, bytes], cutoff: dt.datetime | None) -> None:
        """Keep `sandbox_parallel` triage children working on the next mails while this one is
        recorded, filed and answered: the second core triages while the first waits on I/O."""
        cfg = self.settings.section("triage")
        if not cfg["sandbox"] or self.dry_run:
            return
        for ref in upcoming:
            if len(self._ahead) >= int(cfg["sandbox_parallel"]):
                return
            if ref.uid in self._ahead or ref.uid not in raws:
                continue
            raw = raws[ref.uid]
            context = self._context(raw, _is_old(ref, cutoff))
            child = self._workers().submit(raw, self.clock().date(), context[2])
            self._ahead[ref.uid] = (child, context[3])

    def _context(self, raw: bytes, old: bool) -> tuple[Case | None, str, Prior | None, tuple[Any, ...]]:
        """The case a mail follows up, why not (a stranger), the prior facts, and a signature
        that changes when any of them would (so a verdict computed ahead can be checked)."""
        if old:
            return None, "", None, ("old",)
        case, stranger = self._thread_case(raw)
        prior = self._prior(case)
        signature = (case.id if case else None, case.status if case else None, stranger,
                     len(prior.kinds) if prior else -1, prior.details if prior else None)
        return case, stranger, prior, signature

    # -- one mail --------------------------------------------------------------------------------

    def _one(self, ref: MailRef, raw: bytes, cutoff: dt.datetime | None, report: PassReport) -> None:
        sha = hashlib.sha256(raw).hexdigest()
        key = _dedupe_key(raw, sha)
        known = self._known
        existing = self.store.find_mail(self.inbox.name, key) if known is None or key in known else None
        if existing is not None:
            ahead = self._ahead.pop(ref.uid, None)
            if ahead is not None:
                ahead[0].cancel()
            self._file_existing(existing, ref.uid)
            return
        old = _is_old(ref, cutoff)
        case, stranger, prior, signature = self._context(raw, old)
        started = time.perf_counter()
        ahead = self._ahead.pop(ref.uid, None)
        if ahead is not None and ahead[1] == signature:
            verdict = ahead[0].result()
        else:
            if ahead is not None:
                ahead[0].cancel()  # the case changed since it was launched: decide again
            verdict = self._triage(raw, prior)
        self.metrics.triaged(self.inbox.name, time.perf_counter() - started)
        plan = None if old or stranger or is_own_reply(verdict.message_id, self._domain()) else plan_reply(
            verdict, f"{self.inbox.name}\0{key}", self._domain(), self.policy.own_addresses)
        bumped = case is not None and case.status == "acknowledged" and verdict.action == "acknowledge"
        bumped = bumped or self._repeat(case, plan, verdict)
        if case is None and plan is not None and not stranger:
            twin = self._twin(verdict, plan)  # the same request again, outside any thread
            if twin is not None:
                case, bumped = twin, True
        if bumped:
            plan = None  # "any update?" on a complete case: recorded, no second acknowledgement
        plan, verdict_note = self._rate_limit(plan)
        verdict_note = stranger or verdict_note
        if self.dry_run:
            self._print_dry_run(ref, verdict, plan)
            report.add(self._summary(ref, verdict, "", plan, old))
            return
        status = "old" if old else "decided"
        action = verdict.action if not verdict_note else "review"
        new = self._new_mail(ref, raw, sha, key, verdict, status, action)
        open_case = None if old or verdict.sender_kind == "automated" else self._case_fields(verdict, action)
        reply = (lambda case_ref: self._reply(plan, verdict, case_ref, raw)) if plan else None
        audit = [("decided", {"action": action, "request_type": verdict.request_type,
                              "sender_kind": verdict.sender_kind, "missing": list(verdict.missing),
                              "old": old, "note": verdict_note})]
        if plan:
            audit.append(("reply_queued", {"kind": plan.kind, "message_id": plan.message_id}))
        if bumped and case is not None:  # the case moves up (updated_at), in the same transaction
            audit.append(("case_bumped", {}))
        recorded = self.store.record(new, case.id if case else None, open_case, reply,
                                     audit, (self.uidvalidity, ref.uid), self.clock(), self.lease)
        if recorded is None:  # another pass recorded it first
            return
        if verdict.sender_kind == "automated":
            self._bounce_of_ours(raw, recorded.mail_id)
        checkpoint("after_record")
        folder = self._folder("old" if old else action)
        self._file(recorded.mail_id, ref.uid, folder)
        report.add(self._summary(ref, verdict, recorded.case_ref, plan, old, action))
        self.metrics.mail(self.inbox.name, verdict.request_type, action)
        logs.event("mail_decided", uid=ref.uid, case=recorded.case_ref or "-", action=action,
                   request_type=verdict.request_type, sender_kind=verdict.sender_kind, folder=folder or "-")

    def _triage(self, raw: bytes, prior: Prior | None) -> Verdict:
        """triage() in the sandbox when configured (a bomb costs one mail, not the daemon)."""
        cfg = self.settings.section("triage")
        if not cfg["sandbox"]:
            return triage(raw, self.rules, self.policy, self.clock().date(), prior)
        return self._workers().submit(raw, self.clock().date(), prior).result()  # type: ignore[no-any-return]

    def _workers(self) -> Any:
        """The triage workers, forked on first use (after the rules are loaded, which they share)."""
        if self._pool is None:
            from maild.runtime.sandbox import Pool

            cfg = self.settings.section("triage")
            self._pool = Pool(_pooled_triage, (self.rules, self.policy), size=int(cfg["sandbox_parallel"]) + 1,
                              cpu_seconds=cfg["sandbox_cpu_seconds"], memory_mb=cfg["sandbox_memory_mb"],
                              wall_seconds=cfg["sandbox_wall_seconds"])
        return self._pool

    def close(self) -> None:
        """Stop the triage workers (they also stop by themselves when this process ends)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def _prior(self, case: Case | None) -> Prior | None:
        if case is None:
            return None
        kinds: list[str] = []
        details = Details()
        for verdict in self.store.case_verdicts(case.id):
            kinds += [a.get("kind", "") for a in verdict.get("attachments", [])]
            d = verdict.get("details", {})
            details = Details(*(getattr(details, f) or d.get(f, "") for f in
                                ("name", "designation", "mobile", "sso_id", "alt_email")))
        return Prior(case.request_type, tuple(k for k in kinds if k), details)

    def _bounce_of_ours(self, raw: bytes, mail_id: int) -> None:
        """A failed-delivery report about one of our replies: mark it and give the case to a person."""
        from maild.core.dsn import read_dsn

        report = read_dsn(raw)
        if report is None or report.action != "failed" or not report.original_message_id:
            return
        if self.store.reply_bounced(report.original_message_id, mail_id):
            logs.event("reply_bounced", logging.WARNING, mail=mail_id)

    def _repeat(self, case: Case | None, plan: ReplyPlan | None, verdict: Verdict) -> bool:
        """The same reply to the same case within the window (a robot echoing us, or a nudge that
        changes nothing): recorded, not answered again, so no two mailboxes can ping-pong."""
        if case is None or plan is None:
            return False
        hours = float(self.replies["repeat_window_hours"])
        last = self.store.last_reply_of_case(case.id, plan.kind)
        if last is None or (self.clock() - last[0]).total_seconds() > hours * 3600:
            return False
        before = last[1] or {}
        same_errors = sorted(tuple(e.values()) for e in before.get("template_errors", [])) == \
            sorted((e.row, e.column, e.code) for e in verdict.template_errors)
        return list(before.get("missing", [])) == list(verdict.missing) and same_errors

    def _twin(self, verdict: Verdict, plan: ReplyPlan) -> Case | None:
        """An open case of this sender for the same request, last answered the same way in the window.

        RFC 3834: the same response to the same sender at most once in a while. A
        fresh mail (no In-Reply-To) that asks the same thing again, with the same
        things missing, joins that case and gets no second identical reply; a
        mail that changes something (a new attachment, another request) does.
        """
        if not verdict.sender:
            return None
        twin = self.store.open_case_of(self.inbox.name, verdict.sender, verdict.request_type)
        return twin if twin is not None and self._repeat(twin, plan, verdict) else None

    def _thread_case(self, raw: bytes) -> tuple[Case | None, str]:
        """(the case this mail follows up, '') or (None, why it must not join the case it names)."""
        sender, ids, refs = self._thread_facts(raw)
        if not sender:
            return None, ""
        case = self.store.find_thread_case(self.inbox.name, ids, refs)
        if case is None:
            return None, ""
        if case.status in ("closed", "abandoned"):
            return None, ""
        if not self.store.is_party(case.id, sender):
            return None, f"the mail refers to case {case.ref}, whose sender is someone else; not joined"
        return case, ""

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

    def _rate_limit(self, plan: ReplyPlan | None) -> tuple[ReplyPlan | None, str]:
        if plan is None:
            return None, ""
        cap = int(self.replies["per_sender_daily_cap"])
        if not cap:  # no cap configured: nothing to count
            return plan, ""
        sent = self.store.replies_since(plan.recipient, self.clock() - dt.timedelta(days=1))
        if cap and sent >= cap:
            return None, f"per-sender cap of {cap} automatic replies a day reached; no reply sent"
        return plan, ""

    def _new_mail(self, ref: MailRef, raw: bytes, sha: str, key: str, verdict: Verdict, status: str,
                  action: str) -> NewMail:
        data = verdict.as_dict()
        return NewMail(
            mailbox=self.inbox.name, uidvalidity=self.uidvalidity, uid=ref.uid, dedupe_key=key[:255],
            message_id=verdict.message_id[:998], sha256=sha, size=len(raw), sender=verdict.sender[:320],
            subject=verdict.subject, sender_kind=verdict.sender_kind, request_type=verdict.request_type,
            action=action, status=status, verdict=data, raw=raw if self.mailbox["keep_raw"] else None,
            attachments=tuple((a.filename, a.kind, a.content_type[:255], a.size, a.sha256)
                              for a in verdict.attachments))

    def _case_fields(self, verdict: Verdict, action: str) -> dict[str, str]:
        return {"status": CASE_STATUS.get(action, "open"), "request_type": verdict.request_type,
                "sender": verdict.sender.lower()[:320], "subject": verdict.subject[:500]}

    def _reply(self, plan: ReplyPlan, verdict: Verdict, ref: str, raw: bytes) -> NewReply:
        """The reply row, rendered with the case reference."""
        text = render(plan.template, self.settings.paths.templates, v=verdict, case_ref=ref,
                      subject=verdict.subject or "(no subject)", helpdesk=self._helpdesk(),
                      redirect=self._redirects())
        refs = tuple(r for r in (*references(raw), verdict.message_id) if r)
        subject, body = build_message(text, sender=self._from(), recipient=plan.recipient,
                                      message_id=plan.message_id, in_reply_to=verdict.message_id,
                                      references=refs, date=format_datetime(self.clock()))
        return NewReply(plan.kind, plan.message_id, plan.recipient, subject, body)

    # -- filing ----------------------------------------------------------------------------------

    def _folder(self, action: str) -> str:
        return str(self.mailbox.get(f"folder_{action}", "") or "")

    def _file(self, mail_id: int, uid: int, folder: str) -> None:
        """File a decided mail; inside a batch the moves are gathered (one MOVE per folder)."""
        if getattr(self, "_to_file", None) is not None:
            self._to_file.append((mail_id, uid, folder))
            return
        if folder:
            self.inbox.file(uid, folder)
        self.store.mark_filed_many([(mail_id, folder)])

    def _flush_files(self) -> None:
        """One MOVE per folder for the batch, then one commit marking them filed."""
        pending, self._to_file = self._to_file or [], None
        by_folder: dict[str, list[tuple[int, int]]] = {}
        for mail_id, uid, folder in pending:
            by_folder.setdefault(folder, []).append((mail_id, uid))
        for folder, items in by_folder.items():
            if folder:
                self.inbox.file_many([uid for _, uid in items], folder)
            self.store.mark_filed_many([(mail_id, folder) for mail_id, _ in items])

    def _file_existing(self, mail: Mail, uid: int) -> None:
        """A mail decided before (a crash, a re-sync): file it again, decide nothing."""
        if not self.dry_run:
            self.store.advance_watermark(self.inbox.name, self.uidvalidity, uid)
            folder = mail.folder or self._folder("old" if mail.status == "old" else mail.action)
            self._file(mail.id, uid, folder)
        logs.event("mail_already_decided", uid=uid, mail=mail.id)

    def _refile(self, last_uid: int) -> int:
        """Mails at or below the watermark still in the mailbox: decided, not yet moved."""
        if not any(self._folder(a) for a in ("acknowledge", "request_missing", "redirect", "review", "ignore")):
            return 0
        count = 0
        for uid in self.inbox.all_uids():
            if uid > last_uid:
                continue
            with self.store.session() as s:
                from sqlalchemy import select

                mail = s.scalars(select(Mail).where(Mail.mailbox == self.inbox.name,
                                                    Mail.uidvalidity == self.uidvalidity,
                                                    Mail.uid == uid)).first()
            if mail is not None and mail.filed_at is None:
                self._file(mail.id, uid, mail.folder or self._folder(mail.action))
                count += 1
        return count

    # -- oversize and failures -------------------------------------------------------------------

    def _oversize(self, ref: MailRef, report: PassReport) -> None:
        head = self.inbox.fetch_headers(ref.uid)
        parsed = parse_mail(head, self.policy, self.rules.quoting)
        key = parsed.message_id or f"size:{ref.uid}:{ref.size}:{hashlib.sha256(head).hexdigest()}"
        if self.store.find_mail(self.inbox.name, key) is not None:
            return
        sender = parsed.sender.email if parsed.sender else ""
        robot = automated_reason(parsed, self.rules.senders, self.policy)
        limit = int(self.mailbox["max_size"])
        reason = f"mail of {ref.size} bytes is above the limit of {limit}; not downloaded"
        verdict = {"action": "review", "reasons": [reason], "sender": sender, "subject": parsed.subject}
        reply = None
        if sender and not robot and not self.dry_run:
            plan = notice_plan("oversize", sender, f"{self.inbox.name}\0{key}", self._domain())
            text = render(plan.template, self.settings.paths.templates, subject=parsed.subject or "(no subject)",
                          size_mb=f"{ref.size / 1e6:.1f}", limit_mb=f"{limit / 1e6:.0f}", helpdesk=self._helpdesk())
            subject, body = build_message(text, sender=self._from(), recipient=sender, message_id=plan.message_id,
                                          in_reply_to=parsed.message_id, references=(parsed.message_id,),
                                          date=format_datetime(self.clock()))
            reply = NewReply("oversize", plan.message_id, sender, subject, body)
        if self.dry_run:
            print(f"uid {ref.uid}: too large ({ref.size} bytes): would file for review and notify the sender")
            return
        new = NewMail(self.inbox.name, self.uidvalidity, ref.uid, key[:255], parsed.message_id[:998],
                      hashlib.sha256(head).hexdigest(), ref.size, sender, parsed.subject, "", "", "review",
                      "oversize", verdict, None, ())
        recorded = self.store.record(new, None, {"status": "review", "request_type": "unknown", "sender": sender,
                                                 "subject": parsed.subject[:500]}, reply,
                                     [("oversize", {"size": ref.size, "limit": limit})], (self.uidvalidity, ref.uid),
                                     self.clock(), self.lease)
        if recorded:
            self._file(recorded.mail_id, ref.uid, self._folder("review"))
            report.add({"uid": ref.uid, "action": "review", "request_type": "unknown",
                        "sender_kind": "", "case": recorded.case_ref,
                        "reply": "oversize" if reply else "", "missing": [], "old": False})
        logs.event("mail_oversize", logging.WARNING, uid=ref.uid, size=ref.size, limit=limit)

    def _failed(self, ref: MailRef, raw: bytes, exc: Exception, report: PassReport) -> None:
        """Record a mail whose handling failed, for review with its reason; never raise."""
        reason = f"{type(exc).__name__}: {exc}"[:500]
        logs.event("mail_failed", logging.ERROR, uid=ref.uid, error=type(exc).__name__,
                   where=traceback.extract_tb(exc.__traceback__)[-1].name if exc.__traceback__ else "-")
        if self.dry_run:
            return
        raw = bytes(raw or b"")
        sha = hashlib.sha256(raw).hexdigest()
        key = f"failed:{self.uidvalidity}:{ref.uid}:{sha}"
        try:
            new = NewMail(self.inbox.name, self.uidvalidity, ref.uid, key[:255], message_id(raw)[:998], sha,
                          len(raw), "", "", "", "", "review", "failed", {"action": "review", "reasons": [reason]},
                          raw or None, (), error=reason)
            recorded = self.store.record(new, None, None, None, [("failed", {"error": reason})],
                                         (self.uidvalidity, ref.uid), self.clock(), self.lease)
            if recorded:
                self._file(recorded.mail_id, ref.uid, self._folder("review"))
            report.add({"uid": ref.uid, "action": "review", "request_type": "unknown",
                        "sender_kind": "", "case": "", "reply": "", "missing": [], "old": False,
                        "error": reason})
        except LeaseLost:
            raise
        except Exception as second:  # the store itself failed: the mail stays in the mailbox, unmarked
            logs.event("mail_failed_unrecorded", logging.ERROR, uid=ref.uid, error=type(second).__name__)

    # -- reminders -------------------------------------------------------------------------------

    def sweep_reminders(self) -> int:
        """Queue every reminder, final notice and digest due now (each once), then send."""
        from maild.app.reminders import sweep

        return sweep(self)

    # -- sending ---------------------------------------------------------------------------------

    def _stale_claims(self) -> dt.datetime | None:
        """Claims older than this belong to a dead worker (None: every claim does, on SQLite)."""
        if self.store.engine.url.get_backend_name() == "sqlite":
            return None
        grace = 2 * float(self.settings.section("smtp")["timeout"]) + 60
        return utcnow() - dt.timedelta(seconds=grace)

    def send_due(self, report: PassReport | None = None) -> None:
        report = report or PassReport()
        smtp = self.settings.section("smtp")
        if self.store.engine.url.get_backend_name() != "sqlite":
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
        checkpoint("after_claim")
        try:
            self.sender.send("", row.recipient, row.body)
        except SendError as exc:
            skipped.add(row.id)  # retried at its next attempt time, not again in this sweep
            self._send_failed(row.id, row.attempts, exc, smtp)
            report.failed_sends += 1
            self.metrics.reply(self.inbox.name, row.kind, "uncertain" if exc.uncertain else "failed")
            return
        checkpoint("after_send")
        self.store.finish_reply(row.id, "sent")
        self.metrics.reply(self.inbox.name, row.kind, "sent")
        checkpoint("after_mark_sent")
        report.sent += 1
        logs.event("reply_sent", kind=row.kind, outbound=row.id)

    def _send_failed(self, outbound_id: int, attempts: int, exc: SendError, smtp: Any) -> None:
        if exc.uncertain:
            self.store.finish_reply(outbound_id, "uncertain", str(exc))
        elif exc.permanent or attempts >= int(smtp["max_attempts"]):
            self.store.finish_reply(outbound_id, "failed", str(exc))
        else:
            delay = float(smtp["retry_seconds"]) * (2 ** (attempts - 1))
            self.store.finish_reply(outbound_id, "pending", str(exc), self.clock() + dt.timedelta(seconds=delay))
        logs.event("reply_not_sent", logging.WARNING, outbound=outbound_id, attempts=attempts,
                   permanent=exc.permanent, uncertain=exc.uncertain)

    def _still_waiting(self, case_id: int | None) -> bool:
        case = self.store.get_case(case_id) if case_id else None
        return case is not None and case.status == "waiting"

    # -- small helpers ---------------------------------------------------------------------------

    def _domain(self) -> str:
        return str(self.replies["from_address"]).rpartition("@")[2] or "localhost"

    def _from(self) -> str:
        from email.utils import formataddr

        return formataddr((str(self.replies["from_name"]), str(self.replies["from_address"])))

    def _helpdesk(self) -> dict[str, str]:
        return {"name": str(self.replies["from_name"]), "office": str(self.replies["helpdesk_office"]),
                "phones": str(self.replies["helpdesk_phones"])}

    def _redirects(self) -> dict[str, str]:
        return {"eccs": str(self.replies["eccs_contact"]), "trade_portal": str(self.replies["trade_portal_contact"])}

    def _summary(self, ref: MailRef, verdict: Verdict, case_ref: str, plan: ReplyPlan | None, old: bool,
                 action: str | None = None) -> dict[str, Any]:
        return {"uid": ref.uid, "action": action or verdict.action, "request_type": verdict.request_type,
                "sender_kind": verdict.sender_kind, "case": case_ref,
                "reply": plan.kind if plan else "", "missing": list(verdict.missing), "old": old,
                "subject": verdict.subject}

    def _print_dry_run(self, ref: MailRef, verdict: Verdict, plan: ReplyPlan | None) -> None:
        reply = f"would send a {plan.kind} reply" if plan else "would send nothing"
        print(f"uid {ref.uid}: {verdict.sender_kind} / {verdict.request_type} -> {verdict.action}; {reply}; "
              f"would file in {self._folder(verdict.action) or '(stays)'}")


def _pooled_triage(rules: RuleSet, policy: Any, raw: bytes, day: dt.date, prior: Prior | None) -> Verdict:
    """triage() with the arguments a pooled worker inherits (rules, policy) first."""
    return triage(raw, rules, policy, day, prior)


def _is_old(ref: MailRef, cutoff: dt.datetime | None) -> bool:
    return cutoff is not None and ref.internaldate is not None and ref.internaldate < cutoff


