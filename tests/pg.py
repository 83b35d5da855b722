"""A real PostgreSQL for the tests: the one on 127.0.0.1:5432, started when it is not running.

Each test gets a database of its own, dropped afterwards. Trust authentication
on loopback is what these machines have; MAILD_TEST_PG_URL points elsewhere.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ADMIN_URL = os.environ.get("MAILD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
ROOT = Path(__file__).resolve().parent.parent


def _listening(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def ensure_postgres() -> None:
    """Start the machine's PostgreSQL cluster if nothing listens on 5432 (installing it as root)."""
    if _listening():
        return
    if not Path("/etc/postgresql").is_dir():
        subprocess.run(["bash", str(ROOT / "scripts" / "system-deps"), "postgresql"], check=True)
    versions = sorted(os.listdir("/etc/postgresql"))
    if not versions:
        raise RuntimeError("PostgreSQL is installed but has no cluster in /etc/postgresql")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"], check=False)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if _listening():
            return
        time.sleep(0.3)
    raise RuntimeError("PostgreSQL did not start listening on 127.0.0.1:5432")


# Refusals of a shared server under load that say nothing about the test (other test runs on the
# machine hold connections; a cluster just started is not ready yet): the helper tries again.
TRANSIENT = ("too many clients", "the database system is starting up", "Connection refused",
             "remaining connection slots are reserved")


def _as_admin(admin, statements: list[str], patience: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Run the statements on the admin connection, trying again after a transient refusal."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    deadline, delay = time.monotonic() + patience, 0.1
    while True:
        try:
            with admin.connect() as conn:
                for statement in statements:
                    conn.execute(text(statement))
            return
        except OperationalError as exc:
            if not any(word in str(exc) for word in TRANSIENT) or time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


@contextmanager
def temporary_database() -> Iterator[str]:
    """The URL of a fresh database, dropped when the block ends."""
    from sqlalchemy import create_engine

    ensure_postgres()
    name = f"maild_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    _as_admin(admin, [f'CREATE DATABASE "{name}"'])
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        _as_admin(admin, [f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
                          f'DROP DATABASE IF EXISTS "{name}"'])
        admin.dispose()
