"""What the application needs of the world, as protocols: a mailbox, a way to send, the store, a clock.

Each job of maild.app names the part of the store it uses (CaseStore for
the case lookups, OutboxStore for the outbox, ...). The adapters implement
them: maild.adapters.db.Store all of the store's, MaildirInbox and ImapInbox
the mailbox, FileSender and SmtpSender the sending; maild.bootstrap joins
them. Rows the store hands back are read by attribute (a case has id, ref,
status, sender, subject, request_type and its times) and never changed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from maild.core.records import AuditRow, NewMail, NewReply, Recorded
from maild.core.reminders import CaseState, Due
from maild.core.reply import LastReply

Clock = Callable[[], dt.datetime]
Row = Any  # a row of the store, read by attribute
Lease = tuple[str, int] | None  # (holder, epoch) of the lease a write is made under; None: no lease
# An audit row written with an operator's action: (event, actor, mail id, detail).
OperatorAudit = tuple[str, str, int | None, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class MailRef:
    """A mail in the mailbox before it is fetched: its UID, size and arrival time."""

    uid: int
    size: int
    internaldate: dt.datetime | None


class Inbox(Protocol):
    """A mailbox: list what is new, fetch it without side effects, file it when decided."""

    name: str

    def connect(self) -> int:
        """Open the mailbox; return its UIDVALIDITY."""

    def pending(self, after_uid: int) -> list[MailRef]:
        """Mails with a UID above the watermark, in UID order."""

    def all_uids(self) -> list[int]:
        """Every UID still in the mailbox (to re-file what was decided but not moved)."""

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        """Whole mails by UID, without setting \\Seen; a UID that vanished is left out."""

    def fetch_headers(self, uid: int) -> bytes:
        """Only the header block of one mail (for mail too big to download)."""

    def file(self, uid: int, folder: str) -> None:
        """Move one mail to a folder; nothing is deleted."""

    def file_many(self, uids: list[int], folder: str) -> None:
        """Move several mails to one folder (one round trip where the protocol allows)."""

    def find_message_ids(self, folder: str, message_ids: list[str]) -> set[str]:
        """Which of these Message-IDs a mail in `folder` carries (the folder is only read)."""

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """Block until new mail may have arrived, the timeout passes or `stop` is set."""

    def close(self) -> None: ...


class Sender(Protocol):
    """Hands one finished reply (RFC 5322 bytes) to the outside world."""

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        """Deliver or raise SendError(permanent=...)."""

    def close(self) -> None: ...


class Renderer(Protocol):
    """The reply templates (maild.adapters.templates)."""

    def render(self, name: str, **context: Any) -> str: ...


class Meter(Protocol):
    """Metrics (maild.runtime.metrics); every method is a no-op when they are off."""

    enabled: bool

    def mail(self, mailbox: str, request_type: str, action: str) -> None: ...
    def reply(self, mailbox: str, kind: str, result: str) -> None: ...
    def pass_done(self, mailbox: str, backlog: int, outbox: int) -> None: ...
    def triaged(self, mailbox: str, seconds: float) -> None: ...


class LeaseHolder(Protocol):
    """This worker's lease on its mailbox (maild.app.lease)."""

    token: Lease

    def hold(self) -> bool: ...
    def lost(self, detail: str) -> None: ...
    def release(self) -> None: ...


# -- the store, job by job ---------------------------------------------------------------------------


class IntakeStore(Protocol):
    """What the mail pass reads: where it starts, and which mails are recorded already."""

    transient_errors: tuple[type[Exception], ...]  # the database is gone (not: this mail is bad)

    def mailbox_state(self, mailbox: str) -> Row | None: ...
    def known_keys(self, mailbox: str, keys: list[str]) -> set[str]: ...
    def find_mail(self, mailbox: str, dedupe_key: str) -> Row | None: ...


class CaseStore(Protocol):
    """The case lookups of maild.app.cases."""

    def find_thread_case(self, mailbox: str, message_ids: list[str], refs: list[str]) -> Row | None: ...
    def find_thread_cases(self, mailbox: str, message_ids: list[str], refs: list[str]) -> list[Row]: ...
    def is_party(self, case_id: int, sender: str) -> bool: ...
    def case_verdicts(self, case_id: int) -> list[dict[str, Any]]: ...
    def last_reply_of_case(self, case_id: int, kind: str) -> LastReply | None: ...
    def open_case_of(self, mailbox: str, sender: str, request_type: str) -> Row | None: ...
    def replies_since(self, recipient: str, since: dt.datetime) -> int: ...


class CaseOfMail(Protocol):
    case_id: int | None
    case_ref: str


class Rows(Protocol):
    """One mail's rows inside its transaction (maild.app.record)."""

    def mail(self, new: NewMail, case_id: int | None, open_case: dict[str, str] | None, *,
             replied: bool) -> CaseOfMail: ...
    def finish(self, reply: NewReply | None, audit: Iterable[AuditRow],
               watermark: tuple[int, int] | None) -> Recorded: ...


class RecordStore(Protocol):
    def recording(self, mailbox: str, lease: Lease, now: dt.datetime) -> AbstractContextManager[Rows]: ...
    def record(self, new: NewMail, case_id: int | None, open_case: dict[str, str] | None, reply: NewReply | None,
               audit: list[AuditRow], watermark: tuple[int, int] | None, now: dt.datetime | None = None,
               lease: Lease = None) -> Recorded | None: ...


class FilingStore(Protocol):
    def mark_filed_many(self, items: list[tuple[int, str]]) -> None: ...
    def advance_watermark(self, mailbox: str, uidvalidity: int, uid: int) -> None: ...
    def unfiled(self, mailbox: str, uidvalidity: int, last_uid: int) -> list[tuple[int, int, str, str]]: ...


class ApplyStore(Protocol):
    """What a live pass writes besides its mails: where it starts, its health, bounced replies."""

    def save_mailbox_state(self, mailbox: str, uidvalidity: int, last_uid: int,
                           cutoff: dt.datetime | None = None) -> None: ...
    def poll_succeeded(self, mailbox: str, now: dt.datetime, backlog: int) -> bool: ...
    def reply_bounced(self, message_id: str, mail_id: int, diagnostic: str = "") -> bool: ...
    def pending_replies(self) -> int: ...


class OutboxStore(Protocol):
    shared: bool  # several workers may use this database at once (claims may be another's)

    def queue_reply(self, reply: NewReply, now: dt.datetime, *, case_id: int | None = None,
                    mail_id: int | None = None, audit: OperatorAudit | None = None) -> int: ...
    def claim_next_reply(self, now: dt.datetime, skip: set[int]) -> Row | None: ...
    def finish_reply(self, outbound_id: int, status: str, error: str = "",
                     retry_at: dt.datetime | None = None) -> None: ...
    def sending_to_uncertain(self, claimed_before: dt.datetime | None = None) -> int: ...
    def uncertain_replies(self, since: dt.datetime, limit: int = 200) -> list[tuple[int, str]]: ...
    def reconcile_reply(self, outbound_id: int, folder: str) -> bool: ...
    def poll_failed(self, mailbox: str, now: dt.datetime, error: str, alert_after: float) -> bool: ...
    def get_case(self, case_id: int) -> Row | None: ...


class LeaseStore(Protocol):
    shared: bool

    def acquire_lease(self, mailbox: str, holder: str, seconds: float, now: dt.datetime,
                      force: bool = False) -> int | None: ...
    def release_lease(self, mailbox: str, holder: str, epoch: int) -> None: ...


class ReminderStore(Protocol):
    def reminder_states(self, mailbox: str | None = None) -> list[CaseState]: ...
    def last_digest_at(self, mailbox: str | None = None) -> dt.datetime | None: ...
    def queue_reminder(self, due: Due, reply: NewReply | None, now: dt.datetime) -> bool: ...
    def case_thread(self, case_id: int) -> tuple[Row | None, list[str], dict[str, Any]]: ...
    def cases_by_id(self, ids: list[int]) -> list[Row]: ...
    def replies_since(self, recipient: str, since: dt.datetime) -> int: ...


@dataclass(frozen=True)
class CaseFile:
    """Everything a case holds: its mails (each with has_raw), their attachments by mail id,
    its replies and its audit rows, oldest first; the mails linked to it without being its own
    (the bounces of its replies) and its reminders."""

    mails: list[Row] = field(default_factory=list)
    attachments: dict[int, list[Row]] = field(default_factory=dict)
    replies: list[Row] = field(default_factory=list)
    audit: list[Row] = field(default_factory=list)
    linked: list[Row] = field(default_factory=list)
    reminders: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class CaseFilter:
    """Which cases an operator lists: by status, request type, part of the sender's address and
    when they were opened; oldest first unless `newest_first`."""

    status: str = ""
    request_type: str = ""
    sender: str = ""
    opened_before: dt.datetime | None = None
    opened_after: dt.datetime | None = None
    newest_first: bool = False


@dataclass(frozen=True)
class QueueRow:
    """A case in a list: its row, its latest mail's verdict and error, and the audit rows since
    that mail that can say why it is where it is (a bounce, a split, a note of the pass)."""

    case: Row
    verdict: dict[str, Any]
    error: str
    events: list[Row] = field(default_factory=list)


class ReviewStore(Protocol):
    """What the operators' actions read and write (maild.app.review)."""

    def review_queue(self, found: CaseFilter, limit: int) -> list[QueueRow]: ...
    def case_by_ref(self, ref: str) -> Row | None: ...
    def case_refs(self, ids: list[int]) -> dict[int, str]: ...
    def case_file(self, case_id: int) -> CaseFile: ...
    def mail_raw(self, mail_id: int) -> bytes | None: ...
    def last_mail(self, case_id: int) -> Row | None: ...
    def attachment_source(self, attachment_id: int) -> tuple[str, str, str, bytes] | None: ...
    def count_replies(self, *, kind: str, mail_id: int | None = None, case_id: int | None = None) -> int: ...
    def queue_reply(self, reply: NewReply, now: dt.datetime, *, case_id: int | None = None,
                    mail_id: int | None = None, audit: OperatorAudit | None = None) -> int: ...
    def update_case(self, case_id: int, values: dict[str, Any], audit: OperatorAudit | None = None) -> None: ...
    def review_counts(self) -> tuple[dict[str, int], dict[str, int], dict[str, int], list[Row]]: ...
    def move_mails(self, mail_ids: list[int], target_id: int, now: dt.datetime,
                   audit: list[tuple[int, OperatorAudit]]) -> int: ...
    def merge_case(self, source_id: int, target_id: int, now: dt.datetime,
                   audit: list[tuple[int, OperatorAudit]]) -> int: ...
    def split_mail(self, mail_id: int, fields: dict[str, Any], now: dt.datetime, actor: str,
                   note: str) -> tuple[int, str]: ...


class SessionStore(Protocol):
    """The console's logins, held by the server (maild.app.access), and its audit rows."""

    def start_session(self, token_hash: str, operator: str, fingerprint: str, client: str,
                      now: dt.datetime, expires_at: dt.datetime) -> None: ...
    def session_of(self, token_hash: str) -> Row | None: ...
    def end_session(self, token_hash: str, now: dt.datetime, reason: str) -> None: ...
    def end_sessions_of(self, operator: str, now: dt.datetime, reason: str) -> int: ...
    def audit_event(self, event: str, actor: str, detail: dict[str, Any]) -> None: ...


class Accounts(Protocol):
    """The operators' accounts (maild.adapters.operators.OperatorFile)."""

    def fingerprint_of(self, name: str) -> str | None:
        """What identifies the operator's current password; None for no such operator."""

    def verify(self, name: str, password: str) -> str | None:
        """The fingerprint when the password is right, else None (as slow for an unknown name)."""

    def set_password(self, name: str, password: str) -> None: ...
    def remove(self, name: str) -> bool: ...
