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


# ----------------------------------------------------------------------------- transport settings


def _check(tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    """check-config's exit code, its problems and its warnings."""
    code = main(["check-config", "--config", str(write_config(tmp_path, body))])
    lines = capsys.readouterr().out.splitlines()
    return (code, [line for line in lines if line.startswith("[")],
            [line.removeprefix("warning: ") for line in lines if line.startswith("warning: ")])


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", "secret")
    monkeypatch.setenv("MAILD_SMTP_PASSWORD", "secret")


def test_a_login_in_clear_to_another_machine_is_refused_before_the_daemon_starts(
        tmp_path: Path, passwords: None, capsys: pytest.CaptureFixture[str]) -> None:
    imap = '[mailbox]\nkind = "imap"\n[imap]\nhost = "imap.icegate.gov.in"\nsecurity = "plain"\nusername = "hd"\n'
    code, problems, _ = _check(tmp_path, imap, capsys)
    assert code == 1 and problems == ['[imap] security = "plain" to imap.icegate.gov.in: the login and every mail '
                                      'would cross the network in clear; "plain" is for loopback only (use "tls" '
                                      'or "starttls")']
    assert main(["poll", "--config", str(tmp_path / "maild.toml")]) == 1  # refused, never connected
    assert "imap.icegate.gov.in" in capsys.readouterr().err
    smtp = '[smtp]\nkind = "smtp"\nhost = "smtp.icegate.gov.in"\nsecurity = "plain"\nusername = "hd"\n'
    code, problems, _ = _check(tmp_path, smtp, capsys)
    assert code == 1 and len(problems) == 1 and problems[0].startswith(
        '[smtp] security = "plain" with a username to smtp.icegate.gov.in: AUTH would send the password in clear')
    for loopback in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        code, problems, warnings = _check(tmp_path, imap.replace("imap.icegate.gov.in", loopback)
                                          + smtp.replace("smtp.icegate.gov.in", loopback), capsys)
        assert (code, problems) == (0, []) and not any("security" in w for w in warnings), loopback


def test_replies_in_clear_to_another_machine_are_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, problems, warnings = _check(tmp_path, '[smtp]\nkind = "smtp"\nhost = "relay.cbic.gov.in"\n'
                                                'security = "plain"\n', capsys)
    assert (code, problems) == (0, [])
    assert sum(w.startswith('[smtp] security = "plain" to relay.cbic.gov.in: every reply') for w in warnings) == 1
    code, _, warnings = _check(tmp_path, '[smtp]\nkind = "smtp"\nhost = "relay.cbic.gov.in"\n', capsys)
    assert code == 0 and not any("[smtp]" in w for w in warnings)  # starttls, the default


@pytest.mark.parametrize(("web", "warned"), [
    ('host = "0.0.0.0"\n', "listens on every interface"),
    ('host = "0.0.0.0"\ntrusted_proxy = "10.0.0.2"\n', "listens on every interface"),
    ('host = "::"\n', "listens on every interface"),
    ('host = "10.0.0.5"\n', "with no [web] trusted_proxy"),
    ('host = "10.0.0.5"\ntrusted_proxy = "10.0.0.2"\n', ""),
    ('host = "127.0.0.1"\n', ""),
])
def test_a_console_open_to_the_network_without_a_tls_proxy_is_warned(
        tmp_path: Path, web: str, warned: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, problems, warnings = _check(tmp_path, "[web]\n" + web, capsys)
    assert (code, problems) == (0, [])
    hosts = [w for w in warnings if w.startswith("[web] host")]
    assert (len(hosts) == 1 and warned in hosts[0]) if warned else hosts == []
