"""What the operators' commands share: the configured mailbox's review, times in the office's zone,
how a list of cases is printed."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from maild.core.times import how_long, shown
from maild.interfaces.terminal import as_json, block, cleaned


def review_of(config: Path | None) -> Any:
    """The operators' actions (maild.app.review.Review) over the configured mailbox."""
    from maild import bootstrap
    from maild.config import load_settings

    return bootstrap.worker(load_settings(config, required=config is not None)).review


def opened(config: Path | None) -> tuple[Any, Any, dt.tzinfo]:
    """(settings, the operators' actions, the office's time zone) of the configured mailbox."""
    from maild import bootstrap
    from maild.config import load_settings

    settings = load_settings(config, required=config is not None)
    return settings, bootstrap.worker(settings).review, ZoneInfo(str(settings.section("reminders")["timezone"]))


def local(iso: str | None, zone: dt.tzinfo) -> str:
    """An ISO time of the review as people read it, in the office's zone."""
    return shown(dt.datetime.fromisoformat(iso), zone) if iso else ""




def emit(args: argparse.Namespace, data: Any, text: str) -> int:
    """The data as JSON (--json), or the text; either way nothing in it can drive the terminal.

    The text is made of values cleaned on their own (maild.interfaces.terminal.cleaned);
    cleaning it whole again is the last guard, for whatever was not."""
    print(as_json(data) if args.json else block(text))
    return 0


def table(rows: list[dict[str, Any]]) -> str:
    """Cases as a table: reference, age, time waiting, status, type, sender, why."""
    lines = [f"{'case':15} {'age':>11} {'waiting':>11}  {'status':12} {'type':18} {'sender':34} why"]
    rows = cleaned(rows)
    lines += [f"{r['ref']:15} {how_long(r['age_seconds']):>11} {how_long(r['waiting_seconds']):>11}  "
              f"{r['status']:12} {r['request_type']:18} {r['sender'][:34]:34} {r['reason'][:120]}" for r in rows]
    return "\n".join(lines)
