"""What an attachment is and what a person must judge, over mails the sample does not hold.

A covering letter names the documents it sends but is none of them; a workbook
that opens without the template's header row is some other sheet, whatever
its name; an officer back from an overseas posting is no longer posted abroad;
an Outlook forward's own header block, under its rule line, is forwarded text.
"""

from __future__ import annotations

from typing import Any

import pytest

from builders import SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template, officer_row

OFFICER = "Harish Negi <harish.negi@icegate.gov.in>"
SIGN = "\n\nRegards\nHarish Negi\nAssistant Commissioner, CGST Dehradun\nMob: 9412012345\n"
TEMPLATE = ("Template.xlsx", make_template([officer_row(1)]), XLSX)
PDF = "application/pdf"


def kinds(v: Any) -> list[str]:
    return sorted(a.kind for a in v.attachments)


@pytest.mark.parametrize(("name", "lines"), [
    ("Covering letter.pdf", ["OFFICE OF THE COMMISSIONER, CGST DEHRADUN", "To: Saksham Seva, DG Systems",
                             "Sub: Creation of SSO ID for Smt. Pooja Rawat, Inspector - reg.",
                             "The filled template and a copy of the service book of the officer are enclosed."]),
    ("letter.pdf", ["OFFICE OF THE COMMISSIONER, CGST SHIMLA", "Sub: Creation of SSO ID - Shri Ajay Chauhan",
                    "Kindly find enclosed the template and the first page of the service book of the officer."]),
])
def test_a_covering_letter_that_names_the_service_book_is_not_one(run_triage: Any, name: str,
                                                                 lines: list[str]) -> None:
    v = run_triage(make_mail(sender=OFFICER, subject="Creation of SSO ID", attachments=[TEMPLATE,
                             (name, make_pdf(lines), PDF)], body="Sir,\n\nPlease create the SSO ID." + SIGN))
    assert kinds(v) == ["other", "template"]
    assert v.missing == ("service_book",)


def test_a_service_book_page_is_still_one_beside_a_covering_letter(run_triage: Any) -> None:
    v = run_triage(make_mail(sender=OFFICER, subject="Creation of SSO ID", attachments=[
        TEMPLATE, ("scan_0007.pdf", make_pdf(SERVICE_BOOK_TEXT), PDF)], body="Sir,\n\nPlease create it." + SIGN))
    assert kinds(v) == ["service_book", "template"]


def test_a_workbook_without_the_header_is_no_template_whatever_its_name(run_triage: Any) -> None:
    sheet = make_template([[1, "Manoj Patel", "Inspector"]], headers=["Sl", "Officer", "Post"], red=())
    v = run_triage(make_mail(sender=OFFICER, subject="Creation of SSO ID", body="Sir,\n\nPlease create it." + SIGN,
                             attachments=[("template for transfer.xlsx", sheet, XLSX)]))
    assert kinds(v) == ["other"] and v.template_errors == ()
    broken = run_triage(make_mail(sender=OFFICER, subject="Creation of SSO ID", body="Sir,\n\nPlease." + SIGN,
                                  attachments=[("SSO creation template.xlsx", b"not a zip", XLSX)]))
    assert kinds(broken) == ["template"] and [e.code for e in broken.template_errors] == ["unreadable"]


@pytest.mark.parametrize(("text", "review"), [
    ("Shri Vignesh Raman has returned on repatriation from the Consulate General of India, Dubai, and is now "
     "posted at Chennai.", False),
    ("Shri Vignesh Raman came back from the Embassy of India, Kathmandu last month.", False),
    ("Shri Karan Malhotra, who served under COIN at Singapore until November 2025, has been repatriated.", False),
    ("Shri Vignesh Raman is posted at the Consulate General of India, Dubai.", True),
    ("Shri Alok Ranjan is on a COIN posting at Kathmandu.", True),
    ("On completion of his earlier COIN posting he has joined the New Custom House, Mumbai.", False),
    ("Before joining CBIC he worked as local staff in the Embassy of India, Muscat.", False),
    ("He has been posted on deputation to the Indian Embassy, Muscat from next month.", True),
])
def test_an_officer_back_from_abroad_is_no_overseas_posting(run_triage: Any, text: str, review: bool) -> None:
    book = ("Service_Book.pdf", make_pdf(SERVICE_BOOK_TEXT), PDF)
    v = run_triage(make_mail(sender=OFFICER, subject="SSO ID creation", attachments=[TEMPLATE, book],
                             body="Sir,\n\nKindly create his SSO ID. " + text + SIGN))
    assert (v.action == "review") is review


def test_an_outlook_forward_under_its_rule_line_counts(run_triage: Any) -> None:
    body = ("Sir,\n\nThe request below is forwarded for necessary action." + SIGN + "\n"
            "________________________________\nFrom: Rahul Deshmukh <rahul.deshmukh@icegate.gov.in>\n"
            "Sent: Monday, November 24, 2025 9:30 AM\nTo: sysmgr@icegate.gov.in\nSubject: SSO password\n\n"
            "Sir,\n\nI have forgotten my SSO password.\n\nName: Rahul Deshmukh\nDesignation: Inspector\n"
            "SSO ID: 40719703\nMobile: 9422212346\n")
    forward = run_triage(make_mail(sender=OFFICER, subject="FW: SSO password", body=body))
    assert (forward.request_type, forward.missing) == ("password_reset", ())
    reply = run_triage(make_mail(sender=OFFICER, subject="RE: SSO password", body=body))
    assert reply.details.sso_id == "", "under a reply's rule line it is quoted history"


@pytest.mark.parametrize(("name", "lines", "kind"), [
    ("TO_112_2026.pdf", ["GOVERNMENT OF INDIA", "Transfer Order No 112/2026", "Shri A. Kumar, Inspector"],
     "transfer_order"),
    ("scan_k2.pdf", ["OFFICE OF THE COMMISSIONER", "PROMOTION ORDER No. 45/2026"], "promotion_order"),
    ("scan_k3.pdf", ["OFFICE OF THE COMMISSIONER", "Local Posting Order No. 7/2026"], "posting_order"),
    ("IEC certificate.pdf", ["GOVERNMENT OF INDIA", "DIRECTORATE GENERAL OF FOREIGN TRADE",
                             "IMPORTER-EXPORTER CODE (IEC) CERTIFICATE", "IEC: 0515029987"], "other"),
    ("scan_k4.pdf", ["DIRECTORATE GENERAL OF FOREIGN TRADE", "CERTIFICATE", "IEC: 0515029987"], "other"),
])
def test_a_pdf_is_told_by_the_title_its_text_carries(run_triage: Any, name: str, lines: list[str], kind: str) -> None:
    v = run_triage(make_mail(sender=OFFICER, subject="Documents", body="Sir,\n\nPlease see attached." + SIGN,
                             attachments=[(name, make_pdf(lines), PDF)]))
    assert kinds(v) == [kind]


@pytest.mark.parametrize("name", ["SB_first_page.jpg", "SB.jpg", "S.B. page 1.jpg"])
def test_sb_names_a_service_book(run_triage: Any, name: str) -> None:
    v = run_triage(make_mail(sender=OFFICER, subject="SB", body="Sir,\n\nAttached." + SIGN,
                             attachments=[(name, b"\xff\xd8\xff\xe0", "image/jpeg")]))
    assert kinds(v) == ["service_book"]


def test_a_file_name_in_raw_utf8_is_read(run_triage: Any) -> None:
    raw = make_mail(sender=OFFICER, subject="SB", body="Sir,\n\nAttached." + SIGN,
                    attachments=[("x.jpg", b"\xff\xd8\xff\xe0", "image/jpeg")])
    v = run_triage(raw.replace(b'filename="x.jpg"', 'filename="सेवा पुस्तिका.jpg"'.encode()))
    assert [(a.filename, a.kind) for a in v.attachments] == [("सेवा पुस्तिका.jpg", "service_book")]


@pytest.mark.parametrize(("signed", "kind"), [
    ("(Joint Commissioner (P&V))", "certification_letter"),
    ("(Additional Commissioner)", "certification_letter"),
    ("(Deputy Commissioner (P&V))", "other"),
    ("(Assistant Commissioner (Estt.))", "other"),
])
def test_a_certificate_of_dob_and_doj_counts_only_signed_by_a_jc_or_above(run_triage: Any, signed: str,
                                                                         kind: str) -> None:
    lines = ["OFFICE OF THE COMMISSIONER OF CUSTOMS", "CERTIFICATE",
             "Certified that the name, date of birth and date of joining of Kavya Tiwari",
             "are as under: Date of birth 11/11/1998; Date of joining CBIC 16/10/2025.",
             "The service book of the officer has not yet been received from the previous department.",
             "Signature", signed]
    v = run_triage(make_mail(sender=OFFICER, subject="SSO ID creation", body="Sir,\n\nPlease create it." + SIGN,
                             attachments=[TEMPLATE, ("scan_0412.pdf", make_pdf(lines), PDF)]))
    assert kinds(v) == sorted([kind, "template"])


def test_a_vigilance_clearance_is_no_certification_letter(run_triage: Any) -> None:
    lines = ["OFFICE OF THE COMMISSIONER, CGST PUNE-I", "VIGILANCE CLEARANCE CERTIFICATE",
             "Certified that no vigilance case is pending against Ritu Patel.", "(Joint Commissioner, P&V)"]
    v = run_triage(make_mail(sender=OFFICER, subject="SSO ID creation", body="Sir,\n\nPlease create it." + SIGN,
                             attachments=[("Vigilance clearance.pdf", make_pdf(lines), PDF)]))
    assert kinds(v) == ["other"]



def test_documents_named_in_hindi_are_told_by_their_names(run_triage: Any) -> None:
    broken = run_triage(make_mail(sender=OFFICER, subject="SSO ID creation", body="Sir,\n\nKindly create." + SIGN,
                                  attachments=[("एसएसओ आईडी सृजन टेम्पलेट.xlsx", b"not a zip", XLSX),
                                               ("कार्यमुक्ति रिपोर्ट.jpg", b"\xff\xd8\xff\xe0 jpeg", "image/jpeg")]))
    assert kinds(broken) == ["charge_report", "template"]
    assert [e.code for e in broken.template_errors] == ["unreadable"]



def test_an_order_that_promotes_is_a_promotion_order_by_its_text(run_triage: Any) -> None:
    order = make_pdf(["OFFICE OF THE COMMISSIONER OF CUSTOMS, NOIDA", "ORDER No. 117/2025",
                      "PROMOTION: Sh. Gaurav Tomar, Examiner, is promoted as Appraiser with immediate effect."])
    v = run_triage(make_mail(sender=OFFICER, subject="Designation update", body="Sir,\n\nKindly update." + SIGN,
                             attachments=[("Order_117_2025.pdf", order, "application/pdf")]))
    assert kinds(v) == ["promotion_order"]
