"""Replies through an SMTP server with aiosmtplib.

Each failure is sorted for the outbox: a 5xx refusal is permanent (the reply
fails and an operator is told), a 4xx or a refused connection is transient
(retried with backoff), and a connection lost or timed out after the message
body was handed over is uncertain: the server may have delivered it, so the
reply is never re-sent blindly.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

import aiosmtplib

from maild.errors import SendError


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
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        asyncio.run(self._send(envelope_from, recipient, message))

    async def _send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        cfg = self.settings
        context = ssl.create_default_context() if cfg.security in ("tls", "starttls") else None
        client = aiosmtplib.SMTP(hostname=cfg.host, port=cfg.port, timeout=cfg.timeout,
                                 use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
                                 tls_context=context, local_hostname=cfg.helo)
        try:
            await client.connect()
            if cfg.username:
                await client.login(cfg.username, cfg.password)
            await client.mail(envelope_from)
            await client.rcpt(recipient)
            await self._copy_rcpt(client)
        except aiosmtplib.SMTPResponseException as exc:
            raise SendError(f"SMTP {exc.code} {exc.message}", permanent=500 <= exc.code < 600) from exc
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            raise SendError(f"SMTP not reached: {type(exc).__name__}: {exc}") from exc
        try:
            await client.data(message)
        except aiosmtplib.SMTPResponseException as exc:
            raise SendError(f"SMTP {exc.code} {exc.message}", permanent=500 <= exc.code < 600) from exc
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            raise SendError(f"SMTP connection lost after the message was sent: {exc}", uncertain=True) from exc
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                client.close()

    async def _copy_rcpt(self, client: aiosmtplib.SMTP) -> None:
        """Add the copy address; a refusal of the copy never stops the reply itself."""
        if not self.settings.copy_to:
            return
        try:
            await client.rcpt(self.settings.copy_to)
        except aiosmtplib.SMTPResponseException:
            return

    def close(self) -> None:
        return None
