"""The text layer of a PDF, read lazily: only the first pages, only as far as needed.

A scanned order has no text layer and yields ''; a service book made from a
word processor does. pypdf parses the cross-reference table on demand, so
reading two pages of a 25 MB scan does not decode its images.
"""

from __future__ import annotations

import io
import logging


def pdf_text(data: bytes, max_pages: int, max_chars: int) -> str:
    """Text of the first pages, '' when the file has none or cannot be read."""
    if not data[:1024].lstrip().startswith(b"%PDF") or b"%%EOF" not in data[-2048:]:
        # Not a PDF, or a truncated or junk one: pypdf would scan all of it to recover.
        return ""
    # pypdf reports damaged files at ERROR level with strings taken from the file (font
    # encodings, object names): they would reach the daemon's stderr unfiltered. What a
    # damaged PDF costs is decided here (no text), so none of it is logged.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return ""
        chunks: list[str] = []
        total = 0
        for page in reader.pages[:max_pages]:
            text = page.extract_text() or ""
            chunks.append(text)
            total += len(text)
            if total >= max_chars:
                break
        return "\n".join(chunks)[:max_chars]
    except Exception:  # pypdf raises a wide range of errors on damaged files; none may cost the mail
        return ""
