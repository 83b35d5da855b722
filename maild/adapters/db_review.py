"""What the operators' actions read and write (maild.app.ports.ReviewStore): cases by reference,
everything a case holds, and the updates an operator's decision makes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound
from maild.app.ports import CaseFile

# A mail as an operator sees it: its columns but the raw copy, and whether that copy is kept.
_MAIL_SEEN = (Mail.id, Mail.uid, Mail.message_id, Mail.sender, Mail.subject, Mail.received_at, Mail.action,
              Mail.status, Mail.folder, Mail.request_type, Mail.sender_kind, Mail.verdict, Mail.error,
              Mail.raw.is_not(None).label("has_raw"))


class ReviewRows(Connected):
    """The Store's part for the operators."""

    def review_queue(self, status: str, request_type: str, limit: int) -> list[tuple[Case, dict[str, Any], str]]:
        """Cases (of this status and type, when given), most recently updated first, each with
        the verdict and the error of its latest mail."""
        with self.session() as s:
            query = select(Case).order_by(Case.updated_at.desc(), Case.id.desc()).limit(limit)
            if status:
                query = query.where(Case.status == status)
            if request_type:
                query = query.where(Case.request_type == request_type)
            rows = []
            for case in s.scalars(query):
                last = s.execute(select(Mail.verdict, Mail.error).where(Mail.case_id == case.id)
                                 .order_by(Mail.id.desc()).limit(1)).first()
                rows.append((case, (last.verdict or {}) if last else {}, (last.error if last else "") or ""))
            return rows

    def case_by_ref(self, ref: str) -> Case | None:
        with self.session() as s:
            return s.scalars(select(Case).where(Case.ref == ref)).first()

    def case_file(self, case_id: int) -> CaseFile:
        with self.session() as s:
            mails = list(s.execute(select(*_MAIL_SEEN).where(Mail.case_id == case_id).order_by(Mail.id)))
            attachments: dict[int, list[Any]] = {}
            for att in s.scalars(select(Attachment).where(Attachment.mail_id.in_([m.id for m in mails]))
                                 .order_by(Attachment.id)):
                attachments.setdefault(att.mail_id, []).append(att)
            replies = list(s.scalars(select(Outbound).where(Outbound.case_id == case_id).order_by(Outbound.id)))
            audit = list(s.scalars(select(Audit).where(Audit.case_id == case_id).order_by(Audit.id)))
            return CaseFile(mails, attachments, replies, audit)

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
