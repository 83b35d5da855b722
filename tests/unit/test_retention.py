"""What a verdict keeps once purged: its codes and wording, none of the mail's values."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from maild.core.retention import ADDRESS, DATE, NUMBER, REMOVED, purged_name, purged_verdict, scrubbed

VERDICT = {
    "message_id": "<a1@mail.gmail.com>", "sender": "ravi.k3@icegate.gov.in", "sender_kind": "personal",
    "subject": "SSO IDs for new joinees", "request_type": "sso_creation", "action": "review",
    "missing": ["service_book"], "language": "hi", "authentication": "pass",
    "signature": {"name": "Ravi K", "designation": "Inspector", "email": "ravi.k3@icegate.gov.in",
                  "phone": "9823017465"},
    "details": {"name": "Ravi K", "designation": "", "mobile": "9823017465", "sso_id": "ravik3", "alt_email": ""},
    "template_errors": [{"row": 4, "column": "alt_email", "code": "invalid_email", "value": "ravi@"},
                        {"row": 5, "column": "date_of_birth", "code": "invalid_date", "cause": "not_a_date",
                         "value": "02/09/2024"},
                        {"row": 6, "column": "last_name", "code": "initials_in_name", "value": "R."}],
    "attachments": [{"filename": "SSO template Ravi.xlsx", "kind": "template", "content_type": "application/x",
                     "size": 9, "sha256": "1" * 64, "forwarded": False}],
    "reasons": ["SSO template Ravi.xlsx: template (spreadsheet with the template header row)",
                "review: ambiguous sender: the display name shows an ICEGATE address (ravi.k3@icegate.gov.in) "
                "but the mail comes from elsewhere", "shared mailbox (role word 'sysmgr' in the address)"],
    "review_flags": ["ambiguous sender: the display name shows an ICEGATE address (ravi.k3@icegate.gov.in) "
                     "but the mail comes from elsewhere", "the request type could not be told"],
}


def test_a_purged_verdict_keeps_codes_language_and_wording_and_no_value_of_the_mail() -> None:
    purged = purged_verdict(VERDICT)
    text = json.dumps(purged)
    for value in ("ravi", "Ravi", "9823017465", "02/09/2024", "R.", "gmail", "joinees", "Inspector"):
        assert value not in text
    assert {k: purged[k] for k in ("sender_kind", "request_type", "action", "missing", "language",
                                   "authentication")} == {k: VERDICT[k] for k in ("sender_kind", "request_type",
                                                                                  "action", "missing", "language",
                                                                                  "authentication")}
    assert purged["template_errors"] == [{"row": 4, "column": "alt_email", "code": "invalid_email"},
                                         {"row": 5, "column": "date_of_birth", "code": "invalid_date",
                                          "cause": "not_a_date"},
                                         {"row": 6, "column": "last_name", "code": "initials_in_name"}]
    assert purged["reasons"] == [
        "purged.xlsx: template (spreadsheet with the template header row)",
        f"review: ambiguous sender: the display name shows an ICEGATE address ({ADDRESS}) but the mail comes "
        "from elsewhere", "shared mailbox (role word 'sysmgr' in the address)"]
    assert purged["review_flags"][1] == "the request type could not be told"
    assert purged["signature"] == {"name": "", "designation": "", "email": "", "phone": ""}
    assert purged["attachments"][0]["filename"] == "purged.xlsx" and purged["attachments"][0]["sha256"] == "1" * 64
    assert purged_verdict(purged) == purged  # a second purge changes nothing


def test_the_verdict_of_a_failed_or_oversize_mail_loses_its_sender_and_subject() -> None:
    purged = purged_verdict({"action": "review", "reasons": ["mail of 30000000 bytes is above the limit of "
                                                             "26214400; not downloaded"],
                             "sender": "x@example.net", "subject": "my mobile 9823017465"})
    assert purged == {"action": "review", "sender": "", "subject": "", "attachments": [], "purged": True,
                      "reasons": ["mail of 30000000 bytes is above the limit of 26214400; not downloaded"]}


def test_quoted_names_numbers_and_dates_in_free_text_become_placeholders() -> None:
    assert scrubbed("automated: system sender name 'Ravi Kumar'") == f"automated: system sender name '{REMOVED}'"
    assert scrubbed("call +91 98230 17465 from 02.09.2024") == f"call {NUMBER} from {DATE}"
    assert scrubbed("robot envelope sender noreply@") == "robot envelope sender noreply@"
    assert scrubbed("accepted at DG Systems' discretion") == "accepted at DG Systems' discretion"


@given(st.from_regex(r"[a-z][a-z0-9._]{0,20}@[a-z]{2,10}\.(gov\.in|com|net)", fullmatch=True),
       st.from_regex(r"[6-9][0-9]{9}", fullmatch=True))
def test_no_address_or_mobile_number_survives_in_a_reason(address: str, mobile: str) -> None:
    text = scrubbed(f"ambiguous sender: ({address}) wrote from {mobile}")
    assert address not in text and mobile not in text
