"""Killing maild at any step and starting it again loses no mail and sends no reply twice.

`maild poll` runs as a real process on the embedded default; MAILD_FAULT ends
it (exit 101) at the Nth pass of a checkpoint, like mbsync's -Tj; then two
normal passes resume. The result must equal an uninterrupted run: every mail
decided once and filed, and each reply either sent once or, when the crash
fell between handing it over and recording it, marked uncertain (never
resent).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from paths import SHARED
from maild.adapters.inbox_maildir import deliver
from maild.runtime.faults import CHECKPOINTS

MAILS = [p for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))][::6]  # 7 varied mails
CONFIG = '[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[smtp]\nkind = "file"\n'


def poll(data: Path, fault: str = "") -> int:
    env = {k: v for k, v in os.environ.items() if k != "MAILD_FAULT"}
    if fault:
        env["MAILD_FAULT"] = fault
    proc = subprocess.run([sys.executable, "-m", "maild", "poll", "--config", str(data / "maild.toml")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 101), proc.stderr
    return proc.returncode


def setup_data(data: Path) -> None:
    data.mkdir(parents=True)
    (data / "maild.toml").write_text(CONFIG)
    for i, path in enumerate(MAILS):
        deliver(data / "mail", path.read_bytes(), f"{i:03d}.m")


def state(data: Path) -> dict[str, object]:
    db = sqlite3.connect(data / "maild.db")
    try:
        mails = db.execute("select dedupe_key, action, folder from mails order by dedupe_key").fetchall()
        replies = db.execute("select message_id, status from outbox order by message_id").fetchall()
        sent_audits = db.execute("select count(*) from audit where event = 'reply_sent'").fetchone()[0]
    finally:
        db.close()
    files = sorted(p.name for p in (data / "outbox").glob("*.eml")) if (data / "outbox").is_dir() else []
    inbox = [p for sub in ("new", "cur") for p in (data / "mail" / sub).iterdir()]
    return {"mails": mails, "replies": replies, "files": files, "sent_audits": sent_audits, "inbox": len(inbox)}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    data = tmp_path_factory.mktemp("reference") / "data"
    setup_data(data)
    assert poll(data) == 0
    return state(data)


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("checkpoint", CHECKPOINTS)
def test_crash_at_checkpoint_resumes_to_the_reference(tmp_path: Path, checkpoint: str, n: int,
                                                     reference: dict[str, object]) -> None:
    data = tmp_path / "data"
    setup_data(data)
    code = poll(data, f"{checkpoint}:{n}")
    assert poll(data) == 0 and poll(data) == 0
    got = state(data)
    assert got["mails"] == reference["mails"], "every mail decided once, same verdict, same folder"
    assert got["inbox"] == 0
    ref_ids = [m for m, _ in reference["replies"]]  # type: ignore[union-attr]
    assert [m for m, _ in got["replies"]] == ref_ids, "one reply row per (mail, kind), the same ones"
    statuses = dict(got["replies"])  # type: ignore[arg-type]
    uncertain = [m for m, s in statuses.items() if s == "uncertain"]
    assert all(s in ("sent", "uncertain") for s in statuses.values())
    if code == 101 and checkpoint in ("after_claim", "after_send"):
        assert len(uncertain) == 1, "the reply in hand at the crash is uncertain, never resent"
    else:
        assert uncertain == []
    assert got["sent_audits"] == len(ref_ids) - len(uncertain)
    expected_files = len(ref_ids) - (1 if checkpoint == "after_claim" and code == 101 else 0)
    assert len(got["files"]) == expected_files
