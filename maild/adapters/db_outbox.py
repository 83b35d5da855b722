"""The outbox in the database: replies queued, claimed row by row, and their outcomes.

A claim and an outcome run for every reply of a backlog, so they are single
Core statements built once: a claim is one UPDATE whose subquery picks the
row, an outcome one UPDATE ... RETURNING and its audit row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_record import INSERT_AUDIT, OUTBOX
from maild.adapters.db_schema import Audit, Case, Outbound, utcnow
from maild.core.records import NewReply

_WHEN = OUTBOX.c.next_attempt_at.type
_DUE = (OUTBOX.c.status == "pending", OUTBOX.c.next_attempt_at <= bindparam("now", type_=_WHEN),
        OUTBOX.c.id.notin_(bindparam("passed", expanding=True)))
_PICK = select(OUTBOX.c.id).where(*_DUE).order_by(OUTBOX.c.id).limit(1).with_for_update(skip_locked=True)
_CLAIM = (update(OUTBOX).where(OUTBOX.c.id == _PICK.scalar_subquery(), OUTBOX.c.status == "pending")
          .values(status="sending", attempts=OUTBOX.c.attempts + 1, claimed_at=bindparam("claimed", type_=_WHEN))
          .returning(*OUTBOX.c))
_ANY_DUE = select(OUTBOX.c.id).where(*_DUE).limit(1)
# Times left as they are when not given (NULL): one statement for every outcome.
_OUTCOME = (update(OUTBOX).where(OUTBOX.c.id == bindparam("reply"))
            .values(status=bindparam("new_status"), last_error=bindparam("error"),
                    next_attempt_at=func.coalesce(bindparam("retry_at", type_=_WHEN), OUTBOX.c.next_attempt_at),
                    sent_at=func.coalesce(bindparam("sent", type_=_WHEN), OUTBOX.c.sent_at))
            .returning(OUTBOX.c.case_id, OUTBOX.c.mail_id, OUTBOX.c.kind, OUTBOX.c.message_id))


def claim_reply(conn: Connection, now: dt.datetime, passed: set[int], claimed_at: dt.datetime) -> Any:
    """One due reply moved from pending to sending, in one statement: its row, or None.

    The row is picked by a subquery (FOR UPDATE SKIP LOCKED on PostgreSQL, so
    workers take different rows without waiting) and updated only while still
    pending: a claimer that loses a race on SQLite updates nothing and gets None
    back for that row; the caller looks again.
    """
    return conn.execute(_CLAIM, {"now": now, "passed": list(passed)[:1000], "claimed": claimed_at}).first()


def any_due(conn: Connection, now: dt.datetime, passed: set[int]) -> bool:
    """Whether a pending reply is due (after a claim that found none: a lost race, or the end)."""
    return conn.execute(_ANY_DUE, {"now": now, "passed": list(passed)[:1000]}).first() is not None


def reply_outcome(conn: Connection, outbound_id: int, status: str, error: str, retry_at: dt.datetime | None,
                  at: dt.datetime) -> None:
    """A reply's outcome (sent, failed, uncertain, cancelled, or pending again at `retry_at`) and its audit row."""
    row = conn.execute(_OUTCOME, {"reply": outbound_id, "new_status": status if retry_at is None else "pending",
                                  "error": error, "retry_at": retry_at,
                                  "sent": at if status == "sent" else None}).first()
    if row is None:
        return
    conn.execute(INSERT_AUDIT, {
        "event": f"reply_{status if retry_at is None else 'retry'}", "case_id": row.case_id, "mail_id": row.mail_id,
        "outbound_id": outbound_id, "detail": {"kind": row.kind, "message_id": row.message_id, "error": error[:500]}})


class OutboxRows(Connected):
    """The Store's outbox."""

    def queue_reply(self, reply: NewReply, now: dt.datetime, *, case_id: int | None = None, mail_id: int | None = None,
                    audit: tuple[str, str, int | None, dict[str, Any]] | None = None) -> int:
        """Queue a mail that is not the reply of a decided mail (a notice, an alert, an operator's
        reply), with its audit row and, for an operator's, a second one (event, actor, mail, detail)."""
        with self.session() as s:
            row = Outbound(mail_id=mail_id, case_id=case_id, kind=reply.kind, message_id=reply.message_id,
                           recipient=reply.recipient, subject=reply.subject, body=reply.body, created_at=now,
                           next_attempt_at=now)
            s.add(row)
            s.flush()
            s.add(Audit(event="reply_queued", outbound_id=row.id,
                        detail={"kind": reply.kind, "message_id": reply.message_id}))
            if audit is not None:
                event, actor, about, detail = audit
                s.add(Audit(event=event, actor=actor, case_id=case_id, mail_id=about, outbound_id=row.id,
                            detail=detail))
            return int(row.id)

    def claim_next_reply(self, now: dt.datetime, skip: set[int]) -> Any:
        """Claim the next due reply (pending -> sending, committed before the send), row by row.

        One UPDATE whose subquery picks the row: on PostgreSQL with FOR UPDATE SKIP LOCKED,
        so several workers each take a different reply without waiting on one another; on
        SQLite the statement runs under the database's write lock. The UPDATE applies only
        while the row is still pending, so a claimer that lost a race gets nothing back and,
        while replies are still due, looks again.
        """
        for _ in range(50):
            with self.engine.begin() as conn:
                row = claim_reply(conn, now, skip, utcnow())
                if row is not None or not any_due(conn, now, skip):
                    return row
        return None

    def pending_replies(self) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count(Outbound.id)).where(Outbound.status == "pending")) or 0)

    def finish_reply(self, outbound_id: int, status: str, error: str = "",
                     retry_at: dt.datetime | None = None) -> None:
        with self.engine.begin() as conn:
            reply_outcome(conn, outbound_id, status, error, retry_at, utcnow())

    def sending_to_uncertain(self, claimed_before: dt.datetime | None = None) -> int:
        """A reply left in 'sending' by a dead process may have been delivered: never resend it blindly.

        Without `claimed_before` every such reply is taken as left behind (one process per
        database); with several workers, only those claimed before that moment.
        """
        with self.session() as s:
            query = select(Outbound).where(Outbound.status == "sending")
            if claimed_before is not None:
                query = query.where(or_(Outbound.claimed_at.is_(None), Outbound.claimed_at < claimed_before))
            rows = list(s.scalars(query))
            for row in rows:
                row.status = "uncertain"
                s.add(Audit(event="reply_uncertain", case_id=row.case_id, mail_id=row.mail_id,
                            outbound_id=row.id, detail={"message_id": row.message_id}))
            return len(rows)

    def uncertain_replies(self, since: dt.datetime, limit: int = 200) -> list[tuple[int, str]]:
        """(id, Message-ID) of uncertain replies created since then, oldest first."""
        with self.session() as s:
            rows = s.execute(select(Outbound.id, Outbound.message_id)
                             .where(Outbound.status == "uncertain", Outbound.created_at >= since)
                             .order_by(Outbound.id).limit(limit))
            return [(int(i), str(m)) for i, m in rows]

    def reconcile_reply(self, outbound_id: int, folder: str) -> bool:
        """An uncertain reply whose copy was found: it was delivered, so it is sent."""
        with self.session() as s:
            result = s.execute(update(Outbound).where(Outbound.id == outbound_id, Outbound.status == "uncertain")
                               .values(status="sent", sent_at=utcnow()))
            if not result.rowcount:
                return False
            row = s.get(Outbound, outbound_id)
            s.add(Audit(event="reply_reconciled", case_id=row.case_id if row else None,
                        mail_id=row.mail_id if row else None, outbound_id=outbound_id,
                        detail={"found_in": folder, "message_id": row.message_id if row else ""}))
            return True

    def reply_bounced(self, message_id: str, mail_id: int, diagnostic: str = "") -> bool:
        """Mark our reply with this Message-ID bounced and put its case to review; False if not ours.

        The bounce (mail_id) is linked to the case by its audit row, with what the recipient's
        server said (`diagnostic`); it does not join the case's mails, whose verdicts the case
        is judged by."""
        with self.session() as s:
            row = s.scalars(select(Outbound).where(Outbound.message_id == message_id)).first()
            if row is None:
                return False
            row.status = "bounced"
            row.last_error = diagnostic[:500]
            case = s.get(Case, row.case_id) if row.case_id else None
            if case is not None and case.status not in ("closed", "abandoned", "merged"):
                case.status, case.updated_at = "review", utcnow()
            s.add(Audit(event="reply_bounced", case_id=row.case_id, mail_id=mail_id, outbound_id=row.id,
                        detail={"message_id": message_id, "kind": row.kind, "recipient": row.recipient,
                                "diagnostic": diagnostic[:500]}))
            return True

    def replies_since(self, recipient: str, since: dt.datetime) -> int:
        """How many mails went to this address since then (the per-sender daily cap)."""
        with self.session() as s:
            return int(s.scalar(select(func.count(Outbound.id)).where(
                func.lower(Outbound.recipient) == recipient.lower(), Outbound.created_at >= since)) or 0)
