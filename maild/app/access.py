"""Who may use the operators' console: logins the server holds and can end, and login throttling.

A login is a random token in the browser's cookie and a row in the database
(only the token's hash): it counts while the row is not ended, has not
expired, and its operator is still in the users file with the password it
logged in with. So logout ends it at once, a password change or a removal
ends every session of that operator at once, and a cookie saved before any
of these opens nothing.

Failed logins are throttled per client address and per account
(maild.core.throttle): after a few, the next attempt must wait, doubling up to
a cap, and is refused with how long to wait. An attacker who fails on purpose
against a real operator's name delays that account only for a short while
(the account's cap is short), and not at all in a browser where the operator
logged in before (`trusted_device`): their address's own count is theirs.
Every failure is audited with the name tried and the client's address.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import timedelta

from maild.app.ports import Accounts, Clock, SessionStore
from maild.core.throttle import Throttle
from maild.core.times import aware
from maild.errors import MaildError

_UNPRINTABLE = re.compile(r"[^\x20-\x7e]")


class AccessError(MaildError):
    """A password change or removal that cannot be done (wrong password, unknown operator)."""


@dataclass(frozen=True, slots=True)
class Login:
    """The outcome of a login: the session's token when it worked, else how long to wait (0: the
    name or password was wrong, and the next try may come at once)."""

    ok: bool
    token: str = ""
    operator: str = ""
    retry_after: float = 0.0
    throttled: bool = False  # refused without checking the password


@dataclass(frozen=True)
class Limits:
    """The throttle's settings ([web] login_*)."""

    free: int = 3
    base: float = 1.0
    address_cap: float = 300.0
    account_cap: float = 30.0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Access:
    """The console's logins for one deployment."""

    def __init__(self, store: SessionStore, accounts: Accounts, clock: Clock, hours: float,
                 limits: Limits = Limits()) -> None:
        self.store, self.accounts, self.clock, self.hours = store, accounts, clock, hours
        self.by_address = Throttle(limits.free, limits.base, limits.address_cap)
        self.by_account = Throttle(limits.free, limits.base, limits.account_cap)
        self._lock = threading.Lock()

    def login(self, name: str, password: str, client: str, trusted_device: bool = False) -> Login:
        """Check a name and password, unless this client or account must wait first."""
        now = self.clock()
        at = now.timestamp()
        address, account = f"address:{client}", f"account:{name.lower()[:64]}"
        with self._lock:
            wait = max(self.by_address.wait(address, at), 0.0 if trusted_device else self.by_account.wait(account, at))
        if wait > 0:
            return Login(False, retry_after=wait, throttled=True)
        found = self.accounts.verify(name, password) if name and password else None
        if found is None:
            with self._lock:
                delay = self.by_address.failed(address, at)
                if not trusted_device:
                    delay = max(delay, self.by_account.failed(account, at))
                failures = self.by_address.failures(address)
            self.store.audit_event("login_failed", "console", {
                "name": _printable(name), "client": _printable(client), "failures": failures,
                "wait_seconds": round(delay, 1), "trusted_device": trusted_device})
            return Login(False, retry_after=delay)
        with self._lock:
            self.by_address.succeeded(address)
            self.by_account.succeeded(account)
        return Login(True, self._start(name, found, client), name)

    def operator_of(self, token: str) -> str | None:
        """The operator whose login this token is, while it counts; None otherwise."""
        if not token:
            return None
        row = self.store.session_of(token_hash(token))
        if row is None or row.ended_at is not None:
            return None
        now = self.clock()
        if (aware(row.expires_at) or now) <= now:
            return None
        current = self.accounts.fingerprint_of(row.operator)
        if current != row.fingerprint:
            self.store.end_session(token_hash(token), now, "removed" if current is None else "password_changed")
            return None
        return str(row.operator)

    def logout(self, token: str) -> None:
        operator = self.operator_of(token)
        self.store.end_session(token_hash(token), self.clock(), "logout")
        if operator:
            self.store.audit_event("operator_logout", operator, {})

    def logout_everywhere(self, token: str) -> int:
        """End every login of the operator of this one; how many were ended."""
        operator = self.operator_of(token)
        if not operator:
            return 0
        ended = self.store.end_sessions_of(operator, self.clock(), "logout")
        self.store.audit_event("operator_logout", operator, {"everywhere": True, "sessions_ended": ended})
        return ended

    def change_password(self, operator: str, current: str, new: str, client: str) -> str:
        """A new password: every session of the operator ends; the token of a new one is returned."""
        if self.accounts.verify(operator, current) is None:
            raise AccessError("the current password is wrong")
        if new == current:
            raise AccessError("the new password is the same as the current one")
        self.accounts.set_password(operator, new)  # ConfigError when too short
        ended = self.store.end_sessions_of(operator, self.clock(), "password_changed")
        self.store.audit_event("password_changed", operator, {"sessions_ended": ended})
        fingerprint = self.accounts.fingerprint_of(operator) or ""
        return self._start(operator, fingerprint, client)

    def remove(self, name: str, actor: str) -> int:
        """Remove an operator; their sessions end at once. How many sessions were ended."""
        if not self.accounts.remove(name):
            raise AccessError(f"no operator {name!r}")
        ended = self.store.end_sessions_of(name, self.clock(), "removed")
        self.store.audit_event("operator_removed", actor, {"operator": name, "sessions_ended": ended})
        return ended

    def _start(self, operator: str, fingerprint: str, client: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        self.store.start_session(token_hash(token), operator, fingerprint, _printable(client), now,
                                 now + timedelta(hours=self.hours))
        self.store.audit_event("operator_login", operator, {"client": _printable(client)})
        return token


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub("?", text)[:64]
