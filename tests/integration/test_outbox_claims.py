"""Claiming replies from the outbox: several threads at once, each reply claimed exactly once.

The daemon sends from two threads of one process (a mailbox pass and a
reminder sweep), and several workers share one PostgreSQL database. A reply
claimed twice is a reply sent twice; this races claimers over many rows on
SQLite and on PostgreSQL and counts.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

from maild.adapters.db import Store
from maild.core.records import NewReply

ROWS = 300
THREADS = 4


def test_racing_claimers_take_each_reply_once(store: Store) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    for i in range(ROWS):
        store.queue_reply(NewReply("alert", f"<claim-{i}@maild.test>", "ops@example.in", f"n{i}", b"x"), now)
    claimed: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def claimer() -> None:
        start.wait()
        while (row := store.claim_next_reply(now + dt.timedelta(seconds=1), set())) is not None:
            with lock:
                claimed.append(row.id)

    threads = [threading.Thread(target=claimer) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    twice = [i for i, n in Counter(claimed).items() if n > 1]
    assert not twice, f"{len(twice)} replies claimed more than once"
    assert len(claimed) == ROWS
    assert store.pending_replies() == 0


def test_a_claimed_row_comes_back_with_its_new_state(store: Store) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    store.queue_reply(NewReply("alert", "<one@maild.test>", "ops@example.in", "one", b"x"), now)
    row = store.claim_next_reply(now + dt.timedelta(seconds=1), set())
    assert row is not None and row.status == "sending" and row.attempts == 1 and row.claimed_at is not None
    assert store.claim_next_reply(now + dt.timedelta(seconds=1), set()) is None
