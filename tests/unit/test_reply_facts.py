"""What the verdict tells the replies beyond the contract: the sender's language and authentication.

The contract's fields are unchanged by these; the plan reads them to choose the
order of the languages and to refuse a reply to a From: that failed authentication.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from builders import make_mail
from maild.core.language import language_of
from maild.core.model import Verdict
from maild.core.policy import TriagePolicy

GMAIL = "Ravi Kumar <ravi.kumar82@gmail.com>"
STATUS = ("Sir,\nPlease tell me whether an SSO ID exists in my name.\nName: Ravi Kumar\n"
          "Designation: Inspector\nMobile: 9876543210\n\nRegards,\nRavi Kumar\n")


@pytest.mark.parametrize(("texts", "expected"), [
    (("SSO ID creation", "Sir, kindly create the SSO ID.\n\nसादर,\nरवि कुमार"), "en"),
    (("एसएसओ आईडी के संबंध में", "महोदय, कृपया मेरी एसएसओ आईडी का पासवर्ड रीसेट करें। SSO ID: RK1234"), "hi"),
    (("Re: पदनाम अद्यतन", "महोदय,\nमेरी पदोन्नति हो गई है, कृपया ACES में पदनाम अद्यतन करें।\nसादर"), "hi"),
    (("", "९८७६५४३२१०"), "en"),  # Devanagari digits alone are not Hindi words
    (("", ""), "en"),
])
def test_the_language_is_the_script_most_of_the_words_are_in(texts: tuple[str, str], expected: str) -> None:
    assert language_of(*texts) == expected


def test_a_hindi_mail_says_so_in_its_verdict(run_triage: Callable[..., Verdict]) -> None:
    hindi = make_mail(subject="पासवर्ड रीसेट", body="महोदय,\nकृपया मेरी एसएसओ आईडी का पासवर्ड रीसेट करें।\nसादर,\nरवि कुमार\n")
    assert run_triage(hindi).language == "hi"
    assert run_triage(make_mail()).language == "en"


def _results(value: str) -> bytes:
    return make_mail(sender=GMAIL, subject="SSO ID status", body=STATUS, auth=None,
                     headers={"Authentication-Results": value})


@pytest.mark.parametrize(("results", "expected"), [
    ("mx.icegate.gov.in; dmarc=fail header.from=gmail.com", "fail"),
    ("mx.icegate.gov.in; spf=fail smtp.mailfrom=gmail.com; dkim=none", "fail"),
    ("mx.icegate.gov.in; spf=fail smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com", "pass"),
    ("mx.icegate.gov.in; spf=pass smtp.mailfrom=forger.example; dkim=none", "fail"),
    ("mx.icegate.gov.in; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com", "pass"),
    ("mx.icegate.gov.in; spf=none; dkim=none", "none"),
])
def test_a_personal_sender_is_judged_by_the_trusted_field(run_triage: Callable[..., Verdict], results: str,
                                                           expected: str) -> None:
    verdict = run_triage(_results(results))
    assert (verdict.sender_kind, verdict.authentication) == ("personal", expected)
    assert verdict.action == "acknowledge", "the contract's action does not change"


def test_no_field_is_no_judgement(run_triage: Callable[..., Verdict]) -> None:
    assert run_triage(make_mail(sender=GMAIL, body=STATUS, auth=None)).authentication == "none"


def test_only_the_configured_server_is_believed(run_triage: Callable[..., Verdict]) -> None:
    raw = make_mail(sender=GMAIL, subject="SSO ID status", body=STATUS, auth=None, headers={
        "Authentication-Results": "forged.example; dmarc=fail header.from=gmail.com"})
    assert run_triage(raw, TriagePolicy(authserv_ids=("mx.icegate.gov.in",))).authentication == "none"
    assert run_triage(raw).authentication == "fail", "without authserv_ids the topmost field is taken"


def test_a_robot_is_not_judged(run_triage: Callable[..., Verdict]) -> None:
    raw = make_mail(sender=GMAIL, auth="fail", headers={"Auto-Submitted": "auto-replied"})
    assert run_triage(raw).authentication == "none"


def test_a_template_error_carries_its_cause_and_the_cell_as_written(run_triage: Callable[..., Verdict]) -> None:
    import datetime as dt

    from builders import XLSX, make_template, officer_row

    rows = [officer_row(1, date_of_birth="31/02/1990"), officer_row(2, date_of_joining="01/01/2031"),
            officer_row(3, date_of_birth="14/06/2000", date_of_joining=dt.datetime(2015, 10, 20)),
            officer_row(4, mobile="98765\r\nBcc: x@y.in")]
    verdict = run_triage(make_mail(subject="SSO ID creation", attachments=[
        ("SSO template.xlsx", make_template(rows), XLSX)]))
    found = {(e.row, e.column, e.code): (e.cause, e.value) for e in verdict.template_errors}
    assert found[(2, "date_of_birth", "invalid_date")] == ("not_a_date", "31/02/1990")
    assert found[(3, "date_of_joining", "invalid_date")] == ("in_future", "01/01/2031")
    assert found[(4, "date_of_joining", "invalid_date")] == ("under_age", "20/10/2015")
    assert found[(5, "mobile", "invalid_mobile")] == ("", "98765 Bcc: x@y.in")
    assert all("\n" not in value and "\r" not in value for _, value in found.values())
    as_json = [e.as_dict() for e in verdict.template_errors]
    assert {"row": 2, "column": "date_of_birth", "code": "invalid_date", "cause": "not_a_date",
            "value": "31/02/1990"} in as_json


@pytest.mark.parametrize("address", ["saksham.seva@icegate.gov.in", "Saksham.Seva@ICEGATE.GOV.IN",
                                     "saksham.seva+test@icegate.gov.in", "SAKSHAM.SEVA+Loop.1@IceGate.gov.in",
                                     "saksham.seva+@icegate.gov.in"])
def test_our_own_address_in_any_spelling_is_never_answered(run_triage: Callable[..., Verdict], address: str) -> None:
    from maild.core.reply import plan_reply
    from maild.core.sender import is_own_address

    verdict = run_triage(make_mail(sender=f"Saksham Seva <{address}>", subject="SSO ID status", body=STATUS))
    assert (verdict.sender_kind, verdict.action) == ("automated", "ignore")
    own = ("saksham.seva@icegate.gov.in",)
    assert is_own_address(address, own) and is_own_address(address + ".", own)
    as_person = dataclasses.replace(verdict, sender_kind="icegate", action="acknowledge")
    assert plan_reply(as_person, "box\0key", "icegate.gov.in", own) is None


@pytest.mark.parametrize("address", ["saksham.sevak@icegate.gov.in", "saksham.seva@icegate.gov.in.example",
                                     "x+saksham.seva@icegate.gov.in"])
def test_addresses_that_only_look_like_ours_are_not_ours(address: str) -> None:
    from maild.core.sender import is_own_address

    assert not is_own_address(address, ("saksham.seva@icegate.gov.in",))
