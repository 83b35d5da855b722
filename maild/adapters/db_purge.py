"""`maild purge`: personal data out of the database once it is older than the retention.

The mailbox keeps the originals; past `[mailbox] retention_days` the database
keeps only what maild decided and did. A mail loses its raw copy, its subject
and every value of its verdict that came from its text (maild.core.retention
says what stays: the codes, the language, the reasons' wording). Its
attachments lose their file names (the extension stays), its replies their
bodies and subjects, a case all of whose mails are purged its subject, and the
console's old logins their rows. The hashes, the decisions and the audit trail
stay.

A case still open (in review, waiting on its sender, acknowledged, open) is
work in hand: the helpdesk answers it, reminds its sender, reviews it with the
mail's text and attachments, and its replies are written from its mails'
verdicts (the officer's name, the subject, the language). Its mails and
replies are kept whole until the case is closed, abandoned, redirected or
merged; the first purge after that takes those older than the retention.
Purging never moves a case's clock (`updated_at`, the time it has waited).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound, WebSession
from maild.core.retention import purged_name, purged_verdict

# The statuses of a case the helpdesk is still working on: its data is kept whole.
OPEN = ("review", "open", "waiting", "acknowledged")
DONE_REPLIES = ("sent", "failed", "cancelled", "bounced")


def _not_open(case_id: Any) -> ColumnElement[bool]:
    """Rows of no case, or of a case no longer open."""
    open_case = select(Case.id).where(Case.id == case_id, Case.status.in_(OPEN)).exists()
    return or_(case_id.is_(None), ~open_case)


class PurgeRows(Connected):
    """The Store's purge."""

    def purge(self, before: dt.datetime) -> dict[str, int]:
        """Drop bodies, attachment bytes and names, reply bodies and subjects, and the personal
        details of verdicts and subjects older than `before`, except those of open cases; counts of
        what was purged and of the mails kept because their case is open."""
        with self.session() as s:
            mails = _purge_mails(s, before)
            replies = _purge_replies(s, before)
            newer = select(Mail.id).where(Mail.case_id == Case.id, Mail.received_at >= before).exists()
            s.execute(update(Case).where(Case.opened_at < before, Case.subject != "", Case.status.not_in(OPEN),
                                         ~newer).values(subject="", updated_at=Case.updated_at))
            kept = int(s.scalar(select(func.count()).select_from(Mail).join(Case, Mail.case_id == Case.id)
                                .where(Mail.received_at < before, Case.status.in_(OPEN))) or 0)
            s.execute(delete(WebSession).where(WebSession.expires_at < before))
            s.add(Audit(event="purged", detail={"before": before.isoformat(), "mails": mails,
                                                "replies": replies, "kept_open": kept}))
        if not self.shared:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"mails": mails, "replies": replies, "kept_open": kept}


def _purge_mails(s: Session, before: dt.datetime) -> int:
    """The mails older than `before` of no open case, not yet purged: their data out; how many."""
    found = s.execute(select(Mail.id, Mail.verdict, Mail.subject, Mail.raw.is_not(None))
                      .where(Mail.received_at < before, _not_open(Mail.case_id)))
    mails = [m for m in found if m[3] or m.subject or not (m.verdict or {}).get("purged")]
    for mail in mails:
        s.execute(update(Mail).where(Mail.id == mail.id).values(
            raw=None, subject="", verdict=purged_verdict(mail.verdict)))
    ids = [m.id for m in mails]
    for start in range(0, len(ids), 500):
        for att in s.scalars(select(Attachment).where(Attachment.mail_id.in_(ids[start:start + 500]))):
            att.filename = purged_name(att.filename)
    return len(mails)


def _purge_replies(s: Session, before: dt.datetime) -> int:
    """The bodies and subjects of replies done with (sent, failed, ...) of no open case; how many."""
    done = s.execute(update(Outbound).where(
        Outbound.created_at < before, Outbound.status.in_(DONE_REPLIES), _not_open(Outbound.case_id),
        or_(func.length(Outbound.body) > 0, Outbound.subject != "")).values(body=b"", subject=""))
    return int(done.rowcount or 0)
