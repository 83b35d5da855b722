"""The reminder time logic: a pure function of the cases' state and now."""

from __future__ import annotations

import datetime as dt

import pytest

from maild.core.reminders import (CaseState, ReminderPolicy, due_items, is_working_time, next_working_time, schedule,
                                  upcoming)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
MONDAY = dt.datetime(2026, 11, 30, 11, 0, tzinfo=IST)  # a Monday
POLICY = ReminderPolicy()


def waiting(since: dt.datetime, sent: int = 0, case_id: int = 1) -> CaseState:
    return CaseState(case_id, f"SS-2026-{case_id:06d}", "waiting", since, sent)


@pytest.mark.parametrize(("sent", "offset_days", "kind", "seq"), [
    (0, 3, "remind", 1),
    (1, 6, "remind", 2),
    (2, 9, "abandon", 2),
])
def test_schedule_of_a_waiting_case(sent: int, offset_days: int, kind: str, seq: int) -> None:
    start = dt.datetime(2026, 12, 1, 10, 0, tzinfo=IST)  # Tuesday: +3, +6 and +9 days are working days
    item = schedule(waiting(start, sent), POLICY)
    assert item is not None
    assert (item.kind, item.seq, item.at) == (kind, seq, start + dt.timedelta(days=offset_days))


@pytest.mark.parametrize("status", ["acknowledged", "review", "redirected", "closed", "abandoned"])
def test_only_waiting_cases_are_reminded(status: str) -> None:
    assert schedule(CaseState(1, "r", status, MONDAY, 0), POLICY) is None


def test_nothing_is_due_before_its_time() -> None:
    case = waiting(MONDAY)
    assert due_items([case], MONDAY + dt.timedelta(days=2, hours=23), POLICY, None) == []
    (item,) = due_items([case], MONDAY + dt.timedelta(days=3), POLICY, None)
    assert item.key == f"case:1:w{int(MONDAY.timestamp())}:remind:1"


def test_a_new_waiting_round_has_new_keys() -> None:
    first = schedule(waiting(MONDAY), POLICY)
    again = schedule(waiting(MONDAY + dt.timedelta(days=4)), POLICY)
    assert first is not None and again is not None
    assert first.seq == again.seq == 1 and first.key != again.key


def test_downtime_across_the_due_time_delays_but_keeps_the_reminder() -> None:
    (item,) = due_items([waiting(MONDAY)], MONDAY + dt.timedelta(days=5), POLICY, None)
    assert item.kind == "remind" and item.seq == 1


def test_a_sunday_due_time_moves_to_monday_morning() -> None:
    thursday = dt.datetime(2026, 12, 3, 15, 0, tzinfo=IST)
    item = schedule(waiting(thursday), POLICY)
    assert item is not None
    assert item.at == dt.datetime(2026, 12, 7, 9, 30, tzinfo=IST)
    sunday_evening = dt.datetime(2026, 12, 6, 20, 0, tzinfo=IST)
    assert due_items([waiting(thursday)], sunday_evening, POLICY, None) == []
    assert len(due_items([waiting(thursday)], dt.datetime(2026, 12, 7, 9, 30, tzinfo=IST), POLICY, None)) == 1


def test_holidays_are_skipped_like_sundays() -> None:
    policy = ReminderPolicy(holidays=frozenset({dt.date(2026, 12, 7), dt.date(2026, 12, 8)}))
    assert next_working_time(dt.datetime(2026, 12, 6, 12, 0, tzinfo=IST), policy) == \
        dt.datetime(2026, 12, 9, 9, 30, tzinfo=IST)


def test_nothing_goes_out_on_a_holiday() -> None:
    policy = ReminderPolicy(holidays=frozenset({dt.date(2026, 12, 3)}))
    assert due_items([waiting(MONDAY - dt.timedelta(days=10))], dt.datetime(2026, 12, 3, 12, 0, tzinfo=IST),
                     policy, None) == []


def test_overdue_acknowledged_cases_make_one_digest_a_day() -> None:
    ack = CaseState(7, "SS-2026-000007", "acknowledged", acknowledged_at=MONDAY)
    fresh = CaseState(8, "SS-2026-000008", "acknowledged", acknowledged_at=MONDAY + dt.timedelta(days=2))
    assert due_items([ack], MONDAY + dt.timedelta(hours=47), POLICY, None) == []
    (digest,) = due_items([ack, fresh], MONDAY + dt.timedelta(hours=48), POLICY, None)
    assert digest.kind == "digest" and digest.cases == (7,) and digest.key == "digest:2026-12-02"
    later = MONDAY + dt.timedelta(hours=60)
    assert due_items([ack], later, POLICY, last_digest=MONDAY + dt.timedelta(hours=48)) == []
    (again,) = due_items([ack], MONDAY + dt.timedelta(hours=72), POLICY, last_digest=MONDAY + dt.timedelta(hours=48))
    assert again.key == "digest:2026-12-03"


def test_the_policy_is_configurable() -> None:
    policy = ReminderPolicy(after=dt.timedelta(hours=1), every=dt.timedelta(hours=2), max_reminders=1,
                            weekly_off=frozenset())
    case = waiting(MONDAY, sent=1)
    item = schedule(case, policy)
    assert item is not None and item.kind == "abandon" and item.at == MONDAY + dt.timedelta(hours=3)


def test_after_downtime_the_second_reminder_waits_its_interval_after_the_first() -> None:
    start = dt.datetime(2026, 11, 2, 10, 0, tzinfo=IST)
    late_first = dt.datetime(2026, 12, 1, 10, 0, tzinfo=IST)
    case = CaseState(1, "r", "waiting", start, reminders_sent=1, last_reminder_at=late_first)
    item = schedule(case, POLICY)
    assert item is not None and item.at == late_first + dt.timedelta(days=3)


# -- working time: a working day, from [reminders] workday_start, office time ----------------------

SUNDAY_NIGHT = dt.datetime(2026, 12, 6, 23, 0, tzinfo=IST)
MONDAY_0030 = dt.datetime(2026, 12, 7, 0, 30, tzinfo=IST)
MONDAY_0930 = dt.datetime(2026, 12, 7, 9, 30, tzinfo=IST)


@pytest.mark.parametrize(("moment", "working"), [
    (SUNDAY_NIGHT, False), (MONDAY_0030, False), (MONDAY_0930 - dt.timedelta(seconds=1), False),
    (MONDAY_0930, True), (dt.datetime(2026, 12, 7, 23, 59, tzinfo=IST), True),
    (dt.datetime(2026, 12, 7, 4, 0, tzinfo=dt.timezone.utc), True),  # 09:30 IST, written in UTC
])
def test_working_time_is_a_working_day_from_its_start(moment: dt.datetime, working: bool) -> None:
    assert is_working_time(moment, POLICY) is working


def test_before_the_day_starts_the_next_working_time_is_that_mornings_start() -> None:
    assert next_working_time(MONDAY_0030, POLICY) == MONDAY_0930
    assert next_working_time(SUNDAY_NIGHT, POLICY) == MONDAY_0930
    assert next_working_time(MONDAY_0930, POLICY) == MONDAY_0930
    utc = next_working_time(MONDAY_0030.astimezone(dt.timezone.utc), POLICY)
    assert utc == MONDAY_0930 and utc.tzinfo == dt.timezone.utc, "the database's UTC stays UTC"


def test_a_sundays_backlog_leaves_at_the_start_of_monday_not_at_midnight() -> None:
    friday = dt.datetime(2026, 12, 4, 0, 30, tzinfo=IST)  # reminder due Monday 00:30: +72 h
    ack = CaseState(9, "SS-2026-000009", "acknowledged", acknowledged_at=dt.datetime(2026, 12, 4, 10, 0, tzinfo=IST))
    cases = [waiting(friday), waiting(dt.datetime(2026, 12, 3, 12, 0, tzinfo=IST), case_id=2), ack]
    assert due_items(cases, MONDAY_0030, POLICY, None) == []
    assert due_items(cases, MONDAY_0930 - dt.timedelta(minutes=1), POLICY, None) == []
    due = due_items(cases, MONDAY_0930, POLICY, None)
    assert sorted(d.kind for d in due) == ["digest", "remind", "remind"]


def test_the_workday_start_is_configurable() -> None:
    early = ReminderPolicy(workday_start=dt.time(6, 0))
    assert next_working_time(MONDAY_0030, early) == dt.datetime(2026, 12, 7, 6, 0, tzinfo=IST)
    assert is_working_time(MONDAY_0030, ReminderPolicy(workday_start=dt.time(0, 0)))


def test_upcoming_shows_the_moment_each_item_really_leaves() -> None:
    due_saturday = waiting(dt.datetime(2026, 12, 2, 11, 0, tzinfo=IST))  # reminder due Saturday 11:00
    later = waiting(dt.datetime(2026, 12, 7, 10, 0, tzinfo=IST), case_id=2)
    items = {i.case_id: i.at for i in upcoming([due_saturday, later], SUNDAY_NIGHT, POLICY, None)}
    assert items[1] == MONDAY_0930, "past due, but nothing leaves before Monday 09:30"
    assert items[2] == dt.datetime(2026, 12, 10, 10, 0, tzinfo=IST)
    saturday_noon = dt.datetime(2026, 12, 5, 12, 0, tzinfo=IST)
    (now_item,) = [i for i in upcoming([due_saturday], saturday_noon, POLICY, None)]
    assert now_item.at == saturday_noon, "in working time a past-due item leaves now"


def test_another_zone_keeps_its_own_calendar() -> None:
    london = ReminderPolicy(timezone="Europe/London", workday_start=dt.time(9, 0))
    moment = dt.datetime(2026, 7, 6, 7, 30, tzinfo=dt.timezone.utc)  # Monday 08:30 BST
    assert not is_working_time(moment, london)
    assert next_working_time(moment, london) == dt.datetime(2026, 7, 6, 8, 0, tzinfo=dt.timezone.utc)
