"""The operators' terminal commands over a real store: list, show, decide, close, stats."""

from __future__ import annotations

import email
import json
import re
from email import policy
from pathlib import Path

import pytest

from builders import make_mail
from maild.adapters.inbox_maildir import deliver
from maild.interfaces.cli import main
from maild.config import load_settings
from maild.runtime.daemon import Daemon
from paths import SHARED
from servers import SmtpSink

MAILS = {p.name[:3]: p for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n')
    for key in ("012", "015", "023", "034"):
        deliver(tmp_path / "mail", MAILS[key].read_bytes(), f"{key}.m")
    Daemon(load_settings(cfg, required=True, environ={})).poll()
    return tmp_path


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args, "--config", str(data / "maild.toml")]) == 0
    return capsys.readouterr().out


def as_json(data: Path, capsys: pytest.CaptureFixture[str], *args: str):  # type: ignore[no-untyped-def]
    return json.loads(run(data, capsys, *args, "--json"))


def ref_of(data: Path, capsys: pytest.CaptureFixture[str], sender: str) -> str:
    rows = as_json(data, capsys, "review", "list")
    return next(r["ref"] for r in rows if r["sender"] == sender)


def outbox(data: Path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted((data / "outbox").glob("*.eml"))]


def test_review_list_shows_the_flagged_cases_with_reasons(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = as_json(data, capsys, "review", "list")
    assert {r["sender"] for r in rows} == {"comadmin.cgst.rajkot@icegate.gov.in", "nitin.deshmukh@icegate.gov.in",
                                           "ajay.verma5@icegate.gov.in"}
    reasons = " ".join(r["reason"] for r in rows)
    assert "certification letter" in reasons and "dmarc=fail" in reasons and "could not be told" in reasons
    table = run(data, capsys, "review", "list")
    assert "case" in table.splitlines()[0] and "SS-" in table


def test_review_show_has_mails_attachments_and_audit(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = ref_of(data, capsys, "comadmin.cgst.rajkot@icegate.gov.in")
    case = as_json(data, capsys, "review", "show", ref)
    (mail,) = case["mails"]
    assert {a["kind"] for a in mail["attachments"]} == {"template", "certification_letter"}
    assert any(a["event"] == "decided" for a in case["audit"])
    text = run(data, capsys, "review", "show", ref)
    assert "(certification letter, " in text and "audit" in text


def test_review_decide_overrides_the_type_and_sends_the_reply(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = ref_of(data, capsys, "ajay.verma5@icegate.gov.in")
    before = len(outbox(data))
    result = as_json(data, capsys, "review", "decide", ref, "--type", "password_reset", "--note", "treat as reset",
                     "--operator", "anita")
    assert result["action"] == "request_missing" and result["reply"] == "request_missing"
    replies = outbox(data)
    assert len(replies) == before + 1
    held, new = [m for m in replies if m["To"] == "ajay.verma5@icegate.gov.in"]
    assert "an officer will look at it" in held["Subject"] and held["Auto-Submitted"] == "auto-replied"
    assert new["Subject"].startswith(f"[{ref}] Details required") and "mobile number" in new.get_content()
    assert new["Auto-Submitted"] is None, "a reply an operator decided is not marked automatic"
    assert "automatic reply" not in new.get_content() and "स्वचालित" not in new.get_content()
    case = as_json(data, capsys, "review", "show", ref)
    assert case["status"] == "waiting"
    assert any(a["actor"] == "anita" and a["event"] == "operator_decided" for a in case["audit"])


def test_review_decide_can_acknowledge_a_certification_letter(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = ref_of(data, capsys, "comadmin.cgst.rajkot@icegate.gov.in")
    result = as_json(data, capsys, "review", "decide", ref, "--action", "acknowledge", "--operator", "ravi")
    assert result["status"] == "acknowledged"
    assert any(m["Subject"].startswith(f"[{ref}] Received") for m in outbox(data))


def test_bad_values_are_clear_errors(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "decide", "SS-2026-999999", "--config", str(data / "maild.toml")]) == 1
    assert "no case SS-2026-999999" in capsys.readouterr().err
    ref = ref_of(data, capsys, "ajay.verma5@icegate.gov.in")
    with pytest.raises(SystemExit) as usage:  # the choices are the parser's: a usage error, exit 2
        main(["review", "decide", ref, "--action", "bless", "--config", str(data / "maild.toml")])
    assert usage.value.code == 2
    assert "invalid choice: 'bless'" in capsys.readouterr().err


def test_case_close_sends_the_closure_and_stats_count_it(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = as_json(data, capsys, "review", "list", "--status", "acknowledged")
    ref = rows[0]["ref"]
    result = as_json(data, capsys, "case", "close", ref, "--note", "SSO ID status told on phone", "--operator", "anita")
    assert result["status"] == "closed"
    closure = [m for m in outbox(data) if "Completed" in m["Subject"]]
    assert len(closure) == 1 and "SSO ID status told on phone" in closure[0].get_content()
    assert main(["case", "close", ref, "--config", str(data / "maild.toml")]) == 1
    assert "already closed" in capsys.readouterr().err
    stats = as_json(data, capsys, "stats")
    assert stats["cases_by_status"]["closed"] == 1
    assert stats["mails_by_action"]["review"] == 3
    assert stats["median_hours_to_close"] is not None
    assert "median hours to close" in run(data, capsys, "stats")


def test_case_reply_sends_the_operators_words_threaded(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = ref_of(data, capsys, "nitin.deshmukh@icegate.gov.in")
    result = as_json(data, capsys, "case", "reply", ref, "--message", "Please call the helpdesk from your office.",
                     "--operator", "anita")
    assert result["reply"] == "operator_reply"
    (mail,) = [m for m in outbox(data) if "call the helpdesk" in m.get_content()]
    assert mail["Subject"].startswith(f"[{ref}]") and mail["In-Reply-To"]
    assert mail["To"] == "nitin.deshmukh@icegate.gov.in"
    case = as_json(data, capsys, "review", "show", ref)
    assert any(a["event"] == "operator_replied" and a["actor"] == "anita" for a in case["audit"])
    assert main(["case", "reply", ref, "--message", "  ", "--config", str(data / "maild.toml")]) == 1
    assert "the reply is empty" in capsys.readouterr().err


def test_review_show_prints_the_mail_its_details_and_folds_the_quoted_history(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deliver(data / "mail", (SHARED / "corpus" / "mails" / "020-reset-outlook-reply-sso-id-only-quoted.eml")
            .read_bytes(), "020.m")
    Daemon(load_settings(data / "maild.toml", required=True, environ={})).poll()
    ref = next(r["ref"] for r in as_json(data, capsys, "cases") if r["sender"] == "deepak.chauhan@icegate.gov.in")
    text = run(data, capsys, "review", "show", ref)
    assert "    I could not take your call yesterday as I was on duty at the docks. Kindly" in text
    assert 'Mobile:           7350363740  (after its label: "Mobile: 7350363740")' in text
    assert "SSO ID:           -  (not found)" in text
    folded = re.search(r"--- quoted history: (\d+) line\(s\), folded \(--quoted prints them\) ---", text)
    assert folded and int(folded.group(1)) > 5
    case = as_json(data, capsys, "review", "show", ref)
    quoted = case["mails"][0]["text"]["quoted"]
    assert quoted.splitlines()[-1].strip() not in text
    assert quoted.splitlines()[-1].strip() in run(data, capsys, "review", "show", ref, "--quoted")
    assert re.search(r"opened:  \d{4}-\d\d-\d\d \d\d:\d\d IST", text)
    assert "why:     waiting on the sender for: the SSO ID or the alternate e-mail ID" in text
    assert "timeline:" in text and "request for what is missing to deepak.chauhan@icegate.gov.in: sent" in text


def test_cases_lists_cases_by_status_type_sender_and_age_and_due_what_will_be_sent(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    every = as_json(data, capsys, "cases")
    assert len(every) == 4 and all(r["reason"] for r in every)
    assert [r["ref"] for r in every] == sorted(r["ref"] for r in every)  # oldest first
    assert [r["ref"] for r in as_json(data, capsys, "cases", "--newest-first")] == [r["ref"] for r in every][::-1]
    assert {r["status"] for r in as_json(data, capsys, "cases", "--status", "review")} == {"review"}
    assert {r["request_type"] for r in as_json(data, capsys, "cases", "--type", "sso_status")} == {"sso_status"}
    assert [r["sender"] for r in as_json(data, capsys, "cases", "--sender", "DESHMUKH")] == [
        "nitin.deshmukh@icegate.gov.in"]
    assert as_json(data, capsys, "cases", "--older-than", "2d") == []
    assert len(as_json(data, capsys, "cases", "--newer-than", "1h")) == 4
    assert as_json(data, capsys, "cases", "--newer-than", "0") == []  # 0 is an age like any other
    assert len(as_json(data, capsys, "cases", "--older-than", "0")) == 4
    table = run(data, capsys, "cases")
    assert table.splitlines()[0].split()[:4] == ["case", "age", "waiting", "status"]
    assert re.match(r"SS-\d{4}-\d{6} +< 1 min +< 1 min  review ", table.splitlines()[1])  # not "0.0 h"
    assert {"age_seconds", "waiting_seconds"} <= set(every[0]) and every[0]["age_seconds"] < 60
    for argv, wrong in ((["cases", "--status", "lost"], "'lost'"), (["cases", "--type", "bogus"], "'bogus'"),
                        (["review", "list", "--status", "lost"], "'lost'"),
                        (["cases", "--older-than", "soon"], "is not an age such as 48h or 3d")):
        with pytest.raises(SystemExit) as usage:  # an unknown choice is a usage error
            main([*argv, "--config", str(data / "maild.toml")])
        assert usage.value.code == 2 and wrong in capsys.readouterr().err, argv


def test_cases_due_lists_only_what_the_next_runs_will_send(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    digest = re.compile(r"SS-\d{4}-\d{6} +digest +\d{4}-\d\d-\d\d \d\d:\d\d IST")
    reminder = re.compile(r"SS-\d{4}-\d{6} +remind +\d{4}-\d\d-\d\d \d\d:\d\d IST")
    deliver(data / "mail", (SHARED / "corpus" / "mails" / "020-reset-outlook-reply-sso-id-only-quoted.eml")
            .read_bytes(), "020.m")  # waits on its sender: reminded
    Daemon(load_settings(data / "maild.toml", required=True, environ={})).poll()
    due = as_json(data, capsys, "cases", "--due")  # no [replies] operators: no digest will ever go
    assert due and {"case", "kind", "at", "due_now"} <= set(due[0]) and "reason" not in due[0]
    assert {r["kind"] for r in due} == {"remind"}
    text = run(data, capsys, "cases", "--due")
    assert reminder.search(text) and not digest.search(text)
    assert "would go in a digest, but [replies] operators names no one to send it to" in text
    cfg = data / "maild.toml"
    cfg.write_text(cfg.read_text() + '[replies]\noperators = ["saksham.ops@icegate.gov.in"]\n')
    assert {r["kind"] for r in as_json(data, capsys, "cases", "--due")} == {"remind", "digest"}
    text = run(data, capsys, "cases", "--due")
    assert digest.search(text) and reminder.search(text) and "names no one" not in text


def test_case_merge_and_split_from_the_command_line(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = ref_of(data, capsys, "comadmin.cgst.rajkot@icegate.gov.in")
    second = ref_of(data, capsys, "ajay.verma5@icegate.gov.in")
    moved = as_json(data, capsys, "review", "show", second)["mails"][0]["id"]
    out = run(data, capsys, "case", "merge", second, "--into", first, "--note", "same officer", "--operator", "anita")
    assert out.strip() == f"case {second} merged into {first} (1 mail(s))"
    merged = as_json(data, capsys, "review", "show", first)
    assert [m["id"] for m in merged["mails"]][-1] == moved
    assert any(a["event"] == "case_merged" and a["actor"] == "anita" and a["detail"]["from"] == second
               for a in merged["audit"])
    old = as_json(data, capsys, "review", "show", second)
    assert old["status"] == "merged" and old["merged_into"] == first and old["reason"].startswith("merged into")
    (listed,) = as_json(data, capsys, "cases", "--status", "merged")
    assert listed["ref"] == second and listed["reason"] == f"merged into case {first}"
    out = run(data, capsys, "case", "split", first, "--mail", str(moved), "--operator", "anita")
    new = re.search(r"into a new case, (SS-\d{4}-\d{6})", out).group(1)  # type: ignore[union-attr]
    assert [m["id"] for m in as_json(data, capsys, "review", "show", new)["mails"]] == [moved]
    third = ref_of(data, capsys, "nitin.deshmukh@icegate.gov.in")
    mail = as_json(data, capsys, "review", "show", third)["mails"][0]["id"]
    out = run(data, capsys, "case", "merge", third, "--mail", str(mail), "--into", new)
    assert f"mail {mail} moved from {third} into {new}" in out and "is merged" in out
    for argv, error in ((["case", "merge", new, "--into", new], "cannot be merged into itself"),
                        (["case", "merge", third, "--into", new], "was merged into another case"),
                        (["case", "split", new, "--mail", "99999"], "mail 99999 is not in case"),
                        (["case", "split", first, "--mail", str(as_json(data, capsys, "review", "show", first)
                                                                ["mails"][0]["id"])], "the only mail")):
        assert main([*argv, "--config", str(data / "maild.toml")]) == 1
        assert error in capsys.readouterr().err


def smtp_out_of_reach(data: Path) -> None:
    """The config's [smtp] turned to a server nothing listens on (retried at once by the next pass,
    as often as the test tries)."""
    cfg = data / "maild.toml"
    cfg.write_text(cfg.read_text().replace('[smtp]\nkind = "file"\n', '[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\n'
                                           'port = 1\nsecurity = "plain"\nmax_attempts = 99\nretry_seconds = 0\n'))


def smtp_back(data: Path) -> None:
    cfg = data / "maild.toml"
    cfg.write_text(re.sub(r'\[smtp\]\nkind = "smtp"\n(.*\n)*?retry_seconds = .*\n', '[smtp]\nkind = "file"\n',
                          cfg.read_text()))


def acted(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    code = main([*args, "--operator", "anita", "--json", "--config", str(data / "maild.toml")])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_with_the_smtp_server_out_of_reach_an_action_says_its_letter_is_queued_exits_75_and_is_not_repeated(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    decided = ref_of(data, capsys, "ajay.verma5@icegate.gov.in")
    written = ref_of(data, capsys, "nitin.deshmukh@icegate.gov.in")
    closed = as_json(data, capsys, "review", "list", "--status", "acknowledged")[0]["ref"]
    before = len(outbox(data))
    smtp_out_of_reach(data)
    assert main(["review", "decide", decided, "--type", "password_reset", "--operator", "anita",
                 "--config", str(data / "maild.toml")]) == 75
    out, err = capsys.readouterr()
    assert out.startswith(f"{decided}: request_missing, case waiting; the request for what is missing is queued and "
                          "NOT sent yet (SMTP not reached: ")
    assert "it goes out with the next pass" in out and " IST" in out
    assert "the decision is recorded" in err and "decides and sends nothing twice" in err
    for args in (["review", "decide", decided, "--type", "password_reset"],
                 ["case", "reply", written, "--message", "Please call the helpdesk."],
                 ["case", "close", closed, "--note", "done"]):
        first = acted(data, capsys, *args)
        again = acted(data, capsys, *args)
        assert first[0] == again[0] == 75, args
        assert again[1]["repeat"] is True and again[1]["reply_status"] == "pending"
        assert "SMTP not reached" in again[1]["reply_error"] and again[1]["reply_next_attempt"]
    assert acted(data, capsys, "case", "close", closed)[1]["repeat"] is True  # its closure still waits
    assert len([a for a in as_json(data, capsys, "review", "show", decided)["audit"]
                if a["event"] == "operator_decided"]) == 1
    for ref, kinds in ((decided, ["request_missing"]), (written, ["operator_reply"]), (closed, ["closure"])):
        replies = [r for r in as_json(data, capsys, "review", "show", ref)["replies"] if r["status"] != "sent"]
        assert [r["kind"].removeprefix("operator_").rstrip("_1") or r["kind"] for r in replies] == [
            k.removeprefix("operator_").rstrip("_1") or k for k in kinds], ref
        assert all(r["status"] == "pending" for r in replies)
    smtp_back(data)
    assert main(["poll", "--config", str(data / "maild.toml")]) == 0
    capsys.readouterr()
    new = outbox(data)[before:]
    assert sorted(m["Subject"].split("]")[0][1:] for m in new) == sorted([decided, written, closed])
    code, result, _ = acted(data, capsys, "review", "decide", decided, "--type", "password_reset")
    assert code == 0 and result["repeat"] is False and result["reply_status"] == "sent"  # a new decision: sent
    assert main(["case", "close", closed, "--config", str(data / "maild.toml")]) == 1
    assert "already closed" in capsys.readouterr().err


ESC = "\x1b"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_nothing_a_mail_holds_can_drive_the_operators_terminal(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = (f"Sir,\n\nKindly reset my password {ESC}[31mRED{ESC}[0m {ESC}]0;PWNED\x07 then {ESC}[2J and \x9b31m "
            f"\u202eevil\u202c\u2066x\u2069 line\u2028   maild: acknowledge\rover\x08\x08\n\n"
            f"Name: Ravi {ESC}[31mKumar{ESC}]0;TITLE\x07\u2029\u202e\n"
            "Designation: Inspector\nSSO ID: 61834027\nMobile: 9482261796\n\nRegards,\nRavi Kumar\n")
    raw = make_mail(subject=f"Password reset {ESC}[31m{ESC}]0;TITLE\x07 now \u202eevil", body=body,
                    sender="Ravi Kumar <ravi.kumar@icegate.gov.in>",
                    attachments=[(f"sb{ESC}[31m\u202e.pdf", b"%PDF-1.4 x", "application/pdf")])
    deliver(data / "mail", raw, "hostile.m")
    Daemon(load_settings(data / "maild.toml", required=True, environ={})).poll()
    ref = next(r["ref"] for r in as_json(data, capsys, "cases") if r["sender"] == "ravi.kumar@icegate.gov.in")
    shown = run(data, capsys, "review", "show", ref, "--quoted")
    assert 'Name:             Ravi [31mKumar]0;TITLE   (after its label: "Name: Ravi [31mKumar]0;TITLE ")' in shown
    assert "    Kindly reset my password [31mRED[0m ]0;PWNED then [2J and 31m evil" in shown
    assert "\n    over\n" in shown and "\n   maild: acknowledge" not in shown
    for args in (["review", "show", ref], ["review", "list", "--status", ""], ["cases"], ["cases", "--due"],
                 ["stats"], ["triage", str(next((data / "mail").rglob("*hostile.m*")))]):
        text = shown if args[:2] == ["review", "show"] else run(data, capsys, *args)
        assert not UNSAFE.search(text), (args, UNSAFE.findall(text))
        out = run(data, capsys, *args, "--json")
        assert not UNSAFE.search(out), (args, UNSAFE.findall(out))
        json.loads(out.splitlines()[0] if args[0] == "triage" else out)  # valid JSON, the characters escaped
    corpus = data / "corpus"
    corpus.mkdir()
    (corpus / "hostile.eml").write_bytes(raw)
    assert main(["demo", "--corpus", str(corpus), "--data", str(data / "demo")]) == 0
    demo = capsys.readouterr().out
    assert "hostile.eml" in demo and "subject:  Password reset " in demo
    assert not UNSAFE.search(demo), UNSAFE.findall(demo)
    case = as_json(data, capsys, "review", "show", ref)
    assert f"{ESC}]0;PWNED\x07" in case["mails"][0]["text"]["own"]  # kept for scripts, escaped in the JSON
    assert "\\u001b]0;PWNED\\u0007" in run(data, capsys, "review", "show", ref, "--json")
    assert "\\u202eevil" in run(data, capsys, "review", "show", ref, "--json")


def test_review_attachment_writes_the_bytes_to_a_new_file_and_never_to_a_terminal(
        data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import os
    import pty
    import subprocess
    import sys

    ref = ref_of(data, capsys, "comadmin.cgst.rajkot@icegate.gov.in")
    files = as_json(data, capsys, "review", "show", ref)["mails"][0]["attachments"]
    sheet = next(a for a in files if a["kind"] == "template")
    assert f"; maild review attachment {ref} {sheet['id']})" in run(data, capsys, "review", "show", ref)
    out = data / "sheet.xlsx"
    said = run(data, capsys, "review", "attachment", ref, str(sheet["id"]), "--out", str(out))
    assert said.strip() == f"attachment {sheet['id']} of {ref} ({sheet['filename']}, {sheet['size']} bytes) " \
                           f"written to {out}"
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sheet["sha256"] and out.read_bytes()[:2] == b"PK"
    out.write_bytes(b"mine")
    assert main(["review", "attachment", ref, str(sheet["id"]), "--out", str(out),
                 "--config", str(data / "maild.toml")]) == 1
    assert "exists: not overwritten" in capsys.readouterr().err and out.read_bytes() == b"mine"
    monkeypatch.chdir(data)  # no --out: the attachment's own name, in the current folder
    run(data, capsys, "review", "attachment", ref, str(sheet["id"]))
    assert hashlib.sha256((data / sheet["filename"]).read_bytes()).hexdigest() == sheet["sha256"]
    other = ref_of(data, capsys, "ajay.verma5@icegate.gov.in")
    assert main(["review", "attachment", other, str(sheet["id"]), "--config", str(data / "maild.toml")]) == 1
    assert f"attachment {sheet['id']} is not in case {other}" in capsys.readouterr().err
    argv = [sys.executable, "-m", "maild", "review", "attachment", ref, str(sheet["id"]), "--out", "-",
            "--config", str(data / "maild.toml")]
    piped = subprocess.run(argv, capture_output=True, check=True)
    assert hashlib.sha256(piped.stdout).hexdigest() == sheet["sha256"]
    controller, terminal = pty.openpty()  # a real terminal on standard output: refused
    try:
        done = subprocess.run(argv, stdout=terminal, stderr=subprocess.PIPE, timeout=60)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert done.returncode == 2 and b"not to a terminal" in done.stderr and shown == b""


def test_the_file_name_an_attachment_is_written_to_is_made_safe() -> None:
    from maild.interfaces.cli_review import safe_name

    assert safe_name("../../etc/cron.d/x\x1b[31m.sh", 4) == "x_31m.sh"
    assert safe_name("..\\..\\Windows\\evil.pdf", 4) == "evil.pdf"
    assert safe_name("-rf .pdf", 4) == "rf .pdf" and safe_name(".bashrc", 4) == "bashrc"
    assert safe_name("सेवा पुस्तिका.pdf", 4) == "सेवा पुस्तिका.pdf"
    assert safe_name("\u202egpj.exe", 4) == "gpj.exe" and safe_name("..", 4) == "attachment-4"
    long = safe_name("a" * 300 + ".pdf", 4)
    assert len(long) == 120 and long.endswith(".pdf")


def test_review_show_quotes_the_labelled_line_a_detail_was_read_from(data: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    body = ("Sir,\n\nI have been promoted as Superintendent vide order dated 02.01.2026. Kindly update my "
            "designation in SSO.\n\nDesignation: Superintendent\nSSO ID: 61834027\n\nRegards,\nMahesh Patil\n"
            "Superintendent\nCGST Pune\nMobile: 9822012345\n")
    deliver(data / "mail", make_mail(sender="Mahesh Patil <mahesh.patil@icegate.gov.in>",
                                     subject="Designation update after promotion", body=body), "promoted.m")
    Daemon(load_settings(data / "maild.toml", required=True, environ={})).poll()
    ref = next(r["ref"] for r in as_json(data, capsys, "cases") if r["sender"] == "mahesh.patil@icegate.gov.in")
    text = run(data, capsys, "review", "show", ref)
    assert 'Designation:      Superintendent  (after its label: "Designation: Superintendent")' in text
    assert 'Name:             Mahesh Patil  (in the signature: "Mahesh Patil")' in text


def test_an_action_says_when_the_smtp_server_refused_its_letter_or_may_have_taken_it(
        data: Path, capsys: pytest.CaptureFixture[str], smtp_sink: SmtpSink) -> None:
    refs = [ref_of(data, capsys, s) for s in ("ajay.verma5@icegate.gov.in", "nitin.deshmukh@icegate.gov.in",
                                              "comadmin.cgst.rajkot@icegate.gov.in")]
    cfg = data / "maild.toml"
    cfg.write_text(cfg.read_text().replace('[smtp]\nkind = "file"\n', '[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\n'
                                           f'port = {smtp_sink.port}\nsecurity = "plain"\ntimeout = 2.0\n'))
    said: dict[str, tuple[int, dict, str]] = {}  # type: ignore[type-arg]
    for ref, mode in zip(refs, ("ok", "5xx", "hang_after_data")):
        smtp_sink.mode = mode
        said[mode] = acted(data, capsys, "case", "reply", ref, "--message", "Please call the helpdesk.")
    smtp_sink.mode = "ok"
    assert said["ok"][0] == 0 and said["ok"][1]["reply_status"] == "sent" and "maild:" not in said["ok"][2]
    code, result, err = said["5xx"]
    assert code == 1 and result["reply_status"] == "failed" and "550" in result["reply_error"]
    assert "the reply is recorded, but its letter did not go as it should" in err
    code, result, err = said["hang_after_data"]
    assert code == 1 and result["reply_status"] == "uncertain"
    smtp_sink.mode = "5xx"
    assert main(["case", "close", refs[1], "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{refs[1]}: closed; the closure reply was NOT sent: the SMTP server refused it (")
