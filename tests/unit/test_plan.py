"""Decide, then act: the plan of a mail and the reply policy, as pure functions of their facts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from maild.core.model import Signature, TemplateError, Verdict
from maild.core.plan import (History, PlanSettings, Thread, arrival, plan_failure, plan_mail, plan_oversize,
                             twin_case, wanted_reply, Header)
from maild.core.reminders import case_clock
from maild.core.reply import is_repeat, over_daily_cap
from maild.core.retry import after_failure
from maild.core.watermark import Saved, first_cutoff, is_old, start

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
ASK = Verdict(message_id="<ask@icegate.gov.in>", sender="ravi.kumar@icegate.gov.in", sender_kind="icegate",
              signature=Signature("Ravi Kumar"), request_type="password_reset", attachments=(),
              missing=("sso_id",), template_errors=(TemplateError(4, "mobile", "invalid_mobile"),),
              action="request_missing", reasons=(), subject="Password reset")
SETTINGS = PlanSettings("box", "icegate.gov.in", ("saksham.seva@icegate.gov.in",), 24.0, 0, True,
                        {"acknowledge": "Processed", "request_missing": "Processed", "review": "Review",
                         "ignore": "Ignored", "old": "Old"}, 20_000_000)
MAIL = arrival(7, 42, b"Message-ID: <ask@icegate.gov.in>\r\nSubject: Password reset\r\n\r\nSir,\r\n")


def answered(hours_ago: float, verdict: Verdict = ASK) -> tuple[dt.datetime, dict[str, object]]:
    """A case's last reply, queued `hours_ago`, for this verdict as the store keeps it."""
    return NOW - dt.timedelta(hours=hours_ago), verdict.as_dict()


def plan(verdict: Verdict = ASK, thread: Thread = Thread(), old: bool = False, history: History = History(),
         settings: PlanSettings = SETTINGS):  # type: ignore[no-untyped-def]
    reply = wanted_reply(verdict, MAIL, thread, old, settings)
    return plan_mail(verdict, MAIL, thread, old, reply, history, settings, NOW)


# -- the reply policy ------------------------------------------------------------------------------


def test_the_same_reply_within_the_window_is_a_repeat() -> None:
    assert is_repeat(answered(23), ASK, NOW, 24.0)
    assert not is_repeat(answered(25), ASK, NOW, 24.0), "outside the window it may go again"
    assert not is_repeat(None, ASK, NOW, 24.0), "never answered"


def test_a_change_in_what_is_missing_or_wrong_is_not_a_repeat() -> None:
    assert not is_repeat(answered(1), dataclasses.replace(ASK, missing=()), NOW, 24.0)
    assert not is_repeat(answered(1), dataclasses.replace(ASK, template_errors=()), NOW, 24.0)


def test_the_daily_cap_counts_replies_and_zero_means_none() -> None:
    assert over_daily_cap(9, 10) == ""
    assert "cap of 10" in over_daily_cap(10, 10)
    assert over_daily_cap(10_000, 0) == ""


def test_a_fresh_mail_joins_its_senders_open_case_only_when_it_repeats_the_request() -> None:
    reply = wanted_reply(ASK, MAIL, Thread(), False, SETTINGS)
    assert twin_case(ASK, Thread(), reply, History(twin_id=5, twin_last=answered(2)), NOW, 24.0) == 5
    assert twin_case(ASK, Thread(), reply, History(twin_id=5, twin_last=answered(30)), NOW, 24.0) is None
    assert twin_case(ASK, Thread(3, "waiting"), reply, History(twin_id=5, twin_last=answered(2)), NOW, 24.0) is None
    assert twin_case(ASK, Thread(), None, History(twin_id=5, twin_last=answered(2)), NOW, 24.0) is None


# -- the plan of a mail ------------------------------------------------------------------------------


def test_a_new_request_opens_a_case_queues_its_reply_and_is_filed_by_its_action() -> None:
    made = plan()
    assert made.reply is not None and made.reply.kind == "request_missing" and made.reply.recipient == ASK.sender
    assert made.case_id is None and made.open_case == {"status": "waiting", "request_type": "password_reset",
                                                       "sender": ASK.sender, "subject": "Password reset"}
    assert [name for name, _ in made.audit] == ["decided", "reply_queued"]
    assert (made.action, made.folder, made.mail.status, made.mail.uid, made.mail.dedupe_key) == \
        ("request_missing", "Processed", "decided", 42, "<ask@icegate.gov.in>")


def test_the_reply_message_id_is_fixed_by_the_mail_so_a_retry_cannot_make_a_second() -> None:
    assert plan().reply == plan().reply
    other = arrival(7, 43, b"Message-ID: <other@icegate.gov.in>\r\n\r\n")
    reply = wanted_reply(ASK, other, Thread(), False, SETTINGS)
    assert reply is not None and reply.message_id != plan().reply.message_id  # type: ignore[union-attr]


def test_any_update_on_an_acknowledged_case_is_recorded_and_not_answered() -> None:
    done = dataclasses.replace(ASK, action="acknowledge", missing=(), template_errors=())
    made = plan(done, Thread(9, "acknowledged"))
    assert made.reply is None and made.case_id == 9
    assert [name for name, _ in made.audit] == ["decided", "case_bumped"]


def test_the_same_answer_in_the_thread_within_the_window_is_not_sent_twice() -> None:
    made = plan(ASK, Thread(9, "waiting"), history=History(thread_last=answered(1)))
    assert made.reply is None and [name for name, _ in made.audit] == ["decided", "case_bumped"]
    again = plan(ASK, Thread(9, "waiting"), history=History(thread_last=answered(30)))
    assert again.reply is not None


def test_a_repeated_request_outside_the_thread_joins_the_twin_without_a_reply() -> None:
    made = plan(history=History(twin_id=5, twin_last=answered(1)))
    assert made.case_id == 5 and made.reply is None and "case_bumped" in [name for name, _ in made.audit]


STRANGER = Thread(stranger="the mail refers to case SS-2026-000001, whose sender is someone else; not joined")


def test_a_stranger_naming_a_case_goes_to_review_with_the_reason() -> None:
    made = plan(thread=STRANGER)
    assert made.reply is None and made.action == "review" and made.folder == "Review"
    assert "someone else" in made.audit[0][1]["note"]  # type: ignore[operator]


def test_an_authenticated_stranger_opens_its_own_review_case_with_a_holding_reply() -> None:
    """Its mail arrived and is not lost: the holding reply, under the reference of the case it opens."""
    made = plan(dataclasses.replace(ASK, authentication="pass", action="acknowledge", missing=()), STRANGER)
    assert made.reply is not None and made.reply.kind == "holding" and made.reply.recipient == ASK.sender
    assert made.case_id is None and made.open_case is not None and made.open_case["status"] == "review"
    assert made.action == "review" and made.mail.action == "review"
    assert [name for name, _ in made.audit] == ["decided", "reply_queued"]
    assert "someone else" in made.audit[0][1]["note"]  # type: ignore[operator]


@pytest.mark.parametrize("change", [{"authentication": "none"}, {"authentication": "fail"},
                                    {"authentication": "pass", "sender_kind": "automated", "action": "ignore"}])
def test_a_stranger_nothing_vouches_for_or_a_robot_gets_no_word(change: dict[str, str]) -> None:
    made = plan(dataclasses.replace(ASK, **change), STRANGER)  # type: ignore[arg-type]
    assert made.reply is None


def test_a_stranger_over_the_daily_cap_gets_no_holding_reply() -> None:
    capped = dataclasses.replace(SETTINGS, daily_cap=2)
    made = plan(dataclasses.replace(ASK, authentication="pass"), STRANGER, history=History(sent_today=2),
                settings=capped)
    assert made.reply is None and made.action == "review"


def test_a_sender_over_the_daily_cap_goes_to_review_without_a_reply() -> None:
    capped = dataclasses.replace(SETTINGS, daily_cap=2)
    assert plan(history=History(sent_today=1), settings=capped).reply is not None
    made = plan(history=History(sent_today=2), settings=capped)
    assert made.reply is None and made.action == "review"
    assert "cap of 2" in made.audit[0][1]["note"]  # type: ignore[operator]


PERSONAL = dataclasses.replace(ASK, sender="ravi.kumar82@gmail.com", sender_kind="personal",
                               request_type="sso_status", missing=(), template_errors=(), action="acknowledge")


@pytest.mark.parametrize("action", ["acknowledge", "request_missing", "redirect"])
def test_a_from_that_failed_authentication_gets_no_reply_and_goes_to_review(action: str) -> None:
    """Backscatter: the trusted Authentication-Results says the From: failed, so it may be forged."""
    forged = dataclasses.replace(PERSONAL, action=action, authentication="fail")
    made = plan(forged)
    assert made.reply is None and made.action == "review" and made.folder == "Review"
    assert made.open_case is not None and made.open_case["status"] == "review"
    assert "failed authentication" in made.audit[0][1]["note"]  # type: ignore[operator]
    assert "failed authentication" in made.mail.verdict["review_flags"][-1], "the queue shows why"
    for passed in ("pass", "none"):
        assert plan(dataclasses.replace(forged, authentication=passed)).reply is not None


def test_old_mail_that_failed_authentication_stays_old() -> None:
    made = plan(dataclasses.replace(PERSONAL, authentication="fail"), old=True)
    assert made.reply is None and made.action == "acknowledge" and made.mail.status == "old"


REVIEW = dataclasses.replace(ASK, action="review", review_flags=("the request type could not be told",),
                             authentication="pass")


def test_a_mail_put_to_review_from_an_authenticated_sender_gets_a_holding_reply() -> None:
    made = plan(REVIEW)
    assert made.reply is not None and made.reply.kind == "holding" and made.action == "review"
    assert made.reply.template == "reply/holding.txt.j2" and made.reply.recipient == ASK.sender
    assert ("reply_queued", {"kind": "holding", "message_id": made.reply.message_id}) in made.audit


@pytest.mark.parametrize("change", [
    {"authentication": "none"}, {"authentication": "fail"}, {"sender_kind": "automated", "action": "ignore"},
    {"sender": "saksham.seva+x@icegate.gov.in"},
    {"sender": '"odd"@example.in'}])
def test_no_holding_reply_without_an_authenticated_sender(change: dict[str, object]) -> None:
    assert plan(dataclasses.replace(REVIEW, **change)).reply is None  # type: ignore[arg-type]


def test_a_second_mail_to_review_in_the_window_gets_no_second_holding_reply() -> None:
    made = plan(REVIEW, Thread(9, "review"), history=History(thread_last=answered(2, REVIEW)))
    assert made.reply is None


def test_old_mail_is_recorded_without_a_case_or_a_reply_in_the_folder_for_old_mail() -> None:
    made = plan(old=True)
    assert made.reply is None and made.open_case is None and made.mail.status == "old" and made.folder == "Old"


def test_a_robot_gets_no_case_and_no_reply_and_our_own_reply_coming_back_none_either() -> None:
    robot = dataclasses.replace(ASK, sender_kind="automated", action="ignore")
    assert plan(robot).open_case is None and plan(robot).reply is None
    ours = dataclasses.replace(ASK, message_id="<maild.acknowledge.0123@icegate.gov.in>")
    assert plan(ours).reply is None


def test_a_failed_delivery_report_names_the_reply_it_bounces() -> None:
    dsn = (b"From: MAILER-DAEMON@mx.icegate.gov.in\nMessage-ID: <dsn@mx>\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
           b"--B\nContent-Type: text/plain\n\nFailed.\n\n--B\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.in\nAction: failed\nStatus: 5.0.0\n\n"
           b"--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: <maild.x.1@icegate.gov.in>\n\n--B--\n")
    robot = dataclasses.replace(ASK, sender_kind="automated", action="ignore")
    made = plan_mail(robot, arrival(7, 1, dsn), Thread(), False, None, History(), SETTINGS, NOW)
    assert made.bounce_of == "<maild.x.1@icegate.gov.in>"
    assert plan(robot).bounce_of == "", "not a delivery report"


def test_an_oversize_mail_is_recorded_for_review_and_its_sender_told_unless_a_robot() -> None:
    head = b"Message-ID: <big@icegate.gov.in>\r\nSubject: scan\r\n\r\n"
    made = plan_oversize(7, 3, 30_000_000, head, Header("<big@icegate.gov.in>", "a@icegate.gov.in", "scan", False),
                         SETTINGS)
    assert made.notice is not None and made.notice.kind == "oversize" and made.folder == "Review"
    assert made.mail.status == "oversize" and made.mail.raw is None and made.mail.dedupe_key == "<big@icegate.gov.in>"
    robot = plan_oversize(7, 3, 30_000_000, head, Header("", "a@icegate.gov.in", "scan", True), SETTINGS)
    assert robot.notice is None and robot.mail.dedupe_key.startswith("size:3:30000000:")


@pytest.mark.parametrize("header", [Header("<big@x.in>", "victim@gmail.com", "scan", False, "fail"),
                                    Header("<big@x.in>", '"odd one"@gmail.com', "scan", False),
                                    Header("<big@x.in>", "", "scan", False)])
def test_an_oversize_mail_from_a_failed_or_unwritable_from_is_not_told(header: Header) -> None:
    made = plan_oversize(7, 3, 30_000_000, b"Subject: scan\r\n\r\n", header, SETTINGS)
    assert made.notice is None and made.mail.status == "oversize" and made.folder == "Review"


def test_a_failed_mail_keeps_its_bytes_and_reason_for_review() -> None:
    made = plan_failure(7, 9, b"Message-ID: <x@y>\r\n\r\nbody", "RuntimeError: boom", SETTINGS)
    assert made.mail.raw and made.mail.error == "RuntimeError: boom" and made.mail.dedupe_key.startswith("failed:7:9:")
    assert made.open_case is None and made.notice is None and made.folder == "Review"


# -- sending again, the watermark, the case's clock ------------------------------------------------------


def test_a_reply_not_handed_over_is_retried_with_backoff_then_failed() -> None:
    def outcome(attempts: int, permanent: bool = False, uncertain: bool = False):  # type: ignore[no-untyped-def]
        return after_failure(attempts, permanent=permanent, uncertain=uncertain, max_attempts=3, retry_seconds=60,
                             now=NOW)

    assert (outcome(1).status, outcome(1).retry_at) == ("pending", NOW + dt.timedelta(seconds=60))
    assert outcome(2).retry_at == NOW + dt.timedelta(seconds=120)
    assert outcome(3).status == "failed", "the last attempt"
    assert outcome(1, permanent=True).status == "failed"
    assert outcome(1, permanent=True, uncertain=True).status == "uncertain", "handed over: never sent again"


@pytest.mark.parametrize(("setting", "expected"), [
    ("", None), ("none", None), ("Never", None), ("first-run", NOW), ("not a date", NOW),
    ("2026-11-01", dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)),
    ("2026-11-01T09:00:00+05:30", dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))),
])
def test_the_first_cutoff(setting: str, expected: dt.datetime | None) -> None:
    assert first_cutoff(setting, NOW) == expected


def test_a_pass_starts_at_the_watermark_and_from_zero_when_the_mailbox_is_renumbered() -> None:
    first = start(None, 11, "first-run", NOW)
    assert (first.last_uid, first.cutoff, first.first) == (0, NOW, True)
    naive = NOW.replace(tzinfo=None)
    again = start(Saved(11, 40, naive), 11, "first-run", NOW + dt.timedelta(days=1))
    assert (again.last_uid, again.cutoff, again.first, again.renumbered) == (40, NOW, False, None)
    moved = start(Saved(11, 40, None), 12, "first-run", NOW)
    assert (moved.last_uid, moved.renumbered) == (0, 11)
    assert is_old(NOW - dt.timedelta(seconds=1), NOW) and not is_old(NOW, NOW) and not is_old(None, NOW)


def test_asking_for_something_starts_the_reminder_clock_and_the_first_acknowledgement_is_kept() -> None:
    earlier = NOW - dt.timedelta(days=2)
    assert case_clock("waiting", NOW, True, earlier, None) == {"status": "waiting", "waiting_since": NOW,
                                                               "reminders_sent": 0, "last_reminder_at": None}
    assert case_clock("waiting", NOW, False, earlier, None) == {"status": "waiting"}
    assert case_clock("acknowledged", NOW, True, None, None)["acknowledged_at"] == NOW
    assert "acknowledged_at" not in case_clock("acknowledged", NOW, True, None, earlier)


def test_a_stored_time_is_shown_in_the_offices_zone_with_the_zone_named() -> None:
    from zoneinfo import ZoneInfo

    from maild.core.times import shown

    kolkata = ZoneInfo("Asia/Kolkata")
    assert shown(dt.datetime(2026, 12, 3, 8, 35), kolkata) == "2026-12-03 14:05 IST"  # naive: stored UTC
    assert shown(dt.datetime(2026, 12, 3, 20, 0, tzinfo=dt.timezone.utc), kolkata, with_zone=False) == "2026-12-04 01:30"
    assert shown(None, kolkata) == ""
