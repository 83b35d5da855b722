"""The creation template check, cell by cell (spec/template.md).

openpyxl reads the workbook in read-only mode over the attachment's bytes
(no copy: BytesIO shares the buffer), with defusedxml in force against
entity expansion and external entities. Before openpyxl sees the file, the
zip's declared unpacked size and entry count are checked, so a zip bomb is
refused by its own directory, not by running out of memory.

Rows are reported as Excel shows them; columns by their key in the rules.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from maild.core.model import TemplateError, TemplateReport
from maild.core.ruleset import Column, TemplateRules
from maild.core.text import ascii_digits

_NORMALISE = re.compile(r"[\s.\-_]+")
_BRACKETS = re.compile(r"[(\[{][^)\]}]*[)\]}]")
_EMAIL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_MOBILE = re.compile(r"^(?:\+?91|0)?([6-9]\d{9})$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?\s*)+$", re.UNICODE)

UNREADABLE = (TemplateError(0, "", "unreadable"),)


def normalise_header(text: str) -> str:
    """'Date of Joining CBIC (DD/MM/YYYY)' -> 'dateofjoiningcbic'."""
    return _NORMALISE.sub("", _BRACKETS.sub("", text)).lower()


def normalise_mobile(value: str) -> str:
    """The 10-digit mobile number in a cell or text, or '' when it is not one."""
    digits = re.sub(r"[\s.\-()]", "", value)
    match = _MOBILE.match(digits)
    return match.group(1) if match else ""


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and ".." not in value


def check_template(data: bytes, rules: TemplateRules, mail_date: dt.date | None,
                   is_generic_email: Callable[[str], bool]) -> TemplateReport:
    """Check one workbook; a file that is no readable template says so, never raises."""
    refusal = _zip_refusal(data, rules)
    if refusal:
        return TemplateReport(False, UNREADABLE, note=refusal)
    try:
        rows = _read_rows(data, rules)
    except Exception as exc:  # openpyxl raises many types on broken files; all mean unreadable
        return TemplateReport(False, UNREADABLE, note=f"the workbook could not be read ({type(exc).__name__})")
    report = _check_rows(rows, rules, mail_date, is_generic_email)
    active = _active_content(data)
    if active and report.is_template:
        return TemplateReport(True, report.errors, report.data_rows, report.text, report.note,
                              review=f"the workbook carries {active}; a person must look at it")
    return report


_ACTIVE_PARTS = (("xl/vbaProject.bin", "macros"), ("xl/activeX/", "ActiveX controls"),
                 ("xl/embeddings/", "embedded objects"), ("xl/externalLinks/", "links to other files"))


def _active_content(data: bytes) -> str:
    """Macros, ActiveX, embedded objects or external links in a workbook, or ''."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    found = [label for prefix, label in _ACTIVE_PARTS if any(n.startswith(prefix) for n in names)]
    return ", ".join(found)


def _zip_refusal(data: bytes, rules: TemplateRules) -> str:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "an old-format (.xls) or password-protected workbook, not an .xlsx"
    if data[:4] != b"PK\x03\x04":
        return "not an .xlsx file (no zip signature)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        return f"a damaged .xlsx ({type(exc).__name__})"
    if len(entries) > rules.max_zip_entries:
        return f"the workbook has {len(entries)} parts, more than {rules.max_zip_entries}"
    unpacked = sum(e.file_size for e in entries)
    if unpacked > rules.max_unpacked_bytes:
        return f"the workbook declares {unpacked} bytes unpacked, more than {rules.max_unpacked_bytes}"
    return ""


class _Row:
    """One sheet row: its Excel number, its values and, for the header, which cells are red."""

    __slots__ = ("number", "values", "red")

    def __init__(self, number: int, values: list[Any], red: list[bool]) -> None:
        self.number, self.values, self.red = number, values, red


def _read_rows(data: bytes, rules: TemplateRules) -> list[_Row]:
    """The first sheet's rows up to the limits; header fonts read only while searching."""
    import openpyxl  # imported here: openpyxl is costly to import and only templates need it

    with warnings.catch_warnings():  # openpyxl warns about odd workbooks on stderr; the verdict says it
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        theme = theme_colours(getattr(workbook, "loaded_theme", None))
        sheet = workbook.worksheets[0]
        rows: list[_Row] = []
        limit = rules.header_search_rows + rules.max_rows
        for number, cells in enumerate(sheet.iter_rows(max_col=rules.max_columns), start=1):
            if number > limit:
                break
            number = getattr(cells[0], "row", None) or number if cells else number
            red = [_is_red(c, rules, theme) for c in cells] if number <= rules.header_search_rows else []
            rows.append(_Row(number, [getattr(c, "value", None) for c in cells], red))
        return rows
    finally:
        workbook.close()


def _is_red(cell: Any, rules: TemplateRules, theme: list[str]) -> bool:
    try:
        color = cell.font.color
    except (AttributeError, IndexError, KeyError, TypeError):
        return False
    if color is None:
        return False
    rgb = _rgb(color, theme)
    if len(rgb) != 6:
        return False
    try:
        red, green, blue = (int(rgb[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return red >= rules.red_min and green <= rules.other_max and blue <= rules.other_max


def _rgb(color: Any, theme: list[str]) -> str:
    """RGB hex of an openpyxl colour: rgb, an index of the legacy palette, or a theme colour."""
    from openpyxl.styles.colors import COLOR_INDEX

    kind = getattr(color, "type", None)
    if kind == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:]
    if kind == "indexed" and isinstance(color.indexed, int) and 0 <= color.indexed < len(COLOR_INDEX):
        return str(COLOR_INDEX[color.indexed])[-6:]
    if kind == "theme" and isinstance(color.theme, int) and 0 <= color.theme < len(theme):
        return _tinted(theme[color.theme], float(getattr(color, "tint", 0.0) or 0.0))
    return ""


# Excel numbers theme colours lt1, dk1, lt2, dk2, accent1-6, hlink, folHlink, while the
# theme part lists dk1, lt1, dk2, lt2, ...: the first two pairs are swapped.
_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
                "accent6", "hlink", "folHlink")


def theme_colours(theme_xml: bytes | None) -> list[str]:
    """The workbook theme's colours as RGB hex, in Excel's theme index order."""
    if not theme_xml:
        return []
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(theme_xml)
    except Exception:  # a damaged or hostile theme part only costs the theme colours
        return []
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    scheme = root.find(f".//{ns}clrScheme")
    if scheme is None:
        return []
    colours = {}
    for child in scheme:
        name = child.tag.replace(ns, "")
        value = next((c.get("val") or c.get("lastClr") for c in child), None)
        colours[name] = (value or "")[-6:]
    return [colours.get(name, "") for name in _THEME_ORDER]


def _tinted(rgb: str, tint: float) -> str:
    """Apply Excel's tint (lighten > 0, darken < 0) to an RGB hex colour."""
    if not tint or len(rgb) != 6:
        return rgb
    import colorsys

    try:
        r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return ""
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(hue, min(1.0, max(0.0, light)), sat)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


def _check_rows(rows: list[_Row], rules: TemplateRules, mail_date: dt.date | None,
                is_generic_email: Callable[[str], bool]) -> TemplateReport:
    header = _find_header(rows, rules)
    if header is None:
        return TemplateReport(False, note=f"no header row with '{_header_text(rules)}' in the first "
                                          f"{rules.header_search_rows} rows")
    columns, mandatory = _map_header(rows[header], rules)
    checker = _RowChecker(columns, mandatory, rules, mail_date, is_generic_email)
    data_rows = 0
    for row in rows[header + 1:]:
        if all(_empty(v) for v in row.values):
            continue
        data_rows += 1
        checker.check(row)
    return TemplateReport(True, tuple(sorted(set(checker.errors))), data_rows, " ".join(checker.text))


def _header_text(rules: TemplateRules) -> str:
    return next(c.header for c in rules.columns if c.key == rules.header_key)


def _find_header(rows: Sequence[_Row], rules: TemplateRules) -> int | None:
    wanted = _names_of(next(c for c in rules.columns if c.key == rules.header_key))
    for index, row in enumerate(rows[: rules.header_search_rows]):
        if any(isinstance(v, str) and normalise_header(v) in wanted for v in row.values):
            return index
    return None


def _names_of(column: Column) -> set[str]:
    return {normalise_header(column.header), *(normalise_header(a) for a in column.aliases)}


def _map_header(row: _Row, rules: TemplateRules) -> tuple[dict[str, int], set[str]]:
    """Column key -> cell index, and the mandatory keys (red headers, else the defaults)."""
    by_name = {name: col for col in rules.columns for name in _names_of(col)}
    columns: dict[str, int] = {}
    red: set[str] = set()
    for index, value in enumerate(row.values):
        if not isinstance(value, str):
            continue
        column = by_name.get(normalise_header(value))
        if column is None or column.key in columns:
            continue
        columns[column.key] = index
        if index < len(row.red) and row.red[index]:
            red.add(column.key)
    if red:
        return columns, red
    return columns, {c.key for c in rules.columns if c.mandatory}


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _RowChecker:
    """Checks data rows one by one, remembering mobiles and e-mails seen above."""

    def __init__(self, columns: dict[str, int], mandatory: set[str], rules: TemplateRules,
                 mail_date: dt.date | None, is_generic_email: Callable[[str], bool]) -> None:
        self.columns, self.mandatory, self.rules = columns, mandatory, rules
        self.mail_date, self.is_generic_email = mail_date, is_generic_email
        self.errors: list[TemplateError] = []
        self.mobiles: set[str] = set()
        self.emails: set[str] = set()
        self.text: list[str] = []

    def value(self, row: _Row, key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index >= len(row.values):
            return None
        return row.values[index]

    def add(self, row: _Row, key: str, code: str, cause: str = "") -> None:
        """A finding, with the cell as written (for the reply to quote) and which cause it is."""
        self.errors.append(TemplateError(row.number, key, code, cause, _shown(self.value(row, key))))

    def check(self, row: _Row) -> None:
        for key in sorted(self.mandatory):
            if key in self.columns and _empty(self.value(row, key)):
                self.add(row, key, "missing_mandatory")
            elif key not in self.columns:
                self.add(row, key, "missing_mandatory")
        self._names(row)
        self._dates(row)
        self._mobile(row)
        self._email(row)
        for key in self.rules.text_columns:
            text = self.value(row, key)
            if isinstance(text, str):
                self.text.append(text)

    def _names(self, row: _Row) -> None:
        for key in ("first_name", "last_name"):
            text = _text(self.value(row, key))
            if text and _INITIALS.match(text) and all(len(t) == 1 for t in re.split(r"[\s.]+", text) if t):
                self.add(row, key, "initials_in_name")

    def _dates(self, row: _Row) -> None:
        parsed: dict[str, dt.date | None] = {}
        for key in self.rules.date_columns:
            raw = self.value(row, key)
            if _empty(raw):
                continue
            day = parse_date(raw, self.rules.date_formats)
            if day is not None and day < self.rules.earliest_date:
                day = None  # also catches Excel's serial 60, the 29/02/1900 that never was
            if day is None or (self.mail_date is not None and day > self.mail_date):
                self.add(row, key, "invalid_date", "not_a_date" if day is None else "in_future")
                day = None
            parsed[key] = day
        birth, joining = parsed.get("date_of_birth"), parsed.get("date_of_joining")
        if birth and joining and joining < _add_years(birth, self.rules.min_joining_age):
            self.add(row, "date_of_joining", "invalid_date", "under_age")

    def _mobile(self, row: _Row) -> None:
        raw = self.value(row, "mobile")
        if _empty(raw):
            return
        number = normalise_mobile(_text(raw))
        if not number:
            self.add(row, "mobile", "invalid_mobile")
        elif number in self.mobiles:
            self.add(row, "mobile", "duplicate_mobile")
        else:
            self.mobiles.add(number)

    def _email(self, row: _Row) -> None:
        raw = self.value(row, "alt_email")
        if _empty(raw):
            return
        address = _text(raw).strip().strip("<>").removeprefix("mailto:")
        if not is_valid_email(address):
            self.add(row, "alt_email", "invalid_email")
            return
        if self.is_generic_email(address):
            self.add(row, "alt_email", "generic_alt_email")
        if address.lower() in self.emails:
            self.add(row, "alt_email", "duplicate_alt_email")
        self.emails.add(address.lower())


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(value: Any) -> str:
    """A cell as a reply may quote it: one line of at most 60 characters, dates as DD/MM/YYYY."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d/%m/%Y")
    text = " ".join(_CONTROL.sub(" ", _text(value)).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _text(value: Any) -> str:
    """A cell as the text Excel would show for an identifier (9876543210.0 -> '9876543210')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return ascii_digits(str(value)).strip()


def parse_date(value: Any, formats: Iterable[str]) -> dt.date | None:
    """A real spreadsheet date, or text in one of the formats; anything else is no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = ascii_digits(value).strip()
    for fmt in formats:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
