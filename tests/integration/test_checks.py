"""`maild check-config` and `maild doctor` say plainly what is wrong, and where."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from maild.interfaces.cli import main
from maild.adapters.templates import default_templates_dir, environment
from maild.adapters.rules import default_rules_dir
from servers import Dovecot, SmtpSink


def write_config(tmp_path: Path, body: str) -> Path:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n' + body)
    return cfg


def test_a_clean_config_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", str(write_config(tmp_path, ""))]) == 0
    assert "fine" in capsys.readouterr().out


def test_a_broken_template_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(default_templates_dir(), templates)
    (templates / "reply" / "acknowledge.txt.j2").write_text("Subject: x\n{{ v.no_such_field.deeper }}\n")
    environment.cache_clear()
    cfg = write_config(tmp_path, 'templates = "templates"\n')
    assert main(["check-config", "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert "acknowledge.txt.j2" in out and "UndefinedError" in out


def test_broken_rules_and_settings_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "requests.toml").write_text((rules / "requests.toml").read_text().replace("threshold = 3", "threshold = 'x'"))
    cfg = write_config(tmp_path, 'rules = "rules"\n[reminders]\nweekly_off = ["funday"]\n[mailbox]\nkind = "pop3"\n')
    assert main(["check-config", "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert "requests.toml: threshold must be a number" in out
    assert "'funday' is not a day of the week" in out
    assert "[mailbox] kind must be 'maildir' or 'imap'" in out


def test_doctor_reports_what_works(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink,
                                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", dovecot.password)
    cfg = write_config(tmp_path, f'[mailbox]\nkind = "imap"\n[imap]\nport = {dovecot.port}\nsecurity = "plain"\n'
                                 f'username = "{dovecot.user}"\n[smtp]\nkind = "smtp"\nport = {smtp_sink.port}\n'
                                 'security = "plain"\n')
    assert main(["doctor", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "database  works" in out and "mailbox   works" in out and "smtp      works" in out


def test_doctor_reports_what_fails(tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from servers import free_port

    monkeypatch.setenv("MAILD_IMAP_PASSWORD", "wrong")
    cfg = write_config(tmp_path, f'[mailbox]\nkind = "imap"\n[imap]\nport = {dovecot.port}\nsecurity = "plain"\n'
                                 f'username = "{dovecot.user}"\ntimeout = 3.0\n[smtp]\nkind = "smtp"\n'
                                 f'port = {free_port()}\nsecurity = "plain"\ntimeout = 3.0\n')
    assert main(["doctor", "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert "mailbox   FAILS" in out and "smtp      FAILS" in out and "database  works" in out
