"""The daemon against a real Dovecot IMAP server and a real SMTP server on loopback.

Mails are APPENDed to the private Dovecot; maild triages them, the replies
arrive at the aiosmtpd sink with the right headers and wording, the mails
end in the right folders, and a follow-up in the thread completes its case.
"""

from __future__ import annotations

import datetime as dt
import email
import os
import subprocess
import sys
import threading
import time
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from builders import SERVICE_BOOK_TEXT, make_mail, make_pdf
from maild.adapters.db_schema import Audit, Case, Mail, Outbound
from maild import bootstrap
from maild.app.worker import Worker
from maild.bootstrap import build_store
from maild.config import Settings, load_settings
from maild.runtime.daemon import Daemon
from paths import SHARED
from servers import Dovecot, SmtpSink

CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}
PICK = ["001", "003", "012", "015", "025", "031", "035", "036"]  # ack, missing, review, ack, missing, redirect, ignore x2


def settings_for(tmp_path: Path, imap: Dovecot, sink: SmtpSink, extra: str = "") -> Settings:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
{extra}
[imap]
host = "127.0.0.1"
port = {imap.port}
security = "plain"
username = "{imap.user}"
idle_refresh = 5.0
timeout = 10.0
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
timeout = 3.0
retry_seconds = 1.0
[daemon]
poll_interval = 1.0
reconnect_max = 2.0
""", encoding="utf-8")
    return load_settings(cfg, required=True, environ={})


pytestmark = pytest.mark.usefixtures("imap_password")


def service_for(settings: Settings) -> Worker:
    return bootstrap.worker(settings)


def parsed(message: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(message, policy=policy.default)  # type: ignore[return-value]


def test_mails_are_triaged_answered_and_filed(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    for key in PICK:
        dovecot.append(CORPUS[key])
    service = service_for(settings_for(tmp_path, dovecot, smtp_sink))
    report = service.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge", "request_missing", "review", "acknowledge",
                                                     "request_missing", "redirect", "ignore", "ignore"]
    received = smtp_sink.wait_for(6, timeout=10)
    assert len(received) == 6, "five answers and a holding reply to the authenticated sender put to review"
    by_to = {m.rcpt_tos[0]: parsed(m.data) for m in received}
    originals = {parsed(CORPUS[k])["From"].addresses[0].addr_spec: parsed(CORPUS[k]) for k in PICK}
    for to, reply in by_to.items():
        original = originals[to]
        assert reply["In-Reply-To"] == original["Message-ID"]
        assert original["Message-ID"] in reply["References"]
        assert reply["Auto-Submitted"] == "auto-replied"
        assert reply["X-Auto-Response-Suppress"] == "All"
        assert reply["Subject"].startswith("[SS-")
    missing = by_to["kavitha.ramaswamy@icegate.gov.in"].get_content()
    assert "service book" in missing and "Details required" in by_to["kavitha.ramaswamy@icegate.gov.in"]["Subject"]
    redirect = by_to["sreeja.nambiar@icegate.gov.in"].get_content()
    assert "eccs.helpdesk@icegate.gov.in" in redirect
    (held,) = [m for m in by_to.values() if "an officer will look at it" in m["Subject"]]
    assert held["To"] == parsed(CORPUS["012"])["From"].addresses[0].addr_spec
    assert dovecot.count("INBOX") == 0
    assert dovecot.count("Processed") == 5
    assert dovecot.count("Review") == 1
    assert dovecot.count("Ignored") == 2
    again = service.run_pass()
    assert again.decided == [] and again.sent == 0
    time.sleep(0.3)
    assert len(smtp_sink.messages) == 6
    service.inbox.close()


def test_a_follow_up_in_the_thread_completes_the_case(tmp_path: Path, dovecot: Dovecot,
                                                      smtp_sink: SmtpSink) -> None:
    service = service_for(settings_for(tmp_path, dovecot, smtp_sink))
    dovecot.append(CORPUS["025"])  # promotion order only: the service book is missing
    service.run_pass()
    (ask,) = smtp_sink.wait_for(1)
    ask_msg = parsed(ask.data)
    reference = ask_msg["Subject"][1:15]
    follow = make_mail(sender="Farhan Qureshi <farhan.qureshi@icegate.gov.in>", subject=f"Re: {ask_msg['Subject']}",
                       body="Sir,\n\nThe first page of my service book is attached.\n\nRegards\nFarhan Qureshi\n",
                       headers={"In-Reply-To": ask_msg["Message-ID"], "References": ask_msg["Message-ID"]},
                       attachments=[("Service book.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")])
    dovecot.append(follow)
    report = service.run_pass()
    assert [d["action"] for d in report.decided] == ["acknowledge"]
    messages = smtp_sink.wait_for(2)
    ack = parsed(messages[1].data)
    assert ack["Subject"].startswith(f"[{reference}] Received")
    assert ack["In-Reply-To"] == parsed(follow)["Message-ID"]
    with service.store.session() as s:
        case = s.scalars(select(Case)).one()
        assert (case.ref, case.status) == (reference, "acknowledged")
    service.inbox.close()


@pytest.mark.parametrize("drop", [("MOVE",), ("MOVE", "UIDPLUS")])
def test_filing_without_move(tmp_path: Path, dovecot_factory, smtp_sink: SmtpSink, drop: tuple[str, ...]) -> None:
    server = dovecot_factory(capabilities_drop=drop)
    other = make_mail(subject="someone else's deleted mail", body="x\n")
    server.append(other, flags=("\\Deleted",))
    for key in ("015", "036"):
        server.append(CORPUS[key])
    service = service_for(settings_for(tmp_path, server, smtp_sink))
    report = service.run_pass()
    assert len(report.decided) == 2
    assert server.count("Processed") == 1 and server.count("Ignored") == 1
    flags = server.flags("INBOX")
    if "UIDPLUS" in drop:
        assert len(flags) == 3, "without UIDPLUS nothing is expunged"
    else:
        assert len(flags) == 1, "only our own UIDs were expunged; the other client's mail survives"
    second = service.run_pass()
    assert second.decided == [] and second.refiled == 0
    assert server.count("Processed") == 1, "a filed mail is not copied again"
    service.inbox.close()


def test_a_mail_moved_whose_mark_was_lost_is_marked_filed_not_moved_again(tmp_path: Path, dovecot: Dovecot,
                                                                          smtp_sink: SmtpSink) -> None:
    """The MOVE went through and the store went away before the commit that marks the mail filed (a
    database connection killed then): the next pass finds it gone from the mailbox and only marks it."""
    dovecot.append(CORPUS["015"])
    service = service_for(settings_for(tmp_path, dovecot, smtp_sink))
    assert len(service.run_pass().decided) == 1
    with service.store.session() as s:
        mail = s.scalars(select(Mail)).one()
        folder, mail.filed_at = mail.folder, None
        s.commit()
    moved = dovecot.count(folder)
    assert moved == 1
    second = service.run_pass()
    assert second.decided == [] and second.refiled == 0
    with service.store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert mail.filed_at is not None and mail.folder == folder
    assert dovecot.count(folder) == moved and dovecot.count("INBOX") == 0, "not moved, not copied again"
    service.inbox.close()


def test_uidvalidity_change_resyncs_without_replying_twice(tmp_path: Path, dovecot: Dovecot,
                                                          smtp_sink: SmtpSink) -> None:
    folders = "\n".join(f'folder_{a} = ""' for a in ("acknowledge", "request_missing", "redirect", "review",
                                                     "ignore", "old"))
    settings = settings_for(tmp_path, dovecot, smtp_sink, extra=folders)
    for key in ("015", "019"):
        dovecot.append(CORPUS[key])
    service = service_for(settings)
    service.run_pass()
    assert len(smtp_sink.wait_for(2)) == 2
    service.inbox.close()
    dovecot.set_uidvalidity(dovecot.uidvalidity() + 1000)
    service = service_for(settings)
    report = service.run_pass()
    assert report.decided == [] and report.sent == 0
    assert dovecot.count("INBOX") == 2
    with service.store.session() as s:
        assert len(s.scalars(select(Outbound)).all()) == 2
    service.inbox.close()


def test_smtp_4xx_is_retried_and_delivered_once(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    now = [dt.datetime.now(dt.timezone.utc)]
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    service = bootstrap.worker(settings, clock=lambda: now[0])
    smtp_sink.mode = "4xx"
    dovecot.append(CORPUS["015"])
    report = service.run_pass()
    assert report.sent == 0 and report.failed_sends == 1
    smtp_sink.mode = "ok"
    service.send_due()
    assert [m for m in smtp_sink.messages if m.accepted] == [], "not before the retry time"
    now[0] += dt.timedelta(seconds=5)
    service.send_due()
    delivered = [m for m in smtp_sink.wait_for(1) if m.accepted]
    assert len(delivered) == 1
    with service.store.session() as s:
        row = s.scalars(select(Outbound)).one()
        assert (row.status, row.attempts) == ("sent", 2)
    service.inbox.close()


def test_smtp_5xx_fails_the_reply_without_retry(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    service = service_for(settings_for(tmp_path, dovecot, smtp_sink))
    smtp_sink.mode = "5xx"
    dovecot.append(CORPUS["015"])
    service.run_pass()
    with service.store.session() as s:
        row = s.scalars(select(Outbound)).one()
        assert row.status == "failed" and "550" in row.last_error
    service.inbox.close()


def test_daemon_on_idle_answers_new_mail_and_stops_on_request(tmp_path: Path, dovecot: Dovecot,
                                                              smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    daemon = Daemon(settings)
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    time.sleep(1.0)
    started = time.monotonic()
    dovecot.append(CORPUS["015"])
    (reply,) = smtp_sink.wait_for(1, timeout=15)
    latency = time.monotonic() - started
    assert parsed(reply.data)["To"] == "lavanya.reddy.hyd@gmail.com"
    assert latency < 5, f"answered {latency:.1f} s after the APPEND"
    daemon.stop()
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_killed_between_steps_then_restarted_sends_each_reply_at_most_once(
        tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    for key in PICK:
        dovecot.append(CORPUS[key])
    env = {**os.environ, "MAILD_IMAP_PASSWORD": Dovecot.password}
    cmd = [sys.executable, "-m", "maild", "poll", "--config", str(settings.source)]
    for fault in ("after_record:2", "after_file:3", "after_send:2", "after_claim:1"):
        proc = subprocess.run(cmd, env={**env, "MAILD_FAULT": fault}, capture_output=True, timeout=120)
        assert proc.returncode in (0, 101), proc.stderr.decode()
    proc = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    time.sleep(0.5)
    ids = [parsed(m.data)["Message-ID"] for m in smtp_sink.messages]
    assert len(ids) == len(set(ids)), "no reply twice"
    store = build_store(settings)
    with store.session() as s:
        rows = s.scalars(select(Outbound)).all()
        assert len(rows) == 6
        statuses = sorted(r.status for r in rows)
    assert set(statuses) <= {"sent", "uncertain"}
    assert len(ids) == statuses.count("sent") + sum(1 for r in rows if r.status == "uncertain" and r.message_id in ids)
    assert dovecot.count("INBOX") == 0
    assert dovecot.count("Processed") + dovecot.count("Review") + dovecot.count("Ignored") == len(PICK)


def test_daemon_reconnects_after_the_server_goes_away(tmp_path: Path, dovecot: Dovecot,
                                                      smtp_sink: SmtpSink) -> None:
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    daemon = Daemon(settings)
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    time.sleep(1.0)
    dovecot.kick()
    dovecot.stop()
    time.sleep(2.0)
    dovecot.start()
    dovecot.append(CORPUS["015"])
    (reply,) = smtp_sink.wait_for(1, timeout=20)
    assert parsed(reply.data)["To"] == "lavanya.reddy.hyd@gmail.com"
    daemon.stop()
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_daemon_scheduler_sends_each_reminder_once(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    extra = ""
    settings = settings_for(tmp_path, dovecot, smtp_sink, extra=extra)
    cfg = Path(str(settings.source))
    cfg.write_text(cfg.read_text() + "\n[reminders]\nafter_hours = 0.0006\nevery_hours = 0.0006\n"
                   "max_reminders = 2\nweekly_off = []\nworkday_start = \"00:00\"\nsweep_seconds = 0.4\n")
    # (an office open all day, every day: the test runs on the real clock, at any hour)
    settings = load_settings(cfg, required=True, environ={})
    daemon = Daemon(settings)
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    try:
        dovecot.append(CORPUS["025"])  # promotion order only: waits on its sender
        messages = smtp_sink.wait_for(4, timeout=30)
        time.sleep(4.0)  # several more sweeps: nothing more may go out
    finally:
        daemon.stop()
        thread.join(timeout=10)
    subjects = [parsed(m.data)["Subject"] for m in smtp_sink.messages]
    sent = [f"{parsed(m.data)['To']} | {parsed(m.data)['Subject']}" for m in smtp_sink.messages]
    assert len(subjects) == 4, "\n".join(sent)
    assert "Details required" in subjects[0]
    assert "Reminder 1" in subjects[1] and "Reminder 2" in subjects[2]
    assert "Closed" in subjects[3]
    ids = [parsed(m.data)["Message-ID"] for m in messages]
    assert len(set(ids)) == 4


def test_metrics_endpoint_reports_mails_replies_and_poll_age(tmp_path: Path, dovecot: Dovecot,
                                                             smtp_sink: SmtpSink) -> None:
    import urllib.request

    from servers import free_port

    port = free_port()
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    cfg = Path(str(settings.source))
    cfg.write_text(cfg.read_text() + f"\n[metrics]\nenabled = true\nport = {port}\n")
    daemon = Daemon(load_settings(cfg, required=True, environ={}))
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    for key in ("015", "036"):
        dovecot.append(CORPUS[key])
    smtp_sink.wait_for(1, timeout=15)
    time.sleep(1.5)
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    daemon.stop()
    thread.join(timeout=10)
    assert 'maild_mails_total{action="acknowledge",mailbox="saksham-seva",request_type="sso_status"} 1.0' in text
    assert 'maild_mails_total{action="ignore"' in text
    assert 'maild_replies_total{kind="acknowledge",mailbox="saksham-seva",result="sent"} 1.0' in text
    assert "maild_poll_age_seconds" in text and "maild_triage_seconds_bucket" in text
    assert "maild_outbox_pending" in text and "maild_backlog" in text


def test_smtp_hang_after_data_is_uncertain_and_never_resent(tmp_path: Path, dovecot: Dovecot) -> None:
    sink = SmtpSink(mode="hang_after_data", hang_seconds=6.0).start()
    try:
        settings = settings_for(tmp_path, dovecot, sink)
        service = service_for(settings)
        dovecot.append(CORPUS["015"])
        service.run_pass()
        with service.store.session() as s:
            assert s.scalars(select(Outbound.status)).one() == "uncertain"
        sink.mode = "ok"
        service.send_due()
        time.sleep(0.5)
        assert [m for m in sink.messages if m.accepted] == [], "an uncertain reply is never sent again"
        service.inbox.close()
    finally:
        sink.stop()


def test_smtp_refused_is_retried_then_delivered_once(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    now = [dt.datetime.now(dt.timezone.utc)]
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    service = bootstrap.worker(settings, clock=lambda: now[0])
    smtp_sink.mode = "refuse"
    dovecot.append(CORPUS["015"])
    report = service.run_pass()
    assert report.failed_sends == 1
    smtp_sink.mode = "ok"
    now[0] += dt.timedelta(seconds=5)
    service.send_due()
    assert len([m for m in smtp_sink.wait_for(1) if m.accepted]) == 1
    service.inbox.close()


COPY_TO = "saksham.seva+sent@icegate.gov.in"


def _reconcile_setup(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> Settings:
    """Replies carry a copy to an own address, which the 'MTA' files in the Sent folder."""
    dovecot.create_folder("Sent")
    smtp_sink.local[COPY_TO] = lambda data: dovecot.append(data, folder="Sent")
    settings = settings_for(tmp_path, dovecot, smtp_sink, extra='sent_folder = "Sent"')
    cfg = Path(str(settings.source))
    cfg.write_text(cfg.read_text().replace("[smtp]\n", f'[smtp]\ncopy_to = "{COPY_TO}"\n'))
    return load_settings(cfg, required=True, environ={})


def test_an_uncertain_reply_found_in_the_sent_folder_is_settled_not_resent(
        tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    """E13: killed after the 250 and before 'sent' was recorded; the copy proves delivery."""
    settings = _reconcile_setup(tmp_path, dovecot, smtp_sink)
    dovecot.append(CORPUS["015"])
    env = {**os.environ, "MAILD_IMAP_PASSWORD": Dovecot.password}
    cmd = [sys.executable, "-m", "maild", "poll", "--config", str(settings.source)]
    proc = subprocess.run(cmd, env={**env, "MAILD_FAULT": "after_send:1"}, capture_output=True, timeout=120)
    assert proc.returncode == 101, proc.stderr.decode()
    (reply,) = smtp_sink.messages
    assert COPY_TO in reply.rcpt_tos and COPY_TO not in reply.data.decode(), "the copy is envelope-only"
    assert dovecot.count("Sent") == 1
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "replies_reconciled" in proc.stderr
    assert len(smtp_sink.messages) == 1, "never resent"
    with build_store(settings).session() as s:
        (row,) = s.scalars(select(Outbound)).all()
        events = [a.event for a in s.scalars(select(Audit).where(Audit.outbound_id == row.id))]
    assert row.status == "sent" and row.sent_at is not None
    assert "reply_uncertain" in events and "reply_reconciled" in events


def test_an_uncertain_reply_without_a_copy_stays_uncertain(tmp_path: Path, dovecot: Dovecot,
                                                          smtp_sink: SmtpSink) -> None:
    """The server hung after DATA and never accepted: no copy, so an operator decides."""
    settings = _reconcile_setup(tmp_path, dovecot, smtp_sink)
    smtp_sink.hang_seconds = 5.0
    smtp_sink.mode = "hang_after_data"
    dovecot.append(CORPUS["015"])
    service = service_for(settings)
    service.run_pass()
    smtp_sink.mode = "ok"
    assert service.run_pass().reconciled == 0
    assert dovecot.count("Sent") == 0
    with build_store(settings).session() as s:
        (row,) = s.scalars(select(Outbound)).all()
    assert row.status == "uncertain"
    assert len(smtp_sink.messages) == 1


def test_a_backlog_of_replies_goes_out_on_one_smtp_connection(tmp_path: Path, dovecot: Dovecot,
                                                              smtp_sink: SmtpSink) -> None:
    for key in PICK:
        dovecot.append(CORPUS[key])
    service = service_for(settings_for(tmp_path, dovecot, smtp_sink))
    report = service.run_pass()
    assert report.sent >= 3
    assert len({m.peer for m in smtp_sink.messages}) == 1, "one connection, one handshake"


def test_a_server_that_hangs_up_after_each_250_is_reconnected_and_nothing_is_uncertain(
        tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "drop_after_250"
    for key in PICK:
        dovecot.append(CORPUS[key])
    settings = settings_for(tmp_path, dovecot, smtp_sink)
    report = service_for(settings).run_pass()
    assert report.sent >= 3 and report.failed_sends == 0
    assert len({m.peer for m in smtp_sink.messages}) == report.sent, "a new connection after each hang-up"
    with build_store(settings).session() as s:
        assert {r.status for r in s.scalars(select(Outbound))} == {"sent"}
