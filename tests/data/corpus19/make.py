#!/usr/bin/env python3
"""Generate corpus19 for maild: HTML mail as real clients write it (mails/*.eml + expected/*.json).

Theme: HTML-only mails and multipart/alternative mails whose plain part is empty or a stub,
Outlook desktop (MsoNormal, <o:p>, signature tables with a cid: logo, From:/Sent: reply blocks),
Gmail (gmail_signature, gmail_quote), Zimbra (zwchr <hr>, "----- Original Message -----"),
Outlook Web (divRplyFwdMsg), Apple Mail (blockquote type=cite), Yahoo (yahoo_quoted),
Thunderbird (moz-cite-prefix); details in <b>Label:</b> spans, label|value tables, a header row
over a value row, <ul><li> lists, <br> lines, &nbsp; and entities, quoted-printable soft breaks
inside numbers and addresses, base64 HTML, windows-1252 and utf-8.

Run with .venv/bin/python (openpyxl, pypdf). Every expected verdict is derived by hand
from ../shared/spec/triage.md and template.md; two runs write identical bytes.
"""
from __future__ import annotations

import base64
import datetime as dt
import html as _html
import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# The file and MIME builders are corpus2's (loaded, not copied): make_xlsx, make_pdf, make_png,
# jpeg, att, multi, mail, addr, ew.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX = kit.XLSX_CT
PDF, JPG, PNG = "application/pdf", "image/jpeg", "image/png"
D = kit.D
FIXED = (2025, 11, 20, 9, 0, 0)


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


def xlsx(*officers, **kw) -> bytes:
    rows = []
    for i, o in enumerate(officers, start=1):
        rows.append([i] + list(o))
    return repack(kit.make_xlsx(rows, **kw))


def O(first, last, desig, dob, doj, mob, alt_mail, office, mid="", loc="", emp=""):
    """One officer in the standard column order after S.No."""
    return [first, mid, last, desig, dob, doj, mob, alt_mail, office, loc, emp]


def pdf(*lines) -> bytes:
    return kit.make_pdf(list(lines))


def sb(name, dob, doj):
    return kit.sb_pdf(name, dob, doj)


def promo(no, name, to):
    return pdf("OFFICE OF THE PRINCIPAL COMMISSIONER", f"ESTABLISHMENT ORDER No. {no}/2025",
               f"Sub: Promotion to the grade of {to} - orders - reg.",
               f"The following officer is hereby promoted to the grade of {to}:", f"1. {name}",
               "(Additional Commissioner, Establishment)")


def transfer(no, name):
    return pdf("GOVERNMENT OF INDIA, MINISTRY OF FINANCE", f"TRANSFER ORDER No. {no}/2025",
               f"{name} is transferred with immediate effect.", "(Joint Commissioner, Cadre Control)")


def posting(no, name):
    return pdf("OFFICE OF THE COMMISSIONER", f"LOCAL POSTING ORDER No. {no}/2025",
               f"On joining, {name} is posted to the section noted against the name.", "(Deputy Commissioner)")


def charge(name):
    return pdf("CERTIFICATE OF ASSUMPTION OF CHARGE", f"I, {name}, have assumed charge of the post this forenoon.",
               "Relieving officer / Assuming officer")


def certletter(name, dob, doj):
    return pdf("OFFICE OF THE COMMISSIONER OF CUSTOMS", "CERTIFICATE",
               f"Certified that the name of the officer is {name}, date of birth {dob}",
               f"and date of joining CBIC {doj}, as per the records of this office.",
               "Joint Commissioner (Establishment)")


def png(tag=0):
    return kit.make_png(80 + tag % 9, 40 + tag % 5, 100 + tag % 120)


# ================================================================= quoted-printable with chosen soft breaks

SOFT = "\x01"  # a place where the encoder must put a soft line break


def qp(s: str, charset: str) -> str:
    data = s.encode(charset)
    out, line = [], ""
    for raw in data.split(b"\n"):
        toks = []
        for i, b in enumerate(raw):
            if b == 1:
                toks.append(None)
            elif (33 <= b <= 126 and b != 61) or (b == 32 and i != len(raw) - 1 and raw[i + 1:].strip(b"\x01") != b""):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        line = ""
        for t in toks:
            if t is None:
                out.append(line + "=")
                line = ""
                continue
            if len(line) + len(t) > 75:
                out.append(line + "=")
                line = ""
            line += t
        out.append(line)
    return "\n".join(out)


def textpart(body: str, sub: str, cte: str, charset: str):
    p = MIMENonMultipart("text", sub, charset=charset)
    del p["MIME-Version"]
    if cte == "qp":
        p.set_payload(qp(body, charset))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(body.replace(SOFT, "").encode(charset)).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        b = body.replace(SOFT, "")
        b.encode("ascii")
        p.set_payload(b)
        p["Content-Transfer-Encoding"] = "7bit"
    return p


# ================================================================= HTML → text (for the plain alternatives)

def to_text(h: str) -> str:
    h = h.replace(SOFT, "\x02")
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", "", h)
    h = re.sub(r"(?is)<!--.*?-->", "", h)
    h = re.sub(r"(?is)<[^>]*display:\s*none[^>]*>.*?</(div|span)>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|table|h\d)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"(?i)<hr[^>]*>", "\n________________________________\n", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    h = _html.unescape(h).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in h.split("\n")]
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    return "\n".join(out).strip().replace("\x02", SOFT) + "\n"


# ================================================================= client styles

E = _html.escape


class Client:
    name = "generic"
    NL = "<br>"

    def p(self, t):
        return f"<div>{t}</div>"

    def blank(self):
        return "<div><br></div>"

    def wrap(self, inner):
        return f"<html><body>{inner}</body></html>"

    def sig(self, lines, logo):
        return "".join(self.p(l) for l in lines)

    def quote(self, q):
        raise NotImplementedError


class Outlook(Client):
    name = "outlook"

    def p(self, t):
        return f"<p class=MsoNormal>{t}<o:p></o:p></p>\n"

    def blank(self):
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"

    def wrap(self, inner):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%CS%">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                '<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n</style><![endif]-->'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
                '</xml><![endif]--></head><body lang=EN-IN link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                f'<div class=WordSection1>\n{inner}</div></body></html>\n')

    def sig(self, lines, logo):
        cells = "".join(f"<p class=MsoNormal><span style='font-size:10.0pt;color:#1F3864'>{l}<o:p></o:p></span></p>" for l in lines)
        img = ("<td width=90 valign=top style='width:67.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>"
               "<img width=72 height=72 style='width:.75in;height:.75in' id=\"Picture_x0020_1\" "
               f"src=\"cid:{logo}\" alt=\"CBIC logo\"><o:p></o:p></p></td>") if logo else ""
        return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
                f"<tr>{img}<td valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>{cells}</td></tr></table>\n")

    def quote(self, q):
        hdr = (f"<b>From:</b> {E(q['from'])} <br><b>Sent:</b> {q['sent']}<br><b>To:</b> {E(q['to'])}<br>"
               f"<b>Subject:</b> {E(q['subject'])}")
        body = "".join(self.p(l) if l else self.blank() for l in q["body"])
        return ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                f"padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> "
                f"{E(q['from'])} <br><b>Sent:</b> {q['sent']}<br><b>To:</b> {E(q['to'])}<br><b>Subject:</b> "
                f"{E(q['subject'])}<o:p></o:p></span></p></div></div>\n{self.blank()}{body}") if not q.get("hr") else (
                f"<div align=center style='text-align:center'><hr size=2 width=\"100%\" align=center></div>"
                f"<p class=MsoNormal>{hdr}<o:p></o:p></p>\n{body}")


class Gmail(Client):
    name = "gmail"

    def wrap(self, inner):
        return f'<div dir="ltr">{inner}</div>\n'

    def sig(self, lines, logo):
        img = f'<div><img src="cid:{logo}" width="96" height="40" alt="logo"><br></div>' if logo else ""
        return ('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                'data-smartmail="gmail_signature"><div dir="ltr">' + "".join(f"<div>{l}</div>" for l in lines)
                + img + "</div></div>")

    def quote(self, q):
        body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in q["body"])
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'On {q["on"]}, {E(q["from"])} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">{body}</div></blockquote></div>')


class Zimbra(Client):
    name = "zimbra"

    def wrap(self, inner):
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f'{inner}</div></body></html>')

    def blank(self):
        return '<div><br data-mce-bogus="1"></div>'

    def sig(self, lines, logo):
        img = f'<br><img src="cid:{logo}" data-mce-src="cid:{logo}">' if logo else ""
        return '<div><br></div><div data-marker="__SIG_PRE__">' + "<br>".join(lines) + img + "</div>"

    def quote(self, q):
        body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in q["body"])
        return ('<div><br></div><div data-marker="__QUOTED_TEXT__">----- Original Message -----<hr id="zwchr" '
                'data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>From: </b>' + E(q["from"]) +
                f'<br><b>To: </b>{E(q["to"])}<br><b>Sent: </b>{q["sent"]}<br><b>Subject: </b>{E(q["subject"])}<br></div>'
                f'<div><br></div><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">'
                f'{body}</blockquote></div>')


class OWA(Client):
    name = "owa"
    ST = 'style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'

    def p(self, t):
        return f"<div class=\"elementToProof\" {self.ST}>{t}</div>"

    def blank(self):
        return f"<div class=\"elementToProof\" {self.ST}><br></div>"

    def wrap(self, inner):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                f'{inner}</body></html>')

    def sig(self, lines, logo):
        img = f'<p><img src="cid:{logo}" width="80"></p>' if logo else ""
        return '<div id="Signature"><p>' + "<br>".join(lines) + "</p>" + img + "</div>"

    def quote(self, q):
        body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in q["body"])
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f'<b>From:</b> {E(q["from"])}<br><b>Sent:</b> {q["sent"]}<br><b>To:</b> {E(q["to"])}<br>'
                f'<b>Subject:</b> {E(q["subject"])}</font><div>&nbsp;</div></div><div>{body}</div>')


class Apple(Client):
    name = "apple"

    def wrap(self, inner):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{inner}</body></html>')

    def sig(self, lines, logo):
        return "<div>" + "<br>".join(lines) + "</div>"

    def quote(self, q):
        body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in q["body"])
        return (f'<div><br><blockquote type="cite"><div>On {q["on"]}, {E(q["from"])} wrote:</div><br>'
                f'<div>{body}</div></blockquote></div>')


class Yahoo(Client):
    name = "yahoo"

    def p(self, t):
        return f'<div dir="ltr" data-setdir="false">{t}</div>'

    def blank(self):
        return '<div dir="ltr" data-setdir="false"><br></div>'

    def wrap(self, inner):
        return ('<html><head></head><body><div class="ydp3f1c2a9yahoo-style-wrap" style="font-family:Helvetica Neue, '
                f'Helvetica, Arial, sans-serif;font-size:13px;">{inner}</div></body></html>')

    def quote(self, q):
        body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in q["body"])
        return ('<div id="yahoo_quoted_4417322165" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On {q["on"]}, {E(q["from"])} wrote:</div>'
                f'<div><br></div><div><br></div><div><div dir="ltr">{body}</div></div></div></div>')


class Thunderbird(Client):
    name = "thunderbird"

    def p(self, t):
        return f"<p>{t}</p>\n"

    def blank(self):
        return "<p><br>\n</p>\n"

    def wrap(self, inner):
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%CS%">\n'
                f'</head>\n<body>\n{inner}</body>\n</html>\n')

    def sig(self, lines, logo):
        return '<div class="moz-signature">-- <br>\n' + "<br>\n".join(lines) + "</div>\n"

    def quote(self, q):
        body = "".join(f"<p>{l}</p>" if l else "<p><br></p>" for l in q["body"])
        return (f'<div class="moz-cite-prefix">On {q["tb"]}, {E(q["from"])} wrote:<br>\n</div>\n'
                f'<blockquote type="cite" cite="mid:{q.get("mid", "x1@icegate.gov.in")}">{body}</blockquote>\n')


CLIENTS = {c.name: c() for c in (Outlook, Gmail, Zimbra, OWA, Apple, Yahoo, Thunderbird)}
MAILER = {
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AQHcWk3rT1b9yRmQe0Kk2bN7VvXy8A==",
                "Content-Language": "en-in"},
    "gmail": {},
    "zimbra": {"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC141 (Win)/8.8.15_GA_4581)",
               "Thread-Topic": None},
    "owa": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "msip_labels": "", "Content-Language": "en-IN"},
    "apple": {"X-Mailer": "iPhone Mail (22B91)"},
    "yahoo": {"X-Mailer": "WebService/1.1.24652 YMailNorrin"},
    "thunderbird": {"User-Agent": "Mozilla Thunderbird", "Content-Language": "en-US"},
}


# ================================================================= detail renderers

def details(c: Client, style: str, items):
    """items: [(label, value)] as HTML-safe strings."""
    if style == "bold":
        return "".join(c.p(f"<b>{l}:</b> {v}") for l, v in items)
    if style == "span":
        return "".join(c.p(f'<span style="font-weight:bold">{l}</span>&nbsp;:&nbsp;{v}') for l, v in items)
    if style == "br":
        return c.p("<br>".join(f"{l}: {v}" for l, v in items))
    if style == "nbsp":
        return c.p("<br>".join(f"{l}&nbsp;&nbsp;&nbsp;&nbsp;:&nbsp;&nbsp;{v}" for l, v in items))
    if style == "ul":
        if isinstance(c, Outlook):
            return ("<ul style='margin-top:0cm' type=disc>" + "".join(
                f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>{l}: {v}<o:p></o:p></li>"
                for l, v in items) + "</ul>\n")
        return "<ul>" + "".join(f"<li>{l}: {v}</li>" for l, v in items) + "</ul>"
    if style == "table":
        if isinstance(c, Outlook):
            td = "<td width=220 valign=top style='width:165.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            rows = "".join(f"<tr>{td}<p class=MsoNormal><b>{l}<o:p></o:p></b></p></td>{td}<p class=MsoNormal>{v}"
                           "<o:p></o:p></p></td></tr>" for l, v in items)
            return f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>{rows}</table>\n"
        rows = "".join(f'<tr><td style="border:1px solid #999;padding:4px">{l}</td><td style="border:1px solid #999;'
                       f'padding:4px">{v}</td></tr>' for l, v in items)
        return f'<table cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>{rows}</tbody></table>'
    if style == "hrow":
        head = "".join(f'<th style="border:1px solid #000;background:#D9E2F3">{l}</th>' for l, _ in items)
        vals = "".join(f'<td style="border:1px solid #000">{v}</td>' for _, v in items)
        return f'<table border="1" cellspacing="0" cellpadding="3"><tbody><tr>{head}</tr><tr>{vals}</tr></tbody></table>'
    raise ValueError(style)


# ================================================================= one mail

CASES = []
_n = [0]


def kinds_of(atts):
    return [a[3] for a in atts]


def build_mail(slug, client, frm, subject, own, sig=(), quote=None, atts=(), logo=False, plain="stub", cte="qp",
               charset="utf-8", hidden=None, extra=None, ar=None, date=None, exp=None, intent="", toplevel_html=False,
               sig_lead="Regards,", crlf=None):
    _n[0] += 1
    n = _n[0]
    c = CLIENTS[client]
    disp, address = frm
    date = date or f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][n % 5]}, {10 + n % 15} Nov 2025 {9 + n % 8:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} +0530"
    mid = f"c19.{n:03d}.{n * 7919:06d}@{address.split('@')[1]}"
    logo_cid = f"image001.png@01DC5A{n:02X}.3E1F2B70" if logo else None
    # own text
    parts = []
    if hidden:
        parts.append(f'<div style="display:none;max-height:0px;overflow:hidden;mso-hide:all">{hidden}</div>')
    for blk in own:
        if blk == "":
            parts.append(c.blank())
        elif isinstance(blk, tuple) and blk[0] == "details":
            parts.append(details(c, blk[1], blk[2]))
        elif isinstance(blk, tuple) and blk[0] == "raw":
            parts.append(blk[1])
        else:
            parts.append(c.p(blk))
    if sig or sig_lead:
        parts.append(c.blank())
        if sig_lead:
            parts.append(c.p(sig_lead))
        if sig:
            parts.append(c.sig(list(sig), logo_cid))
    if quote:
        parts.append(c.quote(quote))
    html = c.wrap("".join(parts)).replace("%CS%", charset)
    # body structure
    if plain == "none":
        body = textpart(html, "html", cte, charset)
    else:
        ptext = {"empty": "", "stub": "This is an HTML message. Please use an HTML capable mail program to read this message.\n",
                 "full": None}[plain]
        if ptext is None:
            ptext = to_text(html)
        body = kit.multi("alternative", [textpart(ptext, "plain", cte if plain == "full" else "7bit", charset),
                                         textpart(html, "html", cte, charset)], f"----=_NextPart_{n:03d}_alt")
    if logo:
        lp = kit.att(png(n), PNG, "image001.png", disp="inline", cid=logo_cid)
        body = kit.multi("related", [body, lp], f"----=_NextPart_{n:03d}_rel")
    if atts:
        body = kit.multi("mixed", [body] + [kit.att(d, ct, fn) for d, ct, fn, _k in atts], f"----=_NextPart_{n:03d}_mix")
    h = {"Date": date, "From": kit.addr(disp, address), "To": f"Saksham Seva <{HELPDESK}>", "Message-ID": f"<{mid}>",
         "Subject": kit.ew(subject)}
    if quote:
        h["In-Reply-To"] = f"<{quote.get('mid', 'q%03d@icegate.gov.in' % n)}>"
    for k, v in MAILER[client].items():
        if k == "Thread-Topic":
            h[k] = subject
        else:
            h[k] = v
    if extra:
        h.update(extra)
    raw = kit.mail(h, body, crlf=(client == "outlook") if crlf is None else crlf, ar=ar, from_addr=address)
    kinds = kinds_of(atts) + (["other"] if logo else [])
    kind, rt, missing, errors, action = exp
    e = {"sender_kind": kind, "request_type": rt, "missing": sorted(set(missing)),
         "template_errors": sorted([{"row": r, "column": col, "code": k} for r, col, k in errors],
                                   key=lambda x: (x["row"], x["column"], x["code"])),
         "action": action, "attachment_kinds": sorted(kinds)}
    CASES.append((f"{n:03d}-{slug}", raw, e, intent, client, plain, cte, charset))


def X(kind, rt, missing=(), errors=(), action=None):
    if action is None:
        action = "request_missing" if (missing or errors) else "acknowledge"
    return (kind, rt, list(missing), list(errors), action)


def Q(frm, subject, body, to=f"Saksham Seva <{HELPDESK}>", sent="Friday, November 7, 2025 4:12 PM",
      on="Fri, 7 Nov 2025 at 16:12", tb="07-11-2025 16:12", mid=None):
    q = {"from": frm, "subject": subject, "body": body, "to": to, "sent": sent, "on": on, "tb": tb}
    if mid:
        q["mid"] = mid
    return q


HD_FROM = f"Saksham Seva <{HELPDESK}>"


# ================================================================= the cases

def T(*officers, **kw):
    return (xlsx(*officers, **kw), XLSX, "SSO_ID_creation_template.xlsx", "template")


def SB(fn, name, dob, doj):
    return (sb(name, dob, doj), PDF, fn, "service_book")


def A(data, ct, fn, kind):
    return (data, ct, fn, kind)


CREATE = "Kindly create SSO ID and ICEGATE e-mail ID for the following newly joined officer(s) of this {}."
NB = "&nbsp;"


def creation():
    t1 = T(O("Harshvardhan", "Solanki", "Inspector", "14/02/1997", "03/11/2025", "9824013377", "harsh.solanki97@gmail.com",
             "Custom House, Kandla"),
           O("Meenakshi", "Iyer", "Inspector", "29/08/1998", "03/11/2025", "9445120986", "meenakshi.iyer29@yahoo.com",
             "Custom House, Kandla"))
    build_mail("creation-outlook-sysmgr-logo-table-sig", "outlook", ("System Manager Kandla", "sysmgr.kandla@icegate.gov.in"),
               "SSO ID creation - two Inspectors - Custom House Kandla",
               ["Sir/Madam,", "", CREATE.format("Custom House") + " The filled template and the first pages of their service books are attached.",
                ("details", "table", [("Officer 1", "Shri Harshvardhan Solanki, Inspector"), ("Officer 2", "Ms. Meenakshi Iyer, Inspector")])],
               sig=["<b>Rohit Parmar</b>", "Superintendent (System Manager)", "Custom House, Kandla",
                    "Email: rohit.parmar@icegate.gov.in", "Ph: 02836-271468"],
               logo=True, plain="full",
               atts=[t1, SB("Service_Book_Harshvardhan_Solanki.pdf", "Harshvardhan Solanki", "14/02/1997", "03/11/2025"),
                     SB("Service_Book_Meenakshi_Iyer.pdf", "Meenakshi Iyer", "29/08/1998", "03/11/2025")],
               exp=X("generic", "sso_creation"),
               intent="Outlook HTML (MsoNormal, signature table with cid: logo image001.png) from the System Manager's generic ICEGATE ID, full signature with individual e-mail and landline; template and two service books")

    t2 = T(O("Ankita", "Chakraborty", "Inspector", "05/05/1999", "10/11/2025", "9051337741", "ankita.chakra99@gmail.com",
             "CGST Kolkata North"))
    build_mail("creation-zimbra-sysmgr-sig-only-mailbox-address", "zimbra", ("Systems Kolkata North", "sysmgr.kolnorth@icegate.gov.in"),
               "Request for creation of SSO ID",
               ["Respected Sir/Madam,", "", CREATE.format("Commissionerate"), "Template and service book are enclosed."],
               sig=["Sanjoy Dutta", "Superintendent (Systems)", "CGST &amp; CX, Kolkata North Commissionerate",
                    "E-mail: sysmgr.kolnorth@icegate.gov.in", "Mobile: 9433018264"],
               plain="empty",
               atts=[t2, SB("SB_Ankita.pdf", "Ankita Chakraborty", "05/05/1999", "10/11/2025")],
               exp=X("generic", "sso_creation", ["signature_email"]),
               intent="Zimbra HTML, empty text/plain alternative; the generic mailbox's signature gives name, designation and mobile, but as e-mail only the mailbox's own address (&amp; entity in the office line)")

    t3 = T(O("Pradeep", "Nair", "Inspector", "11/12/1996", "27/10/2025", "9746022118", "pradeepnair.kochi@gmail.com",
             "Cochin Custom House"))
    build_mail("creation-owa-generic-no-phone", "owa", ("EDI Section Cochin", "edi.cochin@icegate.gov.in"),
               "SSO ID - new Inspector - Cochin Custom House",
               ["Madam,", "", CREATE.format("Custom House"), "The filled template and the service book page are attached for your kind action."],
               sig=["Thomas Varghese", "Appraiser, EDI Section", "thomas.varghese@icegate.gov.in"],
               plain="stub",
               atts=[t3, SB("Service Book Pradeep Nair.pdf", "Pradeep Nair", "11/12/1996", "27/10/2025")],
               exp=X("generic", "sso_creation", ["signature_phone"]),
               intent="Outlook Web HTML with a stub plain part; the generic EDI mailbox signs with name, designation and individual e-mail but no number")

    t4 = T(O("Kavya", "Reddy", "Inspector", "18/03/1998", "29/10/2025", "9989014452", "kavya.reddy.18@gmail.com",
             "CGST Hyderabad"), O("Sandeep", "Goud", "Inspector", "02/07/1997", "29/10/2025", "9704410023",
                                  "sandeepgoud97@gmail.com", "CGST Hyderabad"))
    build_mail("creation-gmail-division-gmail-full-sig", "gmail", ("CGST Division Hyderabad", "cgst.div3.hyd@gmail.com"),
               "SSO ID creation request - 2 Inspectors",
               ["Sir,", "", CREATE.format("Division"), "Template and service book copies attached."],
               sig=["Venkata Ramana", "Superintendent, Division-III", "Email: venkata.ramana@icegate.gov.in", "Mob: 9848012233"],
               plain="full",
               atts=[t4, SB("SB_Kavya_Reddy.pdf", "Kavya Reddy", "18/03/1998", "29/10/2025"),
                     SB("SB_Sandeep_Goud.pdf", "Sandeep Goud", "02/07/1997", "29/10/2025")],
               exp=X("generic", "sso_creation", ["icegate_sender"]),
               intent="Gmail (div dir=ltr, gmail_signature) from a Division's office Gmail: full signature, template and books complete, but not an icegate.gov.in sender")

    t5 = T(O("Rajat", "Malhotra", "Inspector", "22/01/1997", "05/11/2025", "9811402265", "rajat.malhotra22@gmail.com",
             "CGST Delhi East"))
    build_mail("creation-thunderbird-ac-template-only", "thunderbird", ("Neha Kapoor", "neha.kapoor@icegate.gov.in"),
               "SSO ID creation for newly joined Inspector",
               ["Sir/Madam,", CREATE.format("Commissionerate") + " The template is attached.",
                "The service book page will be sent separately once received from the Establishment section."],
               sig=["Neha Kapoor", "Assistant Commissioner (Systems)", "CGST Delhi East"],
               plain="none",
               atts=[t5],
               exp=X("icegate", "sso_creation", ["service_book"]),
               intent="Thunderbird HTML-only (moz-signature) from an Assistant Commissioner's own ICEGATE ID: template attached, service book to follow")

    build_mail("creation-apple-iphone-book-only", "apple", ("Suresh Babu", "suresh.babu@icegate.gov.in"),
               "Service book - new Inspector",
               ["Sir,", "Please create SSO ID and ICEGATE email ID for Shri Arun Kumar, Inspector, who joined on 03/11/2025. "
                "His service book page is attached. The template will be sent from the office desktop."],
               sig=["Suresh Babu", "Superintendent", "", "Sent from my iPhone"], sig_lead="Regards",
               plain="stub",
               atts=[A(kit.jpeg(19001), JPG, "IMG_4471.jpg", "other"),
                     SB("Service book Arun Kumar.pdf", "Arun Kumar", "09/09/1996", "03/11/2025")],
               exp=X("icegate", "sso_creation", ["template"]),
               intent="Apple Mail (iPhone) HTML with stub plain: service book PDF plus an unrelated photo IMG_4471.jpg (other); the template is not attached")

    t7 = T(O("Deepika", "Sharma", "Inspector", "30/06/1998", "01/11/2025", "9929011874", "deepika.sharma.30@gmail.com",
             "Custom House, Jaipur"))
    build_mail("creation-outlook-reply-template-named-only-in-quote", "outlook", ("Alternate System Manager Jaipur", "sysmgr.jaipur@icegate.gov.in"),
               "RE: SSO ID creation - Deepika Sharma",
               ["Sir,", "", "As desired, the first page of the service book of Ms. Deepika Sharma, Inspector, is attached for creation of her SSO ID."],
               sig=["Mahesh Meena", "Inspector (Alternate System Manager)", "Email: mahesh.meena@icegate.gov.in", "Mobile: 9414052218"],
               quote=Q("Alternate System Manager Jaipur", "SSO ID creation - Deepika Sharma",
                       ["Sir,", "Please find attached the SSO ID creation template for Ms. Deepika Sharma, Inspector.",
                        "Regards,", "Mahesh Meena"], to=HELPDESK),
               plain="stub",
               atts=[SB("SB_Deepika_Sharma.pdf", "Deepika Sharma", "30/06/1998", "01/11/2025")],
               exp=X("generic", "sso_creation", ["template"]),
               intent="Outlook reply with the From:/Sent:/To:/Subject: block inside a border-top div; the template is named only in the quoted earlier mail, so it is missing")

    t8 = T(O("Gurpreet", "Singh", "Inspector", "12/04/1996", "30/10/2025", "9876012244", "gurpreet.s.1996@gmail.com",
             "CGST Ludhiana"))
    build_mail("creation-outlook-certification-letter", "outlook", ("Jaspreet Kaur", "jaspreet.kaur@icegate.gov.in"),
               "SSO ID creation - Gurpreet Singh, Inspector (certificate in lieu of service book)",
               ["Sir,", "", CREATE.format("Commissionerate"),
                "The service book of the officer has not yet been received from his previous department; a certificate signed by the Joint Commissioner certifying his name, date of birth and date of joining is attached in its place."],
               sig=["Jaspreet Kaur", "Assistant Commissioner (Systems)", "CGST Ludhiana"], logo=True, plain="full",
               atts=[t8, A(certletter("Gurpreet Singh", "12/04/1996", "30/10/2025"), PDF, "Certification_letter_JC.pdf", "certification_letter")],
               exp=X("icegate", "sso_creation", action="review"),
               intent="Outlook HTML, individual ICEGATE ID: template plus a Joint Commissioner's certification letter instead of the service book: DG Systems' discretion")

    t9 = T(O("Aditya", "Deshmukh", "Intelligence Officer", "19/11/1993", "14/07/2019", "9820331456", "aditya.deshmukh93@gmail.com",
             "DRI Headquarters, New Delhi"))
    build_mail("creation-zimbra-dri-coin-posting", "zimbra", ("Vikram Sood", "vikram.sood@icegate.gov.in"),
               "SSO ID for officer on COIN posting",
               ["Sir,", "", "Please create an SSO ID and ICEGATE e-mail ID for Shri Aditya Deshmukh, Intelligence Officer, presently on a COIN posting at the Consulate General of India, Dubai.",
                "The template and his service book page are attached."],
               sig=["Vikram Sood", "Additional Director, DRI Headquarters", "New Delhi"], plain="empty",
               atts=[t9, SB("SB_Aditya_Deshmukh.pdf", "Aditya Deshmukh", "19/11/1993", "14/07/2019")],
               exp=X("icegate", "sso_creation", action="review"),
               intent="Zimbra HTML from an Additional Director of DRI HQ: creation for an officer on a COIN posting abroad: review")

    t10 = T(O("R.", "Venkatesan", "Inspector", "08/08/1997", "04/11/2025", "9444017736", "venkatesan.r97@gmail.com",
              "Chennai Customs"),
            O("Lakshmi", "Priya", "Inspector", "16/10/1998", "04/11/2025", "9444017736", "lakshmipriya.16@gmail.com",
              "Chennai Customs"))
    build_mail("creation-zimbra-icegate-initials-duplicate-mobile", "zimbra", ("Karthik Subramanian", "karthik.subramanian@icegate.gov.in"),
               "SSO ID creation - Chennai Customs - 2 officers",
               ["Sir,", CREATE.format("Custom House") + " Template and service books attached."],
               sig=["Karthik Subramanian", "Superintendent of Customs (EDI)"], plain="full",
               atts=[t10, SB("SB_Venkatesan.pdf", "R Venkatesan", "08/08/1997", "04/11/2025"),
                     SB("SB_Lakshmi_Priya.pdf", "Lakshmi Priya", "16/10/1998", "04/11/2025")],
               exp=X("icegate", "sso_creation", errors=[(4, "first_name", "initials_in_name"), (5, "mobile", "duplicate_mobile")]),
               intent="Zimbra HTML, individual ICEGATE ID: template row 4 first name 'R.' (an initial), row 5 repeats row 4's mobile")

    t11 = T(O("Nikhil", "Joshi", "Inspector", "25/12/1996", "06/11/2025", "9890123457", "nikhil.joshi25@gmail.com",
              "CGST Pune I"))
    build_mail("creation-b64-cp1252-outlook-full", "outlook", ("Computer Cell Pune", "sysmgr.pune1@icegate.gov.in"),
               "SSO ID creation \u2013 Nikhil Joshi, Inspector",
               ["Sir,", "", "With reference to the above, it is requested to create SSO ID &amp; ICEGATE e-mail ID for Shri Nikhil Joshi, Inspector, who joined this Commissionerate on 06/11/2025.",
                "Template and service book attached \u2013 kindly do the needful."],
               sig=["Shrikant Kulkarni", "Superintendent (Systems)", "Individual e-mail: shrikant.kulkarni@icegate.gov.in",
                    "Contact: 020\u201326051422"],
               plain="empty", cte="b64", charset="windows-1252",
               atts=[t11, SB("SB_Nikhil_Joshi.pdf", "Nikhil Joshi", "25/12/1996", "06/11/2025")],
               exp=X("generic", "sso_creation"),
               intent="Outlook HTML in windows-1252, base64 body, empty plain alternative; generic System Manager mailbox with complete signature (landline with an en dash)")

    t12 = T(O("Sneha", "Patil", "Inspector", "03/03/1999", "07/11/2025", "9372114408", "sneha.patil.0303@gmail.com",
              "CGST Mumbai South"))
    build_mail("creation-yahoo-officer-own-request", "yahoo", ("Sneha Patil", "sneha.patil0303@yahoo.com"),
               "SSO ID creation",
               ["Dear Sir/Madam,", "", "I joined as Inspector in CGST Mumbai South on 07/11/2025. Kindly create my SSO ID and ICEGATE e-mail ID. My filled template and service book are attached."],
               sig=["Sneha Patil", "Inspector"], plain="full",
               atts=[t12, SB("my service book.pdf", "Sneha Patil", "03/03/1999", "07/11/2025")],
               exp=X("personal", "sso_creation", ["icegate_sender"]),
               intent="Yahoo HTML from the new Inspector's own Yahoo address: documents complete but the request must come from an icegate.gov.in address")

    t13 = T(O("Rahul", "Verma", "Inspector", "17/05/1997", "03/11/2025", "9935027714", "rahul.verma1705@gmail.com",
              "CGST Lucknow"))
    build_mail("creation-gmail-generic-icegate-reply-sig-only-in-quote", "gmail", ("EDI Lucknow", "edi.lucknow@icegate.gov.in"),
               "Re: SSO ID creation - Rahul Verma",
               ["Sir,", "Re-sending the template and service book as asked."],
               sig=[], sig_lead="Regards,",
               quote=Q("EDI Lucknow <edi.lucknow@icegate.gov.in>", "SSO ID creation - Rahul Verma",
                       ["Sir,", "Please create SSO ID for Shri Rahul Verma, Inspector.", "", "Regards,", "Alok Srivastava",
                        "Superintendent (EDI)", "alok.srivastava@icegate.gov.in", "Mobile: 9415012239"]),
               plain="stub",
               atts=[t13, SB("SB_Rahul_Verma.pdf", "Rahul Verma", "17/05/1997", "03/11/2025")],
               exp=X("generic", "sso_creation", ["signature_name", "signature_designation", "signature_email", "signature_phone"]),
               intent="Gmail-style reply from a generic ICEGATE mailbox: the own text ends at 'Regards,' and the full signature is only in the gmail_quote blockquote, which does not count")

    t14 = T(O("Imran", "Qureshi", "Inspector", "21/09/1996", "05/11/2025", "9827044120", "imran.qureshi21@gmail.com",
              "CGST Bhopal"))
    build_mail("creation-outlook-bold-labels-devanagari-entities", "outlook", ("Sunita Agrawal", "sunita.agrawal@icegate.gov.in"),
               "SSO ID creation - Imran Qureshi",
               ["&#2350;&#2361;&#2379;&#2342;&#2351;,", "", "Kindly create SSO ID and ICEGATE e-mail ID for the officer below; template and service book attached.",
                ("details", "bold", [("Name", "Imran Qureshi"), ("Designation", "Inspector"), ("Date of joining", "05/11/2025")])],
               sig=["Sunita Agrawal", "Deputy Commissioner (Systems)", "&#2325;&#2375;&#2306;&#2342;&#2381;&#2352;&#2368;&#2351; &#2350;&#2366;&#2354; &#2319;&#2357;&#2306; &#2360;&#2375;&#2357;&#2366; &#2325;&#2352;, &#2349;&#2379;&#2346;&#2366;&#2354;"],
               plain="stub",
               atts=[t14, SB("SB_Imran_Qureshi.pdf", "Imran Qureshi", "21/09/1996", "05/11/2025")],
               exp=X("icegate", "sso_creation"),
               intent="Outlook HTML with Devanagari written as numeric entities (&#2350;...) and <b>Label:</b> details; individual ICEGATE ID, complete")

    t15 = T(O("Pooja", "Bansal", "Inspector", "09/02/1998", "31/10/2025", "9872204418", "pooja.bansal.98@gmail.com",
              "CGST Chandigarh"))
    build_mail("creation-zimbra-hidden-preheader", "zimbra", ("ACL Admin Chandigarh", "acladmin.chd@icegate.gov.in"),
               "SSO ID creation - Pooja Bansal",
               ["Sir,", CREATE.format("Commissionerate") + " Template and service book are attached."],
               hidden="SSO ID creation - Pooja Bansal",
               sig=["Harish Chander", "Superintendent (ACL Admin)", "Email: harish.chander@icegate.gov.in", "Tel: 0172-2700431"],
               plain="empty",
               atts=[t15, SB("SB_Pooja_Bansal.pdf", "Pooja Bansal", "09/02/1998", "31/10/2025")],
               exp=X("generic", "sso_creation"),
               intent="Zimbra HTML with a display:none preheader that only repeats the subject; ACL Admin's generic mailbox, full signature, complete")


def status():
    build_mail("status-gmail-bold-labels", "gmail", ("Ritu", "ritu.saxena81@gmail.com"),
               "Whether SSO ID exists in my name",
               ["Sir/Madam,", "", "I am not sure whether an SSO ID / ICEGATE e-mail ID has been created in my name. Kindly check and inform.",
                ("details", "bold", [("Name", "Ritu Saxena"), ("Designation", "Superintendent, CGST Agra"), ("Mobile No.", "9412055187")])],
               sig=["Ritu"], plain="full",
               exp=X("personal", "sso_status"),
               intent="Gmail HTML with <b>Name:</b> style details, full plain alternative: complete status enquiry")

    build_mail("status-yahoo-table-landline", "yahoo", ("Manoj Tiwari", "manoj_tiwari70@yahoo.co.in"),
               "SSO ID - status",
               ["Sir,", "Please let me know whether any SSO ID is already created in my name.",
                ("details", "table", [("Name", "Manoj Tiwari"), ("Designation", "Inspector"), ("Office Tel.", "0522-2235514")])],
               sig=["Manoj Tiwari"], plain="stub",
               exp=X("personal", "sso_status", ["mobile"]),
               intent="Yahoo HTML, details in a label|value table; the only number is an office telephone (STD code), not a mobile")

    build_mail("status-outlookcom-header-row-table", "owa", ("Farhan Ali", "farhan.ali.cbic@outlook.com"),
               "Request to check SSO ID",
               ["Dear Saksham Seva team,", "", "Kindly confirm whether an SSO ID has already been created in my name. My details:",
                ("details", "hrow", [("Name", "Farhan Ali"), ("Designation", "Inspector, CGST Lucknow"), ("Mobile", "8127704431")])],
               sig=["Farhan Ali"], plain="empty",
               exp=X("personal", "sso_status"),
               intent="Outlook Web HTML from outlook.com: details as a header row of labels over a row of values; complete")

    build_mail("status-apple-running-text-qp-break-in-mobile", "apple", ("Geeta", "geeta.menon64@icloud.com"),
               "SSO ID",
               ["Sir, I am Geeta Menon, Superintendent of Customs at Cochin. I do not know whether an SSO ID exists in my name. "
                "My mobile number is 94470" + SOFT + "21835, please call me."],
               sig=["Sent from my iPhone"], sig_lead="", plain="stub",
               exp=X("personal", "sso_status"),
               intent="Apple Mail HTML: name, designation and mobile stated in running text; the quoted-printable soft line break falls in the middle of the mobile number")

    build_mail("status-gmail-no-designation", "gmail", ("Prakash", "prakash.yadav88@gmail.com"),
               "SSO ID check",
               ["Sir,", "Kindly check whether an SSO ID has been created in my name.",
                ("details", "br", [("Name", "Prakash Yadav"), ("Mobile", "9415503318")])],
               sig=["Prakash Yadav"], plain="none",
               exp=X("personal", "sso_status", ["designation"]),
               intent="Gmail HTML-only (text/html at top level), details on <br> lines: no designation anywhere")

    build_mail("status-thunderbird-ul-list", "thunderbird", ("Anand Rao", "anand.rao.cus@rediffmail.com"),
               "Is SSO ID created in my name?",
               ["Sir/Madam,", "I request you to let me know whether an SSO ID / ICEGATE mail ID is created in my name.",
                ("details", "ul", [("Name", "Anand Rao"), ("Designation", "Appraiser"), ("Mobile No.", "+91 98450 62217")])],
               sig=["Anand Rao"], plain="full",
               exp=X("personal", "sso_status"),
               intent="Thunderbird HTML, details in <ul><li> items; mobile with +91 and a space: complete")

    build_mail("status-owa-mobile-only-in-quote", "owa", ("Divya", "divya.pillai91@outlook.com"),
               "RE: SSO ID status",
               ["Sir,", "My name is Divya Pillai, Inspector, CGST Thiruvananthapuram. Please check whether my SSO ID exists."],
               sig=["Divya"],
               quote=Q("Divya Pillai <divya.pillai91@outlook.com>", "SSO ID status",
                       ["Sir, please check my SSO ID.", "Mobile: 9447712034"], to=HELPDESK),
               plain="stub",
               exp=X("personal", "sso_status", ["mobile"]),
               intent="Outlook Web reply (divRplyFwdMsg): the mobile is only in the quoted earlier mail below the hr, so it is missing")

    build_mail("status-zimbra-icegate-nbsp-mobile", "zimbra", ("Alok Mishra", "alok.mishra@icegate.gov.in"),
               "Whether SSO ID exists",
               ["Sir,", "I have joined on transfer from DGGI. Please let me know whether an SSO ID has already been created in my name.",
                ("details", "nbsp", [("Name", "Alok Mishra"), ("Designation", "Superintendent"), ("Mobile", "98390&nbsp;11427")])],
               sig=["Alok Mishra"], plain="empty",
               exp=X("icegate", "sso_status"),
               intent="Zimbra HTML from an individual ICEGATE ID (any sender may ask about status); labels padded with &nbsp; and a &nbsp; inside the mobile")

    build_mail("status-gmail-nine-digit-mobile", "gmail", ("Rekha", "rekha.joshi75@gmail.com"),
               "SSO ID - please check",
               ["Sir,", "Kindly let me know whether an SSO ID exists in my name.",
                ("details", "span", [("Name", "Rekha Joshi"), ("Designation", "Tax Assistant"), ("Mobile", "941205518")])],
               sig=["Rekha"], plain="stub",
               exp=X("personal", "sso_status", ["mobile"]),
               intent="Gmail HTML, bold spans: the 'mobile' has only nine digits, which is not a mobile number")

    build_mail("status-yahoo-cp1252-complete", "yahoo", ("Joseph D'Souza", "joseph.dsouza66@yahoo.com"),
               "Request \u2013 SSO ID status",
               ["Sir,", "I\u2019m not sure whether an SSO ID has been created in my name \u2013 kindly check.",
                ("details", "bold", [("Name", "Joseph D\u2019Souza"), ("Designation", "Superintendent, Mormugao Customs"),
                                     ("Mobile", "98220 45513")])],
               sig=["Joseph"], plain="none", charset="windows-1252",
               exp=X("personal", "sso_status"),
               intent="Yahoo HTML-only in windows-1252 (curly apostrophes, en dash) quoted-printable: complete")

    build_mail("status-gmail-division-generic-full-sig", "gmail", ("Division Office", "cgst.range4.nagpur@gmail.com"),
               "SSO ID status of Inspector",
               ["Sir,", "Kindly inform whether an SSO ID exists in the name of the following officer of this Range.",
                ("details", "table", [("Name", "Sachin Wankhede"), ("Designation", "Inspector"), ("Mobile", "9922034417")])],
               sig=["Ashok Bhoyar", "Superintendent, Range-IV", "ashok.bhoyar@icegate.gov.in", "0712-2561203"], plain="full",
               exp=X("generic", "sso_status"),
               intent="Gmail HTML from a Range's office Gmail (generic): officer's details in a table, signature complete (individual e-mail, landline)")

    build_mail("status-gmail-name-only-in-display", "gmail", ("Sudhir Pandey", "sp.cbic79@gmail.com"),
               "SSO ID existence",
               ["Sir,", "Please inform whether an SSO ID exists in my name.",
                ("details", "bold", [("Designation", "Inspector"), ("Mobile", "7007124856")])],
               sig=[], sig_lead="Thanks", plain="stub",
               exp=X("personal", "sso_status", ["name"]),
               intent="Gmail HTML: designation and mobile labelled, the name only in the From display name, which does not count")


def reset():
    build_mail("reset-outlook-table-complete", "outlook", ("Deepak Rawat", "deepak.rawat@icegate.gov.in"),
               "Password reset - SSO ID",
               ["Sir/Madam,", "", "I have forgotten the password of my SSO ID. Kindly reset it. My details are as follows:",
                ("details", "table", [("Name", "Deepak Rawat"), ("Designation", "Inspector"), ("SSO ID", "41129087"),
                                      ("Mobile No.", "9412998741")])],
               sig=["Deepak Rawat", "Inspector, CGST Dehradun"], logo=True, plain="full",
               exp=X("icegate", "password_reset"),
               intent="Outlook HTML, details in a MsoTableGrid label|value table, signature with a cid: logo: complete reset")

    build_mail("reset-outlook-reply-sso-only-in-quote", "outlook", ("Vandana Rao", "vandana.rao@icegate.gov.in"),
               "RE: Password reset",
               ["Sir,", "", "I missed your call. Kindly reset my password; I am available on mobile 9490113278 today.",
                ("details", "bold", [("Name", "Vandana Rao"), ("Designation", "Superintendent")])],
               sig=["Vandana Rao"],
               quote=Q("Vandana Rao", "Password reset",
                       ["Sir, please reset my password.", "SSO ID: 50317726", "Regards", "Vandana"], to="Saksham Seva"),
               plain="stub",
               exp=X("icegate", "password_reset", ["sso_id"]),
               intent="Outlook reply: name, designation and mobile in the own text; the SSO ID only below the From:/Sent: block of the quoted mail")

    build_mail("reset-gmail-personal-complete", "gmail", ("Sunil", "sunil.kumar.cus@gmail.com"),
               "Password reset of SSO ID",
               ["Sir,", "I forgot my SSO ID password. Please reset.",
                ("details", "bold", [("Name", "Sunil Kumar"), ("Designation", "Inspector"), ("SSO ID", "62093341"), ("Mobile", "9810773245")])],
               sig=["Sunil Kumar"], plain="full",
               exp=X("personal", "password_reset", ["icegate_sender"]),
               intent="Gmail HTML: all details given but from a personal Gmail, not the ICEGATE ID")

    build_mail("reset-zimbra-alt-email-qp-break", "zimbra", ("Kiran Bhat", "kiran.bhat@icegate.gov.in"),
               "Reset of password",
               ["Sir,", "I am unable to log in to ACES; I have lost the password. Kindly reset it.",
                ("details", "br", [("Name", "Kiran Bhat"), ("Designation", "Appraiser, Mangalore Customs"),
                                   ("Alternate e-mail ID", "kiranbhat." + SOFT + "mlr@gmail.com"), ("Mobile", "9448" + SOFT + "130562")])],
               sig=["Kiran Bhat"], plain="empty",
               exp=X("icegate", "password_reset"),
               intent="Zimbra HTML, quoted-printable soft breaks inside the alternate e-mail address and inside the mobile: complete (alternate e-mail stands for the SSO ID)")

    build_mail("reset-owa-no-designation", "owa", ("Sameer Khan", "sameer.khan@icegate.gov.in"),
               "Password reset request",
               ["Sir,", "Kindly reset the password of my SSO ID.",
                ("details", "hrow", [("Name", "Sameer Khan"), ("SSO ID", "38840127"), ("Mobile", "9826071154")])],
               sig=["Sameer"], plain="stub",
               exp=X("icegate", "password_reset", ["designation"]),
               intent="Outlook Web HTML, header-row table: no designation given anywhere")

    build_mail("reset-apple-br-lines-complete", "apple", ("Latha", "latha.krishnan@icegate.gov.in"),
               "Forgot password",
               ["Sir,<br>I have forgotten my SSO ID password. Please reset.<br><br>Name: Latha Krishnan<br>Designation: Superintendent<br>"
                "SSO ID: 27718390<br>Mobile: 9884037721"],
               sig=["Sent from my iPhone"], sig_lead="", plain="empty",
               exp=X("icegate", "password_reset"),
               intent="Apple Mail HTML with all details in one <div> separated by <br>: complete")

    build_mail("reset-thunderbird-landline-only", "thunderbird", ("Biswajit Das", "biswajit.das@icegate.gov.in"),
               "Password reset",
               ["Sir,", "Please reset the password of my SSO ID.",
                ("details", "bold", [("Name", "Biswajit Das"), ("Designation", "Inspector"), ("SSO ID", "70031552"),
                                     ("Telephone", "033-22421187")])],
               sig=["Biswajit Das"], plain="none",
               exp=X("icegate", "password_reset", ["mobile"]),
               intent="Thunderbird HTML-only: the only number is a landline labelled Telephone with an STD code")

    build_mail("reset-yahoo-personal-no-sso", "yahoo", ("Hemant Joshi", "hemant_joshi72@yahoo.com"),
               "password reset",
               ["Sir,", "I forgot my password of ICEGATE mail and ACES. Please reset.",
                ("details", "bold", [("Name", "Hemant Joshi"), ("Designation", "Superintendent"), ("Mobile", "9825047719")])],
               sig=["Hemant"], plain="full",
               exp=X("personal", "password_reset", ["icegate_sender", "sso_id"]),
               intent="Yahoo HTML from a personal address, no SSO ID or alternate e-mail")

    build_mail("reset-outlook-inactive-id-activation", "outlook", ("Mohan Lal", "mohan.lal@icegate.gov.in"),
               "Activation of inactive SSO ID",
               ["Sir,", "", "My SSO ID has become inactive as I was on long leave. Kindly activate it.",
                ("details", "ul", [("Name", "Mohan Lal"), ("Designation", "Superintendent"), ("SSO ID", "19920475"), ("Mobile", "9414107763")])],
               sig=["Mohan Lal", "Superintendent, Jodhpur"], plain="stub",
               exp=X("icegate", "password_reset"),
               intent="Outlook HTML, MsoListParagraph bullets: activation of an inactive SSO ID is a password_reset; complete")

    build_mail("reset-gmail-ui-icegate-cid-logo-no-sso", "gmail", ("Naveen Gupta", "naveen.gupta@icegate.gov.in"),
               "Password reset",
               ["Sir,", "Please reset the password of my SSO ID; I am locked out after several attempts.",
                ("details", "bold", [("Name", "Naveen Gupta"), ("Designation", "Inspector"), ("Mobile", "9717204415")])],
               sig=["Naveen Gupta", "Inspector, CGST Delhi South"], logo=True, plain="stub",
               exp=X("icegate", "password_reset", ["sso_id"]),
               intent="Gmail-style HTML from an ICEGATE ID with a signature image referenced as cid:image001.png@...: a cid: reference is not an alternate e-mail, so sso_id is missing")

    build_mail("reset-zimbra-helpdesk-address-not-alt", "zimbra", ("Ramesh Chand", "ramesh.chand@icegate.gov.in"),
               "Password reset",
               ["Sir,", "As per the circular I am writing to saksham.seva@icegate.gov.in for reset of my SSO ID password.",
                ("details", "bold", [("Name", "Ramesh Chand"), ("Designation", "Inspector"), ("Mobile", "9418011256")])],
               sig=["Ramesh Chand"], plain="empty",
               exp=X("icegate", "password_reset", ["sso_id"]),
               intent="Zimbra HTML: the only address in the text is the helpdesk's own, which is not an alternate e-mail: sso_id missing")

    build_mail("reset-outlook-sysmgr-on-behalf-full-sig", "outlook", ("System Manager Tuticorin", "sysmgr.tuticorin@icegate.gov.in"),
               "Password reset of SSO ID - Shri Murugan",
               ["Sir,", "", "Shri Murugan Pandian, Inspector, has forgotten the password of his SSO ID. Kindly reset it and call him.",
                ("details", "table", [("Name", "Murugan Pandian"), ("Designation", "Inspector"), ("SSO ID", "44107782"), ("Mobile", "9443120075")])],
               sig=["Selvi Rajan", "Superintendent (System Manager)", "selvi.rajan@icegate.gov.in", "Phone: 0461-2352118"],
               logo=True, plain="full",
               exp=X("generic", "password_reset"),
               intent="Outlook HTML: System Manager's generic ICEGATE mailbox asks on behalf of an Inspector; details in a table, full signature: complete")

    build_mail("reset-outlook-spoofed-dmarc-fail", "outlook", ("Pankaj Jain", "pankaj.jain@icegate.gov.in"),
               "Urgent password reset",
               ["Sir,", "Please reset my SSO ID password urgently.",
                ("details", "bold", [("Name", "Pankaj Jain"), ("Designation", "Deputy Commissioner"), ("SSO ID", "30018842"), ("Mobile", "9001245577")])],
               sig=["Pankaj Jain"], plain="stub",
               ar=("Authentication-Results: mx.icegate.gov.in;\n\tdkim=none;\n\tspf=fail (mx.icegate.gov.in: domain of pankaj.jain@icegate.gov.in "
                   "does not designate 185.220.101.7 as permitted sender) smtp.mailfrom=pankaj.jain@icegate.gov.in;\n"
                   "\tdmarc=fail (p=quarantine dis=none) header.from=icegate.gov.in"),
               exp=X("icegate", "password_reset", action="review"),
               intent="HTML reset from an ICEGATE address whose topmost Authentication-Results says spf=fail and dmarc=fail: review")

    build_mail("reset-outlook-devanagari-entity-labels", "outlook", ("Rajesh Meena", "rajesh.meena@icegate.gov.in"),
               "Password reset / \u092a\u093e\u0938\u0935\u0930\u094d\u0921",
               ["&#2350;&#2361;&#2379;&#2342;&#2351;,", "", "Kindly reset the password of my SSO ID.",
                ("details", "bold", [("&#2344;&#2366;&#2350; / Name", "Rajesh Meena"), ("&#2346;&#2342;&#2344;&#2366;&#2350; / Designation", "Inspector"),
                                     ("SSO ID", "58820013"), ("&#2350;&#2379;&#2348;&#2366;&#2311;&#2354; / Mobile", "9460072231")])],
               sig=["Rajesh Meena"], plain="stub",
               exp=X("icegate", "password_reset"),
               intent="Outlook HTML with bilingual labels whose Devanagari part is numeric entities: complete")

    build_mail("reset-b64-cp1252-owa-complete", "owa", ("Francis Fernandes", "francis.fernandes@icegate.gov.in"),
               "Password reset \u2013 SSO ID",
               ["Sir,", "I\u2019ve forgotten my SSO ID password \u2013 kindly reset.",
                ("details", "bold", [("Name", "Francis Fernandes"), ("Designation", "Superintendent"), ("SSO ID", "66120937"), ("Mobile", "9823016644")])],
               sig=["Francis"], plain="empty", cte="b64", charset="windows-1252",
               exp=X("icegate", "password_reset"),
               intent="Outlook Web HTML in windows-1252, base64: complete")



def promotion():
    build_mail("promotion-outlook-sysmgr-complete-logo", "outlook", ("System Manager Mundra", "sysmgr.mundra@icegate.gov.in"),
               "Updation of designation on promotion - Shri Kamlesh Patel",
               ["Sir,", "", "Shri Kamlesh Patel, Inspector, has been promoted as Superintendent. Kindly update his designation in ACES. "
                "The promotion order and the first page of his service book are attached."],
               sig=["Bhavesh Shah", "Superintendent (System Manager)", "Email: bhavesh.shah@icegate.gov.in", "Mobile: 9825061143"],
               logo=True, plain="full",
               atts=[A(promo(118, "Kamlesh Patel", "Superintendent"), PDF, "Promotion_Order_118_2025.pdf", "promotion_order"),
                     SB("Service_Book_Kamlesh_Patel.pdf", "Kamlesh Patel", "10/01/1985", "12/06/2009")],
               exp=X("generic", "designation_update"),
               intent="Outlook HTML from the System Manager's generic ID with a logo signature table: promotion order and service book, full signature")

    build_mail("promotion-zimbra-order-only", "zimbra", ("Anita Dubey", "anita.dubey@icegate.gov.in"),
               "Designation update after promotion",
               ["Sir,", "I have been promoted as Appraiser vide the attached order. Kindly update my designation in ACES."],
               sig=["Anita Dubey", "Appraiser"], plain="empty",
               atts=[A(promo(77, "Anita Dubey", "Appraiser"), PDF, "Promotion_Order.pdf", "promotion_order")],
               exp=X("icegate", "designation_update", ["service_book"]),
               intent="Zimbra HTML, empty plain part: promotion order only, no service book")

    build_mail("promotion-gmail-personal-both-docs", "gmail", ("Vijay", "vijay.thakur.cbic@gmail.com"),
               "Promotion - designation update in ACES",
               ["Sir,", "Consequent to my promotion as Superintendent, please update my designation in ACES. Promotion order and service book attached."],
               sig=["Vijay Thakur", "Superintendent"], plain="stub",
               atts=[A(promo(203, "Vijay Thakur", "Superintendent"), PDF, "Promotion order.pdf", "promotion_order"),
                     SB("Service book.pdf", "Vijay Thakur", "02/02/1982", "15/09/2006")],
               exp=X("personal", "designation_update", ["icegate_sender"]),
               intent="Gmail HTML from a personal Gmail: documents complete, not an ICEGATE sender")

    build_mail("promotion-thunderbird-order-only-in-quote", "thunderbird", ("Sudha Rani", "sudha.rani@icegate.gov.in"),
               "Re: Designation update on promotion",
               ["Sir,", "As asked, the first page of my service book is attached for updating my designation after promotion."],
               sig=["Sudha Rani", "Superintendent"],
               quote=Q("Sudha Rani <sudha.rani@icegate.gov.in>", "Designation update on promotion",
                       ["Sir,", "Please update my designation; the promotion order is attached.", "Regards", "Sudha Rani"]),
               plain="none",
               atts=[SB("SB_Sudha_Rani.pdf", "Sudha Rani", "11/11/1980", "01/03/2005")],
               exp=X("icegate", "designation_update", ["promotion_order"]),
               intent="Thunderbird HTML reply (moz-cite-prefix, blockquote type=cite): the promotion order is named only in the quote")

    build_mail("promotion-owa-generic-no-designation-in-sig", "owa", ("Computer Cell Nashik", "computercell.nashik@icegate.gov.in"),
               "Designation updation on promotion",
               ["Sir,", "The following officer has been promoted; kindly update the designation in ACES. Order and service book attached.",
                ("details", "table", [("Name", "Sunil Pawar"), ("Promoted as", "Superintendent")])],
               sig=["Prashant More", "prashant.more@icegate.gov.in", "Ph. 0253-2572341"], plain="stub",
               atts=[A(promo(55, "Sunil Pawar", "Superintendent"), PDF, "Promotion_Order_55.pdf", "promotion_order"),
                     SB("SB_Sunil_Pawar.pdf", "Sunil Pawar", "05/06/1983", "20/08/2007")],
               exp=X("generic", "designation_update", ["signature_designation"]),
               intent="Outlook Web HTML from a generic Computer Cell mailbox: the signature has name, individual e-mail and phone but no designation")

    build_mail("promotion-apple-complete", "apple", ("Arvind Nair", "arvind.nair@icegate.gov.in"),
               "Designation update - promotion",
               ["Sir,", "I have been promoted to Appraiser. Please update my designation in ACES. Promotion order and service book page attached."],
               sig=["Arvind Nair", "Sent from my iPad"], plain="stub",
               atts=[A(promo(91, "Arvind Nair", "Appraiser"), PDF, "Promotion_Order_91.pdf", "promotion_order"),
                     SB("Service_Book_Arvind.pdf", "Arvind Nair", "14/04/1984", "02/01/2008")],
               exp=X("icegate", "designation_update"),
               intent="Apple Mail HTML: complete promotion request from the officer's ICEGATE ID")

    build_mail("promotion-yahoo-personal-order-only", "yahoo", ("Mukesh", "mukesh_sinha@yahoo.com"),
               "Designation change after promotion",
               ["Sir,", "Please update my designation to Superintendent after promotion. The promotion order is attached."],
               sig=["Mukesh Sinha"], plain="full",
               atts=[A(promo(140, "Mukesh Sinha", "Superintendent"), PDF, "Promotion_Order_140.pdf", "promotion_order")],
               exp=X("personal", "designation_update", ["icegate_sender", "service_book"]),
               intent="Yahoo HTML from a personal address, promotion order only")


def transfer_cases():
    def three(n, name):
        return [A(transfer(n, name), PDF, f"Transfer_Order_{n}.pdf", "transfer_order"),
                A(posting(n + 1, name), PDF, f"Local_Posting_Order_{n + 1}.pdf", "posting_order"),
                A(charge(name), PDF, "Assumption_of_Charge.pdf", "charge_report")]
    build_mail("transfer-outlook-complete", "outlook", ("Ravi Shankar", "ravi.shankar@icegate.gov.in"),
               "Role mapping in ACES on transfer",
               ["Sir,", "", "I have joined CGST Patna on transfer. Kindly unmap my roles of the previous Commissionerate and map the roles in ACES as per the local posting order. "
                "Transfer order, local posting order and the charge report are attached."],
               sig=["Ravi Shankar", "Superintendent, CGST Patna"], logo=True, plain="full",
               atts=three(310, "Ravi Shankar"),
               exp=X("icegate", "role_mapping"),
               intent="Outlook HTML with a logo: all three documents for role mapping after transfer")

    build_mail("transfer-zimbra-no-charge-report", "zimbra", ("Meera Pillai", "meera.pillai@icegate.gov.in"),
               "Mapping of roles after transfer",
               ["Sir,", "On transfer to Cochin Customs, please map my role in ACES. The transfer order and local posting order are attached; the charge report will follow."],
               sig=["Meera Pillai", "Appraiser"], plain="empty",
               atts=three(412, "Meera Pillai")[:2],
               exp=X("icegate", "role_mapping", ["charge_report"]),
               intent="Zimbra HTML: transfer and posting orders, no charge report")

    build_mail("transfer-gmail-range-gmail-posting-only", "gmail", ("Range Office", "cgst.range2.surat@gmail.com"),
               "ACES role mapping - Inspector joined on transfer",
               ["Sir,", "Shri Hitesh Desai, Inspector, has joined this Range on transfer. Kindly map his role in ACES. Local posting order attached."],
               sig=["Dinesh Chauhan", "Superintendent, Range-II", "dinesh.chauhan@icegate.gov.in", "Mobile: 9824155602"], plain="stub",
               atts=three(520, "Hitesh Desai")[1:2],
               exp=X("generic", "role_mapping", ["icegate_sender", "transfer_order", "charge_report"]),
               intent="Gmail HTML from a Range's office Gmail: only the local posting order; full signature")

    build_mail("transfer-owa-posting-order-only", "owa", ("Shalini Verma", "shalini.verma@icegate.gov.in"),
               "GST BO role mapping on posting",
               ["Hello,", "I have been posted to Audit Circle-3 after transfer. Please map the GST BO roles. Local posting order is attached."],
               sig=["Shalini Verma", "Superintendent"], plain="stub",
               atts=three(610, "Shalini Verma")[1:2],
               exp=X("icegate", "role_mapping", ["transfer_order", "charge_report"]),
               intent="Outlook Web HTML: role mapping with only the local posting order")

    build_mail("transfer-thunderbird-generic-complete", "thunderbird", ("Admin Bengaluru", "commadmin.blr@icegate.gov.in"),
               "Unmapping and mapping of roles - transferred officers",
               ["Sir,", "Kindly unmap and map the ACES roles of Shri Prakash Gowda, Inspector, who joined on transfer. "
                "Transfer order, local posting order and joining report are attached."],
               sig=["Nagaraj Hegde", "Superintendent (Comm Admin)", "Email: nagaraj.hegde@icegate.gov.in", "Mobile: 9845033170"],
               plain="full",
               atts=three(715, "Prakash Gowda"),
               exp=X("generic", "role_mapping"),
               intent="Thunderbird HTML (moz-signature after '-- ') from a Commissionerate Admin mailbox: complete")

    build_mail("transfer-apple-relief-joining-complete", "apple", ("Tarun Bose", "tarun.bose@icegate.gov.in"),
               "Role mapping after joining",
               ["Sir,", "I joined Kolkata Airport on transfer. Please map my ACES role. Transfer order, posting order and charge report attached."],
               sig=["Tarun Bose", "Inspector"], plain="empty",
               atts=three(808, "Tarun Bose"),
               exp=X("icegate", "role_mapping"),
               intent="Apple Mail HTML with empty plain part: complete role mapping")


def redirects():
    build_mail("eccs-outlook-password-expired", "outlook", ("Rakesh Yadav", "rakesh.yadav@icegate.gov.in"),
               "ECCS login not working after password expiry",
               ["Sir,", "", "After the ECCS password expiry on 13th August I am unable to log in to the Express Cargo Clearance System application. Kindly reset."],
               sig=["Rakesh Yadav", "Appraiser, Courier Terminal"], logo=True, plain="stub",
               atts=[A(png(3), PNG, "ECCS_error.png", "other")],
               exp=X("icegate", "eccs", action="redirect"),
               intent="Outlook HTML: ECCS password problem with a screenshot: redirect")

    build_mail("eccs-zimbra-courier-cell-partial-sig", "zimbra", ("Courier Cell Delhi", "couriercell.del@icegate.gov.in"),
               "ECCS users unable to log in",
               ["Sir,", "Several officers of the Courier Cell cannot log in to ECCS since the password expiry exercise."],
               sig=["Superintendent, Courier Cell", "Tel: 011-25652011"], plain="empty",
               exp=X("generic", "eccs", ["signature_name", "signature_email"], action="redirect"),
               intent="Zimbra HTML from a generic Courier Cell mailbox: ECCS, signature without name and individual e-mail; still redirect")

    build_mail("eccs-gmail-personal", "gmail", ("Ajay", "ajay.negi.cus@gmail.com"),
               "ECCS password",
               ["Sir,", "My ECCS application password has expired and the reset prompt gives an error. Please help."],
               sig=["Ajay Negi", "Inspector"], plain="full",
               exp=X("personal", "eccs", action="redirect"),
               intent="Gmail HTML from a personal address about ECCS: redirect, nothing missing")

    build_mail("trade-yahoo-exporter-iec", "yahoo", ("Sanjay Arora", "sanjay.arora71@yahoo.com"),
               "Unable to login ICEGATE portal",
               ["Sir,", "We are exporters (IEC 0512034567). We cannot log in to the ICEGATE portal and the OTP goes to an old mobile number. Please help to change the registered mobile."],
               sig=["Sanjay Arora", "Partner, Sanjay Exports", "Mobile: 9814022371"], plain="stub",
               exp=X("personal", "trade_portal", action="redirect"),
               intent="Yahoo HTML from an exporter's own Yahoo address about the ICEGATE portal login, IEC and registered mobile: redirect")

    build_mail("trade-gmail-importer-registration", "gmail", ("Priya", "priya.mehta.imports@gmail.com"),
               "ICEGATE registration issue - IEC",
               ["Sir,", "I am an importer and my ICEGATE portal registration with IEC AAKPM1234Q is pending. I cannot log in. Please advise."],
               sig=["Priya Mehta"], plain="none",
               exp=X("personal", "trade_portal", action="redirect"),
               intent="Gmail HTML-only: an importer's ICEGATE portal registration/login (IEC): redirect")


def unknowns():
    build_mail("unknown-outlook-mailbox-quota", "outlook", ("Ajit Kumar", "ajit.kumar@icegate.gov.in"),
               "Increase of mailbox size",
               ["Sir,", "", "My ICEGATE mailbox is full and mails are bouncing. Kindly increase the storage quota of my mailbox."],
               sig=["Ajit Kumar", "Deputy Commissioner"], logo=True, plain="full",
               exp=X("icegate", "unknown", action="review"),
               intent="Outlook HTML: mailbox quota, none of the request types: review")

    build_mail("unknown-zimbra-generic-training-partial-sig", "zimbra", ("Systems Section Nagpur", "systems.nagpur@icegate.gov.in"),
               "Training on new ACES module",
               ["Sir,", "Kindly inform the schedule of the online training on the new ACES module for officers of this Commissionerate."],
               sig=["Superintendent (Systems)", "systems.nagpur@icegate.gov.in"], plain="empty",
               exp=X("generic", "unknown", ["signature_name", "signature_email", "signature_phone"], action="review"),
               intent="Zimbra HTML from a generic Systems mailbox asking about training: unknown; signature has only a designation and the mailbox's own address")


def automated():
    build_mail("auto-outlook-out-of-office", "outlook", ("Kishore Rao", "kishore.rao@icegate.gov.in"),
               "Automatic reply: Out of office",
               ["I am out of office till 24/11/2025 with limited access to mail. For urgent matters please contact the office."],
               sig=["Kishore Rao"], plain="stub",
               extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
               exp=X("automated", "unknown", action="ignore"),
               intent="Outlook HTML automatic reply (Auto-Submitted: auto-replied) from an ICEGATE ID: ignore")

    build_mail("auto-list-eccs-advisory", "outlook", ("Systems WZU", "systems.wzu@icegate.gov.in"),
               "Advisory: ECCS password expiry",
               ["All ECCS users are informed that the ECCS application passwords will expire on 13th August 2025. Users should reset their password after logging in. "
                "For issues contact eccs.helpdesk@icegate.gov.in."],
               hidden="ECCS password expiry advisory", sig=["Joint Director (Systems)"], plain="full",
               extra={"List-Id": "CBIC Systems advisories <advisories.icegate.gov.in>", "Precedence": "list"},
               exp=X("automated", "eccs", action="ignore"),
               intent="HTML ECCS advisory sent through a mailing list (List-Id, Precedence: list): automated, eccs by its own content, ignore")

    build_mail("auto-noreply-html-newsletter", "gmail", ("ICEGATE", "noreply@icegate.gov.in"),
               "ICEGATE maintenance window",
               ["ICEGATE services will be unavailable on Sunday from 02:00 to 06:00 hrs for scheduled maintenance."],
               hidden="Scheduled maintenance notice", sig=[], sig_lead="", plain="empty",
               exp=X("automated", "unknown", action="ignore"),
               intent="HTML maintenance notice from noreply@icegate.gov.in with a hidden preheader: automated, ignore")

    build_mail("auto-bulk-precedence-html", "zimbra", ("Systems Bulletin", "bulletin.systems@icegate.gov.in"),
               "Weekly systems bulletin",
               ["This week: ACES patch deployed; no action is required from officers."],
               sig=[], sig_lead="", plain="empty",
               extra={"Precedence": "bulk"},
               exp=X("automated", "unknown", action="ignore"),
               intent="Zimbra HTML bulletin with Precedence: bulk: ignore")

    build_mail("not-auto-outlook-x-auto-response-suppress", "outlook", ("Gaurav Saini", "gaurav.saini@icegate.gov.in"),
               "Password reset",
               ["Sir,", "", "I have forgotten my SSO ID password. Kindly reset.",
                ("details", "table", [("Name", "Gaurav Saini"), ("Designation", "Inspector"), ("SSO ID", "73320158"), ("Mobile", "9896024417")])],
               sig=["Gaurav Saini"], plain="full", extra={"X-Auto-Response-Suppress": "All"},
               exp=X("icegate", "password_reset"),
               intent="Outlook HTML with X-Auto-Response-Suppress only (Outlook's own header), a person's complete reset: not automated")


def variants():
    """The same requests across every client, detail layout and plain-part mode."""
    clients = ["outlook", "gmail", "zimbra", "owa", "apple", "yahoo", "thunderbird"]
    styles = ["table", "bold", "hrow", "ul", "br", "span", "nbsp"]
    plains = ["stub", "empty", "none", "full", "empty", "stub", "none"]
    people = [("Arjun Mehra", "arjun.mehra", "Inspector", "81234509", "9811045127"),
              ("Shweta Nanda", "shweta.nanda", "Superintendent", "92210384", "9711203348"),
              ("Ibrahim Sheikh", "ibrahim.sheikh", "Appraiser", "40318826", "9869021176"),
              ("Lalitha Raman", "lalitha.raman", "Inspector", "57720411", "9840117725"),
              ("Tejas Patil", "tejas.patil", "Superintendent", "66019342", "9763014428"),
              ("Nandini Ghosh", "nandini.ghosh", "Inspector", "31187205", "9830016642"),
              ("Harpreet Gill", "harpreet.gill", "Deputy Commissioner", "28840917", "9815503361")]
    for i, cl in enumerate(clients):
        nm, lp, ds, sso, mob = people[i]
        mob_r = mob[:5] + SOFT + mob[5:] if i % 2 == 0 else mob[:5] + "&nbsp;" + mob[5:]
        build_mail(f"reset-{cl}-{styles[i]}-complete", cl, (nm, f"{lp}@icegate.gov.in"), "Request for password reset",
                   ["Sir/Madam,", "I have lost the password of my SSO ID. Kindly reset it; my details are given below.",
                    ("details", styles[i], [("Name", nm), ("Designation", ds), ("SSO ID", sso), ("Mobile No.", mob_r)])],
                   sig=[nm], plain=plains[i], cte="b64" if i == 3 else "qp",
                   exp=X("icegate", "password_reset"),
                   intent=f"{cl} HTML, details as '{styles[i]}', plain part '{plains[i]}': complete reset from the ICEGATE ID")
    drop = ["name", "designation", "sso_id", "mobile", "designation", "sso_id", "mobile"]
    for i, cl in enumerate(clients):
        nm, lp, ds, sso, mob = people[(i + 3) % 7]
        items = [("Name", nm), ("Designation", ds), ("SSO ID", sso), ("Mobile", mob)]
        label = {"name": "Name", "designation": "Designation", "sso_id": "SSO ID", "mobile": "Mobile"}[drop[i]]
        items = [x for x in items if x[0] != label]
        st = styles[(i + 2) % 7]
        build_mail(f"reset-{cl}-{st}-no-{drop[i].replace('_', '-')}", cl, (nm, f"{lp}@icegate.gov.in"), "SSO ID password reset",
                   ["Sir,", "Kindly reset the password of my SSO ID.", ("details", st, items)],
                   sig=[], sig_lead="Thanks and regards", plain=plains[(i + 1) % 7],
                   exp=X("icegate", "password_reset", [drop[i]]),
                   intent=f"{cl} HTML, details as '{st}': {drop[i]} not given anywhere (the sign-off has no name either)")
    speople = [("Rohini Kale", "rohini.kale84@gmail.com", "Inspector", "9922107734"),
               ("Abhishek Tyagi", "abhishek.tyagi.cbic@gmail.com", "Superintendent", "8126044519"),
               ("Sabina Khatun", "sabina.khatun88@yahoo.in", "Tax Assistant", "7001234561"),
               ("Yogesh Rathore", "yogesh.rathore@outlook.com", "Inspector", "9001120457"),
               ("Ananya Bhatt", "ananya.bhatt@icloud.com", "Superintendent", "9426178830"),
               ("Kuldeep Rana", "kuldeep_rana@yahoo.com", "Inspector", "9418223307"),
               ("Sowmya Hegde", "sowmya.hegde92@rediffmail.com", "Appraiser", "9448701223")]
    for i, cl in enumerate(clients):
        nm, ad, ds, mob = speople[i]
        st = styles[(i + 4) % 7]
        build_mail(f"status-{cl}-{st}-complete", cl, (nm.split()[0], ad), "Whether SSO ID already created",
                   ["Sir/Madam,", "I am not sure whether an SSO ID has been created in my name. Kindly check and let me know.",
                    ("details", st, [("Name", nm), ("Designation", ds), ("Mobile No.", mob[:4] + SOFT + mob[4:])])],
                   sig=[nm.split()[0]], plain=plains[(i + 3) % 7],
                   exp=X("personal", "sso_status"),
                   intent=f"{cl} HTML status enquiry from a personal address, details as '{st}': complete")
    gens = [("sysmgr.vizag@icegate.gov.in", "System Manager Vizag"), ("edi.mumbai3@icegate.gov.in", "EDI Section"),
            ("admin.cgst.jaipur@icegate.gov.in", "Comm Admin Jaipur"), ("sysmgr.goa@icegate.gov.in", "System Manager Goa"),
            ("acladmin.rajkot@icegate.gov.in", "ACL Admin Rajkot"), ("edi.chennai@icegate.gov.in", "EDI Chennai"),
            ("sysmgr.trichy@icegate.gov.in", "System Manager Trichy")]
    full = ["Rajeev Menon", "Superintendent (System Manager)", "Email: rajeev.menon@icegate.gov.in", "Mobile: 9447011823"]
    lacks = [("signature_phone", 3), ("signature_email", 2), ("signature_designation", 1), ("signature_name", 0),
             (None, None), ("signature_phone", 3), (None, None)]
    for i, cl in enumerate(clients):
        ad, dn = gens[i]
        code, idx = lacks[i]
        sig = [l for j, l in enumerate(full) if j != idx]
        nm = ["Vasu Naidu", "Farida Shaikh", "Om Prakash", "Rita Dsouza", "Jignesh Patel", "Saravanan K", "Abirami Sekar"][i]
        t = T(O(nm.split()[0], nm.split()[1] if not nm.endswith(" K") else "Kannan", "Inspector", "12/12/1997", "03/11/2025",
                f"98{40 + i}0{i}2233", f"{nm.split()[0].lower()}.{i}2025@gmail.com", "Custom House"))
        build_mail(f"creation-{cl}-generic-{'complete' if code is None else 'no-' + code.split('_')[1]}", cl, (dn, ad),
                   "SSO ID and ICEGATE e-mail ID creation",
                   ["Sir,", CREATE.format("office") + " The filled template and the service book page are attached."],
                   sig=sig, logo=(cl in ("outlook", "gmail")), plain=plains[(i + 2) % 7],
                   atts=[t, SB(f"Service_Book_{nm.split()[0]}.pdf", nm, "12/12/1997", "03/11/2025")],
                   exp=X("generic", "sso_creation", [code] if code else []),
                   intent=f"{cl} HTML from a generic ICEGATE mailbox: template and service book; signature "
                          + ("complete" if code is None else f"lacks {code}"))


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for f in GROUPS:
        f()
    for name, raw, e, *_ in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


GROUPS = [creation, status, reset, promotion, transfer_cases, redirects, unknowns, automated, variants]

if __name__ == "__main__":
    main()
