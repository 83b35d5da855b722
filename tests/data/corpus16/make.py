#!/usr/bin/env python3
"""corpus16: formal office letters and long mails to the Saksham Seva helpdesk.

Written blind: every expected verdict is derived by hand from ../shared/domain.md,
the circulars in ../shared/seeds and ../shared/spec/{triage,template}.md.
The MIME / PDF / xlsx builders are corpus2's (loaded with importlib, not copied).
Deterministic: two runs write identical bytes.  Run with the project's .venv python.
"""
from __future__ import annotations

import datetime as dt
import email.utils
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
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
text, multi, att, alt, addr = kit.text, kit.multi, kit.att, kit.alt, kit.addr
FIXED = (2025, 11, 1, 9, 0, 0)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


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


FIRST = ["Priyanka", "Arjun", "Meenakshi", "Rohit", "Sana", "Vikram", "Deepa", "Naveen", "Lalitha", "Harpreet",
         "Sourav", "Anjali", "Mohammed", "Keerthana", "Rahul", "Sneha", "Abhishek", "Farzana", "Gaurav", "Ishita",
         "Jagdish", "Kavya", "Manoj", "Nandini", "Omkar", "Pallavi", "Rakesh", "Shalini", "Tarun", "Usha"]
LAST = ["Nair", "Mehta", "Sundaram", "Chauhan", "Qureshi", "Rathore", "Pillai", "Kulkarni", "Reddy", "Gill",
        "Banerjee", "Tiwari", "Ansari", "Rajan", "Saxena", "Joshi", "Mishra", "Khatun", "Bhatia", "Sen",
        "Patel", "Menon", "Yadav", "Iyer", "Pawar", "Deshmukh", "Verma", "Dutta", "Bansal", "Rao"]


def officer(i, desig="Inspector", office="Custom House, Chennai"):
    f, l = FIRST[i % 30], LAST[(i * 7) % 30]
    dob = f"{1 + (i * 3) % 27:02d}/{1 + i % 12:02d}/{1990 + i % 8}"
    doj = f"{1 + (i * 5) % 27:02d}/{1 + (i * 2) % 9:02d}/2025"
    mob = f"9{(8123400 + i * 1371) % 10000000:07d}{i % 10}{(i * 3) % 10}"
    alt_mail = f"{f.lower()}.{l.lower()}{90 + i % 9}@gmail.com"
    return {"first": f, "last": l, "name": f"{f} {l}", "desig": desig, "dob": dob, "doj": doj, "mobile": mob,
            "alt": alt_mail, "office": office, "sso": f"{l[:2].upper()}{40000 + i * 37}"}


def row(n, o, **over):
    r = {"serial": n, "first": o["first"], "middle": "", "last": o["last"], "desig": o["desig"], "dob": o["dob"],
         "doj": o["doj"], "mobile": o["mobile"], "alt": o["alt"], "office": o["office"], "loc": "Chennai",
         "emp": ""}
    r.update(over)
    return [r["serial"], r["first"], r["middle"], r["last"], r["desig"], r["dob"], r["doj"], r["mobile"], r["alt"],
            r["office"], r["loc"], r["emp"]]


def template(rows, **kw):
    return repack(kit.make_xlsx(rows, **kw))


def pdf(lines):
    return kit.make_pdf(lines)


def sb(o):
    return kit.sb_pdf(o["name"], o["dob"], o["doj"])


# attachment constructors: each returns (mime part, expected kind)
def A_template(rows, fn="SSO_ID_creation_template.xlsx", **kw):
    return att(template(rows, **kw), XLSX, fn), "template"


def A_sb(o, fn=None, as_jpg=False, tag=0):
    if as_jpg:
        return att(kit.jpeg(tag), JPG, fn or f"Service Book {o['name']}.jpg"), "service_book"
    return att(sb(o), PDF, fn or f"Service_Book_{o['first']}_{o['last']}.pdf"), "service_book"


def A_doc(kind, fn, lines, ctype=PDF):
    return att(pdf(lines) if ctype == PDF else kit.jpeg(len(fn)), ctype, fn), kind


def A_promo(n, names):
    return A_doc("promotion_order", f"Promotion_Order_No_{n}_2025.pdf",
                 ["GOVERNMENT OF INDIA", f"ESTABLISHMENT ORDER No. {n}/2025 (PROMOTION)",
                  "The following officers are promoted to the next higher grade with immediate effect:"] + names)


def A_transfer(n, names):
    return A_doc("transfer_order", f"Transfer_Order_No_{n}_2025.pdf",
                 ["GOVERNMENT OF INDIA", f"TRANSFER ORDER No. {n}/2025",
                  "The following officers are transferred and posted as under:"] + names)


def A_posting(n, names):
    return A_doc("posting_order", f"Local_Posting_Order_No_{n}_2025.pdf",
                 ["OFFICE ORDER - LOCAL POSTING", f"Office Order No. {n}/2025",
                  "On joining, the following officers are posted locally as under:"] + names)


def A_charge(o):
    return A_doc("charge_report", f"Charge_Report_{o['first']}_{o['last']}.pdf",
                 ["ASSUMPTION OF CHARGE REPORT", f"I, {o['name']}, {o['desig']}, have assumed charge",
                  "in the forenoon of the date below."])


def A_cert(o):
    return A_doc("certification_letter", f"Certificate_by_Joint_Commissioner_{o['first']}_{o['last']}.pdf",
                 ["OFFICE OF THE COMMISSIONER", "CERTIFICATE",
                  f"Certified that the name, date of birth and date of joining of {o['name']}",
                  f"are {o['name']}, {o['dob']} and {o['doj']} as per the records of this office.",
                  "(Joint Commissioner) - signed and sealed"])


def A_letter(fn, lines):
    return att(pdf(lines), PDF, fn), "other"


# ================================================================= text pieces

DISCLAIMER = ("\n________________________________________________________________\n"
              "DISCLAIMER: This e-mail and any files transmitted with it are intended solely for the\n"
              "addressee and may contain official information of the Central Board of Indirect Taxes\n"
              "and Customs. If you are not the intended recipient, please notify the sender and delete\n"
              "this e-mail. Any use, copying or forwarding of it is prohibited.\n")
ENV = "\nPlease consider the environment before printing this e-mail.\n"
NIC = ("\n________________________________\nThis e-mail is sent from the NIC e-mail service. NIC does not check the content of\n"
       "mails for official correctness.\n")

TO_ADG = ("To\nThe Additional Director General,\nDirectorate General of Systems & Data Management (Saksham Seva),\n"
          "New Delhi.")


def sig_lines(sig):
    """sig: dict with optional name, desig, office, tel, email (order kept)."""
    out = []
    if sig.get("name"):
        out.append(f"({sig['name']})")
    if sig.get("desig"):
        out.append(sig["desig"])
    if sig.get("office"):
        out.append(sig["office"])
    if sig.get("tel"):
        out.append(f"Tel: {sig['tel']}")
    if sig.get("email"):
        out.append(f"Email: {sig['email']}")
    return out


def letter(sub, paras, sig, *, head=None, fno=None, dated=None, ref=None, to=TO_ADG, salute="Madam/Sir,",
           encl=None, close="Yours faithfully,", copy=None, footer="", table=None, table_after=0, sigmark=True):
    parts = []
    if head:
        parts.append(head + "\n")
    if fno:
        parts.append(fno)
    if dated:
        parts.append(f"Dated: {dated}\n")
    if to:
        parts.append(to + "\n")
    parts.append(f"Sub: {sub}\n")
    if ref:
        parts.append(f"Ref: {ref}\n")
    parts.append(salute + "\n")
    for i, p in enumerate(paras, 1):
        parts.append(f"{i}. {p}\n" if len(paras) > 1 else p + "\n")
        if table and i == table_after:
            parts.append(table + "\n")
    if table and not table_after:
        parts.append(table + "\n")
    if encl:
        parts.append(f"Encl: {encl}\n")
    parts.append(close)
    if sigmark:
        parts.append("(Signature)")
    parts.extend(sig_lines(sig))
    out = "\n".join(parts) + "\n"
    if copy:
        out += "\nCopy to:\n" + "\n".join(f"{i}. {c}" for i, c in enumerate(copy, 1)) + "\n"
    return out + footer


def table(cols, rows):
    lines = [" | ".join(cols)]
    for r in rows:
        lines.append(" | ".join(str(x) for x in r))
    return "\n".join(lines)


def head(office, tel=None, mail=None):
    h = "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE, DEPARTMENT OF REVENUE\n" + office
    if tel:
        h += f"\nPhone: {tel}"
    if mail:
        h += f"   E-mail: {mail}"
    return h


# ================================================================= expectations

REQ_DOCS = {"sso_creation": ["template", "service_book"], "designation_update": ["promotion_order", "service_book"],
            "role_mapping": ["transfer_order", "posting_order", "charge_report"]}
REQ_DET = {"sso_status": ["name", "designation", "mobile"],
           "password_reset": ["name", "designation", "sso_id", "mobile"]}
ICE = {"sso_creation", "password_reset", "designation_update", "role_mapping"}
ALL = {"name", "designation", "sso_id", "mobile"}


def expect(kind, rt, kinds, frm, *, details=ALL, sig=None, review=False, errors=()):
    missing = []
    if kind != "automated":
        have = set(kinds)
        if "certification_letter" in have:
            have.add("service_book")
        missing += [d for d in REQ_DOCS.get(rt, []) if d not in have]
        missing += [d for d in REQ_DET.get(rt, []) if d not in details]
        if rt in ICE and not frm.lower().endswith("@icegate.gov.in"):
            missing.append("icegate_sender")
        if kind == "generic":
            sig = sig or {}
            for k, code in (("name", "name"), ("desig", "designation"), ("email", "email"), ("tel", "phone")):
                v = sig.get(k)
                if not v or (k == "email" and v.lower() == frm.lower()):
                    missing.append("signature_" + code)
    errs = sorted(({"row": r, "column": c, "code": k} for r, c, k in errors),
                  key=lambda e: (e["row"], e["column"], e["code"]))
    if kind == "automated":
        action = "ignore"
    elif rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif rt == "unknown" or review or "certification_letter" in kinds:
        action = "review"
    elif missing or errs:
        action = "request_missing"
    else:
        action = "acknowledge"
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)), "template_errors": errs,
            "action": action, "attachment_kinds": sorted(kinds)}


# ================================================================= mail assembly

CASES = []
BASE = dt.datetime(2025, 11, 3, 10, 12, 5, tzinfo=IST)


def add(slug, intent, frm, display, subject, body, kind, rt, atts=(), *, details=ALL, sig=None, review=False,
        errors=(), mailer="zimbra", extra=None, ar=None, html=True, crlf=False, from_hdr=None):
    n = len(CASES) + 1
    name = f"{n:03d}-{slug}"
    when = BASE + dt.timedelta(hours=5 * n, minutes=(n * 17) % 60)
    date = email.utils.format_datetime(when)
    dom = frm.split("@")[1]
    mid = f"c16.{n:04d}.{n * 7919}@{dom}"
    mh = {"zimbra": kit.ZIMBRA, "outlook": kit.OUTLOOK, "tb": kit.TB, "iphone": kit.IPHONE, "yahoo": kit.YAHOO,
          "rediff": kit.REDIFF, None: None}[mailer]
    b = f"c16{n:03d}"
    bodypart = alt(body, b=b) if html else text(body)
    parts = [p for p, _ in atts]
    kinds = [k for _, k in atts]
    top = multi("mixed", [bodypart] + parts, f"=_mixed_{b}") if parts else bodypart
    h = kit.hdr(from_hdr or addr(display, frm), subject, date, mid, mailer=mh, extra=extra)
    raw = kit.mail(h, top, crlf=crlf, ar=ar, from_addr=frm)
    e = expect(kind, rt, kinds, frm, details=details, sig=sig, review=review, errors=errors)
    CASES.append((name, raw, e, intent))


# ================================================================= the cases

def sig_full(name, desig, office, email_, tel):
    return {"name": name, "desig": desig, "office": office, "email": email_, "tel": tel}


GEN = {
    "chn": ("sysmgr.chennai@icegate.gov.in", "System Manager, Chennai Customs", "Custom House, Rajaji Salai, Chennai - 600001",
            "K. Jayaraman", "Superintendent (Systems) & System Manager", "k.jayaraman@icegate.gov.in", "044-25246671"),
    "kol": ("edi.kolkata@icegate.gov.in", "EDI Section Custom House Kolkata", "Custom House, 15/1 Strand Road, Kolkata - 700001",
            "Arindam Ghosh", "Appraiser (EDI) & Alternate System Manager", "arindam.ghosh@icegate.gov.in", "033-22421553"),
    "pun": ("acladmin.pune1@icegate.gov.in", "ACL Admin CGST Pune-I", "CGST Bhavan, ICE House, Pune - 411001",
            "Shubhangi Kale", "Assistant Commissioner (Systems) & ACL Admin", "shubhangi.kale@icegate.gov.in", "020-26052318"),
    "jnc": ("systems.nhava@icegate.gov.in", "Systems JNCH", "Jawaharlal Nehru Custom House, Nhava Sheva - 400707",
            "Prashant Gawde", "Deputy Commissioner (EDI)", "prashant.gawde@icegate.gov.in", "98690 12377"),
    "lko": ("computercell.lucknow@icegate.gov.in", "Computer Cell CGST Lucknow", "CGST Commissionerate, 7-A Ashok Marg, Lucknow - 226001",
            "Alok Srivastava", "Superintendent (Computer Cell)", "alok.srivastava@icegate.gov.in", "0522-2235410"),
    "knd": ("sysmgr.kandla@icegate.gov.in", "SYSMGR KANDLA", "Custom House, Kandla, Gandhidham - 370201",
            "Bhavesh Trivedi", "Appraiser & System Manager", "bhavesh.trivedi@icegate.gov.in", "02836-271468"),
}


def G(key, **drop):
    frm, disp, office, name, desig, em, tel = GEN[key]
    s = {"name": name, "desig": desig, "office": office.split(",")[0], "tel": tel, "email": em}
    for k, v in drop.items():
        if v is None:
            s.pop(k, None)
        else:
            s[k] = v
    return frm, disp, office, s


IND = {
    "tut": ("r.venkatesan@icegate.gov.in", "R Venkatesan", "R. Venkatesan", "Assistant Commissioner (Systems)",
            "Custom House, Tuticorin", "0461-2352142"),
    "tkd": ("meera.kapoor@icegate.gov.in", "Meera Kapoor", "Meera Kapoor", "Deputy Commissioner (EDI)",
            "ICD Tughlakabad, New Delhi", "011-29051617"),
    "dri": ("sandeep.rawat@icegate.gov.in", "Sandeep Rawat", "Sandeep Rawat", "Additional Director",
            "Directorate of Revenue Intelligence, Headquarters, New Delhi", "011-24319782"),
    "mum": ("neha.agrawal@icegate.gov.in", "Neha Agrawal", "Neha Agrawal", "Assistant Commissioner (Systems)",
            "New Custom House, Ballard Estate, Mumbai", "022-22757401"),
}


def I(key):
    frm, disp, name, desig, office, tel = IND[key]
    return frm, disp, {"name": name, "desig": desig, "office": office, "tel": tel}


def off_table(offs, cols=("S.No.", "Name", "Designation", "Date of Joining")):
    rows = []
    for i, o in enumerate(offs, 1):
        m = {"S.No.": i, "Name": o["name"], "Designation": o["desig"], "Date of Joining": o["doj"],
             "Mobile No.": o["mobile"], "SSO ID": o["sso"], "Date of Birth": o["dob"]}
        rows.append([m[c] for c in cols])
    return table(cols, rows)


def creation_paras(offs, office):
    return [f"I am directed to forward herewith the particulars of {len(offs)} newly recruited officer(s), who "
            f"joined {office} on their initial appointment, for creation of SSO IDs and ICEGATE e-mail IDs. "
            "Their details are as under:",
            "The particulars have been filled in the prescribed creation template and verified with the entries "
            "in their Service Books. Scanned copies of the first page of the Service Books are enclosed.",
            "It is requested that the SSO IDs and ICEGATE e-mail IDs may kindly be created at the earliest and "
            "intimated to the alternate e-mail IDs of the officers given in the template."]


def tmpl_rows(offs, overs=None):
    overs = overs or {}
    return [row(i, o, **overs.get(i, {})) for i, o in enumerate(offs, 1)]


def build():
    fno = lambda s: f"F.No. {s}"
    # ------------------------------------------------------------ A. creation, generic senders, complete
    spec = [("chn", 0, 2, DISCLAIMER, "creation-chn-sysmgr-letter-two-inspectors"),
            ("kol", 2, 3, ENV, "creation-kol-edi-letter-three-officers"),
            ("pun", 5, 1, DISCLAIMER + ENV, "creation-pune-acl-letter-one-inspector"),
            ("jnc", 6, 4, "", "creation-jnch-letter-four-jpg-books"),
            ("lko", 10, 2, ENV, "creation-lucknow-computer-cell-letter"),
            ("knd", 12, 2, DISCLAIMER, "creation-kandla-letter-copy-to")]
    for key, start, n, foot, slug in spec:
        frm, disp, office, s = G(key)
        offs = [officer(start + j, office=office.split(",")[0]) for j in range(n)]
        body = letter("Creation of SSO ID and ICEGATE e-mail ID in respect of newly joined officers - reg.",
                      creation_paras(offs, office.split(",")[0]), s, head=head(office, s["tel"]),
                      fno=fno(f"S/{20 + start}/Sys/2025"), dated="31.10.2025",
                      ref="CBIC page 'SSO ID and ICEGATE email ID Creation'", table=off_table(offs), table_after=1,
                      encl="as above", copy=["The Commissioner (Admn.) - for information", "Guard file"],
                      footer=foot)
        atts = [A_template(tmpl_rows(offs))] + [A_sb(o, as_jpg=(key == "jnc"), tag=j) for j, o in enumerate(offs)]
        add(slug, f"{disp}: formal letter in the body, {n} officer(s), template and service books, full signature",
            frm, disp, "Creation of SSO ID and ICEGATE e-mail ID - newly joined officers - reg.", body,
            "generic", "sso_creation", atts, sig=s, mailer="outlook" if key == "lko" else "zimbra", crlf=key == "lko")

    # A7 letterhead has phone and e-mail, signature has neither
    frm, disp, office, s = G("chn", tel=None, email=None)
    offs = [officer(14), officer(15)]
    body = letter("Creation of SSO IDs for Inspectors (DR 2025 batch) - reg.", creation_paras(offs, "Chennai Customs"), s,
                  head=head(office, "044-25246600", "commr-chennai@nic.in"), fno=fno("S/44/Sys/2025"), dated="03.11.2025",
                  table=off_table(offs), table_after=1, encl="as above")
    add("creation-letterhead-phone-email-not-signature",
        "System Manager's generic ID; office phone and e-mail only in the letterhead, signature gives name and designation only",
        frm, disp, "Creation of SSO IDs - Inspectors DR 2025 batch", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs))] + [A_sb(o) for o in offs], sig=s)

    # A8 signature without designation
    frm, disp, office, s = G("kol", desig=None, office="EDI Section, Kolkata")
    offs = [officer(16)]
    body = letter("Creation of SSO ID - reg.", creation_paras(offs, "Kolkata Customs"), s, fno=fno("EDI/12/2025"),
                  dated="04.11.2025", encl="as above", footer=ENV)
    add("creation-signature-no-designation", "EDI generic ID; the sign-off has name, section, phone and e-mail but no designation",
        frm, disp, "Creation of SSO ID - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], sig=s)

    # A9 signature e-mail is the generic mailbox itself
    frm, disp, office, s = G("pun", email="acladmin.pune1@icegate.gov.in")
    offs = [officer(17), officer(18)]
    body = letter("Creation of SSO IDs for newly joined Inspectors - reg.", creation_paras(offs, "CGST Pune-I"), s,
                  fno=fno("IV/Sys/07/2025"), dated="04.11.2025", encl="as above", table=off_table(offs), table_after=1)
    add("creation-signature-email-is-mailbox", "ACL Admin's generic ID signs with the generic mailbox as its e-mail",
        frm, disp, "Creation of SSO IDs - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0]), A_sb(offs[1])], sig=s)

    # A10 generic 'PFA' only
    frm, disp, office, s = G("jnc")
    offs = [officer(19)]
    add("creation-subject-only-pfa-generic-unsigned", "Systems generic ID: request only in the subject, body 'PFA', no signature",
        frm, disp, "SSO ID creation - reg.", "PFA\n", "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], sig={})

    # A11/A12 individual 'PFA'
    frm, disp, s = I("tut")
    offs = [officer(20, office="Custom House, Tuticorin"), officer(21, office="Custom House, Tuticorin")]
    add("creation-subject-only-pfa-individual", "AC's individual ICEGATE ID: subject 'Creation of SSO IDs - reg.', body 'PFA'",
        frm, disp, "Creation of SSO IDs - reg.", "PFA\n\nR. Venkatesan\n", "icegate", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0]), A_sb(offs[1])])
    frm, disp, s = I("tkd")
    offs = [officer(22)]
    add("creation-subject-only-please-find-attached-jpg", "DC's individual ICEGATE ID: 'Please find attached.' with template and a phone photo of the service book",
        frm, disp, "SSO ID & ICEGATE mail ID creation - Inspector - reg", "Please find attached.\n\nRegards\nMeera\n",
        "icegate", "sso_creation", [A_template(tmpl_rows(offs), fn="template.xlsx"), A_sb(offs[0], as_jpg=True, tag=7)],
        mailer="iphone", html=False)

    # A13 service books to follow
    frm, disp, s = I("tut")
    offs = [officer(23), officer(24), officer(25)]
    paras = creation_paras(offs, "Tuticorin Custom House")[:1] + [
        "The Service Books of the officers are awaited from the Establishment Section and copies of the first pages "
        "will be sent in a separate mail.", "It is requested that the creation may be processed."]
    body = letter("Creation of SSO IDs for three Inspectors - reg.", paras, s, fno=fno("S/Sys/19/2025"), dated="05.11.2025",
                  table=off_table(offs), table_after=1, encl="Creation template")
    add("creation-books-to-follow", "AC's individual ID sends the template; service books 'will be sent in a separate mail'",
        frm, disp, "Creation of SSO IDs for three Inspectors - reg.", body, "icegate", "sso_creation",
        [A_template(tmpl_rows(offs))])

    # A14 template to follow
    frm, disp, s = I("mum")
    offs = [officer(26)]
    paras = ["Shri/Smt. " + offs[0]["name"] + ", Inspector, has joined this Custom House on initial appointment.",
             "The scanned first page of the Service Book is enclosed. The creation template duly filled in is being "
             "got verified and will be sent shortly.", "The SSO ID may kindly be created."]
    body = letter("Creation of SSO ID - Inspector - reg.", paras, s, fno=fno("S/26-Misc/2025-EDI"), dated="05.11.2025",
                  encl="Service Book (1 page)", footer=DISCLAIMER)
    add("creation-template-to-follow", "AC's individual ID sends only the service book; the template 'will be sent shortly'",
        frm, disp, "Creation of SSO ID - Inspector - reg.", body, "icegate", "sso_creation", [A_sb(offs[0])])

    # A15 reminder, quoted original
    frm, disp, s = I("dri")
    orig = letter("Creation of SSO IDs for two Intelligence Officers - reg.",
                  ["The template and service books of the officers are enclosed."], s, to=None, encl="as above")
    quoted = "\n".join("> " + l if l else ">" for l in orig.splitlines())
    body = ("Madam/Sir,\n\nKindly refer to this office letter of even number dated 20.10.2025 (copy below), forwarding "
            "the creation template and service books for creation of SSO IDs of two Intelligence Officers.\n\n"
            "The SSO IDs have not been created so far. It is requested that the same may be created at the earliest.\n\n"
            "Yours faithfully,\nSandeep Rawat\nAdditional Director\n\nOn Mon, 20 Oct 2025 at 11:02, Sandeep Rawat "
            "<sandeep.rawat@icegate.gov.in> wrote:\n" + quoted + "\n")
    add("creation-reminder-ii-no-attachments", "Reminder-II from an Additional Director's individual ID; the documents were in the quoted first letter only",
        frm, disp, "Reminder-II: Creation of SSO IDs for two Intelligence Officers - reg.", body, "icegate", "sso_creation",
        [], extra={"In-Reply-To": "<c16.orig.1@icegate.gov.in>", "References": "<c16.orig.1@icegate.gov.in>"})

    # A16 letter as PDF, one-line covering mail, individual
    frm, disp, s = I("mum")
    offs = [officer(27), officer(28)]
    lt = ["OFFICE OF THE PRINCIPAL COMMISSIONER OF CUSTOMS (GENERAL), MUMBAI", "F.No. S/26-Misc/61/2025-EDI",
          "Dated: 06.11.2025", "To The Additional Director General, DG Systems", "Sub: Creation of SSO IDs - reg.",
          "Madam/Sir, I am directed to request creation of SSO IDs for the officers named in the enclosed sheet.",
          "Yours faithfully, (Neha Agrawal) Assistant Commissioner"]
    add("creation-letter-pdf-one-line-cover", "AC's individual ID: one-line covering mail; the letter itself is a PDF beside the template and service books",
        frm, disp, "Creation of SSO IDs - reg.", "Please find attached the letter of this office with enclosures.\n",
        "icegate", "sso_creation",
        [A_letter("Letter_S-26-Misc-61-2025-EDI.pdf", lt), A_template(tmpl_rows(offs)), A_sb(offs[0]), A_sb(offs[1])])

    # A17 letter PDF, generic, covering mail signed fully
    frm, disp, office, s = G("knd")
    offs = [officer(29)]
    lt = ["CUSTOM HOUSE, KANDLA", "F.No. S/6-EDI/14/2025", "Dated: 06.11.2025",
          "Sub: Creation of SSO ID and ICEGATE e-mail ID - reg.",
          "Sir, I am directed to forward the particulars of one Inspector for creation of SSO ID.",
          "Yours faithfully, Deputy Commissioner (EDI)"]
    body = ("Sir/Madam,\n\nPlease find attached the letter of the Deputy Commissioner (EDI) with its enclosures.\n\n"
            "Regards,\n" + "\n".join(sig_lines(s)[0:]) + "\n" + DISCLAIMER)
    add("creation-letter-pdf-generic-signed-cover", "Kandla System Manager's generic ID: covering mail signed fully, letter as PDF, template and service book",
        frm, disp, "Creation of SSO ID and ICEGATE e-mail ID - reg.", body, "generic", "sso_creation",
        [A_letter("CH_Kandla_EDI_14_2025.pdf", lt), A_template(tmpl_rows(offs)), A_sb(offs[0])], sig=s)

    # A18-21 template errors
    frm, disp, office, s = G("chn")
    offs = [officer(30), officer(31), officer(32)]
    body = letter("Creation of SSO IDs for three Inspectors - reg.", creation_paras(offs, "Chennai Customs"), s,
                  fno=fno("S/47/Sys/2025"), dated="06.11.2025", encl="as above", footer=DISCLAIMER)
    add("creation-template-initial-last-name", "System Manager's letter; row 5's last name is the initial 'K.'",
        frm, disp, "Creation of SSO IDs for three Inspectors - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs, {2: {"last": "K."}}))] + [A_sb(o) for o in offs], sig=s,
        errors=[(5, "last_name", "initials_in_name")])
    frm, disp, s = I("tut")
    offs = [officer(33), officer(34), officer(35)]
    body = letter("Creation of SSO IDs - reg.", creation_paras(offs, "Tuticorin Custom House"), s,
                  fno=fno("S/Sys/22/2025"), dated="06.11.2025", encl="as above")
    add("creation-template-short-mobile-icegate-alt", "AC's individual ID; row 4's mobile has nine digits, row 6's alternate e-mail is an ICEGATE address",
        frm, disp, "Creation of SSO IDs - reg.", body, "icegate", "sso_creation",
        [A_template(tmpl_rows(offs, {1: {"mobile": "984501234"}, 3: {"alt": "r.venkatesan@icegate.gov.in"}}))]
        + [A_sb(o) for o in offs],
        errors=[(4, "mobile", "invalid_mobile"), (6, "alt_email", "generic_alt_email")])
    frm, disp, office, s = G("kol")
    offs = [officer(36), officer(37), officer(38)]
    body = letter("Creation of SSO IDs - reg.", creation_paras(offs, "Kolkata Customs"), s, fno=fno("EDI/19/2025"),
                  dated="07.11.2025", encl="as above", footer=ENV)
    add("creation-template-duplicate-mobile-alt", "EDI generic ID; row 5 repeats row 4's mobile, row 6 repeats row 4's alternate e-mail",
        frm, disp, "Creation of SSO IDs - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs, {2: {"mobile": offs[0]["mobile"]}, 3: {"alt": offs[0]["alt"]}}))]
        + [A_sb(o) for o in offs], sig=s,
        errors=[(5, "mobile", "duplicate_mobile"), (6, "alt_email", "duplicate_alt_email")])
    frm, disp, office, s = G("lko")
    offs = [officer(39), officer(40)]
    body = letter("Creation of SSO IDs - reg.", creation_paras(offs, "CGST Lucknow"), s, fno=fno("CC/31/2025"),
                  dated="07.11.2025", encl="as above")
    add("creation-template-no-designation-future-doj", "Computer Cell generic ID; row 4 has no designation, row 5's date of joining is in 2027",
        frm, disp, "Creation of SSO IDs - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs, {1: {"desig": ""}, 2: {"doj": "14/07/2027"}}))] + [A_sb(o) for o in offs], sig=s,
        errors=[(4, "designation", "missing_mandatory"), (5, "date_of_joining", "invalid_date")])

    # A22 certification letter
    frm, disp, office, s = G("pun")
    offs = [officer(41)]
    paras = ["Shri " + offs[0]["name"] + ", Inspector, has joined this Commissionerate on absorption from another "
             "department. His Service Book has not yet been received from the previous department.",
             "A letter signed by the Joint Commissioner certifying his name, date of birth and date of joining is "
             "therefore enclosed with the template in place of the Service Book.",
             "The SSO ID and ICEGATE e-mail ID may kindly be created."]
    body = letter("Creation of SSO ID in respect of Shri " + offs[0]["name"] + ", Inspector - reg.", paras, s,
                  fno=fno("IV/Sys/09/2025"), dated="07.11.2025", encl="as above", footer=DISCLAIMER)
    add("creation-certification-letter", "ACL Admin generic ID: Joint Commissioner's certificate in place of the service book",
        frm, disp, "Creation of SSO ID - Inspector - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_cert(offs[0])], sig=s)

    # A23/24 COIN / abroad
    frm, disp, s = I("dri")
    offs = [officer(42, desig="Superintendent", office="DRI Headquarters")]
    paras = ["Shri " + offs[0]["name"] + ", Superintendent, is presently on a COIN posting at the Indian Embassy, "
             "Bangkok, and has no SSO ID.", "The creation template and the Service Book page are enclosed.",
             "The SSO ID may kindly be created."]
    body = letter("Creation of SSO ID for an officer on COIN posting - reg.", paras, s, fno=fno("DRI/HQ/Sys/3/2025"),
                  dated="08.11.2025", encl="as above")
    add("creation-coin-posting-dri-letter", "DRI HQ Additional Director (individual ID) for an officer on a COIN posting abroad",
        frm, disp, "Creation of SSO ID - officer on COIN posting - reg.", body, "icegate", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], review=True)
    offs = [officer(43, desig="Intelligence Officer", office="DRI Headquarters")]
    paras = ["Smt. " + offs[0]["name"] + ", Intelligence Officer, is posted outside India as Customs Attache at the "
             "Consulate General of India, Dubai.", "She needs an SSO ID; the template and Service Book are enclosed."]
    body = letter("Creation of SSO ID - officer posted outside India - reg.", paras, s, fno=fno("DRI/HQ/Sys/4/2025"),
                  dated="08.11.2025", encl="as above")
    add("creation-posted-abroad-dri-letter", "DRI HQ Additional Director for an officer posted outside India",
        frm, disp, "Creation of SSO ID - officer posted abroad - reg.", body, "icegate", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], review=True)

    # A25/26 nic.in generic
    s = {"name": "V. Suresh Kumar", "desig": "Superintendent (EDP)", "office": "CGST Bhopal",
         "tel": "0755-2553204", "email": "suresh.kumarv@icegate.gov.in"}
    offs = [officer(44), officer(45)]
    body = letter("Creation of SSO IDs - reg.", creation_paras(offs, "CGST Bhopal"), s, fno=fno("C.No. IV(16)02/EDP/2025"),
                  dated="08.11.2025", encl="as above", footer=NIC)
    add("creation-nic-generic-full-signature", "EDP cell's nic.in mailbox (generic, not ICEGATE), full signature",
        "edp-cgstbpl@nic.in", "EDP CGST Bhopal", "Creation of SSO IDs - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs))] + [A_sb(o) for o in offs], sig=s)
    s2 = dict(s); s2.pop("tel")
    offs = [officer(46)]
    body = letter("Creation of SSO ID - reg.", creation_paras(offs, "CGST Bhopal"), s2, fno=fno("C.No. IV(16)05/EDP/2025"),
                  dated="09.11.2025", encl="as above", footer=NIC, head=head("CGST Bhopal", "0755-2553204"))
    add("creation-nic-generic-no-phone", "nic.in generic mailbox; phone only in the letterhead",
        "edp-cgstbpl@nic.in", "EDP CGST Bhopal", "Creation of SSO ID - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], sig=s2)

    # A27 personal gmail officer
    o = officer(47)
    body = ("Respected Sir/Madam,\n\nI have joined the Central Board of Indirect Taxes and Customs as Inspector on "
            f"{o['doj']} on my initial appointment and I am posted at Custom House, Chennai. I have not been given an "
            "SSO ID so far and I am unable to access ACES and the ICEGATE mailbox for my work.\n\n"
            "I have filled the SSO ID creation template and attach it with the first page of my Service Book. "
            "Kindly create my SSO ID and ICEGATE e-mail ID.\n\nThanking you,\nYours faithfully,\n"
            f"{o['name']}\nInspector\nCustom House, Chennai\nMobile: {o['mobile']}\n")
    add("creation-new-inspector-own-gmail", "New Inspector writes himself from his personal Gmail with template and service book",
        o["alt"], o["name"], "Request for creation of SSO ID", body, "personal", "sso_creation",
        [A_template(tmpl_rows([o])), A_sb(o)], mailer=None)

    # A28/29 Hindi
    frm, disp, office, s = G("lko")
    s = dict(s, desig="अधीक्षक (कंप्यूटर सेल) / Superintendent (Computer Cell)")
    offs = [officer(48), officer(49)]
    paras = [f"उपर्युक्त विषय में निवेदन है कि इस आयुक्तालय में {len(offs)} निरीक्षकों ने प्रारंभिक नियुक्ति पर कार्यभार ग्रहण किया है।",
             "उनके एसएसओ आईडी एवं आइसगेट ई-मेल आईडी सृजन हेतु भरा हुआ टेम्पलेट तथा सेवा पुस्तिका के प्रथम पृष्ठ की प्रतियाँ संलग्न हैं।",
             "अनुरोध है कि एसएसओ आईडी शीघ्र सृजित करने की कृपा करें।"]
    body = letter("नव नियुक्त निरीक्षकों के एसएसओ आईडी का सृजन - के संबंध में।", paras, s, fno="पत्र सं. CC/40/2025",
                  dated="10.11.2025", to="सेवा में,\nअपर महानिदेशक,\nप्रणाली महानिदेशालय, नई दिल्ली", salute="महोदय/महोदया,",
                  encl="यथोपरि", close="भवदीय,", footer=ENV)
    add("creation-hindi-rajbhasha-letter", "Rajbhasha letter (विषय, महोदय/महोदया, भवदीय) from the Computer Cell's generic ID, bilingual signature",
        frm, disp, "एसएसओ आईडी सृजन - नव नियुक्त निरीक्षक", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs))] + [A_sb(o) for o in offs], sig=s)
    frm, disp, s = I("tkd")
    s = dict(s, desig="उप आयुक्त (ईडीआई)")
    offs = [officer(50)]
    paras = ["इस कार्यालय में एक निरीक्षक ने प्रारंभिक नियुक्ति पर कार्यभार ग्रहण किया है। एसएसओ आईडी सृजन हेतु टेम्पलेट संलग्न है।",
             "सेवा पुस्तिका की प्रति स्थापना अनुभाग से प्राप्त होने पर अलग से भेजी जाएगी।"]
    body = letter("एसएसओ आईडी का सृजन - के संबंध में।", paras, s, to="सेवा में,\nअपर महानिदेशक, प्रणाली महानिदेशालय",
                  salute="महोदया,", close="भवदीय,", dated="10.11.2025")
    add("creation-hindi-book-to-follow", "Hindi letter from a DC's individual ID; the service book 'will be sent separately'",
        frm, disp, "एसएसओ आईडी का सृजन", body, "icegate", "sso_creation", [A_template(tmpl_rows(offs))])

    # A30 background mentions of other request words
    frm, disp, office, s = G("knd")
    offs = [officer(51), officer(52)]
    paras = creation_paras(offs, "Kandla Custom House") + [
        "Role mapping in ACES for these officers will be done locally after their local posting orders are issued, "
        "and no password reset or designation update is sought at this stage."]
    body = letter("Creation of SSO IDs for newly recruited Inspectors - reg.", paras, s, fno=fno("S/6-EDI/15/2025"),
                  dated="10.11.2025", encl="as above", footer=DISCLAIMER)
    add("creation-letter-mentions-mapping-reset-in-passing", "Kandla System Manager's creation letter; a last paragraph names role mapping, password reset and designation update only to say they are not sought",
        frm, disp, "Creation of SSO IDs for newly recruited Inspectors - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs))] + [A_sb(o) for o in offs], sig=s)

    # A31 forwarded letter
    frm, disp, office, s = G("jnc")
    o = officer(53)
    fwd = ("Sir,\n\nForwarded for creation of SSO ID and ICEGATE e-mail ID, verified with the service book.\n\n"
           "Regards,\n" + "\n".join(sig_lines(s)) + "\n\n---------- Forwarded message ---------\n"
           f"From: {o['name']} <{o['alt']}>\nDate: Tue, 4 Nov 2025 at 10:11\nSubject: SSO ID creation\n"
           "To: <systems.nhava@icegate.gov.in>\n\nSir,\nI joined JNCH as Inspector on initial appointment. The template "
           "and my service book page are attached. Kindly forward for creation of my SSO ID.\n"
           f"{o['name']}\nInspector\n")
    add("creation-generic-forwards-officer-mail", "Systems generic ID forwards an Inspector's mail (Gmail-style forward) with the template and service book; forwarder signs fully",
        frm, disp, "Fwd: SSO ID creation", fwd, "generic", "sso_creation",
        [A_template(tmpl_rows([o])), A_sb(o)], sig=s)

    # A32 dmarc fail
    frm, disp, office, s = G("chn")
    offs = [officer(54)]
    bad_ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n\tspf=fail (mx.icegate.gov.in: domain of "
              "sysmgr.chennai@icegate.gov.in does not designate 185.220.101.4 as permitted sender) "
              "smtp.mailfrom=sysmgr.chennai@icegate.gov.in;\n\tdmarc=fail (p=quarantine dis=none) header.from=icegate.gov.in")
    body = letter("Creation of SSO ID - reg.", creation_paras(offs, "Chennai Customs"), s, fno=fno("S/49/Sys/2025"),
                  dated="11.11.2025", encl="as above")
    add("creation-sysmgr-dmarc-fail", "A System Manager's creation letter whose topmost Authentication-Results says dmarc=fail",
        frm, disp, "Creation of SSO ID - reg.", body, "generic", "sso_creation",
        [A_template(tmpl_rows(offs)), A_sb(offs[0])], sig=s, ar=bad_ar, review=True, mailer=None)

    # A33 display name shows an icegate address
    o = officer(55)
    body = ("Sir,\n\nPlease create the SSO ID of the Inspector whose template and service book are attached.\n\n"
            "Regards,\nK. Jayaraman\nSystem Manager\n")
    add("creation-display-name-icegate-address-gmail", "From display name shows sysmgr.chennai@icegate.gov.in, the address is a Gmail: ambiguous sender",
        "jayaraman.k1971@gmail.com", None, "Creation of SSO ID - reg.", body, "personal", "sso_creation",
        [A_template(tmpl_rows([o])), A_sb(o)], review=True, mailer=None,
        from_hdr='"sysmgr.chennai@icegate.gov.in" <jayaraman.k1971@gmail.com>')
    # ------------------------------------------------------------ B. status
    def detail_block(o, sso=False, mobile=True, desig=True, name=True, hindi=False):
        L = []
        if name:
            L.append(("नाम" if hindi else "Name") + f": {o['name']}")
        if desig:
            L.append(("पदनाम" if hindi else "Designation") + f": {o['desig']}")
        if sso:
            L.append(("एसएसओ आईडी / SSO ID" if hindi else "SSO ID") + f": {o['sso']}")
        if mobile:
            L.append(("मोबाइल" if hindi else "Mobile No.") + f": {o['mobile']}")
        return "\n".join(L)

    o = officer(60, desig="Superintendent")
    body = ("Respected Sir/Madam,\n\nI joined the department in 2008 as Tax Assistant at Central Excise, Nagpur, was "
            "promoted as Inspector in 2016 and as Superintendent in 2024, and was transferred to CGST Raipur last year. "
            "During all these years I have used ACES only through the login of my section.\n\nI am not sure whether an "
            "SSO ID / ICEGATE e-mail ID has ever been created in my name. Kindly let me know whether an SSO ID exists "
            "in my name.\n\n" + detail_block(o) + "\n\nThanking you,\nYours faithfully,\n" + o["name"] + "\n")
    add("status-long-history-promotions-transfers", "Personal Gmail; long background naming promotions and a transfer; asks only whether an SSO ID exists; labelled details",
        o["alt"], o["name"], "Whether SSO ID exists in my name - reg.", body, "personal", "sso_status", mailer=None,
        details={"name", "designation", "mobile"})
    o = officer(61, desig="Inspector")
    body = ("Sir,\n\nI am working as Inspector in CGST Division-II, Bhubaneswar. Kindly inform whether any SSO ID has "
            "been created in my name.\n\nName: " + o["name"] + "\nDesignation: Inspector\n"
            "Phone (Office): 0674-2581225\n\nRegards\n" + o["name"] + "\n")
    add("status-yahoo-office-landline-only", "Personal Yahoo; only an office landline, no mobile",
        f"{o['first'].lower()}_{o['last'].lower()}@yahoo.co.in", o["name"], "SSO ID status", body, "personal",
        "sso_status", mailer="yahoo", details={"name", "designation"})
    o = officer(62)
    body = ("Madam,\n\nI request you to check whether an SSO ID is already created in my name, as I never received "
            f"any credentials.\n\nName: {o['name']}\nMobile: {o['mobile']}\n\nThank you.\n")
    add("status-rediff-no-designation", "Rediffmail status enquiry with name and mobile, designation nowhere",
        f"{o['first'].lower()}{o['last'].lower()}@rediffmail.com", o["name"], "Status of SSO ID", body, "personal",
        "sso_status", mailer="rediff", details={"name", "mobile"})
    s = {"name": "Girish Sahu", "desig": "Superintendent", "office": "CGST Division-II, Raipur",
         "tel": "0771-2422813", "email": "girish.sahu@icegate.gov.in"}
    offs = [officer(63 + j) for j in range(3)]
    body = letter("Ascertaining existence of SSO IDs of officers - reg.",
                  ["The following officers of this Division are not sure whether SSO IDs have been created in their names.",
                   "It is requested that the status may kindly be intimated to the officers on their mobile numbers."],
                  s, fno="C.No. II/Div-II/Sys/03/2025", dated="12.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation", "Mobile No.")), table_after=1)
    add("status-division-gmail-table-three", "Division office Gmail (generic) asks status for three officers in a table; full signature",
        "division2.cgst.raipur@gmail.com", "CGST Division II Raipur", "SSO ID status of officers - reg.", body,
        "generic", "sso_status", sig=s, mailer=None, details={"name", "designation", "mobile"})
    frm, disp, office, s = G("kol")
    offs = [officer(66 + j, desig="Superintendent") for j in range(4)]
    body = letter("Status of SSO IDs of Superintendents - reg.",
                  ["I am directed to state that the following Superintendents, promoted from Inspector in earlier "
                   "years, are not sure whether SSO IDs exist in their names.",
                   "Kindly intimate whether SSO IDs have been created in their names."],
                  s, fno=fno("EDI/23/2025"), dated="12.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation", "Mobile No.")), table_after=1, footer=ENV)
    add("status-edi-letter-four-superintendents", "EDI generic ID: letter with a table of four officers (name, designation, mobile); mentions past promotions only as background",
        frm, disp, "Status of SSO IDs - reg.", body, "generic", "sso_status", sig=s,
        details={"name", "designation", "mobile"})
    frm, disp, office, s = G("chn", tel="044-25246671")
    offs = [officer(70 + j) for j in range(2)]
    body = letter("Whether SSO IDs exist - reg.", ["Kindly confirm whether SSO IDs exist in respect of the following officers."],
                  s, fno=fno("S/52/Sys/2025"), dated="13.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation")))
    add("status-sysmgr-table-no-mobiles", "System Manager asks status for two officers; names and designations, no mobile anywhere (signature phone is a landline)",
        frm, disp, "Whether SSO IDs exist - reg.", body, "generic", "sso_status", sig=s, details={"name", "designation"})
    o = officer(72)
    body = ("महोदय,\n\nविषय: मेरे नाम पर एसएसओ आईडी है या नहीं - के संबंध में।\n\nमैं केंद्रीय जीएसटी, पटना में निरीक्षक के पद पर कार्यरत हूँ। "
            "कृपया सूचित करें कि मेरे नाम पर कोई एसएसओ आईडी बनाई गई है या नहीं।\n\n" + detail_block(dict(o, desig="निरीक्षक"), hindi=True)
            + "\n\nभवदीय,\n" + o["name"] + "\n")
    add("status-hindi-gmail", "Hindi status enquiry from a personal Gmail with नाम, पदनाम, मोबाइल labels",
        o["alt"], o["name"], "एसएसओ आईडी की स्थिति", body, "personal", "sso_status", mailer=None,
        details={"name", "designation", "mobile"})
    o = officer(73)
    body = ("Dear Sir/Madam,\n\nI was transferred from Kolkata to Shillong Customs Division in 2019 and was relieved "
            "before my ICEGATE mailbox could be set up. I do not know whether an SSO ID was created in my name at all.\n\n"
            "Kindly check and inform me whether an SSO ID exists in my name.\n\nRegards,\n" + o["name"] + "\nInspector\n"
            f"Mob: {o['mobile']}\n")
    add("status-outlook-transfer-background", "Personal outlook.com; a 2019 transfer is background; details in the signature",
        f"{o['first'].lower()}.{o['last'].lower()}@outlook.com", o["name"], "Whether SSO ID created in my name",
        body, "personal", "sso_status", mailer="outlook", details={"name", "designation", "mobile"})
    o = officer(74)
    body = ("Sir,\n\nI am not sure whether an SSO ID was created for me. Please check.\n\nMy name is " + o["name"] +
            ", I am an Inspector in CGST Kochi and my mobile number is +91 " + o["mobile"][:5] + " " + o["mobile"][5:] +
            ".\n\nThanks\n")
    add("status-running-text-plus91", "Personal Gmail; name, designation and a +91 mobile stated in running text",
        o["alt"], o["name"], "SSO ID - exists or not?", body, "personal", "sso_status", mailer=None,
        details={"name", "designation", "mobile"})
    s = {"name": "T. Ramesh", "desig": "Assistant Commissioner", "office": "CGST Hqrs, Kochi", "tel": "0484-2390404"}
    o = officer(75)
    body = letter("Status of SSO ID - reg.", ["Kindly intimate whether an SSO ID exists for the following Inspector.",
                  detail_block(o)], s, fno="C. No. IV/16/30/2025-EDP", dated="14.11.2025", footer=NIC)
    add("status-nic-generic-no-individual-email", "Kochi HQ nic.in generic mailbox; signature without an individual e-mail ID",
        "cex15sys.ker@nic.in", "Systems Kochi", "Status of SSO ID - reg.", body, "generic", "sso_status", sig=s,
        details={"name", "designation", "mobile"})
    # ------------------------------------------------------------ C. password reset
    def reset_mail(slug, intent, o, frm, background, ask, det_kw, details, kind="icegate", mailer="zimbra", foot="",
                   subject="Request for reset of SSO ID password - reg.", extra_text=""):
        blk = detail_block(o, **det_kw)
        body = ("Respected Madam/Sir,\n\n" + background + "\n\n" + ask + "\n\n" + (blk + "\n\n" if blk else "") +
                extra_text + "Thanking you,\nYours faithfully,\n" + (o["name"] if det_kw.get("name", True) else "") + "\n" + foot)
        add(slug, intent, frm, o["name"], subject, body, kind, "password_reset", mailer=mailer, details=details,
            crlf=mailer == "outlook")

    def ice(o):
        return f"{o['first'].lower()}.{o['last'].lower()}@icegate.gov.in"

    o = officer(80, desig="Superintendent")
    reset_mail("reset-background-promotion-last-year", "Individual ICEGATE ID; 'after my promotion last year' is background; asks a password reset with all four details",
               o, ice(o), "I was promoted from Inspector to Superintendent last year and my designation was updated in ACES "
               "after my promotion. Since my return from leave I cannot log in.", "I have forgotten the password of my SSO ID. "
               "Kindly reset the password.", {"sso": True}, ALL, foot=DISCLAIMER)
    o = officer(81)
    reset_mail("reset-background-transfer-2019", "Individual ICEGATE ID; 'I was transferred in 2019' and role mapping done then are background",
               o, ice(o), "I was transferred from Chennai to Tuticorin in 2019 and my roles in ACES were mapped at that time "
               "by the System Manager.", "Now my SSO ID password has expired and I have forgotten it. Please reset my password.",
               {"sso": True}, ALL, foot=ENV)
    o = officer(82)
    reset_mail("reset-no-sso-id", "Individual ICEGATE ID; name, designation and mobile but no SSO ID or alternate e-mail",
               o, ice(o), "I am working in the Appraising Group of this Custom House.", "I am unable to log in to ACES; "
               "kindly reset the password of my SSO ID.", {}, {"name", "designation", "mobile"})
    o = officer(83)
    reset_mail("reset-alt-email-instead-of-sso-id", "Individual ICEGATE ID; gives the alternate e-mail ID in place of the SSO ID",
               o, ice(o), "I am posted at the Air Cargo Complex.", "I have lost the password of my SSO ID. Kindly reset it.",
               {}, ALL, extra_text=f"Alternate e-mail ID: {o['alt']}\nName: {o['name']}\nDesignation: Inspector\nMobile: {o['mobile']}\n\n")
    o = officer(84)
    reset_mail("reset-landline-only", "Individual ICEGATE ID; only an office telephone, no mobile",
               o, ice(o), "I am working in the Preventive Unit.", "Kindly reset my SSO ID password.", {"sso": True, "mobile": False},
               {"name", "designation", "sso_id"}, extra_text="Tel (Office): 0484-2666422\n\n")
    o = officer(85)
    reset_mail("reset-no-designation", "Individual ICEGATE ID; name, SSO ID and mobile, designation nowhere",
               o, ice(o), "I have been on maternity leave for six months.", "Kindly reset the password of my SSO ID.",
               {"sso": True, "desig": False}, {"name", "sso_id", "mobile"})
    o = officer(86)
    reset_mail("reset-from-personal-gmail", "Complete reset request, but from a personal Gmail",
               o, o["alt"], "I cannot open my ICEGATE mailbox, so I am writing from my personal mail.",
               "Kindly reset my SSO ID password.", {"sso": True}, ALL, kind="personal", mailer=None)
    o = officer(87, desig="Assistant Commissioner")
    reset_mail("reset-from-individual-gov-in", "Assistant Commissioner on deputation writes from an individual gov.in address",
               o, f"{o['first'][0].lower()}.{o['last'].lower()}@gov.in", "I am on deputation to the Ministry and my "
               "SSO ID has not been used for a year.", "Kindly reset the password of my SSO ID.", {"sso": True}, ALL,
               kind="personal")
    frm, disp, office, s = G("jnc")
    offs = [officer(88 + j) for j in range(3)]
    body = letter("Reset of SSO ID passwords of officers - reg.",
                  ["The following officers of this Custom House have forgotten the passwords of their SSO IDs.",
                   "It is requested that the passwords may kindly be reset and intimated to the officers."], s,
                  fno=fno("S/Sys/71/2025"), dated="15.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation", "SSO ID", "Mobile No.")), table_after=1,
                  footer=DISCLAIMER)
    add("reset-generic-table-three-complete", "Systems generic ID: letter with a table of three officers (name, designation, SSO ID, mobile); full signature",
        frm, disp, "Reset of SSO ID passwords - reg.", body, "generic", "password_reset", sig=s)
    frm, disp, s = I("tut")
    s = dict(s); s.pop("tel")
    offs = [officer(91 + j) for j in range(2)]
    body = letter("Reset of passwords - reg.",
                  ["The following officers are unable to log in to ACES as they have forgotten their passwords.",
                   "Kindly reset their passwords."], s, fno=fno("S/Sys/24/2025"), dated="15.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation", "Mobile No.")), table_after=1)
    add("reset-individual-letter-no-sso-ids", "AC's individual ID: letter for two officers without SSO IDs or e-mail IDs",
        frm, disp, "Reset of passwords - reg.", body, "icegate", "password_reset", details={"name", "designation", "mobile"})
    frm, disp, office, s = G("kol", tel=None)
    offs = [officer(93 + j) for j in range(2)]
    body = letter("Password reset - reg.", ["Kindly reset the SSO ID passwords of the following officers."], s,
                  fno=fno("EDI/27/2025"), dated="16.11.2025",
                  table=off_table(offs, ("S.No.", "Name", "Designation", "SSO ID", "Mobile No.")), footer=ENV)
    add("reset-generic-signature-no-phone", "EDI generic ID: complete table of officers, signature without a contact number",
        frm, disp, "Password reset - reg.", body, "generic", "password_reset", sig=s)
    o = officer(95)
    body = ("महोदय,\n\nविषय: एसएसओ आईडी का पासवर्ड रीसेट करने हेतु।\n\nमैं सीमा शुल्क सदन, कांडला में निरीक्षक के पद पर कार्यरत हूँ। "
            "मैं अपनी एसएसओ आईडी का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करने की कृपा करें।\n\n"
            + detail_block(dict(o, desig="निरीक्षक"), sso=True, hindi=True) + "\n\nभवदीय,\n" + o["name"] + "\n")
    add("reset-hindi-complete", "Hindi reset request from the officer's ICEGATE ID with Hindi labels",
        ice(o), o["name"], "पासवर्ड रीसेट हेतु अनुरोध", body, "icegate", "password_reset")
    o = officer(96)
    body = ("महोदया,\n\nविषय: पासवर्ड रीसेट - के संबंध में।\n\nकृपया मेरी एसएसओ आईडी का पासवर्ड रीसेट करें।\n\n"
            + detail_block(dict(o, desig="अधीक्षक"), sso=True, mobile=False, hindi=True)
            + "\nदूरभाष (कार्यालय): 0484-2390404\n\nभवदीय,\n" + o["name"] + "\n")
    add("reset-hindi-office-phone-only", "Hindi reset; only an office telephone (STD code), no mobile",
        ice(o), o["name"], "पासवर्ड रीसेट", body, "icegate", "password_reset", details={"name", "designation", "sso_id"})
    o = officer(97)
    reset_mail("reset-activation-inactive-id", "Activation of an SSO ID that became inactive during long deputation",
               o, ice(o), "I was on deputation to the Enforcement Directorate for three years and returned to the "
               "Commissionerate this month.", "My SSO ID has become inactive. Kindly activate my SSO ID and ICEGATE mailbox.",
               {"sso": True}, ALL, subject="Activation of inactive SSO ID - reg.")
    o = officer(98)
    reset_mail("reset-forgot-sso-id-alt-email", "'I have forgotten my SSO ID'; the alternate e-mail ID is given",
               o, ice(o), "I have not used ACES since my posting to the Audit Commissionerate.",
               "I have forgotten my SSO ID itself as well as its password. Kindly help me to log in again.",
               {}, ALL, subject="Forgot SSO ID - reg.",
               extra_text=f"Name: {o['name']}\nDesignation: Inspector\nAlternate e-mail: {o['alt']}\nMobile No.: {o['mobile']}\n\n")
    o = officer(99)
    reset_mail("reset-no-fresh-creation-sought", "Reset request that quotes the circular: 'no fresh creation request is being sent'",
               o, ice(o), "As per para 2 of the Kochi circular, no fresh application for creation of a new SSO ID is being "
               "sent, as my SSO ID already exists.", "I have forgotten the password; kindly reset it.", {"sso": True}, ALL)
    o = officer(100)
    body = detail_block(o, sso=True) + "\n"
    add("reset-subject-only-labelled-details", "Subject 'Password reset - reg.'; the body is only the four labelled details",
        ice(o), o["name"], "Password reset - reg.", body, "icegate", "password_reset", mailer=None, html=False)
    o = officer(101)
    reset_mail("reset-mobile-in-running-text", "Individual ICEGATE ID (Outlook, CRLF); mobile stated in running text, SSO ID labelled",
               o, ice(o), "I am an Inspector posted in the Docks Intelligence Unit.",
               f"Kindly reset my password; my mobile number is {o['mobile']}.", {"sso": True, "mobile": False}, ALL,
               mailer="outlook", foot=DISCLAIMER + ENV)
    o = officer(102)
    body = ("Sir,\n\nAs requested, my name is " + o["name"] + ", Inspector, mobile " + o["mobile"] +
            ". Kindly reset the password.\n\nRegards\n" + o["name"] + "\n\nOn Fri, 14 Nov 2025 at 16:20, " + o["name"] +
            " <" + ice(o) + "> wrote:\n> Sir, kindly reset the password of my SSO ID.\n> SSO ID: " + o["sso"] + "\n")
    add("reset-sso-id-only-in-quote", "Reply whose own text has name, designation and mobile; the SSO ID is only in the quoted earlier mail",
        ice(o), o["name"], "Re: Password reset", body, "icegate", "password_reset", mailer="tb",
        details={"name", "designation", "mobile"})
    s = {"name": "Girish Sahu", "desig": "Superintendent", "office": "CGST Division-II, Raipur",
         "tel": "0771-2422813", "email": "girish.sahu@icegate.gov.in"}
    o = officer(103)
    body = letter("Reset of password of SSO ID - reg.", ["Kindly reset the SSO ID password of the following officer.",
                  detail_block(o, sso=True)], s, fno="C.No. II/Div-II/Sys/05/2025", dated="17.11.2025")
    add("reset-division-gmail-generic", "Division office Gmail (generic, not ICEGATE) asks a reset for an officer; full signature",
        "division2.cgst.raipur@gmail.com", "CGST Division II Raipur", "Reset of password - reg.", body, "generic",
        "password_reset", sig=s, mailer=None)
    # ------------------------------------------------------------ D. designation update / E. role mapping
    def promo_letter(key, offs, slug, intent, docs, sig_over=None, foot="", note=None):
        frm, disp, office, s = G(key, **(sig_over or {}))
        paras = [f"I am directed to state that the following {len(offs)} officer(s) of this office have been promoted "
                 "vide Establishment Order enclosed and have joined in the promoted grade.",
                 "It is requested that their designations may kindly be updated in ACES on the basis of the promotion "
                 "order and the first page of their Service Books."]
        if note:
            paras.insert(1, note)
        body = letter("Updation of designation in ACES on promotion - reg.", paras, s, fno=fno("EST/PROM/2025"),
                      dated="18.11.2025", table=off_table(offs, ("S.No.", "Name", "Designation", "SSO ID")),
                      table_after=1, encl="as above", footer=foot)
        add(slug, intent, frm, disp, "Updation of designation on promotion - reg.", body, "generic",
            "designation_update", docs, sig=s)

    offs = [officer(110 + j, desig="Superintendent") for j in range(3)]
    names = [o["name"] for o in offs]
    promo_letter("chn", offs, "promotion-sysmgr-three-complete", "System Manager's letter for three promoted officers with the order and three service books",
                 [A_promo(211, names)] + [A_sb(o) for o in offs], foot=DISCLAIMER)
    promo_letter("pun", offs[:2], "promotion-acl-books-missing", "ACL Admin's letter with the promotion order only",
                 [A_promo(212, names[:2])])
    promo_letter("lko", offs[:1], "promotion-computer-cell-order-missing", "Computer Cell letter with the service book; the order is not attached",
                 [A_sb(offs[0])], note="The promotion order will be forwarded by the Establishment Section.")
    promo_letter("knd", offs[1:], "promotion-signature-no-designation", "Kandla letter signed with name, office, phone and e-mail but no designation",
                 [A_promo(213, names[1:])] + [A_sb(o) for o in offs[1:]], sig_over={"desig": None})
    promo_letter("jnc", offs[:2], "promotion-letter-mentions-transfer-2019", "Systems letter; a paragraph says the officers' roles were mapped on transfer in 2019 (background)",
                 [A_promo(214, names[:2])] + [A_sb(o) for o in offs[:2]],
                 note="Their roles in ACES were mapped on their transfer to this Custom House in 2019 and need no change.")
    o = officer(115, desig="Superintendent")
    body = ("Respected Sir/Madam,\n\nI was transferred to Mangaluru Custom House in 2019. I have now been promoted from "
            "Inspector to Superintendent vide the attached order. Kindly update my designation in ACES.\n\n"
            "The promotion order and the first page of my Service Book are attached.\n\nYours faithfully,\n"
            f"{o['name']}\nSuperintendent\n")
    add("promotion-officer-own-id-transfer-background", "Officer's own ICEGATE ID; a 2019 transfer is background; order and service book attached",
        f"{o['first'].lower()}.{o['last'].lower()}@icegate.gov.in", o["name"], "Designation update on promotion", body,
        "icegate", "designation_update", [A_promo(215, [o["name"]]), A_sb(o)])
    o = officer(116, desig="Superintendent")
    add("promotion-officer-personal-gmail", "Officer's personal Gmail; order and service book attached",
        o["alt"], o["name"], "Updation of designation after promotion",
        "Sir,\n\nI have been promoted as Superintendent. Kindly update my designation in ACES. The promotion order and "
        f"service book page are attached.\n\nRegards\n{o['name']}\n", "personal", "designation_update",
        [A_promo(216, [o["name"]]), A_sb(o)], mailer=None)
    frm, disp, s = I("tut")
    add("promotion-subject-only-pfa-individual", "AC's individual ID: 'Updation of designation on promotion - reg.' with 'PFA'",
        frm, disp, "Updation of designation on promotion - reg.", "PFA\n", "icegate", "designation_update",
        [A_promo(217, names[:1]), A_sb(offs[0])], html=False, mailer=None)
    frm, disp, office, s = G("kol")
    add("promotion-subject-only-pfa-generic-unsigned", "EDI generic ID: subject-only request, body 'PFA', no signature",
        frm, disp, "Updation of designation on promotion - reg.", "PFA\n", "generic", "designation_update",
        [A_promo(218, names[:1]), A_sb(offs[0])], sig={})

    def map_letter(key, offs, slug, intent, docs, sig_over=None, foot="", note=None, subject=None):
        frm, disp, office, s = G(key, **(sig_over or {}))
        paras = [f"The following {len(offs)} officer(s) have joined this office on transfer and have been posted "
                 "locally vide the enclosed local posting order.",
                 "It is requested that roles in ACES may kindly be mapped to them as per the posting order. The transfer "
                 "order, local posting order and the assumption of charge reports are enclosed."]
        if note:
            paras.insert(1, note)
        body = letter("Mapping of roles in ACES on transfer - reg.", paras, s, fno=fno("EST/MAP/2025"), dated="20.11.2025",
                      table=off_table(offs, ("S.No.", "Name", "Designation", "SSO ID")), table_after=1,
                      encl="as above", footer=foot)
        add(slug, intent, frm, disp, subject or "Mapping of roles in ACES on transfer - reg.", body, "generic",
            "role_mapping", docs, sig=s)

    offs = [officer(120 + j) for j in range(2)]
    names = [o["name"] for o in offs]
    map_letter("chn", offs, "mapping-sysmgr-complete", "System Manager's letter: transfer order, posting order, two charge reports",
               [A_transfer(301, names), A_posting(302, names)] + [A_charge(o) for o in offs], foot=DISCLAIMER)
    map_letter("kol", offs, "mapping-edi-no-charge-report", "EDI letter: transfer and posting orders, no charge report",
               [A_transfer(303, names), A_posting(304, names)], foot=ENV)
    map_letter("pun", offs[:1], "mapping-acl-transfer-order-only", "ACL Admin: only the transfer order",
               [A_transfer(305, names[:1])])
    map_letter("knd", offs, "mapping-signature-no-phone", "Kandla letter, complete documents, signature without a contact number",
               [A_transfer(306, names), A_posting(307, names)] + [A_charge(o) for o in offs], sig_over={"tel": None})
    map_letter("jnc", offs[:1], "mapping-letter-mentions-promotion-background", "Systems letter; the officer's promotion in 2023 and designation update are background",
               [A_transfer(308, names[:1]), A_posting(309, names[:1]), A_charge(offs[0])],
               note="The officer was promoted as Superintendent in 2023 and his designation was updated in ACES then; no change of designation is sought.")
    o = officer(125)
    body = ("Sir/Madam,\n\nOn transfer from Chennai Customs I have joined this Custom House and have been posted to the "
            "Export Shed vide the local posting order. Kindly map the roles in ACES accordingly.\n\nThe transfer order, "
            "local posting order and my charge report are attached.\n\nRegards,\n" + o["name"] + "\nInspector\n")
    add("mapping-officer-own-id-outlook", "Inspector's own ICEGATE ID via Outlook (CRLF), all three documents",
        f"{o['first'].lower()}.{o['last'].lower()}@icegate.gov.in", o["name"], "Role mapping in ACES on joining",
        body, "icegate", "role_mapping", [A_transfer(310, [o["name"]]), A_posting(311, [o["name"]]), A_charge(o)],
        mailer="outlook", crlf=True)
    s = {"name": "Girish Sahu", "desig": "Superintendent", "office": "CGST Division-II, Raipur",
         "tel": "0771-2422813", "email": "girish.sahu@icegate.gov.in"}
    body = letter("Mapping of officer in ACES - reg.", ["Kindly map the roles of the following officer who joined on transfer.",
                  detail_block(o)], s, fno="C.No. II/Div-II/Sys/09/2025", dated="21.11.2025", encl="as above")
    add("mapping-division-gmail-complete-docs", "Division office Gmail (generic, not ICEGATE): all three documents, full signature",
        "division2.cgst.raipur@gmail.com", "CGST Division II Raipur", "Mapping of officer in ACES - reg.", body,
        "generic", "role_mapping", [A_transfer(312, [o["name"]]), A_posting(313, [o["name"]]), A_charge(o)], sig=s,
        mailer=None)
    frm, disp, s = I("mum")
    add("mapping-subject-only-pfa", "AC's individual ID: subject 'Role mapping in ACES on transfer - reg.', body 'PFA'",
        frm, disp, "Role mapping in ACES on transfer - reg.", "PFA\n", "icegate", "role_mapping",
        [A_transfer(314, names[:1]), A_posting(315, names[:1]), A_charge(offs[0])], mailer=None, html=False)

    # ------------------------------------------------------------ F/G/H. redirect, unknown, automated
    frm, disp, office, s = G("chn")
    body = letter("Unable to log in to ECCS after password expiry - reg.",
                  ["After the password-expiry exercise in the Express Cargo Clearance System (ECCS), officers of the "
                   "Courier Terminal are unable to log in to the ECCS application even after resetting the password.",
                   "Their SSO IDs for ACES are working normally. Kindly look into the ECCS login problem."], s,
                  fno=fno("S/55/Sys/2025"), dated="21.11.2025")
    add("eccs-sysmgr-letter", "System Manager's letter about ECCS logins failing after password expiry (mentions SSO IDs in passing)",
        frm, disp, "ECCS login issue - reg.", body, "generic", "eccs", sig=s)
    o = officer(130)
    add("trade-portal-exporter-letter", "Exporter's letter from a personal Gmail about ICEGATE portal registration with IEC",
        "sunil.agarwal1971@gmail.com", "Sunil Agarwal", "ICEGATE registration - IEC 0512345678 - reg.",
        "To\nThe Helpdesk\n\nSub: Unable to complete ICEGATE registration - reg.\n\nSir,\nOur firm (IEC 0512345678) is "
        "unable to complete registration on the ICEGATE portal; the OTP is not received and login fails. Kindly help.\n\n"
        "Yours faithfully,\nSunil Agarwal\nProprietor, Agarwal Exports\n", "personal", "trade_portal", mailer=None)
    frm, disp, office, s = G("kol")
    body = letter("Nomination of System Manager - reg.",
                  ["Shri Arindam Ghosh, Appraiser, has been nominated as Alternate System Manager of this Custom House.",
                   "Henceforth, SSO ID creation, password reset and role mapping requests of this Custom House will be "
                   "forwarded by him. This is for information."], s, fno=fno("EDI/30/2025"), dated="22.11.2025")
    add("unknown-nomination-of-system-manager", "EDI letter intimating a new Alternate System Manager; names creation, reset and mapping only in passing",
        frm, disp, "Nomination of Alternate System Manager - reg.", body, "generic", "unknown", sig=s)
    frm, disp, office, s = G("chn")
    add("auto-out-of-office-sysmgr", "Zimbra out-of-office reply from the System Manager's mailbox",
        frm, disp, "Out of Office", "I am on leave till 30.11.2025. For urgent matters contact the EDI section.\n",
        "automated", "unknown", extra={"Auto-Submitted": "auto-replied"}, html=False)

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
    rows = ["| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        errs = ", ".join(f"r{x['row']} {x['column']} {x['code']}" for x in e["template_errors"])
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}"
                    f"{'; missing ' + ', '.join(e['missing']) if e['missing'] else ''}"
                    f"{'; ' + errs if errs else ''}) |")
    (HERE / "CASES.md").write_text("# corpus16 cases (generated by make.py)\n\n" + "\n".join(rows) + "\n",
                                   encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
