"""A full disk (plan row D3): a clear error, no mail lost, everything done once space returns.

`maild poll` runs with RLIMIT_FSIZE low enough that SQLite cannot grow its
write-ahead log (SIGXFSZ ignored, so the write fails with EFBIG as on a full
disk). The pass must stop with a one-line message and exit 75 (try again
later), leave the mail it could not record in the mailbox, and a later pass
with room must decide every mail exactly once.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from maild.adapters.inbox_maildir import deliver
from paths import SHARED

MAILS = sorted((SHARED / "corpus" / "mails").glob("*.eml"))[:8]
CONFIG = '[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n'
LIMIT = 48 * 1024


def poll(data: Path, limited: bool) -> subprocess.CompletedProcess[str]:
    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    return subprocess.run([sys.executable, "-m", "maild", "poll", "--config", str(data / "maild.toml")],
                          capture_output=True, text=True, timeout=120, preexec_fn=small_files if limited else None)


def in_inbox(data: Path) -> int:
    return sum(1 for sub in ("new", "cur") for _ in (data / "mail" / sub).iterdir())


def test_a_full_disk_stops_the_pass_cleanly_and_loses_nothing(tmp_path: Path) -> None:
    (tmp_path / "maild.toml").write_text(CONFIG)
    assert poll(tmp_path, limited=False).returncode == 0  # the database exists, empty
    for i, path in enumerate(MAILS):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:03d}.m")

    full = poll(tmp_path, limited=True)
    assert full.returncode == 75, full.stderr
    assert "maild: the database could not be used" in full.stderr
    assert "Traceback" not in full.stderr
    db = sqlite3.connect(tmp_path / "maild.db")
    try:
        recorded = db.execute("select count(*) from mails").fetchone()[0]
    finally:
        db.close()
    assert recorded < len(MAILS), "the limit was low enough to stop the pass"
    assert in_inbox(tmp_path) >= len(MAILS) - recorded, "what was not recorded is still in the mailbox"

    again = poll(tmp_path, limited=False)
    assert again.returncode == 0, again.stderr
    db = sqlite3.connect(tmp_path / "maild.db")
    try:
        keys = [k for (k,) in db.execute("select dedupe_key from mails")]
        failed = db.execute("select count(*) from mails where status = 'failed'").fetchone()[0]
        integrity = db.execute("pragma integrity_check").fetchone()[0]
    finally:
        db.close()
    assert len(keys) == len(set(keys)) == len(MAILS), "every mail decided once"
    assert failed == 0, "a full disk is not the mail's fault"
    assert integrity == "ok"
    assert in_inbox(tmp_path) == 0
