"""What a case remembers, end to end: real Dovecot in, the aiosmtpd sink out.

A creation request with a template error and no service book is asked for
both; the follow-up in the thread brings the service book only, unsigned: the
generic mailbox's signature from the first mail still counts, but the template
error stands, so the case is not acknowledged until the corrected template
comes. The officer who signed for a generic mailbox, writing from their own
ID with the case reference, joins the case instead of opening a review case;
a stranger naming the case opens a review case of its own and, authenticated,
is told so under that case's reference.
"""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from builders import SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template, officer_row
from maild import bootstrap
from maild.adapters.db_schema import Case, Mail
from servers import Dovecot, SmtpSink
from test_daemon_imap import settings_for

pytestmark = pytest.mark.usefixtures("imap_password")

SYSMGR = "System Manager, Custom House Kandla <sysmgr.kandla@icegate.gov.in>"
SIGNED = ("Regards,\nK. Rao\nSuperintendent (Systems)\nCustom House, Kandla\n"
          "Email: k.rao@icegate.gov.in\nMob: 98480 22338\n")
BOOK = ("Service_Book_first_page.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")


def template(**cells: Any) -> tuple[str, bytes, str]:
    return ("SSO_ID_creation_template.xlsx", make_template([officer_row(1, **cells)]), XLSX)


def reply_to(message: bytes, sender: str, body: str, attachments: list[Any]) -> bytes:
    """A reply in the thread of one of maild's replies, as a mail client writes it."""
    ours = email.message_from_bytes(message, policy=policy.default)
    return make_mail(sender=sender, subject=f"Re: {ours['Subject']}", body=body, attachments=attachments,
                     headers={"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"]})


def open_creation_case(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> tuple[Any, str]:
    """A worker, and the reference of the case a System Manager's request (book to follow) opened."""
    worker = bootstrap.worker(settings_for(tmp_path, dovecot, smtp_sink))
    dovecot.append(make_mail(sender=SYSMGR, subject="SSO ID creation",
                             body="Sir,\n\nKindly create the SSO ID; template attached, book to follow.\n\n" + SIGNED,
                             attachments=[template()]))
    worker.run_pass()
    (first,) = smtp_sink.wait_for(1)
    return worker, email.message_from_bytes(first.data, policy=policy.default)["Subject"][1:15]


def stored(worker: Any) -> list[tuple[str, dict[str, Any]]]:
    with worker.store.session() as s:
        return [(m.action, m.verdict or {}) for m in s.scalars(select(Mail).order_by(Mail.id))]


def test_a_template_error_stands_until_a_corrected_template_comes(tmp_path: Path, dovecot: Dovecot,
                                                                   smtp_sink: SmtpSink) -> None:
    worker = bootstrap.worker(settings_for(tmp_path, dovecot, smtp_sink))
    dovecot.append(make_mail(sender=SYSMGR, subject="SSO ID creation",
                             body="Sir,\n\nKindly create the SSO ID; the template is attached.\n\n" + SIGNED,
                             attachments=[template(last_name="K.")]))
    worker.run_pass()
    (first,) = smtp_sink.wait_for(1)

    dovecot.append(reply_to(first.data, SYSMGR, "Sir,\n\nThe service book is attached.\n", [BOOK]))
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["request_missing"]
    second = smtp_sink.wait_for(2)[1]
    action, verdict = stored(worker)[1]
    assert action == "request_missing"
    assert verdict["missing"] == [], "the signature given in the first mail still counts"
    assert [(e["row"], e["column"], e["code"]) for e in verdict["template_errors"]] == [
        (2, "last_name", "initials_in_name")]

    dovecot.append(reply_to(second.data, SYSMGR, "Sir,\n\nThe corrected template is attached.\n", [template()]))
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge"]
    smtp_sink.wait_for(3)
    with worker.store.session() as s:
        case = s.scalars(select(Case)).one()
        assert case.status == "acknowledged"
        assert s.query(Mail).filter(Mail.case_id == case.id).count() == 3
    worker.inbox.close()


def test_the_officer_who_signed_for_a_generic_mailbox_joins_its_case(tmp_path: Path, dovecot: Dovecot,
                                                                      smtp_sink: SmtpSink) -> None:
    worker, reference = open_creation_case(tmp_path, dovecot, smtp_sink)

    own_id = make_mail(sender="K. Rao <k.rao@icegate.gov.in>", subject=f"{reference} service book",
                       body="Sir,\n\nThe service book of the officer is attached.\n\nK. Rao\n", attachments=[BOOK])
    dovecot.append(own_id)
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge"]
    smtp_sink.wait_for(2)
    with worker.store.session() as s:
        (case,) = s.scalars(select(Case)).all()
        assert (case.ref, case.status) == (reference, "acknowledged")
    worker.inbox.close()


def test_a_stranger_naming_a_case_still_does_not_join_it(tmp_path: Path, dovecot: Dovecot,
                                                         smtp_sink: SmtpSink) -> None:
    worker, reference = open_creation_case(tmp_path, dovecot, smtp_sink)
    dovecot.append(make_mail(sender="Someone <someone.else@icegate.gov.in>", subject=f"{reference} book",
                             body="Sir,\n\nService book attached.\n\nSomeone\n", attachments=[BOOK]))
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["review"]
    with worker.store.session() as s:
        assert s.scalars(select(Case).where(Case.ref == reference)).one().status == "waiting"
    worker.inbox.close()


def test_an_authenticated_stranger_gets_a_holding_reply_under_its_own_case(tmp_path: Path, dovecot: Dovecot,
                                                                        smtp_sink: SmtpSink) -> None:
    """A mail naming another sender's case opens a review case of its own; its sender (dmarc=pass) is
    told it arrived, with the new case's reference: never the other case's reference or details."""
    worker, reference = open_creation_case(tmp_path, dovecot, smtp_sink)
    dovecot.append(make_mail(sender="Kiran Patil <kiran.patil5@icegate.gov.in>",
                             subject=f"RE : Fwd : Re:Password reset [{reference}]",
                             body="Sir,\n\nKindly reset the password of my SSO ID KP1234. Mobile 9822012345.\n\n"
                                  "Regards,\nKiran Patil\nInspector\n"))
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["review"]
    holding = smtp_sink.wait_for(2)[1]
    assert list(holding.rcpt_tos) == ["kiran.patil5@icegate.gov.in"]
    reply = email.message_from_bytes(holding.data, policy=policy.default)
    own = reply["Subject"][1:15]
    assert own != reference and reply["Subject"].startswith(f"[{own}] Received, an officer will look at it")
    assert reply["Subject"].endswith(": Password reset")
    assert reference.encode() not in holding.data, "the other sender's reference appears nowhere"
    text = reply.get_content()
    assert f"Your mail is registered as case {own}." in text and "Dear Kiran Patil," in text
    for theirs in ("Kandla", "K. Rao", "sysmgr", "Superintendent", "SSO ID creation"):
        assert theirs not in text and theirs not in reply["Subject"], theirs
    with worker.store.session() as s:
        cases = {c.ref: c for c in s.scalars(select(Case))}
        assert (cases[reference].status, cases[reference].sender) == ("waiting", "sysmgr.kandla@icegate.gov.in")
        assert (cases[own].status, cases[own].sender) == ("review", "kiran.patil5@icegate.gov.in")
        assert s.query(Mail).filter(Mail.case_id == cases[reference].id).count() == 1
    worker.inbox.close()


def test_the_cases_own_sender_with_its_reference_joins_it_from_another_thread(tmp_path: Path, dovecot: Dovecot,
                                                                               smtp_sink: SmtpSink) -> None:
    worker = bootstrap.worker(settings_for(tmp_path, dovecot, smtp_sink))
    other = "Asha Menon <asha.menon@icegate.gov.in>"
    dovecot.append(make_mail(sender=other, subject="Designation update", attachments=[
        ("Promotion_Order_12.pdf", make_pdf(["OFFICE ORDER", "Sub: Promotion", "is hereby promoted to the grade"]),
         "application/pdf")], body="Sir,\n\nI have been promoted; kindly update my designation.\n\nAsha Menon\n"))
    dovecot.append(make_mail(sender=SYSMGR, subject="SSO ID creation",
                             body="Sir,\n\nKindly create the SSO ID; template attached, book to follow.\n\n" + SIGNED,
                             attachments=[template()]))
    worker.run_pass()
    replies = {m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=policy.default)
               for m in smtp_sink.wait_for(2)}
    theirs, ours = replies["asha.menon@icegate.gov.in"], replies["sysmgr.kandla@icegate.gov.in"]
    reference = ours["Subject"][1:15]
    # The System Manager answers in the wrong thread (Asha Menon's), naming its own case.
    dovecot.append(make_mail(sender=SYSMGR, subject=f"{reference} service book", attachments=[BOOK],
                             body="Sir,\n\nService book attached.\n\n" + SIGNED,
                             headers={"In-Reply-To": theirs["Message-ID"], "References": theirs["Message-ID"]}))
    report = worker.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge"]
    with worker.store.session() as s:
        assert s.scalars(select(Case).where(Case.ref == reference)).one().status == "acknowledged"
    worker.inbox.close()
