"""Who sent the mail: an ICEGATE ID, a shared office mailbox, a personal one, or a robot.

The sender is the From: address; Reply-To never changes it. A From: that
parses more than one way (two From fields, two addresses, an address hidden
in the display name, encoded words or NULs inside the address) is
"ambiguous": triage sends it to review and never treats it as ICEGATE.
"""

from __future__ import annotations

import re

from maild.core.model import Address, ParsedMail, SenderKind
from maild.core.parse import MAX_FROM_RAW
from maild.core.policy import TriagePolicy
from maild.core.ruleset import SenderRules
from maild.core.text import decode_words

_TOKEN_SPLIT = re.compile(r"[^a-z]+")
_ADDRESS_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_BAD_ADDRESS = re.compile(r"=\?|[\x00-\x20\x7f<>()\[\]\\,;:\"]")
_NULL_ADDRESS = re.compile(r"<\s*>")


def automated_reason(mail: ParsedMail, rules: SenderRules, policy: TriagePolicy) -> str:
    """Why the mail is robot mail (RFC 3834 and friends), or '' when a person sent it.

    Only the header block is read (the service asks this of a header alone): the
    robot headers, a report's content type, a robot envelope or From: mailbox, and
    the subject line of an MTA's or a gateway's notice.
    """
    return (_header_reason(mail, rules) or _envelope_reason(mail, rules) or _from_reason(mail, rules, policy)
            or _subject_reason(mail.subject, rules))


def _header_reason(mail: ParsedMail, rules: SenderRules) -> str:
    for value in mail.header("Auto-Submitted"):
        token = re.split(r"[\s;(]", value.strip().lower(), maxsplit=1)[0]
        if token and token != "no":
            return f"Auto-Submitted: {token}"
    for value in mail.header("Precedence"):
        if value.strip().lower() in rules.precedence_automated:
            return f"Precedence: {value.strip().lower()}"
    for name, _ in mail.headers:
        if name.lower().startswith(rules.automated_header_prefixes):
            return f"{name} header"
    if mail.content_type in rules.automated_content_types:
        return f"content type {mail.content_type}"
    return ""


def _envelope_reason(mail: ParsedMail, rules: SenderRules) -> str:
    """A null or robot envelope sender (Return-Path: <>, <MAILER-DAEMON@...>, <list-bounces@...>)."""
    for value in mail.header("Return-Path"):
        address = value.strip().strip("<>").strip()
        if not address:
            return "null return path (<>)"
        local = _untagged(address.rpartition("@")[0] or address, rules)
        if robot_local(local, rules):
            return f"robot envelope sender {local}@"
    return ""


def _from_reason(mail: ParsedMail, rules: SenderRules, policy: TriagePolicy) -> str:
    sender = mail.sender
    if sender is None:
        return "null From: address (<>)" if _NULL_ADDRESS.search(mail.from_raw) else ""
    if robot_local(sender.local, rules):
        return f"system sender {sender.local}@"
    if any(p.search(sender.name) for p in rules.robot_display_names):
        return f"system sender name {sender.name!r}"
    if is_own_address(sender.email, policy.own_addresses):
        return "mail from the helpdesk's own address"
    return ""


def is_own_address(address: str, own_addresses: tuple[str, ...]) -> bool:
    """The helpdesk's own address in any spelling: any case, and with a '+tag' on its local part
    (saksham.seva+anything@icegate.gov.in is delivered to the same mailbox)."""
    return _base_address(address) in {_base_address(a) for a in own_addresses}


def _base_address(address: str) -> str:
    local, _, domain = address.strip().lower().rpartition("@")
    return f"{local.partition('+')[0]}@{domain.rstrip('.')}"


def _subject_reason(subject: str, rules: SenderRules) -> str:
    """A subject in the form of a delivery, auto-reply or gateway notice; never a forward's."""
    if rules.forwarded_subject.search(subject):
        return ""
    if rules.notice_subject.search(subject) or any(p.search(subject) for p in rules.notice_subject_ends):
        return "the subject of a delivery or gateway notice"
    return ""


def robot_local(local_part: str, rules: SenderRules) -> bool:
    """A local part only a machine's mailbox has: no-reply, MAILER-DAEMON, list bounces, 'smtp'..."""
    if any(p.search(local_part) for p in rules.noreply_locals):
        return True
    return any(token in rules.robot_local_tokens for token in _TOKEN_SPLIT.split(local_part.lower()) if token)


def _untagged(local_part: str, rules: SenderRules) -> str:
    """The local part without a BATV signature (prvs=1234abcd=ndr -> ndr)."""
    for tag in rules.envelope_tags:
        match = tag.match(local_part)
        if match:
            return match.group("local")
    return local_part


def ambiguity(mail: ParsedMail, rules: SenderRules) -> str:
    """Why the From: field is ambiguous, or '' when it names exactly one clear mailbox."""
    if mail.from_header_count > 1:
        return f"{mail.from_header_count} From: fields"
    if mail.from_header_count and not mail.from_addresses:
        return "the From: field does not parse as one address"
    if len(mail.from_addresses) > 1:
        return f"{len(mail.from_addresses)} addresses in From:"
    return _address_doubt(mail.sender, rules) if mail.sender else ""


def _address_doubt(sender: Address, rules: SenderRules) -> str:
    """Why one From: mailbox cannot be taken at its word, or ''."""
    if _BAD_ADDRESS.search(sender.email) or sender.email.count("@") != 1:
        return "the From: address holds encoded words or forbidden characters"
    if re.search(r"[\x00-\x1f\x7f]", sender.name):
        return "the From: display name holds control characters"
    if "=?" in sender.name:
        return "the From: display name holds encoded words that do not decode"
    for shown in _ADDRESS_IN_TEXT.findall(sender.name):
        if shown.lower() != sender.email.lower() and _on_domains(shown, rules.icegate_domains):
            return f"the display name shows an ICEGATE address ({shown}) but the mail comes from elsewhere"
    return ""


def several_on_icegate(mail: ParsedMail, rules: SenderRules) -> bool:
    """The From: names more than one mailbox, and every one is a clean address on ICEGATE.

    Such a mail is ambiguous (a person must say who writes), but it is still on
    ICEGATE: its sender is what its first address is, and it does not lack
    `icegate_sender`. Every address written anywhere in the From: fields counts,
    encoded words decoded, so an address outside ICEGATE cannot hide among them.
    """
    if not mail.from_addresses or (mail.from_header_count < 2 and len(mail.from_addresses) < 2):
        return False
    text = decode_words(mail.from_raw)
    if len(mail.from_raw) >= MAX_FROM_RAW or "=?" in text or re.search(r"[\x00-\x1f\x7f]", text):
        return False
    shown = _ADDRESS_IN_TEXT.findall(text)
    if not shown or len(shown) != text.count("@") or not all(is_icegate(a, rules) for a in shown):
        return False
    return not any(_address_doubt(a, rules) for a in mail.from_addresses)


def classify_sender(mail: ParsedMail, rules: SenderRules, policy: TriagePolicy) -> tuple[SenderKind, str]:
    """The sender kind and the reason for it (automated wins over every other kind)."""
    robot = automated_reason(mail, rules, policy)
    if robot:
        return "automated", f"automated: {robot}"
    sender = mail.sender
    if sender is None:
        return "personal", "no usable From: address"
    icegate = is_icegate(sender.email, rules)
    role = role_reason(sender, rules)
    if role:
        return "generic", f"shared mailbox ({role})"
    if icegate:
        if several_on_icegate(mail, rules):
            return "icegate", "individual ICEGATE ID (the first of several ICEGATE mailboxes in From:)"
        if ambiguity(mail, rules):
            return "personal", "ambiguous From: is never taken as an ICEGATE ID"
        return "icegate", "individual ICEGATE ID"
    return "personal", "individual mailbox outside icegate.gov.in"


def is_icegate(address: str, rules: SenderRules) -> bool:
    return _on_domains(address, rules.icegate_domains)


def _on_domains(address: str, domains: tuple[str, ...]) -> bool:
    domain = address.rpartition("@")[2].lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


def role_reason(sender: Address, rules: SenderRules) -> str:
    """Why an address is a shared (role) mailbox, or '' for an individual's."""
    if sender.email.lower() in rules.role_addresses:
        return "listed role address"
    if _named_after_its_sender(sender, rules):
        return ""
    word = role_word(sender.local, rules)
    if word:
        return f"role word {word!r} in the address"
    if "@" in sender.name:
        return ""  # a display name that shows an address names no office: the address itself is judged
    for pattern in rules.role_display:
        if pattern.search(sender.name):
            return "office name as display name"
    return ""


def _named_after_its_sender(sender: Address, rules: SenderRules) -> bool:
    """A person's own mailbox that also names an office or a trade ('priya.sharma.cgst@gmail.com'
    from 'Priya Sharma', 'anil.customs1988@' from 'Anil Verma'): the display name is a person's
    (no office or firm word in it) and one of its names is in the address."""
    words = {w for w in _TOKEN_SPLIT.split(sender.name.lower()) if w}
    if not words or words & (rules.role_tokens | rules.role_lead_tokens | rules.firm_words) or \
            any(p.search(sender.name) for p in rules.role_display):
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(sender.local) if t]
    return any(w == t or (len(w) >= 4 and w in t) for w in words if len(w) >= 3 for t in tokens)


def role_word(local_part: str, rules: SenderRules) -> str:
    """The role token in a local part ('sysmgr' in 'sysmgr.vskp2'), or ''."""
    tokens = [t for t in _TOKEN_SPLIT.split(local_part.lower()) if t]
    if tokens and tokens[0] in rules.role_lead_tokens:
        return tokens[0]
    for token in tokens:
        if token in rules.role_tokens:
            return token
        for affix in rules.role_affixes:
            if len(token) > len(affix) and (token.startswith(affix) or token.endswith(affix)):
                return token
    return ""


def is_role_address(address: str, rules: SenderRules) -> bool:
    """True for a shared mailbox address (used for the template's alternate e-mail)."""
    local = address.rpartition("@")[0]
    return address.lower() in rules.role_addresses or bool(role_word(local, rules))
