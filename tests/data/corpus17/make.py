#!/usr/bin/env python3
"""Generate corpus17 for maild: short mails typed on phones and in a hurry.

Individual ICEGATE IDs and personal addresses (gmail, yahoo, rediffmail, outlook.com, individual
nic.in / gov.in); mostly sso_status and password_reset, some creation / promotion / transfer requests
without (all) documents. Every expected verdict is derived by hand from ../../shared/spec/triage.md
(and template.md) alone. Deterministic: fixed dates, Message-IDs and file bytes; two runs write
identical bytes. Run with the project's .venv/bin/python (openpyxl, pypdf).
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# MIME and file builders are corpus2's (tests/data/corpus2/make.py), loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
PDF, JPG = "application/pdf", "image/jpeg"

CASES: list[tuple[str, bytes, dict, str]] = []

FOOTER = {
    "iphone": "\n\nSent from my iPhone",
    "yahoo": "\n\nSent from Yahoo Mail on Android",
    "outlook": "\n\nGet Outlook for Android",
    "gmail": "",
    "rediff": "",
    "zimbra": "",
}
MAILER = {
    "iphone": {"X-Mailer": "iPhone Mail (22B83)"},
    "yahoo": {"X-Mailer": "WebService/1.1.24652 YMailAndroidMobile"},
    "outlook": {"X-Mailer": "Outlook for Android"},
    "gmail": {},
    "rediff": {"X-Mailer": "Rediffmail Webmail"},
    "zimbra": {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraMobile - Android)"},
}


def _h(s: str, n: int = 16) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def _date(i: int) -> str:
    day = 3 + (i * 7) % 26
    hh, mm, ss = 7 + (i * 5) % 15, (i * 13) % 60, (i * 29) % 60
    dow = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day - 3) % 7]  # 3 Nov 2025 is a Monday
    return f"{dow}, {day:02d} Nov 2025 {hh:02d}:{mm:02d}:{ss:02d} +0530"


def _mid(client: str, slug: str, domain: str) -> str:
    h = _h(slug, 24)
    if client == "gmail":
        return f"CA+{h.upper()}qZ{_h(slug + 'x', 10)}@mail.gmail.com"
    if client == "iphone":
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:24].upper()}@{domain}"
    if client == "yahoo":
        return f"{int(h[:9], 16)}.{int(h[9:15], 16)}.{int(h[15:24], 16)}@mail.yahoo.com"
    if client == "outlook":
        return f"PN3P287MB{h[:10].upper()}{h[10:20].upper()}@PN3P287MB{h[20:24].upper()}.INDP287.PROD.OUTLOOK.COM"
    if client == "rediff":
        return f"20251120{int(h[:6], 16)}.{int(h[6:10], 16)}.qmail@f4mail-235-121.rediffmail.com"
    return f"{int(h[:9], 16)}.{int(h[9:15], 16)}.{int(h[15:24], 16)}.JavaMail.zimbra@{domain}"


def quote_gmail(who: str, when: str, lines: str) -> str:
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines.split("\n"))


def exp(kind, rt, missing=(), action=None, kinds=()):
    if action is None:
        action = "request_missing" if missing else "acknowledge"
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)),
            "template_errors": [], "action": action, "attachment_kinds": sorted(kinds)}


def add(slug, frm, name, subject, body, rt, missing=(), client="gmail", atts=(), quoted="", intent="", cte="qp"):
    """One mail: `body` is the sender's own text; the client's footer and any quoted earlier mail follow."""
    i = len(CASES) + 1
    fname = f"{i:03d}-{slug}"
    domain = frm.split("@")[1]
    kind = "icegate" if domain == "icegate.gov.in" else "personal"
    plain = body + FOOTER[client] + quoted + "\n"
    if client == "iphone":
        part = kit.text(plain, "plain", cte)
    else:
        part = kit.alt(plain, b=_h(fname, 12), cte=cte)
    kinds = []
    if atts:
        parts = [part]
        for data, ctype, fn, k in atts:
            parts.append(kit.att(data, ctype, fn, style="2047" if client == "gmail" else "plain"))
            kinds.append(k)
        part = kit.multi("mixed", parts, f"----=_Part_{_h(fname + 'm', 10)}")
    headers = kit.hdr(kit.addr(name, frm), subject, _date(i), _mid(client, fname, domain), mailer=MAILER[client])
    raw = kit.mail(headers, part, from_addr=frm)
    CASES.append((fname, raw, exp(kind, rt, missing, kinds=kinds), intent))


def sb_jpg(tag):
    return kit.jpeg(1700 + tag)


def order_pdf(kind_line, name):
    return kit.make_pdf(["GOVERNMENT OF INDIA", "OFFICE OF THE COMMISSIONER OF CUSTOMS", kind_line,
                         f"Shri/Smt {name}", "By order"])


HD = f"Saksham Seva <{HELPDESK}>"


# ================================================================= sso_status
def status():
    S = "sso_status"
    add("status-gmail-oneline-complete", "raviteja.kommineni@gmail.com", "Ravi Teja", "sso id",
        "pls check if sso id is created in my name\nRavi Teja Kommineni, Inspector, 9848012345", S,
        intent="name, designation and mobile on one sign-off line separated by commas")
    add("status-yahoo-caps-slashes", "sureshbabu.gnt@yahoo.com", "SURESH BABU", "SSO ID",
        "PLS CHECK WHETHER MY SSO ID IS CREATED OR NOT. NEVER GOT ANY ID\nSURESH BABU / SUPDT / 98661 23456", S,
        client="yahoo", intent="ALL CAPS, Supdt abbreviation, slashes, mobile with a space, Yahoo footer")
    add("status-hinglish-dash-insp", "amityadav.lko88@gmail.com", "Amit", "sso",
        "sir mera sso id bana hai ya nahi pls check kar do\n- Amit Yadav, Insp, mob 87654-32109", S,
        intent="Hinglish; '- Name, Insp, mob 5-5 hyphenated'")
    add("status-iphone-plus91-examr", "priya.menon.cok@gmail.com", "Priya", "",
        "is there any sso id in my name? joined 2019 never recd any id\nname priya menon\ndesig examr.\n"
        "mob +91 94470 11223", S, client="iphone",
        intent="empty subject; lower-case labels; Examr.; +91 with space; iPhone footer")
    add("status-rediff-rgds-0prefix", "vikas.sharma1987@rediffmail.com", "vikas sharma", "sso id exist?",
        "sso id exists or not pls confirm asap\nrgds\nvikas sharma, sta, 09810765432", S, client="rediff",
        intent="'rgds' then 'name, sta, 0-prefixed mobile'")
    add("status-hindi-labelled", "rajesh.kumar.jpr76@gmail.com", "राजेश कुमार", "एसएसओ आईडी के बारे में",
        "महोदय,\nकृपया बताएं कि मेरे नाम से SSO ID बनी है या नहीं।\nनाम: राजेश कुमार\nपद: निरीक्षक\n"
        "मोबाइल: 9876012345", S, intent="Hindi labels, designation in Hindi (निरीक्षक)")
    add("status-devanagari-digits", "sunilverma.bpl@gmail.com", "Sunil Verma", "sso id",
        "मेरा sso id बना है क्या? pls check\nसुनील वर्मा, अधीक्षक, मो. ९४१५०२३४५६", S,
        intent="Hindi sign-off line, mobile in Devanagari digits (reading 3)")
    add("status-running-text-tks", "manoj.pillai.tvm@gmail.com", "Manoj", "sso id query",
        "need to know if my sso id is there or not. am insp at cochin custom house. mob 9447012345. tks\n"
        "Manoj Pillai", S, intent="designation and mobile in running text, bare name last")
    add("status-nic-individual", "deepa.rao71@nic.in", "Deepa Rao", "SSO ID",
        "pls check whether sso id created in my name. Deepa Rao, Supdt (on depn), mob 9845012345", S,
        client="zimbra", intent="individual nic.in address is personal; all on one line")
    add("status-outlook-ac-lines", "anjali.gupta.irs@outlook.com", "Anjali Gupta", "sso id check",
        "kindly check if any sso id exists in my name\nAnjali Gupta\nAC\n+91-9810012345", S, client="outlook",
        intent="name / AC / +91-mobile on three lines, Outlook for Android footer")
    add("status-spaced-mobile-po", "nitin.joshi.mum@gmail.com", "nitin", "sso",
        "sso id created for me or not?? check pls. nitin joshi, PO, 98200 12 345", S,
        intent="PO (Preventive Officer), mobile with irregular spaces")
    add("status-dashes-dc", "rahulverma.irs@yahoo.co.in", "Rahul Verma", "sso id",
        "whether sso id has been created in my name? was never given one\nRahul Verma - DC - 70420 12345", S,
        client="yahoo", intent="dash separated, DC")
    add("status-ta-slashes", "meenakumari.pat@gmail.com", "Meena", "sso id",
        "plz chk my sso id created or not. Meena Kumari/TA/9431012345", S, intent="TA, slashes, no spaces")
    add("status-sentence-iphone", "kiran.rao.hyd@gmail.com", "Kiran Rao", "SSO",
        "I dont know if an sso id was made for me. my mob no is 9000012345. Kiran Rao, Supdt", S,
        client="iphone", intent="'my mob no is ...' in running text")
    add("status-reply-own-complete", "farhan.ali.kol@gmail.com", "Farhan Ali", "Re: sso id",
        "sir still no reply. pls check if any sso id exists in my name. Farhan Ali, Insp, 9831012345", S,
        quoted=quote_gmail("Farhan Ali <farhan.ali.kol@gmail.com>", "Mon, 10 Nov 2025 at 09:12",
                           "pls check if sso id created for me\nFarhan Ali\nInspector"),
        intent="follow-up: own text complete, quoted earlier mail below 'On ... wrote:'")
    add("status-hindi-rediff-supdt", "harpreet.kaur79@rediffmail.com", "Harpreet Kaur", "sso id",
        "सर मेरी SSO ID बनी है या नहीं, कृपया चेक करें\nहरप्रीत कौर, अधीक्षक, 98140 56789", S, client="rediff",
        intent="Hindi; name, Hindi designation, spaced mobile on one line")
    add("status-ac-own-address-repeated", "s.narayanan64@gmail.com", "S Narayanan", "sso id exists?",
        "my mail is s.narayanan64@gmail.com. pls check if sso id created in my name and tell on this mail\n"
        "Subramanian Narayanan, AC, 9444087654", S,
        intent="own address repeated in text (irrelevant to sso_status)")
    add("status-caps-labels-nospace", "GOPAL.KRISHNA.VZG@GMAIL.COM", "GOPAL KRISHNA", "SSO ID STATUS ENQUIRY",
        "WHETHER SSO ID CREATED IN MY NAME PLS INFORM\nNAME-GOPAL KRISHNA\nDESIG-INSPECTOR\nMOB-9700123456", S,
        intent="caps 'NAME-', 'DESIG-', 'MOB-' labels without spaces; caps address")
    # -- name absent
    add("status-no-name-display-only", "harish.c1980@gmail.com", "Harish Chandra", "sso id",
        "pls check sso id created or not. insp, mob 9849012345", S, ["name"],
        intent="name only in the From display name, which does not count")
    add("status-no-name-iphone-footer", "gunturvenkat.r@gmail.com", "Venkat", "sso",
        "is my sso id created? supdt cgst guntur 9440012345", S, ["name"], client="iphone",
        intent="no name; the last line is 'Sent from my iPhone'")
    add("status-name-only-in-quote", "lakshmi.devi.blr@gmail.com", "Lakshmi", "Re: SSO ID",
        "sir pls check whether sso id created in my name. i am insp, mob 9866012345", S, ["name"],
        quoted=quote_gmail("Lakshmi Devi <lakshmi.devi.blr@gmail.com>", "Wed, 12 Nov 2025 at 18:40",
                           "Name: Lakshmi Devi\nDesignation: Inspector\npls check sso id"),
        intent="name only in the quoted earlier mail")
    add("status-caps-no-name", "bhubaneswar.pradhan82@yahoo.com", "PRADHAN", "SSO",
        "PLS CHECK WHETHER SSO ID CREATED IN MY NAME. SUPDT, MOB 9437012345", S, ["name"], client="yahoo",
        intent="caps, designation and mobile but no name")
    # -- designation absent
    add("status-no-desig", "ramesh.gowda.mys@gmail.com", "Ramesh", "sso id",
        "pls check if sso id is created for me\nRamesh Gowda 9880012345", S, ["designation"],
        intent="name and mobile, no designation")
    add("status-hindi-no-desig", "anil.mishra.vns@gmail.com", "अनिल मिश्रा", "SSO ID",
        "मेरी SSO ID बनी है या नहीं, कृपया बताएं। नाम - अनिल मिश्रा, मोबाइल 9450012345", S, ["designation"],
        intent="Hindi, name and mobile labelled, no designation")
    add("status-desig-only-in-quote", "sravani.kolli.vja@gmail.com", "Sravani", "Re: sso id",
        "pls call me on 9490012345 and tell if sso id exists\nSravani Kolli", S, ["designation"],
        quoted=quote_gmail("Sravani Kolli <sravani.kolli.vja@gmail.com>", "Tue, 11 Nov 2025 at 11:02",
                           "Designation: Inspector\nsso id created or not?"),
        intent="designation only in quoted text")
    add("status-yahoo-no-desig", "poojasingh.dl@yahoo.com", "Pooja Singh", "sso id??",
        "sso id created or not?? pls reply asap\nPooja Singh\n+91 88001 23456", S, ["designation"],
        client="yahoo", intent="no designation, Yahoo footer")
    # -- mobile absent
    add("status-landline-std-hyphen", "venkatrao.vzg62@gmail.com", "Venkat Rao", "sso id",
        "pls confirm whether sso id exists in my name. Venkat Rao, Supdt, ph 0891-2562296", S, ["mobile"],
        intent="only an STD landline")
    add("status-landline-spaced", "arup.das.kol@rediffmail.com", "Arup Das", "sso id",
        "sso id bana hai kya check kijiye. Arup Das / Insp / off 033 2254 1234", S, ["mobile"], client="rediff",
        intent="only an office number written as STD code and number")
    add("status-nine-digit-mobile", "naveenkumar.hyd90@gmail.com", "Naveen", "sso id",
        "pls check if any sso id exists in my name. Naveen Kumar, Insp, mob 984801234", S, ["mobile"],
        intent="mobile has 9 digits: not a mobile")
    add("status-mobile-only-in-quote", "geetha.nair.ekm@gmail.com", "Geetha Nair", "Re: sso id",
        "pls check if sso id exists for me. Geetha Nair, Examr.", S, ["mobile"],
        quoted=quote_gmail("Geetha Nair <geetha.nair.ekm@gmail.com>", "Thu, 13 Nov 2025 at 15:20",
                           "mob 9446012345\nsso id created or not"),
        intent="mobile only in the quoted earlier mail")
    add("status-tollfree-only", "sanjaypatil.pune@gmail.com", "Sanjay Patil", "sso id",
        "called 1800 266 2232 twice no one picks. pls check if sso id made for me. Sanjay Patil, Insp", S,
        ["mobile"], intent="only the helpdesk toll-free number")
    add("status-mobile-starts-5", "jyoti.bansal.chd@gmail.com", "Jyoti", "sso id",
        "check my sso id pls, created or not. Jyoti Bansal, STA, mob 5812345678", S, ["mobile"],
        intent="a 10-digit number starting with 5 is not a mobile")
    # -- several absent
    add("status-nothing", "kumar.s.tpt@gmail.com", "Kumar", "sso",
        "sso id created or not pls tell", S, ["name", "designation", "mobile"], intent="one line, no details")
    add("status-only-mobile", "rk.meher@yahoo.com", "R K Meher", "sso",
        "pls chk sso id exist or not 9912012345", S, ["name", "designation"], client="yahoo",
        intent="only a bare mobile")
    add("status-hindi-only-name", "suresh.yadav.agra@gmail.com", "Suresh", "एसएसओ",
        "मेरे नाम से sso id बनी है क्या?\n- सुरेश यादव", S, ["designation", "mobile"],
        intent="Hindi, only a name signed with a dash")
    add("status-caps-name-landline", "kannan.r.chennai@yahoo.co.in", "KANNAN", "SSO ID",
        "IS SSO ID CREATED IN MY NAME. PLS INFORM.\nKANNAN RAMASAMY\nTEL 044-25241234", S,
        ["designation", "mobile"], client="yahoo", intent="caps; name and a landline only")


# ================================================================= password_reset
def reset():
    R = "password_reset"
    add("reset-oneline-complete", "ravi.shankar@icegate.gov.in", "Ravi Shankar", "pwd reset",
        "pls reset my sso pwd. sso id 40719358. Ravi Shankar, Insp, 9848022334", R, client="zimbra",
        intent="all on one line from own ICEGATE ID")
    add("reset-caps-ssoid-dash", "mohan.lal@icegate.gov.in", "MOHAN LAL", "PASSWORD RESET",
        "FORGOT MY SSO PASSWORD PLS RESET ASAP\nSSO ID- 10293847\nMOHAN LAL / SUPDT / 98290 12345", R,
        client="iphone", intent="caps, 'SSO ID- 10293847', iPhone")
    add("reset-hinglish-po", "amit.kumar7@icegate.gov.in", "Amit Kumar", "pswd",
        "sir sso ka password bhool gaya hu, reset kar do plz. sso id 23456789\n- Amit Kumar, PO, +91 9820011223",
        R, intent="Hinglish; PO; +91 prefix")
    add("reset-user-id-namelike", "venkatesh.raman@icegate.gov.in", "Venkatesh", "pswd reset",
        "pswd reset pls. user id: r.venkat\nVenkatesh Raman, Examr., 9444012345", R, client="zimbra",
        intent="name-like User ID 'r.venkat', Examr.")
    add("reset-alt-email-instead", "venkat.raman2@icegate.gov.in", "Venkat Raman", "pwd",
        "lost pwd of sso. dont remember id. alt email venkat.raman82@gmail.com\nname venkat raman, ac, mob 9444076543",
        R, intent="alternate e-mail instead of the SSO ID")
    add("reset-my-sso-id-is", "kavita.joshi@icegate.gov.in", "Kavita Joshi", "sso",
        "my sso id is 31415926 and pwd not working, pls reset. Kavita Joshi, STA, 98230-45678", R,
        intent="'my sso id is ...', STA, 5-5 hyphen mobile")
    add("reset-activate-inactive", "dinesh.nair@icegate.gov.in", "Dinesh Nair", "id inactive",
        "my sso id 55667788 is inactive pls activate\nDinesh Nair supdt 9447098765", R, client="iphone",
        intent="activation of an inactive ID is a password_reset; name desig mobile space separated")
    add("reset-hindi-labelled", "ramesh.chand@icegate.gov.in", "रमेश चंद", "पासवर्ड रीसेट",
        "मेरा SSO पासवर्ड भूल गया है, कृपया रीसेट करें।\nSSO ID: 44332211\nनाम: रमेश चंद\nपद: अधीक्षक\n"
        "मोबाइल: 9414012345", R, intent="Hindi with labels; designation in Hindi")
    add("reset-devanagari-digits", "naresh.kumar4@icegate.gov.in", "Naresh Kumar", "pwd reset",
        "pwd reset kar dijiye. sso id 66778899\nनरेश कुमार, निरीक्षक, मो ९८२९०१२३४५", R,
        intent="Hindi sign-off line, mobile in Devanagari digits (reading 3)")
    add("reset-ssoid-alnum", "kiran.nayak@icegate.gov.in", "Kiran Nayak", "pwd",
        "SSOID: KRN4471 - pwd forgot pls reset\nKiran Nayak, Insp, 9740012345", R, client="zimbra",
        intent="alphanumeric SSOID")
    add("reset-iphone-dc", "anand.kulkarni@icegate.gov.in", "Anand Kulkarni", "Locked",
        "pls reset password of my sso id 77889900. account locked\nAnand Kulkarni, DC, 9823012345", R,
        client="iphone", intent="DC; iPhone footer below the sign-off")
    add("reset-lowercase-0prefix", "sunita.rao@icegate.gov.in", "Sunita Rao", "aces login",
        "cant login aces. sso id 12121212 pls reset pwd. sunita rao insp 09866012345", R,
        intent="all lower case on one line, 0-prefixed mobile")
    add("reset-forgot-id-with-alt", "meera.iyer@icegate.gov.in", "Meera Iyer", "forgot sso id",
        "forgot my sso id itself, alt mail id is meera.iyer77@yahoo.com. pls reset\nMeera Iyer, Supdt, 94440 98765",
        R, intent="'forgot my SSO ID' is a password_reset; alternate e-mail given")
    add("reset-reply-own-complete", "pradeep.menon@icegate.gov.in", "Pradeep Menon", "Re: pwd reset",
        "pls reset my sso pwd, sso id 90807060. Pradeep Menon, Insp, 9895012345", R,
        quoted=quote_gmail(HD, "Fri, 14 Nov 2025 at 16:05",
                           "Dear Sir,\nPlease send name, designation, SSO ID and mobile.\nSaksham Seva"),
        intent="reply with all details in own text; helpdesk quote below")
    add("reset-thx-rgds-lines", "saurabh.jain@icegate.gov.in", "Saurabh Jain", "mail pwd",
        "pls reset my icegate mail pwd. sso id 20202020\nthx & rgds\nSaurabh Jain\nInsp\n9711012345", R,
        client="zimbra", intent="'thx & rgds' then name, Insp, mobile on separate lines")
    add("reset-hindi-ssoid-hyphen", "pooja.verma@icegate.gov.in", "पूजा वर्मा", "पासवर्ड",
        "सर मेरा पासवर्ड रीसेट कर दीजिए। SSO ID- 81726354\nपूजा वर्मा / निरीक्षक / 9005012345", R, cte="b64",
        intent="Hindi (base64 body), slashes")
    # -- sso_id absent
    add("reset-own-address-repeated", "ravi.prakash@icegate.gov.in", "Ravi Prakash", "pwd",
        "pls reset pwd of my id ravi.prakash@icegate.gov.in\nRavi Prakash, Insp, 9959012345", R, ["sso_id"],
        intent="only the sender's own address given: not an alternate e-mail")
    add("reset-no-id", "deepak.sinha@icegate.gov.in", "Deepak Sinha", "pwd",
        "pwd bhool gaya reset karo plz. Deepak Sinha, Supdt, 9334012345", R, ["sso_id"], client="iphone",
        intent="no SSO ID, no alternate e-mail")
    add("reset-id-only-in-quote", "rajeev.saxena@icegate.gov.in", "Rajeev Saxena", "Re: sso pwd",
        "pls reset my sso pwd now. Rajeev Saxena, AC, mob 9826012345", R, ["sso_id"],
        quoted=quote_gmail("Rajeev Saxena <rajeev.saxena@icegate.gov.in>", "Mon, 17 Nov 2025 at 10:30",
                           "my sso id is 36912151, forgot password"),
        intent="SSO ID only in the quoted earlier mail")
    add("reset-forgot-id-no-alt", "ashok.meena@icegate.gov.in", "Ashok Meena", "forgot",
        "forgot my sso id and password both. pls help. Ashok Meena, Insp, 9783012345", R, ["sso_id"],
        intent="'forgot my SSO ID' without an alternate e-mail")
    add("reset-helpdesk-address-only", "farida.khan@icegate.gov.in", "Farida Khan", "no reply",
        "sent mail to saksham.seva@icegate.gov.in last week no reply. pls reset sso pwd\nFarida Khan, TA, 9830012345",
        R, ["sso_id"], client="zimbra", intent="the helpdesk's address is not an alternate e-mail")
    add("reset-own-address-caps-alt-label", "tarun.ghosh@icegate.gov.in", "Tarun Ghosh", "PWD",
        "PLS RESET SSO PWD. ALT MAIL TARUN.GHOSH@ICEGATE.GOV.IN\nTARUN GHOSH, SUPDT, 9433012345", R, ["sso_id"],
        intent="'alt mail' is the sender's own address in capitals")
    # -- name / designation / mobile absent
    add("reset-no-name", "sk.reddy@icegate.gov.in", "S K Reddy", "pwd",
        "pls reset pwd sso id 13579246 insp 9848111222", R, ["name"],
        intent="name only in the display name")
    add("reset-no-desig", "prakash.rao@icegate.gov.in", "Prakash Rao", "sso pwd",
        "reset my sso pwd pls. sso id 24681357\nPrakash Rao 9440111222", R, ["designation"], client="zimbra",
        intent="no designation")
    add("reset-landline-only", "jacob.thomas@icegate.gov.in", "Jacob Thomas", "pwd reset",
        "pls reset my sso password. sso id 11223344\nJacob Thomas, Supdt, tel 0484-2390405", R, ["mobile"],
        intent="only an STD landline")
    add("reset-mobile-only-in-quote", "neha.agarwal@icegate.gov.in", "Neha Agarwal", "Re: pwd",
        "pls reset my pwd, sso id 52525252. Neha Agarwal, Insp", R, ["mobile"],
        quoted=quote_gmail("Neha Agarwal <neha.agarwal@icegate.gov.in>", "Sat, 15 Nov 2025 at 09:00",
                           "mob 9310012345"),
        intent="mobile only in the quoted earlier mail")
    add("reset-nothing", "a.bose@icegate.gov.in", "A Bose", "pwd", "pls reset my pwd", R,
        ["name", "designation", "sso_id", "mobile"], client="iphone", intent="one line, no details")
    add("reset-iphone-no-name", "gkumar.insp@icegate.gov.in", "G Kumar", "sso",
        "sso pwd reset pls. sso id 31313131. supdt. 9810012399", R, ["name"], client="iphone",
        intent="no name; last line 'Sent from my iPhone'")
    add("reset-caps-name-only", "vijay.singh9@icegate.gov.in", "VIJAY SINGH", "RESET",
        "PLEASE RESET MY SSO PASSWORD. SSO ID 42424242.\nVIJAY SINGH", R, ["designation", "mobile"],
        intent="caps, only name and SSO ID")
    add("reset-tollfree-only", "latha.s@icegate.gov.in", "Latha", "pwd",
        "tried 1800 121 4560 no answer. pls reset sso pwd, sso id 63636363. Latha Subramaniam, Supdt", R,
        ["mobile"], intent="only the helpdesk toll-free number")
    # -- not an ICEGATE sender
    add("reset-gmail-complete", "ravindra.patil84@gmail.com", "Ravindra Patil", "pwd reset",
        "pls reset my sso pwd. sso id 71717171\nRavindra Patil, Insp, 9850012345", R, ["icegate_sender"],
        intent="complete but from Gmail")
    add("reset-yahoo-alt-is-own", "ramesh.k77@yahoo.co.in", "Ramesh K", "pwd",
        "reset sso pwd pls. alt email ramesh.k77@yahoo.co.in\nRamesh Krishnan / Supdt / 9884012345", R,
        ["icegate_sender", "sso_id"], client="yahoo",
        intent="'alt email' is the sender's own Yahoo address")
    add("reset-yahoo-alt-other", "sheela.m@yahoo.com", "Sheela", "pwd",
        "pls reset my sso pwd. alt mail sheela.mathew80@gmail.com\nSheela Mathew, Examr, 9847012345", R,
        ["icegate_sender"], client="yahoo", intent="from Yahoo, another alternate e-mail given")
    add("reset-rediff-hindi-no-desig", "manish.tiwari@rediffmail.com", "मनीष तिवारी", "पासवर्ड",
        "पासवर्ड भूल गया हूँ, रीसेट कर दें। SSO ID: 27272727\nमनीष तिवारी 9415012345", R,
        ["icegate_sender", "designation"], client="rediff", intent="Hindi from Rediffmail, no designation")
    add("reset-outlook-com", "arvind.mehta@outlook.com", "Arvind Mehta", "SSO password",
        "Pls reset SSO password, SSO ID 38383838. Arvind Mehta, AC, +91 98110 22334", R, ["icegate_sender"],
        client="outlook", intent="outlook.com with Outlook for Android footer")
    add("reset-nic-individual", "kavitha.r68@nic.in", "Kavitha R", "pwd",
        "my icegate mail pwd expired pls reset. sso id 45454545. Kavitha Ramesh, Supdt, 9449012345", R,
        ["icegate_sender"], client="zimbra", intent="individual nic.in address")
    add("reset-gov-in-landline", "sanjeev.malhotra@gov.in", "Sanjeev Malhotra", "sso id pwd",
        "pls reset my sso pwd, sso id 54545454. Sanjeev Malhotra, DC (on depn), ph 011-23092345", R,
        ["icegate_sender", "mobile"], client="zimbra", intent="individual gov.in, landline only")
    add("reset-gmail-nothing", "bittu.kr95@gmail.com", "Bittu", "pwd", "pwd reset pls", R,
        ["icegate_sender", "name", "designation", "sso_id", "mobile"], intent="three words from Gmail")
    add("reset-gmail-activate-hinglish", "pankaj.tiwari.ald@gmail.com", "Pankaj", "sso inactive",
        "mera sso id inactive ho gaya hai activate kar do. sso id 18181818\nPankaj Tiwari, Insp, 9936012345", R,
        ["icegate_sender"], intent="Hinglish activation from Gmail")


# ================================================================= creation / promotion / transfer without documents
def others():
    C, P, T = "sso_creation", "designation_update", "role_mapping"
    add("creation-gmail-new-insp", "kirankumar.new@gmail.com", "Kiran Kumar", "new sso id",
        "joined as insp today at vizag custom house, need new sso id pls create\n- Kiran Kumar, Insp, 9000112233", C,
        ["icegate_sender", "template", "service_book"], intent="new officer from Gmail, nothing attached")
    add("creation-icegate-no-docs", "m.rao.ac@icegate.gov.in", "M Rao", "new sso id",
        "pls create sso id for new insp joined our div today, details to follow. Mallikarjuna Rao AC", C,
        ["template", "service_book"], client="zimbra", intent="from an individual ICEGATE ID, nothing attached")
    add("creation-hindi-gmail", "nitesh.kumar.new@gmail.com", "नितेश कुमार", "नई SSO ID",
        "सर, मेरी नई नियुक्ति हुई है, कृपया नई SSO ID बना दें।\nनितेश कुमार, निरीक्षक, 7300012345", C,
        ["icegate_sender", "template", "service_book"], intent="Hindi new-ID request from Gmail")
    add("creation-caps-yahoo", "tanya.sharma.ta@yahoo.com", "TANYA", "NEW SSO ID",
        "JOINED ON 17.11.2025 AS TAX ASSISTANT. NEW SSO ID REQUIRED PLS CREATE", C,
        ["icegate_sender", "template", "service_book"], client="yahoo", intent="caps, from Yahoo")
    add("creation-service-book-photo-only", "s.kumar.supdt@icegate.gov.in", "S Kumar", "sso id new insp",
        "new sso id for insp joined today pls. service book pic attached, template will send later", C,
        ["template"], client="iphone", atts=[(sb_jpg(1), JPG, "service book.jpg", "service_book")],
        intent="only a service-book photo named 'service book.jpg'")
    add("creation-img-photo-gmail", "anusha.new.insp@gmail.com", "Anusha", "sso id creation",
        "pls create my sso id, joined as inspector on 10/11/2025. sb photo attached", C,
        ["icegate_sender", "template", "service_book"], atts=[(sb_jpg(2), JPG, "IMG_20251119_104512.jpg", "other")],
        intent="a camera-named JPEG is 'other', so the service book is still missing (reading 5)")
    add("promotion-icegate-no-docs", "arun.pandey@icegate.gov.in", "Arun Pandey", "desig update",
        "promoted to supdt, pls update designation in aces. Arun Pandey 9450098765", P,
        ["promotion_order", "service_book"], client="iphone", intent="promotion, nothing attached")
    add("promotion-gmail-no-docs", "reena.thomas.irs@gmail.com", "Reena Thomas", "promotion",
        "got promotion as AC, pls change desig in my sso id", P,
        ["icegate_sender", "promotion_order", "service_book"], intent="promotion from Gmail, nothing attached")
    add("promotion-hinglish", "vinod.kumar3@icegate.gov.in", "Vinod Kumar", "promotion",
        "promotion ho gaya hai insp se supdt, designation update kar do aces me plz", P,
        ["promotion_order", "service_book"], intent="Hinglish promotion")
    add("promotion-order-attached", "shalini.das@icegate.gov.in", "Shalini Das", "desig change",
        "promoted as supdt, order attached pls update desig", P, ["service_book"], client="zimbra",
        atts=[(order_pdf("OFFICE ORDER - PROMOTION", "Shalini Das"), PDF, "promotion order.pdf", "promotion_order")],
        intent="promotion order attached, service book missing")
    add("role-icegate-no-docs", "ramana.murthy@icegate.gov.in", "Ramana Murthy", "role mapping",
        "transferred from guntur to vizag, pls map me in aces", T,
        ["transfer_order", "posting_order", "charge_report"], client="iphone", intent="transfer, nothing attached")
    add("role-gmail-gst-bo", "deepika.n.insp@gmail.com", "Deepika", "gst bo role",
        "joined new posting, gst bo role not mapped yet pls map", T,
        ["icegate_sender", "transfer_order", "posting_order", "charge_report"], intent="from Gmail")
    add("role-hinglish-unmap", "sandeep.yadav@icegate.gov.in", "Sandeep Yadav", "unmap",
        "transfer ho gaya, purani range se unmap karke nayi range me map kar do", T,
        ["transfer_order", "posting_order", "charge_report"], intent="Hinglish unmap and map")
    add("role-caps-outlook", "rohit.sen.supdt@outlook.com", "ROHIT SEN", "ACES ROLE",
        "PLS ASSIGN ACES ROLE, JOINED HERE ON TRANSFER LAST WEEK", T,
        ["icegate_sender", "transfer_order", "posting_order", "charge_report"], client="outlook",
        intent="caps from outlook.com")
    add("role-joining-report-only", "imran.sheikh@icegate.gov.in", "Imran Sheikh", "mapping",
        "joined on transfer, joining report attached, pls map roles in aces", T,
        ["transfer_order", "posting_order"], client="zimbra",
        atts=[(order_pdf("JOINING REPORT / ASSUMPTION OF CHARGE", "Imran Sheikh"), PDF, "joining report.pdf",
               "charge_report")], intent="only the joining report")
    add("role-transfer-order-photo", "bhavna.patel@icegate.gov.in", "Bhavna Patel", "roles",
        "pls map aces role. transfer order pic attached, posting order not issued yet", T,
        ["posting_order", "charge_report"], client="iphone",
        atts=[(sb_jpg(3), JPG, "transfer order.jpg", "transfer_order")], intent="only a transfer order photo")


def quote_iphone(who: str, when: str, lines: str) -> str:
    return f"\n\n> On {when}, {who} wrote:\n>\n" + "\n".join("> " + l if l else ">" for l in lines.split("\n"))


# ================================================================= more forms of each detail
def more():
    S, R = "sso_status", "password_reset"
    add("status-hinglish-caps-sta", "anita.rani.pb@gmail.com", "Anita", "SSO",
        "SSO ID BANI HAI KYA MERE NAAM SE? PLS CHECK\n- ANITA RANI, STA, 9592012345", S,
        intent="Hinglish caps; STA")
    add("status-outlook-dotted-mobile", "mahesh.babu.irs@outlook.com", "Mahesh", "sso id",
        "pls check whether an sso id exists in my name. Mahesh Babu, Supdt, mob 98100.12345", S, client="outlook",
        intent="mobile with a dot between digits")
    add("status-nic-landline-only", "ashwini.deshpande@nic.in", "Ashwini Deshpande", "SSO ID",
        "pls check if sso id created in my name. Ashwini Deshpande, AC, off 022-22757123", S, ["mobile"],
        client="zimbra", intent="individual nic.in, office landline only")
    add("status-gov-in-no-name", "jt.singh.74@gov.in", "J T Singh", "sso id",
        "whether sso id exists in my name pls tell. DC, 9868012345", S, ["name"], client="zimbra",
        intent="individual gov.in; no name in the text")
    add("status-yahoo-hindi-desig-labelled", "rekha.sinha.pat@yahoo.com", "Rekha", "sso id",
        "pls check whether my sso id is created\nname: Rekha Sinha\nपद: अधीक्षक\nmob: 9334098765", S, client="yahoo",
        intent="mixed English and Hindi labels")
    add("status-iphone-quote-style", "yogesh.more.nsk@gmail.com", "Yogesh", "Re: SSO ID",
        "still waiting. pls tell whether sso id is created for me. Yogesh More, Insp, 7588012345", S,
        client="iphone", quoted=quote_iphone(HD, "18-Nov-2025, at 4:02 PM",
                                             "Dear Sir,\nYour request is under process.\nSaksham Seva"),
        intent="iPhone-style '> On ... wrote:' quote under the footer")
    add("status-landline-and-mobile", "sudha.krishnan.mds@gmail.com", "Sudha", "sso id",
        "pls check if sso id is there in my name\nSudha Krishnan, Supdt\noff 044-25251234 / mob 9444123450", S,
        intent="both a landline and a mobile")
    add("status-mobile-only-in-helpdesk-quote", "ajay.thakur.shimla@gmail.com", "Ajay", "Re: sso",
        "pls check if sso id is created for me. Ajay Thakur, Insp", S, ["mobile"],
        quoted=quote_gmail(HD, "Wed, 19 Nov 2025 at 12:12",
                           "Sir, we tried 9418012345 but could not reach you.\nSaksham Seva"),
        intent="the only mobile is in the helpdesk's quoted mail")
    add("status-caps-desig-name-mobile", "dharmendra.meena@rediffmail.com", "Dharmendra", "SSO",
        "SSO ID CREATED OR NOT PLS CONFIRM\nINSP DHARMENDRA MEENA 9829056789", S, (),
        client="rediff", intent="caps; designation before the name on the last line")
    # -- reset
    add("reset-ssoid-colon-nospace", "harsha.v@icegate.gov.in", "Harsha V", "pwd",
        "ssoid:40404040 pwd reset plz\nHarsha Vardhan, Insp, 8008012345", R, intent="'ssoid:' without a space")
    add("reset-user-id-numeric", "gita.bhat@icegate.gov.in", "Gita Bhat", "password",
        "plz reset pswd, user id 29292929. Gita Bhat, Examr., 9448012345", R, client="iphone",
        intent="numeric User ID")
    add("reset-hindi-alt-email", "om.prakash@icegate.gov.in", "ओम प्रकाश", "पासवर्ड",
        "मेरा पासवर्ड रीसेट कर दें। वैकल्पिक ईमेल: omprakash.up61@gmail.com\nओम प्रकाश, निरीक्षक, 9452012345", R,
        intent="Hindi, alternate e-mail labelled in Hindi")
    add("reset-outlook-app-icegate", "nisha.arora@icegate.gov.in", "Nisha Arora", "SSO pwd",
        "Pls reset my SSO pwd, SSO ID 26262626. Nisha Arora, Supdt, 9810998877", R, client="outlook",
        intent="ICEGATE ID used from Outlook for Android")
    add("reset-plus91-dashes", "kamal.hassan@icegate.gov.in", "Kamal", "pwd",
        "sso pwd reset pls. sso id 35353535. Kamal Hassan, TA, +91-98765-43210", R, client="zimbra",
        intent="+91-98765-43210")
    add("reset-no-name-no-desig", "b.nayak@icegate.gov.in", "B Nayak", "pwd",
        "sso id 39393939 pwd reset 9811122233", R, ["name", "designation"], intent="SSO ID and mobile only")
    add("reset-iphone-quoted-details", "hemant.rawat@icegate.gov.in", "Hemant Rawat", "Re: pwd",
        "pls do it today. reset my sso password. mob 9412012345", R, ["name", "designation", "sso_id"],
        client="iphone", quoted=quote_iphone("Hemant Rawat <hemant.rawat@icegate.gov.in>", "17-Nov-2025, at 9:14 AM",
                                             "SSO ID 47474747\nHemant Rawat\nInspector"),
        intent="name, designation and SSO ID only in the iPhone-style quote")
    add("reset-hindi-landline", "suresh.pal@icegate.gov.in", "सुरेश पाल", "पासवर्ड",
        "SSO पासवर्ड रीसेट करें। SSO ID: 58585858\nसुरेश पाल, अधीक्षक, फोन 0755-2551234", R, ["mobile"],
        intent="Hindi; only a landline")
    add("reset-yahoo-id-only", "ganesh.iyer@yahoo.in", "Ganesh", "pwd",
        "reset pwd sso id 69696969", R, ["icegate_sender", "name", "designation", "mobile"], client="yahoo",
        intent="Yahoo, only the SSO ID")
    add("reset-gmail-no-mobile", "leela.prasad@gmail.com", "Leela", "pwd",
        "pls reset my sso pwd, sso id 73737373. Leela Prasad, Supdt", R, ["icegate_sender", "mobile"],
        intent="Gmail, no mobile")
    add("reset-gmail-forgot-id-alt-other", "rajat.kapoor88@gmail.com", "Rajat", "forgot sso id",
        "forgot sso id and pwd. my alternate email registered is rajat.k.irs@yahoo.com\nRajat Kapoor, AC, 9910012345",
        R, ["icegate_sender"], intent="Gmail; another alternate e-mail")
    add("reset-icegate-cc-display-own", "mukesh.goyal@icegate.gov.in", "Mukesh Goyal", "pwd",
        "pls reset pwd, mail me on mukesh.goyal@icegate.gov.in after reset. Mukesh Goyal, Supdt, 9414098765", R,
        ["sso_id"], client="zimbra", intent="own address again; no SSO ID")
    # -- others
    add("creation-outlook-caps", "priyanka.new.insp@outlook.com", "PRIYANKA", "NEW SSO ID",
        "PLS CREATE NEW SSO ID FOR ME, NEW JOINEE INSPECTOR", "sso_creation",
        ["icegate_sender", "template", "service_book"], client="outlook", intent="caps creation from outlook.com")
    add("promotion-hindi-gmail", "ravi.dubey.bpl@gmail.com", "रवि दुबे", "पदोन्नति",
        "मेरी पदोन्नति अधीक्षक पद पर हो गई है, कृपया ACES में पदनाम अपडेट करें।", "designation_update",
        ["icegate_sender", "promotion_order", "service_book"], intent="Hindi promotion from Gmail")
    add("role-nic-individual", "tarun.bedi@nic.in", "Tarun Bedi", "role",
        "joined on transfer to ludhiana, pls map my roles in aces", "role_mapping",
        ["icegate_sender", "transfer_order", "posting_order", "charge_report"], client="zimbra",
        intent="individual nic.in address")

README_HEAD = """# corpus17: short mails typed on phones and in a hurry

Generated by `make.py` (`.venv/bin/python make.py`; deterministic: fixed dates, Message-IDs
and file bytes, two runs write identical bytes). MIME and file builders are loaded from
`../corpus2/make.py`. Written blind: expected verdicts are derived by hand from
`../shared/spec/triage.md` and `template.md` alone, not from maild's code, rules or output, nor from
the other corpora.

Senders are individual ICEGATE IDs and personal addresses (gmail, yahoo, rediffmail, outlook.com,
individual nic.in / gov.in). Bodies are one to four lines, lower case or ALL CAPS, SMS abbreviations
(pls, plz, pwd, pswd, chk, mob, asap, tks, thx, rgds), Hinglish, Hindi (quoted-printable and base64),
designations only as abbreviations (Insp, Supdt, PO, Examr., TA, STA, AC, DC) or in Hindi (निरीक्षक,
अधीक्षक), name / designation / mobile on one line separated by commas, dashes or slashes, mobiles as
98xxx-xxxxx, +91 98xxx xxxxx, +91-98765-43210, 098..., with spaces or a dot, in Devanagari digits,
landline-only and toll-free-only mails, SSO IDs as 8 digits, alphanumeric, name-like (`r.venkat`),
`SSO ID- n`, `ssoid:n`, `my sso id is ...`, `user id ...`, alternate e-mail instead of the SSO ID,
the sender's own address (also in capitals) and the helpdesk's address in the text, client footers
(Sent from my iPhone, Sent from Yahoo Mail on Android, Get Outlook for Android), and quoted earlier
mails (Gmail `On ... wrote:` and iPhone `> On ... wrote:`) whose details do not count.

Every missing code of the two main types is tested both ways: `name`, `designation`, `mobile` for
sso_status; `name`, `designation`, `sso_id`, `mobile`, `icegate_sender` for password_reset; creation,
promotion and transfer requests with no or some documents test `template`, `service_book`,
`promotion_order`, `transfer_order`, `posting_order`, `charge_report` and `icegate_sender`.

## Readings of the contract

1. A name written as the last line(s) of the sender's own text, with or without "Regards"/"rgds"
   before it and with or without a leading "- ", is the sender's sign-off (the signature), so it
   supplies `name`; so do the designation and mobile on the same line ("Ravi Kumar, Insp, 98...",
   "Dinesh Nair supdt 98...", "Ramesh Gowda 98..."). A client footer ("Sent from my iPhone") is not a
   name. Lower-case labels without a colon ("name priya menon", "desig examr.", "NAME-", "नाम -")
   are labels.
2. A designation counts in any customary form: abbreviations (Insp, Supdt, PO, Examr/Examr., TA,
   STA, AC, DC, in any case) and Hindi (निरीक्षक, अधीक्षक).
3. Devanagari digits are digits: "मो. ९४१५०२३४५६" is a 10-digit mobile starting with 9.
4. "Forgot my SSO ID" is `password_reset` (the table says so) and still needs `sso_id`, which an
   alternate e-mail satisfies; the sender's own address, in any letter case, does not.
5. An attachment's kind is told from its name, then from text content: a camera-named
   `IMG_....jpg` is `other` even when the text calls it the service book, so `service_book` stays
   missing; `service book.jpg` and `transfer order.jpg` are told by name.
6. Numbers that are not a mobile under `invalid_mobile` (9 digits, starting with 5, STD landlines,
   the 1800 toll-free numbers) leave `mobile` missing; a mobile only in quoted text does not count.
7. Request type is read from the sender's own text ("created or not", "bana hai kya", "exists in my
   name" = sso_status; reset / activate / forgot password or SSO ID = password_reset); mails whose own
   text did not say what was asked were reworded rather than guessed.

## Cases

| file | intent | expected |
| --- | --- | --- |
"""


def build():
    status()
    reset()
    others()
    more()


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    for name, raw, e, _intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = [README_HEAD.rstrip("\n")]
    for name, _raw, e, intent in CASES:
        rows.append(f"| `{name}.eml` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']}"
                    f"{'; missing ' + ', '.join(e['missing']) if e['missing'] else ''}) |")
    counts: dict[str, int] = {}
    for _n, _r, e, _i in CASES:
        counts[e["request_type"]] = counts.get(e["request_type"], 0) + 1
    acts: dict[str, int] = {}
    for _n, _r, e, _i in CASES:
        acts[e["action"]] = acts.get(e["action"], 0) + 1
    rows += ["", "## Counts", "", f"{len(CASES)} mails. By request type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ". By action: "
             + ", ".join(f"{k} {v}" for k, v in sorted(acts.items())) + "."]
    (HERE / "README.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
