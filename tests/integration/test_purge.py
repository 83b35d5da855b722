"""`maild purge` end to end on SQLite: a mobile number in a mail's subject, its attachment's name and
its text is in no byte of the database afterwards, while the decision, the hashes and the audit stay."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from builders import make_mail
from consoles import Deployment
from maild.adapters.db_schema import Attachment, Audit, Mail
from maild.interfaces.cli import main

MOBILE = "9823017465"


def _database_bytes(folder: Path) -> bytes:
    data = (folder / "maild.db").read_bytes()
    wal = folder / "maild.db-wal"
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_purge_leaves_no_mobile_number_in_subjects_names_or_verdicts(tmp_path: Path) -> None:
    console = Deployment(tmp_path, ())
    console.deliver(make_mail(subject=f"Password reset, mobile {MOBILE}",
                              body=f"Sir,\nKindly reset my password.\nMobile: {MOBILE}\nRegards,\nRavi Kumar\n"
                                   "Inspector\n",
                              attachments=[(f"ID card {MOBILE}.pdf", b"%PDF-1.4 nothing", "application/pdf")]))
    store = console.service.store
    assert MOBILE.encode() in _database_bytes(tmp_path)
    with store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert MOBILE in mail.subject and mail.verdict["details"]["mobile"] == MOBILE
    counts = store.purge(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1))
    assert counts["mails"] == 1
    with store.session() as s:
        mail = s.scalars(select(Mail)).one()
        assert mail.sha256 and mail.action and mail.verdict["purged"] is True
        assert s.scalars(select(Attachment.filename)).one() == "purged.pdf"
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "decided")) == 1
    store.engine.dispose()
    assert MOBILE.encode() not in _database_bytes(tmp_path)
    conn = sqlite3.connect(tmp_path / "maild.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert main(["purge", "--config", str(console.config)]) == 0  # the command, with nothing left to do
