"""Where things are in a mail's text, told from its lines: the sender's own part, the sign-off, the labels.

A body is a list of lines. The sender's own text runs from the top to the
first line of quoted or forwarded history; the signature is the block of
lines after the last closing ("Regards,", "Yours faithfully", "-- "...) of
the own text, up to the next blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from metamorphic.tables import DESIGNATIONS

_HISTORY = (
    re.compile(r"^>"),
    re.compile(r"^On\b.*\bwrote:\s*$"),
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}\s*$", re.I),
    re.compile(r"^-{3,}\s*Forwarded message\s*-{3,}\s*$", re.I),
    re.compile(r"^Begin forwarded message:\s*$"),
)
_RULE = re.compile(r"^_{10,}\s*$")
_FROM = re.compile(r"^\*?From:\*?\s")
_SENT = re.compile(r"^\*?(?:Sent|Date):\*?\s")

_CLOSING = re.compile(
    r"^(?:(?:with\s+)?(?:best\s+|kind\s+|warm\s+)?regards|thanks(?:\s*(?:&|and)\s*regards)?|thank\s+you"
    r"|thanking\s+you|yours\s+(?:faithfully|sincerely|truly)|sincerely|सादर|धन्यवाद|भवदीय)"
    r"(?:\s*/\s*[\w ]{1,20})?\s*[,.!]?\s*$", re.I)
_SIG_DASHES = re.compile(r"^-- ?$")

LABEL = re.compile(r"^[A-Za-z][A-Za-z .()/-]{0,30}:\s")
_FORMS = sorted({f for d in DESIGNATIONS for f in (d.long, d.dotted, d.acronym, *d.other_short) if f},
                key=len, reverse=True)
DESIGNATION_AT_START = re.compile(rf"^(?:[^\x00-\x7f]+\s*/\s*)?(?:{'|'.join(map(re.escape, _FORMS))})(?!\w)")
DESIGNATION_LABEL = re.compile(
    r"^(?P<label>(?:पदनाम\s*/\s*)?Designation\s*:\s*|पदनाम\s*:\s*)(?P<value>\S.*)$")
NAME_LABEL = re.compile(r"^(?P<label>(?:नाम\s*/\s*)?Name\s*:\s*|नाम\s*:\s*)(?P<value>\S.*)$")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+|[A-Z][a-z]?\.|[A-Z]|[\u0900-\u097f]+)$")


def own_end(lines: list[str]) -> int:
    """Index of the first line of quoted or forwarded history (len(lines) when there is none)."""
    for i, line in enumerate(lines):
        if any(p.match(line) for p in _HISTORY):
            return i
        if _RULE.match(line) and i + 1 < len(lines) and _FROM.match(lines[i + 1]):
            return i
        if _FROM.match(line) and any(_SENT.match(x) for x in lines[i + 1:i + 4]):
            return i
    return len(lines)


@dataclass(frozen=True)
class Signature:
    """The sign-off: the closing line, and the block of lines [start, end) after it."""

    closing: int
    start: int
    end: int


def signature(lines: list[str], own: int) -> Signature | None:
    """The last closing of the own text and the block of lines after it, up to a blank line."""
    closings = [i for i in range(own) if _CLOSING.match(lines[i].strip()) or _SIG_DASHES.match(lines[i])]
    if not closings:
        return None
    closing = closings[-1]
    start = closing + 1
    while start < own and not lines[start].strip():  # "Regards," then a blank line, then the block
        start += 1
    end = start
    while end < own and lines[end].strip():
        end += 1
    return Signature(closing, start, end)


def is_designation_line(line: str) -> bool:
    return bool(DESIGNATION_AT_START.match(line.strip()))


def looks_like_name(line: str) -> bool:
    """A person's name: two to five capitalised words or initials, or Devanagari words; no label, no title."""
    text = line.strip()
    if not text or is_designation_line(text) or LABEL.match(text):
        return False
    words = text.split()
    return 1 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and not all(
        len(w.rstrip(".")) <= 2 for w in words)


def signature_name(lines: list[str], sig: Signature) -> int | None:
    """Index of the name line of the sign-off: its first line, when that is a person's name."""
    if sig.start < sig.end and looks_like_name(lines[sig.start]):
        return sig.start
    return None


def designation_lines(lines: list[str], own: int) -> list[int]:
    """Lines of the own text that state a designation: in the sign-off, or after "Designation:"."""
    found = [i for i in range(own) if DESIGNATION_LABEL.match(lines[i].strip())]
    sig = signature(lines, own)
    if sig:
        found += [i for i in range(sig.start, sig.end) if is_designation_line(lines[i])]
    return sorted(set(found))
