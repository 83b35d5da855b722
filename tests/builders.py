"""Builders for realistic test mails and creation templates (shared by the tests).

Mails are built with the standard library's EmailMessage, so encodings and
MIME structure are what a real client produces; templates with openpyxl, with
red header fonts as the circulars' template has them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

HEADERS = ["S.No.", "First Name", "Middle Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)",
           "Date of Joining CBIC (DD/MM/YYYY)", "Mobile No.", "Alternate Email ID", "Commissionerate / Office",
           "Location", "Employee ID"]
RED_DEFAULT = {"First Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)",
               "Date of Joining CBIC (DD/MM/YYYY)", "Mobile No.", "Alternate Email ID", "Commissionerate / Office"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAIL_DATE = dt.datetime(2025, 11, 10, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))


def officer_row(n: int = 1, **over: Any) -> list[Any]:
    """One clean data row; keyword arguments override cells by column key."""
    row = {
        "serial": n, "first_name": "Sravani", "middle_name": None, "last_name": "Kolluri",
        "designation": "Inspector", "date_of_birth": "14/06/1998", "date_of_joining": "27/10/2025",
        "mobile": f"88424819{40 + n:02d}", "alt_email": f"sravani.kolluri{n}@gmail.com",
        "office": "Custom House, Visakhapatnam", "location": "Visakhapatnam", "employee_id": None,
    }
    row.update(over)
    return list(row.values())


def make_template(rows: Iterable[Sequence[Any]], *, headers: Sequence[str] = HEADERS,
                  red: Iterable[str] | None = None, title_rows: Sequence[str] = (),
                  red_rgb: str = "FFFF0000") -> bytes:
    """An .xlsx creation template: optional title rows, a header row, data rows."""
    red_set = set(RED_DEFAULT if red is None else red)
    wb = Workbook()
    ws = wb.active
    for title in title_rows:
        ws.append([title])
    ws.append(list(headers))
    header_row = ws.max_row
    for index, text in enumerate(headers, start=1):
        if text in red_set:
            ws.cell(header_row, index).font = Font(bold=True, color=red_rgb)
        else:
            ws.cell(header_row, index).font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def make_mail(*, sender: str = "Ravi Kumar <ravi.kumar@icegate.gov.in>", subject: str = "Request",
              body: str = "Sir,\n\nKindly do the needful.\n\nRegards,\nRavi Kumar\n",
              html: str | None = None, attachments: Sequence[tuple[str, bytes, str]] = (),
              headers: dict[str, str] | None = None, to: str = "Saksham Seva <saksham.seva@icegate.gov.in>",
              date: dt.datetime = MAIL_DATE, auth: str | None = "pass") -> bytes:
    """A mail as a client would send it, with the receiving server's Authentication-Results."""
    msg = EmailMessage()
    if auth:
        domain = sender.rpartition("@")[2].rstrip(">")
        msg["Authentication-Results"] = (f"mx.icegate.gov.in; dkim={auth} header.d={domain}; "
                                         f"spf={auth} smtp.mailfrom={domain}; dmarc={auth} header.from={domain}")
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain="test.example")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, data, ctype in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def make_pdf(text_lines: Sequence[str] | None) -> bytes:
    """A one-page PDF with the lines as its text layer, or an image-only page when None."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    if text_lines:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                 NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
        ops = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
        for line in text_lines:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1", "replace"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


SERVICE_BOOK_TEXT = ["GOVERNMENT OF INDIA", "Central Board of Indirect Taxes and Customs", "SERVICE BOOK",
                     "Part I - Bio-data (first page)", "1. Name in full (block letters) RAVI KUMAR",
                     "4. Date of birth (in figures) 14/06/1990", "7. Date of joining CBIC 20/10/2015"]
