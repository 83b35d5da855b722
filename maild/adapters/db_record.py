"""The writes of a pass, once per mail, in SQLAlchemy Core; the mailbox's state and lease.

These run for every mail of a backlog, so they are plain INSERT and UPDATE
statements on one connection rather than ORM units of work: the ORM's
identity map, flushes and attribute events cost several times the SQL
itself (a profile of a 600-mail pass had half its time in SQLAlchemy).
One transaction per mail recorded; its reply is written inside it, from
the case reference the transaction gives the mail (`MailRows.recording`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Attachment, Audit, Case, Lease, Mail, MailboxState, Outbound, utcnow
from maild.core.records import AuditRow, NewMail, NewReply, Recorded
from maild.core.reminders import case_clock
from maild.core.times import aware
from maild.errors import AlreadyRecorded, LeaseLost
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
_INSERT_MAIL, _INSERT_REPLY, INSERT_AUDIT, _INSERT_CASE = insert(MAILS), insert(OUTBOX), insert(AUDIT), insert(CASES)
_INSERT_ATTACHMENT = insert(Attachment.__table__)
_CASE_CLOCK = select(CASES.c.id, CASES.c.ref, CASES.c.waiting_since, CASES.c.acknowledged_at).where(
    CASES.c.id == bindparam("case"))
_FILED = update(MAILS).where(MAILS.c.id == bindparam("mail")).values(folder=bindparam("to"),
                                                                    filed_at=bindparam("at", type_=MAILS.c.filed_at.type))
_SET_REF = update(CASES).where(CASES.c.id == bindparam("case")).values(ref=bindparam("new_ref"))


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


@dataclass(frozen=True, slots=True)
class MailCase:
    """A recorded mail's id and its case (id and reference; none for a mail without a case)."""

    mail_id: int
    case_id: int | None
    case_ref: str


class Rows:
    """One mail's rows on a connection inside its transaction: mail() first, then finish()."""

    def __init__(self, conn: Connection, at: dt.datetime) -> None:
        self.conn, self.at = conn, at
        self._mail: MailCase | None = None
        self._mailbox = ""

    def mail(self, new: NewMail, case_id: int | None, open_case: dict[str, str] | None, *,
             replied: bool) -> MailCase:
        """The mail with its attachments, and its case: the one it follows up, moved to its new
        status, or a new one with its reference. `replied`: a reply goes out with the mail."""
        conn = self.conn
        case_id, case_ref = _case(conn, new.mailbox, case_id, open_case, self.at, replied)
        values = {k: getattr(new, k) for k in NewMail.__slots__ if k != "attachments"}
        # The mail, its reply and its audit rows carry the pass's one moment (the worker's clock):
        # a case's timeline then orders them as they happened, never by microseconds apart.
        mail_id = int(conn.execute(_INSERT_MAIL, {**values, "case_id": case_id, "received_at": self.at})
                      .inserted_primary_key[0])
        if new.attachments:
            conn.execute(_INSERT_ATTACHMENT.values([
                {"mail_id": mail_id, "filename": name, "kind": kind, "content_type": ctype, "size": size,
                 "sha256": sha} for name, kind, ctype, size, sha in new.attachments]))
        self._mail, self._mailbox = MailCase(mail_id, case_id, case_ref), new.mailbox
        return self._mail

    def finish(self, reply: NewReply | None, audit: Iterable[AuditRow], watermark: tuple[int, int] | None) -> Recorded:
        """The mail's reply (if any), its audit rows and the watermark: the rows are complete."""
        if self._mail is None:
            raise RuntimeError("Rows.finish() before Rows.mail()")
        mail_id, case_id, case_ref = self._mail.mail_id, self._mail.case_id, self._mail.case_ref
        outbound_id = None
        if reply is not None:
            outbound_id = int(self.conn.execute(_INSERT_REPLY, {
                "mail_id": mail_id, "case_id": case_id, "kind": reply.kind, "message_id": reply.message_id,
                "recipient": reply.recipient, "subject": reply.subject, "body": reply.body, "created_at": self.at,
                "next_attempt_at": self.at}).inserted_primary_key[0])
        rows = [{"event": name, "case_id": case_id, "mail_id": mail_id, "detail": detail, "at": self.at,
                 "outbound_id": outbound_id if name == "reply_queued" else None} for name, detail in audit]
        if rows:
            self.conn.execute(INSERT_AUDIT.values(rows))
        if watermark is not None:
            advance(self.conn, self._mailbox, *watermark)
        checkpoint("in_record")  # written, not yet committed
        return Recorded(mail_id, case_id, case_ref, outbound_id)


def _case(conn: Connection, mailbox: str, case_id: int | None, open_case: dict[str, str] | None,
          at: dt.datetime, replied: bool) -> tuple[int | None, str]:
    """(id, reference) of the mail's case: the one it follows up, moved to its new status, or a new one."""
    found = None
    if case_id:
        found = conn.execute(_CASE_CLOCK, {"case": case_id}).first()
    if found is not None:
        if open_case is not None:
            clock = case_clock(open_case["status"], at, replied, found.waiting_since, found.acknowledged_at)
            conn.execute(update(CASES).where(CASES.c.id == found.id).values(**clock, updated_at=at))
        return int(found.id), found.ref or ""
    if open_case is None:
        return None, ""
    clock = case_clock(open_case["status"], at, replied, None, None)
    new_id = int(conn.execute(_INSERT_CASE, {"mailbox": mailbox, **open_case, **clock,
                                             "opened_at": at}).inserted_primary_key[0])
    ref = case_reference(at, new_id)
    conn.execute(_SET_REF, {"case": new_id, "new_ref": ref})
    return new_id, ref


def mark_filed(conn: Connection, items: Sequence[tuple[int, str]], at: dt.datetime) -> None:
    """Where mails were filed, with an audit row each."""
    cases = dict(conn.execute(select(MAILS.c.id, MAILS.c.case_id).where(MAILS.c.id.in_([i for i, _ in items]))).all())
    filed = [(mail_id, folder) for mail_id, folder in items if mail_id in cases]
    if not filed:
        return
    for mail_id, folder in filed:
        conn.execute(_FILED, {"mail": mail_id, "to": folder, "at": at})
    conn.execute(INSERT_AUDIT.values([{"event": "filed", "mail_id": mail_id, "case_id": cases[mail_id],
                                        "detail": {"folder": folder}} for mail_id, folder in filed]))


class MailRows(Connected):
    """The Store's mails: recording them, filing them, the mailbox's watermark, health and lease."""

    @contextmanager
    def recording(self, mailbox: str, lease: tuple[str, int] | None, now: dt.datetime) -> Iterator[Rows]:
        """One transaction for one mail's rows, only while (holder, epoch) still owns the mailbox
        (LeaseLost otherwise); AlreadyRecorded when its unique key says it was recorded."""
        try:
            with self.engine.begin() as conn:
                check_lease(conn, mailbox, lease, now)
                yield Rows(conn, now)
        except IntegrityError as exc:
            raise AlreadyRecorded(f"a mail of {mailbox} was recorded by another pass") from exc

    def record(self, new: NewMail, case_id: int | None, open_case: dict[str, str] | None, reply: NewReply | None,
               audit: list[AuditRow], watermark: tuple[int, int] | None, now: dt.datetime | None = None,
               lease: tuple[str, int] | None = None) -> Recorded | None:
        """Record a mail whose reply needs no case reference; None if it was already recorded."""
        try:
            with self.recording(new.mailbox, lease, now or utcnow()) as rows:
                rows.mail(new, case_id, open_case, replied=reply is not None)
                return rows.finish(reply, audit, watermark)
        except AlreadyRecorded:
            return None

    def find_mail(self, mailbox: str, dedupe_key: str) -> Mail | None:
        with self.session() as s:
            return s.scalars(select(Mail).where(Mail.mailbox == mailbox, Mail.dedupe_key == dedupe_key)).first()

    def unfiled(self, mailbox: str, uidvalidity: int, last_uid: int) -> list[tuple[int, int, str, str]]:
        """Decided mails at or below the watermark not marked filed: (id, uid, folder, action)."""
        with self.session() as s:
            rows = s.execute(select(Mail.id, Mail.uid, Mail.folder, Mail.action).where(
                Mail.mailbox == mailbox, Mail.uidvalidity == uidvalidity, Mail.uid <= last_uid,
                Mail.filed_at.is_(None)))
            return [(r.id, r.uid, r.folder or "", r.action or "") for r in rows]

    def known_keys(self, mailbox: str, keys: list[str]) -> set[str]:
        """Which of these dedupe keys are already recorded (one query for a whole batch)."""
        found: set[str] = set()
        with self.session() as s:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                found.update(s.scalars(select(Mail.dedupe_key).where(Mail.mailbox == mailbox,
                                                                     Mail.dedupe_key.in_(chunk))))
        return found

    def advance_watermark(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        with self.engine.begin() as conn:
            advance(conn, mailbox, uidvalidity, uid)

    def mark_filed_many(self, items: list[tuple[int, str]]) -> None:
        """Record where mails were filed, in one transaction."""
        if items:
            with self.engine.begin() as conn:
                mark_filed(conn, items, utcnow())

    def mailbox_state(self, mailbox: str) -> MailboxState | None:
        with self.session() as s:
            return s.get(MailboxState, mailbox)

    def save_mailbox_state(self, mailbox: str, uidvalidity: int, last_uid: int,
                           cutoff: dt.datetime | None = None) -> None:
        with self.session() as s:
            row = s.get(MailboxState, mailbox)
            if row is None:
                s.add(MailboxState(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid, cutoff=cutoff))
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid
                if cutoff is not None:
                    row.cutoff = cutoff

    def poll_succeeded(self, mailbox: str, now: dt.datetime, backlog: int) -> bool:
        """Record a good pass; True when the mailbox had been failing long enough to alert."""
        with self.session() as s:
            row = s.get(MailboxState, mailbox)
            if row is None:
                return False
            recovered = bool(row.alerted)
            row.last_poll_at, row.backlog, row.failing_since, row.last_error, row.alerted = now, backlog, None, "", 0
            return recovered

    def poll_failed(self, mailbox: str, now: dt.datetime, error: str, alert_after: float) -> bool:
        """Record a failed pass; True exactly once, when the failure has lasted alert_after seconds."""
        with self.session() as s:
            row = s.get(MailboxState, mailbox)
            if row is None:
                row = MailboxState(mailbox=mailbox, uidvalidity=0, last_uid=0)
                s.add(row)
            row.failing_since = aware(row.failing_since) or now
            row.last_error = error[:500]
            if not row.alerted and (now - row.failing_since).total_seconds() >= alert_after:
                row.alerted = 1
                return True
            return False

    def acquire_lease(self, mailbox: str, holder: str, seconds: float, now: dt.datetime,
                      force: bool = False) -> int | None:
        """Take or renew the mailbox's lease; the epoch to write with, or None while another holds it.

        `force` takes it at once: for SQLite, where the process lock already guarantees that
        no other worker runs, a lease left by a crashed process must not delay its restart.
        """
        until = now + dt.timedelta(seconds=seconds)
        try:
            with self.session() as s:
                lease = s.scalars(select(Lease).where(Lease.mailbox == mailbox).with_for_update()).first()
                if lease is None:
                    s.add(Lease(mailbox=mailbox, holder=holder, epoch=1, expires_at=until))
                    return 1
                expired = (aware(lease.expires_at) or now) < now
                if lease.holder == holder and not expired:
                    lease.expires_at = until
                    return lease.epoch
                if not expired and not force:
                    return None
                lease.holder, lease.epoch, lease.expires_at = holder, lease.epoch + 1, until
                s.add(Audit(event="lease_taken", detail={"mailbox": mailbox, "epoch": lease.epoch}))
                return lease.epoch
        except IntegrityError:
            return None

    def release_lease(self, mailbox: str, holder: str, epoch: int) -> None:
        with self.session() as s:
            lease = s.scalars(select(Lease).where(Lease.mailbox == mailbox).with_for_update()).first()
            if lease is not None and lease.holder == holder and lease.epoch == epoch:
                lease.expires_at = utcnow() - dt.timedelta(seconds=1)
