"""The sandbox: a bomb costs one verdict with a reason, never the calling process."""

from __future__ import annotations

import time
from typing import Any

import pytest

from maild.runtime.sandbox import Pool, SandboxError


def run_limited(fn: Any, *args: Any, cpu_seconds: float, memory_mb: int, wall_seconds: float) -> Any:
    """fn(*args) in a worker of a one-worker pool under the limits: its result, or SandboxError."""
    pool = Pool(_call, (fn, args), size=1, cpu_seconds=cpu_seconds, memory_mb=memory_mb, wall_seconds=wall_seconds)
    try:
        return pool.submit(b"").result()
    finally:
        pool.close()


def _call(fn: Any, args: tuple[Any, ...], _raw: bytes) -> Any:
    """The pool's first argument is the mail's bytes; these calls take none."""
    return fn(*args)


def _eat_memory() -> int:
    blocks = []
    while True:
        blocks.append(bytearray(50 * 1024 * 1024))


def _spin() -> None:
    while True:
        pass


def _sleep() -> None:
    time.sleep(60)


def _boom() -> None:
    raise ValueError("bad input")


def test_a_result_comes_back() -> None:
    assert run_limited(sum, [1, 2, 3], cpu_seconds=2, memory_mb=100, wall_seconds=10) == 6


def test_memory_bomb_is_stopped() -> None:
    with pytest.raises(SandboxError, match="memory"):
        run_limited(_eat_memory, cpu_seconds=5, memory_mb=200, wall_seconds=20)


def test_cpu_bomb_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(SandboxError, match="CPU limit"):
        run_limited(_spin, cpu_seconds=1, memory_mb=100, wall_seconds=20)
    assert time.monotonic() - started < 10


def test_a_hang_is_stopped_by_the_wall_clock() -> None:
    with pytest.raises(SandboxError, match="no verdict within 1 s"):
        run_limited(_sleep, cpu_seconds=5, memory_mb=100, wall_seconds=1)


def test_an_exception_becomes_the_reason() -> None:
    with pytest.raises(SandboxError, match="ValueError: bad input"):
        run_limited(_boom, cpu_seconds=2, memory_mb=100, wall_seconds=10)
