"""The roles the service talks to: a mailbox to read and file, a way to send.

Each has two adapters in maild/adapters (a local one and a server one); the
service only sees these protocols, so tests can drive it with either.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class MailRef:
    """A mail in the mailbox before it is fetched: its UID, size and arrival time."""

    uid: int
    size: int
    internaldate: dt.datetime | None


class Inbox(Protocol):
    """A mailbox: list what is new, fetch it without side effects, file it when decided."""

    name: str

    def connect(self) -> int:
        """Open the mailbox; return its UIDVALIDITY."""

    def pending(self, after_uid: int) -> list[MailRef]:
        """Mails with a UID above the watermark, in UID order."""

    def all_uids(self) -> list[int]:
        """Every UID still in the mailbox (to re-file what was decided but not moved)."""

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        """Whole mails by UID, without setting \\Seen; a UID that vanished is left out."""

    def fetch_headers(self, uid: int) -> bytes:
        """Only the header block of one mail (for mail too big to download)."""

    def file(self, uid: int, folder: str) -> None:
        """Move one mail to a folder; nothing is deleted."""

    def file_many(self, uids: list[int], folder: str) -> None:
        """Move several mails to one folder (one round trip where the protocol allows)."""

    def find_message_ids(self, folder: str, message_ids: list[str]) -> set[str]:
        """Which of these Message-IDs a mail in `folder` carries (the folder is only read)."""

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """Block until new mail may have arrived, the timeout passes or `stop` is set."""

    def close(self) -> None: ...


class Sender(Protocol):
    """Hands one finished reply (RFC 5322 bytes) to the outside world."""

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        """Deliver or raise SendError(permanent=...)."""

    def close(self) -> None: ...
