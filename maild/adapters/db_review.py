"""What the operators' actions read and write (maild.app.ports.ReviewStore): cases by reference,
the queue and the case list, everything a case holds, and the updates an operator's decision makes.
Merging and splitting cases are in db_casework."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound, Reminder
from maild.app.ports import CaseFile, CaseFilter, QueueRow

# A mail as an operator sees it: its columns but the raw copy, and whether that copy is kept.
_MAIL_SEEN = (Mail.id, Mail.uid, Mail.message_id, Mail.sender, Mail.subject, Mail.received_at, Mail.action,
              Mail.status, Mail.folder, Mail.request_type, Mail.sender_kind, Mail.verdict, Mail.error,
              Mail.case_id, Mail.raw.is_not(None).label("has_raw"))
# What can say why a case is where it is, besides its latest mail's verdict.
REASON_EVENTS = ("decided", "reply_bounced", "mail_split", "case_merged", "mail_moved", "operator_decided",
                 "oversize", "failed")


class ReviewRows(Connected):
    """The Store's part for the operators."""

    def review_queue(self, found: CaseFilter, limit: int) -> list[QueueRow]:
        """Cases as the filter asks (oldest first, or newest), each with its latest mail's verdict
        and error and the audit rows since that mail that say why the case is where it is."""
        with self.session() as s:
            rows = []
            for case in s.scalars(_filtered(found).limit(limit)):
                last = s.execute(select(Mail.id, Mail.verdict, Mail.error).where(Mail.case_id == case.id)
                                 .order_by(Mail.id.desc()).limit(1)).first()
                events = list(s.scalars(_reasons(case.id, last.id if last is not None else None)))
                rows.append(QueueRow(case, (last.verdict or {}) if last else {}, (last.error if last else "") or "",
                                     events))
            return rows

    def case_by_ref(self, ref: str) -> Case | None:
        with self.session() as s:
            return s.scalars(select(Case).where(Case.ref == ref)).first()

    def case_refs(self, ids: list[int]) -> dict[int, str]:
        """The references of these cases, by id."""
        with self.session() as s:
            return {int(i): str(r or "") for i, r in s.execute(select(Case.id, Case.ref).where(Case.id.in_(ids)))}

    def case_file(self, case_id: int) -> CaseFile:
        with self.session() as s:
            mails = list(s.execute(select(*_MAIL_SEEN).where(Mail.case_id == case_id).order_by(Mail.id)))
            audit = list(s.scalars(select(Audit).where(Audit.case_id == case_id).order_by(Audit.id)))
            known = {m.id for m in mails}
            linked_ids = {a.mail_id for a in audit if a.event == "reply_bounced" and a.mail_id not in known}
            linked = list(s.execute(select(*_MAIL_SEEN).where(Mail.id.in_(linked_ids)).order_by(Mail.id)))
            attachments: dict[int, list[Any]] = {}
            every = [m.id for m in mails] + [m.id for m in linked]
            for att in s.scalars(select(Attachment).where(Attachment.mail_id.in_(every)).order_by(Attachment.id)):
                attachments.setdefault(att.mail_id, []).append(att)
            replies = list(s.scalars(select(Outbound).where(Outbound.case_id == case_id).order_by(Outbound.id)))
            reminders = list(s.scalars(select(Reminder).where(Reminder.case_id == case_id).order_by(Reminder.id)))
            return CaseFile(mails, attachments, replies, audit, linked, reminders)

    def mail_raw(self, mail_id: int) -> bytes | None:
        """A mail's raw copy (None once purged or never kept)."""
        with self.session() as s:
            return s.scalar(select(Mail.raw).where(Mail.id == mail_id))

    def last_mail(self, case_id: int) -> Any:
        """The case's latest mail: id, Message-ID, raw copy (None once purged), verdict."""
        with self.session() as s:
            return s.execute(select(Mail.id, Mail.message_id, Mail.raw, Mail.verdict).where(Mail.case_id == case_id)
                             .order_by(Mail.id.desc()).limit(1)).first()

    def attachment_source(self, attachment_id: int) -> tuple[str, str, str, bytes] | None:
        """(file name, content type, SHA-256, the raw copy of its mail), or None when not kept."""
        with self.session() as s:
            att = s.get(Attachment, attachment_id)
            raw = s.scalar(select(Mail.raw).where(Mail.id == att.mail_id)) if att is not None else None
            if att is None or raw is None:
                return None
            return att.filename, att.content_type, att.sha256, raw

    def count_replies(self, *, kind: str, mail_id: int | None = None, case_id: int | None = None) -> int:
        """How many replies of this kind (a LIKE pattern when it has a %) a mail or a case has."""
        query = select(func.count(Outbound.id)).where(
            Outbound.kind.like(kind) if "%" in kind else Outbound.kind == kind)
        if mail_id is not None:
            query = query.where(Outbound.mail_id == mail_id)
        if case_id is not None:
            query = query.where(Outbound.case_id == case_id)
        with self.session() as s:
            return int(s.scalar(query) or 0)

    def update_case(self, case_id: int, values: dict[str, Any],
                    audit: tuple[str, str, int | None, dict[str, Any]] | None = None) -> None:
        """Set a case's fields, with the operator's audit row (event, actor, mail id, detail)."""
        with self.session() as s:
            s.execute(update(Case).where(Case.id == case_id).values(**values))
            if audit is not None:
                event, actor, mail_id, detail = audit
                s.add(Audit(event=event, actor=actor, case_id=case_id, mail_id=mail_id, detail=detail))

    def review_counts(self) -> tuple[dict[str, int], dict[str, int], dict[str, int], list[Case]]:
        """Mails by request type and by action, cases by status, and every case (for their times)."""
        with self.session() as s:
            by_type = dict(s.execute(select(Mail.request_type, func.count(Mail.id)).group_by(Mail.request_type)).all())
            by_action = dict(s.execute(select(Mail.action, func.count(Mail.id)).group_by(Mail.action)).all())
            by_status = dict(s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)).all())
            return by_type, by_action, by_status, list(s.scalars(select(Case)))


def _filtered(found: CaseFilter) -> Select[tuple[Case]]:
    """The cases a filter asks for, in its order (by when they were opened)."""
    query = select(Case)
    if found.status:
        query = query.where(Case.status == found.status)
    if found.request_type:
        query = query.where(Case.request_type == found.request_type)
    if found.sender:
        query = query.where(func.lower(Case.sender).contains(found.sender.lower(), autoescape=True))
    if found.opened_before is not None:
        query = query.where(Case.opened_at <= found.opened_before)
    if found.opened_after is not None:
        query = query.where(Case.opened_at >= found.opened_after)
    if found.newest_first:
        return query.order_by(Case.opened_at.desc(), Case.id.desc())
    return query.order_by(Case.opened_at, Case.id)


def _reasons(case_id: int, mail_id: int | None) -> Select[tuple[Audit]]:
    """The audit rows of a case that can say why it is where it is, from its latest mail on."""
    query = select(Audit).where(Audit.case_id == case_id, Audit.event.in_(REASON_EVENTS)).order_by(Audit.id)
    if mail_id is None:
        return query
    first = (select(func.min(Audit.id)).where(Audit.case_id == case_id, Audit.mail_id == mail_id)
             .scalar_subquery())
    return query.where(Audit.id >= func.coalesce(first, 0))
