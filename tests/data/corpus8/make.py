#!/usr/bin/env python3
"""Generate the eighth, independent triage corpus for maild (mails/*.eml + expected/*.json + README.md).

The corpus dwells on what the earlier ones touched lightly: the creation template cell by cell
(header rows, header spellings, red by RGB / indexed / theme colour, every error code, dates, mobiles,
alternate e-mails, unreadable files), attachment kinds by name and by content, robots of every shape,
and follow-ups judged on their own.

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python). Two runs write the same
bytes: dates, Message-IDs and workbook time stamps are fixed. Every expected verdict is derived from the
triage contract (triage.md, template.md) and the domain notes alone; the template errors written by hand are also
recomputed from the generated workbook by a small reading of template.md (check_template) and the two
must agree, so that a slip in a row number cannot reach the expected files.
"""
from __future__ import annotations

import base64
import datetime as dt
import email.utils
import importlib.util
import io
import json
import re
import shutil
import struct
import zipfile
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py): loaded from there, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
SHIPPED = HERE.parents[3] / "shared" / "spec" / "sso_template.xlsx"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
ZIP_TIME = (2025, 11, 28, 10, 30, 0)
text, multi, att, alt, ew, b_word = kit.text, kit.multi, kit.att, kit.alt, kit.ew, kit.b_word


def D(y, m, d):
    return dt.datetime(y, m, d)


# ================================================================= workbooks

RED, BLACK = "FFFF0000", "FF000000"
KEYS = kit.KEYS
STD = dict(zip(KEYS, kit.STD_HEADERS))
DEFAULT_MANDATORY = {"first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile",
                     "alt_email", "office"}


class F:
    """A formula cell with the value Excel cached for it when the file was saved."""

    def __init__(self, formula: str, cached):
        self.formula, self.cached = formula, cached


class Dt:
    """A real spreadsheet date with a chosen number format."""

    def __init__(self, value: dt.datetime, fmt: str):
        self.value, self.fmt = value, fmt


def repack(data: bytes, formulas=None, theme_sub=None) -> bytes:
    """Re-zip a workbook with fixed entry times and core.xml stamps (openpyxl writes 'now').

    formulas maps (sheet file, cell ref) to the cached value written into that formula cell;
    theme_sub replaces an accent colour of the theme (old hex, new hex)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % ZIP_TIME
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\2",
                              body)
            if formulas and info.filename.startswith("xl/worksheets/sheet"):
                for (sheet, ref), val in formulas.items():
                    if sheet != info.filename:
                        continue
                    pat = re.compile(rb'<c r="' + ref.encode() + rb'"([^>]*)><f>([^<]*)</f><v */>')
                    if isinstance(val, str):
                        rep = rb'<c r="' + ref.encode() + rb'"\1 t="str"><f>\2</f><v>' + val.encode() + rb"</v>"
                    else:
                        rep = rb'<c r="' + ref.encode() + rb'"\1><f>\2</f><v>' + str(val).encode() + rb"</v>"
                    body, n = pat.subn(rep, body)
                    assert n == 1, (ref, body[:200])
            if theme_sub and info.filename == "xl/theme/theme1.xml":
                old, new = theme_sub
                body, n = re.subn(rb'srgbClr val="' + old.encode() + rb'"', rb'srgbClr val="' + new.encode() + rb'"',
                                  body)
                assert n == 1
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _font(colour, bold=True):
    from openpyxl.styles import Color, Font
    if colour is None:
        return Font(bold=bold)
    if isinstance(colour, tuple):
        how, val = colour
        return Font(bold=bold, color=Color(theme=val) if how == "theme" else Color(indexed=val))
    return Font(bold=bold, color=colour)


def _put(ws, r, c, v, fmt, formulas, sheetfile):
    from openpyxl.utils import get_column_letter
    if v is None or v == "":
        return
    if isinstance(v, F):
        ws.cell(row=r, column=c, value="=" + v.formula)
        formulas[(sheetfile, f"{get_column_letter(c)}{r}")] = v.cached
        return
    if isinstance(v, Dt):
        cell = ws.cell(row=r, column=c, value=v.value)
        cell.number_format = v.fmt
        return
    cell = ws.cell(row=r, column=c, value=v)
    if isinstance(v, (dt.date, dt.datetime)):
        cell.number_format = fmt


def workbook(headers, rows, *, titles=(), merge=True, sheet="SSO ID Creation", sheets_after=(), fmt="DD/MM/YYYY",
             fill=None, theme_sub=None, active=0) -> bytes:
    """A template-like workbook made with openpyxl directly.

    headers: [(text, colour)] where colour is None, an ARGB string, ("theme", n) or ("indexed", n);
    rows: lists of cell values (None for an empty row); titles: the rows above the header row (a string,
    or None for an empty row), merged across the header's width when merge is set; sheets_after: further
    sheets [(name, rows)]; fill: header fill colours {column index: ARGB} (the font stays as given)."""
    import openpyxl
    from openpyxl.styles import PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    formulas: dict = {}
    width = len(headers)
    r = 0
    for t in titles:
        r += 1
        if t is None:
            continue
        ws.cell(row=r, column=1, value=t).font = _font(BLACK)
        if merge and width > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    r += 1
    for i, (h, colour) in enumerate(headers, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = _font(colour)
        if fill and i in fill:
            c.fill = PatternFill("solid", fgColor=fill[i])
    for row in rows:
        r += 1
        if row is None:
            continue
        for i, v in enumerate(row, start=1):
            _put(ws, r, i, v, fmt, formulas, "xl/worksheets/sheet1.xml")
    for n, (name, srows) in enumerate(sheets_after, start=2):
        w2 = wb.create_sheet(name)
        for j, srow in enumerate(srows, start=1):
            for i, v in enumerate(srow, start=1):
                _put(w2, j, i, v, fmt, formulas, f"xl/worksheets/sheet{n}.xml")
    wb.active = active
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue(), formulas, theme_sub)


def std_headers(colours=None, default=None, keys=KEYS, texts=None):
    """The standard header row; colours maps key -> colour; others get default (red on default-mandatory)."""
    colours = colours or {}
    texts = texts or {}
    out = []
    for k in keys:
        if k in colours:
            col = colours[k]
        elif default is not None:
            col = default
        else:
            col = RED if k in DEFAULT_MANDATORY else BLACK
        out.append((texts.get(k, STD[k]), col))
    return out


TITLES = ("Template for SSO ID and ICEGATE Email ID Creation", "(Columns with headings in red are mandatory)")


def O(first, last, desig, dob, doj, mob, alt_mail, office, loc="", mid="", emp="", n=None):
    """One officer in the standard column order."""
    return [n, first, mid, last, desig, dob, doj, mob, alt_mail, office, loc, emp]


def numbered(*officers, start=1):
    out = []
    i = start
    for o in officers:
        if o is None:
            out.append(None)
            continue
        o = list(o)
        if o[0] is None:
            o[0] = i
        i += 1
        out.append(o)
    return out


def std_book(rows, **kw) -> bytes:
    """The standard template: two merged title rows, header on row 3, default red headers."""
    kw.setdefault("titles", TITLES)
    headers = kw.pop("headers", None) or std_headers()
    return workbook(headers, numbered(*rows), **kw)


def shipped(rows) -> bytes:
    """The blank template shipped beside the spec, filled in below its header (row 3) and re-packed."""
    import openpyxl
    wb = openpyxl.load_workbook(SHIPPED)
    ws = wb.worksheets[0]
    formulas: dict = {}
    r = 3
    for row in numbered(*rows):
        r += 1
        if row is None:
            continue
        for i, v in enumerate(row, start=1):
            _put(ws, r, i, v, "DD/MM/YYYY", formulas, "xl/worksheets/sheet1.xml")
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue(), formulas)


def shipped_blank() -> bytes:
    return SHIPPED.read_bytes()


def ole_blob(tag: str, size=5632, streams=("Workbook",)) -> bytes:
    """The bytes of an old binary (OLE2 compound) office file: not a zip, so not a readable .xlsx.

    A password-protected .xlsx is such a container too (streams EncryptionInfo, EncryptedPackage)."""
    head = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900") + bytes(6)
    names = b"".join(s.encode("utf-16-le") + b"\0\0" for s in streams)
    filler = b"".join(bytes([(i * 31 + len(tag) * 7 + ord(tag[i % len(tag)])) % 256]) for i in range(size))
    return (head + names + filler)[:size]


def truncated(data: bytes, keep: float = 0.55) -> bytes:
    return data[: int(len(data) * keep)]


def zip_of(files) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


# ================================================================= a reading of template.md (self-check)

def _norm_header(s) -> str:
    s = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", str(s))
    return re.sub(r"[\s.\-]", "", s).lower()


HEADER_KEYS = {_norm_header(h): k for k, h in STD.items()}
THEME_SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
               "hlink", "folHlink"]


def _theme_colours(data: bytes) -> list[str]:
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("xl/theme/theme1.xml").decode()
    out = []
    for slot in THEME_SLOTS:
        m = re.search(r"<a:" + slot + r">\s*<a:(?:srgbClr val|sysClr val=\"\w+\" lastClr)=\"([0-9A-Fa-f]{6})\"", xml)
        out.append(m.group(1).upper() if m else "000000")
    return out


def _rgb_of(colour, theme) -> str | None:
    from openpyxl.styles.colors import COLOR_INDEX
    if colour is None:
        return None
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        return colour.rgb[-6:].upper()
    if colour.type == "indexed":
        return COLOR_INDEX[colour.indexed][-6:].upper()
    if colour.type == "theme":
        assert not colour.tint, "tinted theme colours are not used in this corpus"
        return theme[colour.theme]
    return None


def _is_red(rgb: str | None) -> bool:
    if not rgb:
        return False
    r, g, b = int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16)
    return r >= 0xC0 and g <= 0x60 and b <= 0x60


DATE_TEXT = re.compile(r"^(\d{2})([/.\-])(\d{2})\2(\d{4})$")


def _as_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        m = DATE_TEXT.match(v)
        if m:
            try:
                return dt.date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            except ValueError:
                return None
    return None


MOBILE = re.compile(r"^(?:\+91|0)?([6-9]\d{9})$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+$")
GENERIC_ALTS: set[str] = set()  # office / shared mailboxes used as alternate e-mails in this corpus


def _initials(s: str) -> bool:
    toks = [t for t in re.split(r"[\s.]+", s.strip()) if t]
    return bool(toks) and all(len(t) == 1 and t.isalpha() for t in toks)


def template_header(data: bytes):
    """(worksheet, header row, {column index: key}) when the first sheet has the template header, else None.

    Raises on a file that is not a readable .xlsx."""
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    for r in range(1, 11):
        cells = [ws.cell(row=r, column=c) for c in range(1, (ws.max_column or 1) + 1)]
        if any(isinstance(c.value, str) and _norm_header(c.value) == "firstname" for c in cells):
            cols = {}
            for c in cells:
                if isinstance(c.value, str) and _norm_header(c.value) in HEADER_KEYS:
                    cols[c.column] = HEADER_KEYS[_norm_header(c.value)]
            return wb, ws, r, cols
    return None


def check_template(data: bytes, mail_date: dt.date):
    """The template errors of one workbook as this corpus reads template.md."""
    try:
        found = template_header(data)
    except Exception:
        return {(0, "", "unreadable")}
    assert found is not None, "not a template"
    wb, ws, hr, cols = found
    theme = _theme_colours(data)
    red = {k for c, k in cols.items() if _is_red(_rgb_of(ws.cell(row=hr, column=c).font.color, theme))}
    mandatory = red or (DEFAULT_MANDATORY & set(cols.values()))
    where = {k: c for c, k in cols.items()}
    errs = set()
    seen_mob, seen_mail = set(), set()
    for r in range(hr + 1, ws.max_row + 1):
        vals = {}
        for k, c in where.items():
            v = ws.cell(row=r, column=c).value
            vals[k] = None if v == "" else v
        if all(ws.cell(row=r, column=c).value in (None, "") for c in range(1, ws.max_column + 1)):
            continue
        for k in mandatory:
            if vals.get(k) is None:
                errs.add((r, k, "missing_mandatory"))
        for k in ("first_name", "last_name"):
            if isinstance(vals.get(k), str) and _initials(vals[k]):
                errs.add((r, k, "initials_in_name"))
        dob = doj = None
        for k in ("date_of_birth", "date_of_joining"):
            v = vals.get(k)
            if v is None:
                continue
            d = _as_date(v)
            if d is None or d > mail_date:
                errs.add((r, k, "invalid_date"))
            elif k == "date_of_birth":
                dob = d
            else:
                doj = d
        if dob and doj:
            try:
                eighteen = dob.replace(year=dob.year + 18)
            except ValueError:
                eighteen = dt.date(dob.year + 18, 3, 1)
            if doj < eighteen:
                errs.add((r, "date_of_joining", "invalid_date"))
        mob = vals.get("mobile")
        if mob is not None:
            m = MOBILE.match(str(mob))
            if not m:
                errs.add((r, "mobile", "invalid_mobile"))
            elif m.group(1) in seen_mob:
                errs.add((r, "mobile", "duplicate_mobile"))
            else:
                seen_mob.add(m.group(1))
        mail = vals.get("alt_email")
        if mail is not None:
            mail = str(mail)
            if not EMAIL.match(mail):
                errs.add((r, "alt_email", "invalid_email"))
            else:
                low = mail.lower()
                if low.endswith("@icegate.gov.in") or low in GENERIC_ALTS:
                    errs.add((r, "alt_email", "generic_alt_email"))
                if low in seen_mail:
                    errs.add((r, "alt_email", "duplicate_alt_email"))
                seen_mail.add(low)
    return errs


def is_template(data: bytes) -> bool:
    try:
        return template_header(data) is not None
    except Exception:
        return False


# ================================================================= documents

def pdf(*lines) -> bytes:
    return kit.make_pdf(list(lines))


def _jpeg_size(j: bytes):
    i = 2
    while i < len(j):
        m = j[i + 1]
        ln = struct.unpack(">H", j[i + 2:i + 4])[0]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", j[i + 5:i + 9])
            return w, h, j[i + 9]
        i += 2 + ln
    raise ValueError("no SOF")


def scan_pdf(tag: int) -> bytes:
    """An image-only PDF (one scanned JPEG page, no text layer), written by hand."""
    img = kit.jpeg(tag)
    w, h, comps = _jpeg_size(img)
    cs = "/DeviceRGB" if comps == 3 else "/DeviceGray"
    content = b"q 560 0 0 790 18 26 cm /Im0 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} /BitsPerComponent 8"
             f" /Filter /DCTDecode /Length {len(img)} >>\nstream\n").encode() + img + b"\nendstream",
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, start=1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def photo(tag: int) -> bytes:
    return kit.jpeg(tag)


def png(tag: int = 0) -> bytes:
    return kit.make_png(80 + tag % 9, 48 + tag % 7, 100 + tag % 120)


def sb(name, dob, doj) -> bytes:
    """A service book's first page with a text layer."""
    return pdf("GOVERNMENT OF INDIA", "Central Board of Indirect Taxes and Customs", "SERVICE BOOK",
               "Part I - Bio-data (first page)", f"1. Name in full (block letters) : {name.upper()}",
               f"4. Date of birth (in figures) : {dob}", f"7. Date of joining CBIC : {doj}")


def promotion(name, frm="Inspector", to="Superintendent", no="318/2025", office="CGST PUNE-I COMMISSIONERATE"):
    return pdf(office, f"ESTABLISHMENT ORDER No. {no}", f"Sub: Promotion to the grade of {to} - orders - reg.",
               "On the recommendation of the Departmental Promotion Committee, the following",
               f"{frm} is hereby promoted to the grade of {to} in Level-8 of the Pay Matrix:",
               f"1. {name}", "(Additional Commissioner, Establishment)")


def transfer(name, desig="Inspector", frm="CGST Nagpur-I", to="CGST Pune-I", no="141/2025"):
    return pdf("GOVERNMENT OF INDIA, MINISTRY OF FINANCE", f"TRANSFER ORDER No. {no}",
               "Sub: Annual General Transfer 2025 - orders - reg.",
               f"{name}, {desig}, is transferred from {frm} to {to} with immediate effect.",
               "(Joint Commissioner, Cadre Controlling Authority)")


def posting(name, desig="Inspector", post="Range-II, Division-IV", no="77/2025", office="CGST PUNE-I"):
    return pdf(f"OFFICE OF THE COMMISSIONER, {office}", f"LOCAL POSTING ORDER No. {no}",
               f"Consequent upon joining on transfer, {name}, {desig}, is posted to {post}.",
               "(Deputy Commissioner, Personnel & Vigilance)")


def charge(name, desig="Inspector", post="Range-II, Division-IV", date="24/11/2025",
           what="ASSUMPTION OF CHARGE REPORT"):
    return pdf(what, f"I, {name}, {desig}, have assumed charge of the post of {post}",
               f"in the forenoon of {date}.", "Signature of the officer assuming charge",
               "Countersigned: Assistant Commissioner")


def relief(name, desig="Inspector", post="Range-V, Division-I", date="21/11/2025"):
    return pdf("RELIEVING REPORT", f"Certified that I, {name}, {desig}, have this day handed over charge of the",
               f"post of {post} and am relieved in the afternoon of {date}",
               "consequent upon my transfer.", "Signature of the relieved officer")


def certificate(name, dob, doj, by="Joint Commissioner (P&V)", office="OFFICE OF THE COMMISSIONER OF CUSTOMS"):
    return pdf(office, "CERTIFICATE",
               f"Certified that the name, date of birth and date of joining of {name}",
               f"are as under: Date of birth {dob}; Date of joining CBIC {doj}.",
               "The service book of the officer has not yet been received from the previous department.",
               "Signature", f"({by})")


def covering(lines) -> bytes:
    return pdf(*lines)


# ================================================================= senders and clients

class Sender:
    def __init__(self, addr, display, kind, name=None, desig=None, email=None, phone=None, office=None, client="zimbra"):
        self.addr, self.display, self.kind = addr, display, kind
        self.name, self.desig, self.email, self.phone, self.office = name, desig, email, phone, office
        self.client = client

    def sig(self, drop=(), opener="Regards,", phone_label="Mob:", mail_label="E-mail:"):
        lines = ["", opener]
        if "name" not in drop and self.name:
            lines.append(self.name)
        if "designation" not in drop and self.desig:
            lines.append(self.desig)
        if self.office:
            lines.append(self.office)
        if "phone" not in drop and self.phone:
            if self.phone.startswith("0") and "-" in self.phone:
                phone_label = "Ph:"  # an STD code and number: an office landline
            lines.append(f"{phone_label} {self.phone}")
        if "email" not in drop and self.email:
            lines.append(f"{mail_label} {self.email}")
        return "\n".join(lines) + "\n"

    def has(self, drop=()):
        """The signature fields this sender's sign-off gives (for a generic sender)."""
        got = set()
        for f, v in (("name", self.name), ("designation", self.desig), ("email", self.email), ("phone", self.phone)):
            if v and f not in drop:
                got.add(f)
        return got


KOCHI = Sender("sysmgr.kochi@icegate.gov.in", "System Manager Custom House Kochi", "generic",
               "Suresh Babu Nair", "Superintendent (Systems)", "sb.nair@icegate.gov.in", "9447012345",
               "Custom House, Kochi")
PUNE = Sender("sysmgr.pune1@icegate.gov.in", "SYSMGR CGST PUNE-I", "generic",
              "Meenakshi Kulkarni", "Assistant Commissioner (Systems)", "meenakshi.kulkarni@icegate.gov.in",
              "9822034567", "CGST Pune-I Commissionerate", client="outlook")
JAIPUR = Sender("acladmin.jaipur@icegate.gov.in", "ACL Admin Jaipur", "generic",
                "Rakesh Sharma", "Superintendent (ACL Admin)", "rakesh.sharma71@icegate.gov.in", "0141-2385566",
                "CGST Jaipur Commissionerate", client="tb")
CHENNAI = Sender("edi.chennai@icegate.gov.in", "EDI Section Chennai Customs", "generic",
                 "Lakshmi Narayanan", "Deputy Commissioner (EDI)", "l.narayanan@icegate.gov.in", "9444056789",
                 "Chennai Customs House")
KOLKATA = Sender("sysmgr.kolkata@icegate.gov.in", "System Manager Kolkata Customs", "generic",
                 "Arindam Chatterjee", "Superintendent (Systems)", "arindam.c@icegate.gov.in", "9433078123",
                 "Custom House, Kolkata", client="outlook")
AC_RAJAN = Sender("p.rajan@icegate.gov.in", "P Rajan", "icegate", "P. Rajan", "Assistant Commissioner (Systems)",
                  None, "9895023456", "CGST Thiruvananthapuram")
SUPDT_GUPTA = Sender("vivek.gupta@icegate.gov.in", "Vivek Gupta", "icegate", "Vivek Gupta", "Superintendent",
                     None, "9415067890", "CGST Lucknow", client="tb")
NIC_LKO = Sender("syscell-cgst.lko@nic.in", "System Cell CGST Lucknow", "generic", "Anupam Srivastava",
                 "Superintendent (Systems)", "anupam.srivastava@icegate.gov.in", "9450012378", "CGST Lucknow")
GMAIL_OFFICER = Sender("harpreet.kaur.insp@gmail.com", "Harpreet Kaur", "personal", "Harpreet Kaur", "Inspector",
                       None, "9876012345", "CGST Ludhiana", client="gmail")


# ----------------------------------------------------------------- MIME

def when(n: int) -> dt.datetime:
    return dt.datetime(2025, 12, 1, 9, 40, tzinfo=IST) + dt.timedelta(minutes=131 * n)


def rfcdate(t: dt.datetime) -> str:
    return email.utils.format_datetime(t)


class A:
    """One attachment: bytes, content type, file name and its expected kind (None: not an attachment)."""

    def __init__(self, data, ctype, filename, kind, style=None, disp="attachment", cid=None, name_in_ct=True,
                 fn_in_cd=True, raw_part=None):
        self.data, self.ctype, self.filename, self.kind = data, ctype, filename, kind
        self.style, self.disp, self.cid = style, disp, cid
        self.name_in_ct, self.fn_in_cd, self.raw_part = name_in_ct, fn_in_cd, raw_part

    def part(self, client):
        if self.raw_part is not None:
            return self.raw_part
        style = self.style or {"gmail": "2047", "tb": "2231"}.get(client, "plain")
        if style == "plain" and self.filename and not self.filename.isascii():
            style = "2231"  # raw UTF-8 in a header is not what these clients write
        if self.filename is None:
            p = att(self.data, self.ctype, "x", disp=self.disp, cid=self.cid)
            del p["Content-Type"]
            p["Content-Type"] = self.ctype
            del p["Content-Disposition"]
            if self.disp == "inline":
                p["Content-Disposition"] = "inline"
            return p
        return att(self.data, self.ctype, self.filename, style=style, disp=self.disp, cid=self.cid,
                   name_in_ct=self.name_in_ct, fn_in_cd=self.fn_in_cd)


def raw_part(headers: str, payload: bytes):
    """A part with hand-written headers (e.g. RFC 2231 continuations), base64 body."""
    from email.mime.nonmultipart import MIMENonMultipart
    p = MIMENonMultipart("application", "octet-stream")
    del p["MIME-Version"]
    del p["Content-Type"]
    for h in re.split(r"\n(?=\S)", headers.strip("\n")):
        k, v = h.split(":", 1)
        p[k] = v.strip()
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(payload).decode("ascii"))
    return p


MAILERS = {"zimbra": kit.ZIMBRA, "outlook": kit.OUTLOOK, "tb": kit.TB, "gmail": None, "iphone": kit.IPHONE,
           "yahoo": kit.YAHOO, "rediff": kit.REDIFF}


def logo_part():
    return A(png(99), PNG, "image001.png", "other", style="plain", disp="inline", cid="image001.png@01DC6A1F.3B2E4C10")


def body_for(client, plain, atts, n, html=None, logo=False):
    """The MIME tree a client would send for this text and these attachments."""
    b = f"c8_{n:03d}"
    if client == "tb" and html is None:
        textpart = text(plain, "plain", "qp", fmt_flowed=True)
    else:
        textpart = alt(plain, html, b=b)
    if logo:
        lp = logo_part()
        textpart = multi("related", [textpart, lp.part(client)], f"=_{b}_rel")
    if not atts:
        return textpart
    return multi("mixed", [textpart] + [a.part(client) for a in atts], f"=_{b}_mix")


def domain_of(a: str) -> str:
    return a.rsplit("@", 1)[1]


def mid_for(n, client, frm):
    dom = domain_of(frm)
    if client == "gmail":
        return f"CAJx{n:03d}q8Y7vT2mKpR4wD9sLf3Hc{n * 7919 % 100000:05d}Q@mail.gmail.com"
    if client == "outlook":
        return f"000{n:03d}01dc6a1f$3b2e4c10$b28ae430$@{dom}"
    if client == "tb":
        return f"{n:03d}a1c2e4-7f1d-4c5e-9b8a-{n * 104729 % 10 ** 12:012d}@{dom}"
    return f"{n * 2654435761 % 10 ** 9}.{n:03d}.{n * 40503 % 10 ** 13}.JavaMail.zimbra@{dom}"


def compose(n, sender, subject, plain, atts=(), *, html=None, logo=False, extra=None, to=None, crlf=None,
            ar=None, display=None, body=None, date=None) -> bytes:
    client = sender.client
    frm = kit.addr(display if display is not None else sender.display, sender.addr)
    h = kit.hdr(frm, subject, rfcdate(date or when(n)), mid_for(n, client, sender.addr),
                to=to or f"Saksham Seva <{HELPDESK}>", mailer=MAILERS.get(client), extra=extra)
    tree = body if body is not None else body_for(client, plain, list(atts), n, html=html, logo=logo)
    if crlf is None:
        crlf = client == "outlook"
    return kit.mail(h, tree, crlf=crlf, ar=ar, from_addr=sender.addr)


# ================================================================= expectations

REQ = {
    "sso_creation": (("template", "service_book"), (), True),
    "sso_status": ((), ("name", "designation", "mobile"), False),
    "password_reset": ((), ("name", "designation", "sso_id", "mobile"), True),
    "designation_update": (("promotion_order", "service_book"), (), True),
    "role_mapping": (("transfer_order", "posting_order", "charge_report"), (), True),
    "eccs": ((), (), False), "trade_portal": ((), (), False), "unknown": ((), (), False),
}


def verdict(kind, rt, frm, kinds, *, have=(), sig=(), errors=(), review=False):
    """The expected verdict, each rule of triage.md applied in turn."""
    missing = set()
    if kind != "automated":
        docs, details, need_icegate = REQ[rt]
        for d in docs:
            if d == "service_book":
                if "service_book" not in kinds and "certification_letter" not in kinds:
                    missing.add(d)
            elif d not in kinds:
                missing.add(d)
        missing |= {d for d in details if d not in have}
        if need_icegate and not frm.lower().endswith("@icegate.gov.in"):
            missing.add("icegate_sender")
        if kind == "generic":
            missing |= {f"signature_{f}" for f in ("name", "designation", "email", "phone") if f not in sig}
    if (rt == "sso_creation" and kind != "automated" and "certification_letter" in kinds
            and "service_book" not in kinds):
        review = True
    if kind == "automated":
        action = "ignore"
    elif rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif rt == "unknown" or review:
        action = "review"
    elif missing or errors:
        action = "request_missing"
    else:
        action = "acknowledge"
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(k for k in kinds if k)}


CASES: list = []
NOTES: list = []


def n_next() -> int:
    return len(CASES) + 1


def add(slug, intent, raw: bytes, e: dict, note=None):
    n = n_next()
    CASES.append((f"{n:03d}-{slug}", intent, raw, e))
    if note:
        NOTES.append((f"{n:03d}-{slug}", note))


def mail_case(slug, intent, sender, subject, plain, atts=(), *, rt, errors=(), have=(), drop=(), review=False,
              inner_kinds=(), kind=None, note=None, **kw):
    """Compose one mail, derive its verdict and check the template errors against the workbook."""
    n = n_next()
    atts = list(atts)
    kinds = [a.kind for a in atts if a.kind] + list(inner_kinds)
    if kw.get("logo"):
        kinds.append("other")  # the inline signature logo has a file name: an attachment
    date = kw.get("date") or when(n)
    got = set()
    for a in atts:
        if a.kind == "template":
            got |= check_template(a.data, date.date())
        elif a.data is not None and a.filename and a.filename.lower().endswith(".xlsx"):
            assert not is_template(a.data), (slug, a.filename)
    for tpl in kw.pop("inner_templates", ()):
        got |= check_template(tpl, date.date())
    assert got == set(errors), (slug, sorted(got ^ set(errors)))
    raw = compose(n, sender, subject, plain, atts, **kw)
    k = kind or sender.kind
    e = verdict(k, rt, sender.addr, kinds, have=have, sig=sender.has(drop), errors=errors, review=review)
    add(slug, intent, raw, e, note)
    return n


# ================================================================= people (all fictional)

FIRST = ["Anil", "Priya", "Rohit", "Sneha", "Vikram", "Kavya", "Arjun", "Deepa", "Manoj", "Ritu", "Sanjay", "Pooja",
         "Naveen", "Ananya", "Gaurav", "Meera", "Rahul", "Divya", "Karthik", "Neha", "Abhishek", "Swati", "Sudhir",
         "Lavanya", "Imran", "Farah", "Joseph", "Tenzin", "Bhavesh", "Nirmala", "Harish", "Shalini", "Ajay", "Rekha",
         "Mohit", "Geeta", "Prakash", "Anjali", "Vinod", "Sunita", "Aditya", "Bhavana", "Rajesh", "Kiran", "Suresh"]
LAST = ["Kumar", "Menon", "Sharma", "Iyer", "Patil", "Reddy", "Singh", "Nair", "Deshmukh", "Chauhan", "Pillai",
        "Joshi", "Bose", "Verma", "Kulkarni", "Rao", "Mishra", "Das", "Hegde", "Saxena", "Qureshi", "Khan", "Thomas",
        "Dorjee", "Patel", "Devi", "Yadav", "Banerjee", "Gowda", "Tiwari", "Mathew", "Sinha", "Bhat"]
DESIG = ["Inspector", "Examiner", "Preventive Officer", "Inspector", "Assistant Commissioner", "Examiner",
         "Inspector", "Tax Assistant"]
MAILDOM = ["gmail.com", "yahoo.in", "rediffmail.com", "gmail.com", "outlook.com", "yahoo.co.in", "gmail.com"]
_pi = [0]


class P:
    """A fictional new officer."""

    def __init__(self, i):
        self.i = i
        self.first = FIRST[i % len(FIRST)]
        self.last = LAST[(i * 7 + 3) % len(LAST)]
        self.name = f"{self.first} {self.last}"
        self.desig = DESIG[i % len(DESIG)]
        self.dob = dt.date(1993 + i % 9, 1 + (i * 5) % 12, 1 + (i * 11) % 28)
        self.doj = dt.date(2025, 8 + i % 4, 1 + (i * 3) % 27)
        lead = "9876"[i % 4]
        self.mobile = f"{lead}{(i * 7919 + 4412871) % 10 ** 9:09d}"
        self.mail = f"{self.first.lower()}.{self.last.lower()}{self.dob.year % 100}@{MAILDOM[i % len(MAILDOM)]}"

    def dob_s(self, sep="/"):
        return self.dob.strftime(f"%d{sep}%m{sep}%Y")

    def doj_s(self, sep="/"):
        return self.doj.strftime(f"%d{sep}%m{sep}%Y")

    def row(self, office, real=False, mobile_num=True, loc="", **over):
        vals = dict(first=self.first, last=self.last, desig=self.desig,
                    dob=D(self.dob.year, self.dob.month, self.dob.day) if real else self.dob_s(),
                    doj=D(self.doj.year, self.doj.month, self.doj.day) if real else self.doj_s(),
                    mob=int(self.mobile) if mobile_num else self.mobile, alt_mail=self.mail, office=office, loc=loc)
        vals.update(over)
        return O(**vals)

    def sb(self):
        return sb(self.name, self.dob_s(), self.doj_s())


def people(k):
    out = [P(_pi[0] + j) for j in range(k)]
    _pi[0] += k
    return out


def sb_atts(ps, style=None):
    return [A(p.sb(), PDF, f"Service Book - {p.name}.pdf", "service_book", style=style) for p in ps]


CREATE_OPENERS = [
    "Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the following newly joined officers of {office}.\n"
    "The filled creation template and the service book pages of the officers are attached.\n",
    "Respected Sir/Madam,\n\nThe following officers have joined {office} on initial appointment. It is requested\n"
    "that SSO IDs and ICEGATE e-mail IDs may be created for them. The creation template and their\n"
    "service book pages are enclosed.\n",
    "Sir,\n\nPlease create new SSO IDs (with ICEGATE mail IDs) for the newly recruited officers listed below,\n"
    "posted in {office}. Template and scanned service books attached.\n",
    "Madam/Sir,\n\nWith reference to the above subject, SSO ID creation is requested for the new officers of\n"
    "{office} as per the attached template. Service book copies attached herewith.\n",
]
CREATE_SUBJECTS = ["Request for creation of SSO ID and ICEGATE e-mail ID - new officers",
                   "Creation of SSO IDs for newly joined officers",
                   "SSO ID creation - new recruits - {office}",
                   "Request for SSO ID / ICEGATE mail ID creation"]


def creation_text(sender, ps, opener=None, after="", drop=(), tail=""):
    n = n_next()
    op = (opener or CREATE_OPENERS[n % len(CREATE_OPENERS)]).format(office=sender.office or "this office")
    names = "".join(f"{i}. {p.name}, {p.desig}\n" for i, p in enumerate(ps, start=1))
    return op + "\n" + names + after + sender.sig(drop=drop) + tail


def creation(slug, intent, book, ps, *, errors=(), sender=KOCHI, tname="SSO_ID_creation_template.xlsx",
             tkind="template", sbs=None, extra=(), plain=None, subject=None, drop=(), after="", note=None, **kw):
    """A creation request: the workbook, the service books (text PDFs) and the sender's full sign-off."""
    n = n_next()
    subject = subject or CREATE_SUBJECTS[n % len(CREATE_SUBJECTS)].format(office=sender.office or "")
    atts = []
    if book is not None:
        atts.append(A(book, XLSX, tname, tkind))
    atts += sb_atts(ps) if sbs is None else list(sbs)
    atts += list(extra)
    plain = plain or creation_text(sender, ps, after=after, drop=drop)
    if "hdrs" in kw:
        kw["extra"] = kw.pop("hdrs")  # extra mail headers (extra= names extra attachments here)
    return mail_case(slug, intent, sender, subject, plain, atts, rt="sso_creation", errors=errors, drop=drop,
                     note=note, **kw)


# ================================================================= A. the creation template, cell by cell

def section_templates():
    # ---- the shipped blank template, filled in
    ps = people(2)
    creation("shipped-template-filled-clean", "The blank template shipped beside the spec (merged title rows, header on "
             "row 3, red headers) filled with two officers: text dates, numeric mobiles", shipped(
                 [p.row("Custom House, Kochi", loc="Kochi") for p in ps]), ps, tname="sso_template.xlsx")

    ps = people(3)
    GENERIC_ALTS.add("sysmgr.kochi@icegate.gov.in")
    rows = [ps[0].row("Custom House, Kochi"), ps[1].row("Custom House, Kochi", last="S."),
            ps[2].row("Custom House, Kochi", alt_mail="sysmgr.kochi@icegate.gov.in")]
    creation("shipped-template-initial-and-sysmgr-mail", "The shipped template filled in: row 5's last name is the "
             "initial 'S.', row 6 gives the System Manager's own mailbox as alternate e-mail", shipped(rows), ps,
             tname="sso_template.xlsx", errors=[(5, "last_name", "initials_in_name"),
                                                (6, "alt_email", "generic_alt_email")])

    ps = people(1)
    creation("shipped-template-sent-blank", "The shipped template attached unfilled (header, no data row) with a "
             "service book: a template is attached and no data row can be wrong, so nothing is missing",
             shipped_blank(), ps, tname="sso_template.xlsx",
             note="A template with no data row has no template errors (template_errors are found in data rows only) "
                  "and the template is attached, so the verdict is acknowledge.")

    # ---- where the header row is
    ps = people(3)
    creation("header-on-row-1-no-titles", "Header on row 1 with no title rows; real spreadsheet dates; Outlook (CRLF)",
             workbook(std_headers(), numbered(*[p.row("CGST Pune-I", real=True) for p in ps])), ps, sender=PUNE,
             tname="SSO creation template.xlsx")

    ps = people(2)
    titles = ("GOVERNMENT OF INDIA", "MINISTRY OF FINANCE, DEPARTMENT OF REVENUE",
              "CENTRAL BOARD OF INDIRECT TAXES AND CUSTOMS", None, "Annexure-A",
              "Template for SSO ID and ICEGATE Email ID Creation", "(Columns with headings in red are mandatory)", None,
              "Name of the Commissionerate: CGST Jaipur")
    rows = [ps[0].row("CGST Jaipur", loc="Jaipur"), ps[1].row("CGST Jaipur", loc="Jaipur", desig="")]
    creation("header-on-row-10-under-merged-titles", "Header on row 10 under nine merged title rows and blank rows; "
             "row 12 has no designation", workbook(std_headers(), numbered(*rows), titles=titles), ps,
             sender=JAIPUR, errors=[(12, "designation", "missing_mandatory")])

    ps = people(2)
    titles10 = titles + ("Date: 01/12/2025",)
    rows = [ps[0].row("CGST Jaipur", loc="Jaipur"), ps[1].row("CGST Jaipur", loc="Jaipur")]
    creation("header-on-row-11-not-a-template", "The same layout with one more title row: the 'First Name' row is "
             "row 11, beyond the first 10, so 'New_Officers_Jaipur.xlsx' is no template by its header (nor by its "
             "name) and the template is missing", workbook(std_headers(), numbered(*rows), titles=titles10), ps,
             sender=JAIPUR, tname="New_Officers_Jaipur.xlsx", tkind="other")

    ps = people(3)
    titles = ("Fill First Name and Last Name exactly as in the Service Book; no initials", None)
    rows = [p.row("CGST Thiruvananthapuram") for p in ps]
    rows[2][7] = 98950123
    creation("title-sentence-names-first-name", "A merged instruction row above the header mentions 'First Name' in a "
             "sentence (that cell does not read 'First Name'); the header is row 3 and row 6's mobile has 8 digits",
             workbook(std_headers(), numbered(*rows), titles=titles), ps, sender=AC_RAJAN,
             errors=[(6, "mobile", "invalid_mobile")])

    ps = people(3)
    rows = [p.row("CGST Pune-I") for p in ps]
    rows[0][2] = "Kumar"
    rows[1][9] = ""
    up = [(STD[k].upper(), BLACK) for k in KEYS]
    creation("headers-upper-case-all-black", "Re-typed template: headers in capitals ('FIRST NAME', 'MOBILE NO.'), "
             "all black so the default mandatory columns apply; row 4 (under one title row) has no office",
             workbook(up, numbered(*rows), titles=("SSO ID CREATION",)), ps, sender=PUNE,
             errors=[(4, "office", "missing_mandatory")],
             note="'FIRST NAME' reads 'First Name' under the header matching rule (case-insensitive).")

    ps = people(3)
    texts = {"serial": "SNo", "first_name": "FirstName", "middle_name": "MiddleName", "last_name": "LastName",
             "date_of_birth": "DateofBirth", "date_of_joining": "DateOfJoiningCBIC", "mobile": "MobileNo",
             "alt_email": "AlternateEmailID", "office": "Commissionerate/Office", "employee_id": "EmployeeID"}
    rows = [p.row("Chennai Customs") for p in ps]
    rows[0][7] = "98765-4321"
    creation("headers-without-spaces-or-dots", "Headers typed without spaces or dots ('FirstName', 'MobileNo', "
             "'DateOfJoiningCBIC'); row 4's mobile '98765-4321' has nine digits however its hyphen is read",
             workbook(std_headers(texts=texts), numbered(*rows), titles=TITLES), ps, sender=CHENNAI,
             errors=[(4, "mobile", "invalid_mobile")])

    ps = people(3)
    texts = {"serial": "S. No.", "first_name": "First Name (as in Service Book)", "middle_name": "Middle Name (if any)",
             "last_name": "Last Name (Surname)", "designation": "Designation (Post)",
             "date_of_birth": "Date of Birth (DD-MM-YYYY)", "date_of_joining": "Date of Joining CBIC (DD.MM.YYYY)",
             "mobile": "Mobile No. (10 digits)", "alt_email": "Alternate E-mail ID (Personal)",
             "office": "Commissionerate / Office", "location": "Location (City)", "employee_id": "Employee-ID"}
    rows = [ps[0].row("CGST Lucknow", dob=ps[0].dob_s("-"), doj=ps[0].doj_s(".")),
            ps[1].row("CGST Lucknow", dob=ps[1].dob_s("-"), doj=ps[1].doj_s(".")),
            ps[2].row("CGST Lucknow", dob=ps[2].dob_s("-"), doj=ps[2].doj_s("."))]
    creation("headers-with-brackets-and-hyphens", "Headers with bracketed notes and hyphens ('First Name (as in "
             "Service Book)', 'Alternate E-mail ID (Personal)', 'Employee-ID'); DD-MM-YYYY and DD.MM.YYYY text dates",
             workbook(std_headers(texts=texts), numbered(*rows), titles=TITLES), ps, sender=SUPDT_GUPTA)

    ps = people(3)
    texts = {"first_name": "  First  Name ", "last_name": "Last   Name", "mobile": "Mobile  No .",
             "alt_email": "Alternate Email ID ", "designation": " Designation", "office": "Commissionerate /  Office"}
    rows = [p.row("Custom House, Kolkata") for p in ps]
    rows[1][8] = "anita.rao.gmail.com"
    creation("headers-with-stray-spaces", "Headers with doubled, leading and trailing spaces; row 5's alternate "
             "e-mail has no '@'", workbook(std_headers(texts=texts), numbered(*rows), titles=TITLES), ps,
             sender=KOLKATA, errors=[(5, "alt_email", "invalid_email")])

    ps = people(3)
    order = [("S.No.", BLACK), ("Employee ID", BLACK), ("Last Name", RED), ("First Name", RED),
             ("Middle Name", BLACK), ("Gender", BLACK), ("Designation", RED), ("Mobile No.", RED),
             ("Alternate Email ID", RED), ("Date of Birth (DD/MM/YYYY)", RED),
             ("Date of Joining CBIC (DD/MM/YYYY)", RED), ("PAN", BLACK), ("Commissionerate / Office", RED),
             ("Location", BLACK), ("Remarks", BLACK)]
    g = ["M", "F", "M"]
    rows = [[i + 1, f"EMP{41200 + i}", p.last, p.first, "", g[i], p.desig, int(p.mobile), p.mail, p.dob_s(),
             p.doj_s(), f"ABCPK{1234 + i}L", "CGST Pune-I", "Pune", "New recruit"] for i, p in enumerate(ps)]
    rows[2][7] = None
    creation("columns-reordered-extra-columns", "Columns in another order (Employee ID, Last Name before First Name, "
             "Mobile before the dates) with extra columns Gender, PAN, Remarks; row 6 has no mobile (column H)",
             workbook(order, rows, titles=TITLES), ps, sender=PUNE, tname="SSO template (Pune-I).xlsx",
             errors=[(6, "mobile", "missing_mandatory")])

    ps = people(2)
    hdrs = std_headers() + [("Remarks", BLACK), ("Whether any SSO ID exists (Y/N)", BLACK)]
    rows = [p.row("CGST Thiruvananthapuram") + ["Joined on 03/11/2025", "N"] for p in ps]
    creation("extra-columns-at-the-end", "Two extra columns after Employee ID (Remarks, 'Whether any SSO ID exists') "
             "with text in them; otherwise clean", workbook(hdrs, numbered(*rows), titles=TITLES), ps,
             sender=AC_RAJAN)

    # ---- which headers are red
    ps = people(4)
    red = {"first_name", "last_name", "date_of_birth", "date_of_joining", "mobile", "location"}
    hdrs = std_headers({k: (RED if k in red else BLACK) for k in KEYS})
    rows = [ps[0].row("Custom House, Kochi", loc="Kochi"), ps[1].row("Custom House, Kochi", loc="Kochi", desig=""),
            ps[2].row("Custom House, Kochi", loc=""), ps[3].row("", loc="Kochi", alt_mail="")]
    creation("red-rgb-own-set-location-red", "This office's template marks Location red (FF0000) and leaves "
             "Designation, Alternate Email ID and Office black: row 5's empty designation and row 7's empty office "
             "and alternate e-mail are fine, row 6's empty location is not",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, errors=[(6, "location", "missing_mandatory")])

    ps = people(3)
    red = (DEFAULT_MANDATORY - {"office"}) | {"employee_id"}
    hdrs = std_headers({k: ("FFC00000" if k in red else BLACK) for k in KEYS})
    rows = [ps[0].row("", emp="CBIC-77120"), ps[1].row("CGST Lucknow"), ps[2].row("CGST Lucknow", emp="CBIC-77122")]
    creation("red-dark-red-c00000", "Mandatory headers in Excel's 'Dark Red' (C00000), Employee ID among them and "
             "Office not: row 4's empty office is fine, row 5's empty employee ID is not",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=SUPDT_GUPTA,
             errors=[(5, "employee_id", "missing_mandatory")])

    ps = people(3)
    cols = {"first_name": "FFC06060", "last_name": "FFFF0000", "mobile": "FFE02020", "designation": "FFC06161",
            "office": "FFBF0000", "alt_email": "FFFF6600", "date_of_birth": "FF800000", "date_of_joining": "FFFF00FF"}
    hdrs = std_headers({k: cols.get(k, BLACK) for k in KEYS})
    rows = [ps[0].row("Chennai Customs", desig="", dob=""), ps[1].row("", alt_mail="", doj=""),
            ps[2].row("Chennai Customs", mob="")]
    creation("red-at-the-boundaries", "Reds at the edge of the rule: C06060 and E02020 are red; C06161, BF0000, "
             "FF6600, 800000 and FF00FF are not. Only First Name, Last Name and Mobile No. are mandatory: empty "
             "designation, birth date, office, alternate e-mail and joining date pass; row 6's empty mobile does not",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=CHENNAI,
             errors=[(6, "mobile", "missing_mandatory")])

    ps = people(3)
    near = ["FFFF6600", "FF800000", "FFFF00FF", "FFBF0000", "FFFF8080", "FFC06161", "FFFF0066", "FF993300"]
    hdrs = std_headers({k: near[j] for j, k in enumerate(sorted(DEFAULT_MANDATORY))})
    rows = [ps[0].row("CGST Jaipur"), ps[1].row(""), ps[2].row("CGST Jaipur", loc="")]
    creation("near-red-only-defaults-apply", "Every usually-red header is in a near-red that is not red (orange, "
             "maroon, magenta, BF0000, pink, C06161, FF0066, brown): no header is red, so the default mandatory "
             "columns apply and row 5's empty office is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=JAIPUR,
             errors=[(5, "office", "missing_mandatory")])

    ps = people(4)
    cols = {"first_name": ("indexed", 10), "last_name": ("indexed", 10), "designation": ("indexed", 10),
            "mobile": ("indexed", 10), "employee_id": ("indexed", 2)}
    hdrs = std_headers({k: cols.get(k, BLACK) for k in KEYS})
    rows = [ps[0].row("Custom House, Kolkata", alt_mail="", emp="KOL-5501"), ps[1].row("Custom House, Kolkata"),
            ps[2].row("Custom House, Kolkata", dob="", emp="KOL-5503"),
            ps[3].row("Custom House, Kolkata", emp="KOL-5504")]
    creation("red-by-indexed-colour", "Red given as palette colours (indexed 10 and 2, both FF0000) on First/Last "
             "Name, Designation, Mobile and Employee ID: row 4's empty alternate e-mail and row 6's empty birth date "
             "pass, row 5's empty employee ID is reported", workbook(hdrs, numbered(*rows), titles=TITLES), ps,
             sender=KOLKATA, errors=[(5, "employee_id", "missing_mandatory")])

    ps = people(3)
    idx = [16, 53, 14, 29, 16, 53, 14, 29]
    hdrs = std_headers({k: ("indexed", idx[j]) for j, k in enumerate(sorted(DEFAULT_MANDATORY))})
    rows = [ps[0].row("CGST Pune-I"), ps[1].row("CGST Pune-I", desig=""), ps[2].row("CGST Pune-I")]
    creation("near-red-by-indexed-colour", "Headers in palette colours that are not red (indexed 16 maroon, 53 orange, "
             "14 magenta, 29 pink): no header is red, the defaults apply, row 5's empty designation is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=PUNE,
             errors=[(5, "designation", "missing_mandatory")])

    ps = people(3)
    red = {"first_name", "last_name", "date_of_birth", "date_of_joining", "mobile"}
    hdrs = std_headers({k: (("theme", 5) if k in red else BLACK) for k in KEYS})
    rows = [ps[0].row("CGST Thiruvananthapuram", desig=""), ps[1].row("CGST Thiruvananthapuram", doj=""),
            ps[2].row("CGST Thiruvananthapuram", alt_mail="")]
    creation("red-by-theme-colour-accent2", "Headers coloured with theme colour 5 (Accent 2, C0504D in this "
             "workbook's theme: red) on names, dates and mobile: row 4's empty designation and row 6's empty "
             "alternate e-mail pass, row 5's empty joining date is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=AC_RAJAN,
             errors=[(5, "date_of_joining", "missing_mandatory")],
             note="A theme colour is the RGB colour the workbook's own theme gives it (here Accent 2 = C0504D, whose "
                  "red component is exactly 0xC0).")

    ps = people(2)
    red = {"first_name", "last_name", "mobile"}
    hdrs = std_headers({k: (("theme", 5) if k in red else BLACK) for k in KEYS})
    rows = [ps[0].row("CGST Lucknow", desig=""), ps[1].row("CGST Lucknow")]
    creation("theme-colour-recoloured-blue", "The same theme colour 5, but this workbook's theme sets Accent 2 to "
             "blue (2E75B6): no header is red, the defaults apply and row 4's empty designation is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES, theme_sub=("C0504D", "2E75B6")), ps, sender=SUPDT_GUPTA,
             errors=[(4, "designation", "missing_mandatory")])

    ps = people(3)
    hdrs = std_headers({k: ("theme", 9) for k in DEFAULT_MANDATORY})
    rows = [ps[0].row("Chennai Customs"), ps[1].row("Chennai Customs", alt_mail=""), ps[2].row("Chennai Customs")]
    creation("theme-orange-accent6-not-red", "Usually-red headers in theme colour 9 (Accent 6, orange F79646): not "
             "red, defaults apply, row 5's empty alternate e-mail is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps, sender=CHENNAI,
             errors=[(5, "alt_email", "missing_mandatory")])

    ps = people(3)
    cols = {"first_name": RED, "last_name": ("indexed", 10), "mobile": ("theme", 5), "location": "FFC00000"}
    hdrs = std_headers({k: cols.get(k, BLACK) for k in KEYS})
    rows = [ps[0].row("Custom House, Kochi", loc="Kochi", desig=""), ps[1].row("Custom House, Kochi", loc=""),
            ps[2].row("Custom House, Kochi", loc="Kochi", last="")]
    creation("red-rgb-indexed-theme-mixed", "Red given three ways in one header row (RGB FF0000, indexed 10, theme "
             "Accent 2, RGB C00000): mandatory are First/Last Name, Mobile and Location; row 4's empty designation "
             "passes, row 5's empty location and row 6's empty last name are reported",
             workbook(hdrs, numbered(*rows), titles=TITLES), ps,
             errors=[(5, "location", "missing_mandatory"), (6, "last_name", "missing_mandatory")])

    ps = people(3)
    fillset = {"first_name", "last_name", "mobile", "location"}
    hdrs = std_headers({k: ("FFFFFFFF" if k in fillset else BLACK) for k in KEYS})
    fill = {KEYS.index(k) + 1: "FFFF0000" for k in fillset}
    rows = [ps[0].row("CGST Pune-I", loc="Pune"), ps[1].row("CGST Pune-I", loc=""), ps[2].row("", loc="Pune")]
    creation("red-fill-white-font-not-red", "Headers shaded red with white text (red fill, not a red font) on First/"
             "Last Name, Mobile and Location; every other header black: no header font is red, the defaults apply: "
             "row 5's empty location passes, row 6's empty office is reported",
             workbook(hdrs, numbered(*rows), titles=TITLES, fill=fill), ps, sender=PUNE,
             errors=[(6, "office", "missing_mandatory")])

    # ---- empty cells, empty rows, rows with only a serial number
    ps = people(3)
    rows = [ps[0].row("CGST Jaipur"), ps[1].row("CGST Jaipur", desig="", dob="", mob=""), ps[2].row("CGST Jaipur")]
    creation("one-row-three-empty-mandatory-cells", "Row 5 lacks designation, birth date and mobile: three "
             "missing_mandatory errors on one row", std_book(rows), ps, sender=JAIPUR,
             errors=[(5, "designation", "missing_mandatory"), (5, "date_of_birth", "missing_mandatory"),
                     (5, "mobile", "missing_mandatory")])

    ps = people(2)
    rows = [ps[0].row("Custom House, Kolkata"), ps[1].row("Custom House, Kolkata"), O("", "", "", "", "", "", "", "")]
    creation("row-with-only-a-serial-number", "Row 6 holds only the serial number 3: it is a data row, so every "
             "mandatory cell of it is missing", std_book(rows), ps, sender=KOLKATA,
             errors=[(6, k, "missing_mandatory") for k in sorted(DEFAULT_MANDATORY)])

    ps = people(3)
    rows = [ps[0].row("Chennai Customs"), None, ps[1].row("Chennai Customs"), None, None,
            ps[2].row("Chennai Customs", mob="5123456789")]
    creation("empty-rows-between-data-rows", "Empty rows 5, 7 and 8 between the officers (not data rows); the "
             "row numbers stay as Excel shows them: row 9's mobile starts with 5",
             std_book(rows), ps, sender=CHENNAI, errors=[(9, "mobile", "invalid_mobile")])

    ps = people(2)
    rows = [ps[0].row("CGST Lucknow"), ps[1].row("CGST Lucknow")] + [O("", "", "", "", "", "", "", "") for _ in range(3)]
    creation("serials-prefilled-below-officers", "Serial numbers 3 to 5 typed in advance below the two officers: "
             "rows 6-8 are data rows with every mandatory cell empty", std_book(rows), ps, sender=SUPDT_GUPTA,
             errors=[(r, k, "missing_mandatory") for r in (6, 7, 8) for k in sorted(DEFAULT_MANDATORY)])

    ps = people(1)
    rows = [None, ps[0].row("CGST Pune-I")]
    creation("empty-row-under-header", "An empty row right under the header; the only officer is on row 5 and clean",
             std_book(rows), ps, sender=PUNE)

    # ---- names
    ps = people(6)
    rows = [ps[0].row("CGST Jaipur", first="R"), ps[1].row("CGST Jaipur", last="K."),
            ps[2].row("CGST Jaipur", first="A K"), ps[3].row("CGST Jaipur", last="R.K."),
            ps[4].row("CGST Jaipur", mid="S."), ps[5].row("CGST Jaipur", first="Om")]
    creation("initials-in-first-and-last-names", "Initials: row 4 first name 'R', row 5 last name 'K.', row 6 first "
             "name 'A K', row 7 last name 'R.K.'; row 8's middle initial 'S.' and row 9's two-letter name 'Om' are "
             "fine", std_book(rows), ps, sender=JAIPUR,
             errors=[(4, "first_name", "initials_in_name"), (5, "last_name", "initials_in_name"),
                     (6, "first_name", "initials_in_name"), (7, "last_name", "initials_in_name")])

    # ---- dates
    ps = people(5)
    rows = [ps[0].row("Custom House, Kochi", dob="31/02/1994"), ps[1].row("Custom House, Kochi", dob="14/13/1994"),
            ps[2].row("Custom House, Kochi", dob="08/25/1995"), ps[3].row("Custom House, Kochi", dob=14031995),
            ps[4].row("Custom House, Kochi", dob="not available")]
    creation("birth-dates-that-are-not-dates", "Birth dates that are no date: 31/02/1994, month 13, a month-first "
             "08/25/1995, the number 14031995 and the words 'not available'", std_book(rows), ps,
             errors=[(r, "date_of_birth", "invalid_date") for r in range(4, 9)])

    ps = people(5)
    rows = [ps[0].row("CGST Thiruvananthapuram", doj="31/11/2025"),
            ps[1].row("CGST Thiruvananthapuram", doj=D(2026, 1, 5)),
            ps[2].row("CGST Thiruvananthapuram", doj="05-01-2026"),
            ps[3].row("CGST Thiruvananthapuram", doj="30.02.2024"), ps[4].row("CGST Thiruvananthapuram")]
    creation("joining-dates-impossible-and-future", "Joining dates 31/11/2025 (no such day), a real date in January "
             "2026 and '05-01-2026' (both after the mail's date), 30.02.2024; row 8 is clean", std_book(rows), ps,
             sender=AC_RAJAN, errors=[(r, "date_of_joining", "invalid_date") for r in range(4, 8)])

    ps = people(4)
    rows = [ps[0].row("CGST Lucknow", dob="14/03/2007", doj="14/03/2025"),
            ps[1].row("CGST Lucknow", dob="15/03/2007", doj="14/03/2025"),
            ps[2].row("CGST Lucknow", dob="20/06/2008", doj="01/07/2025"),
            ps[3].row("CGST Lucknow", dob=D(2007, 8, 1), doj="01.08.2025")]
    creation("joining-before-eighteen-and-on-birthday", "Row 4 joined on the 18th birthday (fine), row 5 one day "
             "before it, row 6 at 17; row 7 (real birth date, DD.MM.YYYY joining) on the 18th birthday",
             std_book(rows), ps, sender=SUPDT_GUPTA,
             errors=[(5, "date_of_joining", "invalid_date"), (6, "date_of_joining", "invalid_date")])

    ps = people(7)
    rows = [ps[0].row("Custom House, Kolkata", dob=Dt(D(1996, 3, 14), "DD/MM/YYYY")),
            ps[1].row("Custom House, Kolkata", dob=Dt(D(1995, 7, 2), "d-mmm-yyyy")),
            ps[2].row("Custom House, Kolkata", dob=Dt(D(1997, 11, 23), "mm/dd/yyyy")),
            ps[3].row("Custom House, Kolkata", dob=Dt(D(1998, 1, 30), "yyyy-mm-dd")),
            ps[4].row("Custom House, Kolkata", dob="14/03/1995"),
            ps[5].row("Custom House, Kolkata", dob="28-02-1996"),
            ps[6].row("Custom House, Kolkata", dob="29.02.1996")]
    creation("dates-every-accepted-form", "Birth dates as real spreadsheet dates under four number formats "
             "(DD/MM/YYYY, d-mmm-yyyy, mm/dd/yyyy, yyyy-mm-dd) and as text DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY "
             "(29.02.1996, a leap day): all valid", std_book(rows), ps, sender=KOLKATA)

    # ---- mobiles
    ps = people(5)
    rows = [ps[0].row("Chennai Customs", mob=9876543210), ps[1].row("Chennai Customs", mob="8765432109"),
            ps[2].row("Chennai Customs", mob="+917654321098"), ps[3].row("Chennai Customs", mob="06543210987"),
            ps[4].row("Chennai Customs", mob=6012345678)]
    creation("mobiles-every-valid-form", "Mobiles as a number, as text, with +91, with a leading 0, and a number "
             "starting with 6: all valid", std_book(rows), ps, sender=CHENNAI)

    ps = people(8)
    bad = [987654321, "98765432109", "5123456789", "+915123456789", "NA", "2562295", "98765 432109", "+91 98765-4321"]
    rows = [p.row("CGST Pune-I", mob=m) for p, m in zip(ps, bad)]
    creation("mobiles-every-invalid-form", "Mobiles that are not: 9 digits, 11 digits, starting with 5, +91 then 5, "
             "'NA', a 7-digit landline, '98765 432109' and '+91 98765-4321' (wrong length however the space or "
             "hyphen is read)", std_book(rows), ps, sender=PUNE,
             errors=[(r, "mobile", "invalid_mobile") for r in range(4, 12)])

    # ---- alternate e-mails
    ps = people(5)
    bad = ["ravi.kumar.gmail.com", "ravi kumar@gmail.com", "ravi@@gmail.com", "priya.menon@", "@yahoo.in"]
    rows = [p.row("CGST Jaipur", alt_mail=m) for p, m in zip(ps, bad)]
    creation("alternate-emails-invalid", "Alternate e-mails that are not addresses: no '@', a space, two '@', "
             "no domain, no local part", std_book(rows), ps, sender=JAIPUR,
             errors=[(r, "alt_email", "invalid_email") for r in range(4, 9)])

    ps = people(6)
    offs = ["cgst.range2.pune@gmail.com", "adminpune.cgst@nic.in"]
    GENERIC_ALTS.update(offs)
    GENERIC_ALTS.add("sysmgr.pune1@icegate.gov.in")
    bad = ["sysmgr.pune1@icegate.gov.in", "a.patil@icegate.gov.in", "N.Joshi@ICEGATE.GOV.IN"] + offs
    rows = [p.row("CGST Pune-I", alt_mail=m) for p, m in zip(ps, bad)] + [ps[5].row("CGST Pune-I")]
    creation("alternate-emails-generic-and-icegate", "Alternate e-mails that are not personal: the System "
             "Manager's mailbox, an individual ICEGATE ID, one in capitals (N.Joshi@ICEGATE.GOV.IN), a Range "
             "office's Gmail, the Commissionerate admin's NIC mailbox; row 9 is personal", std_book(rows), ps,
             sender=PUNE, errors=[(r, "alt_email", "generic_alt_email") for r in range(4, 9)])

    # ---- duplicates
    ps = people(6)
    rows = [ps[0].row("Custom House, Kochi", mob=9822011111), ps[1].row("Custom House, Kochi", mob="9822011111"),
            ps[2].row("Custom House, Kochi"), ps[3].row("Custom House, Kochi", mob="+919822011111"),
            ps[4].row("Custom House, Kochi", mob="09822022222"), ps[5].row("Custom House, Kochi", mob=9822022222)]
    creation("duplicate-mobiles-number-and-text", "Row 5 repeats row 4's mobile as text, row 7 repeats it with +91, "
             "row 9 (a number) repeats row 8's '0'-prefixed text: the same mobile numbers",
             std_book(rows), ps, errors=[(5, "mobile", "duplicate_mobile"), (7, "mobile", "duplicate_mobile"),
                                        (9, "mobile", "duplicate_mobile")],
             note="A mobile number is the same number whether typed as a number, as text, with +91 or with 0.")

    ps = people(4)
    rows = [ps[0].row("CGST Thiruvananthapuram", alt_mail="anita.rao@gmail.com"),
            ps[1].row("CGST Thiruvananthapuram", alt_mail="anita.rao@gmail.com"),
            ps[2].row("CGST Thiruvananthapuram", alt_mail="vikas.n@yahoo.in"),
            ps[3].row("CGST Thiruvananthapuram", alt_mail="vikas.n@YAHOO.IN")]
    creation("duplicate-alternate-emails-domain-case", "Row 5 repeats row 4's alternate e-mail; row 7 repeats row 6's "
             "with the domain in capitals (a domain is case-insensitive)", std_book(rows), ps, sender=AC_RAJAN,
             errors=[(5, "alt_email", "duplicate_alt_email"), (7, "alt_email", "duplicate_alt_email")])

    ps = people(3)
    rows = [p.row("CGST Lucknow", mob=7007123456) for p in ps]
    creation("same-mobile-three-rows", "Three officers with one mobile: rows 5 and 6 repeat a row above",
             std_book(rows), ps, sender=SUPDT_GUPTA,
             errors=[(5, "mobile", "duplicate_mobile"), (6, "mobile", "duplicate_mobile")])

    # ---- combinations
    ps = people(3)
    GENERIC_ALTS.add("sysmgr.kolkata@icegate.gov.in")
    rows = [ps[0].row("Custom House, Kolkata", first="S.", dob="31/04/1996", mob="12345", alt_mail="x.gmail.com"),
            ps[1].row("Custom House, Kolkata", desig="", alt_mail="sysmgr.kolkata@icegate.gov.in"),
            ps[2].row("Custom House, Kolkata", mob=int(ps[1].mobile), dob="10/10/2008", doj="01/09/2025")]
    creation("codes-combined-on-rows", "Row 4: initial first name, 31/04 birth date, 5-digit mobile and an e-mail "
             "without '@'; row 5: no designation and the System Manager's mailbox as alternate e-mail; row 6: row 5's "
             "mobile and joining at 16", std_book(rows), ps, sender=KOLKATA,
             errors=[(4, "first_name", "initials_in_name"), (4, "date_of_birth", "invalid_date"),
                     (4, "mobile", "invalid_mobile"), (4, "alt_email", "invalid_email"),
                     (5, "designation", "missing_mandatory"), (5, "alt_email", "generic_alt_email"),
                     (6, "mobile", "duplicate_mobile"), (6, "date_of_joining", "invalid_date")])

    ps = people(9)
    GENERIC_ALTS.add("edi.chennai@icegate.gov.in")
    rows = [ps[0].row("Chennai Customs"), ps[1].row(""), ps[2].row("Chennai Customs", first="K"),
            ps[3].row("Chennai Customs", dob="30/02/1995"), ps[4].row("Chennai Customs", mob="4987654321"),
            ps[5].row("Chennai Customs", alt_mail="sanjay@yahoo@in"),
            ps[6].row("Chennai Customs", alt_mail="edi.chennai@icegate.gov.in"),
            ps[7].row("Chennai Customs", mob=int(ps[0].mobile)), ps[8].row("Chennai Customs", alt_mail=ps[0].mail)]
    creation("every-code-one-template", "Nine officers, one error code each on rows 5-12 (missing office, initial, "
             "30/02, mobile starting 4, two '@', the section's own ICEGATE mailbox, row 4's mobile, row 4's e-mail)",
             std_book(rows), ps, sender=CHENNAI,
             errors=[(5, "office", "missing_mandatory"), (6, "first_name", "initials_in_name"),
                     (7, "date_of_birth", "invalid_date"), (8, "mobile", "invalid_mobile"),
                     (9, "alt_email", "invalid_email"), (10, "alt_email", "generic_alt_email"),
                     (11, "mobile", "duplicate_mobile"), (12, "alt_email", "duplicate_alt_email")])

    # ---- other sheets, formulas
    ps = people(2)
    junk = [["S.No.", "First Name", "Last Name", "Mobile No.", "Alternate Email ID"],
            [1, "R", "K.", "12345", "no-mail"], [2, "R", "K.", "12345", "no-mail"]]
    instr = [["Instructions for filling the template"], ["1. One officer per row."], ["2. Dates in DD/MM/YYYY."]]
    creation("second-sheet-not-read", "The first sheet is clean; a second sheet 'Draft' holds a rough copy with "
             "initials and bad mobiles and a third holds instructions: only the first sheet counts",
             std_book([p.row("Custom House, Kochi") for p in ps], sheets_after=[("Draft", junk),
                                                                              ("Instructions", instr)]), ps)

    ps = people(3)
    rows = [p.row("CGST Pune-I", loc="Pune") for p in ps]
    for j, r in enumerate(rows):
        r[0] = F("ROW()-3", j + 1)
        if j:
            r[9] = F("$J$4", "CGST Pune-I")
            r[10] = F("$K$4", "Pune")
    creation("formulas-with-cached-values", "Serial numbers as =ROW()-3 and office/location copied down with "
             "=$J$4 / =$K$4 (Excel's cached values saved in the file): clean", std_book(rows), ps, sender=PUNE,
             note="Formula cells carry the value Excel cached for them, as files saved by Excel do.")

    # ---- unreadable files
    ps = people(2)
    creation("unreadable-not-a-zip", "'SSO_Template.xlsx' holds a few lines of text (an export that failed), not a "
             "zip: unreadable, and a template by its name",
             b"Report export failed: session expired. Please login again.\r\n", ps, tname="SSO_Template.xlsx",
             errors=[(0, "", "unreadable")])

    ps = people(2)
    full = std_book([p.row("CGST Pune-I") for p in ps])
    creation("unreadable-truncated-zip", "The template cut short in transit (the first 55% of a real workbook)",
             truncated(full), ps, sender=PUNE, tname="SSO ID Creation Template - Pune.xlsx",
             errors=[(0, "", "unreadable")])

    ps = people(2)
    creation("unreadable-old-xls-renamed", "An old binary Excel (.xls, OLE2) file renamed 'SSO_template_2025.xlsx'",
             ole_blob("xls-2025"), ps, sender=JAIPUR, tname="SSO_template_2025.xlsx", errors=[(0, "", "unreadable")])

    ps = people(1)
    creation("unreadable-password-protected", "A password-protected workbook (an encrypted OLE2 container with "
             "EncryptionInfo and EncryptedPackage streams) named 'SSO Template (protected).xlsx'",
             ole_blob("enc", 8704, ("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")), ps,
             sender=KOLKATA, tname="SSO Template (protected).xlsx", errors=[(0, "", "unreadable")])

    ps = people(2)
    html = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta charset=\"utf-8\"></head><body>"
            "<table><tr><td>S.No.</td><td>First Name</td><td>Last Name</td><td>Designation</td></tr>"
            + "".join(f"<tr><td>{i}</td><td>{p.first}</td><td>{p.last}</td><td>{p.desig}</td></tr>"
                      for i, p in enumerate(ps, start=1)) + "</table></body></html>\n").encode()
    creation("unreadable-html-saved-as-xlsx", "A web page (an HTML table exported from a portal) saved as "
             "'SSO_ID_Template.xlsx'", html, ps, sender=CHENNAI, tname="SSO_ID_Template.xlsx",
             errors=[(0, "", "unreadable")])

    ps = people(2)
    creation("unreadable-zip-without-workbook", "'Template_filled.xlsx' is a zip of two photos, not a workbook",
             zip_of([("scan1.jpg", photo(41)), ("scan2.jpg", photo(42))]), ps, sender=SUPDT_GUPTA,
             tname="Template_filled.xlsx", errors=[(0, "", "unreadable")])

    # ---- names of the file
    ps = people(2)
    creation("template-named-book1", "The template saved as 'Book1.xlsx': a template by its header row",
             std_book([p.row("Custom House, Kolkata") for p in ps]), ps, sender=KOLKATA, tname="Book1.xlsx")

    ps = people(3)
    rows = [p.row("CGST Lucknow") for p in ps]
    rows[1][1] = "M."
    creation("template-named-in-hindi", "The template named 'नए अधिकारी सूची.xlsx' (list of new officers, RFC 2231 "
             "as Thunderbird writes it): a template by its header; row 5's first name is an initial",
             std_book(rows), ps, sender=SUPDT_GUPTA, tname="नए अधिकारी सूची.xlsx",
             errors=[(5, "first_name", "initials_in_name")])

    ps = people(2)
    creation("template-extension-in-capitals", "'SSO_TEMPLATE.XLSX' with the extension in capitals; clean",
             std_book([p.row("CGST Jaipur") for p in ps]), ps, sender=JAIPUR, tname="SSO_TEMPLATE.XLSX")

    ps = people(2)
    lst = workbook([(h, None) for h in ("Sl. No.", "Name of the Officer", "Designation", "Date of Birth",
                                        "Date of Joining", "Mobile No.", "Personal e-mail")],
                   [[i, p.name, p.desig, p.dob_s(), p.doj_s(), p.mobile, p.mail] for i, p in enumerate(ps, start=1)],
                   titles=("Details of newly joined officers",), sheet="Sheet1")
    creation("officers-list-not-the-template", "'New officers details.xlsx' is the office's own list ('Name of the "
             "Officer', no 'First Name' column): not the template, which is therefore missing", lst, ps,
             sender=AC_RAJAN, tname="New officers details.xlsx", tkind="other")

    ps = people(2)
    roles = workbook([(h, None) for h in ("Sl. No.", "Name", "Range", "Division")],
                     [[i, p.name, f"Range-{i}", "Division-II"] for i, p in enumerate(ps, start=1)], sheet="Ranges")
    creation("template-and-range-allocation-sheet", "The template and a second workbook 'Range allocation.xlsx' "
             "(not a template): template, other", std_book([p.row("CGST Pune-I") for p in ps]), ps, sender=PUNE,
             extra=[A(roles, XLSX, "Range allocation.xlsx", "other")])

    # ---- many officers, senders
    ps = people(6)
    rows = [p.row("Custom House, Kochi", real=(j % 2 == 0), mobile_num=(j % 3 != 1), loc="Kochi")
            for j, p in enumerate(ps)]
    creation("six-officers-clean", "Six officers, real and text dates and numeric and text mobiles mixed; one "
             "service book PDF each", std_book(rows), ps)

    ps = people(2)
    rows = [ps[0].row("CGST Lucknow"), ps[1].row("CGST Lucknow", doj="31/09/2025")]
    creation("nic-generic-sender-with-template-error", "The System Cell's NIC mailbox (generic, not ICEGATE) sends "
             "a template whose row 5 joining date is 31/09/2025", std_book(rows), ps, sender=NIC_LKO,
             errors=[(5, "date_of_joining", "invalid_date")])

    p = people(1)[0]
    me = Sender("harpreet.kaur.insp@gmail.com", "Harpreet Kaur", "personal", client="gmail")
    plain = (f"Sir,\n\nI have joined CGST Ludhiana as Inspector on {p.doj_s()}. Kindly create my SSO ID and "
             "ICEGATE e-mail ID.\nThe filled template and my service book page are attached.\n\nRegards,\n"
             "Harpreet Kaur\nInspector, CGST Ludhiana\n")
    row = p.row("CGST Ludhiana", first="Harpreet", last="Kaur")
    mail_case("officer-own-gmail-sends-template", "A new Inspector sends her own template and service book from "
              "her personal Gmail (RFC 2047 file names): the request must come from an ICEGATE address",
              me, "SSO ID creation request", plain,
              [A(std_book([row]), XLSX, "SSO template.xlsx", "template"),
               A(sb("Harpreet Kaur", p.dob_s(), p.doj_s()), PDF, "Service book.pdf", "service_book")],
              rt="sso_creation")

    ps = people(2)
    creation("template-without-service-books", "An Assistant Commissioner's own ICEGATE ID sends the template only; "
             "the service books 'are being collected'; row 5 has the office's Range Gmail as alternate e-mail",
             std_book([ps[0].row("CGST Thiruvananthapuram"),
                       ps[1].row("CGST Thiruvananthapuram", alt_mail="cgst.range2.pune@gmail.com")]), ps,
             sender=AC_RAJAN, sbs=[], plain=(
                 "Sir,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the two officers who joined this "
                 f"Commissionerate on initial appointment:\n1. {ps[0].name}\n2. {ps[1].name}\nThe filled template "
                 "is attached. Their service books are being collected and will follow.\n" + AC_RAJAN.sig()),
             errors=[(5, "alt_email", "generic_alt_email")])


def section_templates_more():
    ps = people(2)
    rows = [p.row("Custom House, Kochi")[1:] for p in ps]
    creation("no-serial-column", "The template without an S.No. column: 'First Name' is column A; clean",
             workbook(std_headers(keys=KEYS[1:]), rows, titles=TITLES), ps)

    ps = people(2)
    old = [["Old list (do not use)"], ["S.No.", "First Name", "Last Name", "Mobile No."], [1, "R.", "K.", "12345"]]
    creation("second-sheet-active-first-sheet-read", "The workbook was saved with its second sheet 'Old list' "
             "active (that sheet has a header row and bad rows); the first sheet, which is the one read, is clean",
             std_book([p.row("CGST Lucknow") for p in ps], sheets_after=[("Old list", old)], active=1), ps,
             sender=SUPDT_GUPTA)

    ps = people(2)
    rows = [ps[0].row("CGST Jaipur", alt_mail="meera.sinha@gov.in"), ps[1].row("CGST Jaipur", alt_mail="ravi.t@nic.in")]
    creation("alternate-emails-individual-gov-in", "Alternate e-mails on gov.in and nic.in that are individuals' "
             "own mailboxes (personal in the contract's sense, like a.sharma@gov.in), not office mailboxes: no error",
             std_book(rows), ps, sender=JAIPUR,
             note="triage.md calls an individual's own mailbox outside icegate.gov.in personal (its example is "
                  "a.sharma@gov.in); generic_alt_email is for generic/office mailboxes and icegate.gov.in addresses.")

    ps = people(2)
    book = std_book([p.row("Custom House, Kolkata") for p in ps])
    creation("template-as-octet-stream", "The template arrives as application/octet-stream: still a template by "
             "its header row", None, ps, sender=KOLKATA,
             extra=[A(book, "application/octet-stream", "SSO_template.xlsx", "template")])

    ps = people(3)
    copy = [STD[k] for k in KEYS]
    rows = [ps[0].row("CGST Pune-I"), ps[1].row("CGST Pune-I"), copy, ps[2].row("CGST Pune-I")]
    creation("header-row-pasted-again-in-data", "The header row pasted again as row 6 between officers: a data row "
             "whose date, mobile and e-mail cells hold header text (First/Last Name text is no initial)",
             std_book(rows), ps, sender=PUNE,
             errors=[(6, "date_of_birth", "invalid_date"), (6, "date_of_joining", "invalid_date"),
                     (6, "mobile", "invalid_mobile"), (6, "alt_email", "invalid_email")])

    ps = people(2)
    rows = [ps[0].row("Chennai Customs"), ps[1].row("Chennai Customs"), None,
            ["Certified that the above details are as per the service books. (Nodal Officer)"]]
    creation("footer-note-row-below-officers", "A footer note in column A two rows below the officers (row 7): a "
             "data row, so its mandatory cells are all missing", std_book(rows), ps, sender=CHENNAI,
             errors=[(7, k, "missing_mandatory") for k in sorted(DEFAULT_MANDATORY)])

    ps = people(2)
    rows = [ps[0].row("CGST Thiruvananthapuram"), None, ps[1].row("CGST Thiruvananthapuram", mob=int(ps[0].mobile))]
    creation("duplicate-mobile-across-empty-row", "Row 6 repeats row 4's mobile across the empty row 5",
             std_book(rows), ps, sender=AC_RAJAN, errors=[(6, "mobile", "duplicate_mobile")])

    ps = people(2)
    rows = [ps[0].row("Custom House, Kochi"), ps[1].row("Custom House, Kochi", first="R.", last="K.")]
    creation("both-names-initials-one-row", "Row 5 has initials in both first ('R.') and last name ('K.')",
             std_book(rows), ps, errors=[(5, "first_name", "initials_in_name"), (5, "last_name", "initials_in_name")])

    ps = people(2)
    rows = [ps[0].row("CGST Lucknow", real=True), ps[1].row("CGST Lucknow", dob=D(1996, 5, 5), doj=D(1990, 1, 1))]
    creation("joining-before-birth-real-dates", "Row 5's real joining date (1990) is before the real birth date "
             "(1996): joined before 18", std_book(rows), ps, sender=NIC_LKO,
             errors=[(5, "date_of_joining", "invalid_date")])

    ps = people(2)
    rows = [ps[0].row("CGST Jaipur"), O(ps[1].first, ps[1].last, "", "", "", "", "", "")]
    creation("only-names-filled-in-a-row", "Row 5 gives only the first and last name: the other six mandatory "
             "cells are missing", std_book(rows), ps, sender=JAIPUR,
             errors=[(5, k, "missing_mandatory") for k in sorted(DEFAULT_MANDATORY - {"first_name", "last_name"})])

    ps = people(2)
    creation("header-on-row-2-under-empty-row", "No title, but an empty first row: the header is row 2; clean",
             workbook(std_headers(), numbered(*[p.row("Custom House, Kolkata") for p in ps]), titles=(None,)), ps,
             sender=KOLKATA)


# ================================================================= B. attachment kinds, by name and by content

NITIN = Sender("nitin.deshpande@icegate.gov.in", "Nitin Deshpande", "icegate", "Nitin Deshpande", "Superintendent",
               None, "9890156734", "CGST Pune-I", client="outlook")
KAVITHA = Sender("kavitha.subramanian@icegate.gov.in", "Kavitha Subramanian", "icegate", "Kavitha Subramanian",
                 "Appraiser", None, "9444187650", "Chennai Customs House")
IRFAN = Sender("irfan.qureshi@icegate.gov.in", "Irfan Qureshi", "icegate", "Irfan Qureshi", "Inspector",
               None, "9826034512", "CGST Pune-I", client="tb")
DEEPIKA = Sender("deepika.rawat@icegate.gov.in", "Deepika Rawat", "icegate", "Deepika Rawat", "Inspector",
                 None, "7500123498", "CGST Dehradun", client="iphone")


def promo_text(s: Sender, docs="The promotion order and the first page of my service book are attached."):
    return ("Sir/Madam,\n\nI have been promoted from Inspector to Superintendent vide Establishment Order "
            "No. 318/2025 and have\nassumed charge as Superintendent. Kindly update my designation in ACES and "
            f"in my SSO ID profile.\n{docs}\n" + s.sig())


def role_text(s: Sender, docs="The transfer order, the local posting order and my assumption of charge report "
                              "are attached."):
    return ("Sir/Madam,\n\nI have joined CGST Pune-I on transfer from CGST Nagpur-I and have been posted to "
            "Range-II, Division-IV.\nKindly unmap my roles of CGST Nagpur-I and map the roles of Range Officer, "
            f"Range-II in ACES-GST BO.\n{docs}\n" + s.sig())


def rfc2231_continued(data, ctype, filename, disp="attachment"):
    """A part whose file name is split over RFC 2231 continuations (filename*0*, filename*1*, ...)."""
    toks = re.findall(r"%[0-9A-F]{2}|.", quote(filename, safe=""))
    chunks, cur = [], ""
    for t in toks:  # split between escapes, never inside one
        if len(cur) + len(t) > 54:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    cd = disp + "".join(f";\n filename*{i}*={'UTF-8' + chr(39) * 2 if i == 0 else ''}{c}"
                        for i, c in enumerate(chunks))
    ct = ctype + "".join(f";\n name*{i}*={'UTF-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(chunks))
    return raw_part(f"Content-Type: {ct}\nContent-Disposition: {cd}", data)


def inner_message(frm, subject, date, mid, plain, atts, client="gmail") -> bytes:
    h = kit.hdr(frm, subject, date, mid, to=f"Saksham Seva <{HELPDESK}>", mailer=MAILERS.get(client))
    tree = body_for(client, plain, atts, 900 + len(CASES))
    lines = [f"{k}: {v}" for k, v in h.items()] + ["MIME-Version: 1.0"]
    return "\n".join(lines).encode() + b"\n" + kit.flat(tree)


def rfc822_part(raw: bytes, filename=None):
    from email.mime.message import MIMEMessage
    p = MIMEMessage(email.message_from_bytes(raw))
    del p["MIME-Version"]
    if filename:
        p["Content-Disposition"] = f'attachment; filename="{filename}"'
    return p


def section_attachments():
    # ---- service books
    ps = people(1)
    creation("service-book-text-pdf-neutral-name", "The service book is 'scan0001.pdf', told by its text layer "
             "('SERVICE BOOK', name, dates)", std_book([ps[0].row("Custom House, Kochi")]), ps,
             sbs=[A(ps[0].sb(), PDF, "scan0001.pdf", "service_book")])

    ps = people(2)
    creation("service-book-image-pdfs-named", "Image-only scanned PDFs (no text layer) named 'Service Book - "
             "<name>.pdf': told by their names", std_book([p.row("CGST Pune-I") for p in ps]), ps, sender=PUNE,
             sbs=[A(scan_pdf(10 + j), PDF, f"Service Book - {p.name}.pdf", "service_book") for j, p in enumerate(ps)])

    ps = people(1)
    creation("service-book-image-pdf-neutral-name", "The only service book is an image-only PDF named "
             "'scan0002.pdf': neither its name nor a text layer tells it, so it is 'other' and the service book is "
             "missing", std_book([ps[0].row("CGST Jaipur")]), ps, sender=JAIPUR,
             sbs=[A(scan_pdf(12), PDF, "scan0002.pdf", "other")])

    ps = people(1)
    creation("service-book-jpeg-and-png-named", "Two phone photos of the service book: 'Service_Book_page1.jpg' "
             "and 'service book page 2.png'", std_book([ps[0].row("Chennai Customs")]), ps, sender=CHENNAI,
             sbs=[A(photo(13), JPG, "Service_Book_page1.jpg", "service_book"),
                  A(png(13), PNG, "service book page 2.png", "service_book")])

    ps = people(1)
    creation("service-book-photo-camera-name", "The service book sent as the camera's 'IMG_20251203_101512.jpg': "
             "a photo says nothing of itself, so it is 'other' and the service book is missing",
             std_book([ps[0].row("Custom House, Kolkata")]), ps, sender=KOLKATA,
             sbs=[A(photo(14), JPG, "IMG_20251203_101512.jpg", "other")])

    ps = people(1)
    creation("service-book-hindi-name-text-pdf", "Service book named 'सेवा पुस्तिका - <name>.pdf' (RFC 2231, "
             "Thunderbird) with a text layer", std_book([ps[0].row("CGST Jaipur")]), ps, sender=JAIPUR,
             sbs=[A(ps[0].sb(), PDF, f"सेवा पुस्तिका - {ps[0].name}.pdf", "service_book")])

    ps = people(1)
    me = Sender("sysmgr.dehradun@icegate.gov.in", "Sysmgr Dehradun", "generic", "Pankaj Negi",
                "Superintendent (Systems)", "pankaj.negi@icegate.gov.in", "9412098765", "CGST Dehradun",
                client="gmail")
    creation("service-book-hindi-name-photo", "A Gmail-sent photo named 'सेवा पुस्तिका.jpg' (service book, RFC "
             "2047 encoded word): a service book by its name", std_book([ps[0].row("CGST Dehradun")]), ps, sender=me,
             sbs=[A(photo(15), JPG, "सेवा पुस्तिका.jpg", "service_book")],
             note="'सेवा पुस्तिका' is Hindi for 'service book'; the kind is told from the decoded file name.")

    ps = people(2)
    tname = "SSO ID निर्माण टेम्पलेट - नए निरीक्षक.xlsx"
    book = std_book([p.row("CGST Lucknow") for p in ps])
    creation("template-name-rfc2231-continuations", "The template's Hindi name is split over RFC 2231 continuations "
             "(filename*0*, filename*1*, ...), in both Content-Type and Content-Disposition", None, ps,
             sender=SUPDT_GUPTA, extra=[A(book, XLSX, tname, "template",
                                         raw_part=rfc2231_continued(book, XLSX, tname))],
             inner_templates=())

    ps = people(2)
    book = std_book([p.row("Custom House, Kochi") for p in ps])
    creation("names-only-in-content-type", "No Content-Disposition at all: the template's and service books' names "
             "are only in Content-Type's name= (still attachments)", None, ps,
             sbs=[A(p.sb(), PDF, f"Service Book - {p.name}.pdf", "service_book", fn_in_cd=False) for p in ps],
             extra=[A(book, XLSX, "SSO_template_Kochi.xlsx", "template", fn_in_cd=False)])

    # ---- certification letters and near misses
    ps = people(1)
    p = ps[0]
    creation("certification-letter-joint-commissioner", "No service book (not yet received from the previous "
             "department); a certificate of name, DOB and DOJ signed by the Joint Commissioner (P&V) instead",
             std_book([p.row("Custom House, Kochi")]), ps,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s()), PDF, "Certificate_DOB_DOJ.pdf", "certification_letter")])

    ps = people(1)
    p = ps[0]
    creation("certification-letter-additional-commissioner", "A certificate of name, DOB and DOJ signed by the "
             "Additional Commissioner (above a Joint Commissioner) in place of the service book",
             std_book([p.row("CGST Pune-I")]), ps, sender=PUNE,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s(), by="Additional Commissioner (Admn.)",
                                office="OFFICE OF THE PRINCIPAL COMMISSIONER, CGST PUNE-I"), PDF, "Letter.pdf",
                    "certification_letter")])

    ps = people(1)
    p = ps[0]
    creation("certification-letter-commissioner", "The Commissioner certifies name, DOB and DOJ in 'certificate.pdf' "
             "in place of the service book", std_book([p.row("Chennai Customs")]), ps, sender=CHENNAI,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s(), by="Commissioner of Customs"), PDF, "certificate.pdf",
                    "certification_letter")])

    ps = people(1)
    p = ps[0]
    creation("certificate-signed-by-deputy-commissioner", "The same certificate signed by a Deputy Commissioner: "
             "below Joint Commissioner, so no certification letter; the service book is missing",
             std_book([p.row("CGST Jaipur")]), ps, sender=JAIPUR,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s(), by="Deputy Commissioner (P&V)"), PDF,
                    "scan_0412.pdf", "other")])

    ps = people(1)
    p = ps[0]
    creation("certificate-signed-by-assistant-commissioner", "A certificate of name, DOB and DOJ signed by an "
             "Assistant Commissioner: no certification letter; the service book is missing",
             std_book([p.row("Custom House, Kolkata")]), ps, sender=KOLKATA,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s(), by="Assistant Commissioner (Estt.)"), PDF,
                    "Service particulars.pdf", "other")])

    ps = people(2)
    cover = covering(["OFFICE OF THE COMMISSIONER OF CUSTOMS, KOCHI", "C.No. S/12/2025-EDP",
                      "To: The Additional Director General, DG Systems, New Delhi",
                      "Sub: Creation of SSO IDs for newly joined officers - reg.",
                      "Please find enclosed herewith the creation template and the service book pages",
                      "of the newly joined officers for creation of SSO IDs.", "Signature",
                      "(Joint Commissioner of Customs)"])
    creation("covering-letter-signed-by-joint-commissioner", "A covering letter signed by a Joint Commissioner "
             "that forwards the template and service books but certifies nothing: 'other'; the service books are "
             "attached", std_book([p.row("Custom House, Kochi") for p in ps]), ps,
             extra=[A(cover, PDF, "Letter_JC.pdf", "other")])

    ps = people(1)
    vig = pdf("OFFICE OF THE COMMISSIONER, CGST PUNE-I", "VIGILANCE CLEARANCE CERTIFICATE",
              f"Certified that no vigilance case is pending or contemplated against {ps[0].name}.", "Signature",
              "(Joint Commissioner, P&V)")
    creation("vigilance-certificate-signed-by-jc", "A vigilance clearance certificate signed by a Joint Commissioner "
             "(it certifies no name/DOB/DOJ): 'other', beside the template and service book",
             std_book([ps[0].row("CGST Pune-I")]), ps, sender=PUNE, extra=[A(vig, PDF, "Vigilance clearance.pdf",
                                                                             "other")])

    ps = people(2)
    cover = covering(["GOVERNMENT OF INDIA", "OFFICE OF THE COMMISSIONER, CGST LUCKNOW",
                      "Sub: Request for creation of SSO IDs - reg.",
                      "Kindly find enclosed the template and the service book pages of two officers.",
                      "(Superintendent, Systems)"])
    creation("covering-letter-named", "'Covering letter.pdf' with the template and service books: 'other'",
             std_book([p.row("CGST Lucknow") for p in ps]), ps, sender=NIC_LKO,
             extra=[A(cover, PDF, "Covering letter.pdf", "other")])

    # ---- inline parts
    ps = people(2)
    creation("outlook-inline-logo-is-attachment", "Outlook with the CBIC logo 'image001.png' inline in the "
             "signature (Content-ID, disposition inline, a file name): an attachment of kind 'other'",
             std_book([p.row("Custom House, Kolkata") for p in ps]), ps, sender=KOLKATA, logo=True)

    ps = people(1)
    n = n_next()
    plain = creation_text(KOCHI, ps)
    html = ("<html><body>" + "".join(f"<div>{ln or '<br>'}</div>" for ln in plain.split("\n"))
            + '<img src="cid:emblem@kochi"></body></html>')
    nameless = A(png(17), PNG, None, None, disp="inline", cid="emblem@kochi")
    tree = multi("mixed", [multi("related", [alt(plain, html, b=f"c8_{n}"), nameless.part("zimbra")],
                                 f"=_c8_{n}_rel"),
                           A(std_book([ps[0].row("Custom House, Kochi")]), XLSX, "SSO_template.xlsx",
                             "template").part("zimbra"), ps and sb_atts(ps)[0].part("zimbra")], f"=_c8_{n}_mix")
    mail_case("inline-image-without-name-not-attachment", "An emblem image inline in the HTML (Content-ID only, no "
              "name anywhere): not an attachment", KOCHI, "Creation of SSO ID for newly joined officer", plain,
              [], rt="sso_creation", inner_kinds=["template", "service_book"], body=tree,
              inner_templates=[std_book([ps[0].row("Custom House, Kochi")])])

    ps = people(1)
    n = n_next()
    plain = creation_text(CHENNAI, ps)
    html = ("<html><body>" + "".join(f"<div>{ln or '<br>'}</div>" for ln in plain.split("\n"))
            + '<img src="cid:stamp01"></body></html>')
    named_ct = A(photo(18), JPG, "office_stamp.jpg", "other", disp="inline", cid="stamp01", fn_in_cd=False)
    book = std_book([ps[0].row("Chennai Customs")])
    tree = multi("mixed", [multi("related", [alt(plain, html, b=f"c8_{n}"), named_ct.part("zimbra")],
                                 f"=_c8_{n}_rel"),
                           A(book, XLSX, "SSO_template.xlsx", "template").part("zimbra"),
                           sb_atts(ps)[0].part("zimbra")], f"=_c8_{n}_mix")
    mail_case("inline-image-name-in-content-type", "An office stamp image inline (disposition inline without a "
              "filename, but name= in Content-Type): an attachment of kind 'other'", CHENNAI,
              "SSO ID creation - new Appraiser", plain, [], rt="sso_creation",
              inner_kinds=["template", "service_book", "other"], body=tree, inner_templates=[book])

    ps = people(1)
    n = n_next()
    plain = creation_text(KOLKATA, ps).replace("service book pages of the officers are attached",
                                               "service book page is pasted below")
    html = ("<html><body>" + "".join(f"<div>{ln or '<br>'}</div>" for ln in plain.split("\n"))
            + '<p><img src="cid:image002.jpg@01DC6A2B.5C1D2E30" width="600"></p></body></html>')
    pasted = A(photo(19), JPG, "image002.jpg", "other", disp="inline", cid="image002.jpg@01DC6A2B.5C1D2E30")
    book = std_book([ps[0].row("Custom House, Kolkata")])
    tree = multi("mixed", [multi("related", [alt(plain, html, b=f"c8_{n}"), pasted.part("outlook")],
                                 f"=_c8_{n}_rel"), A(book, XLSX, "SSO_template.xlsx", "template").part("outlook")],
                 f"=_c8_{n}_mix")
    mail_case("service-book-pasted-inline-image002", "The service book page pasted into the body as "
              "'image002.jpg' (cid:): an attachment, but a photo named image002.jpg says nothing of itself, so "
              "it is 'other' and the service book is missing", KOLKATA, "SSO ID creation request", plain, [],
              rt="sso_creation", inner_kinds=["template", "other"], body=tree, inner_templates=[book])

    # ---- promotion
    mail_case("promotion-order-text-neutral-name", "Designation update: 'Order.pdf' told by its text (promotion "
              "order), 'Service Book page 1.pdf' image-only but named", NITIN, "Updation of designation in ACES "
              "consequent upon promotion", promo_text(NITIN),
              [A(promotion("Nitin Deshpande"), PDF, "Order.pdf", "promotion_order"),
               A(scan_pdf(20), PDF, "Service Book page 1.pdf", "service_book")], rt="designation_update")

    mail_case("promotion-order-image-named", "Designation update from an iPhone: image-only 'Promotion Order.pdf' "
              "and 'Service Book.jpg', both told by name", DEEPIKA, "Designation change after promotion",
              promo_text(DEEPIKA),
              [A(scan_pdf(21), PDF, "Promotion Order.pdf", "promotion_order", disp="inline"),
               A(photo(22), JPG, "Service Book.jpg", "service_book", disp="inline")], rt="designation_update")

    mail_case("promotion-order-only", "Designation update with the promotion order only (text PDF 'EO_318_2025.pdf')",
              KAVITHA, "Request for updation of designation", promo_text(
                  KAVITHA, "The promotion order is attached; the service book will be sent by the section."),
              [A(promotion("Kavitha Subramanian", frm="Examiner", to="Appraiser", office="CHENNAI CUSTOMS HOUSE"),
                 PDF, "EO_318_2025.pdf", "promotion_order")], rt="designation_update")

    mail_case("promotion-order-hindi-name-2047", "Promotion order named 'पदोन्नति आदेश.pdf' (RFC 2047) with an "
              "English text layer, and the service book", Sender(
                  "manoj.tiwari@icegate.gov.in", "मनोज तिवारी", "icegate", "Manoj Tiwari", "Superintendent", None,
                  "9415023467", "CGST Lucknow", client="gmail"),
              "पदनाम अद्यतन - Designation update after promotion", promo_text(Sender(
                  "manoj.tiwari@icegate.gov.in", "", "icegate", "Manoj Tiwari", "Superintendent", None, "9415023467",
                  "CGST Lucknow")),
              [A(promotion("Manoj Tiwari", office="CGST LUCKNOW"), PDF, "पदोन्नति आदेश.pdf", "promotion_order"),
               A(sb("Manoj Tiwari", "12/04/1984", "02/02/2009"), PDF, "Service Book.pdf", "service_book")],
              rt="designation_update")

    mail_case("promotion-octet-stream-service-book", "The service book arrives as application/octet-stream named "
              "'Service Book - Irfan Qureshi.pdf' (kind from its name and text)", IRFAN,
              "Designation update - Inspector to Superintendent", promo_text(IRFAN),
              [A(promotion("Irfan Qureshi"), PDF, "Promotion order 318-2025.pdf", "promotion_order"),
               A(sb("Irfan Qureshi", "07/07/1986", "14/10/2010"), "application/octet-stream",
                 "Service Book - Irfan Qureshi.pdf", "service_book")], rt="designation_update")

    # ---- role mapping
    mail_case("role-orders-told-by-text", "Role mapping with 'doc1.pdf', 'doc2.pdf', 'doc3.pdf': transfer order, "
              "local posting order and assumption of charge report, each told by its text", IRFAN,
              "Mapping of roles in ACES-GST BO on transfer", role_text(IRFAN),
              [A(transfer("Irfan Qureshi"), PDF, "doc1.pdf", "transfer_order"),
               A(posting("Irfan Qureshi"), PDF, "doc2.pdf", "posting_order"),
               A(charge("Irfan Qureshi"), PDF, "doc3.pdf", "charge_report")], rt="role_mapping")

    mail_case("role-relieving-and-joining-reports", "Role mapping with a relieving report and an assumption of "
              "charge report (both charge reports) besides the transfer and posting orders", NITIN,
              "Role mapping - joined on transfer", role_text(NITIN, "Transfer order, local posting order, my "
                                                                   "relieving report and joining report attached."),
              [A(transfer("Nitin Deshpande", "Superintendent"), PDF, "TO 141-2025.pdf", "transfer_order"),
               A(posting("Nitin Deshpande", "Superintendent"), PDF, "Posting order.pdf", "posting_order"),
               A(relief("Nitin Deshpande", "Superintendent"), PDF, "scan_relieving.pdf", "charge_report"),
               A(charge("Nitin Deshpande", "Superintendent", what="JOINING REPORT"), PDF, "scan_joining.pdf",
                 "charge_report")], rt="role_mapping")

    mail_case("role-scans-named", "Role mapping with scans told by name only: 'Transfer Order.pdf' and 'Local "
              "Posting Order.pdf' (image-only), 'Joining Report.jpg'", DEEPIKA, "Unmapping and mapping of roles",
              role_text(DEEPIKA), [A(scan_pdf(23), PDF, "Transfer Order.pdf", "transfer_order"),
                                   A(scan_pdf(24), PDF, "Local Posting Order.pdf", "posting_order"),
                                   A(photo(25), JPG, "Joining Report.jpg", "charge_report")], rt="role_mapping")

    mail_case("role-hindi-file-names", "Role mapping with Hindi file names (स्थानांतरण आदेश, तैनाती आदेश, "
              "कार्यभार ग्रहण रिपोर्ट) and English text layers", KAVITHA, "ACES roles on transfer",
              role_text(KAVITHA), [A(transfer("Kavitha Subramanian", "Appraiser"), PDF, "स्थानांतरण आदेश.pdf",
                                     "transfer_order"),
                                   A(posting("Kavitha Subramanian", "Appraiser"), PDF, "तैनाती आदेश.pdf",
                                     "posting_order"),
                                   A(charge("Kavitha Subramanian", "Appraiser"), PDF, "कार्यभार ग्रहण रिपोर्ट.pdf",
                                     "charge_report")], rt="role_mapping")

    mail_case("role-no-charge-report", "Role mapping with 'order.pdf' (a local posting order by its text) and the "
              "transfer order; the charge report is not attached", IRFAN, "Role mapping request",
              role_text(IRFAN, "The transfer order and the local posting order are attached."),
              [A(transfer("Irfan Qureshi"), PDF, "Transfer order.pdf", "transfer_order"),
               A(posting("Irfan Qureshi"), PDF, "order.pdf", "posting_order")], rt="role_mapping")

    mail_case("role-with-outlook-logo", "Complete role mapping from Outlook with the inline logo: the three orders "
              "and 'other' for the logo", NITIN, "RE: Role mapping", role_text(NITIN),
              [A(transfer("Nitin Deshpande", "Superintendent"), PDF, "Transfer Order.pdf", "transfer_order"),
               A(posting("Nitin Deshpande", "Superintendent"), PDF, "Local posting order.pdf", "posting_order"),
               A(charge("Nitin Deshpande", "Superintendent"), PDF, "Charge report.pdf", "charge_report")],
              rt="role_mapping", logo=True)

    # ---- other files
    me = Sender("ajay.verma@icegate.gov.in", "Ajay Verma", "icegate", client="tb")
    mail_case("reset-with-text-file", "Password reset, all details in the body; a 'details.txt' is attached too "
              "(kind 'other')", me, "Password reset of SSO ID",
              "Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset it.\n\nName: Ajay Verma\n"
              "Designation: Inspector\nSSO ID: 10234567\nMobile No.: 9811045632\n\nRegards,\nAjay Verma\n",
              [A(b"Name: Ajay Verma\r\nSSO ID: 10234567\r\n", "text/plain", "details.txt", "other")],
              rt="password_reset", have={"name", "designation", "sso_id", "mobile"})

    me = Sender("shalini.iyer88@gmail.com", "Shalini Iyer", "personal", client="gmail")
    mail_case("status-with-screenshot", "SSO status enquiry from Gmail with a screenshot 'screenshot.png' of the "
              "login page: 'other'", me, "Whether SSO ID exists in my name",
              "Sir,\n\nI joined as Examiner at Chennai Customs last year. Kindly let me know whether an SSO ID has "
              "already been created in my name; the login page says user not found (screenshot attached).\n\n"
              "Name: Shalini Iyer\nDesignation: Examiner\nMobile: 9840123987\n\nThanks,\nShalini\n",
              [A(png(26), PNG, "screenshot.png", "other")], rt="sso_status",
              have={"name", "designation", "mobile"})

    mail_case("reset-outlook-logo", "Password reset from Outlook (CRLF) with the inline logo image001.png",
              NITIN, "Reset of SSO ID password",
              "Sir,\n\nMy SSO ID has become inactive and I cannot log in. Kindly activate it and reset the "
              "password.\nSSO ID: 10345678\n" + NITIN.sig(), [], rt="password_reset",
              have={"name", "designation", "sso_id", "mobile"}, logo=True)

    # ---- forwarded documents
    ps = people(1)
    p = ps[0]
    book = std_book([p.row("CGST Pune-I")])
    inner = inner_message(kit.addr(p.name, f"{p.first.lower()}.{p.last.lower()}@gmail.com"),
                          "SSO ID for new Inspector", rfcdate(when(n_next()) - dt.timedelta(days=1)),
                          f"CAJinner{n_next():03d}@mail.gmail.com",
                          f"Sir,\n\nI have joined CGST Pune-I. My template and service book are attached.\n\n{p.name}\n",
                          [A(book, XLSX, "template.xlsx", "template"), A(p.sb(), PDF, "Service Book.pdf",
                                                                         "service_book")])
    plain = ("Sir/Madam,\n\nForwarding the request of a newly joined Inspector for creation of SSO ID. The template "
             "and the\nservice book are in the attached mail.\n" + PUNE.sig())
    mail_case("forward-as-attached-eml", "The System Manager forwards the officer's mail as an attached .eml "
              "(message/rfc822): the template and service book inside count; the .eml itself is no attachment",
              PUNE, "FW: SSO ID for new Inspector", plain,
              [A(None, "message/rfc822", None, None, raw_part=rfc822_part(inner, "SSO ID for new Inspector.eml"))],
              rt="sso_creation", inner_kinds=["template", "service_book"], inner_templates=[book])

    ps = people(1)
    p = ps[0]
    plain = ("Please create the SSO ID for the officer below.\n" + KOCHI.sig()
             + "\n---------- Forwarded message ---------\nFrom: " + p.name + f" <{p.first.lower()}{p.i}@gmail.com>\n"
             "Date: Mon, 1 Dec 2025 at 18:02\nSubject: SSO ID creation\nTo: <sysmgr.kochi@icegate.gov.in>\n\n"
             f"Sir, I joined on {p.doj_s()}. Template and service book attached.\n{p.name}\n")
    creation("forward-inline-gmail", "Gmail-style inline forward ('---------- Forwarded message ---------') of an "
             "officer's mail with the template and service book: they count", std_book([p.row("Custom House, Kochi")]),
             ps, plain=plain, subject="Fwd: SSO ID creation")

    ps = people(1)
    p = ps[0]
    creation("creation-with-joining-report-too", "A creation request that also attaches the officer's joining "
             "report (a charge report; an extra document harms nothing)", std_book([p.row("CGST Jaipur")]), ps,
             sender=JAIPUR, extra=[A(charge(p.name, p.desig, "Range-I, Division-III", p.doj_s(),
                                            what="JOINING REPORT"), PDF, "Joining report.pdf", "charge_report")])


def tiff_bytes(tag: int) -> bytes:
    """A tiny uncompressed greyscale TIFF (8x8)."""
    w = h = 8
    pix = bytes((tag * 17 + i) % 256 for i in range(w * h))
    entries = [(256, 3, 1, w), (257, 3, 1, h), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1), (278, 3, 1, h), (279, 4, 1, w * h)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) if e[1] == 4 else
                                                      struct.pack("<HHIHH", e[0], e[1], e[2], e[3], 0)
                                                      for e in entries) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + pix


def section_attachments_more():
    ps = people(1)
    p = ps[0]
    arch = zip_of([("SSO_template.xlsx", std_book([p.row("Custom House, Kochi")])), ("Service Book.pdf", p.sb())])
    creation("documents-in-a-zip-archive", "Template and service book sent inside 'documents.zip': one MIME part of "
             "kind 'other' (the files inside an archive are no MIME parts), so both documents are missing", None, ps,
             sbs=[], extra=[A(arch, "application/zip", "documents.zip", "other")],
             note="An attachment is a MIME part; files packed inside a .zip are not parts of the mail.")

    ps = people(1)
    creation("service-book-tiff-named", "The service book as a TIFF scan 'Service Book.tif'",
             std_book([ps[0].row("CGST Pune-I")]), ps, sender=PUNE,
             sbs=[A(tiff_bytes(3), "image/tiff", "Service Book.tif", "service_book")])

    mail_case("role-photos-named", "Role mapping with three phone photos named 'Transfer order.jpg', 'Posting "
              "order.jpg' and 'Charge assumption report.jpg'", DEEPIKA, "Role mapping on joining",
              role_text(DEEPIKA), [A(photo(50), JPG, "Transfer order.jpg", "transfer_order"),
                                   A(photo(51), JPG, "Posting order.jpg", "posting_order"),
                                   A(photo(52), JPG, "Charge assumption report.jpg", "charge_report")],
              rt="role_mapping")

    ps = people(1)
    p = ps[0]
    inner2 = inner_message(kit.addr(p.name, f"{p.first.lower()}.{p.i}@yahoo.in"), "service book",
                           "Fri, 28 Nov 2025 09:00:00 +0530", f"inner2.{p.i}@yahoo.in", "Service book attached.\n",
                           [A(p.sb(), PDF, "Service Book.pdf", "service_book")], client="yahoo")
    inner1 = inner_message("Range Office <range1.div2.kochi@gmail.com>", "Fwd: service book",
                           "Sat, 29 Nov 2025 10:00:00 +0530", f"inner1.{p.i}@mail.gmail.com",
                           "Forwarding the officer's service book.\n",
                           [A(None, "message/rfc822", None, None, raw_part=rfc822_part(inner2, "service book.eml"))])
    creation("service-book-inside-nested-eml", "The template attached directly; the service book is inside an .eml "
             "that is inside another .eml (forwarded twice): files inside attached messages count", 
             std_book([p.row("Custom House, Kochi")]), ps,
             sbs=[A(None, "message/rfc822", None, "service_book", raw_part=rfc822_part(inner1, "Fwd service book.eml"))])

    nameless = raw_part("Content-Type: text/plain; charset=us-ascii\nContent-Disposition: attachment", b"\r\n")
    mail_case("nameless-attachment-part", "Complete role mapping plus an empty text part with 'Content-Disposition: "
              "attachment' and no name anywhere (as some Mac clients add): not an attachment", IRFAN,
              "Role mapping after joining on transfer", role_text(IRFAN),
              [A(transfer("Irfan Qureshi"), PDF, "Transfer order.pdf", "transfer_order"),
               A(None, "text/plain", None, None, raw_part=nameless),
               A(posting("Irfan Qureshi"), PDF, "Posting order.pdf", "posting_order"),
               A(charge("Irfan Qureshi"), PDF, "Charge report.pdf", "charge_report")], rt="role_mapping")

    me = Sender("kiran.bhat@icegate.gov.in", "Kiran Bhat", "icegate", "Kiran Bhat", "Inspector", None, "9448012376",
                "CGST Bengaluru East", client="outlook")
    mail_case("winmail-dat-attachment", "Complete password reset from Outlook that also carries 'winmail.dat' "
              "(application/ms-tnef): one attachment of kind 'other'", me, "Password reset of SSO ID",
              "Sir,\n\nI am unable to log in to my SSO ID as I have forgotten the password. Kindly reset it.\n"
              "SSO ID: 10523456\n" + me.sig(),
              [A(b"\x78\x9f\x3e\x22" + bytes(range(60)), "application/ms-tnef", "winmail.dat", "other")],
              rt="password_reset", have={"name", "designation", "sso_id", "mobile"})

    mail_case("promotion-order-jpeg", "Designation update with 'promotion order.jpeg' (a photo, told by name) and "
              "the service book PDF", KAVITHA, "Designation update after promotion to Appraiser",
              promo_text(KAVITHA), [A(photo(53), JPG, "promotion order.jpeg", "promotion_order"),
                                    A(sb("Kavitha Subramanian", "02/02/1987", "11/07/2011"), PDF,
                                      "Service Book - Kavitha.pdf", "service_book")], rt="designation_update")

    ps = people(1)
    p = ps[0]
    creation("certification-letter-hindi-name", "In place of the service book, 'प्रमाण पत्र.pdf' (certificate) "
             "whose text certifies name, DOB and DOJ over a Joint Commissioner's signature",
             std_book([p.row("CGST Lucknow")]), ps, sender=SUPDT_GUPTA,
             sbs=[A(certificate(p.name, p.dob_s(), p.doj_s(), by="Joint Commissioner",
                                office="OFFICE OF THE COMMISSIONER, CGST LUCKNOW"), PDF, "प्रमाण पत्र.pdf",
                    "certification_letter")])


# ================================================================= C. robots

def robot(slug, intent, head: str, body: str, *, rt="unknown", kinds=(), crlf=False, envelope="<>", note=None,
          templates=()):
    """A machine-made mail written out by hand: transport lines, its own headers, its body."""
    n = n_next()
    date = rfcdate(when(n))
    head = head.replace("{DATE}", date).strip("\n")
    frm = re.search(r"^From:.*?([\w.+\-]+@[\w.\-]+)", head, re.M | re.I).group(1)
    for tpl in templates:
        assert check_template(tpl, when(n).date()) == set()
    lines = [f"Return-Path: {envelope}", f"Delivered-To: {HELPDESK}",
             "Received: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n"
             f"\tby mbox2.icegate.gov.in (Postfix) with ESMTP id 7E{n:03d}B2C41\n\tfor <{HELPDESK}>; {date}"]
    raw = "\n".join(lines) + "\n" + head + "\n\n" + body.lstrip("\n")
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    e = verdict("automated", rt, frm, list(kinds))
    add(slug, intent, raw.encode("utf-8"), e, note)


def ack_msg(ref, to, date="Mon, 1 Dec 2025 10:02:11 +0530", extra_head="", ctype="text/plain; charset=us-ascii",
            body=None):
    """The helpdesk's own acknowledgement (topic-neutral), as it comes back inside a bounce."""
    body = body or (f"Your mail has been received and registered under reference SS/2025/{ref}.\n"
                    "Please quote this reference in any further correspondence.\n\nSaksham Seva, DG Systems\n")
    return (f"From: Saksham Seva <{HELPDESK}>\nTo: <{to}>\nSubject: Your mail to Saksham Seva - Ref. SS/2025/{ref}\n"
            f"Date: {date}\nMessage-ID: <ack.{ref}@icegate.gov.in>\nMIME-Version: 1.0\n{extra_head}"
            f"Content-Type: {ctype}\n\n{body}")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def dsn_postfix(rcpt, ref, status="5.1.1", diag="550 5.1.1 <{r}>: Recipient address rejected: User unknown",
                action="failed", returned=None, host="mx.icegate.gov.in", bnd="7E1A2B3C4D.1764567890/mx"):
    returned = returned or ack_msg(ref, rcpt)
    return f"""This is a MIME-encapsulated message.

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.remote.example[203.0.113.25] said: {diag.format(r=rcpt)}
    (in reply to RCPT TO command)

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: 7E1A2B3C4D
X-Postfix-Sender: rfc822; {HELPDESK}
Arrival-Date: Mon,  1 Dec 2025 10:02:12 +0530 (IST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.remote.example
Diagnostic-Code: smtp; {diag.format(r=rcpt)}

--{bnd}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{returned}
--{bnd}--
"""


def section_robots():
    # ---- delivery status notifications
    robot("dsn-postfix-user-unknown", "Postfix bounce (multipart/report, report-type=delivery-status, "
          "MAILER-DAEMON, Auto-Submitted) of a helpdesk acknowledgement; neutral subject",
          """Date: {DATE}
From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: saksham.seva@icegate.gov.in
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7E1A2B3C4D.1764567890/mx"
Content-Transfer-Encoding: 8bit
Message-Id: <20251201100213.7E1A2B3C4D@mx.icegate.gov.in>""",
          dsn_postfix("old.officer.mail@yahoo.co.in", "04417"))

    book = shipped_blank()
    returned = (f"From: Saksham Seva <{HELPDESK}>\nTo: <r.pillai1990@rediffmail.com>\n"
                "Subject: Your mail to Saksham Seva - Ref. SS/2025/04431\nDate: Mon, 1 Dec 2025 11:15:40 +0530\n"
                "Message-ID: <ack.04431@icegate.gov.in>\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"=_ack04431\"\n\n--=_ack04431\n"
                "Content-Type: text/plain; charset=us-ascii\n\nPlease see the attached file. Ref. SS/2025/04431.\n"
                "\n--=_ack04431\nContent-Type: " + XLSX + "; name=\"sso_template.xlsx\"\n"
                "Content-Disposition: attachment; filename=\"sso_template.xlsx\"\nContent-Transfer-Encoding: base64\n\n"
                + b64(book) + "--=_ack04431--\n")
    robot("dsn-returned-message-with-template", "Postfix bounce whose returned message carries the blank "
          "template: parts of a delivery report are not attachments, so no attachment at all",
          """Date: {DATE}
From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>
Subject: Undelivered Mail Returned to Sender
To: saksham.seva@icegate.gov.in
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7E1A2B3C4D.1764567890/mx"
Message-Id: <20251201111541.8F2B3C4D5E@mx.icegate.gov.in>""",
          dsn_postfix("r.pillai1990@rediffmail.com", "04431", status="5.2.2",
                      diag="552 5.2.2 <{r}>: Mailbox full", returned=returned))

    robot("exchange-ndr-no-auto-submitted", "Exchange non-delivery report from 'Microsoft Outlook' "
          "(MicrosoftExchange... sender, no Auto-Submitted, no Precedence): multipart/report alone makes it "
          "automated", """Date: {DATE}
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.gov.in>
To: <saksham.seva@icegate.gov.in>
Subject: Undeliverable: Your mail to Saksham Seva - Ref. SS/2025/04450
Thread-Topic: Your mail to Saksham Seva - Ref. SS/2025/04450
Message-ID: <2f7a1c3e-5b8d-4e9f-a012-3456789abcde@PN3PR01MB7788.INDPRD01.PROD.OUTLOOK.COM>
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_000_2f7a1c3e5b8d4e9fa0123456789abcde_\"""",
          """--_000_2f7a1c3e5b8d4e9fa0123456789abcde_
Content-Type: multipart/alternative;
\tboundary="_001_2f7a1c3e5b8d4e9fa0123456789abcde_"

--_001_2f7a1c3e5b8d4e9fa0123456789abcde_
Content-Type: text/plain; charset="us-ascii"

Your message to s.rao.cgst@cbic.gov.in couldn't be delivered.
s.rao.cgst wasn't found at cbic.gov.in.

Office 365
Action Required: Recipient
Unknown To address

--_001_2f7a1c3e5b8d4e9fa0123456789abcde_
Content-Type: text/html; charset="us-ascii"

<html><body><p><b>Your message to s.rao.cgst@cbic.gov.in couldn't be delivered.</b></p>
<p>s.rao.cgst wasn't found at cbic.gov.in.</p></body></html>

--_001_2f7a1c3e5b8d4e9fa0123456789abcde_--

--_000_2f7a1c3e5b8d4e9fa0123456789abcde_
Content-Type: message/delivery-status

Reporting-MTA: dns;PN3PR01MB7788.INDPRD01.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx.icegate.gov.in
Arrival-Date: Mon, 1 Dec 2025 06:10:05 +0000

Original-Recipient: rfc822;s.rao.cgst@cbic.gov.in
Final-Recipient: rfc822;s.rao.cgst@cbic.gov.in
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_2f7a1c3e5b8d4e9fa0123456789abcde_
Content-Type: message/rfc822

""" + ack_msg("04450", "s.rao.cgst@cbic.gov.in") + "\n--_000_2f7a1c3e5b8d4e9fa0123456789abcde_--\n", crlf=True)

    robot("exchange-ndr-postmaster-headers-only", "Exchange NDR sent as postmaster@ (text/rfc822-headers returned, "
          "a 'details.txt' part inside the report): automated, and no attachments",
          """Date: {DATE}
From: postmaster@cbic.gov.in
To: saksham.seva@icegate.gov.in
Subject: Delivery has failed: Ref. SS/2025/04466
Message-ID: <ndr.04466@cbic.gov.in>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-04466\"""",
          """--ndr-04466
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:

m.qureshi@cbic.gov.in
The recipient's mailbox is full and can't accept messages now.

--ndr-04466
Content-Type: text/plain; name="details.txt"
Content-Disposition: attachment; filename="details.txt"

Remote Server returned '552 5.2.2 mailbox full'

--ndr-04466
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.cbic.gov.in

Final-Recipient: rfc822;m.qureshi@cbic.gov.in
Action: failed
Status: 5.2.2

--ndr-04466
Content-Type: text/rfc822-headers

From: Saksham Seva <saksham.seva@icegate.gov.in>
To: <m.qureshi@cbic.gov.in>
Subject: Your mail to Saksham Seva - Ref. SS/2025/04466
Message-ID: <ack.04466@icegate.gov.in>

--ndr-04466--
""", crlf=True)

    robot("gmail-dsn-mailer-daemon", "Gmail's 'Delivery Status Notification (Failure)' from "
          "mailer-daemon@googlemail.com (multipart/report with an HTML alternative)",
          """Date: {DATE}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: saksham.seva@icegate.gov.in
Subject: Delivery Status Notification (Failure)
Message-ID: <6751a2b3.050a0220.1c2d3e.0041.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f60718"; report-type=delivery-status""",
          """--000000000000a1b2c3d4e5f60718
Content-Type: multipart/related; boundary="000000000000a1b2c3d4e5f60719"

--000000000000a1b2c3d4e5f60719
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6071a"

--000000000000a1b2c3d4e5f6071a
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to vinod.k.insp@gmail.com because the address couldn't be found, or is unable to receive mail.

--000000000000a1b2c3d4e5f6071a
Content-Type: text/html; charset="UTF-8"

<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <a>vinod.k.insp@gmail.com</a>.</p></body></html>

--000000000000a1b2c3d4e5f6071a--
--000000000000a1b2c3d4e5f60719
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

""" + b64(png(31)) + """--000000000000a1b2c3d4e5f60719--
--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; vinod.k.insp@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718
Content-Type: message/rfc822

""" + ack_msg("04478", "vinod.k.insp@gmail.com") + "\n--000000000000a1b2c3d4e5f60718--\n",
          note="Gmail puts its icon inside the report as a named part: a part of a delivery report, so no "
               "attachment.")

    robot("dsn-delayed-warning", "Postfix 'Delayed Mail (still being retried)' warning (multipart/report, "
          "Action: delayed)", """Date: {DATE}
From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: saksham.seva@icegate.gov.in
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7E1A2B3C4D.1764567890/mx"
Message-Id: <20251202091500.9A8B7C6D5E@mx.icegate.gov.in>""",
          dsn_postfix("range3.office@slowmail.example", "04482", status="4.4.1",
                      diag="connect to mx.slowmail.example[198.51.100.7]:25: Connection timed out",
                      action="delayed"))

    # ---- read receipts
    robot("read-receipt-thunderbird-mdn", "A Return Receipt (multipart/report; report-type=disposition-"
          "notification) from an officer's ICEGATE ID via Thunderbird", """Date: {DATE}
From: Ajay Verma <ajay.verma@icegate.gov.in>
To: Saksham Seva <saksham.seva@icegate.gov.in>
Subject: Return Receipt (displayed) - Your mail to Saksham Seva - Ref. SS/2025/04490
Message-ID: <mdn-04490-1a2b@icegate.gov.in>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn04490\"""",
          """This is a multi-part message in MIME format.
--------------mdn04490
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to ajay.verma@icegate.gov.in.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.

--------------mdn04490
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: icegate.gov.in; Mozilla Thunderbird
Final-Recipient: rfc822;ajay.verma@icegate.gov.in
Original-Message-ID: <ack.04490@icegate.gov.in>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn04490
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Saksham Seva <saksham.seva@icegate.gov.in>
To: <ajay.verma@icegate.gov.in>
Subject: Your mail to Saksham Seva - Ref. SS/2025/04490
Message-ID: <ack.04490@icegate.gov.in>

--------------mdn04490--
""", envelope="<ajay.verma@icegate.gov.in>",
          note="Thunderbird names the MDN's parts (MDNPart2.txt): parts of a multipart/report, so no attachment.")

    robot("read-receipt-outlook-personal", "Outlook 'Read:' receipt from a personal Gmail sent as "
          "multipart/report (disposition-notification)", """Date: {DATE}
From: "Sudhir Hegde" <sudhir.hegde77@gmail.com>
To: <saksham.seva@icegate.gov.in>
Subject: Read: Your mail to Saksham Seva - Ref. SS/2025/04502
Message-ID: <000a01dc6b2f$1e2d3c4b$5a6b7c8d$@gmail.com>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_000B_01DC6B2F.1E2D3C4B\"""",
          """------=_NextPart_000_000B_01DC6B2F.1E2D3C4B
Content-Type: text/plain; charset="us-ascii"

Your message

  To: sudhir.hegde77@gmail.com
  Subject: Your mail to Saksham Seva - Ref. SS/2025/04502
  Sent: Tuesday, December 2, 2025 10:14 AM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi

was read on Tuesday, December 2, 2025 11:01 AM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.

------=_NextPart_000_000B_01DC6B2F.1E2D3C4B
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-7Q2K1M; Microsoft Outlook 16.0
Final-Recipient: rfc822;sudhir.hegde77@gmail.com
Original-Message-ID: <ack.04502@icegate.gov.in>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000B_01DC6B2F.1E2D3C4B--
""", crlf=True, envelope="<sudhir.hegde77@gmail.com>")

    # ---- plain-text bounces
    guide = pdf("SAKSHAM SEVA - DG SYSTEMS", "Guidelines for requests to the helpdesk",
                "Quote the reference number in all correspondence.")
    robot("plain-bounce-original-attached-with-files", "A plain (not multipart/report) bounce from MAILER-DAEMON "
          "with the original attached as message/rfc822; the original carried a PNG and a guidelines PDF, and "
          "files inside an attached message are attachments: other, other",
          """Date: {DATE}
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Returned mail: see transcript for details
Message-ID: <202512021040.5B2AbcD1234567@mail.gov.in>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="5B2AbcD1234567.1764652200/mail.gov.in\"""",
          f"""This is a MIME-encapsulated message

--5B2AbcD1234567.1764652200/mail.gov.in
Content-Type: text/plain; charset=us-ascii

The original message was received at Tue, 2 Dec 2025 10:30:00 +0530
from mx.icegate.gov.in [10.10.21.15]

   ----- The following addresses had permanent fatal errors -----
<k.banerjee@gov.in>
    (reason: 550 5.1.1 User unknown)

--5B2AbcD1234567.1764652200/mail.gov.in
Content-Type: message/rfc822

From: Saksham Seva <{HELPDESK}>
To: <k.banerjee@gov.in>
Subject: Your mail to Saksham Seva - Ref. SS/2025/04511
Date: Tue, 2 Dec 2025 10:29:58 +0530
Message-ID: <ack.04511@icegate.gov.in>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_ack04511"

--=_ack04511
Content-Type: text/plain; charset=us-ascii

Please see the attached files. Ref. SS/2025/04511.

--=_ack04511
Content-Type: image/png; name="helpdesk_hours.png"
Content-Disposition: attachment; filename="helpdesk_hours.png"
Content-Transfer-Encoding: base64

{b64(png(33))}
--=_ack04511
Content-Type: application/pdf; name="Guidelines.pdf"
Content-Disposition: attachment; filename="Guidelines.pdf"
Content-Transfer-Encoding: base64

{b64(guide)}
--=_ack04511--

--5B2AbcD1234567.1764652200/mail.gov.in--
""", kinds=["other", "other"],
          note="An attachment is every named part other than the parts of a multipart/report; this bounce is "
               "multipart/mixed, so the files inside its attached message are its attachments.")

    robot("qmail-failure-notice-text", "A qmail 'failure notice' in plain text with the original quoted inline",
          """Date: {DATE}
From: MAILER-DAEMON@mail.rediffmail.com
To: saksham.seva@icegate.gov.in
Subject: failure notice
Message-ID: <qmail.04520@mail.rediffmail.com>""",
          """Hi. This is the qmail-send program at mail.rediffmail.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<p.nair1991@rediffmail.com>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <saksham.seva@icegate.gov.in>
Subject: Your mail to Saksham Seva - Ref. SS/2025/04520

Your mail has been received and registered under reference SS/2025/04520.
""")

    robot("postmaster-plain-delivery-failure", "A NIC relay's plain-text delivery failure from postmaster@nic.in "
          "(no Auto-Submitted): the postmaster sender makes it automated", """Date: {DATE}
From: "NIC Mail Relay" <postmaster@nic.in>
To: saksham.seva@icegate.gov.in
Subject: Delivery failure: Ref. SS/2025/04527
Message-ID: <relay.04527@nic.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          """Your message could not be delivered to cex-sys.lko@nic.in.
Reason: mailbox disabled by administrator.

Original subject: Your mail to Saksham Seva - Ref. SS/2025/04527
""")

    # ---- auto-replies
    robot("out-of-office-zimbra-english", "Zimbra out-of-office reply from an officer's ICEGATE ID "
          "(Auto-Submitted: auto-replied)", """Date: {DATE}
From: Kavitha Subramanian <kavitha.subramanian@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Out of Office: Your mail to Saksham Seva - Ref. SS/2025/04533
Message-ID: <1288377410.5523.1764660000000.JavaMail.zimbra@icegate.gov.in>
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 8.8.15_GA_4581
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8""",
          "I am on leave from 01/12/2025 to 12/12/2025 with limited access to e-mail.\n"
          "For urgent matters please contact the Appraising Group office.\n", envelope="<>")

    robot("automatic-reply-exchange", "Exchange 'Automatic reply:' (Auto-Submitted: auto-generated, "
          "X-Auto-Response-Suppress: All) from a cbic.gov.in mailbox", """Date: {DATE}
From: Sanjay Verma <sanjay.verma@cbic.gov.in>
To: Saksham Seva <saksham.seva@icegate.gov.in>
Subject: Automatic reply: Your mail to Saksham Seva - Ref. SS/2025/04541
Thread-Topic: Your mail to Saksham Seva - Ref. SS/2025/04541
Message-ID: <a1b2c3d4e5f6@PN2PR01MB4455.INDPRD01.PROD.OUTLOOK.COM>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sanjay.verma@cbic.gov.in
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii\"""",
          "Thank you for your e-mail. I am away on official tour till 10 December 2025 and will reply on my return.\n",
          crlf=True)

    robot("auto-reply-hindi-auto-submitted", "Hindi auto-reply (base64 UTF-8, B-encoded subject) from a generic "
          "ICEGATE mailbox with Auto-Submitted: auto-replied", f"""Date: {{DATE}}
From: =?UTF-8?B?{base64.b64encode("प्रणाली प्रबंधक".encode()).decode()}?= <sysmgr.bhopal@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: {b_word("स्वचालित उत्तर: Your mail to Saksham Seva - Ref. SS/2025/04548")}
Message-ID: <auto.04548@icegate.gov.in>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64""",
          b64("आपका ई-मेल प्राप्त हो गया है। यह एक स्वचालित उत्तर है।\n"
              "कार्यालय 15/12/2025 तक बंद है; कृपया उसके बाद संपर्क करें।\n".encode()))

    robot("auto-reply-hindi-precedence-bulk", "Hindi vacation reply with no Auto-Submitted but 'Precedence: bulk'",
          f"""Date: {{DATE}}
From: Rekha Yadav <rekha.yadav@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: {b_word("अवकाश सूचना - Re: Ref. SS/2025/04552")}
Message-ID: <vac.04552@icegate.gov.in>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit""",
          "मैं 20/12/2025 तक अवकाश पर हूँ। आपका संदेश मिलने पर उत्तर दिया जाएगा।\n")

    robot("vacation-reply-precedence-junk", "Classic vacation(1) reply: 'Precedence: junk', no Auto-Submitted",
          """Date: {DATE}
From: Prakash Gowda <prakash.gowda@gov.in>
To: saksham.seva@icegate.gov.in
Subject: On vacation: Your mail to Saksham Seva - Ref. SS/2025/04559
Message-ID: <vacation.04559@gov.in>
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "I am on vacation until 8 December 2025. Your mail will be read on my return.\n")

    robot("automatic-reply-without-headers", "An Outlook.com 'Automatic reply' with no Auto-Submitted, Precedence "
          "or List-Id: an auto-reply by what it is and says", """Date: {DATE}
From: Bhavana Rao <bhavana.rao.92@outlook.com>
To: saksham.seva@icegate.gov.in
Subject: Automatic reply: Your mail to Saksham Seva - Ref. SS/2025/04563
Message-ID: <PN1P287MB04563AUTO@PN1P287MB0456.INDP287.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "This is an automatic reply. I am out of office until 15/12/2025 and will not be checking e-mail.\n",
          note="The contract's 'automated' covers auto-replies and out-of-office replies as such; the headers it "
               "names are how they usually show. This one shows only by its subject and text.")

    robot("gmail-vacation-responder", "Gmail vacation responder (Auto-Submitted: auto-replied, Precedence: bulk) "
          "in Hindi and English", f"""Date: {{DATE}}
From: Tenzin Dorjee <tenzin.dorjee88@gmail.com>
To: saksham.seva@icegate.gov.in
Subject: {b_word("Re: Your mail to Saksham Seva - Ref. SS/2025/04570 [छुट्टी]")}
Message-ID: <CAvac04570xyz@mail.gmail.com>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit""",
          "I am travelling till 09/12/2025. / मैं 09/12/2025 तक यात्रा पर हूँ।\n")

    robot("auto-reply-with-logo", "An Outlook auto-reply (Auto-Submitted: auto-replied) whose signature carries "
          "the logo image001.png: automated, and the logo is an attachment of kind other", """Date: {DATE}
From: Joseph Mathew <joseph.mathew@icegate.gov.in>
To: Saksham Seva <saksham.seva@icegate.gov.in>
Subject: Automatic reply: Ref. SS/2025/04577
Message-ID: <000c01dc6c11$aa11bb22$cc33dd44$@icegate.gov.in>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/related; boundary="----=_NextPart_000_000C_01DC6C11.AA11BB22"; type="text/html\"""",
          """------=_NextPart_000_000C_01DC6C11.AA11BB22
Content-Type: text/html; charset="us-ascii"

<html><body><p>I am out of office till 11/12/2025.</p><p>Joseph Mathew<br><img src="cid:image001.png@01DC6C11.AA11BB22"></p></body></html>

------=_NextPart_000_000C_01DC6C11.AA11BB22
Content-Type: image/png; name="image001.png"
Content-Description: image001.png
Content-Disposition: inline; filename="image001.png"
Content-ID: <image001.png@01DC6C11.AA11BB22>
Content-Transfer-Encoding: base64

""" + b64(png(32)) + "\n------=_NextPart_000_000C_01DC6C11.AA11BB22--\n", kinds=["other"], crlf=True)

    robot("auto-notified-notice", "An ACES system notice with 'Auto-Submitted: auto-notified' (any value other "
          "than 'no')", """Date: {DATE}
From: ACES Alerts <aces.alerts@cbic.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Daily summary of helpdesk tickets
Message-ID: <summary.20251203@cbic.gov.in>
Auto-Submitted: auto-notified
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Tickets opened: 41\nTickets closed: 37\nThis is a system generated summary.\n")

    # ---- lists and no-reply senders
    adv = pdf("ECCS ADVISORY No. 07/2025", "Express Cargo Clearance System: password expiry every 90 days.",
              "Users should change their ECCS password before expiry at the ECCS login page.")
    robot("list-eccs-advisory", "An ECCS advisory to a mailing list (List-Id, Precedence: list) with the advisory "
          "PDF: eccs from its own content, ignored", """Date: {DATE}
From: ECCS Helpdesk <eccs.helpdesk@icegate.gov.in>
To: cbic-systems-users@lists.icegate.gov.in
Subject: ECCS Advisory 07/2025: password expiry in the Express Cargo Clearance System
Message-ID: <eccs-adv-07-2025@lists.icegate.gov.in>
List-Id: CBIC Systems users <cbic-systems-users.lists.icegate.gov.in>
List-Unsubscribe: <mailto:cbic-systems-users-leave@lists.icegate.gov.in>
Precedence: list
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_eccsadv07\"""",
          f"""--=_eccsadv07
Content-Type: text/plain; charset=us-ascii

All ECCS users: the ECCS (Express Cargo Clearance System) password expires every 90 days.
If your ECCS login fails after expiry, reset it through the ECCS helpdesk, eccs.helpdesk@icegate.gov.in.

--=_eccsadv07
Content-Type: application/pdf; name="ECCS_Advisory_07_2025.pdf"
Content-Disposition: attachment; filename="ECCS_Advisory_07_2025.pdf"
Content-Transfer-Encoding: base64

{b64(adv)}
--=_eccsadv07--
""", rt="eccs", kinds=["other"])

    robot("list-trade-portal-advisory", "An ICEGATE advisory to IEC holders (List-Id only) on portal registration "
          "and login: trade_portal from its content, ignored", """Date: {DATE}
From: ICEGATE Advisory <advisory@icegate.gov.in>
To: trade-users@lists.icegate.gov.in
Subject: Advisory: IEC holders to complete ICEGATE 2.0 registration
Message-ID: <adv-trade-2025-41@lists.icegate.gov.in>
List-Id: <trade-users.lists.icegate.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Importers and exporters holding an IEC must register on the ICEGATE 2.0 portal and log in with the\n"
          "new credentials. Traders facing login or IEC registration issues may write to icegatehelpdesk@icegate.gov.in.\n",
          rt="trade_portal")

    robot("bulk-newsletter", "A CBIC e-newsletter with 'Precedence: bulk' and no request in it", """Date: {DATE}
From: CBIC Newsletter <newsletter@cbic.gov.in>
To: saksham.seva@icegate.gov.in
Subject: CBIC e-Newsletter, December 2025
Message-ID: <newsletter-2025-12@cbic.gov.in>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "In this issue: Swachhta Pakhwada; Hindi Pakhwada prize winners; sports meet results.\n")

    robot("list-circular-sso-creation", "A circular to a mailing list (List-Id, Precedence: list) on the "
          "procedure for creating SSO IDs for new officers: sso_creation from its content, ignored",
          """Date: {DATE}
From: DG Systems Circulars <circulars@icegate.gov.in>
To: nodal-officers@lists.icegate.gov.in
Subject: Circular: procedure for creation of SSO IDs for newly joined officers
Message-ID: <circ-2025-19@lists.icegate.gov.in>
List-Id: Nodal officers <nodal-officers.lists.icegate.gov.in>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Nodal officers are requested to send requests for creation of SSO IDs and ICEGATE e-mail IDs for newly\n"
          "joined officers in the prescribed template, with the service book pages, from the official ICEGATE ID.\n",
          rt="sso_creation",
          note="An automated mail's request type is read from its own content (the contract's own example is an "
               "ECCS advisory from a list): a circular on SSO ID creation is sso_creation.")

    robot("noreply-eccs-password-expiry", "A notice from noreply@icegate.gov.in that the ECCS password expires "
          "in 5 days", """Date: {DATE}
From: ECCS <noreply@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: ECCS password expiry alert
Message-ID: <eccs-expiry-881@icegate.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Your ECCS (Express Cargo Clearance System) password will expire in 5 days. Please change it at the\n"
          "ECCS login page.\n", rt="eccs")

    robot("no-reply-sso-password-reset-notice", "A notice from no-reply@cbic.gov.in that an SSO ID password was "
          "reset", """Date: {DATE}
From: SSO Portal <no-reply@cbic.gov.in>
To: saksham.seva@icegate.gov.in
Subject: SSO ID password reset successful
Message-ID: <sso-reset-7731@cbic.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "The password of the SSO ID 10456789 has been reset successfully. If you did not request this password\n"
          "reset, contact the helpdesk.\n", rt="password_reset",
          note="A no-reply notice about an SSO ID password reset reads as password_reset from its own content.")

    robot("donotreply-iec-registration", "A donotreply@icegate.gov.in notice that an IEC's ICEGATE registration is "
          "approved", """Date: {DATE}
From: donotreply@icegate.gov.in
To: saksham.seva@icegate.gov.in
Subject: ICEGATE registration approved for IEC 0515012345
Message-ID: <reg-0515012345@icegate.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "The ICEGATE portal registration of IEC 0515012345 (M/s Sample Exports) is approved. The trader can log\n"
          "in to the ICEGATE portal with the registered credentials.\n", rt="trade_portal")

    robot("do-not-reply-maintenance", "A maintenance notice from do-not-reply@cbic.gov.in", """Date: {DATE}
From: CBIC IT <do-not-reply@cbic.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Scheduled maintenance on 14 December 2025
Message-ID: <maint-20251214@cbic.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Network services of the Data Centre will be unavailable from 22:00 to 02:00 on 14 December 2025.\n")

    robot("noreply-sso-created-list", "'SSO IDs created' notice from the SSO portal's noreply@ address, with the "
          "list of created IDs as a CSV", """Date: {DATE}
From: SSO Portal <noreply@cbic.gov.in>
To: saksham.seva@icegate.gov.in
Subject: SSO IDs created for newly joined officers - batch 2025-12-03
Message-ID: <sso-batch-20251203@cbic.gov.in>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_batch\"""",
          """--=_batch
Content-Type: text/plain; charset=us-ascii

SSO IDs and ICEGATE e-mail IDs have been created for the officers in the attached list (creation batch
2025-12-03).

--=_batch
Content-Type: text/csv; name="created_ids.csv"
Content-Disposition: attachment; filename="created_ids.csv"

Name,SSO ID,ICEGATE e-mail
Officer One,10567890,officer.one@icegate.gov.in

--=_batch--
""", rt="sso_creation", kinds=["other"])


def section_not_robots():
    me = Sender("geeta.banerjee@icegate.gov.in", "Geeta Banerjee", "icegate", client="tb")
    mail_case("auto-submitted-no-is-a-person", "A person's password reset that carries 'Auto-Submitted: no' "
              "(explicitly not automated); complete", me, "Reset of SSO password",
              "Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: Geeta Banerjee\n"
              "Designation: Superintendent\nSSO ID: 10298765\nMobile: 9831045678\n\nRegards,\nGeeta Banerjee\n",
              rt="password_reset", have={"name", "designation", "sso_id", "mobile"},
              extra={"Auto-Submitted": "no"})

    mail_case("x-auto-response-suppress-alone", "Outlook's 'X-Auto-Response-Suppress: All' on a person's complete "
              "role-mapping request: not automated", NITIN, "Role mapping in ACES after transfer", role_text(NITIN),
              [A(transfer("Nitin Deshpande", "Superintendent"), PDF, "Transfer order.pdf", "transfer_order"),
               A(posting("Nitin Deshpande", "Superintendent"), PDF, "Posting order.pdf", "posting_order"),
               A(charge("Nitin Deshpande", "Superintendent"), PDF, "Charge report.pdf", "charge_report")],
              rt="role_mapping", extra={"X-Auto-Response-Suppress": "All"})


def section_robots_more():
    robot("auto-forwarded-reset-request", "A mailbox rule forwards an officer's password-reset request with "
          "'Auto-Submitted: auto-forwarded': automated (no requirements), password_reset from its content",
          """Date: {DATE}
From: Division II Kochi <div2.kochi@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Fwd: Password reset of SSO ID
Message-ID: <autofwd.7781@icegate.gov.in>
Auto-Submitted: auto-forwarded
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          """---------- Forwarded message ---------
From: Lavanya Pillai <lavanya.pillai@icegate.gov.in>
Subject: Password reset of SSO ID

Sir, I have forgotten my SSO ID password. Kindly reset it.
Name: Lavanya Pillai
Designation: Inspector
SSO ID: 10634567
Mobile: 9447098123
""", rt="password_reset")

    book = std_book([P(900).row("Custom House, Kochi")])
    sbk = P(900).sb()
    robot("google-group-creation-request", "A nodal officers' Google Group relays a creation request with template "
          "and service book (List-Id, 'via' From): automated, sso_creation from its content, nothing missing by "
          "rule, attachments still told", """Date: {DATE}
From: "'Anil Menon' via Nodal Officers Kerala" <nodal-officers-kerala@googlegroups.com>
Reply-To: anil.menon@icegate.gov.in
To: nodal-officers-kerala@googlegroups.com, saksham.seva@icegate.gov.in
Subject: [nodal-officers-kerala] SSO ID creation for new Inspector
Message-ID: <CAgroup7782@mail.gmail.com>
List-Id: <nodal-officers-kerala.googlegroups.com>
Mailing-list: list nodal-officers-kerala@googlegroups.com; contact nodal-officers-kerala+owners@googlegroups.com
Precedence: list
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000group7782\"""",
          f"""--000000000000group7782
Content-Type: text/plain; charset="UTF-8"

Sir, kindly create the SSO ID and ICEGATE e-mail ID for the new Inspector. Template and service book attached.
Anil Menon, Superintendent (Systems), 9447055512, anil.menon@icegate.gov.in

--000000000000group7782
Content-Type: {XLSX}; name="SSO_template.xlsx"
Content-Disposition: attachment; filename="SSO_template.xlsx"
Content-Transfer-Encoding: base64

{b64(book)}
--000000000000group7782
Content-Type: application/pdf; name="Service Book.pdf"
Content-Disposition: attachment; filename="Service Book.pdf"
Content-Transfer-Encoding: base64

{b64(sbk)}
--000000000000group7782--
""", rt="sso_creation", kinds=["template", "service_book"], templates=[book])

    robot("precedence-list-only-circular", "A Hindi Pakhwada circular with 'Precedence: list' and no List-Id",
          """Date: {DATE}
From: Rajbhasha Cell <rajbhasha@cbic.gov.in>
To: all-offices@cbic.gov.in
Subject: Hindi Pakhwada 2025 - competitions
Message-ID: <rajbhasha-2025-09@cbic.gov.in>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "All offices are requested to nominate officers for the Hindi Pakhwada essay and noting competitions.\n")

    robot("dsn-relayed-success", "A success 'Delivery Status Notification (Relay)' (multipart/report, Action: "
          "relayed) from postmaster@", """Date: {DATE}
From: postmaster@mail.gov.in
To: saksham.seva@icegate.gov.in
Subject: Delivery Status Notification (Relay)
Message-ID: <relay-dsn-7790@mail.gov.in>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="relay7790\"""",
          """--relay7790
Content-Type: text/plain; charset=us-ascii

Your message was relayed to a system that does not send delivery notifications:
   j.thomas@gov.in

--relay7790
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gov.in

Final-Recipient: rfc822; j.thomas@gov.in
Action: relayed
Status: 2.0.0

--relay7790--
""")

    robot("postmaster-capitalised-sender", "A plain-text failure notice from 'Postmaster@cbic.gov.in' (the "
          "postmaster local part in capitals) with no other robot marker", """Date: {DATE}
From: Postmaster@cbic.gov.in
To: saksham.seva@icegate.gov.in
Subject: Message not delivered
Message-ID: <pm.7794@cbic.gov.in>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Your message to a.khan@cbic.gov.in was not delivered: the mailbox is disabled.\n",
          note="The postmaster local part is case-insensitive (RFC 5321).")

    robot("icegate-helpdesk-auto-ack-iec", "The ICEGATE helpdesk's automatic ticket acknowledgement "
          "(Auto-Submitted: auto-replied) about an IEC login ticket: trade_portal from its content, ignored",
          """Date: {DATE}
From: ICEGATE Helpdesk <icegatehelpdesk@icegate.gov.in>
To: saksham.seva@icegate.gov.in
Subject: Ticket 2025120412 registered: ICEGATE login issue for IEC 0598765432
Message-ID: <ticket-2025120412@icegate.gov.in>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii""",
          "Your ticket about the ICEGATE portal login of IEC 0598765432 (trader registration) has been registered.\n"
          "This is an automatic acknowledgement.\n", rt="trade_portal")


# ================================================================= D. follow-ups, each judged on its own

def thread(n_prev: int, dom="icegate.gov.in"):
    mid = f"<prev.{n_prev}.thread@{dom}>"
    return {"In-Reply-To": mid, "References": mid}


def section_followups():
    mail_case("reminder-creation-nothing-attached", "Reminder from the System Manager's generic ID: the template "
              "and service books were sent on 24/11/2025, no ID yet; nothing attached. Judged alone, both documents "
              "are missing", KOCHI, "Reminder: SSO ID creation for newly joined officers",
              "Sir/Madam,\n\nThis is a reminder regarding our request dated 24/11/2025 for creation of SSO IDs for\n"
              "three newly joined Inspectors of this Custom House. The template and service books were sent with\n"
              "that mail. The IDs have not been created so far. Kindly expedite.\n" + KOCHI.sig(),
              rt="sso_creation", extra=thread(1),
              note="maild triage judges each file on its own: documents sent in earlier mails of the thread do not "
                   "count here.")

    mail_case("second-reminder-outlook-quote", "Second reminder (Outlook, top-posted) over the first request, "
              "which is quoted below a From:/Sent: block with its attachment names: nothing attached to this mail",
              PUNE, "RE: Request for creation of SSO IDs - new Inspectors - second reminder",
              "Madam/Sir,\n\nSecond reminder. The SSO IDs requested below are still awaited.\n" + PUNE.sig()
              + "\nFrom: SYSMGR CGST PUNE-I <sysmgr.pune1@icegate.gov.in>\nSent: Monday, November 24, 2025 11:02 AM\n"
                "To: Saksham Seva <saksham.seva@icegate.gov.in>\nSubject: Request for creation of SSO IDs - new "
                "Inspectors\n\nKindly create SSO IDs for the three officers. Attached: SSO_template.xlsx, Service "
                "Book - 1.pdf,\nService Book - 2.pdf, Service Book - 3.pdf\n", rt="sso_creation", extra=thread(2))

    me = Sender("rahul.saxena@icegate.gov.in", "Rahul Saxena", "icegate", client="zimbra")
    mail_case("any-update-reset-details-only-quoted", "'Any update?' on a password-reset thread: the subject "
              "tells the request; the sign-off gives the name; designation, SSO ID and mobile are only in the "
              "quoted first mail", me, "Re: Password reset of SSO ID",
              "Any update?\n\nRegards,\nRahul Saxena\n\nOn Mon, Dec 1, 2025 at 10:15 AM, Rahul Saxena "
              "<rahul.saxena@icegate.gov.in> wrote:\n> Sir, I have forgotten my SSO ID password.\n> Designation: "
              "Inspector\n> SSO ID: 10387654\n> Mobile: 9876023456\n", rt="password_reset", have={"name"},
              extra=thread(3))

    me = Sender("mohit.sinha@icegate.gov.in", "Mohit Sinha", "icegate", client="tb")
    mail_case("any-update-neutral-subject", "'Any update on this?' with a neutral subject ('Re: Request dated "
              "28.11.2025'); what was requested is only in the quoted text, so the request type cannot be told",
              me, "Re: Request dated 28.11.2025",
              "Any update on this?\n\nMohit Sinha\n\nOn 28/11/2025 16:40, Mohit Sinha wrote:\n> Sir, kindly map the "
              "ACES roles of Range-IV to my SSO ID after my transfer.\n> Transfer order attached.\n",
              rt="unknown", extra=thread(4))

    me = Sender("neha.kulkarni.93@gmail.com", "Neha Kulkarni", "personal", client="gmail")
    mail_case("any-update-status-complete-signature", "'Any update??' from a personal Gmail on an SSO status "
              "enquiry; her signature gives name, designation and mobile", me, "Re: Whether SSO ID exists in my name",
              "Sir, any update??\n\nThanks and regards,\nNeha Kulkarni\nInspector, CGST Nagpur-I\nMob: 9423012345\n\n"
              "On Tue, 2 Dec 2025 at 09:12, Neha Kulkarni <neha.kulkarni.93@gmail.com> wrote:\n> Sir, please tell "
              "me whether an SSO ID exists in my name.\n", rt="sso_status",
              have={"name", "designation", "mobile"}, extra=thread(5, "mail.gmail.com"))

    ps = people(2)
    mail_case("reply-with-only-service-books", "Reply sending only the service books the helpdesk asked for; "
              "the template went in the first mail, so judged alone the template is missing", KOLKATA,
              "RE: SSO ID creation - service books awaited",
              "Sir,\n\nAs desired, the service book pages of the two officers are attached.\n" + KOLKATA.sig()
              + "\n-----Original Message-----\nFrom: Saksham Seva <saksham.seva@icegate.gov.in>\nSent: 02 December "
                "2025 12:10\nTo: sysmgr.kolkata@icegate.gov.in\nSubject: SSO ID creation - service books awaited\n\n"
                "The template is received. Please send the service book pages.\n",
              sb_atts(ps), rt="sso_creation", extra=thread(6))

    mail_case("reply-with-only-promotion-order", "Reply carrying only the promotion order; the service book went "
              "earlier: judged alone the service book is missing", IRFAN, "Re: Designation update - documents",
              "Sir,\n\nPlease find the promotion order attached as asked.\n" + IRFAN.sig()
              + "\nOn 02/12/2025 11:30, Saksham Seva wrote:\n> Please send the promotion order.\n",
              [A(promotion("Irfan Qureshi"), PDF, "Promotion order.pdf", "promotion_order")],
              rt="designation_update", extra=thread(7))

    mail_case("reply-with-only-charge-report", "Reply carrying only the assumption of charge report on a role "
              "mapping thread: transfer and posting orders missing when judged alone", KAVITHA,
              "Re: Mapping of roles on transfer",
              "Madam,\n\nThe charge report is attached now.\n" + KAVITHA.sig(),
              [A(charge("Kavitha Subramanian", "Appraiser"), PDF, "Charge report.pdf", "charge_report")],
              rt="role_mapping", extra=thread(8))

    me = Sender("suresh.das@icegate.gov.in", "Suresh Das", "icegate", client="zimbra")
    mail_case("reply-with-only-mobile", "Reply to 'we could not reach you' giving only a new mobile number in "
              "running text and the name in the sign-off: designation and SSO ID missing when judged alone", me,
              "Re: Reset of SSO ID password",
              "Sir,\n\nMy mobile number is 98300 12345. Please call me on this number.\n\nRegards,\nSuresh Das\n",
              rt="password_reset", have={"name", "mobile"}, extra=thread(9))

    ps = people(2)
    mail_case("reply-with-corrected-template", "Reply with the corrected template only (clean); the service books "
              "went in the first mail", CHENNAI, "Re: SSO ID creation - template corrected",
              "Sir,\n\nThe corrected template (initials replaced by full names) is attached.\n" + CHENNAI.sig(),
              [A(std_book([p.row("Chennai Customs") for p in ps]), XLSX, "SSO_template_corrected.xlsx", "template")],
              rt="sso_creation", extra=thread(10))

    ps = people(2)
    mail_case("reply-corrected-template-still-wrong", "Reply with a 'corrected' template whose row 5 still has a "
              "10-digit number starting with 1; no service book", JAIPUR, "Re: SSO ID creation - correction",
              "Sir,\n\nCorrected template attached.\n" + JAIPUR.sig(),
              [A(std_book([ps[0].row("CGST Jaipur"), ps[1].row("CGST Jaipur", mob="1234567890")]), XLSX,
                 "SSO_template_v2.xlsx", "template")], rt="sso_creation", extra=thread(11),
              errors=[(5, "mobile", "invalid_mobile")])

    hindi = Sender("sysmgr.bhopal@icegate.gov.in", "प्रणाली प्रबंधक भोपाल", "generic", "Aditya Mishra",
                   "Superintendent (Systems)", "aditya.mishra@icegate.gov.in", "9425012389", "CGST Bhopal")
    mail_case("reminder-in-hindi", "Reminder in Hindi (अनुस्मारक) from a generic ICEGATE ID for SSO ID creation; "
              "nothing attached; full signature", hindi, "अनुस्मारक: नए अधिकारियों के लिए SSO ID निर्माण",
              "महोदय,\n\nदिनांक 25/11/2025 के हमारे ई-मेल के संदर्भ में, नए निरीक्षकों की SSO ID अभी तक नहीं बनी है।\n"
              "कृपया शीघ्र SSO ID निर्माण करें।\n" + hindi.sig(opener="सादर,"), rt="sso_creation", extra=thread(12))

    ps = people(1)
    p = ps[0]
    book = std_book([p.row("CGST Pune-I")])
    inner = inner_message("SYSMGR CGST PUNE-I <sysmgr.pune1@icegate.gov.in>", "SSO ID creation - new Inspector",
                          "Tue, 25 Nov 2025 11:00:00 +0530", "prev.13.thread@icegate.gov.in",
                          "Sir, kindly create the SSO ID. Template and service book attached.\n" + PUNE.sig(),
                          [A(book, XLSX, "SSO_template.xlsx", "template"), A(p.sb(), PDF, "Service Book.pdf",
                                                                              "service_book")], client="outlook")
    mail_case("reminder-with-first-mail-attached", "Reminder that attaches the first request as .eml: its "
              "template and service book count for this mail", PUNE, "Reminder - SSO ID creation - new Inspector",
              "Sir,\n\nReminder. Our earlier mail is attached for reference.\n" + PUNE.sig(),
              [A(None, "message/rfc822", None, None, raw_part=rfc822_part(inner))], rt="sso_creation",
              inner_kinds=["template", "service_book"], inner_templates=[book], extra=thread(13))

    ps = people(1)
    p = ps[0]
    plain = ("Sir,\n\nReminder. Forwarding our earlier mail with the documents once again.\n" + JAIPUR.sig()
             + "\n-------- Forwarded Message --------\nSubject: SSO ID creation - new Inspector\nDate: Tue, 25 Nov 2025 "
               "12:30:00 +0530\nFrom: ACL Admin Jaipur <acladmin.jaipur@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in"
               "\n\nSir, kindly create the SSO ID. Template and service book attached.\n")
    creation("reminder-forwarding-first-mail-inline", "Reminder that forwards the first mail inline (Thunderbird "
             "'-------- Forwarded Message --------') with its attachments: complete",
             std_book([p.row("CGST Jaipur")]), ps, sender=JAIPUR, plain=plain,
             subject="Fwd: SSO ID creation - new Inspector")

    mail_case("reply-documents-named-only-in-quote", "Reply 'please see below' over a Gmail quote that names the "
              "transfer order, posting order and charge report; nothing is attached to this mail", DEEPIKA,
              "Re: Role mapping after transfer",
              "Sir, please see below and do the needful.\n\nDeepika Rawat\nInspector\n\nOn Tue, 2 Dec 2025 at 15:20, "
              "Deepika Rawat <deepika.rawat@icegate.gov.in> wrote:\n> Sir, kindly map my roles. Transfer order.pdf, "
              "Posting order.pdf and Joining report.jpg attached.\n", rt="role_mapping", extra=thread(15))

    me = Sender("vinod.patel@icegate.gov.in", "Vinod Patel", "icegate", "Vinod Patel", "Inspector", None,
                "9909012345", "Custom House, Kandla", client="outlook")
    mail_case("any-update-activation-sso-only-in-quote", "'Any update?' top-posted over an Outlook From:/Sent: "
              "block on an SSO ID activation thread: the signature gives name, designation and mobile; the SSO ID "
              "is only in the quoted mail", me, "RE: Activation of SSO ID",
              "Sir, any update please?\n" + me.sig()
              + "\nFrom: Vinod Patel <vinod.patel@icegate.gov.in>\nSent: Monday, December 1, 2025 4:05 PM\n"
                "To: Saksham Seva <saksham.seva@icegate.gov.in>\nSubject: Activation of SSO ID\n\nSir, my SSO ID "
                "10412345 is inactive. Kindly activate it.\n", rt="password_reset",
              have={"name", "designation", "mobile"}, extra=thread(16))

    mail_case("follow-up-eccs", "'Any update?' on an ECCS password thread: eccs from its subject, redirected",
              KAVITHA, "Re: ECCS password expired - unable to login",
              "Sir, any update? The ECCS login still fails.\n" + KAVITHA.sig(), rt="eccs", extra=thread(17))

    me = Sender("rohan.mehta.exports@gmail.com", "Rohan Mehta", "personal", client="gmail")
    mail_case("follow-up-trade-portal", "A trader's 'any update?' on his ICEGATE portal login (IEC) thread: "
              "trade_portal, redirected", me, "Re: ICEGATE login issue for IEC 0515012345",
              "Sir, any update on our ICEGATE portal login for IEC 0515012345?\n\nRegards,\nRohan Mehta\n"
              "Proprietor, M/s Sample Exports\n",
              rt="trade_portal", extra=thread(18, "mail.gmail.com"))

    mail_case("reminder-generic-unsigned", "Reminder from a generic ICEGATE mailbox with no sign-off at all: "
              "nothing attached and no name, designation, individual e-mail or number", KOCHI,
              "Reminder - SSO IDs pending",
              "Sir,\n\nSSO IDs for our new officers requested last week are still pending. Kindly create.\n\n"
              "Thanks.\n", rt="sso_creation", drop=("name", "designation", "email", "phone"),
              extra=thread(19))


def section_followups_more():
    me = Sender("imran.khan@icegate.gov.in", "Imran Khan", "icegate", client="zimbra")
    mail_case("reminder-reset-details-again", "Reminder on a password reset that repeats every detail in the "
              "officer's own text: complete", me, "Reminder: password reset of SSO ID",
              "Sir,\n\nReminder: my SSO ID password reset requested on 01/12/2025 is pending.\n\nName: Imran Khan\n"
              "Designation: Examiner\nSSO ID: 10712345\nMobile No.: 9869012345\n\nRegards,\nImran Khan\n",
              rt="password_reset", have={"name", "designation", "sso_id", "mobile"}, extra=thread(20))

    mail_case("any-update-designation-generic", "The System Manager asks 'any update?' on a designation update "
              "thread; nothing attached: promotion order and service book missing when judged alone", KOLKATA,
              "RE: Designation update of Shri Arup Sen, Superintendent",
              "Sir, any update on the designation update requested last week?\n" + KOLKATA.sig(),
              rt="designation_update", extra=thread(21))

    me = Sender("ramesh.yadav@icegate.gov.in", "Ramesh Yadav", "icegate", client="zimbra")
    mail_case("any-update-in-hindi-reset", "'कोई अपडेट?' on a password reset thread (Hindi subject); the Hindi "
              "sign-off gives name, designation (निरीक्षक) and mobile; the SSO ID is missing", me,
              "Re: SSO ID पासवर्ड रीसेट",
              "महोदय, कोई अपडेट?\n\nसादर,\nरमेश यादव\nनिरीक्षक, सीजीएसटी लखनऊ\nमो. 9415098765\n",
              rt="password_reset", have={"name", "designation", "mobile"}, extra=thread(22))

    mail_case("reply-whatsapp-photo-only", "'PFA' with only a WhatsApp photo 'IMG-20251202-WA0004.jpg': a photo "
              "that says nothing of itself ('other'); template and service book missing", KOCHI,
              "Re: SSO ID creation - service book awaited", "PFA.\n" + KOCHI.sig(),
              [A(photo(60), JPG, "IMG-20251202-WA0004.jpg", "other")], rt="sso_creation", extra=thread(23))

    mail_case("reply-posting-and-charge-only", "Reply with the posting order and the charge report; the transfer "
              "order went earlier: missing when judged alone", NITIN, "RE: Role mapping - documents",
              "Sir,\n\nLocal posting order and charge report attached.\n" + NITIN.sig(),
              [A(posting("Nitin Deshpande", "Superintendent"), PDF, "LPO 77-2025.pdf", "posting_order"),
               A(charge("Nitin Deshpande", "Superintendent"), PDF, "AOC report.pdf", "charge_report")],
              rt="role_mapping", extra=thread(24))

    ps = people(2)
    creation("re-re-re-resend-complete", "'RE: RE: RE:' resend of the whole request with template and service "
             "books: complete on its own", std_book([p.row("CGST Pune-I") for p in ps]), ps, sender=PUNE,
             subject="RE: RE: RE: Creation of SSO IDs for newly joined officers", hdrs=thread(25))

    me = Sender("pooja.chauhan.95@gmail.com", "Pooja Chauhan", "personal", client="gmail")
    mail_case("gentle-reminder-status-name-only", "'Gentle reminder' on an SSO status enquiry signed only with a "
              "first name; no designation or mobile in this mail", me, "Re: Is my SSO ID created?",
              "Gentle reminder. Kindly confirm whether an SSO ID exists in my name.\n\nRegards,\nPooja\n",
              rt="sso_status", have={"name"}, extra=thread(26, "mail.gmail.com"))


# ================================================================= README and main

def readme() -> str:
    from collections import Counter
    out = ["# corpus8 (generated by make.py)", "",
           "An independent triage corpus that dwells on what the earlier corpora touched lightly: the creation",
           "template cell by cell (header rows 1-10 under merged titles, re-typed headers, red by RGB, palette",
           "index and theme colour and near-reds that are not red, every error code alone and combined, dates,",
           "mobiles, alternate e-mails, empty and serial-only rows, extra columns and sheets, formulas, the",
           "shipped template filled in, unreadable files, odd names); attachment kinds by name and by content",
           "(service books as text or image PDFs and photos, Hindi and RFC 2231/2047 names, orders and reports",
           "told by their text, certification letters and their near misses, covering letters, inline images);",
           "robots (delivery reports, read receipts, Exchange NDRs, plain bounces, auto-replies, lists, no-reply",
           "senders); and follow-ups judged on their own.", "",
           "Every expected verdict follows from `triage.md`, `template.md` and `domain.md` alone. The template",
           "errors written by hand in `make.py` are recomputed from each generated workbook by a small reading of",
           "`template.md` (`check_template`) and must agree before anything is written. Run",
           "`.venv/bin/python tests/data/corpus8/make.py`; two runs write the same bytes.", ""]
    by = {f: Counter() for f in ("request_type", "sender_kind", "action")}
    codes = Counter()
    for _, _, _, e in CASES:
        for f in by:
            by[f][e[f]] += 1
        for t in e["template_errors"]:
            codes[t["code"]] += 1
    out.append("## Counts")
    out.append("")
    for f, c in by.items():
        out.append(f"- {f}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    out.append("- template error codes (rows): " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    out += ["", "## Readings of the contract", ""]
    out += [
        "- A data row is any row below the header with a non-empty cell, so a row holding only a serial number is",
        "  a data row and all its mandatory cells are missing; wholly empty rows between officers are skipped and",
        "  rows keep the numbers Excel shows.",
        "- Red is judged on the header cell's font colour only (a red fill is not a red font). A palette (indexed)",
        "  colour is its RGB in the standard palette; a theme colour is the RGB the workbook's own theme gives it",
        "  (no tints are used). Where no header font is red, the default mandatory columns apply.",
        "- Header cells are matched after dropping case, spaces, dots, hyphens and bracketed text; 'FIRST NAME'",
        "  therefore reads 'First Name'. A title cell with a sentence that mentions First Name is not the header.",
        "- Template mobiles avoid spaces or hyphens except where the value is wrong under any reading of them",
        "  (the template spec does not say whether separators are ignored in a cell). A mobile with +91 or 0",
        "  is the same number without it, for duplicate_mobile too. Alternate e-mails that differ only in the",
        "  case of the domain are the same address; local-part case differences are not used.",
        "- A number in a date column that is not a real spreadsheet date (14031995, General format) is not a date;",
        "  ISO text dates, two-digit years and future birth dates are not used.",
        "- A file is a template by its header row whatever its name; an unreadable file is a template by its name",
        "  (every unreadable one here says 'template'). An .xlsx without the header row and without a template",
        "  name is 'other'. A spreadsheet named like a template but without the header is not used.",
        "- An attachment is every named part other than the parts of a multipart/report; a plain bounce",
        "  (multipart/mixed with message/rfc822) therefore has the files of the returned message as attachments.",
        "- Bounces and receipts here return topic-neutral helpdesk acknowledgements, so their request type is",
        "  unknown whether or not returned text is read.",
        "- A certification letter must certify name, DOB and DOJ and be signed by a Joint Commissioner or above",
        "  (Additional Commissioner, Commissioner); Deputy/Assistant Commissioners, covering letters and other",
        "  certificates are 'other'. It is never combined with a service book here.",
        "- Follow-ups take their request type from their own subject and text; quoted text never counts.",
    ]
    for name, note in NOTES:
        out.append(f"- `{name}`: {note}")
    out += ["", "## The cases", "", "| file | intent | expected |", "| --- | --- | --- |"]
    for name, intent, _, e in CASES:
        errs = "; ".join(f"r{t['row']} {t['column'] or '-'} {t['code']}" for t in e["template_errors"])
        det = ", ".join(x for x in (e["sender_kind"], e["request_type"]))
        if e["missing"]:
            det += "; missing " + ", ".join(e["missing"])
        if errs:
            det += "; " + errs
        out.append(f"| `{name}.eml` | {intent.replace('|', '/')} | **{e['action']}** ({det}) |")
    return "\n".join(out) + "\n"


def attachment_count(raw: bytes) -> int:
    """Named MIME parts outside any multipart/report (triage.md's definition), for the self-check."""
    def walk(part, in_report):
        if part.get_content_type() == "multipart/report":
            in_report = True
        n = 0
        if part.is_multipart():
            for sub in part.get_payload():
                n += walk(sub, in_report)
            return n
        if part.get_content_type() == "message/rfc822":
            return sum(walk(sub, in_report) for sub in part.get_payload())
        return 0 if in_report or not part.get_filename() and not part.get_param("name") else 1
    return walk(email.message_from_bytes(raw), False)


def build():
    section_templates()
    section_templates_more()
    section_attachments()
    section_attachments_more()
    section_robots()
    section_robots_more()
    section_not_robots()
    section_followups()
    section_followups_more()


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    for name, _, raw, e in CASES:
        assert attachment_count(raw) == len(e["attachment_kinds"]), name
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
