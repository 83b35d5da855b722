"""Delivery status notifications (RFC 3464) about maild's own replies.

A bounce of one of our replies is never answered (it is automated), but it
must not be lost either: the reply is marked bounced and its case goes back
to an operator, because the officer has not heard from the helpdesk. A
"delayed" report changes nothing.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email.message import Message

_MESSAGE_ID = re.compile(r"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What a DSN says: 'failed', 'delayed', 'delivered'...; and the Message-ID it is about."""

    action: str
    original_message_id: str


def read_dsn(raw: bytes, max_bytes: int = 2_000_000) -> DeliveryReport | None:
    """The report of a multipart/report; report-type=delivery-status mail, else None."""
    head = raw[:4096].lower()
    if b"multipart/report" not in head or b"delivery-status" not in head:
        return None
    try:
        msg = email.message_from_bytes(raw[:max_bytes])
    except (ValueError, TypeError, IndexError, RecursionError):
        return None
    action, original = "", ""
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            action = action or _action(part)
        elif ctype in ("text/rfc822-headers", "message/rfc822"):
            original = original or _original_id(part)
    return DeliveryReport(action, original) if action else None


def _action(part: Message) -> str:
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    texts = [str(b) for b in blocks] or [str(part.get_payload(decode=False) or "")]
    for text in texts:
        match = re.search(r"^Action:\s*([a-z]+)", text, re.IGNORECASE | re.MULTILINE)
        if match:
            return match.group(1).lower()
    return ""


def _original_id(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload:
        inner = payload[0]
        return str(inner.get("Message-ID", "") or "").strip() if isinstance(inner, Message) else ""
    match = _MESSAGE_ID.search(str(payload or ""))
    return match.group(1) if match else ""
