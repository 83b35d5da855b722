#!/usr/bin/env python3
"""Generate a fourth, independent triage corpus for maild (mails/*.eml + expected/*.json + README.md).

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python).
Every expected verdict is derived from the triage and template specifications alone
(triage.md, template.md, domain.md), never from maild's code or rules.

The corpus is larger and more varied than the sample: many writing styles drawn by a
seeded random generator (one seed per mail, so adding a mail changes no other), with
extra weight on designations outside any short list, names in the third person,
labelled SSO IDs of every shape, digits in Indian scripts, generic mailboxes' signature
layouts, HTML-only and quoted bodies, robots of many kinds, ambiguous senders and
authentication results. Where the specification needed reading for a mail, the reading
is written down in NOTES (and in README.md).
"""
from __future__ import annotations

import importlib.util
import random
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
NOTES: dict[str, str] = {}


def fixed_zip(data: bytes) -> bytes:
    """The same .xlsx with fixed member dates and document times, so that every run writes the same bytes."""
    import re
    import zipfile
    src = zipfile.ZipFile(_kit.io.BytesIO(data))
    out = _kit.io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def att(data, ctype, filename, style="plain", **kw):
    """corpus2's attachment builder; a non-ASCII file name is written as RFC 2047 words, as Gmail and Zimbra do."""
    if style == "plain" and not filename.isascii():
        style = "2047"
    return _kit.att(data, ctype, filename, style=style, **kw)


def make_xlsx(*a, **kw):
    return fixed_zip(_kit.make_xlsx(*a, **kw))

# ================================================================= people, offices, words

MALE = ["Rajesh", "Suresh", "Mahesh", "Venkatesh", "Arun", "Prakash", "Sanjay", "Vijay", "Anil", "Sunil", "Ramesh",
        "Dinesh", "Ganesh", "Harish", "Nitin", "Amit", "Rohit", "Sachin", "Manoj", "Vinod", "Pankaj", "Deepak", "Ashok",
        "Kiran", "Mohan", "Naveen", "Pradeep", "Sandeep", "Rakesh", "Mukesh", "Gopal", "Srinivas", "Karthik", "Balaji",
        "Arjun", "Siddharth", "Abhishek", "Vivek", "Anand", "Hemant", "Tarun", "Yogesh", "Jitendra", "Bhupendra", "Imran",
        "Farhan", "Salim", "Joseph", "Thomas", "Gurpreet", "Harpreet", "Debashis", "Subrata", "Arindam", "Sourav",
        "Biswajit", "Anup", "Lalit", "Chetan", "Hitesh", "Jignesh", "Bhavesh", "Raghav", "Madhav", "Sathish", "Murali"]
FEMALE = ["Sunita", "Kavita", "Anita", "Priya", "Deepa", "Lakshmi", "Meena", "Geetha", "Radha", "Rekha", "Shweta",
          "Pooja", "Neha", "Swati", "Anjali", "Divya", "Sneha", "Nandini", "Ritu", "Pallavi", "Shalini", "Farida",
          "Ayesha", "Mary", "Jyoti", "Smita", "Madhuri", "Bhavna", "Hetal", "Sushmita", "Moumita", "Lipsa", "Harini",
          "Kavya", "Revathi", "Asha", "Usha", "Rashmi"]
LAST = ["Sharma", "Verma", "Gupta", "Patil", "Deshmukh", "Kulkarni", "Joshi", "Iyer", "Nair", "Menon", "Pillai",
        "Reddy", "Naidu", "Rao", "Shetty", "Kamath", "Chatterjee", "Banerjee", "Ghosh", "Mukherjee", "Das", "Sahoo",
        "Mohanty", "Patel", "Shah", "Parmar", "Chaudhary", "Meena", "Rathore", "Yadav", "Singh", "Chauhan", "Thakur",
        "Mishra", "Tiwari", "Pandey", "Dubey", "Saxena", "Srivastava", "Agarwal", "Bansal", "Khan", "Sheikh",
        "Qureshi", "Fernandes", "Gill", "Sandhu", "Bhatt", "Negi", "Rawat", "Bora", "Baruah", "Subramanian",
        "Venkataraman", "Krishnan", "Raman", "Hegde", "Solanki", "Vaghela", "Jadeja", "Kale", "Wagh", "Pawar"]

# (office as written in a signature -- no title words in it --, city, STD code, region tag for local parts)
OFFICES = [
    ("Custom House, Kandla", "Kandla", "02836", "kandla"),
    ("Custom House, Mundra", "Mundra", "02838", "mundra"),
    ("New Custom House, Mumbai", "Mumbai", "022", "nchmum"),
    ("Jawaharlal Nehru Custom House, Nhava Sheva", "Nhava Sheva", "022", "jnch"),
    ("Air Cargo Complex, Sahar, Mumbai", "Mumbai", "022", "accmum"),
    ("Chennai Custom House", "Chennai", "044", "chennaisea"),
    ("Air Cargo Complex, Meenambakkam, Chennai", "Chennai", "044", "accchn"),
    ("Custom House, Kolkata", "Kolkata", "033", "kolport"),
    ("ICD Tughlakabad, New Delhi", "New Delhi", "011", "icdtkd"),
    ("ICD Patparganj, Delhi", "Delhi", "011", "icdppg"),
    ("Custom House, Cochin", "Kochi", "0484", "cochin"),
    ("Custom House, Visakhapatnam", "Visakhapatnam", "0891", "vizag"),
    ("Custom House, Tuticorin", "Tuticorin", "0461", "tuticorin"),
    ("New Custom House, Panambur, Mangaluru", "Mangaluru", "0824", "mnglr"),
    ("CGST Pune-I Commissionerate", "Pune", "020", "pune1"),
    ("CGST Nagpur-I Commissionerate", "Nagpur", "0712", "nagpur1"),
    ("CGST Division-II, Vadodara-I", "Vadodara", "0265", "vadodara1"),
    ("CGST Range-IV, Division-III, Surat", "Surat", "0261", "surat"),
    ("CGST Bhopal Commissionerate", "Bhopal", "0755", "bhopal"),
    ("CGST Jaipur Commissionerate", "Jaipur", "0141", "jaipur"),
    ("CGST Lucknow Commissionerate", "Lucknow", "0522", "lucknow"),
    ("CGST Guwahati Commissionerate", "Guwahati", "0361", "guwahati"),
    ("CGST Bhubaneswar Commissionerate", "Bhubaneswar", "0674", "bbsr"),
    ("CGST Hyderabad Commissionerate", "Hyderabad", "040", "hyd"),
    ("CGST Audit Commissionerate, Bengaluru", "Bengaluru", "080", "blraudit"),
    ("CGST Delhi East Commissionerate", "Delhi", "011", "delhieast"),
    ("CGST Chandigarh Commissionerate", "Chandigarh", "0172", "chd"),
    ("CGST Ranchi Commissionerate", "Ranchi", "0651", "ranchi"),
    ("Customs (Preventive) Commissionerate, Jodhpur", "Jodhpur", "0291", "jodhpur"),
    ("Customs Division, Amritsar", "Amritsar", "0183", "amritsar"),
]

# designations that an officer writes under the name (English, abbreviated, Hindi, bilingual)
DESIG_OFFICER = ["Inspector", "Superintendent", "Supdt.", "Inspector (Examiner)", "Examiner", "Appraiser", "PO",
                 "Preventive Officer", "Tax Asst.", "Tax Assistant", "Sr. Tax Asst.", "Steno", "Stenographer Grade-II",
                 "Havaldar", "Inspector of Central Tax", "Superintendent of Customs", "Intelligence Officer",
                 "Senior Intelligence Officer", "निरीक्षक", "अधीक्षक", "कर सहायक", "निरीक्षक / Inspector",
                 "अधीक्षक / Superintendent", "आशुलिपिक", "परीक्षक", "Executive Assistant", "LDC", "UDC"]
DESIG_NODAL = ["ASM", "SM", "Alternate SM", "System Manager", "Alternate System Manager", "Nodal Officer (Systems)",
               "Nodal Officer (SSO)", "Supdt. (Systems)", "Superintendent (EDI)", "AC (Systems)", "Asst. Commr. (EDI)",
               "Deputy Commissioner (Systems)", "Dy. Commr. (EDI)", "DC (Systems)", "Assistant Commissioner",
               "Joint Commissioner", "Addl. Commissioner", "Additional Director", "सहायक आयुक्त", "उपायुक्त",
               "सहायक आयुक्त (प्रणाली)", "Appraiser & ASM", "Superintendent & System Manager"]

MOB_LABELS = ["Mob:", "Mobile:", "M:", "Mob. No.:", "Mobile No.", "Cell:", "Contact:", "मोबाइल:", "Mob -", "Mob.",
              "Contact No.:", "Mobile No:"]
TEL_LABELS = ["Tel:", "Ph:", "Tel (O):", "Phone (O):", "Landline:", "O:", "दूरभाष:", "Tel. No.", "Ph. (Off.)"]
MAIL_LABELS = ["Email:", "E-mail:", "e-mail id -", "Mail:", "Email ID:", "ई-मेल:", "E-mail ID :", "Email-"]
OPENERS = ["Regards,", "Regards", "Thanks & Regards,", "Thanks and regards,", "With regards,", "Yours faithfully,",
           "Warm regards,", "Thanking you,", "Best regards,", "Sincerely,", "सादर,", "भवदीय,", "Thanks,"]
GREETINGS = ["Sir,", "Sir/Madam,", "Respected Sir,", "Dear Sir/Madam,", "Madam,", "Respected Sir/Madam,",
             "Dear Saksham Seva team,", "To\nThe Saksham Seva Helpdesk,\nDG Systems, CBIC\n\nSir,", "Hello Team,",
             "महोदय,", "Dear Sir,"]

DEV = str.maketrans("0123456789", "०१२३४५६७८९")
GUJ = str.maketrans("0123456789", "૦૧૨૩૪૫૬૭૮૯")
BEN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def rng_for(n: int) -> random.Random:
    return random.Random(40_000 + n)


def person(r: random.Random, female: bool | None = None) -> dict:
    if female is None:
        female = r.random() < 0.4
    first = r.choice(FEMALE if female else MALE)
    last = r.choice(LAST)
    return {"first": first, "last": last, "name": f"{first} {last}", "f": female,
            "hon": r.choice(["Smt.", "Ms.", "Kum."]) if female else r.choice(["Shri", "Sh.", "Mr."]),
            "his": "her" if female else "his", "he": "she" if female else "he"}


def mobile(n: int, k: int = 0) -> str:
    """A distinct fictional mobile number for mail n (k tells several apart)."""
    head = "9876"[(n + 3 * k) % 4]
    return f"{head}{(n * 7919 + k * 1049) % 10000:04d}{(n * 313 + k * 4177 + 11) % 100000:05d}"


def fmt_mobile(m: str, style: str) -> str:
    return {
        "plain": m, "space": f"{m[:5]} {m[5:]}", "plus91": f"+91 {m[:5]} {m[5:]}", "plus91h": f"+91-{m}",
        "plus91n": f"+91{m}", "zero": f"0{m}", "zero_sp": f"0 {m[:5]}-{m[5:]}", "hyphen": f"{m[:5]}-{m[5:]}",
        "dots": f"{m[:5]}.{m[5:]}", "three": f"{m[:3]}-{m[3:6]}-{m[6:]}", "dev": m.translate(DEV),
        "dev_sp": f"{m[:5]} {m[5:]}".translate(DEV), "guj": m.translate(GUJ), "ben": m.translate(BEN),
        "plus91dev": "+९१ " + m.translate(DEV), "paren": f"(+91) {m}",
    }[style]


MOB_STYLES = ["plain", "space", "plus91", "plus91h", "plus91n", "zero", "zero_sp", "hyphen", "dots", "three", "dev",
              "dev_sp", "paren"]


def landline(std: str, n: int) -> str:
    """An office telephone number with its STD code (11 digits in all with the leading 0)."""
    k = 11 - len(std)
    num = f"{2 + n % 6}{(n * 4177 + 123) % 10 ** (k - 1):0{k - 1}d}"
    return [f"{std}-{num}", f"{std} {num[:k // 2]} {num[k // 2:]}", f"({std}) {num}", f"{std}-{num} Extn. {200 + n % 90}",
            f"{std}-{num}"][n % 5]


def local_of(p: dict, r: random.Random) -> str:
    f, l = p["first"].lower(), p["last"].lower()
    return r.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}.{l}", f"{f}.{l}{r.randint(1, 9)}", f"{l}.{f}"])


def personal_addr(p: dict, r: random.Random) -> str:
    f, l = p["first"].lower(), p["last"].lower()
    dom = r.choice(["gmail.com"] * 6 + ["yahoo.co.in", "yahoo.com", "rediffmail.com", "rediffmail.com", "outlook.com",
                                        "hotmail.com"])
    loc = r.choice([f"{f}.{l}{r.randint(70, 99)}", f"{f}{l}{r.randint(1, 99)}", f"{l}{f[0]}.{r.randint(1980, 2001)}",
                    f"{f}_{l}", f"{f[0]}{l}.cbic"])
    return f"{loc}@{dom}"


def when(n: int) -> str:
    base = _kit.dt.datetime(2025, 11, 3, 9, 5, 0)
    t = base + _kit.dt.timedelta(hours=5 * n + (n * 37) % 7, minutes=(n * 13) % 60, seconds=(n * 7) % 60)
    return t.strftime("%a, ") + str(t.day) + t.strftime(" %b %Y %H:%M:%S +0530")


def when_dt(n: int):
    base = _kit.dt.datetime(2025, 11, 3, 9, 5, 0)
    return base + _kit.dt.timedelta(hours=5 * n + (n * 37) % 7, minutes=(n * 13) % 60)


# ================================================================= documents

def sb_jpg_or_pdf(r, name, dob, doj, n, fname=None):
    """A service book page: a text PDF, an image-only PDF or a phone photo, named so that its kind shows."""
    how = r.choice(["pdf", "pdf", "jpg", "scan"])
    stem = fname or r.choice([f"Service Book - {name}", f"service book {name}", f"Service_Book_{name.replace(' ', '_')}",
                              f"Service Book Page 1 {name}"] + ([f"SB first page - {name}"] if how == "pdf" else []))
    if how == "pdf":
        return att(sb_pdf(name, dob, doj), PDF, stem + ".pdf")
    if how == "jpg":
        return att(jpeg(n), "image/jpeg", stem + ".jpg")
    return att(make_pdf(None), PDF, stem + ".pdf")


def order_pdf(lines):
    return make_pdf(["GOVERNMENT OF INDIA", "MINISTRY OF FINANCE, DEPARTMENT OF REVENUE"] + lines)


def promotion_pdf(name, to="Superintendent", no="112/2025"):
    return order_pdf([f"ESTABLISHMENT ORDER No. {no}", "Sub: Promotion to the grade of " + to + " - regarding",
                      f"The following officer is hereby promoted to the grade of {to} on regular basis:",
                      f"1. {name}", "The promoted officer shall assume charge in the promoted post."])


def transfer_pdf(name, frm="CGST Pune-I", to="CGST Mumbai South"):
    return order_pdf(["OFFICE OF THE CHIEF COMMISSIONER", "TRANSFER ORDER No. 57/2025 (Annual General Transfer)",
                      f"The following officer is transferred from {frm} to {to} with immediate effect:",
                      f"1. {name}"])


def lpo_pdf(name, post="Range-II, Division-IV"):
    return order_pdf(["OFFICE OF THE COMMISSIONER", "LOCAL POSTING ORDER No. 31/2025",
                      f"{name} is posted to {post} with immediate effect."])


def charge_pdf(name, what="ASSUMPTION OF CHARGE REPORT"):
    return order_pdf([what, f"I, {name}, have assumed the charge of the post in the forenoon of 03/11/2025.",
                      "Signature of the relieving officer / relieved officer"])


def cert_pdf(name, dob, doj):
    return order_pdf(["CERTIFICATE", f"Certified that the name, date of birth ({dob}) and date of joining ({doj})",
                      f"of {name} are as recorded in the office records.", "Joint Commissioner (P&V)"])


# ================================================================= templates

def row(i, p, desig, dob, doj, mob, alt_email, office, loc="", emp="", middle=""):
    return [i, p["first"], middle, p["last"], desig, dob, doj, mob, alt_email, office, loc, emp]


def newbie(r, n, k, office, doj="20/10/2025", desig=None):
    """A clean template row for a new officer and the matching service book."""
    p = person(r)
    y = r.randint(1991, 2001)
    dob = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y}"
    d = desig or r.choice(["Inspector", "Inspector", "Examiner", "Preventive Officer", "Tax Assistant",
                           "Inspector of Central Tax", "Stenographer Grade-II"])
    alt_e = personal_addr(p, r)
    return p, row(k, p, d, dob, doj, mobile(n, k + 5), alt_e, office), dob


def tmpl(rows, r, **kw):
    style = r.choice(["std", "std", "notitle", "blank1"])
    if style == "notitle":
        kw.setdefault("titles", ())
    elif style == "blank1":
        kw.setdefault("titles", ("O/o the Commissioner", "SSO ID / ICEGATE e-mail ID creation"))
        kw.setdefault("blank_before", 1)
    return make_xlsx(rows, **kw), header_row(kw)


def header_row(kw):
    titles = kw.get("titles", ("Template for SSO ID and ICEGATE Email ID Creation",
                               "(Columns with headings in red are mandatory)"))
    return len(titles) + kw.get("blank_before", 0) + 1


# ================================================================= signatures

LAST_SIG: dict[str, str] = {}


def describe_sig(fields):
    """A short account of the last nodal signature for the README."""
    have = [f for f in ("name", "designation", "email", "phone") if f in fields]
    d = LAST_SIG.get("desig", "")
    return (f"'{LAST_SIG.get('layout')}' signature with {', '.join(have) or 'nothing'}"
            + (f" (designation '{d}')" if "designation" in fields else "")
            + (f", phone '{LAST_SIG.get('phone')}'" if "phone" in fields else ""))


def signature(r, *, name=None, desig=None, office=None, phone=None, email=None, layout=None, opener=None,
              phone_is_land=False):
    """The sender's sign-off. Only the given fields are written; returns the text."""
    layout = layout or r.choice(["stack", "stack", "stack", "labels", "pipes", "sd", "name_desig", "desig_office",
                                 "dash", "hindi"])
    LAST_SIG["layout"] = layout
    opener = opener if opener is not None else r.choice(OPENERS)
    plab = r.choice(TEL_LABELS if phone_is_land else MOB_LABELS)
    mlab = r.choice(MAIL_LABELS)
    if layout == "labels":
        out = [opener] if opener else []
        if name:
            out.append(f"Name: {name}")
        if desig:
            out.append(f"Designation: {desig}")
        if office:
            out.append(f"Office: {office}")
        if phone:
            out.append(f"{'Phone' if phone_is_land else 'Mobile'}: {phone}")
        if email:
            out.append(f"Email: {email}")
        return "\n".join(out)
    if layout == "hindi":
        out = [opener or "भवदीय,"]
        if name:
            out.append(f"नाम: {name}")
        if desig:
            out.append(f"पदनाम: {desig}")
        if office:
            out.append(f"कार्यालय: {office}")
        if phone:
            out.append(f"{'दूरभाष' if phone_is_land else 'मोबाइल'}: {phone}")
        if email:
            out.append(f"ई-मेल: {email}")
        return "\n".join(out)
    if layout == "pipes":
        bits = [x for x in (name, desig, office) if x]
        if phone:
            bits.append(f"{plab} {phone}")
        if email:
            bits.append(email)
        return (opener + "\n" if opener else "") + " | ".join(bits)
    out = [opener] if opener and layout != "dash" else []
    if layout == "dash":
        out.append("-- ")
    if layout == "sd":
        out = [opener or "Yours faithfully,", "", "Sd/-"]
        if name:
            out.append(f"({name})")
    elif layout == "name_desig" and name and desig:
        out.append(f"{name}, {desig}")
        desig = None
        name = None
    elif name:
        out.append(name)
    if layout == "desig_office" and desig and office:
        out.append(f"{desig}, {office}")
        office = None
    elif desig:
        out.append(desig)
    if office:
        out.append(office)
    contact = []
    if phone:
        contact.append(f"{plab} {phone}")
    if email:
        contact.append(f"{mlab} {email}")
    r.shuffle(contact)
    out += contact
    return "\n".join(out)


DISCLAIMERS = [
    ("\n\n" + "_" * 64 + "\nDISCLAIMER: This e-mail and any files transmitted with it are intended solely for the\n"
     "addressee and may contain official information of the Central Board of Indirect Taxes and\n"
     "Customs. If you are not the intended recipient, please notify the sender and delete it.\n"),
    ("\n\nThis e-mail is sent through the Government of India e-mail service.\n"
     "यह ई-मेल भारत सरकार की ई-मेल सेवा के माध्यम से भेजा गया है।\n"),
    ("\n\n**************************************************************\nPlease consider the environment before "
     "printing this e-mail.\nकृपया इस ई-मेल को प्रिंट करने से पहले पर्यावरण का ध्यान रखें।\n"
     "**************************************************************\n"),
    ("\n\n-----\nConfidentiality notice: the information in this message is confidential. Save paper, save trees.\n"),
]

# ================================================================= clients and envelopes

GMAIL_APP = {"X-Mailer": "Gmail for Android"}
OUTLOOK_WEB = {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Content-Language": "en-US",
               "X-Mailer": "Microsoft Outlook Web App"}
NIC_ZIMBRA = {"X-Mailer": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC141 (Win)/9.0.0_ZEXTRAS_20240927)",
              "X-Originating-IP": "[164.100.68.31]"}
CLIENTS = {"zimbra": ZIMBRA, "outlook": OUTLOOK, "tb": TB, "iphone": IPHONE, "yahoo": YAHOO, "rediff": REDIFF,
           "gmail": {}, "gmailapp": GMAIL_APP, "nic": NIC_ZIMBRA, "owa": OUTLOOK_WEB}


def msgid(n, client, dom):
    h = f"{(n * 2654435761) % (1 << 32):08x}"
    return {"zimbra": f"{1000000 + n * 7}.{n * 131}.17{n:08d}.JavaMail.zimbra@{dom}",
            "nic": f"{2000000 + n * 7}.{n * 131}.17{n:08d}.JavaMail.zimbra@{dom}",
            "outlook": f"00{n:04x}01dc{h[:4]}$4b2c{h[4:]}$e1845700$@{dom}",
            "owa": f"PN{n:04d}MB{h.upper()}@PN3PR01MB{n:04d}.INDPRD01.PROD.OUTLOOK.COM",
            "tb": f"{h}-{n:04x}-4c4d-9e0f-c4{n:010d}@{dom}",
            "iphone": f"{h.upper()}-{n:04X}-4E1B-A1C2-{n:012d}@{dom}",
            "yahoo": f"{n * 977}.{n * 13}.17{n:08d}@mail.yahoo.com",
            "rediff": f"2025{n:06d}.{n * 11}.qmail@f4mail-235-{n % 200}.rediffmail.com",
            "gmail": f"CAF{h}{n:05d}x=gmail@mail.gmail.com", "gmailapp": f"CAJ{h}{n:05d}w=app@mail.gmail.com"}[client]


def body_of(client, plain, atts=(), n=0, html=None, html_only=False, logo=False):
    """The MIME body a client makes of a plain text (and optional HTML) with attachments."""
    if client == "iphone" and "Sent from my iPhone" not in plain:
        plain = plain.rstrip("\n") + "\n\nSent from my iPhone\n"
    cte = "qp"
    try:
        plain.encode("ascii")
        if client in ("tb", "iphone") and not html_only:
            cte = "7bit"
    except UnicodeEncodeError:
        cte = "b64" if client in ("rediff", "yahoo") else "qp"
    if html is None and client in ("gmail", "gmailapp"):
        esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        html = '<div dir="ltr">' + esc.replace("\n", "<br>") + "</div>"
    if html_only:
        core = text(html, "html", "qp")
    elif client in ("tb", "iphone"):
        core = text(plain, cte=cte, fmt_flowed=(client == "tb"))
    else:
        core = alt(plain, html, b=f"c4{n:03d}", cte="b64" if cte == "b64" else "qp")
    if logo:
        core = multi("related", [core, att(make_png(), "image/png", "image001.png", disp="inline",
                                           cid=f"image001.png@01DC{n:04d}.5E3A0B10")], f"----=_NextPart_001_{n:04d}")
    if atts:
        core = multi("mixed", [core, *atts], f"=_c4{n:03d}_mixed" if client != "outlook"
                     else f"----=_NextPart_000_{n:04X}_01DC5E3A.4B2C1D00")
    return core


def send(n, client, frm, disp, subject, body, *, extra=None, ar=None, received=None, to=None, date=None):
    dom = frm.split("@")[1]
    kw = {"to": to} if to else {}
    h = hdr(addr(disp, frm), subject, date or when(n), msgid(n, client, dom), mailer=CLIENTS[client], extra=extra, **kw)
    return mail(h, body, crlf=client in ("outlook", "owa"), ar=ar, received=received, from_addr=frm)


# ================================================================= expectations

DOCS = {"sso_creation": ["template", "service_book"], "designation_update": ["promotion_order", "service_book"],
        "role_mapping": ["transfer_order", "posting_order", "charge_report"]}
DETAILS = {"sso_status": ["name", "designation", "mobile"],
           "password_reset": ["name", "designation", "sso_id", "mobile"]}
NEEDS_ICEGATE = {"sso_creation", "password_reset", "designation_update", "role_mapping"}


def verdict(kind, rt, frm, *, kinds=(), have=(), sig=None, errors=(), review=False):
    """The expected verdict, worked out from the specification's tables.

    have: the details found in the sender's own text (name, designation, sso_id, mobile);
    sig: for a generic sender, the signature fields present (name, designation, email, phone).
    """
    if kind == "automated":
        return exp(kind, rt, action="ignore", kinds=kinds)
    missing = set()
    kl = list(kinds)
    for d in DOCS.get(rt, []):
        if d == "service_book" and rt == "sso_creation" and "certification_letter" in kl:
            continue
        if d not in kl:
            missing.add(d)
    for d in DETAILS.get(rt, []):
        if d not in have:
            missing.add(d)
    if rt in NEEDS_ICEGATE and not frm.lower().endswith("@icegate.gov.in"):
        missing.add("icegate_sender")
    if kind == "generic":
        for f in ("name", "designation", "email", "phone"):
            if f not in (sig or ()):
                missing.add("signature_" + f)
    if rt == "sso_creation" and "certification_letter" in kl and "service_book" not in kl:
        review = True
    if rt in ("eccs", "trade_portal"):
        action = "redirect"
    elif rt == "unknown" or review:
        action = "review"
    elif missing or errors:
        action = "request_missing"
    else:
        action = "acknowledge"
    return exp(kind, rt, missing=sorted(missing), errors=errors, action=action, kinds=kinds)


def add(name, raw, e, intent, note=None):
    case(name, raw, e, intent)
    if note:
        NOTES[name] = note


# ================================================================= senders

N = [0]


def nxt() -> int:
    N[0] += 1
    return N[0]


def generic_icegate(r, tag, city):
    local, disp = r.choice([
        (f"sysmgr.{tag}", f"System Manager {city}"), (f"asm.{tag}", f"ASM, {city}"), (f"edi.{tag}", f"EDI Section {city}"),
        (f"systems.{tag}", f"Systems {city}"), (f"admn.{tag}", f"Admin {city}"), (f"computercell.{tag}", f"Computer Cell {city}"),
        (f"sm.{tag}", f"SM {city}"), (f"nodal.sso.{tag}", f"Nodal Officer SSO {city}"), (f"dcsystems.{tag}", f"DC Systems {city}"),
        (f"estt.{tag}", f"Establishment Section {city}"), (f"sysmgr2.{tag}", f"Alternate System Manager {city}")])
    return f"{local}@icegate.gov.in", disp


def generic_other(r, tag, city):
    return r.choice([
        (f"cgst.div2.{tag}@gmail.com", f"CGST Division-II {city}"), (f"range4.{tag}.cgst@gmail.com", f"Range-IV {city}"),
        (f"edp.{tag}@nic.in", f"EDP Section {city}"), (f"cus{tag}.sys@nic.in", f"Customs Systems {city}"),
        (f"commr.{tag}@gov.in", f"Commissionerate {city}"), (f"hq.{tag}.cgst@gmail.com", f"CGST HQ {city}"),
        (f"ccu.{tag}@nic.in", f"Computer Cell {city}")])


def client_for_other(r, frm):
    """The client an office mailbox outside ICEGATE uses: Gmail's web or app, or NIC's Zimbra."""
    return r.choice(["gmail", "gmail", "gmailapp"]) if frm.endswith("@gmail.com") else "nic"


def individual_icegate(r, p):
    return f"{local_of(p, r)}@icegate.gov.in"


def sig_email_for(r, p):
    return r.choice([f"{local_of(p, r)}@icegate.gov.in", f"{local_of(p, r)}@icegate.gov.in", personal_addr(p, r),
                     f"{p['first'].lower()}.{p['last'].lower()}@nic.in"])


def nodal_sig(r, n, office, std, *, drop=(), layout=None, desig=None, land=None):
    """A nodal officer's signature with some fields dropped; returns (text, fields present, officer)."""
    p = person(r)
    d = desig or r.choice(DESIG_NODAL)
    land = r.random() < 0.5 if land is None else land
    ph = landline(std, n) if land else fmt_mobile(mobile(n, 9), r.choice(MOB_STYLES))
    em = sig_email_for(r, p)
    fields = {"name", "designation", "email", "phone"} - set(drop)
    LAST_SIG.update(desig=d, phone=ph)
    t = signature(r, name=p["name"] if "name" in fields else None, desig=d if "designation" in fields else None,
                  office=office, phone=ph if "phone" in fields else None, email=em if "email" in fields else None,
                  layout=layout, phone_is_land=land)
    return t, fields, p


# ================================================================= sso_creation

CREATE_ASKS = [
    "Kindly create SSO IDs and ICEGATE e-mail IDs for the following newly joined officers of {office}.",
    "Please find attached the template and service book copies for creation of SSO ID in respect of the new joinees.",
    "It is requested to generate SSO ID and ICEGATE mail ID for the officers who joined on {doj} (details in the "
    "attached template).",
    "The undersigned is directed to request creation of SSO ID / ICEGATE e-mail ID for the direct recruit officers "
    "listed in the enclosed template.",
    "Kindly allot login credentials (SSO ID) to the new officers posted in this office. Template and scanned service "
    "book pages enclosed.",
    "New joinees ke SSO ID banane hain, template aur service book attach kar diye hain. Kindly do the needful.",
    "Kindly generate SSO ID for the new officers. Template + SB copies attached pls.",
    "कृपया नव नियुक्त अधिकारियों की SSO ID एवं ICEGATE ई-मेल ID बनाने का कष्ट करें। टेम्पलेट एवं सर्विस बुक संलग्न है।",
    "Request for creation of SSO ID for newly recruited officers who have joined this Commissionerate. The filled "
    "template in the prescribed format along with the first page of the service books is attached herewith.",
]


CREATE_ASKS_BARE = [
    "Kindly create SSO IDs and ICEGATE e-mail IDs for the following newly joined officers of {office}.",
    "It is requested to generate SSO ID and ICEGATE mail ID for the officers listed below, who joined on {doj}.",
    "The following direct recruit officers have joined this office. Kindly create their SSO IDs.",
    "कृपया निम्नलिखित नव नियुक्त अधिकारियों की SSO ID बनाने का कष्ट करें।",
]


def officers_list(ps):
    return "\n".join(f"{i}. {p['hon']} {p['name']}" for i, p in enumerate(ps, 1))


def creation_generated(count=26):
    kinds_cycle = ["gen_ice", "gen_ice", "ind_ice", "gen_ice", "ind_ice", "gen_other", "gen_ice", "ind_ice"]
    for j in range(count):
        n = nxt()
        r = rng_for(n)
        office, city, std, tag = r.choice(OFFICES)
        sk = kinds_cycle[j % len(kinds_cycle)]
        client = r.choice(["zimbra", "zimbra", "outlook", "tb", "zimbra", "iphone"]) if sk != "gen_other" else None
        k = r.choice([1, 1, 2, 2, 3])
        rows, ps, dobs = [], [], []
        for i in range(k):
            p, rw, dob = newbie(r, n, i + 1, office)
            rows.append(rw); ps.append(p); dobs.append(dob)
        missing_doc = r.choice([None] * 5 + ["template", "service_book"])
        atts, kinds = [], []
        if missing_doc != "template":
            x, _ = tmpl(rows, r)
            atts.append(att(x, XLSX_CT, r.choice(["SSO template.xlsx", f"SSO_ID_template_{city}.xlsx",
                                                  "Template for creation of SSO ID.xlsx", "new joinees.xlsx",
                                                  f"SSO creation {city} Nov 2025.xlsx"])))
            kinds.append("template")
        if missing_doc != "service_book":
            for p, dob in zip(ps, dobs):
                atts.append(sb_jpg_or_pdf(r, p["name"], dob, "20/10/2025", n * 10 + len(atts)))
                kinds.append("service_book")
        ask = r.choice(CREATE_ASKS_BARE if missing_doc else CREATE_ASKS).format(office=office, doj="20.10.2025")
        extra_line = ""
        if missing_doc == "template":
            extra_line = "\nThe template will be sent separately after verification.\n"
        if missing_doc == "service_book":
            extra_line = "\nService books are with the Establishment section and will follow.\n"
        if sk == "ind_ice":
            sp = person(r)
            frm, disp = individual_icegate(r, sp), sp["name"]
            sigt = signature(r, name=sp["name"], desig=r.choice(DESIG_NODAL), office=office,
                             phone=fmt_mobile(mobile(n, 8), r.choice(MOB_STYLES)) if r.random() < .7 else None)
            sig_fields, kind = None, "icegate"
            sigdesc = "the officer's own signature"
        else:
            frm, disp = (generic_icegate if sk == "gen_ice" else generic_other)(r, tag, city)
            client = client or client_for_other(r, frm)
            drop = r.choice([(), (), (), ("phone",), ("email",), ("name",), ("designation",), ("email", "phone")])
            sigt, sig_fields, _ = nodal_sig(r, n, office, std, drop=drop)
            kind = "generic"
            sigdesc = describe_sig(sig_fields)
        greet = r.choice(GREETINGS)
        plain = f"{greet}\n\n{ask}\n\n{officers_list(ps)}\n{extra_line}\n{sigt}\n"
        if r.random() < 0.3:
            plain += r.choice(DISCLAIMERS)
        subj = r.choice(["Creation of SSO ID - new joinees", f"SSO ID creation - {k} officer(s) - {city}",
                         "Request for creation of SSO ID and ICEGATE mail ID", f"SSO ID for new Inspectors, {city}",
                         "SSO ID / ICEGATE ID creation request", "नव नियुक्त अधिकारियों की SSO ID हेतु"])
        raw = send(n, client, frm, disp, subj, body_of(client, plain, atts, n, logo=client == "outlook" and r.random() < .4),
                   extra={"X-Auto-Response-Suppress": "All"} if client == "outlook" else None)
        if client == "outlook" and b"image001.png" in raw:
            kinds.append("other")
        e = verdict(kind, "sso_creation", frm, kinds=kinds, sig=sig_fields)
        miss = ", ".join(e["missing"]) or "nothing"
        add(f"{n:03d}-creation-{sk.replace('_', '-')}-{client}-{k}off",
            raw, e, f"Creation for {k} officer(s) from {frm.split('@')[0]}@{frm.split('@')[1]} ({kind}) via {client}; "
                    f"{sigdesc}; missing: {miss}")


def std_rows(r, n, office, k, start=1):
    rows, ps, dobs = [], [], []
    for i in range(k):
        p, rw, dob = newbie(r, n, start + i, office)
        rows.append(rw); ps.append(p); dobs.append(dob)
    return rows, ps, dobs


def sbs(r, n, ps, dobs):
    return [sb_jpg_or_pdf(r, p["name"], d, "20/10/2025", n * 10 + i) for i, (p, d) in enumerate(zip(ps, dobs))]


def gen_sender(r, n, office, std, tag, city, *, drop=(), layout=None, desig=None, other=False, land=None):
    frm, disp = (generic_other if other else generic_icegate)(r, tag, city)
    sigt, fields, p = nodal_sig(r, n, office, std, drop=drop, layout=layout, desig=desig, land=land)
    return frm, disp, sigt, fields


def creation_errors():
    """One template per family of template errors, each row's verdict written beside it."""
    # initials --------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[3]
    mk = lambda first, last, k, middle="": [k, first, middle, last, "Inspector", f"1{k}/0{k}/199{k}", "20/10/2025",
                                            mobile(n, k), f"{first.lower().replace('.', '').replace(' ', '')}{last.lower()}{k}9@gmail.com",
                                            office, "", ""]
    rows = [mk("K.V.", "Raghavan", 1), mk("A. Ramesh", "Babu", 2), mk("Sneha", "S", 3), mk("Om", "Prakash", 4),
            mk("M", "Lakshmi", 5), mk("Jaya", "Prada", 6, middle="R.")]
    x = make_xlsx(rows)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=())
    plain = (f"Sir,\n\nTemplate for creation of SSO IDs of six Inspectors of {office} is attached with the service "
             f"book pages (single PDF).\n\n{sigt}\n")
    add(f"{n:03d}-creation-initials-several-shapes",
        send(n, "zimbra", frm, disp, "SSO ID creation - 6 Inspectors", body_of("zimbra", plain, [
            att(x, XLSX_CT, "SSO_template_JNCH.xlsx"), att(make_pdf(SB + ["Six officers"]), PDF, "Service books (6).pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f,
                errors=[(4, "first_name", "initials_in_name"), (6, "last_name", "initials_in_name"),
                        (8, "first_name", "initials_in_name")]),
        "Initials: 'K.V.' (row 4) and 'M' (row 8) first names, 'S' last name (row 6); 'A. Ramesh' (an initial and a "
        "name), 'Om' (a two-letter name) and a middle name 'R.' are not initials-only first/last names",
        "template.md/triage.md: initials_in_name is for a first or last name that is 'an initial or initials only'; "
        "'A. Ramesh' holds a name, and the middle name is not checked.")

    # dates -----------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[14]
    rows = [row(1, person(r), "Inspector", "31/11/1996", "20/10/2025", mobile(n, 1), "tejas.more96@gmail.com", office),
            row(2, person(r), "Inspector", "14-02-1997", "15/12/2025", mobile(n, 2), "k.bhosale97@gmail.com", office),
            row(3, person(r), "Tax Assistant", "12.05.2009", "20.10.2025", mobile(n, 3), "aditi.kamble09@gmail.com", office),
            row(4, person(r), "Tax Assistant", "05/08/95", "20/10/2025", mobile(n, 4), "rohan.jadhav95@gmail.com", office),
            row(5, person(r), "Inspector", D(1994, 6, 30), D(2025, 10, 20), mobile(n, 5), "neha.gaikwad94@gmail.com", office),
            row(6, person(r), "Inspector", "29/02/1996", "20-10-2025", mobile(n, 6), "s.pawar96@gmail.com", office)]
    x = make_xlsx(rows, titles=())
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nPlease create SSO IDs for the six officers in the attached sheet. Service book copies attached.\n\n"
             f"Regards\n{sp['name']}\nAC (Systems)\n{office}\n")
    add(f"{n:03d}-creation-dates-bad-day-future-minor-two-digit-year",
        send(n, "tb", frm, sp["name"], "SSO ID creation - Pune-I", body_of("tb", plain, [
            att(x, XLSX_CT, "Pune1_SSO.xlsx"), att(make_pdf(None), PDF, "Service Book copies.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"],
                errors=[(2, "date_of_birth", "invalid_date"), (3, "date_of_joining", "invalid_date"),
                        (4, "date_of_joining", "invalid_date"), (5, "date_of_birth", "invalid_date")]),
        "Header on row 1; 31/11 (no such day), DOJ 15/12/2025 after the mail's date, DOB 2009 with DOJ 2025 (joined "
        "at 16, on date_of_joining), DOB '05/08/95' with a two-digit year; real dates and 29/02/1996 are valid",
        "template.md allows text dates only as DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY: '05/08/95' is none of them, "
        "so it is 'not a date' for invalid_date.")

    # mobiles ---------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[17]
    m = mobile(n, 1)
    rows = [row(1, person(r), "Inspector", "01/01/1995", "20/10/2025", "98290 6135", "p.desai95@gmail.com", office),
            row(2, person(r), "Inspector", "02/02/1995", "20/10/2025", "5829061357", "m.gandhi95@gmail.com", office),
            row(3, person(r), "Inspector", "03/03/1995", "20/10/2025", f"+91 {m[:5]} {m[5:]}", "r.mehta95@gmail.com", office),
            row(4, person(r), "Inspector", "04/04/1995", "20/10/2025", "0261-2345678", "k.joshi95@gmail.com", office),
            row(5, person(r), "Inspector", "05/05/1995", "20/10/2025", "98290613571", "a.vyas95@gmail.com", office),
            row(6, person(r), "Inspector", "06/06/1995", "20/10/2025", "0" + mobile(n, 6), "h.dave95@gmail.com", office)]
    x = make_xlsx(rows)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), layout="pipes")
    plain = f"Sir,\n\nSSO ID creation template (6 officers) and service books attached.\n\n{sigt}\n"
    add(f"{n:03d}-creation-mobiles-nine-digits-five-landline-eleven",
        send(n, "zimbra", frm, disp, "SSO ID creation - Surat", body_of("zimbra", plain, [
            att(x, XLSX_CT, "SSO template Surat.xlsx"), att(make_pdf(SB + ["6 officers"]), PDF, "SB.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f,
                errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"), (7, "mobile", "invalid_mobile"),
                        (8, "mobile", "invalid_mobile")]),
        "Mobiles: 9 digits, starting with 5, an STD landline, 11 digits (bad); '+91 98xxx xxxxx' with spaces and a "
        "0-prefixed number (good)",
        "triage.md defines a mobile as a 10-digit number starting 6-9 with optional +91 / 0 prefix, 'spaces, hyphens "
        "and dots between digits ignored': '+91 98xxx xxxxx' is valid.")

    # alternate e-mails -------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[11]
    rows = [row(1, person(r), "Inspector", "01/01/1996", "20/10/2025", mobile(n, 1), "rahul verma@gmail.com", office),
            row(2, person(r), "Inspector", "02/01/1996", "20/10/2025", mobile(n, 2), "sai.kiran@@yahoo.com", office),
            row(3, person(r), "Inspector", "03/01/1996", "20/10/2025", mobile(n, 3), "range3.vizag@gmail.com", office),
            row(4, person(r), "Examiner", "04/01/1996", "20/10/2025", mobile(n, 4), "sysmgr.vizag@icegate.gov.in", office),
            row(5, person(r), "Examiner", "05/01/1996", "20/10/2025", mobile(n, 5), "lavanya.p@icegate.gov.in", office),
            row(6, person(r), "Inspector", "06/01/1996", "20/10/2025", mobile(n, 6), "a.sharma@nic.in", office),
            row(7, person(r), "Inspector", "07/01/1996", "20/10/2025", mobile(n, 7), "ravi.teja96@gmail,com", office)]
    x = make_xlsx(rows)
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Respected Sir,\n\nKindly create SSO ID for the seven officers as per template. Service book pages "
             f"attached.\n\nThanks & Regards,\n{sp['name']}\nAppraiser & ASM\n{office}\n"
             f"Mob: {fmt_mobile(mobile(n, 9), 'space')}\n")
    add(f"{n:03d}-creation-alt-emails-space-double-at-office-icegate-comma",
        send(n, "outlook", frm, sp["name"], "Creation of SSO IDs - CH Visakhapatnam", body_of("outlook", plain, [
            att(x, XLSX_CT, "SSO template - CH Vizag.xlsx"), att(make_pdf(SB + ["7 officers"]), PDF, "Service books.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"],
                errors=[(4, "alt_email", "invalid_email"), (5, "alt_email", "invalid_email"),
                        (6, "alt_email", "generic_alt_email"), (7, "alt_email", "generic_alt_email"),
                        (8, "alt_email", "generic_alt_email"), (10, "alt_email", "invalid_email")]),
        "Alternate e-mails: a space, a double '@', a Range office Gmail, the System Manager's ID, an individual "
        "ICEGATE ID (generic_alt_email: any icegate.gov.in address), an individual nic.in address (fine), a comma",
        "triage.md: generic_alt_email is 'a generic or office mailbox, or an icegate.gov.in address'; an individual's "
        "nic.in address is neither (the sender_kind table calls such an address personal).")

    # duplicates ----------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[6]
    m1, m2 = mobile(n, 1), mobile(n, 2)
    rows = [row(1, person(r), "Inspector", "01/03/1996", "20/10/2025", "+91" + m1, "karthik.s96@gmail.com", office),
            row(2, person(r), "Inspector", "02/03/1996", "20/10/2025", m1, "deepa.r96@gmail.com", office),
            row(3, person(r), "Inspector", "03/03/1996", "20/10/2025", int(m2), "karthik.s96@gmail.com", office),
            row(4, person(r), "Inspector", "04/03/1996", "20/10/2025", m2, "vijay.m96@gmail.com", office)]
    x = make_xlsx(rows)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="Alternate SM")
    plain = f"Sir,\n\nPlease create SSO IDs for the four Inspectors. Template and service books enclosed.\n\n{sigt}\n"
    add(f"{n:03d}-creation-duplicates-plus91-vs-bare-number-cell",
        send(n, "zimbra", frm, disp, "SSO IDs - ACC Chennai - 4 Inspectors", body_of("zimbra", plain, [
            att(x, XLSX_CT, "template ACC.xlsx"), *sbs(r, n, [person(r) for _ in range(4)], ["01/03/1996"] * 4)], n)),
        verdict("generic", "sso_creation", frm, kinds=["template"] + ["service_book"] * 4, sig=f,
                errors=[(5, "mobile", "duplicate_mobile"), (6, "alt_email", "duplicate_alt_email"),
                        (7, "mobile", "duplicate_mobile")]),
        "Row 5 repeats row 4's mobile without the +91 prefix; row 6 repeats row 4's alternate e-mail; row 7 repeats "
        "row 6's mobile (a number cell vs a text cell)",
        "A mobile with and without its optional +91 prefix is the same mobile number, so row 5 repeats row 4.")

    # missing mandatory, blank rows, red location ----------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[8]
    rows = [row(1, person(r), "Inspector", "", "20/10/2025", mobile(n, 1), "amit.k95@gmail.com", office, "ICD TKD"),
            [], [],
            row(2, person(r), "", "02/04/1995", "20/10/2025", mobile(n, 2), "", office, "ICD TKD"),
            row(3, person(r), "Inspector", "03/04/1995", "20/10/2025", mobile(n, 3), "s.dahiya95@gmail.com", office, ""),
            row(4, person(r), "Inspector", "04/04/1995", "20/10/2025", mobile(n, 4), "n.rana95@gmail.com", office, "ICD TKD")]
    x = make_xlsx(rows, colors={"location": "FFD02020"})
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="Nodal Officer (Systems)")
    plain = f"Sir/Madam,\n\nTemplate for SSO ID creation is attached along with service book pages.\n\n{sigt}\n"
    add(f"{n:03d}-creation-blank-cells-blank-rows-red-location",
        send(n, "zimbra", frm, disp, "SSO ID creation - ICD TKD", body_of("zimbra", plain, [
            att(x, XLSX_CT, "ICD TKD SSO.xlsx"), att(make_pdf(SB + ["4 officers"]), PDF, "Service books.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f,
                errors=[(4, "date_of_birth", "missing_mandatory"), (7, "designation", "missing_mandatory"),
                        (7, "alt_email", "missing_mandatory"), (8, "location", "missing_mandatory")]),
        "Row 4 has no DOB (missing, not invalid), rows 5-6 are empty (not data rows), row 7 lacks designation and "
        "alternate e-mail, Location's header is red (D02020) so row 8's empty Location is missing")

    # header on row 10 under letter-head rows, black headers ----------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[20]
    titles = ("GOVERNMENT OF INDIA", "MINISTRY OF FINANCE", "DEPARTMENT OF REVENUE",
              "CENTRAL BOARD OF INDIRECT TAXES AND CUSTOMS", "O/o the Commissioner, CGST, Lucknow",
              "File No. II(39)/SYS/2025", "Dated: 10.11.2025", "Subject: Creation of SSO ID", "")
    rows = [row(1, person(r), "Inspector", "11/11/1994", "20/10/2025", mobile(n, 1), "v.shukla94@gmail.com", office),
            row(2, person(r), "Inspector", "12/11/1994", "20/10/2025", mobile(n, 2), "p.tripathi94@gmail.com", "")]
    x = make_xlsx(rows, titles=titles, all_black=True)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="सहायक आयुक्त (प्रणाली)", layout="hindi")
    plain = ("महोदय,\n\nनव नियुक्त निरीक्षकों की SSO ID बनाने हेतु टेम्पलेट एवं सेवा पुस्तिका की प्रति संलग्न है।\n"
             "Template and service book copies for creation of SSO IDs are attached.\n\n" + sigt + "\n")
    add(f"{n:03d}-creation-header-row10-black-headers-hindi",
        send(n, "nic" if False else "zimbra", frm, disp, "SSO ID हेतु अनुरोध / Request for SSO ID", body_of("zimbra", plain, [
            att(x, XLSX_CT, "SSO ID Lucknow.xlsx"), att(make_pdf(None), PDF, "सेवा पुस्तिका - Service Book.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f,
                errors=[(12, "office", "missing_mandatory")]),
        "Nine letter-head rows above the header (header on row 10, the last allowed); all headers black so the default "
        "mandatory columns apply; row 12 lacks the office; Hindi-labelled signature with a Hindi designation")

    # unreadable: a CSV saved under an .xlsx name ------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[22]
    csv = ("S.No.,First Name,Middle Name,Last Name,Designation,Date of Birth,Date of Joining,Mobile No.,Alternate Email ID,"
           f"Office\n1,Lipsa,,Mohanty,Inspector,30/06/1997,20/10/2025,{mobile(n, 1)},lipsa.m97@gmail.com,{office}\n").encode()
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nKindly create SSO ID for Inspector Lipsa Mohanty. Template and service book attached.\n\n"
             f"Regards,\n{sp['name']}\nSupdt. (Systems), {office}\nMob {fmt_mobile(mobile(n, 8), 'hyphen')}\n")
    add(f"{n:03d}-creation-csv-saved-as-xlsx-unreadable",
        send(n, "zimbra", frm, sp["name"], "SSO ID creation - Lipsa Mohanty", body_of("zimbra", plain, [
            att(csv, XLSX_CT, "SSO template Lipsa.xlsx"),
            att(sb_pdf("Lipsa Mohanty", "30/06/1997", "20/10/2025"), PDF, "Service Book Lipsa.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"], errors=[(0, "", "unreadable")]),
        "The 'template' is comma-separated text saved under an .xlsx name: a template by name, not a readable .xlsx")

    # Book1 + camera photo + service book told by text layer ---------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[9]
    rows, ps, dobs = std_rows(r, n, office, 1)
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nPlease create SSO ID for {ps[0]['hon']} {ps[0]['name']}. Filled template (Book1) and the service "
             f"book page are attached; a photo of the joining order is also attached.\n\nRegards,\n{sp['name']}\nPO\n{office}\n")
    add(f"{n:03d}-creation-book1-photo-document2-service-book-by-text",
        send(n, "outlook", frm, sp["name"], "SSO ID", body_of("outlook", plain, [
            att(make_xlsx(rows, titles=()), XLSX_CT, "Book1.xlsx"), att(jpeg(n), "image/jpeg", "IMG_20251110_104512.jpg"),
            att(sb_pdf(ps[0]["name"], dobs[0], "20/10/2025"), PDF, "Document 2.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "other", "service_book"]),
        "Template named 'Book1.xlsx' (told by its header row), service book 'Document 2.pdf' told by its text layer, "
        "a camera photo of a joining order (other); signed 'PO'")

    # xlsx that is not the template -----------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[23]
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active
    for rr in (["Sl", "Name of officer", "Post", "DOB", "Mobile"], [1, "Ravi Teja Konda", "Inspector", "03/03/1997", mobile(n, 1)]):
        ws.append(rr)
    wb.properties.created = wb.properties.modified = _kit.dt.datetime(2025, 1, 1)
    bio = _kit.io.BytesIO(); wb.save(bio)
    bio = _kit.io.BytesIO(fixed_zip(bio.getvalue()))
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="SM")
    plain = (f"Sir,\n\nKindly create SSO ID for Shri Ravi Teja Konda, Inspector. Officer details (excel) and service book "
             f"attached.\n\n{sigt}\n")
    add(f"{n:03d}-creation-officer-details-sheet-not-template",
        send(n, "zimbra", frm, disp, "SSO ID creation - Ravi Teja Konda", body_of("zimbra", plain, [
            att(bio.getvalue(), XLSX_CT, "Officer details.xlsx"),
            att(sb_pdf("Ravi Teja Konda", "03/03/1997", "20/10/2025"), PDF, "SB Ravi Teja.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["other", "service_book"], sig=f),
        "An .xlsx of officer details whose header row is not the template's (no 'First Name'): other, so the template "
        "is missing; signed 'SM'")


def fwd_gmail(frm_name, frm, date, subj, to):
    return (f"---------- Forwarded message ---------\nFrom: {frm_name} <{frm}>\nDate: {date}\nSubject: {subj}\n"
            f"To: <{to}>\n\n\n")


def fwd_tb(frm_name, frm, date, subj, to):
    return (f"-------- Forwarded Message --------\nSubject: \t{subj}\nDate: \t{date}\nFrom: \t{frm_name} <{frm}>\n"
            f"To: \t{to}\n\n\n")


def fwd_apple(frm_name, frm, date, subj, to):
    return (f"Begin forwarded message:\n\nFrom: {frm_name} <{frm}>\nDate: {date}\nTo: {to}\nSubject: {subj}\n\n")


def outlook_quote(frm_name, frm, sent, to, subj, body, style=0):
    head = "-----Original Message-----\n" if style == 0 else "________________________________\n"
    return (f"{head}From: {frm_name} <{frm}>\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}")


def gmail_quote(date, who, body, hindi=False):
    lead = (f"{date} को {who} ने लिखा:" if hindi else f"On {date}, {who} wrote:")
    return lead + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n")) + "\n"


def creation_specials():
    # certification letter from a generic ID, clean template -------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[16]
    rows, ps, dobs = std_rows(r, n, office, 1)
    p = ps[0]
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="Superintendent & System Manager")
    plain = (f"Sir,\n\n{p['hon']} {p['name']} joined on deputation from the State Government; {p['his']} service book "
             f"is yet to be received. A certificate issued by the Joint Commissioner certifying the name, date of birth "
             f"and date of joining is attached in lieu of the service book, with the template.\n\n{sigt}\n")
    add(f"{n:03d}-creation-jc-certificate-in-lieu",
        send(n, "zimbra", frm, disp, f"SSO ID creation - {p['name']} - certificate in lieu of SB", body_of("zimbra", plain, [
            att(make_xlsx(rows), XLSX_CT, "SSO template.xlsx"),
            att(cert_pdf(p["name"], dobs[0], "20/10/2025"), PDF, "Certificate signed by JC.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "certification_letter"], sig=f),
        "A JC's certificate stands in place of the service book (review at DG Systems' discretion)")

    # certification letter, template still to come ---------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[27]
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nKindly create SSO ID for Shri Sumit Oraon, Tax Assistant, who joined on 20.10.2025. His "
             f"service book is not traceable. The certificate of his DOB "
             f"and DOJ signed by the Additional Commissioner is attached. The template will be sent tomorrow.\n\n"
             f"Regards,\n{sp['name']}\nTax Asst. (Computer Cell)\n{office}\nMob. {fmt_mobile(mobile(n, 3), 'plus91h')}\n")
    add(f"{n:03d}-creation-certificate-template-to-follow",
        send(n, "zimbra", frm, sp["name"], "SSO ID - Sumit Oraon, TA", body_of("zimbra", plain, [
            att(cert_pdf("Sumit Oraon", "02/02/1999", "20/10/2025"), PDF, "DOB DOJ certificate - Sumit Oraon.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["certification_letter"]),
        "Certification letter in place of the service book and no template: review (precedence over request_missing), "
        "template still listed as missing")

    # posted abroad, via DRI HQ ------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    sp = person(r)
    frm = individual_icegate(r, sp)
    rows, ps, dobs = std_rows(r, n, "DRI HQ (COIN)", 1)
    p = ps[0]
    plain = (f"Sir,\n\n{p['hon']} {p['name']}, who has been posted as Customs Attaché at the Embassy of India, Kathmandu "
             f"(Nepal), does not have an SSO ID. Template and service book attached for creation.\n\nRegards,\n"
             f"{sp['name']}\nSIO, DRI (Hqrs.), New Delhi\nTel (O): 011-2337 9418\n")
    add(f"{n:03d}-creation-posted-abroad-embassy",
        send(n, "outlook", frm, sp["name"], "SSO ID for officer posted abroad", body_of("outlook", plain, [
            att(make_xlsx(rows), XLSX_CT, "template.xlsx"), att(sb_pdf(p["name"], dobs[0], "20/10/2025"), PDF, "SB.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"], review=True),
        "Complete creation for an officer posted outside India: review")

    # new joinee from personal gmail, complete documents ----------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[24]
    rows, ps, dobs = std_rows(r, n, office, 1)
    p = ps[0]
    frm = f"{p['first'].lower()}.{p['last'].lower()}{n}@gmail.com"
    rows[0][8] = frm
    plain = (f"Respected Sir/Madam,\n\nI have joined as {rows[0][4]} in {office} on 20.10.2025. My system manager "
             f"asked me to send the template directly. Kindly create my SSO ID.\n\nThanking you,\n{p['name']}\n"
             f"{rows[0][4]}\n{fmt_mobile(rows[0][7], 'space')}\n")
    add(f"{n:03d}-creation-new-joinee-own-gmail",
        send(n, "gmailapp", frm, p["name"], "SSO ID creation request", body_of("gmailapp", plain, [
            att(make_xlsx(rows), XLSX_CT, f"{p['first']} template.xlsx", style="2047"),
            att(jpeg(n), "image/jpeg", "Service book page 1.jpg", style="2047")], n)),
        verdict("personal", "sso_creation", frm, kinds=["template", "service_book"]),
        "A new officer sends his own template and service book photo from Gmail (RFC 2047 file names): icegate_sender missing")

    # forwarded (Gmail marker) from the system manager -----------------------------------------------
    for fw, client, slug in ((fwd_gmail, "gmail", "gmail-marker"), (fwd_tb, "tb", "thunderbird-marker"),
                             (fwd_apple, "iphone", "apple-begin-forwarded")):
        n = nxt(); r = rng_for(n)
        office, city, std, tag = r.choice(OFFICES)
        rows, ps, dobs = std_rows(r, n, office, 1)
        p = ps[0]
        if client == "gmail":
            frm, disp = generic_other(r, tag, city)
            kind = "generic"
        else:
            frm, disp = generic_icegate(r, tag, city)
            kind = "generic"
        sigt, f, _ = nodal_sig(r, n, office, std, drop=r.choice([(), ("phone",)]))
        inner = (f"Sir,\n\nI joined as {rows[0][4]} on 20.10.2025. Kindly forward my template and service book to "
                 f"Saksham Seva for creation of SSO ID.\n\nRegards,\n{p['name']}\n{rows[0][4]}\n")
        tail = "\n\nSent from my iPhone" if client == "iphone" else ""
        plain = (f"Forwarded for necessary action please.\n\n{sigt}{tail}\n\n" +
                 fw(p["name"], rows[0][8], "Mon, 10 Nov 2025 at 18:41", "SSO ID creation", frm) + inner)
        add(f"{n:03d}-creation-forward-{slug}",
            send(n, client, frm, disp, "Fwd: SSO ID creation", body_of(client, plain, [
                att(make_xlsx(rows), XLSX_CT, "SSO_template.xlsx"), sbs(r, n, ps, dobs)[0]], n)),
            verdict(kind, "sso_creation", frm, kinds=["template", "service_book"], sig=f),
            f"A nodal mailbox forwards an officer's request inline ({slug}); the forwarder's own signature decides the "
            f"signature codes",
            "triage.md: a forwarded message counts and the forwarder is the sender; the markers of Thunderbird "
            "('-------- Forwarded Message --------') and Apple Mail ('Begin forwarded message:') are forward markers "
            "like Gmail's." if client != "gmail" else None)

    # forwarded as an attached message/rfc822 ------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[10]
    rows, ps, dobs = std_rows(r, n, office, 2)
    inner_body = multi("mixed", [text("Sir,\n\nTemplate and service books of two new Examiners attached.\n\nDivision office\n",
                                      cte="7bit"),
                                 att(make_xlsx(rows), XLSX_CT, "Examiners.xlsx"), *sbs(r, n, ps, dobs)], f"inner{n}")
    inner_raw = (f"From: Preventive Division <prev.cochin@icegate.gov.in>\nTo: sysmgr.cochin@icegate.gov.in\n"
                 f"Subject: SSO IDs - new Examiners\nDate: Mon, 10 Nov 2025 17:00:00 +0530\nMessage-ID: <inner{n}@icegate.gov.in>\n"
                 "MIME-Version: 1.0\n").encode() + flat(inner_body)
    rfc = _kit.MIMEMessage(_kit.email.message_from_bytes(inner_raw))
    del rfc["MIME-Version"]
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="ASM, Custom House Cochin",
                                    layout="stack")
    plain = f"Sir,\n\nThe mail of the Preventive Division is forwarded as attachment for creation of SSO IDs.\n\n{sigt}\n"
    add(f"{n:03d}-creation-forward-attached-rfc822",
        send(n, "outlook", frm, disp, "FW: SSO IDs - new Examiners", body_of("outlook", plain, [rfc], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book", "service_book"], sig=f),
        "Forward as an attached message/rfc822 (no file name): the template and service books inside it are this "
        "mail's; the designation line reads 'ASM, Custom House Cochin'")

    # reply: template only in the quoted mail -------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[1]
    rows, ps, dobs = std_rows(r, n, office, 1)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=())
    quoted = ("Sir,\n\nThe template received with your mail is attached back for reference. Kindly send the service "
              "book page also.\n\nRegards,\nSaksham Seva Helpdesk\n")
    plain = (f"Sir,\n\nService book page of {ps[0]['name']} is attached. The template was sent earlier.\n\n{sigt}\n\n"
             + outlook_quote("Saksham Seva", HELPDESK, "Tuesday, November 11, 2025 3:12 PM", disp,
                             "RE: SSO ID creation", quoted + "\nAttachment: SSO template.xlsx\n"))
    add(f"{n:03d}-creation-reply-template-only-in-quote",
        send(n, "outlook", frm, disp, "RE: SSO ID creation", body_of("outlook", plain, [sbs(r, n, ps, dobs)[0]], n),
             extra={"In-Reply-To": f"<ss-{n}@icegate.gov.in>"}),
        verdict("generic", "sso_creation", frm, kinds=["service_book"], sig=f),
        "Outlook reply carrying only the service book; the template is named only in the quoted helpdesk mail")

    # reminder with nothing attached -----------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[0]
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="ASM")
    prev = ("Sir,\n\nKindly create SSO IDs for the two new Inspectors. Template and service books attached.\n\n"
            "Regards\nSystem Manager, Kandla\n")
    plain = (f"Sir,\n\nReminder-2. The SSO IDs requested in the trailing mail are still not created. Kindly create "
             f"them at the earliest as the officers are unable to work on ACES.\n\n{sigt}\n\n"
             + gmail_quote("Mon, 10 Nov 2025 at 11:20", f"{disp} <{frm}>", prev))
    add(f"{n:03d}-creation-reminder-no-attachments",
        send(n, "zimbra", frm, disp, "Re: Creation of SSO IDs - Reminder 2", body_of("zimbra", plain, [], n),
             extra={"In-Reply-To": f"<orig-{n}@icegate.gov.in>", "References": f"<orig-{n}@icegate.gov.in>"}),
        verdict("generic", "sso_creation", frm, sig=f),
        "A reminder in a creation thread with nothing attached: triage judges the file alone, so template and service "
        "book are missing",
        "triage.md: 'In a thread, documents and details from earlier mails of the same case count. This applies in "
        "the daemon ...; maild triage judges each file on its own.'")

    # HTML-only Outlook, signature in a table ----------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[2]
    rows, ps, dobs = std_rows(r, n, office, 2)
    frm, disp = generic_icegate(r, tag, city)
    sp = person(r)
    em = f"{local_of(sp, r)}@icegate.gov.in"
    html = ("<html><head><meta charset=\"utf-8\"></head><body><div class=WordSection1><p class=MsoNormal>Sir,</p>"
            "<p class=MsoNormal>Kindly create SSO IDs for the two officers in the attached template. Service book pages "
            "attached.</p><p class=MsoNormal>Regards,</p><table class=MsoTableGrid border=1>"
            f"<tr><td><b>Name</b></td><td>{sp['name']}</td></tr><tr><td><b>Designation</b></td><td>Nodal Officer (Systems)</td></tr>"
            f"<tr><td><b>Office</b></td><td>{office}</td></tr><tr><td><b>E-mail</b></td><td><a href=\"mailto:{em}\">{em}</a></td></tr>"
            f"<tr><td><b>Tel (O)</b></td><td>{landline(std, n)}</td></tr></table></div></body></html>")
    add(f"{n:03d}-creation-html-only-table-signature-landline",
        send(n, "outlook", frm, disp, "SSO ID creation", body_of("outlook", "", [
            att(make_xlsx(rows), XLSX_CT, "SSO template NCH.xlsx"), *sbs(r, n, ps, dobs)], n, html=html, html_only=True)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book", "service_book"],
                sig={"name", "designation", "email", "phone"}),
        "Outlook HTML-only body; the signature is a table (Name, Designation 'Nodal Officer (Systems)', E-mail, Tel (O))")

    # S/MIME signed mail (DSC) ------------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[5]
    rows, ps, dobs = std_rows(r, n, office, 1)
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nPlease create SSO ID for the new Appraiser as per the attached template and service book.\n\n"
             f"Regards,\n{sp['name']}\nDy. Commr. (EDI)\n{office}\n")
    inner = body_of("outlook", plain, [att(make_xlsx(rows), XLSX_CT, "template.xlsx"), sbs(r, n, ps, dobs)[0]], n)
    signed = multi("signed", [inner, att(b"0\x82\x05\x00" + bytes(range(64)), "application/pkcs7-signature", "smime.p7s")],
                   f"----=_NextPart_S{n:04d}")
    signed.set_param("protocol", "application/pkcs7-signature")
    signed.set_param("micalg", "sha-256")
    add(f"{n:03d}-creation-smime-signed-dsc",
        send(n, "outlook", frm, sp["name"], "SSO ID creation - Appraiser", signed),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book", "other"]),
        "A mail signed with the officer's DSC (multipart/signed): the smime.p7s signature part has a file name, so it "
        "is an attachment of kind other")

    # RFC 2231 Devanagari file names, contact card -------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[19]
    rows, ps, dobs = std_rows(r, n, office, 1)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=(), desig="अधीक्षक (प्रणाली)", layout="stack")
    plain = f"महोदय,\n\nSSO ID बनाने हेतु टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\n\n{sigt}\n"
    vcf = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{disp}\r\nEND:VCARD\r\n".encode()
    add(f"{n:03d}-creation-rfc2231-hindi-names-vcard",
        send(n, "tb", frm, disp, "SSO ID हेतु", body_of("tb", plain, [
            att(make_xlsx(rows), XLSX_CT, "टेम्पलेट SSO.xlsx", style="2231"),
            att(sb_pdf(ps[0]["name"], dobs[0], "20/10/2025"), PDF, "सेवा पुस्तिका.pdf", style="2231"),
            att(vcf, "text/x-vcard", "sysmgr.vcf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book", "other"], sig=f),
        "Devanagari file names in RFC 2231 (template by header, service book by text layer) and a vCard (other)")

    # generic: the contact person is named in the body, the sign-off is bare --------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[12]
    rows, ps, dobs = std_rows(r, n, office, 1)
    frm, disp = generic_icegate(r, tag, city)
    cp = person(r)
    plain = (f"Sir,\n\nKindly create SSO ID for the new Inspector. Template and service book attached. For any "
             f"clarification please contact {cp['hon']} {cp['name']}, Superintendent, on {fmt_mobile(mobile(n, 4), 'space')} "
             f"or {local_of(cp, r)}@icegate.gov.in.\n\nRegards,\nSystem Manager\n{office}\n")
    add(f"{n:03d}-creation-contact-person-in-body-bare-signoff",
        send(n, "zimbra", frm, disp, "SSO ID creation", body_of("zimbra", plain, [
            att(make_xlsx(rows), XLSX_CT, "SSO template.xlsx"), sbs(r, n, ps, dobs)[0]], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig={"designation"}),
        "Generic mailbox names a contact person in the running text but signs off only 'System Manager'",
        "triage.md: the signature is the closing lines after 'Regards'; 'Text elsewhere in the body does not fill a "
        "signature field', so the contact person's name, e-mail and mobile do not sign the mail.")

    # generic: the signature's e-mail is another office mailbox ----------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[13]
    rows, ps, dobs = std_rows(r, n, office, 1)
    frm, disp = f"sysmgr.{tag}@icegate.gov.in", f"System Manager {city}"
    sp = person(r)
    plain = (f"Sir,\n\nSSO ID may kindly be created for the officer in the template. SB attached.\n\nRegards,\n"
             f"{sp['name']}\nAlternate SM\n{office}\nEmail: edi.{tag}@icegate.gov.in\nMob: {fmt_mobile(mobile(n, 2), 'plus91')}\n")
    add(f"{n:03d}-creation-signature-email-another-office-mailbox",
        send(n, "zimbra", frm, disp, "SSO ID creation", body_of("zimbra", plain, [
            att(make_xlsx(rows), XLSX_CT, "SSO.xlsx"), sbs(r, n, ps, dobs)[0]], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig={"name", "designation", "phone"}),
        "Signed 'Alternate SM' with the EDI section's mailbox as e-mail: not an individual e-mail ID")

    # generic with Devanagari-digit mobile in the signature ------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[4]
    rows, ps, dobs = std_rows(r, n, office, 2)
    frm, disp = generic_icegate(r, tag, city)
    sp = person(r)
    plain = (f"महोदय / Sir,\n\nनव नियुक्त दो निरीक्षकों की SSO ID बनाने हेतु टेम्पलेट व सेवा पुस्तिका संलग्न।\n"
             f"Template and service books of two new Inspectors attached for SSO ID creation.\n\nसादर,\n{sp['name']}\n"
             f"निरीक्षक (ईडीआई) / Inspector (EDI)\n{office}\nमोबाइल: {fmt_mobile(mobile(n, 3), 'dev')}\n"
             f"ई-मेल: {local_of(sp, r)}@icegate.gov.in\n")
    add(f"{n:03d}-creation-devanagari-digits-signature-mobile",
        send(n, "zimbra", frm, disp, "SSO ID creation - ACC Sahar", body_of("zimbra", plain, [
            att(make_xlsx(rows), XLSX_CT, "ACC template.xlsx"), *sbs(r, n, ps, dobs)], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book", "service_book"],
                sig={"name", "designation", "email", "phone"}),
        "Bilingual signature; the mobile is written in Devanagari digits")

    # the template sent as octet-stream with an upper-case name, service book as TIFF scan -------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[21]
    rows, ps, dobs = std_rows(r, n, office, 1)
    sp = person(r)
    frm = individual_icegate(r, sp)
    plain = (f"Sir\nPls create SSO ID of new TA. Template n SB attached\nRgds\n{sp['name']}\nSupdt\n{office}\n")
    add(f"{n:03d}-creation-terse-octet-stream-template",
        send(n, "iphone", frm, sp["name"], "SSO ID", body_of("iphone", plain, [
            att(make_xlsx(rows, titles=()), "application/octet-stream", "SSO_TEMPLATE_GHY.XLSX"),
            att(jpeg(n), "image/jpeg", "Service Book.jpeg")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"]),
        "Terse iPhone mail; template as application/octet-stream with an upper-case name; 'Sent from my iPhone'")


# ================================================================= sso_status and password_reset

STATUS_1P = [
    "I would like to know whether any SSO ID already exists in my name.",
    "Kindly confirm if my SSO ID is generated. I have not received any mail regarding the same.",
    "Please check whether an SSO ID / ICEGATE e-mail ID has been created for me. I joined the department in {year} but "
    "never received any login details.",
    "Mujhe pata nahi hai ki mera SSO ID bana hai ya nahi. Kripya check karke batayein.",
    "क्या मेरे नाम से कोई SSO ID पहले से बनी हुई है? कृपया जाँच कर सूचित करें।",
    "I am not sure whether my SSO ID was created at the time of my joining. Kindly verify and let me know the status.",
    "Request you to let me know if there is an existing SSO ID against my name, since a new one cannot be made if one "
    "already exists.",
    "Is there any SSO ID in my name? Please confirm.",
    "Kindly confirm whether SSO ID has been generated in my name or not.",
    "Sir, kindly intimate whether my SSO ID exists. Earlier office had sent the request in {year} but I never got any "
    "credentials.",
]
STATUS_3P = [
    "{hon} {name}, {desig} of this office, wants to know whether an SSO ID already exists in {his} name. Kindly check "
    "and inform.",
    "Kindly confirm whether any SSO ID has been created in r/o {hon} {name}, {desig}.",
    "Please verify if an SSO ID is already available in the name of {hon} {name}, {desig}, who joined this office on "
    "deputation.",
]
RESET_1P = [
    "I have forgotten the password of my SSO ID. Kindly reset it.",
    "My SSO ID has become inactive as I could not log in for a long time. Kindly activate it.",
    "I am unable to log in to ACES as my SSO password has expired. Kindly reset my password.",
    "Password bhool gaya hoon, kindly reset kar dijiye. ACES open nahi ho raha.",
    "मैं अपना SSO पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करने का कष्ट करें।",
    "My SSO account got locked after wrong password attempts. Kindly unlock it and reset the password.",
    "I am not able to login to my ICEGATE mailbox; it says the password is wrong. Kindly reset my password.",
    "Not able to login since last week, it shows invalid credentials. Pl reset my SSO password.",
    "My ID got deactivated during my long leave. Kindly activate my SSO ID.",
]
RESET_3P = [
    "{hon} {name}, {desig}, has forgotten {his} SSO password. Kindly reset the same.",
    "The SSO ID of {hon} {name}, {desig} of this office, has become inactive. It is requested to activate it.",
    "Request for password reset in r/o {hon} {name}, {desig}.",
]
SSO_VALUES = ["48213907", "r.venkat", "KUMARR", "mpatil", "SNAIR01", "rk.sharma", "30127465", "DEEPAK.T", "gopal.k",
              "LAKSHMI.R", "51230998", "ssharma12", "a.qureshi", "66123411"]
SSO_LABELS = ["SSO ID:", "SSO ID -", "SSOID:", "SSO Id :", "User ID -", "User Id:", "Login ID:", "SSO User ID:",
              "SSO ID No.", "SSO-ID:"]


def sso_value(r, p):
    f, l = p["first"], p["last"]
    return r.choice([f"{r.randint(10, 69)}{r.randint(100000, 999999)}", f"{f[0]}.{l}".lower(), (l + f[0]).upper(),
                     f"{f}.{l[0]}".upper(), f"{f[0]}{l}{r.randint(1, 99)}".lower(), f"{f}{l[0]}".lower(),
                     f"{r.randint(30000000, 69999999)}"])


def sso_text(r, n, p):
    """(labelled text, is-style sentence) for an SSO ID of some shape."""
    v = sso_value(r, p)
    if v.isdigit() and r.random() < 0.25:
        v = v.translate(DEV)
        return f"एसएसओ आईडी: {v}", f"मेरी एसएसओ आईडी {v} है।"
    lab = r.choice(SSO_LABELS)
    return f"{lab} {v}", r.choice([f"My SSO ID is {v}.", f"My user id is {v} .", f"My SSO ID is '{v}'."])


def mob_for(r, n, how, std="011"):
    """A mobile as written (how: ok / land / short), and whether it is a mobile."""
    if how == "land":
        return landline(std, n), False
    if how == "short":
        m = mobile(n)
        return f"{m[:5]} {m[5:9]}", False
    style = r.choice(["guj", "ben", "plus91dev"]) if r.random() < 0.06 else r.choice(MOB_STYLES)
    return fmt_mobile(mobile(n), style), True


def person_mail(n, r, rt, *, sk=None, drop="random", style=None, client=None, review=False, sso_how=None, extra=None,
                ar=None, received=None, frm=None, slug_extra="", intent_extra="", note=None, ask=None, disp=None):
    """A status enquiry or reset written by the officer himself (icegate or personal sender)."""
    p = person(r)
    office, city, std, tag = r.choice(OFFICES)
    desig = r.choice(DESIG_OFFICER)
    if sk is None:
        sk = r.choice(["personal", "personal", "icegate"]) if rt == "sso_status" else r.choice(
            ["icegate"] * 6 + ["personal"])
    if frm is None:
        frm = individual_icegate(r, p) if sk == "icegate" else personal_addr(p, r)
    dom = frm.split("@")[1]
    if client is None:
        client = {"gmail.com": r.choice(["gmail", "gmailapp", "iphone"]), "yahoo.co.in": "yahoo", "yahoo.com": "yahoo",
                  "rediffmail.com": "rediff", "outlook.com": "owa", "hotmail.com": "owa"}.get(
            dom, r.choice(["zimbra", "zimbra", "outlook", "tb", "iphone"]))
    if drop == "random":
        drop = r.choice([None] * 6 + ["name", "designation", "mobile", "mobile_land", "mobile_short"]
                        + (["sso_id", "sso_id_unknown"] if rt == "password_reset" else []))
    have = {"name", "designation", "mobile"} | ({"sso_id"} if rt == "password_reset" else set())
    drop0 = drop
    mhow = "ok"
    if drop in ("mobile_land", "mobile_short"):
        mhow = drop.split("_")[1]
        drop = "mobile"
    if drop and drop.startswith("sso_id"):
        have.discard("sso_id")
    elif drop:
        have.discard(drop)
    mob, _ = mob_for(r, n, mhow, std)
    show_mob = drop != "mobile" or mhow != "ok"
    name = p["name"] if "name" in have else None
    d = desig if "designation" in have else None
    use_alt = rt == "password_reset" and sso_how == "alt"
    ssol, ssois = sso_text(r, n, p)
    alt_e = personal_addr(p, r) if frm.endswith("icegate.gov.in") else f"{p['first'].lower()}{n}@yahoo.co.in"
    style = style or r.choice(["labels", "labels", "running", "sig", "mixed", "labels_hi"])
    if ask is None:
        ask = r.choice(STATUS_1P if rt == "sso_status" else RESET_1P).format(year=r.randint(2012, 2022))
    if drop == "sso_id_unknown":
        ask += " I do not remember my SSO ID also."
    lines = []
    en_desig = d and not any("\u0900" <= c <= "\u097f" for c in d)
    if style in ("labels", "labels_hi"):
        hi = style == "labels_hi"
        if name:
            lines.append(("नाम: " if hi else "Name: ") + name)
        if d:
            lines.append(("पदनाम: " if hi else "Designation: ") + d)
        lines.append(("कार्यालय: " if hi else "Office: ") + office)
        if rt == "password_reset" and "sso_id" in have:
            lines.append(f"Alternate e-mail ID: {alt_e}" if use_alt else ssol)
        if show_mob:
            lab = ("दूरभाष: " if hi else "Tel (O): ") if mhow == "land" else ("मोबाइल नं.: " if hi else "Mobile No.: ")
            lines.append(lab + mob)
        details = "\n".join(lines)
        sig = signature(r, name=name, layout="stack", opener=r.choice(OPENERS))
    elif style == "running":
        s = []
        if name:
            s.append(r.choice([f"My name is {name}", f"I am {name}", f"This is {name}"]) +
                     (f", {d}," if d and en_desig else "") + f" posted at {office}.")
            if d and not en_desig:
                s.append(f"पदनाम: {d}.")
        elif d:
            s.append(f"I am working as {d} at {office}." if en_desig else f"पदनाम: {d}, {office}.")
        if rt == "password_reset" and "sso_id" in have:
            s.append(f"My alternate mail id is {alt_e}." if use_alt else ssois)
        if show_mob:
            s.append(f"My office number is {mob}." if mhow == "land" else
                     r.choice([f"My mobile number is {mob}.", f"I can be reached on {mob}.", f"Mobile no. {mob}."]))
        details = " ".join(s)
        sig = signature(r, name=name, layout="stack", opener=r.choice(OPENERS))
    else:  # sig / mixed: details in the signature block
        s = []
        if rt == "password_reset" and "sso_id" in have:
            s.append(f"Alternate e-mail ID: {alt_e}" if use_alt else (ssol if style == "mixed" else ssois))
        details = "\n".join(s)
        sig = signature(r, name=name, desig=d, office=office, phone=mob if show_mob else None,
                        layout=r.choice(["stack", "stack", "name_desig", "desig_office", "dash", "pipes"]),
                        phone_is_land=mhow == "land")
    greet = r.choice(GREETINGS)
    plain = f"{greet}\n\n{ask}\n\n{details}\n\n{sig}\n".replace("\n\n\n\n", "\n\n")
    if sk == "icegate" and r.random() < 0.25:
        plain += r.choice(DISCLAIMERS)
    subj = r.choice({"sso_status": ["Status of SSO ID", "Whether SSO ID exists", "SSO ID - whether created?",
                                    "Regarding my SSO ID", "SSO ID bana hai ya nahi", "SSO ID की स्थिति के संबंध में",
                                    "Confirmation of SSO ID"],
                     "password_reset": ["Password reset", "SSO ID password reset", "Request for reset of SSO password",
                                        "Activation of SSO ID", "SSO ID locked", "पासवर्ड रीसेट हेतु", "Reset password pls",
                                        "Unable to login - SSO"]}[rt])
    raw = send(n, client, frm, disp if disp is not None else p["name"], subj, body_of(client, plain, [], n),
               extra=extra, ar=ar, received=received)
    kind = "icegate" if frm.endswith("@icegate.gov.in") else "personal"
    e = verdict(kind, rt, frm, have=have, review=review)
    miss = ", ".join(e["missing"]) or "nothing"
    what = {"name": "no name", "designation": "no designation", "mobile": "no number",
            "mobile_land": "a landline only", "mobile_short": "a 9-digit 'mobile'", "sso_id": "no SSO ID",
            "sso_id_unknown": "no SSO ID ('do not remember')", None: "all details"}[drop0]
    add(f"{n:03d}-{'status' if rt == 'sso_status' else 'reset'}-{kind}-{client}-{style}{slug_extra}",
        raw, e, f"{'Status enquiry' if rt == 'sso_status' else 'Reset'} by the officer from a {kind} address via "
                f"{client}, details as '{style}', designation '{desig}', mobile '{mob}': {what}; missing {miss}"
                + intent_extra, note)
    return e


def generated_persons(count_status=30, count_reset=32):
    for _ in range(count_status):
        n = nxt()
        person_mail(n, rng_for(n), "sso_status")
    for i in range(count_reset):
        n = nxt()
        r = rng_for(n)
        person_mail(n, r, "password_reset", sso_how="alt" if i % 6 == 5 else None)


def on_behalf(count=14):
    """Status enquiries and resets sent by a nodal or office mailbox for an officer, named in the third person."""
    for j in range(count):
        n = nxt(); r = rng_for(n)
        rt = "sso_status" if j % 2 == 0 else "password_reset"
        office, city, std, tag = r.choice(OFFICES)
        other = j % 5 == 3
        frm, disp = (generic_other if other else generic_icegate)(r, tag, city)
        client = client_for_other(r, frm) if other else r.choice(["zimbra", "zimbra", "outlook", "tb"])
        p = person(r)
        desig = r.choice(DESIG_OFFICER)
        ask = r.choice(STATUS_3P if rt == "sso_status" else RESET_3P).format(hon=p["hon"], name=p["name"], desig=desig,
                                                                               his=p["his"])
        mob = fmt_mobile(mobile(n), r.choice(MOB_STYLES))
        det = [f"Mobile No. of the officer: {mob}" if r.random() < .5 else f"{p['he'].capitalize()} may be contacted on {mob}."]
        if rt == "password_reset":
            lab, _ = sso_text(r, n, p)
            det.insert(0, lab)
        drop = r.choice([(), (), (), ("email",), ("phone",), ("name", "email"), ("designation",)])
        sigt, f, _ = nodal_sig(r, n, office, std, drop=drop, land=True,
                               layout=r.choice(["stack", "labels", "pipes", "sd", "desig_office", "hindi", "name_desig"]))
        plain = f"{r.choice(GREETINGS)}\n\n{ask}\n\n" + "\n".join(det) + f"\n\n{sigt}\n"
        if r.random() < .3:
            plain += r.choice(DISCLAIMERS)
        subj = (f"SSO ID status - {p['name']}" if rt == "sso_status" else f"Password reset - {p['hon']} {p['name']}")
        e = verdict("generic", rt, frm, have={"name", "designation", "mobile", "sso_id"}, sig=f)
        add(f"{n:03d}-{'status' if rt == 'sso_status' else 'reset'}-on-behalf-{'other' if other else 'icegate'}-generic",
            send(n, client, frm, disp, subj, body_of(client, plain, [], n)), e,
            f"{frm} asks for '{p['hon']} {p['name']}, {desig}' in the third person (mobile '{mob}'); "
            f"{describe_sig(f)}; missing {', '.join(e['missing']) or 'nothing'}")


def person_specials():
    """Status and reset mails aimed at one reading each."""
    def pm(rt, slug, intent, note=None, **kw):
        n = nxt()
        return person_mail(n, rng_for(n), rt, slug_extra="-" + slug, intent_extra=". " + intent, note=note, **kw)

    pm("sso_status", "whether-already-exists", "", sk="personal", drop=None, style="labels",
       ask="Kindly let me know whether any SSO ID already exists in my name, as my new office wants to send a creation "
           "request.")
    pm("sso_status", "confirm-if-generated", "", sk="icegate", drop=None, style="sig",
       ask="Kindly confirm if ID is generated. My system manager had sent the request last month.")
    pm("sso_status", "hinglish-running", "", sk="personal", drop=None, style="running",
       ask="Sir mera SSO ID abhi tak nahi mila hai, please check kar ke batayein ki ID bani hai ya nahi.")
    pm("sso_status", "landline-and-fax", "Only an office landline is given", sk="personal", drop="mobile_land",
       style="labels")
    pm("password_reset", "forgot-sso-id-alt-email", "Forgot the SSO ID itself; alternate e-mail ID given",
       sk="icegate", drop=None, style="labels", sso_how="alt",
       ask="I have forgotten my SSO ID itself. Kindly tell me the ID and reset its password.")
    pm("password_reset", "sso-label-not-known", "'SSO ID: not known' gives no SSO ID", sk="icegate", drop="sso_id",
       style="labels", ask="I have forgotten my SSO password. SSO ID: not known (kindly check with my name).")
    pm("password_reset", "personal-gmail-complete", "Complete details but written from Gmail", sk="personal",
       drop=None, style="labels")
    n = nxt(); r = rng_for(n)
    p = {"first": "Anjali", "last": "Rao", "name": "Anjali Rao"}
    frm = "anjali.rao@gov.in"
    plain = ("Sir,\n\nI am on deputation to the Ministry and have forgotten the password of my SSO ID. Kindly reset it.\n\n"
             f"Name: Dr. Anjali Rao\nDesignation: Assistant Commissioner\nSSO ID: ANJALIR\nMobile: {fmt_mobile(mobile(n), 'plus91')}\n\n"
             "Regards,\nDr. Anjali Rao\n")
    add(f"{n:03d}-reset-individual-gov-in-dr-honorific",
        send(n, "nic", frm, "Dr. Anjali Rao", "SSO password reset", body_of("nic", plain, [], n),
             ar=ar_pass("gov.in", "anjali.rao", ip="164.100.14.5")),
        verdict("personal", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}),
        "An officer's individual gov.in address (personal, not ICEGATE); 'Dr.' before the name")

    # own address in the signature, helpdesk address in the text, no SSO ID --------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nAs advised on the phone by {HELPDESK}, I am writing from my ICEGATE ID for reset of my SSO "
             f"password. I have forgotten it.\n\nRegards,\n{p['name']}\nInspector (Examiner)\nChennai Custom House\n"
             f"Email: {frm}\nMob: {fmt_mobile(mobile(n), 'space')}\n[cid:image001.png@01DC5E3A.4B2C1D00]\n")
    add(f"{n:03d}-reset-own-address-helpdesk-address-cid-no-sso",
        send(n, "outlook", frm, p["name"], "Password reset", body_of("outlook", plain, [], n, logo=True)),
        verdict("icegate", "password_reset", frm, kinds=["other"], have={"name", "designation", "mobile"}),
        "No SSO ID: the only e-mail IDs are the sender's own, the helpdesk's and a cid: reference")

    # Outlook reply, SSO ID only in the quoted original --------------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    mob = fmt_mobile(mobile(n), "plus91h")
    orig = (f"Sir,\n\nKindly reset my SSO password.\nSSO ID: {sso_value(r, p)}\n\nRegards\n{p['name']}\n")
    helpq = ("Dear Sir,\n\nWe could not reach you on phone. Kindly send your mobile number and designation.\n\n"
             "Regards,\nSaksham Seva\n\n" + outlook_quote(p["name"], frm, "Monday, November 17, 2025 10:02 AM", HELPDESK,
                                                           "Password reset", orig))
    plain = (f"Sir,\n\nPlease call me on {mob} today. I am working as Tax Asst. in the Refund section.\n\nRegards,\n"
             f"{p['name']}\n\n" + outlook_quote("Saksham Seva", HELPDESK, "Tuesday, November 18, 2025 4:05 PM", frm,
                                                "RE: Password reset", helpq, style=1))
    add(f"{n:03d}-reset-outlook-reply-sso-only-in-nested-quote",
        send(n, "outlook", frm, p["name"], "RE: Password reset", body_of("outlook", plain, [], n),
             extra={"In-Reply-To": f"<ss-r-{n}@icegate.gov.in>"}),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "mobile"}),
        "New-style Outlook reply ('____' line then From/Sent/To/Subject): the SSO ID is only in the nested quote")

    # Gmail reply with a Hindi 'wrote' line; the mobile only in the quote -------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = personal_addr(p, r).split("@")[0] + "@gmail.com"
    orig = f"Sir,\nKya mere naam se SSO ID bani hai?\nMob: {fmt_mobile(mobile(n), 'plain')}\n{p['name']}\n"
    plain = (f"Sir,\n\nAs asked, my designation is Havaldar, posted at Custom House Kandla. Kindly check whether my SSO ID "
             f"exists.\n\n{p['name']}\n\n" + gmail_quote("शुक्र, 21 नव॰ 2025 को 4:05 pm बजे", f"Saksham Seva <{HELPDESK}>",
                                                        "Please give your designation.\n\n" +
                                                        gmail_quote("Thu, 20 Nov 2025 at 10:00", p["name"], orig), hindi=True))
    add(f"{n:03d}-status-gmail-reply-hindi-wrote-mobile-only-quoted",
        send(n, "gmail", frm, p["name"], "Re: SSO ID", body_of("gmail", plain, [], n)),
        verdict("personal", "sso_status", frm, have={"name", "designation"}),
        "Gmail reply with a Hindi 'ने लिखा:' attribution; the mobile is only in the quoted ('>') mail")

    # iPhone reply: details above, SSO ID below 'On ... wrote:' ------------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir I am {p['name']}, PO at Air Cargo Complex Sahar. Mob {fmt_mobile(mobile(n), 'plain')}. Pls reset my password.\n\n"
             f"Sent from my iPhone\n\n" + gmail_quote(f"18-Nov-2025, at 11:02 AM", f"{p['name']} <{frm}>",
                                                     f"My SSO ID is {sso_value(r, p)}. Forgot password."))
    add(f"{n:03d}-reset-iphone-reply-sso-only-quoted",
        send(n, "iphone", frm, p["name"], "Re: Password", body_of("iphone", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "mobile"}),
        "iPhone reply: name, 'PO' and mobile in the new text, the SSO ID only in the quoted mail")

    # all-Hindi reset with Devanagari digits in SSO ID, mobile and date ----------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"महोदय,\n\nमैं दिनांक १२.११.२०२५ से अपनी SSO ID में लॉगिन नहीं कर पा रहा हूँ, पासवर्ड भूल गया हूँ। कृपया पासवर्ड "
             f"रीसेट करें।\n\nनाम: {p['name']}\nपदनाम: कर सहायक\nएसएसओ आईडी: {'4' + str(mobile(n))[3:]}".translate(DEV) +
             f"\nमोबाइल: {fmt_mobile(mobile(n), 'dev_sp')}\n\nभवदीय,\n{p['name']}\nकर सहायक\n")
    add(f"{n:03d}-reset-hindi-devanagari-digits-everywhere",
        send(n, "zimbra", frm, p["name"], "पासवर्ड रीसेट", body_of("zimbra", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}),
        "Hindi reset; SSO ID, mobile and date in Devanagari digits; designation 'कर सहायक'")

    # designation only in the From display name ---------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nKindly reset my SSO ID password.\n\nSSO ID: {sso_value(r, p)}\nMobile: {mobile(n)}\n\n"
             f"Regards,\n{p['name']}\n")
    add(f"{n:03d}-reset-designation-only-in-display-name",
        send(n, "zimbra", frm, f"{p['name']}, Supdt. CGST Pune", "SSO password reset", body_of("zimbra", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "sso_id", "mobile"}),
        "The designation appears only in the From display name",
        "triage.md: name/designation/mobile are found 'in the sender's own text'; the From display name is a header, "
        "not text (and 'does not supply name').")

    # officer's own designation written as 'ASM, Custom House Kandla' ---------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nMy SSO ID is locked. Kindly reset the password.\n\nSSO ID: {sso_value(r, p)}\n\nRegards,\n"
             f"{p['name']}\nASM, Custom House Kandla\nMob: {fmt_mobile(mobile(n), 'zero_sp')}\n")
    add(f"{n:03d}-reset-asm-beside-office",
        send(n, "zimbra", frm, p["name"], "SSO ID locked", body_of("zimbra", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}),
        "Designation written beside the office on one line ('ASM, Custom House Kandla'); mobile '0 98xxx-xxxxx'")

    # posted abroad reset --------------------------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nI am presently posted under COIN at the Consulate General of India, Hong Kong. I have forgotten my "
             f"SSO password; kindly reset it.\n\nName: {p['name']}\nDesignation: Deputy Commissioner\n"
             f"SSO ID: {sso_value(r, p)}\nMobile: +91 {mobile(n)}\n\nRegards,\n{p['name']}\n")
    add(f"{n:03d}-reset-coin-hong-kong",
        send(n, "owa", frm, p["name"], "Password reset - officer on COIN posting", body_of("owa", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}, review=True),
        "Complete reset for an officer on a COIN posting abroad: review")

    # generic nic.in mailbox, reset on behalf, signature in one comma line --------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[25]
    frm = f"cgst.sys.{tag}@nic.in"
    p = person(r); sp = person(r)
    plain = (f"Sir,\n\n{p['hon']} {p['name']}, Sr. Tax Asst., has forgotten {p['his']} SSO password. {p['his'].capitalize()} "
             f"user id is {sso_value(r, p)} and mobile {fmt_mobile(mobile(n), 'hyphen')}.\n\nRegards\n"
             f"{sp['name']}, Supdt. (Systems), {office}, {fmt_mobile(mobile(n, 2), 'space')}, "
             f"{local_of(sp, r)}@icegate.gov.in\n")
    add(f"{n:03d}-reset-nic-generic-comma-signature",
        send(n, "nic", frm, f"CGST Systems {city}", "Password reset", body_of("nic", plain, [], n),
             ar=ar_pass("nic.in", frm.split("@")[0], ip="164.100.14.5")),
        verdict("generic", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"},
                sig={"name", "designation", "email", "phone"}),
        "A nic.in systems mailbox asks a reset in the third person ('user id is ...'); the signature is one comma line")

    # generic icegate, HTML-only status on behalf, <br> signature lacking e-mail -----------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[7]
    frm, disp = f"sysmgr.{tag}@icegate.gov.in", f"System Manager {city}"
    p = person(r); sp = person(r)
    html = (f"<html><body><div>Sir,</div><div><br></div><div>Kindly confirm whether an SSO ID exists in r/o {p['hon']} "
            f"{p['name']}, Inspector (Examiner), mobile {fmt_mobile(mobile(n), 'dots')}.</div><div><br></div>"
            f"<div>Regards,<br>{sp['name']}<br>Alternate System Manager<br>{office}<br>Tel (O): {landline(std, n)}</div>"
            "</body></html>")
    add(f"{n:03d}-status-sysmgr-html-only-br-no-email",
        send(n, "zimbra", frm, disp, "SSO ID exists?", body_of("zimbra", "", [], n, html=html, html_only=True)),
        verdict("generic", "sso_status", frm, have={"name", "designation", "mobile"}, sig={"name", "designation", "phone"}),
        "HTML-only Zimbra mail with a <br> signature (Alternate System Manager, landline) and no individual e-mail")


# ================================================================= designation_update and role_mapping

PROMO_1P = [
    "I have been promoted as {to} vide Establishment Order No. {no}. Kindly update my designation in ACES / SSO.",
    "My designation is still showing as {frm} in ACES though I have been promoted as {to}. Kindly update it.",
    "Consequent upon my promotion to the grade of {to}, kindly change my designation in the SSO profile.",
    "पदोन्नति के पश्चात ACES में मेरा पदनाम {to} के रूप में अद्यतन करने का कष्ट करें।",
    "Promotion ho gaya hai ({frm} se {to}), kindly SSO me designation update kar dijiye.",
]
PROMO_3P = [
    "{hon} {name}, {frm}, has been promoted to the grade of {to} vide order No. {no}. Kindly update {his} designation "
    "in ACES.",
    "Designation of {hon} {name} may kindly be updated as {to} consequent upon promotion (order No. {no}).",
]
ROLE_1P = [
    "I have joined {office} on transfer from {old}. Kindly unmap me from {old} and map the roles as per the local "
    "posting order.",
    "I am not able to access ACES since my transfer to {office}; my roles are still with {old}. Kindly map the roles "
    "of my new charge.",
    "Kindly assign the Range Officer role in GST BO for my new charge in {office}, where I joined on transfer.",
    "Request for transfer of my SSO ID roles from {old} to {office} consequent upon my transfer.",
    "स्थानांतरण के उपरांत {office} में कार्यभार ग्रहण कर लिया है। कृपया ACES में रोल मैपिंग करने का कष्ट करें।",
    "Transfer ke baad naye charge ka role ACES me map nahi hua hai, kindly map kar dein. Old charge ({old}) se unmap "
    "bhi kar dein.",
]
ROLE_3P = [
    "{hon} {name}, {desig}, has joined this office on transfer from {old}. Kindly map {his} roles in ACES as per the "
    "local posting order and unmap {his} old roles.",
    "{hon} {name}, {desig}, has been relieved from this office on transfer to {old}. Kindly unmap {his} roles here and "
    "map the new charge.",
]


def doc_att(r, kind, name, n):
    """A document of the given kind, named plainly or told only by its text layer."""
    if kind == "promotion_order":
        return r.choice([lambda: att(promotion_pdf(name), PDF, "Promotion Order.pdf"),
                         lambda: att(promotion_pdf(name), PDF, f"promotion order {name}.pdf"),
                         lambda: att(promotion_pdf(name), PDF, "EO No 112-2025.pdf"),
                         lambda: att(promotion_pdf(name), PDF, "पदोन्नति आदेश.pdf", style="2231"),
                         lambda: att(make_pdf(None), PDF, "PROMOTION_ORDER_SCAN.pdf"),
                         lambda: att(jpeg(n), "image/jpeg", "promotion order.jpg")])()
    if kind == "service_book":
        return sb_jpg_or_pdf(r, name, "10/10/1988", "01/06/2012", n)
    if kind == "transfer_order":
        return r.choice([lambda: att(transfer_pdf(name), PDF, "Transfer Order.pdf"),
                         lambda: att(transfer_pdf(name), PDF, "AGT 2025 order.pdf"),
                         lambda: att(make_pdf(None), PDF, "transfer order scan.pdf"),
                         lambda: att(transfer_pdf(name), PDF, "TO_57_2025.pdf")])()
    if kind == "posting_order":
        return r.choice([lambda: att(lpo_pdf(name), PDF, "Local Posting Order.pdf"),
                         lambda: att(lpo_pdf(name), PDF, "LPO 31-2025.pdf"),
                         lambda: att(jpeg(n + 1), "image/jpeg", "posting order.jpg"),
                         lambda: att(lpo_pdf(name), PDF, "posting order " + name + ".pdf")])()
    if kind == "charge_report":
        return r.choice([lambda: att(charge_pdf(name), PDF, "Charge report.pdf"),
                         lambda: att(jpeg(n + 2), "image/jpeg", "Joining report.jpg"),
                         lambda: att(charge_pdf(name), PDF, "Assumption of charge.pdf"),
                         lambda: att(charge_pdf(name, "RELIEF REPORT"), PDF, "relief report.pdf")])()
    raise ValueError(kind)


def docs_mail(count, rt):
    needed = DOCS[rt]
    for j in range(count):
        n = nxt(); r = rng_for(n)
        office, city, std, tag = r.choice(OFFICES)
        old = r.choice([o for o in OFFICES if o[0] != office])[0]
        sk = ["icegate", "icegate", "gen_ice", "icegate", "gen_ice", "personal", "gen_other", "icegate"][j % 8]
        p = person(r)
        frm_d, to_d = r.choice([("Inspector", "Superintendent"), ("Tax Assistant", "Sr. Tax Assistant"),
                                ("Examiner", "Appraiser"), ("PO", "Superintendent"), ("Superintendent", "Assistant Commissioner"),
                                ("Steno Grade-II", "Steno Grade-I"), ("Havaldar", "Tax Assistant")])
        desig = to_d if rt == "designation_update" else r.choice(DESIG_OFFICER)
        lacking = r.choice([None, None, None] + needed)
        kinds = [k for k in needed if k != lacking]
        atts = [doc_att(r, k, p["name"], n * 10 + i) for i, k in enumerate(kinds)]
        fill = dict(hon=p["hon"], name=p["name"], frm=frm_d, to=to_d, no=f"{r.randint(10, 250)}/2025", his=p["his"],
                    office=office, old=old, desig=desig)
        if sk in ("icegate", "personal"):
            ask = r.choice(PROMO_1P if rt == "designation_update" else ROLE_1P).format(**fill)
            frm = individual_icegate(r, p) if sk == "icegate" else personal_addr(p, r)
            disp = p["name"]
            sigt = signature(r, name=p["name"], desig=desig, office=office,
                             phone=fmt_mobile(mobile(n), r.choice(MOB_STYLES)) if r.random() < .6 else None)
            kind, f = sk, None
            has_sig = f"the officer's signature as '{desig}'"
            client = r.choice(["zimbra", "zimbra", "outlook", "tb", "iphone"]) if sk == "icegate" else (
                "gmail" if frm.endswith("gmail.com") else {"yahoo.co.in": "yahoo", "yahoo.com": "yahoo",
                                                            "rediffmail.com": "rediff"}.get(frm.split("@")[1], "owa"))
        else:
            ask = r.choice(PROMO_3P if rt == "designation_update" else ROLE_3P).format(**fill)
            frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, other=sk == "gen_other",
                                            drop=r.choice([(), (), (), ("phone",), ("email",), ("name",)]))
            kind = "generic"
            client = client_for_other(r, frm) if sk == "gen_other" else r.choice(["zimbra", "outlook", "tb"])
            has_sig = describe_sig(f)
        names = {"promotion_order": "promotion order", "service_book": "first page of the service book",
                 "transfer_order": "transfer order", "posting_order": "local posting order",
                 "charge_report": "charge report"}
        has = " and ".join(names[k] for k in kinds) if len(kinds) < 3 else (
            ", ".join(names[k] for k in kinds[:-1]) + " and " + names[kinds[-1]])
        tail = f"The {has} {'is' if len(kinds) == 1 else 'are'} attached."
        if lacking:
            tail += f" The {names[lacking]} will be sent once received."
        plain = f"{r.choice(GREETINGS)}\n\n{ask}\n\n{tail}\n\n{sigt}\n"
        if r.random() < .25:
            plain += r.choice(DISCLAIMERS)
        subj = r.choice(["Updation of designation on promotion", "Designation update in ACES", "Change of designation",
                         "पदनाम अद्यतन हेतु"] if rt == "designation_update" else
                        ["Role mapping after transfer", "ACES role mapping", "Not able to access ACES since transfer",
                         "Unmapping and mapping of roles", "GST BO role assignment", "रोल मैपिंग हेतु"])
        raw = send(n, client, frm, disp, subj, body_of(client, plain, atts, n))
        e = verdict(kind, rt, frm, kinds=kinds, sig=f)
        short = "promotion" if rt == "designation_update" else "role"
        add(f"{n:03d}-{short}-{sk.replace('_', '-')}-{client}" + (f"-no-{lacking.replace('_', '-')}" if lacking else ""),
            raw, e, f"{'Designation update' if rt == 'designation_update' else 'Role mapping'} from a {kind} sender via "
                    f"{client} ({frm}); {has_sig}; attached: {has}; missing {', '.join(e['missing']) or 'nothing'}")


# ================================================================= eccs, trade_portal, unknown

def simple(slug, client, frm, disp, subj, plain, kind, rt, intent, *, atts=(), kinds=(), sig=None, have=(),
           review=False, ar=None, received=None, extra=None, note=None, html=None, html_only=False, logo=False,
           to=None, raw_from=None):
    n = nxt()
    raw = send(n, client, frm, disp, subj, body_of(client, plain, list(atts), n, html=html, html_only=html_only, logo=logo),
               ar=ar, received=received, extra=extra, to=to)
    if raw_from:
        raw = raw_from(raw)
    kinds = list(kinds) + (["other"] if logo else [])
    e = verdict(kind, rt, frm, kinds=kinds, sig=sig, have=have, review=review)
    add(f"{n:03d}-{slug}", raw, e, intent, note)
    return n


def rfc822_part(raw, filename=None):
    part = _kit.MIMEMessage(_kit.email.message_from_bytes(raw))
    del part["MIME-Version"]
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    return part


def R(k):
    return rng_for(1000 + k)


def full_sig(r, n, office, std, **kw):
    t, f, p = nodal_sig(r, n, office, std, **kw)
    return t, f


def eccs_trade_unknown():
    ALL = {"name", "designation", "email", "phone"}
    # ---------------------------------------------------------------- eccs
    r = R(1); p = person(r)
    simple("eccs-icegate-password-expired-otp", "zimbra", individual_icegate(r, p), p["name"], "ECCS password expired",
           f"Sir,\n\nMy ECCS password has expired and the reset OTP is not coming. Unable to login ECCS application at the "
           f"Courier Terminal.\n\nRegards,\n{p['name']}\nAppraiser\nAir Cargo Complex, Sahar\n", "icegate", "eccs",
           "ECCS password expiry with 'reset' and 'password' in the text: ECCS, not an SSO reset")
    r = R(2); office, city, std, tag = OFFICES[6]
    st, f = full_sig(r, 2, office, std, drop=("name", "email"), layout="stack", desig="Superintendent of Customs")
    simple("eccs-courier-cell-generic-unsigned", "zimbra", f"couriercell.{tag}@icegate.gov.in", f"Courier Cell {city}",
           "ECCS not working", f"Sir,\n\nECCS login is failing for all officers of the courier terminal since 10 AM "
           f"('Invalid session'). Kindly resolve urgently.\n\n{st}\n", "generic", "eccs",
           "A Courier Cell mailbox reports ECCS logins failing; signed with a designation and phone only (redirect, "
           "signature codes listed)", sig=f)
    r = R(3); p = person(r)
    simple("eccs-user-creation-courier-officer", "outlook", individual_icegate(r, p), p["name"],
           "ECCS user ID for new officer", f"Sir,\n\nShri Vikas Yadav, Inspector, has been posted to the Courier Terminal, "
           f"ACC New Delhi. Kindly create his user ID in the ECCS application with the Examining Officer role.\n\n"
           f"Regards,\n{p['name']}\nSupdt. (Courier)\nACC New Delhi\n", "icegate", "eccs",
           "A user ID in the ECCS application for a courier officer: about ECCS, not an SSO ID creation")
    r = R(4); p = person(r); frm = individual_icegate(r, p)
    simple("eccs-dmarc-fail-still-redirect", "zimbra", frm, p["name"], "ECCS login",
           f"Sir,\n\nUnable to login to ECCS after the password expiry. Please help.\n\nRegards\n{p['name']}\nInspector\n",
           "icegate", "eccs", "ECCS request from an ICEGATE ID whose authentication fails: redirect wins over review",
           ar="Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=" + frm +
              ";\n\tdmarc=fail (p=quarantine) header.from=icegate.gov.in",
           note="triage.md: order of precedence ignore, redirect, review, ...: an eccs mail is redirected even when "
                "its ICEGATE sender fails authentication.")
    r = R(5); p = person(r)
    simple("eccs-personal-gmail-hinglish", "gmailapp", f"{p['first'].lower()}{p['last'].lower()}88@gmail.com", p["name"],
           "ECCS pwd", f"Sir ECCS ka password expire ho gaya, naya password set nahi ho raha. Courier terminal Chennai.\n"
           f"{p['name']}\n", "personal", "eccs", "ECCS in Hinglish from a personal Gmail")
    r = R(6); office, city, std, tag = OFFICES[10]
    st, f = full_sig(r, 6, office, std, drop=(), layout="labels")
    simple("eccs-generic-screenshots", "outlook", f"courier.{tag}@icegate.gov.in", f"Courier {city}",
           "ECCS - error on login", f"Sir,\n\nPlease see the attached screenshots of the ECCS login error.\n\n{st}\n",
           "generic", "eccs", "ECCS login error with two PNG screenshots (other), fully signed generic",
           atts=[att(make_png(), "image/png", "ecc error 1.png"), att(make_png(shade=90), "image/png", "Screenshot (12).png")],
           kinds=["other", "other"], sig=f)
    r = R(7); p = person(r)
    simple("eccs-hindi", "zimbra", individual_icegate(r, p), p["name"], "ईसीसीएस लॉगिन समस्या",
           f"महोदय,\n\nECCS एप्लीकेशन में लॉगिन नहीं हो पा रहा है, पासवर्ड की अवधि समाप्त हो गई है।\n\nसादर,\n{p['name']}\n"
           f"परीक्षक\n", "icegate", "eccs", "ECCS password expiry in Hindi")
    r = R(8); p = person(r)
    simple("eccs-authorised-courier-company", "gmail", f"ops.{p['last'].lower()}couriers@gmail.com", "Skyline Couriers",
           "Unable to file in ECCS", f"Dear Sir,\n\nWe are an authorised courier at Delhi. Our ECCS login for filing "
           f"courier bills of entry is locked. Kindly unlock.\n\nRegards,\n{p['name']}\nManager (Operations)\n"
           f"Skyline Couriers Pvt Ltd\nMob: {mobile(1008)}\n{p['first'].lower()}@skylinecouriers.in\n", "generic", "eccs",
           "An authorised courier's operations mailbox: ECCS login (redirect); fully signed",
           sig=ALL)
    r = R(9); p = person(r)
    simple("reset-eccs-only-in-signature", "zimbra", individual_icegate(r, p), p["name"], "SSO password reset",
           f"Sir,\n\nI forgot my SSO password. Kindly reset.\n\nSSO ID: {sso_value(r, p)}\n\nRegards,\n{p['name']}\n"
           f"Inspector, Courier Terminal (ECCS), ACC Sahar\nMob: {mobile(1009)}\n", "icegate", "password_reset",
           "An SSO reset whose only ECCS mention is the sender's posting", have={"name", "designation", "sso_id", "mobile"})
    # ---------------------------------------------------------------- trade_portal
    r = R(11); p = person(r)
    simple("trade-importer-iec-login", "gmail", f"{p['first'].lower()}.{p['last'].lower()}.imports@gmail.com", p["name"],
           "ICEGATE login issue", f"Dear Sir,\n\nWe are importers (IEC 0{mobile(1011)[:9]}). We are unable to login to the "
           f"ICEGATE portal; please reset the password of our ICEGATE account.\n\nRegards,\n{p['name']}\nProprietor\n",
           "personal", "trade_portal", "An importer's ICEGATE portal login (IEC) with 'reset the password'")
    r = R(12); p = person(r)
    simple("trade-cb-firm-role-mailbox-signed", "outlook", "import@vardhmanlogistics.co.in", "Import Desk - Vardhman",
           "ICEGATE ID locked - CB licence", f"Sir,\n\nThe ICEGATE user ID of our Customs Broker firm (CB licence "
           f"R-1234/2019) is locked. Kindly unlock it so we can file bills of entry.\n\nRegards,\n{p['name']}\n"
           f"Manager - Customs\nVardhman Logistics\n{p['first'].lower()}.{p['last'].lower()}@vardhmanlogistics.co.in\n"
           f"Mob: {fmt_mobile(mobile(1012), 'plus91')}\n", "generic", "trade_portal",
           "A customs broker's role mailbox (import@...) about its ICEGATE login: generic, fully signed", sig=ALL)
    r = R(13)
    simple("trade-export-mailbox-unsigned", "gmail", "exports.shreeganesh@gmail.com", "Shree Ganesh Exports",
           "ICEGATE registration", "Sir\nOur IEC registration on ICEGATE is showing pending. Please activate.\n"
           "Shree Ganesh Exports\n", "generic", "trade_portal",
           "An exporter firm's shared Gmail, no personal signature: redirect with every signature code",
           sig=set(), note="triage.md: the signature codes apply to a generic sender for every request type, "
                           "trade_portal included ('a generic sender's signature codes still apply').")
    r = R(14); p = person(r)
    simple("trade-dsc-registration", "yahoo", f"{p['last'].lower()}_{p['first'].lower()}@yahoo.co.in", p["name"],
           "DSC not registering on ICEGATE", f"Respected Sir,\n\nI am an exporter. My class 3 DSC is not getting "
           f"registered on the ICEGATE portal for signing shipping bills. Kindly help.\n\n{p['name']}\n"
           f"Mob {mobile(1014)}\n", "personal", "trade_portal", "An exporter's DSC registration on the ICEGATE portal")
    r = R(15); p = person(r)
    simple("trade-hindi-new-iec", "rediff", f"{p['first'].lower()}{p['last'].lower()}@rediffmail.com", p["name"],
           "आईसगेट पंजीकरण", f"महोदय,\n\nहमारी फर्म का नया IEC है। ICEGATE पोर्टल पर पंजीकरण नहीं हो पा रहा है। कृपया मार्गदर्शन करें।\n\n"
           f"{p['name']}\n", "personal", "trade_portal", "ICEGATE portal registration for a new IEC, in Hindi")
    r = R(16); p = person(r); trader = person(r)
    simple("trade-officer-forwards-importer", "zimbra", individual_icegate(r, p), p["name"],
           "Fwd: Unable to login ICEGATE", f"Sir,\n\nForwarded for necessary action. The importer is unable to log in to "
           f"the ICEGATE portal.\n\nRegards,\n{p['name']}\nAppraiser, Import Shed\n\n"
           + fwd_gmail(trader["name"], "accounts@sunriseimpex.in", "Mon, 24 Nov 2025 at 10:15", "Unable to login ICEGATE",
                       "import.shed@icegate.gov.in") +
           f"Sir, our ICEGATE login (IEC 0{mobile(1016)[:9]}) is not working since the password change. Kindly help.\n"
           f"{trader['name']}, Sunrise Impex\n", "icegate", "trade_portal",
           "An Appraiser forwards an importer's ICEGATE portal login problem: the request is the trader's")
    r = R(17); p = person(r)
    simple("trade-shipping-agent-igm", "owa", f"{p['first'].lower()}.{p['last'].lower()}@outlook.com", p["name"],
           "ICEGATE login for IGM filing", f"Dear Team,\n\nI work for a shipping agency. Our ICEGATE login for filing "
           f"IGM shows 'user not active'. Please activate our ICEGATE ID.\n\nThanks\n{p['name']}\n", "personal",
           "trade_portal", "A shipping agent's ICEGATE login for IGM filing ('activate', not an officer)")
    r = R(18); p = person(r)
    simple("trade-company-individual-screenshot", "outlook", f"{p['first'].lower()}@jainexports.com", p["name"],
           "ICEGATE portal error", f"Sir,\n\nWhile logging in to ICEGATE with our IEC the attached error comes.\n\n"
           f"Regards\n{p['name']}\nJain Exports\n", "personal", "trade_portal",
           "A trader's individual company address with a screenshot", atts=[att(make_png(), "image/png", "error.png")],
           kinds=["other"])
    # ---------------------------------------------------------------- unknown (review)
    r = R(21); p = person(r)
    simple("unknown-ices-be-print-error", "zimbra", individual_icegate(r, p), p["name"], "ICES - BE print not generating",
           f"Sir,\n\nIn ICES 1.5 at ICD Patparganj the print of bills of entry is not generating since morning; the error "
           f"'Report could not be generated' appears. Kindly resolve.\n\nRegards\n{p['name']}\nAppraiser\n", "icegate",
           "unknown", "An ICES print fault (officer side): none of the request types",
           note="The ICEGATE/ICES technical faults that are not a trader's portal login are none of the request types: "
                "trade_portal is only 'a trader's ICEGATE portal login / IEC / registration'.")
    r = R(22); office, city, std, tag = OFFICES[9]
    st, f = full_sig(r, 22, office, std, drop=(), desig="Superintendent (EDI)")
    simple("unknown-edi-messages-not-reaching", "outlook", f"edi.{tag}@icegate.gov.in", f"EDI {city}",
           "EDI messages not transmitted to ICEGATE", f"Sir,\n\nSince 9 AM the EDI messages (BE/SB) from this ICD are not "
           f"being transmitted to ICEGATE. Traders are complaining. Kindly look into it.\n\n{st}\n", "generic", "unknown",
           "EDI transmission fault at an ICD, from the EDI mailbox (mentions traders and ICEGATE): unknown", sig=f)
    r = R(23); p = person(r)
    simple("unknown-report-server-down", "tb", individual_icegate(r, p), p["name"], "Report server not opening",
           f"Sir,\n\nThe ICES report server is not opening from our LAN since yesterday. Kindly check.\n\n-- \n{p['name']}\n"
           f"Superintendent (Systems)\n", "icegate", "unknown", "Report server fault: unknown")
    r = R(24); p = person(r)
    simple("unknown-vpn-token", "zimbra", individual_icegate(r, p), p["name"], "VPN token",
           f"Sir,\n\nKindly issue a VPN token to access CBIC applications from home during my tour.\n\nRegards,\n{p['name']}\n"
           f"Joint Commissioner\n", "icegate", "unknown", "VPN token: unknown")
    r = R(25); office, city, std, tag = OFFICES[15]
    simple("unknown-deactivate-retired-officer", "zimbra", f"estt.{tag}@icegate.gov.in", f"Establishment {city}",
           "Deactivation of ICEGATE ID - retired officer", "Sir,\n\nShri R. S. Bhonsle, Superintendent, retired on "
           "31.10.2025. His ICEGATE mail ID may be deactivated.\n\nRegards,\nEstablishment Section\n" + office + "\n",
           "generic", "unknown", "Deactivation of a retired officer's ID: not activation, so none of the request types; "
                                 "unsigned establishment mailbox", sig=set(),
           note="password_reset covers 'activation of an inactive SSO ID or mailbox'; deactivation is its opposite and "
                "matches no request type, so unknown.")
    r = R(26); p = person(r)
    simple("unknown-aces-down-for-all", "iphone", individual_icegate(r, p), p["name"], "ACES down",
           f"ACES website not opening for any officer of our Division since morning. Pl check.\n{p['name']}\nSupdt\n",
           "icegate", "unknown", "ACES down for everyone (an outage, not an officer's login or role)")
    r = R(27); p = person(r)
    simple("unknown-phishing-report", "outlook", individual_icegate(r, p), p["name"], "Suspicious mail asking password",
           f"Sir,\n\nI received the attached mail asking me to verify my ICEGATE password on an outside link. Looks like "
           f"phishing; reporting for necessary action.\n\nRegards,\n{p['name']}\nAC, CGST Audit Commissionerate, Bengaluru\n",
           "icegate", "unknown", "Phishing report mentioning a password, with the suspicious mail attached as .eml",
           atts=[rfc822_part(b"From: IT Support <it-support@icegate-verify.com>\nTo: all-users@icegate-verify.com\n"
                             b"Subject: Verify your password\nDate: Mon, 24 Nov 2025 09:00:00 +0530\nMIME-Version: 1.0\n"
                             b"Content-Type: text/plain; charset=us-ascii\n\nYour mailbox will be closed. Click here to "
                             b"verify your password.\n", "Verify your password.eml")], kinds=[],
           note="An attached message/rfc822 part is not itself an attachment, even with a file name; here it holds no "
                "file, so attachment_kinds is empty.")
    r = R(28); p = person(r)
    simple("unknown-mailbox-not-receiving", "gmail", f"{p['first'].lower()}{p['last'].lower()}.cbic@gmail.com", p["name"],
           "ICEGATE mail not receiving external mails", f"Sir,\n\nMy ICEGATE mailbox is not receiving mails from outside "
           f"domains since a week.\n\n{p['name']}\nInspector\n", "personal", "unknown",
           "Mailbox delivery fault written from Gmail: unknown")
    r = R(29); p = person(r)
    simple("unknown-rms-crn-not-generated", "zimbra", individual_icegate(r, p), p["name"], "CRN not generated in RMS",
           f"Sir,\n\nFor some bills of entry the RMS is not generating the CRN and the BE is stuck in the appraiser "
           f"queue. Kindly look into it.\n\n{p['name']}\nAppraiser (Group 2)\n", "icegate", "unknown",
           "RMS/ICES processing fault: unknown")
    r = R(30); office, city, std, tag = OFFICES[18]
    simple("unknown-generic-nic-unsigned-training", "nic", f"cgst{tag}.hq@nic.in", f"CGST HQ {city}",
           "Training on ACES-GST", "Sir,\n\nKindly arrange an online training on ACES-GST back office modules for the "
           "officers of this Commissionerate.\n\nThanks\n", "generic", "unknown",
           "A nic.in HQ mailbox asks for training, signed with nothing: review with every signature code",
           sig=set(), ar=ar_pass("nic.in", f"cgst{tag}.hq", ip="164.100.14.5"))
    r = R(31); p = person(r)
    simple("unknown-vendor-offer", "gmail", f"sales.{p['last'].lower()}tech@gmail.com", "Sales Team", "Offer for DSC tokens",
           f"Dear Sir,\n\nWe offer class 3 DSC tokens at special rates for government departments.\n\nRegards,\n"
           f"{p['name']}\nSales Manager\n{mobile(1031)}\n{p['first'].lower()}@secureid.co.in\n", "generic", "unknown",
           "A vendor's sales mailbox with an offer (no automated marker): unknown, fully signed", sig=ALL)


# ================================================================= robots

def raw_msg(n, head, body, date=None):
    """A robot's message exactly as delivered: the receiving server's lines, then the given headers and body."""
    d = date or when(n)
    top = (f"Delivered-To: {HELPDESK}\nReceived: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n"
           f"\tby mbox2.icegate.gov.in (Postfix) with ESMTP id {n:04X}B7C2D1\n\tfor <{HELPDESK}>; {d}\n")
    return (top + head.replace("{DATE}", d).strip("\n") + "\n\n" + body).encode("utf-8")


ACK = ("From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nTo: {to}\nSubject: [SS/2025/11/{ref}] Acknowledgement\n"
       "Date: {date}\nMessage-ID: <ack-{ref}@icegate.gov.in>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
       "Your mail has been registered under reference SS/2025/11/{ref}.\n")


def robots():
    def rb(slug, head, body, intent, rt="unknown", kinds=(), note=None, date=None):
        n = nxt()
        add(f"{n:03d}-auto-{slug}", raw_msg(n, head.replace("{N}", str(n)), body.replace("{N}", str(n)), date),
            verdict("automated", rt, "", kinds=kinds), intent, note)
        return n

    to = "r.venkat1988@yahoo.co.in"
    ack = ACK.format(to=to, ref="04211", date="Mon, 24 Nov 2025 10:00:01 +0530")
    rb("exchange-undeliverable-ndr",
       "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cgstmumbai.onmicrosoft.com>\n"
       "To: saksham.seva@icegate.gov.in\nDate: {DATE}\nSubject: Undeliverable: [SS/2025/11/04211] Acknowledgement\n"
       "Message-ID: <ndr-{N}@PN3PR01MB1234.INDPRD01.PROD.OUTLOOK.COM>\nX-MS-Exchange-Message-Is-Ndr:\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"ndr{N}\"",
       "--ndr{N}\nContent-Type: text/plain; charset=us-ascii\n\nYour message to rk.sharma@cgstmumbai.gov.in couldn't be "
       "delivered.\nrk.sharma wasn't found at cgstmumbai.gov.in.\n\n--ndr{N}\nContent-Type: message/delivery-status\n\n"
       "Reporting-MTA: dns;PN3PR01MB1234.INDPRD01.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;rk.sharma@cgstmumbai.gov.in\n"
       "Action: failed\nStatus: 5.1.10\n\n--ndr{N}\nContent-Type: message/rfc822\n\n" + ack + "\n--ndr{N}--\n",
       "Exchange NDR ('Undeliverable:'): multipart/report from a MicrosoftExchange... address, no Auto-Submitted")
    rb("exim-mail-delivery-failed",
       "From: Mail Delivery System <Mailer-Daemon@server12.webhostindia.in>\nTo: saksham.seva@icegate.gov.in\n"
       "Date: {DATE}\nSubject: Mail delivery failed: returning message to sender\nMessage-ID: <E1vXa{N}-0004Kq-2b@server12.webhostindia.in>\n"
       "X-Failed-Recipients: accounts@shreeramtraders.in\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii",
       "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
       "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
       "  accounts@shreeramtraders.in\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the "
       "message, including all the headers. ------\n\n" + ACK.format(to="accounts@shreeramtraders.in", ref="04388",
                                                                     date="Tue, 25 Nov 2025 10:00:00 +0530"),
       "Exim bounce ('Mail delivery failed'), plain text with the returned message inline")
    rb("qmail-failure-notice",
       "From: MAILER-DAEMON@f4mail-235-12.rediffmail.com\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: failure notice\nMessage-ID: <qm{N}.rediffmail.com>\nMIME-Version: 1.0\nContent-Type: text/plain",
       "Hi. This is the qmail-send program at rediffmail.com.\nI'm afraid I wasn't able to deliver your message to the "
       "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
       "<jkpillai.kochi@rediffmail.com>:\nUser account is expired\n\n--- Below this line is a copy of the message.\n\n"
       + ACK.format(to="jkpillai.kochi@rediffmail.com", ref="04402", date="Tue, 25 Nov 2025 11:00:00 +0530"),
       "qmail 'failure notice' from MAILER-DAEMON: the sender's local part is the only marker")
    rb("domino-delivery-failure",
       "From: Postmaster@domino.kandlaport.gov.in\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Delivery Failure Notification\nMessage-ID: <OF{N}.A1B2C3D4-ON65258C@domino.kandlaport.gov.in>\n"
       "X-Mailer: Lotus Domino Release 9.0.1FP10\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"=_dom{N}\"",
       "--=_dom{N}\nContent-Type: text/plain; charset=US-ASCII\n\nYour document:\t[SS/2025/11/04417] Acknowledgement\n"
       "was not delivered to:\tport.customs@kandlaport.gov.in\nbecause:\tUser port.customs (port.customs@kandlaport.gov.in) "
       "not listed in Domino Directory\n\n--=_dom{N}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; "
       "domino.kandlaport.gov.in\n\nFinal-Recipient: rfc822;port.customs@kandlaport.gov.in\nAction: failed\nStatus: 5.0.0\n\n"
       "--=_dom{N}--\n", "Lotus Domino 'Delivery Failure Notification' from Postmaster (multipart/report)")
    rb("sendmail-returned-mail",
       "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.gujarat.gov.in>\nTo: <saksham.seva@icegate.gov.in>\n"
       "Date: {DATE}\nSubject: Returned mail: see transcript for details\nMessage-Id: <2025112{N}.5AB1C2@relay.gujarat.gov.in>\n"
       "Auto-Submitted: auto-generated (failure)\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"5AB1C2.{N}/relay.gujarat.gov.in\"",
       "This is a MIME-encapsulated message\n\n--5AB1C2.{N}/relay.gujarat.gov.in\n\n   ----- The following addresses had "
       "permanent fatal errors -----\n<edi.section@gujarat.gov.in>\n    (reason: 550 5.1.1 User unknown)\n\n"
       "   ----- Transcript of session follows -----\n... while talking to mail.gujarat.gov.in.:\n>>> DATA\n<<< 550 5.1.1 "
       "User unknown\n\n--5AB1C2.{N}/relay.gujarat.gov.in\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; "
       "relay.gujarat.gov.in\n\nFinal-Recipient: RFC822; edi.section@gujarat.gov.in\nAction: failed\nStatus: 5.1.1\n\n"
       "--5AB1C2.{N}/relay.gujarat.gov.in\nContent-Type: message/rfc822\n\n"
       + ACK.format(to="edi.section@gujarat.gov.in", ref="04430", date="Wed, 26 Nov 2025 09:00:00 +0530")
       + "\n--5AB1C2.{N}/relay.gujarat.gov.in--\n", "sendmail 'Returned mail: see transcript for details'")
    rb("gmail-dsn-failure-with-attachment-returned",
       "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Delivery Status Notification (Failure)\nMessage-ID: <dsn{N}@mx.google.com>\nAuto-Submitted: auto-replied\n"
       "MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"0000g{N}\"; report-type=delivery-status",
       "--0000g{N}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n** Address not found **\n\nYour message wasn't delivered "
       "to ravi.k.1990@gmail.com because the address couldn't be found.\n\n--0000g{N}\nContent-Type: message/delivery-status\n\n"
       "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; ravi.k.1990@gmail.com\nAction: failed\nStatus: 5.1.1\n\n"
       "--0000g{N}\nContent-Type: message/rfc822\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
       "To: ravi.k.1990@gmail.com\nSubject: [SS/2025/11/04455] Acknowledgement\nMIME-Version: 1.0\n"
       "Content-Type: multipart/mixed; boundary=\"in{N}\"\n\n--in{N}\nContent-Type: text/plain\n\nRegistered.\n\n--in{N}\n"
       "Content-Type: application/pdf; name=\"Acknowledgement.pdf\"\nContent-Disposition: attachment; "
       "filename=\"Acknowledgement.pdf\"\nContent-Transfer-Encoding: base64\n\n"
       + _kit.base64.encodebytes(make_pdf(["Acknowledgement SS/2025/11/04455"])).decode() + "\n--in{N}--\n\n--0000g{N}--\n",
       "Gmail DSN whose returned message carries a PDF: parts of a delivery report are no attachments")
    rb("yahoo-failure-notice-plain",
       "From: MAILER-DAEMON@yahoo.com\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\nSubject: Failure Notice\n"
       "Message-ID: <yf{N}@mta1042.mail.sg3.yahoo.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii",
       "Sorry, we were unable to deliver your message to the following address.\n\n<dmishra.cbic@yahoo.co.in>:\n554: delivery "
       "error: This user doesn't have a yahoo.co.in account\n\n--- Below this line is a copy of the message.\n\n"
       + ACK.format(to="dmishra.cbic@yahoo.co.in", ref="04461", date="Thu, 27 Nov 2025 09:00:00 +0530"),
       "Yahoo 'Failure Notice' in plain text from MAILER-DAEMON")
    rb("postfix-delay-warning",
       "From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Delayed Mail (still being retried)\nAuto-Submitted: auto-replied\nMessage-Id: <del{N}@mx.icegate.gov.in>\n"
       "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"del{N}\"",
       "--del{N}\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.icegate.gov.in.\n\n"
       "####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED "
       "TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
       "--del{N}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\nFinal-Recipient: rfc822; "
       "range7.cgst@gov.in\nAction: delayed\nStatus: 4.4.1\n\n--del{N}--\n", "Postfix delay warning")
    # ------------------------------------------------------------ security gateways
    rb("quarantine-summary",
       "From: Email Security Gateway <quarantine@mailsec.icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Quarantine Summary: 3 new messages held\nMessage-ID: <qs{N}@mailsec.icegate.gov.in>\n"
       "Auto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8",
       "<html><body><p>The following messages addressed to you were held in quarantine:</p><table border=1>"
       "<tr><th>From</th><th>Subject</th><th>Score</th></tr><tr><td>promo@offers-daily.biz</td><td>You won!</td><td>18.2</td></tr>"
       "<tr><td>support@icegate-verify.com</td><td>Mailbox upgrade</td><td>14.0</td></tr><tr><td>info@cheapdsc.in</td>"
       "<td>DSC at Rs 499</td><td>9.7</td></tr></table><p>Release or delete from the quarantine portal.</p></body></html>",
       "Spam quarantine digest (HTML only, Auto-Submitted: auto-generated)")
    rb("antivirus-attachment-removed",
       "From: MailScanner <postmaster@mx.icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Warning: virus found in a message to you\nMessage-ID: <av{N}@mx.icegate.gov.in>\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii",
       "Our virus detector has found a virus (W97M/Downloader) in the attachment 'Invoice_2025.doc' of a message from\n"
       "billing@unknown-sender.biz to you. The attachment has been removed and the message delivered.\n\n-- \nMailScanner\n",
       "Antivirus notice from postmaster (no other marker)")
    # ------------------------------------------------------------ vacation / auto replies
    rb("zimbra-vacation-hindi",
       "From: =?UTF-8?B?" + _kit.base64.b64encode("राकेश मीणा".encode()).decode() + "?= <rakesh.meena@icegate.gov.in>\n"
       "To: saksham.seva@icegate.gov.in\nDate: {DATE}\nSubject: =?UTF-8?B?" +
       _kit.base64.b64encode("अवकाश पर / On leave: Re: [SS/2025/11/04470] Acknowledgement".encode()).decode() + "?=\n"
       "Message-ID: <vac{N}.JavaMail.zimbra@icegate.gov.in>\nAuto-Submitted: auto-replied (zimbra; vacation)\n"
       "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
       "मैं दिनांक 01.12.2025 तक अवकाश पर हूँ। अत्यावश्यक कार्य हेतु कार्यालय से संपर्क करें।\nI am on leave till 01.12.2025.\n",
       "Zimbra vacation reply in Hindi from an ICEGATE ID")
    rb("gmail-vacation-personal",
       "From: Priya Menon <priya.menon.tvm@gmail.com>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Re: [SS/2025/11/04482] Details required\nMessage-ID: <CAvac{N}@mail.gmail.com>\nAuto-Submitted: auto-replied\n"
       "In-Reply-To: <ss-04482@icegate.gov.in>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8",
       "Thank you for your mail. I am travelling till 5th December with limited access to mail.\n\nPriya\n",
       "Gmail vacation responder replying to a 'Details required' mail: ignored, and its type is read from its own "
       "(neutral) text, not the thread's",
       note="triage.md: an automated mail's 'request type is read from its own content ..., never inherited from a "
            "thread'.")
    rb("exchange-automatic-reply",
       "From: Sandeep Yadav <sandeep.yadav@icegate.gov.in>\nTo: Saksham Seva <saksham.seva@icegate.gov.in>\nDate: {DATE}\n"
       "Subject: Automatic reply: [SS/2025/11/04490] Acknowledgement\nMessage-ID: <auto{N}@icegate.gov.in>\n"
       "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: sandeep.yadav@icegate.gov.in\n"
       "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"ar{N}\"",
       "--ar{N}\nContent-Type: text/plain; charset=us-ascii\n\nI am out of office on official tour. For ACES matters "
       "please contact the EDI section.\n\n--ar{N}\nContent-Type: text/html; charset=us-ascii\n\n<p>I am out of office on "
       "official tour. For ACES matters please contact the EDI section.</p>\n--ar{N}--\n",
       "Exchange 'Automatic reply' with Auto-Submitted: auto-generated")
    rb("lotus-out-of-office",
       "From: Ashok Kumar <ashok.kumar@domino.kandlaport.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Ashok Kumar is out of the office.\nMessage-ID: <OOF{N}@domino.kandlaport.gov.in>\nAuto-Submitted: auto-generated\n"
       "X-Mailer: Lotus Domino Release 9.0.1FP10\nMIME-Version: 1.0\nContent-Type: text/plain; charset=US-ASCII",
       "I will be out of the office starting 28/11/2025 and will not return until 08/12/2025.\n",
       "Lotus Notes out-of-office notice (Auto-Submitted: auto-generated)")
    rb("yahoo-vacation-precedence-junk",
       "From: Deepa Joshi <deepa_joshi@yahoo.co.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Auto Response\nMessage-ID: <yv{N}@mail.yahoo.com>\nPrecedence: junk\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii", "I am on maternity leave. Please contact my office.\n",
       "Yahoo vacation response marked only 'Precedence: junk'")
    n = rb("generic-ooo-with-logo",
           "From: System Manager Kandla <sysmgr.kandla@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
           "Subject: Out of Office: [SS/2025/11/04501] Acknowledgement\nMessage-ID: <ooo{N}@icegate.gov.in>\n"
           "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"rel{N}\"",
           "--rel{N}\nContent-Type: text/html; charset=us-ascii\n\n<p>The System Manager is on leave. Alternate SM: "
           "Shri K. Patel, 98250 12345.</p><img src=\"cid:logo{N}\">\n--rel{N}\nContent-Type: image/png; name=\"logo.png\"\n"
           "Content-ID: <logo{N}>\nContent-Disposition: inline; filename=\"logo.png\"\nContent-Transfer-Encoding: base64\n\n"
           + _kit.base64.encodebytes(make_png()).decode() + "--rel{N}--\n",
           "Out-of-office from a generic mailbox with an inline logo: ignored (no signature codes), the logo is still "
           "an attachment (other)", kinds=["other"])
    rb("auto-notified-sieve",
       "From: Farida Begum <farida.begum@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Notification: new mail\nMessage-ID: <sv{N}@icegate.gov.in>\nAuto-Submitted: auto-notified\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii", "You have new mail from Saksham Seva Helpdesk.\n",
       "A Sieve notification (Auto-Submitted: auto-notified)")
    # ------------------------------------------------------------ receipts
    rb("outlook-read-receipt",
       "From: Manoj Pillai <manoj.pillai@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Read: [SS/2025/11/04512] Acknowledgement\nMessage-ID: <rr{N}@icegate.gov.in>\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn{N}\"",
       "--mdn{N}\nContent-Type: text/plain; charset=us-ascii\n\nYour message\n\n  To: Manoj Pillai\n  Subject: [SS/2025/11/04512] "
       "Acknowledgement\n\nwas read on 28-11-2025 11:02.\n\n--mdn{N}\nContent-Type: message/disposition-notification\n\n"
       "Final-Recipient: rfc822;manoj.pillai@icegate.gov.in\nOriginal-Message-ID: <ss-04512@icegate.gov.in>\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn{N}--\n",
       "Outlook read receipt (multipart/report; report-type=disposition-notification) from an officer's ICEGATE ID")
    rb("thunderbird-return-receipt",
       "From: Geetha Krishnan <geetha.krishnan@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Return Receipt (displayed) - Acknowledgement\nMessage-ID: <trr{N}@icegate.gov.in>\nMIME-Version: 1.0\n"
       "User-Agent: Mozilla Thunderbird\n"
       "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"tb{N}\"",
       "--tb{N}\nContent-Type: text/plain; charset=UTF-8\n\nThis is a Return Receipt for the mail that you sent to "
       "geetha.krishnan@icegate.gov.in.\n\n--tb{N}\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n"
       "Content-Disposition: inline\n\nReporting-UA: Mozilla Thunderbird\nFinal-Recipient: rfc822;geetha.krishnan@icegate.gov.in\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n\n--tb{N}--\n",
       "Thunderbird return receipt (multipart/report; the report part has a name, but parts of a report are no attachments)")
    # ------------------------------------------------------------ lists and notifications
    rb("google-group-meeting",
       "From: 'Nodal Officers Systems' via cbic-nodal-officers <cbic-nodal-officers@googlegroups.com>\n"
       "To: cbic-nodal-officers@googlegroups.com\nDate: {DATE}\nSubject: [cbic-nodal-officers] VC on 05.12.2025 at 3 PM\n"
       "Message-ID: <gg{N}@googlegroups.com>\nList-Id: <cbic-nodal-officers.googlegroups.com>\nPrecedence: list\n"
       "Mailing-list: list cbic-nodal-officers@googlegroups.com\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8",
       "A video conference of all nodal officers (Systems) will be held on 05.12.2025 at 3 PM. Link to follow.\n\n--\n"
       "You received this message because you are subscribed to the Google Groups group.\n",
       "Google Groups list mail (List-Id, Precedence: list)")
    rb("list-eccs-advisory",
       "From: DG Systems Advisories <advisories@cbic.gov.in>\nTo: all-field-formations@lists.cbic.gov.in\nDate: {DATE}\n"
       "Subject: Advisory 14/2025 - ECCS password expiry\nMessage-ID: <adv{N}@cbic.gov.in>\n"
       "List-Id: CBIC field formations <all-field-formations.lists.cbic.gov.in>\nList-Unsubscribe: <mailto:leave@lists.cbic.gov.in>\n"
       "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii",
       "All ECCS users are informed that ECCS passwords expire on 15.12.2025. Reset your ECCS password on first login.\n",
       "An ECCS advisory delivered through a list: automated, eccs from its own text", rt="eccs")
    n = nxt()
    rows = [row(1, {"first": "Kiran", "last": "Bedi"}, "Inspector", "01/01/1996", "20/10/2025", mobile(n, 1),
                "kiran.bedi96@gmail.com", "CGST Mysuru")]
    inner = multi("mixed", [text("Sir,\n\nKindly create SSO ID for the new Inspector. Template and service book attached.\n\n"
                                 "Regards,\nSystems, CGST Mysuru\n", cte="7bit"),
                            att(make_xlsx(rows), XLSX_CT, "SSO template Mysuru.xlsx"),
                            att(sb_pdf("Kiran Bedi", "01/01/1996", "20/10/2025"), PDF, "Service Book Kiran Bedi.pdf")],
                  f"lst{n}")
    h = ("From: 'Systems Mysuru' via cbic-sso-requests <cbic-sso-requests@googlegroups.com>\n"
         "To: cbic-sso-requests@googlegroups.com\nCc: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
         "Subject: [cbic-sso-requests] SSO ID creation - Kiran Bedi\nMessage-ID: <ggc{N}@googlegroups.com>\n"
         "List-Id: <cbic-sso-requests.googlegroups.com>\nPrecedence: list\nMIME-Version: 1.0\n").replace("{N}", str(n))
    raw = raw_msg(n, h + flat(inner).decode().split("\n\n", 1)[0], flat(inner).decode().split("\n\n", 1)[1])
    add(f"{n:03d}-auto-list-creation-request-with-files", raw,
        verdict("automated", "sso_creation", "", kinds=["template", "service_book"]),
        "A creation request distributed by a mailing list (List-Id): automated and ignored, its type (sso_creation) "
        "read from its own content, its files still counted",
        "triage.md: List-Id makes a mail automated; 'automated wins over every other kind', its missing is empty and "
        "its request type 'is read from its own content'.")
    rb("eoffice-donotreply",
       "From: eOffice <DoNotReply@eoffice.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: File No. II(39)/SYS/2025 has been forwarded to you\nMessage-ID: <eo{N}@eoffice.gov.in>\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii",
       "The file II(39)/SYS/2025 has been sent to you by the Deputy Commissioner (Systems).\n",
       "e-Office notification from 'DoNotReply' (mixed case)")
    rb("servicedesk-ticket-ack",
       "From: NIC Service Desk <servicedesk@nic.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Ticket #NIC-{N}2291 logged\nMessage-ID: <sd{N}@servicedesk.nic.in>\nAuto-Submitted: auto-generated\n"
       "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii",
       "Your request has been logged as ticket NIC-{N}2291. Do not reply to this mail.\n",
       "A service desk's ticket acknowledgement (Auto-Submitted: auto-generated)")
    rb("monitoring-precedence-bulk",
       "From: Nagios <nagios@monitor.icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: ** PROBLEM Service Alert: mbox2/Disk usage is WARNING **\nMessage-ID: <ng{N}@monitor.icegate.gov.in>\n"
       "Precedence: bulk\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii",
       "Service: Disk usage\nHost: mbox2\nState: WARNING\nInfo: DISK WARNING - free space: /var 9%\n",
       "Monitoring alert marked Precedence: bulk")
    rb("no-reply-hyphen-maintenance",
       "From: ICEGATE Mail Services <no-reply@icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\nDate: {DATE}\n"
       "Subject: Scheduled maintenance on 06.12.2025\nMessage-ID: <mt{N}@icegate.gov.in>\nMIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=us-ascii", "The mail service will be down from 22:00 to 02:00 hrs.\n",
       "Maintenance notice from no-reply@ (only marker)")
    # auto-reply from an ICEGATE ID that fails authentication
    n = nxt()
    head = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=vikram.rathore@icegate.gov.in;\n"
            "\tdmarc=fail header.from=icegate.gov.in\nFrom: Vikram Rathore <vikram.rathore@icegate.gov.in>\n"
            f"To: saksham.seva@icegate.gov.in\nDate: {{DATE}}\nSubject: Out of office\nMessage-ID: <ooo{n}@icegate.gov.in>\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii")
    add(f"{n:03d}-auto-ooo-dmarc-fail", raw_msg(n, head, "I am away till Monday.\n"),
        verdict("automated", "unknown", ""), "An out-of-office from an ICEGATE ID failing DMARC: ignore wins over review")


# ================================================================= authentication and ambiguous senders

def auth_and_ambiguity():
    def reset_plain(r, p, n, desig="Inspector"):
        return (f"Sir,\n\nKindly reset the password of my SSO ID.\n\nName: {p['name']}\nDesignation: {desig}\n"
                f"SSO ID: {sso_value(r, p)}\nMobile: {fmt_mobile(mobile(n), 'space')}\n\nRegards,\n{p['name']}\n")
    FULL = {"name", "designation", "sso_id", "mobile"}

    def ar(frm, spf="pass", dkim="pass", dmarc="pass", dkim_d=None, from_d=None, mailfrom=None, authserv="mx.icegate.gov.in"):
        dom = frm.split("@")[1]
        parts = []
        if dkim:
            parts.append(f"dkim={dkim} header.d={dkim_d or dom} header.s=sel1" if dkim != "none" else "dkim=none")
        if spf:
            parts.append(f"spf={spf} smtp.mailfrom={mailfrom or frm}")
        if dmarc:
            parts.append(f"dmarc={dmarc} header.from={from_d or dom}")
        return f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(parts)

    cases = [
        ("spf-fail-dkim-none", dict(spf="fail", dkim="none", dmarc="none"), True, "spf=fail and dkim=none"),
        ("spf-fail-dkim-fail", dict(spf="fail", dkim="fail", dmarc=None), True, "spf=fail, dkim=fail, no dmarc result"),
        ("spf-fail-dkim-pass-other-domain", dict(spf="fail", dkim="pass", dkim_d="bulkmailer.example.net", dmarc=None),
         True, "spf=fail; the only dkim=pass is for another domain"),
        ("passes-for-sendgrid", dict(spf="pass", mailfrom="bounces+1234@sendgrid.net", dkim="pass", dkim_d="sendgrid.net",
                                     dmarc="none", from_d="icegate.gov.in"), True,
         "spf and dkim pass, but for sendgrid.net, not icegate.gov.in"),
        ("dkim-fail-spf-pass-dmarc-pass", dict(spf="pass", dkim="fail", dmarc="pass"), False,
         "dkim=fail (body altered by a gateway) with spf=pass and dmarc=pass: not a failure"),
        ("spf-softfail-dkim-pass", dict(spf="softfail", dkim="pass", dmarc="pass"), False, "spf=softfail is not fail"),
        ("spf-pass-only", dict(spf="pass", dkim=None, dmarc=None), False, "only spf=pass, nothing failing"),
        ("dmarc-fail-dkim-pass-other", dict(spf="none", dkim="pass", dkim_d="gmail.com", dmarc="fail"), True,
         "dmarc=fail"),
    ]
    for slug, kw, bad, what in cases:
        n = nxt(); r = rng_for(n)
        p = person(r); frm = individual_icegate(r, p)
        add(f"{n:03d}-reset-auth-{slug}",
            send(n, "zimbra", frm, p["name"], "SSO password reset", body_of("zimbra", reset_plain(r, p, n), [], n),
                 ar=ar(frm, **kw)),
            verdict("icegate", "password_reset", frm, have=FULL, review=bad),
            f"Complete reset from an ICEGATE ID; topmost Authentication-Results: {what} -> "
            f"{'review' if bad else 'no review'}")

    # generic sysmgr creation with dmarc=fail
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[12]
    rows, ps, dobs = std_rows(r, n, office, 1)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city)
    add(f"{n:03d}-creation-generic-dmarc-fail",
        send(n, "zimbra", frm, disp, "SSO ID creation", body_of("zimbra", f"Sir,\n\nPlease create SSO ID; template and "
                                                                           f"service book attached.\n\n{sigt}\n",
                                                                 [att(make_xlsx(rows), XLSX_CT, "template.xlsx"),
                                                                  sbs(r, n, ps, dobs)[0]], n),
             ar=ar(frm, spf="fail", dkim="none", dmarc="fail")),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f, review=True),
        "A System Manager's generic ICEGATE ID failing DMARC: review")

    # top fail, forged pass below; top pass, forged fail below (promotion)
    for top_bad in (True, False):
        n = nxt(); r = rng_for(n)
        p = person(r); frm = individual_icegate(r, p)
        good = ar(frm)
        badh = ar(frm, spf="fail", dkim="none", dmarc="fail")
        relay = ("Received: from relay.example-host.net (relay.example-host.net [198.51.100.7])\n\tby mx.icegate.gov.in "
                 "(Postfix) with ESMTP id 77AA88; Mon, 1 Dec 2025 10:00:00 +0530\n")
        top, below = (badh, good) if top_bad else (good, badh)
        plain = (f"Sir,\n\nI have been promoted as Superintendent. Promotion order and service book attached; kindly update "
                 f"my designation.\n\nRegards,\n{p['name']}\nSuperintendent\n")
        add(f"{n:03d}-promotion-auth-top-{'fail-forged-pass-below' if top_bad else 'pass-old-fail-below'}",
            send(n, "tb", frm, p["name"], "Designation update", body_of("tb", plain, [
                att(promotion_pdf(p["name"]), PDF, "Promotion order.pdf"), doc_att(r, "service_book", p["name"], n)], n),
                 ar=top, received=relay + below),
            verdict("icegate", "designation_update", frm, kinds=["promotion_order", "service_book"], review=top_bad),
            "Only the topmost Authentication-Results counts: " + ("it fails, a 'pass' copy below is ignored" if top_bad
                                                                   else "it passes, a 'fail' copy below is ignored"))

    # personal senders with failing authentication: no review
    n = nxt(); r = rng_for(n)
    p = person(r); frm = f"{p['first'].lower()}.{p['last'].lower()}{n}@gmail.com"
    add(f"{n:03d}-status-gmail-dmarc-fail-no-review",
        send(n, "gmail", frm, p["name"], "SSO ID status", body_of("gmail", f"Sir,\n\nWhether any SSO ID exists in my "
                                                                         f"name?\n\nName: {p['name']}\nDesignation: Inspector\n"
                                                                         f"Mobile: {mobile(n)}\n", [], n),
             ar=ar(frm, spf="softfail", dkim="none", dmarc="fail")),
        verdict("personal", "sso_status", frm, have={"name", "designation", "mobile"}),
        "Gmail sender failing DMARC: the authentication rule is only for icegate.gov.in senders")

    # ambiguous senders ---------------------------------------------------------------------
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    raw = send(n, "zimbra", frm, p["name"], "SSO password reset", body_of("zimbra", reset_plain(r, p, n), [], n))
    other = f"{p['last'].lower()}.{p['first'].lower()}@icegate.gov.in"
    raw = raw.replace(b"\nTo: ", f"\nFrom: {p['name']} <{other}>\nTo: ".encode(), 1)
    add(f"{n:03d}-reset-two-from-fields", raw, verdict("icegate", "password_reset", frm, have=FULL, review=True),
        "Two From: header fields, both individual ICEGATE addresses: ambiguous sender (review); the kind is icegate "
        "whichever field is read")

    n = nxt(); r = rng_for(n)
    p = person(r); q = person(r)
    frm = individual_icegate(r, p); frm2 = individual_icegate(r, q)
    raw = send(n, "outlook", frm, p["name"], "SSO ID status - two officers", body_of("outlook",
               f"Sir,\n\nKindly confirm whether SSO IDs exist in our names.\n\n1. {p['name']}, Inspector, Mob {mobile(n)}\n"
               f"2. {q['name']}, Inspector, Mob {mobile(n, 1)}\n\nRegards,\n{p['name']}\n", [], n))
    raw = raw.replace(f"From: {p['name']} <{frm}>".encode(), f"From: {p['name']} <{frm}>, {q['name']} <{frm2}>".encode(), 1)
    add(f"{n:03d}-status-from-two-addresses", raw,
        verdict("icegate", "sso_status", frm, have={"name", "designation", "mobile"}, review=True),
        "One From: field with two ICEGATE addresses: ambiguous sender (review)")

    n = nxt(); r = rng_for(n)
    p = person(r); ice = individual_icegate(r, p); frm = f"{p['first'].lower()}{p['last'].lower()}.{n}@gmail.com"
    add(f"{n:03d}-reset-display-name-icegate-address-gmail",
        send(n, "gmail", frm, f"{p['name']} ({ice})", "SSO password reset", body_of("gmail", reset_plain(r, p, n), [], n)),
        verdict("personal", "password_reset", frm, have=FULL, review=True),
        "Display name shows an ICEGATE address in brackets while the address is Gmail: ambiguous, and icegate_sender missing")

    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    add(f"{n:03d}-reset-display-name-is-own-address",
        send(n, "zimbra", frm, frm, "SSO password reset", body_of("zimbra", reset_plain(r, p, n), [], n)),
        verdict("icegate", "password_reset", frm, have=FULL),
        "Display name is the sender's own ICEGATE address: the address is not elsewhere, so not ambiguous")

    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p); g = f"{p['first'].lower()}.{p['last'].lower()}@gmail.com"
    add(f"{n:03d}-reset-display-name-gmail-address-icegate-from",
        send(n, "zimbra", frm, g, "SSO password reset", body_of("zimbra", reset_plain(r, p, n), [], n)),
        verdict("icegate", "password_reset", frm, have=FULL),
        "Display name shows a Gmail address, the address is ICEGATE: not one of the ambiguous shapes",
        "triage.md lists as ambiguous 'a display name that shows an icegate.gov.in address while the address itself "
        "is elsewhere'; the reverse is not listed, and there is one From address.")

    n = nxt(); r = rng_for(n)
    p = person(r); frm = f"{p['first'].lower()}.{p['last'].lower()}.{n}@gmail.com"
    add(f"{n:03d}-status-display-name-says-icegate-word",
        send(n, "gmailapp", frm, f"{p['name']} ICEGATE CBIC", "SSO ID status", body_of("gmailapp",
             f"Sir,\nPlease confirm if SSO ID exists for me.\n{p['name']}\nTax Asst.\nMob: {fmt_mobile(mobile(n), 'dev')}\n",
             [], n)),
        verdict("personal", "sso_status", frm, have={"name", "designation", "mobile"}),
        "Display name contains the word ICEGATE but no address: not ambiguous")

    # Reply-To pointing elsewhere does not change the sender; X-Auto-Response-Suppress alone
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    add(f"{n:03d}-reset-reply-to-gmail-auto-response-suppress",
        send(n, "outlook", frm, p["name"], "Password reset", body_of("outlook", reset_plain(r, p, n, "Appraiser"), [], n),
             extra={"Reply-To": f"{p['first'].lower()}.{p['last'].lower()}@gmail.com",
                    "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"}),
        verdict("icegate", "password_reset", frm, have=FULL),
        "Reply-To a Gmail address and X-Auto-Response-Suppress: neither changes the sender nor makes it automated")


def docs_specials():
    # promotion: HTML-only Gmail from a personal address, complete documents
    n = nxt(); r = rng_for(n)
    p = person(r); frm = f"{p['first'].lower()}{p['last'].lower()}{n}@gmail.com"
    html = (f'<div dir="ltr">Respected Sir,<div><br></div><div>I have been promoted from Examiner to Appraiser. Kindly '
            f'update my designation in SSO/ACES. Promotion order and SB page attached.</div><div><br></div><div>Regards,'
            f'</div><div>{p["name"]}</div><div>Appraiser</div></div>')
    add(f"{n:03d}-promotion-gmail-html-only-complete-docs",
        send(n, "gmail", frm, p["name"], "Designation update", body_of("gmail", "", [
            att(promotion_pdf(p["name"], "Appraiser"), PDF, "Promotion order.pdf", style="2047"),
            att(jpeg(n), "image/jpeg", "Service book page.jpg", style="2047")], n, html=html, html_only=True)),
        verdict("personal", "designation_update", frm, kinds=["promotion_order", "service_book"]),
        "HTML-only Gmail body; documents complete but from a personal address")

    # promotion: Outlook reply with the service book, the order only in the quoted mail
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    quoted = ("Madam,\n\nOnly the service book page is needed now; the promotion order attached with your first mail was "
              "not readable. Kindly send both.\n\nRegards,\nSaksham Seva\n")
    plain = (f"Sir,\n\nService book page attached as desired.\n\nRegards,\n{p['name']}\nSupdt.\n\n"
             + outlook_quote("Saksham Seva", HELPDESK, "Wednesday, November 26, 2025 11:15 AM", frm,
                             "RE: Updation of designation", quoted + "\n<< Promotion order.pdf >>\n"))
    add(f"{n:03d}-promotion-outlook-reply-order-only-quoted",
        send(n, "outlook", frm, p["name"], "RE: Updation of designation", body_of("outlook", plain, [
            doc_att(r, "service_book", p["name"], n)], n), extra={"In-Reply-To": f"<ss-p-{n}@icegate.gov.in>"}),
        verdict("icegate", "designation_update", frm, kinds=["service_book"]),
        "Outlook reply carrying the service book; the promotion order is only named in the quoted mail")

    # promotion order as a WhatsApp photo: its name and content tell nothing
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nMy designation is wrongly shown as Tax Assistant though I am promoted as Sr. Tax Assistant. Photo of "
             f"the order and the service book page are attached.\n\nRegards,\n{p['name']}\nSr. Tax Asst.\n")
    add(f"{n:03d}-promotion-whatsapp-photo-order-is-other",
        send(n, "iphone", frm, p["name"], "Designation wrongly shown", body_of("iphone", plain, [
            att(jpeg(n), "image/jpeg", "IMG-20251120-WA0004.jpg"),
            att(sb_pdf(p["name"], "05/05/1985", "01/04/2010"), PDF, "Service book.pdf")], n)),
        verdict("icegate", "designation_update", frm, kinds=["other", "service_book"]),
        "The promotion order is a WhatsApp photo 'IMG-20251120-WA0004.jpg': neither its name nor its (image) content "
        "tells the kind, so it is other and the promotion order is missing",
        "triage.md: 'The kind is told from the file's name, then from its content where the content is text'; a "
        "photo with a camera name is other whatever the mail says about it.")

    # promotion: officer posted abroad
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[2]
    p = person(r)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city)
    plain = (f"Sir,\n\n{p['hon']} {p['name']}, presently posted outside India as Customs Attaché, Embassy of India, "
             f"Washington DC, has been promoted as Joint Commissioner. Kindly update {p['his']} designation. Promotion "
             f"order and service book attached.\n\n{sigt}\n")
    add(f"{n:03d}-promotion-officer-posted-abroad",
        send(n, "zimbra", frm, disp, "Designation update - officer abroad", body_of("zimbra", plain, [
            att(promotion_pdf(p["name"], "Joint Commissioner"), PDF, "Promotion order.pdf"),
            doc_att(r, "service_book", p["name"], n)], n)),
        verdict("generic", "designation_update", frm, kinds=["promotion_order", "service_book"], sig=f, review=True),
        "Designation update for an officer posted outside India: review")

    # promotion forwarded inline by the system manager, Hindi bilingual
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[19]
    p = person(r); pf = f"{p['first'].lower()}{p['last'][0].lower()}{n}@gmail.com"
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, layout="hindi", drop=())
    plain = (f"महोदय,\n\nनीचे का अनुरोध आवश्यक कार्यवाही हेतु अग्रेषित। Forwarded for updation of designation.\n\n{sigt}\n\n"
             + fwd_gmail(p["name"], pf, "Tue, 25 Nov 2025 at 20:10", "Promotion - designation update", frm)
             + f"Sir, I am promoted as Superintendent. Order and service book attached.\n{p['name']}\n")
    add(f"{n:03d}-promotion-sysmgr-forwards-hindi",
        send(n, "zimbra", frm, disp, "Fwd: Promotion - designation update", body_of("zimbra", plain, [
            att(promotion_pdf(p["name"]), PDF, "पदोन्नति आदेश.pdf", style="2231"),
            att(sb_pdf(p["name"], "03/03/1986", "02/07/2012"), PDF, "सेवा पुस्तिका.pdf", style="2231")], n)),
        verdict("generic", "designation_update", frm, kinds=["promotion_order", "service_book"], sig=f),
        "System Manager forwards (Gmail marker) an officer's promotion mail; Devanagari file names told by text layer")

    # role: not able to access ACES since transfer, complete
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    plain = (f"Sir,\n\nNot able to access ACES since my transfer from CGST Pune-I to CGST Nagpur-I on 03.11.2025. Old roles "
             f"still showing. Kindly map my new charge (Range-II). Transfer order, LPO and joining report attached.\n\n"
             f"Regards,\n{p['name']}\nSupdt., Range-II, Nagpur-I\n")
    add(f"{n:03d}-role-not-able-to-access-aces-since-transfer",
        send(n, "zimbra", frm, p["name"], "Not able to access ACES since transfer", body_of("zimbra", plain, [
            att(transfer_pdf(p["name"], "CGST Pune-I", "CGST Nagpur-I"), PDF, "TO.pdf"),
            att(lpo_pdf(p["name"]), PDF, "LPO.pdf"), att(jpeg(n), "image/jpeg", "Joining report.jpg")], n)),
        verdict("icegate", "role_mapping", frm, kinds=["transfer_order", "posting_order", "charge_report"]),
        "'Not able to access ACES since transfer' with old roles still attached: role mapping, not a reset")

    # role: certificate of transfer of charge told by its text
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[20]
    p = person(r)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, desig="Nodal Officer (Systems)")
    plain = (f"Sir,\n\n{p['hon']} {p['name']}, Inspector, has joined this Commissionerate on transfer. Kindly map "
             f"{p['his']} GST BO roles. Transfer order, local posting order and CTC attached.\n\n{sigt}\n")
    add(f"{n:03d}-role-ctc-certificate-of-transfer-of-charge",
        send(n, "tb", frm, disp, "GST BO role mapping", body_of("tb", plain, [
            att(transfer_pdf(p["name"]), PDF, "Transfer Order.pdf"), att(lpo_pdf(p["name"]), PDF, "Local Posting Order.pdf"),
            att(charge_pdf(p["name"], "CERTIFICATE OF TRANSFER OF CHARGE"), PDF, "CTC.pdf")], n)),
        verdict("generic", "role_mapping", frm, kinds=["transfer_order", "posting_order", "charge_report"], sig=f),
        "'CTC.pdf' is a Certificate of Transfer of Charge (its text): the charge report, though its text says 'transfer'",
        "charge_report is the 'assumption of charge, relief or joining report'; the GoI form for it is the Certificate "
        "of Transfer of Charge, which is no transfer order.")

    # role: forwarded as attached message with the documents inside
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[16]
    p = person(r); pf = individual_icegate(r, p)
    inner = multi("mixed", [text(f"Sir,\n\nI joined Range-IV on transfer. Kindly get my ACES roles mapped.\n\n{p['name']}\n"
                                 f"Inspector\n", cte="7bit"),
                            att(transfer_pdf(p["name"]), PDF, "transfer order.pdf"),
                            att(lpo_pdf(p["name"], "Range-IV"), PDF, "posting order.pdf"),
                            att(charge_pdf(p["name"]), PDF, "charge report.pdf")], f"rin{n}")
    inner_raw = (f"From: {p['name']} <{pf}>\nTo: sysmgr.{tag}@icegate.gov.in\nSubject: Role mapping\n"
                 f"Date: Mon, 1 Dec 2025 10:00:00 +0530\nMessage-ID: <rin{n}@icegate.gov.in>\nMIME-Version: 1.0\n").encode() + flat(inner)
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, drop=("email",))
    plain = f"Sir,\n\nForwarding the officer's request (attached) for role mapping.\n\n{sigt}\n"
    add(f"{n:03d}-role-forward-attached-eml-with-docs",
        send(n, "outlook", frm, disp, "FW: Role mapping", body_of("outlook", plain, [rfc822_part(inner_raw, "Role mapping.eml")], n)),
        verdict("generic", "role_mapping", frm, kinds=["transfer_order", "posting_order", "charge_report"], sig=f),
        "Forward as an attached .eml (message/rfc822 with a file name): its three documents count, the .eml part "
        "itself does not; the forwarder signs without an e-mail ID")

    # role: reply carrying the charge report; orders only in the quoted mail
    n = nxt(); r = rng_for(n)
    p = person(r); frm = individual_icegate(r, p)
    orig = (f"Sir,\n\nKindly map my roles. Transfer order and LPO attached.\n\n{p['name']}\n")
    plain = (f"Sir,\n\nPlease find the charge report as requested.\n\nThanks\n{p['name']}\nInspector\n\n"
             + gmail_quote("Fri, 28 Nov 2025 at 12:00", f"Saksham Seva <{HELPDESK}>", "Please send the charge report.\n\n"
                           + gmail_quote("Thu, 27 Nov 2025 at 10:00", p["name"], orig)))
    add(f"{n:03d}-role-reply-charge-report-orders-only-quoted",
        send(n, "tb", frm, p["name"], "Re: Role mapping", body_of("tb", plain, [
            att(charge_pdf(p["name"]), PDF, "charge report.pdf")], n)),
        verdict("icegate", "role_mapping", frm, kinds=["charge_report"]),
        "Reply with the charge report; transfer order and LPO are only named in the quoted mails")

    # Auto-Submitted: no on a human status enquiry
    n = nxt()
    person_mail(n, rng_for(n), "sso_status", sk="personal", drop=None, style="labels", extra={"Auto-Submitted": "no"},
                slug_extra="-auto-submitted-no", intent_extra=". 'Auto-Submitted: no' does not make it automated")



def more_people():
    """Third-person requests from an individual's own ID, bilingual sign-offs, an HTML table of details."""
    n = nxt(); r = rng_for(n)
    p = {"first": "Mahesh", "last": "Patil", "name": "Mahesh Patil"}
    sp = person(r); frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nShri Mahesh Patil, Superintendent, has forgotten the password of his SSO ID and is on field duty "
             f"today. His SSO ID is {sso_value(r, p)} and he can be reached on {fmt_mobile(mobile(n), 'space')}. Kindly "
             f"reset it.\n\nRegards,\n{sp['name']}\nInspector, Range-III, CGST Pune-I\n")
    add(f"{n:03d}-reset-colleague-writes-third-person",
        send(n, "zimbra", frm, sp["name"], "Password reset - Shri Mahesh Patil", body_of("zimbra", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}),
        "A colleague writes from his own ICEGATE ID: 'Shri Mahesh Patil, Superintendent, has forgotten ... His SSO ID "
        "is ...'")

    n = nxt(); r = rng_for(n)
    sp = person(r); frm = individual_icegate(r, sp)
    plain = (f"महोदय / Sir,\n\nमेरी SSO ID निष्क्रिय हो गई है, कृपया सक्रिय करें। My SSO ID has become inactive, kindly "
             f"activate it.\n\nएसएसओ आईडी / SSO ID: {sso_value(r, sp)}\n\nसादर / Regards,\n(रवि कुमार / {sp['name']})\n"
             f"निरीक्षक / Inspector\nकेन्द्रीय माल एवं सेवा कर, रांची / CGST Ranchi\nमो. / Mob.: {fmt_mobile(mobile(n), 'plus91')}\n")
    add(f"{n:03d}-reset-bilingual-slash-signature",
        send(n, "zimbra", frm, sp["name"], "SSO ID सक्रिय करने हेतु / Activation of SSO ID", body_of("zimbra", plain, [], n)),
        verdict("icegate", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"}),
        "Bilingual body and sign-off with 'हिंदी / English' pairs on each line ('मो. / Mob.:')")

    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[29]
    frm, disp = f"systems.{tag}@icegate.gov.in", f"Systems {city}"
    p = person(r); sp = person(r)
    em = f"{local_of(sp, r)}@icegate.gov.in"
    html = ("<html><body><p>महोदय,</p><p>निम्नलिखित अधिकारी का SSO पासवर्ड रीसेट करने का कष्ट करें:</p>"
            "<table border=1 cellpadding=4><tr><th>नाम</th><th>पदनाम</th><th>SSO ID</th><th>मोबाइल</th></tr>"
            f"<tr><td>{p['hon']} {p['name']}</td><td>हवलदार</td><td>{sso_value(r, p)}</td><td>{fmt_mobile(mobile(n), 'plain')}</td></tr>"
            f"</table><p>भवदीय,</p><table><tr><td>नाम:</td><td>{sp['name']}</td></tr><tr><td>पदनाम:</td><td>अधीक्षक (प्रणाली)"
            f"</td></tr><tr><td>ई-मेल:</td><td>{em}</td></tr><tr><td>दूरभाष:</td><td>{landline(std, n)}</td></tr></table>"
            "</body></html>")
    add(f"{n:03d}-reset-generic-html-only-hindi-tables",
        send(n, "zimbra", frm, disp, "पासवर्ड रीसेट हेतु", body_of("zimbra", "", [], n, html=html, html_only=True)),
        verdict("generic", "password_reset", frm, have={"name", "designation", "sso_id", "mobile"},
                sig={"name", "designation", "email", "phone"}),
        "HTML-only Hindi mail: the officer's details in a table with Hindi column heads, the signature in a table with "
        "Hindi labels")

    n = nxt(); r = rng_for(n)
    p = person(r); frm = f"{p['first'].lower()}.{p['last'].lower()}{n}@gmail.com"
    plain = (f"Sir,\n\nKindly let me know whether my SSO ID has been created. I joined as Inspector (Examiner) at "
             f"Chennai Custom House in 2019.\n\nName: {p['hon']} {p['name']}\nMob: {fmt_mobile(mobile(n), 'zero')}\n"
             f"Tel (O): 044-2525 1234\n\nRegards\n")
    add(f"{n:03d}-status-zero-prefixed-mobile-and-office-phone",
        send(n, "gmail", frm, p["name"], "SSO ID status", body_of("gmail", plain, [], n)),
        verdict("personal", "sso_status", frm, have={"name", "designation", "mobile"}),
        "A 0-prefixed mobile ('Mob: 09...') beside an office telephone ('Tel (O):'); honorific before the labelled name")

    n = nxt(); r = rng_for(n)
    p = person(r); frm = f"{p['first'].lower()}{p['last'].lower()}@rediffmail.com"
    plain = (f"Sir,\n\nI want to know whether any SSO ID exists in my name.\n\nName: {p['name']}\nDesignation: Inspector\n"
             f"Tel: 0261-2345 678\nFax: 0261-2345 679\n\nThanks\n{p['name']}\n")
    add(f"{n:03d}-status-tel-and-fax-no-mobile",
        send(n, "rediff", frm, p["name"], "SSO ID", body_of("rediff", plain, [], n)),
        verdict("personal", "sso_status", frm, have={"name", "designation"}),
        "Only an office telephone and a fax number: no mobile")



def template_combinations():
    """Several template error codes in one file, and template errors beside other verdicts."""
    # several codes in one row, renamed headers --------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[26]
    hdrs = ["S. No", "FIRST NAME", "Middle name", "LAST NAME", "Designation", "Date of Birth (dd.mm.yyyy)",
            "Date of Joining CBIC (dd.mm.yyyy)", "Mobile No", "Alternate E-mail ID (Personal)", "Commissionerate/ Office",
            "Location", "Employee ID"]
    rows = [row(1, {"first": "G.S.", "last": "Sandhu"}, "Inspector", "15.08.2012", "20.10.2025", "98765", "hq.cgstchd@gmail.com", office),
            row(2, person(r), "Inspector", "01.01.1996", "20.10.2025", mobile(n, 2), "harpreet.kaur96@gmail.com", office),
            row(3, person(r), "Inspector", "02.01.1996", "20.10.2025", mobile(n, 2), "harpreet.kaur96@gmail.com", office)]
    x = make_xlsx(rows, headers=hdrs, titles=("CGST Chandigarh - SSO ID creation",))
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, desig="Nodal Officer (Systems)")
    plain = f"Sir,\n\nTemplate for 3 new Inspectors and their service books (one PDF) attached.\n\n{sigt}\n"
    add(f"{n:03d}-creation-one-row-four-errors-renamed-headers",
        send(n, "zimbra", frm, disp, "SSO ID creation - Chandigarh", body_of("zimbra", plain, [
            att(x, XLSX_CT, "SSO Chandigarh.xlsx"), att(make_pdf(SB + ["3 officers"]), PDF, "Service books.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "service_book"], sig=f,
                errors=[(3, "first_name", "initials_in_name"), (3, "date_of_joining", "invalid_date"),
                        (3, "mobile", "invalid_mobile"), (3, "alt_email", "generic_alt_email"),
                        (5, "mobile", "duplicate_mobile"), (5, "alt_email", "duplicate_alt_email")]),
        "Headers re-typed ('FIRST NAME', 'Mobile No', 'Alternate E-mail ID (Personal)', '(dd.mm.yyyy)') under one title "
        "row; row 3 has four errors at once (initials, joined at 13, 5-digit mobile, HQ Gmail); row 5 repeats row 4")

    # personal sender, template errors, no service book -------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[28]
    p = person(r)
    frm = f"{p['first'].lower()}.{p['last'].lower()}{n}@gmail.com"
    rows = [row(1, p, "Inspector", "31/09/1997", "20/10/2025", mobile(n, 1), frm, office)]
    add(f"{n:03d}-creation-personal-gmail-bad-date-no-service-book",
        send(n, "gmailapp", frm, p["name"], "SSO ID", body_of("gmailapp", f"Sir, pls create my SSO ID. Template attached, "
                                                                           f"service book I will send later.\n{p['name']}\n"
                                                                           f"Inspector, {office}\n",
                                                             [att(make_xlsx(rows, titles=()), XLSX_CT, "template.xlsx")], n)),
        verdict("personal", "sso_creation", frm, kinds=["template"], errors=[(2, "date_of_birth", "invalid_date")]),
        "An officer's own Gmail: template with 31/09 (no such day), no service book: icegate_sender and service_book "
        "missing plus the template error")

    # future and under-age as real spreadsheet dates, numbers as mobiles ---------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[12]
    rows = [row(1, person(r), "Examiner", D(1995, 2, 2), D(2026, 2, 1), int(mobile(n, 1)), "a.b1995@gmail.com", office),
            row(2, person(r), "Examiner", D(2008, 12, 1), D(2025, 10, 20), int(mobile(n, 2)), "c.d2008@gmail.com", office),
            row(3, person(r), "Examiner", D(1995, 3, 3), D(2025, 10, 20), int(mobile(n, 3)), "e.f1995@gmail.com", office)]
    sp = person(r); frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nKindly create SSO IDs for the three Examiners; template and service books attached.\n\nRegards,\n"
             f"{sp['name']}\nAppraiser (ASM)\n{office}\n")
    add(f"{n:03d}-creation-real-dates-future-and-underage",
        send(n, "outlook", frm, sp["name"], "SSO ID creation - Examiners", body_of("outlook", plain, [
            att(make_xlsx(rows), XLSX_CT, "Examiners.xlsx"), att(make_pdf(SB + ["3"]), PDF, "SB scans.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"],
                errors=[(4, "date_of_joining", "invalid_date"), (5, "date_of_joining", "invalid_date")]),
        "Real spreadsheet dates: DOJ 01/02/2026 after the mail's date; DOB Dec 2008 with DOJ Oct 2025 (16 years old)")

    # empty file under the template's name, service book to follow ------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[5]
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city, desig="Superintendent (EDI)")
    add(f"{n:03d}-creation-empty-template-file",
        send(n, "zimbra", frm, disp, "SSO ID creation", body_of("zimbra", f"Sir,\n\nSSO ID creation template attached; "
                                                                           f"service book will follow.\n\n{sigt}\n",
                                                                 [att(b"", XLSX_CT, "SSO_ID_Template_Chennai.xlsx")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template"], sig=f, errors=[(0, "", "unreadable")]),
        "A zero-byte file named as the template: unreadable; the service book is missing")

    # only some headers red: the black ones are optional ------------------------------------------------------
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[3]
    red_only = {"first_name": RED, "last_name": RED, "designation": RED, "date_of_birth": RED, "date_of_joining": RED,
                "mobile": RED, "employee_id": RED, "alt_email": BLACK, "office": BLACK}
    rows = [row(1, person(r), "Inspector", "01/02/1996", "20/10/2025", mobile(n, 1), "", "", emp="JN1021"),
            row(2, person(r), "Inspector", "02/02/1996", "20/10/2025", mobile(n, 2), "", office, emp="")]
    sp = person(r); frm = individual_icegate(r, sp)
    plain = (f"Sir,\n\nTemplate (our Commissionerate's version) and service books attached for SSO ID creation.\n\n"
             f"Regards\n{sp['name']}\nAC (EDI)\n")
    add(f"{n:03d}-creation-custom-red-set-black-alt-email-optional",
        send(n, "tb", frm, sp["name"], "SSO ID creation", body_of("tb", plain, [
            att(make_xlsx(rows, colors=red_only), XLSX_CT, "SSO template (JNCH version).xlsx"),
            att(make_pdf(SB + ["2"]), PDF, "Service Books.pdf")], n)),
        verdict("icegate", "sso_creation", frm, kinds=["template", "service_book"],
                errors=[(5, "employee_id", "missing_mandatory")]),
        "Red headers include Employee ID but not Alternate Email ID or Office: the empty alternate e-mails and office "
        "are fine, row 5's empty Employee ID is not",
        "template.md: 'Mandatory columns are the ones whose header cell font is red'; the default list applies only "
        "where no header cell is red.")

    # certification letter and template errors: review
    n = nxt(); r = rng_for(n)
    office, city, std, tag = OFFICES[23]
    p = person(r)
    rows = [row(1, {"first": p["first"], "last": "K."}, "Inspector", "03/03/1995", "20/10/2025", mobile(n, 1),
                "sysmgr.hyd@icegate.gov.in", office)]
    frm, disp, sigt, f = gen_sender(r, n, office, std, tag, city)
    plain = (f"Sir,\n\nKindly create SSO ID for {p['hon']} {p['name']} (joined on absorption). Service book not yet "
             f"received; certificate of DOB/DOJ by the Joint Commissioner attached with the template.\n\n{sigt}\n")
    add(f"{n:03d}-creation-certificate-and-template-errors",
        send(n, "zimbra", frm, disp, "SSO ID creation", body_of("zimbra", plain, [
            att(make_xlsx(rows), XLSX_CT, "SSO.xlsx"), att(cert_pdf(p["name"], "03/03/1995", "20/10/2025"), PDF,
                                                         "JC certificate.pdf")], n)),
        verdict("generic", "sso_creation", frm, kinds=["template", "certification_letter"], sig=f,
                errors=[(4, "last_name", "initials_in_name"), (4, "alt_email", "generic_alt_email")]),
        "Certification letter in place of the service book (review) with template errors: review wins, errors listed")


def main():
    import json, shutil
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    creation_generated()
    creation_errors()
    creation_specials()
    generated_persons()
    on_behalf()
    person_specials()
    docs_mail(16, "designation_update")
    docs_mail(18, "role_mapping")
    docs_specials()
    eccs_trade_unknown()
    robots()
    auth_and_ambiguity()
    more_people()
    template_combinations()
    readme = ["# corpus4 (generated by make.py)", "",
              "A development corpus written independently of maild's rules: every verdict below is derived from the",
              "triage and template specifications. Regenerate with `.venv/bin/python tests/data/corpus4/make.py`.", "",
              "| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        errs = ", ".join(f"r{x['row']} {x['column']} {x['code']}" for x in e["template_errors"])
        readme.append(f"| {name} | {intent.replace('|', '/')} | {e['action']} ({e['sender_kind']}, {e['request_type']}; "
                      f"missing {', '.join(e['missing']) or '-'}{'; ' + errs if errs else ''}) |")
    readme += ["", "## General readings", "",
               "- A signature line that only names an office or section ('Systems Cell, CGST Commissionerate, Madurai',",
               "  'CGST Delhi East Commissionerate') is not a designation: the sample corpus (its mail 014) expects",
               "  signature_designation for such a signature. Lines with a post ('ASM, Custom House Kandla',",
               "  'Supdt. (Systems)', 'अधीक्षक', 'PO', 'UDC') are designations.",
               "- A mobile is ten digits starting 6-9 (optional +91 / 0), separators ignored; digits in Devanagari,",
               "  Gujarati or Bengali script are digits. A number labelled Tel / Ph / Tel (O) / Landline / Fax, or",
               "  written with an STD code, is no mobile.",
               "- A shared mailbox of an office, section or firm is generic wherever it is hosted (sysmgr.*, asm.*,",
               "  nodal.sso.*, estt.*, edi.* on icegate.gov.in; a Division's or Range's Gmail; a firm's import@ or",
               "  exports.* mailbox; a vendor's sales.* Gmail), and its signature codes apply to every request type.",
               "- The details of a status or reset request count wherever they are in the sender's own text (labels,",
               "  running text, third person, signature), so a nodal officer's own designation or mobile in the",
               "  signature also fills designation / mobile; mails here give the officer's details anyway.",
               "- Robots' texts are kept neutral (an acknowledgement, a leave notice), so that their request type is",
               "  unknown except where their own text is about ECCS or carries a request."]
    if NOTES:
        readme += ["", "## Readings of the specification", "",
                   "Where a mail's verdict needed the specification read closely, the reading is here.", "",
                   "| file | reading |", "| --- | --- |"]
        readme += [f"| {k} | {v.replace('|', '/')} |" for k, v in NOTES.items()]
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
