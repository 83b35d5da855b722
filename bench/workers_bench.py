"""Throughput of one, two and three `maild run` workers on PostgreSQL beside one on SQLite.

    python bench/workers_bench.py [--mails 600] [--rounds 1]

Each run starts a private Dovecot and SMTP sink, loads the same mix of sample
mails (fresh Message-IDs), starts the workers and times until every mail is
decided and filed. One worker reads a mailbox at a time (the lease); the
others stand by, send replies (claimed row by row) and take over when it
dies, so the figures show what a second worker costs and buys on one mailbox.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pg import temporary_database  # noqa: E402
from servers import Dovecot, SmtpSink  # noqa: E402

CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((ROOT.parent / "shared" / "corpus" / "mails").glob("*.eml"))}
MIX = ["001", "003", "015", "019", "025", "031", "035", "036", "024", "027"]


def load(dovecot: Dovecot, n: int) -> None:
    with dovecot.client() as client:
        for i in range(n):
            raw = CORPUS[MIX[i % len(MIX)]]
            raw = re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <bench-{i}@example.in>".encode(), raw, count=1)
            client.append("INBOX", raw)


def config(folder: Path, dovecot: Dovecot, sink: SmtpSink, url: str) -> Path:
    cfg = folder / "maild.toml"
    db = f'[db]\nurl = "{url}"\n' if url else ""
    cfg.write_text(f"""[paths]
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
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
{db}[replies]
per_sender_daily_cap = 0
repeat_window_hours = 0.0
[daemon]
poll_interval = 0.5
lease_seconds = 5.0
""")
    return cfg


def decided(url: str, folder: Path) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url or f"sqlite:///{folder / 'state' / 'maild.db'}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("select count(*) from mails")).scalar() or 0)
    except Exception:  # the schema is created by the first worker
        return 0
    finally:
        engine.dispose()


def one_run(workers: int, backend: str, n: int) -> float:
    with tempfile.TemporaryDirectory(prefix="maild-workers-") as tmp:
        folder = Path(tmp)
        dovecot = Dovecot(folder).start()
        sink = SmtpSink().start()
        try:
            load(dovecot, n)
            if backend == "postgresql":
                with temporary_database() as url:
                    return _timed(workers, folder, dovecot, sink, url, n)
            return _timed(workers, folder, dovecot, sink, "", n)
        finally:
            sink.stop()
            dovecot.cleanup()


def _timed(workers: int, folder: Path, dovecot: Dovecot, sink: SmtpSink, url: str, n: int) -> float:
    cfg = config(folder, dovecot, sink, url)
    env = {**os.environ, "MAILD_IMAP_PASSWORD": dovecot.password}
    env.pop("MAILD_FAULT", None)
    logs = [open(folder / f"worker{i}.log", "wb") for i in range(workers)]
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "maild", "run", "--config", str(cfg)], env=env,
                              stdout=subprocess.DEVNULL, stderr=log) for log in logs]
    try:
        while decided(url, folder) < n or dovecot.count("INBOX"):
            if all(p.poll() is not None for p in procs):
                raise SystemExit(f"every worker stopped; see {folder}/worker*.log")
            time.sleep(0.2)
        return time.perf_counter() - started
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
        for log in logs:
            log.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mails", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    setups = [("sqlite", 1), ("postgresql", 1), ("postgresql", 2), ("postgresql", 3)]
    results = {}
    for backend, workers in setups:
        times = [one_run(workers, backend, args.mails) for _ in range(args.rounds)]
        results[(backend, workers)] = statistics.median(times)
    base = args.mails / results[("sqlite", 1)]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {args.mails} mails, "
          f"{args.rounds} round(s), medians; wall time from the workers' start to the last mail filed")
    print(f"{'setup':24} {'seconds':>8} {'mails/s':>8} {'vs SQLite x1':>13}")
    for (backend, workers), seconds in results.items():
        rate = args.mails / seconds
        print(f"{backend + ' x' + str(workers):24} {seconds:8.1f} {rate:8.1f} {rate / base:12.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
