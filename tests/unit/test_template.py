"""The creation-template check (spec/template.md; triage.md, section template_errors).

Every expectation below is read off the contract: the header row is the first
row within the first 10 with a cell reading "First Name"; headers match
case-insensitively ignoring spaces, dots, hyphens and bracketed text;
mandatory columns are the red headers (red >= 0xC0, green and blue <= 0x60),
or the defaults when no header is red; rows are numbered as Excel shows them.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.styles.colors import Color
from openpyxl.worksheet.worksheet import Worksheet

from builders import (HEADERS, RED_DEFAULT, SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template,
                      officer_row)
from maild.core.ruleset import RuleSet
from maild.core.sender import is_icegate, is_role_address
from maild.core.template_xlsx import check_template

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec"
MAIL_DAY = dt.date(2025, 11, 10)  # the Date: of builders.make_mail
KEYS = ["serial", "first_name", "middle_name", "last_name", "designation", "date_of_birth",
        "date_of_joining", "mobile", "alt_email", "office", "location", "employee_id"]
DEFAULT_MANDATORY = {"first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile",
                     "alt_email", "office"}
RED = Font(bold=True, color="FFFF0000")
PDF = "application/pdf"

Errors = set[tuple[int, str, str]]


# --------------------------------------------------------------------------- helpers

def check(rules: RuleSet, data: bytes, mail_date: dt.date | None = MAIL_DAY):
    """check_template with the shipped rules and the generic-mailbox test triage itself uses."""
    senders = rules.senders
    return check_template(data, rules.template, mail_date,
                          lambda a: is_icegate(a, senders) or is_role_address(a, senders))


def errs(report) -> Errors:
    return {(e.row, e.column, e.code) for e in report.errors}


def workbook(fill: Callable[[Worksheet], None], *, theme: bytes | str | None = None) -> bytes:
    """An .xlsx whose first sheet `fill` writes cell by cell."""
    wb = Workbook()
    fill(wb.active)
    if theme is not None:
        wb.loaded_theme = theme.encode() if isinstance(theme, str) else theme
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def put_row(ws: Worksheet, number: int, values: Sequence[Any]) -> None:
    for col, value in enumerate(values, start=1):
        if value is not None:
            ws.cell(number, col, value)


def put_header(ws: Worksheet, number: int, headers: Sequence[str] = HEADERS,
               red: set[str] | frozenset[str] = frozenset(RED_DEFAULT), red_font: Font = RED) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(number, col, text)
        cell.font = red_font if text in red else Font(bold=True)


def layout(header_row: int, rows: dict[int, Sequence[Any]], above: dict[int, Sequence[Any]] | None = None,
           **header_kw: Any) -> bytes:
    """A sheet with the header on `header_row`, data rows at the given Excel row numbers."""
    def fill(ws: Worksheet) -> None:
        for number, values in (above or {}).items():
            put_row(ws, number, values)
        put_header(ws, header_row, **header_kw)
        for number, values in rows.items():
            put_row(ws, number, values)
    return workbook(fill)


def triage_mail(template: bytes, *, date: dt.datetime | None = None, filename: str = "template.xlsx") -> bytes:
    kw: dict[str, Any] = {} if date is None else {"date": date}
    return make_mail(
        sender="Ravi Kumar <ravi.kumar@icegate.gov.in>",
        subject="Request for creation of SSO ID and ICEGATE e-mail ID for newly joined officer",
        body=("Sir,\n\nKindly create the SSO ID and ICEGATE e-mail ID for the newly joined officer "
              "mentioned in the attached creation template. The filled template and the scanned "
              "service book page are attached.\n\nRegards,\nRavi Kumar\nSuperintendent (Systems)\n"),
        attachments=[(filename, template, XLSX), ("service_book.pdf", make_pdf(SERVICE_BOOK_TEXT), PDF)],
        **kw)


# --------------------------------------------------------------------------- header row

def test_clean_template_has_no_errors(rules: RuleSet) -> None:
    report = check(rules, make_template([officer_row(1), officer_row(2)]))
    assert report.is_template
    assert report.errors == ()
    assert report.data_rows == 2


@pytest.mark.parametrize("titles, header_row", [
    ((), 1),
    (("Template for SSO ID creation", "(Columns with headings in red are mandatory)"), 3),
    (tuple(f"title line {i}" for i in range(1, 10)), 10),
])
def test_header_row_within_first_ten_rows_and_excel_row_numbers(rules: RuleSet, titles: tuple[str, ...],
                                                                header_row: int) -> None:
    data = make_template([officer_row(1), officer_row(2, first_name="R")], title_rows=titles)
    report = check(rules, data)
    assert report.is_template
    assert report.data_rows == 2
    assert errs(report) == {(header_row + 2, "first_name", "initials_in_name")}


def test_header_on_row_eleven_is_not_a_template(rules: RuleSet) -> None:
    titles = tuple(f"title line {i}" for i in range(1, 11))
    report = check(rules, make_template([officer_row(1, first_name="R")], title_rows=titles))
    assert not report.is_template
    assert report.errors == ()


def test_header_on_row_ten_after_blank_rows_is_found(rules: RuleSet) -> None:
    data = layout(10, {11: officer_row(1), 12: officer_row(2, last_name="K")}, above={1: ["SSO ID creation"]})
    report = check(rules, data)
    assert report.is_template
    assert errs(report) == {(12, "last_name", "initials_in_name")}


def test_header_on_row_eleven_after_blank_rows_is_not_found(rules: RuleSet) -> None:
    data = layout(11, {12: officer_row(1, last_name="K")}, above={1: ["SSO ID creation"]})
    report = check(rules, data)
    assert not report.is_template
    assert report.errors == ()


@pytest.mark.parametrize("above", [
    {},                                                   # rows 1-4 entirely blank
    {1: ["Template for SSO ID creation"]},                # a title, then blank rows
])
def test_blank_rows_above_header(rules: RuleSet, above: dict[int, list[Any]]) -> None:
    data = layout(5, {6: officer_row(1), 7: officer_row(2, mobile="12345")}, above=above)
    report = check(rules, data)
    assert report.is_template
    assert report.data_rows == 2
    assert errs(report) == {(7, "mobile", "invalid_mobile")}


def test_title_sentence_mentioning_first_name_is_not_the_header(rules: RuleSet) -> None:
    data = make_template([officer_row(1, first_name="R.")],
                         title_rows=["Fill First Name and Last Name as in the service book"])
    assert errs(check(rules, data)) == {(3, "first_name", "initials_in_name")}


def test_sheet_without_first_name_header_is_not_a_template(rules: RuleSet) -> None:
    headers = ["S.No.", "Name", "Designation", "Mobile No."]
    report = check(rules, make_template([[1, "R", "Inspector", "123"]], headers=headers, red=headers))
    assert not report.is_template
    assert report.errors == ()


@pytest.mark.parametrize("first_name_header", [
    "FIRST NAME", "First-Name", "  First   Name (as in Service Book) ",
])
def test_first_name_header_matching(rules: RuleSet, first_name_header: str) -> None:
    headers = [first_name_header if h == "First Name" else h for h in HEADERS]
    red = (RED_DEFAULT - {"First Name"}) | {first_name_header}
    data = make_template([officer_row(1, first_name="R K")], headers=headers, red=red)
    report = check(rules, data)
    assert report.is_template
    assert errs(report) == {(2, "first_name", "initials_in_name")}


@pytest.mark.parametrize("original, variant, override, expected", [
    ("Alternate Email ID", "ALTERNATE E-MAIL ID (personal)", {"alt_email": "sravani.gmail.com"},
     (2, "alt_email", "invalid_email")),
    ("Mobile No.", "Mobile No", {"mobile": "98765"}, (2, "mobile", "invalid_mobile")),
    ("Mobile No.", "MOBILE NO.", {"mobile": None}, (2, "mobile", "missing_mandatory")),
    ("Date of Joining CBIC (DD/MM/YYYY)", "Date of Joining CBIC (dd-mm-yyyy)", {"date_of_joining": "31/04/2020"},
     (2, "date_of_joining", "invalid_date")),
    ("Last Name", "LAST-NAME", {"last_name": "K."}, (2, "last_name", "initials_in_name")),
    # Headers as offices re-type them.
    ("Alternate Email ID", "Personal E-mail", {"alt_email": "sravani.gmail.com"}, (2, "alt_email", "invalid_email")),
    ("Mobile No.", "Cell No.", {"mobile": "98765"}, (2, "mobile", "invalid_mobile")),
    ("Date of Joining CBIC (DD/MM/YYYY)", "Date of Entry into Service", {"date_of_joining": "31/04/2020"},
     (2, "date_of_joining", "invalid_date")),
    ("Commissionerate / Office", "Name of Commissionerate", {"office": None}, (2, "office", "missing_mandatory")),
    ("Last Name", "Surname", {"last_name": "K."}, (2, "last_name", "initials_in_name")),
])
def test_header_variants_map_to_column_keys(rules: RuleSet, original: str, variant: str,
                                            override: dict[str, Any], expected: tuple[int, str, str]) -> None:
    headers = [variant if h == original else h for h in HEADERS]
    red = {variant if h == original else h for h in RED_DEFAULT}
    report = check(rules, make_template([officer_row(1, **override)], headers=headers, red=red))
    assert report.is_template
    assert errs(report) == {expected}


# --------------------------------------------------------------------------- the shipped blank template

def test_blank_shipped_template_is_a_template_without_rows(rules: RuleSet) -> None:
    report = check(rules, (SPEC / "sso_template.xlsx").read_bytes())
    assert report.is_template
    assert report.data_rows == 0
    assert report.errors == ()


def test_filled_shipped_template_with_merged_titles(rules: RuleSet) -> None:
    wb = load_workbook(SPEC / "sso_template.xlsx")
    ws = wb.worksheets[0]
    put_row(ws, 4, officer_row(1))
    put_row(ws, 5, officer_row(2, first_name="R.K.", middle_name=None, location=None, employee_id=None,
                               mobile=officer_row(1)[7]))
    put_row(ws, 6, officer_row(3, designation=None))
    out = io.BytesIO()
    wb.save(out)
    report = check(rules, out.getvalue())
    assert report.is_template
    assert report.data_rows == 3
    assert errs(report) == {(5, "first_name", "initials_in_name"), (5, "mobile", "duplicate_mobile"),
                            (6, "designation", "missing_mandatory")}


# --------------------------------------------------------------------------- mandatory columns

@pytest.mark.parametrize("rgb, is_red", [
    ("FFFF0000", True),
    ("FFC00000", True),
    ("FFC06060", True),    # every component exactly on the threshold
    ("FFFF6666", False),   # green and blue above 0x60
    ("FF800000", False),   # dark red: red below 0xC0
    ("FFBF0000", False),   # red just below 0xC0
    ("FFC06100", False),   # green just above 0x60
    ("FFC00061", False),   # blue just above 0x60
    ("FF000000", False),   # black
])
def test_red_threshold_decides_mandatory_columns(rules: RuleSet, rgb: str, is_red: bool) -> None:
    # Only First Name and Employee ID carry the colour. When it is red they are the mandatory
    # columns; when it is not, no header is red and the default mandatory columns apply.
    row = officer_row(1, last_name=None, employee_id=None)
    report = check(rules, make_template([row], red={"First Name", "Employee ID"}, red_rgb=rgb))
    expected = (2, "employee_id", "missing_mandatory") if is_red else (2, "last_name", "missing_mandatory")
    assert errs(report) == {expected}


def _coloured_header(color: Color, theme: str | None = None) -> bytes:
    def fill(ws: Worksheet) -> None:
        put_header(ws, 1, red={"First Name", "Employee ID"}, red_font=Font(bold=True, color=color))
        put_row(ws, 2, officer_row(1, last_name=None, employee_id=None))
    return workbook(fill, theme=theme)


@pytest.mark.parametrize("index, is_red", [(10, True), (16, False), (53, False)])
def test_indexed_header_colours(rules: RuleSet, index: int, is_red: bool) -> None:
    # legacy palette: 10 is FF0000, 16 is 800000 (dark red), 53 is FF6600 (orange)
    report = check(rules, _coloured_header(Color(indexed=index)))
    expected = (2, "employee_id", "missing_mandatory") if is_red else (2, "last_name", "missing_mandatory")
    assert errs(report) == {expected}


def _theme_with_red_accent2() -> str:
    from openpyxl.writer.theme import theme_xml
    assert '<a:srgbClr val="C0504D"/>' in theme_xml
    return theme_xml.replace('<a:srgbClr val="C0504D"/>', '<a:srgbClr val="FF0000"/>')


@pytest.mark.parametrize("theme_index, is_red", [(5, True), (1, False)])
def test_theme_header_colours(rules: RuleSet, theme_index: int, is_red: bool) -> None:
    # The workbook's theme makes accent2 (theme colour 5) FF0000; theme colour 1 is the dark text colour.
    report = check(rules, _coloured_header(Color(theme=theme_index), theme=_theme_with_red_accent2()))
    expected = (2, "employee_id", "missing_mandatory") if is_red else (2, "last_name", "missing_mandatory")
    assert errs(report) == {expected}


def test_non_default_red_column_is_mandatory_and_default_ones_are_not(rules: RuleSet) -> None:
    red = {"First Name", "Location", "Employee ID"}
    rows = [officer_row(1, location=None, employee_id="E1", designation=None, mobile=None),
            officer_row(2, employee_id=None)]
    assert errs(check(rules, make_template(rows, red=red))) == {
        (2, "location", "missing_mandatory"), (3, "employee_id", "missing_mandatory")}


@pytest.mark.parametrize("red", [None, ()], ids=["red-headers", "no-red-header"])
def test_each_mandatory_cell(rules: RuleSet, red: tuple[str, ...] | None) -> None:
    # row n+1 leaves column KEYS[n] empty; only the mandatory ones are errors
    rows = [officer_row(n, **{key: None}) for n, key in enumerate(KEYS[1:], start=1)]
    report = check(rules, make_template(rows, red=red))
    assert report.data_rows == len(KEYS) - 1
    assert errs(report) == {(n + 1, key, "missing_mandatory") for n, key in enumerate(KEYS[1:], start=1)
                            if key in DEFAULT_MANDATORY}


@pytest.mark.parametrize("blank", ["   ", "\t"])
def test_whitespace_only_mandatory_cell_is_empty(rules: RuleSet, blank: str) -> None:
    report = check(rules, make_template([officer_row(1, designation=blank)]))
    assert errs(report) == {(2, "designation", "missing_mandatory")}


@pytest.mark.parametrize("red", [None, ()], ids=["red-headers", "no-red-header"])
def test_row_with_only_a_serial_number_is_a_data_row(rules: RuleSet, red: tuple[str, ...] | None) -> None:
    report = check(rules, make_template([officer_row(1), [2]], red=red))
    assert report.data_rows == 2
    assert errs(report) == {(3, key, "missing_mandatory") for key in DEFAULT_MANDATORY}


# --------------------------------------------------------------------------- data rows

def test_whitespace_only_rows_are_not_data_rows(rules: RuleSet) -> None:
    rows = [officer_row(1), ["  ", " ", "\t", None, "   "], officer_row(3, first_name="R")]
    report = check(rules, make_template(rows))
    assert report.data_rows == 2
    assert errs(report) == {(4, "first_name", "initials_in_name")}


def test_empty_row_between_data_rows_is_skipped(rules: RuleSet) -> None:
    data = layout(1, {2: officer_row(1), 4: officer_row(2, last_name="R"), 7: officer_row(3, mobile="1")})
    report = check(rules, data)
    assert report.data_rows == 3
    assert errs(report) == {(4, "last_name", "initials_in_name"), (7, "mobile", "invalid_mobile")}


def test_header_only_has_no_data_rows(rules: RuleSet) -> None:
    report = check(rules, make_template([]))
    assert report.is_template
    assert report.data_rows == 0
    assert report.errors == ()


# --------------------------------------------------------------------------- initials_in_name

@pytest.mark.parametrize("key, name, initials", [
    ("first_name", "R", True), ("last_name", "R.", True), ("first_name", "R K", True),
    ("last_name", "R.K.", True), ("first_name", "Ravi", False), ("last_name", "Om", False),
])
def test_initials_in_name(rules: RuleSet, key: str, name: str, initials: bool) -> None:
    report = check(rules, make_template([officer_row(1, **{key: name})]))
    assert errs(report) == ({(2, key, "initials_in_name")} if initials else set())


def test_initial_as_middle_name_is_allowed(rules: RuleSet) -> None:
    assert check(rules, make_template([officer_row(1, middle_name="R.")])).errors == ()


# --------------------------------------------------------------------------- invalid_date

@pytest.mark.parametrize("key, value", [
    ("date_of_birth", "31/04/1993"), ("date_of_joining", "29/02/2023"), 
    ("date_of_joining", "2015-10-20"), ("date_of_birth", "14 June 1980"), ("date_of_joining", "not known"),
])
def test_not_a_date(rules: RuleSet, key: str, value: str) -> None:
    # both dates get the same bad value; the other one stays valid for the age rule
    row = officer_row(1, **{"date_of_birth": "14/06/1980", "date_of_joining": "20/10/2015", key: value})
    assert errs(check(rules, make_template([row]))) == {(2, key, "invalid_date")}


@pytest.mark.parametrize("birth, joining", [
    ("14-06-1998", "27.10.2025"),
    ("29/02/1996", "10/11/2025"),              # a leap day; joining on the mail's own date
    (dt.datetime(1998, 6, 14), dt.date(2025, 11, 10)),   # real spreadsheet dates
    (dt.date(1998, 6, 14), "27-10-2025"),
])
def test_valid_dates(rules: RuleSet, birth: Any, joining: Any) -> None:
    row = officer_row(1, date_of_birth=birth, date_of_joining=joining)
    assert check(rules, make_template([row])).errors == ()


@pytest.mark.parametrize("key, value", [
    ("date_of_joining", "11/11/2025"),
    ("date_of_joining", dt.date(2025, 11, 11)),
    ("date_of_birth", "11.11.2025"),
])
def test_date_after_the_mail_date(rules: RuleSet, key: str, value: Any) -> None:
    row = officer_row(1, **{"date_of_birth": "14/06/1998", "date_of_joining": "27/10/2025", key: value})
    assert (2, key, "invalid_date") in errs(check(rules, make_template([row])))


@pytest.mark.parametrize("birth, joining, too_young", [
    ("14/06/2000", "13/06/2018", True),
    ("14/06/2000", "14/06/2018", False),
    ("14/06/2010", "27/10/2025", True),
    (dt.date(2000, 6, 14), dt.date(2018, 6, 13), True),   # real spreadsheet dates
])
def test_joining_before_age_eighteen(rules: RuleSet, birth: Any, joining: Any, too_young: bool) -> None:
    row = officer_row(1, date_of_birth=birth, date_of_joining=joining)
    report = check(rules, make_template([row]))
    assert errs(report) == ({(2, "date_of_joining", "invalid_date")} if too_young else set())


# --------------------------------------------------------------------------- invalid_mobile

@pytest.mark.parametrize("mobile, valid", [
    ("6000000000", True), ("+91 98765 43210", True), ("+91-98765-43210", True), ("09876543210", True),
    (9876543210, True), (9876543210.0, True),
    ("987654321", False), ("5876543210", False), ("98765abcde", False), (5876543210, False),
])
def test_mobile_numbers(rules: RuleSet, mobile: Any, valid: bool) -> None:
    report = check(rules, make_template([officer_row(1, mobile=mobile)]))
    assert errs(report) == (set() if valid else {(2, "mobile", "invalid_mobile")})


# --------------------------------------------------------------------------- invalid_email, generic_alt_email

@pytest.mark.parametrize("address, valid", [
    ("sravani.k+cbic@gmail.com", True),
    ("sravani.gmail.com", False), ("sravani kolluri@gmail.com", False), ("sravani@gmail..com", False),
])
def test_alternate_email_validity(rules: RuleSet, address: str, valid: bool) -> None:
    report = check(rules, make_template([officer_row(1, alt_email=address)]))
    assert errs(report) == (set() if valid else {(2, "alt_email", "invalid_email")})


@pytest.mark.parametrize("address, generic", [
    ("ravi.kumar@icegate.gov.in", True), ("RAVI.KUMAR@ICEGATE.GOV.IN", True),
    ("cgstrange2.lucknow@gmail.com", True), ("sysmgr.vtz1@icegate.gov.in", True),
    ("ravi.menon82@gmail.com", False),
])
def test_generic_alternate_email(rules: RuleSet, address: str, generic: bool) -> None:
    report = check(rules, make_template([officer_row(1, alt_email=address)]))
    assert errs(report) == ({(2, "alt_email", "generic_alt_email")} if generic else set())


# --------------------------------------------------------------------------- duplicates

M = "9842481941"


@pytest.mark.parametrize("mobiles, expected_rows", [
    ([M, M], {3}),
    ([M, M, M], {3, 4}),
    (["+91 98424 81941", "9842481942", M], {4}),
    ([9842481941, "98424-81941"], {3}),
    ([M, "9842481942", "9842481943"], set()),
])
def test_duplicate_mobile_repeats_a_row_above(rules: RuleSet, mobiles: list[Any], expected_rows: set[int]) -> None:
    rows = [officer_row(n, mobile=m) for n, m in enumerate(mobiles, start=1)]
    report = check(rules, make_template(rows))
    assert errs(report) == {(r, "mobile", "duplicate_mobile") for r in expected_rows}


def test_duplicate_mobile_across_a_blank_row_and_titles(rules: RuleSet) -> None:
    data = layout(3, {4: officer_row(1, mobile=M), 6: officer_row(2, mobile=M)}, above={1: ["SSO ID creation"]})
    assert errs(check(rules, data)) == {(6, "mobile", "duplicate_mobile")}


A = "sravani.kolluri@gmail.com"


@pytest.mark.parametrize("addresses, expected_rows", [
    ([A, A], {3}),
    ([A, A, A], {3, 4}),
    ([A, "sravani.kolluri@GMAIL.COM"], {3}),
    ([A, "sravani.kolluri@yahoo.com", "priya.sharma@gmail.com"], set()),
])
def test_duplicate_alt_email_repeats_a_row_above(rules: RuleSet, addresses: list[str],
                                                 expected_rows: set[int]) -> None:
    rows = [officer_row(n, alt_email=a) for n, a in enumerate(addresses, start=1)]
    report = check(rules, make_template(rows))
    assert errs(report) == {(r, "alt_email", "duplicate_alt_email") for r in expected_rows}


# --------------------------------------------------------------------------- unreadable

def _zip_of_text() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return out.getvalue()


@pytest.mark.parametrize("data", [
    b"S.No.,First Name,Last Name\n1,Ravi,Kumar\n",
    _zip_of_text(),
    make_template([officer_row(1)])[:300],
], ids=["csv-bytes", "zip-not-xlsx", "truncated-xlsx"])
def test_unreadable_file(rules: RuleSet, data: bytes) -> None:
    assert errs(check(rules, data)) == {(0, "", "unreadable")}


# --------------------------------------------------------------------------- through triage

def test_triage_clean_template_acknowledged(run_triage: Callable[..., Any]) -> None:
    verdict = run_triage(triage_mail(make_template([officer_row(1)])))
    assert verdict.sender_kind == "icegate"
    assert verdict.request_type == "sso_creation"
    assert sorted(a.kind for a in verdict.attachments) == ["service_book", "template"]
    assert set(verdict.missing) == set()
    assert verdict.template_errors == ()
    assert verdict.action == "acknowledge"


def test_triage_template_errors_add_nothing_to_missing(run_triage: Callable[..., Any]) -> None:
    rows = [officer_row(1, first_name="R", mobile="12345"),
            officer_row(2, designation=None, alt_email="cgstrange2.lucknow@gmail.com"),
            officer_row(3, alt_email="ravi.kumar@icegate.gov.in", mobile=officer_row(2)[7])]
    verdict = run_triage(triage_mail(make_template(rows, title_rows=["SSO ID creation template"])))
    assert verdict.request_type == "sso_creation"
    assert set(verdict.missing) == set()
    assert {(e.row, e.column, e.code) for e in verdict.template_errors} == {
        (3, "first_name", "initials_in_name"), (3, "mobile", "invalid_mobile"),
        (4, "designation", "missing_mandatory"), (4, "alt_email", "generic_alt_email"),
        (5, "alt_email", "generic_alt_email"), (5, "mobile", "duplicate_mobile")}
    assert verdict.action == "request_missing"


def test_triage_dates_judged_against_the_mail_date(run_triage: Callable[..., Any]) -> None:
    sent = dt.datetime(2025, 10, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    rows = [officer_row(1, date_of_joining="27/10/2025"), officer_row(2, date_of_joining="30/09/2025")]
    verdict = run_triage(triage_mail(make_template(rows), date=sent))
    assert set(verdict.missing) == set()
    assert {(e.row, e.column, e.code) for e in verdict.template_errors} == {(2, "date_of_joining", "invalid_date")}
    assert verdict.action == "request_missing"


def test_triage_unreadable_template(run_triage: Callable[..., Any]) -> None:
    verdict = run_triage(triage_mail(b"this is not a spreadsheet at all"))
    assert "template" in [a.kind for a in verdict.attachments]
    assert {(e.row, e.column, e.code) for e in verdict.template_errors} == {(0, "", "unreadable")}
    assert set(verdict.missing) == set()
    assert verdict.action == "request_missing"


def test_triage_template_recognised_by_header_whatever_its_name(run_triage: Callable[..., Any]) -> None:
    verdict = run_triage(triage_mail(make_template([officer_row(1, last_name="K")]), filename="officers.xlsx"))
    assert "template" in [a.kind for a in verdict.attachments]
    assert {(e.row, e.column, e.code) for e in verdict.template_errors} == {(2, "last_name", "initials_in_name")}
    assert set(verdict.missing) == set()
