"""The database schema (SQLAlchemy 2.x declarative): maild's own record of everything.

The mailbox keeps the originals; this keeps what maild knows and did: each
mail's decision, the cases, the replies (outbox) with their delivery state,
and an audit row for every decision and every send. Unique constraints are
the last guard of exactly-once: one decision per (mailbox, Message-ID), one
reply per (mail, kind).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Meta(Base):
    """Key/value facts about the database itself (schema version)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class MailboxState(Base):
    """Per mailbox: the UIDVALIDITY seen and the highest UID decided (the watermark)."""

    __tablename__ = "mailbox_state"
    mailbox: Mapped[str] = mapped_column(String(120), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer, default=0)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    cutoff: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_poll_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    backlog: Mapped[int] = mapped_column(Integer, default=0)
    failing_since: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    alerted: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Lease(Base):
    """Who reads a mailbox: one holder at a time, with an epoch every write checks.

    A worker paused past its lease (SIGSTOP, a frozen VM) wakes up with a stale
    epoch: its writes are refused, so it cannot act on ownership it lost.
    """

    __tablename__ = "leases"
    mailbox: Mapped[str] = mapped_column(String(120), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Case(Base):
    """One request of one sender, followed from the first mail to its closure."""

    __tablename__ = "cases"
    # a sender's open case of one request type (the same request again): by index, however many cases
    __table_args__ = (Index("ix_cases_sender_request", "sender", "request_type"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ref: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    mailbox: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), index=True)
    request_type: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_reminder_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # status "merged": an operator merged this case into that one (its mails and replies moved there)
    merged_into: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Reminder(Base):
    """A reminder, final notice or digest that was queued: its key makes it happen once.

    key: "case:12:w1764570600:remind:1" (case, waiting round, sequence),
    "case:12:w1764570600:abandon" or "digest:2026-12-02".
    """

    __tablename__ = "reminders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), nullable=True)


class Mail(Base):
    """One incoming mail and the verdict decided for it."""

    __tablename__ = "mails"
    __table_args__ = (UniqueConstraint("mailbox", "dedupe_key", name="uq_mail_once"),
                      Index("ix_mail_uid", "mailbox", "uidvalidity", "uid"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mailbox: Mapped[str] = mapped_column(String(120))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    dedupe_key: Mapped[str] = mapped_column(String(255))
    message_id: Mapped[str] = mapped_column(String(998), default="", index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sender_kind: Mapped[str] = mapped_column(String(16), default="")
    request_type: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(16), default="decided", index=True)
    verdict: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # type: ignore[type-arg]
    error: Mapped[str] = mapped_column(Text, default="")
    folder: Mapped[str] = mapped_column(String(120), default="")
    # Loaded only when read: marking a mail filed or listing a case's mails must not pull a
    # 30 MB copy of the mail out of the database each time.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    filed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Attachment(Base):
    """An attachment's metadata; the bytes stay in the mail's raw copy (or the mailbox)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mails.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32))
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


class Outbound(Base):
    """A reply: written before it is sent, with a Message-ID fixed at that moment.

    status: pending -> sending -> sent; failed (permanent); uncertain (the
    process stopped between handing it over and recording it: never re-sent
    blindly).
    """

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("mail_id", "kind", name="uq_reply_once"),
                      # the daily cap counts replies per recipient: by index, however many were sent today
                      Index("ix_outbox_recipient_lower", text("lower(recipient)"), "created_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mails.id"), nullable=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Audit(Base):
    """Every decision and every send, with who did it (maild or an operator)."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120), default="maild")
    event: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mails.id"), nullable=True, index=True)
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), nullable=True)
    detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # type: ignore[type-arg]


class WebSession(Base):
    """A login to the operators' console, held by the server so that the server can end it.

    The browser's cookie carries a random token; only its SHA-256 is stored. A
    session counts while it has not ended, has not expired, and its operator is
    still in the users file with the password hash it logged in with
    (`fingerprint`): logout ends it, a password change or the operator's removal
    ends every session of theirs at once.
    """

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    operator: Mapped[str] = mapped_column(String(64), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    end_reason: Mapped[str] = mapped_column(String(32), default="")
