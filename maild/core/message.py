"""A reply's RFC 5322 bytes from its rendered text: every header field written by maild.core.headers.

Pure: text in, bytes out. The header block is written field by field from
values that were decoded, cleaned and then encoded once (maild.core.headers),
never handed to a parser that could decode them again, so nothing a sender
wrote can add a field, end the header block or change the body's type. The
body is one text/plain part, encoded by the standard library's own function.
"""

from __future__ import annotations

import re

from maild.core.headers import (address_field, header_text, id_field, message_id_field, msg_ids, plain_address,
                                text_field)

SUBJECT_LIMIT = 250


def build_message(text: str, *, sender: tuple[str, str], recipient: str, message_id: str, in_reply_to: str,
                  references: tuple[str, ...], date: str, automatic: bool = True) -> tuple[str, bytes]:
    """A reply's RFC 5322 bytes from rendered text whose first line is 'Subject: ...'.

    Returns (subject as written, bytes). `sender` is (display name, address); the
    recipient must be a plain address (ValueError otherwise, as for our own
    Message-ID). In-Reply-To and References keep only plain msg-ids. `automatic`
    marks the mail Auto-Submitted (RFC 3834); a reply an operator wrote or sent is not.
    """
    first, _, body = text.partition("\n")
    subject = header_text(first.removeprefix("Subject:"), SUBJECT_LIMIT)
    head = [address_field("From", *sender), address_field("To", "", recipient), text_field("Subject", subject),
            text_field("Date", date), message_id_field(message_id)]
    parent = msg_ids(in_reply_to)[:1]
    if parent:
        head.append(id_field("In-Reply-To", parent))
    thread = msg_ids(*references, *parent)
    if thread:
        head.append(id_field("References", thread))
    if automatic:
        head.append("Auto-Submitted: auto-replied\r\n")
    head.append("X-Auto-Response-Suppress: All\r\n")
    return subject, "".join(head).encode("ascii") + _text_part(body_text(body.lstrip("\n")))


# Characters a text body never needs (line ends are normalised later; tabs stay): C0 and C1 controls,
# the direction marks, embeddings, overrides and isolates, the byte-order mark, lone surrogates. NEL
# and the line and paragraph separators end a line, as they mean to.
_BODY_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069\ufeff\ud800-\udfff]")
_BODY_BREAKS = re.compile("[\x85\u2028\u2029]")


def body_text(text: str) -> str:
    """A body as it is sent: no control or direction character, whoever wrote its words (the
    values of a mail are cleaned before a template prints them; this holds for an operator's too)."""
    return _BODY_UNSAFE.sub("", _BODY_BREAKS.sub("\n", text))


def can_write_to(address: str) -> bool:
    """Whether a reply can be addressed to this address (a plain addr-spec)."""
    return plain_address(address) is not None


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
