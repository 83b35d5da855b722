"""Text from a mail made safe to print on an operator's terminal, and JSON that stays inert.

A mail's subject, body, names and file names are the sender's to write, and a
terminal obeys what it is sent: ESC[2J clears the screen, ESC]0;...BEL sets the
window title, a C1 CSI (U+009B) starts a sequence of its own, a carriage
return or backspaces overwrite what was printed, U+2028 breaks a line the
command did not break, and the bidi controls reorder the text the operator
reads. Every mail-derived string a command prints goes through here: control
characters and bidi controls are removed, and a line break or tab in a value
printed on one line becomes a space, so no value can add a line of its own.
Only in a block of text (a mail's own words, what it forwards or quotes) are
newlines and tabs kept. JSON keeps the characters, escaped as \\uXXXX.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Besides the C0 controls: DEL and the C1 controls, the line and paragraph separators, the bidi
# marks, embeddings, overrides and isolates (what moves the cursor, talks to the terminal or
# reorders text). json.dumps escapes the C0 controls itself, not these.
_OTHERS = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_LINE = re.compile(f"[\x00-\x1f{_OTHERS}]")
_BLOCK = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHERS}]")  # a tab and a newline stay
_IN_JSON = re.compile(f"[{_OTHERS}]")
_SPACES = re.compile("[\t\n\v\f\r\x85\u2028\u2029]+")  # on one line: a space
_BREAKS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")  # in a block: a newline
# The fields of a case that are blocks of text (maild.core.readable's sections).
BLOCKS = frozenset({"own", "forwarded", "quoted"})


def line(text: str) -> str:
    """A value printed on one line: breaks and tabs become a space, every other control goes."""
    return _LINE.sub("", _SPACES.sub(" ", text))


def block(text: str) -> str:
    """A block of text: its lines and tabs kept (CR LF, a lone CR or a separator as a newline),
    every other control gone."""
    return _BLOCK.sub("", _BREAKS.sub("\n", text))


def cleaned(data: Any, key: str = "") -> Any:
    """The same data with every string cleaned for the terminal: the sections of a mail's text as
    blocks, everything else (and every dictionary key) as a line."""
    if isinstance(data, str):
        return block(data) if key in BLOCKS else line(data)
    if isinstance(data, dict):
        return {line(str(k)) if isinstance(k, str) else k: cleaned(v, str(k)) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [cleaned(item, key) for item in data]
    return data


def as_json(data: Any, indent: int | None = 2) -> str:
    """JSON of the data, readable (non-ASCII letters kept) and inert: the controls json.dumps leaves
    as they are (DEL, C1, the separators, the bidi controls) escaped as \\uXXXX."""
    text = json.dumps(data, indent=indent, default=str, ensure_ascii=False)
    return _IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
