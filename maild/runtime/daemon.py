"""`maild run`, `maild poll` and `maild remind`: the loops around each mailbox's worker.

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

from maild import bootstrap, logs
from maild.app.report import PassReport
from maild.app.worker import Worker
from maild.config import Settings
from maild.errors import ConfigError, LeaseLost, MailboxError
from maild.runtime.lock import ProcessLock
from maild.runtime.metrics import Metrics


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

    def _worker(self, box: Settings, metrics: Metrics | None = None) -> Worker:
        return bootstrap.worker(box, dry_run=self.dry_run, metrics=metrics)

    def lock(self, box: Settings) -> Any:
        """One process per mailbox on SQLite; on PostgreSQL the lease arbitrates between workers.
        A dry run writes nothing, so it neither needs the lock nor leaves a lock file."""
        if self.dry_run or not box.db_url().startswith("sqlite"):
            return contextlib.nullcontext()
        return ProcessLock(box.paths.data / f"{box.section('mailbox')['name']}.lock")

    def poll(self) -> PassReport:
        total = PassReport()
        for box in self.boxes:
            with self.lock(box):
                worker = self._worker(box)
                worker.startup()
                try:
                    report = worker.run_pass()
                finally:
                    worker.release()
                    worker.inbox.close()
            total.merge(report)
        return total

    def remind_once(self) -> int:
        """One reminder sweep per mailbox (for cron): safe beside the daemon and beside itself."""
        return sum(self._worker(box).sweep_reminders() for box in self.boxes)

    def run(self, max_passes: int | None = None) -> None:
        self._signals()
        cfg = self.settings.section("metrics")
        metrics = Metrics(bool(cfg["enabled"]))
        self.metrics_server = metrics.serve(cfg["host"], int(cfg["port"]))
        locks = [self.lock(box) for box in self.boxes]
        for held in locks:
            held.__enter__()
        try:
            workers = [self._worker(box, metrics) for box in self.boxes]
            for worker in workers:
                worker.startup()
            scheduler = self._scheduler(workers)
            scheduler.start()
            threads = [threading.Thread(target=self._loop, args=(w, max_passes), name=f"mailbox-{w.inbox.name}",
                                        daemon=True) for w in workers]
            for thread in threads:
                thread.start()
            logs.event("daemon_started", mailboxes=len(workers), dry_run=self.dry_run)
            for thread in threads:
                while thread.is_alive():
                    thread.join(timeout=0.5)
            scheduler.shutdown(wait=True)
            logs.event("daemon_stopped", mailboxes=len(workers))
        finally:
            if self.metrics_server is not None:
                self.metrics_server.shutdown()
            for held in reversed(locks):
                held.__exit__(None, None, None)

    def _scheduler(self, workers: list[Worker]) -> Any:
        """APScheduler ticks the sweeps; what is due lives in maild's tables, not in a job store.

        misfire_grace_time=None: a sweep missed during downtime or a clock jump still runs
        (once, coalesced) instead of APScheduler's default of silently skipping it after 1 s.
        """
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone="UTC", job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        for worker in workers:
            box = worker.settings
            name = worker.inbox.name
            sweep = float(box.section("reminders")["sweep_seconds"])
            scheduler.add_job(_guarded(worker.sweep_reminders), "interval", seconds=sweep, id=f"reminders-{name}",
                              next_run_time=None if self.dry_run else _soon())
            scheduler.add_job(self.wakes[name].set, "interval", seconds=float(box.section("daemon")["poll_interval"]),
                              id=f"pass-{name}")
        return scheduler

    def _loop(self, worker: Worker, max_passes: int | None) -> None:
        cfg = worker.settings.section("daemon")
        wake = self.wakes[worker.inbox.name]
        backoff, passes = 1.0, 0
        try:
            while not self.stopping.is_set():
                try:
                    report = worker.run_pass()
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
                        worker.inbox.wait(float(cfg["poll_interval"]) * 30, wake)
                except LeaseLost as exc:
                    worker.lease.lost(str(exc))
                    worker.inbox.close()
                except MailboxError as exc:
                    logs.event("mailbox_down", logging.WARNING, mailbox=worker.inbox.name, error=str(exc)[:200],
                               retry_in=round(backoff, 1))
                    worker.inbox.close()
                    worker.polling_failed(str(exc))
                    worker.send_due()
                    backoff = self._pause(backoff, cfg)
                except Exception as exc:  # (after MailboxError) a bug or a database outage must not end the thread
                    logs.event("pass_failed", logging.ERROR, mailbox=worker.inbox.name, error=type(exc).__name__,
                               detail=str(exc)[:200], retry_in=round(backoff, 1))
                    worker.inbox.close()
                    backoff = self._pause(backoff, cfg)
        finally:
            worker.release()
            worker.inbox.close()

    def _pause(self, backoff: float, cfg: Any) -> float:
        """Wait `backoff` seconds (or until stopped) after a failed pass; the next wait is twice as long."""
        self.stopping.wait(backoff)
        return min(backoff * 2, float(cfg["reconnect_max"]))

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
