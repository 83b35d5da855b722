"""Cheap looks at a raw mail's header block, without parsing the whole mail.

The mail pass needs a mail's Message-ID (its dedupe key), its References (to
thread a reply) and its header block (to find the case it follows up) before
the full triage runs; reading only the first bytes keeps that cheap for a
25 MB mail.
"""

from __future__ import annotations

import re

CASE_REF = re.compile(r"\bSS-\d{4}-\d{6}\b")


def header_bytes(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n", 0, 300_000)
    end = raw.find(b"\n\n", 0, 300_000) if end < 0 else end
    return raw[: end + 2] if end >= 0 else raw[:300_000]


_RAW_CASE_REF = re.compile(rb"SS-\d{4}-\d{6}")


def may_refer_to_a_case(head: bytes) -> bool:
    """False only when a header block certainly names no earlier mail and no case: no
    In-Reply-To or References field, no encoded word (which could hide a case reference
    in the Subject), and no case reference in the raw bytes. A fresh request, most of a
    backlog, then needs no header parse to find the case it follows up (there is none)."""
    low = head.lower()
    return (b"in-reply-to" in low or b"references" in low or b"=?" in head
            or _RAW_CASE_REF.search(head) is not None)


def is_own_reply(message_id: str, domain: str) -> bool:
    """One of maild's own replies come back (a forwarding loop): never answered."""
    return message_id.startswith("<maild.") and message_id.endswith(f"@{domain}>")


def message_id(raw: bytes) -> str:
    """The Message-ID of a raw mail, read from its header block only."""
    head = raw[: raw.find(b"\n\n") if b"\n\n" in raw[:200_000] else 200_000]
    match = re.search(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\r\n]{1,900}>)", head, re.IGNORECASE | re.MULTILINE)
    return match.group(1).decode("utf-8", "replace") if match else ""


def references(raw: bytes) -> list[str]:
    head = raw[:200_000]
    end = head.find(b"\r\n\r\n") if b"\r\n\r\n" in head else head.find(b"\n\n")
    head = head[:end] if end > 0 else head
    match = re.search(rb"^References:((?:[^\n]*\n[ \t])*[^\n]*)", head, re.IGNORECASE | re.MULTILINE)
    if not match:
        return []
    return [r.decode("utf-8", "replace") for r in re.findall(rb"<[^>\s]{1,900}>", match.group(1))][-10:]
