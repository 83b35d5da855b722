"""What becomes of a reply the SMTP server did not take, as a pure function of the attempt.

A refusal after the message was handed over (the connection broke after DATA)
is *uncertain*: it may have been delivered, so it is never sent again blindly.
A permanent refusal (5xx), or the last allowed attempt, fails the reply. Any
other failure is retried with exponential backoff: retry_seconds, then twice
that, four times, and so on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Outcome:
    """The reply's new status ('uncertain', 'failed' or 'pending'), and when to try again (pending only)."""

    status: str
    retry_at: dt.datetime | None = None


def after_failure(attempts: int, *, permanent: bool, uncertain: bool, max_attempts: int,
                  retry_seconds: float, now: dt.datetime) -> Outcome:
    """The outcome of the `attempts`-th failed attempt (the first attempt is 1)."""
    if uncertain:
        return Outcome("uncertain")
    if permanent or attempts >= max_attempts:
        return Outcome("failed")
    return Outcome("pending", now + dt.timedelta(seconds=retry_seconds * (2 ** (attempts - 1))))
