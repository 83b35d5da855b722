"""The same service on PostgreSQL: decisions, cases, the outbox and the unique guards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from builders import make_mail
from maild import bootstrap
from maild.adapters.db import Store
from maild.app.worker import Worker
from maild.adapters.db_schema import Case, Mail, Outbound
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild.config import load_settings
from maild.core.records import NewMail
from paths import SHARED
from pg import temporary_database

CORPUS = sorted((SHARED / "corpus" / "mails").glob("*.eml"))


@pytest.fixture()
def pg_url() -> Iterator[str]:
    with temporary_database() as url:
        yield url


def pg_service(tmp_path: Path, url: str) -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n[db]\nurl = "{url}"\n'
                   '[smtp]\nkind = "file"\n')
    settings = load_settings(cfg, required=True, environ={})
    return bootstrap.worker(settings, store=Store.open(url), inbox=MaildirInbox(tmp_path / "mail", "pg"),
                            sender=FileSender(tmp_path / "outbox"))


def test_corpus_on_postgres_decides_once_and_replies_once(tmp_path: Path, pg_url: str) -> None:
    service = pg_service(tmp_path, pg_url)
    for i, path in enumerate(CORPUS):
        deliver(tmp_path / "mail", path.read_bytes(), f"{i:04d}.m")
    report = service.run_pass()
    assert len(report.decided) == len(CORPUS)
    assert service.run_pass().decided == []
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Mail)) == len(CORPUS)
        sent = s.scalar(select(func.count()).select_from(Outbound).where(Outbound.status == "sent"))
        refs = s.scalars(select(Case.ref).order_by(Case.id)).all()
    assert sent == report.sent == len(list((tmp_path / "outbox").glob("*.eml")))
    assert refs[0].startswith("SS-") and len(set(refs)) == len(refs)


def test_unique_guard_refuses_a_second_decision(tmp_path: Path, pg_url: str) -> None:
    store = Store.open(pg_url)
    new = NewMail("pg", 1, 1, "<x@y>", "<x@y>", "0" * 64, 10, "a@b.in", "s", "personal", "sso_status",
                  "acknowledge", "decided", {}, None, ())
    assert store.record(new, None, None, None, [], (1, 1)) is not None
    assert store.record(new, None, None, None, [], (1, 1)) is None


def test_follow_up_threads_on_postgres(tmp_path: Path, pg_url: str) -> None:
    import email
    import email.policy

    service = pg_service(tmp_path, pg_url)
    deliver(tmp_path / "mail", make_mail(subject="Password reset", body="Sir,\nKindly reset my password.\n"), "1.m")
    service.run_pass()
    (path,) = (tmp_path / "outbox").glob("*.eml")
    ask = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    follow = make_mail(subject=f"Re: {ask['Subject']}", headers={"In-Reply-To": ask["Message-ID"]},
                       body="Sir,\nName: Ravi Kumar\nDesignation: Inspector\nSSO ID: 61834027\nMobile: 9482261796\n")
    deliver(tmp_path / "mail", follow, "2.m")
    report = service.run_pass()
    assert report.decided[0]["action"] == "acknowledge"
    assert report.decided[0]["case"] == ask["Subject"][1:15]
