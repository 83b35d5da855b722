"""The test servers themselves: a private Dovecot and the SMTP sink behave as the other tests assume."""

from __future__ import annotations

import asyncio
import datetime as dt
import pwd
import socket
import time
from email.message import EmailMessage

import aiosmtplib
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from servers import Dovecot, DovecotError, SmtpSink, free_port


def mail(subject: str = "SSO ID request", body: str = "Please create my SSO ID.\r\n",
         sender: str = "user@example.in") -> bytes:
    return (f"From: {sender}\r\nTo: saksham.seva@icegate.gov.in\r\nSubject: {subject}\r\n"
            f"Message-ID: <{subject.replace(' ', '.')}@example.in>\r\n"
            "Date: Mon, 10 Nov 2025 10:00:00 +0530\r\n\r\n" + body).encode()


def login(server: Dovecot, timeout: float = 5.0) -> IMAPClient:
    return server.login(timeout)


def caps(client: IMAPClient) -> set[str]:
    return {c.decode().upper() for c in client.capabilities()}


# ----------------------------------------------------------------------------- Dovecot


def test_free_port_is_free() -> None:
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_dovecot_starts_fast_on_loopback_and_imapclient_logs_in(dovecot: Dovecot) -> None:
    assert dovecot.host == "127.0.0.1" and dovecot.port > 0
    assert dovecot.start_seconds < 2.0, dovecot.start_seconds
    client = login(dovecot)
    try:
        assert {"IDLE", "MOVE", "UIDPLUS", "IMAP4REV1"} <= caps(client)
        info = client.select_folder("INBOX")
        assert info[b"EXISTS"] == 0
        assert client.socket().getpeername()[0] == "127.0.0.1"
    finally:
        client.logout()
    assert dovecot.folders() == ["INBOX"]
    assert dovecot.count() == 0
    assert "starting up for imap" in dovecot.log()


def test_wrong_password_is_refused_at_once(dovecot: Dovecot) -> None:
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5)
    began = time.monotonic()
    with pytest.raises(IMAPClientError):
        client.login(dovecot.user, "not-the-password")
    assert time.monotonic() - began < 1  # auth_failure_delay = 0
    client.shutdown()


def test_append_then_search_and_fetch(dovecot: Dovecot) -> None:
    raw = mail("Need SSO ID")
    when = dt.datetime(2025, 11, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    uid = dovecot.append(raw, flags=("\\Flagged",), date=when)
    assert uid == 1
    dovecot.append(mail("Other"))
    client = login(dovecot)
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["SUBJECT", "Need SSO ID"]) == [uid]
        data = client.fetch([uid], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])[uid]
    finally:
        client.logout()
    assert data[b"BODY[]"] == raw
    assert b"\\Flagged" in data[b"FLAGS"] and b"\\Seen" not in data[b"FLAGS"]
    assert data[b"INTERNALDATE"].astimezone(dt.timezone.utc) == when.astimezone(dt.timezone.utc)
    assert dovecot.messages() == [raw, mail("Other")]
    assert dovecot.count("INBOX") == 2
    assert dovecot.flags()[uid] == ("\\Flagged",)


def test_append_to_a_new_folder_creates_it(dovecot: Dovecot) -> None:
    dovecot.append(mail("Filed"), folder="Processed")
    assert sorted(dovecot.folders()) == ["INBOX", "Processed"]
    assert dovecot.count("Processed") == 1 and dovecot.count("INBOX") == 0
    assert dovecot.messages("Processed") == [mail("Filed")]


def test_mail_is_a_maildir_owned_by_nobody(dovecot: Dovecot) -> None:
    dovecot.append(mail())
    files = list((dovecot.maildir / "new").iterdir()) + list((dovecot.maildir / "cur").iterdir())
    # Dovecot keeps LF line ends on disk and gives CRLF over IMAP.
    assert len(files) == 1 and files[0].read_bytes() == mail().replace(b"\r\n", b"\n")
    assert files[0].stat().st_uid == pwd.getpwnam("nobody").pw_uid


def test_uidvalidity_changed_with_doveadm(dovecot: Dovecot) -> None:
    dovecot.append(mail())
    before = dovecot.uidvalidity()
    dovecot.set_uidvalidity(before + 1000)
    assert dovecot.uidvalidity() == before + 1000
    client = login(dovecot)
    try:
        assert client.select_folder("INBOX")[b"UIDVALIDITY"] == before + 1000
    finally:
        client.logout()
    assert "INBOX" in dovecot.doveadm("mailbox", "list")


def test_kick_disconnects_a_client(dovecot: Dovecot) -> None:
    client = login(dovecot)
    client.select_folder("INBOX")
    assert "helpdesk" in dovecot.kick()
    try:
        with pytest.raises((IMAPClientError, OSError)):
            deadline = time.monotonic() + 5  # the kick reaches the imap process asynchronously
            while time.monotonic() < deadline:
                client.noop()
                time.sleep(0.05)
    finally:
        client.shutdown()
    assert dovecot.kick() == ""  # nobody left: no error


def test_capability_restricted_server_without_move_and_uidplus(dovecot_factory) -> None:
    server = dovecot_factory(capabilities_drop=("MOVE", "UIDPLUS"))
    assert server.start_seconds < 4.0  # the first restricted start also probes the full list once
    client = login(server)
    try:
        advertised = caps(client)
        assert "MOVE" not in advertised and "UIDPLUS" not in advertised
        assert {"IDLE", "IMAP4REV1", "NAMESPACE", "CONDSTORE"} <= advertised
    finally:
        client.logout()
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        greeting = sock.recv(4096)
    assert b"CAPABILITY" in greeting and b" MOVE" not in greeting and b"UIDPLUS" not in greeting
    # A second restricted server reuses the probed list: it starts as fast as a plain one.
    again = dovecot_factory(capabilities_drop=("MOVE",))
    assert again.start_seconds < 2.0
    client = login(again)
    try:
        assert "MOVE" not in caps(client) and "UIDPLUS" in caps(client)
    finally:
        client.logout()


def test_idle_notifies_when_another_client_appends(dovecot: Dovecot) -> None:
    client = login(dovecot)
    try:
        client.select_folder("INBOX")
        client.idle()
        time.sleep(0.2)
        began = time.monotonic()
        dovecot.append(mail("While idling"))
        seen: list = []
        while time.monotonic() - began < 5 and not any(r[1:2] == (b"EXISTS",) for r in seen):
            seen += client.idle_check(timeout=1)
        elapsed = time.monotonic() - began
        client.idle_done()
    finally:
        client.logout()
    assert (1, b"EXISTS") in seen, f"{seen}\n{dovecot.log_tail()}"
    assert elapsed < 2.5, elapsed


def test_restart_keeps_port_and_mail(dovecot: Dovecot) -> None:
    dovecot.append(mail())
    port = dovecot.port
    dovecot.stop()
    assert not dovecot.running
    with pytest.raises(OSError):
        socket.create_connection((dovecot.host, port), timeout=1).close()
    dovecot.start()
    assert dovecot.port == port and dovecot.count() == 1


def test_busy_port_fails_with_a_clear_message(tmp_path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        server = Dovecot(tmp_path, port=busy.getsockname()[1])
        with pytest.raises(DovecotError, match="Address already in use"):
            server.start()
    assert not server.running


def test_bad_config_fails_with_the_log_tail(tmp_path) -> None:
    server = Dovecot(tmp_path, extra_config="no_such_dovecot_setting = 1\n")
    with pytest.raises(DovecotError, match="no_such_dovecot_setting"):
        server.start()
    assert not server.running


# ----------------------------------------------------------------------------- SMTP sink


def email(subject: str = "Re: SSO ID") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "saksham.seva@icegate.gov.in"
    msg["To"] = "user@example.in"
    msg["Subject"] = subject
    msg.set_content("Your SSO ID request is being processed.\n")
    return msg


async def send_steps(sink: SmtpSink, message: bytes, timeout: float = 5.0) -> aiosmtplib.SMTP:
    """connect, MAIL, RCPT, DATA; the client, still connected, for QUIT."""
    client = aiosmtplib.SMTP(hostname=sink.host, port=sink.port, timeout=timeout, start_tls=False)
    await client.connect()
    try:
        await client.mail("saksham.seva@icegate.gov.in")
        await client.rcpt("user@example.in")
        await client.data(message)
    except BaseException:
        client.close()
        raise
    return client


def test_sink_receives_a_message(smtp_sink: SmtpSink) -> None:
    errors, reply = asyncio.run(aiosmtplib.send(email(), hostname=smtp_sink.host, port=smtp_sink.port,
                                                timeout=5, start_tls=False))
    assert errors == {} and reply.startswith("2.0.0 OK")
    [got] = smtp_sink.wait_for(1, timeout=5)
    assert got.mail_from == "saksham.seva@icegate.gov.in" and got.rcpt_tos == ("user@example.in",)
    assert b"Subject: Re: SSO ID" in got.data and got.data.endswith(b"\r\n") and got.accepted
    assert got.peer[0] == "127.0.0.1"


def test_sink_wait_for_times_out(smtp_sink: SmtpSink) -> None:
    with pytest.raises(TimeoutError):
        smtp_sink.wait_for(1, timeout=0.2)


def test_sink_refuse_then_back(smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "refuse"
    with pytest.raises(aiosmtplib.SMTPConnectError):
        asyncio.run(aiosmtplib.send(email(), hostname=smtp_sink.host, port=smtp_sink.port, timeout=2,
                                    start_tls=False))
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((smtp_sink.host, smtp_sink.port), timeout=1).close()
    smtp_sink.mode = "ok"
    asyncio.run(aiosmtplib.send(email(), hostname=smtp_sink.host, port=smtp_sink.port, timeout=5,
                                start_tls=False))
    assert len(smtp_sink.wait_for(1)) == 1


def test_sink_4xx_on_data(smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "4xx"
    with pytest.raises(aiosmtplib.SMTPDataError) as exc:
        asyncio.run(aiosmtplib.send(email(), hostname=smtp_sink.host, port=smtp_sink.port, timeout=5,
                                    start_tls=False))
    assert exc.value.code == 451
    assert smtp_sink.messages == []


def test_sink_5xx_on_rcpt(smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "5xx"
    with pytest.raises(aiosmtplib.SMTPRecipientRefused) as exc:
        asyncio.run(send_steps(smtp_sink, bytes(email())))  # closes its client on the way out
    assert exc.value.code == 550
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused):
        asyncio.run(aiosmtplib.send(email(), hostname=smtp_sink.host, port=smtp_sink.port, timeout=5,
                                    start_tls=False))
    assert smtp_sink.messages == []


def test_sink_hang_after_data_times_the_client_out(smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "hang_after_data"
    began = time.monotonic()
    with pytest.raises(aiosmtplib.SMTPTimeoutError):
        asyncio.run(send_steps(smtp_sink, bytes(email()), timeout=1.0))
    assert time.monotonic() - began < 3
    [got] = smtp_sink.messages  # the server has it; the client cannot know
    assert not got.accepted and got.mode == "hang_after_data"
    began = time.monotonic()
    smtp_sink.stop()  # a hanging session does not hold up the stop
    assert time.monotonic() - began < 2


def test_sink_drop_after_250(smtp_sink: SmtpSink) -> None:
    smtp_sink.mode = "drop_after_250"

    async def run() -> tuple[aiosmtplib.SMTPResponse, BaseException | None]:
        client = aiosmtplib.SMTP(hostname=smtp_sink.host, port=smtp_sink.port, timeout=2, start_tls=False)
        await client.connect()
        await client.mail("saksham.seva@icegate.gov.in")
        await client.rcpt("user@example.in")
        reply = await client.data(bytes(email()))
        await asyncio.sleep(0.1)
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError) as exc:
            return reply, exc
        return reply, None

    reply, quit_error = asyncio.run(run())
    assert reply.code == 250
    assert isinstance(quit_error, aiosmtplib.SMTPServerDisconnected), quit_error
    [got] = smtp_sink.wait_for(1)
    assert got.accepted and b"Subject: Re: SSO ID" in got.data


def test_sink_mode_can_change_between_sends(smtp_sink: SmtpSink) -> None:
    for mode in ("4xx", "ok", "5xx", "ok"):
        smtp_sink.mode = mode
        try:
            asyncio.run(aiosmtplib.send(email(mode), hostname=smtp_sink.host, port=smtp_sink.port, timeout=5,
                                        start_tls=False))
        except aiosmtplib.SMTPException:
            pass
    assert [m.data.count(b"Subject: ok") for m in smtp_sink.wait_for(2)] == [1, 1]
    with pytest.raises(ValueError):
        smtp_sink.mode = "sometimes"


def test_sink_with_credentials_requires_auth() -> None:
    with SmtpSink(credentials=("maild", "pw")) as sink:
        with pytest.raises(aiosmtplib.SMTPResponseException) as exc:
            asyncio.run(aiosmtplib.send(email(), hostname=sink.host, port=sink.port, timeout=5,
                                        start_tls=False))
        assert exc.value.code == 530
        asyncio.run(aiosmtplib.send(email(), hostname=sink.host, port=sink.port, timeout=5, start_tls=False,
                                    username="maild", password="pw"))
        assert len(sink.wait_for(1)) == 1
