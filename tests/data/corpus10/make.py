#!/usr/bin/env python3
"""Generate corpus10 for maild: the details and the request as officers state them, near the
boundaries of the triage contract (mails/*.eml + expected/*.json + README.md).

Every expected verdict is derived by hand from ../shared/spec/triage.md (and domain.md, the
circulars in seeds/) alone; maild was not run to make it. Deterministic: fixed dates and
Message-IDs, two runs write identical bytes. Run with .venv/bin/python.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# The MIME and file builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"

ZIMBRA = kit.ZIMBRA
OUTLOOK = kit.OUTLOOK
TB = kit.TB

CASES: list = []


def _date(n: int) -> str:
    day = 1 + (n // 12) % 28
    hh = 9 + (n % 12) // 2
    mm = (n * 7) % 60
    wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day % 7]  # 1 Dec 2025 is a Monday
    return f"{wd}, {day} Dec 2025 {hh:02d}:{mm:02d}:{(n * 13) % 60:02d} +0530"


def _mailer_for(addr: str):
    dom = addr.split("@")[1]
    if dom == "icegate.gov.in":
        return ZIMBRA
    if dom in ("nic.in", "gov.in"):
        return {"X-Mailer": "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - FF115 (Linux)/8.8.15_GA_4562)"}
    if dom == "yahoo.com" or dom == "yahoo.co.in":
        return kit.YAHOO
    if dom == "rediffmail.com":
        return kit.REDIFF
    return None


def case(slug, frm, subject, body, kind, rt, missing=(), action=None, *, disp="", atts=(), kinds=None,
         html=None, html_only=False, extra=None, ar=None, received=None, mailer="auto", intent="", crlf=False):
    """One mail. `body` is the plain text the sender wrote; `missing`/`action` are the hand-derived verdict."""
    n = len(CASES) + 1
    name = f"{n:03d}-{slug}"
    local, dom = frm.split("@")
    if html_only:
        part = kit.text(html, "html", "qp")
    elif html is not None:
        part = kit.alt(body, html, b=f"c10{n:03d}")
    else:
        try:
            body.encode("ascii")
            part = kit.text(body, "plain", "7bit")
        except UnicodeEncodeError:
            part = kit.text(body, "plain", "qp")
    kinds_l = []
    if atts:
        parts = [part]
        for data, ctype, fname, kd in atts:
            parts.append(kit.att(data, ctype, fname))
            kinds_l.append(kd)
        part = kit.multi("mixed", parts, f"=_c10_{n:03d}_mixed")
    if kinds is not None:
        kinds_l = list(kinds)
    mid = f"c10.{n:03d}.{abs(hash_(slug)) % 10**9}@{dom if dom != 'gmail.com' else 'mail.gmail.com'}"
    m = _mailer_for(frm) if mailer == "auto" else mailer
    h = kit.hdr(kit.addr(disp, frm), subject, _date(n), mid, mailer=m, extra=extra)
    raw = kit.mail(h, part, crlf=crlf, ar=ar, received=received, from_addr=frm)
    if action is None:
        action = "request_missing" if missing else "acknowledge"
    e = {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)), "template_errors": [],
         "action": action, "attachment_kinds": sorted(kinds_l)}
    CASES.append((name, raw, e, intent or slug.replace("-", " ")))


def hash_(s: str) -> int:
    """A stable (not per-process salted) hash for Message-IDs."""
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def pdf(*lines):
    return kit.make_pdf(list(lines))


def ar_fail(local, dom, dkim="fail", spf="fail", dmarc="fail", dkim_d=None, spf_from=None, hfrom=None):
    return (f"Authentication-Results: mx.icegate.gov.in;\n"
            f"\tdkim={dkim} header.d={dkim_d or dom} header.s=sel2024 header.b=Kd81LqPz;\n"
            f"\tspf={spf} (mx.icegate.gov.in: domain of {spf_from or local + '@' + dom} does not designate"
            f" 185.220.101.47 as permitted sender) smtp.mailfrom={spf_from or local + '@' + dom};\n"
            f"\tdmarc={dmarc} (p=quarantine dis=none) header.from={hfrom or dom}")


def build():
    I = "icegate"
    P = "personal"
    G = "generic"
    ST, RS, DU, RM, CR = "sso_status", "password_reset", "designation_update", "role_mapping", "sso_creation"

    # ============================================================ A. sso_status, details stated every way
    case("status-labelled-colon-complete", "priya.nair84@gmail.com",
         "Whether SSO ID created in my name", """Respected Sir/Madam,

I am not sure whether any SSO ID / ICEGATE e-mail ID has been created in my name. Kindly check and inform.

Name: Priya Nair
Designation: Inspector
Office: Cochin Custom House
Mobile No.: 9847012345

Regards,
Priya Nair
""", P, ST, disp="Priya Nair")
    case("status-name-of-officer-post-mob", "rkmeena.jpr@gmail.com",
         "Regarding existence of SSO ID", """Sir,

Kindly let me know whether SSO ID has been created in my name. I have joined CGST Jaipur on promotion from another department cadre and never got one.

Name of the officer: Rakesh Kumar Meena
Post: Superintendent
Mob: 94140 22871

Thanking you
""", P, ST)
    case("status-officer-name-dash-desig-dot-cell", "anjali.deshmukh.91@yahoo.co.in",
         "SSO ID status enquiry", """Dear Sir,

Please check if any SSO ID exists in my name.

Officer Name - Anjali Deshmukh
Desig. - Examiner
Posted at - JNCH, Nhava Sheva
Cell - 98201-55634

Regards
""", P, ST)
    case("status-running-text-i-name-designation", "priya.menon.tvm@gmail.com",
         "Is there an SSO ID in my name?", """Sir,

I, Priya Menon, Inspector, posted at Trivandrum Air Cargo Complex, request you to let me know whether an SSO ID has already been created in my name. My mobile number is 9446238817.

Thanks and regards
""", P, ST)
    case("status-plus91-spaced", "sanjay.gupta1979@gmail.com",
         "Whether SSO ID exists - Sanjay Gupta", """Sir,

Kindly confirm whether an SSO ID / ICEGATE mail ID already exists in my name.

Regards,
Sanjay Gupta
Superintendent, CGST Division-II, Kanpur
Mobile: +91 98391 47206
""", P, ST)
    case("status-zero-dash-prefix", "hemant.joshi.cus@gmail.com",
         "SSO id check", """Sir,
Please check whether SSO ID created for me or not.
Name: Hemant Joshi
Designation: Preventive Officer
Mobile: 0-9825063147
Regards
""", P, ST)
    case("status-dotted-mobile", "kavita.rathore22@gmail.com",
         "Status of SSO ID", """Respected Sir,

I request you to confirm whether any SSO ID is created in my name.

Kavita Rathore
Tax Assistant
CGST Commissionerate, Udaipur
Mob. 94.141.60.832
""", P, ST)
    case("status-hyphen-2-3-5", "d.banerjee.kol@gmail.com",
         "Whether SSO ID available", """Sir,

I, Debasish Banerjee, Appraiser, Kolkata Custom House, wish to know whether an SSO ID exists in my name.
Mob: 98-310-47265

Regards
""", P, ST)
    case("status-contact-std-landline-only", "srinivas.k.vzg@gmail.com",
         "Whether SSO ID created - Srinivas", """Sir,

Kindly check whether SSO ID has been created in my name.

Name: K. Srinivasa Rao
Designation: Inspector
Contact: 0891-2562295

Regards
""", P, ST, ["mobile"], intent="the only number is an STD code and landline (0891-2562295) under a neutral 'Contact' label: not a mobile")
    case("status-tel-mumbai-landline-only", "farah.shaikh.mum@gmail.com",
         "Query: SSO ID in my name", """Dear Sir / Madam,

Please let me know if an SSO ID exists in my name.

Farah Shaikh
Examiner, NCH Mumbai
Tel: 022 2275 7401
""", P, ST, ["mobile"])
    case("status-ph-o-and-mobile", "jose.varghese.ekm@gmail.com",
         "SSO ID - whether existing", """Sir,

Whether any SSO ID is created in my name may kindly be checked.

Jose Varghese
Superintendent (Tech)
Ph (O): 0484-2390404
Mobile: 9447123456
""", P, ST)
    case("status-fax-and-office-phone-only", "m.pillai.cochin@gmail.com",
         "SSO ID existence", """Sir,

Kindly check whether an SSO ID has been created in my name.

Regards,
Mohanan Pillai
Assistant Commissioner
Ph (O): 0484-2390404
Fax: 0484-2390608
""", P, ST, ["mobile"])
    case("status-intercom-only", "rahul.tiwari.lko@gmail.com",
         "SSO ID enquiry", """Sir,

Please check if my SSO ID has been created.

Name: Rahul Tiwari
Designation: Inspector
Intercom: 2231

Regards
""", P, ST, ["mobile"])
    case("status-mobile-starting-5", "neha.sinha.pat@gmail.com",
         "Whether SSO ID created", """Sir,

Kindly let me know whether SSO ID has been created in my name.

Name: Neha Sinha
Designation: Tax Assistant
Mobile No.: 5823416790

Regards
""", P, ST, ["mobile"], intent="the labelled 'mobile' starts with 5, so it is no mobile number")
    case("status-mobile-eleven-digits", "ajay.chauhan.ahd@gmail.com",
         "SSO ID check request", """Sir,

Kindly check whether my SSO ID exists.

Name: Ajay Chauhan
Designation: Superintendent
Mobile No.: 98250612347

Regards
""", P, ST, ["mobile"], intent="the labelled mobile has 11 digits (no 0 / +91 prefix)")
    case("status-no-designation", "sunita.yadav.del@gmail.com",
         "Whether SSO ID exists", """Sir,

Please confirm whether any SSO ID has been created in my name.

Name: Sunita Yadav
Mobile: 9810472391

Regards
""", P, ST, ["designation"])
    case("status-no-name-designation-signoff", "raviteja.vzg2019@gmail.com",
         "SSO ID status", """Sir,

Kindly confirm whether an SSO ID has been created in my name.

Regards,
Inspector (Preventive)
Visakhapatnam Custom House
Mob: 9948172635
""", P, ST, ["name"], disp="Ravi Teja")
    case("status-hindi-labels", "sunil.yadav.bpl@gmail.com",
         "एसएसओ आईडी के संबंध में", """महोदय,

कृपया बताएं कि क्या मेरे नाम से एसएसओ आईडी बनाई गई है।

नाम: सुनील कुमार यादव
पदनाम: निरीक्षक
मोबाइल: 9876501234

सादर
""", P, ST)
    case("status-hindi-devanagari-digits", "anil.sharma.jdh@gmail.com",
         "एसएसओ आईडी की जानकारी", """महोदय,

मैं जानना चाहता हूँ कि मेरे नाम पर कोई एसएसओ आईडी बनी है या नहीं।

नाम: अनिल शर्मा
पदनाम: अधीक्षक
मोबाइल: ९८२९०१२३४५

भवदीय
""", P, ST, intent="the mobile is written in Devanagari digits (९८२९०१२३४५): still a 10-digit mobile starting 9")
    case("status-plain-aligned-table", "lakshmi.p.che@gmail.com",
         "SSO ID created or not", """Sir,

Kindly check whether SSO ID has been created in my name. My details:

Name              Designation     Office                  Mobile
Lakshmi Prabha    Inspector       Chennai Air Customs     9790214536

Regards
""", P, ST)
    case("status-html-table-only", "gaurav.mishra.nagpur@gmail.com",
         "Whether SSO ID created - details in table", "", P, ST, html_only=True, html="""<html><body>
<div>Sir,</div><div><br></div><div>Kindly check whether an SSO ID has been created in my name.</div><div><br></div>
<table border="1" cellpadding="3"><tr><th>Name</th><th>Designation</th><th>Office</th><th>Mobile No.</th></tr>
<tr><td>Gaurav Mishra</td><td>Inspector</td><td>CGST Nagpur-I</td><td>9422815637</td></tr></table>
<div><br></div><div>Regards</div></body></html>""")
    case("status-html-table-landline", "rekha.iyer.blr@gmail.com",
         "SSO ID status - Rekha Iyer", "", P, ST, ["mobile"], html_only=True, html="""<html><body>
<p>Respected Sir,</p><p>Please let me know whether an SSO ID exists in my name.</p>
<table border="1"><tr><td>Name</td><td>Rekha Iyer</td></tr><tr><td>Designation</td><td>Superintendent</td></tr>
<tr><td>Office</td><td>Bengaluru Customs Zone</td></tr><tr><td>Landline</td><td>080-25351234</td></tr></table>
<p>Regards</p></body></html>""")
    case("status-third-person-colleague", "m.krishnan.tut@gmail.com",
         "SSO ID of my colleague", """Sir,

Shri R. Venkatesh, Appraiser, Tuticorin Custom House, is not sure whether an SSO ID has been created in his name. His mobile number is 9443127680. Kindly check and call him.

Regards,
M. Krishnan
""", P, ST)
    case("status-supdt-abbrev-signature", "arvind.saxena61@gmail.com",
         "SSO ID existence check", """Sir,

Whether an SSO ID stands created in my name may please be intimated.

Arvind Saxena
Supdt. (Audit), CGST Ghaziabad
Mob: 9412278530
""", P, ST)
    case("status-sta-labelled", "pooja.kulkarni.pune@gmail.com",
         "SSO ID", """Sir,
Kindly check if SSO ID is created in my name.
Name: Pooja Kulkarni
Designation: STA
Mobile: 9822051736
Thanks
""", P, ST)
    case("status-mts-labelled", "ramesh.lal.mts@gmail.com",
         "SSO ID enquiry", """Sir,

Kindly check whether SSO ID has been made for me.

Name: Ramesh Lal
Designation: MTS
Office: Custom House, Kandla
Mobile: 9909123478
""", P, ST)
    case("status-name-only-in-display", "meena.kumari.ranchi@gmail.com",
         "SSO ID check - TA", """Sir,

Please check whether my SSO ID has been created.

Designation: Tax Assistant, CGST Ranchi
Mobile: 7004128365

Thanks
""", P, ST, ["name"], disp="Meena Kumari")
    case("status-employee-id-no-mobile", "vikas.pandey.vns@gmail.com",
         "SSO ID existence", """Sir,

Please check if an SSO ID exists for me.

Name: Vikas Pandey
Designation: Inspector
Employee ID: 10203045

Regards
""", P, ST, ["mobile"], intent="an 8-digit employee number is no mobile")
    case("status-yahoo-reply-to-icegate", "sarita.dhawan@yahoo.com",
         "Whether SSO ID created", """Dear Sir,

I could not find any SSO ID in my name. Kindly check whether one exists.

Name: Sarita Dhawan
Designation: Superintendent
Mobile: 9891263450

Regards
""", P, ST, extra={"Reply-To": "sarita.dhawan@icegate.gov.in"},
         intent="Reply-To is an ICEGATE address; the sender is still the Yahoo From: (personal)")
    case("status-nic-personal", "k.srinivas@nic.in",
         "SSO ID existence - Srinivas K", """Sir,

I am on deputation and not sure if any SSO ID exists in my name. Please check.

K. Srinivas
Deputy Commissioner
Mobile: 9490172635
""", P, ST, intent="an individual nic.in address is personal")
    case("status-gov-in-personal-no-designation", "anita.rao@gov.in",
         "SSO ID query", """Sir,

Kindly let me know whether an SSO ID has been created in my name.

Anita Rao
Mobile: 9845061723
""", P, ST, ["designation"])
    case("status-reply-details-only-in-quote", "priyanka.das.guw@gmail.com",
         "Re: Whether SSO ID created - Priyanka Das", """Sir, any update on the below request please?

Regards,
Priyanka Das

On Mon, 24 Nov 2025 at 10:12, Priyanka Das <priyanka.das.guw@gmail.com> wrote:
> Sir,
> Kindly check whether an SSO ID has been created in my name.
> Designation: Inspector
> Mobile: 9435012786
""", P, ST, ["designation", "mobile"],
         intent="follow-up; designation and mobile are only in the quoted original")
    case("status-create-if-not-existing", "t.selvam.madurai@gmail.com",
         "SSO ID - check and create if not existing", """Sir,

Kindly check whether an SSO ID has already been created in my name, and create one if not already existing.

Name: T. Selvam
Designation: Inspector
Mobile: 9443518720

Regards
""", P, ST, intent="asks whether an ID exists; creation is only conditional (see Readings)")
    case("status-m-dash-mobile", "harpreet.kaur.asr@gmail.com",
         "SSO ID query", """Sir,

Kindly check whether SSO ID exists in my name.

Harpreet Kaur, Inspector, Amritsar Customs
M- 9815034726
""", P, ST)
    case("status-contact-label-mobile-number", "suresh.nair.clt@gmail.com",
         "SSO ID creation status", """Sir,

Please confirm whether an SSO ID exists in my name.

Name: Suresh Nair
Designation: Superintendent
Contact: 9447306182
""", P, ST, intent="a mobile-shaped number under a neutral 'Contact' label is a mobile")
    case("status-office-phone-label-on-mobile", "abhishek.roy.sil@gmail.com",
         "SSO ID check", """Sir,

Kindly check whether an SSO ID has been created in my name.

Name: Abhishek Roy
Designation: Inspector
Tel: 0353-2513478
Office phone: 9734012865
""", P, ST, ["mobile"],
         intent="the only mobile-shaped number is labelled 'Office phone'; the contract says a number labelled as an office phone is not a mobile")
    case("status-hindi-signoff", "anil.sharma.ajm@gmail.com",
         "SSO ID ke sambandh mein", """महोदय,

कृपया जाँच करें कि मेरे नाम से एसएसओ आईडी बनी है या नहीं।

भवदीय,
अनिल शर्मा
अधीक्षक, केन्द्रीय जीएसटी अजमेर
मो. 9829012346
""", P, ST)
    case("status-outlook-landline-own-mobile-quoted", "girish.patil.goa@outlook.com",
         "RE: SSO ID existence", """Sir,

As asked, please find my office number below. Kindly check whether an SSO ID exists in my name.

Girish Patil
Superintendent, Goa Customs
Tel: 0832-2513421

-----Original Message-----
From: Girish Patil <girish.patil.goa@outlook.com>
Sent: Monday, November 24, 2025 11:02 AM
To: saksham.seva@icegate.gov.in
Subject: SSO ID existence

Sir, my mobile is 9422061573.
""", P, ST, ["mobile"], mailer=OUTLOOK, crlf=True, intent="the mobile is only in the quoted original below an Outlook header block")

    # ============================================================ B. password_reset from ICEGATE IDs
    case("reset-labelled-complete", "priya.nair@icegate.gov.in",
         "Password reset of SSO ID", """Sir,

I have forgotten the password of my SSO ID. Kindly reset it.

Name: Priya Nair
Designation: Inspector
SSO ID: 10203045
Mobile No.: 9847012345

Regards
""", I, RS)
    case("reset-sso-user-id-label", "lakshmi.prasanna@icegate.gov.in",
         "Reset of password", """Madam/Sir,

My SSO password has expired and I am unable to reset it myself. Please reset.

Name: Lakshmi Prasanna
Designation: Appraiser
SSO User ID: LAKSHMI.P
Mob: 9866107235
""", I, RS)
    case("reset-user-id-alnum", "ashok.kumar7@icegate.gov.in",
         "Forgot password", """Sir,

I forgot my password. Please reset.

Name: Ashok Kumar
Designation: Superintendent
User Id: CUS98765
Mobile: 9958120473
""", I, RS)
    case("reset-login-id-namelike", "r.venkat@icegate.gov.in",
         "Password reset request - R Venkat", """Sir,

Kindly reset the password of my SSO ID; I am not able to log in to ACES.

Officer Name - R. Venkatesh
Post - Appraiser, Tuticorin Custom House
Login ID - rvenkatesh.tut
Cell - 9443127680
""", I, RS)
    case("reset-running-text", "deepa.menon@icegate.gov.in",
         "Request for password reset", """Sir,

I, Deepa Menon, Examiner, Cochin Custom House, have forgotten my SSO password. My SSO ID is 10567823 and my mobile number is 9496027318. Kindly reset the password.

Thanks
""", I, RS)
    case("reset-account-locked", "manoj.verma@icegate.gov.in",
         "SSO account locked", """Sir,

My SSO account is locked after three wrong password attempts. Kindly unlock and reset.

Name: Manoj Verma
Designation: Inspector
SSO ID: 10489231
Mobile: 9414062781
""", I, RS, intent="'account is locked' asks for a reset / activation")
    case("reset-unable-to-login-password", "sneha.kulkarni@icegate.gov.in",
         "Unable to login to ACES", """Sir,

I am unable to login to ACES and the ICEGATE mailbox; my password is not being accepted. Kindly reset my password.

Sneha Kulkarni
Superintendent
SSO ID: 10378452
Mobile: 9823061742
""", I, RS)
    case("reset-deactivated-after-leave", "bhaskar.rao@icegate.gov.in",
         "Activation of SSO ID", """Sir,

My SSO ID was deactivated while I was on long leave (child care / medical). Kindly activate it.

Name: Bhaskar Rao
Designation: Preventive Officer
SSO ID: 10294371
Mobile: 9849071263
""", I, RS, intent="activation of an inactive SSO ID is password_reset")
    case("reset-forgot-sso-id-alt-email", "nitin.jain@icegate.gov.in",
         "Forgot my SSO ID", """Sir,

I have forgotten my SSO ID as well as the password. My alternate e-mail ID is nitin.jain1985@gmail.com.

Name: Nitin Jain
Designation: Appraiser
Mobile: 9829106472
""", I, RS, intent="'forgot my SSO ID': the alternate e-mail stands for the SSO ID")
    case("reset-no-sso-id", "kiran.bala@icegate.gov.in",
         "Password reset", """Sir,

Please reset my SSO password.

Name: Kiran Bala
Designation: Tax Assistant
Mobile: 9872015436
""", I, RS, ["sso_id"])
    case("reset-sso-same-as-mail-id", "pradeep.singh4@icegate.gov.in",
         "Reset password please", """Sir,

Kindly reset the password of my SSO ID. My SSO ID is the same as this mail ID.

Pradeep Singh
Inspector
Mobile: 9690237814
""", I, RS, ["sso_id"], intent="'same as this mail ID' points at the sender's own address, which does not count")
    case("reset-alt-email-is-own-address", "usha.rani@icegate.gov.in",
         "Password reset - Usha Rani", """Sir,

I forgot my password. Please reset.

Name: Usha Rani
Designation: Superintendent
Alternate e-mail: usha.rani@icegate.gov.in
Mobile: 9848061537
""", I, RS, ["sso_id"], intent="the 'alternate e-mail' given is the sender's own From: address")
    case("reset-only-helpdesk-address", "vinod.kumar9@icegate.gov.in",
         "Password reset as advised", """Sir,

As advised on the toll free number, I am writing to saksham.seva@icegate.gov.in for reset of my SSO password.

Name: Vinod Kumar
Designation: Examiner
Mobile: 9716204583
""", I, RS, ["sso_id"])
    cid = "image001.png@01DC5A1B.2F3C4D50"
    case("reset-outlook-cid-logo-only", "sandeep.arora@icegate.gov.in",
         "Password reset", """Sir,

Please reset my SSO password; I am locked out.

Sandeep Arora
Superintendent
Mob: 9811205367
[cid:%s]
""" % cid, I, RS, ["sso_id"], mailer=OUTLOOK, crlf=True,
         atts=[(kit.make_png(), PNG, "image001.png", "other")],
         intent="the only '@' token is the cid: reference of the signature logo")
    case("reset-alt-email-reach-me", "priya.dutta@icegate.gov.in",
         "Forgot SSO password", """Sir,

I have forgotten my SSO password. You may also reach me at priya.dutta84@gmail.com.

Priya Dutta
Inspector
Mobile: 9831047265
""", I, RS, intent="an e-mail ID other than the sender's and the helpdesk's is an alternate e-mail ID")
    case("reset-sso-8digit-next-to-mobile", "gopal.krishna@icegate.gov.in",
         "Reset SSO password", """Sir,
Please reset the password.
Gopal Krishna, Superintendent, SSO ID 10203046, Mob 9845012347
""", I, RS)
    case("reset-landline-only", "thomas.mathew@icegate.gov.in",
         "SSO password reset", """Sir,

Kindly reset my SSO password.

Name: Thomas Mathew
Designation: Appraiser
SSO ID: 10384756
Ph (O): 0484-2666421
""", I, RS, ["mobile"])
    case("reset-no-designation", "farhan.ali@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Farhan Ali
SSO ID: 10472853
Mobile: 9839016274
""", I, RS, ["designation"])
    case("reset-no-name", "kumar.r1978@icegate.gov.in",
         "Password reset request", """Sir,

Please reset my SSO password.

Regards,
Superintendent, Range-III
SSO ID: 10593847
Mob: 9443026158
""", I, RS, ["name"], disp="Kumar R")
    case("reset-third-person-colleague", "s.raghavan@icegate.gov.in",
         "Password reset for Shri R. Venkatesh", """Sir,

Shri R. Venkatesh, Appraiser, has forgotten his password; his SSO ID is 10456789 and his mobile is 9443127681. Kindly reset and inform him.

Regards,
S. Raghavan
""", I, RS)
    case("reset-hindi-labels", "mahesh.yadav@icegate.gov.in",
         "पासवर्ड रीसेट हेतु", """महोदय,

मेरा एसएसओ पासवर्ड भूल गया है। कृपया रीसेट करें।

नाम: महेश यादव
पदनाम: निरीक्षक
SSO ID: 10638291
मोबाइल: 9454017263
""", I, RS)
    case("reset-plain-table", "arun.prakash@icegate.gov.in",
         "SSO password reset", """Sir,

Kindly reset the SSO password. Details:

Name           Designation     SSO ID      Mobile
Arun Prakash   Inspector       10728364    9840172635
""", I, RS)
    case("reset-html-table", "swati.mehta@icegate.gov.in",
         "Password reset - Swati Mehta", """Sir,

Kindly reset my SSO password.

Name: Swati Mehta
Designation: Examiner
SSO ID: 10817263
Mobile: 9820173645
""", I, RS, html="""<html><body><p>Sir,</p><p>Kindly reset my SSO password.</p>
<table border="1"><tr><td>Name</td><td>Swati Mehta</td></tr><tr><td>Designation</td><td>Examiner</td></tr>
<tr><td>SSO ID</td><td>10817263</td></tr><tr><td>Mobile</td><td>9820173645</td></tr></table></body></html>""")
    case("reset-html-table-no-sso", "naveen.reddy@icegate.gov.in",
         "Password reset", "", I, RS, ["sso_id"], html_only=True, html="""<html><body><p>Sir,</p>
<p>Kindly reset my SSO password.</p>
<table border="1"><tr><th>Name</th><th>Designation</th><th>Mobile</th></tr>
<tr><td>Naveen Reddy</td><td>Inspector</td><td>9866204173</td></tr></table></body></html>""")

    # designations of every grade, each in a reset mail from the officer's ICEGATE ID; every third one
    # leaves out one detail
    grades = [
        ("Preventive Officer", "rajiv.bhatt", "Rajiv Bhatt", "label"),
        ("Appraiser", "meera.sundaram", "Meera Sundaram", "sig"),
        ("Superintendent", "dinesh.chandra", "Dinesh Chandra", "running"),
        ("Supdt. (Systems)", "ravi.shankar5", "Ravi Shankar", "sig"),
        ("AC", "a.bhardwaj", "Anupam Bhardwaj", "label"),
        ("DC, Customs Preventive, Mangaluru", "n.hegde", "Nagaraj Hegde", "sig"),
        ("JC", "s.chatterjee", "Sudipta Chatterjee", "label"),
        ("ADC", "r.malhotra", "Rohit Malhotra", "label"),
        ("Addl. Commissioner", "v.subramanian", "Vidya Subramanian", "sig"),
        ("Commissioner", "h.s.grewal", "Harjeet Singh Grewal", "sig"),
        ("Tax Assistant", "pinki.devi", "Pinki Devi", "label"),
        ("Sr. TA", "m.qureshi", "Mohammed Qureshi", "label"),
        ("Steno Gr. II", "latha.k", "Latha Krishnamurthy", "sig"),
        ("LDC", "shyam.lal", "Shyam Lal", "label"),
        ("UDC", "renu.bala", "Renu Bala", "label"),
        ("Havaldar", "balwant.singh", "Balwant Singh", "label"),
        ("Hindi Translator", "archana.tripathi", "Archana Tripathi", "sig"),
        ("Sys Mgr", "p.ramesh", "P. Ramesh Babu", "sig"),
        ("ADG (Systems)", "k.venugopal", "K. Venugopal", "sig"),
        ("Asst. Director, DRI", "sameer.wankhede2", "Sameer Wankhade", "label"),
        ("Examiner", "ruchi.agarwal", "Ruchi Agarwal", "running"),
        ("Inspector", "tenzing.bhutia", "Tenzing Bhutia", "running"),
    ]
    mobs = ["9810%06d" % (123457 + 7919 * i) for i in range(len(grades))]
    for i, (desig, local, nm, style) in enumerate(grades):
        sso = str(10900000 + 1357 * i)
        mob = mobs[i]
        drop = ["sso_id", "mobile", "designation", "name"][(i // 3) % 4] if i % 3 == 2 else None
        mobline = ["Mobile: ", "Mob: ", "Cell: ", "M- ", "Mobile No. "][i % 5] + (
            mob if i % 2 else f"+91 {mob[:5]} {mob[5:]}")
        ssoline = ["SSO ID: ", "SSOID - ", "User ID: ", "SSO User ID: "][i % 4] + sso
        if style == "label":
            lines = []
            if drop != "name":
                lines.append(["Name: ", "Name of the officer: ", "Officer Name - "][i % 3] + nm)
            if drop != "designation":
                lines.append(["Designation: ", "Post: ", "Desig.: "][i % 3] + desig)
            if drop != "sso_id":
                lines.append(ssoline)
            if drop != "mobile":
                lines.append(mobline)
            body = "Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset it.\n\n" + "\n".join(lines) + "\n\nRegards\n"
        elif style == "sig":
            lines = []
            if drop != "name":
                lines.append(nm)
            if drop != "designation":
                lines.append(desig)
            if drop != "sso_id":
                lines.append(ssoline)
            if drop != "mobile":
                lines.append(mobline)
            body = "Sir,\n\nMy SSO password has expired and the reset link does not work. Kindly reset the password.\n\nWith regards,\n" + "\n".join(lines) + "\n"
        else:
            parts = []
            parts.append(f"I, {nm}" if drop != "name" else "I")
            if drop != "designation":
                parts[-1] += f", {desig}"
            s = parts[0] + ", have forgotten my SSO password."
            if drop != "sso_id":
                s += f" My SSO ID is {sso}."
            if drop != "mobile":
                s += f" My mobile number is {mob}."
            body = "Sir,\n\n" + s + " Kindly reset it.\n\nThanks\n"
        slug = "reset-grade-" + desig.split(",")[0].split("(")[0].strip().lower().replace(". ", "-").replace(".", "").replace(" ", "-")
        if drop:
            slug += "-no-" + drop.replace("_", "-")
        case(slug, local + "@icegate.gov.in", "SSO password reset - " + desig.split(",")[0], body, I, RS,
             [drop] if drop else [], disp=nm,
             intent=f"reset from the officer's ICEGATE ID, designation '{desig}', details as {style}"
             + (f"; {drop} left out" if drop else ""))

    # resets from outside ICEGATE
    case("reset-gmail-complete-details", "harish.gowda88@gmail.com",
         "Forgot SSO password", """Sir,

I forgot my SSO password and cannot open my ICEGATE mail. Please reset.

Name: Harish Gowda
Designation: Inspector
SSO ID: 10347821
Mobile: 9845130267
""", P, RS, ["icegate_sender"])
    case("reset-nic-personal", "ajit.kumar71@nic.in",
         "Password reset of SSO ID", """Sir,

Kindly reset the password of my SSO ID.

Name: Ajit Kumar
Designation: Deputy Commissioner (on deputation)
SSO ID: 10273654
Mobile: 9013472856
""", P, RS, ["icegate_sender"])
    case("reset-gmail-no-sso", "sushma.r.mys@gmail.com",
         "Password reset", """Sir,

Kindly reset my SSO password.

Sushma R
Inspector, CGST Mysuru
Mob: 9480127364
""", P, RS, ["icegate_sender", "sso_id"], intent="the sender's own Gmail is not an alternate e-mail ID")
    case("reset-gmail-alt-icegate-given", "mohan.das.bbsr@gmail.com",
         "Unable to access ICEGATE mail - reset", """Sir,

I am unable to open my ICEGATE mailbox; the password does not work. My ICEGATE ID is mohan.das@icegate.gov.in.

Name: Mohan Das
Designation: Superintendent
Mobile: 9437021856
""", P, RS, ["icegate_sender"], intent="the ICEGATE ID given in the body is an e-mail ID other than the sender's: it fills sso_id")

    # ============================================================ C. generic mailboxes and their signature
    full_sig = "\n\nRegards,\n{n}\n{d}\nEmail: {e}\nPh: {p}\n"
    case("generic-sysmgr-reset-full-sig", "sysmgr.vtz1@icegate.gov.in",
         "Password reset of SSO ID of Shri M. Prasad, Inspector", """Sir,

Shri M. Prasad, Inspector, posted in the Preventive Unit, has forgotten his SSO password. Kindly reset.

Name: M. Prasad
Designation: Inspector
SSO ID: 10452386
Mobile: 9949023718
""" + full_sig.format(n="P. Gopichand", d="Assistant Commissioner (EDI) / System Manager",
                        e="p.gopichand@icegate.gov.in", p="0891-2562295"), G, RS)
    case("generic-sysmgr-reset-sig-own-address", "sysmgr.inmaa1@icegate.gov.in",
         "SSO password reset - Inspector", """Sir,

Kindly reset the SSO password of the following officer.

Name: Karthik Raja
Designation: Inspector
SSO ID: 10562831
Mobile: 9790041267

Regards,
S. Balasubramanian
Superintendent (Systems)
Email: sysmgr.inmaa1@icegate.gov.in
Ph: 044-25254000
""", G, RS, ["signature_email"], intent="the signature's e-mail is the generic mailbox itself")
    case("generic-admin-status-no-phone", "admin.chennaioutercgst@icegate.gov.in",
         "Whether SSO ID exists for newly transferred Inspector", """Sir,

Kindly check whether an SSO ID exists in the name of the following officer.

Name: Anbu Selvan
Designation: Inspector
Mobile: 9843102576

Regards,
R. Meenakshi
Superintendent, Commissionerate Admin
meenakshi.r@icegate.gov.in
""", G, ST, ["signature_phone"])
    case("generic-nodal-dri-reset-name-in-body-only", "nodal.drihq@icegate.gov.in",
         "Password reset - Intelligence Officer", """Sir,

I, Ajay Saxena, Joint Director and nodal officer, request reset of the SSO password of the following officer.

Name: Rohan Kapoor
Designation: Intelligence Officer
SSO ID: 10638472
Mobile: 9711023456

Regards,
Joint Director (Nodal Officer)
DRI Headquarters, New Delhi
Email: ajay.saxena@icegate.gov.in
Tel: 011-23512345
""", G, RS, ["signature_name"], intent="the nodal officer's name is only in the body text, not in the sign-off")
    case("generic-establishment-status-no-designation", "establishment.kol@icegate.gov.in",
         "SSO ID existence - two officers", """Sir,

Kindly check whether SSO ID exists for Shri Amit Ghosh, Inspector, mobile 9831204765.

Regards,
Sourav Mitra
Email: sourav.mitra@icegate.gov.in
Ph: 033-22421234
""", G, ST, ["signature_designation"])
    case("generic-appraising-reset-full-landline", "appraising.nhava@icegate.gov.in",
         "Reset of SSO password - Appraiser", """Sir,

Please reset the SSO password of the following Appraiser.

Officer Name - Sachin Patil
Designation - Appraiser
SSO User ID - SACHIN.PATIL
Mobile - 9821036457

Regards,
Vaishali Gaikwad
Deputy Commissioner, Appraising Group II
Email: vaishali.gaikwad@icegate.gov.in
Tel: 022-27244567
""", G, RS)
    case("generic-import-mum-sig-gmail-individual", "import.mum@icegate.gov.in",
         "Password reset for Examiner", """Sir,

Kindly reset the SSO password of Shri Nilesh Sawant, Examiner, SSO ID 10729384, mobile 9867201345.

Regards,
Prakash Jadhav
Superintendent (Import)
prakash.jadhav71@gmail.com
Mob: 9821045673
""", G, RS, intent="a personal Gmail in the signature is an individual e-mail ID")
    case("generic-export-sig-other-generic-email", "export.chennai@icegate.gov.in",
         "Password reset of SSO ID", """Sir,

Kindly reset the SSO password of the following officer.
Name: Kavitha Raman, Designation: Appraiser, SSO ID: 10834726, Mobile: 9444012378

Regards,
A. Jayaraman
Assistant Commissioner (Export)
Email: edi.chennai@icegate.gov.in
Tel: 044-25251234
""", G, RS, ["signature_email"], intent="the signature's e-mail is another office mailbox (EDI section), not an individual ID")
    case("generic-ccu-eccs-full-sig", "ccu.delhi@icegate.gov.in",
         "ECCS login not working after password expiry", """Sir,

After the password expiry exercise, officers of the Courier Cell are unable to log in to the ECCS application. Kindly reset.

Regards,
Neeraj Sharma
Superintendent, Courier Cell, New Delhi
Email: neeraj.sharma@icegate.gov.in
Mob: 9810234567
""", G, "eccs", action="redirect")
    case("generic-edi-unknown-ices-no-phone", "edi.inbom4@icegate.gov.in",
         "ICES 1.5 error in assessment", """Sir,

Since morning, ICES 1.5 is throwing 'ORA-01017' errors when Appraisers open Bills of Entry for assessment. Kindly resolve.

Regards,
Mahesh Kulkarni
Superintendent (EDI)
mahesh.kulkarni@icegate.gov.in
""", G, "unknown", ["signature_phone"], action="review")
    case("generic-nic-office-status-full", "cexcochi@nic.in",
         "Whether SSO ID exists - Inspector", """Sir,

Kindly check whether an SSO ID exists for Smt. Aswathy Mohan, Inspector, Mobile 9446201738.

Regards,
B. G. Krishnan
Joint Commissioner (Systems)
Email: bg.krishnan@icegate.gov.in
Phone: 0484-2390404
""", G, ST, intent="status has no sender requirement, so an office nic.in mailbox is fine")
    case("generic-nic-office-reset-no-icegate", "prcomm1-cusvzg@nic.in",
         "Password reset of Superintendent", """Sir,

Kindly reset the SSO password of the following officer.

Name: Y. Narasimha Rao
Designation: Superintendent
SSO ID: 10928374
Mobile: 9440123786

Regards,
Ch. Srinivas
Assistant Commissioner (EDI)
Email: ch.srinivas@icegate.gov.in
Ph: 0891-2564552
""", G, RS, ["icegate_sender"])
    case("generic-gmail-division-status-no-sig-email", "cgstdivision3kochi@gmail.com",
         "SSO ID check - Inspector of Division III", """Sir,

Kindly check whether an SSO ID exists in the name of Shri Arjun Das, Inspector, Mobile: 9447120365.

Regards,
Jayasree P
Superintendent, Division III
Tel: 0484-2371234
""", G, ST, ["signature_email"])
    case("generic-gmail-range-reset-everything-missing", "customsrangeguntur@gmail.com",
         "Reset password of Inspector", """Sir,

Kindly reset the SSO password of Shri K. Mallikarjun, Inspector, SSO ID 10372819, mobile 9490217836.

Thanking you,
Customs Range, Guntur
""", G, RS, ["icegate_sender", "signature_name", "signature_designation", "signature_email", "signature_phone"])
    case("generic-systems-abbrev-sig", "systems.kochi@icegate.gov.in",
         "SSO password reset - Sr. TA", """Sir,

Kindly reset the SSO password of:
Name: Bindu Joseph
Desig.: Sr. TA
SSOID: 10829173
Mob: 9447036281

Regds,
Jacob Thomas
Supdt. (Systems)
jacob.thomas@icegate.gov.in
Ph (O): 0484-2390211
""", G, RS)
    case("generic-sysmgr-status-mobile-only-phone", "sysmgr.tut@icegate.gov.in",
         "SSO ID existence - Preventive Officer", """Sir,

Please check whether an SSO ID exists for Shri Muthu Kumar, Preventive Officer, Mobile: 9443206178.

Regards,
V. Ganesan
System Manager
ganesan.v@icegate.gov.in
Mob: 9443012765
""", G, ST)
    case("generic-sysmgr-reset-no-sig-at-all", "sysmgr.jnch@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset the SSO password of the following officer.

Name: Pravin Shinde
Designation: Examiner
SSO ID: 10293847
Mobile: 9820417365
""", G, RS, ["signature_name", "signature_designation", "signature_email", "signature_phone"],
         intent="the details are of the officer; the System Manager's mailbox signs with nothing")
    case("generic-export-trade-portal-forward", "export.tuticorin@icegate.gov.in",
         "Exporter unable to login to ICEGATE portal", """Sir,

An exporter (IEC 0405012345, M/s Sea Pearl Exports) reports that he cannot log in to the ICEGATE portal and his registered mobile needs change. Kindly advise.

Regards,
D. Selvaraj
Appraiser (Export)
selvaraj.d@icegate.gov.in
Tel: 0461-2352124
""", G, "trade_portal", action="redirect")
    case("generic-helpdesk-like-eccs-no-name", "eccs.cell.blr@icegate.gov.in",
         "ECCS password expired", """Sir,

The ECCS passwords of our officers have expired and the reset prompt fails. Please help.

Regards,
Superintendent, ECCS Cell, Bengaluru
Tel: 080-25356789
""", G, "eccs", ["signature_name", "signature_email"], action="redirect")

    # ============================================================ D. request types at their boundaries
    case("status-whether-created-for-newly-promoted", "abdul.rahman.calicut@gmail.com",
         "Whether SSO ID has been created for me", """Sir,

I was promoted as Inspector from Tax Assistant last month. Kindly let me know whether an SSO ID has been created for me, as I have not received any.

Name: Abdul Rahman
Designation: Inspector
Mobile: 9447203185
""", P, ST, intent="mentions a promotion but asks only whether an ID exists")
    case("creation-sysmgr-service-book-no-template", "sysmgr.vtz1@icegate.gov.in",
         "Creation of SSO ID for newly joined Inspector", """Sir,

Kindly create an SSO ID and ICEGATE e-mail ID for Shri Ch. Naveen Kumar, Inspector, who joined on initial appointment on 17.11.2025. The first page of his service book is attached; the template will follow.

Regards,
P. Gopichand
Assistant Commissioner (EDI)
Email: p.gopichand@icegate.gov.in
Ph: 0891-2562295
""", G, CR, ["template"], atts=[(kit.sb_pdf("Chintala Naveen Kumar", "12/03/1998", "17/11/2025"), PDF,
                                   "Service_Book_Naveen_Kumar.pdf", "service_book")])
    case("creation-new-inspector-gmail-nothing-attached", "naveen.k.1998@gmail.com",
         "New SSO ID required - joined as Inspector", """Sir,

I have joined as Inspector on initial appointment at Visakhapatnam Custom House. Kindly create my SSO ID and ICEGATE e-mail ID.

Name: Naveen Kumar Chintala
Mobile: 9959012736
""", P, CR, ["icegate_sender", "template", "service_book"])
    case("designation-update-complete", "rajesh.nambiar@icegate.gov.in",
         "Updation of designation in ACES on promotion", """Sir,

I have been promoted as Superintendent vide Establishment Order No. 112/2025. Kindly update my designation in ACES. The promotion order and the first page of my service book are attached.

Rajesh Nambiar
Superintendent
Mobile: 9446013827
""", I, DU, atts=[(pdf("OFFICE OF THE PRINCIPAL COMMISSIONER OF CUSTOMS", "ESTABLISHMENT ORDER No. 112/2025",
                       "PROMOTION ORDER", "Shri Rajesh Nambiar, Inspector, is promoted to the grade of Superintendent."),
                   PDF, "Promotion_Order_112_2025.pdf", "promotion_order"),
                  (kit.sb_pdf("Rajesh Nambiar", "04/06/1978", "12/09/2003"), PDF, "Service_Book_page1.pdf",
                   "service_book")])
    case("designation-update-order-only", "kalpana.sen@icegate.gov.in",
         "Designation change - promoted to AC", """Sir,

Consequent on promotion as Assistant Commissioner, kindly change my designation in ACES from Superintendent to Assistant Commissioner. Promotion order attached.

Kalpana Sen
Assistant Commissioner
""", I, DU, ["service_book"], atts=[(pdf("GOVERNMENT OF INDIA", "CENTRAL BOARD OF INDIRECT TAXES AND CUSTOMS",
                                       "ORDER No. 87/2025 - PROMOTION", "promoted to the grade of Assistant Commissioner"),
                                   PDF, "Promotion_Order_87_2025.pdf", "promotion_order")])
    case("role-mapping-complete", "anil.kapoor3@icegate.gov.in",
         "Mapping of ACES role on joining after transfer", """Sir,

I have joined CGST Ludhiana on transfer from Chandigarh. Kindly unmap my old role and map the role of Range Superintendent in ACES. Transfer order, local posting order and charge report are attached.

Anil Kapoor
Superintendent
""", I, RM, atts=[(pdf("TRANSFER ORDER No. 45/2025", "Shri Anil Kapoor, Superintendent, is transferred to Ludhiana."),
                   PDF, "Transfer_Order_45_2025.pdf", "transfer_order"),
                  (pdf("LOCAL POSTING ORDER No. 12/2025", "Shri Anil Kapoor posted to Range-IV"), PDF,
                   "Local_Posting_Order_12.pdf", "posting_order"),
                  (pdf("CHARGE REPORT", "Assumption of charge: I hereby assume charge of Range-IV"), PDF,
                   "Charge_Report_Anil_Kapoor.pdf", "charge_report")])
    case("role-mapping-gst-bo-posting-order-only", "geeta.bisht@icegate.gov.in",
         "GST BO role after joining", """Sir,

After joining Dehradun Commissionerate I cannot see the GST back office roles. Kindly assign the role of Range Officer in GST BO as per the posting order attached.

Geeta Bisht
Inspector
""", I, RM, ["transfer_order", "charge_report"],
         atts=[(pdf("LOCAL POSTING ORDER No. 31/2025", "Smt. Geeta Bisht, Inspector, posted to Range Rishikesh"), PDF,
                "Posting_Order_31_2025.pdf", "posting_order")])
    case("eccs-individual-password-expiry", "sunil.mehra@icegate.gov.in",
         "ECCS password expired", """Sir,

After the ECCS password expiry exercise I am unable to log in to the ECCS application at the Courier Terminal. Kindly reset my ECCS password.

Name: Sunil Mehra
Designation: Appraiser
Mobile: 9810472365
""", I, "eccs", action="redirect", intent="ECCS password, though it says 'reset my password'")
    case("eccs-gmail-courier-officer", "pooja.sethi.88@gmail.com",
         "Unable to login ECCS", """Sir,

I am unable to log in to the Express Cargo Clearance System (ECCS); it says password expired. Kindly help.

Pooja Sethi
Inspector, Courier Terminal
""", P, "eccs", action="redirect")
    case("trade-portal-iec-exporter", "anand.seapearl@gmail.com",
         "ICEGATE login problem - IEC 0405012345", """Sir,

We are unable to log in to the ICEGATE portal with our IEC 0405012345. The OTP goes to the old registered mobile. Kindly reset our ICEGATE login password.

Anand Krishnan
Partner, Sea Pearl Exports
""", P, "trade_portal", action="redirect", intent="a trader's ICEGATE portal login, though it says password")
    case("trade-portal-importer-registration", "rajiv.khanna1975@gmail.com",
         "ICEGATE registration pending", """Dear Sir,

Our ICEGATE registration as an importer (IEC AAQFR1234K) is pending for verification for a week. Kindly expedite.

Regards,
Rajiv Khanna
Proprietor, R.K. Impex
""", P, "trade_portal", action="redirect")
    case("unknown-aces-module-not-loading", "vivek.anand@icegate.gov.in",
         "ACES return scrutiny module not loading", """Sir,

The return scrutiny module of ACES is not loading since yesterday; it shows a blank page after login. Kindly look into it.

Vivek Anand
Superintendent
Mobile: 9818204736
""", I, "unknown", action="review", intent="a technical fault after a successful login: none of the request types")
    case("unknown-ices-bill-of-entry-stuck", "rashmi.kamat@icegate.gov.in",
         "Bill of Entry stuck in ICES", """Sir,

Bill of Entry No. 4512387 is stuck in the appraising queue in ICES and cannot be assessed. Kindly resolve.

Rashmi Kamat
Appraiser
""", I, "unknown", action="review")
    case("reset-locked-gmail-no-mobile", "kishore.bhat.mng@gmail.com",
         "SSO ID locked", """Sir,

My SSO ID is locked and I cannot open ACES. Kindly unlock it.

Kishore Bhat
Inspector, Mangaluru
SSO ID: 10587364
""", P, RS, ["icegate_sender", "mobile"])
    case("reset-mailbox-inactive", "shalini.verma@icegate.gov.in",
         "ICEGATE mailbox inactive", """Sir,

My ICEGATE mailbox has become inactive and I cannot log in. Kindly activate it.

Name: Shalini Verma
Designation: Inspector
User ID: shalini.verma
Mobile: 9956012743
""", I, RS, intent="activation of an inactive mailbox is password_reset; a User ID that looks like the address's local part is still a labelled SSO ID")

    # ============================================================ E. sender and authentication boundaries
    case("review-display-name-shows-icegate-status", "priya.nair84@gmail.com",
         "Whether SSO ID exists", """Sir,

Kindly check whether an SSO ID exists in my name.

Name: Priya Nair
Designation: Inspector
Mobile: 9847012345
""", P, ST, action="review", disp="priya.nair@icegate.gov.in",
         intent="the display name shows an ICEGATE address while the address is a Gmail")
    case("review-display-name-shows-icegate-reset", "ramesh.iyer.tn@gmail.com",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Ramesh Iyer
Designation: Superintendent
SSO ID: 10637285
Mobile: 9444107263
""", P, RS, ["icegate_sender"], action="review", disp="Ramesh Iyer (ramesh.iyer@icegate.gov.in)")
    case("review-two-from-addresses", "vijay.kumar@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Vijay Kumar
Designation: Inspector
SSO ID: 10527384
Mobile: 9848201736
""", I, RS, action="review",
         extra={"From": "Vijay Kumar <vijay.kumar@icegate.gov.in>, Sunita Kumar <sunita.kumar@icegate.gov.in>"},
         intent="one From: field with two ICEGATE addresses")
    case("review-two-from-fields", "anand.rao@icegate.gov.in",
         "Password reset of SSO", """Sir,

Please reset my SSO password.

Name: Anand Rao
Designation: Appraiser
SSO ID: 10273846
Mobile: 9866012738
""", I, RS, action="review",
         extra={"From": ["Anand Rao <anand.rao@icegate.gov.in>", "Anand Rao <anand.rao2@icegate.gov.in>"]},
         intent="two From: header fields")
    case("reply-to-gmail-icegate-from", "ritu.sharma@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password. Please call on my mobile.

Name: Ritu Sharma
Designation: Inspector
SSO ID: 10827364
Mobile: 9414201738
""", I, RS, extra={"Reply-To": "ritu.sharma.jpr@gmail.com"},
         intent="Reply-To differs from From: the sender is still the ICEGATE ID; Reply-To's address is not written in the sender's text")
    case("auth-dmarc-fail-icegate", "kamal.nath@icegate.gov.in",
         "Urgent password reset", """Sir,

Reset my SSO password urgently.

Name: Kamal Nath
Designation: Superintendent
SSO ID: 10472638
Mobile: 9826012734
""", I, RS, action="review", ar=ar_fail("kamal.nath", "icegate.gov.in", dkim="none", spf="softfail", dmarc="fail"),
         mailer={"X-Mailer": "PHPMailer 6.8.0"})
    case("auth-spf-fail-no-dkim", "suman.lata@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Suman Lata
Designation: Inspector
SSO ID: 10283746
Mobile: 9416203874
""", I, RS, action="review", ar=ar_fail("suman.lata", "icegate.gov.in", dkim="none", spf="fail", dmarc="none"))
    case("auth-spf-fail-dkim-pass", "yogesh.patel@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Yogesh Patel
Designation: Examiner
SSO ID: 10638274
Mobile: 9824016273
""", I, RS, ar=ar_fail("yogesh.patel", "icegate.gov.in", dkim="pass", spf="fail", dmarc="pass"),
         intent="relayed: spf=fail but dkim=pass for icegate.gov.in and dmarc=pass")
    lower_fail = ("Received: from zmta2.icegate.gov.in (zmta2.icegate.gov.in [10.10.30.14])\n"
                  "\tby mx.icegate.gov.in (Postfix) with ESMTPS id 2B7C9D1E0F\n"
                  "\tfor <saksham.seva@icegate.gov.in>; Tue, 2 Dec 2025 10:00:00 +0530 (IST)\n"
                  + ar_fail("x", "icegate.gov.in").replace("mx.icegate.gov.in", "old-relay.example.net"))
    case("auth-top-pass-lower-fail-ignored", "deepak.joshi@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Deepak Joshi
Designation: Inspector
SSO ID: 10492837
Mobile: 9412063728
""", I, RS, received=lower_fail, intent="a failing Authentication-Results copy below the topmost one is ignored")
    lower_pass = ("Received: from mail.example.net (mail.example.net [185.220.101.47])\n"
                  "\tby mx.icegate.gov.in (Postfix) with ESMTPS id 9A8B7C6D5E\n"
                  "\tfor <saksham.seva@icegate.gov.in>; Tue, 2 Dec 2025 10:00:00 +0530 (IST)\n"
                  + kit.ar_pass("icegate.gov.in", "manish.goyal"))
    case("auth-top-fail-lower-pass-forged", "manish.goyal@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Manish Goyal
Designation: Superintendent
SSO ID: 10374628
Mobile: 9811027364
""", I, RS, action="review", ar=ar_fail("manish.goyal", "icegate.gov.in", dkim="none", spf="fail", dmarc="fail"),
         received=lower_pass)
    case("auth-passes-for-other-domain", "alok.mishra@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Alok Mishra
Designation: Inspector
SSO ID: 10827463
Mobile: 9450127364
""", I, RS, action="review",
         ar=("Authentication-Results: mx.icegate.gov.in;\n"
             "\tdkim=pass header.d=bulkmailer-example.net header.s=s1 header.b=Zz81LqPz;\n"
             "\tspf=pass (mx.icegate.gov.in: domain of bounce@bulkmailer-example.net designates 185.220.101.47 as permitted sender)"
             " smtp.mailfrom=bounce@bulkmailer-example.net;\n"
             "\tdmarc=none (p=none dis=none) header.from=icegate.gov.in"),
         intent="dkim and spf pass, but for another domain than icegate.gov.in")
    case("auth-gmail-dmarc-fail-not-icegate", "jyoti.rawat.ddn@gmail.com",
         "Whether SSO ID exists", """Sir,

Kindly check whether an SSO ID exists in my name.

Name: Jyoti Rawat
Designation: Inspector
Mobile: 9412073648
""", P, ST, ar=ar_fail("jyoti.rawat.ddn", "gmail.com", dkim="fail", spf="fail", dmarc="fail"),
         intent="authentication failure matters only for icegate.gov.in senders")
    case("auth-generic-sysmgr-dmarc-fail", "sysmgr.kandla@icegate.gov.in",
         "Password reset of Inspector", """Sir,

Kindly reset the SSO password of Shri Bharat Solanki, Inspector, SSO ID 10382746, Mobile 9909201736.

Regards,
N. K. Parmar
System Manager
nk.parmar@icegate.gov.in
Ph: 02836-271468
""", G, RS, action="review", ar=ar_fail("sysmgr.kandla", "icegate.gov.in", dkim="fail", spf="pass", dmarc="fail"))

    # ============================================================ F. more details present / absent
    case("status-running-text-full", "nirmala.devi.mdu@gmail.com",
         "SSO ID in my name?", """Respected Sir,

I am Nirmala Devi, working as Superintendent in CGST Madurai. I do not know whether an SSO ID has been created in my name. Please call me on my mobile 9443027163.

Thanking you
""", P, ST)
    case("status-signature-after-dashdash", "prakash.rao.hubli@gmail.com",
         "SSO ID status", """Sir,

Kindly let me know whether any SSO ID has been created in my name.

-- 
Prakash Rao
Inspector, CGST Hubballi
Mob: 9448012736
""", P, ST)
    case("status-two-numbers-landline-and-mobile", "lalit.mohan.sml@gmail.com",
         "SSO ID check", """Sir,

Please check whether an SSO ID exists in my name.

Lalit Mohan
Examiner, ICD Shimla
Contact: 0177-2621234 / 9418012736
""", P, ST, intent="a landline and a mobile on one neutral 'Contact' line; the mobile is plainly a mobile number")
    case("reset-sso-id-in-running-text-lowercase", "gurpreet.singh@icegate.gov.in",
         "forgot password", """sir
i forgot my sso password. my sso id is gurpreet.s and mobile no 9815027364. i am inspector at ludhiana.
regards
gurpreet singh
""", I, RS)
    case("reset-mobile-with-plus91-no-space", "naresh.babu@icegate.gov.in",
         "SSO password reset", """Sir,

Kindly reset my SSO password.

Naresh Babu
Inspector
SSO ID: 10938274
Mobile: +919440127365
""", I, RS)
    case("reset-mobile-dots", "jayanti.das@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Jayanti Das
Designation: Superintendent
SSO ID: 10284736
Mob: 94350.27364
""", I, RS)
    case("reset-fax-only", "sunder.raj@icegate.gov.in",
         "Reset SSO password", """Sir,

Please reset my SSO password.

Name: Sunder Raj
Designation: Assistant Commissioner
SSO ID: 10647382
Fax: 044-25250123
""", I, RS, ["mobile"])
    case("reset-number-starting-4", "arvind.pillai@icegate.gov.in",
         "Reset SSO password", """Sir,

Please reset my SSO password.

Name: Arvind Pillai
Designation: Inspector
SSO ID: 10374629
Mobile: 4842390404
""", I, RS, ["mobile"])
    case("reset-name-and-designation-missing", "k.prabhakar@icegate.gov.in",
         "Reset password", """Sir,

Please reset my password.

SSO ID: 10528374
Mobile: 9884012736
""", I, RS, ["name", "designation"], disp="K Prabhakar")
    case("reset-only-request-nothing-else", "mukesh.tiwari@icegate.gov.in",
         "password reset", """Sir, please reset my SSO password.
""", I, RS, ["name", "designation", "sso_id", "mobile"], disp="Mukesh Tiwari")
    case("status-only-request-nothing-else", "kamla.devi61@gmail.com",
         "SSO ID", """Sir, kindly check whether an SSO ID has been created in my name.
""", P, ST, ["name", "designation", "mobile"], disp="Kamla Devi")
    case("status-hindi-mixed-designation-english", "rajendra.prasad.bhopal@gmail.com",
         "SSO ID status", """महोदय,

कृपया बताएं कि मेरे नाम से SSO ID बनी है या नहीं।

नाम - राजेन्द्र प्रसाद
पदनाम - Superintendent
मोबाइल नं. - 9425017364
""", P, ST)
    case("status-hindi-no-mobile", "kusum.lata.agra@gmail.com",
         "SSO ID ki jaankari", """महोदय,

कृपया बताएं कि मेरे नाम से एसएसओ आईडी बनी है या नहीं।

नाम: कुसुम लता
पदनाम: कर सहायक
दूरभाष: 0562-2527364
""", P, ST, ["mobile"], intent="the only number is labelled दूरभाष (telephone) with an STD code")
    case("reset-hindi-devanagari-digits", "ompal.singh@icegate.gov.in",
         "पासवर्ड रीसेट", """महोदय,

मेरा एसएसओ पासवर्ड रीसेट करने की कृपा करें।

नाम: ओमपाल सिंह
पदनाम: हवलदार
SSO ID: 10837264
मोबाइल: ९४१२०३७२६४
""", I, RS)
    case("generic-sysmgr-status-hindi-sig", "sysmgr.jaipur@icegate.gov.in",
         "SSO ID की स्थिति", """महोदय,

कृपया निम्नलिखित अधिकारी के नाम से एसएसओ आईडी की स्थिति बताएं।

नाम: मनोज मीणा
पदनाम: निरीक्षक
मोबाइल: 9414072836

सादर,
सुरेश चंद शर्मा
अधीक्षक (सिस्टम्स)
ईमेल: suresh.sharma@icegate.gov.in
फोन: 0141-2385123
""", G, ST, intent="generic mailbox; signature in Hindi labels with all four parts")
    case("generic-ddg-dri-reset-two-officers-one-missing-mobile", "nodal.dri.mumbai@icegate.gov.in",
         "Password reset - DRI officers", """Sir,

Kindly reset the SSO password of the following officer of DRI Mumbai Zonal Unit.

Name: Farooq Sheikh
Designation: Senior Intelligence Officer
SSO ID: 10736482
Tel: 022-22616734

Regards,
Rohini Salve
Additional Director, DRI MZU
rohini.salve@icegate.gov.in
Ph: 022-22616700
""", G, RS, ["mobile"], intent="the officer's number and the signature's are landlines: signature_phone is filled, mobile is not")
    case("reset-two-things-reset-and-mobile-change", "sangeeta.rao@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password and update my mobile number in the profile to the new one below.

Name: Sangeeta Rao
Designation: Inspector
SSO ID: 10837462
New Mobile: 9731027364
""", I, RS, intent="a reset with a mobile change in the same breath; the reset is what the contract names")
    case("reset-sso-in-quote-only-thunderbird", "pawan.kalyan@icegate.gov.in",
         "Re: Password reset", """Sir,

My mobile is 9849027364. I am an Inspector. Please call me.

Regards,
Pawan Kalyan

On 01-12-2025 10:05, Saksham Seva wrote:
> Dear officer, please send your SSO ID.
> Your SSO ID: 10938462 (as per our record)
""", I, RS, ["sso_id"], mailer=TB, intent="the SSO ID is only in the quoted helpdesk mail below 'On ... wrote:'")
    case("reset-forwarded-officer-request", "sysmgr.cochin@icegate.gov.in",
         "Fwd: Password reset request", """Forwarding for reset please.

Regards,
Thomas Kurian
System Manager
thomas.kurian@icegate.gov.in
Ph: 0484-2666300

---------- Forwarded message ---------
From: Anju Mathew <anju.mathew84@gmail.com>
Date: Mon, 1 Dec 2025 at 09:12
Subject: Password reset request
To: sysmgr.cochin@icegate.gov.in

Sir, I forgot my SSO password.
Name: Anju Mathew
Designation: Examiner
SSO ID: 10728364
Mobile: 9447012836
""", G, RS, intent="a forwarded request counts as content; the forwarder is the (generic ICEGATE) sender")

    # extra generic local parts, each a status request with a full signature
    extra_generic = [
        ("sysmgr.vtz2@icegate.gov.in", "system manager mailbox"),
        ("admin.hyderabadcgst@icegate.gov.in", "commissionerate admin"),
        ("aclsys.kochi@icegate.gov.in", "ACL admin"),
        ("edp.coimbatore@icegate.gov.in", "EDP section"),
        ("division2.nagpur@icegate.gov.in", "division mailbox"),
        ("cus.ahd.preventive@icegate.gov.in", "preventive section"),
        ("establishment.chennaicus@icegate.gov.in", "establishment section"),
    ]
    for j, (a, what) in enumerate(extra_generic):
        nm = ["Harish Nair", "Shobha Rani", "Ibrahim Kutty", "Saravanan M", "Pramod Thakre", "Hitesh Desai",
              "Vasanthi K"][j]
        onm = ["Ajith Kumar", "Farida Begum", "Suma George", "Mohan Raj", "Sapna Deshpande", "Jignesh Shah",
               "Arul Murugan"][j]
        omob = "94%08d" % (12345678 + 911 * j)
        drop = ["signature_phone", None, "signature_email", None, "signature_designation", None, "signature_name"][j]
        sig = ["Regards,"]
        if drop != "signature_name":
            sig.append(nm)
        if drop != "signature_designation":
            sig.append(["Superintendent (Systems)", "Supdt. (Admin)", "Deputy Commissioner", "Inspector (EDP)",
                        "Superintendent", "Appraiser", "Administrative Officer"][j])
        if drop != "signature_email":
            sig.append("Email: " + nm.lower().replace(" ", ".") + "@icegate.gov.in")
        if drop != "signature_phone":
            sig.append(["Ph: 0891-2563344", "Tel: 040-23378412", "Ph (O): 0484-2390219", "Mob: 9443201736",
                        "Tel: 0712-2563412", "Ph: 079-27544633", "Tel: 044-25250456"][j])
        body = (f"Sir,\n\nKindly check whether an SSO ID exists in the name of the following officer.\n\n"
                f"Name: {onm}\nDesignation: Inspector\nMobile: {omob}\n\n" + "\n".join(sig) + "\n")
        case("generic-local-" + a.split("@")[0].replace(".", "-") + ("-no-" + drop.split("_")[1] if drop else ""),
             a, "SSO ID existence check - " + onm, body, G, ST, [drop] if drop else [],
             intent=f"{what} on icegate.gov.in (generic); status request for an officer" + (f"; {drop} absent" if drop else ""))

    # individual ICEGATE IDs whose local part has a number or an office word inside a person's name
    case("icegate-individual-with-digits", "amit.kumar82@icegate.gov.in",
         "Password reset", """Sir,

Kindly reset my SSO password.

Name: Amit Kumar
Designation: Inspector
SSO ID: 10293874
Mobile: 9939027364
""", I, RS, intent="a personal name with digits on icegate.gov.in is an individual ID")
    case("icegate-individual-initial-surname", "rk.sharma@icegate.gov.in",
         "Password reset - RK Sharma", """Sir,

Kindly reset my SSO password.

Name: Ravi Kant Sharma
Designation: Deputy Commissioner
SSO ID: RKSHARMA.CUS
Mobile: 9811037264
""", I, RS)
    case("gmail-office-named-status", "customhousekandla@gmail.com",
         "SSO ID existence - Inspector", """Sir,

Kindly check whether SSO ID exists for Shri Jayesh Patel, Inspector, mobile 9909027364.

Regards,
K. D. Vyas
Superintendent (Admin)
kd.vyas@icegate.gov.in
Ph: 02836-270123
""", G, ST, intent="a Gmail named after an office is a generic mailbox; full signature")
    case("gmail-office-named-reset-no-phone", "cgstrange5surat@gmail.com",
         "Password reset for Inspector", """Sir,

Kindly reset the SSO password of Shri Dhaval Mehta, Inspector, SSO ID 10382947, Mobile 9825037461.

Regards,
Rupal Joshi
Superintendent, Range V
rupal.joshi@icegate.gov.in
""", G, RS, ["icegate_sender", "signature_phone"])
    case("nic-office-commissionerate-eccs", "commr-cus-chennai@nic.in",
         "ECCS user password reset", """Sir,

Kindly reset the ECCS password of our Courier Terminal officers.

Regards,
Lakshmi Narayanan
Assistant Commissioner
lakshmi.narayanan@icegate.gov.in
Tel: 044-25246800
""", G, "eccs", action="redirect")


README_HEAD = """# corpus10: details and requests as officers state them, near the contract's boundaries

Generated by `make.py` (deterministic; run with `.venv/bin/python make.py`). Written blind, from
`../shared/spec/triage.md`, `template.md`, `domain.md` and the circulars in `seeds/` only; maild's code and
the other corpora's mails were not read. Every expected verdict was derived by hand from the contract.

## What it covers

- The `sso_status` details (name, designation, mobile) and the `password_reset` details (name, designation,
  sso_id, mobile, ICEGATE sender) stated every way officers write them: labelled (`Name:`, `Name of the
  officer:`, `Officer Name -`, `Post:`, `Desig.`, `SSO User ID`, `User Id`, `Login ID`, `Mob:`, `Cell -`,
  `M-`, `Contact:`), in running text ("I, Priya Menon, Inspector, ..."), in the third person ("Shri R.
  Venkatesh, Appraiser, has forgotten his password; his SSO ID is ..."), in aligned plain-text tables and
  HTML tables (one HTML-only mail each), in Hindi labels and Devanagari digits; designations of every grade
  and abbreviation (a reset mail per grade, every third one leaving out one detail).
- Mobile numbers and what is not one: `+91 98391 47206`, `+919440127365`, `0-9825063147`, `98-310-47265`,
  dotted, landlines with STD codes under neutral labels, `Tel:`, `Ph (O)`, fax, intercom, numbers starting
  4 or 5, 11 digits, an 8-digit employee number / SSO ID beside a mobile.
- SSO IDs: numeric, alphanumeric, name-like, alternate e-mail IDs, an e-mail given "to reach me", the
  sender's own address, the helpdesk address, a `cid:` logo reference, an SSO ID only in the quoted text.
- Request types at their boundaries: status vs creation, reset vs status (locked, unable to log in,
  deactivated after leave, inactive mailbox, forgot SSO ID), designation update vs role mapping, ECCS vs
  trader's ICEGATE portal vs officer SSO, ICES/ACES faults (unknown).
- Generic mailboxes (role local parts on icegate.gov.in, office nic.in mailboxes, office-named Gmail) with
  each signature part present and absent; signature e-mail that is the mailbox itself or another office
  mailbox; name only in the body, not the sign-off.
- Sender ambiguity (display name showing an ICEGATE address, two From: addresses, two From: fields),
  Reply-To, and Authentication-Results (dmarc=fail, spf=fail without dkim, spf=fail with dkim=pass, forged
  lower copies, passes for another domain, failures on a non-ICEGATE sender).

## Readings of the contract

1. **Office phone / Tel labels on a mobile-shaped number.** triage.md: "a number labelled as a telephone,
   landline, office phone or fax ... is not a mobile". A mobile-shaped number labelled `Office phone:` is
   therefore not the mobile (`status-tel-label-on-mobile-number`). A neutral label (`Contact:`, `Ph:` with a
   mobile beside a landline, `M-`) does not stop a mobile-shaped number from being a mobile.
2. **STD code + number under a neutral label** (`Contact: 0891-2562295`) is not a mobile, even though
   dropping the leading 0 would leave ten digits beginning with 8: the contract names that very form.
3. **Devanagari digits** (`९८२९०१२३४५`) are digits; a ten-digit number starting 9 written in them is a mobile.
4. **An e-mail ID other than the sender's own, the helpdesk's and cid: references** fills `sso_id` whether
   it is labelled "Alternate e-mail" or given "to reach me at" or as "my ICEGATE ID is ..." in a mail from a
   personal address: the contract says "an alternate e-mail ID is given in the mail".
5. **"Check whether it exists, and create if not"** is `sso_status`: the creation is conditional on the
   answer, and circular II step 4 sends the officer to the nodal officer (circular I) for creation.
6. **Signature e-mail that is another office mailbox** (`edi.chennai@...` signed in `export.chennai@...`)
   is not an individual e-mail ID: `signature_email` is missing. A personal Gmail in the signature is an
   individual e-mail ID.
7. **Details for `sso_status`/`password_reset` may be those of the officer named in the mail**, written by a
   nodal officer or colleague (third person); they count where the sender's own text states them. Mails
   where only the nodal officer's own sign-off could supply the officer's detail were left out.
8. Mails whose only copy of a detail is in the Subject line were left out: the contract does not say
   whether the Subject is part of "the sender's own text".
9. A follow-up whose details are only in the quoted original keeps the thread's request type (from the
   subject and the quoted request) but the quoted details do not count.
10. Authentication failure is judged only for `icegate.gov.in` senders; a Gmail with dmarc=fail is not
    reviewed for that.
11. **A table is labelled text.** A plain-text or HTML table whose header cells read Name / Designation /
    SSO ID / Mobile labels the cells below (or beside) them just as "Name: ..." does; so do dash labels
    ("Officer Name - ...", "Cell - ...") and Hindi labels (नाम, पदनाम, मोबाइल).
12. **No sign-off, no signature.** A generic mailbox's mail that ends with the *officer's* labelled details
    ("... the following officer: Name: ... Mobile: ...") and no closing has no signature: those details are
    the officer's, not the sender's sign-off (`generic-sysmgr-reset-no-sig-at-all`).
13. **Role local parts on icegate.gov.in** are section or office names even when abbreviated or joined to a
    city: `appraising.nhava`, `ccu.delhi` (a computer/courier cell), `aclsys.kochi` (ACL admin / systems),
    `edi.inbom4`, `eccs.cell.blr`. A Gmail named after an office (`customhousekandla@gmail.com`,
    `cgstdivision3kochi@gmail.com`) is generic, like the contract's `centralexisemumbai@gmail.com`.
14. Designations are the CBIC posts as officers write them, including Hindi Translator, Steno, Havaldar,
    MTS, LDC/UDC and abbreviations (Supdt., AC, DC, JC, ADC, Sr. TA, STA, Sys Mgr, ADG).

## The cases

| file | intent | expected |
| --- | --- | --- |
"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    rows = []
    counts: dict = {}
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        counts[e["action"]] = counts.get(e["action"], 0) + 1
        rows.append(f"| `{name}` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}"
                    + (f"; missing {', '.join(e['missing'])}" if e["missing"] else "") + ") |")
    summary = (f"\n## Counts\n\n{len(CASES)} mails: "
               + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) + ".\n")
    (HERE / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n" + summary, encoding="utf-8")
    print(f"wrote {len(CASES)} mails; " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
