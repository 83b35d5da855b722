"""Sender authentication from the receiving server's Authentication-Results (RFC 8601).

Only one field is trusted: the topmost, or the topmost carrying one of the
configured authserv-ids. Copies further down can be written by anyone and
are ignored. A pass counts only when it is aligned with the From: domain
(header.from for DMARC, header.d or header.i for DKIM).

`authentication()` says the same of any sender in one word, for the replies:
a From: that the trusted field says failed gets no automatic reply (it may
be forged, and the reply would go to whoever the forger named).
"""

from __future__ import annotations

from dataclasses import dataclass

from maild.core.model import ParsedMail
from maild.core.policy import TriagePolicy

# Two-label public suffixes seen in Indian government mail, for relaxed alignment.
_TWO_LABEL_SUFFIXES = frozenset({"gov.in", "nic.in", "co.in", "ac.in", "org.in", "net.in", "res.in",
                                 "edu.in", "co.uk", "gov.uk", "com.au"})


@dataclass(frozen=True, slots=True)
class AuthResult:
    """The verdict on one mail's sender authentication."""

    checked: bool
    passed: bool
    reason: str
    aligned_pass: bool = False  # a DMARC, DKIM or SPF pass for the From: domain itself


def _strip_comments(value: str) -> str:
    out, depth = [], 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def parse_results(value: str) -> tuple[str, list[tuple[str, str, dict[str, str]]]]:
    """(authserv-id, [(method, result, properties)]) of one Authentication-Results value."""
    parts = [p.strip() for p in _strip_comments(value).split(";")]
    authserv = ""
    first = parts[0].split() if parts else []
    if first and "=" not in first[0]:
        authserv = first[0].lower()
        parts = parts[1:]
    results = []
    for part in parts:
        tokens = part.split()
        if not tokens or "=" not in tokens[0]:
            continue
        method, _, result = tokens[0].partition("=")
        props = {}
        for tok in tokens[1:]:
            key, eq, val = tok.partition("=")
            if eq:
                props[key.lower()] = val.strip('"').lower()
        results.append((method.lower(), result.lower(), props))
    return authserv, results


def _aligned(domain: str, from_domain: str, relaxed: bool) -> bool:
    domain = domain.rpartition("@")[2].rstrip(".").lower()
    if domain == from_domain:
        return True
    return relaxed and _org_domain(domain) == _org_domain(from_domain)


def _org_domain(domain: str) -> str:
    labels = domain.split(".")
    keep = 3 if ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def trusted_field(mail: ParsedMail, policy: TriagePolicy) -> str | None:
    """The one Authentication-Results value that counts, or None."""
    values = mail.header("Authentication-Results")
    if not policy.authserv_ids:
        return values[0] if values else None
    wanted = {a.lower() for a in policy.authserv_ids}
    for value in values:
        if parse_results(value)[0] in wanted:
            return value
    return None


def check_sender_auth(mail: ParsedMail, policy: TriagePolicy) -> AuthResult:
    """Whether the From: domain is authenticated by the trusted field."""
    sender = mail.sender
    if sender is None:
        return AuthResult(False, False, "no sender to authenticate")
    value = trusted_field(mail, policy)
    if value is None:
        if policy.authserv_ids:
            return AuthResult(True, False, "no Authentication-Results from the trusted server")
        return AuthResult(False, True, "no Authentication-Results header; authentication not checked")
    return _evaluate(parse_results(value)[1], sender.domain, policy.relaxed_alignment)


def _evaluate(results: list[tuple[str, str, dict[str, str]]], from_domain: str, relaxed: bool) -> AuthResult:
    def aligned(props: dict[str, str], *keys: str) -> bool:
        return any(k in props and _aligned(props[k], from_domain, relaxed) for k in keys)

    dmarc = [(r, p) for m, r, p in results if m == "dmarc"]
    dkim = [(r, p) for m, r, p in results if m == "dkim"]
    spf = [(r, p) for m, r, p in results if m == "spf"]
    if any(r == "fail" for r, _ in dmarc):
        return AuthResult(True, False, "dmarc=fail")
    dkim_ok = any(r == "pass" and aligned(p, "header.d", "header.i") for r, p in dkim)
    if any(r == "fail" for r, _ in spf) and not dkim_ok:
        return AuthResult(True, False, "spf=fail without an aligned dkim=pass")
    passes = [(m, p) for m, r, p in results if r == "pass" and m in ("dmarc", "dkim", "spf")]
    good = [m for m, p in passes if aligned(p, {"dmarc": "header.from", "dkim": "header.d",
                                                    "spf": "smtp.mailfrom"}[m], "header.i")]
    if passes and not good:
        return AuthResult(True, False, f"authentication passed only for another domain than {from_domain}")
    return AuthResult(True, True, "authenticated: " + (", ".join(sorted(set(good))) or "no failure reported"),
                      bool(good))


def authentication(mail: ParsedMail, policy: TriagePolicy) -> str:
    """'pass', 'fail' or 'none' for the From: domain, by the trusted Authentication-Results alone.

    'fail' is what the trusted field says of it: dmarc=fail, spf=fail without an aligned
    dkim=pass, or passes only for another domain. 'none' when there is no trusted field (or
    no From:) or it reports neither a failure nor an aligned pass: nothing to judge by.
    """
    sender = mail.sender
    value = trusted_field(mail, policy) if sender is not None else None
    if sender is None or value is None:
        return "none"
    result = _evaluate(parse_results(value)[1], sender.domain, policy.relaxed_alignment)
    if not result.passed:
        return "fail"
    return "pass" if result.aligned_pass else "none"
