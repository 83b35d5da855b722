"""A case's life under a controllable clock: reminders, abandonment, digests, the calendar."""

from __future__ import annotations

import datetime as dt
import email
import re
import subprocess
import sys
from email import policy as email_policy
from pathlib import Path

from sqlalchemy import select

from builders import SERVICE_BOOK_TEXT, make_mail, make_pdf
from maild.adapters.db_schema import Case, Outbound
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild import bootstrap
from maild.app.worker import Worker
from maild.config import load_settings
from paths import SHARED

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
TUESDAY = dt.datetime(2026, 12, 1, 10, 0, tzinfo=IST)
PROMOTION_ONLY = make_mail(subject="Designation update after promotion",
                           body="Sir,\nI have been promoted. Kindly update my designation.\n\nRegards,\nRavi Kumar\n",
                           attachments=[("Promotion order.pdf", make_pdf(["Sub: Promotion of Inspectors"]),
                                         "application/pdf")])


# An office that never closes: for the tests that run `maild` on the real clock.
ALWAYS_OPEN = '[reminders]\nweekly_off = []\nworkday_start = "00:00"\n'


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += dt.timedelta(**kw)


def make(tmp_path: Path, clock: Clock, extra: str = "") -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n'
                   f'[replies]\noperators = ["ops@icegate.gov.in"]\n{extra}', encoding="utf-8")
    settings = load_settings(cfg, required=True, environ={})
    return bootstrap.worker(settings, inbox=MaildirInbox(tmp_path / "mail", settings.section("mailbox")["name"]),
                            sender=FileSender(tmp_path / "outbox"), clock=clock)


def sent(service: Worker) -> list[tuple[str, str]]:
    with service.store.session() as s:
        return [(r.kind, r.recipient) for r in s.scalars(select(Outbound).where(Outbound.status == "sent")
                                                         .order_by(Outbound.id))]


def outbox(tmp_path: Path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=email_policy.default)  # type: ignore[misc]
            for p in sorted((tmp_path / "outbox").glob("*.eml"))]


def case_status(service: Worker) -> str:
    with service.store.session() as s:
        return s.scalars(select(Case.status)).one()


def test_incomplete_reminded_twice_then_abandoned(tmp_path: Path) -> None:
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    assert [k for k, _ in sent(service)] == ["request_missing"]
    for day, expected in ((1, []), (3, ["reminder"]), (4, []), (6, ["reminder"]), (9, ["abandoned"]), (12, [])):
        clock.now = TUESDAY + dt.timedelta(days=day, minutes=1)
        before = len(sent(service))
        service.sweep_reminders()
        service.sweep_reminders()  # a second sweep at the same moment sends nothing more
        assert [k for k, _ in sent(service)[before:]] == expected, f"day {day}"
    assert case_status(service) == "abandoned"
    files = [email.message_from_bytes(p.read_bytes(), policy=email_policy.default)
             for p in (tmp_path / "outbox").glob("*.eml")]
    reminders = [m for m in files if "Reminder" in m["Subject"]]
    assert len(reminders) == 2
    for reminder in reminders:
        assert reminder["Subject"].startswith("[SS-") and reminder["In-Reply-To"]
        assert reminder["Auto-Submitted"] == "auto-replied"
        assert "service book" in reminder.get_content()
    final = next(m for m in files if "Closed" in m["Subject"])
    assert "start again" in final.get_content()


def test_a_follow_up_that_completes_the_case_stops_the_reminders(tmp_path: Path) -> None:
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    clock.advance(days=3, minutes=1)
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["request_missing", "reminder"]
    (reminder,) = [m for m in outbox(tmp_path) if "Reminder" in m["Subject"]]
    follow = make_mail(subject=f"Re: {reminder['Subject']}", body="Sir,\nService book attached.\n",
                       headers={"In-Reply-To": reminder["Message-ID"]},
                       attachments=[("sb.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")])
    clock.advance(hours=2)
    deliver(tmp_path / "mail", follow, "2.m")
    service.run_pass()
    assert case_status(service) == "acknowledged"
    for day in (6, 9, 12):
        clock.now = TUESDAY + dt.timedelta(days=day, minutes=5)
        service.sweep_reminders()
    kinds = [k for k, _ in sent(service)]
    assert kinds[:3] == ["request_missing", "reminder", "acknowledge"]
    assert "reminder" not in kinds[3:] and "abandoned" not in kinds


def test_a_follow_up_still_incomplete_restarts_the_reminders(tmp_path: Path) -> None:
    """Asked again for what is still missing, the sender gets the full round of reminders again."""
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    clock.advance(days=3, minutes=1)
    service.sweep_reminders()
    (reminder,) = [m for m in outbox(tmp_path) if "Reminder" in m["Subject"]]
    follow = make_mail(subject=f"Re: {reminder['Subject']}", body="Sir,\nI will send the service book soon.\n",
                       headers={"In-Reply-To": reminder["Message-ID"]})
    clock.advance(hours=2)
    deliver(tmp_path / "mail", follow, "2.m")
    service.run_pass()
    assert case_status(service) == "waiting"
    restarted = clock.now
    # The round began on a Friday: its day 9 is a Sunday, so the final notice waits for Monday.
    for day, expected in ((2, []), (3, ["reminder"]), (6, ["reminder"]), (9, []), (10, ["abandoned"])):
        clock.now = restarted + dt.timedelta(days=day, minutes=1)
        before = len(sent(service))
        service.sweep_reminders()
        assert [k for k, _ in sent(service)[before:]] == expected, f"day {day} of the second round"
    assert case_status(service) == "abandoned"


def test_a_reminder_is_not_sent_for_a_case_that_moved_on_since_the_sweep_read_it(tmp_path: Path) -> None:
    """The sweep reads the cases, then a pass completes one: the stale reminder must not go out."""
    from maild.core.reminders import schedule

    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    (state,) = service.store.reminder_states()
    due = schedule(state, service.settings.reminder_policy())
    assert due is not None and due.kind == "remind"
    with service.store.session() as s:
        s.scalars(select(Case)).one().status = "acknowledged"
    assert service.store.queue_reminder(due, None, clock.now) is False
    assert case_status(service) == "acknowledged"


def test_overdue_acknowledged_cases_go_into_a_daily_digest(tmp_path: Path) -> None:
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", (SHARED / "corpus" / "mails" / "015-status-gmail-complete.eml").read_bytes(), "1.m")
    service.run_pass()
    clock.advance(hours=47)
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["acknowledge"]
    clock.advance(hours=1, minutes=1)
    service.sweep_reminders()
    service.sweep_reminders()
    assert sent(service)[1:] == [("digest", "ops@icegate.gov.in")]
    clock.advance(hours=12)
    service.sweep_reminders()
    assert len(sent(service)) == 2
    clock.advance(hours=12)
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["acknowledge", "digest", "digest"]
    digest = next(p for p in (tmp_path / "outbox").glob("*.eml") if b"still open" in p.read_bytes())
    text = email.message_from_bytes(digest.read_bytes(), policy=email_policy.default).get_content()
    assert "SS-2026-000001" in text and " h " in text


# A subject written to break the digest: an encoded CR LF, a raw NEL, LINE SEPARATOR, VT and RLO.
DIRTY_SUBJECT = ("=?UTF-8?Q?Whether_SSO_ID_created=0D=0ABcc:_evil@x.test?= \u0085next\u2028line\x0bvt"
                 " \u202eesrever")


def test_the_digest_shows_a_hostile_subject_decoded_and_clean(tmp_path: Path) -> None:
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    raw = (SHARED / "corpus" / "mails" / "015-status-gmail-complete.eml").read_bytes()
    head, _, rest = raw.partition(b"\nSubject: ")
    raw = head + b"\nSubject: " + DIRTY_SUBJECT.encode("utf-8") + b"\n" + rest.partition(b"\n")[2]
    deliver(tmp_path / "mail", raw, "1.m")
    service.run_pass()
    clock.advance(hours=48, minutes=1)
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["acknowledge", "digest"]
    digest = next(p for p in (tmp_path / "outbox").glob("*.eml") if b"still open" in p.read_bytes())
    text = email.message_from_bytes(digest.read_bytes(), policy=email_policy.default).get_content()
    text = text.replace("\r\n", "\n")
    line = next(x for x in text.splitlines() if "SS-2026-000001" in x)
    assert "Whether SSO ID created Bcc:" in line and "=?" not in text, ascii(line)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", text), ascii(line)


def test_a_forgotten_password_from_gmail_is_shown_the_way_forward_until_it_is_closed(tmp_path: Path) -> None:
    """Each reminder and the final notice carry the toll-free numbers and the nodal officer's route,
    in both languages, as the first reply did: not only 'write from the official ICEGATE ID'."""
    clock = Clock(TUESDAY)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", make_mail(sender="Ravi Kumar <ravi.kumar82@gmail.com>", subject="Forgot password",
                                         body="Sir,\nI have forgotten the password of my SSO ID RK1234. Kindly "
                                              "reset it.\nMobile: 9876543210\n\nRegards,\nRavi Kumar\nInspector\n"),
            "1.m")
    service.run_pass()
    for day in (3, 6, 9):
        clock.now = TUESDAY + dt.timedelta(days=day, minutes=1)
        service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["request_missing", "reminder", "reminder", "abandoned"]
    for letter in outbox(tmp_path):
        text = letter.get_content().replace("\r\n", "\n")
        english, _, hindi = text.partition("-" * 64)
        assert "1800-266-2232, 1800-121-4560" in english and "nodal officer" in english, letter["Subject"]
        assert "1800-266-2232, 1800-121-4560" in hindi and "नोडल अधिकारी" in hindi, letter["Subject"]
        assert "\n\n\n" not in text


def test_a_reminder_due_on_sunday_goes_on_monday(tmp_path: Path) -> None:
    thursday = dt.datetime(2026, 12, 3, 15, 0, tzinfo=IST)
    clock = Clock(thursday)
    service = make(tmp_path, clock)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    service.run_pass()
    clock.now = dt.datetime(2026, 12, 6, 16, 0, tzinfo=IST)  # Sunday, past the due time
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["request_missing"]
    clock.now = dt.datetime(2026, 12, 7, 9, 31, tzinfo=IST)  # Monday morning
    service.sweep_reminders()
    assert [k for k, _ in sent(service)] == ["request_missing", "reminder"]


def test_two_remind_once_started_together_send_each_reminder_once(tmp_path: Path) -> None:
    clock = Clock(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=40))  # reminder 1 long due
    service = make(tmp_path, clock, extra=ALWAYS_OPEN)
    for i in range(6):
        raw = make_mail(sender=f"Officer {i} <officer.{i}@icegate.gov.in>", subject=f"Promotion {i}",
                        body="Sir,\nI have been promoted. Kindly update my designation.\n")
        deliver(tmp_path / "mail", raw, f"{i}.m")
    service.run_pass()
    cmd = [sys.executable, "-m", "maild", "remind", "--once", "--config", str(tmp_path / "maild.toml")]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    kinds = [k for k, _ in sent(service)]
    assert kinds.count("reminder") == 6, "each case's first reminder once, never the second right after it"
    with service.store.session() as s:
        rows = s.scalars(select(Outbound).where(Outbound.kind == "reminder")).all()
        assert len({r.message_id for r in rows}) == len(rows) == 6


def test_cases_due_lists_what_the_next_runs_will_send(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from maild.interfaces.cli import main

    clock = Clock(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=4))
    service = make(tmp_path, clock, extra=ALWAYS_OPEN)
    deliver(tmp_path / "mail", PROMOTION_ONLY, "1.m")
    deliver(tmp_path / "mail", (SHARED / "corpus" / "mails" / "015-status-gmail-complete.eml").read_bytes(), "2.m")
    service.run_pass()
    assert main(["cases", "--due", "--json", "--config", str(tmp_path / "maild.toml")]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = {(r["kind"], r["due_now"]) for r in rows}
    assert ("remind", True) in kinds and ("digest", True) in kinds
    assert main(["cases", "--due", "--config", str(tmp_path / "maild.toml")]) == 0
    assert "(due now)" in capsys.readouterr().out
    assert main(["remind", "--once", "--config", str(tmp_path / "maild.toml")]) == 0
    assert main(["cases", "--due", "--json", "--config", str(tmp_path / "maild.toml")]) == 0
    after = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert all(not (r["kind"] == "remind" and r["due_now"]) for r in after)
