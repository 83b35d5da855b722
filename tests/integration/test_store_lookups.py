"""The per-mail lookups: the right case, on SQLite and PostgreSQL, whatever the database holds."""

from __future__ import annotations

from maild.adapters.db import Store
from maild.core.records import NewMail, NewReply


def _mail(mailbox: str, uid: int, message_id: str, sender: str = "a.officer@icegate.gov.in") -> NewMail:
    return NewMail(mailbox, 1, uid, message_id, message_id, "0" * 64, 10, sender, "s", "individual",
                   "sso_creation", "acknowledge", "decided", {}, None, ())


def _open(store: Store, mailbox: str, uid: int, message_id: str, sender: str = "a.officer@icegate.gov.in",
          reply_id: str = "") -> int:
    reply = NewReply("acknowledge", reply_id, sender, "Re: s", b"x") if reply_id else None
    recorded = store.record(_mail(mailbox, uid, message_id, sender), None,
                            {"status": "acknowledged", "request_type": "sso_creation", "sender": sender,
                             "subject": "s"}, reply, [], (1, uid))
    assert recorded is not None and recorded.case_id is not None
    return recorded.case_id


def test_the_thread_lookup_finds_the_newest_case_of_this_mailbox_only(store: Store) -> None:
    older = _open(store, "box", 1, "<first@x>", reply_id="<ack.1@maild>")
    newer = _open(store, "box", 2, "<second@x>")
    _open(store, "other", 1, "<elsewhere@x>")
    assert store.find_thread_case("box", ["<first@x>"], []).id == older  # type: ignore[union-attr]
    assert store.find_thread_case("box", ["<ack.1@maild>"], []).id == older  # type: ignore[union-attr]
    assert store.find_thread_case("box", ["<first@x>", "<second@x>"], []).id == newer  # type: ignore[union-attr]
    assert store.find_thread_case("box", ["<elsewhere@x>"], []) is None, "another mailbox's mail"
    ref = store.get_case(older).ref  # type: ignore[union-attr]
    assert store.find_thread_case("box", ["<unknown@x>"], [ref]).id == older  # type: ignore[union-attr]


def test_a_mail_naming_two_cases_gets_both_the_thread_first(store: Store) -> None:
    first = _open(store, "box", 1, "<first@x>", reply_id="<ack.1@maild>")
    second = _open(store, "box", 2, "<second@x>")
    ref = store.get_case(second).ref  # type: ignore[union-attr]
    assert [c.id for c in store.find_thread_cases("box", ["<ack.1@maild>"], [ref])] == [first, second]
    assert [c.id for c in store.find_thread_cases("box", ["<second@x>"], [ref])] == [second], "once"
    assert store.find_thread_cases("box", [], []) == []


def test_a_senders_open_case_is_the_newest_among_many(store: Store) -> None:
    ids = [_open(store, "box", uid, f"<m{uid}@x>") for uid in range(1, 40)]
    _open(store, "box", 99, "<someone@x>", sender="b.officer@icegate.gov.in")
    found = store.open_case_of("box", "A.Officer@icegate.gov.in", "sso_creation")
    assert found is not None and found.id == ids[-1]
    assert store.open_case_of("box", "a.officer@icegate.gov.in", "password_reset") is None


def test_a_pass_writes_no_executemany(store: Store) -> None:
    """psycopg pipelines an executemany: a worker frozen inside one leaves its session 'active',
    which idle_in_transaction_session_timeout does not end, with the lease row locked. Rows
    of one kind go in one multi-row statement instead (pinned on both databases)."""
    from sqlalchemy import event

    many: list[str] = []

    def watch(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if executemany:
            many.append(statement.split("(")[0])

    event.listen(store.engine, "before_cursor_execute", watch)
    try:
        new = NewMail("box", 1, 5, "<many@x>", "<many@x>", "0" * 64, 10, "a.officer@icegate.gov.in", "s",
                      "individual", "sso_creation", "acknowledge", "decided", {}, None,
                      (("a.pdf", "service_book", "application/pdf", 3, "1" * 64),
                       ("b.xlsx", "creation_template", "application/vnd.ms-excel", 4, "2" * 64)))
        recorded = store.record(new, None, {"status": "acknowledged", "request_type": "sso_creation",
                                            "sender": "a.officer@icegate.gov.in", "subject": "s"},
                                NewReply("acknowledge", "<ack.many@maild>", "a.officer@icegate.gov.in", "Re: s", b"x"),
                                [("decided", {}), ("reply_queued", {}), ("case_bumped", {})], (1, 5))
        other = store.record(_mail("box", 6, "<many2@x>"), None, None, None, [("decided", {})], (1, 6))
        assert recorded is not None and other is not None
        store.mark_filed_many([(recorded.mail_id, "Processed"), (other.mail_id, "Review")])
    finally:
        event.remove(store.engine, "before_cursor_execute", watch)
    assert many == []
    with store.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("select count(*) from attachments")).scalar() == 2
        assert conn.execute(text("select count(*) from audit where event = 'filed'")).scalar() == 2
        assert conn.execute(text("select folder from mails order by id")).scalars().all() == ["Processed", "Review"]
