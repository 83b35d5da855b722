"""A reply's RFC 5322 bytes from its rendered text: header lines folded as the SMTP policy folds them.

Pure: text in, bytes out (the standard library's `email` package only). The
header values are cleaned of control characters first, so nothing a sender
wrote can add a header to a reply.
"""

from __future__ import annotations

import re
from functools import lru_cache

from maild.core.text import clean_header_text


def build_message(text: str, *, sender: str, recipient: str, message_id: str, in_reply_to: str,
                  references: tuple[str, ...], date: str) -> tuple[str, bytes]:
    """A reply's RFC 5322 bytes from rendered text whose first line is 'Subject: ...'.

    Returns (subject, bytes). Header values are folded to one line with control
    characters removed, so nothing the sender wrote can add a header. The body
    (its encoding chosen by the standard library) and any header that is not a
    short line of plain ASCII go through `email`'s SMTP policy; a plain short
    header is written as that policy would write it, without parsing it first,
    which was two thirds of the cost of a reply.
    """
    first, _, body = text.partition("\n")
    subject = clean_header_text(first.removeprefix("Subject:"))[:250]
    fields = [("From", sender), ("To", recipient), ("Subject", subject), ("Date", date), ("Message-ID", message_id)]
    if in_reply_to:
        fields.append(("In-Reply-To", clean_header_text(in_reply_to)))
    refs = " ".join(clean_header_text(r) for r in references if r)[:900]
    if refs:
        fields.append(("References", refs))
    fields += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    head = "".join(fold_header(name, value) for name, value in fields).encode("ascii")
    return subject, head + _text_part(body.lstrip("\n"))


# Printable ASCII words with single spaces: the SMTP policy writes such a value unchanged.
_PLAIN = re.compile(r"[!-~]+(?: [!-~]+)*")
# A bare address: no display name, quotes, comments or groups for the policy to rewrite.
_BARE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
_ADDRESS_FIELDS = ("from", "to", "cc", "reply-to", "sender")


def fold_header(name: str, value: str) -> str:
    """One header line (with its CRLF) as email's SMTP policy folds it."""
    if len(name) + 2 + len(value) <= 78 and _PLAIN.fullmatch(value) and (
            name.lower() not in _ADDRESS_FIELDS or _BARE_ADDRESS.fullmatch(value)):
        return f"{name}: {value}\r\n"
    return _policy_fold(name, value)


@lru_cache(maxsize=64)
def _policy_fold(name: str, value: str) -> str:
    """The SMTP policy's own parse and fold (kept: the From: line is the same for every reply).

    header_store_parse is what `message[name] = value` calls: it refuses a value with a
    line break, which header_factory alone would fold into a header of its own.
    """
    from email.policy import SMTP

    return str(SMTP.header_store_parse(name, value)[1].fold(policy=SMTP))


def _text_part(body: str) -> bytes:
    """Content-Type, Content-Transfer-Encoding, MIME-Version and the encoded body, as
    `EmailMessage.set_content(body)` writes them under the SMTP policy.

    The encoding (7bit, quoted-printable or base64) is chosen by the standard library's
    own function; only the three fixed header lines are written here. Where that
    function is missing (another Python), the whole part goes through EmailMessage.
    """
    from email.policy import SMTP

    try:
        from email.contentmanager import _encode_text
    except ImportError:
        return _text_part_whole(body)
    cte, data = _encode_text(body, "utf-8", None, SMTP)
    head = f'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: {cte}\r\nMIME-Version: 1.0\r\n\r\n'
    return (head + _NEWLINE.sub("\r\n", data)).encode("ascii", "surrogateescape")


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _text_part_whole(body: str) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    part = EmailMessage(policy=SMTP)
    part.set_content(body)
    return part.as_bytes()
