"""Which reply a verdict calls for: a plan (template, kind, recipient), not yet words.

Replies go to the From: address only (never Reply-To), never to a robot or
to our own address, and never to a From: that the trusted
Authentication-Results says failed: it may be forged, and the reply (quoting
the forger's subject) would go to whoever the forger named. Such a mail is
put to review instead. What a person must judge, a person answers; its
sender, when the trusted Authentication-Results passed it, gets only a short
holding reply with the case reference. The Message-ID of a reply is derived from the inbound mail's
identity, so the same mail can never produce two different replies of one kind.

The reply policy is here too: the same reply to the same case is not repeated
within a window (RFC 3834), and each sender gets at most so many a day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from maild.core.message import can_write_to
from maild.core.model import Verdict
from maild.core.sender import is_own_address

# When a case's last reply of a kind was queued, and the verdict (as stored) it answered.
LastReply = tuple[dt.datetime, dict[str, Any]]

REPLY_FOR_ACTION = {"acknowledge": "acknowledge", "request_missing": "request_missing", "redirect": "redirect",
                    "review": "holding"}
ANSWERED_ACTIONS = ("acknowledge", "request_missing", "redirect")  # the actions whose reply says what to do


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
    if kind is None or verdict.sender_kind == "automated" or not can_write_to(verdict.sender):
        return None
    if is_own_address(verdict.sender, own_addresses) or withheld(verdict):
        return None
    if kind == "holding" and not may_hold(verdict):
        return None
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", verdict.sender, reply_message_id(identity, kind, domain))


def withheld(verdict: Verdict) -> str:
    """Why no automatic reply may go to this From: at all ('' when one may): the trusted
    Authentication-Results says its domain failed (dmarc=fail, spf=fail without an aligned
    dkim=pass, or passes only for another domain). No backscatter to a forged address."""
    if verdict.sender_kind != "automated" and verdict.authentication == "fail":
        return "the sender failed authentication (trusted Authentication-Results); no automatic reply"
    return ""


def may_hold(verdict: Verdict) -> bool:
    """A mail put to review gets a holding reply only when the trusted Authentication-Results passed
    its From: domain: the reply then goes to a mailbox that did send the mail (nothing for a failure,
    or for a mail that nothing vouches for)."""
    return verdict.authentication == "pass"


def notice_plan(kind: str, recipient: str, identity: str, domain: str) -> ReplyPlan:
    """A notice that is not a triage reply (e.g. the mail was too large)."""
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", recipient, reply_message_id(identity, kind, domain))


def reply_message_id(identity: str, kind: str, domain: str) -> str:
    digest = hashlib.sha256(f"{identity}\0{kind}".encode()).hexdigest()[:24]
    return f"<maild.{kind}.{digest}@{domain}>"


def is_repeat(last: LastReply | None, verdict: Verdict, now: dt.datetime, window_hours: float) -> bool:
    """The same reply to the same case within the window: the case's last reply of this kind
    answered the same missing items and template errors (a robot echoing us, or a nudge that
    changes nothing). It is recorded, not answered again, so no two mailboxes can ping-pong."""
    if last is None or (now - last[0]).total_seconds() > window_hours * 3600:
        return False
    before = last[1] or {}
    same_errors = sorted(tuple(e.values()) for e in before.get("template_errors", [])) == \
        sorted((e.row, e.column, e.code) for e in verdict.template_errors)
    return list(before.get("missing", [])) == list(verdict.missing) and same_errors


def over_daily_cap(sent_today: int, cap: int) -> str:
    """Why no reply goes out when the sender already had `cap` automatic replies today ('' when it may)."""
    if cap and sent_today >= cap:
        return f"per-sender cap of {cap} automatic replies a day reached; no reply sent"
    return ""
