"""Nothing of an incoming mail shapes a reply's header or body: end to end through Dovecot and an SMTP server.

A hostile mail is APPENDed to a real Dovecot; maild triages it and its
reply (and an operator's reply and closure on the same case) arrives at a
real SMTP server. Each reply must have exactly maild's fields, once each,
one text/plain body, and go to the one From: address, whatever the
incoming Subject, display name, Message-ID, In-Reply-To or References held
(encoded CR LF, double-encoded long subjects, fields and HTML bodies
hidden in them). A From: that the trusted Authentication-Results says
failed gets no reply at all. The property tests of tests/unit/test_render.py
and test_letters.py run here at length.
"""

from __future__ import annotations

import datetime as dt
import email
import re
from email import policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from maild import bootstrap
from maild.adapters.db_schema import Case
from maild.adapters.templates import Templates
from maild.app.letters import Letters
from maild.app.worker import Worker
from maild.config import load_settings
from maild.core.model import Signature, Verdict
from replies import HOSTILE, any_mail_makes_a_clean_letter, any_values_make_a_clean_reply, b_word, q_word
from servers import Dovecot, SmtpSink, SinkMessage

pytestmark = pytest.mark.usefixtures("imap_password")

FIELDS = {"From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
          "X-Auto-Response-Suppress", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"}
OFFICER = "ravi.kumar@icegate.gov.in"
BODY = (b"Sir,\r\n\r\nI have forgotten the password of my SSO ID. Kindly reset it.\r\n\r\nName: Ravi Kumar\r\n"
        b"Designation: Inspector\r\nSSO ID: RK61834027\r\nMobile: 9482261796\r\n\r\nRegards,\r\nRavi Kumar\r\n")
PASS = b"mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass smtp.mailfrom=icegate.gov.in; " \
       b"dmarc=pass header.from=icegate.gov.in"


def incoming(*, subject: str = "Password reset of SSO ID", sender: str = f"Ravi Kumar <{OFFICER}>",
             message_id: str = "<req-1@mail.icegate.gov.in>", extra: str = "", auth: bytes = PASS) -> bytes:
    """A mail as it reaches the mailbox, header lines written as given (no library to refuse them)."""
    head = (f"From: {sender}\r\nTo: Saksham Seva <saksham.seva@icegate.gov.in>\r\nSubject: {subject}\r\n"
            f"Date: Mon, 07 Dec 2026 11:00:00 +0530\r\nMessage-ID: {message_id}\r\n{extra}"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
    return b"Authentication-Results: " + auth + b"\r\n" + head.encode() + BODY


def make(tmp_path: Path, imap: Dovecot, sink: SmtpSink) -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
[imap]
host = "127.0.0.1"
port = {imap.port}
security = "plain"
username = "{imap.user}"
timeout = 10.0
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
timeout = 5.0
[triage]
authserv_ids = ["mx.icegate.gov.in"]
""", encoding="utf-8")
    return bootstrap.worker(load_settings(cfg, required=True, environ={}))


def assert_clean(message: SinkMessage, automatic: bool = True) -> email.message.EmailMessage:
    """One reply as the SMTP server got it: to the officer alone, maild's fields once each, one plain body."""
    raw = message.data
    assert message.rcpt_tos == (OFFICER,), "no recipient but the From: address"
    assert b"\r" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b"")
    head = raw.partition(b"\r\n\r\n")[0].split(b"\r\n")
    names = [line.split(b":", 1)[0].decode() for line in head if line[:1] not in (b" ", b"\t")]
    assert len(names) == len(set(names)) and set(names) <= FIELDS, names
    assert ("Auto-Submitted" in names) is automatic
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    assert not msg.is_multipart() and msg.get_content_type() == "text/plain"
    text = msg.get_content()
    assert "<html" not in text.lower() and "<b>" not in text and "\nBcc:" not in text and "X-Injected" not in text
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", str(msg["Subject"]))
    for name in ("In-Reply-To", "References"):
        for token in (msg[name] or "").split():
            assert re.fullmatch(r"<[!-;=?-~]+@[!-;=?-~]+>", token) and "=?" not in token, (name, token)
    assert [a.addr_spec for a in msg["To"].addresses] == [OFFICER]
    assert [a.addr_spec for a in msg["From"].addresses] == ["saksham.seva@icegate.gov.in"]
    return msg


HIDDEN = "\r\nBcc: evil@example.com\r\nX-Injected: 1\r\nContent-Type: text/html\r\n\r\n<html><b>pwned</b></html>"
ATTACKS = {
    "subject, encoded CR LF": {"subject": "Password reset " + q_word(HIDDEN)},
    "subject, double-encoded and long": {"subject": b_word(q_word("Re: password reset " + "x" * 90 + HIDDEN))},
    "subject, raw bytes folded": {"subject": "Password reset\r\n " + b_word("\r\nBcc: evil@example.com")},
    "display name": {"sender": f"{q_word('Ravi Kumar' + HIDDEN)} <{OFFICER}>"},
    "display name, double-encoded": {"sender": f"{b_word(q_word('Ravi' + HIDDEN))} <{OFFICER}>"},
    "Message-ID, encoded word": {"message_id": q_word("<a@b.in>" + HIDDEN)},
    "Message-ID, encoded word inside <>": {"message_id": "<=?utf-8?q?a=0D=0ABcc=3A_evil=40example.com?=@x.in>"},
    "In-Reply-To": {"extra": f"In-Reply-To: {q_word('<p@x.in>' + HIDDEN)}\r\n"},
    "References": {"extra": f"References: <r1@x.in> {b_word(HIDDEN)} <{q_word(HIDDEN)}@x.in>\r\n"},
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_incoming_field_adds_a_field_or_a_body_to_any_reply(tmp_path: Path, dovecot: Dovecot,
                                                               smtp_sink: SmtpSink, attack: str) -> None:
    service = make(tmp_path, dovecot, smtp_sink)
    dovecot.append(incoming(**ATTACKS[attack]))
    report = service.run_pass()
    (decided,) = report.decided
    assert decided["reply"] == ("holding" if attack.startswith("display name") else "acknowledge"), decided
    replies = smtp_sink.wait_for(1, timeout=10)
    assert len(replies) == 1
    assert_clean(replies[0])
    with service.store.session() as s:
        ref = s.scalars(select(Case.ref)).one()
    service.review.reply(ref, "anita", "Your password has been reset; please log in again.")
    service.review.close(ref, "anita", "reset on the phone")
    operator, closure = smtp_sink.wait_for(3, timeout=10)[1:]
    for message in (operator, closure):
        msg = assert_clean(message, automatic=False)
        assert str(msg["Subject"]).startswith(f"[{ref}] ") and str(msg["Subject"]).count(ref) == 1
    service.inbox.close()


def test_a_forged_personal_sender_gets_no_reply_and_goes_to_review(tmp_path: Path, dovecot: Dovecot,
                                                                   smtp_sink: SmtpSink) -> None:
    """Backscatter: the trusted Authentication-Results says the gmail.com From: failed DMARC."""
    forged = incoming(sender="Ravi Kumar <victim.officer@gmail.com>", subject="SSO ID status",
                      auth=b"mx.icegate.gov.in; spf=pass smtp.mailfrom=forger.example; dkim=none; "
                           b"dmarc=fail header.from=gmail.com")
    genuine = incoming(sender="Ravi Kumar <ravi.kumar82@gmail.com>", message_id="<req-2@mail.gmail.com>",
                       auth=b"mx.icegate.gov.in; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; "
                            b"dmarc=pass header.from=gmail.com")
    dovecot.append(forged)
    dovecot.append(genuine)
    service = make(tmp_path, dovecot, smtp_sink)
    report = service.run_pass()
    assert [(d["action"], d["reply"]) for d in report.decided] == [("review", ""), ("request_missing",
                                                                                   "request_missing")]
    (reply,) = smtp_sink.wait_for(1, timeout=10)
    assert reply.rcpt_tos == ("ravi.kumar82@gmail.com",)
    assert dovecot.count("Review") == 1
    queue = service.review.queue()
    assert len(queue) == 1 and "failed authentication" in queue[0]["reason"]
    service.inbox.close()


@pytest.mark.parametrize("address", ["saksham.seva+test@icegate.gov.in", "Saksham.Seva+Loop@ICEGATE.gov.in"])
def test_our_own_address_with_a_tag_is_never_answered(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink,
                                                      address: str) -> None:
    dovecot.append(incoming(sender=f"Saksham Seva <{address}>"))
    service = make(tmp_path, dovecot, smtp_sink)
    (decided,) = service.run_pass().decided
    assert (decided["action"], decided["reply"]) == ("ignore", "")
    assert dovecot.count("Ignored") == 1 and smtp_sink.messages == []
    service.inbox.close()


# -- the property tests at length ------------------------------------------------------------------


def test_any_header_values_make_a_clean_reply_at_length() -> None:
    @settings(max_examples=1500, deadline=None, derandomize=True, database=None)
    @given(HOSTILE, HOSTILE, HOSTILE, st.lists(HOSTILE, max_size=4))
    def run(subject: str, name: str, parent: str, refs: list[str]) -> None:
        any_values_make_a_clean_reply(subject, name, parent, refs)

    run()


def test_nothing_of_a_mail_shapes_a_reply_at_length(tmp_path: Path) -> None:
    cfg = tmp_path / "maild.toml"
    cfg.write_text("[replies]\noperators = []\n", encoding="utf-8")
    letters = Letters(load_settings(cfg, required=True, environ={}), Templates(),
                      lambda: dt.datetime(2026, 12, 3, tzinfo=dt.timezone.utc), "saksham-seva")
    verdict = Verdict(message_id="<m1@mail.gmail.com>", sender=OFFICER, sender_kind="icegate",
                      signature=Signature(), request_type="sso_creation", attachments=(), missing=("service_book",),
                      template_errors=(), action="request_missing", reasons=(), subject="")

    @settings(max_examples=1000, deadline=None, derandomize=True, database=None)
    @given(HOSTILE, HOSTILE)
    def run(subject: str, name: str) -> None:
        any_mail_makes_a_clean_letter(letters, verdict, subject, name)

    run()
