"""The console's logins in the database (maild.app.ports.SessionStore): one row per login, found
by the SHA-256 of its cookie's token, ended by logout, a password change or a removal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update

from maild.adapters.db_engine import Connected
from maild.adapters.db_schema import Audit, WebSession


class SessionRows(Connected):
    """The Store's part for the console's sessions."""

    def start_session(self, token_hash: str, operator: str, fingerprint: str, client: str,
                      now: dt.datetime, expires_at: dt.datetime) -> None:
        with self.session() as s:
            s.add(WebSession(token_hash=token_hash, operator=operator, fingerprint=fingerprint,
                             client=client[:64], created_at=now, expires_at=expires_at, end_reason=""))

    def session_of(self, token_hash: str) -> Any:
        """The login with this token (operator, fingerprint, expires_at, ended_at), or None."""
        with self.engine.connect() as conn:
            return conn.execute(select(WebSession.operator, WebSession.fingerprint, WebSession.expires_at,
                                       WebSession.ended_at).where(WebSession.token_hash == token_hash)).first()

    def end_session(self, token_hash: str, now: dt.datetime, reason: str) -> None:
        with self.session() as s:
            s.execute(update(WebSession).where(WebSession.token_hash == token_hash, WebSession.ended_at.is_(None))
                      .values(ended_at=now, end_reason=reason[:32]))

    def end_sessions_of(self, operator: str, now: dt.datetime, reason: str) -> int:
        """End every open login of an operator; how many there were."""
        with self.session() as s:
            result = s.execute(update(WebSession).where(WebSession.operator == operator,
                                                        WebSession.ended_at.is_(None))
                               .values(ended_at=now, end_reason=reason[:32]))
            return int(result.rowcount or 0)

    def audit_event(self, event: str, actor: str, detail: dict[str, Any]) -> None:
        with self.session() as s:
            s.add(Audit(event=event, actor=actor[:120], detail=detail))
