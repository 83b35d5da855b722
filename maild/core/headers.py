"""Header fields written once, from values nothing can escape: decoded, cleaned, then encoded.

Nothing of an incoming mail may shape a reply's header. A value that comes
from a mail (the officer's subject, a name) is text: its encoded words are
decoded, again while that still changes it (a double-encoded value hides one
inside the other), every control, line-separator and direction-override
character becomes a space, and runs of spaces become one. Only then is the
field written, here and nowhere else: words of plain ASCII folded at their
own spaces, anything else as RFC 2047 encoded words, which hold no
whitespace and no specials. No parser reads the value between this and the
wire (parsing it is what decoded an encoded CR LF into a reply's header), so
what is written is what is sent.

Message-IDs are not text: In-Reply-To and References keep a value only when
it is a plain msg-id (`<left@right>`, dot-atoms of printable ASCII, no
encoded word); anything else is dropped. Addresses are written only when
they are plain addr-specs; anything else is refused (ValueError).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

MAX_LINE = 78
# C0 and C1 controls, DEL, the line and paragraph separators, the byte-order mark, lone surrogates,
# and the direction marks and overrides that make a subject read otherwise than it is written.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_MSG_ID = re.compile(rf"<{_DOT_ATOM}@{_DOT_ATOM}>")
_ADDRESS = re.compile(rf"{_DOT_ATOM}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*")
_PLAIN_WORDS = re.compile(r"[!-~]+(?: [!-~]+)*")
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/^_`{|}~-]+)*")
_Q_LITERAL = re.compile(r"[A-Za-z0-9!*+/-]")
_WORD_BUDGET = 64  # characters of one encoded word: 'Subject: ' and the word fit in 78
MAX_IDS = 10


def header_text(value: str, limit: int = 250) -> str:
    """A header value as one line of plain text: decoded, with no control character, at most `limit` long."""
    text = _clean(str(value or ""))
    for _ in range(3):
        decoded = _clean(_decoded(text))
        if decoded == text:
            break
        text = decoded
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")


def _decoded(text: str) -> str:
    """RFC 2047 encoded words decoded, the text around them left as it is (other scripts too).

    The whitespace between two encoded words is no part of the text; consecutive words of
    one charset are joined as bytes first (a character may be split between them). A word
    that does not decode stays as it was written: it is text.
    """
    if "=?" not in text:
        return text
    out: list[str] = []
    run: list[bytes] = []
    charset, pos = "", 0
    for match in _ENCODED_WORD.finditer(text):
        between = text[pos:match.start()]
        data = _word_bytes(match.group(2), match.group(3))
        if data is None:
            continue
        if run and (between.strip() or match.group(1).lower() != charset):
            out.append(_text_of(b"".join(run), charset))
            run = []
        if not run:
            out.append(between)
        run.append(data)
        charset, pos = match.group(1).lower(), match.end()
    if run:
        out.append(_text_of(b"".join(run), charset))
    out.append(text[pos:])
    return "".join(out)


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "bB":
            return base64.b64decode(payload + "=" * (-len(payload) % 4), validate=False)
        return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                      payload.replace("_", " ").encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None


def _text_of(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _clean(text: str) -> str:
    return " ".join(_UNSAFE.sub(" ", text).split())


def text_field(name: str, value: str) -> str:
    """'Name: value' with CRLF, folded to 78 columns, from a value header_text() gave.

    The value is cleaned of control characters here too, but not decoded again: an
    encoded-word lookalike left in it is text, and is written encoded. Words of plain
    ASCII are written as they are (the case reference stays readable in the raw
    header) and folded at their own spaces; each run of other words (other scripts,
    an encoded-word lookalike, a word too long to fold) becomes encoded words, the
    spaces of the run inside them, so a reader that drops the folding whitespace
    between encoded words gives back the value exactly.
    """
    text = _clean(str(value or ""))[:998]
    words: list[str] = []
    run: list[str] = []
    for word in text.split(" ") if text else []:
        if _plain_word(word, len(name) + 2):
            words += encoded_words(" ".join(run)) if run else []
            words.append(word)
            run = []
        else:
            run.append(word)
    words += encoded_words(" ".join(run)) if run else []
    return _fold(f"{name}:", words)


def _plain_word(word: str, head: int) -> bool:
    """A word written as it is: printable ASCII, no encoded-word lookalike, short enough to fold.
    A run of other words is encoded together, its spaces inside the encoded words."""
    return bool(_PLAIN_WORDS.fullmatch(word)) and "=?" not in word and "?=" not in word and \
        head + len(word) <= MAX_LINE


def encoded_words(text: str) -> list[str]:
    """The text as RFC 2047 encoded words of at most 64 characters, whole characters in each.

    A word ends after a space of the text where one is near (the space inside the word), so
    a reader that wrongly keeps the folding whitespace between encoded words (Python's own
    address parser does, in display names) at worst doubles a space, never splits a word.
    """
    q = text.isascii()
    prefix = "=?utf-8?q?" if q else "=?utf-8?b?"
    words, chunk = [], ""
    for char in text:
        if chunk and len(prefix) + _encoded_len(chunk + char, q) + 2 > _WORD_BUDGET:
            cut = chunk.rfind(" ") + 1
            cut = cut if cut > len(chunk) // 2 else len(chunk)
            words.append(f"{prefix}{_encode(chunk[:cut], q)}?=")
            chunk = chunk[cut:]
        chunk += char
    if chunk:
        words.append(f"{prefix}{_encode(chunk, q)}?=")
    return words


def _encoded_len(text: str, q: bool) -> int:
    if q:
        return sum(1 if _Q_LITERAL.fullmatch(c) or c == " " else 3 for c in text)
    return (len(text.encode("utf-8")) + 2) // 3 * 4


def _encode(text: str, q: bool) -> str:
    if not q:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "".join(c if _Q_LITERAL.fullmatch(c) else "_" if c == " " else f"={ord(c):02X}" for c in text)


def _fold(head: str, words: Iterable[str]) -> str:
    """The words after `head`, a space between each, a line break before a word that would pass 78."""
    lines, line = [], head
    for word in words:
        if line != head and len(line) + 1 + len(word) > MAX_LINE:
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line if line != head else head + " ")
    return "\r\n".join(lines) + "\r\n"


def address_field(name: str, display: str, address: str) -> str:
    """'Name: display <address>' (or the bare address); the address must be a plain addr-spec."""
    addr = plain_address(address)
    if addr is None:
        raise ValueError(f"{name}: not a plain e-mail address")
    shown = header_text(display, 100)
    if not shown:
        return _fold(f"{name}:", [addr])
    words = shown.split(" ") if _ATOMS.fullmatch(shown) and "=?" not in shown else encoded_words(shown)
    return _fold(f"{name}:", [*words, f"<{addr}>"])


def plain_address(address: str) -> str | None:
    """The address if it is a plain addr-spec (dot-atom local part, host name), else None."""
    addr = str(address or "").strip()
    if len(addr) > 254 or "=?" in addr or not _ADDRESS.fullmatch(addr):
        return None
    return addr


def msg_ids(*values: str) -> list[str]:
    """The plain msg-ids written in the values, in order, each once; nothing else of them."""
    found: list[str] = []
    for value in values:
        for token in re.findall(r"<[^<>\s]{1,250}>", str(value or "")):
            if _MSG_ID.fullmatch(token) and "=?" not in token and "?=" not in token and token not in found:
                found.append(token)
    return found


def id_field(name: str, ids: list[str]) -> str:
    """In-Reply-To or References: plain msg-ids only (the thread's first and its latest, ten at most)."""
    kept = ids if len(ids) <= MAX_IDS else [ids[0], *ids[-(MAX_IDS - 1):]]
    return _fold(f"{name}:", kept)


def message_id_field(message_id: str) -> str:
    """Our own Message-ID; one that is not a plain msg-id is a fault of ours, refused."""
    if not _MSG_ID.fullmatch(message_id):
        raise ValueError("Message-ID: not a plain msg-id")
    return f"Message-ID: {message_id}\r\n"
