"""triage(): one mail's bytes to its verdict, the decision the daemon acts on.

The order of precedence of the contract: ignore (robot mail, for loop
safety), redirect (another helpdesk's matter), review (what a person must
judge), request_missing, acknowledge. Every step adds a reason, so an
operator can see why maild decided what it did.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from maild.core.attachments import Classified, classify_attachment
from maild.core.auth import authentication, check_sender_auth
from maild.core.details import find_details
from maild.core.language import language_of
from maild.core.model import (Action, Details, ParsedMail, Prior, RequestType, SenderKind, Signature, TemplateError,
                              Verdict)
from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.request import classify_request
from maild.core.ruleset import RuleSet
from maild.core.sender import ambiguity, classify_sender, is_icegate, is_role_address, several_on_icegate
from maild.core.signature import find_signature
from maild.core.text import ascii_digits


def triage(raw: bytes, rules: RuleSet, policy: TriagePolicy, today: dt.date,
           prior: Prior | None = None) -> Verdict:
    """Parse and decide one mail; `today` stands in for a missing Date: header.

    `prior` carries what earlier mails of the same case established (the daemon
    knows the case; `maild triage` judges each file on its own).
    """
    return decide(parse_mail(raw, policy, rules.quoting), rules, policy, today, prior)


@dataclass
class _Facts:
    """What decide() has established so far about one mail."""

    sender_kind: SenderKind
    request_type: RequestType = "unknown"
    classified: list[Classified] = field(default_factory=list)
    signature: Signature = field(default_factory=Signature)
    details: Details = field(default_factory=Details)
    reasons: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    prior_kinds: tuple[str, ...] = ()

    @property
    def kinds(self) -> list[str]:
        return [c.info.kind for c in self.classified] + list(self.prior_kinds)


def decide(mail: ParsedMail, rules: RuleSet, policy: TriagePolicy, today: dt.date,
           prior: Prior | None = None) -> Verdict:
    """The verdict for a parsed mail (pure: no I/O, no clock)."""
    kind, why = classify_sender(mail, rules.senders, policy)
    facts = _Facts(kind, reasons=[why])
    mail_date = mail.date.date() if mail.date else today
    facts.classified = [classify_attachment(a, rules.attachments, rules.template, mail_date,
                                            lambda e: _generic_email(e, rules))
                        for a in mail.attachments]
    facts.reasons += [c.reason for c in facts.classified]
    own = _readable(mail.own_text)
    text = "\n".join(t for t in (own, _readable(mail.forwarded_text)) if t.strip())
    request_type, why = classify_request(mail.subject, text, facts.kinds, rules.requests)
    if prior is not None and kind != "automated" and prior.request_type != "unknown":
        request_type, why = prior.request_type, f"follow-up in a case about {prior.request_type}"
        facts.prior_kinds = prior.kinds
    facts.request_type = request_type  # type: ignore[assignment]
    facts.reasons.append(why)
    exclude = _excluded_emails(mail, policy)
    facts.signature = find_signature(own, rules.signature, exclude, lambda e: is_role_address(e, rules.senders))
    facts.details = find_details(text, facts.signature, rules.signature, exclude)
    if prior is not None and kind != "automated":
        facts.details = _merge_details(facts.details, prior.details)
        facts.signature = _merge_signature(facts.signature, prior.signature_of(mail.sender.email if mail.sender
                                                                               else ""))
    missing = [] if kind == "automated" else _missing(mail, facts, rules)
    errors = _template_errors(facts, prior if kind != "automated" else None)
    _review_flags(mail, facts, rules, policy, text)
    action = _action(facts, rules, bool(missing or errors))
    if missing:
        facts.reasons.append("missing: " + ", ".join(missing))
    facts.reasons += [f"template: {c.info.filename}: {c.template.note}" for c in facts.classified
                      if c.template and c.template.note]
    facts.reasons += [f"review: {flag}" for flag in facts.flags]
    facts.reasons += [f"note: {n}" for n in mail.notes]
    return Verdict(
        message_id=mail.message_id, sender=mail.sender.email if mail.sender else "",
        sender_kind=facts.sender_kind, signature=facts.signature, request_type=facts.request_type,
        attachments=tuple(c.info for c in facts.classified), missing=tuple(missing),
        template_errors=tuple(errors), action=action, reasons=tuple(facts.reasons),
        subject=mail.subject, details=facts.details, review_flags=tuple(facts.flags),
        language=language_of(mail.subject, own),
        authentication=authentication(mail, policy) if kind != "automated" else "none",
    )


def _readable(text: str) -> str:
    """Text as the detail rules read it: LF line ends, one Unicode form (a nukta is a mark of its own:
    'यूज़र' in either spelling), digits of Indian scripts as 0-9 (९८२९०६१३५७)."""
    return ascii_digits(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))


def _merge_details(now: Details, before: Details) -> Details:
    return Details(*(a or b for a, b in zip((now.name, now.designation, now.mobile, now.sso_id, now.alt_email),
                                            (before.name, before.designation, before.mobile, before.sso_id,
                                             before.alt_email))))


def _merge_signature(now: Signature, before: Signature) -> Signature:
    """A signature field given earlier by the same mailbox in the case still counts."""
    return Signature(*(a or b for a, b in zip(now.as_dict().values(), before.as_dict().values())))


def _template_errors(facts: _Facts, prior: Prior | None) -> list[TemplateError]:
    """This mail's template errors; with no template attached, those of the case's latest template.

    A follow-up that brings the service book but no corrected template has not
    mended the template: its errors still stand.
    """
    if prior is None or any(c.info.kind == "template" for c in facts.classified):
        return sorted({e for c in facts.classified if c.template for e in c.template.errors})
    return sorted(prior.template_errors)


def _generic_email(address: str, rules: RuleSet) -> bool:
    """An alternate e-mail that is an office mailbox or an ICEGATE ID, not a personal one."""
    return is_icegate(address, rules.senders) or is_role_address(address, rules.senders)


def _excluded_emails(mail: ParsedMail, policy: TriagePolicy) -> set[str]:
    """Addresses that never count as an individual or alternate e-mail ID."""
    own = {a.lower() for a in policy.own_addresses}
    return own | ({mail.sender.email.lower()} if mail.sender else set())


def _missing(mail: ParsedMail, facts: _Facts, rules: RuleSet) -> list[str]:
    """Every code the request lacks, each once, sorted."""
    missing: set[str] = set()
    requirement = rules.requirements.by_type.get(facts.request_type)
    if requirement is not None:
        for group in requirement.documents:
            if not any(k in facts.kinds for k in group):
                missing.add(group[0])
        for detail in requirement.details:
            if not _has_detail(facts.details, detail):
                missing.add(detail)
        if requirement.icegate_sender and not _icegate_sender(mail, rules):
            missing.add("icegate_sender")
    if facts.sender_kind == "generic":
        sig = facts.signature.as_dict()
        missing.update(f"signature_{f}" for f in rules.requirements.generic_signature if not sig.get(f))
    return sorted(missing)


def _has_detail(details: Details, name: str) -> bool:
    if name == "sso_id":
        return bool(details.sso_id or details.alt_email)
    return bool(getattr(details, name, ""))


def _icegate_sender(mail: ParsedMail, rules: RuleSet) -> bool:
    sender = mail.sender
    return sender is not None and is_icegate(sender.email, rules.senders) and (
        not ambiguity(mail, rules.senders) or several_on_icegate(mail, rules.senders))


def _review_flags(mail: ParsedMail, facts: _Facts, rules: RuleSet, policy: TriagePolicy, text: str) -> None:
    """What a person must judge: recorded as flags, each with its reason."""
    facts.flags += list(mail.problems)
    why = ambiguity(mail, rules.senders)
    if why:
        facts.flags.append(f"ambiguous sender: {why}")
    if facts.sender_kind != "automated" and mail.sender and is_icegate(mail.sender.email, rules.senders):
        auth = check_sender_auth(mail, policy)
        facts.reasons.append(f"authentication: {auth.reason}")
        if auth.checked and not auth.passed:
            facts.flags.append(f"the ICEGATE sender fails authentication ({auth.reason})")
    requirement = rules.requirements.by_type.get(facts.request_type)
    for group in requirement.documents if requirement else ():
        stand_ins = [k for k in group[1:] if k in facts.kinds and k in rules.requirements.stands_for_review]
        if group[0] not in facts.kinds and stand_ins:
            facts.flags.append(rules.requirements.stands_for_review[stand_ins[0]])
    facts.flags += [f"{c.info.filename}: {c.template.review}" for c in facts.classified
                    if c.template and c.template.review]
    sheet_text = " ".join(c.template.text for c in facts.classified if c.template)
    haystack = "\n".join((mail.subject, text, sheet_text))
    if _overseas(haystack, rules):
        facts.flags.append("the request is for an officer on a COIN posting or posted outside India")
    if facts.request_type == "unknown":
        facts.flags.append("the request type could not be told")


def _overseas(text: str, rules: RuleSet) -> bool:
    """An officer on a COIN posting or posted outside India now (not one who has come back)."""
    for pattern in rules.review.overseas:
        for match in pattern.finditer(text):
            start = max(text.rfind(".", 0, match.start()), text.rfind("\n\n", 0, match.start()))
            ends = [i for i in (text.find(".", match.end()), text.find("\n\n", match.end())) if i >= 0]
            sentence = text[start + 1: min(ends, default=len(text))]
            if not any(p.search(sentence) for p in rules.review.overseas_past):
                return True
    return False


def _action(facts: _Facts, rules: RuleSet, incomplete: bool) -> Action:
    if facts.sender_kind == "automated":
        return "ignore"
    if facts.request_type in rules.requirements.redirect_types:
        return "redirect"
    if facts.flags:
        return "review"
    return "request_missing" if incomplete else "acknowledge"
