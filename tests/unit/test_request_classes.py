"""What a mail asks, over phrasings the sample does not hold.

Each class is pinned by several ways officers put it (Indian English, Hindi,
Hinglish), and by the near misses that must not be read as it: an officer's
technical fault in ICES, EDI, printing or the report server is `unknown`
(review), never a trader's portal login to be redirected.
"""

from __future__ import annotations

from typing import Any

import pytest

from builders import make_mail

OFFICER = "Ravi Kumar <ravi.kumar@icegate.gov.in>"
SIGN = "\n\nRegards,\nRavi Kumar\nInspector, CGST Range-IV, Guntur\nMob: 98480 22338\n"


def request_of(run_triage: Any, subject: str, text: str, sender: str = OFFICER) -> tuple[str, str]:
    v = run_triage(make_mail(sender=sender, subject=subject, body="Sir,\n\n" + text + SIGN))
    return v.request_type, v.action


@pytest.mark.parametrize("text", [
    "I want to know whether any SSO ID already exists in my name.",
    "Kindly confirm if ID is generated for me, as I joined in 2019.",
    "Please let me know whether my SSO ID has been created or not.",
    "Is there any SSO ID in my name? I have not received any password so far.",
    "Kindly check and intimate whether an ICEGATE e-mail ID is available in my name.",
    "क्या मेरे नाम पर कोई एसएसओ आईडी बनी हुई है? कृपया जांच कर बताएं।",
    "Sir mujhe pata nahi ki meri SSO ID bani hai ya nahi, kindly check karein.",
    "sir pls chk if my sso id exist",
    "Kindly check if SSO ID is there in my name.",
    "Request you to let me know if there is an existing SSO ID against my name.",
    "कृपया सूचित करें कि मेरे नाम से कोई SSO ID बनी है या नहीं।",
    "मेरी SSO ID बनी है या नहीं, कृपया बताने का कष्ट करें।",
    "I do not know whether I have an SSO ID. Kindly verify and inform.",
    "Please get it checked whether he has any SSO ID.",
])
def test_asking_whether_an_id_exists_is_a_status_enquiry(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "Regarding SSO ID", text)[0] == "sso_status"


@pytest.mark.parametrize("text", [
    "I am not able to access ACES since transfer to Guntur Commissionerate.",
    "After my transfer from Vijayawada I cannot see any of my roles in ACES GST BO.",
    "Consequent upon my joining at Guntur on transfer, kindly map the ACES roles of the Range.",
    "Due to relieving from the old Range my ACES menus are gone; please assign the new jurisdiction.",
])
def test_access_lost_with_a_move_is_a_role_mapping(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "ACES access", text)[0] == "role_mapping"


@pytest.mark.parametrize(("subject", "text"), [
    ("ICES print error", "The checklist print from ICES gives an error since morning at ICD Tughlakabad."),
    ("EDI problem", "EDI messages are not coming to ICEGATE since yesterday and the bills of entry are stuck."),
    ("Report server", "The report server is not opening for the officers of the Appraising Group."),
    ("Urgent", "ICES is very slow and hangs while the shipping bills are assessed. Kindly look into it."),
    ("Mailbox full", "My ICEGATE mailbox quota is full; kindly increase the mailbox size."),
])
def test_an_officers_technical_fault_is_for_review_not_a_redirect(run_triage: Any, subject: str,
                                                                   text: str) -> None:
    assert request_of(run_triage, subject, text) == ("unknown", "review")


@pytest.mark.parametrize("text", [
    "We are exporters (IEC 0512345678) and cannot login to the ICEGATE portal; our password has expired.",
    "I am a Customs Broker. My ICEGATE registration is pending and the login ID is not activated.",
    "Our firm is unable to file shipping bills as the ICEGATE login page says invalid user.",
])
def test_a_traders_login_is_still_the_trade_portal(run_triage: Any, text: str) -> None:
    sender = "Exports Desk <exports.anand@gmail.com>"
    assert request_of(run_triage, "ICEGATE login", text, sender)[0] == "trade_portal"


@pytest.mark.parametrize("text", [
    "I have forgotten my ICES password. Kindly reset it.",
    "My SSO ID password has expired and I am unable to login to ACES.",
])
def test_a_password_mentioning_a_system_stays_a_password_reset(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "Password", text)[0] == "password_reset"


@pytest.mark.parametrize("text", [
    "I have forgotten my SSO ID password.\nName: Ravi Kumar\nDesignation: Inspector\nKindly change the password.",
    "मेरा पासवर्ड भूल गया है।\nनाम: रवि कुमार\nपदनाम: निरीक्षक\nकृपया पासवर्ड बदलें।",
    "Please update me on my SSO ID password; I forgot it.\nPost: Inspector\nDesignation - Inspector (Prev.)",
])
def test_a_designation_label_asks_for_no_designation_update(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "SSO ID", text)[0] == "password_reset"


@pytest.mark.parametrize("text", [
    "I have been promoted to Superintendent; kindly update my designation in ACES.",
    "पदोन्नति के बाद मेरा पदनाम अधीक्षक में बदला जाए।",
    "Kindly change the designation of the officer from Inspector to Superintendent.",
])
def test_a_designation_update_is_still_read(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "Designation", text)[0] == "designation_update"


@pytest.mark.parametrize(("subject", "text"), [
    ("forgot password", "Forgot password of ICEGATE. User id = IEC 0806054321. Pls send new password."),
    ("Password reset", "Please reset password of our ICEGATE account. User ID is our IEC 0309087654."),
    ("आईसीईगेट लॉगिन", "हमारी फर्म (आईईसी 0512098765) का आईसीईगेट पोर्टल पर लॉगिन नहीं हो पा रहा है।"),
])
def test_a_password_of_a_login_whose_id_is_an_iec_is_the_trade_portal(run_triage: Any, subject: str,
                                                                       text: str) -> None:
    assert request_of(run_triage, subject, text, "Vikram <vikram.impex@outlook.com>")[0] == "trade_portal"


def test_an_eccs_password_in_hindi_is_eccs(run_triage: Any) -> None:
    text = "ईसीसीएस (ECCS) एप्लिकेशन का पासवर्ड समाप्त हो गया है और लॉगिन नहीं हो पा रहा है।"
    assert request_of(run_triage, "ईसीसीएस पासवर्ड", text) == ("eccs", "redirect")


@pytest.mark.parametrize("text", [
    "I have forgotten my password of the ECCS application after the recent expiry. Kindly reset my ECCS password.",
    "My ECCS login is locked after wrong attempts; please reset the password.",
])
def test_a_password_that_is_eccs_s_own_is_eccs(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "Reset of password", text) == ("eccs", "redirect")


def test_a_password_beside_a_working_eccs_login_is_a_reset(run_triage: Any) -> None:
    text = ("I can log in to ECCS without any problem, but the password of my ICEGATE mailbox has expired. "
            "Kindly reset the mailbox password.")
    assert request_of(run_triage, "ICEGATE mail password expired", text)[0] == "password_reset"


@pytest.mark.parametrize("text", [
    "We are a Customs Broker (CB Licence No. R-11/2018). We are unable to log in to ICEGATE; the password "
    "reset link is not received on our registered e-mail.",
    "We have forgotten the password of our ICEGATE login. Kindly reset.",
    "I am the proprietor of Meera Textiles (IEC AABFM1234K). I forgot the password of our ICEGATE account.",
])
def test_a_traders_password_is_the_trade_portal(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "ICEGATE password", text, "Desk <desk.firm@gmail.com>")[0] == "trade_portal"


def test_moving_an_old_mailboxs_mails_is_no_role_mapping(run_triage: Any) -> None:
    text = "On my transfer to Hyderabad I was given a new ICEGATE mailbox. Kindly transfer the mails of my old mailbox."
    assert request_of(run_triage, "Transfer of old mails", text) == ("unknown", "review")


def test_a_creation_asked_in_hinglish_is_a_creation(run_triage: Any) -> None:
    text = ("Hamare Commissionerate me do naye Inspector join kiye hain. Unki service book ki photo attach kar "
            "rahe hain. Template kal bhej denge, please SSO ID banane ki process shuru kar dein.")
    assert request_of(run_triage, "SSO ID ke liye service book", text)[0] == "sso_creation"


def test_a_creation_asked_in_hindi_with_the_english_sso_id_is_a_creation(run_triage: Any) -> None:
    text = "दिनांक 25/11/2025 के हमारे ई-मेल के संदर्भ में, नए निरीक्षकों की SSO ID अभी तक नहीं बनी है। कृपया शीघ्र SSO ID निर्माण करें।"
    assert request_of(run_triage, "अनुस्मारक: नए अधिकारियों के लिए SSO ID निर्माण", text)[0] == "sso_creation"


@pytest.mark.parametrize("text", [
    "Galat password daalne se mera SSO account lock ho gaya hai, please unlock karke naya password de dijiye.",
    "Mera SSO ID block ho gaya hai, kripya unlock kar dijiye.",
    "मेरी एसएसओ आईडी एवं आईसगेट मेलबॉक्स निष्क्रिय हो गए हैं। कृपया इन्हें सक्रिय करें।",
    "लंबी छुट्टी के बाद मेरी एसएसओ आईडी लॉक हो गई है, कृपया अनलॉक करें।",
])
def test_a_locked_or_inactive_id_asked_in_hinglish_or_hindi_is_a_reset(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "SSO ID", text)[0] == "password_reset"


@pytest.mark.parametrize("text", [
    "Transfer hoke Haridwar aaya hoon, ACES mein mera role map karwana hai.",
    "Relieve hone ke baad purane roles unmap kar dijiye aur naye roles assign kar dijiye.",
])
def test_a_role_mapping_asked_in_hinglish_is_a_role_mapping(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "ACES role", text)[0] == "role_mapping"


@pytest.mark.parametrize(("subject", "text"), [
    ("Statistics of SSO IDs created - October", "For the monthly MIS report, kindly furnish the number of SSO IDs "
     "created, passwords reset and roles mapped during October 2025, zone-wise."),
    ("Application under RTI Act, 2005", "Please provide the following information: the number of SSO IDs created "
     "for officers in 2024, and a copy of the SOP for creation of ICEGATE e-mail IDs."),
    ("Information", "Kindly let us know how many ICEGATE e-mail IDs were created for our zone last year."),
    ("ACES training schedule", "Kindly inform the schedule of the next ACES-GST BO training for newly promoted "
     "officers of our Commissionerate, so that nominations may be sent."),
    ("e-Sanchit documents", "The documents uploaded by importers on e-Sanchit are not visible to the assessing "
     "officers in ICES since yesterday. Please resolve."),
])
def test_information_training_and_faults_are_for_review(run_triage: Any, subject: str, text: str) -> None:
    """Figures about the helpdesk's work, an RTI application, a training schedule or a system that does not
    show documents ask for none of the contract's requests, whatever request words they name."""
    assert request_of(run_triage, subject, text) == ("unknown", "review")


@pytest.mark.parametrize("text", [
    "Kindly create SSO IDs for the newly joined Inspectors. Template and service books attached.",
    "I have been promoted to Superintendent. Kindly update my designation.",
])
def test_a_signature_naming_mis_or_rti_keeps_the_request(run_triage: Any, text: str) -> None:
    v = run_triage(make_mail(sender=OFFICER, subject="Request", body="Sir,\n\n" + text +
                             "\n\nRegards,\nRavi Kumar\nDeputy Director (MIS), CPIO, RTI Cell\nMob: 98480 22338\n"))
    assert v.request_type != "unknown"



@pytest.mark.parametrize("text", [
    "The officers listed below have forgotten the passwords of their SSO IDs. The passwords may kindly be reset.",
    "Kindly reset the passwords of the following officers of this Commissionerate.",
])
def test_passwords_of_several_officers_are_a_reset(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "Reset of passwords", text)[0] == "password_reset"


def test_a_system_manager_nominated_for_information_is_for_review(run_triage: Any) -> None:
    text = ("Shri Anil Rao, Superintendent, has been nominated as Alternate System Manager of this Commissionerate. "
            "Requests for creation, password reset and role mapping will be forwarded through him. For information.")
    assert request_of(run_triage, "Nomination of ASM", text) == ("unknown", "review")


@pytest.mark.parametrize("text", [
    "sso id created or not?? pls reply asap",
    "IS SSO ID CREATED IN MY NAME. PLS INFORM.",
    "SSO ID BANI HAI KYA MERE NAAM SE? PLS CHECK",
    "मेरा sso id बना है क्या? pls check",
    "Kindly check whether any SSO ID / ICEGATE mail ID is in my name.",
    "check my sso id pls, exists or not.",
])
def test_a_short_status_question_is_a_status_enquiry(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "sso id", text)[0] == "sso_status"


@pytest.mark.parametrize(("text", "kind"), [
    ("pswd reset pls. user id: r.venkat", "password_reset"),
    ("my pasword not working, plz reset", "password_reset"),
    ("सर, मेरी नई नियुक्ति हुई है, कृपया नई SSO ID बना दें।", "sso_creation"),
])
def test_short_spellings_keep_their_request(run_triage: Any, text: str, kind: str) -> None:
    assert request_of(run_triage, "sso", text)[0] == kind


@pytest.mark.parametrize("text", [
    "Sir, meri SSO ID pehle se hai ya nahi, kripya check kar dijiye.",
    "Kripya bataye ki meri SSO ID exist karti hai ya nahi.",
    "Kya mere naam par koi SSO ID pehle se hai?",
])
def test_a_status_question_in_hinglish_is_a_status_enquiry(run_triage: Any, text: str) -> None:
    assert request_of(run_triage, "SSO ID", text)[0] == "sso_status"
