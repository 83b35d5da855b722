"""The reads of a pass, a few per mail, in SQLAlchemy Core: the case a mail follows up and
what that case has seen. Each is one or two indexed queries returning plain rows (a case
row has the cases table's columns as attributes), with no ORM identity map to fill.
`CaseRows` is the Store's part that answers them (maild.app.ports.CaseStore).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from maild.adapters.db_engine import Connected
from maild.adapters.db_record import CASES, MAILS, OUTBOX
from maild.core.times import aware

OPEN_STATUSES = ("waiting", "acknowledged", "open")

# Built once, with bound parameters: building a statement costs about as much as running it.
_CASE = select(CASES).where(CASES.c.id == bindparam("case"))
_REPLY_CASES = select(OUTBOX.c.case_id).where(OUTBOX.c.message_id.in_(bindparam("ids", expanding=True)))
_MAIL_CASES = select(MAILS.c.case_id, MAILS.c.mailbox).where(MAILS.c.message_id.in_(bindparam("ids", expanding=True)))
_NEWEST_CASE = (select(CASES).where(CASES.c.id.in_(bindparam("cases", expanding=True)))
                .order_by(CASES.c.id.desc()).limit(1))
_CASE_BY_REF = (select(CASES).where(CASES.c.ref.in_(bindparam("refs", expanding=True)),
                                    CASES.c.mailbox == bindparam("box")).limit(1))
_OPENER = select(CASES.c.sender).where(CASES.c.id == bindparam("case"))
_PARTY = select(MAILS.c.id).where(MAILS.c.case_id == bindparam("case"),
                                  func.lower(MAILS.c.sender) == bindparam("low")).limit(1)
_LAST_REPLY = (select(OUTBOX.c.created_at, MAILS.c.verdict)
               .select_from(OUTBOX.outerjoin(MAILS, MAILS.c.id == OUTBOX.c.mail_id))
               .where(OUTBOX.c.case_id == bindparam("case"), OUTBOX.c.kind == bindparam("kind"))
               .order_by(OUTBOX.c.id.desc()).limit(1))
_OPEN_CASE = (select(CASES).where(CASES.c.mailbox == bindparam("box"), CASES.c.sender == bindparam("low"),
                                  CASES.c.request_type == bindparam("request"), CASES.c.status.in_(OPEN_STATUSES))
              .order_by(CASES.c.id.desc()).limit(1))
_VERDICTS = select(MAILS.c.verdict).where(MAILS.c.case_id == bindparam("case")).order_by(MAILS.c.id)


def case_by_id(conn: Connection, case_id: int) -> Any:
    return conn.execute(_CASE, {"case": case_id}).first()


def thread_case(conn: Connection, mailbox: str, message_ids: list[str], refs: list[str]) -> Any:
    """The case a mail refers to first (see thread_cases), or None."""
    found = thread_cases(conn, mailbox, message_ids, refs)
    return found[0] if found else None


def thread_cases(conn: Connection, mailbox: str, message_ids: list[str], refs: list[str]) -> list[Any]:
    """The cases a mail refers to, the likelier first: by a Message-ID of one of their mails or
    replies (the newest such case), then by the case reference in the subject. The caller
    checks that the sender is a party to the one it joins."""
    cases: list[Any] = []
    ids = [m for m in message_ids if m][:50]
    if ids:
        # Two lookups by the Message-ID indexes, the mailbox checked here: with
        # `mails.mailbox = ?` in the query, SQLite walked every mail of the mailbox.
        found = set(conn.execute(_REPLY_CASES, {"ids": ids}).scalars())
        found |= {case_id for case_id, box in conn.execute(_MAIL_CASES, {"ids": ids}) if box == mailbox}
        found.discard(None)
        if found:  # the newest case that still exists
            row = conn.execute(_NEWEST_CASE, {"cases": sorted(found)}).first()
            if row is not None:
                cases.append(row)
    if refs:
        row = conn.execute(_CASE_BY_REF, {"refs": refs[:5], "box": mailbox}).first()
        if row is not None:
            cases.append(row)
    found_cases: list[Any] = []
    for case in (unmerged(conn, c) for c in cases):  # a merged case's mail joins the case it went into
        if case is not None and all(case.id != c.id for c in found_cases):
            found_cases.append(case)
    return found_cases


def unmerged(conn: Connection, row: Any) -> Any:
    """The case a merged case was merged into (an operator's merge moved its mails there): a mail
    naming the old reference joins the case that goes on."""
    for _ in range(5):  # a merge into a case merged since: follow a few steps, never a loop
        if row is None or row.status != "merged" or not row.merged_into:
            return row
        row = case_by_id(conn, row.merged_into)
    return row


def is_party(conn: Connection, case_id: int, sender: str) -> bool:
    """Whether the address wrote to or was written to in this case."""
    low = sender.lower()
    opener = conn.execute(_OPENER, {"case": case_id}).scalar()
    if opener is not None and opener.lower() == low:
        return True
    return conn.execute(_PARTY, {"case": case_id, "low": low}).first() is not None


def last_reply(conn: Connection, case_id: int, kind: str) -> tuple[dt.datetime, dict[str, Any]] | None:
    """When the case's last reply of this kind was queued, and the verdict it answered."""
    row = conn.execute(_LAST_REPLY, {"case": case_id, "kind": kind}).first()
    if row is None:
        return None
    return aware(row.created_at) or dt.datetime.now(dt.timezone.utc), row.verdict or {}


def open_case(conn: Connection, mailbox: str, sender: str, request_type: str) -> Any:
    """The sender's latest case of this request type that is still open, if any (senders are
    stored lower-case, and indexed with the request type)."""
    return conn.execute(_OPEN_CASE, {"box": mailbox, "low": sender.lower(), "request": request_type}).first()


def case_verdicts(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """The verdicts of a case's mails, oldest first (what earlier mails established)."""
    return [v or {} for v in conn.execute(_VERDICTS, {"case": case_id}).scalars()]


class CaseRows(Connected):
    """The Store's case lookups, one connection each."""

    def get_case(self, case_id: int) -> Any:
        """The case's columns as a plain row (its callers read it, never change it), or None."""
        with self.engine.connect() as conn:
            return case_by_id(conn, case_id)

    def find_thread_case(self, mailbox: str, message_ids: list[str], refs: list[str]) -> Any:
        """The case row a mail refers to (see thread_case), or None."""
        with self.engine.connect() as conn:
            return thread_case(conn, mailbox, message_ids, refs)

    def find_thread_cases(self, mailbox: str, message_ids: list[str], refs: list[str]) -> list[Any]:
        """The case rows a mail refers to, the likelier first (see thread_cases)."""
        with self.engine.connect() as conn:
            return thread_cases(conn, mailbox, message_ids, refs)

    def is_party(self, case_id: int, sender: str) -> bool:
        with self.engine.connect() as conn:
            return is_party(conn, case_id, sender)

    def case_verdicts(self, case_id: int) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return case_verdicts(conn, case_id)

    def last_reply_of_case(self, case_id: int, kind: str) -> tuple[dt.datetime, dict[str, Any]] | None:
        with self.engine.connect() as conn:
            return last_reply(conn, case_id, kind)

    def open_case_of(self, mailbox: str, sender: str, request_type: str) -> Any:
        with self.engine.connect() as conn:
            return open_case(conn, mailbox, sender, request_type)
