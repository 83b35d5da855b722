"""Stored times: every time maild stores is UTC, and SQLite gives it back without a zone."""

from __future__ import annotations

import datetime as dt


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored time as an aware UTC datetime (SQLite returns naive ones: they were stored as UTC)."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment
