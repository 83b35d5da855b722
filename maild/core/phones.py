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
    for match in _CANDIDATE.finditer(line):
        text = match.group(0).strip(" .-")
        digits = re.sub(r"\D", "", text)
        if not 8 <= len(digits) <= 13 or _DATE.match(text):
            continue
        label = line[previous_end: match.start()][-40:]
        previous_end = match.end()
        after = _AFTER.match(line, match.end())
        if after:
            previous_end = after.end()
            marker = after.group(1).lower()
            mobile = marker.startswith("m") and bool(_MOBILE.match(text))
            found.append(Phone(text, digits, mobile))
            continue
        found.append(Phone(text, digits, _is_mobile(text, label, rules)))
    return found


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
