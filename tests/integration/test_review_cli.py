"""The operators' terminal commands over a real store: list, show, decide, close, stats."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest

from maild.adapters.inbox_maildir import deliver
from maild.interfaces.cli import main
from maild.config import load_settings
from maild.runtime.daemon import Daemon
from paths import SHARED

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
    assert "certification_letter" in text and "audit" in text


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
    assert main(["review", "decide", ref, "--action", "bless", "--config", str(data / "maild.toml")]) == 1
    assert "unknown action 'bless'" in capsys.readouterr().err


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
