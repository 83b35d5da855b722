"""The reminder sweep: what core.reminders says is due, turned into mails, queued once each.

The time logic is pure (maild.core.reminders); this is the shell around it:
it reads the cases' state, renders each reminder, final notice and digest
from the templates, queues it under its unique key (so a second sweep, a
second process or a restart never sends it twice) and sends the outbox.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any

from maild import logs
from maild.adapters.db import NewReply
from maild.core.reminders import Due, due_items
from maild.core.reply import reply_message_id
from maild.adapters.templates import render
from maild.core.message import build_message

if TYPE_CHECKING:
    from maild.app.service import Service


def sweep(service: Service) -> int:
    """Queue every reminder, final notice and digest due now (each once), then send."""
    now = service.clock()
    policy = service.settings.reminder_policy()
    name = service.inbox.name
    items = due_items(service.store.reminder_states(name), now, policy, service.store.last_digest_at(name))
    queued = 0
    for item in items:
        if item.kind == "digest":
            pairs = [(_keyed(item, name, mail), mail) for mail in _digest(service, item, now)]
        else:
            mail = _reminder_mail(service, item, now)
            pairs = [(item, mail)] if mail is not None else []
        for due, mail in pairs:
            if service.store.queue_reminder(due, mail, now):
                queued += 1
                logs.event(f"{item.kind}_queued", case=item.case_id or "-", key=due.key)
    service.send_due()
    return queued

def _reminder_mail(service: Service, item: Due, now: dt.datetime) -> NewReply | None:
    case, thread, verdict = service.store.case_thread(item.case_id or 0)
    if case is None or not case.sender:
        return None
    kind = "reminder" if item.kind == "remind" else "abandoned"
    cap = int(service.replies["per_sender_daily_cap"])
    if cap and service.store.replies_since(case.sender, now - dt.timedelta(days=1)) >= cap:
        return None
    text = render(f"reply/{kind}.txt.j2", service.settings.paths.templates, case_ref=case.ref,
                  subject=case.subject or "(no subject)", v=VerdictView(verdict), seq=item.seq,
                  helpdesk=service._helpdesk())
    message_id = reply_message_id(item.key, kind, service._domain())
    subject, body = build_message(text, sender=service._from(), recipient=case.sender, message_id=message_id,
                                  in_reply_to=thread[-1] if thread else "", references=tuple(thread[-10:]),
                                  date=format_datetime(now))
    return NewReply(kind, message_id, case.sender, subject, body)

def _digest(service: Service, item: Due, now: dt.datetime) -> list[NewReply]:
    cases = service.store.cases_by_id(list(item.cases))
    rows = [{"ref": c.ref, "request_type": c.request_type, "subject": c.subject,
             "age_hours": int((now - (_utc(c.acknowledged_at) or now)).total_seconds() // 3600)} for c in cases]
    replies = []
    for operator in service.replies["operators"]:
        text = render("reply/digest.txt.j2", service.settings.paths.templates, cases=rows, mailbox=service.inbox.name,
                      helpdesk=service._helpdesk())
        message_id = reply_message_id(f"{item.key}\0{operator}", "digest", service._domain())
        subject, body = build_message(text, sender=service._from(), recipient=operator, message_id=message_id,
                                      in_reply_to="", references=(), date=format_datetime(now))
        replies.append(NewReply("digest", message_id, operator, subject, body))
    return replies


class VerdictView:
    """A stored verdict (a dict) seen the way reply templates see a Verdict."""

    def __init__(service, data: dict[str, Any]) -> None:
        service.request_type = data.get("request_type", "unknown")
        service.missing = tuple(data.get("missing", ()))
        service.template_errors = tuple(_Error(**e) for e in data.get("template_errors", ()))
        service.signature = _Signature(**data.get("signature", {}))


@dataclass(frozen=True)
class _Error:
    row: int
    column: str
    code: str


@dataclass(frozen=True)
class _Signature:
    name: str = ""
    designation: str = ""
    email: str = ""
    phone: str = ""


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.replace(tzinfo=dt.timezone.utc) if moment is not None and moment.tzinfo is None else moment


def _keyed(item: Due, mailbox: str, mail: NewReply) -> Due:
    """A digest goes to each operator once: one key per (day, mailbox, operator)."""
    return Due(item.at, item.kind, f"{item.key}:{mailbox}:{mail.recipient.lower()}", item.case_id, item.seq,
               item.cases)
