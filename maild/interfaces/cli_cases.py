"""`maild cases`: the cases, filtered by status, type, sender and age; `--due`: only what the next
reminder runs will send, and when, in the office's time zone."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([hd]?)\s*$", re.IGNORECASE)


def register(sub: Any) -> None:
    from maild.app.review import STATUSES
    from maild.core.model import REQUEST_TYPES

    cases = sub.add_parser("cases", help="list cases (by status, type, sender, age); --due: what the next "
                                         "reminder runs will send, and when")
    cases.add_argument("--config", type=Path, default=None, help="config file (default ./maild.toml)")
    cases.add_argument("--json", action="store_true", help="print JSON")
    cases.add_argument("--due", action="store_true", help="only the reminders, final notices and digests the "
                                                          "next runs will send, and when")
    cases.add_argument("--status", default="", choices=("", *STATUSES), metavar="STATUS",
                       help=f"only cases in this status: {', '.join(STATUSES)}")
    cases.add_argument("--type", default="", choices=("", *REQUEST_TYPES), metavar="TYPE",
                       help=f"only this request type: {', '.join(REQUEST_TYPES)}")
    cases.add_argument("--sender", default="", help="only senders whose address contains this")
    cases.add_argument("--older-than", type=duration, default=None, metavar="AGE",
                       help="only cases opened longer ago than this (48h, 3d; hours when no unit)")
    cases.add_argument("--newer-than", type=duration, default=None, metavar="AGE",
                       help="only cases opened more recently than this")
    cases.add_argument("--newest-first", action="store_true", help="newest first (default: oldest first)")
    cases.add_argument("--limit", type=int, default=500, help="at most this many cases (default 500)")
    cases.set_defaults(handler=_cases)


def duration(text: str) -> dt.timedelta:
    """'48h', '3d' or '36' (hours) as a time span."""
    found = _DURATION.match(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not an age such as 48h or 3d")
    value = float(found.group(1))
    return dt.timedelta(days=value) if found.group(2).lower() == "d" else dt.timedelta(hours=value)


def _cases(args: argparse.Namespace) -> int:
    from maild.interfaces.cli_common import emit, opened, table

    settings, review, zone = opened(args.config, reads=True)
    if args.due:
        return _due(args, settings, review, zone)
    rows = review.queue(status=args.status, request_type=args.type, sender=args.sender,
                        older_than=args.older_than, newer_than=args.newer_than,
                        newest_first=args.newest_first, limit=args.limit)
    return emit(args, rows, table(rows) if rows else "no case matches")


def _due(args: argparse.Namespace, settings: Any, review: Any, zone: dt.tzinfo) -> int:
    """What the next runs will send and the moment each will really leave (working time only)."""
    from maild.app.reminders import due_list
    from maild.interfaces.cli_common import emit
    from maild.interfaces.terminal import cleaned

    every = due_list(review.store, settings.reminder_policy(), zone, review.clock())
    # A digest goes to [replies] operators: with no one there, none is ever sent.
    unsent = [] if settings.section("replies")["operators"] else [r for r in every if r["kind"] == "digest"]
    rows = [r for r in every if r not in unsent]
    lines = [f"{r['case']:15} {r['kind']:8} {r['leaves']}{'  (due now)' if r['due_now'] else ''}"
             for r in cleaned(rows)] or ["nothing is due or scheduled"]
    if unsent:
        lines.append(f"({len(unsent)} case(s) would go in a digest, but [replies] operators names no one "
                     "to send it to)")
    return emit(args, rows, "\n".join(lines))
