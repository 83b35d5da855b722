"""Table-driven tests that pin the rules of the triage contract (shared/spec/triage.md).

Every mail here is written for these tests, the way CBIC officers and nodal
officers really write to Saksham Seva (Indian English, Hindi, SSO / SSOID /
pwd / Supdt., Zimbra, Outlook, Gmail, Thunderbird and iPhone habits). Each
expectation follows from the contract text; where a case is only about one
field, only that field is asserted.
"""

from __future__ import annotations

import base64
import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

import pytest

from builders import MAIL_DATE, SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template, officer_row
from maild.core.policy import TriagePolicy

PDF = "application/pdf"
JPEG = "image/jpeg"
HELPDESK = "Saksham Seva <saksham.seva@icegate.gov.in>"

# --------------------------------------------------------------------------- documents

PROMOTION_TEXT = ["GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER OF CGST, HYDERABAD ZONE",
                  "ESTABLISHMENT ORDER No. 112/2025", "Sub: Promotion to the grade of Superintendent - reg.",
                  "The following Inspectors are hereby promoted to the grade of Superintendent",
                  "in Level 7 of the Pay Matrix with immediate effect.", "1. Sri Ravi Kumar, Inspector"]
TRANSFER_TEXT = ["OFFICE OF THE CHIEF COMMISSIONER OF CUSTOMS, CHENNAI ZONE", "ESTABLISHMENT ORDER No. 45/2025",
                 "Sub: Annual General Transfers of Inspectors - 2025",
                 "The following Inspectors are hereby transferred and posted to the",
                 "Commissionerates shown against their names."]
POSTING_TEXT = ["OFFICE OF THE COMMISSIONER OF CGST, SURAT", "OFFICE ORDER No. 77/2025",
                "Sub: Local posting of Inspectors joined on transfer",
                "The following officers are hereby posted to the Ranges noted against their names:",
                "1. Sri Manoj Patel, Inspector - Range-III, Division-II"]
CHARGE_TEXT = ["CHARGE REPORT", "I, Manoj Patel, Inspector, hereby report that I have assumed the charge",
               "of Range Officer, Range-III, Division-II, CGST Surat on 10.11.2025 (F.N.)",
               "Signature of the relieving officer / relieved officer"]
CERTIFICATE_TEXT = ["OFFICE OF THE COMMISSIONER OF CUSTOMS (PREVENTIVE), KOCHI", "CERTIFICATE",
                    "Certified that as per the service records of this office the name, date of birth",
                    "and date of joining of Sri Arjun Menon, Inspector, are as below:",
                    "Date of Birth: 02/03/1996  Date of Joining: 20/10/2025", "(Joint Commissioner)"]

SCAN = make_pdf(None)  # an image-only scan: no text layer


def tpl(name: str = "SSO_ID_creation_template.xlsx", rows: list[list[Any]] | None = None,
        **kw: Any) -> tuple[str, bytes, str]:
    return (name, make_template(rows if rows is not None else [officer_row(1)], **kw), XLSX)


def book(name: str = "Service_Book_first_page.pdf") -> tuple[str, bytes, str]:
    return (name, make_pdf(SERVICE_BOOK_TEXT), PDF)


def pdf(name: str, lines: list[str] | None = None) -> tuple[str, bytes, str]:
    return (name, make_pdf(lines) if lines else SCAN, PDF)


PROMO = pdf("Promotion_Order_EO_112_2025.pdf", PROMOTION_TEXT)
TRANSFER = pdf("Transfer_Order_EO_45_2025.pdf", TRANSFER_TEXT)
POSTING = pdf("Local_Posting_Order_77.pdf", POSTING_TEXT)
CHARGE = pdf("Charge_Report_Manoj_Patel.pdf", CHARGE_TEXT)
CERT = pdf("Certificate_by_JC_Arjun_Menon.pdf", CERTIFICATE_TEXT)


def other_xlsx() -> bytes:
    """A spreadsheet that is not the creation template (an attendance sheet)."""
    return make_template([[1, "Manoj Patel", "Inspector", "P", "P", "A"]],
                         headers=["Sl", "Officer", "Post", "03-Nov", "04-Nov", "05-Nov"], red=())


# --------------------------------------------------------------------------- senders and signatures

ICEGATE = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
SYSMGR = "System Manager, Custom House Visakhapatnam <sysmgr.vtz1@icegate.gov.in>"
GMAIL = "Priya Nair <priya.nair85@gmail.com>"

SIG_ICEGATE = "Regards,\nRavi Kumar\nInspector, CGST Range-IV, Guntur\nMob: 98480 22338\n"
SIG_SYSMGR = ("Thanks & Regards,\nK. Srinivasa Rao\nSuperintendent (System Manager)\n"
              "Custom House, Visakhapatnam\nEmail: ksrinivasa.rao@icegate.gov.in\nPh: 0891-2562295\n")
SIG_PERSONAL = "Regards,\nPriya Nair\nInspector, CGST Kochi\nMobile: 94470 12345\n"

CREATION_BODY = ("Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs in respect of the newly joined "
                 "Inspector of this Custom House. The filled creation template and the scanned service book "
                 "page are attached.\n\n")
RESET_BODY = ("Sir,\n\nI have forgotten the password of my SSO ID and am unable to login to ACES and my ICEGATE "
              "mailbox. Kindly reset the password.\n\nName: Ravi Kumar\nDesignation: Inspector\n"
              "SSO ID: RAVIK1990\nMobile No.: 9848022338\n\n")
STATUS_BODY = ("Respected Sir/Madam,\n\nI joined CBIC in 2019 but I am not sure whether an SSO ID has been "
               "created in my name, as I have never received any SSO ID or password. Kindly check.\n\n")


def run(run_triage, policy: TriagePolicy | None = None, **kw: Any):
    """Triage a mail built by make_mail, with the contract's invariants checked on every verdict."""
    verdict = run_triage(make_mail(**kw), policy)
    _invariants(verdict)
    return verdict


def _invariants(v) -> None:
    assert len(v.missing) == len(set(v.missing)), "missing lists each code once"
    if v.sender_kind == "automated":
        assert v.missing == () or list(v.missing) == []
        assert v.action == "ignore"


def kinds(v) -> list[str]:
    return sorted(a.kind for a in v.attachments)


def errors(v) -> set[tuple[int, str, str]]:
    return {(e.row, e.column, e.code) for e in v.template_errors}


def prepend(raw: bytes, *lines: str) -> bytes:
    """Header lines placed above everything the builder wrote (as a receiving server adds them)."""
    return "".join(line + "\n" for line in lines).encode() + raw


def base_message(sender: str, subject: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    domain = sender.rpartition("@")[2].rstrip(">")
    msg["Authentication-Results"] = (f"mx.icegate.gov.in; dkim=pass header.d={domain}; "
                                     f"spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}")
    msg["From"] = sender
    msg["To"] = HELPDESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(MAIL_DATE)
    msg["Message-ID"] = make_msgid(domain="test.example")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    return msg


# =========================================================================== sender_kind

SENDER_CASES = [
    # (id, From, extra headers, expected sender_kind)
    ("icegate-individual", "Ravi Kumar <ravi.kumar@icegate.gov.in>", {}, "icegate"),
    ("icegate-hindi-display-name", "पंकज शर्मा <pankaj.sharma3@icegate.gov.in>", {}, "icegate"),
    ("icegate-uppercase-address", "M Agarwal <Manish.Agarwal2@ICEGATE.GOV.IN>", {}, "icegate"),
    ("generic-sysmgr", SYSMGR, {}, "generic"),
    ("generic-asm", "ASM Chennai <asm.chennai@icegate.gov.in>", {}, "generic"),
    ("generic-acladmin", "ACL Admin Kolkata <acladmin.kol@icegate.gov.in>", {}, "generic"),
    ("generic-edisection", "EDI Section <edisection.chennai@icegate.gov.in>", {}, "generic"),
    ("generic-nic-sys", "Central Excise Kerala <cex15sys.ker@nic.in>", {}, "generic"),
    ("generic-gmail-division", "CGST Division II Surat <cgstdiv2surat@gmail.com>", {}, "generic"),
    ("generic-gmail-range", "Range III <range3.guntur.cgst@gmail.com>", {}, "generic"),
    ("personal-gmail", "Ravi Menon <ravi.menon82@gmail.com>", {}, "personal"),
    ("personal-yahoo", "Sunita Rao <sunita_rao1985@yahoo.co.in>", {}, "personal"),
    ("personal-gov-in", "A. Sharma <a.sharma@gov.in>", {}, "personal"),
    ("personal-nic-in", "Vivek Jain <vivek.jain@nic.in>", {}, "personal"),
    ("auto-submitted-auto-replied", ICEGATE, {"Auto-Submitted": "auto-replied"}, "automated"),
    ("auto-submitted-auto-generated", "ICES Alerts <alerts@icegate.gov.in>",
     {"Auto-Submitted": "auto-generated"}, "automated"),
    ("auto-submitted-params", ICEGATE, {"Auto-Submitted": "auto-replied (zimbra; vacation)"}, "automated"),
    ("auto-submitted-rfc-params", GMAIL, {"Auto-Submitted": 'auto-replied; owner-email="priya.nair85@gmail.com"'},
     "automated"),
    ("auto-submitted-mixed-case", ICEGATE, {"Auto-Submitted": "Auto-Replied"}, "automated"),
    ("auto-submitted-no", ICEGATE, {"Auto-Submitted": "no"}, "icegate"),
    ("precedence-bulk", "CBIC Newsletter <newsletter@cbic.gov.in>", {"Precedence": "bulk"}, "automated"),
    ("precedence-list", ICEGATE, {"Precedence": "list"}, "automated"),
    ("precedence-junk", GMAIL, {"Precedence": "junk"}, "automated"),
    ("list-id", "DG Systems Advisories <advisory@icegate.gov.in>",
     {"List-Id": "ECCS users <eccs-users.lists.icegate.gov.in>"}, "automated"),
    ("noreply", "ICEGATE <noreply@icegate.gov.in>", {}, "automated"),
    ("no-reply", "CBIC <no-reply@cbic.gov.in>", {}, "automated"),
    ("donotreply", "GSTN <donotreply@gst.gov.in>", {}, "automated"),
    ("do-not-reply", "e-Office <do-not-reply@eoffice.gov.in>", {}, "automated"),
    ("mailer-daemon", "Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>", {}, "automated"),
    ("postmaster", "postmaster@nic.in", {}, "automated"),
    ("x-auto-response-suppress-alone-icegate", ICEGATE, {"X-Auto-Response-Suppress": "All"}, "icegate"),
    ("automated-wins-over-generic", SYSMGR, {"Auto-Submitted": "auto-replied"}, "automated"),
]


@pytest.mark.parametrize("sender,headers,expected", [c[1:] for c in SENDER_CASES],
                         ids=[c[0] for c in SENDER_CASES])
def test_sender_kind(run_triage, sender, headers, expected):
    v = run(run_triage, sender=sender, headers=headers, subject="Password reset of SSO ID",
            body=RESET_BODY + "Regards,\nRavi Kumar\n")
    assert v.sender_kind == expected
    if expected == "automated":
        assert v.action == "ignore"
        assert list(v.missing) == []


def test_out_of_office_from_icegate_id_is_automated_and_ignored(run_triage):
    v = run(run_triage, sender="Venkatesh Iyer <venkatesh.iyer@icegate.gov.in>",
            subject="Out of Office: RE: Password reset of SSO ID",
            headers={"Auto-Submitted": "auto-replied"},
            body="I am on leave from 17.11.2025 to 28.11.2025 with no access to official mail.\n"
                 "For urgent matters please contact the EDI Section, Custom House, Chennai.\n\nVenkatesh Iyer\n")
    assert (v.sender_kind, v.action, list(v.missing)) == ("automated", "ignore", [])


BOUNCE = """\
Authentication-Results: mx.icegate.gov.in; spf=pass smtp.mailfrom=mx2.nic.in
From: Mail Delivery Subsystem <mailer@mx2.nic.in>
To: saksham.seva@icegate.gov.in
Subject: Undelivered Mail Returned to Sender
Date: Mon, 10 Nov 2025 11:05:00 +0530
Message-ID: <20251110053500.4C1F2A0@mx2.nic.in>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="RPT"

--RPT
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.nic.in.
Your message could not be delivered to one or more recipients.
<range3.guntur@nic.in>: mailbox full

--RPT
Content-Type: message/delivery-status; name="status.txt"
Content-Disposition: attachment; filename="status.txt"

Reporting-MTA: dns; mx2.nic.in

Final-Recipient: rfc822; range3.guntur@nic.in
Action: failed
Status: 5.2.2

--RPT
Content-Type: text/rfc822-headers; name="original-headers.txt"
Content-Disposition: attachment; filename="original-headers.txt"

From: Saksham Seva <saksham.seva@icegate.gov.in>
To: range3.guntur@nic.in
Subject: RE: Creation of SSO ID - template attached

--RPT--
"""


def test_multipart_report_bounce_is_automated_and_its_parts_are_not_attachments(run_triage):
    v = run_triage(BOUNCE.encode())
    _invariants(v)
    assert v.sender_kind == "automated"
    assert v.action == "ignore"
    assert list(v.attachments) == []


# =========================================================================== Reply-To

def test_reply_to_does_not_change_an_icegate_sender(run_triage):
    v = run(run_triage, sender=ICEGATE, headers={"Reply-To": "Ravi Kumar <ravikumar.guntur@gmail.com>"},
            subject="Password reset of SSO ID", body=RESET_BODY + SIG_ICEGATE)
    assert v.sender == "ravi.kumar@icegate.gov.in"
    assert v.sender_kind == "icegate"
    assert "icegate_sender" not in v.missing
    assert v.action == "acknowledge"


def test_reply_to_an_icegate_address_does_not_make_a_gmail_sender_icegate(run_triage):
    v = run(run_triage, sender="Ravi Kumar <ravikumar.guntur@gmail.com>",
            headers={"Reply-To": "ravi.kumar@icegate.gov.in"},
            subject="Password reset of SSO ID", body=RESET_BODY + SIG_ICEGATE)
    assert v.sender == "ravikumar.guntur@gmail.com"
    assert v.sender_kind == "personal"
    assert "icegate_sender" in v.missing


def test_reply_to_a_noreply_address_does_not_make_a_person_automated(run_triage):
    v = run(run_triage, sender=GMAIL, headers={"Reply-To": "noreply@icegate.gov.in"},
            subject="Whether SSO ID exists in my name", body=STATUS_BODY + SIG_PERSONAL)
    assert v.sender_kind == "personal"
    assert v.action == "acknowledge"


# =========================================================================== request_type

REQUEST_CASES = [
    # (id, subject, body, expected request_type)
    ("creation-english", "Creation of SSO ID and ICEGATE e-mail ID for newly joined Inspectors - reg.",
     "Sir,\nKindly create the SSO IDs of the officers in the attached template.\n", "sso_creation"),
    ("creation-ssoid-abbrev", "SSOID creation - direct recruit Inspectors 2025 batch",
     "Sir, pls generate SSOID for the officers joined on initial appointment. Template attached.\n",
     "sso_creation"),
    ("creation-hindi", "अनुरोध",
     "महोदय,\nनव नियुक्त निरीक्षकों के लिए एसएसओ आईडी एवं ईमेल बनाने हेतु अनुरोध है।\n", "sso_creation"),
    ("creation-reminder-keeps-type", "Reminder-2: RE: Creation of SSO ID for newly joined officers",
     "Sir,\nThis is a gentle reminder. The officers are yet to receive their SSO IDs. Kindly expedite.\n",
     "sso_creation"),
    ("creation-new-joinee", "SSO ID for new joinee",
     "Sir,\nSSO ID and ICEGATE mail ID are required for the new joinee Inspector Shri Arjun Menon "
     "(DOJ 27.10.2025).\n", "sso_creation"),
    ("status-whether", "Whether SSO ID exists in my name",
     "Sir,\nKindly let me know whether any SSO ID has been created in my name.\n", "sso_status"),
    ("status-not-sure", "Query",
     "Madam,\nI am not sure whether my SSOID was generated when I joined in 2019. Please confirm.\n",
     "sso_status"),
    ("status-hindi", "एसएसओ आईडी के संबंध में",
     "महोदय,\nकृपया बताएं कि क्या मेरे नाम से SSO ID पहले से बनी हुई है।\n", "sso_status"),
    ("reset-forgot-password", "Forgot password of SSO ID",
     "Sir,\nI forgot my SSO password. Kindly reset.\n", "password_reset"),
    ("reset-pwd-abbrev", "pwd reset - SSOID",
     "Sir, pwd reset req. for my ssoid pl.\n", "password_reset"),
    ("reset-inactive-id", "Activation of SSO ID",
     "Sir,\nMy SSO ID has become inactive as I was on long leave. Kindly activate the SSO ID.\n",
     "password_reset"),
    ("reset-forgot-sso-id", "Forgot SSO ID",
     "Sir,\nI have forgotten my SSO ID itself. Kindly intimate the same.\n", "password_reset"),
    ("reset-hindi", "अनुरोध",
     "महोदय,\nमैं अपने SSO ID का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करें।\n", "password_reset"),
    ("reset-hinglish", "SSO password",
     "Sir,\nMera SSO ID ka password bhool gaya hoon, kripya reset kar dein.\n", "password_reset"),
    ("promotion-supdt-abbrev", "Promoted as Supdt. - change of designation",
     "Sir, promoted as Supdt. vide EO No. 112/2025. Pl change designation from Inspector to Supdt.\n",
     "designation_update"),
    ("promotion-hindi", "पदोन्नति के उपरांत पदनाम अद्यतन हेतु",
     "महोदय,\nपदोन्नति आदेश एवं सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\n", "designation_update"),
    ("role-mapping-english", "Mapping of roles in ACES-GST BO",
     "Sir,\nI have joined CGST Surat on transfer. Kindly map the roles of Range Officer, Range-III.\n",
     "role_mapping"),
    ("role-unmapping", "Unmapping of roles - relieved from Range-IV",
     "Sir,\nI have been relieved from Range-IV on transfer. Kindly unmap my roles in ACES.\n",
     "role_mapping"),
    ("role-hindi", "अनुरोध",
     "महोदय,\nस्थानांतरण के बाद कार्यभार ग्रहण कर लिया है, कृपया ACES में भूमिका मैप करें।\n", "role_mapping"),
    ("eccs-password-expired", "ECCS password expired",
     "Sir,\nMy ECCS password has expired and I am unable to login at the courier terminal.\n", "eccs"),
    ("eccs-long-name", "Login issue",
     "Sir,\nUnable to login to the Express Cargo Clearance System application since morning.\n", "eccs"),
    ("trade-portal-iec", "ICEGATE registration for IEC 0512345678",
     "Sir,\nWe are exporters. Our firm is unable to complete ICEGATE registration with our IEC. "
     "Kindly help.\n", "trade_portal"),
    ("trade-portal-login", "Unable to login to ICEGATE portal",
     "Dear Sir,\nI am the proprietor of an importer firm. My ICEGATE portal login is not working for "
     "filing Bills of Entry. IEC: AAFCS1234K\n", "trade_portal"),
    ("unknown-apar", "APAR circular",
     "Sir,\nKindly share the latest circular regarding APAR filing on SPARROW.\n", "unknown"),
]


@pytest.mark.parametrize("subject,body,expected", [c[1:] for c in REQUEST_CASES],
                         ids=[c[0] for c in REQUEST_CASES])
def test_request_type(run_triage, subject, body, expected):
    v = run(run_triage, sender=ICEGATE, subject=subject, body=body + "\n" + SIG_ICEGATE)
    assert v.request_type == expected


@pytest.mark.parametrize("subject,body,expected", [
    ("ECCS password expired", "Sir,\nMy ECCS password expired. Kindly reset.\n", "redirect"),
    ("ICEGATE registration for IEC", "Sir,\nWe are exporters; ICEGATE registration with our IEC fails.\n",
     "redirect"),
    ("APAR circular", "Sir,\nKindly share the APAR circular.\n", "review"),
], ids=["eccs-redirect", "trade-portal-redirect", "unknown-review"])
def test_action_for_redirect_and_unknown_types(run_triage, subject, body, expected):
    v = run(run_triage, sender=ICEGATE, subject=subject, body=body + "\n" + SIG_ICEGATE)
    assert v.action == expected
    assert list(v.missing) == []


# =========================================================================== attachment kinds

ATTACHMENT_CASES = [
    # (id, attachment, expected kind)
    ("name-service-book-scan", pdf("Service Book - Ravi Kumar.pdf"), "service_book"),
    ("name-service-book-jpg", ("service_book_page1.jpg", b"\xff\xd8\xff\xe0fakejpeg", JPEG), "service_book"),
    ("name-promotion-scan", pdf("promotion order.pdf"), "promotion_order"),
    ("name-transfer-scan", pdf("Transfer Order CCA Chennai.pdf"), "transfer_order"),
    ("name-posting-scan", pdf("Local posting order Surat.pdf"), "posting_order"),
    ("name-charge-scan", pdf("charge report.pdf"), "charge_report"),
    ("name-relieving-report-scan", pdf("Relieving report Range IV.pdf"), "charge_report"),
    ("name-certificate-scan", pdf("Certification letter signed by JC.pdf"), "certification_letter"),
    ("text-service-book", pdf("scan0001.pdf", SERVICE_BOOK_TEXT), "service_book"),
    ("text-promotion", pdf("doc04112025.pdf", PROMOTION_TEXT), "promotion_order"),
    ("text-transfer", pdf("EO_45.pdf", TRANSFER_TEXT), "transfer_order"),
    ("text-posting", pdf("OO_77_2025.pdf", POSTING_TEXT), "posting_order"),
    ("text-charge", pdf("Scan_20251110.pdf", CHARGE_TEXT), "charge_report"),
    ("text-certificate", pdf("letter.pdf", CERTIFICATE_TEXT), "certification_letter"),
    ("template-any-name", tpl("officers list Nov 2025.xlsx"), "template"),
    ("template-book1-title-rows", tpl("Book1.xlsx", title_rows=["CUSTOM HOUSE, VISAKHAPATNAM",
                                                                  "Details of newly joined Inspectors"]),
     "template"),
    ("template-octet-stream-type", ("Book1.xlsx", make_template([officer_row(1)]), "application/octet-stream"),
     "template"),
    ("non-template-xlsx", ("attendance_Nov.xlsx", other_xlsx(), XLSX), "other"),
    ("image-only-pdf-untelling-name", pdf("scan0002.pdf"), "other"),
    ("photo-untelling-name", ("IMG_20251110_101500.jpg", b"\xff\xd8\xff\xe0fakejpeg", JPEG), "other"),
]


@pytest.mark.parametrize("attachment,expected", [c[1:] for c in ATTACHMENT_CASES],
                         ids=[c[0] for c in ATTACHMENT_CASES])
def test_attachment_kind(run_triage, attachment, expected):
    v = run(run_triage, sender=SYSMGR, subject="Documents", body="Sir,\nPFA.\n\n" + SIG_SYSMGR,
            attachments=[attachment])
    assert kinds(v) == [expected]


def _mail_with_parts(parts: list[tuple[bytes, dict[str, str]]], sender: str = ICEGATE,
                     subject: str = "Promotion - updation of designation in ACES",
                     body: str = "Sir,\nI have been promoted to Superintendent. Kindly update my designation.\n\n"
                                 + SIG_ICEGATE) -> bytes:
    """A multipart/mixed mail whose extra parts carry hand-written MIME headers."""
    msg = base_message(sender, subject)
    msg.set_content(body)
    msg.make_mixed()
    for data, headers in parts:
        part = EmailMessage()
        part.set_content(data, maintype="application", subtype="octet-stream")
        for key in list(part.keys()):
            del part[key]
        for key, value in headers.items():
            part[key] = value
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode())
        msg.attach(part)
    return msg.as_bytes()


def test_file_name_in_content_type_name_parameter_only(run_triage):
    raw = _mail_with_parts([
        (make_pdf(PROMOTION_TEXT), {"Content-Type": 'application/pdf; name="EO_112_promotion.pdf"'}),
        (make_pdf(SERVICE_BOOK_TEXT), {"Content-Type": 'application/pdf; name="SB.pdf"'}),
    ])
    v = run_triage(raw)
    assert kinds(v) == ["promotion_order", "service_book"]
    assert list(v.missing) == []


def test_inline_part_with_a_file_name_is_an_attachment(run_triage):
    raw = _mail_with_parts([
        (make_pdf(PROMOTION_TEXT), {"Content-Type": "application/pdf",
                                    "Content-Disposition": 'inline; filename="Promotion_Order.pdf"'}),
        (SCAN, {"Content-Type": "application/pdf", "Content-Disposition": 'inline; filename="service_book.pdf"'}),
    ])
    v = run_triage(raw)
    assert kinds(v) == ["promotion_order", "service_book"]


def test_rfc2231_and_rfc2047_encoded_file_names_are_decoded(run_triage):
    raw = _mail_with_parts([
        (SCAN, {"Content-Type": "application/pdf",
                "Content-Disposition": "attachment; filename*=UTF-8''%E0%A4%AA%E0%A4%A6%E0%A5%8B%E0%A4%A8%E0%A5"
                                       "%8D%E0%A4%A8%E0%A4%A4%E0%A4%BF%20promotion%20order.pdf"}),
        (SCAN, {"Content-Type": 'application/pdf; name="=?UTF-8?B?U2VydmljZSBCb29rIOCkuOClh+CkteCkviDgpKrgpYHgpLjgpY3gpKTgpL/gpJXgpL4ucGRm?="'}),
    ])
    v = run_triage(raw)
    names = sorted(a.filename for a in v.attachments)
    assert names == ["Service Book सेवा पुस्तिका.pdf", "पदोन्नति promotion order.pdf"]
    assert kinds(v) == ["promotion_order", "service_book"]


# =========================================================================== missing: documents

MISSING_DOC_CASES = [
    # (id, From, subject, body, attachments, expected missing, expected action)
    ("creation-complete", SYSMGR, "Creation of SSO ID - newly joined Inspector", CREATION_BODY + SIG_SYSMGR,
     [tpl(), book()], [], "acknowledge"),
    ("creation-template-only", SYSMGR, "Creation of SSO ID - newly joined Inspector",
     CREATION_BODY + "Service book will follow.\n\n" + SIG_SYSMGR, [tpl()], ["service_book"], "request_missing"),
    ("creation-book-only", SYSMGR, "Creation of SSO ID - newly joined Inspector", CREATION_BODY + SIG_SYSMGR,
     [book()], ["template"], "request_missing"),
    ("creation-nothing-attached", SYSMGR, "Creation of SSO ID - newly joined Inspector",
     CREATION_BODY + SIG_SYSMGR, [], ["service_book", "template"], "request_missing"),
    ("creation-certificate-for-book", SYSMGR, "Creation of SSO ID - newly joined Inspector",
     CREATION_BODY + SIG_SYSMGR, [tpl(), CERT], [], "review"),
    ("creation-from-personal-gmail", "Arjun Menon <arjun.menon96@gmail.com>",
     "Creation of SSO ID - newly joined Inspector", CREATION_BODY + SIG_PERSONAL, [tpl(), book()],
     ["icegate_sender"], "request_missing"),
    ("creation-from-nic-generic", "Central Excise Kerala <cex15sys.ker@nic.in>",
     "Creation of SSO ID - newly joined Inspector",
     CREATION_BODY + "Regards,\nT. Joseph\nSuperintendent (Systems)\nEmail: t.joseph@icegate.gov.in\n"
                     "Mob: 9447012345\n", [tpl(), book()], ["icegate_sender"], "request_missing"),
    ("promotion-complete", ICEGATE, "Updation of designation consequent upon promotion",
     "Sir,\nI have been promoted as Superintendent. Promotion order and service book page attached.\n\n"
     + SIG_ICEGATE, [PROMO, book()], [], "acknowledge"),
    ("promotion-order-only", ICEGATE, "Updation of designation consequent upon promotion",
     "Sir,\nPromoted as Supdt. Order attached.\n\n" + SIG_ICEGATE, [PROMO], ["service_book"], "request_missing"),
    ("promotion-book-only", ICEGATE, "Updation of designation consequent upon promotion",
     "Sir,\nPromoted as Supdt. Service book attached.\n\n" + SIG_ICEGATE, [book()], ["promotion_order"],
     "request_missing"),
    ("transfer-complete", ICEGATE, "Mapping of roles in ACES on transfer",
     "Sir,\nJoined CGST Surat on transfer. Kindly map my roles.\n\n" + SIG_ICEGATE,
     [TRANSFER, POSTING, CHARGE], [], "acknowledge"),
    ("transfer-no-posting-order", ICEGATE, "Mapping of roles in ACES on transfer",
     "Sir,\nJoined CGST Surat on transfer. Kindly map my roles.\n\n" + SIG_ICEGATE,
     [TRANSFER, CHARGE], ["posting_order"], "request_missing"),
    ("transfer-nothing", ICEGATE, "Mapping of roles in ACES on transfer",
     "Sir,\nJoined CGST Surat on transfer. Kindly map my roles.\n\n" + SIG_ICEGATE, [],
     ["charge_report", "posting_order", "transfer_order"], "request_missing"),
    ("transfer-from-yahoo", "Manoj Patel <manoj_patel77@yahoo.com>", "Mapping of roles in ACES on transfer",
     "Sir,\nJoined CGST Surat on transfer. Kindly map my roles.\n\n" + SIG_ICEGATE,
     [TRANSFER, POSTING, CHARGE], ["icegate_sender"], "request_missing"),
]


@pytest.mark.parametrize("sender,subject,body,attachments,missing,action", [c[1:] for c in MISSING_DOC_CASES],
                         ids=[c[0] for c in MISSING_DOC_CASES])
def test_missing_documents(run_triage, sender, subject, body, attachments, missing, action):
    v = run(run_triage, sender=sender, subject=subject, body=body, attachments=attachments)
    assert sorted(v.missing) == sorted(missing)
    assert v.action == action


# =========================================================================== missing: details

STATUS_SUBJECT = "Whether SSO ID exists in my name"
RESET_SUBJECT = "Password reset of SSO ID"

DETAIL_CASES = [
    # (id, From, subject, body, expected missing)
    ("status-labelled-complete", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Name: Priya Nair\nDesignation: Inspector\nMobile No.: 9447012345\n\nRegards\n", []),
    ("status-running-text-mobile", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "My mobile number is 94470-12345, kindly call me after 5 pm.\n\n"
                   "Regards,\nPriya Nair\nInspector, CGST Kochi\n", []),
    ("status-mobile-plus91", "Sunita Rao <sunita_rao1985@yahoo.co.in>", STATUS_SUBJECT,
     STATUS_BODY + "Yours faithfully,\nSunita Rao\nSupdt., Customs Preventive, Chennai\nMob: +91 98400 55123\n", []),
    ("status-mobile-zero-prefix-dots", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\nMob.: 094470.12345\n", []),
    ("status-icegate-sender-not-required", "Vivek Jain <vivek.jain@nic.in>", STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nVivek Jain\nExaminer, ICD Tughlakabad\nMobile: 7011223344\n", []),
    ("status-sd-bracketed-uppercase-name", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Yours faithfully,\n\nSd/-\n(PRIYA NAIR)\nINSPECTOR\nCGST KOCHI\nMob: 9447012345\n", []),
    ("status-name-on-regards-line", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards, Priya Nair\nInspector, CGST Kochi\nMob: 9447012345\n", []),
    ("status-one-line-outlook-signature", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair | Inspector | CGST Kochi | M: 9447012345\n", []),
    ("status-hindi-signature", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "भवदीय,\nप्रिया नायर\nनिरीक्षक, केंद्रीय जीएसटी कोच्चि\nमोबाइल: 9447012345\n", []),
    ("status-office-and-mobile-on-one-line", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\nPh: 0484-2396321 (O), 9447012345 (M)\n", []),
    ("status-mobile-shaped-number-labelled-tel", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\nTel: 9447012345\n", ["mobile"]),
    ("status-no-name-display-name-does-not-count", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nInspector, CGST Kochi\nMobile: 9447012345\n", ["name"]),
    ("status-no-designation", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nMobile: 9447012345\n", ["designation"]),
    ("status-no-phone", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\n", ["mobile"]),
    ("status-std-landline-only", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\nPh: 0484-2396321\n", ["mobile"]),
    ("status-std-spaced-landline", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, Custom House Kolkata\n033 2254 1234\n", ["mobile"]),
    ("status-labelled-landline-looks-like-mobile", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, Custom House Visakhapatnam\nLandline: 08912562295\n",
     ["mobile"]),
    ("status-invalid-mobile-prefix", GMAIL, STATUS_SUBJECT,
     STATUS_BODY + "Regards,\nPriya Nair\nInspector, CGST Kochi\nMobile: 5447012345\n", ["mobile"]),
    ("reset-signature-and-ssoid", ICEGATE, RESET_SUBJECT,
     "Sir,\nForgot pwd of my SSOID. SSOID: RAVIK1990\n\n" + SIG_ICEGATE, []),
    ("reset-user-id-label", ICEGATE, RESET_SUBJECT,
     "Sir,\nKindly reset my password.\nUser ID: rk.insp2015\n\n" + SIG_ICEGATE, []),
    ("reset-alternate-email-for-sso-id", ICEGATE, RESET_SUBJECT,
     "Sir,\nKindly reset my password.\nAlternate e-mail ID: ravikumar.guntur@gmail.com\n\n" + SIG_ICEGATE, []),
    ("reset-own-address-is-not-alt-email", ICEGATE, RESET_SUBJECT,
     "Sir,\nKindly reset my password. My mail ID is ravi.kumar@icegate.gov.in.\n\n"
     "Regards,\nRavi Kumar\nInspector, CGST Range-IV, Guntur\nEmail: ravi.kumar@icegate.gov.in\n"
     "Mob: 98480 22338\n", ["sso_id"]),
    ("reset-helpdesk-address-is-not-alt-email", ICEGATE, RESET_SUBJECT,
     "Sir,\nAs advised by saksham.seva@icegate.gov.in on phone, kindly reset my password.\n\n" + SIG_ICEGATE,
     ["sso_id"]),
    ("reset-cid-reference-is-not-alt-email", ICEGATE, RESET_SUBJECT,
     "Sir,\nKindly reset my password.\n\n" + SIG_ICEGATE + "[cid:image001.png@01DC5475.47F5A1E0]\n", ["sso_id"]),
    ("reset-from-gmail", "Ravi Kumar <ravikumar.guntur@gmail.com>", RESET_SUBJECT,
     RESET_BODY + "Regards,\nRavi Kumar\n", ["icegate_sender"]),
    ("reset-from-individual-gov-in", "A. Sharma <a.sharma@gov.in>", RESET_SUBJECT,
     RESET_BODY + "Regards,\nRavi Kumar\n", ["icegate_sender"]),
    ("reset-hindi-labels", ICEGATE, "पासवर्ड रीसेट हेतु",
     "महोदय,\nमैं अपना SSO ID का पासवर्ड भूल गया हूँ।\nनाम: रवि कुमार\nपदनाम: निरीक्षक\nSSO ID: RAVIK1990\n"
     "मोबाइल: 9848022338\n\nसादर\n", []),
    ("reset-nothing-given", ICEGATE, RESET_SUBJECT, "Sir,\npwd reset pl.\n\nSent from my iPhone\n",
     ["designation", "mobile", "name", "sso_id"]),
    ("reset-office-phone-only", ICEGATE, RESET_SUBJECT,
     "Sir,\nKindly reset my password. SSO ID: RAVIK1990\n\nRegards,\nRavi Kumar\nInspector, CGST Range-IV\n"
     "Tel (O): 0863-2234567\n", ["mobile"]),
]


@pytest.mark.parametrize("sender,subject,body,missing", [c[1:] for c in DETAIL_CASES],
                         ids=[c[0] for c in DETAIL_CASES])
def test_missing_details(run_triage, sender, subject, body, missing):
    v = run(run_triage, sender=sender, subject=subject, body=body)
    assert sorted(v.missing) == sorted(missing)
    assert v.action == ("acknowledge" if not missing else "request_missing")


# =========================================================================== generic signature

GENERIC_SIG_CASES = [
    # (id, From, subject, body, attachments, expected missing)
    ("sysmgr-no-email", SYSMGR, "Creation of SSO ID",
     CREATION_BODY + "Regards,\nK. Srinivasa Rao\nSuperintendent (System Manager)\nMob: 9849012345\n",
     [tpl(), book()], ["signature_email"]),
    ("sysmgr-only-generic-address-as-email", SYSMGR, "Creation of SSO ID",
     CREATION_BODY + "Regards,\nK. Srinivasa Rao\nSuperintendent (System Manager)\n"
                     "Email: sysmgr.vtz1@icegate.gov.in\nMob: 9849012345\n", [tpl(), book()], ["signature_email"]),
    ("sysmgr-no-phone", SYSMGR, "Creation of SSO ID",
     CREATION_BODY + "Regards,\nK. Srinivasa Rao\nSuperintendent (System Manager)\n"
                     "Email: ksrinivasa.rao@icegate.gov.in\n", [tpl(), book()], ["signature_phone"]),
    ("sysmgr-no-signature", SYSMGR, "Creation of SSO ID", CREATION_BODY, [tpl(), book()],
     ["signature_designation", "signature_email", "signature_name", "signature_phone"]),
    ("dash-dash-separator", "EDI Section <edisection.chennai@icegate.gov.in>", "Creation of SSO ID",
     CREATION_BODY + "-- \nS. Lakshmi\nAppraiser, EDI Section\nCustom House, Chennai\n"
                     "s.lakshmi@icegate.gov.in\nMob: 9840012345\n", [tpl(), book()], []),
    ("gmail-division-status-no-individual-email", "CGST Division II Surat <cgstdiv2surat@gmail.com>",
     "Whether SSO ID exists", "Sir,\nKindly check whether an SSO ID exists in the name of the officer.\n"
                             "Name: Hetal Shah\nDesignation: Inspector\nMobile: 9825012345\n\n"
                             "Regards,\nJ. D. Parmar\nSuperintendent, Division-II\nMob: 9825098765\n",
     [], ["signature_email"]),
    ("generic-unknown-still-needs-signature", "Range III <range3.guntur.cgst@gmail.com>", "APAR circular",
     "Sir,\nKindly share the APAR circular.\n", [],
     ["signature_designation", "signature_email", "signature_name", "signature_phone"]),
    ("generic-eccs-still-needs-signature", "Courier Cell <couriercell.delhi@icegate.gov.in>",
     "ECCS password expired", "Sir,\nECCS password of the courier terminal expired.\n", [],
     ["signature_designation", "signature_email", "signature_name", "signature_phone"]),
]


@pytest.mark.parametrize("sender,subject,body,attachments,missing", [c[1:] for c in GENERIC_SIG_CASES],
                         ids=[c[0] for c in GENERIC_SIG_CASES])
def test_generic_sender_signature(run_triage, sender, subject, body, attachments, missing):
    v = run(run_triage, sender=sender, subject=subject, body=body, attachments=attachments)
    assert v.sender_kind == "generic"
    assert sorted(v.missing) == sorted(missing)


def test_generic_signature_not_filled_from_text_elsewhere_in_the_body(run_triage):
    body = ("Sir,\nOn behalf of the officer below, kindly reset the SSO ID password.\n\n"
            "Name of officer: Anjali Verma\nDesignation: Inspector\nSSO ID: ANJALIV95\nMobile: 9810012345\n"
            "Email: anjali.verma@icegate.gov.in\n\nRegards,\nSystem Manager\nCustom House, Kandla\n")
    v = run(run_triage, sender="System Manager Kandla <sysmgr.kandla@icegate.gov.in>",
            subject="Password reset of SSO ID", body=body)
    assert v.request_type == "password_reset"
    assert {"signature_name", "signature_email", "signature_phone"} <= set(v.missing)
    assert not {"name", "designation", "sso_id", "mobile", "icegate_sender"} & set(v.missing)


def test_automated_generic_mail_has_no_requirements(run_triage):
    v = run(run_triage, sender="EDI Section <edisection.chennai@icegate.gov.in>",
            headers={"Auto-Submitted": "auto-replied"}, subject="Auto reply: Creation of SSO ID",
            body="Your mail has been received by EDI Section.\n")
    assert v.sender_kind == "automated"
    assert list(v.missing) == []


# =========================================================================== quoting and forwarding

QUOTE_CASES = [
    # (id, body, expected missing) -- a password reset from an ICEGATE ID; the SSO ID lives only in the quote
    ("gt-quoted-lines",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "> Sir, please share your SSO ID.\n> SSO ID: RAVIK1990\n", ["sso_id"]),
    ("gmail-on-wrote",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "On Mon, 10 Nov 2025 at 10:15, Saksham Seva <saksham.seva@icegate.gov.in> wrote:\n"
     "Please send your SSO ID.\nSSO ID: RAVIK1990\n", ["sso_id"]),
    ("iphone-on-wrote",
     "Sir, pl reset pwd.\n\n" + SIG_ICEGATE + "\nSent from my iPhone\n\n"
     "On 10-Nov-2025, at 10:15 AM, Ravi Kumar <ravi.kumar@icegate.gov.in> wrote:\n\n"
     "SSO ID: RAVIK1990\n", ["sso_id"]),
    ("outlook-original-message",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "-----Original Message-----\nFrom: Saksham Seva <saksham.seva@icegate.gov.in>\n"
     "Sent: Monday, November 10, 2025 10:15 AM\nTo: ravi.kumar@icegate.gov.in\n"
     "Subject: RE: Password reset of SSO ID\n\nSSO ID: RAVIK1990\n", ["sso_id"]),
    ("outlook-from-sent-block",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "From: Saksham Seva <saksham.seva@icegate.gov.in>\nSent: Monday, November 10, 2025 10:15 AM\n"
     "To: Ravi Kumar <ravi.kumar@icegate.gov.in>\nSubject: RE: Password reset of SSO ID\n\n"
     "Sir, your SSO ID is RAVIK1990. Please confirm your mobile.\n", ["sso_id"]),
    ("zimbra-original-message",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "----- Original Message -----\nFrom: \"Saksham Seva\" <saksham.seva@icegate.gov.in>\n"
     "To: \"Ravi Kumar\" <ravi.kumar@icegate.gov.in>\nSent: Monday, November 10, 2025 10:15:00 AM\n"
     "Subject: Re: Password reset of SSO ID\n\nSSO ID: RAVIK1990\n", ["sso_id"]),
    ("gmail-wrapped-on-wrote",
     "Sir,\nKindly reset my password today.\n\n" + SIG_ICEGATE + "\n"
     "On Mon, 10 Nov 2025 at 10:15 AM Saksham Seva <\nsaksham.seva@icegate.gov.in> wrote:\n\n"
     "SSO ID: RAVIK1990\n", ["sso_id"]),
    ("mobile-only-in-quote",
     "Sir,\nKindly reset my password. SSO ID: RAVIK1990\n\nRegards,\nRavi Kumar\nInspector, CGST Guntur\n\n"
     "On Mon, 10 Nov 2025 at 10:15, Ravi Kumar <ravi.kumar@icegate.gov.in> wrote:\n"
     "> Mobile: 9848022338\n", ["mobile"]),
]


@pytest.mark.parametrize("body,missing", [c[1:] for c in QUOTE_CASES], ids=[c[0] for c in QUOTE_CASES])
def test_quoted_text_does_not_count(run_triage, body, missing):
    v = run(run_triage, sender=ICEGATE, subject="RE: Password reset of SSO ID", body=body)
    assert v.request_type == "password_reset"
    assert sorted(v.missing) == sorted(missing)
    assert v.action == "request_missing"


def test_document_named_only_in_quoted_text_is_not_attached(run_triage):
    body = ("Sir,\nPFA the service book page as asked.\n\n" + SIG_ICEGATE + "\n"
            "On Fri, 7 Nov 2025 at 16:02, Ravi Kumar <ravi.kumar@icegate.gov.in> wrote:\n"
            "> Sir, I have been promoted as Supdt. Promotion order attached.\n")
    v = run(run_triage, sender=ICEGATE, subject="RE: Updation of designation on promotion", body=body,
            attachments=[book()])
    assert v.request_type == "designation_update"
    assert sorted(v.missing) == ["promotion_order"]


def test_signature_in_quoted_text_does_not_sign_for_a_generic_sender(run_triage):
    body = ("Sir,\nTemplate and service book attached again.\n\n"
            "On Fri, 7 Nov 2025 at 16:02, System Manager <sysmgr.vtz1@icegate.gov.in> wrote:\n"
            "> Thanks & Regards,\n> K. Srinivasa Rao\n> Superintendent (System Manager)\n"
            "> Email: ksrinivasa.rao@icegate.gov.in\n> Ph: 0891-2562295\n")
    v = run(run_triage, sender=SYSMGR, subject="RE: Creation of SSO ID for newly joined Inspector", body=body,
            attachments=[tpl(), book()])
    assert {"signature_name", "signature_email", "signature_phone"} <= set(v.missing)


def test_inline_forwarded_message_counts_and_forwarder_is_sender(run_triage):
    body = ("Sir,\nForwarded for necessary action please.\n\n" + SIG_ICEGATE + "\n"
            "---------- Forwarded message ---------\n"
            "From: Anjali Verma <anjaliverma95@gmail.com>\nDate: Sun, 9 Nov 2025 at 21:14\n"
            "Subject: SSO password\nTo: Ravi Kumar <ravi.kumar@icegate.gov.in>\n\n"
            "Sir, I forgot the password of my SSO ID. Kindly get it reset.\n"
            "Name: Anjali Verma\nDesignation: Inspector\nSSO ID: ANJALIV95\nMobile: 9810012345\n")
    v = run(run_triage, sender=ICEGATE, subject="Fwd: SSO password", body=body)
    assert v.sender == "ravi.kumar@icegate.gov.in"
    assert v.sender_kind == "icegate"
    assert v.request_type == "password_reset"
    assert list(v.missing) == []
    assert v.action == "acknowledge"


def test_forwarded_signature_does_not_sign_for_the_generic_forwarder(run_triage):
    body = ("Forwarded please.\n\n---------- Forwarded message ---------\n"
            "From: Hetal Shah <hetal.shah@icegate.gov.in>\nDate: Sun, 9 Nov 2025 at 21:14\n"
            "Subject: SSO password\nTo: CGST Division II <cgstdiv2surat@gmail.com>\n\n"
            "Sir, kindly get my SSO password reset. SSO ID: HETALS88\n\n"
            "Regards,\nHetal Shah\nInspector, Range-III\nhetal.shah@icegate.gov.in\nMob: 9825012345\n")
    v = run(run_triage, sender="CGST Division II Surat <cgstdiv2surat@gmail.com>", subject="Fwd: SSO password",
            body=body)
    assert v.sender == "cgstdiv2surat@gmail.com"
    assert v.sender_kind == "generic"
    assert {"signature_name", "signature_designation", "signature_email", "signature_phone"} <= set(v.missing)


def _forward_as_attachment(outer_sender: str, outer_body: str, inner_sender: str, inner_subject: str,
                           inner_body: str, inner_attachments: list[tuple[str, bytes, str]]) -> bytes:
    inner = EmailMessage()
    inner["From"] = inner_sender
    inner["To"] = outer_sender
    inner["Subject"] = inner_subject
    inner["Date"] = format_datetime(MAIL_DATE - dt.timedelta(days=2))
    inner.set_content(inner_body)
    for filename, data, ctype in inner_attachments:
        maintype, _, subtype = ctype.partition("/")
        inner.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    outer = base_message(outer_sender, "FW: " + inner_subject)
    outer.set_content(outer_body)
    outer.add_attachment(inner, filename="original request.eml")
    return outer.as_bytes()


def test_attached_rfc822_forward_counts_its_files_not_itself(run_triage):
    raw = _forward_as_attachment(
        SYSMGR, "Sir,\nThe request of the Range officer is forwarded for role mapping.\n\n" + SIG_SYSMGR,
        "Manoj Patel <manoj.patel@icegate.gov.in>", "Role mapping on transfer",
        "Sir,\nI have joined CGST Surat on transfer. Kindly map my roles in ACES.\n\nRegards,\nManoj Patel\n",
        [TRANSFER, POSTING, CHARGE])
    v = run_triage(raw)
    _invariants(v)
    assert v.sender == "sysmgr.vtz1@icegate.gov.in"
    assert v.sender_kind == "generic"
    assert v.request_type == "role_mapping"
    assert kinds(v) == ["charge_report", "posting_order", "transfer_order"]
    assert list(v.missing) == []
    assert v.action == "acknowledge"


def test_attached_rfc822_forward_text_supplies_details(run_triage):
    raw = _forward_as_attachment(
        ICEGATE, "Sir,\nForwarded for necessary action.\n\n" + SIG_ICEGATE,
        "Anjali Verma <anjaliverma95@gmail.com>", "Forgot SSO password",
        "Sir,\nI forgot the password of my SSO ID.\nName: Anjali Verma\nDesignation: Inspector\n"
        "SSO ID: ANJALIV95\nMobile: 9810012345\n", [])
    v = run_triage(raw)
    _invariants(v)
    assert v.sender_kind == "icegate"
    assert v.request_type == "password_reset"
    assert list(v.attachments) == []
    assert list(v.missing) == []


def _html_only(sender: str, subject: str, html: str) -> bytes:
    msg = base_message(sender, subject)
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def test_html_only_mail_details_and_signature(run_triage):
    html = ("<html><body><div>Respected Sir/Madam,</div><div><br></div>"
            "<div>I am not sure whether an SSO ID has been created in my name. Kindly confirm.</div>"
            "<div><br></div><div>Regards,</div><div>Priya Nair</div><div>Inspector, CGST Kochi</div>"
            "<div>Mobile: 94470 12345</div></body></html>")
    v = run_triage(_html_only(GMAIL, STATUS_SUBJECT, html))
    _invariants(v)
    assert v.request_type == "sso_status"
    assert v.signature.name == "Priya Nair"
    assert list(v.missing) == []
    assert v.action == "acknowledge"


def test_html_only_generic_signature_found(run_triage):
    html = ("<html><body><p>Sir,</p><p>Kindly create SSO ID for the newly joined Inspector. Template and "
            "service book attached.</p><p>Thanks &amp; Regards,<br>K. Srinivasa Rao<br>"
            "Superintendent (System Manager)<br>Custom House, Visakhapatnam<br>"
            "Email: ksrinivasa.rao@icegate.gov.in<br>Ph: 0891-2562295</p></body></html>")
    msg = base_message(SYSMGR, "Creation of SSO ID for newly joined Inspector")
    msg.set_content(html, subtype="html")
    for filename, data, ctype in (tpl(), book()):
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    v = run_triage(msg.as_bytes())
    _invariants(v)
    assert v.sender_kind == "generic"
    assert v.signature.name == "K. Srinivasa Rao"
    assert list(v.missing) == []
    assert v.action == "acknowledge"


def test_html_only_reply_quote_does_not_count(run_triage):
    html = ("<html><body><div dir=\"ltr\">Sir, kindly reset my password today.<br><br>Regards,<br>Ravi Kumar<br>"
            "Inspector, CGST Range-IV, Guntur<br>Mob: 98480 22338</div><br>"
            "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 10 Nov 2025 at 10:15, "
            "Saksham Seva &lt;saksham.seva@icegate.gov.in&gt; wrote:<br></div>"
            "<blockquote class=\"gmail_quote\">Please share your SSO ID.<br>SSO ID: RAVIK1990</blockquote>"
            "</div></body></html>")
    v = run_triage(_html_only(ICEGATE, "RE: Password reset of SSO ID", html))
    _invariants(v)
    assert v.request_type == "password_reset"
    assert sorted(v.missing) == ["sso_id"]


# =========================================================================== actions and precedence

def test_ignore_beats_redirect_and_type_read_from_own_content(run_triage):
    v = run(run_triage, sender="DG Systems Advisories <advisory@icegate.gov.in>",
            headers={"List-Id": "ECCS users <eccs-users.lists.icegate.gov.in>", "Precedence": "list"},
            subject="Advisory: ECCS password expiry on 15.11.2025",
            body="All ECCS users are advised that passwords of the Express Cargo Clearance System expire "
                 "every 90 days. Kindly change the password before expiry.\n\nDG Systems\n")
    assert (v.sender_kind, v.request_type, v.action, list(v.missing)) == ("automated", "eccs", "ignore", [])


def test_redirect_beats_review_for_failed_authentication(run_triage):
    v = run(run_triage, sender=ICEGATE, auth="fail", subject="ECCS password expired",
            body="Sir,\nMy ECCS password expired at the courier terminal.\n\n" + SIG_ICEGATE)
    assert v.action == "redirect"


def test_redirect_beats_request_missing_for_unsigned_generic(run_triage):
    v = run(run_triage, sender="Courier Cell <couriercell.delhi@icegate.gov.in>", subject="ECCS login issue",
            body="Sir,\nUnable to login to ECCS.\n")
    assert v.request_type == "eccs"
    assert v.missing  # the generic signature codes still apply
    assert v.action == "redirect"


def test_review_beats_request_missing_certificate_without_template(run_triage):
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID - newly joined Inspector",
            body=CREATION_BODY + SIG_SYSMGR, attachments=[CERT])
    assert sorted(v.missing) == ["template"]
    assert v.action == "review"


def test_template_errors_alone_give_request_missing(run_triage):
    sheet = tpl(rows=[officer_row(1, first_name="R.")])
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID - newly joined Inspector",
            body=CREATION_BODY + SIG_SYSMGR, attachments=[sheet, book()])
    assert list(v.missing) == []
    assert (2, "first_name", "initials_in_name") in errors(v)
    assert v.action == "request_missing"


def test_template_errors_add_nothing_to_missing(run_triage):
    sheet = tpl(rows=[officer_row(1, mobile="12345"), officer_row(2, alt_email="sysmgr.vtz1@icegate.gov.in")])
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID - newly joined Inspectors",
            body=CREATION_BODY + SIG_SYSMGR, attachments=[sheet, book()])
    assert list(v.missing) == []
    assert {(2, "mobile", "invalid_mobile"), (3, "alt_email", "generic_alt_email")} <= errors(v)
    assert v.action == "request_missing"


OVERSEAS_CASES = [
    ("coin-in-body", "Sir,\nKindly create SSO ID for Shri Arjun Menon, Inspector, presently on COIN posting "
                     "at Dubai, through DRI HQ.\n\n"),
    ("posted-abroad", "Sir,\nKindly create SSO ID for the officer who is posted abroad at the "
                      "Indian Embassy, Washington.\n\n"),
    ("posted-outside-india", "Sir,\nThe officer is posted outside India on deputation; kindly create "
                             "his SSO ID.\n\n"),
]


@pytest.mark.parametrize("body", [c[1] for c in OVERSEAS_CASES], ids=[c[0] for c in OVERSEAS_CASES])
def test_review_for_coin_or_overseas_posting(run_triage, body):
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID", body=body + SIG_SYSMGR,
            attachments=[tpl(), book()])
    assert v.request_type == "sso_creation"
    assert v.action == "review"


def test_no_review_for_a_dri_posting_in_india(run_triage):
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID",
            body="Sir,\nKindly create SSO ID for the Intelligence Officer who joined DRI, Mumbai Zonal Unit "
                 "on initial appointment. Template and service book attached.\n\n" + SIG_SYSMGR,
            attachments=[tpl(), book()])
    assert v.action == "acknowledge"


def test_review_for_coin_posting_named_in_template(run_triage):
    sheet = tpl(rows=[officer_row(1, office="DRI (COIN), Dubai", location="Dubai, UAE")])
    v = run(run_triage, sender=SYSMGR, subject="Creation of SSO ID", body=CREATION_BODY + SIG_SYSMGR,
            attachments=[sheet, book()])
    assert v.action == "review"


def test_acknowledge_complete_request(run_triage):
    v = run(run_triage, sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n")
    assert (v.sender_kind, v.request_type, list(v.missing), list(v.template_errors), v.action) == \
        ("icegate", "password_reset", [], [], "acknowledge")


# =========================================================================== authentication

AR = "Authentication-Results: "
AUTH_CASES = [
    # (id, topmost Authentication-Results lines (above the builder's pass), expected action)
    ("dmarc-fail", [AR + "mx.icegate.gov.in; dkim=none; spf=softfail smtp.mailfrom=icegate.gov.in; "
                         "dmarc=fail (p=quarantine) header.from=icegate.gov.in"], "review"),
    ("spf-fail-no-dkim", [AR + "mx.icegate.gov.in; dkim=none; spf=fail smtp.mailfrom=icegate.gov.in"], "review"),
    ("spf-fail-dkim-pass-relayed", [AR + "mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; "
                                         "spf=fail smtp.mailfrom=icegate.gov.in; "
                                         "dmarc=pass header.from=icegate.gov.in"], "acknowledge"),
    ("passes-for-another-domain", [AR + "mx.icegate.gov.in; dkim=pass header.d=gmail.com; "
                                        "spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com"],
     "review"),
    ("dkim-pass-foreign-domain-spf-fail", [AR + "mx.icegate.gov.in; dkim=pass header.d=bulkmailer.example; "
                                                "spf=fail smtp.mailfrom=icegate.gov.in"], "review"),
]


@pytest.mark.parametrize("lines,action", [c[1:] for c in AUTH_CASES], ids=[c[0] for c in AUTH_CASES])
def test_icegate_sender_authentication(run_triage, lines, action):
    raw = prepend(make_mail(sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n",
                            auth=None), *lines)
    v = run_triage(raw)
    assert v.request_type == "password_reset"
    assert list(v.missing) == []
    assert v.action == action


def test_forged_pass_below_the_topmost_failing_header_is_ignored(run_triage):
    # make_mail's own (forged, lower) header says pass; the receiving server's topmost one says fail.
    raw = prepend(make_mail(sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n"),
                  AR + "mx.icegate.gov.in; dkim=none; spf=fail smtp.mailfrom=icegate.gov.in; "
                       "dmarc=fail header.from=icegate.gov.in")
    assert run_triage(raw).action == "review"


def test_forged_fail_below_the_topmost_passing_header_is_ignored(run_triage):
    raw = make_mail(sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n",
                    headers={"Authentication-Results": "mx.icegate.gov.in; dmarc=fail header.from=icegate.gov.in"})
    assert run_triage(raw).action == "acknowledge"


def test_configured_authserv_id_is_trusted_over_the_topmost(run_triage):
    raw = prepend(make_mail(sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n",
                            auth=None),
                  AR + "relay.forger.example; dkim=pass header.d=icegate.gov.in; spf=pass "
                       "smtp.mailfrom=icegate.gov.in; dmarc=pass header.from=icegate.gov.in",
                  AR + "mx.icegate.gov.in; dkim=none; spf=fail smtp.mailfrom=icegate.gov.in; "
                       "dmarc=fail header.from=icegate.gov.in")
    v = run_triage(raw, TriagePolicy(authserv_ids=("mx.icegate.gov.in",)))
    assert v.action == "review"


def test_failed_authentication_of_a_non_icegate_sender_is_not_a_review(run_triage):
    v = run(run_triage, sender=GMAIL, auth="fail", subject=STATUS_SUBJECT, body=STATUS_BODY + SIG_PERSONAL)
    assert v.sender_kind == "personal"
    assert v.action == "acknowledge"


# =========================================================================== ambiguous senders

def test_two_from_fields_is_review(run_triage):
    raw = prepend(make_mail(sender=ICEGATE, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n"),
                  "From: Anjali Verma <anjali.verma@icegate.gov.in>")
    v = run_triage(raw)
    assert v.action == "review"


def test_two_addresses_in_one_from_field_is_review(run_triage):
    v = run(run_triage, sender="Ravi Kumar <ravi.kumar@icegate.gov.in>, Anjali Verma <anjali.verma@icegate.gov.in>",
            subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n")
    assert v.action == "review"


@pytest.mark.parametrize("sender", [
    '"ravi.kumar@icegate.gov.in" <ravi.kumar.cbic@gmail.com>',
    '"Ravi Kumar (ravi.kumar@icegate.gov.in)" <rk.guntur@yahoo.com>',
    '"Ravi Kumar ravi.kumar@icegate.gov.in" <ravi@mail-icegate.co>',
], ids=["bare-address-display", "address-in-parentheses", "lookalike-domain"])
def test_display_name_showing_icegate_address_elsewhere_is_review(run_triage, sender):
    v = run(run_triage, sender=sender, subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n")
    assert v.action == "review"


def test_display_name_showing_the_same_icegate_address_is_not_ambiguous(run_triage):
    v = run(run_triage, sender='"ravi.kumar@icegate.gov.in" <ravi.kumar@icegate.gov.in>',
            subject=RESET_SUBJECT, body=RESET_BODY + "Regards,\nRavi Kumar\n")
    assert v.sender_kind == "icegate"
    assert v.action == "acknowledge"
