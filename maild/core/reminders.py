"""What reminders are due, as a pure function of the cases' state and "now".

Requester side: a case waiting on its sender is reminded `after` its waiting
began, then every `every`, at most `max_reminders` times; after that it is
closed as abandoned with a final notice. Helpdesk side: acknowledged cases
still open after `overdue` go into one digest for the operators, repeated
every `digest_every` while they stay overdue.

The office calendar moves a due time that falls outside working time (a
weekly off day, a holiday, or a working day before `workday_start`, office
time) to the next start of a working day; nothing is due outside working
time, so a Sunday's backlog leaves at 09:30 IST on Monday, not at midnight.
Every due item has a key (case, waiting round, kind, sequence; or the digest's
day) that the store makes unique, so a crash, a restart or two processes never send one
reminder twice, and downtime across a due time only delays it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    after: dt.timedelta = dt.timedelta(days=3)
    every: dt.timedelta = dt.timedelta(days=3)
    max_reminders: int = 2
    overdue: dt.timedelta = dt.timedelta(hours=48)
    digest_every: dt.timedelta = dt.timedelta(hours=24)
    weekly_off: frozenset[int] = frozenset({6})  # Monday = 0 ... Sunday = 6
    holidays: frozenset[dt.date] = frozenset()
    timezone: str = "Asia/Kolkata"
    workday_start: dt.time = dt.time(9, 30)


@dataclass(frozen=True, slots=True)
class CaseState:
    """What the reminder logic needs of one case."""

    case_id: int
    ref: str
    status: str
    waiting_since: dt.datetime | None = None
    reminders_sent: int = 0
    acknowledged_at: dt.datetime | None = None
    last_reminder_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True, order=True)
class Due:
    """One thing to send: kind is 'remind', 'abandon' or 'digest'."""

    at: dt.datetime
    kind: str
    key: str
    case_id: int | None = None
    seq: int = 0
    cases: tuple[int, ...] = field(default=(), compare=False)


def case_clock(status: str, at: dt.datetime, asked: bool, waiting_since: dt.datetime | None,
               acknowledged_at: dt.datetime | None) -> dict[str, Any]:
    """The case fields a new status sets: the reminder clock starts again when we ask for
    something (`asked`: a reply goes out with it) or starts waiting, and the first
    acknowledgement is remembered (the digest counts from it)."""
    values: dict[str, Any] = {"status": status}
    if status == "waiting" and (asked or waiting_since is None):
        values.update(waiting_since=at, reminders_sent=0, last_reminder_at=None)
    if status == "acknowledged" and acknowledged_at is None:
        values["acknowledged_at"] = at
    return values


def is_working_day(day: dt.date, policy: ReminderPolicy) -> bool:
    return day.weekday() not in policy.weekly_off and day not in policy.holidays


def is_working_time(moment: dt.datetime, policy: ReminderPolicy) -> bool:
    """A working day, at or after the start of the working day (office time)."""
    local = moment.astimezone(ZoneInfo(policy.timezone))
    return is_working_day(local.date(), policy) and local.time() >= policy.workday_start


def next_working_time(moment: dt.datetime, policy: ReminderPolicy) -> dt.datetime:
    """The moment itself in working time; else the next start of a working day (office time):
    the same day's start before it, or the next working day's."""
    if is_working_time(moment, policy):
        return moment
    zone = ZoneInfo(policy.timezone)
    day = moment.astimezone(zone).date()
    for _ in range(370):
        start = dt.datetime.combine(day, policy.workday_start, tzinfo=zone)
        if is_working_day(day, policy) and start > moment:
            return start.astimezone(moment.tzinfo)
        day += dt.timedelta(days=1)
    return moment


def schedule(case: CaseState, policy: ReminderPolicy) -> Due | None:
    """The next requester-side item of one waiting case, with its (calendar-shifted) time."""
    if case.status != "waiting" or case.waiting_since is None:
        return None
    sent = case.reminders_sent
    at = case.waiting_since + policy.after + policy.every * sent
    if sent and case.last_reminder_at is not None:
        at = max(at, case.last_reminder_at + policy.every)  # after downtime: never two back to back
    # The key names the waiting round: asked again, the sender gets a new round of reminders.
    base = f"case:{case.case_id}:w{int(case.waiting_since.timestamp())}"
    if sent < policy.max_reminders:
        return Due(next_working_time(at, policy), "remind", f"{base}:remind:{sent + 1}", case.case_id, sent + 1)
    return Due(next_working_time(at, policy), "abandon", f"{base}:abandon", case.case_id, sent)


def overdue_cases(cases: list[CaseState], now: dt.datetime, policy: ReminderPolicy) -> list[CaseState]:
    return [c for c in cases if c.status == "acknowledged" and c.acknowledged_at is not None
            and now - c.acknowledged_at >= policy.overdue]


def due_items(cases: list[CaseState], now: dt.datetime, policy: ReminderPolicy,
              last_digest: dt.datetime | None) -> list[Due]:
    """Everything due at `now` (nothing outside working time: an off day, a holiday, before the day starts)."""
    local_day = now.astimezone(ZoneInfo(policy.timezone)).date()
    if not is_working_time(now, policy):
        return []
    due = [item for item in (schedule(c, policy) for c in cases) if item is not None and item.at <= now]
    overdue = overdue_cases(cases, now, policy)
    if overdue and (last_digest is None or now - last_digest >= policy.digest_every):
        due.append(Due(now, "digest", f"digest:{local_day.isoformat()}",
                       cases=tuple(c.case_id for c in overdue)))
    return sorted(due)


def upcoming(cases: list[CaseState], now: dt.datetime, policy: ReminderPolicy,
             last_digest: dt.datetime | None) -> list[Due]:
    """What the next runs will send and the moment each will really leave (for `maild cases --due`):
    its due time, or now if that is past, moved to working time. `at <= now`: due now."""
    items = [item for item in (schedule(c, policy) for c in cases) if item is not None]
    overdue = [c for c in cases if c.status == "acknowledged" and c.acknowledged_at is not None]
    for case in overdue:
        at = max(case.acknowledged_at + policy.overdue,  # type: ignore[operator]
                 (last_digest + policy.digest_every) if last_digest else now)
        items.append(Due(at, "digest", f"digest-case:{case.case_id}", case.case_id))
    return sorted(replace(item, at=next_working_time(max(item.at, now), policy)) for item in items)
