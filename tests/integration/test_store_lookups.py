"""The per-mail lookups: the right case, on SQLite and PostgreSQL, whatever the database holds."""

from __future__ import annotations

from maild.adapters.db import NewMail, NewReply, Store


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


def test_a_senders_open_case_is_the_newest_among_many(store: Store) -> None:
    ids = [_open(store, "box", uid, f"<m{uid}@x>") for uid in range(1, 40)]
    _open(store, "box", 99, "<someone@x>", sender="b.officer@icegate.gov.in")
    found = store.open_case_of("box", "A.Officer@icegate.gov.in", "sso_creation")
    assert found is not None and found.id == ids[-1]
    assert store.open_case_of("box", "a.officer@icegate.gov.in", "password_reset") is None
