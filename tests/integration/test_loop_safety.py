"""R1: the suppression matrix. Every robot marker is recorded and filed without a reply;
the controls (Auto-Submitted: no, X-Auto-Response-Suppress alone, a plain officer mail) are answered."""

from __future__ import annotations


import threading
import time
from pathlib import Path


from sqlalchemy import func, select

from builders import make_mail
from maild.adapters.db_schema import Mail, Outbound
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild import bootstrap
from maild.app.worker import Worker
from maild.bootstrap import build_store
from maild.config import load_settings

BODY = ("Sir,\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: Ravi Kumar\nDesignation: Inspector\n"
        "SSO ID: 61834027\nMobile: 9482261796\n")
ROBOTS = {
    "auto-generated": {"Auto-Submitted": "auto-generated"},
    "auto-replied": {"Auto-Submitted": "auto-replied"},
    "auto-notified": {"Auto-Submitted": "auto-notified; owner-email=x@y.in"},
    "precedence-bulk": {"Precedence": "bulk"},
    "precedence-list": {"Precedence": "list"},
    "precedence-junk": {"Precedence": "junk"},
    "list-id": {"List-Id": "<officers.cbic.example>"},
    "list-unsubscribe": {"List-Unsubscribe": "<mailto:leave@lists.example>"},
    "list-post": {"List-Post": "<mailto:list@lists.example>"},
    "null-return-path": {"Return-Path": "<>"},
}
ROBOT_SENDERS = ["MAILER-DAEMON@mx.example.in", "postmaster@icegate.gov.in", "owner-officers@lists.example",
                 "officers-request@lists.example", "noreply@icegate.gov.in", "no-reply@cbic.gov.in",
                 "donotreply@gst.gov.in", "Saksham Seva <saksham.seva@icegate.gov.in>"]
CONTROLS = {"auto-submitted-no": {"Auto-Submitted": "No"}, "x-ars-all": {"X-Auto-Response-Suppress": "All"},
            "plain": {}}


def service_in(tmp_path: Path) -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n'
                   '[replies]\nper_sender_daily_cap = 0\n')
    settings = load_settings(cfg, required=True, environ={})
    return bootstrap.worker(settings, inbox=MaildirInbox(tmp_path / "mail", settings.section("mailbox")["name"]),
                            sender=FileSender(tmp_path / "outbox"))


def test_suppression_matrix(tmp_path: Path) -> None:
    service = service_in(tmp_path)
    n = 0
    for name, headers in ROBOTS.items():
        deliver(tmp_path / "mail", make_mail(subject=f"Password reset {name}", body=BODY, headers=headers), f"{n}.m")
        n += 1
    for sender in ROBOT_SENDERS:
        deliver(tmp_path / "mail", make_mail(sender=sender, subject="Password reset", body=BODY), f"{n}.m")
        n += 1
    for name, headers in CONTROLS.items():
        deliver(tmp_path / "mail", make_mail(sender=f"Officer <officer.{name}@icegate.gov.in>",
                                             subject=f"Password reset {name}", body=BODY, headers=headers), f"{n}.m")
        n += 1
    report = service.run_pass()
    actions = [d["action"] for d in report.decided]
    assert len(actions) == n
    assert actions[: n - len(CONTROLS)] == ["ignore"] * (n - len(CONTROLS)), "no robot is answered"
    assert actions[n - len(CONTROLS):] == ["acknowledge"] * len(CONTROLS), "no human is silenced"
    assert report.sent == len(CONTROLS)
    box = MaildirInbox(tmp_path / "mail")
    box.connect()
    assert box.folder_count("Ignored") == n - len(CONTROLS)


def test_a_concurrent_reader_never_sees_database_is_locked(tmp_path: Path) -> None:
    """D2: `maild status` every 100 ms while a pass writes."""
    service = service_in(tmp_path)
    for i in range(60):
        deliver(tmp_path / "mail", make_mail(sender=f"Officer {i} <officer.{i}@icegate.gov.in>",
                                             subject=f"Password reset {i}", body=BODY), f"{i}.m")
    reader = build_store(service.settings)
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                reader.status()
                with reader.session() as s:
                    s.scalar(select(func.count()).select_from(Mail))
            except BaseException as exc:  # collected for the assertion
                errors.append(exc)
            time.sleep(0.1)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        report = service.run_pass()
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert len(report.decided) == 60
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Outbound)) == 60

