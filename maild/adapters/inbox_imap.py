"""The mailbox over IMAP with imapclient: UIDs, BODY.PEEK[], MOVE or COPY, IDLE.

State lives in maild's database, never in \\Seen: mail is fetched with
BODY.PEEK[] (no flag changes), new mail is what lies above the stored UID
watermark, and `UID a:*` is filtered client-side because the server always
returns the last UID for a range past the end (RFC 3501 6.4.8). Filing uses
MOVE where the server has it, else COPY, \\Deleted and UID EXPUNGE of that one
UID (only with UIDPLUS; without it the copy is flagged and left, because a
plain EXPUNGE would also remove other clients' deleted mail).
"""

from __future__ import annotations

import datetime as dt
import io
import socket
import ssl
import threading
import time
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from maild.core.hosts import is_loopback
from maild.errors import MailboxError
from maild.app.ports import MailRef

# Mails above this are fetched in partial BODY.PEEK[]<offset.length> pieces: imapclient holds a
# literal about three times while it parses the response, 100 MB of peak for a 34 MB mail.
LARGE_MAIL = 4 << 20


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int
    security: str  # "tls", "starttls" or "plain" (loopback only)
    username: str
    password: str
    folder: str
    timeout: float
    idle: bool
    idle_refresh: float
    check_interval: float = 0.0  # > 0: NOOP every so often instead of IDLE (see wait)


def _login(client: IMAPClient, cfg: ImapSettings) -> None:
    """LOGIN; a refusal of the credentials is the config's to fix (exit 1), not an outage (exit 75).

    A server that cannot check them just now says so with [UNAVAILABLE] (RFC 5530): that one
    stays a MailboxError, and the next pass tries again.
    """
    try:
        client.login(cfg.username, cfg.password)
    except LoginError as exc:
        if "[UNAVAILABLE]" in str(exc):
            raise
        raise MailboxError(f"IMAP {cfg.host}:{cfg.port} refused the login of [imap] username with the "
                           f"configured password ({exc})", outage=False) from exc


class ImapInbox:
    """One IMAP folder as maild's mailbox."""

    def __init__(self, settings: ImapSettings, name: str, batch: int = 50) -> None:
        self.settings = settings
        self.name = name
        self.batch = batch
        self.client: IMAPClient | None = None
        self.capabilities: frozenset[bytes] = frozenset()
        self._created: set[str] = set()
        self._sizes: dict[int, int] = {}  # uid -> RFC822.SIZE, from the last pending()

    def connect(self) -> int:
        """Open the mailbox, or re-SELECT it on the open connection (one round trip, not a login)."""
        if self.client is not None:
            info = self._call("select", self.client.select_folder, self.settings.folder)
            return int(info[b"UIDVALIDITY"])
        cfg = self.settings
        if cfg.security == "plain" and not is_loopback(cfg.host):
            raise MailboxError(f"[imap] security = 'plain' is allowed on loopback only, not {cfg.host}", outage=False)
        try:
            context = ssl.create_default_context()
            client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=context,
                                timeout=cfg.timeout)
            if cfg.security == "starttls":
                client.starttls(context)
            _login(client, cfg)
            info = client.select_folder(cfg.folder)
        except MailboxError:
            raise
        except (IMAPClientError, OSError, socket.timeout, ssl.SSLError) as exc:
            raise MailboxError(f"IMAP {cfg.host}:{cfg.port}: {type(exc).__name__}: {exc}") from exc
        self.client = client
        self.capabilities = frozenset(c.upper() for c in client.capabilities())
        return int(info[b"UIDVALIDITY"])

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError("IMAP mailbox is not connected")
        return self.client

    def _call(self, what: str, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except (IMAPClientError, OSError, socket.timeout, ssl.SSLError) as exc:
            self.client = None
            raise MailboxError(f"IMAP {what}: {type(exc).__name__}: {exc}") from exc

    def pending(self, after_uid: int) -> list[MailRef]:
        client = self._c()
        found = self._call("search", client.search, ["UID", f"{after_uid + 1}:*", "NOT", "DELETED"])
        uids = [u for u in found if u > after_uid]
        refs: list[MailRef] = []
        for start in range(0, len(uids), 500):
            chunk = sorted(uids[start:start + 500])
            data = self._call("fetch", client.fetch, chunk, ["RFC822.SIZE", "INTERNALDATE"])
            for uid in chunk:
                item = data.get(uid)
                if item is None:
                    continue
                when = item.get(b"INTERNALDATE")
                if isinstance(when, dt.datetime) and when.tzinfo is None:
                    when = when.astimezone(dt.timezone.utc)
                refs.append(MailRef(uid, int(item.get(b"RFC822.SIZE", 0)), when))
        self._sizes = {ref.uid: ref.size for ref in refs}
        return refs

    def all_uids(self) -> list[int]:
        return sorted(self._call("search", self._c().search, ["NOT", "DELETED"]))

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        if not uids:
            return {}
        large = {uid for uid in uids if self._sizes.get(uid, 0) > LARGE_MAIL}
        small = [uid for uid in uids if uid not in large]
        data = self._call("fetch", self._c().fetch, small, ["BODY.PEEK[]"]) if small else {}
        # A mail expunged by another client after our SEARCH comes back as BODY[] NIL
        # (Dovecot) or not at all: either way it has vanished, and is left out.
        found = {uid: item[b"BODY[]"] for uid, item in data.items() if item.get(b"BODY[]") is not None}
        for uid in sorted(large):
            raw = self._fetch_in_pieces(uid)
            if raw is not None:
                found[uid] = raw
        return found

    def _fetch_in_pieces(self, uid: int) -> bytes | None:
        """One large mail, LARGE_MAIL bytes per FETCH, gathered in one growing buffer."""
        buffer, offset = io.BytesIO(), 0
        while True:
            data = self._call("fetch", self._c().fetch, [uid], [f"BODY.PEEK[]<{offset}.{LARGE_MAIL}>"])
            item = data.get(uid, {})
            piece = item.get(f"BODY[]<{offset}>".encode())
            if piece is None:  # vanished meanwhile (or the server ignores the range: whole body)
                piece = item.get(b"BODY[]")
                if piece is None:
                    return None if offset == 0 else buffer.getvalue()
            buffer.write(piece)
            offset += len(piece)
            del data, item
            if len(piece) < LARGE_MAIL:
                return buffer.getvalue()

    def fetch_headers(self, uid: int) -> bytes:
        data = self._call("fetch", self._c().fetch, [uid], ["BODY.PEEK[HEADER]"])
        item = data.get(uid, {})
        return bytes(item.get(b"BODY[HEADER]", b""))

    def file(self, uid: int, folder: str) -> None:
        self.file_many([uid], folder)

    def file_many(self, uids: list[int], folder: str) -> None:
        """MOVE the UIDs, or COPY, flag and UID EXPUNGE exactly them (only with UIDPLUS)."""
        if not folder or not uids:
            return
        client = self._c()
        self._ensure_folder(folder)
        if b"MOVE" in self.capabilities:
            self._call("move", client.move, uids, folder)
            return
        self._call("copy", client.copy, uids, folder)
        self._call("flag", client.add_flags, uids, [b"\\Deleted"])
        if b"UIDPLUS" in self.capabilities:
            self._call("expunge", client.uid_expunge, uids)

    def find_message_ids(self, folder: str, message_ids: list[str]) -> set[str]:
        """UID SEARCH HEADER Message-ID in `folder` (EXAMINE: read-only), then back to the mailbox."""
        client = self._c()
        if not message_ids or not self._call("folder_exists", client.folder_exists, folder):
            return set()
        found: set[str] = set()
        self._call("examine", client.select_folder, folder, True)
        try:
            for message_id in message_ids:
                if self._call("search", client.search, ["HEADER", "Message-ID", message_id]):
                    found.add(message_id)
        finally:
            if self.client is not None:
                self._call("select", client.select_folder, self.settings.folder)
        return found

    def _ensure_folder(self, folder: str) -> None:
        if folder in self._created:
            return
        client = self._c()
        if not self._call("folder_exists", client.folder_exists, folder):
            self._call("create_folder", client.create_folder, folder)
        self._created.add(folder)

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """IDLE until the server reports a change or the timeout (capped below 29 minutes)."""
        client = self._c()
        stop = stop or threading.Event()
        if self.settings.check_interval > 0:
            self._noop_wait(timeout, stop)
            return
        if not (self.settings.idle and b"IDLE" in self.capabilities):
            stop.wait(timeout)
            return
        deadline = time.monotonic() + min(timeout, self.settings.idle_refresh)
        self._call("idle", client.idle)
        try:
            while time.monotonic() < deadline and not stop.is_set():
                left = max(0.1, deadline - time.monotonic())
                responses = self._call("idle_check", client.idle_check, min(1.0, left))
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    break
        finally:
            if self.client is not None:
                self._call("idle_done", client.idle_done)

    def _noop_wait(self, timeout: float, stop: threading.Event) -> None:
        """NOOP every check_interval until the server reports new mail.

        Dovecot tells an IDLE client of new mail only after a fixed half-second delay;
        a NOOP makes it look at once. On a nearby server this buys latency for one
        small command per interval; IDLE stays the default.
        """
        client = self._c()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not stop.is_set():
            _, responses = self._call("noop", client.noop)
            if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                return
            stop.wait(self.settings.check_interval)

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except (IMAPClientError, OSError):
                pass
            self.client = None
