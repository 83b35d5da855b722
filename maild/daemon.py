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
from maild.rules import load_rules
from maild.service import PassReport, Service


class Daemon:
    def __init__(self, settings: Settings, dry_run: bool = False) -> None:
        self.settings = settings
        self.dry_run = dry_run or bool(settings.section("daemon")["dry_run"])
        self.stopping = threading.Event()

    def _service(self) -> Service:
        rules = load_rules(self.settings.paths.rules)
        store = build_store(self.settings)
        return Service(self.settings, rules, store, build_inbox(self.settings), build_sender(self.settings),
                       dry_run=self.dry_run)

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

    def run(self, max_passes: int | None = None) -> None:
        self._signals()
        cfg = self.settings.section("daemon")
        with self.lock():
            service = self._service()
            service.startup()
            backoff, passes = 1.0, 0
            logs.event("daemon_started", mailbox=service.inbox.name, dry_run=self.dry_run)
            while not self.stopping.is_set():
                try:
                    service.run_pass()
                    backoff = 1.0
                    passes += 1
                    if max_passes is not None and passes >= max_passes:
                        break
                    if not self.stopping.is_set():
                        service.inbox.wait(float(cfg["poll_interval"]), self.stopping)
                except MailboxError as exc:
                    logs.event("mailbox_down", logging.WARNING, error=str(exc)[:200], retry_in=round(backoff, 1))
                    service.inbox.close()
                    service.polling_failed(str(exc))
                    service.send_due()
                    self.stopping.wait(backoff)
                    backoff = min(backoff * 2, float(cfg["reconnect_max"]))
            service.inbox.close()
            logs.event("daemon_stopped", mailbox=service.inbox.name)

    def _signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            logs.event("stop_requested", signal=signal.Signals(signum).name)
            self.stopping.set()

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, stop)
            signal.signal(signal.SIGINT, stop)

