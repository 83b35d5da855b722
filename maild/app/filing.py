"""The file step of the mail pass: a decided mail goes to the folder of its action.

Inside a batch the moves are gathered and made at its end, one MOVE per
folder, then marked filed in one commit; a batch that fails files nothing
(what it recorded is filed by the next pass, which finds it decided). A move
that did not stick (a crash after the commit, a server that lost it) is made
again: a mail at or below the watermark still in the mailbox is re-filed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from maild.app.ports import FilingStore, Inbox
from maild.config import Settings

ACTIONS = ("acknowledge", "request_missing", "redirect", "review", "ignore")


class Filing:
    """Filing in one mailbox."""

    def __init__(self, inbox: Inbox, store: FilingStore, settings: Settings) -> None:
        self.inbox, self.store, self.settings = inbox, store, settings
        self._gathered: list[tuple[int, int, str]] | None = None

    def folder(self, key: str) -> str:
        """The folder for mail decided with this action, or 'old' ('': it stays where it is)."""
        return str(self.settings.section("mailbox").get(f"folder_{key}", "") or "")

    def folders(self) -> dict[str, str]:
        return {key: self.folder(key) for key in (*ACTIONS, "old")}

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Gather the moves of a batch and make them at its end (dropped if the batch fails)."""
        self._gathered = []
        try:
            yield
            self._flush()
        finally:
            self._gathered = None

    def file(self, mail_id: int, uid: int, folder: str) -> None:
        """File a decided mail (at the end of the batch, inside one) and record where it went."""
        if self._gathered is not None:
            self._gathered.append((mail_id, uid, folder))
            return
        if folder:
            self.inbox.file(uid, folder)
        self.store.mark_filed_many([(mail_id, folder)])

    def existing(self, mail: Any, uid: int, uidvalidity: int) -> None:
        """A mail decided before (a crash, a re-sync) is only filed again: nothing is decided."""
        self.store.advance_watermark(self.inbox.name, uidvalidity, uid)
        self.file(mail.id, uid, mail.folder or self.folder("old" if mail.status == "old" else mail.action))

    def refile(self, uidvalidity: int, last_uid: int) -> int:
        """File the decided mails at or below the watermark not marked filed: those still in the
        mailbox are moved; those gone from it (moved just before the store went away, the mark
        lost with it) are only marked. Returns how many were moved."""
        if not any(self.folder(a) for a in ACTIONS):
            return 0
        in_box = set(self.inbox.all_uids())
        gone: list[tuple[int, str]] = []
        count = 0
        for mail_id, uid, folder, action in self.store.unfiled(self.inbox.name, uidvalidity, last_uid):
            if uid in in_box:
                self.file(mail_id, uid, folder or self.folder(action))
                count += 1
            else:
                gone.append((mail_id, folder or self.folder(action)))
        if gone:
            self.store.mark_filed_many(gone)
        return count

    def _flush(self) -> None:
        """One MOVE per folder for the batch, then one commit marking them filed."""
        gathered, self._gathered = self._gathered or [], None
        by_folder: dict[str, list[tuple[int, int]]] = {}
        for mail_id, uid, folder in gathered:
            by_folder.setdefault(folder, []).append((mail_id, uid))
        for folder, items in by_folder.items():
            if folder:
                self.inbox.file_many([uid for _, uid in items], folder)
            self.store.mark_filed_many([(mail_id, folder) for mail_id, _ in items])
