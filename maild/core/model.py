"""Plain data that flows through triage: the parsed mail and the verdict.

Frozen dataclasses so that a verdict, once decided, cannot be changed behind
the back of the code that audits it. The vocabulary of the contract
(sender kinds, request types, actions) is spelled out as Literal types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SenderKind = Literal["icegate", "generic", "personal", "automated"]
RequestType = Literal[
    "sso_creation", "sso_status", "password_reset", "designation_update",
    "role_mapping", "eccs", "trade_portal", "unknown",
]
Action = Literal["ignore", "redirect", "review", "request_missing", "acknowledge"]

REQUEST_TYPES: tuple[str, ...] = (
    "sso_creation", "sso_status", "password_reset", "designation_update",
    "role_mapping", "eccs", "trade_portal", "unknown",
)
ATTACHMENT_KINDS: tuple[str, ...] = (
    "template", "service_book", "promotion_order", "transfer_order", "posting_order",
    "charge_report", "certification_letter", "other",
)


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox of a From: field: the display name as decoded, and the address."""

    name: str
    email: str

    @property
    def local(self) -> str:
        return self.email.rpartition("@")[0].lower()

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()


@dataclass(frozen=True, slots=True)
class RawAttachment:
    """A MIME part with a file name, its bytes kept as a view of the decoded payload.

    `forwarded` is true for files found inside an attached message/rfc822.
    """

    filename: str
    content_type: str
    data: bytes
    forwarded: bool = False

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """What triage needs of one mail, already decoded.

    `own_text` is what the sender wrote (quotes removed, forwarded originals
    cut off); `forwarded_text` holds forwarded originals, which count as part
    of the request but not as the sender's signature. `problems` lists what
    could not be parsed: any entry puts the mail in front of an operator.
    """

    message_id: str
    from_addresses: tuple[Address, ...]
    from_header_count: int
    from_raw: str
    subject: str
    date: dt.datetime | None
    headers: tuple[tuple[str, str], ...]
    content_type: str
    own_text: str
    forwarded_text: str
    attachments: tuple[RawAttachment, ...]
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def header(self, name: str) -> list[str]:
        """All values of one header, in the order they appear (topmost first)."""
        low = name.lower()
        return [v for k, v in self.headers if k.lower() == low]

    def has_header_prefix(self, prefix: str) -> bool:
        low = prefix.lower()
        return any(k.lower().startswith(low) for k, _ in self.headers)

    @property
    def sender(self) -> Address | None:
        return self.from_addresses[0] if self.from_addresses else None


@dataclass(frozen=True, slots=True)
class Signature:
    """The sender's sign-off: each field empty when it was not found."""

    name: str = ""
    designation: str = ""
    email: str = ""
    phone: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "designation": self.designation, "email": self.email, "phone": self.phone}


@dataclass(frozen=True, slots=True, order=True)
class TemplateError:
    """One finding of the creation-template check, row as Excel shows it.

    `cause` says which of a code's causes it is (an invalid_date that is no date, is in
    the future, or makes the officer join before 18) and `value` is the cell as written,
    so a reply can quote it; neither takes part in comparing or de-duplicating findings.
    """

    row: int
    column: str
    code: str
    cause: str = field(default="", compare=False)
    value: str = field(default="", compare=False)

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"row": self.row, "column": self.column, "code": self.code}
        if self.cause:
            found["cause"] = self.cause
        if self.value:
            found["value"] = self.value
        return found


@dataclass(frozen=True, slots=True)
class TemplateReport:
    """The outcome of checking one spreadsheet against the template contract.

    `is_template` is false when the sheet has no header row; `errors` then
    holds nothing. `text` carries the office and location cells, which may
    name a COIN posting.
    """

    is_template: bool
    errors: tuple[TemplateError, ...] = ()
    data_rows: int = 0
    text: str = ""
    note: str = ""
    review: str = ""


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment as the verdict reports it (no bytes)."""

    filename: str
    kind: str
    content_type: str
    size: int
    sha256: str
    forwarded: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "kind": self.kind, "content_type": self.content_type,
                "size": self.size, "sha256": self.sha256, "forwarded": self.forwarded}


@dataclass(frozen=True, slots=True)
class Details:
    """The request details found in the sender's own text (and forwarded originals)."""

    name: str = ""
    designation: str = ""
    mobile: str = ""
    sso_id: str = ""
    alt_email: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision for one mail, exactly the fields of the triage contract plus context."""

    message_id: str
    sender: str
    sender_kind: SenderKind
    signature: Signature
    request_type: RequestType
    attachments: tuple[AttachmentInfo, ...]
    missing: tuple[str, ...]
    template_errors: tuple[TemplateError, ...]
    action: Action
    reasons: tuple[str, ...]
    subject: str = ""
    details: Details = field(default_factory=Details)
    review_flags: tuple[str, ...] = ()
    # For the replies, not the contract: the language the sender wrote in ('hi' or 'en'), and what
    # the trusted Authentication-Results says of the From: domain ('pass', 'fail' or 'none').
    language: str = "en"
    authentication: str = "none"

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of `maild triage --json` (without the file field)."""
        return {
            "message_id": self.message_id,
            "sender": self.sender,
            "sender_kind": self.sender_kind,
            "signature": self.signature.as_dict(),
            "request_type": self.request_type,
            "attachments": [a.as_dict() for a in self.attachments],
            "missing": list(self.missing),
            "template_errors": [e.as_dict() for e in self.template_errors],
            "action": self.action,
            "reasons": list(self.reasons),
            "subject": self.subject,
            "review_flags": list(self.review_flags),
            "language": self.language,
            "authentication": self.authentication,
            "details": {"name": self.details.name, "designation": self.details.designation,
                        "mobile": self.details.mobile, "sso_id": self.details.sso_id,
                        "alt_email": self.details.alt_email},
        }


@dataclass(frozen=True, slots=True)
class Prior:
    """What earlier mails of the same case established: it counts for a follow-up.

    A follow-up keeps the thread's request type, and documents and details
    sent before need not be sent again. The errors of the case's latest
    template stand until a template comes again; a signature counts for the
    later mails of the mailbox that gave it (`signatures`: address, fields).
    """

    request_type: str
    kinds: tuple[str, ...] = ()
    details: Details = field(default_factory=Details)
    template_errors: tuple[TemplateError, ...] = ()
    signatures: tuple[tuple[str, Signature], ...] = ()

    def signature_of(self, address: str) -> Signature:
        """The signature fields this address gave earlier in the case, merged field by field."""
        found = [sig for who, sig in self.signatures if who == address.lower()]
        fields = ("name", "designation", "email", "phone")
        return Signature(**{f: next((getattr(s, f) for s in found if getattr(s, f)), "") for f in fields})
