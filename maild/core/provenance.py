"""Where maild read each detail of a mail: a labelled line, the signature, running text,
a forwarded original, or an earlier mail of the case.

Triage keeps the values it found (the verdict's details and signature), not
where it found them; the operator who checks them needs the line. The value
is looked for again in the text triage read, line by line (a mobile number
by its digits, whatever spacing or +91 it was written with), in the order
triage prefers them: a line that gives it after its label ("Designation:
Superintendent"), then the signature the verdict holds (its own line, not a
sentence that happens to name the same post), then a sentence. A value not
in this mail came from an earlier mail of its case.
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
    """The line a detail was read from, in the order triage reads them: a labelled line whose
    value it is, then the signature (its own line, not a sentence that happens to hold the
    value), then running text; then a forwarded original; else an earlier mail of the case."""
    in_signature = _signed(detail, value, signature)
    lines = _lines_with(own, detail, value)
    labelled = next((line for line in lines if _labelled(line, detail, value, labels)), None)
    if labelled is not None:
        return Source(detail, value, "label", _short(labelled))
    if lines and in_signature:
        return Source(detail, value, "signature", _short(_signature_line(lines, value)))
    if lines:
        return Source(detail, value, "text", _short(lines[0]))
    lines = _lines_with(forwarded, detail, value)
    if lines:
        return Source(detail, value, "forwarded", _short(lines[0]))
    return Source(detail, value, "signature" if in_signature else "earlier", "")


def _signed(detail: str, value: str, signature: Mapping[str, str]) -> bool:
    field = SIGNATURE_FIELD.get(detail)
    given = str(signature.get(field, "") or "") if field else ""
    if not given:
        return False
    if detail == "mobile":
        return _digits(given)[-10:] == _digits(value)[-10:]
    return given.strip().lower() == value.lower()


def _lines_with(text: str, detail: str, value: str) -> list[str]:
    """The lines of `text` that hold the value (a number by its last ten digits), in order."""
    if not text:
        return []
    if detail == "mobile":
        wanted = _digits(value)[-10:]
        return [line for line in text.split("\n") if wanted in _digits(line)] if len(wanted) >= 6 else []
    low = value.lower()
    return [line for line in text.split("\n") if low in line.lower()]


def _labelled(line: str, detail: str, value: str, labels: Mapping[str, re.Pattern[str]]) -> bool:
    """Whether the line gives the value after one of the detail's labels ("Designation:
    Superintendent"), not merely beside a label for something else."""
    for name in LABELS.get(detail, ()):
        found = labels[name].search(line) if name in labels else None
        if found is not None and _holds(_given(found), detail, value):
            return True
    return False


def _given(found: re.Match[str]) -> str:
    """What a label gives: its `value` group, else its first group, else the whole line."""
    named = found.groupdict().get("value")
    if named is not None:
        return named
    return (found.group(1) or "") if found.re.groups else found.string


def _holds(given: str, detail: str, value: str) -> bool:
    if detail == "mobile":
        return _digits(value)[-10:] in _digits(given)
    return value.lower() in given.lower()


def _signature_line(lines: list[str], value: str) -> str:
    """The signature's own line for the value: the line that is the value alone, else the last
    that holds it (a signature closes the sender's words)."""
    alone = next((line for line in lines if line.strip().strip(",.;").lower() == value.lower()), None)
    return alone if alone is not None else lines[-1]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", ascii_digits(text))


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= MAX_LINE else text[:MAX_LINE] + "…"
