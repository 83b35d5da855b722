"""Run one mail's triage in a forked child with CPU and memory limits.

Triage parses what the internet sends: a zip bomb in a spreadsheet, a
billion-laughs DTD, a pathological header. In the child those cost one
"review" verdict with a reason; the daemon itself never runs out of memory
or hangs. fork() shares the parent's imported modules copy-on-write, so a
child costs a few milliseconds, not an interpreter start.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from typing import Any, TypeVar

from maild.errors import MaildError

T = TypeVar("T")


class SandboxError(MaildError):
    """The child ran out of time or memory, or died: the reason is the message."""


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class Child:
    """A forked child working on one call; result() waits for it (or kills it at the deadline)."""

    def __init__(self, pid: int, fd: int, cpu_seconds: float, memory_mb: int, wall_seconds: float) -> None:
        self.pid, self.fd = pid, fd
        self.cpu_seconds, self.memory_mb = cpu_seconds, memory_mb
        self.deadline = time.monotonic() + wall_seconds
        self.wall_seconds = wall_seconds

    def result(self) -> Any:
        try:
            data = _read_all(self.fd, self.deadline, self.pid)
        finally:
            os.close(self.fd)
        status = _reap(self.pid)
        if data is None:
            raise SandboxError(f"no verdict within {self.wall_seconds:g} s (stopped)")
        if not data:
            raise SandboxError(_death(status, self.cpu_seconds, self.memory_mb))
        kind, value = pickle.loads(data)
        if kind == "error":
            raise SandboxError(value)
        return value

    def cancel(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass
        _reap(self.pid)


def start(fn: Callable[..., Any], *args: Any, cpu_seconds: float, memory_mb: int, wall_seconds: float) -> Child:
    """Fork a child that computes fn(*args) under the limits; collect it with Child.result()."""
    read_fd, write_fd = os.pipe()
    budget = _address_space() + memory_mb * 1024 * 1024
    pid = os.fork()
    if pid == 0:  # the child: limit, work, write the pickled result, leave without cleanup
        os.close(read_fd)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (budget, budget))
            cpu = max(1, int(cpu_seconds + 0.999))
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
            payload = pickle.dumps(("ok", fn(*args)))
        except MemoryError:
            payload = pickle.dumps(("error", f"over the memory limit of {memory_mb} MB"))
        except BaseException as exc:  # everything the work raised goes back to the parent as a reason
            payload = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"[:500]))
        try:
            _write_all(write_fd, payload)
        finally:
            os._exit(0)
    os.close(write_fd)
    return Child(pid, read_fd, cpu_seconds, memory_mb, wall_seconds)


def run_limited(fn: Callable[..., T], *args: Any, cpu_seconds: float, memory_mb: int, wall_seconds: float) -> T:
    """fn(*args) in a child process; its result, or SandboxError saying why there is none."""
    child = start(fn, *args, cpu_seconds=cpu_seconds, memory_mb=memory_mb, wall_seconds=wall_seconds)
    return child.result()  # type: ignore[no-any-return]


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_all(fd: int, deadline: float, pid: int) -> bytes | None:
    """The child's whole output, or None when the wall-clock deadline passed (the child is killed)."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int) -> int:
    try:
        _, status = os.waitpid(pid, 0)
        return status
    except ChildProcessError:
        return 0


def _death(status: int, cpu_seconds: float, memory_mb: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return f"over the CPU limit of {cpu_seconds:g} s"
        if sig in (signal.SIGKILL, signal.SIGSEGV):
            return f"the parser died ({signal.Signals(sig).name}; memory limit {memory_mb} MB)"
        return f"the parser died ({signal.Signals(sig).name})"
    return f"the parser exited without a verdict (status {status})"
