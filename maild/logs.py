"""Logging set up once: one structured line per event, never personal data.

Events carry identifiers (mail UID, case reference, action, request type),
never an address, a body, a date of birth or a mobile number. A filter masks
anything that slips through in a message (mobile numbers, DD/MM/YYYY dates,
e-mail addresses), so even a traceback cannot leak them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

LOGGER = logging.getLogger("maild")
_MASKS = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<address>"),
    (re.compile(r"(?<!\d)(?:\+?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}(?!\d)"), "<mobile>"),
    (re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)"), "<date>"),
)


def redact(text: str) -> str:
    for pattern, mask in _MASKS:
        text = pattern.sub(mask, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class _Formatter(logging.Formatter):
    def __init__(self, as_json: bool) -> None:
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] = getattr(record, "fields", {})
        if self.as_json:
            line = {"at": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname.lower(),
                    "event": record.getMessage(), **fields}
            text = json.dumps(line, ensure_ascii=False, default=str)
        else:
            pairs = " ".join(f"{k}={v}" for k, v in fields.items())
            text = f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%S')} {record.levelname.lower()} " \
                   f"{record.getMessage()} {pairs}".rstrip()
        if record.exc_text:
            text += "\n" + record.exc_text
        return text


def setup(level: str = "info", as_json: bool = False) -> None:
    """Configure maild's logger once (idempotent)."""
    for handler in list(LOGGER.handlers):
        LOGGER.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter(as_json))
    handler.addFilter(RedactingFilter())
    LOGGER.addHandler(handler)
    LOGGER.setLevel(level.upper())
    LOGGER.propagate = False


def event(name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one event with identifier fields (no personal data)."""
    LOGGER.log(level, name, extra={"fields": {k: redact(str(v)) for k, v in fields.items()}})
