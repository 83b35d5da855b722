"""The composition root: adapters built from Settings, in one place, on demand.

Nothing is constructed at import time; the CLI and the daemon call these.
"""

from __future__ import annotations

from maild.adapters.db import Store
from maild.config import Settings
from maild.errors import ConfigError
from maild.app.ports import Inbox, Sender


def build_store(settings: Settings) -> Store:
    url = settings.db_url()
    if url.startswith("sqlite:///"):
        settings.paths.data.mkdir(parents=True, exist_ok=True)
    return Store.open(url)


def build_inbox(settings: Settings) -> Inbox:
    box = settings.section("mailbox")
    kind = box["kind"]
    if kind == "maildir":
        from maild.adapters.inbox_maildir import MaildirInbox

        return MaildirInbox(settings.data_path(box["maildir"]), name=box["name"])
    if kind == "imap":
        from maild.adapters.inbox_imap import ImapInbox, ImapSettings

        imap = settings.section("imap")
        if imap["security"] not in ("tls", "starttls", "plain"):
            raise ConfigError("[imap] security must be 'tls', 'starttls' or 'plain'")
        cfg = ImapSettings(host=imap["host"], port=imap["port"], security=imap["security"],
                           username=imap["username"], password=settings.secret("imap"), folder=imap["folder"],
                           timeout=imap["timeout"], idle=imap["idle"], idle_refresh=min(imap["idle_refresh"], 1740.0),
                           check_interval=imap["check_interval"])
        return ImapInbox(cfg, name=box["name"], batch=box["batch"])
    raise ConfigError(f"[mailbox] kind must be 'maildir' or 'imap', not {kind!r}")


def build_sender(settings: Settings) -> Sender:
    smtp = settings.section("smtp")
    if smtp["kind"] == "file":
        from maild.adapters.outbox_files import FileSender

        return FileSender(settings.data_path(smtp["outbox"]))
    if smtp["kind"] == "smtp":
        from maild.adapters.outbox_smtp import SmtpSender, SmtpSettings

        if smtp["security"] not in ("tls", "starttls", "plain"):
            raise ConfigError("[smtp] security must be 'tls', 'starttls' or 'plain'")
        return SmtpSender(SmtpSettings(smtp["host"], smtp["port"], smtp["security"], smtp["username"],
                                       settings.secret("smtp"), smtp["timeout"], copy_to=smtp["copy_to"]))
    raise ConfigError(f"[smtp] kind must be 'file' or 'smtp', not {smtp['kind']!r}")
