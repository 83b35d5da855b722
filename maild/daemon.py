"""`maild run` and `maild poll`: the loop around Service, its stop signal and its backoff.

poll: one pass over new mail and the outbox, then exit (for cron and tests).
run: passes forever; between passes it waits on the mailbox (IMAP IDLE where
the server has it, a poll interval otherwise); after a drop it reconnects
with exponential backoff. SIGTERM or SIGINT finishes the mail in hand and
stops before the next one.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from maild import logs
from maild.bootstrap import build_inbox, build_sender, build_store
from maild.config import Settings
from maild.errors import MailboxError
from maild.lock import ProcessLock
from maild.metrics import Metrics
from maild.rules import load_rules
from maild.service import PassReport, Service


def _soon():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1)


class Daemon:
    def __init__(self, settings: Settings, dry_run: bool = False) -> None:
        self.settings = settings
        self.dry_run = dry_run or bool(settings.section("daemon")["dry_run"])
        self.stopping = threading.Event()
        self.wake = threading.Event()  # set by the scheduler's tick, by a stop request
        self.metrics_server = None

    def _service(self, metrics: Metrics | None = None) -> Service:
        rules = load_rules(self.settings.paths.rules)
        store = build_store(self.settings)
        return Service(self.settings, rules, store, build_inbox(self.settings), build_sender(self.settings),
                       dry_run=self.dry_run, metrics=metrics)

    def lock(self) -> ProcessLock:
        return ProcessLock(self.settings.paths.data / f"{self.settings.section('mailbox')['name']}.lock")

    def poll(self) -> PassReport:
        with self.lock():
            service = self._service()
            service.startup()
            try:
                return service.run_pass()
            finally:
                service.inbox.close()

    def remind_once(self) -> int:
        """One reminder sweep (for cron): safe beside the daemon and beside itself."""
        service = self._service()
        return service.sweep_reminders()

    def _scheduler(self, service: Service):  # type: ignore[no-untyped-def]
        """APScheduler ticks the sweeps; what is due lives in maild's tables, not in a job store.

        misfire_grace_time=None: a sweep missed during downtime or a clock jump still runs
        (once, coalesced) instead of APScheduler's default of silently skipping it after 1 s.
        """
        from apscheduler.schedulers.background import BackgroundScheduler

        cfg = self.settings.section("daemon")
        scheduler = BackgroundScheduler(timezone="UTC", job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        sweep = float(self.settings.section("reminders")["sweep_seconds"])
        scheduler.add_job(self._guarded(service.sweep_reminders), "interval", seconds=sweep, id="reminders",
                          next_run_time=None if self.dry_run else _soon())
        scheduler.add_job(self.wake.set, "interval", seconds=float(cfg["poll_interval"]), id="mailbox_pass")
        return scheduler

    @staticmethod
    def _guarded(job):  # type: ignore[no-untyped-def]
        def run() -> None:
            try:
                job()
            except Exception as exc:  # a failed sweep is logged and retried at the next tick
                logs.event("sweep_failed", logging.ERROR, error=type(exc).__name__, detail=str(exc)[:200])
        return run

    def run(self, max_passes: int | None = None) -> None:
        self._signals()
        cfg = self.settings.section("daemon")
        with self.lock():
            cfg_metrics = self.settings.section("metrics")
            metrics = Metrics(bool(cfg_metrics["enabled"]))
            self.metrics_server = metrics.serve(cfg_metrics["host"], int(cfg_metrics["port"]))
            service = self._service(metrics)
            service.startup()
            scheduler = self._scheduler(service)
            scheduler.start()
            logs.event("daemon_started", mailbox=service.inbox.name, dry_run=self.dry_run)
            try:
                self._loop(service, cfg, max_passes)
            finally:
                scheduler.shutdown(wait=True)
                if self.metrics_server is not None:
                    self.metrics_server.shutdown()
                service.inbox.close()
                logs.event("daemon_stopped", mailbox=service.inbox.name)

    def _loop(self, service: Service, cfg, max_passes: int | None) -> None:  # type: ignore[no-untyped-def]
        backoff, passes = 1.0, 0
        while not self.stopping.is_set():
            try:
                service.run_pass()
                backoff = 1.0
                passes += 1
                if max_passes is not None and passes >= max_passes:
                    break
                if not self.stopping.is_set():
                    self.wake.clear()
                    service.inbox.wait(float(cfg["poll_interval"]) * 30, self.wake)
            except MailboxError as exc:
                logs.event("mailbox_down", logging.WARNING, error=str(exc)[:200], retry_in=round(backoff, 1))
                service.inbox.close()
                service.polling_failed(str(exc))
                service.send_due()
                self.stopping.wait(backoff)
                backoff = min(backoff * 2, float(cfg["reconnect_max"]))

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()

    def _signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            logs.event("stop_requested", signal=signal.Signals(signum).name)
            self.stop()

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, stop)
            signal.signal(signal.SIGINT, stop)

