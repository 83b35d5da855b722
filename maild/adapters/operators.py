"""The operators' accounts: `[web] users_file`, one `name:hash` line each (werkzeug's salted scrypt).

A password is never stored or typed on a command line. The file is rewritten
atomically and readable by its owner only. It is read again whenever it
changed (a rewrite is a new file), so a password changed or an
operator removed by `maild web adduser` / `removeuser` counts at the next
request of every console process (maild.app.access ends their sessions).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

from maild.errors import ConfigError

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
# Checked when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("maild-no-such-operator")


def load_users(path: Path) -> dict[str, str]:
    """name -> password hash from `name:hash` lines (the hash itself holds colons)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    users = {}
    for line in text.splitlines():
        name, sep, hashed = line.strip().partition(":")
        if sep and NAME_RE.match(name) and hashed:
            users[name] = hashed
    return users


def _write(path: Path, users: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("".join(f"{n}:{h}\n" for n, h in sorted(users.items())))
    os.replace(tmp, path)


def add_user(path: Path, name: str, password: str) -> None:
    """Add or replace an operator; the file is rewritten atomically, readable by its owner only."""
    if not NAME_RE.match(name):
        raise ConfigError(f"operator name {name!r}: letters, digits and . _ @ - only (at most 64)")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"the password must have at least {MIN_PASSWORD} characters")
    users = load_users(path)
    users[name] = generate_password_hash(password)
    _write(path, users)


def remove_user(path: Path, name: str) -> bool:
    """Remove an operator; False when there was none of that name."""
    users = load_users(path)
    if users.pop(name, None) is None:
        return False
    _write(path, users)
    return True


def check_login(path: Path, name: str, password: str) -> bool:
    hashed = load_users(path).get(name)
    ok = check_password_hash(hashed or _DUMMY_HASH, password)
    return ok and hashed is not None


def fingerprint(hashed: str) -> str:
    """What a session keeps of the password hash it logged in with: a new password changes it."""
    return hashlib.sha256(hashed.encode("utf-8")).hexdigest()


class OperatorFile:
    """The users file as maild.app.access uses it (maild.app.ports.Accounts)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._seen: tuple[int, int, int] | None = None
        self._users: dict[str, str] = {}

    def users(self) -> dict[str, str]:
        """The accounts as they are now: read again only when the file changed."""
        try:
            st = self.path.stat()
            stamp: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)  # a rewrite is a new inode
        except FileNotFoundError:
            stamp = None
        with self._lock:
            if stamp != self._seen or stamp is None:
                self._users, self._seen = load_users(self.path), stamp
            return dict(self._users)

    def fingerprint_of(self, name: str) -> str | None:
        hashed = self.users().get(name)
        return fingerprint(hashed) if hashed else None

    def verify(self, name: str, password: str) -> str | None:
        """The fingerprint of the operator's password when it is right, else None (as slow either way)."""
        hashed = self.users().get(name)
        ok = check_password_hash(hashed or _DUMMY_HASH, password)
        return fingerprint(hashed) if ok and hashed else None

    def set_password(self, name: str, password: str) -> None:
        add_user(self.path, name, password)

    def remove(self, name: str) -> bool:
        return remove_user(self.path, name)
