"""Kill -9 at random moments (plan row E2 with 500 mails; bench/soak.py runs 2,000).

`maild run` on SQLite against a real Dovecot and SMTP sink is killed every
U(0.2, 3) s and restarted at once until every mail is filed. Afterwards:
each Message-ID has one decision, the INBOX is empty and every mail is in one
folder, no reply reached the sink twice, each (mail, reply kind) has one row,
and the database passes its integrity check.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path

from killing import run_killing
from paths import SHARED
from servers import Dovecot, SmtpSink
from test_workers_postgres import worker_config

N = int(os.environ.get("MAILD_TEST_KILL9_MAILS", "500"))
SEED = int(os.environ.get("MAILD_TEST_SEED", "7"))
CORPUS = [p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))]


def test_kill9_every_few_seconds_loses_nothing_and_sends_nothing_twice(tmp_path: Path, dovecot: Dovecot,
                                                                      smtp_sink: SmtpSink) -> None:
    rng = random.Random(SEED)
    wanted = set()
    with dovecot.client() as client:
        for i in range(N):
            mid = f"<kill9-{i}@test.example.in>"
            wanted.add(mid)
            client.append("INBOX", re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: {mid}".encode(),
                                          CORPUS[i % len(CORPUS)], count=1))
    cfg = worker_config(tmp_path, dovecot, smtp_sink, "")  # the embedded SQLite database
    env = {**os.environ, "MAILD_IMAP_PASSWORD": dovecot.password}
    env.pop("MAILD_FAULT", None)
    logs: list[Path] = []
    kills, _ = run_killing(cfg, dovecot, N, rng, env, logs, timeout=400)
    time.sleep(0.5)
    db = sqlite3.connect(tmp_path / "state" / "maild.db")
    try:
        decisions = Counter(m for (m,) in db.execute("select message_id from mails"))
        per_kind = Counter(db.execute("select mail_id, kind from outbox where mail_id is not null").fetchall())
        integrity = db.execute("pragma integrity_check").fetchone()[0]
    finally:
        db.close()
    sink_ids = Counter(re.search(rb"(?im)^Message-ID:\s*(\S+)", m.data).group(1) for m in smtp_sink.messages)
    print(f"{N} mails, {kills} kills (seed {SEED})")
    assert kills >= 3, "the soak killed maild several times"
    assert set(decisions) == wanted and max(decisions.values()) == 1, "each mail decided exactly once"
    assert max(per_kind.values(), default=1) == 1, "one reply row per (mail, kind)"
    assert max(sink_ids.values(), default=1) == 1, "no reply reached the sink twice"
    assert integrity == "ok"
    assert dovecot.count("INBOX") == 0
    assert sum(dovecot.count(f) for f in ("Processed", "Review", "Ignored")) == N, "each mail in one folder"
