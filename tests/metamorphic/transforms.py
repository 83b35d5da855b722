"""Transformations of a raw mail (bytes -> bytes) that must not change its verdict.

Each one rewrites what the sender wrote (the text/plain and text/html body
parts; the own text above any quoted or forwarded history) and leaves the
headers, the attachments and the history alone, unless it is about them.
Where a transformation does not apply to a mail (no designation, no mobile
number...), it returns the mail unchanged. `TRANSFORMS` lists them with the
number of sample mails each must change at least, so that none is vacuous.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from metamorphic import mime
from metamorphic.htmllines import HtmlLines, to_html
from metamorphic.tables import (BENGALI_DIGITS, DESIGNATIONS, DEVANAGARI_DIGITS, FOOTERS, GUJARATI_DIGITS,
                                HINDI_LABELS, HINDI_QUALIFIERS, HONORIFICS, QUOTE_HEADERS, QUOTED_OLDER_MAIL,
                                WOMEN)
from metamorphic.text import (DESIGNATION_LABEL, LABEL, NAME_LABEL, designation_lines, is_designation_line,
                              own_end, signature, signature_name)


@dataclass(frozen=True)
class Edit:
    """What to do to a body's lines: replace some (index -> new lines, [] deletes), add some at the end."""

    replace: dict[int, list[str]] = field(default_factory=dict)
    append: tuple[str, ...] = ()


LineEditor = Callable[[list[str], int], Edit]  # (lines, index where the history starts) -> Edit
MailTransform = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Transform:
    name: str
    apply: MailTransform
    min_changed: int  # how many of the 37 sample mails it must change at least
    what: str


# --------------------------------------------------------------------------- driving a line edit


def line_transform(editor: LineEditor) -> MailTransform:
    """A mail transformation applying `editor` to every body part; lines appended go to the last of a type."""

    def apply(raw: bytes) -> bytes:
        msg = mime.parse(raw)
        parts = mime.bodies(msg)
        last = {p.get_content_type(): p for p in parts}
        changed = False
        for part in parts:
            text = mime.get_text(part)
            is_last = last[part.get_content_type()] is part
            edit = _edit_html if part.get_content_type() == "text/html" else _edit_plain
            new = edit(text, editor, is_last)
            if new != text:
                mime.set_text(part, new)
                changed = True
        return mime.serialize(msg) if changed else raw

    return apply


def _edit_plain(text: str, editor: LineEditor, may_append: bool) -> str:
    lines = text.split("\n")
    edit = editor(lines, own_end(lines))
    out = [new for i, line in enumerate(lines) for new in edit.replace.get(i, [line])]
    if edit.append and may_append:
        tail = len(out)
        while tail and not out[tail - 1].strip():
            tail -= 1
        out[tail:tail] = list(edit.append)
    return "\n".join(out)


def _edit_html(text: str, editor: LineEditor, may_append: bool) -> str:
    doc = HtmlLines(text)
    edit = editor(doc.texts(), doc.own_end())
    for i, new in edit.replace.items():
        doc.replace(i, new)
    if edit.append and may_append:
        doc.append(list(edit.append))
    return doc.markup() if edit.replace or (edit.append and may_append) else text


# --------------------------------------------------------------------------- designations

_TERM_STYLES = ("dotted", "acronym", "hindi")


def _term_rewriter(style: str) -> Callable[[str], str]:
    """Rewrite every long-form designation term of a text into `style`."""
    table: dict[str, str] = {}
    for d in DESIGNATIONS:
        short = {"dotted": d.dotted, "acronym": d.acronym or d.dotted, "hindi": d.hindi}[style]
        if short:
            table[d.long] = short
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + r")\b")
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


def _long_rewriter() -> Callable[[str], str]:
    """Rewrite every short designation (Supdt., AC, Insp....) into its long form."""
    table = {f: d.long for d in DESIGNATIONS for f in (d.dotted, d.acronym, *d.other_short) if f}
    table.update({f.rstrip("."): d.long for d in DESIGNATIONS for f in (d.dotted, *d.other_short) if f})
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
                         + r")(?!\w)")
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


def _in_hindi(text: str, terms: Callable[[str], str]) -> str:
    """A designation line in Hindi: terms and their usual qualifiers; "निरीक्षक / निरीक्षक" said once."""
    out = terms(text)
    for english, hindi in HINDI_QUALIFIERS:
        out = out.replace(english, hindi)
    halves = [h.strip() for h in out.split(" / ")]
    return halves[0] if len(halves) == 2 and halves[0] == halves[1] else out


def designation_editor(style: str) -> LineEditor:
    """Rewrite the designation in the sign-off and after "Designation:" (dotted, acronym, hindi or long)."""
    if style == "long":
        rewrite = _long_rewriter()
    elif style == "hindi":
        terms = _term_rewriter("hindi")
        rewrite = lambda text: _in_hindi(text, terms)  # noqa: E731
    else:
        rewrite = _term_rewriter(style)

    def edit(lines: list[str], own: int) -> Edit:
        out: dict[int, list[str]] = {}
        for i in designation_lines(lines, own):
            m = DESIGNATION_LABEL.match(lines[i].strip())
            new = m["label"] + rewrite(m["value"]) if m else rewrite(lines[i])
            if new != lines[i]:
                out[i] = [new]
        return Edit(out)

    return edit


def _office_line(line: str) -> bool:
    """An office or address line: latin letters, no label, no e-mail address, not a designation."""
    text = line.strip()
    return bool(re.search(r"[A-Za-z]{3}", text)) and not LABEL.match(text) and "@" not in text and not (
        is_designation_line(text) or text.startswith("["))


def designation_on_office_line(lines: list[str], own: int) -> Edit:
    """"Superintendent" over "Custom House, Kandla" becomes "Superintendent, Custom House, Kandla".

    A designation that already has its office after a comma, or is written in two languages ("निरीक्षक /
    Inspector"), stays as it is.
    """
    sig = signature(lines, own)
    if not sig:
        return Edit()
    for i in range(sig.start, sig.end - 1):
        if is_designation_line(lines[i]) and not re.search(r",| / ", lines[i]) and _office_line(lines[i + 1]):
            return Edit({i: [f"{lines[i].strip()}, {lines[i + 1].strip()}"], i + 1: []})
    return Edit()


# --------------------------------------------------------------------------- the sign-off


def one_line_signature(separator: str) -> LineEditor:
    """The lines after the closing joined into one ("Name, Designation, Office, Email: ..., Ph: ...")."""

    def edit(lines: list[str], own: int) -> Edit:
        sig = signature(lines, own)
        if not sig:
            return Edit()
        block = [i for i in range(sig.start, sig.end) if not lines[i].strip().startswith("[cid:")]
        if len(block) < 2:
            return Edit()
        joined = separator.join(lines[i].strip() for i in block)
        return Edit({block[0]: [joined], **{i: [] for i in block[1:]}})

    return edit


def honorific_editor(style: str) -> LineEditor:
    """"Shri"/"Smt." (or "Sh."/"Ms.", "Dr.") before the name in the sign-off and after "Name:"."""
    man, woman, man_hi, woman_hi = HONORIFICS[style]

    def titled(name: str) -> str:
        if re.match(r"(?:Shri|Smt|Sh|Sri|Dr|Mr|Ms|Mrs)\b|श्री|डॉ", name):
            return name
        female = any(w.strip(".") in WOMEN for w in name.split())
        if re.match(r"[\u0900-\u097f]", name):
            return f"{woman_hi if female else man_hi} {name}"
        return f"{woman if female else man} {name}"

    def edit(lines: list[str], own: int) -> Edit:
        out: dict[int, list[str]] = {}
        for i in range(own):
            m = NAME_LABEL.match(lines[i].strip())
            if m:
                out[i] = [m["label"] + titled(m["value"])]
        sig = signature(lines, own)
        name = signature_name(lines, sig) if sig else None
        if name is not None:
            out[name] = [titled(lines[name].strip())]
        return Edit({i: new for i, new in out.items() if new != [lines[i]]})

    return edit


def footer_editor(footer: str) -> LineEditor:
    """A mobile client's footer after the sign-off, after a blank line: below the last line of the
    sender's own text, where the client adds it (a sign-off may run over lines set apart by blank ones)."""

    def edit(lines: list[str], own: int) -> Edit:
        sig = signature(lines, own)
        if not sig:
            return Edit()
        last = max(i for i in range(own) if lines[i].strip())
        return Edit({last: [lines[last], "", footer]})

    return edit


# --------------------------------------------------------------------------- labels, digits, mobile numbers

_LABELS = re.compile(r"^(\s*)(?:" + "|".join(f"(?P<l{i}>{rx})" for i, (rx, _) in enumerate(HINDI_LABELS))
                     + r")(\s*\([^)]{1,10}\))?(\s*:)", re.I)


def hindi_labels(lines: list[str], own: int) -> Edit:
    """Labels of the own text in Hindi: "Name:" -> "नाम:", "Mobile No.:" -> "मोबाइल नं.:"..."""
    out: dict[int, list[str]] = {}
    for i in range(own):
        m = _LABELS.match(lines[i])
        if m:
            which = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            rest = (m.groups()[-2] or "") + m.groups()[-1]
            out[i] = [m.group(1) + HINDI_LABELS[which][1] + rest + lines[i][m.end(0):]]
    return Edit(out)


MOBILE = re.compile(r"(?<![\d+])[6-9]\d{9}(?!\d)")
_SSO_ID = re.compile(r"(SSO\s*ID\s*:\s*)(\d+)", re.I)
_DATE = re.compile(r"(?<!\d)\d{1,2}([./-])\d{1,2}\1\d{4}(?!\d)")


def digits_editor(digits: str, mobiles_only: bool) -> LineEditor:
    """Mobile numbers (and, unless `mobiles_only`, SSO IDs and dates) of the own text in other digits."""
    table = str.maketrans("0123456789", digits)

    def rewrite(line: str) -> str:
        line = MOBILE.sub(lambda m: m.group(0).translate(table), line)
        if not mobiles_only:
            line = _SSO_ID.sub(lambda m: m.group(1) + m.group(2).translate(table), line)
            line = _DATE.sub(lambda m: m.group(0).translate(table), line)
        return line

    def edit(lines: list[str], own: int) -> Edit:
        return Edit({i: [rewrite(lines[i])] for i in range(own) if rewrite(lines[i]) != lines[i]})

    return edit


_PREFIXED = re.compile(r"(?:\+\s*91|\b91|\b0)[\s\-)]*$")

MOBILE_FORMATS: dict[str, Callable[[str], str]] = {
    "plus91": lambda d: f"+91 {d}",
    "plus91_hyphen": lambda d: f"+91-{d}",
    "zero": lambda d: f"0{d}",
    "spaces": lambda d: f"{d[:5]} {d[5:]}",
    "hyphens": lambda d: f"{d[:5]}-{d[5:]}",
}


def mobile_editor(fmt: str) -> LineEditor:
    """Every mobile number of the own text written another way (+91, 0, spaces, hyphens)."""

    def rewrite(m: re.Match[str]) -> str:
        if _PREFIXED.search(m.string[: m.start()]):  # "(+91) 9514018791" has its prefix already
            return m.group(0)
        return MOBILE_FORMATS[fmt](m.group(0))

    def edit(lines: list[str], own: int) -> Edit:
        out = {i: [MOBILE.sub(rewrite, lines[i])] for i in range(own)}
        return Edit({i: new for i, new in out.items() if new != [lines[i]]})

    return edit


# --------------------------------------------------------------------------- quoted history


def quote_editor(kind: str) -> LineEditor:
    """An older mail of someone else quoted below everything (Outlook's header block, or '>' lines)."""
    if kind == "gmail":
        intro = "On Mon, 6 Oct 2025 at 10:15, Sunil Rawat <sunil.rawat@icegate.gov.in> wrote:"
        block = ("", intro, *[f"> {x}" if x else ">" for x in QUOTED_OLDER_MAIL])
    else:
        block = ("", *QUOTE_HEADERS[kind], "", *QUOTED_OLDER_MAIL)
    return lambda lines, own: Edit(append=block)


# --------------------------------------------------------------------------- HTML only


def html_only_generated(raw: bytes) -> bytes:
    """Every text/plain body becomes the equivalent text/html (an alternative's HTML twin goes with it)."""
    msg = mime.parse(raw)
    changed = False
    for part, parent in list(mime.walk(msg)):
        if not (mime.is_body(part) and part.get_content_type() == "text/plain"):
            continue
        html_part = mime.new_html_part(to_html(mime.get_text(part)), msg.policy)
        if parent is not None and parent.get_content_type() == "multipart/alternative":
            grand = next((p for c, p in mime.walk(msg) if c is parent), None)
            mime.replace_part(msg, grand, parent, html_part)
        else:
            mime.replace_part(msg, parent, part, html_part)
        changed = True
    return mime.serialize(msg) if changed else raw


def html_only_client(raw: bytes) -> bytes:
    """Each text/plain + text/html alternative loses its text/plain: the client's own HTML is all there is."""
    msg = mime.parse(raw)
    changed = False
    for part, parent in list(mime.walk(msg)):
        if part.get_content_type() != "multipart/alternative":
            continue
        children = part.get_payload()
        html_parts = [c for c in children if mime.is_body(c) and c.get_content_type() == "text/html"]
        rest = [c for c in children if not (mime.is_body(c) and c.get_content_type() == "text/plain")]
        if not html_parts or len(rest) == len(children):
            continue
        if len(rest) == 1:
            mime.replace_part(msg, parent, part, rest[0])
        else:
            part.set_payload(rest)
        changed = True
    return mime.serialize(msg) if changed else raw


def crlf_base64(raw: bytes) -> bytes:
    """Every body part's text with CRLF line ends inside base64, as Exchange and Outlook send it."""
    msg = mime.parse(raw)
    parts = [p for p in mime.bodies(msg) if "\n" in mime.get_text(p)]
    for part in parts:
        text = mime.get_text(part).replace("\n", "\r\n")
        if "Content-Transfer-Encoding" in part:
            part.replace_header("Content-Transfer-Encoding", "base64")
        else:
            part["Content-Transfer-Encoding"] = "base64"
        mime.set_text(part, text)
    return mime.serialize(msg) if parts else raw


def not_on_forwards(transform: MailTransform) -> MailTransform:
    """A transformation left out of forwards: under a 'Fwd:' or 'FW:' subject an Outlook
    '-----Original Message-----' block is the forwarded mail itself (it counts), not history."""

    def apply(raw: bytes) -> bytes:
        subject = str(mime.parse(raw).get("Subject", "") or "")
        return raw if _FORWARD_SUBJECT.match(subject) else transform(raw)

    return apply


_FORWARD_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw)\s*:", re.IGNORECASE)


# --------------------------------------------------------------------------- the list


def _t(name: str, apply: MailTransform, min_changed: int, what: str) -> Transform:
    return Transform(name, apply, min_changed, what)


TRANSFORMS: dict[str, Transform] = {t.name: t for t in (
    _t("designation_dotted", line_transform(designation_editor("dotted")), 28,
       "designation short with a dot: Supdt., Asstt. Commissioner, Dy. Commissioner, Insp., Addl. Director"),
    _t("designation_acronym", line_transform(designation_editor("acronym")), 29,
       "designation as officers abbreviate it: AC, DC, JC, SM, ASM (Supdt., Insp. where none exists)"),
    _t("designation_hindi", line_transform(designation_editor("hindi")), 31,
       "designation in Hindi: अधीक्षक, निरीक्षक, सहायक आयुक्त, उपायुक्त, मूल्यांकक, सिस्टम मैनेजर..."),
    _t("designation_on_office_line", line_transform(designation_on_office_line), 17,
       "designation moved onto the office line below it: 'Superintendent, Custom House, Kandla'"),
    _t("signature_one_line_comma", line_transform(one_line_signature(", ")), 30,
       "the lines after the closing joined with ', '"),
    _t("signature_one_line_pipe", line_transform(one_line_signature(" | ")), 30,
       "the lines after the closing joined with ' | '"),
    _t("labels_hindi", line_transform(hindi_labels), 30,
       "labels in Hindi: नाम:, पदनाम:, मोबाइल नं.:, एसएसओ आईडी:, ईमेल:, दूरभाष:"),
    _t("digits_devanagari", line_transform(digits_editor(DEVANAGARI_DIGITS, mobiles_only=False)), 24,
       "mobile numbers, SSO IDs and dates in Devanagari digits"),
    _t("digits_gujarati_mobile", line_transform(digits_editor(GUJARATI_DIGITS, mobiles_only=True)), 10,
       "mobile numbers in Gujarati digits"),
    _t("digits_bengali_mobile", line_transform(digits_editor(BENGALI_DIGITS, mobiles_only=True)), 10,
       "mobile numbers in Bengali digits"),
    _t("honorific_shri", line_transform(honorific_editor("shri")), 32,
       "'Shri' / 'Smt.' (श्री / श्रीमती) before the sender's name in the sign-off and after 'Name:'"),
    _t("honorific_sh", line_transform(honorific_editor("sh")), 32,
       "'Sh.' / 'Ms.' before the name"),
    _t("honorific_dr", line_transform(honorific_editor("dr")), 32,
       "'Dr.' before the name"),
    *(_t(f"mobile_{fmt}", line_transform(mobile_editor(fmt)), 10, f"mobile numbers written {fmt}")
      for fmt in MOBILE_FORMATS),
    _t("html_only_generated", html_only_generated, 37,
       "the body as HTML only, written from the plain text (<p>, <br>, entities, a <div> sign-off)"),
    _t("html_only_client", html_only_client, 34,
       "the body as HTML only: the mail client's own HTML alternative, its text/plain dropped"),
    _t("quote_outlook_original_message", not_on_forwards(line_transform(quote_editor("original_message"))), 36,
       "an older mail quoted below '-----Original Message-----' / From: Sent: To: Subject:"),
    _t("quote_outlook_header_block", not_on_forwards(line_transform(quote_editor("header_block"))), 36,
       "an older mail quoted below Outlook's rule and From: Sent: To: Subject: block"),
    _t("quote_gmail", line_transform(quote_editor("gmail")), 37,
       "an older mail quoted below 'On ... wrote:' in '>' lines"),
    *(_t(f"footer_{key}", line_transform(footer_editor(text)), 34, f"'{text}' after the sign-off")
      for key, text in FOOTERS.items()),
    _t("crlf_base64", crlf_base64, 34, "the text with CRLF line ends, base64-encoded (Exchange, Outlook)"),
)}
