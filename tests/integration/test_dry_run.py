"""`maild poll --dry-run` prints what the live pass then does: the same action for every mail (the
plan's, after the reply policy), the reply or why none goes, the folder; codes in plain words; the
cut-off in the office's zone; a mail before the cut-off with no action it would not take."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from builders import make_mail
from maild.adapters.inbox_maildir import deliver
from maild.adapters.templates import environment
from maild.interfaces.cli import main
from paths import ROOT, SHARED

CORPUS = SHARED / "corpus" / "mails"
MAILS = [CORPUS / "023-reset-spoofed-dmarc-fail.eml",  # an ICEGATE From: that fails DMARC
         ROOT / "tests" / "data" / "corpus2" / "mails" / "053-status-gmail-dmarc-fail-not-icegate.eml",
         CORPUS / "001-creation-sysmgr-two-officers-complete.eml", CORPUS / "019-reset-icegate-complete-hindi.eml",
         CORPUS / "022-reset-hindi-no-designation.eml", CORPUS / "031-eccs-password-expired-screenshot.eml",
         CORPUS / "036-auto-out-of-office.eml", CORPUS / "033-trade-portal-exporter-iec.eml"]
# The codes the lines used to carry ("password_reset, personal sender -> request_missing").
CODES = re.compile(r"\b(sso_creation|sso_status|password_reset|designation_update|role_mapping|trade_portal|eccs|"
                   r"request_missing|(icegate|personal|generic|automated) sender ->)")


def _mailbox(tmp_path: Path, cutoff: str) -> Path:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "{cutoff}"\n'
                   '[triage]\nauthserv_ids = ["mx.icegate.gov.in"]\n[reminders]\ntimezone = "Asia/Kolkata"\n')
    for i, path in enumerate(MAILS, 1):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:02d}.mail")
    deliver(tmp_path / "mail", make_mail(sender='"Ravi" <ravi.k3@icegate.gov.in>, "S" <s.r@gmail.com>',
                                         subject="Password reset", body="Sir,\nKindly reset my password.\n"),
            f"{len(MAILS) + 1:02d}.mail")
    return cfg


def _lines(out: str) -> dict[int, str]:
    return {int(m.group(1)): line for line in out.splitlines() if (m := re.match(r"mail (\d+): ", line))}


def _recorded(tmp_path: Path) -> dict[int, tuple[str, str]]:
    with sqlite3.connect(tmp_path / "maild.db") as conn:
        return {uid: (action, status) for uid, action, status in conn.execute("SELECT uid, action, status FROM mails")}


def test_the_dry_run_prints_the_action_the_live_pass_takes_in_words(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _mailbox(tmp_path, "none")
    assert main(["poll", "--dry-run", "--config", str(cfg)]) == 0
    dry = _lines(capsys.readouterr().out)
    assert main(["poll", "--config", str(cfg)]) in (0, 75)
    live = _recorded(tmp_path)
    actions = environment().get_template("_labels.j2").module.actions  # type: ignore[attr-defined]
    assert sorted(dry) == sorted(live) and len(live) == len(MAILS) + 1
    for uid, (action, _) in live.items():
        assert f" -> {actions[action]};" in dry[uid], (action, dry[uid])
        assert not CODES.search(dry[uid]), dry[uid]
    assert live[2][0] == "review" and dry[2].endswith("no reply because the sender failed authentication "
                                                      "(trusted Authentication-Results); no automatic reply")
    assert ", from an ambiguous sender (2 addresses in From:), so not taken as an ICEGATE ID -> " in dry[len(MAILS) + 1]


def test_on_a_first_run_no_mail_is_shown_with_an_action_and_the_cut_off_is_office_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _mailbox(tmp_path, "first-run")
    assert main(["poll", "--dry-run", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    dry = _lines(out)
    assert all(" -> " not in line and line.endswith("older than the cut-off: would record it and file it in "
                                                    "Processed, with no reply and no case") for line in dry.values())
    assert not CODES.search(out)
    assert re.search(r"arrived before the cut-off \(\d{4}-\d\d-\d\d \d\d:\d\d IST\) and would get no reply", out)
    assert "UTC" not in out
    assert main(["poll", "--config", str(cfg)]) == 0
    assert {status for _, status in _recorded(tmp_path).values()} == {"old"}
    with sqlite3.connect(tmp_path / "maild.db") as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
