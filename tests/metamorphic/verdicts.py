"""A verdict against an expected one, field by field, as the corpus' scorer compares them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from maild.core.model import Verdict

FIELDS = ("sender_kind", "request_type", "missing", "template_errors", "action", "attachment_kinds")


def comparable(field: str, value: Any) -> Any:
    """One field as the scorer compares it: lists as multisets, template errors as a set of triples."""
    if field in ("missing", "attachment_kinds"):
        return Counter(value)
    if field == "template_errors":
        return {(e["row"], e["column"], e["code"]) for e in value}
    return value


def mismatches(want: dict[str, Any], verdict: Verdict) -> list[str]:
    """Each compared field where the verdict differs from the expected one, in words."""
    got = verdict.as_dict()
    got["attachment_kinds"] = [a["kind"] for a in got["attachments"]]
    return [f"{f}: expected {sorted(map(str, want[f])) if isinstance(want[f], list) else want[f]}, "
            f"got {sorted(map(str, got[f])) if isinstance(got[f], list) else got[f]}"
            for f in FIELDS if f in want and comparable(f, want[f]) != comparable(f, got[f])]


def as_expected(verdict: Verdict) -> dict[str, Any]:
    """A verdict's compared fields in the form of a corpus' expected file."""
    got = verdict.as_dict()
    got["attachment_kinds"] = [a["kind"] for a in got["attachments"]]
    return {f: got[f] for f in FIELDS}
