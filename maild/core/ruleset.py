"""The rules as validated, compiled data: the vocabulary lives in rules/*.toml.

`RuleSet.from_mapping` takes the plain dictionaries read from the TOML files
(one key per file stem) and turns them into frozen dataclasses with compiled
regular expressions. Every problem is reported as `RulesError` naming the file
and the key, so a typo fails when the rules are loaded, not on a real mail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from maild.core.rule_reader import FLAGS, NEVER, Reader as _Reader, WeightedPattern
from maild.errors import RulesError

@dataclass(frozen=True, slots=True)
class SenderRules:
    icegate_domains: tuple[str, ...]
    role_tokens: frozenset[str]
    role_lead_tokens: frozenset[str]
    firm_words: frozenset[str]
    role_affixes: tuple[str, ...]
    role_display: tuple[re.Pattern[str], ...]
    role_addresses: frozenset[str]
    noreply_locals: tuple[re.Pattern[str], ...]
    precedence_automated: frozenset[str]
    automated_header_prefixes: tuple[str, ...]
    automated_content_types: frozenset[str]
    robot_local_tokens: frozenset[str]
    robot_display_names: tuple[re.Pattern[str], ...]
    envelope_tags: tuple[re.Pattern[str], ...]
    notice_subject: re.Pattern[str]
    notice_subject_ends: tuple[re.Pattern[str], ...]
    forwarded_subject: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class RequestTypeRule:
    name: str
    patterns: tuple[WeightedPattern, ...]
    attachment_weights: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class RequestRules:
    types: tuple[RequestTypeRule, ...]
    threshold: float
    subject_factor: float


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    names: tuple[WeightedPattern, ...]
    content: tuple[WeightedPattern, ...]


@dataclass(frozen=True, slots=True)
class AttachmentRules:
    kinds: tuple[KindRule, ...]
    name_threshold: float
    content_threshold: float
    spreadsheet_extensions: tuple[str, ...]
    spreadsheet_types: tuple[str, ...]
    template_name_extensions: tuple[str, ...]
    pdf_pages: int
    pdf_chars: int


@dataclass(frozen=True, slots=True)
class Requirement:
    documents: tuple[tuple[str, ...], ...]
    details: tuple[str, ...]
    icegate_sender: bool


@dataclass(frozen=True, slots=True)
class RequirementRules:
    by_type: Mapping[str, Requirement]
    generic_signature: tuple[str, ...]
    stands_for_review: Mapping[str, str]
    redirect_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SignatureRules:
    closings: re.Pattern[str]
    closing_courtesy: re.Pattern[str]
    separator: re.Pattern[str]
    boilerplate: re.Pattern[str]
    labels: Mapping[str, re.Pattern[str]]
    designations: re.Pattern[str]
    not_mobile_labels: re.Pattern[str]
    not_name_words: re.Pattern[str]
    name_statements: tuple[re.Pattern[str], ...]
    max_lines: int
    office_words: re.Pattern[str] = NEVER
    office_line: re.Pattern[str] = NEVER
    honorifics: re.Pattern[str] = NEVER
    designation_statements: tuple[re.Pattern[str], ...] = ()
    not_sso_ids: re.Pattern[str] = NEVER


@dataclass(frozen=True, slots=True)
class QuotingRules:
    quote_markers: tuple[re.Pattern[str], ...]
    forward_markers: tuple[re.Pattern[str], ...]
    forward_when_subject: tuple[re.Pattern[str], ...]
    header_block_start: re.Pattern[str]
    header_block_lines: tuple[re.Pattern[str], ...]
    forward_subject: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ReviewRules:
    overseas: tuple[re.Pattern[str], ...]
    overseas_past: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    aliases: tuple[str, ...]
    mandatory: bool


@dataclass(frozen=True, slots=True)
class TemplateRules:
    columns: tuple[Column, ...]
    header_key: str
    header_search_rows: int
    red_min: int
    other_max: int
    date_columns: tuple[str, ...]
    date_formats: tuple[str, ...]
    min_joining_age: int
    earliest_date: dt.date
    max_rows: int
    max_columns: int
    max_unpacked_bytes: int
    max_zip_entries: int
    text_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything triage needs to know about vocabulary, in one value."""

    senders: SenderRules
    requests: RequestRules
    attachments: AttachmentRules
    requirements: RequirementRules
    signature: SignatureRules
    quoting: QuotingRules
    review: ReviewRules
    template: TemplateRules

    @classmethod
    def from_mapping(cls, files: Mapping[str, Mapping[str, Any]]) -> RuleSet:
        """Validate the TOML data of every rule file (keyed by file stem)."""
        need = ("senders", "requests", "attachments", "requirements", "signature", "quoting",
                "review", "template")
        for stem in need:
            if stem not in files:
                raise RulesError(f"rules/{stem}.toml: file is missing")
        return cls(
            senders=_senders(_Reader("senders", files["senders"])),
            requests=_requests(_Reader("requests", files["requests"])),
            attachments=_attachments(_Reader("attachments", files["attachments"])),
            requirements=_requirements(_Reader("requirements", files["requirements"])),
            signature=_signature(_Reader("signature", files["signature"])),
            quoting=_quoting(_Reader("quoting", files["quoting"])),
            review=_review(_Reader("review", files["review"])),
            template=_template(_Reader("template", files["template"])),
        )


def _senders(r: _Reader) -> SenderRules:
    return SenderRules(
        icegate_domains=tuple(d.lower() for d in r.strings("icegate_domains")),
        role_tokens=frozenset(t.lower() for t in r.strings("role_tokens")),
        role_lead_tokens=frozenset(t.lower() for t in r.strings("role_lead_tokens", [])),
        firm_words=frozenset(t.lower() for t in r.strings("firm_words", [])),
        role_affixes=tuple(t.lower() for t in r.strings("role_affixes")),
        role_display=r.regexes("role_display"),
        role_addresses=frozenset(a.lower() for a in r.strings("role_addresses", [])),
        noreply_locals=r.regexes("noreply_locals"),
        precedence_automated=frozenset(p.lower() for p in r.strings("precedence_automated")),
        automated_header_prefixes=tuple(h.lower() for h in r.strings("automated_header_prefixes")),
        automated_content_types=frozenset(c.lower() for c in r.strings("automated_content_types")),
        robot_local_tokens=frozenset(t.lower() for t in r.strings("robot_local_tokens")),
        robot_display_names=r.regexes("robot_display_names"),
        envelope_tags=_envelope_tags(r),
        notice_subject=_notice_subject(r),
        notice_subject_ends=r.regexes("notice_subject_ends"),
        forwarded_subject=r.regex("forwarded_subject"),
    )


def _envelope_tags(r: _Reader) -> tuple[re.Pattern[str], ...]:
    """Patterns of tagged envelope local parts; each names the untagged part as (?P<local>...)."""
    tags = r.regexes("envelope_tags")
    for tag in tags:
        if "local" not in tag.groupindex:
            raise r.fail("envelope_tags", f"pattern {tag.pattern!r} has no (?P<local>...) group")
    return tags


def _notice_subject(r: _Reader) -> re.Pattern[str]:
    """One pattern: the subject form with the alternation of every notice phrase in place of {phrase}."""
    form = r.get("notice_subject_form", str)
    if form.count("{phrase}") != 1:
        raise r.fail("notice_subject_form", "must hold {phrase} exactly once")
    phrases = r.strings("notice_subjects")
    for phrase in phrases:
        r.regex("notice_subjects", phrase)
    alternation = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return r.regex("notice_subject_form", form.replace("{phrase}", alternation))


def _requests(r: _Reader) -> RequestRules:
    types_table = r.table("types")
    rules = []
    for name in types_table.data:
        t = types_table.table(name)
        weights = t.get("attachments", Mapping, {})
        if not all(isinstance(v, (int, float)) for v in weights.values()):
            raise t.fail("attachments", "values must be numbers")
        rules.append(RequestTypeRule(name, t.weighted("patterns"), {k: float(v) for k, v in weights.items()}))
    return RequestRules(tuple(rules), r.number("threshold"), r.number("subject_factor", 1.5))


def _attachments(r: _Reader) -> AttachmentRules:
    kinds_table = r.table("kinds")
    kinds = []
    for name in kinds_table.data:
        k = kinds_table.table(name)
        kinds.append(KindRule(name, k.weighted("names", []), k.weighted("content", [])))
    return AttachmentRules(
        kinds=tuple(kinds),
        name_threshold=r.number("name_threshold", 1),
        content_threshold=r.number("content_threshold"),
        spreadsheet_extensions=tuple(e.lower() for e in r.strings("spreadsheet_extensions")),
        spreadsheet_types=tuple(t.lower() for t in r.strings("spreadsheet_types")),
        template_name_extensions=tuple(e.lower() for e in r.strings("template_name_extensions")),
        pdf_pages=int(r.number("pdf_pages", 2)),
        pdf_chars=int(r.number("pdf_chars", 4000)),
    )


def _requirements(r: _Reader) -> RequirementRules:
    types_table = r.table("types")
    by_type = {}
    for name in types_table.data:
        t = types_table.table(name)
        docs = []
        for doc in t.get("documents", list, []):
            if isinstance(doc, str):
                docs.append((doc,))
            elif isinstance(doc, list) and doc and all(isinstance(d, str) for d in doc):
                docs.append(tuple(doc))
            else:
                raise t.fail("documents", "entries must be a kind or a list of kinds that stand for each other")
        sender = t.get("sender", str, "any")
        if sender not in ("any", "icegate_sender"):
            raise t.fail("sender", "must be 'any' or 'icegate_sender'")
        by_type[name] = Requirement(tuple(docs), t.strings("details", []), sender == "icegate_sender")
    review = r.get("review_when_standing_in", Mapping, {})
    return RequirementRules(by_type, r.strings("generic_signature"), dict(review), r.strings("redirect_types"))


def _signature(r: _Reader) -> SignatureRules:
    labels = r.table("labels")
    return SignatureRules(
        closings=r.regex("closings"),
        closing_courtesy=r.regex("closing_courtesy"),
        separator=r.regex("separator"),
        boilerplate=r.regex("boilerplate"),
        labels={k: labels.regex(k, flags=FLAGS | re.MULTILINE) for k in labels.data},
        designations=r.regex("designations"),
        not_mobile_labels=r.regex("not_mobile_labels"),
        not_name_words=r.regex("not_name_words"),
        name_statements=r.regexes("name_statements", extra=re.MULTILINE),
        max_lines=int(r.number("max_lines", 10)),
        office_words=r.optional_regex("office_words"),
        office_line=r.optional_regex("office_line"),
        honorifics=r.optional_regex("honorifics"),
        designation_statements=r.regexes("designation_statements", [], extra=re.MULTILINE),
        not_sso_ids=r.optional_regex("not_sso_ids"),
    )


def _review(r: _Reader) -> ReviewRules:
    return ReviewRules(overseas=r.regexes("overseas"), overseas_past=r.regexes("overseas_past", []))


def _quoting(r: _Reader) -> QuotingRules:
    return QuotingRules(
        quote_markers=r.regexes("quote_markers", extra=re.MULTILINE),
        forward_markers=r.regexes("forward_markers", extra=re.MULTILINE),
        forward_when_subject=r.regexes("forward_when_subject", [], extra=re.MULTILINE),
        header_block_start=r.regex("header_block_start", flags=FLAGS | re.MULTILINE),
        header_block_lines=r.regexes("header_block_lines"),
        forward_subject=r.regex("forward_subject"),
    )


def _date(r: _Reader, key: str, default: str) -> dt.date:
    value = r.get(key, (str, dt.date), default)
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise r.fail(key, "must be a date (YYYY-MM-DD)") from exc


def _template(r: _Reader) -> TemplateRules:
    cols_table = r.table("columns")
    columns = []
    for key in cols_table.data:
        c = cols_table.table(key)
        columns.append(Column(key, c.get("header", str), c.strings("aliases", []),
                              bool(c.get("mandatory", bool, False))))
    return TemplateRules(
        columns=tuple(columns),
        header_key=r.get("header_key", str),
        header_search_rows=int(r.number("header_search_rows", 10)),
        red_min=int(r.number("red_min")),
        other_max=int(r.number("other_max")),
        date_columns=r.strings("date_columns"),
        date_formats=r.strings("date_formats"),
        min_joining_age=int(r.number("min_joining_age", 18)),
        earliest_date=_date(r, "earliest_date", "1930-01-01"),
        max_rows=int(r.number("max_rows", 5000)),
        max_columns=int(r.number("max_columns", 60)),
        max_unpacked_bytes=int(r.number("max_unpacked_bytes", 50_000_000)),
        max_zip_entries=int(r.number("max_zip_entries", 2000)),
        text_columns=r.strings("text_columns", []),
    )
