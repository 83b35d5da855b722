"""The worker pool: mail after mail in one worker, and a bomb still costs one verdict, not the pool."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Iterator

import pytest

from maild.runtime.sandbox import Pool, SandboxError


def _work(tag: str, raw: bytes, what: str) -> object:
    """The pooled function: `tag` is fixed (inherited), `raw` and `what` come with each task."""
    if what == "echo":
        return tag, hashlib.sha256(raw).hexdigest(), len(raw)
    if what == "pid":
        return os.getpid()
    if what == "fds":
        return sorted(int(fd) for fd in os.listdir("/proc/self/fd"))
    if what == "memory":
        blocks = []
        while True:
            blocks.append(bytearray(50 * 1024 * 1024))
    if what == "spin":
        while True:
            pass
    if what == "sleep":
        time.sleep(60)
    raise ValueError(f"bad input {what}")


@pytest.fixture
def pool() -> Iterator[Pool]:
    p = Pool(_work, ("fixed",), size=2, cpu_seconds=1, memory_mb=200, wall_seconds=5, max_tasks=50)
    yield p
    p.close()


def test_one_worker_takes_mail_after_mail(pool: Pool) -> None:
    pids = {pool.submit(b"x", "pid").result() for _ in range(10)}
    assert len(pids) == 1 and os.getpid() not in pids
    raw = os.urandom(1 << 16) * 400  # 26 MB, sent as it is
    assert pool.submit(raw, "echo").result() == ("fixed", hashlib.sha256(raw).hexdigest(), len(raw))


def test_two_at_once_run_in_two_workers(pool: Pool) -> None:
    first, second = pool.submit(b"", "pid"), pool.submit(b"", "pid")
    assert first.result() != second.result()


def test_an_exception_is_the_reason_and_the_worker_goes_on(pool: Pool) -> None:
    before = pool.submit(b"", "pid").result()
    with pytest.raises(SandboxError, match="ValueError: bad input nonsense"):
        pool.submit(b"", "nonsense").result()
    assert pool.submit(b"", "pid").result() == before


@pytest.mark.parametrize("bomb,reason,wall", [("memory", "memory", 5), ("spin", "CPU limit", 5),
                                              ("sleep", "no verdict within 1 s", 1)])
def test_a_bomb_costs_its_worker_and_the_next_task_gets_a_fresh_one(bomb: str, reason: str, wall: int) -> None:
    """The sleeper meets a wall clock of 1 s (the CPU bombs keep 5 s: on a loaded machine their
    1 s of CPU may take longer than 1 s of wall time, and the CPU limit is what they test)."""
    pool = Pool(_work, ("fixed",), size=2, cpu_seconds=1, memory_mb=200, wall_seconds=wall, max_tasks=50)
    try:
        _a_bomb_in(pool, bomb, reason)
    finally:
        pool.close()


def _a_bomb_in(pool: Pool, bomb: str, reason: str) -> None:
    before = pool.submit(b"", "pid").result()
    started = time.monotonic()
    with pytest.raises(SandboxError, match=reason):
        pool.submit(b"", bomb).result()
    assert time.monotonic() - started < 15
    after = pool.submit(b"", "pid").result()
    assert after != before
    with pytest.raises(ProcessLookupError):
        os.kill(before, 0)  # the bombed worker is gone, reaped


def test_each_task_gets_its_own_cpu_budget(pool: Pool) -> None:
    """Many short tasks add up to more than one task's budget without killing the worker."""
    pid = pool.submit(b"", "pid").result()
    deadline = time.process_time()
    for _ in range(3):
        assert pool.submit(os.urandom(1 << 20) * 60, "echo").result()[2] == 60 << 20
    assert pool.submit(b"", "pid").result() == pid
    assert time.process_time() >= deadline


def test_a_cancelled_task_kills_its_worker(pool: Pool) -> None:
    job = pool.submit(b"", "sleep")
    pid = job.worker.pid
    job.cancel()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert pool.submit(b"ok", "echo").result()[2] == 2


def test_the_parents_sockets_are_not_held_by_a_worker(pool: Pool) -> None:
    """A worker keeping the IMAP socket open would keep a dead connection alive at the server."""
    with socket.socket() as sock:
        fds = pool.submit(b"", "fds").result()
        assert sock.fileno() not in fds
    assert len(fds) <= 6, fds  # stdio, the two pipes, the listing itself


def test_a_worker_retires_after_max_tasks() -> None:
    pool = Pool(_work, ("fixed",), size=1, cpu_seconds=1, memory_mb=200, wall_seconds=5, max_tasks=3)
    try:
        pids = [pool.submit(b"", "pid").result() for _ in range(7)]
    finally:
        pool.close()
    assert len(set(pids)) == 3 and pids[:3] == [pids[0]] * 3


def test_prestarted_workers_are_used_and_not_forked_again(pool: Pool) -> None:
    pool.prestart()
    started = {w.pid for w in pool.idle}
    assert len(started) == 2
    assert {pool.submit(b"", "pid").result() for _ in range(5)} <= started
    pool.prestart()
    assert {w.pid for w in pool.idle} == started
