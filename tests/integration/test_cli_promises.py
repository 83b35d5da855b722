"""The command line keeps the README's promises: exit codes, check-config, the dry run, help.

Exit codes: 0 done, 1 a real error, 2 usage, 75 an outage of the mailbox, the
SMTP server or the database (try again later). The outages are real: a port
nothing listens on, and a Dovecot that refuses a wrong password for the 1.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from builders import make_mail
from maild.adapters.inbox_maildir import deliver
from maild.interfaces.cli import _parser, main
from servers import Dovecot, free_port

EX_TEMPFAIL = 75
RESET = make_mail(subject="Password reset of SSO ID",
                  body="Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\n"
                       "Name: Ravi Kumar\nDesignation: Inspector\nSSO ID: 61834027\nMobile No.: 9482261796\n\n"
                       "Regards,\nRavi Kumar\n")


def config(tmp_path: Path, body: str = "") -> Path:
    path = tmp_path / "maild.toml"
    path.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n' + body)
    return path


@pytest.fixture
def no_secrets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("MAILD_IMAP_PASSWORD", "MAILD_SMTP_PASSWORD", "MAILD_WEB_SECRET"):
        monkeypatch.delenv(name, raising=False)
    yield


# ----------------------------------------------------------------------------- exit codes


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["poll", "--no-such-option"])
    assert exc.value.code == 2


def test_a_wrong_config_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "maild.toml"
    path.write_text("[mailbox]\nkind = 3\n")
    assert main(["poll", "--config", str(path)]) == 1
    assert "[mailbox] kind must be a string" in capsys.readouterr().err


def test_a_refused_imap_login_exits_1_not_75(tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", "not-the-password")
    path = tmp_path / "maild.toml"
    path.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "imap"\n[imap]\nport = {dovecot.port}\n'
                    f'security = "plain"\nusername = "{dovecot.user}"\n')
    assert main(["poll", "--config", str(path)]) == 1
    assert "refused the login" in capsys.readouterr().err


def test_a_mailbox_out_of_reach_exits_75(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", "secret")
    path = tmp_path / "maild.toml"
    path.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "imap"\n[imap]\nport = {free_port()}\n'
                    'security = "plain"\nusername = "helpdesk"\ntimeout = 5.0\n')
    assert main(["poll", "--config", str(path)]) == EX_TEMPFAIL
    assert "nothing is lost" in capsys.readouterr().err


def test_a_database_out_of_reach_exits_75(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path, f'[db]\nurl = "postgresql+psycopg://maild@127.0.0.1:{free_port()}/maild"\n')
    assert main(["poll", "--config", str(cfg)]) == EX_TEMPFAIL
    assert "the database could not be used" in capsys.readouterr().err


def test_an_smtp_server_out_of_reach_exits_75_with_the_reply_kept(tmp_path: Path, no_secrets: None,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path, f'[smtp]\nkind = "smtp"\nport = {free_port()}\nsecurity = "plain"\ntimeout = 5.0\n')
    deliver(tmp_path / "mail", RESET, "1.reset")
    assert main(["poll", "--config", str(cfg)]) == EX_TEMPFAIL
    assert "stay queued" in capsys.readouterr().err
    assert main(["status", "--config", str(cfg), "--json"]) == 0
    assert '"pending": 1' in capsys.readouterr().out


# ----------------------------------------------------------------------------- check-config


def test_check_config_refuses_an_imap_mailbox_without_username_or_password(
        tmp_path: Path, no_secrets: None, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "maild.toml"
    path.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "imap"\n')
    assert main(["check-config", "--config", str(path)]) == 1
    assert "[imap] username is empty" in capsys.readouterr().out
    path.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "imap"\n[imap]\nusername = "helpdesk"\n')
    assert main(["check-config", "--config", str(path)]) == 1
    assert "[imap] no password: the environment variable MAILD_IMAP_PASSWORD is not set" in capsys.readouterr().out


def test_check_config_warns_about_each_unsafe_setting(tmp_path: Path, no_secrets: None,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", str(config(tmp_path, '[triage]\nsandbox = false\n'))]) == 0
    warnings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning: ")]
    for setting in ("[triage] authserv_ids is empty", "[web] no session secret", "[web] cookie_secure is off",
                    "[triage] sandbox = false", "[replies] operators is empty"):
        assert sum(setting in w for w in warnings) == 1, (setting, warnings)


def test_an_empty_authserv_ids_on_an_imap_mailbox_is_warned_loudly_by_check_config_and_doctor(
        tmp_path: Path, no_secrets: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", "secret")
    imap = config(tmp_path, f'[imap]\nhost = "127.0.0.1"\nport = {free_port()}\nusername = "helpdesk"\n'
                            'security = "plain"\ntimeout = 1.0\n').read_text().replace('kind = "maildir"', 'kind = "imap"')
    (tmp_path / "maild.toml").write_text(imap)
    assert main(["check-config", "--config", str(tmp_path / "maild.toml")]) == 0
    assert "authserv_ids is empty on an IMAP mailbox: ANY Authentication-Results" in capsys.readouterr().out
    main(["doctor", "--config", str(tmp_path / "maild.toml")])  # the mailbox is out of reach: it FAILS
    out = capsys.readouterr().out
    assert "mailbox   FAILS" in out and "authserv_ids is empty on an IMAP mailbox" in out
    quiet = config(tmp_path, '[triage]\nauthserv_ids = ["mx.icegate.gov.in"]\n')
    main(["doctor", "--config", str(quiet)])
    assert "authserv_ids is empty" not in capsys.readouterr().out


def test_check_config_is_quiet_about_a_production_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from maild.config import load_settings
    from maild.interfaces.checks import unsafe_settings

    monkeypatch.setenv("MAILD_WEB_SECRET", "s" * 32)
    settings = load_settings(config(tmp_path, '[triage]\nauthserv_ids = ["mx.icegate.gov.in"]\n'
                                              '[replies]\noperators = ["ops@icegate.gov.in"]\n'), required=True)
    values = {**settings.values, "web": {**settings.values["web"], "cookie_secure": True}}
    assert unsafe_settings(type(settings)(settings.source, settings.paths, values, settings.raw, settings.env)) == []


# ----------------------------------------------------------------------------- the dry run


def test_a_dry_run_creates_nothing_and_speaks_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path)
    deliver(tmp_path / "mail", RESET, "1.reset")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(["poll", "--dry-run", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "would send an acknowledgement with the case reference and file it in Processed" in out
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before, "no database, lock or folder"


def test_a_dry_run_says_when_the_cut_off_keeps_replies_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "first-run"\n')
    deliver(tmp_path / "mail", RESET, "1.reset")
    assert main(["poll", "--dry-run", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "older than the cut-off: would record it and file it in Processed, with no reply" in out
    assert "1 mail(s) arrived before the cut-off" in out and "This is the first run" in out
    assert not (tmp_path / "maild.db").exists()


# ----------------------------------------------------------------------------- help and wording


def _arguments(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            for name, sub in action.choices.items():
                yield f"{path} {name}", argparse.Action([], name, help=name if name in helped else None)
                yield from _arguments(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


def test_every_command_and_argument_has_help() -> None:
    missing = [f"{where}: {a.option_strings or a.dest}" for where, a in _arguments(_parser(), "maild")
               if not a.help or a.help == argparse.SUPPRESS]
    assert missing == []


def test_the_action_of_a_decision_lists_its_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["review", "decide", "--help"])
    out = capsys.readouterr().out
    assert "{ignore,redirect,review,request_missing,acknowledge}" in out
    assert "ref" in out and "the case reference" in out


def test_maild_web_help_says_it_serves_the_console(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["web", "--help"])
    assert "`maild web` serves the operators' browser console" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", [["review", "list"], ["review", "show", "SS-2026-000001"], ["stats"]])
def test_reading_commands_take_no_operator(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*command, "--operator", "anita"])
    assert exc.value.code == 2


def test_stats_of_an_empty_store_say_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path)
    assert main(["poll", "--config", str(cfg)]) == 0  # a database, with nothing in it
    capsys.readouterr()
    assert main(["stats", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "median hours to acknowledge: none" in out and "None" not in out
    assert "mails by request type: none\n" in out and "mails by action:       none\n" in out
    assert "cases by status:       none\n" in out


@pytest.mark.parametrize("command", [["stats"], ["stats", "--json"], ["cases"], ["cases", "--due", "--json"],
                                     ["review", "list"], ["status"], ["db", "current"]])
def test_a_command_that_only_reads_creates_no_database(tmp_path: Path, command: list[str],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path)
    assert main([*command, "--config", str(cfg)]) == 0
    out, err = capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maild.toml"], "nothing created"
    said = out + err
    assert "no database yet" in said or "none yet" in said
    if "--json" in command:
        assert json.loads(out) in ([], {"mails_by_request_type": {}, "mails_by_action": {}, "cases_by_status": {},
                                        "median_hours_to_acknowledge": None, "median_hours_to_close": None})
    for shown in (["review", "show", "SS-2026-000001"], ["review", "attachment", "SS-2026-000001", "1"]):
        assert main([*shown, "--config", str(cfg)]) == 1
        assert "no case SS-2026-000001" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maild.toml"]


def test_the_readme_covers_every_command() -> None:
    from paths import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {where for where, action in _arguments(_parser(), "maild") if not action.option_strings
                and action.dest == where.rsplit(" ", 1)[-1]}
    assert commands and not [c for c in sorted(commands) if f"`{c}" not in readme]
