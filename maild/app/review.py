"""What operators do: see the review queue, open a case, decide, reply, close, count.

The terminal (`maild review ...`, `maild case close`, `maild stats`) and the
browser console both call these functions; every action is written to the
audit log with the operator's name, and every reply goes through the same
outbox as maild's own (so it is sent once and threaded to its case).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from typing import Any

from sqlalchemy import func, select

from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound
from maild.core.decide import triage
from maild.core.model import REQUEST_TYPES, Prior, Verdict
from maild.core.reply import reply_message_id
from maild.errors import MaildError
from maild.app.service import Service

ACTIONS = ("ignore", "redirect", "review", "request_missing", "acknowledge")
SENDER_KINDS = ("icegate", "generic", "personal", "automated")
OPEN_STATUSES = ("open", "waiting", "acknowledged", "review", "redirected")


class ReviewError(MaildError):
    """An operator asked for something that cannot be done (unknown case, bad value)."""


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def queue(service: Service, *, status: str = "review", request_type: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Cases waiting for a person, newest first, with their age and why they are there."""
    now = service.clock()
    with service.store.session() as s:
        query = select(Case).order_by(Case.updated_at.desc(), Case.id.desc()).limit(limit)
        if status:
            query = query.where(Case.status == status)
        if request_type:
            query = query.where(Case.request_type == request_type)
        rows = []
        for case in s.scalars(query):
            last = s.scalars(select(Mail).where(Mail.case_id == case.id).order_by(Mail.id.desc()).limit(1)).first()
            verdict = (last.verdict or {}) if last else {}
            reason = "; ".join(verdict.get("review_flags") or []) or (last.error if last else "") or \
                ", ".join(verdict.get("missing") or [])
            opened = _utc(case.opened_at) or now
            rows.append({"ref": case.ref, "status": case.status, "request_type": case.request_type,
                         "sender": case.sender, "subject": case.subject, "age_hours": round((now - opened).total_seconds() / 3600, 1),
                         "reason": reason, "opened_at": opened.isoformat()})
        return rows


def _case(s: Any, ref: str) -> Case:
    case = s.scalars(select(Case).where(Case.ref == ref)).first()
    if case is None:
        raise ReviewError(f"no case {ref}")
    return case


def show(service: Service, ref: str) -> dict[str, Any]:
    """A case with every mail (verdict, reasons, attachments), the replies sent and the audit trail."""
    with service.store.session() as s:
        case = _case(s, ref)
        mails = []
        for mail in s.scalars(select(Mail).where(Mail.case_id == case.id).order_by(Mail.id)):
            atts = s.scalars(select(Attachment).where(Attachment.mail_id == mail.id).order_by(Attachment.id))
            verdict = mail.verdict or {}
            mails.append({"id": mail.id, "uid": mail.uid, "message_id": mail.message_id, "sender": mail.sender,
                          "subject": mail.subject, "received_at": mail.received_at.isoformat(),
                          "action": mail.action, "status": mail.status, "folder": mail.folder,
                          "request_type": mail.request_type, "sender_kind": mail.sender_kind,
                          "missing": verdict.get("missing", []), "template_errors": verdict.get("template_errors", []),
                          "reasons": verdict.get("reasons", []), "review_flags": verdict.get("review_flags", []),
                          "error": mail.error, "has_raw": mail.raw is not None,
                          "attachments": [{"id": a.id, "filename": a.filename, "kind": a.kind, "size": a.size,
                                           "content_type": a.content_type, "sha256": a.sha256} for a in atts]})
        replies = [{"id": r.id, "kind": r.kind, "status": r.status, "recipient": r.recipient, "subject": r.subject,
                    "created_at": r.created_at.isoformat(), "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                    "last_error": r.last_error}
                   for r in s.scalars(select(Outbound).where(Outbound.case_id == case.id).order_by(Outbound.id))]
        audit = [{"at": a.at.isoformat(), "actor": a.actor, "event": a.event, "detail": a.detail or {}}
                 for a in s.scalars(select(Audit).where(Audit.case_id == case.id).order_by(Audit.id))]
        return {"ref": case.ref, "status": case.status, "request_type": case.request_type, "sender": case.sender,
                "subject": case.subject, "opened_at": case.opened_at.isoformat(),
                "closed_at": case.closed_at.isoformat() if case.closed_at else None,
                "mails": mails, "replies": replies, "audit": audit}


def attachment_bytes(service: Service, attachment_id: int) -> tuple[str, str, bytes] | None:
    """(file name, content type, bytes) of a stored attachment, from the mail's raw copy."""
    from maild.core.parse import parse_mail

    with service.store.session() as s:
        att = s.get(Attachment, attachment_id)
        mail = s.get(Mail, att.mail_id) if att else None
        if att is None or mail is None or mail.raw is None:
            return None
        parsed = parse_mail(mail.raw, service.policy, service.rules.quoting)
    for raw_att in parsed.attachments:
        if raw_att.filename == att.filename and _sha(raw_att.data) == att.sha256:
            return att.filename, att.content_type, raw_att.data
    return None


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def decide(service: Service, ref: str, operator: str, *, request_type: str = "", sender_kind: str = "",
           action: str = "", note: str = "") -> dict[str, Any]:
    """Override a case's verdict and send the reply the new verdict calls for (once)."""
    _check(request_type, REQUEST_TYPES, "request type")
    _check(sender_kind, SENDER_KINDS, "sender kind")
    _check(action, ACTIONS, "action")
    with service.store.session() as s:
        case = _case(s, ref)
        mail = s.scalars(select(Mail).where(Mail.case_id == case.id).order_by(Mail.id.desc()).limit(1)).first()
        if mail is None:
            raise ReviewError(f"case {ref} has no mail")
        raw, mail_id, case_id = mail.raw, mail.id, case.id
        stored = mail.verdict or {}
    prior = service._prior(service.store.get_case(case_id))
    verdict = _reverdict(service, raw, prior, request_type or stored.get("request_type", "unknown"))
    if sender_kind:
        verdict = dataclasses.replace(verdict, sender_kind=sender_kind)  # type: ignore[arg-type]
    final = action or ("request_missing" if verdict.missing or verdict.template_errors else "acknowledge")
    verdict = dataclasses.replace(verdict, action=final, review_flags=())  # type: ignore[arg-type]
    reply = _queue_reply(service, verdict, case_id, mail_id, ref, operator) if final in (
        "acknowledge", "request_missing", "redirect") else None
    status = {"acknowledge": "acknowledged", "request_missing": "waiting", "redirect": "redirected",
              "review": "review", "ignore": "closed"}[final]
    now = service.clock()
    with service.store.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.status, case.updated_at = status, now
        if request_type:
            case.request_type = request_type
        if status == "waiting":
            case.waiting_since, case.reminders_sent, case.last_reminder_at = now, 0, None
        if status == "acknowledged" and case.acknowledged_at is None:
            case.acknowledged_at = now
        if status == "closed":
            case.closed_at = now
        s.add(Audit(event="operator_decided", actor=operator, case_id=case_id, mail_id=mail_id,
                    detail={"request_type": request_type or None, "sender_kind": sender_kind or None,
                            "action": final, "note": note, "reply": reply}))
    service.send_due()
    return {"ref": ref, "action": final, "status": status, "reply": reply, "missing": list(verdict.missing)}


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value and value not in allowed:
        raise ReviewError(f"unknown {what} {value!r}; one of: {', '.join(allowed)}")


def _reverdict(service: Service, raw: bytes | None, prior: Prior | None, request_type: str) -> Verdict:
    """The verdict again over the whole case, with the operator's request type."""
    if raw is None:
        raise ReviewError("the mail's content is no longer stored (retention); decide in the mailbox")
    base = prior or Prior(request_type)
    return triage(raw, service.rules, service.policy, service.clock().date(),
                  dataclasses.replace(base, request_type=request_type))


def _queue_reply(service: Service, verdict: Verdict, case_id: int, mail_id: int, ref: str, operator: str) -> str:
    from email.utils import format_datetime

    from maild.adapters.templates import render
    from maild.core.message import build_message

    kind = {"acknowledge": "acknowledge", "request_missing": "request_missing", "redirect": "redirect"}[verdict.action]
    now = service.clock()
    with service.store.session() as s:
        done = s.scalar(select(func.count(Outbound.id)).where(Outbound.mail_id == mail_id,
                                                                Outbound.kind.like("operator_%")))
    op_kind = f"operator_{kind}_{int(done or 0) + 1}"
    message_id = reply_message_id(f"{service.inbox.name}\0{mail_id}\0{op_kind}", kind, service._domain())
    text = render(f"reply/{kind}.txt.j2", service.settings.paths.templates, v=verdict, case_ref=ref,
                  subject=verdict.subject or "(no subject)", helpdesk=service._helpdesk(), redirect=service._redirects())
    subject, body = build_message(text, sender=service._from(), recipient=verdict.sender, message_id=message_id,
                                  in_reply_to=verdict.message_id, references=(verdict.message_id,),
                                  date=format_datetime(now))
    service.store.queue_notice(op_kind, message_id, verdict.sender, subject, body, now)
    with service.store.session() as s:
        row = s.scalars(select(Outbound).where(Outbound.message_id == message_id)).one()
        row.case_id, row.mail_id = case_id, mail_id
        s.add(Audit(event="operator_reply_queued", actor=operator, case_id=case_id, mail_id=mail_id,
                    outbound_id=row.id, detail={"kind": kind, "message_id": message_id}))
    return kind


def close(service: Service, ref: str, operator: str, note: str = "") -> dict[str, Any]:
    """Close a case once the ID is created or the password reset: the closure reply goes out."""
    from email.utils import format_datetime

    from maild.adapters.templates import render
    from maild.core.message import build_message
    from maild.app.reminders import VerdictView

    now = service.clock()
    with service.store.session() as s:
        case = _case(s, ref)
        if case.status in ("closed", "abandoned"):
            raise ReviewError(f"case {ref} is already {case.status}")
        last = s.scalars(select(Mail).where(Mail.case_id == case.id).order_by(Mail.id.desc()).limit(1)).first()
        case_id, sender, subject = case.id, case.sender, case.subject
        verdict = VerdictView((last.verdict or {}) if last else {})
        in_reply = last.message_id if last else ""
    message_id = reply_message_id(f"{service.inbox.name}\0case:{case_id}\0closure", "closure", service._domain())
    text = render("reply/closure.txt.j2", service.settings.paths.templates, v=verdict, case_ref=ref,
                  subject=subject or "(no subject)", note=note, helpdesk=service._helpdesk())
    mail_subject, body = build_message(text, sender=service._from(), recipient=sender, message_id=message_id,
                                       in_reply_to=in_reply, references=(in_reply,) if in_reply else (),
                                       date=format_datetime(now))
    if sender:
        service.store.queue_notice("closure", message_id, sender, mail_subject, body, now)
    with service.store.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.status, case.closed_at, case.updated_at = "closed", now, now
        row = s.scalars(select(Outbound).where(Outbound.message_id == message_id)).first()
        if row is not None:
            row.case_id = case_id
        s.add(Audit(event="case_closed", actor=operator, case_id=case_id, detail={"note": note}))
    service.send_due()
    return {"ref": ref, "status": "closed", "reply": "closure" if sender else ""}


def stats(service: Service) -> dict[str, Any]:
    """Counts by request type, action and status; median hours to acknowledge and to close."""
    with service.store.session() as s:
        by_type = dict(s.execute(select(Mail.request_type, func.count(Mail.id)).group_by(Mail.request_type)).all())
        by_action = dict(s.execute(select(Mail.action, func.count(Mail.id)).group_by(Mail.action)).all())
        by_status = dict(s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)).all())
        cases = list(s.scalars(select(Case)))
        to_ack = [(_utc(c.acknowledged_at) - _utc(c.opened_at)).total_seconds() / 3600  # type: ignore[operator]
                  for c in cases if c.acknowledged_at and c.opened_at]
        to_close = [(_utc(c.closed_at) - _utc(c.opened_at)).total_seconds() / 3600  # type: ignore[operator]
                    for c in cases if c.closed_at and c.opened_at and c.status == "closed"]
    return {"mails_by_request_type": by_type, "mails_by_action": by_action, "cases_by_status": by_status,
            "median_hours_to_acknowledge": round(statistics.median(to_ack), 2) if to_ack else None,
            "median_hours_to_close": round(statistics.median(to_close), 2) if to_close else None}


def reply(service: Service, ref: str, operator: str, message: str) -> dict[str, Any]:
    """An operator's own words to the requester, threaded to the case and sent once."""
    from email.utils import format_datetime

    from maild.adapters.templates import render
    from maild.core.message import build_message

    text_in = message.strip()
    if not text_in:
        raise ReviewError("the reply is empty")
    if len(text_in) > 5000:
        raise ReviewError("the reply is longer than 5000 characters")
    now = service.clock()
    with service.store.session() as s:
        case = _case(s, ref)
        if not case.sender:
            raise ReviewError(f"case {ref} has no sender address to reply to")
        last = s.scalars(select(Mail).where(Mail.case_id == case.id).order_by(Mail.id.desc()).limit(1)).first()
        count = s.scalar(select(func.count(Outbound.id)).where(Outbound.case_id == case.id,
                                                              Outbound.kind == "operator_reply"))
        case_id, sender, subject, in_reply = case.id, case.sender, case.subject, last.message_id if last else ""
    message_id = reply_message_id(f"{service.inbox.name}\0case:{case_id}\0reply:{int(count or 0) + 1}",
                                  "operator_reply", service._domain())
    text = render("reply/operator.txt.j2", service.settings.paths.templates, case_ref=ref, message=text_in,
                  subject=subject or "(no subject)", operator=operator, helpdesk=service._helpdesk())
    mail_subject, body = build_message(text, sender=service._from(), recipient=sender, message_id=message_id,
                                       in_reply_to=in_reply, references=(in_reply,) if in_reply else (),
                                       date=format_datetime(now))
    service.store.queue_notice("operator_reply", message_id, sender, mail_subject, body, now)
    with service.store.session() as s:
        row = s.scalars(select(Outbound).where(Outbound.message_id == message_id)).one()
        row.case_id = case_id
        case = s.get(Case, case_id)
        if case is not None:
            case.updated_at = now
        s.add(Audit(event="operator_replied", actor=operator, case_id=case_id, outbound_id=row.id,
                    detail={"message_id": message_id, "chars": len(text_in)}))
    service.send_due()
    with service.store.session() as s:
        status = s.scalars(select(Case.status).where(Case.id == case_id)).one()
    return {"ref": ref, "status": status, "reply": "operator_reply"}
