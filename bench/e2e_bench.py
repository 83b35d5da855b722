"""End-to-end benchmark of maild against a real Dovecot and SMTP server on loopback (issue 7).

    .venv/bin/python bench/e2e_bench.py [--mails 2000] [--latency 200] [--rounds 3]
                                        [--mails-large 10000] [--skip-big] [--keep]

Everything runs in a temporary folder: a private Dovecot (tests/servers.py) and an
aiosmtpd sink on 127.0.0.1. The backlog is the sample corpus repeated (shuffled,
seed 7) with a fresh Message-ID on every copy. Each round loads a fresh mailbox and
measures, on that same mailbox:

  floor fetch        a bare imapclient client: SELECT, then BODY.PEEK[] of every mail
                     in batches of 100 (what reading the mailbox costs at all);
  floor fetch+parse  the same plus email.message_from_bytes() of each mail;
  maild poll         `maild poll` as a subprocess over the whole backlog: fetch, parse,
                     triage (template checks), store, replies to the SMTP sink, filing.

Then: arrival-to-reply latency with `maild run` on IDLE, or with --check-interval S on
NOOPs every S seconds (mails APPENDed one at a time,
time until the reply is at the sink), peak RSS of `maild poll` for the backlog and for
one mail with a 25 MB scanned PDF, optionally RSS for a --mails-large backlog, and
triage alone (bench/triage_bench.py). Medians over --rounds; ratios are taken within
one round. Servers, subprocesses and the temporary folder are removed on any exit,
Ctrl-C included.

Configuration used for maild (beside tests/integration/test_daemon_imap.py's): cutoff
"none" (answer everything), [replies] per_sender_daily_cap = 0 (the repeated corpus has
only 37 senders; the default cap of 10 a day would send most copies to review without a
reply) and repeat_window_hours = 0 (each copy is the same request from the same sender
again, which maild would otherwise join to the open case without a second reply),
[mailbox] max_size = 40 MB (the default 20 MB would refuse the 25 MB scan
unread, as an oversize mail). Everything else is maild's default (sandbox on, batch 50).
"""

from __future__ import annotations

import argparse
import email
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "mails"
MAILD = [sys.executable, "-m", "maild"]
NO_REPLY = {"012", "013", "023", "034", "035", "036", "037"}  # review or ignore: no reply expected
FETCH_BATCH = 100


# --------------------------------------------------------------------------- helpers


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def median(values: Iterable[float]) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MSGID = re.compile(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?<[^>\r\n]*>[ \t]*$", re.IGNORECASE | re.MULTILINE)


def with_message_id(raw: bytes, message_id: str) -> bytes:
    """`raw` with the Message-ID of its header block (not of an embedded message) replaced."""
    match = _HEADER_END.search(raw)
    end = match.start() if match else len(raw)
    head, rest = raw[:end], raw[end:]
    new = f"Message-ID: {message_id}".encode()
    head, count = _MSGID.subn(new, head, count=1)
    if not count:
        head = new + b"\n" + head
    return head + rest


def load_corpus(folder: Path) -> dict[str, bytes]:
    mails = {p.name[:3]: p.read_bytes() for p in sorted(folder.glob("*.eml"))}
    if not mails:
        raise SystemExit(f"e2e_bench: no *.eml in {folder}")
    return mails


def backlog(corpus: dict[str, bytes], n: int, tag: str, keys: list[str] | None = None,
            seed: int = 7) -> list[tuple[str, str, bytes]]:
    """n (corpus key, Message-ID, raw) copies of the corpus, shuffled, each with a fresh Message-ID."""
    keys = keys or sorted(corpus)
    order = [keys[i % len(keys)] for i in range(n)]
    random.Random(seed).shuffle(order)
    out = []
    for i, key in enumerate(order):
        mid = f"<bench.{tag}.{i}.{key}@e2e.bench.invalid>"
        out.append((key, mid, with_message_id(corpus[key], mid)))
    return out


def load_mailbox(server: Any, mails: list[bytes], chunk: int = 50) -> float:
    """APPEND every mail to INBOX through one connection (MULTIAPPEND when offered); seconds taken."""
    began = time.perf_counter()
    with server.client(timeout=120) as imap:
        multi = b"MULTIAPPEND" in {c.upper() for c in imap.capabilities()}
        for start in range(0, len(mails), chunk):
            part = mails[start:start + chunk]
            if multi:
                imap.multiappend("INBOX", part)
            else:
                for raw in part:
                    imap.append("INBOX", raw)
    return time.perf_counter() - began


def floor_fetch(server: Any, parse: bool) -> tuple[float, int, int]:
    """(wall seconds, mails, bytes) for a bare client reading every mail's BODY.PEEK[] in batches."""
    from imapclient import IMAPClient

    began = time.perf_counter()
    imap = IMAPClient(server.host, port=server.port, ssl=False, timeout=60)
    try:
        imap.login(server.user, server.password)
        imap.select_folder("INBOX", readonly=True)
        uids = sorted(imap.search("ALL"))
        count = size = 0
        for start in range(0, len(uids), FETCH_BATCH):
            data = imap.fetch(uids[start:start + FETCH_BATCH], ["BODY.PEEK[]"])
            for item in data.values():
                raw = item[b"BODY[]"]
                count += 1
                size += len(raw)
                if parse:
                    email.message_from_bytes(raw)
    finally:
        try:
            imap.logout()
        except Exception:
            pass
    return time.perf_counter() - began, count, size


def write_config(folder: Path, server: Any, sink: Any, check_interval: float = 0.0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    cfg = folder / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
max_size = 40000000
[imap]
host = "127.0.0.1"
port = {server.port}
security = "plain"
username = "{server.user}"
timeout = 60.0
check_interval = {check_interval}
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
timeout = 30.0
retry_seconds = 1.0
[replies]
per_sender_daily_cap = 0
repeat_window_hours = 0.0
[daemon]
poll_interval = 1.0
reconnect_max = 2.0
""", encoding="utf-8")
    return cfg


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """Every live descendant of a process, from the parent pid of each process in /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        kids = parents.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class MaildProcess:
    """`maild poll|run --config CFG` in its own session; stderr read line by line and timestamped."""

    def __init__(self, command: str, cfg: Path, env: dict[str, str], profile: list[str] | None = None) -> None:
        argv = [*(profile or []), *MAILD, command, "--config", str(cfg)]
        self.began = time.perf_counter()
        self.proc = subprocess.Popen(argv, cwd=str(ROOT), env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, start_new_session=True)
        self.decided_at: list[float] = []
        self.started = threading.Event()
        self.tail: list[str] = []
        self.stdout = b""
        self.rusage: Any = None
        self.exit_code: int | None = None
        self.ended_at = 0.0
        self.hwm_kb, self.tree_hwm_kb, self.own_cpu_s = 0, 0, 0.0
        self._done = threading.Event()
        self._readers = [threading.Thread(target=self._read_stderr, daemon=True),
                         threading.Thread(target=self._read_stdout, daemon=True)]
        for reader in self._readers:
            reader.start()
        threading.Thread(target=self._wait, daemon=True).start()
        threading.Thread(target=self._watch_memory, daemon=True).start()

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            now = time.perf_counter()
            text = line.decode("utf-8", "replace").rstrip()
            if " mail_decided " in text:
                self.decided_at.append(now)
            elif " daemon_started" in text:
                self.started.set()
            self.tail = (self.tail + [text])[-40:]

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        self.stdout = self.proc.stdout.read()

    def _wait(self) -> None:
        # wait4 gives the child's rusage: its CPU time includes every child it reaped (the
        # triage workers). Its ru_maxrss is not used: Linux carries the resident set the
        # process had before exec into it, and before exec it was a fork of this (large)
        # benchmark, so it reported this script's size, not maild's.
        _, status, rusage = os.wait4(self.proc.pid, 0)
        self.ended_at = time.perf_counter()
        self.rusage = rusage
        self.exit_code = os.waitstatus_to_exitcode(status)
        self.proc.returncode = self.exit_code
        self._done.set()

    def _watch_memory(self) -> None:
        children: list[int] = []
        next_scan = 0.0
        while not self._done.is_set():
            self.hwm_kb = max(self.hwm_kb, _vm_hwm_kb(self.proc.pid))
            if time.perf_counter() >= next_scan:  # the tree rarely changes: look for it 4 times a second
                children, next_scan = _descendants(self.proc.pid), time.perf_counter() + 0.25
            for child in children:
                self.tree_hwm_kb = max(self.tree_hwm_kb, _vm_hwm_kb(child))
            self.own_cpu_s = max(self.own_cpu_s, _cpu_s(self.proc.pid))
            self._done.wait(0.02)

    def wait(self, timeout: float) -> bool:
        if not self._done.wait(timeout):
            return False
        for reader in self._readers:  # the pipes close at exit: the readers end soon after
            reader.join(5)
        return True

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def stop(self, grace: float = 10.0) -> None:
        if self._done.is_set():
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        if not self._done.wait(grace):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self._done.wait(5)

    @property
    def wall(self) -> float:
        return self.ended_at - self.began

    @property
    def tree_cpu_s(self) -> float:
        """CPU seconds of maild and every child it reaped (the triage workers)."""
        return self.rusage.ru_utime + self.rusage.ru_stime if self.rusage else float("nan")

    @property
    def tree_maxrss_mb(self) -> float:
        """The largest VmHWM of maild and its descendants (the triage workers), polled every 20 ms."""
        return max(self.hwm_kb, self.tree_hwm_kb) / 1024

    def failure(self) -> str:
        return "\n".join(self.tail[-15:])


def run_poll(cfg: Path, env: dict[str, str], timeout: float, stack: ExitStack,
             profile: list[str] | None = None) -> MaildProcess:
    proc = MaildProcess("poll", cfg, env, profile)
    stack.callback(proc.stop)
    if not proc.wait(timeout):
        proc.stop()
        raise RuntimeError(f"maild poll did not finish within {timeout:.0f} s:\n{proc.failure()}")
    if proc.exit_code != 0:
        raise RuntimeError(f"maild poll exited {proc.exit_code}:\n{proc.failure()}")
    return proc


def segment_rates(times: list[float], parts: int = 10) -> tuple[float, float]:
    """mails/s over the first and the last tenth of the decided mails (from their log lines)."""
    if len(times) < parts * 4:
        return float("nan"), float("nan")
    size = len(times) // parts

    def rate(chunk: list[float]) -> float:
        return (len(chunk) - 1) / (chunk[-1] - chunk[0]) if chunk[-1] > chunk[0] else float("nan")

    return rate(times[:size]), rate(times[-size:])


def scanned_pdf(size: int) -> bytes:
    """A one-page PDF whose only content is a `size`-byte image stream, like a scanner's (no text)."""
    image = os.urandom(size)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % size + image + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def big_mail(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
    msg["To"] = "saksham.seva@icegate.gov.in"
    msg["Subject"] = "Designation update on promotion"
    msg["Date"] = "Mon, 10 Nov 2025 11:00:00 +0530"
    msg["Message-ID"] = "<bench.big.scan@e2e.bench.invalid>"
    msg.set_content("Sir,\n\nI have been promoted to Superintendent. Kindly update my designation; the scanned "
                    "promotion order is attached.\n\nRegards,\nRavi Kumar\nSuperintendent\n"
                    "ravi.kumar@icegate.gov.in\n9876543210\n")
    msg.add_attachment(scanned_pdf(size), maintype="application", subtype="pdf", filename="Promotion order scan.pdf")
    return msg.as_bytes()


def in_reply_to(data: bytes) -> str:
    match = re.search(rb"^In-Reply-To:[ \t]*(<[^>]*>)", data, re.IGNORECASE | re.MULTILINE)
    return match.group(1).decode() if match else ""


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    os_name = ""
    try:
        os_name = next(line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                       if line.startswith("PRETTY_NAME="))
    except (OSError, StopIteration):
        pass
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %cs"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "maild"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        rev = head + (" + uncommitted changes in maild/" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        rev = "?"
    return {"rev": rev, "cores": str(os.cpu_count()), "affinity": str(len(os.sched_getaffinity(0))), "cpu": cpu, "memory": mem,
            "os": os_name, "python": sys.version.split()[0], "kernel": platform.release()}


# --------------------------------------------------------------------------- phases


def phase_backlog(args: argparse.Namespace, corpus: dict[str, bytes], tmp: Path, sink: Any, env: dict[str, str],
                  stack: ExitStack, Dovecot: Callable[..., Any], tag: str, n: int,
                  with_floor: bool = True) -> dict[str, Any]:
    folder = tmp / tag
    server = Dovecot(folder).start()
    try:
        mails = backlog(corpus, n, tag)
        expected = sum(1 for key, _, _ in mails if key not in NO_REPLY)
        load_s = load_mailbox(server, [raw for _, _, raw in mails])
        if server.count("INBOX") != n:
            raise RuntimeError(f"loaded {server.count('INBOX')} mails, not {n}")
        row: dict[str, Any] = {"mails": n, "load_s": load_s, "expected_replies": expected,
                               "bytes": sum(len(raw) for _, _, raw in mails)}
        if with_floor:
            floor_fetch(server, parse=False)  # warm-up: Dovecot builds its index cache once
            row["fetch_s"], got, row["fetched_bytes"] = floor_fetch(server, parse=False)
            row["parse_s"], got2, _ = floor_fetch(server, parse=True)
            if got != n or got2 != n:
                raise RuntimeError(f"the floor client read {got}/{got2} mails, not {n}")
        sink.clear()
        cfg = write_config(folder / "maild", server, sink)
        proc = run_poll(cfg, env, timeout=max(600.0, n * 0.5), stack=stack)
        row["poll_s"] = proc.wall
        row["poll_stdout"] = proc.stdout.decode(errors="replace").strip()
        row["hwm_mb"] = proc.hwm_kb / 1024
        row["tree_maxrss_mb"] = proc.tree_maxrss_mb
        row["cpu_ms_parent"] = 1000 * proc.own_cpu_s / n
        row["cpu_ms_tree"] = 1000 * proc.tree_cpu_s / n
        row["first_rate"], row["last_rate"] = segment_rates(proc.decided_at)
        time.sleep(0.2)
        row["replies"] = len(sink.messages)
        row["inbox_left"] = server.count("INBOX")
        # One pass sends at most what the outbox hands it (maild sends 100 per pass): count the
        # further `maild poll` passes, and their time, until every expected reply is at the sink.
        extra, drain_s = 0, 0.0
        while len(sink.messages) < expected and extra < args.drain_passes:
            before = len(sink.messages)
            more = run_poll(cfg, env, timeout=600.0, stack=stack)
            extra += 1
            drain_s += more.wall
            time.sleep(0.2)
            if len(sink.messages) == before:
                break
        row["drain_passes"], row["drain_s"] = extra, drain_s
        row["replies_all"] = len(sink.messages)
        row["folders"] = {f: server.count(f) for f in ("Processed", "Review", "Ignored")
                          if f in server.folders()}
        return row
    finally:
        server.cleanup()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def idle_floor(server: Any, corpus: dict[str, bytes], n: int, folder: str = "IdleFloor") -> list[float]:
    """ms from APPEND (another connection) until a bare client in IDLE on that folder hears EXISTS.

    A separate folder of the same server, so maild (which watches INBOX) never sees these mails:
    what the server itself adds to the latency before any client can react.
    """
    server.create_folder(folder)
    keys = [k for k in sorted(corpus) if k not in NO_REPLY]
    out: list[float] = []
    with server.client(timeout=30, folder=folder) as watcher, server.client(timeout=30) as writer:
        for _, _, raw in backlog(corpus, n, "idlefloor", keys):
            watcher.idle()
            t0 = time.perf_counter()
            writer.append(folder, raw)
            heard = False
            while not heard and time.perf_counter() - t0 < 10:
                heard = any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS"
                            for r in watcher.idle_check(timeout=1.0))
            t1 = time.perf_counter()
            watcher.idle_done()
            if heard:
                out.append((t1 - t0) * 1000)
            time.sleep(0.05)
    return out


def phase_latency(args: argparse.Namespace, corpus: dict[str, bytes], tmp: Path, sink: Any, env: dict[str, str],
                  stack: ExitStack, Dovecot: Callable[..., Any]) -> dict[str, Any]:
    folder = tmp / "latency"
    server = Dovecot(folder).start()
    stack.callback(server.cleanup)
    floor = idle_floor(server, corpus, min(50, max(5, args.latency // 4)))
    sink.clear()
    cfg = write_config(folder / "maild", server, sink, args.check_interval)
    daemon = MaildProcess("run", cfg, env)
    stack.callback(daemon.stop)
    if not daemon.started.wait(60):
        raise RuntimeError(f"maild run did not start:\n{daemon.failure()}")
    keys = [k for k in sorted(corpus) if k not in NO_REPLY]
    mails = backlog(corpus, args.latency + 1, "lat", keys)
    latencies: list[float] = []
    missed = 0
    with server.client(timeout=60) as imap:
        for i, (key, mid, raw) in enumerate(mails):
            if not daemon.running:
                raise RuntimeError(f"maild run exited {daemon.exit_code}:\n{daemon.failure()}")
            before = len(sink.messages)
            t0 = time.perf_counter()
            imap.append("INBOX", raw)
            try:
                received = sink.wait_for(before + 1, timeout=30 if i else 60)
                t1 = time.perf_counter()
            except TimeoutError:
                missed += 1
                log(f"latency: no reply within 30 s for corpus mail {key}")
                continue
            got = in_reply_to(received[before].data)
            if got != mid:
                log(f"latency: reply to {got!r}, expected {mid!r}")
            if i:  # the first mail warms the daemon up (imports, first connection): not counted
                latencies.append((t1 - t0) * 1000)
            time.sleep(0.1)  # one mail at a time, with a gap, as mail arrives
    daemon.stop()
    server.cleanup()
    return {"floor_n": len(floor), "floor_p50": percentile(floor, 50), "floor_p95": percentile(floor, 95),
            "floor_max": max(floor) if floor else float("nan"),
            "n": len(latencies), "missed": missed, "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
            "max": max(latencies) if latencies else float("nan"), "mean": statistics.fmean(latencies) if latencies else 0}


def phase_big(args: argparse.Namespace, tmp: Path, sink: Any, env: dict[str, str], stack: ExitStack,
              Dovecot: Callable[..., Any]) -> dict[str, Any]:
    folder = tmp / "big"
    server = Dovecot(folder).start()
    try:
        raw = big_mail(25 * 1024 * 1024)
        server.append(raw)
        sink.clear()
        cfg = write_config(folder / "maild", server, sink)
        proc = run_poll(cfg, env, timeout=300, stack=stack)
        time.sleep(0.2)
        return {"mail_mb": len(raw) / 2**20, "poll_s": proc.wall, "hwm_mb": proc.hwm_kb / 1024,
                "tree_maxrss_mb": proc.tree_maxrss_mb, "worker_hwm_mb": proc.tree_hwm_kb / 1024,
                "replies": len(sink.messages),
                "stdout": proc.stdout.decode(errors="replace").strip(),
                "folders": {f: server.count(f) for f in ("Processed", "Review", "Ignored") if f in server.folders()}}
    finally:
        server.cleanup()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def phase_triage(rounds: int, corpus: Path) -> dict[str, str]:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "triage_bench.py"), "--rounds", str(rounds),
                           "--corpus", str(corpus)],
                          cwd=str(ROOT), capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"triage_bench.py exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    out = {}
    for line in proc.stdout.splitlines():
        match = re.match(r"(.+?)\s{2,}(\S+)$", line)
        if match:
            out[match.group(1).strip()] = match.group(2)
    return out


# --------------------------------------------------------------------------- report


def fmt(value: float, digits: int = 0) -> str:
    return "n/a" if value != value else f"{value:,.{digits}f}"


def report(args: argparse.Namespace, info: dict[str, str], dovecot_version: str, rounds: list[dict[str, Any]],
           latency: dict[str, Any] | None, big: dict[str, Any] | None, large: dict[str, Any] | None,
           triage: dict[str, str] | None) -> None:
    n = args.mails
    lines = []
    add = lines.append
    add("")
    add(f"machine: {info['cores']} cores ({info['affinity']} usable), {info['cpu']}, {info['memory']}; "
        f"{info['os']}, kernel {info['kernel']}")
    add(f"software: Python {info['python']}, Dovecot {dovecot_version}, maild {info['rev']}")
    add(f"command: .venv/bin/python bench/e2e_bench.py --mails {n} --latency {args.latency} --rounds {args.rounds}"
        + (f" --mails-large {args.mails_large}" if args.mails_large else ""))
    if rounds:
        r0 = rounds[0]
        add(f"backlog: {n} mails ({r0['bytes'] / 2**20:.1f} MB, corpus repeated with fresh Message-IDs), "
            f"{r0['expected_replies']} of them call for a reply; {len(rounds)} round(s), medians")
    add("")
    w = 58
    add(f"{'measure':{w}} {'median':>12} {'per round':>30}")
    add("-" * (w + 44))

    def row(name: str, values: list[float], digits: int = 0, unit: str = "") -> None:
        each = " ".join(fmt(v, digits) for v in values)
        add(f"{name:{w}} {fmt(median(values), digits) + unit:>12} {each:>30}")

    if rounds:
        row("load: APPEND backlog, s", [r["load_s"] for r in rounds], 2)
        row("(1) floor: fetch BODY.PEEK[] x100, wall s", [r["fetch_s"] for r in rounds], 2)
        row("(1) floor: fetch, mails/s", [n / r["fetch_s"] for r in rounds])
        row("(1) floor: fetch + message_from_bytes, wall s", [r["parse_s"] for r in rounds], 2)
        row("(1) floor: fetch + parse, mails/s", [n / r["parse_s"] for r in rounds])
        row("(2) maild poll end to end, wall s", [r["poll_s"] for r in rounds], 2)
        row("(2) maild poll, mails/s", [n / r["poll_s"] for r in rounds])
        row("(2) ratio maild / fetch+parse floor (same round)", [r["poll_s"] / r["parse_s"] for r in rounds], 1, "x")
        row("(2) ratio maild / fetch floor (same round)", [r["poll_s"] / r["fetch_s"] for r in rounds], 1, "x")
        row("(2) replies received by the sink", [r["replies"] for r in rounds])
        row("(2) replies expected", [r["expected_replies"] for r in rounds])
        row("(2b) further maild poll passes until all replies sent", [r["drain_passes"] for r in rounds])
        row("(2b) their wall time, s", [r["drain_s"] for r in rounds], 2)
        row("(2b) replies at the sink after them", [r["replies_all"] for r in rounds])
        row("(2b) backlog to last reply, mails/s", [n / (r["poll_s"] + r["drain_s"]) for r in rounds])
        row("(2) mails left in INBOX after the pass", [r["inbox_left"] for r in rounds])
        row("(2) decide rate, first 10% of the backlog, mails/s", [r["first_rate"] for r in rounds])
        row("(2) decide rate, last 10% of the backlog, mails/s", [r["last_rate"] for r in rounds])
        row("(2) CPU per mail, maild poll itself, ms", [r["cpu_ms_parent"] for r in rounds], 2)
        row("(2) CPU per mail, maild poll and its triage workers, ms", [r["cpu_ms_tree"] for r in rounds], 2)
        row("(4) peak RSS maild poll (VmHWM), MB", [r["hwm_mb"] for r in rounds], 1)
        row("(4) peak RSS largest process of the tree (VmHWM), MB", [r["tree_maxrss_mb"] for r in rounds], 1)
        add(f"{'    filed (round 1)':{w}} {json.dumps(rounds[0]['folders'])}")
        add(f"{'    maild poll said (round 1)':{w}} {rounds[0]['poll_stdout']}")
    if latency:
        how = f"NOOP every {args.check_interval:g} s" if args.check_interval else "IDLE"
        add(f"{'(3) latency APPEND -> reply at sink, maild run on ' + how:{w}} over {latency['n']} mails, "
            f"{latency['missed']} without a reply")
        for key in ("p50", "p95", "max", "mean"):
            add(f"{'    ' + key + ', ms':{w}} {fmt(latency[key]):>12}")
        add(f"{'(3) floor: bare IDLE client, APPEND -> EXISTS':{w}} over {latency['floor_n']} mails (same server)")
        for key in ("p50", "p95", "max"):
            add(f"{'    ' + key + ', ms':{w}} {fmt(latency['floor_' + key]):>12}")
    if big:
        add(f"{'(4) one mail with a 25 MB scanned PDF':{w}} {big['mail_mb']:.1f} MB raw, "
            f"poll {big['poll_s']:.2f} s, {big['replies']} reply, filed {json.dumps(big['folders'])}")
        add(f"{'    peak RSS maild poll (VmHWM), MB':{w}} {fmt(big['hwm_mb'], 1):>12}")
        add(f"{'    peak RSS largest process (VmHWM), MB':{w}} {fmt(big['tree_maxrss_mb'], 1):>12}")
        add(f"{'    peak RSS largest triage worker (VmHWM), MB':{w}} {fmt(big['worker_hwm_mb'], 1):>12}")
    if large:
        add(f"{'(4) large backlog: ' + str(large['mails']) + ' mails, poll wall s':{w}} {fmt(large['poll_s'], 1):>12}")
        add(f"{'    mails/s':{w}} {fmt(large['mails'] / large['poll_s']):>12}")
        add(f"{'    peak RSS (VmHWM), MB':{w}} {fmt(large['hwm_mb'], 1):>12}")
        add(f"{'    peak RSS largest process (VmHWM), MB':{w}} {fmt(large['tree_maxrss_mb'], 1):>12}")
        if rounds:
            base = median(r["hwm_mb"] for r in rounds)
            add(f"{'    VmHWM large / ' + str(n) + ' backlog':{w}} {large['hwm_mb'] / base:12.2f}x")
        add(f"{'    decide rate first / last 10%, mails/s':{w}} "
            f"{fmt(large['first_rate']):>12} / {fmt(large['last_rate'])}")
        add(f"{'    replies received / expected':{w}} {large['replies']:>12} / {large['expected_replies']}")
    if triage:
        add(f"{'(5) triage alone (bench/triage_bench.py), mails/s per core':{w}} "
            f"{triage.get('maild triage, mails/s per core', 'n/a'):>12}")
        add(f"{'    stdlib parse floor, mails/s per core':{w}} {triage.get('floor: stdlib parse, mails/s per core', 'n/a'):>12}")
        add(f"{'    one mail with template + PDFs, CPU ms (p50)':{w}} "
            f"{triage.get('one mail with template + PDFs, CPU ms (p50)', 'n/a'):>12}")
    add("")
    add("targets (issue 7):")
    if rounds:
        rate = median(n / r["poll_s"] for r in rounds)
        ratio = median(r["poll_s"] / r["parse_s"] for r in rounds)
        add(f"  backlog >= 500 mails/s: {'met' if rate >= 500 else 'MISSED'} ({rate:.0f})")
        add(f"  backlog within 2x of fetch+parse floor: {'met' if ratio <= 2 else 'MISSED'} ({ratio:.1f}x)")
        hwm = median(r["tree_maxrss_mb"] for r in rounds)
        add(f"  peak RSS < 150 MB for the backlog: {'met' if hwm < 150 else 'MISSED'} ({hwm:.0f} MB)")
    if latency and latency["n"]:
        add(f"  latency p95 < 500 ms: {'met' if latency['p95'] < 500 else 'MISSED'} ({latency['p95']:.0f} ms)")
        add(f"  latency max < 2 s: {'met' if latency['max'] < 2000 else 'MISSED'} ({latency['max']:.0f} ms)")
    if big:
        add(f"  peak RSS < 250 MB with the 25 MB attachment: {'met' if big['tree_maxrss_mb'] < 250 else 'MISSED'} "
            f"({big['tree_maxrss_mb']:.0f} MB)")
    if large and rounds:
        base = median(r["tree_maxrss_mb"] for r in rounds)
        flat = large["tree_maxrss_mb"] / base
        add(f"  RSS flat (within 10%) {n} vs {large['mails']}: {'met' if flat <= 1.1 else 'MISSED'} ({flat:.2f}x)")
        if large["first_rate"] == large["first_rate"]:
            keep = large["last_rate"] / large["first_rate"]
            add(f"  last 10% as fast as first 10%: {'met' if keep >= 0.9 else 'MISSED'} ({keep:.2f}x)")
    print("\n".join(lines), flush=True)


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mails", type=int, default=2000, help="backlog size (default 2000)")
    ap.add_argument("--latency", type=int, default=200, help="mails for the latency run (default 200; 0 = skip)")
    ap.add_argument("--rounds", type=int, default=3, help="backlog and floor rounds (default 3; 0 = skip)")
    ap.add_argument("--mails-large", type=int, default=0, metavar="N",
                    help="also run one backlog of N mails (e.g. 10000) for RSS and rate vs database size")
    ap.add_argument("--skip-big", action="store_true", help="skip the 25 MB attachment run")
    ap.add_argument("--check-interval", type=float, default=0.0, metavar="S",
                    help="latency run with [imap] check_interval = S (NOOP polling) instead of IDLE")
    ap.add_argument("--skip-triage", action="store_true", help="skip bench/triage_bench.py")
    ap.add_argument("--drain-passes", type=int, default=40,
                    help="at most this many further `maild poll` passes to send the remaining replies (0 = none)")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    ap.add_argument("--tmp", type=Path, default=None, help="parent of the temporary folder (default: the system's)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (for inspection)")
    args = ap.parse_args()
    if args.mails < 1 or args.rounds < 0 or args.latency < 0:
        ap.error("--mails must be at least 1, --rounds and --latency at least 0")

    try:
        from servers import Dovecot, DovecotError, SmtpSink, dovecot_version, ensure_dovecot
    except ImportError as exc:
        print(f"e2e_bench: cannot import the test servers ({exc}); run `bash scripts/test` once to install "
              f"the test dependencies into .venv", file=sys.stderr)
        return 2
    try:
        dovecot_bin, _ = ensure_dovecot()
    except DovecotError as exc:
        print(f"e2e_bench: Dovecot is needed and missing: {exc}\n"
              f"  install it with `sudo bash scripts/system-deps dovecot-imapd dovecot-core` "
              f"(or `bash scripts/test`, which does it)", file=sys.stderr)
        return 2
    dv = dovecot_version(dovecot_bin)[0]
    corpus = load_corpus(args.corpus)

    # SIGTERM and SIGHUP unwind like Ctrl-C, so the finally below always cleans up.
    def interrupted(signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILD_")}
    env["MAILD_IMAP_PASSWORD"] = Dovecot.password
    env["PYTHONPATH"] = str(ROOT)

    rounds: list[dict[str, Any]] = []
    latency = big = large = None
    triage = None
    with ExitStack() as stack:
        tmp = Path(tempfile.mkdtemp(prefix="maild-e2e-", dir=args.tmp))
        if args.keep:
            stack.callback(lambda: log(f"kept {tmp}"))
        else:
            stack.callback(shutil.rmtree, tmp, True)
        sink = SmtpSink().start()
        stack.callback(sink.stop)
        try:
            for r in range(args.rounds):
                log(f"round {r + 1}/{args.rounds}: {args.mails} mails")
                row = phase_backlog(args, corpus, tmp, sink, env, stack, Dovecot, f"round{r + 1}", args.mails)
                rounds.append(row)
                log(f"  load {row['load_s']:.1f} s, fetch {row['fetch_s']:.2f} s, fetch+parse {row['parse_s']:.2f} s, "
                    f"maild poll {row['poll_s']:.2f} s ({args.mails / row['poll_s']:.0f}/s), "
                    f"{row['replies']}/{row['expected_replies']} replies, VmHWM {row['hwm_mb']:.0f} MB, "
                    f"tree {row['tree_maxrss_mb']:.0f} MB, first/last 10% {row['first_rate']:.0f}/{row['last_rate']:.0f} "
                    f"mails/s; {row['drain_passes']} more passes ({row['drain_s']:.1f} s) -> {row['replies_all']} replies")
            if args.latency > 0:
                log(f"latency: {args.latency} mails one at a time through maild run")
                latency = phase_latency(args, corpus, tmp, sink, env, stack, Dovecot)
                log(f"  p50 {latency['p50']:.0f} ms, p95 {latency['p95']:.0f} ms, max {latency['max']:.0f} ms; "
                    f"IDLE floor p50 {latency['floor_p50']:.0f} ms, p95 {latency['floor_p95']:.0f} ms")
            if not args.skip_big:
                log("25 MB scanned attachment")
                big = phase_big(args, tmp, sink, env, stack, Dovecot)
                log(f"  VmHWM {big['hwm_mb']:.0f} MB, tree {big['tree_maxrss_mb']:.0f} MB")
            if args.mails_large:
                log(f"large backlog: {args.mails_large} mails")
                large = phase_backlog(args, corpus, tmp, sink, env, stack, Dovecot, "large", args.mails_large,
                                      with_floor=False)
                log(f"  maild poll {large['poll_s']:.1f} s, VmHWM {large['hwm_mb']:.0f} MB")
            if not args.skip_triage:
                log("triage alone: bench/triage_bench.py --rounds 3")
                triage = phase_triage(3, args.corpus)
        except KeyboardInterrupt:
            log("interrupted: stopping the servers and removing the temporary folder")
            report(args, machine(), dv, rounds, latency, big, large, triage)
            return 130
        except Exception as exc:  # report what was measured before the failure, then fail
            import traceback

            traceback.print_exc()
            log(f"failed: {type(exc).__name__}; the table below holds what was measured before")
            report(args, machine(), dv, rounds, latency, big, large, triage)
            return 1
    report(args, machine(), dv, rounds, latency, big, large, triage)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
