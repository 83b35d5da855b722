"""Schema migrations with Alembic: `maild db upgrade`, and the check the daemon makes at start.

A fresh database is created at the newest revision automatically (the
embedded default needs no set-up step); a database at an older revision is
never touched behind the operator's back: maild refuses to start and says
which command to run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from maild.errors import StoreError

SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["engine"] = engine
    return cfg


@contextmanager
def _creation_lock(engine: Engine) -> Iterator[None]:
    """One process at a time creates or checks the schema: a file lock beside a SQLite file,
    an advisory lock on PostgreSQL (SQLite DDL is not transactional through pysqlite, so a
    half-created schema would otherwise be visible to a second process)."""
    backend = engine.url.get_backend_name()
    if backend == "sqlite":
        database = engine.url.database or ""
        if not database or database == ":memory:":
            yield
            return
        import fcntl

        with open(f"{database}.schema-lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    if backend != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(7262534)"))  # any constant shared by every maild
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(7262534)"))
            conn.commit()


# What a database holds once maild has done anything at all; all empty means nothing to lose.
_RECORDS = ("mails", "cases", "outbox", "mailbox_state", "audit", "reminders", "leases")


def _holds_nothing(engine: Engine, tables: set[str]) -> bool:
    with engine.connect() as conn:
        return all(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() == 0 for t in _RECORDS if t in tables)


def _drop_all(engine: Engine) -> None:
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(bind=engine)
    meta.drop_all(bind=engine)


def head() -> str:
    return str(ScriptDirectory.from_config(_config(None)).get_current_head())  # type: ignore[arg-type]


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = _config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_current(engine: Engine, url_for_message: str = "") -> None:
    """Create a fresh database at head; refuse a database whose schema is older than the code.

    Several workers starting together on an empty database must not all create it: on
    PostgreSQL an advisory lock lets one do it; everywhere, a creation that loses the race
    is checked again instead of failing.
    """
    with _creation_lock(engine):
        tables = set(inspect(engine).get_table_names())
        if tables and current(engine) != head() and _holds_nothing(engine, tables):
            # A first start killed while it created the schema (SQLite DDL is not atomic
            # through pysqlite): nothing is recorded yet, so it is created again, whole.
            _drop_all(engine)
            tables = set()
        if not tables or tables <= {"alembic_version"}:
            try:
                upgrade(engine)
            except Exception:  # another process created it between our look and our upgrade
                time.sleep(0.5)
                if current(engine) != head():
                    raise
            return
        have, want = current(engine), head()
    if have != want:
        raise StoreError(f"the database schema is at revision {have or 'none (created before migrations)'}, "
                         f"the code needs {want}: run `maild db upgrade` first")
