"""The pure parts behind the operators' console: login throttling, a mail's text as the operator reads
it, where each detail was read, what a bounce's server said, and why a case is where it is, in words."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from builders import make_mail
from maild.adapters.rules import load_rules
from maild.adapters.templates import Templates
from maild.app import why
from maild.core.dsn import read_diagnostic
from maild.core.parse import parse_mail
from maild.core.policy import TriagePolicy
from maild.core.provenance import sources
from maild.core.readable import MAX_CHARS, body_text, mail_text, quoted_rest
from maild.core.throttle import Throttle

RULES = load_rules()
POLICY = TriagePolicy()


# --------------------------------------------------------------------------- throttling


def test_the_first_failures_are_free_then_each_wait_doubles_up_to_the_cap() -> None:
    throttle = Throttle(free=3, base=1.0, cap=10.0)
    waits = [throttle.failed("address:10.0.0.1", 100.0) for _ in range(8)]
    assert waits == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert throttle.wait("address:10.0.0.1", 105.0) == 5.0 and throttle.wait("address:10.0.0.2", 100.0) == 0.0


def test_a_success_or_a_long_quiet_clears_the_count() -> None:
    throttle = Throttle(free=1, base=2.0, cap=60.0, forget=600.0)
    throttle.failed("account:asha", 0.0)
    throttle.failed("account:asha", 1.0)
    assert throttle.wait("account:asha", 2.0) == pytest.approx(3.0)  # 4 s from the second failure
    throttle.succeeded("account:asha")
    assert throttle.wait("account:asha", 2.0) == 0.0 and throttle.failures("account:asha") == 0
    for at in (10.0, 11.0, 12.0):
        throttle.failed("account:ravi", at)
    assert throttle.failures("account:ravi") == 3
    assert throttle.failed("account:ravi", 700.0) == 2.0 and throttle.failures("account:ravi") == 1  # a fresh count


def test_a_flood_of_invented_names_holds_a_bounded_number_of_keys() -> None:
    throttle = Throttle(size=100)
    for n in range(1000):
        throttle.failed(f"account:nobody{n}", float(n))
    assert len(throttle._failures) == 100 and throttle.failures("account:nobody999") == 1
    assert throttle.failures("account:nobody0") == 0


# --------------------------------------------------------------------------- a mail's text


def test_a_reply_shows_its_own_words_and_folds_what_it_quotes() -> None:
    raw = make_mail(body="Sir,\nPlease reset my password.\nRegards,\nRavi Kumar\n\n"
                         "On Mon, 10 Nov 2025 at 11:00, Saksham Seva <saksham.seva@icegate.gov.in> wrote:\n"
                         "> Your SSO ID is needed.\n> Regards, Helpdesk\n")
    parsed = parse_mail(raw, POLICY, RULES.quoting)
    text = mail_text(raw, parsed, POLICY.max_depth, POLICY.max_parts)
    assert text.own.startswith("Sir,\nPlease reset my password.") and "Your SSO ID is needed" not in text.own
    assert text.quoted.splitlines() == ["On Mon, 10 Nov 2025 at 11:00, Saksham Seva <saksham.seva@icegate.gov.in> "
                                        "wrote:", "> Your SSO ID is needed.", "> Regards, Helpdesk"]
    assert not text.html_only and not text.cut


def test_inline_quotes_are_folded_and_a_body_that_does_not_match_is_given_whole() -> None:
    whole = "Sir,\n> your earlier question\nMy answer is yes.\n"
    assert quoted_rest(whole, "Sir,\nMy answer is yes.") == "> your earlier question"
    assert quoted_rest(whole, "something else entirely") == whole.strip("\n")
    assert quoted_rest(whole, "") == whole.strip("\n")


def test_html_only_mail_becomes_text_and_attachments_are_not_text() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@icegate.gov.in", "x"
    msg.set_content("<p>Kindly <b>reset</b></p><script>steal()</script>", subtype="html")
    msg.add_attachment(b"secret text of a file", maintype="text", subtype="plain", filename="notes.txt")
    text, html_only = body_text(msg.as_bytes(), POLICY.max_depth, POLICY.max_parts)
    assert html_only and text.strip() == "Kindly reset"


def test_a_very_long_text_is_cut() -> None:
    raw = make_mail(body="word " * (MAX_CHARS // 2))
    text = mail_text(raw, parse_mail(raw, POLICY, RULES.quoting), POLICY.max_depth, POLICY.max_parts)
    assert text.cut and len(text.own) == MAX_CHARS


# --------------------------------------------------------------------------- where a detail was read


def test_each_detail_says_how_it_was_given_and_on_which_line() -> None:
    own = ("Sir,\nKindly reset the password of my SSO ID 30219876.\nMobile No.: +91 98290 61357\n\n"
           "Regards,\nRavi Kumar\nInspector\n")
    found = {s.detail: s for s in sources(
        {"name": "Ravi Kumar", "designation": "Inspector", "mobile": "9829061357", "sso_id": "30219876",
         "alt_email": "ravi.k@gmail.com"},
        {"name": "Ravi Kumar", "designation": "Inspector"}, own, "Alternate: ravi.k@gmail.com",
        RULES.signature.labels)}
    assert (found["mobile"].how, found["mobile"].line) == ("label", "Mobile No.: +91 98290 61357")
    assert (found["name"].how, found["name"].line) == ("signature", "Ravi Kumar")
    assert found["sso_id"].how == "label" and "30219876" in found["sso_id"].line
    assert found["alt_email"].how == "forwarded"
    earlier = sources({"name": "Sunita Rao"}, {}, own, "", RULES.signature.labels)
    assert [(s.detail, s.how) for s in earlier] == [("name", "earlier"), ("designation", "missing"),
                                                    ("sso_id", "missing"), ("mobile", "missing"),
                                                    ("alt_email", "missing")]
    running = sources({"designation": "Examiner"}, {}, "I am working as Examiner at ICD.", "", {})
    assert running[1].how == "text"


# --------------------------------------------------------------------------- a bounce's diagnostic


def test_the_recipients_servers_words_are_read_from_any_bounce() -> None:
    dsn = (b"From: MAILER-DAEMON@mx.nic.in\nSubject: Undelivered\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
           b"--B\nContent-Type: text/plain\n\nFailed.\n--B\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx.nic.in\n\nFinal-Recipient: rfc822; a@nic.in\nAction: failed\nStatus: 5.2.2\n"
           b"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full:\n quota exceeded\x07\n--B--\n")
    assert read_diagnostic(dsn) == "552 5.2.2 Mailbox full: quota exceeded"
    status_only = dsn.replace(b"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full:\n quota exceeded\x07\n", b"")
    assert read_diagnostic(status_only) == "5.2.2"
    plain = (b"From: MAILER-DAEMON@x.in\nSubject: failure notice\n\nI could not deliver it.\n"
             b"<a@nic.in>:\nRemote host said: 550 5.1.1 User unknown\n\n--- copy\nMessage-ID: <m@x>\n")
    assert read_diagnostic(plain) == "Remote host said: 550 5.1.1 User unknown"
    assert read_diagnostic(b"\xff\xfe not a mail at all") == ""
    assert len(read_diagnostic(dsn.replace(b"quota exceeded", b"x" * 5000))) == 300


# --------------------------------------------------------------------------- why, in words


def _row(event: str, detail: dict[str, object], actor: str = "maild") -> SimpleNamespace:
    return SimpleNamespace(event=event, detail=detail, actor=actor)


@pytest.mark.parametrize(("status", "verdict", "error", "events", "expected"), [
    ("review", {"action": "acknowledge"}, "", [_row("reply_bounced", {"kind": "acknowledge",
                                                                       "recipient": "a@nic.in",
                                                                       "diagnostic": "552 mailbox full"})],
     "our acknowledgement to a@nic.in could not be delivered: 552 mailbox full"),
    ("review", {"missing": ["service_book"]}, "", [_row("decided", {"note": "the daily cap was reached"})],
     "the daily cap was reached; still missing: a scanned copy of the service book page showing name, date of "
     "birth and date of joining"),
    ("review", {"review_flags": ["the request type could not be told"]}, "", [],
     "the request type could not be told"),
    ("review", {}, "triage stopped: MemoryError", [], "maild could not handle this mail: triage stopped: "
                                                      "MemoryError"),
    ("review", {"reasons": ["sender is automated"]}, "", [], "sender is automated"),
    ("review", {}, "", [], "maild put this case in front of an operator"),
    ("review", {}, "", [_row("mail_split", {"from": "SS-2026-000001", "note": "other officer"}, "asha")],
     "split out of case SS-2026-000001 by asha (other officer): to be judged on its own"),
    ("waiting", {"missing": ["mobile"]}, "", [], "waiting on the sender for: a mobile number (a landline is not "
                                                 "enough)"),
    ("acknowledged", {}, "", [], "acknowledged: the helpdesk is working on it"),
    ("abandoned", {}, "", [], "closed as abandoned: the sender did not send what was missing"),
])
def test_why_a_case_is_where_it_is_is_always_words(status: str, verdict: dict[str, object], error: str,
                                                   events: list[SimpleNamespace], expected: str) -> None:
    assert why.words(Templates(), why.facts(status, verdict, error, events)) == expected


def test_a_merged_case_names_the_case_it_went_into() -> None:
    assert why.words(Templates(), why.facts("merged", {}, "", [], "SS-2026-000007")) == \
        "merged into case SS-2026-000007"


# --------------------------------------------------------------------------- how long a case has waited


@pytest.mark.parametrize(("seconds", "said"), [(0, "< 1 min"), (59, "< 1 min"), (120, "2 min"), (600, "10 min"),
                                               (3599, "59 min"), (3600, "1 h 00 min"), (3 * 3600 + 7 * 60, "3 h 07 min"),
                                               (48 * 3600 - 1, "47 h 59 min"), (50 * 3600 + 1800, "2 d 2 h"),
                                               (8 * 86400, "8 d 0 h")])
def test_a_span_is_said_exactly_in_minutes_hours_or_days(seconds: int, said: str) -> None:
    from maild.core.times import how_long

    assert how_long(seconds) == said


def test_a_detail_is_shown_on_its_labelled_line_before_a_sentence_or_the_signature() -> None:
    own = ("Sir,\nI have been promoted as Superintendent vide order dated 02.01.2026; kindly update my "
           "designation.\nDesignation: Superintendent\nSSO ID: 61834027\n\nRegards,\nMahesh Patil\nSuperintendent\n"
           "CGST Pune\n")
    found = {s.detail: s for s in sources({"designation": "Superintendent", "name": "Mahesh Patil"},
                                          {"name": "Mahesh Patil", "designation": "Superintendent"}, own, "",
                                          RULES.signature.labels)}
    assert (found["designation"].how, found["designation"].line) == ("label", "Designation: Superintendent")
    unlabelled = own.replace("Designation: Superintendent\n", "")
    found = {s.detail: s for s in sources({"designation": "Superintendent"}, {"designation": "Superintendent"},
                                          unlabelled, "", RULES.signature.labels)}
    assert (found["designation"].how, found["designation"].line) == ("signature", "Superintendent")
    beside = sources({"designation": "Inspector"}, {}, "Name: Ravi, Inspector\nworking as Inspector", "",
                     RULES.signature.labels)  # a label for another detail does not make it labelled
    assert (beside[1].how, beside[1].line) == ("text", "Name: Ravi, Inspector")
