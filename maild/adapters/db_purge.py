"""`maild purge`: personal data out of the database once it is older than the retention.

The mailbox keeps the originals; past `[mailbox] retention_days` the database
keeps only what maild decided and did. A mail loses its raw copy, its subject
and every part of its verdict that came from its text (details, signature,
reasons, flags, subject, sender, file names), keeping the codes it was decided
by (sender kind, request type, action, what was missing, template errors,
attachment kinds and hashes). Its attachments lose their file names (the
extension stays), its replies their bodies and subjects, a case all of whose
mails are purged its subject, and the console's old logins their rows. The
hashes, the decisions and the audit trail stay.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import delete, func, or_, select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound, WebSession

KEPT = ("sender_kind", "request_type", "action", "missing", "template_errors")
ATTACHMENT_KEPT = ("kind", "content_type", "size", "sha256", "forwarded")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def purged_verdict(verdict: dict[str, Any] | None) -> dict[str, Any]:
    """A verdict with only the codes it was decided by (nothing the sender wrote)."""
    found = verdict or {}
    kept: dict[str, Any] = {k: found[k] for k in KEPT if k in found}
    kept["attachments"] = [{k: a[k] for k in ATTACHMENT_KEPT if k in a}
                           for a in found.get("attachments", []) if isinstance(a, dict)]
    return {**kept, "purged": True}


def purged_name(filename: str) -> str:
    extension = _EXTENSION.search(filename or "")
    return "purged" + (extension.group(0).lower() if extension else "")


class PurgeRows(Connected):
    """The Store's purge."""

    def purge(self, before: dt.datetime) -> dict[str, int]:
        """Drop bodies, attachment bytes and names, reply bodies and subjects, and the personal
        details of verdicts and subjects older than `before`; counts of what was purged."""
        with self.session() as s:
            mails = [m for m in s.execute(select(Mail.id, Mail.verdict, Mail.subject, Mail.raw.is_not(None))
                                          .where(Mail.received_at < before))
                     if m[3] or m.subject or not (m.verdict or {}).get("purged")]
            for mail in mails:
                s.execute(update(Mail).where(Mail.id == mail.id).values(
                    raw=None, subject="", verdict=purged_verdict(mail.verdict)))
            ids = [m.id for m in mails]
            for start in range(0, len(ids), 500):
                for att in s.scalars(select(Attachment).where(Attachment.mail_id.in_(ids[start:start + 500]))):
                    att.filename = purged_name(att.filename)
            replies = s.execute(update(Outbound).where(
                Outbound.created_at < before, Outbound.status.in_(("sent", "failed", "cancelled", "bounced")),
                or_(func.length(Outbound.body) > 0, Outbound.subject != "")).values(body=b"", subject="")).rowcount
            newer = select(Mail.id).where(Mail.case_id == Case.id, Mail.received_at >= before).exists()
            s.execute(update(Case).where(Case.opened_at < before, Case.subject != "", ~newer).values(subject=""))
            s.execute(delete(WebSession).where(WebSession.expires_at < before))
            s.add(Audit(event="purged", detail={"before": before.isoformat(), "mails": len(mails),
                                                "replies": int(replies or 0)}))
        if not self.shared:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"mails": len(mails), "replies": int(replies or 0)}
