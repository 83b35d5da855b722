"""Three `maild run` workers share one PostgreSQL database and one Dovecot mailbox; one is killed.

Exactly one worker reads the mailbox at a time (a lease with an epoch); when
the holder is killed with SIGKILL, another takes over once the lease runs
out. Every mail is decided once and answered at most once.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from paths import SHARED
from pg import temporary_database
from servers import Dovecot, SmtpSink

N = int(os.environ.get("MAILD_TEST_WORKER_MAILS", "2000"))
ANSWERED = ["001", "003", "015", "019", "025", "031"]  # each gets a reply
QUIET = ["035", "036"]  # automated: recorded, never answered
CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}


def fresh(raw: bytes, i: int) -> bytes:
    return re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <worker-test-{i}@example.in>".encode(), raw, count=1)


def load(dovecot: Dovecot, n: int) -> int:
    keys = ANSWERED + QUIET
    answered = 0
    with dovecot.client() as client:
        for i in range(n):
            key = keys[i % len(keys)]
            client.append("INBOX", fresh(CORPUS[key], i))
            answered += key in ANSWERED
    return answered


def worker_config(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, url: str) -> Path:
    """A worker's config: the shared Dovecot mailbox, SMTP sink and PostgreSQL database."""
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
batch = 100
[imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "plain"
username = "{dovecot.user}"
timeout = 10.0
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {smtp_sink.port}
security = "plain"
timeout = 5.0
[db]
url = "{url}"
[replies]
per_sender_daily_cap = 0
repeat_window_hours = 0.0
[daemon]
poll_interval = 0.5
lease_seconds = 3.0
reconnect_max = 2.0
""")
    return cfg


def test_three_workers_one_killed_every_mail_once(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink) -> None:
    answered = load(dovecot, N)
    with temporary_database() as url:
        cfg = worker_config(tmp_path, dovecot, smtp_sink, url)
        env = {**os.environ, "MAILD_IMAP_PASSWORD": dovecot.password}
        env.pop("MAILD_FAULT", None)
        cmd = [sys.executable, "-m", "maild", "run", "--config", str(cfg)]
        logs = [open(tmp_path / f"worker{i}.log", "wb") for i in range(3)]  # a full pipe would block a worker
        workers = [subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log) for log in logs]
        engine = create_engine(url)
        try:
            killed = _kill_the_holder_midway(engine, workers)
            _wait_until_done(engine, dovecot, N, timeout=600, workers=workers)
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
            for log in logs:
                log.close()
        assert killed.returncode == -signal.SIGKILL
        with engine.connect() as conn:
            mails = conn.execute(text("select count(*), count(distinct message_id) from mails")).one()
            replies = conn.execute(text("select status, count(*) from outbox group by status")).all()
            epochs = conn.execute(text("select epoch from leases")).scalar()
        engine.dispose()
    assert mails == (N, N), "every mail decided exactly once"
    by_status = dict(replies)
    assert sum(by_status.values()) == answered, "one reply row per answered mail"
    assert set(by_status) <= {"sent", "uncertain"} and by_status.get("uncertain", 0) <= 1
    time.sleep(0.5)
    ids = [m.data.split(b"Message-ID:", 1)[1].split(b"\r\n", 1)[0].strip() for m in smtp_sink.messages]
    assert len(ids) == len(set(ids)), "no reply twice"
    assert len(ids) >= by_status.get("sent", 0)
    assert epochs >= 2, "the lease changed hands after the kill"
    assert dovecot.count("INBOX") == 0


def workers_dir(workers: list[subprocess.Popen]) -> str:  # type: ignore[type-arg]
    return str(Path(workers[0].args[-1]).parent)  # the config's folder holds the logs


def _holder_pid(engine) -> int | None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        holder = conn.execute(text("select holder from leases")).scalar()
    return int(holder.split(":")[1]) if holder else None


def _decided(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        try:
            return int(conn.execute(text("select count(*) from mails")).scalar() or 0)
        except Exception:  # the schema may not exist yet while the first worker starts
            return 0


def _kill_the_holder_midway(engine, workers: list[subprocess.Popen]) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if _decided(engine) >= N // 3:
            pid = _holder_pid(engine)
            victim = next((w for w in workers if w.pid == pid), None)
            if victim is not None:
                victim.send_signal(signal.SIGKILL)
                victim.wait(timeout=10)
                return victim
        time.sleep(0.2)
    raise AssertionError("the workers did not get a third of the way (see worker*.log in the test folder)")


def _wait_until_done(engine, dovecot: Dovecot, n: int, timeout: float, workers) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    started = time.monotonic()
    while time.monotonic() < deadline:
        decided, waiting = _decided(engine), dovecot.count("INBOX")
        if decided >= n and waiting == 0:
            return
        alive = [w for w in workers if w.poll() is None]
        if not alive:
            errors = [p.read_text(errors="replace")[-3000:] for p in sorted(Path(workers_dir(workers)).glob("worker*.log"))]
            raise AssertionError(f"every worker stopped at {decided} of {n}: " + "\n---\n".join(errors))
        print(f"{time.monotonic() - started:6.1f} s: {decided} decided, {waiting} in INBOX", flush=True)
        time.sleep(2.0)
    raise AssertionError(f"only {_decided(engine)} of {n} mails decided in {timeout:.0f} s")
