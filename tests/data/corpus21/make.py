#!/usr/bin/env python3
"""corpus21: a combinatorial triage corpus for maild.

Each mail is built from independent random choices (fixed seed), each drawn from a
hand-written pool of realistic variants: sender, request phrasing, details block,
signature layout, attachments, client/encoding, quoted history and auth header.
The expected verdict is computed by `verdict()` below from the chosen facts, by the
tables of ../shared/spec/triage.md and template.md -- never from maild.

Run: .venv/bin/python tests/data/corpus21/make.py  (deterministic output)
"""
from __future__ import annotations

import datetime as dt
import html as _html
import importlib.util
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# MIME / xlsx / pdf builders are corpus2's: loaded from there, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
SEED = 21_2025
N_MAILS = 150

# ============================================================ pools (hand-written)

FIRST = ["Ramesh", "Anita", "Suresh", "Kavitha", "Pankaj", "Deepa", "Mohammed", "Lakshmi", "Arvind", "Neha",
         "Sanjay", "Priya", "Harish", "Meenakshi", "Vikram", "Sunita", "Rajesh", "Farah", "Gopal", "Shalini"]
LAST = ["Verma", "Nair", "Iyer", "Kulkarni", "Chatterjee", "Reddy", "Khan", "Menon", "Pandey", "Bhatt",
        "Sharma", "Das", "Pillai", "Rathore", "Saxena", "Joshi", "Banerjee", "Gowda", "Thakur", "Fernandes"]
DESIG = ["Inspector", "Superintendent", "Appraiser", "Examiner", "Preventive Officer", "Assistant Commissioner",
         "Deputy Commissioner", "Senior Intelligence Officer"]
# offices: no designation words in them
OFFICES = ["Custom House, Visakhapatnam", "CGST Division-II, Madurai", "Air Cargo Complex, Chennai",
           "ICD Tughlakabad, New Delhi", "CGST & CX Commissionerate, Kochi", "Custom House, Kandla",
           "CGST Audit Commissionerate, Pune", "JNCH, Nhava Sheva", "CGST Range-V, Tiruchirappalli"]
LANDLINES = ["0891-2562295", "0484-2390404", "033 2254 1234", "022-22757401", "0452 2530 311", "011-26152714"]

# generic (role) mailboxes: (address, display name, domain class)
GENERIC = [
    ("sysmgr.vtz1@icegate.gov.in", "System Manager Visakhapatnam", "icegate"),
    ("asm.chennaiair@icegate.gov.in", "ASM Air Cargo Chennai", "icegate"),
    ("acladmin.cgstpune@icegate.gov.in", "ACL Admin Pune", "icegate"),
    ("edi.section.kandla@icegate.gov.in", "EDI Section Kandla", "icegate"),
    ("computercell.cochin@icegate.gov.in", "Computer Cell Cochin", "icegate"),
    ("cex15sys.ker@nic.in", "Systems Kochi", "other"),
    ("edpcell.cgstmadurai@nic.in", "EDP Cell Madurai", "other"),
    ("systems.wzumumbai@gov.in", "Systems WZU Mumbai", "other"),
    ("computercell.cgstbhopal@gov.in", "Computer Cell Bhopal", "other"),
    ("cgstdivision2.madurai@gmail.com", "CGST Division II Madurai", "other"),
    ("rangev.cgst.trichy@gmail.com", "Range V Trichy", "other"),
    ("customsoffice.tuticorin@gmail.com", "Customs Office Tuticorin", "other"),
]
GENERIC_OFFICE = {
    "sysmgr.vtz1@icegate.gov.in": "Custom House, Visakhapatnam",
    "asm.chennaiair@icegate.gov.in": "Air Cargo Complex, Chennai",
    "acladmin.cgstpune@icegate.gov.in": "CGST Pune-I Commissionerate",
    "edi.section.kandla@icegate.gov.in": "Custom House, Kandla",
    "computercell.cochin@icegate.gov.in": "Custom House, Cochin",
    "cex15sys.ker@nic.in": "CGST & CX Commissionerate, Kochi",
    "edpcell.cgstmadurai@nic.in": "CGST Madurai Commissionerate",
    "systems.wzumumbai@gov.in": "West Zonal Unit, Mumbai",
    "computercell.cgstbhopal@gov.in": "CGST Bhopal Commissionerate",
    "cgstdivision2.madurai@gmail.com": "CGST Division-II, Madurai",
    "rangev.cgst.trichy@gmail.com": "CGST Range-V, Tiruchirappalli",
    "customsoffice.tuticorin@gmail.com": "Customs Office, Tuticorin",
}
# personal mailboxes of individuals outside icegate.gov.in
PERSONAL_FMT = ["{f}.{l}{n}@gmail.com", "{f}{l}{n}@yahoo.co.in", "{f}_{l}@rediffmail.com", "{f}.{l}@nic.in",
                "{fi}.{l}@gov.in", "{l}.{f}{n}@gmail.com"]
ICEGATE_FMT = ["{f}.{l}@icegate.gov.in", "{fi}{l}{n2}@icegate.gov.in", "{f}.{l}{n2}@icegate.gov.in"]

# request phrasings: (subject, body sentence or None for subject-only, first_person)
REQ = {
    "sso_creation": [
        ("Creation of SSO ID and ICEGATE e-mail ID for newly joined officers",
         "Kindly create SSO IDs and ICEGATE e-mail IDs for the newly joined officers on their initial appointment.", False),
        ("Request for new SSO ID - initial appointment",
         "Please create new SSO ID / ICEGATE mail ID for the officers who have joined on initial appointment.", False),
        ("Naye officers ke liye SSO ID banane hetu",
         "Sir, naye join hue officers ke liye naya SSO ID aur ICEGATE mail ID bana dijiye.", False),
        ("नई एसएसओ आईडी बनाने हेतु अनुरोध",
         "नव नियुक्त अधिकारियों के लिए नई एसएसओ आईडी एवं आइसगेट ई-मेल आईडी बनाने का कष्ट करें।", False),
        ("SSO ID creation - direct recruits",
         "Fresh SSO IDs and ICEGATE mail IDs are requested for the direct recruit officers who joined recently.", False),
        ("New SSO ID required",
         "I have joined CBIC on initial appointment and do not have an SSO ID yet. Kindly create a new SSO ID and ICEGATE e-mail ID for me.", True),
        ("SSO ID and ICEGATE mail ID creation request", None, False),
    ],
    "sso_status": [
        ("Whether SSO ID exists in my name",
         "I am not sure whether an SSO ID / ICEGATE e-mail ID has been created in my name. Kindly check and inform.", True),
        ("Checking of SSO ID status",
         "Kindly confirm whether any SSO ID has already been created in the name of the officer whose details are given below.", False),
        ("SSO ID bana hai ya nahi",
         "Sir, kripya check karke bataiye ki mere naam par SSO ID pehle se bani hai ya nahi.", True),
        ("एसएसओ आईडी की स्थिति",
         "कृपया बताएं कि मेरे नाम पर कोई एसएसओ आईडी / आइसगेट ई-मेल आईडी पहले से बनी है या नहीं।", True),
        ("Status of SSO ID / ICEGATE mail ID",
         "Please let us know whether an SSO ID or ICEGATE e-mail ID already exists for the officer below.", False),
        ("Is an SSO ID already created for me?",
         "I have never received any SSO ID. Please check whether one already exists in my name.", True),
        ("Whether SSO ID already created - please check", None, False),
    ],
    "password_reset": [
        ("Password reset of SSO ID",
         "I have forgotten the password of my SSO ID. Kindly reset the password.", True),
        ("Request for resetting SSO ID password",
         "Kindly reset the SSO ID password of the officer whose details are given below.", False),
        ("SSO ID inactive - activation request",
         "My SSO ID has become inactive and I cannot open my ICEGATE mailbox. Please activate it and give a new password.", True),
        ("SSO password reset karna hai",
         "Sir, mera SSO ID ka password bhool gaya hoon, kripya password reset karke naya password de dijiye.", True),
        ("पासवर्ड रीसेट हेतु अनुरोध",
         "मैं अपनी एसएसओ आईडी का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करें।", True),
        ("Lost password - SSO ID / ICEGATE mail",
         "The password of the SSO ID of the officer below has been lost. Please reset it.", False),
        ("Forgot SSO ID password - please reset", None, False),
    ],
    "designation_update": [
        ("Updation of designation on promotion",
         "The officer has been promoted. Kindly update the designation in ACES as per the promotion order.", False),
        ("Designation change on promotion - ACES",
         "Consequent upon promotion, the designation of the officer needs to be updated in ACES. Kindly do the needful.", False),
        ("Promotion ke baad designation update",
         "Sir, promotion ke baad ACES mein designation abhi bhi purana dikh raha hai, kripya update kar dijiye.", False),
        ("पदोन्नति पर पदनाम अद्यतन",
         "पदोन्नति के उपरांत एसीईएस में पदनाम अद्यतन करने का कष्ट करें।", False),
        ("Request to update designation in ACES",
         "I have been promoted recently but ACES still shows my old designation. Please update it.", True),
        ("Designation update consequent on promotion", None, False),
    ],
    "role_mapping": [
        ("Mapping of roles in ACES on transfer",
         "The officer has joined this office on transfer. Kindly map the roles in ACES as per the local posting order.", False),
        ("Unmapping and mapping of officer",
         "Kindly unmap the officer from the previous charge and map to the new charge in ACES consequent upon transfer and joining.", False),
        ("Transfer ke baad role mapping",
         "Sir, transfer ke baad joining ho gayi hai, kripya ACES mein naye charge ke roles map kar dijiye.", False),
        ("स्थानांतरण पर भूमिका मैपिंग",
         "स्थानांतरण के उपरांत कार्यभार ग्रहण कर लिया गया है, कृपया एसीईएस में भूमिका मैप करें।", False),
        ("GST BO role assignment after posting",
         "Please assign roles in GST back office to the officer as per the posting order, after relief from the previous office.", False),
        ("Role mapping in ACES - joined on transfer", None, False),
    ],
    "eccs": [
        ("ECCS login issue",
         "After the ECCS password expiry exercise I am unable to log in to the ECCS application. Please help.", True),
        ("ECCS password expired",
         "The Express Cargo Clearance System (ECCS) password has expired and the reset prompt fails.", False),
        ("ECCS mein login nahi ho raha",
         "Sir, ECCS application mein login nahi ho raha, password expire bata raha hai.", False),
        ("ईसीसीएस लॉगिन समस्या",
         "ईसीसीएस (एक्सप्रेस कार्गो क्लीयरेंस सिस्टम) एप्लिकेशन में लॉगिन नहीं हो पा रहा है।", False),
        ("Express Cargo Clearance System access",
         "Courier shipments are pending as the Express Cargo Clearance System (ECCS) does not accept the login since morning.", False),
        ("ECCS application password expiry - unable to login", None, False),
    ],
    "trade_portal": [
        ("Unable to login ICEGATE portal - IEC holder",
         "We are an exporter (IEC 0512345678) and cannot log in to the ICEGATE portal with our IEC. Please help.", True),
        ("ICEGATE registration for our IEC",
         "Our firm's ICEGATE portal registration for IEC 0516901234 is pending; kindly activate the trader login.", True),
        ("ICEGATE portal login problem",
         "Sir, hamari firm ka ICEGATE portal par IEC se login nahi ho raha, IEC 0398765412 hai.", True),
        ("आइसगेट पोर्टल लॉगिन",
         "हमारी फर्म (आईईसी 0309876541) आइसगेट पोर्टल पर लॉगिन नहीं कर पा रही है।", True),
        ("Change of registered mobile on ICEGATE portal",
         "As an importer (IEC 0815432109) I need to change the mobile number registered for our ICEGATE portal login.", True),
        ("ICEGATE portal login issue for IEC holder", None, True),
    ],
    "unknown": [
        ("Increase in mailbox quota",
         "The ICEGATE mailbox is full. Kindly increase the mailbox quota.", False),
        ("Mails from outside domains not received",
         "Mails from external domains are not reaching the ICEGATE mailbox of our section since last week.", False),
        ("Mailbox size badhane hetu",
         "Sir, ICEGATE mailbox ka size bahut kam hai, kripya badha dijiye.", False),
        ("मेलबॉक्स कोटा बढ़ाने हेतु",
         "कृपया हमारे आइसगेट मेलबॉक्स का कोटा बढ़ाने का कष्ट करें।", False),
        ("Training on ACES",
         "Kindly intimate the schedule of the next ACES training programme for officers of this office.", False),
        ("Request for additional mailbox storage", None, False),
    ],
}
SUBJECT_ONLY_BODY = ["Sir,\n\nPlease do the needful. Details are given below.",
                     "Respected Sir/Madam,\n\nKindly do the needful at the earliest.",
                     "Sir,\n\nकृपया आवश्यक कार्रवाई करें।",
                     "Sir, pls do the needful."]
COIN_LINES = ["The officer is on COIN posting at the Indian Embassy, Dubai.",
              "Please note that the officer is posted outside India (Consulate General of India, Hong Kong) under COIN.",
              "The officer is on a COIN posting abroad, at the Indian Mission in Singapore."]

CLOSINGS = ["Regards,", "Thanks & Regards,", "Yours faithfully,", "सादर / Regards,", "With regards", "Warm regards,"]


# ============================================================ facts of one mail

@dataclass
class Facts:
    idx: int
    sender: str
    display: str
    kind: str                     # icegate / generic / personal
    icegate_domain: bool
    rt: str
    subject: str
    phrase: str | None
    lang_first_person: bool
    det: dict = field(default_factory=dict)        # name/designation/mobile/sso_id -> form or None
    sig: dict = field(default_factory=dict)        # generic: name/designation/email/phone -> bool
    sig_phone_mobile: bool = False
    attachments: list = field(default_factory=list)  # (kind, filename, ctype, data)
    template_errors: list = field(default_factory=list)
    coin: bool = False
    dmarc_fail: bool = False
    client: str = "plain7"
    quoted: bool = False
    notes: list = field(default_factory=list)


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def mobile_str(rng, digits=None):
    d = digits or (rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(9)))
    fmt = rng.choice(["plain", "plus91sp", "hyph", "zero", "plus91h", "dots"])
    if fmt == "plain":
        return d, d
    if fmt == "plus91sp":
        return d, f"+91 {d[:5]} {d[5:]}"
    if fmt == "hyph":
        return d, f"{d[:5]}-{d[5:]}"
    if fmt == "zero":
        return d, f"0{d}"
    if fmt == "plus91h":
        return d, f"+91-{d}"
    return d, f"{d[:5]}.{d[5:]}"


# ============================================================ the contract, as a function

REQS = {
    "sso_creation": (["template", "service_book"], [], True),
    "sso_status": ([], ["name", "designation", "mobile"], False),
    "password_reset": ([], ["name", "designation", "sso_id", "mobile"], True),
    "designation_update": (["promotion_order", "service_book"], [], True),
    "role_mapping": (["transfer_order", "posting_order", "charge_report"], [], True),
}


def verdict(f: Facts) -> dict:
    kinds = [a[0] for a in f.attachments]
    missing = set()
    if f.rt in REQS:
        docs, details, need_icegate = REQS[f.rt]
        for d in docs:
            if d in kinds:
                continue
            if d == "service_book" and f.rt == "sso_creation" and "certification_letter" in kinds:
                continue
            missing.add(d)
        for d in details:
            present = f.det.get(d) is not None
            if f.kind == "generic":   # the signature block is part of the sender's own text
                if d == "name" and f.sig["name"]:
                    present = True
                if d == "designation" and f.sig["designation"]:
                    present = True
                if d == "mobile" and f.sig["phone"] and f.sig_phone_mobile:
                    present = True
            if not present:
                missing.add(d)
        if need_icegate and not f.icegate_domain:
            missing.add("icegate_sender")
    if f.kind == "generic":
        for el in ("name", "designation", "email", "phone"):
            if not f.sig[el]:
                missing.add(f"signature_{el}")
    errors = f.template_errors if "template" in kinds else []
    if f.rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif (f.rt == "unknown" or "certification_letter" in kinds or f.coin
          or (f.icegate_domain and f.dmarc_fail)):
        action = "review"
    elif missing or errors:
        action = "request_missing"
    else:
        action = "acknowledge"
    return {"sender_kind": f.kind, "request_type": f.rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(kinds)}


# ============================================================ attachments

def repack(data: bytes) -> bytes:
    """openpyxl stamps the zip entries with the current time: re-pack with a fixed one."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", blob)
            z.writestr(zi, blob)
    return out.getvalue()


def officer_rows(rng, n):
    rows, officers = [], []
    used_f = set()
    for i in range(n):
        while True:
            fn, ln = person(rng)
            if fn not in used_f:
                used_f.add(fn)
                break
        mob = rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(9))
        alt = f"{fn.lower()}.{ln.lower()}{rng.randint(70, 99)}@{rng.choice(['gmail.com', 'yahoo.co.in', 'rediffmail.com'])}"
        dob = dt.date(rng.randint(1988, 1999), rng.randint(1, 12), rng.randint(1, 28))
        doj = dt.date(rng.choice([2024, 2025]), rng.randint(1, 9), rng.randint(1, 28))
        real_dates = rng.random() < 0.5
        sep = rng.choice(["/", "-", "."])
        fmtd = (lambda d: kit.D(d.year, d.month, d.day)) if real_dates else (lambda d: d.strftime(f"%d{sep}%m{sep}%Y"))
        office = rng.choice(OFFICES)
        rows.append([i + 1, fn, rng.choice(["", "", "Kumar", "Devi"]), ln, rng.choice(["Inspector", "Inspector", "Appraiser", "Examiner", "Preventive Officer"]),
                     fmtd(dob), fmtd(doj), mob if rng.random() < 0.5 else int(mob), alt, office,
                     office.split(",")[-1].strip(), ""])
        officers.append((f"{fn} {ln}", dob.strftime("%d/%m/%Y"), doj.strftime("%d/%m/%Y")))
    return rows, officers


TEMPLATE_ERRORS = ["missing_mandatory", "initials_in_name", "invalid_date_future", "invalid_date_bad",
                   "invalid_date_minor", "invalid_mobile", "invalid_email", "generic_alt_email_icegate",
                   "generic_alt_email_office", "duplicate_mobile", "duplicate_alt_email", "unreadable"]


def make_template(rng, f: Facts):
    """Returns (bytes, officers, errors) -- clean, or with exactly one error."""
    n = rng.randint(1, 3)
    err = rng.choice(TEMPLATE_ERRORS) if rng.random() < 0.45 else None
    if err in ("duplicate_mobile", "duplicate_alt_email"):
        n = max(n, 2)
    rows, officers = officer_rows(rng, n)
    titles = rng.choice([("Template for SSO ID and ICEGATE Email ID Creation", "(Columns with headings in red are mandatory)"),
                         (), ("GOVERNMENT OF INDIA",)])
    first_data = len(titles) + 2
    k = rng.randrange(n)
    excel_row = first_data + k
    C = {key: i for i, key in enumerate(kit.KEYS)}
    errors = []
    if err == "missing_mandatory":
        col = rng.choice(["designation", "alt_email", "office", "mobile"])
        rows[k][C[col]] = ""
        errors.append((excel_row, col, "missing_mandatory"))
    elif err == "initials_in_name":
        col = rng.choice(["first_name", "last_name"])
        rows[k][C[col]] = rng.choice(["R.", "K", "S.K.", "M K"])
        errors.append((excel_row, col, "initials_in_name"))
    elif err == "invalid_date_future":
        rows[k][C["date_of_joining"]] = "03/11/2026"
        errors.append((excel_row, "date_of_joining", "invalid_date"))
    elif err == "invalid_date_bad":
        rows[k][C["date_of_birth"]] = "31/04/1993"
        errors.append((excel_row, "date_of_birth", "invalid_date"))
    elif err == "invalid_date_minor":
        rows[k][C["date_of_birth"]] = "05/05/2009"
        rows[k][C["date_of_joining"]] = "01/06/2025"
        errors.append((excel_row, "date_of_joining", "invalid_date"))
    elif err == "invalid_mobile":
        rows[k][C["mobile"]] = rng.choice(["98765432", "5123456789", "981234567890"])
        errors.append((excel_row, "mobile", "invalid_mobile"))
    elif err == "invalid_email":
        rows[k][C["alt_email"]] = rng.choice(["ravi.kumar82gmail.com", "neha.joshi@gmail,com", "sanjay pandey@yahoo.com"])
        errors.append((excel_row, "alt_email", "invalid_email"))
    elif err == "generic_alt_email_icegate":
        rows[k][C["alt_email"]] = rng.choice(["sysmgr.vtz1@icegate.gov.in", "harish.menon@icegate.gov.in"])
        errors.append((excel_row, "alt_email", "generic_alt_email"))
    elif err == "generic_alt_email_office":
        rows[k][C["alt_email"]] = rng.choice(["centralexcisemumbai@gmail.com", "cgstdivision3.salem@gmail.com"])
        errors.append((excel_row, "alt_email", "generic_alt_email"))
    elif err == "duplicate_mobile":
        k = max(k, 1)
        rows[k][C["mobile"]] = rows[k - 1][C["mobile"]]
        errors.append((first_data + k, "mobile", "duplicate_mobile"))
    elif err == "duplicate_alt_email":
        k = max(k, 1)
        rows[k][C["alt_email"]] = rows[k - 1][C["alt_email"]]
        errors.append((first_data + k, "alt_email", "duplicate_alt_email"))
    if err == "unreadable":
        data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(600))
        errors = [(0, "", "unreadable")]
    else:
        data = repack(kit.make_xlsx(rows, titles=titles))
    if err:
        f.notes.append(f"template error {err}")
    return data, officers, errors


def sb_file(rng, officer, tag):
    name, dob, doj = officer
    v = rng.randrange(5)
    fn = name.split()[0]
    if v == 4:   # Devanagari + English file name (RFC 2231 or RFC 2047 encoded)
        return ("service_book", f"सेवा पुस्तिका - Service Book {fn}.pdf", PDF, kit.sb_pdf(name, dob, doj))
    if v == 0:
        return ("service_book", f"Service_Book_{fn}.pdf", PDF, kit.sb_pdf(name, dob, doj))
    if v == 1:
        return ("service_book", f"Service book page 1 - {name}.jpg", JPG, kit.jpeg(tag))
    if v == 2:
        return ("service_book", f"scan_{1000 + tag}.pdf", PDF, kit.sb_pdf(name, dob, doj))  # told by its text layer
    return ("service_book", f"ServiceBook_first_page_{fn}.pdf", PDF, kit.sb_pdf(name, dob, doj))


def order_pdf(kind, rng, tag):
    no = rng.randint(10, 399)
    if kind == "promotion_order":
        txt = ["GOVERNMENT OF INDIA", f"OFFICE ORDER No. {no}/2025 - PROMOTION",
               "The following Inspectors are promoted to the grade of Superintendent",
               "with effect from the date of assumption of the higher post."]
        name = rng.choice([f"Promotion_Order_{no}_2025.pdf", f"promotion order {no}.pdf", f"OO_No_{no}_2025.pdf",
                           f"पदोन्नति आदेश - Promotion Order {no}.pdf"])
    elif kind == "transfer_order":
        txt = ["GOVERNMENT OF INDIA", f"TRANSFER ORDER No. {no}/2025",
               "The following officers are transferred from their present charge with immediate effect."]
        name = rng.choice([f"Transfer_Order_{no}.pdf", f"transfer order {no}-2025.pdf"])
    elif kind == "posting_order":
        txt = ["GOVERNMENT OF INDIA", f"LOCAL POSTING ORDER No. {no}/2025",
               "On joining, the officer is posted to Range-III of this Division."]
        name = rng.choice([f"Local_Posting_Order_{no}.pdf", f"local posting order {no}.pdf"])
    elif kind == "charge_report":
        txt = ["CHARGE REPORT", "Certified that I have assumed charge of the post on the forenoon of 03/11/2025."]
        name = rng.choice([f"Charge_Report_{no}.pdf", "Joining_Report.pdf", "assumption of charge report.pdf"])
    elif kind == "certification_letter":
        txt = ["CERTIFICATE", "Certified that the name, date of birth and date of joining CBIC of the officer",
               "are as given in the enclosed template.", "(Signed and sealed) Joint Commissioner"]
        name = rng.choice(["Certification_letter_JC.pdf", "certification letter - JC.pdf"])
    else:
        raise ValueError(kind)
    if kind == "charge_report" and rng.random() < 0.3:
        return (kind, "Charge_Report.jpg", JPG, kit.jpeg(tag))
    return (kind, name, PDF, kit.make_pdf(txt))


def other_file(rng, tag):
    v = rng.randrange(3)
    if v == 0:
        return ("other", "screenshot.png", PNG, kit.make_png(64, 40, 100 + tag % 100))
    if v == 1:
        return ("other", f"error_{tag}.png", PNG, kit.make_png(48, 30, 50 + tag % 150))
    return ("other", f"IMG_20251{tag % 10}04_1130{tag % 10}.jpg", JPG, kit.jpeg(5000 + tag))


# ============================================================ choose facts

def choose(rng, idx) -> Facts:
    rt = rng.choices(list(REQ), weights=[20, 14, 20, 14, 14, 8, 6, 6])[0]
    # sender
    if rt == "trade_portal":
        skind = "personal"
    else:
        skind = rng.choices(["icegate", "generic", "personal"], weights=[45, 35, 20])[0]
    fn, ln = person(rng)
    sub = dict(f=fn.lower(), l=ln.lower(), fi=fn[0].lower(), n=rng.randint(70, 99), n2=rng.randint(1, 9))
    if skind == "icegate":
        sender, display, ig = rng.choice(ICEGATE_FMT).format(**sub), f"{fn} {ln}", True
    elif skind == "generic":
        sender, display, dom = rng.choice(GENERIC)
        ig = dom == "icegate"
    else:   # a trader writes from a public webmail, not from nic.in / gov.in
        pool = PERSONAL_FMT if rt != "trade_portal" else [PERSONAL_FMT[i] for i in (0, 1, 2, 5)]
        sender, display, ig = rng.choice(pool).format(**sub), f"{fn} {ln}", False
    phrases = [p for p in REQ[rt] if not (p[2] and skind == "generic")]
    subj, phrase, fp = rng.choice(phrases)
    f = Facts(idx, sender, display, skind, ig, rt, subj, phrase, fp)
    f.officer = (fn, ln) if skind != "generic" else person(rng)
    f.desig = rng.choice(DESIG)
    f.office = rng.choice(OFFICES)

    # details block: each present (with a form) or absent
    forms = ["labelled", "running", "table"] + (["signature"] if skind != "generic" else [])
    if rt in ("sso_status", "password_reset"):
        p_present = 0.78
    elif rt in ("eccs", "unknown"):
        p_present = 0.4
    else:
        p_present = 0.0
    for d in ("name", "designation", "mobile", "sso_id"):
        f.det[d] = rng.choice(forms) if rng.random() < p_present else None
    if rt not in ("sso_status", "password_reset"):
        f.det["sso_id"] = None          # keep SSO IDs out of non-account mails
    if rt == "trade_portal":
        f.det = {"name": "signature", "designation": None, "mobile": None, "sso_id": None}
    if f.det["sso_id"] == "signature":
        f.det["sso_id"] = "labelled"
    f.mob_digits, f.mob_text = mobile_str(rng)
    f.sso_val = rng.choice([str(rng.randint(10_000_000, 99_999_999)), "alt_email"])
    f.alt_mail = f"{fn.lower()}{ln.lower()[0]}{rng.randint(70, 99)}@{rng.choice(['gmail.com', 'yahoo.com'])}"
    f.decoy_landline = rng.random() < 0.3
    f.decoy_own_address = skind == "icegate" and rt == "password_reset" and f.det["sso_id"] is None and rng.random() < 0.6

    # generic signature: four elements, each present or absent
    f.sig_shape = rng.randrange(6)
    f.closing = rng.choice(CLOSINGS)
    if skind == "generic":
        f.sig = {el: rng.random() < 0.72 for el in ("name", "designation", "email", "phone")}
        f.sig_phone_mobile = rng.random() < 0.6
        f.nodal = person(rng)
        f.nodal_desig = rng.choice(["Superintendent (Systems)", "Assistant Commissioner (EDI)", "Deputy Commissioner",
                                    "Inspector (EDP)", "Joint Commissioner"])
        f.nodal_mob = mobile_str(rng)
        f.nodal_land = rng.choice(LANDLINES)
        nf, nl = f.nodal
        f.nodal_email = rng.choice([f"{nf.lower()}.{nl.lower()}@icegate.gov.in", f"{nf.lower()[0]}{nl.lower()}@gov.in",
                                    f"{nf.lower()}.{nl.lower()}{rng.randint(70, 99)}@gmail.com"])
        if rt == "password_reset" and f.sig["email"] and f.det["sso_id"] is None:
            f.det["sso_id"] = "labelled"   # an e-mail in the mail with no SSO ID would be ambiguous: excluded
    # individual signature extras
    f.sig_name_extra = rng.random() < 0.5

    # attachments
    tag = idx * 10
    atts = []
    if rt == "sso_creation":
        officers = [(f"{f.officer[0]} {f.officer[1]}", "12/03/1995", "01/08/2025")]
        if rng.random() < 0.8:
            data, officers, errs = make_template(rng, f)
            name = rng.choice(["SSO_ID_creation_template.xlsx", "Template for SSO ID creation.xlsx",
                               "officers_list.xlsx", "sso template nov 2025.xlsx"])
            if errs and errs[0][2] == "unreadable" and "template" not in name.lower():
                name = "SSO ID creation template.xlsx"   # an unreadable file is a template only by its name
            atts.append(("template", name, XLSX, data))
            f.template_errors = errs
        r = rng.random()
        if r < 0.65:
            if rng.random() < 0.5:
                for j, o in enumerate(officers):
                    atts.append(sb_file(rng, o, tag + j))
            else:
                atts.append(sb_file(rng, officers[0], tag))
        elif r < 0.8:
            atts.append(order_pdf("certification_letter", rng, tag))
        f.coin = rng.random() < 0.08
    elif rt == "designation_update":
        if rng.random() < 0.78:
            atts.append(order_pdf("promotion_order", rng, tag))
        if rng.random() < 0.72:
            atts.append(sb_file(rng, (f"{f.officer[0]} {f.officer[1]}", "12/03/1990", "01/08/2015"), tag + 1))
    elif rt == "role_mapping":
        for j, k in enumerate(("transfer_order", "posting_order", "charge_report")):
            if rng.random() < 0.75:
                atts.append(order_pdf(k, rng, tag + j))
    if rng.random() < (0.35 if rt in ("eccs", "trade_portal") else 0.1):
        atts.append(other_file(rng, tag + 7))
    rng.shuffle(atts)
    f.attachments = atts

    f.client = rng.choice(["plain7", "qp", "b64", "alt", "html", "outlook"])
    if f.client == "html" and f.sig_shape == 5:
        f.sig_shape = 0          # a bare '-- ' line does not survive HTML rendering reliably: excluded
    f.quoted = rng.random() < 0.3
    # auth header: pass; or, for a few icegate.gov.in senders, a failure (sometimes with a forged 'pass'
    # copy further down, which is ignored), or spf=fail with dkim=pass (a relay: no failure)
    f.auth = rng.choices(["pass", "dmarc_fail", "dmarc_fail_forged_below", "spf_fail_dkim_pass"],
                         weights=[82, 7, 4, 7])[0] if ig else "pass"
    f.dmarc_fail = f.auth.startswith("dmarc_fail")
    return f


# ============================================================ rendering the text

def detail_blocks(f: Facts, rng):
    """The officer details as blocks: ('text', str) or ('table', headers, values)."""
    gen = f.kind == "generic"
    name = f"{f.officer[0]} {f.officer[1]}"
    vals = {"name": name, "designation": f.desig, "mobile": f.mob_text,
            "sso_id": f.sso_val if f.sso_val != "alt_email" else f.alt_mail}
    blocks = []
    labelled = [d for d in ("name", "designation", "mobile", "sso_id") if f.det.get(d) == "labelled"]
    running = [d for d in ("name", "designation", "mobile", "sso_id") if f.det.get(d) == "running"]
    table = [d for d in ("name", "designation", "mobile", "sso_id") if f.det.get(d) == "table"]
    if len(table) == 1:          # a one-column table is no table: written labelled instead
        labelled = [d for d in ("name", "designation", "mobile", "sso_id") if d in labelled or d in table]
        table = []
    style = rng.randrange(3)
    lab = {"name": ["Name", "Name of the officer", "नाम / Name"][style],
           "designation": ["Designation", "Designation", "पदनाम / Designation"][style],
           "mobile": ["Mobile No.", "Mobile", "मोबाइल / Mobile"][style],
           "sso_id": "SSO ID" if f.sso_val != "alt_email" else "Alternate e-mail ID"}
    if running:
        parts = []
        who = "The officer's" if gen else "My"
        for d in running:
            if d == "name":
                parts.append(f"{who} name is {name}." if gen else rng.choice([f"My name is {name}.", f"I am {name}."]))
            elif d == "designation":
                parts.append(f"{'The officer is' if gen else 'I am'} working as {f.desig} in {f.office}.")
            elif d == "mobile":
                parts.append(f"{who} mobile number is {f.mob_text}.")
            elif d == "sso_id":
                parts.append(f"{who} SSO ID is {vals['sso_id']}." if f.sso_val != "alt_email"
                             else f"{who} alternate e-mail ID is {vals['sso_id']}.")
        blocks.append(("text", " ".join(parts)))
    if labelled:
        lines = [f"{lab[d]}: {vals[d]}" for d in labelled]
        if f.decoy_landline and f.det.get("mobile") != "signature":
            lines.append(f"Tel (O): {rng.choice(LANDLINES)}")
        blocks.append(("text", "\n".join(lines)))
    elif f.decoy_landline and not gen:
        blocks.append(("text", f"Office phone: {rng.choice(LANDLINES)}"))
    if table:
        hdrs = {"name": "Name", "designation": "Designation", "mobile": "Mobile No.",
                "sso_id": "SSO ID" if f.sso_val != "alt_email" else "Alternate e-mail ID"}
        blocks.append(("table", [hdrs[d] for d in table], [vals[d] for d in table]))
    if f.decoy_own_address:
        blocks.append(("text", f"My ICEGATE e-mail ID is {f.sender}."))
    return blocks


def signature_lines(f: Facts, rng):
    """List of lines of the sign-off (closing included), or [] for no signature."""
    if f.kind == "generic":
        s = f.sig
        nf, nl = f.nodal
        el = []
        if s["name"]:
            el.append(("name", f"{nf} {nl}"))
        if s["designation"]:
            el.append(("designation", f.nodal_desig))
        if s["email"]:
            el.append(("email", f"E-mail: {f.nodal_email}"))
        if s["phone"]:
            el.append(("phone", f"Mob: {f.nodal_mob[1]}" if f.sig_phone_mobile else
                       rng.choice([f"Tel: {f.nodal_land}", f"Ph (O): {f.nodal_land}"])))
        office = GENERIC_OFFICE[f.sender]  # office line: names no designation
        if not el and rng.random() < 0.5:
            return []
        if f.sig_shape == 0 and s["name"] and s["designation"]:
            body = [f"Name: {nf} {nl}", f"Designation: {f.nodal_desig}"] + [v for k, v in el if k in ("email", "phone")]
        elif f.sig_shape == 1 and s["name"]:
            body = [f"({nf} {nl})"] + [v for k, v in el if k != "name"]
        else:
            body = [v for k, v in el]
        body.append(office)
        if f.sig_shape == 5:
            return ["-- "] + body
        return [f.closing] + body
    # individual senders
    lines = []
    name = f"{f.officer[0]} {f.officer[1]}"
    name_any = f.det.get("name") is not None
    if f.det.get("name") == "signature" or (name_any and f.sig_name_extra):
        lines.append(f"({name})" if f.sig_shape == 3 else name)
    if f.det.get("designation") == "signature":
        lines.append(f.desig)
    if f.rt == "trade_portal":
        lines.append(rng.choice(["M/s Sai Exim Pvt Ltd, Chennai", "M/s Ganesh Traders, Surat", "M/s Orbit Impex, Ludhiana"]))
    elif rng.random() < 0.5 or lines:
        lines.append(f.office)
    if f.det.get("mobile") == "signature":
        lines.append(rng.choice(["Mob: ", "Mobile: ", "M: ", "मोबाइल: "]) + f.mob_text)
    if f.decoy_landline and f.det.get("mobile") is None and rng.random() < 0.5:
        lines.append(f"Tel (O): {rng.choice(LANDLINES)}")
    if not lines:
        return []
    if f.sig_shape == 5:
        return ["-- "] + lines
    return [f.closing] + lines


def quoted_history(f: Facts, rng, style):
    """An earlier mail of the same thread, with decoy details inside."""
    mob = mobile_str(rng)[1]
    docs = {"sso_creation": ["Template and service book attached."],
            "designation_update": ["Promotion order and service book attached."],
            "role_mapping": ["Transfer order, local posting order and charge report attached."]}.get(f.rt, [])
    inner = ["Sir,", "", f.phrase or f.subject, "",
             f"Name: {rng.choice(FIRST)} {rng.choice(LAST)}", f"Designation: {rng.choice(DESIG)}",
             f"Mobile No.: {mob}", f"SSO ID: {rng.randint(10_000_000, 99_999_999)}"] + docs + ["", "Regards"]
    when = "Mon, 27 Oct 2025 at 11:02"
    if style == "outlook":
        head = [f"From: {f.display} <{f.sender}>", "Sent: Monday, October 27, 2025 11:02 AM",
                f"To: Saksham Seva <{HELPDESK}>", f"Subject: {f.subject}", ""]
        return ["", "-----Original Message-----"] + head + inner
    if style == "html":
        return ("html", f"On {when}, {esc(f.display)} &lt;{f.sender}&gt; wrote:", inner)
    return ["", f"On {when} {f.display} <{f.sender}> wrote:"] + ["> " + l if l else ">" for l in inner]


def compose(f: Facts, rng):
    gen = f.kind == "generic"
    blocks = []
    greet = rng.choice(["Sir,", "Respected Sir/Madam,", "Dear Saksham Seva team,", "महोदय,", "Sir/Madam,"])
    if f.phrase is None:
        blocks.append(("text", rng.choice(SUBJECT_ONLY_BODY)))
    else:
        blocks.append(("text", f"{greet}\n\n{f.phrase}"))
    if f.quoted:
        blocks.append(("text", rng.choice(["This is a reminder; no reply has been received so far.",
                                           "Reminder: the request below is still pending.",
                                           "Please treat this as a reminder."])))
    if f.coin:
        blocks.append(("text", rng.choice(COIN_LINES)))
    kinds = [a[0] for a in f.attachments]
    if f.attachments:
        blocks.append(("text", rng.choice(["Attachments enclosed.", "Documents are attached herewith.",
                                           "Please find the enclosures."])))
    if f.rt in ("sso_status", "password_reset", "eccs", "unknown"):
        blocks.extend(detail_blocks(f, rng))
    sig = signature_lines(f, rng)
    return blocks, sig


def render_plain(blocks, sig, quoted):
    out = []
    for b in blocks:
        if b[0] == "text":
            out.append(b[1])
        else:
            h, v = b[1], b[2]
            w = [max(len(a), len(c)) for a, c in zip(h, v)]
            out.append("\n".join([" | ".join(a.ljust(x) for a, x in zip(h, w)),
                                  "-+-".join("-" * x for x in w),
                                  " | ".join(a.ljust(x) for a, x in zip(v, w))]))
    text = "\n\n".join(out) + "\n"
    if sig:
        text += "\n" + "\n".join(sig) + "\n"
    if quoted:
        text += "\n".join(quoted) + "\n"
    return text


def esc(s):
    return _html.escape(s, quote=False)


def render_html(blocks, sig, quoted):
    h = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">']
    for b in blocks:
        if b[0] == "text":
            for line in b[1].split("\n"):
                h.append(f"<div>{esc(line) if line else '<br>'}</div>")
        else:
            h.append('<table border="1" cellpadding="3" style="border-collapse: collapse">')
            h.append("<tr>" + "".join(f"<th>{esc(x)}</th>" for x in b[1]) + "</tr>")
            h.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in b[2]) + "</tr>")
            h.append("</table>")
        h.append("<div><br></div>")
    if sig:
        h.append("<div>" + "<br>".join(esc(l) for l in sig) + "</div>")
    if quoted:
        if isinstance(quoted, tuple):
            _, head, inner = quoted
            h.append(f"<div><br></div><div>{head}</div>")
            h.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                     + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in inner) + "</blockquote>")
        else:
            h.append('<div style="border-top:solid #E1E1E1 1.0pt">' +
                     "".join(f"<p>{esc(l)}</p>" for l in quoted if l) + "</div>")
    h.append("</div></body></html>")
    return "\n".join(h)


def build_mail(f: Facts, rng):
    blocks, sig = compose(f, rng)
    quoted_plain = quoted_history(f, rng, "outlook" if f.client == "outlook" else "gmail") if f.quoted else None
    quoted_html = None
    if f.quoted:
        quoted_html = quoted_plain if f.client == "outlook" else quoted_history(f, rng, "html")
    plain = render_plain(blocks, sig, quoted_plain)
    html = render_html(blocks, sig, quoted_html)
    ascii_ok = all(ord(c) < 128 for c in plain)
    client = f.client
    if client == "plain7" and not ascii_ok:
        client = "qp"
    if client == "plain7":
        body = kit.text(plain, "plain", "7bit")
    elif client == "qp":
        body = kit.text(plain, "plain", "qp")
    elif client == "b64":
        body = kit.text(plain, "plain", "b64")
    elif client == "html":
        body = kit.text(html, "html", rng.choice(["qp", "b64"]))
    else:
        body = kit.multi("alternative", [kit.text(plain, "plain", "qp"), kit.text(html, "html", "qp")],
                         f"=_alt_{f.idx:03d}_{rng.randrange(10**6):06d}")
    if f.attachments:
        parts = [body] + [kit.att(data, ct, fn, style=(rng.choice(["2231", "2047"]) if not fn.isascii() else "plain"))
                          for (_k, fn, ct, data) in f.attachments]
        body = kit.multi("mixed", parts, f"=_mix_{f.idx:03d}_{rng.randrange(10**6):06d}")
    date = (dt.datetime(2025, 11, 3, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
            + dt.timedelta(hours=3 * f.idx, minutes=rng.randrange(60)))
    date_s = date.strftime("%a, %d %b %Y %H:%M:%S +0530")
    subject = ("Re: " if f.quoted else "") + f.subject
    mailer = {"outlook": kit.OUTLOOK, "html": kit.ZIMBRA, "alt": kit.ZIMBRA, "plain7": kit.TB, "qp": kit.TB,
              "b64": kit.IPHONE}[client]
    if f.sender.endswith("yahoo.co.in"):
        mailer = kit.YAHOO
    elif f.sender.endswith("rediffmail.com"):
        mailer = kit.REDIFF
    extra = {}
    if f.quoted:
        extra["In-Reply-To"] = f"<c21-prev-{f.idx:03d}@icegate.gov.in>"
        extra["References"] = f"<c21-prev-{f.idx:03d}@icegate.gov.in>"
    h = kit.hdr(kit.addr(f.display, f.sender), subject, date_s, f"c21.{f.idx:03d}.{rng.randrange(10**8):08d}@mail21.local",
                mailer=mailer, extra=extra)
    local, domain = f.sender.split("@")
    ar, received = None, None
    if f.dmarc_fail:
        ar = (f"Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n"
              f"\tspf=fail (mx.icegate.gov.in: domain of {f.sender} does not designate 185.220.101.4 as permitted sender)"
              f" smtp.mailfrom={f.sender};\n\tdmarc=fail (p=none dis=none) header.from={domain}")
        if f.auth == "dmarc_fail_forged_below":
            received = ("Received: from mail.bulk-relay.example (unknown [185.220.101.4])\n"
                        f"\tby mx.icegate.gov.in (Postfix) with ESMTP id 77AB12C0; {date_s}\n"
                        + kit.ar_pass(domain, local, mx="mx.icegate.gov.in"))
    elif f.auth == "spf_fail_dkim_pass":
        ar = (f"Authentication-Results: mx.icegate.gov.in;\n"
              f"\tdkim=pass header.d={domain} header.s=zm2024 header.b=Hq3LmZ0a;\n"
              f"\tspf=fail (mx.icegate.gov.in: domain of {f.sender} does not designate 164.100.14.93 as permitted sender)"
              f" smtp.mailfrom={f.sender};\n\tdmarc=pass (p=none dis=none) header.from={domain}")
    return kit.mail(h, body, crlf=(client == "outlook"), ar=ar, received=received, from_addr=f.sender)


SHORT = {"sso_creation": "creation", "sso_status": "status", "password_reset": "reset",
         "designation_update": "promotion", "role_mapping": "transfer", "eccs": "eccs",
         "trade_portal": "trade", "unknown": "unknown"}


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    rng = random.Random(SEED)
    stats = {}
    rows = []
    for i in range(1, N_MAILS + 1):
        f = choose(rng, i)
        raw = build_mail(f, rng)
        e = verdict(f)
        name = f"{i:03d}-{SHORT[f.rt]}-{f.kind}-{f.client}-{e['action'].replace('_', '-')}"
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for key in (("rt", f.rt), ("kind", f.kind), ("action", e["action"]), ("client", f.client)):
            stats.setdefault(key, 0)
            stats[key] += 1
        rows.append((name, f, e))
    write_readme(rows, stats)
    print(f"wrote {len(rows)} mails")


README_HEAD = """
# corpus21: a combinatorial triage corpus

Generated by `make.py` (run it with `.venv/bin/python make.py`; fixed seed, so two runs
write identical bytes: xlsx zip entries and core properties are re-stamped with a fixed time).
Each of the 150 mails is an independent set of random choices, each drawn from a hand-written pool:

- **sender**: individual ICEGATE IDs (`first.last@`, `rkverma3@`); generic role mailboxes on
  icegate.gov.in (System Manager, ASM, ACL admin, EDI section, computer cell), on nic.in / gov.in
  (Systems, EDP cell, computer cell) and office-named gmail accounts (Division, Range, Customs office);
  personal individuals on gmail / yahoo / rediffmail / nic.in / gov.in. Traders (trade_portal) only
  on public webmail.
- **request**: sso_creation, sso_status, password_reset, designation_update, role_mapping, eccs,
  trade_portal, unknown; 6-7 phrasings each in English, Hindi and Hinglish, one of them subject-only
  (the body only says "please do the needful"). First-person phrasings are never used by a generic
  mailbox.
- **details block** (sso_status, password_reset, and sometimes eccs / unknown): name, designation,
  mobile and SSO ID (or alternate e-mail ID) each present or absent, each in labelled (English or
  bilingual Hindi/English labels), running-text, table (plain-text table, or a real HTML table in
  the HTML part) or signature form; mobiles as `9876543210`, `+91 98765 43210`, `98765-43210`,
  `09876543210`, `+91-9876543210`, `98765.43210`; office landlines (`Tel (O): 0891-2562295`,
  `033 2254 1234`) as decoys; the sender's own ICEGATE address as a decoy "SSO ID".
- **signature**: six shapes (closing + lines, labelled `Name:`/`Designation:`, `(Name)` in brackets,
  Hindi closing, `-- ` delimiter with no closing words); for generic senders the four elements name,
  designation, individual e-mail ID and contact number (a mobile, or a landline) each present or
  absent, and sometimes no signature at all.
- **attachments**, as the request needs, each present or absent: creation template (clean, or with
  exactly one error of each code: missing_mandatory, initials_in_name, invalid_date x3 kinds,
  invalid_mobile, invalid_email, generic_alt_email x2 kinds, duplicate_mobile, duplicate_alt_email,
  unreadable), service book (text PDF named (also Devanagari + English, RFC 2231 / 2047) or told only by its text layer as `scan_NNNN.pdf`, or a
  JPEG photo), promotion / transfer / local posting orders, charge reports (PDF or JPEG),
  certification letter (in place of the service book), other files (PNG screenshots, phone photos).
- **client / encoding**: plain 7bit, quoted-printable, base64, multipart/alternative, HTML-only
  (quoted-printable or base64), Outlook (CRLF, `-----Original Message-----` quote).
- **quoted history** (about 30%): a reminder in the thread whose quoted original (Gmail
  `On ... wrote:` + `>` lines, an HTML blockquote, or an Outlook header block) carries decoy name,
  designation, mobile, SSO ID and a sentence naming the documents.
- **auth header**: pass; for a few icegate.gov.in senders `dmarc=fail` (sometimes with a forged
  `pass` copy further down), or `spf=fail` with `dkim=pass` and `dmarc=pass` (no failure).

The expected verdict is computed by `verdict()` in make.py from the chosen facts (sender kind,
icegate.gov.in domain or not, request type, which details / documents / signature elements are
present, template errors, COIN posting, certification letter, authentication), following the
tables of `shared/spec/triage.md` and `template.md`, with the action precedence
ignore > redirect > review > request_missing > acknowledge. It never looks at maild.

## Readings of the contract

- A generic sender's signature is part of the sender's own text, so its name, designation and
  mobile also satisfy the `name` / `designation` / `mobile` details of sso_status and
  password_reset ("found anywhere in the sender's own text ... in the signature block"); a
  landline in it is a contact number (`signature_phone`) but not a `mobile`.
- Running text about the officer in the third person ("The officer's name is X. The officer's
  mobile number is Y.") states the detail plainly, as "my mobile number is ..." does.
- A plain-text table (header row, a row of hyphens, a value row) or an HTML table labels its
  values like "Name: ..." does; a row of hyphens is not the `-- ` signature delimiter.
- "Commissionerate" in an office name is not a designation; the toll-free number, IECs and
  landlines are not mobiles.
- The sender's own ICEGATE address written in the body is not an alternate e-mail ID (so `sso_id`
  stays missing).
- A certification letter is only ever attached in place of the service book (never both), and
  then the service book is not missing but the action is `review`; a COIN / abroad posting is
  `review` too; both sit below redirect and above request_missing.
- For a template with exactly one bad cell, only that cell's code is expected (an empty mandatory
  mobile is `missing_mandatory`, not `invalid_mobile`); duplicate codes are reported on the later
  row. An unreadable .xlsx always carries a template-like file name, so it is a `template` by name.
- `icegate_sender` is required for sso_creation, password_reset, designation_update and
  role_mapping (not for sso_status) and is satisfied by any icegate.gov.in address, generic or not.
- Excluded as ambiguous: a password_reset from a generic mailbox whose signature carries an
  e-mail ID but whose text has no SSO ID (the signature e-mail could be read as an alternate
  e-mail ID) -- such mails always get a labelled SSO ID; one-column "tables" (written labelled);
  a `-- ` signature delimiter in HTML-only mails; SSO IDs in eccs / trade_portal / unknown mails;
  quoted history of a different request than the mail's own.
"""


def write_readme(rows, stats):
    from collections import Counter
    lines = README_HEAD.strip("\n").split("\n")
    lines += ["", "## Counts (generated)", ""]
    for group in ("rt", "kind", "action", "client"):
        c = {k[1]: v for k, v in stats.items() if k[0] == group}
        lines.append(f"- {group}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    codes = Counter(m for _, _, e in rows for m in e["missing"])
    lines.append("- missing codes: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    terr = Counter(t["code"] for _, _, e in rows for t in e["template_errors"])
    lines.append("- template error codes: " + ", ".join(f"{k} {v}" for k, v in sorted(terr.items())))
    kinds = Counter(k for _, _, e in rows for k in e["attachment_kinds"])
    lines.append("- attachment kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    lines.append(f"- quoted history: {sum(1 for _, f, _ in rows if f.quoted)}; auth: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(Counter(f.auth for _, f, _ in rows).items())) + "; "
                 f"COIN: {sum(1 for _, f, _ in rows if f.coin)}; "
                 f"subject-only requests: {sum(1 for _, f, _ in rows if f.phrase is None)}")
    lines += ["", "## The mails", "", "| file | facts | expected |", "| --- | --- | --- |"]
    for name, f, e in rows:
        det = ", ".join(f"{k}={v}" for k, v in f.det.items() if v) or "-"
        sig = (", sig " + "".join(k[0] for k, v in f.sig.items() if v)) if f.kind == "generic" else ""
        facts = (f"{f.sender}; details {det}{sig}; {'quoted; ' if f.quoted else ''}{'dmarc=fail; ' if f.dmarc_fail else ''}"
                 f"{'COIN; ' if f.coin else ''}{'subject-only; ' if f.phrase is None else ''}{'; '.join(f.notes)}")
        lines.append(f"| {name} | {facts} | {e['action']} (missing {', '.join(e['missing']) or '-'}; "
                     f"{len(e['template_errors'])} template errors) |")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
