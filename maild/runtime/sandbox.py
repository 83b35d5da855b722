"""Triage in a sandbox: a few long-lived worker processes, each under CPU and memory limits.

Triage parses what the internet sends: a zip bomb in a spreadsheet, a
billion-laughs DTD, a pathological header. In a worker those cost one
"review" verdict with a reason; the daemon itself never runs out of memory
or hangs.

A fork per mail costs the parent a page-table copy of ~100 MB every time; at
a backlog's rate that was a sixth of its wall time. These workers are forked
once (sharing the imported modules and the loaded rules copy-on-write) and
take mail after mail over a pipe. The isolation is kept: each task gets its
own CPU budget (RLIMIT_CPU is raised to "used so far + budget" before it),
the address space is capped for the worker's life, and the parent kills a
worker that overruns the wall-clock deadline. A worker that died, overran or
grew past half its memory budget is replaced by a fresh fork; nothing it
computed is trusted after a failure.
"""

from __future__ import annotations

import io
import math
import os
import pickle
import resource
import select
import signal
import struct
import time
from collections.abc import Callable
from typing import Any

from maild.errors import MaildError

_LEN = struct.Struct("!Q")


class SandboxError(MaildError):
    """The worker ran out of time or memory, or died: the reason is the message."""


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


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


class _Worker:
    """One forked worker: a task pipe in, a result pipe out."""

    def __init__(self, pid: int, task_fd: int, result_fd: int) -> None:
        self.pid, self.task_fd, self.result_fd = pid, task_fd, result_fd

    def kill(self) -> int:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return self.finish()

    def finish(self) -> int:
        """Close its pipes and reap it (it ended on its own: retired, or died)."""
        for fd in (self.task_fd, self.result_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        return _reap(self.pid)


class Job:
    """One submitted call; result() waits for it (or kills its worker at the deadline)."""

    def __init__(self, pool: Pool, worker: _Worker, wall_seconds: float) -> None:
        self.pool, self.worker = pool, worker
        self.deadline = time.monotonic() + wall_seconds
        self.done = False

    def result(self) -> Any:
        self.done = True
        return self.pool._collect(self)

    def cancel(self) -> None:
        """Abandon the call: its worker is killed (it may be deep in a hostile file) and replaced."""
        if not self.done:
            self.done = True
            self.pool._discard(self.worker)


class Pool:
    """`fn(*fixed, *args)` in long-lived limited workers; `fixed` is inherited by fork, not sent."""

    def __init__(self, fn: Callable[..., Any], fixed: tuple[Any, ...], *, size: int, cpu_seconds: float,
                 memory_mb: int, wall_seconds: float, max_tasks: int = 1000) -> None:
        self.fn, self.fixed, self.size = fn, fixed, max(1, size)
        self.cpu_seconds, self.memory_mb, self.wall_seconds = cpu_seconds, memory_mb, wall_seconds
        self.max_tasks = max_tasks
        self.idle: list[_Worker] = []
        self.busy: set[_Worker] = set()

    def submit(self, *args: Any) -> Job:
        """Hand `args` to an idle worker (forking one when none is idle); never blocks on a busy one."""
        worker = self.idle.pop() if self.idle else self._fork()
        try:
            _send(worker.task_fd, args)
        except OSError:  # it died while idle: a fresh one takes the task
            worker.kill()
            worker = self._fork()
            _send(worker.task_fd, args)
        self.busy.add(worker)
        return Job(self, worker, self.wall_seconds)

    def prestart(self) -> None:
        """Fork the idle workers now, while this process is small: a child's resident set starts
        as a copy of the parent's page tables, so forking after a 30 MB fetch makes a 250 MB worker."""
        while len(self.idle) + len(self.busy) < self.size:
            self.idle.append(self._fork())

    def close(self) -> None:
        for worker in [*self.idle, *self.busy]:
            worker.kill()
        self.idle, self.busy = [], set()

    # -- the parent's side -------------------------------------------------------------------------

    def _collect(self, job: Job) -> Any:
        worker = job.worker
        data = _receive(worker.result_fd, job.deadline)
        if data is None or not data:
            self.busy.discard(worker)
            status = worker.kill() if data is None else worker.finish()
            if data is None:
                raise SandboxError(f"no verdict within {self.wall_seconds:g} s (stopped)")
            raise SandboxError(_death(status, self.cpu_seconds, self.memory_mb))
        kind, value, retiring = pickle.loads(data)
        self.busy.discard(worker)
        if retiring:
            worker.finish()
        elif len(self.idle) < self.size:
            self.idle.append(worker)
        else:
            worker.kill()
        if kind == "error":
            raise SandboxError(value)
        return value

    def _discard(self, worker: _Worker) -> None:
        self.busy.discard(worker)
        worker.kill()

    def _fork(self) -> _Worker:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                _serve(self, task_r, result_w)
            finally:
                os._exit(0)
        os.close(task_r)
        os.close(result_w)
        return _Worker(pid, task_w, result_r)


# -- the worker's side -----------------------------------------------------------------------------

def _serve(pool: Pool, task_fd: int, result_fd: int) -> None:
    """The worker's loop: limit, then compute each task until told to stop or over a limit."""
    os.closerange(3, task_fd)  # the parent's sockets and other workers' pipes are not ours to hold
    os.closerange(task_fd + 1, result_fd)
    os.closerange(result_fd + 1, 1 << 16)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    base = _address_space()
    budget = base + pool.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (budget, budget))
    tasks = io.open(task_fd, "rb", buffering=1 << 16)
    for done in range(1, pool.max_tasks + 1):
        args = _read_task(tasks)
        if args is None:
            return
        _cpu_budget(pool.cpu_seconds)
        retire = done >= pool.max_tasks
        try:
            payload = ("ok", pool.fn(*pool.fixed, *args))
        except MemoryError:
            payload, retire = ("error", f"over the memory limit of {pool.memory_mb} MB"), True
        except BaseException as exc:  # everything the work raised goes back to the parent as a reason
            payload = ("error", f"{type(exc).__name__}: {exc}"[:500])
        del args
        retire = retire or _address_space() > base + pool.memory_mb * 512 * 1024
        result = pickle.dumps((*payload, retire))
        _write_all(result_fd, _LEN.pack(len(result)) + result)
        if retire:
            return


def _cpu_budget(seconds: float) -> None:
    """This task may use `seconds` more of CPU; past that the kernel sends SIGXCPU (the worker dies)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(used + max(1.0, seconds))
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _read_task(stream: io.BufferedReader) -> tuple[Any, ...] | None:
    """(args...), with the raw mail as bytes read straight into one buffer; None at end of input."""
    head = stream.read(_LEN.size)
    if len(head) < _LEN.size:
        return None
    meta = pickle.loads(stream.read(_LEN.unpack(head)[0]))
    raw = stream.read(meta.pop("raw_len"))
    return (raw, *meta["args"])


def _send(fd: int, args: tuple[Any, ...]) -> None:
    """The first argument (the raw mail) goes as it is, not through pickle: no copy of 25 MB."""
    raw, rest = args[0], args[1:]
    meta = pickle.dumps({"raw_len": len(raw), "args": rest})
    _write_all(fd, _LEN.pack(len(meta)) + meta)
    _write_all(fd, raw)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _receive(fd: int, deadline: float) -> bytes | None:
    """One length-prefixed result, b"" when the worker died first, None when the deadline passed."""
    head = _read_exactly(fd, _LEN.size, deadline)
    if not head or len(head) < _LEN.size:
        return head
    body = _read_exactly(fd, _LEN.unpack(head)[0], deadline)
    return body if body is None or len(body) == _LEN.unpack(head)[0] else b""


def _read_exactly(fd: int, size: int, deadline: float) -> bytes | None:
    """`size` bytes (fewer when the pipe closed first), None when the deadline passed."""
    chunks: list[bytes] = []
    left = size
    while left:
        wait = deadline - time.monotonic()
        if wait <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
