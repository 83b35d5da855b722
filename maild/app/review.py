"""What operators do: see the review queue, open a case, decide, reply, close, count.

The terminal (`maild review ...`, `maild case ...`, `maild stats`) and the
browser console both call these; every action is written to the audit log
with the operator's name, and every reply is a letter (maild.app.letters)
that goes through the same outbox as maild's own, so it is sent once and
threaded to its case.
"""

from __future__ import annotations

import dataclasses
import hashlib
import statistics
from typing import Any

from maild.app.cases import Cases
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import Clock, ReviewStore
from maild.core.decide import triage
from maild.core.message import can_write_to
from maild.core.model import REQUEST_TYPES, Prior, Verdict
from maild.core.parse import parse_mail
from maild.core.plan import CASE_STATUS
from maild.core.policy import TriagePolicy
from maild.core.reminders import case_clock
from maild.core.ruleset import RuleSet
from maild.core.times import aware
from maild.errors import MaildError

ACTIONS = ("ignore", "redirect", "review", "request_missing", "acknowledge")
SENDER_KINDS = ("icegate", "generic", "personal", "automated")
REPLIED = ("acknowledge", "request_missing", "redirect")  # the operator's decisions that call for a reply


class ReviewError(MaildError):
    """An operator asked for something that cannot be done (unknown case, bad value)."""


class Review:
    """The operators' actions on one mailbox's cases."""

    def __init__(self, store: ReviewStore, cases: Cases, letters: Letters, outbox: Outbox, rules: RuleSet,
                 policy: TriagePolicy, clock: Clock) -> None:
        self.store, self.cases, self.letters, self.outbox = store, cases, letters, outbox
        self.rules, self.policy, self.clock = rules, policy, clock

    def queue(self, *, status: str = "review", request_type: str = "", limit: int = 200) -> list[dict[str, Any]]:
        """Cases waiting for a person, newest first, with their age and why they are there."""
        now = self.clock()
        rows = []
        for case, verdict, error in self.store.review_queue(status, request_type, limit):
            reason = "; ".join(verdict.get("review_flags") or []) or error or ", ".join(verdict.get("missing") or [])
            opened = aware(case.opened_at) or now
            rows.append({"ref": case.ref, "status": case.status, "request_type": case.request_type,
                         "sender": case.sender, "subject": case.subject,
                         "age_hours": round((now - opened).total_seconds() / 3600, 1), "reason": reason,
                         "opened_at": opened.isoformat()})
        return rows

    def show(self, ref: str) -> dict[str, Any]:
        """A case with every mail (verdict, reasons, attachments), the replies sent and the audit trail."""
        case = self._case(ref)
        found = self.store.case_file(case.id)
        return {"ref": case.ref, "status": case.status, "request_type": case.request_type, "sender": case.sender,
                "subject": case.subject, "opened_at": case.opened_at.isoformat(),
                "closed_at": case.closed_at.isoformat() if case.closed_at else None,
                "mails": [_mail(mail, found.attachments.get(mail.id, [])) for mail in found.mails],
                "replies": [_reply(r) for r in found.replies],
                "audit": [{"at": a.at.isoformat(), "actor": a.actor, "event": a.event, "detail": a.detail or {}}
                          for a in found.audit]}

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

    def decide(self, ref: str, operator: str, *, request_type: str = "", sender_kind: str = "",
               action: str = "", note: str = "") -> dict[str, Any]:
        """Override a case's verdict and send the reply the new verdict calls for (once)."""
        _check(request_type, REQUEST_TYPES, "request type")
        _check(sender_kind, SENDER_KINDS, "sender kind")
        _check(action, ACTIONS, "action")
        case = self._case(ref)
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
        reply = self._queue_decision(verdict, case.id, mail.id, ref, operator) if answer else None
        status = {**CASE_STATUS, "ignore": "closed"}[final]
        now = self.clock()
        values = {**case_clock(status, now, True, None, case.acknowledged_at), "updated_at": now}
        if request_type:
            values["request_type"] = request_type
        if status == "closed":
            values["closed_at"] = now
        self.store.update_case(case.id, values, ("operator_decided", operator, mail.id, {
            "request_type": request_type or None, "sender_kind": sender_kind or None, "action": final,
            "note": note, "reply": reply}))
        self.outbox.send_due()
        return {"ref": ref, "action": final, "status": status, "reply": reply, "missing": list(verdict.missing)}

    def reply(self, ref: str, operator: str, message: str) -> dict[str, Any]:
        """An operator's own words to the requester, threaded to the case and sent once."""
        text = message.strip()
        if not text:
            raise ReviewError("the reply is empty")
        if len(text) > 5000:
            raise ReviewError("the reply is longer than 5000 characters")
        case = self._case(ref)
        if not can_write_to(case.sender):
            raise ReviewError(f"case {ref} has no sender address a reply can go to")
        last = self.store.last_mail(case.id)
        number = self.store.count_replies(kind="operator_reply", case_id=case.id) + 1
        letter = self.letters.operator_reply(case, number, last.message_id if last else "", text, operator,
                                             (last.verdict or {}) if last else {})
        now = self.clock()
        self.store.queue_reply(letter, now, case_id=case.id, audit=(
            "operator_replied", operator, None, {"message_id": letter.message_id, "chars": len(text)}))
        self.store.update_case(case.id, {"updated_at": now})
        self.outbox.send_due()
        return {"ref": ref, "status": self._case(ref).status, "reply": "operator_reply"}

    def close(self, ref: str, operator: str, note: str = "") -> dict[str, Any]:
        """Close a case once the ID is created or the password reset: the closure reply goes out."""
        case = self._case(ref)
        if case.status in ("closed", "abandoned"):
            raise ReviewError(f"case {ref} is already {case.status}")
        last = self.store.last_mail(case.id)
        now = self.clock()
        told = can_write_to(case.sender)
        if told:
            self.store.queue_reply(self.letters.closure(case, last.message_id if last else "",
                                                        (last.verdict or {}) if last else {}, note),
                                   now, case_id=case.id)
        self.store.update_case(case.id, {"status": "closed", "closed_at": now, "updated_at": now},
                               ("case_closed", operator, None, {"note": note}))
        self.outbox.send_due()
        return {"ref": ref, "status": "closed", "reply": "closure" if told else ""}

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

    # -- helpers -----------------------------------------------------------------------------------

    def _case(self, ref: str) -> Any:
        case = self.store.case_by_ref(ref)
        if case is None:
            raise ReviewError(f"no case {ref}")
        return case

    def _reverdict(self, raw: bytes | None, prior: Prior | None, request_type: str) -> Verdict:
        """The verdict again over the whole case, with the operator's request type."""
        if raw is None:
            raise ReviewError("the mail's content is no longer stored (retention); decide in the mailbox")
        base = prior or Prior(request_type)
        return triage(raw, self.rules, self.policy, self.clock().date(),
                      dataclasses.replace(base, request_type=request_type))

    def _queue_decision(self, verdict: Verdict, case_id: int, mail_id: int, ref: str, operator: str) -> str:
        """Queue the reply an operator's decision calls for; each decision on a mail gets its own."""
        kind = verdict.action
        queued_as = f"operator_{kind}_{self.store.count_replies(kind='operator_%', mail_id=mail_id) + 1}"
        letter = self.letters.decision(kind, queued_as, mail_id, verdict, ref)
        self.store.queue_reply(letter, self.clock(), case_id=case_id, mail_id=mail_id, audit=(
            "operator_reply_queued", operator, mail_id, {"kind": kind, "message_id": letter.message_id}))
        return kind


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value and value not in allowed:
        raise ReviewError(f"unknown {what} {value!r}; one of: {', '.join(allowed)}")


def _mail(mail: Any, attachments: list[Any]) -> dict[str, Any]:
    verdict = mail.verdict or {}
    return {"id": mail.id, "uid": mail.uid, "message_id": mail.message_id, "sender": mail.sender,
            "subject": mail.subject, "received_at": mail.received_at.isoformat(), "action": mail.action,
            "status": mail.status, "folder": mail.folder, "request_type": mail.request_type,
            "sender_kind": mail.sender_kind, "missing": verdict.get("missing", []),
            "template_errors": verdict.get("template_errors", []), "reasons": verdict.get("reasons", []),
            "review_flags": verdict.get("review_flags", []), "error": mail.error, "has_raw": mail.has_raw,
            "attachments": [{"id": a.id, "filename": a.filename, "kind": a.kind, "size": a.size,
                             "content_type": a.content_type, "sha256": a.sha256} for a in attachments]}


def _reply(row: Any) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "status": row.status, "recipient": row.recipient, "subject": row.subject,
            "created_at": row.created_at.isoformat(), "sent_at": row.sent_at.isoformat() if row.sent_at else None,
            "last_error": row.last_error}
