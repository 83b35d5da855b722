"""Network faults between maild and its servers, through a TCP proxy on loopback (plan row E8).

A half-open connection is the fault that looks like nothing: the server
goes quiet, no error arrives, and a client in IDLE would wait forever. maild
bounds every IDLE (re-issued each idle_refresh) and every command (the IMAP
timeout), so a blackholed link is detected, the connection is dropped and
re-opened with backoff, and mail that arrived meanwhile is answered soon
after the link is back.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from maild.config import load_settings
from maild.runtime.daemon import Daemon
from paths import SHARED
from proxy import TcpProxy
from servers import Dovecot, SmtpSink

CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}
TIMEOUT = 3.0
IDLE_REFRESH = 2.0
OPS = "ops@icegate.gov.in"


pytestmark = pytest.mark.usefixtures("imap_password")


def config(tmp_path: Path, proxy: TcpProxy, dovecot: Dovecot, sink: SmtpSink) -> Path:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f"""
[paths]
data = "state"
[mailbox]
kind = "imap"
cutoff = "none"
[imap]
host = "127.0.0.1"
port = {proxy.port}
security = "plain"
username = "{dovecot.user}"
idle_refresh = {IDLE_REFRESH}
timeout = {TIMEOUT}
[smtp]
kind = "smtp"
host = "127.0.0.1"
port = {sink.port}
security = "plain"
timeout = 3.0
[daemon]
poll_interval = 1.0
reconnect_max = 2.0
alert_after = 4.0
[replies]
operators = ["{OPS}"]
""", encoding="utf-8")
    return cfg


def test_half_open_idle_is_detected_and_mail_is_answered_after_the_link_returns(
        tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, proxy: TcpProxy,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="maild")
    daemon = Daemon(load_settings(config(tmp_path, proxy, dovecot, smtp_sink), required=True, environ={}))
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    try:
        dovecot.append(CORPUS["015"])
        smtp_sink.wait_for(1, timeout=20)  # the link works: first reply
        assert _to(smtp_sink, "ops") == []
        time.sleep(IDLE_REFRESH * 2)  # at least one IDLE was ended and re-issued on schedule
        idles_before = proxy.count(b"IDLE")
        assert idles_before >= 2, f"IDLE issued {idles_before} times in {IDLE_REFRESH * 2} s"

        proxy.set("blackhole")
        holed_at, connections_before = time.monotonic(), proxy.connections
        dovecot.append(CORPUS["001"])  # arrives while maild cannot hear the server
        down = _wait_for_log(caplog, "mailbox_down", timeout=IDLE_REFRESH + 2 * TIMEOUT + 5)
        assert down is not None, "the stalled link was never noticed"
        detected = down - holed_at
        time.sleep(10.0)
        attempts = proxy.connections - connections_before
        assert len(_to(smtp_sink, "officers")) == 1, "nothing can be answered while the link is a black hole"
        assert len(_to(smtp_sink, "ops")) == 1, "operators are told once that polling fails"

        proxy.set("reset")  # the old connections are dead; new ones pass
        restored = time.monotonic()
        while len(_to(smtp_sink, "officers")) < 2 and time.monotonic() - restored < 20:
            time.sleep(0.1)
        recovery = time.monotonic() - restored
        time.sleep(2.0)
    finally:
        daemon.stop()
        thread.join(timeout=20)
    assert not thread.is_alive()
    assert detected <= IDLE_REFRESH + 2 * TIMEOUT + 2, f"stall detected after {detected:.1f} s"
    # Backoff, not a hot loop: each attempt waits out a timeout, at most a few in 10 s.
    assert attempts <= 10 / TIMEOUT + 2, f"{attempts} connection attempts during 10 s of black hole"
    assert recovery <= 1.0 + 2.0 + TIMEOUT + 3, f"mail answered {recovery:.1f} s after the link returned"
    assert proxy.count(b"IDLE") > idles_before, "IDLE re-issued after the reconnect"
    assert len(_to(smtp_sink, "officers")) == 2, "each mail answered once"
    alerts = [m.data for m in _to(smtp_sink, "ops")]
    assert len(alerts) == 2 and b"recovered" in alerts[1].lower(), "one 'down' and one 'recovered' alert"


def _to(sink: SmtpSink, who: str) -> list:  # type: ignore[type-arg]
    return [m for m in sink.messages if (OPS in m.rcpt_tos) == (who == "ops")]


def _wait_for_log(caplog: pytest.LogCaptureFixture, name: str, timeout: float) -> float | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(name in r.getMessage() for r in caplog.records):
            return time.monotonic()
        time.sleep(0.1)
    return None


def test_check_interval_looks_with_noop_instead_of_idle(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink,
                                                       proxy: TcpProxy) -> None:
    cfg = config(tmp_path, proxy, dovecot, smtp_sink)
    cfg.write_text(cfg.read_text().replace("[smtp]", "check_interval = 0.1\n[smtp]", 1))
    daemon = Daemon(load_settings(cfg, required=True, environ={}))
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    try:
        time.sleep(1.0)
        dovecot.append(CORPUS["015"])
        smtp_sink.wait_for(1, timeout=20)
        time.sleep(1.5)  # quiet: NOOPs every 0.1 s
        dovecot.append(CORPUS["001"])
        smtp_sink.wait_for(2, timeout=20)
    finally:
        daemon.stop()
        thread.join(timeout=20)
    assert proxy.count(b"IDLE") == 0
    assert proxy.count(b"NOOP") >= 5
    assert proxy.count(b"LOGIN") == 1, "one connection for every pass, not a login per pass"
