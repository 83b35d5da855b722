"""The proof under faults (issue 6): kill -9 soak, crash at every step, fuzzing, loops, privacy.

    .venv/bin/python bench/soak.py [--mails 2000] [--fuzz-seconds 600] [--pg-rounds 20]
                                   [--pg-mails 200] [--seed 7] [--only kill9,steps,fuzz,loop,corpus,pg]

Everything runs in a temporary folder against a private Dovecot and an SMTP sink on
127.0.0.1 (tests/servers.py), with PostgreSQL on 127.0.0.1:5432 for the worker soak.
Sections, each printing its figures, then one summary block:

  kill9   `maild run` on SQLite over --mails mails APPENDed while it runs; SIGKILL at
          U(0.2, 3) s intervals, restarted at once, until every mail is filed (the mails
          are APPENDed over the first 20 s); `maild
          status` every 100 ms beside it. Then: decisions per Message-ID, INBOX empty,
          each mail in one folder, replies per (mail, kind) in the sink, uncertain
          replies and how many the sink shows delivered, PRAGMA integrity_check, APPEND
          to decision times; a run without kills on the same mails gives the ratio.
  steps   every checkpoint x N = 1..3 over 20 mails (`MAILD_FAULT`), each resumed and
          compared with an uninterrupted run (tests/e2e/test_crash_resume.py's checks).
  fuzz    mutated sample mails and the hostile inputs of tests/unit/test_hostile_inputs.py
          through triage in the daemon's sandbox (fork, RLIMIT_AS/CPU) for --fuzz-seconds:
          inputs, crashes (an exception out of triage), slowest mail, peak child RSS.
  loop    a robot that answers every reply of ours (no Auto-Submitted) for one hour of
          simulated time: replies maild sent it.
  corpus  the sample corpora: humans whose mail maild would silently ignore (must be 0).
  pg      --pg-rounds rounds of three `maild run` workers on one PostgreSQL database,
          one killed at random in each: duplicates and the longest claim left behind.
Every maild log line written in these runs is scanned for mobile numbers, dates of
birth and body text: PII hits (must be 0).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for sub in ("tests", "tests/unit", "tests/e2e"):
    sys.path.insert(0, str(ROOT / sub))

from killing import run_killing  # noqa: E402
from servers import Dovecot, SmtpSink  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}
MAILD = [sys.executable, "-m", "maild"]
MOBILE = re.compile(r"(?<!\d)[6-9]\d{9}(?!\d)")
DOB = re.compile(r"\b\d{2}[/-]\d{2}[/-](19|20)\d{2}\b")
BODY_LINES = ("Kindly create the SSO", "I have forgotten the password", "Service Book", "Respected Sir")
LOGS: list[Path] = []
FIGURES: dict[str, Any] = {}


def say(text: str) -> None:
    print(text, flush=True)


def fresh(raw: bytes, tag: str) -> bytes:
    return re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <{tag}@soak.example.in>".encode(), raw, count=1)


def write_config(folder: Path, dovecot: Dovecot, sink: SmtpSink, url: str = "", extra: str = "") -> Path:
    cfg = folder / "maild.toml"
    db = f'[db]\nurl = "{url}"\n' if url else ""
    cfg.write_text(f"""[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
batch = 50
[imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "plain"
username = "{dovecot.user}"
idle_refresh = 5.0
timeout = 10.0
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
timeout = 5.0
retry_seconds = 1.0
{db}[replies]
per_sender_daily_cap = 0
repeat_window_hours = 0.0
[daemon]
poll_interval = 0.5
lease_seconds = 5.0
reconnect_max = 2.0
{extra}""")
    return cfg


def env_for(dovecot: Dovecot) -> dict[str, str]:
    env = {**os.environ, "MAILD_IMAP_PASSWORD": dovecot.password}
    env.pop("MAILD_FAULT", None)
    return env


# ------------------------------------------------------------------------------------ kill9


def kill9(args: argparse.Namespace, tmp: Path) -> None:
    rng = random.Random(args.seed)
    keys = sorted(CORPUS)
    mails = [(f"kill9-{i}", fresh(CORPUS[keys[i % len(keys)]], f"kill9-{i}")) for i in range(args.mails)]
    baseline = _drain_without_kills(tmp / "baseline", mails)
    folder = tmp / "kill9"
    folder.mkdir()
    dovecot, sink = Dovecot(folder).start(), SmtpSink().start()
    try:
        cfg = write_config(folder, dovecot, sink)
        appended: dict[str, float] = {}
        feeder = threading.Thread(target=_feed, args=(dovecot, mails, appended, args.mails / 20.0), daemon=True)
        status = _StatusProbe(cfg, env_for(dovecot))
        started = time.monotonic()
        feeder.start()
        status.start()
        kills, restarts = run_killing(cfg, dovecot, len(mails), rng, env_for(dovecot), LOGS,
                                      timeout=60 + len(mails) * 0.5)
        wall = time.monotonic() - started
        status.stop()
        feeder.join()
        time.sleep(1.0)
        _kill9_report(folder, dovecot, sink, mails, appended, kills, restarts, wall, baseline, status)
    finally:
        sink.stop()
        dovecot.cleanup()


def _feed(dovecot: Dovecot, mails: list[tuple[str, bytes]], appended: dict[str, float], rate: float) -> None:
    """APPEND the mails at a steady rate (all within 20 s: faster than maild drains), noting each time."""
    with dovecot.client() as client:
        start = time.monotonic()
        for i, (tag, raw) in enumerate(mails):
            wait = start + i / rate - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            client.append("INBOX", raw)
            appended[f"<{tag}@soak.example.in>"] = time.time()


class _StatusProbe(threading.Thread):
    """`maild status` every 100 ms (plan row D2): counts runs and 'database is locked'."""

    def __init__(self, cfg: Path, env: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.cfg, self.env, self.runs, self.locked, self.failed = cfg, env, 0, 0, 0
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            proc = subprocess.run([*MAILD, "status", "--config", str(self.cfg)], env=self.env,
                                  capture_output=True, text=True, timeout=60)
            self.runs += 1
            self.locked += "database is locked" in proc.stderr + proc.stdout
            self.failed += proc.returncode not in (0, 1)
            self.halt.wait(0.1)

    def stop(self) -> None:
        self.halt.set()
        self.join(timeout=60)


def _drain_without_kills(folder: Path, mails: list[tuple[str, bytes]]) -> float:
    """mails/s of one `maild poll` over the same backlog, no kills: the ratio's baseline."""
    folder.mkdir(parents=True)
    dovecot, sink = Dovecot(folder).start(), SmtpSink().start()
    try:
        with dovecot.client() as client:
            for _, raw in mails:
                client.append("INBOX", raw)
        cfg = write_config(folder, dovecot, sink)
        started = time.monotonic()
        log = folder / "poll.log"
        LOGS.append(log)
        with log.open("wb") as handle:
            subprocess.run([*MAILD, "poll", "--log-json", "--config", str(cfg)], env=env_for(dovecot),
                           stdout=subprocess.DEVNULL, stderr=handle, timeout=3600, check=True)
        return len(mails) / (time.monotonic() - started)
    finally:
        sink.stop()
        dovecot.cleanup()


def _kill9_report(folder: Path, dovecot: Dovecot, sink: SmtpSink, mails: list[tuple[str, bytes]],
                  appended: dict[str, float], kills: int, restarts: int, wall: float, baseline: float,
                  status: _StatusProbe) -> None:
    db = sqlite3.connect(folder / "state" / "maild.db")
    try:
        per_id = Counter(m for (m,) in db.execute("select message_id from mails"))
        replies = db.execute("select mail_id, kind, message_id, status from outbox where mail_id is not null").fetchall()
        integrity = db.execute("pragma integrity_check").fetchone()[0]
        decided_at = dict(db.execute("select message_id, received_at from mails"))
    finally:
        db.close()
    wanted = {f"<{tag}@soak.example.in>" for tag, _ in mails}
    sink_ids = Counter(_header(m.data, "Message-ID") for m in sink.messages)
    per_kind = Counter((mail_id, kind) for mail_id, kind, _, _ in replies)
    uncertain = [mid for _, _, mid, st in replies if st == "uncertain"]
    folders = {f: dovecot.count(f) for f in ("INBOX", "Processed", "Review", "Ignored")}
    lag = [_epoch(decided_at[m]) - appended[m] for m in wanted if m in decided_at and m in appended]
    rate = len(mails) / wall
    FIGURES.update({
        "kill9 mails": len(mails), "kill9 kills": kills, "kill9 restarts": restarts,
        "kill9 lost": len(wanted - set(per_id)), "kill9 decided twice": sum(1 for c in per_id.values() if c > 1),
        "kill9 duplicate replies (sink)": sum(c - 1 for c in sink_ids.values() if c > 1),
        "kill9 reply rows per (mail, kind) > 1": sum(1 for c in per_kind.values() if c > 1),
        "kill9 uncertain": len(uncertain), "kill9 uncertain delivered": sum(1 for m in uncertain if m in sink_ids),
        "kill9 integrity_check": integrity, "kill9 folders": folders,
        "kill9 filed once": sum(v for k, v in folders.items() if k != "INBOX") == len(mails),
        "kill9 status runs / locked": f"{status.runs} / {status.locked}",
        "kill9 append->decision mean/max s": f"{sum(lag) / max(1, len(lag)):.1f} / {max(lag, default=0):.1f}",
        "kill9 mails/s with kills / without": f"{rate:.1f} / {baseline:.1f} ({rate / baseline:.2f}x)",
    })
    say(f"kill9: {len(mails)} mails, {kills} kills, {wall:.0f} s; lost {FIGURES['kill9 lost']}, "
        f"duplicate replies {FIGURES['kill9 duplicate replies (sink)']}, uncertain {len(uncertain)}")


def _header(data: bytes, name: str) -> str:
    match = re.search(rb"(?im)^" + name.encode() + rb":\s*(\S+)", data)
    return match.group(1).decode() if match else ""


def _epoch(value: Any) -> float:
    moment = dt.datetime.fromisoformat(str(value)) if not isinstance(value, dt.datetime) else value
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).timestamp()


# ------------------------------------------------------------------------------------ steps


def steps(args: argparse.Namespace, tmp: Path) -> None:
    import test_crash_resume as crash
    from maild.runtime.faults import CHECKPOINTS

    keys = sorted(CORPUS)
    crash.MAILS = [SHARED / "corpus" / "mails" / p for p in sorted(os.listdir(SHARED / "corpus" / "mails"))][:20]
    assert len(crash.MAILS) == 20 or len(keys) < 20
    reference_dir = tmp / "steps" / "reference"
    crash.setup_data(reference_dir)
    crash.poll(reference_dir)
    reference = crash.state(reference_dir)
    cases = same = 0
    for checkpoint in CHECKPOINTS:
        for n in (1, 2, 3):
            data = tmp / "steps" / f"{checkpoint}-{n}"
            crash.setup_data(data)
            crash.poll(data, f"{checkpoint}:{n}")
            crash.poll(data)
            crash.poll(data)
            got = crash.state(data)
            cases += 1
            same += _resumed_like(got, reference)
    FIGURES["steps checkpoints x N x mails"] = f"{len(CHECKPOINTS)} x 3 x {len(crash.MAILS)} = {cases} runs"
    FIGURES["steps resumed to the reference"] = f"{same} / {cases}"
    say(f"steps: {same} of {cases} crash runs resumed to the reference state")


def _resumed_like(got: dict[str, Any], ref: dict[str, Any]) -> bool:
    """Same decisions and folders, same reply rows; a reply differs only by being uncertain."""
    if got["mails"] != ref["mails"] or got["inbox"] != 0:
        return False
    if [m for m, _ in got["replies"]] != [m for m, _ in ref["replies"]]:
        return False
    return all(s in ("sent", "uncertain") for _, s in got["replies"])


# ------------------------------------------------------------------------------------- fuzz


def fuzz(args: argparse.Namespace, tmp: Path) -> None:
    import test_hostile_inputs as hostile

    from maild.adapters.rules import load_rules
    from maild.app.triage import _pooled_triage
    from maild.core.policy import TriagePolicy
    from maild.runtime.sandbox import Pool, SandboxError

    rng = random.Random(args.seed)
    rules, policy, today = load_rules(), TriagePolicy(), dt.date(2026, 12, 1)
    pool = Pool(_pooled_triage, (rules, policy), size=1, cpu_seconds=5, memory_mb=300, wall_seconds=10)
    seeds = list(CORPUS.values())
    generators = [p.values[0].make for p in hostile.CASES]
    inputs = crashes = limited = 0
    slowest = (0.0, "")
    until = time.monotonic() + args.fuzz_seconds
    while time.monotonic() < until:
        if inputs < len(generators):
            raw, label = generators[inputs](), generators[inputs].__name__
        else:
            raw, label = _mutate(rng, rng.choice(seeds), rng), "mutation"
        started = time.monotonic()
        try:
            pool.submit(raw, today, None).result()
        except SandboxError:
            limited += 1
        except Exception as exc:  # noqa: BLE001 - a crash is what is counted here
            crashes += 1
            say(f"fuzz crash on {label}: {type(exc).__name__}: {exc}")
        took = time.monotonic() - started
        slowest = max(slowest, (took, label))
        inputs += 1
    pool.close()  # its workers reaped: their peak counts below
    # Run first, so the only children waited for so far are the sandboxes; a forked child's
    # RSS includes the pages it shares with this process (the hostile inputs it was given).
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    FIGURES.update({"fuzz inputs": inputs, "fuzz crashes": crashes, "fuzz stopped by limits (review)": limited,
                    "fuzz slowest mail": f"{slowest[0]:.2f} s ({slowest[1]})",
                    "fuzz peak child RSS": f"{peak:.0f} MB (shared pages included; this process: {parent:.0f} MB)"})
    say(f"fuzz: {inputs} inputs in {args.fuzz_seconds} s, {crashes} crashes, slowest {slowest[0]:.2f} s")


def _mutate(rng: random.Random, raw: bytes, r: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        pos = rng.randrange(max(1, len(data)))
        if op == 0:  # flip bytes
            for i in range(pos, min(len(data), pos + rng.randint(1, 16))):
                data[i] = rng.randrange(256)
        elif op == 1:  # cut
            del data[pos:pos + rng.randint(1, 2000)]
        elif op == 2:  # duplicate a chunk
            data[pos:pos] = data[pos:pos + rng.randint(1, 4000)]
        elif op == 3:  # truncate
            del data[pos:]
        elif op == 4:  # a header line repeated
            line = rng.choice([b"From: a@icegate.gov.in\r\n", b"Content-Type: multipart/mixed; boundary=x\r\n",
                               b"Content-Transfer-Encoding: base64\r\n", b"Subject: =?utf-8?b?" + b"A" * 50 + b"\r\n"])
            data[0:0] = line * rng.randint(1, 50)
        elif op == 5:  # break a boundary
            data = bytearray(bytes(data).replace(b"--", b"-", rng.randint(1, 5)))
        else:  # insert junk
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))
    return bytes(data)


# ------------------------------------------------------------------------------------- loop


def loop(args: argparse.Namespace, tmp: Path) -> None:
    """A robot answers every reply of ours, as soon as it arrives, for one simulated hour."""
    import email
    from email import policy as email_policy

    from builders import make_mail

    from maild import bootstrap
    from maild.adapters.inbox_maildir import MaildirInbox, deliver
    from maild.adapters.outbox_files import FileSender
    from maild.config import load_settings

    folder = tmp / "loop"
    folder.mkdir()
    (folder / "maild.toml").write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n'
                                       '[smtp]\nkind = "file"\n')
    settings = load_settings(folder / "maild.toml", required=True, environ={})
    clock = [dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)]
    service = bootstrap.worker(settings, inbox=MaildirInbox(folder / "mail", "loop"),
                               sender=FileSender(folder / "outbox"), clock=lambda: clock[0])
    deliver(folder / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"), "0.m")
    service.run_pass()
    seen: set[str] = set()
    robot_mails = 0
    end = clock[0] + dt.timedelta(hours=1)
    while clock[0] < end:
        for path in sorted((folder / "outbox").glob("*.eml")):
            if path.name in seen:
                continue
            seen.add(path.name)
            ours = email.message_from_bytes(path.read_bytes(), policy=email_policy.default)
            echo = make_mail(subject=f"Re: {ours['Subject']}", body="Sir,\nKindly reset my password.\n",
                             headers={"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"]})
            robot_mails += 1
            deliver(folder / "mail", echo, f"echo-{robot_mails}.m")
        # The robot also writes again on its own every minute, as a broken auto-responder does.
        if robot_mails < 200:
            robot_mails += 1
            deliver(folder / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"),
                    f"again-{robot_mails}.m")
        clock[0] += dt.timedelta(minutes=1)
        service.run_pass()
    replies = len(list((folder / "outbox").glob("*.eml")))
    window = settings.section("replies").get("repeat_window_hours", "?")
    FIGURES["loop robot mails in 1 h / replies to it"] = f"{robot_mails} / {replies} (repeat window {window} h)"
    say(f"loop: the robot wrote {robot_mails} mails in an hour of simulated time; maild replied {replies}")


# ----------------------------------------------------------------------------------- corpus


def corpus(args: argparse.Namespace, tmp: Path) -> None:
    import json

    from maild.core.decide import triage
    from maild.core.policy import TriagePolicy
    from maild.adapters.rules import load_rules

    rules, policy, today = load_rules(), TriagePolicy(), dt.date(2026, 12, 1)
    folders = [SHARED / "corpus", ROOT / "tests" / "data" / "corpus2", ROOT / "tests" / "data" / "corpus3"]
    humans = silenced = total = 0
    for base in folders:
        for mail in sorted((base / "mails").glob("*.eml")):
            expected_file = base / "expected" / f"{mail.stem}.json"
            if not expected_file.exists():
                continue
            expected = json.loads(expected_file.read_text())
            got = triage(mail.read_bytes(), rules, policy, today)
            total += 1
            if expected["action"] != "ignore":
                humans += 1
                silenced += got.action == "ignore"
    FIGURES["corpus humans wrongly silenced"] = f"{silenced} of {humans} human mails ({total} mails)"
    say(f"corpus: {silenced} of {humans} mails that need an answer would be ignored")


# --------------------------------------------------------------------------------------- pg


def pg(args: argparse.Namespace, tmp: Path) -> None:
    from pg import temporary_database

    rng = random.Random(args.seed)
    keys = ["001", "003", "015", "019", "025", "031", "035", "036"]
    duplicates = lost = 0
    longest_claim = 0.0
    for round_no in range(args.pg_rounds):
        folder = tmp / f"pg-{round_no}"
        folder.mkdir()
        dovecot, sink = Dovecot(folder).start(), SmtpSink().start()
        try:
            with dovecot.client() as client:
                for i in range(args.pg_mails):
                    client.append("INBOX", fresh(CORPUS[keys[i % len(keys)]], f"pg{round_no}-{i}"))
            with temporary_database() as url:
                d, l_, claim = _pg_round(folder, dovecot, sink, url, args.pg_mails, rng)
                duplicates, lost, longest_claim = duplicates + d, lost + l_, max(longest_claim, claim)
        finally:
            sink.stop()
            dovecot.cleanup()
    FIGURES.update({"pg rounds x workers (one killed each)": f"{args.pg_rounds} x 3",
                    "pg mails per round": args.pg_mails, "pg lost": lost, "pg duplicate replies": duplicates,
                    "pg longest wait for a killed holder's mailbox": f"{longest_claim:.1f} s"})
    say(f"pg: {args.pg_rounds} rounds, lost {lost}, duplicate replies {duplicates}")


def _pg_round(folder: Path, dovecot: Dovecot, sink: SmtpSink, url: str, n: int,
              rng: random.Random) -> tuple[int, int, float]:
    from sqlalchemy import create_engine, text

    cfg = write_config(folder, dovecot, sink, url)
    env = env_for(dovecot)
    logs = [folder / f"worker{i}.log" for i in range(3)]
    LOGS.extend(logs)
    handles = [p.open("wb") for p in logs]
    procs = [subprocess.Popen([*MAILD, "run", "--log-json", "--config", str(cfg)], env=env,
                              stdout=subprocess.DEVNULL, stderr=h) for h in handles]
    engine = create_engine(url)
    killed_at = resumed = 0.0
    try:
        kill_after = time.monotonic() + rng.uniform(1.0, 4.0)
        victim = rng.randrange(3)
        before = 0
        deadline = time.monotonic() + 120 + n
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                done = int(conn.execute(text("select count(*) from mails where filed_at is not null")).scalar() or 0) \
                    if _has_mails(conn) else 0
            if not killed_at and time.monotonic() >= kill_after:
                procs[victim].send_signal(signal.SIGKILL)
                killed_at, before = time.monotonic(), done
            if killed_at and not resumed and done > before:
                resumed = time.monotonic() - killed_at
            if done >= n and dovecot.count("INBOX") == 0:
                break
            time.sleep(0.2)
        time.sleep(1.0)
        with engine.connect() as conn:
            decided = {m for (m,) in conn.execute(text("select message_id from mails"))}
        ids = Counter(_header(m.data, "Message-ID") for m in sink.messages)
        duplicates = sum(c - 1 for c in ids.values() if c > 1)
        return duplicates, n - len(decided), resumed
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            proc.wait(timeout=60)
        for h in handles:
            h.close()
        engine.dispose()


def _has_mails(conn: Any) -> bool:
    from sqlalchemy import inspect

    return inspect(conn).has_table("mails")


# ------------------------------------------------------------------------------------- main


def privacy() -> None:
    hits = lines = 0
    for path in LOGS:
        if not path.exists():
            continue
        text = path.read_text(errors="replace")
        lines += text.count("\n")
        hits += len(MOBILE.findall(text)) + len(DOB.findall(text)) + sum(text.count(b) for b in BODY_LINES)
    FIGURES["PII hits in the logs"] = f"{hits} in {lines} log lines"
    say(f"privacy: {hits} PII hits in {lines} log lines")


SECTIONS = {"fuzz": fuzz, "kill9": kill9, "steps": steps, "loop": loop, "corpus": corpus, "pg": pg}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mails", type=int, default=2000)
    ap.add_argument("--fuzz-seconds", type=float, default=600)
    ap.add_argument("--pg-rounds", type=int, default=20)
    ap.add_argument("--pg-mails", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default=",".join(SECTIONS))
    args = ap.parse_args()
    say(f"seed {args.seed}; {os.cpu_count()} cores; Python {sys.version.split()[0]}; {dt.datetime.now():%Y-%m-%d}")
    with tempfile.TemporaryDirectory(prefix="maild-soak-") as tmp:
        for name in args.only.split(","):
            started = time.monotonic()
            SECTIONS[name](args, Path(tmp))
            say(f"  ({name}: {time.monotonic() - started:.0f} s)")
        privacy()
    say("\nfigures")
    for key, value in FIGURES.items():
        say(f"  {key:48} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
