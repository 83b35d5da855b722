"""Alembic environment: run against the connection maild hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from maild.adapters.db_schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
