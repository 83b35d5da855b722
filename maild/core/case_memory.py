"""What a case remembers for its next mail, read from the verdicts of its earlier mails.

The daemon judges a follow-up with everything its case already holds: the
documents and details sent before, the errors of the latest template (they
stand until a template comes again, so a follow-up that brings only the
service book is still told the template is wrong), and the signature a
generic mailbox gave earlier (it counts for that mailbox's later mails).
Pure: stored verdict dictionaries in, a Prior out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from maild.core.model import Details, Prior, Signature, TemplateError

_DETAILS = ("name", "designation", "mobile", "sso_id", "alt_email")


def prior_from_verdicts(request_type: str, verdicts: Iterable[Mapping[str, Any]]) -> Prior:
    """The Prior of a case whose mails' verdicts (as stored, oldest first) are given."""
    kinds: list[str] = []
    details = Details()
    errors: tuple[TemplateError, ...] = ()
    signatures: list[tuple[str, Signature]] = []
    for verdict in verdicts:
        attached = [str(a.get("kind", "")) for a in verdict.get("attachments", ()) if a.get("kind")]
        kinds += attached
        found = verdict.get("details") or {}
        details = Details(*(getattr(details, f) or str(found.get(f, "") or "") for f in _DETAILS))
        if "template" in attached:  # this mail's own template: its errors replace the earlier ones
            errors = tuple(_template_errors(verdict.get("template_errors", ())))
        signature = _signature(verdict.get("signature") or {})
        if verdict.get("sender") and any(signature.as_dict().values()):
            signatures.append((str(verdict["sender"]).lower(), signature))
    return Prior(request_type, tuple(kinds), details, errors, tuple(signatures))


def _template_errors(items: Iterable[Mapping[str, Any]]) -> Iterable[TemplateError]:
    for item in items:
        try:
            yield TemplateError(int(item["row"]), str(item["column"]), str(item["code"]),
                                str(item.get("cause", "")), str(item.get("value", "")))
        except (KeyError, TypeError, ValueError):
            continue


def _signature(found: Mapping[str, Any]) -> Signature:
    return Signature(*(str(found.get(f, "") or "") for f in ("name", "designation", "email", "phone")))


def signatories(verdicts: Iterable[Mapping[str, Any]]) -> set[str]:
    """The individual e-mail IDs that signed a case's mails (lower-case): the officers behind a
    generic mailbox, whose own later mails belong to the case."""
    return {str(sig["email"]).lower() for v in verdicts if isinstance(sig := v.get("signature"), Mapping)
            and sig.get("email")}
