"""`maild run`, `maild poll` and `maild remind`: the loops around Service, for every mailbox.

poll: one pass over new mail and the outbox of each mailbox, then exit (for
cron and tests). run: one thread per mailbox passes forever; between passes it
waits on its mailbox (IMAP IDLE where the server has it, a poll interval
otherwise) and reconnects with exponential backoff after a drop. APScheduler
ticks the reminder sweeps and wakes the passes. SIGTERM or SIGINT finishes
the mail in hand and stops before the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
from types import FrameType
from typing import Any

from maild import logs
from maild.adapters.db import LeaseLost
from maild.bootstrap import build_inbox, build_sender, build_store
from maild.config import Settings
from maild.errors import ConfigError, MailboxError
from maild.runtime.lock import ProcessLock
from maild.runtime.metrics import Metrics
from maild.adapters.rules import load_rules
from maild.app.service import PassReport, Service


class Daemon:
    def __init__(self, settings: Settings, dry_run: bool = False, mailbox: str | None = None) -> None:
        self.settings = settings
        self.dry_run = dry_run or bool(settings.section("daemon")["dry_run"])
        self.boxes = [b for b in settings.mailboxes() if not mailbox or b.section("mailbox")["name"] == mailbox]
        if mailbox and not self.boxes:
            raise ConfigError(f"no mailbox named {mailbox!r} in the config")
        self.stopping = threading.Event()
        self.wakes = {b.section("mailbox")["name"]: threading.Event() for b in self.boxes}
        self.metrics_server: Any = None

    @property
    def wake(self) -> threading.Event:
        """The wake event of the first mailbox (the only one in a one-mailbox config)."""
        return next(iter(self.wakes.values()))

    def _service(self, box: Settings, metrics: Metrics | None = None) -> Service:
        return Service(box, load_rules(box.paths.rules), build_store(box), build_inbox(box), build_sender(box),
                       dry_run=self.dry_run, metrics=metrics)

    @staticmethod
    def lock(box: Settings) -> Any:
        """One process per mailbox on SQLite; on PostgreSQL the lease arbitrates between workers."""
        if not box.db_url().startswith("sqlite"):
            return contextlib.nullcontext()
        return ProcessLock(box.paths.data / f"{box.section('mailbox')['name']}.lock")

    def poll(self) -> PassReport:
        total = PassReport()
        for box in self.boxes:
            with self.lock(box):
                service = self._service(box)
                service.startup()
                try:
                    report = service.run_pass()
                finally:
                    service.release()
                    service.inbox.close()
            total.merge(report)
        return total

    def remind_once(self) -> int:
        """One reminder sweep per mailbox (for cron): safe beside the daemon and beside itself."""
        return sum(self._service(box).sweep_reminders() for box in self.boxes)

    def run(self, max_passes: int | None = None) -> None:
        self._signals()
        cfg = self.settings.section("metrics")
        metrics = Metrics(bool(cfg["enabled"]))
        self.metrics_server = metrics.serve(cfg["host"], int(cfg["port"]))
        locks = [self.lock(box) for box in self.boxes]
        for held in locks:
            held.__enter__()
        try:
            services = [self._service(box, metrics) for box in self.boxes]
            for service in services:
                service.startup()
            scheduler = self._scheduler(services)
            scheduler.start()
            threads = [threading.Thread(target=self._loop, args=(s, max_passes), name=f"mailbox-{s.inbox.name}",
                                        daemon=True) for s in services]
            for thread in threads:
                thread.start()
            logs.event("daemon_started", mailboxes=len(services), dry_run=self.dry_run)
            for thread in threads:
                while thread.is_alive():
                    thread.join(timeout=0.5)
            scheduler.shutdown(wait=True)
            logs.event("daemon_stopped", mailboxes=len(services))
        finally:
            if self.metrics_server is not None:
                self.metrics_server.shutdown()
            for held in reversed(locks):
                held.__exit__(None, None, None)

    def _scheduler(self, services: list[Service]) -> Any:
        """APScheduler ticks the sweeps; what is due lives in maild's tables, not in a job store.

        misfire_grace_time=None: a sweep missed during downtime or a clock jump still runs
        (once, coalesced) instead of APScheduler's default of silently skipping it after 1 s.
        """
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone="UTC", job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        for service in services:
            box = service.settings
            name = service.inbox.name
            sweep = float(box.section("reminders")["sweep_seconds"])
            scheduler.add_job(_guarded(service.sweep_reminders), "interval", seconds=sweep, id=f"reminders-{name}",
                              next_run_time=None if self.dry_run else _soon())
            scheduler.add_job(self.wakes[name].set, "interval", seconds=float(box.section("daemon")["poll_interval"]),
                              id=f"pass-{name}")
        return scheduler

    def _loop(self, service: Service, max_passes: int | None) -> None:
        cfg = service.settings.section("daemon")
        wake = self.wakes[service.inbox.name]
        backoff, passes = 1.0, 0
        try:
            while not self.stopping.is_set():
                try:
                    report = service.run_pass()
                    backoff = 1.0
                    passes += 1
                    if max_passes is not None and passes >= max_passes:
                        break
                    if self.stopping.is_set():
                        break
                    wake.clear()
                    if report.standby:  # another worker reads this mailbox: wait to take over
                        wake.wait(min(float(cfg["poll_interval"]), float(cfg["lease_seconds"]) / 3))
                    else:
                        service.inbox.wait(float(cfg["poll_interval"]) * 30, wake)
                except LeaseLost as exc:
                    if service.lease is not None:  # not already said by hold_lease
                        logs.event("lease_lost", logging.WARNING, mailbox=service.inbox.name,
                                   detail=str(exc)[:200])
                    service.lease = None
                    service.inbox.close()
                except MailboxError as exc:
                    logs.event("mailbox_down", logging.WARNING, mailbox=service.inbox.name, error=str(exc)[:200],
                               retry_in=round(backoff, 1))
                    service.inbox.close()
                    service.polling_failed(str(exc))
                    service.send_due()
                    self.stopping.wait(backoff)
                    backoff = min(backoff * 2, float(cfg["reconnect_max"]))
                except Exception as exc:  # (after MailboxError) a bug or a database outage must not end the thread
                    logs.event("pass_failed", logging.ERROR, mailbox=service.inbox.name, error=type(exc).__name__,
                               detail=str(exc)[:200], retry_in=round(backoff, 1))
                    service.inbox.close()
                    self.stopping.wait(backoff)
                    backoff = min(backoff * 2, float(cfg["reconnect_max"]))
        finally:
            service.release()
            service.inbox.close()

    def stop(self) -> None:
        self.stopping.set()
        for wake in self.wakes.values():
            wake.set()

    def _signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            logs.event("stop_requested", signal=signal.Signals(signum).name)
            self.stop()

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, stop)
            signal.signal(signal.SIGINT, stop)


def _guarded(job: Any) -> Any:
    def run() -> None:
        try:
            job()
        except Exception as exc:  # a failed sweep is logged and retried at the next tick
            logs.event("sweep_failed", logging.ERROR, error=type(exc).__name__, detail=str(exc)[:200])
    return run


def _soon() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1)
