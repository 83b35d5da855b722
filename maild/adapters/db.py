"""The Store: maild's database behind domain-named methods, one transaction each.

It is made of one part per job (maild.app.ports names what each job needs):
the mails a pass records and files, with the mailbox's state and lease
(db_record); the case lookups (db_lookups); the outbox (db_outbox); the
reminders (db_reminders); the operators' reads and writes (db_review), their
merges and splits (db_casework) and the console's logins (db_sessions); the
purge of personal data past the retention (db_purge).
The engine and its durability settings are in db_engine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from maild.adapters.db_engine import make_engine
from maild.adapters.db_lookups import CaseRows
from maild.adapters.db_outbox import OutboxRows
from maild.adapters.db_record import MailRows
from maild.adapters.db_reminders import ReminderRows
from maild.adapters.db_casework import CaseworkRows
from maild.adapters.db_purge import PurgeRows
from maild.adapters.db_review import ReviewRows
from maild.adapters.db_sessions import SessionRows
from maild.adapters.db_schema import SCHEMA_VERSION, Case, MailboxState, Meta, Outbound


class Store(MailRows, CaseRows, OutboxRows, ReminderRows, ReviewRows, CaseworkRows, SessionRows, PurgeRows):
    """Domain-named operations over the database."""

    @classmethod
    def open(cls, url: str, *, check_schema: bool = True) -> Store:
        store = cls(make_engine(url))
        if check_schema:
            store.ensure_schema()
        return store

    def ensure_schema(self) -> None:
        """A fresh database is created at the newest migration; an older one is refused."""
        from maild.adapters.migrate import ensure_current

        ensure_current(self.engine)
        try:
            with self.session() as s:
                if s.get(Meta, "schema_version") is None:
                    s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        except IntegrityError:
            pass  # another process starting at the same moment wrote it

    def status(self) -> list[dict[str, Any]]:
        """Per mailbox: last good poll, backlog, failure, and the outbox by status."""
        with self.session() as s:
            boxes = list(s.scalars(select(MailboxState).order_by(MailboxState.mailbox)))
            outbox = dict(s.execute(select(Outbound.status, func.count(Outbound.id)).group_by(Outbound.status)).all())
            cases = dict(s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)).all())
            return [{"mailbox": b.mailbox, "last_poll_at": b.last_poll_at.isoformat() if b.last_poll_at else None,
                     "backlog": b.backlog, "last_uid": b.last_uid, "uidvalidity": b.uidvalidity,
                     "failing_since": b.failing_since.isoformat() if b.failing_since else None,
                     "last_error": b.last_error, "outbox": outbox, "cases": cases} for b in boxes]
