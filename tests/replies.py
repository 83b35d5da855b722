"""Shared by the reply tests: hostile header values (Hypothesis strategies) and what every reply must be.

Unit tests run the property checks briefly, tests/integration/test_reply_injection.py
at length; the same assertions serve the replies read back from a real SMTP server.
"""

from __future__ import annotations

import base64
import re
from email import message_from_bytes
from email.policy import default

from hypothesis import strategies as st

FIELDS = ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
          "X-Auto-Response-Suppress", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"]
MSG_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")


def b_word(text: str) -> str:
    """An RFC 2047 B-encoded word holding any text (lone surrogates too)."""
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8', 'surrogatepass')).decode()}?="


def q_word(text: str) -> str:
    """An RFC 2047 Q-encoded word with every byte written =XX."""
    return "=?utf-8?q?" + "".join(f"={b:02X}" for b in text.encode("utf-8", "surrogatepass")) + "?="


PIECES = st.one_of(
    st.text(max_size=25),
    st.sampled_from(["\r\n", "\n", "\r", "\r\nBcc: evil@example.com", "\r\n\r\nContent-Type: text/html\r\n\r\n<b>",
                     "=?", "?=", "=?utf-8?q?", " ", "\t", "\u2028", "\x00", "\x85", "<a@b.in>", "Bcc:", "स"]),
    st.text(max_size=25).map(b_word),
    st.text(max_size=25).map(q_word),
    st.text(max_size=15).map(lambda t: b_word(q_word(t))),
)
HOSTILE = st.lists(PIECES, max_size=8).map("".join)


def head_lines(raw: bytes) -> list[bytes]:
    return raw.partition(b"\r\n\r\n")[0].split(b"\r\n")


def field_names(raw: bytes) -> list[str]:
    """The fields of the header block as the wire has them: a line not starting with a space starts one."""
    return [line.split(b":", 1)[0].decode() for line in head_lines(raw) if line[:1] not in (b" ", b"\t")]


def check_reply(raw: bytes, body: str, automatic: bool = True) -> None:
    """What every reply must be: CRLF lines only, the expected fields once each, one text/plain body."""
    assert b"\r" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b"")
    names = field_names(raw)
    assert len(names) == len(set(names)) and set(names) <= set(FIELDS), names
    assert ("Auto-Submitted" in names) == automatic
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    msg = message_from_bytes(raw, policy=default)
    assert not msg.is_multipart() and msg.get_content_type() == "text/plain"
    content = msg.get_content()  # type: ignore[attr-defined]
    assert content.replace("\r\n", "\n").rstrip("\n") == body.replace("\r\n", "\n").rstrip("\n")
    for name in ("In-Reply-To", "References"):
        for token in (msg[name] or "").split():
            assert MSG_ID.fullmatch(token), (name, token)


def any_values_make_a_clean_reply(subject: str, name: str, parent: str, refs: list[str]) -> None:
    """build_message with any subject text (its first line; a line feed in it is the letters' to remove),
    any display name, any In-Reply-To and References: a clean reply, the subject as written."""
    from maild.core.message import build_message

    text = f"Subject: [SS-2026-000123] Received: {subject.replace(chr(10), chr(13))}\n\nSir,\n"
    written, raw = build_message(text, sender=(name, "saksham.seva@icegate.gov.in"),
                                 recipient="ravi.kumar@icegate.gov.in", message_id="<maild.ack.1@icegate.gov.in>",
                                 in_reply_to=parent, references=tuple(refs), date="Thu, 03 Dec 2026 06:00:00 +0000")
    check_reply(raw, "Sir,\n")
    msg = message_from_bytes(raw, policy=default)
    assert str(msg["Subject"]) == written and written.startswith("[SS-2026-000123] Received:")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", written)
    assert msg["From"].addresses[0].addr_spec == "saksham.seva@icegate.gov.in"
    assert len(msg["From"].addresses) == 1 and len(msg["To"].addresses) == 1


def any_mail_makes_a_clean_letter(letters: object, verdict: object, subject: str, name: str) -> None:
    """Letters.reply for a verdict whose subject and signature name are anything at all: a clean reply."""
    import dataclasses

    from maild.core.model import Signature
    from maild.core.reply import ReplyPlan

    made = dataclasses.replace(verdict, subject=subject, signature=Signature(name))  # type: ignore[type-var]
    plan = ReplyPlan("request_missing", "reply/request_missing.txt.j2", "ravi.kumar@icegate.gov.in",
                     "<maild.request_missing.1@icegate.gov.in>")
    reply = letters.reply(plan, made, "SS-2026-000123", b"")  # type: ignore[attr-defined]
    msg = message_from_bytes(reply.body, policy=default)
    text = msg.get_content().replace("\r\n", "\n")  # type: ignore[attr-defined]
    check_reply(reply.body, text)
    assert str(msg["Subject"]).startswith("[SS-2026-000123] Details required / विवरण अपेक्षित: ")
    greeting = text.split("\n", 1)[0]
    assert greeting.startswith("Dear ") or greeting == "Sir / Madam,"
    assert text.split("\n", 2)[1] == "", "the greeting is one line, whatever the name held"
