"""What maild writes about a mail, as plain data: the mail's row, a queued reply, the ids written.

The plan of a mail (maild.core.plan) says what to record in these terms; the
database adapter writes them. Nothing here knows a table or a connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    """A finished mail for the outbox: its kind, fixed Message-ID, recipient, subject and RFC 5322 bytes."""

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


# (event, detail) of an audit row written with the mail.
AuditRow = tuple[str, dict[str, Any]]
