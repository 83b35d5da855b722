"""D1: the SQLite settings that make a commit before a send survive a power loss."""

from __future__ import annotations

from pathlib import Path

from maild.adapters.db import Store


def test_every_connection_has_the_durable_settings(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'maild.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
