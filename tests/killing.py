"""Kill -9 at random moments and restart at once (plan row E2), for the suite and the soak.

`run_killing` keeps one `maild run` alive at a time on a SQLite database,
sends it SIGKILL after U(0.2, 3) s, starts the next one straight away, and
stops (SIGTERM) once every mail is decided and the INBOX is empty.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from servers import Dovecot

MAILD = [sys.executable, "-m", "maild"]


class NotDone(RuntimeError):
    """The mails were not all filed in time, or maild stopped by itself."""


def run_killing(cfg: Path, dovecot: Dovecot, n: int, rng: random.Random, env: dict[str, str],
                logs: list[Path], timeout: float) -> tuple[int, int]:
    """(kills, restarts) until `n` mails are filed; each life's stderr goes to a log file."""
    db = cfg.parent / "state" / "maild.db"
    kills = restarts = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = cfg.parent / f"run-{restarts}.log"
        logs.append(log)
        with log.open("wb") as handle:
            proc = subprocess.Popen([*MAILD, "run", "--log-json", "--config", str(cfg)], env=env,
                                    stdout=subprocess.DEVNULL, stderr=handle)
            if _lived(proc, rng.uniform(0.2, 3.0), log) and _done(db, dovecot, n):
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
                return kills, restarts
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills += 1
        restarts += 1
    raise NotDone(f"not every mail was filed within {timeout:.0f} s; see {cfg.parent}")


def _lived(proc: subprocess.Popen[bytes], seconds: float, log: Path) -> bool:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise NotDone(f"maild run exited by itself ({proc.returncode}); see {log}")
        time.sleep(0.05)
    return True


def _done(db: Path, dovecot: Dovecot, n: int) -> bool:
    # Decided and out of the INBOX. (filed_at may stay empty for a mail whose MOVE went
    # through just before a kill: the server holds it in its folder, which is what counts.)
    return sqlite_count(db, "select count(*) from mails") >= n and dovecot.count("INBOX") == 0


def sqlite_count(path: Path, query: str) -> int:
    """One number from the database, read-only; 0 while it does not exist yet."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            return int(db.execute(query).fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0
