"""One Jinja2 environment over the templates folder, for replies and summaries.

StrictUndefined turns a missing value into an error at render time, and
`maild check-config` renders every template with sample data, so a typo in
a reply is found at deploy time rather than on a real mail.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

SHIPPED = Path(__file__).resolve().parent.parent / "templates"


def default_templates_dir() -> Path:
    inside = Path(__file__).resolve().parent / "templates"
    return inside if inside.is_dir() else SHIPPED


@lru_cache(maxsize=8)
def environment(folder: Path | None = None) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(folder or default_templates_dir())),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "htm"]),
        keep_trailing_newline=True,
    )


def render(name: str, folder: Path | None = None, **context: Any) -> str:
    """Render one template by name with the given context."""
    return environment(folder).get_template(name).render(**context)


def build_message(text: str, *, sender: str, recipient: str, message_id: str, in_reply_to: str,
                  references: tuple[str, ...], date: str) -> tuple[str, bytes]:
    """A reply's RFC 5322 bytes from rendered text whose first line is 'Subject: ...'.

    Returns (subject, bytes). Header values are folded to one line with control
    characters removed, so nothing the sender wrote can add a header.
    """
    from email.message import EmailMessage
    from email.policy import SMTP

    from maild.core.text import clean_header_text

    first, _, body = text.partition("\n")
    subject = clean_header_text(first.removeprefix("Subject:"))[:250]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = clean_header_text(in_reply_to)
    refs = " ".join(clean_header_text(r) for r in references if r)[:900]
    if refs:
        msg["References"] = refs
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(body.lstrip("\n"))
    return subject, msg.as_bytes()
