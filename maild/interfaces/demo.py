"""`maild demo`: maild at work on the embedded default, with no server to set up.

It writes a config for a local Maildir, SQLite and a file outbox, delivers a
corpus into the Maildir (the six mails shipped with maild, one for each
action, unless --corpus names another), runs one pass and prints, for each
mail, what maild decided and why, then where the replies and the filed mail
are. It needs no checkout: an installed wheel carries the mails.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from maild import logs
from maild.adapters.inbox_maildir import deliver
from maild.adapters.shipped import shipped
from maild.config import Settings, load_settings
from maild.runtime.daemon import Daemon

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
ACTIONS = ("acknowledge", "request_missing", "redirect", "review", "ignore")


def demo_mails() -> Path:
    """The demo corpus shipped inside the package."""
    return shipped("demo_mails", package="maild.interfaces")


def run_demo(corpus: Path | None, data: Path) -> int:
    """Deliver the corpus, run one pass, print each mail's decision and its reasons."""
    corpus = corpus or demo_mails()
    mails = sorted(corpus.glob("*.eml")) if corpus.is_dir() else []
    if not mails:
        print(f"maild demo: no .eml files in {corpus}")
        return 1
    logs.setup(level="warning")  # the demo's own lines say what happened; the pass's events would drown them
    data = data.resolve()
    if data.exists() and any(data.iterdir()) and not _earlier_demo(data):
        print(f"maild demo: {data} holds something other than an earlier demo; name another folder with --data")
        return 1
    settings = _prepare(data, mails)
    report = Daemon(settings).poll()
    decided = sorted(report.decided, key=lambda d: d["uid"])
    _explain(settings, mails, decided)
    counts = ", ".join(f"{report.count(a)} {a}" for a in ACTIONS)
    print(f"{len(mails)} mails: {counts}; {report.sent} replies written")
    print(f"replies (.eml files): {data / 'outbox'}")
    print(f"filed mail:           {data / 'mail'} (folders .Processed, .Review, .Ignored)")
    print(f"database:             {data / 'maild.db'}")
    return 0


def _earlier_demo(data: Path) -> bool:
    """True for a folder an earlier `maild demo` wrote (the only kind it empties)."""
    try:
        return (data / "maild.toml").read_text(encoding="utf-8").startswith(CONFIG.splitlines()[0])
    except (OSError, UnicodeDecodeError):
        return False


def _prepare(data: Path, mails: list[Path]) -> Settings:
    """A fresh data folder with the demo's config and the corpus delivered to its Maildir."""
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    (data / "maild.toml").write_text(CONFIG, encoding="utf-8")
    for index, path in enumerate(mails, start=1):
        deliver(data / "mail", path.read_bytes(), f"{index:06d}.demo.{path.stem}")
    return load_settings(data / "maild.toml", required=True)


def _explain(settings: Settings, mails: list[Path], decided: list[dict[str, Any]]) -> None:
    """Per mail: the readable verdict (who, what it asks, what is missing, the action), then its
    case and reply. The verdict is triaged again from the same bytes with the same rules and
    policy as the pass; the case and the reply are the pass's own."""
    from maild.adapters.rules import load_rules
    from maild.adapters.templates import Templates
    from maild.core.decide import triage
    from maild.interfaces.terminal import block, cleaned, line

    rules = load_rules(settings.paths.rules)
    policy = settings.triage_policy()
    templates = Templates(settings.paths.templates)
    today = dt.date.today()
    for path, item in zip(mails, decided):
        verdict = triage(path.read_bytes(), rules, policy, today)
        summary = templates.render("triage_summary.txt.j2", file=line(path.name), v=cleaned(verdict.as_dict()))
        print(block(summary).rstrip("\n"))  # a corpus's mails cannot drive the terminal
        if item["action"] != verdict.action:
            print(f"  decided:  {item['action']} (the case and the reply policy weighed in)")
        print(f"  case:     {item['case'] or 'none'}")
        print(f"  reply:    {_reply(item['reply'])}")
        print()


def _reply(kind: str) -> str:
    return f"{kind}, written to the outbox" if kind else "none"
