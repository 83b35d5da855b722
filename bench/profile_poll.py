"""Where `maild poll` spends its time over a backlog: py-spy over a real Dovecot and SMTP sink.

    .venv/bin/python bench/profile_poll.py [--mails 600] [--rate 200] [--top 30] [--raw OUT]

Loads the same mix as bench/e2e_bench.py into a private Dovecot, runs `maild poll`
under `py-spy record` (install it with `.venv/bin/pip install py-spy`; it is a tool,
not a dependency of maild), and prints the share of the wall time spent in each of
maild's functions and store, mailbox and sender methods (inclusive), beside the
fetch + parse floor measured on the same mailbox.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import e2e_bench as eb  # noqa: E402

_FRAME = re.compile(r"(\S+) \(((?:maild/|db\.py|inbox_|outbox_)[^:)]*)")


def shares(raw: Path, top: int) -> list[tuple[float, str]]:
    """(percent of samples, 'function file') for maild's frames, each counted once per stack."""
    total, inclusive = 0, collections.Counter[str]()
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        total += int(count)
        seen = {f"{m.group(1)} {m.group(2)}" for m in map(_FRAME.match, stack.split(";")) if m}
        for key in seen:
            inclusive[key] += int(count)
    return [(100.0 * n / max(total, 1), key) for key, n in inclusive.most_common(top)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mails", type=int, default=600)
    ap.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--raw", type=Path, default=None, help="keep py-spy's collapsed stacks here")
    args = ap.parse_args()
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        print("profile_poll: py-spy is missing; install it with `.venv/bin/pip install py-spy`", file=sys.stderr)
        return 2
    from servers import Dovecot, SmtpSink

    corpus = eb.load_corpus(eb.CORPUS_DIR)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILD_")}
    env.update(MAILD_IMAP_PASSWORD=Dovecot.password, PYTHONPATH=str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="maild-profile-"))
    raw = args.raw or tmp / "stacks.txt"
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, tmp, True)
        sink = SmtpSink().start()
        stack.callback(sink.stop)
        server = Dovecot(tmp / "dovecot").start()
        stack.callback(server.cleanup)
        eb.load_mailbox(server, [mail for _, _, mail in eb.backlog(corpus, args.mails, "profile")])
        eb.floor_fetch(server, parse=False)
        floor, _, _ = eb.floor_fetch(server, parse=True)
        cfg = eb.write_config(tmp / "maild", server, sink)
        profile = [spy, "record", "-r", str(args.rate), "-f", "raw", "-o", str(raw), "--"]
        proc = eb.run_poll(cfg, env, timeout=max(600.0, args.mails), stack=stack, profile=profile)
        print(f"maild poll under py-spy: {args.mails} mails in {proc.wall:.1f} s ({args.mails / proc.wall:.1f}/s), "
              f"fetch + parse floor {floor:.2f} s ({proc.wall / floor:.1f}x, slowed by the profiler), "
              f"{len(sink.messages)} replies")
        for share, key in shares(raw, args.top):
            print(f"{share:5.1f}%  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
