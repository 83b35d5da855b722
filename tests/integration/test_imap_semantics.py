"""IMAP traps (plan rows E5, E6): the `last+1:*` range and another client in the same mailbox.

E5: RFC 3501 says `UID 559:*` always includes the last message, even when
559 is above every UID: a client that fetches `last+1:*` reprocesses the
newest mail forever. Polling an unchanged mailbox must fetch nothing.
E6: state lives in maild's database, not in flags: another client that
marks everything \\Seen, moves a mail away or expunges one between maild's
SEARCH and FETCH hides nothing and breaks nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from maild import bootstrap
from maild.app.worker import Worker
from maild.config import load_settings
from paths import SHARED
from proxy import TcpProxy
from servers import Dovecot, SmtpSink

CORPUS = {p.name[:3]: p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))}
PICK = ["001", "015", "019", "025", "031"]


pytestmark = pytest.mark.usefixtures("imap_password")


def service_via(tmp_path: Path, port: int, dovecot: Dovecot, sink: SmtpSink, mailbox: str = "") -> Worker:
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f'[paths]\ndata = "state"\n[mailbox]\nkind = "imap"\ncutoff = "none"\n{mailbox}\n'
                   f'[imap]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\nusername = "{dovecot.user}"\n'
                   f'[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {sink.port}\nsecurity = "plain"\n',
                   encoding="utf-8")
    return bootstrap.worker(load_settings(cfg, required=True, environ={}))


def test_polling_an_unchanged_mailbox_fetches_nothing(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink,
                                                      proxy: TcpProxy) -> None:
    dovecot.create_folder("Keep")
    for key in PICK:
        dovecot.append(CORPUS[key])
    service = service_via(tmp_path, proxy.port, dovecot, smtp_sink, mailbox=(  # mail stays in INBOX
        'folder_acknowledge = ""\nfolder_request_missing = ""\nfolder_review = ""\nfolder_ignore = ""\n'
        'folder_redirect = ""'))
    assert len(service.run_pass().decided) == len(PICK)
    fetches, answered = proxy.count(b"UID FETCH"), len(smtp_sink.messages)
    for _ in range(5):
        assert service.run_pass().decided == []
    assert proxy.count(b"UID FETCH") == fetches, "no FETCH of the last UID (the `last+1:*` trap)"
    assert dovecot.count("INBOX") == len(PICK)
    assert len(smtp_sink.messages) == answered, "nothing answered twice"
    service.inbox.close()


def test_another_client_flagging_moving_and_expunging_hides_nothing(
        tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="maild")
    dovecot.create_folder("Elsewhere")
    for key in PICK:
        dovecot.append(CORPUS[key])
    with dovecot.client(folder="INBOX") as other:
        other.add_flags(other.search("ALL"), [b"\\Seen"])  # a person read them all in their mail client
    service = service_via(tmp_path, dovecot.port, dovecot, smtp_sink)
    listed = service.inbox.pending

    def pending_then_interfere(after_uid: int):  # type: ignore[no-untyped-def]
        refs = listed(after_uid)
        with dovecot.client(folder="INBOX") as other:  # between maild's SEARCH and its FETCH
            uids = sorted(other.search("ALL"))
            other.move([uids[0]], "Elsewhere")
            other.add_flags([uids[1]], [b"\\Deleted"])
            other.expunge()
        return refs

    service.inbox.pending = pending_then_interfere  # type: ignore[method-assign]
    report = service.run_pass()
    service.inbox.pending = listed  # type: ignore[method-assign]
    decided = {d["uid"] for d in report.decided}
    # The three untouched mails are decided although \Seen; the moved one has vanished; the
    # expunged one may still be served to a session that has not been told yet (Dovecot does).
    assert {3, 4, 5} <= decided <= {2, 3, 4, 5}, decided
    assert any("mail_vanished" in r.getMessage() for r in caplog.records), "the vanished UIDs are logged"
    assert dovecot.count("INBOX") == 0
    assert dovecot.count("Elsewhere") == 1, "the other client's move stands"
    assert service.run_pass().decided == []
    service.inbox.close()


def test_a_large_mail_is_fetched_in_pieces_and_arrives_whole(tmp_path: Path, dovecot: Dovecot,
                                                             smtp_sink: SmtpSink, proxy: TcpProxy) -> None:
    """Above LARGE_MAIL a mail comes in partial FETCHes (less peak memory); the bytes are the same."""
    from maild.adapters.inbox_imap import LARGE_MAIL

    small = CORPUS["001"]
    filler = b"".join(b"%07d " % i + b"x" * 70 + b"\r\n" for i in range(LARGE_MAIL * 2 // 80 + 3))
    large = CORPUS["015"].rstrip(b"\r\n") + b"\n\n" + filler
    dovecot.append(small)
    dovecot.append(large)
    service = service_via(tmp_path, proxy.port, dovecot, smtp_sink)
    inbox = service.inbox
    inbox.connect()
    refs = inbox.pending(0)
    assert [r.size > LARGE_MAIL for r in refs] == [False, True]
    got = inbox.fetch([r.uid for r in refs])
    assert got[refs[0].uid] == dovecot_copy(small)
    assert got[refs[1].uid] == dovecot_copy(large), "the pieces join into the mail as stored"
    pieces = bytes(proxy.upstream_bytes).count(b"BODY.PEEK[]<")
    assert pieces >= 3, f"fetched in pieces, not at once ({pieces})"
    inbox.close()


def dovecot_copy(raw: bytes) -> bytes:
    """A mail as IMAP hands it back: CRLF line ends."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
