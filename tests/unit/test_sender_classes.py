"""Who a mailbox belongs to, over addresses the sample does not hold.

A shared mailbox is named after an office, a post or a desk (the nodal
officer's 'nodal.sso.vizag', a post-holder's 'adg.drihq' or 'dc.edi', a firm's
'accounts@' or 'import@'); an individual's after a person, even when a firm's
or a trade's word follows the name ('shreeji.exports.surat', 'rajat.courier').
"""

from __future__ import annotations

from typing import Any

import pytest

from builders import make_mail

ASK = "Sir,\n\nKindly check whether an SSO ID exists in my name.\n\nRegards,\nX\n"


@pytest.mark.parametrize("sender", [
    "Nodal Officer SSO Visakhapatnam <nodal.sso.vizag@icegate.gov.in>",
    "ADG DRI HQ <adg.drihq@icegate.gov.in>",
    "<nodalofficer.drihq@icegate.gov.in>",
    "<dc.edi.kandla@icegate.gov.in>",
    "Accounts <accounts.meenakshitex@gmail.com>",
    "<import@vardhmanlogistics.co.in>",
    "<exports.shreeganesh@gmail.com>",
    "Sales Team <sales.guptatech@gmail.com>",
    "Import Desk - Vardhman <vardhman.cb@gmail.com>",
    "<ops.dascouriers@gmail.com>",
    # a section, shed or cell of a Custom House, and an office's name run together
    "<appraising.nhava@icegate.gov.in>",
    "Courier Cell <ccu.delhi@icegate.gov.in>",
    "<siib.jnch@icegate.gov.in>",
    "<aclsys.kochi@icegate.gov.in>",
    "<edisys2.chennai@icegate.gov.in>",
    "<customhousekandla@gmail.com>",
    "<shed.examination.tkd@icegate.gov.in>",
    '"Commissioner of Customs (Port), Kolkata" <cuscomm.kolkata@icegate.gov.in>',
    '"Additional Director General (Systems)" <adg.systems.wzu@icegate.gov.in>',
])
def test_a_mailbox_named_after_an_office_post_or_desk_is_shared(run_triage: Any, sender: str) -> None:
    assert run_triage(make_mail(sender=sender, subject="SSO ID", body=ASK)).sender_kind == "generic"


@pytest.mark.parametrize("sender", [
    "Ravi Kumar <ravi.kumar@icegate.gov.in>",
    "<a.c.sharma@icegate.gov.in>",
    "Shreeji Exports <shreeji.exports.surat@gmail.com>",
    "Mohan Naidu <mohan.naidu.imports@gmail.com>",
    "Rajat Arora <rajat.courier@yahoo.com>",
    "Om Prakash <omprakash.havaldar@gmail.com>",
    "<kavya.shedge@icegate.gov.in>",
    "<accamma.george@icegate.gov.in>",
    "<legha.rakesh1990@icegate.gov.in>",
])
def test_a_mailbox_named_after_a_person_is_theirs(run_triage: Any, sender: str) -> None:
    assert run_triage(make_mail(sender=sender, subject="SSO ID", body=ASK)).sender_kind in ("icegate", "personal")


@pytest.mark.parametrize("sender", [
    "Priya Sharma <priya.sharma.cgst@gmail.com>",
    "Anil Verma <anil.customs1988@gmail.com>",
    "Swati Kulkarni <swati.kulkarni.audit@gmail.com>",
])
def test_a_persons_own_mailbox_naming_an_office_is_theirs(run_triage: Any, sender: str) -> None:
    assert run_triage(make_mail(sender=sender, subject="SSO ID", body=ASK)).sender_kind == "personal"


@pytest.mark.parametrize("sender", [
    "Meenakshi Textiles <accounts.meenakshitex@gmail.com>",
    "K. Rao <sysmgr.kandla@icegate.gov.in>",
    "CGST Division I Ajmer <cgst.div1.ajmer@gmail.com>",
    "<cexcochi@nic.in>",
    "JD COIN DRI HQ <jd.coin@icegate.gov.in>",
])
def test_a_shared_mailbox_stays_shared_whoever_is_named(run_triage: Any, sender: str) -> None:
    assert run_triage(make_mail(sender=sender, subject="SSO ID", body=ASK)).sender_kind == "generic"


@pytest.mark.parametrize(("subject", "kind"), [
    ("Out of Office: SSO ID creation", "automated"),
    ("Out of Office", "automated"),
    ("कार्यालय से बाहर: SSO ID", "automated"),
    ("Out of office tomorrow, please call me", "icegate"),
    ("Fwd: Out of Office: SSO ID creation", "icegate"),
])
def test_an_out_of_office_subject_is_a_robots_without_auto_submitted(run_triage: Any, subject: str,
                                                                     kind: str) -> None:
    raw = make_mail(sender="Ravi Kumar <ravi.kumar@icegate.gov.in>", subject=subject, body="I am on leave.\n",
                    headers={"X-Auto-Response-Suppress": "All"})
    assert run_triage(raw).sender_kind == kind


@pytest.mark.parametrize(("sender", "kind"), [
    ('"sysmgr.chennai@icegate.gov.in" <jayaraman.k1971@gmail.com>', "personal"),
    ('"sysmgr.chennai@icegate.gov.in" <sysmgr.chennai.cus@gmail.com>', "generic"),
    ('"r.kumar@icegate.gov.in" <r.kumar1971@gmail.com>', "personal"),
])
def test_a_display_name_showing_an_address_leaves_the_kind_to_the_address(run_triage: Any, sender: str,
                                                                         kind: str) -> None:
    """The sender is the From: address; an address shown as the display name makes the mail ambiguous
    (review), it does not make a person's own mailbox an office's."""
    v = run_triage(make_mail(sender=sender, subject="SSO ID", body=ASK))
    assert (v.sender_kind, v.action) == (kind, "review")
