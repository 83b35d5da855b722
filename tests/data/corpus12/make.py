#!/usr/bin/env python3
"""Generate corpus12 for maild: telling what a mail asks, and telling robots from people.

Each mail is written by a different imagined officer, trader or machine; the request types come in
English, Hindi (Devanagari), Hinglish and mixed phrasings, and the robots (bounces, delay notices,
out-of-office replies, read receipts, list mail, no-reply notices, virus alerts) stand beside people
whose mail looks like a robot's. Every expected verdict is derived by hand from
../shared/spec/triage.md and template.md alone (blind to maild's code and the other corpora).
Run with .venv/bin/python (openpyxl, pypdf); two runs write identical bytes.
"""
from __future__ import annotations

import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# MIME / file builders are corpus2's (loaded, not copied), as corpus7 does.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
text, multi, att, alt, addr, ew = kit.text, kit.multi, kit.att, kit.alt, kit.addr, kit.ew
FIXED = (2025, 10, 1, 9, 0, 0)

# ================================================================= files


def repack(data: bytes) -> bytes:
    """openpyxl stamps 'now' into zip entries and core.xml: re-zip with fixed stamps."""
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


def O(first, last, desig, dob, doj, mob, alt_mail, office, mid=""):
    return (first, mid, last, desig, dob, doj, mob, alt_mail, office)


def template(*officers, fname="SSO_ID_creation_template.xlsx"):
    rows = []
    for i, (f, m, l, d, dob, doj, mob, am, off) in enumerate(officers, 1):
        rows.append([i, f, m, l, d, dob, doj, mob, am, off, "", ""])
    data = repack(kit.make_xlsx(rows))
    return (att(data, XLSX, fname), "template")


def sb(name, dob, doj, fname=None):
    fname = fname or f"Service_Book_{name.replace(' ', '_')}.pdf"
    return (att(kit.sb_pdf(name, dob, doj), PDF, fname), "service_book")


def doc(kind, fname, *lines):
    return (att(kit.make_pdf(list(lines)), PDF, fname), kind)


def promo(name, no="EST/112/2025", grade="Superintendent", fname=None):
    return doc("promotion_order", fname or f"Promotion_Order_{no.replace('/', '_')}.pdf",
               "GOVERNMENT OF INDIA", "OFFICE OF THE PRINCIPAL COMMISSIONER OF CUSTOMS",
               f"ESTABLISHMENT ORDER No. {no}", f"Sub: Promotion to the grade of {grade} - reg.",
               f"Sh./Smt. {name} is hereby promoted to the grade of {grade}", "with immediate effect.")


def transfer(name, no="TR/45/2025"):
    return doc("transfer_order", f"Transfer_Order_{no.replace('/', '_')}.pdf", "GOVERNMENT OF INDIA",
               f"TRANSFER ORDER No. {no}", f"Sh./Smt. {name} is transferred and posted to this Commissionerate.")


def posting(name, no="LPO/18/2025"):
    return doc("posting_order", f"Local_Posting_Order_{no.replace('/', '_')}.pdf", "OFFICE ORDER",
               f"LOCAL POSTING ORDER No. {no}", f"On joining, Sh./Smt. {name} is posted to Range-II, Division-I.")


def charge(name, what="Joining_Report"):
    return doc("charge_report", f"{what}_{name.split()[0]}.pdf", "ASSUMPTION OF CHARGE REPORT",
               f"I, {name}, have assumed charge of the post today forenoon.")


def photo(fname, tag):
    return (att(kit.jpeg(tag), JPG, fname), "other")


def screenshot(fname="screenshot.png", shade=180):
    return (att(kit.make_png(shade=shade), PNG, fname), "other")


# ================================================================= mails

CASES = []
_n = [0]


def date_of(i):
    import datetime as dt
    t = dt.datetime(2025, 11, 14, 9, 0, 0) + dt.timedelta(days=i // 6, minutes=(i * 47) % 540, seconds=(i * 7) % 60)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0530").replace(" 0", " ", 1)


def exp(kind, rt, missing=(), action=None, kinds=(), errors=()):
    if action is None:
        if kind == "automated":
            action = "ignore"
        elif rt in ("eccs", "trade_portal"):
            action = "redirect"
        elif rt == "unknown":
            action = "review"
        elif missing or errors:
            action = "request_missing"
        else:
            action = "acknowledge"
    if kind == "automated":
        assert not missing
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(kinds)}


CLIENTS = {
    "zimbra": kit.ZIMBRA, "outlook": kit.OUTLOOK, "tb": kit.TB, "iphone": kit.IPHONE, "yahoo": kit.YAHOO,
    "rediff": kit.REDIFF, "gmail": {}, "android": {"X-Mailer": "Android Mail"}, None: {},
}


def person(slug, frm, dname, subject, body, kind, rt, missing=(), atts=(), client="zimbra", extra=None,
           reply_to=None, action=None, html=True, cte="qp", intent="", crlf=False, body_part=None):
    """A mail written by a person: text (plus HTML alternative) and optional attachments."""
    _n[0] += 1
    i = _n[0]
    mid = f"c12.{i:03d}.{abs(hash_s(slug)) % 10**8}@{frm.split('@')[1]}"
    h = kit.hdr(addr(dname, frm), subject, date_of(i), mid, mailer=CLIENTS[client], extra=extra)
    if reply_to:
        h["In-Reply-To"] = f"<{reply_to}>"
        h["References"] = f"<{reply_to}>"
    if body_part is not None:
        tb = body_part
    elif html:
        tb = alt(body, b=f"{i:03d}", cte=cte)
    else:
        tb = text(body, "plain", cte)
    if atts:
        tb = multi("mixed", [tb] + [a for a, _ in atts], f"=_mix_{i:03d}_c12")
    raw = kit.mail(h, tb, crlf=crlf, from_addr=frm)
    kinds = [k for _, k in atts]
    CASES.append((f"{i:03d}-{slug}", raw, exp(kind, rt, missing, action, kinds), intent))


def hash_s(s):
    v = 7
    for ch in s.encode():
        v = (v * 131 + ch) % (2**61 - 1)
    return v


def robot(slug, head: str, body: str, rt="unknown", intent=""):
    """A machine's mail, written out raw: head lines (without MIME-Version/Date) and the body."""
    _n[0] += 1
    i = _n[0]
    d = date_of(i)
    raw = (f"Delivered-To: {HELPDESK}\n"
           "Received: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n"
           f"\tby mbox2.icegate.gov.in (Postfix) with ESMTP id 7A{i:03d}C0FF12\n\tfor <{HELPDESK}>; {d}\n"
           f"Date: {d}\n" + head.strip("\n").replace("{MID}", f"<r{i:03d}.{hash_s(slug) % 10**9}@c12.test>")
           + "\nMIME-Version: 1.0\n" + body.lstrip("\n"))
    CASES.append((f"{i:03d}-{slug}", raw.encode("utf-8"), exp("automated", rt, kinds=()), intent))


# ------------------------------------------------------------------ signatures
def sig(name, desig, mail, phone, office="", closing="Regards,"):
    lines = [closing, name, desig]
    if office:
        lines.append(office)
    if mail:
        lines.append(f"Email: {mail}")
    if phone:
        lines.append(phone)
    return "\n".join(lines)


GENERIC_DISCLAIMER = ("\n\n--\nThis e-mail is sent from the official generic mailbox of the office. "
                      "Please do not share passwords over e-mail.")

# =================================================================== people: creation


def creation():
    o1 = O("Harsh", "Vardhan", "Inspector", "14/02/1998", "03/11/2025", "9876501234", "harsh.vardhan98@gmail.com",
           "CGST Commissionerate, Jaipur")
    person("creation-new-joinee-ac-complete", "anil.saxena@icegate.gov.in", "Anil Saxena",
           "SSO ID for new joinee Inspector Harsh Vardhan",
           "Sir/Madam,\n\nSh. Harsh Vardhan has joined this Commissionerate as Inspector (new joinee, direct "
           "recruit through SSC CGL 2024) on 03.11.2025. He does not have any SSO ID.\n\nThe filled creation "
           "template and the first page of his service book are attached. Kindly create his SSO ID and ICEGATE "
           "e-mail ID.\n\nRegards,\nAnil Saxena\nAssistant Commissioner (Systems)\nCGST Jaipur",
           "icegate", "sso_creation", atts=[template(o1), sb("Harsh Vardhan", "14/02/1998", "03/11/2025")],
           intent="AC's own ICEGATE ID: 'new joinee', template + service book")

    offs = [O("Priyanka", "Chaudhary", "Inspector", "02/07/1999", "27/10/2025", "9812203344", "priyanka.ch99@gmail.com",
              "Custom House, Kandla"),
            O("Mohit", "Rana", "Inspector", "19/12/1997", "27/10/2025", "8851234409", "mohitrana1912@yahoo.com",
              "Custom House, Kandla"),
            O("Sandeep", "Kumar", "Inspector", "05/05/1996", "28/10/2025", "7043356781", "sandeepkumar.ssc@gmail.com",
              "Custom House, Kandla", mid="Singh")]
    person("creation-sysmgr-newly-recruited-three", "sysmgr.kandla@icegate.gov.in", "System Manager Kandla",
           "Creation of SSO IDs - newly recruited Inspectors (3)",
           "Respected Sir/Madam,\n\nThree newly recruited Inspectors have reported for duty at Custom House, "
           "Kandla. Kindly create SSO IDs and ICEGATE e-mail IDs for them. The consolidated template and the "
           "scanned service book pages of all three are enclosed.\n\n"
           + sig("Rakesh Mehta", "Superintendent (EDI) / System Manager", "rakesh.mehta@icegate.gov.in",
                 "Mobile: 98250 44871", "Custom House, Kandla"),
           "generic", "sso_creation",
           atts=[template(*offs, fname="Template_new_Inspectors_Kandla.xlsx"),
                 sb("Priyanka Chaudhary", "02/07/1999", "27/10/2025"), sb("Mohit Rana", "19/12/1997", "27/10/2025"),
                 sb("Sandeep Singh Kumar", "05/05/1996", "28/10/2025")],
           intent="System Manager's generic ID, fully signed: 'newly recruited Inspectors', template + 3 books")

    o = [O("Aditi", "Menon", "Assistant Commissioner", "11/03/1998", "15/09/2025", "9447012345", "aditi.menon.irs@gmail.com",
           "NACIN Faridabad"),
         O("Rohan", "Deshpande", "Assistant Commissioner", "23/08/1997", "15/09/2025", "9923345612",
           "rohan.deshpande97@gmail.com", "NACIN Faridabad")]
    person("creation-probationers-icegate-mail-ids", "admin.nacin@icegate.gov.in", "NACIN Admin",
           "Create ICEGATE mail id for IRS (C&IT) probationers",
           "Sir,\n\nPlease create ICEGATE mail id and SSO ID for the IRS (C&IT) officer trainees (probationers) of "
           "the 77th batch who are presently at NACIN, Faridabad. Template and service book pages enclosed.\n\n"
           + sig("Deepa Nair", "Joint Director, NACIN", "deepa.nair@icegate.gov.in", "Mob. +91 98110 23456"),
           "generic", "sso_creation",
           atts=[template(*o), sb("Aditi Menon", "11/03/1998", "15/09/2025"), sb("Rohan Deshpande", "23/08/1997", "15/09/2025")],
           intent="generic NACIN admin ID, Joint Director signs: ICEGATE mail IDs for probationers (direct recruits)")

    person("creation-hinglish-gmail-id-banwana-hai", "vikas.yadav.insp@gmail.com", "Vikas Yadav",
           "SSO ID banwana hai",
           "Namaste sir,\n\nMaine 10 Nov ko CGST Lucknow mein Inspector ke roop mein join kiya hai. Meri abhi "
           "tak koi SSO ID nahi hai, mujhe nayi SSO ID aur ICEGATE mail ID banwana hai. Kya process hai? "
           "Kripya bataye.\n\nVikas Yadav\nInspector, CGST Lucknow\n9935012345",
           "personal", "sso_creation", missing=["icegate_sender", "template", "service_book"], client="android",
           intent="Hinglish from a new Inspector's Gmail: no template, no book, not an ICEGATE sender")

    o = O("Sunita", "Kumari", "Inspector", "09/09/1999", "01/10/2025", "9431234567", "sunita.kumari9@gmail.com",
          "CGST Patna")
    person("creation-hindi-sysmgr-nai-sso-id", "sysmgr.patna@icegate.gov.in", "सिस्टम मैनेजर पटना",
           "नई एसएसओ आईडी बनाने हेतु अनुरोध",
           "महोदय/महोदया,\n\nसुश्री सुनीता कुमारी, निरीक्षक, ने दिनांक 01.10.2025 को सीजीएसटी पटना में कार्यभार ग्रहण किया है। "
           "कृपया उनकी नई एसएसओ आईडी एवं आईसगेट ई-मेल आईडी बनाने की कृपा करें। भरा हुआ टेम्पलेट तथा सेवा पुस्तिका का "
           "प्रथम पृष्ठ संलग्न है।\n\nसादर,\nराजीव रंजन / Rajiv Ranjan\nअधीक्षक (प्रणाली) / Superintendent (Systems)\n"
           "Email: rajiv.ranjan@icegate.gov.in\nमोबाइल / Mobile: 9431098765",
           "generic", "sso_creation", atts=[template(o, fname="Template_Patna.xlsx"), sb("Sunita Kumari", "09/09/1999", "01/10/2025")],
           cte="b64", intent="Hindi creation from a generic System Manager ID with a bilingual full signature")

    o = O("Abhishek", "Pandey", "Inspector", "30/01/2000", "06/11/2025", "8004561237", "abhi.pandey2000@gmail.com",
          "CGST Varanasi")
    person("creation-hindi-icegate-template-only", "manoj.tiwari@icegate.gov.in", "Manoj Tiwari",
           "नए निरीक्षक की एसएसओ आईडी",
           "महोदय,\n\nश्री अभिषेक पाण्डेय, निरीक्षक, नव नियुक्त हैं। उनकी एसएसओ आईडी बनानी है। टेम्पलेट संलग्न है, "
           "सेवा पुस्तिका की प्रति अलग से भेजी जाएगी।\n\nमनोज तिवारी\nसहायक आयुक्त",
           "icegate", "sso_creation", missing=["service_book"], atts=[template(o)],
           intent="Hindi, individual ICEGATE ID: template only, service book 'will be sent separately'")

    o = [O("Kiran", "Bhat", "Inspector", "17/06/1998", "20/10/2025", "9900112233", "kiranbhat.k@gmail.com", "Bengaluru Customs"),
         O("Naveen", "Gowda", "Inspector", "03/03/1997", "20/10/2025", "9845098450", "naveengowda03@gmail.com", "Bengaluru Customs")]
    person("creation-subject-only-pfa", "shashidhar.rao@icegate.gov.in", "Shashidhar Rao",
           "New SSO ID - 2 Inspectors (joined 20.10.2025)",
           "PFA.\n\nShashidhar Rao\nSupdt.",
           "icegate", "sso_creation",
           atts=[template(*o), sb("Kiran Bhat", "17/06/1998", "20/10/2025"), sb("Naveen Gowda", "03/03/1997", "20/10/2025")],
           intent="the body is only 'PFA': the subject says it is a creation")

    o = O("Farhan", "Qureshi", "Inspector", "21/04/1996", "12/11/2025", "9823009911", "farhanq96@gmail.com", "CGST Pune-I")
    person("creation-generic-only-designation-signed", "edi.punecgst@icegate.gov.in", "EDI Section",
           "Request for creation of SSO ID",
           "Sir,\n\nKindly create SSO ID for the newly joined Inspector Sh. Farhan Qureshi. Template and service "
           "book attached.\n\nRegards,\nSuperintendent (EDI)",
           "generic", "sso_creation", missing=["signature_name", "signature_email", "signature_phone"],
           atts=[template(o), sb("Farhan Qureshi", "21/04/1996", "12/11/2025")],
           intent="generic EDI mailbox signs with a designation only")

    person("creation-reminder-thread-no-attachments", "geeta.sharma@icegate.gov.in", "Geeta Sharma",
           "Re: Creation of SSO ID for newly joined Inspectors - Reminder 2",
           "Sir,\n\nThis is the second reminder. The template and service books for two newly joined Inspectors "
           "were sent on 04.11.2025 but the SSO IDs have not been created so far. Kindly expedite.\n\n"
           "Geeta Sharma\nDeputy Commissioner\n\nOn Tue, 4 Nov 2025 at 11:02, Geeta Sharma wrote:\n"
           "> Sir, kindly create SSO IDs for the two Inspectors. Template and service books attached.\n",
           "icegate", "sso_creation", missing=["template", "service_book"], reply_to="c12.prev.0411@icegate.gov.in",
           intent="reminder in a creation thread: this file carries no documents (judged on its own)")

    person("creation-reminder-generic-signed", "cus-estt.chennai@icegate.gov.in", "Establishment Section",
           "Reminder: SSO ID creation for Sh. Arunkumar, Inspector",
           "Sir,\n\nReference our mail dated 29.10.2025 requesting creation of SSO ID for Sh. Arunkumar "
           "Selvaraj, Inspector (new recruit). The ID has not been received yet. Please create it at the "
           "earliest.\n\n" + sig("M. Karthikeyan Murugan", "Administrative Officer, Estt.", "karthikeyan.m@icegate.gov.in",
                                 "Ph: 9444012398"),
           "generic", "sso_creation", missing=["template", "service_book"], reply_to="c12.prev.2910@icegate.gov.in",
           intent="reminder from a generic Establishment ID, fully signed; no documents in this file")

    o = O("Ritika", "Arora", "Inspector", "08/08/1999", "03/11/2025", "9650011223", "ritika.arora08@gmail.com", "Delhi Customs (Preventive)")
    person("creation-subject-says-password-body-new-id", "jitender.malik@icegate.gov.in", "Jitender Malik",
           "Password for new officer",
           "Sir,\n\nMs. Ritika Arora, Inspector, joined on 03.11.2025 on initial appointment. She has never had an "
           "SSO ID, so there is no password to reset; a new SSO ID and ICEGATE e-mail ID have to be created "
           "for her. Template and service book page are attached.\n\nJitender Malik\nAC (EDI)",
           "icegate", "sso_creation", atts=[template(o), sb("Ritika Arora", "08/08/1999", "03/11/2025")],
           intent="subject says 'password', the body asks for a new ID")

    o = O("Pooja", "Rathore", "Inspector", "25/12/1998", "05/11/2025", "7023456789", "pooja.rathore25@gmail.com", "CGST Udaipur")
    person("creation-hinglish-icegate-complete", "dinesh.meena@icegate.gov.in", "Dinesh Meena",
           "Naye Inspector ki SSO ID",
           "Sir,\n\nHamare yahan Ms. Pooja Rathore Inspector ne 05.11.2025 ko join kiya hai, unki nayi SSO ID create "
           "karni hai. Template aur service book ka pehla page attach kar diya hai. Kripya jaldi bana dijiye.\n\n"
           "Dhanyawad\nDinesh Meena\nSupdt (Systems), Udaipur",
           "icegate", "sso_creation", atts=[template(o), sb("Pooja Rathore", "25/12/1998", "05/11/2025")],
           intent="Hinglish creation from an individual ICEGATE ID, complete")

    person("creation-sysmgr-personal-yahoo", "rk.sinha1971@yahoo.co.in", "R K Sinha",
           "SSO ID creation - new Inspector (sending from yahoo as icegate not opening)",
           "Sir,\n\nMy ICEGATE mail is not opening today, hence sending from personal ID. Please create SSO ID for "
           "the new Inspector Sh. Amit Prakash who joined on 07.11.2025. Template and service book will be sent "
           "from the official ID.\n\nRegards\nRanjit Kumar Sinha\nSystem Manager, Custom House Kolkata",
           "personal", "sso_creation", missing=["icegate_sender", "template", "service_book"], client="yahoo",
           intent="a System Manager writes a creation request from his own Yahoo mailbox, no documents")

    o = O("Lalrinmawia", "Ralte", "Inspector", "12/10/1998", "30/10/2025", "8787012345", "mawia.ralte@gmail.com", "CGST Aizawl")
    inner = multi("mixed", [text("Sir,\n\nI have joined as Inspector at Aizawl on 30.10.2025. I request creation of "
                                  "my SSO ID. Filled template and service book attached.\n\nLalrinmawia Ralte\nInspector\n",
                                  "plain", "qp"),
                             template(o)[0], sb("Lalrinmawia Ralte", "12/10/1998", "30/10/2025")[0]], "=_inner_c12_fwd")
    fwd = MIMEMessage(inner)
    inner["From"] = "Lalrinmawia Ralte <mawia.ralte@gmail.com>"
    inner["Subject"] = "Request for SSO ID"
    inner["Date"] = "Fri, 31 Oct 2025 10:10:00 +0530"
    person("creation-acl-admin-forwards-rfc822", "acladmin.shillong@icegate.gov.in", "ACL Admin Shillong",
           "Fw: Request for SSO ID - Inspector, Aizawl",
           "Sir,\n\nForwarded herewith the request of the newly joined Inspector for creation of SSO ID, with "
           "template and service book (verified).\n\n"
           + sig("Bikash Das", "Superintendent, ACL Admin", "bikash.das@icegate.gov.in", "Mob: 9436012345",
                 "CGST Shillong Zone"),
           "generic", "sso_creation",
           body_part=multi("mixed", [text("Sir,\n\nForwarded herewith the request of the newly joined Inspector for "
                                          "creation of SSO ID, with template and service book (verified).\n\n"
                                          + sig("Bikash Das", "Superintendent, ACL Admin", "bikash.das@icegate.gov.in",
                                                "Mob: 9436012345", "CGST Shillong Zone"), "plain", "qp"), fwd],
                           "=_fwd_c12_outer"),
           intent="ACL admin's generic ID forwards the officer's mail as an attached message/rfc822; files inside count")
    CASES[-1][2]["attachment_kinds"] = sorted(["template", "service_book"])

    o = O("Meenakshi", "Sundaram", "Inspector", "01/06/1997", "10/11/2025", "9894012345", "meenakshi.s97@gmail.com", "Madurai Customs")
    person("creation-re-automatic-reply-person", "sysmgr.madurai@icegate.gov.in", "System Manager Madurai",
           "Re: Automatic reply: SSO ID creation - Inspector Meenakshi Sundaram",
           "Sir,\n\nWe received only your automatic reply to our earlier mail. Re-sending the request for creation "
           "of SSO ID for Ms. Meenakshi Sundaram, Inspector (initial appointment). Template and service book "
           "attached again.\n\n"
           + sig("P. Senthil Kumaran", "Appraiser / Alternate System Manager", "senthil.kumaran@icegate.gov.in",
                 "Mobile: 94430 56789"),
           "generic", "sso_creation", atts=[template(o), sb("Meenakshi Sundaram", "01/06/1997", "10/11/2025")],
           reply_to="autoreply.77@icegate.gov.in",
           intent="a person replies to an automatic reply ('Re: Automatic reply:'): not automated")


# =================================================================== people: status


def status():
    person("status-already-have-an-id-gmail", "nitin.joshi.cbic@gmail.com", "Nitin Joshi",
           "Do I already have an SSO ID?",
           "Sir,\n\nI joined the department in 2014 as Tax Assistant and was promoted as Inspector in 2019. I do not "
           "know whether I already have an SSO ID. Kindly check and inform.\n\nName: Nitin Joshi\n"
           "Designation: Inspector, CGST Nagpur\nMobile: 9822012345\n\nThanks\nNitin",
           "personal", "sso_status", client="gmail",
           intent="'already have an SSO ID?' from a personal Gmail, all three details labelled")

    person("status-previous-station-gmail", "shalini.verma85@gmail.com", "Shalini Verma",
           "Whether SSO ID was made at my previous station",
           "Respected Sir/Madam,\n\nI was earlier posted in Mumbai Customs Zone-III and have now joined Audit "
           "Commissionerate, Bhopal. I am not sure whether an SSO ID was made for me at my previous station. "
           "Please let me know whether any SSO ID / ICEGATE mail ID exists in my name.\n\nRegards,\nShalini Verma\n"
           "Superintendent\nMob: 9425123456",
           "personal", "sso_status", client="gmail",
           intent="status: 'whether ID was made earlier at my previous station', signature block details")

    person("status-duplicate-id-check-icegate", "arvind.kulkarni@icegate.gov.in", "Arvind Kulkarni",
           "Duplicate ID check",
           "Sir,\n\nWhile logging in to ACES I see a different SSO ID from the one I used in Goa. Please check "
           "whether more than one SSO ID already exists in my name and tell me which one is active.\n\n"
           "Name - Arvind Kulkarni\nDesignation - Appraiser\nMobile - 98230 11224\n",
           "icegate", "sso_status",
           intent="'duplicate ID check': asks whether IDs exist in his name (status), from his ICEGATE ID")

    person("status-hindi-personal", "ramesh.prajapati72@gmail.com", "रमेश प्रजापति",
           "क्या मेरी एसएसओ आईडी पहले से बनी है?",
           "महोदय,\n\nमुझे जानकारी नहीं है कि मेरे नाम पर पहले से कोई एसएसओ आईडी बनी हुई है या नहीं। कृपया जाँच कर "
           "सूचित करें।\n\nनाम / Name: रमेश प्रजापति (Ramesh Prajapati)\nपदनाम / Designation: निरीक्षक (Inspector)\n"
           "मोबाइल / Mobile: 9414012345\n",
           "personal", "sso_status", client="gmail", cte="b64",
           intent="Hindi status enquiry from a personal Gmail, bilingual labels")

    person("status-hinglish-no-mobile", "sanjay.kushwaha@rediffmail.com", "Sanjay Kushwaha",
           "meri SSO ID bani hai ya nahi",
           "Sir,\n\nMeri SSO ID bani hai ya nahi, kripya check kar ke bata dijiye. Mujhe yaad nahi ki joining ke "
           "samay ID bani thi.\n\nNaam: Sanjay Kushwaha\nPad: Inspector, CGST Indore\n",
           "personal", "sso_status", missing=["mobile"], client="rediff",
           intent="Hinglish status without any phone number")

    person("status-landline-only", "pradeep.nambiar@yahoo.com", "Pradeep Nambiar",
           "Enquiry - SSO ID in my name",
           "Sir,\n\nKindly confirm whether an SSO ID has been created in my name.\n\nName: Pradeep Nambiar\n"
           "Designation: Superintendent, Cochin Custom House\nOffice Phone: 0484-2666413\n",
           "personal", "sso_status", missing=["mobile"], client="yahoo",
           intent="status: only an office landline (STD code), which is not a mobile")

    person("status-generic-on-behalf-signed", "div3.cgsthyd@gmail.com", "Division III Hyderabad",
           "Whether SSO ID exists - Sh. Venu Gopal, Inspector",
           "Sir,\n\nSh. Venu Gopal, Inspector of this Division, is not sure whether an SSO ID already exists in his "
           "name. His details: Name: Venu Gopal Reddy, Designation: Inspector, Mobile: 9848012345. Kindly "
           "check and inform.\n\n"
           + sig("K. Srinivas Rao", "Superintendent, Division-III", "ksrinivas.rao@icegate.gov.in", "Mob: 9490112233",
                 "CGST Hyderabad"),
           "generic", "sso_status", client="gmail",
           intent="a Division's office Gmail asks on behalf of an Inspector, fully signed")

    person("status-generic-no-individual-email", "range2.cgstsurat@gmail.com", "Range II Surat",
           "SSO ID created or not?",
           "Sir,\n\nPlease check whether SSO ID has been created for Ms. Hetal Patel, Inspector, Mobile 9727012345.\n\n"
           "Regards,\nBharat Solanki\nSuperintendent, Range-II\nPh: 9825012398\n",
           "generic", "sso_status", missing=["signature_email"], client="gmail",
           intent="a Range office Gmail (generic) signs without an individual e-mail ID")

    person("status-subject-carries-the-question", "meera.iyer.cbic@gmail.com", "Meera Iyer",
           "Is an SSO ID already created in my name?",
           "Please check.\n\nName: Meera Iyer\nDesignation: Inspector (Preventive), Chennai\nMobile: 9962012345\n",
           "personal", "sso_status", client="iphone", html=False,
           intent="the body only says 'Please check': the subject asks the question")

    person("status-name-only-in-display", "insp.trichy2011@gmail.com", "Gopinath Raman",
           "SSO ID status",
           "Sir,\n\nWhether any SSO ID is available in my name? I never received login details.\n\n"
           "Designation: Inspector, Trichy Customs\nMobile: 9443312345\n",
           "personal", "sso_status", missing=["name"], client="gmail",
           intent="status: the name is only in the From display name")

    person("status-auto-submitted-no-person", "kavya.shetty.cbic@gmail.com", "Kavya Shetty",
           "Checking if SSO ID exists",
           "Sir,\n\nI request you to check if an SSO ID exists in my name. I joined CGST Mangaluru on transfer "
           "from Income Tax (deputation) last year.\n\nName: Kavya Shetty\nDesignation: Superintendent\n"
           "Mobile: +91-9448012345\n",
           "personal", "sso_status", client="gmail", extra={"Auto-Submitted": "no"},
           intent="a person's mail that says 'Auto-Submitted: no': not automated")

    person("status-mixed-no-designation", "harpreet.kaur.cbic@gmail.com", "Harpreet Kaur",
           "SSO ID hai ya nahi? / whether SSO ID exists",
           "Sir, mujhe pata nahi ki meri SSO ID pehle se hai ya nahi. Please check and call me.\n\n"
           "Regards,\nHarpreet Kaur\n98140 12345\n",
           "personal", "sso_status", missing=["designation"], client="android",
           intent="mixed Hinglish/English status: name and mobile but no designation anywhere")


# =================================================================== people: reset


def reset():
    person("reset-account-locked-wrong-attempts", "suresh.pillai@icegate.gov.in", "Suresh Pillai",
           "SSO account locked after wrong attempts",
           "Sir,\n\nMy SSO account got locked after three wrong password attempts this morning. Kindly unlock it "
           "and reset the password.\n\nName: Suresh Pillai\nDesignation: Superintendent\nSSO ID: SURESHP1978\n"
           "Mobile: 9447098765\n",
           "icegate", "password_reset",
           intent="'account locked after wrong attempts' from the officer's ICEGATE ID, complete")

    person("reset-otp-old-mobile", "neha.bansal@icegate.gov.in", "Neha Bansal",
           "OTP not received - cannot reset password",
           "Sir,\n\nI am unable to reset my SSO password as the OTP goes to my old mobile number which is no longer "
           "in use. Please reset the password and update my new number.\n\nName: Neha Bansal\n"
           "Designation: Inspector, CGST Chandigarh\nSSO ID: NBANSAL91\nNew mobile: 7087012345\n",
           "icegate", "password_reset",
           intent="'OTP not received on old mobile so cannot reset'")

    person("reset-forgot-sso-id-gmail-own-address", "tarun.goswami88@gmail.com", "Tarun Goswami",
           "Forgot my SSO ID",
           "Sir,\n\nI have forgotten my SSO ID itself, not just the password. Please tell me my SSO ID and reset the "
           "password.\n\nRegards,\nTarun Goswami\nInspector, Guwahati Customs\nMobile 9435012345\n",
           "personal", "password_reset", missing=["icegate_sender", "sso_id"], client="gmail",
           intent="'forgot SSO ID itself' from Gmail: the sender's own address is no alternate e-mail")

    person("reset-mailbox-inactive-long-leave", "bhavna.trivedi@icegate.gov.in", "Bhavna Trivedi",
           "Mailbox inactive after long leave",
           "Sir,\n\nI was on child care leave for eight months. Now my ICEGATE mailbox and SSO ID have become "
           "inactive. Kindly activate them.\n\nName: Bhavna Trivedi\nDesignation: Superintendent, Ahmedabad\n"
           "Alternate e-mail ID: bhavna.trivedi80@gmail.com\nMobile: 9824012345\n",
           "icegate", "password_reset",
           intent="activation of an ID that went inactive after long leave; alternate e-mail instead of SSO ID")

    person("reset-hindi-password-bhool-gaya", "rajkumar.yadav@icegate.gov.in", "राजकुमार यादव",
           "पासवर्ड भूल गया",
           "महोदय,\n\nमैं अपना एसएसओ आईडी का पासवर्ड भूल गया हूँ। कृपया पासवर्ड रीसेट करने की कृपा करें।\n\n"
           "नाम / Name: राजकुमार यादव\nपदनाम / Designation: अधीक्षक (Superintendent)\nएसएसओ आईडी / SSO ID: RKYADAV1975\n"
           "मोबाइल / Mobile: 9415012345\n",
           "icegate", "password_reset", cte="b64",
           intent="Hindi 'पासवर्ड भूल गया' from the officer's ICEGATE ID, complete")

    person("reset-hinglish-no-sso-id", "sachin.chauhan@icegate.gov.in", "Sachin Chauhan",
           "password reset karna hai",
           "Sir, mera ACES ka password bhool gaya hoon, please reset kar dijiye.\n\nDhanyavaad,\nSachin Chauhan\nInspector, "
           "CGST Meerut\nMob 9758012345\n",
           "icegate", "password_reset", missing=["sso_id"], client="android",
           intent="Hinglish reset: name, designation, mobile but no SSO ID or alternate e-mail")

    person("reset-generic-sysmgr-for-officer", "sysmgr.vizag@icegate.gov.in", "System Manager Vizag",
           "Password reset request - Sh. Prasad, Appraiser",
           "Sir,\n\nSh. Durga Prasad, Appraiser, is unable to log in to ICES/ACES as his password has expired and "
           "reset through the portal is failing. Kindly reset.\n\nName: Durga Prasad Kota\nDesignation: Appraiser\n"
           "User ID: DPKOTA1982\nMobile No.: 9849012345\n\n"
           + sig("Sravani Lakshmi", "Superintendent (EDI), System Manager", "sravani.l@icegate.gov.in",
                 "Mobile: 9866012345", "Custom House, Visakhapatnam"),
           "generic", "password_reset",
           intent="System Manager's generic ID asks a reset for an officer; 'User ID' label; fully signed")

    person("reset-generic-unsigned", "cex.audit.rajkot@icegate.gov.in", "Audit Rajkot",
           "Reset password",
           "Sir,\n\nPlease reset the password of the following officer.\nName: Jayesh Parmar\nDesignation: Inspector\n"
           "SSO ID: JPARMAR88\nMobile: 9879012345\n\nThanks\nAudit Commissionerate, Rajkot\n",
           "generic", "password_reset",
           missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           intent="generic ID: officer's details are labelled but the sign-off is only the office name")

    person("reset-personal-gmail-complete", "deepak.negi.cbic@gmail.com", "Deepak Negi",
           "Password reset - SSO ID",
           "Sir,\n\nI forgot my SSO password. Sending from my Gmail as I cannot open the ICEGATE mailbox.\n\n"
           "Name: Deepak Negi\nDesignation: Inspector, CGST Dehradun\nSSO ID: DNEGI1990\nMobile: 9412012345\n",
           "personal", "password_reset", missing=["icegate_sender"], client="gmail",
           intent="complete reset request but from a personal Gmail")

    person("reset-landline-only", "mahesh.kamath@icegate.gov.in", "Mahesh Kamath",
           "Unable to login - reset password",
           "Sir,\n\nKindly reset my SSO password.\n\nName: Mahesh Kamath\nDesignation: Deputy Commissioner\n"
           "SSO ID: MKAMATH01\nTel: 0832-2520412\n",
           "icegate", "password_reset", missing=["mobile"],
           intent="reset with only an STD landline number")

    person("reset-outlook-x-auto-response-suppress", "anjali.mishra@icegate.gov.in", "Anjali Mishra",
           "Password reset - ICEGATE mail",
           "Dear Sir,\r\n\r\nI am unable to open my ICEGATE mailbox since the password expired. Kindly reset it.\r\n\r\n"
           "Name: Anjali Mishra\r\nDesignation: Assistant Commissioner\r\nSSO ID: AMISHRA2012\r\nMobile: 9811012345\r\n\r\n"
           "Regards,\r\nAnjali Mishra".replace("\r\n", "\n"),
           "icegate", "password_reset", client="outlook", crlf=True,
           extra={"X-Auto-Response-Suppress": "All", "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
           intent="Outlook mail of a person with X-Auto-Response-Suppress: All: not automated")

    person("reset-person-subject-delivery-failed", "yogesh.patil.cus@gmail.com", "Yogesh Patil",
           "Delivery failed - please help",
           "Sir,\n\nAll mails sent to my ICEGATE ID yogesh.patil@icegate.gov.in are coming back with 'delivery "
           "failed'. I think my mailbox is inactive. Please activate the mailbox and reset the password.\n\n"
           "Name: Yogesh Patil\nDesignation: Inspector, JNCH\nSSO ID: YPATIL1993\nMobile: 9766012345\n",
           "personal", "password_reset", missing=["icegate_sender"], client="gmail",
           intent="a person's subject reads like a bounce ('Delivery failed'); asks activation from Gmail")

    fwd_bounce = ("Sir,\n\nMy earlier reply to your mail came back (bounce below). Sending my details again. "
                  "Please reset my SSO password.\n\nName: Imran Sheikh\nDesignation: Inspector\nSSO ID: ISHEIKH89\n"
                  "Mobile: 9890012345\n\n---------- Forwarded message ---------\n"
                  "From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\nDate: Mon, 17 Nov 2025 at 10:12\n"
                  "Subject: Undelivered Mail Returned to Sender\nTo: <imran.sheikh@icegate.gov.in>\n\n"
                  "This is the mail system at host mx.icegate.gov.in.\nI'm sorry to have to inform you that your message "
                  "could not be delivered to one or more recipients.\n<si.helpdesk@icegate.gov.in>: mailbox full\n")
    person("reset-person-forwards-bounce-inline", "imran.sheikh@icegate.gov.in", "Imran Sheikh",
           "Fwd: Undelivered Mail Returned to Sender", fwd_bounce, "icegate", "password_reset",
           intent="a person forwards a bounce and repeats a complete reset request: the forwarder is a person")

    person("reset-back-from-leave-out-of-office-words", "rekha.nair@icegate.gov.in", "Rekha Nair",
           "Back in office - ICEGATE ID inactive",
           "Sir,\n\nI was out of office on long leave and my auto-reply was on. Now my ICEGATE ID shows inactive. "
           "Please activate it.\n\nRegards,\nRekha Nair\nSuperintendent, Cochin\nAlternate email: rekhanair.k@gmail.com\n"
           "Mobile: 9895012345\n",
           "icegate", "password_reset",
           intent="a person writes about her out-of-office reply; asks activation")

    person("reset-re-automatic-reply-person", "ganesh.hegde@icegate.gov.in", "Ganesh Hegde",
           "Re: Automatic reply: Password reset",
           "Sir,\n\nI got only an automatic reply. My password is still not reset. Details again:\n"
           "Name: Ganesh Hegde\nDesignation: Inspector\nSSO ID: GHEGDE1994\nMobile: 9480012345\n",
           "icegate", "password_reset", reply_to="autoreply.91@icegate.gov.in",
           intent="a person's reply 'Re: Automatic reply:': not automated")

    person("reset-mobile-plus91-spaces-user-id", "farida.khan@icegate.gov.in", "Farida Khan",
           "Request for new password",
           "Madam/Sir,\n\nRequest you to kindly provide a new password for my SSO login.\n\nRegards,\nFarida Khan\n"
           "Inspector, CGST Bhopal\nUser ID - FKHAN1987\n+91 94250 12345\n",
           "icegate", "password_reset",
           intent="reset details in the sign-off; '+91 94250 12345' is a mobile")

    person("reset-password-expired-aces", "tushar.ghosh@icegate.gov.in", "Tushar Ghosh",
           "ACES password expired",
           "Sir,\n\nMy ACES/SSO password has expired and the change password page gives an error. Kindly reset the "
           "same.\n\nName: Tushar Ghosh\nDesignation: Superintendent, CGST Kolkata South\nSSO ID: TGHOSH76\n"
           "Mobile: 9433012345\n",
           "icegate", "password_reset",
           intent="SSO password expired: a reset")

    person("reset-bengali-english-mixed-no-designation", "subrata.paul@icegate.gov.in", "Subrata Paul",
           "Password reset / পাসওয়ার্ড রিসেট",
           "Sir,\n\nPlease reset my SSO ID password. অনুগ্রহ করে পাসওয়ার্ড রিসেট করুন।\n\nRegards,\nSubrata Paul\n"
           "SSO ID: SPAUL1985\nMobile: 9830012345\n",
           "icegate", "password_reset", missing=["designation"],
           intent="mixed English/Bengali reset without a designation")


# =================================================================== people: designation / roles


def designation():
    person("promo-vide-order-icegate-complete", "ashok.dubey@icegate.gov.in", "Ashok Dubey",
           "Updation of designation - promoted to Superintendent",
           "Sir,\n\nI have been promoted to Superintendent vide Establishment Order No. EST/112/2025 dated "
           "10.11.2025. ACES still shows my designation as Inspector. Kindly update. Copy of the promotion order and "
           "the first page of my service book are attached.\n\nAshok Dubey\nSuperintendent, CGST Raipur",
           "icegate", "designation_update",
           atts=[promo("Ashok Dubey"), sb("Ashok Dubey", "12/01/1980", "02/05/2006")],
           intent="'promoted to Superintendent vide order', promotion order + service book")

    person("promo-change-designation-sso-profile-sysmgr", "sysmgr.tuticorin@icegate.gov.in", "System Manager Tuticorin",
           "Change designation in SSO profile",
           "Sir,\n\nPlease change the designation in the SSO profile of Sh. Murugan Pandian from Inspector to "
           "Superintendent consequent on his promotion. Promotion order and service book page enclosed.\n\n"
           + sig("Jeyakumar Ponraj", "Superintendent / System Manager", "jeyakumar.p@icegate.gov.in", "Cell: 9442012345"),
           "generic", "designation_update",
           atts=[promo("Murugan Pandian", "EST/77/2025"), sb("Murugan Pandian", "03/03/1979", "14/07/2005")],
           intent="'change designation in SSO profile' from a fully signed System Manager ID")

    person("promo-hindi-padonnati-order-only", "vinod.shukla@icegate.gov.in", "विनोद शुक्ला",
           "पदोन्नति के पश्चात पदनाम अद्यतन",
           "महोदय,\n\nमेरी पदोन्नति निरीक्षक से अधीक्षक के पद पर हो गई है। कृपया एसीईएस में मेरा पदनाम अद्यतन करें। "
           "पदोन्नति आदेश संलग्न है।\n\nविनोद शुक्ला\nअधीक्षक",
           "icegate", "designation_update", missing=["service_book"], atts=[promo("Vinod Shukla", "EST/90/2025")],
           cte="b64", intent="Hindi 'पदोन्नति': promotion order only")

    person("promo-hinglish-gmail-no-docs", "rahul.thakur.89@gmail.com", "Rahul Thakur",
           "promotion ho gaya - designation update",
           "Sir, mera promotion Inspector se Superintendent ho gaya hai, par ACES mein abhi bhi Inspector dikha "
           "raha hai. Designation update kar dijiye please.\n\nRahul Thakur\nCGST Shimla",
           "personal", "designation_update", missing=["icegate_sender", "promotion_order", "service_book"],
           client="android", intent="Hinglish from a Gmail, no documents")

    person("promo-subject-password-body-promotion", "kamala.devi@icegate.gov.in", "Kamala Devi",
           "Password reset",
           "Sir,\n\nPlease ignore the subject line - my password is working fine. What I need is the updation of my "
           "designation in ACES, as I have been promoted as Assistant Commissioner. Promotion order and service book "
           "page attached.\n\nKamala Devi\nAssistant Commissioner",
           "icegate", "designation_update",
           atts=[promo("Kamala Devi", "EST/301/2025", "Assistant Commissioner"), sb("Kamala Devi", "07/07/1975", "01/03/2001")],
           intent="subject says 'Password reset'; the body says it is not, it is a promotion update")

    person("promo-subject-only-pfa", "ramesh.pal@icegate.gov.in", "Ramesh Pal",
           "Designation update on promotion - Ramesh Pal, Appraiser",
           "PFA promotion order and SB first page.\n\nRegards,\nRamesh Pal",
           "icegate", "designation_update",
           atts=[promo("Ramesh Pal", "EST/55/2025", "Appraiser"), sb("Ramesh Pal", "19/11/1984", "22/08/2009")],
           intent="body only names the files; the subject says what is asked")

    person("promo-generic-unsigned", "estt.cgstagra@icegate.gov.in", "Establishment Agra",
           "Designation change on promotion",
           "Sir,\n\nThe following Inspectors have been promoted to Superintendent. Kindly update their designation "
           "in ACES. Promotion order and service book pages attached.\n\nEstablishment Section\nCGST Agra",
           "generic", "designation_update",
           missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           atts=[promo("Neeraj Gupta and Alok Sharma", "EST/140/2025"), sb("Neeraj Gupta", "02/02/1982", "03/03/2008"),
                 sb("Alok Sharma", "04/04/1983", "05/05/2009")],
           intent="generic Establishment mailbox, unsigned, documents complete")

    person("promo-reminder-no-attachments", "sheetal.jain@icegate.gov.in", "Sheetal Jain",
           "Re: Updation of designation after promotion - reminder",
           "Sir,\n\nKind reminder. My designation is still shown as Inspector even after my promotion to "
           "Superintendent. Documents were sent earlier.\n\nSheetal Jain\nSuperintendent",
           "icegate", "designation_update", missing=["promotion_order", "service_book"],
           reply_to="c12.prev.promo.88@icegate.gov.in", intent="promotion reminder with no documents in this file")

    person("promo-mixed-aces-still-inspector", "kuldeep.singh@icegate.gov.in", "Kuldeep Singh",
           "ACES mein designation abhi bhi Inspector",
           "Sir,\n\nPromotion order ke anusaar main ab Superintendent hoon (order attached), lekin ACES aur SSO "
           "profile mein designation Inspector hi hai. Service book page bhi attach hai. Please update.\n\n"
           "Kuldeep Singh\nSupdt., CGST Ludhiana",
           "icegate", "designation_update",
           atts=[promo("Kuldeep Singh", "EST/09/2025"), sb("Kuldeep Singh", "15/08/1981", "10/10/2007")],
           intent="mixed Hinglish: designation still Inspector after promotion, complete")


def roles():
    person("role-map-aces-after-transfer-complete", "pankaj.srivastava@icegate.gov.in", "Pankaj Srivastava",
           "Map ACES roles - joined on transfer",
           "Sir,\n\nI have joined CGST Kanpur on transfer from Lucknow. Kindly map my ACES roles as per the "
           "enclosed transfer order, local posting order and joining report.\n\nPankaj Srivastava\nSuperintendent",
           "icegate", "role_mapping",
           atts=[transfer("Pankaj Srivastava"), posting("Pankaj Srivastava"), charge("Pankaj Srivastava")],
           intent="'map ACES roles' after transfer, all three documents")

    person("role-unmap-relieved-officer-generic", "hqcomputercell.kochi@icegate.gov.in", "HQ Computer Cell Kochi",
           "Unmap roles of officer relieved",
           "Sir,\n\nSh. Jose Thomas, Superintendent, has been relieved from this Commissionerate on 14.11.2025 on "
           "transfer to Trivandrum. Kindly unmap his roles in ACES. Relief report enclosed.\n\n"
           + sig("Anitha George", "Superintendent (Computer Cell)", "anitha.george@icegate.gov.in", "Mob: 9446012345"),
           "generic", "role_mapping", missing=["transfer_order", "posting_order"],
           atts=[charge("Jose Thomas", "Relief_Report")],
           intent="'unmap roles of officer relieved': only the relief report")

    person("role-gst-backoffice-after-joining", "lata.mangeshkar.k@icegate.gov.in", "Lata K",
           "Assign GST back-office role after joining",
           "Sir,\n\nConsequent on my joining at Range-II, Division-I, kindly assign the GST back-office (BO) role "
           "of Range Officer. Transfer order, local posting order and joining report are attached.\n\n"
           "Lata Kulkarni\nInspector",
           "icegate", "role_mapping",
           atts=[transfer("Lata Kulkarni", "TR/81/2025"), posting("Lata Kulkarni", "LPO/33/2025"), charge("Lata Kulkarni")],
           intent="'assign GST back-office role after joining', complete")

    person("role-range-superintendent-generic-no-transfer", "div1.cgstnashik@icegate.gov.in", "Division I Nashik",
           "Role of Range Superintendent - Sh. Patil",
           "Sir,\n\nSh. Sameer Patil has taken charge as Range Superintendent, Range-IV. Please assign him the role "
           "of Range Superintendent in ACES. Posting order and charge report attached.\n\n"
           + sig("Vaishali Deshmukh", "Assistant Commissioner, Division-I", "vaishali.d@icegate.gov.in",
                 "Mobile: 9422012345"),
           "generic", "role_mapping", missing=["transfer_order"],
           atts=[posting("Sameer Patil", "LPO/12/2025"), charge("Sameer Patil", "Charge_Report")],
           intent="'role of Range Superintendent': posting order and charge report, no transfer order")

    person("role-hinglish-no-docs", "pawan.rawat@icegate.gov.in", "Pawan Rawat",
           "ACES mein role map karwana hai",
           "Sir, transfer hoke Haridwar aaya hoon, ACES mein mera role map karwana hai. Documents baad mein bhejta "
           "hoon.\n\nPawan Rawat\nInspector",
           "icegate", "role_mapping", missing=["transfer_order", "posting_order", "charge_report"], client="android",
           intent="Hinglish role mapping, documents to follow")

    person("role-hindi-generic-complete", "cgst.jodhpur.hq@icegate.gov.in", "मुख्यालय जोधपुर",
           "स्थानांतरण पर एसीईएस में रोल मैपिंग",
           "महोदय,\n\nश्री हेमंत व्यास, निरीक्षक, ने स्थानांतरण पर इस आयुक्तालय में कार्यभार ग्रहण किया है। कृपया "
           "एसीईएस में उनकी रोल मैपिंग करें। स्थानांतरण आदेश, स्थानीय पदस्थापन आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न है।\n\n"
           "सादर,\nअरविंद जोशी / Arvind Joshi\nअधीक्षक (मुख्यालय) / Superintendent (HQ)\nEmail: arvind.joshi@icegate.gov.in\n"
           "Mobile: 9414098765",
           "generic", "role_mapping", cte="b64",
           atts=[transfer("Hemant Vyas", "TR/05/2025"), posting("Hemant Vyas", "LPO/05/2025"), charge("Hemant Vyas")],
           intent="Hindi role mapping from a generic HQ ID, bilingual full signature")

    person("role-subject-creation-body-mapping", "sysmgr.mangalore@icegate.gov.in", "System Manager Mangalore",
           "SSO ID creation - Inspector Ravi Shetty",
           "Sir,\n\nKindly note that Sh. Ravi Shetty already has an SSO ID from his earlier posting at Goa, so no new "
           "ID is required. He has joined here on transfer; only his roles need to be mapped in ACES. Transfer "
           "order, local posting order and joining report are enclosed.\n\n"
           + sig("Naresh Bhandary", "Appraiser / System Manager", "naresh.b@icegate.gov.in", "Mob: 9845012398"),
           "generic", "role_mapping",
           atts=[transfer("Ravi Shetty", "TR/61/2025"), posting("Ravi Shetty", "LPO/61/2025"), charge("Ravi Shetty")],
           intent="subject says creation; the body says no new ID, only role mapping on transfer")

    person("role-subject-only-pfa", "kavita.bisht@icegate.gov.in", "Kavita Bisht",
           "Mapping in ACES on transfer - Insp. Kavita Bisht",
           "PFA.\n\nKavita Bisht",
           "icegate", "role_mapping",
           atts=[transfer("Kavita Bisht", "TR/70/2025"), posting("Kavita Bisht", "LPO/70/2025"), charge("Kavita Bisht")],
           intent="the body is only 'PFA'; the subject carries the request")

    person("role-personal-gmail-order-only", "rajesh.gaur.cbic@gmail.com", "Rajesh Gaur",
           "Unmapping from old range and mapping to new range",
           "Sir,\n\nI have been transferred from Range-3 to Range-7 within the Division. Please unmap me from the old "
           "range and map me to Range-7 in ACES and GST BO. Local posting order attached.\n\nRajesh Gaur\nInspector",
           "personal", "role_mapping", missing=["icegate_sender", "transfer_order", "charge_report"],
           atts=[posting("Rajesh Gaur", "LPO/44/2025")], client="gmail",
           intent="mapping/unmapping request from Gmail with only the posting order")

    person("role-outlook-suppress-complete", "nikhil.arora@icegate.gov.in", "Nikhil Arora",
           "Role mapping in ACES-GST BO",
           "Sir,\n\nI have assumed charge as Superintendent, Range-V, Gurugram. Kindly map the role in ACES-GST BO. "
           "Transfer order, posting order and charge report enclosed.\n\nRegards,\nNikhil Arora",
           "icegate", "role_mapping", client="outlook", crlf=True,
           extra={"X-Auto-Response-Suppress": "All"},
           atts=[transfer("Nikhil Arora", "TR/99/2025"), posting("Nikhil Arora", "LPO/99/2025"), charge("Nikhil Arora", "Charge_Report")],
           intent="Outlook person with X-Auto-Response-Suppress: All, complete role mapping")


# =================================================================== people: ECCS / trade portal


def eccs():
    person("eccs-express-cargo-login", "sonal.kapoor@icegate.gov.in", "Sonal Kapoor",
           "Express cargo clearance login issue",
           "Sir,\n\nI am unable to log in to the Express Cargo Clearance System at the courier terminal, New Delhi. "
           "It says 'user not authorised'. Please help.\n\nSonal Kapoor\nAppraiser",
           "icegate", "eccs", intent="'express cargo clearance login' from an Appraiser")

    person("eccs-password-expiry", "venkat.raman@icegate.gov.in", "Venkat Raman",
           "ECCS password expired",
           "Sir,\n\nAfter the ECCS password-expiry exercise I am not getting the reset prompt, and the old password "
           "does not work. Kindly reset my ECCS password.\n\nName: Venkat Raman\nDesignation: Inspector\n"
           "Mobile: 9840098765\n",
           "icegate", "eccs", intent="ECCS password expiry: ECCS even though it says 'reset password'")

    person("eccs-hindi", "alok.verma@icegate.gov.in", "आलोक वर्मा",
           "ईसीसीएस लॉगिन समस्या",
           "महोदय,\n\nईसीसीएस (एक्सप्रेस कार्गो क्लीयरेंस सिस्टम) एप्लिकेशन में लॉगिन नहीं हो पा रहा है। कृपया सहायता करें।\n\n"
           "आलोक वर्मा\nनिरीक्षक",
           "icegate", "eccs", cte="b64", intent="Hindi ECCS login problem")

    person("eccs-generic-unsigned", "courier.mumbaiair@icegate.gov.in", "Courier Cell Mumbai",
           "ECCS not opening",
           "Sir,\n\nECCS application is not opening for all officers of the courier cell since 11 AM.\n\n"
           "Courier Cell, ACC Mumbai",
           "generic", "eccs", missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           intent="generic courier cell ID, unsigned: still a redirect, with signature codes")

    person("eccs-courier-company-signed", "ops.support@speedlinecouriers.in", "Speedline Couriers Ops",
           "ECCS login for authorised courier - password expired",
           "Dear Sir,\n\nOur ECCS user ID (authorised courier, Delhi) shows 'password expired' and the reset link "
           "fails. Request your help.\n\n"
           + sig("Manish Khanna", "Manager - Customs Operations", "manish.khanna@speedlinecouriers.in",
                 "Mobile: 9810098100", "Speedline Couriers Pvt Ltd"),
           "generic", "eccs", client="outlook",
           intent="an authorised courier's operations mailbox (generic), fully signed: ECCS")

    person("eccs-personal-subject-only", "asha.rani.cbic@gmail.com", "Asha Rani",
           "ECCS login",
           "Not working since morning. Pls help.\n\nAsha Rani",
           "personal", "eccs", client="iphone", html=False,
           intent="the body only makes sense with the subject 'ECCS login'")


def trade():
    person("trade-importer-registration", "rohit@globaltradeimpex.com", "Rohit Agarwal",
           "ICEGATE registration for importer",
           "Dear Sir,\n\nWe are a new importer (IEC 0515012345). Our ICEGATE registration is pending and we are not "
           "able to complete the login. Please advise.\n\nRohit Agarwal\nDirector, Global Trade Impex Pvt Ltd\n"
           "Mob 9829012345",
           "personal", "trade_portal", client="outlook",
           intent="an importer's ICEGATE registration, from his own address on the firm's domain")

    person("trade-exporter-iec-login", "exports@shreeramexports.in", "Shree Ram Exports",
           "IEC login problem on ICEGATE",
           "Respected Sir,\n\nWe cannot log in to ICEGATE with our IEC. The password reset OTP is going to the old "
           "mobile number of our former accountant. Kindly help.\n\n"
           + sig("Sunil Agarwal", "Proprietor, Shree Ram Exports", "sunil.agarwal1970@gmail.com", "Mob: 9414098123"),
           "generic", "trade_portal",
           intent="an exporter's exports@ role mailbox, signed: IEC login (says password/OTP)")

    person("trade-customs-broker-registration", "info@oceanlinkcha.in", "Ocean Link Customs Brokers",
           "Customs broker registration on ICEGATE",
           "Sir,\n\nWe are a licensed customs broker (CB licence No. R-11/2019). We wish to register on ICEGATE for "
           "filing bills of entry on behalf of clients. Kindly guide.\n\nThanks",
           "generic", "trade_portal",
           missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           intent="a CHA's info@ mailbox (generic), unsigned: trade portal redirect with signature codes")

    person("trade-dsc-registration", "accounts@vardhmantextiles.co.in", "Vardhman Textiles Accounts",
           "DSC registration on ICEGATE",
           "Sir,\n\nWe are unable to register our new Class 3 DSC on the ICEGATE portal against our IEC. The error "
           "'signer certificate mismatch' appears.\n\n"
           + sig("Kamal Jain", "Manager (Accounts)", "kamal.jain@vardhmantextiles.co.in", "Tel: 0161-2456789"),
           "generic", "trade_portal",
           intent="a firm's accounts@ mailbox, signed (landline counts as contact number): DSC on ICEGATE")

    person("trade-shipping-bill-filing-login", "prakash.menon77@yahoo.com", "Prakash Menon",
           "Shipping bill filing - login",
           "Sir,\n\nUnable to log in to ICEGATE for shipping bill filing since yesterday. Our user ID is our IEC "
           "AABCP1234K. Please reset the login.\n\nPrakash Menon\nPrakash Logistics\n9847012345",
           "personal", "trade_portal", client="yahoo",
           intent="trader: 'login for shipping bill filing' (not an officer's SSO ID)")

    person("trade-icegate-id-of-our-firm", "customs@bharatagroexports.com", "Bharat Agro Exports",
           "ICEGATE ID of our firm",
           "Sir,\n\nThe ICEGATE ID of our firm was created by our previous CHA and we do not know the login ID. "
           "Our IEC is 3012009876. Please tell us how to recover it.\n\n"
           + sig("Ravindra Patil", "Director", "ravindra.patil@bharatagroexports.com", "Mobile: 9823098230"),
           "generic", "trade_portal",
           intent="'ICEGATE ID of our firm' from a customs@ role mailbox, signed")

    person("trade-hinglish-trader", "vinay.gupta.ldh@gmail.com", "Vinay Gupta",
           "ICEGATE pe registration nahi ho raha",
           "Sir, hamari firm Gupta Traders (IEC 0316098765) ka ICEGATE pe registration nahi ho raha, OTP nahi aa "
           "raha. Kripya madad karein.\n\nRegards,\nVinay Gupta\nProprietor\n"
           "Mob: 9814098765",
           "personal", "trade_portal", client="android",
           intent="Hinglish from the proprietor's own Gmail")

    person("trade-hindi-importer", "suresh.choudhary.imp@gmail.com", "सुरेश चौधरी",
           "आयातक आईसगेट लॉगिन",
           "महोदय,\n\nमैं एक आयातक हूँ (आईईसी 1309012345)। आईसगेट पोर्टल पर मेरा लॉगिन नहीं हो रहा है। कृपया सहायता करें।\n\n"
           "सुरेश चौधरी\n9829098765",
           "personal", "trade_portal", cte="b64", intent="Hindi importer's ICEGATE login, personal Gmail")

    person("trade-subject-password-reset-body-iec", "nanda.kishore.exim@gmail.com", "Nanda Kishore",
           "Password reset",
           "Sir,\n\nPlease reset the ICEGATE portal password for our IEC 0714054321 (M/s Kishore Cashew Exports). "
           "The registered e-mail is this one.\n\nNanda Kishore\nPartner",
           "personal", "trade_portal", client="gmail",
           intent="subject 'Password reset', but it is a trader's ICEGATE/IEC login")


# =================================================================== people: unknown


def unknown():
    person("unknown-ices-print-error", "manish.tandon@icegate.gov.in", "Manish Tandon",
           "ICES - Bill of Entry print error",
           "Sir,\n\nWhile taking the print of the assessed Bill of Entry in ICES 1.5, the system shows 'Report "
           "server error 500'. This is happening for all users of Group 5. Please look into it.\n\nManish Tandon\n"
           "Appraiser, ICD Tughlakabad",
           "icegate", "unknown", intent="ICES print error: none of the request types")

    person("unknown-edi-server-down-generic", "sysmgr.icdpatparganj@icegate.gov.in", "System Manager ICD Patparganj",
           "EDI server down since morning",
           "Sir,\n\nThe EDI server at ICD Patparganj is down since 9 AM. No bills of entry are getting filed. "
           "Kindly treat as most urgent.\n\n"
           + sig("Vivek Anand", "Superintendent / System Manager", "vivek.anand@icegate.gov.in", "Mob: 9868012345"),
           "generic", "unknown", intent="EDI server down, fully signed generic System Manager")

    person("unknown-rms-facilitation", "smita.roy@icegate.gov.in", "Smita Roy",
           "RMS - interdiction not reflecting",
           "Sir,\n\nThe RMS interdiction for a bill of entry is not getting reflected in the appraising group queue. "
           "Kindly check.\n\nSmita Roy\nDeputy Commissioner, Kolkata Port",
           "icegate", "unknown", intent="RMS issue")

    person("unknown-esanchit-upload-fail", "ajay.bhardwaj@icegate.gov.in", "Ajay Bhardwaj",
           "e-Sanchit documents not visible to officers",
           "Sir,\n\nThe documents uploaded by importers on e-Sanchit are not visible to the assessing officers in ICES "
           "since yesterday; the upload status shows 'failed'. Please resolve.\n\nAjay Bhardwaj\nAppraiser",
           "icegate", "unknown", intent="e-Sanchit upload failures seen by officers")

    person("unknown-statistics-request-generic", "dgsys.mis@icegate.gov.in", "MIS Cell",
           "Statistics of SSO IDs created - October 2025",
           "Sir,\n\nFor the monthly MIS report, kindly furnish the number of SSO IDs created, passwords reset and "
           "roles mapped by Saksham Seva during October 2025, zone-wise.\n\n"
           + sig("Ritu Malhotra", "Deputy Director (MIS)", "ritu.malhotra@icegate.gov.in", "Tel: 011-23345678"),
           "generic", "unknown",
           intent="asks for statistics about SSO IDs (names every request type) but asks none of them")

    person("unknown-rti-application", "rti.activist.sharma@gmail.com", "Om Prakash Sharma",
           "Application under RTI Act, 2005",
           "To\nThe CPIO,\nDirectorate General of Systems\n\nSub: Information under RTI Act, 2005\n\nPlease provide "
           "the following information: (1) the number of SSO IDs created for officers in 2024; (2) the average "
           "time taken to reset a password; (3) a copy of the SOP for creation of ICEGATE e-mail IDs.\n\n"
           "The application fee of Rs. 10 has been paid online.\n\nOm Prakash Sharma",
           "personal", "unknown", client="gmail", intent="an RTI application about SSO IDs: unknown")

    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20251128T060000Z\nDTEND:20251128T070000Z\nUID:c12meet001@google.com\n"
           "SUMMARY:Review meeting - Saksham Seva pendency\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = MIMENonMultipart("text", "calendar", charset="UTF-8", method="REQUEST")
    del cal["MIME-Version"]
    cal.set_payload(ics)
    inv = MIMENonMultipart("application", "ics", name="invite.ics")
    del inv["MIME-Version"]
    inv["Content-Disposition"] = 'attachment; filename="invite.ics"'
    inv["Content-Transfer-Encoding"] = "base64"
    import base64
    inv.set_payload(base64.encodebytes(ics.encode()).decode())
    body = ("You have been invited to the following event.\n\nReview meeting - Saksham Seva pendency\n"
            "Friday 28 Nov 2025 11:30am - 12:30pm (IST)\nJoining info: VC link will be shared.\n")
    person("unknown-meeting-invitation", "pradeep.sinha@icegate.gov.in", "Pradeep Sinha",
           "Invitation: Review meeting - Saksham Seva pendency @ Fri 28 Nov 2025 11:30am (IST)", body,
           "icegate", "unknown",
           body_part=multi("mixed", [multi("alternative", [text(body, "plain", "qp"), cal], "=_alt_c12_cal"), inv],
                           "=_mix_c12_cal"),
           intent="a calendar invitation with invite.ics")
    CASES[-1][2]["attachment_kinds"] = ["other"]

    person("unknown-thank-you-note", "deepika.rao@icegate.gov.in", "Deepika Rao",
           "Thank you",
           "Sir,\n\nThank you very much for the prompt help. Everything is working now.\n\nDeepika Rao",
           "icegate", "unknown", intent="a thank-you note asks nothing")

    person("unknown-hindi-dhanyavaad", "mukesh.kumar2@icegate.gov.in", "मुकेश कुमार",
           "धन्यवाद",
           "महोदय,\n\nआपकी त्वरित सहायता के लिए हार्दिक धन्यवाद। अब सब ठीक से काम कर रहा है।\n\nमुकेश कुमार",
           "icegate", "unknown", cte="b64", intent="Hindi thank-you note")

    person("unknown-attachment-only-jpeg", "harish.chandra@icegate.gov.in", "Harish Chandra",
           "", "", "icegate", "unknown", atts=[photo("IMG_20251118_103245.jpg", 31)], html=False,
           intent="no subject, no words: only a phone photo")

    person("unknown-attachment-only-pdf-gmail", "sapna.gill77@gmail.com", "Sapna Gill",
           "Fwd:", "\n", "personal", "unknown", client="gmail", html=False,
           atts=[(att(kit.make_pdf([]), PDF, "Scan_0042.pdf"), "other")],
           intent="'Fwd:' with an image-only scanned PDF and no words")

    person("unknown-spam-lottery", "david.wilson.un2025@gmail.com", "Mr. David Wilson",
           "CONGRATULATIONS!!! You have won USD 850,000",
           "Dear Beneficiary,\n\nYour e-mail ID has won USD 850,000 in the UN Online Lottery 2025. To claim, send "
           "your full name, address, and bank details.\n\nMr. David Wilson\nClaims Officer",
           "personal", "unknown", client="gmail", intent="spam from a Gmail address")

    person("unknown-any-update-case-ref", "sudhir.rana@icegate.gov.in", "Sudhir Rana",
           "Re: [SS/2025/11/05512] Acknowledgement",
           "Any update?\n\nSudhir Rana",
           "icegate", "unknown", reply_to="ack.05512@icegate.gov.in",
           intent="reminder that says only 'Any update?' under a case-reference subject")

    person("unknown-reminder-quoted-reset", "lalit.mohan@icegate.gov.in", "Lalit Mohan",
           "Re: pending",
           "Sir, any update pls?\n\nOn Mon, 17 Nov 2025 at 10:05, Lalit Mohan <lalit.mohan@icegate.gov.in> wrote:\n"
           "> Sir, kindly reset my SSO password.\n> Name: Lalit Mohan\n> Designation: Inspector\n"
           "> SSO ID: LMOHAN1990\n> Mobile: 9897012345\n",
           "icegate", "unknown", reply_to="c12.prev.lalit@icegate.gov.in",
           intent="'any update pls?' whose request is only in the quoted earlier mail, which does not count")

    bounce_inner = email_bounce_for_forward()
    person("unknown-person-forwards-bounce-rfc822", "sunil.bhatt@icegate.gov.in", "Sunil Bhatt",
           "FW: Undeliverable: mails to System Manager",
           "Sir,\n\nMy mails to the System Manager of our Custom House keep bouncing (report attached). Is the "
           "mailbox disabled? Please check.\n\nSunil Bhatt\nInspector",
           "icegate", "unknown",
           body_part=multi("mixed", [text("Sir,\n\nMy mails to the System Manager of our Custom House keep bouncing "
                                          "(report attached). Is the mailbox disabled? Please check.\n\nSunil Bhatt\n"
                                          "Inspector", "plain", "qp"), MIMEMessage(bounce_inner)], "=_mix_c12_fwdb"),
           intent="a person forwards a bounce as an attached message: the forwarder is a person")

    person("unknown-generic-call-back-unsigned", "cus.prev.jamnagar@icegate.gov.in", "Customs Preventive Jamnagar",
           "Kindly call back",
           "Sir,\n\nKindly call back on the office number at the earliest.\n\nCustoms Preventive Division, Jamnagar",
           "generic", "unknown",
           missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           intent="a generic ID asks for a call back with no purpose and no signature")

    person("unknown-hinglish-kaam-hua-kya", "santosh.yadav@icegate.gov.in", "Santosh Yadav",
           "sir",
           "Sir mera kaam ho gaya kya? Kal bhi mail kiya tha.\n\nSantosh",
           "icegate", "unknown", client="android", html=False,
           intent="Hinglish 'is my work done?' with no context")

    person("unknown-mailbox-quota", "naveen.chopra@icegate.gov.in", "Naveen Chopra",
           "ICEGATE mailbox storage full",
           "Sir,\n\nMy ICEGATE mailbox shows 98% quota used and I cannot receive new mails. Kindly increase the "
           "storage to 5 GB.\n\nNaveen Chopra\nDeputy Commissioner",
           "icegate", "unknown", intent="mailbox quota increase: not a request type")

    person("unknown-please-call-me", "usha.rani.cbic@gmail.com", "Usha Rani",
           "Urgent",
           "Please call me on 9885012345.\n\nUsha",
           "personal", "unknown", client="iphone", html=False, intent="'please call me' with no purpose")


def email_bounce_for_forward():
    from email.message import Message
    import email
    raw = ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.gov.in>\n"
           "To: sunil.bhatt@icegate.gov.in\nSubject: Undeliverable: mails to System Manager\n"
           "Date: Tue, 18 Nov 2025 12:00:00 +0530\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"=_ndr_c12\"\n\n"
           "--=_ndr_c12\nContent-Type: text/plain; charset=us-ascii\n\nDelivery has failed to these recipients: "
           "sysmgr.old@cbic.gov.in\n\n--=_ndr_c12\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns;mail.cbic.gov.in\n\nFinal-Recipient: rfc822;sysmgr.old@cbic.gov.in\nAction: failed\n"
           "Status: 5.1.1\n\n--=_ndr_c12--\n")
    return email.message_from_string(raw)


# =================================================================== robots

RET = ("Return-Path: <saksham.seva@icegate.gov.in>\nDate: Mon, 17 Nov 2025 10:00:00 +0530\n"
       "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nMessage-ID: <ss.ack.{n}@icegate.gov.in>\n"
       "Subject: [SS/2025/11/0{n}] Acknowledgement\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


def report(boundary, human, status, recipient, mta, rt="delivery-status"):
    return (f'Content-Type: multipart/report; report-type={rt};\n\tboundary="{boundary}"\n\n'
            f"This is a MIME-encapsulated message.\n\n--{boundary}\nContent-Description: Notification\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{human}\n\n--{boundary}\nContent-Description: Delivery report\n"
            f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n\nFinal-Recipient: rfc822; {recipient}\n"
            f"Action: {'delayed' if status.startswith('4') else 'failed'}\nStatus: {status}\n\n--{boundary}\n"
            f"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + RET.format(n=abs(hash_s(boundary)) % 9000 + 1000) + f"\n--{boundary}--\n")


def robots():
    robot("auto-bounce-postfix", "Return-Path: <>\nFrom: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)\n"
          f"To: {HELPDESK}\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\nMessage-Id: {{MID}}",
          report("B1.c12/mx.icegate.gov.in", "This is the mail system at host mx.icegate.gov.in.\n\nI'm sorry to have to "
                 "inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                 "<anil.k1990@rediffmail.com>: host mx.rediffmail.com said: 550 user unknown",
                 "5.1.1", "anil.k1990@rediffmail.com", "mx.icegate.gov.in"),
          intent="Postfix bounce (MAILER-DAEMON, multipart/report, Auto-Submitted)")

    robot("auto-bounce-exim-textplain", "Return-Path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mail.hostgator-in.net>\n"
          f"To: {HELPDESK}\nSubject: Mail delivery failed: returning message to sender\n"
          "X-Failed-Recipients: accounts@oldfirmdomain.in\nAuto-Submitted: auto-replied\nMessage-Id: {MID}",
          "Content-Type: text/plain; charset=us-ascii\n\nThis message was created automatically by mail delivery software.\n\n"
          "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
          "The following address(es) failed:\n\n  accounts@oldfirmdomain.in\n    No Such User Here\n\n"
          "------ This is a copy of the message, including all the headers. ------\n\n"
          + RET.format(n=4411) + "\nYour request has been registered.\n",
          intent="Exim bounce, text/plain with the returned message inline")

    robot("auto-bounce-exchange-ndr", "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Undeliverable: [SS/2025/11/04410] Acknowledgement\n"
          "X-MS-Exchange-Message-Is-Ndr: \nMessage-Id: {MID}",
          report("=_ndr_exch_c12", "Your message to rk.old@cbic.gov.in couldn't be delivered.\n\nrk.old wasn't found at "
                 "cbic.gov.in.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
                 "5.1.10", "rk.old@cbic.gov.in", "BM1PR01MB1234.INDPRD01.PROD.OUTLOOK.COM"),
          intent="Exchange Online NDR: the sender is 'MicrosoftExchange...' (no postmaster), multipart/report marks it")

    robot("auto-bounce-gmail", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
          f"To: {HELPDESK}\nSubject: Delivery Status Notification (Failure)\nAuto-Submitted: auto-replied\nMessage-ID: {{MID}}",
          report("000000000000c12gm", "** Address not found **\n\nYour message wasn't delivered to insp.ravi88@gmail.com "
                 "because the address couldn't be found, or is unable to receive mail.",
                 "5.1.1", "insp.ravi88@gmail.com", "mx.google.com"),
          intent="Gmail bounce")

    robot("auto-bounce-qmail", "Return-Path: <>\nFrom: MAILER-DAEMON@mail.tradeserv.co.in\n"
          f"To: {HELPDESK}\nSubject: failure notice\nMessage-ID: {{MID}}",
          "Content-Type: text/plain\n\nHi. This is the qmail-send program at mail.tradeserv.co.in.\nI'm afraid I wasn't able "
          "to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't "
          "work out.\n\n<sales@tradeserv.co.in>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
          "--- Below this line is a copy of the message.\n\n" + RET.format(n=4412) + "\nPlease find the details.\n",
          intent="qmail 'failure notice': only the MAILER-DAEMON sender marks it")

    robot("auto-bounce-domino", "From: Postmaster@dominomail.portadmin.co.in\n"
          f"To: {HELPDESK}\nSubject: DELIVERY FAILURE: User Suresh Kamat (skamat@portadmin.co.in) not listed in Domino Directory\n"
          "Message-ID: {MID}",
          report("0__=c12DominoBoundary", "Your message\n\n  Subject: [SS/2025/11/04413] Acknowledgement\n\nwas not "
                 "delivered to:\n\n  skamat@portadmin.co.in\n\nbecause:\n\n  User Suresh Kamat not listed in Domino "
                 "Directory", "5.0.0", "skamat@portadmin.co.in", "dominomail.portadmin.co.in"),
          intent="Lotus/Domino delivery failure from Postmaster")

    robot("auto-bounce-zimbra", "Return-Path: <>\nFrom: MAILER-DAEMON@zmta1.icegate.gov.in (Mail Delivery System)\n"
          f"To: {HELPDESK}\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\nMessage-Id: {{MID}}",
          report("B7.c12/zmta1.icegate.gov.in", "This is the mail system at host zmta1.icegate.gov.in.\n\n"
                 "<old.officer@icegate.gov.in>: account is closed or inactive",
                 "5.2.1", "old.officer@icegate.gov.in", "zmta1.icegate.gov.in"),
          intent="Zimbra bounce for an inactive ICEGATE account (the words 'inactive' do not make it a request)")

    robot("auto-bounce-sendmail", "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.kar.nic.in>\n"
          f"To: {HELPDESK}\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n"
          "Message-Id: {MID}",
          report("c12sendmail.1763", "The original message was received at Tue, 18 Nov 2025 11:20:00 +0530\n\n"
                 "   ----- The following addresses had permanent fatal errors -----\n<cex.div2@kar.nic.in>\n"
                 "    (reason: 550 5.1.1 User unknown)", "5.1.1", "cex.div2@kar.nic.in", "relay.kar.nic.in"),
          intent="sendmail 'Returned mail' from NIC relay")

    robot("auto-delay-postfix", "Return-Path: <>\nFrom: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)\n"
          f"To: {HELPDESK}\nSubject: Delayed Mail (still being retried)\nAuto-Submitted: auto-replied\nMessage-Id: {{MID}}",
          report("D1.c12/mx.icegate.gov.in", "This is the mail system at host mx.icegate.gov.in.\n\n####################"
                 "\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################\n\n"
                 "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.",
                 "4.4.1", "range5.cgst@bsnl.in", "mx.icegate.gov.in"),
          intent="Postfix delay warning")

    robot("auto-delay-exchange", "From: postmaster@cbic.gov.in\n"
          f"To: {HELPDESK}\nSubject: Delivery delayed: [SS/2025/11/04415] Details required\nMessage-ID: {{MID}}",
          report("=_delay_exch_c12", "Delivery is delayed to these recipients or groups:\n\njc.systems@cbic.gov.in\n\n"
                 "This message hasn't been delivered yet. Delivery will continue to be attempted.",
                 "4.4.7", "jc.systems@cbic.gov.in", "mail.cbic.gov.in"),
          intent="Exchange 'Delivery delayed' from postmaster")

    robot("auto-ooo-zimbra-english", "Return-Path: <prakash.rao@icegate.gov.in>\n"
          "From: Prakash Rao <prakash.rao@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Out of Office: [SS/2025/11/04420] Acknowledgement\n"
          "Auto-Submitted: auto-replied (zimbra; vacation)\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
          "I am out of office till 30.11.2025 on official tour. For urgent work contact the EDI section.\n\nPrakash Rao\n",
          intent="Zimbra vacation reply from an ICEGATE ID")

    robot("auto-ooo-exchange-automatic-reply", "From: Meenu Gupta <meenu.gupta@cbic.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Automatic reply: [SS/2025/11/04421] Details required\n"
          "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: meenu.gupta@cbic.gov.in\n"
          "Message-ID: {MID}",
          "Content-Type: text/plain; charset=us-ascii\n\nThank you for your mail. I am on leave till 25th November with "
          "limited access to e-mail.\n",
          intent="Exchange automatic reply (Auto-Submitted: auto-generated plus X-Auto-Response-Suppress)")

    hindi = "मैं दिनांक 24.11.2025 से 05.12.2025 तक अवकाश पर हूँ। अत्यावश्यक कार्य हेतु कार्यालय से संपर्क करें।\n\nसंजय मिश्रा\n"
    robot("auto-ooo-hindi-auto-submitted", "From: =?UTF-8?B?" + __import__("base64").b64encode("संजय मिश्रा".encode()).decode()
          + "?= <sanjay.mishra@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: =?UTF-8?B?" + __import__("base64").b64encode("स्वतः उत्तर: अवकाश पर".encode()).decode()
          + "?=\nAuto-Submitted: auto-replied\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
          + __import__("base64").encodebytes(hindi.encode()).decode(),
          intent="Hindi out-of-office with Auto-Submitted")

    hindi2 = "कार्यालय से बाहर: मैं प्रशिक्षण पर हूँ (NACIN, 24-28 नवम्बर)। ई-मेल देखना संभव नहीं होगा।\n"
    robot("auto-ooo-hindi-precedence-junk", "From: Rekha Singh <rekha.singh@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: =?UTF-8?B?" + __import__("base64").b64encode("कार्यालय से बाहर".encode()).decode()
          + "?=\nPrecedence: junk\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
          + __import__("base64").encodebytes(hindi2.encode()).decode(),
          intent="Hindi out-of-office without Auto-Submitted, marked Precedence: junk")

    robot("auto-vacation-precedence-bulk", "From: Joseph Mathew <joseph.mathew@kerala.gov.in>\n"
          f"To: {HELPDESK}\nSubject: away from my mail\nPrecedence: bulk\nX-Mailer: vacation 1.2.7\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=us-ascii\n\nI am away from the office until 1 December and will read your "
          "mail on my return.\n",
          intent="Unix vacation reply: no Auto-Submitted, only Precedence: bulk")

    robot("auto-ooo-gmail-vacation", "From: Pallavi Joshi <pallavi.joshi.cbic@gmail.com>\n"
          f"To: {HELPDESK}\nSubject: Re: [SS/2025/11/04425] Details required\nAuto-Submitted: auto-replied\n"
          "Message-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nI am travelling and will reply after 26th November. Thanks.\n",
          intent="Gmail vacation responder (looks like a 'Re:' reply, but Auto-Submitted)")

    robot("auto-read-receipt-outlook", "From: Vijay Bhaskar <vijay.bhaskar@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Read: [SS/2025/11/04430] Details required\nMessage-ID: {{MID}}",
          'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="=_mdn_c12_1"\n\n'
          "--=_mdn_c12_1\nContent-Type: text/plain; charset=utf-8\n\nYour message\n\n  To: Vijay Bhaskar\n  Subject: "
          "[SS/2025/11/04430] Details required\n\nwas read on 19-11-2025 10:15.\n\n--=_mdn_c12_1\n"
          "Content-Type: message/disposition-notification\n\nReporting-UA: mail.icegate.gov.in; Microsoft Outlook 16.0\n"
          "Final-Recipient: rfc822;vijay.bhaskar@icegate.gov.in\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
          "--=_mdn_c12_1--\n",
          intent="Outlook read receipt (multipart/report, disposition-notification) from an officer's ICEGATE ID")

    robot("auto-read-receipt-thunderbird", "From: Arun Prasad <arun.prasad.71@gmail.com>\n"
          f"To: {HELPDESK}\nSubject: Return Receipt (displayed) - [SS/2025/11/04431] Acknowledgement\nMessage-ID: {{MID}}",
          'Content-Type: multipart/report; report-type="disposition-notification";\n\tboundary="=_mdn_c12_2"\n\n'
          "--=_mdn_c12_2\nContent-Type: text/plain; charset=UTF-8\n\nThis is a Return Receipt for the mail that you sent.\n"
          "\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.\n\n"
          "--=_mdn_c12_2\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n"
          "Content-Disposition: inline\n\nReporting-UA: ; Thunderbird 128.4.0\n"
          "Final-Recipient: rfc822;arun.prasad.71@gmail.com\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
          "--=_mdn_c12_2--\n",
          intent="Thunderbird return receipt from a personal Gmail; its report part has a name= (report parts are no attachments)")

    robot("auto-list-google-group-reset", "From: Kishore Babu <kishore.babu@icegate.gov.in>\n"
          "To: sysmgr-forum@googlegroups.com\nCc: saksham.seva@icegate.gov.in\n"
          "Subject: [sysmgr-forum] Password reset for Sh. Kishore Babu\n"
          "List-Id: <sysmgr-forum.googlegroups.com>\nPrecedence: list\nMailing-list: list sysmgr-forum@googlegroups.com\n"
          "Message-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nSir, kindly reset my SSO password.\nName: Kishore Babu\n"
          "Designation: Inspector\nSSO ID: KBABU1988\nMobile: 9866098765\n\n--\nYou received this message because you "
          "are subscribed to the Google Groups \"sysmgr-forum\" group.\n",
          rt="password_reset",
          intent="list mail (List-Id, Precedence: list) carrying an officer's reset request: automated, type from content")

    robot("auto-list-newsletter-bulk", "From: CBIC Newsletter <newsletter@cbic.gov.in>\n"
          f"To: {HELPDESK}\nSubject: CBIC e-Newsletter - November 2025\nPrecedence: bulk\n"
          "List-Unsubscribe: <mailto:unsubscribe@cbic.gov.in>\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nIn this issue: GST collections, trade facilitation week, "
          "Swachhata campaign 4.0.\n",
          intent="bulk newsletter")

    robot("auto-list-eccs-advisory", "From: Systems WZU <systems.wzumumbai@gov.in>\n"
          "To: ict-officers@lists.cbic.gov.in\nSubject: [ict-officers] Advisory 11/SYS/WZU/2025 - ECCS password expiry\n"
          "List-Id: ICT officers <ict-officers.lists.cbic.gov.in>\nPrecedence: list\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nAll users of the Express Cargo Clearance System (ECCS) are informed "
          "that passwords will expire on 01.12.2025. Reset your password after logging in. For issues contact "
          "eccs.helpdesk@icegate.gov.in.\n",
          rt="eccs", intent="an ECCS advisory via a mailing list: automated and eccs")

    robot("auto-list-mailman-ices", "From: Rajan Pillai <rajan.pillai@icegate.gov.in>\n"
          "To: edi-officers@lists.icegate.gov.in\nSubject: [edi-officers] ICES 1.5 print issue - workaround\n"
          "List-Id: EDI officers <edi-officers.lists.icegate.gov.in>\nList-Post: <mailto:edi-officers@lists.icegate.gov.in>\n"
          "Precedence: list\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nColleagues, the BE print issue can be avoided by clearing the browser "
          "cache.\n\n_______________________________________________\nedi-officers mailing list\n",
          intent="Mailman list post about ICES")

    robot("auto-noreply-icegate-maintenance", "From: ICEGATE <noreply@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Scheduled maintenance on 30.11.2025\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nICEGATE services will be unavailable from 22:00 to 02:00 hrs "
          "for scheduled maintenance.\n",
          intent="noreply@ local part alone")

    robot("auto-do-not-reply-eoffice", "From: e-Office <do-not-reply@eoffice.gov.in>\n"
          f"To: {HELPDESK}\nSubject: File No. DGS/SS/45/2025 has been forwarded to you\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nThe e-file DGS/SS/45/2025 has been forwarded to you by Sh. Ajit Kumar.\n",
          intent="do-not-reply@ sender")

    robot("auto-donotreply-gst", "From: GSTN <donotreply@gst.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Advisory on GSTR-3B\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nDear Taxpayer, kindly file GSTR-3B before the due date.\n",
          intent="donotreply@ sender")

    robot("auto-donotreply-eccs-mixed-case", "From: ECCS <DoNotReply@eccs.icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: ECCS: your password will expire in 3 days\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nYour ECCS application password will expire in 3 days. Please "
          "change it after login.\n",
          rt="eccs", intent="'DoNotReply' (mixed case) ECCS notice: automated, eccs from its content")

    robot("auto-noreply-icegate-iec-registration", "From: ICEGATE Registration <NOREPLY@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: ICEGATE registration OTP for IEC 0515098765\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nOTP for ICEGATE registration of IEC 0515098765 (importer/exporter) "
          "is 482913. Valid for 10 minutes.\n",
          rt="trade_portal", intent="ICEGATE trader registration OTP from NOREPLY@: automated, trade_portal from its content")

    robot("auto-no-reply-google-alert", "From: Google <no-reply@accounts.google.com>\n"
          f"To: {HELPDESK}\nSubject: Security alert\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nA new sign-in was detected on a Windows device.\n",
          intent="no-reply@ security alert")

    robot("auto-antivirus-amavis", "From: Content-filter at mx.icegate.gov.in <postmaster@mx.icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: VIRUS (Win.Trojan.Agent) IN MAIL TO YOU (from <hr.update@unknown-host.ru>)\n"
          "Auto-Submitted: auto-generated\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=us-ascii\n\nA virus was found: Win.Trojan.Agent\n\nThe message has been "
          "quarantined as: virus-Xk3Jd9sL2q\n",
          intent="amavis virus alert")

    robot("auto-quarantine-digest", "From: Spam Quarantine <spamquarantine@mx.icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Spam Quarantine Summary - 3 new messages\nAuto-Submitted: auto-generated\n"
          "Precedence: bulk\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=us-ascii\n\nThe following messages were quarantined:\n1. 'Invoice' from "
          "billing@fakeinvoice.top\n2. 'SSO ID reset link' from it-support@sso-reset.example\n",
          intent="quarantine digest (lists a phishing subject about SSO reset, still a robot)")

    robot("auto-symantec-quarantine-mailer-daemon", "From: MAILER-DAEMON@smg.cbic.gov.in\n"
          f"To: {HELPDESK}\nSubject: Message quarantined: attachment blocked\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=us-ascii\n\nThe message you sent contained a blocked attachment type (.exe) "
          "and was quarantined by Symantec Messaging Gateway.\n",
          intent="gateway quarantine notice from MAILER-DAEMON")

    robot("auto-postmaster-quota-notice", "From: postmaster@icegate.gov.in\n"
          f"To: {HELPDESK}\nSubject: Mailbox almost full\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=us-ascii\n\nYour mailbox has reached 95% of its quota.\n",
          intent="postmaster@ notice with no other marker")

    robot("auto-ticket-autoresponder", "From: NIC Service Desk <servicedesk@nic.in>\n"
          f"To: {HELPDESK}\nSubject: [Ticket#1123456] Received: mail relay issue\nAuto-Submitted: auto-replied\n"
          "X-Autoreply: yes\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=UTF-8\n\nYour ticket has been logged. This is an automated response.\n",
          intent="a service desk autoresponder (Auto-Submitted) from a helpdesk address")

    robot("auto-ooo-personal-mentions-sso", "From: Harish Kumar <harish.kumar@icegate.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Out of Office\nAuto-Submitted: auto-replied\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nI am on leave. For SSO ID and password matters of the "
          "Commissionerate please contact the System Manager.\n",
          intent="out-of-office that mentions SSO ID/password matters but asks nothing: unknown")


# =================================================================== main


def build():
    creation()
    status()
    reset()
    designation()
    roles()
    eccs()
    trade()
    unknown()
    robots()
    more()


def more():
    o = O("Mohammed", "Rafi", "Inspector", "16/05/1995", "17/11/2025", "9656012345", "rafi.mohammed95@gmail.com",
          "CGST Kozhikode")
    person("creation-compassionate-appointment-generic", "cgst.kozhikode.estt@icegate.gov.in", "Estt Kozhikode",
           "SSO ID - Inspector appointed on compassionate grounds",
           "Sir,\n\nSh. Mohammed Rafi has been appointed as Inspector on compassionate grounds and joined on "
           "17.11.2025 (initial appointment). Kindly create his SSO ID and ICEGATE mail ID. Template and service "
           "book page attached.\n\n"
           + sig("Shyamala Devi", "Administrative Officer (Estt.)", "shyamala.devi@icegate.gov.in", "Mob: 9447112233"),
           "generic", "sso_creation", atts=[template(o), sb("Mohammed Rafi", "16/05/1995", "17/11/2025")],
           intent="initial appointment on compassionate grounds, generic Establishment ID, fully signed")

    o = O("Tenzing", "Bhutia", "Inspector", "04/04/1997", "03/11/2025", "9733012345", "tenzing.bhutia97@gmail.com", "CGST Siliguri")
    person("creation-undeliverable-resend-person", "sysmgr.siliguri@icegate.gov.in", "System Manager Siliguri",
           "FW: Undeliverable: SSO ID creation - Inspector Tenzing Bhutia",
           "Sir,\n\nOur earlier mail came back undeliverable (attachment size). Re-sending the request for creation "
           "of SSO ID for the newly joined Inspector Sh. Tenzing Bhutia with compressed attachments.\n\n"
           + sig("Debashis Sarkar", "Superintendent, System Manager", "debashis.sarkar@icegate.gov.in", "Mob 9434012345"),
           "generic", "sso_creation", atts=[template(o), sb("Tenzing Bhutia", "04/04/1997", "03/11/2025")],
           intent="a person's 'FW: Undeliverable:' subject: a re-sent complete creation request")

    o = O("Anjali", "Kashyap", "Inspector", "22/09/1998", "10/11/2025", "9418012345", "anjali.kashyap22@gmail.com", "CGST Shimla")
    person("creation-certification-letter", "acladmin.shimla@icegate.gov.in", "ACL Admin Shimla",
           "SSO ID creation - service book not yet opened",
           "Sir,\n\nThe service book of the newly joined Inspector Ms. Anjali Kashyap is yet to be opened. A letter "
           "signed by the Joint Commissioner certifying her name, date of birth and date of joining is enclosed "
           "with the template.\n\n"
           + sig("Rajinder Thakur", "Superintendent (ACL Admin)", "rajinder.thakur@icegate.gov.in", "Mob: 9816012345"),
           "generic", "sso_creation", action="review",
           atts=[template(o), doc("certification_letter", "Certificate_JC_Anjali_Kashyap.pdf", "CERTIFICATE",
                                  "Certified that Ms. Anjali Kashyap, Inspector, was born on 22/09/1998 and joined",
                                  "CBIC on 10/11/2025.", "Joint Commissioner, CGST Shimla")],
           intent="certification letter in place of the service book: review")

    person("status-hindi-icegate-complete", "pushpa.devi@icegate.gov.in", "पुष्पा देवी",
           "एसएसओ आईडी की स्थिति",
           "महोदय,\n\nकृपया बताएं कि क्या मेरे नाम से कोई एसएसओ आईडी पहले बनाई गई थी।\n\nनाम / Name: पुष्पा देवी\n"
           "पदनाम / Designation: अधीक्षक / Superintendent\nमोबाइल / Mobile: 9425098765\n",
           "icegate", "sso_status", cte="b64", intent="Hindi status enquiry from an ICEGATE ID")

    person("status-generic-hindi-unsigned", "range4.cgstgwalior@gmail.com", "रेंज-4 ग्वालियर",
           "एसएसओ आईडी बनी है या नहीं",
           "महोदय,\n\nनिरीक्षक श्री दीपक सोनी (Name: Deepak Soni, Designation: Inspector, Mobile: 9826012345) की "
           "एसएसओ आईडी बनी है या नहीं, कृपया सूचित करें।\n\nरेंज-4, ग्वालियर\n",
           "generic", "sso_status", cte="b64",
           missing=["signature_name", "signature_designation", "signature_email", "signature_phone"],
           intent="Hindi status from a Range's Gmail signed only with the office name")

    person("reset-hinglish-account-lock-complete", "ajit.kadam@icegate.gov.in", "Ajit Kadam",
           "account lock ho gaya",
           "Sir, galat password daalne se mera SSO account lock ho gaya hai, please unlock karke naya password de "
           "dijiye.\n\nName: Ajit Kadam\nDesignation: Inspector, Pune\nSSO ID: AKADAM1992\nMobile: 9850012345\n",
           "icegate", "password_reset", client="android",
           intent="Hinglish 'account lock ho gaya', complete")

    person("reset-forgot-sso-id-icegate-alt-email", "lakshmi.narayanan@icegate.gov.in", "Lakshmi Narayanan",
           "Forgot SSO ID and password",
           "Sir,\n\nI have forgotten both my SSO ID and the password. My alternate e-mail ID registered at the time "
           "of creation is lakshmi.n.1984@gmail.com.\n\nName: Lakshmi Narayanan\nDesignation: Appraiser\n"
           "Mobile: 9445012345\n",
           "icegate", "password_reset",
           intent="'forgot SSO ID' with an alternate e-mail given: complete")

    person("reset-hindi-inactive-activation", "sunil.kumar.meena@icegate.gov.in", "सुनील कुमार मीणा",
           "निष्क्रिय एसएसओ आईडी को सक्रिय करने हेतु",
           "महोदय,\n\nमेरी एसएसओ आईडी एवं आईसगेट मेलबॉक्स निष्क्रिय हो गए हैं। कृपया इन्हें सक्रिय करें।\n\n"
           "नाम / Name: सुनील कुमार मीणा\nपदनाम / Designation: निरीक्षक / Inspector\nSSO ID: SKMEENA1991\n"
           "मोबाइल / Mobile: 9460012345\n",
           "icegate", "password_reset", cte="b64", intent="Hindi activation of an inactive ID, complete")

    person("promo-hindi-generic-complete", "sysmgr.bhopal@icegate.gov.in", "सिस्टम मैनेजर भोपाल",
           "पदोन्नति उपरांत पदनाम परिवर्तन - श्री आर. के. दुबे",
           "महोदय,\n\nश्री राजेश कुमार दुबे, अप्रेज़र, की पदोन्नति सहायक आयुक्त के पद पर हुई है। कृपया एसीईएस में पदनाम "
           "परिवर्तित करें। पदोन्नति आदेश तथा सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\n\nसादर,\nविवेक शर्मा / Vivek Sharma\n"
           "अधीक्षक (प्रणाली) / Superintendent (Systems)\nEmail: vivek.sharma@icegate.gov.in\nMobile: 9425076543",
           "generic", "designation_update", cte="b64",
           atts=[promo("Rajesh Kumar Dubey", "EST/210/2025", "Assistant Commissioner"),
                 sb("Rajesh Kumar Dubey", "10/10/1978", "01/08/2003")],
           intent="Hindi designation change after promotion, generic System Manager, full signature")

    person("role-additional-charge-report-only", "prakash.jha@icegate.gov.in", "Prakash Jha",
           "Mapping for additional charge of Range-VI",
           "Sir,\n\nI have been given the additional charge of Range-VI with effect from 18.11.2025. Kindly map the "
           "Range-VI role to my SSO ID in ACES. Charge report attached.\n\nPrakash Jha\nSuperintendent",
           "icegate", "role_mapping", missing=["transfer_order", "posting_order"],
           atts=[charge("Prakash Jha", "Charge_Report")],
           intent="role mapping for an additional charge: only the charge report")

    person("eccs-hinglish-password-expire", "manoj.kumar.eccs@icegate.gov.in", "Manoj Kumar",
           "ECCS ka password expire",
           "Sir, ECCS ka password expire ho gaya hai aur reset nahi ho raha. Courier terminal pe kaam ruka hua hai.\n\n"
           "Manoj Kumar\nInspector",
           "icegate", "eccs", client="android", intent="Hinglish ECCS password expiry")

    person("trade-iec-modification-not-reflecting", "ankit.jain@jainpolymers.in", "Ankit Jain",
           "IEC modification not reflecting on ICEGATE",
           "Sir,\n\nWe modified our IEC details on the DGFT portal two weeks ago, but the ICEGATE login still shows the "
           "old details and we cannot file documents. Kindly update.\n\nAnkit Jain\nJain Polymers\n9829345678",
           "personal", "trade_portal", intent="IEC change not reflected in the trader's ICEGATE login")

    person("trade-hinglish-cha-id", "kumar.cha.chennai@gmail.com", "Kumar",
           "CHA ka ICEGATE ID",
           "Sir, hum customs broker hain. Naye G-card holder ke liye ICEGATE ID kaise banaye? Registration mein error "
           "aa raha hai.\n\nKumar",
           "personal", "trade_portal", client="android", intent="Hinglish customs broker ICEGATE registration")

    person("unknown-helpdesk-phone-complaint", "rajeev.menon@icegate.gov.in", "Rajeev Menon",
           "Toll free number not answering",
           "Sir,\n\nThe toll free number 1800-266-2232 is not being answered since two days. Kindly look into it.\n\n"
           "Rajeev Menon\nDeputy Commissioner",
           "icegate", "unknown", intent="a complaint about the toll-free line")

    person("unknown-share-circular", "sweta.kumari@icegate.gov.in", "Sweta Kumari",
           "Copy of latest circular",
           "Madam,\n\nKindly share the latest circular of DG Systems on ICEGATE mail retention policy.\n\nSweta Kumari\n"
           "Inspector",
           "icegate", "unknown", intent="asks for a circular on mail retention")

    robot("auto-bounce-yahoo", "From: MAILER-DAEMON@yahoo.com\n"
          f"To: {HELPDESK}\nSubject: Failure Notice\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=us-ascii\n\nSorry, we were unable to deliver your message to the following "
          "address.\n\n<insp.kumar1999@yahoo.in>:\n554: delivery error: dd This user doesn't have a yahoo.in account\n",
          intent="Yahoo 'Failure Notice' from MAILER-DAEMON")

    robot("auto-bounce-outlookcom-postmaster", "From: postmaster@outlook.com\n"
          f"To: {HELPDESK}\nSubject: Undeliverable: [SS/2025/11/04450] Details required\nMessage-ID: {{MID}}",
          report("=_ndr_olc_c12", "Delivery has failed to these recipients or groups:\n\nr.singh1980@outlook.com\n"
                 "The email address you entered couldn't be found.", "5.1.1", "r.singh1980@outlook.com",
                 "outlook.com"),
          intent="outlook.com NDR from postmaster")

    robot("auto-ooo-bilingual-exchange", "From: Anil Bhatia <anil.bhatia@cbic.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Automatic reply: =?UTF-8?B?" + __import__("base64").b64encode("स्वचालित उत्तर".encode()).decode()
          + "?=\nAuto-Submitted: auto-replied\nMessage-ID: {MID}",
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nमैं 30 नवम्बर तक अवकाश पर हूँ। "
          "I am on leave till 30 November.\n",
          intent="bilingual Hindi/English automatic reply with Auto-Submitted")

    robot("auto-no-reply-cbic-portal", "From: CBIC Portal <no-reply@cbic.gov.in>\n"
          f"To: {HELPDESK}\nSubject: Your grievance CBIC/E/2025/0012345 has been updated\nMessage-ID: {{MID}}",
          "Content-Type: text/plain; charset=UTF-8\n\nThe status of grievance CBIC/E/2025/0012345 is now 'Under "
          "examination'.\n",
          intent="no-reply@ portal notification")


README_HEAD = """# corpus12: telling what a mail asks, and telling robots from people

Generated by `make.py` (run it with `.venv/bin/python make.py`; two runs write identical
bytes). Written blind: from `shared/domain.md`, the circulars in `shared/seeds/`, `shared/spec/triage.md`
and `shared/spec/template.md` only, not from maild's code or the other corpora's mails. The MIME, xlsx and
pdf builders are loaded from `../corpus2/make.py` (as corpus7 does); templates are re-zipped with fixed
stamps.

## Coverage

- Every request type in several phrasings, each by a different imagined writer: English, Hindi
  (Devanagari, base64 bodies, RFC 2047 subjects), Hinglish (Latin-script Hindi) and mixed; creation
  ('new joinee', 'newly recruited Inspectors', probationers, 'SSO ID banwana hai', 'नई एसएसओ आईडी'),
  status ('already have an ID?', 'previous station', 'duplicate ID check'), reset (locked account, OTP to
  old mobile, forgot the SSO ID itself, inactive after long leave, 'पासवर्ड भूल गया'), designation
  update ('promoted vide order', 'change designation in SSO profile', 'पदोन्नति'), role mapping (map /
  unmap, GST back-office role, Range Superintendent role), ECCS, trade portal (importer, exporter/IEC,
  customs broker, DSC, shipping bill filing login, 'ICEGATE ID of our firm') and unknown (ICES print,
  EDI server down, RMS, e-Sanchit, statistics, RTI, meeting invitation, thank-you notes, attachment-only
  mails, spam, context-free reminders).
- Subjects that mislead the body (the body says so explicitly) and bodies ('PFA', 'Please check', 'Not
  working since morning') that only make sense with the subject.
- Sender kinds: individual ICEGATE IDs, generic mailboxes on icegate.gov.in, Gmail and traders' domains
  (fully signed ones, so that the request type is what is tested, and some unsigned ones), personal
  Gmail/Yahoo/Rediff addresses and traders' own addresses.
- Robots: Postfix, Exim, Exchange Online NDR, Gmail, qmail, Lotus Domino, Zimbra and sendmail bounces;
  Postfix and Exchange delay notices; out-of-office replies in English and Hindi (Auto-Submitted, or only
  Precedence: bulk/junk); Outlook and Thunderbird read receipts; list mail (List-Id, Precedence); no-reply
  senders (noreply, NOREPLY, no-reply, do-not-reply, donotreply, DoNotReply); virus/quarantine notices;
  a postmaster notice; a service-desk autoresponder.
- People who look like robots: 'Delivery failed - please help', a person forwarding a bounce inline and
  as an attached message, X-Auto-Response-Suppress: All from Outlook, 'Re: Automatic reply:' replies,
  'Auto-Submitted: no', a person writing about her own out-of-office.
- Follow-ups: reminders with In-Reply-To/References whose own subject names the request (they keep it,
  but carry no documents in this file), and reminders with no context (unknown).

## Counts

{{COUNTS}}
## Readings of the contract

- A reminder is judged on its own file (triage.md: `maild triage` judges each file on its own). When its
  own subject or text names the request ('Re: Creation of SSO ID ... - Reminder 2'), it has that type, and
  the documents sent with the earlier mail are missing from this file. When only the quoted earlier mail
  names the request ('Re: pending' / 'any update pls?' over a quoted reset request), the type is
  `unknown`: quoted text does not count as the mail's content.
- A mail that mentions SSO IDs, passwords or roles without asking for any of them is `unknown`: a request
  for statistics on SSO IDs created / passwords reset / roles mapped, an RTI application about SSO IDs, a
  thank-you note, an out-of-office that names 'SSO ID and password matters', a quarantine digest listing a
  phishing subject about an SSO reset.
- Where the subject and the body disagree, the body says explicitly which is meant ('no new ID is
  required ... only his roles need to be mapped'; 'Please ignore the subject line'); the body decides.
- e-Sanchit documents not visible to assessing officers in ICES is an officer's system problem, not a
  trader's ICEGATE portal login / IEC / registration: `unknown`.
- An officer's ECCS password reset ('Kindly reset my ECCS password') is `eccs`, not `password_reset`; a
  trader's ICEGATE/IEC password reset is `trade_portal`.
- Generic: role local parts on any domain (`info@`, `accounts@`, `customs@`, `exports@`, `ops.support@`
  of a firm; an office's Gmail such as `div3.cgsthyd@gmail.com`) are generic; an individual's address on
  a firm's domain (`rohit@globaltradeimpex.com`) is personal. A landline in a generic sender's signature
  is its contact number (triage.md: it counts as the signature's contact number).
- A person forwarding a bounce (inline, or as an attached message/rfc822 whose inner message is a
  multipart/report) is that person: only the mail's own headers and top-level structure make it automated.
- An automated mail's request type comes from its own content: a list copy of a complete reset request is
  `password_reset`, an ECCS advisory or DoNotReply ECCS notice is `eccs`, an ICEGATE registration OTP for
  an IEC is `trade_portal`; bounces, delay notices and out-of-office replies with neutral content are
  `unknown`.
- A report part of a multipart/report with a `name=` parameter (Thunderbird's MDNPart2.txt) is not an
  attachment.

"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    names = set()
    rows = ["| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        assert name not in names
        names.add(name)
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        miss = ", ".join(e["missing"]) or "-"
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}; missing {miss}) |")
    from collections import Counter
    c1 = Counter(e["request_type"] for _, _, e, _ in CASES)
    c2 = Counter(e["sender_kind"] for _, _, e, _ in CASES)
    c3 = Counter(e["action"] for _, _, e, _ in CASES)
    counts = [f"{len(CASES)} mails.", "",
              "request_type: " + ", ".join(f"{k} {v}" for k, v in sorted(c1.items())),
              "", "sender_kind: " + ", ".join(f"{k} {v}" for k, v in sorted(c2.items())),
              "", "action: " + ", ".join(f"{k} {v}" for k, v in sorted(c3.items())), ""]
    (HERE / "README.md").write_text(README_HEAD.replace("{{COUNTS}}", "\n".join(counts)) + "\n## The cases\n\n"
                                    + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
