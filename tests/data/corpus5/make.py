#!/usr/bin/env python3
"""Generate a fifth, independent triage corpus for maild (mails/*.eml + expected/*.json + README.md).

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python). Two runs write identical
bytes: dates, Message-IDs, boundaries and file metadata are fixed, and every .xlsx is re-packed with a
fixed zip timestamp. Every expected verdict is derived from ../shared/spec/triage.md, template.md and
domain.md alone; the README's notes give the reading wherever a mail leans on one.
"""
from __future__ import annotations

import base64
import hashlib
import html as _html
import importlib.util
import io
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

PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
XLS_CT = "application/vnd.ms-excel"
NOTES: list[str] = []


# ================================================================= deterministic files

def fix_zip(data: bytes) -> bytes:
    """Re-pack a zip (an .xlsx) with one fixed timestamp so that two runs give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2025-01-01T00:00:00Z\g<2>", data_)
            dst.writestr(zi, data_)
    return out.getvalue()


def row(n, first, last, desig, dob, doj, mob, alt, office, mid="", loc="", emp=""):
    return [n, first, mid, last, desig, dob, doj, mob, alt, office, loc, emp]


def tpl(rows, **kw) -> bytes:
    """corpus2's creation template builder, with fixed zip timestamps."""
    return fix_zip(make_xlsx(rows, **kw))


def xlsx_free(cells_by_row, red_cols=(), sheet="Sheet1", colour=RED) -> bytes:
    """A free-form workbook: {row_number: [values...]}; header cells named in red_cols get a red font."""
    import datetime as _dt
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, values in sorted(cells_by_row.items()):
        for c, v in enumerate(values, start=1):
            if v is None or v == "":
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, _dt.datetime):
                cell.number_format = "DD/MM/YYYY"
            if isinstance(v, str) and v in red_cols:
                cell.font = Font(bold=True, color=colour)
    wb.properties.created = _dt.datetime(2025, 1, 1)
    wb.properties.modified = _dt.datetime(2025, 1, 1)
    out = io.BytesIO()
    wb.save(out)
    return fix_zip(out.getvalue())


def ole2_xls(tag: str) -> bytes:
    """The first sectors of an Excel 97-2003 (.xls) compound file: an OLE2 header, not a zip."""
    head = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900060000000000000000000000")
    body = hashlib.sha256(tag.encode()).digest() * 60
    return head + bytes(512 - len(head)) + body


def pdf(lines) -> bytes:
    return make_pdf(lines)


def scan_pdf() -> bytes:
    """An image-only scan: a page with no text layer."""
    return make_pdf(None)


def promotion_pdf(name, frm, to, no):
    return pdf(["GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER OF CUSTOMS",
                f"ESTABLISHMENT ORDER No. {no}", "Sub: Promotion of officers to the next higher grade - reg.",
                f"Consequent upon the recommendation of the Departmental Promotion Committee, {name}, {frm},",
                f"is promoted to the grade of {to} on regular basis with immediate effect.",
                "(Authority: Board's letter F.No. A-32012/11/2025-Ad.II)"])


def transfer_pdf(name, frm, to, no):
    return pdf(["OFFICE OF THE CHIEF COMMISSIONER OF CGST & CUSTOMS", f"ORDER No. {no}",
                "Sub: Annual General Transfer of Group 'B' officers - 2025",
                f"{name} is transferred from {frm} to {to}",
                "and is directed to report to the Commissioner concerned."])


def lpo_pdf(name, post, no):
    return pdf(["OFFICE OF THE COMMISSIONER", f"LOCAL POSTING ORDER No. {no}",
                f"{name} is posted to {post} with immediate effect."])


def charge_pdf(name, post, date, what="ASSUMPTION OF CHARGE REPORT"):
    return pdf([what, f"I, {name}, hereby report that I have assumed the charge of {post}",
                f"in the forenoon of {date}.", "Signature of the relieved / relieving officer"])


def cert_pdf(name, dob, doj, who="Joint Commissioner (P&V)"):
    return pdf(["OFFICE OF THE COMMISSIONER", "TO WHOMSOEVER IT MAY CONCERN",
                f"Certified that {name} was born on {dob} and joined CBIC on {doj}.",
                "The particulars have been verified from the records of this office.",
                f"(Signed and sealed) {who}"])


def covering_pdf(no, lines):
    return pdf([f"C.No. {no}", "To, The Saksham Seva Helpdesk, DG Systems, New Delhi"] + lines)


# ================================================================= clients

def _mid(client, n, domain):
    d = hashlib.md5(f"corpus5-{n}".encode()).hexdigest()
    if client in ("zimbra", "nic"):
        return f"{int(d[:8], 16)}.{int(d[8:14], 16)}.{1762000000000 + n * 86400113}.JavaMail.zimbra@{domain}"
    if client in ("outlook", "outlook_html"):
        return f"{d[:4]}01dc{d[4:8]}${d[8:16]}${d[16:24]}$@{domain}"
    if client in ("gmail", "gmail_app"):
        return f"CA{d[:6].upper()}+{d[6:20]}-{d[20:28].upper()}Q@mail.gmail.com"
    if client in ("yahoo", "yahoo_android"):
        return f"{int(d[:9], 16)}.{int(d[9:16], 16)}@mail.yahoo.com"
    if client == "rediff":
        return f"{int(d[:10], 16)}.{n}.rediffmail@rediffmail.com"
    if client == "outlook_android":
        return f"PN{d[:4].upper()}MB{d[4:8]}{d[8:20].upper()}@PN3PR01MB.INDPRD01.PROD.OUTLOOK.COM"
    return f"{d[:8].upper()}-{d[8:12].upper()}-{d[12:16].upper()}-{d[16:20].upper()}-{d[20:32].upper()}@{domain}"


MAILERS = {
    "zimbra": ZIMBRA,
    "nic": {"X-Mailer": "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)",
            "X-Originating-IP": "[164.100.14.97]"},
    "outlook": OUTLOOK, "outlook_html": OUTLOOK, "tb": TB, "iphone": IPHONE, "yahoo": YAHOO, "rediff": REDIFF,
    "yahoo_android": {"X-Mailer": "WebService/1.1.24652 YMailNorrin"},
    "outlook_android": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
    "gmail": None, "gmail_app": None,
}
CRLF = {"outlook", "outlook_html", "outlook_android"}


def esc(s):
    return _html.escape(s, quote=False)


def html_of(client, plain):
    """Render a plain body the way the client's HTML part looks ('>' runs become a blockquote)."""
    out, quote = [], []

    def flush():
        if quote:
            inner = "".join(f"<div>{esc(q) or '<br>'}</div>" for q in quote)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in plain.split("\n"):
        if line.startswith(">"):
            quote.append(line.lstrip("> "))
            continue
        flush()
        if client in ("outlook", "outlook_android"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{esc(line) or '<br>'}</div>")
    flush()
    inner = "\n".join(out)
    if client in ("outlook", "outlook_android"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-IN"><div class="WordSection1">\n'
                + inner + "\n</div></body></html>")
    if client in ("gmail", "gmail_app"):
        return '<div dir="ltr">\n' + inner + "\n</div>"
    if client in ("yahoo", "yahoo_android"):
        return ('<html><head></head><body><div class="ydp3c1e2f9yahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;">\n' + inner + "\n</div></body></html>")
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
            + inner + "\n</div></body></html>")


LOGO = None


def logo_png():
    global LOGO
    if LOGO is None:
        LOGO = make_png(96, 48, 180)
    return LOGO


def M(n, client, frm, name, subject, date, plain=None, atts=(), *, html=None, html_only=False, logo=None,
      extra=None, ar=None, received=None, to=None, cte="qp", enc="B", frm_header=None, plain_only=None,
      inline_parts=()):
    """One mail as the given client writes it: headers, body parts, attachments, transport headers."""
    domain = frm.split("@")[1]
    crlf = client in CRLF
    if plain_only is None:
        plain_only = client in ("tb", "iphone", "rediff")
    if html_only:
        core = text(html, "html", cte)
    elif plain_only and html is None:
        core = text(plain, "plain", cte, fmt_flowed=(client == "tb"))
    else:
        core = multi("alternative", [text(plain, "plain", cte), text(html or html_of(client, plain), "html", cte)],
                     f"----=_Part_{n}_alt" if client not in ("gmail", "gmail_app") else f"0000000000{n:04d}alt5c")
    related = list(inline_parts)
    if logo:
        related.append(att(logo_png(), PNG, logo, disp="inline", cid=f"{logo}@01DC5A11.2B3C4D{n:03d}"))
    if related:
        core = multi("related", [core] + related, f"----=_Part_{n}_rel")
    if atts:
        core = multi("mixed", [core] + list(atts),
                     f"----=_NextPart_000_{n:04d}_01DC5A11" if crlf else f"=_c5_{n:03d}_mixed")
    heads = hdr(frm_header or addr(name, frm), subject if subject is not None else "", date,
                _mid(client, n, domain), to=to or f"Saksham Seva <{HELPDESK}>", mailer=MAILERS.get(client),
                extra=extra, enc=enc)
    if subject is None:
        del heads["Subject"]
    return mail(heads, core, crlf=crlf, ar=ar, received=received, from_addr=frm)


# ================================================================= text pieces

DISC_EN = ("\n\n" + "_" * 70 + "\n"
           "DISCLAIMER: The information contained in this electronic message and any attachments to this message\n"
           "are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or\n"
           "privileged information. If you are not the intended recipient, you should not disseminate, distribute\n"
           "or copy this e-mail. Please notify the sender immediately and destroy all copies of this message and\n"
           "any attachments. WARNING: Computer viruses can be transmitted via email. The recipient should check\n"
           "this email and any attachments for the presence of viruses. The Central Board of Indirect Taxes and\n"
           "Customs accepts no liability for any damage caused by any virus transmitted by this email.\n")
DISC_HI = ("\n\nअस्वीकरण: इस ई-मेल में निहित जानकारी केवल प्राप्तकर्ता के उपयोग के लिए है और इसमें गोपनीय जानकारी हो\n"
           "सकती है। यदि आप इच्छित प्राप्तकर्ता नहीं हैं तो इस ई-मेल का प्रकटीकरण, प्रतिलिपि या वितरण वर्जित है। कृपया\n"
           "प्रेषक को तुरंत सूचित करें और इस संदेश को नष्ट कर दें।\n"
           "DISCLAIMER: This e-mail is intended only for the addressee. If received in error, please delete it.\n")
NIC_FOOTER = ("\n\n" + "-" * 60 + "\nThis e-mail is sent through the Government e-mail service of the National Informatics Centre.\n"
              "Beware of phishing mails: NIC never asks for your login details over e-mail.\n"
              "सरकारी ई-मेल सेवा - राष्ट्रीय सूचना विज्ञान केंद्र\n")
YAHOO_ANDROID = "\n\nSent from Yahoo Mail on Android"
OUTLOOK_ANDROID = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
IPHONE_FOOT = "\n\nSent from my iPhone"
GREEN = "\n\nPlease consider the environment before printing this e-mail.\n"


def q_outlook(frm, sent, to, subject, body, style="original"):
    """Outlook's reply header block (and the quoted mail below it, unprefixed)."""
    lead = "-----Original Message-----\n" if style == "original" else "_" * 32 + "\n"
    return f"\n{lead}From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}"


def q_gmail(when, who, body):
    return f"\nOn {when}, {who} wrote:\n" + "".join(f"> {l}".rstrip() + "\n" for l in body.split("\n"))


def q_tb(when, who, body):
    return f"\nOn {when}, {who} wrote:\n" + "".join(f"> {l}".rstrip() + "\n" for l in body.split("\n"))


def q_zimbra(frm, to, sent, subject, body):
    return (f"\n----- Original Message -----\nFrom: {frm}\nTo: {to}\nSent: {sent}\nSubject: {subject}\n\n"
            + "".join(f"> {l}".rstrip() + "\n" for l in body.split("\n")))


def fwd_gmail(frm, date, subject, to, body):
    return (f"\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {to}\n\n\n{body}")


HELPDESK_SIG = "Regards,\nSaksham Seva Helpdesk\nDG Systems, CBIC\nToll free: 1800-266-2232\n"


# ================================================================= cases

def note(text: str) -> None:
    NOTES.append(text)


def when(m, d, hh=11, mm=0, y=2025, ss=0):
    """An RFC 5322 date in IST with the right weekday."""
    import datetime as _dt
    from email.utils import format_datetime
    ist = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
    return format_datetime(_dt.datetime(y, m, d, hh, mm, ss, tzinfo=ist))


def eml_part(inner: bytes, filename: str | None):
    """An attached message/rfc822 part holding the given raw mail."""
    import email as _email
    from email.mime.message import MIMEMessage
    part = MIMEMessage(_email.message_from_bytes(inner))
    del part["MIME-Version"]
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    return part


def inner_mail(frm, to, subject, date, mid, body_part) -> bytes:
    """The raw bytes of a mail to be forwarded as an attachment."""
    head = (f"From: {frm}\nTo: {to}\nSubject: {ew(subject)}\nDate: {date}\nMessage-ID: <{mid}>\n"
            "MIME-Version: 1.0\n")
    return head.encode() + flat(body_part)


def sbs(*people):
    """Text-layer service book PDFs: (name, dob, doj) -> attachment parts named 'Service Book - NAME.pdf'."""
    return [att(sb_pdf(n, b, j), PDF, f"Service Book - {n}.pdf") for n, b, j in people]


RED8 = sorted(DEFAULT_RED)


# ================================================================= sso_creation

def build_creation():
    # 001 ------------------------------------------------------------ formal letter, three officers, complete
    frm = "sysmgr.haldia@icegate.gov.in"
    people = [("Subhajit Mondal", "12/05/1997", "20/10/2025"), ("Arpita Saha", "03/01/1996", "20/10/2025"),
              ("Md. Tanvir Alam", "25/07/1995", "20/10/2025")]
    x = tpl([row(1, "Subhajit", "Mondal", "Inspector", "12/05/1997", "20/10/2025", "9735012468",
                 "subhajit.mondal97@gmail.com", "Haldia Custom House", loc="Haldia"),
             row(2, "Arpita", "Saha", "Examiner", "03/01/1996", "20/10/2025", "8918034521", "arpita.saha.96@yahoo.com",
                 "Haldia Custom House", loc="Haldia"),
             row(3, "Md. Tanvir", "Alam", "Preventive Officer", "25/07/1995", "20/10/2025", "7044098123",
                 "tanviralam95@gmail.com", "Haldia Custom House", loc="Haldia")])
    plain = ("To\nThe Saksham Seva Helpdesk,\nDG Systems, CBIC, New Delhi.\n\n"
             "Sub: Creation of SSO ID and ICEGATE e-mail ID in respect of newly joined officers - reg.\n"
             "Ref: This office letter C.No. VIII/48/02/2025-EDI dated 31.10.2025\n\nSir/Madam,\n\n"
             "With reference to the above cited subject, it is to state that the following three officers have\n"
             "joined Haldia Custom House on 20.10.2025 on their initial appointment through SSC CGLE-2024:\n\n"
             "1. Shri Subhajit Mondal, Inspector\n2. Smt. Arpita Saha, Examiner\n3. Shri Md. Tanvir Alam, Preventive Officer\n\n"
             "2. The filled in template in the prescribed format along with the scanned copies of the first page\n"
             "of their service books are enclosed herewith. The particulars have been verified with the service books.\n\n"
             "3. It is requested to kindly create the SSO IDs and ICEGATE e-mail IDs of the above officers at the earliest.\n\n"
             "Yours faithfully,\n\n(Debashis Chakraborty)\nSuperintendent (Systems) & System Manager\n"
             "Haldia Custom House, Haldia\nPh: 03224-252130 | Mob: 94330 21876\n"
             "E-mail: debashis.chakraborty@icegate.gov.in" + DISC_EN)
    case("001-creation-formal-letter-three-officers-complete",
         M(1, "zimbra", frm, "System Manager Haldia", "Creation of SSO ID and ICEGATE e-mail ID - 3 officers - Haldia CH",
           when(11, 3, 11, 2), plain, [att(x, XLSX_CT, "Template_SSO_Haldia_Nov2025.xlsx")] + sbs(*people)),
         exp("generic", "sso_creation", kinds=["template"] + ["service_book"] * 3),
         "System Manager's generic ICEGATE ID; formal 'Sub:/Ref:/With reference to the above cited subject' letter; "
         "clean three-officer template (first name 'Md. Tanvir' is no initial); three text service books; "
         "'(Name)' signature with '|' between landline and mobile; CBIC disclaimer")

    # 002 ------------------------------------------------------------ Outlook HTML-only, signature table, two inline images
    frm = "asm.jnch@icegate.gov.in"
    x = tpl([row(1, "Amit", "Kale", "Examiner", D(1996, 8, 14), D(2025, 10, 27), 9960123456, "amitkale1996@gmail.com",
                 "JNCH, Nhava Sheva", loc="Nhava Sheva"),
             row(2, "Rutuja", "Pawar", "Preventive Officer", D(1998, 2, 2), D(2025, 10, 27), 8149012345,
                 "rutuja.pawar98@gmail.com", "JNCH, Nhava Sheva", loc="Nhava Sheva")],
            titles=("JAWAHARLAL NEHRU CUSTOM HOUSE, NHAVA SHEVA - SSO ID CREATION",))
    cid1, cid2 = "image001.png@01DC5B7A.3E1F2C40", "image002.png@01DC5B7A.3E1F2C40"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-IN"><div class="WordSection1">'
            '<p class="MsoNormal">Sir,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Kindly create SSO ID and ICEGATE mail ID for the two newly joined officers as per '
            'the attached template. Copies of the first page of their service books are also attached.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Regards,<o:p></o:p></p>'
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="110" valign="top"><p class="MsoNormal"><img width="96" height="48" src="cid:{cid1}" alt="CBIC"></p></td>'
            '<td valign="top" style="border-left:solid #1F4E79 1.5pt;padding:0 0 0 8pt">'
            '<p class="MsoNormal"><b>Nilesh Bhosale</b><o:p></o:p></p>'
            '<p class="MsoNormal">Appraiser &amp; Alternate System Manager<o:p></o:p></p>'
            '<p class="MsoNormal">JNCH, Nhava Sheva, Tal. Uran, Dist. Raigad - 400707<o:p></o:p></p>'
            '<p class="MsoNormal">Tel: 022-27244978 Extn. 312<o:p></o:p></p>'
            '<p class="MsoNormal">Email: <a href="mailto:nilesh.bhosale@icegate.gov.in">nilesh.bhosale@icegate.gov.in</a><o:p></o:p></p>'
            f'</td></tr></table><p class="MsoNormal"><img width="60" height="40" src="cid:{cid2}" alt="Swachh Bharat"></p>'
            '</div></body></html>')
    inl = [att(logo_png(), PNG, "image001.png", disp="inline", cid=cid1),
           att(make_png(60, 40, 90), PNG, "image002.png", disp="inline", cid=cid2)]
    case("002-creation-outlook-html-only-signature-table",
         M(2, "outlook_html", frm, "ASM JNCH", "SSO ID creation - Amit Kale & Rutuja Pawar", when(11, 3, 15, 41), None,
           [att(x, XLSX_CT, "SSO_Creation_JNCH_Nov25.xlsx"),
            att(jpeg(5021), JPG, "Service Book_Page 1_Amit Kale.jpg"),
            att(jpeg(5022), JPG, "Service Book_Page 1_Rutuja Pawar.jpg")],
           html=html, html_only=True, inline_parts=inl),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book", "other", "other"]),
         "Alternate System Manager's generic ID; Outlook HTML-only body whose signature is a table beside the CBIC "
         "logo (name, designation, landline with extension, individual e-mail); two inline images with file names "
         "(other); real dates and numeric mobiles")

    # 003 ------------------------------------------------------------ iPhone one-liner, SB photo with camera name
    frm = "vivek.anand@icegate.gov.in"
    x = tpl([row(1, "Kritika", "Joshi", "Inspector", "19/09/1998", "03/11/2025", "9557012345", "kritikajoshi98@gmail.com",
                 "CGST Noida", loc="Noida")], titles=())
    plain = "PFA template n SB of newly joined insp Ms. Kritika Joshi. Pl create SSO ID on priority\n\nAC, Div-III, CGST Noida" + IPHONE_FOOT
    case("003-creation-iphone-terse-sb-photo-camera-name",
         M(3, "iphone", frm, "Vivek Anand", "SSO ID", when(11, 4, 9, 12), plain,
           [att(x, XLSX_CT, "Kritika SSO.xlsx"), att(jpeg(5031), JPG, "IMG_4471.JPG")]),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template", "other"]),
         "AC's individual ID from an iPhone: 'PFA template n SB'; the 'SB' is a photo named IMG_4471.JPG whose name "
         "and (image) content tell nothing, so it is other and the service book is missing")

    # 004 ------------------------------------------------------------ header on row 6, one-line ' - ' signature
    frm = "commradmin.cgstlko@icegate.gov.in"
    x = tpl([row(1, "Shivam", "Mishra", "Tax Assistant", D(1999, 4, 1), D(2025, 11, 3), 9451012345,
                 "shivam.mishra99@gmail.com", "CGST Lucknow", loc="Lucknow"),
             row(2, "Ankita", "Verma", "Tax Assistant", D(2000, 12, 30), D(2025, 11, 3), 8004012345,
                 "ankitaverma2000@gmail.com", "CGST Lucknow", loc="Lucknow"),
             row(3, "Farhan", "Ali", "Tax Assistant", D(1998, 6, 9), D(2025, 11, 3), 7007012345, "farhan.ali98@yahoo.in",
                 "CGST Lucknow", loc="Lucknow")],
            titles=("GOVERNMENT OF INDIA", "OFFICE OF THE COMMISSIONER, CGST & CENTRAL EXCISE, LUCKNOW",
                    "TEMPLATE FOR SSO ID AND ICEGATE EMAIL ID CREATION", "Date: 04.11.2025"), blank_before=1)
    plain = ("Sir,\n\nPlease create SSO ID & ICEGATE email for the 3 Tax Assistants joined CGST Lucknow on 03.11.2025.\n"
             "Template and service books enclosed.\n\nRegards\n"
             "Alok Tripathi - Superintendent (Commissionerate Admin) - alok.tripathi@icegate.gov.in - 0522-2232415\n")
    case("004-creation-comm-admin-header-row6-dash-signature",
         M(4, "zimbra", frm, "Comm Admin CGST Lucknow", "SSO ID creation - 3 TAs - CGST Lucknow", when(11, 5, 12, 30),
           plain, [att(x, XLSX_CT, "SSO template LKO.xlsx"), att(scan_pdf(), PDF, "Service Books (3 officers).pdf")]),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Commissionerate Admin's generic ID; header on row 6 under four title rows and a blank row; the service "
         "books are one image-only PDF told by its name; signature on one line joined by ' - ' with a landline")

    # 005 ------------------------------------------------------------ Hinglish from the officer's Gmail
    frm = "sumityadav.ssc@gmail.com"
    x = tpl([row(1, "Sumit", "Yadav", "Tax Assistant", "11/02/1999", "27/10/2025", "8708123456", "sumityadav.ssc@gmail.com",
                 "CGST Gurugram")], titles=())
    plain = ("Respected sir,\n\nMera naam Sumit Yadav hai, maine 27.10.2025 ko CGST Gurugram me Tax Assistant ke pad par\n"
             "join kiya hai. Mera SSO ID aur icegate mail id banana hai. Template bhar ke bhej raha hu aur service book\n"
             "ka pehla page bhi attach hai.\n\nDhanyawad\nSumit Yadav\nTA, CGST Gurugram\n8708123456\n")
    case("005-creation-hinglish-officer-gmail",
         M(5, "gmail_app", frm, "Sumit Yadav", "sso id banane hetu", when(11, 5, 21, 47), plain,
           [att(x, XLSX_CT, "template sumit.xlsx"), att(sb_pdf("Sumit Yadav", "11/02/1999", "27/10/2025"), PDF,
                                                         "service book sumit.pdf")]),
         exp("personal", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book"]),
         "A new Tax Assistant writes in Hinglish from his own Gmail with template and service book: not from an ICEGATE address")

    # 006 ------------------------------------------------------------ forward as attached .eml through the System Manager
    frm = "sysmgr.krishnapatnam@icegate.gov.in"
    x = tpl([row(1, "Sai", "Charan", "Inspector", "07/07/1997", "24/10/2025", "9182012345", "saicharan.k97@gmail.com",
                 "Krishnapatnam Port Customs", mid="Kumar", loc="Nellore")], titles=())
    inner_body = multi("mixed", [text("Respected Sir,\n\nI have joined as Inspector (Preventive) on 24.10.2025. I request you to\n"
                                      "forward my request for SSO ID creation to Saksham Seva. The template and the\n"
                                      "photo of my service book are attached.\n\nThanking you,\nSai Kumar Charan\n"
                                      "Inspector\n9182012345\n", cte="7bit"),
                                 att(x, XLSX_CT, "SSO_Template_SaiCharan.xlsx"),
                                 att(jpeg(5061), JPG, "service book.jpeg")], "inner5006")
    inner = inner_mail("Sai Charan <saicharan.k97@gmail.com>", "sysmgr.krishnapatnam@icegate.gov.in",
                       "SSO ID request - Sai Kumar Charan", when(11, 5, 18, 2), "CAinner5006@mail.gmail.com", inner_body)
    plain = ("Sir,\n\nThe mail of the officer is forwarded herewith as attachment for creation of SSO ID. Particulars\n"
             "verified.\n\nThanks & Regards,\nCh. Venkata Ramana\nSuperintendent of Customs (System Manager)\n"
             "Krishnapatnam Port Customs\nMobile: 94904 11235\nmail: chvramana@icegate.gov.in\n")
    case("006-creation-forward-attached-eml-outlook",
         M(6, "outlook", frm, "SYSMGR KRISHNAPATNAM", "FW: SSO ID request - Sai Kumar Charan", when(11, 6, 10, 5),
           plain, [eml_part(inner, "SSO ID request - Sai Kumar Charan.eml")]),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "System Manager forwards (Outlook, CRLF) the officer's Gmail as an attached .eml that carries the template "
         "and a service book photo; the message/rfc822 part itself is no attachment; full 'mail:' signature")

    # 007 ------------------------------------------------------------ inline forward, forwarder never signs
    frm = "edi.kolkataport@icegate.gov.in"
    x = tpl([row(1, "Sourav", "Pal", "Examiner", "21/03/1996", "27/10/2025", "9804012345", "souravpal1996@gmail.com",
                 "Kolkata Customs (Port)")])
    fwd = ("Respected Sir,\n\nI have joined Kolkata Customs (Port) as Examiner on 27.10.2025. Kindly forward the\n"
           "attached template and service book for creation of my SSO ID.\n\nRegards,\nSourav Pal\nExaminer\n"
           "Mob: 9804012345\nsouravpal1996@gmail.com\n")
    plain = ("Forwarded for necessary action pl.\n" +
             fwd_gmail("Sourav Pal <souravpal1996@gmail.com>", "Wed, 5 Nov 2025 at 19:22",
                       "SSO ID creation - Sourav Pal, Examiner", "<edi.kolkataport@icegate.gov.in>", fwd))
    case("007-creation-inline-forward-forwarder-unsigned",
         M(7, "gmail", frm, "EDI Kolkata Port", "Fwd: SSO ID creation - Sourav Pal, Examiner", when(11, 6, 12, 40),
           plain, [att(x, XLSX_CT, "Sourav Pal template.xlsx"),
                   att(sb_pdf("Sourav Pal", "21/03/1996", "27/10/2025"), PDF, "Service book Sourav.pdf")]),
         exp("generic", "sso_creation", missing=["signature_designation", "signature_email", "signature_name",
                                                 "signature_phone"], action="request_missing",
             kinds=["template", "service_book"]),
         "EDI section's generic ID forwards an officer's mail ('---------- Forwarded message ---------') with one line "
         "and no sign-off; the officer's signature inside the forwarded text is not the sender's")
    note("007: the forwarded text counts as part of the request, but triage.md's signature is 'the sender's own "
         "sign-off at the end of the sender's own text', and the forwarder is the sender; the officer's sign-off at "
         "the end of the forwarded message is the officer's, so the generic forwarder, who signed nothing, lacks "
         "all four signature items.")

    # 008 ------------------------------------------------------------ initials in first/last names
    frm = "meenakshi.iyer@icegate.gov.in"
    x = tpl([row(1, "A.K.", "Srivastava", "Inspector", "01/01/1994", "27/10/2025", "9415011111", "ak.srivastava94@gmail.com",
                 "CGST Prayagraj"),
             row(2, "Pooja", "S.", "Inspector", "02/02/1995", "27/10/2025", "9415022222", "pooja.s95@gmail.com",
                 "CGST Prayagraj"),
             row(3, "K", "Lakshmi", "Examiner", "03/03/1996", "27/10/2025", "9415033333", "k.lakshmi96@gmail.com",
                 "CGST Prayagraj"),
             row(4, "Lakshmi", "Prasanna", "Inspector", "04/04/1997", "27/10/2025", "9415044444", "lakshmi.prasanna97@gmail.com",
                 "CGST Prayagraj", mid="K"),
             row(5, "Harpreet", "Kaur", "Tax Assistant", "05/05/1998", "27/10/2025", "9415055555", "harpreet.kaur98@gmail.com",
                 "CGST Prayagraj")], titles=())
    plain = ("Sir,\n\nPlease find attached the template and the service book pages of five officers who joined\n"
             "on 27.10.2025 for creation of SSO ID and ICEGATE mail ID.\n\nRegards,\nMeenakshi Iyer\n"
             "Deputy Commissioner (Systems)\nCGST Prayagraj\n")
    case("008-creation-initials-first-and-last-names",
         M(8, "tb", frm, "Meenakshi Iyer", "SSO ID creation - 5 officers", when(11, 6, 16, 20), plain,
           [att(x, XLSX_CT, "SSO_Template_Prayagraj.xlsx", style="2231"),
            att(pdf(SB + ["Pages of five officers"]), PDF, "SB pages.pdf")]),
         exp("icegate", "sso_creation", errors=[(2, "first_name", "initials_in_name"), (3, "last_name", "initials_in_name"),
                                                (4, "first_name", "initials_in_name")],
             action="request_missing", kinds=["template", "service_book"]),
         "DC's individual ID (Thunderbird, RFC 2231 name); header on row 1; 'A.K.' and 'K' as first names and 'S.' as "
         "last name are initials; a middle initial 'K' is allowed")

    # 009 ------------------------------------------------------------ date errors of every sort
    frm = "sysmgr.pipavav@icegate.gov.in"
    x = tpl([row(1, "Jignesh", "Vaghela", "Inspector", "15-Aug-1990", "27/10/2025", "9898011001", "jignesh.vaghela90@gmail.com",
                 "Customs Pipavav"),
             row(2, "Hetal", "Rathod", "Inspector", "31/06/1994", "27/10/2025", "9898011002", "hetal.rathod94@gmail.com",
                 "Customs Pipavav"),
             row(3, "Mayur", "Chavda", "Examiner", "12/12/1995", "01/12/2025", "9898011003", "mayur.chavda95@gmail.com",
                 "Customs Pipavav"),
             row(4, "Kinjal", "Makwana", "Tax Assistant", "10/03/2009", "27/10/2025", "9898011004", "kinjal.makwana@gmail.com",
                 "Customs Pipavav"),
             row(5, "Ronak", "Solanki", "Tax Assistant", "05/11/2007", "05/11/2025", "9898011005", "ronak.solanki07@gmail.com",
                 "Customs Pipavav"),
             row(6, "Dhara", "Joshi", "Inspector", "01/01/1996", "10/11/2025", "9898011006", "dhara.joshi96@gmail.com",
                 "Customs Pipavav"),
             row(7, "Nirav", "Desai", "Inspector", D(1993, 2, 28), "27.10.2025", "9898011007", "nirav.desai93@gmail.com",
                 "Customs Pipavav")])
    plain = ("Sir,\n\nKindly create SSO IDs for the seven officers in the enclosed template. Service book pages\n"
             "are in the enclosed PDF.\n\nRegards,\nP. K. Gohil\nSupdt. of Customs (System Manager), Pipavav\n"
             "M: 98250 44332\nE-mail: pk.gohil@icegate.gov.in\n")
    case("009-creation-date-errors-month-name-june31-future-underage",
         M(9, "zimbra", frm, "System Manager Pipavav", "SSO ID creation - 7 officers - Pipavav", when(11, 10, 10, 10),
           plain, [att(x, XLSX_CT, "SSO template Pipavav.xlsx"), att(pdf(SB + ["Seven officers"]), PDF,
                                                                     "Service Book pages.pdf")]),
         exp("generic", "sso_creation", errors=[(4, "date_of_birth", "invalid_date"), (5, "date_of_birth", "invalid_date"),
                                                (6, "date_of_joining", "invalid_date"),
                                                (7, "date_of_joining", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "Mail of 10.11.2025: DOB '15-Aug-1990' (text, not DD/MM/YYYY), DOB 31/06/1994 (no such day), DOJ 01/12/2025 "
         "(after the mail), DOB 2009 with DOJ 2025 (16); row 8 joins on the 18th birthday and row 9 on the mail's day "
         "(both valid); row 10 mixes a real date and DD.MM.YYYY")
    note("009: a text date with a month name ('15-Aug-1990') is 'not a date': template.md admits text dates only in "
         "DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY. A DOJ on the 18th birthday is not 'before age 18', and a DOJ on the "
         "mail's own day is not 'after the mail's Date:'.")

    # 010 ------------------------------------------------------------ mobile errors, Outlook with logo
    frm = "computercell.cgstraipur@icegate.gov.in"
    x = tpl([row(1, "Tanmay", "Sahu", "Inspector", "01/01/1996", "03/11/2025", "98271-2345", "tanmay.sahu96@gmail.com", "CGST Raipur"),
             row(2, "Swati", "Dewangan", "Inspector", "02/02/1996", "03/11/2025", "5827012345", "swati.dewangan@gmail.com", "CGST Raipur"),
             row(3, "Pankaj", "Sinha", "Tax Assistant", "03/03/1997", "03/11/2025", "2423456", "pankaj.sinha97@gmail.com", "CGST Raipur"),
             row(4, "Neha", "Agrawal", "Tax Assistant", "04/04/1997", "03/11/2025", "+919827012345", "neha.agrawal97@gmail.com", "CGST Raipur"),
             row(5, "Rohit", "Chandrakar", "Inspector", "05/05/1995", "03/11/2025", "09827054321", "rohit.chandrakar@gmail.com", "CGST Raipur"),
             row(6, "Kavya", "Thakur", "Inspector", "06/06/1998", "03/11/2025", 9827098765, "kavya.thakur98@gmail.com", "CGST Raipur"),
             row(7, "Manish", "Verma", "Stenographer Grade-II", "07/07/1994", "03/11/2025", "NA", "manish.verma94@gmail.com", "CGST Raipur")],
            titles=("SSO ID CREATION TEMPLATE",))
    plain = ("Sir,\n\nTemplate for SSO ID creation of 7 officers of CGST Raipur and copies of service books are\n"
             "attached.\n\nRegards,\n\nRajesh Sahu\nInspector, Computer Cell\nCGST Raipur\nMob. 9425201234\n"
             "rajesh.sahu@icegate.gov.in\n[cid:image001.png@01DC5A11.2B3C4D010]\n")
    case("010-creation-mobile-errors-outlook-logo",
         M(10, "outlook", frm, "Computer Cell CGST Raipur", "SSO ID Creation - CGST Raipur", when(11, 10, 15, 55), plain,
           [att(x, XLSX_CT, "SSO ID Creation.xlsx"), att(pdf(SB + ["Seven officers"]), PDF, "Service Book Copies.pdf")],
           logo="image001.png"),
         exp("generic", "sso_creation", errors=[(3, "mobile", "invalid_mobile"), (4, "mobile", "invalid_mobile"),
                                                (5, "mobile", "invalid_mobile"), (9, "mobile", "invalid_mobile")],
             action="request_missing", kinds=["template", "service_book", "other"]),
         "Computer Cell's generic ID via Outlook with the inline logo: mobiles with 9 digits, starting 5, 7 digits and "
         "'NA' are invalid; +91, 0-prefixed and numeric-cell mobiles are valid")

    # 011 ------------------------------------------------------------ e-mail errors
    frm = "girish.pandya@icegate.gov.in"
    x = tpl([row(1, "Ramesh", "Patel", "Inspector", "10/10/1994", "03/11/2025", "9879011001", "ramesh.patel#gmail.com", "CGST Rajkot"),
             row(2, "Neha", "Joshi", "Inspector", "11/10/1995", "03/11/2025", "9879011002", "neha joshi@gmail.com", "CGST Rajkot"),
             row(3, "Vikas", "Rana", "Tax Assistant", "12/10/1996", "03/11/2025", "9879011003", "vikas.r@@yahoo.com", "CGST Rajkot"),
             row(4, "Amit", "Parmar", "Tax Assistant", "13/10/1996", "03/11/2025", "9879011004", "amit.parmar1996@gmail..com", "CGST Rajkot"),
             row(5, "Kiran", "Desai", "Inspector", "14/10/1997", "03/11/2025", "9879011005", "kiran.desai@outlook.com", "CGST Rajkot")])
    plain = ("Respected Madam,\n\nForwarding herewith the SSO ID creation template of 5 new joinees alongwith\n"
             "service book copies for necessary action.\n\nRegards\nGirish Pandya\nSupdt (Systems)\nCGST Rajkot\n")
    case("011-creation-alt-email-syntax-errors",
         M(11, "zimbra", frm, "Girish Pandya", "SSO creation Rajkot new joinees", when(11, 11, 11, 20), plain,
           [att(x, XLSX_CT, "Rajkot_SSO_template.xlsx"), att(pdf(SB + ["Five officers"]), PDF, "service book copies.pdf")]),
         exp("icegate", "sso_creation", errors=[(4, "alt_email", "invalid_email"), (5, "alt_email", "invalid_email"),
                                                (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "Alternate e-mails with '#' for '@', a space, a double '@' and an empty domain label ('gmail..com'); row 8 clean")
    note("011: 'amit.parmar1996@gmail..com' is not a valid address: a domain cannot have an empty label (RFC 5321 "
         "section 4.1.2), so the row carries invalid_email.")

    # 012 ------------------------------------------------------------ generic / ICEGATE alternate e-mails (DGGI)
    frm = "jd.dggi.azu@icegate.gov.in"
    x = tpl([row(1, "Hardik", "Trivedi", "Intelligence Officer", "01/02/1990", "01/09/2015", "9099011001", "dggi.azu@gov.in", "DGGI Ahmedabad Zonal Unit"),
             row(2, "Priyanka", "Nair", "Intelligence Officer", "02/03/1991", "01/09/2016", "9099011002", "sysmgr.ahmedabad@icegate.gov.in", "DGGI Ahmedabad Zonal Unit"),
             row(3, "Jatin", "Malhotra", "Senior Intelligence Officer", "03/04/1985", "01/07/2010", "9099011003", "cgstdivision7.ahd@gmail.com", "DGGI Ahmedabad Zonal Unit"),
             row(4, "Hiren", "Patel", "Senior Intelligence Officer", "04/05/1986", "01/07/2011", "9099011004", "hiren.patel@icegate.gov.in", "DGGI Ahmedabad Zonal Unit"),
             row(5, "Bhavik", "Shah", "Intelligence Officer", "05/06/1988", "01/09/2014", "9099011005", "bhavik.shah88@gmail.com", "DGGI Ahmedabad Zonal Unit")])
    plain = ("Sir,\n\nThe following officers have joined DGGI, Ahmedabad Zonal Unit on deputation and do not have SSO IDs.\n"
             "Template and service book copies are attached. Kindly create SSO IDs.\n\nWith regards,\n\n"
             "Sanjay Kumar Jha\nJoint Director\nDGGI, Ahmedabad Zonal Unit\nsanjay.jha@icegate.gov.in\n079-27544812\n")
    case("012-creation-dggi-generic-and-icegate-alt-emails",
         M(12, "zimbra", frm, "Joint Director DGGI AZU", "Creation of SSO ID for officers on deputation to DGGI AZU",
           when(11, 11, 16, 5), plain, [att(x, XLSX_CT, "DGGI_AZU_SSO.xlsx")] +
           [att(jpeg(5120 + i), JPG, f"Service Book - {n}.jpg") for i, n in
            enumerate(["Hardik Trivedi", "Priyanka Nair", "Jatin Malhotra", "Hiren Patel", "Bhavik Shah"])]),
         exp("generic", "sso_creation", errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email"),
                                                (6, "alt_email", "generic_alt_email"), (7, "alt_email", "generic_alt_email")],
             action="request_missing", kinds=["template"] + ["service_book"] * 5),
         "Joint Director of a DGGI zonal unit (a role ID 'jd.dggi.azu'); alternate e-mails: the unit's gov.in mailbox, "
         "a System Manager's ICEGATE ID, a Division's Gmail, an officer's own ICEGATE ID; row 8 personal")

    # 013 ------------------------------------------------------------ duplicates and a missing office, Hindi + English signature
    frm = "estt.cgstsurat@icegate.gov.in"
    x = tpl([row(1, "Yash", "Patel", "Inspector", "01/01/1996", "03/11/2025", "9825011111", "yash.patel96@gmail.com", "CGST Surat"),
             row(2, "Khushbu", "Shah", "Inspector", "02/01/1996", "03/11/2025", "9825022222", "yash.patel96@gmail.com", "CGST Surat"),
             row(3, "Jay", "Desai", "Tax Assistant", "03/01/1997", "03/11/2025", "9825011111", "jay.desai97@gmail.com", "CGST Surat"),
             row(4, "Riddhi", "Mehta", "Tax Assistant", "04/01/1997", "03/11/2025", "9825044444", "riddhi.mehta97@gmail.com", ""),
             row(5, "Parth", "Naik", "Inspector", "05/01/1995", "03/11/2025", "9825022222", "yash.patel96@gmail.com", "CGST Surat")])
    plain = ("महोदय / Sir,\n\nसंलग्न टेम्पलेट के अनुसार पाँच अधिकारियों की SSO ID बनाने का कष्ट करें। सेवा पुस्तिका की प्रतियाँ संलग्न हैं।\n"
             "Kindly create SSO IDs for the five officers as per the attached template; service book copies attached.\n\n"
             "सादर / Regards,\nहर्षद चौधरी / Harshad Chaudhari\nप्रशासनिक अधिकारी (स्थापना) / Administrative Officer (Estt.)\n"
             "CGST Surat | harshad.chaudhari@icegate.gov.in | मो. 94280 61234\n")
    case("013-creation-duplicates-missing-office-bilingual",
         M(13, "zimbra", frm, "Establishment CGST Surat", "SSO ID - नए अधिकारी / new officers - CGST Surat", when(11, 12, 11, 45),
           plain, [att(x, XLSX_CT, "SSO_Surat.xlsx"), att(pdf(SB + ["Five officers"]), PDF, "Service books.pdf")]),
         exp("generic", "sso_creation", errors=[(5, "alt_email", "duplicate_alt_email"), (6, "mobile", "duplicate_mobile"),
                                                (7, "office", "missing_mandatory"), (8, "alt_email", "duplicate_alt_email"),
                                                (8, "mobile", "duplicate_mobile")],
             action="request_missing", kinds=["template", "service_book"]),
         "Establishment's generic ID, bilingual body and signature; rows repeat mobiles and alternate e-mails of rows "
         "above (row 8 both), row 7 has no office")

    # 014 ------------------------------------------------------------ password-protected .xlsx
    frm = "deepa.menon@icegate.gov.in"
    plain = ("Sir,\n\nPlease create SSO ID for Shri Arjun Nambiar, Inspector, who joined on 03.11.2025. The template is\n"
             "password protected as per office instructions; the password to open it is cochin@123. Service book\n"
             "attached.\n\nRegards,\nDeepa Menon\nAssistant Commissioner\nCochin Custom House\n")
    case("014-creation-password-protected-template",
         M(14, "zimbra", frm, "Deepa Menon", "SSO ID creation - Arjun Nambiar", when(11, 12, 15, 0), plain,
           [att(ole2_xls("protected-014"), XLSX_CT, "SSO_Template_Protected.xlsx"),
            att(sb_pdf("Arjun Nambiar", "18/08/1996", "03/11/2025"), PDF, "Service Book - Arjun.pdf")]),
         exp("icegate", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
             kinds=["template", "service_book"]),
         "An encrypted (password-protected) template is an OLE2 container, not a readable .xlsx; the word 'password' "
         "in the body does not make it a reset")

    # 015 ------------------------------------------------------------ .xls named as the template
    frm = "sysmgr.goa@icegate.gov.in"
    plain = ("Sir,\n\nSSO ID creation template (Excel) of 2 Preventive Officers of Goa Customs and their service\n"
             "books are attached.\n\nRegards,\nSachin Naik\nSystem Manager, Goa Customs\nsachin.naik@icegate.gov.in\n"
             "0832-2520123\n")
    case("015-creation-xls-named-template-unreadable",
         M(15, "zimbra", frm, "Sysmgr Goa", "SSO ID creation - Goa Customs", when(11, 13, 10, 30), plain,
           [att(ole2_xls("goa-015"), XLS_CT, "SSO ID Creation Template.xls")] +
           sbs(("Shubham Kamat", "02/09/1997", "27/10/2025"), ("Sneha Gaonkar", "11/11/1998", "27/10/2025"))),
         exp("generic", "sso_creation", errors=[(0, "", "unreadable")], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "The template comes as an Excel 97-2003 file 'SSO ID Creation Template.xls': a template by its name, and "
         "not a readable .xlsx")
    note("015/016: an old-format .xls is 'not a readable .xlsx'. Its kind is told from its name first: "
         "'SSO ID Creation Template.xls' is a template (so template_errors has the unreadable code, as for the "
         "sample's old-format file under an .xlsx name), while 'Book1.xls' says nothing and has no text content, so "
         "it is other and the template is missing.")

    # 016 ------------------------------------------------------------ Book1.xls
    frm = "tarun.bhalla@icegate.gov.in"
    plain = ("sir\nPFA template and SB of new joinee Inspector Gurpreet Singh for sso id creation.\n\nTarun Bhalla\n"
             "Supdt. ICD Ludhiana\n")
    case("016-creation-book1-xls-not-a-template",
         M(16, "zimbra", frm, "Tarun Bhalla", "sso id creation", when(11, 13, 12, 5), plain,
           [att(ole2_xls("book1-016"), XLS_CT, "Book1.xls"),
            att(sb_pdf("Gurpreet Singh", "09/09/1996", "03/11/2025"), PDF, "SB Gurpreet Singh.pdf")]),
         exp("icegate", "sso_creation", missing=["template"], action="request_missing", kinds=["other", "service_book"]),
         "'Book1.xls' (an old-format workbook) tells nothing by name or text: other, so the template is missing")

    # 017 ------------------------------------------------------------ header on row 9, own colours
    frm = "sysmgr.icdludhiana@icegate.gov.in"
    titles = ("भारत सरकार / GOVERNMENT OF INDIA", "वित्त मंत्रालय / MINISTRY OF FINANCE", "राजस्व विभाग / DEPARTMENT OF REVENUE",
              "सीमा शुल्क आयुक्त का कार्यालय, लुधियाना", "OFFICE OF THE COMMISSIONER OF CUSTOMS, LUDHIANA",
              "ICD Sahnewal, Ludhiana", "Template for SSO ID and ICEGATE Email ID Creation",
              "(Columns with headings in red are mandatory)")
    x = tpl([row(1, "Gurpreet", "Singh", "Inspector", "09/09/1996", "03/11/2025", "9876011001", "gurpreet.singh96@gmail.com",
                 "Customs Ludhiana", loc="ICD Sahnewal", emp="CUS/LDH/1101"),
             row(2, "Simranjeet", "Kaur", "Inspector", "10/10/1997", "03/11/2025", "9876011002", "simranjeet.kaur97@gmail.com",
                 "Customs Ludhiana", emp=""),
             row(3, "Manpreet", "Gill", "", "11/11/1995", "03/11/2025", "9876011003", "manpreet.gill95@gmail.com",
                 "Customs Ludhiana", loc="ICD Sahnewal", emp="CUS/LDH/1103")],
            titles=titles, colors={"employee_id": "FFCC0000", "location": "FFE26B0A", "designation": "FF9C0006"})
    plain = ("Sir,\n\nSSO ID creation template for three Inspectors posted at ICD Sahnewal and copies of their service\n"
             "books are attached.\n\nRegards,\nRajinder Pal\nAppraiser (System Manager)\nICD Sahnewal, Ludhiana\n"
             "Mob: +91-98765-43001\nrajinder.pal@icegate.gov.in\n")
    case("017-creation-header-row9-own-red-shades",
         M(17, "zimbra", frm, "SYSMGR ICD LUDHIANA", "SSO ID creation - 3 Inspectors ICD Sahnewal", when(11, 14, 11, 0), plain,
           [att(x, XLSX_CT, "SSO template ICD Sahnewal.xlsx")] +
           sbs(("Gurpreet Singh", "09/09/1996", "03/11/2025"), ("Simranjeet Kaur", "10/10/1997", "03/11/2025"),
               ("Manpreet Gill", "11/11/1995", "03/11/2025"))),
         exp("generic", "sso_creation", errors=[(11, "employee_id", "missing_mandatory")], action="request_missing",
             kinds=["template"] + ["service_book"] * 3),
         "Header on row 9 under eight bilingual title rows; Employee ID is red (CC0000) so row 11's empty Employee ID "
         "is missing; Location is orange (E26B0A) and Designation the dark 9C0006 (red component below C0): neither "
         "is mandatory, so row 12's empty designation is no error")
    note("017: the Designation header's font is 9C0006 (Excel's 'Bad' style). template.md makes a colour red only when "
         "its red component is at least 0xC0, so Designation is not mandatory in this workbook; as some headers are "
         "red, the default mandatory set does not apply.")

    # 018 ------------------------------------------------------------ all-black headers
    frm = "adc.cgstjammu@icegate.gov.in"
    x = tpl([row(1, "Aditya", "Sharma", "Inspector", "12/03/1997", "03/11/2025", "9419011001", "aditya.sharma97@gmail.com",
                 "CGST Jammu"),
             row(2, "Mehak", "Gupta", "Inspector", "13/03/1998", "03/11/2025", "9419011002", "", "CGST Jammu")],
            titles=("Annexure-A",), all_black=True)
    plain = ("Sir,\n\nKindly create SSO IDs of the two Inspectors who joined CGST Jammu on 03.11.2025. Template\n"
             "(Annexure-A) and service books enclosed.\n\nRegards,\nAdditional Commissioner\nCGST Jammu\n")
    case("018-creation-black-headers-missing-alt-email",
         M(18, "zimbra", frm, "ADC CGST Jammu", "SSO ID Creation", when(11, 14, 15, 30), plain,
           [att(x, XLSX_CT, "Annexure-A.xlsx")] + sbs(("Aditya Sharma", "12/03/1997", "03/11/2025"),
                                                    ("Mehak Gupta", "13/03/1998", "03/11/2025"))),
         exp("generic", "sso_creation", missing=["signature_email", "signature_name", "signature_phone"],
             errors=[(4, "alt_email", "missing_mandatory")], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "An Additional Commissioner's role ID ('adc.cgstjammu') signs only with the designation; the re-typed "
         "template has only black headers, so the default mandatory columns apply and row 4's empty alternate "
         "e-mail is missing")

    # 019 ------------------------------------------------------------ footer row below the data
    frm = "sysmgr.kakinada@icegate.gov.in"
    x = tpl([row(1, "Naga", "Babu", "Inspector", "04/04/1996", "27/10/2025", "9440011001", "nagababu96@gmail.com",
                 "Kakinada Customs", mid="Venkata"),
             row(2, "Divya", "Sri", "Examiner", "05/05/1997", "27/10/2025", "9440011002", "divyasri.k97@gmail.com",
                 "Kakinada Customs"),
             [], ["Verified with the service books. Sd/- Supdt. (Systems)"]])
    plain = ("Sir,\n\nPlease create SSO IDs for the two officers. Template and service books are attached.\n\n"
             "Regards,\nK. Srinivasa Rao\nSuperintendent (Systems)\nKakinada Customs\nCell: 94401 77889\n"
             "ksrao.kkd@gmail.com\n")
    case("019-creation-verified-footer-row-in-template",
         M(19, "zimbra", frm, "Sysmgr Kakinada", "SSO ID creation - Kakinada", when(11, 17, 10, 15), plain,
           [att(x, XLSX_CT, "SSO_Kakinada.xlsx")] + sbs(("Naga Venkata Babu", "04/04/1996", "27/10/2025"),
                                                      ("Divya Sri", "05/05/1997", "27/10/2025"))),
         exp("generic", "sso_creation", errors=[(7, k, "missing_mandatory") for k in RED8], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "A 'Verified with the service books' note typed in column A two rows below the data is a data row with every "
         "red column empty; the signature's individual e-mail is a personal Gmail")

    # 020 ------------------------------------------------------------ bilingual headers
    frm = "rajesh.kannan@icegate.gov.in"
    hi_headers = ["S.No. (क्र.सं.)", "First Name (प्रथम नाम)", "Middle Name (मध्य नाम)", "Last Name (उपनाम)",
                  "Designation (पदनाम)", "Date of Birth (DD/MM/YYYY) (जन्म तिथि)",
                  "Date of Joining CBIC (DD/MM/YYYY) (कार्यग्रहण तिथि)", "Mobile No. (मोबाइल)",
                  "Alternate Email ID (वैकल्पिक ईमेल)", "Commissionerate / Office (आयुक्तालय / कार्यालय)",
                  "Location (स्थान)", "Employee ID (कर्मचारी आईडी)"]
    x = tpl([row(1, "Saravanan", "Murugesan", "Inspector", "16/06/1995", "03/11/2025", "9443011001", "saravanan.m95@gmail.com",
                 "CGST Madurai"),
             row(2, "Anitha", "Rajendran", "Tax Assistant", "17/07/1998", "03/11/2025", "9443011002", "anitha.r98@gmail.com",
                 "CGST Madurai")], headers=hi_headers)
    plain = ("Sir,\n\nSSO ID creation template (bilingual version) and service books of two officers enclosed.\n\n"
             "Regards,\nRajesh Kannan\nAssistant Commissioner (Systems), CGST Madurai\n")
    case("020-creation-bilingual-headers-clean",
         M(20, "zimbra", frm, "Rajesh Kannan", "SSO ID creation - CGST Madurai", when(11, 17, 12, 45), plain,
           [att(x, XLSX_CT, "SSO template bilingual.xlsx")] + sbs(("Saravanan Murugesan", "16/06/1995", "03/11/2025"),
                                                                 ("Anitha Rajendran", "17/07/1998", "03/11/2025"))),
         exp("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Header cells in English with the Hindi in brackets ('First Name (प्रथम नाम)'): brackets are ignored in "
         "matching, so this is the template; clean")
    note("020: header cells such as 'First Name (प्रथम नाम)' read 'First Name' once anything in brackets is ignored, "
         "as template.md says header cells are matched.")

    # 021 ------------------------------------------------------------ reordered columns
    frm = "systems.cgstpune1@icegate.gov.in"
    heads = ["Employee ID", "First Name", "Middle Name", "Last Name", "Mobile No.", "Alternate Email ID", "Designation",
             "Date of Birth (DD/MM/YYYY)", "Date of Joining CBIC (DD/MM/YYYY)", "Commissionerate / Office", "Location",
             "S.No."]
    red = {"First Name", "Last Name", "Mobile No.", "Alternate Email ID", "Designation", "Date of Birth (DD/MM/YYYY)",
           "Date of Joining CBIC (DD/MM/YYYY)", "Commissionerate / Office"}
    x = xlsx_free({1: ["SSO ID template - CGST Pune-I"], 2: heads,
                   3: ["", "Omkar", "", "Kulkarni", "9822011001", "omkar.kulkarni96@gmail.com", "Inspector", "01/06/1996",
                       "03/11/2025", "CGST Pune-I", "Pune", 1],
                   4: ["", "Snehal", "", "Jadhav", "9822011002", "snehal.jadhav97@gmail.com", "Tax Assistant", "02/07/1997",
                       "03/11/2025", "CGST Pune-I", "Pune", 2]}, red_cols=red)
    plain = ("Sir,\n\nPl create SSO IDs for 2 new officers. Template + SB attached.\n\nRegards\n"
             "Superintendent (Systems)\nPrakash Deshmukh\nprakash.deshmukh@icegate.gov.in\n020-26051234\n")
    case("021-creation-template-columns-reordered",
         M(21, "zimbra", frm, "Systems CGST Pune-I", "SSO ID creation", when(11, 18, 10, 0), plain,
           [att(x, XLSX_CT, "SSO ID template.xlsx")] + sbs(("Omkar Kulkarni", "01/06/1996", "03/11/2025"),
                                                          ("Snehal Jadhav", "02/07/1997", "03/11/2025"))),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Columns in another order (Employee ID first, mobile and e-mail before the dates, S.No. last), matched by "
         "header; signature with the designation above the name")

    # 022 ------------------------------------------------------------ renamed template, scan told by text
    frm = "farhana.begum@icegate.gov.in"
    x = tpl([row(1, "Imran", "Khan", "Examiner", "22/02/1995", "10/11/2025", "9830011001", "imrankhan.95@gmail.com",
                 "Kolkata Airport Customs")])
    plain = ("Dear Sir,\n\nRequest to create SSO ID of newly joined Examiner Shri Imran Khan. Details in the attached sheet;\n"
             "scanned service book attached.\n\nThanks and Regards\nFarhana Begum\nAppraiser, NSCBI Airport, Kolkata\n")
    case("022-creation-renamed-template-scan-with-text",
         M(22, "outlook", frm, "Farhana Begum", "SSO ID - new Examiner", when(11, 18, 14, 22), plain,
           [att(x, XLSX_CT, "officers details.xlsx"), att(sb_pdf("Imran Khan", "22/02/1995", "10/11/2025"), PDF,
                                                          "scan0012.pdf")]),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "Template renamed 'officers details.xlsx' (template by its header row); service book 'scan0012.pdf' told by its text layer")

    # 023 ------------------------------------------------------------ image-only scan with a scanner name
    frm = "naveen.kumar@icegate.gov.in"
    x = tpl([row(1, "Pavan", "Reddy", "Inspector", "30/04/1997", "10/11/2025", "9866011001", "pavanreddy97@gmail.com",
                 "Hyderabad Customs")])
    plain = ("Sir,\nKindly create SSO ID for Inspector Pavan Reddy. Template and service book scan attached.\n\n"
             "Naveen Kumar\nSuperintendent\nAir Cargo Complex, Hyderabad\n")
    case("023-creation-image-only-scan-unhelpful-name",
         M(23, "zimbra", frm, "Naveen Kumar", "SSO ID creation request", when(11, 19, 11, 11), plain,
           [att(x, XLSX_CT, "SSO template Pavan.xlsx"), att(scan_pdf(), PDF, "scan0013.pdf")]),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template", "other"]),
         "The service book is an image-only PDF named 'scan0013.pdf': neither its name nor a text layer tells its "
         "kind, so it is other and the service book is missing")

    # 024 ------------------------------------------------------------ joined before birth, born in the future
    frm = "bhupinder.kaur@icegate.gov.in"
    x = tpl([row(1, "Jaspreet", "Sandhu", "Inspector", "14/02/1995", "01/07/1994", "9814011001", "jaspreet.sandhu95@gmail.com",
                 "CGST Amritsar"),
             row(2, "Navdeep", "Brar", "Inspector", "N.A.", "10/11/2025", "9814011002", "navdeep.brar@gmail.com",
                 "CGST Amritsar")])
    plain = ("Sir,\n\nKindly create the SSO IDs for two Inspectors. Template and service books attached.\n\n"
             "Regards,\nBhupinder Kaur\nDeputy Commissioner, CGST Amritsar\n")
    case("024-creation-doj-before-dob-and-dob-na",
         M(24, "zimbra", frm, "Bhupinder Kaur", "SSO ID creation - CGST Amritsar", when(11, 19, 16, 40), plain,
           [att(x, XLSX_CT, "SSO Amritsar.xlsx")] + sbs(("Jaspreet Sandhu", "14/02/1995", "01/07/2019"),
                                                       ("Navdeep Brar", "12/12/1996", "10/11/2025"))),
         exp("icegate", "sso_creation", errors=[(4, "date_of_joining", "invalid_date"), (5, "date_of_birth", "invalid_date")],
             action="request_missing", kinds=["template", "service_book", "service_book"]),
         "Row 4's DOJ (1994) is before its DOB (1995): joined before age 18; row 5's DOB is 'N.A.' (not a date)")
    note("024: when the date of birth is no date at all ('N.A.'), only date_of_birth is reported; the age rule "
         "needs a date of birth to compare with, so it adds nothing on date_of_joining.")

    # 025 ------------------------------------------------------------ JC's certificate instead of the service book
    frm = "sysmgr.mangaluru@icegate.gov.in"
    x = tpl([row(1, "Prajwal", "Shetty", "Inspector", "08/08/1994", "01/10/2025", "9448011001", "prajwal.shetty94@gmail.com",
                 "New Custom House, Mangaluru")])
    plain = ("Sir,\n\nShri Prajwal Shetty, Inspector, has joined on inter-commissionerate transfer from CGST Belagavi;\n"
             "his service book is yet to be received from the parent office. A certificate signed by the Joint\n"
             "Commissioner certifying his name, date of birth and date of joining is enclosed in lieu of the\n"
             "service book along with the template. Kindly create the SSO ID.\n\nRegards,\nSudhir Kamath\n"
             "Superintendent (System Manager)\nNew Custom House, Mangaluru\nsudhir.kamath@icegate.gov.in | 0824-2408713\n")
    case("025-creation-jc-certificate-in-lieu-of-sb",
         M(25, "zimbra", frm, "System Manager Mangaluru", "SSO ID creation - Prajwal Shetty (certificate in lieu of SB)",
           when(11, 20, 10, 20), plain,
           [att(x, XLSX_CT, "SSO_Prajwal.xlsx"),
            att(cert_pdf("Shri Prajwal Shetty, Inspector,", "08/08/1994", "01/10/2025"), PDF, "JC Certificate - Prajwal Shetty.pdf")]),
         exp("generic", "sso_creation", action="review", kinds=["template", "certification_letter"]),
         "A Joint Commissioner's certificate of name, DOB and DOJ comes in place of the service book: DG Systems' discretion")

    # 026 ------------------------------------------------------------ COIN posting via DRI HQ
    frm = "adg.drihq@icegate.gov.in"
    x = tpl([row(1, "Rohan", "Mehta", "Deputy Director", "19/01/1986", "15/12/2011", "9871011001", "rohan.mehta86@gmail.com",
                 "DRI Headquarters (COIN)")])
    plain = ("Sir,\n\nShri Rohan Mehta, Deputy Director, DRI, is presently on a COIN posting as Consul (Customs) at the\n"
             "Consulate General of India, Dubai. His earlier SSO ID was never created. The template and his service\n"
             "book are attached; kindly create the SSO ID and ICEGATE e-mail ID.\n\nRegards,\n"
             "Vandana Rao\nAdditional Director General\nDRI Headquarters, New Delhi\nTel: 011-23314567\n"
             "E-mail: vandana.rao@icegate.gov.in\n")
    case("026-creation-coin-posting-dri-adg",
         M(26, "zimbra", frm, "ADG DRI HQ", "SSO ID creation - officer on COIN posting", when(11, 20, 15, 15), plain,
           [att(x, XLSX_CT, "SSO template COIN.xlsx"), att(sb_pdf("Rohan Mehta", "19/01/1986", "15/12/2011"), PDF,
                                                          "Service Book - Rohan Mehta.pdf")]),
         exp("generic", "sso_creation", action="review", kinds=["template", "service_book"]),
         "DRI HQ's ADG role ID asks for an officer on a COIN posting (Consul (Customs), Dubai) with a complete, "
         "fully signed request: review")
    note("026/027: 'adg.drihq@icegate.gov.in' and 'nodalofficer.drihq@icegate.gov.in' are mailboxes of posts (the ADG "
         "and the Nodal Officer of DRI HQ), i.e. role mailboxes, so generic; triage.md itself calls the nodal "
         "officer's address an 'official generic ID'.")

    # 027 ------------------------------------------------------------ posted abroad
    frm = "nodalofficer.drihq@icegate.gov.in"
    x = tpl([row(1, "Kavitha", "Ramesh", "Additional Director", "03/03/1980", "01/08/2005", "9810011099",
                 "kavitha.ramesh80@gmail.com", "DRI HQ - Embassy of India, Washington DC")])
    plain = ("Sir,\n\nSmt. Kavitha Ramesh, Additional Director, is posted as Counsellor (Customs) at the Embassy of\n"
             "India, Washington DC. Her SSO ID is to be created for accessing ICEGATE mail from abroad. Template and\n"
             "service book attached.\n\nYours faithfully,\nArvind Saxena\nJoint Director (Nodal Officer), DRI HQ\n"
             "arvind.saxena@icegate.gov.in\nPh: 011-23312233\n")
    case("027-creation-posted-outside-india",
         M(27, "zimbra", frm, "Nodal Officer DRI HQ", "Creation of SSO ID - officer posted abroad", when(11, 21, 11, 30), plain,
           [att(x, XLSX_CT, "SSO_template.xlsx"), att(sb_pdf("Kavitha Ramesh", "03/03/1980", "01/08/2005"), PDF,
                                                      "Service Book Kavitha Ramesh.pdf")]),
         exp("generic", "sso_creation", action="review", kinds=["template", "service_book"]),
         "DRI HQ's nodal officer mailbox asks for an officer posted at an Indian Embassy abroad: review")

    # 028 ------------------------------------------------------------ Kochi-style nic.in generic
    frm = "cex11sys.ker@nic.in"
    x = tpl([row(1, "Anoop", "Varghese", "Inspector", "05/05/1996", "03/11/2025", "9447011001", "anoop.varghese96@gmail.com",
                 "CGST Thiruvananthapuram"),
             row(2, "Reshma", "Nair", "Tax Assistant", "06/06/1999", "03/11/2025", "9447011002", "reshma.nair99@gmail.com",
                 "CGST Thiruvananthapuram")])
    plain = ("Sir,\n\nTemplate for creation of SSO ID of two officers and their service book pages are forwarded for\n"
             "necessary action.\n\nRegards,\nSuresh Babu K.\nSuperintendent (EDP)\nCGST Thiruvananthapuram\n"
             "sureshbabu.k@icegate.gov.in\n0471-2471234" + NIC_FOOTER)
    case("028-creation-nic-generic-edp-complete-docs",
         M(28, "nic", frm, "EDP CGST TVM", "SSO ID creation - CGST TVM", when(11, 21, 15, 0), plain,
           [att(x, XLSX_CT, "SSO_TVM.xlsx")] + sbs(("Anoop Varghese", "05/05/1996", "03/11/2025"),
                                                  ("Reshma Nair", "06/06/1999", "03/11/2025")),
           ar=ar_pass("nic.in", "cex11sys.ker", ip="164.100.14.97")),
         exp("generic", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "A Commissionerate's EDP mailbox on nic.in, fully signed, documents complete; NIC footer (mentions login "
         "details); not an ICEGATE sender")

    # 029 ------------------------------------------------------------ individual gov.in
    frm = "r.sundaram@gov.in"
    x = tpl([row(1, "Vignesh", "Sundar", "Inspector", "07/07/1997", "03/11/2025", "9003011001", "vignesh.sundar97@gmail.com",
                 "CGST Coimbatore")])
    plain = ("Sir,\n\nAs my ICEGATE mail is not opening, I am sending this from my gov.in ID. Please create the SSO ID\n"
             "for Inspector Vignesh Sundar; template and service book attached.\n\nR. Sundaram\nAssistant Commissioner\n"
             "CGST Coimbatore" + NIC_FOOTER)
    case("029-creation-individual-gov-in",
         M(29, "nic", frm, "R. Sundaram", "SSO ID creation - Vignesh Sundar", when(11, 24, 9, 45), plain,
           [att(x, XLSX_CT, "SSO template.xlsx"), att(sb_pdf("Vignesh Sundar", "07/07/1997", "03/11/2025"), PDF,
                                                      "Service Book - Vignesh.pdf")],
           ar=ar_pass("gov.in", "r.sundaram", ip="164.100.14.98")),
         exp("personal", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book"]),
         "An AC's individual gov.in address (personal kind) sends a complete request: not from ICEGATE")

    # 030 ------------------------------------------------------------ Reminder-2, Zimbra quote
    frm = "sysmgr.surat@icegate.gov.in"
    quoted = ("Sir,\n\nPFA the template and service books of three Inspectors for creation of SSO IDs.\n\n"
              "Regards,\nK. Jayesh Patel\nSupdt. (Systems), CGST Surat")
    plain = ("Sir,\n\nThis is the second reminder. The request below for creation of SSO IDs of three Inspectors is\n"
             "still pending and the officers are unable to work in ACES. Kindly create the IDs at the earliest.\n\n"
             "Regards,\nK. Jayesh Patel\nSupdt. (Systems), CGST Surat\nM: 98240 55667\nkj.patel@icegate.gov.in\n" +
             q_zimbra('"Sysmgr Surat" <sysmgr.surat@icegate.gov.in>', '"Saksham Seva" <saksham.seva@icegate.gov.in>',
                      "Monday, November 10, 2025 11:02:14 AM", "Creation of SSO ID - 3 Inspectors - CGST Surat", quoted))
    case("030-creation-reminder2-zimbra-quote-no-attachments",
         M(30, "zimbra", frm, "Sysmgr Surat", "Reminder-2: Creation of SSO ID - 3 Inspectors - CGST Surat",
           when(11, 24, 12, 0), plain),
         exp("generic", "sso_creation", missing=["service_book", "template"], action="request_missing"),
         "A second reminder quoting (Zimbra '----- Original Message -----' with '>' lines) the earlier request; this "
         "mail attaches nothing, and triage judges the file on its own")
    note("030/031/115/139: reminders sent as mails of their own are judged alone (triage.md: 'maild triage judges "
         "each file on its own'); their subjects keep the request type, and documents or details that sit only in "
         "quoted text or in earlier mails are missing from the file.")

    # 031 ------------------------------------------------------------ 'any update?' from the phone
    frm = "anil.bhadana@icegate.gov.in"
    quoted = ("Sir,\n\nTemplate and service books of 2 new joinee Inspectors of CGST Dadri are attached for SSO ID creation.\n\n"
              "Anil Bhadana\nSupdt, CGST Dadri")
    plain = ("Any update sir?? officers r waiting since 2 weeks\n\nSent from my Samsung Galaxy smartphone.\n" +
             q_gmail("Tue, 4 Nov 2025 at 10:15", "Anil Bhadana <anil.bhadana@icegate.gov.in>", quoted))
    case("031-creation-any-update-phone-reply",
         M(31, "gmail_app", frm, "Anil Bhadana", "Re: SSO ID creation for new joinee Inspectors - CGST Dadri",
           when(11, 25, 8, 51), plain),
         exp("icegate", "sso_creation", missing=["service_book", "template"], action="request_missing"),
         "'Any update sir??' from a phone, quoting the original request below 'On ... wrote:'; the subject keeps the "
         "request type, the documents are only in the quote")

    # 032 ------------------------------------------------------------ corrected template in an Outlook reply
    frm = "sheetal.rao@icegate.gov.in"
    x = tpl([row(1, "Kiran", "Gowda", "Inspector", "12/12/1996", "03/11/2025", "9845011001", "kiran.gowda96@gmail.com",
                 "Bengaluru Customs")])
    helpdesk = ("Dear Sir/Madam,\n\nThe first name in the template is an initial ('K.'). Kindly send the corrected\n"
                "template along with the service book of the officer.\n\n" + HELPDESK_SIG)
    plain = ("Sir,\n\nCorrected template attached. The service book was sent with our original mail.\n\n"
             "Regards\nSheetal Rao\nAppraiser, Bengaluru Customs\n" +
             q_outlook("Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>", "Monday, November 24, 2025 3:12 PM",
                       "Sheetal Rao <sheetal.rao@icegate.gov.in>", "[SS/2025/11/05521] Details required", helpdesk))
    case("032-creation-outlook-reply-corrected-template-only",
         M(32, "outlook", frm, "Sheetal Rao", "RE: [SS/2025/11/05521] Details required", when(11, 25, 11, 5), plain,
           [att(x, XLSX_CT, "SSO template corrected.xlsx")]),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["template"]),
         "Outlook reply with the corrected template; the service book is named only in the quoted helpdesk mail and "
         "'sent with our original mail', so this file lacks it")

    # 033 ------------------------------------------------------------ empty subject
    frm = "mohan.rao@icegate.gov.in"
    x = tpl([row(1, "Lavanya", "Kumari", "Tax Assistant", "18/10/1999", "10/11/2025", "8500011001", "lavanya.k99@gmail.com",
                 "CGST Visakhapatnam")])
    plain = ("Sir,\n\nPlease find attached the template and service book of newly joined Tax Assistant Kum. Lavanya\n"
             "Kumari for creation of SSO ID and ICEGATE email ID.\n\nMohan Rao\nSupdt., CGST Visakhapatnam\n")
    case("033-creation-empty-subject",
         M(33, "zimbra", frm, "Mohan Rao", "", when(11, 25, 16, 16), plain,
           [att(x, XLSX_CT, "Lavanya.xlsx"), att(sb_pdf("Lavanya Kumari", "18/10/1999", "10/11/2025"), PDF, "SB Lavanya.pdf")]),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "Empty subject; the body asks for creation for a Tax Assistant ('Kum.'); complete")

    # 034 ------------------------------------------------------------ Hindi body, subject 'Urgent', Hindi closing
    frm = "computercell.cgstindore@icegate.gov.in"
    x = tpl([row(1, "Abhishek", "Tiwari", "Inspector", "02/02/1996", "10/11/2025", "9406011001", "abhishek.tiwari96@gmail.com",
                 "CGST Indore"),
             row(2, "Shruti", "Jain", "Inspector", "03/03/1997", "10/11/2025", "9406011002", "shruti.jain97@gmail.com",
                 "CGST Indore")])
    plain = ("महोदय,\n\nकृपया संलग्न टेम्पलेट के अनुसार दो नव नियुक्त निरीक्षकों की SSO ID एवं ICEGATE ई-मेल आईडी बनाने की कृपा करें।\n"
             "दोनों अधिकारियों की सेवा पुस्तिका के प्रथम पृष्ठ की प्रतियाँ संलग्न हैं।\n\n"
             "भवदीय / Yours faithfully,\n\n(रमेश चंद्र शर्मा / Ramesh Chandra Sharma)\n"
             "अधीक्षक (कम्प्यूटर सेल) / Superintendent (Computer Cell)\nसीजीएसटी आयुक्तालय, इंदौर\n"
             "दूरभाष / Tel: 0731-2494512\nई-मेल / E-mail: rc.sharma@icegate.gov.in\n" + DISC_HI)
    case("034-creation-hindi-urgent-subject-hindi-closing",
         M(34, "zimbra", frm, "कम्प्यूटर सेल इंदौर", "Urgent", when(11, 26, 10, 30), plain,
           [att(x, XLSX_CT, "SSO Template Indore.xlsx")] + sbs(("Abhishek Tiwari", "02/02/1996", "10/11/2025"),
                                                              ("Shruti Jain", "03/03/1997", "10/11/2025")), cte="b64"),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Subject 'Urgent', body in Hindi (base64), Devanagari display name; 'भवदीय / Yours faithfully' closing and a "
         "bilingual signature with a landline; Hindi disclaimer")

    # 035 ------------------------------------------------------------ Havaldar and MTS, '/' signature
    frm = "estt.cgstdehradun@icegate.gov.in"
    x = tpl([row(1, "Ram", "Kishan", "Havaldar", "10/01/1992", "01/11/2025", "9412011001", "ramkishan92@gmail.com",
                 "CGST Dehradun"),
             row(2, "Sunita", "Negi", "Multi Tasking Staff (MTS)", "11/02/1998", "01/11/2025", "9412011002",
                 "sunita.negi98@gmail.com", "CGST Dehradun")])
    plain = ("Sir,\n\nKindly create ICEGATE e-mail IDs and SSO IDs for one Havaldar and one MTS of this\n"
             "Commissionerate for e-office work. Template and service book photos attached.\n\nRegards,\n"
             "Praveen Kumar / Administrative Officer / praveen.kumar@icegate.gov.in / 0135-2664417\n")
    case("035-creation-havaldar-mts-slash-signature",
         M(35, "zimbra", frm, "Establishment Dehradun", "SSO ID for Havaldar and MTS", when(11, 26, 14, 45), plain,
           [att(x, XLSX_CT, "SSO_Estt.xlsx"), att(jpeg(5351), JPG, "Service Book Havaldar Ram Kishan.jpg"),
            att(jpeg(5352), JPG, "Service Book MTS Sunita Negi.jpg")]),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Establishment's generic ID asks IDs for a Havaldar and an MTS; signature on one line joined by ' / '")

    # 036 ------------------------------------------------------------ covering letter, no service book
    frm = "prasad.kulkarni@icegate.gov.in"
    x = tpl([row(1, "Aniket", "Patil", "Inspector", "21/09/1996", "17/11/2025", "9960011001", "aniket.patil96@gmail.com",
                 "CGST Kolhapur")])
    cov = covering_pdf("IV/16/07/2025-Sys", ["Sub: Request for creation of SSO ID - reg.",
                                             "Please find enclosed the particulars of the officer in the prescribed format.",
                                             "Assistant Commissioner (Systems)"])
    plain = ("Sir,\n\nForwarding letter and template for SSO ID creation of Inspector Aniket Patil are attached.\n\n"
             "Regards\nPrasad Kulkarni\nAssistant Commissioner (Systems)\nCGST Kolhapur\n")
    case("036-creation-covering-letter-no-service-book",
         M(36, "zimbra", frm, "Prasad Kulkarni", "SSO ID creation - Aniket Patil", when(11, 27, 11, 0), plain,
           [att(cov, PDF, "Forwarding letter.pdf"), att(x, XLSX_CT, "template Aniket.xlsx")]),
         exp("icegate", "sso_creation", missing=["service_book"], action="request_missing", kinds=["other", "template"]),
         "A forwarding letter (other) and the template; no service book")

    # 037 ------------------------------------------------------------ Division's Gmail
    frm = "customsdivision.kakinada@gmail.com"
    x = tpl([row(1, "Sravani", "Pothula", "Preventive Officer", "09/09/1997", "17/11/2025", "9491011001",
                 "sravani.pothula97@gmail.com", "Customs Division, Kakinada")])
    plain = ("Sir,\n\nThe SSO ID creation template and service book of Smt. Sravani Pothula, Preventive Officer, are\n"
             "attached. Kindly create the SSO ID.\n\nRegards,\nB. Ramakrishna\nAssistant Commissioner of Customs\n"
             "Customs Division, Kakinada\nramakrishna.b@icegate.gov.in\n0884-2374512\n")
    case("037-creation-division-gmail-fully-signed",
         M(37, "gmail", frm, "Customs Division Kakinada", "SSO ID creation - Sravani Pothula, PO", when(11, 27, 15, 30), plain,
           [att(x, XLSX_CT, "SSO_Sravani.xlsx"), att(sb_pdf("Sravani Pothula", "09/09/1997", "17/11/2025"), PDF,
                                                     "Service Book Sravani.pdf")],
           ar=ar_pass("gmail.com", "customsdivision.kakinada")),
         exp("generic", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book"]),
         "A Customs Division's office Gmail, fully signed, complete documents: not an ICEGATE sender")

    # 038 ------------------------------------------------------------ signature names only an office
    frm = "sysmgr.icdwhitefield@icegate.gov.in"
    x = tpl([row(1, "Chethan", "Gowda", "Examiner", "14/04/1996", "17/11/2025", "9880011001", "chethan.gowda96@gmail.com",
                 "ICD Whitefield, Bengaluru")])
    plain = ("Sir,\n\nPlease create SSO ID for the new Examiner as per attached template and service book.\n\n"
             "Regards,\nS. Manjunath\nICD Whitefield, Bengaluru\nmanjunath.s@icegate.gov.in\n080-28452233\n")
    case("038-creation-signature-office-line-no-designation",
         M(38, "zimbra", frm, "Sysmgr ICD Whitefield", "SSO ID creation - Examiner", when(11, 28, 10, 40), plain,
           [att(x, XLSX_CT, "Chethan SSO template.xlsx"), att(sb_pdf("Chethan Gowda", "14/04/1996", "17/11/2025"), PDF,
                                                              "Service Book Chethan.pdf")]),
         exp("generic", "sso_creation", missing=["signature_designation"], action="request_missing",
             kinds=["template", "service_book"]),
         "Generic ID signed with name, an office line ('ICD Whitefield, Bengaluru'), individual e-mail and landline: "
         "a line that names only an office is no designation")

    # 039 ------------------------------------------------------------ Yahoo on Android
    frm = "pritam.das1997@yahoo.co.in"
    x = tpl([row(1, "Pritam", "Das", "Inspector", "01/03/1997", "17/11/2025", "7002011001", "pritam.das1997@yahoo.co.in",
                 "CGST Guwahati")])
    plain = ("Sir,\nI am newly joined inspector at CGST Guwahati. pls create my sso id. template n service book attached" +
             YAHOO_ANDROID)
    case("039-creation-yahoo-android-officer",
         M(39, "yahoo_android", frm, "Pritam Das", "SSO ID", when(11, 28, 19, 5), plain,
           [att(x, XLSX_CT, "template.xlsx"), att(jpeg(5391), JPG, "Service book.jpg")],
           ar=ar_pass("yahoo.co.in", "pritam.das1997")),
         exp("personal", "sso_creation", missing=["icegate_sender"], action="request_missing",
             kinds=["template", "service_book"]),
         "A new Inspector from Yahoo Mail on Android, lower-case and unpunctuated, with the template and a service "
         "book photo: not from ICEGATE")

    # 040 ------------------------------------------------------------ DGGI Additional Director with nodal letter
    frm = "sanjeev.malik@icegate.gov.in"
    x = tpl([row(1, "Deepak", "Rawat", "Intelligence Officer", "06/06/1990", "01/04/2016", "9958011001",
                 "deepak.rawat90@gmail.com", "DGGI Headquarters, New Delhi"),
             row(2, "Nidhi", "Chauhan", "Senior Intelligence Officer", "07/07/1987", "01/04/2012", "9958011002",
                 "nidhi.chauhan87@gmail.com", "DGGI Headquarters, New Delhi")])
    letter = pdf(["DIRECTORATE GENERAL OF GST INTELLIGENCE", "OFFICE ORDER No. 19/2025",
                  "Shri Sanjeev Malik, Additional Director, is designated as the Nodal Officer of this Directorate",
                  "for SSO ID and ICEGATE e-mail ID matters with immediate effect."])
    plain = ("Sir,\n\nI have been designated as the Nodal Officer of DGGI HQ for SSO ID matters (copy of the order\n"
             "attached). The template for two officers and their service books are attached for creation of SSO IDs.\n\n"
             "Regards,\nSanjeev Malik\nAdditional Director, DGGI HQ\n")
    case("040-creation-dggi-addl-director-nodal-letter",
         M(40, "zimbra", frm, "Sanjeev Malik", "Creation of SSO IDs - DGGI HQ", when(12, 1, 11, 0), plain,
           [att(letter, PDF, "Nodal officer order.pdf"), att(x, XLSX_CT, "DGGI HQ SSO.xlsx")] +
           sbs(("Deepak Rawat", "06/06/1990", "01/04/2016"), ("Nidhi Chauhan", "07/07/1987", "01/04/2012"))),
         exp("icegate", "sso_creation", kinds=["other", "template", "service_book", "service_book"]),
         "An Additional Director of DGGI (individual ID) attaches the order naming him Nodal Officer (other) with a "
         "complete request")

    # 041 ------------------------------------------------------------ signature e-mail first
    frm = "asm.vizagcus@icegate.gov.in"
    x = tpl([row(1, "Ravi", "Teja", "Examiner", "05/12/1996", "24/11/2025", "9848011001", "raviteja.k96@gmail.com",
                 "Visakhapatnam Customs", mid="Kiran")])
    plain = ("Sir, pl create SSO ID of the Examiner. Docs attached.\n\nThanks,\nravi.teja@icegate.gov.in\n9848012345\n"
             "Ravi Teja\nASM, Visakhapatnam Customs\n")
    case("041-creation-asm-signature-email-first",
         M(41, "zimbra", frm, "ASM Vizag Customs", "SSO ID - Examiner", when(12, 1, 15, 20), plain,
           [att(x, XLSX_CT, "SSO Examiner.xlsx"), att(sb_pdf("Ravi Kiran Teja", "05/12/1996", "24/11/2025"), PDF,
                                                      "Service Book Ravi Kiran Teja.pdf")]),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Alternate System Manager's generic ID; signature in the order e-mail, mobile, name, 'ASM, ...'")

    # 042 ------------------------------------------------------------ one template per officer
    frm = "sysmgr.chennaiair@icegate.gov.in"
    x1 = tpl([row(1, "Karthikeyan", "Selvaraj", "Inspector", "10/10/1995", "24/11/2025", "9444011001",
                  "karthikeyan.s95@gmail.com", "Chennai Air Customs")], titles=())
    x2 = tpl([row(1, "Nivetha", "Balu", "Inspector", "11/11/1997", "24/11/2025", "9444011002", "nivetha.balu97@gmail.com",
                  "Chennai Air Customs")], titles=())
    plain = ("Sir,\n\nTwo templates (one per officer) and their service books are attached for SSO ID creation.\n\n"
             "With regards,\nP. Ilango\nSuperintendent of Customs (Systems)\nChennai Air Customs\n"
             "Mobile: 094440 22113\nE-mail: p.ilango@icegate.gov.in\n")
    case("042-creation-two-templates-one-per-officer",
         M(42, "zimbra", frm, "Sysmgr Chennai Air", "SSO ID creation - 2 Inspectors", when(12, 2, 10, 10), plain,
           [att(x1, XLSX_CT, "Karthikeyan.xlsx"), att(x2, XLSX_CT, "Nivetha.xlsx")] +
           sbs(("Karthikeyan Selvaraj", "10/10/1995", "24/11/2025"), ("Nivetha Balu", "11/11/1997", "24/11/2025"))),
         exp("generic", "sso_creation", kinds=["template", "template", "service_book", "service_book"]),
         "One template per officer (two .xlsx named after the officers) with their service books; mobile '094440 22113' "
         "in the signature")

    # 043 ------------------------------------------------------------ Sender: header of another mailbox
    frm = "rajiv.menon@icegate.gov.in"
    x = tpl([row(1, "Aswathy", "Krishnan", "Examiner", "15/01/1998", "24/11/2025", "9496011001", "aswathy.k98@gmail.com",
                 "Cochin Air Cargo Customs")])
    plain = ("Sir,\n\nKindly create SSO ID for Kum. Aswathy Krishnan, Examiner (template and service book attached).\n\n"
             "Rajiv Menon\nDeputy Commissioner, Air Cargo Complex, Kochi\n")
    case("043-creation-sender-header-other-mailbox",
         M(43, "outlook", frm, "Rajiv Menon", "SSO ID creation - Aswathy Krishnan", when(12, 2, 14, 50), plain,
           [att(x, XLSX_CT, "Aswathy.xlsx"), att(sb_pdf("Aswathy Krishnan", "15/01/1998", "24/11/2025"), PDF,
                                                 "Service Book Aswathy.pdf")],
           extra={"Sender": "Sysmgr Cochin Air <sysmgr.cochinair@icegate.gov.in>"}),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "Sent on behalf (a 'Sender:' header names the System Manager's mailbox) but From: is the DC's own ICEGATE ID; "
         "one From: address, so not ambiguous")
    note("043: triage.md takes the sender from the From: address and calls a mail ambiguous only for several From: "
         "fields/addresses or an ICEGATE address shown in a display name; a Sender: header naming another mailbox is "
         "neither, so the mail is an individual ICEGATE sender's complete request.")

    # 044 ------------------------------------------------------------ Gmail HTML, WhatsApp photos
    frm = "sysmgr.icdagra@icegate.gov.in"
    x = tpl([row(1, "Vaibhav", "Agarwal", "Inspector", "03/08/1996", "24/11/2025", "9837011001", "vaibhav.agarwal96@gmail.com",
                 "ICD Agra")])
    html = ('<div dir="ltr"><div>Sir,</div><div><br></div><div>Kindly create SSO ID of Shri Vaibhav Agarwal, Inspector. '
            'Template and his service book photos attached.</div><div><br></div><div>Regards,</div>'
            '<div>Neeraj Kumar Singh<br>Superintendent (System Manager)<br>ICD Agra<br>Mob: 9837055667<br>'
            'neerajks@icegate.gov.in</div></div>')
    case("044-creation-gmail-html-whatsapp-photos",
         M(44, "gmail", frm, "SYSMGR ICD AGRA", "SSO ID creation", when(12, 3, 10, 5), None,
           [att(x, XLSX_CT, "Vaibhav template.xlsx"), att(jpeg(5441), JPG, "WhatsApp Image 2025-11-28 at 10.42.13.jpeg"),
            att(jpeg(5442), JPG, "WhatsApp Image 2025-11-28 at 10.42.14.jpeg")], html=html, html_only=True),
         exp("generic", "sso_creation", missing=["service_book"], action="request_missing",
             kinds=["template", "other", "other"]),
         "HTML-only Gmail body with a <br> signature; the service book pages are WhatsApp photos whose names tell "
         "nothing (other), so the service book is missing")


# ================================================================= sso_status

def build_status():
    # 045 ------------------------------------------------------------ Gmail, labelled, complete
    frm = "kavitha.subbu79@gmail.com"
    plain = ("Sir/Madam,\n\nI am working as Superintendent in CGST Chennai North since 2009. I am not sure whether an SSO ID\n"
             "was created for me as I was on deputation to DRI during 2016-2022. Kindly check and inform.\n\n"
             "Name: Kavitha Subramaniam\nDesignation: Superintendent\nMobile No.: 94440 56781\n\nThanks & regards,\nKavitha\n")
    case("045-status-gmail-labelled-complete",
         M(45, "gmail", frm, "Kavitha Subramaniam", "Whether SSO ID created in my name", when(11, 4, 20, 10), plain),
         exp("personal", "sso_status"),
         "A Superintendent back from deputation asks from her Gmail whether an SSO ID exists; labelled details")

    # 046 ------------------------------------------------------------ Yahoo Android, running text
    frm = "kavitarao.blr@yahoo.com"
    plain = ("Respected sir, I am Smt. Kavita Rao working as Senior Tax Assistant (STA) in CGST Bengaluru East. pls let\n"
             "me know whether sso id is created in my name or not. my mob 98450-12345. thanking u" + YAHOO_ANDROID)
    case("046-status-yahoo-android-running-text",
         M(46, "yahoo_android", frm, "Kavita Rao", "sso id", when(11, 5, 22, 2), plain,
           ar=ar_pass("yahoo.com", "kavitarao.blr")),
         exp("personal", "sso_status"),
         "Yahoo Mail on Android, one run-on paragraph: name with 'Smt.', designation and a hyphenated mobile in running text")

    # 047 ------------------------------------------------------------ Hindi, Devanagari digits
    frm = "sureshmeena.jpr@rediffmail.com"
    plain = ("महोदय,\n\nकृपया सूचित करें कि मेरे नाम से कोई SSO ID बनी है या नहीं।\n\nनाम: सुरेश चंद मीणा\nपद: कर सहायक\n"
             "मोबाइल: ९४१४० ५६७८९\n\nधन्यवाद\n")
    case("047-status-hindi-devanagari-digit-mobile",
         M(47, "rediff", frm, "Suresh", "एसएसओ आईडी की जानकारी", when(11, 6, 10, 30), plain, cte="b64",
           extra={"Reply-To": frm}, ar=ar_pass("rediffmail.com", "sureshmeena.jpr")),
         exp("personal", "sso_status"),
         "Status enquiry in Hindi from Rediffmail: 'नाम', 'पद' (Tax Assistant in Hindi) and a mobile written in "
         "Devanagari digits")
    note("047: the mobile '९४१४० ५६७८९' is written in Devanagari digits. triage.md defines a mobile by its digits "
         "(ten, starting 6-9, spaces ignored) and Devanagari digits are digits; it reads 9414056789, so the mobile "
         "is given.")

    # 048 ------------------------------------------------------------ lower-case one-liner
    frm = "rameshchand.alwar@gmail.com"
    plain = "sir pls chk if my sso id exist. ramesh chand insp cgst alwar 9414012345\n"
    case("048-status-lowercase-one-liner",
         M(48, "gmail_app", frm, None, "sso", when(11, 6, 23, 48), plain, ar=ar_pass("gmail.com", "rameshchand.alwar")),
         exp("personal", "sso_status"),
         "A one-line lower-case phone mail: 'ramesh chand insp cgst alwar 9414012345' gives name, designation "
         "(abbreviated) and mobile; no display name")

    # 049 ------------------------------------------------------------ landline only
    frm = "mk.saini@outlook.com"
    plain = ("Dear Sir,\n\nPlease inform whether any SSO ID exists in my name.\n\nName: Mahesh Kumar Saini\n"
             "Designation: Inspector, CGST Jaipur\nTel (O): 0141-2385412\n\nRegards\nMahesh\n")
    case("049-status-outlook-com-landline-only",
         M(49, "outlook", frm, "Mahesh Kumar Saini", "SSO ID enquiry", when(11, 7, 10, 45), plain,
           ar=ar_pass("outlook.com", "mk.saini")),
         exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
         "Outlook.com sender whose only number is an office landline written with the STD code")

    # 050 ------------------------------------------------------------ ICEGATE mailbox but unsure of the SSO ID
    frm = "nitin.kaushik@icegate.gov.in"
    plain = ("Sir,\n\nI have an ICEGATE mail ID (this one) but I am not sure whether an SSO ID has been created for\n"
             "me for ACES/GST BO. Kindly check and let me know.\n\nRegards,\nNitin Kaushik\nInspector\n"
             "CGST Range-II, Rohtak\nMob: 7897012345\n")
    case("050-status-icegate-user-unsure-of-sso",
         M(50, "zimbra", frm, "Nitin Kaushik", "Whether SSO ID exists", when(11, 7, 12, 15), plain),
         exp("icegate", "sso_status"),
         "An Inspector with an ICEGATE mailbox asks whether an SSO ID exists for him; signature block")

    # 051 ------------------------------------------------------------ Range Gmail, three officers
    frm = "cgstrange4.ajmer@gmail.com"
    plain = ("Sir,\n\nKindly confirm whether SSO IDs exist in respect of the following officers posted in this Range:\n\n"
             "1. Shri Mukesh Kumar, Inspector, Mob. 9413011221\n2. Smt. Pooja Meena, Inspector, Mob. 9413011222\n"
             "3. Shri Hemant Sharma, Tax Assistant, Mob. 9413011223\n\nRegards,\nSuresh Kumar, Supdt.\n"
             "CGST Range-IV, Ajmer\nsuresh.k1975@gmail.com\nM-9414098765\n")
    case("051-status-range-gmail-three-officers",
         M(51, "gmail", frm, "CGST RANGE IV AJMER", "SSO ID status of officers of Range-IV", when(11, 10, 11, 30), plain,
           ar=ar_pass("gmail.com", "cgstrange4.ajmer")),
         exp("generic", "sso_status"),
         "A Range office's Gmail for three officers listed with designation and mobile; signature 'Name, Supdt.', "
         "personal e-mail, 'M-98...'")

    # 052 ------------------------------------------------------------ nic.in Division, no e-mail in signature
    frm = "cgst-div2-bbsr@nic.in"
    plain = ("Sir,\n\nIt is requested to kindly intimate whether an SSO ID exists for Shri Bikash Ranjan Behera,\n"
             "Superintendent (mobile 9437012345), who joined this Division on transfer.\n\nYours faithfully,\n"
             "Sasmita Mohapatra\nAssistant Commissioner\nCGST Division-II, Bhubaneswar\nPh: 0674-2301234\n" + NIC_FOOTER)
    case("052-status-nic-division-no-individual-email",
         M(52, "nic", frm, "CGST Division II BBSR", "SSO ID existence - Bikash Ranjan Behera", when(11, 10, 15, 5), plain,
           ar=ar_pass("nic.in", "cgst-div2-bbsr", ip="164.100.14.97")),
         exp("generic", "sso_status", missing=["signature_email"], action="request_missing"),
         "A Division's nic.in mailbox; officer's details in one sentence; signature with name, designation and landline "
         "but no individual e-mail")

    # 053 ------------------------------------------------------------ name only in the display name
    frm = "examiner.kolkata@rediffmail.com"
    plain = ("Sir,\n\nKindly check if SSO ID is there in my name.\n\nDesignation: Examiner, Kolkata Customs\n"
             "Mobile: 9433012345\n\nThanks\n")
    case("053-status-name-only-in-display-name",
         M(53, "rediff", frm, "Tapas Kumar Ghosh", "SSO ID check", when(11, 11, 9, 20), plain,
           ar=ar_pass("rediffmail.com", "examiner.kolkata")),
         exp("personal", "sso_status", missing=["name"], action="request_missing"),
         "The officer's name appears only in the From display name, which does not count")

    # 054 ------------------------------------------------------------ no designation
    frm = "priyankadas.kol@gmail.com"
    plain = ("Hello,\n\nI am Priyanka Das. Could you please tell me whether my SSO ID has been created? My mobile is\n"
             "7001234567.\n\nPriyanka\n")
    case("054-status-no-designation",
         M(54, "gmail", frm, "Priyanka Das", "SSO ID created or not?", when(11, 11, 21, 10), plain,
           ar=ar_pass("gmail.com", "priyankadas.kol")),
         exp("personal", "sso_status", missing=["designation"], action="request_missing"),
         "Name and mobile in running text, no designation anywhere")

    # 055 ------------------------------------------------------------ individual gov.in
    frm = "anil.kumar72@gov.in"
    plain = ("Sir,\n\nI am on deputation to the Ministry and use this gov.in ID. Please let me know whether my SSO ID\n"
             "created during my posting at CGST Delhi North still exists.\n\nAnil Kumar\nAssistant Commissioner\n"
             "Mobile: 9868012345" + NIC_FOOTER)
    case("055-status-individual-gov-in",
         M(55, "nic", frm, "Anil Kumar", "Status of SSO ID", when(11, 12, 10, 0), plain,
           ar=ar_pass("gov.in", "anil.kumar72", ip="164.100.14.98")),
         exp("personal", "sso_status"),
         "An AC on deputation asks from his individual gov.in address (personal kind); complete")

    # 056 ------------------------------------------------------------ Hinglish labels
    frm = "vinodyadav.rewari@gmail.com"
    plain = ("Sir ji,\n\nMera SSO ID bana hai ya nahi, pata nahi chal raha. Kripya check karke batayein.\n\n"
             "Naam - Vinod Yadav\nPost - Inspector (CGST Rewari)\nMob - 9812098120\n\nDhanyavad\n")
    case("056-status-hinglish-naam-post-mob",
         M(56, "gmail_app", frm, "Vinod Yadav", "SSO ID bana hai ya nahi", when(11, 12, 19, 40), plain,
           ar=ar_pass("gmail.com", "vinodyadav.rewari")),
         exp("personal", "sso_status"),
         "Hinglish with labels 'Naam -', 'Post -', 'Mob -'")

    # 057 ------------------------------------------------------------ third person, colleague
    frm = "deepika.arora88@gmail.com"
    plain = ("Sir,\n\nMy colleague Shri Arvind Kumar, Examiner at ICD Tughlakabad, is not sure whether an SSO ID has\n"
             "been created for him; he does not have e-mail access at present. His mobile number is 9717012345.\n"
             "Kindly call him.\n\nRegards,\nDeepika Arora\nAppraiser, ICD Tughlakabad\n")
    case("057-status-third-person-colleague",
         M(57, "gmail", frm, "Deepika Arora", "SSO ID of Shri Arvind Kumar, Examiner", when(11, 13, 13, 25), plain,
           ar=ar_pass("gmail.com", "deepika.arora88")),
         exp("personal", "sso_status"),
         "An Appraiser asks for a colleague in the third person: his name, designation and mobile in running text")

    # 058 ------------------------------------------------------------ +91 with hyphens, Outlook for Android
    frm = "harish.negi@outlook.com"
    plain = ("Sir,\nI want to know if SSO ID exists in my name.\nHarish Negi, Preventive Officer, Customs Division Dehradun\n"
             "+91-94120-56781" + OUTLOOK_ANDROID)
    case("058-status-outlook-android-plus91-hyphens",
         M(58, "outlook_android", frm, "Harish Negi", "SSO ID", when(11, 13, 18, 5), plain,
           ar=ar_pass("outlook.com", "harish.negi")),
         exp("personal", "sso_status"),
         "Outlook for Android: 'Name, Designation, Office' on one line and '+91-94120-56781'")

    # 059 ------------------------------------------------------------ nine-digit mobile and a landline
    frm = "bhavesh.vyas@yahoo.in"
    plain = ("Respected Sir,\n\nKindly confirm if SSO ID is created for me.\nName: Bhavesh Vyas\nDesignation: Inspector\n"
             "Mobile: 98250 1234\nOffice: 0265-2432101\n\nRegards\n")
    case("059-status-nine-digit-mobile-and-landline",
         M(59, "yahoo", frm, "Bhavesh Vyas", "SSO ID confirmation", when(11, 14, 11, 5), plain,
           ar=ar_pass("yahoo.in", "bhavesh.vyas")),
         exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
         "The 'Mobile' has nine digits and the other number is an office landline with STD code: no mobile")

    # 060 ------------------------------------------------------------ Yahoo reply giving the details asked
    frm = "sangeeta.m1980@yahoo.co.in"
    helpdesk = ("Dear Madam,\n\nTo check whether an SSO ID exists in your name, kindly send your name, designation and\n"
                "mobile number.\n\n" + HELPDESK_SIG)
    plain = ("Sir,\nName: Sangeeta Mishra\nDesignation: Superintendent, CGST Bhopal\nMobile: 9425098765" + YAHOO_ANDROID +
             "\n\n" + q_gmail("Fri, 14 Nov 2025 at 4:05 pm", "Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>",
                              helpdesk))
    case("060-status-yahoo-reply-details-given",
         M(60, "yahoo_android", frm, "Sangeeta Mishra", "Re: [SS/2025/11/04410] Whether SSO ID exists - details required",
           when(11, 14, 19, 0),
           plain, ar=ar_pass("yahoo.co.in", "sangeeta.m1980")),
         exp("personal", "sso_status"),
         "A Yahoo-on-Android reply above the quoted helpdesk mail that asked for the details; the new text gives them "
         "and the subject names the request")

    # 061 ------------------------------------------------------------ Thunderbird reply, name and designation only quoted
    frm = "jose.thomas75@gmail.com"
    earlier = ("Sir,\n\nPlease check whether SSO ID exists for me.\nName: Jose Thomas\nDesignation: Appraiser\n\nJose")
    plain = ("Sir, my mobile number is 9447098765. Please call.\n\n" +
             q_tb("17/11/25 10:20 AM", "Jose Thomas", earlier))
    case("061-status-thunderbird-reply-mobile-only-new",
         M(61, "tb", frm, "Jose Thomas", "Re: SSO ID exists?", when(11, 17, 12, 40), plain,
           ar=ar_pass("gmail.com", "jose.thomas75")),
         exp("personal", "sso_status", missing=["designation", "name"], action="request_missing"),
         "Thunderbird reply: the new text gives only the mobile; name and designation are only in the quoted earlier mail")

    # 062 ------------------------------------------------------------ Outlook reply, mobile only in the quote
    frm = "rekha.pillai@icegate.gov.in"
    earlier = ("Sir,\n\nKindly check whether an SSO ID exists for Smt. Rekha Pillai.\nMobile: 9446012399\n")
    plain = ("Sir,\n\nMy designation is Superintendent and my name is Rekha Pillai. Kindly check whether an SSO ID exists\n"
             "in my name.\n\nRegards\n" +
             q_outlook("Rekha Pillai <rekha.pillai@icegate.gov.in>", "Monday, November 17, 2025 9:40 AM",
                       "saksham.seva@icegate.gov.in", "SSO ID status", earlier, style="line"))
    case("062-status-outlook-reply-mobile-only-quoted",
         M(62, "outlook", frm, "Rekha Pillai", "RE: SSO ID status", when(11, 18, 10, 15), plain),
         exp("icegate", "sso_status", missing=["mobile"], action="request_missing"),
         "Outlook reply (underscore rule, From/Sent block): the mobile is only in the quoted earlier mail")

    # 063 ------------------------------------------------------------ '0 98290 45123' and an alternate e-mail
    frm = "gaurav.tyagi84@gmail.com"
    plain = ("Sir,\n\nPlease verify whether any SSO ID/ICEGATE ID exists in my name.\n\nGaurav Tyagi\n"
             "Superintendent, CGST Meerut\nMob: 0 98370 45123\nAlternate mail: gtyagi.cgst@yahoo.com\n")
    case("063-status-zero-prefixed-spaced-mobile",
         M(63, "gmail", frm, "Gaurav Tyagi", "SSO ID verification", when(11, 18, 14, 30), plain,
           ar=ar_pass("gmail.com", "gaurav.tyagi84")),
         exp("personal", "sso_status"),
         "Mobile written '0 98370 45123' (0 prefix, spaces); signature block gives name and designation")

    # 064 ------------------------------------------------------------ office mailbox given as the individual e-mail
    frm = "sysmgr.jaipurcus@icegate.gov.in"
    plain = ("Sir,\n\nKindly check whether SSO ID exists for Shri Lalit Sharma, Preventive Officer, mobile 9829076543.\n\n"
             "Regards,\nDinesh Khandelwal\nSuperintendent (System Manager)\nJaipur Customs\n"
             "E-mail: edi.jaipur@icegate.gov.in\nMob: 9414076543\n")
    case("064-status-sysmgr-office-mailbox-as-email",
         M(64, "zimbra", frm, "Sysmgr Jaipur Customs", "SSO ID status - Lalit Sharma PO", when(11, 19, 10, 50), plain),
         exp("generic", "sso_status", missing=["signature_email"], action="request_missing"),
         "System Manager's generic ID signs with the EDI section's mailbox as e-mail: an office mailbox is no "
         "individual e-mail ID")

    # 065 ------------------------------------------------------------ Outlook HTML-only from outlook.com
    frm = "anjali.bhatt@outlook.com"
    html = ('<html><body lang="EN-IN"><div class="WordSection1"><p class="MsoNormal">Dear Sir,</p>'
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kindly let me know whether an SSO ID exists in my '
            'name; I joined CBIC in 2012 but never used ACES.</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Regards,</p><table border="0" cellpadding="0"><tr><td>'
            '<p class="MsoNormal"><b>Anjali Bhatt</b></p><p class="MsoNormal">Inspector</p>'
            '<p class="MsoNormal">CGST Ahmedabad South</p><p class="MsoNormal">Mobile: 9909012345</p></td>'
            '<td><img src="cid:sigphoto@01DC" width="64"></td></tr></table></div></body></html>')
    inl = [att(make_png(64, 64, 120), PNG, "sig.png", disp="inline", cid="sigphoto@01DC", name_in_ct=False,
               fn_in_cd=False)]
    case("065-status-outlook-html-only-table-unnamed-image",
         M(65, "outlook_html", frm, "Anjali Bhatt", "SSO ID", when(11, 19, 16, 0), None, html=html, html_only=True,
           inline_parts=inl, ar=ar_pass("outlook.com", "anjali.bhatt")),
         exp("personal", "sso_status"),
         "HTML-only Outlook mail with the signature in a table and an inline photo that has no file name (not an attachment)")

    # 066 ------------------------------------------------------------ Havaldar in Hindi
    frm = "omprakash.havaldar@gmail.com"
    plain = ("सेवा में,\nसक्षम सेवा हेल्पडेस्क\n\nमहोदय,\nमेरी SSO ID बनी है या नहीं, कृपया बताने का कष्ट करें।\n\n"
             "नाम: ओम प्रकाश\nपदनाम: हवलदार, सीमा शुल्क मंडल, बाड़मेर\nमोबाइल नंबर: 9460012345\n\nभवदीय\nओम प्रकाश\n")
    case("066-status-hindi-havaldar",
         M(66, "gmail_app", frm, "Om Prakash", "SSO ID के संबंध में", when(11, 20, 9, 10), plain, cte="b64",
           ar=ar_pass("gmail.com", "omprakash.havaldar")),
         exp("personal", "sso_status"),
         "A Havaldar writes in Hindi ('सेवा में' address block) with Hindi labels")

    # 067 ------------------------------------------------------------ several officers in a text table
    frm = "sysmgr.tuticorin2@icegate.gov.in"
    plain = ("Sir,\n\nKindly intimate whether SSO IDs exist for the following officers who joined on transfer:\n\n"
             "S.No | Name              | Designation  | Mobile      | Office\n"
             "1    | R. Muthukumar     | Examiner     | 9443056781  | Tuticorin CH\n"
             "2    | S. Jeyalakshmi    | Appraiser    | 9443056782  | Tuticorin CH\n"
             "3    | P. Arumugam       | Havaldar     | 9443056783  | Tuticorin CH\n\n"
             "Regards,\nM. Ganesan\nAppraiser (System Manager)\nV.O.C. Custom House, Tuticorin\n"
             "m.ganesan@icegate.gov.in | 0461-2352205\n")
    case("067-status-several-officers-text-table",
         M(67, "zimbra", frm, "Sysmgr Tuticorin", "SSO ID existence - 3 officers", when(11, 20, 11, 55), plain),
         exp("generic", "sso_status"),
         "System Manager's generic ID lists three officers in a '|' text table (name, designation, mobile); "
         "'e-mail | landline' signature line")

    # 068 ------------------------------------------------------------ subject 'Reg.'
    frm = "karan.malhotra@icegate.gov.in"
    plain = ("Sir,\n\nWhether SSO ID has been generated in respect of me? I was issued this ICEGATE mail ID in 2019 but\n"
             "never got SSO credentials.\n\nName: Karan Malhotra\nDesignation: Inspector, CGST Panchkula\n"
             "Mobile: 9876054321\n")
    case("068-status-subject-reg",
         M(68, "zimbra", frm, "Karan Malhotra", "Reg.", when(11, 21, 10, 20), plain),
         exp("icegate", "sso_status"),
         "Subject 'Reg.' that says nothing; the body asks whether an SSO ID was generated")

    # 069 ------------------------------------------------------------ nothing given
    frm = "s.balaji.cbic@gmail.com"
    plain = "Sir is there any sso id in my name" + IPHONE_FOOT
    case("069-status-iphone-no-details",
         M(69, "iphone", frm, "Balaji S", "", when(11, 21, 22, 30), plain, ar=ar_pass("gmail.com", "s.balaji.cbic")),
         exp("personal", "sso_status", missing=["designation", "mobile", "name"], action="request_missing"),
         "One line from an iPhone with an empty subject: no name (display name does not count), designation or mobile")

    # 070 ------------------------------------------------------------ Hindi running text
    frm = "ankitkumar.ta@gmail.com"
    plain = ("महोदय,\n\nमेरा नाम अंकित कुमार है, मैं केंद्रीय जीएसटी पटना में कर सहायक के पद पर कार्यरत हूँ। कृपया बताएं कि मेरी\n"
             "SSO ID बनी है या नहीं। मेरा मोबाइल नंबर 9576012345 है।\n\nधन्यवाद\n")
    case("070-status-hindi-running-text",
         M(70, "gmail", frm, "Ankit Kumar", "SSO ID", when(11, 24, 10, 5), plain, cte="b64",
           ar=ar_pass("gmail.com", "ankitkumar.ta")),
         exp("personal", "sso_status"),
         "Hindi running text: 'मेरा नाम ... है', 'कर सहायक के पद पर', 'मेरा मोबाइल नंबर ... है'")

    # 071 ------------------------------------------------------------ ALL CAPS signature
    frm = "rajendraprasad.ldc@gmail.com"
    plain = ("SIR,\n\nKINDLY INFORM WHETHER SSO ID IS CREATED IN MY NAME.\n\nRAJENDRA PRASAD\nLDC\nCGST HQ PATNA\n"
             "MOB 9431012345\n")
    case("071-status-all-caps-ldc",
         M(71, "gmail", frm, "RAJENDRA PRASAD", "SSO ID", when(11, 24, 15, 0), plain,
           ar=ar_pass("gmail.com", "rajendraprasad.ldc")),
         exp("personal", "sso_status"),
         "All in capitals; the signature gives name, 'LDC', office and 'MOB 94...'")

    # 072 ------------------------------------------------------------ display name shows an ICEGATE address
    frm = "kprasad.vzg@gmail.com"
    plain = ("Sir,\n\nPlease check if SSO ID exists for me.\nName: K. Prasad\nDesignation: Superintendent\n"
             "Mobile: 9440098765\n")
    case("072-status-display-name-icegate-address-gmail",
         M(72, "gmail", frm, None, "SSO ID status", when(11, 25, 9, 0), plain,
           frm_header='"k.prasad@icegate.gov.in" <kprasad.vzg@gmail.com>', ar=ar_pass("gmail.com", "kprasad.vzg")),
         exp("personal", "sso_status", action="review"),
         "From: '\"k.prasad@icegate.gov.in\" <kprasad.vzg@gmail.com>': a display name showing an ICEGATE address "
         "while the address is a Gmail one is an ambiguous sender")

    # 073 ------------------------------------------------------------ ICEGATE sender, dmarc=fail
    frm = "vikas.chaudhary@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n"
           "\tspf=softfail (mx.icegate.gov.in: domain of transitioning vikas.chaudhary@icegate.gov.in does not "
           "designate 103.21.58.14 as permitted sender) smtp.mailfrom=vikas.chaudhary@icegate.gov.in;\n"
           "\tdmarc=fail (p=quarantine dis=none) header.from=icegate.gov.in")
    plain = ("Sir,\n\nPlease confirm if my SSO ID exists.\n\nName: Vikas Chaudhary\nDesignation: Inspector\n"
             "Mobile: 9897012345\n")
    case("073-status-icegate-dmarc-fail",
         M(73, "gmail", frm, "Vikas Chaudhary", "SSO ID exists?", when(11, 25, 23, 40), plain, ar=arh),
         exp("icegate", "sso_status", action="review"),
         "An ICEGATE From: whose trusted Authentication-Results says dmarc=fail (spf softfail, no DKIM): review")

    # 074 ------------------------------------------------------------ 'Cell:' with dots
    frm = "mohd.irfan1979@rediffmail.com"
    plain = ("Sir,\n\nKindly tell whether SSO ID exists in my name.\n\nMohd. Irfan\nSenior Tax Assistant\n"
             "CGST Kanpur\nCell: 98390.45123\n")
    case("074-status-rediff-cell-with-dots",
         M(74, "rediff", frm, "Mohd Irfan", "Regarding SSO ID", when(11, 26, 12, 10), plain,
           ar=ar_pass("rediffmail.com", "mohd.irfan1979")),
         exp("personal", "sso_status"),
         "Mobile written with a dot ('Cell: 98390.45123'), name with 'Mohd.'")

    # 075 ------------------------------------------------------------ intercom and landline only, generic
    frm = "edi.vizagport@icegate.gov.in"
    plain = ("Sir,\n\nKindly intimate whether an SSO ID exists for Shri B. Koteswara Rao, Examiner (Mobile 9490012345).\n\n"
             "Regards,\nCh. Lakshmi\nSuperintendent (EDI)\nVisakhapatnam Customs\nch.lakshmi@icegate.gov.in\n"
             "Contact: Intercom 2231 / 0891-2562295\n")
    case("075-status-edi-landline-contact",
         M(75, "zimbra", frm, "EDI Vizag Port", "SSO ID of Shri B. Koteswara Rao", when(11, 26, 15, 40), plain),
         exp("generic", "sso_status"),
         "EDI section's generic ID; the signature's contact number is an intercom and a landline (a landline counts)")

    # 076 ------------------------------------------------------------ gov.in generic, 'Sd/-' and its own address
    frm = "systems.wzumumbai@gov.in"
    plain = ("Sir,\n\nIt is requested to intimate whether SSO ID exists for the following officer of this unit:\n"
             "Name: Shri Ajit Pawar\nDesignation: Assistant Programmer\nMobile: 9820076543\n\nYours faithfully,\n"
             "Sd/-\nAssistant Director (Systems)\nsystems.wzumumbai@gov.in\n022-20825140\n" + NIC_FOOTER)
    case("076-status-gov-in-generic-sd-own-address",
         M(76, "nic", frm, "ADG Systems WZU", "SSO ID status - Ajit Pawar", when(11, 27, 11, 30), plain,
           ar=ar_pass("gov.in", "systems.wzumumbai", ip="164.100.14.98")),
         exp("generic", "sso_status", missing=["signature_email", "signature_name"], action="request_missing"),
         "A Systems unit's gov.in mailbox signs 'Sd/-' with only a designation, its own mailbox address and a landline")


# ================================================================= password_reset

def ar_fail(local, domain="icegate.gov.in", mx="mx.icegate.gov.in", kind="dmarc"):
    """The receiving server's Authentication-Results for a mail that fails in the given way."""
    if kind == "dmarc":
        return (f"Authentication-Results: {mx};\n\tdkim=none (no signature);\n"
                f"\tspf=fail ({mx}: domain of {local}@{domain} does not designate 185.234.219.7 as permitted sender)"
                f" smtp.mailfrom={local}@{domain};\n\tdmarc=fail (p=none dis=none) header.from={domain}")
    if kind == "spf":
        return (f"Authentication-Results: {mx};\n\tspf=fail smtp.mailfrom={local}@{domain};\n\tdkim=none;\n"
                f"\tdmarc=none header.from={domain}")
    return (f"Authentication-Results: {mx};\n\tdkim=pass header.d=sendgrid.net header.s=s1 header.b=Kp2rT8wx;\n"
            f"\tspf=pass (sender SPF authorized) smtp.mailfrom=bounces+771@em1234.sendgrid.net;\n"
            f"\tdmarc=none header.from={domain}")


def build_reset():
    # 077 ------------------------------------------------------------ labelled, complete
    frm = "prakash.jha@icegate.gov.in"
    plain = ("Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset the same.\n\nName: Prakash Jha\n"
             "Designation: Superintendent, CGST Darbhanga Division\nSSO ID: 30915476\nMobile No.: 9431056789\n\n"
             "Regards,\nPrakash Jha\n")
    case("077-reset-zimbra-labelled-complete",
         M(77, "zimbra", frm, "Prakash Jha", "Password reset of SSO ID", when(11, 3, 10, 40), plain),
         exp("icegate", "password_reset"),
         "Reset from the officer's own ICEGATE ID with labelled name, designation, SSO ID and mobile")

    # 078 ------------------------------------------------------------ Hindi labels throughout
    frm = "rambabu.gupta@icegate.gov.in"
    plain = ("महोदय,\n\nमैं अपनी एसएसओ आईडी का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करने की कृपा करें।\n\n"
             "नाम: श्री राम बाबू गुप्ता\nपदनाम: निरीक्षक, केंद्रीय जीएसटी आगरा\nएसएसओ आईडी: 40981234\nमोबाइल: 9412098765\n\n"
             "सधन्यवाद,\nराम बाबू गुप्ता\n")
    case("078-reset-hindi-labels-complete",
         M(78, "zimbra", frm, "राम बाबू गुप्ता", "पासवर्ड रीसेट हेतु अनुरोध", when(11, 4, 11, 20), plain, cte="b64"),
         exp("icegate", "password_reset"),
         "Reset wholly in Hindi: 'एसएसओ आईडी:' label, designation 'निरीक्षक'; B-encoded subject and name")

    # 079 ------------------------------------------------------------ Outlook for Android, terse
    frm = "ravi.shankar@icegate.gov.in"
    plain = "Pl reset my sso pwd. SSO ID 30219876. Ravi Shankar, Examiner, ICD Patparganj. 9810098100" + OUTLOOK_ANDROID
    case("079-reset-outlook-android-terse",
         M(79, "outlook_android", frm, "Ravi Shankar", "sso pwd", when(11, 4, 8, 5), plain),
         exp("icegate", "password_reset"),
         "One line from Outlook for Android: 'pwd', 'SSO ID 3021...', name, designation and mobile run together")

    # 080 ------------------------------------------------------------ no SSO ID, no alternate e-mail
    frm = "sunil.bhardwaj@icegate.gov.in"
    plain = ("Sir,\n\nI am unable to login to ACES as I have forgotten my password. Kindly reset.\n\n"
             "Sunil Bhardwaj\nSuperintendent\nCGST Division Solan\nMob: 9418012345\n")
    case("080-reset-no-sso-id-no-alternate",
         M(80, "zimbra", frm, "Sunil Bhardwaj", "Forgot password", when(11, 5, 10, 0), plain),
         exp("icegate", "password_reset", missing=["sso_id"], action="request_missing"),
         "Reset with name, designation and mobile but neither the SSO ID nor an alternate e-mail")

    # 081 ------------------------------------------------------------ 'User ID: RK.MEENA'
    frm = "rk.meena@icegate.gov.in"
    plain = ("Respected Sir,\n\nMy password has expired and I do not remember the old one. Please reset.\n\n"
             "User ID: RK.MEENA\nName: Ram Kishore Meena\nDesignation: Appraiser\nMobile: 9829011223\n")
    case("081-reset-user-id-dotted-letters",
         M(81, "zimbra", frm, "R K Meena", "Reset password", when(11, 5, 14, 30), plain),
         exp("icegate", "password_reset"),
         "The SSO ID is letters with a dot under the label 'User ID'")

    # 082 ------------------------------------------------------------ "Login ID - 'SHARMA.AK'"
    frm = "ak.sharma@icegate.gov.in"
    plain = ("Sir,\nKindly reset password of my login ID - 'SHARMA.AK'.\nA.K. Sharma, Dy. Commr., CGST Bhiwadi\n"
             "Mobile 94140 66778\n")
    case("082-reset-login-id-quoted",
         M(82, "zimbra", frm, "A K Sharma", "Password", when(11, 6, 9, 50), plain),
         exp("icegate", "password_reset"),
         "'login ID - 'SHARMA.AK'' quoted; name with initials and 'Dy. Commr.' on one line, mobile below")

    # 083 ------------------------------------------------------------ 'SSO ID No.'
    frm = "suman.lata@icegate.gov.in"
    plain = ("Sir/Madam,\n\nPlease reset the password of my SSO ID No. 50123498 as I have lost it.\n\nSuman Lata\n"
             "Executive Assistant\nCGST Hisar\nMobile: 9416012345\n")
    case("083-reset-sso-id-no",
         M(83, "zimbra", frm, "Suman Lata", "Lost password", when(11, 6, 12, 12), plain),
         exp("icegate", "password_reset"),
         "'my SSO ID No. 50123498' in the sentence; an Executive Assistant")

    # 084 ------------------------------------------------------------ 'my SSO ID is ...'
    frm = "rohit.kapoor@icegate.gov.in"
    plain = ("Dear Sir,\n\nI forgot my ACES password. my SSO ID is 30567123. I am Rohit Kapoor, Inspector at CGST\n"
             "Ludhiana, and my mobile no is 9815012345. Please reset it.\n\nThanks\n")
    case("084-reset-my-sso-id-is-running-text",
         M(84, "zimbra", frm, "Rohit Kapoor", "ACES password", when(11, 7, 10, 35), plain),
         exp("icegate", "password_reset"),
         "Every detail in running text: 'my SSO ID is 30567123.', 'I am ..., Inspector', 'my mobile no is ...'")

    # 085 ------------------------------------------------------------ 'my SSO ID is locked'
    frm = "nisha.thakur@icegate.gov.in"
    plain = ("Sir,\n\nmy SSO ID is locked after wrong password attempts. Kindly reset the password.\n\nNisha Thakur\n"
             "Inspector, CGST Shimla\n9418054321\n")
    case("085-reset-sso-id-is-locked-no-id",
         M(85, "zimbra", frm, "Nisha Thakur", "SSO ID locked", when(11, 7, 15, 45), plain),
         exp("icegate", "password_reset", missing=["sso_id"], action="request_missing"),
         "'my SSO ID is locked': a status word, not an SSO ID; no alternate e-mail either")

    # 086 ------------------------------------------------------------ alternate e-mail instead
    frm = "anil.k.sharma@icegate.gov.in"
    plain = ("Sir,\n\nPlease reset my SSO password; I don't remember my SSO ID either.\n\nName: Anil Kumar Sharma\n"
             "Designation: Superintendent\nAlternate mail: sharma.ak71@yahoo.co.in\nMobile: 9829012312\n")
    case("086-reset-alternate-mail-instead",
         M(86, "zimbra", frm, "Anil Kumar Sharma", "SSO password reset", when(11, 10, 10, 10), plain),
         exp("icegate", "password_reset"),
         "No SSO ID but an alternate e-mail ID labelled 'Alternate mail'")

    # 087 ------------------------------------------------------------ 'I, Smt. ...' and +91 with spaces
    frm = "geetha.k@icegate.gov.in"
    plain = ("Sir,\n\nI, Smt. Geetha K, Examiner, Cochin Custom House, request you to reset the password of my SSO ID\n"
             "(SSO ID: 20457812). I can be reached at +91 94470 12345.\n\nThanking you\n")
    case("087-reset-i-smt-plus91-spaces",
         M(87, "zimbra", frm, "Geetha K", "Reset of password", when(11, 10, 12, 0), plain),
         exp("icegate", "password_reset"),
         "'I, Smt. Geetha K, Examiner, ...' and '+91 94470 12345' in running text")

    # 088 ------------------------------------------------------------ personal Gmail, complete
    frm = "manojtiwari.cbic@gmail.com"
    plain = ("Sir,\n\nMy ICEGATE mail is not opening as I forgot the password, so I am writing from Gmail. Kindly reset\n"
             "the SSO ID password.\n\nName: Manoj Tiwari\nDesignation: Inspector\nSSO ID: 30876512\nMobile: 9450012345\n")
    case("088-reset-gmail-complete-not-icegate",
         M(88, "gmail", frm, "Manoj Tiwari", "Password reset - SSO ID 30876512", when(11, 11, 20, 5), plain,
           ar=ar_pass("gmail.com", "manojtiwari.cbic")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
         "Complete reset details from a personal Gmail: not from the ICEGATE ID")

    # 089 ------------------------------------------------------------ forgot SSO ID, Rediff, nothing else
    frm = "sanjeev.k.1968@rediffmail.com"
    plain = ("Sir\nI forgot my SSO ID and password both. I am Sanjeev Kumar, Superintendent, CGST Varanasi, mobile\n"
             "9415098765. kindly help.\n")
    case("089-reset-rediff-forgot-sso-id",
         M(89, "rediff", frm, "Sanjeev Kumar", "forgot sso id", when(11, 11, 21, 30), plain,
           ar=ar_pass("rediffmail.com", "sanjeev.k.1968")),
         exp("personal", "password_reset", missing=["icegate_sender", "sso_id"], action="request_missing"),
         "'I forgot my SSO ID and password' from Rediffmail: no SSO ID, no alternate e-mail (the sender's own address "
         "does not count), not ICEGATE")

    # 090 ------------------------------------------------------------ System Manager for an officer
    frm = "sysmgr.nagpur@icegate.gov.in"
    plain = ("Sir,\n\nSh. Amol Wankhede, Inspector, CGST Nagpur-II, has forgotten his SSO password. His details:\n"
             "SSO ID - 30765432\nMobile - 9822054321\nKindly reset.\n\nRegards,\nSmita Deshpande\n"
             "Superintendent (Systems)\nCGST Nagpur\nsmita.deshpande@icegate.gov.in\n0712-2565432\n")
    case("090-reset-sysmgr-for-officer-full-signature",
         M(90, "zimbra", frm, "Sysmgr Nagpur", "Password reset - Amol Wankhede", when(11, 12, 11, 0), plain),
         exp("generic", "password_reset"),
         "System Manager's generic ICEGATE ID asks for an officer (details in running text and 'SSO ID -' lines); "
         "full signature with a Nagpur landline (STD 0712)")

    # 091 ------------------------------------------------------------ System Manager, no contact number
    frm = "sysmgr.bhopal@icegate.gov.in"
    plain = ("Sir,\n\nKindly reset the SSO ID password of Smt. Rachna Tiwari, Inspector (SSO ID 40765123, mobile\n"
             "9425076543).\n\nRegards,\nAlok Saxena\nSupdt. (Systems)\nalok.saxena@icegate.gov.in\n")
    case("091-reset-sysmgr-no-contact-number",
         M(91, "zimbra", frm, "Sysmgr Bhopal", "Reset password - Rachna Tiwari", when(11, 12, 16, 20), plain),
         exp("generic", "password_reset", missing=["signature_phone"], action="request_missing"),
         "System Manager's generic ID signs with name, designation and e-mail but no contact number")

    # 092 ------------------------------------------------------------ nic.in generic for an officer
    frm = "cex15sys.ker@nic.in"
    plain = ("Sir,\n\nThe officer below has requested reset of SSO ID password.\nName: Shri Biju Joseph\n"
             "Designation: Superintendent\nSSO ID: 20981234\nMobile: 9447065432\n\nRegards,\nAnitha P.\n"
             "Inspector (Computer Cell)\nCGST Kochi\nanitha.p@icegate.gov.in\n0484-2390404" + NIC_FOOTER)
    case("092-reset-nic-computer-cell-for-officer",
         M(92, "nic", frm, "Computer Cell Kochi", "Reset of SSO password - Biju Joseph", when(11, 13, 10, 30), plain,
           ar=ar_pass("nic.in", "cex15sys.ker", ip="164.100.14.97")),
         exp("generic", "password_reset", missing=["icegate_sender"], action="request_missing"),
         "Kochi's computer cell mailbox on nic.in (named in the Kochi circular) asks for an officer; fully signed; not ICEGATE")

    # 093 ------------------------------------------------------------ activation after long leave
    frm = "madhuri.patil@icegate.gov.in"
    plain = ("Sir,\n\nI was on child care leave for one year and my SSO ID has become inactive. Kindly activate it.\n\n"
             "Name: Madhuri Patil\nDesignation: Inspector\nSSO ID: 30123987\nMobile: 9850012345\n")
    case("093-reset-activation-inactive-after-leave",
         M(93, "zimbra", frm, "Madhuri Patil", "Request", when(11, 13, 14, 40), plain),
         exp("icegate", "password_reset"),
         "Subject 'Request'; activation of an SSO ID that became inactive during leave")

    # 094 ------------------------------------------------------------ ICEGATE mailbox inactive
    frm = "harpal.singh@icegate.gov.in"
    plain = ("Sir,\n\nMy ICEGATE mailbox is showing 'account inactive' since last week. Kindly activate it.\n"
             "Name: Harpal Singh, Designation: Preventive Officer, SSO ID: 20345123, Mobile: 9888012345\n")
    case("094-reset-icegate-mailbox-inactive",
         M(94, "zimbra", frm, "Harpal Singh", "ICEGATE mail inactive", when(11, 14, 9, 25), plain),
         exp("icegate", "password_reset"),
         "Activation of an inactive ICEGATE mailbox; all labels on one comma-separated line")

    # 095 ------------------------------------------------------------ dmarc=fail on top, forged pass below
    frm = "sudhir.yadav@icegate.gov.in"
    forged = ("Received: from mail.kenthost-smtp.com (unknown [185.234.219.7])\n\tby mx.icegate.gov.in (Postfix) with ESMTP id 9F1E2D3C4B\n"
              f"\tfor <{HELPDESK}>; Sat, 15 Nov 2025 02:14:09 +0530 (IST)\n"
              "Authentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass "
              "smtp.mailfrom=icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
    plain = ("Sir,\n\nUrgent. Reset my SSO password and send the new password to this mail.\n\nName: Sudhir Yadav\n"
             "Designation: Superintendent\nSSO ID: 30987651\nMobile: 9811054321\n")
    case("095-reset-dmarc-fail-forged-pass-below",
         M(95, "zimbra", frm, "Sudhir Yadav", "URGENT password reset", when(11, 15, 2, 14), plain,
           ar=ar_fail("sudhir.yadav"), received=forged, extra={"Reply-To": "sudhiryadav.sup@gmail.com",
                                                               "X-Mailer": "PHPMailer 6.8.1"}),
         exp("icegate", "password_reset", action="review"),
         "Night-time reset claiming an ICEGATE From: via PHPMailer; the topmost Authentication-Results says dmarc=fail, "
         "a forged pass further down is ignored")

    # 096 ------------------------------------------------------------ spf=fail without DKIM
    frm = "meera.joshi@icegate.gov.in"
    plain = ("Sir,\nPlease reset my SSO ID password.\nMeera Joshi, Examiner\nSSO ID: 20876123\nMob: 9869012345\n")
    case("096-reset-spf-fail-no-dkim",
         M(96, "gmail", frm, "Meera Joshi", "Password reset", when(11, 15, 11, 5), plain, ar=ar_fail("meera.joshi", kind="spf")),
         exp("icegate", "password_reset", action="review"),
         "ICEGATE From: with spf=fail, no DKIM signature and dmarc=none on the trusted header")

    # 097 ------------------------------------------------------------ passes for another domain
    frm = "ajay.rathore@icegate.gov.in"
    plain = ("Dear Team,\n\nKindly reset the password for my SSO ID.\nName: Ajay Rathore\nDesignation: Inspector\n"
             "SSO ID: 30456781\nMobile: 9414023456\n")
    case("097-reset-passes-for-sendgrid-only",
         M(97, "gmail", frm, "Ajay Rathore", "SSO ID password reset", when(11, 17, 10, 0), plain,
           ar=ar_fail("ajay.rathore", kind="other")),
         exp("icegate", "password_reset", action="review"),
         "ICEGATE From: whose DKIM and SPF passes are both for sendgrid.net, dmarc=none: passes for another domain")

    # 098 ------------------------------------------------------------ dkim=fail but spf and dmarc pass
    frm = "vimal.raj@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=fail reason=\"signature verification failed\" "
           "header.d=icegate.gov.in header.s=zm2024 header.b=Lq9Ww2aa;\n"
           "\tspf=pass (mx.icegate.gov.in: domain of vimal.raj@icegate.gov.in designates 10.10.30.14 as permitted sender) "
           "smtp.mailfrom=vimal.raj@icegate.gov.in;\n\tdmarc=pass (p=none dis=none) header.from=icegate.gov.in")
    plain = ("Sir,\n\nForgot password. Please reset.\nName: Vimal Raj\nDesignation: Appraiser\nSSO ID: 20567432\n"
             "Mobile: 9444076543\n")
    case("098-reset-dkim-fail-spf-dmarc-pass",
         M(98, "zimbra", frm, "Vimal Raj", "Forgot password", when(11, 17, 12, 30), plain, ar=arh),
         exp("icegate", "password_reset"),
         "dkim=fail (body changed by a list footer) but spf=pass and dmarc=pass for icegate.gov.in: not a failure")

    # 099 ------------------------------------------------------------ spf=fail with dkim=pass
    frm = "shalini.verma@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tspf=fail (sender IP is 164.100.14.5) "
           "smtp.mailfrom=shalini.verma@icegate.gov.in;\n\tdkim=pass header.d=icegate.gov.in header.s=zm2024;\n"
           "\tdmarc=pass header.from=icegate.gov.in")
    plain = ("Sir,\nI have forgotten my SSO ID password. SSO ID 40321987. Shalini Verma, Superintendent, CGST Lucknow.\n"
             "Mobile 9839098765.\n")
    case("099-reset-spf-fail-dkim-pass-relayed",
         M(99, "zimbra", frm, "Shalini Verma", "SSO password", when(11, 18, 10, 5), plain, ar=arh),
         exp("icegate", "password_reset"),
         "Relayed through a NIC gateway: spf=fail but dkim=pass for icegate.gov.in: not a failure")

    # 100 ------------------------------------------------------------ an ARC header with a fail under the trusted pass
    frm = "deepak.negi@icegate.gov.in"
    arh = (ar_pass("icegate.gov.in", "deepak.negi") + "\n"
           "ARC-Seal: i=1; a=rsa-sha256; d=relay.cbic.gov.in; s=arc; cv=none; b=Tq2...\n"
           "ARC-Authentication-Results: i=1; relay.cbic.gov.in; dkim=none; spf=fail "
           "smtp.mailfrom=deepak.negi@icegate.gov.in; dmarc=fail header.from=icegate.gov.in")
    plain = ("Sir,\n\nKindly reset the password of my SSO ID 30678123.\n\nDeepak Negi\nInspector, CGST Dehradun\n"
             "Mob: 9412076543\n")
    case("100-reset-arc-fail-below-trusted-pass",
         M(100, "zimbra", frm, "Deepak Negi", "Reset SSO ID password", when(11, 18, 15, 15), plain, ar=arh),
         exp("icegate", "password_reset"),
         "The topmost Authentication-Results passes; an ARC-Authentication-Results with dmarc=fail from a relay below "
         "it is no trusted header")
    note("100: ARC-Authentication-Results is a different header field from Authentication-Results, and it sits "
         "below the receiving server's header; the trusted header (the topmost Authentication-Results) passes.")

    # 101 ------------------------------------------------------------ STD number that looks like a mobile
    frm = "binod.prasad@icegate.gov.in"
    plain = ("Sir,\n\nI am unable to recall the password of my SSO ID 30234567. Kindly reset.\n\nBinod Prasad\n"
             "Superintendent, CGST Patna-I\nPh (O): 0612-2504321\n")
    case("101-reset-patna-std-number-only",
         M(101, "zimbra", frm, "Binod Prasad", "Password reset", when(11, 19, 11, 40), plain),
         exp("icegate", "password_reset", missing=["mobile"], action="request_missing"),
         "The only number is an office phone written with Patna's STD code (0612-2504321): its digits after the 0 "
         "start with 6, but an STD code and number labelled office phone is no mobile")
    note("101: '0612-2504321' would pass the digit test of a mobile (a 0 prefix and ten digits starting 6), but "
         "triage.md says a number labelled as an office phone, or written as an STD code and number, is not a "
         "mobile.")

    # 102 ------------------------------------------------------------ no designation
    frm = "manoj.pandey@icegate.gov.in"
    plain = ("Sir,\n\nPlease reset my SSO ID password.\nSSO ID: 30871234\nMobile: 9452012345\n\nRegards\nManoj Pandey\n")
    case("102-reset-no-designation",
         M(102, "zimbra", frm, "Manoj Pandey", "Reset", when(11, 19, 15, 5), plain),
         exp("icegate", "password_reset", missing=["designation"], action="request_missing"),
         "Name, SSO ID and mobile but no designation")

    # 103 ------------------------------------------------------------ no name
    frm = "rakesh.kumar77@icegate.gov.in"
    plain = ("Sir,\n\nKindly reset the password.\nDesignation: Inspector\nSSO ID: 40111222\nMobile: 9897054321\n\nRegards\n")
    case("103-reset-no-name-display-name-only",
         M(103, "zimbra", frm, "Rakesh Kumar", "Password reset", when(11, 20, 10, 10), plain),
         exp("icegate", "password_reset", missing=["name"], action="request_missing"),
         "Designation, SSO ID and mobile labelled; the name only in the From display name")

    # 104 ------------------------------------------------------------ Outlook reply, SSO ID only quoted
    frm = "kishore.babu@icegate.gov.in"
    helpdesk = ("Dear Sir,\n\nWe called you on 9848076543 but could not reach you. Kindly reply with a number on which\n"
                "you are available.\n\n" + HELPDESK_SIG)
    orig = ("Sir,\n\nKindly reset my SSO password.\nName: Kishore Babu\nDesignation: Superintendent\nSSO ID: 20987612\n"
            "Mobile: 9848076543\n")
    plain = ("Sir,\n\nPlease call me on 8985012345 today after 2 PM.\n\nRegards,\nKishore Babu\nSuperintendent\n"
             "Guntur Customs Division\n" +
             q_outlook("Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>", "Thursday, November 20, 2025 11:12 AM",
                       "Kishore Babu <kishore.babu@icegate.gov.in>", "RE: Password reset", helpdesk) +
             q_outlook("Kishore Babu <kishore.babu@icegate.gov.in>", "Wednesday, November 19, 2025 5:01 PM",
                       "saksham.seva@icegate.gov.in", "Password reset", orig))
    case("104-reset-outlook-reply-sso-only-quoted",
         M(104, "outlook", frm, "Kishore Babu", "RE: Password reset", when(11, 21, 10, 30), plain, logo="image001.png"),
         exp("icegate", "password_reset", missing=["sso_id"], action="request_missing", kinds=["other"]),
         "Outlook reply (with the inline logo) giving a new mobile, name and designation; the SSO ID is only in the "
         "quoted original")

    # 105 ------------------------------------------------------------ Thunderbird reply, complete in the new text
    frm = "neelam.singh@icegate.gov.in"
    helpdesk = ("Dear Madam,\n\nKindly send your name, designation, SSO ID and mobile number for the reset.\n\n" + HELPDESK_SIG)
    plain = ("Name: Neelam Singh\nDesignation: Superintendent (Audit)\nSSO ID: 30654321\nMobile: 7985012345\n\n" +
             q_tb("21/11/25 3:40 PM", "Saksham Seva Helpdesk", helpdesk))
    case("105-reset-thunderbird-reply-complete",
         M(105, "tb", frm, "Neelam Singh", "Re: [SS/2025/11/04788] Password reset - details required", when(11, 21, 16, 5), plain),
         exp("icegate", "password_reset"),
         "Thunderbird reply that is only the four labelled lines above the quoted helpdesk mail; the subject "
         "('Re: ... Password reset - details required') carries the request type")

    # 106 ------------------------------------------------------------ two addresses in From:
    frm = "venkat.r@icegate.gov.in"
    plain = ("Sir,\n\nPlease reset my SSO ID password.\nName: Venkat R\nDesignation: Inspector\nSSO ID: 20876543\n"
             "Mobile: 9440076543\n")
    case("106-reset-two-addresses-in-from",
         M(106, "zimbra", frm, "Venkat R", "Password reset", when(11, 24, 10, 0), plain,
           frm_header="Venkat R <venkat.r@icegate.gov.in>, Lakshmi V <lakshmi.v@icegate.gov.in>"),
         exp("icegate", "password_reset", action="review"),
         "From: holds two individual ICEGATE addresses: ambiguous sender")

    # 107 ------------------------------------------------------------ two From: fields
    frm = "lalitha.k@icegate.gov.in"
    plain = ("Sir,\nPlease reset my SSO password.\nName: K. Lalitha\nDesignation: Examiner\nSSO ID: 20765111\n"
             "Mobile: 9443012399\n")
    case("107-reset-two-from-fields",
         M(107, "zimbra", frm, "K Lalitha", "SSO password reset", when(11, 24, 12, 45), plain,
           extra={"From": ["K Lalitha <lalitha.k@icegate.gov.in>", "K Lalitha <lalitha.k2@icegate.gov.in>"]}),
         exp("icegate", "password_reset", action="review"),
         "Two From: fields, each an individual ICEGATE ID: ambiguous sender")
    note("106/107: a From: with two addresses, or two From: fields, is an ambiguous sender (review). triage.md does "
         "not say which address is 'the From: address' then, so both mails use two individual ICEGATE IDs: "
         "whichever is taken, the sender is an individual ICEGATE ID (icegate) and the mail comes from an address "
         "on icegate.gov.in, so icegate_sender is not missing.")

    # 108 ------------------------------------------------------------ Reply-To a Gmail
    frm = "yogesh.kumar@icegate.gov.in"
    plain = ("Sir,\n\nPlease reset my SSO password and call me.\n\nYogesh Kumar\nInspector\nSSO ID - 30981276\n"
             "Mob: 9759012345\n")
    case("108-reset-reply-to-gmail",
         M(108, "zimbra", frm, "Yogesh Kumar", "Reset SSO password", when(11, 25, 10, 25), plain,
           extra={"Reply-To": "yogesh.k.insp@gmail.com"}),
         exp("icegate", "password_reset"),
         "Reply-To a personal Gmail: the sender stays the ICEGATE From: address")

    # 109 ------------------------------------------------------------ Hinglish complete
    frm = "vikas.yadav@icegate.gov.in"
    plain = ("Sir mera SSO password bhool gaya hu, kripya reset kar dijiye.\nSSO ID - 20813456\nNaam - Vikas Yadav\n"
             "Pad - Inspector, CGST Gurugram\nMob - 8800123456\n")
    case("109-reset-hinglish-labels",
         M(109, "zimbra", frm, "Vikas Yadav", "password bhool gaya", when(11, 25, 13, 50), plain),
         exp("icegate", "password_reset"),
         "Hinglish request with 'Naam -', 'Pad -' (post) and 'Mob -' labels")

    # 110 ------------------------------------------------------------ several officers from the System Manager
    frm = "sysmgr.mundra2@icegate.gov.in"
    plain = ("Sir,\n\nPasswords of the following officers of Custom House, Mundra may kindly be reset:\n\n"
             "Sl. Name               Designation   SSO ID     Mobile\n"
             "1.  Jignesh Thakkar    Examiner      20456781   9426012301\n"
             "2.  Pallavi Joshi      Appraiser     20456782   9426012302\n"
             "3.  Ketan Solanki      Inspector     30456783   9426012303\n\n"
             "Regards,\nHitesh Bhatt\nDeputy Commissioner (System Manager)\nCustom House, Mundra\n"
             "hitesh.bhatt@icegate.gov.in\n02838-271123\n")
    case("110-reset-sysmgr-three-officers-columns",
         M(110, "zimbra", frm, "System Manager Mundra", "Password reset - 3 officers", when(11, 26, 10, 40), plain),
         exp("generic", "password_reset"),
         "System Manager lists three officers in space-aligned columns (name, designation, SSO ID, mobile)")

    # 111 ------------------------------------------------------------ upper-case From address
    frm = "RAMESH.BABU@ICEGATE.GOV.IN"
    plain = ("SIR\nPLEASE RESET MY SSO ID PASSWORD\nNAME: RAMESH BABU\nDESIGNATION: HAVALDAR\nSSO ID: 20111987\n"
             "MOBILE: 9490076543\n")
    case("111-reset-uppercase-address-and-text",
         M(111, "zimbra", frm, "RAMESH BABU", "PASSWORD RESET", when(11, 26, 15, 0), plain),
         exp("icegate", "password_reset"),
         "From: address in capitals ('@ICEGATE.GOV.IN') and a body in capitals; a Havaldar")

    # 112 ------------------------------------------------------------ HTML-only Gmail web on ICEGATE
    frm = "sowmya.r@icegate.gov.in"
    html = ('<div dir="ltr"><div>Sir,</div><div><br></div><div>Kindly reset my SSO ID password.</div><div><br></div>'
            '<div><b>SSO ID:</b> 20534190<br><b>Name:</b> Sowmya R<br><b>Designation:</b> Examiner<br>'
            '<b>Mobile:</b> 9845076543</div><div><br></div><div>Regards,<br>Sowmya</div></div>')
    case("112-reset-gmail-html-only-bold-labels",
         M(112, "gmail", frm, "Sowmya R", "SSO ID password reset", when(11, 27, 11, 5), None, html=html, html_only=True),
         exp("icegate", "password_reset"),
         "HTML-only body with bold labels and <br> lines")

    # 113 ------------------------------------------------------------ forgot SSO ID, alternate e-mail given
    frm = "arun.nair@icegate.gov.in"
    plain = ("Sir,\n\nI forgot my SSO ID itself. The alternate email ID registered is arun.nair1981@gmail.com.\n"
             "Arun Nair, Superintendent, Cochin CH. Mob 9495012345.\n")
    case("113-reset-forgot-sso-id-alternate-email",
         M(113, "zimbra", frm, "Arun Nair", "Forgot SSO ID", when(11, 27, 14, 35), plain),
         exp("icegate", "password_reset"),
         "'I forgot my SSO ID itself' with the registered alternate e-mail given")

    # 114 ------------------------------------------------------------ account locked with SSO ID
    frm = "pooja.sharma@icegate.gov.in"
    plain = ("Sir,\nMy account got locked after 3 wrong attempts. Please reset my password.\nSSO ID: 30999123\n"
             "Pooja Sharma | Inspector | CGST Alwar | 9414087654\n")
    case("114-reset-account-locked-pipe-line",
         M(114, "zimbra", frm, "Pooja Sharma", "Account locked", when(11, 28, 10, 20), plain),
         exp("icegate", "password_reset"),
         "Locked account, reset asked; name, designation, office and mobile on one '|' line")

    # 115 ------------------------------------------------------------ reminder with no details
    frm = "pv.rao@icegate.gov.in"
    plain = ("Sir,\n\nI had requested reset of my SSO ID password on 10.11.2025 but have not received any call so far.\n"
             "Kindly do the needful at the earliest.\n\nRegards\nP. Venkata Rao\nSupdt.\n")
    case("115-reset-reminder-without-details",
         M(115, "zimbra", frm, "P Venkata Rao", "Reminder: password reset request dated 10.11.2025", when(11, 28, 16, 0), plain),
         exp("icegate", "password_reset", missing=["mobile", "sso_id"], action="request_missing"),
         "A reminder as a fresh mail: name and 'Supdt.' in the signature, no SSO ID and no mobile in this file")

    # 116 ------------------------------------------------------------ mobile and landline
    frm = "asha.kumari@icegate.gov.in"
    plain = ("Sir,\n\nKindly reset my SSO ID password.\nName: Asha Kumari\nDesignation: Stenographer Grade-I\n"
             "SSO ID: 30222111\nMob: 9876543210 / 0891-2562295\n")
    case("116-reset-mobile-and-landline-one-line",
         M(116, "zimbra", frm, "Asha Kumari", "Reset SSO ID password", when(12, 1, 10, 30), plain),
         exp("icegate", "password_reset"),
         "A Stenographer gives 'Mob: 9876543210 / 0891-2562295' (a mobile beside a landline)")

    # 117 ------------------------------------------------------------ extension only
    frm = "ramesh.iyer@icegate.gov.in"
    plain = ("Sir,\n\nPlease reset my SSO password. SSO ID 20678901.\n\nRamesh Iyer\nAppraiser, Chennai Custom House\n"
             "Intercom: 4412 / Extn. 231\n")
    case("117-reset-intercom-extension-only",
         M(117, "zimbra", frm, "Ramesh Iyer", "SSO password reset", when(12, 1, 14, 10), plain),
         exp("icegate", "password_reset", missing=["mobile"], action="request_missing"),
         "The only numbers are an intercom and an extension: no mobile")

    # 118 ------------------------------------------------------------ quoted letters SSO ID, Hindi disclaimer
    frm = "anil.verma1979@icegate.gov.in"
    plain = ("Sir,\n\nKindly reset my password.\nSSOID : 'ANILV1979'\nName : Anil Verma\nDesignation : Assistant "
             "Commissioner\nMobile : 9001012345\n\nRegards" + DISC_HI)
    case("118-reset-ssoid-letters-quoted-hindi-disclaimer",
         M(118, "zimbra", frm, "Anil Verma", "Password reset", when(12, 2, 10, 50), plain),
         exp("icegate", "password_reset"),
         "'SSOID : 'ANILV1979'' (letters and digits in quotes), spaced colons, bilingual disclaimer")

    # 119 ------------------------------------------------------------ establishment, '/' signature
    frm = "estt.cgstpatna@icegate.gov.in"
    plain = ("Sir,\n\nShri Vijay Kumar Singh, UDC (SSO ID 20333444, mobile 9934012345) has forgotten his password.\n"
             "Kindly reset.\n\nRegards\nSanjay Kumar / Superintendent (Estt.) / sanjay.kumar@icegate.gov.in / 0612-2504100\n")
    case("119-reset-establishment-slash-signature",
         M(119, "zimbra", frm, "Estt CGST Patna", "Reset password of UDC", when(12, 2, 15, 20), plain),
         exp("generic", "password_reset"),
         "Establishment's generic ID for a UDC; signature on one line joined by ' / '")

    # 120 ------------------------------------------------------------ Yahoo on Android, personal
    frm = "ajit.sahu77@yahoo.com"
    plain = ("Sir my sso password expired pls reset. SSO ID 30777888. Ajit Sahu, Superintendent, CGST Raipur, "
             "mob 9425087654" + YAHOO_ANDROID)
    case("120-reset-yahoo-android-personal",
         M(120, "yahoo_android", frm, "Ajit Sahu", "sso password", when(12, 3, 21, 15), plain,
           ar=ar_pass("yahoo.com", "ajit.sahu77")),
         exp("personal", "password_reset", missing=["icegate_sender"], action="request_missing"),
         "Complete reset in one line from Yahoo Mail on Android: not from ICEGATE")

    # 121 ------------------------------------------------------------ odd punctuation in labels
    frm = "kailash.choudhary@icegate.gov.in"
    plain = ("Sir,\n\nRequest for reset of password:-\nName:- Kailash Choudhary\nDesig.:- Inspector\n"
             "SSO ID No.:- 10293874\nMo.No.- 9414512345\n")
    case("121-reset-labels-colon-dash",
         M(121, "zimbra", frm, "Kailash Choudhary", "Request for reset of password", when(12, 3, 11, 0), plain),
         exp("icegate", "password_reset"),
         "Labels ending ':-' ('Desig.:-', 'SSO ID No.:-', 'Mo.No.-')")

    # 122 ------------------------------------------------------------ Zimbra forward of the officer's mail
    frm = "sysmgr.icdsabarmati@icegate.gov.in"
    fwd = ("Sir,\n\nI have forgotten the password of my SSO ID. Kindly get it reset.\n\nName: Bhavin Modi\n"
           "Designation: Inspector\nSSO ID: 30456123\nMobile: 9879054321\n")
    plain = ("Sir,\n\nForwarded for reset of password please.\n\nRegards,\nJayesh Chauhan\nAppraiser (System Manager)\n"
             "ICD Sabarmati\njayesh.chauhan@icegate.gov.in\n079-27500123\n\n"
             "----- Forwarded Message -----\nFrom: \"Bhavin Modi\" <bhavinmodi.insp@gmail.com>\n"
             "To: \"Sysmgr ICD Sabarmati\" <sysmgr.icdsabarmati@icegate.gov.in>\nSent: Wednesday, December 3, 2025 "
             "9:12:40 AM\nSubject: SSO password\n\n" + fwd)
    case("122-reset-zimbra-forward-details-in-forward",
         M(122, "zimbra", frm, "Sysmgr ICD Sabarmati", "Fwd: SSO password", when(12, 3, 12, 30), plain),
         exp("generic", "password_reset"),
         "System Manager forwards (Zimbra '----- Forwarded Message -----', whose header block has From:/Sent:) an "
         "officer's mail; the officer's details are in the forwarded text, which counts")
    note("122: Zimbra's inline forward begins '----- Forwarded Message -----' and then a From:/To:/Sent:/Subject: "
         "block. It is a forwarded message (triage.md: its text counts), not an Outlook-style reply header block; "
         "so the officer's name, designation, SSO ID and mobile in it are part of the request.")

    # 123 ------------------------------------------------------------ designation in Hindi, running text
    frm = "santosh.kumar@icegate.gov.in"
    plain = ("महोदय,\nमैं संतोष कुमार, अधीक्षक, केंद्रीय जीएसटी रांची, अपनी SSO ID 30345876 का पासवर्ड भूल गया हूँ। कृपया रीसेट करें।\n"
             "मोबाइल 9431076543\n")
    case("123-reset-hindi-running-text",
         M(123, "zimbra", frm, "Santosh Kumar", "पासवर्ड", when(12, 4, 10, 45), plain, cte="b64"),
         exp("icegate", "password_reset"),
         "Hindi running text 'मैं संतोष कुमार, अधीक्षक, ...' with the SSO ID and mobile inline")


# ================================================================= designation_update

def build_promotion():
    # 124 ------------------------------------------------------------ System Manager, complete
    frm = "sysmgr.kolkataair@icegate.gov.in"
    plain = ("Sir,\n\nShri Sudip Banerjee, Examiner, has been promoted as Appraiser vide Establishment Order No. 61/2025.\n"
             "Kindly update his designation in ACES. The promotion order and first page of his service book are\n"
             "attached.\n\nRegards,\nArnab Chatterjee\nAppraiser (System Manager)\nNSCBI Airport Customs, Kolkata\n"
             "Mobile: 9831012345\nFax: 033-25119876\nEmail: arnab.chatterjee@icegate.gov.in\n")
    case("124-promotion-sysmgr-complete",
         M(124, "zimbra", frm, "Sysmgr Kolkata Air", "Updation of designation - Sudip Banerjee", when(11, 4, 11, 15), plain,
           [att(promotion_pdf("Shri Sudip Banerjee", "Examiner", "Appraiser", "61/2025"), PDF, "Promotion Order 61-2025.pdf"),
            att(sb_pdf("Sudip Banerjee", "10/10/1988", "02/07/2013"), PDF, "Service Book - Sudip Banerjee.pdf")]),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "System Manager's generic ID; promotion order and service book by name and text; signature with a fax number")

    # 125 ------------------------------------------------------------ Hindi file name, Thunderbird
    frm = "pradeep.singh@icegate.gov.in"
    plain = ("Sir,\n\nI have been promoted from Inspector to Superintendent. Kindly update my designation in ACES/GST.\n"
             "Promotion order and service book page attached.\n\n-- \nPradeep Singh\nSuperintendent\nCGST Kanpur\n")
    case("125-promotion-hindi-order-name-thunderbird",
         M(125, "tb", frm, "Pradeep Singh", "Designation update after promotion", when(11, 5, 10, 20), plain,
           [att(promotion_pdf("Shri Pradeep Singh", "Inspector", "Superintendent", "118/2025"), PDF, "पदोन्नति आदेश.pdf",
                style="2231"),
            att(jpeg(5125), JPG, "service book page.jpg", style="2231")]),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Thunderbird: the promotion order's file name is Devanagari only ('पदोन्नति आदेश.pdf', RFC 2231) with an "
         "English text layer; service book photo named so; '-- ' signature")

    # 126 ------------------------------------------------------------ order only
    frm = "manisha.rao@icegate.gov.in"
    plain = ("Sir,\nPl update my designation as Appraiser. Promotion order attached. SB will be sent by System Manager.\n\n"
             "Manisha Rao\nAppraiser, Mangaluru Customs\n")
    case("126-promotion-order-only",
         M(126, "zimbra", frm, "Manisha Rao", "Designation change", when(11, 6, 11, 40), plain,
           [att(promotion_pdf("Smt. Manisha Rao", "Examiner", "Appraiser", "77/2025"), PDF, "Promotion order.pdf")]),
         exp("icegate", "designation_update", missing=["service_book"], action="request_missing",
             kinds=["promotion_order"]),
         "Only the promotion order; the service book 'will be sent by System Manager'")

    # 127 ------------------------------------------------------------ service book only
    frm = "dinesh.gupta@icegate.gov.in"
    plain = ("Sir,\n\nConsequent upon my promotion as Superintendent, kindly update my designation. Copy of service book\n"
             "attached.\n\nDinesh Gupta\nSuperintendent, CGST Jabalpur\n")
    case("127-promotion-service-book-only",
         M(127, "zimbra", frm, "Dinesh Gupta", "Designation updation on promotion", when(11, 7, 14, 0), plain,
           [att(sb_pdf("Dinesh Gupta", "01/01/1982", "15/03/2006"), PDF, "Service Book Dinesh Gupta.pdf")]),
         exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing",
             kinds=["service_book"]),
         "Only the service book; no promotion order")

    # 128 ------------------------------------------------------------ personal Gmail, complete
    frm = "rekha.nambiar70@gmail.com"
    plain = ("Sir,\n\nI have been promoted as Assistant Commissioner. Please update my designation in ACES. Both\n"
             "documents are attached.\n\nRekha Nambiar\nAssistant Commissioner\n")
    case("128-promotion-gmail-complete",
         M(128, "gmail", frm, "Rekha Nambiar", "Designation update", when(11, 10, 20, 0), plain,
           [att(promotion_pdf("Smt. Rekha Nambiar", "Superintendent", "Assistant Commissioner", "CBIC/45/2025"), PDF,
                "Promotion order.pdf"),
            att(sb_pdf("Rekha Nambiar", "05/05/1970", "01/02/1995"), PDF, "Service book.pdf")],
           ar=ar_pass("gmail.com", "rekha.nambiar70")),
         exp("personal", "designation_update", missing=["icegate_sender"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "Both documents, but from a personal Gmail")

    # 129 ------------------------------------------------------------ nic.in generic, no designation in signature
    frm = "cexbelgaum.sys@nic.in"
    plain = ("Sir,\n\nPlease update the designation of Shri Mahantesh Patil from Inspector to Superintendent. Order\n"
             "and service book attached.\n\nThanks,\nVinayak Kulkarni\nCGST Belagavi\nvinayak.k@icegate.gov.in\n"
             "0831-2471234" + NIC_FOOTER)
    case("129-promotion-nic-generic-no-designation",
         M(129, "nic", frm, "Systems CGST Belagavi", "Designation update - Mahantesh Patil", when(11, 11, 12, 10), plain,
           [att(promotion_pdf("Shri Mahantesh Patil", "Inspector", "Superintendent", "33/2025"), PDF, "Promotion Order.pdf"),
            att(sb_pdf("Mahantesh Patil", "02/02/1984", "05/05/2009"), PDF, "Service Book.pdf")],
           ar=ar_pass("nic.in", "cexbelgaum.sys", ip="164.100.14.97")),
         exp("generic", "designation_update", missing=["icegate_sender", "signature_designation"],
             action="request_missing", kinds=["promotion_order", "service_book"]),
         "A Commissionerate's systems mailbox on nic.in; signature with name, office, e-mail and landline but no designation")

    # 130 ------------------------------------------------------------ Outlook HTML-only, table signature, logo
    frm = "asm.icdtkd@icegate.gov.in"
    cid = "image001.png@01DC5C01.7A8B9C10"
    html = ('<html><body lang="EN-IN"><div class="WordSection1"><p class="MsoNormal">Sir,</p>'
            '<p class="MsoNormal">Shri Naresh Yadav, Examiner, has been promoted as Appraiser vide OO No. 77 of 2025. '
            'Kindly update his designation in ACES. Order and SB first page attached.</p>'
            '<p class="MsoNormal">Regards,</p><table border="1" cellspacing="0" cellpadding="4">'
            '<tr><td>Name</td><td>Rajiv Gulati</td></tr><tr><td>Designation</td><td>Superintendent &amp; ASM</td></tr>'
            '<tr><td>Office</td><td>ICD Tughlakabad, New Delhi</td></tr>'
            '<tr><td>E-mail</td><td>rajiv.gulati@icegate.gov.in</td></tr><tr><td>Mobile</td><td>98110 45678</td></tr>'
            f'</table><p class="MsoNormal"><img src="cid:{cid}" width="96"></p></div></body></html>')
    case("130-promotion-outlook-html-table-labelled-cells",
         M(130, "outlook_html", frm, "ASM ICD TKD", "Designation update - Naresh Yadav", when(11, 12, 10, 45), None,
           [att(promotion_pdf("Shri Naresh Yadav", "Examiner", "Appraiser", "77/2025"), PDF, "OO No. 77 of 2025.pdf"),
            att(sb_pdf("Naresh Yadav", "09/09/1989", "12/12/2014"), PDF, "SB_1st_page.pdf")],
           html=html, html_only=True, inline_parts=[att(logo_png(), PNG, "image001.png", disp="inline", cid=cid)]),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book", "other"]),
         "HTML-only Outlook; the signature is a bordered two-column table of labels and values; 'OO No. 77 of "
         "2025.pdf' and 'SB_1st_page.pdf' told by their text; logo")

    # 131 ------------------------------------------------------------ order only in the Zimbra quote
    frm = "s.ramachandran@icegate.gov.in"
    earlier = "Sir,\n\nPromotion order attached. Kindly update my designation.\n\nS. Ramachandran"
    plain = ("Sir,\n\nService book first page attached as required.\n\nS. Ramachandran\nAppraiser\n" +
             q_zimbra('"Saksham Seva" <saksham.seva@icegate.gov.in>', '"S Ramachandran" <s.ramachandran@icegate.gov.in>',
                      "Wednesday, November 12, 2025 4:40:10 PM", "Re: Designation update",
                      "Kindly send the first page of the service book.\n\n" + HELPDESK_SIG +
                      "\n----- Original Message -----\n" + earlier))
    case("131-promotion-zimbra-reply-order-only-quoted",
         M(131, "zimbra", frm, "S Ramachandran", "Re: Designation update", when(11, 13, 9, 30), plain,
           [att(sb_pdf("S Ramachandran", "03/03/1985", "01/07/2010"), PDF, "Service book first page.pdf")]),
         exp("icegate", "designation_update", missing=["promotion_order"], action="request_missing",
             kinds=["service_book"]),
         "Zimbra reply carrying the service book; the promotion order was attached only to the earlier mail named in the quote")

    # 132 ------------------------------------------------------------ photos of both documents
    frm = "farzana.sheikh@icegate.gov.in"
    plain = ("Sir,\n\nI was promoted from Examiner to Appraiser on 01.11.2025. Request to change my designation in\n"
             "ACES from Examiner to Appraiser. Photos of the promotion order and service book attached.\n\n"
             "Farzana Sheikh\nAppraiser, Mumbai Customs Zone-II\n")
    case("132-promotion-photos-named",
         M(132, "zimbra", frm, "Farzana Sheikh", "Change of designation", when(11, 14, 12, 20), plain,
           [att(jpeg(5132), JPG, "Promotion Order.jpg"), att(jpeg(5133), JPG, "Service Book Page-1.jpg")]),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Phone photos of both documents told by their names")

    # 133 ------------------------------------------------------------ Hinglish, WhatsApp photo
    frm = "rajkumar.meena@icegate.gov.in"
    plain = ("Sir, mera promotion Inspector se Superintendent me ho gaya hai. ACES me designation update kar dijiye.\n"
             "Promotion order aur SB attach hai.\n\nRaj Kumar Meena\nSupdt, CGST Kota\n")
    case("133-promotion-hinglish-whatsapp-sb",
         M(133, "gmail_app", frm, "Raj Kumar Meena", "designation update", when(11, 17, 19, 50), plain,
           [att(scan_pdf(), PDF, "scan_promotion.pdf"), att(jpeg(5134), JPG, "IMG-20251120-WA0003.jpg")]),
         exp("icegate", "designation_update", missing=["service_book"], action="request_missing",
             kinds=["promotion_order", "other"]),
         "Hinglish; 'scan_promotion.pdf' (image-only) is a promotion order by name; the 'SB' is a WhatsApp photo "
         "whose name tells nothing")

    # 134 ------------------------------------------------------------ AC to DC, named by number
    frm = "vinod.menon@icegate.gov.in"
    plain = ("Sir,\n\nI have been promoted as Deputy Commissioner vide Notification No. 12/2025. Kindly update the\n"
             "designation in ACES and SSO. Notification and scanned service book enclosed.\n\nVinod Menon\n"
             "Deputy Commissioner, Cochin Custom House\n")
    case("134-promotion-dc-notification-scan-names",
         M(134, "zimbra", frm, "Vinod Menon", "Designation: AC to DC", when(11, 18, 11, 0), plain,
           [att(promotion_pdf("Shri Vinod Menon", "Assistant Commissioner", "Deputy Commissioner", "12/2025"), PDF,
                "Notification 12-2025.pdf"),
            att(sb_pdf("Vinod Menon", "12/04/1983", "10/10/2011"), PDF, "scan001.pdf")]),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "AC promoted DC; 'Notification 12-2025.pdf' and 'scan001.pdf' told by their text layers")

    # 135 ------------------------------------------------------------ passes for another domain
    frm = "harish.chandra@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=mailchimpapp.net header.s=k2;\n"
           "\tspf=pass smtp.mailfrom=bounce.mailchimpapp.net;\n\tdmarc=none header.from=icegate.gov.in")
    plain = ("Sir,\nKindly update my designation as Superintendent. Promotion order and service book attached.\n"
             "Harish Chandra\n")
    case("135-promotion-passes-for-other-domain",
         M(135, "gmail", frm, "Harish Chandra", "Designation update", when(11, 19, 1, 30), plain,
           [att(promotion_pdf("Shri Harish Chandra", "Inspector", "Superintendent", "54/2025"), PDF, "Promotion order.pdf"),
            att(sb_pdf("Harish Chandra", "05/06/1984", "01/09/2008"), PDF, "Service Book.pdf")], ar=arh),
         exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]),
         "ICEGATE From: whose DKIM and SPF passes are for mailchimpapp.net (dmarc=none): fails authentication")

    # 136 ------------------------------------------------------------ one order, three officers
    frm = "sysmgr.chennaisea@icegate.gov.in"
    plain = ("Sir,\n\nThe following Examiners have been promoted as Appraisers vide Establishment Order No. 140/2025\n"
             "(copy attached):\n1. Shri K. Senthil Kumar\n2. Smt. R. Vidhya\n3. Shri M. Abdul Rahim\n\n"
             "Their service book pages are also attached. Kindly update the designations in ACES.\n\nRegards,\n"
             "T. Elango\nDeputy Commissioner (EDI & System Manager)\nChennai Custom House\nPh: 044-25254401\n"
             "E-mail: t.elango@icegate.gov.in\n")
    case("136-promotion-one-order-three-officers",
         M(136, "zimbra", frm, "Sysmgr Chennai Sea", "Designation updation - 3 Appraisers", when(11, 20, 11, 20), plain,
           [att(promotion_pdf("S/Shri K. Senthil Kumar, Smt. R. Vidhya and M. Abdul Rahim", "Examiners", "Appraiser",
                              "140/2025"), PDF, "Estt Order 140-2025.pdf")] +
           sbs(("K Senthil Kumar", "01/01/1986", "01/03/2012"), ("R Vidhya", "02/02/1987", "01/03/2012"),
               ("M Abdul Rahim", "03/03/1985", "01/03/2012"))),
         exp("generic", "designation_update", kinds=["promotion_order"] + ["service_book"] * 3),
         "System Manager sends one establishment order covering three officers and their three service books")

    # 137 ------------------------------------------------------------ TA to STA, signature without e-mail and phone
    frm = "estt.cgstjodhpur@icegate.gov.in"
    plain = ("Sir,\n\nThe following Tax Assistants have been promoted as Senior Tax Assistants. Kindly update their\n"
             "designations: Shri Bhanwar Lal (SSO 20998877), Smt. Kamla Choudhary (SSO 20998878). Order and service\n"
             "books attached.\n\nRegards\nMahendra Singh Rathore\nAdministrative Officer (Estt.)\n")
    case("137-promotion-ta-to-sta-estt-no-email-phone",
         M(137, "zimbra", frm, "Establishment CGST Jodhpur", "Designation update TA to STA", when(11, 21, 10, 10), plain,
           [att(promotion_pdf("Shri Bhanwar Lal and Smt. Kamla Choudhary", "Tax Assistants", "Senior Tax Assistant",
                              "E-22/2025"), PDF, "Promotion order TA-STA.pdf"),
            att(pdf(SB + ["Two officers"]), PDF, "Service books TA.pdf")]),
         exp("generic", "designation_update", missing=["signature_email", "signature_phone"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "Establishment's generic ID for two Tax Assistants promoted STA; signed with name and designation only")

    # 138 ------------------------------------------------------------ gov.in generic, fully signed
    frm = "systems.nzu@gov.in"
    plain = ("Sir,\n\nShri Pawan Kumar, Assistant Programmer, has been promoted as Programmer. Kindly update his\n"
             "designation. Order and service book attached.\n\nRegards,\nDr. Ritu Bansal\nDeputy Director (Systems)\n"
             "ritu.bansal@icegate.gov.in\n011-23379001" + NIC_FOOTER)
    case("138-promotion-gov-in-generic-signed",
         M(138, "nic", frm, "Systems NZU", "Designation update - Pawan Kumar", when(11, 24, 11, 45), plain,
           [att(promotion_pdf("Shri Pawan Kumar", "Assistant Programmer", "Programmer", "NZU/9/2025"), PDF,
                "Promotion order Pawan.pdf"),
            att(sb_pdf("Pawan Kumar", "04/04/1986", "01/12/2012"), PDF, "Service book Pawan.pdf")],
           ar=ar_pass("gov.in", "systems.nzu", ip="164.100.14.98")),
         exp("generic", "designation_update", missing=["icegate_sender"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "A Systems unit's gov.in mailbox, fully signed, both documents: not an ICEGATE sender")

    # 139 ------------------------------------------------------------ Reminder-II without attachments
    frm = "gopal.krishna@icegate.gov.in"
    plain = ("Sir,\n\nReminder-II. My designation is still shown as Inspector in ACES though I was promoted as\n"
             "Superintendent in August. Documents were sent on 20.10.2025. Kindly update.\n\nGopal Krishna\n"
             "Superintendent\n")
    case("139-promotion-reminder-ii-no-attachments",
         M(139, "zimbra", frm, "Gopal Krishna", "Reminder-II: Designation updation", when(11, 25, 10, 0), plain),
         exp("icegate", "designation_update", missing=["promotion_order", "service_book"], action="request_missing"),
         "A second reminder with no attachments; the documents 'were sent on 20.10.2025'")

    # 140 ------------------------------------------------------------ Outlook FW with the documents re-attached
    frm = "sysmgr.bengaluruair@icegate.gov.in"
    orig = ("Sir,\n\nI have been promoted as Superintendent. Kindly get my designation updated. Order and service book\n"
            "attached.\n\nRegards\nShashi Kumar B.\nSuperintendent")
    plain = ("Sir,\n\nForwarded for updation of designation of Shri Shashi Kumar B. Documents attached.\n\nRegards,\n"
             "Lokesh H. N.\nSuperintendent (System Manager)\nBengaluru Air Customs\nMobile: 9845012399\n"
             "lokesh.hn@icegate.gov.in\n" +
             q_outlook("Shashi Kumar B <shashi.kumar.b@icegate.gov.in>", "Monday, November 24, 2025 6:10 PM",
                       "sysmgr.bengaluruair@icegate.gov.in", "Designation update", orig, style="line"))
    case("140-promotion-outlook-fw-docs-reattached",
         M(140, "outlook", frm, "SYSMGR BLR AIR", "FW: Designation update", when(11, 25, 12, 30), plain,
           [att(promotion_pdf("Shri Shashi Kumar B.", "Inspector", "Superintendent", "BLR/88/2025"), PDF,
                "Promotion Order.pdf"),
            att(jpeg(5140), JPG, "Service Book.jpg")]),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "Outlook 'FW:' from the System Manager with both documents attached to the forward itself; full signature above "
         "the forwarded header block")

    # 141 ------------------------------------------------------------ Hindi letter
    frm = "sushil.pandey@icegate.gov.in"
    plain = ("सेवा में,\nसक्षम सेवा हेल्पडेस्क\n\nविषय: पदोन्नति के उपरांत पदनाम अद्यतन करने हेतु।\n\nमहोदय,\n"
             "मेरी पदोन्नति निरीक्षक से अधीक्षक के पद पर हो गई है। कृपया ACES में मेरा पदनाम अद्यतन करने की कृपा करें।\n"
             "पदोन्नति आदेश एवं सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\n\nभवदीय\nसुशील पांडेय\nअधीक्षक, केंद्रीय जीएसटी भोपाल\n")
    case("141-promotion-hindi-letter",
         M(141, "zimbra", frm, "सुशील पांडेय", "पदनाम अद्यतन", when(11, 26, 11, 10), plain,
           [att(promotion_pdf("Shri Sushil Pandey", "Inspector", "Superintendent", "92/2025"), PDF, "Promotion order.pdf"),
            att(sb_pdf("Sushil Pandey", "08/08/1983", "03/03/2008"), PDF, "Service book.pdf")], cte="b64"),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "A formal Hindi letter ('विषय: पदोन्नति के उपरांत पदनाम अद्यतन') with both documents")

    # 142 ------------------------------------------------------------ designation wrongly shown in GST BO
    frm = "alka.srivastava@icegate.gov.in"
    plain = ("Sir,\n\nAfter my promotion as Superintendent my designation is still showing as Inspector in GST BO, so\n"
             "I cannot get Range roles. Kindly update the designation. Order and service book (scan) attached.\n\n"
             "Alka Srivastava\nSuperintendent, CGST Lucknow\n")
    case("142-promotion-gst-bo-shows-old-designation",
         M(142, "zimbra", frm, "Alka Srivastava", "Designation wrongly shown in GST BO", when(11, 27, 10, 15), plain,
           [att(promotion_pdf("Smt. Alka Srivastava", "Inspector", "Superintendent", "LKO/31/2025"), PDF, "order.pdf"),
            att(scan_pdf(), PDF, "Service Book.pdf")]),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Old designation shown in GST BO after promotion; 'order.pdf' told by text, 'Service Book.pdf' (image-only) by name")

    # 143 ------------------------------------------------------------ plus an ACES screenshot
    frm = "naveen.shetty@icegate.gov.in"
    plain = ("Sir,\n\nI was promoted as Appraiser. ACES still shows Examiner (screenshot attached). Promotion order and\n"
             "service book also attached. Kindly update.\n\nNaveen Shetty\nAppraiser\n")
    case("143-promotion-with-screenshot",
         M(143, "zimbra", frm, "Naveen Shetty", "ACES shows old designation", when(11, 28, 12, 0), plain,
           [att(make_png(120, 80, 210), PNG, "Screenshot 2025-11-28 113205.png"),
            att(promotion_pdf("Shri Naveen Shetty", "Examiner", "Appraiser", "MNG/14/2025"), PDF, "Promotion order.pdf"),
            att(sb_pdf("Naveen Shetty", "06/06/1990", "10/10/2015"), PDF, "Service book.pdf")]),
         exp("icegate", "designation_update", kinds=["other", "promotion_order", "service_book"]),
         "A screenshot of ACES (other) with the promotion order and service book")

    # 144 ------------------------------------------------------------ Group A promotion by Board order
    frm = "sunita.dhar@icegate.gov.in"
    plain = ("Sub: Updation of designation consequent upon promotion to the grade of Assistant Commissioner - reg.\n\n"
             "Sir,\n\nI have been promoted to the grade of Assistant Commissioner vide Board's Order No. 45/2025. It is\n"
             "requested that my designation may be updated in ACES. Copy of the Board order and the first page of my\n"
             "service book are enclosed.\n\nYours faithfully,\nSunita Dhar\nAssistant Commissioner\n")
    case("144-promotion-board-order-formal",
         M(144, "zimbra", frm, "Sunita Dhar", "Updation of designation consequent upon promotion", when(12, 1, 10, 0), plain,
           [att(promotion_pdf("Smt. Sunita Dhar", "Superintendent", "Assistant Commissioner", "45/2025"), PDF,
                "Board Order 45-2025.pdf"),
            att(sb_pdf("Sunita Dhar", "07/07/1972", "01/06/1996"), PDF, "SB first page.pdf")]),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "Formal 'Sub:' letter; 'Board Order 45-2025.pdf' and 'SB first page.pdf' told by their text")


# ================================================================= role_mapping

def to_lpo_cr(name, post, n, cr_name="Joining report.jpg", frm_off="CGST Ahmedabad South", to_off="CGST Vadodara-I"):
    return [att(transfer_pdf(name, frm_off, to_off, f"AGT/{n}/2025"), PDF, "Transfer Order.pdf"),
            att(lpo_pdf(name, post, f"{n}/2025"), PDF, f"LPO No {n}.pdf"),
            att(jpeg(6000 + n), JPG, cr_name)]


def build_role():
    # 145 ------------------------------------------------------------ complete
    frm = "mitesh.parikh@icegate.gov.in"
    plain = ("Sir,\n\nI have joined CGST Vadodara-I on transfer and have been posted to Range-II, Division-III. Kindly\n"
             "unmap my roles of Ahmedabad South and map the Range Officer role in ACES-GST BO. Transfer order, LPO and\n"
             "joining report attached.\n\nMitesh Parikh\nInspector\n")
    case("145-role-icegate-complete",
         M(145, "zimbra", frm, "Mitesh Parikh", "Role mapping after transfer", when(11, 4, 10, 30), plain,
           to_lpo_cr("Shri Mitesh Parikh, Inspector,", "Range-II, Division-III", 145)),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Unmapping at the old and mapping at the new Commissionerate; transfer order, LPO and joining report")

    # 146 ------------------------------------------------------------ System Manager for an officer
    frm = "sysmgr.vadodara1@icegate.gov.in"
    plain = ("Sir,\n\nShri Kalpesh Soni, Superintendent, has joined on transfer and is posted to Division-I. Kindly map\n"
             "him as Division Superintendent in ACES and unmap the roles of his previous charge.\n\nRegards,\n"
             "Nayana Shah\nAssistant Commissioner (Systems)\nCGST Vadodara-I\nnayana.shah@icegate.gov.in\n"
             "Mob: 9426054321\n")
    case("146-role-sysmgr-for-officer-complete",
         M(146, "zimbra", frm, "Sysmgr Vadodara-I", "Mapping - Kalpesh Soni, Supdt", when(11, 5, 11, 40), plain,
           [att(transfer_pdf("Shri Kalpesh Soni, Superintendent,", "CGST Surat", "CGST Vadodara-I", "AGT/77/2025"), PDF,
                "TO 77-2025.pdf"),
            att(lpo_pdf("Shri Kalpesh Soni, Superintendent,", "Division-I", "88/2025"), PDF, "Local posting order 88.pdf"),
            att(charge_pdf("Kalpesh Soni", "Division-I", "03/11/2025"), PDF, "Charge report Kalpesh.pdf")]),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "System Manager for an officer; 'TO 77-2025.pdf' told by text; full signature")

    # 147 ------------------------------------------------------------ charge report to follow
    frm = "ritesh.jain@icegate.gov.in"
    plain = ("Sir,\n\nPlease map my roles in ACES as per the attached LPO. Transfer order also attached. Charge report will\n"
             "be sent after I assume charge on Monday.\n\nRitesh Jain\nInspector, CGST Indore\n")
    case("147-role-charge-report-to-follow",
         M(147, "zimbra", frm, "Ritesh Jain", "Role mapping in ACES", when(11, 6, 16, 5), plain,
           to_lpo_cr("Shri Ritesh Jain, Inspector,", "Range-V, Indore", 147, frm_off="CGST Ujjain", to_off="CGST Indore")[:2]),
         exp("icegate", "role_mapping", missing=["charge_report"], action="request_missing",
             kinds=["transfer_order", "posting_order"]),
         "Transfer order and LPO; the charge report is to follow")

    # 148 ------------------------------------------------------------ LPO only
    frm = "zeenat.khan@icegate.gov.in"
    plain = ("Sir, pls assign GST BO roles as per LPO attached.\nZeenat Khan, Supdt, CGST Bhopal\n")
    case("148-role-lpo-only",
         M(148, "zimbra", frm, "Zeenat Khan", "GST BO roles", when(11, 7, 10, 10), plain,
           [att(lpo_pdf("Smt. Zeenat Khan, Superintendent,", "Range-III, Bhopal", "41/2025"), PDF, "LPO.pdf")]),
         exp("icegate", "role_mapping", missing=["charge_report", "transfer_order"], action="request_missing",
             kinds=["posting_order"]),
         "Only the local posting order")

    # 149 ------------------------------------------------------------ Range Gmail, complete docs
    frm = "cgstrange1.anand@gmail.com"
    plain = ("Sir,\n\nShri Chirag Patel, Inspector, has joined this Range on transfer. Kindly map his roles in GST BO.\n"
             "All three documents attached.\n\nRegards,\nDevendra Joshi\nSuperintendent, CGST Range-I, Anand\n"
             "devendra.joshi@icegate.gov.in\n9824012399\n")
    case("149-role-range-gmail-complete-docs",
         M(149, "gmail", frm, "CGST Range-I Anand", "Mapping of Chirag Patel, Inspector", when(11, 10, 12, 5), plain,
           to_lpo_cr("Shri Chirag Patel, Inspector,", "Range-I, Anand", 149, "Charge Report Chirag.jpg"),
           ar=ar_pass("gmail.com", "cgstrange1.anand")),
         exp("generic", "role_mapping", missing=["icegate_sender"], action="request_missing",
             kinds=["transfer_order", "posting_order", "charge_report"]),
         "A Range office's Gmail with all three documents and a full signature: not ICEGATE")

    # 150 ------------------------------------------------------------ personal Gmail, two documents
    frm = "sneha.kulkarni91@gmail.com"
    plain = ("Sir,\n\nI joined CGST Pune-II on transfer. Kindly map roles. Transfer order and joining report attached.\n\n"
             "Sneha Kulkarni\nInspector\n")
    case("150-role-gmail-two-docs",
         M(150, "gmail", frm, "Sneha Kulkarni", "Role mapping", when(11, 11, 19, 30), plain,
           [att(transfer_pdf("Smt. Sneha Kulkarni, Inspector,", "CGST Nashik", "CGST Pune-II", "AGT/150/2025"), PDF,
                "transfer order.pdf"),
            att(jpeg(6150), JPG, "joining report.jpg")], ar=ar_pass("gmail.com", "sneha.kulkarni91")),
         exp("personal", "role_mapping", missing=["icegate_sender", "posting_order"], action="request_missing",
             kinds=["transfer_order", "charge_report"]),
         "Personal Gmail with the transfer order and joining report; no posting order")

    # 151 ------------------------------------------------------------ Outlook reply, documents named in the quote
    frm = "ashok.menon@icegate.gov.in"
    earlier = ("Sir,\n\nTransfer order and LPO attached. Kindly map my roles.\n\nAshok Menon\nSuperintendent")
    plain = ("Sir,\n\nAs asked, the charge report is attached.\n\nRegards\nAshok Menon\n" +
             q_outlook("Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>", "Tuesday, November 11, 2025 2:05 PM",
                       "Ashok Menon", "RE: Role mapping", "Kindly send the charge report.\n\n" + HELPDESK_SIG) +
             q_outlook("Ashok Menon <ashok.menon@icegate.gov.in>", "Monday, November 10, 2025 10:00 AM",
                       "saksham.seva@icegate.gov.in", "Role mapping", earlier))
    case("151-role-outlook-reply-charge-report-only",
         M(151, "outlook", frm, "Ashok Menon", "RE: Role mapping", when(11, 12, 10, 20), plain,
           [att(charge_pdf("Ashok Menon", "Range-II, Kozhikode", "10/11/2025"), PDF, "Charge report.pdf")]),
         exp("icegate", "role_mapping", missing=["posting_order", "transfer_order"], action="request_missing",
             kinds=["charge_report"]),
         "Outlook reply carrying only the charge report; transfer order and LPO only named in the quoted earlier mail")

    # 152 ------------------------------------------------------------ Division, comma signature
    frm = "div3.cgstraipur@icegate.gov.in"
    plain = ("Sir,\n\nKindly assign the roles of Range Officer in ACES to Shri Tikeshwar Sahu, Inspector, posted to\n"
             "Range-VII vide the attached LPO. TO and charge report also attached.\n\nRegards,\n"
             "Rakesh Jain, Assistant Commissioner, rakesh.jain@icegate.gov.in, 0771-2412345\n")
    case("152-role-division-comma-signature",
         M(152, "zimbra", frm, "Division-III CGST Raipur", "Role assignment - Tikeshwar Sahu", when(11, 13, 11, 0), plain,
           to_lpo_cr("Shri Tikeshwar Sahu, Inspector,", "Range-VII", 152, "Charge report.jpg", "CGST Bhopal", "CGST Raipur")),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "A Division's generic ID; signature on one line joined by commas")

    # 153 ------------------------------------------------------------ Hindi
    frm = "mahesh.chandra@icegate.gov.in"
    plain = ("महोदय,\n\nमेरा स्थानांतरण केंद्रीय जीएसटी आगरा से केंद्रीय जीएसटी कानपुर हुआ है और मैंने कार्यभार ग्रहण कर लिया है।\n"
             "कृपया ACES में पुराने रोल हटाकर नए रोल मैप करें। स्थानांतरण आदेश, स्थानीय तैनाती आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न है।\n\n"
             "(श्री महेश चंद्र)\nअधीक्षक\n")
    case("153-role-hindi-complete",
         M(153, "zimbra", frm, "महेश चंद्र", "रोल मैपिंग हेतु", when(11, 14, 10, 40), plain,
           [att(transfer_pdf("Shri Mahesh Chandra, Superintendent,", "CGST Agra", "CGST Kanpur", "AGT/153/2025"), PDF,
                "Transfer order.pdf"),
            att(lpo_pdf("Shri Mahesh Chandra, Superintendent,", "Division-II, Kanpur", "153/2025"), PDF, "LPO.pdf"),
            att(charge_pdf("Mahesh Chandra", "Division-II", "12/11/2025"), PDF, "Charge report.pdf")], cte="b64"),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Role mapping asked in Hindi ('पुराने रोल हटाकर नए रोल मैप करें') with all three documents")

    # 154 ------------------------------------------------------------ dmarc=fail
    frm = "prem.sagar@icegate.gov.in"
    plain = ("Sir,\nPlease map roles as per documents attached.\nPrem Sagar, Inspector\n")
    case("154-role-dmarc-fail",
         M(154, "gmail", frm, "Prem Sagar", "Role mapping", when(11, 15, 3, 20), plain,
           to_lpo_cr("Shri Prem Sagar, Inspector,", "Range-I", 154, "Charge report.jpg", "CGST Meerut", "CGST Noida"), ar=ar_fail("prem.sagar")),
         exp("icegate", "role_mapping", action="review", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Complete role mapping from an ICEGATE From: that fails DMARC: review")

    # 155 ------------------------------------------------------------ posting within the Commissionerate
    frm = "anupama.reddy@icegate.gov.in"
    plain = ("Sir,\n\nI have been posted from Division-I to Division-IV within CGST Hyderabad by the attached local\n"
             "posting order and have taken charge (charge report attached). There is no transfer order as it is an\n"
             "internal posting. Kindly change my role mapping in ACES.\n\nAnupama Reddy\nSuperintendent\n")
    case("155-role-internal-posting-no-transfer-order",
         M(155, "zimbra", frm, "Anupama Reddy", "Change of role mapping", when(11, 17, 11, 30), plain,
           [att(lpo_pdf("Smt. Anupama Reddy, Superintendent,", "Division-IV", "201/2025"), PDF, "LPO 201-2025.pdf"),
            att(charge_pdf("Anupama Reddy", "Division-IV", "14/11/2025"), PDF, "Charge report.pdf")]),
         exp("icegate", "role_mapping", missing=["transfer_order"], action="request_missing",
             kinds=["posting_order", "charge_report"]),
         "A posting inside the Commissionerate, so 'there is no transfer order': the shipped rules still list it as missing")
    note("155: the officer explains that an internal posting has no transfer order. The shipped requirement for "
         "role_mapping lists transfer_order, posting_order and charge_report without exception, so transfer_order is "
         "missing; judging the explanation is the operator's work after the reply.")

    # 156 ------------------------------------------------------------ relieved, unmap only
    frm = "sysmgr.kanpur@icegate.gov.in"
    plain = ("Sir,\n\nShri Abhay Dwivedi, Inspector, has been relieved on transfer to DGGI, Lucknow Zonal Unit. Kindly\n"
             "unmap his roles in ACES-GST. Transfer order and relief report attached.\n\nRegards,\nSaurabh Tripathi\n"
             "Superintendent (Systems)\nCGST Kanpur\nsaurabh.tripathi@icegate.gov.in\n0512-2331234\n")
    case("156-role-unmap-relieved-no-posting-order",
         M(156, "zimbra", frm, "Sysmgr Kanpur", "Unmapping of roles - Abhay Dwivedi", when(11, 18, 12, 15), plain,
           [att(transfer_pdf("Shri Abhay Dwivedi, Inspector,", "CGST Kanpur", "DGGI Lucknow Zonal Unit", "DGGI/11/2025"), PDF,
                "Transfer order.pdf"),
            att(charge_pdf("Abhay Dwivedi", "Range-IV, Kanpur", "15/11/2025", "RELIEF REPORT"), PDF, "Relief report.pdf")]),
         exp("generic", "role_mapping", missing=["posting_order"], action="request_missing",
             kinds=["transfer_order", "charge_report"]),
         "Unmapping after relief: transfer order and relief report, no local posting order")

    # 157 ------------------------------------------------------------ Devanagari charge report name
    frm = "om.prakash@icegate.gov.in"
    plain = ("Sir,\n\nKindly map my roles in ACES at CGST Udaipur. TO, LPO and charge assumption report are attached.\n\n"
             "Om Prakash\nSuperintendent\n")
    case("157-role-devanagari-charge-report-name",
         M(157, "tb", frm, "Om Prakash", "Role mapping - Om Prakash", when(11, 19, 10, 50), plain,
           [att(transfer_pdf("Shri Om Prakash, Superintendent,", "CGST Jodhpur", "CGST Udaipur", "AGT/157/2025"), PDF,
                "TO.pdf", style="2231"),
            att(lpo_pdf("Shri Om Prakash, Superintendent,", "Division-II, Udaipur", "157/2025"), PDF, "LPO.pdf", style="2231"),
            att(charge_pdf("Om Prakash", "Division-II", "17/11/2025"), PDF, "कार्यभार ग्रहण रिपोर्ट.pdf", style="2231")]),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Thunderbird, RFC 2231 names; the charge report's name is Devanagari only and its text says assumption of charge")

    # 158 ------------------------------------------------------------ iPhone
    frm = "hemant.joshi@icegate.gov.in"
    plain = ("Sir joined at ICD Sabarmati on transfer, pl map roles in ICES/ACES. TO, LPO, charge report attached.\n"
             "Hemant Joshi Appraiser" + IPHONE_FOOT)
    case("158-role-iphone-terse",
         M(158, "iphone", frm, "Hemant Joshi", "Roles", when(11, 20, 9, 5), plain,
           to_lpo_cr("Shri Hemant Joshi, Appraiser,", "ICD Sabarmati", 158, "charge report.jpeg", "Kandla Customs", "Ahmedabad Customs")),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "iPhone one-liner with all three documents")

    # 159 ------------------------------------------------------------ two officers
    frm = "computercell.cgstnashik@icegate.gov.in"
    plain = ("Sir,\n\nKindly map the following officers who joined on transfer:\n1. Shri Sameer Deshmukh, Inspector - "
             "Range-II\n2. Smt. Pallavi More, Inspector - Range-V\nTheir transfer orders, LPOs and joining reports are "
             "attached.\n\nRegards,\nAnant Kulkarni\nSuperintendent, Computer Cell\nCGST Nashik\n"
             "anant.kulkarni@icegate.gov.in\nM: 9822098765\n")
    atts = []
    for i, (nm, post) in enumerate([("Sameer Deshmukh", "Range-II"), ("Pallavi More", "Range-V")]):
        atts += [att(transfer_pdf(nm + ", Inspector,", "CGST Pune-I", "CGST Nashik", f"AGT/{159 + i}/2025"), PDF,
                     f"Transfer order - {nm}.pdf"),
                 att(lpo_pdf(nm + ", Inspector,", post, f"{159 + i}/2025"), PDF, f"LPO - {nm}.pdf"),
                 att(charge_pdf(nm, post, "20/11/2025", "JOINING REPORT"), PDF, f"Joining report - {nm}.pdf")]
    case("159-role-two-officers-six-documents",
         M(159, "zimbra", frm, "Computer Cell Nashik", "Mapping of 2 Inspectors", when(11, 21, 11, 25), plain, atts),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"] * 2),
         "Computer Cell's generic ID for two officers with six documents")

    # 160 ------------------------------------------------------------ transfer order as an unnamed scan
    frm = "gurdeep.singh@icegate.gov.in"
    plain = ("Sir,\n\nKindly map my roles. Transfer order (scan), LPO and charge report attached.\n\nGurdeep Singh\n"
             "Inspector, CGST Amritsar\n")
    case("160-role-transfer-order-unnamed-scan",
         M(160, "zimbra", frm, "Gurdeep Singh", "Role mapping", when(11, 24, 10, 10), plain,
           [att(scan_pdf(), PDF, "scan.pdf"),
            att(lpo_pdf("Shri Gurdeep Singh, Inspector,", "Range-III, Amritsar", "160/2025"), PDF, "LPO.pdf"),
            att(charge_pdf("Gurdeep Singh", "Range-III", "21/11/2025"), PDF, "Charge report.pdf")]),
         exp("icegate", "role_mapping", missing=["transfer_order"], action="request_missing",
             kinds=["other", "posting_order", "charge_report"]),
         "The transfer order is an image-only 'scan.pdf' (other), so it is missing")

    # 161 ------------------------------------------------------------ 'Sd/-' with no name
    frm = "acladmin.cgstdelhieast@icegate.gov.in"
    plain = ("Sir,\n\nKindly map Shri Naveen Chawla, Superintendent, in GST BO as per the attached documents.\n\n"
             "Yours faithfully,\nSd/-\nAssistant Commissioner (ACL Admin)\nCGST Delhi East\nTel: 011-22372111\n"
             "E-mail: pk.sethi@icegate.gov.in\n")
    case("161-role-acl-admin-sd-without-name",
         M(161, "zimbra", frm, "ACL Admin Delhi East", "GST BO mapping - Naveen Chawla", when(11, 25, 11, 50), plain,
           to_lpo_cr("Shri Naveen Chawla, Superintendent,", "Range-12", 161, "Charge report.jpg", "CGST Delhi North", "CGST Delhi East")),
         exp("generic", "role_mapping", missing=["signature_name"], action="request_missing",
             kinds=["transfer_order", "posting_order", "charge_report"]),
         "ACL Admin's generic ID signs 'Sd/-' with designation, landline and e-mail but no name")

    # 162 ------------------------------------------------------------ Thunderbird inline forward
    frm = "sysmgr.icdgarhi@icegate.gov.in"
    fwd = ("Sir,\n\nI have joined ICD Garhi Harsaru on transfer. Kindly get my roles mapped. Documents attached.\n\n"
           "Ravinder Dahiya\nPreventive Officer\n")
    plain = ("Sir,\n\nForwarded for mapping of roles of the officer. Documents attached.\n\nRegards,\nAmit Rana\n"
             "Appraiser (System Manager), ICD Garhi Harsaru\namit.rana@icegate.gov.in\nM: 9812054321\n\n"
             "-------- Forwarded Message --------\nSubject: \tRole mapping\nDate: \tMon, 24 Nov 2025 18:20:11 +0530\n"
             "From: \tRavinder Dahiya <ravinder.dahiya@icegate.gov.in>\nTo: \tsysmgr.icdgarhi@icegate.gov.in\n\n" + fwd)
    case("162-role-thunderbird-inline-forward",
         M(162, "tb", frm, "Sysmgr ICD Garhi", "Fwd: Role mapping", when(11, 25, 15, 40), plain,
           to_lpo_cr("Shri Ravinder Dahiya, Preventive Officer,", "ICD Garhi Harsaru", 162, "Joining report.jpg", "ICD Tughlakabad", "ICD Garhi Harsaru")),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Thunderbird inline forward ('-------- Forwarded Message --------' with tab-aligned fields) from the System Manager")

    # 163 ------------------------------------------------------------ plus a vigilance clearance
    frm = "kiran.bedi.cus@icegate.gov.in"
    plain = ("Sir,\n\nI have joined Amritsar Customs on transfer. Kindly map my roles in ICES and ACES. Transfer order,\n"
             "LPO, charge report and vigilance clearance attached.\n\nKiran Bedi\nSuperintendent (Preventive)\n")
    case("163-role-extra-vigilance-clearance",
         M(163, "zimbra", frm, "Kiran Bedi", "Mapping of roles", when(11, 26, 10, 5), plain,
           to_lpo_cr("Smt. Kiran Bedi, Superintendent,", "Attari Border", 163, "Charge report.jpg", "Ludhiana Customs", "Amritsar Customs") +
           [att(pdf(["VIGILANCE CLEARANCE", "Nothing adverse is on record against the officer."]), PDF,
                "Vigilance clearance.pdf")]),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report", "other"]),
         "All three documents plus a vigilance clearance (other)")

    # 164 ------------------------------------------------------------ personal Gmail as the individual e-mail
    frm = "commradmin.cgstbhubaneswar@icegate.gov.in"
    plain = ("Sir,\n\nShri Debasish Nayak, Inspector, has assumed charge at Range-VI. Kindly map his GST BO roles. "
             "Transfer\norder, posting order and assumption of charge report are attached.\n\nThanks & Regards,\n"
             "Bijay Kumar Das\nSuperintendent (Comm. Admin)\nbijaydas1972@gmail.com\nMob. 94370-12399\n")
    case("164-role-comm-admin-personal-gmail-in-signature",
         M(164, "zimbra", frm, "Comm Admin CGST BBSR", "Role mapping - Debasish Nayak", when(11, 27, 12, 30), plain,
           [att(transfer_pdf("Shri Debasish Nayak, Inspector,", "CGST Rourkela", "CGST Bhubaneswar", "AGT/164/2025"), PDF,
                "Transfer Order.pdf"),
            att(lpo_pdf("Shri Debasish Nayak, Inspector,", "Range-VI", "164/2025"), PDF, "Posting Order.pdf"),
            att(charge_pdf("Debasish Nayak", "Range-VI", "25/11/2025"), PDF, "Assumption of charge.pdf")]),
         exp("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "Commissionerate Admin's generic ID; the signature's individual e-mail is the officer's personal Gmail "
         "(individual, not an office mailbox)")

    # 165 ------------------------------------------------------------ formal letter
    frm = "p.gopinath@icegate.gov.in"
    plain = ("Sub: Mapping of roles in ACES consequent upon transfer - reg.\nRef: Transfer Order No. AGT/165/2025\n\n"
             "Sir,\n\nWith reference to the above cited subject, I have joined Visakhapatnam Customs on transfer and\n"
             "have been posted to the Docks Preventive unit. It is requested that the roles may kindly be mapped in\n"
             "ACES/ICES accordingly. Copies of the transfer order, local posting order and joining report are enclosed.\n\n"
             "Yours faithfully,\n(P. Gopinath)\nAssistant Commissioner of Customs\n")
    case("165-role-formal-letter-ac",
         M(165, "zimbra", frm, "P Gopinath", "Mapping of roles in ACES consequent upon transfer", when(11, 28, 10, 0), plain,
           to_lpo_cr("Shri P. Gopinath, Assistant Commissioner,", "Docks Preventive", 165, "Joining report.jpg", "Chennai Customs", "Visakhapatnam Customs")),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "A formal 'Sub:/Ref:/With reference to the above cited subject' letter from an AC")


# ================================================================= eccs

def build_eccs():
    # 166 ------------------------------------------------------------ password expired, screenshot
    frm = "sanjay.pillai@icegate.gov.in"
    plain = ("Sir,\n\nAfter the ECCS password expiry exercise I am unable to login to the ECCS application; it says\n"
             "'password expired' and then 'invalid credentials'. Screenshot attached. Kindly reset my ECCS password.\n\n"
             "Sanjay Pillai\nAppraiser, Courier Terminal, Air Cargo Complex, Mumbai\n")
    case("166-eccs-password-expired-screenshot",
         M(166, "zimbra", frm, "Sanjay Pillai", "ECCS login problem", when(11, 4, 12, 40), plain,
           [att(make_png(140, 90, 230), PNG, "eccs_error.png")]),
         exp("icegate", "eccs", action="redirect", kinds=["other"]),
         "ECCS password expired, login fails, screenshot attached: the ECCS helpdesk's matter")

    # 167 ------------------------------------------------------------ courier cell, fully signed
    frm = "couriercell.delhiair@icegate.gov.in"
    plain = ("Sir,\n\nOfficers of the Courier Cell are not able to log in to ECCS since morning; the OTP is not being\n"
             "received. Kindly look into it urgently as clearance of express cargo is held up.\n\nRegards,\n"
             "Manoj Rawat\nSuperintendent, Courier Cell\nIGI Airport, New Delhi\nmanoj.rawat@icegate.gov.in\n"
             "011-25652345\n")
    case("167-eccs-courier-cell-signed",
         M(167, "zimbra", frm, "Courier Cell Delhi Air", "ECCS OTP not received", when(11, 6, 10, 10), plain),
         exp("generic", "eccs", action="redirect"),
         "Courier Cell's generic ID, ECCS OTP/login failure, fully signed")

    # 168 ------------------------------------------------------------ courier cell Gmail, unsigned
    frm = "couriercell.mumbaiair@gmail.com"
    plain = ("ECCS not working for all users since 10 AM. pl check urgently.\n\nCourier Cell, ACC Sahar\n")
    case("168-eccs-courier-gmail-office-signoff",
         M(168, "gmail", frm, "Courier Cell ACC", "ECCS down", when(11, 7, 11, 5), plain,
           ar=ar_pass("gmail.com", "couriercell.mumbaiair")),
         exp("generic", "eccs", missing=["signature_designation", "signature_email", "signature_name", "signature_phone"],
             action="redirect"),
         "A Courier Cell's Gmail signs only with the office: every signature item missing, still a redirect")

    # 169 ------------------------------------------------------------ personal Gmail, OTP
    frm = "lakshmi.appraiser@gmail.com"
    plain = ("Dear Sir/Madam,\nI am an Appraiser at Chennai Air Cargo Courier unit. ECCS is asking for OTP on my old mobile\n"
             "number so I cannot log in. Please help.\n\nLakshmi Devi\n")
    case("169-eccs-gmail-otp-old-mobile",
         M(169, "gmail", frm, "Lakshmi Devi", "ECCS OTP issue", when(11, 10, 18, 20), plain,
           ar=ar_pass("gmail.com", "lakshmi.appraiser")),
         exp("personal", "eccs", action="redirect"),
         "An Appraiser from Gmail: ECCS OTP goes to an old mobile")

    # 170 ------------------------------------------------------------ Hinglish
    frm = "rahul.verma.cus@icegate.gov.in"
    plain = ("Sir ECCS me login nahi ho raha, password expire bata raha hai aur reset ka option kaam nahi kar raha.\n"
             "Rahul Verma, Examiner, Courier Terminal Delhi\n")
    case("170-eccs-hinglish-login",
         M(170, "zimbra", frm, "Rahul Verma", "ECCS login", when(11, 12, 12, 50), plain),
         exp("icegate", "eccs", action="redirect"),
         "Hinglish: ECCS login fails, 'password expire' and reset option not working")

    # 171 ------------------------------------------------------------ ECCS user/role with an LPO
    frm = "couriercell.bengaluru@icegate.gov.in"
    plain = ("Sir,\n\nShri Prakash Rao, Appraiser, has been posted to the Courier Terminal, KIA Bengaluru vide the attached\n"
             "LPO. Kindly create his ECCS user and assign the Appraiser role in ECCS.\n\nRegards,\nVasudha Iyer\n"
             "Assistant Commissioner (Courier)\nvasudha.iyer@icegate.gov.in\n080-29706123\n")
    case("171-eccs-user-and-role-with-lpo",
         M(171, "zimbra", frm, "Courier Cell Bengaluru", "ECCS user creation and role - Prakash Rao", when(11, 14, 11, 15),
           plain, [att(lpo_pdf("Shri Prakash Rao, Appraiser,", "Courier Terminal, KIA Bengaluru", "C-17/2025"), PDF,
                       "LPO Courier Terminal.pdf")]),
         exp("generic", "eccs", action="redirect", kinds=["posting_order"]),
         "An ECCS user and an ECCS role for an officer posted to a Courier Terminal, with the LPO: an ECCS matter, "
         "not ACES/GST role mapping")
    note("171: the mail asks for an ECCS user and an ECCS role, with a posting order attached. role_mapping in "
         "triage.md is ACES / GST role assignment; the ECCS application is the eccs request type (its own helpdesk), "
         "so the mail is redirected.")

    # 172 ------------------------------------------------------------ SSO fine, ECCS expired
    frm = "thomas.mathew@icegate.gov.in"
    plain = ("Sir,\n\nMy SSO ID and ICEGATE mail are working fine. Only the ECCS password has expired after 13th and the\n"
             "reset link is not coming. Kindly reset my ECCS password.\n\nThomas Mathew\nSuperintendent, Cochin Air Cargo\n"
             "Mob: 9447012398\n")
    case("172-eccs-sso-fine-eccs-expired",
         M(172, "zimbra", frm, "Thomas Mathew", "ECCS password expired", when(11, 17, 10, 45), plain),
         exp("icegate", "eccs", action="redirect"),
         "'My SSO ID ... working fine. Only the ECCS password has expired': ECCS, not an SSO reset")

    # 173 ------------------------------------------------------------ dmarc fail, still a redirect
    frm = "sumit.bose@icegate.gov.in"
    plain = ("Sir, ECCS password expired, cannot login. pls reset.\nSumit Bose, Examiner\n")
    case("173-eccs-dmarc-fail-redirect-first",
         M(173, "gmail", frm, "Sumit Bose", "ECCS", when(11, 19, 0, 40), plain, ar=ar_fail("sumit.bose")),
         exp("icegate", "eccs", action="redirect"),
         "An ICEGATE From: failing DMARC asks an ECCS matter: redirect comes before review")
    note("173: the authentication failure would call for review, but the order of precedence puts redirect (eccs) "
         "before review.")

    # 174 ------------------------------------------------------------ Outlook for Android
    frm = "deepa.nair@icegate.gov.in"
    plain = "ECCS pwd expired. pl reset.\nDeepa Nair\nAppraiser ACC Kochi" + OUTLOOK_ANDROID
    case("174-eccs-outlook-android-terse",
         M(174, "outlook_android", frm, "Deepa Nair", "ECCS pwd", when(11, 21, 8, 0), plain),
         exp("icegate", "eccs", action="redirect"),
         "Three lines from Outlook for Android: 'ECCS pwd expired. pl reset.'")

    # 175 ------------------------------------------------------------ courier company employee
    frm = "rajat.courier@yahoo.com"
    plain = ("Dear Sir,\n\nI am working with Skyline Express Couriers (authorised courier, Delhi). Our ECCS login for\n"
             "filing courier bills of entry is showing 'user locked'. Please unlock.\n\nRajat Arora\n9899012345\n")
    case("175-eccs-courier-company-employee",
         M(175, "yahoo", frm, "Rajat Arora", "ECCS user locked", when(11, 24, 15, 35), plain,
           ar=ar_pass("yahoo.com", "rajat.courier")),
         exp("personal", "eccs", action="redirect"),
         "An authorised courier's employee: the courier's ECCS login is locked")
    note("175: 'rajat.courier@yahoo.com' is one person's own mailbox (a first name and his trade; he writes 'I am "
         "working with ...' and signs as himself), not a shared or role mailbox, so personal.")

    # 176 ------------------------------------------------------------ Hindi
    frm = "manju.devi@icegate.gov.in"
    plain = ("महोदय,\n\nईसीसीएस (ECCS) एप्लिकेशन का पासवर्ड समाप्त हो गया है और लॉगिन नहीं हो पा रहा है। कृपया सहायता करें।\n\n"
             "श्रीमती मंजू देवी\nपरीक्षक, कूरियर टर्मिनल, दिल्ली\n")
    case("176-eccs-hindi",
         M(176, "zimbra", frm, "मंजू देवी", "ईसीसीएस पासवर्ड", when(11, 26, 11, 30), plain, cte="b64"),
         exp("icegate", "eccs", action="redirect"),
         "In Hindi: the ECCS application's password has expired")


# ================================================================= trade_portal

def build_trade():
    # 177 ------------------------------------------------------------ exporter, IEC login
    frm = "shreeganesh.exports@gmail.com"
    plain = ("Respected Sir,\n\nWe are exporters of handicrafts (IEC 0815012345). We are unable to login to ICEGATE; it\n"
             "says invalid user ID or password. Kindly reset our password so we can file shipping bills.\n\n"
             "Thanks\nManoj Agarwal\nShree Ganesh Exports, Jaipur\n9829056789\n")
    case("177-trade-exporter-iec-login",
         M(177, "gmail", frm, "Shree Ganesh Exports", "ICEGATE login problem", when(11, 3, 17, 30), plain,
           ar=ar_pass("gmail.com", "shreeganesh.exports")),
         exp("personal", "trade_portal", action="redirect"),
         "An exporter (IEC given) cannot log in to ICEGATE and asks a password reset: a trader's portal login")

    # 178 ------------------------------------------------------------ CHA firm's info@ mailbox
    frm = "info@shivshaktilogistics.in"
    plain = ("Dear Sir,\n\nWe are a Customs Broker firm (CB licence No. R-11/2016, Mundra). Our ICEGATE login for the firm\n"
             "is not working after DSC renewal. Please help us re-register the DSC.\n\nRegards,\nNilesh Shah\n"
             "Manager (Customs)\nShiv Shakti Logistics Pvt. Ltd.\nnilesh.shah@shivshaktilogistics.in\n+91 98250 67890\n")
    case("178-trade-cha-info-mailbox-signed",
         M(178, "outlook", frm, "Shiv Shakti Logistics", "ICEGATE login - DSC", when(11, 5, 12, 20), plain,
           ar=ar_pass("shivshaktilogistics.in", "info", ip="103.20.12.5")),
         exp("generic", "trade_portal", action="redirect"),
         "A Customs Broker firm's info@ mailbox (a role mailbox), fully signed: ICEGATE login after DSC renewal")
    note("178: 'info@firm' is a shared role mailbox of a company, so generic (triage.md: 'a shared or role mailbox "
         "on any domain'); its signature carries name, designation, individual e-mail and phone, so no signature "
         "code is missing.")

    # 179 ------------------------------------------------------------ importer, registration and DSC
    frm = "rahul@rkimpex.co.in"
    plain = ("Sir,\n\nWe are importers (IEC AAFCR1234K). While doing ICEGATE registration the DSC is not getting mapped\n"
             "and registration is pending. Please advise.\n\nRahul Kapoor\nDirector, R.K. Impex Pvt Ltd\n")
    case("179-trade-importer-registration-dsc",
         M(179, "outlook", frm, "Rahul Kapoor", "ICEGATE registration pending", when(11, 7, 16, 10), plain,
           ar=ar_pass("rkimpex.co.in", "rahul", ip="103.20.12.6")),
         exp("personal", "trade_portal", action="redirect"),
         "An importer's ICEGATE registration stuck at DSC mapping")

    # 180 ------------------------------------------------------------ shipping agent, IGM
    frm = "amit.k@seahawkshipping.in"
    plain = ("Dear Team,\n\nWe are shipping agents at Nhava Sheva. Our ICEGATE login for IGM filing has been disabled.\n"
             "Kindly enable it at the earliest as the vessel arrives tomorrow.\n\nAmit Kulkarni\nSea Hawk Shipping Agency\n")
    case("180-trade-shipping-agent-igm-login",
         M(180, "outlook", frm, "Amit Kulkarni", "ICEGATE login disabled - IGM filing", when(11, 10, 14, 5), plain,
           ar=ar_pass("seahawkshipping.in", "amit.k", ip="103.20.12.7")),
         exp("personal", "trade_portal", action="redirect"),
         "A shipping agency's ICEGATE login for IGM filing is disabled")

    # 181 ------------------------------------------------------------ Hindi trader
    frm = "gupta.traders.kanpur@gmail.com"
    plain = ("महोदय,\n\nहमारी फर्म गुप्ता ट्रेडर्स (आईईसी 0512098765) का आईसीईगेट पोर्टल पर लॉगिन नहीं हो पा रहा है। कृपया सहायता करें।\n\n"
             "राकेश गुप्ता\nगुप्ता ट्रेडर्स, कानपुर\n")
    case("181-trade-hindi-iec-portal",
         M(181, "gmail", frm, "Gupta Traders", "आईसीईगेट लॉगिन", when(11, 12, 13, 15), plain, cte="b64",
           ar=ar_pass("gmail.com", "gupta.traders.kanpur")),
         exp("personal", "trade_portal", action="redirect"),
         "A trader writes in Hindi: the firm's ICEGATE portal login (IEC) fails")

    # 182 ------------------------------------------------------------ 'password reset' of the trade account
    frm = "sanjana.exim@yahoo.com"
    plain = ("Sir,\n\nPlease reset password of our ICEGATE account. User ID is our IEC 0309087654. Registered mobile is\n"
             "9820012345.\n\nSanjana\nSanjana EXIM, Mumbai\n")
    case("182-trade-password-reset-iec-user-id",
         M(182, "yahoo", frm, "Sanjana EXIM", "Password reset", when(11, 14, 10, 55), plain,
           ar=ar_pass("yahoo.com", "sanjana.exim")),
         exp("personal", "trade_portal", action="redirect"),
         "'Please reset password of our ICEGATE account. User ID is our IEC': a trader, not an officer's SSO ID")

    # 183 ------------------------------------------------------------ Appraiser forwards a trader's complaint
    frm = "harsha.vardhan@icegate.gov.in"
    fwd = ("Sir,\nOur ICEGATE ID is locked and we cannot file bills of entry. IEC 0715012345. Please help.\n"
           "Srinivas, Sai Agro Exports")
    plain = ("Sir,\n\nThe trader's mail below regarding ICEGATE login is forwarded for necessary action.\n\nRegards,\n"
             "Harsha Vardhan\nAppraiser, Hyderabad Customs\n" +
             fwd_gmail("Sai Agro Exports <saiagro.exports@gmail.com>", "Sun, 16 Nov 2025 at 20:11",
                       "ICEGATE ID locked", "<harsha.vardhan@icegate.gov.in>", fwd))
    case("183-trade-appraiser-forwards-trader",
         M(183, "gmail", frm, "Harsha Vardhan", "Fwd:", when(11, 17, 10, 20), plain),
         exp("icegate", "trade_portal", action="redirect"),
         "An Appraiser's ICEGATE ID forwards (subject only 'Fwd:') a trader's 'ICEGATE ID locked' mail: a trader's portal login")

    # 184 ------------------------------------------------------------ Customs Broker G-card employee
    frm = "kumarcb.chennai@gmail.com"
    plain = ("Sir,\n\nI am a G-card holder employee of a Customs Broker at Chennai. I need ICEGATE registration as a CB\n"
             "employee to file documents. The portal rejects my registration. Please guide.\n\nKumar\n")
    case("184-trade-cb-gcard-employee-registration",
         M(184, "gmail", frm, "Kumar", "ICEGATE registration CB employee", when(11, 19, 19, 45), plain,
           ar=ar_pass("gmail.com", "kumarcb.chennai")),
         exp("personal", "trade_portal", action="redirect"),
         "A Customs Broker's G-card employee cannot register on the ICEGATE portal")

    # 185 ------------------------------------------------------------ change of registered mobile
    frm = "accounts.meenakshitex@gmail.com"
    plain = ("Sir,\n\nThe mobile number registered with our ICEGATE account (IEC 3305098765) has changed. Kindly update it\n"
             "to 9443098765 so that we get the OTP.\n\nMeenakshi Textiles, Tiruppur\n")
    case("185-trade-change-registered-mobile",
         M(185, "gmail", frm, "Meenakshi Textiles", "Change of mobile in ICEGATE", when(11, 21, 12, 0), plain,
           ar=ar_pass("gmail.com", "accounts.meenakshitex")),
         exp("generic", "trade_portal", action="redirect",
             missing=["signature_designation", "signature_email", "signature_name", "signature_phone"]),
         "A firm's accounts mailbox (role) asks to change the mobile registered with its ICEGATE account; signed with "
         "the firm's name only")
    note("185: 'accounts.meenakshitex@gmail.com' is a firm's accounts-department mailbox, shared and named after a "
         "function, so generic; it signs only with the firm's name and place, so name, designation, individual "
         "e-mail and contact number are all absent from its signature (the mobile to be registered is in the "
         "running text, not the sign-off).")

    # 186 ------------------------------------------------------------ e-Sanchit
    frm = "pooja.logistics@outlook.com"
    plain = ("Hello,\n\nWe are unable to upload documents in e-Sanchit; after ICEGATE login the session expires. Our IEC\n"
             "is 0507012345. Please resolve.\n\nPooja Sharma\n")
    case("186-trade-esanchit-login",
         M(186, "outlook", frm, "Pooja Sharma", "e-Sanchit upload problem", when(11, 24, 13, 40), plain,
           ar=ar_pass("outlook.com", "pooja.logistics")),
         exp("personal", "trade_portal", action="redirect"),
         "A trader's e-Sanchit uploads fail after ICEGATE login (IEC given)")

    # 187 ------------------------------------------------------------ forgot ICEGATE password
    frm = "vikram.impex@outlook.com"
    plain = ("Forgot password of ICEGATE. User id = IEC 0806054321. Pls send new password.\n\nVikram\n")
    case("187-trade-forgot-password-terse",
         M(187, "outlook", frm, "Vikram Impex", "forgot password", when(11, 26, 22, 10), plain,
           ar=ar_pass("outlook.com", "vikram.impex")),
         exp("personal", "trade_portal", action="redirect"),
         "Terse 'Forgot password of ICEGATE. User id = IEC ...'")


# ================================================================= unknown

def build_unknown():
    # 188 ------------------------------------------------------------ ACES DSC / invalid session
    frm = "rohini.kale@icegate.gov.in"
    plain = ("Sir,\n\nWhile signing the order in ACES the DSC is not detected and the application shows 'Invalid session'.\n"
             "I have reinstalled the DSC driver. Kindly help.\n\nRohini Kale\nJoint Commissioner, CGST Pune-II\n")
    case("188-unknown-aces-dsc-invalid-session",
         M(188, "zimbra", frm, "Rohini Kale", "ACES DSC issue", when(11, 5, 15, 10), plain),
         exp("icegate", "unknown", action="review"),
         "A Joint Commissioner's ACES DSC / 'Invalid session' fault: none of the request types")

    # 189 ------------------------------------------------------------ mails not received
    frm = "prabhat.mishra@icegate.gov.in"
    plain = ("Sir,\n\nSince yesterday I am not receiving any mails in my ICEGATE mailbox though I can login and send.\n"
             "Please check.\n\nPrabhat Mishra\nSuperintendent\n")
    case("189-unknown-mails-not-received",
         M(189, "zimbra", frm, "Prabhat Mishra", "Mails not received", when(11, 7, 9, 40), plain),
         exp("icegate", "unknown", action="review"),
         "Mailbox receives nothing though login works: a technical fault, no request type")

    # 190 ------------------------------------------------------------ name spelling
    frm = "sreelakshmi.n@icegate.gov.in"
    plain = ("Sir,\n\nMy name is wrongly spelt as 'Sreelaxmi' in the SSO profile and in ACES. Kindly correct it to\n"
             "'Sreelakshmi'. Copy of my ID card attached.\n\nSreelakshmi N.\nInspector, CGST Thrissur\n")
    case("190-unknown-name-spelling-correction",
         M(190, "zimbra", frm, "Sreelakshmi N", "Correction of name in SSO profile", when(11, 11, 11, 0), plain,
           [att(jpeg(7190), JPG, "ID card.jpg")]),
         exp("icegate", "unknown", action="review", kinds=["other"]),
         "Correction of a misspelt name in the SSO profile: not a designation update nor any other type")

    # 191 ------------------------------------------------------------ mobile in SSO profile
    frm = "kamal.hassan@icegate.gov.in"
    plain = ("Sir,\n\nI have changed my mobile number. Kindly update the new number 9003098765 in my SSO profile.\n\n"
             "Kamal Hassan\nExaminer, Chennai Custom House\n")
    case("191-unknown-update-mobile-in-profile",
         M(191, "zimbra", frm, "Kamal Hassan", "Update of mobile number", when(11, 13, 10, 30), plain),
         exp("icegate", "unknown", action="review"),
         "An officer asks to update the mobile in his SSO profile: none of the request types")

    # 192 ------------------------------------------------------------ 'any update?' with the request only quoted
    frm = "pankaj.tiwari@icegate.gov.in"
    quoted = ("Sir,\n\nKindly create SSO IDs for the two Inspectors; template and service books attached.\n\n"
              "Pankaj Tiwari\nSupdt. (Systems)")
    plain = "Sir, any update on this?\n\nPankaj\n" + q_gmail("Mon, 17 Nov 2025 at 11:02", "Pankaj Tiwari <pankaj.tiwari@icegate.gov.in>",
                                                           quoted)
    case("192-unknown-any-update-request-only-quoted",
         M(192, "gmail_app", frm, "Pankaj Tiwari", "Re: Reg.", when(11, 24, 9, 15), plain),
         exp("icegate", "unknown", action="review"),
         "'any update on this?' under the subject 'Re: Reg.': what is asked is only in the quoted text, which does "
         "not count, so triage alone cannot tell the request type")
    note("192: triage.md keeps a follow-up's request type from its thread, but `maild triage` judges each file alone "
         "and quoted text is not the mail's content; neither the subject ('Re: Reg.') nor the new text names a "
         "request, so the file's request type is unknown (review), and the daemon, which knows the case, may do better.")

    # 193 ------------------------------------------------------------ VPN token from nic.in, designation only
    frm = "cgst-sys-shillong@nic.in"
    plain = ("Sir,\n\nRequest to issue VPN tokens for accessing ACES from the field offices of this Commissionerate.\n\n"
             "Regards\nSuperintendent (Systems)\n" + NIC_FOOTER)
    case("193-unknown-vpn-token-nic-unsigned",
         M(193, "nic", frm, "Systems CGST Shillong", "VPN tokens", when(11, 25, 12, 10), plain,
           ar=ar_pass("nic.in", "cgst-sys-shillong", ip="164.100.14.97")),
         exp("generic", "unknown", missing=["signature_email", "signature_name", "signature_phone"], action="review"),
         "A nic.in systems mailbox asks for VPN tokens (unknown), signed only with a designation")

    # 194 ------------------------------------------------------------ GST BO report
    frm = "naresh.babu@icegate.gov.in"
    plain = ("Sir, in GST BO the return scrutiny report (ASMT-10 list) is not generating for Range-4 since last week.\n"
             "Naresh Babu, Supdt, CGST Tirupati\n")
    case("194-unknown-gst-bo-report",
         M(194, "zimbra", frm, "Naresh Babu", "GST BO report not generating", when(11, 26, 16, 30), plain),
         exp("icegate", "unknown", action="review"),
         "A GST BO report fault")

    # 195 ------------------------------------------------------------ display name in the mailbox
    frm = "v.subramanian@icegate.gov.in"
    plain = ("Sir,\n\nMy ICEGATE mailbox shows my display name as 'V S' only. Please change it to 'Venkatesan "
             "Subramanian'.\n\nRegards\nV. Subramanian\nAppraiser\n")
    case("195-unknown-mailbox-display-name",
         M(195, "zimbra", frm, "V S", "Change display name", when(11, 27, 10, 5), plain),
         exp("icegate", "unknown", action="review"),
         "Change of the ICEGATE mailbox's display name")

    # 196 ------------------------------------------------------------ training and contact numbers
    frm = "sysmgr.tirunelveli@icegate.gov.in"
    plain = ("Sir,\n\nKindly share the schedule of the ACES-GST training for new System Managers and the current helpdesk\n"
             "contact numbers.\n\nRegards,\nA. Murugan\nSuperintendent (System Manager)\nCGST Tirunelveli\n"
             "a.murugan@icegate.gov.in\n0462-2501234\n")
    case("196-unknown-training-schedule",
         M(196, "zimbra", frm, "Sysmgr Tirunelveli", "Training schedule", when(12, 1, 11, 45), plain),
         exp("generic", "unknown", action="review"),
         "A System Manager asks for a training schedule and helpdesk numbers; fully signed")

    # 197 ------------------------------------------------------------ RMS
    frm = "nisha.goyal@icegate.gov.in"
    plain = ("Sir,\n\nBills of entry at ICD Dadri are not getting facilitated by RMS since morning and are stuck in the\n"
             "queue. Kindly check.\n\nNisha Goyal\nDeputy Commissioner, ICD Dadri\n")
    case("197-unknown-rms-queue",
         M(197, "zimbra", frm, "Nisha Goyal", "RMS facilitation stuck", when(12, 2, 12, 0), plain),
         exp("icegate", "unknown", action="review"),
         "RMS facilitation stuck at an ICD")

    # 198 ------------------------------------------------------------ 'see attached', empty subject
    frm = "bharat.lal@icegate.gov.in"
    plain = "Sir, kindly see the attached.\n"
    case("198-unknown-see-attached-screenshot",
         M(198, "zimbra", frm, "Bharat Lal", "", when(12, 3, 10, 10), plain,
           [att(make_png(100, 60, 60), PNG, "Screenshot_20251203-100544.png")]),
         exp("icegate", "unknown", action="review", kinds=["other"]),
         "Empty subject, 'kindly see the attached' and a screenshot: nothing tells the request")

    # 199 ------------------------------------------------------------ ICES printing
    frm = "docks.preventive@gmail.com"
    plain = ("Sir,\n\nUnable to print the out of charge copy of bills of entry from ICES 1.5 at the docks since the\n"
             "new printer was installed.\n\nRegards,\nJ. Fernandes\nSuperintendent (Docks Preventive)\n"
             "Mormugao, Goa\nj.fernandes@icegate.gov.in\n0832-2520456\n")
    case("199-unknown-ices-printing-gmail-generic",
         M(199, "gmail", frm, "Docks Preventive Goa", "Printing problem ICES", when(12, 4, 11, 20), plain,
           ar=ar_pass("gmail.com", "docks.preventive")),
         exp("generic", "unknown", action="review"),
         "A docks unit's Gmail reports an ICES printing fault; fully signed")


# ================================================================= automated

def raw_mail(lines, body, crlf=False):
    """A mail written out by hand (robots' mails do not follow any client)."""
    txt = "\n".join(lines) + "\n\n" + body
    if crlf:
        txt = txt.replace("\n", "\r\n")
    return txt.encode("utf-8")


def report(boundary, notice, status, returned, rtype="delivery-status"):
    """The body of a multipart/report: a notice, a machine-readable part and the returned message or headers."""
    kind = "message/delivery-status" if rtype == "delivery-status" else "message/disposition-notification"
    parts = [f"--{boundary}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{notice}\n",
             f"--{boundary}\nContent-Description: Delivery report\nContent-Type: {kind}\n\n{status}\n"]
    if returned:
        parts.append(f"--{boundary}\n{returned}\n")
    return "This is a MIME-encapsulated message.\n\n" + "".join(parts) + f"--{boundary}--\n"


ACK_HEADERS = ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
               "Return-Path: <saksham.seva@icegate.gov.in>\nDate: {date}\n"
               "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nTo: {to}\n"
               "Message-ID: <{mid}@icegate.gov.in>\nSubject: [SS/2025/{ref}] Acknowledgement\nMIME-Version: 1.0\n")


def build_automated():
    # 200 ------------------------------------------------------------ Postfix bounce
    to = "nikhil.jain.1990@yahoo.co.in"
    body = report("B200.1764051153/mx.icegate.gov.in",
                  "This is the mail system at host mx.icegate.gov.in.\n\nI'm sorry to have to inform you that your message "
                  "could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail "
                  f"system\n\n<{to}>: host mta6.am0.yahoodns.net[67.195.228.106] said: 554 delivery\n    error: dd "
                  "This user doesn't have a yahoo.co.in account (in reply to end of DATA\n    command)",
                  f"Reporting-MTA: dns; mx.icegate.gov.in\nArrival-Date: Tue, 25 Nov 2025 11:42:30 +0530 (IST)\n\n"
                  f"Final-Recipient: rfc822; {to}\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 554 delivery error",
                  ACK_HEADERS.format(date="Tue, 25 Nov 2025 11:42:28 +0530", to=to, mid="ack200", ref="11/05133"))
    raw = raw_mail(["Return-Path: <>", f"Delivered-To: {HELPDESK}", "Date: Tue, 25 Nov 2025 11:42:33 +0530 (IST)",
                    "From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)",
                    "Subject: Undelivered Mail Returned to Sender", f"To: {HELPDESK}", "Auto-Submitted: auto-replied",
                    "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status;",
                    '\tboundary="B200.1764051153/mx.icegate.gov.in"', "Message-Id: <20251125061233.B200@mx.icegate.gov.in>"],
                   body)
    case("200-auto-postfix-bounce", raw, exp("automated", "unknown", action="ignore"),
         "Postfix bounce (MAILER-DAEMON, multipart/report, Auto-Submitted) of an acknowledgement to a Yahoo address")

    # 201 ------------------------------------------------------------ Exchange NDR with the original attached
    x = tpl([row(1, "", "", "", "", "", "", "", "", "")][:0])
    orig = ("Content-Type: message/rfc822\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
            "To: <sysmgr.old.port@cbic.gov.in>\nSubject: [SS/2025/11/05201] Details required\n"
            "Message-ID: <req201@icegate.gov.in>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"in201\"\n\n"
            "--in201\nContent-Type: text/plain; charset=us-ascii\n\nKindly use the enclosed template.\n\n--in201\n"
            f"Content-Type: {XLSX_CT}; name=\"SSO_template_blank.xlsx\"\n"
            "Content-Disposition: attachment; filename=\"SSO_template_blank.xlsx\"\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(x).decode() + "--in201--\n")
    body = report("_000_NDR201_",
                  "Delivery has failed to these recipients or groups:\n\nsysmgr.old.port@cbic.gov.in\n"
                  "The email address you entered couldn't be found. Please check the recipient's email address and try\n"
                  "to resend the message.",
                  "Reporting-MTA: dns;EXCH02.cbic.gov.in\n\nFinal-recipient: RFC822; sysmgr.old.port@cbic.gov.in\n"
                  "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound",
                  orig)
    raw = raw_mail([f"Delivered-To: {HELPDESK}", "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.gov.in>",
                    f"To: <{HELPDESK}>", "Date: Wed, 26 Nov 2025 05:12:44 +0000",
                    "Subject: Undeliverable: [SS/2025/11/05201] Details required",
                    "Message-ID: <ndr201.EXCH02@cbic.gov.in>", "MIME-Version: 1.0",
                    'Content-Type: multipart/report; report-type=delivery-status; boundary="_000_NDR201_"',
                    "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"], body, crlf=True)
    case("201-auto-exchange-ndr-original-with-xlsx", raw, exp("automated", "unknown", action="ignore"),
         "Exchange NDR (multipart/report, no Auto-Submitted) returning the helpdesk's mail with a blank template "
         "inside: parts of a delivery report are no attachments")

    # 202 ------------------------------------------------------------ Lotus Domino
    raw = raw_mail([f"Delivered-To: {HELPDESK}", "From: Postmaster@domino.customskolkata.gov.in",
                    f"To: {HELPDESK}", "Date: Thu, 27 Nov 2025 10:02:11 +0530",
                    "Subject: DELIVERY FAILURE: User arup.sen (arup.sen@domino.customskolkata.gov.in) not listed in "
                    "Domino Directory", "Message-ID: <OF5A1B2C3D.7E8F9A0B-ON65258C@domino.customskolkata.gov.in>",
                    "MIME-Version: 1.0", "Content-Type: text/plain; charset=US-ASCII", "X-Mailer: Lotus Domino Release 9.0.1FP10"],
                   "Your message\n\n  Subject: [SS/2025/11/05202] Acknowledgement\n\nwas not delivered to:\n\n"
                   "  arup.sen@domino.customskolkata.gov.in\n\nbecause:\n\n  User arup.sen (arup.sen@domino.customskolkata.gov.in) "
                   "not listed in Domino Directory\n")
    case("202-auto-lotus-domino-postmaster", raw, exp("automated", "unknown", action="ignore"),
         "Lotus Domino 'DELIVERY FAILURE' in plain text from 'Postmaster@...': the postmaster sender alone makes it automated")

    # 203 ------------------------------------------------------------ qmail
    raw = raw_mail(["Return-Path: <>", f"Delivered-To: {HELPDESK}", "Date: 28 Nov 2025 06:31:02 -0000",
                    "From: MAILER-DAEMON@mail.sarafexports.com", f"To: {HELPDESK}",
                    "Subject: failure notice", "Message-ID: <20251128063102.30317.qmail@mail.sarafexports.com>"],
                   "Hi. This is the qmail-send program at mail.sarafexports.com.\nI'm afraid I wasn't able to deliver your "
                   "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work "
                   "out.\n\n<accounts@sarafexports.com>:\nmailbox is full\n\n--- Below this line is a copy of the message.\n\n"
                   "Return-Path: <saksham.seva@icegate.gov.in>\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
                   "To: accounts@sarafexports.com\nSubject: [SS/2025/11/05203] Acknowledgement\n\n"
                   "Your mail has been registered under reference SS/2025/11/05203.\n")
    case("203-auto-qmail-failure-notice", raw, exp("automated", "unknown", action="ignore"),
         "qmail 'failure notice' in plain text from MAILER-DAEMON with no other marker")

    # 204 ------------------------------------------------------------ Exim bounce
    raw = raw_mail(["Return-path: <>", f"Delivered-To: {HELPDESK}", "X-Failed-Recipients: ravi@sunrisetraders.co.in",
                    "Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@server12.hostingraja.in>",
                    f"To: {HELPDESK}", "Content-Type: text/plain; charset=us-ascii",
                    "Subject: Mail delivery failed: returning message to sender",
                    "Message-Id: <E1vC7aQ-0007Xk-2P@server12.hostingraja.in>", "Date: Fri, 28 Nov 2025 12:04:10 +0530"],
                   "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
                   "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
                   "failed:\n\n  ravi@sunrisetraders.co.in\n    No Such User Here\n\n------ This is a copy of the message, "
                   "including all the headers. ------\n\nSubject: [SS/2025/11/05204] Acknowledgement\n")
    case("204-auto-exim-bounce", raw, exp("automated", "unknown", action="ignore"),
         "Exim 'Mail delivery failed' (Auto-Submitted, X-Failed-Recipients, Mailer-Daemon)")

    # 205 ------------------------------------------------------------ Exim delay warning
    raw = raw_mail(["Return-path: <>", f"Delivered-To: {HELPDESK}", "Auto-Submitted: auto-replied",
                    "From: Mail Delivery System <Mailer-Daemon@mx1.bharatcargo.in>", f"To: {HELPDESK}",
                    "Subject: Warning: message 1vBx2k-0004Kq-3T delayed 24 hours",
                    "Message-Id: <E1vD1bb-0001aa-9Q@mx1.bharatcargo.in>", "Date: Sat, 29 Nov 2025 09:00:02 +0530",
                    "Content-Type: text/plain; charset=us-ascii"],
                   "This message was created automatically by mail delivery software.\nA message that you sent has not yet "
                   "been delivered to one or more of its\nrecipients after more than 24 hours on the queue on "
                   "mx1.bharatcargo.in.\n\nThe message identifier is:     1vBx2k-0004Kq-3T\nThe subject of the message is: "
                   "[SS/2025/11/05205] Acknowledgement\n\nNo action is required on your part. Delivery attempts will "
                   "continue for some time.\n")
    case("205-auto-exim-delay-warning", raw, exp("automated", "unknown", action="ignore"),
         "Exim 'delayed 24 hours' warning (a delay notice, Auto-Submitted)")

    # 206 ------------------------------------------------------------ Gmail bounce
    to = "vijay.kumar.cbic@gmail.com"
    body = report("000000000000b206dsn",
                  f"** Address not found **\n\nYour message wasn't delivered to {to} because the address couldn't be found,\n"
                  "or is unable to receive mail.",
                  f"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; {to}\nAction: failed\nStatus: 5.1.1\n"
                  "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
                  ACK_HEADERS.format(date="Mon, 1 Dec 2025 10:20:01 +0530", to=to, mid="ack206", ref="12/00106"))
    raw = raw_mail([f"Delivered-To: {HELPDESK}", "Return-Path: <>", "Auto-Submitted: auto-replied",
                    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"To: {HELPDESK}",
                    "Subject: Delivery Status Notification (Failure)", "Date: Mon, 01 Dec 2025 04:50:03 -0800 (PST)",
                    "Message-ID: <6578b206.050a0220.dsn@mx.google.com>", "MIME-Version: 1.0",
                    'Content-Type: multipart/report; boundary="000000000000b206dsn"; report-type=delivery-status'], body)
    case("206-auto-gmail-dsn", raw, exp("automated", "unknown", action="ignore"),
         "Gmail 'Delivery Status Notification (Failure)' from mailer-daemon@googlemail.com")

    # 207 ------------------------------------------------------------ NIC gateway
    to = "pk.sinha@gov.in"
    body = report("nic207bnd",
                  f"Your message to {to} could not be delivered: the recipient's mailbox is over quota.",
                  f"Reporting-MTA: dns; smtp.nic.in\n\nFinal-Recipient: rfc822; {to}\nAction: failed\nStatus: 5.2.2",
                  ACK_HEADERS.format(date="Tue, 2 Dec 2025 09:10:00 +0530", to=to, mid="ack207", ref="12/00207"))
    raw = raw_mail([f"Delivered-To: {HELPDESK}", "From: postmaster@nic.in", f"To: {HELPDESK}",
                    "Subject: Returned mail: see transcript for details", "Date: Tue, 2 Dec 2025 09:10:05 +0530",
                    "Message-ID: <202512020340.nic207@smtp.nic.in>", "MIME-Version: 1.0",
                    'Content-Type: multipart/report; report-type=delivery-status; boundary="nic207bnd"'], body)
    case("207-auto-nic-gateway-postmaster", raw, exp("automated", "unknown", action="ignore"),
         "NIC mail gateway's bounce (postmaster@nic.in, multipart/report, mailbox over quota)")

    # 208 ------------------------------------------------------------ Zimbra vacation
    frm = "sandeep.rawal@icegate.gov.in"
    case("208-auto-zimbra-vacation",
         M(208, "zimbra", frm, "Sandeep Rawal", "On leave", when(12, 2, 11, 5),
           "I am on leave from 01.12.2025 to 12.12.2025. For urgent work please contact the Superintendent (Systems).\n\n"
           "Sandeep Rawal\n", plain_only=True, cte="7bit",
           extra={"Auto-Submitted": "auto-replied (zimbra; vacation)", "In-Reply-To": "<ack208@icegate.gov.in>"}),
         exp("automated", "unknown", action="ignore"),
         "Zimbra vacation reply (Auto-Submitted: auto-replied) from an officer's ICEGATE ID")

    # 209 ------------------------------------------------------------ Hindi vacation
    frm = "rajesh.yadav@icegate.gov.in"
    case("209-auto-hindi-vacation",
         M(209, "zimbra", frm, "राजेश यादव", "स्वचालित उत्तर: अवकाश पर", when(12, 3, 9, 0),
           "मैं दिनांक 01.12.2025 से 10.12.2025 तक अवकाश पर हूँ। इस अवधि में ई-मेल देखना संभव नहीं होगा।\n"
           "I am on leave till 10.12.2025.\n\nराजेश यादव\n", plain_only=True, cte="b64",
           extra={"Auto-Submitted": "auto-replied (zimbra; vacation)"}),
         exp("automated", "unknown", action="ignore"),
         "A bilingual vacation reply in Hindi and English (Auto-Submitted)")

    # 210 ------------------------------------------------------------ Exchange automatic reply with a logo
    frm = "m.ansari@cbic.gov.in"
    plain = ("I am out of office on official tour till 08.12.2025 with limited access to e-mail.\n"
             "मैं 08.12.2025 तक सरकारी दौरे पर हूँ।\n\nM. Ansari\n[cid:image001.png@01DC5A11.2B3C4D210]\n")
    case("210-auto-exchange-automatic-reply-logo",
         M(210, "outlook", frm, "Mohd Ansari", "Automatic reply: [SS/2025/12/00210] Acknowledgement", when(12, 3, 10, 40),
           plain, logo="image001.png", extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
           ar=ar_pass("cbic.gov.in", "m.ansari", ip="164.100.1.20")),
         exp("automated", "unknown", action="ignore", kinds=["other"]),
         "Exchange 'Automatic reply' (Auto-Submitted: auto-generated) with the signature logo, which is still an attachment")

    # 211 ------------------------------------------------------------ Gmail vacation responder
    frm = "sunita.k.supdt@gmail.com"
    case("211-auto-gmail-vacation",
         M(211, "gmail", frm, "Sunita K", "Away till 5th December", when(12, 3, 12, 10),
           "Thank you for your mail. I am away till 5th December and will reply on return.\n",
           extra={"Auto-Submitted": "auto-replied", "In-Reply-To": "<ack211@icegate.gov.in>"},
           ar=ar_pass("gmail.com", "sunita.k.supdt")),
         exp("automated", "unknown", action="ignore"),
         "Gmail vacation responder from a personal address")

    # 212 ------------------------------------------------------------ Outlook read receipt
    frm = "hemlata.verma@icegate.gov.in"
    body = report("----=_NextPart_MDN212",
                  "Your message\n\n  To: Hemlata Verma\n  Subject: [SS/2025/12/00212] Details required\n  Sent: Wednesday, "
                  "December 3, 2025 11:00 AM (UTC+05:30)\n\nwas read on Wednesday, December 3, 2025 2:15 PM (UTC+05:30).",
                  f"Reporting-UA: icegate.gov.in; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{frm}\n"
                  "Original-Message-ID: <req212@icegate.gov.in>\nDisposition: manual-action/MDN-sent-manually; displayed",
                  None, rtype="disposition-notification")
    raw = raw_mail([f"Delivered-To: {HELPDESK}", f"From: Hemlata Verma <{frm}>", f"To: {HELPDESK}",
                    "Subject: Read: [SS/2025/12/00212] Details required", "Date: Wed, 3 Dec 2025 14:15:10 +0530",
                    "Message-ID: <00d201dc6412$mdn212@icegate.gov.in>", "MIME-Version: 1.0",
                    'Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_NextPart_MDN212"',
                    "X-Mailer: Microsoft Outlook 16.0"], body, crlf=True)
    case("212-auto-outlook-read-receipt", raw, exp("automated", "unknown", action="ignore"),
         "Outlook read receipt ('Read:', multipart/report disposition-notification) from an ICEGATE ID")

    # 213 ------------------------------------------------------------ Thunderbird return receipt
    frm = "gaurav.mehta@icegate.gov.in"
    body = report("------------MDN213",
                  "This is a Return Receipt for the mail that you sent to gaurav.mehta@icegate.gov.in.\n\nNote: This Return "
                  "Receipt only acknowledges that the message was displayed on the recipient's computer.",
                  f"Reporting-UA: icegate.gov.in; Thunderbird 128.5.0\nFinal-Recipient: rfc822;{frm}\n"
                  "Original-Message-ID: <ack213@icegate.gov.in>\nDisposition: manual-action/MDN-sent-manually; displayed",
                  None, rtype="disposition-notification")
    raw = raw_mail([f"Delivered-To: {HELPDESK}", f"From: Gaurav Mehta <{frm}>", f"To: {HELPDESK}",
                    "Subject: Return Receipt (displayed) - [SS/2025/12/00213] Acknowledgement",
                    "Date: Thu, 4 Dec 2025 10:01:00 +0530", "Message-ID: <mdn213-tb@icegate.gov.in>", "MIME-Version: 1.0",
                    "User-Agent: Mozilla Thunderbird",
                    'Content-Type: multipart/report; report-type=disposition-notification; boundary="------------MDN213"'],
                   body)
    case("213-auto-thunderbird-return-receipt", raw, exp("automated", "unknown", action="ignore"),
         "Thunderbird 'Return Receipt (displayed)' (multipart/report) with no Auto-Submitted")

    # 214 ------------------------------------------------------------ list mail, maintenance
    frm = "announce@lists.cbic.gov.in"
    case("214-auto-list-maintenance",
         M(214, "zimbra", frm, "DG Systems Announcements", "Scheduled maintenance of ACES - 7 December",
           when(12, 4, 18, 0), "All users are informed that ACES and the GST back office will be unavailable on Sunday,\n"
           "07.12.2025, from 08:00 to 14:00 hours for scheduled maintenance.\n\nDG Systems\n",
           to="cbic-all-users@lists.cbic.gov.in",
           extra={"List-Id": "CBIC announcements <cbic-all-users.lists.cbic.gov.in>",
                  "List-Unsubscribe": "<mailto:cbic-all-users-leave@lists.cbic.gov.in>"},
           ar=ar_pass("lists.cbic.gov.in", "announce", ip="164.100.1.10")),
         exp("automated", "unknown", action="ignore"),
         "Announcement through a mailing list (List-Id) of an ACES maintenance window")

    # 215 ------------------------------------------------------------ ECCS advisory, Precedence: list
    frm = "systems.wzumumbai@gov.in"
    plain = ("Advisory No. 14/SYS/WZU/2025\n\nSubject: Password expiry for Express Cargo Clearance System (ECCS) users - reg.\n\n"
             "All ECCS users are informed that passwords will expire on 15.12.2025, 12:00 hrs. Users are requested\n"
             "to reset their ECCS passwords immediately after logging in. For issues contact the ECCS Helpdesk\n"
             "(eccs.helpdesk@icegate.gov.in, 1800-2666-882).\n\n(Joint Director)\n")
    case("215-auto-eccs-advisory-precedence-list",
         M(215, "nic", frm, "ADG Systems WZU", "Advisory: ECCS password expiry - 15.12.2025", when(12, 5, 17, 30), plain,
           to="undisclosed-recipients:;", extra={"Precedence": "list"},
           ar=ar_pass("gov.in", "systems.wzumumbai", ip="164.100.14.98")),
         exp("automated", "eccs", action="ignore"),
         "An ECCS password-expiry advisory sent with Precedence: list: automated, and its own content is ECCS")
    note("200-222: every robot carries at least one marker that triage.md lists (Auto-Submitted other than no, "
         "Precedence bulk/junk/list, List-Id, a mailer-daemon/postmaster/no-reply sender, multipart/report); their "
         "texts name no request except 215, an ECCS advisory, whose own content makes it eccs. Files inside a "
         "multipart/report (201's returned template) are no attachments.")

    # 216 ------------------------------------------------------------ noreply ICEGATE
    frm = "noreply@icegate.gov.in"
    case("216-auto-noreply-icegate-notice",
         M(216, "zimbra", frm, "ICEGATE", "ICEGATE services: planned downtime", when(12, 6, 20, 0),
           "Dear User,\n\nICEGATE services will not be available from 23:00 hrs on 06.12.2025 to 02:00 hrs on 07.12.2025\n"
           "due to planned upgradation of the data centre.\n\nThis is a system generated mail.\n"),
         exp("automated", "unknown", action="ignore"),
         "A downtime notice from noreply@icegate.gov.in with no other marker")

    # 217 ------------------------------------------------------------ donotreply
    frm = "donotreply@cbic-gst.gov.in"
    case("217-auto-donotreply-gst-notice",
         M(217, "zimbra", frm, "CBIC-GST", "Back office downtime", when(12, 8, 7, 30),
           "Dear Officer,\n\nThe CBIC-GST back office application will be under maintenance on 09.12.2025 from 20:00\n"
           "to 23:00 hrs.\n\nPlease do not reply to this mail.\n", ar=ar_pass("cbic-gst.gov.in", "donotreply", ip="164.100.1.30")),
         exp("automated", "unknown", action="ignore"),
         "A notice from 'donotreply@' with no other marker")

    # 218 ------------------------------------------------------------ quarantine digest
    frm = "quarantine@mailsecurity.icegate.gov.in"
    case("218-auto-quarantine-digest",
         M(218, "zimbra", frm, "Email Security Gateway", "Quarantine summary: 3 messages held", when(12, 8, 8, 0),
           f"Quarantine summary for {HELPDESK}\n\n3 messages have been held in quarantine since the last summary:\n\n"
           "  1. From: offers@bulkdeals.xyz   Subject: Lowest price guaranteed\n"
           "  2. From: hr@jobs-portal.top     Subject: Work from home\n"
           "  3. From: billing@paypa1.co      Subject: Invoice 4471\n\nRelease or delete them from the quarantine portal.\n",
           extra={"Auto-Submitted": "auto-generated"}, ar=ar_pass("mailsecurity.icegate.gov.in", "quarantine")),
         exp("automated", "unknown", action="ignore"),
         "A mail security gateway's quarantine summary (Auto-Submitted: auto-generated)")

    # 219 ------------------------------------------------------------ antivirus notice
    frm = "virusalert@icegate.gov.in"
    case("219-auto-antivirus-notice",
         M(219, "zimbra", frm, "Content-filter at mx.icegate.gov.in", "VIRUS (Win.Trojan.Agent-1234) in mail TO YOU",
           when(12, 9, 3, 15),
           "A virus was found in a message addressed to you.\n\nSender: <billing@paypa1.co>\nSubject: Invoice 4471\n"
           "Virus: Win.Trojan.Agent-1234 in Invoice_4471.zip\n\nThe message has not been delivered.\n",
           extra={"Auto-Submitted": "auto-generated", "X-Amavis-Alert": "INFECTED, message contains virus"}),
         exp("automated", "unknown", action="ignore"),
         "An antivirus (amavis) notice about a blocked mail (Auto-Submitted: auto-generated)")

    # 220 ------------------------------------------------------------ old vacation program, Precedence: junk
    frm = "sk.bose@nic.in"
    case("220-auto-precedence-junk-vacation",
         M(220, "nic", frm, "S K Bose", "away from my mail", when(12, 9, 10, 0),
           "I will be away until 15 December and will not read my mail before then.\n", plain_only=True, cte="7bit",
           extra={"Precedence": "junk"}, ar=ar_pass("nic.in", "sk.bose", ip="164.100.14.97")),
         exp("automated", "unknown", action="ignore"),
         "An old 'vacation' program's reply marked only by Precedence: junk")

    # 221 ------------------------------------------------------------ Rediff auto-reply
    frm = "shyam.sundar62@rediffmail.com"
    case("221-auto-rediff-autoreply",
         M(221, "rediff", frm, "Shyam Sundar", "Auto Reply: Acknowledgement", when(12, 10, 11, 11),
           "Thank you for your mail. I will get back to you soon.\n",
           extra={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, ar=ar_pass("rediffmail.com", "shyam.sundar62")),
         exp("automated", "unknown", action="ignore"),
         "Rediffmail auto-reply (X-Autoreply and Auto-Submitted)")

    # 222 ------------------------------------------------------------ no-reply e-office alert
    frm = "no-reply@eoffice.cbic.gov.in"
    case("222-auto-no-reply-eoffice",
         M(222, "zimbra", frm, "eOffice CBIC", "File movement alert", when(12, 10, 16, 45),
           "Dear User,\n\nFile No. DGS/SS/45/2025 has been marked to you by Deputy Director (Systems).\n\n"
           "This is an auto-generated mail from eOffice. Do not reply.\n",
           ar=ar_pass("eoffice.cbic.gov.in", "no-reply", ip="164.100.1.40")),
         exp("automated", "unknown", action="ignore"),
         "An eOffice alert from 'no-reply@'")


# ================================================================= main

BUILDERS = [build_creation, build_status, build_reset, build_promotion, build_role, build_eccs, build_trade, build_unknown, build_automated]

README_HEAD = """# corpus5: a fifth development corpus of triage mails

Generated by `make.py` (run it with the project's `.venv/bin/python`; two runs write identical bytes).
Each `mails/NNN-name.eml` is one raw mail as delivered to saksham.seva@icegate.gov.in and
`expected/NNN-name.json` holds the compared fields of its verdict, in the format of the sample corpus.
Every expectation is derived from the contract alone (`triage.md`, `template.md`, `domain.md` of the
shared spec); the notes below give the reading wherever a mail leans on one.

The mails are written the way officers, nodal officers and the machines around them write to the
helpdesk: formal letters and one-line phone mails, Hinglish and Hindi, replies and reminders quoting
earlier mail in the styles of Outlook, Gmail, Thunderbird and Zimbra, forwards inline and as attached
messages, HTML-only Outlook mails with signature tables and logos, mobile-app footers, disclaimers,
signatures in every order, and robots of many kinds. People, local parts and numbers are fictional.

Score it with the sample corpus's scorer, from the maild checkout:

    python3 score.py --verbose --corpus tests/data/corpus5 -- .venv/bin/maild triage --json
"""


def main():
    import json
    import shutil
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for b in BUILDERS:
        b()
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for i, name in enumerate(names, start=1):
        assert name.startswith(f"{i:03d}-"), f"case {name} out of order"
    table = ["## The cases", "", "| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        errs = "; ".join(f"r{t['row']} {t['column'] or '-'} {t['code']}" for t in e["template_errors"])
        miss = ", ".join(e["missing"])
        detail = "; ".join(x for x in (f"missing {miss}" if miss else "", errs) if x)
        table.append(f"| `{name}.eml` | {intent.replace('|', '&#124;')} | **{e['action']}** ({e['sender_kind']}, "
                     f"{e['request_type']}{'; ' + detail if detail else ''}) |")
    notes = ["## Notes: readings of the spec", ""] + [f"- {n}" for n in NOTES]
    (HERE / "README.md").write_text(README_HEAD + "\n" + "\n".join(table) + "\n\n" + "\n".join(notes) + "\n",
                                    encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
