#!/usr/bin/env python3
"""Generate the sixth, independent triage corpus for maild (mails/*.eml + expected/*.json + README.md).

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python). Two runs write the
same bytes: dates, Message-IDs and MIME boundaries are fixed, and every workbook is re-packed with
fixed zip and document timestamps.

The corpus is built to find where a keyword reader goes wrong while the contract stays clear: words
of one request type in another's mail, details given in unusual ways, signatures in unusual shapes,
documents told only by their content, quoted and forwarded text, robots that look like people and
people that look like robots, and Authentication-Results headers in many arrangements. Every
expected verdict follows from ../shared/spec/triage.md, template.md and domain.md alone; the notes
at the end of README.md say how the contract was read where a mail needed a reading.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import importlib.util
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py): loaded from there and
# pointed at this folder, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
_kit.HERE, _kit.MAILS, _kit.EXP = HERE, HERE / "mails", HERE / "expected"
globals().update({k: v for k, v in vars(_kit).items()
                  if not k.startswith("__") and k not in ("build", "main", "HERE")})

PDF = "application/pdf"
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
BASE = _dt.datetime(2025, 11, 3, 9, 12, tzinfo=IST)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# ================================================================= files

def repack(data: bytes) -> bytes:
    """The same zip with fixed member times and a fixed 'modified' stamp (openpyxl writes the clock)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def xlsx(rows, **kw) -> bytes:
    """corpus2's standard template (12 columns, red mandatory headers), re-packed."""
    return repack(make_xlsx(rows, **kw))


def grid(sheets) -> bytes:
    """A workbook from [(sheet name, rows, header row number or None, {column index: font colour})].

    Cells are written as given (dates get a DD/MM/YYYY format); the header row's fonts are bold and
    coloured from the map (black when absent). For workbooks that the standard builder cannot shape.
    """
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for name, rows, hrow, colours in sheets:
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (_dt.date, _dt.datetime)):
                    cell.number_format = "DD/MM/YYYY"
                if hrow == r:
                    cell.font = Font(bold=True, color=(colours or {}).get(c, BLACK))
    wb.properties.created = _dt.datetime(2025, 1, 1)
    wb.properties.modified = _dt.datetime(2025, 1, 1)
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue())


def zipped(files) -> bytes:
    """A plain .zip of [(name, bytes)] with fixed times (what officers send when a mail 'won't take' many files)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def docx(paragraphs) -> bytes:
    """A minimal Word document (.docx) with the given paragraphs."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f"<w:p><w:r><w:t>{esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
         'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.'
         'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.'
         f'org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'),
    ]
    return zipped([(n, d.encode()) for n, d in files])


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def row(i, first, last, desig, dob, doj, mob, alt_mail, office, loc="", middle="", emp=""):
    return [i, first, middle, last, desig, dob, doj, mob, alt_mail, office, loc, emp]


def sb(name, dob, doj, extra=()):
    """A service book first page (bio-data) with a text layer."""
    return make_pdf(["GOVERNMENT OF INDIA", "SERVICE BOOK", "PART I - BIO-DATA", f"1. Name in full: {name.upper()}",
                     f"2. Date of birth (in figures): {dob}", f"3. Date of entry into Government service: {doj}",
                     *extra, "Signature of the Head of Office"])


def promotion(name, frm="Inspector", to="Superintendent", no="214/2025", extra=()):
    return make_pdf(["OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER OF CGST & CENTRAL EXCISE",
                     f"ESTABLISHMENT ORDER No. {no}", f"Sub: Promotion to the grade of {to} - regarding",
                     "On the recommendations of the Departmental Promotion Committee, the following",
                     f"{frm} is promoted to the grade of {to} on regular basis with immediate effect:",
                     f"1. Shri/Smt. {name}", *extra])


def transfer(name, frm="CGST Pune-I", to="CGST Nagpur-I", extra=()):
    return make_pdf(["OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER OF CGST, PUNE ZONE",
                     "TRANSFER ORDER No. 77/2025", "Sub: Annual General Transfers of Group B officers - 2025",
                     f"The following officer is transferred from {frm} to {to}:", f"1. {name}, Inspector",
                     *extra])


def posting(name, place="Range-IV, Division-II", extra=()):
    return make_pdf(["OFFICE OF THE COMMISSIONER OF CGST, NAGPUR-I", "LOCAL POSTING ORDER No. 31/2025",
                     *extra, f"{name}, Inspector, is posted to {place} with immediate effect."])


def charge(name, post="Range Officer, Range-IV", extra=()):
    return make_pdf(["ASSUMPTION OF CHARGE REPORT",
                     f"Certified that I, {name}, have assumed the charge of {post}",
                     "in the forenoon of 03/11/2025.", *extra, "Signature of the officer assuming charge"])


def certificate(name, dob, doj, by="Joint Commissioner (P&V)"):
    return make_pdf(["OFFICE OF THE COMMISSIONER OF CUSTOMS", "CERTIFICATE",
                     f"Certified that the name, date of birth and date of joining of Shri/Smt. {name}",
                     f"as per the official records are: Name {name}; Date of birth {dob}; Date of joining CBIC {doj}.",
                     "His/her service book has not yet been received from the previous department.",
                     f"(Signed and sealed) {by}"])


def letter(lines):
    """A covering letter or other office letter with a text layer."""
    return make_pdf(lines)


# ================================================================= mails

DISC = ("\n\n--------------------------------------------------------------------------\n"
        "This e-mail is intended only for the addressee. If you have received it in error please\n"
        "notify the sender and delete it. CBIC does not accept liability for viruses.\n")

CLIENTS = {
    "zimbra": dict(mailer=ZIMBRA, crlf=False),
    "outlook": dict(mailer=OUTLOOK, crlf=True),
    "gmail": dict(mailer=None, crlf=False),
    "tb": dict(mailer=TB, crlf=False),
    "iphone": dict(mailer=IPHONE, crlf=False),
    "yahoo": dict(mailer=YAHOO, crlf=False),
    "rediff": dict(mailer=REDIFF, crlf=False),
}


def when(n: int) -> _dt.datetime:
    """The Date: of case n: office hours on successive working days from 3 Nov 2025."""
    day, slot = divmod(n - 1, 5)
    d = BASE + _dt.timedelta(days=day + 2 * (day // 5), hours=slot * 2, minutes=(n * 13) % 50)
    return d


def datestr(n: int) -> str:
    return email.utils.format_datetime(when(n))


def upcoming() -> int:
    return len(CASES) + 1


def A(data, ctype, filename, kind, **kw):
    """An attachment part together with the kind the contract gives it."""
    return (att(data, ctype, filename, **kw), kind)


DOCS = {"sso_creation": ("template", "service_book"), "designation_update": ("promotion_order", "service_book"),
        "role_mapping": ("transfer_order", "posting_order", "charge_report")}
ICEGATE_ONLY = {"sso_creation", "password_reset", "designation_update", "role_mapping"}


def expect(frm, kind, rt, kinds, lack=(), errors=(), review=False):
    """The verdict: documents missing follow from the kinds, icegate_sender from the From: domain,
    the action from the precedence ignore > redirect > review > request_missing > acknowledge;
    details and signature codes absent from the mail are given in `lack`."""
    if kind == "automated":
        return exp(kind, rt, action="ignore", kinds=kinds)
    missing = set(lack)
    for doc in DOCS.get(rt, ()):
        if doc not in kinds and not (doc == "service_book" and rt == "sso_creation"
                                     and "certification_letter" in kinds):
            missing.add(doc)
    if rt in ICEGATE_ONLY and not frm.lower().endswith("@icegate.gov.in"):
        missing.add("icegate_sender")
    if rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif review or rt == "unknown":
        action = "review"
    elif missing or errors:
        action = "request_missing"
    else:
        action = "acknowledge"
    return exp(kind, rt, missing=sorted(missing), errors=errors, action=action, kinds=kinds)


def send(slug, frm, plain, *, subject, kind, rt, intent, name=None, atts=(), inner_kinds=(), lack=(), errors=(),
         review=False, client="zimbra", html=None, html_only=False, extra=None, ar="pass", received=None,
         raw_from=None, to=None, parts=None):
    """One mail as the named client would send it, with its expected verdict.

    `plain` is the text/plain body (an HTML twin is derived unless `html` is given); `atts` are
    A(...) attachments; `inner_kinds` are the kinds of files carried inside attached messages;
    `parts` replaces the whole body when a mail needs a hand-made MIME tree.
    """
    n = upcoming()
    local, domain = frm.split("@")
    domain = domain.lower()
    c = CLIENTS[client]
    b = f"c6{n:03d}"
    if parts is not None:
        body = parts
    else:
        if html_only:
            textpart = text(html, "html", "qp")
        elif client in ("iphone",) and html is None:
            textpart = text(plain, "plain", "qp")
        else:
            textpart = alt(plain, html, b=b)
        if atts:
            body = multi("mixed", [textpart] + [p for p, _ in atts], f"----=_Part_{n:04d}_{1000 + n}.176")
        else:
            body = textpart
    if client == "gmail":
        mid = f"CAGp{n:04d}q{(n * 7919) % 100000:05d}xYz+Lm{n:03d}@mail.gmail.com"
    elif client == "outlook":
        mid = f"{n:06x}01dc5b22$1f2e3d4c${(n * 2654435761) % (1 << 32):08x}@{domain}"
    elif client == "yahoo":
        mid = f"{1234567 + n * 31}.{n * 97}@mail.yahoo.com"
    else:
        mid = f"{1700000 + n * 7919}.{n * 104729}.17620{n:05d}.JavaMail.zimbra@{domain}"
    h = hdr(raw_from or addr(name, frm), subject, datestr(n), mid, mailer=c["mailer"], extra=extra,
            **({"to": to} if to else {}))
    if ar == "pass":
        ar = ar_pass(domain, local, ip="10.10.30.14" if domain == "icegate.gov.in" else "164.100.14.5")
    raw = mail(h, body, crlf=c["crlf"], ar=ar, received=received, from_addr=frm if "@" in frm else None)
    kinds = sorted([k for _, k in atts] + list(inner_kinds))
    case(f"{n:03d}-{slug}", raw, expect(frm, kind, rt, kinds, lack, errors, review), intent)
    return n


def raw_case(slug, raw: bytes, e, intent):
    n = upcoming()
    case(f"{n:03d}-{slug}", raw, e, intent)
    return n


def reply_quote_outlook(frm_line, sent, to, subject, quoted):
    return ("\n________________________________\n"
            f"From: {frm_line}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{quoted}")


def gmail_fwd(frm_line, date, subject, to, body):
    return ("\n---------- Forwarded message ---------\n"
            f"From: {frm_line}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n\n{body}")


def rfc822(headers: str, body_part, filename=None):
    """An attached message/rfc822 part holding a message with the given headers and MIME body."""
    inner = email.message_from_bytes(headers.encode() + b"MIME-Version: 1.0\n" + flat(body_part))
    part = MIMEMessage(inner)
    del part["MIME-Version"]
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    return part


# ================================================================= sso_creation

def creation():
    two = [row(1, "Subhashree", "Panda", "Inspector", "14/02/1997", "27/10/2025", "7008112233",
               "subhashree.panda97@gmail.com", "Paradip Custom House", "Paradip"),
           row(2, "Debasis", "Behera", "Inspector", D(1995, 7, 30), D(2025, 10, 27), 9437112244,
               "debasis.behera95@yahoo.in", "Paradip Custom House", "Paradip")]
    frm = "sysmgr.paradip@icegate.gov.in"
    send("creation-password-words-sysmgr", frm,
         "Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the two Inspectors who joined Paradip\n"
         "Custom House on 27.10.2025. They have no SSO ID or password so far and cannot log in to\nACES. The user ID "
         "and the initial password may kindly be sent to the personal (alternate)\ne-mail IDs given in the template; "
         "the officers will change the password at first login.\n\nThe filled template and the first pages of their "
         "service books are attached.\n\nRegards,\nBibhuti Bhusan Nayak\nSuperintendent (System Manager)\n"
         "Paradip Custom House\nEmail: bb.nayak@icegate.gov.in\nTel: (06722) 222345\n",
         name="System Manager Paradip", subject="Creation of SSO ID and password - 2 Inspectors",
         atts=[A(xlsx(two), XLSX_CT, "SSO_template_Paradip.xlsx", "template"),
               A(sb("Subhashree Panda", "14/02/1997", "27/10/2025"), PDF, "Service Book Subhashree.pdf", "service_book"),
               A(sb("Debasis Behera", "30/07/1995", "27/10/2025"), PDF, "Service Book Debasis.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Creation request that says 'password' four times (the new officers need one); full signature, landline with STD code in brackets")

    one = [row(1, "Arun", "Pandey", "Inspector", "09/09/1992", "15/10/2025", "8299012345", "arunpandey.92@gmail.com",
               "CGST Lucknow", "Lucknow")]
    frm = "sunil.bhardwaj@icegate.gov.in"
    send("creation-absorbed-on-transfer-transfer-order-attached", frm,
         "Sir,\n\nShri Arun Pandey, Inspector, has joined this Commissionerate on 15.10.2025 on transfer\n"
         "(absorption) from CBDT. He was never allotted an SSO ID in CBIC. Kindly create his SSO ID and\n"
         "ICEGATE e-mail ID. The template, his service book page and the transfer order are attached\nfor reference.\n\n"
         "Regards\nSunil Bhardwaj\nAssistant Commissioner (Systems), CGST Lucknow\nMobile 94150 33221\n",
         name="Sunil Bhardwaj", subject="New SSO ID - Arun Pandey, Inspector (joined on transfer from CBDT)",
         atts=[A(xlsx(one), XLSX_CT, "template Arun Pandey.xlsx", "template"),
               A(sb("Arun Pandey", "09/09/1992", "15/10/2025"), PDF, "service book Arun Pandey.pdf", "service_book"),
               A(transfer("Arun Pandey", "CBDT, Lucknow", "CGST Lucknow"), PDF, "transfer order.pdf", "transfer_order")],
         kind="icegate", rt="sso_creation",
         intent="Creation for an officer who 'joined on transfer' and whose transfer order is attached too: the mail asks for a new ID, not a role")

    rows = [row(1, "Kavya", "Hegde", "Inspector", "03/03/1998", "20/10/2025", "9449012345", "kavya.hegde98@gmail.com",
                "Custom House, Mangaluru", "Panambur"),
            row(2, "Rohan", "Shenoy", "Examiner", "11/12/1996", "20/10/2025", "9480012345", "rohan.shenoy@outlook.com",
                "Custom House, Mangaluru", "Panambur")]
    frm = "prashanth.rai@icegate.gov.in"
    send("creation-template-named-service-book-details", frm,
         "Sir,\n\nPlease create SSO IDs for the two officers below who joined on 20.10.2025:\n"
         "1. Kavya Hegde, Inspector\n2. Rohan Shenoy, Examiner\n\nTheir details are in the attached sheet (taken from "
         "their service books) and the\nservice book pages are attached as photos.\n\nRegards,\nPrashanth Rai\n"
         "Deputy Commissioner, Custom House, Mangaluru\n+91 94480 12399\n",
         name="Prashanth Rai", subject="SSO ID creation - Kavya Hegde and Rohan Shenoy",
         atts=[A(xlsx(rows), XLSX_CT, "Service Book details - new officers.xlsx", "template"),
               A(jpeg(601), "image/jpeg", "service book page - Kavya.jpg", "service_book"),
               A(jpeg(602), "image/jpeg", "service book page - Rohan.jpg", "service_book")],
         kind="icegate", rt="sso_creation",
         intent="The template is named 'Service Book details ... .xlsx' (a template by its header row); the service books are JPEGs named so")

    rows = [row(1, "Manikandan", "Pillai", "Inspector", "21/05/1995", "13/10/2025", "9047012345",
                "manikandan.pillai95@gmail.com", "Custom House, Tuticorin", "Tuticorin")]
    frm = "edi.tuticorin@icegate.gov.in"
    send("creation-data-xlsx-scan-pdf", frm,
         "Respected Sir/Madam,\n\nSSO ID and ICEGATE mail ID may kindly be created for Shri Manikandan Pillai,\n"
         "Inspector, who joined on 13.10.2025. Documents attached.\n\nWith regards,\nS. Muthukumar\n"
         "Superintendent (EDI)\nV.O. Chidambaranar Custom House\nMobile: 94432 11876\nE-mail: s.muthukumar@icegate.gov.in\n",
         name="EDI Section Tuticorin", subject="SSO ID - Manikandan Pillai",
         atts=[A(xlsx(rows, titles=()), XLSX_CT, "data.xlsx", "template"),
               A(sb("Manikandan Pillai", "21/05/1995", "13/10/2025"), PDF, "scan0001.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Template named 'data.xlsx', service book named 'scan0001.pdf': both told by content")

    rows = [row(1, "Yogesh", "Kulkarni", "Inspector", "08/08/1996", "27/10/2025", "9890012345", "yogesh.k96@gmail.com",
                "CGST Pune-II", "Pune")]
    z = zipped([("SSO template Yogesh.xlsx", xlsx(rows)), ("Service book Yogesh.pdf", sb("Yogesh Kulkarni", "08/08/1996", "27/10/2025"))])
    frm = "acladmin.pune2@icegate.gov.in"
    send("creation-documents-in-zip", frm,
         "Sir,\n\nThe template and service book of Shri Yogesh Kulkarni, Inspector, are sent in the attached\n"
         "zip file for creation of his SSO ID.\n\nRegards,\nName: Vaishali Deshmukh\nDesignation: Superintendent (ACL Admin)\n"
         "E-mail: vaishali.deshmukh@icegate.gov.in\nMobile: 9822012345\n",
         name="ACL Admin Pune-II", subject="SSO ID creation - Yogesh Kulkarni",
         atts=[A(z, "application/zip", "SSO_docs_Yogesh.zip", "other")],
         kind="generic", rt="sso_creation",
         intent="Template and service book sent inside a .zip: the one attachment is of kind other, so both are missing")

    rows = [row(1, "Pooja", "Rawat", "Inspector", "17/01/1998", "20/10/2025", "7017012345", "pooja.rawat98@gmail.com",
                "CGST Dehradun", "Dehradun")]
    cov = letter(["OFFICE OF THE COMMISSIONER, CGST DEHRADUN", "C.No. IV(16)12/Sys/2025", "To: Saksham Seva, DG Systems",
                  "Sub: Creation of SSO ID for Smt. Pooja Rawat, Inspector - reg.",
                  "The filled template and a copy of the service book of the officer are enclosed.",
                  "(Harish Negi) Assistant Commissioner"])
    frm = "harish.negi@icegate.gov.in"
    send("creation-covering-letter-names-service-book-not-attached", frm,
         "Sir,\n\nPlease find attached the covering letter and the template for creation of SSO ID for\n"
         "Smt. Pooja Rawat, Inspector.\n\nRegards\nHarish Negi\nAssistant Commissioner, CGST Dehradun\nMob: 9412012345\n",
         name="Harish Negi", subject="Creation of SSO ID - Pooja Rawat",
         atts=[A(cov, PDF, "Covering letter.pdf", "other"),
               A(xlsx(rows), XLSX_CT, "Template Pooja Rawat.xlsx", "template")],
         kind="icegate", rt="sso_creation",
         intent="The covering letter's text says the service book is enclosed, but the letter is not a service book and none is attached")

    rows = [row(1, "Ajay", "Chauhan", "Inspector", "02/10/1994", "20/10/2025", "7018012345", "ajaychauhan94@gmail.com",
                "CGST Shimla", "Shimla")]
    cov = letter(["OFFICE OF THE COMMISSIONER, CGST SHIMLA", "Sub: Creation of SSO ID - Shri Ajay Chauhan, Inspector",
                  "Kindly find enclosed the template and the first page of the service book of the officer.",
                  "(Meenakshi Thakur) Deputy Commissioner (Systems)"])
    frm = "meenakshi.thakur@icegate.gov.in"
    send("creation-covering-letter-and-service-book-photo", frm,
         "Sir,\n\nCovering letter, template and service book page of Shri Ajay Chauhan, Inspector, are\nattached for "
         "creation of SSO ID.\n\nWarm regards,\nMeenakshi Thakur\nDeputy Commissioner (Systems)\nCGST Shimla\n"
         "M: 98160 12345\n",
         name="Meenakshi Thakur", subject="SSO ID creation request",
         atts=[A(cov, PDF, "letter.pdf", "other"), A(xlsx(rows), XLSX_CT, "SSO.xlsx", "template"),
               A(jpeg(607), "image/jpeg", "Service Book - Ajay.jpg", "service_book")],
         kind="icegate", rt="sso_creation",
         intent="Covering letter (other), template and service book photo; 'Warm regards' sign-off")

    titles11 = ["GOVERNMENT OF INDIA", "MINISTRY OF FINANCE", "DEPARTMENT OF REVENUE",
                "CENTRAL BOARD OF INDIRECT TAXES AND CUSTOMS", "OFFICE OF THE COMMISSIONER OF CUSTOMS (PREVENTIVE)",
                "NEW CUSTOMS HOUSE, BALLARD ESTATE, MUMBAI", "Phone: 022-22757401", "F.No. S/12-Sys/2025",
                "Dated: 28.10.2025", "Subject: Details of officers for creation of SSO ID / ICEGATE e-mail ID"]
    hdr12 = STD_HEADERS
    body_rows = [[1, "Ritesh", "", "Salunkhe", "Inspector", "12/06/1996", "27/10/2025", "9769012345",
                  "ritesh.salunkhe96@gmail.com", "Customs (Preventive), Mumbai", "Mumbai", ""]]
    red = {i + 1: RED for i, k in enumerate(KEYS) if k in DEFAULT_RED}
    book = grid([("Sheet1", [[t] for t in titles11] + [hdr12] + body_rows, 11, red)])
    frm = "sysmgr.prevmumbai@icegate.gov.in"
    send("creation-header-on-row-11-not-a-template", frm,
         "Sir,\n\nKindly create SSO ID for Shri Ritesh Salunkhe, Inspector. The officer's details on our\n"
         "letterhead and his service book page are attached.\n\nRegards,\nAmol Patil\nSuperintendent (System Manager)\n"
         "Customs (Preventive), Mumbai\namol.patil@icegate.gov.in | 9967012345\n",
         name="System Manager Customs Preventive Mumbai", subject="SSO ID for Ritesh Salunkhe",
         atts=[A(book, XLSX_CT, "Ritesh.xlsx", "other"),
               A(sb("Ritesh Salunkhe", "12/06/1996", "27/10/2025"), PDF, "Ritesh SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="A workbook whose 'First Name' header is on row 11 under ten letterhead rows: no header row within the first 10, so it is not the template")

    titles9 = titles11[:9]
    body_rows = [[1, "Sneha", "", "Jadhav", "Inspector", "05/05/1997", "27/10/2025", "9769112345",
                  "sneha.jadhav97@gmail.com", "Customs (Preventive), Mumbai", "Mumbai", ""],
                 [2, "Akash", "", "P.", "Inspector", "19/11/1996", "27/10/2025", "9769212345",
                  "akash.p1996@gmail.com", "Customs (Preventive), Mumbai", "Mumbai", ""]]
    book = grid([("Sheet1", [[t] for t in titles9] + [hdr12] + body_rows, 10, red)])
    send("creation-header-on-row-10-initial-surname", frm,
         "Sir,\n\nKindly create SSO IDs for the two Inspectors whose details are in the attached sheet.\n"
         "Service book pages attached.\n\nRegards,\nAmol Patil\nSuperintendent (System Manager)\n"
         "Customs (Preventive), Mumbai\namol.patil@icegate.gov.in | 9967012345\n",
         name="System Manager Customs Preventive Mumbai", subject="SSO IDs - Sneha Jadhav, Akash P.",
         atts=[A(book, XLSX_CT, "Nov joinees.xlsx", "template"),
               A(sb("Sneha Jadhav", "05/05/1997", "27/10/2025"), PDF, "Sneha SB.pdf", "service_book"),
               A(sb("Akash P", "19/11/1996", "27/10/2025"), PDF, "Akash SB.pdf", "service_book")],
         errors=[(12, "last_name", "initials_in_name")], kind="generic", rt="sso_creation",
         intent="Header on row 10 under nine letterhead rows (still a template); row 12's last name is the initial 'P.'")

    caps = ["S. NO.", "FIRST NAME", "MIDDLE NAME", "LAST NAME", "DESIGNATION", "DATE OF BIRTH (DD-MM-YYYY)",
            "DATE OF JOINING CBIC (DD-MM-YYYY)", "MOBILE NO. (10 DIGITS)", "ALTERNATE E-MAIL ID (PERSONAL)",
            "COMMISSIONERATE / OFFICE", "LOCATION", "EMPLOYEE ID"]
    rows = [row(1, "Gurpreet", "Kaur", "Inspector", "23-02-1997", "20-10-2025", "9814012345", "gurpreet.kaur97@gmail.com",
                "CGST Ludhiana", "Ludhiana"),
            row(2, "Harjit", "Sandhu", "Inspector", "30-09-1995", "20-10-2025", "9815012345", "harjit.sandhu95@gmail.com",
                "CGST Ludhiana", "Ludhiana", middle="Singh")]
    frm = "systems.ludhiana@icegate.gov.in"
    send("creation-allcaps-bracketed-headers", frm,
         "Sir,\n\nPLEASE CREATE SSO IDS FOR THE TWO INSPECTORS. TEMPLATE AND SERVICE BOOKS ATTACHED.\n\n"
         "REGARDS\nNAVDEEP SINGH\nSUPERINTENDENT (SYSTEMS)\nCGST LUDHIANA\nMOB 98140 99887\nnavdeep.singh@icegate.gov.in\n",
         name="SYSTEMS LUDHIANA", subject="SSO IDS - CGST LUDHIANA",
         atts=[A(xlsx(rows, headers=caps, titles=("TEMPLATE FOR SSO ID AND ICEGATE EMAIL ID CREATION",)), XLSX_CT,
                 "TEMPLATE.xlsx", "template"),
               A(sb("Gurpreet Kaur", "23/02/1997", "20/10/2025"), PDF, "GURPREET.pdf", "service_book"),
               A(sb("Harjit Singh Sandhu", "30/09/1995", "20/10/2025"), PDF, "HARJIT.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Headers in capitals with bracketed hints ('MOBILE NO. (10 DIGITS)', 'ALTERNATE E-MAIL ID (PERSONAL)'); signature in capitals; clean")

    colours = {k: (RED if k in ("first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile",
                                "office") else BLACK) for k in KEYS}
    rows = [row(1, "Farhan", "Qureshi", "Inspector", "14/04/1996", "27/10/2025", "9826012345", "", "CGST Indore", ""),
            row(2, "Nidhi", "Joshi", "Inspector", "01/01/1997", "27/10/2025", "9827012345", "nidhi.joshi97@gmail.com",
                "CGST Indore", "")]
    frm = "abhishek.jain@icegate.gov.in"
    send("creation-alternate-email-column-not-red", frm,
         "Sir,\n\nKindly create SSO IDs for the two Inspectors in the attached template (our Zone's\nversion). Shri Farhan "
         "Qureshi has no personal e-mail ID yet. Service books attached.\n\nRegards\nAbhishek Jain\n"
         "Superintendent (Systems), CGST Indore\n9826099887\n",
         name="Abhishek Jain", subject="SSO ID creation - CGST Indore",
         atts=[A(xlsx(rows, colors=colours), XLSX_CT, "Indore template.xlsx", "template"),
               A(sb("Farhan Qureshi", "14/04/1996", "27/10/2025"), PDF, "SB Farhan.pdf", "service_book"),
               A(sb("Nidhi Joshi", "01/01/1997", "27/10/2025"), PDF, "SB Nidhi.pdf", "service_book")],
         kind="icegate", rt="sso_creation",
         intent="A template whose 'Alternate Email ID' header is black (other mandatory headers red): the empty alternate e-mail is no error")

    allred = {k: RED for k in KEYS}
    rows = [row(1, "Lalit", "Meena", "Inspector", "10/10/1995", "27/10/2025", "9414512345", "lalit.meena95@gmail.com",
                "CGST Jaipur", "Jaipur", middle="Kumar", emp="EMP40012"),
            row(2, "Rekha", "Saini", "Inspector", "12/12/1996", "27/10/2025", "9414612345", "rekha.saini96@gmail.com",
                "CGST Jaipur", "Jaipur")]
    frm = "commadmin.jaipur@icegate.gov.in"
    send("creation-every-header-red", frm,
         "Sir,\n\nTemplate and service books for two new Inspectors are attached for creation of SSO IDs.\n\n"
         "Regards,\nName: Dinesh Gurjar\nDesignation: Superintendent (Comm Admin)\nEmail: dinesh.gurjar@icegate.gov.in\n"
         "Mobile: 9414712345\n",
         name="Comm Admin CGST Jaipur", subject="SSO ID creation - 2 Inspectors - CGST Jaipur",
         atts=[A(xlsx(rows, colors=allred), XLSX_CT, "SSO template Jaipur.xlsx", "template"),
               A(sb("Lalit Kumar Meena", "10/10/1995", "27/10/2025"), PDF, "SB Lalit.pdf", "service_book"),
               A(sb("Rekha Saini", "12/12/1996", "27/10/2025"), PDF, "SB Rekha.pdf", "service_book")],
         errors=[(5, "middle_name", "missing_mandatory"), (5, "employee_id", "missing_mandatory")],
         kind="generic", rt="sso_creation",
         intent="Every header of this template is red, so Middle Name and Employee ID are mandatory too; row 5 leaves both empty")

    rows = [row(1, "Sanjana", "Mishra", "Inspector", "1996-04-11", "27/10/2025", "9438012345", "sanjana.mishra96@gmail.com",
                "CGST Bhubaneswar", "Bhubaneswar"),
            row(2, "Tapas", "Swain", "Inspector", D(1994, 6, 6), D(2025, 10, 27), 9438112345, "tapas.swain94@gmail.com",
                "CGST Bhubaneswar", "Bhubaneswar")]
    frm = "tapan.mohanty@icegate.gov.in"
    send("creation-iso-text-date", frm,
         "Sir,\n\nPlease create SSO IDs for Smt. Sanjana Mishra and Shri Tapas Swain, Inspectors.\n"
         "Template and service books attached.\n\nRgds\nTapan Mohanty\nAC (Systems), CGST Bhubaneswar\n9437012345\n",
         name="Tapan Mohanty", subject="SSO ID creation",
         atts=[A(xlsx(rows), XLSX_CT, "template.xlsx", "template"),
               A(sb("Sanjana Mishra", "11/04/1996", "27/10/2025"), PDF, "SB Sanjana.pdf", "service_book"),
               A(sb("Tapas Swain", "06/06/1994", "27/10/2025"), PDF, "SB Tapas.pdf", "service_book")],
         errors=[(4, "date_of_birth", "invalid_date")], kind="icegate", rt="sso_creation",
         intent="Row 4's date of birth is the text '1996-04-11' (YYYY-MM-DD is none of the template's date forms); 'Rgds'")

    rows = [row(1, "Ankit", "Yadav", "Tax Assistant", "27/10/2007", "27/10/2025", "9956012345", "ankit.yadav07@gmail.com",
                "CGST Kanpur", "Kanpur"),
            row(2, "Shivani", "Gupta", "Tax Assistant", "28/10/2007", "27/10/2025", "9956112345", "shivani.gupta07@gmail.com",
                "CGST Kanpur", "Kanpur")]
    frm = "sysmgr.kanpur@icegate.gov.in"
    send("creation-joined-on-18th-birthday-and-one-day-short", frm,
         "Sir,\n\nKindly create SSO IDs for the two Tax Assistants (template and service books attached).\n\n"
         "Thanks & Regards\nRavi Shankar Tiwari\nInspector (Systems) for System Manager\nCGST Kanpur\n"
         "ravishankar.tiwari@icegate.gov.in, 0512-2301234\n",
         name="System Manager CGST Kanpur", subject="SSO ID - 2 Tax Assistants",
         atts=[A(xlsx(rows), XLSX_CT, "TA template.xlsx", "template"),
               A(sb("Ankit Yadav", "27/10/2007", "27/10/2025"), PDF, "Ankit.pdf", "service_book"),
               A(sb("Shivani Gupta", "28/10/2007", "27/10/2025"), PDF, "Shivani.pdf", "service_book")],
         errors=[(5, "date_of_joining", "invalid_date")], kind="generic", rt="sso_creation",
         intent="Row 4 joined on the 18th birthday (valid); row 5 joined one day before turning 18 (invalid date of joining)")

    d = when(upcoming()).date()
    today, tomorrow = d.strftime("%d/%m/%Y"), (d + _dt.timedelta(days=1)).strftime("%d/%m/%Y")
    rows = [row(1, "Irfan", "Shaikh", "Inspector", "15/03/1996", today, "9975012345", "irfan.shaikh96@gmail.com",
                "Customs, Nhava Sheva", "JNCH"),
            row(2, "Pallavi", "More", "Inspector", "25/07/1997", tomorrow, "9975112345", "pallavi.more97@gmail.com",
                "Customs, Nhava Sheva", "JNCH")]
    frm = "sysmgr.jnch@icegate.gov.in"
    send("creation-joins-today-and-tomorrow", frm,
         "Sir,\n\nShri Irfan Shaikh joined today and Smt. Pallavi More joins tomorrow. To save time the\n"
         "template for both is sent now with their service book pages.\n\nRegards,\nKetan Bhosale\n"
         "Deputy Commissioner (System Manager), JNCH\nketan.bhosale@icegate.gov.in\n022-27244900\n",
         name="System Manager JNCH", subject="SSO ID creation - Irfan Shaikh, Pallavi More",
         atts=[A(xlsx(rows), XLSX_CT, "JNCH new joinees.xlsx", "template"),
               A(sb("Irfan Shaikh", "15/03/1996", today), PDF, "Irfan SB.pdf", "service_book"),
               A(sb("Pallavi More", "25/07/1997", tomorrow), PDF, "Pallavi SB.pdf", "service_book")],
         errors=[(5, "date_of_joining", "invalid_date")], kind="generic", rt="sso_creation",
         intent="Row 4's date of joining is the mail's own date (valid); row 5's is the next day, after the mail's Date:")

    rows = [row(1, "A.", "Venkatesh", "Inspector", "01/06/1995", "20/10/2025", "9440112345", "venkatesh.a95@gmail.com",
                "CGST Hyderabad", "Hyderabad"),
            row(2, "Sai Krishna", "Reddy", "Inspector", "04/04/1996", "20/10/2025", "9440212345", "saikrishna.r96@gmail.com",
                "CGST Hyderabad", "Hyderabad", middle="K."),
            row(3, "R.K. Sharma", "", "Superintendent", "07/07/1982", "02/05/2008", "9440312345", "rk.sharma82@gmail.com",
                "CGST Hyderabad", "Hyderabad"),
            row(4, "Naveen", "N. R.", "Inspector", "09/09/1997", "20/10/2025", "9440412345", "naveen.nr97@gmail.com",
                "CGST Hyderabad", "Hyderabad")]
    frm = "sysmgr.hyderabad1@icegate.gov.in"
    send("creation-initials-in-four-shapes", frm,
         "Sir,\n\nTemplate for creation of SSO IDs of four officers along with service book pages is\nattached.\n\n"
         "Regards,\nK. Srinivasa Rao\nSuperintendent (System Manager)\nCGST Hyderabad\nMob: 9440512345\n"
         "Mail: ksrinivasa.rao@icegate.gov.in\n",
         name="System Manager Hyderabad", subject="SSO ID creation - 4 officers",
         atts=[A(xlsx(rows), XLSX_CT, "Hyd SSO template.xlsx", "template"),
               A(make_pdf(["SERVICE BOOK - PART I (BIO-DATA)", "Pages of four officers"]), PDF, "service books.pdf",
                 "service_book")],
         errors=[(4, "first_name", "initials_in_name"), (6, "last_name", "missing_mandatory"),
                 (7, "last_name", "initials_in_name")], kind="generic", rt="sso_creation",
         intent="First name 'A.' (initial), middle name 'K.' (allowed), whole name 'R.K. Sharma' typed in First Name with Last Name empty, last name 'N. R.' (initials)")

    rows = [row(1, "Manish", "Tyagi", "Inspector", "05/01/1996", "27/10/2025", "9829045123", "manish.tyagi96@gmail.com",
                "CGST Meerut", "Meerut"),
            row(2, "Shalini", "Tyagi", "Inspector", "06/02/1997", "27/10/2025", "+919829045123", "shalini.tyagi97@gmail.com",
                "CGST Meerut", "Meerut")]
    frm = "vipin.kumar2@icegate.gov.in"
    send("creation-same-mobile-with-plus91", frm,
         "Sir,\n\nKindly create SSO IDs for the two officers (husband and wife) in the template.\n"
         "Service books attached.\n\nRegards\nVipin Kumar\nAC, CGST Meerut\nMob 7500012345\n",
         name="Vipin Kumar", subject="SSO ID creation - CGST Meerut",
         atts=[A(xlsx(rows), XLSX_CT, "template Meerut.xlsx", "template"),
               A(sb("Manish Tyagi", "05/01/1996", "27/10/2025"), PDF, "SB Manish.pdf", "service_book"),
               A(sb("Shalini Tyagi", "06/02/1997", "27/10/2025"), PDF, "SB Shalini.pdf", "service_book")],
         errors=[(5, "mobile", "duplicate_mobile")], kind="icegate", rt="sso_creation",
         intent="Row 5's mobile '+919829045123' is row 4's '9829045123' with the +91 prefix: the same number")

    rows = [row(1, "Bhavesh", "Patel", "Inspector", "10/02/1995", "20/10/2025", "9898012345", "bhavesh.patel95@gmail.com",
                "Custom House, Kandla", "Gandhidham"),
            row(2, "Hetal", "Desai", "Inspector", "11/03/1996", "20/10/2025", "9898112345", "hetal.desai96@gmail.com",
                "Custom House, Kandla", "Gandhidham"),
            [],
            row(3, "Kiran", "Solanki", "Inspector", "12/04/1997", "20/10/2025", "98981123456", "kiran.solanki97@gmail.com",
                "Custom House, Kandla", "Gandhidham")]
    frm = "sysmgr.kandla@icegate.gov.in"
    send("creation-blank-row-between-officers", frm,
         "Sir,\n\nSSO IDs may please be created for three Inspectors (template and service books\nattached).\n\n"
         "Regards,\nJignesh Shah\nSystem Manager, Custom House Kandla\nMobile: 9825012345\nEmail: jignesh.shah@icegate.gov.in\n",
         name="System Manager Kandla", subject="SSO IDs - 3 Inspectors",
         atts=[A(xlsx(rows, titles=("SSO ID / ICEGATE e-mail ID creation",)), XLSX_CT, "Kandla.xlsx", "template"),
               A(sb("Bhavesh Patel", "10/02/1995", "20/10/2025"), PDF, "SB1.pdf", "service_book"),
               A(sb("Hetal Desai", "11/03/1996", "20/10/2025"), PDF, "SB2.pdf", "service_book"),
               A(sb("Kiran Solanki", "12/04/1997", "20/10/2025"), PDF, "SB3.pdf", "service_book")],
         errors=[(6, "mobile", "invalid_mobile")], kind="generic", rt="sso_creation",
         intent="Header on row 2, officers on rows 3-4, row 5 left empty, third officer on row 6 with an 11-digit mobile (reported as row 6)")

    rows = [row(1, "Anjali", "Menon", "Inspector", "08/08/1996", "20/10/2025", "9447112345", "cexcochi@nic.in",
                "CGST Kochi", "Kochi"),
            row(2, "Rahul", "Varghese", "Inspector", "09/09/1995", "20/10/2025", "9447212345", "cgstkochi.division1@gmail.com",
                "CGST Kochi", "Kochi"),
            row(3, "Divya", "Nair", "Inspector", "10/10/1997", "20/10/2025", "9447312345", "divya.nair97@gmail.com",
                "CGST Kochi", "Kochi")]
    frm = "sreekumar.pk@icegate.gov.in"
    send("creation-office-mailboxes-as-alternate", frm,
         "Sir,\n\nPlease create SSO IDs for the three Inspectors in the attached template; service book\n"
         "pages enclosed.\n\nRegards,\nSreekumar P.K.\nDeputy Commissioner (Systems), CGST Kochi\n+91 94470 99881\n",
         name="Sreekumar P.K.", subject="SSO IDs - CGST Kochi",
         atts=[A(xlsx(rows), XLSX_CT, "Kochi template.xlsx", "template"),
               A(sb("Anjali Menon", "08/08/1996", "20/10/2025"), PDF, "Anjali.pdf", "service_book"),
               A(sb("Rahul Varghese", "09/09/1995", "20/10/2025"), PDF, "Rahul.pdf", "service_book"),
               A(sb("Divya Nair", "10/10/1997", "20/10/2025"), PDF, "Divya.pdf", "service_book")],
         errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")],
         kind="icegate", rt="sso_creation",
         intent="Alternate e-mails: the Commissionerate's nic.in mailbox and a Division's office Gmail (both generic); row 6 personal")

    html_export = (b"<html><head><meta charset=\"utf-8\"></head><body><table border=1><tr><th>First Name</th>"
                   b"<th>Last Name</th><th>Designation</th></tr><tr><td>Sourabh</td><td>Jain</td><td>Inspector</td></tr>"
                   b"</table></body></html>")
    frm = "sysmgr.bhopal@icegate.gov.in"
    send("creation-html-saved-as-xlsx", frm,
         "Sir,\n\nThe template downloaded from our HR portal is attached with the service book page of\n"
         "Shri Sourabh Jain, Inspector, for creation of his SSO ID.\n\nRegards,\nPrakash Dubey\n"
         "Superintendent (System Manager), CGST Bhopal\nprakash.dubey@icegate.gov.in\nMob: 9425112345\n",
         name="System Manager CGST Bhopal", subject="SSO ID - Sourabh Jain",
         atts=[A(html_export, XLSX_CT, "SSO_template.xlsx", "template"),
               A(sb("Sourabh Jain", "04/04/1996", "27/10/2025"), PDF, "Sourabh SB.pdf", "service_book")],
         errors=[(0, "", "unreadable")], kind="generic", rt="sso_creation",
         intent="'SSO_template.xlsx' is an HTML table exported by a web portal, not a readable .xlsx")

    ole = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"EncryptedPackage" * 64
    frm = "geeta.rani@icegate.gov.in"
    send("creation-password-protected-template", frm,
         "Sir,\n\nThe SSO ID creation template of Smt. Komal Arora, Inspector, is attached with her service\n"
         "book page. As it has personal data the template is password protected; the password is\n"
         "Komal@1997.\n\nRegards\nGeeta Rani\nSuperintendent (Systems), CGST Gurugram\n9810012345\n",
         name="Geeta Rani", subject="SSO ID creation - Komal Arora (password protected file)",
         atts=[A(ole, XLSX_CT, "SSO template Komal Arora.xlsx", "template"),
               A(jpeg(622), "image/jpeg", "Service book Komal Arora.jpg", "service_book")],
         errors=[(0, "", "unreadable")], kind="icegate", rt="sso_creation",
         intent="The template is password protected (an encrypted OLE file, not a readable .xlsx); the mail is full of 'password'")

    rows = [row(1, "Vishnu", "Prasad", "Inspector", "03/03/1996", "20/10/2025", "9496012345", "vishnu.prasad96@gmail.com",
                "CGST Thiruvananthapuram", "Thiruvananthapuram")]
    frm = "cex15sys.ker@nic.in"
    send("creation-nic-generic-fully-signed", frm,
         "Sir,\n\nForwarded for creation of SSO ID and ICEGATE e-mail ID in respect of Shri Vishnu Prasad,\n"
         "Inspector. Template and service book attached.\n\nYours faithfully,\nB. G. Krishnan\n"
         "Joint Commissioner (Systems Manager)\nbg.krishnan@icegate.gov.in\nPh: 0484-2390404\n",
         name="ACL Admin Kochi", subject="SSO ID creation - Vishnu Prasad",
         atts=[A(xlsx(rows), XLSX_CT, "template Vishnu.xlsx", "template"),
               A(sb("Vishnu Prasad", "03/03/1996", "20/10/2025"), PDF, "Vishnu SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Kochi's Systems mailbox on nic.in, fully signed: only icegate_sender is missing")

    rows = [row(1, "Tanvi", "Kapoor", "Inspector", "19/09/1998", "27/10/2025", "7838012345", "tanvi.kapoor98@gmail.com",
                "CGST Delhi East", "Delhi")]
    frm = "tanvi.kapoor98@gmail.com"
    send("creation-new-joinee-own-gmail-documents-complete", frm,
         "Respected Sir/Madam,\n\nI joined as Inspector in CGST Delhi East on 27.10.2025. I do not have an SSO ID\n"
         "yet. My filled template and service book page are attached. Kindly create my SSO ID.\n\n"
         "Thanking you,\nTanvi Kapoor\nInspector, CGST Delhi East\n7838012345\n",
         name="Tanvi Kapoor", subject="Request for SSO ID", client="gmail",
         atts=[A(xlsx(rows), XLSX_CT, "Tanvi_Kapoor_template.xlsx", "template"),
               A(sb("Tanvi Kapoor", "19/09/1998", "27/10/2025"), PDF, "Tanvi_service_book.pdf", "service_book")],
         kind="personal", rt="sso_creation",
         intent="A new joinee sends a complete request from her own Gmail: only icegate_sender is missing")

    rows = [row(1, "Mohammed", "Rafi", "Inspector", "12/12/1995", "13/10/2025", "9566012345", "mrafi95@gmail.com",
                "Chennai Customs", "Chennai")]
    frm = "sysmgr.chennaiair@icegate.gov.in"
    send("creation-certificate-named-letter", frm,
         "Sir,\n\nShri Mohammed Rafi, Inspector, joined on 13.10.2025 on transfer from the Department of\n"
         "Posts. His service book is yet to be received, so a letter of the Joint Commissioner\ncertifying his details is "
         "attached with the template.\n\nRegards,\nG. Lakshmi\nSuperintendent (System Manager), Air Cargo Chennai\n"
         "g.lakshmi@icegate.gov.in\n044-22560123\n",
         name="System Manager Chennai Air Cargo", subject="SSO ID creation - Mohammed Rafi",
         atts=[A(xlsx(rows), XLSX_CT, "Rafi.xlsx", "template"),
               A(certificate("Mohammed Rafi", "12/12/1995", "13/10/2025"), PDF, "letter.pdf", "certification_letter")],
         kind="generic", rt="sso_creation", review=True,
         intent="The Joint Commissioner's certificate is named 'letter.pdf' and told by its text; it stands for the service book: review")

    rows = [row(1, "Alok", "Ranjan", "Senior Intelligence Officer", "01/01/1988", "05/06/2012", "9811012345",
                "alok.ranjan88@gmail.com", "DRI Headquarters (COIN)", "Kathmandu")]
    frm = "jd.coin@icegate.gov.in"
    send("creation-coin-posting-kathmandu", frm,
         "Sir,\n\nShri Alok Ranjan, Senior Intelligence Officer, is on a COIN posting at the Embassy of India,\n"
         "Kathmandu. Kindly create his SSO ID and ICEGATE e-mail ID. Template and service book page\nattached.\n\n"
         "Regards,\nVandana Sinha\nJoint Director, DRI Headquarters\nvandana.sinha@icegate.gov.in\n011-23219876\n",
         name="JD COIN DRI HQ", subject="SSO ID - officer on COIN posting",
         atts=[A(xlsx(rows), XLSX_CT, "COIN officer.xlsx", "template"),
               A(sb("Alok Ranjan", "01/01/1988", "05/06/2012"), PDF, "SB Alok Ranjan.pdf", "service_book")],
         kind="generic", rt="sso_creation", review=True,
         intent="DRI HQ's JD (COIN) mailbox asks for an officer on a COIN posting abroad: review")

    rows = [row(1, "Sachin", "Gawde", "Inspector", "02/02/1997", "20/10/2025", "9920012345", "sachin.gawde97@gmail.com",
                "Foreign Post Office, Mumbai", "Mumbai")]
    frm = "sysmgr.fpomumbai@icegate.gov.in"
    send("creation-foreign-post-office-is-in-india", frm,
         "Sir,\n\nShri Sachin Gawde, Inspector, posted at the Foreign Post Office, Mumbai, needs an SSO ID\n"
         "for working on the FPO module. Template and service book attached.\n\nRegards,\nManoj Sawant\n"
         "Superintendent (System Manager), Foreign Post Office, Mumbai\nmanoj.sawant@icegate.gov.in\nMob: 9920112345\n",
         name="System Manager FPO Mumbai", subject="SSO ID creation - FPO Mumbai",
         atts=[A(xlsx(rows), XLSX_CT, "FPO template.xlsx", "template"),
               A(sb("Sachin Gawde", "02/02/1997", "20/10/2025"), PDF, "SB Sachin.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="'Foreign Post Office, Mumbai' is a posting in India, not outside it: complete, acknowledge")

    rows = [row(1, "Vignesh", "Raman", "Appraiser", "06/06/1986", "01/09/2011", "9840012345", "vignesh.raman86@gmail.com",
                "Air Cargo Complex, Chennai", "Chennai")]
    frm = "sysmgr.chennaiair@icegate.gov.in"
    send("creation-back-from-abroad-now-posted-chennai", frm,
         "Sir,\n\nShri Vignesh Raman, Appraiser, has returned on repatriation from the Consulate General of\n"
         "India, Dubai, and is now posted at the Air Cargo Complex, Chennai. No SSO ID was ever created\n"
         "for him. Template and service book page attached.\n\nRegards,\nG. Lakshmi\n"
         "Superintendent (System Manager), Air Cargo Chennai\ng.lakshmi@icegate.gov.in\n044-22560123\n",
         name="System Manager Chennai Air Cargo", subject="SSO ID creation - Vignesh Raman",
         atts=[A(xlsx(rows), XLSX_CT, "Vignesh.xlsx", "template"),
               A(sb("Vignesh Raman", "06/06/1986", "01/09/2011"), PDF, "Vignesh SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="The officer was posted abroad but is now posted in Chennai: no COIN / outside-India review")

    quoted = ("On Mon, 27 Oct 2025 at 11:02, System Manager Vizag <sysmgr.vtz1@icegate.gov.in> wrote:\n"
              "> Sir,\n> Kindly create SSO IDs for the two new Inspectors. The filled template\n"
              "> (SSO_template_Vizag.xlsx) and service book pages (SB_Ravi.pdf, SB_Latha.pdf)\n> are attached.\n")
    frm = "sysmgr.vtz1@icegate.gov.in"
    send("creation-reminder-documents-only-in-quote", frm,
         "Sir,\n\nReminder. The SSO IDs for the two Inspectors requested in the mail below have not been\n"
         "created so far. Kindly create them at the earliest as they are unable to work on ACES.\n\n"
         "Regards,\nP. Gopichand\nAssistant Commissioner (EDI)\nCustom House, Visakhapatnam\n"
         "p.gopichand@icegate.gov.in\nMobile: 9849012345\n\n" + quoted,
         name="System Manager Vizag", subject="Re: SSO ID creation - 2 Inspectors - Custom House Vizag", client="gmail",
         kind="generic", rt="sso_creation",
         intent="Reminder with no attachments; the template and service books are named only in the quoted original (triage judges the mail alone)")

    rows = [row(1, "Ravi", "Teja", "Inspector", "05/05/1996", "13/10/2025", "9849112345", "raviteja96@gmail.com",
                "Custom House, Visakhapatnam", "Visakhapatnam"),
            row(2, "Latha", "Kumari", "Inspector", "06/06/1997", "13/10/2025", "9849212345", "lathakumari97@gmail.com",
                "Custom House, Visakhapatnam", "Visakhapatnam")]
    send("creation-reminder-documents-attached-again", frm,
         "Sir,\n\nSecond reminder. The SSO IDs for the two Inspectors are still not created. The template\n"
         "and service book pages are attached once again.\n\nRegards,\nP. Gopichand\nAssistant Commissioner (EDI)\n"
         "Custom House, Visakhapatnam\np.gopichand@icegate.gov.in\nMobile: 9849012345\n\n" + quoted,
         name="System Manager Vizag", subject="Re: SSO ID creation - 2 Inspectors - Custom House Vizag", client="gmail",
         atts=[A(xlsx(rows), XLSX_CT, "SSO_template_Vizag.xlsx", "template"),
               A(sb("Ravi Teja", "05/05/1996", "13/10/2025"), PDF, "SB_Ravi.pdf", "service_book"),
               A(sb("Latha Kumari", "06/06/1997", "13/10/2025"), PDF, "SB_Latha.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="Second reminder with the documents attached again: complete")

    fwd = gmail_fwd("Nitin Bansal <nitinbansal.insp@gmail.com>", "Fri, 31 Oct 2025 at 19:20",
                    "SSO ID creation - Nitin Bansal", "<acladmin.chandigarh@icegate.gov.in>",
                    "Sir,\n\nI joined as Inspector on 27.10.2025. Please forward my SSO ID request. The template\n"
                    "(Nitin_template.xlsx) and my service book page (Nitin_SB.pdf) are attached.\n\n"
                    "Regards\nNitin Bansal\nInspector\n9876012345\n")
    frm = "acladmin.chandigarh@icegate.gov.in"
    send("creation-forward-names-files-but-carries-none", frm,
         "Sir,\n\nForwarded for creation of SSO ID.\n\nRegards,\nHarpreet Gill\nSuperintendent (ACL Admin)\n"
         "CGST Chandigarh\nharpreet.gill@icegate.gov.in\n0172-2700456\n" + fwd,
         name="ACL Admin Chandigarh", subject="Fwd: SSO ID creation - Nitin Bansal", client="gmail",
         kind="generic", rt="sso_creation",
         intent="A forward whose forwarded text names the template and service book files, but the forward carries no attachment")

    rows = [row(1, "Deepika", "Rathi", "Inspector", "14/11/1997", "27/10/2025", "9306012345", "deepika.rathi97@gmail.com",
                "CGST Rohtak", "Rohtak")]
    inner = multi("mixed", [text("Sir,\n\nPlease get my SSO ID created. Template and service book attached.\n\n"
                                 "Deepika Rathi\nInspector\n", cte="7bit"),
                            att(xlsx(rows), XLSX_CT, "Deepika template.xlsx"),
                            att(sb("Deepika Rathi", "14/11/1997", "27/10/2025"), PDF, "Deepika SB.pdf")], "inner-c6-a")
    mid_msg = multi("mixed", [text("Forwarded to System Manager for necessary action.\n\nAC, Division-II\n", cte="7bit"),
                              rfc822("From: Deepika Rathi <deepika.rathi97@gmail.com>\nTo: ac.div2.rohtak@gmail.com\n"
                                     "Subject: SSO ID\nDate: Thu, 30 Oct 2025 18:00:00 +0530\n"
                                     "Message-ID: <inner-c6-a@mail.gmail.com>\n", inner, "SSO ID.eml")], "inner-c6-b")
    outer = multi("mixed", [alt("Sir,\n\nThe request of Smt. Deepika Rathi, Inspector, received through the Division is\n"
                                "forwarded (attached mail) for creation of SSO ID.\n\nRegards,\nSatish Hooda\n"
                                "Superintendent (System Manager), CGST Rohtak\nsatish.hooda@icegate.gov.in\n"
                                "Mobile: 9416012345\n", b="c6nest"),
                            rfc822("From: AC Division II Rohtak <ac.div2.rohtak@gmail.com>\nTo: sysmgr.rohtak@icegate.gov.in\n"
                                   "Subject: FW: SSO ID\nDate: Fri, 31 Oct 2025 10:00:00 +0530\n"
                                   "Message-ID: <inner-c6-b@mail.gmail.com>\n", mid_msg, "FW SSO ID.eml")],
                  "----=_NextPart_000_0C6N_01DC5B22.AA")
    frm = "sysmgr.rohtak@icegate.gov.in"
    send("creation-forward-inside-forward", frm, None, name="System Manager Rohtak", subject="FW: FW: SSO ID",
         client="outlook", parts=outer, inner_kinds=["template", "service_book"], kind="generic", rt="sso_creation",
         intent="An attached message that itself attaches a message holding the template and service book: the innermost files count")

    frm = "rahul.saxena@icegate.gov.in"
    send("creation-reply-sends-book-template-only-in-quote", frm,
         "Sir,\n\nAs desired, the service book page of Shri Kunal Verma, Inspector, is attached for creation\n"
         "of his SSO ID.\n\nRegards,\nRahul Saxena\nAssistant Commissioner, CGST Agra\nMob 9412112345\n\n"
         "On 05/11/2025 16:20, Saksham Seva Helpdesk wrote:\n> Sir,\n> For creation of the SSO ID please send the "
         "filled creation template (.xlsx) and the\n> scanned service book page showing name, date of birth and date of joining.\n"
         "> Regards, Saksham Seva\n",
         name="Rahul Saxena", subject="Re: SSO ID for Kunal Verma", client="tb",
         atts=[A(sb("Kunal Verma", "01/12/1996", "20/10/2025"), PDF, "Kunal Verma service book.pdf", "service_book")],
         kind="icegate", rt="sso_creation",
         intent="Reply carrying only the service book; the helpdesk's request for the template is only in the quote")

    rows = [row(1, "Sirisha", "Kota", "Inspector", "04/04/1997", "20/10/2025", "9490012345", "sirisha.kota97@gmail.com",
                "Custom House, Visakhapatnam", "Visakhapatnam")]
    frm = "sysmgr.vtz1@icegate.gov.in"
    send("creation-signature-email-is-another-office-mailbox", frm,
         "Sir,\n\nKindly create SSO ID for Smt. Sirisha Kota, Inspector. Template and service book attached.\n\n"
         "Regards,\nK. Ramana Murthy\nSuperintendent (EDI)\nCustom House, Visakhapatnam\nE-mail: edi.vizag@icegate.gov.in\n"
         "Mobile: 9849312345\n",
         name="System Manager Vizag", subject="SSO ID - Sirisha Kota",
         atts=[A(xlsx(rows), XLSX_CT, "Sirisha.xlsx", "template"),
               A(sb("Sirisha Kota", "04/04/1997", "20/10/2025"), PDF, "Sirisha SB.pdf", "service_book")],
         lack=["signature_email"], kind="generic", rt="sso_creation",
         intent="Generic sender signs with the EDI Section's mailbox as e-mail: an office mailbox, not an individual e-mail ID")

    rows = [row(1, "Bharath", "Kumar", "Inspector", "07/07/1996", "20/10/2025", "9490112345", "bharath.kumar96@gmail.com",
                "Custom House, Visakhapatnam", "Visakhapatnam")]
    send("creation-name-only-in-body", frm,
         "Sir,\n\nThis is R. K. Sharma, Alternate System Manager, writing on behalf of the System Manager\n"
         "who is on leave. Kindly create SSO ID for Shri Bharath Kumar, Inspector. Template and service\nbook attached.\n\n"
         "Regards,\nAlternate System Manager\nCustom House, Visakhapatnam\nPh: 0891-2562295\n",
         name="System Manager Vizag", subject="SSO ID - Bharath Kumar",
         atts=[A(xlsx(rows), XLSX_CT, "Bharath.xlsx", "template"),
               A(sb("Bharath Kumar", "07/07/1996", "20/10/2025"), PDF, "Bharath SB.pdf", "service_book")],
         lack=["signature_name", "signature_email"], kind="generic", rt="sso_creation",
         intent="The writer names himself in the first paragraph but signs only with the post and a landline: text elsewhere does not fill the signature")

    rows = [row(1, "Prerna", "Singh", "Inspector", "03/09/1997", "27/10/2025", "6201012345", "prerna.singh97@gmail.com",
                "CGST Patna", "Patna")]
    frm = "sysmgr.patna@icegate.gov.in"
    send("creation-phone-only-in-body", frm,
         "Sir,\n\nKindly create SSO ID for Smt. Prerna Singh, Inspector. Template and service book are\nattached. "
         "In case of any query I can be reached on 94311 23456.\n\nRegards,\nAmitabh Sinha\n"
         "Superintendent (System Manager), CGST Patna\namitabh.sinha@icegate.gov.in\n",
         name="System Manager CGST Patna", subject="SSO ID creation - Prerna Singh",
         atts=[A(xlsx(rows), XLSX_CT, "Prerna.xlsx", "template"),
               A(sb("Prerna Singh", "03/09/1997", "27/10/2025"), PDF, "Prerna SB.pdf", "service_book")],
         lack=["signature_phone"], kind="generic", rt="sso_creation",
         intent="Generic sender's mobile is only in the body ('I can be reached on ...'), not in the signature")

    rows = [row(1, "Srikanth", "Goud", "Inspector", "11/11/1996", "20/10/2025", "9441012345", "srikanth.goud96@gmail.com",
                "CGST Secunderabad", "Secunderabad")]
    frm = "sysmgr.secunderabad@icegate.gov.in"
    send("creation-signature-in-capitals-thanks-regds", frm,
         "Sir,\n\nTemplate and service book of Shri Srikanth Goud, Inspector, for creation of SSO ID.\n\n"
         "Thanks & Regds,\nSURESH BABU K\nSUPERINTENDENT (SYSTEMS)\nCENTRAL TAX, SECUNDERABAD\nMOB: 98480 12345\n"
         "EMAIL: SURESHBABU.K@ICEGATE.GOV.IN\n",
         name="SYSMGR SECUNDERABAD", subject="SSO ID CREATION",
         atts=[A(xlsx(rows), XLSX_CT, "SRIKANTH.xlsx", "template"),
               A(sb("Srikanth Goud", "11/11/1996", "20/10/2025"), PDF, "SRIKANTH SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="'Thanks & Regds' and a signature all in capitals (name ending with an initial, e-mail in capitals)")

    rows = [row(1, "Nikita", "Bose", "Inspector", "02/02/1998", "20/10/2025", "9830012345", "nikita.bose98@gmail.com",
                "Kolkata Customs", "Kolkata")]
    frm = "edi.kolkataport@icegate.gov.in"
    send("creation-dashdash-signature", frm,
         "Sir,\nPlease create the SSO ID of Smt. Nikita Bose, Inspector (docs attached).\n\n-- \nSubhajit Dey\n"
         "Appraiser (EDI), Kolkata Customs\nsubhajit.dey@icegate.gov.in\n+91-98300-54321\n",
         name="EDI Kolkata Port", subject="SSO ID - Nikita Bose", client="tb",
         atts=[A(xlsx(rows), XLSX_CT, "Nikita.xlsx", "template"),
               A(sb("Nikita Bose", "02/02/1998", "20/10/2025"), PDF, "Nikita SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="Signature after a '-- ' line with no closing word; mobile +91-98300-54321")

    rows = [row(1, "Aditi", "Chaturvedi", "Inspector", "09/03/1997", "27/10/2025", "9425212345", "aditi.c97@gmail.com",
                "CGST Gwalior", "Gwalior")]
    frm = "sysmgr.gwalior@icegate.gov.in"
    send("creation-hindi-closing-bilingual-signature", frm,
         "महोदय,\n\nश्रीमती अदिति चतुर्वेदी, निरीक्षक, के SSO ID निर्माण हेतु टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\n"
         "Template and service book of Smt. Aditi Chaturvedi, Inspector, are attached for creation of SSO ID.\n\n"
         "सादर,\nराकेश वर्मा / Rakesh Verma\nअधीक्षक (प्रणाली) / Superintendent (Systems)\nCGST Gwalior\n"
         "rakesh.verma@icegate.gov.in\nमो. / Mob. 9425312345\n",
         name="System Manager CGST Gwalior", subject="SSO ID निर्माण - Aditi Chaturvedi",
         atts=[A(xlsx(rows), XLSX_CT, "Aditi.xlsx", "template"),
               A(sb("Aditi Chaturvedi", "09/03/1997", "27/10/2025"), PDF, "Aditi SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="Bilingual Hindi/English body with the Hindi closing 'सादर' and a bilingual signature")

    rows = [row(1, "Zoya", "Ansari", "Inspector", "12/08/1997", "20/10/2025", "9935012345", "zoya.ansari97@gmail.com",
                "CGST Varanasi", "Varanasi")]
    html = ("<html><body><div class=WordSection1><p class=MsoNormal>Sir,</p><p class=MsoNormal>Kindly create SSO ID "
            "for Ms. Zoya Ansari, Inspector. Template and service book attached.</p><p class=MsoNormal>Regards,</p>"
            "<p class=MsoNormal>Ashutosh Rai<br>Superintendent (System Manager)<br>CGST Varanasi<br>"
            "ashutosh.rai@icegate.gov.in<br>Mob. 9415012345</p><p class=MsoNormal><img src=\"cid:logo@cgstvns\" "
            "width=120></p></div></body></html>")
    logo = att(make_png(60, 30, 90), "image/png", "x", disp="inline", cid="logo@cgstvns", name_in_ct=False, fn_in_cd=False)
    rel = multi("related", [text(html, "html", "qp"), logo], "----=_NextPart_001_0C6R_01DC5B22.BB")
    parts = multi("mixed", [rel, att(xlsx(rows), XLSX_CT, "Zoya.xlsx"),
                            att(sb("Zoya Ansari", "12/08/1997", "20/10/2025"), PDF, "Zoya SB.pdf")],
                  "----=_NextPart_000_0C6R_01DC5B22.BB")
    frm = "sysmgr.varanasi@icegate.gov.in"
    send("creation-html-only-logo-without-file-name", frm, None, name="System Manager Varanasi",
         subject="SSO ID - Zoya Ansari", client="outlook", parts=parts, inner_kinds=["template", "service_book"],
         kind="generic", rt="sso_creation",
         intent="HTML-only Outlook mail; the inline logo has a Content-ID but no file name, so it is not an attachment")

    rows = [row(1, "Karan", "Malhotra", "Inspector", "01/07/1996", "27/10/2025", "9872012345", "karan.malhotra96@gmail.com",
                "Amritsar Customs", "Amritsar")]
    html = ("<html><body><p>Sir,</p><p>Template and service book of Shri Karan Malhotra, Inspector, attached for creation "
            "of SSO ID.</p><p>Regards,<br>Simranjeet Kaur<br>Appraiser (System Manager), Amritsar Customs<br>"
            "simranjeet.kaur@icegate.gov.in<br>Mobile 9872112345</p><p><img src=\"cid:image001.png@01DC5B22.CC\"></p>"
            "</body></html>")
    plain = ("Sir,\n\nTemplate and service book of Shri Karan Malhotra, Inspector, attached for creation of SSO ID.\n\n"
             "Regards,\nSimranjeet Kaur\nAppraiser (System Manager), Amritsar Customs\nsimranjeet.kaur@icegate.gov.in\n"
             "Mobile 9872112345\n[cid:image001.png@01DC5B22.CC]\n")
    logo = att(make_png(60, 30, 120), "image/png", "image001.png", disp="inline", cid="image001.png@01DC5B22.CC",
               fn_in_cd=False)
    rel = multi("related", [alt(plain, html, b="c6logo"), logo], "----=_NextPart_001_0C6S_01DC5B22.CC")
    parts = multi("mixed", [rel, att(xlsx(rows), XLSX_CT, "Karan.xlsx"),
                            att(sb("Karan Malhotra", "01/07/1996", "27/10/2025"), PDF, "Karan SB.pdf")],
                  "----=_NextPart_000_0C6S_01DC5B22.CC")
    frm = "sysmgr.amritsar@icegate.gov.in"
    send("creation-inline-logo-named-only-in-content-type", frm, None, name="System Manager Amritsar",
         subject="SSO ID creation - Karan Malhotra", client="outlook", parts=parts,
         inner_kinds=["template", "service_book", "other"], kind="generic", rt="sso_creation",
         intent="The inline logo has its file name only in Content-Type's name= (no Content-Disposition at all): it is an attachment, of kind other")

    rows = [row(1, "Lakshmi", "Narayanan", "Inspector", "15/05/1996", "20/10/2025", "9884012345",
                "lakshmi.narayanan96@gmail.com", "Chennai Customs", "Chennai")]
    sbname = "சேவை பதிவேடு - Service Book - Lakshmi Narayanan (first page).pdf"
    enc = quote(sbname, safe="")
    sbpart = MIMENonMultipart("application", "pdf")
    del sbpart["MIME-Version"]
    del sbpart["Content-Type"]
    sbpart["Content-Type"] = "application/pdf"
    cut = len(enc) // 2
    while "%" in enc[cut - 2:cut]:
        cut -= 1
    sbpart["Content-Disposition"] = f"attachment;\n filename*0*=UTF-8''{enc[:cut]};\n filename*1*={enc[cut:]}"
    sbpart["Content-Transfer-Encoding"] = "base64"
    sbpart.set_payload(base64.encodebytes(make_pdf(["Scanned page"])).decode("ascii"))
    frm = "sysmgr.chennaisea@icegate.gov.in"
    send("creation-rfc2231-continued-file-name", frm,
         "Sir,\n\nPlease create SSO ID for Shri Lakshmi Narayanan, Inspector. Template and service book\nattached.\n\n"
         "Regards,\nR. Balasubramanian\nSuperintendent (System Manager), Chennai Customs\nr.balasubramanian@icegate.gov.in\n"
         "Mob: 94440 12345\n",
         name="System Manager Chennai Sea", subject="SSO ID creation - Lakshmi Narayanan", client="tb",
         atts=[A(xlsx(rows), "application/vnd.ms-excel", "Lakshmi Narayanan.xlsx", "template"), (sbpart, "service_book")],
         kind="generic", rt="sso_creation",
         intent="Service book file name in Tamil and English split over RFC 2231 continuations (filename*0*/filename*1*); template sent as application/vnd.ms-excel")

    rows = [row(1, "Pankaj", "Rawal", "Inspector", "06/10/1996", "27/10/2025", "9460112345", "pankaj.rawal96@gmail.com",
                "CGST Udaipur", "Udaipur")]
    roles = grid([("Roles", [["Name of Officer", "Designation", "Role", "Location Code"],
                             ["Pankaj Rawal", "Inspector", "Range Officer", "RJ0402"]], 1, {})])
    frm = "sysmgr.udaipur@icegate.gov.in"
    send("creation-template-and-role-sheet", frm,
         "Sir,\n\nKindly create the SSO ID of Shri Pankaj Rawal, Inspector (template in Book1.xlsx, service\n"
         "book attached). The roles to be given after creation are in the second sheet.\n\nRegards,\nHemant Purohit\n"
         "Superintendent (System Manager), CGST Udaipur\nhemant.purohit@icegate.gov.in\n0294-2412345\n",
         name="System Manager Udaipur", subject="SSO ID creation - Pankaj Rawal",
         atts=[A(xlsx(rows), XLSX_CT, "Book1.xlsx", "template"),
               A(roles, XLSX_CT, "Roles after creation.xlsx", "other"),
               A(sb("Pankaj Rawal", "06/10/1996", "27/10/2025"), PDF, "Pankaj SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Two workbooks: 'Book1.xlsx' is the template by its header, the role sheet (with a 'Designation' column) is not")

    frm = "sysmgr.trichy@icegate.gov.in"
    send("creation-details-typed-in-body-no-template", frm,
         "Sir,\n\nKindly create SSO ID for the officer below. Service book page attached.\n\n"
         "First Name: Arvind\nLast Name: Selvam\nDesignation: Inspector\nDate of Birth: 14/02/1996\n"
         "Date of Joining CBIC: 20/10/2025\nMobile No.: 9443212345\nAlternate Email ID: arvind.selvam96@gmail.com\n"
         "Commissionerate / Office: Trichy Customs\n\nRegards,\nJ. Anand\nSuperintendent (System Manager), Trichy Customs\n"
         "j.anand@icegate.gov.in\n0431-2412345\n",
         name="System Manager Trichy", subject="SSO ID - Arvind Selvam",
         atts=[A(sb("Arvind Selvam", "14/02/1996", "20/10/2025"), PDF, "Arvind SB.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="The template's fields typed into the body instead of an .xlsx: the template is missing")

    rows = [row(1, "Ritu", "Bansal", "Inspector", "01/01/1996", "27/10/2025", "9467012345", "ritu.bansal96@gmail.com",
                "CGST Panchkula", "Panchkula"),
            row(2, "Gaurav", "Bansal", "Inspector", "02/02/1995", "27/10/2025", "9467112345", "gaurav.bansal95@gmail.com",
                "CGST Panchkula", "Panchkula"),
            row(3, "Meenu", "Bansal", "Inspector", "03/03/1997", "27/10/2025", "9467212345", "ritu.bansal96@gmail.com",
                "CGST Panchkula", "Panchkula")]
    frm = "ajay.kaushik@icegate.gov.in"
    send("creation-third-row-repeats-first-alternate-email", frm,
         "Sir,\n\nSSO IDs may please be created for the three Inspectors. Template and service books\nattached.\n\n"
         "Regards,\nAjay Kaushik\nDy. Commissioner, CGST Panchkula\nMob. 9467312345\n",
         name="Ajay Kaushik", subject="SSO IDs - CGST Panchkula",
         atts=[A(xlsx(rows), XLSX_CT, "Panchkula.xlsx", "template"),
               A(sb("Ritu Bansal", "01/01/1996", "27/10/2025"), PDF, "SB Ritu.pdf", "service_book"),
               A(sb("Gaurav Bansal", "02/02/1995", "27/10/2025"), PDF, "SB Gaurav.pdf", "service_book"),
               A(sb("Meenu Bansal", "03/03/1997", "27/10/2025"), PDF, "SB Meenu.pdf", "service_book")],
         errors=[(6, "alt_email", "duplicate_alt_email")], kind="icegate", rt="sso_creation",
         intent="Row 6's alternate e-mail repeats row 4's (not the row just above it)")

    rows = [row(1, "Mohammed Irfan", "Khan", "Inspector", "10/10/1995", "20/10/2025", "09826412345",
                "irfan.khan95@gmail.com", "CGST Raipur", "Raipur", middle="K."),
            row(2, "Joseph", "D'Souza", "Inspector", "11/11/1996", "20/10/2025", "+917000012345", "joseph.dsouza96@gmail.com",
                "CGST Raipur", "Raipur"),
            row(3, "Hari", "Lal", "Inspector", "12/12/1994", "20/10/2025", "6260012345", "harilal94@gmail.com",
                "CGST Raipur", "Raipur")]
    frm = "sysmgr.raipur@icegate.gov.in"
    send("creation-valid-but-unusual-names-and-mobiles", frm,
         "Sir,\n\nTemplate and service books of three Inspectors attached for creation of SSO IDs.\n\n"
         "Best,\nSmita Verma\nSuperintendent (System Manager), CGST Raipur\nsmita.verma@icegate.gov.in\n0771-2412345\n",
         name="System Manager Raipur", subject="SSO IDs - CGST Raipur",
         atts=[A(xlsx(rows), XLSX_CT, "Raipur.xlsx", "template"),
               A(sb("Mohammed Irfan K. Khan", "10/10/1995", "20/10/2025"), PDF, "SB Irfan.pdf", "service_book"),
               A(sb("Joseph D'Souza", "11/11/1996", "20/10/2025"), PDF, "SB Joseph.pdf", "service_book"),
               A(sb("Hari Lal", "12/12/1994", "20/10/2025"), PDF, "SB Hari.pdf", "service_book")],
         kind="generic", rt="sso_creation",
         intent="Valid: two-word first name with middle initial, apostrophe surname, short surname 'Lal', mobiles with 0 and +91 prefixes and one starting with 6; 'Best,' sign-off")

    rows = [row(1, "Suman", "Das", "Inspector", "05/05/1996", "20/10/2025", "9401012345", "suman.das96@gmail.com",
                "Customs, Guwahati", "Guwahati")]
    frm = "sysmgr.guwahati@icegate.gov.in"
    send("creation-image-only-pdf-neutral-name", frm,
         "Sir,\n\nTemplate and scanned service book of Shri Suman Das, Inspector, attached.\n\nRegards,\nBikash Kalita\n"
         "Superintendent (System Manager), Customs Guwahati\nbikash.kalita@icegate.gov.in\nMob 9435012345\n",
         name="System Manager Guwahati", subject="SSO ID - Suman Das",
         atts=[A(xlsx(rows), XLSX_CT, "Suman.xlsx", "template"), A(make_pdf([]), PDF, "scan0002.pdf", "other")],
         kind="generic", rt="sso_creation",
         intent="The service book is an image-only PDF named 'scan0002.pdf': neither name nor text tells it, so it is other and the service book is missing")

    rows = [row(1, "Ashwini", "Kale", "Inspector", "07/07/1997", "27/10/2025", "9405012345", "ashwini.kale97@gmail.com",
                "CGST Nagpur", "Nagpur")]
    frm = "cgst.div2.nagpur@gmail.com"
    send("creation-division-gmail-signs-with-its-own-address", frm,
         "Sir,\n\nTemplate and service book of Smt. Ashwini Kale, Inspector, are attached for creation of\nSSO ID.\n\n"
         "Regards,\nPrashant Wankhede\nSuperintendent, CGST Division-II, Nagpur\nEmail: cgst.div2.nagpur@gmail.com\n"
         "Tel: (0712) 2565432\n",
         name="CGST Division II Nagpur", subject="SSO ID creation - Ashwini Kale", client="gmail",
         atts=[A(xlsx(rows), XLSX_CT, "Ashwini.xlsx", "template"),
               A(sb("Ashwini Kale", "07/07/1997", "27/10/2025"), PDF, "Ashwini SB.pdf", "service_book")],
         lack=["signature_email"], kind="generic", rt="sso_creation",
         intent="A Division's office Gmail signs with that Gmail as e-mail and a landline '(0712) 2565432': signature e-mail and icegate sender missing")


# ================================================================= sso_status

def status():
    frm = "priya.sharma.cgst@gmail.com"
    send("status-personal-gmail-office-word-call-me-on", frm,
         "Sir,\n\nI am Priya Sharma, working as Inspector in CGST Pune-I since 2019. I am not sure whether\n"
         "an SSO ID was ever created in my name, as I never received any login details. Please call\n"
         "me on 98220 45671 after 5 pm.\n\nThanks\nPriya\n",
         name="Priya Sharma", subject="Whether SSO ID exists in my name", client="gmail",
         kind="personal", rt="sso_status",
         intent="Personal Gmail whose local part has an office word ('priya.sharma.cgst'); name and designation in the first sentence, mobile in 'call me on ...'")

    frm = "sysmgr.pune1@icegate.gov.in"
    send("status-nodal-generic-for-an-officer", frm,
         "Sir,\n\nKindly confirm whether an SSO ID exists in the name of the officer below, who has joined\n"
         "this Commissionerate on deputation from the Income Tax Department.\n\nName of officer: Sameer Kulkarni\n"
         "Designation: Examiner\nMobile No. of officer: 9970012345\n\nRegards,\nNilesh Pawar\n"
         "Superintendent (System Manager), CGST Pune-I\nnilesh.pawar@icegate.gov.in\nTel: 020-26051234\n",
         name="System Manager Pune-I", subject="Whether SSO ID exists - Sameer Kulkarni",
         kind="generic", rt="sso_status",
         intent="Nodal officer's generic ID asks for another officer, whose details are labelled; full signature")

    frm = "sysmgr.kandla@icegate.gov.in"
    send("status-nodal-generic-signs-only-post", frm,
         "Sir,\n\nPlease check whether SSO ID is already available for the following officer.\n\n"
         "Name: Chirag Vora\nDesignation: Preventive Officer\nMobile: 9879012345\n\nRegards\nSystem Manager\n"
         "Custom House, Kandla\n",
         name="System Manager Kandla", subject="SSO ID availability - Chirag Vora",
         lack=["signature_name", "signature_email", "signature_phone"], kind="generic", rt="sso_status",
         intent="The officer's name and mobile are labelled in the body, but the generic sender signs only 'System Manager': the officer's details do not fill the signature")

    frm = "deepa.iyer1990@gmail.com"
    send("status-asks-id-and-password-if-it-exists", frm,
         "Respected Sir/Madam,\n\nI am not sure whether an SSO ID has been created for me. If an SSO ID already\nexists, "
         "kindly share the ID and the password so that I can log in to ACES.\n\nName: Deepa Iyer\n"
         "Designation: Superintendent, CGST Chennai North\nMobile: 9840112233\n\nRegards,\nDeepa Iyer\n",
         name="Deepa Iyer", subject="SSO ID and password", client="gmail", kind="personal", rt="sso_status",
         intent="Status enquiry that asks for the password too ('share the ID and the password'): it asks whether an ID exists")

    frm = "vinod.wankhede75@gmail.com"
    send("status-only-std-landline-looks-like-mobile", frm,
         "Sir,\n\nKindly let me know whether any SSO ID exists in my name.\n\nName: Vinod Wankhede\n"
         "Designation: Superintendent\nPh: 0712-2565433\n\nRegards\nVinod Wankhede\n",
         name="Vinod Wankhede", subject="SSO ID enquiry", client="gmail", lack=["mobile"], kind="personal",
         rt="sso_status",
         intent="The only number is Nagpur's STD code and a landline '0712-2565433' (0 + ten digits starting with 7): not a mobile")

    frm = "ravikiran.vzg@yahoo.com"
    send("status-landline-with-std-code-in-brackets", frm,
         "Dear Sir,\n\nWhether SSO ID has been created in my name? I have not received any mail.\n\n"
         "Ravi Kiran\nInspector, Custom House, Visakhapatnam\nOffice: (0891) 2562296\n",
         name="Ravi Kiran", subject="SSO ID", client="yahoo", lack=["mobile"], kind="personal", rt="sso_status",
         intent="The only number is an office landline written '(0891) 2562296': not a mobile")

    frm = "shetty.ganesh@rediffmail.com"
    send("status-labelled-landline-without-separator", frm,
         "Sir,\n\nPlease inform whether an SSO ID is available in my name.\n\nName: Ganesh Shetty\n"
         "Designation: Examiner, New Mangalore Custom House\nLandline: 08242408014\n\nThank you\n",
         name="Ganesh Shetty", subject="SSO ID enquiry", client="rediff", lack=["mobile"], kind="personal",
         rt="sso_status", intent="'Landline: 08242408014' (written without a separator) is labelled a landline: no mobile")

    frm = "kavitha.rajan@gmail.com"
    send("status-two-mobiles", frm,
         "Sir,\n\nKindly check whether an SSO ID exists for me.\n\nName: Kavitha Rajan\nDesignation: Inspector\n"
         "Mobile: 94140 22334 / 70140 56238\n\nRegards,\nKavitha\n",
         name="Kavitha Rajan", subject="Is my SSO ID created?", client="gmail", kind="personal", rt="sso_status",
         intent="Two mobiles on one line separated by a slash")

    frm = "arjun.mehta.85@outlook.com"
    send("status-plus91-in-brackets", frm,
         "Dear Sir,\n\nI would like to know whether an SSO ID has been created in my name.\n\nArjun Mehta\n"
         "Appraiser, Custom House, Kolkata\n(+91) 98310 45120\n",
         name="Arjun Mehta", subject="SSO ID status", client="outlook", kind="personal", rt="sso_status",
         intent="Mobile written '(+91) 98310 45120' in an unlabelled signature")

    frm = "ramesh.kumar82@gmail.com"
    send("status-name-only-in-address-and-display-name", frm,
         "Sir,\n\nI am working as Inspector in CGST Pune-II. Please tell me whether an SSO ID has been\n"
         "created for me.\n\nMob 9850012345\n\nRegards\n",
         name="Ramesh Kumar", subject="SSO ID", client="gmail", lack=["name"], kind="personal", rt="sso_status",
         intent="The name is only in the From display name and the address, neither of which counts")

    frm = "thangaraj.tut@gmail.com"
    send("status-single-word-name", frm,
         "Sir,\n\nI do not know whether I have an SSO ID. Kindly verify and inform.\n\nRegards,\nThangaraj\n"
         "Inspector, Tuticorin Customs\nMob: 94441 12233\n",
         name="Thangaraj", subject="Verification of SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="The officer signs with a single-word name")

    frm = "vslakshmanan@yahoo.co.in"
    send("status-initials-first-name", frm,
         "Sir,\n\nKindly inform whether SSO ID exists in my name.\n\nV. S. Lakshmanan\nSuperintendent of Customs, "
         "Chennai Air Cargo\nMobile 9444098765\n",
         name="V S Lakshmanan", subject="SSO ID", client="yahoo", kind="personal", rt="sso_status",
         intent="Name written initials first ('V. S. Lakshmanan')")

    frm = "mohanlal.meena64@gmail.com"
    send("status-labelled-in-capitals", frm,
         "SIR,\n\nKINDLY CHECK WHETHER SSO ID IS CREATED IN MY NAME.\n\nNAME: MOHAN LAL MEENA\n"
         "DESIGNATION: SUPERINTENDENT\nMOBILE: 9414098765\n\nTHANKS\n",
         name="MOHAN LAL MEENA", subject="SSO ID CHECK", client="gmail", kind="personal", rt="sso_status",
         intent="Whole mail in capitals with labelled details")

    frm = "sunita.k.exam@gmail.com"
    send("status-post-label", frm,
         "Sir,\n\nWhether my SSO ID exists? Details:\nName - Sunita Kamble\nPost - Examiner\nContact No. - 8806012345\n\n"
         "Regards\n",
         name="Sunita Kamble", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="Designation labelled 'Post -', mobile labelled 'Contact No. -'")

    frm = "aman.tiwari.2016@gmail.com"
    send("status-batch-and-posting-but-no-designation", frm,
         "Sir,\n\nI joined CBIC in 2016 through SSC CGL and I am posted in CGST Bhopal. I am not sure\n"
         "whether an SSO ID was created for me.\n\nAman Tiwari\n9893012345\n",
         name="Aman Tiwari", subject="Is SSO ID created", client="gmail", lack=["designation"], kind="personal",
         rt="sso_status", intent="Batch, recruitment exam and posting are given, but no designation")

    frm = "sneha.patil@icegate.gov.in"
    send("status-from-own-icegate-id", frm,
         "Sir,\n\nI can use this ICEGATE mailbox, but I do not know whether an SSO ID has been created\n"
         "for me for ACES.\n\nName: Sneha Patil\nDesignation: Inspector (Audit), CGST Kolhapur\nMobile: 9422012345\n",
         name="Sneha Patil", subject="SSO ID for ACES", kind="icegate", rt="sso_status",
         intent="Status enquiry from the officer's own ICEGATE ID (any sender may ask)")

    frm = "anil.customs1988@gmail.com"
    send("status-personal-address-with-customs-in-it", frm,
         "Sir,\n\nPlease check whether an SSO ID is there in my name.\n\nAnil Verma\nPreventive Officer, "
         "Customs Division, Jamnagar\nMobile: 9824012345\n",
         name="Anil Verma", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="Personal Gmail 'anil.customs1988' (an office word in a person's address)")

    frm = "p.krishnan@gov.in"
    send("status-individual-gov-in", frm,
         "Sir,\n\nI am on deputation to CBIC from the Ministry of Home Affairs. Kindly inform whether an\n"
         "SSO ID exists in my name.\n\nName: P. Krishnan\nDesignation: Deputy Commissioner\nMobile: 9868012345\n",
         name="P Krishnan", subject="SSO ID", kind="personal", rt="sso_status",
         intent="Status enquiry from an individual gov.in address")

    frm = "neha.arora@cbic.gov.in"
    send("status-individual-cbic-gov-in", frm,
         "Sir,\n\nKindly let me know whether any SSO ID has been created in my name.\n\nNeha Arora\n"
         "Assistant Commissioner, CBIC (HQ)\nMob: 9811098765\n",
         name="Neha Arora", subject="SSO ID", kind="personal", rt="sso_status",
         intent="Status enquiry from an individual cbic.gov.in address (personal: outside icegate.gov.in)")

    fwd = gmail_fwd("Mahesh Choudhary <maheshchoudhary.insp@gmail.com>", "Mon, 3 Nov 2025 at 20:11",
                    "SSO ID", "<cgst.div1.ajmer@gmail.com>",
                    "Sir,\n\nPlease get it checked whether I have an SSO ID.\n\nName: Mahesh Choudhary\n"
                    "Designation: Inspector\nMobile: 9413012345\n")
    frm = "cgst.div1.ajmer@gmail.com"
    send("status-division-gmail-forwards-officer-mail", frm,
         "Sir,\n\nThe request of the Inspector below is forwarded for necessary action.\n\nRegards,\n"
         "Girdhari Lal Sharma\nSuperintendent, CGST Division-I, Ajmer\ngl.sharma@icegate.gov.in\n0145-2621234\n" + fwd,
         name="CGST Division I Ajmer", subject="Fwd: SSO ID", client="gmail", kind="generic", rt="sso_status",
         intent="A Division's Gmail forwards the officer's mail: the officer's details are in the forwarded part, which counts; the forwarder signs fully")

    quoted = reply_quote_outlook("Rohit Bhatia <rohit_bhatia@hotmail.com>", "Monday, November 3, 2025 10:15 AM",
                                 "saksham.seva@icegate.gov.in", "SSO ID enquiry",
                                 "Sir,\n\nWhether any SSO ID exists in my name?\n\nName: Rohit Bhatia\n"
                                 "Designation: Inspector, CGST Delhi West\nMobile: 9810123456\n")
    frm = "rohit_bhatia@hotmail.com"
    send("status-details-only-in-outlook-from-sent-block", frm,
         "Sir,\n\nNo reply has been received on my mail below about whether an SSO ID exists in my\nname. "
         "Kindly check.\n\nThanks\n" + quoted,
         name="Rohit Bhatia", subject="RE: SSO ID enquiry", client="outlook",
         lack=["name", "designation", "mobile"], kind="personal", rt="sso_status",
         intent="Outlook reply ('From: ... Sent: ...' block without an 'Original Message' line): the details are only in the quote")

    frm = "sunilyadav.prev@gmail.com"
    send("status-hindi-running-text", frm,
         "महोदय,\n\nमेरा नाम सुनील यादव है और मैं सीमा शुल्क (निवारक), जोधपुर में निरीक्षक के पद पर कार्यरत हूँ।\n"
         "कृपया बताएं कि मेरे नाम से SSO ID बनी है या नहीं। मेरा मोबाइल नंबर 9414123456 है।\n\nधन्यवाद\n",
         name="Sunil Yadav", subject="SSO ID के संबंध में", client="gmail", kind="personal", rt="sso_status",
         intent="Status enquiry in Hindi running text: name ('मेरा नाम ...'), designation ('निरीक्षक के पद पर') and mobile in sentences")

    frm = "s.mohapatra77@gmail.com"
    send("status-employee-code-and-extension-no-mobile", frm,
         "Sir,\n\nPlease let me know whether an SSO ID exists in my name.\n\nName: Sarat Mohapatra\n"
         "Designation: Superintendent\nEmployee Code: 40719358\nTel: 0674-2391234, Extn. 221\n",
         name="Sarat Mohapatra", subject="SSO ID", client="gmail", lack=["mobile"], kind="personal", rt="sso_status",
         intent="Employee code, an STD landline and an extension, but no mobile")

    frm = "meenakshi.s1991@gmail.com"
    send("status-never-received-any-id", frm,
         "Sir,\n\nSince joining in 2018 I have never received any SSO ID or ICEGATE mail ID and I do not\n"
         "know whether one was created.\n\nMeenakshi Sundaram\nInspector, CGST Madurai\n7010012345\n",
         name="Meenakshi Sundaram", subject="SSO ID not received", client="gmail", kind="personal", rt="sso_status",
         intent="'Never received any SSO ID ... do not know whether one was created': a status enquiry")

    frm = "swati.kulkarni.audit@gmail.com"
    send("status-dashdash-signature", frm,
         "Hello,\n\nCould you check if an SSO ID exists in my name?\n\n-- \nSwati Kulkarni\n"
         "Inspector (Audit), CGST Pune Audit-I\n+91 98231 45678\n",
         name="Swati Kulkarni", subject="SSO ID", client="tb", kind="personal", rt="sso_status",
         intent="All details only in the '-- ' signature")

    frm = "harish.negi.kgm@gmail.com"
    send("status-whatsapp-number", frm,
         "Sir,\n\nPlease confirm whether an SSO ID exists in my name.\n\nName: Harish Singh Negi\n"
         "Designation: Inspector, CGST Kathgodam\nWhatsApp: 98765 43219\n",
         name="Harish Negi", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="The mobile is labelled 'WhatsApp'")

    frm = "rekha.bose62@yahoo.com"
    send("status-yahoo-android-footer", frm,
         "Sir\nWhether SSO ID has been created for me?\nRekha Bose\nSuperintendent, CGST Kolkata North\n"
         "Mob 9433112233\n\nSent from Yahoo Mail on Android\n",
         name="Rekha Bose", subject="SSO ID", client="yahoo", kind="personal", rt="sso_status",
         intent="'Sent from Yahoo Mail on Android' below the signature")

    frm = "deepak.rawat.insp@gmail.com"
    send("status-mobile-in-sentence-after-a-date", frm,
         "Sir,\n\nI am Deepak Rawat, Inspector, CGST Dehradun. I joined on 03.07.2023 and my mobile number\n"
         "is 7014562389. Kindly check whether my SSO ID exists.\n\nThanks\n",
         name="Deepak Rawat", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="Date '03.07.2023' and mobile in the same sentence")

    frm = "cgstdiv3.ajmer@nic.in"
    send("status-nic-generic-signature-without-designation", frm,
         "Sir,\n\nKindly confirm whether SSO ID exists for the Inspector below.\n\nName: Pooja Meena\n"
         "Designation: Inspector\nMobile: 9414212345\n\nRegards,\nRajendra Prasad\nrajendra.prasad@icegate.gov.in\n"
         "0145-2627788\n",
         name="CGST Division III Ajmer", subject="SSO ID - Pooja Meena", lack=["signature_designation"],
         kind="generic", rt="sso_status",
         intent="A Division's nic.in mailbox (a status enquiry needs no ICEGATE sender); the signature lacks a designation, and the officer's labelled designation does not fill it")


# ================================================================= password_reset

def reset_text(name, desig, sso, mob, ask="I have forgotten the password of my SSO ID. Kindly reset it."):
    return (f"Sir,\n\n{ask}\n\nName: {name}\nDesignation: {desig}\nSSO ID: {sso}\nMobile: {mob}\n\n"
            f"Regards,\n{name}\n")


def reset():
    frm = "amit.deshpande@icegate.gov.in"
    send("reset-transferred-then-forgot-password", frm,
         "Sir,\n\nI was transferred from CGST Pune-I to CGST Nagpur-I in June 2025. After the transfer I\n"
         "did not use ACES for some months and now I have forgotten my SSO ID password. Kindly\nreset the password.\n\n"
         "Name: Amit Deshpande\nDesignation: Superintendent\nSSO ID: 30418827\nMobile: 9822112233\n\nRegards,\n"
         "Amit Deshpande\n",
         name="Amit Deshpande", subject="Password reset after transfer", kind="icegate", rt="password_reset",
         intent="'I was transferred ... now I have forgotten my password': the mail asks for a reset, not a role mapping")

    frm = "jyoti.prakash@icegate.gov.in"
    send("reset-alternate-email-instead-of-sso-id", frm,
         "Sir,\n\nI am unable to log in to ACES as I have forgotten my password. My alternate e-mail ID\n"
         "registered with the SSO ID is jyoti.prakash84@gmail.com.\n\nJyoti Prakash\nInspector, CGST Ranchi\n"
         "Mob: 9431012345\n",
         name="Jyoti Prakash", subject="Forgot password", kind="icegate", rt="password_reset",
         intent="No SSO ID, but the alternate e-mail ID is given in a sentence")

    frm = "farooq.ahmed@icegate.gov.in"
    send("reset-forgot-sso-id-itself-alternate-given", frm,
         "Sir,\n\nAn SSO ID was created for me in 2019, but I have forgotten the SSO ID itself and the\n"
         "password. Kindly help.\n\nName: Farooq Ahmed\nDesignation: Appraiser, Custom House, Mumbai\n"
         "Alternate e-mail: farooq.ahmed79@yahoo.com\nMobile: 9869012345\n",
         name="Farooq Ahmed", subject="Forgot SSO ID", kind="icegate", rt="password_reset",
         intent="'I have forgotten the SSO ID itself': a forgotten SSO ID is a password_reset, not a status enquiry; the alternate e-mail stands for the SSO ID")

    frm = "rajni.bala@icegate.gov.in"
    send("reset-forgot-sso-id-no-alternate", frm,
         "Sir,\n\nI know an SSO ID was created for me, but I do not remember it, nor the password.\n"
         "Kindly reset it.\n\nRajni Bala\nInspector, CGST Jalandhar\nMobile 9815312345\nrajni.bala@icegate.gov.in\n",
         name="Rajni Bala", subject="SSO ID forgotten", lack=["sso_id"], kind="icegate", rt="password_reset",
         intent="Forgotten SSO ID with no alternate e-mail: the only e-mail in the text is the sender's own address, which does not count")

    frm = "krishna.murthy@icegate.gov.in"
    send("reset-inactive-icegate-mailbox", frm,
         "Sir,\n\nAfter my long leave my ICEGATE mailbox shows 'account inactive' at login. Kindly\n"
         "activate it.\n\nName: Krishna Murthy\nDesignation: Superintendent, CGST Mysuru\nUser ID: 20931475\n"
         "Mobile: 9448012345\n",
         name="Krishna Murthy", subject="Activation of ICEGATE mail ID", kind="icegate", rt="password_reset",
         intent="Activation of an inactive mailbox (no word 'password'); 'User ID' label")

    frm = "subhash.chand@icegate.gov.in"
    send("reset-sso-login-id-label", frm,
         "Sir,\n\nMy SSO password has expired and the reset link is not working.\n\nName: Subhash Chand\n"
         "Designation: Inspector\nSSO Login ID: 40719366\nMobile No.: 8077012345\n",
         name="Subhash Chand", subject="SSO password", kind="icegate", rt="password_reset",
         intent="SSO ID labelled 'SSO Login ID'")

    frm = "lalitha.devi@icegate.gov.in"
    send("reset-sso-id-in-running-text", frm,
         "Sir,\n\nI am Lalitha Devi, Superintendent in CGST Guntur. My SSO ID is 40719371 and I have forgotten\n"
         "its password. Please reset it and call me on 9000212345.\n\nThank you\n",
         name="Lalitha Devi", subject="Password reset", kind="icegate", rt="password_reset",
         intent="Every detail in running text, none labelled")

    frm = "meena.kumari@icegate.gov.in"
    send("reset-details-split-body-and-signature", frm,
         "Sir,\n\nI, Meena Kumari, Inspector (Audit), request you to reset the password of my SSO ID\n"
         "(SSO ID: 40719372), which I have forgotten.\n\nRegards\nMeena\nMob. 9934012345\n",
         name="Meena Kumari", subject="SSO password reset", kind="icegate", rt="password_reset",
         intent="Name and designation in the body, SSO ID in brackets, mobile only in the signature")

    frm = "sysmgr.vadodara@icegate.gov.in"
    send("reset-generic-on-behalf-complete", frm,
         "Sir,\n\nThe officer below has forgotten the password of his SSO ID. Kindly reset it.\n\n"
         "Name: Hardik Trivedi\nDesignation: Inspector\nSSO ID: 40719380\nMobile: 9824512345\n\nRegards,\n"
         "Bhavin Shah\nSuperintendent (System Manager), CGST Vadodara-I\nbhavin.shah@icegate.gov.in\n0265-2354321\n",
         name="System Manager Vadodara", subject="Password reset - Hardik Trivedi", kind="generic", rt="password_reset",
         intent="Nodal officer's generic ID asks for an officer's reset with labelled details; full signature")

    frm = "sysmgr.surat@icegate.gov.in"
    send("reset-generic-signs-with-its-own-mailbox", frm,
         "Sir,\n\nPassword of the SSO ID of the officer below may kindly be reset.\n\nName: Ketan Modi\n"
         "Designation: Examiner\nSSO ID: 40719381\nMobile: 9825212345\n\nRegards,\nNirav Mehta\nSystem Manager, "
         "Surat Customs\nE-mail: sysmgr.surat@icegate.gov.in\nMob: 9825312345\n",
         name="System Manager Surat", subject="SSO password reset - Ketan Modi", lack=["signature_email"],
         kind="generic", rt="password_reset",
         intent="Generic sender gives its own mailbox as the signature's e-mail: not an individual e-mail ID")

    frm = "cexdiv1.salem@nic.in"
    send("reset-nic-generic-on-behalf", frm,
         "Sir,\n\nKindly reset the SSO ID password of the officer below.\n\nName: Senthil Kumar\n"
         "Designation: Inspector\nSSO ID: 40719382\nMobile: 9443312345\n\nRegards,\nR. Saravanan\n"
         "Superintendent, CGST Division-I, Salem\nr.saravanan@icegate.gov.in\n0427-2412345\n",
         name="CGST Division I Salem", subject="Password reset", kind="generic", rt="password_reset",
         intent="Division's nic.in mailbox asks for an officer's reset, fully signed: only icegate_sender is missing")

    frm = "gopal.krishna77@gmail.com"
    send("reset-from-personal-gmail", frm,
         reset_text("Gopal Krishna", "Superintendent, CGST Bengaluru East", "40719383", "9448112233",
                    "My ICEGATE mailbox is not opening and I have forgotten the SSO password. Kindly reset it."),
         name="Gopal Krishna", subject="Password reset", client="gmail", kind="personal", rt="password_reset",
         intent="Complete reset from a personal Gmail: icegate_sender missing")

    frm = "sanjay.dubey@icegate.gov.in"
    send("reset-mobile-in-sentence", frm,
         "Sir,\n\nPlease reset the password of my SSO ID 40719384. You may call me on 7014562300 after 4 pm.\n\n"
         "Sanjay Dubey\nInspector, CGST Jabalpur\n",
         name="Sanjay Dubey", subject="Reset password", kind="icegate", rt="password_reset",
         intent="SSO ID after 'my SSO ID', mobile in 'call me on ...'")

    frm = "prakash.shetty@icegate.gov.in"
    send("reset-only-landline-with-std-code", frm,
         "Sir,\n\nKindly reset my SSO ID password.\n\nName: Prakash Shetty\nDesignation: Superintendent\n"
         "SSO ID: 40719385\nContact: 0824-2408012\n",
         name="Prakash Shetty", subject="Password reset", lack=["mobile"], kind="icegate", rt="password_reset",
         intent="The only number is '0824-2408012', an STD code and number (0 + ten digits starting with 8): not a mobile")

    frm = "anita.george@icegate.gov.in"
    send("reset-two-mobiles-one-old", frm,
         "Sir,\n\nI have forgotten my SSO password.\n\nName: Anita George\nDesignation: Inspector\nSSO ID: 40719386\n"
         "Mobile: 9447412345 (new), 9447512345 (old, not in use)\n",
         name="Anita George", subject="Forgot password", kind="icegate", rt="password_reset",
         intent="Two mobiles with remarks in brackets")

    fwd = gmail_fwd("Tarun Gupta <tarun.gupta@icegate.gov.in>", "Tue, 4 Nov 2025 at 10:05",
                    "SSO password reset", "<saksham.seva@icegate.gov.in>",
                    "Sir,\n\nKindly reset my SSO ID password.\n\nName: Tarun Gupta\nDesignation: Inspector\n"
                    "SSO ID: 40719387\nMobile: 9891012345\n")
    frm = "tarun.gupta@icegate.gov.in"
    send("reset-officer-forwards-own-earlier-mail", frm,
         "Sir,\n\nForwarding my earlier request. Please do it urgently as I have to file returns.\n\nTarun\n" + fwd,
         name="Tarun Gupta", subject="Fwd: SSO password reset", client="gmail", kind="icegate", rt="password_reset",
         intent="The officer forwards his own earlier request: the details in the forwarded part count")

    quoted = reply_quote_outlook("Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>", "Wednesday, November 5, 2025 3:10 PM",
                                 "Vijay Raghavan <vijay.raghavan@icegate.gov.in>", "RE: Password reset",
                                 "Sir,\nPlease send your SSO ID and mobile number.\nRegards, Saksham Seva\n\n"
                                 "From: Vijay Raghavan <vijay.raghavan@icegate.gov.in>\nSent: Tuesday, November 4, 2025 11:00 AM\n"
                                 "To: saksham.seva@icegate.gov.in\nSubject: Password reset\n\n"
                                 "Sir, please reset my password. SSO ID: 40719388\n")
    frm = "vijay.raghavan@icegate.gov.in"
    send("reset-sso-id-only-in-outlook-quote", frm,
         "Sir,\n\nMy mobile number is 9444312345. Kindly reset the password.\n\nRegards,\nVijay Raghavan\n"
         "Appraiser, Chennai Customs\n" + quoted,
         name="Vijay Raghavan", subject="RE: Password reset", client="outlook", lack=["sso_id"], kind="icegate",
         rt="password_reset", intent="Outlook reply: the SSO ID is only in the quoted first mail below a 'From: ... Sent: ...' block")

    frm = "bhupinder.singh@icegate.gov.in"
    send("reset-signature-in-capitals", frm,
         "SIR,\nKINDLY RESET MY SSO PASSWORD.\nSSO ID 40719389\n\nREGARDS\nBHUPINDER SINGH\nSUPERINTENDENT\n"
         "CGST AMRITSAR\nMOB 9872212345\n",
         name="BHUPINDER SINGH", subject="PASSWORD RESET", kind="icegate", rt="password_reset",
         intent="Everything in capitals; 'SSO ID 40719389' without a colon")

    frm = "rk.sharma@icegate.gov.in"
    send("reset-initials-first-name", frm,
         "Sir,\n\nPlease reset the password of SSO ID 40719390.\n\nRegards,\nR.K. Sharma\nAddl. Commissioner\n"
         "CGST Jaipur\nMob 9414312345\n",
         name="R.K. Sharma", subject="Reset of SSO password", kind="icegate", rt="password_reset",
         intent="Name 'R.K. Sharma' and designation 'Addl. Commissioner' in the signature")

    frm = "murugan.k@icegate.gov.in"
    send("reset-single-word-name", frm,
         "Sir,\n\nI forgot my SSO ID password. SSO ID: 40719391. Kindly reset.\n\nMurugan\nExaminer, Tuticorin Customs\n"
         "9443412345\n",
         name="Murugan", subject="Forgot password", kind="icegate", rt="password_reset",
         intent="Single-word name, unlabelled designation and mobile")

    frm = "ramesh.chandra@icegate.gov.in"
    send("reset-hindi-closing", frm,
         "महोदय,\n\nमैं अपने SSO ID का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करें।\n\nनाम: रमेश चन्द्र\n"
         "पदनाम: अधीक्षक\nSSO ID: 40719392\nमोबाइल: 9415312345\n\nधन्यवाद\nरमेश चन्द्र\n",
         name="Ramesh Chandra", subject="पासवर्ड रीसेट हेतु", kind="icegate", rt="password_reset",
         intent="Reset written in Hindi with Hindi labels and the closing 'धन्यवाद'")

    frm = "nitin.joshi@icegate.gov.in"
    send("reset-follow-up-asks-status-of-reset", frm,
         "Sir,\n\nWhat is the status of my password reset request sent on 03.11.2025? I have not received\nany call.\n\n"
         "Name: Nitin Joshi\nDesignation: Inspector\nSSO ID: 40719393\nMobile: 9822412345\n",
         name="Nitin Joshi", subject="Status of password reset request", kind="icegate", rt="password_reset",
         intent="'What is the status of my password reset request': a follow-up of a reset, not a status enquiry")

    frm = "vivek.anand@icegate.gov.in"
    send("reset-follow-up-without-details", frm,
         "Sir,\n\nI had requested reset of my SSO password on 10.11.2025 but nobody has called yet.\n"
         "Kindly expedite.\n\nRgds\nVivek\n",
         name="Vivek Anand", subject="Re: Password reset", lack=["designation", "sso_id", "mobile"], kind="icegate",
         rt="password_reset", intent="Reset reminder with only a first name: designation, SSO ID and mobile missing")

    frm = "leela.krishnan@icegate.gov.in"
    send("reset-eccs-works-icegate-mailbox-expired", frm,
         "Sir,\n\nI can log in to ECCS without any problem, but the password of my ICEGATE mailbox has\n"
         "expired and I cannot log in to it. Kindly reset the mailbox password.\n\nName: Leela Krishnan\n"
         "Designation: Superintendent, Courier Terminal, Kochi\nSSO ID: 40719394\nMobile: 9447612345\n",
         name="Leela Krishnan", subject="ICEGATE mail password expired", kind="icegate", rt="password_reset",
         intent="ECCS is named only as working; the request is the ICEGATE mailbox password")

    frm = "ravi.kumar@cbic.gov.in"
    send("reset-from-individual-cbic-gov-in", frm,
         reset_text("Ravi Kumar", "Deputy Commissioner", "40719395", "9868112233"),
         name="Ravi Kumar", subject="Password reset", kind="personal", rt="password_reset",
         intent="Reset from an individual cbic.gov.in address: not an ICEGATE sender")

    frm = "MANISH.GUPTA@ICEGATE.GOV.IN"
    send("reset-address-in-capitals", frm,
         reset_text("Manish Gupta", "Inspector", "40719396", "9810412345"),
         name="MANISH GUPTA", subject="PASSWORD RESET", kind="icegate", rt="password_reset",
         intent="From: address written in capitals ('MANISH.GUPTA@ICEGATE.GOV.IN'): still an ICEGATE ID")

    frm = "suresh.nair@icegate.gov.in"
    send("reset-from-old-style-comment", frm,
         reset_text("Suresh Nair", "Inspector", "40719397", "9447712345"),
         raw_from="suresh.nair@icegate.gov.in (Suresh Nair, Inspector)", subject="Password reset",
         kind="icegate", rt="password_reset",
         intent="From: in the old comment form with a comma inside the comment: one address")

    frm = "ravi.kumar@icegate.gov.in"
    send("reset-display-name-with-comma", frm,
         reset_text("Ravi Kumar", "Superintendent", "40719398", "9849412345"),
         raw_from='"Kumar, Ravi" <ravi.kumar@icegate.gov.in>', subject="Password reset", client="outlook",
         kind="icegate", rt="password_reset", intent="Display name 'Kumar, Ravi' (quoted comma): one address")

    frm = "geeta.menon@icegate.gov.in"
    send("reset-encoded-display-name-with-comma", frm,
         reset_text("Geeta Menon", "Inspector", "40719399", "9447812345"),
         raw_from=f"{b_word('Menon, Geeta (मेनन)')} <geeta.menon@icegate.gov.in>", subject="Password reset",
         kind="icegate", rt="password_reset",
         intent="RFC 2047 display name that decodes to 'Menon, Geeta (मेनन)': one address")

    frm = "alok.verma@icegate.gov.in"
    send("reset-two-addresses-in-from", frm,
         reset_text("Alok Verma", "Inspector", "40719400", "9935112345"),
         raw_from="Alok Verma <alok.verma@icegate.gov.in>, Neha Verma <neha.verma@icegate.gov.in>",
         subject="Password reset", review=True, kind="icegate", rt="password_reset",
         intent="Two addresses in one From: field (both ICEGATE IDs): the sender is ambiguous")

    frm = "kiran.bedi2@icegate.gov.in"
    send("reset-two-from-fields", frm,
         reset_text("Kiran Bedi", "Inspector", "40719401", "9811212345"),
         name="Kiran Bedi", extra={"From": ["Kiran Bedi <kiran.bedi2@icegate.gov.in>",
                                            "Kiran Bedi <kiran.bedi2@icegate.gov.in>"]},
         subject="Password reset", review=True,
         kind="icegate", rt="password_reset", intent="Two From: fields (the same address twice): the sender is ambiguous")

    frm = "sysmgr.ludhiana@icegate.gov.in"
    send("reset-sent-on-behalf-sender-header", frm,
         "Sir,\n\nKindly reset the SSO password of the officer below.\n\nName: Jaspreet Kaur\nDesignation: Inspector\n"
         "SSO ID: 40719402\nMobile: 9814112345\n\nRegards,\nNavdeep Singh\nSuperintendent (Systems), CGST Ludhiana\n"
         "navdeep.singh@icegate.gov.in\nMob 98140 99887\n",
         name="System Manager Ludhiana", client="outlook",
         extra={"Sender": "Navdeep Singh <navdeep.singh@icegate.gov.in>"}, subject="Password reset - Jaspreet Kaur",
         kind="generic", rt="password_reset",
         intent="Outlook 'on behalf of': the System Manager's mailbox in From:, the officer's own ID in Sender: (one From: address, not ambiguous)")

    frm = "pooja.iyer@icegate.gov.in"
    send("reset-display-name-is-its-own-address", frm,
         reset_text("Pooja Iyer", "Inspector", "40719403", "9840212345"),
         raw_from='"pooja.iyer@icegate.gov.in" <pooja.iyer@icegate.gov.in>', subject="Password reset",
         kind="icegate", rt="password_reset",
         intent="The display name shows the sender's own ICEGATE address: nothing ambiguous")

    frm = "ravikumar.cus@gmail.com"
    send("reset-display-name-says-icegate-but-is-no-address", frm,
         reset_text("Ravi Kumar", "Inspector", "40719404", "9849512345"),
         raw_from="Ravi Kumar (ICEGATE) <ravikumar.cus@gmail.com>", subject="Password reset", client="gmail",
         kind="personal", rt="password_reset",
         intent="Display name 'Ravi Kumar (ICEGATE)' shows no address, so the sender is not ambiguous: a personal Gmail without ICEGATE sender")

    frm = "harsha.vardhan@icegate.gov.in"
    send("reset-asks-read-receipt", frm,
         reset_text("Harsha Vardhan", "Inspector", "40719405", "9440612345"),
         name="Harsha Vardhan", client="outlook", subject="Password reset",
         extra={"Disposition-Notification-To": "harsha.vardhan@icegate.gov.in",
                "Return-Receipt-To": "harsha.vardhan@icegate.gov.in", "X-Auto-Response-Suppress": "All",
                "Importance": "High"},
         kind="icegate", rt="password_reset",
         intent="A person's Outlook mail asking for a read receipt (Disposition-Notification-To, Return-Receipt-To, X-Auto-Response-Suppress): not automated")

    frm = "shalini.rao@icegate.gov.in"
    send("reset-mobile-with-zero-prefix", frm,
         reset_text("Shalini Rao", "Inspector", "40719406", "09845012345"),
         name="Shalini Rao", subject="Password reset", kind="icegate", rt="password_reset",
         intent="Mobile written with a 0 prefix '09845012345'")

    frm = "ashok.pillai@icegate.gov.in"
    send("reset-numbers-but-no-mobile", frm,
         "Sir,\n\nPlease reset my SSO password. I joined on 01.08.2012.\n\nName: Ashok Pillai\n"
         "Designation: Superintendent\nSSO ID: 40719407\nIntercom: 4412\nTel (O): 0484-2390411\n",
         name="Ashok Pillai", subject="Password reset", lack=["mobile"], kind="icegate", rt="password_reset",
         intent="Date, SSO ID, an intercom number and an office telephone: no mobile")

    frm = "usha.rani@icegate.gov.in"
    send("reset-toll-free-number-only", frm,
         "Sir,\n\nI tried the toll free numbers 1800-266-2232 and 1800 121 4560 many times to get my SSO\n"
         "password reset, but could not get through.\n\nName: Usha Rani\nDesignation: Inspector\nSSO ID: 40719408\n",
         name="Usha Rani", subject="Password reset", lack=["mobile"], kind="icegate", rt="password_reset",
         intent="Only the helpdesk's toll-free numbers appear: no mobile of the officer")

    frm = "dinesh.patel@icegate.gov.in"
    send("reset-aces-password-expired", frm,
         "Sir,\n\nMy ACES login says the password has expired and the change-password page gives an error.\n"
         "Please reset.\n\nDinesh Patel, Inspector, CGST Ahmedabad South\nSSO ID: 40719409 | M: 9825412345\n",
         name="Dinesh Patel", subject="ACES password expired", kind="icegate", rt="password_reset",
         intent="An expired ACES (SSO) password; name and designation on one line, SSO ID and mobile on one line with a pipe")

    fwd_quote = ("> From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\n> Subject: Undelivered Mail Returned to Sender\n"
                 ">\n> <saksham.seva@icegate.gov> : host not found\n")
    frm = "arvind.menon@icegate.gov.in"
    send("reset-person-forwards-bounce-and-asks", frm,
         "Sir,\n\nMy mail for password reset came back undelivered (below) because I typed the address\nwrongly. "
         "Sending it again: kindly reset my SSO password.\n\nName: Arvind Menon\nDesignation: Inspector\n"
         "SSO ID: 40719410\nMobile: 9447912345\n\n" + fwd_quote,
         name="Arvind Menon", subject="Fwd: Undelivered Mail Returned to Sender", kind="icegate", rt="password_reset",
         intent="A person writes under a bounce's subject and quotes the bounce: a person's complete reset, not a robot")


# ================================================================= authentication of icegate.gov.in senders

MX = "mx.icegate.gov.in"


def AR(*results, authserv=MX):
    return f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(results)


PASS3 = ("dkim=pass header.d=icegate.gov.in header.s=zm2024", "spf=pass smtp.mailfrom=icegate.gov.in",
         "dmarc=pass (p=quarantine dis=none) header.from=icegate.gov.in")
RELAY = ("Received: from relay.nic.in (relay.nic.in [164.100.14.9])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id 7A1B2C3D4E\n"
         "\tfor <saksham.seva@icegate.gov.in>; Mon, 1 Dec 2025 10:00:00 +0530 (IST)")


def auth():
    def r(slug, frm, who, desig, sso, mob, ar, review, intent, **kw):
        send(slug, frm, reset_text(who, desig, sso, mob), name=who, subject="SSO password reset", ar=ar,
             review=review, kind=kw.pop("kind", "icegate"), rt="password_reset", intent=intent, **kw)

    r("auth-second-header-fails-top-passes", "mohan.das@icegate.gov.in", "Mohan Das", "Inspector", "40719501",
      "9433212345", AR(*PASS3) + "\n" + AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none",
                                           "dmarc=fail header.from=icegate.gov.in", authserv="relay.nic.in"),
      False, "Two Authentication-Results headers one above the other: the topmost passes; 'dmarc=fail' only on the second")

    r("auth-top-header-fails-second-passes", "rekha.nambiar@icegate.gov.in", "Rekha Nambiar", "Inspector", "40719502",
      "9447212346", AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none", "dmarc=fail (p=quarantine) header.from=icegate.gov.in")
      + "\n" + AR(*PASS3, authserv="relay.nic.in"),
      True, "The topmost Authentication-Results says dmarc=fail; a passing copy directly below it is ignored")

    r("auth-spf-softfail-nothing-else", "om.prakash@icegate.gov.in", "Om Prakash", "Superintendent", "40719503",
      "9412312346", AR("spf=softfail (domain owner discourages use of this host) smtp.mailfrom=icegate.gov.in", "dkim=none"),
      False, "spf=softfail with no DKIM and no DMARC result: none of the failure conditions (softfail is not fail)")

    r("auth-dkim-passes-only-for-mailer-domain", "neeraj.kumar@icegate.gov.in", "Neeraj Kumar", "Inspector", "40719504",
      "9811312346", AR("dkim=pass header.d=bulkmail-crm.in header.s=k1", "spf=fail smtp.mailfrom=icegate.gov.in"),
      True, "dkim=pass but for another domain (header.d=bulkmail-crm.in) and spf=fail for icegate.gov.in: fails authentication")

    r("auth-header-from-in-capitals-dmarc-fail", "priti.shah@icegate.gov.in", "Priti Shah", "Inspector", "40719505",
      "9825512346", AR("dkim=none (message not signed)", "spf=none smtp.mailfrom=ICEGATE.GOV.IN",
                       "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=ICEGATE.GOV.IN"),
      True, "dmarc=fail for header.from=ICEGATE.GOV.IN (capitals)")

    arc = ("ARC-Seal: i=1; a=rsa-sha256; d=relay.nic.in; s=arc2024; cv=none; b=Zm9vYmFy\n"
           "ARC-Message-Signature: i=1; a=rsa-sha256; d=relay.nic.in; s=arc2024; h=from:to:subject; b=YmF6cXV4\n"
           "ARC-Authentication-Results: i=1; relay.nic.in; spf=fail smtp.mailfrom=icegate.gov.in; dkim=none;\n"
           "\tdmarc=fail header.from=icegate.gov.in\n")
    r("auth-arc-results-fail-above-passing-results", "sunita.mishra@icegate.gov.in", "Sunita Mishra", "Inspector",
      "40719506", "9437312346", arc + AR(*PASS3),
      False, "An ARC-Authentication-Results with dmarc=fail sits above the Authentication-Results, which passes: ARC headers are not the trusted header")

    arc = ("ARC-Seal: i=1; a=rsa-sha256; d=relay.nic.in; s=arc2024; cv=none; b=Zm9vYmFy\n"
           "ARC-Authentication-Results: i=1; relay.nic.in; spf=pass smtp.mailfrom=icegate.gov.in;\n"
           "\tdkim=pass header.d=icegate.gov.in; dmarc=pass header.from=icegate.gov.in\n")
    r("auth-arc-results-pass-above-failing-results", "kamal.hassan@icegate.gov.in", "Kamal Hassan", "Examiner",
      "40719507", "9444512346", arc + AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none",
                                         "dmarc=fail header.from=icegate.gov.in"),
      True, "A passing ARC-Authentication-Results above the Authentication-Results, which says dmarc=fail")

    r("auth-dkim-fail-spf-and-dmarc-pass", "ajit.singh@icegate.gov.in", "Ajit Singh", "Inspector", "40719508",
      "9814312346", AR("dkim=fail (body hash did not verify) header.d=icegate.gov.in", "spf=pass smtp.mailfrom=icegate.gov.in",
                       "dmarc=pass header.from=icegate.gov.in"),
      False, "dkim=fail alone is none of the failure conditions (SPF and DMARC pass)")

    r("auth-no-results-header-at-all", "kusum.lata@icegate.gov.in", "Kusum Lata", "Inspector", "40719509",
      "9415412346", None, False, "No Authentication-Results header at all: nothing says the mail failed")

    r("auth-several-dkim-one-for-own-domain", "bijoy.das@icegate.gov.in", "Bijoy Das", "Inspector", "40719510",
      "9435112346", AR("dkim=pass header.d=icegate.gov.in header.s=zm2024", "dkim=pass header.d=sendgrid.net header.s=s1",
                       "spf=fail smtp.mailfrom=bounces.sendgrid.net", "dmarc=pass header.from=icegate.gov.in"),
      False, "Two DKIM passes, one for icegate.gov.in; SPF fails for the relay's bounce domain; DMARC passes for icegate.gov.in")

    r("auth-all-passes-for-gmail", "raghav.menon@icegate.gov.in", "Raghav Menon", "Inspector", "40719511",
      "9447312347", AR("dkim=pass header.d=gmail.com header.s=20230601", "spf=pass smtp.mailfrom=raghav.menon88@gmail.com",
                       "dmarc=pass (p=none) header.from=gmail.com"),
      True, "Every result passes, but for gmail.com while From: is on icegate.gov.in")

    r("auth-methods-in-capitals-spf-fail", "arti.saxena@icegate.gov.in", "Arti Saxena", "Inspector", "40719512",
      "9456112346", AR("SPF=FAIL smtp.mailfrom=icegate.gov.in", "DKIM=NONE"),
      True, "'SPF=FAIL' and 'DKIM=NONE' in capitals: spf=fail without dkim=pass")

    r("auth-softfail-and-dkim-for-other-domain", "yash.goyal@icegate.gov.in", "Yash Goyal", "Inspector", "40719513",
      "9829112346", AR("spf=softfail smtp.mailfrom=icegate.gov.in", "dkim=pass header.d=mailchimpapp.net"),
      True, "spf=softfail and a DKIM pass only for another domain: the passes are for another domain")

    frm = "sysmgr.cochin@icegate.gov.in"
    send("auth-generic-sysmgr-dmarc-fail", frm,
         "Sir,\n\nKindly reset the SSO password of the officer below.\n\nName: Jibin Thomas\nDesignation: Inspector\n"
         "SSO ID: 40719514\nMobile: 9447412347\n\nRegards,\nShaji Varghese\nSuperintendent (System Manager)\n"
         "Cochin Custom House\nshaji.varghese@icegate.gov.in\n0484-2666123\n",
         name="System Manager Cochin", subject="Password reset - Jibin Thomas",
         ar=AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none", "dmarc=fail header.from=icegate.gov.in"),
         review=True, kind="generic", rt="password_reset",
         intent="A System Manager's generic ICEGATE ID fails DMARC: the authentication rule applies to every icegate.gov.in sender")

    frm = "alka.mittal@gov.in"
    send("auth-gov-in-individual-dmarc-fail", frm,
         reset_text("Alka Mittal", "Deputy Commissioner", "40719515", "9868212346"),
         name="Alka Mittal", subject="SSO password reset",
         ar=AR("spf=fail smtp.mailfrom=gov.in", "dkim=none", "dmarc=fail header.from=gov.in"),
         kind="personal", rt="password_reset",
         intent="dmarc=fail for an individual gov.in sender: the authentication rule is only for icegate.gov.in senders")

    frm = "sandeep.bhalla@icegate.gov.in"
    send("auth-promotion-dkim-for-other-domain-spf-none", frm,
         "Sir,\n\nI have been promoted as Superintendent. Kindly update my designation in ACES. The promotion\n"
         "order and the first page of my service book are attached.\n\nSandeep Bhalla\nSuperintendent, CGST Jalandhar\n"
         "9815412346\n",
         name="Sandeep Bhalla", subject="Designation update on promotion",
         ar=AR("dkim=pass header.d=zohomail.in", "spf=none smtp.mailfrom=icegate.gov.in", "dmarc=none header.from=icegate.gov.in"),
         atts=[A(promotion("Sandeep Bhalla"), PDF, "Promotion order.pdf", "promotion_order"),
               A(sb("Sandeep Bhalla", "05/05/1985", "01/09/2010"), PDF, "Service book.pdf", "service_book")],
         review=True, kind="icegate", rt="designation_update",
         intent="Complete promotion request whose only pass is DKIM for another domain (zohomail.in)")


# ================================================================= designation_update

def promotion_cases():
    frm = "sysmgr.nagpur1@icegate.gov.in"
    send("promotion-says-do-not-create", frm,
         "Sir,\n\nShri Prashant Bhoyar, Inspector, has been promoted as Superintendent vide the attached\n"
         "order. Kindly update his designation in ACES against his existing SSO ID; a new ID need\nnot be created. "
         "The first page of his service book is also attached.\n\nRegards,\nSachin Deshmukh\n"
         "Superintendent (System Manager), CGST Nagpur-I\nsachin.deshmukh@icegate.gov.in\nMob 9822512346\n",
         name="System Manager Nagpur-I", subject="Designation update - Prashant Bhoyar",
         atts=[A(promotion("Prashant Bhoyar"), PDF, "Promotion order Prashant.pdf", "promotion_order"),
               A(sb("Prashant Bhoyar", "11/11/1984", "02/02/2009"), PDF, "SB Prashant.pdf", "service_book")],
         kind="generic", rt="designation_update",
         intent="Promotion request whose text says 'a new ID need not be created'")

    frm = "anjali.verma@icegate.gov.in"
    send("promotion-neutral-file-names", frm,
         "Sir,\n\nI have been promoted from Inspector to Superintendent. Kindly update my designation.\n"
         "Documents attached.\n\nAnjali Verma\nSuperintendent, CGST Lucknow\n9415512346\n",
         name="Anjali Verma", subject="Updation of designation",
         atts=[A(promotion("Anjali Verma"), PDF, "O.O. No. 214-2025.pdf", "promotion_order"),
               A(sb("Anjali Verma", "14/07/1986", "05/03/2011"), PDF, "scan0007.pdf", "service_book")],
         kind="icegate", rt="designation_update",
         intent="'O.O. No. 214-2025.pdf' (a promotion order by its text) and 'scan0007.pdf' (a service book by its text)")

    frm = "sysmgr.indore@icegate.gov.in"
    send("promotion-order-that-also-posts", frm,
         "Sir,\n\nPlease update the designation of Shri Mukesh Sahu from Inspector to Superintendent in ACES.\n"
         "The promotion order and his service book page are attached.\n\nRegards,\nPreeti Jain\n"
         "Superintendent (System Manager), CGST Indore\npreeti.jain@icegate.gov.in\n0731-2412345\n",
         name="System Manager Indore", subject="Promotion - designation change - Mukesh Sahu",
         atts=[A(promotion("Mukesh Sahu", extra=["On promotion, the officer is posted to Range-II, Division-IV, Indore."]),
                 PDF, "Order 45.pdf", "promotion_order"),
               A(sb("Mukesh Sahu", "03/03/1983", "01/06/2008"), PDF, "Mukesh.pdf", "service_book")],
         kind="generic", rt="designation_update",
         intent="The promotion order ('Order 45.pdf') also says where the officer is posted on promotion: still a promotion order")

    frm = "geetha.ramesh@icegate.gov.in"
    send("promotion-service-book-mentions-promotion", frm,
         "Sir,\n\nConsequent on my promotion as Appraiser, kindly update my designation. Promotion order and\n"
         "service book page attached.\n\nGeetha Ramesh\nAppraiser, Chennai Customs\n9444612346\n",
         name="Geetha Ramesh", subject="Designation update - Appraiser",
         atts=[A(promotion("Geetha Ramesh", "Examiner", "Appraiser"), PDF, "promotion.pdf", "promotion_order"),
               A(sb("Geetha Ramesh", "09/09/1987", "10/10/2012",
                    ["4. Method of recruitment (direct / promotion / deputation): Direct recruitment",
                     "5. Post on first appointment: Examiner"]), PDF, "page1.pdf", "service_book")],
         kind="icegate", rt="designation_update",
         intent="The service book page ('page1.pdf') has a 'Method of recruitment (direct / promotion ...)' line: it is still a service book")

    frm = "naresh.yadav@icegate.gov.in"
    send("promotion-reply-order-only-book-in-quote", frm,
         "Sir,\n\nPromotion order attached as desired.\n\nNaresh Yadav\nSuperintendent, CGST Gurugram\n9810612346\n\n"
         "On Wed, 12 Nov 2025 at 14:05, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n"
         "> Sir, for updating the designation please send the promotion order and the\n> first page of the service book.\n",
         name="Naresh Yadav", subject="Re: Designation update", client="gmail",
         atts=[A(promotion("Naresh Yadav"), PDF, "promotion order.pdf", "promotion_order")],
         kind="icegate", rt="designation_update",
         intent="Reply carrying only the promotion order; the service book is only named in the helpdesk's quoted request")

    frm = "kiran.joshi82@gmail.com"
    send("promotion-from-personal-gmail", frm,
         "Sir,\n\nI was promoted as Superintendent in September 2025 but ACES still shows me as Inspector.\n"
         "Promotion order and service book page attached.\n\nKiran Joshi\nSuperintendent, CGST Pune-II\n9850112346\n",
         name="Kiran Joshi", subject="ACES shows old designation", client="gmail",
         atts=[A(promotion("Kiran Joshi"), PDF, "promotion order.pdf", "promotion_order"),
               A(jpeg(701), "image/jpeg", "service book.jpg", "service_book")],
         kind="personal", rt="designation_update",
         intent="'ACES still shows me as Inspector' from a personal Gmail with both documents: icegate_sender missing")

    frm = "sysmgr.belgaum@icegate.gov.in"
    send("promotion-generic-no-phone", frm,
         "Sir,\n\nThe promotion order and service book of Shri Santosh Patil (Inspector to Superintendent)\n"
         "are attached for updating his designation.\n\nRegards,\nVinayak Kulkarni\nSuperintendent (System Manager)\n"
         "CGST Belagavi\nvinayak.kulkarni@icegate.gov.in\n",
         name="System Manager Belagavi", subject="Designation update - Santosh Patil",
         atts=[A(promotion("Santosh Patil"), PDF, "promotion order.pdf", "promotion_order"),
               A(sb("Santosh Patil", "01/01/1985", "01/03/2010"), PDF, "service book.pdf", "service_book")],
         lack=["signature_phone"], kind="generic", rt="designation_update",
         intent="Generic sender signs with name, designation and e-mail but no contact number")

    frm = "cex15sys.ker@nic.in"
    send("promotion-kochi-nic-generic", frm,
         "Sir,\n\nThe designation of the following officer may be updated consequent on promotion:\n"
         "Smt. Reshma K., Inspector to Superintendent. Order and service book attached.\n\nYours faithfully,\n"
         "B. G. Krishnan\nJoint Commissioner (Systems Manager)\nbg.krishnan@icegate.gov.in\nPh: 0484-2390404\n",
         name="ACL Admin Kochi", subject="Designation change on promotion",
         atts=[A(promotion("Reshma K."), PDF, "promotion order Reshma.pdf", "promotion_order"),
               A(sb("Reshma K", "12/12/1986", "03/03/2011"), PDF, "service book Reshma.pdf", "service_book")],
         kind="generic", rt="designation_update",
         intent="Kochi circular route: the ACL Admin's nic.in mailbox, fully signed; only icegate_sender missing")

    frm = "harsh.vora@icegate.gov.in"
    send("promotion-order-as-whatsapp-image", frm,
         "Sir,\n\nI am promoted as Appraiser. Please update my designation. Order and service book attached.\n\n"
         "Harsh Vora\nAppraiser, Custom House, Kandla\n9879112346\n",
         name="Harsh Vora", subject="Designation update", client="iphone",
         atts=[A(jpeg(702), "image/jpeg", "WhatsApp Image 2025-11-10 at 10.32.15.jpeg", "other"),
               A(sb("Harsh Vora", "04/04/1988", "01/08/2013"), PDF, "Service Book Harsh Vora.pdf", "service_book")],
         kind="icegate", rt="designation_update",
         intent="The promotion order is a WhatsApp photo whose name tells nothing: it is other, so the promotion order is missing")

    inner = multi("mixed", [text("Sir,\n\nI have been promoted as Superintendent. Kindly get my designation updated.\n"
                                 "Order and service book attached.\n\nLokesh Sharma\n", cte="7bit"),
                            att(promotion("Lokesh Sharma"), PDF, "EO 112.pdf"),
                            att(sb("Lokesh Sharma", "06/06/1984", "07/07/2009"), PDF, "SB.pdf")], "inner-c6-p")
    parts = multi("mixed", [alt("Sir,\n\nThe request of Shri Lokesh Sharma (attached) is forwarded for updating his\n"
                                "designation.\n\nRegards,\nMahendra Singh\nSuperintendent (System Manager), CGST Alwar\n"
                                "mahendra.singh@icegate.gov.in\n0144-2700123\n", b="c6p"),
                            rfc822("From: Lokesh Sharma <lokesh.sharma@icegate.gov.in>\nTo: sysmgr.alwar@icegate.gov.in\n"
                                   "Subject: Designation update\nDate: Mon, 10 Nov 2025 11:00:00 +0530\n"
                                   "Message-ID: <inner-c6-p@icegate.gov.in>\n", inner)],
                  "----=_Part_c6p_mixed")
    frm = "sysmgr.alwar@icegate.gov.in"
    send("promotion-forwarded-as-attached-message", frm, None, name="System Manager Alwar",
         subject="Fwd: Designation update", parts=parts, inner_kinds=["promotion_order", "service_book"],
         kind="generic", rt="designation_update",
         intent="The officer's mail is attached as message/rfc822 without a file name; its 'EO 112.pdf' and 'SB.pdf' are told by text")

    frm = "pradeep.nair@icegate.gov.in"
    send("promotion-aces-shows-old-designation", frm,
         "Sir,\n\nI have been working as Superintendent since July 2025 but my designation in ACES and on\n"
         "the ICEGATE mail still shows Inspector. Kindly correct it. Promotion order and first page of the\n"
         "service book are attached.\n\nPradeep Nair\nSuperintendent, Cochin Custom House\n9447512347\n",
         name="Pradeep Nair", subject="Wrong designation in ACES",
         atts=[A(promotion("Pradeep Nair"), PDF, "promotion order.pdf", "promotion_order"),
               A(sb("Pradeep Nair", "10/10/1983", "11/11/2008"), PDF, "service book.pdf", "service_book")],
         kind="icegate", rt="designation_update",
         intent="'My designation still shows Inspector, kindly correct it' with the promotion order: a designation update")

    frm = "sysmgr.jodhpur@icegate.gov.in"
    send("promotion-transfer-order-attached-too", frm,
         "Sir,\n\nShri Bhanwar Lal, Inspector, promoted as Superintendent, has joined here on transfer. Kindly\n"
         "update his designation in ACES. The promotion order and service book page are attached; his\n"
         "transfer order is attached for record.\n\nRegards,\nAnuradha Joshi\nDy. Commr. (Systems), Jodhpur\n"
         "anuradha.joshi@icegate.gov.in\nMob. +91 98290-45124\n",
         name="System Manager Jodhpur", subject="Designation update - Bhanwar Lal",
         atts=[A(promotion("Bhanwar Lal"), PDF, "promotion order.pdf", "promotion_order"),
               A(sb("Bhanwar Lal", "02/02/1982", "03/03/2007"), PDF, "service book.pdf", "service_book"),
               A(transfer("Bhanwar Lal", "CGST Jaipur", "Customs (P), Jodhpur"), PDF, "transfer order.pdf", "transfer_order")],
         kind="generic", rt="designation_update",
         intent="Promoted and transferred, but the mail asks only for the designation update; a transfer order rides along")

    frm = "sushil.kumar@icegate.gov.in"
    send("promotion-hindi", frm,
         "महोदय,\n\nमेरी पदोन्नति निरीक्षक से अधीक्षक के पद पर हो गई है। कृपया ACES में मेरा पदनाम अद्यतन करें।\n"
         "पदोन्नति आदेश एवं सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\n\nभवदीय\nसुशील कुमार\nअधीक्षक, केन्द्रीय जीएसटी, पटना\n"
         "मो. 9431212346\n",
         name="Sushil Kumar", subject="पदनाम अद्यतन हेतु",
         atts=[A(promotion("Sushil Kumar"), PDF, "पदोन्नति आदेश.pdf", "promotion_order", style="2047"),
               A(sb("Sushil Kumar", "05/05/1984", "06/06/2009"), PDF, "सेवा पुस्तिका.pdf", "service_book", style="2231")],
         kind="icegate", rt="designation_update",
         intent="Promotion request in Hindi; the file names are Hindi only ('पदोन्नति आदेश', 'सेवा पुस्तिका'), RFC 2047 and RFC 2231 encoded")

    z = zipped([("Promotion order.pdf", promotion("Rajat Arora")),
                ("Service book.pdf", sb("Rajat Arora", "01/01/1986", "02/02/2011"))])
    frm = "rajat.arora@icegate.gov.in"
    send("promotion-documents-in-zip", frm,
         "Sir,\n\nPlease update my designation to Superintendent. The promotion order and service book are\n"
         "in the zip file.\n\nRajat Arora\nSuperintendent, CGST Faridabad\n9810712346\n",
         name="Rajat Arora", subject="Designation update",
         atts=[A(z, "application/x-zip-compressed", "documents.zip", "other")],
         kind="icegate", rt="designation_update", intent="Both documents inside a .zip: both missing")

    frm = "seema.rathore@icegate.gov.in"
    send("promotion-adhoc-officiating", frm,
         "Sir,\n\nI have been promoted on ad hoc basis as Assistant Commissioner. Kindly update my designation\n"
         "from Superintendent to Assistant Commissioner. Order and first page of service book attached.\n\n"
         "Warm regards\nSeema Rathore\nAssistant Commissioner, CGST Bikaner\n9413112346\n",
         name="Seema Rathore", subject="Designation update - AC",
         atts=[A(promotion("Seema Rathore", "Superintendent", "Assistant Commissioner (ad hoc)", "F.No. A-32012/5/2025-Ad.II"),
                 PDF, "CBIC order.pdf", "promotion_order"),
               A(sb("Seema Rathore", "07/07/1980", "08/08/2005"), PDF, "SB first page.pdf", "service_book")],
         kind="icegate", rt="designation_update", intent="Ad hoc promotion to Assistant Commissioner; 'CBIC order.pdf' told by text")


# ================================================================= role_mapping

def role_cases():
    frm = "vaibhav.thakre@icegate.gov.in"
    send("role-mentions-promotion-asks-mapping", frm,
         "Sir,\n\nMy designation was already updated to Superintendent after my promotion last month. I\n"
         "have now joined Range-IV, Division-II, CGST Nagpur-I on transfer. Kindly map my roles in ACES\n"
         "and GST BO for the new Range. Transfer order, local posting order and charge report attached.\n\n"
         "Vaibhav Thakre\nSuperintendent, CGST Nagpur-I\n9822612346\n",
         name="Vaibhav Thakre", subject="Role mapping after joining",
         atts=[A(transfer("Vaibhav Thakre"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Vaibhav Thakre"), PDF, "local posting order.pdf", "posting_order"),
               A(charge("Vaibhav Thakre"), PDF, "charge report.pdf", "charge_report")],
         kind="icegate", rt="role_mapping",
         intent="Names the promotion and the designation, but asks for roles after joining on transfer")

    frm = "monika.sharma@icegate.gov.in"
    send("role-three-orders-with-neutral-names", frm,
         "Sir,\n\nI have joined CGST Nagpur-I on transfer. Kindly assign roles in ACES. Orders attached.\n\n"
         "Monika Sharma\nInspector\n9822712346\n",
         name="Monika Sharma", subject="ACES roles",
         atts=[A(transfer("Monika Sharma"), PDF, "Order.pdf", "transfer_order"),
               A(posting("Monika Sharma"), PDF, "Order (1).pdf", "posting_order"),
               A(charge("Monika Sharma"), PDF, "scan.pdf", "charge_report")],
         kind="icegate", rt="role_mapping",
         intent="'Order.pdf', 'Order (1).pdf' and 'scan.pdf': transfer order, local posting order and charge report told only by their text")

    frm = "sysmgr.nagpur1@icegate.gov.in"
    send("role-orders-that-mention-each-other", frm,
         "Sir,\n\nShri Ganesh Rao, Inspector, has joined Range-IV on transfer. Kindly map him in ACES-GST BO.\n"
         "Documents attached.\n\nRegards,\nSachin Deshmukh\nSuperintendent (System Manager), CGST Nagpur-I\n"
         "sachin.deshmukh@icegate.gov.in\nMob 9822512346\n",
         name="System Manager Nagpur-I", subject="Role mapping - Ganesh Rao",
         atts=[A(transfer("Ganesh Rao", extra=["The officer is relieved with immediate effect to join the new charge."]),
                 PDF, "Doc1.pdf", "transfer_order"),
               A(posting("Ganesh Rao", extra=["Consequent upon his transfer vide Transfer Order No. 77/2025,"]),
                 PDF, "Doc2.pdf", "posting_order"),
               A(charge("Ganesh Rao", extra=["in pursuance of Transfer Order No. 77/2025 and Local Posting Order No. 31/2025"]),
                 PDF, "Doc3.pdf", "charge_report")],
         kind="generic", rt="role_mapping",
         intent="The transfer order says 'relieved', the posting order and the charge report cite the transfer order: each is still told by what it is")

    frm = "ramesh.babu@icegate.gov.in"
    send("role-unmap-on-superannuation", frm,
         "Sir,\n\nI retire on superannuation on 30.11.2025 and have handed over charge. Kindly unmap my\n"
         "roles in ACES. The charge handing over report is attached.\n\nRamesh Babu\nSuperintendent, CGST Tirupati\n"
         "9440712346\n",
         name="Ramesh Babu", subject="Unmapping of roles on retirement",
         atts=[A(charge("Ramesh Babu", "Superintendent, Range-I (handed over)"), PDF, "charge report.pdf", "charge_report")],
         kind="icegate", rt="role_mapping",
         intent="Unmapping after relief on retirement: a role mapping request; only the charge report is attached")

    frm = "range2.cgstmysuru@gmail.com"
    send("role-range-gmail-gst-bo", frm,
         "Sir,\n\nShri Manjunath H., Inspector, has joined this Range on transfer. Kindly map his roles\n"
         "in GST BO. All three documents attached.\n\nRegards,\nShivakumar B.\nSuperintendent, Range-II, CGST Mysuru\n"
         "shivakumar.b@icegate.gov.in\n0821-2412345\n",
         name="Range II CGST Mysuru", subject="GST BO role mapping - Manjunath H.", client="gmail",
         atts=[A(transfer("Manjunath H."), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Manjunath H."), PDF, "posting order.pdf", "posting_order"),
               A(charge("Manjunath H."), PDF, "joining report.pdf", "charge_report")],
         kind="generic", rt="role_mapping",
         intent="A Range office's Gmail with all three documents and a full signature: only icegate_sender missing")

    frm = "sunil.pawar@icegate.gov.in"
    send("role-charge-report-as-camera-photo", frm,
         "Sir,\n\nI have joined Division-III on transfer. Please map my roles in ACES. Transfer order, local\n"
         "posting order and a photo of my charge report are attached.\n\nSunil Pawar\nInspector, CGST Nashik\n9822812346\n",
         name="Sunil Pawar", subject="Role mapping", client="iphone",
         atts=[A(transfer("Sunil Pawar"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Sunil Pawar"), PDF, "LPO.pdf", "posting_order"),
               A(jpeg(801), "image/jpeg", "IMG_4471.JPG", "other")],
         kind="icegate", rt="role_mapping",
         intent="The charge report is a camera photo 'IMG_4471.JPG' (kind other), so the charge report is missing")

    frm = "mahesh.gowda@icegate.gov.in"
    send("role-joining-report-as-docx", frm,
         "Sir,\n\nI have joined Bengaluru Air Cargo on transfer. Kindly map my roles. Transfer order, posting\n"
         "order and joining report attached.\n\nMahesh Gowda\nExaminer, Bengaluru Air Cargo\n9448212347\n",
         name="Mahesh Gowda", subject="Role mapping in ACES",
         atts=[A(transfer("Mahesh Gowda", "Chennai Customs", "Bengaluru Customs"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Mahesh Gowda", "Air Cargo Complex"), PDF, "posting order.pdf", "posting_order"),
               A(docx(["JOINING REPORT", "I have joined Air Cargo Complex, Bengaluru on 03.11.2025 (FN)."]), DOCX_CT,
                 "Joining Report.docx", "charge_report")],
         kind="icegate", rt="role_mapping", intent="The joining report is a Word file 'Joining Report.docx'")

    frm = "sysmgr.jaipur@icegate.gov.in"
    send("role-generic-initials-signature", frm,
         "Sir,\n\nRoles of Smt. Kavita Saini, Inspector, may be mapped in GST BO for Range-V on her joining\n"
         "on transfer. Documents attached.\n\nRegards,\nR.K. Meena\nAC (Sys)\nCGST Jaipur\nrk.meena@icegate.gov.in\n"
         "M: 9829045125\n",
         name="System Manager Jaipur", subject="Role mapping - Kavita Saini",
         atts=[A(transfer("Kavita Saini"), PDF, "TO.pdf", "transfer_order"),
               A(posting("Kavita Saini"), PDF, "LPO.pdf", "posting_order"),
               A(charge("Kavita Saini"), PDF, "CR.pdf", "charge_report")],
         kind="generic", rt="role_mapping",
         intent="Signature 'R.K. Meena / AC (Sys)'; documents 'TO.pdf', 'LPO.pdf', 'CR.pdf' told by their text")

    frm = "ajay.kushwaha@icegate.gov.in"
    send("role-reply-two-of-three-quote-names-all", frm,
         "Sir,\n\nTransfer order and local posting order attached. The charge report will be sent after I\n"
         "take charge on Monday.\n\nAjay Kushwaha\nInspector, CGST Gwalior\n9425412346\n\n"
         "On 13/11/2025 11:40, Saksham Seva Helpdesk wrote:\n> Sir, for role mapping please send the transfer order, the local\n"
         "> posting order and the charge (joining) report.\n",
         name="Ajay Kushwaha", subject="Re: Role mapping", client="tb",
         atts=[A(transfer("Ajay Kushwaha"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Ajay Kushwaha"), PDF, "local posting order.pdf", "posting_order")],
         kind="icegate", rt="role_mapping",
         intent="Reply with two of the three documents; the quoted helpdesk text names all three")

    frm = "shweta.singh@icegate.gov.in"
    send("role-unmap-from-old-custom-house", frm,
         "Sir,\n\nI have been relieved from Kandla Custom House on transfer to Mundra. Kindly unmap me from\n"
         "Kandla and map me at Mundra in ICES. Relieving report, transfer order and posting order attached.\n\n"
         "Shweta Singh\nExaminer\n9898212346\n",
         name="Shweta Singh", subject="Unmapping and mapping",
         atts=[A(charge("Shweta Singh", "Examiner, Docks (relieved)"), PDF, "relieving report.pdf", "charge_report"),
               A(transfer("Shweta Singh", "Custom House, Kandla", "Custom House, Mundra"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Shweta Singh", "Docks Examination, Mundra"), PDF, "posting order.pdf", "posting_order")],
         kind="icegate", rt="role_mapping", intent="Unmap from the old Custom House and map at the new one: complete")

    frm = "sysmgr.mundra@icegate.gov.in"
    send("role-hindi-closing-generic-no-email", frm,
         "Sir,\n\nShri Vikas Chaudhary, Appraiser, has joined on transfer. Kindly map his roles in ICES.\n"
         "Documents attached.\n\nभवदीय\nहितेश परमार / Hitesh Parmar\nउपायुक्त / Deputy Commissioner (System Manager)\n"
         "Mobile: +91 94260 11872\n",
         name="System Manager Mundra", subject="Role mapping - Vikas Chaudhary",
         atts=[A(transfer("Vikas Chaudhary"), PDF, "transfer order.pdf", "transfer_order"),
               A(posting("Vikas Chaudhary"), PDF, "posting order.pdf", "posting_order"),
               A(charge("Vikas Chaudhary"), PDF, "charge report.pdf", "charge_report")],
         lack=["signature_email"], kind="generic", rt="role_mapping",
         intent="Hindi closing 'भवदीय' and a bilingual signature without an individual e-mail")

    frm = "tushar.kale@icegate.gov.in"
    send("role-ices-location-after-posting", frm,
         "Sir,\n\nI have been posted to Air Cargo, Mumbai from the Docks. My ICES login still shows the Docks\n"
         "location. Kindly map me to the Air Cargo location. Orders and joining report attached.\n\n"
         "Tushar Kale\nAppraiser, Air Cargo Complex, Mumbai\n9920212346\n",
         name="Tushar Kale", subject="ICES location mapping",
         atts=[A(transfer("Tushar Kale", "New Custom House", "Air Cargo Complex"), PDF, "transfer.pdf", "transfer_order"),
               A(posting("Tushar Kale", "Import Shed, ACC"), PDF, "posting.pdf", "posting_order"),
               A(charge("Tushar Kale", "Appraiser, Import Shed"), PDF, "joining.pdf", "charge_report")],
         kind="icegate", rt="role_mapping",
         intent="'My ICES login still shows the Docks location; map me to Air Cargo' after posting: a role mapping")

    frm = "acladmin.kolkata@icegate.gov.in"
    send("role-generic-outlook-full", frm,
         "Sir,\n\nThe following officers have joined on transfer and may be mapped in ACES as per the local\n"
         "posting order: Shri Sayan Mitra and Smt. Rupa Ghosh, Inspectors. The transfer order, local posting\n"
         "order and their joining reports are attached.\n\nThanks and regards\nArindam Sen\nAssistant Commissioner (ACL Admin)\n"
         "CGST Kolkata North\narindam.sen@icegate.gov.in\n033-22301234\n",
         name="ACL Admin Kolkata North", subject="Mapping of officers in ACES", client="outlook",
         atts=[A(transfer("Sayan Mitra and Rupa Ghosh"), PDF, "Transfer Order 77-2025.pdf", "transfer_order"),
               A(posting("Sayan Mitra and Rupa Ghosh"), PDF, "LPO 31-2025.pdf", "posting_order"),
               A(charge("Sayan Mitra"), PDF, "Joining report Sayan.pdf", "charge_report"),
               A(charge("Rupa Ghosh"), PDF, "Joining report Rupa.pdf", "charge_report")],
         kind="generic", rt="role_mapping", intent="Two officers, four documents, a Kolkata landline '033-22301234' in the signature")

    frm = "naveen.chandra@icegate.gov.in"
    send("role-only-transfer-order", frm,
         "Sir,\n\nI have been transferred to CGST Dehradun. Please map my roles there. Transfer order attached;\n"
         "the posting order is yet to be issued.\n\nNaveen Chandra\nInspector\n9412412346\n",
         name="Naveen Chandra", subject="Role mapping",
         atts=[A(transfer("Naveen Chandra", "CGST Meerut", "CGST Dehradun"), PDF, "transfer order.pdf", "transfer_order")],
         kind="icegate", rt="role_mapping", intent="Only the transfer order; posting order and charge report missing")


# ================================================================= eccs and trade_portal (redirect)

ADVISORY = ("Advisory No. 10/SYS/WZU/2025\nSubject: Upcoming Password Expiry Notice for Express Cargo Clearance System\n"
            "(ECCS) Application Users - reg.\n\nAll users are requested to reset their passwords immediately after logging in\n"
            "once the expiry takes effect. In case of any issues, kindly contact the ECCS Helpdesk\n"
            "[Email-id: eccs.helpdesk@icegate.gov.in; Contact No.: 1800-2666-882]\n")


def redirects():
    frm = "vimal.nair@icegate.gov.in"
    send("eccs-spelled-out-no-acronym", frm,
         "Sir,\n\nAfter the password expiry exercise I am unable to log in to the Express Cargo Clearance\n"
         "System at the Courier Terminal. It says my password has expired but the new password is not\naccepted.\n\n"
         "Vimal Nair\nAppraiser, Courier Terminal, Kochi\n9447612347\n",
         name="Vimal Nair", subject="Login problem - courier clearance", kind="icegate", rt="eccs",
         intent="The Express Cargo Clearance System named in full, never 'ECCS'")

    frm = "sheetal.rane@icegate.gov.in"
    send("eccs-dotted-and-lower-case", frm,
         "Sir,\n\nE.C.C.S. login not working since morning at the Mumbai courier terminal; the eccs page\n"
         "shows 'user locked'. Please unlock.\n\nSheetal Rane\nInspector\n9920312346\n",
         name="Sheetal Rane", subject="eccs user locked", kind="icegate", rt="eccs",
         intent="'E.C.C.S.' and 'eccs' written dotted and in lower case; 'unlock' like a reset")

    frm = "deepak.malhotra@icegate.gov.in"
    send("eccs-forgot-password-reset-words", frm,
         "Sir,\n\nI have forgotten my password of the ECCS application after the recent expiry. Kindly reset\n"
         "my ECCS password.\n\nName: Deepak Malhotra\nDesignation: Superintendent, Courier Cell, IGI Airport\n"
         "User ID: ECCS-DEL-0412\nMobile: 9810812346\n",
         name="Deepak Malhotra", subject="Reset of password", kind="icegate", rt="eccs",
         intent="Laid out exactly like an SSO password reset (name, designation, user ID, mobile) but it is the ECCS password")

    frm = "courier.delhi@icegate.gov.in"
    send("eccs-courier-cell-signs-with-office-only", frm,
         "Sir,\n\nECCS is not opening for any officer of the Courier Cell since 10 am. Kindly look into it.\n\n"
         "Regards,\nCourier Cell\nAir Cargo Complex, New Delhi\n",
         name="Courier Cell ACC Delhi", subject="ECCS not opening",
         lack=["signature_name", "signature_designation", "signature_email", "signature_phone"], kind="generic", rt="eccs",
         intent="Generic Courier Cell ID signs with the office only: still a redirect, with all four signature codes")

    frm = "girish.kamath@icegate.gov.in"
    send("eccs-dmarc-fail-still-redirect", frm,
         "Sir,\n\nMy ECCS password has expired and the reset screen gives an error. Please help.\n\n"
         "Girish Kamath\nAppraiser, Courier Terminal, Bengaluru\n9448312347\n",
         name="Girish Kamath", subject="ECCS password",
         ar=AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none", "dmarc=fail header.from=icegate.gov.in"),
         kind="icegate", rt="eccs", intent="An ECCS request that fails DMARC: redirect comes before review")

    fwd = gmail_fwd("Systems WZU Mumbai <systems.wzumumbai@gov.in>", "Tue, 12 Aug 2025 at 21:09",
                    "Advisory No. 10/SYS/WZU/2025", "<all-ict-users@gov.in>", ADVISORY)
    frm = "asha.kale@icegate.gov.in"
    send("eccs-person-forwards-advisory", frm,
         "Sir,\n\nEven after resetting the password as per the advisory below, I cannot log in to ECCS.\n\n"
         "Asha Kale\nExaminer, Courier Terminal, Mumbai\n9920412346\n" + fwd,
         name="Asha Kale", subject="Fwd: Advisory No. 10/SYS/WZU/2025", client="gmail", kind="icegate", rt="eccs",
         intent="A person forwards the ECCS advisory and says she still cannot log in: a person's ECCS request")

    frm = "ops.bluedart.bom@gmail.com"
    send("eccs-courier-company-ops-desk", frm,
         "Dear Sir,\n\nOur ECCS user ID for filing courier manifests at Mumbai Air Cargo has been locked after\n"
         "wrong password attempts. Kindly unlock it.\n\nRegards,\nOperations Desk\nBlue Dart Express Ltd., Mumbai\n",
         name="Ops Desk Mumbai", subject="ECCS user ID locked", client="gmail",
         lack=["signature_name", "signature_designation", "signature_email", "signature_phone"], kind="generic", rt="eccs",
         intent="A courier company's operations-desk Gmail (a shared mailbox) about its ECCS login; unsigned")

    frm = "lokesh.rao@icegate.gov.in"
    send("eccs-screenshot-named-like-a-document", frm,
         "Sir,\n\nPlease see the error while logging in to ECCS (screenshot attached).\n\nLokesh Rao\n"
         "Inspector, Courier Terminal, Hyderabad\n9440812346\n",
         name="Lokesh Rao", subject="ECCS error",
         atts=[A(make_png(120, 80, 40), "image/png", "Screenshot 2025-11-12 101500.png", "other")],
         kind="icegate", rt="eccs", intent="ECCS error with a PNG screenshot (other)")

    frm = "jayant.ghosh@icegate.gov.in"
    send("eccs-outlook-complete", frm,
         "Sir,\n\nThe ECCS application shows 'password expired' for the Courier Terminal officers listed\n"
         "below. Kindly reset their ECCS passwords:\n1. Sourav Pal, Inspector\n2. Moumita Das, Examiner\n\n"
         "Thanks and regards\nJayant Ghosh\nSuperintendent, Courier Terminal, Kolkata\n9830212346\n",
         name="Jayant Ghosh", subject="ECCS password expired", client="outlook", kind="icegate", rt="eccs",
         intent="ECCS password reset for two officers, listed like a nodal officer's request")

    frm = "shah.logistics.cb@gmail.com"
    send("trade-customs-broker-no-iec-word", frm,
         "Dear Sir,\n\nWe are a Customs Broker (CB Licence No. R-11/2018). We are unable to log in to ICEGATE\n"
         "to file Bills of Entry; the password reset link is not received on our registered e-mail.\n\n"
         "Regards,\nMitesh Shah\nPartner, Shah Logistics\n9824312346\n",
         name="Shah Logistics", subject="ICEGATE login", client="gmail", kind="personal", rt="trade_portal",
         intent="A customs broker's ICEGATE login (no 'IEC' in the mail); a partner's own Gmail")

    frm = "anand.exports@yahoo.com"
    send("trade-importer-exporter-code-spelled-out", frm,
         "Sir,\n\nOur Importer-Exporter Code was issued by DGFT last week, but ICEGATE registration is still\n"
         "showing 'pending'. Kindly approve so that we can file shipping bills.\n\nAnand Kumar\nProprietor, "
         "Anand Exports, Tiruppur\n9443512346\n",
         name="Anand Kumar", subject="ICEGATE registration pending", client="yahoo", kind="personal",
         rt="trade_portal", intent="'Importer-Exporter Code' spelled out; ICEGATE registration of a trader")

    frm = "sunrise.impex@gmail.com"
    send("trade-dsc-registration", frm,
         "Sir,\n\nWe are unable to register the digital signature certificate of our authorised signatory on the\n"
         "ICEGATE portal. It says 'DSC not mapped to IEC'.\n\nRegards\nRakesh Jain\nDirector, Sunrise Impex Pvt. Ltd.\n"
         "9811912346\n",
         name="Sunrise Impex", subject="DSC registration on ICEGATE", client="gmail", kind="personal",
         rt="trade_portal", intent="A trader's DSC registration on the ICEGATE portal")

    frm = "pankaj.goyal@icegate.gov.in"
    send("trade-officer-writes-for-a-trader", frm,
         "Sir,\n\nAn exporter (IEC 0312345678) came to our Custom House as he is unable to register on the\n"
         "ICEGATE portal; the OTP is not coming to his mobile. Kindly guide him.\n\nPankaj Goyal\n"
         "Superintendent, ICD Ludhiana\n9814412346\n",
         name="Pankaj Goyal", subject="ICEGATE registration problem of an exporter", kind="icegate", rt="trade_portal",
         intent="An officer writes from his ICEGATE ID about a trader's portal registration: still the trader's matter")

    frm = "exports@sairamexim.com"
    send("trade-firm-desk-mailbox-unsigned", frm,
         "Dear Sir,\n\nWe have forgotten the password of our ICEGATE login. Kindly reset.\n\nRegards,\n"
         "Export Department\nSai Ram Exim Pvt. Ltd., Mumbai\n",
         name="Sai Ram Exim Exports", subject="ICEGATE password", ar=AR("spf=pass smtp.mailfrom=sairamexim.com",
                                                                       "dkim=pass header.d=sairamexim.com"),
         lack=["signature_name", "signature_designation", "signature_email", "signature_phone"], kind="generic",
         rt="trade_portal",
         intent="A firm's export-desk mailbox (generic) asks for its ICEGATE password: redirect, with the signature codes")

    frm = "meera.textiles@gmail.com"
    send("trade-forgot-password-iec-alphanumeric", frm,
         "Sir,\n\nI am the proprietor of Meera Textiles (IEC AABFM1234K). I forgot the password of our ICEGATE\n"
         "account and the registered mobile is not with us. Kindly reset.\n\nMeera Patel\n9825612346\n",
         name="Meera Patel", subject="Forgot ICEGATE password", client="gmail", kind="personal", rt="trade_portal",
         intent="A trader's forgotten ICEGATE password with an alphanumeric IEC")

    frm = "vikram.agro@gmail.com"
    send("trade-icegate-2-sso-page", frm,
         "Sir,\n\nOn the new ICEGATE 2.0 portal the SSO login page says 'IEC not registered' for our firm,\n"
         "though we filed shipping bills last year. Please help.\n\nVikram Reddy\nVikram Agro Exports\n9440912346\n",
         name="Vikram Reddy", subject="ICEGATE 2.0 login", client="gmail", kind="personal", rt="trade_portal",
         intent="'SSO login page' of ICEGATE 2.0 for a firm's IEC: a trader's portal login, not an officer's SSO ID")

    frm = "gupta.overseas@rediffmail.com"
    send("trade-change-registered-mobile", frm,
         "Sir,\n\nThe OTP for our ICEGATE account goes to the mobile of our former director. Kindly change the\n"
         "registered mobile number to 9810012399.\n\nRegards\nSanjay Gupta\nDirector, Gupta Overseas\n",
         name="Sanjay Gupta", subject="Change of registered mobile - ICEGATE", client="rediff", kind="personal",
         rt="trade_portal", intent="A trader asks to change the mobile registered with the firm's ICEGATE account")


# ================================================================= unknown (review)

def unknowns():
    frm = "ashish.tandon@icegate.gov.in"
    send("unknown-ices-assessment-queue", frm,
         "Sir,\n\nBill of Entry 8812345 is stuck in the assessment queue in ICES 1.5 with error EDI-4410 since\n"
         "yesterday. Kindly resolve.\n\nAshish Tandon\nAppraiser, ICD Tughlakabad\n9810912346\n",
         name="Ashish Tandon", subject="BE stuck in ICES", kind="icegate", rt="unknown",
         intent="An ICES technical fault (none of the request types)")

    frm = "ranjana.das@icegate.gov.in"
    send("unknown-attachment-size-limit", frm,
         "Sir,\n\nMy ICEGATE mailbox does not allow attachments above 10 MB. Kindly increase the limit as\n"
         "audit files are bigger.\n\nRanjana Das\nSuperintendent (Audit), CGST Guwahati\n9435212346\n",
         name="Ranjana Das", subject="Attachment size", kind="icegate", rt="unknown",
         intent="ICEGATE mailbox attachment limit (none of the request types)")

    frm = "sysmgr.tuticorin@icegate.gov.in"
    send("unknown-network-down-generic-signed", frm,
         "Sir,\n\nThe ICES network at the Custom House has been down since morning; no Bill of Entry can be\n"
         "filed. Kindly escalate.\n\nRegards,\nM. Selvakumar\nSuperintendent (Systems)\nV.O. Chidambaranar Custom House\n"
         "Mobile: +91 94430 12876\nE-mail: m.selvakumar@icegate.gov.in\n",
         name="Systems Tuticorin", subject="ICES network down", kind="generic", rt="unknown",
         intent="Network outage from a fully signed generic ID")

    quoted = ("> ----- Original Message -----\n> From: MAILER-DAEMON@mx.icegate.gov.in\n"
              "> Subject: Undelivered Mail Returned to Sender\n> <meenal.k@gmail.com>: host gmail-smtp-in.l.google.com said:\n"
              ">    550-5.7.26 Unauthenticated email from icegate.gov.in is not accepted\n")
    frm = "kishore.bhat@icegate.gov.in"
    send("unknown-person-asks-why-mail-bounced", frm,
         "Sir,\n\nMy mails from the ICEGATE mailbox to Gmail users are coming back with the message below.\n"
         "Kindly check why.\n\nKishore Bhat\nInspector, CGST Mangaluru\n9448412347\n\n" + quoted,
         name="Kishore Bhat", subject="Fwd: Undelivered Mail Returned to Sender", kind="icegate", rt="unknown",
         intent="A person forwards a bounce and asks why mail bounces: a person, and none of the request types")

    frm = "tanuja.pillai@icegate.gov.in"
    send("unknown-mentions-create-distribution-list", frm,
         "Sir,\n\nKindly create a distribution list of all Inspectors of CGST Thiruvananthapuram in ICEGATE mail\n"
         "so that circulars can be sent in one go.\n\nTanuja Pillai\nAssistant Commissioner (Systems)\n9447712348\n",
         name="Tanuja Pillai", subject="Distribution list", kind="icegate", rt="unknown",
         intent="'Kindly create ...' a mail distribution list: not an SSO ID creation")

    frm = "rohini.kulkarni@icegate.gov.in"
    send("unknown-password-policy-question", frm,
         "Sir,\n\nSome officers save the SSO password in the browser of shared computers. Kindly clarify\n"
         "whether this is allowed under CBIC's password policy, so that we can issue instructions.\n\n"
         "Rohini Kulkarni\nDeputy Commissioner (Systems), CGST Pune-I\n9822912346\n",
         name="Rohini Kulkarni", subject="Query on password policy", kind="icegate", rt="unknown",
         intent="A question about the password policy, full of 'SSO password', asking for no reset")

    frm = "sanjeev.tomar@icegate.gov.in"
    send("unknown-name-spelling-with-service-book", frm,
         "Sir,\n\nMy name appears as 'Sanjiv Tomar' in ACES, while it is 'Sanjeev Tomar' in my service book\n"
         "(first page attached). Kindly correct the spelling.\n\nSanjeev Tomar\nInspector, CGST Meerut\n9412512346\n",
         name="Sanjeev Tomar", subject="Correction of name in ACES",
         atts=[A(sb("Sanjeev Tomar", "03/03/1990", "04/04/2015"), PDF, "service book.pdf", "service_book")],
         kind="icegate", rt="unknown",
         intent="Correction of the name's spelling, with the service book attached: none of the request types")

    frm = "cgstdiv4.madurai@nic.in"
    send("unknown-nic-generic-not-receiving-mail", frm,
         "Sir,\n\nThis Division's mailbox is not receiving any mails sent from icegate.gov.in addresses for two\n"
         "days. Kindly look into it.\n\nRegards,\nK. Pandian\nSuperintendent, CGST Division-IV, Madurai\n",
         name="CGST Division IV Madurai", subject="Mails not received", lack=["signature_email", "signature_phone"],
         kind="generic", rt="unknown",
         intent="A Division's nic.in mailbox with an unknown request: the signature codes apply, icegate_sender does not")

    frm = "vandana.rao@icegate.gov.in"
    send("unknown-move-mails-on-transfer", frm,
         "Sir,\n\nOn my transfer to Hyderabad I was given a new ICEGATE mailbox. Kindly transfer the mails of my\n"
         "old mailbox into the new one.\n\nVandana Rao\nSuperintendent, CGST Hyderabad\n9440112399\n",
         name="Vandana Rao", subject="Transfer of old mails", kind="icegate", rt="unknown",
         intent="'Transfer' of mails between mailboxes after a transfer: neither role mapping nor any other request type")


# ================================================================= robots, and people who look like robots

def mime(s: str):
    """A MIME entity from its source text (headers, blank line, body): for hand-shaped reports."""
    return email.message_from_string(s.lstrip("\n"))


def robot(slug, frm, body, *, subject, rt="unknown", intent, name=None, raw_from=None, extra=None, ar="pass",
          to=None, kinds=(), date_hdr=None, mid=None):
    n = upcoming()
    domain = frm.split("@")[1].lower()
    h = hdr(raw_from or addr(name, frm), subject, date_hdr or datestr(n), mid or f"auto{n:03d}.c6@{domain}", extra=extra,
            **({"to": to} if to else {}))
    if ar == "pass":
        ar = ar_pass(domain, frm.split("@")[0], ip="10.10.21.15" if domain.endswith("icegate.gov.in") else "164.100.14.5")
    raw = mail(h, body, ar=ar, from_addr=None)
    case(f"{n:03d}-{slug}", raw, exp("automated", rt, action="ignore", kinds=sorted(kinds)), intent)


def ack_returned(ref, attach=None):
    """The helpdesk's own earlier mail, as a bounce returns it (text/rfc822 source)."""
    head = (f"From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nSubject: Acknowledgement [{ref}]\n"
            f"Message-ID: <ack-{ref.replace('/', '-')}@icegate.gov.in>\nMIME-Version: 1.0\n")
    if not attach:
        return head + "Content-Type: text/plain; charset=us-ascii\n\nYour mail has been registered under reference " + ref + ".\n"
    fname, data = attach
    return (head + 'Content-Type: multipart/mixed; boundary="ret-' + ref[-5:] + '"\n\n--ret-' + ref[-5:] +
            "\nContent-Type: text/plain; charset=us-ascii\n\nYour mail has been registered under reference " + ref +
            ".\nPlease find the file attached.\n\n--ret-" + ref[-5:] +
            f'\nContent-Type: application/octet-stream; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
            "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode() + "\n--ret-" + ref[-5:] + "--\n")


def robots():
    blank = xlsx([], titles=("Template for SSO ID and ICEGATE Email ID Creation",))
    body = mime("Content-Type: multipart/report; report-type=delivery-status; boundary=\"c6r1\"\n\n"
                "--c6r1\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.icegate.gov.in.\n\n"
                "I'm sorry to have to inform you that your message could not be delivered to one or more\n"
                "recipients.\n\n<asha.menon84@yahoo.co.in>: host mta7.am0.yahoodns.net said: 554 delivery error:\n"
                "    dd This user doesn't have a yahoo.co.in account\n\n"
                "--c6r1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\n"
                "Final-Recipient: rfc822; asha.menon84@yahoo.co.in\nAction: failed\nStatus: 5.0.0\n\n"
                "--c6r1\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"original.eml\"\n\n"
                + ack_returned("SS/2025/11/04501", ("file.xlsx", blank)) + "\n--c6r1--\n")
    robot("auto-postfix-bounce-returning-a-workbook", "MAILER-DAEMON@mx.icegate.gov.in", body,
          raw_from="MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)", subject="Undelivered Mail Returned to Sender",
          extra={"Auto-Submitted": "auto-replied"}, ar=None,
          intent="Postfix bounce (multipart/report) whose returned message carries a creation-template workbook: the parts of a report are no attachments")

    body = mime("Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"_c6r2_\"\n\n"
                "--_c6r2_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
                "Delivery has failed to these recipients or groups:\n\nvinay.s@cbic.gov.in\n"
                "The e-mail address you entered couldn't be found.\n\n"
                "--_c6r2_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH02.cbic.gov.in\n\n"
                "Final-recipient: RFC822; vinay.s@cbic.gov.in\nAction: failed\nStatus: 5.1.10\n\n"
                "--_c6r2_\nContent-Type: text/rfc822-headers\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
                "Subject: Acknowledgement [SS/2025/11/04502]\n\n--_c6r2_--\n")
    robot("auto-exchange-ndr-no-auto-submitted", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.gov.in", body,
          name="Microsoft Outlook", subject="Undeliverable: Acknowledgement [SS/2025/11/04502]",
          intent="Exchange non-delivery report from a long system address, no Auto-Submitted: automated by multipart/report")

    body = mime("Content-Type: multipart/report; report-type=delivery-status; boundary=\"c6r3\"\n\n"
                "--c6r3\nContent-Type: text/plain; charset=us-ascii\n\n"
                "This is the mail system at host mx.icegate.gov.in.\n\n####################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "--c6r3\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\n"
                "Final-Recipient: rfc822; cgstdiv2.trichy@nic.in\nAction: delayed\nStatus: 4.4.1\n"
                "Will-Retry-Until: Fri, 28 Nov 2025 10:00:00 +0530 (IST)\n\n"
                "--c6r3\nContent-Type: text/rfc822-headers\n\nFrom: saksham.seva@icegate.gov.in\n"
                "Subject: Acknowledgement [SS/2025/11/04503]\n\n--c6r3--\n")
    robot("auto-dsn-delayed-warning", "MAILER-DAEMON@mx.icegate.gov.in", body,
          raw_from="MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)", subject="Delayed Mail (still being retried)",
          extra={"Auto-Submitted": "auto-replied"}, ar=None, intent="A 'delayed' delivery warning (Action: delayed)")

    body = mime("Content-Type: multipart/report; boundary=\"000000000000c6r4\"; report-type=delivery-status\n\n"
                "--000000000000c6r4\nContent-Type: multipart/related; boundary=\"000000000000c6r4b\"\n\n"
                "--000000000000c6r4b\nContent-Type: text/html; charset=\"UTF-8\"\n\n<html><body><h2>Address not found</h2>"
                "<p>Your message wasn't delivered to <b>sso.creation.helpdesk@icegate.gov.in</b> because the address "
                "couldn't be found.</p></body></html>\n"
                "--000000000000c6r4b\nContent-Type: image/png; name=\"icon.png\"\nContent-Disposition: attachment; filename=\"icon.png\"\n"
                "Content-Transfer-Encoding: base64\nContent-ID: <icon.png>\n\n" + base64.encodebytes(make_png(16, 16, 200)).decode()
                + "\n--000000000000c6r4b--\n--000000000000c6r4\nContent-Type: message/delivery-status\n\n"
                "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; sso.creation.helpdesk@icegate.gov.in\n"
                "Action: failed\nStatus: 5.1.1\n\n--000000000000c6r4--\n")
    robot("auto-gmail-dsn-icon-and-sso-address", "mailer-daemon@googlemail.com", body,
          name="Mail Delivery Subsystem", subject="Delivery Status Notification (Failure)",
          extra={"Auto-Submitted": "auto-replied"}, ar=AR("dkim=pass header.d=googlemail.com", "spf=pass smtp.mailfrom=",
                                                           "dmarc=pass header.from=googlemail.com"),
          intent="Gmail's failure notice with an icon file inside the report; the failed address contains 'sso.creation'")

    body = text("Hi. This is the qmail-send program at mail.rediffmail.com.\nI'm afraid I wasn't able to deliver your "
                "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<sudhir_k1972@rediffmail.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                "--- Below this line is a copy of the message.\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
                "Subject: Acknowledgement [SS/2025/11/04505]\n\nYour mail has been registered under reference "
                "SS/2025/11/04505.\n", cte="7bit")
    robot("auto-qmail-plain-text-bounce", "MAILER-DAEMON@mail.rediffmail.com", body,
          subject="failure notice", ar=None,
          intent="qmail bounce: plain text only, no Auto-Submitted, no report: automated by the mailer-daemon sender")

    body = text("Dear Sir/Madam,\n\nThank you for your mail. I am on Earned Leave from 24.11.2025 to 05.12.2025 and\n"
                "will reply on my return. For urgent matters regarding my Range, please contact Shri Anil\n"
                "Joshi, Superintendent.\n\nRegards,\nSunita Rao\nSuperintendent, Range-III, CGST Pune-I\nMobile: 9822012399\n",
                cte="7bit")
    robot("auto-vacation-written-like-a-person", "sunita.rao@icegate.gov.in", body, name="Sunita Rao",
          subject="Re: Acknowledgement [SS/2025/11/04506]", extra={"Auto-Submitted": "auto-replied (zimbra; vacation)",
                                                                  "In-Reply-To": "<ack-SS-2025-11-04506@icegate.gov.in>"},
          intent="A Zimbra vacation reply that reads like a person's mail (greeting, signature, mobile): Auto-Submitted decides")

    plain = ("I am out of office till 28.11.2025 with limited access to e-mail.\n\n-----Original Message-----\n"
             "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nSent: Monday, November 24, 2025 10:00 AM\n"
             "To: Harish Menon <harish.menon@icegate.gov.in>\nSubject: Acknowledgement [SS/2025/11/04507]\n\n"
             "Your request for reset of the password of your SSO ID has been registered under reference\n"
             "SS/2025/11/04507. The helpdesk will call you on the mobile number given.\n")
    robot("auto-outlook-ooo-quoting-a-reset-ack", "harish.menon@icegate.gov.in",
          alt(plain, b="c6ooo"), name="Harish Menon", subject="Automatic reply: Acknowledgement [SS/2025/11/04507]",
          extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop":
                 "harish.menon@icegate.gov.in"},
          intent="Outlook automatic reply that quotes the helpdesk's reset acknowledgement: its own text asks nothing")

    body = text("Hello,\n\nI am travelling and will check mail after 1 December.\n\nVarun\n", cte="7bit")
    robot("auto-gmail-vacation-responder", "varun.sethi88@gmail.com", body, name="Varun Sethi",
          subject="On leave till 1 December", extra={"Auto-Submitted": "auto-replied"},
          intent="Gmail vacation responder from a personal address (subject chosen by the user)")

    body = alt("Dear all,\n\nI have forgotten the password of my SSO ID. Could Saksham Seva please reset it?\n\n"
               "Name: Ravi Kumar\nDesignation: Inspector\nSSO ID: 40719601\nMobile: 9849612346\n\nRavi Kumar\n\n--\n"
               "You received this message because you are subscribed to the Google Groups \"CBIC System Managers\n"
               "West\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to\n"
               "cbic-sysmgrs-west+unsubscribe@googlegroups.com.\n", b="c6grp")
    robot("auto-google-group-post-asking-reset", "cbic-sysmgrs-west@googlegroups.com", body,
          raw_from="'Ravi Kumar' via CBIC System Managers West <cbic-sysmgrs-west@googlegroups.com>",
          subject="[cbic-sysmgrs-west] Password reset", rt="password_reset",
          to="CBIC System Managers West <cbic-sysmgrs-west@googlegroups.com>",
          extra={"Reply-To": "ravi.kumar@icegate.gov.in", "Precedence": "list",
                 "Mailing-list": "list cbic-sysmgrs-west@googlegroups.com; contact cbic-sysmgrs-west+owners@googlegroups.com",
                 "List-ID": "<cbic-sysmgrs-west.googlegroups.com>",
                 "List-Unsubscribe": "<mailto:cbic-sysmgrs-west+unsubscribe@googlegroups.com>"},
          intent="A person's reset request that reached the helpdesk through a Google Group (List-ID, Precedence: list): automated, and its request type read from its own content")

    body = text("Send CBIC-EDI mailing list submissions to\n\tcbic-edi@lists.cbic.gov.in\n\nToday's Topics:\n\n"
                "   1. Training schedule for ICES 1.5 (Ravi Shankar)\n   2. Swachhta Pakhwada photographs (EDI Section)\n\n"
                "----------------------------------------------------------------------\n\nMessage: 1\n"
                "From: Ravi Shankar <ravi.shankar@icegate.gov.in>\nSubject: Training schedule for ICES 1.5\n\n"
                "The training for new Appraisers will be held on 2 December.\n", cte="7bit")
    robot("auto-mailman-digest", "cbic-edi-request@lists.cbic.gov.in", body,
          subject="CBIC-EDI Digest, Vol 42, Issue 7", to="cbic-edi@lists.cbic.gov.in",
          extra={"Precedence": "list", "List-Id": "CBIC EDI officers <cbic-edi.lists.cbic.gov.in>",
                 "X-BeenThere": "cbic-edi@lists.cbic.gov.in"},
          intent="A Mailman digest (List-Id, Precedence: list) with neutral topics")

    robot("auto-eccs-advisory-precedence-bulk", "systems.wzumumbai@gov.in", text(ADVISORY, cte="7bit"),
          name="ADG Systems WZU Mumbai", subject="Advisory No. 10/SYS/WZU/2025 - ECCS password expiry", rt="eccs",
          extra={"Precedence": "bulk"},
          intent="The ECCS advisory sent in bulk (Precedence: bulk): automated, request type eccs from its own content")

    body = text("Advisory for Importers and Exporters\n\nAll IEC holders are requested to re-register their login on the\n"
                "ICEGATE 2.0 portal before 31.12.2025. Registration with the old ICEGATE ID will be disabled\n"
                "thereafter. For help contact the ICEGATE helpdesk.\n\nThis is a system generated mail. Please do not reply.\n",
                cte="7bit")
    robot("auto-noreply-trade-advisory", "noreply@icegate.gov.in", body, name="ICEGATE",
          subject="Re-registration of IEC login on ICEGATE 2.0", rt="trade_portal",
          intent="A no-reply advisory to IEC holders about ICEGATE 2.0 login: automated, request type trade_portal from its own content")

    body = text("Dear Officer,\n\nYour annual property return for 2025 has been received in SPARROW.\n", cte="7bit")
    robot("auto-noreply-in-capitals", "NoReply@cbic.gov.in", body, name="CBIC HRMS",
          subject="Property return received", intent="No-reply local part written 'NoReply'")

    body = text("A file has been sent to you in eOffice.\n\nFile No.: CBIC-EDI/12/2025-Sys\nSubject: Procurement of "
                "printers for EDI Section\nSent by: Section Officer (EDI)\n", cte="7bit")
    robot("auto-donotreply-eoffice", "donotreply@eoffice.gov.in", body, name="eOffice",
          subject="eOffice: file received", intent="An eOffice notification from 'donotreply'")

    body = mime("Content-Type: multipart/report; report-type=disposition-notification; boundary=\"c6mdn\"\n\n"
                "--c6mdn\nContent-Type: text/plain; charset=utf-8\n\nYour message \"Acknowledgement [SS/2025/11/04514]\" "
                "was displayed by the recipient.\n\n--c6mdn\nContent-Type: message/disposition-notification\n\n"
                "Reporting-UA: Zimbra 8.8.15\nFinal-Recipient: rfc822; karthik.s@icegate.gov.in\n"
                "Original-Message-ID: <ack-SS-2025-11-04514@icegate.gov.in>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n\n--c6mdn--\n")
    robot("auto-read-receipt-from-zimbra", "karthik.s@icegate.gov.in", body, name="Karthik S",
          subject="Read-Receipt: Acknowledgement [SS/2025/11/04514]",
          intent="A read receipt (multipart/report, disposition-notification) sent from an officer's ICEGATE ID")

    body = text("You have new mail in the folder Inbox/SSO-Requests of sysmgr.pune1@icegate.gov.in.\n", cte="7bit")
    robot("auto-notified-generic-unsigned", "sysmgr.pune1@icegate.gov.in", body, name="System Manager Pune-I",
          subject="New mail notification", extra={"Auto-Submitted": "auto-notified"},
          intent="A Sieve notification (Auto-Submitted: auto-notified) from a generic ID: unsigned, but an automated mail has no requirements")

    body = text("Your complaint No. HD/4412/2025 has been registered. An engineer will contact you.\n\nComputer Cell\n",
                cte="7bit")
    robot("auto-precedence-junk-generic", "helpdesk.cgstnagpur@gov.in", body, name="Helpdesk CGST Nagpur",
          subject="Complaint registered - HD/4412/2025", extra={"Precedence": "junk"},
          intent="A ticket notice with Precedence: junk from a generic gov.in mailbox")

    body = text("I am on leave till 01.12.2025. Please contact the Alternate System Manager for SSO matters.\n", cte="7bit")
    robot("auto-ooo-generic-dmarc-fail", "sysmgr.goa@icegate.gov.in", body, name="System Manager Goa",
          subject="Out of Office: Acknowledgement [SS/2025/11/04517]",
          extra={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
          ar=AR("spf=fail smtp.mailfrom=icegate.gov.in", "dkim=none", "dmarc=fail header.from=icegate.gov.in"),
          intent="A vacation reply from a generic ICEGATE ID that fails DMARC: ignore comes before review")

    body = text("Dear User,\n\nYour ticket ICG-2025-112233 has been registered with the ICEGATE helpdesk. Please quote\n"
                "the ticket number in further correspondence.\n\nICEGATE Helpdesk\n", cte="7bit")
    robot("auto-other-helpdesk-ticket-ack", "helpdesk@icegate.gov.in", body, name="ICEGATE Helpdesk",
          subject="[ICG-2025-112233] Ticket registered", extra={"Auto-Submitted": "auto-replied"},
          intent="Another helpdesk's ticket auto-acknowledgement (Auto-Submitted: auto-replied)")

    ret = ack_returned("SS/2025/11/04519", ("Acknowledgement.pdf", make_pdf(["Acknowledgement SS/2025/11/04519"])))
    body = mime("Content-Type: multipart/mixed; boundary=\"----_=_NextPart_000_01C26BEA.C6\"\n\n"
                "------_=_NextPart_000_01C26BEA.C6\nContent-Type: text/plain; charset=\"iso-8859-1\"\n\n"
                "Your message\n\n  To:      manoj.t@cbic.gov.in\n  Subject: Acknowledgement [SS/2025/11/04519]\n\n"
                "did not reach the following recipient(s):\n\nmanoj.t@cbic.gov.in on Mon, 1 Dec 2025 10:00:00 +0530\n"
                "    The recipient name is not recognized\n\n------_=_NextPart_000_01C26BEA.C6\n"
                "Content-Type: message/rfc822\n\n" + ret + "\n------_=_NextPart_000_01C26BEA.C6--\n")
    robot("auto-postmaster-bounce-multipart-mixed", "postmaster@cbic.gov.in", body, name="System Administrator",
          subject="Undeliverable: Acknowledgement [SS/2025/11/04519]", kinds=["other"],
          intent="An old Exchange bounce from postmaster as multipart/mixed (not a report): the PDF inside the returned message is an attachment (other)")

    # people who look like robots
    quoted = ("\n\n-----Original Message-----\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
              "Sent: Tuesday, November 25, 2025 9:00 AM\nSubject: Acknowledgement [SS/2025/11/04520]\n\n"
              "This is an automatically generated acknowledgement. Please do not reply to this mail.\n"
              "Your mail has been registered under reference SS/2025/11/04520. Your mobile number is missing.\n")
    frm = "shobha.reddy1985@gmail.com"
    send("person-replies-to-auto-ack", frm,
         "Sir,\n\nAs asked, my mobile number is 9440312399. Kindly check whether an SSO ID exists in my\nname.\n\n"
         "Shobha Reddy\nInspector, CGST Tirupati\n" + quoted,
         name="Shobha Reddy", subject="RE: Acknowledgement [SS/2025/11/04520]", client="outlook",
         extra={"In-Reply-To": "<ack-SS-2025-11-04520@icegate.gov.in>"}, kind="personal", rt="sso_status",
         intent="A person answers the helpdesk's 'do not reply' acknowledgement: a person (no automated marker), a complete status enquiry")

    frm = "nandini.rao@icegate.gov.in"
    send("person-out-of-office-not-working", frm,
         "Sir,\n\nI set an out-of-office auto reply in my ICEGATE mailbox before going on leave, but it is not\n"
         "being sent to anyone. Kindly check.\n\nNandini Rao\nAppraiser, Bengaluru Customs\n9448512347\n",
         name="Nandini Rao", subject="Out of Office auto reply not working", kind="icegate", rt="unknown",
         intent="A person writes about her out-of-office reply (subject 'Out of Office ...'): no automated marker, so a person; none of the request types")

    bounce = ("Content-Type: multipart/report; report-type=delivery-status; boundary=\"c6in\"\n\n--c6in\n"
              "Content-Type: text/plain\n\nDelivery to saksham.seva@icegate.gov failed: domain not found\n\n--c6in\n"
              "Content-Type: message/delivery-status\n\nReporting-MTA: dns; zmta2.icegate.gov.in\n\n"
              "Final-Recipient: rfc822; saksham.seva@icegate.gov\nAction: failed\nStatus: 5.1.2\n\n--c6in--\n")
    fwdpart = rfc822("From: MAILER-DAEMON@zmta2.icegate.gov.in\nTo: kamala.devi@icegate.gov.in\n"
                     "Subject: Undelivered Mail Returned to Sender\nDate: Wed, 26 Nov 2025 09:00:00 +0530\n"
                     "Auto-Submitted: auto-replied\nMessage-ID: <bounce-c6@zmta2.icegate.gov.in>\n", mime(bounce),
                     "Undelivered Mail Returned to Sender.eml")
    parts = multi("mixed", [alt("Sir,\n\nMy reset request bounced because I typed the address wrongly (the bounce is\n"
                                "attached). Kindly reset the password of my SSO ID.\n\nName: Kamala Devi\n"
                                "Designation: Inspector\nSSO ID: 40719621\nMobile: 9443612346\n", b="c6kd"), fwdpart],
                  "----=_Part_c6kd")
    frm = "kamala.devi@icegate.gov.in"
    send("person-attaches-a-bounce", frm, None, name="Kamala Devi", subject="Fwd: Undelivered Mail Returned to Sender",
         parts=parts, kind="icegate", rt="password_reset",
         intent="A person's mail with a bounce attached as message/rfc822: the report is inside the attachment, the mail itself is a person's complete reset")


# ================================================================= near misses across the board

def near_misses():
    frm = "ishita.ghosh97@gmail.com"
    send("status-new-joinee-asks-whether-created", frm,
         "Sir,\n\nI am a new joinee (joined on 20.10.2025). Has an SSO ID been created for me yet? I have not\n"
         "received any mail so far.\n\nIshita Ghosh\nInspector, CGST Howrah\nMob: 8017112346\n",
         name="Ishita Ghosh", subject="Has my SSO ID been created?", client="gmail", kind="personal", rt="sso_status",
         intent="A new joinee asks whether her SSO ID exists yet: a status enquiry, not a creation request")

    rows = [row(1, "Arpita", "Sen", "Inspector", "11/01/1998", "27/10/2025", "9831012346", "arpita.sen98@gmail.com",
                "CGST Howrah", "Howrah"),
            row(2, "Rajdeep", "Saha", "Inspector", "12/02/1997", "27/10/2025", "9831112346", "rajdeep.saha97@gmail.com",
                "CGST Howrah", "Howrah")]
    frm = "sysmgr.howrah@icegate.gov.in"
    send("creation-generate-mail-ids-for-batch", frm,
         "Sir,\n\nKindly generate ICEGATE mail IDs and ACES logins for the two Inspectors of the 2025 batch\n"
         "posted here. Their particulars and service book pages are attached.\n\nRegards,\nSubrata Paul\n"
         "Superintendent (System Manager), CGST Howrah\nsubrata.paul@icegate.gov.in\n033-26381234\n",
         name="System Manager Howrah", subject="ICEGATE mail IDs for 2025 batch Inspectors",
         atts=[A(xlsx(rows), XLSX_CT, "2025 batch.xlsx", "template"),
               A(sb("Arpita Sen", "11/01/1998", "27/10/2025"), PDF, "Arpita.pdf", "service_book"),
               A(sb("Rajdeep Saha", "12/02/1997", "27/10/2025"), PDF, "Rajdeep.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="'Generate ICEGATE mail IDs and ACES logins' for a new batch, without 'create' or 'SSO'")

    frm = "manoj.tiwari@icegate.gov.in"
    send("role-shift-login-to-new-division", frm,
         "Sir,\n\nI have joined Division-III on 03.11.2025 as per the local posting order. Kindly shift my ACES\n"
         "login from Division-I to Division-III. Orders and joining report attached.\n\nManoj Tiwari\n"
         "Inspector, CGST Allahabad\n9415612346\n",
         name="Manoj Tiwari", subject="Shifting of ACES login",
         atts=[A(transfer("Manoj Tiwari", "Division-I", "Division-III"), PDF, "order.pdf", "transfer_order"),
               A(posting("Manoj Tiwari", "Range-II, Division-III"), PDF, "lpo.pdf", "posting_order"),
               A(charge("Manoj Tiwari"), PDF, "joining report.pdf", "charge_report")],
         kind="icegate", rt="role_mapping",
         intent="'Shift my ACES login from Division-I to Division-III' on joining: a role mapping without the words 'role' or 'map'")

    frm = "kamal.nath77@gmail.com"
    send("status-mobile-in-pairs-of-digits", frm,
         "Sir,\n\nKindly check whether any SSO ID exists in my name.\n\nName: Kamal Nath\nDesignation: Inspector\n"
         "Mobile: 98 29 04 51 23\n",
         name="Kamal Nath", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="Mobile written in pairs of digits '98 29 04 51 23'")

    frm = "ravi.shankar@icegate.gov.in"
    send("reset-own-address-in-other-case-is-no-alternate", frm,
         "Sir,\n\nI have forgotten my SSO ID and its password. Kindly help.\n\nRavi Shankar\nInspector, CGST Lucknow\n"
         "Email: Ravi.Shankar@ICEGATE.gov.in\nMobile: 9415712346\n",
         name="Ravi Shankar", subject="Forgot SSO ID", lack=["sso_id"], kind="icegate", rt="password_reset",
         intent="The only e-mail in the text is the sender's own address written in another case: still not an alternate e-mail")

    frm = "dsouza.francis@gmail.com"
    send("status-landline-with-space", frm,
         "Sir,\n\nWhether an SSO ID exists in my name?\n\nFrancis D'Souza\nSuperintendent, Mormugao Customs\n"
         "Phone: 0832 2431234\n",
         name="Francis D'Souza", subject="SSO ID", client="gmail", lack=["mobile"], kind="personal", rt="sso_status",
         intent="The only number is Goa's STD code and landline with a space, '0832 2431234'")

    frm = "sysmgr.raipur@icegate.gov.in"
    send("reset-generic-from-iphone-unsigned", frm,
         "Sir, kindly reset the SSO password of Inspector Rohit Sahu, SSO ID 40719701, mobile 9826512346.\n\n"
         "Sent from my iPhone\n",
         name="System Manager Raipur", subject="Password reset - Rohit Sahu", client="iphone",
         lack=["signature_name", "signature_designation", "signature_email", "signature_phone"],
         kind="generic", rt="password_reset",
         intent="A generic ID writes from an iPhone: 'Sent from my iPhone' is no signature; the officer's details are in the sentence")

    rows = [row(1, "Rupali", "Naik", "Inspector", "04/04/1997", "27/10/2025", "9422112346", "rupali.naik97@gmail.com",
                "Mormugao Customs", "Goa")]
    frm = "sysmgr.goa@icegate.gov.in"
    send("creation-disclaimer-carries-the-only-email", frm,
         "Sir,\n\nTemplate and service book of Smt. Rupali Naik, Inspector, for creation of SSO ID.\n\nRegards,\n"
         "Anthony Fernandes\nSuperintendent (System Manager), Mormugao Customs\nTel: 0832-2520123\n\n"
         "DISCLAIMER: This message is for the addressee only. If you received it in error, please inform\n"
         "postmaster@cbic.gov.in and delete it.\n",
         name="System Manager Goa", subject="SSO ID creation - Rupali Naik",
         atts=[A(xlsx(rows), XLSX_CT, "Rupali.xlsx", "template"),
               A(sb("Rupali Naik", "04/04/1997", "27/10/2025"), PDF, "Rupali SB.pdf", "service_book")],
         lack=["signature_email"], kind="generic", rt="sso_creation",
         intent="The only e-mail after the sign-off is postmaster@cbic.gov.in in a disclaimer: not the sender's individual e-mail")

    rows = [row(1, "Neeraj", "Pathak", "Inspector", "09/09/1996", "27/10/2025", "9425612346", "neeraj.pathak96@gmail.com",
                "CGST Jabalpur", "Jabalpur")]
    frm = "sysmgr.jabalpur@icegate.gov.in"
    send("creation-signature-in-hindi-only", frm,
         "महोदय,\n\nश्री नीरज पाठक, निरीक्षक, का SSO ID बनाने हेतु टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\n\nसादर\n"
         "अनिल तिवारी\nअधीक्षक (प्रणाली), केन्द्रीय जीएसटी जबलपुर\nanil.tiwari@icegate.gov.in\nमो. 9425712346\n",
         name="System Manager Jabalpur", subject="SSO ID निर्माण हेतु",
         atts=[A(xlsx(rows), XLSX_CT, "Neeraj.xlsx", "template"),
               A(sb("Neeraj Pathak", "09/09/1996", "27/10/2025"), PDF, "Neeraj SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="Generic ID's signature entirely in Hindi (name, designation), with e-mail and mobile")

    rows = [row(1, "Sahil", "Bhatt", "Inspector", "10/10/1997", "27/10/2025", "9419012346", "sahil.bhatt97@gmail.com",
                "CGST Jammu", "Jammu")]
    frm = "sysmgr.jammu@icegate.gov.in"
    send("creation-name-on-the-closing-line", frm,
         "Sir,\n\nTemplate and service book of Shri Sahil Bhatt, Inspector, attached for creation of SSO ID.\n\n"
         "Regards, Suresh Raina\nSuperintendent (System Manager), CGST Jammu\nsuresh.raina@icegate.gov.in\n0191-2478123\n",
         name="System Manager Jammu", subject="SSO ID - Sahil Bhatt",
         atts=[A(xlsx(rows), XLSX_CT, "Sahil.xlsx", "template"),
               A(sb("Sahil Bhatt", "10/10/1997", "27/10/2025"), PDF, "Sahil SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="Name on the same line as 'Regards,'")

    tft = grid([("Sheet1", [["Template for transfer / promotion (Kochi Commissionerate)"],
                            ["S.No.", "Name", "SSO ID", "Old Designation", "New Designation", "Office"],
                            [1, "Jisha Mathew", "40719702", "Inspector", "Superintendent", "CGST Kochi"]], 2, {})])
    frm = "cex15sys.ker@nic.in"
    send("promotion-kochi-template-for-transfer-workbook", frm,
         "Sir,\n\nThe designation of Smt. Jisha Mathew may be updated on her promotion as Superintendent. The\n"
         "'template for transfer', the promotion order and her service book page are attached.\n\nYours faithfully,\n"
         "B. G. Krishnan\nJoint Commissioner (Systems Manager)\nbg.krishnan@icegate.gov.in\nPh: 0484-2390404\n",
         name="ACL Admin Kochi", subject="Designation updation on promotion - Jisha Mathew",
         atts=[A(tft, XLSX_CT, "template for transfer.xlsx", "other"),
               A(promotion("Jisha Mathew"), PDF, "promotion order.pdf", "promotion_order"),
               A(sb("Jisha Mathew", "06/06/1985", "07/07/2010"), PDF, "service book.pdf", "service_book")],
         kind="generic", rt="designation_update",
         intent="Kochi's 'template for transfer.xlsx' is neither a transfer order nor the creation template: other")

    rows = [[None] + r for r in [STD_HEADERS,
                                 row(1, "Tenzin", "Bhutia", "Inspector", "02/02/1996", "20/10/2025", "9733012346",
                                     "tenzin.bhutia96@gmail.com", "Customs, Siliguri", "Siliguri")]]
    redb = {i + 2: RED for i, k in enumerate(KEYS) if k in DEFAULT_RED}
    book = grid([("Sheet1", [[None, "SSO ID creation template"]] + rows, 2, redb)])
    frm = "sysmgr.siliguri@icegate.gov.in"
    send("creation-template-starts-in-column-b", frm,
         "Sir,\n\nTemplate and service book of Shri Tenzin Bhutia, Inspector, attached.\n\nRegards,\nDorjee Lama\n"
         "Superintendent (System Manager), Customs Siliguri\ndorjee.lama@icegate.gov.in\nMob 9733112346\n",
         name="System Manager Siliguri", subject="SSO ID - Tenzin Bhutia",
         atts=[A(book, XLSX_CT, "Tenzin.xlsx", "template"),
               A(sb("Tenzin Bhutia", "02/02/1996", "20/10/2025"), PDF, "Tenzin SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="The template's table starts in column B (column A empty): clean")

    rows = [row(1, "Pritam", "Borah", "Inspector", "03/03/1996", "20/10/2025", "9435312346", "pritam.borah96@gmail.com",
                "Customs, Guwahati", "Guwahati"),
            [None] * 10 + ["Guwahati"]]
    frm = "bikash.kalita@icegate.gov.in"
    send("creation-stray-location-below-the-officer", frm,
         "Sir,\n\nTemplate and service book of Shri Pritam Borah, Inspector, attached for creation of SSO ID.\n\n"
         "Bikash Kalita\nSuperintendent (System Manager), Customs Guwahati\n9435012345\n",
         name="Bikash Kalita", subject="SSO ID - Pritam Borah",
         atts=[A(xlsx(rows), XLSX_CT, "Pritam.xlsx", "template"),
               A(sb("Pritam Borah", "03/03/1996", "20/10/2025"), PDF, "Pritam SB.pdf", "service_book")],
         errors=[(5, k, "missing_mandatory") for k in ("first_name", "last_name", "designation", "date_of_birth",
                                                         "date_of_joining", "mobile", "alt_email", "office")],
         kind="icegate", rt="sso_creation",
         intent="Row 5 holds only a stray 'Guwahati' in Location (dragged down): a data row whose eight red cells are empty")

    rows = [row(1, "Harish", "Chandra", "Inspector", "20/10/2025", "14/03/1996", "9412612346", "harish.chandra96@gmail.com",
                "CGST Bareilly", "Bareilly")]
    frm = "sysmgr.bareilly@icegate.gov.in"
    send("creation-birth-and-joining-dates-swapped", frm,
         "Sir,\n\nKindly create SSO ID for Shri Harish Chandra, Inspector. Template and service book attached.\n\n"
         "Regards,\nVinod Saxena\nSuperintendent (System Manager), CGST Bareilly\nvinod.saxena@icegate.gov.in\n"
         "0581-2512345\n",
         name="System Manager Bareilly", subject="SSO ID - Harish Chandra",
         atts=[A(xlsx(rows), XLSX_CT, "Harish.xlsx", "template"),
               A(sb("Harish Chandra", "14/03/1996", "20/10/2025"), PDF, "Harish SB.pdf", "service_book")],
         errors=[(4, "date_of_joining", "invalid_date")], kind="generic", rt="sso_creation",
         intent="Birth and joining dates typed in each other's columns: the 'joining' in 1996 comes before the 2025 'birth', reported on date_of_joining")

    fw = reply_quote_outlook("Rahul Deshmukh <rahul.deshmukh@icegate.gov.in>", "Monday, November 24, 2025 9:30 AM",
                             "sysmgr.aurangabad@icegate.gov.in", "SSO password",
                             "Sir,\n\nI have forgotten my SSO password. Kindly get it reset.\n\nName: Rahul Deshmukh\n"
                             "Designation: Inspector\nSSO ID: 40719703\nMobile: 9422212346\n")
    frm = "sysmgr.aurangabad@icegate.gov.in"
    send("reset-outlook-forward-details-in-forwarded-block", frm,
         "Sir,\n\nThe request of Shri Rahul Deshmukh, Inspector, is forwarded herewith for resetting his\n"
         "SSO password.\n\nRegards,\nSantosh Jadhav\nSuperintendent (System Manager), CGST Aurangabad\n"
         "santosh.jadhav@icegate.gov.in\n0240-2331234\n" + fw,
         name="System Manager Aurangabad", subject="FW: SSO password", client="outlook", kind="generic",
         rt="password_reset",
         intent="An Outlook forward (subject 'FW:', 'forwarded herewith') whose forwarded block starts with From:/Sent:: a forwarded message, so the officer's details count")

    r_ar = AR("dkim=pass header.d=icegate.gov.in header.s=zm2024", "spf=pass smtp.mailfrom=icegate.gov.in",
              "dmarc=pass header.from=icegate.gov.in", "arc=fail (signature failed)")
    send("auth-arc-fail-beside-passes", "rakesh.jha@icegate.gov.in",
         reset_text("Rakesh Jha", "Inspector", "40719704", "9431312346"), name="Rakesh Jha",
         subject="SSO password reset", ar=r_ar, kind="icegate", rt="password_reset",
         intent="The trusted header passes DKIM, SPF and DMARC and also says 'arc=fail': arc is none of the failure conditions")

    frm = "pune.sysmgr@gmail.com"
    send("reset-display-name-icegate-address-via-gmail", frm,
         "Sir,\n\nKindly reset the SSO password of Inspector Omkar Joshi, SSO ID 40719705, mobile 9822312346.\n\n"
         "Regards,\nNilesh Pawar\nSuperintendent (System Manager), CGST Pune-I\nnilesh.pawar@icegate.gov.in\n"
         "Tel: 020-26051234\n",
         raw_from='"sysmgr.pune1@icegate.gov.in via Gmail" <pune.sysmgr@gmail.com>', subject="Password reset - Omkar Joshi",
         client="gmail", review=True, kind="generic", rt="password_reset",
         intent="Display name shows an icegate.gov.in address while the address is a System Manager's Gmail: ambiguous sender (review), and no ICEGATE sender")

    rows = [row(1, "Soumya", "Dutta", "Inspector", "05/05/1997", "20/10/2025", "9830312346", "soumya.dutta97@gmail.com",
                "Kolkata Customs (Port)", "Kolkata")]
    frm = "kolport.customs@icegate.gov.in"
    send("creation-office-named-mailbox", frm,
         "Sir,\n\nTemplate and service book of Smt. Soumya Dutta, Inspector, attached for creation of SSO ID.\n\n"
         "Regards,\nPartha Mukherjee\nAppraiser (EDI), Kolkata Customs (Port)\npartha.mukherjee@icegate.gov.in\n"
         "033-22301299\n",
         name="Kolkata Port Customs", subject="SSO ID creation - Soumya Dutta",
         atts=[A(xlsx(rows), XLSX_CT, "Soumya.xlsx", "template"),
               A(sb("Soumya Dutta", "05/05/1997", "20/10/2025"), PDF, "Soumya SB.pdf", "service_book")],
         kind="generic", rt="sso_creation", intent="An office mailbox named after the place and 'customs' ('kolport.customs'): generic")

    frm = "commr.cgst.rajkot@icegate.gov.in"
    send("status-commissioners-office-mailbox", frm,
         "Sir,\n\nKindly confirm whether an SSO ID exists for the officer below, who has joined on deputation.\n\n"
         "Name: Dhaval Raval\nDesignation: Superintendent\nMobile: 9824612346\n\nRegards,\nAlpesh Patel\n"
         "PS to Commissioner, CGST Rajkot\nalpesh.patel@icegate.gov.in\n0281-2471234\n",
         name="Commissioner CGST Rajkot", subject="SSO ID - Dhaval Raval", kind="generic", rt="sso_status",
         intent="The Commissioner's office mailbox ('commr.cgst.rajkot'): generic, fully signed")

    frm = "rajkot.ravi@gmail.com"
    send("status-place-then-name-personal", frm,
         "Sir,\n\nPlease check whether SSO ID exists in my name.\n\nRavi Parmar\nInspector, CGST Rajkot\n9824712346\n",
         name="Ravi Parmar", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="A person's Gmail 'rajkot.ravi' (place, then name)")

    frm = "mohan9414098761@rediffmail.com"
    send("status-mobile-only-in-the-address", frm,
         "Sir,\n\nKindly check whether SSO ID has been created in my name.\n\nMohan Lal Saini\nInspector, CGST Alwar\n",
         name="Mohan Lal Saini", subject="SSO ID", client="rediff", lack=["mobile"], kind="personal", rt="sso_status",
         intent="The only mobile-like number is inside the From: address, which is not the mail's text")

    frm = "irfan.ali@icegate.gov.in"
    send("reset-officer-posted-abroad", frm,
         "Sir,\n\nI am posted as Customs Attache at the Consulate General of India, Dubai. I have forgotten\n"
         "the password of my SSO ID.\n\nName: Irfan Ali\nDesignation: Deputy Commissioner\nSSO ID: 40719706\n"
         "Mobile: 9810912399\n",
         name="Irfan Ali", subject="SSO password reset", review=True, kind="icegate", rt="password_reset",
         intent="A complete reset for an officer posted outside India: review applies to any request for such an officer")

    frm = "sysmgr.chennaiair@icegate.gov.in"
    send("creation-certificate-and-no-template", frm,
         "Sir,\n\nThe certificate of the Joint Commissioner for Smt. Revathi Krishnan, Inspector, whose service\n"
         "book has not been received, is attached. The template will follow.\n\nRegards,\nG. Lakshmi\n"
         "Superintendent (System Manager), Air Cargo Chennai\ng.lakshmi@icegate.gov.in\n044-22560123\n",
         name="System Manager Chennai Air Cargo", subject="SSO ID creation - Revathi Krishnan",
         atts=[A(certificate("Revathi Krishnan", "01/01/1997", "13/10/2025"), PDF, "JC certificate.pdf",
                 "certification_letter")],
         review=True, kind="generic", rt="sso_creation",
         intent="Certificate in place of the service book and the template missing: review, with the template listed as missing")

    rows = [row(1, "Manish", "Bhardwaj", "Intelligence Officer", "03/03/1990", "04/04/2016", "9811312399",
                "manish.bhardwaj90@gmail.com", "DRI Headquarters (COIN)", "Colombo")]
    frm = "add.coin@icegate.gov.in"
    send("creation-coin-generic-without-phone", frm,
         "Sir,\n\nShri Manish Bhardwaj, Intelligence Officer, is on a COIN posting at Colombo. Kindly create his\n"
         "SSO ID. Template and service book attached.\n\nRegards,\nP. Raghunathan\nAdditional Director (COIN), DRI HQ\n"
         "p.raghunathan@icegate.gov.in\n",
         name="ADD COIN DRI HQ", subject="SSO ID - COIN posting",
         atts=[A(xlsx(rows), XLSX_CT, "COIN.xlsx", "template"),
               A(sb("Manish Bhardwaj", "03/03/1990", "04/04/2016"), PDF, "SB Manish.pdf", "service_book")],
         lack=["signature_phone"], review=True, kind="generic", rt="sso_creation",
         intent="COIN posting from DRI HQ's generic ID whose signature has no contact number: review, with signature_phone")

    frm = "preeti.sharma88@gmail.com"
    send("reset-gmail-with-icegate-reply-to", frm,
         reset_text("Preeti Sharma", "Inspector", "40719707", "9810312399",
                    "My ICEGATE mailbox is locked, so I am writing from Gmail. Kindly reset my SSO password."),
         name="Preeti Sharma", subject="Password reset", client="gmail",
         extra={"Reply-To": "preeti.sharma@icegate.gov.in"}, kind="personal", rt="password_reset",
         intent="From: a personal Gmail, Reply-To: the officer's ICEGATE ID: Reply-To neither changes the sender nor makes it ambiguous")

    frm = "deepak.sood@icegate.gov.in"
    send("reset-redirected-with-resent-headers", frm,
         reset_text("Deepak Sood", "Inspector", "40719708", "9816012346"), name="Deepak Sood",
         subject="SSO password reset",
         extra={"Resent-From": "System Manager Shimla <sysmgr.shimla@icegate.gov.in>",
                "Resent-Date": "Mon, 29 Dec 2025 10:00:00 +0530", "Resent-To": "saksham.seva@icegate.gov.in"},
         kind="icegate", rt="password_reset",
         intent="The System Manager redirected the officer's mail (Resent-From:): From: is still the officer, one address")

    frm = "cgstdiv1.nashik@icegate.gov.in"
    send("reset-division-mailbox-own-password", frm,
         "Sir,\n\nThe password of this Division's ICEGATE mailbox (cgstdiv1.nashik@icegate.gov.in) has expired\n"
         "and we are unable to log in. Kindly reset it.\n\nRegards,\nSameer Kulkarni\nSuperintendent, CGST Division-I, Nashik\n"
         "Mob: 9822412399\n",
         name="CGST Division I Nashik", subject="Password expired - Division mailbox", lack=["sso_id", "signature_email"],
         kind="generic", rt="password_reset",
         intent="A Division mailbox asks for its own password and names its own address in the text: the sender's own address is no alternate e-mail, so the SSO ID is missing (and the signature has no individual e-mail)")

    frm = "salim.khan@icegate.gov.in"
    send("promotion-without-the-word-promotion", frm,
         "Sir,\n\nACES still shows me as Examiner, but I am an Appraiser now as per the attached office order.\n"
         "Kindly change my designation. The first page of my service book is also attached.\n\nSalim Khan\n"
         "Appraiser, Custom House, Mumbai\n9869112346\n",
         name="Salim Khan", subject="Change of designation in ACES",
         atts=[A(promotion("Salim Khan", "Examiner", "Appraiser"), PDF, "office order.pdf", "promotion_order"),
               A(sb("Salim Khan", "08/08/1986", "09/09/2011"), PDF, "SB page 1.pdf", "service_book")],
         kind="icegate", rt="designation_update", intent="A designation change without the word 'promotion' in the mail")

    frm = "vinita.joshi@icegate.gov.in"
    send("unknown-new-mobile-in-profile", frm,
         "Sir,\n\nMy mobile number registered with my SSO ID has changed. Kindly update it to the new number\n"
         "7014512399.\n\nVinita Joshi\nInspector, CGST Jodhpur\nSSO ID: 40719709\n",
         name="Vinita Joshi", subject="Change of mobile number in SSO profile", kind="icegate", rt="unknown",
         intent="An update of the registered mobile number: not a designation update, not a reset")

    frm = "kapoor.tradelinks@gmail.com"
    send("trade-customs-portal-without-icegate-word", frm,
         "Sir,\n\nOur login to the customs portal for filing shipping bills is blocked. Our IEC is 0509012345.\n"
         "Please unblock.\n\nRegards\nVijay Kapoor\nKapoor Tradelinks, Ludhiana\n9814512399\n",
         name="Vijay Kapoor", subject="Login blocked", client="gmail", kind="personal", rt="trade_portal",
         intent="A trader's portal login named only 'the customs portal for filing shipping bills', with the IEC")

    win = text("Sir,\n\nI\u2019m not sure whether an SSO ID has been created in my name \u2013 kindly check.\n\n"
               "Name: Rosy D\u2019Cruz\nDesignation: Inspector\nMobile: 9820112399\n", cte="b64", charset="windows-1252")
    frm = "rosy.dcruz@hotmail.com"
    send("status-windows-1252-base64", frm, None, name="Rosy D'Cruz", subject="SSO ID", client="outlook",
         parts=win, kind="personal", rt="sso_status",
         intent="A windows-1252, base64 body with curly apostrophes and an en dash")


def more_near_misses():
    frm = "supdt.systems.nagpur@icegate.gov.in"
    send("status-post-named-mailbox", frm,
         "Sir,\n\nKindly confirm whether an SSO ID exists for the officer below.\n\nName: Ashwin Meshram\n"
         "Designation: Inspector\nMobile: 9823012399\n\nRegards,\nYogita Bansod\nSuperintendent (Systems), CGST Nagpur\n"
         "yogita.bansod@icegate.gov.in\n0712-2541234\n",
         name="Superintendent Systems Nagpur", subject="SSO ID - Ashwin Meshram", kind="generic", rt="sso_status",
         intent="A mailbox named after a post ('supdt.systems.nagpur'): a role mailbox, generic")

    frm = "kiran.inspector.cgst@gmail.com"
    send("status-personal-address-with-inspector-and-cgst", frm,
         "Sir,\n\nPlease let me know whether an SSO ID exists in my name.\n\nKiran Bhosale\nInspector, CGST Satara\n"
         "9890312399\n",
         name="Kiran Bhosale", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="A person's Gmail whose local part has the designation and the department in it")

    frm = "ramesh.yadav1991@gmail.com"
    send("status-this-is-first-name", frm,
         "Good morning Sir,\n\nThis is Ramesh from Range-II, CGST Rewari. I am an Inspector and I do not know whether\n"
         "an SSO ID has been created for me. My number is 9416212399.\n\nThanks\n",
         name="Ramesh Yadav", subject="SSO ID", client="gmail", kind="personal", rt="sso_status",
         intent="Name only as 'This is Ramesh', designation as 'I am an Inspector', mobile as 'My number is ...'")

    quoted = ("On Mon, 10 Nov 2025 at 11:15, System Manager Bhavnagar <sysmgr.bhavnagar@icegate.gov.in> wrote:\n"
              "> Sir,\n> Kindly create SSO IDs for the two new Inspectors. Template and service books\n> attached.\n")
    frm = "sysmgr.bhavnagar@icegate.gov.in"
    send("creation-follow-up-any-update", frm,
         "Sir,\n\nAny update on the below?\n\nRegards,\nKaushik Joshi\nSuperintendent (System Manager), Custom House, "
         "Bhavnagar\nkaushik.joshi@icegate.gov.in\n0278-2425123\n\n" + quoted,
         name="System Manager Bhavnagar", subject="Re: SSO ID creation - 2 Inspectors", client="gmail",
         kind="generic", rt="sso_creation",
         intent="A bare 'Any update on the below?' in a creation thread keeps the thread's request type; the mail itself carries no document")

    frm = "sysmgr.thane@icegate.gov.in"
    send("promotion-service-book-without-extension", frm,
         "Sir,\n\nShri Rohan Mhatre, Inspector, has been promoted as Superintendent. Promotion order and service\n"
         "book first page attached for updating his designation.\n\nRegards,\nSwapnil Gaikwad\n"
         "Superintendent (System Manager), CGST Thane\nswapnil.gaikwad@icegate.gov.in\n022-25331234\n",
         name="System Manager Thane", subject="Designation update - Rohan Mhatre",
         atts=[A(promotion("Rohan Mhatre"), PDF, "Promotion order.pdf", "promotion_order"),
               A(sb("Rohan Mhatre", "12/12/1985", "01/02/2010"), "application/octet-stream", "SB_first_page",
                 "service_book")],
         kind="generic", rt="designation_update",
         intent="The service book is sent as application/octet-stream named 'SB_first_page' (no extension): a PDF told by its text")

    frm = "sarita.devi@icegate.gov.in"
    send("promotion-map-new-designation", frm,
         "Sir,\n\nAfter my promotion as Superintendent, kindly map the new designation to my SSO ID. The promotion\n"
         "order and first page of my service book are attached.\n\nSarita Devi\nSuperintendent, CGST Ranchi\n9431412399\n",
         name="Sarita Devi", subject="Mapping of new designation",
         atts=[A(promotion("Sarita Devi"), PDF, "promotion order.pdf", "promotion_order"),
               A(sb("Sarita Devi", "04/04/1984", "05/05/2009"), PDF, "service book.pdf", "service_book")],
         kind="icegate", rt="designation_update",
         intent="'Map the new designation to my SSO ID' after promotion: a designation update despite the word 'map'")

    frm = "joseph.k@icegate.gov.in"
    send("status-officer-works-on-eccs", frm,
         "Sir,\n\nI work in the ECCS section of the Courier Terminal, Kochi. I am not sure whether an SSO ID was\n"
         "ever created in my name for ACES.\n\nName: Joseph K.\nDesignation: Inspector\nMobile: 9447812399\n",
         name="Joseph K", subject="SSO ID", kind="icegate", rt="sso_status",
         intent="A status enquiry from an officer who works on ECCS: ECCS is his section, not his request")

    frm = "anupama.singh@icegate.gov.in"
    send("reset-asks-to-create-a-new-password", frm,
         "Sir,\n\nKindly create a new password for my SSO ID as I do not remember the old one.\n\n"
         "Name: Anupama Singh\nDesignation: Inspector\nSSO ID: 40719801\nMobile: 9431512399\n",
         name="Anupama Singh", subject="New password for SSO ID", kind="icegate", rt="password_reset",
         intent="'Kindly create a new password': a reset, whatever the word 'create'")

    body = text("Hello,\n\nThis is an automatic reply. I am away from the office until 08.12.2025.\n", cte="7bit")
    robot("auto-header-names-in-odd-case", "harpreet.kaur@icegate.gov.in", body, name="Harpreet Kaur",
          subject="Away from office", extra={"AUTO-SUBMITTED": "AUTO-REPLIED", "PRECEDENCE": "Bulk"},
          intent="'AUTO-SUBMITTED: AUTO-REPLIED' and 'PRECEDENCE: Bulk' in capitals: header names and values are case-insensitive")

    body = text("Dear User,\n\nYour mailbox saksham.seva@icegate.gov.in has used 95% of its quota. Please delete old\n"
                "mails to avoid rejection of new mails.\n\nMail Administrator\n", cte="7bit")
    robot("auto-postmaster-quota-warning", "postmaster@icegate.gov.in", body, name="Mail Administrator",
          subject="Mailbox quota warning", intent="A quota warning from postmaster@ (no bounce, no other marker)")


# ================================================================= output

SECTIONS = [creation, status, reset, auth, promotion_cases, role_cases, redirects, unknowns, robots, near_misses, more_near_misses]

NOTES = """## Readings of the contract

Every expected verdict follows from `triage.md`, `template.md` and `domain.md`. Where a mail
needed a reading, this is the one taken, with the sentence it rests on.

- **Kinds by name, then content.** A covering letter whose text says the service book is
  enclosed is a letter, not a "scanned service book page" (other). A workbook whose "First Name"
  header sits on row 11 has no header row ("the first row (within the first 10)"), so it is not
  the template (other); on row 10 it is. Kochi's 'template for transfer.xlsx' has another header
  and is neither the creation template nor a transfer order (other). A .zip is one part of kind
  other: the files inside a zip are not MIME parts. An .xlsx with the template header is a
  template whatever its name ('Service Book details ... .xlsx', 'data.xlsx', 'Book1.xlsx').
- **Attachments.** A part with a Content-ID and no file name is no attachment; a part named only
  in Content-Type's name= is one. Inside a multipart/report nothing counts; a postmaster bounce
  sent as multipart/mixed is no delivery report, so the file inside its returned message counts
  ("an attached message/rfc822 part is not itself an attachment; the files inside it are").
- **Sender kinds.** A mailbox named after a post or an office (jd.coin, add.coin,
  supdt.systems.nagpur, commr.cgst.rajkot, kolport.customs, a courier company's ops desk, a firm's
  exports@) is a role or shared mailbox: generic. A mailbox named after a person is that
  person's own even when it also holds an office word (priya.sharma.cgst, anil.customs1988,
  swati.kulkarni.audit, kiran.inspector.cgst, rajkot.ravi): personal.
- **Quotes and forwards.** An Outlook 'From: ... Sent: ...' block under a reply ('RE:') is a
  quote; the same block under a forward ('FW:', "forwarded herewith") is a forwarded message and
  counts ("A forwarded message ... does count"). A bare "Any update on the below?" in a creation
  thread keeps the thread's request type ("A reminder or follow-up in an existing thread keeps
  the thread's request type"); `maild triage` judges the file alone, so the documents named only
  in the quote are missing.
- **Request types.** A forgotten SSO ID is a password_reset (the table says so); "whether I have
  an SSO ID", "has my SSO ID been created yet" are sso_status; an ECCS password reset is eccs; a
  customs broker's, a firm's or an IEC holder's ICEGATE login is trade_portal; a change of the
  registered mobile, a name's spelling, moving mails between mailboxes, a distribution list and
  a question on password policy are none of the types (unknown).
- **Automated mails** take their request type from their own content: a reset request that came
  through a Google Group is password_reset, the ECCS advisory eccs, an ICEGATE 2.0 advisory to
  IEC holders trade_portal. The messages that bounces return carry only neutral text, so no
  reading of "its own content" changes their verdict; an auto-reply's quote of a reset
  acknowledgement is quoted text and does not count.
- **Details.** A name stated in running text counts ("This is Ramesh from ...", "of Inspector
  Rohit Sahu"); a single-word name is a name. An STD code and number is never a mobile, even when
  the code makes it look like a 0-prefixed mobile ('0712-2565433', '0824-2408012',
  '(0891) 2562296', '0832 2431234', 'Landline: 08242408014'). A number inside the From: address
  is not in the mail's text. The sender's own address in any letter case, the helpdesk's address
  and a mailbox's own address named in its text are no alternate e-mail. A label naming the SSO
  ID ('SSO Login ID', 'User ID') gives the SSO ID.
- **Signatures of generic senders.** Text before the sign-off does not fill the signature ("Text
  elsewhere in the body does not fill a signature field"): a name or mobile given in the body, or
  an officer's labelled details, leave the signature fields missing. 'Sent from my iPhone' is no
  signature. An office, another office mailbox or a disclaimer's postmaster@ address is no
  individual e-mail; a company name or 'Operations Desk' is no name.
- **Review.** "The request is for an officer ... posted outside India" applies to any request
  type (a reset for a Customs Attache in Dubai); an officer who was abroad but is now posted in
  Chennai, or one posted at the Foreign Post Office, Mumbai, is not. A certificate in place of the
  service book is reviewed even when the template is missing too (review precedes
  request_missing, and `missing` still lists the template).
- **Authentication.** Only the three listed conditions fail a mail: spf=softfail, dkim=fail and
  arc=fail alone do not, nor does a mail with no Authentication-Results at all;
  ARC-Authentication-Results is another header and never the trusted one; a DKIM pass for
  icegate.gov.in with dmarc=pass for icegate.gov.in is a pass even beside a signature of another
  domain. Redirect precedes review (an ECCS request failing DMARC is redirected) and ignore
  precedes both.

### Ambiguities met and avoided

- Whether the Subject is part of "the sender's own text": no mail here has a detail only in its
  subject (a designation given only in the subject was dropped).
- An .xlsx named as the template that is readable but lacks the header (kind template with which
  error, or other?): not used; the one such name here ('template for transfer') is not the
  creation template's name.
- Whether spaces or hyphens are ignored in a template's mobile cells (the rule is stated for the
  mail's text): template mobiles here have none.
- Answers written between '>' lines below an "On ... wrote:" line: not used.
- A certificate sent together with the service book ("in place of"?): not used.
- An auto-reply marked only by X-Autoreply or similar unlisted headers: not used.
- A bounce whose returned message names a request type (is it the bounce's own content?): not used.
- A signer's individual ICEGATE e-mail in a generic mailbox's reset request with no SSO ID (is it
  an "alternate e-mail"?): the mail was changed so the signature carries no e-mail.
"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for section in SECTIONS:
        section()
    readme = ["# corpus6 (generated by make.py)", "",
              "Regenerate with `.venv/bin/python tests/data/corpus6/make.py`; two runs write identical bytes.", "",
              "| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        errs = ", ".join(f"r{t['row']} {t['column'] or '-'} {t['code']}" for t in e["template_errors"])
        readme.append(f"| {name} | {intent} | {e['action']} ({e['sender_kind']}, {e['request_type']}; missing "
                      f"{', '.join(e['missing']) or '-'}; template errors {errs or '-'}) |")
    (HERE / "README.md").write_text("\n".join(readme) + "\n\n" + NOTES, encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
