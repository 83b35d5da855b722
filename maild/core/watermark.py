"""Where a pass over a mailbox starts: the UID watermark and the cut-off for old mail.

The watermark is the highest UID decided under the mailbox's UIDVALIDITY; a
new UIDVALIDITY (the server renumbered the mailbox) starts it again from 0,
and the dedupe keys keep every mail seen before from being decided twice.
On the first connection the cut-off is fixed: mail that arrived before it
is recorded and filed, never answered (`[mailbox] cutoff`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from maild.core.times import aware


@dataclass(frozen=True, slots=True)
class Saved:
    """The mailbox's state as the store holds it."""

    uidvalidity: int
    last_uid: int
    cutoff: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Start:
    """Where this pass starts. `first`: nothing was saved yet (save this cut-off); `renumbered`:
    the UIDVALIDITY saved before, when the server changed it (save the new one, from UID 0)."""

    last_uid: int
    cutoff: dt.datetime | None
    first: bool = False
    renumbered: int | None = None


def first_cutoff(setting: str, now: dt.datetime) -> dt.datetime | None:
    """The cut-off fixed on the first connection: none, now ('first-run'), or a given date
    (UTC when it has no zone). A value that is no date counts as 'first-run'."""
    value = setting.strip().lower()
    if value in ("", "none", "never"):
        return None
    if value == "first-run":
        return now
    try:
        day = dt.datetime.fromisoformat(value)
    except ValueError:
        return now
    return day if day.tzinfo else day.replace(tzinfo=dt.timezone.utc)


def start(saved: Saved | None, uidvalidity: int, cutoff_setting: str, now: dt.datetime) -> Start:
    """Where a pass over a mailbox with this UIDVALIDITY starts."""
    if saved is None:
        return Start(0, first_cutoff(cutoff_setting, now), first=True)
    cutoff = aware(saved.cutoff)
    if saved.uidvalidity != uidvalidity:
        return Start(0, cutoff, renumbered=saved.uidvalidity)
    return Start(saved.last_uid, cutoff)


def is_old(internaldate: dt.datetime | None, cutoff: dt.datetime | None) -> bool:
    """Arrived before the cut-off: recorded and filed, never answered."""
    return cutoff is not None and internaldate is not None and internaldate < cutoff
