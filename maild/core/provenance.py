"""Where maild read each detail of a mail: a labelled line, the signature, running text,
a forwarded original, or an earlier mail of the case.

Triage keeps the values it found (the verdict's details and signature), not
where it found them; the operator who checks them needs the line. The value
is looked for again in the text triage read, line by line (a mobile number
by its digits, whatever spacing or +91 it was written with), and the line it
is on says how it was given: after its label, in the signature the verdict
holds, or in a sentence. A value not in this mail came from an earlier mail
of its case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from maild.core.text import ascii_digits

# detail -> the label patterns (rules/signature.toml [labels]) that name it
LABELS = {"name": ("name",), "designation": ("designation",), "mobile": ("phone", "mobile"),
          "sso_id": ("sso_id",), "alt_email": ("alt_email", "email")}
SIGNATURE_FIELD = {"name": "name", "designation": "designation", "mobile": "phone", "alt_email": "email"}
DETAILS = ("name", "designation", "sso_id", "mobile", "alt_email")
MAX_LINE = 200


@dataclass(frozen=True, slots=True)
class Source:
    """One detail as the operator checks it: its value, how it was given, and the line it is on.

    `how` is one of: label, signature, text, forwarded, earlier (not in this mail), or
    missing (no value).
    """

    detail: str
    value: str
    how: str
    line: str

    def as_dict(self) -> dict[str, str]:
        return {"detail": self.detail, "value": self.value, "how": self.how, "line": self.line}


def sources(details: Mapping[str, str], signature: Mapping[str, str], own: str, forwarded: str,
            labels: Mapping[str, re.Pattern[str]]) -> list[Source]:
    """Each detail of the verdict with where it was read."""
    found = []
    for detail in DETAILS:
        value = str(details.get(detail, "") or "").strip()
        if not value:
            found.append(Source(detail, "", "missing", ""))
            continue
        found.append(_source(detail, value, signature, own, forwarded, labels))
    return found


def _source(detail: str, value: str, signature: Mapping[str, str], own: str, forwarded: str,
            labels: Mapping[str, re.Pattern[str]]) -> Source:
    in_signature = _signed(detail, value, signature)
    line = _line_with(own, detail, value)
    if line is not None:
        if in_signature:
            return Source(detail, value, "signature", _short(line))
        return Source(detail, value, "label" if _labelled(line, detail, labels) else "text", _short(line))
    line = _line_with(forwarded, detail, value)
    if line is not None:
        return Source(detail, value, "forwarded", _short(line))
    return Source(detail, value, "signature" if in_signature else "earlier", "")


def _signed(detail: str, value: str, signature: Mapping[str, str]) -> bool:
    field = SIGNATURE_FIELD.get(detail)
    given = str(signature.get(field, "") or "") if field else ""
    if not given:
        return False
    if detail == "mobile":
        return _digits(given)[-10:] == _digits(value)[-10:]
    return given.strip().lower() == value.lower()


def _line_with(text: str, detail: str, value: str) -> str | None:
    """The first line of `text` that holds the value (a number by its last ten digits)."""
    if not text:
        return None
    if detail == "mobile":
        wanted = _digits(value)[-10:]
        if len(wanted) < 6:
            return None
        return next((line for line in text.split("\n") if wanted in _digits(line)), None)
    low = value.lower()
    return next((line for line in text.split("\n") if low in line.lower()), None)


def _labelled(line: str, detail: str, labels: Mapping[str, re.Pattern[str]]) -> bool:
    return any(labels[name].search(line) for name in LABELS.get(detail, ()) if name in labels)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", ascii_digits(text))


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= MAX_LINE else text[:MAX_LINE] + "…"
