"""What a reply says before it is words: the officer's subject cleaned, and the verdict as templates see it.

The words are in templates/ (both languages, data). This holds the facts
they are filled with, cleaned of anything a sender could use to shape a
reply: the officer's subject without Re:/Fwd: prefixes, case references or
our own words of an earlier reply, on one line; the name to greet and the
template cells to quote, on one short line each. A stored verdict (a dict)
and a fresh one are seen the same way.

An official reply must not speak for a sender: a forged From: (authentication
"none") makes the helpdesk write to someone else, and what it prints is
believed. So no sentence, link or number of a mail's choosing goes into it
as the helpdesk's words: a reply greets only by a value that is a person's
name, quotes a template cell only when it is a date or a name, and repeats
the officer's subject with every link, address and phone-length number in
it blanked out. Every value is decoded and cleaned of control, separator and
direction characters first, as the header fields are (maild.core.headers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from maild.core.headers import header_text

SUBJECT_LIMIT = 150
# An earlier tag with the words of our reply after it ('[SS-2026-000123] Details required / ...:'),
# or a tag alone; then any bare case reference (this case's or another's: the reply names its own);
# then the prefixes mail clients add to a reply or a forward.
_OUR_TAG = re.compile(r"\[\s*SS-\d{4}-\d{6}\s*\](?:[^:\[\]]{0,100}:(?=\s|$))?")
_ANY_REF = re.compile(r"(?<![\w-])SS-\d{4}-\d{6}(?![\w-])")
_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*:\s*)+", re.IGNORECASE)
# What a subject may not make the helpdesk repeat: a link, a host name or an address (any word with
# '@', '://' or 'www.', or two names of two letters or more joined by a dot), and a number of phone
# length (five digits or more, however spaced or dashed; dates and file numbers like 112/2026 stay).
_LINK = re.compile(r"\S*(?:@|://|[wW]{3}\.|[A-Za-z0-9-]{2}\.[A-Za-z]{2})\S*")
_LONG_NUMBER = re.compile(r"\+?\d(?:[\s().-]*\d){4,}")
BLANKED = "…"


def officer_subject(subject: str, case_ref: str = "", limit: int = SUBJECT_LIMIT) -> str:
    """The officer's subject as a reply repeats it: one clean line, without Re:/Fwd:/RE:/Fw:, without
    case references (earlier tags, the words of ours that followed them, another case's) and with
    links, addresses and phone-length numbers blanked out."""
    text = header_text(subject, 998)
    text = _OUR_TAG.sub(" ", text)
    text = _ANY_REF.sub(" ", text)
    if case_ref:
        text = re.sub(rf"(?<![\w-]){re.escape(case_ref)}(?![\w-])", " ", text)
    text = _LONG_NUMBER.sub(BLANKED, _LINK.sub(BLANKED, text))
    text = " ".join(text.split())
    while True:
        stripped = _PREFIX.sub("", text).lstrip(" -:")
        if stripped == text:
            break
        text = stripped
    return header_text(text, limit)


def languages(language: str) -> tuple[str, str]:
    """The order of a reply's two languages: the one the officer wrote in first."""
    return ("hi", "en") if language == "hi" else ("en", "hi")


def one_line(value: Any, limit: int = 80) -> str:
    """A value from a mail as a reply may show it: one line, no control character, at most `limit` long."""
    return header_text(str(value or ""), limit)


# -- what a reply may print of a mail ------------------------------------------------------------

NAME_LIMIT = 60
_JOINERS = "-'\u2019"
# Words of a sentence or of a sign-off, never of a name: a value holding one is not greeted by.
_NOT_NAMES = frozenset("""
    and are at be by call click dear email for from has have here in is it link login log mail new now
    of on or otp password passwords pin please kindly reset sir madam the this to via visit was will with
    you your yours regards thanks thank best sincerely faithfully dhanyavaad dhanyavad dhanyawad
    है हैं था थे का की के को में से पर और या नया नई पासवर्ड कॉल करें कीजिए लिंक आपका आपकी आपके यह वह
    धन्यवाद सधन्यवाद सादर भवदीय महोदय महोदया
""".split())


def person_name(value: Any) -> str:
    """The value when it is a person's name ('' otherwise: the reply then greets 'Sir / Madam').

    A name is letters of one script (marks too: Devanagari vowel signs), spaces, and dots,
    hyphens and apostrophes inside or after a word; at most four words and six parts with
    initials ('V. S. Lakshmanan', 'A.K. Sharma', "Francis D'Souza"); no digit, no link, no
    '@' or ':'; a word of Latin letters begins with a capital, and no word is one of a
    sentence or a sign-off. What fails is not shown, not mended.
    """
    text = one_line(value, 200).strip(" -")
    tokens = text.split(" ") if text else []
    if not tokens or len(text) > NAME_LIMIT or len(tokens) > 6:
        return ""
    if not all(_name_token(t) for t in tokens) or len([t for t in tokens if len(_letters(t)) > 1]) > 4:
        return ""
    return text if len({_script(c) for c in _letters(text)}) == 1 else ""


def _name_token(token: str) -> bool:
    """A word of a name, an abbreviation ('Dr.', 'Ch.') or initials ('A.K.', 'K.')."""
    if token.strip(".").casefold() in _NOT_NAMES:
        return False
    parts = (token[:-1] if token.endswith(".") else token).split(".")
    return all(len(p) == 1 for p in parts[:-1]) and all(_name_part(p) for p in parts)


def _name_part(part: str) -> bool:
    if not part or not unicodedata.category(part[0]).startswith("L") or part[0].islower():
        return False
    if part[-1] in _JOINERS or any(a in _JOINERS and b in _JOINERS for a, b in zip(part, part[1:])):
        return False
    return all(c in _JOINERS or unicodedata.category(c)[0] in "LM" for c in part)


def _letters(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c).startswith("L"))


def _script(char: str) -> str:
    """The script of a letter, by the first word of its Unicode name ('LATIN', 'DEVANAGARI', ...)."""
    return unicodedata.name(char, "?").split(" ")[0]


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})")
_YEAR_MONTH_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAMED_MONTH = re.compile(r"(\d{1,2})[ ./-]?([A-Za-z]{3,9})[ ./,-]*(\d{4}|\d{2})")


def quotable(value: Any) -> str:
    """A template cell as a reply may quote it: a date as written (day up to 31, month up to 12,
    or a month's name) or a name as person_name() takes it; '' for anything else (a number, an
    address, a sentence), so the reply names the row and column without repeating the cell."""
    text = one_line(value, 60)
    day_first = _DAY_MONTH_YEAR.fullmatch(text)
    if day_first and int(day_first.group(1)) <= 31 and int(day_first.group(2)) <= 12:
        return text
    year_first = _YEAR_MONTH_DAY.fullmatch(text)
    if year_first and int(year_first.group(2)) <= 12 and int(year_first.group(3)) <= 31:
        return text
    named = _NAMED_MONTH.fullmatch(text)
    if named and int(named.group(1)) <= 31:
        return text
    return person_name(text)


@dataclass(frozen=True, slots=True)
class ErrorView:
    row: int
    column: str
    code: str
    cause: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class SignatureView:
    """What a reply may print of the sender's signature: the name, when it is one. The other
    fields (designation, e-mail, phone) are not printed, so they are not given."""

    name: str = ""


class VerdictView:
    """A verdict (stored as a dict, or Verdict.as_dict()) as reply templates see it, its values cleaned."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.request_type = str(data.get("request_type") or "unknown")
        self.sender_kind = str(data.get("sender_kind") or "")
        self.language = "hi" if data.get("language") == "hi" else "en"
        self.missing = tuple(str(m) for m in data.get("missing") or ())
        self.template_errors = tuple(_error(e) for e in data.get("template_errors") or () if isinstance(e, Mapping))
        found = data.get("signature") or {}
        self.signature = SignatureView(person_name(found.get("name", "") if isinstance(found, Mapping) else ""))

    @property
    def first(self) -> str:
        return languages(self.language)[0]


def _error(item: Mapping[str, Any]) -> ErrorView:
    try:
        row = int(item.get("row") or 0)
    except (TypeError, ValueError):
        row = 0
    return ErrorView(row, str(item.get("column") or ""), str(item.get("code") or ""), str(item.get("cause") or ""),
                     quotable(item.get("value")))
