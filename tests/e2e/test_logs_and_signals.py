"""Logs carry no personal data; SIGTERM finishes the mail in hand and stops cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from maild.adapters.inbox_maildir import deliver
from paths import SHARED

CORPUS = sorted((SHARED / "corpus" / "mails").glob("*.eml"))
CONFIG = '[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n' \
         '[daemon]\npoll_interval = 0.5\n'
MOBILE = re.compile(r"(?<!\d)[6-9]\d{9}(?!\d)")
DOB = re.compile(r"\b\d{2}/\d{2}/(19|20)\d{2}\b")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def test_corpus_logs_hold_no_mobile_dob_address_or_body(tmp_path: Path) -> None:
    (tmp_path / "maild.toml").write_text(CONFIG)
    for i, path in enumerate(CORPUS):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:03d}.m")
    proc = subprocess.run([sys.executable, "-m", "maild", "poll", "--log-json", "--config", str(tmp_path / "maild.toml")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stderr.splitlines() if line.strip()]
    assert sum(1 for line in lines if line["event"] == "mail_decided") == len(CORPUS)
    text = proc.stderr
    assert not MOBILE.findall(text)
    assert not DOB.findall(text)
    assert not ADDRESS.findall(text)
    for body_line in ("Kindly create the SSO IDs", "I have forgotten the password", "Service Book first page"):
        assert body_line not in text


def test_sigterm_finishes_cleanly(tmp_path: Path) -> None:
    (tmp_path / "maild.toml").write_text(CONFIG)
    for i, path in enumerate(CORPUS):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:03d}.m")
    proc = subprocess.Popen([sys.executable, "-m", "maild", "run", "--config", str(tmp_path / "maild.toml")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("maild run did not stop within 20 s of SIGTERM")
    assert proc.returncode == 0, err
    assert "daemon_stopped" in err
    db = sqlite3.connect(tmp_path / "maild.db")
    try:
        assert db.execute("select count(*) from outbox where status = 'sending'").fetchone()[0] == 0
        decided = db.execute("select count(*) from mails").fetchone()[0]
    finally:
        db.close()
    remaining = len(os.listdir(tmp_path / "mail" / "new")) + len(os.listdir(tmp_path / "mail" / "cur"))
    assert decided + remaining == len(CORPUS), "every mail either decided or still waiting, none half-done"


def test_a_second_daemon_on_the_same_sqlite_database_refuses_to_start(tmp_path: Path) -> None:
    """Plan row D7: two `maild run` on one SQLite file would both read the mailbox; the second stops."""
    (tmp_path / "maild.toml").write_text(CONFIG)
    cmd = [sys.executable, "-m", "maild", "run", "--config", str(tmp_path / "maild.toml")]
    first = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while not list(tmp_path.glob("*.lock")) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        assert second.returncode == 1, second.stderr
        assert "another maild process is working on this mailbox" in second.stderr
        assert first.poll() is None, "the first daemon goes on"
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=20)
