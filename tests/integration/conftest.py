"""Real servers on loopback for the integration tests: a private Dovecot and an SMTP sink.

`dovecot` is a fresh Dovecot per test with its mail in tmp_path; `dovecot_factory` makes more
(e.g. one without MOVE/UIDPLUS); `smtp_sink` is a fresh aiosmtpd sink per test. If Dovecot is
not installed, the first start installs it through scripts/system-deps (as root) or fails
with what to run: these tests are never skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from maild.adapters.db import Store
from pg import temporary_database
from proxy import TcpProxy
from servers import Dovecot, SmtpSink

# Without __init__.py every conftest.py is imported as the module "conftest", and pytest puts this
# one in the place of tests/conftest.py: keep `from conftest import ROOT, SHARED` working here.
ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def dovecot_factory(tmp_path: Path) -> Iterator[Callable[..., Dovecot]]:
    """make(capabilities_drop=(), **kwargs) -> a started Dovecot in its own folder of tmp_path."""
    started: list[Dovecot] = []

    def make(capabilities_drop: tuple[str, ...] = (), **kwargs: Any) -> Dovecot:
        kwargs.setdefault("subdir", f"dovecot{len(started) or ''}")
        server = Dovecot(tmp_path, capabilities_drop, **kwargs)
        started.append(server)
        return server.start()

    yield make
    for server in reversed(started):
        server.cleanup()


@pytest.fixture
def dovecot(dovecot_factory: Callable[..., Dovecot]) -> Dovecot:
    """A fresh Dovecot IMAP server on 127.0.0.1 (user helpdesk / secret, empty INBOX)."""
    return dovecot_factory()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A fresh SMTP sink on 127.0.0.1 in mode "ok"; set .mode to inject faults."""
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test Dovecot's password where maild reads it (ask for it with usefixtures)."""
    monkeypatch.setenv("MAILD_IMAP_PASSWORD", Dovecot.password)


@pytest.fixture
def proxy(dovecot: Dovecot) -> Iterator[TcpProxy]:
    """A TCP proxy in front of the test Dovecot, for network faults."""
    with TcpProxy(dovecot.port) as p:
        yield p


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on SQLite, then on a temporary PostgreSQL database."""
    if request.param == "sqlite":
        yield Store.open(f"sqlite:///{tmp_path / 'maild.db'}")
        return
    with temporary_database() as url:
        opened = Store.open(url)
        yield opened
        opened.engine.dispose()
