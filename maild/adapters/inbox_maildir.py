"""A local Maildir as the mailbox: the embedded default, and a test double with real files.

Maildir has no UIDs, so this adapter keeps a small uid list beside the mail
(`maild-uidlist.json`, like Dovecot's dovecot-uidlist): each file gets the
next UID the first time it is seen. Filing moves the file into a Maildir++
subfolder (`.Processed/cur/`); nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from pathlib import Path

from maild.errors import MailboxError
from maild.app.ports import MailRef

UIDLIST = "maild-uidlist.json"


class MaildirInbox:
    """The INBOX of a Maildir (its new/ and cur/ folders)."""

    def __init__(self, root: Path, name: str = "maildir", *, read_only: bool = False) -> None:
        self.root = root
        self.name = name
        self.read_only = read_only  # a dry run: no folder made, no uid list written, nothing filed
        self._uids: dict[str, int] = {}
        self._next = 1
        self._validity = 0

    def connect(self) -> int:
        for sub in ("new", "cur", "tmp"):
            if not self.read_only:
                (self.root / sub).mkdir(parents=True, exist_ok=True)
        self._load()
        self._scan()
        return self._validity

    def _load(self) -> None:
        path = self.root / UIDLIST
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._validity, self._next = int(data["uidvalidity"]), int(data["next"])
                self._uids = {str(k): int(v) for k, v in data["uids"].items()}
                return
            except (ValueError, KeyError, TypeError) as exc:
                raise MailboxError(f"{path}: damaged uid list ({exc})") from exc
        self._validity = int(time.time())
        self._save()

    def _save(self) -> None:
        if self.read_only:
            return
        path = self.root / UIDLIST
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"uidvalidity": self._validity, "next": self._next, "uids": self._uids}),
                       encoding="utf-8")
        os.replace(tmp, path)

    def _files(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for sub in ("new", "cur"):
            if self.read_only and not (self.root / sub).is_dir():
                continue
            for path in (self.root / sub).iterdir():
                if path.is_file() and not path.name.startswith("."):
                    found[path.name.split(":", 1)[0]] = path
        return found

    def _scan(self) -> dict[int, Path]:
        files = self._files()
        changed = False
        for key in sorted(files, key=lambda k: (files[k].stat().st_mtime, k)):
            if key not in self._uids:
                self._uids[key] = self._next
                self._next += 1
                changed = True
        for key in [k for k in self._uids if k not in files]:
            del self._uids[key]
            changed = True
        if changed:
            self._save()
        return {self._uids[k]: p for k, p in files.items()}

    def pending(self, after_uid: int) -> list[MailRef]:
        refs = []
        for uid, path in sorted(self._scan().items()):
            if uid > after_uid:
                stat = path.stat()
                refs.append(MailRef(uid, stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc)))
        return refs

    def all_uids(self) -> list[int]:
        return sorted(self._scan())

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        paths = self._scan()
        out = {}
        for uid in uids:
            path = paths.get(uid)
            if path is not None:
                try:
                    out[uid] = path.read_bytes()
                except FileNotFoundError:
                    continue
        return out

    def fetch_headers(self, uid: int) -> bytes:
        path = self._scan().get(uid)
        if path is None:
            return b""
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
        end = head.find(b"\n\n")
        end = head.find(b"\r\n\r\n") if end < 0 else end
        return head[: end + 1] if end >= 0 else head

    def file(self, uid: int, folder: str) -> None:
        path = self._scan().get(uid)
        if path is None or not folder:
            return
        target = self.root / f".{folder}"
        for sub in ("new", "cur", "tmp"):
            (target / sub).mkdir(parents=True, exist_ok=True)
        name = path.name if ":" in path.name else path.name + ":2,"
        os.replace(path, target / "cur" / name)
        self._scan()

    def file_many(self, uids: list[int], folder: str) -> None:
        for uid in uids:
            self.file(uid, folder)

    def find_message_ids(self, folder: str, message_ids: list[str]) -> set[str]:
        """Scan the header blocks of the folder's mails for these Message-IDs."""
        from maild.core.rawmail import message_id

        wanted, found = set(message_ids), set()
        target = self.root / f".{folder}"
        for sub in ("new", "cur"):
            for path in (target / sub).iterdir() if (target / sub).is_dir() else ():
                with path.open("rb") as handle:
                    value = message_id(handle.read(64 * 1024))
                if value in wanted:
                    found.add(value)
        return found

    def folder_count(self, folder: str) -> int:
        target = self.root / f".{folder}"
        return sum(1 for sub in ("new", "cur") if (target / sub).is_dir() for _ in (target / sub).iterdir())

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        deadline = time.monotonic() + timeout
        before = self._files().keys()
        stop = stop or threading.Event()
        while time.monotonic() < deadline and not stop.is_set():
            stop.wait(min(0.5, max(0.0, deadline - time.monotonic())))
            if self._files().keys() - before:
                return

    def close(self) -> None:
        return None


def deliver(root: Path, message: bytes, name: str) -> Path:
    """Put one mail into a Maildir's new/ the way an MTA does (tmp/ then rename)."""
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    tmp = root / "tmp" / name
    tmp.write_bytes(message)
    final = root / "new" / name
    os.replace(tmp, final)
    return final
