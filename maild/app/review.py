"""What operators do: see the review queue, open a case, decide, reply, close, merge, split, count.

The terminal (`maild review ...`, `maild case ...`, `maild cases`, `maild
stats`) and the browser console both call these; every action is written to
the audit log with the operator's name, and every reply is a letter
(maild.app.letters) that goes through the same outbox as maild's own, so it
is sent once and threaded to its case. A case is shown by maild.app.caseview,
why it is where it is said by maild.app.why, merges and splits made by
maild.app.casework.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import statistics
from typing import Any

from maild.app import why
from maild.app.cases import Cases
from maild.app.casework import Casework, ReviewError
from maild.app.caseview import CaseView
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import CaseFile, CaseFilter, Clock, ReviewStore
from maild.core.decide import triage
from maild.core.message import can_write_to
from maild.core.model import REQUEST_TYPES, Prior, Verdict
from maild.core.parse import parse_mail
from maild.core.plan import CASE_STATUS
from maild.core.policy import TriagePolicy
from maild.core.reminders import case_clock
from maild.core.ruleset import RuleSet
from maild.core.times import aware

ACTIONS = ("ignore", "redirect", "review", "request_missing", "acknowledge")
SENDER_KINDS = ("icegate", "generic", "personal", "automated")
REPLIED = ("acknowledge", "request_missing", "redirect")  # the operator's decisions that call for a reply
STATUSES = ("review", "open", "waiting", "acknowledged", "redirected", "closed", "abandoned", "merged")
ENDED = ("closed", "abandoned", "merged")
UNSENT = ("pending", "sending")  # a reply queued and not yet handed over to the SMTP server
__all__ = ["ACTIONS", "SENDER_KINDS", "STATUSES", "Review", "ReviewError"]


class Review:
    """The operators' actions on one mailbox's cases."""

    def __init__(self, store: ReviewStore, cases: Cases, letters: Letters, outbox: Outbox, rules: RuleSet,
                 policy: TriagePolicy, clock: Clock) -> None:
        self.store, self.cases, self.letters, self.outbox = store, cases, letters, outbox
        self.rules, self.policy, self.clock = rules, policy, clock
        self.view = CaseView(store, rules, policy, letters.renderer)
        self.casework = Casework(store, clock)

    def queue(self, *, status: str = "review", request_type: str = "", sender: str = "",
              older_than: dt.timedelta | None = None, newer_than: dt.timedelta | None = None,
              newest_first: bool = False, limit: int = 200) -> list[dict[str, Any]]:
        """Cases (the review queue by default), oldest first, with their age, how long they have
        waited in their state and, in words, why they are there."""
        _check(status, STATUSES, "status")
        _check(request_type, REQUEST_TYPES, "request type")
        now = self.clock()
        found = CaseFilter(status, request_type, sender.strip(), None if older_than is None else now - older_than,
                           None if newer_than is None else now - newer_than, newest_first)
        rows = []
        found_rows = self.store.review_queue(found, limit)
        merged = self.store.case_refs([r.case.merged_into for r in found_rows if r.case.merged_into])
        for row in found_rows:
            case = row.case
            opened, updated = aware(case.opened_at) or now, aware(case.updated_at) or now
            reason = why.words(self.letters.renderer, why.facts(case.status, row.verdict, row.error, row.events,
                                                                merged.get(case.merged_into or 0, "")))
            rows.append({"ref": case.ref, "status": case.status, "request_type": case.request_type,
                         "sender": case.sender, "subject": case.subject, "reason": reason,
                         "age_hours": _hours(now - opened), "waiting_hours": _hours(now - updated),
                         "age_seconds": _seconds(now - opened), "waiting_seconds": _seconds(now - updated),
                         "opened_at": opened.isoformat(), "updated_at": updated.isoformat()})
        return rows

    def show(self, ref: str) -> dict[str, Any]:
        """A case with every mail (its text, verdict, details and where each was read, attachments),
        the bounces of its replies, the replies, why it is where it is, its timeline and audit trail."""
        return self.view.build(self._case(ref))

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes] | None:
        """(file name, content type, bytes) of a stored attachment, from the mail's raw copy."""
        found = self.store.attachment_source(attachment_id)
        if found is None:
            return None
        filename, content_type, sha256, raw = found
        for part in parse_mail(raw, self.policy, self.rules.quoting).attachments:
            if part.filename == filename and hashlib.sha256(part.data).hexdigest() == sha256:
                return filename, content_type, part.data
        return None

    def case_attachment(self, ref: str, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, content type, bytes) of an attachment of case `ref` (of its mails, or of the
        bounces of its replies), as `review show` numbers them."""
        found = self.store.case_file(self._case(ref).id)
        if not any(a.id == attachment_id for listed in found.attachments.values() for a in listed):
            raise ReviewError(f"attachment {attachment_id} is not in case {ref} (review show lists its files)")
        kept = self.attachment(attachment_id)
        if kept is None:
            raise ReviewError(f"attachment {attachment_id} is no longer kept (retention): it is in the mailbox")
        return kept

    def decide(self, ref: str, operator: str, *, request_type: str = "", sender_kind: str = "",
               action: str = "", note: str = "") -> dict[str, Any]:
        """Override a case's verdict and send the reply the new verdict calls for (once)."""
        _check(request_type, REQUEST_TYPES, "request type")
        _check(sender_kind, SENDER_KINDS, "sender kind")
        _check(action, ACTIONS, "action")
        case = self._case(ref, active=True)
        mail = self.store.last_mail(case.id)
        if mail is None:
            raise ReviewError(f"case {ref} has no mail")
        prior = self.cases.prior(case.id, case.request_type)
        verdict = self._reverdict(mail.raw, prior, request_type or (mail.verdict or {}).get("request_type", "unknown"))
        if sender_kind:
            verdict = dataclasses.replace(verdict, sender_kind=sender_kind)  # type: ignore[arg-type]
        final = action or ("request_missing" if verdict.missing or verdict.template_errors else "acknowledge")
        verdict = dataclasses.replace(verdict, action=final, review_flags=())  # type: ignore[arg-type]
        answer = final in REPLIED and can_write_to(verdict.sender)  # an address a reply can go to
        asked = {"request_type": request_type or None, "sender_kind": sender_kind or None, "action": final}
        done = {"ref": ref, "action": final, "reply": verdict.action if answer else None,
                "missing": list(verdict.missing)}
        earlier = _same_decision_unsent(self.store.case_file(case.id), asked) if answer else None
        if earlier is not None:  # the same decision while its reply waits: not decided or sent twice
            return self._again(case, earlier, {**done, "status": case.status})
        outbound = self._queue_decision(verdict, case.id, mail.id, ref, operator) if answer else None
        status = {**CASE_STATUS, "ignore": "closed"}[final]
        now = self.clock()
        values = {**case_clock(status, now, True, None, case.acknowledged_at), "updated_at": now}
        if request_type:
            values["request_type"] = request_type
        if status == "closed":
            values["closed_at"] = now
        self.store.update_case(case.id, values, ("operator_decided", operator, mail.id, {
            **asked, "note": note, "reply": done["reply"], "outbound": outbound}))
        return self._sent(case.id, outbound, {**done, "status": status})

    def reply(self, ref: str, operator: str, message: str) -> dict[str, Any]:
        """An operator's own words to the requester, threaded to the case and sent once."""
        text = message.strip()
        if not text:
            raise ReviewError("the reply is empty")
        if len(text) > 5000:
            raise ReviewError("the reply is longer than 5000 characters")
        case = self._case(ref, active=True)
        if not can_write_to(case.sender):
            raise ReviewError(f"case {ref} has no sender address a reply can go to")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        done = {"ref": ref, "status": case.status, "reply": "operator_reply"}
        earlier = _same_reply_unsent(self.store.case_file(case.id), digest)
        if earlier is not None:  # the same words again while they wait to go: not sent twice
            return self._again(case, earlier, done)
        last = self.store.last_mail(case.id)
        number = self.store.count_replies(kind="operator_reply", case_id=case.id) + 1
        letter = self.letters.operator_reply(case, number, last.message_id if last else "", text, operator,
                                             (last.verdict or {}) if last else {})
        now = self.clock()
        outbound = self.store.queue_reply(letter, now, case_id=case.id, audit=(
            "operator_replied", operator, None, {"message_id": letter.message_id, "chars": len(text),
                                                 "sha256": digest}))
        self.store.update_case(case.id, {"updated_at": now})
        return self._sent(case.id, outbound, done)

    def close(self, ref: str, operator: str, note: str = "") -> dict[str, Any]:
        """Close a case once the ID is created or the password reset: the closure reply goes out."""
        case = self._case(ref)
        done = {"ref": ref, "status": "closed", "reply": "closure"}
        earlier = _closure_unsent(self.store.case_file(case.id)) if case.status == "closed" else None
        if earlier is not None:  # closed before, its closure reply still waits: not closed or sent twice
            return self._again(case, earlier, done)
        if case.status in ENDED:
            raise ReviewError(f"case {ref} is already {case.status}")
        last = self.store.last_mail(case.id)
        now = self.clock()
        outbound = None
        if can_write_to(case.sender):
            letter = self.letters.closure(case, last.message_id if last else "",
                                          (last.verdict or {}) if last else {}, note)
            outbound = self.store.queue_reply(letter, now, case_id=case.id)
        self.store.update_case(case.id, {"status": "closed", "closed_at": now, "updated_at": now},
                               ("case_closed", operator, None, {"note": note}))
        return self._sent(case.id, outbound, {**done, "reply": "closure" if outbound else ""})

    def stats(self) -> dict[str, Any]:
        """Counts by request type, action and status; median hours to acknowledge and to close."""
        by_type, by_action, by_status, cases = self.store.review_counts()
        to_ack = [(aware(c.acknowledged_at) - aware(c.opened_at)).total_seconds() / 3600  # type: ignore[operator]
                  for c in cases if c.acknowledged_at and c.opened_at]
        to_close = [(aware(c.closed_at) - aware(c.opened_at)).total_seconds() / 3600  # type: ignore[operator]
                    for c in cases if c.closed_at and c.opened_at and c.status == "closed"]
        return {"mails_by_request_type": by_type, "mails_by_action": by_action, "cases_by_status": by_status,
                "median_hours_to_acknowledge": round(statistics.median(to_ack), 2) if to_ack else None,
                "median_hours_to_close": round(statistics.median(to_close), 2) if to_close else None}

    def merge_case(self, ref: str, into: str, operator: str, note: str = "") -> dict[str, Any]:
        """Every mail of case `ref` into case `into` (a colleague's follow-up that opened its own)."""
        return self.casework.merge_case(ref, into, operator, note)

    def move_mail(self, ref: str, mail_id: int, into: str, operator: str, note: str = "") -> dict[str, Any]:
        """One mail of case `ref` into case `into`."""
        return self.casework.move_mail(ref, mail_id, into, operator, note)

    def split_mail(self, ref: str, mail_id: int, operator: str, note: str = "") -> dict[str, Any]:
        """One mail of case `ref` into a new case of its own."""
        return self.casework.split_mail(ref, mail_id, operator, note)

    # -- helpers -----------------------------------------------------------------------------------

    def _case(self, ref: str, active: bool = False) -> Any:
        case = self.store.case_by_ref(ref.strip())
        if case is None:
            raise ReviewError(f"no case {ref}")
        if active and case.status == "merged":
            raise ReviewError(f"case {ref} was merged into another case; act on that one")
        return case

    def _reverdict(self, raw: bytes | None, prior: Prior | None, request_type: str) -> Verdict:
        """The verdict again over the whole case, with the operator's request type."""
        if raw is None:
            raise ReviewError("the mail's content is no longer stored (retention); decide in the mailbox")
        base = prior or Prior(request_type)
        return triage(raw, self.rules, self.policy, self.clock().date(),
                      dataclasses.replace(base, request_type=request_type))

    def _queue_decision(self, verdict: Verdict, case_id: int, mail_id: int, ref: str, operator: str) -> int:
        """Queue the reply an operator's decision calls for (each decision on a mail gets its own): its id."""
        kind = verdict.action
        queued_as = f"operator_{kind}_{self.store.count_replies(kind='operator_%', mail_id=mail_id) + 1}"
        letter = self.letters.decision(kind, queued_as, mail_id, verdict, ref)
        return self.store.queue_reply(letter, self.clock(), case_id=case_id, mail_id=mail_id, audit=(
            "operator_reply_queued", operator, mail_id, {"kind": kind, "message_id": letter.message_id}))

    def _sent(self, case_id: int, outbound: int | None, done: dict[str, Any]) -> dict[str, Any]:
        """Send what is due now, then say what became of the reply this action queued: sent, or
        still queued (the SMTP server out of reach: the next pass sends it), failed or uncertain."""
        self.outbox.send_due()
        return {**done, "repeat": False, **_reply_state(self.store.case_file(case_id), outbound)}

    def _again(self, case: Any, outbound: int, done: dict[str, Any]) -> dict[str, Any]:
        """The same action asked again while the reply it queued has not gone: nothing is recorded
        or queued again; the outbox is tried, and the result says what became of that reply."""
        return {**self._sent(case.id, outbound, done), "repeat": True}


def _reply_state(found: CaseFile, outbound: int | None) -> dict[str, Any]:
    """What became of a queued reply: its status, the SMTP server's words, its next attempt."""
    row = next((r for r in found.replies if r.id == outbound), None) if outbound else None
    if row is None:
        return {"reply_status": "", "reply_error": "", "reply_next_attempt": None}
    retry = aware(row.next_attempt_at) if row.status == "pending" else None
    return {"reply_status": row.status, "reply_error": row.last_error or "",
            "reply_next_attempt": retry.astimezone(dt.timezone.utc).isoformat() if retry else None}


def _unsent(found: CaseFile, outbound: Any) -> bool:
    return any(r.id == outbound and r.status in UNSENT for r in found.replies)


def _same_decision_unsent(found: CaseFile, asked: dict[str, Any]) -> int | None:
    """The reply of the case's latest decision, when that decision was this one and its reply
    has not gone yet (a command run again after the SMTP server was out of reach)."""
    latest = next((a for a in reversed(found.audit) if a.event == "operator_decided"), None)
    detail = (latest.detail or {}) if latest is not None else {}
    if any(detail.get(key) != value for key, value in asked.items()):
        return None
    outbound = detail.get("outbound")
    return int(outbound) if outbound and _unsent(found, outbound) else None


def _same_reply_unsent(found: CaseFile, digest: str) -> int | None:
    """An operator's reply with these very words that has not gone yet."""
    return next((int(a.outbound_id) for a in reversed(found.audit) if a.event == "operator_replied"
                 and (a.detail or {}).get("sha256") == digest and _unsent(found, a.outbound_id)), None)


def _closure_unsent(found: CaseFile) -> int | None:
    """The case's closure reply, when it has not gone yet."""
    return next((int(r.id) for r in reversed(found.replies)
                 if r.kind == "closure" and r.status in UNSENT), None)


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value and value not in allowed:
        raise ReviewError(f"unknown {what} {value!r}; one of: {', '.join(allowed)}")


def _hours(span: dt.timedelta) -> float:
    return round(span.total_seconds() / 3600, 1)


def _seconds(span: dt.timedelta) -> int:
    """A span in whole seconds, for showing it exactly (the hours are rounded to a tenth)."""
    return int(span.total_seconds())
