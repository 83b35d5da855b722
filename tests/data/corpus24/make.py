#!/usr/bin/env python3
"""Generate corpus24 for maild: a combinatorial generator for sso_status and password_reset
requests from individual, personal and generic senders (mails/*.eml + expected/*.json).

Every mail is built from independent random choices (fixed seed) out of hand-written pools;
its expected verdict is computed by `verdict()` below from the facts chosen, following
../../../../shared/spec/triage.md alone (never from maild). Two runs write identical bytes.
Run with the project's .venv/bin/python (corpus2's MIME builders are loaded, not copied).
"""
from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
text, multi, att, addr, hdr, mail = kit.text, kit.multi, kit.att, kit.addr, kit.hdr, kit.mail

SEED = 2424
N_MAILS = 120

# ================================================================= pools (hand-written)

PEOPLE = [  # (first, last, pronoun)
    ("Ravi", "Menon", "he"), ("Priya", "Sharma", "she"), ("Suresh", "Kota", "he"),
    ("Anjali", "Deshpande", "she"), ("Mohammed", "Irfan", "he"), ("Kavya", "Nair", "she"),
    ("Harpreet", "Singh", "he"), ("Sandeep", "Yadav", "he"), ("Lalitha", "Subramanian", "she"),
    ("Arjun", "Reddy", "he"), ("Neha", "Gupta", "she"), ("Debashis", "Banerjee", "he"),
    ("Fatima", "Shaikh", "she"), ("Vikram", "Rathore", "he"), ("Meenakshi", "Iyer", "she"),
    ("Rohit", "Chauhan", "he"),
]
DESIGNATIONS = ["Inspector", "Superintendent", "Appraiser", "Examiner", "Preventive Officer",
                "Assistant Commissioner", "Deputy Commissioner", "Inspector (Preventive)"]
OFFICES = ["Custom House, Chennai", "CGST Division-III, Pune", "Custom House, Kochi",
           "CGST Range-IV, Nagpur", "Air Cargo Complex, Hyderabad", "CGST Division, Bhiwandi",
           "Custom House, Kandla", "ICD Tughlakabad, New Delhi"]

# generic (role / office) mailboxes: (address, display name without designation words, office line)
GENERIC = [
    ("sysmgr.chennaisea@icegate.gov.in", "Custom House Chennai Systems", "Custom House, Chennai", True),
    ("edi.kochi@icegate.gov.in", "EDI Section Kochi", "EDI Section, Custom House, Kochi", True),
    ("acl.admin.pune@icegate.gov.in", "CGST Pune ACL", "CGST Pune", True),
    ("systems.cgstnagpur@icegate.gov.in", "Systems CGST Nagpur", "Systems Section, CGST Nagpur", True),
    ("cex15sys.ker@nic.in", "CEX Systems Kerala", "Systems Section, Central Excise, Kerala", False),
    ("systems-cgst-rajkot@nic.in", "CGST Rajkot Systems", "Systems Section, CGST Rajkot", False),
    ("hq.cgst.bhopal@gov.in", "CGST Bhopal HQ", "Headquarters, CGST Bhopal", False),
    ("edi-section.kandla@gov.in", "EDI Kandla", "EDI Section, Custom House, Kandla", False),
    ("centralexcisemumbai@gmail.com", "Central Excise Mumbai Office", "Central Excise, Mumbai", False),
    ("cgstdivision3pune.office@gmail.com", "CGST Division 3 Pune", "CGST Division-III, Pune", False),
    ("customsdivisionkakinada@gmail.com", "Customs Division Kakinada", "Customs Division, Kakinada", False),
    ("range4cgstnagpur@gmail.com", "Range IV CGST Nagpur", "CGST Range-IV, Nagpur", False),
]

PERSONAL_DOMAINS = ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "nic.in", "yahoo.com"]

# request sentences: (language, text). {pos} = "my" for an individual, "the officer's" for a generic sender.
STATUS_IND = [
    ("en", "I request you to kindly let me know whether an SSO ID already exists in my name."),
    ("en", "Kindly confirm whether any SSO ID / ICEGATE e-mail ID has already been created in my name."),
    ("en", "I am not sure whether I have an SSO ID. Please check and let me know if one exists in my name."),
    ("en", "Could you please check if there is already an SSO ID in my name? I don't remember ever getting one."),
    ("en", "Just wanted to check whether an SSO ID is already there in my name or not."),
    ("en", "It is requested to verify whether an SSO ID has been issued to me earlier, as I am not aware of it."),
    ("hi", "कृपया बताएं कि क्या मेरे नाम से पहले से कोई SSO ID बनी हुई है।"),
    ("hi", "अनुरोध है कि जाँच कर सूचित करें कि मेरे नाम पर SSO ID मौजूद है या नहीं।"),
    ("hinglish", "Sir, please check karke bataiye ki mere naam se SSO ID already bani hai ya nahi."),
    ("hinglish", "Mujhe pata nahi hai ki meri SSO ID exist karti hai ya nahi, kindly check kar dijiye."),
    ("hinglish", "Kya mere naam par koi SSO ID pehle se hai? Please confirm kar dein."),
]
STATUS_GEN = [
    ("en", "Kindly confirm whether an SSO ID already exists in the name of the officer mentioned below."),
    ("en", "Please check whether the officer below already has an SSO ID and let this office know."),
    ("en", "It is requested to verify whether any SSO ID has been created earlier for the officer whose details are given below."),
    ("hi", "कृपया जाँच कर बताएं कि नीचे दिए गए अधिकारी के नाम से SSO ID पहले से मौजूद है या नहीं।"),
    ("hinglish", "Neeche diye gaye officer ke naam par SSO ID pehle se hai ya nahi, kindly check kar ke batayein."),
]
RESET_IND = [
    ("en", "I have forgotten the password of my SSO ID. Kindly reset the password."),
    ("en", "I am unable to log in as I have lost my password. Please reset it at the earliest."),
    ("en", "My SSO ID has become inactive. Kindly activate it and issue a new password."),
    ("en", "Forgot my SSO password, can you please reset it? Thanks."),
    ("en", "Request you to kindly reset the password of my SSO ID as I am not able to remember it."),
    ("en", "I have forgotten my SSO ID itself. Kindly help me recover it and reset the password."),
    ("hi", "मैं अपनी SSO ID का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करने की कृपा करें।"),
    ("hi", "मेरी SSO ID निष्क्रिय हो गई है, कृपया इसे सक्रिय कर नया पासवर्ड दें।"),
    ("hinglish", "Mera SSO ID ka password bhool gaya hoon, please reset kar dijiye."),
    ("hinglish", "Sir, SSO password expire ho gaya hai aur login nahi ho raha, kindly password reset kar dein."),
    ("hinglish", "Meri SSO ID inactive ho gayi hai, please activate karke naya password de dijiye."),
]
RESET_GEN = [
    ("en", "The officer mentioned below has forgotten the password of the SSO ID. Kindly reset the password."),
    ("en", "Kindly reset the SSO ID password of the officer whose details are given below, as the officer is unable to log in."),
    ("en", "The SSO ID of the officer below has become inactive; it is requested to activate it and issue a new password."),
    ("hi", "नीचे दिए गए अधिकारी अपनी SSO ID का पासवर्ड भूल गए हैं, कृपया पासवर्ड रीसेट करें।"),
    ("hinglish", "Neeche diye gaye officer ka SSO password bhool gaye hain, kindly reset kar dijiye."),
]
SUBJECTS = {
    "sso_status": ["SSO ID status enquiry", "Whether SSO ID exists - request", "Query regarding existence of SSO ID",
                   "SSO ID है या नहीं - जानकारी हेतु", "Enquiry: SSO ID"],
    "password_reset": ["Password reset request", "Request for reset of SSO password", "SSO ID password forgotten",
                       "पासवर्ड रीसेट हेतु अनुरोध", "Activation of inactive SSO ID", "Reset SSO password"],
}
GREETINGS = ["Sir,", "Respected Sir/Madam,", "Dear Saksham Seva Team,", "नमस्ते,", "Hello,", "Dear Sir/Madam,", None]
CLOSINGS = ["Regards,", "Thanks & Regards,", "Yours faithfully,", "धन्यवाद,", "With regards,", "-- ", None]

LABELS = {
    "name": ["Name: {v}", "Name of the officer: {v}", "नाम: {v}", "Full Name - {v}", "Officer Name : {v}"],
    "designation": ["Designation: {v}", "पदनाम: {v}", "Designation - {v}", "Post: {v}"],
    "mobile": ["Mobile: {v}", "Mobile No.: {v}", "मोबाइल नंबर: {v}", "Mob. No. - {v}", "Cell: {v}"],
    "sso": ["SSO ID: {v}", "SSOID - {v}", "User ID: {v}", "एसएसओ आईडी: {v}"],
    "alt": ["Alternate e-mail ID: {v}", "Alternate Email: {v}", "वैकल्पिक ई-मेल: {v}"],
}
RUNNING_IND = {
    "name": ["My name is {v}.", "मेरा नाम {v} है।", "Mera naam {v} hai."],
    "designation": ["I am working as {v} at {o}.", "I am presently posted as {v} in {o}.",
                    "मैं {o} में {v} के पद पर कार्यरत हूँ।"],
    "mobile": ["My mobile number is {v}.", "You may call me on my mobile {v}.", "मेरा मोबाइल नंबर {v} है।"],
    "sso": ["My SSO ID is {v}.", "The SSO ID allotted to me was {v}."],
    "alt": ["The alternate e-mail ID registered with my SSO ID is {v}.", "My alternate email is {v}."],
}
RUNNING_GEN = {
    "name": ["The officer's name is {v}.", "The request is for Shri/Smt. {v}."],
    "designation": ["The officer is working as {v} in {o}.", "The officer is posted as {v} at {o}."],
    "mobile": ["The officer's mobile number is {v}.", "The officer can be contacted on mobile {v}."],
    "sso": ["The officer's SSO ID is {v}.", "The SSO ID of the officer is {v}."],
    "alt": ["The officer's alternate e-mail ID is {v}.", "The alternate email registered by the officer is {v}."],
}
TABLE_LABEL = {"name": ["Name", "Officer Name", "नाम"], "designation": ["Designation", "पदनाम"],
               "mobile": ["Mobile No.", "Mobile", "मोबाइल"], "sso": ["SSO ID", "User ID"],
               "alt": ["Alternate E-mail ID", "Alt. e-mail"]}
SIGNOFF_LINE = {"name": ["{v}"], "designation": ["{v}"],
                "mobile": ["Mobile: {v}", "Mob. {v}", "{v} (M)", "M: {v}"],
                "sso": ["SSO ID: {v}", "User ID: {v}"], "alt": ["Alt. e-mail: {v}"]}

# not mobiles: STD code + number (no STD code starting 6-9, so no reading as a mobile is possible)
LANDLINES = ["022-2275 7401", "033 2254 1234", "0484-2666861", "011-23370144", "044-25246800", "0120-2412345"]
LANDLINE_FORMS = ["Tel: {v}", "Landline: {v}", "Phone (O): {v}", "Tel. (Off.) {v}"]
EXT_FORMS = ["Office phone: {v} Extn. {x}", "Ph. (O) {v} Ext. {x}"]


def mobile_forms(d: str):
    return [d, f"+91 {d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", f"0{d}", f"+91-{d}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]


# ================================================================= the verdict (contract tables)

def verdict(f: dict) -> dict:
    """Expected compared fields from the chosen facts, by triage.md alone."""
    kind = f["sender_kind"]            # icegate / generic / personal (never automated here)
    rt = f["request_type"]             # sso_status / password_reset
    missing = set()
    need = {"sso_status": ["name", "designation", "mobile"],
            "password_reset": ["name", "designation", "sso_id", "mobile"]}[rt]
    for d in need:
        if not f["present"][d]:
            missing.add(d)
    if rt == "password_reset" and not f["sender_domain"] == "icegate.gov.in":
        missing.add("icegate_sender")
    if kind == "generic":
        for el in ("name", "designation", "email", "phone"):
            if not f["sig"][el]:
                missing.add("signature_" + el)
    action = "request_missing" if missing else "acknowledge"
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing), "template_errors": [],
            "action": action, "attachment_kinds": sorted(f["attachment_kinds"])}


# ================================================================= building one mail

def build_one(i: int, rng: random.Random):
    rt = "sso_status" if i % 2 else "password_reset"
    cat = ["icegate", "generic", "personal"][(i // 2) % 3]
    first, last, pron = rng.choice(PEOPLE)
    officer = f"{first} {last}"
    desig = rng.choice(DESIGNATIONS)
    office = rng.choice(OFFICES)
    mob_digits = str(rng.choice([6, 7, 8, 9])) + "".join(str(rng.randrange(10)) for _ in range(9))
    alt_addr = f"{first.lower()}{last.lower()}{rng.randrange(70, 99)}@{rng.choice(['gmail.com', 'yahoo.co.in'])}"
    sso_val = rng.choice([f"{last.upper()}{first[0]}{rng.randrange(1000, 9999)}", f"{first.lower()}.{last.lower()}",
                          f"{first[0]}{last}{rng.randrange(10, 99)}".upper()])

    facts = {"request_type": rt, "attachment_kinds": []}
    sig = {"name": False, "designation": False, "email": False, "phone": False}
    sig_lines = []
    if cat == "icegate":
        sender = f"{first.lower()}.{last.lower()}@icegate.gov.in"
        disp = rng.choice([officer, officer.upper(), None])
        kind = "icegate"
    elif cat == "personal":
        dom = rng.choice(PERSONAL_DOMAINS)
        if dom == "nic.in":
            sender = f"{first[0].lower()}.{last.lower()}@nic.in"
        else:
            sender = f"{first.lower()}.{last.lower()}{rng.randrange(70, 99)}@{dom}"
            if sender == alt_addr:
                sender = "x" + sender
        disp = rng.choice([officer, f"{first} {last[0]}", None])
        kind = "personal"
    else:
        sender, disp, office_line, _is_ice = rng.choice(GENERIC)
        kind = "generic"
    facts["sender_kind"] = kind
    facts["sender_domain"] = sender.split("@")[1]
    generic = kind == "generic"

    greeting = rng.choice(GREETINGS)
    closing = rng.choice(CLOSINGS)
    req_pool = {("sso_status", False): STATUS_IND, ("sso_status", True): STATUS_GEN,
                ("password_reset", False): RESET_IND, ("password_reset", True): RESET_GEN}[(rt, generic)]
    lang, request = rng.choice(req_pool)
    if pron == "she":
        request = request.replace("भूल गया हूँ", "भूल गई हूँ").replace("bhool gaya hoon", "bhool gayi hoon")

    # ---- which details are present
    need = ["name", "designation", "mobile"] + (["sso_id"] if rt == "password_reset" else [])
    aim_complete = rng.random() < 0.35
    present = {d: aim_complete or rng.random() < 0.75 for d in ["name", "designation", "mobile", "sso_id"]}
    if rt == "sso_status":
        present["sso_id"] = rng.random() < 0.3   # harmless extra
    sso_as = rng.choice(["sso", "alt"])
    if "forgotten my SSO ID itself" in request:
        sso_as = "alt"   # who forgot the SSO ID itself can only give the alternate e-mail

    # ---- generic signature elements (decided first; details forced so the signatory never decides a detail)
    sig_phone_kind = None
    if generic:
        if aim_complete and closing is None:
            closing = rng.choice([c for c in CLOSINGS if c])
        if closing is None:
            sig = {k: False for k in sig}
        elif aim_complete:
            sig = {k: True for k in sig}
        else:
            sig = {k: rng.random() < 0.7 for k in sig}
        if sig["name"]:
            present["name"] = True
        if sig["designation"]:
            present["designation"] = True
        if sig["phone"]:
            sig_phone_kind = rng.choice(["landline", "ext", "mobile"])
            if sig_phone_kind == "mobile":
                present["mobile"] = True
        if sig["email"] and rt == "password_reset":
            present["sso_id"] = True   # an individual e-mail in the sign-off might be read as the alternate e-mail
    facts["present"] = present
    facts["sig"] = sig

    # ---- forms of the present details
    forms_allowed = ["label", "running", "table"] + (["signoff"] if (not generic and closing) else [])
    detail_val = {"name": officer, "designation": desig, "mobile": rng.choice(mobile_forms(mob_digits)),
                  "sso": sso_val, "alt": alt_addr}
    form = {}
    for d in ["name", "designation", "mobile", "sso_id"]:
        if present[d]:
            form[d] = rng.choice(forms_allowed)
    key = {"name": "name", "designation": "designation", "mobile": "mobile", "sso_id": sso_as}

    running = RUNNING_GEN if generic else RUNNING_IND
    intro_lines, label_lines, table_rows, signoff_detail = [], [], [], {}
    for d, fm in form.items():
        k = key[d]
        v = detail_val[k]
        if fm == "label":
            label_lines.append(rng.choice(LABELS[k]).format(v=v))
        elif fm == "running":
            intro_lines.append(rng.choice(running[k]).format(v=v, o=office))
        elif fm == "table":
            table_rows.append((rng.choice(TABLE_LABEL[k]), v))
        else:
            signoff_detail[d] = rng.choice(SIGNOFF_LINE[k]).format(v=v)

    # ---- decoys
    decoys = []
    pool = ["landline", "ext", "helpdesk", "quoted"]
    if rt == "password_reset" and not present["sso_id"]:
        pool.append("own_address")
    if generic and not sig["email"] and closing:
        pool.append("own_in_sig")
    for _ in range(rng.choice([0, 1, 1, 2])):
        dc = rng.choice(pool)
        if dc not in decoys:
            decoys.append(dc)
    for dc in ("own_address", "own_in_sig"):
        if dc in pool and dc not in decoys and rng.random() < 0.5:
            decoys.append(dc)
    absent = [d for d in need if not present[d]]
    if "quoted" in decoys and not absent:
        decoys.remove("quoted")

    paras = []
    p1 = [request] + intro_lines
    if "landline" in decoys:
        p1.append(f"My office landline number is {rng.choice(LANDLINES)}." if not generic
                  else f"The office landline is {rng.choice(LANDLINES)}.")
    if "ext" in decoys:
        p1.append(f"The office phone is {rng.choice(LANDLINES)} extension {rng.randrange(100, 400)}.")
    if "helpdesk" in decoys:
        p1.append(f"An earlier mail was also sent to {HELPDESK} on 28/10/2025.")
    if "own_address" in decoys:
        p1.append(f"Please reply to this mail ID {sender}.")
    paras.append(("p", " ".join(p1)))
    if label_lines:
        paras.append(("p", "\n".join(label_lines)))
    if table_rows:
        paras.append(("table", table_rows))
    paras.append(("p", rng.choice(["Kindly do the needful.", "Thanking you.", "Please do the needful at the earliest.",
                                   "कृपया आवश्यक कार्रवाई करें।", "Thanks in advance."])))

    # ---- sign-off
    if closing:
        sl = []
        if generic:
            sig_name = rng.choice([p for p in PEOPLE if p[0] != first])
            sig_desig = rng.choice(["Superintendent (Systems)", "Deputy Commissioner (System Manager)", "Assistant Commissioner (Systems)",
                                    "Inspector (EDI)", "Superintendent (ACL Admin)"])
            if sig["name"]:
                sl.append(f"{sig_name[0]} {sig_name[1]}")
            if sig["designation"]:
                sl.append(sig_desig)
            sl.append(office_line)
            if sig["email"]:
                ind = f"{sig_name[0].lower()}.{sig_name[1].lower()}@icegate.gov.in"
                sl.append(rng.choice(["Email: {v}", "E-mail ID: {v}", "{v}"]).format(v=ind))
            elif "own_in_sig" in decoys:
                sl.append(f"Email: {sender}")
            if sig["phone"]:
                if sig_phone_kind == "landline":
                    sl.append(rng.choice(LANDLINE_FORMS).format(v=rng.choice(LANDLINES)))
                elif sig_phone_kind == "ext":
                    sl.append(rng.choice(EXT_FORMS).format(v=rng.choice(LANDLINES), x=rng.randrange(100, 400)))
                else:
                    sl.append(rng.choice(SIGNOFF_LINE["mobile"]).format(
                        v=rng.choice(mobile_forms(mob_digits))))
        else:
            for d in ["name", "designation", "mobile", "sso_id"]:
                if d in signoff_detail:
                    sl.append(signoff_detail[d])
                    if d == "designation":
                        sl.append(office)
        sig_lines = ([closing.rstrip()] if closing != "-- " else ["-- "]) + sl
    body_paras = paras

    # ---- quoted history (a reply): an absent detail is only in the quoted earlier mail
    quoted = None
    if "quoted" in decoys:
        d = rng.choice(absent)
        k = key[d]
        qline = rng.choice(LABELS[k]).format(v=detail_val[k])
        qstyle = rng.choice(["gmail", "outlook"])
        qbody = [f"Sir,", "", "Please see my request below.", qline, "", "Regards"]
        if qstyle == "gmail":
            quoted = ["On Mon, 3 Nov 2025 at 10:12, " + (f"{disp} <{sender}>" if disp else sender) + " wrote:"] + \
                     ["> " + x if x else ">" for x in qbody]
        else:
            quoted = ["", "-----Original Message-----", f"From: {sender}", "Sent: Monday, November 3, 2025 10:12 AM",
                      f"To: {HELPDESK}", "Subject: " + SUBJECTS[rt][0], ""] + qbody

    # ---- attachment (a screenshot sometimes, kind other)
    attach = rt == "password_reset" and rng.random() < 0.12
    if attach:
        facts["attachment_kinds"] = ["other"]

    client = rng.choice(["plain", "qp", "b64", "alt", "html", "outlook"])
    subject = rng.choice(SUBJECTS[rt])
    if quoted:
        subject = "Re: " + subject

    plain = render_plain(greeting, body_paras, sig_lines, quoted)
    html = render_html(greeting, body_paras, sig_lines, quoted)
    if client == "plain":
        try:
            plain.encode("ascii")
            part = text(plain, "plain", "7bit")
        except UnicodeEncodeError:
            part = text(plain, "plain", "qp")
    elif client == "qp":
        part = text(plain, "plain", "qp")
    elif client == "b64":
        part = text(plain, "plain", "b64")
    elif client == "html":
        part = text(html, "html", "qp")
    else:
        part = multi("alternative", [text(plain, "plain", "qp"), text(html, "html", "qp")], f"=_c24_alt_{i:04d}")
    if attach:
        part = multi("mixed", [part, att(kit.make_png(48, 32, 180 + i % 50), "image/png", "login_error.png")],
                     f"=_c24_mix_{i:04d}")
    date = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][i % 5]}, {3 + i % 5} Nov 2025 {9 + i % 8:02d}:{(i * 7) % 60:02d}:00 +0530"
    mailer = {"outlook": kit.OUTLOOK, "alt": kit.TB, "plain": kit.ZIMBRA if sender.endswith("icegate.gov.in") else None,
              }.get(client)
    if mailer is None and "yahoo" in sender:
        mailer = kit.YAHOO
    elif mailer is None and "rediff" in sender:
        mailer = kit.REDIFF
    frm = addr(disp, sender) if disp else sender
    raw = mail(hdr(frm, subject, date, f"c24.{i:03d}.{SEED}@{sender.split('@')[1]}", mailer=mailer),
               part, crlf=(client == "outlook"), from_addr=sender)

    # name
    short = ["status" if rt == "sso_status" else "reset", cat if cat != "personal" else facts["sender_domain"].split(".")[0],
             client]
    e = verdict(facts)
    short.append("complete" if not e["missing"] else "no-" + "-".join(m.replace("signature_", "sig").replace("_", "")
                                                                         for m in e["missing"][:3]))
    name = f"{i:03d}-" + "-".join(short)
    desc = (f"{rt} from {kind} {sender} ({lang}, {client}); details " +
            ", ".join(f"{d}={form.get(d, 'absent')}" for d in need) +
            (f"; sig {''.join(k[0] for k, v in sig.items() if v) or 'none'}" if generic else "") +
            (f"; decoys {','.join(decoys)}" if decoys else "") + ("" if closing else "; no closing"))
    cov = {"sender": f"{kind} ({facts['sender_domain'] if kind != 'icegate' else 'icegate.gov.in'})",
           "request_type": rt, "language of the request": lang, "client / encoding": client,
           "greeting": greeting or "(none)", "closing": (closing or "(none)").strip() or "-- ",
           "attachment": "login_error.png (other)" if attach else "(none)"}
    for d in need:
        cov[f"{d} form"] = (form.get(d, "absent") + (f" ({sso_as})" if d == "sso_id" and d in form else ""))
    if generic:
        for k2, v2 in sig.items():
            cov[f"signature {k2}"] = "present" if v2 else "absent"
        if sig["phone"]:
            cov["signature phone kind"] = sig_phone_kind
    cov["decoys"] = decoys or ["(none)"]
    return name, raw, e, desc, cov


def render_plain(greeting, paras, sig_lines, quoted):
    out = []
    if greeting:
        out += [greeting, ""]
    for kindp, content in paras:
        if kindp == "p":
            out += content.split("\n") + [""]
        else:
            w = max(len(a) for a, _ in content) + 1
            out.append("-" * (w + 1) + "+" + "-" * 30)
            for a, b in content:
                out.append(f" {a.ljust(w)}| {b}")
            out.append("-" * (w + 1) + "+" + "-" * 30)
            out.append("")
    if sig_lines:
        out += sig_lines
    if quoted:
        out += [""] + quoted
    return "\n".join(out).rstrip("\n") + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(greeting, paras, sig_lines, quoted):
    out = ["<html><body>"]
    if greeting:
        out.append(f"<div>{esc(greeting)}</div><div><br></div>")
    for kindp, content in paras:
        if kindp == "p":
            out.append("<div>" + "<br>".join(esc(x) for x in content.split("\n")) + "</div><div><br></div>")
        else:
            out.append('<table border="1" cellpadding="3">' + "".join(
                f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in content) + "</table><div><br></div>")
    if sig_lines:
        if sig_lines[0] == "-- ":
            out.append("<div>-- <br>" + "<br>".join(esc(x) for x in sig_lines[1:]) + "</div>")
        else:
            out.append("<div>" + "<br>".join(esc(x) for x in sig_lines) + "</div>")
    if quoted:
        if quoted[0].startswith("On "):
            out.append(f"<div>{esc(quoted[0])}</div><blockquote>" +
                       "<br>".join(esc(x[2:] if x.startswith("> ") else x.lstrip(">")) for x in quoted[1:]) +
                       "</blockquote>")
        else:
            out.append("<div><br>" + "<br>".join(esc(x) for x in quoted[1:]) + "</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


README_HEAD = (HERE / "README.head.md")


def write_readme(rows, covs):
    from collections import Counter
    out = [README_HEAD.read_text(encoding="utf-8").rstrip("\n"), "", "## Counts (computed by make.py)", ""]
    c = Counter((e["request_type"], e["sender_kind"], e["action"]) for _, _, e in rows)
    out += ["| request_type | sender_kind | action | mails |", "| --- | --- | --- | --- |"]
    out += [f"| {a} | {b} | {x} | {n} |" for (a, b, x), n in sorted(c.items())]
    mc = Counter(m for _, _, e in rows for m in e["missing"])
    out += ["", "| missing code | mails |", "| --- | --- |"] + [f"| `{m}` | {n} |" for m, n in sorted(mc.items())]
    keys = []
    for cv in covs:
        for k in cv:
            if k not in keys:
                keys.append(k)
    for k in keys:
        cc = Counter()
        for cv in covs:
            if k in cv:
                for v in (cv[k] if isinstance(cv[k], list) else [cv[k]]):
                    cc[v] += 1
        out += ["", f"**{k}**: " + "; ".join(f"{v} {n}" for v, n in sorted(cc.items()))]
    out += ["", "## The mails", "", "| file | facts | expected |", "| --- | --- | --- |"]
    out += [f"| {n} | {d} | {e['action']} (missing {', '.join(e['missing']) or '-'}) |" for n, d, e in rows]
    (HERE / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    rng = random.Random(SEED)
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    rows, covs = [], []
    for i in range(1, N_MAILS + 1):
        name, raw, e, desc, cov = build_one(i, rng)
        covs.append(cov)
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append((name, desc, e))
    write_readme(rows, covs)
    print(f"wrote {len(rows)} mails")


if __name__ == "__main__":
    main()
