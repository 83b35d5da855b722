"""What a reply says before it is words: the officer's subject cleaned, and the verdict as templates see it.

The words are in templates/ (both languages, data). This holds the facts
they are filled with, cleaned of anything a sender could use to shape a
reply: the officer's subject without Re:/Fwd: prefixes, earlier case tags or
our own words of an earlier reply, on one line; the name to greet and the
template cells to quote, on one short line each. A stored verdict (a dict)
and a fresh one are seen the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from maild.core.headers import header_text

SUBJECT_LIMIT = 150
# An earlier tag with the words of our reply after it ('[SS-2026-000123] Details required / ...:'),
# or a tag alone; then the prefixes mail clients add to a reply or a forward.
_OUR_TAG = re.compile(r"\[\s*SS-\d{4}-\d{6}\s*\](?:[^:\[\]]{0,100}:(?=\s|$))?")
_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*:\s*)+", re.IGNORECASE)


def officer_subject(subject: str, case_ref: str = "", limit: int = SUBJECT_LIMIT) -> str:
    """The officer's subject as a reply repeats it: one clean line, without Re:/Fwd:/RE:/Fw:, without
    earlier case tags (and the words of ours that followed them) or a bare mention of this case."""
    text = header_text(subject, 998)
    text = _OUR_TAG.sub(" ", text)
    if case_ref:
        text = re.sub(rf"(?<![\w-]){re.escape(case_ref)}(?![\w-])", " ", text)
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


@dataclass(frozen=True, slots=True)
class ErrorView:
    row: int
    column: str
    code: str
    cause: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class SignatureView:
    name: str = ""
    designation: str = ""
    email: str = ""
    phone: str = ""


class VerdictView:
    """A verdict (stored as a dict, or Verdict.as_dict()) as reply templates see it, its values cleaned."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.request_type = str(data.get("request_type") or "unknown")
        self.sender_kind = str(data.get("sender_kind") or "")
        self.language = "hi" if data.get("language") == "hi" else "en"
        self.missing = tuple(str(m) for m in data.get("missing") or ())
        self.template_errors = tuple(_error(e) for e in data.get("template_errors") or () if isinstance(e, Mapping))
        found = data.get("signature") or {}
        self.signature = SignatureView(*(one_line(found.get(f, "")) for f in ("name", "designation", "email",
                                                                                "phone")))

    @property
    def first(self) -> str:
        return languages(self.language)[0]


def _error(item: Mapping[str, Any]) -> ErrorView:
    try:
        row = int(item.get("row") or 0)
    except (TypeError, ValueError):
        row = 0
    return ErrorView(row, str(item.get("column") or ""), str(item.get("code") or ""), str(item.get("cause") or ""),
                     one_line(item.get("value"), 60))
