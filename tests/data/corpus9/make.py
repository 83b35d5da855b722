#!/usr/bin/env python3
"""Generate corpus9: messy real-world officer mail as it reaches the Saksham Seva helpdesk.

Written blind from ../../../../shared/spec/triage.md, template.md, domain.md and the circulars
(not from maild's code or the other corpora's mails). Deterministic: fixed dates, Message-IDs and
file metadata; two runs write identical bytes. Run with .venv/bin/python (openpyxl, pypdf).
Each case declares what its mail actually carries (sender kind, request type, which details and
signature fields are present, attachment kinds, review reasons); `verdict()` applies the contract's
rules to those facts to write the expected JSON.
"""
from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
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

# MIME / xlsx / pdf builders are corpus2's (loaded, not copied).
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
D = kit.D
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
FIXED = (2025, 11, 20, 9, 0, 0)


# ================================================================= files

def repack(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\2", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


class A:
    """One attachment: bytes, content type, file name, expected kind, MIME name style."""

    def __init__(self, data, ctype, filename, kind, style="plain", disp="attachment", cid=None):
        self.data, self.ctype, self.filename, self.kind = data, ctype, filename, kind
        self.style, self.disp, self.cid = style, disp, cid

    def part(self):
        return kit.att(self.data, self.ctype, self.filename, style=self.style, disp=self.disp, cid=self.cid)


def R(sn, first, middle, last, desig, dob, doj, mob, mail, office, loc="", emp=""):
    return [sn, first, middle, last, desig, dob, doj, mob, mail, office, loc, emp]


def TPL(rows, name="SSO_ID_creation_template.xlsx", style="plain", **kw):
    return A(repack(kit.make_xlsx(rows, **kw)), XLSX, name, "template", style)


def SBP(name, person="OFFICER", dob="01/01/1995", doj="01/10/2025", text=True, style="plain"):
    data = kit.sb_pdf(person, dob, doj) if text else kit.make_pdf([])
    return A(data, PDF, name, "service_book", style)


def JPG_(name, kind, tag, style="plain"):
    return A(kit.jpeg(tag), JPG, name, kind, style)


def DOC(name, kind, lines, style="plain"):
    return A(kit.make_pdf(lines), PDF, name, kind, style)


def SCAN(name, kind, style="plain"):
    """Image-only PDF (no text layer): told by its file name alone."""
    return A(kit.make_pdf([]), PDF, name, kind, style)


def PNGF(name, shade=180):
    return A(kit.make_png(shade=shade), PNG, name, "other")


PROMO_TXT = ["GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER", "ESTABLISHMENT ORDER No. 87/2025",
             "Sub: Promotion to the grade of Superintendent - reg.",
             "The following Inspectors are hereby promoted to the grade of Superintendent",
             "in the Pay Level 7 on regular basis with immediate effect."]
TRANSFER_TXT = ["GOVERNMENT OF INDIA", "OFFICE OF THE CHIEF COMMISSIONER", "TRANSFER ORDER No. 41/2025",
                "Sub: Annual General Transfer 2025 - Inspectors - reg.",
                "The following officers are transferred from the Commissionerates shown against their names."]
POSTING_TXT = ["OFFICE OF THE COMMISSIONER", "LOCAL POSTING ORDER No. 19/2025",
               "On joining this Commissionerate, the following officers are posted locally as under."]
CHARGE_TXT = ["CHARGE REPORT", "Certified that I have assumed charge of the post of Inspector",
              "in the forenoon of today, relieving Shri ..."]
CERT_TXT = ["OFFICE OF THE JOINT COMMISSIONER (P&V)", "CERTIFICATE",
            "Certified that the name, date of birth and date of joining CBIC of the officer",
            "shown below are as per the official records of this office.", "Joint Commissioner"]


# ================================================================= text pieces

CBIC_DISC = ("\n\n______________________________________________________________________\n"
             "This e-mail is confidential and may also be privileged. If you are not the intended\n"
             "recipient, please notify the sender immediately and delete it; you should not copy it\n"
             "or use it for any purpose, nor disclose its contents to any other person. Views or\n"
             "opinions expressed are solely those of the author and do not necessarily represent\n"
             "those of the Central Board of Indirect Taxes and Customs.\n")
NIC_DISC = ("\n\n---------------------------------------------------------------------------------\n"
            "Disclaimer: This e-mail and its attachments may contain official Indian Government\n"
            "information. If you are not the intended recipient, please notify the sender immediately\n"
            "and delete this e-mail. Any dissemination or use of this information by a person other\n"
            "than the intended recipient is unauthorized. The responsibility lies with the recipient to\n"
            "check this email and any attachment for the presence of viruses.\n"
            "अस्वीकरण: यह ई-मेल तथा इसके संलग्नक सरकारी सूचना हो सकते हैं। यदि आप इच्छित प्राप्तकर्ता नहीं हैं तो कृपया प्रेषक को सूचित करें।\n")
GREEN = "\n\nPlease consider the environment before printing this e-mail. Save paper, save trees.\n"
ANDROID = "\n\nSent from my Android phone\n"
IPHONE_T = "\n\nSent from my iPhone\n"
GMAIL_APP = "\n\nSent from Gmail Mobile\n"


# ================================================================= mail assembly

CLIENTS = {
    "zimbra": {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC130 (Win)/8.8.15_GA_4581)",
               "X-Originating-IP": "[10.10.185.77]"},
    "nic": {"X-Mailer": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)",
            "X-Originating-IP": "[164.100.1.77]"},
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdxZk2b1Zt7yQ1mVRsu7pXcE0WkT9A==",
                "Content-Language": "en-in", "X-MS-Has-Attach": "", "X-Auto-Response-Suppress": "All"},
    "gmail": {},
    "android": {},
    "iphone": {"X-Mailer": "iPhone Mail (21G93)"},
    "rediff": {"X-Mailer": "Rediffmail Webmail"},
    "yahoo": {"X-Mailer": "WebService/1.1.24652 YMailNorrin"},
    "outlookcom": {"X-MS-Exchange-Organization-SCL": "1", "X-Microsoft-Original-Message-ID": "<none>"},
}

CASES = []
_N = [0]


def when(i):
    base = dt.datetime(2025, 11, 3, 9, 7, 0, tzinfo=IST)
    t = base + dt.timedelta(hours=7 * i, minutes=(i * 13) % 50)
    return email.utils.format_datetime(t)


def mid_for(client, i, domain):
    h = hashlib.sha1(f"corpus9-{i}".encode()).hexdigest()
    if client in ("zimbra", "nic"):
        return f"{int(h[:8], 16)}.{int(h[8:13], 16)}.{1762000000000 + i * 977}.JavaMail.zimbra@{domain}"
    if client in ("gmail", "android"):
        return f"CA+{base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip('=')}@mail.gmail.com"
    if client == "outlook":
        return f"{h[:8].upper()}.{h[8:16].upper()}@{domain}"
    return f"{h[:20]}.{i}@{domain}"


def auth(frm, kind="pass"):
    local, domain = frm.split("@")
    if kind == "pass":
        return kit.ar_pass(domain, local)
    if kind == "dmarcfail":
        return ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n"
                f"\tspf=softfail (mx.icegate.gov.in: domain of transitioning {frm} does not designate 45.61.139.20 as permitted sender)"
                f" smtp.mailfrom={frm};\n\tdmarc=fail (p=quarantine dis=none) header.from={domain}")
    if kind == "spffail":
        return ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (no signature);\n"
                f"\tspf=fail (mx.icegate.gov.in: domain of {frm} does not designate 103.77.12.9 as permitted sender)"
                f" smtp.mailfrom={frm}")
    if kind == "otherdomain":
        return ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=bulkmailer-in.com header.s=k1;\n"
                "\tspf=pass smtp.mailfrom=bounce@bulkmailer-in.com;\n\tdmarc=pass header.from=bulkmailer-in.com")
    if kind == "relay_ok":
        return ("Authentication-Results: mx.icegate.gov.in;\n"
                f"\tdkim=pass header.d={domain} header.s=zm2024;\n"
                f"\tspf=fail smtp.mailfrom={frm};\n\tdmarc=pass header.from={domain}")
    raise ValueError(kind)


def html_of(plain):
    esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<div>{l if l.strip() else '<br>'}</div>" for l in esc.split("\n")) + "</body></html>")


def mk(slug, frm, disp, subject, body, atts=(), client="zimbra", cte="qp", html=None, html_only=False,
       extra=None, ar="pass", plain_only=False, to=None, fwd_rfc822=None, tail=""):
    _N[0] += 1
    i = _N[0]
    name = f"{i:03d}-{slug}"
    domain = frm.split("@")[1]
    body = body.strip("\n") + "\n" + tail
    crlf = client == "outlook"
    if html_only:
        bpart = kit.text(html, "html", cte)
    elif plain_only:
        bpart = kit.text(body, "plain", cte if cte != "7bit" or body.isascii() else "qp")
    else:
        bpart = kit.multi("alternative", [kit.text(body, "plain", cte), kit.text(html or html_of(body), "html", cte)],
                          f"----=_alt_{i:03d}_{hashlib.md5(slug.encode()).hexdigest()[:10]}")
    parts = [a.part() for a in atts]
    if fwd_rfc822 is not None:
        from email.mime.message import MIMEMessage
        import email as _e
        mm = MIMEMessage(_e.message_from_bytes(fwd_rfc822))
        del mm["MIME-Version"]
        parts.append(mm)
    if parts:
        top = kit.multi("mixed", [bpart] + parts, f"----=_mix_{i:03d}_{hashlib.md5(name.encode()).hexdigest()[:12]}")
    else:
        top = bpart
    h = {"Date": when(i), "From": kit.addr(disp, frm), "To": to or f"saksham.seva <{HELPDESK}>",
         "Message-ID": f"<{mid_for(client, i, domain)}>", "Subject": kit.ew(subject)}
    h.update(CLIENTS.get(client, {}))
    if extra:
        h.update(extra)
    arh = auth(frm, ar) if ar else ""
    raw = kit.mail(h, top, crlf=crlf, ar=arh, from_addr=frm)
    return name, raw, atts


def verdict(kind, rt, frm, atts=(), have=(), sig=(), errors=(), review=False, kinds=None):
    """The contract's rules applied to the facts of one mail."""
    kinds = [a.kind for a in atts] if kinds is None else kinds
    missing = set()
    if kind == "automated":
        return {"sender_kind": kind, "request_type": rt, "missing": [], "template_errors": [],
                "action": "ignore", "attachment_kinds": sorted(kinds)}
    docs = {"sso_creation": ["template", "service_book"], "designation_update": ["promotion_order", "service_book"],
            "role_mapping": ["transfer_order", "posting_order", "charge_report"]}.get(rt, [])
    for d in docs:
        if d not in kinds and not (d == "service_book" and rt == "sso_creation" and "certification_letter" in kinds):
            missing.add(d)
    details = {"sso_status": ["name", "designation", "mobile"],
               "password_reset": ["name", "designation", "sso_id", "mobile"]}.get(rt, [])
    for d in details:
        if d not in have:
            missing.add(d)
    if rt in ("sso_creation", "password_reset", "designation_update", "role_mapping"):
        if not frm.lower().endswith("@icegate.gov.in"):
            missing.add("icegate_sender")
    if kind == "generic":
        for f in ("name", "designation", "email", "phone"):
            if f not in sig:
                missing.add("signature_" + f)
    errs = sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                  key=lambda e: (e["row"], e["column"], e["code"]))
    if rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif rt == "unknown" or review or (rt == "sso_creation" and "certification_letter" in kinds
                                       and "service_book" not in kinds):
        action = "review"
    elif missing or errs:
        action = "request_missing"
    else:
        action = "acknowledge"
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing), "template_errors": errs,
            "action": action, "attachment_kinds": sorted(kinds)}


def case(built, kind, rt, intent, frm=None, no_kinds=False, **kw):
    name, raw, atts = built
    if frm is None:
        frm = re.search(rb"^From: .*?<?([^<>\s]+@[^<>\s]+?)>?\s*$", raw, re.M).group(1).decode()
    e = verdict(kind, rt, frm, atts, **kw)
    if no_kinds:
        e.pop("attachment_kinds")
    CASES.append((name, raw, e, intent))


# ================================================================= signatures

def sig_lines(name, desig, office="", email="", mob="", tel=""):
    out = [name, desig]
    if office:
        out.append(office)
    if email:
        out.append(f"Email: {email}")
    if mob:
        out.append(f"Mob: {mob}")
    if tel:
        out.append(f"Tel: {tel}")
    return "\n".join(out)


# ================================================================= the cases

FULL = ("name", "designation", "email", "phone")
FOUR = ("name", "designation", "sso_id", "mobile")
THREE = ("name", "designation", "mobile")


def off(first, last, mob, mail, middle="", desig="Inspector", dob=D(1997, 3, 4), doj=D(2025, 9, 15),
        office="Custom House, Chennai", loc="", emp="", sn=1):
    return R(sn, first, middle, last, desig, dob, doj, mob, mail, office, loc, emp)


def rows(*rs):
    out = []
    for n, r in enumerate(rs, start=1):
        r = list(r)
        r[0] = n
        out.append(r)
    return out


def b_creation():
    # ---------------------------------------------------------------- sso_creation
    t = TPL(rows(off("Sravya", "Kondapalli", 9848012301, "sravya.kondapalli@gmail.com", office="Custom House, Visakhapatnam"),
                 off("Imran", "Shaikh", 9848012302, "imranshaikh.97@yahoo.com", middle="Ahmed", office="Custom House, Visakhapatnam")))
    case(mk("creation-sysmgr-two-inspectors-complete", "sysmgr.vtz1@icegate.gov.in", "SYSTEM MANAGER VIZAG",
            "Creation of SSO ID / ICEGATE e-mail ID - 02 Inspectors (DR) - Custom House Visakhapatnam", """
Respected Sir/Madam,

Two Inspectors (Direct Recruits) have joined this Custom House on 15.09.2025.
The SSOID creation template duly filled and the first page of their Service Books
are enclosed herewith for favour of necessary action.

It is requested to kindly create the SSO IDs and ICEGATE mail IDs at the earliest.

Thanking you,

Yours faithfully,
K. Venkata Rao
Superintendent (EDI) / System Manager
Custom House, Port Area, Visakhapatnam
Email: kv.rao@icegate.gov.in
Ph: 0891-2562295
""" + CBIC_DISC, [t, SBP("Service Book - Sravya.pdf", "SRAVYA KONDAPALLI"), SBP("Service Book - Imran.pdf", "IMRAN AHMED SHAIKH")]),
         "generic", "sso_creation", "System Manager's generic ICEGATE ID, clean two-officer template and two service books, full signature with a landline, CBIC disclaimer",
         sig=FULL)

    t = TPL(rows(off("Bhavesh", "Chaudhari", 9909012311, "bhavesh.chaudhari22@gmail.com", office="Custom House, Kandla")),
            name="Annexure-A.xlsx")
    case(mk("creation-commr-directed-annexure-sd", "commr-cus-kandla@icegate.gov.in", "Commissioner of Customs Kandla",
            "SSOID creation-reg", """
Sir,

I am directed to forward herewith the SSO ID creation template (Annexure-A) in respect of
Shri Bhavesh Chaudhari, Inspector, who has joined this Custom House on 15.09.2025 on
initial appointment, along with the scanned copy of his service book, for favour of
necessary action.

Yours faithfully,

Sd/-
(R. K. SINHA)
Assistant Commissioner (Systems)
Custom House, Kandla
E-mail: rk.sinha@icegate.gov.in
Ph: 02836-271468
""" + NIC_DISC, [t, DOC("SB.pdf", "service_book", kit.SB + ["1. Name in full BHAVESH CHAUDHARI"])]),
         "generic", "sso_creation", "'I am directed to forward herewith': Commissionerate's generic ICEGATE ID; template named 'Annexure-A.xlsx' (a template by its header); service book 'SB.pdf' with a text layer; '(R. K. SINHA)' signature with STD landline",
         sig=FULL)

    t = TPL(rows(off("Nikita", "Parmar", 9909012312, "nikita.parmar@gmail.com", office="Custom House, Kandla")),
            name="Annexure-A.xlsx")
    case(mk("creation-commr-directed-no-phone", "commr-cus-kandla@icegate.gov.in", "Commissioner of Customs Kandla",
            "SSOID creation-reg", """
Sir,

I am directed to forward herewith the SSO ID creation template in respect of Smt. Nikita
Parmar, Inspector, who has joined this Custom House on 15.09.2025, along with the scanned
copy of her service book, for favour of necessary action.

Yours faithfully,

Sd/-
(R. K. SINHA)
Assistant Commissioner (Systems)
Custom House, Kandla
E-mail: rk.sinha@icegate.gov.in
""" + NIC_DISC, [t, SBP("Service_Book_Nikita.pdf", "NIKITA PARMAR")]),
         "generic", "sso_creation", "as the previous mail, but the signature carries no contact number at all",
         sig=("name", "designation", "email"))

    t = TPL(rows(off("Srikanth", "Goud", 9866012321, "srikanthgoud.b@gmail.com", office="CGST Hyderabad", desig="Superintendent",
                     dob=D(1988, 6, 1), doj=D(2012, 5, 2)),
                 off("R.K.", "Prasad", 9866012322, "rkprasad1990@gmail.com", office="CGST Hyderabad", dob=D(1990, 2, 2), doj=D(2025, 8, 1))))
    case(mk("creation-acl-admin-initials-first-name-pipes", "acladmin.cgsthyd@icegate.gov.in", "ACL Admin Hyderabad",
            "SSO ID creation for 2 officers", """
Sir/Madam,

PFA template and SB of two officers of this Commissionerate for creation of SSO ID.
Kindly do the needful.

Regards
V. Srinivas | Superintendent (ACL Admin) | CGST Hyderabad | srinivas.v@icegate.gov.in | 040-23301234
""", [t, SBP("SB_Srikanth.pdf", "SRIKANTH GOUD"), SBP("SB_Prasad.pdf", "R K PRASAD")]),
         "generic", "sso_creation", "ACL admin's generic ICEGATE ID, signature flattened to one line with pipes; row 5 first name 'R.K.' is initials",
         sig=FULL, errors=[(5, "first_name", "initials_in_name")])

    t = TPL(rows(off("Rakesh", "Meena", 9444012331, "rakeshmeena.insp@gmail.com"),
                 off("Lavanya", "Subramanian", 9444012332, "lavanya.subbu@outlook.com")),
            name="SSO template - Chennai.xlsx")
    case(mk("creation-estt-outlook-sb-jpg", "dc-establishment.chn@icegate.gov.in", "DC Establishment Chennai Customs",
            "FW: Creation of SSO ID - newly joined Inspectors", """
Madam,

As desired, the template and service book pages of the two newly joined Inspectors are
forwarded herewith for creation of SSO ID and ICEGATE mail ID.

Thanks & Regards,

S. Arumugam
Deputy Commissioner (Establishment)
Chennai Customs Zone
s.arumugam@icegate.gov.in | +91-94440-12399
""" + GREEN, [t, JPG_("SB_Rakesh.jpg", "service_book", 1), JPG_("Service Book page 1 - Lavanya.jpg", "service_book", 2)],
            client="outlook"),
         "generic", "sso_creation", "Establishment section's generic ICEGATE ID via Outlook (CRLF); service book photos 'SB_Rakesh.jpg' and 'Service Book page 1 - Lavanya.jpg'; signature with e-mail and mobile on one line",
         sig=FULL)

    t = TPL(rows(off("Pradeep", "Kumar", 9810012341, "pradeepkumar.dr25@gmail.com", middle="Singh", office="ICD Tughlakabad, Delhi")))
    case(mk("creation-ac-individual-respected-complete", "anjali.mehta@icegate.gov.in", "Anjali Mehta",
            "Request for creation of SSO ID - Sh. Pradeep Kumar Singh, Inspector", """
Respected Sir/Madam,

It is requested to kindly create the SSO ID and ICEGATE e-mail ID of Sh. Pradeep Kumar Singh,
Inspector, who has joined ICD Tughlakabad on 15.09.2025 on his initial appointment.
The filled template and the first page of his service book are attached.

(ANJALI MEHTA)
Asstt. Commissioner
ICD Tughlakabad, New Delhi
""", [t, SBP("service_book_page.pdf", "PRADEEP KUMAR SINGH")]),
         "icegate", "sso_creation", "Assistant Commissioner's individual ICEGATE ID, clean template and 'service_book_page.pdf'")

    t = TPL(rows(off("Harpreet", "Kaur", 9876012351, "harpreetkaur.93@gmail.com", office="CGST Ludhiana"),
                 off("Gurjeet", "Singh", 9876012352, "gurjeet.sandhu@yahoo.in", office="CGST Ludhiana")))
    case(mk("creation-individual-sb-to-follow", "gurpreet.bains@icegate.gov.in", "Gurpreet Singh Bains",
            "SSO ID creation - 2 Inspectors CGST Ludhiana", """
Sir,
Template for creation of SSO IDs of two Inspectors is attached. The scanned service books
will be sent separately as the same are with the Establishment section.
Regards,
Gurpreet Singh Bains
Superintendent (Systems), CGST Ludhiana
""", [t]),
         "icegate", "sso_creation", "individual ICEGATE ID: template only, service books 'will be sent separately'")

    t = TPL(rows(off("Deepak", "Nair", 9447012361, "deepaknair.kochi@gmail.com", office="CGST Kochi")))
    case(mk("creation-generic-template-only-unsigned", "cex15sys.ker@icegate.gov.in", None,
            "sso id creation template", """
PFA
""", [t]),
         "generic", "sso_creation", "a Commissionerate's systems mailbox on ICEGATE sends only 'PFA' and a template: no service book, no signature at all (name taken from the template row only)",
         sig=())

    case(mk("creation-sysmgr-books-only-template-follows", "sysmgr.mundra@icegate.gov.in", "System Manager Mundra",
            "SSO ID creation - service books", """
Sir,

Scanned copies of service books of the following newly joined Inspectors are sent herewith.
The creation template will follow shortly.

1. Shri Karan Vaghela
2. Smt. Bhumika Desai

Regards,
Nilesh Patel
Appraiser & Alternate System Manager
Custom House Mundra
nilesh.patel@icegate.gov.in
Mob.: 94260 12371
""", [SBP("Karan_Vaghela_SB.pdf", "KARAN VAGHELA"), SBP("Bhumika_Desai_SB.pdf", "BHUMIKA DESAI")]),
         "generic", "sso_creation", "alternate System Manager sends two service books; the template 'will follow'", sig=FULL)

    t = TPL(rows(off("Ankit", "Raj", 9631012381, "ankitraj.insp@gmail.com", office="CGST Patna")))
    case(mk("creation-officer-own-gmail", "ankitraj.insp@gmail.com", "Ankit Raj",
            "sso id create karne ke liye", """
Sir,
I have joined as Inspector in CGST Patna on 15.09.2025. Please create my sso id and icegate mail id.
Template and service book attached.
Ankit Raj
Inspector, CGST Patna
9631012381
""" + ANDROID, [t, JPG_("IMG-20251104-WA0007 service book.jpg", "service_book", 3)], client="android", cte="7bit"),
         "personal", "sso_creation", "a new Inspector writes from his own Gmail (Android app), template and a WhatsApp-named service book photo",)

    t = TPL(rows(off("Sajitha", "Kumari", 9447012391, "sajithakumari.p@gmail.com", office="CGST Thiruvananthapuram"),
                 off("Arun", "Menon", 9447012392, "arun.menon.tvm@gmail.com", office="CGST Thiruvananthapuram")))
    case(mk("creation-nic-generic-complete", "cexsys-tvm@nic.in", "Systems Cell CGST Tvm",
            "Creation of SSO-ID - reg", """
Sir,

Please find attached the consolidated template and the service book pages of two Inspectors
for creation of SSO IDs, for onward action.

With regards,

Jayakumar P.
Superintendent (EDP)
O/o the Commissioner of CGST & CX, Thiruvananthapuram
Email: jayakumar.p@icegate.gov.in
Phone: 0471-2333201
""" + NIC_DISC, [t, SBP("sb sajitha.pdf", "SAJITHA KUMARI"), SBP("sb arun.pdf", "ARUN MENON")], client="nic"),
         "generic", "sso_creation", "Kochi-circular style nic.in systems mailbox, complete papers and full signature, but not from ICEGATE", sig=FULL)

    t = TPL(rows(off("Mohit", "Bansal", 9414012401, "mohit.bansal.91@gmail.com", office="CGST Jaipur")))
    case(mk("creation-gov-in-individual", "mohit.garg@gov.in", "Mohit Garg",
            "Creation of SSO ID for Inspector", """
Sir,
Kindly create the SSO ID of Sh. Mohit Bansal, Inspector, joined on 15.09.2025. Template and
service book are attached.
Mohit Garg
Assistant Commissioner, CGST Jaipur
""", [t, SBP("Service Book.pdf", "MOHIT BANSAL")], client="nic"),
         "personal", "sso_creation", "an Assistant Commissioner's individual gov.in address: complete papers but not from ICEGATE")

    t = TPL(rows(off("Suresh", "Babu", 9440012411, "sureshbabu.k@gmail.com", office="CGST Guntur"),
                 off("Kavya", "Reddy", 9440012411, "kavyareddy.m@gmail.com", office="CGST Guntur"),
                 off("Naveen", "Kumar", 9440012413, "sureshbabu.k@gmail.com", office="CGST Guntur")))
    case(mk("creation-duplicates-mobile-and-email", "sysmgr.guntur@icegate.gov.in", "Sysmgr Guntur",
            "SSOID creation 3 officers", """
sir pfa template and service books of 3 inspectors for sso id creation

regards
P. Ramesh Chandra
Supdt (Systems), CGST Guntur
ramesh.chandra@icegate.gov.in
mob 9440012499
""", [t, SBP("sb1.pdf", "SURESH BABU"), SBP("sb2.pdf", "KAVYA REDDY"), SBP("sb3.pdf", "NAVEEN KUMAR")]),
         "generic", "sso_creation", "row 5 repeats row 4's mobile, row 6 repeats row 4's alternate e-mail; lower-case mail", sig=FULL,
         errors=[(5, "mobile", "duplicate_mobile"), (6, "alt_email", "duplicate_alt_email")])

    t = TPL(rows(off("Tanmoy", "Ghosh", 9830012421, "tanmoy.ghosh@icegate.gov.in", office="Custom House, Kolkata"),
                 off("Rupa", "Sen", 9830012422, "centralexcisesiliguri@gmail.com", office="Custom House, Kolkata"),
                 off("Subhajit", "Dey", 9830012423, "subhajitdey.95@gmail.com", office="Custom House, Kolkata")))
    case(mk("creation-generic-alt-emails", "edi.kolkata@icegate.gov.in", "EDI Section Kolkata Customs",
            "Creation of SSO ID", """
Sir,
Template and service books for 3 officers are attached for creation of SSO ID.
Regards
Sd/-
Anirban Chatterjee, Appraiser (EDI), Custom House Kolkata, anirban.c@icegate.gov.in, 033-22540123
""", [t, SBP("SB Tanmoy.pdf", "TANMOY GHOSH"), SBP("SB Rupa.pdf", "RUPA SEN"), SBP("SB Subhajit.pdf", "SUBHAJIT DEY")]),
         "generic", "sso_creation", "row 4's alternate e-mail is an ICEGATE address, row 5's an office Gmail; signature flattened with commas",
         sig=FULL, errors=[(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")])

    t = TPL(rows(off("Shweta", "Kulkarni", 9822012431, "shweta.kulkarni@gmail.com", dob="31/02/1997", office="CGST Pune"),
                 off("Omkar", "Jadhav", 9822012432, "omkarjadhav.96@gmail.com", doj="15/01/2026", office="CGST Pune"),
                 off("Pooja", "Deshmukh", 9822012433, "pooja.deshmukh@rediffmail.com", dob="12.07.1995", doj="15-09-2025", office="CGST Pune")))
    case(mk("creation-bad-dates-text", "sysmgr.pune1@icegate.gov.in", "System Manager CGST Pune-I",
            "SSO ID creation request", """
Respected Madam,

Kindly find enclosed template with service books of 3 Inspectors for creation of SSO IDs.

Regards,

Sachin Patil
Inspector (Systems)
CGST Pune-I Commissionerate
sachin.patil@icegate.gov.in
M: 9822012439
""", [t, SBP("SB-Shweta.pdf", "SHWETA KULKARNI"), SBP("SB-Omkar.pdf", "OMKAR JADHAV"), SBP("SB-Pooja.pdf", "POOJA DESHMUKH")]),
         "generic", "sso_creation", "row 4 DOB 31/02/1997 (no such date), row 5 DOJ 15/01/2026 (after the mail), row 6 valid DD.MM.YYYY and DD-MM-YYYY text dates",
         sig=FULL, errors=[(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date")])

    t = TPL(rows(off("Vivek", "Tiwari", 9425012441, "vivektiwari.ind@gmail.com", office=""),
                 off("Neha", "Jain", "", "nehajain.bpl@gmail.com", office="CGST Bhopal")))
    case(mk("creation-empty-mandatory-cells", "ravi.shankar@icegate.gov.in", "Ravi Shankar",
            "Creation of SSO IDs", """
Sir, PFA template and SBs. Regards, Ravi Shankar, Supdt, CGST Bhopal
""", [t, SBP("SB_Vivek.pdf", "VIVEK TIWARI"), SBP("SB_Neha.pdf", "NEHA JAIN")]),
         "icegate", "sso_creation", "row 4 has no office, row 5 no mobile (both red)",
         errors=[(4, "office", "missing_mandatory"), (5, "mobile", "missing_mandatory")])

    t = TPL(rows(off("Manish", "Yadav", "98390124", "manishyadav.lko@gmail.com", office="CGST Lucknow"),
                 off("Shalini", "Verma", "5839012452", "shaliniverma.88@gmail.com", office="CGST Lucknow"),
                 off("Abhay", "Pratap", "+919839012453", "abhay.pratap.lko@gmail.com", office="CGST Lucknow"),
                 off("Ritu", "Saxena", "09839012454", "ritu.saxena@gmail.com", office="CGST Lucknow")))
    case(mk("creation-invalid-mobiles", "sysmgr.lucknow@icegate.gov.in", "SYSMGR LUCKNOW",
            "SSO ID CREATION", """
SIR,
KINDLY CREATE SSO ID FOR THE 4 INSPECTORS AS PER ATTACHED TEMPLATE. SERVICE BOOKS ATTACHED.
REGARDS
ALOK SRIVASTAVA
SUPERINTENDENT (SYSTEMS)
CGST LUCKNOW
EMAIL: ALOK.SRIVASTAVA@ICEGATE.GOV.IN
MOB: 9839012459
""", [t, SBP("SB1.pdf", "MANISH YADAV"), SBP("SB2.pdf", "SHALINI VERMA"), SBP("SB3.pdf", "ABHAY PRATAP"), SBP("SB4.pdf", "RITU SAXENA")]),
         "generic", "sso_creation", "all-caps mail; row 4 mobile has 8 digits, row 5 starts with 5; rows 6-7 use +91 and 0 prefixes (valid)",
         sig=FULL, errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile")])

    t = TPL(rows(off("Rahul", "Dubey", 9926012461, "rahul.dubey.gmail.com", office="CGST Indore"),
                 off("Sonali", "Joshi", 9926012462, "sonali joshi@gmail.com", office="CGST Indore")))
    case(mk("creation-invalid-alt-emails", "sonal.agrawal@icegate.gov.in", "Sonal Agrawal",
            "SSO ID creation - Inspectors CGST Indore", """
Sir/Madam,
PFA the template and service book pages for creation of SSO IDs.
Thanks
Sonal Agrawal
Deputy Commissioner (Systems)
""", [t, SBP("SB Rahul Dubey.pdf", "RAHUL DUBEY"), SBP("SB Sonali Joshi.pdf", "SONALI JOSHI")]),
         "icegate", "sso_creation", "row 4's alternate e-mail has no '@', row 5's has a space",
         errors=[(4, "alt_email", "invalid_email"), (5, "alt_email", "invalid_email")])

    case(mk("creation-unreadable-template", "mukesh.chandra@icegate.gov.in", "Mukesh Chandra",
            "SSO ID creation", """
Sir,
PFA the SSO ID creation template and service book of Sh. Kapil Dev Sharma, Inspector.
Mukesh Chandra, Superintendent
""", [A(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Microsoft Excel 97-2003 Worksheet", XLSX,
        "SSO_ID_Creation_Template.xlsx", "template"), SBP("Service Book Kapil.pdf", "KAPIL DEV SHARMA")]),
         "icegate", "sso_creation", "'SSO_ID_Creation_Template.xlsx' is an old binary workbook saved under an .xlsx name",
         errors=[(0, "", "unreadable")])

    t = TPL(rows(off("Farhan", "Qureshi", 9820012471, "farhanq.96@gmail.com", office="Custom House, Mumbai")))
    case(mk("creation-certification-letter", "cus-appraising.mum@icegate.gov.in", "Appraising Group Mumbai",
            "Creation of SSO ID - certificate in lieu of service book", """
Sir,

The service book of Shri Farhan Qureshi, Inspector (joined on absorption from another
department), has not yet been received from his parent department. A certificate signed by the
Joint Commissioner certifying his name, date of birth and date of joining is enclosed in lieu
of the service book, alongwith the template.

Regards,
Meenal Kapoor
Assistant Commissioner, Appraising Main (Import)
meenal.kapoor@icegate.gov.in
Tel: 022-22757401
""", [t, DOC("Certificate_JC_Farhan.pdf", "certification_letter", CERT_TXT)]),
         "generic", "sso_creation", "a certificate signed by the Joint Commissioner in place of the service book", sig=FULL)

    t = TPL(rows(off("Siddharth", "Rathore", 9811012481, "siddharth.rathore@gmail.com", desig="Intelligence Officer",
                     dob=D(1990, 5, 5), doj=D(2016, 7, 1), office="DRI (COIN), Embassy of India, Dubai")))
    case(mk("creation-coin-posting-dri", "adg.dri-hq@icegate.gov.in", "ADG DRI HQ",
            "Creation of SSO ID - officer on COIN posting", """
Sir,

Shri Siddharth Rathore, Intelligence Officer, is presently on a COIN posting at Dubai.
His SSO ID may kindly be created; template and service book page are attached.

Regards,
Vandana Bhatia
Additional Director, DRI (Hqrs), New Delhi
vandana.bhatia@icegate.gov.in
011-23460001
""", [t, SBP("SB Siddharth Rathore.pdf", "SIDDHARTH RATHORE")]),
         "generic", "sso_creation", "DRI HQ asks for an officer on a COIN posting abroad", sig=FULL, review=True)

    t = TPL(rows(off("Meghna", "Rao", 9811012491, "meghna.rao.irs@gmail.com", desig="Deputy Commissioner",
                     dob=D(1989, 8, 8), doj=D(2015, 12, 14), office="Consulate General of India, Hong Kong")))
    case(mk("creation-posted-abroad-jd-individual", "amit.kohli@icegate.gov.in", "Amit Kohli",
            "SSO ID for officer posted outside India", """
Sir,
It is requested to kindly create an SSO ID for Smt. Meghna Rao, Deputy Commissioner, posted outside
India as Consul (Customs) at the Consulate General of India, Hong Kong. Template and service book attached.
Amit Kohli
Joint Director, DRI Hqrs
""", [t, SBP("ServiceBook_MeghnaRao.pdf", "MEGHNA RAO")]),
         "icegate", "sso_creation", "a Joint Director of DRI (individual ICEGATE ID) asks for an officer posted outside India", review=True)

    t = TPL(rows(off("Yash", "Trivedi", 9898012501, "yash.trivedi.99@gmail.com", office="CGST Ahmedabad South")))
    case(mk("creation-sysmgr-forwards-officer-gmail", "sysmgr.ahd-south@icegate.gov.in", "System Manager Ahmedabad South",
            "Fwd: SSO ID creation request", """
Forwarded for creation of SSO ID please. Template and service book of the officer are attached.

Regards,
Hiral Shah
Superintendent (Systems)
CGST Ahmedabad South
hiral.shah@icegate.gov.in
079-27544001

---------- Forwarded message ---------
From: Yash Trivedi <yash.trivedi.99@gmail.com>
Date: Mon, 3 Nov 2025 at 10:12
Subject: SSO ID creation request
To: <sysmgr.ahd-south@icegate.gov.in>


Sir, I have joined as Inspector on 15.09.2025. Please get my SSO ID created. Template and SB attached.
Yash Trivedi
""", [t, JPG_("Service Book Yash.jpg", "service_book", 4)], client="gmail"),
         "generic", "sso_creation", "System Manager forwards an Inspector's Gmail request inline ('---------- Forwarded message ---------'); forwarder signs fully", sig=FULL)

    inner_t = TPL(rows(off("Aditi", "Bhardwaj", 9888012511, "aditi.bhardwaj95@gmail.com", office="CGST Chandigarh")))
    inner = kit.mail({"Date": "Tue, 4 Nov 2025 16:20:11 +0530", "From": "Aditi Bhardwaj <aditi.bhardwaj95@gmail.com>",
                      "To": "sysmgr.chd@icegate.gov.in", "Message-ID": "<CA+inner511@mail.gmail.com>",
                      "Subject": "SSO id creation"},
                     kit.multi("mixed", [kit.text("Sir, PFA my template and service book for SSO ID creation.\nAditi Bhardwaj\nInspector\n", "plain", "qp"),
                                         inner_t.part(), SBP("Service_Book_Aditi.pdf", "ADITI BHARDWAJ").part()], "inner511"),
                     ar="", from_addr=None)
    case(mk("creation-forward-as-attachment", "sysmgr.chd@icegate.gov.in", "Sysmgr Chandigarh",
            "Fw: SSO id creation", """
Sir,
The request of the officer is forwarded as attachment for favour of necessary action.
Regards,
Jaspreet Kaur
Inspector (Systems), CGST Chandigarh
jaspreet.kaur@icegate.gov.in
+91 98880 12519
""", [], fwd_rfc822=inner),
         "generic", "sso_creation", "the officer's mail is forwarded as an attached message/rfc822 carrying the template and service book",
         sig=FULL, kinds=["template", "service_book"])

    case(mk("creation-reminder-no-attachments", "sysmgr.vtz1@icegate.gov.in", "SYSTEM MANAGER VIZAG",
            "Reminder-II: Creation of SSO ID / ICEGATE e-mail ID - 02 Inspectors (DR)", """
Sir,

Kindly refer to this office mail dated 03.11.2025 forwarding the template and service books
for creation of SSO IDs of two Inspectors. The IDs are still awaited and the officers are
unable to work in ACES. It is requested to kindly expedite.

Yours faithfully,
K. Venkata Rao
Superintendent (EDI) / System Manager
Custom House, Visakhapatnam
Email: kv.rao@icegate.gov.in
Ph: 0891-2562295
"""),
         "generic", "sso_creation", "a reminder with no attachments: this file alone carries neither template nor service book (triage judges each file on its own)",
         sig=FULL)

    t = TPL(rows(off("Ishita", "Banerjee", 9831012521, "ishita.banerjee@gmail.com", office="CGST Kolkata North"),
                 off("Sourav", "Mondal", 9831012522, "souravmondal.97@gmail.com", office="CGST Kolkata North")))
    case(mk("creation-reply-on-quoted-reset-thread", "debasish.roy@icegate.gov.in", "Debasish Roy",
            "SSO ID creation - two Inspectors, Division-III", """
Sir,

Thank you, my password is working now. Further, PFA the template and service books of two newly
recruited Inspectors of my Division for creation of their SSO IDs.

Regards,
Debasish Roy
Assistant Commissioner, Division-III, CGST Kolkata North

On Fri, 7 Nov 2025 at 11:02, Saksham Seva <saksham.seva@icegate.gov.in> wrote:
> Dear Sir,
> Your password has been reset as requested. Please log in and change the password.
> Your SSO ID is DR4471. For any issue contact 1800-266-2232.
> Regards, Saksham Seva Helpdesk
""", [t, SBP("SB_Ishita.pdf", "ISHITA BANERJEE"), SBP("SB_Sourav.pdf", "SOURAV MONDAL")], client="zimbra"),
         "icegate", "sso_creation", "reply on top of a quoted password-reset thread: the officer's own text asks for creation and carries the papers")

    t = TPL(rows(off("Lokesh", "Naik", 9845012531, "lokeshnaik.blr@gmail.com", office="Custom House, Bengaluru")))
    html = ("<html><body><p>Sir,</p><p>Please create the SSO ID of Shri Lokesh Naik, Inspector. Template and service book "
            "enclosed.</p><p>Regards,</p><table border=\"0\" cellpadding=\"2\"><tr><td><b>Prakash Hegde</b></td></tr>"
            "<tr><td>Superintendent of Customs (EDI)</td></tr><tr><td>Bengaluru Customs</td></tr>"
            "<tr><td>E-mail: prakash.hegde@icegate.gov.in</td></tr><tr><td>Mobile: 9845012539</td></tr></table></body></html>")
    case(mk("creation-html-only-table-signature", "sysmgr.blr@icegate.gov.in", "System Manager Bengaluru Customs",
            "SSO ID creation - Lokesh Naik", "", [t, SBP("Lokesh Naik - Service Book.pdf", "LOKESH NAIK")],
            html=html, html_only=True),
         "generic", "sso_creation", "HTML-only mail whose signature is an HTML table with name, designation, e-mail and mobile", sig=FULL)

    t = TPL(rows(off("Gaurav", "Mishra", 9839012541, "gauravmishra.knp@gmail.com", office="CGST Kanpur")))
    html = ("<html><body><div>Sir,<br>PFA template and service book for SSO ID creation of Sh. Gaurav Mishra, Inspector."
            "</div><br><table><tr><td>Regards</td></tr><tr><td>Sanjay Tripathi</td></tr><tr><td>Superintendent (Computer Cell)</td></tr>"
            "<tr><td>CGST Kanpur</td></tr><tr><td>Ph. 0512-2301199</td></tr></table></body></html>")
    case(mk("creation-html-table-signature-no-email", "computercell.kanpur@icegate.gov.in", "Computer Cell Kanpur",
            "SSO ID creation", "", [t, SBP("SB Gaurav.pdf", "GAURAV MISHRA")], html=html, html_only=True),
         "generic", "sso_creation", "HTML-only, table signature without any individual e-mail ID", sig=("name", "designation", "phone"))

    t = TPL(rows(off("Nitin", "Chauhan", 9412012551, "nitinchauhan.mrt@gmail.com", office="CGST Meerut")))
    case(mk("creation-all-caps-individual", "nk.sharma1971@icegate.gov.in", "N K SHARMA",
            "SSO ID CREATION FOR NEWLY JOINED INSPECTOR", """
SIR
KINDLY CREATE SSO ID FOR NEWLY JOINED INSPECTOR SHRI NITIN CHAUHAN CGST MEERUT PFA TEMPLATE AND SERVICE BOOK
N K SHARMA
SUPDT CGST MEERUT
""", [t, SBP("SERVICE BOOK NITIN.pdf", "NITIN CHAUHAN")], cte="7bit"),
         "icegate", "sso_creation", "all-caps, unpunctuated mail from an initials+digits ICEGATE ID")

    t = TPL(rows(off("Tejas", "More", 9769012561, "tejasmore.1998@gmail.com", office="CGST Thane")), name="new officers.xlsx")
    case(mk("creation-scan-pdf-text-layer", "vaishali.more@icegate.gov.in", "Vaishali More",
            "new officer sso", """
Sir, sso id of new inspector may please be created. details in attached excel, SB attached (scan).
Vaishali More
Supdt. CGST Thane
""", [t, DOC("Scan_0012.pdf", "service_book", kit.SB + ["1. Name in full TEJAS MORE", "4. Date of birth 02/02/1998"])]),
         "icegate", "sso_creation", "template named 'new officers.xlsx' (told by its header); service book 'Scan_0012.pdf' told by its text layer")

    t = TPL(rows(off("Abhishek", "Gupta", 9450012571, "abhishekgupta.vns@gmail.com", office="CGST Varanasi")))
    case(mk("creation-hindi-sysmgr", "sysmgr.varanasi@icegate.gov.in", "सिस्टम मैनेजर वाराणसी",
            "एसएसओ आईडी निर्माण हेतु / Creation of SSO ID", """
महोदय,

नव नियुक्त निरीक्षक श्री अभिषेक गुप्ता (Abhishek Gupta, Inspector) ने दिनांक १५.०९.२०२५ को कार्यभार ग्रहण किया है।
उनकी एसएसओ आईडी एवं आइसगेट ई-मेल आईडी बनाने हेतु टेम्पलेट एवं सेवा पुस्तिका (Service Book) की प्रति संलग्न है।
कृपया आवश्यक कार्यवाही करें।

सादर,
(राजीव रंजन / RAJEEV RANJAN)
अधीक्षक (प्रणाली) / Superintendent (Systems)
केन्द्रीय जीएसटी, वाराणसी / CGST Varanasi
ई-मेल / Email: rajeev.ranjan@icegate.gov.in
मो. / Mob.: 9450012579
""", [t, SBP("सेवा पुस्तिका - Abhishek.pdf", "ABHISHEK GUPTA", style="2047")], cte="b64"),
         "generic", "sso_creation", "Hindi (Devanagari, base64) mail with Devanagari digits, bilingual signature, a Devanagari+English file name (RFC 2047)", sig=FULL)

    t = TPL(rows(off("Karthik", "S", 9444012581, "karthik.s.1996@gmail.com", office="GST Bhavan, Chennai"),
                 off("Divya", "Lakshmi", 9444012582, "divyalakshmi.r@gmail.com", office="GST Bhavan, Chennai")), titles=())
    case(mk("creation-header-row-1-initial-surname", "chitra.n@icegate.gov.in", "Chitra N",
            "SSO ID creation", """
Madam,
Template and SB for 2 Inspectors attached.
Chitra N.
Superintendent, CGST Chennai North
""", [t, SBP("SB_Karthik.pdf", "KARTHIK S"), SBP("SB_Divya.pdf", "DIVYA LAKSHMI")]),
         "icegate", "sso_creation", "template without title rows (header on row 1): the initial-only surname 'S' is on row 2",
         errors=[(2, "last_name", "initials_in_name")])

    t = TPL(rows(off("Rohan", "Fernandes", 9822012591, "rohanfernandes.goa@gmail.com", office="Custom House, Goa")))
    case(mk("creation-appraising-landline-only", "cus-appraising.goa@icegate.gov.in", "Appraising Section Goa",
            "Creation of SSO ID", """
Sir,
PFA the SSO ID creation template and the scanned service book of Sh. Rohan Fernandes, Inspector.

Regards,
Anand Kamat
Appraiser, Custom House Goa
anand.kamat@icegate.gov.in
Off: 0832-2432101
""", [t, SBP("Rohan SB.pdf", "ROHAN FERNANDES")]),
         "generic", "sso_creation", "generic mailbox whose signature's only number is an STD landline: still a contact number", sig=FULL)

    t = TPL(rows(off("Sneha", "Pillai", 9447012601, "snehapillai.96@gmail.com", office="CGST Kochi")))
    case(mk("creation-rediff-personal", "sneha_pillai96@rediffmail.com", "sneha pillai",
            "SSO ID creation", """
sir
i have joined as inspector in cgst kochi. template and service book attached. please create sso id.
sneha pillai
inspector
""", [t, JPG_("servicebook.jpg", "service_book", 5)], client="rediff"),
         "personal", "sso_creation", "a new officer writes from Rediffmail")

    t = TPL(rows(off("Arvind", "Choudhary", 9829012611, "arvind.choudhary.jpr@gmail.com", office="CGST Jaipur")))
    logo = A(kit.make_png(shade=90), PNG, "image001.png", "other", disp="inline", cid="image001.png@01DC5A10.2F3B4C50")
    case(mk("creation-outlook-inline-logo", "deepak.saini@icegate.gov.in", "Deepak Saini",
            "Creation of SSO ID - Arvind Choudhary", """
Sir,

Please find attached the template and service book of Sh. Arvind Choudhary, Inspector, for
creation of SSO ID.

[cid:image001.png@01DC5A10.2F3B4C50]
Deepak Saini
Assistant Commissioner (Systems)
CGST Jaipur
""", [t, SBP("Service Book - Arvind.pdf", "ARVIND CHOUDHARY"), logo], client="outlook"),
         "icegate", "sso_creation", "Outlook (CRLF) with an inline logo 'image001.png' in the signature (an 'other' attachment)")

    t = TPL(rows(off("Prateek", "Sahu", 9827012621, "prateeksahu.rpr@gmail.com", office="CGST Raipur"),
                 off("Anjali", "Verma", 9827012622, "anjaliverma.rpr@gmail.com", office="CGST Raipur")))
    case(mk("creation-generic-name-only-signature", "sysmgr.raipur@icegate.gov.in", "sysmgr raipur",
            "sso id creation", """
Sir, PFA template and service books of 2 inspectors for creation of sso id.

Regards
Rajesh
""", [t, SBP("SB Prateek.pdf", "PRATEEK SAHU"), SBP("SB Anjali.pdf", "ANJALI VERMA")]),
         "generic", "sso_creation", "generic mailbox signed with a first name only", sig=("name",))


def b_reset():
    # ---------------------------------------------------------------- password_reset
    case(mk("reset-icegate-labelled-complete", "rajendra.prasad@icegate.gov.in", "Rajendra Prasad",
            "Request for reset of SSO ID password", """
Respected Sir/Madam,

I have forgotten the password of my SSO ID. It is requested to kindly reset the same.
My details are as under:

Name: Rajendra Prasad
Designation: Superintendent
SSO ID: RP6620
Mobile No.: 9431012701

Thanking you,
Rajendra Prasad
CGST Ranchi
""" + CBIC_DISC),
         "icegate", "password_reset", "officer's own ICEGATE ID, every detail labelled", have=FOUR)

    case(mk("reset-lowercase-no-punctuation", "ramesh.yadav@icegate.gov.in", "ramesh yadav",
            "pwd reset", """
sir my pasword of sso id is not working pls reset it my sso id is RY2290 i am inspector in cgst gurugram my name is ramesh yadav mob 9812012711
""", cte="7bit"),
         "icegate", "password_reset", "one unpunctuated lower-case line with 'pasword', 'pwd', the SSO ID, designation, name and mobile in running text",
         have=FOUR)

    case(mk("reset-hinglish", "sunil.verma@icegate.gov.in", "Sunil Verma",
            "Password reset request", """
Sir,

Mera SSO ID ka password bhool gaya hun, kripya reset kar dijiye.

SSO ID: SV1187
Naam: Sunil Kumar Verma
Designation: Inspector, CGST Agra
Mob: 9837012721

Dhanyavaad
""", client="android", tail=ANDROID),
         "icegate", "password_reset", "Hinglish ('mera password reset kar dijiye'), 'Naam' label, closing 'Dhanyavaad' after the details", have=FOUR)

    case(mk("reset-hindi-devanagari", "ajay.kumar01@icegate.gov.in", "अजय कुमार",
            "पासवर्ड रीसेट हेतु अनुरोध", """
महोदय,

मैं अपनी एसएसओ आईडी का पासवर्ड भूल गया हूँ। दिनांक ०२.११.२०२५ से लॉगिन नहीं हो रहा है। कृपया पासवर्ड रीसेट करने का कष्ट करें।

नाम / Name: अजय कुमार (Ajay Kumar)
पदनाम / Designation: निरीक्षक (Inspector)
SSO ID: AK4521
मोबाइल / Mobile: 9812345670

भवदीय,
अजय कुमार
""", cte="b64"),
         "icegate", "password_reset", "Hindi (base64) with bilingual labels and Devanagari digits in a date", have=FOUR)

    case(mk("reset-personal-gmail-complete", "vikasthakur1986@gmail.com", "Vikas Thakur",
            "SSO password reset", """
Sir,
I am unable to log in to ACES as I forgot my SSO password. Kindly reset.
Name - Vikas Thakur
Designation - Superintendent, CGST Shimla
SSO ID - VT0415
Mobile - 9418012731
""", client="gmail"),
         "personal", "password_reset", "every detail but from a personal Gmail", have=FOUR)

    case(mk("reset-landline-only", "alok.mishra@icegate.gov.in", "Alok Mishra",
            "Reset of password", """
Sir,
Kindly reset the password of my SSO ID AM2208.
Alok Mishra
Deputy Commissioner, CGST Lucknow
Tel (O): 0522-2201234
""" + NIC_DISC),
         "icegate", "password_reset", "only number is an office landline with STD code", have=("name", "designation", "sso_id"))

    case(mk("reset-own-address-as-id", "priya.nair@icegate.gov.in", "Priya Nair",
            "forgot password", """
Sir,

I forgot my password. My icegate mail id is priya.nair@icegate.gov.in. Please reset.

Priya Nair
Inspector, Cochin Customs
Mob. 9447012741
"""),
         "icegate", "password_reset", "the only 'ID' given is the sender's own ICEGATE address, which is not an SSO ID or alternate e-mail",
         have=("name", "designation", "mobile"))

    case(mk("reset-alt-email-instead-of-id", "b.srinivasulu@icegate.gov.in", "B Srinivasulu",
            "Password reset", """
Sir,
Please reset the password of my SSO ID. I do not remember the SSO ID; my alternate e mail id registered
is srinu.b1979@gmail.com.
B. Srinivasulu
Superintendent, CGST Tirupati
Cell: 9440012751
"""),
         "icegate", "password_reset", "alternate e-mail ID given in place of the SSO ID ('e mail id', 'Cell')", have=FOUR)

    case(mk("reset-outlook-sso-id-only-in-quote", "manoj.tiwari@icegate.gov.in", "Manoj Tiwari",
            "RE: Password reset", """
Sir,

I was on tour when your team called. Kindly call me now on my new mobile 9956012761.

Manoj Tiwari
Superintendent, CGST Allahabad

-----Original Message-----
From: Manoj Tiwari <manoj.tiwari@icegate.gov.in>
Sent: Monday, November 10, 2025 10:15 AM
To: saksham.seva@icegate.gov.in
Subject: Password reset

Sir, please reset my password. SSO ID: MT3310. Mobile 9956012700.
""", client="outlook"),
         "icegate", "password_reset", "Outlook reply: the SSO ID is only in the quoted original below '-----Original Message-----'",
         have=("name", "designation", "mobile"))

    case(mk("reset-outlook-from-sent-block-eccs-quote", "anita.desai@icegate.gov.in", "Anita Desai",
            "SSO ID password reset", """
Sir/Madam,

Unrelated to the advisory below: my ACES SSO ID password has expired and I am unable to reset it. Kindly
reset the SSO ID password.

SSO ID: AD5521
Anita Desai
Appraiser, Air Cargo Complex, Mumbai
Mobile: +91-98200-12771

From: ADG Systems WZU <systems.wzumumbai@gov.in>
Sent: Tuesday, August 12, 2025 9:10 PM
To: Anita Desai <anita.desai@icegate.gov.in>
Subject: ECCS password expiry advisory

All users of the Express Cargo Clearance System (ECCS) are requested to reset their ECCS password after
13th August. For ECCS issues contact eccs.helpdesk@icegate.gov.in.
""", client="outlook"),
         "icegate", "password_reset", "own text asks an SSO password reset above an Outlook 'From: Sent: To: Subject:' block quoting an ECCS advisory",
         have=FOUR)

    case(mk("reset-iphone-terse", "rk.meena@icegate.gov.in", "RK Meena",
            "Pwd", """
Pl reset my pwd. SSOID RK0912.
Rakesh Kumar Meena, Inspector
9414012781
""", client="iphone", tail=IPHONE_T, plain_only=True, cte="7bit"),
         "icegate", "password_reset", "terse iPhone mail: 'pwd', 'SSOID', name and designation on one line, bare mobile", have=FOUR)

    case(mk("reset-android-name-only", "sanjay.kumar22@icegate.gov.in", "Sanjay Kumar",
            "Sso Id password", """
Sir my Sso Id is SK7781 password not working please reset. My mobile no 9934012791.
Sanjay Kumar
""", client="android", tail=ANDROID),
         "icegate", "password_reset", "Android mail signed with the name only: no designation anywhere",
         have=("name", "sso_id", "mobile"))

    case(mk("reset-activation-inactive-id", "meera.iyer@icegate.gov.in", "Meera Iyer",
            "Activation of inactive SSO ID", """
Madam,

My SSO ID has become inactive as I was on long leave (maternity) from 01.04.2025 to 30.09.2025.
It is requested to kindly activate the same.

User ID: MI2045
Name: Meera Iyer
Designation: Assistant Commissioner
Mobile: 9884012801

Regards,
Meera Iyer
""" + CBIC_DISC),
         "icegate", "password_reset", "activation of an inactive SSO ID ('User ID' label)", have=FOUR)

    case(mk("reset-forgot-sso-id-alt-email", "harish.chandra@icegate.gov.in", "Harish Chandra",
            "Forgot my SSO ID", """
Sir,

I have forgotten my SSO ID as well as the password. My alternate email id is harishchandra.dehradun@gmail.com.
Kindly let me know my SSO ID and reset the password.

Harish Chandra
Inspector, CGST Dehradun
M: 9412012811
"""),
         "icegate", "password_reset", "'forgot my SSO ID' with the alternate e-mail given ('M:' mobile)", have=FOUR)

    case(mk("reset-forgot-sso-id-nothing", "geeta.rani@icegate.gov.in", "Geeta Rani",
            "sso-id forgotten", """
Sir,
I have forgotten my sso-id and password both. Please help.
Geeta Rani
Inspector, CGST Rohtak
Mob 9896012821
"""),
         "icegate", "password_reset", "forgot the SSO ID and gives neither it nor an alternate e-mail", have=("name", "designation", "mobile"))

    case(mk("reset-sysmgr-for-officer-complete", "sysmgr.nagpur@icegate.gov.in", "System Manager Nagpur",
            "Password reset of SSO ID - Sh. Pankaj Deshpande, Inspector", """
Sir,

The following officer is unable to log in to ACES. It is requested to reset the password of his SSO ID.

Name of officer: Pankaj Deshpande
Designation: Inspector
SSO ID: PD3380
Mobile: 9823012831

Regards,
Swati Kulkarni
Superintendent (Systems), CGST Nagpur
swati.kulkarni@icegate.gov.in
0712-2541234
"""),
         "generic", "password_reset", "System Manager asks a reset for an officer; officer's details labelled, full signature",
         have=FOUR, sig=FULL)

    case(mk("reset-division-mailbox-sig-no-email-phone", "division2.cgst-surat@icegate.gov.in", "Division-II Surat",
            "Password reset", """
Sir,
Kindly reset SSO password of the officer:
Name: Kiran Patel, Designation: Inspector, SSO ID: KP9901, Mob: 9925012841

Regards
Hemant Desai
Deputy Commissioner, Division-II, CGST Surat
"""),
         "generic", "password_reset", "Division mailbox: officer's details complete but the signature has neither an individual e-mail nor a number",
         have=FOUR, sig=("name", "designation"))

    case(mk("reset-dmarc-fail", "sudhir.rana@icegate.gov.in", "Sudhir Rana",
            "Urgent password reset", """
Sir,
Urgent: reset my SSO ID password and send it to my alternate id sudhir.rana.official@gmail.com.
SSO ID: SR5503
Sudhir Rana, Deputy Commissioner
Mobile: 9811012851
""", ar="dmarcfail", extra={"Reply-To": "sudhir.rana.official@gmail.com", "X-Mailer": "PHPMailer 6.8.0"}),
         "icegate", "password_reset", "claims an ICEGATE ID but the receiving server's Authentication-Results says dmarc=fail",
         have=FOUR, review=True)

    case(mk("reset-spf-fail-no-dkim", "lata.joshi@icegate.gov.in", "Lata Joshi",
            "reset password", """
Sir, reset my SSO ID password. SSO ID: LJ4410. Lata Joshi, Superintendent. Mob 9829012861.
""", ar="spffail"),
         "icegate", "password_reset", "spf=fail with no DKIM signature on an ICEGATE sender", have=FOUR, review=True)

    case(mk("reset-display-name-shows-icegate", "rakeshmeena1985@gmail.com", "rakesh.meena@icegate.gov.in",
            "password reset", """
Sir,
Please reset my SSO password.
SSO ID: RM1985
Rakesh Meena, Inspector, CGST Alwar
Mob: 9414012871
""", client="gmail"),
         "personal", "password_reset", "the From display name shows an ICEGATE address while the address is a Gmail: ambiguous sender",
         have=FOUR, review=True, frm="rakeshmeena1985@gmail.com")

    case(mk("reset-yahoo-plus91", "dinesh_kr_insp@yahoo.co.in", "Dinesh Kumar",
            "SSO ID Password reset", """
Respected Sir,
It is requested to kindly reset my SSOID password.
SSOID: DK7702
Dinesh Kumar
Inspector, CGST Bhubaneswar
+91-94370-12881
""", client="yahoo"),
         "personal", "password_reset", "from Yahoo: details complete, mobile as +91-94370-12881", have=FOUR)

    case(mk("reset-mob-zero-prefix", "shobha.rani@icegate.gov.in", "Shobha Rani",
            "Reset SSO Password", """
Sir,
Kindly reset my password.
Sso Id : SR2231
Shobha Rani
Supdt., CGST Mysuru
Mob. 098450 12891
"""),
         "icegate", "password_reset", "'Supdt.' designation and a 0-prefixed mobile with a space", have=FOUR)

    case(mk("reset-all-caps", "vk.pandey@icegate.gov.in", "V K PANDEY",
            "PASSWORD RESET", """
SIR
MY SSO ID PASSWORD IS NOT WORKING KINDLY RESET THE SAME
SSO ID VK1166
VINOD KUMAR PANDEY
SUPERINTENDENT CGST PATNA
MOB 9431012901
""", cte="7bit"),
         "icegate", "password_reset", "all capitals, no punctuation", have=FOUR)

    case(mk("reset-reply-on-creation-thread-no-id", "kunal.thakkar@icegate.gov.in", "Kunal Thakkar",
            "Password not working - Kunal Thakkar", """
Sir the password given is not working, kindly reset again.
Kunal Thakkar
Inspector
9426012911

On Wed, 12 Nov 2025 at 15:40, Saksham Seva <saksham.seva@icegate.gov.in> wrote:
> Dear Sir/Madam,
> The SSO ID and ICEGATE e-mail ID of the following officer have been created:
> Name: Kunal Thakkar   SSO ID: KT5566   E-mail: kunal.thakkar@icegate.gov.in
> The password has been sent to the alternate e-mail ID kunal.thakkar96@gmail.com.
> Regards, Saksham Seva
""", client="gmail"),
         "icegate", "password_reset", "reply on top of the creation thread: the SSO ID and alternate e-mail are only in the quoted text",
         have=("name", "designation", "mobile"))

    case(mk("reset-nic-individual", "arvind.k@nic.in", "Arvind K",
            "Password reset of SSO ID", """
Sir,
I am on deputation to NIC. Kindly reset my SSO ID password.
SSO ID: AK3010
Arvind Krishnan
Deputy Commissioner
Mobile: 9868012921
""", client="nic"),
         "personal", "password_reset", "an officer's individual nic.in address", have=FOUR)

    case(mk("reset-flat-commas-signature", "pooja.sharma@icegate.gov.in", "Pooja Sharma",
            "SSO ID password reset", """
Sir, kindly reset my SSO password. SSO ID: PS8120.
Regards, Pooja Sharma, Superintendent, CGST Div-II Jaipur, 9829012931
"""),
         "icegate", "password_reset", "signature flattened into one line after 'Regards,'", have=FOUR)

    case(mk("reset-outlookcom-cell", "manpreet.gill@outlook.com", "Manpreet Gill",
            "Reset password SSO", """
Sir,
Kindly reset the password of my SSO ID MG4417.
Manpreet Singh Gill
Inspector, Customs Preventive, Amritsar
Cell 9876012941
""", client="outlookcom"),
         "personal", "password_reset", "from outlook.com: 'Cell' mobile", have=FOUR)

    case(mk("reset-rediff-name-mobile-only", "rajeev_singh77@rediffmail.com", "rajeev singh",
            "password", """
sir password reset karna hai.
Naam: Rajeev Singh
Mob: 9450012951
""", client="rediff"),
         "personal", "password_reset", "Hinglish one-liner from Rediffmail: name and mobile only",
         have=("name", "mobile"))

    case(mk("reset-auto-submitted-no", "farida.begum@icegate.gov.in", "Farida Begum",
            "SSO password reset", """
Madam,
Please reset my SSO ID password.
SSO ID: FB1103
Farida Begum
Superintendent, Customs, Hyderabad
Mobile: 9849012961
""", extra={"Auto-Submitted": "no"}),
         "icegate", "password_reset", "'Auto-Submitted: no' is a person's mail", have=FOUR)

    case(mk("reset-relay-dkim-pass", "tarun.bose@icegate.gov.in", "Tarun Bose",
            "Password reset - Tarun Bose", """
Sir,
My SSO ID TB7754 has been locked after wrong attempts. Kindly unlock and reset.
Tarun Bose
Inspector, Customs, Petrapole
Mob: 9433012971
""", ar="relay_ok"),
         "icegate", "password_reset", "spf=fail but dkim=pass and dmarc=pass for icegate.gov.in: not an authentication failure", have=FOUR)

    case(mk("reset-i-undersigned-running-text", "s.balakrishnan@icegate.gov.in", "S Balakrishnan",
            "Reset of ICEGATE mailbox password", """
Sir,

The undersigned, S. Balakrishnan, Superintendent of Central Tax, Coimbatore, has forgotten the password
of his ICEGATE mailbox. My SSO ID is SB2290 and my mobile number is 9443012981. Kindly reset.

Thanking you
""" + GREEN),
         "icegate", "password_reset", "'The undersigned, NAME, DESIGNATION' with SSO ID and mobile in running text; no signature block",
         have=FOUR)


def b_status():
    # ---------------------------------------------------------------- sso_status
    case(mk("status-gmail-labelled", "kavitha.ramesh84@gmail.com", "Kavitha Ramesh",
            "Whether SSO ID exists in my name", """
Respected Sir/Madam,

I am working as Superintendent in CGST Madurai. I am not sure whether an SSO ID / ICEGATE e-mail ID
has been created in my name. Kindly check and inform.

Name: Kavitha Ramesh
Designation: Superintendent
Mobile No.: 9443013001

Thanking you,
Kavitha Ramesh
""", client="gmail"),
         "personal", "sso_status", "status enquiry from a personal Gmail, all labelled", have=THREE)

    case(mk("status-yahoo-landline", "sk_bhatt@yahoo.com", "S K Bhatt",
            "SSO ID status", """
Sir,
Please inform whether any SSO ID has been created in my name.
Name: Suresh Kumar Bhatt
Designation: Inspector, CGST Haldwani
Phone (Off.): 05946-220011
""", client="yahoo"),
         "personal", "sso_status", "only number is an office landline", have=("name", "designation"))

    case(mk("status-rediff-name-in-display-only", "nagarwal.1984@rediffmail.com", "Nitin Agarwal",
            "is my sso id created", """
sir
i joined as inspector in 2019 and never got sso id. please tell if it is created.
mob 9412013021
""", client="rediff"),
         "personal", "sso_status", "the name appears only in the From display name", have=("designation", "mobile"))

    case(mk("status-hinglish", "deepikasingh.insp@gmail.com", "Deepika Singh",
            "SSO ID bana hai ya nahi", """
Sir,
Mujhe pata nahi ki mera SSO ID bana hai ya nahi. Kripya check karke bata dijiye.
Naam: Deepika Singh
Designation: Inspector, CGST Noida
Mobile: 9811013031
Shukriya
""", client="android", tail=ANDROID),
         "personal", "sso_status", "Hinglish status enquiry ('Shukriya' is a closing, not a name)", have=THREE)

    case(mk("status-hindi", "mahesh.chand.1980@gmail.com", "महेश चंद",
            "एसएसओ आईडी की स्थिति के संबंध में", """
महोदय,

कृपया सूचित करें कि क्या मेरे नाम से कोई एसएसओ आईडी अथवा आइसगेट ई-मेल आईडी बनाई गई है।

नाम: महेश चंद (Mahesh Chand)
पदनाम: अधीक्षक (Superintendent), केन्द्रीय जीएसटी, अलवर
मोबाइल: 9414013041

सधन्यवाद
""", client="gmail", cte="b64"),
         "personal", "sso_status", "Hindi status enquiry with bilingual labels; 'सधन्यवाद' closing", have=THREE)

    case(mk("status-gov-in-individual", "n.sethi@gov.in", "N Sethi",
            "Enquiry regarding SSO ID", """
Sir,

I have joined back in CBIC after deputation. I am not sure whether my SSO ID still exists.
Kindly check.

Neelam Sethi
Assistant Commissioner
Mobile: 9868013051
""", client="nic"),
         "personal", "sso_status", "individual gov.in address, signature with name, designation and mobile", have=THREE)

    case(mk("status-range-gmail-no-individual-email", "cgstrange4.guntur@gmail.com", "CGST Range-IV Guntur",
            "SSO ID status of Inspector", """
Sir,

It is requested to kindly inform whether an SSO ID exists in the name of the following officer.

Name: Lakshmi Prasanna
Designation: Inspector
Mobile: 9440013061

Regards,
M. Suresh
Superintendent, Range-IV, CGST Guntur
Email: cgstrange4.guntur@gmail.com
Ph: 0863-2234567
""", client="gmail"),
         "generic", "sso_status", "a Range office's Gmail asks for an Inspector; the signature's only e-mail is the office Gmail itself",
         have=THREE, sig=("name", "designation", "phone"))

    case(mk("status-sysmgr-full", "sysmgr.cochin@icegate.gov.in", "System Manager Cochin Customs",
            "Whether SSO ID created - Sh. Jijo Thomas, Inspector", """
Sir,
Kindly inform whether any SSO ID has been created in the name of Sh. Jijo Thomas, Inspector
(Mobile: 9447013071), who has joined this Custom House on transfer from CGST.

Regards,
Biju Varghese
Appraiser & System Manager
Cochin Customs
biju.varghese@icegate.gov.in
Mob: 9447013079
"""),
         "generic", "sso_status", "System Manager asks about an officer; full signature", have=THREE, sig=FULL)

    case(mk("status-outlookcom-no-designation", "sumit.arora@outlook.com", "Sumit Arora",
            "SSO id", """
Hi,
Can you please check if an SSO id has been created for me. I joined CBIC recently.
Sumit Arora
Mob 9810013081
""", client="outlookcom"),
         "personal", "sso_status", "no designation anywhere", have=("name", "mobile"))

    case(mk("status-lowercase-running-text", "bablu.kumar.insp@gmail.com", "Bablu Kumar",
            "sso id", """
sir pls check whether sso id created in my name i joined as inspector on 12.08.2019 in cgst patna my name is bablu kumar and my mobile number is 9931013091
""", client="gmail", cte="7bit"),
         "personal", "sso_status", "one lower-case line, name, designation and mobile in running text", have=THREE)

    case(mk("status-android-plus91-hyphens", "preeti.nanda91@gmail.com", "Preeti Nanda",
            "Status of SSO ID", """
Sir,
I am not sure if SSO ID has been created in my name. Kindly confirm.
Preeti Nanda
Inspector, Customs Preventive, Jamnagar
+91-98250-13101
""", client="android", tail=ANDROID),
         "personal", "sso_status", "mobile as +91-98250-13101 under the signature", have=THREE)

    case(mk("status-quoted-mobile-only", "ashok.pillai71@gmail.com", "Ashok Pillai",
            "Re: SSO ID status", """
Sir, still awaiting your call. Kindly inform whether my SSO ID exists.
Ashok Pillai
Superintendent, CGST Kozhikode

On Mon, 17 Nov 2025 at 09:30, Ashok Pillai <ashok.pillai71@gmail.com> wrote:
> Sir, please check whether SSO ID exists in my name. Mobile 9447013111.
""", client="gmail"),
         "personal", "sso_status", "follow-up: the mobile is only in the quoted earlier mail", have=("name", "designation"))

    case(mk("status-iphone-no-name", "kpatel.84@icloud.com", "Dwarka",
            "SSO ID", """
Sir whether SSO ID is created in my name? I am Superintendent at CGST Dwarka. Mob 9825013121
""", client="iphone", tail=IPHONE_T, plain_only=True, cte="7bit"),
         "personal", "sso_status", "iPhone: designation and mobile but no name anywhere", have=("designation", "mobile"))

    case(mk("status-caps-brackets-signature", "arun.prakash.cbic@gmail.com", "Arun Prakash",
            "Regarding existence of SSO ID", """
Sir,

I am not sure whether an SSO ID has been created in my name. It is requested to kindly inform.

Yours faithfully,
(ARUN PRAKASH)
Inspector
CGST Belagavi
Mob. 9448013131
""", client="gmail"),
         "personal", "sso_status", "'(ARUN PRAKASH)' signature in capitals in brackets", have=THREE)

    case(mk("status-nic-generic-full", "cgst-div3.pune@gov.in", "Division III Pune",
            "SSO ID existence check - Inspector", """
Sir,
Please let us know whether the SSO ID of Ms. Rutuja Pawar, Inspector (Mob. 9822013141) has been created.
Regards,
Amol Jagtap
Superintendent (Tech), Division-III, CGST Pune-I
amol.jagtap@icegate.gov.in
020-26051234
""", client="nic"),
         "generic", "sso_status", "a Division's gov.in mailbox with a full signature (sso_status has no sender requirement)",
         have=THREE, sig=FULL)

    case(mk("status-zero-prefix-mobile", "tanvir.alam88@gmail.com", "Tanvir Alam",
            "SSO ID exist or not", """
Sir,
Kindly check if SSO ID exists in my name.
Tanvir Alam, Inspector, CGST Siliguri
M: 09832013151
""", client="gmail"),
         "personal", "sso_status", "'M: 0983...' 0-prefixed mobile", have=THREE)


def b_mapping():
    # ---------------------------------------------------------------- role_mapping
    def trio(tag=""):
        return [DOC(f"Transfer Order{tag}.pdf", "transfer_order", TRANSFER_TXT),
                DOC(f"Local Posting Order{tag}.pdf", "posting_order", POSTING_TXT),
                DOC(f"Charge Report{tag}.pdf", "charge_report", CHARGE_TXT)]

    case(mk("mapping-individual-complete", "vinay.kumar@icegate.gov.in", "Vinay Kumar",
            "Mapping of role in ACES on transfer", """
Sir,

The undersigned has joined CGST Bengaluru East on 03.11.2025 on transfer from CGST Mangaluru.
It is requested to kindly unmap my roles of Mangaluru and map me to Range-II, Bengaluru East in ACES.
Transfer order, local posting order and charge report are attached.

Vinay Kumar
Inspector
"""  + CBIC_DISC, trio()),
         "icegate", "role_mapping", "'The undersigned has joined on transfer', all three papers")

    case(mk("mapping-sysmgr-complete", "sysmgr.bbsr@icegate.gov.in", "System Manager Bhubaneswar",
            "Role mapping of officers joined on AGT 2025", """
Sir,
I am directed to forward herewith the transfer order, local posting order and joining reports of
the officers joined on AGT-2025 for mapping of their roles in ACES-GST, for favour of necessary action.
Yours faithfully,
Sd/-
(SUBRAT MOHANTY)
Superintendent (Systems)
CGST Bhubaneswar
subrat.mohanty@icegate.gov.in
0674-2581234
""", [DOC("AGT_2025_transfer_order.pdf", "transfer_order", TRANSFER_TXT),
      DOC("LPO_posting_order_19_2025.pdf", "posting_order", POSTING_TXT),
      DOC("joining_reports.pdf", "charge_report", CHARGE_TXT)]),
         "generic", "role_mapping", "System Manager forwards all three papers, '(SUBRAT MOHANTY)' signature", sig=FULL)

    case(mk("mapping-no-charge-report", "shilpa.rao@icegate.gov.in", "Shilpa Rao",
            "ACES role mapping", """
Sir,
Kindly map my role in ACES as per the attached transfer order and posting order.
Shilpa Rao, Superintendent, CGST Mangaluru
""", [DOC("Transfer_Order.pdf", "transfer_order", TRANSFER_TXT), DOC("Posting_Order.pdf", "posting_order", POSTING_TXT)]),
         "icegate", "role_mapping", "transfer and posting orders but no charge report")

    case(mk("mapping-transfer-order-awaited", "k.anand@icegate.gov.in", "K Anand",
            "GST BO role mapping after joining", """
Sir,
I have assumed charge as Superintendent, Range-5, CGST Chennai South on 05.11.2025. PFA the local
posting order and my joining report. Transfer order will be sent once received from Zone.
Kindly map my roles in GST BO.
K. Anand
""", [DOC("local posting order.pdf", "posting_order", POSTING_TXT), DOC("joining report.pdf", "charge_report", CHARGE_TXT)]),
         "icegate", "role_mapping", "posting order and joining report; transfer order 'will be sent'")

    case(mk("mapping-personal-gmail-complete", "santoshkumar.insp@gmail.com", "Santosh Kumar",
            "ACES mapping", """
Sir,
I joined CGST Dhanbad on transfer. Please map my role in ACES. Transfer order, posting order and charge report attached.
Santosh Kumar
Inspector
""", trio("_SK"), client="gmail"),
         "personal", "role_mapping", "all papers but from a personal Gmail")

    case(mk("mapping-range-gmail-transfer-only", "range2.cgst.tirupur@gmail.com", "Range II Tirupur",
            "Mapping of Inspector", """
Sir,
Sh. Gopinath, Inspector, has joined this Range on transfer. Kindly map him in ACES. Transfer order is
attached; the local posting order and charge report will be sent once issued.
Regards,
Senthil Kumar
Superintendent, Range-II, CGST Tirupur
senthilkumar.s@icegate.gov.in
9443013211
""", [DOC("TO_Gopinath.pdf", "transfer_order", TRANSFER_TXT)], client="gmail"),
         "generic", "role_mapping", "Range office Gmail, only the transfer order", sig=FULL)

    case(mk("mapping-hindi-complete", "neeraj.sharma@icegate.gov.in", "नीरज शर्मा",
            "स्थानांतरण के उपरांत ACES में रोल मैपिंग हेतु", """
महोदय,

अधोहस्ताक्षरी ने स्थानांतरण पर दिनांक ०४.११.२०२५ को केन्द्रीय जीएसटी, भोपाल में कार्यभार ग्रहण किया है।
कृपया ACES में मेरी रोल मैपिंग करने का कष्ट करें। स्थानांतरण आदेश, स्थानीय तैनाती आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न हैं।

नीरज शर्मा / Neeraj Sharma
निरीक्षक / Inspector
""", [DOC("Transfer Order NS.pdf", "transfer_order", TRANSFER_TXT), DOC("Posting Order NS.pdf", "posting_order", POSTING_TXT),
      DOC("Charge Report NS.pdf", "charge_report", CHARGE_TXT)], cte="b64"),
         "icegate", "role_mapping", "Hindi role-mapping request with Devanagari digits and all three papers")

    case(mk("mapping-unmap-relieved-no-posting", "dilip.das@icegate.gov.in", "Dilip Das",
            "Unmapping of roles - relieved on transfer", """
Sir,
I have been relieved from CGST Guwahati on transfer to CGST Shillong. Kindly unmap my roles in ACES.
Transfer order and relieving report are attached.
Dilip Das
Inspector
Mob: 9435013221
""", [DOC("Transfer order.pdf", "transfer_order", TRANSFER_TXT),
      DOC("Relieving report.pdf", "charge_report", ["RELIEVING REPORT", "Certified that I have made over charge of the post of Inspector", "in the afternoon of 31.10.2025"])]),
         "icegate", "role_mapping", "unmapping on relief: transfer order and relieving report, no local posting order")

    logo = A(kit.make_png(shade=70), PNG, "image001.png", "other", disp="inline", cid="image001.png@01DC5B20.11AA2230")
    case(mk("mapping-outlook-logo-complete", "nidhi.bansal@icegate.gov.in", "Nidhi Bansal",
            "Request for mapping in ACES-GST", """
Sir,

Consequent upon my transfer I have joined the Audit Commissionerate, Delhi on 03.11.2025.
Kindly map me in ACES-GST. The required documents are attached.

Regards,
[cid:image001.png@01DC5B20.11AA2230]
Nidhi Bansal
Superintendent (Audit)
""", trio() + [logo], client="outlook"),
         "icegate", "role_mapping", "Outlook with inline logo plus all three papers")

    case(mk("mapping-image-scans-named", "ravi.teja@icegate.gov.in", "Ravi Teja",
            "Mapping request", """
Sir, please map my roles in ACES. Scanned copies attached.
Ravi Teja, Inspector, CGST Vijayawada
""", [SCAN("Transfer Order.pdf", "transfer_order"), SCAN("Local Posting Order 23-2025.pdf", "posting_order"),
      JPG_("Charge Report.jpg", "charge_report", 11)]),
         "icegate", "role_mapping", "image-only scans told by their file names")

    case(mk("mapping-nic-generic-complete", "cgst.div1.mgl@nic.in", "Division-I Mangaluru",
            "ACES role mapping of Superintendent", """
Sir,
PFA transfer order, local posting order and charge report of Smt. Roopa, Superintendent for role mapping.
Regards,
Ganesh Bhat
Assistant Commissioner, Division-I, CGST Mangaluru
ganesh.bhat@icegate.gov.in
0824-2441122
""", trio("_Roopa"), client="nic"),
         "generic", "role_mapping", "Division's nic.in mailbox, all papers and full signature, but not ICEGATE", sig=FULL)

    case(mk("mapping-reply-on-unrelated-quote", "sachin.gupta@icegate.gov.in", "Sachin Gupta",
            "Role mapping in ACES - Sachin Gupta, Inspector", """
Sir,
Please map my roles in ACES. Transfer order, posting order and charge report attached.
Sachin Gupta
Inspector, CGST Gwalior

On Thu, 13 Nov 2025 at 10:10, Hindi Cell CGST Gwalior <hindicell.gwl@icegate.gov.in> wrote:
> All officers are requested to submit the Hindi Pakhwada participation form by 20.11.2025.
> Regards, Hindi Cell
""", trio("_SG"), client="gmail"),
         "icegate", "role_mapping", "request on top of a quoted office notice about something else")

    case(mk("mapping-content-only-scan-names", "latha.m@icegate.gov.in", "Latha M",
            "mapping", """
Madam, kindly do ACES mapping. 3 docs attached.
Latha M, Supdt.
""", [DOC("scan001.pdf", "transfer_order", TRANSFER_TXT), DOC("scan002.pdf", "posting_order", POSTING_TXT),
      DOC("scan003.pdf", "charge_report", CHARGE_TXT)]),
         "icegate", "role_mapping", "'scan001/002/003.pdf' told by their text layers")

    case(mk("mapping-sysmgr-name-only-signature", "sysmgr.jodhpur@icegate.gov.in", "sysmgr jodhpur",
            "Mapping of officers", """
Sir,
Kindly map the officers as per the attached transfer order, posting order and charge reports.
Regards
Mahendra Singh
""", trio("_Jodhpur")),
         "generic", "role_mapping", "generic mailbox signed with a name only", sig=("name",))

    case(mk("mapping-photos-img-names", "anil.kumar77@icegate.gov.in", "Anil Kumar",
            "Mapping in ACES", """
Sir, PFA transfer order, posting order and charge report for mapping my role.
Anil Kumar Inspector
""", [JPG_("IMG_20251104_103201.jpg", "other", 21), JPG_("IMG_20251104_103245.jpg", "other", 22),
      JPG_("IMG_20251104_103310.jpg", "other", 23)], client="android", tail=ANDROID),
         "icegate", "role_mapping", "the three orders are phone photos named IMG_...jpg: neither name nor (image) content tells their kind")

    case(mk("mapping-yahoo-joining-report-only", "mohan_lal_insp@yahoo.in", "Mohan Lal",
            "Role mapping", """
Sir, I have joined on transfer. Joining report attached. Please map my role in ACES.
Mohan Lal, Inspector
""", [DOC("Joining Report.pdf", "charge_report", CHARGE_TXT)], client="yahoo"),
         "personal", "role_mapping", "Yahoo: joining report only")

    case(mk("mapping-gto-name-text-layer", "jyoti.prakash@icegate.gov.in", "Jyoti Prakash",
            "Mapping in ACES after AGT", """
Sir,
I have joined CGST Ranchi on AGT. Kindly map my role. PFA GTO, LPO and charge report.
Jyoti Prakash, Superintendent
""", [DOC("GTO_2025_Superintendents.pdf", "transfer_order", TRANSFER_TXT),
      DOC("LPO_Ranchi.pdf", "posting_order", POSTING_TXT), DOC("CR_JP.pdf", "charge_report", CHARGE_TXT)]),
         "icegate", "role_mapping", "abbreviated names 'GTO', 'LPO', 'CR' with text layers that say what they are")

    case(mk("mapping-caps-no-posting-order", "ramprasad.s@icegate.gov.in", "RAMPRASAD S",
            "ROLE MAPPING", """
SIR KINDLY MAP MY ROLE IN GST BO AS I HAVE JOINED ON TRANSFER PFA TRANSFER ORDER AND CHARGE REPORT
RAMPRASAD S SUPDT
""", [DOC("TRANSFER ORDER.pdf", "transfer_order", TRANSFER_TXT), DOC("CHARGE REPORT.pdf", "charge_report", CHARGE_TXT)], cte="7bit"),
         "icegate", "role_mapping", "all-caps, no local posting order")


def b_promotion():
    # ---------------------------------------------------------------- designation_update
    case(mk("promotion-sysmgr-complete", "sysmgr.vtz1@icegate.gov.in", "SYSTEM MANAGER VIZAG",
            "Updation of designation on promotion - Sh. P. Satyanarayana", """
Sir,

Sh. P. Satyanarayana, Inspector, has been promoted as Superintendent vide EO No. 87/2025.
The promotion order and the first page of his service book are attached for updation of
designation in ACES.

Yours faithfully,
K. Venkata Rao
Superintendent (EDI) / System Manager
Custom House, Visakhapatnam
Email: kv.rao@icegate.gov.in
Ph: 0891-2562295
""", [DOC("Promotion Order EO 87-2025.pdf", "promotion_order", PROMO_TXT), SBP("SB first page - Satyanarayana.pdf", "P SATYANARAYANA")]),
         "generic", "designation_update", "System Manager, promotion order and service book first page", sig=FULL)

    case(mk("promotion-order-only", "hemlata.sahu@icegate.gov.in", "Hemlata Sahu",
            "Designation change", """
Sir,
I have been promoted to Superintendent. Kindly update my designation in ACES. Promotion order attached.
Hemlata Sahu
""", [DOC("promotion order.pdf", "promotion_order", PROMO_TXT)]),
         "icegate", "designation_update", "promotion order only, no service book")

    case(mk("promotion-sb-only", "irfan.ansari@icegate.gov.in", "Irfan Ansari",
            "Updation of designation", """
Sir, consequent to my promotion as Appraiser, kindly update my designation. Service book attached;
promotion order will follow.
Irfan Ansari
""", [SBP("Service Book Irfan.pdf", "IRFAN ANSARI")]),
         "icegate", "designation_update", "service book only, promotion order 'will follow'")

    case(mk("promotion-gmail-both", "ritesh.kumar.supdt@gmail.com", "Ritesh Kumar",
            "designation update", """
Sir pls update my designation to Superintendent. promotion order and service book attached.
Ritesh Kumar
""", [DOC("Promotion_order.pdf", "promotion_order", PROMO_TXT), JPG_("service book.jpg", "service_book", 31)], client="gmail"),
         "personal", "designation_update", "both papers from a personal Gmail")

    case(mk("promotion-bilingual", "omprakash.meena@icegate.gov.in", "ओमप्रकाश मीणा",
            "पदोन्नति के उपरांत पदनाम अद्यतन / Updation of designation on promotion", """
महोदय / Sir,

निरीक्षक से अधीक्षक के पद पर पदोन्नति के उपरांत कृपया ACES में मेरा पदनाम अद्यतन करें।
Consequent upon my promotion from Inspector to Superintendent, kindly update my designation in ACES.
पदोन्नति आदेश एवं सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है। / Promotion order and service book first page attached.

ओमप्रकाश मीणा / Omprakash Meena
अधीक्षक / Superintendent
""", [DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT), SBP("Service Book.pdf", "OMPRAKASH MEENA")], cte="b64"),
         "icegate", "designation_update", "bilingual Hindi/English promotion request")

    case(mk("promotion-outlook-order-only-in-quote", "shalini.menon@icegate.gov.in", "Shalini Menon",
            "RE: Designation update", """
Sir,

As desired, the first page of my service book is attached.

Shalini Menon
Superintendent, CGST Kochi

-----Original Message-----
From: Shalini Menon <shalini.menon@icegate.gov.in>
Sent: Friday, November 14, 2025 11:20 AM
To: saksham.seva@icegate.gov.in
Subject: Designation update

Sir, kindly update my designation on promotion. Promotion order attached.
""", [SBP("SB_first_page.pdf", "SHALINI MENON")], client="outlook"),
         "icegate", "designation_update", "Outlook reply: the promotion order is only named in the quoted original")

    case(mk("promotion-eo-scan-names", "babu.rajan@icegate.gov.in", "Babu Rajan",
            "Promotion - designation updation", """
Sir, kindly update my designation to Superintendent as per EO attached. SB also attached.
Babu Rajan
""", [DOC("EO_87_2025.pdf", "promotion_order", PROMO_TXT), DOC("Scan_0031.pdf", "service_book", kit.SB + ["1. Name in full BABU RAJAN"])]),
         "icegate", "designation_update", "'EO_87_2025.pdf' and 'Scan_0031.pdf' told by their text layers")

    case(mk("promotion-passes-other-domain", "arjun.reddy@icegate.gov.in", "Arjun Reddy",
            "Designation update on promotion", """
Sir, kindly update my designation. Promotion order and service book attached.
Arjun Reddy, Superintendent
""", [DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT), SBP("Service Book.pdf", "ARJUN REDDY")], ar="otherdomain"),
         "icegate", "designation_update", "the trusted Authentication-Results passes only for another domain than icegate.gov.in", review=True)

    case(mk("promotion-nic-generic-no-designation", "cexsys.mdu@nic.in", "Systems Madurai",
            "Designation updation - promotion", """
Sir,
Promotion order and service book of Sh. Murugan, promoted as Superintendent, are attached for updation.
Regards,
K. Selvam
CGST Madurai
selvam.k@icegate.gov.in
Ph: 0452-2530011
""", [DOC("promotion order murugan.pdf", "promotion_order", PROMO_TXT), SBP("service book murugan.pdf", "MURUGAN")], client="nic"),
         "generic", "designation_update", "nic.in systems mailbox; signature without a designation",
         sig=("name", "email", "phone"))

    case(mk("promotion-iphone-photos", "ashwini.patil@icegate.gov.in", "Ashwini Patil",
            "Designation update", """
Sir please update my designation to Superintendent. Photos of promotion order and service book attached.
Ashwini Patil
""", [JPG_("promotion order.jpg", "promotion_order", 41), JPG_("service book.jpg", "service_book", 42)], client="iphone", tail=IPHONE_T),
         "icegate", "designation_update", "iPhone photos named 'promotion order.jpg' and 'service book.jpg'")

    case(mk("promotion-all-caps", "bk.singh@icegate.gov.in", "B K SINGH",
            "UPDATION OF DESIGNATION", """
SIR KINDLY UPDATE MY DESIGNATION AS ASSISTANT COMMISSIONER CONSEQUENT UPON PROMOTION PFA PROMOTION ORDER AND SERVICE BOOK
B K SINGH
""", [DOC("PROMOTION ORDER.pdf", "promotion_order", PROMO_TXT), SBP("SERVICE BOOK.pdf", "B K SINGH")], cte="7bit"),
         "icegate", "designation_update", "all capitals")

    case(mk("promotion-apar-instead-of-sb", "vandana.rao@icegate.gov.in", "Vandana Rao",
            "Updation of designation", """
Sir, kindly update my designation on promotion. Promotion order and APAR attached.
Vandana Rao, Superintendent
""", [DOC("Promotion order.pdf", "promotion_order", PROMO_TXT),
      DOC("APAR_2024-25.pdf", "other", ["ANNUAL PERFORMANCE ASSESSMENT REPORT", "for the period 2024-25"])]),
         "icegate", "designation_update", "an APAR is sent instead of the service book (an 'other' file)")

    html = ("<html><body><p>Sir,</p><p>Designation of the following officers may be updated in ACES on promotion. "
            "Promotion order and service books attached.</p><table border=\"1\"><tr><td>Regards,<br><b>Rekha Nair</b><br>"
            "Joint Director (Systems)<br>O/o ADG (Systems), Chennai<br>rekha.nair@icegate.gov.in<br>"
            "Tel: 044-25246001</td></tr></table></body></html>")
    case(mk("promotion-adg-html-table", "adg.systems@icegate.gov.in", "ADG Systems Chennai",
            "Designation update - promotion", "", [DOC("Promotion Order 12-2025.pdf", "promotion_order", PROMO_TXT),
                                                  SBP("SB1.pdf", "OFFICER ONE"), SBP("SB2.pdf", "OFFICER TWO")],
            html=html, html_only=True),
         "generic", "designation_update", "'adg.systems' mailbox, HTML-only with the signature in a table cell", sig=FULL)

    case(mk("promotion-hindi-only", "rampal.yadav@icegate.gov.in", "रामपाल यादव",
            "पदनाम अद्यतन हेतु", """
महोदय,

पदोन्नति आदेश के अनुसार कृपया ACES में मेरा पदनाम अधीक्षक के रूप में अद्यतन करें। पदोन्नति आदेश एवं सेवा पुस्तिका संलग्न है।

रामपाल यादव
अधीक्षक, केन्द्रीय जीएसटी, रेवाड़ी
""", [DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT), SBP("Service Book.pdf", "RAMPAL YADAV")], cte="b64"),
         "icegate", "designation_update", "Hindi-only promotion request")

    case(mk("promotion-sysmgr-forward-no-phone", "sysmgr.trichy@icegate.gov.in", "System Manager Trichy",
            "Fwd: designation update", """
Forwarded for updation of designation please.

Regards,
Balaji R.
Superintendent (Systems), CGST Tiruchirappalli
balaji.r@icegate.gov.in

---------- Forwarded message ---------
From: Murali K <murali.k1985@gmail.com>
Date: Fri, 14 Nov 2025 at 17:40
Subject: designation update
To: <sysmgr.trichy@icegate.gov.in>

Sir, I am promoted as Superintendent. PFA promotion order and SB.
""", [DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT), SBP("SB Murali.pdf", "MURALI K")], client="gmail"),
         "generic", "designation_update", "System Manager forwards an officer's promotion mail; his signature has no number",
         sig=("name", "designation", "email"))


def b_redirect_unknown():
    # ---------------------------------------------------------------- eccs / trade_portal / unknown
    case(mk("eccs-appraiser-expired", "sameer.kulkarni@icegate.gov.in", "Sameer Kulkarni",
            "ECCS login problem after password expiry", """
Sir,
After the ECCS password expiry exercise I am unable to log in to the ECCS application; it says password
expired and the reset screen does not open. Kindly resolve.
Sameer Kulkarni
Appraiser, Courier Terminal, Mumbai
Mob: 9820013401
"""),
         "icegate", "eccs", "ECCS password expiry from an Appraiser's ICEGATE ID")

    case(mk("eccs-courier-cell-partial-signature", "couriercell.del@icegate.gov.in", "Courier Cell Delhi",
            "ECCS not working", """
Sir,
ECCS logins of officers of the Courier Cell are failing since morning. Kindly look into it urgently.
Regards,
Superintendent, Courier Cell, New Custom House, Delhi
"""),
         "generic", "eccs", "Courier Cell mailbox: sign-off has only a designation", sig=("designation",))

    case(mk("eccs-courier-agent-gmail", "rohit.malhotra.speedline@gmail.com", "Rohit Malhotra",
            "ECCS password reset", """
Dear Sir,
We are an authorised courier. Our ECCS user password has expired after the advisory and we are unable to
file the courier bills of entry in ECCS. Please reset our ECCS password.
Thanks,
Rohit Malhotra
Manager Operations
9810013411
""", client="gmail"),
         "personal", "eccs", "a courier company's manager, from his own Gmail, about the firm's ECCS password")

    case(mk("eccs-hindi", "gopal.krishna@icegate.gov.in", "गोपाल कृष्ण",
            "ईसीसीएस लॉगिन समस्या", """
महोदय,

दिनांक १३.०८.२०२५ के बाद से ईसीसीएस (ECCS - Express Cargo Clearance System) एप्लिकेशन में लॉगिन नहीं हो पा रहा है।
पासवर्ड समाप्त होने का संदेश आ रहा है। कृपया सहायता करें।

गोपाल कृष्ण, निरीक्षक
""", cte="b64"),
         "icegate", "eccs", "Hindi ECCS login problem")

    case(mk("eccs-generic-full-signature", "courier.chennai@icegate.gov.in", "Courier Unit Chennai",
            "ECCS password expired - Examiners", """
Sir,
The ECCS passwords of the Examiners posted in the Courier Unit have expired and the reset prompt is not
appearing on login to the ECCS application. Kindly help.
Regards,
P. Saravanan
Superintendent, Courier Unit, Chennai Air Cargo
saravanan.p@icegate.gov.in
044-22560101
"""),
         "generic", "eccs", "Courier Unit mailbox with a full signature", sig=FULL)

    case(mk("eccs-reply-on-sso-thread", "yogesh.pawar@icegate.gov.in", "Yogesh Pawar",
            "ECCS password issue", """
Sir, thanks for resetting the SSO password earlier. Now my ECCS application password has expired and
ECCS login is failing. Please help.
Yogesh Pawar, Examiner

On Tue, 4 Nov 2025 at 12:00, Saksham Seva <saksham.seva@icegate.gov.in> wrote:
> Dear Sir, your SSO ID password has been reset. Regards, Saksham Seva
""", client="gmail"),
         "icegate", "eccs", "ECCS request on top of a quoted SSO-reset thread")

    case(mk("eccs-dmarc-fail", "hitesh.vora@icegate.gov.in", "Hitesh Vora",
            "ECCS login", """
Sir, ECCS login not working after password expiry. Please reset my ECCS password.
Hitesh Vora, Appraiser
""", ar="dmarcfail"),
         "icegate", "eccs", "ECCS mail failing DMARC: redirect precedes review", review=True)

    case(mk("trade-exporter-iec-gmail", "accounts.shreeexports@gmail.com", "Shree Exports",
            "Unable to login ICEGATE", """
Dear Sir,
We are exporters having IEC 0516012345. We are unable to log in to the ICEGATE portal; the OTP is going
to our old registered mobile. Kindly help us change the registered mobile number in our ICEGATE
registration.
Regards,
Shree Exports, Surat
""", client="gmail"),
         "generic", "trade_portal", "an exporter's accounts Gmail about its ICEGATE portal login (IEC)",
         sig=())

    case(mk("trade-hinglish-importer", "rajkumar.impex@gmail.com", "Rajkumar",
            "icegate login nahi ho raha", """
Sir, humara IEC 0312098765 hai. ICEGATE portal par login nahi ho raha, password reset link nahi aa raha.
Please help karein.
Rajkumar
Proprietor, RK Impex
9899013431
""", client="android", tail=ANDROID),
         "personal", "trade_portal", "Hinglish importer: IEC and ICEGATE portal password")

    case(mk("trade-yahoo-registration-dsc", "sharma_cha_services@yahoo.com", "Sharma CHA",
            "ICEGATE registration - DSC not accepted", """
Sir,
Our ICEGATE registration as Customs Broker is pending because the DSC is not being accepted on the
ICEGATE portal at the time of registration. Kindly guide.
Anil Sharma
Sharma CHA Services
""", client="yahoo"),
         "personal", "trade_portal", "a Customs Broker's ICEGATE portal registration problem")

    case(mk("trade-outlookcom-iec-password", "vikram.traders@outlook.com", "Vikram Traders",
            "Password reset - ICEGATE portal IEC login", """
Hello,
I forgot the password of our ICEGATE portal account (IEC AAGFV1234K). The forgot password option is not
sending the mail. Please reset it.
Vikram Jain
""", client="outlookcom"),
         "personal", "trade_portal", "a trader's 'password reset' of the ICEGATE portal (IEC), not an officer's SSO ID")

    case(mk("unknown-mailbox-quota", "suman.lata@icegate.gov.in", "Suman Lata",
            "ICEGATE mailbox full", """
Sir,
My ICEGATE mailbox shows 98% full and I cannot receive mails. Kindly increase the quota.
Suman Lata
Deputy Commissioner, CGST Chandigarh
"""),
         "icegate", "unknown", "mailbox quota: none of the request types")

    case(mk("unknown-vc-link-generic", "sysmgr.indore@icegate.gov.in", "System Manager Indore",
            "VC link for ACES training", """
Sir,
Kindly share the VC link for the ACES-GST training scheduled on 25.11.2025 for our officers.
Regards,
Prakash Jain
Superintendent (Systems), CGST Indore
prakash.jain@icegate.gov.in
0731-2561001
"""),
         "generic", "unknown", "System Manager asks for a training VC link", sig=FULL)

    case(mk("unknown-imap-settings-unsigned", "cus-preventive.jmn@icegate.gov.in", None,
            "mail settings", """
please send imap and smtp settings for configuring icegate mail in outlook on office computer
"""),
         "generic", "unknown", "a Preventive unit mailbox asks for IMAP settings, no signature", sig=())

    case(mk("unknown-blank-with-attachment", "naresh.goyal@icegate.gov.in", "Naresh Goyal",
            "", "", [DOC("document.pdf", "other", ["OFFICE NOTE", "Sub: Condemnation of old printers - reg."])]),
         "icegate", "unknown", "no subject, no text, an unrelated office note")

    case(mk("unknown-dsc-token", "pankaj.jha@icegate.gov.in", "Pankaj Jha",
            "DSC token driver", """
Sir, the DSC token is not detected on my new laptop for signing in ICES. Please share the driver.
Pankaj Jha, Appraiser
"""),
         "icegate", "unknown", "DSC token driver question")


def b_automated():
    # ---------------------------------------------------------------- automated
    def report(slug, frm, disp, subject, human, status, rtype="delivery-status", extra=None, orig_subject="Case reference SS-2025-1042",
               plain_orig=True):
        _N[0] += 1
        i = _N[0]
        name = f"{i:03d}-{slug}"
        bnd = f"rep_{i:03d}_{hashlib.md5(slug.encode()).hexdigest()[:8]}"
        st_ct = "message/delivery-status" if rtype == "delivery-status" else "message/disposition-notification"
        body = (f"This is a MIME-encapsulated message.\n\n--{bnd}\nContent-Description: Notification\n"
                f"Content-Type: text/plain; charset=us-ascii\n\n{human}\n--{bnd}\nContent-Type: {st_ct}\n\n{status}\n"
                f"--{bnd}\nContent-Type: text/rfc822-headers\n\nFrom: Saksham Seva <{HELPDESK}>\nTo: someone\n"
                f"Subject: {orig_subject}\nDate: {when(i - 1)}\n\n--{bnd}--\n")
        h = {"Date": when(i), "From": f"{disp} <{frm}>" if disp else frm, "To": HELPDESK,
             "Message-ID": f"<{hashlib.sha1(name.encode()).hexdigest()[:24]}@{frm.split('@')[1]}>", "Subject": subject}
        if extra:
            h.update(extra)
        head = [f"Return-Path: <>", f"Delivered-To: {HELPDESK}"] + [f"{k}: {v}" for k, v in h.items()]
        head += ["MIME-Version: 1.0", f'Content-Type: multipart/report; report-type={rtype};\n\tboundary="{bnd}"']
        raw = ("\n".join(head) + "\n\n" + body).encode()
        return name, raw, []

    case(report("auto-postfix-bounce", "MAILER-DAEMON@mx.icegate.gov.in", "Mail Delivery System",
                "Undelivered Mail Returned to Sender",
                "This is the mail system at host mx.icegate.gov.in.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<old.inspector@yahoo.co.in>: host mta5.am0.yahoodns.net said: 554 delivery error:\n    dd This user doesn't have a yahoo.co.in account\n",
                "Reporting-MTA: dns; mx.icegate.gov.in\n\nFinal-Recipient: rfc822; old.inspector@yahoo.co.in\nAction: failed\nStatus: 5.0.0\n",
                extra={"Auto-Submitted": "auto-replied"}),
         "automated", "unknown", "Postfix bounce (multipart/report, MAILER-DAEMON)")

    case(report("auto-exchange-ndr", "postmaster@outlook.com", None, "Undeliverable: Case reference SS-2025-1107",
                "Delivery has failed to these recipients or groups:\n\nsunita.k1990@outlook.com\nThe email address you entered couldn't be found.\n",
                "Reporting-MTA: dns;AM7PR02MB1234.eurprd02.prod.outlook.com\n\nFinal-Recipient: rfc822;sunita.k1990@outlook.com\nAction: failed\nStatus: 5.1.10\n"),
         "automated", "unknown", "Exchange Online NDR from postmaster@outlook.com")

    case(report("auto-gmail-bounce", "mailer-daemon@googlemail.com", "Mail Delivery Subsystem", "Delivery Status Notification (Failure)",
                "Address not found\n\nYour message wasn't delivered to rk.insp.1988@gmail.com because the address couldn't be found.\n",
                "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; rk.insp.1988@gmail.com\nAction: failed\nStatus: 5.1.1\n"),
         "automated", "unknown", "Gmail bounce")

    case(mk("auto-rediff-plain-bounce", "MAILER-DAEMON@rediffmail.com", None, "failure notice", """
Hi. This is the qmail-send program at rediffmail.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<insp_old_id@rediffmail.com>:
Sorry, no mailbox here by that name. (#5.1.1)
""", plain_only=True, cte="7bit", ar=""),
         "automated", "unknown", "qmail plain-text bounce: the MAILER-DAEMON sender alone makes it automated")

    case(report("auto-zimbra-delay", "postmaster@icegate.gov.in", "Postmaster", "Delayed Mail (still being retried)",
                "This is the mail system at host mx.icegate.gov.in.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n",
                "Reporting-MTA: dns; mx.icegate.gov.in\n\nFinal-Recipient: rfc822; cgst.div2@kerala.gov.in\nAction: delayed\nStatus: 4.4.1\n",
                extra={"Auto-Submitted": "auto-generated"}),
         "automated", "unknown", "delay notice (multipart/report, Action: delayed)")

    case(mk("auto-ooo-zimbra-english", "venkatesh.iyer@icegate.gov.in", "Venkatesh Iyer", "Out of Office: Re: Case SS-2025-1188", """
I am on leave from 17.11.2025 to 28.11.2025 with limited access to mail. For urgent matters please contact
the office.
""", extra={"Auto-Submitted": "auto-replied (zimbra; vacation)"}),
         "automated", "unknown", "Zimbra vacation reply from an officer's ICEGATE ID")

    case(mk("auto-ooo-hindi", "sunita.devi@icegate.gov.in", "सुनीता देवी", "स्वचालित उत्तर: कार्यालय से बाहर", """
मैं दिनांक २०.११.२०२५ तक अवकाश पर हूँ। आपका ई-मेल मेरे लौटने पर देखा जाएगा।
I am on leave till 20.11.2025.
""", cte="b64", extra={"Auto-Submitted": "auto-replied"}),
         "automated", "unknown", "Hindi out-of-office reply (Auto-Submitted: auto-replied)")

    case(mk("auto-ooo-outlook", "amit.saxena@icegate.gov.in", "Amit Saxena", "Automatic reply: Case SS-2025-1203", """
Thank you for your mail. I am attending training at NACIN till 05.12.2025 and will respond on return.
""", client="outlook", extra={"Auto-Submitted": "auto-generated"}),
         "automated", "unknown", "Outlook automatic reply (Auto-Submitted: auto-generated)")

    case(mk("auto-gmail-vacation", "kiran.bedi.insp@gmail.com", "Kiran", "Re: SS-2025-1221", """
I am travelling and will reply after 1st December.
""", client="gmail", extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),
         "automated", "unknown", "Gmail vacation responder")

    case(mk("auto-precedence-junk-vacation", "old.vacation.user@gov.in", None, "away", """
I am away from office. Your mail has been received.
""", client="nic", extra={"Precedence": "junk"}),
         "automated", "unknown", "an old vacation program that only sets 'Precedence: junk'")

    case(report("auto-read-receipt-zimbra", "bhavna.shah@icegate.gov.in", "Bhavna Shah", "Read-Receipt: SS-2025-1250",
                "This is a receipt for the mail you sent to bhavna.shah@icegate.gov.in. It was displayed on the recipient's screen.\n",
                "Reporting-UA: icegate.gov.in; Zimbra\nFinal-Recipient: rfc822; bhavna.shah@icegate.gov.in\nOriginal-Message-ID: <ss1250@icegate.gov.in>\nDisposition: manual-action/MDN-sent-manually; displayed\n",
                rtype="disposition-notification"),
         "automated", "unknown", "read receipt from an officer's ICEGATE ID (multipart/report disposition-notification)")

    case(report("auto-read-receipt-outlook", "girish.n@icegate.gov.in", "Girish N", "Read: Case reference SS-2025-1266",
                "Your message\n\n  To: Girish N\n  Subject: Case reference SS-2025-1266\n\nwas read on 24-11-2025 10:02 AM.\n",
                "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;girish.n@icegate.gov.in\nDisposition: manual-action/MDN-sent-manually; displayed\n",
                rtype="disposition-notification", extra={"X-Auto-Response-Suppress": "All"}),
         "automated", "unknown", "Outlook read receipt")

    case(mk("auto-noreply-icegate-maintenance", "noreply@icegate.gov.in", "ICEGATE", "Scheduled maintenance on Sunday", """
Dear User,
ICEGATE services will be unavailable on Sunday 30.11.2025 from 02:00 to 06:00 hrs due to scheduled maintenance.
This is a system generated mail. Please do not reply.
"""),
         "automated", "unknown", "maintenance notice from noreply@icegate.gov.in (no other automated marker)")

    case(mk("auto-do-not-reply-cbic", "do-not-reply@cbic.gov.in", "CBIC", "CBIC e-Newsletter November 2025", """
Dear Officer, the November 2025 edition of the CBIC e-Newsletter is now available on the CBIC website.
"""),
         "automated", "unknown", "newsletter from do-not-reply@cbic.gov.in")

    case(mk("auto-donotreply-nic-vpn", "donotreply@nic.in", "NIC", "VPN maintenance window", """
NIC VPN services will be under maintenance on 29.11.2025 between 22:00 and 23:59 hrs.
""", client="nic"),
         "automated", "unknown", "donotreply@nic.in notice")

    case(mk("auto-list-eccs-advisory", "systems.wzumumbai@gov.in", "ADG Systems WZU", "Advisory: ECCS password expiry", """
Advisory No. 10/SYS/WZU/2025

All users of the Express Cargo Clearance System (ECCS) application are requested to reset their ECCS
passwords after logging in once the expiry takes effect. In case of any issues contact the ECCS Helpdesk.
""", client="nic", extra={"List-Id": "CBIC Systems Advisories <advisories.cbic-systems.gov.in>", "Precedence": "list",
                          "List-Unsubscribe": "<mailto:advisories-leave@gov.in>"}),
         "automated", "eccs", "ECCS advisory arriving through a mailing list: automated, but its own content is ECCS")

    case(mk("auto-list-hindi-pakhwada", "hindicell@cbic.gov.in", "Hindi Cell CBIC", "हिन्दी पखवाड़ा समारोह", """
सभी अधिकारियों को सूचित किया जाता है कि हिन्दी पखवाड़ा समारोह दिनांक १४.०९.२०२५ से आयोजित किया जाएगा।
""", cte="b64", extra={"List-Id": "<all-officers.cbic.gov.in>"}),
         "automated", "unknown", "list mail (List-Id) about an office function")

    case(mk("auto-precedence-bulk-bulletin", "bulletin@nacin.gov.in", "NACIN Bulletin", "NACIN Training Calendar 2026", """
The training calendar of NACIN for 2026 is available on the portal. Nominations may be sent by 31.12.2025.
""", extra={"Precedence": "bulk"}),
         "automated", "unknown", "'Precedence: bulk' bulletin")

    case(mk("auto-sysmgr-ooo", "sysmgr.kolkata@icegate.gov.in", "System Manager Kolkata", "Auto: Re: SS-2025-1301", """
The System Manager is on leave. Please write to the Alternate System Manager for urgent matters.
""", extra={"Auto-Submitted": "auto-replied"}),
         "automated", "unknown", "out-of-office from a System Manager's generic mailbox: automated wins over generic")

    case(mk("auto-noreply-icegate-iec-registration", "no-reply@icegate.gov.in", "ICEGATE Registration",
            "ICEGATE Registration: IEC 0516099999 - registration successful", """
Dear User,
Your registration on the ICEGATE portal for IEC 0516099999 has been completed successfully. You may now
log in to the ICEGATE portal with your registered user ID.
This is an auto-generated mail. Please do not reply.
"""),
         "automated", "trade_portal", "ICEGATE portal IEC registration notice from no-reply: automated, type read from its own content")

    case(mk("auto-aces-alerts-generated", "aces.alerts@icegate.gov.in", "ACES Alerts", "Daily pending ticket summary", """
Pending tickets as on 26.11.2025: 14. This report is generated automatically.
""", extra={"Auto-Submitted": "auto-generated"}),
         "automated", "unknown", "a system report with Auto-Submitted: auto-generated")


def b_extra():
    # ---------------------------------------------------------------- more of the same traffic
    t = TPL(rows(off("Manoj", "Bhatt", 9412013501, "manojbhatt.ddn@gmail.com", office="CGST Dehradun", loc=""),
                 off("Kamini", "Rawat", 9412013502, "kaminirawat.95@gmail.com", office="CGST Dehradun", loc="Haridwar")),
            colors={"location": "FFC00000"})
    case(mk("creation-red-location-empty", "sysmgr.dehradun@icegate.gov.in", "System Manager Dehradun",
            "SSO ID creation - 2 Inspectors", """
Sir,
PFA template and service books for creation of SSO IDs.
--
Pankaj Negi
Superintendent (Systems), CGST Dehradun
pankaj.negi@icegate.gov.in
Mob: 9412013509
""", [t, SBP("SB Manoj.pdf", "MANOJ BHATT"), SBP("SB Kamini.pdf", "KAMINI RAWAT")]),
         "generic", "sso_creation", "this Commissionerate's template marks Location in dark red (C00000): row 4's empty Location is a missing mandatory cell; signature after a '-- ' line",
         sig=FULL, errors=[(4, "location", "missing_mandatory")])

    t = TPL(rows(off("Suraj", "Thapa", 9434013511, "surajthapa.slg@gmail.com", office="Customs Siliguri", loc=""),
                 off("Pema", "Bhutia", 9434013512, "pema.bhutia@gmail.com", office="Customs Siliguri")), all_black=True)
    case(mk("creation-all-black-empty-location-ok", "prabir.saha@icegate.gov.in", "Prabir Saha",
            "Creation of SSO ID - Customs Siliguri", """
Sir,
The SSO ID creation template (re-typed, as the original format was not opening) and service books of two
Inspectors are attached.
Prabir Saha, Assistant Commissioner, Customs Division Siliguri
""", [t, SBP("Service Book Suraj.pdf", "SURAJ THAPA"), SBP("Service Book Pema.pdf", "PEMA BHUTIA")]),
         "icegate", "sso_creation", "all headers black, so the default mandatory columns apply: empty Location and Employee ID are fine")

    t = TPL(rows(off("Aman", "Sethi", 9815013521, "amansethi.2009@gmail.com", dob=D(2009, 1, 1), office="CGST Amritsar"),
                 off("Bhavna", "Arora", 9815013522, "bhavna.arora94@gmail.com", dob="15/13/1994", office="CGST Amritsar"),
                 off("Charan", "R K", 9815013523, "charan.rk@gmail.com", office="CGST Amritsar"),
                 off("A.", "Walia", 9815013524, "a.walia.96@gmail.com", office="CGST Amritsar"),
                 off("Deepa", "Gill", 9815013525, "deepagill.asr@gmail.com", middle="K.", office="CGST Amritsar")),
            blank_before=1, extra_sheet=True)
    case(mk("creation-mixed-errors-blank-row", "acladmin.amritsar@icegate.gov.in", "ACL Admin Amritsar",
            "SSO ID creation 5 officers", """
Sir,
PFA consolidated template and service books of 5 officers for SSO ID creation.
Regards,
Harjit Singh | Superintendent (ACL Admin) | CGST Amritsar | harjit.singh@icegate.gov.in | 0183-2220011
""", [t] + [SBP(f"SB_{n}.pdf", n.upper()) for n in ("Aman", "Bhavna", "Charan", "Walia", "Deepa")]),
         "generic", "sso_creation", "header on row 4 (two title rows and a blank row), an Instructions sheet after: row 5 joined at 16, row 6 DOB month 13, row 7 surname 'R K', row 8 first name 'A.'; row 9's middle initial 'K.' is fine",
         sig=FULL, errors=[(5, "date_of_joining", "invalid_date"), (6, "date_of_birth", "invalid_date"),
                           (7, "last_name", "initials_in_name"), (8, "first_name", "initials_in_name")])

    t = TPL(rows(off("Varun", "Malik", 9896013531, "varunmalik.pkl@gmail.com", office="CGST Panchkula")))
    case(mk("creation-biodata-name-content", "sunita.chahal@icegate.gov.in", "Sunita Chahal",
            "Creation of SSO ID - Varun Malik", """
Madam,
The template and the bio-data page of the Inspector are attached for creation of SSO ID.
Sunita Chahal
Superintendent (Systems)
""", [t, DOC("Biodata_page.pdf", "service_book", kit.SB + ["1. Name in full VARUN MALIK"])]),
         "icegate", "sso_creation", "'Biodata_page.pdf' is told a service book by its text layer")

    t = TPL(rows(off("Nandini", "Iyengar", 9845013541, "nandini.iyengar@gmail.com", office="CGST Bengaluru West")),
            name="एसएसओ टेम्पलेट.xlsx", style="2231")
    case(mk("creation-rfc2231-devanagari-template-name", "venkatesh.murthy@icegate.gov.in", "Venkatesh Murthy",
            "SSO ID creation", """
Sir, template and service book attached.
Venkatesh Murthy, Deputy Commissioner, CGST Bengaluru West
""", [t, A(kit.sb_pdf("NANDINI IYENGAR", "1/1/1995", "15/9/2025"), PDF, "Service Book Nandini.pdf", "service_book")]),
         "icegate", "sso_creation", "template with a Devanagari RFC 2231 file name")

    sb = SBP("Service_Book_Hari.pdf", "HARI OM")
    sb_part = kit.att(sb.data, PDF, sb.filename, fn_in_cd=False)
    tpl = TPL(rows(off("Hari", "Om", 9450013551, "hariom.insp@gmail.com", office="CGST Ghaziabad")))

    class _P(A):
        def part(self):
            return sb_part
    case(mk("creation-name-only-in-content-type", "amit.tyagi@icegate.gov.in", "Amit Tyagi",
            "SSO ID creation - Hari Om", """
Sir, SSO ID of Sh. Hari Om, Inspector may be created. Template and SB attached.
Amit Tyagi, Supdt.
""", [tpl, _P(sb.data, PDF, sb.filename, "service_book")]),
         "icegate", "sso_creation", "the service book's name is only in Content-Type's name= (no Content-Disposition)")

    case(mk("reset-reply-to-gmail-complete", "neha.gupta@icegate.gov.in", "Neha Gupta",
            "Password reset – urgent", """
Sir,
Please reset my SSO ID password.
SSO ID: NG4402
Neha Gupta
Inspector, CGST Meerut
Mobile No: 98370-13561
""", extra={"Reply-To": "nehagupta.mrt@gmail.com"}),
         "icegate", "password_reset", "an officer's ICEGATE ID with a personal Reply-To (Reply-To never changes the sender); Q-encoded dash in the subject",
         have=FOUR)

    case(mk("reset-generic-bilingual-full", "sysmgr.jaipur@icegate.gov.in", "सिस्टम मैनेजर जयपुर",
            "Reset of SSO ID password / पासवर्ड रीसेट", """
महोदय / Sir,

निम्नलिखित अधिकारी का पासवर्ड रीसेट करने का कष्ट करें / Kindly reset the password of:
Name: Kailash Chand Sharma
Designation: Superintendent
SSO ID: KS3117
Mobile: 9414013571

भवदीय / Yours faithfully,
(सुरेश मीणा / SURESH MEENA)
अधीक्षक (प्रणाली) / Superintendent (Systems)
केन्द्रीय जीएसटी जयपुर / CGST Jaipur
suresh.meena@icegate.gov.in
मो. / Mob. 9414013579
""" + NIC_DISC, cte="b64"),
         "generic", "password_reset", "System Manager's bilingual mail with a Hindi/English signature", have=FOUR, sig=FULL)

    case(mk("reset-nic-generic-full-signature", "cgst-div1.rjt@gov.in", "Division-I Rajkot",
            "Password reset of SSO ID", """
Sir,
Kindly reset the SSO ID password of Sh. Jignesh Mehta, Inspector. SSO ID: JM5518, Mobile: 9825013581.
Regards,
Paresh Joshi
Superintendent, Division-I, CGST Rajkot
paresh.joshi@icegate.gov.in
0281-2451234
""", client="nic"),
         "generic", "password_reset", "a Division's gov.in mailbox with a full signature: only the ICEGATE sender is missing",
         have=FOUR, sig=FULL)

    case(mk("reset-mailbox-inactive-qp-long", "chandrakant.patil@icegate.gov.in", "Chandrakant Patil",
            "ICEGATE mailbox inactive - activation", """
Respected Sir/Madam, it is submitted that my ICEGATE mailbox and SSO ID have become inactive as I did not log in for more than ninety days while I was posted on deputation to the Directorate; it is therefore requested to kindly activate the same at the earliest for favour of necessary action, as I am unable to access ACES and my official mail.
SSO ID: CP2207
Chandrakant Patil, Superintendent, CGST Kolhapur
Mob: +919850013591
"""),
         "icegate", "password_reset", "activation of an inactive mailbox and SSO ID in one long quoted-printable line", have=FOUR)

    case(mk("status-hindi-devanagari-date", "rekha.kumari.1990@gmail.com", "Rekha Kumari",
            "SSO ID ke bare mein", """
महोदय,
मैंने दिनांक ०१.०७.२०१८ को निरीक्षक (Inspector) के पद पर कार्यभार ग्रहण किया था। कृपया बताएं कि मेरे नाम से एसएसओ आईडी बनी है या नहीं।
Name: Rekha Kumari
Mobile: 9430013601
""", client="gmail", cte="b64"),
         "personal", "sso_status", "Hindi enquiry with a Devanagari-digit date, English labels for name and mobile", have=THREE)

    case(mk("status-generic-signature-no-phone", "cgst.range7.nashik@gmail.com", "Range VII Nashik",
            "Whether SSO ID exists - Inspector", """
Sir,
Kindly inform whether SSO ID exists for Sh. Akash Shinde, Inspector (Mob: 9822013611).
Regards,
Vilas Gaikwad
Superintendent, Range-VII, CGST Nashik
vilas.gaikwad@icegate.gov.in
""", client="gmail"),
         "generic", "sso_status", "Range office Gmail: the officer's mobile is in the body, but the signature has no number",
         have=THREE, sig=("name", "designation", "email"))

    inner = kit.mail({"Date": "Wed, 19 Nov 2025 11:05:00 +0530", "From": "Rohit Kale <rohit.kale@icegate.gov.in>",
                      "To": "sysmgr.aurangabad@icegate.gov.in", "Message-ID": "<inner.map.1@icegate.gov.in>",
                      "Subject": "Mapping after joining"},
                     kit.multi("mixed", [kit.text("Sir, I joined on transfer. Please get my roles mapped.\nRohit Kale, Inspector\n", "plain", "qp"),
                                         DOC("Transfer Order.pdf", "transfer_order", TRANSFER_TXT).part(),
                                         DOC("Posting Order.pdf", "posting_order", POSTING_TXT).part(),
                                         DOC("Charge Report.pdf", "charge_report", CHARGE_TXT).part()], "innermap1"),
                     ar="", from_addr=None)
    case(mk("mapping-sysmgr-forward-rfc822", "sysmgr.aurangabad@icegate.gov.in", "System Manager Aurangabad",
            "Fw: Mapping after joining", """
Sir,
Forwarded for mapping of the officer in ACES please.
Regards,
Sandeep Deshmukh
Superintendent (Systems), CGST Aurangabad
sandeep.deshmukh@icegate.gov.in
Mob. 9822013629
""", [], fwd_rfc822=inner),
         "generic", "role_mapping", "the officer's mail with all three papers forwarded as message/rfc822", sig=FULL,
         kinds=["transfer_order", "posting_order", "charge_report"])

    case(mk("mapping-assumption-of-charge-scan", "farooq.ahmed@icegate.gov.in", "Farooq Ahmed",
            "ACES-GST mapping", """
Sir,
Consequent upon transfer I have assumed charge in CGST Srinagar. Kindly map me in ACES-GST BO.
Farooq Ahmed, Inspector
""", [SCAN("Transfer Order No 41.pdf", "transfer_order"), SCAN("Local posting order.pdf", "posting_order"),
      SCAN("Assumption of charge.pdf", "charge_report")]),
         "icegate", "role_mapping", "image-only scans; 'Assumption of charge.pdf' is the charge report by its name")

    case(mk("promotion-generic-no-email", "sysmgr.goa@icegate.gov.in", "System Manager Goa",
            "Designation updation on promotion", """
Sir,
Promotion order and service book first page of Sh. Sanjay Naik, promoted as Superintendent, are attached.
Regards,
Mario D'Souza
Appraiser & System Manager, Custom House Goa
Mob. 9822013639
""", [DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT), SBP("SB first page Sanjay.pdf", "SANJAY NAIK")]),
         "generic", "designation_update", "System Manager's signature without an individual e-mail ID", sig=("name", "designation", "phone"))

    inner = kit.mail({"Date": "Thu, 20 Nov 2025 15:45:00 +0530", "From": "Lalit Joshi <lalit.joshi@icegate.gov.in>",
                      "To": "sysmgr.udaipur@icegate.gov.in", "Message-ID": "<inner.promo.1@icegate.gov.in>",
                      "Subject": "Promotion - designation"},
                     kit.multi("mixed", [kit.text("Sir, I have been promoted. Promotion order attached.\nLalit Joshi\n", "plain", "qp"),
                                         DOC("Promotion Order.pdf", "promotion_order", PROMO_TXT).part()], "innerpromo1"),
                     ar="", from_addr=None)
    case(mk("promotion-forward-rfc822-no-sb", "sysmgr.udaipur@icegate.gov.in", "System Manager Udaipur",
            "Fw: Promotion - designation", """
Sir, forwarded for updation of designation.
Regards,
Dinesh Paliwal, Superintendent (Systems), CGST Udaipur, dinesh.paliwal@icegate.gov.in, 0294-2410011
""", [], fwd_rfc822=inner),
         "generic", "designation_update", "forwarded message/rfc822 carries the promotion order only", sig=FULL,
         kinds=["promotion_order"])

    case(mk("eccs-hinglish-outlook", "sheetal.kapoor@icegate.gov.in", "Sheetal Kapoor",
            "ECCS password", """
Sir,
ECCS mein password expire ho gaya hai aur reset option kaam nahi kar raha. Courier bills pending hain. Please help.
Sheetal Kapoor
Examiner, Courier Cell, IGI Airport
""", client="outlook"),
         "icegate", "eccs", "Hinglish ECCS mail via Outlook")

    case(mk("trade-portal-cb-rediff", "agarwal.forwarders@rediffmail.com", "Agarwal Forwarders",
            "ICEGATE login issue", """
sir, our icegate portal user id (customs broker) is locked after wrong password. our IEC is 0599012345.
kindly unlock.
Regards
Ramesh Agarwal
Partner
""", client="rediff"),
         "personal", "trade_portal", "a customs broker's ICEGATE portal ID locked (Rediffmail, the partner's own mailbox name)")

    case(mk("unknown-printer-generic-full", "computercell.nagpur@icegate.gov.in", "Computer Cell Nagpur",
            "Requirement of toner cartridges", """
Sir,
The toner cartridges supplied for the ACES terminals are exhausted. Kindly arrange supply.
Regards,
Anil Wankhede
Superintendent (Computer Cell), CGST Nagpur
anil.wankhede@icegate.gov.in
0712-2541299
"""),
         "generic", "unknown", "a Computer Cell's stores request, nothing the helpdesk handles", sig=FULL)

    case(mk("auto-ooo-hinglish-zimbra", "mukesh.verma@icegate.gov.in", "Mukesh Verma", "Auto Reply: Re: SS-2025-1402", """
Main 01.12.2025 tak chhutti par hoon. Urgent kaam ke liye office se sampark karein.
""", extra={"Auto-Submitted": "auto-replied"}),
         "automated", "unknown", "Hinglish out-of-office reply")

    case(mk("auto-noreply-icegate-sso-notice", "noreply@icegate.gov.in", "ICEGATE Mail", "Mailbox storage notice", """
Dear User, your mailbox has reached 90% of its storage limit. Please delete old mails.
This is a system generated message.
"""),
         "automated", "unknown", "mailbox storage notice from noreply@icegate.gov.in")


def build():
    b_creation()
    b_reset()
    b_status()
    b_mapping()
    b_promotion()
    b_redirect_unknown()
    b_automated()
    b_extra()



README = """# corpus9: messy real-world officer mail

Generated by `make.py` (run it with `.venv/bin/python make.py`; two runs write identical bytes:
fixed dates, Message-IDs, MIME boundaries and xlsx/pdf metadata). The MIME, xlsx and pdf builders are
loaded from `../corpus2/make.py`; nothing else is shared with the other corpora. Every expected verdict was
derived by hand from `../shared/spec/triage.md`, `template.md`, `domain.md` and the circulars in
`../shared/seeds/`, written blind (without reading maild's code or rules, or the other corpora's mails).
Each case in `make.py` states the facts of its mail (sender kind, request type, which details and
signature fields the sender's own text carries, the kind of every attachment, template errors, review
reasons) and `verdict()` applies the contract's tables to those facts.

@@COUNTS@@

## What it covers

Mail as it really reaches saksham.seva@icegate.gov.in, in roughly the proportions of real traffic:
many creation, reset, mapping, promotion and status mails, fewer ECCS, trade-portal and unknown ones,
and about 13% automated mail. About a third of the mails carry one change that moves the verdict
(a missing service book, a generic signature without a number or an individual e-mail, a personal
address for a reset, a template error, an SSO ID only in the quoted part...).

- Writing: Indian officialese ("Respected Sir/Madam", "It is requested to kindly...", "I am directed to
  forward herewith...", "The undersigned has joined...", "PFA", "as desired", "for favour of necessary
  action"), all-caps mails, unpunctuated lower-case one-liners, typos ("pasword", "pwd", "SSOID",
  "Sso Id", "sso-id", "icegate mail id", "e mail id"), Hinglish ("Mera SSO ID ka password bhool gaya
  hun, kripya reset kar dijiye"), Hindi mails (base64 UTF-8) with Devanagari digits in dates, bilingual
  mails.
- Signatures: name/designation/office lines, "(R. K. SINHA)" after "Sd/-", one-line signatures with
  pipes or commas, bilingual Hindi/English lines, signatures in an HTML table of an HTML-only mail, a
  name alone, no signature; mobiles as +91-94440-12399, 098450 12891, "M:", "Mob.", "Cell"; landlines
  with STD codes.
- Clients: Zimbra (ICEGATE and NIC), Outlook (CRLF, "-----Original Message-----" and "From: Sent: To:
  Subject:" blocks, inline logo image001.png, X-Auto-Response-Suppress), Gmail web and app,
  "Sent from my Android/iPhone", Rediffmail, Yahoo, outlook.com; quoted-printable, base64 and 7bit
  bodies; CBIC and NIC disclaimers (English and Hindi) after the signature; requests on top of quoted
  threads about something else; inline forwards and a message/rfc822 forward.
- Senders: individual ICEGATE IDs (firstname.lastname, initials+digits), generic ICEGATE mailboxes
  (sysmgr.*, commr-cus-*, acladmin.*, dc-establishment.*, edi.*, cus-appraising.*, adg.systems,
  computercell.*, division*, courier*), nic.in/gov.in office mailboxes, office Gmail addresses,
  personal Gmail/Yahoo/Rediffmail/outlook.com/iCloud, individual gov.in/nic.in addresses; spoofed and
  mis-authenticated ICEGATE senders; a display name showing an ICEGATE address.
- Attachments: creation templates (clean; each of initials_in_name, invalid_date, invalid_mobile,
  invalid_email, generic_alt_email, duplicate_mobile, duplicate_alt_email, missing_mandatory,
  unreadable; a header on row 1; named Annexure-A.xlsx / new officers.xlsx), service books as text PDFs,
  image-only PDFs and JPEGs ("SB.pdf", "service_book_page.pdf", "SB_Rakesh.jpg", "Scan_0012.pdf" with a
  text layer, a Devanagari file name), promotion/transfer/posting orders and charge/relieving/joining
  reports by name or by text layer ("EO_87_2025.pdf", "GTO_...", "LPO_...", "scan001.pdf"), a JC's
  certificate, phone photos "IMG_2025....jpg", an APAR, office notes.
- Robots: Postfix, Exchange, Gmail and qmail bounces, a delay notice, out-of-office replies in English
  and Hindi (Zimbra, Outlook, Gmail, an old 'Precedence: junk' one, one from a System Manager's generic
  mailbox), read receipts (Zimbra, Outlook), noreply/no-reply/do-not-reply/donotreply notices, List-Id
  and 'Precedence: list/bulk' mail (one an ECCS advisory).

## Readings of the contract

Where the contract needed interpreting, this corpus reads it as follows.

1. "SB" in a file name ("SB_Rakesh.jpg", "SB_Srikanth.pdf") is the service book: officers and the circulars'
   offices abbreviate it so universally that it is the file's name saying what it is. Most "SB" PDFs also
   carry a service-book text layer; "SB_Rakesh.jpg" (005) relies on the name alone.
2. A reminder that carries no files (025) is judged on its own, as `maild triage` judges each file:
   template and service_book are missing (the daemon, knowing the case, would count the earlier mail's).
3. A landline in a generic mailbox's signature is its contact number (signature_phone satisfied) but
   never a mobile (001, 020, 033, 042, 069).
4. A name stated in running text counts in lower case too ("...my name is ramesh yadav mob ...", 038, 077),
   as does "The undersigned, S. Balakrishnan, Superintendent..." (067).
5. The closing lines at the end of the sender's own text are the signature block even without a
   "Regards" word (a bare "Sanjay Kumar" line before "Sent from my Android phone", 048; "B. Srinivasulu /
   Superintendent..." 044), and a signature flattened onto the "Regards," line still holds its name
   (062). A first name alone ("Rajesh", 036; "Mahendra Singh", 097) is a name. "PFA" alone (008) is not a
   signature and not a name; "Dhanyavaad", "Shukriya", "सधन्यवाद" are closings.
6. The officer's details labelled in the body of a generic mailbox's mail satisfy the request's
   `name`/`designation`/`mobile`/`sso_id`, but never the sender's signature fields (052, 053, 074).
7. The sender's own address written in the text is not an SSO ID or alternate e-mail (043); a personal
   alternate e-mail written by the officer is (044, 050). The SSO ID and alternate e-mail inside a quoted
   helpdesk mail do not count (045, 060).
8. A firm's shared address on Gmail ("accounts.<firm>@gmail.com", 124) is a role mailbox, so the generic
   signature codes apply even to a trade-portal redirect; a courier manager's own Gmail (119) is personal.
9. A relieving report is a `charge_report` ("assumption of charge, relief or joining report"). Phone photos
   named "IMG_2025....jpg" are `other` (neither name nor image content tells the kind), so a mapping
   request with only such photos misses all three papers (098). An APAR is `other` (113).
10. A no-reply ICEGATE notice about a trader's IEC registration (152) is automated and, read from its own
    content, `trade_portal`; an ECCS advisory through a list (148) is `eccs`. Bounces, receipts and
    out-of-office mails here carry neutral content, so they are `unknown`.
11. An ECCS mail that fails DMARC (123) is a redirect: `redirect` precedes `review`.
12. Replies on top of quoted threads carry a subject matching the new request, so the "a follow-up keeps
    the thread's request type" rule and the mail's own text never disagree here.
13. `Precedence: junk` alone (142) makes a mail automated, as `bulk`/`list` do (the contract names
    bulk/junk/list).

Left out as genuinely ambiguous: a mobile written only in Devanagari digits; a mail with two From
addresses (which one is the sender kind?); a certification letter sent together with the service book;
a "thank you" in a request thread; a reply whose thread subject names one request type and whose text
asks another; Hindi-only designations with no English word where the designation is the deciding fact.
"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    rows = []
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}"
                    + (f"; missing {', '.join(e['missing'])}" if e['missing'] else "")
                    + (f"; {len(e['template_errors'])} template error(s)" if e['template_errors'] else "") + ") |")
    from collections import Counter
    by_rt = Counter(e["request_type"] for _, _, e, _ in CASES)
    by_kind = Counter(e["sender_kind"] for _, _, e, _ in CASES)
    by_action = Counter(e["action"] for _, _, e, _ in CASES)
    fmt = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    counts = (f"{len(CASES)} mails. Request types: {fmt(by_rt)}. Sender kinds: {fmt(by_kind)}. "
              f"Actions: {fmt(by_action)}.")
    (HERE / "README.md").write_text(README.replace("@@COUNTS@@", counts) + "\n## The cases\n\n"
                                    + "| file | intent | expected |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n",
                                    encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
