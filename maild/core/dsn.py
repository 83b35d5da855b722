"""Delivery reports about maild's own replies, in whatever format the MTA wrote them.

A bounce of one of our replies is never answered (it is automated), but it
must not be lost either: the reply is marked bounced and its case goes back
to an operator, because the officer has not heard from the helpdesk. A
"delayed" report changes nothing.

RFC 3464 fields are read wherever the delivery-status part is: under a
multipart/report of any report-type, or wrapped in a multipart/mixed as some
gateways send it, in its RFC 6533 (message/global-delivery-status) form, or
transfer-encoded. A plain-text bounce without one (qmail, old Exim, gateways)
is read where it can be: it must return the original (attached or copied
inline, with its Message-ID) and say how delivery went in SMTP's own terms,
a status code (RFC 3463 "5.1.1", RFC 5321 "550 ..."): 5 is failed, 4 is
delayed. A disposition notification (RFC 8098) is a delivery report only when
it says the message was deleted unread, as a Sieve reject (RFC 5429) or a
full mailbox's MDA sends it; a read receipt is not one. A report that a
gateway wrapped whole in an attached message is read inside it.
"""

from __future__ import annotations

import binascii
import email
import re
from dataclasses import dataclass, field
from email.message import Message

from maild.core.mime import header_end

_MESSAGE_ID = re.compile(r"^[ \t>]*Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\s]{1,900}>)",
                         re.IGNORECASE | re.MULTILINE)
_ACTION = re.compile(r"^[ \t]*Action:[ \t]*([a-z-]+)", re.IGNORECASE | re.MULTILINE)
_DISPOSITION = re.compile(r"^[ \t]*Disposition:[^;\n]*;[ \t]*([a-z-]+)", re.IGNORECASE | re.MULTILINE)
_ORIGINAL_ID = re.compile(r"^[ \t]*Original-Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\s]{1,900}>)",
                          re.IGNORECASE | re.MULTILINE)
# What a report's body must hold to be worth parsing: a status part, a returned message or an inline copy.
_WORTH_READING = re.compile(rb"delivery-status|disposition-notification|rfc822|^[ \t>]*message-id[ \t]*:",
                            re.IGNORECASE | re.MULTILINE)
# Where the copy of the original starts in a plain-text bounce: the explanation is what comes before.
_INLINE_COPY = re.compile(r"^[ \t>]*(Return-Path|Received|Message-ID|MIME-Version|DKIM-Signature):",
                          re.IGNORECASE | re.MULTILINE)
# An enhanced status code (RFC 3463) or an SMTP reply code followed by its text (RFC 5321).
_STATUS_CODE = re.compile(r"(?<![\d.])([245])\.\d{1,3}\.\d{1,3}(?![\d.])"
                          r"|(?<![\d.])([45])[0-5]\d(?=[ -][^\d\s])")

_STATUS_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
_RETURNED_TYPES = frozenset({"message/rfc822", "message/global", "text/rfc822-headers",
                             "message/rfc822-headers", "message/global-headers"})
_RECEIPT_TYPES = frozenset({"message/disposition-notification", "message/global-disposition-notification"})
_MAX_PARTS = 500
_DIAGNOSTIC = re.compile(r"^[ \t]*Diagnostic-Code:[ \t]*(?:[a-z0-9-]+[ \t]*;)?[ \t]*(.+(?:\r?\n[ \t]+.+)*)",
                         re.IGNORECASE | re.MULTILINE)
_STATUS = re.compile(r"^[ \t]*Status:[ \t]*([245]\.\d{1,3}\.\d{1,3}.*)$", re.IGNORECASE | re.MULTILINE)
MAX_DIAGNOSTIC = 300


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What a DSN says: 'failed', 'delayed', 'delivered'...; and the Message-ID it is about."""

    action: str
    original_message_id: str


@dataclass
class _Parts:
    """The parts of a report that matter, outside any message it returns."""

    status: list[Message] = field(default_factory=list)
    receipts: list[Message] = field(default_factory=list)
    returned: list[Message] = field(default_factory=list)
    texts: list[Message] = field(default_factory=list)
    receipt_report: bool = False


def read_dsn(raw: bytes, max_bytes: int = 2_000_000) -> DeliveryReport | None:
    """The report of a delivery-status notification in any format, or None when there is none."""
    data = raw[:max_bytes]
    found = header_end(data)
    if found is None or not _WORTH_READING.search(data, found[1]):
        return None
    try:
        parts = _collect(email.message_from_bytes(data))
        if not parts.status and not parts.receipts:
            wrapped = (inner for inner in map(_collect, _attached(parts)) if inner.status or inner.receipts)
            parts = next(wrapped, parts)
        if parts.status:
            return _from_status(parts)
        if parts.receipts or parts.receipt_report:
            return _from_receipt(parts)
        return _from_plain_text(parts)
    except Exception:  # the standard library raises many kinds on hostile bytes: then there is no report
        return None


def read_diagnostic(raw: bytes, max_bytes: int = 2_000_000) -> str:
    """What the recipient's server said about a failed delivery ('552 5.2.2 Mailbox full'),
    on one line: the Diagnostic-Code, else the Status, else the line of a plain-text bounce
    with its SMTP code; '' when the report gives none. The text is the remote server's: hostile."""
    try:
        parts = _collect(email.message_from_bytes(raw[:max_bytes]))
        if not parts.status and not parts.receipts:
            parts = next((inner for inner in map(_collect, _attached(parts)) if inner.status), parts)
        for pattern in (_DIAGNOSTIC, _STATUS):
            for part in parts.status:
                found = pattern.search(_text_of(part))
                if found:
                    return _one_line(found.group(1))
        for part in parts.texts:
            explanation = _INLINE_COPY.split(_text_of(part), maxsplit=1)[0]
            line = next((x for x in explanation.splitlines() if _STATUS_CODE.search(x)), "")
            if line:
                return _one_line(line)
        if parts.receipts:
            return "deleted unread by the recipient's mail system"
    except Exception:  # hostile bytes: no diagnostic rather than no bounce
        return ""
    return ""


def _one_line(text: str) -> str:
    flat = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())
    return flat[:MAX_DIAGNOSTIC]


def _collect(msg: Message) -> _Parts:
    """Walk the report's own parts; a returned or attached message is not walked into."""
    parts = _Parts()
    stack = [msg]
    for _ in range(_MAX_PARTS):
        if not stack:
            break
        part = stack.pop()
        ctype = part.get_content_type()
        if ctype == "multipart/report" and _report_type(part) == "disposition-notification":
            parts.receipt_report = True
        if part.is_multipart() and ctype.startswith("multipart/"):
            stack.extend(reversed([p for p in part.get_payload() if isinstance(p, Message)]))
        elif ctype in _STATUS_TYPES:
            parts.status.append(part)
        elif ctype in _RETURNED_TYPES:
            parts.returned.append(part)
        elif ctype in _RECEIPT_TYPES:
            parts.receipts.append(part)
        elif ctype == "text/plain":
            parts.texts.append(part)
    return parts


def _report_type(part: Message) -> str:
    value = part.get_param("report-type", "")
    return str(value[2] if isinstance(value, tuple) else value).strip().lower()


def _attached(parts: _Parts) -> list[Message]:
    """Messages the report attaches: a gateway may wrap the MTA's whole report in one."""
    out = []
    for part in parts.returned:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            out.append(payload[0])
    return out


def _from_status(parts: _Parts) -> DeliveryReport | None:
    """RFC 3464: the worst Action: of any recipient, and the returned message's Message-ID."""
    actions = [_normal_action(a) for p in parts.status for a in _ACTION.findall(_text_of(p))]
    if not actions:
        return None
    action = "failed" if "failed" in actions else "delayed" if "delayed" in actions else actions[0]
    return DeliveryReport(action, _original_id(parts))


def _from_receipt(parts: _Parts) -> DeliveryReport | None:
    """RFC 8098: 'deleted' (unread, by the recipient's MDA or Sieve) is a failed delivery; nothing else is."""
    for part in parts.receipts:
        text = _text_of(part)
        disposition = _DISPOSITION.search(text)
        if disposition and disposition.group(1).lower() == "deleted":
            original = _ORIGINAL_ID.search(text)
            return DeliveryReport("failed", original.group(1) if original else _original_id(parts))
    return None


def _from_plain_text(parts: _Parts) -> DeliveryReport | None:
    """A bounce without a status part: read only when it returns the original and gives a status code."""
    original = _original_id(parts)
    explanation = "\n".join(_INLINE_COPY.split(_text_of(t), maxsplit=1)[0] for t in parts.texts)
    classes = {m.group(1) or m.group(2) for m in _STATUS_CODE.finditer(explanation)}
    action = "failed" if "5" in classes else "delayed" if "4" in classes else ""
    return DeliveryReport(action, original) if action and original else None


def _normal_action(value: str) -> str:
    """RFC 3464's action words, and what some MTAs write instead ('failure', 'error')."""
    word = value.lower()
    if word.startswith(("fail", "error", "undeliver", "bounce")):
        return "failed"
    return "delayed" if word.startswith("delay") else word


def _original_id(parts: _Parts) -> str:
    """The Message-ID of the returned message (attached, as headers only, or copied into the text)."""
    for part in parts.returned:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            found = str(payload[0].get("Message-ID", "") or "").strip()
            if found:
                return found
        match = _MESSAGE_ID.search(_text_of(part))
        if match:
            return match.group(1)
    for part in parts.texts:
        match = _MESSAGE_ID.search(_text_of(part))
        if match:
            return match.group(1)
    return ""


def _text_of(part: Message) -> str:
    """A part's text with its transfer encoding undone, whether the parser split it into blocks or not."""
    encoding = str(part.get("Content-Transfer-Encoding", "") or "").strip().lower()
    payload = part.get_payload()
    if isinstance(payload, list):
        text = "\n\n".join(p.as_string() if isinstance(p, Message) else str(p) for p in payload)
        if encoding == "base64":
            clean = re.sub(r"[^A-Za-z0-9+/=]", "", text).encode()
            return binascii.a2b_base64(clean).decode("utf-8", "replace")
        if encoding == "quoted-printable":
            return binascii.a2b_qp(text.encode("utf-8", "replace")).decode("utf-8", "replace")
        return text
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    try:
        return data.decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", "replace")
