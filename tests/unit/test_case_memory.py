"""What a case remembers for its next mail (maild.core.case_memory and decide with a Prior).

The daemon's end-to-end test drives the same behaviour through Dovecot and
the SMTP sink; these pin the pure rules: a template's errors stand until a
template comes again, a generic mailbox's signature counts for its later
mails, and documents and details sent before are not asked for again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from builders import XLSX, make_mail, make_pdf, make_template, officer_row, SERVICE_BOOK_TEXT
from maild.core.case_memory import prior_from_verdicts, signatories
from maild.core.decide import triage
from maild.core.model import Prior, Signature, TemplateError

SYSMGR = "System Manager, Custom House Kandla <sysmgr.kandla@icegate.gov.in>"
FULL_SIGN = ("Regards,\nK. Rao\nSuperintendent (Systems)\nCustom House, Kandla\n"
             "Email: k.rao@icegate.gov.in\nMob: 98480 22338\n")
BAD_ROW = officer_row(1, last_name="K.")
BOOK = ("Service_Book.pdf", make_pdf(SERVICE_BOOK_TEXT), "application/pdf")


def _run(rules: Any, policy: Any, prior: Prior | None, body: str, attachments: list[Any]) -> Any:
    raw = make_mail(sender=SYSMGR, subject="Re: SSO ID creation", body=body, attachments=attachments)
    return triage(raw, rules, policy, dt.date(2025, 11, 10), prior)


def _remember(*verdicts: Any) -> Prior:
    return prior_from_verdicts("sso_creation", [v.as_dict() for v in verdicts])


def test_a_template_error_stands_until_a_corrected_template_comes(rules: Any, policy: Any) -> None:
    first = _run(rules, policy, None, "Sir,\n\nKindly create the SSO ID; template attached.\n\n" + FULL_SIGN,
                 [("template.xlsx", make_template([BAD_ROW]), XLSX)])
    assert first.action == "request_missing" and "service_book" in first.missing
    assert {(e.row, e.column, e.code) for e in first.template_errors} == {(2, "last_name", "initials_in_name")}

    books_only = _run(rules, policy, _remember(first), "Sir,\n\nThe service book is attached.\n\n" + FULL_SIGN,
                      [BOOK])
    assert books_only.missing == ()
    assert books_only.template_errors == first.template_errors
    assert books_only.action == "request_missing"

    corrected = _run(rules, policy, _remember(first, books_only),
                     "Sir,\n\nThe corrected template is attached.\n\n" + FULL_SIGN,
                     [("template.xlsx", make_template([officer_row(1)]), XLSX)])
    assert corrected.template_errors == ()
    assert corrected.action == "acknowledge"


def test_a_template_with_new_errors_replaces_the_old_ones(rules: Any, policy: Any) -> None:
    prior = Prior("sso_creation", ("service_book",), template_errors=(TemplateError(2, "last_name", "initials_in_name"),))
    again = _run(rules, policy, prior, "Sir,\n\nRevised template attached.\n\n" + FULL_SIGN,
                 [("template.xlsx", make_template([officer_row(1, mobile="12345")]), XLSX)])
    assert {(e.row, e.column, e.code) for e in again.template_errors} == {(2, "mobile", "invalid_mobile")}


def test_a_generic_signature_given_earlier_counts_for_the_same_mailbox(rules: Any, policy: Any) -> None:
    first = _run(rules, policy, None, "Sir,\n\nKindly create the SSO ID; template attached.\n\n" + FULL_SIGN,
                 [("template.xlsx", make_template([officer_row(1)]), XLSX)])
    assert first.signature.phone and first.missing == ("service_book",)
    unsigned = _run(rules, policy, _remember(first), "Sir,\n\nService book attached.\n", [BOOK])
    assert unsigned.missing == ()
    assert unsigned.action == "acknowledge"


def test_a_signature_of_another_mailbox_does_not_count(rules: Any, policy: Any) -> None:
    prior = Prior("sso_creation", ("template",),
                  signatures=(("asm.kandla@icegate.gov.in", Signature("K. Rao", "ASM", "k.rao@icegate.gov.in",
                                                                      "9848022338")),))
    unsigned = _run(rules, policy, prior, "Sir,\n\nService book attached.\n", [BOOK])
    assert {"signature_name", "signature_designation", "signature_email", "signature_phone"} <= set(unsigned.missing)


def test_the_prior_merges_signature_fields_given_in_separate_mails() -> None:
    prior = prior_from_verdicts("sso_status", [
        {"sender": "Sysmgr.Kandla@icegate.gov.in", "signature": {"name": "K. Rao", "phone": ""}},
        {"sender": "sysmgr.kandla@icegate.gov.in", "signature": {"designation": "ASM", "phone": "9848022338"}},
        {"sender": "other@icegate.gov.in", "signature": {"email": "x@icegate.gov.in"}},
    ])
    assert prior.signature_of("SYSMGR.KANDLA@icegate.gov.in") == Signature("K. Rao", "ASM", "", "9848022338")
    assert prior.signature_of("nobody@icegate.gov.in") == Signature()


def test_the_prior_reads_damaged_stored_verdicts_without_failing() -> None:
    prior = prior_from_verdicts("sso_creation", [
        {"attachments": [{"kind": "template"}], "template_errors": [{"row": "x"}, {"row": 3, "column": "mobile",
                                                                                   "code": "invalid_mobile"}]},
        {}, {"details": None, "signature": None},
    ])
    assert prior.template_errors == (TemplateError(3, "mobile", "invalid_mobile"),)
    assert prior.kinds == ("template",)


def test_the_signatories_of_a_case_are_its_signed_individual_ids() -> None:
    verdicts = [{"signature": {"email": "K.Rao@icegate.gov.in"}}, {"signature": {"email": ""}}, {"signature": None},
                {}, {"signature": {"name": "X"}}]
    assert signatories(verdicts) == {"k.rao@icegate.gov.in"}
