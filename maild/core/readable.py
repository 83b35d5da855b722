"""A stored mail as an operator reads it: the text it carries, folded where it only quotes.

The operator judges what maild read, so the page shows the same split that
triage made (maild.core.parse): the sender's own words, the forwarded
originals that counted as part of the request, and below them, folded, the
quoted history that did not count. The whole body is taken again from the
raw bytes (its plain text, or its HTML turned into text: never HTML), and
the quoted part is what is left once the sender's own lines are found in
it, in order. Every character comes from a hostile mail: this only reads
text, and whoever shows it must escape it.
"""

from __future__ import annotations

from dataclasses import dataclass

from maild.core.mime import Part, split_mime
from maild.core.model import ParsedMail
from maild.core.text import decode_bytes, readable_body

MAX_CHARS = 60_000  # of each section shown: a mail of a megabyte of text is still one page


@dataclass(frozen=True, slots=True)
class MailText:
    """The sections of a mail's text, and whether it had only an HTML body (shown as text)."""

    own: str
    forwarded: str
    quoted: str
    html_only: bool
    cut: bool  # a section was longer than MAX_CHARS and is shown cut

    def as_dict(self) -> dict[str, object]:
        return {"own": self.own, "forwarded": self.forwarded, "quoted": self.quoted,
                "html_only": self.html_only, "cut": self.cut}


def mail_text(raw: bytes, parsed: ParsedMail, max_depth: int, max_parts: int) -> MailText:
    """The text of a mail whose triage read `parsed`: own words, forwarded originals, quoted rest."""
    whole, html_only = body_text(raw, max_depth, max_parts)
    own = parsed.own_text.replace("\r\n", "\n").strip("\n")
    quoted = quoted_rest(whole, own)
    sections = [_cut(own), _cut(parsed.forwarded_text.replace("\r\n", "\n").strip("\n")), _cut(quoted)]
    return MailText(sections[0][0], sections[1][0], sections[2][0], html_only, any(c for _, c in sections))


def body_text(raw: bytes, max_depth: int, max_parts: int) -> tuple[str, bool]:
    """The mail's body as triage reads it: its text parts, else its HTML parts as text.

    Attachments and attached messages are left out (an attached message's text is
    among the forwarded originals); a delivery report gives its human-readable part.
    """
    plain: list[str] = []
    html: list[str] = []
    stack = [split_mime(raw, max_depth, max_parts).root]
    while stack:
        part = stack.pop()
        ctype = part.content_type
        if ctype.startswith("multipart/"):
            stack.extend(reversed(_children(part, ctype)))
        elif ctype in ("message/rfc822", "message/global") or _is_file(part):
            continue
        elif ctype == "text/html":
            html.append(_decoded(part))
        elif ctype.startswith("text/"):
            plain.append(_decoded(part))
    text, from_html = readable_body(plain, html)
    return text.replace("\r\n", "\n").replace("\r", "\n"), from_html


def quoted_rest(whole: str, own: str) -> str:
    """The lines of `whole` that are not the sender's own, in order: what their mail quotes.

    The own text is the start of the body with its '>' lines dropped (maild.core.quoting),
    so its lines are found in the body one after another; a body where they are not found
    is given whole, so nothing of the mail is ever hidden from the operator.
    """
    lines = whole.strip("\n").split("\n")
    mine = [line.rstrip() for line in own.split("\n")] if own.strip() else []
    if not mine:
        return "\n".join(lines).strip("\n")
    rest: list[str] = []
    at = 0
    for line in lines:
        if at < len(mine) and _same(line, mine[at], last=at == len(mine) - 1):
            at += 1
        else:
            rest.append(line)
    if at < len(mine):
        return whole.strip("\n")
    return "\n".join(rest).strip("\n")


def _same(line: str, own_line: str, *, last: bool) -> bool:
    text = line.rstrip()
    return text == own_line or (last and bool(own_line) and text.startswith(own_line))


def _children(part: Part, ctype: str) -> list[Part]:
    if ctype == "multipart/report":
        return part.children[:1]
    return part.children


def _is_file(part: Part) -> bool:
    """A part with a file name, or one marked as an attachment that is not text."""
    try:
        named = part.headers.get_filename() or part.headers.get_param("name", header="content-type")
    except (ValueError, TypeError, LookupError, IndexError):
        named = "unreadable"
    disposition = str(part.headers.get("Content-Disposition", "") or "").lower()
    return bool(named) or (disposition.startswith("attachment") and not part.content_type.startswith("text/"))


def _decoded(part: Part) -> str:
    try:
        charset = part.headers.get_content_charset()
    except (ValueError, TypeError, LookupError, IndexError):
        charset = None
    return decode_bytes(part.decoded(), charset)[0]


def _cut(text: str) -> tuple[str, bool]:
    if len(text) <= MAX_CHARS:
        return text, False
    return text[:MAX_CHARS], True
