"""Time as the office keeps it, under a clock the tests control: nothing scheduled leaves outside working time.

Reminders, final notices and digests leave on a working day from [reminders]
workday_start (09:30 IST), never at midnight after a Sunday; a retry that
falls due before the day starts waits for its start; `maild cases --due` shows the
moment each will really leave, and every time shown is in the office's zone
with the zone named. The database keeps UTC.
"""

from __future__ import annotations

import datetime as dt
import email
from email import policy as email_policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from builders import make_mail, make_pdf
from maild import bootstrap
from maild.adapters.db_schema import Case, Outbound
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild.app.reminders import due_list
from maild.app.worker import Worker
from maild.config import load_settings
from maild.interfaces.cli import main
from servers import SmtpSink

IST = ZoneInfo("Asia/Kolkata")
THURSDAY_0030 = dt.datetime(2026, 12, 3, 0, 30, tzinfo=IST)  # +72 h: Sunday 00:30
SUNDAY_NOON = dt.datetime(2026, 12, 6, 12, 0, tzinfo=IST)
MONDAY_0030 = dt.datetime(2026, 12, 7, 0, 30, tzinfo=IST)
MONDAY_0930 = dt.datetime(2026, 12, 7, 9, 30, tzinfo=IST)
PROMOTION_ONLY = make_mail(subject="Designation update after promotion",
                           body="Sir,\nI have been promoted. Kindly update my designation.\n\nRegards,\nRavi Kumar\n",
                           attachments=[("Promotion order.pdf", make_pdf(["Sub: Promotion of Inspectors"]),
                                         "application/pdf")])


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def make(tmp_path: Path, clock: Clock, smtp: str = '[smtp]\nkind = "file"\n') -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n'
                   f'{smtp}[replies]\noperators = ["ops@icegate.gov.in"]\n', encoding="utf-8")
    settings = load_settings(cfg, required=True, environ={})
    sender = {"sender": FileSender(tmp_path / "outbox")} if "file" in smtp else {}
    return bootstrap.worker(settings, inbox=MaildirInbox(tmp_path / "mail", "saksham-seva"), clock=clock, **sender)


def sent(service: Worker) -> list[str]:
    with service.store.session() as s:
        return [r.kind for r in s.scalars(select(Outbound).where(Outbound.status == "sent").order_by(Outbound.id))]


def test_a_sundays_backlog_leaves_at_the_start_of_monday(tmp_path: Path) -> None:
    clock = Clock(THURSDAY_0030)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    assert sent(service) == ["request_missing"], "a reply to a mail goes at once, whatever the hour"
    for moment in (SUNDAY_NOON, MONDAY_0030, MONDAY_0930 - dt.timedelta(minutes=1)):
        clock.now = moment
        service.sweep_reminders()
        assert sent(service) == ["request_missing"], moment
    clock.now = MONDAY_0930
    service.sweep_reminders()
    assert sent(service) == ["request_missing", "reminder"]
    with service.store.session() as s:
        row = s.scalars(select(Outbound).where(Outbound.kind == "reminder")).one()
        stored = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.timezone.utc)
        assert stored == MONDAY_0930, "kept in UTC, the same moment"


def test_a_reminder_retried_before_the_day_starts_waits_for_it(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    clock = Clock(THURSDAY_0030)
    smtp = f'[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {smtp_sink.port}\nsecurity = "plain"\n' \
           'timeout = 3.0\nretry_seconds = 50400.0\n'
    service = make(tmp_path, clock, smtp)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    clock.now = MONDAY_0930 + dt.timedelta(hours=3)  # 12:30: the reminder is queued, the server refuses it
    smtp_sink.mode = "4xx"
    service.sweep_reminders()
    assert sent(service) == ["request_missing"]
    smtp_sink.mode = "ok"
    clock.now = dt.datetime(2026, 12, 8, 3, 0, tzinfo=IST)  # its retry time (14 h later) is past: before 09:30
    service.send_due()
    assert sent(service) == ["request_missing"], "held: a reminder leaves in working time only"
    with service.store.session() as s:
        row = s.scalars(select(Outbound).where(Outbound.kind == "reminder")).one()
        at = row.next_attempt_at if row.next_attempt_at.tzinfo else row.next_attempt_at.replace(tzinfo=dt.timezone.utc)
        assert (row.status, at) == ("pending", dt.datetime(2026, 12, 8, 9, 30, tzinfo=IST))
    clock.now = dt.datetime(2026, 12, 8, 9, 30, tzinfo=IST)
    service.send_due()
    assert sent(service) == ["request_missing", "reminder"]
    assert len([m for m in smtp_sink.messages if m.accepted]) == 2


def test_cases_due_shows_when_each_will_really_leave_in_the_offices_zone(tmp_path: Path) -> None:
    clock = Clock(THURSDAY_0030)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    settings = service.settings
    ((row,),) = [due_list(service.store, settings.reminder_policy(), IST, SUNDAY_NOON)]
    assert (row["kind"], row["leaves"], row["due_now"]) == ("remind", "2026-12-07 09:30 IST", False)
    (row,) = due_list(service.store, settings.reminder_policy(), IST, MONDAY_0930 + dt.timedelta(hours=1))
    assert (row["leaves"], row["due_now"]) == ("2026-12-07 10:30 IST", True)
    with service.store.session() as s:
        ref = s.scalars(select(Case.ref)).one()
    assert row["case"] == ref


def test_the_command_line_shows_times_in_the_offices_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock(THURSDAY_0030)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    assert main(["status", "--config", str(tmp_path / "maild.toml")]) == 0
    assert "last good poll: 2026-12-03 00:30 IST" in capsys.readouterr().out
    assert main(["cases", "--due", "--config", str(tmp_path / "maild.toml")]) == 0
    out = capsys.readouterr().out
    assert " IST" in out and " UTC" not in out


def test_the_digest_goes_to_the_operators_in_working_time_with_times_in_ist(tmp_path: Path) -> None:
    clock = Clock(dt.datetime(2026, 12, 4, 10, 0, tzinfo=IST))  # Friday
    service = make(tmp_path, clock)
    raw = make_mail(sender="Ravi Kumar <ravi.kumar82@gmail.com>", subject="SSO ID status",
                    body="Sir,\nPlease tell me whether an SSO ID exists in my name.\nName: Ravi Kumar\n"
                         "Designation: Inspector\nMobile: 9876543210\n\nRegards,\nRavi Kumar\n")
    deliver(tmp_path / "mail", raw, "1.m")
    service.run_pass()
    assert sent(service) == ["acknowledge"]
    clock.now = MONDAY_0030  # overdue since Sunday 10:00; not before Monday's start
    service.sweep_reminders()
    assert sent(service) == ["acknowledge"]
    clock.now = MONDAY_0930
    service.sweep_reminders()
    assert sent(service) == ["acknowledge", "digest"]
    (digest,) = [email.message_from_bytes(p.read_bytes(), policy=email_policy.default)
                 for p in (tmp_path / "outbox").glob("*.eml") if b"still open" in p.read_bytes()]
    text = digest.get_content()
    assert "acknowledged 2026-12-04 10:00 IST" in text and "(as of 2026-12-07 09:30 IST)" in text
