#!/usr/bin/env python3
"""corpus23: an independent, blind triage corpus for maild (North India offices).

Builders are loaded from ../corpus2/make.py.  Deterministic: .xlsx zip entry
times and core properties are fixed.  Run with .venv/bin/python.
"""
from __future__ import annotations

import importlib.util
import io
import json
import re
import shutil
import zipfile
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
D = kit.D
text, multi, att, alt, addr, hdr, mail, exp = kit.text, kit.multi, kit.att, kit.alt, kit.addr, kit.hdr, kit.mail, kit.exp
ZIMBRA, OUTLOOK, TB, IPHONE, YAHOO, REDIFF = kit.ZIMBRA, kit.OUTLOOK, kit.TB, kit.IPHONE, kit.YAHOO, kit.REDIFF

CASES = []


def fix_zip(data: bytes) -> bytes:
    """Rewrite an openpyxl .xlsx with fixed entry times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode()
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>2025-01-01T00:00:00Z", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2025-01-01T00:00:00Z", s)
                b = s.encode()
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, b)
    return out.getvalue()


def xlsx(rows, **kw):
    return fix_zip(kit.make_xlsx(rows, **kw))


def pdf(lines):
    return kit.make_pdf(lines)


def sb(name, dob, doj):
    return kit.sb_pdf(name, dob, doj)


def case(name, raw, e, intent, moved=""):
    CASES.append((name, raw, e, intent, moved))


N = [0]


def nm(short):
    N[0] += 1
    return f"{N[0]:03d}-{short}"


def body_with(plain, atts, b, crlf=False, html=True):
    main = alt(plain, b=b) if html else text(plain)
    if not atts:
        return main
    return multi("mixed", [main] + atts, f"=_{b}_mix_0001")


def std(frm_name, frm, subject, date, mid, plain, atts=(), mailer=ZIMBRA, crlf=False, html=True, extra=None,
        ar=None, b=None):
    b = b or mid.split("@")[0].replace(".", "")
    h = hdr(addr(frm_name, frm), subject, date, mid, mailer=mailer, extra=extra)
    return mail(h, body_with(plain, list(atts), b, crlf, html), crlf=crlf, ar=ar, from_addr=frm)


OFF_DEL = "Commissioner of Customs (Import), ICD Tughlakabad, New Delhi"
R = lambda *a: list(a)  # noqa: E731


def _roles_xlsx():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Roles"
    ws.append(["S.No.", "Officer Name", "SSO ID", "Role Requested", "Jurisdiction"])
    ws.append([1, "Aijaz Ahmad Kuchay", "AIJAZAK.SGR", "Division Superintendent (Adjudication)", "Anantnag"])
    ws.append([2, "Aijaz Ahmad Kuchay", "AIJAZAK.SGR", "Refund Processing Officer", "Anantnag"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def build():
    # ------------------------------------------------------------------ 001
    rows = [R(1, "Rohit", "", "Bansal", "Inspector", "14/03/1996", "02/06/2025", "9811023456",
              "rohit.bansal96@gmail.com", OFF_DEL, "ICD TKD", ""),
            R(2, "Kavita", "Rani", "Sehgal", "Inspector", "27/09/1997", "02/06/2025", "9958812340",
              "kavitasehgal.27@yahoo.com", OFF_DEL, "ICD TKD", "")]
    plain = """Respected Sir/Madam,

Kindly create SSO IDs and ICEGATE e-mail IDs for the following two newly joined
Inspectors (direct recruits, SSC CGL 2024) who have joined this Commissionerate
on 02.06.2025:

1. Sh. Rohit Bansal, Inspector
2. Smt. Kavita Rani Sehgal, Inspector

The filled template in the prescribed format and scanned first page of service
book of both officers are attached herewith.

Thanks & Regards

Manoj Kumar Verma
Superintendent (System Manager)
O/o the Commissioner of Customs (Import), ICD Tughlakabad, New Delhi
Email: manoj.kverma@icegate.gov.in
Mob: 98110 47621
"""
    n = nm("creation-icdtkd-sysmgr-two-inspectors")
    case(n, std("System Manager ICD TKD", "sysmgr.icdtkd@icegate.gov.in",
                "SSO ID creation for newly joined Inspectors - ICD Tughlakabad",
                "Tue, 18 Nov 2025 11:05:12 +0530", "zm.5521.1763444112@icegate.gov.in", plain,
                [att(xlsx(rows), XLSX, "SSO_Creation_ICD_TKD.xlsx"),
                 att(sb("Rohit Bansal", "14/03/1996", "02/06/2025"), PDF, "Service_Book_Rohit_Bansal.pdf"),
                 att(sb("Kavita Rani Sehgal", "27/09/1997", "02/06/2025"), PDF, "Service_Book_Kavita_Sehgal.pdf")]),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Delhi ICD TKD System Manager's generic ICEGATE ID: clean two-officer template, two text service books, full signature")
    n = nm("creation-icdtkd-sysmgr-no-individual-email")
    case(n, std("System Manager ICD TKD", "sysmgr.icdtkd@icegate.gov.in",
                "SSO ID creation for newly joined Inspectors - ICD Tughlakabad",
                "Tue, 18 Nov 2025 11:05:12 +0530", "zm.5522.1763444112@icegate.gov.in",
                plain.replace("Email: manoj.kverma@icegate.gov.in\n", ""),
                [att(xlsx(rows), XLSX, "SSO_Creation_ICD_TKD.xlsx"),
                 att(sb("Rohit Bansal", "14/03/1996", "02/06/2025"), PDF, "Service_Book_Rohit_Bansal.pdf"),
                 att(sb("Kavita Rani Sehgal", "27/09/1997", "02/06/2025"), PDF, "Service_Book_Kavita_Sehgal.pdf")]),
         exp("generic", "sso_creation", ["signature_email"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "as the previous mail, but the System Manager's signature has no individual e-mail ID",
         "no individual e-mail ID in the generic sender's signature -> request_missing (signature_email)")

    # ------------------------------------------------------------------ 002
    rows = [R(1, "Gurpreet", "Singh", "Dhillon", "Inspector", "05/01/1998", "21/07/2025", "7986543210",
              "gurpreetdhillon98@gmail.com", "CGST Commissionerate, Chandigarh", "Chandigarh", "")]
    plain = """Sir,

Forwarding herewith the request of Sh. Gurpreet Singh Dhillon, Inspector, for
creation of his SSO ID. Template and service book page are enclosed. Kindly do
the needful at the earliest.

Regards,
Neeraj Saini
Assistant Commissioner (Systems)
CGST Commissionerate, Chandigarh
neeraj.saini@icegate.gov.in
0172-2704412

---------- Forwarded message ---------
From: Gurpreet Dhillon <gurpreetdhillon98@gmail.com>
Date: Mon, 17 Nov 2025 at 16:42
Subject: SSO ID request
To: <sysmgr.chd@icegate.gov.in>


Sir ji,
I have joined as Inspector on 21.07.2025 in CGST Chandigarh. Mera SSO ID abhi
tak nahi bana hai. Please get it created. Details sheet and service book photo
attached.

Gurpreet Singh Dhillon
Inspector, Range-II, Division-I
"""
    n = nm("creation-chd-sysmgr-forwards-joinee")
    case(n, std("Systems Cell CGST Chandigarh", "sysmgr.chd@icegate.gov.in",
                "Fwd: SSO ID request", "Tue, 18 Nov 2025 10:14:40 +0530",
                "CAJx7q2Vb0pQ1rT9Lm@mail.gmail.com", plain,
                [att(xlsx(rows, titles=()), XLSX, "new_joinee_details.xlsx"),
                 att(kit.jpeg(201), JPG, "service-book-page1.jpg")], mailer={}),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Chandigarh System Manager's generic ICEGATE ID forwards (Gmail '---------- Forwarded message') an Inspector's Hinglish request; template named 'new_joinee_details.xlsx', service book photo; forwarder signs with landline")

    # ------------------------------------------------------------------ 003/004
    rows3 = [R(1, "Shivam", "", "Awasthi", "Inspector", D(1997, 8, 11), D(2025, 9, 1), "9415023871",
               "shivam.awasthi11@gmail.com", "CGST Lucknow", "Lucknow", ""),
             R(2, "Pooja", "", "Srivastava", "Inspector", D(1995, 12, 3), D(2025, 9, 1), "8840172365",
               "pooja.sri1295@rediffmail.com", "CGST Lucknow", "Lucknow", ""),
             R(3, "Anwar", "", "Hussain", "Superintendent", D(1988, 4, 19), D(2012, 10, 15), "7607718824",
               "anwarhussain.lko@gmail.com", "CGST Lucknow", "Barabanki", "")]
    for variant in ("follow", "sent"):
        if variant == "follow":
            line = "Service book copies of the three officers shall be sent separately by\nseparate mail as the scanning is pending in Establishment section."
            atts = [att(xlsx(rows3, titles=()), XLSX, "sso_template_lucknow.xlsx")]
            e = exp("icegate", "sso_creation", ["service_book"], action="request_missing", kinds=["template"])
            short, intent, moved = "creation-lko-ac-template-books-later", "Lucknow Assistant Commissioner's own ICEGATE ID (Thunderbird): three-officer template, no title rows, real dates; service books 'sent separately'", ""
        else:
            line = "Scanned service book pages of all three officers are also attached."
            atts = [att(xlsx(rows3, titles=()), XLSX, "sso_template_lucknow.xlsx")] + [
                att(sb(f"{r[1]} {r[3]}", r[5].strftime("%d/%m/%Y"), r[6].strftime("%d/%m/%Y")), PDF,
                    f"SB_{r[1]}_{r[3]}.pdf", style="2231") for r in rows3]
            e = exp("icegate", "sso_creation", kinds=["template"] + ["service_book"] * 3)
            short, intent, moved = "creation-lko-ac-template-books-attached", "as the previous mail but the three service books (RFC 2231 names) are attached", "service books attached -> acknowledge"
        plain = f"""Sir,

Please find attached the template for creation of SSO ID in respect of 3 officers
posted in CGST Commissionerate, Lucknow.
{line}

With regards,
--
Alok Ranjan Tripathi
Assistant Commissioner
CGST Commissionerate, Lucknow
Mobile: 9452277310
"""
        n = nm(short)
        case(n, std("Alok Ranjan Tripathi", "alok.tripathi@icegate.gov.in", "Creation of SSO ID - CGST Lucknow",
                    "Wed, 19 Nov 2025 15:20:02 +0530", f"{short}.5f3a@icegate.gov.in", plain, atts, mailer=TB,
                    html=False), e, intent, moved)

    # ------------------------------------------------------------------ 005
    plain = """Sir/Madam,

SSO ID for the following newly joined officers may please be created. Service
book pages attached. Template will be sent shortly after getting the employee
codes from the DDO.

Regards
Deepak Yadav
Inspector (Alternate System Manager)
CGST Kanpur
deepak.yadav@icegate.gov.in
"""
    n = nm("creation-kanpur-altsysmgr-scans-no-phone")
    case(n, std("Alt System Manager Kanpur", "altsysmgr.kanpur@icegate.gov.in", "SSO ID creation of new officers",
                "Thu, 20 Nov 2025 12:41:55 +0530", "zm.88213.kanpur@icegate.gov.in", plain,
                [att(kit.jpeg(501), JPG, "Service Book - Amit Yadav.jpg"),
                 att(kit.jpeg(502), JPG, "Service Book - Shalini Gupta.jpg"),
                 att(pdf([]), PDF, "forwarding_memo_kanpur.pdf")]),
         exp("generic", "sso_creation", ["signature_phone", "template"], action="request_missing",
             kinds=["service_book", "service_book", "other"]),
         "Kanpur Alternate System Manager's generic ICEGATE ID: two service book photos and an image-only memo, no template, signature without any number")

    # ------------------------------------------------------------------ 006
    rows = [R(1, "R.K.", "", "Rawat", "Inspector", "30/06/1996", "14/08/2025", "9412987650",
              "rkrawat.doon@gmail.com", "CGST Dehradun", "Dehradun", "")]
    plain = """Dear Sir,

I am newly joined Inspector in CGST Commissionerate Dehradun. Kindly create my SSO ID.
Filled template and service book attached.

Thanks
Rakesh Kumar Rawat
Inspector
Mob 9412987650
"""
    n = nm("creation-doon-officer-gmail-initials-first")
    case(n, std("Rakesh Rawat", "rkrawat.doon@gmail.com", "Request for SSO ID creation",
                "Thu, 20 Nov 2025 09:03:17 +0530", "CAF9k2L0mE3r@mail.gmail.com", plain,
                [att(xlsx(rows), XLSX, "SSO template.xlsx"),
                 att(sb("Rakesh Kumar Rawat", "30/06/1996", "14/08/2025"), PDF, "सेवा पुस्तिका Service Book.pdf",
                     style="2047")], mailer={}),
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "first_name", "initials_in_name")],
             action="request_missing", kinds=["template", "service_book"]),
         "Dehradun Inspector from personal Gmail; first name written as 'R.K.'; service book name Hindi+English RFC 2047")

    # ------------------------------------------------------------------ 007
    rows = [R(1, "Mudasir", "Ahmad", "Bhat", "Inspector", "29/02/1995", "01/08/2025", "9906123450",
              "mudasirbhat95@gmail.com", "Customs (P) Srinagar", "Srinagar", ""),
            R(2, "Tanvir", "", "Lone", "Inspector", "12/05/1994", "15/12/2025", "7006234561",
              "tanvir.lone@outlook.com", "Customs (P) Srinagar", "Srinagar", ""),
            R(3, "Shazia", "", "Mir", "Tax Assistant", "08/10/2010", "04/03/2024", "6005345672",
              "shaziamir.sgr@gmail.com", "Customs (P) Srinagar", "Srinagar", ""),
            R(4, "Irfan", "", "Wani", "Inspector", "29/02/1996", "10-07-2025", "9419456783",
              "irfanwani96@yahoo.in", "Customs (P) Srinagar", "Srinagar", "")]
    plain = """Sir,

Template for SSO ID creation of 4 officials of this office is attached along with
service book copy. Request to create at the earliest.

Regards,
Bilal Ahmad Shah
ACL Admin / Superintendent
Customs (Preventive), Srinagar
bilal.shah@icegate.gov.in | 9419012876
"""
    n = nm("creation-srinagar-acl-admin-invalid-dates")
    case(n, std("ACL Admin Srinagar", "acladmin.srinagar@icegate.gov.in", "SSO ID creation - Customs Srinagar",
                "Fri, 21 Nov 2025 13:30:00 +0530", "zm.1107.srg@icegate.gov.in", plain,
                [att(xlsx(rows, blank_before=1), XLSX, "Template_Srinagar.xlsx"),
                 att(pdf([]), PDF, "Service_Books_4_officials.pdf")]),
         exp("generic", "sso_creation", errors=[(5, "date_of_birth", "invalid_date"),
                                               (6, "date_of_joining", "invalid_date"),
                                               (7, "date_of_joining", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "Srinagar ACL Admin's generic ICEGATE ID; header row 4 (two titles + blank); r5 DOB 29/02/1995, r6 DOJ 15/12/2025 after the mail date, r7 joined at 13; r8 29/02/1996 and DD-MM-YYYY are valid")

    # ------------------------------------------------------------------ 008 red location, empty cells
    colors = {k: kit.RED for k in kit.DEFAULT_RED} | {"location": "FFC00000"}
    rows = [R(1, "Vikram", "", "Jamwal", "Inspector", "17/11/1993", "05/05/2025", "9797123456",
              "vikramjamwal93@gmail.com", "CGST Jammu", "Jammu", ""),
            R(2, "Sakshi", "", "Gupta", "Inspector", "02/02/1996", "05/05/2025", "",
              "sakshigupta.jmu@gmail.com", "CGST Jammu", "Kathua", "EMP4471"),
            R(3, "Ankush", "", "Sharma", "Superintendent", "23/07/1986", "11/03/2011", "9622334455",
              "ankush.sharma86@yahoo.com", "CGST Jammu", "", "")]
    plain = """Sir,

Kindly create SSO IDs of three officers as per the attached sheet. Service book
extracts are also attached.

Thanks and regards,

Rajinder Singh Manhas
Deputy Commissioner (Systems), CGST Jammu
Mob. 94191-55602
"""
    n = nm("creation-jammu-dc-red-location-empty-cells")
    case(n, std("Rajinder Singh Manhas", "rs.manhas@icegate.gov.in", "SSO ID creation: CGST Jammu",
                "Fri, 21 Nov 2025 16:02:44 +0530", "zm.6620.jmu@icegate.gov.in", plain,
                [att(xlsx(rows, colors=colors), XLSX, "SSO_ID_Jammu.xlsx"),
                 att(sb("Vikram Jamwal", "17/11/1993", "05/05/2025"), PDF, "service_book_extracts.pdf")]),
         exp("icegate", "sso_creation", errors=[(5, "mobile", "missing_mandatory"), (6, "location", "missing_mandatory")],
             action="request_missing", kinds=["template", "service_book"]),
         "Jammu Deputy Commissioner's own ICEGATE ID; 'Location' red (C00000) in this version; r5 no mobile, r6 no location; r4/r5 empty middle name / employee ID (black) fine")

    # ------------------------------------------------------------------ 009 bad mobiles / e-mails
    rows = [R(1, "Sunil", "", "Chauhan", "Inspector", "09/09/1994", "16/06/2025", "98731456201",
              "sunil.chauhan94@gmail.com", "Customs (Export), Noida", "Dadri", ""),
            R(2, "Neha", "", "Tyagi", "Inspector", "21/04/1997", "16/06/2025", "4123456789",
              "nehatyagi97@gmail.com", "Customs (Export), Noida", "Dadri", ""),
            R(3, "Arpit", "", "Saxena", "Examiner", "30/01/1995", "16/06/2025", "+919811765430",
              "arpit.saxena.gmail.com", "Customs (Export), Noida", "Noida SEZ", ""),
            R(4, "Ritika", "", "Bhardwaj", "Examiner", "13/12/1996", "16/06/2025", "09958011223",
              "ritika@@yahoo.co.in", "Customs (Export), Noida", "Noida SEZ", ""),
            R(5, "Harsh", "Vardhan", "Singh", "Appraiser", "01/07/1991", "03/01/2019", "8700112299",
              "harshvsingh91@gmail.com", "Customs (Export), Noida", "ICD Dadri", "")]
    plain = """Sir/Madam,

Please create SSO ID and ICEGATE mail ID for the 5 officers whose details are in
the attached excel. Service books (scanned, single PDF) attached.

Regards
Pankaj Goel
Superintendent, EDI Section
Customs (Export) Commissionerate, Noida
pankaj.goel@icegate.gov.in
Ph: 0120-2410567, M: 9871456002
"""
    n = nm("creation-noida-edi-bad-mobiles-emails")
    case(n, std("EDI Section Noida", "edi.noida@icegate.gov.in", "Request for creation of SSO IDs",
                "Mon, 24 Nov 2025 11:11:11 +0530", "zm.3390.noida@icegate.gov.in", plain,
                [att(xlsx(rows), XLSX, "SSO_creation_5_officers.xlsx"),
                 att(pdf([]), PDF, "Service_Book_scanned.pdf")]),
         exp("generic", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                               (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Noida EDI section's generic ICEGATE ID; r4 mobile 11 digits, r5 starts with 4, r6 alt e-mail without '@', r7 with '@@'; r6 +91 and r7 0-prefixed mobiles valid; r8 clean")

    # ------------------------------------------------------------------ 010 icegate / office alt e-mails
    rows = [R(1, "Jaspreet", "", "Kaur", "Inspector", "19/08/1995", "01/09/2025", "9876012345",
              "jaspreet.kaur@icegate.gov.in", "Customs (P) Amritsar", "Attari ICP", ""),
            R(2, "Harmanpreet", "", "Sandhu", "Inspector", "03/03/1996", "01/09/2025", "9815098765",
              "division.amritsar.customs@gmail.com", "Customs (P) Amritsar", "Attari ICP", ""),
            R(3, "Lovepreet", "", "Gill", "Havaldar", "25/12/1998", "01/09/2025", "7888123456",
              "lovepreetgill25@gmail.com", "Customs (P) Amritsar", "Amritsar Airport", "")]
    plain = """Respected Sir,

SSO IDs may kindly be created for the following officials who joined on 01.09.2025.
Template and service books (one per officer) are attached.

Yours faithfully,
(Sukhwinder Pal Singh)
Assistant Commissioner
Customs (Preventive) Commissionerate, Amritsar
Mob: +91 98140 22331
"""
    n = nm("creation-amritsar-ac-office-and-icegate-alt")
    case(n, std("Sukhwinder Pal Singh", "sp.singh@icegate.gov.in", "SSO ID creation - Amritsar",
                "Mon, 24 Nov 2025 14:45:00 +0530", "zm.7781.asr@icegate.gov.in", plain,
                [att(xlsx(rows), XLSX, "template_asr.xlsx")] +
                [att(sb(f"{r[1]} {r[3]}", r[5], r[6]), PDF, f"ServiceBook_{r[1]}.pdf") for r in rows]),
         exp("icegate", "sso_creation", errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")],
             action="request_missing", kinds=["template"] + ["service_book"] * 3),
         "Amritsar Assistant Commissioner's own ICEGATE ID; r4 alternate e-mail is an icegate.gov.in address, r5 a Division's office Gmail; r6 clean")

    # ------------------------------------------------------------------ 011 retyped, duplicates
    heads = ["Sl No", "FIRST NAME", "middle name", "LAST NAME", "designation", "Date of birth(dd-mm-yyyy)",
             "Date Of Joining CBIC (dd/mm/yyyy)", "Mobile No", "Alternate E-mail ID", "Commissionerate/Office",
             "location", "Employee Id"]
    rows = [R(1, "Ashish", "", "Malhotra", "Inspector", "11/11/1994", "07/07/2025", "9810203040",
              "ashishmalhotra94@gmail.com", "Audit-I Delhi", "Delhi", ""),
            R(2, "Nidhi", "", "Arora", "Inspector", "06/06/1997", "07/07/2025", "9910304050",
              "nidhi.arora97@gmail.com", "", "Delhi", ""),
            R(3, "Sameer", "", "Khan", "Inspector", "15/02/1993", "07/07/2025", "9810203040",
              "sameerkhan93@gmail.com", "Audit-I Delhi", "Delhi", ""),
            R(4, "Tarun", "", "Mehta", "Inspector", "20/10/1995", "07/07/2025", "8130405060",
              "ashishmalhotra94@gmail.com", "Audit-I Delhi", "Delhi", "")]
    plain = """Sir,

Details of four Inspectors for creation of SSO ID are given in the attached sheet
(retyped as the original format was not opening). Service book scans enclosed.

Regards,

Sandeep Chaudhary
Superintendent (Alternate System Manager)
CGST Audit-I Commissionerate, Delhi
E-mail : sandeep.chaudhary@icegate.gov.in
Mobile : 8800445566
"""
    n = nm("creation-delhi-audit-retyped-duplicates")
    case(n, std("Alt SysMgr Audit-I Delhi", "altsysmgr.audit1del@icegate.gov.in", "SSO creation - 4 Inspectors",
                "Tue, 25 Nov 2025 10:30:00 +0530", "zm.4040.del@icegate.gov.in", plain,
                [att(xlsx(rows, titles=("Officers details",), headers=heads, all_black=True), XLSX, "details.xlsx"),
                 att(pdf([]), PDF, "service books.pdf")]),
         exp("generic", "sso_creation", errors=[(4, "office", "missing_mandatory"), (5, "mobile", "duplicate_mobile"),
                                               (6, "alt_email", "duplicate_alt_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Delhi Audit-I Alternate System Manager's generic ICEGATE ID; retyped template, all headers black (defaults apply), headers in other case/spacing; one title row so header row 2: r4 no office, r5 repeats r3's mobile, r6 repeats r3's alternate e-mail")

    # ------------------------------------------------------------------ 012 unreadable
    fake = (b"<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table>"
            b"<tr><td>First Name</td><td>Last Name</td></tr><tr><td>Prateek</td><td>Dubey</td></tr>"
            b"</table></body></html>\n")
    plain = """Sir,

Kindly create SSO ID of Sh. Prateek Dubey, Inspector, newly posted in Range-4,
Division Kalyanpur. Template and service book page attached.

Regards
Ramesh Chandra Pal
Superintendent, CGST Kanpur
9335012478
"""
    n = nm("creation-kanpur-supdt-template-html-as-xlsx")
    case(n, std("Ramesh Chandra Pal", "rc.pal@icegate.gov.in", "SSO ID creation - Prateek Dubey",
                "Tue, 25 Nov 2025 12:12:00 +0530", "zm.9012.knp@icegate.gov.in", plain,
                [att(fake, XLSX, "SSO ID creation template.xlsx"),
                 att(kit.jpeg(1201), JPG, "Prateek Dubey service book.jpg")]),
         exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
             kinds=["template", "service_book"]),
         "Kanpur Superintendent's own ICEGATE ID: 'SSO ID creation template.xlsx' is an HTML table saved under the .xlsx name (not a zip); service book photo")
    n = nm("creation-kanpur-supdt-template-real-xlsx")
    case(n, std("Ramesh Chandra Pal", "rc.pal@icegate.gov.in", "SSO ID creation - Prateek Dubey",
                "Tue, 25 Nov 2025 12:12:00 +0530", "zm.9013.knp@icegate.gov.in", plain,
                [att(xlsx([R(1, "Prateek", "", "Dubey", "Inspector", "19/01/1997", "10/11/2025", "9305512876",
                             "prateekdubey97@gmail.com", "CGST Kanpur", "Kalyanpur", "")]),
                     XLSX, "SSO ID creation template.xlsx"),
                 att(kit.jpeg(1201), JPG, "Prateek Dubey service book.jpg")]),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "as the previous mail, but the template is a real, clean .xlsx",
         "template is a readable clean .xlsx -> acknowledge")

    # ------------------------------------------------------------------ 013 certification letter
    rows = [R(1, "Manpreet", "", "Kaur", "Superintendent", "10/10/1985", "01/04/2009", "9779012345",
              "manpreetkaur85@gmail.com", "CGST Commissionerate, Chandigarh", "Mohali", "")]
    cert = pdf(["OFFICE OF THE COMMISSIONER, CGST COMMISSIONERATE, CHANDIGARH", "CERTIFICATE",
                "Certified that the name, date of birth and date of joining of Smt. Manpreet Kaur,",
                "Superintendent, as per official records are: Date of birth 10/10/1985,",
                "Date of joining 01/04/2009, as verified from the records of her previous department.",
                "(Harish Chander Goyal) Joint Commissioner"])
    plain = """Sir,

Smt. Manpreet Kaur, Superintendent, has joined this Commissionerate on absorption
from DGGI. Her service book has not yet been received from the parent office,
hence a certificate signed by the Joint Commissioner regarding her name, DOB and
DOJ is enclosed in lieu of service book, along with the template. Request to kindly
create SSO ID.

Regards,
Ritu Bala
Inspector (Commissionerate Admin)
CGST Chandigarh
Email- ritu.bala@icegate.gov.in
Mob- 9872004411
"""
    n = nm("creation-chd-admin-jc-certificate")
    case(n, std("Admin CGST Chandigarh", "admin.cgstchd@icegate.gov.in", "SSO ID creation - Smt. Manpreet Kaur",
                "Wed, 26 Nov 2025 11:00:00 +0530", "zm.1313.chd@icegate.gov.in", plain,
                [att(xlsx(rows), XLSX, "SSO_template_Manpreet.xlsx"),
                 att(cert, PDF, "JC_certificate_DOB_DOJ.pdf")]),
         exp("generic", "sso_creation", action="review", kinds=["template", "certification_letter"]),
         "Chandigarh Commissionerate admin's generic ICEGATE ID: clean template and a Joint Commissioner's certificate in lieu of the service book")
    plain_sb = plain.replace("""Her service book has not yet been received from the parent office,
hence a certificate signed by the Joint Commissioner regarding her name, DOB and
DOJ is enclosed in lieu of service book, along with the template.""", """Her service book has now been received from the parent office; its
first page (name, DOB and DOJ) is enclosed along with the template.""")
    assert plain_sb != plain
    n = nm("creation-chd-admin-service-book")
    case(n, std("Admin CGST Chandigarh", "admin.cgstchd@icegate.gov.in", "SSO ID creation - Smt. Manpreet Kaur",
                "Wed, 26 Nov 2025 11:00:00 +0530", "zm.1314.chd@icegate.gov.in", plain_sb,
                [att(xlsx(rows), XLSX, "SSO_template_Manpreet.xlsx"),
                 att(sb("Manpreet Kaur", "10/10/1985", "01/04/2009"), PDF, "Service_Book_Manpreet_Kaur.pdf")]),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "as the previous mail, but the service book page is sent instead of the Joint Commissioner's certificate",
         "service book instead of the certification letter -> acknowledge")

    # ------------------------------------------------------------------ 014/015 COIN / abroad
    for variant in ("abroad", "india"):
        if variant == "abroad":
            where = ("is presently posted abroad as Consul (Customs) at the Consulate General of\n"
                     "India, Dubai, under COIN posting")
            e = exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"])
            short, moved = "creation-dri-hq-officer-posted-abroad", ""
            intent = "DRI HQ Delhi Joint Director's own ICEGATE ID asks for an SSO ID for an officer posted abroad (COIN, Consulate General Dubai); template and service book complete"
        else:
            where = "is presently posted at DRI Zonal Unit, Lucknow"
            e = exp("icegate", "sso_creation", kinds=["template", "service_book"])
            short, moved = "creation-dri-hq-officer-zonal-unit", "officer posted at DRI Zonal Unit Lucknow, not abroad / COIN -> acknowledge"
            intent = "as the previous mail, but the officer is posted at DRI Zonal Unit Lucknow (in India, not COIN)"
        rows = [R(1, "Abhinav", "", "Chaturvedi", "Senior Intelligence Officer", "18/05/1987", "22/10/2012",
                  "9711309876", "abhinav.chaturvedi87@gmail.com", "DRI Headquarters, New Delhi",
                  "Dubai" if variant == "abroad" else "Lucknow", "")]
        plain = f"""Sir,

Sh. Abhinav Chaturvedi, Senior Intelligence Officer, who has been taken on
deputation to DRI, {where}. His SSO ID
is to be created afresh. The template and his service book page are attached.

It is requested to create the SSO ID at the earliest.

Regards,
Shalini Mathur
Joint Director, DRI Headquarters
New Delhi
Tel: 011-23414567 | Mob: 9868123450
"""
        n = nm(short)
        case(n, std("Shalini Mathur", "shalini.mathur@icegate.gov.in", "SSO ID creation - Sh. Abhinav Chaturvedi, SIO",
                    "Wed, 26 Nov 2025 17:20:00 +0530", f"{short}.77@icegate.gov.in", plain,
                    [att(xlsx(rows), XLSX, "SSO_template_DRI.xlsx"), att(pdf([]), PDF, "service_book_SIO.pdf")],
                    mailer=OUTLOOK, crlf=True), e, intent, moved)

    # ------------------------------------------------------------------ 016 NIC generic, no designation
    rows = [R(i, f, "", l, "Inspector", dob, "03/11/2025", m, a, "CGST Dehradun", "Haridwar", "")
            for i, (f, l, dob, m, a) in enumerate([
                ("Aditya", "Bisht", "12/01/1998", "9557012345", "adityabisht98@gmail.com"),
                ("Kiran", "Negi", "04/04/1997", "8923012346", "kirannegi.0404@gmail.com")], start=1)]
    plain = """Sir/Madam,

Please create SSO IDs of the two newly joined Inspectors. Template and service
book photos enclosed.

Regards,
Hemant Joshi
hemant.joshi82@gov.in
Ph. 0135-2741020

-------------------------------------------------------------
राष्ट्रीय सूचना विज्ञान केंद्र / This e-mail is sent via NIC e-mail service
"""
    n = nm("creation-doon-nic-systems-no-designation")
    case(n, std("Systems CGST Dehradun", "systems.cgstddn@nic.in", "SSO ID creation",
                "Thu, 27 Nov 2025 10:10:10 +0530", "zm.1616.ddn@nic.in", plain,
                [att(xlsx(rows), XLSX, "Template.xlsx"), att(kit.jpeg(1601), JPG, "Service_Book_Aditya_Bisht.jpg"),
                 att(kit.jpeg(1602), JPG, "Service_Book_Kiran_Negi.jpg")]),
         exp("generic", "sso_creation", ["icegate_sender", "signature_designation"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Dehradun Commissionerate's Systems mailbox on nic.in: clean template, two service book photos; signature with name, individual gov.in e-mail, landline, no designation; NIC footer")
    n = nm("creation-doon-nic-systems-with-designation")
    case(n, std("Systems CGST Dehradun", "systems.cgstddn@nic.in", "SSO ID creation",
                "Thu, 27 Nov 2025 10:10:10 +0530", "zm.1617.ddn@nic.in",
                plain.replace("Hemant Joshi\n", "Hemant Joshi\nSuperintendent (Systems)\n"),
                [att(xlsx(rows), XLSX, "Template.xlsx"), att(kit.jpeg(1601), JPG, "Service_Book_Aditya_Bisht.jpg"),
                 att(kit.jpeg(1602), JPG, "Service_Book_Kiran_Negi.jpg")]),
         exp("generic", "sso_creation", ["icegate_sender"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "as the previous mail, but the signature carries the designation 'Superintendent (Systems)'",
         "designation added to the signature -> only icegate_sender missing")

    # ------------------------------------------------------------------ status
    plain = """Respected Sir/Madam,

I have been transferred from DGGI Kanpur Zonal Unit to CGST Lucknow. I am not sure
whether any SSO ID was ever created in my name. Kindly check and inform.

Name: Vandana Mishra
Designation: Superintendent
Mobile No.: 9450398712

Thanking you
"""
    n = nm("status-lko-gmail-labelled")
    case(n, std("Vandana Mishra", "vandana.mishra.lko@gmail.com", "Whether SSO ID exists - Vandana Mishra",
                "Thu, 27 Nov 2025 19:44:00 +0530", "CAPv7Yt1QzK@mail.gmail.com", plain, mailer={}),
         exp("personal", "sso_status", kinds=[]),
         "Lucknow Superintendent asks from her personal Gmail whether an SSO ID exists; name, designation, mobile labelled")
    n = nm("status-lko-gmail-no-designation")
    case(n, std("Vandana Mishra", "vandana.mishra.lko@gmail.com", "Whether SSO ID exists - Vandana Mishra",
                "Thu, 27 Nov 2025 19:44:00 +0530", "CAPv7Yt1QzL@mail.gmail.com",
                plain.replace("Designation: Superintendent\n", ""), mailer={}),
         exp("personal", "sso_status", ["designation"], action="request_missing", kinds=[]),
         "as the previous mail, without the designation line",
         "designation line dropped -> request_missing (designation)")

    for variant in ("landline", "running"):
        if variant == "landline":
            numline = "Office Ph: 0522-2237788"
            e = exp("personal", "sso_status", ["mobile"], action="request_missing", kinds=[])
            short, moved = "status-yahoo-office-landline-only", ""
            intent = "Noida Inspector's Yahoo status enquiry: name and designation labelled, only an office landline with STD code"
        else:
            numline = "Office Ph: 0522-2237788\nMy mobile number is 94150 66123, please call on this number."
            e = exp("personal", "sso_status", kinds=[])
            short, moved = "status-yahoo-mobile-in-running-text", "a mobile number stated in running text -> acknowledge"
            intent = "as the previous mail, plus 'My mobile number is 94150 66123' in running text"
        plain = f"""Sir,
Kindly confirm whether SSO ID has been generated for me or not. I joined
Customs Commissionerate Noida on transfer last month and have never used ACES.

Name - Deepika Rathore
Designation - Inspector
{numline}

Sent from Yahoo Mail on Android
"""
        n = nm(short)
        case(n, std("Deepika Rathore", "deepika_rathore88@yahoo.co.in", "SSO ID status",
                    "Fri, 28 Nov 2025 09:12:30 +0530", f"{short}.1764300150@mail.yahoo.com", plain, mailer=YAHOO),
             e, intent, moved)

    plain = """Sir

Kindly check if my SSO ID is already created or not. I am working in CGST Amritsar,
Division-II.

Designation : Inspector
Mobile : 98556-12034

Thanks
"""
    n = nm("status-rediff-no-name")
    case(n, std("Balwinder Singh Randhawa", "bsrandhawa@rediffmail.com", "sso id",
                "Fri, 28 Nov 2025 13:05:00 +0530", "20251128073500.11220.qmail@rediffmail.com", plain,
                mailer=REDIFF, html=False, extra={"Reply-To": "bsrandhawa@rediffmail.com"}),
         exp("personal", "sso_status", ["name"], action="request_missing", kinds=[]),
         "Amritsar Inspector's Rediffmail status enquiry: designation and mobile labelled; name only in the From display name")

    for variant in ("office", "individual"):
        if variant == "office":
            mailline = "Email: cgstdivision2.kanpur@gmail.com"
            e = exp("generic", "sso_status", ["signature_email"], action="request_missing", kinds=[])
            short, moved = "status-kanpur-division-gmail-office-email", ""
            intent = "Kanpur Division-II office Gmail asks for an Inspector; signature with name, designation, landline, and only the office Gmail as e-mail"
        else:
            mailline = "Email: ashok.tiwari@icegate.gov.in"
            e = exp("generic", "sso_status", kinds=[])
            short, moved = "status-kanpur-division-gmail-individual-email", "signature gives the Superintendent's individual ICEGATE e-mail -> acknowledge"
            intent = "as the previous mail, but the signature gives the Superintendent's individual e-mail ID"
        plain = f"""Sir,

It is requested to intimate whether SSO ID exists in respect of the following officer
of this Division:

Name: Shubham Katiyar
Designation: Inspector
Mobile No.: 7398014562

Regards,
Ashok Kumar Tiwari
Superintendent (Tech.)
CGST Division-II, Kanpur
{mailline}
Tel: 0512-2305514
"""
        n = nm(short)
        case(n, std("CGST Division-II Kanpur", "cgstdivision2.kanpur@gmail.com", "Status of SSO ID of Inspector",
                    "Mon, 01 Dec 2025 11:45:00 +0530", f"{short}.CAM9x@mail.gmail.com", plain, mailer={}),
             e, intent, moved)

    # ------------------------------------------------------------------ reset complete (Hinglish)
    plain = """Sir/Madam,

Mera SSO ID ka password bhool gaya hoon aur teen baar galat daalne ke baad ID lock
ho gayi hai. ACES-GST mein login nahi ho pa raha. Kindly reset the password, main
call pe DOB aur DOJ verify kar dunga.

Name: Manish Kapoor
Designation: Inspector, Range-5, CGST Noida
SSO ID: MANISHK.NOIDA
Mobile: 9999123478

धन्यवाद
"""
    n = nm("reset-noida-icegate-complete-hinglish")
    case(n, std("मनीष कपूर", "manish.kapoor@icegate.gov.in", "Password reset of SSO ID",
                "Tue, 02 Dec 2025 10:02:00 +0530", "zm.2301.noida@icegate.gov.in", plain),
         exp("icegate", "password_reset", kinds=[]),
         "Noida Inspector's own ICEGATE ID, Hinglish body (quoted-printable), Devanagari display name; name, designation, SSO ID, mobile labelled")
    n = nm("reset-noida-icegate-office-phone-only")
    case(n, std("मनीष कपूर", "manish.kapoor@icegate.gov.in", "Password reset of SSO ID",
                "Tue, 02 Dec 2025 10:02:00 +0530", "zm.2302.noida@icegate.gov.in",
                plain.replace("Mobile: 9999123478", "Office Tel: 0120-2470011")),
         exp("icegate", "password_reset", ["mobile"], action="request_missing", kinds=[]),
         "as the previous mail, but the only number is the office telephone with STD code",
         "mobile replaced by an office landline -> request_missing (mobile)")

    # ------------------------------------------------------------------ reset Outlook reply, SSO ID only quoted
    plain = """Dear Sir,

Sorry, I could not take your call yesterday as I was on Nakka duty at Attari.
Please call me now on my new number. Details below.

Name: Harjit Kaur Bains
Designation: Superintendent (Customs), Amritsar
Mobile: 8146023579

Regards,
Harjit Kaur Bains
[cid:image001.png@01DC5A11.2B3C4D50]

From: Saksham Seva <saksham.seva@icegate.gov.in>
Sent: Monday, December 1, 2025 4:10 PM
To: harjit.bains@icegate.gov.in
Subject: RE: SSO password reset

Madam,
We tried to call you regarding the password reset of SSO ID HARJITK.ASR but the
number was not reachable. Please send a reachable mobile number.

Saksham Seva
"""
    related = multi("related", [alt(plain, b="hkb"),
                                att(kit.make_png(80, 30, 120), PNG, "image001.png", disp="inline",
                                    cid="image001.png@01DC5A11.2B3C4D50")], "=_hkb_rel_0001")
    h = hdr(addr("Harjit Kaur Bains", "harjit.bains@icegate.gov.in"), "RE: SSO password reset",
            "Tue, 02 Dec 2025 11:30:00 +0530", "PN3P287MB0123ABCD@PN3P287.INDP287.PROD.OUTLOOK.COM",
            mailer=OUTLOOK, extra={"In-Reply-To": "<ss.20251201.1610@icegate.gov.in>"})
    n = nm("reset-asr-outlook-reply-ssoid-quoted")
    case(n, mail(h, related, crlf=True, from_addr="harjit.bains@icegate.gov.in"),
         exp("icegate", "password_reset", ["sso_id"], action="request_missing", kinds=["other"]),
         "Amritsar Superintendent's Outlook reply (CRLF, multipart/related, inline logo image001.png): name, designation, new mobile in her own text; SSO ID only in the quoted 'From:/Sent:' block")

    # ------------------------------------------------------------------ reset from individual nic.in
    plain = """Sir,

I am on deputation to the Ministry and my ICEGATE SSO ID has become inactive due to
non-use. I request that the ID may kindly be activated and the password reset.

Name: Pradeep Singh Semwal
Designation: Deputy Commissioner
Alternate e-mail ID: pssemwal1979@gmail.com
Mobile No.: 9410154327

Regards
P. S. Semwal
"""
    n = nm("reset-doon-dc-individual-nic-in")
    case(n, std("Pradeep Singh Semwal", "ps.semwal@nic.in", "Activation of inactive SSO ID",
                "Tue, 02 Dec 2025 15:15:00 +0530", "zm.2501.ddn@nic.in", plain),
         exp("personal", "password_reset", ["icegate_sender"], action="request_missing", kinds=[]),
         "Dehradun Deputy Commissioner on deputation writes from his individual nic.in address; name, designation, alternate e-mail, mobile labelled")

    # ------------------------------------------------------------------ reset Hindi (base64), with / without designation
    for variant in ("nodesig", "desig"):
        desig = "" if variant == "nodesig" else "पदनाम: अधीक्षक (Superintendent)\n"
        plain = f"""महोदय,

मेरी एसएसओ आईडी का पासवर्ड एक्सपायर हो गया है और मैं पासवर्ड भूल गया हूँ।
कृपया पासवर्ड रीसेट करने का कष्ट करें।

नाम (Name): राजीव कुमार सिंह
{desig}एसएसओ आईडी (SSO ID): RAJEEVKS.LKO
मोबाइल (Mobile): 9336214785

भवदीय
राजीव कुमार सिंह
"""
        if variant == "nodesig":
            short, moved = "reset-lko-hindi-no-designation", ""
            e = exp("icegate", "password_reset", ["designation"], action="request_missing", kinds=[])
            intent = "Lucknow officer's ICEGATE ID, Hindi base64 body, B-encoded subject and name; name, SSO ID, mobile labelled, designation nowhere"
        else:
            short, moved = "reset-lko-hindi-with-designation", "a labelled designation line -> acknowledge"
            e = exp("icegate", "password_reset", kinds=[])
            intent = "as the previous mail, plus 'पदनाम: अधीक्षक (Superintendent)'"
        h = hdr(addr("राजीव कुमार सिंह", "rajeev.ksingh@icegate.gov.in"), "पासवर्ड रीसेट हेतु अनुरोध",
                "Wed, 03 Dec 2025 09:40:00 +0530", f"{short}.zm@icegate.gov.in", mailer=ZIMBRA)
        n = nm(short)
        case(n, mail(h, text(plain, cte="b64"), from_addr="rajeev.ksingh@icegate.gov.in"), e, intent, moved)

    # ------------------------------------------------------------------ spoofed / authenticated
    for variant in ("fail", "pass"):
        frm = "naveen.chopra@icegate.gov.in"
        if variant == "fail":
            ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (no signature);\n"
                  "\tspf=softfail (mx.icegate.gov.in: domain of naveen.chopra@icegate.gov.in does not designate"
                  " 185.220.101.7 as permitted sender) smtp.mailfrom=naveen.chopra@icegate.gov.in;\n"
                  "\tdmarc=fail (p=quarantine dis=none) header.from=icegate.gov.in")
            rcv = ("Received: from vps-2231.hostnet.example (unknown [185.220.101.7])\n"
                   "\tby mx.icegate.gov.in (Postfix) with ESMTP id 9F00AB12C3; Wed, 03 Dec 2025 02:47:10 +0530\n"
                   + kit.ar_pass("icegate.gov.in", "naveen.chopra", mx="mx.icegate.gov.in"))
            short, moved = "reset-chd-spoofed-dmarc-fail", ""
            e = exp("icegate", "password_reset", action="review", kinds=[])
            intent = "password reset claiming an officer's ICEGATE ID, sent at 02:47 from an outside VPS (PHPMailer), Reply-To Gmail; topmost Authentication-Results dmarc=fail, a forged pass copy lower down"
            mailer = {"X-Mailer": "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"}
        else:
            ar, rcv = None, None
            short, moved = "reset-chd-authenticated-reply-to-gmail", "authentication passes for icegate.gov.in -> acknowledge (Reply-To changes nothing)"
            e = exp("icegate", "password_reset", kinds=[])
            intent = "as the previous mail, but the topmost Authentication-Results passes dkim/spf/dmarc for icegate.gov.in"
            mailer = ZIMBRA
        plain = """Sir,
urgent - forgot password of my SSO ID. Please reset and send new password on my
alternate mail naveen.chopra.chd@gmail.com

Name: Naveen Chopra
Designation: Inspector, CGST Chandigarh
SSO ID: NAVEENC.CHD
Mobile: 7009812345
"""
        h = hdr(addr("Naveen Chopra", frm), "Password reset urgent", "Wed, 03 Dec 2025 02:47:10 +0530",
                f"{short}.a1b2@icegate.gov.in", mailer=mailer, extra={"Reply-To": "naveen.chopra.chd@gmail.com"})
        n = nm(short)
        case(n, mail(h, text(plain, cte="7bit"), ar=ar, received=rcv, from_addr=frm), e, intent, moved)

    # ------------------------------------------------------------------ promotion, System Manager, RFC 2231
    porder = pdf(["GOVERNMENT OF INDIA", "OFFICE OF THE CHIEF COMMISSIONER, CGST JAMMU ZONE",
                  "ESTABLISHMENT ORDER No. 88/2025 (PROMOTION)",
                  "The following Inspectors are hereby promoted to the grade of Superintendent",
                  "1. Sh. Kuldeep Raj Sharma, Inspector"])
    sbook = sb("Kuldeep Raj Sharma", "04/06/1982", "12/09/2006")
    plain = """Sir,

Sh. Kuldeep Raj Sharma, Inspector, SSO ID KULDEEPRS.JMU, has been promoted to the
grade of Superintendent vide Establishment Order No. 88/2025. The designation may
kindly be updated in ACES. Copy of the promotion order and the first page of the
service book are attached.

Regards,
--
Suresh Kumar Bhagat
Superintendent (System Manager)
CGST Commissionerate, Jammu
suresh.bhagat@icegate.gov.in
Mob: 9419176543
"""
    n = nm("promotion-jammu-sysmgr-complete-rfc2231")
    case(n, std("System Manager CGST Jammu", "sysmgr.jammu@icegate.gov.in",
                "Updation of designation on promotion - Sh. Kuldeep Raj Sharma",
                "Wed, 03 Dec 2025 12:00:00 +0530", "a7e1c2d0-3b4f-4c2a-9e11-jmu@icegate.gov.in", plain,
                [att(porder, PDF, "पदोन्नति आदेश Promotion Order 88-2025.pdf", style="2231"),
                 att(sbook, PDF, "scan_0012.pdf", style="2231")], mailer=TB, html=False),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "Jammu System Manager's generic ICEGATE ID (Thunderbird): promotion order with a Devanagari+English RFC 2231 name, service book 'scan_0012.pdf' told by its text layer")

    # ------------------------------------------------------------------ promotion, iPhone, order only
    eo = pdf(["OFFICE OF THE COMMISSIONER OF CUSTOMS, NOIDA", "ORDER No. 117/2025",
              "PROMOTION: Sh. Gaurav Tomar, Examiner, is promoted as Appraiser with immediate effect."])
    plain = """Sir, I have been promoted from Examiner to Appraiser. Order attached, pls update my designation in ACES.

Gaurav Tomar
Appraiser, Customs Noida
9873301122

Sent from my iPhone
"""
    n = nm("promotion-noida-iphone-order-only")
    case(n, std("Gaurav Tomar", "gaurav.tomar@icegate.gov.in", "Designation update",
                "Thu, 04 Dec 2025 08:15:00 +0530", "B3F2A1C0-77D1-4E2B-9A0C-1F2E3D4C5B6A@icegate.gov.in", plain,
                [att(eo, PDF, "Order_117_2025.pdf", disp="inline")], mailer=IPHONE, html=False),
         exp("icegate", "designation_update", ["service_book"], action="request_missing", kinds=["promotion_order"]),
         "Noida Appraiser's own ICEGATE ID on an iPhone: promotion order 'Order_117_2025.pdf' (told by its text layer) inline; no service book")

    # ------------------------------------------------------------------ promotion reply, order only in quote / re-attached
    for variant in ("quoted", "reattached"):
        plain = """Sir,

As desired, the first page of my service book is attached.

Regards
Imran Rashid Dar
Superintendent, CGST Srinagar
Mob 9596012345

On 03/12/2025 17:05, Saksham Seva wrote:
> Sir, please also send the first page of your service book.
>
> On 02/12/2025 11:20, Imran Rashid Dar wrote:
>> Sir, I have been promoted to Superintendent vide Order No. 45/2025.
>> Promotion order attached (Promotion_Order_45.pdf). Please update designation.
"""
        atts = [att(kit.jpeg(3301), JPG, "Service_Book_Imran.jpg")]
        if variant == "quoted":
            short, moved = "promotion-srinagar-reply-order-in-quote", ""
            e = exp("icegate", "designation_update", ["promotion_order"], action="request_missing",
                    kinds=["service_book"])
            intent = "Srinagar Superintendent's Thunderbird reply: service book photo attached; the promotion order only named in the quoted earlier mails"
        else:
            plain = plain.replace("is attached.", "is attached. Promotion order is\nalso attached again.")
            atts.append(att(pdf(["CGST SRINAGAR", "Order No. 45/2025", "PROMOTION ORDER",
                                 "Sh. Imran Rashid Dar is promoted as Superintendent"]), PDF,
                            "Promotion_Order_45.pdf"))
            short, moved = "promotion-srinagar-reply-order-reattached", "promotion order attached to this reply -> acknowledge"
            e = exp("icegate", "designation_update", kinds=["service_book", "promotion_order"])
            intent = "as the previous mail, but the promotion order is attached again"
        h = hdr(addr("Imran Rashid Dar", "imran.dar@icegate.gov.in"), "Re: Designation update on promotion",
                "Thu, 04 Dec 2025 10:30:00 +0530", f"{short}.tb@icegate.gov.in", mailer=TB,
                extra={"In-Reply-To": "<ss.20251203.1705@icegate.gov.in>"})
        n = nm(short)
        case(n, mail(h, multi("mixed", [text(plain, cte="7bit")] + atts, f"=_{short[:20]}_mix"),
                     from_addr="imran.dar@icegate.gov.in"), e, intent, moved)

    # ------------------------------------------------------------------ transfer Outlook complete
    plain = """Sir,

I have joined CGST Lucknow Commissionerate on transfer from CGST Kanpur and have
been posted to Range-III, Division Gomti Nagar vide local posting order. Kindly
unmap my roles of Kanpur and map me in ACES-GST BO for Range-III, Gomti Nagar.

Transfer order, local posting order and joining report are attached.

Regards,
Sanjay Kumar Maurya
Inspector, CGST Lucknow
M: 9838012763
"""
    posting = pdf(["OFFICE OF THE COMMISSIONER, CGST LUCKNOW", "LOCAL POSTING ORDER No. 61/2025",
                   "Sh. Sanjay Kumar Maurya, Inspector, is posted to Range-III, Division Gomti Nagar"])
    n = nm("transfer-lko-outlook-complete")
    case(n, std("Sanjay Kumar Maurya", "sanjay.maurya@icegate.gov.in",
                "Unmapping and mapping of roles in ACES – joined on transfer",
                "Thu, 04 Dec 2025 14:05:00 +0530", "TY0P287MB0456EF01@TY0P287.INDP287.PROD.OUTLOOK.COM", plain,
                [att(pdf([]), PDF, "Transfer_Order_CCO_Lucknow.pdf"),
                 att(posting, PDF, "LPO_61_2025.pdf"),
                 att(kit.jpeg(3401), JPG, "Joining_Report_Sanjay.jpg")], mailer=OUTLOOK, crlf=True),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Lucknow Inspector's own ICEGATE ID via Outlook (CRLF, en dash subject): image-only transfer order, local posting order told by its text, JPEG joining report")

    # ------------------------------------------------------------------ transfer Range Gmail order only
    plain = """Sir,

Sh. Nitin Pundir, Inspector, has joined this Range on transfer from CGST Meerut.
Kindly map him to Range-II, Haridwar in ACES-GST. Transfer order is attached;
local posting order and charge report will be sent once issued.

Regards,
Sunita Rawat
Superintendent, Range-II Haridwar
CGST Dehradun
sunita.rawat@icegate.gov.in
Mob: 9837001456
"""
    n = nm("transfer-haridwar-range-gmail-order-only")
    case(n, std("Range II Haridwar", "range2.haridwar.cgst@gmail.com", "Mapping of Inspector on transfer",
                "Fri, 05 Dec 2025 11:20:00 +0530", "CAHr2xZ9m@mail.gmail.com", plain,
                [att(pdf(["TRANSFER ORDER", "Sh. Nitin Pundir, Inspector, transferred to CGST Dehradun"]), PDF,
                     "transfer order.pdf")], mailer={}),
         exp("generic", "role_mapping", ["charge_report", "icegate_sender", "posting_order"],
             action="request_missing", kinds=["transfer_order"]),
         "Dehradun (Haridwar) Range office Gmail asks to map an Inspector joined on transfer; only the transfer order attached; full signature")
    n = nm("transfer-haridwar-supdt-icegate-order-only")
    case(n, std("Sunita Rawat", "sunita.rawat@icegate.gov.in", "Mapping of Inspector on transfer",
                "Fri, 05 Dec 2025 11:20:00 +0530", "zm.3502.ddn@icegate.gov.in", plain,
                [att(pdf(["TRANSFER ORDER", "Sh. Nitin Pundir, Inspector, transferred to CGST Dehradun"]), PDF,
                     "transfer order.pdf")]),
         exp("icegate", "role_mapping", ["charge_report", "posting_order"],
             action="request_missing", kinds=["transfer_order"]),
         "as the previous mail, but sent from the Superintendent's own ICEGATE ID",
         "sender is an individual ICEGATE ID -> icegate_sender no longer missing")

    # ------------------------------------------------------------------ transfer GST BO, no transfer order
    roles = fix_zip(_roles_xlsx())
    plain = """Sir,

Consequent upon my transfer to CGST Srinagar, I have been posted to Anantnag
Division and have assumed charge on 01.12.2025. Please assign GST BO roles as per
the attached sheet. Local posting order and charge assumption report attached.
The transfer order of the Zone will be sent on receipt.

Regards,
Aijaz Ahmad Kuchay
Superintendent, CGST Srinagar
Mob: 7006512398
"""
    n = nm("transfer-srinagar-gst-bo-no-transfer-order")
    case(n, std("Aijaz Ahmad Kuchay", "aijaz.kuchay@icegate.gov.in", "GST BO role assignment after transfer",
                "Fri, 05 Dec 2025 15:00:00 +0530", "zm.3601.sgr@icegate.gov.in", plain,
                [att(pdf(["LOCAL POSTING ORDER", "Sh. Aijaz Ahmad Kuchay, Superintendent, posted to Anantnag Division"]),
                     PDF, "Local_Posting_Order.pdf"),
                 att(kit.jpeg(3602), JPG, "Charge_Assumption_Report.jpg"),
                 att(roles, XLSX, "GST_BO_roles_Anantnag.xlsx")]),
         exp("icegate", "role_mapping", ["transfer_order"], action="request_missing",
             kinds=["posting_order", "charge_report", "other"]),
         "Srinagar Superintendent's own ICEGATE ID asks for GST BO roles: local posting order, charge assumption report and a role sheet (.xlsx, not the template); transfer order to follow")

    # ------------------------------------------------------------------ promotion relayed: spf fail + dkim pass / none
    for variant in ("dkimpass", "dkimnone"):
        frm = "meenakshi.arora@icegate.gov.in"
        dk = ("dkim=pass header.d=icegate.gov.in header.s=sel2024 header.b=Hk3pQ9sW" if variant == "dkimpass"
              else "dkim=none (message not signed)")
        dm = "dmarc=pass" if variant == "dkimpass" else "dmarc=fail"
        ar = (f"Authentication-Results: mx.icegate.gov.in;\n\t{dk};\n"
              f"\tspf=fail (mx.icegate.gov.in: domain of {frm} does not designate 164.100.14.95 as permitted sender)"
              f" smtp.mailfrom={frm};\n\t{dm} (p=none dis=none) header.from=icegate.gov.in")
        rcv = ("Received: from relay.nic.in (relay.nic.in [164.100.14.95])\n"
               "\tby mx.icegate.gov.in (Postfix) with ESMTPS id 71AB2C3D4E; Mon, 08 Dec 2025 10:00:05 +0530")
        if variant == "dkimpass":
            short, moved = "promotion-delhi-relayed-spf-fail-dkim-pass", ""
            e = exp("icegate", "designation_update", kinds=["promotion_order", "service_book"])
            intent = "Delhi officer's ICEGATE mail relayed via a NIC gateway: topmost AR spf=fail, dkim=pass, dmarc=pass (not a failure); promotion order and service book photo"
        else:
            short, moved = "promotion-delhi-relayed-spf-fail-no-dkim", "no DKIM signature (dkim=none, hence dmarc=fail): spf=fail without dkim=pass -> review"
            e = exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"])
            intent = "as the previous mail, but the relayed copy carries no DKIM signature"
        plain = """Sir,

I have been promoted as Assistant Commissioner vide CBIC Order No. 201/2025. Kindly
update my designation in ACES. Promotion order and service book first page
attached.

Regards
Meenakshi Arora
Assistant Commissioner, CGST Delhi East
9810765432
"""
        h = hdr(addr("Meenakshi Arora", frm), "Designation updation - promotion to AC",
                "Mon, 08 Dec 2025 10:00:00 +0530", f"{short}.zm@icegate.gov.in", mailer=ZIMBRA)
        body = multi("mixed", [alt(plain, b=short[:12]),
                               att(pdf(["CBIC ORDER No. 201/2025", "PROMOTION ORDER",
                                        "Smt. Meenakshi Arora is promoted to the grade of Assistant Commissioner"]),
                                   PDF, "Promotion_Order_201_2025.pdf"),
                               att(kit.jpeg(3701), JPG, "service book page.jpg")], f"=_{short[:12]}_mix")
        n = nm(short)
        case(n, mail(h, body, ar=ar, received=rcv, from_addr=frm), e, intent, moved)

    # ------------------------------------------------------------------ ECCS
    plain = """Sir,

After the ECCS password expired yesterday, I changed it but the Express Cargo
Clearance System still says "Invalid credentials" at login. Screenshot attached.
Please help, courier consignments at the Delhi Air Cargo courier terminal are pending.

Regards
Yogesh Bhatia
Appraiser, Air Cargo Complex (Export), New Delhi
Mob: 9650412378
"""
    n = nm("eccs-delhi-appraiser-login-screenshot")
    case(n, std("Yogesh Bhatia", "yogesh.bhatia@icegate.gov.in", "ECCS login issue after password expiry",
                "Mon, 08 Dec 2025 12:30:00 +0530", "zm.3801.del@icegate.gov.in", plain,
                [att(kit.make_png(120, 60, 210), PNG, "eccs_error.png")]),
         exp("icegate", "eccs", action="redirect", kinds=["other"]),
         "Delhi Air Cargo Appraiser's own ICEGATE ID: ECCS login fails after password expiry; PNG screenshot")

    plain = """Sir/Madam,

None of the officers of the Courier Cell are able to log in to ECCS since morning.
Bills of entry of express cargo are piling up. Kindly resolve on priority.

Regards,
Superintendent (Courier Cell)
Customs, Amritsar Airport
Ph: 0183-2214455
"""
    n = nm("eccs-amritsar-courier-cell-unsigned")
    case(n, std("Courier Cell Amritsar", "couriercell.asr@icegate.gov.in", "ECCS not working",
                "Mon, 08 Dec 2025 13:10:00 +0530", "zm.3901.asr@icegate.gov.in", plain),
         exp("generic", "eccs", ["signature_email", "signature_name"], action="redirect", kinds=[]),
         "Amritsar Courier Cell's generic ICEGATE ID: ECCS logins fail; sign-off has designation and landline, no name, no individual e-mail")

    # ------------------------------------------------------------------ trade portal
    plain = """Dear Sir,

We are a small exporter of brass handicrafts from Moradabad, IEC 0512034789. We are
unable to login to ICEGATE portal as the registered mobile number of our proprietor
has changed and OTP is not coming. Password reset also needs OTP. Please change the
registered mobile number to 9412345670 so we can file shipping bills.

Regards,
Farhan Qureshi
Qureshi Brass Art Exports, Moradabad
"""
    n = nm("trade-portal-moradabad-exporter-iec")
    case(n, std("Farhan Qureshi", "qureshibrassart@gmail.com", "ICEGATE login problem - IEC 0512034789",
                "Tue, 09 Dec 2025 10:00:00 +0530", "CAK3mQrT8@mail.gmail.com", plain, mailer={}),
         exp("personal", "trade_portal", action="redirect", kinds=[]),
         "an exporter (IEC) from Gmail cannot log in to the ICEGATE portal and asks to change the registered mobile; mentions password and ICEGATE")

    # ------------------------------------------------------------------ unknown
    plain = """Sir,

Files above 10 MB are not going from my ICEGATE mailbox; the audit reports we send
to the Directorate are usually 15-20 MB. Kindly increase the attachment size limit
for outgoing mails.

Regards
Rohini Thakur
Deputy Commissioner, CGST Chandigarh
Mob: 9888012399
"""
    n = nm("unknown-chd-dc-attachment-size-limit")
    case(n, std("Rohini Thakur", "rohini.thakur@icegate.gov.in", "Increase of attachment size limit",
                "Tue, 09 Dec 2025 11:00:00 +0530", "zm.4101.chd@icegate.gov.in", plain),
         exp("icegate", "unknown", action="review", kinds=[]),
         "Chandigarh Deputy Commissioner's own ICEGATE ID asks for a larger attachment size limit: none of the request types")

    # ------------------------------------------------------------------ automated
    bounce = (
        "Return-Path: <>\n"
        f"Delivered-To: {HELPDESK}\n"
        "Received: by mx.icegate.gov.in (Postfix) id 5E6F7A8B9C; Tue, 09 Dec 2025 12:00:03 +0530 (IST)\n"
        "Date: Tue, 09 Dec 2025 12:00:03 +0530 (IST)\n"
        "From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        f"To: {HELPDESK}\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"5E6F7A8B9C.1765261803/mx.icegate.gov.in\"\n"
        "Message-Id: <20251209063003.5E6F7A8B9C@mx.icegate.gov.in>\n\n"
        "This is a MIME-encapsulated message.\n\n"
        "--5E6F7A8B9C.1765261803/mx.icegate.gov.in\n"
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.icegate.gov.in.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<bsrandhawa@rediffmail.com>: host mx.rediffmail.com[202.137.235.12] said: 550\n"
        "    5.1.1 mailbox unavailable (in reply to RCPT TO command)\n\n"
        "--5E6F7A8B9C.1765261803/mx.icegate.gov.in\n"
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.icegate.gov.in\n"
        "X-Postfix-Queue-ID: 5E6F7A8B9C\n"
        "Arrival-Date: Tue,  9 Dec 2025 12:00:01 +0530 (IST)\n\n"
        "Final-Recipient: rfc822; bsrandhawa@rediffmail.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n\n"
        "--5E6F7A8B9C.1765261803/mx.icegate.gov.in\n"
        "Content-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n"
        f"From: Saksham Seva <{HELPDESK}>\n"
        "To: bsrandhawa@rediffmail.com\n"
        "Subject: Your mail to the helpdesk\n"
        "Date: Tue, 09 Dec 2025 12:00:00 +0530\n\n"
        "--5E6F7A8B9C.1765261803/mx.icegate.gov.in--\n")
    n = nm("auto-postfix-bounce-rediff")
    case(n, bounce.encode(), exp("automated", "unknown", action="ignore", kinds=[]),
         "Postfix bounce (multipart/report, MAILER-DAEMON, Auto-Submitted) of a helpdesk reply to a Rediffmail address; neutral returned subject")

    plain = """I am out of station on official tour till 15.12.2025 with limited access to mail.
For urgent matters please contact the office on 0512-2305500.

Alok Saxena
"""
    h = hdr(addr("Alok Saxena", "alok.saxena@icegate.gov.in"), "Out of Office: Your mail",
            "Tue, 09 Dec 2025 12:05:00 +0530", "zm.auto.4301.knp@icegate.gov.in", mailer=ZIMBRA,
            extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})
    n = nm("auto-kanpur-out-of-office")
    case(n, mail(h, text(plain, cte="7bit"), from_addr="alok.saxena@icegate.gov.in"),
         exp("automated", "unknown", action="ignore", kinds=[]),
         "Zimbra out-of-office from a Kanpur officer's ICEGATE ID (Auto-Submitted: auto-replied); neutral content")

    plain = """Dear User,

The e-mail service will not be available on Sunday, 14 December 2025 from 0600 hrs to
1000 hrs due to scheduled upgradation of servers. Inconvenience is regretted.

This is a system generated mail. Please do not reply.
"""
    h = hdr(addr("CBIC Mail Service", "donotreply@cbic.gov.in"), "Scheduled downtime of e-mail service",
            "Wed, 10 Dec 2025 18:00:00 +0530", "notice.20251210.1800@cbic.gov.in",
            to="all-users@cbic.gov.in")
    n = nm("auto-donotreply-downtime-notice")
    case(n, mail(h, text(plain, cte="7bit"), from_addr="donotreply@cbic.gov.in"),
         exp("automated", "unknown", action="ignore", kinds=[]),
         "downtime notice from donotreply@cbic.gov.in with no other automated marker; the no-reply local part alone makes it automated")



def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    for name, raw, e, intent, moved in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = ["| file | intent | expected | moved fact |", "| --- | --- | --- | --- |"]
    for name, raw, e, intent, moved in CASES:
        miss = ", ".join(e["missing"]) or "-"
        errs = "; ".join(f"r{x['row']} {x['column'] or '-'} {x['code']}" for x in e["template_errors"])
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}; missing {miss}"
                    f"{'; ' + errs if errs else ''}) | {moved or '-'} |")
    readme = (HERE / "README.in.md").read_text(encoding="utf-8")
    readme = readme.replace("@@COUNT@@", str(len(CASES))).replace(
        "@@MOVED@@", str(sum(1 for c in CASES if c[4]))).replace("@@TABLE@@", "\n".join(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
