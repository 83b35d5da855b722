"""An operator's corrections to how mails were grouped: a case or one of its mails merged into
another case, a mail split out into a case of its own.

A colleague's follow-up that opened its own case belongs with the first one;
a mail that joined a thread it does not belong to needs its own. The mails
move with the replies that answered them, so a later mail in either thread
finds the case it now belongs to; a case left with no mail is marked merged
into the other (and a mail naming its reference joins that one). Every
move is audited on both cases with the operator's name and note.
"""

from __future__ import annotations

from typing import Any

from maild.app.ports import Clock, ReviewStore
from maild.errors import MaildError

ENDED = ("merged",)


class ReviewError(MaildError):
    """An operator asked for something that cannot be done (unknown case or mail, a bad value,
    a case merged into itself)."""


class Casework:
    """Merges and splits of one mailbox's cases."""

    def __init__(self, store: ReviewStore, clock: Clock) -> None:
        self.store, self.clock = store, clock

    def merge_case(self, source_ref: str, target_ref: str, operator: str, note: str = "") -> dict[str, Any]:
        """Every mail and reply of `source_ref` into `target_ref`; the source is then merged."""
        source, target = self._pair(source_ref, target_ref)
        moved = self.store.merge_case(source.id, target.id, self.clock(), [
            (source.id, ("case_merged", operator, None, {"into": target.ref, "note": note})),
            (target.id, ("case_merged", operator, None, {"from": source.ref, "note": note}))])
        return {"ref": target.ref, "from": source.ref, "mails": moved, "status": "merged"}

    def move_mail(self, source_ref: str, mail_id: int, target_ref: str, operator: str,
                  note: str = "") -> dict[str, Any]:
        """One mail of `source_ref` (with its replies) into `target_ref`."""
        source, target = self._pair(source_ref, target_ref)
        ids = [m.id for m in self.store.case_file(source.id).mails]
        if mail_id not in ids:
            raise ReviewError(f"mail {mail_id} is not in case {source_ref}; its mails: {_listed(ids)}")
        self.store.move_mails([mail_id], target.id, self.clock(), [
            (source.id, ("mail_moved", operator, mail_id, {"into": target.ref, "note": note})),
            (target.id, ("mail_moved", operator, mail_id, {"from": source.ref, "note": note}))])
        left = len(ids) - 1
        return {"ref": target.ref, "from": source.ref, "mail": mail_id, "status": "merged" if not left else "moved"}

    def split_mail(self, ref: str, mail_id: int, operator: str, note: str = "") -> dict[str, Any]:
        """One mail of a case into a new case of its own, put to review to be judged alone."""
        case = self._case(ref)
        mails = self.store.case_file(case.id).mails
        mail = next((m for m in mails if m.id == mail_id), None)
        if mail is None:
            raise ReviewError(f"mail {mail_id} is not in case {ref}; its mails: {_listed([m.id for m in mails])}")
        if len(mails) < 2:
            raise ReviewError(f"mail {mail_id} is the only mail of case {ref}: there is nothing to split it from")
        fields = {"status": "review", "request_type": mail.request_type or "unknown",
                  "sender": (mail.sender or "").lower()[:320], "subject": (mail.subject or "")[:500]}
        _, new_ref = self.store.split_mail(mail_id, fields, self.clock(), operator, note)
        return {"ref": new_ref, "from": ref, "mail": mail_id, "status": "review"}

    def _pair(self, source_ref: str, target_ref: str) -> tuple[Any, Any]:
        if source_ref.strip().upper() == target_ref.strip().upper():
            raise ReviewError(f"{source_ref} cannot be merged into itself")
        source, target = self._case(source_ref), self._case(target_ref)
        if source.mailbox != target.mailbox:
            raise ReviewError(f"{source_ref} and {target_ref} belong to different mailboxes")
        return source, target

    def _case(self, ref: str) -> Any:
        case = self.store.case_by_ref(ref.strip().upper())
        if case is None:
            raise ReviewError(f"no case {ref}")
        if case.status in ENDED:
            raise ReviewError(f"case {ref} was merged into another case; act on that one")
        return case


def _listed(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids) or "none"
