"""Every reply kind, written by maild.app.letters with the shipped templates and read back as a mail client would.

Each reply carries Hindi and English, the officer's language first; the
subject is '[SS-...] <what happened> / <in the other language>: <the
officer's subject>'; a reply an operator decided, wrote or closed is not
marked automatic. The words checked here are the ones an officer reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maild.adapters.templates import Templates
from maild.app.letters import Letters
from maild.config import load_settings
from maild.core.model import Signature, TemplateError, Verdict
from maild.core.reply import ReplyPlan
from replies import HOSTILE, any_mail_makes_a_clean_letter, check_reply

NOW = dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.timezone.utc)
REF = "SS-2026-000123"
ENGLISH = Verdict(message_id="<m1@mail.gmail.com>", sender="ravi.kumar@icegate.gov.in", sender_kind="icegate",
                  signature=Signature("Ravi Kumar", "Inspector"), request_type="sso_creation", attachments=(),
                  missing=("service_book",), template_errors=(), action="request_missing", reasons=(),
                  subject="Re: Fwd: SSO ID creation for Inspectors", authentication="pass")
HINDI = dataclasses.replace(ENGLISH, subject="पासवर्ड रीसेट", language="hi", request_type="password_reset",
                            missing=("mobile",))


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Letters:
    cfg = tmp_path_factory.mktemp("cfg") / "maild.toml"
    cfg.write_text("[replies]\noperators = []\n", encoding="utf-8")
    return Letters(load_settings(cfg, required=True, environ={}), Templates(), lambda: NOW, "saksham-seva")


def read(reply: Any) -> EmailMessage:
    msg = message_from_bytes(reply.body, policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(reply: Any) -> str:
    """The body as the officer reads it (line ends as Python writes them)."""
    return read(reply).get_content().replace("\r\n", "\n")


def plan(kind: str, recipient: str = "ravi.kumar@icegate.gov.in") -> ReplyPlan:
    return ReplyPlan(kind, f"reply/{kind}.txt.j2", recipient, f"<maild.{kind}.1@icegate.gov.in>")


def case(**over: Any) -> Any:
    return SimpleNamespace(**{"id": 7, "ref": REF, "sender": "ravi.kumar@icegate.gov.in",
                              "subject": "RE: [SS-2026-000123] Details required / विवरण अपेक्षित: SSO ID creation",
                              **over})


def in_order(text: str, *parts: str) -> bool:
    """Each part is in the text, after the one before it."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


# What happened, in English and Hindi, and a sentence of each language's part, for every kind.
KINDS: dict[str, tuple[str, str, str, str]] = {
    "acknowledge": ("Received", "अनुरोध प्राप्त", "carries everything it needs", "सभी आवश्यक दस्तावेज़"),
    "request_missing": ("Details required", "विवरण अपेक्षित", "Please send the following", "कृपया निम्नलिखित भेजें"),
    "redirect": ("Please write to the right helpdesk", "कृपया संबंधित हेल्पडेस्क को लिखें",
                 "eccs.helpdesk@icegate.gov.in", "कार्यक्षेत्र में नहीं आता"),
    "holding": ("Received, an officer will look at it", "प्राप्त, अधिकारी द्वारा जाँच की जाएगी",
                "An officer of the helpdesk", "हेल्पडेस्क के अधिकारी द्वारा"),
    "reminder": ("Reminder 1, details still required", "अनुस्मारक 1, विवरण अब भी अपेक्षित",
                 "still waiting for what is set out below", "के अभाव में अभी लंबित है"),
    "abandoned": ("Closed for want of details", "विवरण के अभाव में बंद", "To start again",
                  "नया अनुरोध भेजें"),
    "closure": ("Completed", "कार्य पूर्ण", "completed by the helpdesk", "पूरा कर दिया गया है"),
    "oversize": ("Mail too large", "ई-मेल का आकार सीमा से अधिक", "smaller files", "छोटी फ़ाइलों में"),
    "operator": ("Reply from the helpdesk", "हेल्पडेस्क का उत्तर", "The helpdesk writes to you",
                 "हेल्पडेस्क का संदेश"),
}
AUTOMATIC = {"acknowledge", "request_missing", "redirect", "holding", "reminder", "abandoned", "oversize"}


def write(letters: Letters, kind: str, verdict: Verdict) -> Any:
    stored = verdict.as_dict()
    if kind in ("acknowledge", "request_missing", "redirect", "holding"):
        made = dataclasses.replace(verdict, request_type="eccs") if kind == "redirect" else verdict
        return letters.reply(plan(kind), made, REF, b"Message-ID: <m1@mail.gmail.com>\r\n\r\n")
    if kind in ("reminder", "abandoned"):
        return letters.reminder(kind, "case:7:w1:remind:1", case(), ["<m1@mail.gmail.com>"], stored, 1)
    if kind == "closure":
        return letters.closure(case(), "<m1@mail.gmail.com>", stored, "SSO ID created")
    if kind == "operator":
        return letters.operator_reply(case(), 1, "<m1@mail.gmail.com>", "Please call us.", "anita", stored)
    return letters.oversize(plan("oversize"), verdict.subject, 31_000_000, "<m1@mail.gmail.com>", REF)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("verdict", [ENGLISH, HINDI], ids=["english-mail", "hindi-mail"])
def test_every_reply_kind_is_in_both_languages_the_officers_first(letters: Letters, kind: str,
                                                                   verdict: Verdict) -> None:
    en, hi, en_text, hi_text = KINDS[kind]
    msg = read(write(letters, kind, verdict))
    text = text_of(write(letters, kind, verdict))
    first, second = (hi, en) if verdict.language == "hi" else (en, hi)
    assert msg["Subject"].startswith(f"[{REF}] {first} / {second}: "), msg["Subject"]
    assert msg["Subject"].count(REF) == 1
    parts = (hi_text, en_text) if verdict.language == "hi" else (en_text, hi_text)
    assert in_order(text, *parts), (kind, text)
    assert ("Regards," in text) and ("सादर," in text) and "1800-266-2232" in text
    check_reply(write(letters, kind, verdict).body, text, automatic=kind in AUTOMATIC)


@pytest.mark.parametrize("kind", KINDS)
def test_the_officers_subject_is_repeated_once_without_prefixes_or_tags(letters: Letters, kind: str) -> None:
    msg = read(write(letters, kind, dataclasses.replace(ENGLISH, subject="RE: Fw: [SS-2026-000123] SSO ID creation")))
    assert msg["Subject"].endswith(": SSO ID creation") or msg["Subject"].endswith(": SSO ID creation for Inspectors")
    assert "Re:" not in msg["Subject"] and "RE:" not in msg["Subject"] and "Fw:" not in msg["Subject"]


@pytest.mark.parametrize("kind", ["closure", "operator"])
def test_what_an_operator_sends_is_not_automatic_and_greets_by_name(letters: Letters, kind: str) -> None:
    msg = read(write(letters, kind, ENGLISH))
    text = text_of(write(letters, kind, ENGLISH))
    assert msg["Auto-Submitted"] is None and msg["X-Auto-Response-Suppress"] == "All"
    assert "automatic reply" not in text and "स्वचालित" not in text
    assert "Dear Ravi Kumar," in text and "आदरणीय Ravi Kumar जी," in text


def test_an_operators_decision_is_not_automatic(letters: Letters) -> None:
    reply = letters.decision("acknowledge", "operator_acknowledge_1", 5, ENGLISH, REF)
    msg = read(reply)
    assert msg["Auto-Submitted"] is None and "automatic reply" not in text_of(reply)
    assert msg["Subject"].startswith(f"[{REF}] Received / ")


def test_without_a_name_the_officer_is_addressed_formally(letters: Letters) -> None:
    text = text_of(write(letters, "acknowledge", dataclasses.replace(ENGLISH, signature=Signature())))
    assert "Sir / Madam," in text and "महोदय/महोदया," in text


def test_a_redirect_gives_the_other_helpdesk_and_invites_no_more_mail_here(letters: Letters) -> None:
    text = text_of(write(letters, "redirect", ENGLISH))
    assert "ECCS Helpdesk, eccs.helpdesk@icegate.gov.in, 1800-2666-882" in text
    assert "There is no need to write to this mailbox about it again." in text
    assert "इस मेलबॉक्स पर दोबारा लिखने की आवश्यकता नहीं है" in text
    assert "Please keep" not in text and "keeping" not in text and "बनाए रखें" not in text
    trade = letters.reply(plan("redirect"), dataclasses.replace(ENGLISH, request_type="trade_portal"), REF, b"")
    assert "icegatehelpdesk@icegate.gov.in" in text_of(trade)


def test_a_forgotten_password_from_a_personal_address_is_shown_the_way_forward(letters: Letters) -> None:
    personal = dataclasses.replace(ENGLISH, sender="ravi.kumar82@gmail.com", sender_kind="personal",
                                   request_type="password_reset", missing=("icegate_sender",))
    text = text_of(letters.reply(plan("request_missing", personal.sender), personal, REF, b""))
    english, _, hindi = text.partition("-" * 64)
    assert "1800-266-2232, 1800-121-4560" in english and "nodal officer" in english
    assert "official ICEGATE" in english and "cannot open your" in english
    assert "1800-266-2232, 1800-121-4560" in hindi and "नोडल अधिकारी" in hindi
    assert "- the request must be sent from" not in english, "not only 'write from your ICEGATE ID'"


def test_a_generic_mailbox_is_told_why_and_what_to_sign_in_order(letters: Letters) -> None:
    generic = dataclasses.replace(ENGLISH, sender="sysmgr.vskp2@icegate.gov.in", sender_kind="generic",
                                  missing=("signature_email", "signature_name", "signature_phone"))
    text = text_of(letters.reply(plan("request_missing", generic.sender), generic, REF, b""))
    english, _, hindi = text.partition("-" * 64)
    assert "generic e-mail ID must carry" in english and "CBIC instructions" in english
    assert in_order(english, "lacks:\nName, Individual e-mail ID, Contact number.",
                    "Name: ...", "Designation: ...", "Individual e-mail ID: ...", "Contact number: ...")
    assert in_order(hindi, "सीबीआईसी के निर्देशों", "नाम: ...", "पदनाम: ...", "व्यक्तिगत ई-मेल आईडी: ...",
                    "संपर्क नंबर: ...")


def test_a_template_error_says_its_cause_and_quotes_the_cell(letters: Letters) -> None:
    errors = (TemplateError(3, "date_of_birth", "invalid_date", "not_a_date", "31/02/1990"),
              TemplateError(4, "date_of_joining", "invalid_date", "in_future", "01/01/2031"),
              TemplateError(5, "date_of_joining", "invalid_date", "under_age", "20/10/2015"),
              TemplateError(6, "mobile", "duplicate_mobile", "", "9482261796"))
    text = text_of(write(letters, "request_missing", dataclasses.replace(ENGLISH, template_errors=errors)))
    assert 'row 3, column "Date of Birth", which reads "31/02/1990": not a date' in text
    assert 'row 4, column "Date of Joining CBIC", which reads "01/01/2031": a date in the future' in text
    assert 'row 5, column "Date of Joining CBIC", which reads "20/10/2015": the officer would have joined before' \
        in text
    assert 'पंक्ति 3, कॉलम "Date of Birth" (जन्म तिथि), प्रविष्टि "31/02/1990": यह मान्य तिथि नहीं है' in text
    assert "9482261796" not in text, "a valid mobile number is never quoted"


def test_the_digest_shows_times_in_the_offices_zone(letters: Letters) -> None:
    rows = [{"ref": REF, "request_type": "sso_creation", "subject": "SSO ID", "age_hours": 50,
             "acknowledged_at": dt.datetime(2026, 12, 1, 4, 0)}]  # stored UTC, naive as SQLite gives it
    text = text_of(letters.digest("digest:2026-12-03", "ops@icegate.gov.in", rows))
    assert "acknowledged 2026-12-01 09:30 IST" in text and "(as of 2026-12-03 11:30 IST)" in text


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(HOSTILE, HOSTILE)
def test_nothing_of_a_mail_shapes_a_reply(letters: Letters, subject: str, name: str) -> None:
    """Any subject and signature name (line feeds, encoded CR LF, headers, HTML) give a clean reply."""
    any_mail_makes_a_clean_letter(letters, ENGLISH, subject, name)


def test_every_code_has_its_label_in_both_languages() -> None:
    from maild.adapters.templates import environment
    from maild.core.model import ATTACHMENT_KINDS, REQUEST_TYPES

    labels = environment().get_template("_labels.j2").module
    tables = {"sender_kinds": ("icegate", "generic", "personal", "automated"), "request_types": REQUEST_TYPES,
              "kinds": ATTACHMENT_KINDS, "actions": ("ignore", "redirect", "review", "request_missing", "acknowledge"),
              "missing": tuple(labels.missing), "errors": tuple(labels.errors), "columns": tuple(labels.columns),
              "causes": ("not_a_date", "in_future", "under_age")}
    for table, codes in tables.items():
        english, hindi = getattr(labels, table), getattr(labels, f"{table}_hi")
        for code in codes:
            assert english[code] and hindi[code], (table, code)
            assert any("\u0900" <= c <= "\u097f" for c in hindi[code]), (table, code, "in Devanagari")
