"""A From: that names several mailboxes, all on ICEGATE: ambiguous, but still ICEGATE's.

Spec (triage.md): the sender is the From: address; more than one From: field
or address makes the sender ambiguous (review); `icegate_sender` asks that the
mail come from an address on icegate.gov.in. When every mailbox named is on
ICEGATE the mail does come from ICEGATE, so its kind is what its first address
is and it lacks nothing for being sent from outside. One address outside
ICEGATE anywhere in From:, or a trick that hides one, keeps today's verdict:
personal, icegate_sender missing, review.
"""

from __future__ import annotations

import base64

import pytest

from builders import make_mail
from maild.core.model import Verdict

RESET = ("Sir,\n\nKindly reset the password of my SSO ID.\n\nName: Ravi Kumar\nDesignation: Inspector\n"
         "SSO ID: RAVIK1990\nMobile No.: 9848022338\n\nRegards,\nRavi Kumar\n")
RAVI = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
ANJALI = "Anjali Verma <anjali.verma@icegate.gov.in>"
SYSMGR = "System Manager, Custom House Visakhapatnam <sysmgr.vtz1@icegate.gov.in>"


def two_fields(first: str, second: str, **kw: str) -> bytes:
    """A mail with two From: fields, the second one above the first (as a relay would prepend it)."""
    return f"From: {second}\n".encode() + make_mail(sender=first, subject="Password reset of SSO ID", body=RESET,
                                                    **kw)  # type: ignore[arg-type]


def one_field(value: str) -> bytes:
    return make_mail(sender=value, subject="Password reset of SSO ID", body=RESET)


def ambiguous_review(v: Verdict) -> None:
    assert v.action == "review", v.reasons
    assert any("ambiguous sender" in f for f in v.review_flags), v.review_flags


@pytest.mark.parametrize("raw,sender,kind", [
    (two_fields(RAVI, ANJALI), "anjali.verma@icegate.gov.in", "icegate"),
    (one_field(f"{RAVI}, {ANJALI}"), "ravi.kumar@icegate.gov.in", "icegate"),
    (one_field(f"{SYSMGR}, {RAVI}"), "sysmgr.vtz1@icegate.gov.in", "generic"),
    (one_field(f"{RAVI}, sysmgr.vtz1@icegate.gov.in"), "ravi.kumar@icegate.gov.in", "icegate"),
    (one_field("=?utf-8?b?" + base64.b64encode("पंकज शर्मा".encode()).decode() + "?= <pankaj.sharma3@icegate.gov.in>, "
               + ANJALI), "pankaj.sharma3@icegate.gov.in", "icegate"),
    (one_field("ravi.kumar@icegate.gov.in, r.kumar@mx.icegate.gov.in"), "ravi.kumar@icegate.gov.in", "icegate"),
], ids=["two-fields", "two-addresses", "generic-first", "bare-second-address", "hindi-encoded-name",
        "icegate-subdomain"])
def test_several_icegate_mailboxes_are_icegate_and_ambiguous(run_triage, raw: bytes, sender: str, kind: str) -> None:
    v = run_triage(raw)
    assert (v.sender, v.sender_kind) == (sender, kind), v.reasons
    assert "icegate_sender" not in v.missing
    ambiguous_review(v)


@pytest.mark.parametrize("raw", [
    two_fields(RAVI, "Mallory <x@evil.example>"),
    two_fields("Mallory <x@evil.example>", RAVI),
    one_field(f"{RAVI}, Ravi Kumar <ravi.kumar.cbic@gmail.com>"),
    one_field(f'{RAVI}, "x y"@evil.example'),
    two_fields(RAVI, '"anjali.verma@icegate.gov.in" <anjali.verma@icegate.gov.in.evil.example>'),
    two_fields(RAVI, "=?utf-8?b?" + base64.b64encode(b"anjali.verma@icegate.gov.in").decode()
               + "?==?utf-8?Q?=00?=@evil.example"),
    two_fields(RAVI, "=?utf-8?q?Anjali_=3Cx=40evil=2Eexample=3E?= <anjali.verma@icegate.gov.in>"),
], ids=["second-field-elsewhere", "first-field-elsewhere", "second-address-gmail", "quoted-local-part-elsewhere",
        "lookalike-domain", "mailsploit-in-second-field", "address-elsewhere-in-encoded-name"])
def test_one_mailbox_outside_icegate_keeps_the_mail_off_icegate(run_triage, raw: bytes) -> None:
    v = run_triage(raw)
    assert v.sender_kind != "icegate", v.reasons
    assert "icegate_sender" in v.missing
    ambiguous_review(v)


def test_a_display_name_showing_an_icegate_address_elsewhere_stays_personal(run_triage) -> None:
    v = run_triage(one_field('"ravi.kumar@icegate.gov.in" <ravi.kumar.cbic@gmail.com>'))
    assert (v.sender_kind, v.action) == ("personal", "review")
    assert "icegate_sender" in v.missing


def test_automated_still_wins_over_several_icegate_mailboxes(run_triage) -> None:
    v = run_triage(two_fields(RAVI, ANJALI, headers={"Auto-Submitted": "auto-replied"}))  # type: ignore[arg-type]
    assert (v.sender_kind, v.action, list(v.missing)) == ("automated", "ignore", [])
