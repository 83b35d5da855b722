"""`maild triage`: JSON Lines, the readable summary, unreadable files, exit codes; what any command
prints of a mail, cleaned for the terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builders import make_mail
from maild.interfaces.cli import main

RESET = make_mail(subject="Password reset of SSO ID",
                  body="Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\n"
                       "Name: Ravi Kumar\nDesignation: Inspector\nSSO ID: 61834027\nMobile No.: 9482261796\n\n"
                       "Regards,\nRavi Kumar\n")


@pytest.fixture()
def mail_file(tmp_path: Path) -> Path:
    path = tmp_path / "reset.eml"
    path.write_bytes(RESET)
    return path


def test_json_lines_carry_the_contract_fields(mail_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--json", str(mail_file)]) == 0
    record = json.loads(capsys.readouterr().out.strip())
    assert record["file"] == str(mail_file)
    for key in ("message_id", "sender", "sender_kind", "signature", "request_type", "attachments",
                "missing", "template_errors", "action", "reasons"):
        assert key in record
    assert (record["sender_kind"], record["request_type"], record["action"]) == \
        ("icegate", "password_reset", "acknowledge")


def test_unreadable_file_is_named_on_stderr_and_others_still_triaged(
        mail_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.eml"
    assert main(["triage", "--json", str(missing), str(tmp_path), str(mail_file)]) == 1, "not every file triaged"
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert str(missing) in errors[0] and "no such file" in errors[0]
    assert str(tmp_path) in errors[1] and "directory" in errors[1]
    assert main(["triage", "--json", str(mail_file)]) == 0


def test_readable_summary_speaks_plain_words(mail_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", str(mail_file)]) == 0
    out = capsys.readouterr().out
    assert "an individual ICEGATE ID" in out
    assert "password reset" in out
    assert "acknowledge with a case reference" in out


def test_summary_names_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(make_mail(subject="Password reset", body="Sir,\nKindly reset my SSO ID password.\n"))
    main(["triage", str(path)])
    out = capsys.readouterr().out
    assert "a mobile number" in out and "the SSO ID or the alternate e-mail ID" in out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["triage"])
    assert exc.value.code == 2


def test_missing_explicit_config_is_a_clear_error(mail_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--config", str(tmp_path / "none.toml"), str(mail_file)]) == 1
    assert "config file not found" in capsys.readouterr().err


@pytest.mark.parametrize(("sender", "why"), [
    ('"Ravi" <ravi.k3@icegate.gov.in>, "Sunita" <sunita.r@gmail.com>', "2 addresses in From:"),
    ('"Ravi\x07K" <ravi.k3@icegate.gov.in>', "the From: display name holds control characters"),
    ('"lokesh.gupta@icegate.gov.in" <lokesh.g1987@example.net>',
     "the display name shows an ICEGATE address (lokesh.gupta@icegate.gov.in) but the mail comes from elsewhere"),
])
def test_an_ambiguous_sender_is_said_to_be_ambiguous_and_why(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             sender: str, why: str) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(make_mail(sender=sender, subject="Password reset",
                               body="Sir,\nKindly reset my SSO ID password.\n"))
    assert main(["triage", "--json", str(path)]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["sender_kind"] == "personal" and f"ambiguous sender: {why}" in verdict["review_flags"]
    main(["triage", str(path)])
    sent_from = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("  from:"))
    assert sent_from == f"  from:     {verdict['sender']}, an ambiguous sender ({why}), so not taken as an ICEGATE ID"
    assert "outside ICEGATE" not in sent_from


def test_a_value_printed_on_the_terminal_loses_every_control_and_keeps_to_its_line() -> None:
    from maild.interfaces.terminal import as_json, block, cleaned, line

    hostile = "a\x1b[31mb\x1b]0;T\x07c\x9b2Jd\u202ee\u2066f\u2069\u200fg\x7fh\x08\ti\r\nj\u2028k\u2029l\x85m\x00"
    assert line(hostile) == "a[31mb]0;Tc2Jdefgh i j k l m"
    assert block(hostile) == "a[31mb]0;Tc2Jdefgh\ti\nj\nk\nl\nm"
    assert cleaned({"subject": "x\ny", "text": {"own": "x\ny"}, "k\x1b": ["\x1b[2J"]}) == {
        "subject": "x y", "text": {"own": "x\ny"}, "k": ["[2J"]}
    out = as_json({"own": hostile, "name": "रवि कुमार"})
    assert json.loads(out) == {"own": hostile, "name": "रवि कुमार"}
    assert "रवि" in out and not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202e\u2066\u2069\u200f]", out)
