#!/usr/bin/env python3
"""Generate a seventh, independent triage corpus for maild (mails/*.eml + expected/*.json).

Five or six new mails for each intent of the sample corpus, written afresh by other
officers, offices and mail clients; about a third carry one change that moves the
verdict. Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python).
Every expected verdict is derived from ../shared/spec/triage.md and template.md alone;
two runs write identical bytes.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import importlib.util
import io
import json
import random
import re
import shutil
import struct
import sys
import zipfile
from email.mime.message import MIMEMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py): loaded from there,
# not copied. Only its builder functions are used.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF = "application/pdf"
JPG = "image/jpeg"
PNG = "image/png"
D = kit.D
text, multi, att, alt, ew, b_word, addr = kit.text, kit.multi, kit.att, kit.alt, kit.ew, kit.b_word, kit.addr

# ================================================================= files

FIXED = (2025, 11, 28, 10, 30, 0)


def repack(data: bytes, when=FIXED) -> bytes:
    """Re-zip an openpyxl workbook with fixed entry times and fixed core.xml stamps (openpyxl writes 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\2", body)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def std_xlsx(rows, when=FIXED, **kw) -> bytes:
    """corpus2's template builder (standard column order), re-packed deterministically."""
    return repack(kit.make_xlsx(rows, **kw), when)


RED, BLACK = "FFFF0000", "FF000000"
HEAD = dict(zip(kit.KEYS, kit.STD_HEADERS))


def free_xlsx(cols, rows, titles=(), blank_before=0, sheet="Sheet1", when=FIXED, fmt="DD/MM/YYYY",
              sheets_after=()) -> bytes:
    """A workbook with columns in any order: cols is [(header text, font RGB or None)], rows are lists."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for t in titles:
        ws.cell(row=r, column=1, value=t).font = Font(bold=True)
        r += 1
    r += blank_before
    for i, (h, colour) in enumerate(cols, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color=colour) if colour else Font(bold=True)
    for row in rows:
        r += 1
        for i, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = fmt
    for name, lines in sheets_after:
        w2 = wb.create_sheet(name)
        for j, line in enumerate(lines, start=1):
            w2.cell(row=j, column=1, value=line)
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue(), when)


def O(first, last, desig, dob, doj, mob, mail, office, loc="", mid="", emp="", n=None):
    """One template row in the standard column order (serial filled in by rows())."""
    return [n, first, mid, last, desig, dob, doj, mob, mail, office, loc, emp]


def rows(*officers):
    out = []
    for i, o in enumerate(officers, start=1):
        o = list(o)
        if o[0] is None:
            o[0] = i
        out.append(o)
    return out


def pdf(*lines) -> bytes:
    return kit.make_pdf(list(lines))


def _jpeg_size(j: bytes):
    i = 2
    while i < len(j):
        m = j[i + 1]
        ln = struct.unpack(">H", j[i + 2:i + 4])[0]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", j[i + 5:i + 9])
            return w, h
        i += 2 + ln
    raise ValueError("no SOF")


def scan_pdf(*tags) -> bytes:
    """An image-only PDF (a scanned page per tag): JPEG pages, no text layer."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject
    w = PdfWriter()
    for tag in tags:
        img = kit.jpeg(tag)
        iw, ih = _jpeg_size(img)
        page = w.add_blank_page(width=595, height=842)
        xo = DecodedStreamObject()
        xo._data = img
        xo.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                   NameObject("/Width"): NumberObject(iw), NameObject("/Height"): NumberObject(ih),
                   NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                   NameObject("/BitsPerComponent"): NumberObject(8), NameObject("/Filter"): NameObject("/DCTDecode")})
        ref = w._add_object(xo)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref})})
        cs = DecodedStreamObject()
        cs.set_data(b"q 560 0 0 790 18 26 cm /Im0 Do Q")
        page[NameObject("/Contents")] = w._add_object(cs)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def photo(tag: int) -> bytes:
    return kit.jpeg(tag)


def png(tag: int = 0) -> bytes:
    return kit.make_png(96 + tag % 7, 60 + tag % 5, 120 + tag % 100)


def sb(name, dob, doj, office=None) -> bytes:
    """A service book first page with a text layer."""
    lines = ["GOVERNMENT OF INDIA", "SERVICE BOOK", "Part I - Bio-data (first page)",
             f"1. Name in full (block letters) : {name.upper()}", f"4. Date of birth (in figures) : {dob}",
             f"7. Date of joining in CBIC : {doj}"]
    if office:
        lines.append(f"8. Office of first appointment : {office}")
    return pdf(*lines)


def promo_order(no, date, names, frm, to, office):
    lines = [office.upper(), f"ESTABLISHMENT ORDER No. {no} dated {date}",
             "Sub: Promotion to the grade of " + to + " - orders - reg.",
             "On the recommendation of the Departmental Promotion Committee, the following",
             f"{frm}s are hereby promoted to the grade of {to} with effect from the date",
             "they assume charge of the higher post:"]
    lines += [f"{i}. {n}" for i, n in enumerate(names, start=1)]
    lines += ["The promoted officers shall remain on probation for two years.", "(Additional Commissioner, Estt.)"]
    return pdf(*lines)


def transfer_order(no, date, name, desig, frm, to):
    return pdf("GOVERNMENT OF INDIA, MINISTRY OF FINANCE", f"TRANSFER ORDER No. {no} dated {date}",
               "Sub: Annual General Transfer - orders - reg.",
               f"{name}, {desig}, is transferred from {frm} to {to} with immediate effect.",
               "The officer is relieved with effect from the afternoon of the date of this order.",
               "(Joint Commissioner, Cadre Controlling Authority)")


def posting_order(no, name, desig, post, office):
    return pdf(office.upper(), f"LOCAL POSTING ORDER No. {no}",
               f"Consequent upon joining on transfer, {name}, {desig}, is posted to {post}.",
               "The officer shall report to the Assistant Commissioner concerned forthwith.",
               "(Deputy Commissioner, Personnel & Vigilance)")


def charge_report(name, desig, post, date, kind="ASSUMPTION OF CHARGE REPORT"):
    return pdf(kind, f"I, {name}, {desig}, have assumed charge of the post of {post}",
               f"in the forenoon of {date}.", "Signature of the officer assuming charge",
               "Countersigned: Assistant Commissioner")


def cert_letter(name, dob, doj, by="Joint Commissioner (P&V)"):
    return pdf("OFFICE OF THE COMMISSIONER", "CERTIFICATE",
               f"Certified that the name, date of birth and date of joining of {name}",
               f"are as under: Date of birth {dob}; Date of joining CBIC {doj}.",
               "The service book of the officer has not yet been received from the previous department.",
               f"({by})")


def role_sheet(names, when=FIXED) -> bytes:
    """A Division's role requirement sheet: an .xlsx that is not the creation template."""
    cols = [("Sl. No.", None), ("Name of the Officer", None), ("Designation", None), ("SSO ID", None),
            ("Role(s) required", None), ("Jurisdiction", None)]
    body = [[i, n, d, s, r, j] for i, (n, d, s, r, j) in enumerate(names, start=1)]
    return free_xlsx(cols, body, titles=("GST BO role requirement",), sheet="Roles", when=when)


def ole_blob(seed: int, size=6656) -> bytes:
    """An old binary (OLE2) office file's bytes: not a zip, so not a readable .xlsx."""
    rnd = random.Random(seed)
    head = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    return head + bytes(rnd.randrange(256) for _ in range(size - len(head)))


# ================================================================= envelopes and clients

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def when(s: str) -> dt.datetime:
    return email.utils.parsedate_to_datetime(s)


def rfc(t: dt.datetime, ist_tag=True) -> str:
    s = re.sub(r", 0(\d) ", r", \1 ", email.utils.format_datetime(t))
    return s + (" (IST)" if ist_tag and s.endswith("+0530") else "")


def later(date: str, secs: int, tag=True) -> str:
    return rfc(when(date) + dt.timedelta(seconds=secs), tag)


class R:
    """A seeded random source per mail: ids, queue ids and signatures that stay the same run to run."""

    def __init__(self, seed: str):
        self.r = random.Random(seed)

    def hexs(self, n, upper=True):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(self.r.choice(a) for _ in range(n))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def alnum(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.r.choice(a) for _ in range(n))


def ar_line(mx, domain, local, ip, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, mailfrom=None, sel="zm2024"):
    mf = mailfrom or f"{local}@{domain}"
    parts = []
    if dkim == "none":
        parts.append("dkim=none (message not signed)")
    else:
        parts.append(f"dkim={dkim} header.d={dkim_d or domain} header.s={sel} header.b=" + R(mf + dkim).b64(8))
    if spf == "pass":
        parts.append(f"spf=pass ({mx}: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
    elif spf == "fail":
        parts.append(f"spf=fail ({mx}: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={spf} smtp.mailfrom={mf}")
    pol = "(p=none dis=none)" if domain.endswith("gov.in") else "(p=NONE sp=QUARANTINE dis=NONE)"
    if dmarc == "fail":
        pol = "(p=none dis=none)" if domain.endswith("gov.in") else "(p=REJECT sp=REJECT dis=NONE)"
    parts.append(f"dmarc={dmarc} {pol} header.from={domain}")
    return f"Authentication-Results: {mx};\n\t" + ";\n\t".join(parts)


ORIGINS = {
    # name: (first relay host, ip, dkim selector)
    "icegate": ("zmta2.icegate.gov.in", "10.10.30.14", "zm2024"),
    "icegate-smtp": ("zmta2.icegate.gov.in", "10.10.30.14", "zm2024"),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41", "20230601"),
    "yahoo": ("sonic310-21.consmr.mail.sg3.yahoo.com", "106.10.242.139", "s2048"),
    "rediff": ("f4mail-235-121.rediffmail.com", "202.137.235.121", "epsilon"),
    "nic": ("mailgw2.nic.in", "164.100.14.84", "s2048"),
    "outlookcom": ("APC01-PSA-obe.outbound.protection.outlook.com", "40.92.52.61", "selector1"),
    "icloud": ("st43p00im-ztfb10071701.me.com", "17.58.63.179", "sig1"),
    "company": ("mail.bizhost-india.net", "103.21.58.14", "default"),
}


def transport(origin, frm, date, seed, ar=None, extra_received=(), return_path=None, client=None):
    """Return-Path, delivery and relay headers as the helpdesk's mailbox server stores them."""
    rnd = R(seed + "t")
    local, domain = frm.split("@")
    host, ip, sel = ORIGINS[origin]
    out = [f"Return-Path: <{return_path if return_path is not None else frm}>", f"Delivered-To: {HELPDESK}",
           "Received: from mx.icegate.gov.in (mx.icegate.gov.in [10.10.21.15])\n"
           f"\tby mbox2.icegate.gov.in (Postfix) with ESMTP id {rnd.hexs(10)}\n"
           f"\tfor <{HELPDESK}>; {later(date, 7)}"]
    out.append(ar if ar is not None else ar_line("mx.icegate.gov.in", domain, local, ip, sel=sel))
    out += list(extra_received)
    if origin in ("icegate", "icegate-smtp"):
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 5)}")
        if origin == "icegate-smtp":
            cl = client or f"DESKTOP-{rnd.alnum(7).upper()} (unknown [10.10.{rnd.num(100, 199)}.{rnd.num(2, 250)}])"
            out.append(f"Received: from {cl}\n\t(Authenticated sender: {frm})\n\tby {host} (Postfix) with ESMTPSA id "
                       f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 3)}")
        if origin == "icegate":
            out.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id "
                       f"{rnd.hexs(10)};\n\t{later(date, 3)}")
            out.append(f"X-Virus-Scanned: amavisd-new at {host}")
            out.append(f"Received: from zstore1.icegate.gov.in (zstore1.icegate.gov.in [10.10.30.21])\n\tby {host} "
                       f"(Postfix) with ESMTP id {rnd.hexs(10)};\n\t{later(date, 1)}")
        out.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icegate.gov.in; s=zm2024;\n"
                   f"\tt={int(when(date).timestamp())}; bh={rnd.b64(43)}=;\n\th=Date:From:To:Message-ID:Subject:"
                   f"MIME-Version:Content-Type;\n\tb={rnd.b64(76)}\n\t {rnd.b64(76)}\n\t {rnd.b64(40)}==")
    elif origin == "nic":
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 5)}")
        out.append(f"Received: from mtain2.nic.in (mtain2.nic.in [10.247.1.82])\n\tby {host} (Postfix) with ESMTPS "
                   f"id {rnd.hexs(10)};\n\t{later(date, 3)}")
        out.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s2048;\n"
                   f"\tt={int(when(date).timestamp())}; bh={rnd.b64(43)}=;\n\th=Date:From:To:Message-ID:Subject;\n"
                   f"\tb={rnd.b64(76)}\n\t {rnd.b64(50)}==")
    elif origin == "gmail":
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 4)}")
        out.append(f"Received: by {host} with SMTP id {rnd.alnum(12).lower()}.{rnd.num(10, 99)}\n"
                   f"        for <{HELPDESK}>; {rfc(when(date).astimezone(dt.timezone(dt.timedelta(hours=-8))), False)}")
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; "
                   f"t={int(when(date).timestamp())}; x={int(when(date).timestamp()) + 604800};\n"
                   "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
                   f"         :date:message-id:reply-to;\n        bh={rnd.b64(43)}=;\n        b={rnd.b64(70)}\n"
                   f"         {rnd.b64(60)}==")
        out.append(f"X-Gm-Message-State: AOJu0Y{rnd.b64(50)}")
        out.append(f"X-Google-Smtp-Source: AGHT+IG{rnd.b64(40)}==")
    elif origin == "yahoo":
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 4)}")
        out.append(f"X-YMail-OSG: {rnd.b64(60)}\n {rnd.b64(60)}")
        out.append(f"X-Sonic-MF: <{frm}>")
    elif origin == "rediff":
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTP id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 4)}")
        out.append(f"X-REDIFF-Delivered-Remotely-To: {HELPDESK}")
    else:
        out.append(f"Received: from {host} ({host} [{ip}])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id "
                   f"{rnd.hexs(10)}\n\tfor <{HELPDESK}>; {later(date, 4)}")
    return out


def split_body(body, crlf=False):
    raw = kit.flat(body, crlf)
    sep = b"\r\n\r\n" if crlf else b"\n\n"
    i = raw.index(sep)
    return raw[:i].decode("ascii"), raw[i + len(sep):]


TO = f"Saksham Seva <{HELPDESK}>"


def compose(order, head: dict, body, envelope, crlf=False, preamble=None):
    """Put the transport headers, the client's headers in its order (Content-* where it writes them) and body."""
    if preamble is not None:
        body.preamble = preamble
    bh, rest = split_body(body, crlf)
    bh = bh.replace("\r\n", "\n")
    lines = list(envelope)
    for k in order:
        if k == "*body*":
            lines.append(bh)
            continue
        v = head.get(k)
        if v is None:
            continue
        for x in (v if isinstance(v, list) else [v]):
            lines.append(f"{k}: {x}")
    for k, v in head.items():
        if k not in order:
            for x in (v if isinstance(v, list) else [v]):
                lines.append(f"{k}: {x}")
    h = "\n".join(lines)
    if crlf:
        return h.replace("\n", "\r\n").encode("utf-8") + b"\r\n\r\n" + rest
    return h.encode("utf-8") + b"\n\n" + rest


def frm_hdr(name, a):
    return addr(name, a) if name else a


# ---- per-client message shapes (body part layout + header order)

def mixed(textpart, atts, boundary):
    if not atts:
        return textpart
    return multi("mixed", [textpart] + list(atts), boundary)


def zimbra(seed, name, frm, subject, date, plain, atts=(), *, domain=None, to=TO, cte="qp", html=None,
           extra=None, ar=None, origin=None, reply=None, cc=None, version="8.8.15_GA_4581"):
    """Zimbra web client (ICEGATE's and NIC's webmail)."""
    rnd = R(seed)
    domain = domain or frm.split("@")[1]
    u = lambda: f"{rnd.hexs(8, False)}-{rnd.hexs(4, False)}-{rnd.hexs(4, False)}-{rnd.hexs(4, False)}-{rnd.hexs(12, False)}"
    part = alt(plain, html, b=seed, cte=cte)
    part.set_boundary("=_" + u())
    body = mixed(part, atts, "=_" + u())
    ms = int(when(date).timestamp() * 1000) + rnd.num(100, 999)
    mid = f"{rnd.num(100000000, 2099999999)}.{rnd.num(1000000, 9999999)}.{ms}.JavaMail.zimbra@{domain}"
    gc = "GC141 (Win)/9.0.0_ZEXTRAS_20240927" if version.startswith("9") else "GC130 (Win)/8.8.15_GA_4581"
    head = {"Date": date if "(" in date else date + " (IST)" if date.endswith("+0530") else date,
            "From": frm_hdr(name, frm), "To": to, "Cc": cc, "Message-ID": f"<{mid}>", "Subject": ew(subject, "Q"),
            "MIME-Version": "1.0", "X-Originating-IP": f"[10.10.{rnd.num(100, 199)}.{rnd.num(2, 250)}]",
            "X-Mailer": f"Zimbra {version} (ZimbraWebClient - {gc})",
            "Thread-Topic": ew(subject, "Q"), "Thread-Index": rnd.b64(28)}
    if reply:
        head["In-Reply-To"] = f"<{reply}>"
        head["References"] = f"<{reply}>"
    if extra:
        head.update(extra)
    order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
             "*body*", "X-Originating-IP", "X-Mailer", "Thread-Topic", "Thread-Index"]
    origin = origin or ("nic" if domain.endswith(("nic.in", "gov.in")) and domain != "icegate.gov.in" else "icegate")
    return compose(order, head, body, transport(origin, frm, date, seed, ar=ar))


def outlook_att(data, ctype, filename, date, inline=False, cid=None, style="plain"):
    p = att(data, ctype, filename, style=style, disp="inline" if inline else "attachment", cid=cid)
    t = when(date).astimezone(dt.timezone.utc) - dt.timedelta(minutes=3)
    stamp = email.utils.format_datetime(t, usegmt=True)
    cd = p["Content-Disposition"]
    del p["Content-Disposition"]
    p["Content-Disposition"] = (f"{cd};\n\tsize={len(data)};\n\tcreation-date=\"{stamp}\";\n"
                                f"\tmodification-date=\"{stamp}\"")
    return p


def outlook(seed, name, frm, subject, date, plain, atts=(), *, logo=True, to=None, extra=None, ar=None,
            reply=None, html=None, origin="icegate-smtp", cte="qp"):
    """Outlook 2016 on Windows: CRLF, =_NextPart boundaries, an inline signature logo."""
    rnd = R(seed)
    tag = f"{rnd.hexs(4)}_01DC{rnd.hexs(4)}.{rnd.hexs(8)}"
    cid = f"image001.png@01DC{rnd.hexs(4)}.{rnd.hexs(8)}"
    a = alt(plain.replace("[cid:LOGO]", f"[cid:{cid}]"), html, b=seed, cte=cte)
    a.set_boundary(f"----=_NextPart_001_{tag}")
    part = a
    atts = list(atts)
    if logo:
        lg = outlook_att(png(rnd.num(0, 50)), PNG, "image001.png", date, inline=True, cid=cid)
        part = multi("related", [a, lg], f"----=_NextPart_002_{tag}")
        part.set_param("type", "multipart/alternative")
    if atts:
        body = multi("mixed", [part] + atts, f"----=_NextPart_000_{tag}")
    else:
        body = part
    mid = f"00{rnd.hexs(2, False)}01dc{rnd.hexs(4, False)}${rnd.hexs(8, False)}${rnd.hexs(8, False)}$@{frm.split('@')[1]}"
    head = {"From": f'"{name}" <{frm}>' if name.isascii() else addr(name, frm), "To": to or f"\"'Saksham Seva'\" <{HELPDESK}>",
            "Subject": ew(subject, "Q"), "Date": date, "Message-ID": f"<{mid}>", "MIME-Version": "1.0",
            "X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": rnd.b64(40), "Content-Language": "en-in"}
    if reply:
        head["In-Reply-To"] = f"<{reply}>"
        head["References"] = f"<{reply}>"
    if extra:
        head.update(extra)
    order = ["From", "To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "*body*",
             "X-Mailer", "Thread-Index", "Content-Language"]
    return compose(order, head, body, transport(origin, frm, date, seed, ar=ar), crlf=True,
                   preamble="This is a multipart message in MIME format.")


def thunderbird(seed, name, frm, subject, date, plain, atts=(), *, html=None, extra=None, ar=None, reply=None,
                refs=None, origin="icegate-smtp", cte="7bit", flowed=True, lang="en-US"):
    """Thunderbird: '------------' boundaries, format=flowed plain text, RFC 2231 file names."""
    rnd = R(seed)
    if html is None:
        tp = text(plain, "plain", cte)
        if flowed:
            tp.set_param("format", "flowed")
        part = tp
    else:
        part = alt(plain, html, b=seed, cte=cte)
        part.set_boundary("------------" + rnd.alnum(24))
    body = mixed(part, atts, "------------" + rnd.alnum(24))
    mid = f"{rnd.hexs(8, False)}-{rnd.hexs(4, False)}-{rnd.hexs(4, False)}-{rnd.hexs(4, False)}-{rnd.hexs(12, False)}@{frm.split('@')[1]}"
    head = {"Message-ID": f"<{mid}>", "Date": date, "MIME-Version": "1.0", "User-Agent": "Mozilla Thunderbird",
            "Content-Language": lang, "To": TO, "From": frm_hdr(name, frm), "Subject": ew(subject, "B")}
    if reply:
        head["References"] = " ".join(f"<{x}>" for x in (refs or [reply]))
        head["In-Reply-To"] = f"<{reply}>"
    if extra:
        head.update(extra)
    order = ["*body*", "Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "References",
             "In-Reply-To", "To", "From", "Subject"]
    return compose(order, head, body, transport(origin, frm, date, seed, ar=ar))


def gmail_html(plain):
    esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '<div dir="ltr">' + "".join(f"<div>{x if x else '<br>'}</div>" for x in esc.split("\n")) + "</div>\n"


def gmail_att(data, ctype, filename, rnd, style="plain", inline=False):
    p = att(data, ctype, filename, style=style, disp="inline" if inline else "attachment")
    aid = "f_" + rnd.alnum(9).lower()
    p["Content-ID"] = f"<{aid}>"
    p["X-Attachment-Id"] = aid
    return p


def gmail(seed, name, frm, subject, date, plain, atts=(), *, extra=None, ar=None, reply=None, origin=None,
          app=False, html=None, to=TO):
    """Gmail web or the Gmail app: 0000 boundaries, 7bit or QP text, RFC 2047 file names."""
    rnd = R(seed)
    ascii_ok = plain.isascii()
    tp = text(plain, "plain", "7bit" if ascii_ok else "qp")
    if ascii_ok:
        del tp["Content-Transfer-Encoding"]
    hp = text(html or gmail_html(plain), "html", "qp")
    b1 = "0000000000" + rnd.hexs(18, False)
    b2 = "0000000000" + rnd.hexs(18, False)
    part = multi("alternative", [tp, hp], b2)
    body = mixed(part, atts, b1)
    mid = "CA" + rnd.b64(40).replace("/", "_") + "@mail.gmail.com"
    head = {"MIME-Version": "1.0", "From": frm_hdr(name, frm), "Date": date, "Message-ID": f"<{mid}>",
            "Subject": ew(subject, "B"), "To": to}
    if reply:
        head["References"] = f"<{reply}>"
        head["In-Reply-To"] = f"<{reply}>"
    if extra:
        head.update(extra)
    order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "*body*"]
    domain = frm.split("@")[1]
    origin = origin or ("gmail" if domain == "gmail.com" else "icegate-smtp")
    env = transport(origin, frm, date, seed, ar=ar,
                    client=f"mail-{rnd.alnum(4).lower()}.google.com (unknown [49.36.{rnd.num(1, 250)}.{rnd.num(1, 250)}])")
    return compose(order, head, body, env)


def yahoo(seed, name, frm, subject, date, plain, atts=(), *, android=False, extra=None, ar=None):
    rnd = R(seed)
    b = f"----=_Part_{rnd.num(1000000, 9999999)}_{rnd.num(100000000, 999999999)}.{int(when(date).timestamp() * 1000)}"
    part = alt(plain, None, b=seed, cte="qp")
    part.set_boundary(b)
    body = mixed(part, atts, f"----=_Part_{rnd.num(1000000, 9999999)}_{rnd.num(100000000, 999999999)}.1")
    n = f"{rnd.num(1000000000, 1999999999)}.{rnd.num(100000, 9999999)}.{int(when(date).timestamp() * 1000)}"
    utc = when(date).astimezone(dt.timezone.utc)
    head = {"Date": email.utils.format_datetime(utc).replace("-0000", "+0000") + " (UTC)", "From": frm_hdr(name, frm),
            "To": f'"{HELPDESK}" <{HELPDESK}>', "Message-ID": f"<{n}@mail.yahoo.com>", "Subject": ew(subject, "Q"),
            "MIME-Version": "1.0", "References": f"<{n}.ref@mail.yahoo.com>",
            "X-Mailer": "WebService/1.1.24652 " + ("YMailAndroidMobile" if android else "YMailNorrin")}
    if extra:
        head.update(extra)
    order = ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "*body*", "References", "X-Mailer"]
    return compose(order, head, body, transport("yahoo", frm, date, seed, ar=ar))


def rediff(seed, name, frm, subject, date, plain, atts=(), *, extra=None, ar=None):
    rnd = R(seed)
    part = alt(plain, None, b=seed, cte="7bit" if plain.isascii() else "qp")
    part.set_boundary("=_" + rnd.hexs(32, False))
    body = mixed(part, atts, "=_" + rnd.hexs(32, False))
    utc = when(date).astimezone(dt.timezone.utc)
    head = {"Date": utc.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0"),
            "Message-ID": f"<{utc.strftime('%Y%m%d%H%M%S')}.{rnd.num(10000, 39999)}.qmail@f4mail-235-121.rediffmail.com>",
            "MIME-Version": "1.0", "From": frm_hdr(name, frm), "Reply-To": frm_hdr(name, frm), "To": f"<{HELPDESK}>",
            "Subject": ew(subject, "B")}
    if extra:
        head.update(extra)
    order = ["Date", "Message-ID", "MIME-Version", "From", "Reply-To", "To", "Subject", "*body*"]
    return compose(order, head, body, transport("rediff", frm, date, seed, ar=ar))


def iphone(seed, name, frm, subject, date, plain, atts=(), *, tail="Sent from my iPhone", extra=None, ar=None,
           origin="icegate-smtp"):
    """Apple Mail on iOS: text part, attachments inline, a last text part with the 'Sent from' line."""
    rnd = R(seed)
    u = f"{rnd.hexs(8)}-{rnd.hexs(4)}-{rnd.hexs(4)}-{rnd.hexs(4)}-{rnd.hexs(12)}"
    parts = [text(plain, "plain", "qp" if not plain.isascii() else "7bit")]
    for a in atts:
        parts.append(a)
    if atts:
        parts.append(text("\n\n" + tail, "plain", "7bit"))
        body = multi("mixed", parts, "Apple-Mail-" + u)
    else:
        body = text(plain + "\n\n" + tail + "\n", "plain", "qp" if not plain.isascii() else "7bit")
    head = {"From": frm_hdr(name, frm), "Mime-Version": "1.0 (1.0)", "Date": date, "Subject": ew(subject, "Q"),
            "Message-Id": f"<{u}@{frm.split('@')[1]}>", "To": HELPDESK, "X-Mailer": "iPhone Mail (22C152)"}
    if extra:
        head.update(extra)
    order = ["*body*", "From", "Mime-Version", "Date", "Subject", "Message-Id", "To", "X-Mailer"]
    return compose(order, head, body, transport(origin, frm, date, seed, ar=ar,
                                                client=f"smtpclient.apple (unknown [106.{rnd.num(192, 223)}.{rnd.num(1, 250)}.{rnd.num(1, 250)}])"))


def ios_att(data, ctype, filename):
    p = att(data, ctype, filename, disp="inline")
    del p["Content-Disposition"]
    p["Content-Disposition"] = f"inline; filename={filename}" if " " not in filename else f'inline; filename="{filename}"'
    return p


def tb_att(data, ctype, filename):
    """Thunderbird names a file in RFC 2231 form when it is not plain ASCII."""
    return att(data, ctype, filename, style="2231" if not filename.isascii() else "plain")


def eml_att(raw: bytes, filename: str):
    """A mail attached as a .eml file (message/rfc822)."""
    inner = email.message_from_bytes(raw)
    p = MIMEMessage(inner)
    del p["MIME-Version"]
    p["Content-Disposition"] = f'attachment; filename="{filename}"'
    p.set_param("name", filename)
    return p


def bare(raw_headers: str, body: str, crlf=False) -> bytes:
    """A message written out by hand (bounces, auto-replies): headers and body as given."""
    s = raw_headers.rstrip("\n") + "\n\n" + body
    if crlf:
        s = s.replace("\n", "\r\n")
    return s.encode("utf-8")


# ================================================================= cases

CASES = []


def case(name, sample, intent, raw, expected):
    """Add a mail; its number is its place in the corpus."""
    CASES.append((f"{len(CASES) + 1:03d}-{name}", sample, intent, raw, expected))


def exp(kind, rt, missing=(), errors=(), action=None, kinds=()):
    if action is None:
        action = "request_missing" if (missing or errors) else "acknowledge"
    return kit.exp(kind, rt, missing, errors, action, kinds)


DISC_CBIC = ("\n________________________________________________________________\n"
             "DISCLAIMER: This e-mail and any files transmitted with it are intended\n"
             "solely for the addressee and may contain official information of the\n"
             "Central Board of Indirect Taxes and Customs. If you are not the intended\n"
             "recipient, please notify the sender and delete this e-mail; any use,\n"
             "copying or forwarding of it is prohibited.\n")
NIC_FOOT = ("\n\nThis e-mail is sent through the Government of India e-mail service.\n"
            "यह ई-मेल भारत सरकार की ई-मेल सेवा के माध्यम से भेजा गया है।\n")
ENV = "\nPlease consider the environment before printing this e-mail.\n"


def fwd_gmail(frm, date, subject, to, body):
    return (f"\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {to}\n\n\n{body}")


def fwd_zimbra(frm, to, sent, subject, body):
    return (f"\n----- Forwarded Message -----\nFrom: {frm}\nTo: {to}\nSent: {sent}\nSubject: {subject}\n\n{body}")


# ----------------------------------------------------------------- 001: sysmgr, complete creation

def g001():
    s = "001"
    # a. Cochin, Zimbra, one officer, Hindi designation line, disclaimer
    t = std_xlsx(rows(O("Aswathy", "Menon", "Inspector", "23/07/1998", "24/11/2025", "9447082316",
                        "aswathy.menon98@gmail.com", "Cochin Custom House", "Kochi")), when=(2025, 11, 29, 16, 5, 0))
    body = ("Madam/Sir,\n\nSmt. Aswathy Menon, Inspector (direct recruit, SSC CGL 2024), joined this Custom\n"
            "House on 24.11.2025. Her details have been entered in the SSO ID creation\n"
            "template after checking them against the first page of her service book,\n"
            "which is also attached.\n\nIt is requested that her SSO ID and ICEGATE e-mail ID may be created and\n"
            "the credentials sent to the alternate e-mail ID in the template.\n\n"
            "With regards,\nAnitha Varghese\nSuperintendent of Customs (EDI) & System Manager\n"
            "अधीक्षक (ई.डी.आई.) एवं सिस्टम मैनेजर\nCustom House, Willingdon Island, Kochi - 682009\n"
            "e-mail: anitha.varghese@icegate.gov.in\nPhone: 0484-2666241\n" + DISC_CBIC)
    raw = zimbra("c7-001a", "System Manager, Cochin Custom House", "sysmgr.cochin@icegate.gov.in",
                 "SSO ID & ICEGATE mail ID for newly joined Inspector - Smt. Aswathy Menon", "Mon, 1 Dec 2025 10:12:33 +0530",
                 body, [att(t, XLSX, "SSO_creation_Aswathy_Menon.xlsx"),
                        att(sb("Aswathy Menon", "23/07/1998", "24/11/2025"), PDF, "Service Book - Aswathy Menon.pdf")])
    case("creation-sysmgr-kochi-one-inspector", s, "Cochin Custom House's System Manager ID (Zimbra) sends a clean "
         "one-officer template and a text service book; signature with an English and a Hindi designation line, "
         "e-mail and landline; CBIC disclaimer", raw,
         exp("generic", "sso_creation", kinds=["service_book", "template"]))

    # b. Chennai Sea, Outlook, three Examiners, photo service books, logo
    t = std_xlsx(rows(O("Keerthana", "Balasubramanian", "Examiner", "11/02/1997", "17/11/2025", "9003141872",
                        "keerthana.bala97@gmail.com", "Chennai Customs Zone-I", "Chennai"),
                      O("Mohamed", "Rafiq", "Examiner", "04/09/1996", "17/11/2025", "8072291634",
                        "rafiq.mohamed1996@outlook.com", "Chennai Customs Zone-I", "Chennai", mid="Abdul"),
                      O("Srinidhi", "Venkataraman", "Examiner", "30/12/1998", "17/11/2025", "7358810452",
                        "srinidhi.v1998@yahoo.in", "Chennai Customs Zone-I", "Chennai")),
                 titles=("CHENNAI CUSTOMS - SSO ID / ICEGATE MAIL ID CREATION", "(Red columns are mandatory)"),
                 when=(2025, 12, 1, 17, 40, 0))
    date = "Tue, 2 Dec 2025 11:47:05 +0530"
    body = ("Sir/Madam,\n\nThree Examiners have reported for duty at the Chennai Custom House on\n"
            "17.11.2025 on their first appointment. The SSO ID creation template for all three\n"
            "is attached along with photographs of the first page of each service book.\n\n"
            "Kindly create their SSO IDs and ICEGATE e-mail IDs at the earliest, as they are to\n"
            "be deployed in the Export Shed from next week.\n\n"
            "Thanks & Regards,\n\nR. Senthil Kumar\nAppraiser & System Manager\nChennai Customs Zone-I, Custom House, "
            "Rajaji Salai, Chennai - 600001\nMob: 94440 18273\nEmail: senthil.kumar.r@icegate.gov.in\n"
            "[cid:LOGO]\n")
    raw = outlook("c7-001b", "SYSMGR CHENNAI SEA", "sysmgr.chennaisea@icegate.gov.in",
                  "Creation of SSO IDs - 3 Examiners (Direct Recruits) - Chennai Customs", date, body,
                  [outlook_att(t, XLSX, "SSO ID Template - Examiners Nov 2025.xlsx", date),
                   outlook_att(photo(101), JPG, "Service Book - Keerthana Balasubramanian.jpg", date),
                   outlook_att(photo(102), JPG, "Service Book - Mohamed Abdul Rafiq.jpg", date),
                   outlook_att(photo(103), JPG, "Service Book - Srinidhi Venkataraman.jpg", date)])
    case("creation-sysmgr-outlook-three-examiners-photos", s, "Chennai Sea System Manager ID via Outlook (CRLF, "
         "inline logo image001.png): three-Examiner template with its own title rows, three JPEG service book photos; "
         "signature with a spaced mobile", raw,
         exp("generic", "sso_creation", kinds=["other", "service_book", "service_book", "service_book", "template"]))

    # c. Tuticorin, Thunderbird: no contact number anywhere  [twist: signature_phone]
    t = std_xlsx(rows(O("Ramya", "Krishnasamy", "Inspector", D(1999, 6, 14), D(2025, 11, 20), 9500214378,
                        "ramya.k1999@gmail.com", "Custom House, Thoothukudi", "Thoothukudi"),
                      O("Arun", "Prabhakaran", "Inspector", D(1997, 1, 5), D(2025, 11, 20), 8610453721,
                        "arunprabhakaran97@gmail.com", "Custom House, Thoothukudi", "Thoothukudi")),
                 titles=(), when=(2025, 12, 2, 9, 15, 0))
    body = ("Sir,\n\nTwo direct recruit Inspectors joined V.O. Chidambaranar Custom House on\n20.11.2025. The "
            "creation template and the scanned first pages of their service\nbooks are enclosed for creation of "
            "SSO IDs and ICEGATE e-mail IDs.\n\n-- \nM. Selvakumar\nSuperintendent (Systems), System Manager\n"
            "V.O. Chidambaranar Custom House, Thoothukudi\nselvakumar.m@icegate.gov.in\n")
    raw = thunderbird("c7-001c", "Sysmgr Tuticorin", "sysmgr.tuticorin@icegate.gov.in",
                      "SSO ID creation - two Inspectors - VOC Custom House", "Wed, 3 Dec 2025 10:02:41 +0530", body,
                      [att(t, XLSX, "SSO_template_VOC_CH.xlsx"),
                       att(sb("Ramya Krishnasamy", "14/06/1999", "20/11/2025"), PDF, "ServiceBook_Ramya.pdf"),
                       att(sb("Arun Prabhakaran", "05/01/1997", "20/11/2025"), PDF, "ServiceBook_Arun.pdf")])
    case("creation-sysmgr-thunderbird-no-contact-number", s, "Twist: Tuticorin System Manager ID (Thunderbird, "
         "'-- ' signature) with a clean template and two service books, but the signature has no telephone or mobile "
         "number anywhere", raw,
         exp("generic", "sso_creation", ["signature_phone"], kinds=["service_book", "service_book", "template"]))

    # d. JNCH, Gmail app, bilingual, one PDF for both officers (RFC 2047 name)
    t = std_xlsx(rows(O("Pratiksha", "Gaikwad", "Inspector", "09.03.1998", "01.12.2025", "9326604187",
                        "pratiksha.gaikwad09@gmail.com", "JNCH, Nhava Sheva", "Raigad"),
                      O("Saurabh", "Kulkarni", "Inspector", "27.10.1996", "01.12.2025", "7738920154",
                        "saurabh.kulkarni.27@rediffmail.com", "JNCH, Nhava Sheva", "Raigad")),
                 when=(2025, 12, 3, 12, 0, 0))
    body = ("महोदय/महोदया,\n\nइस कस्टम हाउस में 01.12.2025 को दो निरीक्षकों ने कार्यभार ग्रहण किया है। उनका\n"
            "एसएसओ आईडी निर्माण टेम्पलेट और सेवा पुस्तिका के प्रथम पृष्ठ संलग्न हैं।\n\n"
            "Two Inspectors joined JNCH on 01.12.2025. The filled template and the first\npages of both service "
            "books (one PDF) are attached. Kindly create their SSO\nIDs and ICEGATE e-mail IDs.\n\n"
            "सादर,\nPrakash Jadhav\nAssistant Commissioner (EDI) / सहायक आयुक्त (ई.डी.आई.)\n"
            "Jawaharlal Nehru Custom House, Nhava Sheva, Raigad\nMob: 9869012745\nEmail: prakash.jadhav@icegate.gov.in\n")
    rnd = R("c7-001d-a")
    both = pdf("SERVICE BOOK - first pages", "1. Name in full : PRATIKSHA GAIKWAD   Date of birth : 09/03/1998",
               "   Date of joining CBIC : 01/12/2025", "2. Name in full : SAURABH KULKARNI   Date of birth : 27/10/1996",
               "   Date of joining CBIC : 01/12/2025")
    raw = gmail("c7-001d", "SYSMGR JNCH", "sysmgr.jnch@icegate.gov.in",
                "एसएसओ आईडी निर्माण / SSO ID creation - 2 Inspectors - JNCH", "Thu, 4 Dec 2025 15:21:09 +0530", body,
                [gmail_att(t, XLSX, "SSO template JNCH.xlsx", rnd),
                 gmail_att(both, PDF, "सेवा पुस्तिका - Service Book (2 officers).pdf", rnd, style="2047")], app=True)
    case("creation-sysmgr-gmail-app-bilingual-one-pdf", s, "JNCH System Manager ID via the Gmail app: Hindi then "
         "English body, DD.MM.YYYY text dates, both officers' service book pages in one PDF with a Devanagari + "
         "English RFC 2047 name", raw,
         exp("generic", "sso_creation", kinds=["service_book", "template"]))

    # e. ACL admin Bhopal: the signature's e-mail is the generic mailbox itself  [twist: signature_email]
    t = std_xlsx(rows(O("Shubham", "Raghuwanshi", "Inspector", "02/08/1997", "26/11/2025", "8817346620",
                        "shubham.raghuwanshi97@gmail.com", "CGST Bhopal", "Bhopal"),
                      O("Ritika", "Chouksey", "Inspector", "19/01/1999", "26/11/2025", "7999012843",
                        "ritika.chouksey19@gmail.com", "CGST Bhopal", "Bhopal")), when=(2025, 12, 4, 11, 0, 0))
    body = ("Sir/Madam,\n\nPlease create SSO IDs and ICEGATE mail IDs for the two Inspectors named in the\n"
            "attached template, who joined CGST & Central Excise Commissionerate, Bhopal on\n26.11.2025. Their "
            "service book copies are attached.\n\nRegards,\nVivek Dubey\nSuperintendent (Systems) & ACL Admin\n"
            "CGST & CX Commissionerate, Bhopal\nEmail: acladmin.cgst.bhopal@icegate.gov.in\nPh: 0755-2553714\n" + DISC_CBIC)
    raw = zimbra("c7-001e", "ACL Admin CGST Bhopal", "acladmin.cgst.bhopal@icegate.gov.in",
                 "Creation of SSO ID - Inspectors - CGST Bhopal", "Fri, 5 Dec 2025 12:33:50 +0530", body,
                 [att(t, XLSX, "Bhopal SSO template.xlsx"),
                  att(sb("Shubham Raghuwanshi", "02/08/1997", "26/11/2025"), PDF, "Service book Shubham.pdf"),
                  att(sb("Ritika Chouksey", "19/01/1999", "26/11/2025"), PDF, "Service book Ritika.pdf")])
    case("creation-acl-admin-signature-email-is-mailbox", s, "Twist: CGST Bhopal ACL Admin ID signs with name, "
         "designation and landline, but its only e-mail is the generic mailbox itself, which is no individual "
         "e-mail ID", raw,
         exp("generic", "sso_creation", ["signature_email"], kinds=["service_book", "service_book", "template"]))

    # f. ICD Tughlakabad ASM: Sd/-style sign-off, no title rows, real dates, image-only scans
    t = std_xlsx(rows(O("Mayank", "Bhardwaj", "Examiner", D(1995, 11, 3), D(2025, 12, 1), "9716630248",
                        "mayank.bhardwaj95@gmail.com", "ICD Tughlakabad", "New Delhi"),
                      O("Shalini", "Yadav", "Examiner", D(1998, 4, 22), D(2025, 12, 1), "8851207736",
                        "shaliniyadav2204@gmail.com", "ICD Tughlakabad", "New Delhi")),
                 titles=(), sheet="Sheet1", when=(2025, 12, 5, 15, 0, 0))
    body = ("To\nThe Saksham Seva Helpdesk,\nDG Systems, CBIC\n\nSub: Creation of SSO ID and ICEGATE e-mail ID - reg.\n\n"
            "Madam/Sir,\n\nThe two Examiners named in the enclosed template joined ICD Tughlakabad on\n01.12.2025. "
            "Scanned copies of the bio-data page of their service books are\nenclosed. Creation of their SSO IDs "
            "may kindly be arranged.\n\nYours faithfully,\n\n(Kuldeep Singh Rawat)\nAppraiser / Alternate System "
            "Manager\nICD Tughlakabad, New Delhi - 110020\nMobile - 98100 46213\nE-mail - ks.rawat@icegate.gov.in\n")
    raw = zimbra("c7-001f", "ASM ICD TKD", "asm.icdtkd@icegate.gov.in", "Creation of SSO ID and ICEGATE e-mail ID - reg.",
                 "Mon, 8 Dec 2025 16:40:12 +0530", body,
                 [att(t, XLSX, "ICD_TKD_new_Examiners.xlsx"),
                  att(scan_pdf(111), PDF, "Service Book_Mayank Bhardwaj.pdf"),
                  att(scan_pdf(112), PDF, "Service Book_Shalini Yadav.pdf")], cte="7bit")
    case("creation-asm-icd-sd-style-scanned", s, "ICD Tughlakabad's Alternate System Manager ID: a letter-style "
         "mail with 'Yours faithfully, (Name)' sign-off, template without title rows and with real dates, two "
         "image-only service book PDFs named as such", raw,
         exp("generic", "sso_creation", kinds=["service_book", "service_book", "template"]))



# ----------------------------------------------------------------- 002: generic ID forwards an officer's request

def g002():
    s = "002"
    # a. Goa: Zimbra inline forward of an Inspector's Yahoo mail
    t = std_xlsx(rows(O("Sneha", "Naik", "Inspector", "16/05/1998", "17/11/2025", "9545026617", "sneha.naik1998@yahoo.com",
                        "Commissionerate of Customs, Goa", "Mormugao")), when=(2025, 12, 1, 18, 0, 0))
    inner = ("Respected Sir,\n\nI joined the Commissionerate of Customs, Goa as Inspector on 17.11.2025. I request\n"
             "that my SSO ID and ICEGATE e-mail ID may be got created. The template filled by me\n"
             "and the first page of my service book are attached.\n\nYours sincerely,\nSneha Naik\nInspector "
             "(Preventive)\nMormugao Harbour, Goa\n")
    body = ("Sir/Madam,\n\nThe request of Ms. Sneha Naik, Inspector, for creation of her SSO ID and ICEGATE\n"
            "e-mail ID is forwarded below. Her particulars in the template have been checked\n"
            "with the service book and found correct.\n\nRegards,\nSantosh Gaonkar\nSuperintendent (Systems) & "
            "System Manager\nCommissionerate of Customs, Panaji, Goa\nEmail: santosh.gaonkar@icegate.gov.in\n"
            "Tel: 0832-2438651\n"
            + fwd_zimbra('"Sneha Naik" <sneha.naik1998@yahoo.com>', '"sysmgr goa" <sysmgr.goa@icegate.gov.in>',
                         "Monday, December 1, 2025 6:05:12 PM", "SSO ID creation - Sneha Naik, Inspector", inner))
    raw = zimbra("c7-002a", "SYSMGR GOA", "sysmgr.goa@icegate.gov.in",
                 "Fwd: SSO ID creation - Sneha Naik, Inspector", "Tue, 2 Dec 2025 10:31:18 +0530", body,
                 [att(t, XLSX, "SSO_format_Sneha.xlsx"),
                  att(sb("Sneha Naik", "16/05/1998", "17/11/2025"), PDF, "service book sneha.pdf")])
    case("creation-sysmgr-goa-zimbra-inline-forward", s, "Goa System Manager ID forwards with Zimbra's '----- "
         "Forwarded Message -----' block an Inspector's Yahoo request; template and text service book ride on the "
         "forward; the forwarder signs fully", raw, exp("generic", "sso_creation", kinds=["service_book", "template"]))

    # b. Jodhpur: the officer's mail forwarded as an attached .eml (files inside it)
    t = std_xlsx(rows(O("Rahul", "Meena", "Inspector", "08/10/1997", "24/11/2025", "9660318245", "rahulmeena.jdh@gmail.com",
                        "Customs (Preventive) Commissionerate, Jodhpur", "Barmer")), when=(2025, 12, 2, 20, 10, 0))
    rnd = R("c7-002b-in")
    inner = gmail("c7-002b-in", "Rahul Meena", "rahulmeena.jdh@gmail.com",
                  "Request for SSO ID - Rahul Meena, Inspector", "Tue, 2 Dec 2025 20:14:37 +0530",
                  "Sir,\n\nI have joined as Inspector at Customs Preventive Division, Barmer on\n24.11.2025. Kindly "
                  "forward my request for creation of SSO ID and ICEGATE\nmail ID. The template and a photo of my "
                  "service book page are attached.\n\nRegards,\nRahul Meena\nInspector, Customs (P) Division, Barmer\n",
                  [gmail_att(t, XLSX, "SSO ID template Rahul Meena.xlsx", rnd),
                   gmail_att(photo(121), JPG, "Service Book Rahul Meena.jpg", rnd)],
                  to="sysmgr.jodhpur@icegate.gov.in")
    body = ("Sir,\n\nThe mail of Shri Rahul Meena, Inspector, requesting creation of his SSO ID and\nICEGATE "
            "e-mail ID is attached as received, with his template and service book.\nThe details are verified. "
            "Kindly create the IDs.\n\n-- \nRegards,\nDilip Singh Bhati\nSuperintendent (EDI) & System Manager\n"
            "Customs (Preventive) Commissionerate, Jodhpur\ndilipsingh.bhati@icegate.gov.in\nPh. 0291-2650314\n")
    raw = thunderbird("c7-002b", "Sysmgr Jodhpur", "sysmgr.jodhpur@icegate.gov.in",
                      "Fwd: Request for SSO ID - Rahul Meena, Inspector", "Wed, 3 Dec 2025 11:05:44 +0530", body,
                      [eml_att(inner, "Request for SSO ID - Rahul Meena, Inspector.eml")])
    case("creation-sysmgr-forward-as-attached-eml", s, "Jodhpur System Manager ID (Thunderbird) forwards the "
         "officer's Gmail request as an attached .eml; the template and the service book photo are inside the "
         "attached mail (the message/rfc822 part itself is not an attachment)", raw,
         exp("generic", "sso_creation", kinds=["service_book", "template"]))

    # c. Kolkata airport: forwarder's sign-off lacks a designation  [twist]
    t = std_xlsx(rows(O("Ankita", "Saha", "Inspector", "03/03/1999", "20/11/2025", "8697214453", "ankitasaha0303@gmail.com",
                        "Kolkata Customs (Airport & Admin)", "NSCBI Airport")), when=(2025, 12, 3, 9, 0, 0))
    rnd = R("c7-002c-a")
    inner = ("Respected Sir,\n\nI have joined as Inspector at NSCBI Airport on 20.11.2025. Please forward my\n"
             "SSO ID creation request to Saksham Seva. The template and the service book page\nare attached.\n\n"
             "Thanking you,\nAnkita Saha\nInspector of Customs\nNSCBI Airport, Kolkata\nMob: 8697214453\n")
    body = ("Forwarded for creation of SSO ID and ICEGATE e-mail ID of Ms. Ankita Saha.\n\nRegards,\nDebashis "
            "Mukherjee\nNSCBI Airport, Kolkata\ndebashis.mukherjee@icegate.gov.in\n033-25119472\n"
            + fwd_gmail("Ankita Saha <ankitasaha0303@gmail.com>", "Wed, 3 Dec 2025 at 08:12",
                        "SSO ID creation request", "<sysmgr.ccuair@icegate.gov.in>", inner))
    raw = gmail("c7-002c", "Sysmgr CCU Airport", "sysmgr.ccuair@icegate.gov.in", "Fwd: SSO ID creation request",
                "Wed, 3 Dec 2025 12:48:02 +0530", body,
                [gmail_att(t, XLSX, "SSO template - Ankita Saha.xlsx", rnd),
                 gmail_att(sb("Ankita Saha", "03/03/1999", "20/11/2025"), PDF, "Service Book page.pdf", rnd)], app=True)
    case("creation-sysmgr-forward-signoff-without-designation", s, "Twist: Kolkata Airport System Manager ID "
         "forwards (Gmail app) a complete request, but its own sign-off is name, office, e-mail and number only; the "
         "forwarded officer's 'Inspector of Customs' is not the sender's signature", raw,
         exp("generic", "sso_creation", ["signature_designation"], kinds=["service_book", "template"]))

    # d. Paradip: Gmail-app forward of a Rediffmail request; template 'my details.xlsx', scan0001.pdf told by text
    t = std_xlsx(rows(O("Subhashree", "Mohanty", "Inspector", "12/12/1997", "27/11/2025", "7008813542",
                        "subhashree.mohanty97@rediffmail.com", "Custom House, Paradip", "Paradip")),
                 titles=("SSO ID / ICEGATE E-MAIL ID CREATION FORMAT",), when=(2025, 12, 4, 10, 0, 0))
    rnd = R("c7-002d-a")
    inner = ("Sir,\nI am Subhashree Mohanty, newly joined Inspector (27.11.2025). My details in the\nformat and the "
             "scanned first page of my service book are attached for creation of\nSSO ID.\nRegards,\nSubhashree "
             "Mohanty\n")
    body = ("Sir/Madam,\n\nPlease find below the request of Ms. Subhashree Mohanty, Inspector, Custom House\n"
            "Paradip, for creation of SSO ID and ICEGATE mail ID. Documents are attached.\n\nThanks and regards,\n"
            "Bibhuti Bhusan Sahoo\nAppraiser & System Manager, Custom House, Paradip\nMobile: 94370 55218\n"
            "E-mail: bb.sahoo@icegate.gov.in\n"
            + fwd_gmail("subhashree mohanty <subhashree.mohanty97@rediffmail.com>", "Thu, 4 Dec 2025 at 09:40",
                        "SSO ID", "sysmgr.paradip@icegate.gov.in", inner))
    raw = gmail("c7-002d", "SYSMGR PARADIP", "sysmgr.paradip@icegate.gov.in", "Fwd: SSO ID",
                "Thu, 4 Dec 2025 13:02:26 +0530", body,
                [gmail_att(t, XLSX, "my details.xlsx", rnd),
                 gmail_att(sb("Subhashree Mohanty", "12/12/1997", "27/11/2025"), PDF, "scan0001.pdf", rnd)], app=True)
    case("creation-sysmgr-forward-neutral-file-names", s, "Paradip System Manager ID forwards a Rediffmail request; "
         "the template is 'my details.xlsx' (a template by its header row) and the service book 'scan0001.pdf' "
         "(told by its text layer)", raw, exp("generic", "sso_creation", kinds=["service_book", "template"]))

    # e. Mundra: the forwarded request carried the template only  [twist: service_book]
    t = std_xlsx(rows(O("Hetal", "Prajapati", "Inspector", "21/06/1998", "01/12/2025", "9724418806",
                        "hetal.prajapati21@gmail.com", "Custom House, Mundra", "Mundra"),
                      O("Nirav", "Trivedi", "Inspector", "30/09/1996", "01/12/2025", "8128763390",
                        "niravtrivedi96@gmail.com", "Custom House, Mundra", "Mundra")), when=(2025, 12, 4, 17, 0, 0))
    inner = ("Sir,\n\nThe details of the two of us who joined Mundra Custom House on 01.12.2025 are in\nthe attached "
             "sheet. Kindly arrange our SSO IDs.\n\nHetal Prajapati, Inspector\nNirav Trivedi, Inspector\n")
    body = ("Sir/Madam,\n\nForwarded for creation of SSO IDs. The service books of the officers are yet to be\n"
            "received from the Regional Office and will be produced thereafter.\n\nRegards,\nJignesh Raval\n"
            "Superintendent & Alternate System Manager\nCustom House, Mundra, Kutch\nMob: 9825342170\n"
            "Email: jignesh.raval@icegate.gov.in\n"
            + fwd_zimbra('"Hetal Prajapati" <hetal.prajapati21@gmail.com>', "asm.mundra@icegate.gov.in",
                         "Thursday, December 4, 2025 4:10:55 PM", "SSO ID for new Inspectors", inner))
    raw = zimbra("c7-002e", "ASM Mundra", "asm.mundra@icegate.gov.in", "Fwd: SSO ID for new Inspectors",
                 "Fri, 5 Dec 2025 10:20:31 +0530", body, [att(t, XLSX, "New Inspectors Mundra.xlsx")])
    case("creation-asm-forward-template-only", s, "Twist: Mundra Alternate System Manager ID forwards the officers' "
         "request that carried only the template; the service books are to follow", raw,
         exp("generic", "sso_creation", ["service_book"], kinds=["template"]))

    # f. Nagpur: forwarded from a gov.in Systems mailbox, not ICEGATE  [twist: icegate_sender]
    t = std_xlsx(rows(O("Akshay", "Wankhede", "Inspector", "14/01/1998", "24/11/2025", "9011927743",
                        "akshay.wankhede14@gmail.com", "CGST Nagpur-I", "Nagpur")), when=(2025, 12, 5, 12, 0, 0))
    inner = ("Respected Sir,\n\nI joined CGST Nagpur-I Commissionerate as Inspector on 24.11.2025. My SSO ID creation\n"
             "template and service book first page are attached.\n\nRegards,\nAkshay Wankhede\nInspector\n")
    body = ("Sir,\n\nThe request of Shri Akshay Wankhede, Inspector, is forwarded for creation of his SSO ID\nand "
            "ICEGATE e-mail ID. Documents as received are attached.\n\nRegards,\nSunita Deshmukh\nAssistant "
            "Commissioner (Systems)\nCGST & Central Excise, Nagpur-I\nEmail: sunita.deshmukh@icegate.gov.in\n"
            "Ph: 0712-2542318\n"
            + fwd_zimbra('"Akshay Wankhede" <akshay.wankhede14@gmail.com>', "cgst-systems.nagpur1@gov.in",
                         "Friday, December 5, 2025 11:02:40 AM", "SSO ID creation", inner) + NIC_FOOT)
    raw = zimbra("c7-002f", "Systems Cell CGST Nagpur-I", "cgst-systems.nagpur1@gov.in", "Fwd: SSO ID creation",
                 "Fri, 5 Dec 2025 15:44:09 +0530", body,
                 [att(t, XLSX, "SSO template Akshay.xlsx"),
                  att(sb("Akshay Wankhede", "14/01/1998", "24/11/2025"), PDF, "Service Book Akshay Wankhede.pdf")],
                 version="9.0.0_ZEXTRAS_20240927")
    case("creation-gov-in-systems-mailbox-forward", s, "Twist: the forward comes from the Commissionerate's Systems "
         "mailbox on gov.in (NIC Zimbra), a generic ID that is not an ICEGATE address; full signature, complete "
         "documents", raw, exp("generic", "sso_creation", ["icegate_sender"], kinds=["service_book", "template"]))



# ----------------------------------------------------------------- 003: template only, service book to follow

def g003():
    s = "003"
    # a. Mangaluru CGST AC, Zimbra
    t = std_xlsx(rows(O("Shreya", "Shetty", "Inspector", "05/04/1999", "24/11/2025", "9480127764", "shreya.shetty99@gmail.com",
                        "CGST Mangaluru", "Udupi"),
                      O("Manjunath", "Gowda", "Inspector", "17/08/1996", "24/11/2025", "8970344216",
                        "manjunath.gowda.17@gmail.com", "CGST Mangaluru", "Mangaluru", mid="H")),
                 when=(2025, 12, 2, 15, 0, 0))
    body = ("Madam/Sir,\n\nThe SSO ID creation template for two Inspectors who joined CGST Mangaluru\n"
            "Commissionerate on 24.11.2025 is attached. Their service books are still with\nthe Establishment "
            "section; the first pages will be forwarded as soon as they are\nreceived.\n\nMeanwhile, the creation "
            "of their SSO IDs may kindly be taken up.\n\nRegards,\nRashmi Hegde\nAssistant Commissioner "
            "(Systems)\nCGST Commissionerate, Mangaluru\nPh: 0824-2439087\n")
    raw = zimbra("c7-003a", "Rashmi Hegde", "rashmi.hegde@icegate.gov.in", "SSO IDs for two new Inspectors - CGST Mangaluru",
                 "Tue, 2 Dec 2025 16:25:47 +0530", body, [att(t, XLSX, "SSO_Template_Mangaluru.xlsx")], cte="7bit")
    case("creation-ac-zimbra-template-books-awaited", s, "Assistant Commissioner's own ICEGATE ID sends a clean "
         "two-officer template (a one-letter middle name, which is not checked); service books 'will be forwarded'",
         raw, exp("icegate", "sso_creation", ["service_book"], kinds=["template"]))

    # b. Belagavi Superintendent, Outlook with logo, real dates, three officers
    date = "Wed, 3 Dec 2025 12:09:30 +0530"
    t = std_xlsx(rows(O("Pooja", "Kamble", "Inspector", D(1998, 2, 11), D(2025, 11, 26), "9731044875",
                        "pooja.kamble1998@gmail.com", "CGST Belagavi", "Belagavi"),
                      O("Santosh", "Patil", "Inspector", D(1995, 7, 30), D(2025, 11, 26), "9945217630",
                        "santoshpatil.bgm@gmail.com", "CGST Belagavi", "Hubballi"),
                      O("Irfan", "Mulla", "Inspector", D(1997, 12, 9), D(2025, 11, 26), "7760913852",
                        "irfan.mulla97@yahoo.com", "CGST Belagavi", "Dharwad")), when=(2025, 12, 3, 11, 0, 0))
    body = ("Dear Sir/Madam,\n\nPlease create SSO IDs and ICEGATE e-mail IDs for the three Inspectors in the\n"
            "attached sheet (joined on 26.11.2025). We will send the service book copies\nseparately once they "
            "are scanned.\n\nRegards,\nGirish Bhat\nSuperintendent (Systems)\nCGST & Central Excise, Belagavi\n"
            "Tel: 0831-2465512\n[cid:LOGO]\n")
    raw = outlook("c7-003b", "Girish Bhat", "girish.bhat2@icegate.gov.in", "SSO ID creation - 3 Inspectors - Belagavi",
                  date, body, [outlook_att(t, XLSX, "Belagavi new Inspectors.xlsx", date)])
    case("creation-supdt-outlook-three-officers-books-later", s, "Superintendent's ICEGATE ID via Outlook (inline "
         "logo): three-officer template with real spreadsheet dates; service books 'will be sent separately'", raw,
         exp("icegate", "sso_creation", ["service_book"], kinds=["other", "template"]))

    # c. AC on tour writes from his Gmail  [twist: icegate_sender]
    rnd = R("c7-003c-a")
    t = std_xlsx(rows(O("Vaibhav", "Srivastava", "Inspector", "10/10/1997", "01/12/2025", "9415503382",
                        "vaibhav.sri1010@gmail.com", "CGST Prayagraj", "Prayagraj")), when=(2025, 12, 4, 8, 0, 0))
    body = ("Sir,\n\nI am on tour and writing from my personal mail. Kindly create the SSO ID of Shri\nVaibhav "
            "Srivastava, Inspector, CGST Prayagraj, whose template is attached. His\nservice book page will be "
            "sent by the office on Monday.\n\nRegards,\nAlok Tripathi\nAssistant Commissioner (Systems), CGST "
            "Prayagraj\nMob: 9450217736\n")
    raw = gmail("c7-003c", "Alok Tripathi", "alok.tripathi.irs@gmail.com", "SSO ID creation - Vaibhav Srivastava",
                "Thu, 4 Dec 2025 09:14:51 +0530", body, [gmail_att(t, XLSX, "Vaibhav template.xlsx", rnd)])
    case("creation-ac-personal-gmail-on-tour", s, "Twist: the Assistant Commissioner sends the template from his "
         "personal Gmail while on tour; service book to follow", raw,
         exp("personal", "sso_creation", ["icegate_sender", "service_book"], kinds=["template"]))

    # d. Meerut DC, Thunderbird, Hindi + English, one officer
    t = std_xlsx(rows(O("Himanshu", "Tyagi", "Inspector", D(1998, 8, 25), D(2025, 11, 28), "8126650439",
                        "himanshu.tyagi25@gmail.com", "CGST Meerut", "Ghaziabad")),
                 titles=("SSO ID creation template",), when=(2025, 12, 4, 16, 0, 0))
    body = ("महोदय,\n\nनिरीक्षक श्री हिमांशु त्यागी ने 28.11.2025 को इस आयुक्तालय में कार्यभार ग्रहण किया है। उनका\n"
            "टेम्पलेट संलग्न है; सेवा पुस्तिका की प्रति अलग से भेजी जाएगी।\n\n"
            "Sir, the template of Shri Himanshu Tyagi, Inspector (joined 28.11.2025), is attached\nfor creation of "
            "his SSO ID. A copy of his service book will be sent separately.\n\n-- \nमीनाक्षी रावत / Meenakshi Rawat\n"
            "उपायुक्त (प्रणाली) / Deputy Commissioner (Systems)\nCGST Commissionerate, Meerut\nदूरभाष / Tel: 0121-2660418\n")
    raw = thunderbird("c7-003d", "Meenakshi Rawat", "meenakshi.rawat@icegate.gov.in",
                      "एसएसओ आईडी निर्माण - SSO ID creation - Himanshu Tyagi", "Fri, 5 Dec 2025 11:38:20 +0530", body,
                      [att(t, XLSX, "SSO_ID_template_Himanshu_Tyagi.xlsx")], cte="qp", lang="hi")
    case("creation-dc-thunderbird-hindi-book-separately", s, "Deputy Commissioner's ICEGATE ID (Thunderbird, Hindi "
         "then English, bilingual signature): one-officer template with real dates; service book 'will be sent "
         "separately'", raw, exp("icegate", "sso_creation", ["service_book"], kinds=["template"]))

    # e. Kozhikode: a reply that now carries the service books; the template is only in the quote  [twist]
    body = ("Sir,\n\nAs desired, the first pages of the service books of both officers are attached.\nKindly "
            "create their SSO IDs.\n\nRegards,\nVinod Pillai\nSuperintendent (Systems)\nCGST Commissionerate, "
            "Kozhikode\nPh: 0495-2766120\n\n"
            "On 04-12-2025 17:02, Saksham Seva Helpdesk wrote:\n> Sir,\n>\n> The service books of the officers "
            "were not received with your mail. Kindly\n> send them to enable creation of the SSO IDs.\n>\n> "
            "Regards,\n> Saksham Seva Helpdesk\n>\n> On 03-12-2025 11:15, Vinod Pillai wrote:\n>> Sir,\n>>\n"
            ">> The SSO ID creation template for two Inspectors (Fathima Nasrin and\n>> Abhijith Nair) is attached.\n"
            ">>\n>> Regards,\n>> Vinod Pillai\n")
    raw = thunderbird("c7-003e", "Vinod Pillai", "vinod.pillai@icegate.gov.in",
                      "Re: SSO ID creation - 2 Inspectors - CGST Kozhikode", "Mon, 8 Dec 2025 10:06:14 +0530", body,
                      [att(sb("Fathima Nasrin", "02/02/1998", "01/12/2025"), PDF, "Service Book - Fathima Nasrin.pdf"),
                       att(sb("Abhijith Nair", "19/11/1996", "01/12/2025"), PDF, "Service Book - Abhijith Nair.pdf")],
                      reply="5e1a0c77-2b6d-4c1e-9f0d-8a51c3f4b210@icegate.gov.in")
    case("creation-reply-books-now-template-only-in-quote", s, "Twist: Thunderbird reply in the thread now attaches "
         "the two service books; the template went with the earlier mail and is named only in the quoted text", raw,
         exp("icegate", "sso_creation", ["template"], kinds=["service_book", "service_book"]))

    # f. iPhone, AC Siliguri, template only
    t = std_xlsx(rows(O("Sayantan", "Ghosh", "Inspector", "07/07/1997", "03/12/2025", "9733120498",
                        "sayantan.ghosh77@gmail.com", "CGST Siliguri", "Jalpaiguri")), when=(2025, 12, 5, 19, 0, 0))
    body = ("Sir,\nPlease create SSO ID for Sh. Sayantan Ghosh, Inspector (joined 03.12.2025). Template attached. "
            "SB copy will follow from office.\nRegards\nNilanjan Chakraborty\nAC (Systems), CGST Siliguri\n")
    raw = iphone("c7-003f", "Nilanjan Chakraborty", "n.chakraborty@icegate.gov.in", "SSO ID - new Inspector",
                 "Sat, 6 Dec 2025 08:52:37 +0530", body, [ios_att(t, XLSX, "SSO_Sayantan.xlsx")])
    case("creation-ac-iphone-template-only", s, "Assistant Commissioner's ICEGATE ID from an iPhone: a short mail "
         "with the template inline; the service book copy 'will follow'", raw,
         exp("icegate", "sso_creation", ["service_book"], kinds=["template"]))


# ----------------------------------------------------------------- 004: scans only, template to follow

def g004():
    s = "004"
    # a. ACC Hyderabad ASM: two photos, a scanned covering letter, no contact number
    body = ("Sir/Madam,\n\nThe scanned service book pages of the following Inspectors who joined the Air\nCargo "
            "Complex, Shamshabad on 01.12.2025 are attached for creation of SSO IDs:\n\n"
            "  (i)  Sai Teja Reddy\n  (ii) Nikhitha Rao\n\nThe template is under preparation and will be sent in "
            "a day or two. The\nforwarding letter is attached.\n\nRegards,\nK. Sreenivasulu\nAppraiser & "
            "Alternate System Manager\nAir Cargo Complex, RGIA, Shamshabad, Hyderabad\n"
            "Email: k.sreenivasulu@icegate.gov.in\n" + DISC_CBIC)
    raw = zimbra("c7-004a", "ASM ACC Hyderabad", "asm.acc.hyderabad@icegate.gov.in",
                 "Service book pages - SSO ID creation - ACC Hyderabad", "Mon, 8 Dec 2025 12:41:05 +0530", body,
                 [att(photo(131), JPG, "Service Book - Sai Teja Reddy.jpg"),
                  att(photo(132), JPG, "Service Book - Nikhitha Rao.jpg"),
                  att(scan_pdf(133), PDF, "Forwarding letter.pdf")], cte="7bit")
    case("creation-asm-photos-and-letter-no-template-no-phone", s, "ACC Hyderabad Alternate System Manager ID: two "
         "service book photos and an image-only forwarding letter; template to follow; the signature gives no "
         "contact number", raw,
         exp("generic", "sso_creation", ["signature_phone", "template"], kinds=["other", "service_book", "service_book"]))

    # b. Guwahati: same kind of mail, but the sign-off has a mobile  [twist]
    body = ("Sir,\n\nService book copies (first page) of three newly joined Inspectors of CGST Guwahati\nare "
            "attached. The creation template will follow after the Additional Commissioner\napproves the "
            "list.\n\nThanks,\nBhaskar Jyoti Das\nSuperintendent (Systems)\nCGST & CX Commissionerate, Guwahati\n"
            "Mob: 9435017628\nbj.das@icegate.gov.in\n")
    raw = zimbra("c7-004b", "Systems CGST Guwahati", "sysmgr.cgst.guwahati@icegate.gov.in",
                 "SSO ID - service books of new Inspectors", "Mon, 8 Dec 2025 17:02:33 +0530", body,
                 [att(sb("Nabanita Kalita", "13/09/1998", "01/12/2025"), PDF, "Service_Book_Nabanita_Kalita.pdf"),
                  att(sb("Rupam Baruah", "21/03/1997", "01/12/2025"), PDF, "Service_Book_Rupam_Baruah.pdf"),
                  att(sb("Pranjal Bora", "02/06/1999", "01/12/2025"), PDF, "Service_Book_Pranjal_Bora.pdf")], cte="7bit")
    case("creation-sysmgr-books-only-signed-fully", s, "Twist: Guwahati System Manager ID sends three text service "
         "books with the template to follow, and signs with name, designation, mobile and e-mail", raw,
         exp("generic", "sso_creation", ["template"], kinds=["service_book", "service_book", "service_book"]))

    # c. ICD Whitefield, Outlook: two books, logo, signature without number
    date = "Tue, 9 Dec 2025 11:20:45 +0530"
    body = ("Dear Sir/Madam,\n\nAttached are the service book first pages of two Examiners posted to ICD "
            "Whitefield\non 02.12.2025. The SSO ID template is being filled and will be mailed shortly.\n\n"
            "Regards,\nLakshmi Narayan\nSuperintendent (EDI)\nICD Whitefield, Bengaluru\nlakshmi.narayan@icegate.gov.in\n"
            "[cid:LOGO]\n")
    raw = outlook("c7-004c", "EDI ICD Whitefield", "edi.icdwhitefield@icegate.gov.in",
                  "SSO ID creation - Examiners - ICD Whitefield - service books", date, body,
                  [outlook_att(sb("Chaitra Gowda", "11/11/1998", "02/12/2025"), PDF, "Chaitra_Service_Book.pdf", date),
                   outlook_att(sb("Naveen Kumar Reddy", "06/05/1996", "02/12/2025"), PDF, "Naveen_Service_Book.pdf",
                               date)])
    case("creation-edi-outlook-books-only-no-number", s, "ICD Whitefield EDI ID via Outlook (inline logo): two text "
         "service books, template to follow, signature of name, designation and e-mail without any number", raw,
         exp("generic", "sso_creation", ["signature_phone", "template"], kinds=["other", "service_book", "service_book"]))

    # d. Patna Systems, Gmail app, Hinglish, Devanagari + English photo names
    rnd = R("c7-004d-a")
    body = ("Sir,\n\nHamare Commissionerate me do naye Inspector join kiye hain (04.12.2025). Unki\nservice book ki "
            "photo attach kar rahe hain. Template kal bhej denge, please SSO ID\nbanane ki process shuru kar dein.\n\n"
            "Dhanyavaad,\nRanjeet Kumar Sinha\nSuperintendent (Systems), CGST Patna-I\nranjeet.sinha@icegate.gov.in\n")
    raw = gmail("c7-004d", "Systems CGST Patna", "systems.cgst.patna@icegate.gov.in",
                "SSO ID ke liye service book - 2 Inspectors", "Tue, 9 Dec 2025 18:33:12 +0530", body,
                [gmail_att(photo(141), JPG, "सेवा पुस्तिका - Service Book - Aman Raj.jpg", rnd, style="2047"),
                 gmail_att(photo(142), JPG, "सेवा पुस्तिका - Service Book - Khushboo Kumari.jpg", rnd, style="2047")],
                app=True)
    case("creation-systems-gmail-app-hinglish-photos", s, "Patna Systems ID via the Gmail app, Hinglish in Latin "
         "script; two service book photos with Devanagari + English RFC 2047 names; template 'kal'; no number in "
         "the signature", raw,
         exp("generic", "sso_creation", ["signature_phone", "template"], kinds=["service_book", "service_book"]))

    # e. Raipur Comm Admin: no number and no individual e-mail  [twist]
    body = ("Sir,\n\nPlease find enclosed the service book page of Shri Devendra Sahu, Inspector,\nwho joined "
            "CGST Raipur on 01.12.2025, for creation of SSO ID. The template will be\nsent after verification.\n\n"
            "Regards,\nP. K. Verma\nAssistant Commissioner (Admin)\nCGST Commissionerate, Raipur\n")
    raw = zimbra("c7-004e", "Comm Admin CGST Raipur", "comadmin.cgst.raipur@icegate.gov.in",
                 "SSO ID - Devendra Sahu, Inspector", "Wed, 10 Dec 2025 10:48:26 +0530", body,
                 [att(photo(151), JPG, "Service Book Devendra Sahu.jpg")], cte="7bit")
    case("creation-comadmin-book-only-no-email-no-number", s, "Twist: Raipur Comm Admin ID sends one service book "
         "photo, template to follow; the signature has name and designation only", raw,
         exp("generic", "sso_creation", ["signature_email", "signature_phone", "template"], kinds=["service_book"]))

    # f. Calicut airport, Thunderbird: one image-only book PDF
    body = ("Sir/Madam,\n\nThe scanned service book of Shri Muhammed Faisal K., Inspector, who joined\nCalicut "
            "International Airport on 03.12.2025, is attached for creation of his SSO ID\nand ICEGATE e-mail ID. The "
            "template will be sent by the Deputy Commissioner's\noffice.\n\n-- \nRegards\nSajitha Balan\nSuperintendent & System Manager\nAir Customs, "
            "Calicut International Airport\nsajitha.balan@icegate.gov.in\n")
    raw = thunderbird("c7-004f", "Sysmgr Calicut Airport", "sysmgr.ccj@icegate.gov.in",
                      "Service book - Muhammed Faisal - SSO ID", "Wed, 10 Dec 2025 14:15:02 +0530", body,
                      [att(scan_pdf(161), PDF, "Service book Faisal.pdf")])
    case("creation-sysmgr-thunderbird-scanned-book-only", s, "Calicut Airport System Manager ID (Thunderbird): one "
         "image-only service book PDF named as such, template to follow, no number in the '-- ' signature", raw,
         exp("generic", "sso_creation", ["signature_phone", "template"], kinds=["service_book"]))



# ----------------------------------------------------------------- 005: officer's own personal mailbox

def g005():
    s = "005"
    # a. Yahoo (Android): first name written as the initial 'K.'
    t = std_xlsx(rows(O("K.", "Bhavani", "Inspector", "18/04/1999", "01/12/2025", "9440561278", "bhavani.k1999@yahoo.com",
                        "CGST Visakhapatnam", "Kakinada")), when=(2025, 12, 9, 21, 0, 0))
    body = ("Respected Sir/Madam,\n\nI have joined CGST Visakhapatnam Commissionerate as Inspector on 01.12.2025.\n"
            "Kindly create my SSO ID and ICEGATE mail ID. I have attached the filled template\nand the first page "
            "of my service book.\n\nThank you,\nK. Bhavani\nInspector, CGST Kakinada Division\n\n"
            "Sent from Yahoo Mail on Android\n")
    raw = yahoo("c7-005a", "Bhavani K", "bhavani.k1999@yahoo.com", "SSO ID creation request - Inspector",
                "Tue, 9 Dec 2025 21:47:10 +0530", body,
                [att(t, XLSX, "SSO template Bhavani.xlsx"),
                 att(sb("K. Bhavani", "18/04/1999", "01/12/2025"), PDF, "Service Book Bhavani.pdf")], android=True)
    case("creation-officer-yahoo-initial-first-name", s, "A new Inspector sends her own request from Yahoo (Android); "
         "her first name is the initial 'K.' in the template", raw,
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "first_name", "initials_in_name")],
             kinds=["service_book", "template"]))

    # b. Gmail: surname written 'R.K.'; one title row
    rnd = R("c7-005b-a")
    t = std_xlsx(rows(O("Venkata", "R.K.", "Inspector", "29/01/1998", "27/11/2025", "8309126645",
                        "venkatasai.rk98@gmail.com", "CGST Guntur", "Guntur", mid="Sai")),
                 titles=("SSO ID / ICEGATE e-mail ID creation",), when=(2025, 12, 10, 7, 30, 0))
    body = ("Dear Sir,\n\nI am a newly recruited Inspector in CGST Guntur (joined 27.11.2025). Please create\n"
            "my SSO ID. Template and service book photo are attached.\n\nRegards,\nVenkata Sai\nInspector\n")
    raw = gmail("c7-005b", "Venkata Sai", "venkatasai.rk98@gmail.com", "Request - SSO ID for new Inspector",
                "Wed, 10 Dec 2025 07:58:44 +0530", body,
                [gmail_att(t, XLSX, "template.xlsx", rnd), gmail_att(photo(171), JPG, "service book.jpg", rnd)])
    case("creation-officer-gmail-surname-initials", s, "Inspector's own Gmail; one title row, so the officer is on "
         "row 3; his last name is written 'R.K.' (the middle name 'Sai' is fine)", raw,
         exp("personal", "sso_creation", ["icegate_sender"], [(3, "last_name", "initials_in_name")],
             kinds=["service_book", "template"]))

    # c. Gmail, names in full  [twist: no template error]
    rnd = R("c7-005c-a")
    t = std_xlsx(rows(O("Arjun", "Subramanian", "Inspector", "14/09/1997", "01/12/2025", "9962207341",
                        "arjun.subramanian97@gmail.com", "CGST Chennai South", "Chennai")), when=(2025, 12, 10, 9, 0, 0))
    body = ("Sir/Madam,\n\nI joined CGST Chennai South as Inspector on 01.12.2025 and request creation of my\nSSO ID "
            "and ICEGATE e-mail ID. The template and my service book page are attached.\n\nThanking you,\nArjun "
            "Subramanian\nInspector of Central Tax\nMobile: 9962207341\n")
    raw = gmail("c7-005c", "Arjun Subramanian", "arjun.subramanian97@gmail.com", "SSO ID creation",
                "Wed, 10 Dec 2025 10:04:19 +0530", body,
                [gmail_att(t, XLSX, "SSO ID creation template.xlsx", rnd),
                 gmail_att(sb("Arjun Subramanian", "14/09/1997", "01/12/2025"), PDF,
                           "சேவை புத்தகம் - Service Book.pdf", rnd, style="2047")])
    case("creation-officer-gmail-full-names", s, "Twist: Inspector's own Gmail with his name written in full in the "
         "template; only the sender is wrong (service book name Tamil + English, RFC 2047)", raw,
         exp("personal", "sso_creation", ["icegate_sender"], kinds=["service_book", "template"]))

    # d. Rediffmail: two officers; 'M K' spaced initials as first name; middle-name initial is fine
    t = std_xlsx(rows(O("M K", "Sundaram", "Inspector", "02/05/1996", "28/11/2025", "9790014563",
                        "mksundaram96@rediffmail.com", "CGST Madurai", "Dindigul"),
                      O("Deepa", "Iyer", "Inspector", "25/12/1997", "28/11/2025", "8124470395",
                        "deepa.iyer1997@gmail.com", "CGST Madurai", "Madurai", mid="R")), when=(2025, 12, 10, 19, 0, 0))
    body = ("Sir,\n\nWe two Inspectors joined CGST Madurai on 28.11.2025. Our SSO ID template is attached\nwith "
            "both service book pages. Please create the SSO IDs.\n\nRegards,\nM K Sundaram\nInspector\n")
    raw = rediff("c7-005d", "M K Sundaram", "mksundaram96@rediffmail.com", "SSO ID creation - 2 Inspectors",
                 "Wed, 10 Dec 2025 19:40:55 +0530", body,
                 [att(t, XLSX, "sso_template.xlsx"),
                  att(sb("M K Sundaram", "02/05/1996", "28/11/2025"), PDF, "Service Book - Sundaram.pdf"),
                  att(sb("Deepa R Iyer", "25/12/1997", "28/11/2025"), PDF, "Service Book - Deepa.pdf")])
    case("creation-officer-rediff-spaced-initials", s, "Rediffmail, two officers: row 4's first name is 'M K' "
         "(initials only); row 5's middle name 'R' is an initial in a column that is not checked", raw,
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "first_name", "initials_in_name")],
             kinds=["service_book", "service_book", "template"]))

    # e. Outlook.com: surname the bare letter 'S'
    date = "Thu, 11 Dec 2025 08:21:37 +0530"
    t = std_xlsx(rows(O("Nithin", "S", "Inspector", "11/03/1998", "01/12/2025", "7025514896", "nithin.s1998@outlook.com",
                        "CGST Thiruvananthapuram", "Kollam")), when=(2025, 12, 11, 8, 0, 0))
    body = ("Sir,\n\nKindly create my SSO ID and ICEGATE e-mail ID. I joined as Inspector in CGST\n"
            "Thiruvananthapuram on 01.12.2025. Template and service book are attached.\n\nNithin S\nInspector\n")
    raw = outlook("c7-005e", "Nithin S", "nithin.s1998@outlook.com", "SSO ID for newly joined Inspector", date, body,
                  [outlook_att(t, XLSX, "SSO_template_Nithin.xlsx", date),
                   outlook_att(sb("Nithin S", "11/03/1998", "01/12/2025"), PDF, "Nithin_service_book.pdf", date)],
                  logo=False, origin="outlookcom")
    case("creation-officer-outlook-com-single-letter-surname", s, "Outlook.com personal mailbox (Outlook client, "
         "CRLF): the last name is the single letter 'S'", raw,
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "last_name", "initials_in_name")],
             kinds=["service_book", "template"]))

    # f. Gmail, full names but an 11-digit mobile  [twist: another error]
    rnd = R("c7-005f-a")
    t = std_xlsx(rows(O("Gaurav", "Chaudhary", "Inspector", "06/06/1997", "02/12/2025", "98971034526",
                        "gaurav.chaudhary0606@gmail.com", "CGST Ghaziabad", "Noida")), when=(2025, 12, 11, 12, 0, 0))
    body = ("Respected Sir,\n\nMy SSO ID has not been created yet though I joined CGST Ghaziabad on 02.12.2025.\n"
            "Please create it. Template and service book page attached.\n\nGaurav Chaudhary\nInspector, CGST Noida "
            "Division\n")
    raw = gmail("c7-005f", "Gaurav Chaudhary", "gaurav.chaudhary0606@gmail.com", "New SSO ID - Gaurav Chaudhary",
                "Thu, 11 Dec 2025 12:45:02 +0530", body,
                [gmail_att(t, XLSX, "SSO Template Gaurav.xlsx", rnd),
                 gmail_att(photo(181), JPG, "Service Book Gaurav.jpeg", rnd)], app=True)
    case("creation-officer-gmail-eleven-digit-mobile", s, "Twist: Inspector's own Gmail (app) with full names, but "
         "the template's mobile has 11 digits", raw,
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "mobile", "invalid_mobile")],
             kinds=["service_book", "template"]))


# ----------------------------------------------------------------- 006: dates in the template

def g006():
    s = "006"
    # a. Thane: 29 Feb of a common year; joining after the mail's date
    t = std_xlsx(rows(O("Aditi", "Joshi", "Inspector", "29/02/1995", "01/12/2025", "9820145563", "aditi.joshi95@gmail.com",
                        "CGST Thane", "Thane"),
                      O("Rohit", "Sawant", "Inspector", "13/07/1996", "15/12/2025", "9167240381", "rohit.sawant13@gmail.com",
                        "CGST Thane", "Bhiwandi"),
                      O("Neelam", "Gupta", "Inspector", "02/11/1998", "01/12/2025", "8369015722", "neelamgupta0211@gmail.com",
                        "CGST Thane", "Thane"),
                      O("Tushar", "More", "Inspector", D(1997, 5, 19), D(2025, 12, 1), "7021846630", "tushar.more97@gmail.com",
                        "CGST Thane", "Kalyan")), when=(2025, 12, 10, 10, 0, 0))
    body = ("Sir,\n\nKindly create SSO IDs for the four Inspectors of CGST Thane Commissionerate listed in\nthe attached "
            "template. Service book copies of all four are attached in one PDF.\n\nRegards,\nSwati Kulkarni\n"
            "Superintendent (Systems) & ACL Admin\nCGST Thane Commissionerate\nEmail: swati.kulkarni@icegate.gov.in\n"
            "Ph: 022-25331940\n")
    raw = zimbra("c7-006a", "ACL Admin CGST Thane", "acladmin.cgst.thane@icegate.gov.in",
                 "Creation of SSO IDs - four Inspectors - CGST Thane", "Wed, 10 Dec 2025 11:36:42 +0530", body,
                 [att(t, XLSX, "SSO template CGST Thane.xlsx"), att(scan_pdf(191, 192, 193, 194), PDF,
                                                                      "Service books - 4 Inspectors.pdf")], cte="7bit")
    case("creation-acl-admin-feb-29-and-future-joining", s, "Thane ACL Admin ID: row 4 DOB 29/02/1995 (no such day), "
         "row 5 DOJ 15/12/2025, after the mail's date (10 Dec 2025); rows 6-7 are valid (text and real dates)", raw,
         exp("generic", "sso_creation", [], [(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date")],
             kinds=["service_book", "template"]))

    # b. ICD Ludhiana, Outlook: 'NA' as a birth date, 'Nov 2025' as a joining date
    date = "Thu, 11 Dec 2025 15:02:18 +0530"
    t = std_xlsx(rows(O("Manpreet", "Gill", "Examiner", "NA", "24-11-2025", "9876012457", "manpreet.gill24@gmail.com",
                        "ICD Ludhiana", "Ludhiana", mid="Kaur"),
                      O("Harshdeep", "Sidhu", "Examiner", "07-07-1996", "Nov 2025", "9914520673", "harshdeep.sidhu@yahoo.com",
                        "ICD Ludhiana", "Ludhiana"),
                      O("Amanjot", "Brar", "Examiner", "18-02-1999", "24-11-2025", "7087123458", "amanjot.brar18@gmail.com",
                        "ICD Ludhiana", "Ludhiana")), when=(2025, 12, 11, 14, 0, 0))
    body = ("Sir/Madam,\n\nThe SSO ID creation template for three Examiners posted to ICD Ludhiana is attached\n"
            "with their service books. Kindly create the IDs.\n\nWarm regards,\nGurpreet Singh Randhawa\n"
            "Appraiser & System Manager, ICD Ludhiana\nMob: 98150 27713\nE-mail: gs.randhawa@icegate.gov.in\n[cid:LOGO]\n")
    raw = outlook("c7-006b", "SYSMGR ICD LUDHIANA", "sysmgr.icdldh@icegate.gov.in", "SSO ID creation - Examiners - ICD Ludhiana",
                  date, body, [outlook_att(t, XLSX, "ICD LDH SSO template.xlsx", date),
                               outlook_att(sb("Manpreet Kaur Gill", "15/01/1997", "24/11/2025"), PDF,
                                           "Service Book Manpreet.pdf", date),
                               outlook_att(sb("Harshdeep Sidhu", "07/07/1996", "24/11/2025"), PDF,
                                           "Service Book Harshdeep.pdf", date),
                               outlook_att(sb("Amanjot Brar", "18/02/1999", "24/11/2025"), PDF,
                                           "Service Book Amanjot.pdf", date)])
    case("creation-sysmgr-na-and-month-year-dates", s, "ICD Ludhiana System Manager ID via Outlook: row 4's DOB is "
         "'NA' and row 5's DOJ 'Nov 2025', neither a date; DD-MM-YYYY text dates elsewhere are valid", raw,
         exp("generic", "sso_creation", [], [(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date")],
             kinds=["other", "service_book", "service_book", "service_book", "template"]))

    # c. Jammu, Thunderbird: joined at 17; 31 November; header on row 1
    t = std_xlsx(rows(O("Arshad", "Mir", "Tax Assistant", "12/03/2008", "01/12/2025", "7006312894", "arshad.mir2008@gmail.com",
                        "CGST Jammu", "Srinagar"),
                      O("Simran", "Kaul", "Inspector", "31/11/1996", "01/12/2025", "9419027736", "simran.kaul96@gmail.com",
                        "CGST Jammu", "Jammu"),
                      O("Vikrant", "Sharma", "Inspector", "09/09/1995", "01/12/2025", "9596310048", "vikrant.sharma.jmu@gmail.com",
                        "CGST Jammu", "Kathua")), titles=(), when=(2025, 12, 12, 9, 0, 0))
    body = ("Sir,\n\nPlease find attached the template for creation of SSO IDs of three officers who joined\nCGST "
            "Jammu on 01.12.2025, with their service book pages.\n\n-- \nThanks & regards\nAnkush Gupta\n"
            "Superintendent (Systems) & ACL Admin, CGST Jammu\nankush.gupta@icegate.gov.in | 0191-2478812\n")
    raw = thunderbird("c7-006c", "ACL Admin Jammu", "acladmin.cgst.jammu@icegate.gov.in", "SSO IDs - CGST Jammu - 3 officers",
                      "Fri, 12 Dec 2025 10:15:40 +0530", body,
                      [att(t, XLSX, "Jammu_SSO.xlsx"), att(scan_pdf(201, 202, 203), PDF, "service_books_jammu.pdf")])
    case("creation-acl-admin-seventeen-year-old-and-nov-31", s, "Jammu ACL Admin ID (Thunderbird, e-mail and number "
         "on one line): header on row 1; row 2 DOB 12/03/2008 with DOJ 01/12/2025 (joined at 17), row 3 DOB "
         "31/11/1996 (no such day)", raw,
         exp("generic", "sso_creation", [], [(2, "date_of_joining", "invalid_date"), (3, "date_of_birth", "invalid_date")],
             kinds=["service_book", "template"]))

    # d. Mixed but valid date forms; one joined on the mail's own date  [twist: acknowledge]
    rnd = R("c7-006d-a")
    t = std_xlsx(rows(O("Kavya", "Nair", "Inspector", D(1998, 10, 2), D(2025, 12, 1), "9746021385", "kavya.nair1998@gmail.com",
                        "CGST Kochi", "Kochi"),
                      O("Rahul", "Varghese", "Inspector", "21-06-1997", "01-12-2025", "8547302961", "rahulvarghese21@gmail.com",
                        "CGST Kochi", "Aluva"),
                      O("Anjali", "Pillai", "Inspector", "30.01.1999", "11.12.2025", "7907413625", "anjali.pillai30@gmail.com",
                        "CGST Kochi", "Ernakulam")), when=(2025, 12, 11, 15, 0, 0))
    body = ("Sir/Madam,\n\nSSO IDs may kindly be created for the three Inspectors in the attached template. Smt.\nAnjali "
            "Pillai joined today (11.12.2025); the other two joined on 01.12.2025. Service\nbook pages attached.\n\n"
            "Regards,\nJoseph Mathew\nSuperintendent & Comm Admin, CGST Kochi\nMob: 9447310286\n"
            "joseph.mathew@icegate.gov.in\n")
    raw = gmail("c7-006d", "Comm Admin CGST Kochi", "comadmin.cgst.kochi@icegate.gov.in", "SSO ID creation - 3 Inspectors",
                "Thu, 11 Dec 2025 16:20:05 +0530", body,
                [gmail_att(t, XLSX, "Kochi SSO template.xlsx", rnd),
                 gmail_att(sb("Kavya Nair", "02/10/1998", "01/12/2025"), PDF, "SB Kavya Nair - service book.pdf", rnd),
                 gmail_att(sb("Rahul Varghese", "21/06/1997", "01/12/2025"), PDF, "SB Rahul - service book.pdf", rnd),
                 gmail_att(sb("Anjali Pillai", "30/01/1999", "11/12/2025"), PDF, "SB Anjali - service book.pdf", rnd)],
                app=True)
    case("creation-comadmin-mixed-valid-dates-joined-today", s, "Twist: Kochi Comm Admin ID (Gmail app); real, "
         "DD-MM-YYYY and DD.MM.YYYY dates, all valid; one officer joined on the mail's own date, which is not after it",
         raw, exp("generic", "sso_creation", kinds=["service_book", "service_book", "service_book", "template"]))

    # e. Vizag sysmgr: US-order birth date and 31 June
    t = std_xlsx(rows(O("Harika", "Reddy", "Inspector", "12/25/1996", "28/11/2025", "9000214736", "harika.reddy96@gmail.com",
                        "Custom House, Visakhapatnam", "Visakhapatnam"),
                      O("Pavan", "Kalyan", "Inspector", "04/04/1997", "31/06/2025", "9849103347", "pavan.kalyan0404@gmail.com",
                        "Custom House, Visakhapatnam", "Gangavaram"),
                      O("Divya", "Sri", "Inspector", "16/08/1998", "28/11/2025", "7396410258", "divyasri.v16@gmail.com",
                        "Custom House, Visakhapatnam", "Visakhapatnam")), when=(2025, 12, 12, 11, 0, 0))
    body = ("Madam,\n\nThe particulars of three Inspectors for creation of SSO IDs are in the attached\nsheet, with "
            "the service book pages.\n\nRegards,\nP. Srinivasa Rao\nSuperintendent (EDI) & System Manager\nCustom "
            "House, Visakhapatnam\nEmail: psrinivasa.rao@icegate.gov.in\nPh: 0891-2562295\n" + DISC_CBIC)
    raw = zimbra("c7-006e", "System Manager Vizag", "sysmgr.vtz1@icegate.gov.in", "SSO ID creation - Inspectors",
                 "Fri, 12 Dec 2025 12:55:31 +0530", body,
                 [att(t, XLSX, "SSO_template_CH_Vizag_Dec.xlsx"),
                  att(sb("Harika Reddy", "25/12/1996", "28/11/2025"), PDF, "Service book - Harika.pdf"),
                  att(sb("Pavan Kalyan", "04/04/1997", "28/11/2025"), PDF, "Service book - Pavan.pdf"),
                  att(sb("Divya Sri", "16/08/1998", "28/11/2025"), PDF, "Service book - Divya.pdf")], cte="qp")
    case("creation-sysmgr-month-first-date-and-june-31", s, "Vizag System Manager ID: row 4 DOB '12/25/1996' "
         "(month-first, no month 25), row 5 DOJ '31/06/2025' (June has 30 days)", raw,
         exp("generic", "sso_creation", [], [(4, "date_of_birth", "invalid_date"), (5, "date_of_joining", "invalid_date")],
             kinds=["service_book", "service_book", "service_book", "template"]))

    # f. Vapi EDI: eighteenth birthday exactly (valid) and one day short of it
    t = std_xlsx(rows(O("Dhruv", "Patel", "Tax Assistant", D(2007, 8, 10), D(2025, 8, 10), "9909124570", "dhruv.patel1008@gmail.com",
                        "CGST Vapi", "Vapi"),
                      O("Krupa", "Desai", "Tax Assistant", D(2007, 8, 11), D(2025, 8, 10), "8160337429", "krupa.desai07@gmail.com",
                        "CGST Vapi", "Valsad")), when=(2025, 12, 12, 14, 0, 0))
    body = ("Sir/Madam,\n\nKindly create SSO IDs for the two Tax Assistants (joined 10.08.2025) named in the\nattached "
            "template. Their service book pages are attached.\n\nRegards,\nMehul Shah\nSuperintendent (EDI), CGST "
            "Vapi\nmehul.shah@icegate.gov.in\nPh: 0260-2432516\n")
    raw = zimbra("c7-006f", "EDI CGST Vapi", "edi.cgst.vapi@icegate.gov.in", "SSO ID for Tax Assistants - CGST Vapi",
                 "Fri, 12 Dec 2025 15:10:27 +0530", body,
                 [att(t, XLSX, "TA_SSO_template.xlsx"),
                  att(sb("Dhruv Patel", "10/08/2007", "10/08/2025"), PDF, "Dhruv Patel service book.pdf"),
                  att(sb("Krupa Desai", "11/08/2007", "10/08/2025"), PDF, "Krupa Desai service book.pdf")], cte="7bit")
    case("creation-edi-eighteenth-birthday-edge", s, "Vapi EDI ID: row 4 joined on the 18th birthday exactly (valid); "
         "row 5 joined one day before turning 18", raw,
         exp("generic", "sso_creation", [], [(5, "date_of_joining", "invalid_date")],
             kinds=["service_book", "service_book", "template"]))



# ----------------------------------------------------------------- 007: red (mandatory) headers and empty cells

def g007():
    s = "007"
    # a. Employee ID made mandatory (red); row 5 leaves it empty; row 6's empty middle name is fine
    t = std_xlsx(rows(O("Rakesh", "Jangid", "Inspector", "04/02/1997", "01/12/2025", "9414203387", "rakesh.jangid97@gmail.com",
                        "CGST Udaipur", "Udaipur", emp="CBIC2025U041", mid="Kumar"),
                      O("Pallavi", "Joshi", "Inspector", "22/10/1998", "01/12/2025", "9529017763", "pallavijoshi22@gmail.com",
                        "CGST Udaipur", "Bhilwara"),
                      O("Yogesh", "Paliwal", "Inspector", "15/03/1996", "01/12/2025", "8302144619", "yogesh.paliwal15@gmail.com",
                        "CGST Udaipur", "Chittorgarh", emp="CBIC2025U043")),
                 colors={"employee_id": RED}, when=(2025, 12, 12, 16, 0, 0))
    body = ("Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the Inspectors named in the attached\n"
            "template (joined 01.12.2025). Their service book pages are attached.\n\nRegards,\nAnil Purohit\n"
            "Assistant Commissioner (Systems)\nCGST Commissionerate, Udaipur\nTel: 0294-2413780\n")
    raw = zimbra("c7-007a", "Anil Purohit", "anil.purohit@icegate.gov.in", "SSO ID creation - CGST Udaipur",
                 "Fri, 12 Dec 2025 17:05:11 +0530", body,
                 [att(t, XLSX, "Udaipur SSO template.xlsx"),
                  att(scan_pdf(211, 212, 213), PDF, "Service Book pages - Udaipur.pdf")], cte="7bit")
    case("creation-ac-red-employee-id-left-empty", s, "Assistant Commissioner's ICEGATE ID; this template has "
         "'Employee ID' in red too; row 5 has no employee ID (red), row 5 and 6 no middle name (black, fine)", raw,
         exp("icegate", "sso_creation", [], [(5, "employee_id", "missing_mandatory")], kinds=["service_book", "template"]))

    # b. default red columns; row 4 has no mobile; empty Location (black) is fine
    t = std_xlsx(rows(O("Sourav", "Dey", "Inspector", "19/12/1997", "02/12/2025", "", "sourav.dey1912@gmail.com",
                        "CGST Kolkata North"),
                      O("Moumita", "Paul", "Inspector", "08/06/1998", "02/12/2025", "9830412276", "moumita.paul08@gmail.com",
                        "CGST Kolkata North")), when=(2025, 12, 13, 10, 0, 0))
    body = ("Sir,\n\nPlease create SSO IDs of two Inspectors of CGST Kolkata North Commissionerate who\njoined on "
            "02.12.2025. The template and the service book pages are attached.\n\n-- \nTanmoy Banerjee\n"
            "Superintendent (Systems)\nCGST Kolkata North Commissionerate\nPh: 033-22620517\n")
    raw = thunderbird("c7-007b", "Tanmoy Banerjee", "tanmoy.banerjee@icegate.gov.in", "SSO ID creation - Kolkata North",
                      "Sat, 13 Dec 2025 11:10:48 +0530", body,
                      [att(t, XLSX, "SSO_KolkataNorth.xlsx"),
                       att(sb("Sourav Dey", "19/12/1997", "02/12/2025"), PDF, "Service_book_Sourav_Dey.pdf"),
                       att(sb("Moumita Paul", "08/06/1998", "02/12/2025"), PDF, "Service_book_Moumita_Paul.pdf")])
    case("creation-supdt-empty-mobile-location-blank", s, "Superintendent's ICEGATE ID (Thunderbird); row 4 has no "
         "mobile (red); neither row gives a Location (black, not mandatory)", raw,
         exp("icegate", "sso_creation", [], [(4, "mobile", "missing_mandatory")],
             kinds=["service_book", "service_book", "template"]))

    # c. 'Location' red and filled everywhere  [twist: clean]
    t = std_xlsx(rows(O("Akash", "Rajput", "Inspector", "27/02/1998", "01/12/2025", "9826013548", "akash.rajput27@gmail.com",
                        "CGST Indore", "Indore"),
                      O("Neha", "Jain", "Inspector", "09/09/1997", "01/12/2025", "7987215036", "nehajain0909@gmail.com",
                        "CGST Indore", "Dewas")), colors={"location": RED}, when=(2025, 12, 13, 12, 0, 0))
    body = ("Sir/Madam,\n\nSSO IDs may please be created for the two Inspectors in the attached template. In our\n"
            "format the Location column is also mandatory and has been filled. Service book\ncopies are attached.\n\n"
            "Regards,\nRachna Tiwari\nDeputy Commissioner (Systems), CGST Indore\nPh: 0731-2554218\n")
    raw = zimbra("c7-007c", "Rachna Tiwari", "rachna.tiwari@icegate.gov.in", "Creation of SSO ID - CGST Indore",
                 "Sat, 13 Dec 2025 12:40:00 +0530", body,
                 [att(t, XLSX, "SSO ID creation - CGST Indore.xlsx"),
                  att(sb("Akash Rajput", "27/02/1998", "01/12/2025"), PDF, "Service Book - Akash Rajput.pdf"),
                  att(sb("Neha Jain", "09/09/1997", "01/12/2025"), PDF, "Service Book - Neha Jain.pdf")], cte="7bit")
    case("creation-dc-red-location-all-filled", s, "Twist: a template with 'Location' in red as well, and every red "
         "cell filled", raw, exp("icegate", "sso_creation", kinds=["service_book", "service_book", "template"]))

    # d. dark red counts as red, pink does not
    cols = {"designation": "FFC00000", "alt_email": "FFFF6666"}
    t = std_xlsx(rows(O("Sandeep", "Rana", "Inspector", "03/01/1997", "03/12/2025", "9418025574", "sandeep.rana0301@gmail.com",
                        "", "Shimla"),
                      O("Ritu", "Thakur", "Inspector", "14/04/1999", "03/12/2025", "8219044367", "",
                        "CGST Shimla", "Solan"),
                      O("Ankush", "Verma", "", "28/07/1996", "03/12/2025", "9816310025", "ankush.verma28@gmail.com",
                        "CGST Shimla", "Mandi")), colors=cols, when=(2025, 12, 15, 9, 0, 0))
    body = ("Sir/Madam,\n\nThe SSO ID creation template of three Inspectors who joined CGST Shimla on 03.12.2025\nis "
            "attached with their service book pages. Kindly create the IDs.\n\nRegards,\nVikas Negi\nSuperintendent "
            "(Systems), CGST Commissionerate, Shimla\nTel: 0177-2627450\n")
    raw = zimbra("c7-007d", "Vikas Negi", "vikas.negi@icegate.gov.in", "SSO ID creation - 3 Inspectors - Shimla",
                 "Mon, 15 Dec 2025 10:08:19 +0530", body,
                 [att(t, XLSX, "Shimla_SSO_template.xlsx"),
                  att(sb("Sandeep Rana", "03/01/1997", "03/12/2025"), PDF, "Service Book Sandeep.pdf"),
                  att(scan_pdf(221, 222), PDF, "Service Book Ritu and Ankush.pdf")], cte="7bit")
    case("creation-supdt-dark-red-and-pink-headers", s, "'Designation' header in dark red (C00000, red by the rule) "
         "and 'Alternate Email ID' in pink (FF6666, green above 0x60: not red); row 4 no office (red), row 5 no "
         "alternate e-mail (not mandatory here), row 6 no designation", raw,
         exp("icegate", "sso_creation", [], [(4, "office", "missing_mandatory"), (6, "designation", "missing_mandatory")],
             kinds=["service_book", "service_book", "template"]))

    # e. all headers black: the default mandatory columns apply  [twist]
    t = std_xlsx(rows(O("Farhan", "Ansari", "Inspector", "10/05/1997", "01/12/2025", "9336120478", "farhan.ansari10@gmail.com",
                        "CGST Kanpur"),
                      O("Shweta", "Mishra", "Inspector", "23/03/1998", "01/12/2025", "7307215549", "",
                        "CGST Kanpur", "Unnao")), all_black=True, when=(2025, 12, 15, 11, 0, 0))
    date = "Mon, 15 Dec 2025 12:14:51 +0530"
    body = ("Sir,\n\nPlease create SSO IDs for the Inspectors listed in the attached sheet. Service book\npages are "
            "attached.\n\nRegards,\nManoj Kumar Awasthi\nAssistant Commissioner (Systems), CGST Kanpur\n"
            "Tel: 0512-2304416\n[cid:LOGO]\n")
    raw = outlook("c7-007e", "Manoj Kumar Awasthi", "mk.awasthi@icegate.gov.in", "SSO ID - CGST Kanpur - Inspectors", date,
                  body, [outlook_att(t, XLSX, "Kanpur SSO sheet.xlsx", date),
                         outlook_att(sb("Farhan Ansari", "10/05/1997", "01/12/2025"), PDF, "Farhan service book.pdf", date),
                         outlook_att(sb("Shweta Mishra", "23/03/1998", "01/12/2025"), PDF, "Shweta service book.pdf", date)])
    case("creation-ac-black-headers-defaults-apply", s, "Twist: every header is black, so the default mandatory "
         "columns apply: row 4's empty Location is fine, row 5's empty alternate e-mail is not", raw,
         exp("icegate", "sso_creation", [], [(5, "alt_email", "missing_mandatory")],
             kinds=["other", "service_book", "service_book", "template"]))

    # f. a trailing row holding only a serial number is a data row
    t = std_xlsx(rows(O("Kiran", "Jadhav", "Inspector", "17/11/1997", "01/12/2025", "9850214736", "kiran.jadhav17@gmail.com",
                        "CGST Pune-II", "Pimpri"),
                      O("Snehal", "Bhosale", "Inspector", "05/05/1998", "01/12/2025", "8007126354", "snehal.bhosale05@gmail.com",
                        "CGST Pune-II", "Pune"),
                      [3, "", "", "", "", "", "", "", "", "", "", ""]), when=(2025, 12, 15, 13, 0, 0))
    body = ("Sir/Madam,\n\nKindly create SSO IDs for the newly joined Inspectors of CGST Pune-II as per the\nattached "
            "template. Service book copies attached.\n\nRegards,\nRajendra Gokhale\nSuperintendent (Systems)\nCGST "
            "Pune-II Commissionerate\nPh: 020-26121870\n")
    raw = zimbra("c7-007f", "Rajendra Gokhale", "rajendra.gokhale@icegate.gov.in", "SSO IDs - CGST Pune-II",
                 "Mon, 15 Dec 2025 14:30:06 +0530", body,
                 [att(t, XLSX, "PuneII_SSO_template.xlsx"),
                  att(sb("Kiran Jadhav", "17/11/1997", "01/12/2025"), PDF, "Service Book Kiran.pdf"),
                  att(sb("Snehal Bhosale", "05/05/1998", "01/12/2025"), PDF, "Service Book Snehal.pdf")], cte="7bit")
    mand = ["first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile", "alt_email", "office"]
    case("creation-supdt-serial-only-trailing-row", s, "Superintendent's ICEGATE ID: the template's last row holds "
         "only the serial number 3, so it is a data row with every mandatory (red) cell empty", raw,
         exp("icegate", "sso_creation", [], [(6, k, "missing_mandatory") for k in mand],
             kinds=["service_book", "service_book", "template"]))



# ----------------------------------------------------------------- 008: mobiles and e-mail IDs in the template

def g008():
    s = "008"
    # a. starts with 1; nine digits; double '@'; no '@'
    t = std_xlsx(rows(O("Bhavesh", "Thakkar", "Inspector", "12/01/1997", "01/12/2025", "1234567890", "bhavesh.thakkar12@gmail.com",
                        "Custom House, Kandla", "Gandhidham"),
                      O("Rinkal", "Modi", "Inspector", "29/05/1998", "01/12/2025", "987654321", "rinkal.modi29@gmail.com",
                        "Custom House, Kandla", "Gandhidham"),
                      O("Paras", "Joshi", "Inspector", "07/10/1996", "01/12/2025", "9724015563", "paras.joshi@@gmail.com",
                        "Custom House, Kandla", "Kandla"),
                      O("Foram", "Vyas", "Inspector", "18/08/1999", "01/12/2025", "8238016647", "foramvyas.gmail.com",
                        "Custom House, Kandla", "Kandla")), when=(2025, 12, 15, 16, 0, 0))
    body = ("Sir/Madam,\n\nThe template for creation of SSO IDs of four Inspectors of Custom House, Kandla and\n"
            "their service book pages are attached.\n\nRegards,\nKetan Mehta\nSuperintendent (EDI)\nCustom House, "
            "Kandla\nEmail: ketan.mehta@icegate.gov.in\nPh: 02836-271502\n")
    raw = zimbra("c7-008a", "EDI Section CH Kandla", "edisection.kandla@icegate.gov.in",
                 "SSO IDs - 4 Inspectors - Custom House Kandla", "Mon, 15 Dec 2025 17:20:44 +0530", body,
                 [att(t, XLSX, "Kandla_SSO_Dec2025.xlsx"), att(scan_pdf(231, 232, 233, 234), PDF,
                                                                 "Service Book scans.pdf")], cte="7bit")
    case("creation-edi-mobile-starting-1-nine-digits-bad-emails", s, "Kandla EDI ID: row 4 mobile starts with 1, row 5 "
         "has 9 digits, row 6's alternate e-mail has a double '@', row 7's has no '@'", raw,
         exp("generic", "sso_creation", [], [(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                            (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
             kinds=["service_book", "template"]))

    # b. numeric cell, +91 and 0 prefixes are fine; an 11-digit number without prefix is not
    date = "Tue, 16 Dec 2025 10:40:12 +0530"
    t = std_xlsx(rows(O("Omprakash", "Sahu", "Inspector", "01/07/1996", "01/12/2025", 9876501234, "omprakash.sahu96@gmail.com",
                        "CGST Bhubaneswar", "Cuttack"),
                      O("Lipsa", "Pattnaik", "Inspector", "22/02/1998", "01/12/2025", "+919812300456", "lipsa.pattnaik22@gmail.com",
                        "CGST Bhubaneswar", "Bhubaneswar"),
                      O("Soumya", "Ranjan", "Inspector", "11/11/1997", "01/12/2025", "09812300789", "soumya.ranjan1111@gmail.com",
                        "CGST Bhubaneswar", "Puri"),
                      O("Abhilash", "Nayak", "Inspector", "30/04/1999", "01/12/2025", "98123004561", "abhilash.nayak30@gmail.com",
                        "CGST Bhubaneswar", "Berhampur")), when=(2025, 12, 16, 9, 0, 0))
    body = ("Dear Sir,\n\nPlease create SSO IDs for four Inspectors of CGST Bhubaneswar as per the attached\ntemplate. "
            "Service books attached.\n\nThanks & Regards\nSubrat Kumar Mohapatra\nSuperintendent (Systems) & System "
            "Manager\nCGST Bhubaneswar\nMob: 9437102256\nsubrat.mohapatra@icegate.gov.in\n[cid:LOGO]\n")
    raw = outlook("c7-008b", "SYSMGR CGST BBSR", "sysmgr.cgst.bbsr@icegate.gov.in", "SSO ID creation - CGST Bhubaneswar",
                  date, body, [outlook_att(t, XLSX, "BBSR SSO template.xlsx", date),
                               outlook_att(scan_pdf(241, 242, 243, 244), PDF, "Service Books 4 Inspectors.pdf", date)])
    case("creation-sysmgr-mobile-prefixes-and-eleven-digits", s, "Bhubaneswar System Manager ID via Outlook: a "
         "numeric mobile cell, '+91' and '0' prefixed mobiles are valid; row 7's 11 digits without a prefix are not",
         raw, exp("generic", "sso_creation", [], [(7, "mobile", "invalid_mobile")],
                  kinds=["other", "service_book", "template"]))

    # c. every mobile and e-mail valid in several forms  [twist: acknowledge]
    rnd = R("c7-008c-a")
    t = std_xlsx(rows(O("Tenzin", "Bhutia", "Inspector", "08/08/1997", "02/12/2025", "+917001245368", "tenzin.bhutia08@gmail.com",
                        "CGST Siliguri", "Gangtok"),
                      O("Priyanka", "Rai", "Inspector", "19/03/1998", "02/12/2025", "08918273645", "priyanka.rai19@yahoo.co.in",
                        "CGST Siliguri", "Darjeeling"),
                      O("Sanjib", "Barman", "Inspector", "02/12/1996", "02/12/2025", 6297014253, "sanjib_barman96@rediffmail.com",
                        "CGST Siliguri", "Siliguri")), when=(2025, 12, 16, 12, 0, 0))
    body = ("Sir,\n\nKindly create SSO IDs and ICEGATE mail IDs for three Inspectors as per the attached\ntemplate. The "
            "service book first pages are attached.\n\nRegards,\nPemba Lepcha\nAppraiser & System Manager\nCustoms "
            "Division, Siliguri\nMobile: 9733014825\nEmail: pemba.lepcha@icegate.gov.in\n")
    raw = gmail("c7-008c", "Sysmgr Siliguri", "sysmgr.siliguri@icegate.gov.in", "SSO ID creation - Siliguri",
                "Tue, 16 Dec 2025 13:05:29 +0530", body,
                [gmail_att(t, XLSX, "Siliguri_SSO.xlsx", rnd),
                 gmail_att(sb("Tenzin Bhutia", "08/08/1997", "02/12/2025"), PDF, "Tenzin service book.pdf", rnd),
                 gmail_att(sb("Priyanka Rai", "19/03/1998", "02/12/2025"), PDF, "Priyanka service book.pdf", rnd),
                 gmail_att(sb("Sanjib Barman", "02/12/1996", "02/12/2025"), PDF, "Sanjib service book.pdf", rnd)])
    case("creation-sysmgr-all-mobiles-and-emails-valid", s, "Twist: Siliguri System Manager ID (Gmail web); '+91', "
         "'0' prefixed and numeric mobiles and Gmail, Yahoo and Rediffmail addresses, all valid", raw,
         exp("generic", "sso_creation", kinds=["service_book", "service_book", "service_book", "template"]))

    # d. comma for a dot; all zeros; starts with 5
    t = std_xlsx(rows(O("Neha", "Sharma", "Inspector", "15/06/1997", "01/12/2025", "9818204736", "neha.sharma15@gmail,com",
                        "CGST Delhi East", "Laxmi Nagar"),
                      O("Ajay", "Tomar", "Inspector", "21/09/1996", "01/12/2025", "0000000000", "ajay.tomar21@gmail.com",
                        "CGST Delhi East", "Shahdara"),
                      O("Pooja", "Rawat", "Inspector", "03/03/1998", "01/12/2025", "5987654321", "pooja.rawat0303@gmail.com",
                        "CGST Delhi East", "Preet Vihar")), when=(2025, 12, 16, 15, 0, 0))
    body = ("Sir/Madam,\n\nRequest for creation of SSO IDs in respect of three Inspectors of CGST Delhi East. The\n"
            "template and service book copies are attached.\n\nRegards,\nSachin Bansal\nSuperintendent (Systems) & ACL "
            "Admin\nCGST Delhi East Commissionerate\nEmail: sachin.bansal@icegate.gov.in\nTel: 011-22374519\n")
    raw = zimbra("c7-008d", "ACL ADMIN DELHI EAST", "acladmin.delhieast@icegate.gov.in", "SSO IDs - CGST Delhi East",
                 "Tue, 16 Dec 2025 16:18:50 +0530", body,
                 [att(t, XLSX, "DelhiEast_SSO.xlsx"),
                  att(sb("Neha Sharma", "15/06/1997", "01/12/2025"), PDF, "Service Book Neha Sharma.pdf"),
                  att(sb("Ajay Tomar", "21/09/1996", "01/12/2025"), PDF, "Service Book Ajay Tomar.pdf"),
                  att(sb("Pooja Rawat", "03/03/1998", "01/12/2025"), PDF, "Service Book Pooja Rawat.pdf")], cte="7bit")
    case("creation-acl-admin-comma-email-zero-and-five-mobiles", s, "Delhi East ACL Admin ID: row 4's e-mail has "
         "a comma for the dot, row 5's mobile is all zeros, row 6's starts with 5", raw,
         exp("generic", "sso_creation", [], [(4, "alt_email", "invalid_email"), (5, "mobile", "invalid_mobile"),
                                            (6, "mobile", "invalid_mobile")],
             kinds=["service_book", "service_book", "service_book", "template"]))

    # e. an e-mail with a space in it, and the signature's e-mail is the mailbox itself  [twist: signature_email]
    t = std_xlsx(rows(O("Anil", "Kumar", "Inspector", "09/12/1996", "03/12/2025", "9550127764", "anil kumar96@yahoo.com",
                        "CGST Secunderabad", "Secunderabad"),
                      O("Swathi", "Goud", "Inspector", "26/01/1998", "03/12/2025", "7416203358", "swathi.goud26@gmail.com",
                        "CGST Secunderabad", "Medchal")), when=(2025, 12, 17, 9, 0, 0))
    body = ("Sir,\n\nSSO IDs may be created for the two Inspectors of CGST Secunderabad in the attached\nsheet. Service "
            "books attached.\n\nRegards,\nM. Venkatesh\nSuperintendent (EDI), CGST Secunderabad\n"
            "edi.secunderabad@icegate.gov.in\nPh: 040-27853041\n")
    raw = zimbra("c7-008e", "EDI CGST Secunderabad", "edi.secunderabad@icegate.gov.in", "SSO ID - 2 Inspectors",
                 "Wed, 17 Dec 2025 10:02:16 +0530", body,
                 [att(t, XLSX, "Secunderabad_template.xlsx"),
                  att(photo(251), JPG, "Service book Anil Kumar.jpg"), att(photo(252), JPG, "Service book Swathi.jpg")],
                 cte="7bit")
    case("creation-edi-space-in-email-signature-mailbox-email", s, "Twist: Secunderabad EDI ID; row 4's alternate "
         "e-mail has a space in it, and the signature's only e-mail is the EDI mailbox itself", raw,
         exp("generic", "sso_creation", ["signature_email"], [(4, "alt_email", "invalid_email")],
             kinds=["service_book", "service_book", "template"]))

    # f. a web address for an e-mail; 'N/A' for a mobile
    t = std_xlsx(rows(O("Amit", "Kumar", "Examiner", "13/05/1995", "01/12/2025", "9431207758", "www.amitkumar.com",
                        "Custom House, Kolkata", "Kolkata"),
                      O("Rimpa", "Dutta", "Examiner", "24/11/1998", "01/12/2025", "N/A", "rimpa.dutta24@gmail.com",
                        "Custom House, Kolkata", "Haldia")), titles=(), when=(2025, 12, 17, 11, 0, 0))
    body = ("Sir/Madam,\n\nThe template of two Examiners for creation of SSO IDs is attached along with the\nservice "
            "book first pages. Smt. Rimpa Dutta's mobile number will be intimated later.\n\n-- \nRegards,\n"
            "Sudipta Sen\nAppraiser (EDI) & System Manager\nCustom House, Kolkata\nsudipta.sen@icegate.gov.in\n"
            "033-22306148\n")
    raw = thunderbird("c7-008f", "SYSMGR Kolkata Customs", "sysmgr.kolport@icegate.gov.in", "SSO ID - Examiners - CH Kolkata",
                      "Wed, 17 Dec 2025 12:27:33 +0530", body,
                      [att(t, XLSX, "CH Kolkata Examiners.xlsx"),
                       att(sb("Amit Kumar", "13/05/1995", "01/12/2025"), PDF, "Service Book Amit.pdf"),
                       att(sb("Rimpa Dutta", "24/11/1998", "01/12/2025"), PDF, "Service Book Rimpa.pdf")])
    case("creation-sysmgr-web-address-and-na-mobile", s, "Kolkata Custom House System Manager ID (Thunderbird), header "
         "on row 1: row 2's alternate e-mail is a web address, row 3's mobile is 'N/A'", raw,
         exp("generic", "sso_creation", [], [(2, "alt_email", "invalid_email"), (3, "mobile", "invalid_mobile")],
             kinds=["service_book", "service_book", "template"]))


# ----------------------------------------------------------------- 009: office and ICEGATE addresses as alternate e-mail

def g009():
    s = "009"
    # a. a Range office's Gmail and an ICEGATE address
    t = std_xlsx(rows(O("Aman", "Saxena", "Inspector", "04/04/1998", "01/12/2025", "9557104832", "cgst.range2.agra@gmail.com",
                        "CGST Agra", "Agra"),
                      O("Ranjit", "Das", "Inspector", "19/07/1996", "01/12/2025", "8755013926", "ranjit.das@icegate.gov.in",
                        "CGST Agra", "Mathura"),
                      O("Komal", "Agarwal", "Inspector", "28/10/1997", "01/12/2025", "7017254418", "komal.agarwal28@gmail.com",
                        "CGST Agra", "Agra")), when=(2025, 12, 17, 14, 0, 0))
    body = ("Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs of three Inspectors of CGST Agra in the\nattached "
            "template. Their service books are attached.\n\nRegards,\nPrashant Goyal\nAssistant Commissioner "
            "(Systems), CGST Agra\nPh: 0562-2526318\n")
    raw = zimbra("c7-009a", "Prashant Goyal", "prashant.goyal@icegate.gov.in", "SSO ID creation - CGST Agra - 3 Inspectors",
                 "Wed, 17 Dec 2025 15:44:20 +0530", body,
                 [att(t, XLSX, "Agra_SSO_template.xlsx"),
                  att(sb("Aman Saxena", "04/04/1998", "01/12/2025"), PDF, "Service Book - Aman Saxena.pdf"),
                  att(sb("Ranjit Das", "19/07/1996", "01/12/2025"), PDF, "Service Book - Ranjit Das.pdf"),
                  att(sb("Komal Agarwal", "28/10/1997", "01/12/2025"), PDF, "Service Book - Komal Agarwal.pdf")], cte="7bit")
    case("creation-ac-range-gmail-and-icegate-alt-emails", s, "Assistant Commissioner's ICEGATE ID; row 4's alternate "
         "e-mail is a Range office Gmail, row 5's an icegate.gov.in address", raw,
         exp("icegate", "sso_creation", [], [(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")],
             kinds=["service_book", "service_book", "service_book", "template"]))

    # b. the System Manager's mailbox given as an officer's alternate e-mail
    t = std_xlsx(rows(O("Sagar", "Pawar", "Inspector", "12/06/1997", "01/12/2025", "9021457736", "sysmgr.nashik@icegate.gov.in",
                        "CGST Nashik", "Nashik"),
                      O("Mrunal", "Deshpande", "Inspector", "01/01/1999", "01/12/2025", "8459102267", "mrunal.deshpande01@gmail.com",
                        "CGST Nashik", "Malegaon")), when=(2025, 12, 18, 9, 0, 0))
    body = ("Sir,\n\nPlease create SSO IDs for the two Inspectors in the attached template. For Shri Sagar\nPawar, who "
            "has no personal e-mail yet, the office mailbox has been given. Service book\npages attached.\n\n"
            "Regards,\nSupriya Kale\nSuperintendent (Systems), CGST Nashik\nTel: 0253-2573140\n")
    raw = thunderbird("c7-009b", "Supriya Kale", "supriya.kale@icegate.gov.in", "SSO ID creation - CGST Nashik",
                      "Thu, 18 Dec 2025 10:11:57 +0530", body,
                      [att(t, XLSX, "Nashik SSO.xlsx"),
                       att(sb("Sagar Pawar", "12/06/1997", "01/12/2025"), PDF, "Service book Sagar.pdf"),
                       att(sb("Mrunal Deshpande", "01/01/1999", "01/12/2025"), PDF, "Service book Mrunal.pdf")])
    case("creation-supdt-sysmgr-mailbox-as-alt-email", s, "Superintendent's ICEGATE ID (Thunderbird): row 4's "
         "alternate e-mail is the System Manager's ICEGATE mailbox", raw,
         exp("icegate", "sso_creation", [], [(4, "alt_email", "generic_alt_email")],
             kinds=["service_book", "service_book", "template"]))

    # c. personal addresses on several providers  [twist: clean]
    date = "Thu, 18 Dec 2025 11:30:02 +0530"
    t = std_xlsx(rows(O("Bhargav", "Joshi", "Inspector", "20/02/1997", "02/12/2025", "9099213345", "bhargav.joshi20@outlook.com",
                        "CGST Rajkot", "Rajkot"),
                      O("Khushi", "Parekh", "Inspector", "14/12/1998", "02/12/2025", "7046118823", "khushiparekh14@rediffmail.com",
                        "CGST Rajkot", "Morbi"),
                      O("Jay", "Dave", "Inspector", "05/05/1996", "02/12/2025", "9428731106", "jaydave.96@yahoo.co.in",
                        "CGST Rajkot", "Jamnagar")), when=(2025, 12, 18, 10, 0, 0))
    body = ("Sir/Madam,\n\nSSO IDs for three Inspectors of CGST Rajkot may please be created; the template and the\n"
            "service book pages are attached.\n\nRegards,\nHitesh Kotak\nAssistant Commissioner (Systems), CGST Rajkot\n"
            "Ph: 0281-2443917\n[cid:LOGO]\n")
    raw = outlook("c7-009c", "Hitesh Kotak", "hitesh.kotak@icegate.gov.in", "SSO ID creation - CGST Rajkot", date, body,
                  [outlook_att(t, XLSX, "Rajkot SSO template.xlsx", date),
                   outlook_att(sb("Bhargav Joshi", "20/02/1997", "02/12/2025"), PDF, "SB Bhargav - Service Book.pdf", date),
                   outlook_att(sb("Khushi Parekh", "14/12/1998", "02/12/2025"), PDF, "SB Khushi - Service Book.pdf", date),
                   outlook_att(sb("Jay Dave", "05/05/1996", "02/12/2025"), PDF, "SB Jay - Service Book.pdf", date)])
    case("creation-ac-personal-alt-emails-clean", s, "Twist: Assistant Commissioner's ICEGATE ID via Outlook; every "
         "alternate e-mail is a personal one (Outlook.com, Rediffmail, Yahoo)", raw,
         exp("icegate", "sso_creation", kinds=["other", "service_book", "service_book", "service_book", "template"]))

    # d. the sender's own ICEGATE ID and a Division office Gmail
    t = std_xlsx(rows(O("Dhaval", "Mistry", "Inspector", "17/09/1997", "01/12/2025", "9879014452", "priyanka.mehta@icegate.gov.in",
                        "CGST Surat", "Surat"),
                      O("Riddhi", "Gandhi", "Inspector", "08/03/1999", "01/12/2025", "8866120357", "divisionoffice.surat@gmail.com",
                        "CGST Surat", "Bardoli"),
                      O("Kunal", "Chauhan", "Inspector", "29/06/1996", "01/12/2025", "9737216604", "kunal.chauhan29@gmail.com",
                        "CGST Surat", "Surat")), when=(2025, 12, 18, 14, 0, 0))
    body = ("Sir/Madam,\n\nCreation of SSO IDs is requested for three Inspectors who joined CGST Surat on\n01.12.2025. "
            "Template and service books attached.\n\nRegards,\nPriyanka Mehta\nSuperintendent (Systems)\nCGST "
            "Commissionerate, Surat\nPh: 0261-2470315\n")
    raw = zimbra("c7-009d", "Priyanka Mehta", "priyanka.mehta@icegate.gov.in", "SSO ID creation - 3 Inspectors - CGST Surat",
                 "Thu, 18 Dec 2025 15:03:38 +0530", body,
                 [att(t, XLSX, "Surat SSO.xlsx"), att(scan_pdf(261, 262, 263), PDF, "Service Book - 3 Inspectors.pdf")],
                 cte="7bit")
    case("creation-supdt-own-icegate-and-division-gmail-alt", s, "Superintendent's ICEGATE ID: row 4's alternate "
         "e-mail is her own ICEGATE ID, row 5's a Division office Gmail", raw,
         exp("icegate", "sso_creation", [], [(4, "alt_email", "generic_alt_email"), (5, "alt_email", "generic_alt_email")],
             kinds=["service_book", "template"]))

    # e. an office Gmail in capitals
    t = std_xlsx(rows(O("Rupali", "Wagh", "Inspector", "10/10/1998", "01/12/2025", "9422103358", "ADMINSECTION.CGSTNAGPUR@GMAIL.COM",
                        "CGST Nagpur-II", "Nagpur"),
                      O("Nikhil", "Bawankar", "Inspector", "02/02/1997", "01/12/2025", "7720014456", "nikhil.bawankar02@gmail.com",
                        "CGST Nagpur-II", "Wardha")), when=(2025, 12, 19, 9, 0, 0))
    rnd = R("c7-009e-a")
    body = ("Respected Sir/Madam,\n\nPlease create the SSO IDs of two Inspectors of CGST Nagpur-II Commissionerate in "
            "the\nattached template. Service book scans attached.\n\nRegards,\nShrikant Dhote\nDeputy Commissioner "
            "(Systems)\nCGST Nagpur-II\nMob: 9422811046\n")
    raw = gmail("c7-009e", "Shrikant Dhote", "shrikant.dhote@icegate.gov.in", "SSO ID creation request - Nagpur-II",
                "Fri, 19 Dec 2025 10:21:45 +0530", body,
                [gmail_att(t, XLSX, "NagpurII_SSO.xlsx", rnd),
                 gmail_att(photo(271), JPG, "Service Book Rupali.jpg", rnd),
                 gmail_att(photo(272), JPG, "Service Book Nikhil.jpg", rnd)], app=True)
    case("creation-dc-office-gmail-in-capitals", s, "Deputy Commissioner's ICEGATE ID via the Gmail app: row 4's "
         "alternate e-mail is an Admin Section office Gmail written in capitals", raw,
         exp("icegate", "sso_creation", [], [(4, "alt_email", "generic_alt_email")],
             kinds=["service_book", "service_book", "template"]))

    # f. a repeated personal e-mail and a Range office Gmail  [twist: a duplicate, not a generic address]
    t = std_xlsx(rows(O("Lokesh", "Meena", "Inspector", "15/01/1997", "01/12/2025", "9460214437", "lokesh.meena15@gmail.com",
                        "CGST Kota", "Kota"),
                      O("Mamta", "Meena", "Inspector", "21/08/1998", "01/12/2025", "8003125569", "lokesh.meena15@gmail.com",
                        "CGST Kota", "Bundi"),
                      O("Harish", "Nagar", "Inspector", "06/06/1996", "01/12/2025", "9928103374", "range5.cgst.kota@gmail.com",
                        "CGST Kota", "Baran")), when=(2025, 12, 19, 11, 0, 0))
    body = ("Sir,\n\nKindly create SSO IDs for three Inspectors of CGST Kota as per the attached template and\nservice "
            "book copies.\n\nRegards,\nDinesh Sharma\nSuperintendent (Systems), CGST Kota\nTel: 0744-2390512\n")
    raw = zimbra("c7-009f", "Dinesh Sharma", "dinesh.sharma9@icegate.gov.in", "SSO IDs - CGST Kota",
                 "Fri, 19 Dec 2025 12:16:09 +0530", body,
                 [att(t, XLSX, "Kota SSO template.xlsx"), att(scan_pdf(281, 282, 283), PDF, "Kota service books.pdf")],
                 cte="7bit")
    case("creation-supdt-repeated-personal-email-and-range-gmail", s, "Twist: row 5 repeats row 4's personal Gmail "
         "(a duplicate, not a generic address); row 6 gives a Range office Gmail", raw,
         exp("icegate", "sso_creation", [], [(5, "alt_email", "duplicate_alt_email"), (6, "alt_email", "generic_alt_email")],
             kinds=["service_book", "template"]))



# ----------------------------------------------------------------- 010: re-typed templates, repeats

def g010():
    s = "010"
    up = ["SL NO", "FIRST NAME", "MIDDLE NAME", "LAST NAME", "DESIGNATION", "DATE OF BIRTH (DD/MM/YYYY)",
          "DATE OF JOINING CBIC (DD/MM/YYYY)", "MOBILE NO.", "ALTERNATE EMAIL ID", "COMMISSIONERATE/OFFICE", "LOCATION",
          "EMPLOYEE ID"]
    up[0] = "S.No."
    # a. capitals, all black; repeated mobile, empty designation, repeated e-mail
    t = std_xlsx(rows(O("Vikas", "Yadav", "Examiner", "12/04/1996", "01/12/2025", "9891203348", "vikas.yadav12@gmail.com",
                        "ICD Garhi Harsaru", "Gurugram"),
                      O("Megha", "Arora", "Examiner", "08/08/1998", "01/12/2025", "9891203348", "megha.arora08@gmail.com",
                        "ICD Garhi Harsaru", "Gurugram"),
                      O("Nitin", "Dahiya", "", "30/01/1997", "01/12/2025", "8920147765", "nitin.dahiya30@gmail.com",
                        "ICD Garhi Harsaru", "Gurugram"),
                      O("Sakshi", "Malik", "Examiner", "17/05/1999", "01/12/2025", "7838015526", "vikas.yadav12@gmail.com",
                        "ICD Garhi Harsaru", "Gurugram")),
                 titles=("ICD GARHI HARSARU - NEW EXAMINERS - SSO ID",), headers=up, all_black=True, sheet="Sheet1",
                 when=(2025, 12, 19, 15, 0, 0))
    body = ("Sir/Madam,\n\nThe details of four Examiners of ICD Garhi Harsaru for SSO ID creation are in the\nattached "
            "sheet along with their service book pages.\n\nRegards,\nDeepak Hooda\nAppraiser & Alternate System "
            "Manager\nICD Garhi Harsaru, Gurugram\nEmail: deepak.hooda@icegate.gov.in\nTel: 0124-2230418\n")
    raw = zimbra("c7-010a", "ASM ICD GRFL", "asm.icdghr@icegate.gov.in", "SSO IDs - Examiners - ICD Garhi Harsaru",
                 "Fri, 19 Dec 2025 16:02:51 +0530", body,
                 [att(t, XLSX, "SSO details ICD GHR.xlsx"), att(scan_pdf(291, 292, 293, 294), PDF,
                                                                "Service Book pages ICD GHR.pdf")], cte="7bit")
    case("creation-asm-capital-black-headers-repeats", s, "ICD Garhi Harsaru Alternate System Manager ID; a re-typed "
         "template, headers in capitals and all black; row 4 repeats row 3's mobile, row 5 has no designation, row 6 "
         "repeats row 3's alternate e-mail", raw,
         exp("generic", "sso_creation", [], [(4, "mobile", "duplicate_mobile"), (5, "designation", "missing_mandatory"),
                                            (6, "alt_email", "duplicate_alt_email")], kinds=["service_book", "template"]))

    # b. columns in another order (red ones red); a repeated mobile
    cols = [("S.No.", None), ("First Name", RED), ("Last Name", RED), ("Middle Name", None), ("Mobile No.", RED),
            ("Alternate Email ID", RED), ("Designation", RED), ("Date of Birth (DD/MM/YYYY)", RED),
            ("Date of Joining CBIC (DD/MM/YYYY)", RED), ("Commissionerate / Office", RED), ("Location", None)]
    body_rows = [[1, "Arvind", "Rathod", "", "9427310058", "arvind.rathod1@gmail.com", "Inspector", "11/11/1996",
                  "02/12/2025", "CGST Vadodara-I", "Vadodara"],
                 [2, "Jinal", "Shah", "", "9427310058", "jinal.shah97@gmail.com", "Inspector", "03/07/1997",
                  "02/12/2025", "CGST Vadodara-I", "Anand"],
                 [3, "Parth", "Soni", "Kiritbhai", "8511204477", "parth.soni98@gmail.com", "Inspector", "25/09/1998",
                  "02/12/2025", "CGST Vadodara-I", "Vadodara"]]
    t = free_xlsx(cols, body_rows, titles=("CGST VADODARA-I : SSO ID CREATION",), sheet="SSO", when=(2025, 12, 20, 10, 0, 0))
    body = ("Sir,\n\nCreation of SSO IDs for three Inspectors of CGST Vadodara-I is requested. The sheet\n(columns "
            "arranged as per our office format) and the service books are attached.\n\nRegards,\nHarsha Bhatt\n"
            "Superintendent (Systems) & System Manager, CGST Vadodara-I\nMob: 9825610043\nharsha.bhatt@icegate.gov.in\n")
    raw = thunderbird("c7-010b", "Sysmgr CGST Vadodara-I", "sysmgr.cgst.vadodara1@icegate.gov.in",
                      "SSO ID creation - 3 Inspectors - Vadodara-I", "Sat, 20 Dec 2025 11:12:40 +0530", body,
                      [att(t, XLSX, "Vadodara-I SSO (office format).xlsx"),
                       att(sb("Arvind Rathod", "11/11/1996", "02/12/2025"), PDF, "Arvind Rathod service book.pdf"),
                       att(sb("Jinal Shah", "03/07/1997", "02/12/2025"), PDF, "Jinal Shah service book.pdf"),
                       att(sb("Parth Kiritbhai Soni", "25/09/1998", "02/12/2025"), PDF, "Parth Soni service book.pdf")])
    case("creation-sysmgr-reordered-columns-repeated-mobile", s, "Vadodara-I System Manager ID (Thunderbird): the "
         "template's columns are in another order (names, mobile and e-mail before designation and dates; no Employee "
         "ID column); row 4 repeats row 3's mobile", raw,
         exp("generic", "sso_creation", [], [(4, "mobile", "duplicate_mobile")],
             kinds=["service_book", "service_book", "service_book", "template"]))

    # c. re-typed, every value distinct  [twist: clean]
    t = std_xlsx(rows(O("Rohan", "Kapoor", "Inspector", "09/01/1997", "01/12/2025", "9811402257", "rohan.kapoor09@gmail.com",
                        "CGST Delhi North", "Delhi"),
                      O("Ishita", "Bhalla", "Inspector", "16/06/1998", "01/12/2025", "9811402275", "ishita.bhalla16@gmail.com",
                        "CGST Delhi North", "Delhi"),
                      O("Kartik", "Sehgal", "Inspector", "23/03/1996", "01/12/2025", "8826301149", "kartik.sehgal23@gmail.com",
                        "CGST Delhi North", "Delhi")),
                 titles=("CGST Delhi North - SSO ID creation",), headers=[h.lower() for h in kit.STD_HEADERS],
                 all_black=True, sheet="Sheet1", when=(2025, 12, 20, 12, 0, 0))
    rnd = R("c7-010c-a")
    body = ("Dear Sir/Madam,\n\nPlease create SSO IDs for the three Inspectors in the attached sheet (re-typed from the\n"
            "circulated format). Their service book pages are attached.\n\nRegards,\nManish Khurana\nSuperintendent "
            "(Systems) & ACL Admin\nCGST Delhi North\nMobile: 9899014420\nE-mail: manish.khurana@icegate.gov.in\n")
    raw = gmail("c7-010c", "ACL Admin Delhi North", "acladmin.delhinorth@icegate.gov.in", "SSO IDs - CGST Delhi North",
                "Sat, 20 Dec 2025 12:48:03 +0530", body,
                [gmail_att(t, XLSX, "Delhi North SSO.xlsx", rnd),
                 gmail_att(photo(301), JPG, "Service Book Rohan Kapoor.jpg", rnd),
                 gmail_att(photo(302), JPG, "Service Book Ishita Bhalla.jpg", rnd),
                 gmail_att(photo(303), JPG, "Service Book Kartik Sehgal.jpg", rnd)])
    case("creation-acl-admin-lowercase-headers-distinct-values", s, "Twist: Delhi North ACL Admin ID (Gmail web); "
         "re-typed template with lower-case black headers and nearly equal but distinct mobiles; nothing repeats", raw,
         exp("generic", "sso_creation", kinds=["service_book", "service_book", "service_book", "template"]))

    # d. headers carrying extra words in brackets, all black; repeated alternate e-mail
    hdrs = ["S.No.", "First Name (as in service book)", "Middle Name", "Last Name (as in service book)", "Designation",
            "Date of Birth (DD-MM-YYYY)", "Date of Joining CBIC (DD-MM-YYYY)", "Mobile No. (10 digits)",
            "Alternate E-mail ID (personal)", "Commissionerate / Office", "Location", "Employee ID"]
    t = std_xlsx(rows(O("Sunil", "Bishnoi", "Inspector", "14-02-1997", "01-12-2025", "9413025568", "sunil.bishnoi14@gmail.com",
                        "CGST Jodhpur", "Jodhpur"),
                      O("Preeti", "Choudhary", "Inspector", "22-09-1998", "01-12-2025", "7742013369", "preeti.choudhary22@gmail.com",
                        "CGST Jodhpur", "Pali"),
                      O("Mahendra", "Gehlot", "Inspector", "05-05-1996", "01-12-2025", "9602147783", "sunil.bishnoi14@gmail.com",
                        "CGST Jodhpur", "Barmer")), headers=hdrs, all_black=True, when=(2025, 12, 22, 9, 0, 0))
    date = "Mon, 22 Dec 2025 10:30:19 +0530"
    body = ("Sir/Madam,\n\nKindly create SSO IDs of the Inspectors named in the attached template. Service books\n"
            "attached.\n\nThanks and regards,\nRavindra Singh Chouhan\nSuperintendent (Systems) & Comm Admin\nCGST "
            "Jodhpur Commissionerate\nTel: 0291-2636710\nEmail: rs.chouhan@icegate.gov.in\n[cid:LOGO]\n")
    raw = outlook("c7-010d", "Comm Admin CGST Jodhpur", "comadmin.cgst.jodhpur@icegate.gov.in", "SSO IDs - CGST Jodhpur",
                  date, body, [outlook_att(t, XLSX, "SSO_template_Jodhpur.xlsx", date),
                               outlook_att(scan_pdf(311, 312, 313), PDF, "Service Book - Jodhpur - 3.pdf", date)])
    case("creation-comadmin-bracketed-headers-repeated-email", s, "Jodhpur Comm Admin ID via Outlook: all-black "
         "headers with extra words in brackets ('Mobile No. (10 digits)', 'Alternate E-mail ID (personal)'); row 6 "
         "repeats row 4's alternate e-mail", raw,
         exp("generic", "sso_creation", [], [(6, "alt_email", "duplicate_alt_email")],
             kinds=["other", "service_book", "template"]))

    # e. the same mobile three times
    t = std_xlsx(rows(O("Ravi", "Teja", "Inspector", "12/12/1996", "01/12/2025", "9866014427", "raviteja1212@gmail.com",
                        "CGST Tirupati", "Tirupati"),
                      O("Lakshmi", "Prasanna", "Inspector", "04/04/1998", "01/12/2025", "9866014427", "lakshmi.prasanna04@gmail.com",
                        "CGST Tirupati", "Nellore"),
                      O("Sai", "Charan", "Inspector", "19/09/1997", "01/12/2025", "9866014427", "saicharan1909@gmail.com",
                        "CGST Tirupati", "Chittoor")), when=(2025, 12, 22, 11, 0, 0))
    body = ("Sir,\n\nPlease create SSO IDs for three new Inspectors of CGST Tirupati. Template and service\nbooks are "
            "attached.\n\nRegards,\nG. Chandrasekhar\nAssistant Commissioner & System Manager, CGST Tirupati\n"
            "Ph: 0877-2234115\ng.chandrasekhar@icegate.gov.in\n")
    raw = zimbra("c7-010e", "System Manager CGST Tirupati", "sysmgr.cgst.tirupati@icegate.gov.in",
                 "SSO ID creation - CGST Tirupati", "Mon, 22 Dec 2025 11:48:27 +0530", body,
                 [att(t, XLSX, "Tirupati SSO.xlsx"),
                  att(sb("Ravi Teja", "12/12/1996", "01/12/2025"), PDF, "Ravi Teja - Service Book.pdf"),
                  att(sb("Lakshmi Prasanna", "04/04/1998", "01/12/2025"), PDF, "Lakshmi Prasanna - Service Book.pdf"),
                  att(sb("Sai Charan", "19/09/1997", "01/12/2025"), PDF, "Sai Charan - Service Book.pdf")], cte="7bit")
    case("creation-sysmgr-same-mobile-three-times", s, "Tirupati System Manager ID: rows 4, 5 and 6 give the same "
         "mobile; rows 5 and 6 each repeat a row above", raw,
         exp("generic", "sso_creation", [], [(5, "mobile", "duplicate_mobile"), (6, "mobile", "duplicate_mobile")],
             kinds=["service_book", "service_book", "service_book", "template"]))

    # f. header on row 6 under three title rows and two blank rows; a missing designation further down
    t = std_xlsx(rows(O("Sneha", "Kulkarni", "Inspector", "07/07/1998", "01/12/2025", "9730124456", "sneha.kulkarni07@gmail.com",
                        "CGST Kolhapur", "Kolhapur"),
                      O("Omkar", "Patil", "", "13/03/1997", "01/12/2025", "8149012237", "omkar.patil13@gmail.com",
                        "CGST Kolhapur", "Sangli")),
                 titles=("GOVERNMENT OF INDIA", "CGST COMMISSIONERATE, KOLHAPUR", "SSO ID CREATION - DECEMBER 2025"),
                 blank_before=2, all_black=True, when=(2025, 12, 22, 14, 0, 0))
    body = ("Sir/Madam,\n\nPlease create SSO IDs for the two Inspectors in the attached template. Service book\ncopies "
            "attached.\n\nRegards,\nAmol Shinde\nSuperintendent (Systems) & ACL Admin, CGST Kolhapur\n"
            "amol.shinde@icegate.gov.in\nMob: 9822014563\n")
    raw = zimbra("c7-010f", "ACL Admin Kolhapur", "acladmin.kolhapur@icegate.gov.in", "SSO ID - CGST Kolhapur",
                 "Mon, 22 Dec 2025 15:20:44 +0530", body,
                 [att(t, XLSX, "Kolhapur_SSO_Dec.xlsx"),
                  att(sb("Sneha Kulkarni", "07/07/1998", "01/12/2025"), PDF, "Sneha service book.pdf"),
                  att(sb("Omkar Patil", "13/03/1997", "01/12/2025"), PDF, "Omkar service book.pdf")], cte="7bit")
    case("creation-acl-admin-header-on-row-six", s, "Kolhapur ACL Admin ID: three title rows and two blank rows "
         "put the (all-black) header on row 6; row 8 has no designation", raw,
         exp("generic", "sso_creation", [], [(8, "designation", "missing_mandatory")],
             kinds=["service_book", "service_book", "template"]))


# ----------------------------------------------------------------- 011: a template that cannot be read

def g011():
    s = "011"
    good = std_xlsx(rows(O("Manoj", "Bisht", "Inspector", "11/01/1997", "01/12/2025", "9412013387", "manoj.bisht11@gmail.com",
                           "CGST Dehradun", "Haldwani")), when=(2025, 12, 23, 9, 0, 0))
    # a. CSV text saved under an .xlsx name
    csv = ("S.No.,First Name,Middle Name,Last Name,Designation,Date of Birth (DD/MM/YYYY),Date of Joining CBIC (DD/MM/YYYY),"
           "Mobile No.,Alternate Email ID,Commissionerate / Office,Location,Employee ID\r\n"
           "1,Deepika,,Negi,Inspector,21/04/1998,01/12/2025,9997012438,deepika.negi21@gmail.com,CGST Dehradun,Rishikesh,\r\n").encode()
    body = ("Sir/Madam,\n\nKindly create the SSO ID of Smt. Deepika Negi, Inspector, who joined CGST Dehradun on\n"
            "01.12.2025. The template and her service book page are attached.\n\nRegards,\nSanjay Rawat\n"
            "Superintendent (Systems), CGST Dehradun\nPh: 0135-2760418\n")
    raw = zimbra("c7-011a", "Sanjay Rawat", "sanjay.rawat4@icegate.gov.in", "SSO ID - Deepika Negi, Inspector",
                 "Tue, 23 Dec 2025 10:04:31 +0530", body,
                 [att(csv, XLSX, "SSO template Deepika.xlsx"),
                  att(sb("Deepika Negi", "21/04/1998", "01/12/2025"), PDF, "Service Book Deepika.pdf")], cte="7bit")
    case("creation-supdt-csv-named-xlsx", s, "Superintendent's ICEGATE ID sends 'SSO template Deepika.xlsx' that is "
         "comma-separated text, not a workbook", raw,
         exp("icegate", "sso_creation", [], [(0, "", "unreadable")], kinds=["service_book", "template"]))

    # b. a workbook cut short in transfer
    body = ("Sir,\n\nPlease create SSO ID for Shri Manoj Bisht, Inspector (joined 01.12.2025). Template and\nservice "
            "book attached.\n\n-- \nKamal Joshi\nAssistant Commissioner (Systems)\nCGST Commissionerate, Haldwani\n"
            "Tel: 05946-220317\n")
    raw = thunderbird("c7-011b", "Kamal Joshi", "kamal.joshi@icegate.gov.in", "SSO ID creation - Manoj Bisht",
                      "Tue, 23 Dec 2025 12:40:02 +0530", body,
                      [att(good[:1400], XLSX, "SSO_ID_template_Manoj.xlsx"),
                       att(photo(321), JPG, "Service Book Manoj Bisht.jpg")])
    case("creation-ac-truncated-workbook", s, "Assistant Commissioner's ICEGATE ID (Thunderbird): the template is a "
         "workbook cut off after 1400 bytes (a broken zip)", raw,
         exp("icegate", "sso_creation", [], [(0, "", "unreadable")], kinds=["service_book", "template"]))

    # c. a password-protected (encrypted, OLE) workbook and no service book  [twist: service_book too]
    body = ("Sir/Madam,\n\nThe SSO ID creation template of Shri Tarun Thapa, Inspector, is attached (password\nprotected "
            "as per office practice; password will be shared on call). His service book\npage will follow.\n\n"
            "Regards,\nRoshni Gurung\nSuperintendent (Systems), CGST Gangtok\nPh: 03592-202418\n")
    raw = zimbra("c7-011c", "Roshni Gurung", "roshni.gurung@icegate.gov.in", "SSO ID creation - Tarun Thapa",
                 "Tue, 23 Dec 2025 15:15:49 +0530", body, [att(ole_blob(11), XLSX, "SSO ID template - Tarun Thapa.xlsx")],
                 cte="7bit")
    case("creation-supdt-protected-template-no-book", s, "Twist: the template is a password-protected workbook "
         "(an encrypted OLE file, unreadable) and the service book is still to follow", raw,
         exp("icegate", "sso_creation", ["service_book"], [(0, "", "unreadable")], kinds=["template"]))

    # d. an empty file
    date = "Wed, 24 Dec 2025 10:20:37 +0530"
    body = ("Dear Sir,\n\nKindly create SSO ID and ICEGATE e-mail ID for Ms. Pooja Bhatt, Inspector, who joined\nCGST "
            "Haridwar on 01.12.2025. Template and service book are attached.\n\nRegards,\nNeeraj Saklani\n"
            "Deputy Commissioner (Systems), CGST Haridwar\nTel: 01334-226518\n[cid:LOGO]\n")
    raw = outlook("c7-011d", "Neeraj Saklani", "neeraj.saklani@icegate.gov.in", "SSO ID creation - Pooja Bhatt", date, body,
                  [outlook_att(b"", XLSX, "SSO_Template_Pooja_Bhatt.xlsx", date),
                   outlook_att(sb("Pooja Bhatt", "30/10/1998", "01/12/2025"), PDF, "Pooja Bhatt Service Book.pdf", date)])
    case("creation-dc-empty-template-file", s, "Deputy Commissioner's ICEGATE ID via Outlook: the attached template "
         "has 0 bytes", raw,
         exp("icegate", "sso_creation", [], [(0, "", "unreadable")], kinds=["other", "service_book", "template"]))

    # e. a zip archive holding a PDF, under an .xlsx name
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zz:
        zi = zipfile.ZipInfo("SSO_template_scan.pdf", date_time=(2025, 12, 24, 11, 0, 0))
        zz.writestr(zi, scan_pdf(331))
    rnd = R("c7-011e-a")
    body = ("Sir,\n\nSSO ID may please be created for Shri Arvind Negi, Inspector, CGST Dehradun (joined\n01.12.2025). "
            "The template and service book are attached.\n\nRegards,\nPreeti Bahuguna\nInspector (Systems), "
            "CGST Dehradun\nMob: 9411302256\n")
    raw = gmail("c7-011e", "Preeti Bahuguna", "preeti.bahuguna@icegate.gov.in", "SSO ID - Arvind Negi",
                "Wed, 24 Dec 2025 11:42:10 +0530", body,
                [gmail_att(z.getvalue(), XLSX, "SSO template Arvind Negi.xlsx", rnd),
                 gmail_att(sb("Arvind Negi", "02/02/1997", "01/12/2025"), PDF, "Service Book Arvind Negi.pdf", rnd)],
                app=True)
    case("creation-inspector-zip-of-pdf-named-xlsx", s, "An ICEGATE ID (Gmail app) sends 'SSO template Arvind "
         "Negi.xlsx' that is a zip archive holding only a PDF: not a readable workbook", raw,
         exp("icegate", "sso_creation", [], [(0, "", "unreadable")], kinds=["service_book", "template"]))



# ----------------------------------------------------------------- 012: certificate in place of the service book

def g012():
    s = "012"
    # a. Lucknow Customs admin, Outlook: certificate by an Additional Commissioner
    date = "Wed, 24 Dec 2025 15:05:22 +0530"
    t = std_xlsx(rows(O("Adarsh", "Pandey", "Inspector", "16/02/1995", "01/12/2025", "9936120475", "adarsh.pandey16@gmail.com",
                        "Customs (Preventive) Lucknow", "Lucknow")), when=(2025, 12, 24, 14, 0, 0))
    body = ("Sir/Madam,\n\nShri Adarsh Pandey, Inspector, joined this Commissionerate on 01.12.2025 on absorption\nfrom "
            "the Railway Protection Force. His service book has not yet been transferred by his\nparent department. A "
            "certificate of his name, date of birth and date of joining, signed\nby the Additional Commissioner, is "
            "attached in its place with the creation template.\n\nKindly create his SSO ID.\n\nRegards,\nAlka Srivastava\n"
            "Superintendent & Comm Admin\nCommissionerate of Customs (Preventive), Lucknow\nTel: 0522-2236418\n"
            "alka.srivastava@icegate.gov.in\n[cid:LOGO]\n")
    raw = outlook("c7-012a", "Comm Admin Customs Lucknow", "comadmin.customs.lko@icegate.gov.in",
                  "SSO ID creation - certificate in lieu of service book - Adarsh Pandey", date, body,
                  [outlook_att(t, XLSX, "SSO template - Adarsh Pandey.xlsx", date),
                   outlook_att(cert_letter("Shri Adarsh Pandey, Inspector", "16/02/1995", "01/12/2025",
                                           "Additional Commissioner"), PDF,
                               "Certificate of DOB and DOJ - Addl Commissioner.pdf", date)])
    case("creation-comadmin-outlook-certificate-addl-commr", s, "Lucknow Customs Comm Admin ID via Outlook: the "
         "service book has not come from the parent department, so an Additional Commissioner's certificate of name, "
         "DOB and DOJ comes with a clean template", raw,
         exp("generic", "sso_creation", action="review", kinds=["certification_letter", "other", "template"]))

    # b. AC's own ID, Thunderbird
    t = std_xlsx(rows(O("Yamini", "Rathi", "Inspector", "09/07/1996", "28/11/2025", "9672014438", "yamini.rathi09@gmail.com",
                        "CGST Ajmer", "Ajmer")), when=(2025, 12, 26, 9, 0, 0))
    body = ("Sir,\n\nSmt. Yamini Rathi joined CGST Ajmer as Inspector on 28.11.2025 after resigning from the\nState "
            "Government. Her service book is awaited from the State Government, so a letter\nsigned by the Joint "
            "Commissioner certifying her name, DOB and DOJ is attached in place\nof it, with the template. Kindly "
            "create her SSO ID.\n\n-- \nSanjay Rathi\nAssistant Commissioner (Systems)\nCGST Ajmer\nPh: 0145-2627316\n")
    raw = thunderbird("c7-012b", "Sanjay Rathi", "sanjay.rathi@icegate.gov.in", "SSO ID - Yamini Rathi - certificate by JC",
                      "Fri, 26 Dec 2025 10:22:48 +0530", body,
                      [att(t, XLSX, "Yamini_SSO_template.xlsx"),
                       att(cert_letter("Smt. Yamini Rathi, Inspector", "09/07/1996", "28/11/2025"), PDF,
                           "Certificate in lieu of service book.pdf")])
    case("creation-ac-thunderbird-jc-certificate", s, "Assistant Commissioner's own ICEGATE ID (Thunderbird) sends "
         "a Joint Commissioner's certificate in lieu of the service book, with the template", raw,
         exp("icegate", "sso_creation", action="review", kinds=["certification_letter", "template"]))

    # c. certificate still to be signed: neither it nor the book is attached  [twist]
    t = std_xlsx(rows(O("Sunny", "Oraon", "Inspector", "01/01/1997", "01/12/2025", "7250314487", "sunny.oraon01@gmail.com",
                        "CGST Ranchi", "Dhanbad")), when=(2025, 12, 26, 11, 0, 0))
    body = ("Sir/Madam,\n\nThe creation template of Shri Sunny Oraon, Inspector, is attached. His service book is\nwith "
            "his previous office; a certificate of his DOB and DOJ will be sent once the Joint\nCommissioner signs "
            "it.\n\nRegards,\nAjit Kumar Mahto\nSuperintendent (Systems) & System Manager\nCGST Ranchi\n"
            "ajit.mahto@icegate.gov.in\nPh: 0651-2330914\n")
    raw = zimbra("c7-012c", "Sysmgr CGST Ranchi", "sysmgr.cgst.ranchi@icegate.gov.in", "SSO ID creation - Sunny Oraon",
                 "Fri, 26 Dec 2025 12:05:33 +0530", body, [att(t, XLSX, "Sunny Oraon template.xlsx")], cte="7bit")
    case("creation-sysmgr-certificate-to-follow", s, "Twist: Ranchi System Manager ID sends only the template; the "
         "certificate that would replace the service book 'will be sent once the Joint Commissioner signs it'", raw,
         exp("generic", "sso_creation", ["service_book"], kinds=["template"]))

    # d. bilingual, Zimbra: certification letter told by its text layer, Devanagari + English name
    t = std_xlsx(rows(O("Kamlesh", "Meena", "Inspector", "20/05/1996", "01/12/2025", "9166201457", "kamlesh.meena20@gmail.com",
                        "CGST Alwar", "Alwar")), when=(2025, 12, 27, 9, 0, 0))
    body = ("महोदय,\n\nनिरीक्षक श्री कमलेश मीणा की सेवा पुस्तिका पूर्व विभाग से प्राप्त नहीं हुई है; अतः संयुक्त\nआयुक्त "
            "द्वारा हस्ताक्षरित प्रमाण पत्र संलग्न है।\n\nSir, as the service book of Shri Kamlesh Meena, Inspector, "
            "has not been received\nfrom his earlier department, a certificate signed by the Joint Commissioner is "
            "attached\nin its place, with the SSO ID creation template.\n\nसादर / Regards,\nसुरेश सैनी / Suresh Saini\n"
            "अधीक्षक (प्रणाली) / Superintendent (Systems) & ACL Admin\nCGST Alwar\nsuresh.saini@icegate.gov.in\n"
            "Ph: 0144-2700318\n")
    raw = zimbra("c7-012d", "ACL Admin CGST Alwar", "acladmin.cgst.alwar@icegate.gov.in",
                 "एसएसओ आईडी - प्रमाण पत्र / SSO ID - certificate - Kamlesh Meena", "Sat, 27 Dec 2025 10:31:16 +0530", body,
                 [att(t, XLSX, "SSO_Kamlesh_Meena.xlsx"),
                  att(cert_letter("Shri Kamlesh Meena, Inspector", "20/05/1996", "01/12/2025"), PDF,
                      "प्रमाण पत्र - Certification letter JC.pdf", style="2047")])
    case("creation-acl-admin-bilingual-certification-letter", s, "Alwar ACL Admin ID: Hindi then English, "
         "certification letter with a Devanagari + English RFC 2047 name", raw,
         exp("generic", "sso_creation", action="review", kinds=["certification_letter", "template"]))

    # e. the same, but from a Commissionerate's nic.in mailbox  [twist: review still, icegate_sender]
    t = std_xlsx(rows(O("Rohini", "Salunke", "Inspector", "12/08/1997", "01/12/2025", "9860314452", "rohini.salunke12@gmail.com",
                        "CGST Aurangabad", "Jalna")), when=(2025, 12, 27, 12, 0, 0))
    body = ("Sir/Madam,\n\nKindly create SSO ID for Smt. Rohini Salunke, Inspector (joined 01.12.2025). In place of\nthe "
            "service book, which is yet to come from her previous department, a certificate signed\nby the Joint "
            "Commissioner is attached, with the template.\n\nRegards,\nPrakash Jadhav\nSuperintendent (Systems)\n"
            "CGST Aurangabad\nEmail: prakash.jadhav4@icegate.gov.in\nPh: 0240-2350612\n" + NIC_FOOT)
    raw = zimbra("c7-012e", "CGST Systems Aurangabad", "cgst.systems.abad@nic.in", "SSO ID - certificate in lieu of service book",
                 "Sat, 27 Dec 2025 13:14:50 +0530", body,
                 [att(t, XLSX, "SSO template Rohini.xlsx"),
                  att(cert_letter("Smt. Rohini Salunke, Inspector", "12/08/1997", "01/12/2025"), PDF,
                      "JC certificate - DOB DOJ - Rohini.pdf")], version="9.0.0_ZEXTRAS_20240927")
    case("creation-nic-mailbox-certificate-review", s, "Twist: a Commissionerate's nic.in Systems mailbox sends a "
         "Joint Commissioner's certificate in place of the service book: review comes first, and the missing "
         "ICEGATE sender is still listed", raw,
         exp("generic", "sso_creation", ["icegate_sender"], action="review", kinds=["certification_letter", "template"]))


# ----------------------------------------------------------------- 013: COIN postings and officers abroad

def g013():
    s = "013"
    # a. DRI HQ Joint Director, COIN Dubai
    t = std_xlsx(rows(O("Siddharth", "Menon", "Deputy Director", "04/03/1987", "15/09/2025", "9810214573",
                        "siddharth.menon87@gmail.com", "DRI Headquarters", "Dubai (COIN)")), when=(2025, 12, 29, 9, 0, 0))
    body = ("Sir/Madam,\n\nShri Siddharth Menon, IRS (C&IT), on deputation to DRI since 15.09.2025, is posted under\n"
            "the Customs Overseas Intelligence Network (COIN) at the Consulate General of India,\nDubai. He has no "
            "SSO ID. The template and the first page of his service book are\nattached for creation of his SSO ID "
            "and ICEGATE e-mail ID.\n\nRegards,\nKavita Bhandari\nJoint Director, DRI (Headquarters), New Delhi\n"
            "Tel: 011-23340127\n")
    raw = zimbra("c7-013a", "Kavita Bhandari", "kavita.bhandari@icegate.gov.in", "SSO ID for COIN officer - Dubai",
                 "Mon, 29 Dec 2025 11:20:18 +0530", body,
                 [att(t, XLSX, "COIN Dubai - SSO template.xlsx"),
                  att(sb("Siddharth Menon", "04/03/1987", "15/09/2025"), PDF, "Service Book - Siddharth Menon.pdf")],
                 cte="7bit")
    case("creation-dri-jd-coin-dubai", s, "DRI HQ Joint Director's ICEGATE ID asks for an officer posted under COIN at "
         "the Consulate General, Dubai; template and service book complete", raw,
         exp("icegate", "sso_creation", action="review", kinds=["service_book", "template"]))

    # b. posted abroad, not COIN: a Customs attache in Brussels
    date = "Mon, 29 Dec 2025 15:44:02 +0530"
    t = std_xlsx(rows(O("Nandita", "Rao", "Additional Commissioner", "22/11/1983", "03/11/2025", "9871402236",
                        "nandita.rao83@gmail.com", "Mission of India to the EU", "Brussels")), when=(2025, 12, 29, 14, 0, 0))
    body = ("Sir,\n\nSmt. Nandita Rao, Additional Commissioner, has been posted as Counsellor (Customs) at the\nEmbassy "
            "of India, Brussels from 03.11.2025, having joined CBIC from the Indian Trade\nService on deputation. An SSO "
            "ID is required for her to access ICEGATE mail and ACES.\nThe template and her service book are attached.\n\n"
            "Regards,\nArun Khanna\nDirector (International Customs), CBIC, New Delhi\nTel: 011-23092518\n[cid:LOGO]\n")
    raw = outlook("c7-013b", "Arun Khanna", "arun.khanna@icegate.gov.in", "SSO ID - officer posted at Embassy of India, Brussels",
                  date, body, [outlook_att(t, XLSX, "SSO template Nandita Rao.xlsx", date),
                               outlook_att(sb("Nandita Rao", "22/11/1983", "03/11/2025"), PDF, "Service Book Nandita Rao.pdf",
                                           date)])
    case("creation-director-officer-at-embassy-brussels", s, "A Director's ICEGATE ID (Outlook) asks for an officer "
         "posted outside India (Counsellor (Customs), Embassy of India, Brussels), not under COIN", raw,
         exp("icegate", "sso_creation", action="review", kinds=["other", "service_book", "template"]))

    # c. DRI HQ Systems mailbox, COIN Singapore
    t = std_xlsx(rows(O("Raghav", "Sethi", "Senior Intelligence Officer", "18/06/1989", "01/10/2025", "9958013346",
                        "raghav.sethi89@gmail.com", "DRI Headquarters", "Singapore (COIN)")), when=(2025, 12, 30, 9, 0, 0))
    body = ("Sir/Madam,\n\nCreation of SSO ID and ICEGATE e-mail ID is requested for Shri Raghav Sethi, Senior\n"
            "Intelligence Officer, DRI, presently posted under COIN at the High Commission of India,\nSingapore. "
            "Template and service book attached.\n\nRegards,\nMonika Ahuja\nAssistant Director (Systems)\n"
            "Directorate of Revenue Intelligence (HQ), New Delhi\nEmail: monika.ahuja@icegate.gov.in\n"
            "Tel: 011-23379025\n")
    raw = zimbra("c7-013c", "DRI HQ Systems", "systems.drihq@icegate.gov.in", "SSO ID - SIO, COIN Singapore",
                 "Tue, 30 Dec 2025 10:06:44 +0530", body,
                 [att(t, XLSX, "SSO_COIN_Singapore.xlsx"),
                  att(scan_pdf(341), PDF, "Service Book - Raghav Sethi.pdf")], cte="7bit")
    case("creation-dri-systems-mailbox-coin-singapore", s, "DRI HQ's Systems mailbox (generic ICEGATE ID, full "
         "signature) asks for an officer under COIN at the High Commission, Singapore", raw,
         exp("generic", "sso_creation", action="review", kinds=["service_book", "template"]))

    # d. COIN posting, service book not yet attached  [twist: review with service_book missing]
    rnd = R("c7-013d-a")
    t = std_xlsx(rows(O("Imtiaz", "Hussain", "Deputy Director", "02/09/1986", "20/10/2025", "9717204458",
                        "imtiaz.hussain86@gmail.com", "DRI Headquarters", "Hong Kong (COIN)")), when=(2025, 12, 30, 11, 0, 0))
    body = ("Sir,\n\nKindly create SSO ID for Shri Imtiaz Hussain, Deputy Director, posted under COIN at the\nConsulate "
            "General of India, Hong Kong. Template attached; service book page will be sent\nonce received from "
            "his parent cadre.\n\nRegards,\nAshok Chaturvedi\nAdditional Director, DRI (HQ)\nMob: 9810312254\n")
    raw = gmail("c7-013d", "Ashok Chaturvedi", "ashok.chaturvedi@icegate.gov.in", "SSO ID - COIN Hong Kong",
                "Tue, 30 Dec 2025 12:18:09 +0530", body, [gmail_att(t, XLSX, "COIN HK template.xlsx", rnd)], app=True)
    case("creation-dri-coin-hong-kong-book-to-follow", s, "Twist: DRI Additional Director (Gmail app on ICEGATE) asks "
         "for a COIN officer in Hong Kong with the service book still to follow: review, and the missing book listed",
         raw, exp("icegate", "sso_creation", ["service_book"], action="review", kinds=["template"]))

    # e. Hindi + English, COIN Kathmandu
    t = std_xlsx(rows(O("Prem", "Shankar", "Intelligence Officer", "11/12/1990", "06/10/2025", "9931024475",
                        "premshankar.io@gmail.com", "DRI Headquarters", "Kathmandu (COIN)")), when=(2025, 12, 31, 9, 0, 0))
    body = ("महोदय,\n\nश्री प्रेम शंकर, आसूचना अधिकारी, भारतीय दूतावास, काठमांडू में कोइन (COIN) के अंतर्गत\nतैनात हैं। "
            "उनका एसएसओ आईडी बनाने का अनुरोध है।\n\nSir, Shri Prem Shankar, Intelligence Officer, is posted under COIN "
            "at the Embassy of\nIndia, Kathmandu. Kindly create his SSO ID; template and service book attached.\n\n"
            "भवदीय / Yours faithfully,\nRajeev Ranjan\nउप निदेशक / Deputy Director, DRI (HQ), New Delhi\n"
            "Tel: 011-23340915\n")
    raw = thunderbird("c7-013e", "Rajeev Ranjan", "rajeev.ranjan3@icegate.gov.in", "SSO ID - COIN, Kathmandu",
                      "Wed, 31 Dec 2025 10:40:27 +0530", body,
                      [att(t, XLSX, "SSO_Prem_Shankar.xlsx"),
                       att(sb("Prem Shankar", "11/12/1990", "06/10/2025"), PDF, "Service Book Prem Shankar.pdf")],
                      cte="qp", lang="hi")
    case("creation-dri-dd-hindi-coin-kathmandu", s, "DRI Deputy Director (Thunderbird), Hindi then English: an "
         "officer under COIN at the Embassy of India, Kathmandu", raw,
         exp("icegate", "sso_creation", action="review", kinds=["service_book", "template"]))

    # f. back from COIN, now posted in Mumbai  [twist: acknowledge]
    t = std_xlsx(rows(O("Karan", "Malhotra", "Appraiser", "07/05/1988", "15/12/2025", "9820413376",
                        "karan.malhotra88@gmail.com", "New Custom House, Mumbai", "Mumbai")), when=(2025, 12, 31, 12, 0, 0))
    body = ("Sir/Madam,\n\nShri Karan Malhotra, who served under COIN at Singapore until November 2025, has been\n"
            "repatriated and joined the New Custom House, Mumbai as Appraiser on 15.12.2025. He\nnever had an SSO "
            "ID. Template and service book attached; kindly create his SSO ID.\n\nRegards,\nSheetal Pawar\n"
            "Deputy Commissioner (EDI), NCH Mumbai\nTel: 022-22757408\n")
    raw = zimbra("c7-013f", "Sheetal Pawar", "sheetal.pawar@icegate.gov.in", "SSO ID creation - Karan Malhotra, Appraiser",
                 "Wed, 31 Dec 2025 13:02:51 +0530", body,
                 [att(t, XLSX, "SSO template Karan Malhotra.xlsx"),
                  att(sb("Karan Malhotra", "07/05/1988", "15/12/2025"), PDF, "Karan Malhotra - Service Book.pdf")],
                 cte="7bit")
    case("creation-dc-officer-back-from-coin-now-mumbai", s, "Twist: the officer served under COIN earlier but is now "
         "posted in Mumbai; the request is for an officer in India", raw,
         exp("icegate", "sso_creation", kinds=["service_book", "template"]))


# ----------------------------------------------------------------- 014: generic mailboxes outside ICEGATE

def g014():
    s = "014"
    t3 = lambda office, loc, when: std_xlsx(rows(
        O("Harini", "Sekar", "Inspector", "03/05/1998", "01/12/2025", "9445102236", "harini.sekar03@gmail.com", office, loc),
        O("Prabhu", "Natarajan", "Inspector", "27/11/1996", "01/12/2025", "8939014452", "prabhu.natarajan27@gmail.com",
          office, loc)), when=when)
    # a. nic.in Systems mailbox: name, e-mail, phone, no designation
    body = ("Sir/Madam,\n\nThe template and service book photos of two Inspectors of CGST Coimbatore are attached\nfor "
            "creation of SSO IDs and ICEGATE e-mail IDs.\n\nRegards,\nS. Meenakshi Sundaram\nSystems Section, CGST "
            "Commissionerate, Coimbatore\nEmail: meenakshi.sundaram@icegate.gov.in\nTel: 0422-2245518\n" + NIC_FOOT)
    raw = zimbra("c7-014a", "CGST Systems Coimbatore", "cgst.systems.cbe@nic.in", "SSO IDs - new Inspectors - CGST Coimbatore",
                 "Thu, 1 Jan 2026 11:05:32 +0530", body,
                 [att(t3("CGST Coimbatore", "Coimbatore", (2025, 12, 31, 16, 0, 0)), XLSX, "Coimbatore SSO template.xlsx"),
                  att(photo(351), JPG, "Service Book - Harini Sekar.jpg"),
                  att(photo(352), JPG, "Service Book - Prabhu Natarajan.jpg")], version="9.0.0_ZEXTRAS_20240927")
    case("creation-nic-systems-no-designation", s, "Coimbatore's Systems mailbox on nic.in: clean template and two "
         "photos; signature of name, section, e-mail and phone without a designation; NIC footer", raw,
         exp("generic", "sso_creation", ["icegate_sender", "signature_designation"],
             kinds=["service_book", "service_book", "template"]))

    # b. gov.in Systems mailbox with a full signature  [twist: only icegate_sender]
    body = ("Sir,\n\nKindly create SSO IDs for the two Inspectors of CGST Salem in the attached template;\nservice book "
            "pages attached.\n\nRegards,\nK. Ramesh\nAssistant Commissioner (Systems)\nCGST Salem\n"
            "k.ramesh2@icegate.gov.in\nPh: 0427-2413345\n" + NIC_FOOT)
    raw = zimbra("c7-014b", "Systems CGST Salem", "systems-cgst.salem@gov.in", "SSO ID creation - CGST Salem",
                 "Thu, 1 Jan 2026 14:48:10 +0530", body,
                 [att(t3("CGST Salem", "Salem", (2026, 1, 1, 12, 0, 0)), XLSX, "Salem SSO.xlsx"),
                  att(sb("Harini Sekar", "03/05/1998", "01/12/2025"), PDF, "Service Book Harini.pdf"),
                  att(sb("Prabhu Natarajan", "27/11/1996", "01/12/2025"), PDF, "Service Book Prabhu.pdf")],
                 version="9.0.0_ZEXTRAS_20240927")
    case("creation-gov-in-systems-full-signature", s, "Twist: Salem's Systems mailbox on gov.in signs with name, "
         "designation, individual e-mail and phone; only the non-ICEGATE sender is missing", raw,
         exp("generic", "sso_creation", ["icegate_sender"], kinds=["service_book", "service_book", "template"]))

    # c. a Systems Cell Gmail: no designation, and only the cell's own address
    rnd = R("c7-014c-a")
    body = ("Sir/Madam,\n\nPlease create the SSO IDs of the two Inspectors in the attached sheet. Service books\n"
            "attached.\n\nRegards,\nAnita Kujur\nSystems Cell, CGST Jamshedpur\ncgstsystemscell.jsr@gmail.com\n"
            "Ph: 0657-2431106\n")
    raw = gmail("c7-014c", "Systems Cell CGST Jamshedpur", "cgstsystemscell.jsr@gmail.com", "SSO IDs - CGST Jamshedpur",
                "Fri, 2 Jan 2026 10:25:48 +0530", body,
                [gmail_att(t3("CGST Jamshedpur", "Jamshedpur", (2026, 1, 2, 9, 0, 0)), XLSX, "Jamshedpur SSO.xlsx", rnd),
                 gmail_att(scan_pdf(361, 362), PDF, "Service books.pdf", rnd)])
    case("creation-systems-cell-gmail-no-designation-own-address", s, "A Systems Cell's office Gmail: signature of "
         "name, cell and phone, and as e-mail only the cell's own Gmail", raw,
         exp("generic", "sso_creation", ["icegate_sender", "signature_designation", "signature_email"],
             kinds=["service_book", "template"]))

    # d. nic.in mailbox, Hindi designation beside the English one
    body = ("महोदय/महोदया,\n\nसीजीएसटी तिरुनेलवेली के दो निरीक्षकों का टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\n\n"
            "Sir/Madam, the template and service books of two Inspectors of CGST Tirunelveli are\nattached for "
            "creation of SSO IDs.\n\nसादर,\nP. Muthukumar\nअधीक्षक / Superintendent (Systems)\nCGST Tirunelveli\n"
            "muthukumar.p@icegate.gov.in\nPh: 0462-2572214\n" + NIC_FOOT)
    raw = zimbra("c7-014d", "CGST Systems Tirunelveli", "cgst.systems.tvl@nic.in", "SSO ID creation - CGST Tirunelveli",
                 "Fri, 2 Jan 2026 15:11:27 +0530", body,
                 [att(t3("CGST Tirunelveli", "Tirunelveli", (2026, 1, 2, 14, 0, 0)), XLSX, "Tirunelveli_SSO.xlsx"),
                  att(sb("Harini Sekar", "03/05/1998", "01/12/2025"), PDF, "Service Book - Harini.pdf"),
                  att(sb("Prabhu Natarajan", "27/11/1996", "01/12/2025"), PDF, "Service Book - Prabhu.pdf")],
                 version="9.0.0_ZEXTRAS_20240927")
    case("creation-nic-systems-hindi-english-designation", s, "Tirunelveli's nic.in Systems mailbox; signature with "
         "'अधीक्षक / Superintendent (Systems)', e-mail and phone; only the non-ICEGATE sender is missing", raw,
         exp("generic", "sso_creation", ["icegate_sender"], kinds=["service_book", "service_book", "template"]))

    # e. nic.in mailbox, signature without any number
    body = ("Sir,\n\nSSO IDs and ICEGATE e-mail IDs may please be created for the two Inspectors whose\ntemplate and "
            "service books are attached.\n\nRegards,\nDr. R. Kalaiselvi\nDeputy Commissioner (Systems)\nCGST "
            "Puducherry\nkalaiselvi.r@icegate.gov.in\n" + NIC_FOOT)
    raw = zimbra("c7-014e", "CGST Systems Puducherry", "cgst.systems.pdy@nic.in", "SSO ID creation - CGST Puducherry",
                 "Sat, 3 Jan 2026 11:40:05 +0530", body,
                 [att(t3("CGST Puducherry", "Puducherry", (2026, 1, 3, 10, 0, 0)), XLSX, "Puducherry_SSO.xlsx"),
                  att(scan_pdf(371, 372), PDF, "Service Book pages - Puducherry.pdf")], version="9.0.0_ZEXTRAS_20240927")
    case("creation-nic-systems-no-number", s, "Puducherry's nic.in Systems mailbox: signature of name, designation "
         "and e-mail, no contact number", raw,
         exp("generic", "sso_creation", ["icegate_sender", "signature_phone"], kinds=["service_book", "template"]))

    # f. an ICEGATE systems mailbox whose signature drops the designation  [twist: ICEGATE sender]
    body = ("Sir/Madam,\n\nKindly create SSO IDs for the Inspectors named in the attached template, with their\n"
            "service book pages.\n\nRegards,\nLalit Purohit\nSystems Cell, CGST Commissionerate, Udaipur\n"
            "lalit.purohit@icegate.gov.in\nTel: 0294-2412017\n")
    raw = zimbra("c7-014f", "Systems Cell CGST Udaipur", "systemscell.cgst.udaipur@icegate.gov.in",
                 "SSO IDs - CGST Udaipur", "Sat, 3 Jan 2026 15:02:49 +0530", body,
                 [att(t3("CGST Udaipur", "Rajsamand", (2026, 1, 3, 14, 0, 0)), XLSX, "Udaipur SSO Jan.xlsx"),
                  att(sb("Harini Sekar", "03/05/1998", "01/12/2025"), PDF, "Harini Sekar Service Book.pdf"),
                  att(sb("Prabhu Natarajan", "27/11/1996", "01/12/2025"), PDF, "Prabhu Natarajan Service Book.pdf")],
                 cte="7bit")
    case("creation-icegate-systems-cell-no-designation", s, "Twist: the same kind of signature without a designation, "
         "but from a Systems Cell mailbox on icegate.gov.in", raw,
         exp("generic", "sso_creation", ["signature_designation"], kinds=["service_book", "service_book", "template"]))



# ----------------------------------------------------------------- 015: status enquiry, complete

def g015():
    s = "015"
    # a. Yahoo, everything in running text
    body = ("Respected Sir/Madam,\n\nI am Ritesh Kumar, working as Inspector in CGST Patna-II Commissionerate since "
            "2019.\nI have never been given an SSO ID or ICEGATE mail ID, and I do not know whether one\nwas created "
            "for me. Kindly check and inform. My mobile number is 9934012256.\n\nThanking you,\nRitesh Kumar\n")
    raw = yahoo("c7-015a", "Ritesh Kumar", "ritesh.kumar1987@yahoo.com", "Is there any SSO ID in my name?",
                "Mon, 5 Jan 2026 09:12:40 +0530", body)
    case("status-yahoo-running-text", s, "Status enquiry from Yahoo with name, designation and mobile stated in "
         "running text only", raw, exp("personal", "sso_status"))

    # b. Gmail app, Hinglish with labels
    body = ("Sir,\n\nMujhe pata nahi hai ki mera SSO ID bana hai ya nahi, kabhi koi ID ya password nahi\nmila. Kripya "
            "check karke batayein.\n\nNaam: Sunita Yadav\nDesignation: Tax Assistant\nOffice: CGST Division-II, "
            "Gurugram\nMobile: 7982013354\n\nDhanyavaad\nSunita Yadav\n")
    raw = gmail("c7-015b", "Sunita Yadav", "sunitayadav.ta@gmail.com", "SSO ID bana hai ya nahi - check karein",
                "Mon, 5 Jan 2026 11:37:02 +0530", body, app=True)
    case("status-gmail-app-hinglish-labels", s, "Status enquiry in Hinglish (Gmail app) with 'Naam', 'Designation' "
         "and 'Mobile' labels", raw, exp("personal", "sso_status"))

    # c. Gmail web, +91 and spaces in the mobile
    body = ("Dear Sir/Madam,\n\nKindly let me know whether an SSO ID / ICEGATE e-mail ID exists in my name. I joined\n"
            "the Department in 2014 and was on deputation to the Enforcement Directorate till\nlast month.\n\n"
            "Name: Mohd. Shahid Ansari\nDesignation: Superintendent\nMobile: +91 98480 22113\n\nRegards,\n"
            "Shahid Ansari\n")
    raw = gmail("c7-015c", "Shahid Ansari", "shahid.ansari.cbic@gmail.com", "Whether SSO ID exists - Superintendent",
                "Mon, 5 Jan 2026 16:04:55 +0530", body)
    case("status-gmail-plus91-spaced-mobile", s, "Status enquiry from Gmail; the labelled mobile is written "
         "'+91 98480 22113'", raw, exp("personal", "sso_status"))

    # d. Rediffmail: details only in the sign-off
    body = ("Sir,\n\nI request you to confirm whether any SSO ID has been created in my name. I have not\nreceived any "
            "login details so far.\n\nRegards,\nMadhavi Latha Konda\nSuperintendent, CGST Audit Commissionerate, "
            "Hyderabad\nMob: 9848033127\n")
    raw = rediff("c7-015d", "Madhavi Latha", "madhavilatha.k@rediffmail.com", "SSO ID - confirmation required",
                 "Tue, 6 Jan 2026 10:21:18 +0530", body)
    case("status-rediff-details-in-signature", s, "Status enquiry from Rediffmail: name, designation and mobile are "
         "only in the signature block", raw, exp("personal", "sso_status"))

    # e. Outlook.com: no designation anywhere  [twist]
    date = "Tue, 6 Jan 2026 13:45:30 +0530"
    body = ("Sir/Madam,\n\nPlease check whether an SSO ID has been created for me. I joined CBIC in 2021 at the\n"
            "Chennai Customs Zone.\n\nName: Gayathri Ramesh\nMobile No.: 9840017325\n\nRegards,\nGayathri Ramesh\n")
    raw = outlook("c7-015e", "Gayathri Ramesh", "gayathri.ramesh21@outlook.com", "SSO ID status", date, body, logo=False,
                  origin="outlookcom")
    case("status-outlook-com-no-designation", s, "Twist: status enquiry from Outlook.com with name and mobile but no "
         "designation anywhere", raw, exp("personal", "sso_status", ["designation"]))

    # f. iPhone, iCloud address
    body = ("Sir,\nI am Abhishek Tiwari, Inspector, CGST Jabalpur. Please tell me if any SSO ID is there in my name. "
            "Mobile 9425170036.\nThanks\nAbhishek\n")
    raw = iphone("c7-015f", "Abhishek Tiwari", "abhishek.tiwari88@icloud.com", "SSO ID check",
                 "Tue, 6 Jan 2026 19:50:44 +0530", body, origin="icloud")
    case("status-iphone-icloud-one-line", s, "Status enquiry from an iPhone (iCloud address), everything in one "
         "running sentence", raw, exp("personal", "sso_status"))


# ----------------------------------------------------------------- 016: status enquiry without a mobile

def g016():
    s = "016"
    # a. Gmail: only an office telephone
    body = ("Sir/Madam,\n\nI am not sure if my SSO ID has been created. Kindly check.\n\nName: Rekha Chouhan\n"
            "Designation: Inspector\nTel (O): 0755-2551234\n\nRegards,\nRekha Chouhan\nCGST Bhopal\n")
    raw = gmail("c7-016a", "Rekha Chouhan", "rekha.chouhan.cgst@gmail.com", "SSO ID enquiry - Rekha Chouhan",
                "Wed, 7 Jan 2026 10:02:31 +0530", body)
    case("status-gmail-office-telephone-only", s, "Status enquiry from Gmail: name and designation labelled, the only "
         "number is 'Tel (O): 0755-2551234'", raw, exp("personal", "sso_status", ["mobile"]))

    # b. the mobile in running text with a space  [twist: acknowledge]
    body = ("Sir,\n\nMy name is Deepak Joshi and I am an Inspector at CGST Haldwani. Please confirm whether\nan SSO ID "
            "exists for me; you can reach me on my mobile 98765 43210.\n\nRegards,\nDeepak Joshi\n")
    raw = gmail("c7-016b", "Deepak Joshi", "deepakjoshi.hld@gmail.com", "SSO ID exists or not",
                "Wed, 7 Jan 2026 12:15:09 +0530", body, app=True)
    case("status-gmail-app-spaced-mobile-running-text", s, "Twist: status enquiry whose mobile '98765 43210' is "
         "given in running text (the space is ignored)", raw, exp("personal", "sso_status"))

    # c. Yahoo: a phone written as STD code and number
    body = ("Sir/Madam,\n\nKindly inform whether an SSO ID has been created in my name.\n\nName: Shaik Mastan Vali\n"
            "Designation: Superintendent\nPhone: 040 2345 6789\n\nThanks & Regards\nShaik Mastan Vali\n\n"
            "Sent from Yahoo Mail for iPhone\n")
    raw = yahoo("c7-016c", "Shaik Mastan Vali", "mastanvali.shaik@yahoo.co.in", "Enquiry - SSO ID in my name",
                "Wed, 7 Jan 2026 15:40:27 +0530", body)
    case("status-yahoo-std-code-phone", s, "Status enquiry from Yahoo: the only number is written as STD code and "
         "number ('040 2345 6789')", raw, exp("personal", "sso_status", ["mobile"]))

    # d. a 'mobile' that starts with 5
    body = ("Respected Sir,\n\nPlease let me know if I have an SSO ID.\n\nName: Kuldeep Rathore\nDesignation: Inspector\n"
            "Mobile: 5123456789\n\nRegards\nKuldeep Rathore\n")
    raw = rediff("c7-016d", "Kuldeep Rathore", "kuldeeprathore82@rediffmail.com", "SSO ID enquiry",
                 "Thu, 8 Jan 2026 09:33:50 +0530", body)
    case("status-rediff-mobile-starting-5", s, "Status enquiry from Rediffmail whose labelled 'Mobile' starts with 5, "
         "which is not a mobile number", raw, exp("personal", "sso_status", ["mobile"]))

    # e. fax and landline only, no designation  [twist]
    body = ("Sir,\n\nKindly check whether any SSO ID is available in my name.\n\nName: Sudha Raghunathan\n"
            "Ph: 044-28331204\nFax: 044-28331290\n\nRegards,\nSudha Raghunathan\n")
    raw = gmail("c7-016e", "Sudha Raghunathan", "sudha.raghunathan64@gmail.com", "SSO ID",
                "Thu, 8 Jan 2026 11:08:14 +0530", body)
    case("status-gmail-fax-landline-no-designation", s, "Twist: status enquiry with a landline and a fax but no "
         "mobile, and no designation", raw, exp("personal", "sso_status", ["designation", "mobile"]))

    # f. nine digits
    body = ("Dear Sir,\n\nI want to know whether an SSO ID exists in my name.\n\nName: Tarun Kalita\nDesignation: "
            "Examiner\nMob: 981234567\n\nTarun Kalita\nCustom House, Guwahati\n")
    raw = yahoo("c7-016f", "Tarun Kalita", "tarun.kalita@ymail.com", "SSO ID - Examiner", "Thu, 8 Jan 2026 14:26:39 +0530",
                body, android=True)
    case("status-yahoo-nine-digit-mobile", s, "Status enquiry whose only mobile has nine digits", raw,
         exp("personal", "sso_status", ["mobile"]))


# ----------------------------------------------------------------- 017: status enquiry without a name

def g017():
    s = "017"
    # a. Gmail: the name only in the From display name
    body = ("Sir,\n\nI would like to know whether an SSO ID has been created for me. I joined CGST Jaipur\nin 2017 but "
            "never got any SSO ID.\n\nDesignation: Inspector\nMobile No.: 9829014476\n\nRegards\n")
    raw = gmail("c7-017a", "Naveen Saini", "naveen.saini.jpr@gmail.com", "Whether SSO ID created?",
                "Fri, 9 Jan 2026 10:44:22 +0530", body)
    case("status-gmail-name-only-in-display-name", s, "Status enquiry from Gmail: designation and mobile labelled, "
         "the name only in the From display name", raw, exp("personal", "sso_status", ["name"]))

    # b. the name is in the sign-off  [twist: acknowledge]
    body = ("Sir,\n\nKindly confirm whether an SSO ID exists in my name.\n\nDesignation: Superintendent\n"
            "Mobile No.: 9414023351\n\nRegards,\nGovind Sharma\n")
    raw = gmail("c7-017b", "Govind Sharma", "govindsharma.cgst@gmail.com", "Whether SSO ID created?",
                "Fri, 9 Jan 2026 12:02:10 +0530", body)
    case("status-gmail-name-in-sign-off", s, "Twist: the same kind of enquiry, but the sign-off gives the name", raw,
         exp("personal", "sso_status"))

    # c. Yahoo, Hindi labels, no name
    body = ("महोदय,\n\nकृपया बताएं कि क्या मेरे नाम पर कोई एसएसओ आईडी बनी है। मुझे अब तक कोई आईडी नहीं मिली है।\n\n"
            "पदनाम / Designation: निरीक्षक (Inspector)\nमोबाइल / Mobile: 9412207745\n\nधन्यवाद\n")
    raw = yahoo("c7-017c", "Rajendra Prasad", "rajendraprasad.insp@yahoo.com", "एसएसओ आईडी की जानकारी",
                "Fri, 9 Jan 2026 16:30:48 +0530", body, android=True)
    case("status-yahoo-hindi-no-name", s, "Status enquiry in Hindi from Yahoo: designation and mobile labelled in "
         "Hindi and English, the name nowhere in the text", raw, exp("personal", "sso_status", ["name"]))

    # d. a Gmail reply whose only name is in the quoted earlier mail
    body = ("Sir,\n\nAs asked, my designation is Inspector (Preventive) and my mobile number is 9633102458.\nPlease "
            "check whether an SSO ID exists in my name.\n\nThanks\n\n"
            "On Thu, 8 Jan 2026 at 17:20, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n\n"
            "> Dear Sir/Madam,\n>\n> Kindly send your designation and mobile number to check the status.\n>\n"
            "> Regards,\n> Saksham Seva Helpdesk\n>\n> On Wed, 7 Jan 2026 at 11:02, Sherin Thomas <sherin.thomas.kochi@gmail.com> wrote:\n"
            ">> Sir, I am Sherin Thomas. Is there an SSO ID in my name?\n")
    raw = gmail("c7-017d", "Sherin Thomas", "sherin.thomas.kochi@gmail.com", "Re: SSO ID status",
                "Sat, 10 Jan 2026 09:05:36 +0530", body, reply="1823301144.5512.1767873000111.JavaMail.zimbra@icegate.gov.in")
    case("status-gmail-reply-name-only-in-quote", s, "Gmail reply giving designation and mobile; the name is only in "
         "the quoted earlier mails", raw, exp("personal", "sso_status", ["name"]))

    # e. neither name nor designation  [twist]
    body = ("Sir,\n\nIs there an SSO ID in my name? I have not got any password.\n\nMob: 9304412276\n\nThanks\n")
    raw = rediff("c7-017e", "Kumar Gaurav", "kgaurav.patna@rediffmail.com", "SSO ID ?", "Sat, 10 Jan 2026 11:14:03 +0530",
                 body)
    case("status-rediff-mobile-only", s, "Twist: a Rediffmail enquiry with only a mobile number: no name, no "
         "designation", raw, exp("personal", "sso_status", ["designation", "name"]))


# ----------------------------------------------------------------- 018: status asked by an office mailbox

def g018():
    s = "018"
    # a. a Range office Gmail: signature e-mail is the Range's own
    body = ("Sir/Madam,\n\nShri Mukesh Chand, Inspector of this Range, has not received any SSO ID and is not sure\n"
            "whether one exists in his name. Kindly check and inform him.\n\nName: Mukesh Chand\nDesignation: "
            "Inspector\nMobile: 9716401358\n\nRegards,\nAnita Rawat\nSuperintendent, CGST Range-VII, Division "
            "Okhla\nEmail: cgstrange7.okhla@gmail.com\nPh: 011-26810447\n")
    raw = gmail("c7-018a", "CGST Range-VII Okhla", "cgstrange7.okhla@gmail.com", "SSO ID status - Inspector Mukesh Chand",
                "Mon, 12 Jan 2026 11:20:14 +0530", body)
    case("status-range-gmail-own-address-in-signature", s, "A Range office's Gmail asks for an Inspector; the "
         "Superintendent's signature has name, designation, landline and only the Range's own Gmail", raw,
         exp("generic", "sso_status", ["signature_email"]))

    # b. the signature gives an individual ICEGATE ID  [twist: acknowledge]
    body = ("Sir/Madam,\n\nPlease check whether an SSO ID exists for Smt. Lata Bisht, Tax Assistant of this\nDivision.\n\n"
            "Name: Lata Bisht\nDesignation: Tax Assistant\nMobile: 8755102463\n\nRegards,\nHarish Pant\n"
            "Superintendent, CGST Division Rudrapur\nEmail: harish.pant@icegate.gov.in\nPh: 05944-250318\n")
    raw = gmail("c7-018b", "CGST Division Rudrapur", "cgstdivision.rudrapur@gmail.com", "SSO ID status - Lata Bisht, TA",
                "Mon, 12 Jan 2026 14:47:51 +0530", body)
    case("status-division-gmail-full-signature", s, "Twist: a Division's office Gmail whose Superintendent signs with "
         "an individual ICEGATE e-mail ID", raw, exp("generic", "sso_status"))

    # c. Yahoo Division mailbox: no number and no individual e-mail in the sign-off
    body = ("Sir,\n\nKindly let us know whether an SSO ID has been created for Shri Basavaraj Hiremath,\nInspector.\n\n"
            "Name: Basavaraj Hiremath\nDesignation: Inspector\nMobile: 9448102257\n\nRegards,\nN. Raghavendra\n"
            "Superintendent, CGST Division-II, Mysuru\n")
    raw = yahoo("c7-018c", "CGST Div-II Mysuru", "cgst.div2.mysuru@yahoo.com", "SSO ID - Basavaraj Hiremath",
                "Tue, 13 Jan 2026 10:06:12 +0530", body)
    case("status-division-yahoo-no-number-no-email", s, "A Division's Yahoo mailbox; the Superintendent signs with "
         "name and designation only", raw, exp("generic", "sso_status", ["signature_email", "signature_phone"]))

    # d. nic.in office mailbox, signature without an e-mail
    body = ("Sir/Madam,\n\nShri Prakash Oraon, Inspector, CGST Ranchi, wishes to know whether an SSO ID exists in\nhis "
            "name.\n\nName: Prakash Oraon\nDesignation: Inspector\nMobile: 7004123356\n\nRegards,\nSumit Lakra\n"
            "Assistant Commissioner (Admin), CGST Ranchi\nPh: 0651-2331207\n" + NIC_FOOT)
    raw = zimbra("c7-018d", "Admin CGST Ranchi", "admin.cgst.ranchi@nic.in", "SSO ID status - Prakash Oraon",
                 "Tue, 13 Jan 2026 12:33:49 +0530", body, version="9.0.0_ZEXTRAS_20240927")
    case("status-nic-admin-mailbox-no-individual-email", s, "A Commissionerate admin mailbox on nic.in asks for an "
         "Inspector; signature of name, designation and landline, no e-mail", raw,
         exp("generic", "sso_status", ["signature_email"]))

    # e. the officer's only number is an office landline  [twist: mobile too]
    body = ("Sir/Madam,\n\nPlease check whether Smt. Reena Devi, Inspector of this Range, has an SSO ID.\n\n"
            "Name: Reena Devi\nDesignation: Inspector\nContact: 0612-2504418 (office)\n\nRegards,\nAjay Kumar Singh\n"
            "Superintendent, CGST Range-III, Patna\ncgstrange3.patna@gmail.com\nTel: 0612-2504418\n")
    raw = gmail("c7-018e", "CGST Range-III Patna", "cgstrange3.patna@gmail.com", "SSO ID status - Reena Devi",
                "Tue, 13 Jan 2026 15:58:27 +0530", body, app=True)
    case("status-range-gmail-landline-only-own-address", s, "Twist: a Range office Gmail; the Inspector's only number "
         "is the office landline and the signature's only e-mail is the Range's Gmail", raw,
         exp("generic", "sso_status", ["mobile", "signature_email"]))



# ----------------------------------------------------------------- 019: password reset, complete

def g019():
    s = "019"
    # a. Zimbra, Hindi + English, Devanagari display name
    body = ("महोदय / Sir,\n\nमेरे एसएसओ आईडी का पासवर्ड काम नहीं कर रहा है, कृपया रीसेट करें।\nThe password of my "
            "SSO ID is not working and ACES shows 'invalid credentials'. Kindly\nreset it.\n\nनाम / Name: Sushil "
            "Kumar Rai\nपदनाम / Designation: Superintendent\nएसएसओ आईडी / SSO ID: 30417785\nमोबाइल / Mobile: 9415203377\n\n"
            "सादर,\nसुशील कुमार राय\nअधीक्षक, सीजीएसटी वाराणसी\n")
    raw = zimbra("c7-019a", "सुशील कुमार राय", "sushil.rai@icegate.gov.in", "SSO ID पासवर्ड रीसेट / Password reset",
                 "Wed, 14 Jan 2026 10:05:12 +0530", body)
    case("reset-zimbra-bilingual-devanagari-name", s, "Password reset from the officer's ICEGATE ID (Zimbra): Hindi "
         "and English, Devanagari display name, all four details labelled bilingually", raw,
         exp("icegate", "password_reset"))

    # b. Outlook: 'User ID' label, logo
    date = "Wed, 14 Jan 2026 12:31:45 +0530"
    body = ("Dear Sir/Madam,\n\nI am unable to log in to ACES as I have forgotten my password. Request you to reset\nthe "
            "same.\n\nName: Venugopal Menon\nDesignation: Assistant Commissioner\nUser ID: 20518346\n"
            "Mobile: 9895104412\n\nRegards,\nVenugopal Menon\nAssistant Commissioner, Cochin Custom House\n[cid:LOGO]\n")
    raw = outlook("c7-019b", "Venugopal Menon", "venugopal.menon@icegate.gov.in", "Reset of ACES / SSO password", date,
                  body)
    case("reset-outlook-user-id-label", s, "Password reset via Outlook (inline logo) with the SSO ID labelled "
         "'User ID'", raw, exp("icegate", "password_reset", kinds=["other"]))

    # c. Thunderbird: an alternate e-mail ID instead of the SSO ID
    body = ("Sir,\n\nI have forgotten both my SSO ID and its password. My alternate e-mail ID registered\nat the time of "
            "creation is suresh.babu.k78@gmail.com. Kindly reset the password.\n\nName: Suresh Babu K\n"
            "Designation: Appraiser\nMobile: 9444310286\n\n-- \nSuresh Babu K\nAppraiser, Chennai Air Cargo\n")
    raw = thunderbird("c7-019c", "Suresh Babu K", "suresh.babu@icegate.gov.in", "Forgot SSO ID and password",
                      "Wed, 14 Jan 2026 15:20:38 +0530", body)
    case("reset-thunderbird-alternate-email-for-sso-id", s, "'Forgot my SSO ID and password' from the ICEGATE ID "
         "(Thunderbird); the alternate e-mail ID stands for the SSO ID", raw, exp("icegate", "password_reset"))

    # d. Gmail app on ICEGATE, Hinglish
    body = ("Sir,\n\nMera SSO ID ka password bhool gaya hoon, kripya reset kar dijiye.\n\nName: Ravinder Singh\n"
            "Designation: Inspector\nSSO ID: 51602274\nMobile: 9872013346\n\nDhanyavaad\nRavinder Singh\n")
    raw = gmail("c7-019d", "Ravinder Singh", "ravinder.singh7@icegate.gov.in", "SSO password reset karna hai",
                "Thu, 15 Jan 2026 09:18:27 +0530", body, app=True)
    case("reset-gmail-app-hinglish", s, "Password reset in Hinglish from the officer's ICEGATE ID through the Gmail "
         "app", raw, exp("icegate", "password_reset"))

    # e. activation of an inactive SSO ID
    body = ("Sir/Madam,\n\nMy SSO ID has become inactive as I was on long leave for six months. Kindly activate\nit "
            "again.\n\nName: Farzana Begum\nDesignation: Superintendent\nSSO ID: 27730154\nMobile No.: 9848107723\n\n"
            "Regards,\nFarzana Begum\nSuperintendent, CGST Hyderabad\n")
    raw = zimbra("c7-019e", "Farzana Begum", "farzana.begum@icegate.gov.in", "Activation of inactive SSO ID",
                 "Thu, 15 Jan 2026 11:44:09 +0530", body, cte="7bit")
    case("reset-zimbra-activate-inactive-id", s, "Activation of an inactive SSO ID (a password_reset) with all four "
         "details", raw, exp("icegate", "password_reset"))

    # f. the only ID given is the sender's own ICEGATE address  [twist: sso_id]
    body = ("Sir,\n\nI cannot log in to my ICEGATE mailbox and ACES since my password expired. Kindly reset\nthe "
            "password of my ID anil.khatri@icegate.gov.in.\n\nName: Anil Khatri\nDesignation: Inspector\n"
            "Mobile: 9812204476\n\nRegards,\nAnil Khatri\nCGST Rohtak\n")
    raw = zimbra("c7-019f", "Anil Khatri", "anil.khatri@icegate.gov.in", "Password reset request",
                 "Thu, 15 Jan 2026 14:02:51 +0530", body, cte="7bit")
    case("reset-own-icegate-address-is-no-sso-id", s, "Twist: a reset whose only ID is the sender's own ICEGATE "
         "address, which is no SSO ID or alternate e-mail", raw, exp("icegate", "password_reset", ["sso_id"]))


# ----------------------------------------------------------------- 020: a reply whose SSO ID is only in the quote

def g020():
    s = "020"
    # a. Outlook reply, '-----Original Message-----'
    date = "Fri, 16 Jan 2026 10:12:40 +0530"
    body = ("Dear Sir,\n\nI missed your call as I was in a meeting. Please reset my password; I will be available\non "
            "my new mobile number today.\n\nName: Raghunath Iyer\nDesignation: Deputy Commissioner\nMobile: "
            "9869104452\n\nRegards,\nRaghunath Iyer\n[cid:LOGO]\n\n-----Original Message-----\nFrom: Saksham Seva "
            "Helpdesk <saksham.seva@icegate.gov.in>\nSent: Thursday, January 15, 2026 5:40 PM\nTo: Raghunath Iyer "
            "<raghunath.iyer@icegate.gov.in>\nSubject: RE: SSO password reset\n\nSir,\nWe could not reach you on the "
            "number given. Kindly share a number on which you are\navailable.\nRegards,\nSaksham Seva Helpdesk\n\n"
            "-----Original Message-----\nFrom: Raghunath Iyer <raghunath.iyer@icegate.gov.in>\nSent: Wednesday, "
            "January 14, 2026 11:02 AM\nTo: saksham.seva@icegate.gov.in\nSubject: SSO password reset\n\nSir, kindly "
            "reset my password.\nSSO ID: 19406627\n")
    raw = outlook("c7-020a", "Raghunath Iyer", "raghunath.iyer@icegate.gov.in", "RE: SSO password reset", date, body,
                  to=f"'Saksham Seva Helpdesk' <{HELPDESK}>", reply="1187702231.334102.1768479000123.JavaMail.zimbra@icegate.gov.in")
    case("reset-outlook-reply-sso-id-in-original-message", s, "Outlook reply (inline logo) with name, designation and "
         "new mobile; the SSO ID only below '-----Original Message-----'", raw,
         exp("icegate", "password_reset", ["sso_id"], kinds=["other"]))

    # b. Thunderbird reply with '>' quoting
    body = ("Sir,\n\nI was on leave and could not take the call. Kindly reset my SSO password now.\nName: Lalitha "
            "Devi\nDesignation: Superintendent\nMobile: 9949012264\n\nRegards,\nLalitha Devi\n\n"
            "On 15-01-2026 16:05, Saksham Seva Helpdesk wrote:\n> Madam,\n> We tried to call you but could not reach. "
            "Please reply with a number.\n>\n> On 14-01-2026 10:30, Lalitha Devi wrote:\n>> Please reset my password. "
            "SSO ID: 33850174\n")
    raw = thunderbird("c7-020b", "Lalitha Devi", "lalitha.devi2@icegate.gov.in", "Re: Password reset - Lalitha Devi",
                      "Fri, 16 Jan 2026 12:48:03 +0530", body, reply="8d2f01aa-6b7e-4c55-9a1c-2f7e0b9d4a11@icegate.gov.in")
    case("reset-thunderbird-reply-sso-id-quoted", s, "Thunderbird reply: the SSO ID only in the '>' quoted lines "
         "below 'On ... wrote:'", raw, exp("icegate", "password_reset", ["sso_id"]))

    # c. Zimbra reply restating the SSO ID  [twist: acknowledge]
    body = ("Sir,\n\nPlease reset my password; I am reachable on the number below.\n\nName: Harish Chandra Joshi\n"
            "Designation: Inspector\nSSO ID: 44107329\nMobile: 9760213358\n\nRegards,\nHarish Chandra Joshi\n\n"
            "----- Original Message -----\nFrom: \"Saksham Seva Helpdesk\" <saksham.seva@icegate.gov.in>\nTo: "
            "\"harish joshi\" <harish.joshi3@icegate.gov.in>\nSent: Thursday, January 15, 2026 3:12:09 PM\nSubject: "
            "Re: Password reset\n\nSir, kindly send your SSO ID and a mobile number.\n")
    raw = zimbra("c7-020c", "Harish Chandra Joshi", "harish.joshi3@icegate.gov.in", "Re: Password reset",
                 "Fri, 16 Jan 2026 15:30:22 +0530", body, cte="7bit",
                 reply="2011470032.55120.1768470129000.JavaMail.zimbra@icegate.gov.in")
    case("reset-zimbra-reply-restates-sso-id", s, "Twist: a Zimbra reply that restates the SSO ID in the officer's own "
         "text above Zimbra's '----- Original Message -----' block", raw, exp("icegate", "password_reset"))

    # d. Gmail app reply: the mobile only in the quote
    body = ("Sir,\n\nMy SSO ID is 28815043 and I am an Examiner at Custom House, Kandla. Please reset the\npassword.\n\n"
            "Regards,\nYogesh Chavda\n\n"
            "On Fri, 16 Jan 2026 at 16:10, Saksham Seva <saksham.seva@icegate.gov.in> wrote:\n\n> Sir, please send "
            "your SSO ID and designation.\n>\n> On Thu, 15 Jan 2026 at 12:00, Yogesh Chavda <yogesh.chavda@icegate.gov.in> "
            "wrote:\n>> Please reset my password. Mobile: 9825013367\n")
    raw = gmail("c7-020d", "Yogesh Chavda", "yogesh.chavda@icegate.gov.in", "Re: Password reset",
                "Sat, 17 Jan 2026 09:40:11 +0530", body, app=True,
                reply="1430028811.40021.1768559400000.JavaMail.zimbra@icegate.gov.in")
    case("reset-gmail-app-reply-mobile-only-quoted", s, "Gmail-app reply giving the SSO ID and designation; the "
         "mobile only in the quoted first mail", raw, exp("icegate", "password_reset", ["mobile"]))

    # e. Outlook reply with a 'From: / Sent:' header block; designation and SSO ID only below it
    date = "Sat, 17 Jan 2026 11:05:38 +0530"
    body = ("Sir,\n\nKindly reset my password at the earliest. You may call me on 9437014482.\n\nThanks,\nBiswajit "
            "Pradhan\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nSent: Friday, January 16, 2026 "
            "6:02 PM\nTo: Biswajit Pradhan <biswajit.pradhan@icegate.gov.in>\nSubject: RE: Reset password\n\nSir, "
            "please confirm a mobile number.\n\nFrom: Biswajit Pradhan <biswajit.pradhan@icegate.gov.in>\nSent: "
            "Friday, January 16, 2026 10:15 AM\nTo: saksham.seva@icegate.gov.in\nSubject: Reset password\n\n"
            "Designation: Superintendent\nSSO ID: 36620481\n")
    raw = outlook("c7-020e", "Biswajit Pradhan", "biswajit.pradhan@icegate.gov.in", "RE: Reset password", date, body,
                  logo=False, reply="7730112904.22110.1768566720000.JavaMail.zimbra@icegate.gov.in")
    case("reset-outlook-reply-from-sent-block", s, "Outlook reply without a logo: name and mobile in the new text; "
         "designation and SSO ID only below the 'From: ... Sent: ...' header block", raw,
         exp("icegate", "password_reset", ["designation", "sso_id"]))

    # f. iPhone reply
    body = ("Sir please reset my password. I am Mohan Lal Verma, Inspector, CGST Jaipur, mobile 9460213374.\n"
            "Thanks\nMohan Lal Verma\n\n"
            "On 16-Jan-2026, at 5:20 PM, Saksham Seva Helpdesk <saksham.seva@icegate.gov.in> wrote:\n\n> Sir, kindly "
            "share your details.\n>\n>> SSO ID: 47215509\n")
    raw = iphone("c7-020f", "Mohan Lal Verma", "mohanlal.verma@icegate.gov.in", "Re: Password reset",
                 "Sat, 17 Jan 2026 13:22:07 +0530", body,
                 extra={"In-Reply-To": "<9921003311.1100.1768564200000.JavaMail.zimbra@icegate.gov.in>"})
    case("reset-iphone-reply-sso-id-quoted", s, "iPhone reply: name, designation and mobile in one sentence of new text; "
         "the SSO ID only in the quoted part", raw, exp("icegate", "password_reset", ["sso_id"]))


# ----------------------------------------------------------------- 021: reset from outside ICEGATE

def g021():
    s = "021"
    # a. an individual nic.in address
    body = ("Sir,\n\nI am on deputation to the Ministry of Finance and cannot access my ICEGATE mailbox as I\nhave "
            "forgotten the password. Please reset it.\n\nName: S. Raghavan\nDesignation: Joint Commissioner\n"
            "SSO ID: 11208437\nMobile: 9810423356\n\nRegards,\nS. Raghavan\nDirector, Department of Revenue\n"
            "Tel: 011-23095512\n" + NIC_FOOT)
    raw = zimbra("c7-021a", "S Raghavan", "s.raghavan@nic.in", "Password reset of SSO ID", "Mon, 19 Jan 2026 10:14:33 +0530",
                 body, version="9.0.0_ZEXTRAS_20240927")
    case("reset-individual-nic-in-address", s, "A Joint Commissioner on deputation asks for a reset from his "
         "individual nic.in address; all details labelled", raw,
         exp("personal", "password_reset", ["icegate_sender"]))

    # b. Gmail, complete details
    body = ("Respected Sir,\n\nI have forgotten the password of my SSO ID and cannot open my ICEGATE mail to receive\n"
            "any reset link. Kindly reset it.\n\nName: Pradeep Yadav\nDesignation: Inspector\nSSO ID: 62019384\n"
            "Mobile: 8700124476\n\nRegards,\nPradeep Yadav\n")
    raw = gmail("c7-021b", "Pradeep Yadav", "pradeepyadav.cgst@gmail.com", "Reset SSO ID password",
                "Mon, 19 Jan 2026 12:27:48 +0530", body)
    case("reset-gmail-complete-details", s, "Password reset from the officer's Gmail with every detail", raw,
         exp("personal", "password_reset", ["icegate_sender"]))

    # c. forgot the SSO ID too and gives no alternate e-mail  [twist: sso_id]
    body = ("Sir,\n\nI do not remember my SSO ID or the password. Please help me to log in again.\n\nName: Manjula "
            "Hegde\nDesignation: Tax Assistant\nMobile: 9741204478\n\nThanks,\nManjula Hegde\n")
    raw = gmail("c7-021c", "Manjula Hegde", "manjula.hegde79@gmail.com", "Forgot SSO ID", "Mon, 19 Jan 2026 15:02:19 +0530",
                body, app=True)
    case("reset-gmail-forgot-sso-id-too", s, "Twist: 'forgot my SSO ID and password' from Gmail without any SSO ID "
         "or alternate e-mail ID", raw, exp("personal", "password_reset", ["icegate_sender", "sso_id"]))

    # d. Yahoo, Hindi
    body = ("महोदय,\n\nमैं अपने एसएसओ आईडी का पासवर्ड भूल गई हूँ। कृपया पासवर्ड रीसेट करें।\n\nनाम: अंजू शर्मा\n"
            "पदनाम: अधीक्षक (Superintendent)\nएसएसओ आईडी: 58830216\nमोबाइल: 9414102257\n\nधन्यवाद\nअंजू शर्मा\n")
    raw = yahoo("c7-021d", "Anju Sharma", "anju.sharma1975@yahoo.com", "पासवर्ड रीसेट हेतु अनुरोध",
                "Tue, 20 Jan 2026 10:40:55 +0530", body, android=True)
    case("reset-yahoo-hindi", s, "Password reset in Hindi from Yahoo (Android), details labelled in Hindi", raw,
         exp("personal", "password_reset", ["icegate_sender"]))

    # e. from the ICEGATE ID, with a Reply-To on Gmail  [twist: acknowledge]
    body = ("Sir,\n\nKindly reset the password of my SSO ID, which I have forgotten.\n\nName: Tanveer Ahmed\n"
            "Designation: Superintendent\nSSO ID: 35521098\nMobile: 9906013345\n\nRegards,\nTanveer Ahmed\nCGST "
            "Srinagar\n")
    raw = zimbra("c7-021e", "Tanveer Ahmed", "tanveer.ahmed@icegate.gov.in", "SSO ID password reset",
                 "Tue, 20 Jan 2026 12:18:30 +0530", body, cte="7bit",
                 extra={"Reply-To": "Tanveer Ahmed <tanveer.ahmed.sgr@gmail.com>"})
    case("reset-icegate-with-gmail-reply-to", s, "Twist: the reset comes from the officer's ICEGATE ID; a Reply-To "
         "on Gmail changes nothing", raw, exp("icegate", "password_reset"))

    # f. gov.in address with a Reply-To on ICEGATE
    body = ("Sir/Madam,\n\nPlease reset the password of my SSO ID.\n\nName: Meera Nambiar\nDesignation: Deputy "
            "Commissioner\nSSO ID: 14907763\nMobile: 9447203381\n\nRegards,\nMeera Nambiar\n" + NIC_FOOT)
    raw = zimbra("c7-021f", "Meera Nambiar", "meera.nambiar@gov.in", "SSO password reset", "Tue, 20 Jan 2026 15:50:02 +0530",
                 body, version="9.0.0_ZEXTRAS_20240927",
                 extra={"Reply-To": "Meera Nambiar <meera.nambiar@icegate.gov.in>"})
    case("reset-gov-in-with-icegate-reply-to", s, "A reset from an individual gov.in address whose Reply-To is an "
         "ICEGATE address: the sender is still the From: address", raw,
         exp("personal", "password_reset", ["icegate_sender"]))



# ----------------------------------------------------------------- 022: reset without a designation

def g022():
    s = "022"
    # a. Zimbra, base64 Hindi body, no designation
    body = ("महोदय,\n\nमेरा एसएसओ आईडी का पासवर्ड एक्सपायर हो गया है और लॉगिन नहीं हो रहा है। कृपया पासवर्ड\nरीसेट करने "
            "की कृपा करें।\n\nनाम / Name: विनोद कुमार (Vinod Kumar)\nएसएसओ आईडी / SSO ID: 42207318\n"
            "मोबाइल / Mobile: 9450013346\n\nसधन्यवाद,\nविनोद कुमार\n")
    raw = zimbra("c7-022a", "विनोद कुमार", "vinod.kumar12@icegate.gov.in", "पासवर्ड रीसेट का अनुरोध",
                 "Wed, 21 Jan 2026 10:22:41 +0530", body, cte="b64")
    case("reset-hindi-base64-no-designation", s, "Password reset in Hindi (base64 body, Devanagari subject and name) "
         "from the ICEGATE ID: name, SSO ID and mobile, no designation", raw,
         exp("icegate", "password_reset", ["designation"]))

    # b. the designation labelled in Hindi and English  [twist: acknowledge]
    body = ("महोदय,\n\nकृपया मेरे एसएसओ आईडी का पासवर्ड रीसेट करें।\n\nनाम / Name: ममता देवी (Mamta Devi)\n"
            "पद / Designation: निरीक्षक (Inspector)\nएसएसओ आईडी / SSO ID: 39102285\nमोबाइल / Mobile: 9431204467\n\n"
            "धन्यवाद,\nममता देवी\n")
    raw = zimbra("c7-022b", "ममता देवी", "mamta.devi3@icegate.gov.in", "पासवर्ड रीसेट / Password reset",
                 "Wed, 21 Jan 2026 12:40:18 +0530", body, cte="b64")
    case("reset-hindi-designation-labelled", s, "Twist: the same kind of Hindi mail with the designation labelled "
         "'पद / Designation: निरीक्षक (Inspector)'", raw, exp("icegate", "password_reset"))

    # c. Gmail app on ICEGATE, Hinglish, no designation
    body = ("Sir,\n\nMera ICEGATE login nahi ho raha, password reset karna hai. Details neeche hain.\n\nName: Imran "
            "Sheikh\nSSO ID: 55012743\nMobile: 9850213347\n\nShukriya\nImran Sheikh\n")
    raw = gmail("c7-022c", "Imran Sheikh", "imran.sheikh2@icegate.gov.in", "Password reset please",
                "Wed, 21 Jan 2026 16:15:03 +0530", body, app=True)
    case("reset-gmail-app-hinglish-no-designation", s, "Hinglish reset from the ICEGATE ID (Gmail app): name, SSO ID, "
         "mobile, no designation", raw, exp("icegate", "password_reset", ["designation"]))

    # d. no designation and no mobile  [twist]
    body = ("महोदय,\n\nमेरा पासवर्ड काम नहीं कर रहा है, कृपया रीसेट करें।\n\nनाम: सरिता कुमारी\nएसएसओ आईडी: 60213379\n"
            "कार्यालय दूरभाष: 0651-2330418\n\nधन्यवाद\nसरिता कुमारी\n")
    raw = zimbra("c7-022d", "सरिता कुमारी", "sarita.kumari5@icegate.gov.in", "पासवर्ड रीसेट",
                 "Thu, 22 Jan 2026 10:05:57 +0530", body, cte="b64")
    case("reset-hindi-no-designation-office-phone-only", s, "Twist: Hindi reset with name and SSO ID; the only "
         "number is an office telephone, and no designation", raw,
         exp("icegate", "password_reset", ["designation", "mobile"]))

    # e. Outlook, English: the sign-off names an office, not a designation
    date = "Thu, 22 Jan 2026 12:31:26 +0530"
    body = ("Dear Sir,\n\nI have forgotten the password of my SSO ID. Please reset it.\n\nName: Rohit Bansal\n"
            "SSO ID: 26630148\nMobile: 9815027746\n\nRegards,\nRohit Bansal\nCGST Range-II, Division-III, Ludhiana\n"
            "[cid:LOGO]\n")
    raw = outlook("c7-022e", "Rohit Bansal", "rohit.bansal@icegate.gov.in", "Password reset - Rohit Bansal", date, body)
    case("reset-outlook-office-but-no-designation", s, "English reset via Outlook; the sign-off names the Range and "
         "Division but no designation", raw, exp("icegate", "password_reset", ["designation"], kinds=["other"]))


# ----------------------------------------------------------------- 023: authentication of ICEGATE senders

ORIGINS["vps"] = ("vps-2214.hostnation-cloud.net", "203.0.113.58", "")
ORIGINS["relay"] = ("bulk-out3.mailer-relay.co", "198.51.100.23", "")


def php_mail(seed, name, frm, subject, date, plain, ar, *, reply_to=None, mailer="PHPMailer 6.9.1 "
             "(https://github.com/PHPMailer/PHPMailer)", origin="vps", frm_header=None):
    rnd = R(seed)
    b = "b1=_" + rnd.alnum(40)
    body = multi("alternative", [text(plain, "plain", "7bit"),
                                 text("<p>" + plain.replace("\n", "<br>\n") + "</p>", "html", "7bit")], b)
    head = {"Date": date, "To": HELPDESK, "From": frm_header or frm_hdr(name, frm), "Reply-To": reply_to,
            "Subject": subject, "Message-ID": f"<{rnd.alnum(32)}@{ORIGINS[origin][0]}>", "X-Mailer": mailer,
            "MIME-Version": "1.0"}
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version", "*body*"]
    return compose(order, head, body, transport(origin, frm, date, seed, ar=ar))


def g023():
    s = "023"
    det = lambda n, d, i, m: f"Name: {n}\nDesignation: {d}\nSSO ID: {i}\nMobile: {m}\n"
    # a. dmarc=fail at the top, a forged 'pass' copy below
    frm = "kishore.naidu@icegate.gov.in"
    ar = (ar_line("mx.icegate.gov.in", "icegate.gov.in", "kishore.naidu", "203.0.113.58", dkim="none", spf="fail",
                  dmarc="fail") + "\nAuthentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in "
          "header.s=zm2024; spf=pass smtp.mailfrom=kishore.naidu@icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
    body = ("Dear Team,\n\nMy SSO ID password is not working. Kindly reset it immediately and mail the new password\n"
            "to me, I am on tour.\n\n" + det("Kishore Naidu", "Superintendent", "47730125", "7013204468") +
            "\nThanks\nKishore Naidu\n")
    raw = php_mail("c7-023a", "Kishore Naidu", frm, "Reset SSO password urgently", "Fri, 23 Jan 2026 01:12:44 +0530",
                   body, ar, reply_to="Kishore Naidu <kishorenaidu.cbic@gmail.com>")
    case("reset-spoof-dmarc-fail-forged-pass-below", s, "A reset claiming an ICEGATE ID, sent at night from a hosting "
         "server (PHPMailer) with a Gmail Reply-To; the topmost Authentication-Results says dmarc=fail, a 'pass' "
         "copy below it is forged", raw, exp("icegate", "password_reset", action="review"))

    # b. spf=fail, no DKIM signature, no DMARC result  [the brief's 'fails only SPF without DKIM']
    frm = "neha.kapoor@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none (message not signed);\n\tspf=fail (mx.icegate.gov.in: "
          f"domain of {frm} does not designate 203.0.113.58 as permitted sender) smtp.mailfrom={frm}")
    body = ("Sir,\n\nPlease reset the password of my SSO ID.\n\n" + det("Neha Kapoor", "Inspector", "51108392",
                                                                         "9811204473") + "\nRegards,\nNeha Kapoor\n")
    raw = php_mail("c7-023b", "Neha Kapoor", frm, "SSO ID password reset", "Fri, 23 Jan 2026 10:40:02 +0530", body, ar,
                   mailer="Roundcube Webmail/1.6.9")
    case("reset-spoof-spf-fail-no-dkim", s, "Twist on the spoof: the trusted header has spf=fail with no DKIM "
         "signature and no DMARC result at all (spf=fail without dkim=pass)", raw,
         exp("icegate", "password_reset", action="review"))

    # c. passes only for the sending service's own domain
    frm = "deepak.sinha@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=mailer-relay.co header.s=k1 header.b=Rt0q9Lm2;\n"
          "\tspf=pass (mx.icegate.gov.in: domain of bounces+8812@mailer-relay.co designates 198.51.100.23 as "
          "permitted sender) smtp.mailfrom=bounces+8812@mailer-relay.co;\n\tdmarc=none header.from=icegate.gov.in")
    body = ("Sir,\n\nI am not able to log in with my SSO ID. Kindly reset the password.\n\n" +
            det("Deepak Sinha", "Assistant Commissioner", "18820457", "9431017725") + "\nRegards,\nDeepak Sinha\n")
    raw = php_mail("c7-023c", "Deepak Sinha", frm, "Password reset", "Fri, 23 Jan 2026 13:15:29 +0530", body, ar,
                   mailer="Mailer-Relay API v3", origin="relay")
    case("reset-spoof-passes-for-another-domain", s, "A reset 'from' an ICEGATE ID sent through a bulk-mail service: "
         "DKIM and SPF pass only for the service's own domain, not for icegate.gov.in", raw,
         exp("icegate", "password_reset", action="review"))

    # d. the display name shows an ICEGATE address; the address is Gmail
    body = ("Sir,\n\nKindly reset my SSO ID password.\n\n" + det("Ramesh Yadav", "Inspector", "60021873", "9935012247")
            + "\nRamesh Yadav\n")
    raw = gmail("c7-023d", "ramesh.yadav@icegate.gov.in", "ramesh.yadav.ice@gmail.com", "SSO ID password reset",
                "Fri, 23 Jan 2026 16:42:10 +0530", body)
    case("reset-display-name-shows-icegate-address", s, "The From display name is an ICEGATE address but the address "
         "itself is a Gmail one: an ambiguous sender", raw,
         exp("personal", "password_reset", ["icegate_sender"], action="review"))

    # e. two addresses in From:
    frm = "vinay.kumar4@icegate.gov.in"
    body = ("Sir,\n\nPlease reset my password.\n\n" + det("Vinay Kumar", "Inspector", "33108746", "9868012254") +
            "\nRegards,\nVinay Kumar\n")
    raw = zimbra("c7-023e", "Vinay Kumar", frm, "Password reset", "Sat, 24 Jan 2026 10:11:36 +0530", body, cte="7bit",
                 extra={"From": "Vinay Kumar <vinay.kumar4@icegate.gov.in>, Vinay K <vinay.k@icegate.gov.in>"})
    case("reset-two-addresses-in-from", s, "A reset whose From: field holds two ICEGATE addresses: an ambiguous "
         "sender", raw, exp("icegate", "password_reset", action="review"))

    # f. relayed: spf=fail but dkim=pass for icegate.gov.in  [twist: acknowledge]
    frm = "meghna.das@icegate.gov.in"
    ar = ar_line("mx.icegate.gov.in", "icegate.gov.in", "meghna.das", "164.100.148.40", spf="fail")
    body = ("Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\n" +
            det("Meghna Das", "Superintendent", "24410938", "9830102247") + "\nRegards,\nMeghna Das\nCGST Kolkata South\n")
    raw = zimbra("c7-023f", "Meghna Das", frm, "Password reset - Meghna Das", "Sat, 24 Jan 2026 12:30:48 +0530", body,
                 cte="7bit", ar=ar)
    case("reset-relayed-spf-fail-dkim-pass", s, "Twist: a reset relayed through a gateway: spf=fail but dkim=pass "
         "and dmarc=pass for icegate.gov.in, which is no authentication failure", raw,
         exp("icegate", "password_reset"))



# ----------------------------------------------------------------- 024: designation update through the system manager

def g024():
    s = "024"
    # a. Thunderbird sysmgr, RFC 2231 Devanagari + English order name, 'scan_0012.pdf' told by its text
    body = ("Sir/Madam,\n\nShri Bhupinder Singh, Inspector, Custom House, Amritsar, has been promoted as\nSuperintendent "
            "vide Establishment Order No. 09/2026 dated 05.01.2026. His designation\nin ACES still shows Inspector.\n\n"
            "The promotion order and the first page of his service book are attached; kindly\nupdate the designation.\n\n"
            "-- \nRegards,\nJasbir Kaur\nAppraiser & System Manager\nCustom House, Amritsar\njasbir.kaur@icegate.gov.in\n"
            "Ph: 0183-2592417\n")
    raw = thunderbird("c7-024a", "Sysmgr Amritsar", "sysmgr.asr@icegate.gov.in",
                      "Updation of designation - Shri Bhupinder Singh - promotion", "Mon, 26 Jan 2026 11:02:37 +0530", body,
                      [tb_att(promo_order("09/2026", "05.01.2026", ["Shri Bhupinder Singh, Inspector"], "Inspector",
                                          "Superintendent", "Office of the Commissioner of Customs, Amritsar"), PDF,
                              "पदोन्नति आदेश - Promotion Order 09-2026.pdf"),
                       att(sb("Bhupinder Singh", "12/04/1984", "03/03/2008"), PDF, "scan_0012.pdf")])
    case("promotion-sysmgr-thunderbird-rfc2231-scan-name", s, "Amritsar System Manager ID (Thunderbird): the "
         "promotion order's name is Devanagari + English in RFC 2231 form; the service book is 'scan_0012.pdf', "
         "told by its text layer", raw, exp("generic", "designation_update", kinds=["promotion_order", "service_book"]))

    # b. Zimbra sysmgr: two officers, one order, two photos
    body = ("Sir,\n\nSmt. Geeta Rani and Shri Om Prakash, Examiners of ICD Dadri, have been promoted to\nAppraiser vide "
            "the attached order. Their service book first pages are attached.\nKindly update both designations in "
            "ACES.\n\nRegards,\nVijay Kumar Tyagi\nSuperintendent & System Manager\nICD Dadri, Greater Noida\n"
            "Mob: 9873012458\nvk.tyagi@icegate.gov.in\n")
    raw = zimbra("c7-024b", "SYSMGR ICD DADRI", "sysmgr.icddadri@icegate.gov.in", "Designation update - promotion to Appraiser",
                 "Mon, 26 Jan 2026 15:18:04 +0530", body,
                 [att(promo_order("14/2026", "12.01.2026", ["Smt. Geeta Rani, Examiner", "Shri Om Prakash, Examiner"],
                                  "Examiner", "Appraiser", "Office of the Commissioner of Customs (Export), ICD Dadri"), PDF,
                      "Promotion order - Examiners to Appraiser.pdf"),
                  att(photo(401), JPG, "Service book - Geeta Rani.jpg"), att(photo(402), JPG, "Service book - Om Prakash.jpg")],
                 cte="7bit")
    case("promotion-sysmgr-two-officers-one-order", s, "ICD Dadri System Manager ID: one promotion order for two "
         "Examiners and a service book photo for each", raw,
         exp("generic", "designation_update", kinds=["promotion_order", "service_book", "service_book"]))

    # c. the System Manager's sign-off has no designation  [twist]
    body = ("Sir/Madam,\n\nPlease update the designation of Shri Nitin Borkar from Inspector to Superintendent in\nACES "
            "consequent on his promotion. The promotion order and his service book page are\nattached.\n\nRegards,\n"
            "Sameer Naik\nCustom House, Mormugao, Goa\nsameer.naik@icegate.gov.in\nPh: 0832-2520148\n")
    raw = zimbra("c7-024c", "SYSMGR MORMUGAO", "sysmgr.mormugao@icegate.gov.in", "Designation update - Nitin Borkar",
                 "Tue, 27 Jan 2026 10:40:55 +0530", body,
                 [att(promo_order("03/2026", "08.01.2026", ["Shri Nitin Borkar, Inspector"], "Inspector", "Superintendent",
                                  "Commissionerate of Customs, Goa"), PDF, "Promotion Order Nitin Borkar.pdf"),
                  att(sb("Nitin Borkar", "21/05/1985", "14/08/2009"), PDF, "Service Book Nitin Borkar.pdf")], cte="7bit")
    case("promotion-sysmgr-signoff-without-designation", s, "Twist: Mormugao System Manager ID, complete documents, but the "
         "sign-off gives name, office, e-mail and phone without a designation", raw,
         exp("generic", "designation_update", ["signature_designation"], kinds=["promotion_order", "service_book"]))

    # d. Outlook sysmgr: 'Office Order 56-2025.pdf' told by its text
    date = "Tue, 27 Jan 2026 12:55:19 +0530"
    body = ("Dear Sir/Madam,\n\nConsequent upon promotion of Smt. Poonam Saini from Tax Assistant to Senior Tax\nAssistant, "
            "her designation may kindly be updated. Office Order No. 56/2025 and her\nservice book first page are "
            "attached.\n\nRegards,\nSatish Arora\nSuperintendent (Systems) & System Manager\nCGST Panchkula\n"
            "Tel: 0172-2583316\nsatish.arora@icegate.gov.in\n[cid:LOGO]\n")
    raw = outlook("c7-024d", "SYSMGR CGST PANCHKULA", "sysmgr.cgst.panchkula@icegate.gov.in",
                  "Updation of designation - Poonam Saini, STA", date, body,
                  [outlook_att(promo_order("56/2025", "30.12.2025", ["Smt. Poonam Saini, Tax Assistant"], "Tax Assistant",
                                           "Senior Tax Assistant", "Office of the Commissioner, CGST Panchkula"), PDF,
                               "Office Order 56-2025.pdf", date),
                   outlook_att(sb("Poonam Saini", "02/02/1990", "11/07/2014"), PDF, "Poonam Saini SB.pdf", date)])
    case("promotion-sysmgr-outlook-office-order-by-text", s, "Panchkula System Manager ID via Outlook (logo): the "
         "promotion order is 'Office Order 56-2025.pdf', told by its text layer", raw,
         exp("generic", "designation_update", kinds=["other", "promotion_order", "service_book"]))

    # e. the order is a photo-scan PDF with a neutral name  [twist: promotion_order missing]
    body = ("Sir,\n\nKindly update the designation of Shri Arjun Reddy as Superintendent consequent on his\npromotion "
            "vide Office Order No. 88/2025. The order (scanned) and his service book page are\nattached.\n\nRegards,\n"
            "T. Srinivas\nSuperintendent & System Manager, CGST Warangal\nMob: 9866013342\nt.srinivas@icegate.gov.in\n")
    raw = zimbra("c7-024e", "SYSMGR CGST WARANGAL", "sysmgr.cgst.wgl@icegate.gov.in", "Designation update - Arjun Reddy",
                 "Wed, 28 Jan 2026 11:21:40 +0530", body,
                 [att(scan_pdf(411), PDF, "OO_88_2025.pdf"),
                  att(sb("Arjun Reddy", "15/09/1986", "02/04/2010"), PDF, "Service Book Arjun Reddy.pdf")], cte="7bit")
    case("promotion-sysmgr-order-scan-with-neutral-name", s, "Twist: the promotion order is an image-only PDF named "
         "'OO_88_2025.pdf': neither its name nor its content tells it, so it is 'other' and the order is missing", raw,
         exp("generic", "designation_update", ["promotion_order"], kinds=["other", "service_book"]))

    # f. Gmail app, Comm Admin: promotion to Assistant Commissioner
    rnd = R("c7-024f-a")
    body = ("Sir/Madam,\n\nShri Rakesh Bhatia, Superintendent, has been promoted as Assistant Commissioner\nvide CBIC "
            "order dated 02.01.2026 and posted in this Commissionerate. Kindly update his\ndesignation in ACES. "
            "Order and service book page attached.\n\nRegards,\nSunanda Ghosh\nSuperintendent & Comm Admin, CGST "
            "Howrah\nMob: 9433012476\nsunanda.ghosh@icegate.gov.in\n")
    raw = gmail("c7-024f", "Comm Admin CGST Howrah", "comadmin.cgst.howrah@icegate.gov.in",
                "Designation update - Rakesh Bhatia, AC", "Wed, 28 Jan 2026 14:46:12 +0530", body,
                [gmail_att(promo_order("F.No. A-32012/02/2026", "02.01.2026", ["Shri Rakesh Bhatia, Superintendent"],
                                       "Superintendent", "Assistant Commissioner", "Central Board of Indirect Taxes and Customs"),
                           PDF, "Promotion order AC.pdf", rnd),
                 gmail_att(photo(421), JPG, "Service book first page.jpg", rnd)], app=True)
    case("promotion-comadmin-gmail-app-to-ac", s, "Howrah Comm Admin ID via the Gmail app: promotion of a "
         "Superintendent to Assistant Commissioner; order PDF and service book photo", raw,
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]))


# ----------------------------------------------------------------- 025: the officer sends the order only

def g025():
    s = "025"
    # a. iPhone, inline PDF
    body = ("Sir,\nI have been promoted to Superintendent vide the attached order. Kindly update my designation in "
            "ACES.\nRegards\nAjay Pratap Singh\nSuperintendent, CGST Lucknow\n")
    raw = iphone("c7-025a", "Ajay Pratap Singh", "ajay.pratap@icegate.gov.in", "Designation updation",
                 "Thu, 29 Jan 2026 18:30:51 +0530", body,
                 [ios_att(promo_order("112/2025", "22.12.2025", ["Shri Ajay Pratap Singh, Inspector"], "Inspector",
                                      "Superintendent", "Office of the Chief Commissioner, CGST Lucknow Zone"), PDF,
                          "Promotion Order.pdf")])
    case("promotion-iphone-order-inline-only", s, "An officer's ICEGATE ID from an iPhone: the promotion order inline, "
         "no service book", raw, exp("icegate", "designation_update", ["service_book"], kinds=["promotion_order"]))

    # b. Gmail app, JPEG order
    rnd = R("c7-025b-a")
    body = ("Sir,\n\nI was promoted as Appraiser last month. Photo of the promotion order is attached. Please\nchange "
            "my designation from Examiner to Appraiser.\n\nRegards,\nSreelakshmi Nair\nAppraiser, Cochin Custom House\n")
    raw = gmail("c7-025b", "Sreelakshmi Nair", "sreelakshmi.nair@icegate.gov.in", "Change of designation - promotion",
                "Thu, 29 Jan 2026 20:04:33 +0530", body, [gmail_att(photo(431), JPG, "Promotion order.jpg", rnd)], app=True)
    case("promotion-gmail-app-order-photo-only", s, "An Appraiser's ICEGATE ID via the Gmail app: a photo of the "
         "promotion order named as such, no service book", raw,
         exp("icegate", "designation_update", ["service_book"], kinds=["promotion_order"]))

    # c. iPhone with both  [twist: acknowledge]
    body = ("Sir,\nPromotion order and first page of service book attached. Please update my designation to "
            "Superintendent.\nThanks\nRajat Verma\n")
    raw = iphone("c7-025c", "Rajat Verma", "rajat.verma@icegate.gov.in", "Designation update",
                 "Fri, 30 Jan 2026 09:12:20 +0530", body,
                 [ios_att(promo_order("07/2026", "09.01.2026", ["Shri Rajat Verma, Inspector"], "Inspector", "Superintendent",
                                      "Office of the Commissioner, CGST Bhopal"), PDF, "Promotion_order.pdf"),
                  ios_att(photo(441), JPG, "Service Book.jpeg")])
    case("promotion-iphone-order-and-book", s, "Twist: an iPhone mail with the promotion order and a photo of the "
         "service book", raw, exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]))

    # d. Outlook: 'DPC_order_2026.pdf' told by its text
    date = "Fri, 30 Jan 2026 11:48:07 +0530"
    body = ("Dear Sir,\n\nI have been promoted to the grade of Superintendent on the recommendation of the DPC\n(order "
            "attached). Kindly update my designation in ACES and the ICEGATE directory.\n\nRegards,\nSatyendra Mishra\n"
            "Superintendent, CGST Varanasi\n[cid:LOGO]\n")
    raw = outlook("c7-025d", "Satyendra Mishra", "satyendra.mishra@icegate.gov.in", "Designation update after DPC", date,
                  body, [outlook_att(promo_order("201/2025", "29.12.2025", ["Shri Satyendra Mishra, Inspector"], "Inspector",
                                                 "Superintendent", "Office of the Commissioner, CGST Varanasi"), PDF,
                                     "DPC_order_2026.pdf", date)])
    case("promotion-outlook-dpc-order-by-text", s, "A Superintendent's ICEGATE ID via Outlook (logo): 'DPC_order_2026.pdf' "
         "is a promotion order by its text layer; no service book", raw,
         exp("icegate", "designation_update", ["service_book"], kinds=["other", "promotion_order"]))

    # e. iPhone on iCloud  [twist: icegate_sender too]
    body = ("Sir,\nI have been promoted as Senior Intelligence Officer. Order attached. Kindly update my designation.\n"
            "Regards\nPiyush Agarwal\n")
    raw = iphone("c7-025e", "Piyush Agarwal", "piyush.agarwal85@icloud.com", "Designation update",
                 "Fri, 30 Jan 2026 19:22:45 +0530", body,
                 [ios_att(promo_order("DRI/Estt/05/2026", "15.01.2026", ["Shri Piyush Agarwal, Intelligence Officer"],
                                      "Intelligence Officer", "Senior Intelligence Officer", "Directorate of Revenue Intelligence"),
                          PDF, "Promotion order DRI.pdf")], origin="icloud")
    case("promotion-iphone-icloud-order-only", s, "Twist: the same kind of iPhone mail from a personal iCloud "
         "address", raw, exp("personal", "designation_update", ["icegate_sender", "service_book"], kinds=["promotion_order"]))

    # f. Hindi, Zimbra: a Devanagari-only file name, told by its text
    body = ("महोदय,\n\nमेरी पदोन्नति निरीक्षक से अधीक्षक के पद पर हुई है। पदोन्नति आदेश संलग्न है। कृपया एसीईएस में\n"
            "मेरा पदनाम अद्यतन करें।\n\nसादर,\nरामकिशोर मीणा\nअधीक्षक, सीजीएसटी कोटा\n")
    raw = zimbra("c7-025f", "रामकिशोर मीणा", "ramkishore.meena@icegate.gov.in", "पदनाम अद्यतन हेतु अनुरोध",
                 "Sat, 31 Jan 2026 10:33:19 +0530", body,
                 [att(promo_order("11/2026", "14.01.2026", ["Shri Ramkishore Meena, Inspector"], "Inspector",
                                  "Superintendent", "Office of the Commissioner, CGST Kota"), PDF, "पदोन्नति आदेश.pdf",
                      style="2047")])
    case("promotion-hindi-devanagari-only-file-name", s, "A Hindi mail from the officer's ICEGATE ID; the order's "
         "file name is Devanagari only and its text layer shows a promotion order; no service book", raw,
         exp("icegate", "designation_update", ["service_book"], kinds=["promotion_order"]))


# ----------------------------------------------------------------- 026: the order only in the quoted thread

def g026():
    s = "026"
    # a. Thunderbird reply
    body = ("Sir,\n\nThe first page of my service book is attached as asked. The promotion order went with\nmy first "
            "mail.\n\nRegards,\nSunil Nair\nSuperintendent, CGST Kollam\n\n"
            "On 29-01-2026 12:10, Saksham Seva Helpdesk wrote:\n> Sir,\n> Kindly send the first page of your service "
            "book to update the designation.\n>\n> On 28-01-2026 16:45, Sunil Nair wrote:\n>> I have been promoted as "
            "Superintendent; promotion order attached.\n")
    raw = thunderbird("c7-026a", "Sunil Nair", "sunil.nair3@icegate.gov.in", "Re: Designation update - Sunil Nair",
                      "Mon, 2 Feb 2026 10:04:26 +0530", body,
                      [att(sb("Sunil Nair", "06/06/1983", "01/02/2008"), PDF, "Service Book first page.pdf")],
                      reply="3c7e19d2-8a44-4f0e-b1c5-6e2d90a7f311@icegate.gov.in")
    case("promotion-thunderbird-reply-book-now-order-quoted", s, "Thunderbird reply attaching the service book; the "
         "promotion order is named only in the quoted earlier mails", raw,
         exp("icegate", "designation_update", ["promotion_order"], kinds=["service_book"]))

    # b. Outlook reply
    date = "Mon, 2 Feb 2026 12:22:10 +0530"
    body = ("Sir,\n\nPlease find the service book page attached. Kindly update my designation now.\n\nRegards,\n"
            "Kavita Chauhan\nAppraiser, ICD Ahmedabad\n[cid:LOGO]\n\n-----Original Message-----\nFrom: Saksham Seva "
            "Helpdesk <saksham.seva@icegate.gov.in>\nSent: Friday, January 30, 2026 3:30 PM\nTo: Kavita Chauhan "
            "<kavita.chauhan@icegate.gov.in>\nSubject: RE: Designation update\n\nMadam, the service book page is "
            "also required. The promotion order has been received.\n")
    raw = outlook("c7-026b", "Kavita Chauhan", "kavita.chauhan@icegate.gov.in", "RE: Designation update", date, body,
                  [outlook_att(sb("Kavita Chauhan", "19/10/1986", "05/05/2011"), PDF, "Service Book Kavita.pdf", date)],
                  reply="6602113390.10092.1769767200000.JavaMail.zimbra@icegate.gov.in")
    case("promotion-outlook-reply-book-now-order-quoted", s, "Outlook reply (logo) attaching the service book; the "
         "promotion order is mentioned only under '-----Original Message-----'", raw,
         exp("icegate", "designation_update", ["promotion_order"], kinds=["other", "service_book"]))

    # c. the reply attaches both again  [twist: acknowledge]
    body = ("Sir,\n\nAttaching both the promotion order and the service book page again for updating my\ndesignation.\n\n"
            "Regards,\nMahesh Gowda\nSuperintendent, CGST Mysuru\n\nOn 30-01-2026 11:00, Saksham Seva Helpdesk wrote:\n"
            "> Sir, the service book page was not attached.\n")
    raw = thunderbird("c7-026c", "Mahesh Gowda", "mahesh.gowda@icegate.gov.in", "Re: Designation update - Mahesh Gowda",
                      "Tue, 3 Feb 2026 09:50:41 +0530", body,
                      [att(promo_order("19/2026", "16.01.2026", ["Shri Mahesh Gowda, Inspector"], "Inspector",
                                       "Superintendent", "Office of the Commissioner, CGST Mysuru"), PDF,
                           "Promotion order Mahesh.pdf"),
                       att(sb("Mahesh Gowda", "03/03/1984", "12/12/2008"), PDF, "Service book Mahesh.pdf")],
                      reply="1d9e7f2c-3b51-4a77-8c1e-5f0a2b6d9e44@icegate.gov.in")
    case("promotion-reply-attaches-both-again", s, "Twist: the reply attaches the promotion order and the service book "
         "again", raw, exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]))

    # d. Gmail reply on ICEGATE
    rnd = R("c7-026d-a")
    body = ("Sir,\n\nService book attached. Promotion order was sent earlier.\n\nRegards,\nAbdul Rasheed\nAppraiser, "
            "Calicut Air Customs\n\nOn Fri, 30 Jan 2026 at 14:22, Saksham Seva <saksham.seva@icegate.gov.in> wrote:\n\n"
            "> Sir, please send the service book first page. The promotion order (OO 15/2026) is\n> received.\n")
    raw = gmail("c7-026d", "Abdul Rasheed", "abdul.rasheed@icegate.gov.in", "Re: Designation update",
                "Tue, 3 Feb 2026 12:15:56 +0530", body, [gmail_att(photo(451), JPG, "Service book page.jpg", rnd)],
                reply="5510293377.20019.1769763120000.JavaMail.zimbra@icegate.gov.in")
    case("promotion-gmail-reply-book-order-quoted", s, "Reply through Gmail on an ICEGATE ID with a service book "
         "photo; the order named only in the quote", raw,
         exp("icegate", "designation_update", ["promotion_order"], kinds=["service_book"]))

    # e. a forward of the earlier mail, the order re-attached, plus the book  [twist: acknowledge]
    rnd = R("c7-026e-a")
    inner = ("Sir,\n\nI have been promoted as Superintendent. The promotion order is attached. Kindly update\nmy "
             "designation.\n\nRegards,\nPriya Menon\n")
    body = ("Sir,\n\nForwarding my earlier mail with the promotion order. The service book first page is\nalso attached "
            "now. Kindly update my designation.\n\nRegards,\nPriya Menon\nSuperintendent, CGST Thrissur\n"
            + fwd_gmail("Priya Menon <priya.menon4@icegate.gov.in>", "Wed, 28 Jan 2026 at 10:02",
                        "Designation update - Priya Menon", "Saksham Seva <saksham.seva@icegate.gov.in>", inner))
    raw = gmail("c7-026e", "Priya Menon", "priya.menon4@icegate.gov.in", "Fwd: Designation update - Priya Menon",
                "Tue, 3 Feb 2026 15:40:09 +0530", body,
                [gmail_att(promo_order("21/2026", "19.01.2026", ["Smt. Priya Menon, Inspector"], "Inspector",
                                       "Superintendent", "Office of the Commissioner, CGST Thrissur"), PDF,
                           "Promotion Order - Priya Menon.pdf", rnd),
                 gmail_att(sb("Priya Menon", "14/02/1985", "20/06/2009"), PDF, "Service Book - Priya Menon.pdf", rnd)])
    case("promotion-forward-earlier-mail-with-order-plus-book", s, "Twist: instead of replying, the officer forwards "
         "her earlier mail ('---------- Forwarded message ---------') with the order attached again, and adds the "
         "service book", raw, exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]))

    # f. Zimbra reply, service book photo
    body = ("Sir,\n\nAttached is the photo of my service book first page. Please update the designation.\n\nRegards,\n"
            "Dinesh Kumar Meena\nSuperintendent, Customs Division, Jaisalmer\n\n----- Original Message -----\nFrom: "
            "\"Saksham Seva Helpdesk\" <saksham.seva@icegate.gov.in>\nTo: \"Dinesh Kumar Meena\" "
            "<dineshkumar.meena@icegate.gov.in>\nSent: Friday, January 30, 2026 5:02:11 PM\nSubject: Re: Promotion - "
            "designation update\n\nSir, we have your promotion order; kindly send the service book page.\n")
    raw = zimbra("c7-026f", "Dinesh Kumar Meena", "dineshkumar.meena@icegate.gov.in",
                 "Re: Promotion - designation update", "Wed, 4 Feb 2026 10:26:33 +0530", body,
                 [att(photo(461), JPG, "Service book first page.jpg")], cte="7bit",
                 reply="7008123344.19002.1769772731000.JavaMail.zimbra@icegate.gov.in")
    case("promotion-zimbra-reply-photo-order-quoted", s, "Zimbra reply with a service book photo; the promotion order "
         "is only mentioned below '----- Original Message -----'", raw,
         exp("icegate", "designation_update", ["promotion_order"], kinds=["service_book"]))



# ----------------------------------------------------------------- 027: role mapping after transfer, complete

def g027():
    s = "027"
    # a. Outlook: transfer order, local posting order, charge report photo
    date = "Wed, 4 Feb 2026 12:40:15 +0530"
    body = ("Dear Sir/Madam,\n\nOn transfer from CGST Mumbai East I joined CGST Navi Mumbai on 27.01.2026 and have been\n"
            "posted to Range-IV, Division-Vashi. Kindly unmap my roles in Mumbai East and map me\nas Range Officer in "
            "ACES-GST BO.\n\nThe transfer order, the local posting order and my charge assumption report are\n"
            "attached.\n\nRegards,\nAkash Deshmukh\nInspector, CGST Range-IV, Vashi\nTel: 022-27814452\n[cid:LOGO]\n")
    raw = outlook("c7-027a", "Akash Deshmukh", "akash.deshmukh@icegate.gov.in",
                  "Role mapping in ACES–GST BO – joined on transfer", date, body,
                  [outlook_att(transfer_order("TR/45/2026", "12.01.2026", "Shri Akash Deshmukh", "Inspector",
                                              "CGST Mumbai East", "CGST Navi Mumbai"), PDF, "Transfer Order 45-2026.pdf",
                               date),
                   outlook_att(posting_order("LPO/08/2026", "Shri Akash Deshmukh", "Inspector", "Range-IV, Division Vashi",
                                             "Office of the Commissioner, CGST Navi Mumbai"), PDF, "Local Posting Order.pdf",
                               date),
                   outlook_att(photo(471), JPG, "Charge assumption report.jpg", date)])
    case("role-outlook-transfer-complete", s, "Inspector's ICEGATE ID via Outlook (logo, en dash in the subject): "
         "transfer order, local posting order and a photo of the charge assumption report", raw,
         exp("icegate", "role_mapping", kinds=["charge_report", "other", "posting_order", "transfer_order"]))

    # b. Zimbra: 'Assumption of charge.pdf'
    body = ("Sir,\n\nI have joined CGST Jaipur on transfer from CGST Alwar and am posted as Superintendent,\nRange-II, "
            "Division-C. Kindly map the Range Superintendent roles in ACES-GST BO and remove\nthe Alwar roles. The "
            "transfer order, local posting order and assumption of charge report\nare attached.\n\nRegards,\nSeema "
            "Choudhary\nSuperintendent, CGST Jaipur\nPh: 0141-2385514\n")
    raw = zimbra("c7-027b", "Seema Choudhary", "seema.choudhary@icegate.gov.in", "Mapping of roles on transfer - Jaipur",
                 "Wed, 4 Feb 2026 15:02:44 +0530", body,
                 [att(transfer_order("CC/JPR/11/2026", "09.01.2026", "Smt. Seema Choudhary", "Superintendent",
                                     "CGST Alwar", "CGST Jaipur"), PDF, "Transfer order.pdf"),
                  att(posting_order("14/2026", "Smt. Seema Choudhary", "Superintendent", "Range-II, Division-C",
                                    "Office of the Commissioner, CGST Jaipur"), PDF, "Local posting order - Jaipur.pdf"),
                  att(charge_report("Seema Choudhary", "Superintendent", "Range-II, Division-C", "02.02.2026"), PDF,
                      "Assumption of charge.pdf")], cte="7bit")
    case("role-zimbra-supdt-three-pdfs", s, "Superintendent's ICEGATE ID: three text PDFs (transfer order, local "
         "posting order, 'Assumption of charge')", raw,
         exp("icegate", "role_mapping", kinds=["charge_report", "posting_order", "transfer_order"]))

    # c. no charge report yet  [twist]
    body = ("Sir/Madam,\n\nOn my transfer to CGST Belapur I have been posted to Range-I, Division-II. Please map\nthe "
            "roles in ACES-GST BO. The transfer order and local posting order are attached; the\ncharge report will "
            "be sent after handing over charge at the old Range.\n\nRegards,\nNilesh Patil\nInspector, CGST Belapur\n")
    raw = zimbra("c7-027c", "Nilesh Patil", "nilesh.patil6@icegate.gov.in", "Role mapping - transfer to Belapur",
                 "Thu, 5 Feb 2026 10:14:38 +0530", body,
                 [att(transfer_order("TR/52/2026", "14.01.2026", "Shri Nilesh Patil", "Inspector", "CGST Raigad",
                                     "CGST Belapur"), PDF, "Transfer Order - Nilesh Patil.pdf"),
                  att(posting_order("LPO/11/2026", "Shri Nilesh Patil", "Inspector", "Range-I, Division-II",
                                    "Office of the Commissioner, CGST Belapur"), PDF, "LPO - posting order - Nilesh.pdf")],
                 cte="7bit")
    case("role-zimbra-charge-report-to-follow", s, "Twist: transfer order and local posting order attached; the charge "
         "report 'will be sent' later", raw,
         exp("icegate", "role_mapping", ["charge_report"], kinds=["posting_order", "transfer_order"]))

    # d. System Manager for three officers
    body = ("Sir/Madam,\n\nThree Inspectors have joined CGST Nagpur-I on transfer from CGST Aurangabad. Kindly map\nthem "
            "to their new Ranges in ACES-GST BO as per the attached local posting order. The\ntransfer order and "
            "their joining reports are attached.\n\nRegards,\nSunil Bhonde\nSuperintendent (Systems) & System "
            "Manager\nCGST Nagpur-I\nMob: 9823012746\nsunil.bhonde@icegate.gov.in\n")
    raw = zimbra("c7-027d", "SYSMGR CGST NAGPUR-I", "sysmgr.cgst.nagpur1@icegate.gov.in",
                 "Role mapping - 3 Inspectors joined on transfer", "Thu, 5 Feb 2026 12:48:29 +0530", body,
                 [att(transfer_order("AGT/2026/04", "05.01.2026", "Three Inspectors (list annexed)", "Inspectors",
                                     "CGST Aurangabad", "CGST Nagpur-I"), PDF, "Transfer order AGT 2026.pdf"),
                  att(posting_order("LPO/03/2026", "Three Inspectors", "Inspectors", "Ranges as annexed",
                                    "Office of the Commissioner, CGST Nagpur-I"), PDF, "Local Posting Order 03-2026.pdf"),
                  att(charge_report("Amit Kale", "Inspector", "Range-III", "30.01.2026", "JOINING REPORT"), PDF,
                      "Joining report - Amit Kale.pdf"),
                  att(charge_report("Sonal Jain", "Inspector", "Range-V", "30.01.2026", "JOINING REPORT"), PDF,
                      "Joining report - Sonal Jain.pdf"),
                  att(charge_report("Vishal Thakre", "Inspector", "Range-VI", "30.01.2026", "JOINING REPORT"), PDF,
                      "Joining report - Vishal Thakre.pdf")], cte="7bit")
    case("role-sysmgr-three-officers-joining-reports", s, "Nagpur-I System Manager ID maps three transferred "
         "Inspectors: one transfer order, one local posting order, three joining reports; full signature", raw,
         exp("generic", "role_mapping",
             kinds=["charge_report", "charge_report", "charge_report", "posting_order", "transfer_order"]))

    # e. Thunderbird, Hindi + English, RFC 2231 file names
    body = ("महोदय,\n\nस्थानांतरण पर मैंने सीजीएसटी भोपाल में दिनांक 28.01.2026 को कार्यभार ग्रहण किया है। कृपया\n"
            "एसीईएस-जीएसटी बीओ में मेरी भूमिकाएँ मैप करें।\n\nSir, on transfer I joined CGST Bhopal on 28.01.2026. Kindly "
            "map my roles in ACES-GST BO.\nTransfer order, local posting order and charge report attached.\n\n-- \n"
            "सादर / Regards,\nअर्चना तिवारी / Archana Tiwari\nनिरीक्षक / Inspector, CGST Bhopal\n")
    raw = thunderbird("c7-027e", "Archana Tiwari", "archana.tiwari@icegate.gov.in",
                      "भूमिका मैपिंग / Role mapping - transfer to Bhopal", "Fri, 6 Feb 2026 10:31:04 +0530", body,
                      [tb_att(transfer_order("45/2026", "10.01.2026", "Smt. Archana Tiwari", "Inspector", "CGST Indore",
                                             "CGST Bhopal"), PDF, "स्थानांतरण आदेश - Transfer Order.pdf"),
                       tb_att(posting_order("06/2026", "Smt. Archana Tiwari", "Inspector", "Range-II, Division-I",
                                            "Office of the Commissioner, CGST Bhopal"), PDF, "Local Posting Order.pdf"),
                       tb_att(photo(481), JPG, "Joining Report.jpg")], cte="qp", lang="hi")
    case("role-thunderbird-bilingual-rfc2231", s, "Inspector's ICEGATE ID (Thunderbird), Hindi then English; the "
         "transfer order's name is Devanagari + English in RFC 2231 form; joining report as a photo", raw,
         exp("icegate", "role_mapping", kinds=["charge_report", "posting_order", "transfer_order"]))

    # f. a Division mailbox on ICEGATE whose sign-off has no number  [twist: signature_phone]
    body = ("Sir,\n\nShri Rakesh Negi, Superintendent, has been relieved from this Division on transfer to\nCGST "
            "Dehradun and has joined there. Kindly unmap him from Division-II, Haridwar and map\nhim as per the "
            "attached posting order. Transfer order, posting order and relief report\nattached.\n\nRegards,\n"
            "Pankaj Bisht\nAssistant Commissioner, CGST Division-II, Haridwar\npankaj.bisht@icegate.gov.in\n")
    raw = zimbra("c7-027f", "CGST Division-II Haridwar", "division2.haridwar@icegate.gov.in",
                 "Unmapping and mapping on transfer - Rakesh Negi", "Fri, 6 Feb 2026 12:58:41 +0530", body,
                 [att(transfer_order("E-12/2026", "16.01.2026", "Shri Rakesh Negi", "Superintendent",
                                     "CGST Haridwar", "CGST Dehradun"), PDF, "Transfer Order Rakesh Negi.pdf"),
                  att(posting_order("09/2026", "Shri Rakesh Negi", "Superintendent", "Range-IV, Dehradun",
                                    "Office of the Commissioner, CGST Dehradun"), PDF, "Posting order Dehradun.pdf"),
                  att(charge_report("Rakesh Negi", "Superintendent", "Range-I, Division-II, Haridwar", "31.01.2026",
                                    "RELIEF REPORT"), PDF, "Relief report.pdf")], cte="7bit")
    case("role-division-mailbox-no-number", s, "Twist: a Division's ICEGATE mailbox sends all three documents, but its "
         "sign-off has no contact number", raw,
         exp("generic", "role_mapping", ["signature_phone"], kinds=["charge_report", "posting_order", "transfer_order"]))


# ----------------------------------------------------------------- 028: role mapping from office mailboxes outside ICEGATE

def g028():
    s = "028"
    sig = lambda n, d, o, e, p: f"\nRegards,\n{n}\n{d}, {o}\nEmail: {e}\nPh: {p}\n"
    # a. Range Gmail, transfer order only
    rnd = R("c7-028a-a")
    body = ("Sir,\n\nShri Tejas Mhatre, Inspector, has joined this Range on transfer from CGST Thane. Kindly map\nhim to "
            "Range-II, Division Kalyan in ACES-GST BO. The transfer order is attached; the local\nposting order and "
            "his charge report will follow.\n" +
            sig("Rajesh Gaikwad", "Superintendent", "CGST Range-II, Kalyan", "rajesh.gaikwad@icegate.gov.in", "0251-2317745"))
    raw = gmail("c7-028a", "CGST Range-II Kalyan", "cgstrange2.kalyan@gmail.com", "Mapping of Inspector - Range-II Kalyan",
                "Mon, 9 Feb 2026 11:20:36 +0530", body,
                [gmail_att(transfer_order("TR/61/2026", "20.01.2026", "Shri Tejas Mhatre", "Inspector", "CGST Thane",
                                          "CGST Bhiwandi"), PDF, "Transfer order - Tejas Mhatre.pdf", rnd)])
    case("role-range-gmail-transfer-order-only", s, "A Range office Gmail asks to map a transferred Inspector with "
         "only the transfer order; full signature", raw,
         exp("generic", "role_mapping", ["charge_report", "icegate_sender", "posting_order"], kinds=["transfer_order"]))

    # b. Division Yahoo, transfer and posting orders
    body = ("Sir/Madam,\n\nSmt. Pallavi Kulkarni, Inspector, joined Division-III on transfer. Please map her in\n"
            "ACES-GST BO. Transfer order and local posting order attached; charge report awaited.\n" +
            sig("Mahesh Joshi", "Assistant Commissioner", "CGST Division-III, Solapur", "mahesh.joshi5@icegate.gov.in",
                "0217-2735518"))
    raw = yahoo("c7-028b", "CGST Division-III Solapur", "cgstdiv3.solapur@yahoo.com", "Role mapping - Pallavi Kulkarni",
                "Mon, 9 Feb 2026 14:45:12 +0530", body,
                [att(transfer_order("TR/63/2026", "21.01.2026", "Smt. Pallavi Kulkarni", "Inspector", "CGST Pune-I",
                                    "CGST Solapur"), PDF, "Transfer Order Pallavi.pdf"),
                 att(posting_order("LPO/05/2026", "Smt. Pallavi Kulkarni", "Inspector", "Range-I, Division-III",
                                   "Office of the Commissioner, CGST Solapur"), PDF, "Local Posting Order Pallavi.pdf")])
    case("role-division-yahoo-two-orders", s, "A Division's Yahoo mailbox sends the transfer and local posting "
         "orders; the charge report is awaited", raw,
         exp("generic", "role_mapping", ["charge_report", "icegate_sender"], kinds=["posting_order", "transfer_order"]))

    # c. all three documents  [twist: only the sender]
    rnd = R("c7-028c-a")
    body = ("Sir,\n\nShri Faizal Khan, Inspector, has joined this Range on transfer. Kindly map him in ACES-GST\nBO. "
            "Transfer order, posting order and charge report are attached.\n" +
            sig("Nasreen Siddiqui", "Superintendent", "CGST Range-V, Bhopal", "nasreen.siddiqui@icegate.gov.in",
                "0755-2578841"))
    raw = gmail("c7-028c", "CGST Range V Bhopal", "cgstrange5.bhopal@gmail.com", "Mapping - Faizal Khan, Inspector",
                "Tue, 10 Feb 2026 10:02:47 +0530", body,
                [gmail_att(transfer_order("TR/70/2026", "22.01.2026", "Shri Faizal Khan", "Inspector", "CGST Indore",
                                          "CGST Bhopal"), PDF, "Transfer order Faizal.pdf", rnd),
                 gmail_att(posting_order("LPO/12/2026", "Shri Faizal Khan", "Inspector", "Range-V",
                                         "Office of the Commissioner, CGST Bhopal"), PDF, "Posting order Faizal.pdf", rnd),
                 gmail_att(charge_report("Faizal Khan", "Inspector", "Range-V", "03.02.2026"), PDF,
                           "Charge report Faizal.pdf", rnd)])
    case("role-range-gmail-all-documents", s, "Twist: a Range office Gmail sends all three documents with a full "
         "signature; only the ICEGATE sender is missing", raw,
         exp("generic", "role_mapping", ["icegate_sender"], kinds=["charge_report", "posting_order", "transfer_order"]))

    # d. nic.in office mailbox, charge report only
    body = ("Sir/Madam,\n\nShri Bikash Tamang, Superintendent, has assumed charge of Range-I, Gangtok on transfer.\nThe "
            "assumption of charge report is attached for mapping his roles in ACES-GST BO. The\ntransfer and posting "
            "orders will be sent by the Establishment section.\n" +
            sig("Karma Bhutia", "Assistant Commissioner", "CGST Division Gangtok", "karma.bhutia@icegate.gov.in",
                "03592-203318") + NIC_FOOT)
    raw = zimbra("c7-028d", "CGST Division Gangtok", "cgst.div.gangtok@nic.in", "Role mapping - Bikash Tamang",
                 "Tue, 10 Feb 2026 12:36:19 +0530", body,
                 [att(charge_report("Bikash Tamang", "Superintendent", "Range-I, Gangtok", "04.02.2026"), PDF,
                      "Assumption of charge report - Bikash Tamang.pdf")], version="9.0.0_ZEXTRAS_20240927")
    case("role-nic-division-charge-report-only", s, "A Division's nic.in mailbox sends only the assumption of charge "
         "report", raw,
         exp("generic", "role_mapping", ["icegate_sender", "posting_order", "transfer_order"], kinds=["charge_report"]))

    # e. Range Gmail whose sign-off has no name  [twist: signature_name]
    rnd = R("c7-028e-a")
    body = ("Sir,\n\nKindly map Smt. Rekha Bai, Inspector, joined on transfer, to Range-VI, Raipur in ACES-GST\nBO. "
            "Transfer order attached; other documents will follow.\n\nRegards,\nSuperintendent\nCGST Range-VI, "
            "Raipur\nEmail: sk.tiwari@icegate.gov.in\nPh: 0771-2424418\n")
    raw = gmail("c7-028e", "CGST Range-VI Raipur", "cgstrange6.raipur@gmail.com", "Role mapping - Rekha Bai",
                "Tue, 10 Feb 2026 15:12:03 +0530", body,
                [gmail_att(transfer_order("TR/74/2026", "23.01.2026", "Smt. Rekha Bai", "Inspector", "CGST Bilaspur",
                                          "CGST Raipur"), PDF, "Transfer order Rekha Bai.pdf", rnd)])
    case("role-range-gmail-signed-by-designation-only", s, "Twist: a Range office Gmail signs 'Superintendent' with "
         "the office, e-mail and phone but no name; transfer order only", raw,
         exp("generic", "role_mapping", ["charge_report", "icegate_sender", "posting_order", "signature_name"],
             kinds=["transfer_order"]))



# ----------------------------------------------------------------- 029: role mapping without the transfer order

def g029():
    s = "029"
    # a. Zimbra: posting order, joining report, the Division's role sheet
    body = ("Sir/Madam,\n\nOn transfer to CGST Ahmedabad South I joined as Superintendent, Range-III, Division-IV\non "
            "02.02.2026. Kindly assign the Range Superintendent roles in ACES-GST BO.\n\nThe local posting order, "
            "my joining report and the Division's role sheet are attached.\nThe transfer order will be sent once "
            "the Cadre Controlling Authority issues the\nrelieving copy.\n\nRegards,\nHemant Vyas\nSuperintendent, "
            "CGST Ahmedabad South\nPh: 079-26589412\n")
    raw = zimbra("c7-029a", "Hemant Vyas", "hemant.vyas@icegate.gov.in", "GST BO roles - Hemant Vyas, Superintendent",
                 "Wed, 11 Feb 2026 10:22:15 +0530", body,
                 [att(posting_order("LPO/17/2026", "Shri Hemant Vyas", "Superintendent", "Range-III, Division-IV",
                                    "Office of the Commissioner, CGST Ahmedabad South"), PDF, "Local posting order.pdf"),
                  att(charge_report("Hemant Vyas", "Superintendent", "Range-III, Division-IV", "02.02.2026",
                                    "JOINING REPORT"), PDF, "Joining report - Hemant Vyas.pdf"),
                  att(role_sheet([("Hemant Vyas", "Superintendent", "45510284", "Range Superintendent", "Range-III, Div-IV"),
                                  ("Jignesh Solanki", "Inspector", "60217733", "Range Officer", "Range-III, Div-IV")],
                                 when=(2026, 2, 10, 17, 0, 0)), XLSX, "Role sheet Div-IV.xlsx")], cte="7bit")
    case("role-zimbra-posting-joining-role-sheet", s, "Superintendent's ICEGATE ID: local posting order, joining report "
         "and a Division role sheet (.xlsx, not the creation template); the transfer order is to follow", raw,
         exp("icegate", "role_mapping", ["transfer_order"], kinds=["charge_report", "other", "posting_order"]))

    # b. Outlook: posting order and charge report
    date = "Wed, 11 Feb 2026 12:50:33 +0530"
    body = ("Dear Sir,\n\nI have taken charge as Inspector, Range-VII, CGST Chennai North after my transfer from\nCGST "
            "Puducherry. Please map the Range Officer role in ACES-GST BO. Local posting order and\ncharge report "
            "attached.\n\nRegards,\nKarthik Raja\nInspector, CGST Chennai North\n[cid:LOGO]\n")
    raw = outlook("c7-029b", "Karthik Raja", "karthik.raja@icegate.gov.in", "ACES GST BO role mapping - Karthik Raja",
                  date, body,
                  [outlook_att(posting_order("LPO/21/2026", "Shri Karthik Raja", "Inspector", "Range-VII",
                                             "Office of the Commissioner, CGST Chennai North"), PDF,
                               "Posting order Chennai North.pdf", date),
                   outlook_att(charge_report("Karthik Raja", "Inspector", "Range-VII", "05.02.2026"), PDF,
                               "Charge report.pdf", date)])
    case("role-outlook-posting-and-charge-only", s, "Inspector's ICEGATE ID via Outlook (logo): local posting order "
         "and charge report, no transfer order", raw,
         exp("icegate", "role_mapping", ["transfer_order"], kinds=["charge_report", "other", "posting_order"]))

    # c. all three and a role sheet  [twist: acknowledge]
    body = ("Sir/Madam,\n\nKindly map the roles of Range Officer, Range-II, Division-Bardoli in ACES-GST BO. I\njoined "
            "on transfer on 03.02.2026. Transfer order, local posting order, charge report and the\nrole sheet are "
            "attached.\n\nRegards,\nRutvik Desai\nInspector, CGST Surat\nPh: 0261-2465517\n")
    raw = zimbra("c7-029c", "Rutvik Desai", "rutvik.desai@icegate.gov.in", "GST BO role mapping - Rutvik Desai",
                 "Thu, 12 Feb 2026 10:11:48 +0530", body,
                 [att(transfer_order("TR/81/2026", "24.01.2026", "Shri Rutvik Desai", "Inspector", "CGST Vapi",
                                     "CGST Surat"), PDF, "Transfer order Rutvik.pdf"),
                  att(posting_order("LPO/19/2026", "Shri Rutvik Desai", "Inspector", "Range-II, Division Bardoli",
                                    "Office of the Commissioner, CGST Surat"), PDF, "Local posting order Rutvik.pdf"),
                  att(charge_report("Rutvik Desai", "Inspector", "Range-II, Bardoli", "03.02.2026"), PDF,
                      "Charge report Rutvik.pdf"),
                  att(role_sheet([("Rutvik Desai", "Inspector", "58820143", "Range Officer", "Range-II, Bardoli")],
                                 when=(2026, 2, 11, 16, 0, 0)), XLSX, "Role requirement.xlsx")], cte="7bit")
    case("role-zimbra-all-three-plus-role-sheet", s, "Twist: all three documents and a role sheet", raw,
         exp("icegate", "role_mapping", kinds=["charge_report", "other", "posting_order", "transfer_order"]))

    # d. relieved: transfer order and relief report, no posting order  [twist: posting_order]
    rnd = R("c7-029d-a")
    body = ("Sir,\n\nI have been relieved from CGST Pune-II on transfer to CGST Goa. Please unmap my roles in\nPune-II "
            "and map me at Goa once I join. The transfer order and my relieving (handing over\ncharge) report are "
            "attached. Local posting order at Goa is not yet issued.\n\nRegards,\nOnkar Patwardhan\nSuperintendent\n")
    raw = gmail("c7-029d", "Onkar Patwardhan", "onkar.patwardhan@icegate.gov.in", "Unmapping on transfer - Onkar Patwardhan",
                "Thu, 12 Feb 2026 13:25:09 +0530", body,
                [gmail_att(transfer_order("TR/85/2026", "26.01.2026", "Shri Onkar Patwardhan", "Superintendent",
                                          "CGST Pune-II", "CGST Goa"), PDF, "Transfer order Onkar.pdf", rnd),
                 gmail_att(charge_report("Onkar Patwardhan", "Superintendent", "Range-IX, Pune-II", "06.02.2026",
                                         "CERTIFICATE OF TRANSFER OF CHARGE (RELIEF)"), PDF, "Relief charge report.pdf",
                           rnd)], app=True)
    case("role-gmail-app-relieved-no-posting-order", s, "Twist: an officer relieved on transfer (Gmail app on "
         "ICEGATE) sends the transfer order and the relief charge report; the local posting order is not issued", raw,
         exp("icegate", "role_mapping", ["posting_order"], kinds=["charge_report", "transfer_order"]))

    # e. Thunderbird: posting order, charge report and a role sheet with other headers
    body = ("Sir/Madam,\n\nI joined CGST Vadodara-I on transfer and request mapping as Range Officer, Range-VI in\n"
            "ACES-GST BO. The posting order, charge report and the role sheet are attached. The\ntransfer order "
            "copy will be forwarded.\n\n-- \nRegards\nBhavik Soni\nInspector, CGST Vadodara-I\n")
    raw = thunderbird("c7-029e", "Bhavik Soni", "bhavik.soni@icegate.gov.in", "Role mapping - Bhavik Soni",
                      "Fri, 13 Feb 2026 10:44:57 +0530", body,
                      [att(posting_order("LPO/22/2026", "Shri Bhavik Soni", "Inspector", "Range-VI",
                                         "Office of the Commissioner, CGST Vadodara-I"), PDF, "Local Posting Order.pdf"),
                       att(charge_report("Bhavik Soni", "Inspector", "Range-VI", "07.02.2026"), PDF,
                           "Assumption of Charge - Bhavik.pdf"),
                       att(role_sheet([("Bhavik Soni", "Inspector", "61130852", "Range Officer", "Range-VI")],
                                      when=(2026, 2, 12, 15, 0, 0)), XLSX, "roles.xlsx")])
    case("role-thunderbird-no-transfer-order-role-sheet", s, "Inspector's ICEGATE ID (Thunderbird): posting order, "
         "charge report and a role sheet; the transfer order 'will be forwarded'", raw,
         exp("icegate", "role_mapping", ["transfer_order"], kinds=["charge_report", "other", "posting_order"]))


# ----------------------------------------------------------------- 030: relayed mail and where authentication is read

def g030():
    s = "030"
    # a. spf=fail, dkim=pass, dmarc=pass: a promotion, complete
    frm = "ashwini.kadam@icegate.gov.in"
    ar = ar_line("mx.icegate.gov.in", "icegate.gov.in", "ashwini.kadam", "164.100.148.52", spf="fail")
    body = ("Sir,\n\nI have been promoted as Appraiser vide the attached order. My service book page is also\nattached. "
            "Kindly update my designation.\n\nRegards,\nAshwini Kadam\nAppraiser, New Custom House, Mumbai\n")
    raw = zimbra("c7-030a", "Ashwini Kadam", frm, "Designation update on promotion - Ashwini Kadam",
                 "Fri, 13 Feb 2026 14:20:31 +0530", body,
                 [att(promo_order("NCH/31/2026", "29.01.2026", ["Smt. Ashwini Kadam, Examiner"], "Examiner", "Appraiser",
                                  "Office of the Principal Commissioner of Customs, NCH Mumbai"), PDF,
                      "Promotion order - Ashwini.pdf"),
                  att(photo(491), JPG, "Service book page 1.jpg")], cte="7bit", ar=ar)
    case("promotion-relayed-spf-fail-dkim-pass", s, "A promotion request relayed through a NIC gateway: the topmost "
         "Authentication-Results has spf=fail but dkim=pass and dmarc=pass for icegate.gov.in", raw,
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]))

    # b. spf, dkim and dmarc all fail  [twist: review]
    frm = "rahul.more@icegate.gov.in"
    ar = ar_line("mx.icegate.gov.in", "icegate.gov.in", "rahul.more", "203.0.113.91", dkim="fail", spf="fail",
                 dmarc="fail")
    body = ("Sir,\n\nKindly update my designation to Superintendent. Promotion order and service book\nattached.\n\n"
            "Regards,\nRahul More\nSuperintendent\n")
    raw = zimbra("c7-030b", "Rahul More", frm, "Designation update - Rahul More", "Fri, 13 Feb 2026 23:48:12 +0530", body,
                 [att(promo_order("77/2025", "18.12.2025", ["Shri Rahul More, Inspector"], "Inspector", "Superintendent",
                                  "Office of the Commissioner, CGST Pune-I"), PDF, "Promotion order.pdf"),
                  att(sb("Rahul More", "01/01/1985", "05/05/2010"), PDF, "Service book.pdf")], cte="7bit", ar=ar)
    case("promotion-spf-dkim-dmarc-all-fail", s, "Twist: the same kind of complete promotion request, but the topmost "
         "header has spf=fail, dkim=fail and dmarc=fail", raw,
         exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]))

    # c. the topmost header passes; a forged 'fail' copy further down is ignored
    frm = "lokesh.rao@icegate.gov.in"
    ar = (ar_line("mx.icegate.gov.in", "icegate.gov.in", "lokesh.rao", "10.10.30.14") +
          "\nAuthentication-Results: mx.icegate.gov.in; dkim=fail header.d=icegate.gov.in; spf=fail "
          "smtp.mailfrom=lokesh.rao@icegate.gov.in; dmarc=fail header.from=icegate.gov.in")
    body = ("Sir,\n\nPromotion order and service book page attached for updating my designation as\nSuperintendent in "
            "ACES.\n\nRegards,\nLokesh Rao\nSuperintendent, CGST Bengaluru East\n")
    raw = zimbra("c7-030c", "Lokesh Rao", frm, "Designation update - Lokesh Rao", "Sat, 14 Feb 2026 10:05:50 +0530", body,
                 [att(promo_order("B/22/2026", "28.01.2026", ["Shri Lokesh Rao, Inspector"], "Inspector", "Superintendent",
                                  "Office of the Commissioner, CGST Bengaluru East"), PDF, "Promotion Order Lokesh Rao.pdf"),
                  att(sb("Lokesh Rao", "17/07/1986", "09/09/2011"), PDF, "Service Book Lokesh Rao.pdf")], cte="7bit", ar=ar)
    case("promotion-top-pass-forged-fail-below", s, "The topmost Authentication-Results passes; a 'fail' copy further "
         "down (addable by anyone) is ignored", raw,
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]))

    # d. a personal Gmail sender with dmarc=fail  [twist: not an ICEGATE sender, no review]
    frm = "geeta.pandey84@gmail.com"
    ar = ar_line("mx.icegate.gov.in", "gmail.com", "geeta.pandey84", "185.220.101.7", dkim="none", spf="softfail",
                 dmarc="fail", sel="20230601")
    body = ("Sir,\n\nPlease check whether an SSO ID exists in my name.\n\nName: Geeta Pandey\nDesignation: Inspector\n"
            "Mobile: 9450314478\n\nRegards,\nGeeta Pandey\n")
    raw = gmail("c7-030d", "Geeta Pandey", frm, "SSO ID status - Geeta Pandey", "Sat, 14 Feb 2026 12:40:08 +0530", body,
                ar=ar)
    case("status-gmail-dmarc-fail-not-icegate", s, "Twist: a complete status enquiry from Gmail whose topmost header "
         "says dmarc=fail; the authentication rule is for icegate.gov.in senders only", raw,
         exp("personal", "sso_status"))

    # e. relayed role-mapping request
    frm = "shobha.iyer@icegate.gov.in"
    ar = ar_line("mx.icegate.gov.in", "icegate.gov.in", "shobha.iyer", "164.100.148.52", spf="fail")
    body = ("Sir/Madam,\n\nOn transfer I have joined CGST Mumbai Central as Superintendent, Range-IX. Kindly map\nmy roles "
            "in ACES-GST BO. Transfer order, posting order and charge report attached.\n\nRegards,\nShobha Iyer\n"
            "Superintendent, CGST Mumbai Central\n")
    raw = zimbra("c7-030e", "Shobha Iyer", frm, "Role mapping - Shobha Iyer", "Sat, 14 Feb 2026 15:55:21 +0530", body,
                 [att(transfer_order("TR/90/2026", "27.01.2026", "Smt. Shobha Iyer", "Superintendent", "CGST Mumbai West",
                                     "CGST Mumbai Central"), PDF, "Transfer Order - Shobha.pdf"),
                  att(posting_order("LPO/25/2026", "Smt. Shobha Iyer", "Superintendent", "Range-IX",
                                    "Office of the Commissioner, CGST Mumbai Central"), PDF, "Posting Order - Shobha.pdf"),
                  att(charge_report("Shobha Iyer", "Superintendent", "Range-IX", "09.02.2026"), PDF,
                      "Charge Report - Shobha.pdf")], cte="7bit", ar=ar)
    case("role-relayed-spf-fail-dkim-pass", s, "A complete role-mapping request relayed through a gateway: spf=fail "
         "with dkim=pass and dmarc=pass", raw,
         exp("icegate", "role_mapping", kinds=["charge_report", "posting_order", "transfer_order"]))

    # f. spf=fail and the only DKIM pass is the relay's own domain  [twist: review]
    frm = "ganesh.iyer@icegate.gov.in"
    ar = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=gw.cusmum.nic.in header.s=gw1 header.b=Kp3xY7Qe;\n"
          f"\tspf=fail (mx.icegate.gov.in: domain of {frm} does not designate 164.100.148.52 as permitted sender) "
          f"smtp.mailfrom={frm};\n\tdmarc=none header.from=icegate.gov.in")
    body = ("Sir,\n\nKindly update my designation to Superintendent. Promotion order and service book page\nattached.\n\n"
            "Regards,\nGanesh Iyer\nSuperintendent, Custom House, Mumbai\n")
    raw = zimbra("c7-030f", "Ganesh Iyer", frm, "Designation update - Ganesh Iyer", "Mon, 16 Feb 2026 10:30:44 +0530", body,
                 [att(promo_order("NCH/35/2026", "02.02.2026", ["Shri Ganesh Iyer, Inspector"], "Inspector",
                                  "Superintendent", "Office of the Principal Commissioner of Customs, NCH Mumbai"), PDF,
                      "Promotion order Ganesh.pdf"),
                  att(sb("Ganesh Iyer", "23/03/1987", "14/10/2012"), PDF, "Service book Ganesh.pdf")], cte="7bit", ar=ar)
    case("promotion-spf-fail-dkim-pass-for-relay-domain", s, "Twist: spf=fail, and the only dkim=pass is for the "
         "relay's own domain, not the From: domain", raw,
         exp("icegate", "designation_update", action="review", kinds=["promotion_order", "service_book"]))



# ----------------------------------------------------------------- 031: ECCS

def g031():
    s = "031"
    # a. Zimbra, password expired, PNG screenshot
    body = ("Sir/Madam,\n\nMy ECCS password expired yesterday and the ECCS application at the Courier Terminal,\nSahar "
            "does not let me set a new one; it says 'Contact administrator'. Screenshot\nattached. Kindly reset my "
            "ECCS password.\n\nRegards,\nNikhil Sawant\nAppraiser, Courier Terminal, CSMI Airport, Mumbai\n"
            "Ph: 022-26828514\n")
    raw = zimbra("c7-031a", "Nikhil Sawant", "nikhil.sawant@icegate.gov.in", "ECCS password expired - Nikhil Sawant",
                 "Mon, 16 Feb 2026 12:14:20 +0530", body, [att(png(3), PNG, "ECCS error.png")], cte="7bit")
    case("eccs-zimbra-password-expired-png", s, "Appraiser's ICEGATE ID: ECCS password expired, PNG screenshot", raw,
         exp("icegate", "eccs", action="redirect", kinds=["other"]))

    # b. Hindi, JPEG screenshot
    body = ("महोदय,\n\nईसीसीएस (ECCS) एप्लीकेशन में लॉगिन करने पर 'User locked' दिखा रहा है। कृपया मेरा ईसीसीएस\nयूज़र "
            "अनलॉक करें। स्क्रीनशॉट संलग्न है।\n\nसादर,\nसंदीप यादव\nपरीक्षक, कूरियर टर्मिनल, नई दिल्ली\n")
    raw = zimbra("c7-031b", "संदीप यादव", "sandeep.yadav7@icegate.gov.in", "ईसीसीएस लॉगिन समस्या",
                 "Mon, 16 Feb 2026 15:30:02 +0530", body, [att(photo(501), JPG, "screenshot.jpg")])
    case("eccs-hindi-user-locked", s, "A Hindi mail from an Examiner's ICEGATE ID: ECCS user locked, JPEG screenshot",
         raw, exp("icegate", "eccs", action="redirect", kinds=["other"]))

    # c. personal Gmail
    body = ("Sir,\n\nI am an Inspector posted at the Foreign Post Office, Kolkata. My ECCS user ID got locked\nafter "
            "three wrong attempts. I am writing from my personal mail as the office ID is not\nopening. Please "
            "unlock it.\n\nRegards,\nArnab Sarkar\nInspector, FPO Kolkata\nMob: 9831204475\n")
    raw = gmail("c7-031c", "Arnab Sarkar", "arnab.sarkar.fpo@gmail.com", "ECCS ID locked", "Tue, 17 Feb 2026 09:40:51 +0530",
                body)
    case("eccs-personal-gmail-user-id-locked", s, "An Inspector writes from his Gmail: ECCS user ID locked", raw,
         exp("personal", "eccs", action="redirect"))

    # d. Outlook, the system named in full
    date = "Tue, 17 Feb 2026 11:55:36 +0530"
    body = ("Dear Sir,\n\nThe Express Cargo Clearance System is not accepting my login since the password change\n"
            "prompt this morning. Kindly look into it.\n\nRegards,\nDivya Krishnan\nAppraiser, Courier Cell, "
            "Bengaluru International Airport\n[cid:LOGO]\n")
    raw = outlook("c7-031d", "Divya Krishnan", "divya.krishnan@icegate.gov.in", "Login problem - Express Cargo Clearance System",
                  date, body)
    case("eccs-outlook-system-named-in-full", s, "Outlook (logo): the Express Cargo Clearance System named in full, "
         "without the acronym", raw, exp("icegate", "eccs", action="redirect", kinds=["other"]))

    # e. an ICEGATE sender failing DMARC: the redirect still comes first
    frm = "yusuf.khan@icegate.gov.in"
    ar = ar_line("mx.icegate.gov.in", "icegate.gov.in", "yusuf.khan", "203.0.113.77", dkim="none", spf="fail", dmarc="fail")
    body = ("Sir,\n\nECCS password expired, unable to login at Courier Terminal Hyderabad. Please reset ECCS\npassword.\n\n"
            "Regards,\nYusuf Khan\nExaminer\n")
    raw = zimbra("c7-031e", "Yusuf Khan", frm, "ECCS password reset", "Tue, 17 Feb 2026 22:10:14 +0530", body, cte="7bit",
                 ar=ar)
    case("eccs-icegate-dmarc-fail-redirect-first", s, "An ECCS request 'from' an ICEGATE ID whose trusted header says "
         "dmarc=fail: redirect comes before review", raw, exp("icegate", "eccs", action="redirect"))


# ----------------------------------------------------------------- 032: ECCS from office mailboxes

def g032():
    s = "032"
    # a. courier cell: designation and landline, no name, no e-mail
    body = ("Sir,\n\nThe ECCS application at the Courier Terminal is showing 'Service unavailable' for all\nofficers "
            "since 10 AM. Bills of entry are pending. Kindly resolve urgently.\n\nRegards,\nAssistant Commissioner\n"
            "Courier Cell, Air Cargo Complex, Ahmedabad\nPh: 079-22869413\n")
    raw = zimbra("c7-032a", "Courier Cell ACC Ahmedabad", "couriercell.amd@icegate.gov.in", "ECCS not working - Courier "
                 "Terminal Ahmedabad", "Wed, 18 Feb 2026 11:02:36 +0530", body, cte="7bit")
    case("eccs-courier-cell-designation-and-landline-only", s, "A Courier Cell's ICEGATE mailbox reports ECCS down; "
         "signed with a designation and landline only", raw,
         exp("generic", "eccs", ["signature_email", "signature_name"], action="redirect"))

    # b. full signature  [twist: nothing missing]
    body = ("Sir,\n\nECCS login is failing for the officers of the Courier Terminal, Chennai. Kindly check.\n\n"
            "Regards,\nR. Jayanthi\nSuperintendent of Customs, Courier Cell\nAir Cargo Complex, Chennai\n"
            "jayanthi.r@icegate.gov.in\nPh: 044-22562217\n")
    raw = zimbra("c7-032b", "Courier Cell ACC Chennai", "couriercell.chennaiair@icegate.gov.in", "ECCS login failing",
                 "Wed, 18 Feb 2026 14:45:09 +0530", body, cte="7bit")
    case("eccs-courier-cell-full-signature", s, "Twist: a Courier Cell mailbox reports an ECCS problem and signs with "
         "name, designation, individual e-mail and phone", raw, exp("generic", "eccs", action="redirect"))

    # c. no sign-off at all
    body = ("ECCS server down since morning at Courier Terminal, Delhi. Please restore immediately.\n")
    raw = zimbra("c7-032c", "Courier Terminal Delhi", "courier.delhi@icegate.gov.in", "URGENT: ECCS down",
                 "Thu, 19 Feb 2026 09:20:44 +0530", body, cte="7bit")
    case("eccs-courier-mailbox-one-line-unsigned", s, "A one-line ECCS alert from a courier terminal mailbox with no "
         "sign-off at all", raw,
         exp("generic", "eccs", ["signature_designation", "signature_email", "signature_name", "signature_phone"],
             action="redirect"))

    # d. a courier cell's Gmail: no individual e-mail
    body = ("Sir/Madam,\n\nWe are unable to print the ECCS assessment sheets; the ECCS login times out. Please\nhelp.\n\n"
            "Regards,\nMohan Kumar\nSuperintendent, Courier Cell, Trichy Airport\nMob: 9443102257\n")
    raw = gmail("c7-032d", "Courier Cell Trichy", "couriercell.trichy@gmail.com", "ECCS login timeout",
                "Thu, 19 Feb 2026 12:05:31 +0530", body)
    case("eccs-courier-gmail-no-individual-email", s, "A courier cell's Gmail: ECCS login times out; signature with "
         "name, designation and mobile, no individual e-mail", raw,
         exp("generic", "eccs", ["signature_email"], action="redirect"))

    # e. Hindi, no number
    body = ("महोदय,\n\nकूरियर टर्मिनल, जयपुर पर ईसीसीएस (ECCS) में किसी भी अधिकारी का लॉगिन नहीं हो रहा है।\nकृपया "
            "शीघ्र समाधान करें।\n\nसादर,\nअनिल शर्मा\nअधीक्षक / Superintendent, Courier Cell, Jaipur\n"
            "anil.sharma12@icegate.gov.in\n")
    raw = zimbra("c7-032e", "Courier Cell Jaipur", "couriercell.jaipur@icegate.gov.in", "ईसीसीएस लॉगिन समस्या",
                 "Thu, 19 Feb 2026 15:40:18 +0530", body)
    case("eccs-courier-cell-hindi-no-number", s, "A Hindi ECCS complaint from a Courier Cell mailbox whose signature "
         "has no number", raw, exp("generic", "eccs", ["signature_phone"], action="redirect"))


# ----------------------------------------------------------------- 033: a trader's ICEGATE portal login

def g033():
    s = "033"
    # a. exporter, Gmail
    body = ("Dear Sir,\n\nWe are a small exporter of spices from Kochi (IEC 1012004568). Our ICEGATE login is\nblocked "
            "after the password expired and the reset OTP is not coming to the registered\nmobile. Please help us "
            "to reset the ICEGATE password as our shipping bills are held.\n\nThanks,\nJoby Mathew\nPartner, Malabar "
            "Spice Traders\nMob: 9447023356\n")
    raw = gmail("c7-033a", "Joby Mathew", "malabarspice.joby@gmail.com", "ICEGATE login blocked - IEC 1012004568",
                "Fri, 20 Feb 2026 10:12:48 +0530", body)
    case("trade-exporter-gmail-password-otp", s, "An exporter (IEC given) cannot log in to ICEGATE: password and OTP; "
         "personal Gmail", raw, exp("personal", "trade_portal", action="redirect"))

    # b. customs broker, Yahoo
    body = ("Sir,\n\nWe are a licensed Customs Broker at Nhava Sheva. We want to register our new branch\nuser on the "
            "ICEGATE portal but the registration page rejects our IEC/PAN with 'already\nregistered'. Kindly guide.\n\n"
            "Regards,\nHarish Shetty\nShetty Clearing & Forwarding, Navi Mumbai\nPh: 022-27578841\n")
    raw = yahoo("c7-033b", "Harish Shetty", "shettycfs@yahoo.co.in", "ICEGATE registration issue - customs broker",
                "Fri, 20 Feb 2026 12:40:22 +0530", body)
    case("trade-customs-broker-yahoo-registration", s, "A Customs Broker's Yahoo mail about ICEGATE portal "
         "registration", raw, exp("personal", "trade_portal", action="redirect"))

    # c. a company's accounts mailbox with a full signature
    body = ("Sir/Madam,\n\nOur firm's ICEGATE account (IEC AAFCS4471Q) shows 'user inactive' when we log in to\nfile the "
            "shipping bills. Kindly activate our ICEGATE login.\n\nRegards,\nRekha Shah\nManager (Exports)\nSai "
            "Overseas Pvt. Ltd., Surat\nrekha.shah@saioverseas.in\nPh: 0261-2734418\n")
    raw = thunderbird("c7-033c", "Sai Overseas Accounts", "accounts@saioverseas.in", "ICEGATE user inactive - IEC AAFCS4471Q",
                      "Fri, 20 Feb 2026 15:05:57 +0530", body, origin="company")
    case("trade-company-accounts-mailbox", s, "A company's accounts mailbox (a shared role mailbox) asks to activate "
         "its ICEGATE portal login; the manager signs with name, designation, own e-mail and phone", raw,
         exp("generic", "trade_portal", action="redirect"))

    # d. importer, Hindi, with the IEC certificate attached
    body = ("महोदय,\n\nहम दिल्ली के आयातक हैं (IEC 0515029987)। आइसगेट (ICEGATE) पोर्टल पर लॉगिन नहीं हो रहा है और\n"
            "पंजीकृत मोबाइल नंबर बदलना है। आईईसी प्रमाणपत्र संलग्न है।\n\nधन्यवाद,\nराजीव गुप्ता\nगुप्ता इम्पेक्स, "
            "दिल्ली\nमो. 9811023347\n")
    raw = gmail("c7-033d", "Rajeev Gupta", "guptaimpex.delhi@gmail.com", "आइसगेट लॉगिन समस्या - IEC 0515029987",
                "Sat, 21 Feb 2026 11:22:03 +0530", body,
                [gmail_att(pdf("GOVERNMENT OF INDIA", "DIRECTORATE GENERAL OF FOREIGN TRADE",
                               "IMPORTER-EXPORTER CODE (IEC) CERTIFICATE", "IEC: 0515029987", "Firm: GUPTA IMPEX, DELHI"),
                           PDF, "IEC certificate.pdf", R("c7-033d-a"))])
    case("trade-importer-hindi-iec-certificate", s, "An importer writes in Hindi about the ICEGATE portal login and the "
         "registered mobile, with the IEC certificate attached", raw,
         exp("personal", "trade_portal", action="redirect", kinds=["other"]))

    # e. an exports desk mailbox without an individual e-mail  [twist: signature_email]
    body = ("Dear Sir,\n\nWe are unable to log in to ICEGATE with our IEC AHDPK2231L; the portal says the\nDSC is not "
            "registered. Please register our new DSC for the ICEGATE login.\n\nRegards,\nPrakash Kothari\nGeneral "
            "Manager (Exports)\nKothari Textiles, Bhilwara\nPh: 01482-246613\n")
    raw = gmail("c7-033e", "Kothari Textiles Exports", "exports.kotharitextiles@gmail.com", "ICEGATE login - DSC registration",
                "Sat, 21 Feb 2026 14:50:36 +0530", body)
    case("trade-exports-desk-gmail-no-individual-email", s, "Twist: a firm's exports-desk Gmail (a role mailbox) asks "
         "about its ICEGATE login; the signature has no individual e-mail, which a generic sender owes whatever the "
         "request type", raw, exp("generic", "trade_portal", ["signature_email"], action="redirect"))



# ----------------------------------------------------------------- 034: none of the request types

def g034():
    s = "034"
    # a. surname change after marriage
    body = ("Sir/Madam,\n\nConsequent on my marriage my surname has changed from Iyer to Raman. Kindly change the\nname "
            "shown in my ICEGATE mailbox and the address book accordingly. A copy of the gazette\nnotification can "
            "be sent if needed.\n\nRegards,\nLakshmi Raman\nSuperintendent, CGST Chennai Outer\nTel: 044-26142275\n")
    raw = zimbra("c7-034a", "Lakshmi Iyer", "lakshmi.iyer@icegate.gov.in", "Change of surname in ICEGATE mail",
                 "Mon, 23 Feb 2026 10:10:55 +0530", body, cte="7bit")
    case("unknown-surname-change-in-mailbox", s, "An officer's ICEGATE ID asks to change the surname shown in the "
         "ICEGATE mailbox after marriage: none of the request types", raw, exp("icegate", "unknown", action="review"))

    # b. ACES slow over VPN
    date = "Mon, 23 Feb 2026 12:35:41 +0530"
    body = ("Dear Sir,\n\nACES pages take more than two minutes to open over the CBIC VPN at our Range office\nsince last "
            "week. Other sites open normally. Kindly look into the connectivity.\n\nRegards,\nHarpreet Sandhu\n"
            "Superintendent, CGST Range-III, Mohali\n[cid:LOGO]\n")
    raw = outlook("c7-034b", "Harpreet Sandhu", "harpreet.sandhu@icegate.gov.in", "ACES very slow over VPN", date, body)
    case("unknown-aces-slow-over-vpn", s, "Outlook (logo): ACES pages slow over the VPN at a Range office", raw,
         exp("icegate", "unknown", action="review", kinds=["other"]))

    # c. System Manager asks to allow an IP address
    body = ("Sir/Madam,\n\nThe Custom House has moved its EDI servers to a new building. Kindly whitelist our new\nstatic "
            "IP address 164.100.212.18 for access to the ICEGATE mail servers.\n\nRegards,\nNarendra Chauhan\n"
            "Superintendent (EDI) & System Manager\nCustom House, Kandla\nnarendra.chauhan@icegate.gov.in\n"
            "Ph: 02836-271620\n")
    raw = zimbra("c7-034c", "SYSMGR KANDLA", "sysmgr.kandla@icegate.gov.in", "Whitelisting of new static IP",
                 "Mon, 23 Feb 2026 15:20:03 +0530", body, cte="7bit")
    case("unknown-sysmgr-whitelist-ip", s, "Kandla System Manager ID asks to whitelist a new static IP; full "
         "signature", raw, exp("generic", "unknown", action="review"))

    # d. a thank-you note from Gmail  [twist: personal]
    body = ("Sir,\n\nThank you for the quick help yesterday. Everything is working now.\n\nRegards,\nNaveen Kumar\n")
    raw = gmail("c7-034d", "Naveen Kumar", "naveenkumar.cbic@gmail.com", "Thank you", "Tue, 24 Feb 2026 09:02:17 +0530",
                body, app=True)
    case("unknown-gmail-thank-you", s, "Twist: a thank-you note from a personal Gmail, with no request in it", raw,
         exp("personal", "unknown", action="review"))

    # e. an office mailbox with a bare sign-off  [twist: signature codes with review]
    body = ("Sir,\n\nPlease send us the updated list of Saksham Seva helpdesk numbers and the escalation\nmatrix for our "
            "notice board.\n\nRegards,\nR. K. Sinha\nAssistant Commissioner (Admin)\n")
    raw = zimbra("c7-034e", "Admin CGST Dhanbad", "admin.cgst.dhanbad@icegate.gov.in", "Helpdesk numbers for notice board",
                 "Tue, 24 Feb 2026 11:45:30 +0530", body, cte="7bit")
    case("unknown-admin-mailbox-bare-signoff", s, "Twist: an admin mailbox asks for the helpdesk's escalation list; "
         "the sign-off has name and designation only", raw,
         exp("generic", "unknown", ["signature_email", "signature_phone"], action="review"))

    # f. restore deleted mails
    body = ("Sir,\n\nBy mistake I deleted all mails of January 2026 from my ICEGATE mailbox, including the\nTrash. "
            "Kindly restore them if a backup is available.\n\n-- \nRegards,\nSujata Mohanty\nDeputy Commissioner, CGST "
            "Audit, Bhubaneswar\nTel: 0674-2589011\n")
    raw = thunderbird("c7-034f", "Sujata Mohanty", "sujata.mohanty@icegate.gov.in", "Restore deleted mails",
                      "Tue, 24 Feb 2026 14:30:12 +0530", body)
    case("unknown-restore-deleted-mails", s, "Thunderbird: restore deleted mails from the ICEGATE mailbox", raw,
         exp("icegate", "unknown", action="review"))


# ----------------------------------------------------------------- 035: delivery reports

def dsn_postfix(seed, date, rcpt, diag, orig_subject, orig_to, action="failed", status="5.1.1", host="mx.icegate.gov.in",
                frm=None, delayed=False):
    rnd = R(seed)
    qid = rnd.hexs(12)
    b = f"{qid}.{int(when(date).timestamp())}/{host}"
    frm = frm or f"MAILER-DAEMON@{host} (Mail Delivery System)"
    subj = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    head = (f"Return-Path: <>\nDelivered-To: {HELPDESK}\nReceived: by {host} (Postfix)\n\tid {qid}; {rfc(when(date))}\n"
            f"Date: {rfc(when(date))}\nFrom: {frm}\nSubject: {subj}\nTo: {HELPDESK}\nAuto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n"
            f"Content-Transfer-Encoding: 8bit\nMessage-Id: <{when(date).strftime('%Y%m%d%H%M%S')}.{qid}@{host}>\n")
    if delayed:
        note = ("####################################################################\n# THIS IS A WARNING ONLY.  "
                "YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################"
                "################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried "
                "until it is 5 day(s) old.\n")
    else:
        note = ("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
                "It's attached below.\n")
    body = (f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\nContent-Type: text/plain; "
            f"charset=us-ascii\n\nThis is the mail system at host {host}.\n\n{note}\n                   The mail system\n\n"
            f"<{rcpt}>: {diag}\n\n--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {HELPDESK}\n"
            f"Arrival-Date: {rfc(when(date) - dt.timedelta(seconds=5))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
            f"Original-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n\n"
            f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"Return-Path: <{HELPDESK}>\nDate: {later(date, -8, False)}\nFrom: Saksham Seva Helpdesk <{HELPDESK}>\n"
            f"To: {orig_to}\nMessage-ID: <{rnd.num(1000000000, 2000000000)}.{rnd.num(1000000, 9999999)}."
            f"{int(when(date).timestamp() * 1000)}.JavaMail.zimbra@icegate.gov.in>\nSubject: {orig_subject}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n--{b}--\n")
    return bare(head, body)


def g035():
    s = "035"
    # a. Postfix, user unknown at Gmail
    raw = dsn_postfix("c7-035a", "Wed, 25 Feb 2026 10:14:02 +0530", "pradeep.yadav.cgst@gmail.com",
                      "host gmail-smtp-in.l.google.com[142.250.4.27] said: 550-5.1.1 The email account that you tried "
                      "to reach does not exist. (in reply to RCPT TO command)", "[SS/2026/02/01187] Acknowledgement",
                      "pradeep.yadav.cgst@gmail.com")
    case("auto-postfix-bounce-user-unknown", s, "Postfix bounce (multipart/report, MAILER-DAEMON, Auto-Submitted) for "
         "a helpdesk acknowledgement to a Gmail address that does not exist", raw,
         exp("automated", "unknown", action="ignore"))

    # b. Exchange NDR: no Auto-Submitted, no mailer-daemon; only multipart/report  [twist in the markers]
    rnd = R("c7-035b")
    b = "_000_" + rnd.alnum(20)
    head = ("Return-Path: <>\nDelivered-To: saksham.seva@icegate.gov.in\nReceived: from mail.cbicpartner.in "
            "(mail.cbicpartner.in [103.44.12.80])\n\tby mx.icegate.gov.in (Postfix) with ESMTPS id 71C0A3B2F9\n\t"
            "for <saksham.seva@icegate.gov.in>; Wed, 25 Feb 2026 12:02:44 +0530 (IST)\n"
            "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbicpartner.in>\n"
            "To: <saksham.seva@icegate.gov.in>\nDate: Wed, 25 Feb 2026 06:32:40 +0000\n"
            "Subject: Undeliverable: [SS/2026/02/01203] Acknowledgement\n"
            f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n"
            "Content-Language: en-US\nMessage-ID: <8f2c61d0-4a77-4b1e-9d33-2e0f6c1a7b90@cbicpartner.in>\n"
            "X-MS-Exchange-Message-Is-Ndr:\nMIME-Version: 1.0\n")
    body = (f"--{b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\nDelivery has failed to these recipients or "
            "groups:\n\nm.iqbal@cbicpartner.in\nThe email address you entered couldn't be found. Please check the "
            "recipient's email address and try to resend the message.\n\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mail.cbicpartner.in\n"
            "Received-From-MTA: dns;mx.icegate.gov.in\nArrival-Date: Wed, 25 Feb 2026 06:32:38 +0000\n\n"
            "Final-Recipient: rfc822;m.iqbal@cbicpartner.in\nAction: failed\nStatus: 5.1.10\n"
            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
            f"lookup\n\n--{b}\nContent-Type: message/rfc822\n\nFrom: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\n"
            "To: m.iqbal@cbicpartner.in\nSubject: [SS/2026/02/01203] Acknowledgement\nDate: Wed, 25 Feb 2026 12:02:30 "
            "+0530\nMessage-ID: <2001339822.1183301.1772001150000.JavaMail.zimbra@icegate.gov.in>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\nYour request has been received.\n\n"
            f"--{b}--\n")
    case("auto-exchange-ndr-report-only-marker", s, "Twist in the markers: an Exchange non-delivery report from a "
         "'MicrosoftExchange...' address with no Auto-Submitted header; multipart/report alone makes it automated",
         bare(head, body), exp("automated", "unknown", action="ignore"))

    # c. Gmail's bounce of a helpdesk mail
    raw = dsn_postfix("c7-035c", "Wed, 25 Feb 2026 14:40:30 +0530", "k.ramesh.insp@gmail.com",
                      "550 5.2.1 The email account that you tried to reach is inactive.", "[SS/2026/02/01210] Details required",
                      "k.ramesh.insp@gmail.com", status="5.2.1", host="mx.google.com",
                      frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>")
    case("auto-google-mailer-daemon-inactive-account", s, "A bounce from Google's Mail Delivery Subsystem "
         "(mailer-daemon@googlemail.com, multipart/report) for an inactive account", raw,
         exp("automated", "unknown", action="ignore"))

    # d. a delay warning
    raw = dsn_postfix("c7-035d", "Wed, 25 Feb 2026 18:05:11 +0530", "officer.mehta@rediffmail.com",
                      "connect to mx.rediffmail.com[202.137.235.12]:25: Connection timed out",
                      "[SS/2026/02/01221] Acknowledgement", "officer.mehta@rediffmail.com", action="delayed",
                      status="4.4.1", delayed=True)
    case("auto-postfix-delay-warning", s, "A Postfix 'Delayed Mail (still being retried)' warning (multipart/report, "
         "Action: delayed)", raw, exp("automated", "unknown", action="ignore"))

    # e. NIC's gateway bounces for a full mailbox
    raw = dsn_postfix("c7-035e", "Thu, 26 Feb 2026 09:44:20 +0530", "s.raghavan@nic.in",
                      "host mtain2.nic.in[10.247.1.82] said: 552 5.2.2 Mailbox quota exceeded (in reply to end of DATA "
                      "command)", "[SS/2026/02/01230] Password reset - acknowledgement", "s.raghavan@nic.in",
                      status="5.2.2", host="mailgw2.nic.in")
    case("auto-nic-gateway-bounce-quota", s, "NIC's mail gateway bounces a helpdesk mail for a full mailbox "
         "(MAILER-DAEMON@mailgw2.nic.in)", raw, exp("automated", "unknown", action="ignore"))

    # f. a bounce that returns the whole message with its attachment
    rnd = R("c7-035f")
    b = f"{rnd.hexs(12)}.1772100000/mx.icegate.gov.in"
    inner_b = "=_" + rnd.hexs(32, False)
    att_b64 = kit.base64.encodebytes(pdf("Saksham Seva - checklist for SSO ID requests")).decode("ascii")
    head = ("Return-Path: <>\nDelivered-To: saksham.seva@icegate.gov.in\nDate: Thu, 26 Feb 2026 11:10:05 +0530 (IST)\n"
            "From: MAILER-DAEMON@mx.icegate.gov.in (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n"
            f"To: saksham.seva@icegate.gov.in\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: "
            f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\nMessage-Id: "
            "<20260226054005.4F2A7C19B03E@mx.icegate.gov.in>\n")
    body = (f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\nContent-Type: text/plain; "
            "charset=us-ascii\n\nThis is the mail system at host mx.icegate.gov.in.\n\nI'm sorry to have to inform you "
            "that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "<range4.office@yahoo.com>: host mta6.am0.yahoodns.net[67.195.204.77] said: 554\n    delivery error: dd "
            "This user doesn't have a yahoo.com account (in reply to end of DATA command)\n\n"
            f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.icegate.gov.in\n\nFinal-Recipient: rfc822; range4.office@yahoo.com\nAction: failed\n"
            "Status: 5.0.0\n\n"
            f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
            "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nTo: range4.office@yahoo.com\nDate: Thu, 26 Feb "
            "2026 11:09:58 +0530\nSubject: [SS/2026/02/01244] Details required\nMessage-ID: "
            "<1700234411.23009.1772084398000.JavaMail.zimbra@icegate.gov.in>\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/mixed; boundary=\"{inner_b}\"\n\n--{inner_b}\nContent-Type: text/plain; "
            "charset=utf-8\n\nPlease see the attached checklist.\n\n"
            f"--{inner_b}\nContent-Type: application/pdf; name=\"Checklist.pdf\"\nContent-Disposition: attachment; "
            f"filename=\"Checklist.pdf\"\nContent-Transfer-Encoding: base64\n\n{att_b64}\n--{inner_b}--\n\n--{b}--\n")
    case("auto-bounce-returns-message-with-attachment", s, "A Postfix bounce that returns the whole helpdesk mail, "
         "with its PDF attachment, inside the report: parts of a delivery report are no attachments", bare(head, body),
         exp("automated", "unknown", action="ignore"))


# ----------------------------------------------------------------- 036: out-of-office replies

def g036():
    s = "036"
    # a. Zimbra vacation reply, English
    head = ("Return-Path: <ravi.shankar2@icegate.gov.in>\nDelivered-To: saksham.seva@icegate.gov.in\n"
            + ar_line("mx.icegate.gov.in", "icegate.gov.in", "ravi.shankar2", "10.10.30.14") +
            "\nDate: Thu, 26 Feb 2026 12:05:40 +0530 (IST)\nFrom: Ravi Shankar <ravi.shankar2@icegate.gov.in>\n"
            "To: Saksham Seva <saksham.seva@icegate.gov.in>\nMessage-ID: "
            "<1120044572.4410271.1772087740112.JavaMail.zimbra@icegate.gov.in>\nIn-Reply-To: "
            "<1009912231.4410011.1772087700000.JavaMail.zimbra@icegate.gov.in>\nSubject: Out of Office: "
            "[SS/2026/02/01250] Acknowledgement\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 7bit\nAuto-Submitted: auto-replied (zimbra; vacation)\n")
    body = ("I am away on training at NACIN, Faridabad from 23.02.2026 to 06.03.2026 with limited\naccess to mail. For "
            "urgent matters please contact the Range office.\n\nRavi Shankar\n")
    case("auto-zimbra-vacation-english", s, "Zimbra vacation reply from an officer's ICEGATE ID (Auto-Submitted: "
         "auto-replied) to a helpdesk acknowledgement", bare(head, body), exp("automated", "unknown", action="ignore"))

    # b. a Hindi out-of-office
    head = ("Return-Path: <kamla.devi@icegate.gov.in>\nDelivered-To: saksham.seva@icegate.gov.in\n"
            + ar_line("mx.icegate.gov.in", "icegate.gov.in", "kamla.devi", "10.10.30.14") +
            "\nDate: Thu, 26 Feb 2026 14:20:11 +0530 (IST)\nFrom: =?UTF-8?B?4KSV4KSu4KSy4KS+IOCkpuClh+CkteClgA==?= "
            "<kamla.devi@icegate.gov.in>\nTo: Saksham Seva <saksham.seva@icegate.gov.in>\nMessage-ID: "
            "<1402215563.4411982.1772095811002.JavaMail.zimbra@icegate.gov.in>\nSubject: =?utf-8?B?"
            + kit.base64.b64encode("कार्यालय से बाहर: [SS/2026/02/01262] पावती".encode()).decode() + "?=\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n"
            "Auto-Submitted: auto-replied (zimbra; vacation)\n")
    body = kit.base64.encodebytes("मैं 25.02.2026 से 04.03.2026 तक अवकाश पर हूँ। आवश्यक कार्य हेतु कृपया मंडल कार्यालय "
                                   "से संपर्क करें।\n\nकमला देवी\n".encode()).decode("ascii")
    case("auto-hindi-out-of-office", s, "Twist in language: a Hindi out-of-office (base64 body, Devanagari subject "
         "and name) with Auto-Submitted: auto-replied", bare(head, body), exp("automated", "unknown", action="ignore"))

    # c. Exchange automatic reply
    rnd = R("c7-036c")
    b = "_000_" + rnd.alnum(24)
    head = ("Return-Path: <a.kumar@cbicpartner.in>\nDelivered-To: saksham.seva@icegate.gov.in\n"
            + ar_line("mx.icegate.gov.in", "cbicpartner.in", "a.kumar", "103.44.12.80", sel="selector1") +
            "\nFrom: Arvind Kumar <a.kumar@cbicpartner.in>\nTo: Saksham Seva <saksham.seva@icegate.gov.in>\n"
            "Subject: Automatic reply: [SS/2026/02/01270] Acknowledgement\nThread-Topic: [SS/2026/02/01270] "
            "Acknowledgement\nDate: Thu, 26 Feb 2026 10:20:33 +0000\nMessage-ID: "
            "<PN3PR01MB7731A2F0C4B8E9D1C7B2A3F4@PN3PR01MB7731.INDPRD01.PROD.OUTLOOK.COM>\nAuto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: a.kumar@cbicpartner.in\nContent-Language: "
            f"en-US\nContent-Type: multipart/alternative;\n\tboundary=\"{b}\"\nMIME-Version: 1.0\n")
    body = (f"--{b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\nI am out of office till 02 March 2026. I will "
            "respond on my return.\n\n"
            f"--{b}\nContent-Type: text/html; charset=\"us-ascii\"\n\n<html><body><p>I am out of office till 02 March "
            f"2026. I will respond on my return.</p></body></html>\n\n--{b}--\n")
    case("auto-exchange-automatic-reply", s, "Exchange 'Automatic reply' (Auto-Submitted: auto-generated, "
         "X-Auto-Response-Suppress: All)", bare(head, body, crlf=True), exp("automated", "unknown", action="ignore"))

    # d. Gmail vacation responder from a personal address
    rnd = R("c7-036d")
    head = ("Return-Path: <rekha.chouhan.cgst@gmail.com>\nDelivered-To: saksham.seva@icegate.gov.in\n"
            + ar_line("mx.icegate.gov.in", "gmail.com", "rekha.chouhan.cgst", "209.85.220.41", sel="20230601") +
            "\nMIME-Version: 1.0\nFrom: Rekha Chouhan <rekha.chouhan.cgst@gmail.com>\nDate: Thu, 26 Feb 2026 "
            f"16:40:02 +0530\nAuto-Submitted: auto-replied\nMessage-ID: <CA{rnd.b64(40).replace('/', '_')}@mail.gmail.com>\n"
            "Subject: Re: [SS/2026/02/01275] Details required\nTo: Saksham Seva <saksham.seva@icegate.gov.in>\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n")
    body = "Thank you for your mail. I am travelling and will reply after 2 March.\n"
    case("auto-gmail-vacation-responder", s, "Gmail vacation responder from a personal address (Auto-Submitted: "
         "auto-replied)", bare(head, body), exp("automated", "unknown", action="ignore"))

    # e. a person back from leave; Outlook adds X-Auto-Response-Suppress on its own  [twist: not automated]
    date = "Fri, 27 Feb 2026 10:02:19 +0530"
    body = ("Sir,\n\nI have resumed duty today after leave. Please ignore the out-of-office replies that went\nfrom my "
            "mailbox during my absence.\n\nRegards,\nRavi Shankar\nInspector, CGST Faridabad\n[cid:LOGO]\n")
    raw = outlook("c7-036e", "Ravi Shankar", "ravi.shankar2@icegate.gov.in", "Back from leave", date, body,
                  extra={"X-Auto-Response-Suppress": "All"})
    case("unknown-back-from-leave-auto-response-suppress", s, "Twist: the officer writes by hand that he is back "
         "from leave; Outlook's X-Auto-Response-Suppress alone does not make the mail automated", raw,
         exp("icegate", "unknown", action="review", kinds=["other"]))


# ----------------------------------------------------------------- 037: no-reply senders, notices and lists

def notice(seed, frm, subject, date, plain, extra=""):
    rnd = R(seed)
    b = "----=_Part_" + rnd.hexs(20, False)
    local, domain = frm.split("<")[-1].rstrip(">").split("@")
    head = (f"Return-Path: <{local}@{domain}>\nDelivered-To: saksham.seva@icegate.gov.in\n"
            + ar_line("mx.icegate.gov.in", domain, local, "10.10.40.21") +
            f"\nDate: {date}\nFrom: {frm}\nTo: saksham.seva@icegate.gov.in\nSubject: {ew(subject, 'Q')}\n"
            f"Message-ID: <notice.{rnd.hexs(20, False)}@appmail2.{domain}>\nMIME-Version: 1.0\n{extra}"
            f"Content-Type: multipart/alternative; boundary=\"{b}\"\n")
    html = "<html><body>" + "".join(f"<p>{x}</p>" for x in plain.split("\n\n")) + "</body></html>"
    body = (f"--{b}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n{plain}\n\n"
            f"--{b}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n{html}\n\n--{b}--\n")
    return bare(head, body)


def g037():
    s = "037"
    # a. ACES downtime notice from noreply@
    raw = notice("c7-037a", "ICEGATE Services <noreply@icegate.gov.in>", "Planned downtime of ACES on 07.03.2026",
                 "Fri, 27 Feb 2026 18:00:04 +0530",
                 "Dear User,\n\nACES will not be available on Saturday, 07.03.2026 from 20:00 hrs to 23:59 hrs for a "
                 "database upgrade.\n\nThis is a system generated mail. Please do not reply.\n\nDG Systems & Data "
                 "Management, CBIC", "X-Mailer: ICEGATE Notification Service 2.3\n")
    case("auto-noreply-aces-downtime", s, "A downtime notice from noreply@icegate.gov.in with no other automated "
         "marker", raw, exp("automated", "unknown", action="ignore"))

    # b. donotreply@ on another domain
    raw = notice("c7-037b", "CBIC Circulars <donotreply@cbic.gov.in>", "New circular uploaded on cbic.gov.in",
                 "Fri, 27 Feb 2026 19:30:41 +0530",
                 "A new circular on the procedure for refund claims has been uploaded on the CBIC website.\n\nThis "
                 "mailbox is not monitored.")
    case("auto-donotreply-circular-alert", s, "A circular alert from donotreply@cbic.gov.in", raw,
         exp("automated", "unknown", action="ignore"))

    # c. an ECCS advisory from no-reply@  [twist: its own content says ECCS]
    raw = notice("c7-037c", "ICEGATE Advisory <no-reply@icegate.gov.in>", "Advisory: ECCS password expiry every 45 days",
                 "Sat, 28 Feb 2026 09:15:22 +0530",
                 "Advisory for ECCS users\n\nPasswords of the Express Cargo Clearance System (ECCS) expire every 45 "
                 "days. Users are advised to change the ECCS password before expiry from the ECCS login page.\n\n"
                 "This is an auto-generated advisory; replies are not read.")
    case("auto-noreply-eccs-advisory", s, "Twist: an ECCS advisory from no-reply@icegate.gov.in: automated, and its "
         "own content makes it an ECCS mail (still ignored)", raw, exp("automated", "eccs", action="ignore"))

    # d. a mailing list newsletter (List-Id)
    raw = notice("c7-037d", "NACIN e-Newsletter <newsletter@nacin.gov.in>", "NACIN e-Newsletter - February 2026",
                 "Sat, 28 Feb 2026 11:00:00 +0530",
                 "In this issue: new e-learning modules on Customs valuation, training calendar for March 2026.\n\n"
                 "To unsubscribe, write to the list owner.",
                 "List-Id: NACIN e-Newsletter <newsletter.nacin.gov.in>\nList-Unsubscribe: "
                 "<mailto:newsletter-leave@nacin.gov.in>\n")
    case("auto-list-id-newsletter", s, "A training newsletter sent through a mailing list (List-Id) from an ordinary "
         "address", raw, exp("automated", "unknown", action="ignore"))

    # e. Precedence: bulk from an ordinary local part
    raw = notice("c7-037e", "DG Systems Updates <dgsys.updates@icegate.gov.in>", "Weekly summary of helpdesk tickets",
                 "Sat, 28 Feb 2026 17:45:10 +0530",
                 "Weekly summary: 1,184 tickets received, 1,102 closed, 82 pending.\n\nDG Systems",
                 "Precedence: bulk\n")
    case("auto-precedence-bulk-weekly-summary", s, "A weekly summary with Precedence: bulk from an ordinary-looking "
         "ICEGATE address", raw, exp("automated", "unknown", action="ignore"))


# ================================================================= main

GROUPS = [g001, g002, g003, g004, g005, g006, g007, g008, g009, g010, g011, g012, g013, g014, g015, g016, g017, g018, g019, g020, g021, g022, g023, g024, g025, g026, g027, g028, g029, g030, g031, g032, g033, g034, g035, g036, g037]


def attachment_count(raw: bytes) -> int:
    """Parts with a file name outside delivery reports, counting files inside attached mails, not the mails."""
    m = email.message_from_bytes(raw)

    def walk(p):
        if p.get_content_type() == "multipart/report":
            return 0
        if p.is_multipart():
            return sum(walk(x) for x in p.get_payload())
        if p.get_content_type() == "message/rfc822":
            return sum(walk(x) for x in p.get_payload())
        return 1 if p.get_filename() else 0
    return walk(m)


def readme():
    lines = ["# corpus7 (generated by make.py)", "",
             "Five or six new mails for each of the 37 intents of the sample corpus (the 'sample intent'",
             "column gives the number of the sample mail), written afresh: other officers, offices, cities,",
             "mail clients, wording, layouts, signatures, languages and attachments. About a",
             "third carry one change (marked *Twist*) that moves the expected verdict in a way the contract",
             "decides. Every verdict is derived from the triage contract and the template description alone.",
             "`make.py` writes the same bytes on every run (fixed dates, Message-IDs, seeds; workbooks",
             "re-packed with fixed timestamps).", "",
             "| file | sample intent | intent | expected |", "| --- | --- | --- | --- |"]
    for name, sample, intent, _raw, e in CASES:
        miss = ", ".join(e["missing"]) or "-"
        errs = "; ".join(f"r{x['row']} {x['column'] or '-'} {x['code']}" for x in e["template_errors"])
        lines.append(f"| `{name}.eml` | {sample} | {intent} | **{e['action']}** ({e['sender_kind']}, "
                     f"{e['request_type']}; missing {miss}" + (f"; {errs}" if errs else "") + ") |")
    lines += ["", NOTES]
    return "\n".join(lines) + "\n"


NOTES = """## Readings of the contract

Each point below is how a mail of this corpus was read where the contract leaves room; where a
reading would have been doubtful, the mail was written so that it is not.

- **Request type** comes from the sender's own words, in any language: Hinglish in Latin script
  ('naye Inspector join kiye hain ... SSO ID banane') asks for creation; 'check whether an SSO ID
  exists in my name' asks for status. Missing details (name, designation, mobile) are never given
  only in a subject line, since the contract does not say whether a subject is the sender's text.
- **Attachment kinds** are told from the name, then from the text layer: 'scan_0012.pdf',
  'DPC_order_2026.pdf' and a Devanagari-only name are told by their text; an image-only PDF named
  'OO_88_2025.pdf' cannot be told and is `other`, so the promotion order is missing. An IEC
  certificate is `other`: a `certification_letter` is a Joint Commissioner's (or higher) letter
  certifying an officer's name, DOB and DOJ. A non-template workbook (a role sheet) is `other`. An
  unreadable file named as a template is a `template` with the row-0 `unreadable` error, as in the
  sample; every unreadable file here carries 'template' in its name.
- **Forwards**: files inside an attached `message/rfc822` are attachments, the attached mail is
  not. Zimbra's '----- Forwarded Message -----' block is not named by the contract, so in those
  mails the forwarder's own text states the request and carries the full sign-off; the verdict does
  not depend on how the block is read. Outlook-style inline forwards are not used.
- **Quotes**: below 'On ... wrote:', '>' lines, Outlook's '-----Original Message-----', a bare
  'From: ... Sent: ...' block, and Zimbra's '----- Original Message -----' block (From/To/Sent)
  nothing counts.
- **Signatures** end before disclaimers and the NIC footer, which hold no name, number or e-mail,
  so they cannot fill a signature field either way. A generic mailbox's own address is not an
  individual e-mail ID; an individual ICEGATE address is. A landline is a contact number. A role
  mailbox on any domain is generic: a firm's 'accounts@' or exports-desk Gmail too, and its
  signature codes apply to `trade_portal` and `unknown` mails.
- **Mobiles in the text**: '+91 98480 22113' and '98765 43210' are mobiles; a number labelled
  Tel/Ph/Phone/Fax/office telephone or written with an STD code is not; neither are nine digits or a
  number starting with 5. Where a mobile is required, a mobile-looking number is never labelled only
  'Ph'.
- **SSO ID**: an alternate e-mail ID stands for it; the sender's own address does not.
- **Template dates**: 'NA', 'Nov 2025', '12/25/1996', '31/06/2025', '31/11/1996' and 29/02 of a
  common year are not dates. A joining date equal to the mail's date is not after it. Joining on the
  eighteenth birthday is not 'before age 18'; a day earlier is. No birth date lies in the future
  (that could also trip the age rule).
- **Template cells**: a mobile written 'N/A' is `invalid_mobile` (the cell is not empty); a numeric
  10-digit cell and '+91'/'0' prefixes are valid, 11 digits without a prefix are not. Mobiles in
  templates carry no spaces or hyphens, and repeats are exact repeats. A row holding only a serial
  number is a data row, so every mandatory cell of it is empty. Header colour C00000 is red,
  FF6666 (green 0x66) is not. Headers may come in another order, in capitals or lower case, with
  extra words in brackets, or on row 6 under title and blank rows.
- **Alternate e-mail**: an office or Range Gmail, a System Manager mailbox and any icegate.gov.in
  address (the sender's own included) are `generic_alt_email`; a repeat of a personal address
  above is `duplicate_alt_email` only.
- **COIN / abroad** is read as the officer's present posting: an officer back from COIN and now
  posted in Mumbai is an ordinary request. A COIN request that lacks a document is `review` with
  the missing document still listed; so is a certification letter from a nic.in mailbox.
- **Authentication** is read from the topmost Authentication-Results only. spf=fail with no DKIM
  signature and no DMARC result is a failure; so is spf=fail whose only dkim=pass is the relay's own
  domain, and passes only for a bulk-mail service's domain. spf=fail with dkim=pass and dmarc=pass
  for icegate.gov.in is not. The rule is for icegate.gov.in senders: a Gmail sender failing DMARC is
  not put to review. An ECCS mail from a failing ICEGATE sender is redirected (redirect precedes
  review).
- **Ambiguous senders**: a display name showing an ICEGATE address over a Gmail address is
  `review`, with the kind of the real address (personal) and `icegate_sender` missing; two ICEGATE
  addresses in From: is `review` too. Reply-To never changes the sender.
- **Automated**: an Exchange non-delivery report without Auto-Submitted or a mailer-daemon address
  is automated by multipart/report alone; List-Id, Precedence: bulk and noreply/no-reply/donotreply
  local parts each suffice; an automated mail's request type is its own content (an ECCS advisory
  is `eccs`). A hand-written 'back from leave' mail from Outlook with only X-Auto-Response-Suppress
  is not automated.
"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for g in GROUPS:
        g()
    names = set()
    for name, _s, _i, raw, e in CASES:
        assert name not in names, name
        names.add(name)
        n = attachment_count(raw)
        assert n == len(e["attachment_kinds"]), (name, n, e["attachment_kinds"])
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
