"""The writes of a pass, once per mail and once per reply, in SQLAlchemy Core.

These run for every mail of a backlog, so they are plain INSERT and UPDATE
statements on one connection rather than ORM units of work: the ORM's
identity map, flushes and attribute events cost several times the SQL
itself (a profile of a 600-mail pass had half its time in SQLAlchemy).
The transaction boundaries are those of the ORM version: one per mail
recorded, one per claim and per outcome of a reply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from maild.adapters.db_schema import Attachment, Audit, Case, Lease, Mail, MailboxState, Outbound
from maild.errors import StoreError
from maild.runtime.faults import checkpoint

CASES, MAILS, OUTBOX, AUDIT = Case.__table__, Mail.__table__, Outbound.__table__, Audit.__table__
STATE = MailboxState.__table__

# Built once: constructing a statement costs about as much as running it. Several rows go
# in one multi-row INSERT, never an executemany: psycopg pipelines an executemany, and a
# worker frozen in the middle of a pipeline (SIGSTOP, a paused VM) leaves its session
# "active", where idle_in_transaction_session_timeout does not end it, with the lease
# row locked, so no other worker could take over.
_LEASE_ROW = select(Lease.holder, Lease.epoch, Lease.expires_at).where(Lease.mailbox == bindparam("box")).with_for_update()
_ADVANCE = update(STATE).where(STATE.c.mailbox == bindparam("box"), STATE.c.uidvalidity == bindparam("validity"),
                               STATE.c.last_uid < bindparam("to")).values(last_uid=bindparam("to"))
_INSERT_MAIL, _INSERT_REPLY, _INSERT_AUDIT, _INSERT_CASE = insert(MAILS), insert(OUTBOX), insert(AUDIT), insert(CASES)
_INSERT_ATTACHMENT = insert(Attachment.__table__)
_CASE_CLOCK = select(CASES.c.id, CASES.c.ref, CASES.c.waiting_since, CASES.c.acknowledged_at).where(
    CASES.c.id == bindparam("case"))
_FILED = update(MAILS).where(MAILS.c.id == bindparam("mail")).values(folder=bindparam("to"),
                                                                    filed_at=bindparam("at", type_=MAILS.c.filed_at.type))
_SET_REF = update(CASES).where(CASES.c.id == bindparam("case")).values(ref=bindparam("new_ref"))


class LeaseLost(StoreError):
    """This worker's lease on the mailbox expired and another worker holds it now."""


@dataclass(frozen=True, slots=True)
class NewMail:
    """Everything recorded about one decided mail, in one transaction."""

    mailbox: str
    uidvalidity: int
    uid: int
    dedupe_key: str
    message_id: str
    sha256: str
    size: int
    sender: str
    subject: str
    sender_kind: str
    request_type: str
    action: str
    status: str
    verdict: dict[str, Any]
    raw: bytes | None
    attachments: tuple[tuple[str, str, str, int, str], ...]
    error: str = ""


@dataclass(frozen=True, slots=True)
class NewReply:
    kind: str
    message_id: str
    recipient: str
    subject: str
    body: bytes


@dataclass(frozen=True, slots=True)
class Recorded:
    """The rows one recorded mail produced: its id, its case (id and reference) and its reply's id."""

    mail_id: int
    case_id: int | None
    case_ref: str
    outbound_id: int | None


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes: they were stored as UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def case_reference(opened_at: dt.datetime, case_id: int) -> str:
    """SS-2026-000123: the helpdesk's case reference, by year and sequence."""
    return f"SS-{opened_at.year}-{case_id:06d}"


def check_lease(conn: Any, mailbox: str, lease: tuple[str, int] | None, now: dt.datetime) -> None:
    """Inside a write: refuse it when this worker's epoch is stale or its lease ran out.

    The row is read FOR UPDATE, so a takeover waits for this transaction, and this
    transaction for a takeover in flight. `conn` is a Connection or a Session.
    """
    if lease is None:
        return
    row = conn.execute(_LEASE_ROW, {"box": mailbox}).first()
    if row is None or row.holder != lease[0] or row.epoch != lease[1] or (aware(row.expires_at) or now) < now:
        raise LeaseLost(f"the lease on {mailbox} is no longer ours (epoch {lease[1]})")


def advance(conn: Any, mailbox: str, uidvalidity: int, uid: int) -> None:
    """Raise the watermark to `uid` (never lower it): one UPDATE, a read only when it did nothing."""
    moved = conn.execute(_ADVANCE, {"box": mailbox, "validity": uidvalidity, "to": uid})
    if moved.rowcount:
        return
    if conn.execute(select(MailboxState.mailbox).where(MailboxState.mailbox == mailbox)).first() is None:
        conn.execute(insert(MailboxState).values(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=uid))


def status_clock(status: str, at: dt.datetime, replied: bool, waiting_since: dt.datetime | None,
                 acknowledged_at: dt.datetime | None) -> dict[str, Any]:
    """The case columns a new status sets: the reminder clock starts when we ask for something,
    and the first acknowledgement is remembered."""
    values: dict[str, Any] = {"status": status}
    if status == "waiting" and (replied or waiting_since is None):
        values.update(waiting_since=at, reminders_sent=0, last_reminder_at=None)
    if status == "acknowledged" and acknowledged_at is None:
        values["acknowledged_at"] = at
    return values


def record_mail(conn: Connection, new: NewMail, case_id: int | None, open_case: dict[str, str] | None,
                reply: NewReply | Callable[[str], NewReply] | None, audit: Sequence[tuple[str, dict[str, Any]]],
                watermark: tuple[int, int] | None, at: dt.datetime) -> Recorded:
    """The rows of one decided mail, on a connection inside its transaction (the caller commits)."""
    case_id, case_ref = _case(conn, new.mailbox, case_id, open_case, at, reply is not None)
    values = {k: getattr(new, k) for k in NewMail.__slots__ if k != "attachments"}
    mail_id = conn.execute(_INSERT_MAIL, {**values, "case_id": case_id}).inserted_primary_key[0]
    if new.attachments:
        conn.execute(_INSERT_ATTACHMENT.values([
            {"mail_id": mail_id, "filename": name, "kind": kind, "content_type": ctype, "size": size, "sha256": sha}
            for name, kind, ctype, size, sha in new.attachments]))
    if callable(reply):  # rendered here, once the case has its reference
        reply = reply(case_ref)
    outbound_id = None
    if reply is not None:
        outbound_id = conn.execute(_INSERT_REPLY, {
            "mail_id": mail_id, "case_id": case_id, "kind": reply.kind, "message_id": reply.message_id,
            "recipient": reply.recipient, "subject": reply.subject, "body": reply.body, "created_at": at,
            "next_attempt_at": at}).inserted_primary_key[0]
    if audit:
        conn.execute(_INSERT_AUDIT.values([
            {"event": name, "case_id": case_id, "mail_id": mail_id, "detail": detail,
             "outbound_id": outbound_id if name == "reply_queued" else None} for name, detail in audit]))
    if watermark is not None:
        advance(conn, new.mailbox, *watermark)
    checkpoint("in_record")  # written, not yet committed
    return Recorded(int(mail_id), case_id, case_ref, int(outbound_id) if outbound_id is not None else None)


def _case(conn: Connection, mailbox: str, case_id: int | None, open_case: dict[str, str] | None,
          at: dt.datetime, replied: bool) -> tuple[int | None, str]:
    """(id, reference) of the mail's case: the one it follows up, moved to its new status, or a new one."""
    found = None
    if case_id:
        found = conn.execute(_CASE_CLOCK, {"case": case_id}).first()
    if found is not None:
        if open_case is not None:
            clock = status_clock(open_case["status"], at, replied, found.waiting_since, found.acknowledged_at)
            conn.execute(update(CASES).where(CASES.c.id == found.id).values(**clock, updated_at=at))
        return int(found.id), found.ref or ""
    if open_case is None:
        return None, ""
    clock = status_clock(open_case["status"], at, replied, None, None)
    new_id = int(conn.execute(_INSERT_CASE, {"mailbox": mailbox, **open_case, **clock,
                                             "opened_at": at}).inserted_primary_key[0])
    ref = case_reference(at, new_id)
    conn.execute(_SET_REF, {"case": new_id, "new_ref": ref})
    return new_id, ref


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
    conn.execute(_INSERT_AUDIT, {
        "event": f"reply_{status if retry_at is None else 'retry'}", "case_id": row.case_id, "mail_id": row.mail_id,
        "outbound_id": outbound_id, "detail": {"kind": row.kind, "message_id": row.message_id, "error": error[:500]}})


def mark_filed(conn: Connection, items: Sequence[tuple[int, str]], at: dt.datetime) -> None:
    """Where mails were filed, with an audit row each."""
    cases = dict(conn.execute(select(MAILS.c.id, MAILS.c.case_id).where(MAILS.c.id.in_([i for i, _ in items]))).all())
    filed = [(mail_id, folder) for mail_id, folder in items if mail_id in cases]
    if not filed:
        return
    for mail_id, folder in filed:
        conn.execute(_FILED, {"mail": mail_id, "to": folder, "at": at})
    conn.execute(_INSERT_AUDIT.values([{"event": "filed", "mail_id": mail_id, "case_id": cases[mail_id],
                                        "detail": {"folder": folder}} for mail_id, folder in filed]))
