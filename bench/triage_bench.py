"""Triage speed and memory, with a baseline measured in the same run.

    python bench/triage_bench.py [--corpus DIR] [--rounds N]

Prints mails per second per core over the corpus (CPU time of this process),
the same for a bare standard-library parse of each mail (the floor: what
reading the MIME tree costs at all) and their ratio; the CPU time of one
ordinary mail with a template and PDFs; and the peak Python heap while one
mail with a 25 MB scanned attachment is triaged, as a multiple of its size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email
import os
import statistics
import sys
import time
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from maild.core.decide import triage  # noqa: E402
from maild.core.policy import TriagePolicy  # noqa: E402
from maild.adapters.rules import load_rules  # noqa: E402


def floor_parse(raw: bytes) -> None:
    """The baseline: a standard-library parse that decodes every part once."""
    for part in email.message_from_bytes(raw).walk():
        if not part.is_multipart():
            part.get_payload(decode=True)


def cpu_rate(mails: list[bytes], work, rounds: int) -> tuple[float, float]:
    """(median mails per CPU second over rounds, median wall seconds per round)."""
    rates, walls = [], []
    for _ in range(rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for raw in mails:
            work(raw)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        rates.append(len(mails) / cpu if cpu else float("inf"))
        walls.append(wall)
    return statistics.median(rates), statistics.median(walls)


def big_mail(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
    msg["To"] = "saksham.seva@icegate.gov.in"
    msg["Subject"] = "Designation update on promotion"
    msg["Date"] = "Mon, 10 Nov 2025 11:00:00 +0530"
    msg.set_content("Sir,\n\nI have been promoted. Kindly update my designation.\n\nRegards,\nRavi Kumar\n")
    msg.add_attachment(b"%PDF-1.4\n" + os.urandom(size), maintype="application", subtype="pdf",
                       filename="Promotion order scan.pdf")
    return msg.as_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "mails")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    rules, policy, today = load_rules(), TriagePolicy(), dt.date(2025, 11, 30)
    mails = [p.read_bytes() for p in sorted(args.corpus.glob("*.eml"))]
    if not mails:
        print(f"no mails in {args.corpus}", file=sys.stderr)
        return 2
    triage(mails[0], rules, policy, today)  # warm imports (openpyxl, pypdf)
    floor, _ = cpu_rate(mails, floor_parse, args.rounds)
    rate, wall = cpu_rate(mails, lambda raw: triage(raw, rules, policy, today), args.rounds)
    ordinary = next((m for m in mails if b".xlsx" in m and b".pdf" in m), mails[0])
    per_mail = []
    for _ in range(20):
        c0 = time.process_time()
        triage(ordinary, rules, policy, today)
        per_mail.append((time.process_time() - c0) * 1000)
    size = 25 * 1024 * 1024
    raw = big_mail(size)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    c0 = time.process_time()
    verdict = triage(raw, rules, policy, today)
    big_cpu = time.process_time() - c0
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"corpus: {len(mails)} mails, {args.rounds} rounds, medians")
    print(f"{'measure':44} {'value':>12}")
    print(f"{'floor: stdlib parse, mails/s per core':44} {floor:12.0f}")
    print(f"{'maild triage, mails/s per core':44} {rate:12.0f}")
    print(f"{'ratio triage / floor (cost of triage)':44} {floor / rate:12.1f}x")
    print(f"{'wall seconds per corpus pass':44} {wall:12.3f}")
    print(f"{'one mail with template + PDFs, CPU ms (p50)':44} {statistics.median(per_mail):12.1f}")
    print(f"{'one mail with template + PDFs, CPU ms (max)':44} {max(per_mail):12.1f}")
    print(f"{'25 MB attachment: raw mail MB':44} {len(raw) / 2**20:12.1f}")
    print(f"{'25 MB attachment: peak heap MB during triage':44} {peak / 2**20:12.1f}")
    print(f"{'25 MB attachment: peak heap / raw size':44} {peak / len(raw):12.2f}x")
    print(f"{'25 MB attachment: CPU seconds':44} {big_cpu:12.2f}")
    print(f"{'25 MB attachment: verdict kind':44} {verdict.attachments[0].kind:>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
