"""The operators' writes on SQLite and PostgreSQL: merges and splits with their replies and audit
rows, the thread lookup after a merge, the console's sessions, and the purge of personal data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from maild.adapters.db import Store
from maild.adapters.db_schema import Attachment, Audit, Case, Mail, Outbound
from maild.app.ports import CaseFilter
from maild.core.records import NewMail, NewReply

NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.timezone.utc)
VERDICT = {"sender_kind": "icegate", "request_type": "sso_creation", "action": "request_missing",
           "missing": ["service_book"], "template_errors": [{"row": 5, "column": "mobile", "code": "invalid_mobile"}],
           "reasons": ["mobile 9876543210 of Ravi Kumar"], "subject": "SSO ID for Ravi Kumar 9876543210",
           "sender": "ravi.kumar@icegate.gov.in", "review_flags": ["ambiguous sender: Ravi <x@y>"],
           "details": {"name": "Ravi Kumar", "mobile": "9876543210"}, "signature": {"name": "Ravi Kumar"},
           "attachments": [{"filename": "Ravi Kumar 9876543210.xlsx", "kind": "template", "size": 3,
                            "sha256": "1" * 64, "content_type": "application/vnd.ms-excel", "forwarded": False}]}


def _case(store: Store, uid: int, sender: str, reply: str = "", subject: str = "SSO ID for Ravi Kumar 9876543210",
          at: dt.datetime = NOW) -> tuple[int, int]:
    new = NewMail("box", 1, uid, f"<m{uid}@x>", f"<m{uid}@x>", "0" * 64, 10, sender, subject, "icegate",
                  "sso_creation", "request_missing", "decided", VERDICT, b"raw bytes of the mail",
                  (("Ravi Kumar 9876543210.xlsx", "template", "application/vnd.ms-excel", 3, "1" * 64),))
    answer = NewReply("request_missing", reply, sender, f"[SS] {subject}", b"body") if reply else None
    recorded = store.record(new, None, {"status": "waiting", "request_type": "sso_creation", "sender": sender,
                                        "subject": subject}, answer, [("decided", {})], (1, uid), now=at)
    assert recorded is not None and recorded.case_id is not None
    return recorded.case_id, recorded.mail_id


def _follow(store: Store, uid: int, case_id: int, sender: str) -> int:
    new = NewMail("box", 1, uid, f"<m{uid}@x>", f"<m{uid}@x>", "0" * 64, 10, sender, "Re: s", "icegate",
                  "sso_creation", "acknowledge", "decided", {}, None, ())
    recorded = store.record(new, case_id, {"status": "acknowledged", "request_type": "sso_creation",
                                           "sender": sender, "subject": "s"},
                            NewReply("acknowledge", f"<ack{uid}@maild>", sender, "Re", b"x"), [], (1, uid))
    assert recorded is not None
    return recorded.mail_id


def _row(store: Store, model: type, ident: int):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return s.get(model, ident)


def test_a_case_merged_into_another_moves_its_mails_and_replies_and_leads_there(store: Store) -> None:
    first, _ = _case(store, 1, "ravi.kumar@icegate.gov.in", reply="<r1@maild>")
    second, mail = _case(store, 2, "sunita.rao@icegate.gov.in", reply="<r2@maild>")
    moved = store.merge_case(second, first, NOW, [(second, ("case_merged", "asha", None, {"into": "A"})),
                                                  (first, ("case_merged", "asha", None, {"from": "B"}))])
    assert moved == 1
    assert _row(store, Mail, mail).case_id == first
    with store.session() as s:
        assert set(s.scalars(select(Outbound.case_id))) == {first}
        assert [(a.case_id, a.actor) for a in s.scalars(select(Audit).where(Audit.event == "case_merged"))] == [
            (second, "asha"), (first, "asha")]
    old = _row(store, Case, second)
    assert old.status == "merged" and old.merged_into == first and old.closed_at is not None
    assert store.find_thread_case("box", ["<r2@maild>"], []).id == first  # type: ignore[union-attr]
    assert store.find_thread_case("box", [], [old.ref]).id == first  # type: ignore[union-attr]
    assert [r.case.id for r in store.review_queue(CaseFilter(status="merged"), 10)] == [second]


def test_a_mail_moved_out_leaves_its_case_merged_only_when_it_was_the_last(store: Store) -> None:
    first, _ = _case(store, 1, "ravi.kumar@icegate.gov.in")
    second, opening = _case(store, 2, "sunita.rao@icegate.gov.in", reply="<r2@maild>")
    follow = _follow(store, 3, second, "sunita.rao@icegate.gov.in")
    assert store.move_mails([follow], first, NOW, []) == 1
    assert _row(store, Case, second).status != "merged"
    with store.session() as s:
        assert s.scalar(select(Outbound.case_id).where(Outbound.message_id == "<ack3@maild>")) == first
        assert s.scalar(select(Outbound.case_id).where(Outbound.message_id == "<r2@maild>")) == second
    store.move_mails([opening], first, NOW, [])
    assert _row(store, Case, second).status == "merged"


def test_a_mail_split_out_gets_a_case_of_its_own_in_review(store: Store) -> None:
    first, _ = _case(store, 1, "ravi.kumar@icegate.gov.in")
    follow = _follow(store, 2, first, "sunita.rao@icegate.gov.in")
    new_id, ref = store.split_mail(follow, {"status": "review", "request_type": "sso_creation",
                                            "sender": "sunita.rao@icegate.gov.in", "subject": "Re: s"},
                                   NOW, "asha", "a different officer")
    case = _row(store, Case, new_id)
    assert case.ref == ref == f"SS-2026-{new_id:06d}" and case.status == "review" and case.mailbox == "box"
    assert _row(store, Mail, follow).case_id == new_id
    with store.session() as s:
        assert s.scalar(select(Outbound.case_id).where(Outbound.message_id == "<ack2@maild>")) == new_id
        split = list(s.scalars(select(Audit).where(Audit.event == "mail_split").order_by(Audit.id)))
    assert [(a.case_id, a.detail) for a in split] == [
        (first, {"into": ref, "note": "a different officer"}),
        (new_id, {"from": _row(store, Case, first).ref, "note": "a different officer"})]


def test_console_sessions_end_one_by_one_or_all_of_an_operator(store: Store) -> None:
    later = NOW + dt.timedelta(hours=12)
    for token, who in (("a" * 64, "asha"), ("b" * 64, "asha"), ("c" * 64, "ravi")):
        store.start_session(token, who, "f" * 64, "127.0.0.1", NOW, later)
    assert store.session_of("a" * 64).operator == "asha"  # type: ignore[union-attr]
    store.end_session("a" * 64, NOW, "logout")
    assert store.session_of("a" * 64).ended_at is not None  # type: ignore[union-attr]
    assert store.end_sessions_of("asha", NOW, "password_changed") == 1
    assert store.session_of("c" * 64).ended_at is None  # type: ignore[union-attr]
    assert store.session_of("d" * 64) is None


def test_purge_removes_personal_data_and_keeps_hashes_decisions_and_the_audit(store: Store) -> None:
    old_case, old_mail = _case(store, 1, "ravi.kumar@icegate.gov.in", reply="<r1@maild>",
                               at=NOW - dt.timedelta(days=100))
    new_case, new_mail = _case(store, 2, "sunita.rao@icegate.gov.in", at=NOW)
    open_case, open_mail = _case(store, 3, "asha.rao@icegate.gov.in", reply="<r3@maild>",
                                 at=NOW - dt.timedelta(days=100))
    closed_at = NOW - dt.timedelta(days=95)
    with store.session() as s:
        s.execute(Outbound.__table__.update().values(status="sent"))
        s.execute(Mail.__table__.update().where(Mail.id.in_((old_mail, open_mail)))
                  .values(received_at=NOW - dt.timedelta(days=100)))
        s.execute(Case.__table__.update().where(Case.id == old_case)
                  .values(status="closed", closed_at=closed_at, updated_at=closed_at))
    store.start_session("e" * 64, "asha", "f" * 64, "10.0.0.9", NOW - dt.timedelta(days=99),
                        NOW - dt.timedelta(days=98))
    counts = store.purge(NOW - dt.timedelta(days=90))
    assert counts == {"mails": 1, "replies": 1, "kept_open": 1}
    mail = _row(store, Mail, old_mail)
    assert mail.subject == "" and mail.sha256 == "0" * 64 and mail.action == "request_missing"
    assert mail.verdict == {"sender_kind": "icegate", "request_type": "sso_creation", "action": "request_missing",
                            "missing": ["service_book"], "template_errors": VERDICT["template_errors"],
                            "sender": "", "subject": "", "reasons": ["mobile [number] of [removed]"],
                            "review_flags": ["ambiguous sender: Ravi <[address]>"],
                            "details": {k: "" for k in ("name", "designation", "mobile", "sso_id", "alt_email")},
                            "signature": {k: "" for k in ("name", "designation", "email", "phone")},
                            "attachments": [{"filename": "purged.xlsx", "kind": "template", "size": 3,
                                             "sha256": "1" * 64, "content_type": "application/vnd.ms-excel",
                                             "forwarded": False}],
                            "purged": True}
    with store.session() as s:
        names = dict(s.execute(select(Attachment.mail_id, Attachment.filename)).all())
        assert names == {old_mail: "purged.xlsx", new_mail: "Ravi Kumar 9876543210.xlsx",
                         open_mail: "Ravi Kumar 9876543210.xlsx"}
        reply = s.scalars(select(Outbound).where(Outbound.case_id == old_case)).one()
        assert reply.body == b"" and reply.subject == ""
        kept = s.scalars(select(Outbound).where(Outbound.case_id == open_case)).one()
        assert kept.body == b"body" and kept.subject.endswith("9876543210")  # a case still open keeps it all
        assert s.get(Case, old_case).subject == "" and s.get(Case, new_case).subject.endswith("9876543210")
        assert s.get(Case, open_case).subject.endswith("9876543210")
        assert _utc(s.get(Case, old_case).updated_at) == closed_at  # purging moves no case's clock
        assert s.scalars(select(Audit).where(Audit.event == "decided")).all()  # the audit trail stays
    assert _row(store, Mail, open_mail).verdict == VERDICT
    assert store.session_of("e" * 64) is None
    assert store.mail_raw(new_mail) == b"raw bytes of the mail" and store.mail_raw(old_mail) is None
    assert store.mail_raw(open_mail) == b"raw bytes of the mail"
    assert store.purge(NOW - dt.timedelta(days=90)) == {"mails": 0, "replies": 0, "kept_open": 1}  # nothing new


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
