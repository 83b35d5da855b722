"""A bounce of one of maild's own replies is read in whatever format the MTA wrote it.

read_dsn(raw) -> DeliveryReport(action, original_message_id) | None is what the
service calls for every robot mail: a 'failed' report about a reply maild sent
marks that reply bounced and puts its case in front of an operator. Every
bounce below is also a robot for triage, so the service does ask.
"""

from __future__ import annotations

import base64
import quopri

import pytest

from maild.core.dsn import DeliveryReport, read_dsn
from paths import ROOT

OURS = "<maild.r7.5f2c9a1e@icegate.gov.in>"
BOUNCES = ROOT / "tests" / "data" / "bounces"
REPLY_HEADERS = (f"From: Saksham Seva <saksham.seva@icegate.gov.in>\nTo: range3.guntur@nic.in\n"
                 f"Subject: RE: Password reset of SSO ID\nDate: Mon, 10 Nov 2025 11:00:00 +0530\nMessage-ID: {OURS}\n")
REPLY = REPLY_HEADERS + "MIME-Version: 1.0\nContent-Type: text/plain\n\nSir,\n\nYour request is received.\n"
HEAD = ("From: Mail Delivery System <MAILER-DAEMON@mx2.nic.in>\nTo: saksham.seva@icegate.gov.in\n"
        "Date: Mon, 10 Nov 2025 11:05:00 +0530\nMessage-ID: <20251110053500.4C1F2A0@mx2.nic.in>\nMIME-Version: 1.0\n")


def status(action: str = "failed", code: str = "5.1.1", recipient: str = "range3.guntur@nic.in") -> str:
    return (f"Reporting-MTA: dns; mx2.nic.in\n\nFinal-Recipient: rfc822; {recipient}\nAction: {action}\n"
            f"Status: {code}\nDiagnostic-Code: smtp; 550 {code} user unknown\n")


def multipart(ctype: str, parts: list[tuple[str, str]], head: str = HEAD, subject: str = "Undelivered Mail") -> bytes:
    body = "".join(f"--B\n{headers}\n\n{text}\n" for headers, text in parts) + "--B--\n"
    return (head + f"Subject: {subject}\nContent-Type: {ctype}; boundary=\"B\"\n\nThis is a MIME message.\n\n"
            + body).encode()


def report(report_type: str = "report-type=delivery-status; ", action: str = "failed") -> bytes:
    return multipart(f"multipart/report; {report_type}".rstrip("; "), [
        ("Content-Type: text/plain", "Your message could not be delivered."),
        ("Content-Type: message/delivery-status", status(action)),
        ("Content-Type: text/rfc822-headers", REPLY_HEADERS)])


def plain(subject: str, text: str, head: str = HEAD) -> bytes:
    return (head + f"Subject: {subject}\nContent-Type: text/plain; charset=us-ascii\n\n{text}").encode()


FAILED = DeliveryReport("failed", OURS)
DELAYED = DeliveryReport("delayed", OURS)

FORMATS = {
    # RFC 3464 as Postfix, Exchange and Gmail write it
    "rfc3464-postfix": (report(), FAILED),
    "rfc3464-original-attached": (multipart("multipart/report; report-type=delivery-status", [
        ("Content-Type: text/plain", "Delivery has failed to these recipients or groups:"),
        ("Content-Type: message/delivery-status", status()),
        ("Content-Type: message/rfc822", REPLY)]), FAILED),
    "rfc3464-delayed": (report(action="delayed"), DELAYED),
    # whatever the report-type says, or when it says nothing
    "report-type-missing": (report(report_type=""), FAILED),
    "report-type-quoted-capitalised": (report(report_type='report-type="Delivery-Status"; '), FAILED),
    # a gateway's wrappers
    "status-part-in-multipart-mixed": (multipart("multipart/mixed", [
        ("Content-Type: text/plain; report-type=delivery-status", "Mail delivery failed."),
        ("Content-Type: message/delivery-status", status()),
        ("Content-Type: message/rfc822", REPLY)]), FAILED),
    "whole-report-wrapped-in-an-attached-message": (multipart("multipart/mixed", [
        ("Content-Type: message/rfc822\nContent-Disposition: attachment; filename=originalmail.eml",
         report().decode().replace('boundary="B"', 'boundary="IN"').replace("--B", "--IN")
         .replace("<20251110053500.", "<20251110053501."))]), FAILED),
    # RFC 6533 and transfer encodings
    "rfc6533-global": (multipart("multipart/report; report-type=global-delivery-status", [
        ("Content-Type: text/plain; charset=utf-8", "डिलीवरी विफल / Delivery failed."),
        ("Content-Type: message/global-delivery-status", status()),
        ("Content-Type: message/global-headers", REPLY_HEADERS)]), FAILED),
    "status-part-base64": (multipart("multipart/report; report-type=delivery-status", [
        ("Content-Type: text/plain", "Undeliverable."),
        ("Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64",
         base64.encodebytes(status().encode()).decode()),
        ("Content-Type: text/rfc822-headers", REPLY_HEADERS)]), FAILED),
    "headers-quoted-printable-folded-id": (multipart("multipart/report; report-type=delivery-status", [
        ("Content-Type: text/plain", "Delayed."),
        ("Content-Type: message/delivery-status", status("delayed", "4.4.7")),
        ("Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: quoted-printable",
         quopri.encodestring(REPLY_HEADERS.replace("Message-ID: ", "Message-ID:\n ").encode()).decode()
         .replace("Message-ID:", "Message-ID: =\n", 1))]), DELAYED),
    # action words some MTAs write instead of RFC 3464's, and reports about several recipients
    "action-failure": (report().replace(b"Action: failed", b"Action: failure"), FAILED),
    "action-error": (report().replace(b"Action: failed", b"Action: error"), FAILED),
    "one-delivered-one-failed": (multipart("multipart/report; report-type=delivery-status", [
        ("Content-Type: text/plain", "One recipient failed."),
        ("Content-Type: message/delivery-status",
         status("relayed", "2.0.0", "a@nic.in") + "\n" + status("failed", "5.2.2").split("\n\n", 1)[1]),
        ("Content-Type: text/rfc822-headers", REPLY_HEADERS)]), FAILED),
    # as saved from a Unix mailbox, and behind a long header block
    "mbox-from-line": (b"From MAILER-DAEMON  Mon Nov 10 11:05:00 2025\n" + report(), FAILED),
    "long-header-block": (b"".join(b"Received: from relay%d.example.net by relay%d.example.net with ESMTP id X%d;"
                                   b" Mon, 10 Nov 2025 11:05:00 +0530\n" % (i, i + 1, i) for i in range(80))
                          + report(), FAILED),
    # plain-text bounces: the original copied or attached, the outcome as an SMTP status code
    "exim-plain-text": (plain("Mail delivery failed: returning message to sender",
                              "This message was created automatically by mail delivery software.\n\n"
                              "A message that you sent could not be delivered to one or more of its recipients.\n\n"
                              "  range3.guntur@nic.in\n    SMTP error from remote mail server after RCPT TO:"
                              "<range3.guntur@nic.in>:\n    550 5.1.1 User unknown\n\n"
                              "------ This is a copy of the message, including all the headers. ------\n\n"
                              "Return-path: <saksham.seva@icegate.gov.in>\nReceived: from mx.icegate.gov.in\n"
                              + REPLY), FAILED),
    "qmail-plain-text": (plain("failure notice",
                               "Hi. This is the qmail-send program at mail.example.in.\nI'm afraid I wasn't able to "
                               "deliver your message to the following addresses.\nThis is a permanent error; I've "
                               "given up. Sorry it didn't work out.\n\n<range3.guntur@nic.in>:\nRemote host said: "
                               "554 delivery error: dd This user doesn't have an account\n\n"
                               "--- Below this line is a copy of the message.\n\n" + REPLY), FAILED),
    "gateway-multipart-mixed-attached-original": (multipart("multipart/mixed", [
        ("Content-type: text/plain", "****** Message from InterScan Messaging Security Suite ******\n\n"
         "Sent <<< RCPT TO:<range3.guntur@nic.in>\nReceived >>> 550 5.1.1 unknown user.\n"),
        ("Content-type: message/rfc822", REPLY)], subject="Mail could not be delivered"), FAILED),
    "plain-text-delay-warning": (plain("Warning: could not send message for past 4 hours",
                                       "The original message was received at Mon, 10 Nov 2025 11:00:00 +0530\n\n"
                                       "   ----- Transcript of session follows -----\n"
                                       "451 4.4.1 reply: read error from mx.nic.in.\n"
                                       "Warning: message still undelivered after 4 hours\n\n"
                                       "   ----- Original message follows -----\n" + REPLY), DELAYED),
    # RFC 8098: deleted unread by the recipient's MDA (a Sieve reject, a full mailbox)
    "mdn-deleted-by-sieve": (multipart("multipart/report; report-type=disposition-notification", [
        ("Content-Type: text/plain", "Your message was automatically rejected: Quota exceeded"),
        ("Content-Type: message/disposition-notification",
         "Reporting-UA: mail.nic.in; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; range3.guntur@nic.in\n"
         f"Original-Message-ID: {OURS}\nDisposition: automatic-action/MDN-sent-automatically; deleted\n")]),
        FAILED),
}


@pytest.mark.parametrize("name", list(FORMATS))
def test_a_bounce_of_our_reply_is_read_in_any_format(run_triage, name: str) -> None:
    raw, expected = FORMATS[name]
    assert read_dsn(raw) == expected
    verdict = run_triage(raw)
    assert (verdict.sender_kind, verdict.action) == ("automated", "ignore"), verdict.reasons


NOT_A_FAILURE = {
    "read-receipt": multipart("multipart/report; report-type=disposition-notification", [
        ("Content-Type: text/plain", "Your message was displayed."),
        ("Content-Type: message/disposition-notification",
         f"Final-Recipient: rfc822; range3.guntur@nic.in\nOriginal-Message-ID: {OURS}\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n"),
        ("Content-Type: text/rfc822-headers", REPLY_HEADERS)]),
    "auto-reply-quoting-our-reply": plain("Automatic reply: RE: Password reset of SSO ID",
                                          "I am on leave till 28.11.2025.\n\n> " + REPLY.replace("\n", "\n> ")),
    "bounce-without-the-original": plain("Undeliverable: RE: Password reset of SSO ID",
                                         "Delivery has failed to range3.guntur@nic.in: 550 5.1.1 user unknown\n"),
    "bounce-without-a-status-code": plain("failure notice", "I could not deliver your message.\n\n" + REPLY),
    "no-body": HEAD.encode() + b"Subject: x\n",
    "garbage": b"\x00\xff" * 5000,
    "empty": b"",
}


@pytest.mark.parametrize("name", list(NOT_A_FAILURE))
def test_what_does_not_say_our_reply_failed_is_no_failed_report(name: str) -> None:
    got = read_dsn(NOT_A_FAILURE[name])
    assert got is None or got.action != "failed", got


def test_the_original_is_the_returned_message_not_the_report_itself() -> None:
    """A gateway that wraps the MTA's report: the report's own Message-ID is not the reply's."""
    raw, _ = FORMATS["whole-report-wrapped-in-an-attached-message"]
    got = read_dsn(raw)
    assert got is not None and got.original_message_id == OURS


def test_every_real_report_in_the_vendored_corpus_is_read_without_error() -> None:
    """flufl.bounce's messages: every RFC 3464 report with an Action: field gives one, nothing raises."""
    read = {}
    for path in sorted(BOUNCES.glob("*.txt")):
        got = read_dsn(path.read_bytes())
        if got is not None:
            read[path.name] = got.action
    with_action = {p.name for p in BOUNCES.glob("*.txt")
                   if b"delivery-status" in p.read_bytes().lower() and b"\naction:" in p.read_bytes().lower()}
    assert with_action <= set(read), with_action - set(read)
    assert read["dsn_15.txt"] == "failed" and read["simple_38.txt"] == "failed" and read["dsn_17.txt"] == "delayed"
    assert read["exim_01.txt"] == "failed"  # a plain-text Exim bounce with its original copied inline
    assert len(read) == 22
