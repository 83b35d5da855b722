"""A maild deployment for the console's tests: a Maildir, SQLite, a file or SMTP outbox, operators.

`Deployment` delivers corpus mails (and any others), runs a pass, and builds the
console's Flask app over it with a clock the test moves. `hostile_mail()`,
`follow_up()` and `bounce_of()` build the mails the operators' features are
tried with; `serve()` runs an app under waitress on a free loopback port.
"""

from __future__ import annotations

import datetime as dt
import email
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from flask import Flask

from builders import make_mail
from maild import bootstrap
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.app.ports import Sender
from maild.config import load_settings
from maild.interfaces.web import add_user, create_app, users_path
from maild.interfaces.web.serve import server
from paths import SHARED

MAILS = SHARED / "corpus" / "mails"
SECRET = "test-secret-0123456789abcdef"
PASSWORD = "correct horse battery"
UNKNOWN, TEMPLATE, CERTIFICATE = ("034-unknown-mailbox-quota.eml", "006-creation-acl-admin-invalid-dates.eml",
                                  "012-creation-certification-letter.eml")


class Clock:
    """The time the deployment and its console see: the real time, moved on by the test (the mails'
    arrival times are the database's own, so the two must not drift apart)."""

    def __init__(self) -> None:
        self.offset = dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc) + self.offset

    @property
    def now(self) -> dt.datetime:
        return self()

    def advance(self, **span: float) -> None:
        self.offset += dt.timedelta(**span)


class Deployment:
    """A service with corpus mails decided, and the operator asha."""

    def __init__(self, tmp_path: Path, names: tuple[str, ...] = (UNKNOWN, TEMPLATE, CERTIFICATE), *,
                 sender: Sender | None = None, web: str = "", smtp: str = '[smtp]\nkind = "file"\n') -> None:
        tmp_path.mkdir(parents=True, exist_ok=True)
        cfg = tmp_path / "maild.toml"
        cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n' + smtp
                       + ("[web]\n" + web if web else ""), encoding="utf-8")
        self.tmp, self.config, self.clock = tmp_path, cfg, Clock()
        self.settings = load_settings(cfg, required=True, environ={})
        self.service = bootstrap.worker(self.settings, inbox=MaildirInbox(tmp_path / "mail", name="test"),
                                        sender=sender, clock=self.clock)  # the outbox of [smtp]
        self.deliver(*[(MAILS / name).read_bytes() for name in names])
        add_user(users_path(self.settings), "asha", PASSWORD)

    def deliver(self, *mails: bytes) -> None:
        for raw in mails:
            deliver(self.tmp / "mail", raw, f"m{abs(hash(raw))}")
        self.service.run_pass()

    def ref(self, subject_part: str, status: str = "") -> str:
        return next(r["ref"] for r in self.service.review.queue(status=status) if subject_part in r["subject"])

    def app(self, **kwargs: Any) -> Flask:
        app = create_app(self.settings, lambda: self.service.review, secret=SECRET, clock=self.clock, **kwargs)
        app.testing = True
        return app

    def outbox(self) -> list[EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
                for p in sorted((self.tmp / "outbox").glob("*.eml"))]


def hostile_mail() -> bytes:
    """An HTML-only mail whose every field tries to run script in the operator's browser."""
    html = ('<html><head><script>alert("head")</script></head><body>'
            '<p>Sir, kindly check <b>my</b> request.</p><script>document.title="owned"</script>'
            '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">click</a>'
            '<p>Regards,<br>Xavier &lt;script&gt;</p></body></html>')
    msg = EmailMessage()
    msg["From"] = '"<script>alert(3)</script>" <x.ray@icegate.gov.in>'
    msg["To"] = "saksham.seva@icegate.gov.in"
    msg["Subject"] = '<img src=x onerror=alert(4)> mailbox quota'
    msg["Message-ID"] = "<hostile.1@icegate.gov.in>"
    msg["Authentication-Results"] = ("mx.icegate.gov.in; dkim=pass header.d=icegate.gov.in; spf=pass "
                                     "smtp.mailfrom=icegate.gov.in; dmarc=pass header.from=icegate.gov.in")
    msg.set_content(html, subtype="html")
    msg.add_attachment(b"<script>alert(5)</script>", maintype="text", subtype="html",
                       filename='"><script>alert(6)</script>.html')
    return msg.as_bytes()


def follow_up(sender: str, subject: str, body: str, in_reply_to: str = "") -> bytes:
    headers = {"In-Reply-To": in_reply_to, "References": in_reply_to} if in_reply_to else {}
    return make_mail(sender=sender, subject=subject, body=body, headers=headers)


def bounce_of(message_id: str, recipient: str, diagnostic: str = "552 5.2.2 Mailbox full: quota exceeded") -> bytes:
    """A delivery report (RFC 3464) saying our reply could not be delivered, as Postfix writes it."""
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.icegate.gov.in>\nTo: saksham.seva@icegate.gov.in\n"
            f"Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
            f"Message-ID: <bounce-{abs(hash(message_id))}@mx.icegate.gov.in>\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
            f"--B\nContent-Type: text/plain\n\nYour message could not be delivered to one or more recipients.\n\n"
            f"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\n"
            f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: 5.2.2\n"
            f"Diagnostic-Code: smtp; {diagnostic}\n\n"
            f"--B\nContent-Type: text/rfc822-headers\n\nFrom: Saksham Seva <saksham.seva@icegate.gov.in>\n"
            f"Message-ID: {message_id}\nSubject: Re: your request\n\n--B--\n").encode()


@contextmanager
def serve(app: Flask, **options: Any) -> Iterator[str]:
    """The app under waitress on a free loopback port: its base URL while the block runs."""
    running = server(app, "127.0.0.1", 0, **options)
    stopping = threading.Event()

    def run() -> None:
        try:
            running.run()
        except (OSError, ValueError):  # its sockets closed under its select(): the way it stops here
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{running.effective_port}"
    finally:
        stopping.set()
        running.close()
        thread.join(5)
