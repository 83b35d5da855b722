"""A case as an operator reads it: every mail's text and details, the bounces of its replies,
its replies and their status, why it is where it is, and its timeline.

The operator must be able to judge a case from maild alone, without opening the
mailbox: each kept mail is parsed again (maild.core.parse, as triage read it)
and its text shown in the sections of maild.core.readable, with each detail
the verdict holds and the line it was read from (maild.core.provenance). The
result is plain data with ISO times in UTC; the console and the review command
show it, in the office's time zone, escaping every character of it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from maild.app import why
from maild.app.ports import CaseFile, Renderer, ReviewStore
from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.provenance import sources
from maild.core.readable import mail_text
from maild.core.ruleset import RuleSet
from maild.core.times import aware

# The audit events a timeline shows (replies and reminders come from their own rows).
TIMELINE_EVENTS = ("decided", "operator_decided", "case_closed", "case_merged", "mail_moved", "mail_split",
                   "reply_bounced", "case_bumped", "oversize", "failed", "reply_uncertain")


class CaseView:
    """Builds the view of one case."""

    def __init__(self, store: ReviewStore, rules: RuleSet, policy: TriagePolicy, renderer: Renderer) -> None:
        self.store, self.rules, self.policy, self.renderer = store, rules, policy, renderer

    def build(self, case: Any) -> dict[str, Any]:
        found = self.store.case_file(case.id)
        refs = self.store.case_refs([case.merged_into] if case.merged_into else [])
        merged_into = refs.get(case.merged_into, "") if case.merged_into else ""
        mails = [self.mail(m, found.attachments.get(m.id, [])) for m in found.mails]
        last = found.mails[-1] if found.mails else None
        since = _since(found, last.id if last is not None else None)
        reason = why.words(self.renderer, why.facts(case.status, (last.verdict or {}) if last else {},
                                                    (last.error if last else "") or "", since, merged_into))
        return {"ref": case.ref, "status": case.status, "request_type": case.request_type, "sender": case.sender,
                "subject": case.subject, "opened_at": _iso(case.opened_at), "closed_at": _iso(case.closed_at),
                "updated_at": _iso(case.updated_at), "reason": reason, "merged_into": merged_into,
                "mails": mails, "bounces": [self.bounce(m, found) for m in found.linked],
                "replies": [reply_view(r) for r in found.replies],
                "audit": [{"at": _iso(a.at), "actor": a.actor, "event": a.event, "detail": a.detail or {}}
                          for a in found.audit],
                "timeline": timeline(found, mails)}

    def mail(self, mail: Any, attachments: list[Any]) -> dict[str, Any]:
        """One mail: its verdict, its text in sections, its details with where each was read."""
        verdict = mail.verdict or {}
        view = mail_view(mail, attachments)
        raw = self.store.mail_raw(mail.id) if mail.has_raw else None
        if raw is None:
            view["text"] = None
            view["details"] = [s.as_dict() for s in sources(verdict.get("details") or {}, {}, "", "", {})]
            for detail in view["details"]:
                detail["how"] = detail["how"] if detail["how"] == "missing" else "not_kept"
            return view
        parsed = parse_mail(raw, self.policy, self.rules.quoting)
        text = mail_text(raw, parsed, self.policy.max_depth, self.policy.max_parts)
        view["text"] = text.as_dict()
        view["details"] = [s.as_dict() for s in sources(verdict.get("details") or {}, verdict.get("signature") or {},
                                                        parsed.own_text, parsed.forwarded_text,
                                                        self.rules.signature.labels)]
        return view

    def bounce(self, mail: Any, found: CaseFile) -> dict[str, Any]:
        """A bounce of one of the case's replies: which reply, and what the recipient's server said."""
        row = next((a for a in found.audit if a.event == "reply_bounced" and a.mail_id == mail.id), None)
        detail = (row.detail or {}) if row is not None else {}
        view = self.mail(mail, found.attachments.get(mail.id, []))
        view.update(diagnostic=str(detail.get("diagnostic", "")), reply_kind=str(detail.get("kind", "")),
                    reply_to=str(detail.get("recipient", "")), reply_message_id=str(detail.get("message_id", "")))
        return view


def mail_view(mail: Any, attachments: list[Any]) -> dict[str, Any]:
    verdict = mail.verdict or {}
    return {"id": mail.id, "uid": mail.uid, "message_id": mail.message_id, "sender": mail.sender,
            "subject": mail.subject, "received_at": _iso(mail.received_at), "action": mail.action,
            "status": mail.status, "folder": mail.folder, "request_type": mail.request_type,
            "sender_kind": mail.sender_kind, "missing": verdict.get("missing", []),
            "template_errors": verdict.get("template_errors", []), "reasons": verdict.get("reasons", []),
            "review_flags": verdict.get("review_flags", []), "error": mail.error, "has_raw": mail.has_raw,
            "signature": verdict.get("signature") or {},
            "attachments": [{"id": a.id, "filename": a.filename, "kind": a.kind, "size": a.size,
                             "content_type": a.content_type, "sha256": a.sha256} for a in attachments]}


def reply_view(row: Any) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "status": row.status, "recipient": row.recipient, "subject": row.subject,
            "created_at": _iso(row.created_at), "sent_at": _iso(row.sent_at), "last_error": row.last_error,
            "mail_id": row.mail_id}


def timeline(found: CaseFile, mails: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The case's mails, replies, decisions and reminders, in the order they happened."""
    items: list[dict[str, Any]] = [{"at": m["received_at"], "what": "mail", "mail_id": m["id"], "actor": m["sender"],
                                    "subject": m["subject"], "action": m["action"]} for m in mails]
    reminded = {r.outbound_id: r for r in found.reminders if r.outbound_id}
    for r in found.replies:
        reminder = reminded.get(r.id)
        what = f"reminder_{reminder.kind}" if reminder is not None else "reply"
        items.append({"at": _iso(r.created_at), "what": what, "kind": r.kind, "actor": "maild",
                      "recipient": r.recipient, "status": r.status, "seq": reminder.seq if reminder else 0,
                      "sent_at": _iso(r.sent_at), "error": r.last_error})
    for a in found.audit:
        if a.event in TIMELINE_EVENTS:
            items.append({"at": _iso(a.at), "what": a.event, "actor": a.actor, "mail_id": a.mail_id,
                          "detail": a.detail or {}})
    # Within one second, a mail comes before what was decided of it, and that before its reply:
    # the rows of one mail are written in one transaction, their times a few microseconds apart.
    rank = {"mail": 0, "decided": 1, "oversize": 1, "failed": 1}
    return sorted(items, key=lambda item: ((item["at"] or "")[:19], rank.get(item["what"], 2)))


def _since(found: CaseFile, mail_id: int | None) -> list[Any]:
    """The case's audit rows from its latest mail on (all of them when it has none)."""
    if mail_id is None:
        return list(found.audit)
    first = next((i for i, a in enumerate(found.audit) if a.mail_id == mail_id), 0)
    return list(found.audit[first:])


def _iso(moment: Any) -> str | None:
    """A stored time in UTC, ISO 8601 (PostgreSQL hands times back in the session's zone)."""
    found = aware(moment)
    return found.astimezone(dt.timezone.utc).isoformat() if found is not None else None
