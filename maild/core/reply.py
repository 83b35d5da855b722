"""Which reply a verdict calls for: a plan (template, kind, recipient), not yet words.

Replies go to the From: address only (never Reply-To), never to a robot, and
never for review: what a person must judge, a person answers. The Message-ID
of a reply is derived from the inbound mail's identity, so the same mail can
never produce two different replies of one kind.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from maild.core.model import Verdict

REPLY_FOR_ACTION = {"acknowledge": "acknowledge", "request_missing": "request_missing", "redirect": "redirect"}


@dataclass(frozen=True, slots=True)
class ReplyPlan:
    """What to send: the template (reply/<kind>.txt.j2), to whom, and its fixed Message-ID."""

    kind: str
    template: str
    recipient: str
    message_id: str


def plan_reply(verdict: Verdict, identity: str, domain: str, own_addresses: tuple[str, ...]) -> ReplyPlan | None:
    """The reply for a verdict, or None when no reply must go out."""
    kind = REPLY_FOR_ACTION.get(verdict.action)
    if kind is None or verdict.sender_kind == "automated" or not verdict.sender:
        return None
    if verdict.sender.lower() in {a.lower() for a in own_addresses}:
        return None
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", verdict.sender, reply_message_id(identity, kind, domain))


def notice_plan(kind: str, recipient: str, identity: str, domain: str) -> ReplyPlan:
    """A notice that is not a triage reply (e.g. the mail was too large)."""
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", recipient, reply_message_id(identity, kind, domain))


def reply_message_id(identity: str, kind: str, domain: str) -> str:
    digest = hashlib.sha256(f"{identity}\0{kind}".encode()).hexdigest()[:24]
    return f"<maild.{kind}.{digest}@{domain}>"
