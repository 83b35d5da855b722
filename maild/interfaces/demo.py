"""`maild demo`: maild at work on the embedded default, with no server to set up.

It writes a config for a local Maildir, SQLite and a file outbox, delivers the
sample corpus into the Maildir, runs one pass and prints what maild did with
each mail, and where the replies and the filed mail are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from maild.adapters.inbox_maildir import deliver
from maild.config import load_settings
from maild.runtime.daemon import Daemon

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "mails"

CONFIG = """# Written by `maild demo`: the embedded default.
[paths]
data = "."

[mailbox]
kind = "maildir"
maildir = "mail"
cutoff = "none"

[smtp]
kind = "file"
outbox = "outbox"
"""


def run_demo(corpus: Path | None, data: Path) -> int:
    corpus = corpus or SAMPLE
    mails = sorted(corpus.glob("*.eml")) if corpus.is_dir() else []
    if not mails:
        print(f"maild demo: no .eml files in {corpus}")
        return 1
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    (data / "maild.toml").write_text(CONFIG, encoding="utf-8")
    for index, path in enumerate(mails, start=1):
        deliver(data / "mail", path.read_bytes(), f"{index:06d}.demo.{path.stem}")
    settings = load_settings(data / "maild.toml", required=True)
    report = Daemon(settings).poll()
    width = max(len(p.stem) for p in mails)
    print(f"{'mail'.ljust(width)}  {'action':16} {'case':15} reply")
    for path, item in zip(mails, sorted(report.decided, key=lambda d: d["uid"])):
        print(f"{path.stem.ljust(width)}  {item['action']:16} {item['case'] or '-':15} {item['reply'] or '-'}")
    counts = {a: report.count(a) for a in ("acknowledge", "request_missing", "redirect", "review", "ignore")}
    print("\n" + ", ".join(f"{v} {k}" for k, v in counts.items()) + f"; {report.sent} replies written")
    print(f"replies (.eml): {data / 'outbox'}")
    print(f"filed mail:     {data / 'mail'} (.Processed, .Review, .Ignored)")
    print(f"database:       {data / 'maild.db'}")
    return 0
