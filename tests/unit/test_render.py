"""A reply's bytes: the same as email's SMTP policy writes them, whatever the values.

build_message writes plain short header lines itself and leaves the rest to
the policy; this pins that the result is byte for byte what building the
whole message with EmailMessage gives, for ordinary and awkward values alike.
"""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from maild.core.text import clean_header_text
from maild.core.message import build_message

FROM = '"Saksham Seva" <saksham.seva@icegate.gov.in>'
DATE = "Thu, 03 Dec 2026 06:00:00 +0000"


def reference(text: str, *, sender: str, recipient: str, message_id: str, in_reply_to: str,
              references: tuple[str, ...], date: str) -> tuple[str, bytes]:
    """The message built whole with EmailMessage, as maild did before."""
    first, _, body = text.partition("\n")
    subject = clean_header_text(first.removeprefix("Subject:"))[:250]
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"], msg["Date"], msg["Message-ID"] = (sender, recipient, subject, date,
                                                                              message_id)
    if in_reply_to:
        msg["In-Reply-To"] = clean_header_text(in_reply_to)
    refs = " ".join(clean_header_text(r) for r in references if r)[:900]
    if refs:
        msg["References"] = refs
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(body.lstrip("\n"))
    return subject, msg.as_bytes()


CASES = {
    "ordinary": ("Subject: Re: SSO ID creation [SS-2026-000123]\n\nSir,\n\nReceived.\n", FROM,
                 "ravi.kumar@icegate.gov.in", "<CAF1@mail.gmail.com>", ("<a@b>", "<CAF1@mail.gmail.com>")),
    "long lines, quoted-printable": ("Subject: Re: x\n\n" + "We have received your request. " * 30 + "\n", FROM,
                                     "a@b.in", "<m@x>", ()),
    "Hindi subject and body": ("Subject: Re: पदनाम अद्यतन करें [SS-2026-000001]\n\nमहोदय,\nप्राप्त हुआ।\n",
                               "सक्षम सेवा <saksham.seva@icegate.gov.in>", "a@b.in", "<m@x>", ()),
    "long subject": ("Subject: Re: " + "designation update after promotion " * 6 + "\n\nx\n", FROM, "a@b.in", "", ()),
    "many references": ("Subject: Re: x\n\nx\n", FROM, "a@b.in", "<m@x>",
                        tuple(f"<ref-{i}-abcdefghijklmnop@mail.example.in>" for i in range(40))),
    "display name recipient": ("Subject: Re: x\n\nx\n", FROM, "Ravi Kumar <ravi.kumar@icegate.gov.in>", "<m@x>", ()),
    "quoted local part": ("Subject: Re: x\n\nx\n", FROM, '"ravi kumar"@example.in', "<m@x>", ()),
    "odd spacing": ("Subject:   Re:   two  spaces \n\nx\n", "maild@x.in", "a@b.in", " <m@x> ", ()),
    "no subject": ("Subject:\n\nx\n", FROM, "a@b.in", "", ()),
    "Hindi paragraphs, base64": ("Subject: Re: x\n\n" + "आपका अनुरोध प्राप्त हो गया है। " * 40 + "\n", FROM, "a@b.in", "", ()),
    "empty body": ("Subject: Re: x\n", FROM, "a@b.in", "", ()),
    "carriage returns and a very long line": ("Subject: Re: x\n\na\r\nb\rc\n" + "y" * 1200 + "\n", FROM,
                                              "a@b.in", "", ()),
}


@pytest.mark.parametrize("name", CASES)
def test_a_reply_is_byte_for_byte_what_the_smtp_policy_writes(name: str) -> None:
    text, sender, recipient, in_reply_to, refs = CASES[name]
    args = dict(sender=sender, recipient=recipient, message_id="<maild.ack.1@icegate.gov.in>",
                in_reply_to=in_reply_to, references=refs, date=DATE)
    assert build_message(text, **args) == reference(text, **args)  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["recipient", "message_id", "sender"])
def test_a_value_that_would_add_a_header_is_refused_as_before(field: str) -> None:
    args = dict(sender=FROM, recipient="a@b.in", message_id="<m@x>", in_reply_to="", references=(), date=DATE)
    args[field] = f"{args[field]}\r\nBcc: c@d.in"
    with pytest.raises(ValueError, match="linefeed"):
        build_message("Subject: x\n\nx\n", **args)  # type: ignore[arg-type]


def test_a_reply_parses_back_to_what_was_given() -> None:
    subject, raw = build_message("Subject: Re: पदनाम [SS-2026-000002]\n\nमहोदय\n", sender=FROM,
                                 recipient="a@b.in", message_id="<maild.ack.2@icegate.gov.in>",
                                 in_reply_to="<m@x>", references=("<m@x>",), date=DATE)
    msg = message_from_bytes(raw, policy=SMTP)
    assert str(msg["Subject"]) == subject == "Re: पदनाम [SS-2026-000002]"
    assert msg["In-Reply-To"] == "<m@x>" and msg["Auto-Submitted"] == "auto-replied"
    assert msg.get_content().splitlines() == ["महोदय"]


@pytest.mark.parametrize("name", CASES)
def test_the_body_written_here_is_the_one_email_message_writes(name: str) -> None:
    from maild.core.message import _text_part, _text_part_whole

    body = CASES[name][0].partition("\n")[2].lstrip("\n")
    assert _text_part(body) == _text_part_whole(body)
