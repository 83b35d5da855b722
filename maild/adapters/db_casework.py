"""An operator's corrections to how mails were grouped into cases: a mail or a whole case merged
into another case, a mail split out into a case of its own. Each is one transaction with its
audit rows (maild.app.ports.ReviewStore; the decisions are maild.app.casework's)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_record import case_reference
from maild.adapters.db_schema import Audit, Case, Mail, Outbound
from maild.errors import StoreError

Audited = tuple[str, str, int | None, dict[str, Any]]  # event, actor, mail id, detail


class CaseworkRows(Connected):
    """The Store's merges and splits."""

    def move_mails(self, mail_ids: list[int], target_id: int, now: dt.datetime,
                   audit: list[tuple[int, Audited]]) -> int:
        """Move mails (with the replies they were answered by) to another case. A case left
        without mails is merged into the target. Returns how many mails moved."""
        with self.session() as s:
            sources = set(s.scalars(select(Mail.case_id).where(Mail.id.in_(mail_ids))))
            moved = s.execute(update(Mail).where(Mail.id.in_(mail_ids)).values(case_id=target_id)).rowcount
            s.execute(update(Outbound).where(Outbound.mail_id.in_(mail_ids)).values(case_id=target_id))
            for source in sources - {None, target_id}:
                if not s.scalar(select(func.count(Mail.id)).where(Mail.case_id == source)):
                    s.execute(update(Outbound).where(Outbound.case_id == source).values(case_id=target_id))
                    _merged(s, int(source), target_id, now)  # type: ignore[arg-type]
            _touch(s, target_id, now)
            _audit(s, audit)
            return int(moved or 0)

    def merge_case(self, source_id: int, target_id: int, now: dt.datetime,
                   audit: list[tuple[int, Audited]]) -> int:
        """Move every mail and reply of a case to another, and mark it merged there."""
        with self.session() as s:
            moved = s.execute(update(Mail).where(Mail.case_id == source_id).values(case_id=target_id)).rowcount
            s.execute(update(Outbound).where(Outbound.case_id == source_id).values(case_id=target_id))
            _merged(s, source_id, target_id, now)
            _touch(s, target_id, now)
            _audit(s, audit)
            return int(moved or 0)

    def split_mail(self, mail_id: int, fields: dict[str, Any], now: dt.datetime, actor: str,
                   note: str) -> tuple[int, str]:
        """A case of its own for one mail (with its replies), audited on both cases as "mail_split"
        (detail: where it went, where it came from): (id, reference) of the new case."""
        with self.session() as s:
            mail = s.get(Mail, mail_id)
            source = s.get(Case, mail.case_id) if mail is not None and mail.case_id else None
            if mail is None or source is None:
                raise StoreError(f"mail {mail_id} is in no case")
            case = Case(mailbox=source.mailbox, opened_at=now, updated_at=now, **fields)
            s.add(case)
            s.flush()
            case.ref = case_reference(now, case.id)
            mail.case_id = case.id
            s.execute(update(Outbound).where(Outbound.mail_id == mail_id).values(case_id=case.id))
            _touch(s, source.id, now)
            _audit(s, [(source.id, ("mail_split", actor, mail_id, {"into": case.ref, "note": note})),
                       (case.id, ("mail_split", actor, mail_id, {"from": source.ref, "note": note}))])
            return int(case.id), str(case.ref)


def _merged(s: Any, source_id: int, target_id: int, now: dt.datetime) -> None:
    s.execute(update(Case).where(Case.id == source_id).values(
        status="merged", merged_into=target_id, closed_at=now, updated_at=now, waiting_since=None))


def _touch(s: Any, case_id: int, now: dt.datetime) -> None:
    s.execute(update(Case).where(Case.id == case_id).values(updated_at=now))


def _audit(s: Any, rows: list[tuple[int, Audited]]) -> None:
    for case_id, (event, actor, mail_id, detail) in rows:
        s.add(Audit(event=event, actor=actor, case_id=case_id, mail_id=mail_id, detail=detail))
