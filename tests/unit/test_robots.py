"""Robot mail: bounces, delivery and gateway notices from any MTA, and the people who write about them.

The rules are proved on real bounces from another project's test data
(tests/data/bounces/, flufl.bounce 6.0.0) and on mails written here that the
sample corpus does not contain; the negative cases are people's mails that
talk about bounces, and must stay people's mails (spec: sender_kind table,
"automated wins over every other kind" only once a mail is a robot's).
"""

from __future__ import annotations

from maild.core.model import Verdict
from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.ruleset import RuleSet

RESET = ("Sir,\n\nKindly reset the password of my SSO ID.\n\nName: Ravi Kumar\nDesignation: Inspector\n"
         "SSO ID: RAVIK1990\nMobile No.: 9848022338\n\nRegards,\nRavi Kumar\n")


def plain(head: str, body: str = RESET) -> bytes:
    """A text/plain mail with the given header lines (one per line, as on the wire)."""
    return (head.strip("\n") + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def robot(v: Verdict) -> bool:
    return v.sender_kind == "automated" and v.action == "ignore"


# =========================================================================== the mbox "From " line

MBOX_BOUNCE = plain(
    "From MAILER-DAEMON  Mon Nov 10 11:05:00 2025\n"
    "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.nic.in>\nTo: saksham.seva@icegate.gov.in\n"
    "Subject: Mail delivery failed: returning message to sender\nMessage-ID: <E1x-0001@mx.nic.in>",
    "This message was created automatically by mail delivery software.\n")


def test_a_leading_mbox_from_line_is_not_part_of_the_header(rules: RuleSet, policy: TriagePolicy) -> None:
    mail = parse_mail(MBOX_BOUNCE, policy, rules.quoting)
    assert mail.sender is not None and mail.sender.email == "MAILER-DAEMON@mx.nic.in"
    assert mail.subject == "Mail delivery failed: returning message to sender"
    assert mail.message_id == "<E1x-0001@mx.nic.in>"
    assert not any(name.startswith("From ") for name, _ in mail.headers)


def test_a_person_s_mail_saved_from_an_mbox_is_read_as_that_person_s(run_triage) -> None:
    raw = b"From ravi.kumar@icegate.gov.in Mon Nov 10 11:05:00 2025\n" + plain(
        "From: Ravi Kumar <ravi.kumar@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\n"
        "Subject: Password reset of SSO ID\nMessage-ID: <r1@icegate.gov.in>")
    v = run_triage(raw)
    assert (v.sender, v.sender_kind, v.request_type) == ("ravi.kumar@icegate.gov.in", "icegate", "password_reset")
    assert v.message_id == "<r1@icegate.gov.in>"
    assert v.action == "acknowledge"


def test_only_the_first_line_can_be_an_mbox_separator(rules: RuleSet, policy: TriagePolicy) -> None:
    """A "From " line further down is body text (or an escaped line of an mbox), never a header."""
    raw = plain("From: Ravi Kumar <ravi.kumar@icegate.gov.in>\nSubject: Password reset",
                "From the office of the Commissioner,\nkindly reset my password.\n")
    mail = parse_mail(raw, policy, rules.quoting)
    assert mail.sender is not None and mail.sender.email == "ravi.kumar@icegate.gov.in"
    assert "From the office of the Commissioner" in mail.own_text
