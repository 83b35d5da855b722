#!/usr/bin/env python3
"""Generate a second, independent triage corpus for maild (mails/*.eml + expected/*.json).

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python).
Every expected verdict is derived from ../shared/spec/triage.md and template.md alone.
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import io
import json
import quopri
import shutil
import struct
import zlib
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email import policy as _policy
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
EXP = HERE / "expected"
HELPDESK = "saksham.seva@icegate.gov.in"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RED, BLACK = "FFFF0000", "FF000000"

# ----------------------------------------------------------------- file builders

def make_pdf(lines):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
    w = PdfWriter()
    page = w.add_blank_page(width=595, height=842)
    if lines:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                 NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
        ops = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
        for line in lines:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        s = DecodedStreamObject()
        s.set_data("\n".join(ops).encode("latin-1", "replace"))
        page[NameObject("/Contents")] = w._add_object(s)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def make_png(w=64, h=40, shade=200):
    # simple RGB rows
    rows = b"".join(b"\x00" + b"".join(bytes([shade, (y * 5) % 256, (x * 4) % 256]) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _sample_jpeg():
    """A real baseline JPEG (the photo bytes of a sample-corpus attachment, re-used as image data only)."""
    src = HERE.parents[3] / "shared" / "corpus" / "mails" / "002-creation-sysmgr-forwards-officers-list.eml"
    m = email.message_from_bytes(src.read_bytes())
    for p in m.walk():
        if p.get_content_type() == "image/jpeg":
            return p.get_payload(decode=True)
    raise SystemExit("no jpeg found")


JPEG = None


def jpeg(tag: int = 0) -> bytes:
    """The JPEG with a distinct COM segment so that files differ."""
    global JPEG
    if JPEG is None:
        JPEG = _sample_jpeg()
    com = f"scan {tag}".encode()
    return JPEG[:2] + b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com + JPEG[2:]


STD_HEADERS = ["S.No.", "First Name", "Middle Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)",
               "Date of Joining CBIC (DD/MM/YYYY)", "Mobile No.", "Alternate Email ID", "Commissionerate / Office",
               "Location", "Employee ID"]
KEYS = ["serial", "first_name", "middle_name", "last_name", "designation", "date_of_birth", "date_of_joining",
        "mobile", "alt_email", "office", "location", "employee_id"]
DEFAULT_RED = {"first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile", "alt_email",
               "office"}


def make_xlsx(rows, titles=("Template for SSO ID and ICEGATE Email ID Creation",
                            "(Columns with headings in red are mandatory)"),
              blank_before=0, headers=None, colors=None, all_black=False, sheet="SSO ID Creation", extra_sheet=False):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for t in titles:
        ws.cell(row=r, column=1, value=t).font = Font(bold=True, color=BLACK)
        r += 1
    r += blank_before
    hdr = headers or STD_HEADERS
    colors = colors or {}
    for i, (k, h) in enumerate(zip(KEYS, hdr), start=1):
        col = colors.get(k) or (BLACK if all_black else (RED if k in DEFAULT_RED else BLACK))
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color=col)
    for row in rows:
        r += 1
        for i, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = "DD/MM/YYYY"
    if extra_sheet:
        ws2 = wb.create_sheet("Instructions")
        ws2["A1"] = "Instructions for filling the template"
    wb.properties.created = dt.datetime(2025, 1, 1)
    wb.properties.modified = dt.datetime(2025, 1, 1)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def D(y, m, d):
    return dt.datetime(y, m, d)


SB = ["GOVERNMENT OF INDIA", "Central Board of Indirect Taxes and Customs", "SERVICE BOOK",
      "Part I - Bio-data (first page)"]


def sb_pdf(name, dob, doj):
    return make_pdf(SB + [f"1. Name in full (block letters) {name.upper()}", f"4. Date of birth (in figures) {dob}",
                          f"7. Date of joining CBIC {doj}"])


# ----------------------------------------------------------------- MIME builders

def ew(s, enc="B"):
    """RFC 2047 encoded word(s) for s (ASCII stays as is)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if enc == "Q":
        from email.charset import Charset, QP
        cs = Charset("utf-8"); cs.header_encoding = QP
        return Header(s, cs).encode()
    return Header(s, "utf-8").encode()


def b_word(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def addr(name, a, enc="B"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.@()<>"'):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{b_word(name) if enc == 'B' else Header(name, 'utf-8').encode()} <{a}>"


def text(body, sub="plain", cte="qp", charset="utf-8", fmt_flowed=False):
    p = MIMENonMultipart("text", sub, charset=charset)
    del p["MIME-Version"]
    if fmt_flowed:
        p.set_param("format", "flowed")
    if cte == "qp":
        p.set_payload(quopri.encodestring(body.encode(charset)).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(body.encode(charset)).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        body.encode("ascii")
        p.set_payload(body)
        p["Content-Transfer-Encoding"] = "7bit"
    return p


def att(data, ctype, filename, style="plain", disp="attachment", cid=None, name_in_ct=True, fn_in_cd=True):
    maintype, subtype = ctype.split("/")
    p = MIMENonMultipart(maintype, subtype)
    del p["MIME-Version"]
    del p["Content-Type"]
    if style == "2047":
        nm = b_word(filename)
        ct = f'{ctype}; name="{nm}"'
        cd = f'{disp}; filename="{nm}"'
    elif style == "2231":
        enc = "UTF-8''" + quote(filename, safe="")
        nm = b_word(filename)
        ct = f'{ctype}; name="{nm}"'
        cd = f"{disp};\n filename*={enc}"
    else:
        ct = f'{ctype}; name="{filename}"'
        cd = f'{disp}; filename="{filename}"'
    p["Content-Type"] = ct if name_in_ct else ctype
    if fn_in_cd:
        p["Content-Disposition"] = cd
    p["Content-Transfer-Encoding"] = "base64"
    if cid:
        p["Content-ID"] = f"<{cid}>"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multi(sub, parts, boundary):
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def flat(part, crlf=False):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32).flatten(part, linesep="\r\n" if crlf else "\n")
    return buf.getvalue()


def ar_pass(domain, local, mx="mx.icegate.gov.in", ip="10.10.30.14"):
    return (f"Authentication-Results: {mx};\n"
            f"\tdkim=pass header.d={domain} header.s=sel2024 header.b=Qx7mP2aL;\n"
            f"\tspf=pass ({mx}: domain of {local}@{domain} designates {ip} as permitted sender)"
            f" smtp.mailfrom={local}@{domain};\n"
            f"\tdmarc=pass (p=none dis=none) header.from={domain}")


def mail(headers, body, crlf=False, ar=None, received=None, from_addr=None):
    """Top-level message: transport headers + given headers + MIME body."""
    lines = []
    if from_addr:
        lines.append(f"Return-Path: <{from_addr}>")
    lines.append(f"Delivered-To: {HELPDESK}")
    lines.append("Received: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n"
                 "\tby mbox2.icegate.gov.in (Postfix) with ESMTP id 4C1F2A0B9D\n"
                 f"\tfor <{HELPDESK}>; {headers.get('Date', '')}")
    if ar is None and from_addr:
        local, domain = from_addr.split("@")
        ar = ar_pass(domain, local)
    if ar:
        lines.append(ar)
    if received:
        lines.append(received)
    for k, v in headers.items():
        if isinstance(v, list):
            for x in v:
                lines.append(f"{k}: {x}")
        else:
            lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines)
    bodyb = flat(body, crlf)
    if crlf:
        head = head.replace("\n", "\r\n")
        return head.encode() + b"\r\n" + bodyb
    return head.encode() + b"\n" + bodyb


def hdr(frm, subject, date, mid, to=f"Saksham Seva <{HELPDESK}>", mailer=None, extra=None, enc="B"):
    h = {"Date": date, "From": frm, "To": to, "Message-ID": f"<{mid}>", "Subject": ew(subject, enc)}
    if mailer:
        h.update(mailer)
    if extra:
        h.update(extra)
    return h


ZIMBRA = {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC130 (Win)/8.8.15_GA_4581)",
          "X-Originating-IP": "[10.10.185.77]"}
OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdxQk2b1Zt7yQ1mVRsu7pXcE0WkT9A==",
           "Content-Language": "en-in"}
TB = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "en-US"}
IPHONE = {"X-Mailer": "iPhone Mail (21G93)"}
YAHOO = {"X-Mailer": "WebService/1.1.24652 YMailNorrin"}
REDIFF = {"X-Mailer": "Rediffmail Webmail"}


def alt(plain, html=None, b="alt", cte="qp"):
    if html is None:
        html = "<html><body>" + "".join(
            f"<div>{l if l else '<br>'}</div>" for l in plain.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").split("\n")) + "</body></html>"
    return multi("alternative", [text(plain, "plain", cte), text(html, "html", cte)], f"=_{b}_alt_0001")


# ----------------------------------------------------------------- the cases

CASES = []


def case(name, raw, expected, intent):
    CASES.append((name, raw, expected, intent))


def exp(kind, rt, missing=(), errors=(), action="acknowledge", kinds=()):
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(kinds)}


def build():
    # 001 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Kunal", "", "Thakkar", "Inspector", D(1996, 4, 11), D(2025, 10, 27), 9426011873, "kunal.thakkar96@gmail.com",
         "Custom House, Mundra", "Mundra", ""],
        [2, "Riya", "Bharat", "Solanki", "Inspector", D(1998, 1, 23), D(2025, 10, 27), 9909123456,
         "riyasolanki.b@yahoo.com", "Custom House, Mundra", "Mundra", ""],
    ])
    body = multi("mixed", [
        alt("Respected Sir/Madam,\n\nPlease create SSO IDs and ICEGATE e-mail IDs for the following two new\n"
            "Inspectors who joined Custom House, Mundra on 27.10.2025. The filled\ntemplate and their service book "
            "first pages are attached.\n\nRegards,\nName: Hitesh Parmar\nDesignation: Deputy Commissioner "
            "(System Manager)\nसीमा शुल्क सदन, मुंद्रा / Custom House, Mundra\nEmail: hitesh.parmar@icegate.gov.in\nMobile: +91 94260 11872\n", b="001"),
        att(x, XLSX_CT, "SSO template - CH Mundra - Nov 2025.xlsx"),
        att(sb_pdf("Kunal Thakkar", "11/04/1996", "27/10/2025"), "application/pdf", "Service Book - Kunal Thakkar.pdf"),
        att(sb_pdf("Riya Bharat Solanki", "23/01/1998", "27/10/2025"), "application/pdf",
            "Service Book - Riya Solanki.pdf"),
    ], "=_001_mixed")
    frm = "sysmgr.mundra@icegate.gov.in"
    case("001-creation-sysmgr-zimbra-real-dates-complete",
         mail(hdr(addr("System Manager, Custom House Mundra", frm), "Creation of SSO ID - 2 Inspectors - CH Mundra",
                  "Tue, 4 Nov 2025 11:02:10 +0530 (IST)", "1001.zimbra@icegate.gov.in", mailer=ZIMBRA), body,
              from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "System Manager's generic ICEGATE ID, clean 2-row template with real dates and mobiles stored as numbers, two text service books, labelled signature")

    # 002 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Sushmita", "", "Banerjee", "Inspector", "12-03-1996", "01-08-2025", "8017234561", "sushmita.b96@gmail.com",
         "CGST Kolkata South", "Kolkata", "EMP4471"],
        [2, "Arindam", "", "Ghosh", "Superintendent", "05-09-1988", "14-07-2014", "9433098765", "arindam.ghosh88@rediffmail.com",
         "CGST Kolkata South", "Kolkata", "EMP1182"],
    ], titles=("GOVERNMENT OF INDIA", "O/o the Commissioner, CGST & CX, Kolkata South",
               "SSO ID / ICEGATE e-mail ID creation request"), blank_before=1)
    plain = ("Sir,\r\n\r\nKindly do the needful for creation of SSO ID and ICEGATE mail ID in respect of the\r\n"
             "two officers mentioned in the attached template. Scanned service book pages enclosed.\r\n\r\n"
             "Thanks and regards\r\nSunita Rao\r\nAssistant Commissioner (Systems)\r\nCGST Kolkata South Commissionerate\r\n"
             "Tel: 033-2282 1140\r\n").replace("\r\n", "\n")
    body = multi("mixed", [alt(plain, b="002"),
                           att(x, XLSX_CT, "SSO_creation_KolSouth.xlsx"),
                           att(jpeg(2), "image/jpeg", "Service_Book_Page1_Sushmita.jpg"),
                           att(sb_pdf("Arindam Ghosh", "05/09/1988", "14/07/2014"), "application/pdf",
                               "Service Book Arindam Ghosh.pdf")], "----=_NextPart_000_0002_01DC5A11.2B3C4D50")
    frm = "sunita.rao@icegate.gov.in"
    case("002-creation-ac-outlook-header-row5-dd-mm-yyyy",
         mail(hdr(addr("Sunita Rao", frm), "SSO ID creation - 2 officers - CGST Kolkata South",
                  "Wed, 5 Nov 2025 10:14:55 +0530", "000201dc4e1a$aa11bb22$cc33dd44$@icegate.gov.in", mailer=OUTLOOK,
                  extra={"X-Auto-Response-Suppress": "All"}), body, crlf=True, from_addr=frm),
         exp("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "AC's individual ICEGATE ID via Outlook (CRLF, X-Auto-Response-Suppress), header on row 5 under 3 title rows and a blank row, DD-MM-YYYY text dates, mobiles as text, JPEG + PDF service books")

    # 003 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Pradeep", "Kumar", "Nayak", "Inspector", "14.02.1994", "03.11.2025", "7008123456", "pradeepnayak94@gmail.com",
         "CGST Bhubaneswar", "", ""],
        [2, "Lipsa", "", "Mohanty", "Inspector", "30.06.1997", "03.11.2025", "7894561230", "lipsa.mohanty97@gmail.com",
         "", "", ""],
    ], titles=(), headers=["Sl No", "FIRST NAME", "Middle name", "LAST NAME", "Designation", "Date of Birth",
                           "Date of Joining CBIC", "Mobile No", "Alternate E-mail ID", "Commissionerate/Office",
                           "Location", "Employee ID"], all_black=True)
    plain = ("Sir,\n\nPlease find attached the template and service book copies of two new joinee\nInspectors of "
             "CGST Bhubaneswar for creation of SSO ID.\n\nRegards,\n\nBiswajit Sahoo\nSuperintendent (Systems)\n"
             "CGST Bhubaneswar\nMob. 94370 22334\n")
    body = multi("mixed", [text(plain, cte="7bit", fmt_flowed=True),
                           att(x, XLSX_CT, "template_new_joinees.xlsx"),
                           att(sb_pdf("Pradeep Kumar Nayak", "14/02/1994", "03/11/2025"), "application/pdf",
                               "Service Book - Pradeep.pdf"),
                           att(sb_pdf("Lipsa Mohanty", "30/06/1997", "03/11/2025"), "application/pdf",
                               "Service Book - Lipsa.pdf")], "------------bd0003TB")
    frm = "biswajit.sahoo@icegate.gov.in"
    case("003-creation-black-headers-office-blank",
         mail(hdr(addr("Biswajit Sahoo", frm), "SSO ID for new joinee Inspectors", "Thu, 6 Nov 2025 15:20:01 +0530",
                  "a1b2c3d4-0003@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(3, "office", "missing_mandatory")], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Re-typed template with all headers black (default mandatory columns) and header on row 1; row 3 has no Commissionerate/Office; empty Location/Employee ID are fine")

    # 004 -------------------------------------------------------------
    x = make_xlsx([
        [1, "R.K.", "", "Sharma", "Inspector", "10/10/1993", "20/10/2025", "9425012345", "rksharma.bpl@gmail.com",
         "CGST Bhopal", "Bhopal", ""],
        [2, "Deepa", "", "M", "Inspector", "02/02/1995", "20/10/2025", "9425012346", "deepa.m95@gmail.com",
         "CGST Bhopal", "Bhopal", ""],
        [3, "A K", "", "Singh", "Superintendent", "15/08/1985", "01/03/2010", "9425012347", "aksingh85@yahoo.com",
         "CGST Bhopal", "Bhopal", ""],
        [4, "Mohan", "Lal", "Verma", "Inspector", "09/12/1996", "20/10/2025", "9425012348", "mohanlal.verma@gmail.com",
         "CGST Bhopal", "Bhopal", ""],
    ])
    plain = ("Sir/Madam,\n\nTemplate for creation of SSO ID of 4 officers of CGST Bhopal Commissionerate is\n"
             "attached along with the service book pages.\n\nYours faithfully,\nAnand Mishra\nSuperintendent, "
             "Computer Cell\nanand.mishra@icegate.gov.in\nMobile: 9826098260\n")
    body = multi("mixed", [alt(plain, b="004"), att(x, XLSX_CT, "SSO Template CGST Bhopal.xlsx"),
                           att(make_pdf(SB + ["4 officers - pages 1 to 4"]), "application/pdf",
                               "Service book pages - 4 officers.pdf")], "=_004_mixed")
    frm = "computercell.cgstbhopal@icegate.gov.in"
    case("004-creation-computer-cell-initials",
         mail(hdr(addr("Computer Cell CGST Bhopal", frm), "SSO ID creation - CGST Bhopal", "Thu, 6 Nov 2025 12:00:00 +0530",
                  "1004.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", errors=[(4, "first_name", "initials_in_name"), (5, "last_name", "initials_in_name"),
                                                (6, "first_name", "initials_in_name")], action="request_missing",
             kinds=["template", "service_book"]),
         "A Commissionerate Computer Cell's generic ICEGATE ID; first names 'R.K.' and 'A K' and last name 'M' are initials; full unlabelled signature")

    # 005 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Tarun", "", "Bhatt", "Inspector", "01/01/1995", "03/11/2025", "98765-4321", "tarun.bhatt95@gmail.com",
         "CGST Dehradun", "", ""],
        [2, "Nisha", "", "Rawat", "Inspector", "02/02/1996", "03/11/2025", "1800112233", "nisharawat96@gmail.com",
         "CGST Dehradun", "", ""],
        [3, "Ankit", "", "Negi", "Inspector", "03/03/1997", "03/11/2025", "+919812345670", "ankit.negi97@gmail.com",
         "CGST Dehradun", "", ""],
        [4, "Pooja", "", "Bisht", "Inspector", "04/04/1998", "03/11/2025", "09123456780", "pooja.bisht98@gmail.com",
         "CGST Dehradun", "", ""],
        [5, "Rahul", "", "Joshi", "Inspector", "05/05/1994", "03/11/2025", 98123456789, "rahul.joshi94@gmail.com",
         "CGST Dehradun", "", ""],
    ])
    plain = ("Sir,\n\nPlease create SSO IDs for five Inspectors as per attached template. Service\nbooks attached.\n\n"
             "Regards\nKamal Rawat\nAssistant Commissioner\nCGST Dehradun\nPh: 0135-2760511\n")
    body = multi("mixed", [alt(plain, b="005"), att(x, XLSX_CT, "SSO_Template_Dehradun.xlsx"),
                           att(make_pdf(None), "application/pdf", "Service Books - 5 Inspectors.pdf")], "=_005_mixed")
    frm = "kamal.rawat@icegate.gov.in"
    case("005-creation-mobile-variants",
         mail(hdr(addr("Kamal Rawat", frm), "Creation of SSO IDs - CGST Dehradun", "Fri, 7 Nov 2025 10:30:00 +0530",
                  "1005.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                                (8, "mobile", "invalid_mobile")], action="request_missing",
             kinds=["template", "service_book"]),
         "Mobiles: 9 digits with hyphen (bad), 1800... (bad), +91 prefix (ok), 0 prefix (ok), 11-digit number cell (bad); image-only service book PDF told by name")

    # 006 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Kavita", "", "Joshi", "Inspector", "11/11/1995", "03/11/2025", "9822011111", "kavita.joshi.gmail.com",
         "CGST Nagpur-I", "Nagpur", ""],
        [2, "Arun", "", "Deshpande", "Inspector", "12/11/1995", "03/11/2025", "9822011112", "arun@@yahoo.co.in",
         "CGST Nagpur-I", "Nagpur", ""],
        [3, "Meena", "", "Kulkarni", "Superintendent", "13/11/1985", "01/06/2009", "9822011113", "meena.kulkarni@icegate.gov.in",
         "CGST Nagpur-I", "Nagpur", ""],
        [4, "Sachin", "", "Wagh", "Inspector", "14/11/1996", "03/11/2025", "9822011114", "cgstdivision5.nagpur@gmail.com",
         "CGST Nagpur-I", "Nagpur", ""],
        [5, "Pooja", "", "Wankhede", "Inspector", "15/11/1991", "03/11/2025", "9822011115", "pooja.wankhede91@gmail.com",
         "CGST Nagpur-I", "Nagpur", ""],
    ])
    plain = ("Sir,\n\nTemplate for SSO ID creation of 5 officers is attached with service book scans.\n\n"
             "-- \nSwati Ingle\nDeputy Commissioner, CGST Nagpur-I\nTel 0712-2565432\n")
    body = multi("mixed", [text(plain, cte="qp"), att(x, XLSX_CT, "SSO_template_Nagpur1.xlsx"),
                           att(make_pdf(SB + ["Five officers"]), "application/pdf", "ServiceBook_scans.pdf")],
                 "------------bd0006TB")
    frm = "swati.ingle@icegate.gov.in"
    case("006-creation-alt-email-errors",
         mail(hdr(addr("Swati Ingle", frm), "SSO ID creation request - Nagpur-I", "Fri, 7 Nov 2025 16:45:12 +0530",
                  "b7c8-0006@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(4, "alt_email", "invalid_email"), (5, "alt_email", "invalid_email"),
                                                (6, "alt_email", "generic_alt_email"), (7, "alt_email", "generic_alt_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Alternate e-mails: no '@', double '@', an icegate.gov.in ID, a Division office Gmail; row 8 clean; '-- ' signature")

    # 007 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Karthik", "", "Raja", "Inspector", D(1995, 5, 5), D(2025, 10, 20), 9443012345, "karthik.raja95@gmail.com",
         "Custom House, Tuticorin", "", ""],
        [2, "Priya", "", "Dharshini", "Inspector", D(1996, 6, 6), D(2025, 10, 20), "9443012345", "priyadharshini96@gmail.com",
         "Custom House, Tuticorin", "", ""],
        [3, "Selvam", "", "Murugan", "Inspector", D(1994, 4, 4), D(2025, 10, 20), "9443098765", "karthik.raja95@gmail.com",
         "Custom House, Tuticorin", "", ""],
    ])
    plain = ("Sir,\n\nKindly create SSO ID for the three Inspectors (template and service books\nattached).\n\n"
             "Regards,\nM. Jeyakumar\nSuperintendent of Customs (EDI)\nEmail: jeyakumar.m@icegate.gov.in\n"
             "Mobile: 94431 55667\n")
    body = multi("mixed", [alt(plain, b="007"), att(x, XLSX_CT, "SSO_Tuticorin.xlsx"),
                           att(jpeg(71), "image/jpeg", "Service Book - Karthik Raja.jpg"),
                           att(jpeg(72), "image/jpeg", "Service Book - Priya Dharshini.jpg"),
                           att(jpeg(73), "image/jpeg", "Service Book - Selvam Murugan.jpg")], "=_007_mixed")
    frm = "edi.tuticorin@icegate.gov.in"
    case("007-creation-edi-duplicates-number-vs-text",
         mail(hdr(addr("EDI Section, Custom House Tuticorin", frm), "SSO ID creation - 3 Inspectors",
                  "Mon, 10 Nov 2025 11:11:11 +0530", "1007.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", errors=[(5, "mobile", "duplicate_mobile"), (6, "alt_email", "duplicate_alt_email")],
             action="request_missing", kinds=["template", "service_book", "service_book", "service_book"]),
         "EDI generic ICEGATE ID; row 5 repeats row 4's mobile (number cell vs text cell), row 6 repeats row 4's alternate e-mail")

    # 008 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Varun", "", "Chopra", "Inspector", "31-02-1995", "03-11-2025", "9810011001", "varun.chopra95@gmail.com",
         "CGST Delhi East", "", ""],
        [2, "Simran", "", "Kaur", "Inspector", D(1997, 7, 7), D(2026, 1, 5), "9810011002", "simran.kaur97@gmail.com",
         "CGST Delhi East", "", ""],
        [3, "Aman", "", "Gupta", "Inspector", "15.06.2010", "01.07.2025", "9810011003", "aman.gupta10@gmail.com",
         "CGST Delhi East", "", ""],
        [4, "Neeraj", "", "Saini", "Inspector", "NA", "03/11/2025", "9810011004", "neeraj.saini@gmail.com",
         "CGST Delhi East", "", ""],
        [5, "Ritu", "", "Malhotra", "Inspector", "29/02/1992", "03/11/2025", "9810011005", "ritu.malhotra92@gmail.com",
         "CGST Delhi East", "", ""],
    ])
    plain = ("Sir,\n\nSSO ID creation template for 5 Inspectors and their service book pages are\nattached.\n\n"
             "Regards,\nVikram Sethi\nAC (Systems), CGST Delhi East\nMob: 98100 77665\n")
    body = multi("mixed", [alt(plain, b="008"), att(x, XLSX_CT, "SSO template Delhi East.xlsx"),
                           att(make_pdf(SB + ["5 Inspectors"]), "application/pdf", "Service Book pages.pdf")], "=_008_mixed")
    frm = "vikram.sethi@icegate.gov.in"
    case("008-creation-invalid-dates-variants",
         mail(hdr(addr("Vikram Sethi", frm), "SSO ID creation - CGST Delhi East", "Mon, 10 Nov 2025 13:05:00 +0530",
                  "1008.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date"),
                                                (6, "date_of_joining", "invalid_date"), (7, "date_of_birth", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "Dates: 31-02-1995 (no such date), real future DOJ 2026, DD.MM.YYYY DOB 2010 with DOJ 2025 (age 15), DOB 'NA'; row 8 29/02/1992 is valid")

    # 009 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Gokul", "", "Krishnan", "Inspector", "21/07/1995", "27/10/2025", "9940112233", "gokul.krishnan95@gmail.com",
         "Air Cargo Complex, Chennai", "Meenambakkam", ""],
        [2],
        [],
        [],
    ])
    plain = ("Respected Madam,\n\nPlease create the SSO ID for the new Inspector as per the template and the\n"
             "service book page attached.\n\nWith regards,\nS. Lakshmi Narayanan\nAppraiser & System Manager\n"
             "Air Cargo Complex, Chennai\nEmail: lakshmi.narayanan@icegate.gov.in\nPh: 044-22562233 / 98410 12345\n")
    body = multi("mixed", [alt(plain, b="009"), att(x, XLSX_CT, "SSO ID template ACC.xlsx"),
                           att(jpeg(9), "image/jpeg", "Service book - Gokul.jpg")], "=_009_mixed")
    frm = "sysmgr.chennaiaircargo@icegate.gov.in"
    case("009-creation-serial-only-second-row",
         mail(hdr(addr("System Manager ACC Chennai", frm), "SSO ID creation - Inspector Gokul Krishnan",
                  "Tue, 11 Nov 2025 09:40:00 +0530", "1009.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation",
             errors=[(5, k, "missing_mandatory") for k in sorted(DEFAULT_RED)], action="request_missing",
             kinds=["template", "service_book"]),
         "Pre-numbered template: row 5 holds only S.No. '2' (a data row, so every red column is missing); rows below are empty")

    # 010 -------------------------------------------------------------
    x = make_xlsx([
        [1, "Harsh", "", "Vardhan", "Inspector", "01/05/1995", "03/11/2025", "9001100111", "harsh.vardhan95@gmail.com",
         "Jaipur Customs", "Jaipur", "EMP9001"],
        [2, "Komal", "", "Sharma", "Inspector", "02/05/1995", "03/11/2025", "9001100112", "komal.sharma95@gmail.com",
         "Jaipur Customs", "", ""],
        [3, "Nitin", "", "Saxena", "", "03/05/1995", "03/11/2025", "9001100113", "nitin.saxena95@gmail.com",
         "Jaipur Customs", "Jodhpur", "EMP9003"],
    ], colors={"employee_id": "FFC00000", "location": "FFFF6600", "designation": "FFC0504D"})
    plain = ("Sir,\n\nSSO ID creation request for 3 officers. Template and service books attached.\n\n"
             "Regards,\nManoj Kumawat\nSupdt. (EDI), Jaipur Customs\nMobile: 9414012345\n")
    body = multi("mixed", [alt(plain, b="010"), att(x, XLSX_CT, "SSO_ID_Template_Jaipur.xlsx"),
                           att(make_pdf(SB + ["3 officers"]), "application/pdf", "Service books.pdf")], "=_010_mixed")
    frm = "manoj.kumawat@icegate.gov.in"
    case("010-creation-shades-of-red-headers",
         mail(hdr(addr("Manoj Kumawat", frm), "SSO ID creation - Jaipur Customs", "Tue, 11 Nov 2025 12:12:12 +0530",
                  "1010.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(5, "employee_id", "missing_mandatory"),
                                                (6, "designation", "missing_mandatory")], action="request_missing",
             kinds=["template", "service_book"]),
         "Header colours: Employee ID dark red C00000 (mandatory), Designation C0504D (red per template.md: R>=C0, G,B<=60), Location orange FF6600 (not mandatory); row 5 lacks Employee ID and Location, row 6 lacks designation")

    # 011 -------------------------------------------------------------
    good = make_xlsx([[1, "Ajay", "", "Patil", "Inspector", "01/01/1995", "03/11/2025", "9890011223", "ajay.patil95@gmail.com",
                       "CGST Pune-II", "", ""]])
    broken = good[: len(good) // 2]
    plain = ("Sir,\n\nPlease find the filled SSO ID template and service book of Inspector Ajay\nPatil attached. "
             "Kindly create the SSO ID.\n\nRegards,\nSanjay Kale\nSuperintendent, CGST Pune-II\nMob 9890099887\n")
    body = multi("mixed", [alt(plain, b="011"), att(broken, XLSX_CT, "SSO_ID_template_filled.xlsx"),
                           att(sb_pdf("Ajay Patil", "01/01/1995", "03/11/2025"), "application/pdf",
                               "Service Book - Ajay Patil.pdf")], "=_011_mixed")
    frm = "sanjay.kale@icegate.gov.in"
    case("011-creation-truncated-xlsx",
         mail(hdr(addr("Sanjay Kale", frm), "SSO ID creation - Ajay Patil, Inspector", "Wed, 12 Nov 2025 10:00:00 +0530",
                  "1011.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
             kinds=["template", "service_book"]),
         "The template is a truncated zip (download cut short) named 'SSO_ID_template_filled.xlsx'")

    # 012 -------------------------------------------------------------
    x = make_xlsx([[1, "Farhan", "", "Qureshi", "Inspector", "19/09/1990", "03/11/2025", "9839012345", "farhan.q90@gmail.com",
                    "CGST Lucknow", "", ""]])
    cert = make_pdf(["OFFICE OF THE COMMISSIONER, CGST LUCKNOW", "CERTIFICATE",
                     "Certified that Shri Farhan Qureshi, Inspector, was born on 19/09/1990",
                     "and joined CBIC on 03/11/2025 on absorption. His service book has not yet been",
                     "received from the parent department.", "(Signed and sealed) Joint Commissioner (P&V)"])
    plain = ("Sir,\n\nThe service book of Shri Farhan Qureshi, Inspector (absorbed from another\ndepartment), has "
             "not yet been received. A certificate of his DOB and DOJ signed\nby the JC is attached in its place with "
             "the template. Kindly create the SSO ID.\n\nRegards,\nAlok Srivastava\nAssistant Commissioner (Estt.)\n"
             "Mob: 94150 99881\n")
    body = multi("mixed", [alt(plain, b="012"), att(x, XLSX_CT, "SSO template Farhan.xlsx"),
                           att(cert, "application/pdf", "JC certificate DOB DOJ - Farhan Qureshi.pdf")], "=_012_mixed")
    frm = "alok.srivastava@icegate.gov.in"
    case("012-creation-jc-certificate-individual",
         mail(hdr(addr("Alok Srivastava", frm), "SSO ID creation - service book awaited - certificate enclosed",
                  "Wed, 12 Nov 2025 14:30:00 +0530", "1012.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", action="review", kinds=["template", "certification_letter"]),
         "AC (Estt.)'s individual ICEGATE ID sends a clean template and a JC's certificate of DOB/DOJ instead of the service book")

    # 013 -------------------------------------------------------------
    x = make_xlsx([[1, "Siddharth", "", "Menon", "Deputy Director", "08/08/1984", "15/12/2010", "9871234560",
                    "siddharth.menon84@gmail.com", "DRI HQ (posted at High Commission of India, London)", "London", ""]])
    plain = ("Sir,\n\nShri Siddharth Menon, Deputy Director, DRI is posted outside India as First\nSecretary "
             "(Customs) at the High Commission of India, London. His SSO ID\nneeds to be created afresh. Template and "
             "service book are attached.\n\nRegards,\nNeelam Kapoor\nJoint Director, DRI Headquarters, New Delhi\n"
             "Tel: 011-24621234\n")
    body = multi("mixed", [alt(plain, b="013"), att(x, XLSX_CT, "SSO template - DRI - London.xlsx"),
                           att(sb_pdf("Siddharth Menon", "08/08/1984", "15/12/2010"), "application/pdf",
                               "Service Book Siddharth Menon.pdf")], "=_013_mixed")
    frm = "neelam.kapoor@icegate.gov.in"
    case("013-creation-posted-abroad-london",
         mail(hdr(addr("Neelam Kapoor", frm), "SSO ID creation for officer posted abroad", "Thu, 13 Nov 2025 11:00:00 +0530",
                  "1013.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", action="review", kinds=["template", "service_book"]),
         "JD of DRI HQ (individual ICEGATE ID) asks for an SSO ID for an officer posted outside India (High Commission, London); complete")

    # 014 -------------------------------------------------------------
    x = make_xlsx([[1, "Rohit", "", "Meena", "Inspector", "12/12/1998", "03/11/2025", "9413012345", "rohitmeena98@gmail.com",
                    "CGST Jaipur", "", ""]])
    plain = ("Sir,\n\nMain new joinee Inspector hoon, CGST Jaipur mein 03.11.2025 ko join kiya hai.\nMera SSO ID "
             "abhi tak nahi bana hai. Template attach kar raha hoon, service book\nki copy office se milte hi bhej "
             "dunga. Kindly do the needful.\n\nRegards\nRohit Meena\nInspector, CGST Jaipur\n9413012345\n")
    body = multi("mixed", [alt(plain, b="014"), att(x, XLSX_CT, "Rohit_SSO_template.xlsx")], "000000000000a1b2c3014")
    frm = "rohitmeena98@gmail.com"
    case("014-creation-new-joinee-gmail-hinglish-template-only",
         mail(hdr(addr("Rohit Meena", frm), "SSO ID creation request", "Thu, 13 Nov 2025 20:15:00 +0530",
                  "CAF014abc=gmail@mail.gmail.com"), body, from_addr=frm,
              ar=ar_pass("gmail.com", "rohitmeena98", ip="209.85.220.41")),
         exp("personal", "sso_creation", missing=["icegate_sender", "service_book"], action="request_missing",
             kinds=["template"]),
         "New joinee writes in Hinglish from his own Gmail; template only, service book to follow")

    # 015 -------------------------------------------------------------
    x = make_xlsx([[1, "Naveen", "", "Reddy", "Inspector", "17/03/1996", "29/10/2025", "9010012345", "naveen.reddy96@gmail.com",
                    "Custom House, Hyderabad", "", ""]])
    inner_body = multi("mixed", [text("Sir,\n\nI joined as Inspector on 29.10.2025. Kindly forward my SSO ID creation\n"
                                      "request to Saksham Seva. Template and service book photo attached.\n\n"
                                      "Naveen Reddy\nInspector\n", cte="7bit"),
                                 att(x, XLSX_CT, "Naveen_template.xlsx"),
                                 att(jpeg(15), "image/jpeg", "Service Book first page.jpg")], "inner015")
    inner_raw = ("From: Naveen Reddy <naveen.reddy96@gmail.com>\nTo: sysmgr.hyderabad@icegate.gov.in\n"
                 "Subject: SSO ID request\nDate: Wed, 12 Nov 2025 19:00:00 +0530\nMessage-ID: <inner015@mail.gmail.com>\n"
                 "MIME-Version: 1.0\n").encode() + flat(inner_body)
    inner = email.message_from_bytes(inner_raw)
    rfc = MIMEMessage(inner)
    del rfc["MIME-Version"]
    rfc["Content-Disposition"] = 'attachment; filename="SSO ID request.eml"'
    plain = ("Sir,\n\nThe request of Shri Naveen Reddy, Inspector, received in this office is\nforwarded herewith "
             "(attached mail) for creation of SSO ID and ICEGATE mail ID.\n\nRegards,\nName: Padma Priya\n"
             "Designation: Superintendent (System Manager)\nEmail: padma.priya@icegate.gov.in\nPhone: 040-23456789\n")
    body = multi("mixed", [alt(plain, b="015"), rfc], "----=_NextPart_000_0015_01DC5B22.11223344")
    frm = "sysmgr.hyderabad@icegate.gov.in"
    case("015-creation-forward-as-attached-message",
         mail(hdr(addr("System Manager Hyderabad Customs", frm), "FW: SSO ID request", "Thu, 13 Nov 2025 10:20:00 +0530",
                  "001501dc5b22$11223344$55667788$@icegate.gov.in", mailer=OUTLOOK), body, crlf=True, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "System Manager forwards the officer's mail as an attached message/rfc822 (with a file name) holding template + service book photo; full labelled signature")

    # 016 -------------------------------------------------------------
    x = make_xlsx([[1, "Lokesh", "", "Choudhary", "Inspector", "06/06/1996", "03/11/2025", "9460012345",
                    "lokesh.choudhary96@gmail.com", "CGST Jaipur", "", ""]])
    plain = ("Sir,\n\nForwarded herewith template and service book of Inspector Lokesh Choudhary for\ncreation of SSO "
             "ID.\n\nRegards,\nRakesh Meena | Superintendent (EDP) | rakesh.meena@gov.in | 0141-2385412\n")
    body = multi("mixed", [alt(plain, b="016"), att(x, XLSX_CT, "SSO template Lokesh.xlsx"),
                           att(sb_pdf("Lokesh Choudhary", "06/06/1996", "03/11/2025"), "application/pdf",
                               "Service Book Lokesh.pdf")], "=_016_mixed")
    frm = "edp.cgstjaipur@nic.in"
    case("016-creation-nic-edp-pipe-signature",
         mail(hdr(addr("EDP Section CGST Jaipur", frm), "SSO ID creation - Lokesh Choudhary", "Fri, 14 Nov 2025 11:00:00 +0530",
                  "1016.zimbra@nic.in", mailer=ZIMBRA), body, from_addr=frm,
              ar=ar_pass("nic.in", "edp.cgstjaipur", ip="164.100.14.5")),
         exp("generic", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book"]),
         "EDP section's generic nic.in ID; signature is one pipe-separated line with name, designation, individual e-mail and landline")

    # 017 -------------------------------------------------------------
    x = make_xlsx([[1, "Shreya", "", "Iyer", "Inspector", "22/02/1997", "03/11/2025", "9820012345", "shreya.iyer97@gmail.com",
                    "Mumbai Customs Zone-I", "", ""]], titles=())
    plain = ("Sir,\n\nPlease create SSO ID for Inspector Shreya Iyer. The template (Book1.xlsx)\nand a photo of her "
             "service book page are attached.\n\nRegards,\nAnil Shetty\nAppraiser, NCH Mumbai\nMob 9820099001\n")
    body = multi("mixed", [alt(plain, b="017"), att(x, XLSX_CT, "Book1.xlsx"),
                           att(jpeg(17), "image/jpeg", "IMG_20251104_103512.jpg")], "=_017_mixed")
    frm = "anil.shetty@icegate.gov.in"
    case("017-creation-book1-and-camera-photo",
         mail(hdr(addr("Anil Shetty", frm), "SSO ID creation - Shreya Iyer", "Fri, 14 Nov 2025 15:00:00 +0530",
                  "1017.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template", "other"]),
         "Template named 'Book1.xlsx' (a template by its header row); the service book is a camera photo 'IMG_20251104_103512.jpg' whose name and (image) content tell nothing, so it is 'other' and the service book is missing")

    # 018 -------------------------------------------------------------
    x = make_xlsx([[1, "Mohit", "", "Dahiya", "Inspector", "10/10/1995", "03/11/2025", "9812312345", "mohit.dahiya95@gmail.com",
                    "ICD Tughlakabad", "", ""]])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=EN-IN>"
            "<div class=WordSection1><p class=MsoNormal>Sir,<o:p></o:p></p><p class=MsoNormal>Kindly create SSO ID for "
            "Inspector Mohit Dahiya, ICD Tughlakabad. Template and service book are attached.<o:p></o:p></p>"
            "<p class=MsoNormal>Regards,<o:p></o:p></p><table border=0><tr><td>Name</td><td>Sandeep Yadav</td></tr>"
            "<tr><td>Designation</td><td>Deputy Commissioner (System Manager)</td></tr><tr><td>Email</td>"
            "<td><a href=\"mailto:sandeep.yadav@icegate.gov.in\">sandeep.yadav@icegate.gov.in</a></td></tr>"
            "<tr><td>Mobile</td><td>+91-98110-23456</td></tr></table></div></body></html>")
    body = multi("mixed", [text(html, "html", "qp"), att(x, XLSX_CT, "SSO template ICD TKD.xlsx"),
                           att(sb_pdf("Mohit Dahiya", "10/10/1995", "03/11/2025"), "application/pdf",
                               "Service Book Mohit Dahiya.pdf")], "----=_NextPart_000_0018_01DC5C33.AABBCCDD")
    frm = "sysmgr.icdtkd@icegate.gov.in"
    case("018-creation-html-only-table-signature",
         mail(hdr(addr("System Manager ICD TKD", frm), "SSO ID creation - Mohit Dahiya", "Mon, 17 Nov 2025 10:00:00 +0530",
                  "001801dc5c33$aabbccdd$eeff0011$@icegate.gov.in", mailer=OUTLOOK), body, crlf=True, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Outlook HTML-only mail (no text/plain) from a System Manager's generic ID; signature only in an HTML table with name, designation, e-mail, mobile")

    # 019 -------------------------------------------------------------
    plain = ("Sir,\n\nMujhe pata nahi ki mera SSO ID bana hai ya nahi. Kabhi koi ID/password nahi\nmila. Kindly check "
             "karke bata dijiye.\n\nName: Vikas Yadav\nDesignation: Inspector (Preventive)\nMob: +91-98290-45123\n\n"
             "Thanks\nVikas\n")
    body = alt(plain, b="019")
    frm = "vikasyadav.jodhpur@gmail.com"
    case("019-status-gmail-hinglish-hyphenated-mobile",
         mail(hdr(addr("Vikas Yadav", frm), "SSO ID bana hai ya nahi?", "Mon, 17 Nov 2025 21:30:00 +0530",
                  "CAF019x=gmail@mail.gmail.com"), body, from_addr=frm, ar=ar_pass("gmail.com", "vikasyadav.jodhpur")),
         exp("personal", "sso_status"),
         "Status enquiry in Hinglish from Gmail; mobile written +91-98290-45123")

    # 020 -------------------------------------------------------------
    plain = ("Dear Sir/Madam,\n\nI want to know whether any SSO ID has been created in my name. I have not\n"
             "received any details so far.\n\nName: Sourav Chatterjee\nDesignation: Superintendent\n"
             "Contact: 033 2254 1234\n\nRegards\nSourav Chatterjee\n")
    body = alt(plain, b="020", cte="qp")
    frm = "sourav_chatterjee71@yahoo.co.in"
    case("020-status-yahoo-std-landline",
         mail(hdr(addr("Sourav Chatterjee", frm), "Enquiry regarding SSO ID", "Tue, 18 Nov 2025 09:12:00 +0000",
                  "1020.yahoo@mail.yahoo.com", mailer=YAHOO), body, from_addr=frm, ar=ar_pass("yahoo.co.in", "sourav_chatterjee71")),
         exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
         "Status enquiry from Yahoo; the only number is an STD landline '033 2254 1234', not a mobile")

    # 021 -------------------------------------------------------------
    plain = ("Sir, my mobile number is 7019283746. Kindly call me.\n\n"
             "On Tue, 18 Nov 2025 at 15:20, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n"
             "> Dear Sir,\n> Please send your mobile number so that we can call you.\n>\n"
             "> On Mon, 17 Nov 2025 at 11:02, Harish Gowda <harishgowda.kar@gmail.com> wrote:\n"
             ">> Sir, whether SSO ID is created in my name?\n>> Name: Harish Gowda\n>> Designation: Inspector\n")
    body = alt(plain, b="021")
    frm = "harishgowda.kar@gmail.com"
    case("021-status-reply-name-designation-only-in-quote",
         mail(hdr(addr("Harish Gowda", frm), "Re: Whether SSO ID exists in my name", "Wed, 19 Nov 2025 08:05:00 +0530",
                  "CAF021=gmail@mail.gmail.com", extra={"In-Reply-To": "<ss-reply-021@icegate.gov.in>",
                                                        "References": "<CAF020a=gmail@mail.gmail.com> <ss-reply-021@icegate.gov.in>"}),
              body, from_addr=frm, ar=ar_pass("gmail.com", "harishgowda.kar")),
         exp("personal", "sso_status", missing=["designation", "name"], action="request_missing"),
         "Gmail reply: own text gives only the mobile; name and designation appear only in the quoted earlier mails")

    # 022 -------------------------------------------------------------
    plain = ("Sir,\n\nI request you to kindly let me know whether an SSO ID / ICEGATE e-mail ID\nexists in my name.\n\n"
             "Name: S. Krishnamurthy\nDesignation: Superintendent of Central Tax\nMobile No.: 94440 56789\n\n"
             "Regards,\nS. Krishnamurthy\n")
    body = text(plain, cte="b64")
    frm = "s.krishnamurthy@gov.in"
    case("022-status-individual-gov-in-complete",
         mail(hdr(addr("S Krishnamurthy", frm), "Whether SSO ID exists in my name", "Wed, 19 Nov 2025 11:45:00 +0530",
                  "1022.zimbra@gov.in", mailer=ZIMBRA), body, from_addr=frm, ar=ar_pass("gov.in", "s.krishnamurthy")),
         exp("personal", "sso_status"),
         "Status enquiry from an individual gov.in address (personal); mobile with a space")

    # 023 -------------------------------------------------------------
    plain = ("Sir,\n\nInspector Sh. Amandeep Singh of this Range is not sure whether his SSO ID has\nbeen created. "
             "Kindly verify.\n\nName: Amandeep Singh\nDesignation: Inspector\nMobile No.: 98722 33445\n\n"
             "Regards,\nGurpreet Kaur\nSuperintendent, Range-VII, CGST Ludhiana\nEmail: gurpreet.kaur@icegate.gov.in\n"
             "Mob: 98140 22345\n")
    body = alt(plain, b="023")
    frm = "cgstrange7.ludhiana@gmail.com"
    case("023-status-range-gmail-full-signature",
         mail(hdr(addr("CGST Range VII Ludhiana", frm), "SSO ID status - Inspector Amandeep Singh",
                  "Thu, 20 Nov 2025 10:10:00 +0530", "CAF023=gmail@mail.gmail.com"), body, from_addr=frm,
              ar=ar_pass("gmail.com", "cgstrange7.ludhiana")),
         exp("generic", "sso_status"),
         "A Range office's Gmail (generic) asks on behalf of an Inspector; fully signed with individual ICEGATE e-mail and mobile")

    # 024 -------------------------------------------------------------
    plain = ("Sir,\n\nI am working in CGST Ranchi Commissionerate since 2019 and I do not know\nwhether my SSO ID was "
             "ever created. Please check.\n\nName: Md. Salim Ansari\nMobile: 8092123456\n\nMd. Salim Ansari\n"
             "CGST Ranchi\n")
    body = text(plain, cte="7bit")
    frm = "salim.ansari80@rediffmail.com"
    case("024-status-rediff-no-designation",
         mail(hdr(addr("Salim Ansari", frm), "Regarding my SSO ID", "Thu, 20 Nov 2025 16:00:00 +0530",
                  "1024.rediff@rediffmail.com", mailer=REDIFF, extra={"Reply-To": frm}), body, from_addr=frm,
              ar=ar_pass("rediffmail.com", "salim.ansari80")),
         exp("personal", "sso_status", missing=["designation"], action="request_missing"),
         "Status enquiry from Rediffmail with name and mobile but no designation anywhere")

    # 025 -------------------------------------------------------------
    plain = ("Sir,\r\n\r\nKindly reset my SSO pwd. Account locked after wrong attempts.\r\n\r\nSSOID: 53920184\r\n"
             "Name: Ramesh Chandra Pandey\r\nDesig.: Supdt.\r\nMob: 094150 33210\r\n\r\nRegards\r\nR.C. Pandey\r\n"
             "Supdt. (Customs), ICD Kanpur\r\n").replace("\r\n", "\n")
    body = alt(plain, b="025")
    frm = "rc.pandey@icegate.gov.in"
    case("025-reset-outlook-account-locked-abbrev",
         mail(hdr(addr("Ramesh Chandra Pandey", frm), "SSO pwd reset - account locked", "Fri, 21 Nov 2025 09:30:00 +0530",
                  "002501dc5d44$01020304$05060708$@icegate.gov.in", mailer=OUTLOOK,
                  extra={"X-Auto-Response-Suppress": "All"}), body, crlf=True, from_addr=frm),
         exp("icegate", "password_reset"),
         "Outlook (CRLF, X-Auto-Response-Suppress) reset request with abbreviations 'pwd', 'SSOID', 'Desig.: Supdt.', mobile with 0 prefix and space")

    # 026 -------------------------------------------------------------
    plain = ("Sir,\n\nMy SSO ID has become inactive and ID not working since last week. Kindly\nactivate it.\n\n"
             "User ID: 71234509\n\n-- \nAnjali Menon\nInspector, CGST Kochi\nMob 9847012345\n")
    body = text(plain, cte="7bit", fmt_flowed=True)
    frm = "anjali.menon@icegate.gov.in"
    case("026-reset-inactive-user-id-dashdash-signature",
         mail(hdr(addr("Anjali Menon", frm), "Activation of SSO ID", "Fri, 21 Nov 2025 11:00:00 +0530",
                  "c0ffee-026@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("icegate", "password_reset"),
         "Activation of an inactive SSO ID (Thunderbird): 'User ID:' label; name, designation, mobile only in the '-- ' signature")

    # 027 -------------------------------------------------------------
    plain = ("Sir,\n\nI have forgotten my SSO ID as well as the password. Kindly help.\n\nName: Deepak Rawat\n"
             "Designation: Inspector\nMobile: 9634012345\n\nRegards,\nDeepak Rawat\nEmail: deepak.rawat1988@gmail.com\n")
    body = alt(plain, b="027")
    frm = "deepak.rawat1988@gmail.com"
    case("027-reset-gmail-forgot-ssoid-own-address-only",
         mail(hdr(addr("Deepak Rawat", frm), "Forgot SSO ID and password", "Sat, 22 Nov 2025 10:00:00 +0530",
                  "CAF027=gmail@mail.gmail.com"), body, from_addr=frm, ar=ar_pass("gmail.com", "deepak.rawat1988")),
         exp("personal", "password_reset", missing=["icegate_sender", "sso_id"], action="request_missing"),
         "'Forgot my SSO ID' from personal Gmail; the only e-mail in the text is the sender's own address (not an alternate e-mail)")

    # 028 -------------------------------------------------------------
    plain = ("महोदय,\n\nमेरा एसएसओ आईडी निष्क्रिय हो गया है, कृपया इसे सक्रिय करें।\nMy SSO ID is inactive, "
             "kindly activate it.\n\nनाम / Name: Rajendra Prasad Tiwari\nपदनाम / Designation: Inspector\n"
             "SSO ID: 40918273\nदूरभाष / Tel (O): 0522-2630412\n\nसादर,\nRajendra Prasad Tiwari\n")
    body = alt(plain, b="028", cte="qp")
    frm = "rp.tiwari@icegate.gov.in"
    case("028-reset-hindi-activation-office-phone-only",
         mail(hdr(addr("राजेन्द्र प्रसाद तिवारी", frm), "एसएसओ आईडी सक्रिय करने हेतु / Activation of SSO ID",
                  "Sat, 22 Nov 2025 12:30:00 +0530", "1028.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "password_reset", missing=["mobile"], action="request_missing"),
         "Bilingual activation request (QP, Devanagari display name); the only number is labelled office telephone")

    # 029 -------------------------------------------------------------
    plain = ("Sir,\n\nPlease reset my SSO ID password urgently.\n\nName: Lokesh Gupta\nDesignation: Inspector\n"
             "SSO ID: 66123409\nMobile: 9557012345\n\nRegards\nLokesh Gupta\n")
    body = alt(plain, b="029")
    frm = "lokesh.gupta.cbic@gmail.com"
    case("029-reset-display-name-shows-icegate-address",
         mail(hdr(addr("lokesh.gupta@icegate.gov.in", frm), "Password reset", "Sun, 23 Nov 2025 23:50:00 +0530",
                  "CAF029=gmail@mail.gmail.com"), body, from_addr=frm, ar=ar_pass("gmail.com", "lokesh.gupta.cbic")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="review"),
         "Display name is an icegate.gov.in address while the address is a Gmail one: ambiguous sender")

    # 030 -------------------------------------------------------------
    frm = "vivek.tripathi@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (message not signed);\n"
          f"\tspf=fail (mx.icegate.gov.in: domain of {frm} does not designate 198.51.100.23 as permitted sender)"
          f" smtp.mailfrom={frm};\n\tdmarc=none header.from=icegate.gov.in")
    recv = ("Received: from webmail.example-host.net (unknown [198.51.100.23])\n\tby mx.icegate.gov.in (Postfix) with ESMTP id 9A8B7C6D5E\n"
            f"\tfor <{HELPDESK}>; Mon, 24 Nov 2025 02:10:00 +0530 (IST)\n"
            "Authentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass "
            f"smtp.mailfrom={frm}; dmarc=pass header.from=icegate.gov.in")
    plain = ("Sir,\n\nKindly reset my SSO password.\n\nName: Vivek Tripathi\nDesignation: Inspector\nSSO ID: 58321907\n"
             "Mobile: 9935012345\n\nRegards\nVivek Tripathi\n")
    case("030-reset-spf-fail-no-dkim-forged-pass-below",
         mail(hdr(addr("Vivek Tripathi", frm), "SSO password reset", "Mon, 24 Nov 2025 02:09:40 +0530",
                  "20251124.1030@webmail.example-host.net", mailer={"X-Mailer": "PHPMailer 6.8.1"}),
              text(plain, cte="7bit"), ar=ar, received=recv, from_addr=frm),
         exp("icegate", "password_reset", action="review"),
         "ICEGATE sender whose topmost Authentication-Results has spf=fail with no DKIM (dmarc=none); a forged all-pass copy below")

    # 031 -------------------------------------------------------------
    plain = ("Sir pls reset my SSO ID password. Unable to login since morning.\n\nName: Kiran Kumar Bhat\n"
             "Designation: Inspector (Customs)\nSSO ID: 39281746\nMobile No.: 94480 31234\n\nSent from my iPhone\n")
    body = text(plain, cte="7bit")
    frm = "kiran.bhat@icegate.gov.in"
    case("031-reset-iphone-reply-to-gmail",
         mail(hdr(addr("Kiran Kumar Bhat", frm), "Password reset", "Mon, 24 Nov 2025 08:15:00 +0530",
                  "7A1B2C3D-031@icegate.gov.in", mailer=IPHONE, extra={"Reply-To": "kiranbhat.udupi@gmail.com"}),
              body, from_addr=frm),
         exp("icegate", "password_reset"),
         "iPhone reset request from the ICEGATE ID, Reply-To a personal Gmail (does not change the sender), 'Sent from my iPhone' sign-off")

    # 032 -------------------------------------------------------------
    promo = make_pdf(["GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL COMMISSIONER OF CUSTOMS, VISAKHAPATNAM",
                      "ESTABLISHMENT ORDER No. 211/2025", "On the recommendation of the DPC, the following Inspector is",
                      "hereby promoted to the grade of Superintendent of Customs with immediate effect:",
                      "1. Shri Venkata Ramana Pothula"])
    plain = ("Sir,\n\nShri Venkata Ramana Pothula, Inspector, has been promoted as Superintendent\nvide the DPC order "
             "attached. Kindly update his designation in ACES. The first\npage of his service book is also attached.\n\n"
             "Regards,\nName: Chaitanya Varma\nDesignation: Appraiser (System Manager)\nEmail: chaitanya.varma@icegate.gov.in\n"
             "Mobile: 9848012345\n")
    body = multi("mixed", [alt(plain, b="032"), att(promo, "application/pdf", "DPC_order_Supdt_2025.pdf"),
                           att(sb_pdf("Venkata Ramana Pothula", "01/07/1985", "12/12/2011"), "application/pdf",
                               "SB_first_page_VRP.pdf")], "=_032_mixed")
    frm = "sysmgr.vizag@icegate.gov.in"
    case("032-promotion-sysmgr-dpc-order-sb-abbrev",
         mail(hdr(addr("System Manager, Custom House Visakhapatnam", frm), "Designation update on promotion - V R Pothula",
                  "Tue, 25 Nov 2025 11:00:00 +0530", "1032.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "System Manager sends a 'DPC order' (promotion order by text layer) and 'SB_first_page' (service book by text layer)")

    # 033 -------------------------------------------------------------
    oo = make_pdf(["OFFICE OF THE CHIEF COMMISSIONER, CGST BENGALURU ZONE", "OFFICE ORDER No. 112/2025",
                   "Shri Prakash Hegde, Assistant Commissioner, is promoted to the grade of",
                   "Deputy Commissioner in the pay matrix level 12 with effect from 01.11.2025."])
    plain = ("Sir,\n\nConsequent on my promotion as DC vide Office Order No. 112/2025 (attached),\nkindly update my "
             "designation in ACES/SSO.\n\nRegards,\nPrakash Hegde\nDeputy Commissioner, CGST Bengaluru East\n"
             "Ph: 080-25551234\n")
    body = multi("mixed", [alt(plain, b="033"), att(oo, "application/pdf", "Office Order 112-2025.pdf")], "=_033_mixed")
    frm = "prakash.hegde@icegate.gov.in"
    case("033-promotion-office-order-only",
         mail(hdr(addr("Prakash Hegde", frm), "Updation of designation - AC to DC", "Tue, 25 Nov 2025 15:00:00 +0530",
                  "1033.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "designation_update", missing=["service_book"], action="request_missing", kinds=["promotion_order"]),
         "Promoted AC to DC sends only the office order (a promotion order by its text layer); no service book")

    # 034 -------------------------------------------------------------
    plain = ("Sir,\n\nPlease find attached the first page of my service book as asked.\n\nRegards\nMeenakshi Sundaram\n"
             "Superintendent, CGST Madurai\nMob: 9443312345\n\n-----Original Message-----\n"
             "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nSent: Monday, November 24, 2025 4:05 PM\n"
             "To: Meenakshi Sundaram <meenakshi.sundaram@icegate.gov.in>\n"
             "Subject: RE: Designation updation on promotion - Inspector to Superintendent\n\nDear Madam,\n\n"
             "Please send the first page of your service book.\n\n-----Original Message-----\n"
             "From: Meenakshi Sundaram <meenakshi.sundaram@icegate.gov.in>\nSent: Friday, November 21, 2025 11:00 AM\n"
             "To: saksham.seva@icegate.gov.in\nSubject: Designation updation on promotion - Inspector to Superintendent\n\n"
             "Sir, I have been promoted as Superintendent. The promotion order is attached.\n")
    body = multi("mixed", [alt(plain, b="034"), att(sb_pdf("Meenakshi Sundaram", "05/05/1980", "01/02/2005"),
                                                    "application/pdf", "Service Book first page.pdf")],
                 "----=_NextPart_000_0034_01DC5E55.01010101")
    frm = "meenakshi.sundaram@icegate.gov.in"
    case("034-promotion-outlook-reply-order-only-in-quote",
         mail(hdr(addr("Meenakshi Sundaram", frm), "RE: Designation updation on promotion - Inspector to Superintendent",
                  "Wed, 26 Nov 2025 10:00:00 +0530", "003401dc5e55$01010101$02020202$@icegate.gov.in", mailer=OUTLOOK,
                  extra={"In-Reply-To": "<ss-034@icegate.gov.in>"}), body, crlf=True, from_addr=frm),
         exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing", kinds=["service_book"]),
         "Outlook reply carrying only the service book; the promotion order is mentioned only below '-----Original Message-----'")

    # 035 -------------------------------------------------------------
    promo = make_pdf(["GOVERNMENT OF INDIA", "O/o THE PR. COMMISSIONER OF CGST, INDORE", "ORDER No. 45/2025",
                      "The following Inspectors are promoted to the grade of Superintendent:", "1. Shri Amit Jain"])
    plain = ("Sir,\n\nI have been promoted to Superintendent. Promotion order and service book page\nattached. Kindly "
             "update my designation.\n\nRegards\nAmit Jain\nSuperintendent, CGST Indore\n9826012345\n")
    body = multi("mixed", [alt(plain, b="035"), att(promo, "application/pdf", "Promotion order - Amit Jain.pdf"),
                           att(jpeg(35), "image/jpeg", "service book.jpeg")], "000000000000a1b2c3035")
    frm = "amitjain.indore@gmail.com"
    case("035-promotion-personal-gmail-docs-complete",
         mail(hdr(addr("Amit Jain", frm), "Designation update after promotion", "Wed, 26 Nov 2025 19:00:00 +0530",
                  "CAF035=gmail@mail.gmail.com"), body, from_addr=frm, ar=ar_pass("gmail.com", "amitjain.indore")),
         exp("personal", "designation_update", missing=["icegate_sender"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "Promotion request with both documents but from a personal Gmail")

    # 036 -------------------------------------------------------------
    frm = "sneha.kulkarni@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=sendgrid.net header.s=s1 header.b=Zz9YxW8v;\n"
          "\tspf=pass (mx.icegate.gov.in: domain of bounces+123@em.sendgrid.net designates 167.89.0.10 as permitted sender)"
          " smtp.mailfrom=bounces+123@em.sendgrid.net;\n\tdmarc=none header.from=icegate.gov.in")
    promo = make_pdf(["OFFICE ORDER No. 77/2025", "Smt. Sneha Kulkarni, Inspector, is promoted to the grade of Superintendent."])
    plain = ("Sir,\n\nPlease update my designation to Superintendent. Promotion order and service\nbook attached.\n\n"
             "Regards\nSneha Kulkarni\nSuperintendent, CGST Pune-I\nMobile 9890012399\n")
    body = multi("mixed", [alt(plain, b="036"), att(promo, "application/pdf", "Promotion Order 77-2025.pdf"),
                           att(sb_pdf("Sneha Kulkarni", "02/02/1988", "03/03/2012"), "application/pdf",
                               "Service Book - Sneha.pdf")], "=_036_mixed")
    case("036-promotion-auth-passes-for-other-domain",
         mail(hdr(addr("Sneha Kulkarni", frm), "Designation update on promotion", "Thu, 27 Nov 2025 10:30:00 +0530",
                  "1036@em.sendgrid.net"), body, ar=ar, from_addr=frm),
         exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]),
         "ICEGATE From: but the topmost Authentication-Results passes only for sendgrid.net (header.d/mailfrom), dmarc=none: fails authentication")

    # 037 -------------------------------------------------------------
    to_ = make_pdf(["GOVERNMENT OF INDIA", "O/o THE CHIEF COMMISSIONER OF CGST, PUNE ZONE",
                    "TRANSFER ORDER No. 58/2025", "Shri Yogesh Pawar, Inspector, is transferred from CGST Pune-I to CGST Nashik."])
    lpo = make_pdf(["O/o THE COMMISSIONER OF CGST, NASHIK", "LOCAL POSTING ORDER No. 19/2025",
                    "Shri Yogesh Pawar, Inspector, on joining is posted to Range-II, Division-I, Nashik."])
    chg = make_pdf(["CHARGE REPORT", "Certified that I have handed over / taken over the charge of",
                    "Range-II, Division-I, Nashik on the forenoon of 17.11.2025.", "Yogesh Pawar, Inspector"])
    plain = ("Sir,\n\nI have joined CGST Nashik on transfer from Pune-I. Kindly unmap my roles of\nPune-I and map the "
             "roles of Range-II, Division-I, Nashik in ACES-GST BO.\nTO, LPO and charge handing over report are "
             "attached.\n\nRegards,\nYogesh Pawar\nInspector, CGST Nashik\nMob: 9923012345\n")
    body = multi("mixed", [text(plain, cte="7bit"),
                           att(to_, "application/pdf", "TO No. 58-2025.pdf", style="2231"),
                           att(lpo, "application/pdf", "स्थानीय तैनाती आदेश - LPO.pdf", style="2231"),
                           att(chg, "application/pdf", "Charge handing over-taking over.pdf", style="2231")],
                 "------------bd0037TB")
    frm = "yogesh.pawar@icegate.gov.in"
    case("037-role-thunderbird-to-lpo-charge-handover",
         mail(hdr(addr("Yogesh Pawar", frm), "Role mapping in ACES-GST BO on transfer", "Thu, 27 Nov 2025 12:00:00 +0530",
                  "d00d-037@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Thunderbird (RFC 2231 names, one Devanagari): 'TO No. 58-2025', 'स्थानीय तैनाती आदेश - LPO', 'Charge handing over-taking over' all with text layers")

    # 038 -------------------------------------------------------------
    jr = make_pdf(["JOINING REPORT", "I, Karthikeyan S, Inspector, have joined CGST Range-II, Hosur on 18.11.2025 (FN)",
                   "on transfer from CGST Coimbatore."])
    plain = ("Sir,\n\nShri Karthikeyan S, Inspector, has joined this Range on transfer. Kindly map\nhim to Range-II in "
             "ACES-GST BO. His joining report is attached; the transfer order\nand local posting order will follow.\n\n"
             "Regards,\nName: Bhuvana Devi\nDesignation: Superintendent, Range-II, Hosur\nEmail: bhuvana.devi@icegate.gov.in\n"
             "Mobile: 94433 21234\n")
    body = multi("mixed", [alt(plain, b="038"), att(jr, "application/pdf", "Joining report - Karthikeyan.pdf")],
                 "000000000000a1b2c3038")
    frm = "cgstrange2.hosur@gmail.com"
    case("038-role-range-gmail-joining-report-only",
         mail(hdr(addr("CGST Range II Hosur", frm), "Mapping of Inspector in ACES-GST BO", "Fri, 28 Nov 2025 10:00:00 +0530",
                  "CAF038=gmail@mail.gmail.com"), body, from_addr=frm, ar=ar_pass("gmail.com", "cgstrange2.hosur")),
         exp("generic", "role_mapping", missing=["icegate_sender", "posting_order", "transfer_order"],
             action="request_missing", kinds=["charge_report"]),
         "Range office Gmail asks for role mapping with only the joining report; fully signed")

    # 039 -------------------------------------------------------------
    to_ = make_pdf(["TRANSFER ORDER No. 88/2025", "Smt. Lakshmi Devi, Superintendent, CGST Belagavi is transferred to CGST Mysuru."])
    lpo = make_pdf(["LOCAL POSTING ORDER No. 31/2025", "Smt. Lakshmi Devi, Superintendent, is posted to Division-II, Mysuru."])
    rel = make_pdf(["RELIEVING AND JOINING REPORT", "Relieved from CGST Belagavi on 14.11.2025 (AN)",
                    "Joined CGST Mysuru on 17.11.2025 (FN)"])
    plain = ("Sir,\n\nForwarding the request of Smt. Lakshmi Devi, Superintendent, for unmapping and\nmapping of GST BO "
             "roles. Transfer order, LPO and relieving/joining report attached.\n\nRegards,\nName: Shivakumar B\n"
             "Designation: Assistant Commissioner (System Manager)\nEmail: shivakumar.b@icegate.gov.in\nMobile: 9448012345\n\n"
             "---------- Forwarded message ---------\nFrom: Lakshmi Devi <lakshmidevi.blr@gmail.com>\n"
             "Date: Thu, 20 Nov 2025 at 17:40\nSubject: Role mapping request\nTo: <sysmgr.mysuru@icegate.gov.in>\n\n\n"
             "Sir,\n\nI have been relieved from CGST Belagavi and joined Mysuru. Kindly get my GST BO\nroles unmapped "
             "from Belagavi and mapped to Division-II, Mysuru.\n\nLakshmi Devi\nSuperintendent\n")
    body = multi("mixed", [alt(plain, b="039"),
                           att(to_, "application/pdf", "Transfer order – Mysuru.pdf", style="2047"),
                           att(lpo, "application/pdf", "Local Posting Order.pdf"),
                           att(rel, "application/pdf", "Relieving & joining report.pdf")], "000000000000a1b2c3039")
    frm = "sysmgr.mysuru@icegate.gov.in"
    case("039-role-sysmgr-gmail-forward-complete",
         mail(hdr(addr("System Manager CGST Mysuru", frm), "Fwd: Role mapping request", "Fri, 28 Nov 2025 12:00:00 +0530",
                  "CAF039=fwd@icegate.gov.in"), body, from_addr=frm),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "System Manager forwards (Gmail-style '---------- Forwarded message ---------') a role mapping request; RFC 2047 name with en dash; all three documents")

    # 040 -------------------------------------------------------------
    to_ = make_pdf(["TRANSFER ORDER No. 102/2025", "Shri Arvind Yadav, Inspector, is transferred to CGST Gurugram."])
    chg = make_pdf(["ASSUMPTION OF CHARGE REPORT", "I, Arvind Yadav, Inspector, assumed charge on 20.11.2025."])
    plain = ("Sir,\n\nI was relieved from CGST Faridabad and joined CGST Gurugram on 20.11.2025.\nKindly map my roles in "
             "ACES. Transfer order and charge report attached; local\nposting order is yet to be issued.\n\n"
             "Regards\nArvind Yadav\nInspector, CGST Gurugram\n9812098120\n")
    body = multi("mixed", [alt(plain, b="040"), att(to_, "application/pdf", "Transfer Order.pdf"),
                           att(chg, "application/pdf", "Charge report - Arvind.pdf")], "=_040_mixed")
    frm = "arvind.yadav@icegate.gov.in"
    case("040-role-icegate-no-posting-order",
         mail(hdr(addr("Arvind Yadav", frm), "ACES role mapping after transfer", "Sat, 29 Nov 2025 10:00:00 +0530",
                  "1040.zimbra@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "role_mapping", missing=["posting_order"], action="request_missing",
             kinds=["transfer_order", "charge_report"]),
         "Role mapping with transfer order and charge report; local posting order not yet issued")

    # 041 -------------------------------------------------------------
    plain = ("Sir,\n\nMy ECCS pwd expired. After reset OTP not coming and unable to login ECCS\napplication. "
             "Courier shipments pending.\n\nRegards\nNikhil Arora\nAppraiser, ACC New Delhi\nMob 9899012345\n")
    frm = "nikhil.arora@icegate.gov.in"
    case("041-eccs-pwd-expired-otp",
         mail(hdr(addr("Nikhil Arora", frm), "ECCS login issue", "Sat, 29 Nov 2025 12:00:00 +0530",
                  "1041.zimbra@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="041"), from_addr=frm),
         exp("icegate", "eccs", action="redirect"),
         "ECCS password expired / OTP problem from an ICEGATE ID (mentions 'pwd' and 'reset')")

    # 042 -------------------------------------------------------------
    plain = ("Sir,\n\nOfficers of the Courier Terminal are unable to log in to ECCS since the\npassword expiry exercise. "
             "Kindly help.\n\nRegards,\nName: Rekha Pillai\nDesignation: Superintendent of Customs, Courier Terminal\n"
             "Email: rekha.pillai@icegate.gov.in\nPh: 022-26828888\n")
    frm = "courier.mumbaiair@icegate.gov.in"
    case("042-eccs-courier-generic-fully-signed",
         mail(hdr(addr("Courier Cell, Mumbai Air Cargo", frm), "ECCS login failure - Courier Terminal",
                  "Mon, 1 Dec 2025 09:30:00 +0530", "1042.zimbra@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="042"),
              from_addr=frm),
         exp("generic", "eccs", action="redirect"),
         "Courier Cell generic ICEGATE ID, ECCS login failure, fully signed")

    # 043 -------------------------------------------------------------
    plain = ("Dear Sir,\n\nWe are importers having IEC 0306012345. We are unable to login to the ICEGATE\nportal; while "
             "registering again it says IEC already registered. Kindly reset the\npassword of our ICEGATE account.\n\n"
             "Regards,\nfor Sai Ram Exim Pvt. Ltd.\nAuthorised Signatory\nMob: 9820512345\n")
    frm = "sairamexim@yahoo.com"
    case("043-trade-portal-importer-iec-yahoo",
         mail(hdr(addr("Sai Ram Exim", frm), "ICEGATE login problem - IEC 0306012345", "Mon, 1 Dec 2025 11:00:00 +0000",
                  "1043.yahoo@mail.yahoo.com", mailer=YAHOO), alt(plain, b="043"), from_addr=frm,
              ar=ar_pass("yahoo.com", "sairamexim")),
         exp("personal", "trade_portal", action="redirect"),
         "An importer (IEC) cannot log in to the ICEGATE portal and asks for a password reset of the trade account")

    # 044 -------------------------------------------------------------
    plain = ("Sir,\n\nPlease share the IMAP/SMTP server settings to configure my ICEGATE mail\naccount in the mail app "
             "of my Android phone.\n\nRegards\nHemant Bhardwaj\nAssistant Commissioner, CGST Chandigarh\n"
             "Tel: 0172-2700123\n")
    frm = "hemant.bhardwaj@icegate.gov.in"
    case("044-unknown-imap-settings",
         mail(hdr(addr("Hemant Bhardwaj", frm), "Mail configuration on mobile", "Tue, 2 Dec 2025 10:00:00 +0530",
                  "1044.zimbra@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="044"), from_addr=frm),
         exp("icegate", "unknown", action="review"),
         "An AC asks for IMAP/SMTP settings for the ICEGATE mailbox on a phone: none of the request types")

    # 045 -------------------------------------------------------------
    plain = ("Sir,\n\nSome mails in the ICEGATE mailbox of this Division were deleted by mistake\nbetween 01.11.2025 and "
             "15.11.2025. Kindly restore them from the backup if possible.\n\nRegards,\nSuperintendent\n"
             "CGST Division-II, Mysuru\n")
    frm = "cexdiv2.mysore@nic.in"
    case("045-unknown-nic-division-unsigned",
         mail(hdr(addr("CGST Division II Mysuru", frm), "Restoration of deleted mails", "Tue, 2 Dec 2025 12:00:00 +0530",
                  "1045.zimbra@nic.in", mailer=ZIMBRA), alt(plain, b="045"), from_addr=frm,
              ar=ar_pass("nic.in", "cexdiv2.mysore", ip="164.100.14.5")),
         exp("generic", "unknown", missing=["signature_email", "signature_name", "signature_phone"], action="review"),
         "A Division's nic.in mailbox asks for restoration of deleted mails (unknown); signed only with a designation")

    # 046 -------------------------------------------------------------
    plain = ("I am out of office till 05.12.2025 on official tour with limited access to mail.\n"
             "For urgent SSO ID matters please contact the EDI Section.\n\nAditya Kumar\n")
    frm = "aditya.kumar@icegate.gov.in"
    case("046-auto-exchange-automatic-reply",
         mail(hdr(addr("Aditya Kumar", frm), "Automatic reply: [SS/2025/12/00412] Acknowledgement",
                  "Wed, 3 Dec 2025 09:00:00 +0530", "auto046@icegate.gov.in", mailer=OUTLOOK,
                  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                         "In-Reply-To": "<ack-046@icegate.gov.in>"}), alt(plain, b="046"), crlf=True, from_addr=frm),
         exp("automated", "unknown", action="ignore"),
         "Exchange 'Automatic reply' (Auto-Submitted: auto-replied) from an ICEGATE ID")

    # 047 -------------------------------------------------------------
    plain = ("Advisory No. 12/SYS/2025\n\nSubject: ECCS password expiry - reg.\n\nAll users of the Express Cargo "
             "Clearance System (ECCS) are informed that passwords\nwill expire on 10.12.2025. Please reset your ECCS "
             "password on first login.\nFor issues contact eccs.helpdesk@icegate.gov.in.\n")
    frm = "advisories@cbic.gov.in"
    case("047-auto-list-eccs-advisory",
         mail(hdr(addr("DG Systems Advisories", frm), "ECCS password expiry advisory", "Wed, 3 Dec 2025 18:00:00 +0530",
                  "adv047@lists.cbic.gov.in", to="cbic-systems-users@lists.cbic.gov.in",
                  extra={"List-Id": "CBIC Systems advisories <cbic-systems-users.lists.cbic.gov.in>",
                         "List-Unsubscribe": "<mailto:cbic-systems-users-leave@lists.cbic.gov.in>"}),
              alt(plain, b="047"), from_addr=frm, ar=ar_pass("cbic.gov.in", "advisories", ip="164.100.1.10")),
         exp("automated", "eccs", action="ignore"),
         "An ECCS advisory delivered through a mailing list (List-Id): automated, request type from its own content")

    # 048 -------------------------------------------------------------
    plain = ("CBIC e-Newsletter - November 2025\n\n1. Vigilance Awareness Week observed across field formations.\n"
             "2. Swachhta Pakhwada highlights.\n3. Hindi Pakhwada prize winners.\n")
    frm = "newsletter@cbic.gov.in"
    case("048-auto-precedence-bulk-newsletter",
         mail(hdr(addr("CBIC Newsletter", frm), "CBIC e-Newsletter - November 2025", "Thu, 4 Dec 2025 07:00:00 +0530",
                  "nl048@cbic.gov.in", extra={"Precedence": "bulk"}), alt(plain, b="048"), from_addr=frm,
              ar=ar_pass("cbic.gov.in", "newsletter", ip="164.100.1.11")),
         exp("automated", "unknown", action="ignore"),
         "A newsletter with Precedence: bulk only")

    # 049 -------------------------------------------------------------
    plain = ("Dear User,\n\nYour leave application LV/2025/0091 has been approved by the sanctioning\nauthority.\n\n"
             "This is a system generated mail. Please do not reply.\n")
    frm = "do-not-reply@hrms.cbic.gov.in"
    case("049-auto-do-not-reply-notification",
         mail(hdr(addr("CBIC HRMS", frm), "Leave application approved", "Thu, 4 Dec 2025 10:00:00 +0530",
                  "hrms049@hrms.cbic.gov.in"), text(plain, cte="7bit"), from_addr=frm,
              ar=ar_pass("hrms.cbic.gov.in", "do-not-reply", ip="164.100.1.12")),
         exp("automated", "unknown", action="ignore"),
         "A notification from a 'do-not-reply' local part with no other automated marker")

    # 050 -------------------------------------------------------------
    dsn = (
        "Return-Path: <>\nDelivered-To: saksham.seva@icegate.gov.in\n"
        "Date: Fri, 5 Dec 2025 11:00:05 +0530 (IST)\n"
        "From: postmaster@icegate.gov.in (Mail Delivery System)\n"
        "Subject: Undelivered Mail Returned to Sender\nTo: saksham.seva@icegate.gov.in\n"
        "Auto-Submitted: auto-replied\nMessage-ID: <dsn050@mx.icegate.gov.in>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"dsn050B\"\n\n"
        "This is a MIME-encapsulated message.\n\n--dsn050B\nContent-Type: text/plain; charset=us-ascii\n\n"
        "I'm sorry to have to inform you that your message could not be delivered to\none or more recipients.\n\n"
        "<ravi.k.1990@rediffmail.com>: host mx.rediffmail.com said: 550 user unknown\n\n"
        "--dsn050B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\n"
        "Final-Recipient: rfc822; ravi.k.1990@rediffmail.com\nAction: failed\nStatus: 5.1.1\n\n"
        "--dsn050B\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"returned.eml\"\n\n"
        "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nTo: ravi.k.1990@rediffmail.com\n"
        "Subject: Acknowledgement [SS/2025/12/00455]\nMessage-ID: <ack050@icegate.gov.in>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"ack050B\"\n\n--ack050B\nContent-Type: text/plain; charset=us-ascii\n\n"
        "Your mail has been registered under reference SS/2025/12/00455.\n\n--ack050B\n"
        "Content-Type: application/pdf; name=\"Acknowledgement.pdf\"\n"
        "Content-Disposition: attachment; filename=\"Acknowledgement.pdf\"\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(make_pdf(["Acknowledgement SS/2025/12/00455"])).decode() +
        "\n--ack050B--\n\n--dsn050B--\n")
    case("050-auto-dsn-with-returned-attachment", dsn.encode(),
         exp("automated", "unknown", action="ignore"),
         "Postfix-style DSN (multipart/report) from postmaster whose returned message (with a file name) carries a PDF; no attachments count")

    # 051 -------------------------------------------------------------
    plain = ("Sir,\n\nI am unable to recall my SSO ID password. Kindly reset it.\n\nName: Sudha Rani\n"
             "Designation: Inspector, CGST Guntur\nAlternate e-mail ID: sudha.rani77@gmail.com\nMobile: 9000123456\n\n"
             "Regards,\nSudha Rani\n")
    frm = "sudha.rani@icegate.gov.in"
    case("051-reset-alternate-email-instead-of-ssoid",
         mail(hdr(addr("Sudha Rani", frm), "Reset of SSO ID password", "Fri, 5 Dec 2025 10:00:00 +0530",
                  "1051.zimbra@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="051"), from_addr=frm),
         exp("icegate", "password_reset"),
         "Reset request that gives an alternate e-mail ID (not the SSO ID): sso_id is satisfied")

    # 052 -------------------------------------------------------------
    frm = "manoj.pillai@icegate.gov.in"
    recv = ("Received: from relay2.icegate.gov.in (relay2.icegate.gov.in [10.10.40.2])\n\tby mx.icegate.gov.in (Postfix) "
            "with ESMTP id 11AA22BB33\n\tfor <saksham.seva@icegate.gov.in>; Fri, 5 Dec 2025 12:00:02 +0530 (IST)\n"
            "Authentication-Results: relay2.icegate.gov.in; dkim=none; spf=fail smtp.mailfrom=icegate.gov.in; "
            "dmarc=fail header.from=icegate.gov.in")
    plain = ("Sir,\n\nKindly reset the password of my SSO ID.\n\nName: Manoj Pillai\nDesignation: Superintendent\n"
             "SSO ID: 48213907\nMobile: 9447012345\n\nRegards\nManoj Pillai\n")
    case("052-reset-top-pass-old-fail-below",
         mail(hdr(addr("Manoj Pillai", frm), "SSO password reset", "Fri, 5 Dec 2025 12:00:00 +0530",
                  "1052.zimbra@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="052"), received=recv, from_addr=frm),
         exp("icegate", "password_reset"),
         "The topmost (trusted) Authentication-Results passes; a 'dmarc=fail' copy further down is ignored")

    # 053 -------------------------------------------------------------
    frm = "priya.nair.tvm@gmail.com"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=priya.nair.tvm@gmail.com;\n"
          "\tdmarc=fail (p=none dis=none) header.from=gmail.com")
    plain = ("Sir,\n\nKindly let me know whether an SSO ID has been created in my name.\n\nName: Priya Nair\n"
             "Designation: Inspector\nMobile No.: 9446012345\n\nRegards\nPriya Nair\n")
    case("053-status-gmail-dmarc-fail-not-icegate",
         mail(hdr(addr("Priya Nair", frm), "Whether SSO ID created", "Sat, 6 Dec 2025 10:00:00 +0530",
                  "CAF053=gmail@mail.gmail.com"), alt(plain, b="053"), ar=ar, from_addr=frm),
         exp("personal", "sso_status"),
         "Complete status enquiry from Gmail whose topmost header says dmarc=fail: the authentication rule is only for icegate.gov.in senders")

    # 054 -------------------------------------------------------------
    frm = "farida.begum@icegate.gov.in"
    plain = ("Sir,\n\nI forgot my SSO password. Please reset.\n\nName: Farida Begum\nDesignation: Inspector\n"
             "SSO ID: 30127465\nMobile: 7003012345\n\nRegards\nFarida Begum\n")
    case("054-reset-auto-submitted-no",
         mail(hdr(addr("Farida Begum", frm), "SSO password reset", "Sat, 6 Dec 2025 11:00:00 +0530",
                  "1054.zimbra@icegate.gov.in", mailer=ZIMBRA, extra={"Auto-Submitted": "no"}), alt(plain, b="054"),
              from_addr=frm),
         exp("icegate", "password_reset"),
         "Auto-Submitted: no does not make a mail automated")


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    readme = ["# corpus2 (generated by make.py)", "", "| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"| {name} | {intent} | {e['action']} ({e['sender_kind']}, {e['request_type']}; missing "
                      f"{', '.join(e['missing']) or '-'}; {len(e['template_errors'])} template errors) |")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
