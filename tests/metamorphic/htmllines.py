"""HTML bodies seen as the lines a reader sees, so that one line edit serves both text/plain and text/html.

A line ends at a <br> and at the edge of a block element (div, p, li,
blockquote...); a line of only &nbsp; is blank. An edit replaces a line's
text in place (in its first piece of text, the others emptied), keeping the
markup around it; extra lines go in as <br>-separated text. `to_html` writes
a plain text body as the HTML a webmail would send for it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from metamorphic.text import own_end, signature

_TOKEN = re.compile(r"<!--.*?-->|<(script|style|head|title)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.S | re.I)
_BLOCK = re.compile(r"</?(?:div|p|li|ul|ol|tr|td|table|blockquote|pre|h[1-6]|body|html|center|hr)\b", re.I)
_BR = re.compile(r"<br\b", re.I)
_QUOTE_OPEN = re.compile(r"<blockquote\b", re.I)
_QUOTE_CLOSE = re.compile(r"</blockquote\b", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)
_CID = re.compile(r"\[cid:([^\]\s]+)\]")


@dataclass
class _Line:
    tokens: list[int]  # indices of the text pieces that make the line (empty for a blank line)
    quoted: bool


class HtmlLines:
    """The lines of an HTML body, editable in place."""

    def __init__(self, markup: str) -> None:
        self.tokens: list[str] = []
        self.is_text: list[bool] = []
        pos = 0
        for m in _TOKEN.finditer(markup):
            if m.start() > pos:
                self._add(markup[pos:m.start()], True)
            self._add(m.group(0), False)
            pos = m.end()
        if pos < len(markup):
            self._add(markup[pos:], True)
        self.lines = self._lines()

    def _add(self, token: str, text: bool) -> None:
        self.tokens.append(token)
        self.is_text.append(text)

    def _lines(self) -> list[_Line]:
        lines: list[_Line] = []
        current: list[int] = []
        depth = 0

        def content(ts: list[int]) -> bool:
            return any(html.unescape(self.tokens[t]).strip(" \t\r\n") for t in ts)

        for i, token in enumerate(self.tokens):
            if self.is_text[i]:
                if current or html.unescape(token).strip(" \t\r\n"):
                    current.append(i)
            elif _BR.match(token) or _BLOCK.match(token):
                if _BR.match(token) or content(current):
                    lines.append(_Line([t for t in current], depth > 0))
                current = []
                depth += bool(_QUOTE_OPEN.match(token)) - bool(_QUOTE_CLOSE.match(token))
        if content(current):
            lines.append(_Line(current, depth > 0))
        return lines

    def text(self, line: _Line) -> str:
        joined = html.unescape("".join(self.tokens[t] for t in line.tokens))
        return re.sub(r"[ \t\r\n]+", " ", joined).replace("\xa0", " ").strip()

    def texts(self) -> list[str]:
        return [self.text(line) for line in self.lines]

    def own_end(self) -> int:
        """The first line of quoted or forwarded history, a blockquote included."""
        end = own_end(self.texts())
        quoted = [i for i, line in enumerate(self.lines) if line.quoted]
        return min([end, *quoted])

    def replace(self, index: int, new: list[str]) -> None:
        """Replace one line with zero or more lines."""
        line = self.lines[index]
        if not any(self.is_text[t] and html.unescape(self.tokens[t]).strip() for t in line.tokens):
            raise ValueError("a blank HTML line cannot be replaced")
        first = next(t for t in line.tokens if html.unescape(self.tokens[t]).strip(" \t\r\n"))
        for t in line.tokens:
            self.tokens[t] = ""
        self.tokens[first] = "<br>".join(escape(x) for x in new)

    def append(self, new: list[str]) -> None:
        """Add lines at the end of the body, before </body> when there is one ('>' lines as a blockquote)."""
        block = _history(new)
        for i in range(len(self.tokens) - 1, -1, -1):
            if not self.is_text[i] and _BODY_CLOSE.match(self.tokens[i]):
                self.tokens[i] = block + self.tokens[i]
                return
        self.tokens.append(block)

    def markup(self) -> str:
        return "".join(self.tokens)


def escape(text: str) -> str:
    """Text as HTML: markup characters as entities, an inline image's "[cid:...]" as its <img>."""
    escaped = html.escape(text, quote=False)
    return _CID.sub(lambda m: f'<img src="cid:{m.group(1)}" alt="">', escaped)


def to_html(text: str) -> str:
    """A plain text body as HTML: <p> paragraphs with <br>, the sign-off in a <div>, blockquotes."""
    lines = text.split("\n")
    own = own_end(lines)
    sig = signature(lines, own)
    body = _blocks(lines[:sig.start] if sig else lines[:own])
    if sig:
        signed = "<br>".join(escape(x) for x in lines[sig.start:sig.end])
        body += f'<div class="signature">{signed}</div>'
        body += _blocks(lines[sig.end:own])
    if 0 < own < len(lines) and not lines[own - 1].strip():
        body += "<div><br></div>"
    body += _history(lines[own:])
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div dir="ltr">{body}</div></body></html>\n')


def _blocks(lines: list[str]) -> str:
    """Paragraphs (runs of non-blank lines) as <p> with <br> between their lines."""
    out, para = [], []
    for line in [*lines, ""]:
        if line.strip():
            para.append(escape(line))
        elif para:
            out.append("<p>" + "<br>".join(para) + "</p>")
            para = []
    return "".join(out)


def _history(lines: list[str]) -> str:
    """Quoted history: '>' runs become (nested) blockquotes, every other line stays a line of its own."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            inner = [x[1:][1:] if x[1:].startswith(" ") else x[1:] for x in lines[i:j]]
            out.append('<blockquote type="cite">' + _history(inner) + "</blockquote>")
            i = j
        else:
            out.append("<div>" + (escape(lines[i]) or "<br>") + "</div>")
            i += 1
    return "".join(out)
