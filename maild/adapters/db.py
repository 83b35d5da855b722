"""The Store: maild's database behind domain-named methods, one transaction each.

SQLite (the embedded default) runs in WAL mode with synchronous=FULL, a busy
timeout and foreign keys on: the commit that precedes a send or a move must
survive a power loss, or a lost row would send a reply twice. PostgreSQL is
reached by URL (`postgresql+psycopg://...`) with the same code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy import Engine, create_engine, event, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from maild.adapters.db_schema import (SCHEMA_VERSION, Audit, Case, Lease, Mail, MailboxState, Meta,
                                      Outbound, Reminder, utcnow)
from maild.adapters import db_lookups as lookups
from maild.adapters.db_record import (LeaseLost, NewMail, NewReply, Recorded, advance, aware, check_lease,  # noqa: F401
                                      any_due, claim_reply, mark_filed, record_mail, reply_outcome)
from maild.core.reminders import CaseState, Due

# Errors of the database connection, not of the data: the pass fails and is retried,
# the mail in hand stays unmarked in the mailbox (never filed as a failed mail).
TRANSIENT_DB_ERRORS: tuple[type[Exception], ...] = (sqlalchemy_exc.OperationalError, sqlalchemy_exc.InterfaceError,
                                                    sqlalchemy_exc.DisconnectionError,
                                                    sqlalchemy_exc.PendingRollbackError, sqlalchemy_exc.TimeoutError)


IDLE_IN_TRANSACTION_MS = 15_000  # maild never waits on anything but itself inside a transaction


def make_engine(url: str) -> Engine:
    """An engine with the SQLite durability settings applied to every connection."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL waits for others
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA secure_delete=ON")  # purged bodies are overwritten, not left in free pages
            cursor.close()

        return engine
    # A worker paused inside a transaction (SIGSTOP, a frozen VM, a swap storm) would hold
    # the lease row and its uncommitted keys locked, and every other worker would wait on it
    # instead of taking over: the server ends such a session, and its transaction rolls back whole.
    options = f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options})


class Store:
    """Domain-named operations over the database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, check_schema: bool = True) -> Store:
        store = cls(make_engine(url))
        if check_schema:
            store.ensure_schema()
        return store

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def ensure_schema(self) -> None:
        """A fresh database is created at the newest migration; an older one is refused."""
        from maild.adapters.migrate import ensure_current

        ensure_current(self.engine)
        try:
            with self.session() as s:
                if s.get(Meta, "schema_version") is None:
                    s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        except IntegrityError:
            pass  # another process starting at the same moment wrote it

    # -- mailbox state ---------------------------------------------------------------------------

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
            failing = row.failing_since
            if failing is not None and failing.tzinfo is None:
                failing = failing.replace(tzinfo=dt.timezone.utc)
            row.failing_since = failing or now
            row.last_error = error[:500]
            if not row.alerted and (now - row.failing_since).total_seconds() >= alert_after:
                row.alerted = 1
                return True
            return False

    def queue_notice(self, kind: str, message_id: str, recipient: str, subject: str, body: bytes,
                     now: dt.datetime) -> None:
        with self.session() as s:
            row = Outbound(mail_id=None, case_id=None, kind=kind, message_id=message_id, recipient=recipient,
                           subject=subject, body=body, created_at=now, next_attempt_at=now)
            s.add(row)
            s.flush()
            s.add(Audit(event="reply_queued", outbound_id=row.id, detail={"kind": kind, "message_id": message_id}))

    def status(self) -> list[dict[str, Any]]:
        """Per mailbox: last good poll, backlog, failure, and the outbox by status."""
        with self.session() as s:
            boxes = list(s.scalars(select(MailboxState).order_by(MailboxState.mailbox)))
            outbox = dict(s.execute(select(Outbound.status, func.count(Outbound.id)).group_by(Outbound.status)).all())
            cases = dict(s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)).all())
            return [{"mailbox": b.mailbox, "last_poll_at": b.last_poll_at.isoformat() if b.last_poll_at else None,
                     "backlog": b.backlog, "last_uid": b.last_uid, "uidvalidity": b.uidvalidity,
                     "failing_since": b.failing_since.isoformat() if b.failing_since else None,
                     "last_error": b.last_error, "outbox": outbox, "cases": cases} for b in boxes]

    # -- mails -----------------------------------------------------------------------------------

    def find_mail(self, mailbox: str, dedupe_key: str) -> Mail | None:
        with self.session() as s:
            return s.scalars(select(Mail).where(Mail.mailbox == mailbox, Mail.dedupe_key == dedupe_key)).first()

    def known_keys(self, mailbox: str, keys: list[str]) -> set[str]:
        """Which of these dedupe keys are already recorded (one query for a whole batch)."""
        found: set[str] = set()
        with self.session() as s:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                found.update(s.scalars(select(Mail.dedupe_key).where(Mail.mailbox == mailbox,
                                                                     Mail.dedupe_key.in_(chunk))))
        return found

    # -- leases ----------------------------------------------------------------------------------

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

    def record(self, new: NewMail, case_id: int | None, open_case: dict[str, str] | None,
               reply: NewReply | Callable[[str], NewReply] | None, audit: list[tuple[str, dict[str, Any]]],
               watermark: tuple[int, int] | None,
               now: dt.datetime | None = None,
               lease: tuple[str, int] | None = None) -> Recorded | None:
        """Record a decided mail with its case, reply and audit rows; None if already recorded.

        With `lease`, the write happens only while (holder, epoch) still owns the mailbox.
        """
        at = now or utcnow()
        try:
            with self.engine.begin() as conn:
                check_lease(conn, new.mailbox, lease, at)
                return record_mail(conn, new, case_id, open_case, reply, audit, watermark, at)
        except IntegrityError:
            return None

    def advance_watermark(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        with self.engine.begin() as conn:
            advance(conn, mailbox, uidvalidity, uid)

    def mark_filed(self, mail_id: int, folder: str, uid: int | None = None) -> None:
        self.mark_filed_many([(mail_id, folder)])

    def mark_filed_many(self, items: list[tuple[int, str]]) -> None:
        """Record where mails were filed, in one transaction."""
        if items:
            with self.engine.begin() as conn:
                mark_filed(conn, items, utcnow())

    def case_verdicts(self, case_id: int) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return lookups.case_verdicts(conn, case_id)

    def get_case(self, case_id: int) -> Any:
        """The case's columns as a plain row (its callers read it, never change it), or None."""
        with self.engine.connect() as conn:
            return lookups.case_by_id(conn, case_id)

    def find_thread_case(self, mailbox: str, message_ids: list[str], refs: list[str]) -> Any:
        """The case row a mail refers to (see db_lookups.thread_case), or None."""
        with self.engine.connect() as conn:
            return lookups.thread_case(conn, mailbox, message_ids, refs)

    def is_party(self, case_id: int, sender: str) -> bool:
        with self.engine.connect() as conn:
            return lookups.is_party(conn, case_id, sender)

    def reply_bounced(self, message_id: str, mail_id: int) -> bool:
        """Mark our reply with this Message-ID bounced and put its case to review; False if not ours."""
        with self.session() as s:
            row = s.scalars(select(Outbound).where(Outbound.message_id == message_id)).first()
            if row is None:
                return False
            row.status = "bounced"
            case = s.get(Case, row.case_id) if row.case_id else None
            if case is not None and case.status not in ("closed", "abandoned"):
                case.status, case.updated_at = "review", utcnow()
            s.add(Audit(event="reply_bounced", case_id=row.case_id, mail_id=mail_id, outbound_id=row.id,
                        detail={"message_id": message_id}))
            return True

    def last_reply_of_case(self, case_id: int, kind: str) -> tuple[dt.datetime, dict[str, Any]] | None:
        with self.engine.connect() as conn:
            return lookups.last_reply(conn, case_id, kind)

    def open_case_of(self, mailbox: str, sender: str, request_type: str) -> Any:
        with self.engine.connect() as conn:
            return lookups.open_case(conn, mailbox, sender, request_type)

    # -- reminders -------------------------------------------------------------------------------

    def reminder_states(self, mailbox: str | None = None) -> list[CaseState]:
        with self.session() as s:
            query = select(Case).where(Case.status.in_(("waiting", "acknowledged")))
            if mailbox is not None:
                query = query.where(Case.mailbox == mailbox)
            rows = s.scalars(query)
            return [CaseState(c.id, c.ref or "", c.status, aware(c.waiting_since), c.reminders_sent or 0,
                              aware(c.acknowledged_at), aware(c.last_reminder_at)) for c in rows]

    def last_digest_at(self, mailbox: str | None = None) -> dt.datetime | None:
        with self.session() as s:
            query = select(func.max(Reminder.created_at)).where(Reminder.kind == "digest")
            if mailbox is not None:
                query = query.where(Reminder.key.like(f"digest:%:{mailbox}:%"))
            return aware(s.scalar(query))

    def queue_reminder(self, due: Due, reply: NewReply | None, now: dt.datetime) -> bool:
        """Record one due item with its mail, once: False when its key was already queued.

        Also False when the case moved on since the sweep read it (a pass answered it,
        an operator closed it): a reminder or final notice is only queued for a case
        still waiting with the reminders the sweep saw.
        """
        try:
            with self.session() as s:
                if due.case_id and due.kind in ("remind", "abandon") and not _still_waiting(s, due, now):
                    return False
                outbound = None
                if reply is not None:
                    outbound = Outbound(mail_id=None, case_id=due.case_id, kind=reply.kind,
                                        message_id=reply.message_id, recipient=reply.recipient,
                                        subject=reply.subject, body=reply.body, created_at=now, next_attempt_at=now)
                    s.add(outbound)
                    s.flush()
                s.add(Reminder(key=due.key, kind=due.kind, case_id=due.case_id, seq=due.seq, due_at=due.at,
                               created_at=now, outbound_id=outbound.id if outbound else None))
                s.add(Audit(event=f"{due.kind}_queued", case_id=due.case_id,
                            outbound_id=outbound.id if outbound else None,
                            detail={"key": due.key, "cases": list(due.cases)}))
                s.flush()
            return True
        except IntegrityError:
            return False

    def case_thread(self, case_id: int) -> tuple[Case | None, list[str], dict[str, Any]]:
        """The case, the Message-IDs of its thread (oldest first) and its latest verdict."""
        with self.session() as s:
            case = s.get(Case, case_id)
            mails = list(s.scalars(select(Mail).where(Mail.case_id == case_id).order_by(Mail.id)))
            replies = list(s.scalars(select(Outbound.message_id).where(Outbound.case_id == case_id)
                                     .order_by(Outbound.id)))
            ids = [m.message_id for m in mails if m.message_id] + replies
            verdict = next((m.verdict for m in reversed(mails) if m.verdict and m.action), {}) or {}
            return case, ids, verdict

    def cases_by_id(self, ids: list[int]) -> list[Case]:
        with self.session() as s:
            return list(s.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id)))

    # -- outbox ----------------------------------------------------------------------------------

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

    def replies_since(self, recipient: str, since: dt.datetime) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count(Outbound.id)).where(
                func.lower(Outbound.recipient) == recipient.lower(), Outbound.created_at >= since)) or 0)

    def purge(self, before: dt.datetime) -> dict[str, int]:
        """Drop bodies, attachment bytes, reply bodies and personal details older than `before`."""
        with self.session() as s:
            mails = list(s.scalars(select(Mail).where(Mail.received_at < before,
                                                      or_(Mail.raw.is_not(None), Mail.verdict.is_not(None)))))
            for mail in mails:
                mail.raw = None
                if mail.verdict:
                    kept = {k: v for k, v in mail.verdict.items() if k not in ("details", "signature", "reasons")}
                    mail.verdict = {**kept, "purged": True}
            replies = list(s.scalars(select(Outbound).where(Outbound.created_at < before,
                                                            Outbound.status.in_(("sent", "failed", "cancelled")),
                                                            func.length(Outbound.body) > 0)))
            for reply in replies:
                reply.body = b""
            s.add(Audit(event="purged", detail={"before": before.isoformat(), "mails": len(mails),
                                                "replies": len(replies)}))
        if self.engine.url.get_backend_name() == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"mails": len(mails), "replies": len(replies)}

    def audit(self, event_name: str, detail: dict[str, Any], *, mail_id: int | None = None,
              case_id: int | None = None, actor: str = "maild") -> None:
        with self.session() as s:
            s.add(Audit(event=event_name, detail=detail, mail_id=mail_id, case_id=case_id, actor=actor))


def _still_waiting(s: Session, due: Due, now: dt.datetime) -> bool:
    """Move the case on for this reminder or final notice, only if it is as the sweep saw it."""
    sent = due.seq - 1 if due.kind == "remind" else due.seq
    values: dict[str, Any] = ({"reminders_sent": due.seq, "last_reminder_at": now} if due.kind == "remind"
                              else {"status": "abandoned", "closed_at": now})
    result = s.execute(update(Case).where(Case.id == due.case_id, Case.status == "waiting",
                                          Case.reminders_sent == sent).values(**values))
    return bool(result.rowcount)
