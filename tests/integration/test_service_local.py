"""The service on the embedded default: a real Maildir, SQLite and a file outbox.

These pin the daemon's promises that do not need a server: every mail
decided once, at most one reply per (mail, kind), follow-ups joined to their
case, old mail not answered, a failing mail not blocking the next.
"""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from builders import SERVICE_BOOK_TEXT, XLSX, make_mail, make_pdf, make_template, officer_row
from paths import SHARED
from maild.adapters.db_schema import Audit, Case, Mail, Outbound
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild.config import load_settings
from maild import bootstrap
from maild.app.worker import Worker

CORPUS = sorted((SHARED / "corpus" / "mails").glob("*.eml"))
NOW = dt.datetime(2025, 11, 25, 10, 0, tzinfo=dt.timezone.utc)


def make_service(tmp_path: Path, cutoff: str = "none", extra: str = "", clock=lambda: NOW,  # type: ignore[no-untyped-def]
                 **parts) -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "{cutoff}"\n{extra}\n'
                   '[smtp]\nkind = "file"\n', encoding="utf-8")
    settings = load_settings(cfg, required=True, environ={})
    parts.setdefault("sender", FileSender(tmp_path / "outbox"))
    return bootstrap.worker(settings, inbox=MaildirInbox(tmp_path / "mail", name="test"), clock=clock, **parts)


def outbox(tmp_path: Path) -> list[email.message.EmailMessage]:
    folder = tmp_path / "outbox"
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted(folder.glob("*.eml"))] if folder.is_dir() else []


def count(service: Worker, model: type) -> int:
    with service.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_corpus_pass_decides_each_mail_once_and_replies_once(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    for i, path in enumerate(CORPUS):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:04d}.x")
    report = service.run_pass()
    assert len(report.decided) == len(CORPUS)
    replies = outbox(tmp_path)
    expected = report.count("acknowledge") + report.count("request_missing") + report.count("redirect")
    holding = [d for d in report.decided if d["reply"] == "holding"]
    assert holding and all(d["action"] == "review" for d in holding), "an authenticated sender's review is held"
    expected += len(holding)
    assert len(replies) == expected == report.sent
    again = service.run_pass()
    assert again.decided == [] and again.sent == 0
    assert len(outbox(tmp_path)) == expected
    assert count(service, Mail) == len(CORPUS)
    inbox = MaildirInbox(tmp_path / "mail")
    inbox.connect()
    assert inbox.all_uids() == []
    assert inbox.folder_count("Processed") + inbox.folder_count("Review") + inbox.folder_count("Ignored") == len(CORPUS)


def test_replies_are_threaded_marked_automatic_and_go_to_from_only(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    raw = make_mail(sender="Ravi Kumar <ravi.kumar@icegate.gov.in>", subject="Password reset",
                    headers={"Reply-To": "someone.else@gmail.com"},
                    body="Sir,\nI forgot my SSO ID password. Kindly reset.\n\nName: Ravi Kumar\n"
                         "Designation: Inspector\nSSO ID: 61834027\nMobile: 9482261796\n")
    deliver(tmp_path / "mail", raw, "1.x")
    service.run_pass()
    (reply,) = outbox(tmp_path)
    original = email.message_from_bytes(raw)
    assert reply["To"] == "ravi.kumar@icegate.gov.in"
    assert reply["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["X-Auto-Response-Suppress"] == "All"
    assert reply["Subject"].startswith("[SS-2025-000001]") or reply["Subject"].startswith("[SS-")
    assert "9482261796" not in reply.get_content()


def test_request_missing_reply_quotes_only_the_cell_at_fault(tmp_path: Path) -> None:
    """A date that is no date is quoted, so the officer sees the mistake; a mobile that is not one is
    named by its row and column but not repeated (an official reply carries no number of a sender's
    choosing); a valid date of birth or mobile number never is quoted."""
    service = make_service(tmp_path)
    sheet = make_template([officer_row(1, date_of_birth="31/04/1993", mobile="98765"),
                           officer_row(2, date_of_birth="14/06/1991", mobile="9482261796"),
                           officer_row(3, date_of_birth="02/02/1992", mobile="9482261796")])
    raw = make_mail(subject="SSO ID creation", body="Sir,\nKindly create the SSO ID.\n\nRegards,\nRavi Kumar\n",
                    attachments=[("template.xlsx", sheet, XLSX)])
    deliver(tmp_path / "mail", raw, "1.x")
    service.run_pass()
    (reply,) = outbox(tmp_path)
    text = reply.get_content()
    assert 'row 2, column "Date of Birth", which reads "31/04/1993": not a date' in text
    assert 'row 2, column "Mobile No.": ' in text and "98765" not in text
    assert 'row 4, column "Mobile No.": the same mobile number as a row above' in text
    assert "9482261796" not in text and "14/06/1991" not in text and "02/02/1992" not in text
    assert "service book" in text


def test_follow_up_joins_its_case_and_completes_it(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    first = make_mail(subject="Designation update after promotion",
                      body="Sir,\nI have been promoted. Kindly update my designation.\n\nRegards,\nRavi Kumar\n",
                      attachments=[("Promotion order.pdf", make_pdf(["Sub: Promotion of Inspectors"]),
                                    "application/pdf")])
    deliver(tmp_path / "mail", first, "1.x")
    service.run_pass()
    (ask,) = outbox(tmp_path)
    assert "Details required" in ask["Subject"]
    follow = make_mail(subject=f"Re: {ask['Subject']}", body="Sir,\nThe service book page is attached.\n",
                       headers={"In-Reply-To": ask["Message-ID"], "References": ask["Message-ID"]},
                       attachments=[("sb.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")])
    deliver(tmp_path / "mail", follow, "2.x")
    report = service.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge"]
    assert report.decided[0]["case"] == ask["Subject"][1:15]
    with service.store.session() as s:
        case = s.scalars(select(Case)).one()
        assert case.status == "acknowledged"


def test_a_stranger_quoting_a_case_is_not_joined(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    first = make_mail(subject="Password reset", body="Sir,\nKindly reset my SSO ID password.\n")
    deliver(tmp_path / "mail", first, "1.x")
    service.run_pass()
    (ask,) = outbox(tmp_path)
    stranger = make_mail(sender="Evil <evil.person@gmail.com>", subject=f"Re: {ask['Subject']}",
                         body="Sir,\nHere are the details.\n", headers={"In-Reply-To": ask["Message-ID"]})
    deliver(tmp_path / "mail", stranger, "2.x")
    service.run_pass()
    assert count(service, Case) == 2


def _deliver_at(tmp_path: Path, raw: bytes, name: str, when: dt.datetime) -> None:
    import os

    path = deliver(tmp_path / "mail", raw, name)
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_old_mail_on_first_connection_is_recorded_without_reply(tmp_path: Path) -> None:
    _deliver_at(tmp_path, CORPUS[0].read_bytes(), "1.x", NOW - dt.timedelta(days=3))
    clock = [NOW]
    service = make_service(tmp_path, cutoff="first-run", clock=lambda: clock[0])
    report = service.run_pass()
    assert report.decided[0]["old"] is True and report.sent == 0
    clock[0] = NOW + dt.timedelta(hours=2)
    _deliver_at(tmp_path, CORPUS[14].read_bytes(), "2.x", NOW + dt.timedelta(hours=1))
    report = service.run_pass()
    assert report.decided[0]["old"] is False and report.sent == 1


def test_a_failing_mail_is_recorded_for_review_and_the_next_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import maild.app.triage as triage_module

    real = triage_module.triage

    def flaky(raw: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        if b"BOOM" in raw:
            raise RuntimeError("synthetic failure")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(triage_module, "triage", flaky)
    service = make_service(tmp_path)
    deliver(tmp_path / "mail", make_mail(subject="BOOM", body="BOOM\n"), "1.x")
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "2.x")
    report = service.run_pass()
    assert [d["action"] for d in report.decided] == ["review", "acknowledge"]
    with service.store.session() as s:
        failed = s.scalars(select(Mail).where(Mail.status == "failed")).one()
        assert "synthetic failure" in failed.error and failed.raw
    inbox = MaildirInbox(tmp_path / "mail")
    inbox.connect()
    assert inbox.folder_count("Review") == 1


def test_dry_run_records_and_sends_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    service = make_service(tmp_path, dry_run=True)
    deliver(tmp_path / "mail", CORPUS[0].read_bytes(), "1.x")
    service.run_pass()
    assert "would send an acknowledgement with the case reference" in capsys.readouterr().out
    assert outbox(tmp_path) == [] and count(service, Mail) == 0


def test_per_sender_cap_stops_replies(tmp_path: Path) -> None:
    service = make_service(tmp_path, extra="[replies]\nper_sender_daily_cap = 2\n")
    asks = [("Password reset", "Kindly reset my password."), ("SSO ID creation", "Kindly create my SSO ID."),
            ("Designation update", "Kindly update my designation after promotion."),
            ("Role mapping after transfer", "Kindly map my roles at the new station after transfer.")]
    for i, (subject, body) in enumerate(asks):
        deliver(tmp_path / "mail", make_mail(subject=subject, body=f"Sir,\n{body}\n"), f"{i}.x")
    report = service.run_pass()
    assert len({d["request_type"] for d in report.decided}) == 4, "four different requests"
    assert report.sent == 2
    assert [d["action"] for d in report.decided][2:] == ["review", "review"]


def test_the_same_request_again_outside_the_thread_gets_no_second_identical_reply(tmp_path: Path) -> None:
    """RFC 3834: the same answer to the same sender once per window, even without In-Reply-To."""
    service = make_service(tmp_path)
    ask = make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n")
    deliver(tmp_path / "mail", ask, "1.x")
    first = service.run_pass().decided[0]
    assert first["action"] == "request_missing"
    deliver(tmp_path / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"), "2.x")
    second = service.run_pass()
    assert second.sent == 0 and count(service, Case) == 1, "joined the open case, not answered again"
    assert len(outbox(tmp_path)) == 1
    deliver(tmp_path / "mail", make_mail(subject="SSO ID creation", body="Sir,\nKindly create my SSO ID.\n"), "3.x")
    assert service.run_pass().sent == 1, "another request is answered"


def test_oversize_mail_is_not_downloaded_and_sender_told_once(tmp_path: Path) -> None:
    service = make_service(tmp_path, extra="max_size = 100000\n")
    big = make_mail(subject="Service book", body="Sir,\nattached\n",
                    attachments=[("scan.pdf", b"%PDF-1.4\n" + b"0" * 300_000, "application/pdf")])
    deliver(tmp_path / "mail", big, "1.x")
    report = service.run_pass()
    assert report.decided[0]["reply"] == "oversize"
    (notice,) = outbox(tmp_path)
    assert "larger than" in notice.get_content() and "सीमा से बड़ा है" in notice.get_content()
    assert notice["Subject"].startswith(f"[{report.decided[0]['case']}] Mail too large / ")
    assert service.run_pass().sent == 0


def test_oversize_mail_from_a_forged_sender_is_not_answered(tmp_path: Path) -> None:
    service = make_service(tmp_path, extra="max_size = 100000\n")
    big = make_mail(sender="Ravi Kumar <victim.officer@gmail.com>", subject="Service book", body="Sir,\nattached\n",
                    auth="fail", attachments=[("scan.pdf", b"%PDF-1.4\n" + b"0" * 300_000, "application/pdf")])
    deliver(tmp_path / "mail", big, "1.x")
    report = service.run_pass()
    assert (report.decided[0]["reply"], report.sent) == ("", 0) and outbox(tmp_path) == []


def test_an_operator_cannot_write_to_an_address_a_reply_cannot_go_to(tmp_path: Path) -> None:
    from maild.app.review import ReviewError

    service = make_service(tmp_path)
    odd = make_mail(sender='"Ravi Kumar" <"ravi kumar"@example.in>', subject="Query", body="Sir,\nPlease help.\n")
    deliver(tmp_path / "mail", odd, "1.x")
    (decided,) = service.run_pass().decided
    assert decided["action"] == "review" and decided["reply"] == ""
    with pytest.raises(ReviewError, match="no sender address a reply can go to"):
        service.review.reply(decided["case"], "anita", "Hello")
    assert service.review.close(decided["case"], "anita", "done")["reply"] == ""
    assert outbox(tmp_path) == []


def test_reprocessing_after_a_lost_move_sends_nothing_twice(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    raw = CORPUS[14].read_bytes()
    deliver(tmp_path / "mail", raw, "1.x")
    service.run_pass()
    deliver(tmp_path / "mail", raw, "copy.x")  # the same mail shows up again (a move that did not stick)
    report = service.run_pass()
    assert report.sent == 0 and len(outbox(tmp_path)) == 1
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "decided")) == 1


def test_a_reply_left_sending_by_a_crash_becomes_uncertain_and_is_not_resent(tmp_path: Path) -> None:
    service = make_service(tmp_path, sender=_Crash())
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "1.x")
    with pytest.raises(SystemExit):
        service.run_pass()
    restarted = make_service(tmp_path)
    restarted.startup()
    restarted.run_pass()
    assert outbox(tmp_path) == []
    with restarted.store.session() as s:
        assert s.scalars(select(Outbound.status)).all() == ["uncertain"]


class _Crash:
    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        raise SystemExit("killed while sending")

    def close(self) -> None:
        return None


def test_any_update_on_a_complete_case_gets_no_second_acknowledgement(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "1.x")  # a complete status enquiry
    service.run_pass()
    (ack,) = outbox(tmp_path)
    original = email.message_from_bytes(CORPUS[14].read_bytes())
    nudge = make_mail(sender=original["From"], subject=f"Re: {ack['Subject']}", auth=None,
                      body="Sir,\nAny update on my request?\n\nName: Lavanya Reddy\nDesignation: Superintendent\n"
                           "Mobile No.: 8326737093\n",
                      headers={"In-Reply-To": ack["Message-ID"], "References": ack["Message-ID"]})
    deliver(tmp_path / "mail", nudge, "2.x")
    report = service.run_pass()
    assert report.sent == 0 and len(outbox(tmp_path)) == 1
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "case_bumped")) == 1
        assert s.scalar(select(func.count()).select_from(Case)) == 1


def test_case_reference_in_a_strangers_subject_goes_to_review(tmp_path: Path) -> None:
    """The stranger's mail opens its own review case, and its (authenticated) sender gets the holding
    reply under that case's reference, not the one it named."""
    service = make_service(tmp_path)
    deliver(tmp_path / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"), "1.x")
    service.run_pass()
    (ask,) = outbox(tmp_path)
    ref = ask["Subject"][1:15]
    stranger = make_mail(sender="Somebody <some.body@gmail.com>", subject=f"Documents for {ref}",
                         body="Sir,\nService book attached.\n",
                         attachments=[("sb.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")])
    deliver(tmp_path / "mail", stranger, "2.x")
    report = service.run_pass()
    assert report.decided[0]["action"] == "review" and report.sent == 1
    own = report.decided[0]["case"]
    (held,) = [m for m in outbox(tmp_path) if m["To"] == "some.body@gmail.com"]
    assert own != ref and held["Subject"].startswith(f"[{own}] Received, an officer will look at it")
    assert ref not in held["Subject"] and ref not in held.get_content()
    with service.store.session() as s:
        first = s.scalars(select(Case).where(Case.ref == ref)).one()
        assert first.status == "waiting"


def test_operators_are_told_once_when_polling_fails_and_once_when_it_recovers(tmp_path: Path) -> None:
    clock = [NOW]
    service = make_service(tmp_path, extra="", clock=lambda: clock[0])
    service.settings.values["replies"]["operators"] = ["ops@icegate.gov.in"]  # type: ignore[index]
    service.run_pass()
    for minutes in (0, 5, 16, 30):
        clock[0] = NOW + dt.timedelta(minutes=minutes)
        service.polling_failed("IMAP 127.0.0.1:993: ConnectionRefusedError")
    service.send_due()
    alerts = outbox(tmp_path)
    assert len(alerts) == 1 and "is not being read" in alerts[0]["Subject"]
    service.run_pass()
    service.run_pass()
    subjects = sorted(m["Subject"] for m in outbox(tmp_path))
    assert len(subjects) == 2 and any("is read again" in s for s in subjects)


def test_a_mail_that_blows_the_sandbox_limits_goes_to_review_and_the_next_is_answered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import maild.app.triage as triage_module

    real = triage_module.triage

    def greedy(raw: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        if b"BOMB" in raw:
            hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB: far over the limit
            del hoard
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(triage_module, "triage", greedy)
    service = make_service(tmp_path)
    service.settings.values["triage"]["sandbox_memory_mb"] = 200  # type: ignore[index]
    deliver(tmp_path / "mail", make_mail(subject="BOMB", body="BOMB\n"), "1.x")
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "2.x")
    report = service.run_pass()
    assert [d["action"] for d in report.decided] == ["review", "acknowledge"]
    assert "memory" in report.decided[0]["error"] or "died" in report.decided[0]["error"]
    assert report.sent == 1


def test_purge_removes_bodies_and_personal_details_and_keeps_the_record(tmp_path: Path) -> None:
    import sqlite3

    service = make_service(tmp_path)
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "1.x")  # mobile 8326737093 in the text
    service.run_pass()
    db_file = tmp_path / "maild.db"
    assert b"8326737093" in db_file.read_bytes() + (tmp_path / "maild.db-wal").read_bytes()
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    assert service.store.purge(later) == {"mails": 0, "replies": 0, "kept_open": 1}  # acknowledged: in hand
    with service.store.session() as s:
        s.execute(Case.__table__.update().values(status="closed"))
    counts = service.store.purge(later)
    assert counts == {"mails": 1, "replies": 1, "kept_open": 0}
    with service.store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert mail.raw is None and mail.verdict["purged"] is True and mail.verdict["details"]["mobile"] == ""
        assert mail.sha256 and mail.action == "acknowledge"
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "purged")) == 2
    service.store.engine.dispose()
    data = db_file.read_bytes()
    wal = tmp_path / "maild.db-wal"
    data += wal.read_bytes() if wal.exists() else b""
    assert b"8326737093" not in data
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _dsn(action: str, about: str) -> bytes:
    return (f"From: MAILER-DAEMON@mx.icegate.gov.in\nTo: saksham.seva@icegate.gov.in\n"
            f"Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
            f"Message-ID: <dsn-{action}-{abs(hash(about))}@mx.icegate.gov.in>\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
            f"--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
            f"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.icegate.gov.in\n\n"
            f"Final-Recipient: rfc822; someone@yahoo.co.in\nAction: {action}\nStatus: 5.0.0\n\n"
            f"--B\nContent-Type: text/rfc822-headers\n\nFrom: Saksham Seva <saksham.seva@icegate.gov.in>\n"
            f"Message-ID: {about}\nSubject: [SS-2025-000001] Received\n\n--B--\n").encode()


def test_a_bounce_of_our_reply_marks_it_and_puts_the_case_to_review(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    deliver(tmp_path / "mail", CORPUS[14].read_bytes(), "1.x")
    service.run_pass()
    (reply,) = outbox(tmp_path)
    deliver(tmp_path / "mail", _dsn("delayed", reply["Message-ID"]), "2.x")
    service.run_pass()
    with service.store.session() as s:
        assert s.scalars(select(Outbound.status)).one() == "sent"
    deliver(tmp_path / "mail", _dsn("failed", reply["Message-ID"]), "3.x")
    report = service.run_pass()
    assert report.decided[0]["action"] == "ignore" and report.sent == 0
    with service.store.session() as s:
        assert s.scalars(select(Outbound.status)).one() == "bounced"
        assert s.scalars(select(Case.status)).one() == "review"


def test_a_robot_echoing_our_replies_gets_one_reply_per_window(tmp_path: Path) -> None:
    clock = [NOW]
    service = make_service(tmp_path, clock=lambda: clock[0])
    deliver(tmp_path / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"), "0.x")
    service.run_pass()
    for i in range(1, 6):  # an echo robot without Auto-Submitted answers every reply of ours
        last = outbox(tmp_path)[-1]
        echo = make_mail(subject=f"Re: {last['Subject']}", body="Sir,\nKindly reset my password.\n",
                         headers={"In-Reply-To": last["Message-ID"], "References": last["Message-ID"]})
        clock[0] += dt.timedelta(minutes=10)
        deliver(tmp_path / "mail", echo, f"{i}.x")
        service.run_pass()
    assert len(outbox(tmp_path)) == 1, "the first reply only, within the window"
    clock[0] += dt.timedelta(hours=25)
    last = outbox(tmp_path)[-1]
    deliver(tmp_path / "mail", make_mail(subject=f"Re: {last['Subject']}", body="Sir,\nKindly reset my password.\n",
                                         headers={"In-Reply-To": last["Message-ID"]}), "9.x")
    service.run_pass()
    assert len(outbox(tmp_path)) == 2, "after the window the reply may go again"
