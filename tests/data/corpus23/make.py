#!/usr/bin/env python3
"""corpus23: an independent, blind triage corpus for maild (North India offices).

Builders are loaded from ../corpus2/make.py.  Deterministic: .xlsx zip entry
times and core properties are fixed.  Run with /work/main/.venv/bin/python.
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
# @@PART2@@


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
