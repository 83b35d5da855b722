"""What the operators' commands share: the configured mailbox's review, times in the office's zone,
how a list of cases is printed."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from maild.core.times import how_long, shown
from maild.interfaces.terminal import as_json, block, cleaned, line


def review_of(config: Path | None, *, reads: bool = False) -> Any:
    """The operators' actions (maild.app.review.Review) over the configured mailbox."""
    return opened(config, reads=reads)[1]


def opened(config: Path | None, *, reads: bool = False) -> tuple[Any, Any, dt.tzinfo]:
    """(settings, the operators' actions, the office's time zone) of the configured mailbox.

    A command that only `reads` creates and migrates no database (see `stored`)."""
    from maild import bootstrap
    from maild.config import load_settings

    settings = load_settings(config, required=config is not None)
    worker = bootstrap.worker(settings, store=stored(settings) if reads else None)
    return settings, worker.review, ZoneInfo(str(settings.section("reminders")["timezone"]))


def stored(settings: Any) -> Any:
    """The database as it is, for a command that only reads: neither created nor migrated (an
    older schema is refused). Where there is none yet, an empty stand-in in a temporary folder
    answers (no case, no count) and a line on stderr says so."""
    from maild.bootstrap import build_store

    missing = absent(settings)
    if missing:
        print(f"maild: there is no database yet ({line(missing)}): nothing has been recorded; the first "
              "`maild poll` (or the daemon) creates it", file=sys.stderr)
    return build_store(settings, dry_run=True)  # as it is, or the stand-in where there is none


def absent(settings: Any) -> str:
    """Where the database should be, when there is none there yet (no SQLite file, or a database
    without maild's schema); "" when there is one."""
    from maild.adapters.db import Store
    from maild.adapters.migrate import current

    url = settings.db_url()
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            return str(path)
    store = Store.open(url, check_schema=False)
    try:
        return "" if current(store.engine) else store.engine.url.render_as_string(hide_password=True)
    finally:
        store.engine.dispose()


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
