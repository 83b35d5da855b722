"""Turning MIME payloads into text: charsets that lie, HTML-only mail, encoded words.

Real mail declares charsets it does not use (iso-8859-1 that is really
cp1252, us-ascii that is UTF-8, `unknown-8bit`), so decoding tries the
declared charset strictly, then UTF-8, then cp1252 with replacement: a
lying charset costs a few odd characters, never the mail.
"""

from __future__ import annotations

import codecs
import re
from email.errors import HeaderParseError
from email.header import decode_header
from html.parser import HTMLParser

# Charsets whose declared name is wrong often enough to be read as a superset.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8",
              "ascii": "utf-8", "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030"}
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_UNKNOWN = {"unknown-8bit", "x-unknown", "unknown", "default", "8bit", "x-user-defined"}
MAX_HTML_CHARS = 2_000_000
# The zero of each script whose digits Indian officers type (Devanagari, Bengali, Gurmukhi,
# Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam), of Arabic-Indic digits and of the
# full-width forms some input methods produce: ९८२९०६१३५७ is a mobile number.
_DIGIT_ZEROS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
                0x0660, 0x06F0, 0xFF10)
_ASCII_DIGITS = {zero + n: str(n) for zero in _DIGIT_ZEROS for n in range(10)}


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Decode a text payload; the flag is true when the declared charset did not fit."""
    name = (charset or "").strip().strip('"').lower()
    name = _SUPERSETS.get(name, name)
    if name and name not in _UNKNOWN:
        try:
            codecs.lookup(name)
            return data.decode(name), False
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    try:
        return data.decode("utf-8"), bool(name) and name not in _UNKNOWN
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), True


def decode_words(value: str | None) -> str:
    """Decode RFC 2047 encoded words in a header value, tolerating broken ones.

    Each encoded word is decoded on its own (the space between two adjacent ones
    dropped, as RFC 2047 says); text around them stays as it is, raw UTF-8 too,
    and a word that does not decode (bad base64, an unknown charset) is kept as
    written rather than failing the whole value.
    """
    if not value:
        return ""
    text = str(value)
    if "=?" not in text:
        return text
    parts: list[str] = []
    last, after_word = 0, False
    for match in _ENCODED_WORD.finditer(text):
        between = text[last: match.start()]
        if not (after_word and not between.strip()):
            parts.append(between)
        parts.append(_decoded_word(match))
        last, after_word = match.end(), True
    parts.append(text[last:])
    return "".join(parts)


def _decoded_word(match: re.Match[str]) -> str:
    try:
        (data, charset), = decode_header(match.group(0))
    except (ValueError, LookupError, UnicodeError, AssertionError, HeaderParseError):
        return match.group(0)
    if isinstance(data, str):
        return data
    try:
        return data.decode(charset or "ascii", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def ascii_digits(text: str) -> str:
    """The text with the digits of Indian scripts written as 0-9 (for reading numbers and dates)."""
    return text.translate(_ASCII_DIGITS) if not text.isascii() else text


def clean_header_text(value: str) -> str:
    """Fold a header value to one line and drop control characters (CR, LF, NUL)."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", value).strip()


class _TextExtractor(HTMLParser):
    """HTML to plain text as a mail client shows it.

    Line breaks come from the markup, not from the source's own newlines
    (whitespace, as a browser reads it): a <div> or table row starts a line,
    <br> ends one, a paragraph is set off by a blank line, except Outlook's
    'MsoNormal' paragraphs, which are its lines. Blockquotes become '>' quotes.
    """

    BLOCKS = frozenset({"div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                        "pre", "address", "section", "article", "header", "footer", "center"})
    SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
    VOID = frozenset({"br", "img", "hr", "meta", "input", "link", "wbr", "col", "area", "base", "source", "embed"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quote = 0
        self.skip = 0
        self.hidden = 0  # nesting depth inside an element styled not to show
        self.pre = 0
        # Open <p>s: whether it sets itself off by a blank line, and the line it began on.
        self.paragraphs: list[tuple[bool, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden or (tag not in self.VOID and _is_hidden(attrs)):
            self.hidden += tag not in self.VOID  # text a client does not show is not the mail's
            return
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "br":
            self._break()
        elif tag == "p":
            spaced = "mso" not in (dict(attrs).get("class") or "").lower()
            self._line()
            self.paragraphs.append((spaced, len(self.lines) - 1))
            if spaced:
                self._gap()
        elif tag == "blockquote":
            self.quote += 1
            self._line()
        elif tag in self.BLOCKS:
            self.pre += tag == "pre"
            self._line()
        elif tag == "td" or tag == "th":
            self.lines[-1] += "\t" if self.lines[-1].strip(" >") else ""  # a column, as a client shows it

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break()
        elif tag in self.BLOCKS:
            self._line()

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            self.hidden -= tag not in self.VOID
            return
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "p":
            spaced, began = self.paragraphs.pop() if self.paragraphs else (True, len(self.lines) - 1)
            empty = not any(line.strip(" >") for line in self.lines[began:])
            self._line()
            if spaced:
                self._gap()
            elif empty:
                self._break()  # Outlook's empty line: <p class=MsoNormal>&nbsp;</p>
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self._line()
        elif tag in self.BLOCKS:
            self.pre = max(0, self.pre - (tag == "pre"))
            self._line()

    def handle_data(self, data: str) -> None:
        if self.skip or self.hidden:
            return
        data = data.replace("\r", "")
        pieces = data.split("\n") if self.pre else [re.sub(r"\s+", " ", data.replace("\xa0", " "))]
        for i, piece in enumerate(pieces):
            if i:
                self._break()
            piece = re.sub(r"[ \t\xa0]+", " ", piece)
            if not self.lines[-1].strip(" >"):
                piece = piece.lstrip()
            if piece:
                if not self.lines[-1] and self.quote:
                    self.lines[-1] = "> " * self.quote
                self.lines[-1] += piece

    def _line(self) -> None:
        """Start a new line unless the current one is still empty."""
        if self.lines[-1].strip(" >"):
            self.lines.append("")

    def _break(self) -> None:
        """<br>: end the current line, even an empty one (two in a row leave a blank line)."""
        self.lines.append("")

    def _gap(self) -> None:
        """A blank line before or after a paragraph, unless there is one already."""
        if len(self.lines) > 1 and self.lines[-2].strip(" >"):
            self.lines.insert(len(self.lines) - 1, "")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])",
                           re.IGNORECASE)


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element styled or marked not to show (a hidden mobile number is not given to the helpdesk)."""
    return any(name == "hidden" or (name == "style" and value and _HIDDEN_STYLE.search(value))
               for name, value in attrs)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body, quotes marked with '>' as a mail client shows them."""
    parser = _TextExtractor()
    try:
        parser.feed(markup[:MAX_HTML_CHARS])
        parser.close()
    except (AssertionError, ValueError):
        pass
    lines = [line.strip() if not line.startswith(">") else line.rstrip() for line in parser.lines]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


# A text/plain part shorter than this beside an HTML part may be a stub ("This is an HTML message").
STUB_CHARS = 200


def readable_body(plain: list[str], html: list[str]) -> tuple[str, bool]:
    """The body a reader sees, and whether it came from the HTML.

    The text/plain parts, unless they are empty or a stub ("This is an HTML
    message", a blank part) beside HTML that says much more: clients show the
    HTML, and the request is there. Only a short plain part costs the HTML's
    rendering.
    """
    text = "\n".join(plain)
    short = text.strip()
    if html and len(short) < STUB_CHARS:
        shown = "\n".join(html_to_text(h) for h in html)
        if not short or _HTML_WORD.search(short) or len(shown.strip()) > 3 * len(short) + 40:
            return shown, True
    return text, False


# A short plain part that speaks of HTML is the client's stub ("This is an HTML message. Please use
# an HTML capable mail program to read this message.").
_HTML_WORD = re.compile(r"\bhtml\b", re.IGNORECASE)
