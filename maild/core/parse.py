"""Raw RFC 5322 bytes to a ParsedMail: headers, the sender's text, the attachments.

The header block goes through mail-parser, which decodes encoded words and
parses addresses strictly (the CVE-2023-27043 forms yield no address rather
than a wrong one). The MIME tree is not left to mail-parser, nor to the
standard library's parser it wraps: both split every body into lines, and
mail-parser then base64-re-encodes each attachment, so a 25 MB scan would
cost over ten times its size. maild.core.mime splits the raw bytes into
spans instead, and each attachment is decoded exactly once.

Nothing in here raises on bad input: what cannot be read becomes a problem
string in the result, and triage puts such a mail in front of an operator.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
from dataclasses import dataclass, field
from email.message import Message

import mailparser

from maild.core.mime import Part, header_end, split_mime, squeeze_params
from maild.core.model import Address, ParsedMail, RawAttachment
from maild.core.policy import TriagePolicy
from maild.core.quoting import split_quoted
from maild.core.ruleset import QuotingRules
from maild.core.text import clean_header_text, decode_bytes, decode_words, html_to_text, readable_body

# mail-parser only ever sees the header block here, so its notes about bodies are noise.
logging.getLogger("mailparser").setLevel(logging.ERROR)
# Control characters, line and paragraph separators and bidirectional overrides: never in a file name.
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
MAX_SUBJECT = 2000
# The raw text of the From: fields is kept this long (sender.several_on_icegate reads all of it).
MAX_FROM_RAW = 500
# A header value kept for the rules (authentication results, list and auto-reply
# headers) is never this long in real mail; a longer one is cut, not cleaned whole.
MAX_HEADER_VALUE = 16_000


@dataclass
class _Walk:
    """What the MIME walk collects, in document order."""

    top_plain: list[str] = field(default_factory=list)
    top_html: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    attachments: list[RawAttachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_mail(raw: bytes, policy: TriagePolicy, quoting: QuotingRules) -> ParsedMail:
    """Parse one mail; never raises on malformed input."""
    problems: list[str] = []
    if len(raw) > policy.max_mail_bytes:
        problems.append(f"mail is {len(raw)} bytes, above the limit of {policy.max_mail_bytes}")
        raw = raw[: policy.max_mail_bytes]
    raw = _without_mbox_line(raw)
    split = split_mime(raw, policy.max_depth, policy.max_parts)
    msg = split.root.headers
    summary = _mailparser_summary(_sender_block(msg) or _header_bytes(raw), problems)
    problems += split.problems
    walk = _Walk()
    _walk_tree(split.root, walk)
    subject = clean_header_text(str(summary.get("subject") or decode_words(str(msg.get("Subject", "") or ""))))
    if len(subject) > MAX_SUBJECT:
        problems.append(f"the Subject: is {len(subject)} characters long; only the first {MAX_SUBJECT} were read")
        subject = subject[:MAX_SUBJECT]
    own, inline_forward = split_quoted(_texts(walk), quoting, subject)
    forwarded = "\n".join(x for x in [inline_forward, *walk.forwarded] if x.strip())
    from_values = [str(v) for v in (msg.get_all("From") or [])]
    return ParsedMail(
        message_id=clean_header_text(str(msg.get("Message-ID", "") or "")),
        from_addresses=summary.get("from", ()),  # type: ignore[arg-type]
        from_header_count=len(from_values),
        from_raw=clean_header_text(" ".join(from_values))[:MAX_FROM_RAW],
        subject=subject,
        date=_date(msg.get("Date")),
        headers=tuple((k, clean_header_text(str(v)[:MAX_HEADER_VALUE])) for k, v in _safe_items(msg)),
        content_type=split.root.content_type,
        own_text=own,
        forwarded_text=forwarded,
        attachments=tuple(walk.attachments),
        in_reply_to=clean_header_text(str(msg.get("In-Reply-To", "") or "")),
        references=tuple(clean_header_text(str(msg.get("References", "") or "")).split()),
        problems=tuple(problems),
        notes=tuple(dict.fromkeys(walk.notes)),
    )


def _without_mbox_line(raw: bytes) -> bytes:
    """The mail without a leading mbox "From " separator line, which is not a header field.

    Mail saved from a Unix mailbox starts with one ("From MAILER-DAEMON  Mon Dec 30
    19:53:03 2019"); the standard library's parser skips it, and so must we, or the
    whole header block would be read as body.
    """
    if not raw.startswith(b"From "):
        return raw
    end = raw.find(b"\n", 0, 1000)
    return raw[end + 1:] if end >= 0 else raw


def _header_bytes(raw: bytes) -> bytes:
    found = header_end(raw)
    return squeeze_params(raw[: found[0]] if found else raw) + b"\n\n"


def _sender_block(msg: Message) -> bytes:
    """The From: and Subject: fields of a parsed header block, as they were on the wire.

    mail-parser reads only these for maild, but it parses every field it is
    given (its Received: parsing alone was a third of its time), so it gets
    these, in their order, each as often as it occurs. b'' when there are none.
    """
    try:
        fields = [(name.encode("ascii", "surrogateescape"), str(value).encode("ascii", "surrogateescape"))
                  for name, value in getattr(msg, "_headers", []) if name.lower() in ("from", "subject")]
    except UnicodeError:  # not as parsed from bytes: the caller passes the whole block instead
        return b""
    return b"".join(name + b": " + value + b"\n" for name, value in fields) + b"\n" if fields else b""


def _mailparser_summary(head: bytes, problems: list[str]) -> dict[str, object]:
    """Sender and subject from mail-parser, fed the header block only (see module doc)."""
    try:
        parsed = mailparser.parse_from_bytes(head)
        pairs = parsed.from_ or []
        subject = parsed.subject or ""
    except Exception as exc:  # mail-parser raises its own and the stdlib's errors alike
        problems.append(f"the header block could not be parsed ({type(exc).__name__})")
        return {}
    # The display name is kept as decoded, control characters included: sender.ambiguity
    # must see a NUL or an address hidden in it (Mailsploit).
    addresses = tuple(Address(decode_words(str(n or "")), str(a or "").strip()) for n, a in pairs if a)
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


def _texts(walk: _Walk) -> str:
    """The mail's own body: its text/plain parts, else (none, or a stub) its HTML parts turned into text."""
    return readable_body(walk.top_plain, walk.top_html)[0]


def _walk_tree(root: Part, walk: _Walk) -> None:
    """Depth-first over the split parts: (part, forwarded message index, inside a report)."""
    stack: list[tuple[Part, int, bool]] = [(root, -1, False)]
    forwarded: list[_Walk] = []
    while stack:
        part, fwd, in_report = stack.pop()
        target = forwarded[fwd] if fwd >= 0 else walk
        children = _visit(part, fwd, in_report, walk, target, forwarded)
        stack.extend(reversed(children))
    for sub in forwarded:
        walk.forwarded.append(_texts(sub))
        walk.notes += sub.notes


def _visit(part: Part, fwd: int, in_report: bool, walk: _Walk, target: _Walk,
           forwarded: list[_Walk]) -> list[tuple[Part, int, bool]]:
    """Handle one part; return its children to walk next."""
    ctype = part.content_type
    if ctype.startswith("multipart/"):
        if ctype == "multipart/report":
            # A delivery report: only its human-readable first part is read, no attachments.
            return [(part.children[0], fwd, True)] if part.children and not in_report else []
        # Every branch of an alternative is walked: its attachments count, and its HTML is read where the
        # plain text is empty or a stub (maild.core.text.readable_body).
        return [(c, fwd, in_report) for c in part.children]
    if ctype in ("message/rfc822", "message/global"):
        if in_report or not part.children:
            return []
        forwarded.append(_Walk(top_plain=[_forward_header(part.children[0].headers)]))
        return [(part.children[0], len(forwarded) - 1, False)]
    if in_report:
        if ctype == "text/plain":
            target.top_plain.append(_text(part, target))
        return []
    filename = _filename(part.headers, walk)
    if filename:
        data = part.decoded()
        walk.notes += part.notes
        walk.attachments.append(RawAttachment(filename, ctype, data, forwarded=fwd >= 0))
    elif _is_attachment_disposition(part.headers) and not ctype.startswith("text/"):
        pass
    elif ctype == "text/html":
        target.top_html.append(_text(part, target))
    elif ctype.startswith("text/"):
        target.top_plain.append(_text(part, target))
    return []


def _text(part: Part, target: _Walk) -> str:
    text, lied = decode_bytes(part.decoded(), _charset(part.headers))
    target.notes += part.notes
    if lied:
        target.notes.append("a text part's declared charset did not fit its bytes")
    return text


def _charset(headers: Message) -> str | None:
    try:
        return headers.get_content_charset()
    except (ValueError, TypeError, LookupError, IndexError):
        return None


def _forward_header(inner: Message) -> str:
    lines = []
    for name in ("From", "Date", "Subject"):
        value = inner.get(name)
        if value:
            lines.append(f"{name}: {clean_header_text(decode_words(str(value)))}")
    return "\n".join(lines) + "\n"


def _is_attachment_disposition(part: Message) -> bool:
    value = str(part.get("Content-Disposition", "") or "").lower()
    return value.startswith("attachment")


def _utf8_headers(part: Message) -> Message:
    """The part's Content-Disposition and Content-Type with raw UTF-8 read as UTF-8 (RFC 6532, as
    some clients write file names). The parser keeps such bytes as surrogate escapes, and the
    compat32 policy would hand them out as U+FFFD: a file named 'सेवा पुस्तिका.jpg' lost its name."""
    raw = [(k, v) for k, v in getattr(part, "_headers", []) if k.lower() in ("content-disposition", "content-type")]
    if not any(isinstance(v, str) and any("\udc80" <= c <= "\udcff" for c in v) for _, v in raw):
        return part
    fixed = Message()
    for name, value in raw:
        fixed[name] = str(value).encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return fixed


def _filename(part: Message, walk: _Walk) -> str:
    """The file name from Content-Disposition or Content-Type name=, RFC 2231 and 2047 decoded."""
    part = _utf8_headers(part)
    try:
        name = part.get_filename() or part.get_param("name", header="content-type")  # type: ignore[arg-type]
    except (ValueError, TypeError, LookupError, IndexError):
        walk.notes.append("an attachment's file name could not be decoded")
        name = None
    if isinstance(name, tuple):
        name = email.utils.collapse_rfc2231_value(name)
    if not name:
        return ""
    text = _UNSAFE_NAME.sub("", decode_words(str(name)))
    text = text.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return ("unnamed" if text in ("", ".", "..") else text)[:255]
