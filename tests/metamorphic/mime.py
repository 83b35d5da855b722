"""Reading and rewriting the body parts of a raw mail with the standard library, leaving the rest as it was.

compat32 without line folding writes every sample mail back byte for byte,
so a transformation changes only the parts it edits: headers, attachments
and the parts of a delivery report stay exactly as they came.
"""

from __future__ import annotations

import base64
import email
import io
from collections.abc import Iterator
from email import policy as email_policy
from email import quoprimime
from email.generator import BytesGenerator
from email.message import Message

POLICY = email_policy.compat32.clone(max_line_length=None)
BODY_TYPES = ("text/plain", "text/html")


def parse(raw: bytes) -> Message:
    header_end = raw.find(b"\n\n")
    crlf = b"\r\n" in raw[:header_end if header_end > 0 else len(raw)]
    return email.message_from_bytes(raw, policy=POLICY.clone(linesep="\r\n") if crlf else POLICY)


def serialize(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=msg.policy).flatten(msg)
    return out.getvalue()


def is_body(part: Message) -> bool:
    """A text/plain or text/html leaf the sender wrote: no file name, no attachment disposition."""
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    return (part.get_content_type() in BODY_TYPES and not part.is_multipart()
            and part.get_filename() is None and disposition != "attachment")


def walk(part: Message, parent: Message | None = None) -> Iterator[tuple[Message, Message | None]]:
    """Every part with its parent, in order, not descending into message/* parts (attached mails, reports)."""
    yield part, parent
    if part.is_multipart() and part.get_content_maintype() != "message":
        for child in part.get_payload():
            yield from walk(child, part)


def bodies(msg: Message) -> list[Message]:
    """The sender's own text parts, in order."""
    return [p for p, _ in walk(msg) if is_body(p)]


def get_text(part: Message) -> str:
    """The decoded text of a body part, with "\\n" line ends."""
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "us-ascii"
    try:
        text = data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("utf-8", "replace")
    return text.replace("\r\n", "\n")


def set_text(part: Message, text: str) -> None:
    """Store new text in a body part, in its own transfer encoding.

    Quoted-printable (and UTF-8) where 7bit no longer fits: a character outside
    ASCII, or a line longer than RFC 5322's 998 characters.
    """
    charset = part.get_content_charset() or "us-ascii"
    try:
        data = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
        data = text.encode(charset)
        part.set_param("charset", charset)
    cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable" or not data.isascii() or max(map(len, data.split(b"\n"))) > 998:
        cte = "quoted-printable"
        payload = quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")
    else:
        payload = data.decode("ascii")
    if "Content-Transfer-Encoding" in part:
        part.replace_header("Content-Transfer-Encoding", cte)
    elif cte != "7bit":
        part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)


def new_html_part(markup: str, policy: email_policy.Compat32) -> Message:
    """A text/html part in UTF-8, quoted-printable."""
    part = Message(policy=policy)
    part["Content-Type"] = 'text/html; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "quoted-printable"
    set_text(part, markup)
    return part


def replace_part(msg: Message, parent: Message | None, old: Message, new: Message) -> None:
    """Put `new` where `old` is; the top-level message takes over `new`'s content headers and body."""
    if parent is not None:
        children = parent.get_payload()
        children[next(i for i, c in enumerate(children) if c is old)] = new
        return
    for name in ("Content-Type", "Content-Transfer-Encoding"):
        del msg[name]
        if name in new:
            msg[name] = new[name]
    msg.preamble = msg.epilogue = None
    msg.set_payload(new.get_payload())
