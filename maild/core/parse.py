"""Raw RFC 5322 bytes to a ParsedMail: headers, the sender's text, the attachments.

The header block goes through mail-parser, which decodes encoded words and
parses addresses strictly (the CVE-2023-27043 forms yield no address rather
than a wrong one). The MIME tree is walked with the standard library's
compat32 parser directly, because mail-parser decodes and base64-re-encodes
every attachment eagerly: a 25 MB scan would be copied twice more, and its
walk recurses without a depth limit. Here the walk is iterative, bounded in
depth and part count, and each attachment is decoded exactly once.

Nothing in here raises on bad input: what cannot be read becomes a problem
string in the result, and triage puts such a mail in front of an operator.
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

import mailparser

from maild.core.model import Address, ParsedMail, RawAttachment
from maild.core.policy import TriagePolicy
from maild.core.quoting import split_quoted
from maild.core.ruleset import QuotingRules
from maild.core.text import clean_header_text, decode_bytes, decode_words, html_to_text

_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass
class _Walk:
    """What the MIME walk collects, in document order."""

    top_plain: list[str] = field(default_factory=list)
    top_html: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    attachments: list[RawAttachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: int = 0


def parse_mail(raw: bytes, policy: TriagePolicy, quoting: QuotingRules) -> ParsedMail:
    """Parse one mail; never raises on malformed input."""
    problems: list[str] = []
    if len(raw) > policy.max_mail_bytes:
        problems.append(f"mail is {len(raw)} bytes, above the limit of {policy.max_mail_bytes}")
        raw = raw[: policy.max_mail_bytes]
    head = _header_bytes(raw)
    summary = _mailparser_summary(head, problems)
    try:
        msg = email.message_from_bytes(raw)
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError) as exc:
        problems.append(f"the MIME structure could not be parsed ({type(exc).__name__})")
        msg = email.message_from_bytes(head + b"\n")
    headers = tuple((k, clean_header_text(str(v))) for k, v in _safe_items(msg))
    walk = _Walk()
    _walk_tree(msg, policy, walk)
    subject = clean_header_text(summary.get("subject") or decode_words(msg.get("Subject", "")))
    own, inline_forward = split_quoted(_body_text(walk), quoting, subject)
    forwarded = "\n".join(x for x in [inline_forward, *walk.forwarded] if x.strip())
    from_values = [str(v) for v in (msg.get_all("From") or [])]
    return ParsedMail(
        message_id=clean_header_text(str(msg.get("Message-ID", "") or "")),
        from_addresses=summary.get("from", ()),
        from_header_count=len(from_values),
        from_raw=clean_header_text(" ".join(from_values))[:500],
        subject=subject,
        date=_date(msg.get("Date")),
        headers=headers,
        content_type=(msg.get_content_type() or "").lower(),
        own_text=own,
        forwarded_text=forwarded,
        attachments=tuple(walk.attachments),
        in_reply_to=clean_header_text(str(msg.get("In-Reply-To", "") or "")),
        references=tuple(clean_header_text(str(msg.get("References", "") or "")).split()),
        problems=tuple(problems + walk.problems),
        notes=tuple(walk.notes),
    )


def _header_bytes(raw: bytes) -> bytes:
    match = _HEADER_END.search(raw)
    return raw[: match.start()] + b"\n\n" if match else raw + b"\n\n"


def _mailparser_summary(head: bytes, problems: list[str]) -> dict[str, object]:
    """Sender and subject from mail-parser, fed the header block only (see module doc)."""
    try:
        parsed = mailparser.parse_from_bytes(head)
        pairs = parsed.from_ or []
        subject = parsed.subject or ""
    except Exception as exc:  # mail-parser raises its own and the stdlib's errors alike
        problems.append(f"the header block could not be parsed ({type(exc).__name__})")
        return {}
    addresses = tuple(Address(clean_header_text(str(n or "")), str(a or "").strip())
                      for n, a in pairs if a)
    return {"from": addresses, "subject": subject}


def _safe_items(msg: Message) -> list[tuple[str, object]]:
    try:
        return list(msg.items())
    except (ValueError, TypeError, LookupError):
        return list(getattr(msg, "_headers", []))


def _date(value: object) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _body_text(walk: _Walk) -> str:
    """The mail's own body: its text/plain parts, else its HTML parts turned into text."""
    if walk.top_plain:
        return "\n".join(walk.top_plain)
    return "\n".join(html_to_text(h) for h in walk.top_html)


def _walk_tree(root: Message, policy: TriagePolicy, walk: _Walk) -> None:
    """Iterative depth-first walk: (part, depth, inside a forwarded message, in a report)."""
    stack: list[tuple[Message, int, int, bool]] = [(root, 0, -1, False)]
    forwarded_bodies: dict[int, _Walk] = {}
    while stack:
        part, depth, fwd, in_report = stack.pop()
        walk.parts += 1
        if walk.parts > policy.max_parts:
            walk.problems.append(f"mail has more than {policy.max_parts} MIME parts; the rest was not read")
            break
        if depth > policy.max_depth:
            walk.problems.append(f"MIME parts nested deeper than {policy.max_depth}; the rest was not read")
            break
        children = _visit(part, depth, fwd, in_report, walk, forwarded_bodies)
        stack.extend(reversed(children))
    for sub in forwarded_bodies.values():
        text = "\n".join(sub.top_plain) or "\n".join(html_to_text(h) for h in sub.top_html)
        walk.forwarded.append(sub.notes[0] + text if sub.notes else text)


def _visit(part: Message, depth: int, fwd: int, in_report: bool, walk: _Walk,
           forwarded: dict[int, _Walk]) -> list[tuple[Message, int, int, bool]]:
    """Handle one part; return its children to walk next."""
    ctype = _content_type(part)
    target = forwarded.get(fwd, walk) if fwd >= 0 else walk
    if part.is_multipart():
        children = _children(part)
        if ctype == "multipart/report":
            # A delivery report: only its human-readable first part is read, no attachments.
            return [(children[0], depth + 1, fwd, True)] if children and not in_report else []
        if ctype == "multipart/alternative":
            return [(c, depth + 1, fwd, in_report) for c in _order_alternative(children, target)]
        return [(c, depth + 1, fwd, in_report) for c in children]
    if ctype == "message/rfc822" or (ctype.startswith("message/") and isinstance(part.get_payload(), list)):
        return _forwarded_message(part, depth, in_report, walk, forwarded)
    if in_report:
        if ctype == "text/plain":
            target.top_plain.append(decode_bytes(_payload(part, walk, ""), part.get_content_charset())[0])
        return []
    filename = _filename(part, walk)
    if filename:
        data = _payload(part, walk, filename)
        walk.attachments.append(RawAttachment(filename, ctype, data, forwarded=fwd >= 0))
        return []
    if _is_attachment_disposition(part) and not ctype.startswith("text/"):
        return []
    if ctype == "text/plain" or (ctype.startswith("text/") and ctype != "text/html" and depth == 0):
        text, lied = decode_bytes(_payload(part, walk, ""), part.get_content_charset())
        if lied:
            walk.notes.append("a text part's declared charset did not fit its bytes")
        target.top_plain.append(text)
    elif ctype == "text/html":
        text, _ = decode_bytes(_payload(part, walk, ""), part.get_content_charset())
        target.top_html.append(text)
    return []


def _order_alternative(children: list[Message], target: _Walk) -> list[Message]:
    """Keep the plain text alternative for the body, but walk every branch for attachments."""
    has_plain = any(_content_type(c) == "text/plain" for c in children)
    if not has_plain:
        return children
    return [c for c in children if _content_type(c) != "text/html"]


def _forwarded_message(part: Message, depth: int, in_report: bool, walk: _Walk,
                       forwarded: dict[int, _Walk]) -> list[tuple[Message, int, int, bool]]:
    """An attached message/rfc822: its text and files are part of the request."""
    if in_report:
        return []
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return []
    key = len(forwarded)
    sub = _Walk()
    sub.notes.append(_forward_header(inner))
    forwarded[key] = sub
    return [(inner, depth + 1, key, False)]


def _forward_header(inner: Message) -> str:
    lines = []
    for name in ("From", "Date", "Subject"):
        value = inner.get(name)
        if value:
            lines.append(f"{name}: {clean_header_text(decode_words(str(value)))}")
    return "\n".join(lines) + "\n\n"


def _children(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _content_type(part: Message) -> str:
    try:
        return (part.get_content_type() or "text/plain").lower()
    except (ValueError, TypeError, IndexError):
        return "application/octet-stream"


def _is_attachment_disposition(part: Message) -> bool:
    value = str(part.get("Content-Disposition", "") or "").lower()
    return value.startswith("attachment")


def _filename(part: Message, walk: _Walk) -> str:
    """The file name from Content-Disposition or Content-Type name=, RFC 2231 and 2047 decoded."""
    try:
        name = part.get_filename() or part.get_param("name", header="content-type")
    except (ValueError, TypeError, LookupError, IndexError):
        walk.notes.append("an attachment's file name could not be decoded")
        name = None
    if isinstance(name, tuple):
        name = email.utils.collapse_rfc2231_value(name)
    if not name:
        return ""
    text = decode_words(str(name))
    text = re.sub(r"[\x00-\x1f\x7f]+", "", text).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return (text or "unnamed")[:255]


def _payload(part: Message, walk: _Walk, filename: str) -> bytes:
    """Decode a leaf part's payload once; a broken transfer encoding is noted, not fatal."""
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError) as exc:
        walk.notes.append(f"a part could not be decoded ({type(exc).__name__})")
        return b""
    if part.defects:
        label = f"attachment {filename!r}" if filename else "a text part"
        walk.notes.append(f"{label} has MIME defects: {', '.join(type(d).__name__ for d in part.defects[:3])}")
    if isinstance(data, bytes):
        return data
    return b"" if data is None else str(data).encode("utf-8", "replace")
