"""The request details in the sender's text: name, designation, mobile, SSO ID.

They may be labelled ("Name: ...", "Mobile No.: ..."), in the signature, or
stated plainly in running text. Quoted text never counts, and neither do the
From: display name and address: the helpdesk must hear them from the mail.
"""

from __future__ import annotations

import re

from maild.core.model import Details, Signature
from maild.core.phones import find_mobile
from maild.core.ruleset import SignatureRules
from maild.core.signature import EMAIL_IN_TEXT, looks_like_name

_HAS_DIGIT = re.compile(r"\d")


def find_details(text: str, signature: Signature, rules: SignatureRules, exclude_emails: set[str]) -> Details:
    """Details found in `text` (the sender's text plus forwarded originals)."""
    return Details(
        name=_name(text, signature, rules),
        designation=_designation(text, signature, rules),
        mobile=find_mobile(text, rules),
        sso_id=_sso_id(text, rules),
        alt_email=_alt_email(text, rules, exclude_emails),
    )


def _label(text: str, rules: SignatureRules, field: str) -> str:
    pattern = rules.labels.get(field)
    if pattern is None:
        return ""
    for match in pattern.finditer(text):
        value = match.group(1).strip().strip(".,;")
        if value:
            return value
    return ""


def _name(text: str, signature: Signature, rules: SignatureRules) -> str:
    labelled = _label(text, rules, "name")
    if labelled:
        return labelled
    if signature.name:
        return signature.name
    for pattern in rules.name_statements:
        for match in pattern.finditer(text):
            if looks_like_name(match.group(1).strip(), rules):
                return match.group(1).strip()
    return ""


def _designation(text: str, signature: Signature, rules: SignatureRules) -> str:
    labelled = _label(text, rules, "designation")
    if labelled:
        return labelled
    if signature.designation:
        return signature.designation
    match = rules.designations.search(text)
    return match.group(0) if match else ""


def _sso_id(text: str, rules: SignatureRules) -> str:
    pattern = rules.labels.get("sso_id")
    if pattern is None:
        return ""
    for match in pattern.finditer(text):
        value = match.group(1).strip(".,;")
        if _HAS_DIGIT.search(value) or "@" in value:
            return value
    return ""


def _alt_email(text: str, rules: SignatureRules, exclude: set[str]) -> str:
    labelled = _label(text, rules, "alt_email")
    if labelled and labelled.lower() not in exclude:
        return labelled
    for match in EMAIL_IN_TEXT.finditer(text):
        address = match.group(0).strip(".")
        if address.lower() in exclude or text[max(0, match.start() - 4): match.start()].lower() == "cid:":
            continue
        return address
    return ""
