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


def how_long(seconds: float) -> str:
    """A span as people say it, never rounded up: '< 1 min', '12 min', '5 h 03 min', '3 d 4 h'."""
    minutes = max(int(seconds // 60), 0)
    if minutes < 1:
        return "< 1 min"
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} d {minutes % 1440 // 60} h"
