"""The composition root: adapters built from Settings and joined to the application's jobs, in one place.

Nothing is constructed at import time. The daemon, the commands, the web
console, the tests and the benchmarks all get their worker from worker();
a test passes the parts it wants to hold (a Maildir, a file outbox, a
clock) and gets the rest built from the settings as in production.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from maild.adapters.db import Store
from maild.adapters.rules import load_rules
from maild.adapters.templates import Templates
from maild.app.apply import Apply
from maild.app.cases import Cases
from maild.app.dryrun import DryRun
from maild.app.filing import Filing
from maild.app.intake import Intake
from maild.app.lease import Lease, NoLease
from maild.app.letters import Letters
from maild.app.outbox import Outbox
from maild.app.ports import Clock, Inbox, Sender
from maild.app.record import Record
from maild.app.reminders import Reminders
from maild.app.review import Review
from maild.app.triage import Triage
from maild.app.worker import Worker
from maild.config import Settings
from maild.core.hosts import is_loopback
from maild.core.ruleset import RuleSet
from maild.errors import ConfigError
from maild.runtime.metrics import Metrics


def worker(settings: Settings, *, store: Store | None = None, inbox: Inbox | None = None,
           sender: Sender | None = None, rules: RuleSet | None = None, clock: Clock | None = None,
           dry_run: bool = False, metrics: Metrics | None = None) -> Worker:
    """One mailbox's worker; what is not given is built from the settings."""
    store = store or build_store(settings, dry_run=dry_run)
    inbox = inbox or build_inbox(settings, dry_run=dry_run)
    sender = sender or build_sender(settings)
    rules = rules or load_rules(settings.paths.rules)
    meter = metrics or Metrics(False)
    now = _utc(clock or _system_clock)
    name, policy = inbox.name, settings.triage_policy()
    cases = Cases(store, rules, policy, name)
    triage = Triage(rules, policy, settings.section("triage"), now, meter, name, _workers(settings))
    letters = Letters(settings, Templates(settings.paths.templates), now, name)
    outbox = Outbox(store, sender, inbox, letters, settings, now, meter)
    filing = Filing(inbox, store, settings)
    lease: Lease | NoLease = NoLease() if dry_run else Lease(store, name, settings, now)
    act = DryRun(letters.renderer, letters.zone()) if dry_run else Apply(store, Record(store, letters, lease, now), filing, outbox, letters,
                                         settings, now, meter, name)
    intake = Intake(inbox, store, cases, triage, filing, act, lease, settings, now)
    return Worker(settings, store, inbox, sender, now, lease, cases, triage, letters, outbox, intake,
                  Reminders(store, letters, outbox, settings, now, name),
                  Review(store, cases, letters, outbox, rules, policy, now))


def _system_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _utc(clock: Clock) -> Clock:
    """Always UTC: SQLite keeps no zone, so every stored time must be in one."""
    return lambda: clock().astimezone(dt.timezone.utc)


def _workers(settings: Settings) -> Callable[[Callable[..., Any], tuple[Any, ...]], Any]:
    """Starts the triage worker pool with the limits of [triage] as they are when it starts."""
    def start(fn: Callable[..., Any], fixed: tuple[Any, ...]) -> Any:
        from maild.runtime.sandbox import Pool

        cfg = settings.section("triage")
        return Pool(fn, fixed, size=int(cfg["sandbox_parallel"]) + 1, cpu_seconds=cfg["sandbox_cpu_seconds"],
                    memory_mb=cfg["sandbox_memory_mb"], wall_seconds=cfg["sandbox_wall_seconds"])
    return start


def build_store(settings: Settings, *, dry_run: bool = False) -> Store:
    url = settings.db_url()
    if dry_run:
        return _dry_store(url)
    if url.startswith("sqlite:///"):
        settings.paths.data.mkdir(parents=True, exist_ok=True)
    return Store.open(url)


def _dry_store(url: str) -> Store:
    """The database as it is, migrated or created by no one: a dry run writes nothing. Where there
    is none yet (no SQLite file, an empty PostgreSQL database), an empty one in a temporary folder
    stands in for it, removed when the store is."""
    import shutil
    import tempfile
    import weakref
    from pathlib import Path

    from maild.adapters.migrate import current, head
    from maild.errors import StoreError

    if not url.startswith("sqlite:///") or Path(url.removeprefix("sqlite:///")).is_file():
        store = Store.open(url, check_schema=False)
        have = current(store.engine)
        if have is not None and have != head():
            raise StoreError(f"the database schema is at revision {have}, the code needs {head()}: "
                             "run `maild db upgrade` first")
        if have is not None:
            return store
        store.engine.dispose()
    folder = tempfile.mkdtemp(prefix="maild-dry-run-")
    store = Store.open(f"sqlite:///{folder}/maild.db")
    weakref.finalize(store, shutil.rmtree, folder, True)
    return store


def build_inbox(settings: Settings, *, dry_run: bool = False) -> Inbox:
    box = settings.section("mailbox")
    kind = box["kind"]
    if kind == "maildir":
        from maild.adapters.inbox_maildir import MaildirInbox

        return MaildirInbox(settings.data_path(box["maildir"]), name=box["name"], read_only=dry_run)
    if kind == "imap":
        from maild.adapters.inbox_imap import ImapInbox, ImapSettings

        imap = settings.section("imap")
        if imap["security"] not in ("tls", "starttls", "plain"):
            raise ConfigError("[imap] security must be 'tls', 'starttls' or 'plain'")
        if imap["security"] == "plain" and not is_loopback(imap["host"]):
            raise ConfigError(f"[imap] security = \"plain\" to {imap['host']}: the login and every mail would cross "
                              "the network in clear; \"plain\" is for loopback only (use \"tls\" or \"starttls\")")
        cfg = ImapSettings(host=imap["host"], port=imap["port"], security=imap["security"],
                           username=imap["username"], password=settings.secret("imap"), folder=imap["folder"],
                           timeout=imap["timeout"], idle=imap["idle"], idle_refresh=min(imap["idle_refresh"], 1740.0),
                           check_interval=imap["check_interval"])
        return ImapInbox(cfg, name=box["name"], batch=box["batch"])
    raise ConfigError(f"[mailbox] kind must be 'maildir' or 'imap', not {kind!r}")


def build_sender(settings: Settings) -> Sender:
    smtp = settings.section("smtp")
    if smtp["kind"] == "file":
        from maild.adapters.outbox_files import FileSender

        return FileSender(settings.data_path(smtp["outbox"]))
    if smtp["kind"] == "smtp":
        from maild.adapters.outbox_smtp import SmtpSender, SmtpSettings

        if smtp["security"] not in ("tls", "starttls", "plain"):
            raise ConfigError("[smtp] security must be 'tls', 'starttls' or 'plain'")
        if smtp["security"] == "plain" and smtp["username"] and not is_loopback(smtp["host"]):
            raise ConfigError(f"[smtp] security = \"plain\" with a username to {smtp['host']}: AUTH would send the "
                              "password in clear; \"plain\" with a login is for loopback only (use \"starttls\" "
                              "or \"tls\")")
        return SmtpSender(SmtpSettings(smtp["host"], smtp["port"], smtp["security"], smtp["username"],
                                       settings.secret("smtp"), smtp["timeout"], copy_to=smtp["copy_to"]))
    raise ConfigError(f"[smtp] kind must be 'file' or 'smtp', not {smtp['kind']!r}")
