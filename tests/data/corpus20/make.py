#!/usr/bin/env python3
"""corpus20: an independent triage corpus for maild, written blind against the contract.

Mails from West and Central Indian offices (Gujarat, Maharashtra, Goa, Madhya Pradesh,
Chhattisgarh, Rajasthan), two for each of the 37 sample intents. Every expected verdict is
derived by hand from shared/spec/triage.md and shared/spec/template.md alone.

Deterministic: fixed dates, Message-IDs, xlsx zip entry times and core.xml stamps.
Run with .venv/bin/python (openpyxl, pypdf).
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# File and MIME builders are corpus2's, loaded (not copied) from tests/data/corpus2/make.py.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
D = kit.D
text, multi, att, alt, addr = kit.text, kit.multi, kit.att, kit.alt, kit.addr
ZIMBRA, OUTLOOK, TB, IPHONE, YAHOO, REDIFF = kit.ZIMBRA, kit.OUTLOOK, kit.TB, kit.IPHONE, kit.YAHOO, kit.REDIFF
GMAIL = {"X-Mailer": None}
RED, BLACK, DARKRED = "FFFF0000", "FF000000", "FFC00000"
FIXED = (2025, 10, 1, 9, 0, 0)


def repack(data: bytes) -> bytes:
    """openpyxl writes 'now' into zip entry times and core.xml: rewrite both with fixed values."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\2",
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def tpl(rows, **kw) -> bytes:
    return repack(kit.make_xlsx(rows, **kw))


def other_xlsx(rows) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Roles"
    for r in rows:
        ws.append(r)
    wb.properties.created = dt.datetime(2025, 1, 1)
    wb.properties.modified = dt.datetime(2025, 1, 1)
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue())


def sb(name, dob, doj):
    return kit.sb_pdf(name, dob, doj)


def pdf(*lines):
    return kit.make_pdf(list(lines))


def promo(name, grade, no):
    return pdf("GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER", f"ESTABLISHMENT ORDER No. {no}",
               "Sub: PROMOTION", f"Shri/Smt. {name} is hereby promoted to the grade of {grade}",
               "with effect from the date of assumption of charge.")


def transfer(name, no):
    return pdf("GOVERNMENT OF INDIA", f"TRANSFER ORDER No. {no}", "Sub: Annual General Transfer of Group B officers",
               f"{name} is transferred from the parent Commissionerate to Ahmedabad Zone.")


def posting(name, no):
    return pdf("OFFICE OF THE COMMISSIONER", f"LOCAL POSTING ORDER No. {no}",
               f"{name} is posted to Range-II, Division-IV of this Commissionerate.")


def charge(name):
    return pdf("CHARGE REPORT", f"I, {name}, have assumed charge of the post today forenoon.",
               "Relieved officer / Assuming officer")


def certletter(name, dob, doj):
    return pdf("OFFICE OF THE COMMISSIONER", "CERTIFICATE",
               f"Certified that the name of the officer is {name}, date of birth {dob} and",
               f"date of joining CBIC {doj}, as per the records of the Establishment Section.",
               "(Signed and sealed) Joint Commissioner (P&V)")


def jp(tag):
    return kit.jpeg(tag)


def build_mail(frm_disp, frm, subject, date, mid, body, mailer=ZIMBRA, extra=None, ar=None, crlf=False,
               enc="B", to=None):
    h = kit.hdr(addr(frm_disp, frm) if frm_disp is not None else frm, subject, date, mid, mailer=None, extra=None,
                enc=enc, **({"to": to} if to else {}))
    if mailer:
        h.update({k: v for k, v in mailer.items() if v is not None})
    if extra:
        h.update(extra)
    return kit.mail(h, body, crlf=crlf, ar=ar, from_addr=frm)


def mixed(tag, plain, atts, html=True, cte="qp"):
    first = alt(plain, b=tag, cte=cte) if html else text(plain, cte=cte)
    if not atts:
        return first
    return multi("mixed", [first] + atts, f"=_c20_{tag}_mixed")


CASES = []

README = """# corpus20: West and Central India triage corpus for maild

Generated by `make.py` (run it with `.venv/bin/python make.py`; two runs write identical
bytes: fixed dates and Message-IDs, and every .xlsx is re-zipped with fixed entry times and fixed
`dcterms:created`/`modified`). File and MIME builders are loaded from `../corpus2/make.py` with
importlib; the cases, people, offices and wording are this corpus's own. Written blind: only
`shared/domain.md`, `shared/seeds/*`, `shared/spec/triage.md`, `shared/spec/template.md` and the
shared sample corpus were read; every expected verdict was derived by hand from the contract.

## Coverage and counts

{n} mails, two for each of the 37 sample intents, in the sample's order (files 001-002 cover
sample intent 001, 003-004 intent 002, and so on). Senders are at offices in Ahmedabad, Mundra,
Kandla, Surat, Vadodara, Pune, Nagpur, Nhava Sheva (JNCH), Goa, Indore, Bhopal, Raipur, Jaipur and
Jodhpur (plus DRI HQ for the COIN / abroad intent). Actions: {counts}. In {moved} mails exactly one
fact of the sample intent was changed so that the verdict moves; the last column says which.

Clients and encodings: Zimbra webmail (multipart/alternative, quoted-printable), Thunderbird,
Outlook (CRLF), Gmail (RFC 2047 file names), plain 7bit text, base64 Hindi bodies, Devanagari
display names and subjects, message/rfc822 forwards, Postfix DSNs and auto-replies.

## Readings of the contract

- Template rows are numbered as Excel shows them: with corpus2's default two title rows the header
  is row 3 and the first officer row 4; `titles=()` puts the header on row 1.
- A header font of `FFC00000` (red 0xC0, green and blue 0) is red under template.md's rule, so
  that column is mandatory.
- `+919414012301` and `09414012302` are 10-digit mobiles with the allowed +91 / 0 prefix;
  `98250123456` (11 digits, no prefix) and `5825012345` (starts with 5) are not.
- An alternate e-mail on `icegate.gov.in` (the nodal officer's own or a system manager's ID) and
  an office's Gmail (`range3.div2.surat@gmail.com`) are `generic_alt_email`.
- A file saved as .xlsx that is a CSV text or a zip cut off after 300 bytes is `unreadable`
  (row 0, column ""); its name ('...template...xlsx') makes it a `template` attachment.
- A role mailbox on nic.in / gov.in is `generic` and not on icegate.gov.in, so `icegate_sender`
  is missing for the request types that require it.
- The forwarder's own sign-off above a '---------- Forwarded message ---------' block is the
  signature; a forwarded message attached as message/rfc822 contributes its files.
- A certification letter in place of the service book means `review`, whatever else is complete;
  an officer posted outside India or on a COIN posting means `review`.
- Name, designation and mobile stated plainly in running text ("I am Sachin Pardeshi, working as
  Inspector ... My mobile number is ...", "my new number 9727045612") count; a number written with
  an STD code or labelled "Office Ph" / "Tel (O)" is not a mobile.
- For a generic sender asking on behalf of an officer, the officer's labelled mobile above the
  sign-off does not fill `signature_phone`; a landline in the sign-off does.
- A company's shared `exports@...` mailbox is a role mailbox (`generic`); its signature codes apply
  even though `trade_portal` has no requirements of its own.
- A From display name that is an `icegate.gov.in` address over a gmail.com address is an ambiguous
  sender (`review`); the kind is still read from the address (`personal`), so `icegate_sender` is
  missing.
- `spf=fail` with `dkim=none` and `dmarc=none` in the topmost Authentication-Results is an
  authentication failure (no `dkim=pass`), so `review`.
- An automated mail's request type comes from its own content: a `donotreply@` ECCS advisory is
  `eccs` with action `ignore`; bounces, delay reports and auto-replies to a neutral "case reference"
  subject are `unknown`.

"""


def exp(kind, rt, missing=(), errors=(), action="acknowledge", kinds=()):
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(kinds)}


def case(name, raw, expected, intent, moved=None):
    CASES.append((name, raw, expected, intent, moved))


def dt_(day, hh, mm):
    wd = dt.date(2025, 11, day).strftime("%a")
    return f"{wd}, {day} Nov 2025 {hh:02d}:{mm:02d}:00 +0530"


def dsn(frm, subject, date, mid, action, status, rcpt, diag, orig_subject, auto=True):
    b = "c20dsn." + mid.split("@")[0]
    lines = ["Return-Path: <>", f"Delivered-To: {HELPDESK}",
             "Received: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n\tby mbox2.icegate.gov.in (Postfix) with ESMTP id 9F1E2D3C4B\n"
             f"\tfor <{HELPDESK}>; {date}",
             f"Date: {date}", f"From: {frm}", f"Subject: {subject}", f"To: {HELPDESK}"]
    if auto:
        lines.append("Auto-Submitted: auto-replied")
    lines += ["MIME-Version: 1.0", f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
              f"Message-Id: <{mid}>", ""]
    word = "could not be delivered" if action == "failed" else "has not yet been delivered; delivery will be retried"
    body = [
        "This is a MIME-encapsulated message.", "", f"--{b}", "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii", "",
        f"Your message to <{rcpt}> {word}.", f"<{rcpt}>: {diag}", "",
        f"--{b}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.icegate.gov.in", "", f"Final-Recipient: rfc822; {rcpt}", f"Action: {action}",
        f"Status: {status}", f"Diagnostic-Code: smtp; {diag}", "",
        f"--{b}", "Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers", "",
        f"From: Saksham Seva <{HELPDESK}>", f"To: {rcpt}", f"Subject: {orig_subject}", f"Date: {date}", "",
        f"--{b}--", ""]
    return ("\n".join(lines) + "\n".join(body)).encode()


def sig(lead, *lines):
    return "\n" + lead + "\n" + "\n".join(lines) + "\n"


def build():
    # ======================================================== 001 creation: system manager, complete
    x = tpl([
        [1, "Jaydeep", "", "Chaudhari", "Inspector", "14/03/1997", "03/11/2025", "9825041101", "jaydeep.chaudhari97@gmail.com",
         "Custom House, Kandla", "Gandhidham", ""],
        [2, "Khushbu", "Ramesh", "Vaghela", "Inspector", "02/08/1998", "03/11/2025", "9099112233", "khushbu.vaghela@outlook.com",
         "Custom House, Kandla", "Gandhidham", ""],
    ])
    plain = ("Sir / Madam,\n\nTwo Inspectors have joined Custom House, Kandla on 03.11.2025 on direct recruitment.\n"
             "Kindly create their SSO IDs and ICEGATE mail IDs. The creation template and the first\n"
             "page of the service book of each officer are enclosed.\n"
             + sig("With regards,", "", "Nirav Dave", "Deputy Commissioner & System Manager",
                   "Custom House, Kandla (Gandhidham)", "E-mail: nirav.dave@icegate.gov.in", "Mob: 98250 41873"))
    frm = "sysmgr.kandla@icegate.gov.in"
    case("001-creation-kandla-sysmgr-two-inspectors",
         build_mail("System Manager Kandla", frm, "Creation of SSO ID - new Inspectors - CH Kandla", dt_(10, 11, 5),
                    "c20-001@icegate.gov.in",
                    mixed("001", plain, [att(x, XLSX, "SSO_ID_template_CH_Kandla.xlsx"),
                                         att(sb("Jaydeep Chaudhari", "14/03/1997", "03/11/2025"), PDF, "Service Book - Jaydeep Chaudhari.pdf"),
                                         att(sb("Khushbu Ramesh Vaghela", "02/08/1998", "03/11/2025"), PDF, "Service Book - Khushbu Vaghela.pdf")])),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Kandla System Manager's generic ICEGATE ID: clean two-row template with text dates, two text-layer service books, full signature")

    x = tpl([
        [1, "Mihir", "", "Joshi", "Inspector", D(1996, 5, 9), D(2025, 10, 27), 9724011501, "mihirjoshi.96@gmail.com", "Custom House, Mundra", "Mundra", ""],
        [2, "Asha", "", "Rabari", "Inspector", D(1999, 12, 1), D(2025, 10, 27), 9724011502, "asha.rabari99@yahoo.in", "Custom House, Mundra", "Mundra", ""],
        [3, "Pranav", "Kirit", "Desai", "Appraiser", D(1993, 7, 21), D(2025, 10, 27), 9724011503, "pranavdesai.k@gmail.com", "Custom House, Mundra", "Mundra", ""],
    ])
    plain = ("Respected Sir,\n\nPlease create SSO ID / ICEGATE e-mail ID for three officers (two Inspectors and one\n"
             "Appraiser) who joined this Custom House on initial appointment. Template and scanned\n"
             "service book pages are attached.\n"
             + sig("Thanks & Regards", "Priti Shah", "Assistant Commissioner (System Manager)", "Custom House, Mundra",
                   "Ph: 02838-271165 / 94272 18830"))
    frm = "sysmgr.mundra@icegate.gov.in"
    case("002-creation-mundra-sysmgr-signature-no-email",
         build_mail("SYSMGR MUNDRA", frm, "SSO ID creation request - 3 officers", dt_(10, 15, 40), "c20-002@icegate.gov.in",
                    mixed("002", plain, [att(x, XLSX, "Mundra_SSO_creation.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Mihir Joshi / Asha Rabari / Pranav Kirit Desai - pages 1 to 3"]), PDF,
                                             "Service book pages - 3 officers.pdf")])),
         exp("generic", "sso_creation", missing=["signature_email"], action="request_missing", kinds=["template", "service_book"]),
         "Mundra System Manager's generic ICEGATE ID: clean template (real dates, numeric mobiles) and one service book PDF; the sign-off has name, designation and phone but no individual e-mail",
         "the signature gives no individual e-mail ID (generic sender) -> signature_email")

    # ======================================================== 002 creation: forwarded officer's request
    x = tpl([[1, "Akshay", "Dattatray", "Pawar", "Inspector (Examiner)", "19/01/1999", "03/11/2025", "8149022871",
              "akshay.pawar1999@gmail.com", "JNCH, Nhava Sheva", "Nhava Sheva", ""]],
            titles=("Particulars of new joinee",))
    plain = ("Forwarded for creation of SSO ID and ICEGATE mail ID. Particulars verified with the\nservice book.\n"
             + sig("Regards,", "Sandeep Kulkarni", "Assistant Commissioner (EDI) / System Manager",
                   "Jawaharlal Nehru Custom House, Nhava Sheva", "sandeep.kulkarni@icegate.gov.in | 97699 20417")
             + "\n---------- Forwarded message ---------\nFrom: Akshay Pawar <akshay.pawar1999@gmail.com>\n"
               "Date: Mon, 10 Nov 2025 at 18:12\nSubject: SSO ID for new Inspector\nTo: <sysmgr.nhavasheva@icegate.gov.in>\n\n"
               "Sir,\nI joined JNCH as Inspector (Examiner) on 03.11.2025. My filled particulars sheet and the\n"
               "photo of my service book first page are attached.\n\nAkshay Pawar\n")
    frm = "sysmgr.nhavasheva@icegate.gov.in"
    case("003-creation-jnch-forward-gmail-app",
         build_mail("System Manager JNCH", frm, "Fwd: SSO ID for new Inspector", dt_(11, 10, 2), "c20-003@icegate.gov.in",
                    mixed("003", plain, [att(x, XLSX, "joinee_particulars.xlsx"),
                                         att(jp(31), JPG, "service_book_akshay.jpg")])),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "JNCH System Manager's generic ICEGATE ID forwards ('---------- Forwarded message ---------') a new Inspector's Gmail request; template named 'joinee_particulars.xlsx' (told by its header row), service book photo")

    x = tpl([[1, "Hetal", "", "Joshi", "Inspector", "11-11-1997", "27-10-2025", "9998012345", "hetal.joshi.1197@gmail.com",
              "Custom House, Ahmedabad", "Ahmedabad", ""]], titles=())
    inner = multi("mixed", [text("Sir,\n\nPlease create my SSO ID. I joined Custom House Ahmedabad as Inspector on\n"
                                 "27.10.2025. Template and service book attached.\n\nHetal Joshi\n", cte="7bit"),
                            att(x, XLSX, "Book1.xlsx"),
                            att(sb("Hetal Joshi", "11/11/1997", "27/10/2025"), PDF, "Service Book Page - Hetal Joshi.pdf")],
                  "=_c20_004_inner")
    inner["From"] = "Hetal Joshi <hetal.joshi.1197@gmail.com>"
    inner["To"] = "sysmgr.ahmedabad@icegate.gov.in"
    inner["Subject"] = "SSO ID creation"
    inner["Date"] = "Fri, 7 Nov 2025 17:44:10 +0530"
    inner["Message-ID"] = "<CAc20inner004@mail.gmail.com>"
    fwd = MIMEMessage(inner)
    del fwd["MIME-Version"]
    fwd.add_header("Content-Disposition", "attachment")
    plain = ("Madam/Sir,\n\nThe request of Smt. Hetal Joshi, Inspector, is attached as received (with her template\n"
             "and service book page). Details verified. Kindly create the SSO ID.\n"
             + sig("Yours faithfully,", "Name: Bhavesh Trivedi", "Designation: Superintendent (EDI), System Manager's cell",
                   "Custom House, Ahmedabad", "Email: bhavesh.trivedi@icegate.gov.in", "Mobile: 94262 70418"))
    frm = "sysmgr.ahmedabad@icegate.gov.in"
    case("004-creation-ahmedabad-forward-as-attachment",
         build_mail("Sysmgr Ahmedabad", frm, "FW: SSO ID creation - Hetal Joshi, Inspector", dt_(11, 12, 30),
                    "c20-004@icegate.gov.in", multi("mixed", [alt(plain, b="004"), fwd], "=_c20_004_mixed"), mailer=TB),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Ahmedabad System Manager's generic ID forwards the officer's mail as an attached message/rfc822; the template ('Book1.xlsx') and service book are inside it")

    # ======================================================== 003 creation: template only, books to follow
    x = tpl([
        [1, "Rutvik", "", "Patel", "Inspector", D(1998, 2, 17), D(2025, 11, 3), "7600123401", "rutvikpatel98@gmail.com", "CGST Surat", "Surat", ""],
        [2, "Nazia", "", "Shaikh", "Inspector", D(1997, 9, 30), D(2025, 11, 3), "7600123402", "nazia.shaikh97@gmail.com", "CGST Surat", "Surat", ""],
    ], titles=())
    plain = ("Sir,\n\nThe template for creation of SSO IDs of two Inspectors who joined CGST Surat on\n03.11.2025 is "
             "attached. Their service book copies are awaited from the Establishment\nsection and will be sent in "
             "a separate mail.\n" + sig("Regards,", "Manisha Iyer", "Assistant Commissioner (Systems), CGST Surat",
                                         "Mobile 98795 30412"))
    frm = "manisha.iyer@icegate.gov.in"
    case("005-creation-surat-ac-template-books-later",
         build_mail("Manisha Iyer", frm, "SSO ID creation - CGST Surat - 2 Inspectors", dt_(12, 9, 48), "c20-005@icegate.gov.in",
                    mixed("005", plain, [att(x, XLSX, "template_surat.xlsx")], html=False, cte="7bit"), mailer=TB),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template"]),
         "AC's individual ICEGATE ID (Thunderbird, plain text) sends a two-row template (header on row 1, real dates); service books to follow")

    x = tpl([[1, "Devendra", "Singh", "Rathore", "Inspector", "05/05/1996", "10/11/2025", "9414023456", "devendra.rathore96@gmail.com",
              "CGST Jodhpur", "Jodhpur", ""]])
    plain = ("Sir,\n\nKindly create the SSO ID of Shri Devendra Singh Rathore, Inspector, who joined CGST\nJodhpur on "
             "10.11.2025. Filled template and his service book page are attached.\n"
             + sig("Regards,", "Vikram Bhati", "Superintendent (Systems)", "CGST Commissionerate, Jodhpur", "Mob. 94141 77820"))
    frm = "vikram.bhati@icegate.gov.in"
    case("006-creation-jodhpur-supdt-with-book",
         build_mail("Vikram Bhati", frm, "SSO ID creation - Inspector - CGST Jodhpur", dt_(12, 11, 20), "c20-006@icegate.gov.in",
                    mixed("006", plain, [att(x, XLSX, "SSO template Jodhpur.xlsx"),
                                         att(sb("Devendra Singh Rathore", "05/05/1996", "10/11/2025"), PDF, "Service book - D S Rathore.pdf")]),
                    mailer=TB),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "Superintendent's individual ICEGATE ID sends template and service book together",
         "the service book is attached -> nothing missing, acknowledge")

    # ======================================================== 004 creation: scans only, no template
    plain = ("Sir,\n\nService book pages of two Inspectors joined at Pune Customs are enclosed for SSO ID\n"
             "creation. The template will be sent after the officers sign it.\n"
             + sig("Regards", "Rahul Deshpande", "Superintendent, Alternate System Manager", "Pune Customs, GST Bhavan",
                   "rahul.deshpande@icegate.gov.in", "Mob: 98220 61734"))
    frm = "altsysmgr.pune@icegate.gov.in"
    case("007-creation-pune-asm-scans-only",
         build_mail("Alt System Manager Pune Customs", frm, "SSO ID creation - service books", dt_(12, 14, 5), "c20-007@icegate.gov.in",
                    mixed("007", plain, [att(jp(71), JPG, "Service Book - Rohit Jagtap.jpg"),
                                         att(jp(72), JPG, "Service Book - Sneha More.jpg")])),
         exp("generic", "sso_creation", missing=["template"], action="request_missing", kinds=["service_book", "service_book"]),
         "Pune ASM's generic ICEGATE ID sends two service book photos; template to follow; full signature with mobile",
         "the signature carries a mobile number -> only template missing")

    plain = ("Sir,\n\nPlease find the service book extract of Shri Omkar Naik, Inspector, Goa Customs, for\ncreation "
             "of his SSO ID. Template follows.\n"
             + sig("Regards,", "Savita Gaonkar", "Superintendent (EDI)", "Custom House, Marmagoa, Goa", "savita.gaonkar@icegate.gov.in"))
    frm = "edi.goa@icegate.gov.in"
    case("008-creation-goa-edi-book-and-letter-no-phone",
         build_mail("EDI Section Goa Customs", frm, "SSO ID - Omkar Naik - Inspector", dt_(13, 10, 15), "c20-008@icegate.gov.in",
                    mixed("008", plain, [att(sb("Omkar Naik", "21/06/1996", "03/11/2025"), PDF, "Service book Omkar Naik.pdf"),
                                         att(kit.make_pdf([]), PDF, "Covering letter.pdf")])),
         exp("generic", "sso_creation", missing=["signature_phone", "template"], action="request_missing",
             kinds=["other", "service_book"]),
         "Goa EDI section's generic ICEGATE ID: one service book and an image-only covering letter, no template; no contact number anywhere")

    # ======================================================== 005 creation: officer's own gmail, initials
    x = tpl([[1, "A.", "", "Verma", "Inspector", "08/04/2001", "03/11/2025", "9179023310", "ankit.verma.2001@gmail.com",
              "CGST Indore", "Indore", ""]], titles=())
    plain = ("Respected Sir,\n\nI have joined CGST Indore as Inspector on 03.11.2025. Please create my SSO ID. I have\n"
             "attached the template and my service book page.\n\nThank you\nAnkit Verma\nInspector, CGST Indore\n9179023310\n")
    frm = "ankit.verma.2001@gmail.com"
    case("009-creation-indore-gmail-initial-first-name",
         build_mail("Ankit Verma", frm, "Request for SSO ID", dt_(13, 21, 40), "CAc20-009@mail.gmail.com",
                    mixed("009", plain, [att(x, XLSX, "SSO ID template.xlsx"),
                                         att(sb("Ankit Verma", "08/04/2001", "03/11/2025"), PDF, "सेवा पुस्तिका - Ankit.pdf", style="2047")]),
                    mailer=None, ar=kit.ar_pass("gmail.com", "ankit.verma.2001", ip="209.85.220.41")),
         exp("personal", "sso_creation", missing=["icegate_sender"], errors=[(2, "first_name", "initials_in_name")],
             action="request_missing", kinds=["template", "service_book"]),
         "New Inspector writes from his own Gmail; first name entered as 'A.'; service book file name Devanagari + English (RFC 2047)")

    x = tpl([[1, "Neha", "", "K.S.", "Inspector", "16/10/1998", "03/11/2025", "7389012277", "neha.ks1998@gmail.com",
              "CGST Bhopal", "Bhopal", ""]])
    plain = ("Sir,\n\nRequest for creation of SSO ID for Ms. Neha, Inspector, CGST Bhopal. Template and service\n"
             "book are attached.\n" + sig("Regards,", "Ramesh Chouhan", "Superintendent (Computer Cell)", "CGST Bhopal",
                                           "Mobile: 94250 18822"))
    frm = "ramesh.chouhan@icegate.gov.in"
    case("010-creation-bhopal-icegate-initials-surname",
         build_mail("Ramesh Chouhan", frm, "SSO ID creation - Neha, Inspector", dt_(13, 12, 0), "c20-010@icegate.gov.in",
                    mixed("010", plain, [att(x, XLSX, "sso_template_bhopal.xlsx"),
                                         att(sb("Neha K S", "16/10/1998", "03/11/2025"), PDF, "service_book_neha.pdf")])),
         exp("icegate", "sso_creation", errors=[(4, "last_name", "initials_in_name")], action="request_missing",
             kinds=["template", "service_book"]),
         "A Superintendent's individual ICEGATE ID sends a template whose last name is 'K.S.'",
         "the sender is an ICEGATE ID -> icegate_sender no longer missing (the initials error remains)")

    # ======================================================== 006 creation: invalid dates
    x = tpl([
        [1, "Kiran", "", "Solanki", "Inspector", "29/02/1995", "03/11/2025", "9825077001", "kiran.solanki95@gmail.com", "CGST Vadodara-I", "Vadodara", ""],
        [2, "Manoj", "", "Parmar", "Inspector", "12/12/1996", "01/12/2025", "9825077002", "manojparmar.96@gmail.com", "CGST Vadodara-I", "Vadodara", ""],
        [3, "Ritu", "", "Mehta", "Superintendent", D(1988, 3, 3), D(2012, 6, 18), "9825077003", "ritu.mehta88@yahoo.com", "CGST Vadodara-I", "Vadodara", ""],
    ], titles=("CGST Vadodara-I : SSO ID creation",), blank_before=1)
    plain = ("Sir,\n\nKindly create SSO IDs for the officers in the attached template. Service book pages\nenclosed.\n"
             + sig("Regards,", "Name: Chirag Pandya", "Designation: Assistant Commissioner, ACL Admin",
                   "Email: chirag.pandya@icegate.gov.in", "Mobile: 97277 41260"))
    frm = "acladmin.vadodara@icegate.gov.in"
    case("011-creation-vadodara-acl-feb29-future-doj",
         build_mail("ACL Admin CGST Vadodara-I", frm, "SSO ID creation - CGST Vadodara-I", dt_(18, 11, 30), "c20-011@icegate.gov.in",
                    mixed("011", plain, [att(x, XLSX, "SSO_Vadodara.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Kiran Solanki, Manoj Parmar, Ritu Mehta"]), PDF, "Service books.pdf")])),
         exp("generic", "sso_creation", errors=[(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "ACL Admin's generic ICEGATE ID; header on row 3 (title row + blank row); row 4 DOB 29/02/1995 (no such day), row 5 DOJ 01/12/2025 after the mail's date (18 Nov 2025); row 6 clean with real dates")

    x = tpl([
        [1, "Sagar", "", "Wankhede", "Inspector", D(2008, 3, 15), D(2025, 9, 1), "9823011201", "sagar.wankhede@gmail.com", "CGST Nagpur-I", "Nagpur", ""],
        [2, "Payal", "", "Thakre", "Inspector", "15/13/1994", "01/09/2025", "9823011202", "payal.thakre94@gmail.com", "CGST Nagpur-I", "Nagpur", ""],
        [3, "Aniket", "", "Bhoyar", "Inspector", "07-06-1993", "22.09.2025", "9823011203", "aniket.bhoyar93@gmail.com", "CGST Nagpur-I", "Nagpur", ""],
    ], titles=())
    plain = ("Sir,\n\nSSO ID creation template for three Inspectors of CGST Nagpur-I with service books.\n"
             + sig("Regards,", "Shraddha Deshmukh", "Deputy Commissioner, Commissionerate Admin", "CGST Nagpur-I",
                   "shraddha.deshmukh@icegate.gov.in", "M: 9422 805 517"))
    frm = "commadmin.cgstnagpur@icegate.gov.in"
    case("012-creation-nagpur-admin-age17-bad-month",
         build_mail("Comm Admin CGST Nagpur", frm, "SSO creation - 3 Inspectors", dt_(18, 16, 45), "c20-012@icegate.gov.in",
                    mixed("012", plain, [att(x, XLSX, "nagpur_sso.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Sagar Wankhede, Payal Thakre, Aniket Bhoyar"]), PDF, "SB_scan.pdf")])),
         exp("generic", "sso_creation", errors=[(2, "date_of_joining", "invalid_date"), (3, "date_of_birth", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "Commissionerate Admin's generic ID; header on row 1; row 2 born 15/03/2008 and joined 01/09/2025 (age 17); row 3 DOB '15/13/1994' (month 13); row 4 DD-MM-YYYY and DD.MM.YYYY text dates, valid")

    # ======================================================== 007 creation: red Location, empty cells
    x = tpl([
        [1, "Tushar", "", "Sahu", "Inspector", "10/01/1997", "03/11/2025", "7000123451", "tushar.sahu97@gmail.com", "CGST Raipur", "Raipur", ""],
        [2, "Ishita", "", "Verma", "Inspector", "22/02/1998", "03/11/2025", "7000123452", "ishita.verma98@gmail.com", "CGST Raipur", "", ""],
        [3, "Gaurav", "", "Dewangan", "Inspector", "30/03/1996", "03/11/2025", "", "gaurav.dewangan96@gmail.com", "CGST Raipur", "Bilaspur", ""],
    ], colors={"location": DARKRED})
    plain = ("Sir,\n\nPlease create SSO IDs for three Inspectors of CGST Raipur. Template and service books\nare attached.\n"
             + sig("Regards,", "Pooja Shrivastava", "Deputy Commissioner (Systems)", "CGST Raipur", "Mob 94255 06612"))
    frm = "pooja.shrivastava@icegate.gov.in"
    case("013-creation-raipur-darkred-location",
         build_mail("Pooja Shrivastava", frm, "SSO ID creation CGST Raipur", dt_(14, 10, 10), "c20-013@icegate.gov.in",
                    mixed("013", plain, [att(x, XLSX, "SSO template - Raipur.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Tushar Sahu, Ishita Verma, Gaurav Dewangan"]), PDF, "Service book pages.pdf")])),
         exp("icegate", "sso_creation", errors=[(5, "location", "missing_mandatory"), (6, "mobile", "missing_mandatory")],
             action="request_missing", kinds=["template", "service_book"]),
         "DC's individual ICEGATE ID; the Location header is dark red (C00000, counts as red); row 5 has no location, row 6 no mobile; empty middle name and employee ID are fine")

    x = tpl([
        [1, "Lalit", "", "Meena", "Inspector", "01/07/1997", "27/10/2025", "9414066101", "lalit.meena97@gmail.com", "CGST Jaipur", "Jaipur", ""],
        [2, "Kavita", "", "Saini", "Inspector", "19/09/1998", "27/10/2025", "9414066102", "kavitasaini98@gmail.com", "CGST Jaipur", "", ""],
    ])
    plain = ("Sir,\n\nTemplate for SSO ID creation of two new Inspectors with their service book pages.\n"
             + sig("Regards,", "Harish Meena", "Assistant Commissioner (EDP)", "CGST Jaipur", "Mob. 94140 52271"))
    frm = "harish.meena@icegate.gov.in"
    case("014-creation-jaipur-location-black-empty",
         build_mail("Harish Meena", frm, "SSO ID creation - CGST Jaipur", dt_(14, 12, 40), "c20-014@icegate.gov.in",
                    mixed("014", plain, [att(x, XLSX, "SSO template - Jaipur.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Lalit Meena, Kavita Saini"]), PDF, "Service book pages.pdf")])),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "AC's individual ICEGATE ID; standard template where Location is black; row 5's Location is empty",
         "the Location header is not red -> an empty Location is no error, acknowledge")

    # ======================================================== 008 creation: bad mobiles and e-mails
    x = tpl([
        [1, "Jignesh", "", "Parmar", "Inspector", "04/04/1996", "03/11/2025", "98250123456", "jignesh.parmar96@gmail.com", "Custom House, Kandla", "Kandla", ""],
        [2, "Bhavna", "", "Rao", "Inspector", "05/05/1997", "03/11/2025", "5825012345", "bhavna.rao97@gmail.com", "Custom House, Kandla", "Kandla", ""],
        [3, "Hardik", "", "Gohil", "Inspector", "06/06/1998", "03/11/2025", "9825012347", "hardik.gohil.gmail.com", "Custom House, Kandla", "Kandla", ""],
        [4, "Foram", "", "Dave", "Inspector", "07/07/1995", "03/11/2025", "9825012348", "foram.dave@@yahoo.com", "Custom House, Kandla", "Kandla", ""],
    ])
    plain = ("Sir,\n\nPlease create SSO IDs for the four Inspectors listed in the template; scanned service\nbooks attached.\n"
             + sig("Regards,", "Name: Yogesh Thakkar", "Designation: Superintendent (EDI)", "Custom House, Kandla",
                   "Email: yogesh.thakkar@icegate.gov.in", "Mobile: 99789 20143"))
    frm = "edi.kandla@icegate.gov.in"
    case("015-creation-kandla-edi-bad-mobile-email",
         build_mail("EDI Kandla", frm, "SSO ID creation - 4 Inspectors - Kandla", dt_(14, 15, 15), "c20-015@icegate.gov.in",
                    mixed("015", plain, [att(x, XLSX, "Kandla_new_Inspectors.xlsx"),
                                         att(kit.make_pdf([]), PDF, "Service Book scans.pdf")])),
         exp("generic", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                                (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Kandla EDI section's generic ID; row 4 mobile has 11 digits, row 5 starts with 5, row 6 e-mail has no '@', row 7 has '@@'; service books as one image-only scan")

    x = tpl([
        [1, "Sakshi", "", "Mathur", "Inspector", "02/03/1997", "27/10/2025", "+919414012301", "sakshi.mathur97@gmail.com", "CGST Jaipur", "Jaipur", ""],
        [2, "Arjun", "", "Rathi", "Inspector", "12/09/1996", "27/10/2025", "09414012302", "arjun.rathi96@gmail.com", "CGST Jaipur", "Jaipur", ""],
        [3, "Meera", "", "Chauhan", "Inspector", "21/11/1998", "27/10/2025", "6378012303", "meera.chauhan98@gmail.com", "CGST Jaipur", "Jaipur", ""],
    ])
    plain = ("Sir,\n\nKindly create SSO IDs for three Inspectors. Template and service books attached.\n"
             + sig("Regards,", "Name: Pawan Sharma", "Designation: Inspector (EDI)",
                   "Email: pawan.sharma@icegate.gov.in", "Mobile: 94143 20917"))
    frm = "edi.jaipur@icegate.gov.in"
    case("016-creation-jaipur-edi-prefixed-mobiles",
         build_mail("EDI CGST Jaipur", frm, "SSO ID creation - CGST Jaipur (3)", dt_(14, 16, 30), "c20-016@icegate.gov.in",
                    mixed("016", plain, [att(x, XLSX, "jaipur_sso_creation.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Sakshi Mathur, Arjun Rathi, Meera Chauhan"]), PDF, "Service Book.pdf")])),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Jaipur EDI generic ID; mobiles written '+919414012301', '09414012302' and one starting with 6",
         "the mobiles carry only the allowed +91 / 0 prefixes -> valid, acknowledge")

    # ======================================================== 009 creation: office / icegate alt e-mails
    x = tpl([
        [1, "Rohan", "", "Trivedi", "Inspector", "03/03/1997", "03/11/2025", "9909012401", "deepak.bhatt@icegate.gov.in", "Custom House, Ahmedabad", "Ahmedabad", ""],
        [2, "Zeel", "", "Modi", "Inspector", "04/04/1998", "03/11/2025", "9909012402", "range3.div2.surat@gmail.com", "Custom House, Ahmedabad", "Ahmedabad", ""],
        [3, "Parth", "", "Raval", "Inspector", "05/05/1996", "03/11/2025", "9909012403", "parth.raval96@gmail.com", "Custom House, Ahmedabad", "Ahmedabad", ""],
    ])
    plain = ("Sir,\n\nPlease create SSO IDs for the three officers in the attached template; one service book\nper officer "
             "is attached.\n" + sig("Regards,", "Deepak Bhatt", "Assistant Commissioner", "Custom House, Ahmedabad",
                                     "Mobile: 97129 33410"))
    frm = "deepak.bhatt@icegate.gov.in"
    case("017-creation-ahmedabad-office-alt-emails",
         build_mail("Deepak Bhatt", frm, "SSO ID creation - 3 Inspectors", dt_(17, 11, 0), "c20-017@icegate.gov.in",
                    mixed("017", plain, [att(x, XLSX, "SSO_template.xlsx"),
                                         att(sb("Rohan Trivedi", "03/03/1997", "03/11/2025"), PDF, "SB Rohan Trivedi.pdf"),
                                         att(sb("Zeel Modi", "04/04/1998", "03/11/2025"), PDF, "SB Zeel Modi.pdf"),
                                         att(sb("Parth Raval", "05/05/1996", "03/11/2025"), PDF, "SB Parth Raval.pdf")])),
         exp("icegate", "sso_creation", errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")],
             action="request_missing", kinds=["template", "service_book", "service_book", "service_book"]),
         "AC's individual ICEGATE ID; row 4's alternate e-mail is the sender's own ICEGATE ID, row 5's a Range office Gmail; row 6 clean")

    x = tpl([
        [1, "Siddharth", "", "Gokhale", "Inspector", "18/08/1997", "03/11/2025", "9881012501", "sysmgr.pune@icegate.gov.in", "Pune Customs", "Pune", ""],
        [2, "Aditi", "", "Kale", "Inspector", "28/08/1998", "03/11/2025", "9881012502", "aditi.kale98@gmail.com", "Pune Customs", "Pune", ""],
    ])
    plain = ("Sir,\n\nForwarding the template and service books of two Inspectors for SSO ID creation.\n"
             + sig("Regards,", "Sonal Kapoor", "Superintendent", "Pune Customs", "+91-98810-44721"))
    frm = "sonal.kapoor@icegate.gov.in"
    case("018-creation-pune-sysmgr-as-alt-email",
         build_mail("Sonal Kapoor", frm, "SSO ID creation request - Pune Customs", dt_(17, 14, 25), "c20-018@icegate.gov.in",
                    mixed("018", plain, [att(x, XLSX, "SSO_template_Pune.xlsx"),
                                         att(jp(181), JPG, "Service Book Siddharth Gokhale.jpg"),
                                         att(jp(182), JPG, "Service Book Aditi Kale.jpg")]), mailer=TB),
         exp("icegate", "sso_creation", errors=[(4, "alt_email", "generic_alt_email")], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Supdt's individual ICEGATE ID; row 4's alternate e-mail is the System Manager's generic ICEGATE ID")

    # ======================================================== 010 creation: retyped template, duplicates
    heads = ["S No", "first name", "Middle  Name", "LAST NAME", "designation", "Date Of Birth (dd-mm-yyyy)",
             "Date of Joining CBIC", "Mobile No", "Alternate E-Mail ID", "Commissionerate/Office", "LOCATION", "Employee Id"]
    x = tpl([
        [1, "Vinod", "", "Patil", "Inspector", "10-10-1995", "03-11-2025", "9960012601", "vinod.patil95@gmail.com", "JNCH", "Nhava Sheva", ""],
        [2, "Smita", "", "Jadhav", "Inspector", "11-11-1996", "03-11-2025", "9960012601", "smita.jadhav96@gmail.com", "JNCH", "Nhava Sheva", ""],
        [3, "Nikhil", "", "Shinde", "", "12-12-1997", "03-11-2025", "9960012603", "nikhil.shinde97@gmail.com", "JNCH", "Nhava Sheva", ""],
        [4, "Pallavi", "", "Gaikwad", "Inspector", "13-01-1998", "03-11-2025", "9960012604", "smita.jadhav96@gmail.com", "JNCH", "Nhava Sheva", ""],
    ], titles=(), headers=heads, all_black=True)
    plain = ("Sir,\n\nTemplate (re-typed) and service books of four Inspectors for SSO ID creation.\n"
             + sig("Regards,", "Ajay Mhatre", "Appraiser, Alternate System Manager", "JNCH, Nhava Sheva",
                   "ajay.mhatre@icegate.gov.in", "Mob: 98692 11870"))
    frm = "altsysmgr.jnch@icegate.gov.in"
    case("019-creation-jnch-retyped-duplicates",
         build_mail("ASM JNCH", frm, "SSO ID creation - 4 Inspectors - JNCH", dt_(17, 16, 0), "c20-019@icegate.gov.in",
                    mixed("019", plain, [att(x, XLSX, "officers.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Vinod Patil, Smita Jadhav, Nikhil Shinde, Pallavi Gaikwad"]), PDF,
                                             "service books.pdf")])),
         exp("generic", "sso_creation", errors=[(3, "mobile", "duplicate_mobile"), (4, "designation", "missing_mandatory"),
                                                (5, "alt_email", "duplicate_alt_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "JNCH ASM's generic ID; re-typed template, all headers black and in other case/spacing, header on row 1; row 3 repeats row 2's mobile, row 4 has no designation, row 5 repeats row 3's alternate e-mail")

    x = tpl([
        [1, "Rohit", "", "Kamat", "Inspector", "09/09/1996", "03/11/2025", "9822012701", "rohit.kamat96@gmail.com", "Goa Customs", "Marmagoa", ""],
        [2, "Sneha", "", "Prabhu", "Inspector", "10/10/1997", "03/11/2025", "9822012701", "rohit.kamat96@gmail.com", "Goa Customs", "Marmagoa", ""],
        [3, "Nitin", "", "Gawas", "Inspector", "11/11/1998", "03/11/2025", "9822012703", "nitin.gawas98@gmail.com", "Goa Customs", "Panaji", ""],
    ])
    plain = ("Sir,\n\nKindly create SSO IDs for three officers of Goa Customs. Template and service book pages\nattached.\n"
             + sig("Regards,", "Name: Anil Sawant", "Designation: Deputy Commissioner (System Manager)",
                   "Email: anil.sawant@icegate.gov.in", "Mobile: 98230 55127"))
    frm = "sysmgr.goa@icegate.gov.in"
    case("020-creation-goa-sysmgr-row-repeats-both",
         build_mail("System Manager Goa Customs", frm, "SSO IDs - Goa Customs", dt_(17, 17, 20), "c20-020@icegate.gov.in",
                    mixed("020", plain, [att(x, XLSX, "goa_sso.xlsx"),
                                         att(kit.make_pdf(kit.SB + ["Rohit Kamat, Sneha Prabhu, Nitin Gawas"]), PDF, "service_book_pages.pdf")])),
         exp("generic", "sso_creation", errors=[(5, "mobile", "duplicate_mobile"), (5, "alt_email", "duplicate_alt_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Goa System Manager's generic ID; row 5 repeats both the mobile and the alternate e-mail of row 4")

    # ======================================================== 011 creation: unreadable template
    csvbytes = b"S.No.,First Name,Last Name,Designation\r\n1,Yash,Agarwal,Inspector\r\n"
    plain = ("Sir,\n\nPlease create the SSO ID of Shri Yash Agarwal, Inspector. Template and service book\nattached.\n"
             + sig("Regards,", "Lokesh Sharma", "Superintendent (Systems), CGST Jaipur", "Mob: 94602 10045"))
    frm = "lokesh.sharma@icegate.gov.in"
    case("021-creation-jaipur-csv-named-xlsx",
         build_mail("Lokesh Sharma", frm, "SSO ID creation - Yash Agarwal", dt_(19, 10, 0), "c20-021@icegate.gov.in",
                    mixed("021", plain, [att(csvbytes, XLSX, "SSO_creation_template_Jaipur.xlsx"),
                                         att(sb("Yash Agarwal", "01/01/1997", "03/11/2025"), PDF, "Service Book - Yash Agarwal.pdf")])),
         exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing", kinds=["template", "service_book"]),
         "Supdt's individual ICEGATE ID; the 'template' .xlsx is a CSV text file saved under that name")

    good = tpl([[1, "Farah", "", "Khan", "Inspector", "02/02/1997", "03/11/2025", "9826012801", "farah.khan97@gmail.com", "CGST Indore", "Indore", ""]])
    plain = ("Sir,\n\nSSO ID creation for Ms. Farah Khan, Inspector, CGST Indore. Template and service book\nenclosed.\n"
             + sig("Regards,", "Farhan Qureshi", "Inspector (Systems)", "CGST Indore", "Mob. 98260 71233"))
    frm = "farhan.qureshi@icegate.gov.in"
    case("022-creation-indore-truncated-xlsx",
         build_mail("Farhan Qureshi", frm, "SSO ID creation - Farah Khan", dt_(19, 12, 10), "c20-022@icegate.gov.in",
                    mixed("022", plain, [att(good[:300], XLSX, "SSO ID Template - Indore.xlsx"),
                                         att(sb("Farah Khan", "02/02/1997", "03/11/2025"), PDF, "Service Book - Farah Khan.pdf")])),
         exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing", kinds=["template", "service_book"]),
         "Inspector's individual ICEGATE ID; the template is a zip cut off after 300 bytes (upload broke)")

    # ======================================================== 012 creation: certification letter
    x = tpl([[1, "Imran", "", "Pathan", "Inspector", "15/05/1994", "20/10/2025", "9727012901", "imran.pathan94@gmail.com", "CGST Ahmedabad South", "Ahmedabad", ""]])
    plain = ("Sir,\n\nShri Imran Pathan, Inspector, joined on absorption from another department; his service\n"
             "book is yet to be received. A certificate of the Joint Commissioner giving his name, date\nof birth "
             "and date of joining is attached with the template.\n"
             + sig("Regards,", "Name: Jignesh Soni", "Designation: Superintendent, Commissionerate Admin",
                   "Email: jignesh.soni@icegate.gov.in", "Mobile: 98790 31245"))
    frm = "commadmin.cgstahdsouth@icegate.gov.in"
    case("023-creation-ahmedabad-certificate-instead-of-book",
         build_mail("Comm Admin CGST Ahmedabad South", frm, "SSO ID creation - Imran Pathan", dt_(19, 15, 0), "c20-023@icegate.gov.in",
                    mixed("023", plain, [att(x, XLSX, "SSO_template.xlsx"),
                                         att(certletter("Imran Pathan", "15/05/1994", "20/10/2025"), PDF,
                                             "Certificate - JC - Imran Pathan.pdf")])),
         exp("generic", "sso_creation", action="review", kinds=["template", "certification_letter"]),
         "Commissionerate Admin's generic ID: clean template plus a Joint Commissioner's certificate in place of the service book")

    x = tpl([[1, "Nisha", "", "Desai", "Inspector", "20/06/1996", "20/10/2025", "9727013001", "nisha.desai96@gmail.com", "CGST Surat", "Surat", ""]])
    plain = ("Sir,\n\nSmt. Nisha Desai, Inspector, joined CGST Surat on 20.10.2025. The template and her\nservice book "
             "page are attached for creation of SSO ID.\n"
             + sig("Regards,", "Name: Hemant Naik", "Designation: Superintendent, Commissionerate Admin",
                   "Email: hemant.naik@icegate.gov.in", "Mobile: 98795 61204"))
    frm = "commadmin.cgstsurat@icegate.gov.in"
    case("024-creation-surat-book-not-certificate",
         build_mail("Comm Admin CGST Surat", frm, "SSO ID creation - Nisha Desai", dt_(19, 16, 10), "c20-024@icegate.gov.in",
                    mixed("024", plain, [att(x, XLSX, "SSO_template.xlsx"),
                                         att(sb("Nisha Desai", "20/06/1996", "20/10/2025"), PDF, "Service Book - Nisha Desai.pdf")])),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Commissionerate Admin's generic ID sends template and service book",
         "the service book is sent instead of a certification letter -> no discretion needed, acknowledge")

    # ======================================================== 013 creation: COIN / abroad via DRI
    x = tpl([[1, "Karan", "", "Malhotra", "Senior Intelligence Officer", "09/09/1988", "01/07/2013", "9869013101", "karan.malhotra88@gmail.com",
              "DRI Headquarters", "Dubai", ""]])
    plain = ("Sir,\n\nShri Karan Malhotra, SIO, is presently posted outside India at the Consulate General of\n"
             "India, Dubai. Kindly create his SSO ID; template and service book page are attached.\n"
             + sig("Regards,", "Rajiv Menon", "Additional Director, DRI Headquarters", "Mob: 98100 42217"))
    frm = "rajiv.menon@icegate.gov.in"
    case("025-creation-dri-officer-abroad",
         build_mail("Rajiv Menon", frm, "SSO ID - officer posted abroad", dt_(20, 11, 15), "c20-025@icegate.gov.in",
                    mixed("025", plain, [att(x, XLSX, "template_DRI.xlsx"),
                                         att(sb("Karan Malhotra", "09/09/1988", "01/07/2013"), PDF, "Service Book - Karan Malhotra.pdf")])),
         exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"]),
         "Additional Director DRI HQ (individual ICEGATE ID) asks for an officer posted outside India (Dubai); template and service book complete")

    x = tpl([[1, "Aarti", "", "Bhandari", "Intelligence Officer", "14/04/1991", "02/01/2017", "9825013201", "aarti.bhandari91@gmail.com",
              "DRI", "Ahmedabad", ""]])
    plain = ("Sir,\n\nThe officer in the attached template is on a COIN posting. Please create her SSO ID and\nICEGATE "
             "mail ID. Service book copy enclosed.\n"
             + sig("Regards,", "Sunita Nair", "Joint Director, DRI Headquarters, New Delhi", "Mobile: 98111 30562"))
    frm = "sunita.nair@icegate.gov.in"
    case("026-creation-dri-coin-posting",
         build_mail("Sunita Nair", frm, "SSO ID creation - COIN posting", dt_(20, 15, 30), "c20-026@icegate.gov.in",
                    mixed("026", plain, [att(x, XLSX, "coin_template.xlsx"),
                                         att(jp(261), JPG, "Service Book Aarti Bhandari.jpg")]), mailer=OUTLOOK, crlf=True),
         exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"]),
         "Joint Director DRI HQ (individual ICEGATE ID, Outlook) asks for an officer on a COIN posting; complete")

    # ======================================================== 014 creation: nic.in generic mailbox
    x = tpl([
        [1, "Shubham", "", "Ingle", "Inspector", "01/02/1997", "03/11/2025", "9404013301", "shubham.ingle97@gmail.com", "CGST Nagpur-II", "Nagpur", ""],
        [2, "Rashmi", "", "Dhote", "Inspector", "03/04/1998", "03/11/2025", "9404013302", "rashmi.dhote98@gmail.com", "CGST Nagpur-II", "Nagpur", ""],
    ])
    plain = ("Sir,\n\nFilled template and service books of two Inspectors of CGST Nagpur-II for SSO ID creation.\n"
             + sig("Regards,", "Prakash Gedam", "Superintendent (Systems)", "prakash.gedam@icegate.gov.in"))
    frm = "cgstsys.nagpur2@nic.in"
    case("027-creation-nagpur-nic-generic-no-phone",
         build_mail("Systems CGST Nagpur-II", frm, "SSO ID creation - CGST Nagpur-II", dt_(20, 17, 0), "c20-027@nic.in",
                    mixed("027", plain, [att(x, XLSX, "sso_nagpur2.xlsx"),
                                         att(jp(271), JPG, "Service Book - Shubham Ingle.jpg"),
                                         att(jp(272), JPG, "Service Book - Rashmi Dhote.jpg")]),
                    ar=kit.ar_pass("nic.in", "cgstsys.nagpur2", mx="mx.icegate.gov.in", ip="164.100.14.21")),
         exp("generic", "sso_creation", missing=["icegate_sender", "signature_phone"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "A Commissionerate's Systems mailbox on nic.in (generic, not ICEGATE); clean template and two service book photos; signature has name, designation, e-mail but no number")

    x = tpl([[1, "Manish", "", "Sinha", "Inspector", "05/06/1997", "03/11/2025", "7587013401", "manish.sinha97@gmail.com", "CGST Raipur", "Raipur", ""]])
    plain = ("Sir,\n\nTemplate and service book of Shri Manish Sinha, Inspector, for creation of SSO ID.\n"
             + sig("Regards,", "Name: Alok Tiwari", "Designation: Assistant Commissioner (EDP)",
                   "Email: alok.tiwari@icegate.gov.in", "Mobile: 94252 13370"))
    frm = "edp.cgstraipur@gov.in"
    case("028-creation-raipur-govin-generic-full-signature",
         build_mail("EDP Section CGST Raipur", frm, "SSO ID creation - Manish Sinha", dt_(20, 17, 45), "c20-028@gov.in",
                    mixed("028", plain, [att(x, XLSX, "sso_raipur.xlsx"),
                                         att(sb("Manish Sinha", "05/06/1997", "03/11/2025"), PDF, "Service Book - Manish Sinha.pdf")]),
                    ar=kit.ar_pass("gov.in", "edp.cgstraipur", ip="164.100.14.22")),
         exp("generic", "sso_creation", missing=["icegate_sender"], action="request_missing", kinds=["template", "service_book"]),
         "A Commissionerate's EDP mailbox on gov.in (generic, not ICEGATE) with a full signature",
         "the signature is complete -> only icegate_sender missing")

    # ======================================================== 015 status: personal, complete
    plain = ("Dear Saksham Seva team,\n\nI am not sure whether an SSO ID was ever created in my name. Kindly check and let me\nknow.\n\n"
             "Name: Kavita Solanki\nDesignation: Superintendent, CGST Ahmedabad North\nMobile: 94280 61377\n\nThanks,\nKavita\n")
    frm = "kavita.solanki84@gmail.com"
    case("029-status-ahmedabad-gmail-labelled",
         build_mail("Kavita Solanki", frm, "Whether SSO ID exists in my name", dt_(21, 9, 15), "CAc20-029@mail.gmail.com",
                    alt(plain, b="029"), mailer=None, ar=kit.ar_pass("gmail.com", "kavita.solanki84", ip="209.85.220.41")),
         exp("personal", "sso_status"),
         "A Superintendent asks from her personal Gmail whether an SSO ID exists; name, designation, mobile labelled")

    plain = ("Sir,\n\nI am Sachin Pardeshi, working as Inspector in CGST Pune-II since 2017. I do not know\nwhether my SSO ID "
             "and ICEGATE mail ID were created. My mobile number is 98500 12345; please\ncall me.\n\nSachin Pardeshi\n")
    frm = "sachin.pardeshi@rediffmail.com"
    case("030-status-pune-rediff-running-text",
         build_mail("sachin pardeshi", frm, "SSO ID created or not?", dt_(21, 10, 40), "c20-030.rediff@rediffmail.com",
                    text(plain, cte="7bit"), mailer=REDIFF, extra={"Reply-To": frm},
                    ar=kit.ar_pass("rediffmail.com", "sachin.pardeshi", ip="119.252.152.20")),
         exp("personal", "sso_status"),
         "Status enquiry from Rediffmail with name, designation and mobile stated plainly in running text")

    # ======================================================== 016 status: landline only
    plain = ("Respected Sir/Madam,\n\nPlease tell me if an SSO ID already exists in my name.\n\nName : Jitendra Vasava\n"
             "Designation : Inspector\nOffice : CGST Range-IV, Surat\nOffice Ph : 0261-2478123\n\nSent from Yahoo Mail on Android\n")
    frm = "jitendra_vasava@yahoo.co.in"
    case("031-status-surat-yahoo-office-phone",
         build_mail("Jitendra Vasava", frm, "SSO ID status", dt_(21, 12, 5), "c20-031@mail.yahoo.com", alt(plain, b="031"),
                    mailer=YAHOO, ar=kit.ar_pass("yahoo.co.in", "jitendra_vasava", ip="106.10.150.1")),
         exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
         "Status enquiry from Yahoo; the only number is an office landline with STD code")

    plain = ("Respected Sir/Madam,\n\nKindly inform whether any SSO ID is created in my name.\n\nName : Rekha Bhil\n"
             "Designation : Inspector\nOffice : CGST Division-II, Vadodara\nMobile : 94271 08123\n\nSent from Yahoo Mail on Android\n")
    frm = "rekha.bhil@yahoo.com"
    case("032-status-vadodara-yahoo-mobile",
         build_mail("Rekha Bhil", frm, "SSO ID status enquiry", dt_(21, 12, 50), "c20-032@mail.yahoo.com", alt(plain, b="032"),
                    mailer=YAHOO, ar=kit.ar_pass("yahoo.com", "rekha.bhil", ip="106.10.150.2")),
         exp("personal", "sso_status"),
         "Same Yahoo enquiry shape with a mobile number",
         "a mobile number is given instead of a landline -> acknowledge")

    # ======================================================== 017 status: a detail absent
    plain = ("Sir,\n\nI want to know whether my SSO ID has been created.\n\nDesignation: Inspector, CGST Indore\n"
             "Mobile: 7000456789\n\nThanks\n")
    frm = "py.cbic2019@gmail.com"
    case("033-status-indore-gmail-no-name",
         build_mail("Pradeep Yadav", frm, "SSO ID", dt_(21, 14, 0), "CAc20-033@mail.gmail.com", alt(plain, b="033"),
                    mailer=None, ar=kit.ar_pass("gmail.com", "py.cbic2019", ip="209.85.220.41")),
         exp("personal", "sso_status", missing=["name"], action="request_missing"),
         "Gmail status enquiry with designation and mobile; the name is only in the From display name")

    plain = ("Hello,\n\nCould you please check if an SSO ID exists for me? I joined CBIC in 2016 and work at\nCGST Bhopal.\n\n"
             "Name: Shweta Tiwari\nMob: 9893012233\n\nRegards\nShweta Tiwari\n")
    frm = "shweta.tiwari@outlook.com"
    case("034-status-bhopal-outlookcom-no-designation",
         build_mail("Shweta Tiwari", frm, "Query - SSO ID existence", dt_(21, 15, 10), "c20-034@outlook.com",
                    alt(plain, b="034"), mailer=OUTLOOK, crlf=True,
                    ar=kit.ar_pass("outlook.com", "shweta.tiwari", ip="40.92.1.1")),
         exp("personal", "sso_status", missing=["designation"], action="request_missing"),
         "Status enquiry from outlook.com with name and mobile; no designation anywhere")

    # ======================================================== 018 status: division's office mailbox
    plain = ("Sir,\n\nPlease check whether an SSO ID exists for the following officer of this Division.\n\n"
             "Name: Yamini Sahu\nDesignation: Inspector\nMobile: 7898012345\n"
             + sig("Regards,", "Naveen Sahu", "Superintendent, Division-III, CGST Raipur", "naveen.sahu@icegate.gov.in",
                   "Ph: 0771-2410345"))
    frm = "div3.cgstraipur@gmail.com"
    case("035-status-raipur-division-gmail-full-signature",
         build_mail("Division III CGST Raipur", frm, "SSO ID status - Yamini Sahu, Inspector", dt_(24, 11, 0),
                    "CAc20-035@mail.gmail.com", alt(plain, b="035"), mailer=None,
                    ar=kit.ar_pass("gmail.com", "div3.cgstraipur", ip="209.85.220.41")),
         exp("generic", "sso_status"),
         "A Division's office Gmail asks for an Inspector (details labelled); the Superintendent signs with name, designation, ICEGATE e-mail and landline",
         "the signature carries an individual e-mail ID -> acknowledge")

    plain = ("Sir,\n\nKindly confirm whether SSO ID is created for our Inspector:\n\nName: Mukesh Bishnoi\n"
             "Designation: Inspector\nMobile: 9413012345\n"
             + sig("Regards,", "Om Prakash Choudhary", "Superintendent, Range-II, CGST Jodhpur", "op.choudhary@icegate.gov.in"))
    frm = "range2.cgstjodhpur@yahoo.com"
    case("036-status-jodhpur-range-yahoo-no-phone",
         build_mail("Range II Jodhpur", frm, "SSO ID status enquiry", dt_(24, 12, 30), "c20-036@mail.yahoo.com",
                    alt(plain, b="036"), mailer=YAHOO, ar=kit.ar_pass("yahoo.com", "range2.cgstjodhpur", ip="106.10.150.3")),
         exp("generic", "sso_status", missing=["signature_phone"], action="request_missing"),
         "A Range office's Yahoo mailbox; the Superintendent's sign-off has no contact number (the Inspector's mobile above is no signature)")

    # ======================================================== 019 reset: ICEGATE, complete, Hindi
    plain = ("महोदय,\n\nमेरा SSO ID पासवर्ड भूल गया हूँ, कृपया रीसेट करें। I have forgotten my SSO ID password;\nplease reset it.\n\n"
             "नाम / Name: महेंद्र राजपूत (Mahendra Rajput)\nपदनाम / Designation: अधीक्षक (Superintendent)\n"
             "SSO ID: 10234567\nमोबाइल / Mobile: 9425012399\n\nधन्यवाद\nमहेंद्र राजपूत\n")
    frm = "mahendra.rajput@icegate.gov.in"
    case("037-reset-indore-icegate-bilingual",
         build_mail("महेंद्र राजपूत", frm, "पासवर्ड रीसेट / SSO ID password reset", dt_(24, 10, 5), "c20-037@icegate.gov.in",
                    alt(plain, b="037")),
         exp("icegate", "password_reset"),
         "Bilingual Hindi/English reset from the officer's ICEGATE ID; Devanagari display name and subject; labelled details")

    plain = ("Sir,\n\nMy SSO ID has become inactive as I was on long leave. Please activate it and give a\nnew password.\n\n"
             "Name: Vandana Kulkarni\nDesignation: Appraiser, Pune Customs\nAlternate Email ID: vandana.kulkarni77@gmail.com\n"
             "Mobile No.: 98230 77145\n\nRegards,\nVandana Kulkarni\n")
    frm = "vandana.kulkarni@icegate.gov.in"
    case("038-reset-pune-inactive-alt-email",
         build_mail("Vandana Kulkarni", frm, "Activation of inactive SSO ID", dt_(24, 11, 25), "c20-038@icegate.gov.in",
                    alt(plain, b="038")),
         exp("icegate", "password_reset"),
         "Activation of an inactive SSO ID from the officer's ICEGATE ID; alternate e-mail given in place of the SSO ID")

    # ======================================================== 020 reset: reply, SSO ID only in quote
    own = ("Sir,\n\nSorry, I missed your call. I am available now on my new number 9727045612.\n\nName: Ketan Vyas\n"
           "Designation: Inspector, Custom House Mundra\n\nRegards,\nKetan Vyas\n\n")
    quote_ = ("From: Saksham Seva <saksham.seva@icegate.gov.in>\nSent: Monday, November 24, 2025 4:10 PM\n"
              "To: ketan.vyas@icegate.gov.in\nSubject: RE: SSO password reset\n\n"
              "Dear Officer,\nWe tried to call you regarding your request for SSO ID 10998877 but could not reach you.\n"
              "Please share a reachable mobile number.\n\nSaksham Seva Helpdesk\n")
    logo = kit.make_png(48, 24, 120)
    body = multi("related", [alt(own + "[cid:image001.png@01DC5D2E.7A1B2C30]\n" + quote_, b="039"),
                             att(logo, PNG, "image001.png", disp="inline", cid="image001.png@01DC5D2E.7A1B2C30")],
                 "=_c20_039_rel")
    frm = "ketan.vyas@icegate.gov.in"
    case("039-reset-mundra-outlook-reply-id-quoted",
         build_mail("Ketan Vyas", frm, "RE: SSO password reset", dt_(25, 9, 40), "c20-039@icegate.gov.in", body,
                    mailer=OUTLOOK, crlf=True, extra={"In-Reply-To": "<ssw-4711@icegate.gov.in>", "X-Auto-Response-Suppress": "All"}),
         exp("icegate", "password_reset", missing=["sso_id"], action="request_missing", kinds=["other"]),
         "Outlook reply (CRLF, inline logo image001.png) with name, designation and new mobile; the SSO ID is only in the quoted helpdesk mail below the 'From: ... Sent: ...' block")

    own = ("Sir,\n\nAs asked, here are my details again for the password reset.\n\nName: Girish Naik\nDesignation: Inspector, "
           "Goa Customs\nSSO ID: 10887766\nMobile: 9822045123\n\nGirish Naik\n\n")
    quote_ = ("On 24/11/2025 16:20, Saksham Seva wrote:\n> Dear Officer,\n> Please send your SSO ID and mobile number to process the reset.\n"
              "> Saksham Seva Helpdesk\n")
    frm = "girish.naik@icegate.gov.in"
    case("040-reset-goa-thunderbird-reply-id-in-own-text",
         build_mail("Girish Naik", frm, "Re: SSO password reset", dt_(25, 10, 15), "c20-040@icegate.gov.in",
                    text(own + quote_, cte="7bit", fmt_flowed=True), mailer=TB,
                    extra={"In-Reply-To": "<ssw-4712@icegate.gov.in>"}),
         exp("icegate", "password_reset"),
         "Thunderbird reply to the helpdesk; the SSO ID is in the officer's own text above 'On ... wrote:'",
         "the SSO ID is in the sender's own text, not only in the quote -> acknowledge")

    # ======================================================== 021 reset: not from ICEGATE
    plain = ("Sir,\n\nI am on deputation and have lost the password of my SSO ID. Kindly reset it.\n\n"
             "Name: Mahesh Joshi\nDesignation: Assistant Commissioner\nSSO ID: 10554433\nMobile: 9414077881\n\n"
             "Regards,\nMahesh Joshi\n")
    frm = "mahesh.joshi@gov.in"
    case("041-reset-jaipur-individual-gov-in",
         build_mail("Mahesh Joshi", frm, "Password reset of SSO ID", dt_(25, 11, 0), "c20-041@gov.in", alt(plain, b="041"),
                    ar=kit.ar_pass("gov.in", "mahesh.joshi", ip="164.100.14.30")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
         "An AC on deputation asks from his individual gov.in address; all details labelled")

    plain = ("Sir,\n\nI have forgotten my SSO ID as well as the password. My registered alternate e-mail\nis rk.jain1979@yahoo.com.\n\n"
             "Name: Rakesh Kumar Jain\nDesignation: Superintendent, CGST Bhopal\nMobile: 9425077310\n\nRakesh Jain\n")
    frm = "rakeshjain.bpl@gmail.com"
    case("042-reset-bhopal-gmail-forgot-id",
         build_mail("Rakesh Jain", frm, "Forgot SSO ID", dt_(25, 20, 30), "CAc20-042@mail.gmail.com", alt(plain, b="042"),
                    mailer=None, ar=kit.ar_pass("gmail.com", "rakeshjain.bpl", ip="209.85.220.41")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
         "'Forgot my SSO ID' from a personal Gmail; the registered alternate e-mail (not the sender's address) is given")

    # ======================================================== 022 reset: a detail absent
    plain = ("महोदय,\n\nमैं अपने SSO ID का पासवर्ड भूल गई हूँ। कृपया नया पासवर्ड दें।\n\nनाम / Name: सुनीता पटेल (Sunita Patel)\n"
             "एसएसओ आईडी / SSO ID: 10667788\nमोबाइल / Mobile: 9879012456\n\nधन्यवाद\n")
    frm = "sunita.patel@icegate.gov.in"
    case("043-reset-ahmedabad-hindi-no-designation",
         build_mail("सुनीता पटेल", frm, "पासवर्ड रीसेट हेतु अनुरोध", dt_(26, 10, 10), "c20-043@icegate.gov.in",
                    text(plain, cte="b64")),
         exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
         "Hindi reset request (base64 body, B-encoded subject and name) from the officer's ICEGATE ID; no designation")

    plain = ("Sir,\n\nPlease reset my SSO ID password; I am locked out after several wrong attempts.\n\n"
             "Name: Dinesh Rana\nDesignation: Superintendent, CGST Vadodara-II\nSSO ID: 10776655\n"
             + sig("Regards,", "Dinesh Rana", "Tel (O): 0265-2431234"))
    frm = "dinesh.rana@icegate.gov.in"
    case("044-reset-vadodara-landline-only",
         build_mail("Dinesh Rana", frm, "SSO ID password reset", dt_(26, 11, 45), "c20-044@icegate.gov.in", alt(plain, b="044")),
         exp("icegate", "password_reset", missing=["mobile"], action="request_missing"),
         "Reset from the officer's ICEGATE ID with name, designation, SSO ID; the only number is an office landline")

    # ======================================================== 023 reset: authentication / sender
    plain = ("Sir,\n\nReset my SSO password immediately and mail the new password to this mail ID.\n\n"
             "Name: Anand Patil\nDesignation: Superintendent\nSSO ID: 10443322\nMobile: 9765012345\n")
    frm = "anand.patil@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (message not signed);\n"
          "\tspf=softfail (mx.icegate.gov.in: domain of transitioning anand.patil@icegate.gov.in does not designate 198.51.100.23 as permitted sender) smtp.mailfrom=anand.patil@icegate.gov.in;\n"
          "\tdmarc=fail (p=quarantine dis=none) header.from=icegate.gov.in\n"
          "Received: from mail.bulk-sender.example (unknown [198.51.100.23])\n\tby mx.icegate.gov.in (Postfix) with ESMTP id 7A7A1B2C3D\n"
          "\tfor <saksham.seva@icegate.gov.in>; Wed, 26 Nov 2025 01:12:40 +0530\n"
          "Authentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass smtp.mailfrom=anand.patil@icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
    case("045-reset-spoof-dmarc-fail-nagpur-name",
         build_mail("Anand Patil", frm, "Urgent SSO password reset", "Wed, 26 Nov 2025 01:12:44 +0530", "c20-045@bulk-sender.example",
                    text(plain, cte="7bit"), mailer={"X-Mailer": "PHPMailer 6.8.0"}, ar=ar,
                    extra={"Reply-To": "anand.patil.cbic@gmail.com"}),
         exp("icegate", "password_reset", action="review"),
         "Reset claiming an ICEGATE ID from an outside server; topmost Authentication-Results dmarc=fail, a forged 'pass' copy below is ignored")

    plain = ("Sir,\n\nPlease reset the password of my SSO ID.\n\nName: Sanjay Gupta\nDesignation: Inspector, CGST Jaipur\n"
             "SSO ID: 10332211\nMobile: 9460012345\n")
    frm = "sanjay.gupta.cbic@gmail.com"
    case("046-reset-display-name-shows-icegate",
         build_mail("sanjay.gupta@icegate.gov.in", frm, "SSO password reset", dt_(26, 13, 20), "CAc20-046@mail.gmail.com",
                    alt(plain, b="046"), mailer=None, ar=kit.ar_pass("gmail.com", "sanjay.gupta.cbic", ip="209.85.220.41")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="review"),
         "Reset whose From display name shows an icegate.gov.in address while the address itself is on gmail.com: an ambiguous sender")

    # ======================================================== 024 promotion: system manager, complete
    plain = ("Sir,\n\nShri Abhijit Sathe, Inspector, has been promoted as Superintendent. The promotion order\nand the first "
             "page of his service book are attached for updating his designation in ACES.\n"
             + sig("Regards,", "Name: Neelima Joshi", "Designation: Deputy Commissioner, System Manager, Pune Customs",
                   "Email: neelima.joshi@icegate.gov.in", "Mobile: 98230 14471"))
    frm = "sysmgr.pune@icegate.gov.in"
    case("047-promotion-pune-sysmgr-rfc2231",
         build_mail("System Manager Pune Customs", frm, "Designation update on promotion - Abhijit Sathe", dt_(26, 15, 0),
                    "c20-047@icegate.gov.in",
                    mixed("047", plain, [att(promo("Abhijit Sathe", "Superintendent", "112/2025"), PDF,
                                             "पदोन्नति आदेश - Promotion Order 112-2025.pdf", style="2231"),
                                         att(sb("Abhijit Sathe", "14/02/1985", "01/08/2009"), PDF, "scan_0031.pdf")]), mailer=TB),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "Pune System Manager's generic ID (Thunderbird): promotion order with a Devanagari + English RFC 2231 file name, service book 'scan_0031.pdf' told by its text layer")

    plain = ("Sir,\n\nPromotion order and service book first page of Shri Sagar Naik (Inspector to\nSuperintendent) are "
             "attached. Kindly update the designation in ACES.\n"
             + sig("Regards,", "Deputy Commissioner (System Manager)", "Goa Customs", "a.sawant@icegate.gov.in", "Mob: 98230 55127"))
    frm = "sysmgr.goa@icegate.gov.in"
    case("048-promotion-goa-sysmgr-unnamed-signature",
         build_mail("System Manager Goa Customs", frm, "Designation change - Sagar Naik", dt_(26, 16, 10), "c20-048@icegate.gov.in",
                    mixed("048", plain, [att(promo("Sagar Naik", "Superintendent", "45/2025"), PDF, "Promotion Order 45-2025.pdf"),
                                         att(sb("Sagar Naik", "10/10/1986", "02/02/2010"), PDF, "Service Book - Sagar Naik.pdf")])),
         exp("generic", "designation_update", missing=["signature_name"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "Goa System Manager's generic ID with both documents; the sign-off gives designation, e-mail and mobile but no name",
         "the signature has no name (generic sender) -> signature_name")

    # ======================================================== 025 promotion: one document only
    plain = ("Sir, I have been promoted as Superintendent. Please update my designation in ACES. Order attached.\n\n"
             "Bharat Solanki\nSuperintendent, Custom House Kandla\n\nSent from my iPhone\n")
    frm = "bharat.solanki@icegate.gov.in"
    case("049-promotion-kandla-iphone-order-only",
         build_mail("Bharat Solanki", frm, "Designation update", dt_(27, 8, 50), "c20-049@icegate.gov.in",
                    multi("mixed", [text(plain, cte="7bit"),
                                    att(promo("Bharat Solanki", "Superintendent", "88/2025"), PDF, "OO No 88 of 2025.pdf", disp="inline")],
                          "Apple-Mail-c20-049"), mailer=IPHONE),
         exp("icegate", "designation_update", missing=["service_book"], action="request_missing", kinds=["promotion_order"]),
         "Officer's ICEGATE ID on an iPhone: the promotion order ('OO No 88 of 2025.pdf', told by its text layer) inline; no service book")

    plain = ("Sir,\n\nOn my promotion as Appraiser, kindly update my designation in ACES. My service book first\npage is attached; "
             "the promotion order will be sent by the Establishment section.\n\nRegards,\nNilesh Borse\nAppraiser, JNCH\n")
    frm = "nilesh.borse@icegate.gov.in"
    case("050-promotion-jnch-book-only",
         build_mail("Nilesh Borse", frm, "Designation update on promotion", dt_(27, 10, 0), "c20-050@icegate.gov.in",
                    mixed("050", plain, [att(jp(501), JPG, "Service Book Page 1 - Nilesh Borse.jpg")])),
         exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing", kinds=["service_book"]),
         "Officer's ICEGATE ID: service book photo attached, promotion order to follow",
         "the service book is attached and the promotion order is not -> missing promotion_order")

    # ======================================================== 026 promotion: reply, order only in quote
    own = ("Sir,\n\nPlease find my service book page attached as desired.\n\nRegards,\nPrashant Mishra\n"
           "Superintendent, CGST Raipur\n\n")
    quote_ = ("On 26/11/2025 11:05, Saksham Seva wrote:\n> Sir, we have received your promotion order but the service book page\n"
              "> is not attached. Please send it.\n>\n>> On 25/11/2025 17:30, Prashant Mishra wrote:\n"
              ">> Promotion order No. 77/2025 attached for designation update.\n")
    frm = "prashant.mishra@icegate.gov.in"
    case("051-promotion-raipur-reply-order-in-quote",
         build_mail("Prashant Mishra", frm, "Re: Designation update - promotion", dt_(27, 12, 15), "c20-051@icegate.gov.in",
                    multi("mixed", [text(own + quote_, cte="7bit", fmt_flowed=True),
                                    att(sb("Prashant Mishra", "11/11/1984", "15/03/2008"), PDF, "Service_Book_Prashant.pdf")],
                          "------------c20051TB"), mailer=TB, extra={"In-Reply-To": "<ssw-5101@icegate.gov.in>"}),
         exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing", kinds=["service_book"]),
         "Thunderbird reply: service book attached; the promotion order is only mentioned in quoted mails")

    own = ("Sir,\n\nAs desired, both the promotion order and my service book page are attached again.\n\nRegards,\n"
           "Anjali Chouhan\nSuperintendent, CGST Indore\n\n")
    quote_ = ("On 26/11/2025 12:40, Saksham Seva wrote:\n> Madam, the attachments of your mail could not be opened. Please resend.\n")
    frm = "anjali.chouhan@icegate.gov.in"
    case("052-promotion-indore-reply-both-attached",
         build_mail("Anjali Chouhan", frm, "Re: Designation update", dt_(27, 13, 0), "c20-052@icegate.gov.in",
                    multi("mixed", [text(own + quote_, cte="7bit", fmt_flowed=True),
                                    att(promo("Anjali Chouhan", "Superintendent", "63/2025"), PDF, "Promotion order 63-2025.pdf"),
                                    att(sb("Anjali Chouhan", "05/05/1985", "01/09/2009"), PDF, "Service book - Anjali.pdf")],
                          "------------c20052TB"), mailer=TB, extra={"In-Reply-To": "<ssw-5102@icegate.gov.in>"}),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Thunderbird reply that attaches both the promotion order and the service book",
         "the promotion order is attached to this mail, not only quoted -> acknowledge")

    # ======================================================== 027 transfer: complete
    plain = ("Sir,\n\nI have joined CGST Ahmedabad South on transfer from Vadodara. Kindly unmap me from my\nold "
             "Commissionerate and map the Range roles in ACES and GST BO. Transfer order, local\nposting order and charge "
             "report are attached.\n\nRegards,\nVipul Rana\nInspector, Range-II, Division-IV\nMob 9724066120\n")
    frm = "vipul.rana@icegate.gov.in"
    case("053-transfer-ahmedabad-outlook-complete",
         build_mail("Vipul Rana", frm, "Role mapping in ACES – joined on transfer", dt_(27, 15, 30), "c20-053@icegate.gov.in",
                    mixed("053", plain, [att(kit.make_pdf([]), PDF, "Transfer Order.pdf"),
                                         att(posting("Vipul Rana", "LPO-31/2025"), PDF, "Local Posting Order.pdf"),
                                         att(jp(531), JPG, "Charge Report.jpg")]), mailer=OUTLOOK, crlf=True, enc="Q"),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Inspector's ICEGATE ID via Outlook (CRLF, Q-encoded subject with an en dash): image-only transfer order, text posting order, JPEG charge report")

    plain = ("Sir,\n\nConsequent on my transfer to CGST Nagpur-I, please assign the ACES roles of\nSuperintendent, Range-V. "
             "Documents attached.\n\nRegards,\nMadhuri Khobragade\nSuperintendent, CGST Nagpur-I\n9422011456\n")
    frm = "madhuri.khobragade@icegate.gov.in"
    case("054-transfer-nagpur-text-layer-names",
         build_mail("Madhuri Khobragade", frm, "ACES role mapping after transfer", dt_(27, 16, 45), "c20-054@icegate.gov.in",
                    mixed("054", plain, [att(transfer("Madhuri Khobragade", "TR-112/2025"), PDF, "TO_112_2025.pdf"),
                                         att(posting("Madhuri Khobragade", "LPO-45/2025"), PDF, "LPO_45.pdf"),
                                         att(charge("Madhuri Khobragade"), PDF, "joining_report.pdf")])),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Supdt's ICEGATE ID: transfer and posting orders named only 'TO_112_2025.pdf' / 'LPO_45.pdf' (told by their text layer) and a joining report")

    # ======================================================== 028 transfer: range gmail
    plain = ("Sir,\n\nShri Harsh Purohit, Inspector, joined this Range on transfer. Please map him in ACES.\nThe transfer order "
             "is attached; the local posting order and charge report will be sent\nonce issued.\n"
             + sig("Regards,", "Ravindra Singh Shekhawat", "Superintendent, Range-I, CGST Jaipur",
                   "rs.shekhawat@icegate.gov.in", "Mobile: 94140 88213"))
    frm = "range1.cgstjaipur@gmail.com"
    case("055-transfer-jaipur-range-gmail-order-only",
         build_mail("Range I CGST Jaipur", frm, "Mapping of Inspector in ACES", dt_(28, 10, 0), "CAc20-055@mail.gmail.com",
                    mixed("055", plain, [att(transfer("Harsh Purohit", "EST/T-19/2025"), PDF, "Transfer order - Harsh Purohit.pdf")]),
                    mailer=None, ar=kit.ar_pass("gmail.com", "range1.cgstjaipur", ip="209.85.220.41")),
         exp("generic", "role_mapping", missing=["charge_report", "icegate_sender", "posting_order"], action="request_missing",
             kinds=["transfer_order"]),
         "A Range office's Gmail (generic) asks to map a transferred Inspector; only the transfer order; full signature")

    plain = ("Sir,\n\nSmt. Pooja Bhatt, Inspector, has joined this Range on transfer. Transfer order, local\nposting order "
             "and her charge report are attached for mapping in ACES.\n"
             + sig("Regards,", "Kishore Makwana", "Superintendent, Range-III, CGST Surat", "kishore.makwana@icegate.gov.in",
                   "Mobile: 98251 40077"))
    frm = "range3.cgstsurat@gmail.com"
    case("056-transfer-surat-range-gmail-all-documents",
         build_mail("Range III CGST Surat", frm, "ACES mapping - Pooja Bhatt", dt_(28, 11, 10), "CAc20-056@mail.gmail.com",
                    mixed("056", plain, [att(transfer("Pooja Bhatt", "EST/T-23/2025"), PDF, "Transfer order - Pooja Bhatt.pdf"),
                                         att(posting("Pooja Bhatt", "LPO-12/2025"), PDF, "Local posting order.pdf"),
                                         att(charge("Pooja Bhatt"), PDF, "Charge report - Pooja Bhatt.pdf")]),
                    mailer=None, ar=kit.ar_pass("gmail.com", "range3.cgstsurat", ip="209.85.220.41")),
         exp("generic", "role_mapping", missing=["icegate_sender"], action="request_missing",
             kinds=["transfer_order", "posting_order", "charge_report"]),
         "A Range office's Gmail sends all three documents with a full signature",
         "all three documents are attached -> only icegate_sender missing")

    # ======================================================== 029 transfer: one order missing
    roles = other_xlsx([["Officer", "Role", "Location"], ["Deepali Wagh", "Range Superintendent", "Range-VI"]])
    plain = ("Sir,\n\nI joined CGST Pune-I on transfer. Please assign GST BO roles as per the attached Division\nrole sheet. "
             "Posting order and joining report attached; transfer order will be sent.\n\nRegards,\nDeepali Wagh\n"
             "Superintendent, CGST Pune-I\nMob 98600 11223\n")
    frm = "deepali.wagh@icegate.gov.in"
    case("057-transfer-pune-gst-bo-no-transfer-order",
         build_mail("Deepali Wagh", frm, "GST BO role assignment", dt_(28, 12, 30), "c20-057@icegate.gov.in",
                    mixed("057", plain, [att(posting("Deepali Wagh", "LPO-77/2025"), PDF, "Local posting order.pdf"),
                                         att(charge("Deepali Wagh"), PDF, "Joining report.pdf"),
                                         att(roles, XLSX, "Division role sheet.xlsx")])),
         exp("icegate", "role_mapping", missing=["transfer_order"], action="request_missing",
             kinds=["posting_order", "charge_report", "other"]),
         "Supdt's ICEGATE ID asks for GST BO roles; posting order, joining report and a role sheet (.xlsx, not the template); no transfer order")

    plain = ("Sir,\n\nPlease map me in ACES after my transfer to Custom House Mundra. Transfer order and local\nposting order "
             "are attached; the charge report will follow after I take charge.\n\nRegards,\nJayesh Barot\nAppraiser\n")
    frm = "jayesh.barot@icegate.gov.in"
    case("058-transfer-mundra-no-charge-report",
         build_mail("Jayesh Barot", frm, "Role mapping - Jayesh Barot", dt_(28, 14, 0), "c20-058@icegate.gov.in",
                    mixed("058", plain, [att(transfer("Jayesh Barot", "CUS/T-08/2025"), PDF, "Transfer Order.pdf"),
                                         att(posting("Jayesh Barot", "LPO-90/2025"), PDF, "Local Posting Order.pdf")])),
         exp("icegate", "role_mapping", missing=["charge_report"], action="request_missing", kinds=["transfer_order", "posting_order"]),
         "Appraiser's ICEGATE ID: transfer and posting orders attached, charge report to follow",
         "the transfer order is attached and the charge report is not -> missing charge_report")

    # ======================================================== 030 promotion: relayed authentication
    plain = ("Sir,\n\nKindly update my designation to Superintendent on promotion. Order and service book\nattached.\n\n"
             "Regards,\nGanesh Thakur\nSuperintendent, CGST Bhopal\n")
    frm = "ganesh.thakur@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=icegate.gov.in header.s=zm2024;\n"
          "\tspf=fail (mx.icegate.gov.in: domain of ganesh.thakur@icegate.gov.in does not designate 164.100.14.90 as permitted sender) smtp.mailfrom=ganesh.thakur@icegate.gov.in;\n"
          "\tdmarc=pass (p=none dis=none) header.from=icegate.gov.in")
    case("059-promotion-bhopal-relay-spf-fail-dkim-pass",
         build_mail("Ganesh Thakur", frm, "Designation update on promotion", dt_(28, 15, 20), "c20-059@icegate.gov.in",
                    mixed("059", plain, [att(promo("Ganesh Thakur", "Superintendent", "51/2025"), PDF, "Promotion Order.pdf"),
                                         att(jp(591), JPG, "Service Book.jpg")]), ar=ar),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Officer's ICEGATE mail relayed through a NIC gateway: topmost Authentication-Results spf=fail but dkim=pass, dmarc=pass")

    plain = ("Sir,\n\nPlease update my designation as Superintendent. Promotion order and service book page\nattached.\n\n"
             "Regards,\nRajendra Purohit\nSuperintendent, CGST Jodhpur\n")
    frm = "rajendra.purohit@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (message not signed);\n"
          "\tspf=fail (mx.icegate.gov.in: domain of rajendra.purohit@icegate.gov.in does not designate 164.100.14.91 as permitted sender) smtp.mailfrom=rajendra.purohit@icegate.gov.in;\n"
          "\tdmarc=none header.from=icegate.gov.in")
    case("060-promotion-jodhpur-relay-spf-fail-unsigned",
         build_mail("Rajendra Purohit", frm, "Designation update - promotion", dt_(28, 16, 0), "c20-060@icegate.gov.in",
                    mixed("060", plain, [att(promo("Rajendra Purohit", "Superintendent", "52/2025"), PDF, "Promotion Order.pdf"),
                                         att(jp(601), JPG, "Service Book.jpg")]), ar=ar),
         exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]),
         "Same relay case but the mail is not DKIM-signed: topmost Authentication-Results spf=fail with no dkim=pass",
         "no dkim=pass beside spf=fail -> authentication failure, review")

    # ======================================================== 031 ECCS
    plain = ("Sir,\n\nAfter the ECCS password expiry my login to the ECCS application fails with 'invalid\ncredentials'. "
             "Screenshot attached.\n\nRegards,\nNamrata Shah\nAppraiser, Air Cargo Complex, Ahmedabad\n")
    frm = "namrata.shah@icegate.gov.in"
    case("061-eccs-ahmedabad-expiry-screenshot",
         build_mail("Namrata Shah", frm, "ECCS login not working", dt_(29, 10, 0), "c20-061@icegate.gov.in",
                    mixed("061", plain, [att(kit.make_png(80, 50, 90), PNG, "eccs_error.png")])),
         exp("icegate", "eccs", action="redirect", kinds=["other"]),
         "Appraiser's ICEGATE ID: ECCS login fails after the password expiry; PNG screenshot")

    plain = ("Sir,\n\nI am unable to reset my ECCS password; the Express Cargo Clearance System keeps asking for\nthe old "
             "password. Please help.\n\nYogita Pawar\nInspector, Courier Terminal, Mumbai Air Cargo - posted from Pune\n")
    frm = "yogita.pawar90@gmail.com"
    case("062-eccs-pune-gmail-reset-loop",
         build_mail("Yogita Pawar", frm, "ECCS password problem", dt_(29, 11, 0), "CAc20-062@mail.gmail.com", alt(plain, b="062"),
                    mailer=None, ar=kit.ar_pass("gmail.com", "yogita.pawar90", ip="209.85.220.41")),
         exp("personal", "eccs", action="redirect"),
         "An Inspector's personal Gmail: ECCS password reset fails",
         "the sender is a personal Gmail, not an ICEGATE ID -> sender_kind personal (still redirect, nothing missing)")

    # ======================================================== 032 ECCS: generic courier cell
    plain = ("Sir,\n\nECCS logins of the officers of this cell are failing since the password expiry. Please\nresolve.\n\n"
             "Regards,\nHitesh\n")
    frm = "couriercell.ahmedabad@icegate.gov.in"
    case("063-eccs-ahmedabad-courier-cell-name-only",
         build_mail("Courier Cell Ahmedabad", frm, "ECCS login issue", dt_(29, 12, 0), "c20-063@icegate.gov.in", alt(plain, b="063")),
         exp("generic", "eccs", missing=["signature_designation", "signature_email", "signature_phone"], action="redirect"),
         "Courier Cell's generic ICEGATE ID reports ECCS login failures; the sign-off is only a first name")

    plain = ("Sir,\n\nThe ECCS application shows 'password expired' for two officers of the Courier Cell,\nMundra. Kindly "
             "arrange a reset.\n" + sig("Regards,", "Name: Alpesh Chavda", "Designation: Superintendent (Courier Cell)",
                                         "Email: alpesh.chavda@icegate.gov.in", "Mobile: 97250 33118"))
    frm = "couriercell.mundra@icegate.gov.in"
    case("064-eccs-mundra-courier-cell-full-signature",
         build_mail("Courier Cell Mundra", frm, "ECCS password expired", dt_(29, 12, 30), "c20-064@icegate.gov.in", alt(plain, b="064")),
         exp("generic", "eccs", action="redirect"),
         "Courier Cell's generic ICEGATE ID with a full signature",
         "the signature is complete -> nothing missing (still a redirect)")

    # ======================================================== 033 trade portal
    plain = ("Sir,\n\nWe are exporters of textiles from Surat, IEC 0512034567. We cannot log in to the ICEGATE\nportal; the "
             "OTP goes to an old mobile number. Please update the registered mobile and\nreset the password.\n\n"
             "Regards,\nHarshad Kapadia\nProprietor, Kapadia Textiles\n9825512345\n")
    frm = "harshad.kapadia72@gmail.com"
    case("065-trade-surat-exporter-iec-otp",
         build_mail("Harshad Kapadia", frm, "ICEGATE login problem - IEC 0512034567", dt_(29, 14, 0), "CAc20-065@mail.gmail.com",
                    alt(plain, b="065"), mailer=None, ar=kit.ar_pass("gmail.com", "harshad.kapadia72", ip="209.85.220.41")),
         exp("personal", "trade_portal", action="redirect"),
         "An exporter (IEC given) cannot log in to the ICEGATE portal; mentions password and ICEGATE but is a trader's login")

    plain = ("Dear Sir,\n\nOur IEC 3010045678 registration on ICEGATE shows 'pending'; we cannot file shipping bills\nat Nhava "
             "Sheva. Please activate our ICEGATE portal login.\n"
             + sig("Regards,", "Vaibhav Kadam", "Director", "Sahyadri Agro Exports Pvt Ltd, Pune", "vaibhav.kadam@sahyadriagro.in",
                   "Mobile: 98220 44110"))
    frm = "exports@sahyadriagro.in"
    case("066-trade-pune-company-mailbox-registration",
         build_mail("Sahyadri Agro Exports", frm, "ICEGATE registration pending - IEC 3010045678", dt_(29, 15, 30),
                    "c20-066@sahyadriagro.in", alt(plain, b="066"), mailer=OUTLOOK, crlf=True,
                    ar=kit.ar_pass("sahyadriagro.in", "exports", ip="203.0.113.50")),
         exp("generic", "trade_portal", action="redirect"),
         "A company's shared 'exports@' mailbox asks about its ICEGATE registration / IEC login; full signature")

    # ======================================================== 034 unknown
    plain = ("Sir,\n\nI am unable to send attachments larger than 10 MB from my ICEGATE mailbox. Kindly raise\nthe attachment "
             "size limit for my ID as I have to send scanned case files.\n\nRegards,\nSurendra Rawat\n"
             "Deputy Commissioner, CGST Jaipur\n")
    frm = "surendra.rawat@icegate.gov.in"
    case("067-unknown-jaipur-attachment-limit",
         build_mail("Surendra Rawat", frm, "Attachment size limit", dt_(30, 10, 0), "c20-067@icegate.gov.in", alt(plain, b="067")),
         exp("icegate", "unknown", action="review"),
         "DC's ICEGATE ID asks for a larger attachment size limit: none of the request types")

    plain = ("Sir,\n\nPlease send the IMAP/SMTP settings to configure my ICEGATE mailbox on my office\ndesktop's Outlook.\n\n"
             "Regards,\nMegha Kulkarni\nAssistant Commissioner, Custom House Goa\n")
    frm = "megha.kulkarni@icegate.gov.in"
    case("068-unknown-goa-mail-client-settings",
         build_mail("Megha Kulkarni", frm, "ICEGATE mail configuration on Outlook", dt_(30, 11, 0), "c20-068@icegate.gov.in",
                    alt(plain, b="068")),
         exp("icegate", "unknown", action="review"),
         "AC's ICEGATE ID asks for mail client settings: none of the request types")

    # ======================================================== 035-037 automated
    case("069-auto-bounce-mailer-daemon",
         dsn("MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)", "Undelivered Mail Returned to Sender", dt_(30, 12, 0),
             "20251130063000.c20a@mx.icegate.gov.in", "failed", "5.1.1", "ravi.parmar1990@rediffmail.com",
             "550 5.1.1 user unknown", "Your case reference SSW/2025/1187", auto=True),
         exp("automated", "unknown", action="ignore"),
         "Postfix bounce (multipart/report, MAILER-DAEMON, Auto-Submitted) of a helpdesk reply to a dead Rediffmail address; neutral returned subject")

    case("070-auto-delay-postmaster-nic",
         dsn("Mail Delivery Subsystem <postmaster@nic.in>", "Delayed Mail (still being retried)", dt_(30, 13, 0),
             "20251130073000.c20b@relay.nic.in", "delayed", "4.4.1", "cgstsys.nagpur2@nic.in",
             "connect to mx: Connection timed out", "Your case reference SSW/2025/1190", auto=False),
         exp("automated", "unknown", action="ignore"),
         "A delay report (multipart/report) from postmaster@nic.in, without Auto-Submitted")

    plain = ("I am on leave from 28.11.2025 to 05.12.2025 with limited access to mail.\nFor urgent work please contact "
             "the Range Superintendent.\n")
    frm = "sanjay.verma@icegate.gov.in"
    case("071-auto-ooo-zimbra-icegate",
         build_mail("Sanjay Verma", frm, "Out of Office: Your case reference SSW/2025/1195", dt_(30, 14, 0), "c20-071@icegate.gov.in",
                    text(plain, cte="7bit"), extra={"Auto-Submitted": "auto-replied"}),
         exp("automated", "unknown", action="ignore"),
         "Zimbra vacation reply (Auto-Submitted: auto-replied) from an officer's ICEGATE ID to a helpdesk acknowledgement")

    plain = "Thank you for your mail. I am travelling and will reply on my return.\n\nNitin Sharma\n"
    frm = "nitin.sharma.irs@gmail.com"
    case("072-auto-precedence-junk-gmail",
         build_mail("Nitin Sharma", frm, "Auto: Your case reference SSW/2025/1201", dt_(30, 15, 0), "CAc20-072@mail.gmail.com",
                    text(plain, cte="7bit"), mailer=None, extra={"Precedence": "junk"},
                    ar=kit.ar_pass("gmail.com", "nitin.sharma.irs", ip="209.85.220.41")),
         exp("automated", "unknown", action="ignore"),
         "An auto-reply from a personal Gmail marked only with 'Precedence: junk'")

    plain = ("Dear User,\n\nICEGATE mail services will be unavailable on Sunday, 7 December 2025 from 02:00 to 06:00\nhrs for "
             "scheduled maintenance.\n\nThis is a system generated mail.\n")
    frm = "no-reply@icegate.gov.in"
    case("073-auto-no-reply-icegate-maintenance",
         build_mail("ICEGATE", frm, "Scheduled maintenance - ICEGATE mail", dt_(30, 16, 0), "c20-073@icegate.gov.in",
                    text(plain, cte="7bit"), mailer=None),
         exp("automated", "unknown", action="ignore"),
         "Maintenance notice from no-reply@icegate.gov.in with no other automated marker")

    plain = ("Advisory: the passwords of all Express Cargo Clearance System (ECCS) users will expire on\n10 December 2025. "
             "Reset your ECCS password after logging in. For issues contact the ECCS\nHelpdesk, eccs.helpdesk@icegate.gov.in.\n\n"
             "This is an auto-generated mail. Please do not reply.\n")
    frm = "donotreply@cbic.gov.in"
    case("074-auto-donotreply-eccs-advisory",
         build_mail("CBIC", frm, "Advisory: ECCS password expiry", dt_(30, 17, 0), "c20-074@cbic.gov.in", text(plain, cte="7bit"),
                    mailer=None, ar=kit.ar_pass("cbic.gov.in", "donotreply", ip="164.100.14.99")),
         exp("automated", "eccs", action="ignore"),
         "An ECCS password-expiry advisory from donotreply@cbic.gov.in: automated, its type read from its own content (eccs)",
         "the notice is about ECCS -> request_type eccs (action still ignore)")


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    for name, raw, e, intent, moved in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = []
    for name, raw, e, intent, moved in CASES:
        miss = ", ".join(e["missing"]) or "-"
        errs = "; ".join(f"r{x['row']} {x['column']} {x['code']}" for x in e["template_errors"]) or "-"
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}; "
                    f"missing {miss}; errors {errs}) | {moved or ''} |")
    moved = sum(1 for c in CASES if c[4])
    acts = {}
    for c in CASES:
        acts[c[2]["action"]] = acts.get(c[2]["action"], 0) + 1
    counts = ", ".join(f"{k} {v}" for k, v in sorted(acts.items()))
    (HERE / "README.md").write_text(README.format(n=len(CASES), moved=moved, counts=counts)
                                    + "| file | intent | expected | fact moved (vs. the sample intent) |\n| --- | --- | --- | --- |\n"
                                    + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
