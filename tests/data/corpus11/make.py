#!/usr/bin/env python3
"""Generate corpus11 for maild: creation, promotion and transfer requests with their documents,
as offices really fill the template and send the papers (mails/*.eml + expected/*.json).

Written blind from ../../../../shared/spec/triage.md and template.md (the contract) and from how
offices work; every expected verdict below is written out by hand, not computed. Deterministic:
fixed dates, Message-IDs and file metadata; two runs write identical bytes.
Run with the project's Python (openpyxl, pypdf): .venv/bin/python make.py
"""
from __future__ import annotations

import datetime as dt
import email
import email.utils
import importlib.util
import io
import json
import re
import shutil
import struct
import sys
import zipfile
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# MIME / PDF / JPEG builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
text, multi, att, ew, b_word, addr = kit.text, kit.multi, kit.att, kit.ew, kit.b_word, kit.addr
RED, DRED, BLACK = "FFFF0000", "FFC00000", "FF000000"
FIXED = (2025, 11, 1, 9, 0, 0)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def D(y, m, d):
    return dt.datetime(y, m, d)


# ================================================================= files

def repack(data: bytes) -> bytes:
    """Re-zip a workbook with fixed entry times and fixed core.xml stamps (openpyxl writes 'now')."""
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


STD = ["S.No.", "First Name", "Middle Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)",
       "Date of Joining CBIC (DD/MM/YYYY)", "Mobile No.", "Alternate Email ID", "Commissionerate / Office",
       "Location", "Employee ID"]
STD_RED = [BLACK, RED, BLACK, RED, RED, RED, RED, RED, RED, RED, BLACK, BLACK]
TITLES = ("Template for SSO ID and ICEGATE Email ID Creation", "(Columns with headings in red are mandatory)")


def xl(rows, headers=STD, colours=STD_RED, titles=TITLES, blank_before=0, sheet="SSO ID Creation",
       sheets_before=(), sheets_after=(), fmt="DD/MM/YYYY"):
    """A workbook: title rows, optional blank rows, the header row, then rows (None = a blank row).

    sheets_before / sheets_after: [(title, [[cells]...])] written as plain cells."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = wb.active

    def plain(ws, data):
        for i, line in enumerate(data, start=1):
            for j, v in enumerate(line, start=1):
                if v not in (None, ""):
                    ws.cell(row=i, column=j, value=v)

    if sheets_before:
        first.title = sheets_before[0][0]
        plain(first, sheets_before[0][1])
        for t, data in sheets_before[1:]:
            plain(wb.create_sheet(t), data)
        ws = wb.create_sheet(sheet)
    else:
        ws = first
        ws.title = sheet
    r = 1
    for t in titles:
        ws.cell(row=r, column=1, value=t).font = Font(bold=True, color=BLACK)
        r += 1
    r += blank_before
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=r, column=i, value=h)
        col = colours[i - 1] if colours else None
        c.font = Font(bold=True, color=col) if col else Font(bold=True)
    for row in rows:
        r += 1
        if row is None:
            continue
        for i, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = fmt
    for t, data in sheets_after:
        plain(wb.create_sheet(t), data)
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue())


def O(first, last, desig, dob, doj, mob, mail, office, mid="", loc="", emp="", n=None):
    return [n, first, mid, last, desig, dob, doj, mob, mail, office, loc, emp]


def ser(*officers, start=1):
    """Number the officers 1, 2, ... in S.No. (None rows stay blank rows)."""
    out, k = [], start
    for o in officers:
        if o is None:
            out.append(None)
            continue
        o = list(o)
        if o[0] is None:
            o[0] = k
        k += 1
        out.append(o)
    return out


def pdf(*lines) -> bytes:
    return kit.make_pdf(list(lines))


def _jpeg_size(j: bytes):
    i = 2
    while i < len(j):
        m = j[i + 1]
        ln = struct.unpack(">H", j[i + 2:i + 4])[0]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", j[i + 5:i + 9])
            return w, h
        i += 2 + ln
    raise ValueError("no SOF")


def scan(*tags) -> bytes:
    """An image-only PDF (one scanned JPEG page per tag), no text layer."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject
    w = PdfWriter()
    for tag in tags:
        img = kit.jpeg(tag)
        iw, ih = _jpeg_size(img)
        page = w.add_blank_page(width=595, height=842)
        xo = DecodedStreamObject()
        xo._data = img
        xo.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                   NameObject("/Width"): NumberObject(iw), NameObject("/Height"): NumberObject(ih),
                   NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                   NameObject("/BitsPerComponent"): NumberObject(8), NameObject("/Filter"): NameObject("/DCTDecode")})
        ref = w._add_object(xo)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref})})
        cs = DecodedStreamObject()
        cs.set_data(b"q 560 0 0 790 18 26 cm /Im0 Do Q")
        page[NameObject("/Contents")] = w._add_object(cs)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def jpg(tag):
    return kit.jpeg(tag)


def sbook(name, dob, doj):
    return pdf("GOVERNMENT OF INDIA", "Central Board of Indirect Taxes and Customs", "SERVICE BOOK",
               "Part I - Bio-data (first page)", f"1. Name in full (block letters) : {name.upper()}",
               f"4. Date of birth (in figures) : {dob}", f"7. Date of first appointment in CBIC : {doj}",
               "Signature of the Head of Office")


def promo(no, date, name, frm_g, to_g, office="Office of the Principal Commissioner of Customs"):
    return pdf(office.upper(), f"OFFICE ORDER No. {no} dated {date}",
               f"Sub: Promotion to the grade of {to_g} - reg.",
               "On the recommendation of the Departmental Promotion Committee, the following",
               f"{frm_g} is hereby promoted to the grade of {to_g} in the Pay Level shown against",
               f"the name, with effect from the date of assumption of charge: 1. {name}",
               "(Additional Commissioner, Establishment)")


def transfer(no, date, name, desig, frm, to):
    return pdf("GOVERNMENT OF INDIA, MINISTRY OF FINANCE, DEPARTMENT OF REVENUE",
               f"TRANSFER ORDER No. {no} dated {date}", "Sub: Annual General Transfer 2025 - reg.",
               f"{name}, {desig}, is hereby transferred from {frm} to {to}.",
               "The officer shall be relieved immediately to join the new place of posting.",
               "(Joint Commissioner, Cadre Controlling Authority)")


def posting(no, date, name, desig, post):
    return pdf("OFFICE OF THE COMMISSIONER", f"LOCAL POSTING ORDER No. {no} dated {date}",
               f"{name}, {desig}, on joining this Commissionerate, is posted to {post}.",
               "(Deputy Commissioner, Establishment)")


def charge(name, desig, post, date, title="CERTIFICATE OF ASSUMPTION OF CHARGE"):
    return pdf(title, f"Certified that I, {name}, {desig}, have assumed charge of the post of",
               f"{post} in the forenoon of {date}.", "Signature of the relieving / relieved officer",
               "Countersigned: Assistant Commissioner")


def cert(name, dob, doj, by="Joint Commissioner"):
    return pdf("OFFICE OF THE COMMISSIONER OF CUSTOMS", "CERTIFICATE",
               f"Certified that {name} joined CBIC on {doj}. As per the records of this office,",
               f"the officer's date of birth is {dob}. The service book of the officer has not yet",
               "been received from the previous department.", "(Seal)", f"{by}")


def covering(sub):
    return pdf("OFFICE OF THE COMMISSIONER, CGST", "To: The Saksham Seva Helpdesk, DG Systems", f"Sub: {sub}",
               "Kindly find enclosed the documents for necessary action.", "Assistant Commissioner (Systems)")


def roles_sheet(names):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Roles"
    ws.append(["Name", "SSO ID", "Present charge", "Roles required"])
    for n, sso, post, role in names:
        ws.append([n, sso, post, role])
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue())


# ================================================================= mails

_seq = [0]
_when = [dt.datetime(2025, 11, 10, 10, 5, 0, tzinfo=IST)]


def next_date():
    _seq[0] += 1
    t = _when[0]
    _when[0] = t + dt.timedelta(hours=7, minutes=13, seconds=29)
    return t


def fmt_date(t):
    return email.utils.format_datetime(t)


ZIMBRA = {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC131 (Win)/8.8.15_GA_4581)"}
OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0", "Content-Language": "en-in"}
TB = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "en-US"}
GMAIL = {}
NICMAIL = {"X-Mailer": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Linux)/9.0.0)"}


def html_of(plain):
    return "<html><body>" + "".join(
        f"<div>{l if l else '<br>'}</div>" for l in plain.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").split("\n")) + "</body></html>"


def fwd822(frm, frm_name, subject, t, mid, body, atts):
    """An attached message/rfc822 (forward as attachment)."""
    inner = multi("mixed", [text(body, cte="qp")] + list(atts), f"=_inner_{mid}")
    hd = (f"From: {addr(frm_name, frm)}\nTo: {HELPDESK}\nSubject: {ew(subject)}\n"
          f"Date: {fmt_date(t)}\nMessage-ID: <{mid}>\nMIME-Version: 1.0\n")
    raw = hd.encode() + kit.flat(inner)
    p = MIMEMessage(email.message_from_bytes(raw))
    del p["MIME-Version"]
    p["Content-Disposition"] = "attachment"
    return p


CASES = []


def case(name, intent, frm, disp, subject, body, atts=(), *, kind, rt, missing=(), errors=(), action, kinds,
         mailer="zimbra", logo=False, crlf=False, date=None, extra=None):
    t = date or next_date()
    n = len(CASES) + 1
    mid = {"zimbra": f"{1100 + n}.{n * 7919 % 100000:05d}.JavaMail.zimbra@{frm.split('@')[1]}",
           "outlook": f"00{n:02d}01dc{n * 4241 % 65536:04x}$5e2a{n:02d}f0$1a7e{n:02d}c0$@{frm.split('@')[1]}",
           "tb": f"c11-{n:03d}-4b1e-9f0a-{n * 104729 % 1000000:06d}@{frm.split('@')[1]}",
           "gmail": f"CAK{n:03d}x7Q+mZ{n * 31:05d}Lr=Vb{n:03d}@mail.gmail.com",
           "nic": f"{2200 + n}.{n * 37:05d}.JavaMail.zimbra@{frm.split('@')[1]}"}[mailer]
    heads = {"zimbra": ZIMBRA, "outlook": OUTLOOK, "tb": TB, "gmail": GMAIL, "nic": NICMAIL}[mailer]
    alt = multi("alternative", [text(body, "plain", "qp"), text(html_of(body), "html", "qp")], f"=_alt_{n:03d}")
    top = alt
    if logo:
        top = multi("related", [alt, att(kit.make_png(80, 30, 90), PNG, "image001.png", disp="inline",
                                         cid=f"image001.png@01DC{n:04d}.A1B2C3D0")], f"=_rel_{n:03d}")
    msg = multi("mixed", [top] + list(atts), f"=_mixed_{n:03d}") if atts else top
    h = kit.hdr(addr(disp, frm), subject, fmt_date(t), mid, mailer=heads, extra=extra)
    raw = kit.mail(h, msg, crlf=crlf, from_addr=frm)
    exp = {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)),
           "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                     key=lambda e: (e["row"], e["column"], e["code"])),
           "action": action, "attachment_kinds": sorted(kinds)}
    assert len(set((r, c, k) for r, c, k in errors)) == len(errors), name
    CASES.append((f"{n:03d}-{name}", raw, exp, intent))
    return t


def A(data, ctype, filename, style=None, **kw):
    if style is None:
        style = "plain" if filename.isascii() else "2231"
    return att(data, ctype, filename, style=style, **kw)


def sig(name=None, desig=None, email_=None, phone=None, office=None, close="Regards,"):
    lines = ["", close]
    for v in (name, desig, office):
        if v:
            lines.append(v)
    if email_:
        lines.append(f"Email: {email_}")
    if phone:
        lines.append(f"Mob: {phone}" if not phone.startswith("0") else f"Ph: {phone}")
    return "\n".join(lines) + "\n"


# officers used by clean templates: (first, middle, last, designation, dob, doj, mobile, alt e-mail)
POOL = [
    ("Ravi", "", "Menon", "Inspector", (1996, 4, 11), (2025, 10, 27), "9446012301", "ravi.menon96@gmail.com"),
    ("Meenakshi", "", "Iyer", "Inspector", (1997, 8, 2), (2025, 10, 27), "9445023412", "meenakshi.iyer@yahoo.co.in"),
    ("Sandeep", "Kumar", "Yadav", "Inspector", (1995, 1, 19), (2025, 10, 28), "8765034523", "sandeepyadav1995@gmail.com"),
    ("Pooja", "", "Chaudhary", "Inspector", (1998, 12, 5), (2025, 10, 28), "7014045634", "pooja.chaudhary98@rediffmail.com"),
    ("Abdul", "Rahim", "Khan", "Superintendent", (1984, 6, 30), (2009, 3, 16), "9831056745", "abdulrahim.khan@outlook.com"),
    ("Lalitha", "", "Narayanan", "Inspector", (1999, 3, 14), (2025, 11, 3), "6379067856", "lalithanarayanan99@gmail.com"),
    ("Harpreet", "", "Kaur", "Inspector", (1996, 9, 9), (2025, 11, 3), "9815078967", "harpreetkaur.0909@gmail.com"),
    ("Vikram", "Singh", "Rathore", "Appraiser", (1992, 2, 25), (2025, 9, 15), "9929089078", "vs.rathore92@yahoo.com"),
    ("Sneha", "", "Kulkarni", "Examiner", (1997, 7, 21), (2025, 9, 15), "9823090189", "snehakulkarni21@gmail.com"),
    ("Arjun", "", "Das", "Inspector", (1998, 5, 6), (2025, 10, 6), "8016101290", "arjun.das.1998@gmail.com"),
    ("Fathima", "", "Beevi", "Inspector", (1997, 11, 17), (2025, 10, 6), "9497112301", "fathimabeevi97@gmail.com"),
    ("Gaurav", "", "Mishra", "Inspector", (1994, 10, 2), (2025, 10, 6), "7985123412", "gauravmishra.lko@gmail.com"),
    ("Nandini", "", "Reddy", "Examiner", (1996, 1, 28), (2025, 9, 22), "9866134523", "nandini.reddy28@outlook.com"),
    ("Prakash", "Chandra", "Behera", "Inspector", (1995, 4, 4), (2025, 10, 13), "9437145634", "pcbehera95@gmail.com"),
    ("Ishita", "", "Sen", "Inspector", (1999, 6, 16), (2025, 10, 13), "9903156745", "ishita.sen16@yahoo.co.in"),
    ("Mohammed", "Irfan", "Shaikh", "Preventive Officer", (1996, 12, 24), (2025, 8, 18), "9769167856",
     "irfanshaikh.24@gmail.com"),
    ("Kavya", "", "Hegde", "Inspector", (1998, 2, 11), (2025, 10, 20), "9448178967", "kavya.hegde11@gmail.com"),
    ("Rohit", "", "Sharma", "Inspector", (1997, 3, 3), (2025, 10, 20), "9810189078", "rohit.sharma.cbic97@gmail.com"),
    ("Anjali", "", "Tiwari", "Inspector", (1996, 7, 7), (2025, 10, 20), "9453190189", "anjalitiwari07@rediffmail.com"),
    ("Suresh", "Babu", "Pillai", "Superintendent", (1983, 5, 15), (2008, 7, 1), "9447201290", "sureshbabu.pillai@gmail.com"),
    ("Deepika", "", "Joshi", "Examiner", (1998, 8, 30), (2025, 9, 22), "8888212301", "deepikajoshi30@gmail.com"),
    ("Tenzing", "", "Bhutia", "Inspector", (1997, 4, 22), (2025, 10, 27), "9733223412", "tenzing.bhutia@gmail.com"),
    ("Manoj", "Kumar", "Patel", "Inspector", (1995, 9, 12), (2025, 10, 27), "9978234523", "manojpatel.9512@gmail.com"),
    ("Divya", "", "Nair", "Preventive Officer", (1999, 1, 1), (2025, 8, 18), "9567245634", "divya.nair.0101@gmail.com"),
    ("Kiran", "", "Gowda", "Inspector", (1996, 6, 6), (2025, 10, 27), "9741256745", "kirangowda66@yahoo.in"),
    ("Amit", "", "Verma", "Inspector", (1994, 12, 12), (2025, 11, 3), "9336267856", "amitverma1212@gmail.com"),
    ("Priyanka", "", "Ghosh", "Inspector", (1998, 10, 10), (2025, 11, 3), "9874278967", "priyanka.ghosh.1010@gmail.com"),
    ("Sanjay", "", "Mondal", "Inspector", (1996, 2, 2), (2025, 11, 3), "9434289078", "sanjaymondal.02@gmail.com"),
    ("Ritu", "", "Bansal", "Inspector", (1997, 5, 25), (2025, 11, 3), "9896290189", "ritubansal.25@yahoo.com"),
    ("Yogesh", "", "Patil", "Inspector", (1995, 8, 8), (2025, 11, 3), "9822301290", "yogeshpatil.88@gmail.com"),
]


def dfmt(ymd, style):
    y, m, d = ymd
    if style == "date":
        return D(y, m, d)
    sep = {"slash": "/", "dot": ".", "dash": "-"}[style]
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def mfmt(mob, style):
    if style == "int":
        return int(mob)
    if style == "text":
        return mob
    if style == "plus":
        return f"+91 {mob[:5]} {mob[5:]}"
    if style == "zero":
        return "0" + mob
    if style == "plus91":
        return "+91" + mob
    raise ValueError(style)


def clean_rows(idx, office, dstyle="slash", mstyle="text", caps=False, loc="", start=1):
    out = []
    for k, i in enumerate(idx):
        f, mi, la, de, dob, doj, mob, em = POOL[i]
        ds = dstyle[k % len(dstyle)] if isinstance(dstyle, (list, tuple)) else dstyle
        ms = mstyle[k % len(mstyle)] if isinstance(mstyle, (list, tuple)) else mstyle
        if caps:
            f, mi, la = f.upper(), mi.upper(), la.upper()
        out.append(O(f, la, de, dfmt(dob, ds), dfmt(doj, ds), mfmt(mob, ms), em, office, mid=mi, loc=loc,
                     n=start + k))
    return out


def books(idx, how="pdf", tag0=0):
    """One service book attachment per officer: text PDF, scanned photo or image-only PDF."""
    out = []
    for k, i in enumerate(idx):
        f, mi, la, de, dob, doj, *_ = POOL[i]
        full = " ".join(x for x in (f, mi, la) if x)
        if how == "pdf":
            out.append(A(sbook(full, dfmt(dob, "slash"), dfmt(doj, "slash")), PDF, f"Service Book - {f} {la}.pdf"))
        elif how == "jpg":
            out.append(A(jpg(tag0 + k), JPG, f"SB_{f}.jpg"))
        elif how == "scanpdf":
            out.append(A(scan(tag0 + k), PDF, f"Service book {f} {la}.pdf"))
    return out


def full_name(i):
    f, mi, la = POOL[i][:3]
    return " ".join(x for x in (f, mi, la) if x)


def build():
    CR = "sso_creation"
    # ---------------------------------------------------------------- A. creation, complete
    SM = dict(name="Rajasekaran K", desig="Superintendent (System Manager)", email_="rajasekaran.k@icegate.gov.in",
              phone="9444011223", office="Custom House, Chennai")
    idx = [0, 1]
    case("creation-sysmgr-two-officers-sb-pdf",
         "Chennai System Manager's generic ICEGATE ID, full labelled signature; standard template (2 title rows), text dates DD/MM/YYYY, mobiles as text; two text service books named 'SB.pdf' and 'SB (1).pdf'",
         "sysmgr.chennai@icegate.gov.in", "System Manager Chennai Customs", "SSO ID creation - 2 new Inspectors",
         "Sir/Madam,\n\nKindly create SSO ID and ICEGATE e-mail ID for the two newly joined Inspectors of\n"
         "Custom House, Chennai. The filled template and the first page of their service books are attached.\n"
         + sig(**SM),
         [A(xl(ser(*clean_rows(idx, "Custom House, Chennai"))), XLSX, "SSO_creation.xlsx"),
          A(sbook(full_name(0), "11/04/1996", "27/10/2025"), PDF, "SB.pdf"),
          A(sbook(full_name(1), "02/08/1997", "27/10/2025"), PDF, "SB (1).pdf")],
         kind="generic", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [2, 3, 4, 5, 6]
    case("creation-ac-five-officers-excel-dates",
         "Assistant Commissioner's own ICEGATE ID; five officers, real Excel dates, mobiles stored as numbers; one service book PDF per officer named 'Service Book - <name>.pdf'",
         "meera.krishnan@icegate.gov.in", "Meera Krishnan", "Request for creation of SSO IDs - 5 officers",
         "Madam/Sir,\n\nPlease create SSO IDs and ICEGATE mail IDs for the five officers listed in the attached\n"
         "template, who joined this Commissionerate recently. Scanned service book pages are enclosed.\n\n"
         "Regards\nMeera Krishnan\nAssistant Commissioner (Systems)\nCGST Delhi East\n",
         [A(xl(ser(*clean_rows(idx, "CGST Delhi East", dstyle="date", mstyle="int"))), XLSX,
            "SSO ID creation template.xlsx")] + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 5, mailer="tb")

    idx = [7, 8, 12]
    case("creation-template-1-scan0001-text-layer",
         "Individual ICEGATE ID; 'Template (1).xlsx' with DD.MM.YYYY text dates; the service books are one 'Scan0001.pdf' whose text layer reads SERVICE BOOK",
         "vinod.saxena@icegate.gov.in", "Vinod Saxena", "SSO ID - new Appraiser and Examiners",
         "Sir,\n\nKindly create SSO IDs for the three officers (one Appraiser, two Examiners) who joined\n"
         "Custom House, Jaipur on transfer of cadre / fresh appointment. Template and service book pages attached.\n\n"
         "Thanks & Regards,\nVinod Saxena\nDeputy Commissioner (EDI)\nICD Jaipur\n",
         [A(xl(ser(*clean_rows(idx, "Custom House Jaipur", dstyle="dot"))), XLSX, "Template (1).xlsx"),
          A(pdf("SERVICE BOOK", "Part I - Bio-data", f"Name: {full_name(7).upper()}",
                "Date of birth: 25/02/1992", "Date of joining CBIC: 15/09/2025", "--- page 2 ---",
                f"Name: {full_name(8).upper()}", "Date of birth: 21/07/1997", "Date of joining CBIC: 15/09/2025",
                "--- page 3 ---", f"Name: {full_name(12).upper()}", "Date of birth: 28/01/1996",
                "Date of joining CBIC: 22/09/2025"), PDF, "Scan0001.pdf")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book"])

    idx = [9, 10, 11, 13]
    case("creation-new-officers-xlsx-by-header-jpg-books",
         "ACL admin's generic ICEGATE ID (full signature); the template is 'new officers.xlsx' (a template by its header row, header on row 1, no title rows); service books are phone photos 'service_book_page1.jpg'...",
         "acladmin.cgstbbsr@icegate.gov.in", "ACL Admin CGST Bhubaneswar", "Creation of SSO ID for newly joined officers",
         "Sir,\n\nThe details of four Inspectors who joined CGST Bhubaneswar in October 2025 are in the\n"
         "attached sheet. Photos of the first page of each service book are attached. Kindly create their\n"
         "SSO IDs and ICEGATE e-mail IDs.\n"
         + sig("Prasanta Kumar Sahu", "Superintendent & ACL Admin", "prasanta.sahu@icegate.gov.in", "9437022110",
               "CGST Bhubaneswar Commissionerate"),
         [A(xl(ser(*clean_rows(idx, "CGST Bhubaneswar", dstyle="dash")), titles=()), XLSX, "new officers.xlsx")]
         + [A(jpg(100 + k), JPG, f"service_book_page{k + 1}.jpg") for k in range(4)],
         kind="generic", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 4)

    hdr_x = ["Sl. No.", "FIRST NAME", "Middle Name", "LAST NAME", "Gender", "DESIGNATION", "Date of Birth",
             "Date of Joining CBIC", "PAN", "Mobile No", "Alternate E-mail ID", "Commissionerate/Office",
             "Location", "Employee ID", "Remarks"]
    col_x = [BLACK, RED, BLACK, RED, BLACK, RED, RED, RED, BLACK, RED, RED, RED, BLACK, BLACK, BLACK]
    rows_x = []
    for k, i in enumerate([14, 16, 17]):
        f, mi, la, de, dob, doj, mob, em = POOL[i]
        rows_x.append([k + 1, f, mi, la, "F" if k != 2 else "M", de, dfmt(dob, "slash"), dfmt(doj, "slash"),
                       f"ABCPX{1234 + k}Q", mob, em, "CGST Bengaluru North", "Bengaluru", "", "New joinee"])
    case("creation-data-xlsx-extra-columns-header-variants",
         "Individual ICEGATE ID sends 'data.xlsx': header text in capitals and without brackets ('Sl. No.', 'Mobile No', 'Alternate E-mail ID', 'Commissionerate/Office'), extra columns Gender, PAN and Remarks in between; red mandatory headers; text service books",
         "nagaraj.rao@icegate.gov.in", "Nagaraj Rao", "SSO ID creation - CGST Bengaluru North",
         "Sir,\n\nPlease create SSO IDs for three new Inspectors. Details in the attached sheet; service book\n"
         "copies attached.\n\nRegards,\nNagaraj Rao\nSuperintendent (Systems), CGST Bengaluru North\nMobile: 94480 33221\n",
         [A(xl(rows_x, headers=hdr_x, colours=col_x, titles=("CGST BENGALURU NORTH",)), XLSX, "data.xlsx")]
         + books([14, 16, 17]),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 3)

    # 15 officers with blank rows between groups, Excel dates
    allidx = list(range(15, 30))
    rows15 = ser(*clean_rows(allidx[:5], "Custom House, Mumbai (Zone I)", dstyle="date", mstyle="int"), None,
                 *clean_rows(allidx[5:10], "Custom House, Mumbai (Zone I)", dstyle="date", mstyle="int", start=6),
                 None, None,
                 *clean_rows(allidx[10:], "Custom House, Mumbai (Zone I)", dstyle="date", mstyle="int", start=11))
    case("creation-fifteen-officers-blank-rows-one-scan",
         "Mumbai Zone I System Manager's generic ICEGATE ID (full signature): 15 officers in three groups separated by blank rows (not data rows), Excel dates; all service books in one image-only 'Service Books - 15 officers.pdf' (named)",
         "sysmgr.mumzone1@icegate.gov.in", "SYSMGR MUMBAI ZONE-I", "Creation of SSO IDs - 15 officers (Batch 3)",
         "Respected Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for 15 officers as per the attached\n"
         "template (batch 3 of the Direct Recruits 2025). The service book pages of all 15 officers are in\n"
         "the attached PDF.\n" + sig("Sachin Deshmukh", "Deputy Commissioner & System Manager",
                                      "sachin.deshmukh@icegate.gov.in", "022-22757401", "New Custom House, Mumbai"),
         [A(xl(rows15, sheet="Batch 3"), XLSX, "SSO template batch 3.xlsx"),
          A(scan(*range(200, 204)), PDF, "Service Books - 15 officers.pdf")],
         kind="generic", rt=CR, action="acknowledge", kinds=["template", "service_book"])

    idx = [5]
    case("creation-hindi-named-service-book-rfc2231",
         "Individual ICEGATE ID via Thunderbird; the service book is an image-only PDF named 'सेवा पुस्तिका.pdf' (Hindi for 'service book', RFC 2231)",
         "t.selvam@icegate.gov.in", "T Selvam", "SSO ID creation - Ms. Lalitha Narayanan, Inspector",
         "Sir,\n\nPlease create an SSO ID for Ms. Lalitha Narayanan, Inspector, who joined on 03.11.2025.\n"
         "Template and service book page attached.\n\nRegards,\nSelvam T\nSuperintendent, Computer Cell, CGST Coimbatore\n",
         [A(xl(ser(*clean_rows(idx, "CGST Coimbatore"))), XLSX, "SSO_creation_template.xlsx"),
          A(scan(301), PDF, "सेवा पुस्तिका.pdf", style="2231")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book"], mailer="tb")

    idx = [6, 25]
    case("creation-rfc2047-service-book-names",
         "Individual ICEGATE ID; the service book photos carry RFC 2047 encoded names mixing Hindi and English ('सेवा पुस्तिका - Harpreet.jpg')",
         "jaswinder.gill@icegate.gov.in", "Jaswinder Gill", "SSO ID for Inspectors - CGST Ludhiana",
         "Sir,\n\nKindly create SSO IDs for the two Inspectors in the attached template. Their service\n"
         "book pages are attached.\n\nRegards\nJaswinder Singh Gill\nAssistant Commissioner, CGST Ludhiana\n",
         [A(xl(ser(*clean_rows(idx, "CGST Ludhiana", dstyle="date", mstyle="int"))), XLSX, "SSO_creation.xlsx"),
          A(jpg(311), JPG, "सेवा पुस्तिका - Harpreet.jpg", style="2047"),
          A(jpg(312), JPG, "सेवा पुस्तिका - Amit.jpg", style="2047")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    # forward as attachment (message/rfc822) with the files inside
    idx = [21]
    inner_t = dt.datetime(2025, 11, 12, 9, 40, 0, tzinfo=IST)
    case("creation-sysmgr-forwards-rfc822-with-files",
         "Gangtok System Manager (generic ICEGATE ID, full signature) forwards the Inspector's own mail as an attached message/rfc822; the template and the service book are inside it (they count; the rfc822 part itself is no attachment)",
         "sysmgr.gangtok@icegate.gov.in", "System Manager LCS Gangtok", "Fwd: SSO ID creation - Tenzing Bhutia",
         "Sir,\n\nForwarded for creation of SSO ID and ICEGATE e-mail ID of Shri Tenzing Bhutia, Inspector.\n"
         "Particulars verified with the service book.\n"
         + sig("Karma Lepcha", "Superintendent (System Manager)", "karma.lepcha@icegate.gov.in", "9733011456",
               "Land Customs Station, Gangtok"),
         [fwd822("tenzing.bhutia@gmail.com", "Tenzing Bhutia", "SSO ID creation", inner_t, "CAK9inner21@mail.gmail.com",
                 "Sir,\n\nI have joined as Inspector on 27.10.2025. My filled template and service book page are\n"
                 "attached. Kindly forward for SSO ID creation.\n\nTenzing Bhutia\nInspector\n",
                 [A(xl(ser(*clean_rows(idx, "Customs Gangtok"))), XLSX, "SSO_creation.xlsx"),
                  A(jpg(321), JPG, "Service book page 1.jpg", style="2047")])],
         kind="generic", rt=CR, action="acknowledge", kinds=["template", "service_book"])

    idx = [23, 15]
    case("creation-gmail-style-inline-forward",
         "Cochin Air Cargo System Manager's generic ICEGATE ID forwards inline ('---------- Forwarded message ---------') the Preventive Officers' request with the files re-attached; full signature",
         "sysmgr.cochinair@icegate.gov.in", "Sysmgr Cochin Air Cargo", "Fwd: Request for SSO ID",
         "Sir,\n\nForwarded for necessary action please.\n"
         + sig("Joseph Mathew", "Appraiser (Alternate System Manager)", "joseph.mathew@icegate.gov.in",
               "9447066102", "Air Cargo Complex, Kochi")
         + "\n---------- Forwarded message ---------\nFrom: Divya Nair <divya.nair.0101@gmail.com>\n"
         "Date: Mon, 17 Nov 2025 at 11:02\nSubject: Request for SSO ID\nTo: <sysmgr.cochinair@icegate.gov.in>\n\n"
         "Sir,\nWe two Preventive Officers joined on 18.08.2025. Template and service book pages attached.\n"
         "Divya Nair\n",
         [A(xl(ser(*clean_rows(idx, "Custom House Kochi", dstyle="date"))), XLSX, "SSO ID template.xlsx"),
          A(sbook(full_name(23), "01/01/1999", "18/08/2025"), PDF, "Service Book Divya.pdf"),
          A(sbook(full_name(15), "24/12/1996", "18/08/2025"), PDF, "Service Book Irfan.pdf")],
         kind="generic", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [26, 27]
    case("creation-outlook-inline-logo",
         "Outlook (CRLF) from an individual ICEGATE ID with the department logo inline in the signature (image001.png, cid:) - an attachment of kind other; template and text service books",
         "subhashis.roy@icegate.gov.in", "Subhashis Roy", "SSO ID creation - 2 Inspectors - CGST Kolkata North",
         "Sir,\n\nKindly create SSO IDs for two Inspectors of CGST Kolkata North. Template and service book\n"
         "pages are attached.\n\nRegards,\nSubhashis Roy\nAssistant Commissioner (Systems)\n[cid:image001.png@01DC0027.A1B2C3D0]\n",
         [A(xl(ser(*clean_rows(idx, "CGST Kolkata North", mstyle="int"))), XLSX, "SSO_creation.xlsx")]
         + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book", "other"],
         mailer="outlook", logo=True, crlf=True)

    idx = [28, 29, 24]
    case("creation-names-in-capitals-middle-initial",
         "Individual ICEGATE ID; names typed in capitals; one officer's middle name is the initial 'K.' (the middle name may be an initial); text service books",
         "harish.chandra@icegate.gov.in", "Harish Chandra", "Creation of SSO ID",
         "Sir,\n\nRequest you to create SSO IDs for three Inspectors as per attached template. Service books\n"
         "attached.\n\nHarish Chandra\nSuperintendent (EDP)\nCGST Pune I\n",
         [A(xl(ser(*[r[:2] + ["K." if k == 0 else r[2]] + r[3:] for k, r in
                     enumerate(clean_rows(idx, "CGST PUNE-I", caps=True))])), XLSX, "SSO_creation.xlsx")]
         + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 3)

    idx = [0, 3, 4, 7]
    case("creation-mobiles-plus91-zero-spaces",
         "Individual ICEGATE ID; mobiles typed as text in the ways offices write them: '+91 94460 12301', '07014045634', '+919831056745', '9929089078' (all valid 10-digit mobiles with optional +91/0)",
         "anil.kumar.s@icegate.gov.in", "Anil Kumar S", "SSO ID creation",
         "Sir,\n\nKindly create SSO IDs for the four officers in the attached template; service book pages\n"
         "attached.\n\nAnil Kumar S\nSuperintendent, Systems Cell\nCGST Thiruvananthapuram\n",
         [A(xl(ser(*clean_rows(idx, "CGST Thiruvananthapuram", mstyle=["plus", "zero", "plus91", "text"]))), XLSX,
            "SSO_creation.xlsx")] + books(idx, "jpg", 400),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 4)

    rows_nic = ser(
        O("Ramesh", "Chandran", "Inspector", "14/06/1995", "03/11/2025", "9400112233", "ramesh.chandran@nic.in",
          "CGST Kochi"),
        O("Sofia", "Thomas", "Inspector", "22/09/1996", "03/11/2025", "9400112234", "sofiathomas96@yahoo.co.in",
          "CGST Kochi"),
        O("Naveen", "Raj", "Inspector", "05/05/1997", "03/11/2025", "9400112235", "naveen.raj@outlook.in",
          "CGST Kochi"))
    case("creation-alt-emails-personal-nic-yahoo-outlook",
         "Individual ICEGATE ID; alternate e-mails are an officer's own nic.in address (an individual's mailbox, personal kind like a.sharma@gov.in), Yahoo and Outlook",
         "binu.joseph@icegate.gov.in", "Binu Joseph", "SSO ID creation - 3 Inspectors, CGST Kochi",
         "Sir,\n\nPlease create SSO IDs for the three officers in the attached template. Service book copies\n"
         "attached.\n\nRegards\nBinu Joseph\nSuperintendent (Systems)\nCGST Kochi\n",
         [A(xl(rows_nic), XLSX, "SSO_creation.xlsx"),
          A(sbook("Ramesh Chandran", "14/06/1995", "03/11/2025"), PDF, "SB Ramesh.pdf"),
          A(sbook("Sofia Thomas", "22/09/1996", "03/11/2025"), PDF, "SB Sofia.pdf"),
          A(sbook("Naveen Raj", "05/05/1997", "03/11/2025"), PDF, "SB Naveen.pdf")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template"] + ["service_book"] * 3)

    idx = [9, 13]
    case("creation-dark-red-headers",
         "Individual ICEGATE ID; the office's copy of the template has mandatory headers in dark red (C00000, still red by template.md); clean rows",
         "debashish.pal@icegate.gov.in", "Debashish Pal", "SSO ID creation",
         "Sir,\n\nKindly create SSO IDs for the officers in the attached template.\nService book pages attached.\n\n"
         "Regards\nDebashish Pal\nInspector (Systems), CGST Siliguri\n",
         [A(xl(ser(*clean_rows(idx, "CGST Siliguri")), colours=[DRED if c == RED else c for c in STD_RED]), XLSX,
            "SSO_creation.xlsx")] + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [10, 11]
    case("creation-retyped-all-black-complete",
         "Individual ICEGATE ID; a re-typed template with every header black (default mandatory columns apply) and Location/Employee ID empty; clean",
         "fazil.ahmed@icegate.gov.in", "Fazil Ahmed", "Creation of new SSO ID",
         "Sir,\n\nPlease create SSO IDs for the two Inspectors in the attached sheet; service books attached.\n\n"
         "Fazil Ahmed\nSuperintendent\nCGST Hyderabad\n",
         [A(xl(ser(*clean_rows(idx, "CGST Hyderabad")), colours=[BLACK] * 12, titles=()), XLSX, "SSO.xlsx")]
         + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [1, 2]
    other_sheet = [["Officers whose SSO IDs were created in 2024"],
                   ["S.No.", "First Name", "Middle Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)",
                    "Date of Joining CBIC (DD/MM/YYYY)", "Mobile No.", "Alternate Email ID", "Commissionerate / Office"],
                   [1, "R", "", "K", "Inspector", "NA", "31/02/2024", "12345", "old.mailbox", ""]]
    case("creation-second-sheet-ignored",
         "Individual ICEGATE ID; the template is the first sheet (clean); a second sheet 'Created 2024' holds an older list with a 'First Name' header and bad cells, and an Instructions sheet follows: only the first sheet is the template",
         "rekha.menon@icegate.gov.in", "Rekha Menon", "SSO ID creation - 2 officers",
         "Sir,\n\nPlease create SSO IDs for the two officers in the first sheet of the attached workbook.\n"
         "Service book pages attached.\n\nRekha Menon\nAssistant Commissioner (Systems), CGST Chennai South\n",
         [A(xl(ser(*clean_rows(idx, "CGST Chennai South")),
               sheets_after=[("Created 2024", other_sheet), ("Instructions", [["One officer per row."]])]), XLSX,
            "SSO_creation.xlsx")] + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    t = dt.datetime(2025, 11, 24, 12, 30, 0, tzinfo=IST)
    rows_today = ser(O("Ajay", "Thakur", "Inspector", "10/02/1998", "24/11/2025", "9418022334",
                       "ajaythakur98@gmail.com", "CGST Shimla"))
    case("creation-joined-on-mail-day",
         "Individual ICEGATE ID; the officer joined on the very day of the mail (24/11/2025, mail dated 24 Nov 2025 12:30 IST): not after the mail's date",
         "rajinder.thakur@icegate.gov.in", "Rajinder Thakur", "SSO ID - Inspector joined today",
         "Sir,\n\nShri Ajay Thakur, Inspector, joined today. Kindly create his SSO ID. Template and service\n"
         "book page attached.\n\nRajinder Thakur\nSuperintendent (Systems), CGST Shimla\n",
         [A(xl(rows_today), XLSX, "SSO_creation.xlsx"),
          A(sbook("Ajay Thakur", "10/02/1998", "24/11/2025"), PDF, "Service Book - Ajay Thakur.pdf")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book"], date=t)

    rows18 = ser(O("Pallavi", "Shinde", "Tax Assistant", "15/07/2007", "15/07/2025", "9822044556",
                   "pallavi.shinde07@gmail.com", "CGST Nagpur"),
                 O("Omkar", "Jadhav", "Inspector", "01/01/2000", "03/11/2025", "9822044557",
                   "omkar.jadhav2000@gmail.com", "CGST Nagpur"))
    case("creation-joined-on-eighteenth-birthday",
         "Individual ICEGATE ID; row 4's officer joined on her 18th birthday (DOB 15/07/2007, DOJ 15/07/2025): not before age 18, no error",
         "vaishali.kale@icegate.gov.in", "Vaishali Kale", "SSO ID creation - CGST Nagpur",
         "Sir,\n\nKindly create SSO IDs for the two officers in the attached template. Service book pages\n"
         "attached.\n\nVaishali Kale\nSuperintendent (Systems), CGST Nagpur\n",
         [A(xl(rows18), XLSX, "SSO_creation.xlsx"),
          A(sbook("Pallavi Shinde", "15/07/2007", "15/07/2025"), PDF, "SB Pallavi.pdf"),
          A(sbook("Omkar Jadhav", "01/01/2000", "03/11/2025"), PDF, "SB Omkar.pdf")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [18, 19]
    case("creation-covering-letter-too",
         "Commissionerate admin's generic ICEGATE ID, full signature; a covering letter PDF (other) comes with the template and service books",
         "commadmin.cgstlko@icegate.gov.in", "Comm Admin CGST Lucknow", "SSO ID creation request - CGST Lucknow",
         "Sir,\n\nPlease find attached the covering letter, the SSO ID creation template and the service book\n"
         "pages of two officers for creation of SSO IDs.\n"
         + sig("Alok Srivastava", "Superintendent & Commissionerate Admin", "alok.srivastava@icegate.gov.in",
               "9415077889", "CGST Lucknow"),
         [A(covering("Creation of SSO ID - 2 officers"), PDF, "Covering letter.pdf"),
          A(xl(ser(*clean_rows(idx, "CGST Lucknow"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR, action="acknowledge", kinds=["other", "template", "service_book", "service_book"])

    idx = [20]
    case("creation-generic-landline-contact",
         "EDI section's generic ICEGATE ID signs with name, designation, individual e-mail and an office landline (a contact number, though not a mobile)",
         "edi.kandla@icegate.gov.in", "EDI Section Kandla", "Creation of SSO ID - Examiner",
         "Sir,\n\nKindly create an SSO ID for Ms. Deepika Joshi, Examiner. Template and service book attached.\n\n"
         "Regards,\nName: Hemant Vyas\nDesignation: Appraiser (EDI)\nEmail: hemant.vyas@icegate.gov.in\n"
         "Tel: 02836-271468\nCustom House, Kandla\n",
         [A(xl(ser(*clean_rows(idx, "Custom House Kandla"))), XLSX, "SSO_creation.xlsx"),
          A(sbook(full_name(20), "30/08/1998", "22/09/2025"), PDF, "Service Book.pdf")],
         kind="generic", rt=CR, action="acknowledge", kinds=["template", "service_book"])

    idx = [22, 23]
    case("creation-header-on-row-ten",
         "Individual ICEGATE ID; the office letterhead fills 7 title rows and two blank rows, so the header is on row 10 (still within the first 10)",
         "kalpesh.shah@icegate.gov.in", "Kalpesh Shah", "SSO ID creation",
         "Sir,\n\nKindly create SSO IDs. Template and service books attached.\n\nKalpesh Shah\nSuperintendent (Systems)\n"
         "CGST Vadodara-I\n",
         [A(xl(ser(*clean_rows(idx, "CGST Vadodara I")),
               titles=("GOVERNMENT OF INDIA", "MINISTRY OF FINANCE", "DEPARTMENT OF REVENUE",
                       "OFFICE OF THE COMMISSIONER, CGST & CENTRAL EXCISE", "VADODARA-I COMMISSIONERATE",
                       "Template for SSO ID and ICEGATE Email ID Creation", "(Columns in red are mandatory)"),
               blank_before=2), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [16, 17]
    case("creation-excel-dates-shown-dd-mmm-yyyy",
         "Individual ICEGATE ID; DOB/DOJ are real Excel dates displayed as 12-Aug-1990 style (number format DD-MMM-YYYY): real spreadsheet dates",
         "shivakumar.b@icegate.gov.in", "Shivakumar B", "SSO ID creation",
         "Sir,\n\nKindly create SSO IDs for two Inspectors. Template and service books attached.\n\n"
         "Shivakumar B\nSuperintendent (Systems), CGST Mysuru\n",
         [A(xl(ser(*clean_rows(idx, "CGST Mysuru", dstyle="date")), fmt="DD-MMM-YYYY"), XLSX, "SSO_creation.xlsx")]
         + books(idx),
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    idx = [8]
    case("creation-sb-pdf-jpg-mixed-name-sb-jpg",
         "Individual ICEGATE ID; one officer, service book as 'SB.jpg' plus its back page 'SB_page2.jpg'",
         "nitin.kulkarni@icegate.gov.in", "Nitin Kulkarni", "SSO ID creation - Examiner",
         "Sir,\n\nKindly create SSO ID for Ms. Sneha Kulkarni, Examiner. Template and service book pages attached.\n\n"
         "Nitin Kulkarni\nAppraiser (EDI), JNCH\n",
         [A(xl(ser(*clean_rows(idx, "JNCH Nhava Sheva"))), XLSX, "SSO_creation.xlsx"),
          A(jpg(501), JPG, "SB.jpg"), A(jpg(502), JPG, "SB_page2.jpg")],
         kind="icegate", rt=CR, action="acknowledge", kinds=["template", "service_book", "service_book"])

    # ---------------------------------------------------------------- B. creation, something missing
    idx = [0, 5]
    case("creation-template-only-books-to-follow",
         "Individual ICEGATE ID sends only the template; 'service books will follow in a separate mail'",
         "gopal.krishnan@icegate.gov.in", "Gopal Krishnan", "SSO ID creation - 2 Inspectors",
         "Sir,\n\nKindly create SSO IDs for the two Inspectors in the attached template. Their service book\n"
         "pages will be sent in a separate mail as the Estt. section is scanning them.\n\n"
         "Gopal Krishnan\nSuperintendent (Systems), CGST Madurai\n",
         [A(xl(ser(*clean_rows(idx, "CGST Madurai"))), XLSX, "SSO_creation.xlsx")],
         kind="icegate", rt=CR, missing=["service_book"], action="request_missing", kinds=["template"])

    idx = [1, 2]
    case("creation-books-only-template-to-follow",
         "System Manager's generic ICEGATE ID (full signature) sends the two service books; the template 'will be sent after corrections'",
         "sysmgr.tuticorin@icegate.gov.in", "System Manager Tuticorin", "SSO ID creation - service books",
         "Sir,\n\nThe service book pages of two new Inspectors are attached. The SSO ID creation template\n"
         "will be sent after corrections.\n"
         + sig("Muthukumar P", "Appraiser (System Manager)", "muthukumar.p@icegate.gov.in", "9443055667",
               "Custom House, Tuticorin"),
         books(idx),
         kind="generic", rt=CR, missing=["template"], action="request_missing",
         kinds=["service_book", "service_book"])

    idx = [3]
    case("creation-img-jpg-uninformative-name",
         "Individual ICEGATE ID; the service book is a phone photo named 'IMG_20251104_103512.jpg' (an image whose name says nothing is other), so no service book",
         "rakesh.meena@icegate.gov.in", "Rakesh Meena", "SSO ID creation - Ms Pooja Chaudhary",
         "Sir,\n\nKindly create SSO ID for Ms Pooja Chaudhary, Inspector. Template attached; the photo of her\n"
         "service book page is also attached.\n\nRakesh Meena\nSuperintendent, CGST Jaipur\n",
         [A(xl(ser(*clean_rows(idx, "CGST Jaipur"))), XLSX, "SSO_creation.xlsx"),
          A(jpg(601), JPG, "IMG_20251104_103512.jpg")],
         kind="icegate", rt=CR, missing=["service_book"], action="request_missing", kinds=["template", "other"])

    idx = [4]
    case("creation-scan0001-image-only",
         "Individual ICEGATE ID; 'Scan0001.pdf' is an image-only scan (no text layer) and its name says nothing: other, so no service book",
         "shabnam.ali@icegate.gov.in", "Shabnam Ali", "SSO ID for Shri Abdul Rahim Khan",
         "Sir,\n\nKindly create SSO ID for Shri Abdul Rahim Khan, Superintendent, joined on transfer from CBDT.\n"
         "Template and scanned copy attached.\n\nShabnam Ali\nAssistant Commissioner, CGST Kolkata\n",
         [A(xl(ser(*clean_rows(idx, "CGST Kolkata"))), XLSX, "SSO_creation.xlsx"),
          A(scan(611), PDF, "Scan0001.pdf")],
         kind="icegate", rt=CR, missing=["service_book"], action="request_missing", kinds=["template", "other"])

    idx = [9]
    case("creation-officer-own-gmail",
         "A new Inspector sends his own template and service book from his personal Gmail (not from an ICEGATE ID)",
         "arjun.das.1998@gmail.com", "Arjun Das", "Request for SSO ID creation",
         "Respected Sir,\n\nI have joined as Inspector in CGST Guwahati on 06.10.2025. Kindly create my SSO ID.\n"
         "Filled template and service book page attached.\n\nArjun Das\nInspector, CGST Guwahati\nMob 8016101290\n",
         [A(xl(ser(*clean_rows(idx, "CGST Guwahati"))), XLSX, "SSO_creation.xlsx", style="2047"),
          A(jpg(621), JPG, "Service Book.jpg", style="2047")],
         kind="personal", rt=CR, missing=["icegate_sender"], action="request_missing",
         kinds=["template", "service_book"], mailer="gmail")

    idx = [10, 11, 12]
    case("creation-nic-office-mailbox-full-signature",
         "Kochi-circular style: the Commissionerate's systems mailbox on nic.in (generic, not ICEGATE) sends template and service books with a full signature",
         "cex15sys.ker@nic.in", "Systems Cell CGST Kochi", "Creation of SSO IDs - 3 officers",
         "Sir,\n\nThe consolidated template of three officers and their service book pages are attached for\n"
         "creation of SSO IDs.\n"
         + sig("Sajeev Kumar", "Superintendent (EDP)", "sajeev.kumar@icegate.gov.in", "9447088990", "CGST Kochi"),
         [A(xl(ser(*clean_rows(idx, "CGST Kochi"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR, missing=["icegate_sender"], action="request_missing",
         kinds=["template"] + ["service_book"] * 3, mailer="nic")

    idx = [13]
    case("creation-nic-office-no-designation",
         "A Commissionerate's office mailbox on nic.in; the signature has name, e-mail and mobile but no designation",
         "cgst.ranchi@nic.in", "CGST Ranchi", "SSO ID creation",
         "Sir,\n\nKindly create SSO ID for the Inspector in the attached template. Service book attached.\n\n"
         "Regards,\nAmitabh Sinha\nEmail: amitabh.sinha@icegate.gov.in\nMob: 9431099001\n",
         [A(xl(ser(*clean_rows(idx, "CGST Ranchi"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR, missing=["icegate_sender", "signature_designation"], action="request_missing",
         kinds=["template", "service_book"], mailer="nic")

    idx = [14, 15]
    case("creation-sysmgr-no-individual-email",
         "System Manager's generic ICEGATE ID signs with name, designation and mobile but gives as e-mail only the generic mailbox itself",
         "sysmgr.paradip@icegate.gov.in", "System Manager Paradip", "SSO ID creation - 2 officers",
         "Sir,\n\nKindly create SSO IDs; template and service books attached.\n\nRegards,\nSubrat Mohapatra\n"
         "Superintendent (System Manager)\nCustom House, Paradip\nEmail: sysmgr.paradip@icegate.gov.in\n"
         "Mob: 9437011002\n",
         [A(xl(ser(*clean_rows(idx, "Custom House Paradip"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR, missing=["signature_email"], action="request_missing",
         kinds=["template", "service_book", "service_book"])

    idx = [16]
    case("creation-generic-no-signature",
         "Computer cell's generic ICEGATE ID with no sign-off at all ('Thanks.')",
         "computercell.mangaluru@icegate.gov.in", "Computer Cell Mangaluru", "SSO ID creation",
         "Sir,\n\nPlease create SSO ID for the officer in the attached template. Service book attached.\n\nThanks.\n",
         [A(xl(ser(*clean_rows(idx, "Custom House Mangaluru"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR,
         missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
         action="request_missing", kinds=["template", "service_book"])

    idx = [17, 18]
    case("creation-generic-no-phone",
         "ASM's generic ICEGATE ID signs with name, designation and individual e-mail, no contact number",
         "asm.icdtkd@icegate.gov.in", "ASM ICD Tughlakabad", "SSO ID creation",
         "Sir,\n\nKindly create SSO IDs for the two officers. Template and service books attached.\n\nRegards,\n"
         "Neha Arora\nAppraiser (Alternate System Manager)\nICD Tughlakabad\nneha.arora@icegate.gov.in\n",
         [A(xl(ser(*clean_rows(idx, "ICD Tughlakabad"))), XLSX, "SSO_creation.xlsx")] + books(idx),
         kind="generic", rt=CR, missing=["signature_phone"], action="request_missing",
         kinds=["template", "service_book", "service_book"])

    idx = [19]
    case("creation-dc-signed-certificate",
         "Individual ICEGATE ID; instead of the service book, a letter certifying name/DOB/DOJ signed by a Deputy Commissioner (below Joint Commissioner: other), so the service book is missing",
         "latha.suresh@icegate.gov.in", "Latha Suresh", "SSO ID creation - Shri Suresh Babu Pillai",
         "Sir,\n\nKindly create SSO ID for Shri Suresh Babu Pillai, Superintendent. His service book is with the\n"
         "previous office; a certificate of his particulars is attached with the template.\n\n"
         "Latha Suresh\nInspector (Systems), CGST Kozhikode\n",
         [A(xl(ser(*clean_rows(idx, "CGST Kozhikode"))), XLSX, "SSO_creation.xlsx"),
          A(cert(full_name(19), "15/05/1983", "01/07/2008", by="Deputy Commissioner (P&V)"), PDF,
            "Letter dt 12.11.2025.pdf")],
         kind="icegate", rt=CR, missing=["service_book"], action="request_missing", kinds=["template", "other"])

    idx = [20]
    case("creation-ac-signed-certificate",
         "Generic ICEGATE ID (full signature); the certifying letter is signed by an Assistant Commissioner: other, service book missing",
         "estt.cgstrajkot@icegate.gov.in", "Establishment CGST Rajkot", "SSO ID creation - Examiner",
         "Sir,\n\nTemplate for SSO ID creation is attached along with a certificate of particulars.\n"
         + sig("Bhavesh Trivedi", "Superintendent (Estt.)", "bhavesh.trivedi@icegate.gov.in", "9825012121",
               "CGST Rajkot"),
         [A(xl(ser(*clean_rows(idx, "CGST Rajkot"))), XLSX, "SSO_creation.xlsx"),
          A(cert(full_name(20), "30/08/1998", "22/09/2025", by="Assistant Commissioner (Estt.)"), PDF,
            "Particulars of officer.pdf")],
         kind="generic", rt=CR, missing=["service_book"], action="request_missing", kinds=["template", "other"])

    lst = roles_sheet([("Kavya Hegde", "", "Inspector", "new joinee"), ("Rohit Sharma", "", "Inspector", "new joinee")])
    case("creation-officers-list-not-template",
         "Individual ICEGATE ID attaches 'Officers list.xlsx' with its own columns (Name, SSO ID...; no 'First Name' header): other; the template is missing",
         "mohan.rao@icegate.gov.in", "Mohan Rao", "SSO ID creation for new joinees",
         "Sir,\n\nKindly create SSO IDs for the officers in the attached list. Service books attached.\n\n"
         "Mohan Rao\nSuperintendent, CGST Visakhapatnam\n",
         [A(lst, XLSX, "Officers list.xlsx")] + books([16, 17]),
         kind="icegate", rt=CR, missing=["template"], action="request_missing",
         kinds=["other", "service_book", "service_book"])

    idx = [21]
    case("creation-reply-template-only-in-quote",
         "Reply (Thunderbird, 'On ... wrote:') sending the service book the helpdesk asked for; the template went with the earlier mail and is only mentioned in the quote: this mail lacks the template",
         "pema.wangdi@icegate.gov.in", "Pema Wangdi", "Re: SSO ID creation - Shri Tenzing Bhutia",
         "Sir,\n\nAs desired, the service book page of Shri Tenzing Bhutia is attached.\n\nPema Wangdi\n"
         "Superintendent, Customs Division Siliguri\n\nOn 14/11/2025 11:20, Saksham Seva wrote:\n"
         "> Sir, the template received. Please send the service book page of the officer.\n>\n"
         "> On 13/11/2025 10:02, Pema Wangdi wrote:\n>> Please find attached the SSO ID creation template.\n",
         [A(sbook(full_name(21), "22/04/1997", "27/10/2025"), PDF, "Service Book Tenzing.pdf")],
         kind="icegate", rt=CR, missing=["template"], action="request_missing", kinds=["service_book"], mailer="tb",
         extra={"In-Reply-To": "<c11-ack-0113@icegate.gov.in>", "References": "<c11-ack-0113@icegate.gov.in>"})

    idx = [22]
    case("creation-template-and-covering-letter-only",
         "Individual ICEGATE ID: a covering letter and the template; no service book",
         "jignesh.patel@icegate.gov.in", "Jignesh Patel", "SSO ID creation - Manoj Kumar Patel",
         "Sir,\n\nForwarding letter and template for SSO ID creation of Shri Manoj Kumar Patel are attached.\n\n"
         "Jignesh Patel\nSuperintendent (Systems), CGST Surat\n",
         [A(covering("SSO ID creation"), PDF, "Forwarding letter.pdf"),
          A(xl(ser(*clean_rows(idx, "CGST Surat"))), XLSX, "SSO_creation.xlsx")],
         kind="icegate", rt=CR, missing=["service_book"], action="request_missing", kinds=["other", "template"])

    # ---------------------------------------------------------------- C. template errors
    def sb2(*names):
        return [A(pdf("SERVICE BOOK", "Part I - Bio-data", *[f"Name: {n}" for n in names]), PDF, "Service books.pdf")]

    rows = ser(O("R.K.", "Sharma", "Inspector", "10/10/1993", "20/10/2025", "9425012345", "rksharma.bpl@gmail.com", "CGST Bhopal"),
               O("Deepa", "R", "Inspector", "02/02/1995", "20/10/2025", "9425012346", "deepa.r95@gmail.com", "CGST Bhopal"),
               O("A K", "Singh", "Superintendent", "15/08/1985", "01/03/2010", "9425012347", "aksingh85@yahoo.com", "CGST Bhopal"),
               O("Venkatesh", "K.", "Inspector", "09/12/1996", "20/10/2025", "9425012348", "venkatesh.k96@gmail.com", "CGST Bhopal"),
               O("Mohan", "Verma", "Inspector", "01/06/1996", "20/10/2025", "9425012349", "mohanlal.verma@gmail.com", "CGST Bhopal", mid="Lal"))
    case("creation-initials-first-and-last",
         "Individual ICEGATE ID; first name 'R.K.' (r4), last name 'R' (r5), first name 'A K' (r6), last name 'K.' (r7); r8 clean",
         "anand.mishra@icegate.gov.in", "Anand Mishra", "SSO ID creation - CGST Bhopal",
         "Sir,\n\nTemplate for creation of SSO IDs of five officers is attached with the service book pages.\n\n"
         "Anand Mishra\nSuperintendent, Computer Cell, CGST Bhopal\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("R.K. SHARMA", "DEEPA R", "A.K. SINGH", "VENKATESH K", "MOHAN LAL VERMA"),
         kind="icegate", rt=CR, errors=[(4, "first_name", "initials_in_name"), (5, "last_name", "initials_in_name"),
                                        (6, "first_name", "initials_in_name"), (7, "last_name", "initials_in_name")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Kishore", "Kumar", "Inspector", "31/06/1994", "20/10/2025", "9848012345", "kishorekumar94@gmail.com", "CGST Guntur"),
               O("Lakshmi", "Prasanna", "Inspector", "14/03/1996", "01/12/2026", "9848012346", "lakshmi.prasanna96@gmail.com", "CGST Guntur"),
               O("Teja", "Varma", "Inspector", "05/05/2009", "20/10/2025", "9848012347", "tejavarma09@gmail.com", "CGST Guntur"),
               O("Srinivas", "Rao", "Superintendent", "NA", "12/07/2011", "9848012348", "srinivasrao.gnt@gmail.com", "CGST Guntur"),
               O("Bhavani", "Shankar", "Inspector", D(1997, 1, 1), "20.10.2025", "9848012349", "bhavanishankar97@gmail.com", "CGST Guntur"))
    case("creation-invalid-dates",
         "Individual ICEGATE ID; r4 DOB 31/06/1994 (no such day), r5 DOJ 01/12/2026 (after the mail), r6 DOB 2009 with DOJ 2025 (joined at 16, reported on DOJ), r7 DOB 'NA'; r8 an Excel DOB and a DD.MM.YYYY DOJ, valid",
         "ramana.murthy@icegate.gov.in", "Ramana Murthy", "SSO ID creation - CGST Guntur",
         "Sir,\n\nKindly create SSO IDs for five officers. Template and service books attached.\n\n"
         "Ramana Murthy\nAssistant Commissioner (Systems), CGST Guntur\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("KISHORE KUMAR", "LAKSHMI PRASANNA"),
         kind="icegate", rt=CR, errors=[(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date"),
                                        (6, "date_of_joining", "invalid_date"), (7, "date_of_birth", "invalid_date")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Nirmala", "Devi", "Inspector", "12-Aug-1990", "03/11/2025", "9431012345", "nirmaladevi90@gmail.com", "CGST Patna"),
               O("Rajeev", "Ranjan", "Inspector", "21/01/1995", "03/11/2025", "9431012346", "rajeevranjan95@gmail.com", "CGST Patna"))
    case("creation-text-date-with-month-name",
         "Individual ICEGATE ID; r4's DOB typed as text '12-Aug-1990', which is none of the accepted forms (a real date, or text DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY)",
         "sunil.prasad@icegate.gov.in", "Sunil Prasad", "SSO ID creation - CGST Patna",
         "Sir,\n\nKindly create SSO IDs for the two Inspectors. Template and service books attached.\n\n"
         "Sunil Prasad\nSuperintendent (Systems), CGST Patna\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("NIRMALA DEVI", "RAJEEV RANJAN"),
         kind="icegate", rt=CR, errors=[(4, "date_of_birth", "invalid_date")], action="request_missing",
         kinds=["template", "service_book"])

    t = dt.datetime(2025, 11, 20, 15, 0, 0, tzinfo=IST)
    rows = ser(O("Akash", "Gupta", "Inspector", "08/08/1999", "01.12.2025", "9457012345", "akashgupta.99@gmail.com", "CGST Meerut"),
               O("Shalini", "Agarwal", "Inspector", "17/04/1998", "19.11.2025", "9457012346", "shaliniagarwal98@gmail.com", "CGST Meerut"))
    case("creation-doj-next-week",
         "Individual ICEGATE ID, mail dated 20 Nov 2025: r4's DOJ 01.12.2025 is after the mail's date (the officer has not joined yet); r5 joined the day before",
         "vivek.tyagi@icegate.gov.in", "Vivek Tyagi", "Advance request - SSO ID for Inspectors",
         "Sir,\n\nKindly create SSO IDs for two Inspectors; one joins on 1st December. Template and service book\n"
         "pages attached.\n\nVivek Tyagi\nSuperintendent, CGST Meerut\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("AKASH GUPTA", "SHALINI AGARWAL"),
         kind="icegate", rt=CR, errors=[(4, "date_of_joining", "invalid_date")], action="request_missing",
         kinds=["template", "service_book"], date=t)

    rows = ser(O("Anoop", "Varghese", "Inspector", "11/11/1995", "03/11/2025", "98470 1234", "anoopvarghese95@gmail.com", "CGST Thrissur"),
               O("Bindu", "Mathew", "Inspector", "12/12/1996", "03/11/2025", "5847012345", "bindumathew96@gmail.com", "CGST Thrissur"),
               O("Cyril", "Jacob", "Superintendent", "13/01/1984", "14/02/2008", "0487-2331234", "cyriljacob84@gmail.com", "CGST Thrissur"),
               O("Dhanya", "Raj", "Inspector", "14/02/1997", "03/11/2025", "98470123456", "dhanyaraj97@gmail.com", "CGST Thrissur"),
               O("Elias", "George", "Inspector", "15/03/1998", "03/11/2025", "+91 98470 12347", "eliasgeorge98@gmail.com", "CGST Thrissur"))
    case("creation-invalid-mobiles",
         "Individual ICEGATE ID; r4 mobile has 9 digits, r5 starts with 5, r6 is an office landline with STD code, r7 has 11 digits; r8 '+91 98470 12347' is valid",
         "thomas.kurian@icegate.gov.in", "Thomas Kurian", "SSO ID creation - CGST Thrissur",
         "Sir,\n\nTemplate for SSO ID creation of five officers and their service book pages are attached.\n\n"
         "Thomas Kurian\nSuperintendent (Systems), CGST Thrissur\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("ANOOP VARGHESE", "BINDU MATHEW"),
         kind="icegate", rt=CR, errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                        (6, "mobile", "invalid_mobile"), (7, "mobile", "invalid_mobile")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Anand", "Kale", "Inspector", "01/01/1996", "03/11/2025", "9960012341", "anand.kale.gmail.com", "CGST Aurangabad"),
               O("Priya", "Deshpande", "Inspector", "02/02/1996", "03/11/2025", "9960012342", "priya@@gmail.com", "CGST Aurangabad"),
               O("Suresh", "Pawar", "Inspector", "03/03/1996", "03/11/2025", "9960012343", "suresh pawar@gmail.com", "CGST Aurangabad"),
               O("Mohan", "Das", "Inspector", "04/04/1996", "03/11/2025", "9960012344", "mohan.das@gmail,com", "CGST Aurangabad"),
               O("Nilesh", "Wagh", "Inspector", "05/05/1996", "03/11/2025", "9960012345", "nileshwagh96@gmail.com", "CGST Aurangabad"))
    case("creation-invalid-alt-emails",
         "Individual ICEGATE ID; alternate e-mails malformed: r4 no '@', r5 '@@', r6 a space inside, r7 a comma for the dot; r8 valid",
         "sachin.more@icegate.gov.in", "Sachin More", "SSO ID creation - CGST Aurangabad",
         "Sir,\n\nKindly create SSO IDs for the five Inspectors. Template and service books attached.\n\n"
         "Sachin More\nSuperintendent (Systems), CGST Aurangabad\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("ANAND KALE", "PRIYA DESHPANDE"),
         kind="icegate", rt=CR, errors=[(4, "alt_email", "invalid_email"), (5, "alt_email", "invalid_email"),
                                        (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Ravi", "Shankar", "Inspector", "01/07/1995", "03/11/2025", "9444012341", "sysmgr.chennai@icegate.gov.in", "Custom House Chennai"),
               O("Kala", "Selvi", "Inspector", "02/07/1995", "03/11/2025", "9444012342", "kala.selvi@icegate.gov.in", "Custom House Chennai"),
               O("Murali", "Dharan", "Inspector", "03/07/1995", "03/11/2025", "9444012343", "cgstrange4.chennai@gmail.com", "Custom House Chennai"),
               O("Vani", "Sri", "Inspector", "04/07/1995", "03/11/2025", "9444012344", "cexcochi@nic.in", "Custom House Chennai"),
               O("Arul", "Mozhi", "Inspector", "05/07/1995", "03/11/2025", "9444012345", "arulmozhi95@gmail.com", "Custom House Chennai"))
    case("creation-generic-and-icegate-alt-emails",
         "Individual ICEGATE ID; alternate e-mails that are not personal: r4 the System Manager's mailbox, r5 an ICEGATE address, r6 a Range office Gmail, r7 a Commissionerate's nic.in office mailbox (cexcochi@nic.in); r8 personal",
         "senthil.kumar@icegate.gov.in", "Senthil Kumar", "SSO ID creation - 5 Inspectors",
         "Sir,\n\nKindly create SSO IDs for five Inspectors; template and service books attached.\n\n"
         "Senthil Kumar\nAppraiser (EDI), Custom House Chennai\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("RAVI SHANKAR", "KALA SELVI"),
         kind="icegate", rt=CR, errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email"),
                                        (6, "alt_email", "generic_alt_email"), (7, "alt_email", "generic_alt_email")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Amit", "Kumar", "Inspector", "01/01/1997", "03/11/2025", "9876543210", "amitkumar97@gmail.com", "CGST Gurugram"),
               O("Sumit", "Kumar", "Inspector", "02/02/1997", "03/11/2025", "9876543210", "sumitkumar97@gmail.com", "CGST Gurugram"),
               O("Neeraj", "Yadav", "Inspector", "03/03/1997", "03/11/2025", "9876543212", "amitkumar97@gmail.com", "CGST Gurugram"),
               O("Pankaj", "Saini", "Inspector", "04/04/1997", "03/11/2025", "9876543213", "pankajsaini97@gmail.com", "CGST Gurugram"))
    case("creation-duplicate-mobile-and-email",
         "Individual ICEGATE ID; r5 repeats r4's mobile (the nodal officer copied the row), r6 repeats r4's alternate e-mail; r7 clean",
         "manish.goyal@icegate.gov.in", "Manish Goyal", "SSO ID creation - CGST Gurugram",
         "Sir,\n\nKindly create SSO IDs for four Inspectors. Template and service books attached.\n\n"
         "Manish Goyal\nSuperintendent (Systems), CGST Gurugram\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("AMIT KUMAR", "SUMIT KUMAR"),
         kind="icegate", rt=CR, errors=[(5, "mobile", "duplicate_mobile"), (6, "alt_email", "duplicate_alt_email")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Harish", "Bhat", "Inspector", "01/01/1996", "03/11/2025", 9008012345, "harishbhat96@gmail.com", "CGST Belagavi"),
               O("Girish", "Naik", "Inspector", "02/02/1996", "03/11/2025", "9008012346", "girishnaik96@gmail.com", "CGST Belagavi"),
               O("Shreya", "Kamath", "Inspector", "03/03/1996", "03/11/2025", "+91 90080 12345", "shreyakamath96@gmail.com", "CGST Belagavi"))
    case("creation-duplicate-mobile-written-differently",
         "Individual ICEGATE ID; r6's mobile '+91 90080 12345' is the same number as r4's 9008012345 (stored as a number): a duplicate",
         "prashanth.shetty@icegate.gov.in", "Prashanth Shetty", "SSO ID creation - CGST Belagavi",
         "Sir,\n\nKindly create SSO IDs for three Inspectors. Template and service books attached.\n\n"
         "Prashanth Shetty\nSuperintendent (Systems), CGST Belagavi\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("HARISH BHAT", "GIRISH NAIK", "SHREYA KAMATH"),
         kind="icegate", rt=CR, errors=[(6, "mobile", "duplicate_mobile")], action="request_missing",
         kinds=["template", "service_book"])

    rows = ser(O("Alka", "Saxena", "", "01/01/1996", "03/11/2025", "9412012341", "alkasaxena96@gmail.com", "CGST Agra"),
               None,
               O("Bharat", "Singh", "Inspector", "02/02/1996", "03/11/2025", "9412012342", "bharatsingh96@gmail.com", ""),
               O("Chetna", "Jain", "Inspector", "", "03/11/2025", "9412012343", "chetnajain96@gmail.com", "CGST Agra"),
               O("Dinesh", "Kumar", "Inspector", "04/04/1996", "03/11/2025", "", "dinesh.kumar96@gmail.com", "CGST Agra"))
    case("creation-empty-mandatory-cells-blank-row",
         "Individual ICEGATE ID; r4 no designation, r5 blank (not a data row), r6 no office, r7 no DOB, r8 no mobile",
         "ashok.chauhan@icegate.gov.in", "Ashok Chauhan", "SSO ID creation - CGST Agra",
         "Sir,\n\nKindly create SSO IDs for the four Inspectors. Template and service books attached.\n\n"
         "Ashok Chauhan\nSuperintendent (Systems), CGST Agra\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("ALKA SAXENA", "BHARAT SINGH"),
         kind="icegate", rt=CR, errors=[(4, "designation", "missing_mandatory"), (6, "office", "missing_mandatory"),
                                        (7, "date_of_birth", "missing_mandatory"), (8, "mobile", "missing_mandatory")],
         action="request_missing", kinds=["template", "service_book"])

    rows = [O("Farhan", "Qureshi", "Inspector", "06/06/1997", "03/11/2025", "9827012341", "farhanqureshi97@gmail.com", "CGST Indore", n=1),
            O("Garima", "Dubey", "Inspector", "07/07/1997", "03/11/2025", "9827012342", "garimadubey97@gmail.com", "CGST Indore", n=2),
            [3] + [None] * 11, [4] + [None] * 11]
    MAND = ["first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile", "alt_email", "office"]
    case("creation-prenumbered-rows-only-serial",
         "Individual ICEGATE ID; the office left the template's pre-numbered rows 3 and 4 (r6, r7) with only the S.No.: each is a data row with every mandatory cell empty",
         "rajesh.jain@icegate.gov.in", "Rajesh Jain", "SSO ID creation - CGST Indore",
         "Sir,\n\nKindly create SSO IDs for the two Inspectors in the attached template. Service books attached.\n\n"
         "Rajesh Jain\nSuperintendent (Systems), CGST Indore\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("FARHAN QURESHI", "GARIMA DUBEY"),
         kind="icegate", rt=CR, errors=[(r, c, "missing_mandatory") for r in (6, 7) for c in MAND],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Lokesh", "Bansal", "Inspector", "01/09/1996", "03/11/2025", "9414012341", "lokeshbansal96@gmail.com", "CGST Udaipur"),
               None,
               O("Manisha", "Rawat", "Inspector", "02/09/1996", "03/11/2025", "9414012342", "manisharawat96@gmail.com", "CGST Udaipur"),
               O("Naresh", "S", "Inspector", "03/09/1996", "03/11/2025", "9414012343", "nareshs96@gmail.com", "CGST Udaipur"))
    case("creation-header-row5-blank-rows-initial",
         "Individual ICEGATE ID; three title rows and a blank row put the header on row 5; data rows 6, 8, 9 (row 7 blank); r9's last name is the initial 'S'",
         "kamal.meghwal@icegate.gov.in", "Kamal Meghwal", "SSO ID creation - CGST Udaipur",
         "Sir,\n\nKindly create SSO IDs for three Inspectors. Template and service books attached.\n\n"
         "Kamal Meghwal\nSuperintendent (Systems), CGST Udaipur\n",
         [A(xl(rows, titles=("GOVERNMENT OF INDIA", "O/o the Commissioner, CGST Udaipur",
                             "SSO ID creation template"), blank_before=1), XLSX, "SSO_creation.xlsx")]
         + sb2("LOKESH BANSAL", "MANISHA RAWAT", "NARESH SHARMA"),
         kind="icegate", rt=CR, errors=[(9, "last_name", "initials_in_name")], action="request_missing",
         kinds=["template", "service_book"])

    rows = ser(O("Om", "Prakash", "Inspector", "01/10/1995", "03/11/2025", "9414112341", "omprakash95@gmail.com", "CGST Jodhpur", loc="Jodhpur"),
               O("Pushpa", "Choudhary", "Inspector", "02/10/1995", "03/11/2025", "9414112342", "pushpachoudhary95@gmail.com", "CGST Jodhpur"))
    case("creation-red-location-empty",
         "Individual ICEGATE ID; this Commissionerate's template has Location in red too; r5 leaves Location empty; empty Middle Name/Employee ID (black) are fine",
         "hanuman.singh@icegate.gov.in", "Hanuman Singh", "SSO ID creation - CGST Jodhpur",
         "Sir,\n\nKindly create SSO IDs for two Inspectors. Template and service books attached.\n\n"
         "Hanuman Singh\nSuperintendent (Systems), CGST Jodhpur\n",
         [A(xl(rows, colours=STD_RED[:10] + [RED, BLACK]), XLSX, "SSO_creation.xlsx")]
         + sb2("OM PRAKASH", "PUSHPA CHOUDHARY"),
         kind="icegate", rt=CR, errors=[(5, "location", "missing_mandatory")], action="request_missing",
         kinds=["template", "service_book"])

    rows = ser(O("Ruchi", "Tandon", "Inspector", "01/01/1997", "03/11/2025", "9415212341", "ruchitandon97@gmail.com", ""),
               O("Saurabh", "Mehrotra", "Inspector", "02/02/1997", "03/11/2025", "9415212342", "saurabh.m97@gmail.com", "CGST Kanpur"))
    case("creation-all-black-office-empty",
         "Individual ICEGATE ID; re-typed template with every header black (default mandatory columns apply), header on row 1; r2 has no Commissionerate/Office",
         "vinay.awasthi@icegate.gov.in", "Vinay Awasthi", "SSO ID creation - CGST Kanpur",
         "Sir,\n\nKindly create SSO IDs for two Inspectors. Template and service books attached.\n\n"
         "Vinay Awasthi\nSuperintendent (Systems), CGST Kanpur\n",
         [A(xl(rows, colours=[BLACK] * 12, titles=()), XLSX, "SSO_creation.xlsx")] + sb2("RUCHI TANDON", "SAURABH MEHROTRA"),
         kind="icegate", rt=CR, errors=[(2, "office", "missing_mandatory")], action="request_missing",
         kinds=["template", "service_book"])

    good = xl(ser(*clean_rows([25], "CGST Noida")))
    case("creation-corrupt-xlsx",
         "Individual ICEGATE ID; 'SSO_creation.xlsx' arrived truncated (half a zip): a template by its name, unreadable",
         "deepak.chaudhary@icegate.gov.in", "Deepak Chaudhary", "SSO ID creation - CGST Noida",
         "Sir,\n\nKindly create SSO ID for Shri Amit Verma, Inspector. Template and service book attached.\n\n"
         "Deepak Chaudhary\nSuperintendent (Systems), CGST Noida\n",
         [A(good[: len(good) // 2], XLSX, "SSO_creation.xlsx")] + books([25]),
         kind="icegate", rt=CR, errors=[(0, "", "unreadable")], action="request_missing",
         kinds=["template", "service_book"])

    rows = ser(O("Kunal", "Thakkar", "Inspector", "11/04/1996", "27/10/2025", "9426011873", "kunal.thakkar96@gmail.com", "Custom House Mundra"),
               O("R", "Solanki", "Inspector", "23/01/1998", "27/10/2025", "9426011873", "riyasolanki.b@yahoo.com", "Custom House Mundra"),
               None,
               O("Hetal", "Modi", "Inspector", "31-11-1995", "27/10/2025", "9426011875", "edi.mundra@icegate.gov.in", "Custom House Mundra"),
               O("Jay", "Parikh", "", "05/05/1996", "27/10/2025", "9426011876", "kunal.thakkar96@gmail.com", "Custom House Mundra"))
    case("creation-sysmgr-mixed-errors-partial-signature",
         "Mundra System Manager's generic ICEGATE ID signs with name and designation only; template: r5 first name 'R' and r4's mobile repeated, r6 blank, r7 DOB 31-11-1995 (no such day) and an ICEGATE office mailbox as alternate e-mail, r8 no designation and r4's alternate e-mail repeated",
         "sysmgr.mundra@icegate.gov.in", "System Manager Mundra", "Creation of SSO ID - 4 Inspectors",
         "Sir,\n\nKindly create SSO IDs for the four Inspectors in the attached template. Service books attached.\n\n"
         "Regards,\nHitesh Parmar\nDeputy Commissioner (System Manager)\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")] + sb2("KUNAL THAKKAR", "RIYA SOLANKI"),
         kind="generic", rt=CR, missing=["signature_email", "signature_phone"],
         errors=[(5, "first_name", "initials_in_name"), (5, "mobile", "duplicate_mobile"),
                 (7, "date_of_birth", "invalid_date"), (7, "alt_email", "generic_alt_email"),
                 (8, "designation", "missing_mandatory"), (8, "alt_email", "duplicate_alt_email")],
         action="request_missing", kinds=["template", "service_book"])

    rows = ser(O("Sahil", "K", "Inspector", "09/09/1998", "06/10/2025", "9797012345", "sahil.k98@gmail.com", "CGST Jammu"))
    case("creation-gmail-initial-surname",
         "A new Inspector writes from his personal Gmail with his own template; last name written as the initial 'K'",
         "sahil.k98@gmail.com", "Sahil K", "SSO ID creation request",
         "Sir,\n\nI joined CGST Jammu on 06.10.2025 as Inspector. Kindly create my SSO ID. Template and service\n"
         "book attached.\n\nSahil\nInspector, CGST Jammu\n",
         [A(xl(rows), XLSX, "Template (1).xlsx", style="2047"), A(jpg(701), JPG, "service book.jpg", style="2047")],
         kind="personal", rt=CR, missing=["icegate_sender"], errors=[(4, "last_name", "initials_in_name")],
         action="request_missing", kinds=["template", "service_book"], mailer="gmail")

    # ---------------------------------------------------------------- D. creation that a person must judge
    idx = [4]
    case("creation-jc-certificate-in-place-of-book",
         "Individual ICEGATE ID; the officer's service book has not come from CBDT, so a certificate of name/DOB/DOJ signed by the Joint Commissioner is sent with the template",
         "kausik.bose@icegate.gov.in", "Kausik Bose", "SSO ID creation - Shri Abdul Rahim Khan (absorbed)",
         "Sir,\n\nShri Abdul Rahim Khan, Superintendent, absorbed from CBDT; his service book is awaited. A\n"
         "certificate of his particulars signed by the Joint Commissioner is attached with the template.\n\n"
         "Kausik Bose\nAssistant Commissioner (Systems), CGST Howrah\n",
         [A(xl(ser(*clean_rows(idx, "CGST Howrah"))), XLSX, "SSO_creation.xlsx"),
          A(cert(full_name(4), "30/06/1984", "16/03/2009", by="Joint Commissioner (P&V)"), PDF, "Certificate.pdf")],
         kind="icegate", rt=CR, action="review", kinds=["template", "certification_letter"])

    idx = [7]
    case("creation-addl-commr-certificate-generic",
         "System Manager's generic ICEGATE ID (full signature); certificate signed by the Additional Commissioner (Estt.) in place of the service book",
         "sysmgr.jaipur@icegate.gov.in", "System Manager Jaipur Customs", "SSO ID creation - Appraiser",
         "Sir,\n\nKindly create SSO ID for the Appraiser in the attached template. His service book is with the\n"
         "previous cadre; the certificate issued by the Additional Commissioner is attached instead.\n"
         + sig("Mahesh Sharma", "Superintendent (System Manager)", "mahesh.sharma@icegate.gov.in", "9414055443",
               "Custom House Jaipur"),
         [A(xl(ser(*clean_rows(idx, "Custom House Jaipur"))), XLSX, "SSO_creation.xlsx"),
          A(cert(full_name(7), "25/02/1992", "15/09/2025", by="Additional Commissioner (Estt.)"), PDF,
            "Certificate of particulars - Vikram Singh Rathore.pdf")],
         kind="generic", rt=CR, action="review", kinds=["template", "certification_letter"])

    rows = ser(O("Kishan", "Lal", "Inspector", "02/02/1996", "03/11/2025", "9460012345", "kishanlal96@gmail.com", "CGST Bikaner"),
               O("Leela", "Ram", "Inspector", "03/03/1996", "03/11/2025", "9460012345", "leelaram96@gmail.com", "CGST Bikaner"))
    case("creation-commr-certificate-with-template-error",
         "Individual ICEGATE ID; certificate signed by the Commissioner in place of the service books, and r5 repeats r4's mobile: review (precedence), the template error still listed",
         "gordhan.ram@icegate.gov.in", "Gordhan Ram", "SSO ID creation - CGST Bikaner",
         "Sir,\n\nKindly create SSO IDs for two Inspectors. Their service books are under preparation; a\n"
         "certificate signed by the Commissioner is attached with the template.\n\nGordhan Ram\nSuperintendent (Systems), CGST Bikaner\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx"),
          A(pdf("OFFICE OF THE COMMISSIONER, CGST BIKANER", "CERTIFICATE",
                "Certified that the names, dates of birth and dates of joining of the following Inspectors",
                "are as per the records of this office: 1. Kishan Lal 02/02/1996 03/11/2025",
                "2. Leela Ram 03/03/1996 03/11/2025", "(Seal)", "Commissioner"), PDF, "Cert.pdf")],
         kind="icegate", rt=CR, errors=[(5, "mobile", "duplicate_mobile")], action="review",
         kinds=["template", "certification_letter"])

    idx = [11]
    case("creation-gmail-jc-certificate",
         "An officer's personal Gmail sends template and a Joint Commissioner's certificate: review (certificate in place of the service book), missing icegate_sender still listed",
         "gauravmishra.lko@gmail.com", "Gaurav Mishra", "SSO ID creation",
         "Sir,\n\nI joined on 06.10.2025. My template and a certificate from the Joint Commissioner are attached\n"
         "as my service book is not yet opened.\n\nGaurav Mishra\nInspector, CGST Lucknow\n",
         [A(xl(ser(*clean_rows(idx, "CGST Lucknow"))), XLSX, "SSO_creation.xlsx", style="2047"),
          A(cert(full_name(11), "02/10/1994", "06/10/2025", by="Joint Commissioner (Estt.)"), PDF,
            "JC certificate.pdf", style="2047")],
         kind="personal", rt=CR, missing=["icegate_sender"], action="review",
         kinds=["template", "certification_letter"], mailer="gmail")

    rows = ser(O("Vivek", "Anand", "Deputy Director", "14/04/1988", "01/09/2014", "9818012345", "vivekanand.88@gmail.com",
                 "DRI Headquarters", loc="Dubai (COIN posting)"))
    case("creation-coin-posting-dri-hq",
         "Additional Director, DRI HQ (individual ICEGATE ID) asks for an SSO ID for an officer on a COIN posting at the Consulate General of India, Dubai; template and service book complete",
         "addl.dir.sharma@icegate.gov.in", "Rakesh Sharma", "SSO ID creation - officer on COIN posting",
         "Sir,\n\nKindly create an SSO ID and ICEGATE e-mail ID for Shri Vivek Anand, Deputy Director, who is on a\n"
         "COIN posting as Customs Attache at the Consulate General of India, Dubai. Template and service book\n"
         "page attached.\n\nRakesh Sharma\nAdditional Director, DRI (Hqrs.), New Delhi\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx"),
          A(sbook("Vivek Anand", "14/04/1988", "01/09/2014"), PDF, "Service Book - Vivek Anand.pdf")],
         kind="icegate", rt=CR, action="review", kinds=["template", "service_book"])

    rows = ser(O("Sunita", "Bhandari", "Superintendent", "19/11/1982", "10/06/2006", "9871012345",
                 "sunita.bhandari82@gmail.com", "DRI Headquarters", loc="Washington DC"))
    case("creation-posted-outside-india-no-book",
         "Joint Director, DRI HQ (individual ICEGATE ID): officer posted outside India (Embassy of India, Washington DC); template only, service book to follow: review wins, service_book still missing",
         "jd.nair@icegate.gov.in", "Suresh Nair", "SSO ID - officer posted abroad",
         "Sir,\n\nKindly create SSO ID for Smt. Sunita Bhandari, Superintendent, posted outside India at the\n"
         "Embassy of India, Washington DC. Template attached; service book copy will follow.\n\n"
         "Suresh Nair\nJoint Director, DRI Headquarters\n",
         [A(xl(rows), XLSX, "SSO_creation.xlsx")],
         kind="icegate", rt=CR, missing=["service_book"], action="review", kinds=["template"])

    # ---------------------------------------------------------------- E. designation update on promotion
    DU = "designation_update"
    PO = lambda no, name, a="Inspector", b="Superintendent": promo(no, "10.11.2025", name, a, b)
    case("promotion-sysmgr-order-no-45-sb-pdf",
         "System Manager's generic ICEGATE ID (full signature): 'Promotion Order No. 45-2025.pdf' and 'SB.pdf'",
         "sysmgr.visakhapatnam@icegate.gov.in", "System Manager Visakhapatnam", "Updation of designation on promotion - Shri K Srinivas",
         "Sir,\n\nShri Kandula Srinivas, Inspector, has been promoted as Superintendent vide Promotion Order\n"
         "No. 45/2025. Kindly update his designation in ACES. The promotion order and the first page of his\n"
         "service book are attached.\n"
         + sig("Ch. Venkata Rao", "Appraiser (System Manager)", "venkata.rao@icegate.gov.in", "9440012377",
               "Custom House, Visakhapatnam"),
         [A(PO("45/2025", "Kandula Srinivas"), PDF, "Promotion Order No. 45-2025.pdf"),
          A(sbook("Kandula Srinivas", "12/06/1980", "02/01/2006"), PDF, "SB.pdf")],
         kind="generic", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"])

    case("promotion-office-order-service-book-named",
         "Individual ICEGATE ID: 'Office Order - promotion.pdf' and 'Service Book - Ravi.pdf'",
         "ravi.prakash@icegate.gov.in", "Ravi Prakash", "Designation change on promotion",
         "Sir,\n\nI have been promoted from Inspector to Superintendent. Kindly update my designation in ACES.\n"
         "Office order and service book first page attached.\n\nRavi Prakash\nSuperintendent, CGST Dehradun\nMob 9412098765\n",
         [A(PO("112/2025", "Ravi Prakash"), PDF, "Office Order - promotion.pdf"),
          A(sbook("Ravi Prakash", "01/03/1979", "11/11/2004"), PDF, "Service Book - Ravi.pdf")],
         kind="icegate", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"])

    case("promotion-dpc-order-book-photo",
         "Individual ICEGATE ID: 'DPC order.pdf' (text layer: promotion on the DPC's recommendation) and 'service_book_page1.jpg'",
         "meenu.arora@icegate.gov.in", "Meenu Arora", "Request to update designation - promoted as Appraiser",
         "Sir,\n\nI have been promoted as Appraiser on the recommendation of the DPC. Please update my\n"
         "designation in ACES. The DPC order and my service book page are attached.\n\nMeenu Arora\nAppraiser, ICD Patparganj\n",
         [A(PO("DPC/07/2025", "Meenu Arora", "Examiner", "Appraiser"), PDF, "DPC order.pdf"),
          A(jpg(801), JPG, "service_book_page1.jpg")],
         kind="icegate", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"])

    case("promotion-establishment-order-scan0001",
         "Individual ICEGATE ID: 'Establishment Order No. 214-2025.pdf' (a promotion by its text layer) and 'Scan0001.pdf' (a service book by its text layer)",
         "yogendra.singh@icegate.gov.in", "Yogendra Singh", "Designation updation after promotion",
         "Sir,\n\nConsequent upon my promotion to Superintendent, kindly update my designation in ACES.\n"
         "Establishment order and service book attached.\n\nYogendra Singh\nSuperintendent, CGST Gwalior\n",
         [A(PO("214/2025", "Yogendra Singh"), PDF, "Establishment Order No. 214-2025.pdf"),
          A(sbook("Yogendra Singh", "07/07/1978", "15/09/2003"), PDF, "Scan0001.pdf")],
         kind="icegate", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"])

    case("promotion-hindi-file-names",
         "Individual ICEGATE ID via Thunderbird; files named in Hindi and English (RFC 2231): 'पदोन्नति आदेश - Promotion Order.pdf' and 'सेवा पुस्तिका.jpg'",
         "ramesh.yadav@icegate.gov.in", "Ramesh Yadav", "पदोन्नति पर पदनाम अद्यतन / Designation update on promotion",
         "महोदय,\n\nमेरी पदोन्नति अधीक्षक के पद पर हुई है। कृपया ACES में मेरा पदनाम अद्यतन करें।\n"
         "Sir, I have been promoted as Superintendent; kindly update my designation in ACES. Promotion\n"
         "order and service book page attached.\n\nRamesh Yadav\nSuperintendent, CGST Varanasi\n",
         [A(PO("88/2025", "Ramesh Yadav"), PDF, "पदोन्नति आदेश - Promotion Order.pdf"),
          A(jpg(811), JPG, "सेवा पुस्तिका.jpg")],
         kind="icegate", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"], mailer="tb")

    case("promotion-order-only",
         "Individual ICEGATE ID: promotion order only; the service book is not attached",
         "kamala.devi@icegate.gov.in", "Kamala Devi", "Update of designation - promoted to Superintendent",
         "Sir,\n\nI have been promoted to Superintendent vide the attached order. Kindly update my designation\n"
         "in ACES.\n\nKamala Devi\nSuperintendent, CGST Tirupati\n",
         [A(PO("61/2025", "Kamala Devi"), PDF, "Promotion order.pdf")],
         kind="icegate", rt=DU, missing=["service_book"], action="request_missing", kinds=["promotion_order"])

    case("promotion-book-only",
         "Individual ICEGATE ID: service book only; 'promotion order will be sent once received'",
         "imran.khan.s@icegate.gov.in", "Imran Khan", "Designation update on promotion",
         "Sir,\n\nI have been promoted as Appraiser. Kindly update my designation in ACES. My service book page\n"
         "is attached; the promotion order will be sent once received from Estt.\n\nImran Khan\nAppraiser, Air Cargo Mumbai\n",
         [A(sbook("Imran Khan", "09/09/1985", "01/04/2011"), PDF, "Service book first page.pdf")],
         kind="icegate", rt=DU, missing=["promotion_order"], action="request_missing", kinds=["service_book"])

    case("promotion-from-gmail",
         "An officer writes from his personal Gmail with both documents (not from ICEGATE)",
         "sk.mohanty.ctc@gmail.com", "Sanjay Mohanty", "Designation updation on promotion",
         "Sir,\n\nI was promoted to Superintendent. Please update my designation in ACES. Order and service book\n"
         "attached.\n\nSanjay Kumar Mohanty\nSuperintendent, CGST Cuttack\n",
         [A(PO("77/2025", "Sanjay Kumar Mohanty"), PDF, "Promotion Order.pdf", style="2047"),
          A(jpg(821), JPG, "Service Book.jpg", style="2047")],
         kind="personal", rt=DU, missing=["icegate_sender"], action="request_missing",
         kinds=["promotion_order", "service_book"], mailer="gmail")

    case("promotion-generic-no-phone",
         "Commissionerate admin's generic ICEGATE ID; signature with name, designation and individual e-mail, no contact number",
         "commadmin.cgstraipur@icegate.gov.in", "Comm Admin CGST Raipur", "Designation update - promoted officers",
         "Sir,\n\nKindly update the designation of Shri Ajit Tirkey, promoted as Superintendent. The promotion\n"
         "order and his service book are attached.\n\nRegards,\nNeelam Sahu\nSuperintendent (Commissionerate Admin)\n"
         "neelam.sahu@icegate.gov.in\n",
         [A(PO("19/2025", "Ajit Tirkey"), PDF, "Promotion Order 19-2025.pdf"),
          A(sbook("Ajit Tirkey", "10/10/1981", "05/05/2007"), PDF, "Service Book Ajit Tirkey.pdf")],
         kind="generic", rt=DU, missing=["signature_phone"], action="request_missing",
         kinds=["promotion_order", "service_book"])

    case("promotion-order-as-img-jpg",
         "Individual ICEGATE ID; the promotion order is a phone photo 'IMG_20251118_164210.jpg' (other); service book attached: promotion order missing",
         "pradeep.nair@icegate.gov.in", "Pradeep Nair", "Designation update after promotion",
         "Sir,\n\nI have been promoted to Superintendent. The photo of the order and my service book are\n"
         "attached. Kindly update my designation in ACES.\n\nPradeep Nair\nSuperintendent, CGST Kottayam\n",
         [A(jpg(831), JPG, "IMG_20251118_164210.jpg"),
          A(sbook("Pradeep Nair", "03/03/1982", "06/06/2008"), PDF, "Service Book.pdf")],
         kind="icegate", rt=DU, missing=["promotion_order"], action="request_missing", kinds=["other", "service_book"])

    inner_t = dt.datetime(2025, 11, 19, 11, 0, 0, tzinfo=IST)
    case("promotion-sysmgr-forwards-rfc822",
         "System Manager's generic ICEGATE ID (full signature) forwards the officer's mail as an attached message/rfc822 carrying the order and the service book",
         "sysmgr.mangalore@icegate.gov.in", "System Manager NMPT", "Fwd: Designation update",
         "Sir,\n\nForwarded for updation of designation of the officer in ACES.\n"
         + sig("Ganesh Pai", "Superintendent (System Manager)", "ganesh.pai@icegate.gov.in", "9448011331",
               "Custom House, New Mangalore"),
         [fwd822("ashwin.shenoy@icegate.gov.in", "Ashwin Shenoy", "Designation update", inner_t,
                 "c11-inner-e11@icegate.gov.in",
                 "Sir,\nI have been promoted to Superintendent. Order and service book attached.\nAshwin Shenoy\n",
                 [A(PO("33/2025", "Ashwin Shenoy"), PDF, "Promotion order.pdf"),
                  A(sbook("Ashwin Shenoy", "04/04/1983", "02/02/2009"), PDF, "Service book.pdf")])],
         kind="generic", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book"])

    case("promotion-nic-office-full-signature",
         "A Commissionerate's office mailbox on nic.in (generic, not ICEGATE) sends order and service book with a full signature",
         "cexcochi@nic.in", "CGST Kochi", "Designation change on promotion - 3 officers",
         "Sir,\n\nKindly update the designation of Shri Biju Paul, promoted as Superintendent. Promotion order and\n"
         "service book attached.\n"
         + sig("Suma George", "Superintendent (EDP)", "suma.george@icegate.gov.in", "9447012399", "CGST Kochi"),
         [A(PO("55/2025", "Biju Paul"), PDF, "Promotion Order.pdf"),
          A(sbook("Biju Paul", "01/01/1980", "03/03/2005"), PDF, "Service Book - Biju Paul.pdf")],
         kind="generic", rt=DU, missing=["icegate_sender"], action="request_missing",
         kinds=["promotion_order", "service_book"], mailer="nic")

    case("promotion-outlook-inline-logo",
         "Outlook (CRLF) from an individual ICEGATE ID with the logo inline in the signature (other); order and service book attached",
         "sudipta.ghosh@icegate.gov.in", "Sudipta Ghosh", "Updation of designation on promotion",
         "Sir,\n\nI have been promoted to Appraiser. Kindly update my designation in ACES. Promotion order and\n"
         "service book page attached.\n\nRegards,\nSudipta Ghosh\nAppraiser, Custom House Kolkata\n[cid:image001.png@01DC0075.A1B2C3D0]\n",
         [A(PO("140/2025", "Sudipta Ghosh", "Examiner", "Appraiser"), PDF, "Promotion Order 140.pdf"),
          A(sbook("Sudipta Ghosh", "12/12/1986", "01/10/2012"), PDF, "Service Book.pdf")],
         kind="icegate", rt=DU, action="acknowledge", kinds=["promotion_order", "service_book", "other"],
         mailer="outlook", logo=True, crlf=True)

    case("promotion-two-officers-covering-letter",
         "ACL admin's generic ICEGATE ID (full signature): covering letter, one promotion order for two officers and two service books",
         "acladmin.cgstsalem@icegate.gov.in", "ACL Admin CGST Salem", "Designation updation - 2 Superintendents",
         "Sir,\n\nKindly update the designation of two officers promoted to Superintendent. Covering letter,\n"
         "promotion order and service books attached.\n"
         + sig("Kannan R", "Superintendent & ACL Admin", "kannan.r@icegate.gov.in", "9443022118", "CGST Salem"),
         [A(covering("Updation of designation on promotion"), PDF, "Covering letter.pdf"),
          A(PO("66/2025", "Murugan S and Valli K"), PDF, "Promotion order 66-2025.pdf"),
          A(sbook("Murugan Selvaraj", "05/05/1981", "01/02/2006"), PDF, "SB Murugan.pdf"),
          A(sbook("Valli Kannappan", "06/06/1982", "01/02/2006"), PDF, "SB Valli.pdf")],
         kind="generic", rt=DU, action="acknowledge",
         kinds=["other", "promotion_order", "service_book", "service_book"])

    case("promotion-reply-order-only-in-quote",
         "Reply sending the service book the helpdesk asked for; the promotion order is only mentioned in the quoted text: missing promotion_order",
         "harsha.vardhan@icegate.gov.in", "Harsha Vardhan", "Re: Designation update on promotion",
         "Sir,\n\nAs asked, my service book first page is attached.\n\nHarsha Vardhan\nSuperintendent, CGST Warangal\n\n"
         "On 18/11/2025 10:15, Saksham Seva wrote:\n> Please send your service book first page.\n>\n"
         "> On 17/11/2025 09:30, Harsha Vardhan wrote:\n>> Promotion order attached. Please update my designation.\n",
         [A(sbook("Harsha Vardhan", "08/08/1984", "02/02/2010"), PDF, "Service Book.pdf")],
         kind="icegate", rt=DU, missing=["promotion_order"], action="request_missing", kinds=["service_book"],
         mailer="tb", extra={"In-Reply-To": "<c11-ack-0178@icegate.gov.in>", "References": "<c11-ack-0178@icegate.gov.in>"})

    # ---------------------------------------------------------------- F. role mapping on transfer / posting
    RM = "role_mapping"
    TO = lambda name, desig="Inspector": transfer("210/2025", "02.06.2025", name, desig, "CGST Delhi North", "CGST Delhi South")
    PT = lambda name, desig="Inspector", post="Range-IV, Division Okhla": posting("37/2025", "09.06.2025", name, desig, post)
    CH = lambda name, desig="Inspector", post="Inspector, Range-IV", title="CERTIFICATE OF ASSUMPTION OF CHARGE": \
        charge(name, desig, post, "10.06.2025", title)
    case("transfer-three-documents-plain-names",
         "Individual ICEGATE ID: joined on transfer, asks for ACES/GST roles; 'Transfer order.pdf', 'Local posting order.pdf', 'Charge report.pdf'",
         "nitin.bhardwaj@icegate.gov.in", "Nitin Bhardwaj", "Mapping of roles in ACES-GST after transfer",
         "Sir,\n\nI have joined CGST Delhi South on transfer and am posted to Range-IV, Division Okhla. Kindly map\n"
         "the roles of Range Inspector in ACES-GST BO and unmap my old roles. Transfer order, local posting\n"
         "order and charge report attached.\n\nNitin Bhardwaj\nInspector, CGST Delhi South\n",
         [A(TO("Nitin Bhardwaj"), PDF, "Transfer order.pdf"), A(PT("Nitin Bhardwaj"), PDF, "Local posting order.pdf"),
          A(CH("Nitin Bhardwaj"), PDF, "Charge report.pdf")],
         kind="icegate", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-sysmgr-establishment-order-joining-report",
         "System Manager's generic ICEGATE ID (full signature): 'Establishment Order No 112-2025.pdf' (a transfer by its text), 'Posting order.pdf', 'Joining report.pdf'",
         "sysmgr.chennaiair@icegate.gov.in", "System Manager Chennai Air", "Role mapping in ACES - officer joined on transfer",
         "Sir,\n\nShri Arun Prasad, Superintendent, has joined Air Cargo Complex, Chennai on transfer. Kindly map\n"
         "his roles in ACES as per the posting order. The establishment order, posting order and joining\n"
         "report are attached.\n"
         + sig("Revathi S", "Appraiser (System Manager)", "revathi.s@icegate.gov.in", "9444033221", "Air Cargo Complex, Chennai"),
         [A(transfer("112/2025", "20.05.2025", "Arun Prasad", "Superintendent", "Custom House Tuticorin",
                     "Air Cargo Complex Chennai"), PDF, "Establishment Order No 112-2025.pdf"),
          A(PT("Arun Prasad", "Superintendent", "Import Shed"), PDF, "Posting order.pdf"),
          A(CH("Arun Prasad", "Superintendent", "Superintendent, Import Shed", "JOINING REPORT"), PDF, "Joining report.pdf")],
         kind="generic", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-relieving-and-joining-reports",
         "Individual ICEGATE ID: transfer order, local posting order, relieving report and joining report (two charge reports)",
         "preeti.rawal@icegate.gov.in", "Preeti Rawal", "Unmapping and mapping of roles - joined on transfer",
         "Sir,\n\nI was relieved from CGST Delhi North and joined CGST Delhi South. Kindly unmap my earlier roles\n"
         "and map the roles of my new posting in ACES-GST. All four documents are attached.\n\n"
         "Preeti Rawal\nInspector, CGST Delhi South\n",
         [A(TO("Preeti Rawal"), PDF, "Transfer order.pdf"), A(PT("Preeti Rawal"), PDF, "Local posting order.pdf"),
          A(CH("Preeti Rawal", title="RELIEVING REPORT"), PDF, "Relieving report.pdf"),
          A(CH("Preeti Rawal", title="JOINING REPORT"), PDF, "Joining report.pdf")],
         kind="icegate", rt=RM, action="acknowledge",
         kinds=["transfer_order", "posting_order", "charge_report", "charge_report"])

    case("transfer-assumption-of-charge",
         "Individual ICEGATE ID: 'Transfer Order.pdf', 'Posting order - Range II.pdf', 'Assumption of charge.pdf'",
         "lalit.mohan@icegate.gov.in", "Lalit Mohan", "Role mapping in ACES after transfer",
         "Sir,\n\nI have assumed charge as Superintendent, Range II after transfer. Kindly assign the roles in\n"
         "ACES. Documents attached.\n\nLalit Mohan\nSuperintendent, CGST Alwar\n",
         [A(TO("Lalit Mohan", "Superintendent"), PDF, "Transfer Order.pdf"),
          A(PT("Lalit Mohan", "Superintendent", "Range II"), PDF, "Posting order - Range II.pdf"),
          A(CH("Lalit Mohan", "Superintendent", "Superintendent, Range II"), PDF, "Assumption of charge.pdf")],
         kind="icegate", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-no-charge-report",
         "Individual ICEGATE ID: transfer and posting orders; the charge report is not attached",
         "swati.bhatt@icegate.gov.in", "Swati Bhatt", "Mapping of roles in ACES",
         "Sir,\n\nI joined on transfer. Kindly map my roles in ACES-GST BO as per the attached transfer and\n"
         "posting orders.\n\nSwati Bhatt\nInspector, CGST Ahmedabad South\n",
         [A(TO("Swati Bhatt"), PDF, "Transfer order.pdf"), A(PT("Swati Bhatt"), PDF, "Local posting order.pdf")],
         kind="icegate", rt=RM, missing=["charge_report"], action="request_missing",
         kinds=["transfer_order", "posting_order"])

    case("transfer-no-posting-order",
         "Individual ICEGATE ID: transfer order and joining report; the local posting order is 'yet to be issued'",
         "rahul.dev@icegate.gov.in", "Rahul Dev", "Role mapping after transfer",
         "Sir,\n\nI have joined on transfer; kindly map my roles in ACES. Transfer order and joining report\n"
         "attached; the local posting order is yet to be issued.\n\nRahul Dev\nInspector, CGST Chandigarh\n",
         [A(TO("Rahul Dev"), PDF, "Transfer order.pdf"),
          A(CH("Rahul Dev", title="JOINING REPORT"), PDF, "Joining report.pdf")],
         kind="icegate", rt=RM, missing=["posting_order"], action="request_missing",
         kinds=["transfer_order", "charge_report"])

    case("transfer-order-only",
         "Individual ICEGATE ID: only the transfer order",
         "sapna.kumari@icegate.gov.in", "Sapna Kumari", "Mapping in ACES - transferred",
         "Sir,\n\nI have been transferred to CGST Ranchi. Kindly map me in ACES. Transfer order attached.\n\n"
         "Sapna Kumari\nInspector\n",
         [A(TO("Sapna Kumari"), PDF, "Transfer order.pdf")],
         kind="icegate", rt=RM, missing=["posting_order", "charge_report"], action="request_missing",
         kinds=["transfer_order"])

    case("transfer-from-gmail",
         "An officer writes from personal Gmail with all three documents",
         "vinodkumar.tvm@gmail.com", "Vinod Kumar", "Role mapping in ACES after transfer",
         "Sir,\n\nI have joined CGST Thiruvananthapuram on transfer. Kindly map my roles in ACES. Transfer order,\n"
         "posting order and charge report attached.\n\nVinod Kumar\nInspector\n",
         [A(TO("Vinod Kumar"), PDF, "Transfer order.pdf", style="2047"),
          A(PT("Vinod Kumar"), PDF, "Posting order.pdf", style="2047"),
          A(CH("Vinod Kumar"), PDF, "Charge report.pdf", style="2047")],
         kind="personal", rt=RM, missing=["icegate_sender"], action="request_missing",
         kinds=["transfer_order", "posting_order", "charge_report"], mailer="gmail")

    case("transfer-generic-no-individual-email",
         "Division's generic ICEGATE ID signs with name, designation and landline but no individual e-mail",
         "division3.cgstpune@icegate.gov.in", "Division III CGST Pune", "Mapping of roles - officer joined on transfer",
         "Sir,\n\nShri Akshay Joshi, Inspector, joined Division III on transfer. Kindly map his roles in ACES-GST.\n"
         "Transfer order, local posting order and charge report attached.\n\nRegards,\nSmita Kulkarni\n"
         "Assistant Commissioner, Division III\nTel: 020-26051234\n",
         [A(TO("Akshay Joshi"), PDF, "Transfer order.pdf"), A(PT("Akshay Joshi"), PDF, "Local posting order.pdf"),
          A(CH("Akshay Joshi"), PDF, "Charge report.pdf")],
         kind="generic", rt=RM, missing=["signature_email"], action="request_missing",
         kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-with-role-sheet-xlsx",
         "Individual ICEGATE ID: the three documents plus a Division role sheet (.xlsx without the template header: other)",
         "manoj.tiwari@icegate.gov.in", "Manoj Tiwari", "ACES role mapping after transfer",
         "Sir,\n\nI have joined on transfer. Kindly map the roles listed in the attached sheet in ACES. Transfer\n"
         "order, posting order and charge report are attached.\n\nManoj Tiwari\nSuperintendent, CGST Allahabad\n",
         [A(TO("Manoj Tiwari", "Superintendent"), PDF, "Transfer order.pdf"),
          A(PT("Manoj Tiwari", "Superintendent", "Range I"), PDF, "Local posting order.pdf"),
          A(CH("Manoj Tiwari", "Superintendent", "Superintendent, Range I"), PDF, "Charge report.pdf"),
          A(roles_sheet([("Manoj Tiwari", "1234567", "Range I", "Range Superintendent")]), XLSX, "Roles required.xlsx")],
         kind="icegate", rt=RM, action="acknowledge",
         kinds=["transfer_order", "posting_order", "charge_report", "other"])

    inner_t = dt.datetime(2025, 11, 25, 10, 0, 0, tzinfo=IST)
    case("transfer-sysmgr-forwards-rfc822",
         "System Manager's generic ICEGATE ID (full signature) forwards the officer's mail as message/rfc822 with the three documents inside",
         "sysmgr.kolkataport@icegate.gov.in", "System Manager Kolkata Port", "Fwd: Mapping of roles",
         "Sir,\n\nForwarded for mapping of roles in ACES.\n"
         + sig("Arindam Chatterjee", "Superintendent (EDI) & System Manager", "arindam.chatterjee@icegate.gov.in",
               "033-22135470", "Custom House, Kolkata"),
         [fwd822("tapas.dey@icegate.gov.in", "Tapas Dey", "Mapping of roles", inner_t, "c11-inner-f11@icegate.gov.in",
                 "Sir,\nI have joined on transfer. Documents attached for role mapping in ACES.\nTapas Dey\nInspector\n",
                 [A(TO("Tapas Dey"), PDF, "Transfer order.pdf"), A(PT("Tapas Dey"), PDF, "Posting order.pdf"),
                  A(CH("Tapas Dey"), PDF, "Charge report.pdf")])],
         kind="generic", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-outlook-inline-logo",
         "Outlook (CRLF) from an individual ICEGATE ID with the inline logo (other); three documents",
         "rohini.desai@icegate.gov.in", "Rohini Desai", "Mapping of roles in ACES - joined on transfer",
         "Sir,\n\nI have joined CGST Goa on transfer. Kindly map my roles in ACES. Documents attached.\n\n"
         "Regards,\nRohini Desai\nInspector, CGST Goa\n[cid:image001.png@01DC0090.A1B2C3D0]\n",
         [A(TO("Rohini Desai"), PDF, "Transfer order.pdf"), A(PT("Rohini Desai"), PDF, "Local posting order.pdf"),
          A(CH("Rohini Desai"), PDF, "Charge report.pdf")],
         kind="icegate", rt=RM, action="acknowledge",
         kinds=["transfer_order", "posting_order", "charge_report", "other"], mailer="outlook", logo=True, crlf=True)

    case("transfer-hindi-named-orders",
         "Individual ICEGATE ID via Thunderbird; files named in Hindi and English (RFC 2231): 'स्थानांतरण आदेश - Transfer Order.pdf', 'स्थानीय तैनाती आदेश - Local Posting Order.pdf', 'कार्यभार ग्रहण रिपोर्ट - Charge Report.pdf'",
         "pawan.kumar.v@icegate.gov.in", "Pawan Kumar", "स्थानांतरण पर ACES में रोल मैपिंग / Role mapping after transfer",
         "महोदय,\nमेरा स्थानांतरण सीजीएसटी वाराणसी में हुआ है। कृपया ACES में रोल मैप करें।\n"
         "Sir, kindly map my roles in ACES after transfer. Documents attached.\n\nPawan Kumar\nInspector, CGST Varanasi\n",
         [A(TO("Pawan Kumar"), PDF, "स्थानांतरण आदेश - Transfer Order.pdf"),
          A(PT("Pawan Kumar"), PDF, "स्थानीय तैनाती आदेश - Local Posting Order.pdf"),
          A(CH("Pawan Kumar"), PDF, "कार्यभार ग्रहण रिपोर्ट - Charge Report.pdf")],
         kind="icegate", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"],
         mailer="tb")

    case("transfer-charge-report-photo-named",
         "Individual ICEGATE ID: transfer and posting orders as PDFs, the charge report as a photo named 'Charge report.jpg'",
         "kavitha.raman@icegate.gov.in", "Kavitha Raman", "Role mapping - joined on transfer",
         "Sir,\n\nKindly map my roles in ACES after transfer. Transfer order, posting order and the photo of my\n"
         "charge report are attached.\n\nKavitha Raman\nInspector, CGST Puducherry\n",
         [A(TO("Kavitha Raman"), PDF, "Transfer order.pdf"), A(PT("Kavitha Raman"), PDF, "Posting order.pdf"),
          A(jpg(901), JPG, "Charge report.jpg")],
         kind="icegate", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    case("transfer-charge-report-as-img-jpg",
         "Individual ICEGATE ID: the charge report is a photo named 'IMG_20251121_101530.jpg' (other): charge report missing",
         "sunil.yadav.k@icegate.gov.in", "Sunil Yadav", "Role mapping after transfer",
         "Sir,\n\nKindly map my roles in ACES. Transfer order and posting order attached, with a photo of the\n"
         "charge report.\n\nSunil Yadav\nInspector, CGST Kota\n",
         [A(TO("Sunil Yadav"), PDF, "Transfer order.pdf"), A(PT("Sunil Yadav"), PDF, "Posting order.pdf"),
          A(jpg(911), JPG, "IMG_20251121_101530.jpg")],
         kind="icegate", rt=RM, missing=["charge_report"], action="request_missing",
         kinds=["transfer_order", "posting_order", "other"])

    case("transfer-nic-computer-cell-no-phone",
         "Kochi-circular style: the Headquarters computer cell's nic.in mailbox (generic) asks for mapping with the relief/joining report; signature without a contact number",
         "cex15sys.ker@nic.in", "Computer Cell CGST Kochi", "Mapping / unmapping of officers in ACES",
         "Sir,\n\nShri Anil Mathew, Inspector, joined Range II, Aluva on transfer. Kindly map him in ACES and\n"
         "unmap from his previous charge. Transfer order, posting order and joining report attached.\n\n"
         "Regards,\nJessy Varghese\nSuperintendent (EDP)\njessy.varghese@icegate.gov.in\n",
         [A(TO("Anil Mathew"), PDF, "Transfer order.pdf"), A(PT("Anil Mathew", post="Range II, Aluva"), PDF,
                                                              "Local posting order.pdf"),
          A(CH("Anil Mathew", title="JOINING REPORT"), PDF, "Joining report.pdf")],
         kind="generic", rt=RM, missing=["icegate_sender", "signature_phone"], action="request_missing",
         kinds=["transfer_order", "posting_order", "charge_report"], mailer="nic")

    case("transfer-scanned-orders-named",
         "Individual ICEGATE ID: all three documents are image-only scans, told by their names ('Transfer order scan.pdf', 'Local posting order scan.pdf', 'Relieving report scan.pdf')",
         "bhupinder.singh@icegate.gov.in", "Bhupinder Singh", "Role unmapping / mapping in ACES",
         "Sir,\n\nI have been relieved on transfer and joined the new charge. Kindly unmap and map my roles in\n"
         "ACES. Scanned orders and relieving report attached.\n\nBhupinder Singh\nSuperintendent, CGST Amritsar\n",
         [A(scan(921), PDF, "Transfer order scan.pdf"), A(scan(922), PDF, "Local posting order scan.pdf"),
          A(scan(923), PDF, "Relieving report scan.pdf")],
         kind="icegate", rt=RM, action="acknowledge", kinds=["transfer_order", "posting_order", "charge_report"])

    # @@MORE@@


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = ["| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        errs = ", ".join(f"r{t['row']} {t['column'] or '-'} {t['code']}" for t in e["template_errors"])
        lines.append(f"| `{name}.eml` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}"
                     + (f"; missing {', '.join(e['missing'])}" if e["missing"] else "")
                     + (f"; {errs}" if errs else "") + f"; kinds {', '.join(e['attachment_kinds']) or '-'}) |")
    (HERE / "cases.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
