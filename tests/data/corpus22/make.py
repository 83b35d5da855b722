#!/usr/bin/env python3
"""corpus22: mail to the Saksham Seva helpdesk written in Hindi (Rajbhasha office letters,
bilingual mails, Hindi designations, Devanagari digits, Hindi file names, Hindi quoted-reply
headers, Hindi out-of-office replies).

Every expected verdict is derived by hand from shared/spec/triage.md and shared/spec/template.md.
Deterministic: fixed dates, Message-IDs and file metadata; two runs write identical bytes.
Run with .venv/bin/python tests/data/corpus22/make.py
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import importlib.util
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py): loaded, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
D = kit.D

CASES: list = []
BASE = dt.datetime(2025, 11, 17, 9, 5)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def date_of(n):
    t = (BASE + dt.timedelta(hours=3 * n, minutes=7 * n % 50)).replace(tzinfo=IST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0530")


# ------------------------------------------------------------------ attachments (part, kind)

def A(data, ctype, name, kind, style="2231"):
    return (kit.att(data, ctype, name, style=style), kind)


def sb(name="सेवा पुस्तिका.pdf", who="Rakesh Kumar Meena", dob="12/03/1994", doj="02/09/2019", img=False,
       style="2231", tag=1):
    if name.endswith(".jpg"):
        return A(kit.jpeg(tag), JPG, name, "service_book", style)
    data = kit.make_pdf([]) if img else kit.sb_pdf(who, dob, doj)
    return A(data, PDF, name, "service_book", style)


def order_pdf(title, lines):
    return kit.make_pdf(["GOVERNMENT OF INDIA", "MINISTRY OF FINANCE, DEPARTMENT OF REVENUE",
                         "CENTRAL BOARD OF INDIRECT TAXES AND CUSTOMS", title] + lines)


def promo(name="पदोन्नति आदेश.pdf", img=False, style="2231", tag=2):
    if name.endswith(".jpg"):
        return A(kit.jpeg(tag), JPG, name, "promotion_order", style)
    data = kit.make_pdf([]) if img else order_pdf(
        "PROMOTION ORDER", ["Establishment Order No. 117/2025",
                            "The following Inspectors are hereby promoted to the grade of Superintendent",
                            "with effect from the date of assumption of higher responsibility."])
    return A(data, PDF, name, "promotion_order", style)


def tro(name="स्थानांतरण आदेश.pdf", img=False, style="2231", tag=3):
    if name.endswith(".jpg"):
        return A(kit.jpeg(tag), JPG, name, "transfer_order", style)
    data = kit.make_pdf([]) if img else order_pdf(
        "TRANSFER ORDER", ["Establishment Order No. 88/2025 (Annual General Transfer)",
                           "The following officers are transferred from the Commissionerates shown against",
                           "their names to the Commissionerates shown against them."])
    return A(data, PDF, name, "transfer_order", style)


def pso(name="स्थानीय तैनाती आदेश.pdf", img=False, style="2231", tag=4):
    if name.endswith(".jpg"):
        return A(kit.jpeg(tag), JPG, name, "posting_order", style)
    data = kit.make_pdf([]) if img else order_pdf(
        "LOCAL POSTING ORDER", ["Office Order No. 41/2025",
                                "On joining this Commissionerate the following officers are posted",
                                "to the Divisions and Sections shown against their names."])
    return A(data, PDF, name, "posting_order", style)


def chg(name="कार्यभार ग्रहण रिपोर्ट.pdf", img=False, style="2231", tag=5):
    if name.endswith(".jpg"):
        return A(kit.jpeg(tag), JPG, name, "charge_report", style)
    data = kit.make_pdf([]) if img else kit.make_pdf(
        ["ASSUMPTION OF CHARGE REPORT", "Certified that I have assumed charge of the post",
         "in the forenoon of today.", "Signature of the relieving and the relieved officer"])
    return A(data, PDF, name, "charge_report", style)


def cert(name="प्रमाण पत्र - संयुक्त आयुक्त.pdf", style="2231"):
    data = kit.make_pdf(["CERTIFICATE", "Certified that the particulars of the officer given below are correct",
                         "as per the records of the Establishment Section.",
                         "Name: SUNITA DEVI KUSHWAHA", "Date of Birth: 14/07/1995", "Date of Joining: 03/11/2025",
                         "Sd/- Joint Commissioner (P&V)"])
    return A(data, PDF, name, "certification_letter", style)


def fwd_rfc822(frm, subject, date, body, atts):
    """An attached message/rfc822 (not itself an attachment; the files inside it are)."""
    from email.mime.message import MIMEMessage
    inner = kit.multi("mixed", [kit.text(body, "plain", "b64")] + [p for p, _ in atts], "=_c22_inner_0001")
    inner["From"] = frm
    inner["To"] = "sysmgr.jaipur@icegate.gov.in"
    inner["Subject"] = kit.ew(subject)
    inner["Date"] = date
    inner["Message-ID"] = "<inner.0001.c22@gmail.com>"
    part = MIMEMessage(inner)
    del part["MIME-Version"]
    part["Content-Disposition"] = "attachment"
    return (part, [k for _, k in atts])


def shot(name="स्क्रीनशॉट.png", style="2231"):
    return A(kit.make_png(), PNG, name, "other", style)


HINDI_TITLES = ("एसएसओ आईडी एवं आइसगेट ईमेल आईडी सृजन हेतु टेम्पलेट / Template for SSO ID and ICEGATE Email ID Creation",
                "(लाल शीर्षक वाले कॉलम अनिवार्य हैं / Columns with headings in red are mandatory)")


def R(i, first, middle, last, desig, dob, doj, mob, alt, office, loc="", emp=""):
    return [i, first, middle, last, desig, dob, doj, mob, alt, office, loc, emp]


def fixed_zip(data):
    """Re-write an .xlsx with fixed member timestamps (openpyxl stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2025-01-01T00:00:00Z\2", body)
            dst.writestr(zi, body)
    return out.getvalue()


def tmpl(rows, name="एसएसओ आईडी सृजन टेम्पलेट.xlsx", titles=HINDI_TITLES, style="2231", **kw):
    return A(fixed_zip(kit.make_xlsx(rows, titles=titles, **kw)), XLSX, name, "template", style)


def junk_xlsx(name="एसएसओ आईडी सृजन टेम्पलेट.xlsx"):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
    return A(data, XLSX, name, "template")


# ------------------------------------------------------------------ bodies

def sig(name=None, desig=None, email=None, phone=None, office=None, closing="भवदीय,", hastakshar=True):
    out = ["", closing, ""]
    if hastakshar:
        out.append("(हस्ताक्षर)")
    if name:
        out.append(f"({name})")
    if desig:
        out.append(desig)
    if office:
        out.append(office)
    if email:
        out.append(email)
    if phone:
        out.append(phone)
    return out


def letter(vishay, paras, sig_lines, sandarbh=None, encl=None, office_to=True, english=None,
           greeting="महोदय/महोदया,"):
    L = []
    if office_to:
        L += ["सेवा में,", "सक्षम सेवा हेल्पडेस्क,", "महानिदेशालय (प्रणाली एवं आंकड़ा प्रबंधन), सीबीआईसी,", "नई दिल्ली।", ""]
    L.append(f"विषय: {vishay}")
    if sandarbh:
        L.append(f"संदर्भ: {sandarbh}")
    L += ["", greeting, ""]
    for p in paras:
        L += [p, ""]
    if english:
        L += ["", *english, ""]
    L += sig_lines
    if encl:
        L += ["", f"संलग्न: {encl}"]
    return "\n".join(L) + "\n"


ZIMBRA, OUTLOOK, TB, IPHONE, YAHOO, REDIFF = kit.ZIMBRA, kit.OUTLOOK, kit.TB, kit.IPHONE, kit.YAHOO, kit.REDIFF
GMAIL = {}


def build_mail(n, frm_name, frm, subject, body, atts=(), mailer=ZIMBRA, cte="qp", html=False, enc="B",
               ar=None, extra=None, from_header=None, crlf=False):
    if html:
        bp = kit.alt(body, b=f"c22_{n:03d}", cte=cte)
    else:
        bp = kit.text(body, "plain", cte)
    if atts:
        root = kit.multi("mixed", [bp] + [p for p, _ in atts], f"=_c22_{n:03d}_mixed")
    else:
        root = bp
    h = kit.hdr(from_header or kit.addr(frm_name, frm), subject, date_of(n),
                f"{n:03d}.{abs(hash_s(frm + subject)) % 10**9:09d}.c22@{frm.split('@')[1]}",
                mailer=mailer, extra=extra, enc=enc)
    return kit.mail(h, root, crlf=crlf, ar=ar, from_addr=frm)


def hash_s(s):
    h = 1469598103934665603
    for b in s.encode():
        h = ((h ^ b) * 1099511628211) % (1 << 64)
    return h


def exp(kind, rt, missing=(), errors=(), action=None, atts=()):
    kinds = sorted(k for _, ks in atts for k in ([ks] if isinstance(ks, str) else ks))
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
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": kinds}


def case(slug, intent, frm_name, frm, subject, body, atts=(), *, kind, rt, missing=(), errors=(), action=None,
         **kw):
    n = len(CASES) + 1
    raw = build_mail(n, frm_name, frm, subject, body, atts, **kw)
    CASES.append((f"{n:03d}-{slug}", raw, exp(kind, rt, missing, errors, action, atts), intent))


def fail_ar(domain, local):
    return (f"Authentication-Results: mx.icegate.gov.in;\n"
            f"\tdkim=none (message not signed) header.d=none;\n"
            f"\tspf=fail (mx.icegate.gov.in: domain of {local}@{domain} does not designate 185.220.101.47 as"
            f" permitted sender) smtp.mailfrom={local}@{domain};\n"
            f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}")


# ------------------------------------------------------------------ people and offices

SIG_SM = dict(name="सुरेश कुमार मीणा", desig="अधीक्षक एवं प्रणाली प्रबंधक",
              office="सीमा शुल्क आयुक्तालय (निवारक), जयपुर",
              email="ई-मेल: suresh.meena@icegate.gov.in", phone="मोबाइल: 9414012345")


def sm_sig(**over):
    d = dict(SIG_SM)
    d.update(over)
    return sig(**d)


TROWS = [
    R(1, "Ankit", "", "Choudhary", "निरीक्षक", "11/04/1997", "27/10/2025", 9460112233, "ankit.choudhary97@gmail.com",
      "सीमा शुल्क आयुक्तालय (निवारक), जयपुर", "Jaipur", ""),
    R(2, "Pooja", "Kumari", "Saini", "निरीक्षक", "23/01/1998", "27/10/2025", 9829045612, "poojasaini.k@yahoo.com",
      "सीमा शुल्क आयुक्तालय (निवारक), जयपुर", "Jodhpur", ""),
]


def rows_with(idx, **changes):
    keys = kit.KEYS
    rows = [list(r) for r in TROWS]
    for k, v in changes.items():
        rows[idx][keys.index(k)] = v
    return rows


def build():
    from cases22 import add_cases  # noqa: E402  (second file keeps this one short)
    add_cases(sys.modules[__name__])


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    sys.path.insert(0, str(HERE))
    build()
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    table = ["| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        miss = ", ".join(e["missing"]) or "-"
        errs = "; ".join(f"r{x['row']} {x['column']} {x['code']}" for x in e["template_errors"])
        table.append(f"| `{name}.eml` | {intent} | **{e['action']}** ({e['sender_kind']}, {e['request_type']};"
                     f" missing {miss}{'; ' + errs if errs else ''}) |")
    readme = (HERE / "README.head.md").read_text(encoding="utf-8")
    counts = {}
    for _, _, e, _ in CASES:
        counts.setdefault(e["request_type"], 0)
        counts[e["request_type"]] += 1
    acts = {}
    for _, _, e, _ in CASES:
        acts[e["action"]] = acts.get(e["action"], 0) + 1
    cnt = (f"{len(CASES)} mails. By request type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
           + ". By action: " + ", ".join(f"{k} {v}" for k, v in sorted(acts.items())) + ".")
    (HERE / "README.md").write_text(readme.replace("@@COUNTS@@", cnt) + "\n## The cases\n\n"
                                    + "\n".join(table) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
