"""Replies through an SMTP server with aiosmtplib.

The connection stays open from one reply to the next. Each failure is sorted
for the outbox: a 5xx refusal is permanent (the reply
fails and an operator is told), a 4xx or a refused connection is transient
(retried with backoff), and a connection lost or timed out after the message
body was handed over is uncertain: the server may have delivered it, so the
reply is never re-sent blindly.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
from dataclasses import dataclass

import aiosmtplib

from maild.errors import SendError

# A connection that delivered a reply this recently is reused without a NOOP first.
REUSE_UNCHECKED_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "tls", "starttls" or "plain"
    username: str
    password: str
    timeout: float
    helo: str | None = None
    copy_to: str = ""  # an own address for a copy of every reply (envelope only)


class SmtpSender:
    """One SMTP connection kept open across sends (a backlog of replies costs one
    handshake, not one each), re-opened when the server has closed it. A lock makes
    it safe for the daemon's threads (a mailbox pass and a reminder sweep)."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._client: aiosmtplib.SMTP | None = None
        self._lock = threading.Lock()
        self._used_at = 0.0

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        with self._lock:
            self._loop.run_until_complete(self._send(envelope_from, recipient, message))

    async def _send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        client, checked = await self._ready()
        try:
            try:
                await client.mail(envelope_from)
            except (aiosmtplib.SMTPServerDisconnected, ConnectionError):
                if checked:
                    raise
                self._drop()  # it hung up since the last reply: nothing was handed over, so again
                client, _ = await self._ready()
                await client.mail(envelope_from)
            await client.rcpt(recipient)
            await self._copy_rcpt(client)
        except aiosmtplib.SMTPResponseException as exc:
            await self._reset(client)
            raise SendError(f"SMTP {exc.code} {exc.message}", permanent=500 <= exc.code < 600) from exc
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            self._drop()
            raise SendError(f"SMTP not reached: {type(exc).__name__}: {exc}") from exc
        try:
            await client.data(message)
        except aiosmtplib.SMTPResponseException as exc:
            await self._reset(client)
            raise SendError(f"SMTP {exc.code} {exc.message}", permanent=500 <= exc.code < 600) from exc
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            self._drop()
            raise SendError(f"SMTP connection lost after the message was sent: {exc}", uncertain=True) from exc
        self._used_at = time.monotonic()

    async def _ready(self) -> tuple[aiosmtplib.SMTP, bool]:
        """(the connection, whether it is known to be alive): a new one, or the open one.

        The open one is checked with NOOP when it has been idle for a while (servers
        close idle sessions); right after a reply it is used as it is, and a hang-up
        noticed at MAIL FROM is retried once on a new connection (a failure here sends
        nothing). A NOOP per reply was a quarter of the SMTP time of a backlog.
        """
        if self._client is not None:
            if time.monotonic() - self._used_at < REUSE_UNCHECKED_SECONDS:
                return self._client, False
            try:
                await self._client.noop()
                return self._client, True
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                self._drop()
        cfg = self.settings
        context = ssl.create_default_context() if cfg.security in ("tls", "starttls") else None
        client = aiosmtplib.SMTP(hostname=cfg.host, port=cfg.port, timeout=cfg.timeout,
                                 use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
                                 tls_context=context, local_hostname=cfg.helo)
        try:
            await client.connect()
            if cfg.username:
                await client.login(cfg.username, cfg.password)
        except aiosmtplib.SMTPResponseException as exc:
            client.close()
            raise SendError(f"SMTP {exc.code} {exc.message}", permanent=500 <= exc.code < 600) from exc
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            client.close()
            raise SendError(f"SMTP not reached: {type(exc).__name__}: {exc}") from exc
        self._client = client
        return client, True

    async def _reset(self, client: aiosmtplib.SMTP) -> None:
        """After a refusal the transaction is abandoned (RSET) so the connection can be reused."""
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
            self._drop()

    def _drop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    async def _copy_rcpt(self, client: aiosmtplib.SMTP) -> None:
        """Add the copy address; a refusal of the copy never stops the reply itself."""
        if not self.settings.copy_to:
            return
        try:
            await client.rcpt(self.settings.copy_to)
        except aiosmtplib.SMTPResponseException:
            return

    def close(self) -> None:
        """QUIT the open connection (at the end of a batch of sends, and at exit)."""
        with self._lock:
            if self._client is not None:
                try:
                    self._loop.run_until_complete(self._client.quit())
                except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                    pass
                self._drop()
