"""A reply's bytes: every field as given, nothing more, whatever the values.

build_message writes the header block itself from values decoded, cleaned and
encoded once (maild.core.headers). These pin that a reply parses back to what
was given, that no value (encoded CR LF, a double-encoded subject, a header
in a Message-ID) adds a field or a body, and that long values fold without a
space added. tests/integration/test_reply_injection.py runs the property test
at length and the same attacks through IMAP and SMTP.
"""

from __future__ import annotations

import re
from email import message_from_bytes
from email.header import decode_header, make_header
from email.policy import SMTP, default

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maild.core.headers import header_text
from maild.core.message import build_message
from replies import HOSTILE, any_values_make_a_clean_reply, b_word, check_reply, head_lines, q_word

FROM = ("Saksham Seva Helpdesk", "saksham.seva@icegate.gov.in")
DATE = "Thu, 03 Dec 2026 06:00:00 +0000"


def build(text: str = "Subject: x\n\nbody\n", **over: object) -> tuple[str, bytes]:
    args: dict[str, object] = dict(sender=FROM, recipient="ravi.kumar@icegate.gov.in",
                                   message_id="<maild.acknowledge.1@icegate.gov.in>", in_reply_to="<m@x.in>",
                                   references=("<r@x.in>",), date=DATE)
    args.update(over)
    return build_message(text, **args)  # type: ignore[arg-type]


CASES = {
    "ordinary": "Subject: [SS-2026-000123] Received: SSO ID creation\n\nSir,\n\nReceived.\n",
    "Hindi subject and body": "Subject: [SS-2026-000001] प्राप्त: पदनाम अद्यतन करें\n\nमहोदय,\nप्राप्त हुआ।\n",
    "long ASCII subject": "Subject: Re: " + "designation update after promotion " * 6 + "\n\nx\n",
    "long Hindi subject": "Subject: " + "पदोन्नति के बाद पदनाम का अद्यतन " * 8 + "\n\nx\n",
    "a word longer than a line": "Subject: " + "x" * 120 + "\n\nx\n",
    "long quoted-printable body": "Subject: x\n\n" + "We have received your request. " * 30 + "\n",
    "Hindi paragraphs": "Subject: x\n\n" + "आपका अनुरोध प्राप्त हो गया है। " * 40 + "\n",
    "empty body": "Subject: x\n",
}


@pytest.mark.parametrize("name", CASES)
def test_a_reply_parses_back_to_what_was_given(name: str) -> None:
    text = CASES[name]
    subject, raw = build(text)
    msg = message_from_bytes(raw, policy=SMTP)
    assert str(msg["Subject"]) == subject == header_text(text.partition("\n")[0].removeprefix("Subject:"))
    assert msg["From"].addresses[0].display_name == "Saksham Seva Helpdesk"
    assert msg["To"].addresses[0].addr_spec == "ravi.kumar@icegate.gov.in"
    assert (msg["In-Reply-To"], msg["References"]) == ("<m@x.in>", "<r@x.in> <m@x.in>")
    assert msg["Auto-Submitted"] == "auto-replied" and msg["X-Auto-Response-Suppress"] == "All"
    check_reply(raw, text.partition("\n")[2].lstrip("\n"))
    assert all(len(line) <= 78 for line in head_lines(raw)), "every header line folds within 78 columns"


def test_unfolding_a_long_subject_adds_no_space() -> None:
    for text in ("Re: " + "designation update " * 8, "पदोन्नति के बाद पदनाम का अद्यतन" * 5, "ab" * 70):
        subject, raw = build(f"Subject: {text}\n\nx\n")
        assert str(message_from_bytes(raw, policy=default)["Subject"]) == subject == text.strip()


@pytest.mark.parametrize("name", ["सक्षम सेवा हेल्पडेस्क", "सक्षम सेवा हेल्पडेस्क, प्रणाली महानिदेशालय, सीबीआईसी",
                                  "Saksham Seva (DG Systems), CBIC"])
def test_a_display_name_that_is_not_plain_words_is_encoded(name: str) -> None:
    """Read as RFC 2047 reads it: the whitespace between encoded words is no part of the name
    (Python's address parser keeps it, so the phrase is decoded here on its own)."""
    _, raw = build(sender=(name, "saksham.seva@icegate.gov.in"))
    sender = message_from_bytes(raw, policy=default)["From"].addresses[0]
    line = next(v for k, v in message_from_bytes(raw, policy=SMTP.clone(refold_source="none")).raw_items()
                if k == "From")
    phrase = re.sub(r"\r\n[ \t]", " ", line).rpartition("<")[0].strip()
    assert str(make_header(decode_header(phrase))) == name
    assert sender.addr_spec == "saksham.seva@icegate.gov.in" and "  " not in name
    assert all(len(line) <= 78 for line in head_lines(raw))


INJECTIONS = {
    "CR LF": "x\r\nBcc: evil@example.com",
    "bare LF": "x\nX-Injected: 1",
    "encoded CR LF (q)": q_word("x\r\nBcc: evil@example.com"),
    "encoded CR LF (b)": b_word("x\r\nX-Injected: 1\r\n\r\n<html>x</html>"),
    "double-encoded, long": b_word(q_word("Re: " + "y" * 80 + "\r\nBcc: evil@example.com\r\n"
                                          "Content-Type: text/html\r\n\r\n<b>pwned</b>")),
    "line separator": "x\u2028Bcc: evil@example.com\x85X-Injected: 1",
    "NUL and DEL": "x\x00\x7fBcc: y",
}


@pytest.mark.parametrize("attack", INJECTIONS)
def test_a_subject_adds_no_field_and_no_body(attack: str) -> None:
    """The subject line is the text's first line: a line feed in the officer's subject is taken out
    before the template is rendered (tests/unit/test_letters.py); every other character is here."""
    line = INJECTIONS[attack].replace("\n", "\r")
    subject, raw = build(f"Subject: [SS-2026-000001] Received: {line}\n\nSir,\n")
    check_reply(raw, "Sir,\n")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", subject)
    assert str(message_from_bytes(raw, policy=default)["Subject"]) == subject


@pytest.mark.parametrize("attack", INJECTIONS)
def test_message_ids_that_are_not_plain_are_dropped(attack: str) -> None:
    value = INJECTIONS[attack]
    _, raw = build(in_reply_to=f"<{value}@x.in>", references=(f"<a@b.in> {value} <{value}@y.in>", value))
    check_reply(raw, "body\n")
    msg = message_from_bytes(raw, policy=default)
    assert msg["In-Reply-To"] is None and msg["References"] == "<a@b.in>"


def test_an_encoded_word_dressed_as_a_message_id_is_dropped() -> None:
    hidden = "<=?utf-8?q?a=0D=0ABcc=3A_evil=40example.com?=@x.in>"
    _, raw = build(in_reply_to=hidden, references=(hidden,))
    assert b"=?" not in raw.partition(b"\r\n\r\n")[0].split(b"Subject:")[0] and b"Bcc" not in raw
    assert message_from_bytes(raw, policy=default)["In-Reply-To"] is None


def test_a_long_thread_keeps_its_first_and_latest_ids() -> None:
    ids = tuple(f"<ref-{i}-abcdefghijklmnop@mail.example.in>" for i in range(40))
    _, raw = build(in_reply_to="<last@x.in>", references=ids)
    refs = message_from_bytes(raw, policy=default)["References"].split()
    assert refs == [ids[0], *ids[-8:], "<last@x.in>"]
    check_reply(raw, "body\n")


@pytest.mark.parametrize("recipient", ["a@b.in\r\nBcc: c@d.in", '"ravi kumar"@example.in', "=?utf-8?q?a?=@b.in",
                                       "Ravi <a@b.in>", "a@b.in, c@d.in", ""])
def test_a_recipient_that_is_not_a_plain_address_is_refused(recipient: str) -> None:
    with pytest.raises(ValueError, match="To"):
        build(recipient=recipient)


def test_our_own_message_id_must_be_plain() -> None:
    with pytest.raises(ValueError, match="Message-ID"):
        build(message_id="<a@b>\r\nBcc: c@d.in")


def test_a_reply_an_operator_sends_is_not_marked_automatic() -> None:
    _, raw = build(automatic=False)
    check_reply(raw, "body\n", automatic=False)
    assert message_from_bytes(raw, policy=default)["Auto-Submitted"] is None


def test_control_characters_in_the_body_are_dropped() -> None:
    _, raw = build("Subject: x\n\nSir,\x00\x1b[31m\udcff\n")
    check_reply(raw, "Sir,[31m\n")


# -- any value at all (a short run here; tests/integration runs it at length) -----------------------

@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(HOSTILE, HOSTILE, HOSTILE, st.lists(HOSTILE, max_size=4))
def test_any_header_values_make_a_clean_reply(subject: str, name: str, parent: str, refs: list[str]) -> None:
    any_values_make_a_clean_reply(subject, name, parent, refs)
