"""What a stored verdict keeps once its mail is past the retention (`maild purge`).

Every value the mail gave is blanked: the sender, the subject, the Message-ID,
the signature and the details, the cells the template check quoted, the
attachments' file names. The codes the mail was decided by stay (sender kind,
request type, action, what was missing, each template error's row, column,
code and cause, the attachments' kinds and hashes), and so do the facts about
the mail that are no one's personal data and that later work on its case
reads: the language it was written in and what the trusted
Authentication-Results said. The reasons and review flags keep their wording,
with whatever of the mail they quote (a file name, an address, a name in
quotes, a mobile number, a date) replaced by a placeholder, so an operator can
still read why the mail was decided as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

ADDRESS = "[address]"
REMOVED = "[removed]"
NUMBER = "[number]"
DATE = "[date]"
PURGED_FILE = "purged"

CODES = ("sender_kind", "request_type", "action", "missing", "language", "authentication")
BLANKED = ("sender", "subject", "message_id")
SIGNATURE = ("name", "designation", "email", "phone")
DETAILS = ("name", "designation", "mobile", "sso_id", "alt_email")
ERROR_CODES = ("row", "column", "code", "cause")
ATTACHMENT_CODES = ("kind", "content_type", "size", "sha256", "forwarded")

_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")
_EMAIL = re.compile(r"[^\s@()<>\[\]\"',;:]+@[^\s@()<>\[\]\"',;:]*[^\s@()<>\[\]\"',;:.]")
# Text in quotes, unless it is one lowercase word of maild's own vocabulary ('sysmgr', a role word).
_QUOTED = re.compile(r"(?<!\w)(['\"])(?![a-z0-9_.-]{1,30}\1)[^'\"\n]+\1(?!\w)")
_MOBILE = re.compile(r"(?<![\w+])(?:\+?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}(?!\w)")
_DATE = re.compile(r"(?<!\w)\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\w)")


def purged_name(filename: str) -> str:
    """An attachment's name once purged: the placeholder with the file's extension (what kind of file)."""
    extension = _EXTENSION.search(filename or "")
    return PURGED_FILE + (extension.group(0).lower() if extension else "")


def purged_verdict(verdict: dict[str, Any] | None) -> dict[str, Any]:
    """A stored verdict without anything the sender wrote, keeping its codes and its shape."""
    found = verdict or {}
    kept: dict[str, Any] = {k: found[k] for k in CODES if k in found}
    kept.update({k: "" for k in BLANKED if k in found})
    if isinstance(found.get("signature"), dict):
        kept["signature"] = {k: "" for k in SIGNATURE}
    if isinstance(found.get("details"), dict):
        kept["details"] = {k: "" for k in DETAILS}
    if "template_errors" in found:
        kept["template_errors"] = [{k: e[k] for k in ERROR_CODES if k in e}
                                   for e in found.get("template_errors") or [] if isinstance(e, dict)]
    attachments = [a for a in found.get("attachments") or [] if isinstance(a, dict)]
    kept["attachments"] = [{"filename": purged_name(str(a.get("filename", ""))),
                            **{k: a[k] for k in ATTACHMENT_CODES if k in a}} for a in attachments]
    known = _known_values(found, attachments)
    for key in ("reasons", "review_flags"):
        if key in found:
            kept[key] = [scrubbed(str(text), known) for text in found.get(key) or []]
    return {**kept, "purged": True}


def scrubbed(text: str, known: Iterable[tuple[str, str]] = ()) -> str:
    """A reason or flag with the mail's data in it replaced: first the values the verdict holds
    (longest first, each by its placeholder, as whole words), then anything that looks like an
    address, a quoted name, a mobile number or a date."""
    for value, placeholder in sorted(known, key=lambda pair: -len(pair[0])):
        if len(value) >= 4:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", lambda _m, p=placeholder: p, text,
                          flags=re.IGNORECASE)
    text = _EMAIL.sub(ADDRESS, text)
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{REMOVED}{m.group(1)}", text)
    text = _MOBILE.sub(NUMBER, text)
    return _DATE.sub(DATE, text)


def _known_values(verdict: dict[str, Any], attachments: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each value of the mail the verdict holds, with the placeholder that takes its place in text."""
    found = [(str(a.get("filename") or ""), purged_name(str(a.get("filename") or ""))) for a in attachments]
    found.append((str(verdict.get("sender") or ""), ADDRESS))  # not the subject: its words are too common
    for group in ("signature", "details"):
        values = verdict.get(group) if isinstance(verdict.get(group), dict) else {}
        found += [(str(v), _placeholder(k)) for k, v in values.items() if isinstance(v, str)]
    found += [(str(e.get("value") or ""), REMOVED) for e in verdict.get("template_errors") or []
              if isinstance(e, dict)]
    return [(value.strip(), placeholder) for value, placeholder in found if value.strip()]


def _placeholder(field: str) -> str:
    if field in ("email", "alt_email"):
        return ADDRESS
    return NUMBER if field in ("phone", "mobile") else REMOVED
