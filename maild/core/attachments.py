"""The kind of each attachment: from its file name first, then from its content.

A spreadsheet with the template's header row is a template whatever its
name; a file named as the template that is no readable .xlsx is still the
template (and reported unreadable), so the nodal officer learns that the
file itself is the problem; a workbook that opens without the header row is
some other sheet ("template for transfer.xlsx"). Other kinds come from name
patterns, then from a PDF's text layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from maild.core.model import AttachmentInfo, RawAttachment, TemplateReport
from maild.core.pdf_text import pdf_text
from maild.core.ruleset import AttachmentRules, KindRule, TemplateRules
from maild.core.template_xlsx import UNREADABLE, check_template

_NAME_SEPARATORS = re.compile(r"[_+.\-]+|(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Classified:
    """An attachment's reported kind, and the template check when it is the template."""

    info: AttachmentInfo
    template: TemplateReport | None
    reason: str


def classify_attachment(att: RawAttachment, rules: AttachmentRules, template_rules: TemplateRules,
                        mail_date: dt.date | None, is_generic_email: Callable[[str], bool]) -> Classified:
    """Tell one attachment's kind; checks the template when it is one."""
    stem, ext = _split_name(att.filename)
    words = _NAME_SEPARATORS.sub(" ", stem)
    named_template = ext in rules.template_name_extensions and _name_matches(_kind(rules, "template"), words)
    if _is_spreadsheet(att, ext, rules):
        report = check_template(att.data, template_rules, mail_date, is_generic_email)
        if report.is_template:
            return _result(att, "template", report, "spreadsheet with the template header row")
        if report.errors == UNREADABLE and named_template:
            return _result(att, "template", TemplateReport(True, UNREADABLE, note=report.note),
                           f"named as the template, but {report.note or 'unreadable'}")
        # A workbook that opens but has no template header is some other sheet, whatever its name.
        return _result(att, "other", None, report.note or "a spreadsheet without the template header row")
    elif named_template:
        return _result(att, "template", TemplateReport(True, UNREADABLE, note="not an .xlsx workbook"),
                       f"named as the template, but a {ext or 'typeless'} file, not an .xlsx workbook")
    for kind in rules.kinds:
        if kind.kind != "template" and _name_matches(kind, words):
            return _result(att, kind.kind, None, "told by the file name")
    if ext == ".pdf" or att.content_type == "application/pdf" or att.data[:5] == b"%PDF-":
        text = pdf_text(att.data, rules.pdf_pages, rules.pdf_chars)
        kind_name = _kind_by_content(text, rules)
        if kind_name:
            return _result(att, kind_name, None, "told by the PDF's text layer")
        return _result(att, "other", None, "PDF without a telling text layer" if not text else
                       "PDF text does not match any kind")
    return _result(att, "other", None, "neither name nor content tells the kind")


def _split_name(filename: str) -> tuple[str, str]:
    stem, dot, ext = filename.rpartition(".")
    if not dot or not stem:
        return filename, ""
    return stem, "." + ext.lower()


def _is_spreadsheet(att: RawAttachment, ext: str, rules: AttachmentRules) -> bool:
    return ext in rules.spreadsheet_extensions or att.content_type.startswith(rules.spreadsheet_types)


def _kind(rules: AttachmentRules, name: str) -> KindRule | None:
    return next((k for k in rules.kinds if k.kind == name), None)


def _name_matches(kind: KindRule | None, words: str) -> bool:
    return kind is not None and any(p.search(words) for p in kind.names)


def _kind_by_content(text: str, rules: AttachmentRules) -> str:
    if not text.strip():
        return ""
    best, best_score = "", 0.0
    for kind in rules.kinds:
        score = sum(p.weight for p in kind.content if p.search(text))
        if score > best_score:
            best, best_score = kind.kind, score
    return best if best_score >= rules.content_threshold else ""


def _result(att: RawAttachment, kind: str, report: TemplateReport | None, reason: str) -> Classified:
    info = AttachmentInfo(att.filename, kind, att.content_type, att.size,
                          hashlib.sha256(att.data).hexdigest(), att.forwarded)
    return Classified(info, report, f"{att.filename}: {kind} ({reason})")
