"""One config, several mailboxes: each with its own address, folders, templates and cases."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

import pytest

from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.config import load_settings
from maild.runtime.daemon import Daemon
from maild.errors import ConfigError
from maild.adapters.templates import default_templates_dir, environment
from paths import SHARED

MAILS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}


def config(tmp_path: Path, extra: str = "") -> Path:
    templates = tmp_path / "eccs-templates"
    shutil.copytree(default_templates_dir(), templates, dirs_exist_ok=True)
    common = templates / "reply" / "_common.j2"
    common.write_text(common.read_text().replace("Toll free", "ECCS desk, toll free"))
    environment.cache_clear()
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "."
[mailbox]
kind = "maildir"
cutoff = "none"
[smtp]
kind = "file"

[[mailboxes]]
name = "saksham"
maildir = "mail-saksham"

[[mailboxes]]
name = "zonal"
address = "systems.wzu@icegate.gov.in"
maildir = "mail-zonal"
folder_acknowledge = "Done"
templates = "eccs-templates"
[mailboxes.replies]
from_name = "Systems, West Zonal Unit"
{extra}""")
    return cfg


def replies(tmp_path: Path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted((tmp_path / "outbox").glob("*.eml"))]


def test_each_mailbox_keeps_its_own_address_folders_and_wording(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    deliver(tmp_path / "mail-saksham", MAILS["015"], "1.m")
    deliver(tmp_path / "mail-zonal", MAILS["019"], "1.m")
    report = Daemon(load_settings(cfg, required=True, environ={})).poll()
    assert sorted(d["action"] for d in report.decided) == ["acknowledge", "acknowledge"]
    by_to = {m["To"]: m for m in replies(tmp_path)}
    zonal = by_to["pankaj.sharma3@icegate.gov.in"]
    saksham = by_to["lavanya.reddy.hyd@gmail.com"]
    assert zonal["From"].addresses[0].addr_spec == "systems.wzu@icegate.gov.in"
    assert zonal["From"].addresses[0].display_name == "Systems, West Zonal Unit"
    assert "ECCS desk" in zonal.get_content() and "ECCS desk" not in saksham.get_content()
    assert saksham["From"].addresses[0].addr_spec == "saksham.seva@icegate.gov.in"
    assert zonal["Message-ID"].endswith("@icegate.gov.in>")
    zonal_box = MaildirInbox(tmp_path / "mail-zonal")
    zonal_box.connect()
    assert zonal_box.folder_count("Done") == 1
    saksham_box = MaildirInbox(tmp_path / "mail-saksham")
    saksham_box.connect()
    assert saksham_box.folder_count("Processed") == 1


def test_one_mailbox_can_be_polled_alone(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    deliver(tmp_path / "mail-saksham", MAILS["015"], "1.m")
    deliver(tmp_path / "mail-zonal", MAILS["019"], "1.m")
    report = Daemon(load_settings(cfg, required=True, environ={}), mailbox="zonal").poll()
    assert len(report.decided) == 1
    with pytest.raises(ConfigError, match="no mailbox named 'nope'"):
        Daemon(load_settings(cfg, required=True, environ={}), mailbox="nope")


def test_mailbox_entries_are_validated(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown key colour"):
        load_settings(config(tmp_path, '\n[[mailboxes]]\nname = "x"\ncolour = "red"\n'), environ={})
    with pytest.raises(ConfigError, match="same name"):
        load_settings(config(tmp_path, '\n[[mailboxes]]\nname = "zonal"\n'), environ={})
