"""The `maild` command line: argparse subcommands mapped to exit codes, no logic.

Exit codes: 0 done; 1 a real error (the config, a rule, a template or the
database schema is wrong, a case reference does not exist): fix something,
then run again; 2 a usage error (argparse's own convention); 75 an outage
(sysexits.h EX_TEMPFAIL): the mailbox, the SMTP server or the database could
not be used just now, nothing is lost, and the same command run later goes on
where this one stopped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from maild import __version__
from maild.errors import MailboxError, MaildError, SendError
from maild.interfaces.terminal import as_json, block, cleaned, line


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    from maild import logs

    logs.setup(as_json=getattr(args, "log_json", False))  # every command logs the same way
    try:
        return int(args.handler(args))
    except MaildError as exc:
        print(f"maild: {line(str(exc))}", file=sys.stderr)  # it may quote a mail or a server
        if _outage(exc):
            print("maild: nothing is lost: mail not yet recorded stays in the mailbox and queued replies "
                  "stay queued; run the command again later", file=sys.stderr)
            return EX_TEMPFAIL
        return 1
    except _transient_db_errors() as exc:
        reason = line(str(getattr(exc, "orig", exc)).splitlines()[0][:300])
        print(f"maild: the database could not be used ({reason}); nothing is lost: mail not yet "
              "recorded stays in the mailbox and is taken again by the next pass", file=sys.stderr)
        return EX_TEMPFAIL
    except KeyboardInterrupt:
        return 130


EX_TEMPFAIL = 75  # sysexits.h: a temporary failure, try again later (what cron and systemd can act on)


def _outage(exc: MaildError) -> bool:
    """An error that waiting cures: the mailbox or the SMTP server out of reach (not a refusal)."""
    if isinstance(exc, MailboxError):
        return exc.outage
    return isinstance(exc, SendError) and not exc.permanent


def _transient_db_errors() -> tuple[type[Exception], ...]:
    from maild.adapters.db_engine import TRANSIENT_DB_ERRORS

    return TRANSIENT_DB_ERRORS


def _parser() -> argparse.ArgumentParser:
    from maild.interfaces.cli_review import register
    from maild.interfaces.cli_web import register as register_web

    parser = argparse.ArgumentParser(prog="maild", description="The Saksham Seva helpdesk mailbox daemon.")
    parser.add_argument("--version", action="version", version=f"maild {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    triage = sub.add_parser("triage", help="decide the verdict for mail files (reads no mailbox, sends nothing)")
    triage.add_argument("files", nargs="+", metavar="FILE.eml", help="raw RFC 5322 mail files")
    triage.add_argument("--json", action="store_true", help="print JSON Lines, one verdict per file")
    triage.add_argument("--config", type=Path, default=None,
                        help="config file (default: ./maild.toml when present, else built-in defaults)")
    triage.add_argument("--rules", type=Path, default=None, help="rules folder (overrides the config)")
    triage.set_defaults(handler=_cmd_triage)
    _daemon_commands(sub)
    _store_commands(sub)
    register(sub)
    register_web(sub)
    demo = sub.add_parser("demo", help="run sample mails through a local Maildir and show what maild decides and why")
    demo.add_argument("--corpus", type=Path, default=None,
                      help="folder of .eml files (default: the six demo mails shipped with maild)")
    demo.add_argument("--data", type=Path, default=Path("var/demo"),
                      help="where the demo keeps its Maildir, database and replies (default: var/demo; "
                           "emptied first when an earlier demo wrote it)")
    demo.set_defaults(handler=_cmd_demo)
    return parser


def _command(sub: Any, name: str, text: str, handler: Any, *, json: bool = False) -> argparse.ArgumentParser:
    """A subcommand that reads the config file."""
    cmd: argparse.ArgumentParser = sub.add_parser(name, help=text)
    cmd.add_argument("--config", type=Path, default=None, help="config file (default ./maild.toml)")
    if json:
        cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(handler=handler)
    return cmd


def _daemon_commands(sub: Any) -> None:
    for name, text in (("poll", "one pass over new mail and the outbox, then exit (for cron)"),
                       ("run", "the daemon: passes forever, waiting on the mailbox between them")):
        cmd = _command(sub, name, text, _cmd_poll if name == "poll" else _cmd_run)
        cmd.add_argument("--dry-run", action="store_true", help="print what would be sent; send and record nothing")
        cmd.add_argument("--log-json", action="store_true", help="log one JSON object per line")
        cmd.add_argument("--mailbox", default=None, help="only this mailbox of a [[mailboxes]] config")
    remind = _command(sub, "remind", "queue and send the reminders, final notices and digests that are due",
                      _cmd_remind)
    remind.add_argument("--once", action="store_true", help="one sweep, then exit (for cron)")
    remind.add_argument("--log-json", action="store_true", help="log one JSON object per line")
    remind.add_argument("--mailbox", default=None, help="only this mailbox of a [[mailboxes]] config")
    remind.set_defaults(dry_run=False)


def _store_commands(sub: Any) -> None:
    _command(sub, "status", "per mailbox: last good poll, backlog, failures, outbox and cases", _cmd_status, json=True)
    _command(sub, "check-config", "load the config, every rule file and every template", _cmd_check)
    _command(sub, "doctor", "reach the mailbox, the SMTP server and the database", _cmd_doctor)
    _command(sub, "purge", "past [mailbox] retention_days: remove mail bodies, attachment bytes and names, "
             "subjects and the personal details of verdicts", _cmd_purge)
    db = sub.add_parser("db", help="the database schema: upgrade, current")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    _command(dsub, "upgrade", "migrate the database to the schema of this code", _cmd_db_upgrade)
    _command(dsub, "current", "print the schema revision of the database and of the code", _cmd_db_current)


def _cmd_triage(args: argparse.Namespace) -> int:
    from maild.config import load_settings
    from maild.core.decide import triage
    from maild.adapters.rules import load_rules
    from maild.adapters.templates import Templates

    settings = load_settings(args.config, required=args.config is not None)
    rules = load_rules(args.rules or settings.paths.rules)
    policy = settings.triage_policy()
    templates = Templates(settings.paths.templates)
    today = dt.date.today()
    unread = 0
    for name in args.files:
        raw = _read_mail(name)
        if raw is None:
            unread += 1  # said on stderr; the other files are still triaged
            continue
        verdict = triage(raw, rules, policy, today)
        if args.json:
            print(as_json({"file": name, **verdict.as_dict()}, indent=None), flush=True)
        else:  # the mail's values cleaned for the terminal, each on its line
            summary = templates.render("triage_summary.txt.j2", file=name, v=cleaned(verdict.as_dict()))
            print(block(summary), flush=True)
    return 1 if unread else 0  # 0 only when every file was triaged


def _daemon(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from maild.config import load_settings
    from maild.runtime.daemon import Daemon

    settings = load_settings(args.config, required=args.config is not None)
    return Daemon(settings, dry_run=args.dry_run, mailbox=args.mailbox)


def _cmd_poll(args: argparse.Namespace) -> int:
    daemon = _daemon(args)
    report = daemon.poll()
    if daemon.dry_run:
        print(f"dry run: {report.decided_count} mail(s) read; nothing was recorded, filed or sent")
        return 0
    print(f"decided {report.decided_count} mail(s), sent {report.sent} repl(ies), "
          f"{report.failed_sends} not sent, re-filed {report.refiled}")
    if report.deferred:
        print(f"maild: {report.deferred} repl(ies) could not be handed to the SMTP server; they stay queued "
              "and go with the next pass", file=sys.stderr)
        return EX_TEMPFAIL
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    _daemon(args).run()
    return 0


def _cmd_remind(args: argparse.Namespace) -> int:
    import time

    daemon = _daemon(args)
    sweep = float(daemon.settings.section("reminders")["sweep_seconds"])
    while True:
        queued = daemon.remind_once()
        print(f"queued {queued} reminder(s), final notice(s) and digest(s)", flush=True)
        if args.once:
            return 0
        time.sleep(sweep)


def _zone(settings: Any) -> Any:
    """The office's time zone ([reminders] timezone): every time shown to people is in it."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(str(settings.section("reminders")["timezone"]))


def _shown(stored: str | None, settings: Any) -> str:
    """A stored UTC time (ISO text) as people read it, in the office's zone with the zone named."""
    from maild.core.times import shown

    return shown(dt.datetime.fromisoformat(stored), _zone(settings)) if stored else ""


def _cmd_purge(args: argparse.Namespace) -> int:
    from maild.bootstrap import build_store
    from maild.config import load_settings

    settings = load_settings(args.config, required=args.config is not None)
    days = int(settings.section("mailbox")["retention_days"])
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    counts = build_store(settings).purge(before)
    print(f"purged {counts['mails']} mail(s) and {counts['replies']} reply bodies older than {days} days")
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from maild.adapters.db import Store
    from maild.config import load_settings
    from maild.adapters.migrate import current, head, upgrade

    settings = load_settings(args.config, required=args.config is not None)
    settings.paths.data.mkdir(parents=True, exist_ok=True)
    store = Store.open(settings.db_url(), check_schema=False)
    before = current(store.engine)
    upgrade(store.engine)
    print(f"database schema: {before or 'empty'} -> {head()}")
    return 0


def _cmd_db_current(args: argparse.Namespace) -> int:
    from maild.adapters.db import Store
    from maild.config import load_settings
    from maild.adapters.migrate import current, head
    from maild.interfaces.cli_common import absent

    settings = load_settings(args.config, required=args.config is not None)
    missing = absent(settings)  # looked at, never created
    if missing:
        print(f"database: none yet ({line(missing)}); code: {head()}")
        return 0
    store = Store.open(settings.db_url(), check_schema=False)
    print(f"database: {current(store.engine) or 'none'}; code: {head()}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from maild.interfaces.checks import check_config

    problems, warnings = check_config(args.config)
    for problem in problems:
        print(problem)
    for warning in warnings:
        print(f"warning: {warning}")
    if not problems:
        print("config, rules and templates are fine" + (f"; {len(warnings)} warning(s) for production"
                                                           if warnings else ""))
    return 1 if problems else 0


def _cmd_doctor(args: argparse.Namespace) -> int:
    from maild.interfaces.checks import doctor, unsafe_settings
    from maild.config import load_settings

    settings = load_settings(args.config, required=args.config is not None)
    results = doctor(settings)
    for name, works, detail in results:
        print(f"{name:9} {'works' if works else 'FAILS'}: {detail}")
    for warning in unsafe_settings(settings):  # what works may still be unsafe in production
        print(f"warning: {warning}")
    return 0 if all(works for _, works, _ in results) else 1


def _cmd_status(args: argparse.Namespace) -> int:
    from maild.config import load_settings
    from maild.interfaces.cli_common import stored

    settings = load_settings(args.config, required=args.config is not None)
    rows = stored(settings).status()  # a read: no database created or migrated
    if args.json:
        print(as_json(rows))
        return 0
    rows = cleaned(rows)  # an error a server sent
    if not rows:
        print("no mailbox has been polled yet")
    for row in rows:
        print(f"mailbox {row['mailbox']}")
        print(f"  last good poll: {_shown(row['last_poll_at'], settings) or 'never'}")
        print(f"  backlog:        {row['backlog']} mail(s); last UID {row['last_uid']} (UIDVALIDITY {row['uidvalidity']})")
        if row["failing_since"]:
            print(f"  FAILING since {_shown(row['failing_since'], settings)}: {row['last_error']}")
        print("  outbox:         " + (", ".join(f"{v} {k}" for k, v in sorted(row["outbox"].items())) or "empty"))
        print("  cases:          " + (", ".join(f"{v} {k}" for k, v in sorted(row["cases"].items())) or "none"))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from maild.interfaces.demo import run_demo

    return run_demo(args.corpus, args.data)


def _read_mail(name: str) -> bytes | None:
    """The file's bytes, or None after a one-line error naming the file."""
    try:
        return Path(name).read_bytes()
    except IsADirectoryError:
        print(f"maild: {name}: is a directory, not a mail file", file=sys.stderr)
    except FileNotFoundError:
        print(f"maild: {name}: no such file", file=sys.stderr)
    except PermissionError:
        print(f"maild: {name}: permission denied", file=sys.stderr)
    except OSError as exc:
        print(f"maild: {name}: cannot be read ({exc.strerror or exc})", file=sys.stderr)
    return None
