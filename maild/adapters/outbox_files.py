"""Replies as .eml files in a folder: the embedded default instead of an SMTP server.

Each reply is written to a temporary name and renamed, so a reader never
sees half a file; the name is derived from the Message-ID, so writing the
same reply twice leaves one file.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path


class FileSender:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        match = re.search(rb"^Message-ID:\s*(\S+)", message, re.MULTILINE | re.IGNORECASE)
        key = match.group(1) if match else message
        name = hashlib.sha256(key).hexdigest()[:24] + ".eml"
        tmp = self.folder / f".{name}.tmp"
        tmp.write_bytes(message)
        os.replace(tmp, self.folder / name)

    def close(self) -> None:
        return None
