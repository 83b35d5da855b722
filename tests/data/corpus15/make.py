#!/usr/bin/env python3
"""corpus15: what counts as a mail's content (quotes, forwards) and the review rules.

Written blind from ../../../../shared/spec/triage.md, template.md and domain.md.
Run with the project's .venv python (openpyxl, pypdf). Deterministic: two runs write identical bytes.
"""
from __future__ import annotations

import datetime as dt
import email
import email.utils
import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# MIME / file builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HD = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
D = kit.D

# ------------------------------------------------------------------ files

def repack(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            d = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2025-01-01T00:00:00Z\2", d)
            zi = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, d)
    return out.getvalue()


def tmpl(*rows, **kw):
    return repack(kit.make_xlsx(list(rows), **kw))


def R(n, first, last, desig, dob, doj, mob, mail, office="Custom House, Chennai", loc="Chennai", mid="", emp=""):
    return [n, first, mid, last, desig, dob, doj, mob, mail, office, loc, emp]


ROW_A = R(1, "Karthik", "Subramanian", "Inspector", D(1997, 5, 14), D(2025, 10, 27), 9840123401, "karthik.subra97@gmail.com")
ROW_B = R(2, "Nandini", "Raghavan", "Inspector", D(1998, 8, 2), D(2025, 10, 27), 9840123402, "nandini.r98@yahoo.com")
ROW_C = R(1, "Imran", "Qureshi", "Inspector", "11/03/1996", "03/11/2025", "7506123403", "imranq96@gmail.com",
          "Custom House, Mumbai", "Mumbai")


def clean_tmpl():
    return tmpl(ROW_A, ROW_B)


def sb(name, dob="14/05/1997", doj="27/10/2025"):
    return kit.sb_pdf(name, dob, doj)


def pdf(*lines):
    return kit.make_pdf(list(lines))


def promo(name):
    return pdf("GOVERNMENT OF INDIA", "OFFICE ORDER No. 214/2025", "Sub: Promotion to the grade of Superintendent",
               f"Shri/Smt. {name}, Inspector, is hereby promoted to the grade of Superintendent.")


def transfer(name):
    return pdf("ESTABLISHMENT ORDER No. 45/2025", "TRANSFER ORDER",
               f"{name}, Superintendent, is transferred from Custom House, Kolkata to Custom House, Chennai.")


def posting(name):
    return pdf("LOCAL POSTING ORDER No. 12/2025", f"On joining, {name}, Superintendent, is posted to the Import Shed.")


def charge(name):
    return pdf("ASSUMPTION OF CHARGE REPORT", f"I, {name}, Superintendent, have assumed charge of the post on 17/11/2025.")


def cert(name):
    return pdf("CERTIFICATE", f"Certified that the name of the officer is {name}, date of birth 02/08/1998",
               "and date of joining CBIC 27/10/2025, as per the records of this office.",
               "Sd/- Joint Commissioner (P&V), Custom House, Chennai")


def A_t(x=None, fn="SSO_ID_creation_template.xlsx"):
    return kit.att(x or clean_tmpl(), XLSX, fn)


def A_sb(name="Karthik Subramanian", fn=None):
    return kit.att(sb(name), PDF, fn or f"Service_Book_{name.replace(' ', '_')}.pdf")


def A_sbj(tag, fn="Service book page 1.jpg"):
    return kit.att(kit.jpeg(tag), JPG, fn)


def A_promo(name, fn="Promotion_Order_214_2025.pdf"):
    return kit.att(promo(name), PDF, fn)


def A_tr(name, fn="Transfer_Order_45_2025.pdf"):
    return kit.att(transfer(name), PDF, fn)


def A_po(name, fn="Local_Posting_Order_12_2025.pdf"):
    return kit.att(posting(name), PDF, fn)


def A_ch(name, fn="Charge_Report.pdf"):
    return kit.att(charge(name), PDF, fn)


def A_cert(name="Nandini Raghavan", fn="Certification_Letter_JC.pdf"):
    return kit.att(cert(name), PDF, fn)


def A_png(tag=1, fn="screenshot.png"):
    return kit.att(kit.make_png(shade=100 + tag), PNG, fn)


def both_sb():
    return [A_sb("Karthik Subramanian"), A_sb("Nandini Raghavan")]


# ------------------------------------------------------------------ headers

CLIENT = {
    "zimbra": kit.ZIMBRA, "outlook": kit.OUTLOOK, "tb": kit.TB, "iphone": kit.IPHONE, "yahoo": kit.YAHOO,
    "rediff": kit.REDIFF, "gmail": {}, "lotus": {"X-Mailer": "Lotus Notes Release 9.0.1FP10 SHF68 November 30, 2018"},
}


def AR(dkim="pass", dkim_d="icegate.gov.in", spf="pass", mailfrom="user@icegate.gov.in", dmarc="pass",
       hfrom="icegate.gov.in", mx="mx.icegate.gov.in"):
    parts = []
    if dkim:
        parts.append(f"dkim={dkim} header.d={dkim_d} header.s=zm2024 header.b=Ab12Cd34")
    if spf:
        parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
    if dmarc:
        parts.append(f"dmarc={dmarc} (p=quarantine dis=none) header.from={hfrom}")
    return f"Authentication-Results: {mx};\n\t" + ";\n\t".join(parts)


def LOWER(ar_text, relay="relay.example-mail.net", ip="185.22.41.9"):
    return (f"Received: from {relay} ({relay} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTP id 7A1B2C3D4E\n"
            f"\tfor <{HD}>; Mon, 1 Dec 2025 09:00:00 +0530\n" + ar_text)


HEAD = """# corpus15: what counts as a mail's content, and the review rules

Written blind from `shared/spec/triage.md`, `shared/spec/template.md`, `shared/domain.md` and the
circulars in `shared/seeds/` (not from maild's code or the other corpora). Generated by `make.py`
(run with the project's `.venv/bin/python`; two runs write identical bytes); do not edit the files by hand.
The MIME and file builders are loaded from `../corpus2/make.py`.

{N} mails; actions: {COUNTS}.

## Coverage

- Quoted text in every client's style: Gmail `On ... wrote:` with `>` lines (also wrapped over two
  lines), Outlook `-----Original Message-----` and `________________________________` From/Sent/To/Subject
  blocks, Outlook in the Hindi locale (`प्रेषक:` / `भेजा गया:` / `प्रति:` / `विषय:`), Zimbra
  `----- Original Message -----`, Thunderbird, iPhone, Yahoo (unprefixed text under `On ... wrote:`),
  bare `>` lines and inline replies; a detail (SSO ID, mobile, name, designation) or a document
  (promotion order, transfer/posting order, charge report, template, service book, certification
  letter) named only in the quote; a generic sender whose full signature is only in its own quoted
  mail; the helpdesk's toll-free number only in the quote; a quote in another request type;
  COIN / outside-India wording only in the helpdesk's quoted boilerplate; a Lotus Notes reply whose
  quote cannot change the verdict.
- Forwards: Gmail `---------- Forwarded message ---------`, Outlook `FW:` with its header block,
  attached `message/rfc822` (files inside count, the .eml part is no attachment; the forwarder adds a
  file of his own), one-line notes from nodal officers (signed, unsigned, name only), a personal
  mailbox forwarding the officer's own ICEGATE mail, forwarded trade-portal and COIN requests.
- Review rules: certification letter in place of the service book (with and without template, from a
  non-ICEGATE generic ID, inside an rfc822, unsigned generic, named only in the quote); COIN postings
  and officers posted outside India (embassy, consulate, WCO deputation), and near misses (returned
  from an embassy, COIN as a past posting, local staff at an embassy before joining); authentication
  of icegate.gov.in senders (dmarc=fail; spf=fail without dkim; spf=fail with dkim=fail; spf=fail with
  dkim=pass and dmarc=pass; passes for another domain; dkim pass for another domain; topmost fail with a
  forged lower pass and topmost pass with a lower fail; a Gmail sender failing DMARC, to which the rule
  does not apply); ambiguous senders (two From: fields, two addresses in one From:, display names
  showing an ICEGATE address over Gmail/Yahoo) and near misses (display name equal to the address,
  a second address only in Cc); Reply-To differing from From.
- Precedence: ECCS or trade-portal mails that would otherwise be reviewed are redirected;
  out-of-office / bulk / no-reply / list mail is ignored (type from its own content, e.g. `eccs`);
  review outranks missing documents, details and signature codes.

## Readings of the contract

- Outlook's From/Sent header block in the Hindi locale (`प्रेषक:` / `भेजा गया:`) is the same
  "Outlook-style From: ... Sent: ... header block of a reply" with localised labels; what is below it
  is quoted and does not count (012, 114).
- A mail whose subject is `FW:` and whose body holds Outlook's From/Sent/To/Subject block is a
  forward, not a reply: the contract confines the quote rule to the header block "of a reply", and a
  forwarded message counts. Its text gives the request type and details.
- In a forward the forwarded officer's sign-off is not the sender's signature ("the sender's own
  sign-off at the end of the sender's own text"): a generic forwarder with an unsigned note lacks all
  four signature fields even though the forwarded text ends with a full signature; its details
  (name, SSO ID, mobile...) still count for the request.
- "An officer on a COIN posting or posted outside India" is read in the present: an officer who
  has returned from an embassy, whose COIN posting is over, or who worked at an embassy before
  joining CBIC and is posted in India is not reviewed for it (near misses 063-065).
- Wording about COIN / outside India that appears only in quoted text does not make the request one
  for such an officer; wording inside an attached message/rfc822 does (it counts as content).
- The authentication rule applies to icegate.gov.in senders only; a Gmail sender whose topmost
  header says dmarc=fail is triaged normally. `dkim=pass` for another domain than the From: domain is
  not the `dkim=pass` that rescues `spf=fail`.
- Inline replies carry no `On ... wrote:` line (the contract would put everything below such a line
  in the quote); their unprefixed lines count, the `>` lines do not.
- Left out as ambiguous: two From: addresses of different kinds (sender_kind undefined), a
  certification letter sent together with a service book, a certification letter for a promotion,
  Lotus Notes quote blocks whose recognition would change the verdict, Zimbra's
  `----- Forwarded Message -----` marker, and bounces carrying a returned request.
"""

CASES = []
BASE = dt.datetime(2025, 12, 1, 9, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))


def mk(slug, intent, e, *, frm, disp=None, subject, body, atts=(), client="zimbra", ar=None, lower=None, extra=None,
       from_raw=None, html=False, to=None):
    idx = len(CASES) + 1
    name = f"{idx:03d}-{slug}"
    date = email.utils.format_datetime(BASE + dt.timedelta(days=idx // 9, hours=idx % 9, minutes=idx % 47))
    mid = f"c15.{idx:03d}.{idx * 7919}@{frm.split('@')[1]}"
    h = kit.hdr(from_raw if from_raw is not None else kit.addr(disp, frm), subject, date, mid,
                mailer=CLIENT[client], extra=extra)
    if to:
        h["To"] = to
    crlf = client == "outlook"
    tp = kit.alt(body, b=f"{idx:03d}") if html else kit.text(body)
    m = kit.multi("mixed", [tp, *atts], f"=_c15_{idx:03d}_mixed") if atts else tp
    raw = kit.mail(h, m, crlf=crlf, ar=ar, received=lower, from_addr=frm)
    CASES.append((name, raw, e, intent))


def X(kind, rt, missing=(), action=None, kinds=(), errors=()):
    if action is None:
        action = "request_missing" if (missing or errors) else "acknowledge"
    return kit.exp(kind, rt, missing=missing, errors=errors, action=action, kinds=kinds)


def inner_mail(frm, disp, subject, date, body, atts=()):
    """An attached message/rfc822 (the officer's own mail)."""
    h = kit.hdr(kit.addr(disp, frm), subject, date, f"inner.{abs(len(body))}.{len(atts)}@{frm.split('@')[1]}",
                mailer=CLIENT["gmail"])
    tp = kit.text(body)
    m = kit.multi("mixed", [tp, *atts], "=_inner_mixed_01") if atts else tp
    raw = kit.mail(h, m, from_addr=frm)
    part = MIMEMessage(email.message_from_bytes(raw))
    del part["MIME-Version"]
    part["Content-Disposition"] = f'attachment; filename="{subject[:40]}.eml"'
    return part


# ------------------------------------------------------------------ text pieces

HD_SIG = "Regards,\nSaksham Seva Helpdesk\nDG Systems, CBIC\nToll free: 1800-266-2232 / 1800-121-4560"
HD_ASK = ("Dear Sir/Madam,\n\nKindly send your name, designation, SSO ID and mobile number from your\n"
          "ICEGATE e-mail ID so that the password of your SSO ID can be reset.\n\n" + HD_SIG)
HD_COIN = ("Dear Sir/Madam,\n\nPlease note that requests for officers on COIN postings or posted outside\n"
           "India must come from the JD/ADD/ADG of DRI headquarters. Other requests may be\n"
           "sent by the nodal officer with the template and the service book.\n\n" + HD_SIG)


def quote(style, who, whoaddr, subject, qbody):
    lines = qbody.split("\n")
    if style == "gmail":
        return (f"On Fri, 28 Nov 2025 at 16:05, {who} <{whoaddr}> wrote:\n\n"
                + "\n".join("> " + l if l else ">" for l in lines))
    if style == "outlook":
        return (f"-----Original Message-----\nFrom: {who} <{whoaddr}>\nSent: Friday, November 28, 2025 4:05 PM\n"
                f"To: {HD}\nSubject: {subject}\n\n" + qbody)
    if style == "outlook_new":
        return (f"________________________________\nFrom: {who} <{whoaddr}>\nSent: Friday, November 28, 2025 4:05 PM\n"
                f"To: Saksham Seva <{HD}>\nSubject: {subject}\n\n" + qbody)
    if style == "outlook_hi":
        return (f"________________________________\nप्रेषक: {who} <{whoaddr}>\nभेजा गया: शुक्रवार, 28 नवंबर 2025 4:05 PM\n"
                f"प्रति: Saksham Seva <{HD}>\nविषय: {subject}\n\n" + qbody)
    if style == "zimbra":
        return (f"----- Original Message -----\nFrom: \"{who}\" <{whoaddr}>\nTo: \"Saksham Seva\" <{HD}>\n"
                f"Sent: Friday, November 28, 2025 4:05:12 PM\nSubject: {subject}\n\n" + qbody)
    if style == "tb":
        return f"On 28/11/25 4:05 pm, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "iphone":
        return (f"> On 28-Nov-2025, at 4:05 PM, {who} <{whoaddr}> wrote:\n>\n"
                + "\n".join("> " + l if l else ">" for l in lines))
    if style == "yahoo":
        return (f"On Friday, 28 November, 2025 at 04:05:12 pm IST, {who} <{whoaddr}> wrote:\n\n" + qbody)
    if style == "gt":
        return "\n".join("> " + l if l else ">" for l in lines)
    raise ValueError(style)


STYLES = ["gmail", "outlook", "outlook_new", "outlook_hi", "zimbra", "tb", "iphone", "yahoo"]
STYLE_CLIENT = {"gmail": "gmail", "outlook": "outlook", "outlook_new": "outlook", "outlook_hi": "outlook",
                "zimbra": "zimbra", "tb": "tb", "iphone": "iphone", "yahoo": "yahoo", "gt": "tb"}

OFFICERS = [  # (name, designation, local part, sso id, mobile, old mobile)
    ("Arun Pillai", "Superintendent of Customs", "arun.pillai", "40716601", "9840216601", "9840216699"),
    ("Meenakshi Sundaram", "Inspector of Customs", "meenakshi.sundaram", "40716602", "9884216602", "9884216698"),
    ("Rajesh Kumar Yadav", "Appraiser", "rajeshk.yadav", "40716603", "9920216603", "9920216697"),
    ("Priya Deshmukh", "Superintendent of CGST", "priya.deshmukh", "40716604", "8879216604", "8879216696"),
    ("Gurpreet Singh Sandhu", "Inspector of CGST", "gurpreet.sandhu", "40716605", "9815216605", "9815216695"),
    ("Ananya Chatterjee", "Assistant Commissioner", "ananya.chatterjee", "40716606", "9830216606", "9830216694"),
    ("Mohammed Irfan Sheikh", "Examiner", "irfan.sheikh", "40716607", "7506216607", "7506216693"),
    ("Lakshmi Narayanan", "Preventive Officer", "lakshmi.narayanan", "40716608", "9444216608", "9444216692"),
]


def details(o, skip=()):
    name, desig, local, sso, mob, _ = o
    out = []
    if "name" not in skip:
        out.append(f"Name: {name}")
    if "designation" not in skip:
        out.append(f"Designation: {desig}")
    if "sso_id" not in skip:
        out.append(f"SSO ID: {sso}")
    if "mobile" not in skip:
        out.append(f"Mobile: {mob}")
    return "\n".join(out)


def build():
    # ---------------------------------------------------------------- A. reset replies, complete above the quote
    for i, st in enumerate(STYLES):
        o = OFFICERS[i]
        frm = f"{o[2]}@icegate.gov.in"
        body = ("Dear Sir,\n\nAs asked, my details are given below. Kindly reset the password of my SSO ID.\n\n"
                + details(o) + "\n\nRegards,\n" + o[0] + "\n\n" + quote(st, "Saksham Seva Helpdesk", HD,
                                                                       "RE: Password reset", HD_ASK))
        mk(f"quote-{st}-reset-complete-above-quote", f"{st} quote style: reset details all in the new text above a quoted helpdesk mail",
           X("icegate", "password_reset"), frm=frm, disp=o[0], subject="RE: Password reset of SSO ID",
           body=body, client=STYLE_CLIENT[st], ar=AR(mailfrom=frm))

    # ---------------------------------------------------------------- B. one detail only in the officer's own quoted mail
    skips = ["sso_id", "mobile", "sso_id", "designation", "sso_id", "mobile", "sso_id", "designation"]
    for i, st in enumerate(STYLES):
        o = OFFICERS[(i + 3) % 8]
        frm = f"{o[2]}@icegate.gov.in"
        sk = skips[i]
        own = details(o, skip=(sk,))
        if sk == "mobile":
            own += f"\nTelephone (office): 044-2526 {6600 + i}"
        q_original = ("Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset it.\n\n"
                      + details(o).replace(o[4], o[5] if sk == "mobile" else o[4]) + "\n\nRegards,\n" + o[0]
                      + "\n" + o[1] + f"\nMobile: {o[5] if sk == 'mobile' else o[4]}")
        body = ("Sir,\n\nI could not take your call. Kindly reset the password of my SSO ID.\n\n" + own
                + "\n\nRegards\n" + (o[0] if sk != "name" else "") + "\n\n"
                + quote(st, o[0], frm, "Password reset of SSO ID", q_original))
        # the officer's own quoted mail carries the full details; the reply lacks one
        mk(f"quote-{st}-reset-{sk.replace('_', '')}-only-in-quote",
           f"{st} quote style: the {sk} is only in the officer's own earlier mail quoted below",
           X("icegate", "password_reset", [sk]), frm=frm, disp=o[0], subject="RE: Password reset of SSO ID",
           body=body, client=STYLE_CLIENT[st], ar=AR(mailfrom=frm))

    # ---------------------------------------------------------------- C. status enquiries with quotes (personal)
    stat_q = ("Dear Madam,\n\nWe could not find an SSO ID in the name given. Kindly confirm your\n"
              "name, designation and mobile number.\n\n" + HD_SIG)
    frm = "deepa.menon1988@gmail.com"
    mk("quote-yahoo-status-complete-personal", "status enquiry from Yahoo, unprefixed quote under 'On ... wrote:'; details in the new text",
       X("personal", "sso_status"), frm=frm, disp="Deepa Menon", subject="Re: Whether SSO ID exists - Deepa Menon",
       body=("Dear Sir,\n\nPlease check whether any SSO ID has been created in my name.\n\nName: Deepa Menon\n"
             "Designation: Inspector, CGST Kochi\nMobile: 9446112233\n\nThanks\n\n"
             + quote("yahoo", "Saksham Seva Helpdesk", HD, "Whether SSO ID exists", stat_q)), client="yahoo")
    frm = "vivek.sharma.cbic@gmail.com"
    mk("quote-gmail-status-mobile-only-in-quote", "status enquiry from Gmail: mobile only in the officer's own quoted mail",
       X("personal", "sso_status", ["mobile"]), frm=frm, disp="Vivek Sharma", subject="Re: SSO ID status - Vivek Sharma",
       body=("Sir,\n\nI still have not heard whether an SSO ID exists in my name. Kindly check.\n\nVivek Sharma\n"
             "Inspector, CGST Jaipur\n\n" + quote("gmail", "Vivek Sharma", frm, "SSO ID status",
                                                "Sir,\nKindly tell me whether an SSO ID exists in my name.\nName: Vivek Sharma\n"
                                                "Designation: Inspector\nMobile: 9414123456")), client="gmail")
    frm = "sonal.gupta77@yahoo.co.in"
    mk("quote-zimbra-status-name-only-in-quote", "status enquiry: the officer's name only in the quoted part (and the From display name)",
       X("personal", "sso_status", ["name"]), frm=frm, disp="Sonal Gupta", subject="Re: SSO ID - existing or not",
       body=("Sir,\n\nKindly inform whether an SSO ID is already created in my name.\n"
             "Designation: Superintendent, CGST Indore\nMobile No.: 9425012345\n\n"
             + quote("zimbra", "Sonal Gupta", frm, "SSO ID - existing or not",
                     "Sir,\nMy name is Sonal Gupta. Please check my SSO ID.\n\nRegards,\nSonal Gupta")), client="yahoo")
    frm = "harish.b1985@rediffmail.com"
    mk("quote-outlook-status-designation-only-in-quote", "status enquiry from Rediffmail: designation only in the quoted original",
       X("personal", "sso_status", ["designation"]), frm=frm, disp="Harish B", subject="RE: Whether SSO ID created",
       body=("Sir,\n\nReminder: kindly let me know whether an SSO ID exists in my name.\n"
             "Name: Harish Bhandari\nMobile: 9412345670\n\n"
             + quote("outlook", "Harish Bhandari", frm, "Whether SSO ID created",
                     "Sir,\nName: Harish Bhandari\nDesignation: Inspector, CGST Dehradun\nMobile: 9412345670")),
       client="rediff")

    # ---------------------------------------------------------------- D. documents named only in the quote
    o = ("Suresh Babu Konda", "suresh.konda")
    frm = f"{o[1]}@icegate.gov.in"
    mk("quote-tb-promotion-order-only-in-quote", "Thunderbird reply: service book attached, promotion order only named in the quote",
       X("icegate", "designation_update", ["promotion_order"], kinds=["service_book"]), frm=frm, disp=o[0],
       subject="Re: Designation update on promotion - Suresh Babu Konda",
       body=("Sir,\n\nThe first page of my service book is attached, for updating my designation\n"
             "on promotion to Superintendent.\n\nRegards,\nSuresh Babu Konda\n\n"
             + quote("tb", "Suresh Babu Konda", "",
                     "Promotion", "Sir,\nPlease update my designation. The promotion order is attached.\nSuresh Babu Konda")),
       atts=[A_sb(o[0])], client="tb")
    frm = "kavita.joshi@icegate.gov.in"
    mk("quote-outlook-role-orders-only-in-quote", "Outlook reply: only the charge report attached; transfer and posting orders named in the quoted mail",
       X("icegate", "role_mapping", ["transfer_order", "posting_order"], kinds=["charge_report"]), frm=frm,
       disp="Kavita Joshi", subject="RE: ACES role mapping on transfer - Kavita Joshi",
       body=("Sir,\n\nPlease find attached my assumption of charge report. Kindly map my ACES\nroles on transfer.\n\n"
             "Regards,\nKavita Joshi\nSuperintendent\n\n"
             + quote("outlook", "Kavita Joshi", frm, "ACES role mapping on transfer",
                     "Sir,\nAttached: transfer order No. 45/2025 and local posting order No. 12/2025.\n"
                     "Kindly map my roles in ACES.\nKavita Joshi")),
       atts=[A_ch("Kavita Joshi", "Assumption_of_Charge_Kavita_Joshi.pdf")], client="outlook")
    frm = "sysmgr.chennaisea@icegate.gov.in"
    SIG_SM = ("Regards,\nR. Balasubramanian Iyer\nDeputy Commissioner (System Manager)\nCustom House, Chennai\n"
              "Email: balasubramanian.iyer@icegate.gov.in\nMobile: 9445011223")
    mk("quote-zimbra-creation-reminder-no-attachments", "System Manager's reminder on a creation request: template and service books only in the quoted request",
       X("generic", "sso_creation", ["template", "service_book"]), frm=frm, disp="System Manager Chennai Sea",
       subject="Re: SSO ID creation - 2 Inspectors - Custom House Chennai",
       body=("Sir,\n\nReminder. The SSO IDs requested below for two newly joined Inspectors\nhave not been created yet. "
             "Kindly create them at the earliest.\n\n" + SIG_SM + "\n\n"
             + quote("zimbra", "System Manager Chennai Sea", frm, "SSO ID creation - 2 Inspectors - Custom House Chennai",
                     "Sir,\nKindly create SSO IDs for the two Inspectors. The template and their\n"
                     "service books are attached.\n\n" + SIG_SM)))
    frm = "rohit.verma@icegate.gov.in"
    mk("quote-gmail-promotion-service-book-only-in-quote", "Gmail-style reply: promotion order attached; the service book only named in the quote",
       X("icegate", "designation_update", ["service_book"], kinds=["promotion_order"]), frm=frm, disp="Rohit Verma",
       subject="Re: Update of designation on promotion", client="gmail",
       body=("Sir,\n\nAttached is the promotion order. Please update my designation in ACES.\n\nRohit Verma\nSuperintendent\n\n"
             + quote("gmail", "Rohit Verma", frm, "Update of designation on promotion",
                     "Sir, the first page of my service book is attached. Rohit Verma")),
       atts=[A_promo("Rohit Verma")])

    # ---------------------------------------------------------------- E. the quoted writer's signature
    for i, st in enumerate(["outlook", "zimbra", "gmail", "tb"]):
        frm = ["sysmgr.jnch@icegate.gov.in", "sysmgr.kolkataport@icegate.gov.in", "edi.section.tuticorin@icegate.gov.in",
               "sysmgr.cochin@icegate.gov.in"][i]
        full = ["Regards,\nSandeep Kulkarni\nAssistant Commissioner (System Manager)\nJNCH, Nhava Sheva\n"
                "Email: sandeep.kulkarni@icegate.gov.in\nMobile: 9820456781",
                "Regards,\nSubhasis Mukherjee\nDeputy Commissioner (Systems)\nCustom House, Kolkata\n"
                "Email: subhasis.mukherjee@icegate.gov.in\nMobile: 9830456782",
                "Regards,\nJ. Antony Raj\nSuperintendent (EDI)\nCustom House, Tuticorin\n"
                "Email: antony.raj@icegate.gov.in\nMobile: 9443456783",
                "Regards,\nSreeja Nair\nAssistant Commissioner (System Manager)\nCustom House, Cochin\n"
                "Email: sreeja.nair@icegate.gov.in\nMobile: 9447456784"][i]
        if i < 2:  # no sign-off of its own at all
            own = ""
            miss = ["signature_name", "signature_designation", "signature_email", "signature_phone"]
        else:  # name and designation only
            own = "Regards,\n" + "\n".join(full.split("\n")[1:3])
            miss = ["signature_email", "signature_phone"]
        body = ("Sir,\n\nThe service book first pages of both officers are attached as asked, for\n"
                "creation of their SSO IDs (template sent earlier).\n\n" + own + "\n\n"
                + quote(st, "Nodal officer", frm, "SSO ID creation - 2 Inspectors",
                        "Sir,\nKindly create SSO IDs for two Inspectors. Template attached.\n\n" + full))
        mk(f"quote-{st}-generic-signature-only-in-quote",
           f"{st} quote style: a generic mailbox replies; the full signature is only in its own quoted earlier mail",
           X("generic", "sso_creation", ["template"] + miss, kinds=["service_book", "service_book"]), frm=frm,
           disp="System Manager", subject="RE: SSO ID creation - 2 Inspectors", body=body, atts=both_sb(),
           client=STYLE_CLIENT[st])

    # helpdesk's quoted toll-free number is no contact number of a generic sender
    frm = "sysmgr.mundra@icegate.gov.in"
    mk("quote-outlook-generic-phone-only-in-helpdesk-quote", "generic sender signs name, designation and e-mail; the only phone is the helpdesk's toll-free in the quote",
       X("generic", "sso_creation", ["signature_phone"], kinds=["template", "service_book", "service_book"]), frm=frm,
       disp="SysMgr Mundra", subject="RE: SSO ID creation - template corrected",
       body=("Sir,\n\nThe corrected template and both service books are attached. Kindly create\nthe SSO IDs.\n\n"
             "Regards,\nHitendra Solanki\nSuperintendent (System Manager)\nEmail: hitendra.solanki@icegate.gov.in\n\n"
             + quote("outlook", "Saksham Seva Helpdesk", HD, "SSO ID creation",
                     "Sir,\nThe template has initials in the last name. Kindly correct and resend.\n\n" + HD_SIG)),
       atts=[A_t()] + both_sb(), client="outlook")

    # ---------------------------------------------------------------- F. quoted part in another request type
    o = OFFICERS[0]
    frm = f"{o[2]}@icegate.gov.in"
    mk("quote-outlook-reset-over-status-thread", "new text asks a password reset (new subject); quoted part is an earlier status enquiry",
       X("icegate", "password_reset"), frm=frm, disp=o[0], subject="Password reset request - SSO ID " + o[3],
       body=("Sir,\n\nThank you for confirming my SSO ID. I have now forgotten its password;\nkindly reset it.\n\n"
             + details(o) + "\n\nRegards,\n" + o[0] + "\n\n"
             + quote("outlook", "Saksham Seva Helpdesk", HD, "RE: Whether SSO ID exists",
                     "Sir,\nAn SSO ID exists in your name. Whether an SSO ID exists is confirmed.\n\n" + HD_SIG)),
       client="outlook")
    frm = "naveen.reddy@icegate.gov.in"
    mk("quote-gmail-role-mapping-over-eccs-advice", "new text asks ACES role mapping with all three documents; the quoted helpdesk mail talks of ECCS",
       X("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]), frm=frm,
       disp="Naveen Reddy", subject="ACES role mapping after transfer - Naveen Reddy", client="gmail",
       body=("Sir,\n\nI joined Custom House, Chennai on transfer. Kindly map my roles in ACES.\n"
             "Transfer order, local posting order and charge report are attached.\n\nNaveen Reddy\nSuperintendent\n\n"
             + quote("gmail", "Saksham Seva Helpdesk", HD, "ECCS login",
                     "Sir,\nECCS password issues are handled by the ECCS helpdesk,\neccs.helpdesk@icegate.gov.in, 1800-2666-882.\n\n"
                     + HD_SIG)),
       atts=[A_tr("Naveen Reddy"), A_po("Naveen Reddy"), A_ch("Naveen Reddy")])
    frm = "pooja.bansal@icegate.gov.in"
    mk("quote-tb-eccs-over-reset-thread", "new text is about the ECCS login (new subject); quoted part is a password-reset exchange",
       X("icegate", "eccs", action="redirect"), frm=frm, disp="Pooja Bansal", subject="ECCS application login failing",
       body=("Sir,\n\nAfter the ECCS password expiry I am unable to log into the ECCS application.\nKindly help.\n\n"
             "Pooja Bansal\nAppraiser, Air Cargo Complex\n\n"
             + quote("tb", "Saksham Seva Helpdesk", HD, "Password reset", HD_ASK)), client="tb")
    frm = "ramesh.chandra1979@gmail.com"
    mk("quote-iphone-status-over-creation-thread", "status enquiry from a personal mailbox on an iPhone; the quote is a creation discussion",
       X("personal", "sso_status"), frm=frm, disp="Ramesh Chandra", subject="Whether SSO ID exists - Ramesh Chandra",
       body=("Sir, kindly tell me whether an SSO ID exists in my name.\nName: Ramesh Chandra\n"
             "Designation: Superintendent, CGST Lucknow\nMobile: 9415098765\n\nSent from my iPhone\n\n"
             + quote("iphone", "System Manager", "sysmgr.lucknow@icegate.gov.in", "SSO ID creation",
                     "Creation of SSO ID needs the template and the service book. Please send them.")), client="iphone")

    # ---------------------------------------------------------------- G. COIN / abroad named only in quoted boilerplate
    frm = "sysmgr.vizag@icegate.gov.in"
    mk("quote-zimbra-coin-only-in-helpdesk-boilerplate", "creation resent complete by a generic sender with full signature; 'COIN postings ... outside India' only in the helpdesk's quoted boilerplate",
       X("generic", "sso_creation", kinds=["template", "service_book", "service_book"]), frm=frm, disp="System Manager Vizag",
       subject="Re: SSO ID creation - Custom House Visakhapatnam",
       body=("Sir,\n\nThe template and the service books of the two Inspectors posted at Custom\n"
             "House, Visakhapatnam are attached. Kindly create their SSO IDs.\n\nRegards,\nPalla Gopichand\n"
             "Assistant Commissioner (EDI)\nEmail: palla.gopichand@icegate.gov.in\nMobile: 9440123456\n\n"
             + quote("zimbra", "Saksham Seva Helpdesk", HD, "SSO ID creation", HD_COIN)),
       atts=[A_t()] + both_sb())
    frm = "deepak.rawat@icegate.gov.in"
    mk("quote-gt-reset-abroad-only-in-helpdesk-boilerplate", "reset from ICEGATE ID; 'posted outside India' only in '>' lines of the helpdesk's boilerplate",
       X("icegate", "password_reset"), frm=frm, disp="Deepak Rawat", subject="Re: Password reset",
       body=("Sir,\n\nKindly reset my SSO ID password.\nName: Deepak Rawat\nDesignation: Inspector, ICD Tughlakabad\n"
             "SSO ID: 40716690\nMobile: 9810216690\n\nRegards,\nDeepak Rawat\n\n" + quote("gt", "", "", "", HD_COIN)),
       client="tb")

    # ---------------------------------------------------------------- H. inline replies
    frm = "sanjay.mishra@icegate.gov.in"
    mk("inline-reply-all-answers", "inline reply: answers typed between the helpdesk's '>' lines count",
       X("icegate", "password_reset"), frm=frm, disp="Sanjay Mishra", subject="Re: Password reset of SSO ID",
       body=("> Kindly send the following details for resetting the password of your SSO ID:\n> Name:\n"
             "Name: Sanjay Mishra\n> Designation:\nDesignation: Superintendent, CGST Patna\n> SSO ID:\nSSO ID: 40716691\n"
             "> Mobile number:\nMobile: 9431216691\n>\n> Saksham Seva Helpdesk\n\nRegards,\nSanjay Mishra\n"), client="tb")
    frm = "farah.khan@icegate.gov.in"
    mk("inline-reply-mobile-unanswered", "inline reply: the mobile question is left unanswered; the old mobile sits only on a '>' line",
       X("icegate", "password_reset", ["mobile"]), frm=frm, disp="Farah Khan", subject="Re: Password reset of SSO ID",
       body=("> Kindly confirm your details. Your mobile as per our records: 9820216692\n> Name:\n"
             "Name: Farah Khan\n> Designation:\nDesignation: Appraiser\n> SSO ID:\nSSO ID: 40716692\n"
             "> Mobile number (a number on which you can be reached):\n>\n\nRegards,\nFarah Khan\n"), client="tb")
    frm = "alok.tiwari@icegate.gov.in"
    mk("inline-reply-sso-id-only-in-gt-line", "inline reply to the officer's own mail: the SSO ID only on a '>' line",
       X("icegate", "password_reset", ["sso_id"]), frm=frm, disp="Alok Tiwari", subject="Re: Password reset of SSO ID",
       body=("Sir, please reset the password; my details are below.\nName: Alok Tiwari\nDesignation: Inspector\n"
             "Mobile: 9450216693\n\n> SSO ID: 40716693\n> Alok Tiwari\n"), client="tb")

    # ---------------------------------------------------------------- I. forwards
    SIG_SM2 = ("Regards,\nVenkatesh Prasad\nAssistant Commissioner (System Manager)\nCustom House, Bengaluru\n"
               "Email: venkatesh.prasad@icegate.gov.in\nMobile: 9448011224")
    fwd_hdr = ("---------- Forwarded message ---------\nFrom: {n} <{a}>\nDate: Thu, 27 Nov 2025 at 11:12\n"
               "Subject: {s}\nTo: <sysmgr.blr@icegate.gov.in>\n\n")
    frm = "sysmgr.blr@icegate.gov.in"
    mk("fwd-gmail-sysmgr-reset-complete", "System Manager forwards (Gmail) an officer's reset request with details; full signature",
       X("generic", "password_reset"), frm=frm, disp="System Manager Bengaluru", subject="Fwd: Password reset - Chetan Gowda",
       body=("Forwarded for necessary action.\n\n" + SIG_SM2 + "\n\n"
             + fwd_hdr.format(n="Chetan Gowda", a="chetan.gowda90@gmail.com", s="Password reset")
             + "Sir,\nI forgot the password of my SSO ID. Kindly reset.\nName: Chetan Gowda\nDesignation: Inspector\n"
               "SSO ID: 40716701\nMobile: 9845216701\n\nChetan Gowda\n"), client="gmail")
    mk("fwd-gmail-sysmgr-reset-note-unsigned", "System Manager's generic ID forwards with a one-line note and no sign-off; the officer's signature below is not the sender's",
       X("generic", "password_reset", ["signature_name", "signature_designation", "signature_email", "signature_phone"]),
       frm=frm, disp="System Manager Bengaluru", subject="Fwd: Password reset - Shwetha Rao",
       body=("Pl. do the needful.\n\n" + fwd_hdr.format(n="Shwetha Rao", a="shwetha.rao@icegate.gov.in", s="Password reset")
             + "Sir,\nKindly reset my SSO ID password.\nName: Shwetha Rao\nDesignation: Superintendent\nSSO ID: 40716702\n"
               "Mobile: 9845216702\n\nRegards,\nShwetha Rao\nSuperintendent\nEmail: shwetha.rao@icegate.gov.in\n"
               "Mobile: 9845216702\n"), client="gmail")
    frm = "v.krishnamurthy@icegate.gov.in"
    mk("fwd-gmail-ac-creation-with-files", "AC's individual ICEGATE ID forwards an Inspector's Gmail creation request with template and service book",
       X("icegate", "sso_creation", kinds=["template", "service_book"]), frm=frm, disp="V Krishnamurthy",
       subject="Fwd: SSO ID creation request - Karthik Subramanian", client="gmail",
       body=("Forwarded for creation of SSO ID.\n\nKrishnamurthy V\nAssistant Commissioner\n\n"
             + fwd_hdr.format(n="Karthik Subramanian", a="karthik.subra97@gmail.com", s="SSO ID creation request")
             + "Sir,\nI joined as Inspector on 27.10.2025. Kindly create my SSO ID. Template and\n"
               "service book attached.\nKarthik\n"),
       atts=[A_t(tmpl(ROW_A)), A_sb()])
    mk("fwd-gmail-ac-creation-no-service-book", "forwarded creation request carrying only the template",
       X("icegate", "sso_creation", ["service_book"], kinds=["template"]), frm=frm, disp="V Krishnamurthy",
       subject="Fwd: SSO ID creation - Nandini Raghavan", client="gmail",
       body=("FYNA.\n\n" + fwd_hdr.format(n="Nandini Raghavan", a="nandini.r98@yahoo.com", s="SSO ID creation")
             + "Sir,\nPlease create my SSO ID. Filled template attached.\nNandini Raghavan\nInspector\n"),
       atts=[A_t(tmpl(ROW_B))])
    frm = "sysmgr.delhiacc@icegate.gov.in"
    SIG_SM3 = ("Regards,\nManoj Kumar Saini\nDeputy Commissioner (System Manager)\nACC Import, New Delhi\n"
               "Email: manojk.saini@icegate.gov.in\nPhone: 011-2565 3921")
    inner = inner_mail("imran.qureshi96@gmail.com", "Imran Qureshi", "SSO ID creation - Imran Qureshi",
                       "Wed, 26 Nov 2025 10:00:00 +0530",
                       "Sir,\nKindly create my SSO ID. Template and service book attached.\nImran Qureshi\nInspector\n",
                       [A_t(tmpl(ROW_C), "my_template.xlsx"), A_sbj(31)])
    mk("fwd-rfc822-creation-files-inside", "generic System Manager attaches the officer's mail as message/rfc822; the template and photo inside count, the .eml part is no attachment",
       X("generic", "sso_creation", kinds=["template", "service_book"]), frm=frm, disp="System Manager ACC Delhi",
       subject="SSO ID creation - Imran Qureshi (mail attached)",
       body="Sir,\n\nThe request of the officer is attached for creation of SSO ID.\n\n" + SIG_SM3, atts=[inner])
    inner = inner_mail("tarun.das@icegate.gov.in", "Tarun Das", "Password reset - Tarun Das",
                       "Wed, 26 Nov 2025 11:00:00 +0530",
                       "Sir,\nKindly reset my SSO ID password.\nName: Tarun Das\nDesignation: Superintendent\n"
                       "SSO ID: 40716703\nMobile: 9864216703\n")
    mk("fwd-rfc822-reset-details-inside", "generic sender attaches an officer's reset mail (rfc822); the details inside count",
       X("generic", "password_reset"), frm=frm, disp="System Manager ACC Delhi", subject="Password reset - Tarun Das",
       body="Sir,\n\nThe officer's request is attached. Kindly reset his password.\n\n" + SIG_SM3, atts=[inner])
    inner = inner_mail("yamini.rao@icegate.gov.in", "Yamini Rao", "Role mapping on transfer",
                       "Wed, 26 Nov 2025 12:00:00 +0530",
                       "Sir,\nKindly map my ACES roles on transfer. Orders and charge report attached.\nYamini Rao\n",
                       [A_tr("Yamini Rao"), A_po("Yamini Rao")])
    mk("fwd-rfc822-role-inner-plus-outer-file", "rfc822 carries two orders; the forwarder attaches the charge report herself",
       X("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]), frm=frm,
       disp="System Manager ACC Delhi", subject="ACES role mapping - Yamini Rao",
       body="Sir,\n\nThe officer's mail is attached; her charge report is enclosed too.\n\n" + SIG_SM3,
       atts=[inner, A_ch("Yamini Rao", "Joining_Report_Yamini_Rao.pdf")])
    inner = inner_mail("suman.lata@icegate.gov.in", "Suman Lata", "Designation update",
                       "Wed, 26 Nov 2025 12:30:00 +0530",
                       "Sir,\nKindly update my designation in ACES on promotion. Promotion order attached.\nSuman Lata\n",
                       [A_promo("Suman Lata")])
    mk("fwd-rfc822-promotion-no-service-book", "rfc822 with only the promotion order inside: service book missing",
       X("generic", "designation_update", ["service_book"], kinds=["promotion_order"]), frm=frm,
       disp="System Manager ACC Delhi", subject="Designation update on promotion - Suman Lata",
       body="Sir,\n\nForwarding the request of the officer, attached.\n\n" + SIG_SM3, atts=[inner])
    # Outlook FW: with its header block
    frm = "sysmgr.kandla@icegate.gov.in"
    SIG_SM4 = ("Regards,\nAlpesh Chaudhari\nSuperintendent (System Manager)\nCustom House, Kandla\n"
               "Email: alpesh.chaudhari@icegate.gov.in\nMobile: 9426011225")
    mk("fwd-outlook-fw-reset-details-in-forward", "Outlook FW: the forwarded block (From/Sent/To/Subject) carries the reset details; a forward, so it counts",
       X("generic", "password_reset"), frm=frm, disp="System Manager Kandla", subject="FW: Password reset - Bhavesh Patel",
       body=("Sir,\n\nForwarded for resetting the password.\n\n" + SIG_SM4 + "\n\n"
             "________________________________\nFrom: Bhavesh Patel <bhavesh.patel@icegate.gov.in>\n"
             "Sent: Thursday, November 27, 2025 10:15 AM\nTo: sysmgr.kandla@icegate.gov.in\nSubject: Password reset\n\n"
             "Sir,\nI forgot my SSO ID password. Kindly get it reset.\nName: Bhavesh Patel\nDesignation: Inspector\n"
             "SSO ID: 40716704\nMobile: 9426216704\n"), client="outlook")
    mk("fwd-outlook-fw-status-request-type-from-forward", "Outlook FW with a bare note: the request type comes only from the forwarded text (status enquiry)",
       X("generic", "sso_status"), frm=frm, disp="System Manager Kandla", subject="FW: Request",
       body=("Sir,\n\nPl. see below.\n\n" + SIG_SM4 + "\n\n"
             "-----Original Message-----\nFrom: Jignesh Vora <jignesh.vora85@gmail.com>\n"
             "Sent: Thursday, November 27, 2025 10:20 AM\nTo: sysmgr.kandla@icegate.gov.in\nSubject: Request\n\n"
             "Sir,\nKindly find out whether an SSO ID exists in my name.\nName: Jignesh Vora\n"
             "Designation: Superintendent\nMobile: 9426216705\n"), client="outlook")
    frm = "asha.menon@gmail.com"
    mk("fwd-gmail-personal-forwards-own-icegate-mail", "an officer forwards from her Gmail her own earlier ICEGATE mail: the forwarder (personal) is the sender",
       X("personal", "password_reset", ["icegate_sender"]), frm=frm, disp="Asha Menon", subject="Fwd: Password reset",
       body=("Sir, forwarding my earlier request again as I cannot log in to ICEGATE mail.\n\n"
             + fwd_hdr.format(n="Asha Menon", a="asha.menon@icegate.gov.in", s="Password reset")
             + "Sir,\nKindly reset my SSO ID password.\nName: Asha Menon\nDesignation: Inspector\nSSO ID: 40716706\n"
               "Mobile: 9447216706\n"), client="gmail")
    frm = "sysmgr.blr@icegate.gov.in"
    mk("fwd-gmail-trade-portal-forwarded", "System Manager forwards an exporter's ICEGATE portal login problem: redirect",
       X("generic", "trade_portal", action="redirect"), frm=frm, disp="System Manager Bengaluru",
       subject="Fwd: ICEGATE login issue - IEC 0712345678", client="gmail",
       body=("For necessary action please.\n\n" + SIG_SM2 + "\n\n"
             + fwd_hdr.format(n="Sri Lakshmi Exports", a="srilakshmiexports@gmail.com", s="ICEGATE login issue")
             + "Sir,\nWe are an exporter, IEC 0712345678. We cannot log in to the ICEGATE portal\n"
               "and need to change the registered mobile number on our ICEGATE registration.\n"))
    frm = "systems.drihq@icegate.gov.in"
    mk("fwd-gmail-dri-coin-creation", "DRI HQ systems mailbox forwards a creation request for an officer on COIN posting: review",
       X("generic", "sso_creation", kinds=["template", "service_book"], action="review"), frm=frm, disp="DRI HQ Systems",
       subject="Fwd: SSO ID creation - officer on COIN posting", client="gmail",
       body=("Sir,\n\nForwarded for creation of SSO ID.\n\nRegards,\nAmitabh Verma\nJoint Director (Systems), DRI HQ\n"
             "Email: amitabh.verma@icegate.gov.in\nMobile: 9811011226\n\n"
             + fwd_hdr.format(n="Ravi Teja", a="raviteja.irs@gmail.com", s="SSO ID creation")
             + "Sir,\nI am an officer on COIN posting. Kindly create my SSO ID. Template and\nservice book attached.\n"),
       atts=[A_t(tmpl(ROW_A)), A_sb()])

    # ---------------------------------------------------------------- J. certification letter
    frm = "sysmgr.chennaisea@icegate.gov.in"
    mk("cert-letter-with-template-generic", "clean template with a JC's certification letter in place of the service book: review",
       X("generic", "sso_creation", kinds=["template", "certification_letter"], action="review"), frm=frm,
       disp="System Manager Chennai Sea", subject="SSO ID creation - Nandini Raghavan",
       body=("Sir,\n\nThe service book of the officer has not yet been received from her earlier\n"
             "department. A certificate of the Joint Commissioner (P&V) giving her name, date of\n"
             "birth and date of joining is attached with the template.\n\n" + SIG_SM), atts=[A_t(tmpl(ROW_B)), A_cert()])
    frm = "anil.saxena@icegate.gov.in"
    mk("cert-letter-no-template", "certification letter only, template to follow: review, template still missing",
       X("icegate", "sso_creation", ["template"], kinds=["certification_letter"], action="review"), frm=frm,
       disp="Anil Saxena", subject="SSO ID creation - certificate in lieu of service book",
       body=("Sir,\n\nA certificate signed by the Joint Commissioner in lieu of the service book is\nattached for "
             "creating the SSO ID of Inspector Nandini Raghavan. The template will follow.\n\nAnil Saxena\n"
             "Assistant Commissioner\n"), atts=[A_cert(fn="Certificate_JC_Nandini.pdf")])
    frm = "estt.cgstpune@gmail.com"
    mk("cert-letter-from-gmail-generic", "office Gmail (generic, not ICEGATE) sends template + certification letter: review with icegate_sender missing",
       X("generic", "sso_creation", ["icegate_sender"], kinds=["template", "certification_letter"], action="review"),
       frm=frm, disp="Establishment Section CGST Pune", subject="SSO ID creation - 1 Inspector", client="gmail",
       body=("Sir,\n\nKindly create SSO ID for the Inspector in the attached template. The\ncertification letter "
             "signed by the Joint Commissioner is attached in place of the service book.\n\nRegards,\n"
             "Shubhangi Patil\nSuperintendent (Estt.)\nEmail: shubhangi.patil@icegate.gov.in\nMobile: 9822011227\n"),
       atts=[A_t(tmpl(ROW_B)), A_cert()])
    frm = "sysmgr.delhiacc@icegate.gov.in"
    inner = inner_mail("nandini.r98@yahoo.com", "Nandini Raghavan", "SSO ID creation",
                       "Wed, 26 Nov 2025 15:00:00 +0530", "Sir,\nTemplate and certificate attached.\nNandini\n",
                       [A_t(tmpl(ROW_B)), A_cert()])
    mk("cert-letter-inside-rfc822", "the certification letter travels inside an attached message/rfc822: review",
       X("generic", "sso_creation", kinds=["template", "certification_letter"], action="review"), frm=frm,
       disp="System Manager ACC Delhi", subject="SSO ID creation - Nandini Raghavan",
       body="Sir,\n\nThe officer's request is attached.\n\n" + SIG_SM3, atts=[inner])
    frm = "geeta.pandey@icegate.gov.in"
    mk("cert-letter-only-in-quote", "reply with the template only; a certification letter is named in the quote only, so neither it nor a service book is attached",
       X("icegate", "sso_creation", ["service_book"], kinds=["template"]), frm=frm, disp="Geeta Pandey",
       subject="RE: SSO ID creation - Nandini Raghavan",
       body=("Sir,\n\nThe corrected template is attached. Kindly create the SSO ID.\n\nGeeta Pandey\nDeputy Commissioner\n\n"
             + quote("outlook", "Geeta Pandey", frm, "SSO ID creation - Nandini Raghavan",
                     "Sir,\nA certification letter of the Joint Commissioner is attached in place of\nthe service book.\n"
                     "Geeta Pandey")), atts=[A_t(tmpl(ROW_B))], client="outlook")
    frm = "sysmgr.cochin@icegate.gov.in"
    mk("cert-letter-generic-unsigned", "certification letter from a generic ID with no signature: review wins over the missing signature codes",
       X("generic", "sso_creation", ["signature_name", "signature_designation", "signature_email", "signature_phone"],
         kinds=["template", "certification_letter"], action="review"), frm=frm, disp="System Manager Cochin",
       subject="SSO ID creation", body=("Sir,\n\nTemplate and the JC's certification letter attached in lieu of the "
                                       "service book.\n"), atts=[A_t(tmpl(ROW_B)), A_cert()])

    # ---------------------------------------------------------------- K. COIN / outside India, and near misses
    frm = "amitabh.verma@icegate.gov.in"
    mk("coin-dri-jd-creation", "JD DRI HQ (individual ICEGATE) asks for an SSO ID for an officer on COIN posting: review",
       X("icegate", "sso_creation", kinds=["template", "service_book"], action="review"), frm=frm, disp="Amitabh Verma",
       subject="SSO ID creation - officer on COIN posting",
       body=("Sir,\n\nKindly create an SSO ID for Shri Karthik Subramanian, Inspector, presently\n"
             "on COIN posting. Template and service book attached.\n\nAmitabh Verma\nJoint Director, DRI HQ\n"),
       atts=[A_t(tmpl(ROW_A)), A_sb()])
    frm = "sameer.kapoor@icegate.gov.in"
    mk("abroad-embassy-reset", "password reset for an officer now posted at the Embassy of India, Washington DC: review",
       X("icegate", "password_reset", action="review"), frm=frm, disp="Sameer Kapoor", subject="Password reset - SSO ID",
       body=("Sir,\n\nI am presently posted at the Embassy of India, Washington DC as Customs\n"
             "attache. Kindly reset my SSO ID password.\nName: Sameer Kapoor\nDesignation: Deputy Commissioner\n"
             "SSO ID: 40716710\nMobile: 9811216710\n\nSameer Kapoor\n"))
    frm = "nitin.agarwal.irs@gmail.com"
    mk("abroad-deputation-status-personal", "status enquiry from an officer on deputation abroad (Brussels): review even though complete",
       X("personal", "sso_status", action="review"), frm=frm, disp="Nitin Agarwal", subject="Whether my SSO ID exists",
       body=("Sir,\n\nI am presently on deputation abroad at the World Customs Organization,\nBrussels (posted outside "
             "India). Kindly tell me whether an SSO ID exists in my name.\nName: Nitin Agarwal\nDesignation: "
             "Additional Commissioner\nMobile: +91 9811216711\n\nNitin Agarwal\n"), client="gmail")
    frm = "dri.hq.systems@icegate.gov.in"
    mk("abroad-consulate-role-mapping", "role mapping for an officer posted at the Consulate General of India, Dubai (outside India): review",
       X("generic", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"], action="review"), frm=frm,
       disp="DRI HQ Systems", subject="ACES role mapping - Vikas Malhotra",
       body=("Sir,\n\nShri Vikas Malhotra, Superintendent, has been posted outside India at the\nConsulate General of "
             "India, Dubai. Kindly map his roles in ACES as per the attached\ntransfer order, posting order and charge "
             "report.\n\nRegards,\nHemant Rathore\nAdditional Director, DRI HQ\nEmail: hemant.rathore@icegate.gov.in\n"
             "Mobile: 9811011228\n"), atts=[A_tr("Vikas Malhotra"), A_po("Vikas Malhotra"), A_ch("Vikas Malhotra")])
    frm = "sysmgr.vizag@icegate.gov.in"
    mk("coin-personal-creation-missing-too", "COIN request from an officer's Gmail without service book: review wins, missing still listed",
       X("personal", "sso_creation", ["icegate_sender", "service_book"], kinds=["template"], action="review"),
       frm="raviteja.irs@gmail.com", disp="Ravi Teja", subject="SSO ID creation - COIN posting",
       body=("Sir,\n\nI am on COIN posting at present. Kindly create my SSO ID; template attached.\n\nRavi Teja\n"
             "Inspector\n"), atts=[A_t(tmpl(ROW_A))], client="gmail")
    # near misses
    frm = "sunil.thomas@icegate.gov.in"
    mk("nearmiss-returned-from-embassy-reset", "officer who returned from the Embassy of India, Kathmandu and is now at Chennai: not posted outside India",
       X("icegate", "password_reset"), frm=frm, disp="Sunil Thomas", subject="Password reset - SSO ID",
       body=("Sir,\n\nI have returned from deputation at the Embassy of India, Kathmandu and have\njoined Custom House, "
             "Chennai. Kindly reset the password of my SSO ID.\nName: Sunil Thomas\nDesignation: Superintendent\n"
             "SSO ID: 40716712\nMobile: 9444216712\n\nSunil Thomas\n"))
    frm = "rekha.iyer@icegate.gov.in"
    mk("nearmiss-coin-past-posting-role-mapping", "'COIN' named only as the officer's previous posting; now joined in Mumbai with all documents",
       X("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]), frm=frm, disp="Rekha Iyer",
       subject="ACES role mapping on joining - Rekha Iyer",
       body=("Sir,\n\nOn completion of my earlier COIN posting I have been transferred to and have\njoined the New "
             "Custom House, Mumbai. Kindly map my ACES roles. Transfer order,\nlocal posting order and assumption of "
             "charge report are attached.\n\nRekha Iyer\nSuperintendent\n"),
       atts=[A_tr("Rekha Iyer"), A_po("Rekha Iyer"), A_ch("Rekha Iyer")])
    frm = "sysmgr.chennaisea@icegate.gov.in"
    mk("nearmiss-repatriated-creation", "creation for Inspectors in Chennai; the note mentions one was earlier with the Indian Embassy as local staff before joining",
       X("generic", "sso_creation", kinds=["template", "service_book"]), frm=frm, disp="System Manager Chennai Sea",
       subject="SSO ID creation - Karthik Subramanian",
       body=("Sir,\n\nKindly create an SSO ID for Shri Karthik Subramanian, Inspector, who joined\nCustom House, "
             "Chennai on 27.10.2025 and is posted in the Import Shed, Chennai. Before joining\nCBIC he worked as local staff "
             "in the Embassy of India, Muscat.\nTemplate and service book attached.\n\n"
             + SIG_SM), atts=[A_t(tmpl(ROW_A)), A_sb()])

    # ---------------------------------------------------------------- L. authentication
    def reset_body(n, d, s, m):
        return (f"Sir,\n\nKindly reset the password of my SSO ID.\nName: {n}\nDesignation: {d}\nSSO ID: {s}\n"
                f"Mobile: {m}\n\nRegards,\n{n}\n")
    auth = [
        ("dmarc-fail", AR(dkim="none", spf="fail", dmarc="fail"), None, True,
         "topmost says dmarc=fail"),
        ("spf-fail-no-dkim", AR(dkim=None, spf="fail", dmarc=None), None, True,
         "topmost says spf=fail and has no dkim result"),
        ("spf-fail-dkim-fail", AR(dkim="fail", spf="fail", dmarc=None), None, True,
         "topmost says spf=fail and dkim=fail"),
        ("spf-fail-dkim-pass", AR(dkim="pass", spf="fail", dmarc="pass"), None, False,
         "spf=fail but dkim=pass for icegate.gov.in and dmarc=pass: not a failure"),
        ("passes-other-domain", AR(dkim="pass", dkim_d="bulk-sender.example.com", spf="pass",
                                   mailfrom="bounce@bulk-sender.example.com", dmarc="pass",
                                   hfrom="bulk-sender.example.com"), None, True,
         "all passes are for another domain (header.d, header.from) than icegate.gov.in"),
        ("top-fail-lower-forged-pass", AR(dkim="none", spf="fail", dmarc="fail"), LOWER(AR()), True,
         "topmost dmarc=fail; a lower forged copy says pass"),
        ("top-pass-lower-fail", AR(), LOWER(AR(dkim="fail", spf="fail", dmarc="fail"), relay="mail-relay.nic.in",
                                          ip="164.100.14.20"), False,
         "topmost passes; a lower copy says fail (ignored)"),
        ("dkim-pass-other-domain-spf-fail", AR(dkim="pass", dkim_d="mailgun.example.org", spf="fail", dmarc="fail"),
         None, True, "dkim passes only for another domain, spf fails, dmarc fails"),
    ]
    for i, (slug, ar, lower, bad, why) in enumerate(auth):
        o = OFFICERS[i]
        frm = f"{o[2]}@icegate.gov.in"
        ar = ar.replace("user@icegate.gov.in", frm)
        if lower:
            lower = lower.replace("user@icegate.gov.in", frm)
        mk(f"auth-{slug}-reset", f"ICEGATE sender, complete reset; {why}",
           X("icegate", "password_reset", action="review" if bad else "acknowledge"), frm=frm, disp=o[0],
           subject="Password reset - SSO ID", body=reset_body(o[0], o[1], o[3], o[4]), ar=ar, lower=lower)
    frm = "sysmgr.chennaisea@icegate.gov.in"
    mk("auth-generic-dmarc-fail-creation", "generic System Manager ID, complete creation, topmost dmarc=fail: review",
       X("generic", "sso_creation", kinds=["template", "service_book", "service_book"], action="review"), frm=frm,
       disp="System Manager Chennai Sea", subject="SSO ID creation - 2 Inspectors",
       body="Sir,\n\nKindly create SSO IDs for the two Inspectors. Template and service books attached.\n\n" + SIG_SM,
       atts=[A_t()] + both_sb(), ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"))
    frm = "kiran.bedi88@gmail.com"
    mk("auth-personal-dmarc-fail-status", "a Gmail sender whose topmost header says dmarc=fail: the rule is for icegate.gov.in senders only",
       X("personal", "sso_status"), frm=frm, disp="Kiran Bedi", subject="SSO ID exists or not",
       body=("Sir,\n\nKindly let me know whether an SSO ID exists in my name.\nName: Kiran Bedi\nDesignation: Inspector\n"
             "Mobile: 9811216720\n"), ar=AR(dkim="none", dkim_d="gmail.com", spf="fail", mailfrom=frm, dmarc="fail",
                                             hfrom="gmail.com"), client="gmail")
    frm = "ajay.negi@icegate.gov.in"
    mk("auth-dmarc-fail-eccs-redirect", "ECCS login mail from an ICEGATE ID failing authentication: redirect outranks review",
       X("icegate", "eccs", action="redirect"), frm=frm, disp="Ajay Negi", subject="ECCS password expired",
       body="Sir,\n\nMy ECCS application password has expired and I cannot log in to ECCS.\n\nAjay Negi\nExaminer\n",
       ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"))
    frm = "ajay.negi@icegate.gov.in"
    mk("auth-dmarc-fail-out-of-office", "out-of-office from an ICEGATE ID failing authentication: ignore",
       X("automated", "unknown", action="ignore"), frm=frm, disp="Ajay Negi", subject="Out of office",
       body="I am on leave till 15.12.2025 with limited access to mail.\n",
       ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"), extra={"Auto-Submitted": "auto-replied"})
    frm = "neha.kulkarni@icegate.gov.in"
    mk("auth-dmarc-fail-unknown-review", "an ICEGATE sender failing authentication asks something outside the types: review",
       X("icegate", "unknown", action="review"), frm=frm, disp="Neha Kulkarni", subject="Mailbox storage",
       body="Sir,\n\nMy ICEGATE mailbox is full. Kindly increase the storage quota.\n\nNeha Kulkarni\nSuperintendent\n",
       ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"))
    frm = "praveen.joshi@icegate.gov.in"
    mk("auth-dmarc-fail-incomplete-reset", "failing authentication and a missing SSO ID: review outranks request_missing",
       X("icegate", "password_reset", ["sso_id"], action="review"), frm=frm, disp="Praveen Joshi",
       subject="Password reset",
       body="Sir,\n\nKindly reset my password.\nName: Praveen Joshi\nDesignation: Inspector\nMobile: 9412216721\n",
       ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"))
    frm = "tanvi.shah@icegate.gov.in"
    mk("auth-top-pass-lower-forged-fail-promotion", "topmost header passes (promotion complete); a lower copy claiming dmarc=fail is ignored",
       X("icegate", "designation_update", kinds=["promotion_order", "service_book"]), frm=frm, disp="Tanvi Shah",
       subject="Designation update on promotion",
       body="Sir,\n\nKindly update my designation in ACES on promotion. Promotion order and service\nbook attached.\n\nTanvi Shah\nSuperintendent\n",
       atts=[A_promo("Tanvi Shah"), A_sb("Tanvi Shah")], ar=AR(mailfrom=frm),
       lower=LOWER(AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail")))

    # ---------------------------------------------------------------- M. ambiguous senders
    o = OFFICERS[1]
    frm = f"{o[2]}@icegate.gov.in"
    mk("ambiguous-two-from-fields", "two From: fields (both individual ICEGATE IDs): review",
       X("icegate", "password_reset", action="review"), frm=frm, subject="Password reset - SSO ID",
       from_raw=[kit.addr(o[0], frm), kit.addr("Arun Pillai", "arun.pillai@icegate.gov.in")],
       body=reset_body(o[0], o[1], o[3], o[4]))
    mk("ambiguous-two-addresses-one-from", "one From: field with two ICEGATE addresses: review",
       X("icegate", "password_reset", action="review"), frm=frm, subject="Password reset - SSO ID",
       from_raw=f"{kit.addr(o[0], frm)}, Arun Pillai <arun.pillai@icegate.gov.in>",
       body=reset_body(o[0], o[1], o[3], o[4]))
    frm = "meenakshi.sundaram.cbic@gmail.com"
    mk("ambiguous-display-name-icegate-address", "display name shows an icegate.gov.in address while the address is Gmail: review (and not an ICEGATE sender)",
       X("personal", "password_reset", ["icegate_sender"], action="review"), frm=frm, subject="Password reset - SSO ID",
       from_raw=f'"meenakshi.sundaram@icegate.gov.in" <{frm}>', body=reset_body(o[0], o[1], o[3], o[4]), client="gmail")
    frm = "sreeja.pillai90@yahoo.com"
    mk("ambiguous-display-name-icegate-status", "status enquiry whose display name shows an ICEGATE address over a Yahoo address: review",
       X("personal", "sso_status", action="review"), frm=frm, subject="Whether SSO ID exists",
       from_raw=f'"Sreeja Pillai (sreeja.pillai@icegate.gov.in)" <{frm}>',
       body=("Sir,\nKindly check whether an SSO ID exists in my name.\nName: Sreeja Pillai\nDesignation: Inspector\n"
             "Mobile: 9447216722\n"), client="yahoo")
    frm = "sysmgr.cochin@icegate.gov.in"
    mk("ambiguous-two-from-generic-creation", "two From: fields, both generic ICEGATE mailboxes, complete creation: review",
       X("generic", "sso_creation", kinds=["template", "service_book", "service_book"], action="review"), frm=frm,
       subject="SSO ID creation - 2 Inspectors",
       from_raw=[kit.addr("System Manager Cochin", frm), kit.addr("EDI Cochin", "edi.cochin@icegate.gov.in")],
       body=("Sir,\n\nKindly create SSO IDs. Template and service books attached.\n\nRegards,\nSreeja Nair\n"
             "Assistant Commissioner (System Manager)\nEmail: sreeja.nair@icegate.gov.in\nMobile: 9447456784\n"),
       atts=[A_t()] + both_sb())
    # near misses
    frm = "meenakshi.sundaram@icegate.gov.in"
    mk("nearmiss-display-name-same-icegate-address", "display name shows the same ICEGATE address as the address: not ambiguous",
       X("icegate", "password_reset"), frm=frm, subject="Password reset - SSO ID",
       from_raw=f'"meenakshi.sundaram@icegate.gov.in" <{frm}>', body=reset_body(o[0], o[1], o[3], o[4]))
    frm = "vivek.sharma.cbic@gmail.com"
    mk("nearmiss-display-name-gmail-address", "display name shows the Gmail address itself: not ambiguous",
       X("personal", "sso_status"), frm=frm, subject="SSO ID status",
       from_raw=f'"vivek.sharma.cbic@gmail.com" <{frm}>',
       body="Sir,\nKindly check whether an SSO ID exists in my name.\nName: Vivek Sharma\nDesignation: Inspector\nMobile: 9414123456\n",
       client="gmail")
    frm = "arun.pillai@icegate.gov.in"
    mk("nearmiss-cc-second-address", "a second ICEGATE address in Cc (not in From): not ambiguous",
       X("icegate", "password_reset"), frm=frm, disp="Arun Pillai", subject="Password reset - SSO ID",
       extra={"Cc": "Meenakshi Sundaram <meenakshi.sundaram@icegate.gov.in>"},
       body=reset_body("Arun Pillai", "Superintendent of Customs", "40716601", "9840216601"))

    # ---------------------------------------------------------------- N. Reply-To
    frm = "priya.deshmukh@icegate.gov.in"
    mk("replyto-gmail-icegate-sender", "ICEGATE sender with Reply-To a Gmail address: still an ICEGATE sender, complete",
       X("icegate", "password_reset"), frm=frm, disp="Priya Deshmukh", subject="Password reset - SSO ID",
       extra={"Reply-To": "priya.deshmukh82@gmail.com"},
       body=reset_body("Priya Deshmukh", "Superintendent of CGST", "40716604", "8879216604"))
    frm = "gurpreet.sandhu.cbic@gmail.com"
    mk("replyto-icegate-personal-sender", "Gmail sender with Reply-To his ICEGATE ID: still personal, icegate_sender missing",
       X("personal", "password_reset", ["icegate_sender"]), frm=frm, disp="Gurpreet Singh Sandhu",
       subject="Password reset - SSO ID", extra={"Reply-To": "gurpreet.sandhu@icegate.gov.in"}, client="gmail",
       body=reset_body("Gurpreet Singh Sandhu", "Inspector of CGST", "40716605", "9815216605"))
    frm = "sysmgr.jnch@icegate.gov.in"
    mk("replyto-individual-not-signature-email", "generic sender, signature without e-mail; Reply-To his individual ID does not supply it",
       X("generic", "sso_creation", ["signature_email"], kinds=["template", "service_book", "service_book"]), frm=frm,
       disp="System Manager JNCH", subject="SSO ID creation - 2 Inspectors",
       extra={"Reply-To": "Sandeep Kulkarni <sandeep.kulkarni@icegate.gov.in>"},
       body=("Sir,\n\nKindly create SSO IDs for two Inspectors. Template and service books attached.\n\nRegards,\n"
             "Sandeep Kulkarni\nAssistant Commissioner (System Manager)\nMobile: 9820456781\n"),
       atts=[A_t()] + both_sb())

    # ---------------------------------------------------------------- O. precedence and automated
    frm = "courier.cell.delhi@icegate.gov.in"
    mk("prec-eccs-generic-unsigned-redirect", "Courier Cell generic ID, ECCS login, no signature: redirect with signature codes",
       X("generic", "eccs", ["signature_name", "signature_designation", "signature_email", "signature_phone"],
         action="redirect"), frm=frm, disp="Courier Cell Delhi", subject="ECCS login not working",
       body="Sir,\n\nECCS application login is failing for all users of the Courier Cell after\nthe password expiry.\n")
    frm = "sameer.kapoor@icegate.gov.in"
    mk("prec-eccs-officer-abroad-redirect", "an officer abroad asks about the ECCS login: redirect outranks review",
       X("icegate", "eccs", action="redirect"), frm=frm, disp="Sameer Kapoor", subject="ECCS login",
       body=("Sir,\n\nI am posted at the Embassy of India, Washington DC. I need to access the ECCS\napplication; "
             "my ECCS password has expired.\n\nSameer Kapoor\n"))
    frm = "rakesh.khanna.rk@gmail.com"
    mk("prec-trade-portal-display-name-icegate", "trader's portal login with a display name showing an ICEGATE address: redirect outranks review",
       X("personal", "trade_portal", action="redirect"), frm=frm, from_raw=f'"info@icegate.gov.in" <{frm}>',
       subject="ICEGATE login problem IEC 0512345678", client="gmail",
       body=("Sir,\nWe are importers with IEC 0512345678 and cannot log in to the ICEGATE portal.\nPlease reset our "
             "ICEGATE registration login.\nRakesh Khanna\nProprietor, RK Traders\n"))
    frm = "arun.pillai@icegate.gov.in"
    mk("prec-out-of-office-icegate", "Zimbra out-of-office from an individual ICEGATE ID: ignore",
       X("automated", "unknown", action="ignore"), frm=frm, disp="Arun Pillai", subject="Auto: On leave",
       body="I am on leave from 01.12.2025 to 10.12.2025. For urgent matters contact the Import Shed.\n",
       extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    frm = "noreply@icegate.gov.in"
    mk("prec-noreply-eccs-notice", "no-reply ECCS notice: automated, type from its own content (eccs), ignore",
       X("automated", "eccs", action="ignore"), frm=frm, disp="ICEGATE", subject="ECCS password expiry notice",
       body=("The password of ECCS application users will expire on 13.08.2025. Users must reset\n"
             "their ECCS password after logging in. For issues contact eccs.helpdesk@icegate.gov.in.\n"))
    frm = "systems-updates@icegate.gov.in"
    mk("prec-list-eccs-advisory", "ECCS advisory sent through a mailing list (List-Id, Precedence: list): automated, eccs, ignore",
       X("automated", "eccs", action="ignore"), frm=frm, disp="DG Systems Updates", subject="Advisory: ECCS password expiry",
       extra={"List-Id": "DG Systems updates <updates.icegate.gov.in>", "Precedence": "list"},
       body=("Advisory No. 10/SYS/WZU/2025: ECCS application users are to reset their passwords\nafter logging in "
             "once the expiry takes effect. Contact eccs.helpdesk@icegate.gov.in.\n"))
    frm = "arun.pillai@icegate.gov.in"
    mk("prec-xars-alone-not-automated", "X-Auto-Response-Suppress alone (Outlook) does not make the reset automated",
       X("icegate", "password_reset"), frm=frm, disp="Arun Pillai", subject="Password reset - SSO ID",
       extra={"X-Auto-Response-Suppress": "All"}, client="outlook",
       body=reset_body("Arun Pillai", "Superintendent of Customs", "40716601", "9840216601"))
    frm = "raviteja.irs@gmail.com"
    mk("prec-cert-coin-personal", "COIN officer's own Gmail with template + certification letter: review, icegate_sender missing",
       X("personal", "sso_creation", ["icegate_sender"], kinds=["template", "certification_letter"], action="review"),
       frm=frm, disp="Ravi Teja", subject="SSO ID creation - COIN",
       body=("Sir,\n\nI am on COIN posting. Template and a certificate of the Joint Commissioner in\nlieu of the "
             "service book are attached. Kindly create my SSO ID.\n\nRavi Teja\nInspector\n"),
       atts=[A_t(tmpl(ROW_A)), A_cert("Karthik Subramanian")], client="gmail")

    # ---------------------------------------------------------------- P. more quote styles over complete / incomplete documents
    docs_styles = ["gmail", "outlook_new", "outlook_hi", "zimbra", "iphone", "yahoo", "tb", "outlook"]
    for i, st in enumerate(docs_styles):
        nm = ["Bikash Das", "Chitra Venkat", "Dinesh Meena", "Esha Kapoor", "Faizal Ahmed", "Gopal Krishna",
              "Hema Latha", "Irfan Pathan Khan"][i]
        frm = nm.lower().replace(" ", ".") + "@icegate.gov.in"
        complete = i % 2 == 0
        atts = [A_promo(nm), A_sb(nm)] if complete else [A_sb(nm)]
        q = ("Sir,\nKindly attach the promotion order and the first page of the service book.\n\n" + HD_SIG)
        mk(f"quote-{st}-promotion-{'complete' if complete else 'order-missing'}",
           f"{st} quote: designation update reply {'with both documents' if complete else 'with only the service book; the quote names the promotion order'}",
           X("icegate", "designation_update", [] if complete else ["promotion_order"],
             kinds=["promotion_order", "service_book"] if complete else ["service_book"]), frm=frm, disp=nm,
           subject="RE: Designation update on promotion - " + nm,
           body=("Sir,\n\nAs asked, the documents are attached for updating my designation on\npromotion.\n\n"
                 f"Regards,\n{nm}\n\n" + quote(st, "Saksham Seva Helpdesk", HD, "Designation update on promotion", q)),
           atts=atts, client=STYLE_CLIENT[st])

    # role mapping replies in several styles: new text carries documents; quote names the missing one
    for i, st in enumerate(["zimbra", "outlook_hi", "gmail", "iphone"]):
        nm = ["Jaya Prakash", "Kamal Nath Roy", "Leela Devi", "Manish Tyagi"][i]
        frm = nm.lower().replace(" ", ".") + "@icegate.gov.in"
        atts = [A_tr(nm), A_po(nm)] + ([A_ch(nm)] if i % 2 == 0 else [])
        miss = [] if i % 2 == 0 else ["charge_report"]
        mk(f"quote-{st}-role-{'complete' if not miss else 'charge-missing'}",
           f"{st} quote: role mapping reply; {'all three documents attached' if not miss else 'charge report named only in the quote'}",
           X("icegate", "role_mapping", miss, kinds=[k for k in ["transfer_order", "posting_order", "charge_report"]
                                                       if not (miss and k == "charge_report")]),
           frm=frm, disp=nm, subject="RE: ACES role mapping on transfer - " + nm,
           body=("Sir,\n\nKindly map my ACES roles on transfer; the documents are attached.\n\n" f"Regards,\n{nm}\n"
                 "Superintendent\n\n" + quote(st, nm, frm, "ACES role mapping on transfer",
                                              "Sir,\nMy charge report is attached. Kindly map my roles.\n" + nm)),
           atts=atts, client=STYLE_CLIENT[st])

    # status enquiries across styles: complete vs mobile only in quote
    for i, st in enumerate(["gmail", "outlook_new", "outlook_hi", "zimbra", "tb", "iphone"]):
        nm = ["Naresh Goyal", "Omana Kutty", "Pankaj Tripathi", "Queenie Fernandes", "Rahul Dravid Rao", "Sakshi Malik"][i]
        frm = nm.lower().replace(" ", "") + "85@gmail.com"
        mob = f"98{11216730 + i}"
        complete = i % 2 == 1
        own = f"Name: {nm}\nDesignation: Inspector\n" + (f"Mobile: {mob}\n" if complete else "Landline: 0141-2385 120\n")
        mk(f"quote-{st}-status-{'complete' if complete else 'mobile-only-in-quote'}",
           f"{st} quote: status enquiry; {'complete in the new text' if complete else 'the mobile only in the quoted earlier mail, a landline in the new text'}",
           X("personal", "sso_status", [] if complete else ["mobile"]), frm=frm, disp=nm,
           subject="Re: Whether SSO ID exists - " + nm,
           body=("Sir,\n\nKindly inform whether an SSO ID exists in my name.\n" + own + "\n"
                 + quote(st, nm, frm, "Whether SSO ID exists", f"Sir,\nPlease check.\nName: {nm}\nMobile: {mob}")),
           client="gmail" if st in ("gmail", "tb") else STYLE_CLIENT[st])

    # Lotus Notes: verdict does not depend on whether its header block is read as a quote
    frm = "savio.fernandes@icegate.gov.in"
    mk("quote-lotus-creation-complete", "Lotus Notes reply (From/To/Date block, neutral quote): complete creation from an individual ICEGATE ID",
       X("icegate", "sso_creation", kinds=["template", "service_book", "service_book"]), frm=frm, disp="Savio Fernandes",
       subject="Re: SSO ID creation - Custom House Goa", client="lotus",
       body=("Sir,\n\nTemplate and service books attached for creation of SSO IDs.\n\nRegards,\nSavio Fernandes\n"
             "Superintendent (System Manager)\nEmail: savio.fernandes@icegate.gov.in\nMobile: 9822011229\n\n\n\n"
             "From:\tSaksham Seva Helpdesk/DGSYS/CBIC\nTo:\tsysmgr.goa@icegate.gov.in\nDate:\t28/11/2025 04:05 PM\n"
             "Subject:\tRe: SSO ID creation\n\nSir, kindly send the template and service books.\n"),
       atts=[A_t()] + both_sb())

    # ---------------------------------------------------------------- Q. extension
    o = OFFICERS[2]
    frm = f"{o[2]}@icegate.gov.in"
    mk("quote-gmail-wrapped-attribution-sso-id-in-quote", "Gmail reply whose 'On ... wrote:' line wraps over two lines; SSO ID only in the quoted '>' lines",
       X("icegate", "password_reset", ["sso_id"]), frm=frm, disp=o[0], subject="Re: Password reset of SSO ID", client="gmail",
       body=("Sir,\n\nPlease reset the password of my SSO ID.\n" + details(o, skip=("sso_id",)) + "\n\n" + o[0] + "\n\n"
             f"On Fri, 28 Nov 2025 at 16:05, {o[0]} <\n{frm}> wrote:\n\n> Sir,\n> SSO ID: {o[3]}\n> {o[0]}\n"))
    inner = inner_mail("ambika.exim@gmail.com", "Ambika Exim", "ICEGATE portal login - IEC 0412345678",
                       "Wed, 26 Nov 2025 16:00:00 +0530",
                       "Sir,\nWe are exporters, IEC 0412345678. Our ICEGATE portal login fails after the\n"
                       "registration was updated. Please help us log in to the ICEGATE portal.\nAmbika Exim\n")
    frm = "sysmgr.delhiacc@icegate.gov.in"
    mk("fwd-rfc822-trade-portal-redirect", "an exporter's portal-login mail attached as message/rfc822 by a generic ID: redirect",
       X("generic", "trade_portal", action="redirect"), frm=frm, disp="System Manager ACC Delhi",
       subject="ICEGATE portal login - exporter (mail attached)",
       body="Sir,\n\nThe exporter's mail is attached for necessary action.\n\n" + SIG_SM3, atts=[inner])
    inner = inner_mail("raviteja.irs@gmail.com", "Ravi Teja", "SSO ID creation - COIN",
                       "Wed, 26 Nov 2025 16:30:00 +0530",
                       "Sir,\nI am presently on COIN posting. Kindly create my SSO ID.\nRavi Teja\nInspector\n",
                       [A_t(tmpl(ROW_A)), A_sb()])
    frm = "systems.drihq@icegate.gov.in"
    mk("fwd-rfc822-coin-inside", "the COIN posting is stated only inside the attached officer's mail (rfc822, which counts): review",
       X("generic", "sso_creation", kinds=["template", "service_book"], action="review"), frm=frm, disp="DRI HQ Systems",
       subject="SSO ID creation - Ravi Teja (mail attached)",
       body=("Sir,\n\nKindly create the SSO ID; the officer's request is attached.\n\nRegards,\nAmitabh Verma\n"
             "Joint Director (Systems), DRI HQ\nEmail: amitabh.verma@icegate.gov.in\nMobile: 9811011226\n"), atts=[inner])
    frm = "sysmgr.blr@icegate.gov.in"
    mk("fwd-gmail-sysmgr-note-name-only", "System Manager forwards with a sign-off giving only a name: designation, e-mail and phone codes",
       X("generic", "password_reset", ["signature_designation", "signature_email", "signature_phone"]), frm=frm,
       disp="System Manager Bengaluru", subject="Fwd: Password reset - Mallika Hegde", client="gmail",
       body=("Pl. reset.\n\nRegards,\nVenkatesh Prasad\n\n"
             + fwd_hdr.format(n="Mallika Hegde", a="mallika.hegde@icegate.gov.in", s="Password reset")
             + "Sir,\nKindly reset my password.\nName: Mallika Hegde\nDesignation: Inspector\nSSO ID: 40716740\n"
               "Mobile: 9845216740\n"))
    mk("fwd-gmail-sysmgr-dmarc-fail", "a complete forwarded reset from a generic ICEGATE ID whose topmost header says dmarc=fail: review",
       X("generic", "password_reset", action="review"), frm=frm, disp="System Manager Bengaluru",
       subject="Fwd: Password reset - Chetan Gowda", client="gmail", ar=AR(dkim="none", spf="fail", mailfrom=frm, dmarc="fail"),
       body=("Forwarded for necessary action.\n\n" + SIG_SM2 + "\n\n"
             + fwd_hdr.format(n="Chetan Gowda", a="chetan.gowda90@gmail.com", s="Password reset")
             + "Sir,\nI forgot the password of my SSO ID. Kindly reset.\nName: Chetan Gowda\nDesignation: Inspector\n"
               "SSO ID: 40716701\nMobile: 9845216701\n"))
    frm = "kamlesh.verma@icegate.gov.in"
    mk("fwd-outlook-fw-role-outer-files", "Outlook FW of the officer's request; the forwarder attaches the three documents",
       X("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]), frm=frm,
       disp="Kamlesh Verma", subject="FW: ACES role mapping - Uday Kiran", client="outlook",
       body=("Sir,\n\nForwarded with the documents attached.\n\nKamlesh Verma\nAssistant Commissioner\n\n"
             "________________________________\nFrom: Uday Kiran <uday.kiran@icegate.gov.in>\n"
             "Sent: Wednesday, November 26, 2025 5:10 PM\nTo: kamlesh.verma@icegate.gov.in\n"
             "Subject: ACES role mapping\n\nSir,\nI joined on transfer. Kindly get my ACES roles mapped.\nUday Kiran\n"),
       atts=[A_tr("Uday Kiran"), A_po("Uday Kiran"), A_ch("Uday Kiran")])
    frm = "sameer.kapoor.irs@gmail.com"
    mk("abroad-personal-reset", "an officer at the Embassy of India writes for a reset from Gmail: review, icegate_sender missing",
       X("personal", "password_reset", ["icegate_sender"], action="review"), frm=frm, disp="Sameer Kapoor",
       subject="Password reset - SSO ID", client="gmail",
       body=("Sir,\n\nI am posted at the Embassy of India, Washington DC and cannot open my ICEGATE\nmail. Kindly reset "
             "my SSO ID password.\nName: Sameer Kapoor\nDesignation: Deputy Commissioner\nSSO ID: 40716710\n"
             "Mobile: 9811216710\n"))
    frm = "sysmgr.vizag@icegate.gov.in"
    mk("prec-generic-out-of-office-bulk", "System Manager's mailbox answers with a vacation notice (Precedence: bulk): ignore",
       X("automated", "unknown", action="ignore"), frm=frm, disp="System Manager Vizag", subject="Away from office",
       extra={"Precedence": "bulk"}, body="The System Manager is away on training till 12.12.2025.\n")
    frm = "arun.pillai@icegate.gov.in"
    mk("replyto-other-icegate-individual", "individual sender with Reply-To a colleague's ICEGATE ID: no effect",
       X("icegate", "password_reset"), frm=frm, disp="Arun Pillai", subject="Password reset - SSO ID",
       extra={"Reply-To": "Meenakshi Sundaram <meenakshi.sundaram@icegate.gov.in>"},
       body=reset_body("Arun Pillai", "Superintendent of Customs", "40716601", "9840216601"))
    frm = "sysmgr.jnch@icegate.gov.in"
    mk("quote-gt-generic-signature-in-quote-only-creation-complete-docs", "generic ID replies with all files and no sign-off; its full signature is only in '>' lines",
       X("generic", "sso_creation", ["signature_name", "signature_designation", "signature_email", "signature_phone"],
         kinds=["template", "service_book", "service_book"]), frm=frm, disp="System Manager JNCH",
       subject="Re: SSO ID creation - 2 Inspectors", client="tb",
       body=("Sir, resending with all files attached.\n\n" + quote("gt", "", "", "",
             "Sir,\nKindly create SSO IDs.\n\nRegards,\nSandeep Kulkarni\nAssistant Commissioner (System Manager)\n"
             "Email: sandeep.kulkarni@icegate.gov.in\nMobile: 9820456781")), atts=[A_t()] + both_sb())


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
        rows.append(f"| `{name}.eml` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}; missing "
                    f"{', '.join(e['missing']) or '-'}) |")
    readme = HEAD
    from collections import Counter
    c = Counter(e["action"] for _, _, e, _ in CASES)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    (HERE / "README.md").write_text(readme.replace("{N}", str(len(CASES))).replace("{COUNTS}", counts)
                                    + "\n## The cases\n\n| file | intent | expected |\n| --- | --- | --- |\n"
                                    + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
