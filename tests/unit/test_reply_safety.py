"""What an official reply may print of a mail, and that every reply kind reads as a letter should.

A forged From: makes the helpdesk write to someone else, and what it writes
is believed: nothing of a mail may put a sentence, a link or a number of the
sender's choosing into it. The greeting names a person or no one, a template
cell is quoted only when it is a date or a name, the repeated subject loses
its links and long numbers, and every value comes decoded and free of
control, separator and direction characters, in the operators' digest too.
Reminders and the final notice say what is still missing in the first
reply's words; no reply has more than one blank line in a row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from email import message_from_bytes
from email.policy import default
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import make_mail
from maild.adapters.templates import Templates
from maild.app.letters import Letters
from maild.config import load_settings
from maild.core.message import body_text
from maild.core.model import Signature, TemplateError, Verdict
from maild.core.reply import ReplyPlan
from maild.core.reply_text import officer_subject, person_name, quotable
from replies import HOSTILE

NOW = dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.timezone.utc)
REF = "SS-2026-000123"
RULE = "-" * 64
ASK = Verdict(message_id="<m1@mail.gmail.com>", sender="ravi.kumar@icegate.gov.in", sender_kind="icegate",
              signature=Signature("Ravi Kumar", "Inspector"), request_type="sso_creation", attachments=(),
              missing=("service_book",), template_errors=(), action="request_missing", reasons=(),
              subject="SSO ID creation", authentication="pass")
PERSONAL_RESET = dataclasses.replace(ASK, sender="ravi.kumar82@gmail.com", sender_kind="personal",
                                     request_type="password_reset", missing=("icegate_sender",))
UNSIGNED = dataclasses.replace(ASK, sender="sysmgr.vskp2@icegate.gov.in", sender_kind="generic",
                               missing=("service_book", "signature_email", "signature_phone"))
# Control, separator and direction characters no reply may carry (line feeds and tabs aside).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Letters:
    cfg = tmp_path_factory.mktemp("cfg") / "maild.toml"
    cfg.write_text("[replies]\noperators = []\n", encoding="utf-8")
    return Letters(load_settings(cfg, required=True, environ={}), Templates(), lambda: NOW, "saksham-seva")


def plan(kind: str, recipient: str = "ravi.kumar@icegate.gov.in") -> ReplyPlan:
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", recipient, f"<maild.{kind}.1@icegate.gov.in>")


def case(subject: str = "SSO ID creation", sender: str = "ravi.kumar@icegate.gov.in") -> Any:
    return SimpleNamespace(id=7, ref=REF, sender=sender, subject=subject)


def opened(reply: Any) -> tuple[str, str]:
    """(Subject, body) as the recipient's mail client shows them."""
    msg = message_from_bytes(reply.body, policy=default)
    return str(msg["Subject"]), msg.get_content().replace("\r\n", "\n")  # type: ignore[attr-defined]


def write(letters: Letters, kind: str, verdict: Verdict, subject: str | None = None) -> Any:
    """Every kind of letter to a requester, for this verdict (its subject the case's, unless given)."""
    stored = verdict.as_dict()
    theirs = case(verdict.subject if subject is None else subject, verdict.sender)
    if kind in ("acknowledge", "request_missing", "redirect", "holding"):
        return letters.reply(plan(kind, verdict.sender), verdict, REF, b"")
    if kind in ("reminder", "abandoned"):
        return letters.reminder(kind, "case:7:w1:remind:1", theirs, ["<m1@mail.gmail.com>"], stored, 2)
    if kind == "closure":
        return letters.closure(theirs, "<m1@mail.gmail.com>", stored, "Done")
    if kind == "operator":
        return letters.operator_reply(theirs, 1, "<m1@mail.gmail.com>", "Please call us.", "anita", stored)
    if kind == "decision":
        return letters.decision("acknowledge", "operator_acknowledge_1", 5, verdict, REF)
    return letters.oversize(plan("oversize", verdict.sender), verdict.subject, 31_000_000, "<m1@mail.gmail.com>", REF)


KINDS = ["acknowledge", "request_missing", "redirect", "holding", "reminder", "abandoned", "closure", "operator",
         "decision", "oversize"]


# -- 1. the greeting, the cells, the subject ----------------------------------------------------------


ATTACKS = ["Ravi Kumar, your new password is Welcome@123", "www.evil-reset.test/login",
           "Ravi (call 9999999999 for new password)", "evil-reset.test", "Your New Password Is Welcome",
           "नया पासवर्ड वेलकम है", "Ravi: reset at evil.test", "ravi kumar reset karo", "Dhanyavaad", "सधन्यवाद",
           "Kumar 98765", "Ravi Kumar Sharma Singh Yadav Rao"]


@pytest.mark.parametrize("name", ATTACKS)
def test_a_name_line_that_is_no_name_is_not_greeted_by(run_triage: Callable[..., Verdict], letters: Letters,
                                                      name: str) -> None:
    """A complete password reset from an ICEGATE ID whose 'Name:' line is a sentence, a link or a number."""
    raw = make_mail(subject="Password reset", body=(
        "Sir,\n\nKindly reset the password of my SSO ID.\n\n"
        f"Name: {name}\nDesignation: Inspector\nSSO ID: RK1234\nMobile: 9876543210\n"))
    verdict = run_triage(raw)
    assert verdict.action in ("acknowledge", "request_missing"), "the verdict is the triage's, unchanged"
    subject, text = opened(letters.reply(plan(REPLY_FOR[verdict.action]), verdict, REF, raw))
    english, _, hindi = text.partition(RULE)
    assert english.startswith("Sir / Madam,\n") and hindi.strip().startswith("महोदय/महोदया,\n")
    assert name not in text
    for piece in re.findall(r"[\w.@/-]*[\d@/.][\w.@/-]*", name):  # its links, addresses and numbers
        assert piece.strip(".") not in text and piece.strip(".") not in subject, piece


REPLY_FOR = {"acknowledge": "acknowledge", "request_missing": "request_missing"}


@pytest.mark.parametrize("name", ["Ravi Kumar", "V. S. Lakshmanan", "A.K. Sharma", "Francis D'Souza", "रवि कुमार",
                                  "सुशील कुमार राय", "BHUPINDER SINGH", "Ch. Venkata Ramana", "Suresh Babu K."])
def test_a_persons_name_is_greeted_in_both_languages(letters: Letters, name: str) -> None:
    verdict = dataclasses.replace(ASK, signature=Signature(name))
    _, text = opened(letters.reply(plan("request_missing"), verdict, REF, b""))
    assert text.startswith(f"Dear {name},\n") and f"\nआदरणीय {name} जी,\n" in text


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.one_of(HOSTILE, st.text(alphabet=st.sampled_from("Ravi Kumr.-'@:/9 wRK,कुमार()"), max_size=40)))
def test_whatever_a_name_field_holds_a_greeting_is_a_name_or_nothing(value: str) -> None:
    name = person_name(value)
    assert name == "" or (len(name) <= 60 and len(name.split(" ")) <= 6 and not UNSAFE.search(name))
    assert not re.search(r"[\d@:/,;()<>=?!]", name), name
    assert "www" not in name.lower() and not re.search(r"\w{2}\.\w{2}", name), name


def test_a_template_cell_is_quoted_only_when_it_is_a_date_or_a_name(letters: Letters) -> None:
    errors = (TemplateError(2, "date_of_birth", "invalid_date", "not_a_date", "31/02/1990"),
              TemplateError(3, "date_of_birth", "invalid_date", "not_a_date", "Call 9999999999 for new password"),
              TemplateError(4, "date_of_joining", "invalid_date", "not_a_date", "1800-266-9999"),
              TemplateError(5, "mobile", "invalid_mobile", "", "1800 123 4567"),
              TemplateError(6, "alt_email", "invalid_email", "", "www.evil-reset.test/login"),
              TemplateError(7, "alt_email", "generic_alt_email", "", "reset@evil-reset.test"),
              TemplateError(8, "last_name", "initials_in_name", "", "K."))
    _, text = opened(letters.reply(plan("request_missing"), dataclasses.replace(ASK, template_errors=errors),
                                   REF, b""))
    assert 'row 2, column "Date of Birth", which reads "31/02/1990": not a date' in text
    assert 'row 8, column "Last Name", which reads "K."' in text
    for row in (3, 4, 5, 6, 7):
        assert re.search(rf'row {row}, column "[^"]+": ', text), row
    for payload in ("9999999999", "1800-266-9999", "1800 123 4567", "evil-reset", "Call"):
        assert payload not in text, payload


@pytest.mark.parametrize(("value", "shown"), [("31/02/1990", "31/02/1990"), ("1990-02-31", "1990-02-31"),
                                              ("31-Feb-1990", "31-Feb-1990"), ("98-76-5432", ""),
                                              ("98765", ""), ("x@y.in", ""), ("R. K.", "R. K.")])
def test_a_cell_is_quotable_only_as_a_date_or_a_name(value: str, shown: str) -> None:
    assert quotable(value) == shown


@pytest.mark.parametrize("kind", KINDS)
def test_the_repeated_subject_loses_its_links_and_long_numbers(letters: Letters, kind: str) -> None:
    said = "Password reset, call 1800 266 9999 or +91-98765-43210, visit www.evil-reset.test/login or evil.test"
    subject, text = opened(write(letters, kind, dataclasses.replace(ASK, subject=said)))
    assert "Password reset, call … or …, visit … or …" in subject, subject
    for payload in ("1800 266 9999", "98765", "evil", "www"):
        assert payload not in subject and payload not in text, (payload, subject)


@pytest.mark.parametrize(("said", "repeated"), [
    ("RE : Fwd : Re:Password reset [SS-2026-000001]", "Password reset"),
    ("Documents for SS-2026-000005", "Documents for"),
    ("F.No.112/2026 SSO ID creation dated 01/12/2026", "F.No.112/2026 SSO ID creation dated 01/12/2026"),
    ("पदोन्नति आदेश सं. 45/2026", "पदोन्नति आदेश सं. 45/2026"),
])
def test_a_subject_keeps_its_words_and_loses_every_case_reference(said: str, repeated: str) -> None:
    assert officer_subject(said, REF) == repeated


# -- 2. every value decoded and cleaned, the digest too -----------------------------------------------

DIRTY = ["=?UTF-8?Q?Password_reset=0D=0ABcc:_x@y.in?=", "Password\x85reset\u2028now\x0bplease\u202eevil",
         "=?utf-8?b?UGFzc3dvcmQgcmVzZXQ=?= \u2066isolated\u2069 \ufeffBOM"]


@pytest.mark.parametrize("subject", DIRTY)
def test_the_digest_shows_each_subject_decoded_and_clean(letters: Letters, subject: str) -> None:
    rows = [{"ref": REF, "request_type": "password_reset", "subject": subject, "age_hours": 50,
             "acknowledged_at": dt.datetime(2026, 12, 1, 4, 0)}]
    _, text = opened(letters.digest("digest:2026-12-03", "ops@icegate.gov.in", rows))
    line = next(x for x in text.splitlines() if x.strip().startswith(REF))
    assert not UNSAFE.search(text), ascii(line)
    assert "=?" not in text and "?=" not in text
    assert "Password" in line and ("reset" in line or "Password reset" in line)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(HOSTILE, HOSTILE, HOSTILE)
def test_no_reply_body_carries_a_control_or_direction_character(letters: Letters, subject: str, name: str,
                                                                cell: str) -> None:
    errors = (TemplateError(3, "date_of_birth", "invalid_date", "not_a_date", cell),)
    verdict = dataclasses.replace(ASK, subject=subject, signature=Signature(name), template_errors=errors)
    for kind in KINDS:
        written, text = opened(write(letters, kind, verdict))
        assert not UNSAFE.search(text) and not UNSAFE.search(written), kind


def test_an_operators_words_are_sent_without_control_or_direction_characters() -> None:
    assert body_text("Dear\u202e Sir\u2028line\x85two\x0b\x9b\u2066x\u2069\ufeff\n") == "Dear Sir\nline\ntwox\n"
    assert body_text("आपका अनुरोध\u200d पूरा\tहुआ\n") == "आपका अनुरोध\u200d पूरा\tहुआ\n", "joiners and tabs stay"


# -- 3. reminders and the final notice carry the first reply's guidance --------------------------------


def paragraph(text: str, start: str) -> str:
    """The paragraph of `text` that begins with `start` (up to the next blank line)."""
    at = text.index(start)
    return text[at:].split("\n\n", 1)[0]


@pytest.mark.parametrize("kind", ["reminder", "abandoned"])
def test_a_forgotten_password_from_a_personal_address_is_shown_the_way_forward_again(letters: Letters,
                                                                                      kind: str) -> None:
    _, first = opened(write(letters, "request_missing", PERSONAL_RESET))
    _, later = opened(write(letters, kind, PERSONAL_RESET))
    english, _, hindi = later.partition(RULE)
    assert "1800-266-2232, 1800-121-4560" in english and "nodal officer" in english
    assert "1800-266-2232, 1800-121-4560" in hindi and "नोडल अधिकारी" in hindi
    assert "- the request must be sent from" not in english, "not only 'write from your ICEGATE ID'"
    for start in ("A new password is given only", "  - call the", "नया पासवर्ड केवल", "  - सक्षम सेवा"):
        assert paragraph(later, start) == paragraph(first, start), start


@pytest.mark.parametrize("kind", ["reminder", "abandoned"])
def test_a_generic_mailbox_is_told_again_why_and_what_to_sign(letters: Letters, kind: str) -> None:
    _, first = opened(write(letters, "request_missing", UNSIGNED))
    _, later = opened(write(letters, kind, UNSIGNED))
    for start in ("The request came from a shared", "यह अनुरोध कार्यालय के साझा"):
        assert paragraph(later, start) == paragraph(first, start), start
    assert "lacks:\nIndividual e-mail ID, Contact number." in later
    assert "Name: ...\n  Designation: ...\n  Individual e-mail ID: ...\n  Contact number: ..." in later
    assert "service book" in later and "सेवा पुस्तिका" in later


# -- 5. no reply has a run of blank lines -------------------------------------------------------------

SHAPES = {
    "complete": dataclasses.replace(ASK, missing=(), action="acknowledge"),
    "documents": ASK,
    "hindi": dataclasses.replace(ASK, language="hi", missing=("mobile", "sso_id"), request_type="password_reset"),
    "personal-reset": PERSONAL_RESET,
    "personal-creation": dataclasses.replace(PERSONAL_RESET, request_type="sso_creation"),
    "personal-status": dataclasses.replace(PERSONAL_RESET, request_type="sso_status"),
    "unsigned": UNSIGNED,
    "unsigned-only": dataclasses.replace(UNSIGNED, missing=("signature_name",)),
    "template-errors": dataclasses.replace(ASK, missing=(), template_errors=(
        TemplateError(3, "date_of_birth", "invalid_date", "not_a_date", "31/02/1990"),)),
    "everything": dataclasses.replace(UNSIGNED, missing=("template", "mobile", "icegate_sender", "signature_name"),
                                      template_errors=(TemplateError(0, "", "unreadable"),)),
    "no-name": dataclasses.replace(ASK, signature=Signature()),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_reply_has_more_than_one_blank_line_in_a_row(letters: Letters, kind: str, shape: str) -> None:
    _, text = opened(write(letters, kind, SHAPES[shape]))
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    runs = [i for i in range(1, len(lines)) if lines[i] == "" and lines[i - 1] == ""]
    assert not runs, "\n".join(lines[max(0, runs[0] - 4):runs[0] + 2])
