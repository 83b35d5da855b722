"""Telephone numbers in text, and which of them are Indian mobile numbers.

A mobile is ten digits starting 6-9, optionally after +91 or 0; spaces,
hyphens and dots between digits are ignored. A number written as an STD code
and number (0891-2562295, 033 2254 1234) or labelled as a telephone,
landline, office phone or fax is a contact number but not a mobile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from maild.core.ruleset import SignatureRules

_CANDIDATE = re.compile(r"(?<![\w@])\(?\+?\d[\d\s().\-]{5,}\d(?![\w@])")
_MOBILE = re.compile(r"^(?:\(?\+?\s?91\)?[\s.\-]?|0[\s.\-]?)?([6-9](?:[\s.\-]?\d){9})$")
_STD = re.compile(r"^\(?0\d{2,4}\)?[\s.\-]+\d")
_DATE = re.compile(r"^\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}$")
# A marker written right after a number: "0484-2396321 (O), 9447012345 (M)".
_AFTER = re.compile(r"\s*\(\s*(o|off|office|r|res|resi|m|mob|mobile)\s*\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Phone:
    """A number as written, its digits, and whether it is a mobile."""

    text: str
    digits: str
    mobile: bool


def find_phones(line: str, rules: SignatureRules) -> list[Phone]:
    """Every telephone number in one line of text, in order."""
    found = []
    previous_end = 0
    for start, end in _spans(line):
        text = line[start:end].strip(" .-")
        digits = re.sub(r"\D", "", text)
        if not 8 <= len(digits) <= 13 or _DATE.match(text):
            continue
        label = line[previous_end: start][-40:]
        previous_end = end
        after = _AFTER.match(line, end)
        if after:
            previous_end = after.end()
            marker = after.group(1).lower()
            mobile = marker.startswith("m") and bool(_MOBILE.match(text))
            found.append(Phone(text, digits, mobile))
            continue
        found.append(Phone(text, digits, _is_mobile(text, label, rules)))
    return found


def _spans(line: str) -> list[tuple[int, int]]:
    """Where the numbers of a line are; a run of digit groups too long for one number is split.

    A table row read as text ("56923674 9229283895": an SSO ID beside a mobile)
    is one run of digits and spaces; it is cut at the spaces into the longest
    pieces that are each a mobile or an STD number, else into its groups.
    """
    spans = []
    for match in _CANDIDATE.finditer(line):
        if len(re.sub(r"\D", "", match.group(0))) <= 13:
            spans.append(match.span())
            continue
        groups = [(m.start() + match.start(), m.end() + match.start()) for m in re.finditer(r"\S+", match.group(0))]
        index = 0
        while index < len(groups):
            width = next((w for w in (3, 2) if index + w <= len(groups) and
                          _one_number(line[groups[index][0]: groups[index + w - 1][1]])), 1)
            spans.append((groups[index][0], groups[index + width - 1][1]))
            index += width
    return spans


def _one_number(text: str) -> bool:
    return 10 <= len(re.sub(r"\D", "", text)) <= 13 and bool(_MOBILE.match(text) or _STD.match(text))


def _is_mobile(text: str, label: str, rules: SignatureRules) -> bool:
    if _STD.match(text) or rules.not_mobile_labels.search(label):
        return False
    return bool(_MOBILE.match(text))


def mobile_digits(text: str) -> str:
    """The ten digits of a mobile number written in `text`, or ''."""
    match = _MOBILE.match(text.strip())
    return re.sub(r"\D", "", match.group(1)) if match else ""


def find_mobile(text: str, rules: SignatureRules) -> str:
    """The first mobile number anywhere in the text, as its ten digits."""
    for line in text.split("\n"):
        for phone in find_phones(line, rules):
            if phone.mobile:
                return mobile_digits(phone.text)
    return ""
