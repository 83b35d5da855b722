"""Prometheus metrics (prometheus-client): off by default, on by [metrics] enabled.

Mails by request type and action, replies sent and failed, outbox and backlog
size, the age of the last good poll and triage latency. The registry is
maild's own, so tests and several services in one process never collide.
"""

from __future__ import annotations

import time
from typing import Any


class Metrics:
    """The instruments; every method is a no-op when metrics are off."""

    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled
        if not enabled:
            return
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry = CollectorRegistry()
        self.mails = Counter("maild_mails_total", "Mails decided", ["mailbox", "request_type", "action"],
                             registry=self.registry)
        self.replies = Counter("maild_replies_total", "Replies handed over or not", ["mailbox", "kind", "result"],
                               registry=self.registry)
        self.outbox = Gauge("maild_outbox_pending", "Replies waiting to be sent", ["mailbox"], registry=self.registry)
        self.backlog = Gauge("maild_backlog", "Mails left undecided after the last pass", ["mailbox"],
                             registry=self.registry)
        self.last_poll = Gauge("maild_last_poll_timestamp_seconds", "When the last good pass ended", ["mailbox"],
                               registry=self.registry)
        self.poll_age = Gauge("maild_poll_age_seconds", "Seconds since the last good pass", ["mailbox"],
                              registry=self.registry)
        self.triage = Histogram("maild_triage_seconds", "Triage time of one mail", ["mailbox"],
                                buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10),
                                registry=self.registry)
        self._last: dict[str, float] = {}

    def mail(self, mailbox: str, request_type: str, action: str) -> None:
        if self.enabled:
            self.mails.labels(mailbox, request_type, action).inc()

    def reply(self, mailbox: str, kind: str, result: str) -> None:
        if self.enabled:
            self.replies.labels(mailbox, kind, result).inc()

    def pass_done(self, mailbox: str, backlog: int, outbox: int) -> None:
        if self.enabled:
            now = time.time()
            self._last[mailbox] = now
            self.backlog.labels(mailbox).set(backlog)
            self.outbox.labels(mailbox).set(outbox)
            self.last_poll.labels(mailbox).set(now)
            self.poll_age.labels(mailbox).set_function(lambda: time.time() - self._last.get(mailbox, now))

    def triaged(self, mailbox: str, seconds: float) -> None:
        if self.enabled:
            self.triage.labels(mailbox).observe(seconds)

    def serve(self, host: str, port: int) -> Any:
        """Start the /metrics endpoint in a thread; returns the server (or None when off)."""
        if not self.enabled:
            return None
        from prometheus_client import start_http_server

        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        return server
