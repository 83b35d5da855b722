#!/usr/bin/env python3
"""Generate corpus14 for maild: generic (shared/office) mailboxes and their signature blocks.

A generic sender must sign with Name, Designation, individual e-mail ID and contact number
(../../../../shared/spec/triage.md, "Requirements by request type"); each one absent adds
signature_name / signature_designation / signature_email / signature_phone to `missing`, for
every request type. Every mail here states its request completely in the body (labelled
details, all documents attached) so that, apart from `icegate_sender` for senders outside
icegate.gov.in, only the signature codes move. Individual ICEGATE and personal senders with
the same signature shapes are controls (no signature codes).

Each case declares by hand which of the four signature elements its sign-off carries (and
whether an e-mail written in the block is an individual ID or an office mailbox); the expected
verdict is derived from those declarations and the contract, never by running maild.

Run with the project's .venv/bin/python (openpyxl, pypdf). Two runs write identical bytes.
"""
from __future__ import annotations

import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# File and MIME builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF = kit.XLSX_CT, "application/pdf"
text, multi, att, alt, addr = kit.text, kit.multi, kit.att, kit.alt, kit.addr

FIXED = (2025, 12, 1, 10, 0, 0)


def repack(data: bytes) -> bytes:
    """Re-zip an openpyxl workbook with fixed entry times and core.xml stamps (openpyxl writes 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\2", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


# ================================================================= people and mailboxes

OFFICERS = [  # first, last, designation, dob, doj
    ("Sravani", "Kolluri", "Inspector", "14/06/1997", "27/10/2025"),
    ("Mohammed", "Irfan", "Inspector", "02/01/1996", "27/10/2025"),
    ("Deepak", "Chaurasia", "Preventive Officer", "23/09/1995", "03/11/2025"),
    ("Lakshmi", "Narayanan", "Examiner", "11/12/1998", "03/11/2025"),
    ("Arunima", "Sengupta", "Inspector", "30/03/1997", "10/11/2025"),
    ("Harpreet", "Gill", "Inspector", "05/07/1994", "10/11/2025"),
    ("Joseph", "Mathew", "Appraiser", "19/02/1993", "17/11/2025"),
    ("Priyanka", "Deshmukh", "Inspector", "08/08/1999", "17/11/2025"),
]

GENERIC = [  # (display name, address) of shared / role mailboxes
    ("System Manager, Custom House Chennai", "sysmgr.chennai1@icegate.gov.in"),
    ("System Manager, Custom House Visakhapatnam", "sysmgr.vskp2@icegate.gov.in"),
    ("ASM Mumbai Zone-I", "asm.mumbai1@icegate.gov.in"),
    ("Alternate System Manager, Kolkata", "asm.kolkata2@icegate.gov.in"),
    ("Nodal Officer DRI HQ", "nodal.drihq@icegate.gov.in"),
    ("EDI Section Chennai", "edi.chennai@icegate.gov.in"),
    ("EDI Kochi", "edi.kochi@icegate.gov.in"),
    ("Customs Airport Thiruvananthapuram", "cusairport.tvm@icegate.gov.in"),
    ("Commissioner of Customs (Port), Kolkata", "cuscomm.kolkata@icegate.gov.in"),
    ("Customs Preventive Mumbai", "cusprev.mumbai@icegate.gov.in"),
    ("ADG Systems West Zonal Unit", "adg.wzu@icegate.gov.in"),
    ("CGST Guntur Commissionerate", "commissionerate.guntur@icegate.gov.in"),
    ("Establishment Section, CGST Nagpur", "estt.nagpur@icegate.gov.in"),
    ("ACL Admin Kochi", "acladmin.kochi@icegate.gov.in"),
    ("Systems Kochi", "cex15sys.ker@nic.in"),
    ("Pr. Commissioner of Customs Visakhapatnam", "prcomm1-cusvzg@nic.in"),
    ("EDP Cell CGST Pune", "edp-cgstpune@nic.in"),
    ("Systems WZU Mumbai", "systems.wzumumbai@gov.in"),
    ("CGST Audit-I Delhi", "cgstaudit1.delhi@gov.in"),
    ("CGST Division-III Chennai North", "cgstdiv3.chennainorth@gmail.com"),
    ("Customs Airport Cochin", "customsairport.cok@gmail.com"),
    ("Range Office Kakinada", "rangeoffice.kakinada@yahoo.com"),
    ("CGST Division Vapi", "cgstdivision.vapi@yahoo.co.in"),
    ("ICD Tughlakabad Customs", "icdtkd.customs@gmail.com"),
]

OFFICE_LINES = {
    "sysmgr.chennai1@icegate.gov.in": "Custom House, 60 Rajaji Salai, Chennai - 600001",
    "sysmgr.vskp2@icegate.gov.in": "Custom House, Port Area, Visakhapatnam - 530035",
    "asm.mumbai1@icegate.gov.in": "New Custom House, Ballard Estate, Mumbai - 400001",
    "asm.kolkata2@icegate.gov.in": "Custom House, 15/1 Strand Road, Kolkata - 700001",
    "nodal.drihq@icegate.gov.in": "DRI Headquarters, D Block, I.P. Bhawan, New Delhi",
    "edi.chennai@icegate.gov.in": "EDI Section, Custom House, Chennai",
    "edi.kochi@icegate.gov.in": "EDI Section, Custom House, Willingdon Island, Kochi",
    "cusairport.tvm@icegate.gov.in": "Air Customs, Thiruvananthapuram International Airport",
    "cuscomm.kolkata@icegate.gov.in": "Computer Cell, Custom House, Kolkata",
    "cusprev.mumbai@icegate.gov.in": "Systems Section, Marine & Preventive Wing, Mumbai",
    "adg.wzu@icegate.gov.in": "West Zonal Unit, DG Systems, New Custom House, Mumbai",
    "commissionerate.guntur@icegate.gov.in": "Computer Cell, CGST Commissionerate, Guntur",
    "estt.nagpur@icegate.gov.in": "Establishment Section, CGST Nagpur-I",
    "acladmin.kochi@icegate.gov.in": "Systems Section, Central Revenue Building, Kochi",
    "cex15sys.ker@nic.in": "Systems Section, CGST & CX Kochi",
    "prcomm1-cusvzg@nic.in": "Custom House, Port Area, Visakhapatnam",
    "edp-cgstpune@nic.in": "EDP Cell, GST Bhavan, Pune",
    "systems.wzumumbai@gov.in": "Systems Wing, West Zonal Unit, Mumbai",
    "cgstaudit1.delhi@gov.in": "Computer Cell, CGST Audit-I, New Delhi",
    "cgstdiv3.chennainorth@gmail.com": "CGST Division-III, Chennai North",
    "customsairport.cok@gmail.com": "Air Customs, Cochin International Airport",
    "rangeoffice.kakinada@yahoo.com": "Range-II, CGST Division Kakinada",
    "cgstdivision.vapi@yahoo.co.in": "CGST Division, Vapi",
    "icdtkd.customs@gmail.com": "ICD Tughlakabad, New Delhi",
}

# another office mailbox written in a signature: not an individual e-mail ID either
OTHER_OFFICE_MAIL = ["edi.chennai@icegate.gov.in", "cexcochi@nic.in", "commr-cusvzg@nic.in",
                     "systems.wzumumbai@gov.in", "sysmgr.mum1@icegate.gov.in"]

SIGNERS = [  # name shapes, designation shapes, individual e-mail, contact numbers
    ("R. Bhuvaneswari", "Superintendent (Systems)", "r.bhuvaneswari@icegate.gov.in", "Mob: 9445012871"),
    ("K. SRINIVASA RAO", "Supdt. (EDI)", "srinivasarao.k@icegate.gov.in", "Ph: 0891-2562295"),
    ("(P. GOPICHAND)", "Asstt. Commr. (EDI)", "gopichand.p@gov.in", "Tel (O): 0891-2564552"),
    ("Shri Anil Kumar Verma", "Assistant Commissioner of Customs (EDI)", "anil.verma@icegate.gov.in",
     "Mobile: +91 98100 45123"),
    ("Smt. Lakshmi Priya", "AC (Systems)", "lakshmi.priya@nic.in", "Tel: 0484-2390404 Extn. 215"),
    ("ARUNKUMAR NAIR", "DC, EDI", "arunkumar.nair@icegate.gov.in", "+91-9847012365"),
    ("Meena Iyer", "Deputy Commissioner (Systems) & Nodal Officer", "meena.iyer@gov.in", "Phone: 044 2525 1406"),
    ("Sd/- B. G. Krishnan", "JC & Systems Manager", "bg.krishnan@icegate.gov.in", "Contact No.: 8547011290"),
    ("Rohit Khanna", "ADC (Systems)", "rohit.khanna72@gmail.com", "Tel (O): 022-22757401"),
    ("Ch. Venkata Ramana", "Alternate System Manager", "venkataramana.ch@icegate.gov.in", "M: 7702145698"),
    ("Shri Vikas Tyagi", "EA (EDI)", "vikas.tyagi@icegate.gov.in", "Mob. 9891204476"),
    ("S. Meenakshi", "ASM", "s.meenakshi@icegate.gov.in", "Ph: 044-25254231 / 9444170023"),
    ("Rajib Das", "SM (Systems)", "rajib.das@icegate.gov.in", "Tel: 033 2254 1234"),
    ("Pooja Bhatia", "PO (Systems)", "pooja.bhatia@icegate.gov.in", "Mobile No. 9958031744"),
    ("Smt. Rekha Joshi", "STA", "rekha.joshi@gov.in", "Tel (O): 020-26052211 Ext. 34"),
    ("Manoj Pillai", "TA (EDP)", "manoj.pillai@nic.in", "Mob: 9496023188"),
    ("Abhijit L. Thorat", "Joint Director", "abhijit.thorat@icegate.gov.in", "Ph: 022-20825140"),
    ("Shri Gaurav Mehta", "Additional Director General (Systems)", "gaurav.mehta@gov.in", "+91 99201 33847"),
]

RTS = ["sso_status", "password_reset", "sso_creation", "designation_update", "role_mapping", "eccs",
       "trade_portal", "unknown"]

CLOSINGS = ["Regards,", "Thanks & Regards,", "Yours faithfully,", "With regards,", "सादर,", "भवदीय,", "-- ",
            "Warm regards,", "Yours sincerely,"]


def mobile(i: int) -> str:
    return "9" + f"{(440012345 + i * 7919) % 1000000000:09d}"


# ================================================================= request bodies and documents

def request(rt: str, i: int, sender: str):
    """(subject, body paragraphs, attachments, kinds) of a complete request of type rt."""
    f, l, d, dob, doj = OFFICERS[i % len(OFFICERS)]
    mob = mobile(i)
    if rt == "sso_status":
        return (f"Status of SSO ID - {d} {f} {l}",
                f"Sir/Madam,\n\nShri/Smt. {f} {l}, {d} of this office, is not sure whether an SSO ID or ICEGATE\n"
                f"e-mail ID has already been created in his/her name. Kindly check and inform the officer.\n\n"
                f"Name: {f} {l}\nDesignation: {d}\nMobile No.: {mob}", [], [])
    if rt == "password_reset":
        return (f"Password reset of SSO ID - {f} {l}",
                f"Sir/Madam,\n\n{d} {f} {l} of this office has forgotten the password of the SSO ID and\n"
                f"cannot log in to ACES. Kindly reset the password.\n\n"
                f"Name: {f} {l}\nDesignation: {d}\nSSO ID: {f[0].lower()}{l.lower()}{i % 90 + 10}\n"
                f"Mobile No.: {mob}", [], [])
    if rt == "sso_creation":
        rows = [[1, f, "", l, d, dob, doj, mob, f"{f.lower()}.{l.lower()}{i % 90 + 10}@gmail.com",
                 "Custom House", "Port", ""]]
        xl = repack(kit.make_xlsx(rows))
        sb = kit.sb_pdf(f"{f} {l}", dob, doj)
        return (f"Creation of SSO ID and ICEGATE e-mail ID - {d} {f} {l}",
                f"Sir/Madam,\n\n{d} {f} {l} has joined this office on initial appointment on {doj}.\n"
                f"Kindly create the SSO ID and ICEGATE e-mail ID. The filled creation template and the\n"
                f"first page of the officer's service book are attached.",
                [att(xl, XLSX, "SSO_ID_creation_template.xlsx"),
                 att(sb, PDF, f"Service Book first page - {f} {l}.pdf")], ["template", "service_book"])
    if rt == "designation_update":
        po = kit.make_pdf(["GOVERNMENT OF INDIA", "PROMOTION ORDER", f"Establishment Order No. {200 + i}/2025",
                           f"Shri/Smt. {f} {l}, Inspector, is promoted to the grade of Superintendent."])
        sb = kit.sb_pdf(f"{f} {l}", dob, "01/08/2012")
        return (f"Updation of designation on promotion - {f} {l}",
                f"Sir/Madam,\n\nShri/Smt. {f} {l}, Inspector, has been promoted as Superintendent vide\n"
                f"Establishment Order No. {200 + i}/2025. Kindly update the designation in ACES.\n"
                f"The promotion order and the first page of the service book are attached.",
                [att(po, PDF, f"Promotion_Order_{200 + i}_2025.pdf"),
                 att(sb, PDF, "Service_Book_first_page.pdf")], ["promotion_order", "service_book"])
    if rt == "role_mapping":
        to = kit.make_pdf(["TRANSFER ORDER", f"Order No. {30 + i}/2025", f"{f} {l}, {d}, is transferred."])
        lp = kit.make_pdf(["LOCAL POSTING ORDER", f"{f} {l}, {d}, is posted to the Appraising Group."])
        cr = kit.make_pdf(["ASSUMPTION OF CHARGE REPORT", f"I, {f} {l}, have assumed charge today."])
        return (f"Mapping of ACES roles - {d} {f} {l} joined on transfer",
                f"Sir/Madam,\n\n{d} {f} {l} has joined this office on transfer. Kindly map the officer to\n"
                f"the ACES roles as per the local posting order. The transfer order, the local posting\n"
                f"order and the assumption of charge report are attached.",
                [att(to, PDF, f"Transfer_Order_{30 + i}_2025.pdf"), att(lp, PDF, "Local_Posting_Order.pdf"),
                 att(cr, PDF, "Assumption_of_Charge_Report.pdf")],
                ["transfer_order", "posting_order", "charge_report"])
    if rt == "eccs":
        return ("ECCS login failing after password expiry",
                "Sir/Madam,\n\nAfter the ECCS password-expiry exercise, the officers of the Courier Terminal\n"
                "cannot log in to the Express Cargo Clearance System (ECCS) application; the reset\n"
                "prompt does not appear. Kindly resolve at the earliest.", [], [])
    if rt == "trade_portal":
        iec = f"05{(12345678 + i * 101) % 100000000:08d}"
        return ("Exporter unable to log in to ICEGATE portal",
                f"Sir/Madam,\n\nM/s Sunrise Agro Exports (IEC {iec}) has represented to this office that it\n"
                f"cannot log in to the ICEGATE portal with its IEC, as the registered mobile number for the\n"
                f"OTP has changed. Kindly help the exporter update its ICEGATE registration.", [], [])
    assert rt == "unknown"
    return ("Mailbox storage quota full",
            "Sir/Madam,\n\nThe storage quota of this office mailbox is full and incoming mails are being\n"
            "rejected. Kindly increase the quota of this mailbox.", [], [])


BASE_MISSING = {"sso_status": [], "password_reset": [], "sso_creation": [], "designation_update": [],
                "role_mapping": [], "eccs": [], "trade_portal": [], "unknown": []}
ACTION = {"eccs": "redirect", "trade_portal": "redirect", "unknown": "review"}


# ================================================================= signature blocks

class Sig:
    """A sign-off: the elements it carries (None = absent) and how it is laid out."""

    def __init__(self, name=None, desig=None, email=None, phone=None, office=None, style="lines",
                 closing="Regards,", bad_email=None, extra=()):
        self.name, self.desig, self.email, self.phone = name, desig, email, phone
        self.office, self.style, self.closing, self.bad_email = office, style, closing, bad_email
        self.extra = list(extra)  # extra lines (Hindi echoes etc.) that add no element

    def lines(self):
        e = self.email or self.bad_email
        em = f"Email: {e}" if e else None
        parts = {"n": self.name, "d": self.desig, "o": self.office, "e": em, "p": self.phone}
        order = {"lines": "ndoep", "desig_first": "dnoep", "contacts_first": "pendo", "phone_first": "pndoe",
                 "pipe": "ndoep", "comma": "ndoep", "office_mid": "nodpe"}[self.style]
        vals = [parts[k] for k in order if parts[k]]
        if self.style == "pipe":
            vals = [" | ".join(v.replace("Email: ", "") for v in vals)] if vals else []
        elif self.style == "comma":
            vals = [", ".join(v.replace("Email: ", "") for v in vals)] if vals else []
        out = [self.closing] if self.closing else []
        return out + vals + self.extra

    def codes(self):
        miss = []
        if not self.name:
            miss.append("signature_name")
        if not self.desig:
            miss.append("signature_designation")
        if not self.email:
            miss.append("signature_email")
        if not self.phone:
            miss.append("signature_phone")
        return miss


# ================================================================= mail assembly

CASES = []


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_divs(body_lines, sig_lines, tail_lines):
    return ("<html><body><div style=\"font-family:arial\">"
            + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body_lines + [""] + sig_lines + tail_lines)
            + "</div></body></html>")


def html_table(body_lines, sig_lines, tail_lines):
    closing, rest = sig_lines[0], sig_lines[1:]
    return ("<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in body_lines if x)
            + f"<p>{esc(closing)}</p><table border=\"0\" cellpadding=\"0\">"
            + "".join(f"<tr><td style=\"font-size:10pt\">{esc(x)}</td></tr>" for x in rest) + "</table>"
            + "".join(f"<p>{esc(x)}</p>" for x in tail_lines if x) + "</body></html>")


def html_mso(body_lines, sig_lines, tail_lines):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head>"
            "<body lang=\"EN-IN\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{esc(x) if x else '&nbsp;'}<o:p></o:p></p>"
                      for x in body_lines + [""] + sig_lines + tail_lines)
            + "</div></body></html>")


DATES = ["Mon, 1 Dec 2025", "Tue, 2 Dec 2025", "Wed, 3 Dec 2025", "Thu, 4 Dec 2025", "Fri, 5 Dec 2025",
         "Mon, 8 Dec 2025", "Tue, 9 Dec 2025", "Wed, 10 Dec 2025"]


def build_mail(n, frm_name, frm, rt, sig, fmt="plain", tail=(), quote=None, i=None, intent=""):
    """Assemble one mail and its expected verdict. fmt: plain | alt | html | table | mso | outlook."""
    i = n if i is None else i
    subject, body, atts, kinds = request(rt, i, frm)
    if fmt in ("html", "table", "mso") and sig.closing == "-- ":
        sig.closing = "Regards,"  # no '-- ' delimiter in HTML-only mail (its trailing space is lost)
    sig_lines = sig.lines()
    body_lines = body.split("\n")
    tail_lines = list(tail)
    plain = "\n".join(body_lines + [""] + sig_lines + ([""] + tail_lines if tail_lines else []))
    if quote:
        plain += "\n\n" + quote
    date = f"{DATES[n % len(DATES)]} {10 + n % 7:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} +0530"
    crlf = fmt == "outlook"
    mailer = {"plain": kit.ZIMBRA, "alt": kit.ZIMBRA, "html": kit.ZIMBRA, "table": kit.TB, "mso": kit.OUTLOOK,
              "outlook": kit.OUTLOOK}[fmt]
    if "gmail" in frm:
        mailer = None
    elif "yahoo" in frm:
        mailer = kit.YAHOO
    if fmt == "plain":
        bodypart = text(plain, "plain", "qp")
    elif fmt == "alt":
        bodypart = alt(plain, b=f"c14{n:03d}")
    else:
        assert quote is None
        maker = {"html": html_divs, "table": html_table, "mso": html_mso, "outlook": html_mso}[fmt]
        h = maker(body_lines, sig_lines, tail_lines)
        if fmt == "outlook":
            bodypart = multi("alternative", [text(plain, "plain", "qp"), text(h, "html", "qp")], f"=_c14{n:03d}_alt")
        else:
            bodypart = text(h, "html", "qp")
    if atts:
        msg = multi("mixed", [bodypart] + atts, f"=_c14{n:03d}_mixed")
    else:
        msg = bodypart
    raw = kit.mail(kit.hdr(addr(frm_name, frm), subject, date, f"c14.{n:03d}.{frm.split('@')[0]}@{frm.split('@')[1]}",
                           mailer=mailer), msg, crlf=crlf, from_addr=frm)
    dom = frm.split("@")[1]
    if frm in GENERIC_ADDR:
        kind = "generic"
    elif dom == "icegate.gov.in":
        kind = "icegate"
    else:
        kind = "personal"
    missing = list(BASE_MISSING[rt])
    if rt in ("sso_creation", "password_reset", "designation_update", "role_mapping") and dom != "icegate.gov.in":
        missing.append("icegate_sender")
    if kind == "generic":
        missing += sig.codes()
    missing = sorted(set(missing))
    action = ACTION.get(rt) or ("request_missing" if missing else "acknowledge")
    e = {"sender_kind": kind, "request_type": rt, "missing": missing, "template_errors": [], "action": action,
         "attachment_kinds": sorted(kinds)}
    CASES.append((n, intent, raw, e))


GENERIC_ADDR = {a for _, a in GENERIC}

TAILS = [
    [],
    ["Sent from my iPhone"],
    ["________________________________",
     "DISCLAIMER: This e-mail is intended solely for the addressee and may contain official",
     "information of the Central Board of Indirect Taxes and Customs. If you are not the",
     "intended recipient, please delete it. Please consider the environment before printing."],
    ["Sent from Yahoo Mail on Android"],
    [],
    ["सत्यमेव जयते", "Please do not print this e-mail unless necessary."],
]

FORMATS = ["plain", "alt", "html", "table", "mso", "outlook", "plain", "alt"]
STYLES = ["lines", "desig_first", "contacts_first", "pipe", "lines", "comma", "phone_first", "office_mid",
          "desig_first"]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def build():
    n = 0
    # ---------------------------------------------------------- A. the 16-combination sweep, 6 rounds
    # Each generic mailbox signs with every subset of {name, designation, e-mail, phone} in turn,
    # across request types, layouts, closings, mail formats and footers.
    for r in range(5):
        for combo in range(16):
            n += 1
            k = (r * 16 + combo)
            has_n, has_d, has_e, has_p = (combo >> 3) & 1, (combo >> 2) & 1, (combo >> 1) & 1, combo & 1
            frm_name, frm = GENERIC[(k * 5 + r) % len(GENERIC)]
            rt = RTS[(combo + r * 3) % len(RTS)]
            name, desig, email, phone = SIGNERS[(k * 7 + r) % len(SIGNERS)]
            style = STYLES[(k + r) % len(STYLES)]
            closing = CLOSINGS[(k * 2 + r) % len(CLOSINGS)]
            fmt = FORMATS[(k + 2 * r) % len(FORMATS)]
            tail = TAILS[(k + r) % len(TAILS)]
            bad = None
            if not has_e:  # absent e-mail: nothing, the mailbox's own address, or another office mailbox
                bad = [None, frm, OTHER_OFFICE_MAIL[k % len(OTHER_OFFICE_MAIL)]][k % 3]
            sig = Sig(name if has_n else None, desig if has_d else None, email if has_e else None,
                      phone if has_p else None, office=OFFICE_LINES[frm], style=style, closing=closing,
                      bad_email=bad)
            present = "".join(c for c, h in zip("NDEP", (has_n, has_d, has_e, has_p)) if h) or "none"
            badtxt = {None: "", frm: " +own-address", }.get(bad, " +office-address") if not has_e else ""
            nm = f"{n:03d}-{slug(rt)}-{slug(frm.split('@')[0])[:16]}-{present.lower()}"
            build_mail(n, frm_name, frm, rt, sig, fmt, tail, i=k,
                       intent=f"generic {frm}; {rt}; signature has {present}{badtxt}; {style}/{fmt}")
            CASES[-1] = (nm,) + CASES[-1][1:]

    # ---------------------------------------------------------- B. hand-written signature shapes
    def special(slugname, frm_pair, rt, sig, fmt="plain", tail=(), quote=None, intent=""):
        nonlocal n
        n += 1
        build_mail(n, frm_pair[0], frm_pair[1], rt, sig, fmt, tail, quote, i=n, intent=intent)
        CASES[-1] = (f"{n:03d}-{slugname}",) + CASES[-1][1:]

    G = {a: (d, a) for d, a in GENERIC}
    # Sd/- with bracketed caps name, long designation, office, Tel (O)
    special("sd-caps-bracket-full", G["sysmgr.vskp2@icegate.gov.in"], "sso_creation",
            Sig("(P. GOPICHAND)", "Asst. COMMISSIONER OF CUSTOMS (EDI)", "gopichand.p@icegate.gov.in",
                "Tel (O): 0891-2562295", office="Custom House, Visakhapatnam", closing="Yours faithfully,\nSd/-",
                style="lines"),
            intent="'Yours faithfully, Sd/-' then bracketed caps name: all four present")
    special("sd-bracket-name-no-email", G["acladmin.kochi@icegate.gov.in"], "designation_update",
            Sig("[B. G. Krishnan]", "Joint Commissioner\nSystems Manager", None, "Phone: 0484-2390404",
                office="Central Revenue Building, Kochi", closing="Yours faithfully,\nSd/-", style="lines"),
            intent="Kochi circular shape 'Sd/- [B. G. Krishnan] Joint Commissioner Systems Manager', no e-mail")
    # Hindi designation only (with English name)
    special("hindi-designation-only", G["edi.chennai@icegate.gov.in"], "password_reset",
            Sig("S. Meenakshi", "अधीक्षक (प्रणाली)", "s.meenakshi@icegate.gov.in", "मोबाइल: 9444170023",
                office="EDI Section, Custom House, Chennai", closing="सादर,", style="lines"),
            intent="designation written in Hindi only ('अधीक्षक (प्रणाली)'): a designation")
    special("bilingual-full-bhavdiy", G["commissionerate.guntur@icegate.gov.in"], "role_mapping",
            Sig("राजेश कुमार / Rajesh Kumar", "सहायक आयुक्त / Assistant Commissioner (Systems)",
                "rajesh.kumar@icegate.gov.in", "दूरभाष / Tel: 0863-2234567", office="CGST Commissionerate, Guntur",
                closing="भवदीय,", style="lines"),
            intent="bilingual Hindi/English sign-off after 'भवदीय': all four present")
    special("bilingual-no-phone", G["estt.nagpur@icegate.gov.in"], "sso_status",
            Sig("अनिता देशपांडे / Anita Deshpande", "अधीक्षक / Superintendent (Estt.)", "anita.deshpande@gov.in",
                None, office="स्थापना अनुभाग / Establishment Section, CGST Nagpur-I", closing="सादर,"),
            intent="bilingual sign-off without any number: signature_phone (officer's mobile in body does not count)")
    special("devanagari-digits-plus-ascii", G["cusairport.tvm@icegate.gov.in"], "eccs",
            Sig("Manoj Pillai", "Superintendent of Customs", "manoj.pillai@icegate.gov.in",
                "मो. ९४९६०२३१८८ / Mob. 9496023188", office="Air Customs, Thiruvananthapuram"),
            intent="phone in Devanagari and ASCII digits on one line: present; ECCS redirect")
    # own address repeated
    special("own-address-only", G["sysmgr.chennai1@icegate.gov.in"], "sso_creation",
            Sig("R. Bhuvaneswari", "Superintendent (Systems) & System Manager", None, "Ph: 044-25254231",
                office="Custom House, Chennai", bad_email="sysmgr.chennai1@icegate.gov.in"),
            intent="only e-mail in the signature is the mailbox's own address: signature_email")
    special("own-address-plus-individual", G["sysmgr.chennai1@icegate.gov.in"], "sso_creation",
            Sig("R. Bhuvaneswari", "Superintendent (Systems) & System Manager",
                "r.bhuvaneswari@icegate.gov.in", "Ph: 044-25254231", office="Custom House, Chennai",
                extra=["Office mailbox: sysmgr.chennai1@icegate.gov.in"]),
            intent="own address and an individual ICEGATE ID both in the signature: e-mail present")
    special("own-address-caps", G["asm.kolkata2@icegate.gov.in"], "password_reset",
            Sig("Rajib Das", "Alternate System Manager", None, "Mob: 9830044512",
                office="Custom House, Kolkata", bad_email="ASM.KOLKATA2@ICEGATE.GOV.IN"),
            intent="mailbox's own address in capitals is still the own address: signature_email")
    special("nic-office-mail-in-sig", G["cex15sys.ker@nic.in"], "sso_status",
            Sig("Manoj Pillai", "Tax Assistant (Systems)", None, "Tel: 0484-2390404", office="Systems Section, Kochi",
                bad_email="cexcochi@nic.in"),
            intent="nic.in generic signs with the Commissionerate's office address: no individual e-mail")
    special("nic-individual-mail", G["cex15sys.ker@nic.in"], "sso_status",
            Sig("Manoj Pillai", "Tax Assistant (Systems)", "manoj.pillai@nic.in", "Tel: 0484-2390404",
                office="Systems Section, Kochi"),
            intent="same mailbox, individual nic.in address in signature: complete status enquiry")
    special("govin-individual-reset", G["systems.wzumumbai@gov.in"], "password_reset",
            Sig("Abhijit L. Thorat", "Joint Director", "abhijit.thorat@gov.in", "Phone: 022-20825140",
                office="West Zonal Unit, Mumbai"),
            intent="gov.in office mailbox, full signature: only icegate_sender for a reset")
    special("govin-office-line-only", G["cgstaudit1.delhi@gov.in"], "role_mapping",
            Sig("Harish Chandra", None, "harish.chandra@gov.in", "Tel: 011-23379012",
                office="Computer Cell, CGST Audit-I, New Delhi"),
            intent="office line but no designation; gov.in sender: icegate_sender + signature_designation")
    # office line only, no designation
    special("office-line-no-desig", G["edi.kochi@icegate.gov.in"], "password_reset",
            Sig("Joseph Kurian", None, "joseph.kurian@icegate.gov.in", "Mob: 9447012390",
                office="EDI Section, Custom House, Kochi"),
            intent="office line only, no designation: signature_designation")
    special("name-only", G["cuscomm.kolkata@icegate.gov.in"], "unknown",
            Sig("Sudipta Ghosh", closing="Regards,"),
            intent="sign-off is a bare name: designation, e-mail, phone missing; unknown -> review")
    special("nothing-after-regards", G["cusprev.mumbai@icegate.gov.in"], "designation_update",
            Sig(None, closing="Regards,"),
            intent="'Regards,' with nothing after it: all four signature codes")
    # contacts first
    special("contacts-first-full", G["adg.wzu@icegate.gov.in"], "trade_portal",
            Sig("Gaurav Mehta", "ADG (Systems)", "gaurav.mehta@icegate.gov.in", "Tel (O): 022-20825141",
                office="West Zonal Unit, Mumbai", style="contacts_first", closing="Warm regards,"),
            intent="contacts before name and designation: all present; trade portal redirect")
    special("pipe-full", G["asm.mumbai1@icegate.gov.in"], "role_mapping",
            Sig("Pooja Bhatia", "ASM", "pooja.bhatia@icegate.gov.in", "9958031744", style="pipe",
                closing="Regards,"),
            intent="one-line pipe signature 'name | ASM | e-mail | bare mobile': complete")
    special("pipe-no-desig", G["asm.mumbai1@icegate.gov.in"], "role_mapping",
            Sig("Pooja Bhatia", None, "pooja.bhatia@icegate.gov.in", "9958031744", style="pipe",
                closing="Regards,"),
            intent="one-line pipe signature without designation: signature_designation")
    special("comma-full", G["nodal.drihq@icegate.gov.in"], "sso_creation",
            Sig("Vivek Saxena", "Additional Director", "vivek.saxena@icegate.gov.in", "Tel: 011-23370145",
                style="comma", closing="Thanks & Regards,"),
            intent="one-line comma signature: complete creation from DRI nodal mailbox")
    special("comma-no-phone", G["nodal.drihq@icegate.gov.in"], "sso_status",
            Sig("Vivek Saxena", "Additional Director", "vivek.saxena@icegate.gov.in", None, office="DRI HQ",
                style="comma", closing="Thanks & Regards,"),
            intent="one-line comma signature without number: signature_phone")
    special("dashdash-full-disclaimer", G["edi.chennai@icegate.gov.in"], "designation_update",
            Sig("K. Senthil Kumar", "Appraiser (EDI)", "senthil.k@icegate.gov.in", "Ph: 044-25254400 Extn. 312",
                office="EDI Section, Custom House, Chennai", closing="-- "), tail=TAILS[2],
            intent="signature after '-- ' followed by a legal disclaimer: complete")
    special("dashdash-no-name-disclaimer", G["edi.chennai@icegate.gov.in"], "designation_update",
            Sig(None, "Appraiser (EDI)", "senthil.k@icegate.gov.in", "Ph: 044-25254400 Extn. 312",
                office="EDI Section, Custom House, Chennai", closing="-- "), tail=TAILS[2],
            intent="'-- ' signature without a name, then disclaimer: signature_name")
    # HTML only
    special("html-table-full", G["commissionerate.guntur@icegate.gov.in"], "password_reset",
            Sig("Smt. Lakshmi Priya", "Deputy Commissioner (Systems)", "lakshmi.priya@icegate.gov.in",
                "Tel (O): 0863-2234570", office="CGST Commissionerate, Guntur"), fmt="table",
            intent="HTML-only mail, signature in table rows: complete")
    special("html-table-no-email", G["commissionerate.guntur@icegate.gov.in"], "password_reset",
            Sig("Smt. Lakshmi Priya", "Deputy Commissioner (Systems)", None,
                "Tel (O): 0863-2234570", office="CGST Commissionerate, Guntur"), fmt="table",
            intent="HTML-only mail, table signature without e-mail: signature_email")
    special("mso-full-sent-from", G["cusairport.tvm@icegate.gov.in"], "sso_status",
            Sig("Shri Vikas Tyagi", "Superintendent of Customs", "vikas.tyagi@icegate.gov.in", "Mob. 9891204476",
                office="Air Customs, Thiruvananthapuram"), fmt="mso", tail=["Sent from Outlook"],
            intent="HTML-only Outlook MsoNormal paragraphs, 'Sent from Outlook' footer: complete")
    special("mso-no-name-no-phone", G["cusairport.tvm@icegate.gov.in"], "sso_status",
            Sig(None, "Superintendent of Customs", "vikas.tyagi@icegate.gov.in", None,
                office="Air Customs, Thiruvananthapuram"), fmt="mso",
            intent="HTML-only MsoNormal signature with designation and e-mail only: name and phone missing")
    special("html-divs-desig-first-caps", G["prcomm1-cusvzg@nic.in"], "eccs",
            Sig("K. SRINIVASA RAO", "DEPUTY COMMISSIONER OF CUSTOMS", "srinivasarao.k@nic.in", "Ph: 0891-2562613",
                style="desig_first"), fmt="html",
            intent="HTML-only divs, designation in caps before name: complete; ECCS redirect")
    # quoted earlier mail whose signature must not count
    q_full = ("On Mon, 24 Nov 2025 at 11:02, {d} <{a}> wrote:\n> Sir/Madam,\n> Kindly attend to the request.\n"
              "> Regards,\n> R. Bhuvaneswari\n> Superintendent (Systems)\n> r.bhuvaneswari@icegate.gov.in\n"
              "> Mob: 9445012871")
    a = "sysmgr.chennai1@icegate.gov.in"
    special("reply-quote-has-email-phone", G[a], "password_reset",
            Sig("R. Bhuvaneswari", "Superintendent (Systems)", None, None, office="Custom House, Chennai"),
            fmt="plain", quote=q_full.format(d="System Manager, Custom House Chennai", a=a),
            intent="own sign-off has name and designation only; the quoted earlier mail's full signature does not count")
    special("reply-quote-alt-no-name", G[a], "sso_status",
            Sig(None, "Superintendent (Systems)", "r.bhuvaneswari@icegate.gov.in", "Mob: 9445012871",
                office="Custom House, Chennai"),
            fmt="alt", quote=q_full.format(d="System Manager, Custom House Chennai", a=a),
            intent="own sign-off lacks the name; the quoted signature's name does not count")
    outlook_q = ("-----Original Message-----\nFrom: ASM Mumbai Zone-I <asm.mumbai1@icegate.gov.in>\n"
                 "Sent: Friday, November 28, 2025 4:10 PM\nTo: saksham.seva@icegate.gov.in\n"
                 "Subject: Mapping of ACES roles\n\nSir,\nKindly map the officer.\n\nRegards,\nPooja Bhatia\n"
                 "Preventive Officer (Systems)\npooja.bhatia@icegate.gov.in\nMobile No. 9958031744")
    special("reply-outlook-quote-no-email-phone", G["asm.mumbai1@icegate.gov.in"], "role_mapping",
            Sig("Pooja Bhatia", "PO (Systems)", None, None), fmt="plain", quote=outlook_q,
            intent="own sign-off name + designation; Outlook '-----Original Message-----' quote's contacts do not count")
    special("reply-quote-own-full", G["asm.mumbai1@icegate.gov.in"], "role_mapping",
            Sig("Pooja Bhatia", "PO (Systems)", "pooja.bhatia@icegate.gov.in", "Mobile No. 9958031744"),
            fmt="plain", quote=outlook_q,
            intent="own sign-off complete above an Outlook quote: no signature codes")
    # Body text that names the sender does not fill the signature
    special("body-names-sender-sig-short", G["edi.kochi@icegate.gov.in"], "sso_creation",
            Sig(None, "Systems Manager", None, None, office="Custom House, Kochi", extra=[]),
            intent="designation-only sign-off; officer's labelled details in the body do not fill name/e-mail/phone")
    # Gmail/Yahoo office mailboxes
    special("gmail-office-full", G["cgstdiv3.chennainorth@gmail.com"], "sso_status",
            Sig("R. Bhuvaneswari", "Superintendent", "bhuvaneswari.r@gov.in", "Ph: 044-25340917",
                office="CGST Division-III, Chennai North"),
            intent="office Gmail with individual gov.in address and landline: complete status enquiry")
    special("gmail-office-own-address", G["cgstdiv3.chennainorth@gmail.com"], "sso_status",
            Sig("R. Bhuvaneswari", "Superintendent", None, "Ph: 044-25340917",
                office="CGST Division-III, Chennai North", bad_email="cgstdiv3.chennainorth@gmail.com"),
            intent="office Gmail signs with its own address: signature_email")
    special("yahoo-office-sent-from", G["rangeoffice.kakinada@yahoo.com"], "role_mapping",
            Sig("Shri D. Prasad", "Superintendent, Range-II", "d.prasad1979@gmail.com", "Mob: 9849012377"),
            tail=["Sent from Yahoo Mail on Android"],
            intent="office Yahoo, full signature with a personal Gmail as individual ID: only icegate_sender")
    special("yahoo-office-no-desig", G["cgstdivision.vapi@yahoo.co.in"], "password_reset",
            Sig("Harshad Patel", None, "harshad.patel@icegate.gov.in", "Mob: 9825044103",
                office="CGST Division, Vapi"), tail=["Sent from Yahoo Mail on Android"],
            intent="office Yahoo, no designation: icegate_sender + signature_designation")
    special("gmail-office-trade", G["icdtkd.customs@gmail.com"], "trade_portal",
            Sig("Nitin Arora", "Appraiser", None, "Tel (O): 011-26384120", office="ICD Tughlakabad"),
            intent="office Gmail, trade portal: redirect still lists signature_email")
    special("gmail-office-eccs-full", G["customsairport.cok@gmail.com"], "eccs",
            Sig("Smt. Sreelekha Menon", "Superintendent of Customs", "sreelekha.menon@icegate.gov.in",
                "Tel (O): 0484-2610050", office="Air Customs, Cochin Airport", closing="Yours faithfully,"),
            intent="office Gmail, ECCS, full signature: redirect with nothing missing")
    # Extension and landline shapes
    special("extension-only-phone", G["estt.nagpur@icegate.gov.in"], "designation_update",
            Sig("Anita Deshpande", "Superintendent (Estt.)", "anita.deshpande@icegate.gov.in",
                "Tel: 0712-2542120 Extn. 221", office="Establishment Section, CGST Nagpur-I"),
            intent="landline with extension is a contact number: complete")
    special("std-landline-space", G["edp-cgstpune@nic.in"], "sso_status",
            Sig("Smt. Rekha Joshi", "STA (EDP)", "rekha.joshi@nic.in", "020 2605 2211",
                office="EDP Cell, Pune", style="desig_first"),
            intent="STD landline with spaces, no label: contact number present")

    # ---------------------------------------------------------- C. controls: individual and personal senders
    IND = [("K Srinivasa Rao", "srinivasarao.k@icegate.gov.in"), ("Meena Iyer", "meena.iyer@icegate.gov.in"),
           ("Joseph Kurian", "joseph.kurian@icegate.gov.in")]
    PERS = [("Ravi Menon", "ravi.menon82@gmail.com"), ("Anita Sharma", "a.sharma@gov.in"),
            ("Deepa Nair", "deepa.nair1990@yahoo.com")]
    controls = [
        (IND[0], "password_reset", Sig("K. Srinivasa Rao", None, None, None), "plain"),
        (IND[1], "sso_creation", Sig("Meena Iyer", "DC (Systems)", None, "Ph: 044-25251406", style="pipe"), "alt"),
        (IND[2], "designation_update", Sig(None, closing="Regards,"), "mso"),
        (IND[0], "role_mapping", Sig("(K. SRINIVASA RAO)", "Supdt.", None, None, closing="Sd/-"), "table"),
        (IND[1], "eccs", Sig("Meena Iyer", None, "meena.iyer@icegate.gov.in", None), "html"),
        (IND[2], "unknown", Sig("Joseph Kurian", "Appraiser", None, "Mob: 9447012390", closing="-- "), "plain"),
        (IND[1], "password_reset", Sig("Meena Iyer", "Deputy Commissioner", "meena.iyer@icegate.gov.in",
                                       "Ph: 044 2525 1406", style="contacts_first"), "outlook"),
        (PERS[0], "sso_status", Sig("Ravi Menon", None, None, None, closing="सादर,"), "plain"),
        (PERS[1], "password_reset", Sig("Anita Sharma", "AC", None, None, style="comma"), "alt"),
        (PERS[2], "sso_status", Sig(None, closing="Thanks,"), "html"),
        (PERS[0], "trade_portal", Sig("Ravi Menon", None, None, "Mob: 9447712345"), "plain"),
        (PERS[1], "sso_creation", Sig("Anita Sharma", "Assistant Commissioner", "a.sharma@gov.in",
                                      "Tel: 011-23092211"), "plain"),
        (PERS[2], "eccs", Sig("Deepa Nair", "Inspector", None, None), "mso"),
    ]
    for (who, rt, sig, fmt) in controls:
        n += 1
        kind = "icegate" if who[1].endswith("@icegate.gov.in") else "personal"
        build_mail(n, who[0], who[1], rt, sig, fmt, TAILS[n % len(TAILS)], i=n,
                   intent=f"control: {kind} sender {who[1]}; {rt}; short signature carries no signature codes")
        CASES[-1] = (f"{n:03d}-control-{kind}-{slug(rt)}",) + CASES[-1][1:]


README_HEAD = """# corpus14: generic (shared/office) mailboxes and their signature blocks

Generated by `make.py` (run with the project's `.venv/bin/python`; two runs write identical
bytes). Written blind: every expected verdict follows from `shared/spec/triage.md`,
`shared/spec/template.md` and `shared/domain.md` alone, never from maild's code or output.

The contract under test: a `generic` sender must sign with Name, Designation, individual e-mail
ID and contact number; each one absent adds `signature_name`, `signature_designation`,
`signature_email` or `signature_phone` to `missing`, for every request type (also `eccs`,
`trade_portal` and `unknown`, where the action stays `redirect` / `review`). Every mail states
its request completely (labelled name/designation/SSO ID/mobile of the officer, every document
attached: clean template + service book PDF, promotion order + service book, transfer order +
local posting order + charge report), so apart from `icegate_sender` (generic mailboxes on nic.in,
gov.in, gmail, yahoo asking for creation, reset, designation update or role mapping) only the
signature codes move the verdict.

## Coverage ({COUNT} mails)

- **001-080, the sweep**: 5 rounds of all 16 subsets of {name, designation, e-mail, phone}
  (each code tested present and absent 40 times), rotating over 24 generic mailboxes
  (sysmgr.*, asm.*, nodal.*, edi.*, cus*.*, adg.*, commissionerate/section/ACL-admin names on
  icegate.gov.in; office mailboxes on nic.in and gov.in; office-named gmail/yahoo), all eight
  request types, seven layouts (lines, designation first, contacts first, phone first, office in
  the middle, one-line pipe, one-line comma), nine closings (Regards, Thanks & Regards, Yours
  faithfully, With regards, Warm regards, Yours sincerely, सादर, भवदीय, `-- `), six body formats
  (text/plain QP, multipart/alternative, HTML-only divs, HTML-only table rows, HTML-only Outlook
  MsoNormal, Outlook CRLF alternative) and footers (Sent from my iPhone / Yahoo Mail, legal
  disclaimer, सत्यमेव जयते line). Name shapes: caps, brackets, `Sd/-`, Shri/Smt.; designations long
  and abbreviated (Supdt., AC, DC, JC, ADC, Asstt. Commr., EA, ASM, SM, PO, STA, TA); e-mails on
  icegate.gov.in, gov.in, nic.in and gmail; numbers as mobiles, +91 forms, STD landlines, Tel (O),
  extensions. An absent e-mail is written as nothing, as the mailbox's own address, or as another
  office mailbox; an absent designation leaves only the office line.
- **081-121, hand-written shapes**: Sd/- with bracketed caps name; the Kochi circular's
  `Sd/- [B. G. Krishnan] Joint Commissioner Systems Manager`; Hindi-only designation; bilingual
  Hindi/English blocks; Devanagari digits beside ASCII digits; own address (also in capitals) vs own
  address plus an individual ID; nic.in office address vs individual nic.in address; office line
  without designation; bare name; nothing after "Regards,"; pipe and comma one-liners; `-- ` with a
  disclaimer after it; HTML table and MsoNormal signatures; replies whose quoted earlier mail
  (`On ... wrote:` / `-----Original Message-----`) carries the elements the own sign-off lacks;
  office gmail/yahoo mailboxes.
- **122-134, controls**: individual ICEGATE IDs and personal mailboxes (gmail, yahoo, individual
  gov.in) with the same short or empty sign-offs: no signature codes.

## Readings of the contract

- The sign-off is the lines after the closing ("Regards," and the like, सादर, भवदीय, or `-- `)
  up to the footer ("Sent from ...", disclaimer) or a quote. An element counts only when it is in
  that block; the officer's labelled details in the body never fill a signature field, and the
  quoted earlier mail's signature does not count.
- A line that is a designation (also abbreviated: EA, ASM, TA, PO, AC ...; also in Hindi only,
  e.g. अधीक्षक (प्रणाली)) is not a name, and an office line (section, Custom House, Commissionerate,
  division with address) is neither a name nor a designation. So a block of designation + office
  + contacts lacks `signature_name`.
- Individual e-mail ID: an address named for a person, on any domain (icegate.gov.in, gov.in,
  nic.in, gmail). The mailbox's own address (in any letter case) and any other office mailbox
  (`cexcochi@nic.in`, `edi.chennai@icegate.gov.in`, `sysmgr.mum1@icegate.gov.in`,
  `systems.wzumumbai@gov.in`, `commr-cusvzg@nic.in`) are not.
- Contact number: a mobile or a landline (STD code, Tel (O), with extension); the signature's
  contact number need not be a mobile.
- `cuscomm.kolkata@icegate.gov.in` (Customs Commissionerate, Kolkata) is read as an office mailbox
  (generic) like the other `cus*` addresses; its local part names no person.
- Left out as unclear under the contract: an e-mail written only as `name[at]icegate[dot]gov[dot]in`
  (is an obfuscated address an e-mail ID?), a contact number written only in Devanagari digits,
  a sign-off with no closing word or delimiter at all, and a forwarded mail whose original author's
  signature would be the only one.
- One address was changed while checking: the personal Gmail `dprasad.cgst@gmail.com` in 116 mixed
  a person's name with an office tag and so was not clearly individual; it is now
  `d.prasad1979@gmail.com` (expectation unchanged: e-mail present).
"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    rows = []
    for name, intent, raw, e in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append(f"| `{name}` | {intent} | {e['action']} ({e['sender_kind']}, {e['request_type']}; "
                    f"missing {', '.join(e['missing']) or '-'}) |")
    readme = README_HEAD
    (HERE / "README.md").write_text(readme.replace("{COUNT}", str(len(CASES))) + "\n## The cases\n\n"
                                    "| file | intent | expected |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n",
                                    encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
