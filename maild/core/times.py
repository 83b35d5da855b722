"""Stored times: every time maild stores is UTC, and SQLite gives it back without a zone."""

from __future__ import annotations

import datetime as dt


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored time as an aware UTC datetime (SQLite returns naive ones: they were stored as UTC)."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def shown(moment: dt.datetime | None, zone: dt.tzinfo, with_zone: bool = True) -> str:
    """A time as people read it: in the office's zone (Asia/Kolkata), the zone named ('2026-12-03 14:05 IST').

    The database keeps UTC; every time put in front of a person (CLI, console,
    digest, replies) goes through here. '' for no time.
    """
    local = aware(moment)
    if local is None:
        return ""
    local = local.astimezone(zone)
    text = local.strftime("%Y-%m-%d %H:%M")
    return f"{text} {local.tzname() or local.strftime('%z')}" if with_zone else text
