"""The raw-bytes shortcut that spares a header parse: it may say 'maybe' too often, never 'no' wrongly."""

from __future__ import annotations

import pytest

from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.rawmail import CASE_REF, header_bytes, may_refer_to_a_case
from maild.adapters.rules import load_rules

FRESH = b"From: a@icegate.gov.in\r\nTo: saksham.seva@icegate.gov.in\r\nSubject: SSO ID creation\r\n\r\nSir,\r\n"


@pytest.mark.parametrize("head", [
    b"From: a@b.in\r\nIn-Reply-To: <x@y>\r\nSubject: Re: x\r\n\r\n",
    b"From: a@b.in\r\nin-reply-to:<x@y>\r\n\r\n",
    b"From: a@b.in\r\nREFERENCES: <x@y>\r\n\r\n",
    b"From: a@b.in\r\nSubject: Re: SSO ID [SS-2026-000123]\r\n\r\n",
    b"From: a@b.in\r\nSubject:\r\n Re: [SS-2026-000123]\r\n\r\n",
    b"From: a@b.in\r\nSubject: =?utf-8?b?U1MtMjAyNi0wMDAxMjM=?=\r\n\r\n",  # the reference, base64-encoded
])
def test_a_header_that_may_name_a_case_or_a_mail_is_parsed(head: bytes) -> None:
    assert may_refer_to_a_case(head)


def test_a_fresh_request_needs_no_parse() -> None:
    assert not may_refer_to_a_case(header_bytes(FRESH))


def test_whenever_the_shortcut_says_no_the_parse_finds_nothing_to_follow() -> None:
    rules, policy = load_rules(), TriagePolicy()
    for head in (FRESH, b"From: x@y.in\r\nSubject: Re: SS-2026-00012 short\r\n\r\n",
                 b"From: x@y.in\r\nX-Ref: ss-2026-000123\r\n\r\n"):
        if may_refer_to_a_case(head):
            continue
        parsed = parse_mail(head, policy, rules.quoting)
        assert not parsed.in_reply_to and not parsed.references and not CASE_REF.findall(parsed.subject)
