"""`maild purge` end to end on SQLite.

A closed case past the retention keeps no value its mails gave (a mobile number
in a subject, a file name or the text, the cells its template check quoted, an
address a review flag named) in any byte of the database, while its codes, its
language, its decisions, the hashes and the audit stay. A case still open is
work in hand and is kept whole: its replies, its reason and its clock are the
same after a purge as before."""

from __future__ import annotations

import datetime as dt
import email
import json
import sqlite3
from email import policy
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from builders import make_mail
from consoles import Deployment
from maild.adapters.db_schema import Attachment, Audit, Mail, Outbound
from maild.core.reminders import next_working_time
from maild.core.retention import ADDRESS
from maild.interfaces.cli import main

MOBILE = "9823017465"
HINDI, UNKNOWN = "022-reset-hindi-no-designation.eml", "034-unknown-mailbox-quota.eml"
CORPUS = ("005-creation-officer-gmail-initial-surname.eml", "006-creation-acl-admin-invalid-dates.eml",
          "008-creation-edi-bad-mobiles-and-emails.eml", "009-creation-office-and-icegate-alt-emails.eml",
          "010-creation-retyped-template-duplicates.eml", HINDI, UNKNOWN)
CODES = ("sender_kind", "request_type", "action", "missing", "language", "authentication")
AMBIGUOUS = make_mail(sender='"lokesh.gupta@icegate.gov.in" <lokesh.g1987@example.net>',
                      subject="Password reset for my SSO ID",
                      body="Sir,\nKindly reset my SSO ID password.\nRegards,\nLokesh Gupta\n")


def _database_bytes(folder: Path) -> bytes:
    data = (folder / "maild.db").read_bytes()
    wal = folder / "maild.db-wal"
    return data + (wal.read_bytes() if wal.exists() else b"")


def _verdicts(console: Deployment) -> dict[int, dict[str, Any]]:
    with console.service.store.session() as s:
        return {m.id: m.verdict for m in s.scalars(select(Mail))}


def _close_all(console: Deployment) -> None:
    for status in ("review", "waiting", "acknowledged", "open"):
        for row in console.service.review.queue(status=status):
            console.service.review.close(row["ref"], "asha")


def _mail_values(verdict: dict[str, Any]) -> set[str]:
    """Every value of a stored verdict that the mail gave."""
    found = {str(verdict.get(k) or "") for k in ("sender", "subject", "message_id")}
    for group in ("signature", "details"):
        found |= {str(v) for v in (verdict.get(group) or {}).values()}
    found |= {str(e.get("value", "")) for e in verdict.get("template_errors") or []}
    found |= {str(a.get("filename", "")) for a in verdict.get("attachments") or []}
    return {v for v in found if len(v) >= 3}


def test_purge_leaves_no_mobile_number_in_subjects_names_or_verdicts(tmp_path: Path) -> None:
    console = Deployment(tmp_path, ())
    console.deliver(make_mail(subject=f"Password reset, mobile {MOBILE}",
                              body=f"Sir,\nKindly reset my password.\nMobile: {MOBILE}\nRegards,\nRavi Kumar\n"
                                   "Inspector\n",
                              attachments=[(f"ID card {MOBILE}.pdf", b"%PDF-1.4 nothing", "application/pdf")]))
    store = console.service.store
    assert MOBILE.encode() in _database_bytes(tmp_path)
    with store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert MOBILE in mail.subject and mail.verdict["details"]["mobile"] == MOBILE
    _close_all(console)
    counts = store.purge(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1))
    assert counts["mails"] == 1
    with store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert mail.sha256 and mail.action and mail.verdict["purged"] is True
        assert s.scalars(select(Attachment.filename)).one() == "purged.pdf"
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "decided")) == 1
    store.engine.dispose()
    assert MOBILE.encode() not in _database_bytes(tmp_path)
    conn = sqlite3.connect(tmp_path / "maild.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert main(["purge", "--config", str(console.config)]) == 0  # the command, with nothing left to do


def test_purge_blanks_every_value_a_mail_gave_its_verdict_and_keeps_its_codes(tmp_path: Path) -> None:
    console = Deployment(tmp_path, CORPUS)
    console.deliver(AMBIGUOUS)
    before = _verdicts(console)
    assert any(e.get("value") == "31/04/1993" for v in before.values() for e in v["template_errors"])
    _close_all(console)
    assert console.service.store.purge(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1))["mails"] == 8
    for mail_id, purged in _verdicts(console).items():
        was, text = before[mail_id], json.dumps(purged, ensure_ascii=False)
        assert [v for v in _mail_values(was) if v in text] == [], was["subject"]
        assert {k: purged.get(k) for k in CODES} == {k: was.get(k) for k in CODES}
        assert purged["template_errors"] == [{k: e[k] for k in ("row", "column", "code", "cause") if k in e}
                                             for e in was["template_errors"]]
        assert [a["kind"] for a in purged["attachments"]] == [a["kind"] for a in was["attachments"]]
        assert len(purged["reasons"]) == len(was["reasons"])
        assert len(purged["review_flags"]) == len(was["review_flags"])
    flags = [f for v in _verdicts(console).values() for f in v["review_flags"]]
    assert "the request type could not be told" in flags
    assert (f"ambiguous sender: the display name shows an ICEGATE address ({ADDRESS}) "
            "but the mail comes from elsewhere") in flags
    assert {v["language"] for v in _verdicts(console).values()} == {"hi", "en"}
    closed = console.service.review.queue(status="closed")
    assert len(closed) == 8 and all(console.service.review.show(r["ref"])["ref"] == r["ref"] for r in closed)


def test_a_case_still_open_keeps_working_after_a_purge(tmp_path: Path) -> None:
    console = Deployment(tmp_path, (HINDI, UNKNOWN))
    queues = {s: console.service.review.queue(status=s) for s in ("review", "waiting")}
    assert queues["review"][0]["reason"] == "the request type could not be told"
    counts = console.service.store.purge(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=400))
    assert counts == {"mails": 0, "replies": 0, "kept_open": 2}
    for status, rows in queues.items():  # the same reason, and the time waiting does not restart
        assert [(r["reason"], r["updated_at"], r["subject"]) for r in console.service.review.queue(status=status)] \
            == [(r["reason"], r["updated_at"], r["subject"]) for r in rows]
    console.service.review.reply(queues["waiting"][0]["ref"], "asha", "We are looking into it.")
    letter = console.outbox()[-1]
    body = letter.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "पासवर्ड रीसेट" in str(letter["Subject"]) and "(no subject)" not in str(letter["Subject"])
    assert body.startswith("आदरणीय राजेश कुमार जी") and "Sir / Madam" not in body
    # Into working time, days later: the waiting case's sender is reminded, in the mail's language first.
    later = next_working_time(console.clock.now + dt.timedelta(days=10), console.settings.reminder_policy())
    console.clock.advance(seconds=(later - console.clock.now).total_seconds() + 60)
    console.service.sweep_reminders()
    with console.service.store.session() as s:
        reminder = s.scalars(select(Outbound).where(Outbound.kind.in_(("reminder", "abandoned")))).first()
        assert reminder is not None
        letter = email.message_from_bytes(reminder.body, policy=policy.default)
    body = letter.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert body.startswith("आदरणीय राजेश कुमार जी") and "पासवर्ड रीसेट" in str(letter["Subject"])
