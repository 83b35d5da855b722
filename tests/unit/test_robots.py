"""Robot mail: bounces, delivery and gateway notices from any MTA, and the people who write about them.

The rules are proved on real bounces from another project's test data
(tests/data/bounces/, flufl.bounce 6.0.0) and on mails written here that the
sample corpus does not contain; the negative cases are people's mails that
talk about bounces, and must stay people's mails (spec: sender_kind table,
"automated wins over every other kind" only once a mail is a robot's).
"""

from __future__ import annotations

import email
import re
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from builders import make_mail
from maild.core.model import Verdict
from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.rawmail import header_bytes
from maild.core.ruleset import RuleSet
from maild.core.sender import automated_reason
from maild.errors import RulesError
from maild.adapters.rules import default_rules_dir, load_rules
from paths import ROOT

RESET = ("Sir,\n\nKindly reset the password of my SSO ID.\n\nName: Ravi Kumar\nDesignation: Inspector\n"
         "SSO ID: RAVIK1990\nMobile No.: 9848022338\n\nRegards,\nRavi Kumar\n")


def plain(head: str, body: str = RESET) -> bytes:
    """A text/plain mail with the given header lines (one per line, as on the wire)."""
    return (head.strip("\n") + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def prepend(raw: bytes, *lines: str) -> bytes:
    """Header lines above everything the builder wrote, as the receiving server adds them."""
    return "".join(line + "\n" for line in lines).encode() + raw


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


# =========================================================================== real bounces of other projects

BOUNCES = ROOT / "tests" / "data" / "bounces"
# The one file that is not a robot's, and why (tests/data/bounces/README.md).
PEOPLE = {
    "groupwise_03.txt": "a hotel clerk's own Outlook reply (RE: Vuille - (PO28169) - IND) with a quoted "
                        "request and two attachments, kept upstream only as a detector crash test; the "
                        "spec's automated senders are bounces, reports and auto-replies, and this is none",
}
BOUNCE_FILES = sorted(p.name for p in BOUNCES.glob("*.txt"))


def test_the_vendored_corpus_is_whole() -> None:
    assert len(BOUNCE_FILES) == 117
    assert set(PEOPLE) <= set(BOUNCE_FILES)


@pytest.mark.parametrize("name", BOUNCE_FILES)
def test_every_real_bounce_is_a_robot(run_triage, name: str) -> None:
    v = run_triage((BOUNCES / name).read_bytes())
    if name in PEOPLE:
        assert v.sender_kind != "automated" and v.action != "ignore", (PEOPLE[name], v.reasons)
    else:
        assert robot(v), (v.sender, v.subject, v.sender_kind, v.action, v.reasons)
        assert list(v.missing) == []


# ================================================================ each rule, on mail the sample has not

NOTICE = "Your message to saksham.seva@icegate.gov.in could not be delivered.\n"
GATEWAY = "From: Mail Gateway <gateway@mail.example.org>\nTo: saksham.seva@icegate.gov.in"


@pytest.mark.parametrize("head", [
    # the envelope alone: a sendmail bounce, a BATV-signed one, a list's bounce address
    "Return-Path: <MAILER-DAEMON@relay.example.net>\n" + GATEWAY + "\nSubject: Message from relay.example.net",
    "Return-Path: <prvs=0123abcd4e=postmaster@mail.example.org>\n" + GATEWAY + "\nSubject: Your message",
    "Return-Path: <eccs-users-bounces@lists.example.in>\n" + GATEWAY + "\nSubject: ECCS users digest",
    # From: alone: a null address, a mail system's name, the parts of a mail server in the local part
    "From: Postmaster <>\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
    "From: Mail Delivery Subsystem <mailer@mx2.example.in>\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
    "From: MAILER_DAEMON@gw.example.com\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
    "From: smtp-gw.kol@mail.example.in\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
    "From: MailScanner@mail.example.in\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
    "From: ndr@mx.example.org\nTo: saksham.seva@icegate.gov.in\nSubject: Your message",
], ids=["return-path-mailer-daemon", "return-path-batv-postmaster", "return-path-list-bounces", "null-from",
        "display-name-mail-delivery-subsystem", "local-mailer-daemon-underscore", "local-smtp-token",
        "local-mailscanner", "local-ndr"])
def test_a_robot_envelope_or_sender_alone_makes_a_robot(run_triage, head: str) -> None:
    assert robot(run_triage(plain(head, NOTICE)))


NOTICE_SUBJECTS = [
    "Returned mail: see transcript for details",                        # sendmail
    "Warning: could not send message for past 4 hours",                 # sendmail, delay
    "Delayed Mail (still being retried)",                               # Postfix, delay
    "failure notice",                                                   # qmail
    "Mail delivery failed: returning message to sender",                # Exim
    "Undeliverable: Password reset of SSO ID",                          # Exchange / Outlook
    "Unzustellbar: Password reset of SSO ID",                           # Exchange, German
    "Non remis : Password reset of SSO ID",                             # Exchange, French
    "Delivery Status Notification (Delay)",                             # Gmail
    "DELIVERY FAILURE: User ravi_kumar (ravi.kumar@example.in) not listed in Domino Directory",  # Lotus
    "Delivery Notification: Delivery has failed",                       # Sun / Oracle
    "Message delivery failure",
    "Mail System Error - Returned Mail",                                # IMail
    "Message not delivered",
    "Undeliverable mail",
    "Non-delivery report: Password reset of SSO ID",
    "[SPAM] Undeliverable: Password reset of SSO ID",                   # a tag a gateway puts in front
    "***UNCHECKED*** Returned mail: User unknown",
    "RE: Minutes of the meeting : non remis (delivery failed)",         # an outcome appended to the subject
    "Automatic reply: Password reset of SSO ID",                        # Outlook auto-reply without headers
    "Out of Office AutoReply: SSO ID",                                  # Lotus
    "VIRUS (Eicar-Test-Signature) IN MAIL FROM YOU",                    # amavis
    "BANNED CONTENTS ALERT",                                            # amavis
    "[MailScanner] Warning: E-mail viruses detected",                   # MailScanner
    "Spam Quarantine Notification",
    "Quarantined message notification",
    "Message blocked: SSO ID documents",
]


@pytest.mark.parametrize("subject", NOTICE_SUBJECTS)
def test_the_subject_of_any_mta_s_or_gateway_s_notice_makes_a_robot(run_triage, subject: str) -> None:
    """From an ordinary-looking address, with no robot header: the subject's form alone tells."""
    v = run_triage(plain(GATEWAY + f"\nSubject: {subject}", NOTICE))
    assert robot(v), (subject, v.reasons)


def test_the_header_alone_tells_a_notice_as_the_service_reads_it(rules: RuleSet, policy: TriagePolicy) -> None:
    """The service asks automated_reason of a header block alone (threading, oversize mail)."""
    raw = plain(GATEWAY + "\nSubject: Undeliverable: Password reset of SSO ID", NOTICE)
    assert automated_reason(parse_mail(header_bytes(raw), policy, rules.quoting), rules.senders, policy)


@pytest.mark.parametrize("head", [
    "From: Ravi Kumar <ravi.kumar@icegate.gov.in>\nSubject: Automatic reply: Password reset of SSO ID",
    "Return-Path: <>\nFrom: System Manager <sysmgr.vtz1@icegate.gov.in>\nSubject: Your request",
    "From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\nSubject: Mail delivery failed",
], ids=["auto-reply-from-an-icegate-id", "null-envelope-from-a-generic-id", "bounce-from-icegate"])
def test_automated_wins_over_every_other_kind(run_triage, head: str) -> None:
    v = run_triage(plain(head + "\nTo: saksham.seva@icegate.gov.in", NOTICE))
    assert (v.sender_kind, v.action, list(v.missing)) == ("automated", "ignore", [])


# =========================================================================== people who write about bounces

OFFICER = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
INLINE_BOUNCE = (
    "Sir,\n\nMy mail to the helpdesk came back as below. Kindly reset my SSO ID password.\n\n"
    "Name: Ravi Kumar\nDesignation: Inspector\nSSO ID: RAVIK1990\nMobile No.: 9848022338\n\n"
    "Regards,\nRavi Kumar\n\n"
    "---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\n"
    "Date: Mon, 10 Nov 2025 at 10:12\nSubject: Undeliverable: Password reset of SSO ID\n"
    "To: <ravi.kumar@icegate.gov.in>\n\n"
    "Delivery has failed to these recipients or groups:\nsaksham.seva@icegate.gov.in\n"
    "Your message couldn't be delivered. Remote Server returned '550 5.2.2 mailbox full'\n")


@pytest.mark.parametrize("sender,subject,body", [
    (OFFICER, "Mail delivery failed for my ICEGATE ID, please help", RESET),
    (OFFICER, "Fwd: Undeliverable: Password reset of SSO ID", INLINE_BOUNCE),
    (OFFICER, "FW: Delivery Status Notification (Failure)", INLINE_BOUNCE),
    (OFFICER, "[External] Fwd: Returned mail: see transcript for details", INLINE_BOUNCE),
    (OFFICER, "Re: Undeliverable: Password reset of SSO ID", RESET),
    (OFFICER, "Fwd: RE: Password reset of SSO ID : non remis (delivery failed)", INLINE_BOUNCE),
    (OFFICER, "Undelivered mails - reg.", RESET),
    (OFFICER, "Returned mails from my ICEGATE ID", RESET),
    (OFFICER, "Delivery failure of mails to nic.in - password reset", RESET),
    (OFFICER, "Auto reply not working in my ICEGATE mailbox", RESET),
    (OFFICER, "Virus detected in my computer, unable to login", RESET),
    (OFFICER, "Password reset of SSO ID",
     "Sir,\n\nMy earlier mail was returned as undeliverable and I got a 'Returned mail' notice, so I am "
     "writing again. Delivery failed twice.\n\n" + RESET),
    ("Priya Nair <priya.nair85@gmail.com>", "Whether SSO ID exists in my name",
     "Respected Sir,\n\nMy mails to the ICEGATE mailbox are undeliverable; the mail system returned "
     "them to sender. Kindly check whether an SSO ID exists in my name.\n\nRegards,\nPriya Nair\n"
     "Inspector, CGST Kochi\nMobile: 94470 12345\n"),
], ids=["subject-mail-delivery-failed-please-help", "fwd-undeliverable", "fw-dsn", "tagged-fwd-returned-mail",
        "re-undeliverable", "fwd-of-an-appended-outcome", "undelivered-mails-reg", "returned-mails-from",
        "delivery-failure-of", "auto-reply-not-working", "virus-in-my-computer", "body-mentions-undeliverable",
        "gmail-body-mentions-returned-mail"])
def test_a_person_writing_about_a_bounce_is_a_person(run_triage, sender: str, subject: str, body: str) -> None:
    v = run_triage(make_mail(sender=sender, subject=subject, body=body))
    assert v.sender_kind != "automated" and v.action != "ignore", (subject, v.reasons)
    assert v.sender_kind == ("icegate" if sender == OFFICER else "personal")


def test_an_officer_forwarding_a_bounce_as_an_attachment_is_a_person(run_triage) -> None:
    """The attached bounce is a robot's; the mail that carries it is the officer's."""
    bounce = plain("From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\nReturn-Path: <>\n"
                   "Subject: Undeliverable: Password reset of SSO ID\nAuto-Submitted: auto-replied", NOTICE)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = OFFICER, "saksham.seva@icegate.gov.in", "FW: Undeliverable: SSO ID"
    msg["Message-ID"] = "<fw1@icegate.gov.in>"
    msg.set_content(RESET)
    msg.add_attachment(email.message_from_bytes(bounce))
    v = run_triage(msg.as_bytes())
    assert (v.sender_kind, v.request_type) == ("icegate", "password_reset"), v.reasons


@pytest.mark.parametrize("return_path,kind", [
    ("<ravi.kumar@icegate.gov.in>", "icegate"),
    ("<prvs=0123abcd4e=ravi.kumar@icegate.gov.in>", "icegate"),
    ("<SRS0=AbCd=XY=smtp.example.in=priya.nair85@forwarder.example>", "personal"),
], ids=["own-address", "batv-signed-person", "srs-rewritten-by-a-forwarder"])
def test_a_person_s_envelope_is_a_person_s(run_triage, return_path: str, kind: str) -> None:
    sender = OFFICER if kind == "icegate" else "Priya Nair <priya.nair85@gmail.com>"
    v = run_triage(prepend(make_mail(sender=sender, subject="Password reset of SSO ID", body=RESET),
                           f"Return-Path: {return_path}"))
    assert v.sender_kind == kind, v.reasons


# =========================================================================== the rules are validated data

@pytest.mark.parametrize("key,value,message", [
    ("notice_subject_form", "'^({phrase}|{phrase})'", "notice_subject_form must hold {phrase} exactly once"),
    ("envelope_tags", "['^prvs=(.+)$']", "envelope_tags pattern .* has no"),
    ("notice_subjects", "['undeliverable(']", r"notice_subjects is not a valid regular expression"),
])
def test_a_broken_robot_rule_is_named(tmp_path: Path, key: str, value: str, message: str) -> None:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    path = target / "senders.toml"
    text = re.sub(rf"(?ms)^{key} = .*?(?=\n\n)", lambda _: f"{key} = {value}", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=rf"rules/senders.toml: {message}"):
        load_rules(target)
