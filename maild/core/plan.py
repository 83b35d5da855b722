"""Decide, then act: what one mail calls for, as data, from its verdict and its case's facts.

The mail pass (maild.app.intake) gathers the facts: the case the mail follows
(`Thread`, looked up before triage), then, once the verdict says which reply
it calls for, that case's earlier replies (`History`). From these, plan_mail()
says what to record, which reply to queue and where to file the mail;
maild.app.apply does it, or the dry run prints it. Nothing here reads a
mailbox, a database or a clock: the same facts always give the same plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from maild.core.dsn import read_dsn
from maild.core.message import can_write_to
from maild.core.model import Verdict
from maild.core.rawmail import is_own_reply, message_id
from maild.core.records import AuditRow, NewMail
from maild.core.reply import (ANSWERED_ACTIONS, LastReply, ReplyPlan, is_repeat, notice_plan, over_daily_cap,
                              plan_reply, withheld)

CASE_STATUS = {"acknowledge": "acknowledged", "request_missing": "waiting", "redirect": "redirected",
               "review": "review"}


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The settings of one mailbox that its plans follow ([mailbox] and [replies])."""

    mailbox: str
    domain: str  # of the helpdesk's address: replies' Message-IDs, and how our own replies are known
    own_addresses: tuple[str, ...]
    repeat_window_hours: float
    daily_cap: int
    keep_raw: bool
    folders: Mapping[str, str]  # action, or "old", -> the folder the mail is filed in ('' stays)
    max_size: int


@dataclass(frozen=True, slots=True)
class Arrival:
    """A fetched mail: where it is (UIDVALIDITY and UID), its bytes and its identity in the store."""

    uidvalidity: int
    uid: int
    raw: bytes
    sha256: str
    key: str  # its Message-ID, else the hash of its bytes: one decision per key and mailbox


def arrival(uidvalidity: int, uid: int, raw: bytes) -> Arrival:
    sha = hashlib.sha256(raw).hexdigest()
    return Arrival(uidvalidity, uid, raw, sha, message_id(raw) or f"sha256:{sha}")


@dataclass(frozen=True, slots=True)
class Thread:
    """The open case a mail follows up (none: it opens its own), or why it must not join the case
    it names (`stranger`: its sender is not a party to that case)."""

    case_id: int | None = None
    status: str = ""
    stranger: str = ""


@dataclass(frozen=True, slots=True)
class History:
    """The earlier replies a plan weighs: the thread case's last reply of the kind now called for,
    the sender's open case for the same request (a `twin`, when the mail follows no thread) with
    its last such reply, and how many automatic replies the sender had in the last day."""

    thread_last: LastReply | None = None
    twin_id: int | None = None
    twin_last: LastReply | None = None
    sent_today: int = 0


@dataclass(frozen=True, slots=True)
class MailPlan:
    """What to do with one decided mail."""

    verdict: Verdict
    mail: NewMail
    case_id: int | None  # the case it joins; None opens a new one (when open_case is given)
    open_case: dict[str, str] | None  # the case's fields after this mail; None: no case for it
    reply: ReplyPlan | None
    audit: tuple[AuditRow, ...]
    folder: str
    old: bool
    bounce_of: str  # the Message-ID of our reply this mail reports undeliverable ('' for none)

    @property
    def action(self) -> str:
        return self.mail.action


def wanted_reply(verdict: Verdict, mail: Arrival, thread: Thread, old: bool,
                 settings: PlanSettings) -> ReplyPlan | None:
    """The reply the verdict calls for, before the policy weighs earlier replies: none for old
    mail or one of our own replies come back.

    A stranger to the case it names opens a case of its own, for review: like any mail put
    to review, it gets the holding reply when the trusted Authentication-Results passed its
    From:, written under its own case's reference (the reply repeats nothing of the other
    case: no reference, no detail), so the sender knows the mail arrived and is not lost."""
    if old or is_own_reply(verdict.message_id, settings.domain):
        return None
    asked = dataclasses.replace(verdict, action="review") if thread.stranger else verdict
    return plan_reply(asked, f"{settings.mailbox}\0{mail.key}", settings.domain, settings.own_addresses)


def twin_case(verdict: Verdict, thread: Thread, reply: ReplyPlan | None, history: History,
              now: dt.datetime, window_hours: float) -> int | None:
    """The sender's open case that a fresh mail (in no thread) joins: it asks the same thing again,
    with the same things missing, within the window (RFC 3834: the same response to the same
    sender at most once in a while). A mail that changes something gets its own answer."""
    if thread.case_id is not None or reply is None or thread.stranger or history.twin_id is None:
        return None
    return history.twin_id if is_repeat(history.twin_last, verdict, now, window_hours) else None


def plan_mail(verdict: Verdict, mail: Arrival, thread: Thread, old: bool, reply: ReplyPlan | None,
              history: History, settings: PlanSettings, now: dt.datetime) -> MailPlan:
    """The plan of one mail: its case, its reply (if any still goes out), its audit rows and folder."""
    hours = settings.repeat_window_hours
    case_id = thread.case_id
    # "Any update?" on a complete case, or the same reply again: recorded, not answered twice.
    bumped = thread.status == "acknowledged" and verdict.action == "acknowledge"
    bumped = bumped or (case_id is not None and reply is not None
                        and is_repeat(history.thread_last, verdict, now, hours))
    twin = twin_case(verdict, thread, reply, history, now, hours)
    if twin is not None:
        case_id, bumped = twin, True
    if bumped:
        reply = None
    capped = over_daily_cap(history.sent_today, settings.daily_cap) if reply is not None else ""
    if capped:
        reply = None
    # A From: that failed authentication is put to review without a word to it (no backscatter).
    unanswered = withheld(verdict) if not old and verdict.action in ANSWERED_ACTIONS else ""
    note = thread.stranger or capped or unanswered
    action = verdict.action if not note else "review"
    audit: list[AuditRow] = [("decided", {"action": action, "request_type": verdict.request_type,
                                          "sender_kind": verdict.sender_kind, "missing": list(verdict.missing),
                                          "old": old, "note": note})]
    if reply is not None:
        audit.append(("reply_queued", {"kind": reply.kind, "message_id": reply.message_id}))
    if bumped and case_id is not None:  # the case moves up (updated_at), in the same transaction
        audit.append(("case_bumped", {}))
    open_case = None if old or verdict.sender_kind == "automated" else case_fields(verdict, action)
    return MailPlan(verdict, _new_mail(verdict, mail, settings, "old" if old else "decided", action, note), case_id,
                    open_case, reply, tuple(audit), settings.folders.get("old" if old else action, ""), old,
                    _bounce_of(verdict, mail.raw))


def case_fields(verdict: Verdict, action: str) -> dict[str, str]:
    return {"status": CASE_STATUS.get(action, "open"), "request_type": verdict.request_type,
            "sender": verdict.sender.lower()[:320], "subject": verdict.subject[:500]}


def _new_mail(verdict: Verdict, mail: Arrival, settings: PlanSettings, status: str, action: str,
              note: str = "") -> NewMail:
    """The mail's row; a note that put it to review is kept with its verdict, for the operators."""
    stored = verdict.as_dict()
    if note:
        stored["review_flags"] = [*verdict.review_flags, note]
    return NewMail(
        mailbox=settings.mailbox, uidvalidity=mail.uidvalidity, uid=mail.uid, dedupe_key=mail.key[:255],
        message_id=verdict.message_id[:998], sha256=mail.sha256, size=len(mail.raw), sender=verdict.sender[:320],
        subject=verdict.subject, sender_kind=verdict.sender_kind, request_type=verdict.request_type,
        action=action, status=status, verdict=stored, raw=mail.raw if settings.keep_raw else None,
        attachments=tuple((a.filename, a.kind, a.content_type[:255], a.size, a.sha256) for a in verdict.attachments))


def _bounce_of(verdict: Verdict, raw: bytes) -> str:
    """A failed-delivery report about a mail: the Message-ID it reports on (ours or not)."""
    if verdict.sender_kind != "automated":
        return ""
    report = read_dsn(raw)
    if report is None or report.action != "failed":
        return ""
    return report.original_message_id


# -- a mail too large to download, and a mail whose handling failed -----------------------------


@dataclass(frozen=True, slots=True)
class Header:
    """What an oversize mail's header block says (it is never downloaded whole)."""

    message_id: str
    sender: str  # '' when there is none to tell
    subject: str
    robot: bool  # an automated sender: recorded, never told
    authentication: str = "none"  # of the From: domain, by the trusted Authentication-Results


@dataclass(frozen=True, slots=True)
class SidePlan:
    """What to record for a mail that got no verdict (too large, or its handling failed): for review."""

    mail: NewMail
    open_case: dict[str, str] | None
    notice: ReplyPlan | None  # the sender is told (oversize only)
    audit: tuple[AuditRow, ...]
    folder: str


def oversize_key(uid: int, size: int, head: bytes, header_message_id: str) -> str:
    """An oversize mail's identity: its Message-ID, else its UID, size and header hash."""
    return header_message_id or f"size:{uid}:{size}:{hashlib.sha256(head).hexdigest()}"


def plan_oversize(uidvalidity: int, uid: int, size: int, head: bytes, header: Header,
                  settings: PlanSettings) -> SidePlan:
    """Recorded for review without its content; the sender is told it was too large, unless it is a
    robot, a From: that failed authentication (no backscatter) or no address a reply can go to."""
    key = oversize_key(uid, size, head, header.message_id)
    limit = settings.max_size
    reason = f"mail of {size} bytes is above the limit of {limit}; not downloaded"
    verdict = {"action": "review", "reasons": [reason], "sender": header.sender, "subject": header.subject}
    notice = None
    if can_write_to(header.sender) and not header.robot and header.authentication != "fail":
        notice = notice_plan("oversize", header.sender, f"{settings.mailbox}\0{key}", settings.domain)
    mail = NewMail(settings.mailbox, uidvalidity, uid, key[:255], header.message_id[:998],
                   hashlib.sha256(head).hexdigest(), size, header.sender, header.subject, "", "", "review",
                   "oversize", verdict, None, ())
    open_case = {"status": "review", "request_type": "unknown", "sender": header.sender,
                 "subject": header.subject[:500]}
    return SidePlan(mail, open_case, notice, (("oversize", {"size": size, "limit": limit}),),
                    settings.folders.get("review", ""))


def plan_failure(uidvalidity: int, uid: int, raw: bytes, reason: str, settings: PlanSettings) -> SidePlan:
    """A mail whose handling failed: recorded for review with the reason (and its bytes), no case."""
    sha = hashlib.sha256(raw).hexdigest()
    key = f"failed:{uidvalidity}:{uid}:{sha}"
    verdict: dict[str, Any] = {"action": "review", "reasons": [reason]}
    mail = NewMail(settings.mailbox, uidvalidity, uid, key[:255], message_id(raw)[:998], sha, len(raw), "", "", "",
                   "", "review", "failed", verdict, raw or None, (), error=reason)
    return SidePlan(mail, None, None, (("failed", {"error": reason}),), settings.folders.get("review", ""))
