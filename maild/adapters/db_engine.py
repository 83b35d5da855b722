"""The database connection: the engine with its durability settings, and sessions over it.

SQLite (the embedded default) runs in WAL mode with synchronous=FULL, a busy
timeout and foreign keys on: the commit that precedes a send or a move must
survive a power loss, or a lost row would send a reply twice. PostgreSQL is
reached by URL (`postgresql+psycopg://...`) with the same code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.orm import Session, sessionmaker

# Errors of the database connection, not of the data: the pass fails and is retried,
# the mail in hand stays unmarked in the mailbox (never filed as a failed mail).
TRANSIENT_DB_ERRORS: tuple[type[Exception], ...] = (sqlalchemy_exc.OperationalError, sqlalchemy_exc.InterfaceError,
                                                    sqlalchemy_exc.DisconnectionError,
                                                    sqlalchemy_exc.PendingRollbackError, sqlalchemy_exc.TimeoutError)

IDLE_IN_TRANSACTION_MS = 15_000  # maild never waits on anything but itself inside a transaction


def make_engine(url: str) -> Engine:
    """An engine with the SQLite durability settings applied to every connection."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL waits for others
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA secure_delete=ON")  # purged bodies are overwritten, not left in free pages
            cursor.close()

        return engine
    # A worker paused inside a transaction (SIGSTOP, a frozen VM, a swap storm) would hold
    # the lease row and its uncommitted keys locked, and every other worker would wait on it
    # instead of taking over: the server ends such a session, and its transaction rolls back whole.
    options = f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options})


class Connected:
    """An engine and ORM sessions over it: what each part of the Store works with."""

    transient_errors = TRANSIENT_DB_ERRORS

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def shared(self) -> bool:
        """Several workers may use this database at once (PostgreSQL); on SQLite the process
        lock leaves one, so what it finds claimed or leased was left by a dead process."""
        return self.engine.url.get_backend_name() != "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session
