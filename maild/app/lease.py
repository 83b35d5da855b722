"""The lease on a mailbox: one worker reads it at a time, and a stale one writes nothing.

Several workers may share one PostgreSQL database; the one holding a
mailbox's lease (holder, epoch) reads and decides its mail, renewing the
lease at half its length. Every write of a pass checks, inside its own
transaction, that the epoch is still ours (maild.adapters.db_record), so a
worker paused past its lease and woken up after another took over is
refused, not obeyed. On SQLite the process lock already makes one worker
the only one: a lease left by a crashed process is taken at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid

from maild import logs
from maild.app.ports import Clock, LeaseStore
from maild.config import Settings


class Lease:
    """This worker's lease on one mailbox."""

    def __init__(self, store: LeaseStore, mailbox: str, settings: Settings, clock: Clock) -> None:
        self.store, self.mailbox, self.settings, self.clock = store, mailbox, settings, clock
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.token: tuple[str, int] | None = None  # (holder, epoch) while held: every write carries it
        self.until = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

    def hold(self) -> bool:
        """Take or renew the lease (renewed at half its length); False while another holds it."""
        seconds = float(self.settings.section("daemon")["lease_seconds"])
        now = self.clock()
        if self.token is not None and self.until - now > dt.timedelta(seconds=seconds / 2):
            return True
        epoch = self.store.acquire_lease(self.mailbox, self.holder, seconds, now, force=not self.store.shared)
        if epoch is None:
            if self.token is not None:  # held it until now: say so once, whatever noticed it
                logs.event("lease_lost", logging.WARNING, mailbox=self.mailbox, epoch=self.token[1])
            self.token = None
            return False
        if self.token is None or self.token[1] != epoch:
            logs.event("lease_held", mailbox=self.mailbox, epoch=epoch)
        self.token, self.until = (self.holder, epoch), now + dt.timedelta(seconds=seconds)
        return True

    def lost(self, detail: str) -> None:
        """A write was refused: another worker holds the mailbox now."""
        if self.token is not None:  # not already said by hold()
            logs.event("lease_lost", logging.WARNING, mailbox=self.mailbox, detail=detail[:200])
        self.token = None

    def release(self) -> None:
        """Give the lease back at the end of the work, so another worker need not wait it out."""
        if self.token is not None:
            self.store.release_lease(self.mailbox, *self.token)
            self.token = None


class NoLease:
    """The dry run's lease: it holds nothing, as the dry run writes nothing."""

    token = None

    def hold(self) -> bool:
        return True

    def lost(self, detail: str) -> None:
        return None

    def release(self) -> None:
        return None
