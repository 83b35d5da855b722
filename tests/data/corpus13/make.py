#!/usr/bin/env python3
"""corpus13: "a second helpdesk month" -- four new mails for each of the 37 sample mails.

Each sample mail's intent is re-written by a different person at a different office, with a
different client, wording, signature layout and encoding; about one in three changes exactly one
fact that moves the verdict (see README.md).  Every expected verdict is derived by hand from
../../../../shared/spec/triage.md and template.md alone.

Deterministic: run twice, identical bytes.  Run with .venv/bin/python (openpyxl, pypdf).
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.message
import importlib.util
import json
import shutil
import sys
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF = "application/pdf"
JPG = "image/jpeg"
PNG = "image/png"
RED, BLACK = kit.RED, kit.BLACK
D = kit.D

CASES: list = []

CLIENTS = {
    "zimbra": {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC130 (Win)/8.8.15_GA_4581)",
               "X-Originating-IP": "[10.10.172.41]"},
    "zimbra9": {"X-Mailer": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC141 (Win)/9.0.0_ZEXTRAS_20240927)"},
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdxWq3c1Pz8rT0yKQ2mXbV9sLr4eHw==",
                "Content-Language": "en-in"},
    "tb": {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
           "Content-Language": "en-US"},
    "iphone": {"X-Mailer": "iPhone Mail (22B91)"},
    "gmail": {},
    "yahoo": {"X-Mailer": "WebService/1.1.24652 YMailAndroidMobile"},
    "rediff": {"X-Mailer": "Rediffmail Webmail"},
    "outlookcom": {"X-MS-Exchange-Organization-SCL": "1", "Content-Language": "en-US"},
    "php": {"X-Mailer": "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"},
}

IPS = {"gmail.com": "209.85.220.41", "yahoo.co.in": "106.10.241.194", "yahoo.com": "106.10.241.195",
       "rediffmail.com": "202.137.235.121", "outlook.com": "40.92.18.77", "hotmail.com": "40.92.18.78",
       "nic.in": "164.100.14.83", "gov.in": "164.100.14.84"}


def exp(kind, rt, missing=(), errors=(), action="acknowledge", kinds=()):
    return kit.exp(kind, rt, missing=missing, errors=errors, action=action, kinds=kinds)


def R(i, first, middle, last, desig, dob, doj, mob, alt, office, loc="", emp=""):
    return [i, first, middle, last, desig, dob, doj, mob, alt, office, loc, emp]


def _fix_zip(data: bytes) -> bytes:
    """Re-pack an .xlsx with fixed entry times and a fixed modified date (openpyxl stamps 'now')."""
    import io
    import re
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
                body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def xl(rows, **kw):
    return _fix_zip(kit.make_xlsx(rows, **kw))


def sb(name, dob, doj):
    return kit.sb_pdf(name, dob, doj)


def pdf(*lines):
    return kit.make_pdf(list(lines))


SCAN = b""  # marker: image-only pdf


def scan():
    return kit.make_pdf([])


def A(data, ctype, fn, **kw):
    return kit.att(data, ctype, fn, **kw)


def add(n, slug, frm_name, frm, subject, date, plain, atts=(), client="zimbra", cte="7bit", expected=None,
        intent="", moved="", ar=None, extra=None, to=None, html=True, subj_enc="B", mid=None, body=None,
        crlf=None, related=None):
    """Build one mail and register it. n is the case number (1..)."""
    local, domain = frm.split("@")
    crlf = (client == "outlook") if crlf is None else crlf
    if body is None:
        if html:
            core = kit.alt(plain, b=f"c13{n:03d}", cte=cte)
        else:
            core = kit.text(plain, "plain", cte)
        if related is not None:
            core = kit.multi("related", [core, related], f"----=_NextPart_rel_{n:03d}_01DC5A11")
        if atts:
            bnd = {"zimbra": f"=_c13{n:03d}-4f1a-9b2e-{n:04d}", "outlook": f"----=_NextPart_000_{n:04d}_01DC5A11.6E2B3C40",
                   "gmail": f"0000000000{n:04d}c13e5a7b9d", "tb": f"------------C13{n:03d}xQ7pLmRt2Vb"}.get(
                client, f"=_c13mixed_{n:03d}")
            body = kit.multi("mixed", [core] + list(atts), bnd)
        else:
            body = core
    if mid is None:
        mid = {"zimbra": f"{1700000 + n * 7919}.{n * 31}.1763{n:06d}.JavaMail.zimbra@icegate.gov.in",
               "gmail": f"CAHx{n:03d}c13Rk{n * 97}Zq=mLp@mail.gmail.com",
               "outlook": f"000{n:03d}01dc5a11$6e2b3c40$c13$@{domain}",
               "iphone": f"C13{n:03d}-8E2A-4D1B-9C7F-{n:012d}@{domain}",
               "tb": f"c13{n:03d}-7a1e-4b9c-a2d3-{n:012d}@{domain}"}.get(client, f"c13.{n:03d}.{local}@{domain}")
    mailer = dict(CLIENTS.get(client, {}))
    h = kit.hdr(kit.addr(frm_name, frm), subject, date, mid, to=to or f"Saksham Seva <{HELPDESK}>",
                mailer=mailer, extra=extra, enc=subj_enc)
    if ar is None and domain != "icegate.gov.in":
        ar = kit.ar_pass(domain, local, ip=IPS.get(domain, "203.0.113.10"))
    raw = kit.mail(h, body, crlf=crlf, ar=ar, from_addr=frm)
    name = f"{n:03d}-{slug}"
    CASES.append((name, raw, expected, intent, moved))
    return name


def rfc822(headers_text, inner_body):
    inner_raw = headers_text.encode() + b"MIME-Version: 1.0\n" + kit.flat(inner_body)
    part = MIMEMessage(email.message_from_bytes(inner_raw))
    del part["MIME-Version"]
    return part


# =================================================================== 001: sysmgr, complete creation
def f001():
    x = xl([R(1, "Sayantan", "", "Mukherjee", "Inspector", D(1998, 4, 2), D(2025, 11, 3), "9830471126",
              "sayantan.mukh98@gmail.com", "Custom House, Kolkata", "Kolkata Port"),
            R(2, "Priyanka", "", "Dasgupta", "Inspector", D(1997, 12, 19), D(2025, 11, 3), "7003185642",
              "priyanka.dg1997@yahoo.in", "Custom House, Kolkata", "Petrapole"),
            R(3, "Faizan", "", "Alam", "Examiner", D(1996, 7, 8), D(2025, 11, 3), "8017352290",
              "faizanalam.96@gmail.com", "Custom House, Kolkata", "Kolkata Airport")],
           titles=("CUSTOM HOUSE, KOLKATA - SSO ID / ICEGATE e-mail ID creation",))
    plain = ("Respected Sir/Madam,\n\nThree officers (two Inspectors and one Examiner) reported for duty at\n"
             "this Custom House on 03.11.2025 on initial appointment. I am forwarding\nthe creation template "
             "for them along with the first page of each\nofficer's service book, duly checked.\n\n"
             "Kindly create their SSO IDs / ICEGATE mail IDs at the earliest.\n\n"
             "With regards,\n\nSubrata Saha\nSuperintendent of Customs (EDI), System Manager\n"
             "Custom House, 15/1 Strand Road, Kolkata-700001\nE-mail: subrata.saha2@icegate.gov.in | "
             "Phone: 033-2242 1187\n")
    add(1, "creation-sysmgr-kolkata-three-officers", "SYSTEM MANAGER CH KOLKATA", "sysmgr.kolcus@icegate.gov.in",
        "SSO ID creation – 3 officers joined on 03.11.2025 – Custom House Kolkata", "Mon, 17 Nov 2025 11:42:05 +0530",
        plain, [A(x, XLSX, "CH_Kolkata_SSO_creation_Nov25.xlsx"),
                A(sb("Sayantan Mukherjee", "02/04/1998", "03/11/2025"), PDF, "SB_Sayantan_Mukherjee.pdf"),
                A(sb("Priyanka Dasgupta", "19/12/1997", "03/11/2025"), PDF, "SB_Priyanka_Dasgupta.pdf"),
                A(sb("Faizan Alam", "08/07/1996", "03/11/2025"), PDF, "Service book - Faizan Alam.pdf")],
        cte="qp", subj_enc="Q",
        expected=exp("generic", "sso_creation", kinds=["template", "service_book", "service_book", "service_book"]),
        intent="Kolkata System Manager's generic ID, three officers (real dates, one title row), three text service books; e-mail and phone on one line")

    x = xl([R(1, "Senthil", "", "Kumaravel", "Inspector", "11/02/1999", "10/11/2025", "9940218873",
              "senthil.kumaravel99@gmail.com", "Chennai Customs Zone", "Chennai Sea Port")])
    plain = ("Sir,\n\nPlease create the SSO ID and ICEGATE email ID for Shri Senthil Kumaravel,\n"
             "Inspector (Direct Recruit), who joined Chennai Sea Customs on 10.11.2025.\n"
             "Template and photo of service book (page 1) enclosed.\n\n"
             "Thanks & Regards\n\nR. Meenakshi Sundaram, Superintendent (Systems)\n"
             "System Manager, Custom House, Rajaji Salai, Chennai - 600001\n"
             "meenakshi.sundaram@icegate.gov.in / 044-25246317\n")
    add(2, "creation-sysmgr-chennai-one-officer-photo", "Sysmgr Chennai Sea", "sysmgr.chnsea@icegate.gov.in",
        "Request for SSO ID - Shri Senthil Kumaravel, Inspector", "Tue, 18 Nov 2025 15:05:51 +0530",
        plain, [A(x, XLSX, "SSO template - Senthil.xlsx"), A(kit.jpeg(1302), JPG, "Service Book Senthil.jpg")],
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Chennai System Manager, one officer; name and designation on one line, e-mail and landline on one line; JPEG service book")

    x = xl([R(1, "Hardik", "", "Gadhvi", "Inspector", "14/06/1997", "27/10/2025", "9727403318",
              "hardik.gadhvi97@gmail.com", "Custom House, Mundra", "Mundra Port"),
            R(2, "Kinjal", "", "Trivedi", "Inspector", "30/01/1998", "27/10/2025", "6354120984",
              "kinjaltrivedi1998@gmail.com", "Custom House, Mundra", "Mundra SEZ")])
    plain = ("Sir/Madam,\n\nTwo Inspectors have joined Custom House, Mundra on 27.10.2025. Their\n"
             "particulars are in the attached template and the service book pages are\nattached. "
             "Kindly create SSO IDs.\n\nRegards,\nBhavesh Rathod\nSuperintendent (System Manager)\n"
             "Custom House, Mundra, Kutch - 370421\nPh: 02838-271205\n")
    add(3, "creation-sysmgr-mundra-no-individual-email", "System Manager Mundra", "sysmgr.mundra@icegate.gov.in",
        "SSO ID creation - 2 Inspectors - CH Mundra", "Wed, 19 Nov 2025 12:10:33 +0530",
        plain, [A(x, XLSX, "SSO_ID_template_Mundra.xlsx"),
                A(sb("Hardik Gadhvi", "14/06/1997", "27/10/2025"), PDF, "Service Book - Hardik Gadhvi.pdf"),
                A(sb("Kinjal Trivedi", "30/01/1998", "27/10/2025"), PDF, "Service Book - Kinjal Trivedi.pdf")],
        expected=exp("generic", "sso_creation", missing=["signature_email"], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Mundra System Manager's generic ID, clean template and service books, but the signature gives no individual e-mail ID",
        moved="the generic sender's signature omits the individual e-mail ID (signature_email)")

    x = xl([R(1, "Jeyaseelan", "", "Antony", "Inspector", "25/09/1996", "03/11/2025", "8056612394",
              "jeyaseelan.antony@gmail.com", "Custom House, Tuticorin", "V.O.C. Port")])
    plain = ("महोदय / Sir,\n\nकृपया नव नियुक्त निरीक्षक के लिए एसएसओ आईडी बनाने का कष्ट करें।\n"
             "Kindly create the SSO ID and ICEGATE mail ID of Shri Jeyaseelan Antony,\nInspector, "
             "who joined this Custom House on 03.11.2025. The template and\nhis service book (first page) are attached.\n\n"
             "भवदीय / Yours faithfully,\n\n(एम. ज्ञानसेकरन / M. Gnanasekaran)\nअधीक्षक / Superintendent (EDI) & System Manager\n"
             "सीमा शुल्क भवन, तूतीकोरिन / Custom House, Tuticorin - 628004\n"
             "Email: gnanasekaran.m@icegate.gov.in\nTel: 0461-2352154\n")
    add(4, "creation-sysmgr-tuticorin-bilingual-base64", "सिस्टम मैनेजर तूतीकोरिन", "sysmgr.tuticorin@icegate.gov.in",
        "एसएसओ आईडी / SSO ID creation - Inspector, CH Tuticorin", "Thu, 20 Nov 2025 10:02:17 +0530",
        plain, [A(x, XLSX, "Tuticorin_SSO_template.xlsx"),
                A(sb("Jeyaseelan Antony", "25/09/1996", "03/11/2025"), PDF, "Service_Book_Jeyaseelan.pdf")],
        cte="b64",
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Tuticorin System Manager writes bilingually (base64 body, B-encoded Devanagari display name and subject); bracketed bilingual name")


# =================================================================== 002: sysmgr forwards an officer's own request
def f002():
    x = xl([R(1, "Aswathy", "", "Menon", "Inspector", "03/03/1999", "05/11/2025", "9446170235",
              "aswathy.menon99@gmail.com", "Cochin Custom House", "Cochin Port")])
    plain = ("Sir,\n\nThe request below of Smt. Aswathy Menon, Inspector, is forwarded for\ncreation of SSO ID. "
             "Particulars checked with the service book.\n\nThanks,\nJose Thomas\nAppraiser & System Manager\n"
             "Cochin Custom House, Willingdon Island, Kochi\nMail: jose.thomas@icegate.gov.in\nPh: 0484-2666452\n\n"
             "---------- Forwarded message ---------\nFrom: Aswathy Menon <aswathy.menon99@gmail.com>\n"
             "Date: Thu, 13 Nov 2025 at 20:14\nSubject: SSO ID request\nTo: <sysmgr.cochin@icegate.gov.in>\n\n\n"
             "Dear Sir,\n\nI joined Cochin Custom House as Inspector on 05.11.2025. Please forward\nmy details "
             "(details.xlsx) and my service book copy to Saksham Seva for\ncreating my SSO ID.\n\n"
             "Regards,\nAswathy Menon\nInspector\n9446170235\n")
    add(5, "creation-sysmgr-kochi-forwards-gmail", "SYSMGR COCHIN", "sysmgr.cochin@icegate.gov.in",
        "Fwd: SSO ID request", "Fri, 14 Nov 2025 09:31:44 +0530", plain,
        [A(x, XLSX, "details.xlsx"), A(kit.jpeg(1305), JPG, "service book.jpg")], client="gmail", cte="qp",
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Kochi System Manager forwards (Gmail app) an Inspector's Gmail request; template named 'details.xlsx', JPEG service book")

    x = xl([R(1, "Gurleen", "", "Sidhu", "Inspector", "21/08/1998", "03/11/2025", "9876120453",
              "gurleen.sidhu98@gmail.com", "Customs Commissionerate, Ludhiana", "ICD Sahnewal")])
    inner_body = kit.multi("mixed", [
        kit.text("Sir,\n\nI have joined ICD Sahnewal as Inspector on 03.11.2025. My filled template\nand the "
                 "first page of my service book are attached for creation of my\nSSO ID.\n\nGurleen Sidhu\n"
                 "Inspector\n", cte="7bit"),
        A(x, XLSX, "Gurleen SSO form.xlsx"),
        A(sb("Gurleen Sidhu", "21/08/1998", "03/11/2025"), PDF, "Service Book Gurleen.pdf")], "inner-c13-006")
    rfc = rfc822("From: Gurleen Sidhu <gurleen.sidhu98@gmail.com>\nTo: sysmgr.ldh@icegate.gov.in\n"
                 "Subject: SSO ID creation\nDate: Sat, 15 Nov 2025 18:20:00 +0530\n"
                 "Message-ID: <inner-c13-006@mail.gmail.com>\n", inner_body)
    plain = ("Sir,\n\nForwarding the attached mail of Inspector Gurleen Sidhu for creation of\nher SSO ID and ICEGATE "
             "mail ID.\n\nRegards\nHarjit Singh Bains\nSuperintendent / System Manager, Customs Ludhiana\n"
             "harjit.bains@icegate.gov.in, 0161-2225519\n")
    body = kit.multi("mixed", [kit.alt(plain, b="c13006", cte="qp"), rfc], "----=_NextPart_000_0006_01DC5A11.6E2B3C40")
    add(6, "creation-sysmgr-ludhiana-forward-as-attachment", "Sysmgr Ludhiana", "sysmgr.ldh@icegate.gov.in",
        "FW: SSO ID creation", "Mon, 17 Nov 2025 10:15:09 +0530", plain, client="outlook", body=body,
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Ludhiana System Manager (Outlook, CRLF) forwards the officer's mail as an attached message/rfc822 holding the template and service book")

    x = xl([R(1, "Ritesh", "", "Nayak", "Inspector", "09/10/1997", "03/11/2025", "7978014562",
              "ritesh.nayak97@gmail.com", "Customs (Preventive) Commissionerate, Bhubaneswar", "Paradip")])
    plain = ("Sir,\n\nForwarded for creation of SSO ID in respect of Shri Ritesh Nayak, Inspector.\n\n"
             "Regards,\nSasmita Mohanty\nSuperintendent (Systems), System Manager\n"
             "Customs (Preventive), Bhubaneswar\nEmail: sasmita.mohanty@icegate.gov.in\nPhone: 0674-2581290\n\n"
             "---------- Forwarded message ---------\nFrom: Ritesh Nayak <ritesh.nayak97@gmail.com>\n"
             "Date: Mon, 17 Nov 2025 at 21:02\nSubject: SSO ID\nTo: <sysmgr.bbsr@icegate.gov.in>\n\n\n"
             "Madam,\n\nI joined as Inspector on 03.11.2025 at Paradip. The template is attached.\n"
             "My service book is still with the Establishment section; I will send the\nfirst page as soon as "
             "I get it.\n\nRitesh Nayak\nInspector, Paradip\n")
    add(7, "creation-sysmgr-bhubaneswar-forward-no-book", "Sysmgr Bhubaneswar", "sysmgr.bbsr@icegate.gov.in",
        "Fwd: SSO ID", "Tue, 18 Nov 2025 10:48:26 +0530", plain, [A(x, XLSX, "template_ritesh.xlsx")],
        client="gmail", cte="qp",
        expected=exp("generic", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template"]),
        intent="Bhubaneswar System Manager forwards an Inspector's Gmail request; only the template is attached, the service book is to follow",
        moved="the forwarded request carries no service book")

    x = xl([R(1, "Bikash", "", "Boro", "Inspector", "17/05/1998", "06/11/2025", "9954037281",
              "bikashboro.1998@gmail.com", "Customs (Preventive) Commissionerate, Shillong", "Guwahati")],
           titles=())
    plain = ("Sir,\n\nForwarding herewith the request of Shri Bikash Boro, Inspector, posted at\n"
             "Guwahati, for creation of SSO ID / ICEGATE e-mail ID. The template\n(Book1.xlsx) and his service "
             "book page are attached.\n\nसादर,\nDipankar Kalita\nAsstt. Commissioner (Systems)\n"
             "O/o the Commissioner of Customs (Preventive), Shillong\nEmail: dipankar.kalita@icegate.gov.in\n"
             "Mob: 9435012876\n\n---------- Forwarded message ---------\nFrom: Bikash Boro <bikashboro.1998@gmail.com>\n"
             "Date: Wed, 19 Nov 2025 at 11:30\nSubject: Creation of SSO ID\nTo: <sysmgr.shillong@icegate.gov.in>\n\n\n"
             "Respected Sir,\n\nI request creation of my SSO ID. Template and service book attached.\n\n"
             "Thanking you\nBikash Boro\nInspector, Customs Division, Guwahati\n")
    add(8, "creation-sysmgr-shillong-forward-book1", "Sysmgr Shillong", "sysmgr.shillong@icegate.gov.in",
        "Fwd: Creation of SSO ID", "Thu, 20 Nov 2025 16:22:10 +0530", plain,
        [A(x, XLSX, "Book1.xlsx"), A(sb("Bikash Boro", "17/05/1998", "06/11/2025"), PDF, "SB page1 Bikash Boro.pdf")],
        client="gmail", cte="qp",
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Shillong System Manager forwards an Inspector's request; template saved as 'Book1.xlsx' with no title row (a template by its header); Hindi closing")


# =================================================================== 003: individual ICEGATE ID, template only
def f003():
    x = xl([R(1, "Smruti", "Ranjan", "Panda", "Inspector", D(1997, 2, 14), D(2025, 11, 10), "7008123945",
              "smrutiranjan.panda@gmail.com", "CGST Bhubaneswar", "Cuttack"),
            R(2, "Ipsita", "", "Behera", "Inspector", D(1999, 6, 1), D(2025, 11, 10), "9437260518",
              "ipsita.behera99@gmail.com", "CGST Bhubaneswar", "Bhubaneswar")], titles=())
    plain = ("Sir/Madam,\n\nTemplate for creation of SSO IDs of two Inspectors who joined CGST\nBhubaneswar on "
             "10.11.2025 is attached. Copies of their service books are\nawaited from the Estt. section and will "
             "follow.\n\n-- \nPrasanta Kumar Sahoo\nAssistant Commissioner (Systems), CGST Bhubaneswar\n0674-2589012\n")
    add(9, "creation-ac-bhubaneswar-template-only", "Prasanta Kumar Sahoo", "prasanta.sahoo@icegate.gov.in",
        "SSO ID creation - 2 Inspectors - CGST Bhubaneswar", "Fri, 21 Nov 2025 11:05:00 +0530", plain,
        [A(x, XLSX, "SSO_template_BBSR.xlsx")], client="tb",
        expected=exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template"]),
        intent="Assistant Commissioner's own ICEGATE ID (Thunderbird): two-officer template with real dates; service books 'will follow'")

    x = xl([R(1, "Manpreet", "", "Grewal", "Inspector", "12/12/1996", "10/11/2025", "9888145032",
              "manpreet.grewal96@gmail.com", "CGST Ludhiana", "Ludhiana"),
            R(2, "Ankush", "", "Bansal", "Inspector", "04/04/1998", "10/11/2025", "9815627340",
              "ankush.bansal1998@gmail.com", "CGST Ludhiana", "Khanna")])
    plain = ("Sir,\n\nKindly create SSO IDs for the two Inspectors of CGST Ludhiana in the attached\ntemplate. "
             "The first pages of their service books are also attached.\n\nRegards\n"
             "Navdeep Kaur Sandhu | Deputy Commissioner (Systems) | CGST Ludhiana | 0161-2770045\n")
    add(10, "creation-dc-ludhiana-template-and-books", "Navdeep Kaur Sandhu", "navdeep.sandhu@icegate.gov.in",
        "Creation of SSO IDs - CGST Ludhiana", "Fri, 21 Nov 2025 12:40:00 +0530", plain,
        [A(x, XLSX, "SSO creation - Ludhiana.xlsx"),
         A(sb("Manpreet Grewal", "12/12/1996", "10/11/2025"), PDF, "Service Book Manpreet Grewal.pdf"),
         A(sb("Ankush Bansal", "04/04/1998", "10/11/2025"), PDF, "Service Book Ankush Bansal.pdf")], client="tb",
        expected=exp("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]),
        intent="Deputy Commissioner's own ICEGATE ID (Thunderbird) sends template and both service books; one-line signature",
        moved="the service books are attached (acknowledge)")

    x = xl([R(1, "Arpita", "", "Chakraborty", "Inspector", "15/01/1998", "03/11/2025", "9051238847",
              "arpita.chakraborty98@gmail.com", "CGST Kolkata North", "Shyambazar")])
    plain = ("Madam/Sir,\n\nThe creation template of Smt. Arpita Chakraborty, Inspector, is attached with\nthe "
             "forwarding letter of this office. Her service book extract will be sent\nseparately.\n\n"
             "Yours faithfully,\nSudipta Bhattacharya\nAssistant Commissioner, CGST Kolkata North\n")
    add(11, "creation-ac-kolkata-template-and-covering-letter", "Sudipta Bhattacharya",
        "sudipta.bhattacharya@icegate.gov.in", "SSO ID - Arpita Chakraborty, Inspector",
        "Mon, 24 Nov 2025 13:15:00 +0530", plain,
        [A(x, XLSX, "Arpita_SSO.xlsx"), A(scan(), PDF, "Forwarding letter.pdf")],
        expected=exp("icegate", "sso_creation", missing=["service_book"], action="request_missing",
                     kinds=["template", "other"]),
        intent="Assistant Commissioner's own ICEGATE ID: template plus an image-only forwarding letter (other); service book to be sent separately")

    x = xl([R(1, "Vikas", "", "Yadav", "Inspector", "28/02/1997", "17/11/2025", "9711520364",
              "vikasyadav.insp@gmail.com", "CGST Delhi East", "Laxmi Nagar"),
            R(2, "Sonam", "", "Rawat", "Inspector", "19/07/1999", "17/11/2025", "8076341952",
              "sonam.rawat1999@gmail.com", "CGST Delhi East", "Shahdara"),
            R(3, "Aman", "Deep", "Gupta", "Inspector", "01/01/1996", "17/11/2025", "9560271843",
              "amandeep.gupta96@outlook.com", "CGST Delhi East", "Preet Vihar")], titles=())
    plain = ("Sir,\n\nPFA the SSO ID creation template for three Inspectors who joined CGST Delhi\nEast on "
             "17.11.2025. Service book copies are being scanned; I will mail them\ntomorrow.\n\n"
             "Regards,\nSuperintendent (EDP)\nKamlesh Bhardwaj\nCGST Delhi East Commissionerate\n")
    add(12, "creation-supt-delhi-template-only-qp", "Kamlesh Bhardwaj", "kamlesh.bhardwaj@icegate.gov.in",
        "SSO ID creation template - Delhi East", "Tue, 25 Nov 2025 17:55:00 +0530", plain,
        [A(x, XLSX, "SSO ID template Delhi East.xlsx")], cte="qp",
        expected=exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template"]),
        intent="Superintendent's own ICEGATE ID, quoted-printable body, template without title rows; designation line before the name; service books tomorrow")


# =================================================================== 004: generic, scans only, no template
def f004():
    plain = ("Sir,\n\nAttached are the service book pages (page 1) of the following Inspectors who\n"
             "joined Air Cargo Complex, Kolkata on 10.11.2025, for creation of SSO IDs:\n"
             "  a) Rupam Sarkar\n  b) Moumita Pal\nThe template is under preparation and will be sent shortly.\n\n"
             "Regards,\nDebasish Mitra\nAppraiser & Alternate System Manager, ACC Kolkata\n"
             "debasish.mitra@icegate.gov.in\n")
    add(13, "creation-asm-kolkata-scans-no-template-no-phone", "ASM ACC Kolkata", "asm.acckol@icegate.gov.in",
        "SSO ID creation - service book copies - ACC Kolkata", "Mon, 10 Nov 2025 14:20:00 +0530", plain,
        [A(kit.jpeg(1313), JPG, "Service Book - Rupam Sarkar.jpg"), A(kit.jpeg(1314), JPG, "Service Book - Moumita Pal.jpg")],
        expected=exp("generic", "sso_creation", missing=["signature_phone", "template"], action="request_missing",
                     kinds=["service_book", "service_book"]),
        intent="ACC Kolkata ASM's generic ID sends two service book photos, template to follow; signature has no contact number")

    plain = ("Sir/Madam,\n\nPlease find the scanned service book pages of Shri Naveen Raj and Smt.\nKeerthana V, "
             "Inspectors, Chennai Customs, for creation of SSO IDs. The template\nwill be mailed after the DC's "
             "approval.\n\nRegards,\nS. Balasubramanian\nSuperintendent (Systems), ASM\nCustom House, Chennai\n"
             "Email: balasubramanian.s@icegate.gov.in\nPh: 044-25247781\n")
    add(14, "creation-asm-chennai-scans-no-template", "ASM Chennai Sea", "asm.chnsea@icegate.gov.in",
        "Service book pages - SSO ID creation - Chennai Customs", "Tue, 11 Nov 2025 11:00:00 +0530", plain,
        [A(sb("Naveen Raj", "10/10/1996", "03/11/2025"), PDF, "Service Book Naveen Raj.pdf"),
         A(sb("Keerthana V", "22/03/1999", "03/11/2025"), PDF, "Service Book Keerthana.pdf")],
        expected=exp("generic", "sso_creation", missing=["template"], action="request_missing",
                     kinds=["service_book", "service_book"]),
        intent="Chennai ASM's generic ID sends two text service books without the template; the signature is complete",
        moved="the signature gives a contact number (only the template is missing)")

    x = xl([R(1, "Omkar", "", "Sawant", "Inspector", "05/05/1997", "03/11/2025", "9821407735",
              "omkar.sawant97@gmail.com", "Mumbai Customs Zone-I", "Ballard Estate"),
            R(2, "Rashmi", "", "Naik", "Inspector", "18/11/1998", "03/11/2025", "7738462910",
              "rashmi.naik18@gmail.com", "Mumbai Customs Zone-I", "Ballard Estate")])
    plain = ("Sir,\n\nService book pages and the creation template of two Inspectors of NCH\nMumbai are attached "
             "for creation of SSO IDs.\n\nWarm regards,\nAlka Joshi\nAppraiser (ASM), New Custom House, Mumbai\n"
             "alka.joshi@icegate.gov.in\n")
    add(15, "creation-asm-mumbai-template-and-scans-no-phone", "ASM NCH Mumbai", "asm.nch@icegate.gov.in",
        "SSO IDs for 2 Inspectors - NCH Mumbai", "Wed, 12 Nov 2025 16:30:00 +0530", plain,
        [A(x, XLSX, "NCH_SSO_template.xlsx"), A(kit.jpeg(1315), JPG, "Service Book - Omkar Sawant.jpg"),
         A(kit.jpeg(1316), JPG, "Service Book - Rashmi Naik.jpg")],
        expected=exp("generic", "sso_creation", missing=["signature_phone"], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Mumbai ASM's generic ID: template and both service book photos, but the signature has no contact number",
        moved="the template is attached (only signature_phone is missing)")

    plain = ("Sir,\n\nEnclosed: covering letter and service book first pages of three Examiners\nwho joined ICD "
             "Tughlakabad on 03.11.2025, for creation of their SSO IDs. The SSO template\nis pending signature of the AC and will be sent "
             "separately.\n\nRegards,\n[Neeraj Kumar Tyagi]\nSuperintendent, EDI, ICD Tughlakabad, New Delhi\n"
             "Email: neeraj.tyagi@icegate.gov.in\n")
    add(16, "creation-edi-tkd-scans-and-letter-no-template", "EDI ICD TKD", "edi.icdtkd@icegate.gov.in",
        "Service books - SSO ID - ICD TKD Examiners", "Thu, 13 Nov 2025 12:12:00 +0530", plain,
        [A(scan(), PDF, "Covering letter ICD TKD.pdf"),
         A(sb("Pawan Kumar", "02/02/1996", "03/11/2025"), PDF, "Service Book - Pawan Kumar.pdf"),
         A(sb("Ritika Sharma", "15/08/1998", "03/11/2025"), PDF, "Service Book - Ritika Sharma.pdf"),
         A(sb("Mohit Chauhan", "09/09/1997", "03/11/2025"), PDF, "Service Book - Mohit Chauhan.pdf")],
        expected=exp("generic", "sso_creation", missing=["signature_phone", "template"], action="request_missing",
                     kinds=["other", "service_book", "service_book", "service_book"]),
        intent="ICD Tughlakabad EDI's generic ID: image-only covering letter and three text service books, no template; bracketed name, no contact number")


# =================================================================== 005: officer's own personal mailbox, template with a name fault
def f005():
    x = xl([R(1, "K.", "", "Lalthanpuia", "Inspector", "14/04/1999", "03/11/2025", "8974021563",
              "lalthanpuia.k99@yahoo.com", "CGST Guwahati", "Aizawl")])
    plain = ("Respected Sir/Madam,\n\nI am a newly joined Inspector (SSC CGL 2024) of CGST Guwahati Commissionerate,\n"
             "posted at Aizawl Range from 03.11.2025. Please create my SSO ID. The filled\ntemplate and my service "
             "book first page are attached.\n\nThank you\nLalthanpuia\nInspector, CGST Aizawl\nMob 8974021563\n\n"
             "Sent from Yahoo Mail on Android\n")
    add(17, "creation-officer-yahoo-initial-first-name", "K Lalthanpuia", "lalthanpuia.k99@yahoo.com",
        "SSO ID creation request", "Sat, 15 Nov 2025 19:40:00 +0530", plain,
        [A(x, XLSX, "SSO template.xlsx"), A(kit.jpeg(1317), JPG, "Service book.jpg")], client="yahoo",
        expected=exp("personal", "sso_creation", missing=["icegate_sender"], errors=[(4, "first_name", "initials_in_name")],
                     action="request_missing", kinds=["template", "service_book"]),
        intent="New Inspector writes from his own Yahoo; the template's first name is the initial 'K.'")

    x = xl([R(1, "Shreya", "", "R K", "Inspector", "07/07/1998", "10/11/2025", "9538201476",
              "shreya.rk98@gmail.com", "CGST Bengaluru South", "Jayanagar")], titles=("SSO ID creation",))
    plain = ("Dear Sir,\n\nKindly create an SSO ID and ICEGATE mail for me. I joined CGST Bengaluru\nSouth as "
             "Inspector on 10.11.2025. Template + service book attached.\n\nRegards,\nShreya\n"
             "Inspector, CGST Bengaluru South\n9538201476\n")
    add(18, "creation-officer-gmail-initials-surname", "Shreya R K", "shreya.rk98@gmail.com",
        "Creation of SSO ID - Inspector Shreya", "Sun, 16 Nov 2025 21:05:00 +0530", plain,
        [A(x, XLSX, "shreya_sso.xlsx"), A(sb("Shreya R K", "07/07/1998", "10/11/2025"), PDF, "service_book_shreya.pdf")],
        client="gmail", cte="qp",
        expected=exp("personal", "sso_creation", missing=["icegate_sender"], errors=[(3, "last_name", "initials_in_name")],
                     action="request_missing", kinds=["template", "service_book"]),
        intent="New Inspector writes from her Gmail; template (one title row) has last name 'R K' (initials only)")

    x = xl([R(1, "Abhishek", "", "Tripathi", "Inspector", "23/10/1997", "03/11/2025", "9453187602",
              "abhishek.tripathi97@gmail.com", "CGST Prayagraj", "Prayagraj")])
    plain = ("Sir,\n\nI joined as Inspector, CGST Prayagraj on 03.11.2025. Kindly create my SSO ID.\nTemplate and "
             "service book page attached.\n\nAbhishek Tripathi\nInspector\nMobile: 9453187602\n")
    add(19, "creation-officer-gmail-clean-template", "Abhishek Tripathi", "abhishek.tripathi97@gmail.com",
        "Request for SSO ID", "Mon, 17 Nov 2025 08:45:00 +0530", plain,
        [A(x, XLSX, "Abhishek SSO template.xlsx"),
         A(sb("Abhishek Tripathi", "23/10/1997", "03/11/2025"), PDF, "सेवा पुस्तिका - Service Book.pdf", style="2047")],
        client="gmail", cte="qp",
        expected=exp("personal", "sso_creation", missing=["icegate_sender"], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="New Inspector writes from his Gmail; clean template; service book file name Devanagari + English, RFC 2047",
        moved="the template has no initials (only icegate_sender is missing)")

    x = xl([R(1, "M.S.", "", "Nair", "Inspector", "30/06/1998", "05/11/2025", "9061783240",
              "ms.nair1998@outlook.com", "CGST Thiruvananthapuram", "Kollam")])
    plain = ("Sir,\n\nPlease create SSO ID for me (Inspector, joined CGST Thiruvananthapuram on\n05.11.2025). "
             "The template and service book copy are attached.\n\nRegards\nMeera S Nair\nInspector\n9061783240\n")
    add(20, "creation-officer-outlookcom-initials-first-name", "Meera S Nair", "ms.nair1998@outlook.com",
        "SSO ID creation", "Tue, 18 Nov 2025 20:30:00 +0530", plain,
        [A(x, XLSX, "template.xlsx"), A(sb("Meera S Nair", "30/06/1998", "05/11/2025"), PDF,
                                          "സേവന പുസ്തകം Service Book.pdf", style="2231")],
        client="outlookcom", cte="qp",
        expected=exp("personal", "sso_creation", missing=["icegate_sender"], errors=[(4, "first_name", "initials_in_name")],
                     action="request_missing", kinds=["template", "service_book"]),
        intent="New Inspector writes from Outlook.com; first name 'M.S.' (initials); Malayalam + English service book name in RFC 2231")


# =================================================================== 006: generic nodal ID, template with bad dates
def f006():
    x = xl([R(1, "Rajdeep", "", "Ghosh", "Inspector", "30/02/1995", "03/11/2025", "9874102365",
              "rajdeep.ghosh95@gmail.com", "CGST Kolkata South", "Behala"),
            R(2, "Tania", "", "Sen", "Inspector", "12/03/1998", "03/11/2025", "8240317596",
              "tania.sen98@gmail.com", "CGST Kolkata South", "Ballygunge")],
           titles=("CGST KOLKATA SOUTH", "SSO ID creation"), blank_before=1)
    plain = ("Sir,\n\nTemplate and service book pages of two Inspectors of CGST Kolkata South are\nattached for "
             "creation of SSO IDs.\n\nRegards,\nAnirban Das\nSuperintendent (Systems) & ACL Admin\n"
             "Email: anirban.das3@icegate.gov.in\nPh: 033-2461 5520\n")
    add(21, "creation-acl-kolkata-feb-30-dob", "ACL Admin CGST Kolkata South", "acladmin.kolsouth@icegate.gov.in",
        "SSO ID creation - CGST Kolkata South", "Mon, 17 Nov 2025 12:00:00 +0530", plain,
        [A(x, XLSX, "SSO template - Kol South.xlsx"),
         A(sb("Rajdeep Ghosh", "28/02/1995", "03/11/2025"), PDF, "SB Rajdeep Ghosh.pdf"),
         A(sb("Tania Sen", "12/03/1998", "03/11/2025"), PDF, "SB Tania Sen.pdf")],
        expected=exp("generic", "sso_creation", errors=[(5, "date_of_birth", "invalid_date")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Kolkata ACL Admin's generic ID; header on row 4 under two title rows and a blank row; row 5 DOB 30/02/1995 (no such date)")

    x = xl([R(1, "Divya", "", "Bharathi", "Inspector", "08/08/1997", "15/12/2025", "9790012483",
              "divya.bharathi97@gmail.com", "CGST Chennai Outer", "Tambaram"),
            R(2, "Karthik", "", "Sekar", "Inspector", "21/01/1996", "03/11/2025", "9677430218",
              "karthik.sekar96@gmail.com", "CGST Chennai Outer", "Chengalpattu")])
    plain = ("Sir/Madam,\n\nKindly create SSO IDs for the Inspectors in the attached template. Service\nbooks "
             "attached.\n\nThanks and regards\nP. Lakshmi Narayanan\nAsst. Commissioner, Comm Admin, CGST Chennai Outer\n"
             "lakshmi.narayanan@icegate.gov.in, Ph 044-2226 1190\n")
    add(22, "creation-commadmin-chennai-future-doj", "Comm Admin Chennai Outer", "commadmin.chnouter@icegate.gov.in",
        "SSO IDs - CGST Chennai Outer", "Tue, 18 Nov 2025 10:30:00 +0530", plain,
        [A(x, XLSX, "Chennai Outer SSO.xlsx"), A(sb("Divya Bharathi", "08/08/1997", "03/11/2025"), PDF, "Service Book - Divya.pdf"),
         A(sb("Karthik Sekar", "21/01/1996", "03/11/2025"), PDF, "Service Book - Karthik.pdf")],
        expected=exp("generic", "sso_creation", errors=[(4, "date_of_joining", "invalid_date")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Chennai Outer Comm Admin's generic ID; row 4 DOJ 15/12/2025 is after the mail's date (18 Nov 2025)")

    x = xl([R(1, "Nitin", "", "Bhardwaj", "Inspector", "11/11/1995", "20/10/2025", "9891034572",
              "nitin.bhardwaj95@gmail.com", "CGST Delhi North", "Model Town"),
            R(2, "Shalini", "", "Arora", "Inspector", D(1998, 3, 9), "20.10.2025", "7042318865",
              "shalini.arora98@gmail.com", "CGST Delhi North", "Rohini"),
            R(3, "Imran", "", "Qureshi", "Inspector", "01-07-1997", "20-10-2025", "8800451379",
              "imran.qureshi97@gmail.com", "CGST Delhi North", "Civil Lines")])
    plain = ("Sir,\n\nTemplate for creation of SSO IDs of three Inspectors of CGST Delhi North and\ntheir service "
             "book pages (one PDF) are attached.\n\nRegards,\nSanjeev Malik\nSuperintendent & ACL Admin\n"
             "CGST Delhi North Commissionerate\nEmail: sanjeev.malik@icegate.gov.in\nTel: 011-2766 3021\n")
    add(23, "creation-acl-delhi-mixed-date-formats-valid", "ACL Admin Delhi North", "acladmin.delnorth@icegate.gov.in",
        "Creation of SSO IDs - CGST Delhi North", "Wed, 19 Nov 2025 15:10:00 +0530", plain,
        [A(x, XLSX, "SSO_ID_Delhi_North.xlsx"), A(scan(), PDF, "Service book pages - 3 Inspectors.pdf")],
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Delhi North ACL Admin's generic ID; dates as DD/MM/YYYY text, a real date, DD.MM.YYYY and DD-MM-YYYY, all valid; image-only service books PDF",
        moved="every date is a valid date in an allowed format (acknowledge)")

    x = xl([R(1, "Sourav", "", "Pradhan", "Inspector", "12/05/2008", "03/11/2025", "9438102765",
              "sourav.pradhan08@gmail.com", "CGST Rourkela", "Rourkela"),
            R(2, "Lipika", "", "Swain", "Inspector", "15-13-1996", "03/11/2025", "7327018846",
              "lipika.swain96@gmail.com", "CGST Rourkela", "Sambalpur")])
    plain = ("Sir,\n\nPFA template and service books for creation of SSO IDs.\n\nRegards,\n"
             "Manas Ranjan Rout, Superintendent (Systems), ACL Admin, CGST Rourkela\n"
             "Email: manas.rout@icegate.gov.in | Ph: 0661-2510336\n")
    add(24, "creation-acl-rourkela-underage-and-month-13", "ACL Admin Rourkela", "acladmin.rourkela@icegate.gov.in",
        "SSO ID creation - CGST Rourkela", "Thu, 20 Nov 2025 11:11:00 +0530", plain,
        [A(x, XLSX, "Rourkela SSO template.xlsx"), A(kit.jpeg(1324), JPG, "Service Book Sourav.jpg"),
         A(kit.jpeg(1325), JPG, "Service Book Lipika.jpg")],
        expected=exp("generic", "sso_creation", errors=[(4, "date_of_joining", "invalid_date"),
                                                        (5, "date_of_birth", "invalid_date")],
                     action="request_missing", kinds=["template", "service_book", "service_book"]),
        intent="Rourkela ACL Admin; row 4 born 2008 joined 2025 (under 18, on date_of_joining); row 5 DOB '15-13-1996' (month 13)")


# =================================================================== 007: individual ICEGATE ID, empty mandatory cells
def f007():
    x = xl([R(1, "Sarath", "", "Chandran", "Inspector", "04/09/1998", "10/11/2025", "9447301256",
              "sarath.chandran98@gmail.com", "Customs (Preventive) Kochi", ""),
            R(2, "Nimisha", "", "Joseph", "Inspector", "16/02/1999", "10/11/2025", "8301942657",
              "nimisha.joseph99@gmail.com", "Customs (Preventive) Kochi", "Kozhikode")],
           titles=("Customs (Preventive) Commissionerate, Kochi",), colors={"location": RED})
    plain = ("Sir,\n\nPlease create SSO IDs for two Inspectors (template and service book pages\nattached).\n\n"
             "Regards,\nAnil Kumar P.\nDeputy Commissioner (Systems)\nCustoms (Preventive) Commissionerate, Kochi\n")
    add(25, "creation-dc-kochi-red-location-empty", "Anil Kumar P", "anilkumar.p@icegate.gov.in",
        "SSO ID creation - Customs Preventive Kochi", "Mon, 17 Nov 2025 10:05:00 +0530", plain,
        [A(x, XLSX, "Kochi_Prev_SSO.xlsx"), A(sb("Sarath Chandran", "04/09/1998", "10/11/2025"), PDF, "Service Book Sarath.pdf"),
         A(sb("Nimisha Joseph", "16/02/1999", "10/11/2025"), PDF, "Service Book Nimisha.pdf")],
        expected=exp("icegate", "sso_creation", errors=[(3, "location", "missing_mandatory")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Deputy Commissioner's own ICEGATE ID; Location is red in this version; row 3 has no location")

    x = xl([R(1, "Pallavi", "", "Kulkarni", "Inspector", "13/01/1997", "03/11/2025", "",
              "pallavi.kulkarni97@gmail.com", "CGST Nagpur-I", "Nagpur"),
            R(2, "Shubham", "", "Thakre", "Inspector", "02/12/1998", "03/11/2025", "8605123947",
              "shubham.thakre98@gmail.com", "CGST Nagpur-I", "Wardha")])
    plain = ("Respected Sir,\n\nThe template for creation of SSO IDs of two newly joined Inspectors and their\n"
             "service book pages are attached herewith.\n\nYours faithfully,\nSd/-\n(Vaishali Deshmukh)\n"
             "Assistant Commissioner (Systems)\nCGST Nagpur-I\n")
    add(26, "creation-ac-nagpur-mobile-empty", "Vaishali Deshmukh", "vaishali.deshmukh@icegate.gov.in",
        "SSO ID creation - CGST Nagpur-I", "Tue, 18 Nov 2025 11:25:00 +0530", plain,
        [A(x, XLSX, "Nagpur SSO template.xlsx"), A(scan(), PDF, "Service Books - Nagpur.pdf")],
        expected=exp("icegate", "sso_creation", errors=[(4, "mobile", "missing_mandatory")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Assistant Commissioner's own ICEGATE ID ('Sd/-', bracketed name); row 4 has no mobile (red)")

    x = xl([R(1, "Rahul", "", "Borah", "Inspector", "27/03/1997", "05/11/2025", "9101287345",
              "rahul.borah97@gmail.com", "CGST Guwahati", "Dibrugarh", "EMP40517"),
            R(2, "Nilakshi", "", "Hazarika", "Inspector", "09/11/1998", "05/11/2025", "6900214783",
              "nilakshi.h98@gmail.com", "CGST Guwahati", "Jorhat", "EMP40518"),
            R(3, "Jintu", "", "Kalita", "Inspector", "18/08/1996", "05/11/2025", "9707340162",
              "jintu.kalita96@gmail.com", "CGST Guwahati", "Tezpur", "")],
           colors={"employee_id": "FFC00000"})
    plain = ("Sir,\n\nKindly create SSO IDs for the three Inspectors in the attached template.\nService book copies "
             "attached.\n\nRegards\nBhaskar Jyoti Das\nDeputy Commissioner (EDP), CGST Guwahati\n0361-2131045\n")
    add(27, "creation-dc-guwahati-red-employee-id-empty", "Bhaskar Jyoti Das", "bhaskarjyoti.das@icegate.gov.in",
        "Creation of SSO IDs - CGST Guwahati", "Wed, 19 Nov 2025 14:45:00 +0530", plain,
        [A(x, XLSX, "Guwahati SSO creation.xlsx"), A(kit.jpeg(1327), JPG, "Service Book Rahul Borah.jpg"),
         A(kit.jpeg(1328), JPG, "Service Book Nilakshi Hazarika.jpg"), A(kit.jpeg(1329), JPG, "Service Book Jintu Kalita.jpg")],
        expected=exp("icegate", "sso_creation", errors=[(6, "employee_id", "missing_mandatory")], action="request_missing",
                     kinds=["template", "service_book", "service_book", "service_book"]),
        intent="Deputy Commissioner's own ICEGATE ID; this version has Employee ID in dark red (C00000, mandatory); row 6 has none")

    x = xl([R(1, "Ayesha", "", "Siddiqui", "Inspector", "05/05/1998", "10/11/2025", "9335102847",
              "ayesha.siddiqui98@gmail.com", "CGST Kanpur", "", ""),
            R(2, "Prateek", "", "Awasthi", "Inspector", "14/10/1997", "10/11/2025", "8707143925",
              "prateek.awasthi97@gmail.com", "CGST Kanpur", "", "")])
    plain = ("Sir/Madam,\n\nTemplate and service books of two Inspectors of CGST Kanpur are attached for\ncreation of "
             "SSO IDs.\n\nRegards,\nRitu Saxena\nDeputy Commissioner (Systems), CGST Kanpur\n")
    add(28, "creation-dc-kanpur-only-black-cells-empty", "Ritu Saxena", "ritu.saxena2@icegate.gov.in",
        "SSO ID creation - CGST Kanpur", "Thu, 20 Nov 2025 16:00:00 +0530", plain,
        [A(x, XLSX, "Kanpur_SSO.xlsx"), A(sb("Ayesha Siddiqui", "05/05/1998", "10/11/2025"), PDF, "SB - Ayesha Siddiqui.pdf"),
         A(sb("Prateek Awasthi", "14/10/1997", "10/11/2025"), PDF, "SB - Prateek Awasthi.pdf")],
        expected=exp("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]),
        intent="Deputy Commissioner's own ICEGATE ID; only the black Middle Name, Location and Employee ID cells are empty",
        moved="the empty cells are in black (optional) columns only (acknowledge)")


# =================================================================== 008: generic, bad mobiles / e-mails
def f008():
    x = xl([R(1, "Sagar", "", "Patil", "Inspector", "10/10/1996", "03/11/2025", "+919823104567",
              "sagar.patil96@gmail.com", "JNCH Nhava Sheva", "Nhava Sheva"),
            R(2, "Neelam", "", "Gawde", "Inspector", "22/04/1998", "03/11/2025", "09769021385",
              "neelam.gawde98@gmail.com", "JNCH Nhava Sheva", "Nhava Sheva"),
            R(3, "Tushar", "", "Mhatre", "Inspector", "03/01/1997", "03/11/2025", "98204135671",
              "tushar.mhatre97@gmail.com", "JNCH Nhava Sheva", "Uran")])
    plain = ("Sir,\n\nPlease find attached the template and service book pages of three\nInspectors of JNCH for "
             "creation of SSO IDs.\n\nRegards,\nVinayak Kadam, Appraiser (EDI)\nJawaharlal Nehru Custom House, "
             "Nhava Sheva\nvinayak.kadam@icegate.gov.in  Tel 022-27244178\n")
    add(29, "creation-edi-jnch-eleven-digit-mobile", "EDI Section JNCH", "edi.jnch@icegate.gov.in",
        "SSO ID creation - JNCH - 3 Inspectors", "Mon, 17 Nov 2025 13:30:00 +0530", plain,
        [A(x, XLSX, "JNCH_SSO_Nov.xlsx"), A(scan(), PDF, "Service Book scans JNCH.pdf")],
        expected=exp("generic", "sso_creation", errors=[(6, "mobile", "invalid_mobile")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="JNCH EDI's generic ID; +91 and 0 prefixed mobiles are valid; row 6's mobile has 11 digits")

    x = xl([R(1, "Arun", "", "Prakash", "Inspector", "17/07/1997", "03/11/2025", "4812345670",
              "arun.prakash97@gmail.com", "Custom House, Tuticorin", "Tuticorin"),
            R(2, "Selvi", "", "Murugesan", "Inspector", "09/09/1998", "03/11/2025", "9487120365",
              "selvi murugesan@gmail.com", "Custom House, Tuticorin", "Tuticorin"),
            R(3, "Dinesh", "", "Raja", "Inspector", "28/12/1996", "03/11/2025", "8248013679",
              "dinesh.raja@@gmail.com", "Custom House, Tuticorin", "Tuticorin")])
    plain = ("Sir,\n\nTemplate and service books (3 nos.) for SSO ID creation are attached.\n\nRegards,\n"
             "Name: J. Antony Raj\nDesignation: Superintendent (EDI)\nEmail: antonyraj.j@icegate.gov.in\n"
             "Phone: 0461-2352610\n")
    add(30, "creation-edi-tuticorin-bad-mobile-and-emails", "EDI Tuticorin", "edi.tuticorin@icegate.gov.in",
        "SSO IDs - 3 Inspectors - Tuticorin", "Tue, 18 Nov 2025 10:20:00 +0530", plain,
        [A(x, XLSX, "Tuticorin EDI SSO.xlsx"), A(sb("Arun Prakash", "17/07/1997", "03/11/2025"), PDF, "SB Arun Prakash.pdf"),
         A(sb("Selvi Murugesan", "09/09/1998", "03/11/2025"), PDF, "SB Selvi Murugesan.pdf"),
         A(sb("Dinesh Raja", "28/12/1996", "03/11/2025"), PDF, "SB Dinesh Raja.pdf")],
        expected=exp("generic", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "alt_email", "invalid_email"),
                                                        (6, "alt_email", "invalid_email")],
                     action="request_missing", kinds=["template", "service_book", "service_book", "service_book"]),
        intent="Tuticorin EDI's generic ID, labelled signature; row 4 mobile starts with 4; row 5 e-mail has a space; row 6 has '@@'")

    x = xl([R(1, "Yash", "", "Thakkar", "Inspector", "05/02/1997", "27/10/2025", "+919925014763",
              "yash.thakkar97@gmail.com", "Custom House, Mundra", "Mundra"),
            R(2, "Foram", "", "Joshi", "Inspector", "11/06/1998", "27/10/2025", "07016238945",
              "foram.joshi98@gmail.com", "Custom House, Mundra", "Mundra"),
            R(3, "Ketan", "", "Solanki", "Inspector", "30/09/1996", "27/10/2025", "6359102847",
              "ketan.solanki96@yahoo.co.in", "Custom House, Mundra", "Mundra")])
    plain = ("Sir,\n\nTemplate and service book pages of three Inspectors of Custom House\nMundra for creation of "
             "SSO IDs.\n\nRegards,\nParesh Chauhan\nSuperintendent (EDI), Custom House, Mundra\n"
             "Email: paresh.chauhan@icegate.gov.in\nPh: 02838-271166\n")
    add(31, "creation-edi-mundra-prefixed-mobiles-valid", "EDI Mundra", "edi.mundra@icegate.gov.in",
        "SSO ID creation - CH Mundra", "Wed, 19 Nov 2025 12:00:00 +0530", plain,
        [A(x, XLSX, "Mundra_SSO.xlsx"), A(scan(), PDF, "Service books - Mundra.pdf")],
        expected=exp("generic", "sso_creation", kinds=["template", "service_book"]),
        intent="Mundra EDI's generic ID; +91 and 0 prefixed mobiles and plain e-mails, all valid",
        moved="every mobile and e-mail is valid (acknowledge)")

    x = xl([R(1, "Pranjal", "", "Saikia", "Inspector", "19/03/1998", "05/11/2025", 9954102368,
              "pranjal.saikia98@gmail.com", "Customs Division, Guwahati", "Guwahati"),
            R(2, "Rimjim", "", "Deka", "Inspector", "24/07/1997", "05/11/2025", "0361-2734561",
              "rimjim.deka97@gmail.com", "Customs Division, Guwahati", "Guwahati")])
    plain = ("Sir/Madam,\n\nAttached: creation template and service book copies of two Inspectors.\n\n"
             "With regards,\nPallab Baruah\nSuperintendent (EDI), Customs Division, Guwahati\n"
             "E: pallab.baruah@icegate.gov.in\nM: 9435104782\n")
    add(32, "creation-edi-guwahati-landline-in-mobile-cell", "EDI Customs Guwahati", "edi.ghy@icegate.gov.in",
        "SSO ID creation - Customs Guwahati", "Thu, 20 Nov 2025 15:35:00 +0530", plain,
        [A(x, XLSX, "Guwahati Customs SSO.xlsx"), A(kit.jpeg(1332), JPG, "Service Book - Pranjal Saikia.jpg"),
         A(kit.jpeg(1333), JPG, "Service Book - Rimjim Deka.jpg")],
        expected=exp("generic", "sso_creation", errors=[(5, "mobile", "invalid_mobile")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Guwahati EDI's generic ID; row 4 mobile is a number cell (valid); row 5 mobile is an STD landline")


# =================================================================== 009: individual ICEGATE ID, office / ICEGATE alternate e-mails
def f009():
    x = xl([R(1, "Sudeshna", "", "Roy", "Inspector", "02/02/1998", "10/11/2025", "9831027456",
              "cgstdivision2.kolkata@gmail.com", "CGST Kolkata North", "Division-II"),
            R(2, "Arnab", "", "Basu", "Inspector", "15/05/1997", "10/11/2025", "8961204735",
              "arnab.basu97@gmail.com", "CGST Kolkata North", "Division-II")])
    plain = ("Sir,\n\nKindly create SSO IDs for two Inspectors of CGST Kolkata North (template and\nservice book "
             "pages attached).\n\nRegards,\nSwati Agarwal\nAssistant Commissioner (Systems)\n")
    add(33, "creation-ac-kolkata-division-gmail-alt", "Swati Agarwal", "swati.agarwal@icegate.gov.in",
        "SSO IDs - CGST Kolkata North", "Mon, 17 Nov 2025 11:50:00 +0530", plain,
        [A(x, XLSX, "Kolkata North SSO.xlsx"), A(sb("Sudeshna Roy", "02/02/1998", "10/11/2025"), PDF, "Service Book Sudeshna Roy.pdf"),
         A(sb("Arnab Basu", "15/05/1997", "10/11/2025"), PDF, "Service Book Arnab Basu.pdf")],
        expected=exp("icegate", "sso_creation", errors=[(4, "alt_email", "generic_alt_email")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Assistant Commissioner's own ICEGATE ID; row 4's alternate e-mail is the Division's office Gmail")

    x = xl([R(1, "Gokul", "", "Krishnan", "Inspector", "20/08/1997", "05/11/2025", "9544102873",
              "gokul.krishnan@icegate.gov.in", "CGST Kochi", "Ernakulam"),
            R(2, "Anjali", "", "Varghese", "Inspector", "06/06/1999", "05/11/2025", "7907214386",
              "anjali.varghese99@gmail.com", "CGST Kochi", "Aluva")])
    plain = ("Sir,\n\nSSO ID creation template and service books for two Inspectors of CGST Kochi\nare attached.\n\n"
             "Regards,\nBinu Mathew\nDeputy Commissioner (Systems), CGST Kochi\nPh: 0484-2394410\n")
    add(34, "creation-dc-kochi-icegate-alt", "Binu Mathew", "binu.mathew@icegate.gov.in",
        "SSO ID creation - CGST Kochi", "Tue, 18 Nov 2025 09:40:00 +0530", plain,
        [A(x, XLSX, "Kochi SSO template.xlsx"), A(kit.jpeg(1334), JPG, "Service Book Gokul.jpg"),
         A(kit.jpeg(1335), JPG, "Service Book Anjali.jpg")],
        expected=exp("icegate", "sso_creation", errors=[(4, "alt_email", "generic_alt_email")], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Deputy Commissioner's own ICEGATE ID; row 4's alternate e-mail is an icegate.gov.in address")

    x = xl([R(1, "Harshit", "", "Verma", "Inspector", "12/12/1997", "03/11/2025", "9818203746",
              "harshit.verma97@gmail.com", "CGST Gurugram", "Sohna"),
            R(2, "Kritika", "", "Malhotra", "Inspector", "01/04/1998", "03/11/2025", "9971045382",
              "sysmgr.ggn@icegate.gov.in", "CGST Gurugram", "Manesar"),
            R(3, "Deepanshu", "", "Yadav", "Inspector", "29/09/1996", "03/11/2025", "8860317452",
              "rangeoffice3.gurugram@gmail.com", "CGST Gurugram", "Sector 32")])
    plain = ("Sir,\n\nPlease create SSO IDs for the three Inspectors named in the attached\ntemplate; service books "
             "attached.\n\nRegards,\nVikram Singh Rathi\nAssistant Commissioner (Systems), CGST Gurugram\n")
    add(35, "creation-ac-gurugram-sysmgr-and-range-alt", "Vikram Singh Rathi", "vikram.rathi@icegate.gov.in",
        "SSO ID creation - CGST Gurugram - 3 Inspectors", "Wed, 19 Nov 2025 13:05:00 +0530", plain,
        [A(x, XLSX, "Gurugram SSO.xlsx"), A(sb("Harshit Verma", "12/12/1997", "03/11/2025"), PDF, "Service Book Harshit.pdf"),
         A(sb("Kritika Malhotra", "01/04/1998", "03/11/2025"), PDF, "Service Book Kritika.pdf"),
         A(sb("Deepanshu Yadav", "29/09/1996", "03/11/2025"), PDF, "Service Book Deepanshu.pdf")],
        expected=exp("icegate", "sso_creation", errors=[(5, "alt_email", "generic_alt_email"), (6, "alt_email", "generic_alt_email")],
                     action="request_missing", kinds=["template", "service_book", "service_book", "service_book"]),
        intent="Assistant Commissioner's own ICEGATE ID; row 5's alternate e-mail is a System Manager ICEGATE mailbox, row 6's a Range office Gmail")

    x = xl([R(1, "Saurabh", "", "Mishra", "Inspector", "07/03/1997", "10/11/2025", "9425103867",
              "saurabh.mishra97@gmail.com", "CGST Bhopal", "Bhopal"),
            R(2, "Neha", "", "Chouhan", "Inspector", "25/12/1998", "10/11/2025", "7987201436",
              "neha.chouhan98@rediffmail.com", "CGST Bhopal", "Vidisha")])
    plain = ("Sir,\n\nTemplate and service book pages of two Inspectors of CGST Bhopal are attached\nfor creation of "
             "SSO IDs.\n\nRegards,\nAlok Shrivastava\nAssistant Commissioner (Systems)\nCGST Bhopal\n")
    add(36, "creation-ac-bhopal-personal-alts", "Alok Shrivastava", "alok.shrivastava@icegate.gov.in",
        "SSO ID creation - CGST Bhopal", "Thu, 20 Nov 2025 10:10:00 +0530", plain,
        [A(x, XLSX, "Bhopal SSO.xlsx"), A(sb("Saurabh Mishra", "07/03/1997", "10/11/2025"), PDF, "Service Book Saurabh.pdf"),
         A(sb("Neha Chouhan", "25/12/1998", "10/11/2025"), PDF, "Service Book Neha.pdf")],
        expected=exp("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]),
        intent="Assistant Commissioner's own ICEGATE ID; both alternate e-mails are personal",
        moved="every alternate e-mail is a personal one (acknowledge)")



# =================================================================== 010: generic, re-typed all-black template
RETYPED = ["S. No.", "FIRST NAME", "Middle name", "LAST NAME", "DESIGNATION", "DATE OF BIRTH (dd/mm/yyyy)",
           "Date of Joining CBIC (dd-mm-yyyy)", "MOBILE NO", "Alternate E-mail ID", "Commissionerate/Office",
           "LOCATION", "Employee Id"]


def f010():
    x = xl([R(1, "Ravi", "", "Teja", "Inspector", "14/03/1997", "10-11-2025", "9849102736",
              "raviteja.insp@gmail.com", "Custom House, Visakhapatnam", "Vizag Port"),
            R(2, "Sirisha", "", "Pothula", "Inspector", "22/09/1998", "10-11-2025", "9849102736",
              "sirisha.pothula98@gmail.com", "Custom House, Visakhapatnam", "Vizag Port")],
           titles=("SSO CREATION - CH VIZAG",), headers=RETYPED, all_black=True)
    plain = ("Sir,\n\nParticulars of two newly joined Inspectors and their service books are attached\nfor creation "
             "of SSO IDs.\n\nRegards,\nK. Srinivasa Rao\nAppraiser & ASM, Custom House, Visakhapatnam\n"
             "Email: srinivasarao.k@icegate.gov.in, Tel: 0891-2562210\n")
    add(37, "creation-asm-vizag-retyped-duplicate-mobile", "ASM Vizag", "asm.vskp@icegate.gov.in",
        "SSO IDs - CH Visakhapatnam", "Mon, 17 Nov 2025 10:00:00 +0530", plain,
        [A(x, XLSX, "SSO_request_CH_Vizag.xlsx"), A(scan(), PDF, "Service Books - 2 Inspectors.pdf")],
        expected=exp("generic", "sso_creation", errors=[(4, "mobile", "duplicate_mobile")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Vizag ASM's generic ID; re-typed all-black template (other header spellings); row 4 repeats row 3's mobile")

    x = xl([R(1, "Amitabh", "", "Sinha", "Inspector", "03/08/1996", "03-11-2025", "9431207658",
              "amitabh.sinha96@gmail.com", "CGST Patna-I", "Patna"),
            R(2, "Khushboo", "", "Kumari", "Inspector", "17/01/1999", "03-11-2025", "7061342895",
              "khushboo.kumari99@gmail.com", "", "Gaya"),
            R(3, "Rohit", "", "Raj", "Inspector", "26/06/1997", "03-11-2025", "9102453786",
              "amitabh.sinha96@gmail.com", "CGST Patna-I", "Patna")], titles=(), headers=RETYPED, all_black=True)
    plain = ("Sir,\n\nKindly create SSO IDs of three Inspectors of CGST Patna-I. Details and\nservice book copies "
             "attached.\n\nRegards\nManoj Kumar Singh\nSuperintendent, Comm Admin, CGST Patna-I\n"
             "manojkumar.singh4@icegate.gov.in\n0612-2504417\n")
    add(38, "creation-commadmin-patna-retyped-dup-email-empty-office", "Comm Admin Patna-I", "commadmin.patna1@icegate.gov.in",
        "Creation of SSO IDs - CGST Patna-I", "Tue, 18 Nov 2025 12:30:00 +0530", plain,
        [A(x, XLSX, "Patna SSO list.xlsx"), A(kit.jpeg(1338), JPG, "Service Book Amitabh.jpg"),
         A(kit.jpeg(1339), JPG, "Service Book Khushboo.jpg"), A(kit.jpeg(1340), JPG, "Service Book Rohit.jpg")],
        expected=exp("generic", "sso_creation", errors=[(3, "office", "missing_mandatory"), (4, "alt_email", "duplicate_alt_email")],
                     action="request_missing", kinds=["template", "service_book", "service_book", "service_book"]),
        intent="Patna Comm Admin's generic ID; all-black re-typed template (header row 1); row 3 has no office (default mandatory); row 4 repeats row 2's e-mail")

    x = xl([R(1, "Sneha", "", "Pillai", "Examiner", "11/11/1997", "03-11-2025", "9820413765",
              "sneha.pillai97@gmail.com", "ACC Mumbai", ""),
            R(2, "Akash", "", "Shetty", "Examiner", "05/05/1996", "03-11-2025", "9769302154",
              "akash.shetty96@gmail.com", "ACC Mumbai", "")], titles=("ACC MUMBAI",), headers=RETYPED, all_black=True)
    plain = ("Sir/Madam,\n\nDetails of two Examiners for SSO ID creation along with their service book\npages are "
             "attached.\n\nRegards,\nGeeta Iyer\nAppraiser (ASM)\nAir Cargo Complex, Sahar, Mumbai\n"
             "geeta.iyer@icegate.gov.in | 022-26828114\n")
    add(39, "creation-asm-mumbai-retyped-location-empty", "ASM ACC Mumbai", "asm.accmum@icegate.gov.in",
        "SSO ID creation - ACC Mumbai Examiners", "Wed, 19 Nov 2025 11:40:00 +0530", plain,
        [A(x, XLSX, "ACC Mumbai SSO.xlsx"), A(sb("Sneha Pillai", "11/11/1997", "03/11/2025"), PDF, "Service Book Sneha Pillai.pdf"),
         A(sb("Akash Shetty", "05/05/1996", "03/11/2025"), PDF, "Service Book Akash Shetty.pdf")],
        expected=exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
        intent="Mumbai ACC ASM's generic ID; all-black re-typed template; Location empty, which is not mandatory by default",
        moved="no duplicate and only a non-mandatory column empty (acknowledge)")

    hdrs = ["S No.", "First Name (as in service book)", "Middle Name", "Last Name (Surname)", "Designation",
            "Date of Birth", "Date of Joining CBIC", "Mobile No. (10 digits)", "Alternate Email ID (personal)",
            "Commissionerate / Office", "Location", "Employee ID"]
    x = xl([R(1, "Lokesh", "", "Meena", "Inspector", "09/04/1997", "10/11/2025", "9414203657",
              "lokesh.meena97@gmail.com", "CGST Jodhpur", "Jodhpur"),
            R(2, "Pinky", "", "Choudhary", "Inspector", "18/10/1998", "10/11/2025", "8003126549",
              "pinky.choudhary98@gmail.com", "CGST Jodhpur", "Barmer"),
            R(3, "Dilip", "", "Bishnoi", "Inspector", "23/02/1996", "10/11/2025", "9414203657",
              "dilip.bishnoi96@gmail.com", "CGST Jodhpur", "Bikaner")], headers=hdrs, all_black=True)
    plain = ("Sir,\n\nFor creation of SSO IDs of three Inspectors: template and service book\nscans attached.\n\n"
             "Regards,\nName: Mahendra Singh Chauhan\nDesignation: Superintendent (ASM)\n"
             "E-mail: mahendra.chauhan@icegate.gov.in\nContact: 0291-2650318\n")
    add(40, "creation-asm-jodhpur-bracketed-headers-dup-mobile", "ASM CGST Jodhpur", "asm.jodhpur@icegate.gov.in",
        "SSO ID creation - CGST Jodhpur", "Thu, 20 Nov 2025 14:00:00 +0530", plain,
        [A(x, XLSX, "Jodhpur SSO creation.xlsx"), A(scan(), PDF, "Service Book scans Jodhpur.pdf")],
        expected=exp("generic", "sso_creation", errors=[(6, "mobile", "duplicate_mobile")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Jodhpur ASM's generic ID; all-black template whose headers carry bracketed notes; row 6 repeats row 4's mobile")


# =================================================================== 011: unreadable template
def f011():
    csv = ("S.No.,First Name,Middle Name,Last Name,Designation,Date of Birth,Date of Joining,Mobile No.,"
           "Alternate Email ID,Commissionerate / Office\r\n1,Tarun,,Sharma,Inspector,12/12/1997,10/11/2025,"
           "9816204735,tarun.sharma97@gmail.com,CGST Shimla\r\n").encode()
    plain = ("Sir/Madam,\n\nKindly create the SSO ID for Shri Tarun Sharma, Inspector, CGST Shimla (joined\n10.11.2025). "
             "Creation template and service book page attached.\n\nRegards,\nRajinder Thakur\nSuperintendent (Systems), "
             "CGST Shimla\n0177-2620415\n")
    add(41, "creation-supt-shimla-csv-named-xlsx", "Rajinder Thakur", "rajinder.thakur@icegate.gov.in",
        "SSO ID creation - Tarun Sharma, Inspector", "Mon, 17 Nov 2025 15:15:00 +0530", plain,
        [A(csv, XLSX, "SSO creation template.xlsx"), A(sb("Tarun Sharma", "12/12/1997", "10/11/2025"), PDF, "Service Book - Tarun Sharma.pdf")],
        expected=exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Superintendent's own ICEGATE ID; the .xlsx is really a CSV text file")

    good = xl([R(1, "Farzana", "", "Begum", "Inspector", "04/04/1998", "03/11/2025", "9903124756",
                 "farzana.begum98@gmail.com", "CGST Howrah", "Howrah")])
    plain = ("Sir,\n\nSSO ID creation template and service book first page of Smt. Farzana Begum,\nInspector, CGST Howrah, "
             "are attached.\n\nThanks\nPartha Sarathi Dey\nAssistant Commissioner (Systems)\n")
    add(42, "creation-ac-howrah-truncated-xlsx", "Partha Sarathi Dey", "parthasarathi.dey@icegate.gov.in",
        "SSO ID - Farzana Begum - CGST Howrah", "Tue, 18 Nov 2025 10:45:00 +0530", plain,
        [A(good[:1500], XLSX, "SSO_template_Farzana.xlsx"), A(kit.jpeg(1342), JPG, "Service Book - Farzana Begum.jpg")],
        expected=exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Assistant Commissioner's own ICEGATE ID; the .xlsx is cut short (the first 1500 bytes of a real workbook)")

    x = xl([R(1, "Vishnu", "", "Prasad", "Inspector", "19/06/1997", "10/11/2025", "9495102367",
              "vishnu.prasad97@gmail.com", "CGST Kozhikode", "Kozhikode")])
    plain = ("Sir,\n\nResending the SSO ID creation template of Shri Vishnu Prasad, Inspector, saved\nafresh in Excel "
             "(.xlsx), with his service book page.\n\nRegards,\nShyni K\nSuperintendent (Systems), CGST Kozhikode\n")
    add(43, "creation-supt-kozhikode-readable-template", "Shyni K", "shyni.k@icegate.gov.in",
        "SSO ID creation - Vishnu Prasad", "Wed, 19 Nov 2025 16:20:00 +0530", plain,
        [A(x, XLSX, "SSO ID creation template.xlsx"), A(sb("Vishnu Prasad", "19/06/1997", "10/11/2025"), PDF, "Service Book Vishnu.pdf")],
        expected=exp("icegate", "sso_creation", kinds=["template", "service_book"]),
        intent="Superintendent's own ICEGATE ID; the template is a real, clean .xlsx",
        moved="the template is readable and clean (acknowledge)")

    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Microsoft Excel 97-2003 Worksheet" + bytes(3500)
    plain = ("Respected Sir,\n\nPlease create the SSO ID of Shri Ashok Jat, Inspector, who joined CGST Udaipur\non "
             "10.11.2025. Template and service book attached.\n\nRegards,\nMukesh Paliwal\nInspector (EDP)\n"
             "CGST Udaipur\n")
    add(44, "creation-insp-udaipur-xls-saved-as-xlsx", "Mukesh Paliwal", "mukesh.paliwal@icegate.gov.in",
        "SSO ID for Inspector Ashok Jat", "Thu, 20 Nov 2025 12:25:00 +0530", plain,
        [A(ole, XLSX, "SSO creation template - Ashok Jat.xlsx"), A(kit.jpeg(1344), JPG, "Service Book Ashok Jat.jpg")], client="tb",
        expected=exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Inspector (EDP)'s own ICEGATE ID (Thunderbird); an old-format .xls saved under an .xlsx name")



# =================================================================== 012: certification letter in place of the service book
def cert(name, dob, doj, jc="Joint Commissioner"):
    return pdf("CERTIFICATE", f"Certified that Shri/Smt. {name} was born on {dob} and joined",
               f"CBIC service on {doj}, as per the records of this office.",
               "The service book is awaited from the previous department.", f"Sd/- {jc}")


def f012():
    x = xl([R(1, "Sunil", "", "Ekka", "Inspector", "10/01/1995", "03/11/2025", "9431027865",
              "sunil.ekka95@gmail.com", "CGST Ranchi", "Ranchi")])
    plain = ("Sir,\n\nShri Sunil Ekka joined CGST Ranchi as Inspector on 03.11.2025 on transfer of\nservice from the "
             "Postal department; his service book has not yet been received.\nA certificate of his name, DOB and DOJ "
             "signed by the Joint Commissioner is\nattached in lieu of the service book, with the template.\n\n"
             "Regards,\nAjay Kumar Oraon, Superintendent (Systems) & Comm Admin\n"
             "ajay.oraon@icegate.gov.in / 0651-2330412\n")
    add(45, "creation-commadmin-ranchi-jc-certificate", "Comm Admin CGST Ranchi", "commadmin.ranchi@icegate.gov.in",
        "SSO ID creation - Sunil Ekka - certificate in lieu of service book", "Mon, 17 Nov 2025 11:30:00 +0530", plain,
        [A(x, XLSX, "SSO template Ranchi.xlsx"), A(cert("Sunil Ekka", "10/01/1995", "03/11/2025"), PDF, "Certificate by JC - Sunil Ekka.pdf")],
        expected=exp("generic", "sso_creation", action="review", kinds=["template", "certification_letter"]),
        intent="Ranchi Comm Admin's generic ID: template and a Joint Commissioner's certificate in lieu of the service book")

    x = xl([R(1, "Nazia", "", "Parveen", "Inspector", "22/07/1996", "10/11/2025", "9007214563",
              "nazia.parveen96@gmail.com", "CGST Siliguri", "Siliguri")])
    plain = ("Sir/Madam,\n\nSmt. Nazia Parveen, Inspector, joined on 10.11.2025 from the State Government.\nHer service "
             "book is yet to come; the Joint Commissioner's certificate of her\nname, date of birth and date of joining "
             "is attached instead, with the template.\n\nRegards,\nTapas Kumar Sarkar\nAssistant Commissioner (Systems), "
             "CGST Siliguri\n")
    add(46, "creation-ac-siliguri-certificate-by-content", "Tapas Kumar Sarkar", "tapas.sarkar@icegate.gov.in",
        "SSO ID creation - Nazia Parveen", "Tue, 18 Nov 2025 12:45:00 +0530", plain,
        [A(x, XLSX, "Siliguri SSO.xlsx"), A(cert("Nazia Parveen", "22/07/1996", "10/11/2025"), PDF, "Letter_No_412_2025.pdf")],
        expected=exp("icegate", "sso_creation", action="review", kinds=["template", "certification_letter"]),
        intent="Assistant Commissioner's own ICEGATE ID; the certificate's file name says nothing, its text layer says CERTIFICATE ... Joint Commissioner")

    x = xl([R(1, "Rakesh", "", "Mahto", "Inspector", "05/03/1997", "10/11/2025", "8210347659",
              "rakesh.mahto97@gmail.com", "CGST Jamshedpur", "Jamshedpur")])
    plain = ("Sir,\n\nTemplate of Shri Rakesh Mahto, Inspector, and a certificate signed by the\nJoint Commissioner "
             "(in place of the service book, which is with his earlier\noffice) are attached for creation of his SSO ID.\n\n"
             "Regards,\nS. K. Pandey\nSuperintendent, Comm Admin, CGST Jamshedpur\nPh: 0657-2431109\n")
    add(47, "creation-commadmin-jamshedpur-certificate-no-email", "Comm Admin Jamshedpur", "commadmin.jsr@icegate.gov.in",
        "SSO ID - Rakesh Mahto - certificate", "Wed, 19 Nov 2025 15:00:00 +0530", plain,
        [A(x, XLSX, "Jamshedpur SSO.xlsx"), A(cert("Rakesh Mahto", "05/03/1997", "10/11/2025"), PDF, "JC Certificate - Rakesh Mahto.pdf")],
        expected=exp("generic", "sso_creation", missing=["signature_email"], action="review",
                     kinds=["template", "certification_letter"]),
        intent="Jamshedpur Comm Admin's generic ID: certificate in lieu of service book, and the signature has no individual e-mail (still review)",
        moved="the generic signature lacks the individual e-mail (missing signature_email; review still wins)")

    plain = ("Sir,\n\nA certificate signed by the Joint Commissioner (Admn.) certifying the name, DOB\nand DOJ of Shri "
             "Alok Tirkey, Inspector, is attached in lieu of the service book. The\ncreation template will be sent "
             "separately.\n\nRegards,\nName: Neelima Kujur\nDesignation: Superintendent (Comm Admin)\n"
             "Email: neelima.kujur@icegate.gov.in\nPhone: 0612-2504401\n")
    add(48, "creation-commadmin-patna2-certificate-no-template", "Comm Admin CGST Patna-II", "commadmin.patna2@icegate.gov.in",
        "SSO ID creation - Alok Tirkey", "Thu, 20 Nov 2025 10:35:00 +0530", plain,
        [A(cert("Alok Tirkey", "14/11/1995", "03/11/2025", "Joint Commissioner (Admn.)"), PDF, "Certificate of DOB DOJ.pdf")],
        expected=exp("generic", "sso_creation", missing=["template"], action="review", kinds=["certification_letter"]),
        intent="Patna-II Comm Admin's generic ID: certificate only, template to follow (review wins over request_missing)",
        moved="no template attached (missing template; review still wins)")


# =================================================================== 013: officer abroad / COIN
def f013():
    def t(first, last, desig, loc):
        return xl([R(1, first, "", last, desig, "11/05/1985", "02/09/2025", "9810374652",
                     f"{first.lower()}.{last.lower()}85@gmail.com", "DRI Headquarters, New Delhi", loc)])
    plain = ("Sir,\n\nShri Karan Malhotra, Deputy Director, DRI, is posted as Consul (Customs) at the\nConsulate General "
             "of India, Dubai with effect from 02.09.2025. His SSO ID has not\nbeen created. Template and scanned "
             "service book page are attached.\n\nRegards,\nSmita Rao\nJoint Director, DRI (Hqrs.), New Delhi\n")
    add(49, "creation-dri-jd-officer-at-dubai-consulate", "Smita Rao", "smita.rao@icegate.gov.in",
        "SSO ID creation - officer posted at CGI Dubai", "Mon, 17 Nov 2025 12:00:00 +0530", plain,
        [A(t("Karan", "Malhotra", "Deputy Director", "Dubai, UAE"), XLSX, "SSO template - Dubai.xlsx"),
         A(scan(), PDF, "Service Book - Karan Malhotra.pdf")],
        expected=exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"]),
        intent="DRI HQ Joint Director's own ICEGATE ID: an officer posted at the Consulate in Dubai (outside India)")

    plain = ("Sir,\n\nPlease create an SSO ID for Shri Rohan Pillai, Senior Intelligence Officer, who\nis on COIN "
             "posting at the High Commission of India, Singapore. Template and\nservice book first page attached.\n\n"
             "Regards,\nD. P. Sharma | Additional Director General | DRI Headquarters, New Delhi\n")
    add(50, "creation-dri-adg-coin-singapore", "D P Sharma", "dp.sharma@icegate.gov.in",
        "SSO ID - COIN Singapore", "Tue, 18 Nov 2025 16:10:00 +0530", plain,
        [A(t("Rohan", "Pillai", "Senior Intelligence Officer", "Singapore"), XLSX, "COIN Singapore SSO.xlsx"),
         A(sb("Rohan Pillai", "11/05/1985", "02/09/2025"), PDF, "Service Book Rohan Pillai.pdf")], client="outlook",
        expected=exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"]),
        intent="DRI ADG's own ICEGATE ID (Outlook, CRLF): officer on a COIN posting in Singapore")

    plain = ("Sir,\n\nShri Sameer Khan, Intelligence Officer, joined DRI Kolkata Zonal Unit on\n02.09.2025 on initial "
             "appointment and is posted at Kolkata. Template and service\nbook page attached for creation of his SSO ID.\n\n"
             "Regards,\nAditi Banerjee\nAdditional Director, DRI Kolkata Zonal Unit\n")
    add(51, "creation-dri-kolkata-officer-in-india", "Aditi Banerjee", "aditi.banerjee@icegate.gov.in",
        "SSO ID creation - DRI KZU", "Wed, 19 Nov 2025 11:20:00 +0530", plain,
        [A(t("Sameer", "Khan", "Intelligence Officer", "Kolkata"), XLSX, "DRI KZU SSO.xlsx"),
         A(sb("Sameer Khan", "11/05/1985", "02/09/2025"), PDF, "Service Book Sameer Khan.pdf")],
        expected=exp("icegate", "sso_creation", kinds=["template", "service_book"]),
        intent="DRI Additional Director's own ICEGATE ID: an officer posted in Kolkata, not abroad",
        moved="the officer is posted in India (acknowledge)")

    plain = ("Sir,\n\nThe template for SSO ID creation of Shri Vivek Anand, Deputy Director, on COIN\nposting at the "
             "Consulate General of India, Hong Kong is attached. His service book\npage will be sent by his parent "
             "cadre.\n\nRegards,\nMeera Nanda\nJoint Director (COIN Cell), DRI Hqrs.\n")
    add(52, "creation-dri-coin-hong-kong-no-book", "Meera Nanda", "meera.nanda@icegate.gov.in",
        "SSO ID - COIN Hong Kong", "Thu, 20 Nov 2025 17:05:00 +0530", plain,
        [A(t("Vivek", "Anand", "Deputy Director", "Hong Kong"), XLSX, "COIN HK SSO.xlsx")],
        expected=exp("icegate", "sso_creation", missing=["service_book"], action="review", kinds=["template"]),
        intent="DRI JD's own ICEGATE ID: COIN posting in Hong Kong, template only (review wins over the missing service book)",
        moved="no service book (missing service_book; review still wins)")


# =================================================================== 014: generic mailbox outside ICEGATE (nic.in / gov.in)
NIC_FOOT = ("\nThis e-mail is sent through the Government of India e-mail service.\n"
            "यह ई-मेल भारत सरकार की ई-मेल सेवा के माध्यम से भेजा गया है।\n")


def f014():
    def t(rows):
        return xl([R(i + 1, *r) for i, r in enumerate(rows)])
    x = t([("Sourav", "", "Ganguly", "Inspector", "08/07/1997", "03/11/2025", "9836104527", "sourav.g1997@gmail.com", "CGST Kolkata East", "Salt Lake")])
    plain = ("Sir,\n\nTemplate and service book of one Inspector of CGST Kolkata East for creation of\nSSO ID.\n\n"
             "Regards,\nMadhumita Ghosh\nSuperintendent (Systems)\nEmail: madhumita.ghosh@icegate.gov.in\n"
             "Ph: 033-2335 1042\n" + NIC_FOOT)
    add(53, "creation-nic-kolkata-full-signature", "CGST Systems Kolkata East", "cgst.systems.kole@nic.in",
        "SSO ID creation - CGST Kolkata East", "Mon, 17 Nov 2025 13:40:00 +0530", plain,
        [A(x, XLSX, "Kolkata East SSO.xlsx"), A(kit.jpeg(1353), JPG, "Service Book Sourav.jpg")], client="zimbra9", cte="qp",
        expected=exp("generic", "sso_creation", missing=["icegate_sender"], action="request_missing",
                     kinds=["template", "service_book"]),
        intent="Systems mailbox on nic.in (generic, not ICEGATE) with a full signature; NIC footer with a Hindi line",
        moved="the signature has a designation (only icegate_sender missing)")

    x = t([("Jisha", "", "Mol", "Inspector", "12/02/1998", "05/11/2025", "9746102385", "jisha.mol98@gmail.com", "CGST Thiruvananthapuram", "Kollam"),
           ("Arjun", "", "Das", "Inspector", "30/03/1997", "05/11/2025", "8547213096", "arjun.das97@gmail.com", "CGST Thiruvananthapuram", "Attingal")])
    plain = ("Sir/Madam,\n\nConsolidated template of two Inspectors and their service book pages are\nattached for "
             "creation of SSO IDs and ICEGATE mail IDs.\n\nRegards,\nLekha R.\nEDP Cell, CGST Thiruvananthapuram\n"
             "lekha.r@icegate.gov.in\n0471-2327415\n" + NIC_FOOT)
    add(54, "creation-govin-tvm-edp-no-designation", "EDP Cell TVM", "edp.cgsttvm@gov.in",
        "SSO IDs - CGST Thiruvananthapuram", "Tue, 18 Nov 2025 15:30:00 +0530", plain,
        [A(x, XLSX, "TVM consolidated SSO.xlsx"), A(sb("Jisha Mol", "12/02/1998", "05/11/2025"), PDF, "Service Book Jisha.pdf"),
         A(sb("Arjun Das", "30/03/1997", "05/11/2025"), PDF, "Service Book Arjun.pdf")], client="zimbra9", cte="qp",
        expected=exp("generic", "sso_creation", missing=["icegate_sender", "signature_designation"], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="EDP Cell mailbox on gov.in: name, individual e-mail and phone signed, no designation ('EDP Cell' is a section)")

    x = t([("Bhavana", "", "Hegde", "Inspector", "17/09/1998", "03/11/2025", "9448103726", "bhavana.hegde98@gmail.com", "CGST Mangaluru", "Udupi")])
    plain = ("Sir,\n\nPlease create the SSO ID of Smt. Bhavana Hegde, Inspector. Template and service\nbook copy attached.\n\n"
             "Regards,\nSuresh Shenoy\nComputer Cell, CGST Mangaluru\nPh: 0824-2412031\n" + NIC_FOOT)
    add(55, "creation-nic-mangaluru-no-designation-no-email", "CGST Computer Cell Mangaluru", "cgst.compcell.mlr@nic.in",
        "SSO ID creation - Bhavana Hegde", "Wed, 19 Nov 2025 10:50:00 +0530", plain,
        [A(x, XLSX, "Mangaluru SSO.xlsx"), A(kit.jpeg(1355), JPG, "Service Book - Bhavana Hegde.jpg")], client="zimbra9", cte="qp",
        expected=exp("generic", "sso_creation", missing=["icegate_sender", "signature_designation", "signature_email"],
                     action="request_missing", kinds=["template", "service_book"]),
        intent="Computer Cell mailbox on nic.in: signed with a name and phone, no designation, no individual e-mail")

    x = t([("Gayatri", "", "Rathod", "Inspector", "03/03/1999", "10/11/2025", "9998103246", "gayatri.rathod99@gmail.com", "CGST Vadodara-I", "Vadodara"),
           ("Mehul", "", "Parekh", "Inspector", "14/08/1997", "10/11/2025", "9824017356", "mehul.parekh97@gmail.com", "CGST Vadodara-I", "Anand")])
    plain = ("Sir,\n\nSSO ID creation: consolidated template and service book photos of two Inspectors\nof CGST Vadodara-I "
             "are attached.\n\nआभार सहित / Regards,\nJ. N. Vyas\nSystems Section, CGST Vadodara-I\n"
             "jn.vyas@icegate.gov.in, 0265-2641120\n" + NIC_FOOT)
    add(56, "creation-nic-vadodara-no-designation-hindi", "CGST Systems Vadodara", "systems.cgstvad1@nic.in",
        "Creation of SSO IDs - CGST Vadodara-I", "Thu, 20 Nov 2025 12:15:00 +0530", plain,
        [A(x, XLSX, "Vadodara SSO.xlsx"), A(kit.jpeg(1356), JPG, "Service Book Gayatri.jpg"), A(kit.jpeg(1357), JPG, "Service Book Mehul.jpg")],
        client="zimbra9", cte="qp",
        expected=exp("generic", "sso_creation", missing=["icegate_sender", "signature_designation"], action="request_missing",
                     kinds=["template", "service_book", "service_book"]),
        intent="Systems mailbox on nic.in, bilingual closing; signed with name, e-mail and phone, no designation")



# =================================================================== 015-018: status enquiries
def f015():
    add(57, "status-outlookcom-running-text", "Rahul Deb", "rahuldeb.cbic@outlook.com",
        "Is there an SSO ID in my name?", "Mon, 17 Nov 2025 19:10:00 +0530",
        "Hello Sir/Madam,\n\nI am Rahul Deb, working as Inspector in CGST Agartala Division since 2019. I\nnever got an "
        "SSO ID or ICEGATE mail ID, so I am not sure whether one was ever\ncreated for me. Please check. My mobile number "
        "is 9436120587.\n\nThank you,\nRahul Deb\n", client="outlookcom", cte="qp",
        expected=exp("personal", "sso_status"),
        intent="Inspector asks from Outlook.com, name, designation and mobile stated in running text")
    add(58, "status-gmail-signature-only", "Kavya Shetty", "kavya.shetty.cbic@gmail.com",
        "SSO ID status", "Tue, 18 Nov 2025 08:30:00 +0530",
        "Sir,\n\nCould you please tell me whether an SSO ID / ICEGATE e-mail ID already exists\nin my name? I have not "
        "received any credentials so far.\n\nRegards,\nKavya Shetty\nSuperintendent, CGST Udupi Division\n"
        "Mob: 94481 20365\n", client="gmail", cte="qp",
        expected=exp("personal", "sso_status"),
        intent="Superintendent asks from Gmail; name, designation and a spaced mobile in the signature only")
    add(59, "status-gmail-no-designation", "Imtiaz Ahmed", "imtiaz.ahmed1983@gmail.com",
        "Whether SSO ID created", "Wed, 19 Nov 2025 21:15:00 +0530",
        "Dear Sir,\n\nKindly check whether any SSO ID has been created in my name. I am posted in\nCGST Srinagar.\n\n"
        "Name: Imtiaz Ahmed\nMobile: 7006124538\n\nThanks\nImtiaz Ahmed\n", client="gmail", cte="qp",
        expected=exp("personal", "sso_status", missing=["designation"], action="request_missing"),
        intent="Officer asks from Gmail with labelled name and mobile; no designation anywhere",
        moved="the designation is not given (missing designation)")
    add(60, "status-yahoo-bilingual-labelled", "Sunita Devi", "sunita.devi72@yahoo.com",
        "एसएसओ आईडी की स्थिति / SSO ID status", "Thu, 20 Nov 2025 10:05:00 +0530",
        "महोदय,\n\nकृपया बताएं कि मेरे नाम पर एसएसओ आईडी बनी है या नहीं।\nKindly let me know whether an SSO ID exists in my name.\n\n"
        "नाम / Name: Sunita Devi\nपदनाम / Designation: Superintendent\nमोबाइल / Mobile: 9419203756\n"
        "कार्यालय / Office: CGST Jammu\n\nसधन्यवाद\nSunita Devi\n", client="yahoo", cte="qp",
        expected=exp("personal", "sso_status"),
        intent="Superintendent asks from Yahoo, bilingual labels, quoted-printable body, B-encoded Devanagari subject")


def f016():
    add(61, "status-yahoo-tel-landline", "Bijay Kumar Jena", "bijayjena71@yahoo.co.in",
        "SSO ID enquiry", "Mon, 17 Nov 2025 09:20:00 +0530",
        "Sir,\n\nKindly inform whether an SSO ID has been created in my name.\n\nName: Bijay Kumar Jena\n"
        "Designation: Superintendent\n\nRegards,\nB. K. Jena\nCGST Cuttack Division\nTel: 0671-2304518\n\n"
        "Sent from Yahoo Mail on Android\n", client="yahoo",
        expected=exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
        intent="Yahoo enquiry; the only number is an office landline with STD code")
    add(62, "status-gmail-office-phone-spaced", "Lakshmi Priya", "lakshmipriya.insp@gmail.com",
        "Enquiry - SSO ID in my name", "Tue, 18 Nov 2025 14:00:00 +0530",
        "Respected Sir/Madam,\n\nI wish to know whether an SSO ID / ICEGATE ID exists in my name.\n\n"
        "Lakshmi Priya\nInspector of Central Tax, CGST Chennai South\nPhone (Off.): 044 2461 0357\n", client="gmail", cte="qp",
        expected=exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
        intent="Gmail enquiry; name and designation signed, the only number an office phone written as STD code and number")
    add(63, "status-yahoo-plus91-mobile", "Tanmoy Halder", "tanmoy.halder80@yahoo.co.in",
        "Whether SSO ID exists", "Wed, 19 Nov 2025 18:40:00 +0530",
        "Sir,\n\nPlease let me know whether an SSO ID exists in my name; I have never got one.\n\n"
        "Name: Tanmoy Halder\nDesignation: Inspector\nMobile: +91 94330 12576\n\nRegards,\nTanmoy Halder\n"
        "CGST Barrackpore\n", client="yahoo",
        expected=exp("personal", "sso_status"),
        intent="Yahoo enquiry with a +91-prefixed spaced mobile",
        moved="a mobile number is given (acknowledge)")
    add(64, "status-rediff-fax-and-landline", "Narayan Swamy", "narayanswamy.cex@rediffmail.com",
        "SSO ID - please check", "Thu, 20 Nov 2025 11:55:00 +0530",
        "Sir,\n\nKindly check whether an SSO ID has been created for me.\n\nName: Narayan Swamy\n"
        "Designation: Superintendent\nOffice phone: 080-2286 4410\nFax: 080-2286 4499\n\nThanking you\n",
        client="rediff", extra={"Reply-To": "Narayan Swamy <narayanswamy.cex@rediffmail.com>"},
        expected=exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
        intent="Rediffmail enquiry with an office phone and a fax, no mobile")


def f017():
    add(65, "status-rediff-no-name", "Thomas Kurian", "tkurian.cgst@rediffmail.com",
        "SSO ID created or not?", "Mon, 17 Nov 2025 12:10:00 +0530",
        "Sir,\n\nI would like to know if an SSO ID was created for me. I am in CGST Kottayam\nsince 2015.\n\n"
        "Designation: Inspector\nMobile: 9447013586\n\nThanks\n", client="rediff",
        extra={"Reply-To": "Thomas Kurian <tkurian.cgst@rediffmail.com>"},
        expected=exp("personal", "sso_status", missing=["name"], action="request_missing"),
        intent="Rediffmail enquiry; designation and mobile labelled, the name only in the From display name")
    add(66, "status-gmail-no-name", "Pooja Bisht", "poojabisht.dehradun@gmail.com",
        "SSO ID", "Tue, 18 Nov 2025 13:35:00 +0530",
        "Sir/Madam,\n\nPlease check whether an SSO ID has been created in my name.\nI am working as Superintendent, "
        "CGST Dehradun. My mobile: 9411203658.\n\nRegards\n", client="gmail", cte="qp",
        expected=exp("personal", "sso_status", missing=["name"], action="request_missing"),
        intent="Gmail enquiry; designation and mobile in running text, no name in the text")
    add(67, "status-rediff-named", "Venugopal Menon", "venumenon.cex@rediffmail.com",
        "SSO ID - whether created", "Wed, 19 Nov 2025 10:25:00 +0530",
        "Sir,\n\nKindly inform whether an SSO ID has been created for me.\n\nDesignation: Superintendent\n"
        "Mobile No.: 9495013728\n\nThanking you,\nVenugopal Menon\n", client="rediff",
        extra={"Reply-To": "Venugopal Menon <venumenon.cex@rediffmail.com>"},
        expected=exp("personal", "sso_status"),
        intent="Rediffmail enquiry that signs with the officer's name",
        moved="the name is signed (acknowledge)")
    add(68, "status-yahoo-mobile-only", "Harish Chandra", "harish.chandra66@yahoo.com",
        "SSO ID query", "Thu, 20 Nov 2025 16:45:00 +0530",
        "Sir,\n\nIs there an SSO ID in my name? I have not received any.\n\nMobile: 8979012645\n\nThanks\n",
        client="yahoo",
        expected=exp("personal", "sso_status", missing=["designation", "name"], action="request_missing"),
        intent="Yahoo enquiry with only a mobile number: neither name nor designation in the text",
        moved="the designation is missing too")


def f018():
    add(69, "status-range-gmail-office-email-only", "CGST Range-II Howrah", "cgstrange2.howrah@gmail.com",
        "SSO ID status - Inspector Souvik Pal", "Mon, 17 Nov 2025 11:00:00 +0530",
        "Sir,\n\nShri Souvik Pal, Inspector of this Range, has not received any SSO ID. Kindly\ncheck whether one exists.\n\n"
        "Name: Souvik Pal\nDesignation: Inspector\nMobile No.: 9804127365\n\nRegards,\nS. Chattopadhyay\n"
        "Superintendent, CGST Range-II, Howrah\ncgstrange2.howrah@gmail.com | 033-2641 0182\n", client="gmail", cte="qp",
        expected=exp("generic", "sso_status", missing=["signature_email"], action="request_missing"),
        intent="A Range office's Gmail asks for an Inspector; the signature's only e-mail is the office Gmail itself")
    add(70, "status-division-gmail-individual-icegate", "CGST Division Salem", "cgstdivision.salem@gmail.com",
        "Whether SSO ID created - Inspector Gowtham", "Tue, 18 Nov 2025 15:20:00 +0530",
        "Sir/Madam,\n\nKindly check whether an SSO ID exists for Shri Gowtham Raj, Inspector.\n\n"
        "Name: Gowtham Raj\nDesignation: Inspector\nMobile: 9865012437\n\nRegards,\nR. Sivakumar\n"
        "Superintendent, CGST Division, Salem\nEmail: sivakumar.r@icegate.gov.in\nPh: 0427-2410035\n", client="gmail", cte="qp",
        expected=exp("generic", "sso_status"),
        intent="A Division's Gmail asks for an Inspector; the Superintendent signs with his individual ICEGATE e-mail",
        moved="the signature has an individual e-mail (acknowledge)")
    add(71, "status-division-yahoo-no-email-no-phone", "CGST Division Bardhaman", "cgstdiv.bardhaman@yahoo.com",
        "SSO ID - Inspector Ananya Ghosh", "Wed, 19 Nov 2025 12:40:00 +0530",
        "Sir,\n\nSmt. Ananya Ghosh, Inspector, wants to know whether an SSO ID was created for her.\n\n"
        "Name: Ananya Ghosh\nDesignation: Inspector\nMobile: 9734102586\n\nRegards,\nAsit Baran Mondal\n"
        "Superintendent, CGST Division, Bardhaman\n", client="yahoo",
        expected=exp("generic", "sso_status", missing=["signature_email", "signature_phone"], action="request_missing"),
        intent="A Division's Yahoo asks for an Inspector; the Superintendent signs with name and designation only",
        moved="the signature also lacks a contact number")
    add(72, "status-preventive-gmail-personal-individual", "Customs Preventive Guwahati", "customs.prev.guwahati@gmail.com",
        "SSO ID status - Inspector Manash Gogoi", "Thu, 20 Nov 2025 10:15:00 +0530",
        "Sir,\n\nPlease check whether an SSO ID exists in the name of Shri Manash Gogoi, Inspector.\n\n"
        "Name: Manash Gogoi\nDesignation: Inspector\nMobile: 9864103527\n\nRegards,\n"
        "Hemanta Kumar Nath, Superintendent (Prev.)\nEmail: hemanta.nath67@gmail.com, Ph: 0361-2731046\n",
        client="gmail", cte="qp",
        expected=exp("generic", "sso_status"),
        intent="A Preventive office's Gmail; the Superintendent signs with his own personal Gmail as individual e-mail, name and designation on one line")



# =================================================================== 019-023: password resets
def f019():
    add(73, "reset-icegate-hindi-labelled", "सुरेश यादव", "suresh.yadav4@icegate.gov.in",
        "एसएसओ पासवर्ड रीसेट / SSO ID password reset", "Mon, 17 Nov 2025 10:40:00 +0530",
        "महोदय,\n\nमेरा एसएसओ आईडी का पासवर्ड काम नहीं कर रहा है, कृपया रीसेट करें।\nMy SSO ID password is not "
        "working; I have forgotten it. Please reset it.\n\nनाम / Name: Suresh Yadav\nपद / Designation: Inspector\n"
        "SSO ID: 63018452\nमोबाइल / Mobile: 9451203784\n\nधन्यवाद\nसुरेश यादव\n", cte="qp",
        expected=exp("icegate", "password_reset"),
        intent="Bilingual reset from the officer's ICEGATE ID, Devanagari display name and subject, labelled details")
    add(74, "reset-icegate-running-text", "Arvind Iyer", "arvind.iyer@icegate.gov.in",
        "Forgot SSO password", "Tue, 18 Nov 2025 09:15:00 +0530",
        "Dear Saksham Seva,\n\nI forgot the password of my SSO ID. My SSO ID is 47281036 and I am Appraiser\nat the Air "
        "Cargo Complex, Chennai. You can reach me on 9884120537.\n\nRegards,\nArvind Iyer\n", client="tb",
        expected=exp("icegate", "password_reset"),
        intent="Reset from the officer's ICEGATE ID (Thunderbird); SSO ID, designation and mobile in running text")
    add(75, "reset-icegate-alternate-email", "Shweta Kulkarni", "shweta.kulkarni@icegate.gov.in",
        "Password reset request - SSO", "Wed, 19 Nov 2025 11:30:00 +0530",
        "Sir,\n\nKindly reset my SSO password; I am unable to log in to ACES.\n\nName: Shweta Kulkarni\n"
        "Designation: Superintendent\nAlternate email ID: shweta.k1982@gmail.com\nMobile: 9822104736\n\n"
        "Regards,\nShweta Kulkarni\nCGST Pune-II\n",
        expected=exp("icegate", "password_reset"),
        intent="Reset from the officer's ICEGATE ID giving the alternate e-mail ID instead of the SSO ID")
    add(76, "reset-personal-gmail-complete", "Mohan Das", "mohandas.cbic@gmail.com",
        "Reset SSO ID password", "Thu, 20 Nov 2025 20:05:00 +0530",
        "Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: Mohan Das\nDesignation: Inspector\n"
        "SSO ID: 58120374\nMobile: 9447120386\n\nRegards\nMohan Das\n", client="gmail", cte="qp",
        expected=exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
        intent="A complete reset request, but from the officer's personal Gmail",
        moved="a personal address asks for a reset (missing icegate_sender)")


def f020():
    quoted_outlook = ("\n-----Original Message-----\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
                      "Sent: Monday, November 17, 2025 3:20 PM\nTo: {who}\nSubject: RE: SSO password reset\n\n"
                      "Dear Sir,\n\nWe could not reach you on the number given. Please reply with a number on\nwhich you "
                      "are available.\n\nRegards,\nSaksham Seva Helpdesk\n\n-----Original Message-----\nFrom: {who}\n"
                      "Sent: Friday, November 14, 2025 10:02 AM\nTo: saksham.seva@icegate.gov.in\nSubject: SSO password reset\n\n"
                      "Sir,\n\nPlease reset my SSO ID password.\n\nName: {name}\nDesignation: {desig}\nSSO ID: {sso}\n"
                      "Mobile: {mob}\n")
    logo = kit.att(kit.make_png(40, 20, 120), PNG, "image001.png", disp="inline", cid="image001.png@01DC5A11.2F3B4C50")
    who = "Ganesh Patil <ganesh.patil@icegate.gov.in>"
    add(77, "reset-outlook-reply-sso-only-quoted", "Ganesh Patil", "ganesh.patil@icegate.gov.in",
        "RE: SSO password reset", "Tue, 18 Nov 2025 11:05:00 +0530",
        "Sir,\n\nSorry, I was on night shift. Please call me today on the number below.\n\nRegards,\nGanesh Patil\n"
        "Inspector, JNCH Nhava Sheva\nMobile: 9769104325\n[cid:image001.png@01DC5A11.2F3B4C50]\n"
        + quoted_outlook.format(who=who, name="Ganesh Patil", desig="Inspector", sso="39201746", mob="9920103746"),
        client="outlook", cte="qp", related=logo, extra={"In-Reply-To": "<2201.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "password_reset", missing=["sso_id"], action="request_missing", kinds=["other"]),
        intent="Outlook reply (CRLF, inline logo): own text gives name, designation and a new mobile; the SSO ID only in the quoted original")
    add(78, "reset-gmail-style-reply-sso-quoted", "Jyoti Prasad", "jyoti.prasad@icegate.gov.in",
        "Re: SSO password reset", "Wed, 19 Nov 2025 12:20:00 +0530",
        "Madam,\n\nPlease try me now on 9431102857. I am Superintendent, CGST Patna-I.\n\nJyoti Prasad\n\n"
        "On Tue, 18 Nov 2025 at 16:10, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n"
        "> Madam, we could not reach you. Please send a number on which you are available.\n>\n"
        "> On Mon, 17 Nov 2025 at 10:00, Jyoti Prasad wrote:\n>> Please reset my SSO ID password.\n"
        ">> SSO ID: 50318274\n>> Mobile: 9431102800\n", client="tb",
        extra={"In-Reply-To": "<2202.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "password_reset", missing=["sso_id"], action="request_missing"),
        intent="'On ... wrote:' reply (Thunderbird): own text gives name, designation and mobile; the SSO ID only in '>' lines")
    who = "Farooq Ahmad <farooq.ahmad@icegate.gov.in>"
    add(79, "reset-outlook-reply-sso-repeated", "Farooq Ahmad", "farooq.ahmad@icegate.gov.in",
        "RE: SSO password reset", "Thu, 20 Nov 2025 10:35:00 +0530",
        "Sir,\n\nI missed your call. Please reset the password of SSO ID 44820159.\n\nRegards,\nFarooq Ahmad\n"
        "Superintendent of Customs, ICD Srinagar\nMobile: 7006102584\n[cid:image001.png@01DC5A11.2F3B4C50]\n"
        + quoted_outlook.format(who=who, name="Farooq Ahmad", desig="Superintendent", sso="44820159", mob="7006102500"),
        client="outlook", cte="qp", related=logo, extra={"In-Reply-To": "<2203.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "password_reset", kinds=["other"]),
        intent="Outlook reply that repeats the SSO ID in the officer's own text",
        moved="the SSO ID is in the sender's own text (acknowledge)")
    who = "Ramya Gowda <ramya.gowda@icegate.gov.in>"
    add(80, "reset-outlook-reply-designation-quoted", "Ramya Gowda", "ramya.gowda@icegate.gov.in",
        "RE: SSO password reset", "Fri, 21 Nov 2025 09:50:00 +0530",
        "Sir,\n\nPlease call me on 9535102746 for the reset of SSO ID 61203847.\n\nThanks,\nRamya Gowda\n"
        + quoted_outlook.format(who=who, name="Ramya Gowda", desig="Inspector", sso="61203847", mob="9535102700"),
        client="outlook", cte="qp", extra={"In-Reply-To": "<2204.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
        intent="Outlook reply: own text gives name, SSO ID and mobile; the designation only in the quoted original",
        moved="the designation (not the SSO ID) is only in the quote")


def f021():
    add(81, "reset-individual-nic-in", "Soumitra Banerjee", "soumitra.banerjee@nic.in",
        "SSO ID password reset", "Mon, 17 Nov 2025 15:00:00 +0530",
        "Sir,\n\nI am on deputation to the Ministry of Finance and cannot access my ICEGATE\nmailbox; I have "
        "forgotten the SSO password. Please reset it.\n\nName: Soumitra Banerjee\nDesignation: Deputy Commissioner\n"
        "SSO ID: 30218574\nMobile: 9830102475\n\nRegards,\nSoumitra Banerjee\n", client="zimbra9",
        expected=exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
        intent="Deputy Commissioner on deputation asks from his individual nic.in address")
    add(82, "reset-gmail-alternate-email", "Preethi Rajan", "preethi.rajan84@gmail.com",
        "Request to reset SSO password", "Tue, 18 Nov 2025 19:30:00 +0530",
        "Sir,\n\nI am unable to log in to ICEGATE mail as I forgot my SSO password. Kindly reset.\n\n"
        "Name: Preethi Rajan\nDesignation: Assistant Commissioner\nAlternate e-mail: preethi.rajan84@yahoo.com\n"
        "Mobile: 9940102365\n\nRegards\nPreethi Rajan\n", client="gmail", cte="qp",
        expected=exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
        intent="Assistant Commissioner asks from her Gmail; alternate e-mail given")
    add(83, "reset-govin-landline-only", "Rakesh Bhatnagar", "rakesh.bhatnagar@gov.in",
        "SSO password reset", "Wed, 19 Nov 2025 12:00:00 +0530",
        "Sir,\n\nKindly reset the password of my SSO ID 28401756. I am presently on deputation\nto CBI, New Delhi.\n\n"
        "Name: Rakesh Bhatnagar\nDesignation: Joint Commissioner\nTel (O): 011-2436 1042\n\nRegards,\nRakesh Bhatnagar\n",
        client="zimbra9",
        expected=exp("personal", "password_reset", missing=["icegate_sender", "mobile"], action="request_missing"),
        intent="Joint Commissioner on deputation asks from gov.in; only an office landline",
        moved="no mobile number (missing mobile too)")
    add(84, "reset-gmail-display-name-shows-icegate", "k.menon@icegate.gov.in", "krishnamenon.cbic@gmail.com",
        "SSO password reset", "Thu, 20 Nov 2025 22:10:00 +0530",
        "Sir,\n\nPlease reset my SSO ID password.\n\nName: Krishna Menon\nDesignation: Superintendent\n"
        "SSO ID: 51820437\nMobile: 9446120385\n\nKrishna Menon\n", client="gmail", cte="qp",
        expected=exp("personal", "password_reset", missing=["icegate_sender"], action="review"),
        intent="A Gmail address whose display name shows an icegate.gov.in address",
        moved="the display name shows an icegate address while the address is Gmail (ambiguous sender: review)")


def f022():
    add(85, "reset-hindi-base64-no-designation", "मनोज तिवारी", "manoj.tiwari3@icegate.gov.in",
        "पासवर्ड रीसेट हेतु / Password reset", "Mon, 17 Nov 2025 11:45:00 +0530",
        "महोदय,\n\nमैं अपना एसएसओ पासवर्ड भूल गया हूँ। कृपया रीसेट करें।\n\nनाम / Name: मनोज तिवारी (Manoj Tiwari)\n"
        "एसएसओ आईडी / SSO ID: 47102853\nमोबाइल / Mobile: 9415203867\n\nसादर,\nमनोज तिवारी\n", cte="b64",
        expected=exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
        intent="Hindi reset (base64 body, B-encoded subject and name) from the officer's ICEGATE ID; no designation")
    add(86, "reset-english-no-designation", "Sandeep Rana", "sandeep.rana@icegate.gov.in",
        "SSO password", "Tue, 18 Nov 2025 10:10:00 +0530",
        "Sir,\n\nForgot my SSO password, please reset.\nSSO ID - 36720184\nMob - 9816203745\n\nSandeep Rana\n",
        expected=exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
        intent="Terse English reset from the officer's ICEGATE ID: SSO ID and mobile, signed with the name only")
    add(87, "reset-hindi-with-designation", "पूनम शर्मा", "poonam.sharma5@icegate.gov.in",
        "पासवर्ड रीसेट / Password reset", "Wed, 19 Nov 2025 14:25:00 +0530",
        "महोदया,\n\nमैं अपना एसएसओ पासवर्ड भूल गई हूँ। कृपया रीसेट करें।\n\nनाम / Name: पूनम शर्मा (Poonam Sharma)\n"
        "पदनाम / Designation: अधीक्षक (Superintendent)\nएसएसओ आईडी / SSO ID: 52018346\n"
        "मोबाइल / Mobile: 9460120374\n\nसादर,\nपूनम शर्मा\n", cte="b64",
        expected=exp("icegate", "password_reset"),
        intent="Hindi reset (base64) that labels the designation in Hindi and English",
        moved="the designation is given (acknowledge)")
    add(88, "reset-hindi-q-subject-no-designation", "अजय सिंह", "ajay.singh9@icegate.gov.in",
        "एसएसओ आईडी पासवर्ड", "Thu, 20 Nov 2025 09:30:00 +0530",
        "महोदय,\n\nकृपया मेरा एसएसओ आईडी पासवर्ड रीसेट करें, मैं लॉगिन नहीं कर पा रहा हूँ।\nPlease reset my SSO ID password.\n\n"
        "Name: Ajay Singh\nSSO ID: 40128375\nMobile: 8840120376\n\nधन्यवाद\n", cte="qp", subj_enc="Q",
        expected=exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
        intent="Hindi/English reset (quoted-printable, Q-encoded subject) without a designation")


def AR(dkim, spf, dmarc, frm_local, dom="icegate.gov.in", hd=None, ip="203.0.113.77"):
    hd = hd or dom
    parts = [f"dkim={dkim}" + (f" header.d={hd} header.s=zm2024" if dkim == "pass" else " (message not signed)")]
    parts.append(f"spf={spf} (mx.icegate.gov.in: domain of {frm_local}@{dom} "
                 f"{'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={frm_local}@{dom}")
    if dmarc:
        parts.append(f"dmarc={dmarc} (p=none dis=none) header.from={dom}")
    return "Authentication-Results: mx.icegate.gov.in;\n\t" + ";\n\t".join(parts)


def f023():
    body = lambda n, s, m: (f"Dear Team,\n\nMy SSO ID is locked, please reset the password and mail it to me here.\n\n"
                            f"Name: {n}\nDesignation: Superintendent\nSSO ID: {s}\nMobile: {m}\n\nRegards,\n{n}\n")
    forged = ("\nAuthentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass "
              "smtp.mailfrom={l}@icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
    add(89, "reset-spoofed-dmarc-fail", "Amit Joshi", "amit.joshi3@icegate.gov.in", "URGENT - SSO password",
        "Sun, 16 Nov 2025 02:14:00 +0530", body("Amit Joshi", "49201837", "9920134785"), client="php",
        ar=AR("none", "fail", "fail", "amit.joshi3") + forged.format(l="amit.joshi3"),
        extra={"Reply-To": "Amit Joshi <amitjoshi.sso@gmail.com>"}, html=False,
        expected=exp("icegate", "password_reset", action="review"),
        intent="Reset claiming an ICEGATE ID from an outside server; topmost Authentication-Results dmarc=fail, a forged pass below")
    add(90, "reset-spf-fail-no-dkim", "Sunil Reddy", "sunil.reddy2@icegate.gov.in", "SSO ID password reset",
        "Mon, 17 Nov 2025 01:40:00 +0530", body("Sunil Reddy", "38102746", "9849120375"), client="php",
        ar=AR("none", "fail", None, "sunil.reddy2"), html=False,
        expected=exp("icegate", "password_reset", action="review"),
        intent="Reset claiming an ICEGATE ID; topmost Authentication-Results spf=fail with no dkim pass and no dmarc")
    add(91, "reset-passes-for-other-domain", "Neha Kapoor", "neha.kapoor@icegate.gov.in", "Reset my SSO password",
        "Tue, 18 Nov 2025 23:05:00 +0530", body("Neha Kapoor", "55120384", "9811203476"), client="php",
        ar=("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=mailer-relay.example header.s=s1;\n"
            "\tspf=pass (mx.icegate.gov.in: domain of bounce@mailer-relay.example designates 198.51.100.20 as permitted sender)"
            " smtp.mailfrom=bounce@mailer-relay.example;\n\tdmarc=none header.from=icegate.gov.in"),
        html=False,
        expected=exp("icegate", "password_reset", action="review"),
        intent="Reset claiming an ICEGATE ID; dkim and spf pass, but for another domain than icegate.gov.in")
    add(92, "reset-icegate-auth-pass", "Deepa Nair", "deepa.nair4@icegate.gov.in", "SSO password reset",
        "Wed, 19 Nov 2025 10:20:00 +0530", body("Deepa Nair", "46210583", "9447203865"),
        expected=exp("icegate", "password_reset"),
        intent="The same kind of reset, sent properly from Zimbra: authentication passes",
        moved="authentication passes (acknowledge)")



# =================================================================== 024-026, 030: designation update on promotion
def promo(name, frm_grade, to_grade, no):
    return pdf("OFFICE ORDER", f"Order No. {no}", "PROMOTION",
               f"Shri/Smt. {name}, {frm_grade}, is hereby promoted to the grade of {to_grade}",
               "in the Pay Level as per rules, with immediate effect.")


def f024():
    add(93, "promotion-sysmgr-chennai-rfc2231-tamil", "Sysmgr Chennai Air", "sysmgr.chnair@icegate.gov.in",
        "Designation update on promotion - Smt. Revathi Murali", "Mon, 17 Nov 2025 12:30:00 +0530",
        "Sir/Madam,\n\nSmt. Revathi Murali, Examiner, ACC Chennai, has been promoted as Appraiser vide\nEstablishment "
        "Order No. 77/2025 dated 30.10.2025. Kindly update her designation in\nACES. The promotion order and the first page "
        "of her service book are attached.\n\n-- \nRegards,\nG. Balaji\nAppraiser (EDI) & System Manager, ACC Chennai\n"
        "Email: balaji.g@icegate.gov.in | Ph: 044-22560418\n",
        [A(promo("Revathi Murali", "Examiner", "Appraiser", "77/2025"), PDF, "பதவி உயர்வு ஆணை - Promotion Order.pdf", style="2231"),
         A(sb("Revathi Murali", "11/04/1984", "02/06/2008"), PDF, "scan_0112.pdf")], client="tb",
        expected=exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="Chennai Air System Manager (Thunderbird): Tamil + English promotion order name in RFC 2231; service book 'scan_0112.pdf' told by its text layer")
    add(94, "promotion-sysmgr-mumbai-order-by-content", "Sysmgr NCH Mumbai", "sysmgr.nch@icegate.gov.in",
        "Updation of designation - Shri Prakash Jadhav", "Tue, 18 Nov 2025 11:15:00 +0530",
        "Sir,\n\nShri Prakash Jadhav, Inspector, stands promoted to Superintendent of Customs.\nOrder and service book page "
        "attached; please update the designation in ACES.\n\nRegards,\n(Sunanda Kale)\nSuperintendent (EDI), System Manager\n"
        "NCH Mumbai | sunanda.kale@icegate.gov.in | 022-22757310\n",
        [A(promo("Prakash Jadhav", "Inspector", "Superintendent", "EST/45/2025"), PDF, "OO 45-2025.pdf"),
         A(kit.jpeg(1394), JPG, "Service Book - Prakash Jadhav.jpg")],
        expected=exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="NCH Mumbai System Manager: promotion order 'OO 45-2025.pdf' told by its text layer; JPEG service book; bracketed name, contacts on one line")
    add(95, "promotion-sysmgr-kochi-no-service-book", "Sysmgr Cochin", "sysmgr.cochin@icegate.gov.in",
        "Designation update - promotion - Smt. Bindu Thomas", "Wed, 19 Nov 2025 15:40:00 +0530",
        "Sir,\n\nSmt. Bindu Thomas, Examiner, has been promoted as Appraiser. The promotion order\nis attached. Kindly update "
        "her designation in ACES.\n\nRegards,\nJose Thomas\nAppraiser & System Manager, Cochin Custom House\n"
        "Email: jose.thomas@icegate.gov.in\nPh: 0484-2666452\n",
        [A(promo("Bindu Thomas", "Examiner", "Appraiser", "12/2025"), PDF, "Promotion order - Bindu Thomas.pdf")],
        expected=exp("generic", "designation_update", missing=["service_book"], action="request_missing",
                     kinds=["promotion_order"]),
        intent="Cochin System Manager sends only the promotion order",
        moved="no service book (missing service_book)")
    add(96, "promotion-sysmgr-delhi-no-individual-email", "Sysmgr ICD TKD", "sysmgr.icdtkd@icegate.gov.in",
        "Promotion - designation update - Shri Yogesh Kumar", "Thu, 20 Nov 2025 12:50:00 +0530",
        "Sir,\n\nShri Yogesh Kumar, Inspector, has been promoted to Superintendent. Promotion\norder and service book page "
        "attached for updating his designation.\n\nRegards,\nRajbir Singh\nSuperintendent (System Manager), ICD Tughlakabad\n"
        "Tel: 011-26941203\n",
        [A(promo("Yogesh Kumar", "Inspector", "Superintendent", "88/2025"), PDF, "Promotion Order Yogesh Kumar.pdf"),
         A(sb("Yogesh Kumar", "01/01/1980", "15/03/2006"), PDF, "Service Book Yogesh Kumar.pdf")],
        expected=exp("generic", "designation_update", missing=["signature_email"], action="request_missing",
                     kinds=["promotion_order", "service_book"]),
        intent="ICD Tughlakabad System Manager; both documents, but no individual e-mail in the signature",
        moved="the generic signature omits the individual e-mail (missing signature_email)")


def f025():
    add(97, "promotion-iphone-order-only", "Sanjay Bhosle", "sanjay.bhosle@icegate.gov.in",
        "Designation change", "Mon, 17 Nov 2025 18:20:00 +0530",
        "Sir,\n\nPromoted from Inspector to Superintendent, order attached. Please update my\ndesignation in ACES.\n\n"
        "Sanjay Bhosle\nSupdt., CGST Nashik\n\nSent from my iPhone\n",
        [A(promo("Sanjay Bhosle", "Inspector", "Superintendent", "34/2025"), PDF, "IMG_2231.pdf", disp="inline")],
        client="iphone", cte="qp", html=False,
        expected=exp("icegate", "designation_update", missing=["service_book"], action="request_missing",
                     kinds=["promotion_order"]),
        intent="Superintendent's ICEGATE ID from an iPhone; inline 'IMG_2231.pdf' is the promotion order by its text layer; no service book")
    add(98, "promotion-zimbra-order-only", "Parveen Kumari", "parveen.kumari@icegate.gov.in",
        "Request for updation of designation", "Tue, 18 Nov 2025 10:05:00 +0530",
        "Sir/Madam,\n\nI have been promoted as Appraiser vide the attached office order. Kindly update\nmy designation.\n\n"
        "Regards,\nParveen Kumari\nAppraiser, ICD Ludhiana\n",
        [A(promo("Parveen Kumari", "Examiner", "Appraiser", "19/2025"), PDF, "Office order promotion.pdf")],
        expected=exp("icegate", "designation_update", missing=["service_book"], action="request_missing",
                     kinds=["promotion_order"]),
        intent="Appraiser's own ICEGATE ID (Zimbra): promotion order only")
    add(99, "promotion-iphone-order-and-book", "Rohit Naik", "rohit.naik@icegate.gov.in",
        "Designation update", "Wed, 19 Nov 2025 19:45:00 +0530",
        "Sir\nPromoted as Appraiser. Order and service book page attached. Kindly update.\nRohit Naik\nMormugao Customs\n\n"
        "Sent from my iPhone\n",
        [A(promo("Rohit Naik", "Examiner", "Appraiser", "56/2025"), PDF, "Promotion order.pdf", disp="inline"),
         A(kit.jpeg(1399), JPG, "Service book page.jpg", disp="inline")],
        client="iphone", cte="qp", html=False,
        expected=exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="Appraiser's ICEGATE ID from an iPhone with both documents inline",
        moved="the service book is attached (acknowledge)")
    add(100, "promotion-iphone-book-only", "Mamta Rani", "mamta.rani@icegate.gov.in",
        "Designation update on promotion", "Thu, 20 Nov 2025 17:30:00 +0530",
        "Sir,\nI have been promoted as Superintendent. Service book first page attached; kindly\nupdate my designation.\n"
        "Mamta Rani\nCGST Ambala\n\nSent from my iPhone\n",
        [A(sb("Mamta Rani", "09/09/1981", "01/07/2007"), PDF, "Service book first page.pdf", disp="inline")],
        client="iphone", cte="qp", html=False,
        expected=exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing",
                     kinds=["service_book"]),
        intent="ICEGATE ID from an iPhone with only the service book",
        moved="the promotion order (not the service book) is missing")


def f026():
    add(101, "promotion-tb-reply-order-in-quote", "Latha Krishnamurthy", "latha.k@icegate.gov.in",
        "Re: Designation update - Latha Krishnamurthy", "Mon, 17 Nov 2025 11:20:00 +0530",
        "Sir,\n\nService book page attached as asked. The promotion order went with my first\nmail.\n\nRegards,\n"
        "Latha Krishnamurthy\nSuperintendent, CGST Mysuru\n\nOn 14-11-2025 16:02, Saksham Seva Helpdesk wrote:\n"
        "> Madam, the service book page is also required. Only the promotion order was\n> received.\n>\n"
        "> On 12-11-2025 10:15, Latha Krishnamurthy wrote:\n>> Sir, promotion order attached. Kindly update my designation.\n",
        [A(sb("Latha Krishnamurthy", "05/05/1979", "01/08/2004"), PDF, "Service Book page 1.pdf")], client="tb",
        extra={"In-Reply-To": "<2601.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing",
                     kinds=["service_book"]),
        intent="Thunderbird reply with the service book; the promotion order only mentioned in the quoted mails")
    add(102, "promotion-outlook-reply-order-in-quote", "Harish Pandey", "harish.pandey@icegate.gov.in",
        "RE: Designation update on promotion", "Tue, 18 Nov 2025 12:35:00 +0530",
        "Sir,\n\nPlease find the first page of my service book attached.\n\nRegards,\nHarish Pandey\n"
        "Superintendent, CGST Lucknow\n\n-----Original Message-----\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
        "Sent: Monday, November 17, 2025 2:10 PM\nTo: Harish Pandey <harish.pandey@icegate.gov.in>\n"
        "Subject: RE: Designation update on promotion\n\nSir, please send the service book page as well; the promotion order "
        "(Order\nNo. 61/2025) was received.\n",
        [A(kit.jpeg(1402), JPG, "Service Book Harish Pandey.jpg")], client="outlook", cte="qp",
        extra={"In-Reply-To": "<2602.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing",
                     kinds=["service_book"]),
        intent="Outlook reply (CRLF) with the service book; the promotion order only named in the quoted helpdesk mail")
    add(103, "promotion-tb-reply-both-attached", "Sheela Mathew", "sheela.mathew@icegate.gov.in",
        "Re: Designation update - Sheela Mathew", "Wed, 19 Nov 2025 10:45:00 +0530",
        "Sir,\n\nI am attaching the promotion order again together with my service book page.\n\nRegards,\nSheela Mathew\n"
        "Superintendent, CGST Thrissur\n\nOn 18-11-2025 15:00, Saksham Seva Helpdesk wrote:\n> Madam, kindly send the "
        "service book page.\n",
        [A(promo("Sheela Mathew", "Inspector", "Superintendent", "40/2025"), PDF, "Promotion order.pdf"),
         A(sb("Sheela Mathew", "12/12/1978", "03/03/2003"), PDF, "Service Book page.pdf")], client="tb",
        extra={"In-Reply-To": "<2603.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="Thunderbird reply attaching both documents",
        moved="the promotion order is attached again (acknowledge)")
    add(104, "promotion-gmail-style-reply-book-in-quote", "Ashok Meena", "ashok.meena@icegate.gov.in",
        "Re: Designation update", "Thu, 20 Nov 2025 16:15:00 +0530",
        "Sir,\n\nPromotion order attached as required.\n\nAshok Meena\nAppraiser, ICD Kanakpura, Jaipur\n\n"
        "On Wed, 19 Nov 2025 at 11:00, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n"
        "> Sir, the promotion order is required; your service book page was received.\n",
        [A(promo("Ashok Meena", "Examiner", "Appraiser", "23/2025"), PDF, "Promotion Order Ashok Meena.pdf")],
        client="gmail", cte="qp", extra={"In-Reply-To": "<2604.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "designation_update", missing=["service_book"], action="request_missing",
                     kinds=["promotion_order"]),
        intent="Gmail-style reply with the promotion order; the service book only mentioned in the quote",
        moved="the service book (not the order) is the document only in the quote")


def f030():
    add(117, "promotion-relayed-spf-fail-dkim-pass", "Kiran Desai", "kiran.desai@icegate.gov.in",
        "Designation update consequent on promotion", "Mon, 17 Nov 2025 13:10:00 +0530",
        "Sir,\n\nPromoted as Superintendent of Customs; order and service book page attached.\nKindly update.\n\n"
        "Kiran Desai\nSuperintendent of Customs, Custom House, Kandla\n",
        [A(promo("Kiran Desai", "Inspector", "Superintendent", "71/2025"), PDF, "Promotion Order Kiran Desai.pdf"),
         A(kit.jpeg(1417), JPG, "Service_Book_Page1.jpg")],
        ar=AR("pass", "fail", "pass", "kiran.desai", ip="164.100.148.37"),
        expected=exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="Relayed through a NIC gateway: spf=fail but dkim=pass and dmarc=pass (not a failure)")
    add(118, "promotion-relayed-spf-fail-dkim-pass-no-dmarc", "Anita Rawat", "anita.rawat@icegate.gov.in",
        "Promotion - update designation", "Tue, 18 Nov 2025 14:20:00 +0530",
        "Sir,\n\nI have been promoted to Superintendent. Promotion order and service book page\nattached.\n\n"
        "Regards,\nAnita Rawat\nSuperintendent, CGST Haridwar\n",
        [A(promo("Anita Rawat", "Inspector", "Superintendent", "17/2025"), PDF, "Promotion order Anita.pdf"),
         A(sb("Anita Rawat", "02/02/1982", "10/10/2008"), PDF, "Service Book Anita.pdf")],
        ar=AR("pass", "fail", None, "anita.rawat", ip="164.100.148.38"),
        expected=exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="spf=fail with dkim=pass for icegate.gov.in and no dmarc result: not a failure")
    add(119, "promotion-relayed-dkim-other-domain", "Rajat Sen", "rajat.sen@icegate.gov.in",
        "Promotion - update designation", "Wed, 19 Nov 2025 15:30:00 +0530",
        "Sir,\n\nPromoted as Appraiser. Order and service book attached; please update.\n\nRajat Sen\nAppraiser, "
        "Custom House, Kolkata\n",
        [A(promo("Rajat Sen", "Examiner", "Appraiser", "90/2025"), PDF, "Promotion order Rajat Sen.pdf"),
         A(kit.jpeg(1419), JPG, "Service Book Rajat Sen.jpg")],
        ar=AR("pass", "fail", None, "rajat.sen", hd="relay.nic.in", ip="164.100.148.39"),
        expected=exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]),
        intent="spf=fail; the only dkim pass is for relay.nic.in, not the From: domain",
        moved="the dkim pass is for another domain (authentication fails: review)")
    add(120, "promotion-forged-fail-below-top-pass", "Meenal Shah", "meenal.shah@icegate.gov.in",
        "Designation update after promotion", "Thu, 20 Nov 2025 11:40:00 +0530",
        "Sir,\n\nKindly update my designation to Appraiser; promotion order and service book\npage are attached.\n\n"
        "Meenal Shah\nAppraiser, ACC Ahmedabad\n",
        [A(promo("Meenal Shah", "Examiner", "Appraiser", "15/2025"), PDF, "Promotion order Meenal.pdf"),
         A(sb("Meenal Shah", "20/06/1985", "01/09/2010"), PDF, "Service book Meenal.pdf")],
        ar=(kit.ar_pass("icegate.gov.in", "meenal.shah") + "\nAuthentication-Results: mx.icegate.gov.in; dkim=fail; "
            "spf=fail smtp.mailfrom=meenal.shah@icegate.gov.in; dmarc=fail header.from=icegate.gov.in"),
        expected=exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
        intent="The topmost Authentication-Results passes; a 'fail' copy further down is ignored")



# =================================================================== 027-029: role mapping after transfer
def tro(name, no):
    return pdf("TRANSFER ORDER", f"Order No. {no}", f"Shri/Smt. {name} is transferred and posted to the Commissionerate noted.")


def lpo(name, no):
    return pdf("LOCAL POSTING ORDER", f"Establishment Order No. {no}", f"Shri/Smt. {name} on joining is posted to the Range noted.")


def chg(name):
    return pdf("CHARGE REPORT", f"Certified that I, {name}, have assumed charge of the post today forenoon.")


def f027():
    add(105, "transfer-outlook-complete-kolkata", "Debjani Saha", "debjani.saha@icegate.gov.in",
        "Mapping in ACES – joined CGST Kolkata North on transfer", "Mon, 17 Nov 2025 10:30:00 +0530",
        "Dear Sir/Madam,\n\nOn transfer from CGST Howrah I joined CGST Kolkata North on 10.11.2025. Please\nunmap me from "
        "Howrah and map me as Range Officer, Range-IV, Division-I in ACES-GST BO.\n\nTransfer order, local posting order "
        "and my charge report are attached.\n\nThanks & regards\nDebjani Saha\nInspector, Range-IV, Division-I, CGST Kolkata North\n",
        [A(scan(), PDF, "Transfer order 112-2025.pdf"), A(lpo("Debjani Saha", "EO/31/2025"), PDF, "Local posting order.pdf"),
         A(kit.jpeg(1405), JPG, "Charge report.jpg")], client="outlook", cte="qp", subj_enc="Q",
        expected=exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
        intent="Inspector's ICEGATE ID via Outlook (CRLF, Q-encoded subject with an en dash); image-only transfer order, text posting order, JPEG charge report")
    add(106, "transfer-zimbra-complete-chennai", "Murali Krishnan", "murali.krishnan2@icegate.gov.in",
        "Role mapping in ACES after joining on transfer", "Tue, 18 Nov 2025 11:45:00 +0530",
        "Sir,\n\nI joined Chennai Customs (Air) on 12.11.2025 on transfer from Tuticorin. Kindly\nassign the Appraiser roles "
        "in ACES for the Import Shed as per the posting order.\n\nAttached: transfer order, local posting order, assumption "
        "of charge report.\n\nRegards,\nMurali Krishnan | Appraiser | ACC Chennai\n",
        [A(tro("Murali Krishnan", "TR/220/2025"), PDF, "Transfer Order.pdf"), A(lpo("Murali Krishnan", "EO/88/2025"), PDF, "Posting order ACC.pdf"),
         A(chg("Murali Krishnan"), PDF, "Assumption of charge.pdf")],
        expected=exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
        intent="Appraiser's ICEGATE ID (Zimbra): joined on transfer, all three documents as text PDFs; one-line signature")
    add(107, "transfer-outlook-no-charge-report", "Naveen Goyal", "naveen.goyal@icegate.gov.in",
        "Unmapping and mapping in ACES-GST BO", "Wed, 19 Nov 2025 12:05:00 +0530",
        "Dear Sir,\n\nTransferred from CGST Ludhiana to CGST Jalandhar; joined on 13.11.2025. Please map\nme to Range-II, "
        "Division-III, Jalandhar in ACES-GST BO. Transfer order and local posting\norder attached.\n\nRegards,\nNaveen Goyal\n"
        "Inspector, CGST Jalandhar\nMob: 9815102437\n",
        [A(tro("Naveen Goyal", "TR/61/2025"), PDF, "Transfer order.pdf"), A(lpo("Naveen Goyal", "EO/14/2025"), PDF, "Local posting order.pdf")],
        client="outlook", cte="qp",
        expected=exp("icegate", "role_mapping", missing=["charge_report"], action="request_missing",
                     kinds=["transfer_order", "posting_order"]),
        intent="Inspector's ICEGATE ID via Outlook; transfer and posting orders, no charge report",
        moved="no charge report (missing charge_report)")
    add(108, "transfer-zimbra-joining-report", "Kusum Lata", "kusum.lata@icegate.gov.in",
        "ACES role mapping - joined on transfer", "Thu, 20 Nov 2025 10:55:00 +0530",
        "Sir/Madam,\n\nConsequent upon transfer I have joined CGST Faridabad on 14.11.2025. Kindly map\nthe Superintendent "
        "roles of Range-7 in ACES-GST BO.\n\nEnclosures: transfer order, posting order, joining report.\n\nRegards,\nKusum Lata\n"
        "Superintendent, CGST Faridabad\n",
        [A(tro("Kusum Lata", "TR/09/2025"), PDF, "Transfer order Kusum.pdf"), A(lpo("Kusum Lata", "EO/52/2025"), PDF, "Posting order Kusum.pdf"),
         A(kit.jpeg(1408), JPG, "Joining report Kusum.jpg")],
        expected=exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
        intent="Superintendent's ICEGATE ID; the charge report is a JPEG 'Joining report'")


def f028():
    add(109, "transfer-range-gmail-order-only", "CGST Range-I Erode", "cgstrange1.erode@gmail.com",
        "Mapping - Inspector joined on transfer - Range-I Erode", "Mon, 17 Nov 2025 12:25:00 +0530",
        "Sir,\n\nShri Prabhu Shankar, Inspector, joined this Range on 11.11.2025 on transfer from\nCoimbatore. Kindly map "
        "him to Range-I, Erode Division in ACES-GST BO. His transfer\norder is attached; the posting order and charge report "
        "will follow.\n\nRegards,\nS. Ilango\nSuperintendent, CGST Range-I, Erode\nEmail: ilango.s@icegate.gov.in\n"
        "Ph: 0424-2256031\n",
        [A(tro("Prabhu Shankar", "TR/33/2025"), PDF, "Transfer order - Prabhu Shankar.pdf")], client="gmail", cte="qp",
        expected=exp("generic", "role_mapping", missing=["charge_report", "icegate_sender", "posting_order"],
                     action="request_missing", kinds=["transfer_order"]),
        intent="A Range office's Gmail (generic, not ICEGATE); transfer order only; full signature")
    add(110, "transfer-range-gmail-all-docs", "CGST Range-III Nellore", "cgstrange3.nellore@gmail.com",
        "Mapping request - Inspector on transfer", "Tue, 18 Nov 2025 13:40:00 +0530",
        "Sir,\n\nSmt. Haritha Reddy, Inspector, joined this Range on 12.11.2025 on transfer. Kindly\nmap her in ACES-GST BO. "
        "Transfer order, posting order and charge report attached.\n\nRegards,\nName: V. Subba Rao\nDesignation: Superintendent\n"
        "Email: subbarao.v@icegate.gov.in\nPhone: 0861-2331506\n",
        [A(tro("Haritha Reddy", "TR/41/2025"), PDF, "Transfer order Haritha.pdf"), A(lpo("Haritha Reddy", "EO/07/2025"), PDF, "Posting order Haritha.pdf"),
         A(chg("Haritha Reddy"), PDF, "Charge report Haritha.pdf")], client="gmail", cte="qp",
        expected=exp("generic", "role_mapping", missing=["icegate_sender"], action="request_missing",
                     kinds=["transfer_order", "posting_order", "charge_report"]),
        intent="A Range office's Gmail with all three documents and a labelled signature",
        moved="all three documents are attached (only icegate_sender missing)")
    add(111, "transfer-division-yahoo-no-charge-report", "CGST Division Hubballi", "cgstdiv.hubballi@yahoo.com",
        "Mapping of Inspector joined on transfer", "Wed, 19 Nov 2025 14:50:00 +0530",
        "Sir,\n\nShri Mallikarjun Patil, Inspector, joined on 13.11.2025 on transfer from Belagavi.\nKindly map him to "
        "Range-II, Hubballi. Transfer and posting orders attached.\n\nRegards,\nShivakumar Hiremath\nSuperintendent, CGST "
        "Division, Hubballi\nshivakumar.hiremath@icegate.gov.in / 0836-2353012\n",
        [A(tro("Mallikarjun Patil", "TR/58/2025"), PDF, "Transfer order.pdf"), A(lpo("Mallikarjun Patil", "EO/22/2025"), PDF, "Local posting order.pdf")],
        client="yahoo",
        expected=exp("generic", "role_mapping", missing=["charge_report", "icegate_sender"], action="request_missing",
                     kinds=["transfer_order", "posting_order"]),
        intent="A Division's Yahoo; transfer and posting orders, no charge report; contacts on one line",
        moved="the posting order is attached (missing charge_report and icegate_sender)")
    add(112, "transfer-range-gmail-no-individual-email", "CGST Range-V Madurai", "cgstrange5.madurai@gmail.com",
        "Mapping - Inspector on transfer - Range-V", "Thu, 20 Nov 2025 15:05:00 +0530",
        "Sir,\n\nShri Ganesan Pandi, Inspector, joined on 14.11.2025 on transfer. Please map him to\nRange-V, Madurai. "
        "Transfer order attached; the other orders will be sent later.\n\nRegards,\nK. Muthulakshmi\nSuperintendent, "
        "Range-V, CGST Madurai\nPh: 0452-2534417\n",
        [A(tro("Ganesan Pandi", "TR/70/2025"), PDF, "Transfer order Ganesan.pdf")], client="gmail", cte="qp",
        expected=exp("generic", "role_mapping", missing=["charge_report", "icegate_sender", "posting_order", "signature_email"],
                     action="request_missing", kinds=["transfer_order"]),
        intent="A Range office's Gmail; transfer order only; the signature has no individual e-mail",
        moved="the signature lacks the individual e-mail (signature_email too)")


def f029():
    rolesheet = xl([[1, "Sujata Das", "Superintendent", "50218374", "Range Superintendent", "Range-II"]],
                   titles=("Role requirement - GST BO",), all_black=True,
                   headers=["Sl. No.", "Name of Officer", "Designation", "SSO ID", "Roles required", "Jurisdiction"])
    add(113, "transfer-gst-bo-no-transfer-order-rolesheet", "Sujata Das", "sujata.das@icegate.gov.in",
        "GST BO roles - Sujata Das, Superintendent", "Mon, 17 Nov 2025 11:35:00 +0530",
        "Sir,\n\nOn transfer I have joined CGST Bhubaneswar as Superintendent, Range-II on\n10.11.2025. Kindly assign the "
        "Range Superintendent roles in ACES-GST BO. Local\nposting order, joining report and the role sheet are attached; "
        "the transfer order\nwill be sent once received.\n\nRegards,\nSujata Das\nSuperintendent, Range-II, CGST Bhubaneswar\n",
        [A(lpo("Sujata Das", "EO/19/2025"), PDF, "Local posting order - Sujata.pdf"),
         A(chg("Sujata Das"), PDF, "Joining report - Sujata.pdf"), A(rolesheet, XLSX, "GST BO role sheet.xlsx")],
        expected=exp("icegate", "role_mapping", missing=["transfer_order"], action="request_missing",
                     kinds=["posting_order", "charge_report", "other"]),
        intent="Superintendent's ICEGATE ID; posting order, joining report and a role sheet (.xlsx, not the creation template); transfer order to follow")
    add(114, "transfer-inspector-no-transfer-order", "Rohit Kashyap", "rohit.kashyap@icegate.gov.in",
        "Mapping in GST BO after joining", "Tue, 18 Nov 2025 12:15:00 +0530",
        "Sir,\n\nI joined CGST Shimla on transfer on 11.11.2025. Kindly map me as Range Officer\nin ACES-GST BO. Posting order "
        "and charge report enclosed.\n\nRohit Kashyap\nInspector, CGST Shimla\n",
        [A(lpo("Rohit Kashyap", "EO/66/2025"), PDF, "Posting order.pdf"), A(kit.jpeg(1414), JPG, "Charge report.jpg")],
        client="tb",
        expected=exp("icegate", "role_mapping", missing=["transfer_order"], action="request_missing",
                     kinds=["posting_order", "charge_report"]),
        intent="Inspector's ICEGATE ID (Thunderbird): posting order and JPEG charge report, no transfer order")
    add(115, "transfer-all-docs-and-rolesheet", "Anjana Kurup", "anjana.kurup@icegate.gov.in",
        "GST BO role mapping - Anjana Kurup", "Wed, 19 Nov 2025 13:25:00 +0530",
        "Sir/Madam,\n\nJoined CGST Kochi on transfer on 12.11.2025 as Superintendent, Range-III. Kindly\nassign the GST BO "
        "roles. Transfer order, posting order, joining report and the\nrole sheet are attached.\n\nRegards,\nAnjana Kurup\n"
        "Superintendent, CGST Kochi\n",
        [A(tro("Anjana Kurup", "TR/12/2025"), PDF, "Transfer order Anjana.pdf"), A(lpo("Anjana Kurup", "EO/40/2025"), PDF, "Posting order Anjana.pdf"),
         A(chg("Anjana Kurup"), PDF, "Joining report Anjana.pdf"), A(rolesheet, XLSX, "role requirement.xlsx")],
        expected=exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report", "other"]),
        intent="Superintendent's ICEGATE ID with all three documents and a role sheet",
        moved="the transfer order is attached (acknowledge)")
    add(116, "transfer-no-posting-order", "Vinod Sharma", "vinod.sharma6@icegate.gov.in",
        "ACES-GST BO mapping after transfer", "Thu, 20 Nov 2025 14:35:00 +0530",
        "Sir,\n\nI joined CGST Alwar on 13.11.2025 on transfer from Jaipur. Kindly map me to\nRange-1, Alwar. Transfer order "
        "and joining report attached; the local posting\norder is yet to be issued.\n\nRegards,\nVinod Sharma\nInspector, CGST Alwar\n",
        [A(tro("Vinod Sharma", "TR/81/2025"), PDF, "Transfer order Vinod.pdf"), A(chg("Vinod Sharma"), PDF, "Joining report Vinod.pdf")],
        expected=exp("icegate", "role_mapping", missing=["posting_order"], action="request_missing",
                     kinds=["transfer_order", "charge_report"]),
        intent="Inspector's ICEGATE ID: transfer order and joining report, no posting order",
        moved="the posting order (not the transfer order) is missing")



# =================================================================== 031-032: ECCS
def f031():
    add(121, "eccs-password-expired-screenshot", "Vidya Sagar", "vidya.sagar@icegate.gov.in",
        "ECCS login - password expired", "Mon, 17 Nov 2025 10:15:00 +0530",
        "Sir,\n\nSince the ECCS password expiry I cannot log in to the Express Cargo Clearance\nSystem at the Courier "
        "Terminal, Delhi. Screenshot of the error is attached.\n\nRegards,\nVidya Sagar\nAppraiser, Courier Terminal, IGI Airport\n",
        [A(kit.make_png(80, 40, 90), PNG, "eccs_error.png")],
        expected=exp("icegate", "eccs", action="redirect", kinds=["other"]),
        intent="Appraiser's ICEGATE ID: ECCS login fails after the password expiry; PNG screenshot")
    add(122, "eccs-reset-no-attachment", "Sreekumar Pillai", "sreekumar.pillai@icegate.gov.in",
        "ECCS password reset", "Tue, 18 Nov 2025 09:55:00 +0530",
        "Sir,\n\nMy ECCS password has expired and the reset link in ECCS does not work. Kindly\nreset my ECCS password.\n\n"
        "Sreekumar Pillai\nSuperintendent, Courier Cell, Thiruvananthapuram Airport\n", client="tb",
        expected=exp("icegate", "eccs", action="redirect"),
        intent="Superintendent's ICEGATE ID (Thunderbird) asks for an ECCS password reset")
    add(123, "eccs-account-locked-outlook", "Farah Khan", "farah.khan@icegate.gov.in",
        "ECCS account locked", "Wed, 19 Nov 2025 11:05:00 +0530",
        "Dear Sir,\n\nMy Express Cargo Clearance System (ECCS) user is locked after three wrong\nattempts following the "
        "password expiry. Please unlock it.\n\nRegards,\nFarah Khan\nAppraiser, Courier Terminal, Mumbai\n",
        client="outlook", cte="qp",
        expected=exp("icegate", "eccs", action="redirect"),
        intent="Appraiser's ICEGATE ID via Outlook: ECCS user locked")
    add(124, "eccs-personal-gmail", "Naresh Kumar", "naresh.kumar.cus@gmail.com",
        "ECCS login problem", "Thu, 20 Nov 2025 20:40:00 +0530",
        "Sir,\n\nI am unable to log in to ECCS after the password expiry exercise. Please help.\n\nNaresh Kumar\n"
        "Inspector, Courier Terminal, Bengaluru\n", client="gmail", cte="qp",
        expected=exp("personal", "eccs", action="redirect"),
        intent="Inspector's personal Gmail about an ECCS login (no requirements for eccs)")


def f032():
    add(125, "eccs-courier-cell-unsigned", "Courier Cell Mumbai", "couriercell.mumbai@icegate.gov.in",
        "ECCS not working at Courier Terminal", "Mon, 17 Nov 2025 09:10:00 +0530",
        "Sir,\n\nOfficers at the Courier Terminal, Andheri cannot log in to ECCS since morning;\nthe page shows 'Session "
        "expired'. Please resolve urgently.\n\nRegards,\nAppraiser\nCourier Cell, Mumbai\nTel: 022-26819013\n",
        expected=exp("generic", "eccs", missing=["signature_email", "signature_name"], action="redirect"),
        intent="Courier Cell's generic ID: ECCS logins fail; signed with a designation and a landline only")
    add(126, "eccs-courier-cell-full-signature", "Courier Cell Kolkata", "couriercell.kolkata@icegate.gov.in",
        "ECCS login issue - Courier Terminal Kolkata", "Tue, 18 Nov 2025 10:25:00 +0530",
        "Sir,\n\nECCS logins are failing for all officers of the Courier Terminal, Kolkata.\n\nRegards,\n"
        "Pradip Kumar Dutta\nSuperintendent of Customs, Courier Cell\nEmail: pradip.dutta@icegate.gov.in\nPh: 033-2511 9046\n",
        expected=exp("generic", "eccs", action="redirect"),
        intent="Courier Cell's generic ID with a complete signature",
        moved="the signature is complete (redirect, nothing missing)")
    add(127, "eccs-courier-cell-no-phone", "Courier Cell Hyderabad", "couriercell.hyd@icegate.gov.in",
        "ECCS - unable to login", "Wed, 19 Nov 2025 11:45:00 +0530",
        "Sir,\n\nOur officers cannot log in to ECCS since the password expiry. Kindly look into it.\n\n"
        "Regards,\nSrilatha Reddy, Appraiser\nsrilatha.reddy@icegate.gov.in\n",
        expected=exp("generic", "eccs", missing=["signature_phone"], action="redirect"),
        intent="Courier Cell's generic ID; name and designation on one line and an e-mail, but no contact number",
        moved="only the contact number is missing")
    add(128, "eccs-courier-cell-no-signature", "Courier Cell Delhi", "couriercell.delhi@icegate.gov.in",
        "ECCS down", "Thu, 20 Nov 2025 08:50:00 +0530",
        "ECCS is not opening at the Courier Terminal since 8 am. Please check urgently.\n\nCourier Cell, New Delhi\n",
        expected=exp("generic", "eccs", missing=["signature_designation", "signature_email", "signature_name", "signature_phone"],
                     action="redirect"),
        intent="Courier Cell's generic ID with no sign-off beyond the section's name",
        moved="nothing of the signature is given")


# =================================================================== 033: trader's ICEGATE portal login
def f033():
    add(129, "trade-importer-gmail-iec", "Mahesh Agarwal", "mahesh.agarwal.imports@gmail.com",
        "ICEGATE login issue - IEC 0512034567", "Mon, 17 Nov 2025 13:20:00 +0530",
        "Sir,\n\nWe are importers of electronic goods in Delhi. Our ICEGATE portal login with\nIEC 0512034567 is not "
        "working; the password reset OTP goes to an old e-mail.\nKindly help us log in to file our Bills of Entry.\n\n"
        "Regards,\nMahesh Agarwal\nPartner, Agarwal Trading Co.\nMob: 9811045627\n", client="gmail", cte="qp",
        expected=exp("personal", "trade_portal", action="redirect"),
        intent="Importer (IEC given) cannot log in to the ICEGATE portal; personal Gmail")
    add(130, "trade-broker-rediff-registration", "Suresh Nadar", "suresh.nadar.cha@rediffmail.com",
        "ICEGATE registration - customs broker", "Tue, 18 Nov 2025 15:35:00 +0530",
        "Sir,\n\nWe are a customs broker firm at Tuticorin. Our ICEGATE registration (IEC\n0412087361) is pending for "
        "role approval and we cannot log in to the portal.\nPlease help.\n\nSuresh Nadar\nProprietor, Nadar Shipping "
        "Services\n", client="rediff",
        expected=exp("personal", "trade_portal", action="redirect"),
        intent="A customs broker's ICEGATE portal registration / login; Rediffmail")
    add(131, "trade-exporter-dsc", "Pooja Exports", "poojaexports.ldh@gmail.com",
        "ICEGATE portal login - DSC error", "Wed, 19 Nov 2025 16:45:00 +0530",
        "Sir,\n\nWhile logging in to the ICEGATE portal with our IEC 3012045681, the DSC is\nnot being accepted. We are "
        "exporters of hosiery from Ludhiana. Kindly resolve.\n\nRegards,\nAman Bansal\nExport Manager\n",
        client="gmail", cte="qp",
        expected=exp("personal", "trade_portal", action="redirect"),
        intent="Exporter's ICEGATE portal login fails on the DSC; IEC given")
    add(132, "trade-exporter-yahoo-mobile-change", "Joseph Mathew", "josephmathew.spices@yahoo.com",
        "Change of mobile number in ICEGATE", "Thu, 20 Nov 2025 12:05:00 +0530",
        "Sir,\n\nWe export spices from Kochi (IEC 1012078342). We need to change the registered\nmobile number of our "
        "ICEGATE portal account as we cannot receive the login OTP.\n\nJoseph Mathew\nDirector, Malabar Spice Exports\n",
        client="yahoo",
        expected=exp("personal", "trade_portal", action="redirect"),
        intent="Exporter asks to change the mobile of the ICEGATE portal account (IEC)")


# =================================================================== 034: none of the request types
def f034():
    add(133, "unknown-mailbox-on-phone", "Rajesh Menon", "rajesh.menon@icegate.gov.in",
        "ICEGATE mail on mobile phone", "Mon, 17 Nov 2025 14:10:00 +0530",
        "Sir,\n\nPlease let me know the IMAP/SMTP settings for configuring the ICEGATE mailbox\non my Android phone.\n\n"
        "Regards,\nRajesh Menon\nDeputy Commissioner, CGST Kochi\n",
        expected=exp("icegate", "unknown", action="review"),
        intent="Deputy Commissioner asks for mail client settings for the ICEGATE mailbox")
    add(134, "unknown-aces-training", "Smitha Rao", "smitha.rao@icegate.gov.in",
        "ACES training schedule", "Tue, 18 Nov 2025 10:40:00 +0530",
        "Sir,\n\nKindly inform the schedule of the next ACES-GST BO training for newly promoted\nofficers of our "
        "Commissionerate, so that nominations may be sent.\n\nRegards,\nSmitha Rao\nAssistant Commissioner (Trg.), CGST Mangaluru\n",
        expected=exp("icegate", "unknown", action="review"),
        intent="Assistant Commissioner asks for a training schedule")
    add(135, "unknown-attachment-size-limit", "Abdul Rahman", "abdul.rahman@icegate.gov.in",
        "Attachment size limit in ICEGATE mail", "Wed, 19 Nov 2025 12:20:00 +0530",
        "Sir,\n\nWe are unable to send audit reports larger than 10 MB from ICEGATE mail. Kindly\nincrease the "
        "attachment size limit for our Audit Commissionerate.\n\nRegards,\nAbdul Rahman\nJoint Commissioner, CGST Audit, Chennai\n",
        client="outlook", cte="qp",
        expected=exp("icegate", "unknown", action="review"),
        intent="Joint Commissioner asks for a larger attachment limit (Outlook)")
    add(136, "unknown-remove-forwarding", "Gaurav Mehta", "gaurav.mehta@icegate.gov.in",
        "Mail forwarding rule", "Thu, 20 Nov 2025 15:30:00 +0530",
        "Sir,\n\nAll mails in my ICEGATE mailbox are being forwarded to an old address which I\ncannot find in the "
        "settings. Please remove this forwarding.\n\nGaurav Mehta\nSuperintendent, CGST Ahmedabad South\n", client="tb",
        expected=exp("icegate", "unknown", action="review"),
        intent="Superintendent asks to remove a mail forwarding rule")


# =================================================================== 035-037: automated mail
def bounce(n, slug, frm, rcpt, reason, date, subj="Undelivered Mail Returned to Sender", intent=""):
    notice = kit.text(f"This is the mail system at host mx.icegate.gov.in.\n\nYour message could not be delivered "
                      f"to one or more recipients.\n\n<{rcpt}>: {reason}\n", "plain", "7bit")
    ds = email.message.Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([email.message_from_string("Reporting-MTA: dns; mx.icegate.gov.in\n"),
                    email.message_from_string(f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
                                              f"Diagnostic-Code: smtp; {reason}\n")])
    hd = kit.MIMENonMultipart("text", "rfc822-headers")
    del hd["MIME-Version"]
    hd.set_payload(f"From: Saksham Seva <{HELPDESK}>\nTo: <{rcpt}>\nSubject: Re: [SS/2025/11/0{n}12] Acknowledgement\n")
    body = kit.multi("report", [notice, ds, hd], f"c13bounce{n}.mx.icegate.gov.in")
    body.set_param("report-type", "delivery-status")
    add(n, slug, "Mail Delivery System", frm, subj, date, "", client="none", body=body,
        extra={"Auto-Submitted": "auto-replied"}, to=HELPDESK,
        ar="Authentication-Results: mx.icegate.gov.in; none",
        expected=exp("automated", "unknown", action="ignore"), intent=intent)


def f035():
    bounce(137, "auto-bounce-gmail-no-such-user", "MAILER-DAEMON@mx.icegate.gov.in", "ravi.teja.old@gmail.com",
           "550 5.1.1 The email account that you tried to reach does not exist", "Mon, 17 Nov 2025 16:05:00 +0530",
           intent="Postfix bounce (multipart/report, MAILER-DAEMON) for a reply to a dead Gmail address")
    bounce(138, "auto-bounce-postmaster-rediff", "postmaster@icegate.gov.in", "s.kumar.insp@rediffmail.com",
           "552 mailbox full", "Tue, 18 Nov 2025 17:10:00 +0530", subj="Delivery Status Notification (Failure)",
           intent="Delivery report from postmaster (mailbox full)")
    add(139, "auto-bounce-plain-mailer-daemon", "Mail Delivery Subsystem", "mailer-daemon@icegate.gov.in",
        "Returned mail: see transcript for details", "Wed, 19 Nov 2025 18:20:00 +0530",
        "The original message was received at Wed, 19 Nov 2025 18:19:58 +0530\n\n----- The following addresses had "
        "permanent fatal errors -----\n<anil.k.1980@yahoo.com>\n    (reason: 554 delivery error)\n", client="none",
        html=False, extra={"Auto-Submitted": "auto-replied"}, to=HELPDESK, ar="Authentication-Results: mx.icegate.gov.in; none",
        expected=exp("automated", "unknown", action="ignore"),
        intent="A plain-text bounce (no multipart/report) from mailer-daemon with Auto-Submitted")
    bounce(140, "auto-bounce-exchange-ndr", "postmaster@cbic.gov.in", "old.officer@cbic.gov.in",
           "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "Thu, 20 Nov 2025 19:30:00 +0530", subj="Undeliverable: Acknowledgement",
           intent="Exchange-style non-delivery report from postmaster on another domain")


def f036():
    add(141, "auto-ooo-zimbra-icegate", "Priya Menon", "priya.menon@icegate.gov.in",
        "Out of Office: [SS/2025/11/04102] Acknowledgement", "Mon, 17 Nov 2025 12:00:00 +0530",
        "I am on tour till 24.11.2025. For urgent matters please contact the Systems Section.\n\nPriya Menon\n",
        html=False, extra={"Auto-Submitted": "auto-replied (zimbra; vacation)", "In-Reply-To": "<3601.helpdesk@icegate.gov.in>"},
        expected=exp("automated", "unknown", action="ignore"),
        intent="Zimbra vacation reply from an officer's ICEGATE ID")
    add(142, "auto-ooo-outlook-automatic-reply", "Vikas Tandon", "vikas.tandon@icegate.gov.in",
        "Automatic reply: Acknowledgement", "Tue, 18 Nov 2025 13:10:00 +0530",
        "I am out of office till 21 November with limited access to mail.\n\nVikas Tandon\n", client="outlook", html=False,
        extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "In-Reply-To": "<3602.helpdesk@icegate.gov.in>"},
        expected=exp("automated", "unknown", action="ignore"),
        intent="Outlook 'Automatic reply' with Auto-Submitted: auto-generated (CRLF)")
    add(143, "auto-ooo-gmail-vacation", "Sneha Kulkarni", "sneha.kulkarni80@gmail.com",
        "On leave", "Wed, 19 Nov 2025 14:20:00 +0530",
        "Thank you for your mail. I am on leave and will reply after I return on 1 December.\n", client="gmail", html=False,
        extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        expected=exp("automated", "unknown", action="ignore"),
        intent="Gmail vacation responder from a personal address (Auto-Submitted, Precedence: bulk)")
    add(144, "human-reply-with-auto-response-suppress", "Ramesh Iyer", "ramesh.iyer2@icegate.gov.in",
        "RE: SSO password reset", "Thu, 20 Nov 2025 15:30:00 +0530",
        "Sir,\n\nPlease reset my SSO ID password.\n\nName: Ramesh Iyer\nDesignation: Superintendent\nSSO ID: 42018357\n"
        "Mobile: 9884102763\n\nRegards,\nRamesh Iyer\n", client="outlook", cte="qp",
        extra={"X-Auto-Response-Suppress": "All", "In-Reply-To": "<3604.helpdesk@icegate.gov.in>"},
        expected=exp("icegate", "password_reset"),
        intent="An Outlook mail written by a person that carries only X-Auto-Response-Suppress",
        moved="X-Auto-Response-Suppress alone is not automated: a complete reset (acknowledge)")


def f037():
    add(145, "auto-no-reply-icegate-notice", "ICEGATE Notifications", "no-reply@icegate.gov.in",
        "Mail service maintenance on 06.12.2025", "Mon, 17 Nov 2025 18:00:00 +0530",
        "Dear User,\n\nThe ICEGATE mail service will be unavailable on 06.12.2025 from 23:00 to 01:00\nfor maintenance.\n\n"
        "This is a system generated mail. Please do not reply.\n", client="none",
        expected=exp("automated", "unknown", action="ignore"),
        intent="Maintenance notice from no-reply@icegate.gov.in with no other automated marker")
    add(146, "auto-donotreply-cbic-newsletter", "CBIC", "donotreply@cbic.gov.in",
        "CBIC e-newsletter - November 2025", "Tue, 18 Nov 2025 09:00:00 +0530",
        "Dear Officer,\n\nThe November 2025 issue of the CBIC e-newsletter is now available on the\nCBIC website.\n",
        client="none",
        expected=exp("automated", "unknown", action="ignore"),
        intent="A newsletter from donotreply@cbic.gov.in")
    add(147, "auto-list-eccs-advisory", "DG Systems Advisories", "advisories.dgsys@icegate.gov.in",
        "Advisory: ECCS password expiry from 13.12.2025", "Wed, 19 Nov 2025 17:00:00 +0530",
        "All ECCS users are informed that the Express Cargo Clearance System passwords will\nexpire on 13.12.2025. "
        "Please reset your ECCS password on first login after that date.\nFor issues contact eccs.helpdesk@icegate.gov.in.\n",
        client="none", extra={"List-Id": "DG Systems advisories <advisories.icegate.gov.in>", "Precedence": "list"},
        expected=exp("automated", "eccs", action="ignore"),
        intent="An ECCS advisory from a mailing list (List-Id): automated, request type read from its content")
    add(148, "auto-do-not-reply-maintenance", "ACES Notification", "do-not-reply@aces.gov.in",
        "ACES downtime on Sunday", "Thu, 20 Nov 2025 19:15:00 +0530",
        "ACES will be unavailable on Sunday, 23.11.2025 from 08:00 to 12:00 hrs for scheduled\nmaintenance.\n", client="none",
        html=False,
        expected=exp("automated", "unknown", action="ignore"),
        intent="A downtime notice from do-not-reply@aces.gov.in")


# =================================================================== main
def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for name in sorted(k for k in globals() if k.startswith("f") and k[1:].isdigit()):
        globals()[name]()
    moved_rows, rows = [], []
    for name, raw, e, intent, moved in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        res = f"**{e['action']}** ({e['sender_kind']}, {e['request_type']}"
        if e["missing"]:
            res += "; missing " + ", ".join(e["missing"])
        if e["template_errors"]:
            res += "; " + ", ".join(f"r{t['row']} {t['column'] or '-'} {t['code']}" for t in e["template_errors"])
        res += ")"
        rows.append(f"| `{name}` | {intent} | {res} | {moved or '-'} |")
        if moved:
            moved_rows.append(name)
    head = (HERE / "README.head.md").read_text(encoding="utf-8") if (HERE / "README.head.md").exists() else ""
    acts = {}
    for _, _, e, _, _ in CASES:
        acts[e["action"]] = acts.get(e["action"], 0) + 1
    counts = ", ".join(f"{k} {v}" for k, v in sorted(acts.items()))
    out = [head.rstrip("\n"), "", "## Counts", "",
           f"{len(CASES)} mails; {len(moved_rows)} of them change one verdict-moving fact against their sample; "
           f"actions: {counts}.", "", "## The cases", "",
           "| file | intent | expected | fact moved against the sample |", "| --- | --- | --- | --- |"] + rows
    (HERE / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
